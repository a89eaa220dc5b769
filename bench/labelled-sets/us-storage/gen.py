#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen.py - generator of the labelled customer record-linkage set `us-storage`.

Scenario: a self-storage / boat-RV storage / truck-rental operator with eight
facilities (San Antonio, El Paso, Tucson, Las Cruces, Baton Rouge, Lafayette LA,
Mobile AL, Pensacola FL) billing tenants in QuickBooks Online (USD).

Python 3 standard library only, one random.Random(SEED), no dependence on
set/dict iteration order or PYTHONHASHSEED.

    python3 gen.py              -> writes set.jsonl and meta.jsonl beside this file
    python3 gen.py --out DIR    -> writes them into DIR
"""
import sys
import os
import re
import json
import random
import difflib
import unicodedata

SEED = 20250611
rng = random.Random(SEED)

N_EXISTING = 1500
N_MATCH = 825
N_NEW_ENT = 420
N_REP2 = 75          # new customers seen twice
N_REP3 = 15          # new customers seen three times
N_HN = 150
N_NAMECITY_MATCH = 128
N_NAMECITY_REPEAT = 22


# ====================================================================== helpers
def pick(seq):
    return seq[rng.randrange(len(seq))]


def chance(p):
    return rng.random() < p


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for it, w in pairs:
        r -= w
        if r < 0:
            return it
    return pairs[-1][0]


def clone(o):
    return json.loads(json.dumps(o))


def strip_acc(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u0111", "d").replace("\u0110", "D")
    return unicodedata.normalize("NFC", s)


def fold(s):
    return strip_acc(s).casefold()


def alnum(s):
    return re.sub(r"[^0-9a-z]+", "", fold(s))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s))


def has_accent(s):
    return s != strip_acc(s)


# ====================================================================== places
# (city, region, zips, area codes, metro, weight, class)   class: core|sub|mil
PLACES = [
    ("San Antonio", "TX", ["78201", "78207", "78209", "78212", "78213", "78216", "78217", "78218", "78223",
                           "78227", "78228", "78229", "78230", "78233", "78238", "78240", "78245", "78247",
                           "78249", "78250", "78251", "78253", "78258", "78259"], ["210", "210", "210", "726"], "SA", 70, "core"),
    ("Schertz", "TX", ["78154"], ["210"], "SA", 5, "sub"),
    ("Converse", "TX", ["78109"], ["210"], "SA", 4, "sub"),
    ("Universal City", "TX", ["78148"], ["210"], "SA", 4, "sub"),
    ("Helotes", "TX", ["78023"], ["210"], "SA", 3, "sub"),
    ("Boerne", "TX", ["78006"], ["830"], "SA", 4, "sub"),
    ("New Braunfels", "TX", ["78130", "78132"], ["830"], "SA", 6, "sub"),
    ("Seguin", "TX", ["78155"], ["830"], "SA", 3, "sub"),
    ("JBSA Ft Sam Houston", "TX", ["78234"], ["210"], "SA", 0, "mil"),
    ("JBSA Lackland", "TX", ["78236"], ["210"], "SA", 0, "mil"),
    ("El Paso", "TX", ["79902", "79903", "79904", "79905", "79907", "79912", "79915", "79922", "79924", "79925",
                       "79932", "79934", "79935", "79936", "79938"], ["915"], "ELP", 75, "core"),
    ("Socorro", "TX", ["79927"], ["915"], "ELP", 6, "sub"),
    ("Horizon City", "TX", ["79928"], ["915"], "ELP", 6, "sub"),
    ("Canutillo", "TX", ["79835"], ["915"], "ELP", 3, "sub"),
    ("Anthony", "TX", ["79821"], ["915"], "ELP", 2, "sub"),
    ("Santa Teresa", "NM", ["88008"], ["575"], "ELP", 2, "sub"),
    ("Sunland Park", "NM", ["88063"], ["575"], "ELP", 3, "sub"),
    ("Fort Bliss", "TX", ["79916", "79906"], ["915"], "ELP", 0, "mil"),
    ("Tucson", "AZ", ["85701", "85704", "85705", "85706", "85710", "85711", "85712", "85713", "85714", "85715",
                      "85716", "85718", "85719", "85730", "85741", "85742", "85745", "85746", "85747", "85748",
                      "85749", "85750", "85756", "85757"], ["520"], "TUS", 70, "core"),
    ("Marana", "AZ", ["85653", "85658"], ["520"], "TUS", 6, "sub"),
    ("Oro Valley", "AZ", ["85737", "85755"], ["520"], "TUS", 7, "sub"),
    ("Sahuarita", "AZ", ["85629"], ["520"], "TUS", 5, "sub"),
    ("Vail", "AZ", ["85641"], ["520"], "TUS", 4, "sub"),
    ("Green Valley", "AZ", ["85614"], ["520"], "TUS", 5, "sub"),
    ("Davis Monthan AFB", "AZ", ["85707"], ["520"], "TUS", 0, "mil"),
    ("Las Cruces", "NM", ["88001", "88005", "88007", "88011", "88012"], ["575"], "LCR", 80, "core"),
    ("Mesilla", "NM", ["88046"], ["575"], "LCR", 6, "sub"),
    ("Anthony", "NM", ["88021"], ["575"], "LCR", 5, "sub"),
    ("Chaparral", "NM", ["88081"], ["575"], "LCR", 5, "sub"),
    ("Do\u00f1a Ana", "NM", ["88032"], ["575"], "LCR", 4, "sub"),
    ("White Sands Missile Range", "NM", ["88002"], ["575"], "LCR", 0, "mil"),
    ("Baton Rouge", "LA", ["70802", "70805", "70806", "70808", "70809", "70810", "70811", "70812", "70814",
                           "70815", "70816", "70817", "70818", "70819", "70820"], ["225"], "BTR", 65, "core"),
    ("Denham Springs", "LA", ["70726"], ["225"], "BTR", 8, "sub"),
    ("Zachary", "LA", ["70791"], ["225"], "BTR", 5, "sub"),
    ("Gonzales", "LA", ["70737"], ["225"], "BTR", 6, "sub"),
    ("Prairieville", "LA", ["70769"], ["225"], "BTR", 6, "sub"),
    ("Baker", "LA", ["70714"], ["225"], "BTR", 4, "sub"),
    ("Port Allen", "LA", ["70767"], ["225"], "BTR", 4, "sub"),
    ("Lafayette", "LA", ["70501", "70503", "70506", "70507", "70508"], ["337"], "LFT", 55, "core"),
    ("Broussard", "LA", ["70518"], ["337"], "LFT", 7, "sub"),
    ("Youngsville", "LA", ["70592"], ["337"], "LFT", 7, "sub"),
    ("Scott", "LA", ["70583"], ["337"], "LFT", 5, "sub"),
    ("Carencro", "LA", ["70520"], ["337"], "LFT", 5, "sub"),
    ("Breaux Bridge", "LA", ["70517"], ["337"], "LFT", 6, "sub"),
    ("New Iberia", "LA", ["70560", "70563"], ["337"], "LFT", 7, "sub"),
    ("Opelousas", "LA", ["70570"], ["337"], "LFT", 4, "sub"),
    ("Abbeville", "LA", ["70510"], ["337"], "LFT", 4, "sub"),
    ("Mobile", "AL", ["36602", "36604", "36605", "36606", "36607", "36608", "36609", "36611", "36617", "36618",
                      "36619", "36693", "36695"], ["251"], "MOB", 62, "core"),
    ("Daphne", "AL", ["36526"], ["251"], "MOB", 7, "sub"),
    ("Fairhope", "AL", ["36532"], ["251"], "MOB", 6, "sub"),
    ("Saraland", "AL", ["36571"], ["251"], "MOB", 5, "sub"),
    ("Theodore", "AL", ["36582"], ["251"], "MOB", 5, "sub"),
    ("Spanish Fort", "AL", ["36527"], ["251"], "MOB", 4, "sub"),
    ("Semmes", "AL", ["36575"], ["251"], "MOB", 4, "sub"),
    ("Bayou La Batre", "AL", ["36509"], ["251"], "MOB", 3, "sub"),
    ("Biloxi", "MS", ["39530", "39531", "39532"], ["228"], "MOB", 3, "sub"),
    ("Keesler AFB", "MS", ["39534"], ["228"], "MOB", 0, "mil"),
    ("Pensacola", "FL", ["32501", "32503", "32504", "32505", "32506", "32507", "32514", "32526", "32534"],
     ["850"], "PNS", 60, "core"),
    ("Gulf Breeze", "FL", ["32561", "32563"], ["850"], "PNS", 8, "sub"),
    ("Milton", "FL", ["32570", "32583"], ["850"], "PNS", 8, "sub"),
    ("Cantonment", "FL", ["32533"], ["850"], "PNS", 6, "sub"),
    ("Navarre", "FL", ["32566"], ["850"], "PNS", 7, "sub"),
    ("Pace", "FL", ["32571"], ["850"], "PNS", 6, "sub"),
    ("NAS Pensacola", "FL", ["32508"], ["850"], "PNS", 0, "mil"),
]
METROS = ["SA", "ELP", "TUS", "LCR", "BTR", "LFT", "MOB", "PNS"]
METRO_W = {"SA": 18, "ELP": 14, "TUS": 14, "LCR": 8, "BTR": 13, "LFT": 10, "MOB": 11, "PNS": 12}
METRO_CORE = {"SA": "San Antonio", "ELP": "El Paso", "TUS": "Tucson", "LCR": "Las Cruces",
              "BTR": "Baton Rouge", "LFT": "Lafayette", "MOB": "Mobile", "PNS": "Pensacola"}
MIL_METRO_W = [("ELP", 35), ("SA", 30), ("TUS", 14), ("PNS", 15), ("MOB", 4), ("LCR", 2)]
SNOWBIRD_METRO_W = [("TUS", 45), ("LCR", 15), ("PNS", 18), ("MOB", 8), ("SA", 8), ("ELP", 6)]
UNIV = {"SA": ("utsa.edu", "78249"), "ELP": ("miners.utep.edu", "79902"), "TUS": ("arizona.edu", "85719"),
        "LCR": ("nmsu.edu", "88001"), "BTR": ("lsu.edu", "70808"), "LFT": ("louisiana.edu", "70503"),
        "MOB": ("jagmail.southalabama.edu", "36608"), "PNS": ("students.uwf.edu", "32514")}

# out-of-area places: (city, region, zip, area)
SNOWBIRD_HOME = [("Rochester", "MN", "55901", "507"), ("Eau Claire", "WI", "54701", "715"),
                 ("Grand Rapids", "MI", "49503", "616"), ("Des Moines", "IA", "50310", "515"),
                 ("Fargo", "ND", "58103", "701"), ("Sioux Falls", "SD", "57105", "605"),
                 ("Peoria", "IL", "61614", "309"), ("Omaha", "NE", "68114", "402"),
                 ("Duluth", "MN", "55811", "218"), ("Green Bay", "WI", "54301", "920"),
                 ("Bismarck", "ND", "58501", "701"), ("Cedar Rapids", "IA", "52402", "319"),
                 ("Lansing", "MI", "48911", "517"), ("Madison", "WI", "53711", "608")]
STUDENT_HOME = [("Houston", "TX", "77084", "281"), ("Dallas", "TX", "75214", "214"), ("Austin", "TX", "78745", "512"),
                ("Laredo", "TX", "78041", "956"), ("McAllen", "TX", "78501", "956"), ("Albuquerque", "NM", "87110", "505"),
                ("Phoenix", "AZ", "85016", "602"), ("Mesa", "AZ", "85204", "480"), ("New Orleans", "LA", "70115", "504"),
                ("Shreveport", "LA", "71105", "318"), ("Lake Charles", "LA", "70605", "337"),
                ("Birmingham", "AL", "35209", "205"), ("Montgomery", "AL", "36116", "334"),
                ("Tallahassee", "FL", "32308", "850"), ("Jacksonville", "FL", "32207", "904"),
                ("Midland", "TX", "79705", "432"), ("Corpus Christi", "TX", "78412", "361")]
PCS_DEST = [("Killeen", "TX", "76542", "254"), ("Colorado Springs", "CO", "80913", "719"),
            ("Lakewood", "WA", "98499", "253"), ("Fayetteville", "NC", "28314", "910"),
            ("Clarksville", "TN", "37042", "931"), ("Fort Walton Beach", "FL", "32547", "850"),
            ("Norfolk", "VA", "23505", "757"), ("San Diego", "CA", "92136", "619"),
            ("Junction City", "KS", "66441", "785"), ("Hinesville", "GA", "31313", "912"),
            ("Jacksonville", "NC", "28540", "910"), ("Oceanside", "CA", "92054", "760"),
            ("Lawton", "OK", "73505", "580"), ("Columbus", "GA", "31907", "706"),
            ("Alamogordo", "NM", "88310", "575"), ("Abilene", "TX", "79606", "325"),
            ("Del Rio", "TX", "78840", "830"), ("Ocean Springs", "MS", "39564", "228")]
APO = [("APO", "AE", "09096"), ("APO", "AE", "09021"), ("APO", "AE", "09180"), ("APO", "AE", "09630"),
       ("FPO", "AE", "09587"), ("APO", "AP", "96319"), ("APO", "AP", "96326"), ("FPO", "AP", "96349"),
       ("APO", "AP", "96205"), ("APO", "AA", "34002")]
MIL_AREAS = ["254", "910", "719", "253", "931", "757", "619", "912", "785", "580", "706", "502", "315"]

STATE_FULL = {"TX": "Texas", "NM": "New Mexico", "AZ": "Arizona", "LA": "Louisiana", "AL": "Alabama",
              "FL": "Florida", "MS": "Mississippi", "MN": "Minnesota", "WI": "Wisconsin", "MI": "Michigan",
              "IA": "Iowa", "ND": "North Dakota", "SD": "South Dakota", "IL": "Illinois", "NE": "Nebraska",
              "CO": "Colorado", "WA": "Washington", "NC": "North Carolina", "TN": "Tennessee", "VA": "Virginia",
              "CA": "California", "KS": "Kansas", "GA": "Georgia", "OK": "Oklahoma"}
STATE_ABBR_ALT = {"TX": "Tex.", "NM": "N.M.", "AZ": "Ariz.", "LA": "La.", "AL": "Ala.", "FL": "Fla.", "MS": "Miss."}

CITY_VARIANTS = {
    "San Antonio": ["San Antonio Tx", "Sn Antonio", "San Antono", "SANANTONIO", "S. Antonio"],
    "El Paso": ["Elpaso", "El Paso Tx", "EL PASO,", "El Pasi"],
    "Tucson": ["Tuscon", "Tucson Az", "Tuscon AZ", "Tucosn"],
    "Las Cruces": ["Las Cruses", "Lascruces", "Las Cruces NM", "Las Crucess"],
    "Baton Rouge": ["Baton Rogue", "Batonrouge", "Baton Rouge La", "B. Rouge"],
    "Lafayette": ["Lafayete", "Lafeyette", "Lafayette La", "Lafayett"],
    "Mobile": ["Mobil", "Mobile Al", "Mobile,"],
    "Pensacola": ["Pensacola Fl", "Pensacols", "Pensecola", "Pcola"],
    "New Braunfels": ["New Braunsfels", "N Braunfels", "New Braunfel"],
    "Universal City": ["Universal Cty", "Univ City"],
    "Horizon City": ["Horizon Cty", "Horizon"],
    "Oro Valley": ["Oro Vally", "Oro Valley Az"],
    "Denham Springs": ["Denham Spgs", "Denham Spring"],
    "Breaux Bridge": ["Breaux Brg", "Breaux Bridge La"],
    "New Iberia": ["New Iberia La", "N Iberia"],
    "Gulf Breeze": ["Gulf Breez", "Gulf Breeze Fl"],
    "Fort Bliss": ["Ft Bliss", "FT. BLISS", "Ft. Bliss TX"],
    "JBSA Ft Sam Houston": ["Fort Sam Houston", "Ft Sam Houston", "JBSA-FSH"],
    "JBSA Lackland": ["Lackland AFB", "Lackland"],
    "Davis Monthan AFB": ["DMAFB", "Davis-Monthan AFB", "Davis Monthan"],
    "Keesler AFB": ["Keesler", "Keesler Afb Ms"],
    "Spanish Fort": ["Spanish Ft", "Spanish Fort Al"],
    "Do\u00f1a Ana": ["Dona Ana", "DO\u00c3\u2018A ANA"],
    "Youngsville": ["Youngsvile", "Youngsville La"],
    "Daphne": ["Daphene", "Daphne Al"],
}

# ---------------------------------------------------------------- streets
DIRS = {"N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast", "NW": "Northwest",
        "SE": "Southeast", "SW": "Southwest"}
TYPES = {"St": "Street", "Rd": "Road", "Ave": "Avenue", "Blvd": "Boulevard", "Dr": "Drive", "Ln": "Lane",
         "Pkwy": "Parkway", "Hwy": "Highway", "Ct": "Court", "Cir": "Circle", "Trl": "Trail", "Pl": "Place",
         "Way": "Way", "Loop": "Loop", "Trwy": "Thruway"}


def parse_street(s):
    toks = s.split()
    pre = ""
    if toks[0] in DIRS and len(toks) > 2:
        pre = toks.pop(0)
    typ = ""
    if toks[-1] == "Thruway":
        typ = "Trwy"
        toks.pop()
    elif toks[-1] in TYPES and len(toks) > 1:
        typ = toks.pop()
    return (pre, " ".join(toks), typ)


ARTERIALS = {
    "SA": ["Babcock Rd", "Bandera Rd", "Blanco Rd", "Culebra Rd", "Fredericksburg Rd", "Nacogdoches Rd",
           "Perrin Beitel Rd", "Wurzbach Rd", "Huebner Rd", "SW Military Dr", "SE Military Dr", "Zarzamora St",
           "Pleasanton Rd", "S Flores St", "Rigsby Ave", "W Commerce St", "Evers Rd", "Marbach Rd", "Potranco Rd",
           "Vance Jackson Rd", "Thousand Oaks Dr", "Stone Oak Pkwy", "Bulverde Rd", "Walzem Rd", "Callaghan Rd",
           "W Hildebrand Ave", "Austin Hwy", "Goliad Rd", "S New Braunfels Ave", "Ingram Rd", "Grissom Rd"],
    "ELP": ["N Mesa St", "Dyer St", "Montana Ave", "N Zaragoza Rd", "Alameda Ave", "N Yarbrough Dr",
            "N Lee Trevino Dr", "Transmountain Rd", "Doniphan Dr", "Viscount Blvd", "George Dieter Dr",
            "Pellicano Dr", "Hondo Pass Ave", "McRae Blvd", "Sunland Park Dr", "Resler Dr", "Airway Blvd",
            "Edgemere Blvd", "Americas Ave", "Rojas Dr"],
    "TUS": ["N Oracle Rd", "E Speedway Blvd", "E Broadway Blvd", "E 22nd St", "E Grant Rd", "N Campbell Ave",
            "S 6th Ave", "E Golf Links Rd", "W Ina Rd", "N Stone Ave", "E Tanque Verde Rd", "W Valencia Rd",
            "S Kolb Rd", "E Pima St", "N 1st Ave", "W Orange Grove Rd", "S Craycroft Rd", "E Fort Lowell Rd",
            "W Irvington Rd", "S Park Ave", "N Swan Rd", "E Wetmore Rd"],
    "LCR": ["N Main St", "S Valley Dr", "El Paseo Rd", "E Lohman Ave", "N Telshor Blvd", "Missouri Ave",
            "E Idaho Ave", "W Picacho Ave", "S Solano Dr", "Roadrunner Pkwy", "Sonoma Ranch Blvd", "Engler Rd",
            "Espina St", "E University Ave", "Motel Blvd", "Del Rey Blvd", "N Triviz Dr", "Amador Ave"],
    "BTR": ["Florida Blvd", "Airline Hwy", "Government St", "Perkins Rd", "Jefferson Hwy", "Old Hammond Hwy",
            "Sherwood Forest Blvd", "Coursey Blvd", "Siegen Ln", "Highland Rd", "Nicholson Dr", "Plank Rd",
            "Greenwell Springs Rd", "Staring Ln", "Bluebonnet Blvd", "O'Neal Ln", "Essen Ln", "Burbank Dr",
            "Tiger Bend Rd", "Scenic Hwy", "Choctaw Dr", "N Foster Dr", "S Acadian Thruway"],
    "LFT": ["Johnston St", "Ambassador Caffery Pkwy", "Kaliste Saloom Rd", "Pinhook Rd", "W Congress St",
            "Moss St", "E Simcoe St", "Louisiana Ave", "Verot School Rd", "Camellia Blvd", "Guilbeau Rd",
            "W University Ave", "NE Evangeline Thruway", "Bertrand Dr", "Eraste Landry Rd", "Pont Des Mouton Rd",
            "Dulles Dr", "S College Rd"],
    "MOB": ["Airport Blvd", "Dauphin St", "Government Blvd", "Old Shell Rd", "Cottage Hill Rd", "Schillinger Rd",
            "Hillcrest Rd", "Moffett Rd", "Dauphin Island Pkwy", "University Blvd", "Spring Hill Ave",
            "Halls Mill Rd", "Azalea Rd", "Grelot Rd", "Navco Rd", "Zeigler Blvd", "Government St",
            "St Stephens Rd", "Knollwood Dr"],
    "PNS": ["N 9th Ave", "N Davis Hwy", "W Fairfield Dr", "Mobile Hwy", "Creighton Rd", "Scenic Hwy", "Olive Rd",
            "N Palafox St", "Gulf Beach Hwy", "Blue Angel Pkwy", "Bayou Blvd", "Langley Ave", "W Nine Mile Rd",
            "Brent Ln", "Lillian Hwy", "E Cervantes St", "Barrancas Ave", "N 12th Ave", "Michigan Ave",
            "Saufley Field Rd"],
}
RES_SW = ["Mesquite Ln", "Cactus Wren Dr", "Agave Ct", "Palo Verde Dr", "Desert Willow Way", "Sagebrush Trl",
          "Yucca St", "Vista Del Sol Dr", "Camino Real", "Calle Luna", "Los Arcos Dr", "Ocotillo Pl",
          "Saddle Ridge Dr", "Pecan Valley Dr", "Bluebonnet Ln", "Live Oak St", "Cedar Elm Dr", "Arroyo Seco Dr",
          "Sierra Madre Ave", "Copper Canyon Rd", "Rancho Vista Dr", "Coyote Ridge Rd", "Juniper Ln",
          "Pi\u00f1on Dr", "Quail Run Dr", "Roadrunner Ln", "Canyon Crest Dr", "Amistad Cir", "La Paloma Ct"]
RES_GULF = ["Magnolia Dr", "Azalea St", "Cypress Ln", "Bayou Dr", "Oak Alley Dr", "Live Oak Blvd", "Pelican Way",
            "Camellia Ct", "Pecan Grove Ln", "Dogwood Dr", "Heron Ct", "Sugar Mill Dr", "Plantation Dr",
            "Rue Royale", "Acadian Dr", "Evangeline Dr", "Cane Field Rd", "Moss Bluff Dr", "Sandpiper Ln",
            "Seashore Ave", "Pine Forest Rd", "Shady Oaks Dr", "Palmetto St", "Gardenia Ln", "Egret Cir",
            "Bayou Teche Rd", "Spanish Moss Ln", "Crepe Myrtle Dr"]
RES_US = ["Maple St", "Oak Ave", "Elm St", "Park Ave", "Lincoln Ave", "Washington St", "Lakeview Dr",
          "Prairie Ln", "Meadow Ln", "Cedar St", "Pine St", "Highland Ave", "Walnut St", "Sunset Dr", "Ridge Rd",
          "Birch Ln", "Cherry St", "Hillside Dr", "Main St", "Church St"]
BASE_STREETS = ["Sgt Jasper Dr", "Pershing Rd", "Chaffee Rd", "Patton Ave", "Liberty Loop", "Eagle Dr",
                "Sentry Ln", "Honor Ct", "Freedom Way", "Valor Dr", "Victory Ave", "Guardian Cir"]
SW_METROS = ("SA", "ELP", "TUS", "LCR")

HOTELS = ["Sun Palms Extended Stay", "Lone Star Inn & Suites", "Magnolia Extended Stay", "Desert Rose Motel",
          "Bayou Inn", "Gulf Breeze Suites", "Red Mesa Lodge", "Cactus Inn", "Azalea Inn", "Mission Trail Motel",
          "Pelican Bay Suites", "Camino Real Inn"]
RV_PARKS = ["Desert Palms RV Resort", "Saguaro Sun RV Park", "Gulf Shores RV Park", "Mesquite Hollow RV Park",
            "Blue Heron RV Resort", "Organ View RV Park"]

# ====================================================================== names
HISP_M = ["Jos\u00e9", "Juan", "Luis", "Carlos", "Jes\u00fas", "Miguel", "Francisco", "Jorge", "Roberto", "Ricardo",
          "Alejandro", "Ra\u00fal", "Arturo", "Rub\u00e9n", "H\u00e9ctor", "Ram\u00f3n", "Eduardo", "Fernando", "Javier",
          "Sergio", "Ernesto", "Gilberto", "Rogelio", "Andr\u00e9s", "Joaqu\u00edn", "Efra\u00edn", "Ignacio",
          "Enrique", "Alberto", "Manuel", "Antonio", "Pedro", "V\u00edctor", "\u00d3scar", "Mario", "Daniel",
          "Adri\u00e1n", "Iv\u00e1n", "Julio", "Armando", "Rodolfo", "Gerardo", "Mart\u00edn", "Guillermo"]
HISP_F = ["Mar\u00eda", "Guadalupe", "Rosa", "Ana", "Juana", "Ver\u00f3nica", "Patricia", "Leticia", "Yolanda",
          "Gabriela", "Adriana", "Marisol", "Claudia", "Alejandra", "Sof\u00eda", "M\u00f3nica", "Elena", "Norma",
          "Irma", "Dolores", "Araceli", "Ximena", "Itzel", "Brenda", "Beatriz", "Consuelo", "Rosario", "Luc\u00eda",
          "Carmen", "Silvia", "Maricela", "Yesenia", "Esmeralda", "Ang\u00e9lica", "Teresa", "Raquel", "Martha",
          "Cristina", "Mercedes", "Elizabeth"]
HISP_COMPOUND_M = ["Juan Carlos", "Jos\u00e9 Luis", "Luis Alberto", "Jos\u00e9 Antonio", "Juan Manuel",
                   "Miguel \u00c1ngel", "Jes\u00fas Manuel"]
HISP_COMPOUND_F = ["Mar\u00eda Elena", "Ana Laura", "Mar\u00eda de Jes\u00fas", "Mar\u00eda Guadalupe",
                   "Rosa Mar\u00eda", "Ana Luc\u00eda"]
HISP_SUR = ["Garc\u00eda", "Hern\u00e1ndez", "Mart\u00ednez", "Rodr\u00edguez", "L\u00f3pez", "Gonz\u00e1lez",
            "P\u00e9rez", "S\u00e1nchez", "Ram\u00edrez", "Flores", "Torres", "Rivera", "G\u00f3mez", "D\u00edaz",
            "Reyes", "Cruz", "Morales", "Ortiz", "Guti\u00e9rrez", "Ch\u00e1vez", "Ramos", "Ruiz", "\u00c1lvarez",
            "Mendoza", "Castillo", "Jim\u00e9nez", "V\u00e1squez", "Moreno", "Herrera", "Medina", "Aguilar",
            "Vargas", "Guerrero", "Castro", "Salazar", "Delgado", "Garza", "Villarreal", "Trevi\u00f1o",
            "S\u00e1enz", "Cant\u00fa", "Zamora", "Ybarra", "Olivas", "Montoya", "Apodaca", "Baca", "Chac\u00f3n",
            "Lucero", "Trujillo", "Madrid", "Quintana", "Carrasco", "Holgu\u00edn", "Mu\u00f1oz", "Pe\u00f1a",
            "N\u00fa\u00f1ez", "Ibarra", "De la Cruz", "De Le\u00f3n", "Del Toro", "Escobedo", "Salda\u00f1a",
            "Esparza", "Villalobos", "Arredondo", "Z\u00fa\u00f1iga", "Longoria", "Cisneros", "Barrientos",
            "Olvera", "Tijerina", "Galindo", "Contreras", "Dom\u00ednguez", "Acosta", "Espinoza", "Valenzuela",
            "Romero", "Luj\u00e1n", "Archuleta", "Sandoval"]
ANGLO_M = ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
           "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
           "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Jason", "Edward", "Jeffrey", "Ryan",
           "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon",
           "Benjamin", "Samuel", "Gregory", "Frank", "Alexander", "Raymond", "Patrick", "Dennis", "Jerry",
           "Tyler", "Aaron", "Adam", "Nathan", "Henry", "Douglas", "Zachary", "Peter", "Kyle", "Walter", "Harold",
           "Keith", "Roger", "Gerald", "Carl", "Terry", "Sean", "Austin", "Arthur", "Lawrence", "Jesse", "Dylan",
           "Bryan", "Jordan", "Billy", "Bruce", "Wayne", "Roy", "Ralph", "Randy", "Russell", "Bobby", "Phillip",
           "Travis", "Cody", "Dale", "Clint", "Wade", "Rusty"]
ANGLO_F = ["Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
           "Nancy", "Lisa", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle",
           "Dorothy", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura",
           "Cynthia", "Kathleen", "Amy", "Shirley", "Angela", "Helen", "Anna", "Pamela", "Nicole", "Samantha",
           "Katherine", "Christine", "Debra", "Rachel", "Catherine", "Carolyn", "Janet", "Ruth", "Heather",
           "Diane", "Virginia", "Julie", "Joyce", "Victoria", "Kelly", "Christina", "Lauren", "Joan", "Evelyn",
           "Judith", "Megan", "Cheryl", "Andrea", "Hannah", "Jacqueline", "Frances", "Gloria", "Ann", "Theresa",
           "Kathryn", "Janice", "Jean", "Alice", "Julia", "Judy", "Grace", "Denise", "Amber", "Marilyn",
           "Beverly", "Danielle", "Brittany", "Natalie", "Charlotte", "Tammy", "Crystal", "Wanda", "Peggy"]
ANGLO_SUR = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
             "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
             "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker",
             "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans",
             "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson",
             "Bailey", "Reed", "Kelly", "Howard", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Wood", "Bennett",
             "Gray", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins", "Perry",
             "Russell", "Sullivan", "Bell", "Butler", "Henderson", "Barnes", "Fisher", "Graham", "Wallace",
             "Hamilton", "Ellis", "Wells", "McDaniel", "O'Neal", "McCoy", "Dunn", "Hayes", "Pittman", "Tucker",
             "Hale", "Ladner", "Necaise", "Dubose", "Odom", "Strickland", "Tillman", "Pugh", "Hollingsworth",
             "Schulz", "Vogel", "Kowalski", "Lindqvist", "Olson", "Hoffmann", "Klein", "Schmidt"]
BLACK_M = ["DeShawn", "Jamal", "Darnell", "Tyrone", "Marquis", "Terrence", "Cedric", "Demetrius", "Kendrick",
           "Andre", "Darius", "Reginald", "Marcus", "Jerome", "Lamar", "Antoine", "Darryl", "Maurice", "Rodney",
           "Dwayne", "Cornelius", "Alphonse", "Wilbert", "Clarence"]
BLACK_F = ["Latoya", "Tamika", "Keisha", "Lakeisha", "Tasha", "Monique", "Ebony", "Tiffany", "Shanice", "Jasmine",
           "Aaliyah", "Shonda", "Yolonda", "Felicia", "Tanisha", "Precious", "Kenya", "Octavia", "Lurline",
           "Bernice", "Gwendolyn", "Ernestine"]
BLACK_SUR = ["Washington", "Jefferson", "Jackson", "Johnson", "Williams", "Brown", "Robinson", "Harris", "Dorsey",
             "Mosley", "Gaines", "Battle", "Booker", "Holmes", "Banks", "Mack", "Freeman", "Dupree", "Sims",
             "Coleman", "Hawkins", "Gaskins", "Pettway", "McCants", "Bolden", "Whitfield", "Tolbert", "Ruffin"]
CAJUN_M = ["Clovis", "Alcide", "Ulysse", "Am\u00e9d\u00e9e", "R\u00e9my", "Beau", "Toby", "Dudley", "Nolan",
           "Gaston", "L\u00e9once", "\u00c9mile", "Jules", "Th\u00e9ophile", "Todd", "Troy", "Shane", "Dustin",
           "Brent", "Chad", "Blaine", "Lance", "Jean-Paul", "Ovide", "Camille"]
CAJUN_F = ["No\u00e9lie", "Odile", "Brandy", "Misty", "Jodie", "Kim", "Celeste", "Ren\u00e9e", "Monique",
           "Gis\u00e8le", "No\u00e9mie", "Claudette", "Yvette", "Ang\u00e8le", "Marie", "Lorena", "Desiree",
           "Colette", "Ezora", "Ola\u00efde"]
CAJUN_SUR = ["Thibodeaux", "Boudreaux", "LeBlanc", "H\u00e9bert", "Guidry", "Broussard", "Landry", "Fontenot",
             "Arceneaux", "Comeaux", "Doucet", "Melan\u00e7on", "Breaux", "Savoie", "Trahan", "Robichaux",
             "Babineaux", "Th\u00e9riot", "Dugas", "Prejean", "Primeaux", "Richard", "Dupuis", "LaFleur",
             "Bergeron", "Fuselier", "Girouard", "Mouton", "Romero", "Hidalgo", "Castille", "Champagne",
             "Cormier", "Granger", "Judice", "Naquin", "Quebedeaux", "Sonnier"]
CREOLE_SUR = ["Batiste", "Chenier", "Malveaux", "Frilot", "Guillory", "Ledet", "Ardoin", "Simien", "Auzenne",
              "Papillion", "Francois", "Bellard", "Sam", "Citizen", "Metoyer", "Senegal", "Broussard", "Thomas"]
CREOLE_GIVEN_M = ["Alphonse", "Wilbert", "Clarence", "Boozoo", "Clifton", "Lucien", "Octave", "Raymond"]
CREOLE_GIVEN_F = ["Lurline", "Edwina", "Rosalie", "Josephine", "Odette", "Marguerite"]
VIET_SUR = ["Nguyen", "Nguyen", "Nguyen", "Tran", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo",
            "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly"]
VIET_DIAC = {"Nguyen": "Nguy\u1ec5n", "Tran": "Tr\u1ea7n", "Le": "L\u00ea", "Pham": "Ph\u1ea1m", "Hoang": "Ho\u00e0ng",
             "Huynh": "Hu\u1ef3nh", "Vu": "V\u0169", "Vo": "V\u00f5", "Dang": "\u0110\u1eb7ng", "Bui": "B\u00f9i",
             "Do": "\u0110\u1ed7", "Ho": "H\u1ed3", "Ngo": "Ng\u00f4", "Duong": "D\u01b0\u01a1ng", "Ly": "L\u00fd",
             "Phan": "Phan"}
VIET_M = ["Minh", "Thanh", "Hung", "Tuan", "Quang", "Long", "Khanh", "Vinh", "Hieu", "Duc", "Binh", "Nam", "Bao",
          "Phuc", "Son", "Dung", "Hai", "Tam"]
VIET_F = ["Lan", "Linh", "Huong", "Phuong", "Hoa", "Thu", "Trang", "Mai", "Ngoc", "Anh", "Hanh", "Nga", "Thuy",
          "Loan", "Hien", "Yen", "Diep", "Kim"]
VIET_AM_M = ["Tony", "Kevin", "Peter", "Vincent", "Tommy", "Danny", "Henry", "Steven"]
VIET_AM_F = ["Jenny", "Lisa", "Tina", "Cindy", "Nancy", "Vivian", "Amy", "Christine"]
YOUNG_M = ["Jayden", "Ethan", "Noah", "Liam", "Mason", "Aiden", "Caleb", "Elijah", "Isaiah", "Jaxon", "Landon",
           "Bryce", "Cade", "Colton", "Gavin", "Hunter", "Logan", "Carter"]
YOUNG_F = ["Brianna", "Madison", "Kaylee", "Destiny", "Alexis", "Ashlyn", "Hailey", "Makayla", "Trinity",
           "Kennedy", "Reagan", "Addison", "Avery", "Mia", "Natalie", "Jordyn", "Peyton", "Sydney"]
YOUNG_HISP_M = ["Diego", "Mateo", "Santiago", "Sebasti\u00e1n", "Emiliano", "Leonardo", "Jes\u00fas", "\u00c1ngel"]
YOUNG_HISP_F = ["Camila", "Valeria", "Ximena", "Jazm\u00edn", "Daniela", "Fernanda", "Renata", "Itzel"]

ETH_W = {
    "SA": [("hisp", 58), ("anglo", 30), ("black", 8), ("viet", 4)],
    "ELP": [("hisp", 76), ("anglo", 18), ("black", 5), ("viet", 1)],
    "TUS": [("anglo", 52), ("hisp", 40), ("black", 4), ("viet", 4)],
    "LCR": [("hisp", 62), ("anglo", 34), ("black", 3), ("viet", 1)],
    "BTR": [("anglo", 38), ("black", 38), ("cajun", 15), ("viet", 6), ("hisp", 3)],
    "LFT": [("cajun", 45), ("anglo", 18), ("black", 12), ("creole", 18), ("viet", 5), ("hisp", 2)],
    "MOB": [("anglo", 46), ("black", 36), ("viet", 10), ("cajun", 5), ("hisp", 3)],
    "PNS": [("anglo", 62), ("black", 24), ("viet", 6), ("hisp", 8)],
}

NICK = {
    "William": ["Bill", "Will", "Billy"], "Robert": ["Bob", "Rob", "Bobby"], "Richard": ["Rick", "Rich"],
    "James": ["Jim", "Jimmy", "Jamie"], "John": ["Johnny", "Jack"], "Michael": ["Mike", "Mikey"],
    "Joseph": ["Joe", "Joey"], "Thomas": ["Tom", "Tommy"], "Charles": ["Chuck", "Charlie"],
    "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Anthony": ["Tony"],
    "Donald": ["Don", "Donnie"], "Steven": ["Steve"], "Andrew": ["Andy", "Drew"], "Joshua": ["Josh"],
    "Kenneth": ["Ken", "Kenny"], "Timothy": ["Tim"], "Ronald": ["Ron", "Ronnie"], "Edward": ["Ed", "Eddie"],
    "Jeffrey": ["Jeff"], "Nicholas": ["Nick"], "Jonathan": ["Jon"], "Gregory": ["Greg"], "Benjamin": ["Ben"],
    "Samuel": ["Sam"], "Patrick": ["Pat"], "Raymond": ["Ray"], "Lawrence": ["Larry"], "Douglas": ["Doug"],
    "Gerald": ["Jerry"], "Zachary": ["Zach"], "Alexander": ["Alex"], "Terrence": ["Terry"], "Phillip": ["Phil"],
    "Elizabeth": ["Liz", "Beth", "Betty"], "Jennifer": ["Jen", "Jenny"], "Patricia": ["Pat", "Patty", "Trish"],
    "Margaret": ["Maggie", "Peggy"], "Katherine": ["Kathy", "Kate"], "Kimberly": ["Kim"], "Rebecca": ["Becky"],
    "Deborah": ["Debbie", "Deb"], "Susan": ["Sue", "Susie"], "Cynthia": ["Cindy"], "Pamela": ["Pam"],
    "Samantha": ["Sam"], "Christine": ["Chris", "Chrissy"], "Victoria": ["Vicky", "Tori"],
    "Jacqueline": ["Jackie"], "Stephanie": ["Steph"], "Barbara": ["Barb"], "Dorothy": ["Dot"],
    "Theresa": ["Terri"], "Kathleen": ["Kathy"], "Catherine": ["Cathy"], "Melissa": ["Missy"],
    "Amanda": ["Mandy"], "Jose": ["Pepe", "Joe"], "Francisco": ["Paco", "Frank", "Pancho"],
    "Guadalupe": ["Lupe"], "Jesus": ["Chuy"], "Alejandro": ["Alex"], "Roberto": ["Beto"], "Alberto": ["Beto"],
    "Ignacio": ["Nacho"], "Eduardo": ["Lalo"], "Enrique": ["Kike", "Henry"], "Dolores": ["Lola"],
    "Consuelo": ["Chelo"], "Rosario": ["Chayo"], "Maria": ["Mary"], "Juan": ["John"], "Gilberto": ["Gil"],
    "Rogelio": ["Roy"], "Ramon": ["Ray"], "Manuel": ["Manny"], "Antonio": ["Tony"], "Fernando": ["Nando"],
    "Guillermo": ["Memo", "Willie"], "Gabriela": ["Gaby"], "Alejandra": ["Ale"], "Leticia": ["Lety"],
    "Veronica": ["Vero"], "Mercedes": ["Meche"], "Remy": ["T-Remy"], "Jules": ["T-Jules"], "Leonce": ["T-Leonce"],
    "Noelie": ["Nonie"], "Ulysse": ["Lish"], "Amedee": ["Deedee"], "Thanh": ["Tim"], "Hung": ["Henry"],
    "Tuan": ["Tom"], "Linh": ["Lynn"], "Huong": ["Helen"], "Phuong": ["Fawn"], "Khanh": ["Kenny"],
    "Vinh": ["Vincent"], "Trang": ["Tracy"], "Hieu": ["Hugh"], "Ngoc": ["Nancy"], "Anh": ["Annie"],
    "Lakeisha": ["Keisha"], "Tamika": ["Mika"], "Cedric": ["Ced"], "Demetrius": ["Meech"],
    "Reginald": ["Reggie"], "Cornelius": ["Neal"], "Dwayne": ["Dee"],
}

PHONETIC = {
    "Thibodeaux": ["Thibodeau", "Tibodeaux", "Thibideaux", "Thibodaux"], "Boudreaux": ["Boudreau", "Boudreax", "Budreaux"],
    "Breaux": ["Breau", "Brough"], "H\u00e9bert": ["Abear", "Hebart", "Ebert"], "Guidry": ["Gidry", "Guidrey"],
    "Broussard": ["Brousard", "Broussart"], "Landry": ["Landrey", "Laundry"], "Fontenot": ["Fontenault", "Fontano"],
    "Arceneaux": ["Arsenaux", "Arcenaux", "Arseneau"], "Comeaux": ["Como", "Comeau"], "Doucet": ["Doucette", "Dousay"],
    "Melan\u00e7on": ["Malancon", "Melanson"], "Savoie": ["Savoy"], "Trahan": ["Trahin", "Trayhan"],
    "Robichaux": ["Robichau", "Robeshaw"], "Babineaux": ["Babineau", "Babino"], "Th\u00e9riot": ["Terriot", "Tario"],
    "Guillory": ["Guillary", "Gilroy"], "Sonnier": ["Sonier"], "Mouton": ["Muton"], "Chenier": ["Shenier"],
    "Batiste": ["Baptiste"], "Malveaux": ["Malvo"], "Ledet": ["Leday"], "Prejean": ["Prejan", "Pregean"],
    "Primeaux": ["Primo"], "Dupuis": ["Dupuy", "Dupwee"], "Ardoin": ["Ardoine"], "Fuselier": ["Fusilier"],
    "Girouard": ["Girard", "Gerouard"], "Quebedeaux": ["Kebodeaux", "Quebodeaux"], "Judice": ["Judy", "Joudice"],
    "Naquin": ["Nakin"], "Auzenne": ["Ozenne"], "Citizen": ["Citizan"],
    "Nguyen": ["Nguyin", "Nugyen", "Win"], "Huynh": ["Huyhn", "Hwin"], "Pham": ["Fam"], "Phan": ["Fan"],
    "Duong": ["Zuong", "Dong"], "Bui": ["Buoi"], "Ngo": ["Ngoh"],
    "V\u00e1squez": ["Vasques", "Vazquez"], "Jim\u00e9nez": ["Jimenes", "Himenez"], "Guti\u00e9rrez": ["Gutierez"],
    "Rodr\u00edguez": ["Rodriquez", "Rodrigues"], "Villarreal": ["Villareal", "Villa Real"], "Trevi\u00f1o": ["Trevino"],
    "S\u00e1enz": ["Saens", "Sanz"], "Ybarra": ["Ibarra"], "Z\u00fa\u00f1iga": ["Zuniga"], "Holgu\u00edn": ["Holguin"],
    "Escobedo": ["Escobido"], "Longoria": ["Longorio"], "Olivas": ["Olivaz"], "Gonz\u00e1lez": ["Gonzales"],
    "Hern\u00e1ndez": ["Hernandes"], "D\u00edaz": ["Dias"], "Ch\u00e1vez": ["Chaves"], "\u00c1lvarez": ["Alvares"],
    "Valenzuela": ["Valenzula"], "Archuleta": ["Archelta"], "Tijerina": ["Tijerino"], "S\u00e1nchez": ["Sanches"],
    "McDaniel": ["MacDaniel"], "Pittman": ["Pitman"], "Thompson": ["Thomson"], "Peterson": ["Petersen"],
    "Stewart": ["Stuart"], "Reed": ["Reid"], "Sanders": ["Saunders"], "Phillips": ["Philips"], "Myers": ["Meyers"],
    "Dorsey": ["Dorsy"], "Mosley": ["Moseley"], "Gaines": ["Gains"], "Necaise": ["Nacase"], "Ladner": ["Lattner"],
    "Hollingsworth": ["Hollingswood"], "Schulz": ["Schultz", "Shultz"], "Kowalski": ["Kowalsky"],
    "Lindqvist": ["Lindquist"], "Hoffmann": ["Hoffman"], "Whitfield": ["Whitfeld"], "Pettway": ["Petway"],
}

MIL_RANKS_ARMY = ["PVT", "PFC", "SPC", "SGT", "SSG", "SFC", "1SG", "2LT", "CPT", "MAJ", "CW2"]
MIL_RANKS_AF = ["A1C", "SrA", "SSgt", "TSgt", "MSgt", "Capt", "Maj"]
MIL_RANKS_NAVY = ["PO2", "PO1", "CPO", "LTJG", "LT", "ENS"]

# ====================================================================== organisations
ORG_PREFIX = {
    "SA": ["Alamo", "Mission", "Lone Star", "Hill Country", "Bexar", "Stone Oak", "Riverwalk", "Texas Star",
           "Brush Country", "Medina River", "Southtown", "Espada"],
    "ELP": ["Sun City", "Franklin Mountain", "Border", "Rio Grande", "Chihuahuan", "Paso del Norte", "Upper Valley",
            "Westside", "Mountain Star", "Scenic Drive", "Mission Valley"],
    "TUS": ["Old Pueblo", "Saguaro", "Catalina", "Rincon", "Sonoran", "Desert Sky", "Santa Cruz", "Ocotillo",
            "Javelina", "Sabino", "Tortolita", "Barrio Viejo"],
    "LCR": ["Organ Mountain", "Mesilla Valley", "Chile Country", "Picacho", "Crimson", "Dripping Springs",
            "Tortugas", "Aggie"],
    "BTR": ["Red Stick", "Capital City", "Bayou", "Magnolia", "Live Oak", "Pelican State", "Spanish Town",
            "Mid City", "Geaux", "River Road"],
    "LFT": ["Acadiana", "Cajun", "Teche", "Vermilion", "Atchafalaya", "Coulee", "Evangeline", "Hub City",
            "Bayou Tortue", "Prairie Cajun"],
    "MOB": ["Azalea City", "Mobile Bay", "Gulf Coast", "Port City", "Oakleigh", "Dauphin", "Eastern Shore",
            "Mardi Gras", "Bayou Sara", "Springhill"],
    "PNS": ["Emerald Coast", "Pelican", "Blue Angel", "Perdido", "Santa Rosa", "Bayou Texar", "Five Flags",
            "Sugar White", "Pensacola Bay", "Palafox"],
}
TRADES = ["Roofing", "Plumbing", "Electric", "Air & Heat", "HVAC", "Flooring", "Tile & Stone", "Drywall",
          "Painting", "Landscaping", "Lawn & Tree", "Pool Service", "Pressure Washing", "Construction",
          "Remodeling", "Fence", "Concrete", "Pest Control", "Cabinets", "Glass & Mirror", "Irrigation",
          "Handyman Services", "Restoration", "Builders", "Granite & Marble", "Stucco", "Welding", "Electrical Services"]
SMALL_BIZ = ["Party Rentals", "Bounce Houses", "Catering", "Boutique", "Bakery", "Florist", "BBQ", "Screen Printing",
             "Auto Detailing", "Event Decor", "Photography", "DJ Services", "Bridal", "Antiques", "Vintage Market",
             "Home Goods", "Medical Supply", "Uniforms", "Books", "Records"]
SMALL_BIZ_LOCAL = {
    "SA": ["Kolache Co", "Tamales", "Conjunto Records", "Fiesta Supply"],
    "ELP": ["Tamales", "Raspas", "Western Wear"], "TUS": ["Sonoran Hot Dogs", "Turquoise Gallery", "Pottery"],
    "LCR": ["Chile Roasters", "Pecan Co", "Pottery"], "BTR": ["Crawfish Co", "Sno-Ball Stand", "Tailgate Supply"],
    "LFT": ["Crawfish Co", "Boudin & Cracklins", "Zydeco Records", "Sno-Ball Stand"],
    "MOB": ["Bait & Tackle", "Mardi Gras Supply", "Oyster Co"], "PNS": ["Surf Shop", "Bait & Tackle", "Kayak Rentals"],
}
SMALL_BIZ_SPANISH = ["Panader\u00eda La Esperanza", "Tamaler\u00eda Lupita", "Tacos El G\u00fcero", "Raspas Don Chuy",
                     "Dulcer\u00eda La Pi\u00f1ata", "Carnicer\u00eda El Ranchito", "Boutique Quincea\u00f1era Bella",
                     "Mariachi Los Caporales", "Novedades Mar\u00eda", "Taquer\u00eda El Pastorcito"]
SMALL_BIZ_VIET = ["Pho Saigon Noodle House", "Banh Mi Bistro", "Golden Lotus Nails", "Mekong Seafood",
                  "Little Saigon Market", "Lotus Alterations"]
REALTOR_FORMS = ["{p} Realty", "{p} Realty Group", "{p} Properties", "{p} Home Staging", "{p} Staging & Design",
                 "{p} Property Management", "{f} Real Estate Team", "The {f} Group", "Staged by {g}",
                 "{p} Homes & Land"]
CHURCH_NAMES = {
    "hisp": ["Iglesia Bautista Nueva Vida", "Iglesia Bautista Emanuel", "Templo Cristiano El Sembrador",
             "Iglesia Apost\u00f3lica Getseman\u00ed", "Templo Bethel Asamblea de Dios",
             "Iglesia Cristiana El Calvario", "Ministerios Roca de Salvaci\u00f3n"],
    "black": ["Greater New Hope Missionary Baptist Church", "Mt. Olive AME Church", "Mount Zion Baptist Church",
              "True Vine Church of God in Christ", "Greater Mount Calvary Baptist Church",
              "New Jerusalem Full Gospel Church", "St. Paul AME Zion Church", "Little Rock Missionary Baptist Church"],
    "cath": ["St. Jude Catholic Church", "St. Joseph Catholic Church", "Our Lady of Guadalupe Parish",
             "St. Anne Catholic Church", "Sacred Heart Catholic Church", "Holy Family Catholic Church",
             "St. Thomas More Catholic Church", "Our Lady of Perpetual Help Church", "St. Genevieve Church"],
    "viet": ["Vietnamese Martyrs Catholic Church", "Our Lady of La Vang Mission", "Chua Phuoc Hue Buddhist Temple"],
    "gen": ["Grace Fellowship Church", "Cornerstone Church", "Living Waters Church", "Harvest Community Church",
            "New Life Fellowship", "Crossroads Church", "Christ the King Lutheran Church", "Calvary Chapel",
            "First Baptist Church of {s}", "First United Methodist Church of {s}", "First Presbyterian Church of {s}"],
}
MOVER_ANIMALS = ["Armadillo", "Roadrunner", "Pelican", "Gator", "Javelina", "Longhorn", "Crawfish", "Heron",
                 "Mustang", "Coyote"]
APT_NAMES = ["The Reserve at {p}", "Mission Trails", "Sunrise Villas", "Catalina Foothills Villas", "Bayou Oaks",
             "Magnolia Landing", "Palafox Pointe", "Cypress Cove", "Oak Alley Townhomes", "Las Palmas", "Vista del Sol",
             "Sierra Vista", "Pecan Grove", "Cedar Ridge", "Azalea Gardens", "Coulee Crossing", "Camellia Court",
             "Bay Breeze", "The Lofts at {p}", "{p} Commons", "Desert Springs", "Riverbend", "Canyon View",
             "Heron Pointe", "Saddlebrook", "Willow Creek", "Stonegate", "Park Place at {p}"]
NONPROFIT_FORMS = {
    "BTR": ["Krewe of {x}", "{p} Youth Soccer Assn", "{p} Animal Rescue"],
    "LFT": ["Krewe des {x}", "Krewe of {x}", "{p} Food Pantry", "{p} Quilters Guild"],
    "MOB": ["Mystic Order of the {x}", "Krewe of {x}", "{p} Little League"],
    "PNS": ["Krewe of {x}", "{p} Animal Rescue", "{p} Band Boosters"],
    "SA": ["{p} Little League", "{p} Folklorico Dance Co", "{p} Animal Rescue"],
    "ELP": ["{p} Folklorico", "{p} Little League", "{p} Veterans Assn"],
    "TUS": ["{p} Quilters Guild", "{p} Rodeo Parade Committee", "{p} Animal Rescue"],
    "LCR": ["{p} Chile Festival Committee", "{p} Little League", "{p} Animal Rescue"],
}
KREWE_X = ["Pelicanos", "Azaleas", "Blue Herons", "Gris-Gris", "Chevaliers", "Mirth", "Oyster Kings",
           "Bonne Nuit", "Les Femmes", "Cr\u00e8me Br\u00fbl\u00e9e", "Sea Oats", "Marsh Hens"]
LEGAL_W = [("LLC", 42), ("Inc", 12), ("Inc.", 5), ("L.L.C.", 5), ("Co", 5), ("Corp", 3), ("PLLC", 1), (None, 27)]

NATIONALS = [
    ("Keystone Home Medical", "keystonehm.com", None),
    ("Patriot Records Management", "patriotrm.com", ("660412", "Dallas", "TX", "75266")),
    ("SunCoast Pest Defense", "suncoastpest.com", None),
    ("Brightline Pharma Services", "brightlinepharma.com", ("105331", "Atlanta", "GA", "30348")),
    ("Atlas Field Services", "atlasfieldsvc.com", None),
    ("Crestview Hospice Care", "crestviewhospice.org", ("29150", "Phoenix", "AZ", "85038")),
    ("Vantage Sign & Display", "vantagesign.com", None),
    ("Horizon Wireless Retail", "horizonwr.com", ("305118", "Nashville", "TN", "37230")),
]
GOVS = [
    ("City of San Antonio", "sanantonio.gov", "SA", ["Parks & Recreation", "Library Dept", "Solid Waste Management",
                                                      "Animal Care Services", "Fire Dept"]),
    ("Bexar County", "bexar.org", "SA", ["Elections Dept", "Facilities Management", "Sheriff's Office"]),
    ("City of El Paso", "elpasotexas.gov", "ELP", ["Parks & Recreation", "Museums & Cultural Affairs",
                                                     "Streets & Maintenance", "Library"]),
    ("El Paso County", "epcounty.com", "ELP", ["Elections", "Facilities Management", "Sheriff's Office"]),
    ("City of Tucson", "tucsonaz.gov", "TUS", ["Parks & Recreation", "Housing & Community Development", "Fire Dept"]),
    ("Pima County", "pima.gov", "TUS", ["Elections Dept", "Facilities Management", "Library District"]),
    ("City of Las Cruces", "las-cruces.org", "LCR", ["Parks & Recreation", "Museums", "Utilities"]),
    ("Do\u00f1a Ana County", "donaanacounty.org", "LCR", ["Elections", "Facilities", "Sheriff's Office"]),
    ("East Baton Rouge Parish", "brla.gov", "BTR", ["Library", "Dept of Public Works",
                                                     "Office of Homeland Security", "Registrar of Voters"]),
    ("Lafayette Consolidated Government", "lafayettela.gov", "LFT", ["Parks & Recreation",
                                                                      "Traffic & Transportation", "Public Works"]),
    ("Lafayette Parish School System", "lpssonline.com", "LFT", ["Athletics", "Maintenance", "Child Nutrition"]),
    ("City of Mobile", "cityofmobile.org", "MOB", ["Special Events", "Parks & Recreation", "Police Property & Evidence"]),
    ("Mobile County", "mobilecountyal.gov", "MOB", ["Probate Court", "Revenue Commission", "Public Works"]),
    ("City of Pensacola", "cityofpensacola.com", "PNS", ["Parks & Recreation", "Fire Dept", "Community Redevelopment"]),
    ("Escambia County", "myescambia.com", "PNS", ["Emergency Management", "Facilities Management",
                                                  "Supervisor of Elections"]),
    ("Santa Rosa County", "santarosa.fl.gov", "PNS", ["Extension Office", "Emergency Management"]),
]

FREE_DOMAINS_W = [("gmail.com", 45), ("yahoo.com", 14), ("hotmail.com", 7), ("outlook.com", 5), ("icloud.com", 7),
                  ("aol.com", 3), ("live.com", 2), ("msn.com", 1)]
REGIONAL_DOMAINS = {"SA": ["att.net", "sbcglobal.net"], "ELP": ["att.net", "sbcglobal.net"], "TUS": ["cox.net"],
                    "LCR": ["comcast.net"], "BTR": ["cox.net", "bellsouth.net"], "LFT": ["bellsouth.net", "cox.net"],
                    "MOB": ["bellsouth.net", "att.net"], "PNS": ["cox.net", "bellsouth.net"]}
DOMAIN_TYPOS = {"gmail.com": ["gmial.com", "gmal.com", "gmail.co", "gmail.con", "gnail.com"],
                "yahoo.com": ["yaho.com", "yahoo.co", "yahooo.com"], "hotmail.com": ["hotmial.com", "hotmal.com"],
                "outlook.com": ["outlok.com", "outllook.com"], "icloud.com": ["icoud.com", "icloud.co"],
                "aol.com": ["aol.co", "aol.con"], "att.net": ["att.ner", "at.net"],
                "sbcglobal.net": ["sbcgobal.net", "sbcglobal.com"], "cox.net": ["cox.ner", "cox.com"],
                "bellsouth.net": ["bellsout.net", "belsouth.net"]}
# public / institutional mail domains: a shared one of these is not a shared "firm" domain
PUBLIC_DOMAINS = set(d for d, _ in FREE_DOMAINS_W) | {"att.net", "sbcglobal.net", "cox.net", "bellsouth.net",
                                                     "comcast.net", "me.com", "ymail.com", "charter.net",
                                                     "army.mil", "us.af.mil", "us.navy.mil"}
PUBLIC_DOMAINS |= set(d for d, _ in UNIV.values())
for _v in DOMAIN_TYPOS.values():
    PUBLIC_DOMAINS |= set(_v)

# ====================================================================== normalisation
# (the same rules are re-implemented independently in check.py; see README.txt)
NAME_STOP = {"mr", "mrs", "ms", "miss", "dr", "rev", "fr", "pastor", "sgt", "ssg", "ssgt", "sfc", "spc", "pfc",
             "pvt", "cpl", "cpt", "capt", "lt", "maj", "msgt", "tsgt", "sra", "a1c", "po1", "po2", "cpo", "ens",
             "ltjg", "1sg", "2lt", "cw2", "llc", "inc", "co", "corp", "ltd", "lp", "pllc", "the", "and", "of", "dba"}
STEM_STOP = {"the", "of", "and", "llc", "inc", "co", "corp", "ltd", "lp", "pllc", "incorporated", "company"}
ADDR_ABBR = {"street": "st", "road": "rd", "avenue": "ave", "av": "ave", "boulevard": "blvd", "drive": "dr",
             "lane": "ln", "parkway": "pkwy", "highway": "hwy", "court": "ct", "circle": "cir", "trail": "trl",
             "place": "pl", "thruway": "trwy", "north": "n", "south": "s", "east": "e", "west": "w",
             "northeast": "ne", "northwest": "nw", "southeast": "se", "southwest": "sw", "apartment": "apt",
             "suite": "ste"}
ADDR_DROP = {"n", "s", "e", "w", "ne", "nw", "se", "sw", "st", "rd", "ave", "blvd", "dr", "ln", "pkwy", "hwy",
             "ct", "cir", "trl", "pl", "way", "loop", "trwy"}
ADDR_UNIT = {"apt", "unit", "ste", "#", "lot", "spc", "space", "rm", "room", "bldg", "trlr"}


def sim(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def name_key(s):
    if not s:
        return ""
    s = re.sub(r"\s*\([^()]*\)\s*$", "", s)
    s = fold(s).replace(".", "").replace("'", "")
    toks = [t for t in re.sub(r"[^a-z0-9]+", " ", s).split() if t not in NAME_STOP]
    return " ".join(sorted(toks))


def rec_names(r):
    out = []
    for s in (r["displayName"], r["companyName"]):
        if s:
            k = name_key(s)
            if k and k not in out:
                out.append(k)
    if not out and (r["givenName"] or r["familyName"]):
        out.append(name_key(" ".join(x for x in (r["givenName"], r["familyName"]) if x)))
    return out


def name_score(r1, r2):
    best = 0.0
    for a in rec_names(r1):
        for b in rec_names(r2):
            best = max(best, sim(a, b))
    return best


def city_key(s):
    return alnum(s) if s else ""


def email_key(e):
    if not e:
        return ""
    e = e.strip().casefold()
    return e if re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", e) else ""


def phone_key(p):
    if not p:
        return ""
    p = re.split(r"(?i)x|ext", p)[0]
    d = re.sub(r"\D", "", p)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d if len(d) == 10 else ""


def addr_tokens(s):
    s = fold(s).replace(".", " ").replace(",", " ").replace("#", " # ")
    s = re.sub(r"[^a-z0-9# ]+", " ", s)
    s = re.sub(r"\bp\s*o\s+box\b", "po box", s)
    s = re.sub(r"\bpost office box\b", "po box", s)
    s = re.sub(r"\bpob\b", "po box", s)
    return [ADDR_ABBR.get(t, t) for t in s.split()]


def street_key(a):
    for line in (a.get("line1"), a.get("line2")):
        if not line:
            continue
        t = addr_tokens(line)
        if len(t) >= 3 and t[0] == "po" and t[1] == "box":
            return ("box", t[2])
        if len(t) >= 4 and t[0] in ("unit", "psc", "cmr") and t[2] == "box":
            return ("mil", " ".join(t[:4]))
        if len(t) >= 2 and re.match(r"^\d+[a-z]?$", t[0]):
            rest = []
            for x in t[1:]:
                if x in ADDR_UNIT:
                    break
                rest.append(x)
            core = " ".join(x for x in rest if x not in ADDR_DROP) or " ".join(rest)
            if core:
                return ("st", t[0], core)
    return None


def zip5(a):
    z = a.get("postalCode") or ""
    m = re.match(r"^(\d{5})(?:-\d{4})?$", z.strip())
    return m.group(1) if m else ""


def addr_shared(a, b):
    if not a or not b:
        return False
    ka, kb = street_key(a), street_key(b)
    if not ka or not kb or ka[0] != kb[0]:
        return False
    if ka[0] == "st":
        if ka[1] != kb[1] or sim(ka[2], kb[2]) < 0.8:
            return False
    elif ka != kb:
        return False
    za, zb = zip5(a), zip5(b)
    ca, cb = city_key(a.get("city")), city_key(b.get("city"))
    return bool((za and za == zb) or (ca and ca == cb))


def evidence(r, e):
    out = []
    if email_key(r["email"]) and email_key(r["email"]) == email_key(e["email"]):
        out.append("email")
    if phone_key(r["phone"]) and phone_key(r["phone"]) == phone_key(e["phone"]):
        out.append("phone")
    if addr_shared(r["address"], e["address"]):
        out.append("address")
    return out


def company_stem(c):
    if not c:
        return ""
    s = fold(c)
    s = re.split(r"\s+-\s+|\s+d/?b/?a\s+|\(|#", s)[0]
    s = s.replace(".", "").replace("'", "")
    toks = [t for t in re.sub(r"[^a-z0-9]+", " ", s).split() if t not in STEM_STOP]
    return " ".join(toks[:2])


def email_domain(e):
    k = email_key(e)
    return k.split("@")[1] if k else ""


def shared_with(r, a):
    out = []
    if name_key(r["displayName"]) and name_key(r["displayName"]) == name_key(a["displayName"]):
        out.append("name")
    if r["familyName"] and a["familyName"] and name_key(r["familyName"]) and \
            name_key(r["familyName"]) == name_key(a["familyName"]):
        out.append("family_name")
    if company_stem(r["companyName"]) and company_stem(r["companyName"]) == company_stem(a["companyName"]):
        out.append("company_stem")
    ev = evidence(r, a)
    if "email" in ev:
        out.append("email")
    d = email_domain(r["email"])
    if d and d not in PUBLIC_DOMAINS and d == email_domain(a["email"]):
        out.append("email_domain")
    if "phone" in ev:
        out.append("phone")
    if "address" in ev:
        out.append("address")
    return out


# ====================================================================== registries
USED_EMAIL = set()
USED_PHONE = set()
USED_ADDR = set()
USED_COMPANY = set()
USED_ENTITY = set()


def new_entity():
    while True:
        e = "c%07x" % rng.getrandbits(28)
        if e not in USED_ENTITY:
            USED_ENTITY.add(e)
            return e


def new_phone(area):
    while True:
        ex = rng.randrange(201, 990)
        if ex % 100 == 11 or ex == 555:
            continue
        p = "%s%03d%04d" % (area, ex, rng.randrange(10000))
        if p not in USED_PHONE:
            USED_PHONE.add(p)
            return p


def reg_email(e):
    base_local, dom = e.split("@")
    cand = e
    n = 0
    while cand in USED_EMAIL:
        n += 1
        cand = "%s%d@%s" % (base_local, rng.randrange(2, 99) if n < 5 else rng.randrange(100, 9999), dom)
    USED_EMAIL.add(cand)
    return cand


def free_domain(metro):
    if chance(0.2) and metro in REGIONAL_DOMAINS:
        return pick(REGIONAL_DOMAINS[metro])
    return wpick(FREE_DOMAINS_W)


def person_email(given, family, metro, nick=None, domain=None):
    g = slug(given.split()[0]) or "x"
    f = slug(family.split()[0] if family else "") or "mail"
    if nick:
        g = slug(nick) or g
    yy = "%02d" % rng.randrange(60, 100) if chance(0.5) else "%02d" % rng.randrange(0, 8)
    pat = rng.randrange(11)
    if pat == 0:
        loc = "%s.%s" % (g, f)
    elif pat == 1:
        loc = "%s%s" % (g, f)
    elif pat == 2:
        loc = "%s%s" % (g[0], f)
    elif pat == 3:
        loc = "%s%s%s" % (g, f, yy)
    elif pat == 4:
        loc = "%s_%s" % (g, f)
    elif pat == 5:
        loc = "%s%s%d" % (f, g[0], rng.randrange(1, 99))
    elif pat == 6:
        loc = "%s%s" % (g, yy)
    elif pat == 7:
        loc = "%s.%s%s" % (g, f, yy)
    elif pat == 8:
        loc = "%s%s%s" % (g[0], f, yy)
    elif pat == 9:
        pre = ["mz", "lil", "big", "the", "mr", "its"] + (["tx", "desert", "915", "210", "az"] if metro in SW_METROS
                                                           else ["cajun", "nola", "gulf", "bama", "geaux"])
        loc = "%s%s" % (pick(pre), g)
    else:
        loc = "%s.%s.%d" % (g, f, rng.randrange(1, 9))
    return reg_email("%s@%s" % (loc, domain or free_domain(metro)))


def metro_area(metro, city=None):
    for p in PLACES:
        if p[4] == metro and (city is None or p[0] == city):
            return pick(p[3])
    return pick([p for p in PLACES if p[4] == metro][0][3])


def place_of(city, region):
    for p in PLACES:
        if p[0] == city and p[1] == region:
            return p
    return None


def pick_place(metro, klass=("core", "sub")):
    return wpick([(p, p[5] if p[5] else 1) for p in PLACES if p[4] == metro and p[6] in klass])


def street_for(metro, residential=True):
    if residential and chance(0.55):
        return parse_street(pick(RES_SW if metro in SW_METROS else RES_GULF))
    return parse_street(pick(ARTERIALS[metro]))


def mk_street_addr(city, region, zipc, street, unit=None, commercial=False):
    while True:
        if commercial:
            num = str(rng.randrange(100, 9999))
        else:
            num = str(rng.choice([rng.randrange(100, 999), rng.randrange(1000, 9999), rng.randrange(10000, 26000)]))
        key = (num, street[1], city)
        if key not in USED_ADDR:
            USED_ADDR.add(key)
            break
    return {"type": "street", "num": num, "pre": street[0], "name": street[1], "typ": street[2], "unit": unit,
            "co": None, "hotel": None, "city": city, "region": region, "zip": zipc,
            "zip4": "%04d" % rng.randrange(1, 9999)}


def apt_unit():
    r = rng.randrange(5)
    if r == 0:
        return "Apt %d" % rng.randrange(101, 2400)
    if r == 1:
        return "Apt %s%d" % (pick("ABCDEFGH"), rng.randrange(1, 30))
    if r == 2:
        return "#%d" % rng.randrange(100, 1500)
    if r == 3:
        return "Apt %d" % rng.randrange(1, 40)
    return "Unit %d" % rng.randrange(1, 300)


def local_address(metro, residential=True, place=None, unit_p=0.28, commercial=False):
    p = place or pick_place(metro)
    st = street_for(metro, residential and not commercial)
    unit = None
    if commercial and chance(0.5):
        unit = "Ste %d" % rng.choice([rng.randrange(100, 500), rng.randrange(1, 20)])
    elif not commercial and chance(unit_p):
        unit = apt_unit()
    return mk_street_addr(p[0], p[1], pick(p[2]), st, unit, commercial)


def far_address(place_tuple, unit_p=0.2):
    city, region, zipc, _area = place_tuple
    st = parse_street(pick(RES_US))
    return mk_street_addr(city, region, zipc, st, apt_unit() if chance(unit_p) else None)


def pobox_address(metro, place=None):
    p = place or pick_place(metro)
    return {"type": "pobox", "box": str(rng.choice([rng.randrange(1, 999), rng.randrange(1000, 99999)])),
            "city": p[0], "region": p[1], "zip": pick(p[2]), "zip4": None, "unit": None, "co": None, "hotel": None}


def mil_address():
    city, region, zipc = pick(APO)
    r = rng.randrange(3)
    if r == 0:
        line = "Unit %d Box %d" % (rng.randrange(2000, 9999), rng.randrange(1, 999))
    elif r == 1:
        line = "PSC %d Box %d" % (rng.randrange(100, 999), rng.randrange(1, 9999))
    else:
        line = "CMR %d Box %d" % (rng.randrange(400, 499), rng.randrange(1, 9999))
    return {"type": "mil", "line": line, "city": city, "region": region, "zip": zipc, "zip4": None,
            "unit": None, "co": None, "hotel": None}


# ====================================================================== people
MID_M = ["Lee", "Wayne", "Ray", "Dale", "Allen", "James", "Edward", "Paul", "Joseph", "Michael", "Dean", "Scott"]
MID_F = ["Ann", "Marie", "Lynn", "Renee", "Jo", "Elizabeth", "Michelle", "Kay", "Louise", "Nicole", "Rose", "Dawn"]


def pick_given(eth, gender, young=False):
    m = gender == "m"
    if young:
        if eth == "hisp" and chance(0.6):
            return pick(YOUNG_HISP_M if m else YOUNG_HISP_F)
        return pick(YOUNG_M if m else YOUNG_F)
    if eth == "hisp":
        if chance(0.12):
            return pick(HISP_COMPOUND_M if m else HISP_COMPOUND_F)
        return pick(HISP_M if m else HISP_F) if chance(0.85) else pick(ANGLO_M if m else ANGLO_F)
    if eth == "viet":
        return pick(VIET_AM_M if m else VIET_AM_F) if chance(0.3) else pick(VIET_M if m else VIET_F)
    if eth == "cajun":
        return pick(CAJUN_M if m else CAJUN_F) if chance(0.5) else pick(ANGLO_M if m else ANGLO_F)
    if eth == "creole":
        r = rng.random()
        if r < 0.35:
            return pick(CREOLE_GIVEN_M if m else CREOLE_GIVEN_F)
        if r < 0.6:
            return pick(BLACK_M if m else BLACK_F)
        return pick(ANGLO_M if m else ANGLO_F)
    if eth == "black":
        return pick(BLACK_M if m else BLACK_F) if chance(0.5) else pick(ANGLO_M if m else ANGLO_F)
    return pick(ANGLO_M if m else ANGLO_F)


def pick_family(eth):
    if eth == "hisp":
        a = pick(HISP_SUR)
        if chance(0.14) and " " not in a:
            b = pick(HISP_SUR)
            if b != a and " " not in b:
                return a + " " + b
        return a
    if eth == "viet":
        return pick(VIET_SUR)
    if eth == "cajun":
        return pick(CAJUN_SUR)
    if eth == "creole":
        return pick(CREOLE_SUR) if chance(0.6) else pick(CAJUN_SUR)
    if eth == "black":
        return pick(BLACK_SUR) if chance(0.6) else pick(ANGLO_SUR)
    return pick(ANGLO_SUR)


def pick_middle(eth, gender):
    m = gender == "m"
    if eth == "viet":
        if chance(0.7):
            return "Van" if m else "Thi"
        return pick(VIET_M if m else VIET_F) if chance(0.5) else None
    if eth == "hisp":
        return pick(HISP_M if m else HISP_F) if chance(0.25) else None
    if eth in ("cajun", "creole") and chance(0.3):
        return "Joseph" if m else "Marie"
    return pick(MID_M if m else MID_F) if chance(0.45) else None


def new_person_name(eth, gender, young=False):
    return pick_given(eth, gender, young), pick_family(eth)


def mil_branch(metro, city):
    if metro == "PNS":
        return "navy"
    if metro in ("TUS", "MOB") or city == "JBSA Lackland":
        return "af"
    return "army"


def make_person(kind, metro, eth=None, gender=None, young=False):
    eth = eth or wpick(ETH_W[metro])
    gender = gender or pick("mf")
    given, family = new_person_name(eth, gender, young or kind == "student")
    t = {"party": "person", "kind": kind, "metro": metro, "eth": eth, "gender": gender, "given": given,
         "middle": pick_middle(eth, gender), "family": family, "suffix": None, "title": None, "spouse": None,
         "joint": False, "show_middle": False, "order": None, "disp_extra": None, "branch": None,
         "email": None, "phone": None, "address": None}
    if gender == "m" and kind in ("tenant", "military", "joint_lease") and chance(0.05):
        t["suffix"] = wpick([("Jr.", 60), ("Sr.", 25), ("III", 10), ("II", 5)])
    if kind == "joint_lease":
        t["spouse"] = pick_given(eth, "f" if gender == "m" else "m")
        t["joint"] = True
    elif kind in ("tenant", "military", "snowbird") and chance(0.4):
        t["spouse"] = pick_given(eth, "f" if gender == "m" else "m")
    area = None
    dom = None
    if kind in ("tenant", "joint_lease"):
        t["address"] = local_address(metro)
    elif kind == "military":
        r = rng.random()
        if r < 0.42 and any(p[4] == metro and p[6] == "mil" for p in PLACES):
            p = pick_place(metro, ("mil",))
            t["address"] = mk_street_addr(p[0], p[1], pick(p[2]), parse_street(pick(BASE_STREETS)))
        elif r < 0.88:
            t["address"] = local_address(metro)
        else:
            t["address"] = mil_address()
        t["branch"] = mil_branch(metro, t["address"]["city"])
        if chance(0.45):
            area = pick(MIL_AREAS)
        if chance(0.22):
            mi = (t["middle"] or pick("ABCDEJKLMRST"))[0].lower()
            dom = {"army": "army.mil", "af": "us.af.mil", "navy": "us.navy.mil"}[t["branch"]]
            t["email"] = reg_email("%s.%s.%s.mil@%s" % (slug(given.split()[0]), mi, slug(family.split()[0]), dom))
    elif kind == "student":
        if chance(0.5):
            p = place_of(METRO_CORE[metro], {"SA": "TX", "ELP": "TX", "TUS": "AZ", "LCR": "NM", "BTR": "LA",
                                            "LFT": "LA", "MOB": "AL", "PNS": "FL"}[metro])
            t["address"] = mk_street_addr(p[0], p[1], UNIV[metro][1], street_for(metro), apt_unit())
        else:
            h = pick(STUDENT_HOME)
            t["address"] = far_address(h, 0.1)
            if chance(0.6):
                area = h[3]
        if chance(0.45):
            u = UNIV[metro][0]
            if u == "utsa.edu" or chance(0.2):
                loc = "%s%s%03d" % (slug(given)[0], slug(family)[0], rng.randrange(100, 999))
                loc = pick("abcdefghjkmnprstwxyz") + loc
            else:
                loc = "%s%s%d" % (slug(given.split()[0])[0], slug(family.split()[0]), rng.randrange(1, 99))
            t["email"] = reg_email("%s@%s" % (loc, u))
    elif kind == "snowbird":
        if chance(0.7):
            h = pick(SNOWBIRD_HOME)
            t["address"] = far_address(h, 0.05)
            area = h[3]
        else:
            p = pick_place(metro)
            a = local_address(metro, place=p, unit_p=0)
            a["hotel"] = pick(RV_PARKS)
            a["unit"] = pick(["Lot %d", "Spc %d", "Site %d"]) % rng.randrange(1, 240)
            t["address"] = a
            area = pick(SNOWBIRD_HOME)[3] if chance(0.7) else None
        if chance(0.35):
            dom = pick(["aol.com", "yahoo.com", "comcast.net", "charter.net", "msn.com"])
    elif kind == "between_homes":
        r = rng.random()
        if r < 0.4:
            t["address"] = pobox_address(metro)
        elif r < 0.65:
            a = local_address(metro, residential=False, unit_p=0)
            a["hotel"] = pick(HOTELS)
            a["unit"] = "Rm %d" % rng.choice([rng.randrange(101, 140), rng.randrange(201, 240), rng.randrange(301, 330)])
            t["address"] = a
        else:
            a = local_address(metro, unit_p=0.1)
            cg, cf = new_person_name(t["eth"], pick("mf"))
            a["co"] = "%s %s" % (cg, cf if chance(0.6) else t["family"])
            t["address"] = a
    if not t["email"]:
        t["email"] = person_email(given, family, metro, domain=dom)
    t["phone"] = new_phone(area or metro_area(metro, t["address"]["city"] if place_of(t["address"]["city"], t["address"]["region"]) else None))
    return t


# ====================================================================== organisations
def compose_company(t):
    s = t["core"]
    if t.get("legal"):
        s += ("," if t.get("comma") else "") + " " + t["legal"]
    if t.get("dba"):
        s += t.get("dba_fmt", " dba ") + t["dba"]
    return s


def company_free(core):
    k = alnum(core)
    if k in USED_COMPANY:
        return False
    return True


def org_domain_email(t, core, tld=".com", local=None):
    words = [w for w in re.sub(r"[^a-z0-9 ]", " ", fold(core)).split() if w not in ("the", "of", "and", "llc", "inc")]
    base = "".join(words[:3]) if len(words) > 1 else words[0] + pick(["co", "tx", "llc", "services", ""])
    if len(base) > 22:
        base = "".join(words[:2])
    if len(base) > 22:
        base = words[0] + words[1][:4]
    dom = base + tld
    if local is None:
        local = pick(["info", "office", "billing", "admin", "accounts", slug(t["cg"]),
                      slug(t["cg"])[0] + slug(t["cf"].split()[0])])
    return reg_email("%s@%s" % (local, dom))


def org_free_email(t, core):
    words = [w for w in re.sub(r"[^a-z0-9 ]", " ", fold(core)).split() if w not in ("the", "of", "and")]
    loc = "".join(words[:3])[:24] + pick(["", "", ".llc", "tx", str(rng.randrange(1, 99)), "inc"])
    return reg_email("%s@%s" % (loc, wpick(FREE_DOMAINS_W)))


def base_org(kind, metro):
    eth = wpick(ETH_W[metro])
    g = pick("mf")
    cg, cf = new_person_name(eth, g)
    return {"party": "org", "kind": kind, "metro": metro, "core": None, "legal": None, "comma": False, "dba": None,
            "dba_fmt": " dba ", "cg": cg, "cf": cf, "cgender": g, "ceth": eth, "email": None, "phone": None,
            "address": None, "home_based": False, "national": None, "gov": None, "dept": None}


def unique_core(fn, tries=40):
    for _ in range(tries):
        c = fn()
        if company_free(c):
            return c
    return None


def make_org(kind, metro):
    t = base_org(kind, metro)
    pre = ORG_PREFIX[metro]
    cf0 = t["cf"].split()[0]
    if kind == "contractor":
        def fn():
            r = rng.random()
            tr = pick(TRADES)
            if r < 0.5:
                return "%s %s" % (pick(pre), tr)
            if r < 0.72:
                return "%s %s" % (cf0, tr)
            if r < 0.8:
                return "%s & Sons %s" % (cf0, tr)
            if r < 0.9:
                return "%s&%s %s" % (pick("ABCDGJKMRT"), pick("ABCDGJKLMRST"), tr)
            return "%s's %s" % (t["cg"].split()[0], tr)
        t["core"] = unique_core(fn)
        t["legal"] = wpick(LEGAL_W)
        if chance(0.2):
            t["dba"] = t["core"]
            t["core"] = "%s %s" % (cf0, pick(["Enterprises", "Holdings", "Contracting", "Construction"]))
            t["legal"] = pick(["LLC", "Inc", "LLC"])
            t["dba_fmt"] = pick([" dba ", " DBA ", " d/b/a ", " D/B/A "])
        t["home_based"] = chance(0.5)
    elif kind == "small_business":
        def fn():
            r = rng.random()
            if metro in ("SA", "ELP", "TUS", "LCR") and r < 0.16:
                return pick(SMALL_BIZ_SPANISH)
            if metro in ("MOB", "BTR", "PNS", "LFT") and r < 0.1:
                return pick(SMALL_BIZ_VIET)
            thing = pick(SMALL_BIZ + SMALL_BIZ_LOCAL[metro])
            if r < 0.8:
                return "%s %s" % (pick(pre), thing)
            return "%s's %s" % (t["cg"].split()[0], thing)
        t["core"] = unique_core(fn)
        t["legal"] = wpick(LEGAL_W)
        if chance(0.12):
            t["dba"] = t["core"]
            t["core"] = "%s %s" % (cf0, pick(["Enterprises", "Holdings", "Group", "Ventures"]))
            t["legal"] = pick(["LLC", "Inc", "LLC"])
            t["dba_fmt"] = pick([" dba ", " DBA ", " d/b/a ", " D/B/A "])
        t["home_based"] = chance(0.4)
    elif kind == "realtor":
        def fn():
            return pick(REALTOR_FORMS).format(p=pick(pre), f=cf0, g=t["cg"].split()[0])
        t["core"] = unique_core(fn)
        t["legal"] = wpick([("LLC", 50), ("Inc", 10), (None, 40)])
        t["home_based"] = chance(0.3)
    elif kind == "church":
        sw = metro in ("SA", "ELP", "TUS", "LCR")
        p = pick_place(metro)

        def fn():
            if sw:
                grp = wpick([("hisp", 35), ("cath", 30), ("gen", 25), ("black", 10)])
            else:
                grp = wpick([("black", 40), ("cath", 25), ("gen", 25), ("viet", 10 if metro in ("MOB", "BTR") else 2)])
            return pick(CHURCH_NAMES[grp]).format(s=p[0])
        c = unique_core(fn, 15)
        if c is None:
            c = unique_core(lambda: "%s of %s" % (pick(CHURCH_NAMES["cath"] + CHURCH_NAMES["gen"][:8]), pick_place(metro)[0]))
        t["core"] = c
        t["cg"] = t["cg"]
        t["church_title"] = pick(["Pastor", "Rev.", "Fr.", "Deacon", None, None])
    elif kind == "moving_company":
        def fn():
            r = rng.random()
            if r < 0.3:
                return "%s Movers" % pick(pre)
            if r < 0.5:
                return "%s Moving & Storage" % pick(pre)
            if r < 0.65:
                return "%s Moving Co" % cf0
            if r < 0.85:
                return "%s Movers" % pick(MOVER_ANIMALS)
            return "Two %ss Moving" % pick(MOVER_ANIMALS)
        t["core"] = unique_core(fn)
        t["legal"] = wpick([("LLC", 60), ("Inc", 15), (None, 25)])
    elif kind == "apartment_complex":
        def fn():
            n = pick(APT_NAMES).format(p=pick(pre))
            if not any(w in n for w in ("Townhomes", "Villas", "Lofts", "Commons", "Place")) and chance(0.75):
                n += " Apartments"
            return n
        t["core"] = unique_core(fn)
        t["legal"] = wpick([("LLC", 25), ("LP", 10), (None, 65)])
    elif kind == "nonprofit":
        def fn():
            return pick(NONPROFIT_FORMS[metro]).format(p=pick(pre + [pick_place(metro)[0]]), x=pick(KREWE_X))
        t["core"] = unique_core(fn)
        t["legal"] = wpick([("Inc", 40), (None, 60)])
    elif kind == "estate":
        deth = t["ceth"]
        dg = pick_given(deth, pick("mf"))
        df = t["cf"] if chance(0.55) else pick_family(deth)
        t["deceased"] = (dg, df)
        form = wpick([("Estate of {g} {f}", 60), ("Estate of {g} {m}. {f}", 15), ("{g} {f} Estate", 15),
                      ("The Estate of {g} {f}", 10)])
        t["core"] = form.format(g=dg, f=df, m=pick("ABCDEFGHJLMRSTW"))
    USED_COMPANY.add(alnum(t["core"]))
    ceth = None
    if t["core"] in CHURCH_NAMES["hisp"] or t["core"] in SMALL_BIZ_SPANISH:
        ceth = "hisp"
    elif t["core"] in CHURCH_NAMES["viet"] or t["core"] in SMALL_BIZ_VIET:
        ceth = "viet"
    elif t["core"] in CHURCH_NAMES["black"]:
        ceth = "black"
    if ceth and kind != "estate":
        t["ceth"] = ceth
        t["cg"], t["cf"] = new_person_name(ceth, t["cgender"])
    # contact data
    if kind in ("estate",):
        t["email"] = person_email(t["cg"], t["cf"], metro)
        t["phone"] = new_phone(metro_area(metro))
        t["address"] = local_address(metro) if chance(0.8) else far_address(pick(STUDENT_HOME + SNOWBIRD_HOME))
    else:
        if kind in ("contractor", "small_business", "moving_company", "nonprofit") and chance(0.4):
            t["email"] = org_free_email(t, t["dba"] or t["core"])
        else:
            tld = ".org" if kind in ("church", "nonprofit") else pick([".com", ".com", ".com", ".net"])
            t["email"] = org_domain_email(t, t["dba"] or t["core"], tld)
        p = pick_place(metro)
        t["phone"] = new_phone(pick(p[3]))
        if t["home_based"]:
            t["address"] = local_address(metro, place=p)
        else:
            t["address"] = local_address(metro, residential=False, place=p, commercial=True)
            if kind in ("church", "apartment_complex"):
                t["address"]["unit"] = None
    return t


def make_branch(nat, metro):
    name, domain, central = nat
    t = base_org("national_branch", metro)
    t["core"] = "%s - %s" % (name, METRO_CORE[metro])
    t["national"] = name
    USED_COMPANY.add(alnum(t["core"]))
    p = place_of(METRO_CORE[metro], {"SA": "TX", "ELP": "TX", "TUS": "AZ", "LCR": "NM", "BTR": "LA", "LFT": "LA",
                                     "MOB": "AL", "PNS": "FL"}[metro])
    t["phone"] = new_phone(pick(p[3]))
    if central:
        box, city, region, z = central
        t["address"] = {"type": "pobox", "box": box, "city": city, "region": region, "zip": z, "zip4": None,
                        "unit": None, "co": None, "hotel": None}
        t["email"] = "ap@" + domain
        USED_EMAIL.add(t["email"])
    else:
        t["address"] = local_address(metro, residential=False, place=p, commercial=True)
        if chance(0.5):
            t["email"] = reg_email("%s@%s" % (slug(METRO_CORE[metro]), domain))
        else:
            t["email"] = reg_email("%s.%s@%s" % (slug(t["cg"].split()[0]), slug(t["cf"].split()[0]), domain))
    return t


def make_dept(gov, dept, admin):
    name, domain, metro, _ = gov
    t = base_org("government", metro)
    t["core"] = "%s - %s" % (name, dept)
    t["gov"] = name
    t["dept"] = dept
    USED_COMPANY.add(alnum(t["core"]))
    words = [w for w in re.sub(r"[^a-z ]", " ", fold(dept)).split() if w not in ("of", "and", "dept")]
    t["email"] = reg_email("%s@%s" % (pick(["".join(words)[:16], words[0] + ".storage", slug(t["cg"])[0] + slug(t["cf"].split()[0])]), domain))
    t["phone"] = admin["phone"] if chance(0.25) else new_phone(metro_area(metro))
    t["address"] = clone(admin["address"]) if chance(0.5) else local_address(metro, residential=False, commercial=True)
    return t


# ====================================================================== rendering
def base_style(src):
    return {"src": src, "upper": False, "lower": False, "accents": True, "fmt": "gf", "show_middle": False,
            "full_middle": False, "joint_sep": "&", "phone_fmt": "dash", "has_email": True, "has_phone": True,
            "has_addr": True, "addr_mode": "full", "spell_type": False, "spell_dir": False, "inline_unit": False,
            "zip4": False, "region_full": False, "country": "US", "pobox_fmt": "PO Box {}", "email_upper": False,
            "email_cap": False, "disp_leak": None, "line2_leak": None, "leak_kind": None, "company_wrong": None,
            "contact_as_name": False, "show_contact": True, "qdisp_core": False, "disp_dba": False, "ext": None}


def fmt_phone(p, f):
    a, e, n = p[:3], p[3:6], p[6:]
    return {"paren": "(%s) %s-%s" % (a, e, n), "paren_nospace": "(%s)%s-%s" % (a, e, n), "dash": "%s-%s-%s" % (a, e, n),
            "dot": "%s.%s.%s" % (a, e, n), "digits": p, "plus1": "+1 %s-%s-%s" % (a, e, n),
            "space": "%s %s %s" % (a, e, n), "one_dash": "1-%s-%s-%s" % (a, e, n)}[f]


def storage_unit():
    r = rng.randrange(4)
    if r == 0:
        return "%s%d" % (pick("ABCDEFGH"), rng.randrange(100, 399))
    if r == 1:
        return "%s-%d" % (pick("ABCDEF"), rng.randrange(1, 140))
    if r == 2:
        return "%d" % rng.randrange(1001, 3999)
    return "%s%02d" % (pick(["RV", "BT", "P"]), rng.randrange(1, 80))


def render_addr(a, st, tag, acc, C):
    out = {"line1": None, "line2": None, "city": None, "region": None, "postalCode": None, "country": None}
    if st["addr_mode"] != "city_only":
        line2 = None
        if a["type"] == "street":
            parts = [a["num"]]
            if a["pre"]:
                parts.append(DIRS[a["pre"]] if st["spell_dir"] else a["pre"])
            parts.append(acc(a["name"]))
            if a["typ"]:
                parts.append(TYPES[a["typ"]] if st["spell_type"] else a["typ"])
            line1 = " ".join(parts)
            if (st["spell_type"] and a["typ"] and a["typ"] != "Way" and a["typ"] != "Loop") or (st["spell_dir"] and a["pre"]):
                tag("address.line1", "abbrev")
            l2 = []
            if a.get("co"):
                l2.append("c/o " + acc(a["co"]))
            if a.get("hotel"):
                l2.append(a["hotel"])
            if a.get("unit"):
                l2.append(a["unit"])
            line2 = " ".join(l2) if l2 else None
            if st["inline_unit"] and a.get("unit") and not a.get("co") and not a.get("hotel"):
                line1 += " " + a["unit"]
                line2 = None
                tag("address.line1", "inline_unit")
                tag("address.line2", "inline_unit")
        elif a["type"] == "pobox":
            line1 = st["pobox_fmt"].format(a["box"])
            tag("address.line1", "format")
        else:
            line1 = a["line"]
        out["line1"] = C(line1)
        out["line2"] = C(line2) if line2 else None
    else:
        tag("address.line1", "missing")
        tag("address.line2", "missing")
    out["city"] = C(acc(a["city"]))
    region = a["region"]
    if st["region_full"] and region in STATE_FULL:
        region = C(STATE_FULL[region])
        tag("address.region", "region_name")
    out["region"] = region
    z = a["zip"]
    if st["zip4"] and a.get("zip4"):
        z = z + "-" + a["zip4"]
        tag("address.postalCode", "zip4")
    out["postalCode"] = z
    out["country"] = st["country"]
    return out


def render(t, st):
    tags = {}

    def tag(f, w):
        tags.setdefault(f, [])
        if w not in tags[f]:
            tags[f].append(w)

    if st["accents"]:
        def acc(s):
            return s
    else:
        def acc(s):
            return strip_acc(s) if s else s
    if st["upper"]:
        def C(s):
            return s.upper() if s else s
    elif st["lower"]:
        def C(s):
            return s.lower() if s else s
    else:
        def C(s):
            return s
    rec = {"displayName": None, "givenName": None, "familyName": None, "companyName": None, "email": None,
           "phone": None, "address": None}
    if t["party"] == "person":
        g = acc(t["given"])
        f = acc(t["family"])
        sp = acc(t["spouse"]) if t.get("joint") and t.get("spouse") else None
        mid = t.get("middle")
        midtxt = None
        if mid and (st["show_middle"] or t.get("show_middle")):
            if st["full_middle"]:
                midtxt = acc(mid)
                tag("displayName", "full_legal_name")
            else:
                midtxt = acc(mid)[0] + ("." if st["fmt"] == "gf" else "")
                tag("displayName", "middle_name")
        suffix = t.get("suffix")
        title = t.get("title")
        fmt = st["fmt"]
        family = f
        if fmt == "first":
            disp = g
            family = None
            tag("displayName", "first_name_only")
            tag("familyName", "first_name_only")
        elif t.get("order") == "fg":
            disp = " ".join([f] + ([midtxt] if midtxt else []) + [g])
        elif fmt == "lf":
            right = g + ((" %s %s" % (st["joint_sep"], sp)) if sp else "") + ((" " + midtxt) if midtxt else "")
            if title:
                right = title + " " + right
            disp = f + ", " + right + ((" " + suffix) if suffix else "")
            tag("displayName", "reorder")
        else:
            parts = ([title] if title else []) + [g] + ([st["joint_sep"], sp] if sp else []) + \
                    ([midtxt] if midtxt else []) + [f] + ([suffix] if suffix else [])
            disp = " ".join(parts)
            if sp:
                tag("displayName", "joint_names")
        if t.get("disp_extra") and fmt != "first":
            disp += " " + t["disp_extra"]
        rec["displayName"] = C(disp)
        rec["givenName"] = C(g)
        rec["familyName"] = C(family) if family else None
        if st["company_wrong"]:
            rec["companyName"] = st["company_wrong"]
            tag("companyName", "wrong_field")
    else:
        comp = acc(compose_company(t))
        disp = comp
        if st["src"] == "qbo":
            if st["qdisp_core"] and t.get("legal"):
                disp = acc(t["core"])
            if st["disp_dba"] and t.get("dba"):
                disp = acc(t["dba"])
        cg = acc(t["cg"]) if t.get("cg") else None
        cf = acc(t["cf"]) if t.get("cf") else None
        if st["contact_as_name"] and cg and cf:
            disp = "%s, %s" % (cf, cg)
            tag("displayName", "contact_as_name")
        rec["displayName"] = C(disp)
        rec["companyName"] = C(comp)
        if st["show_contact"] and cg and cf:
            rec["givenName"] = C(cg)
            rec["familyName"] = C(cf)
    if st["has_email"] and t.get("email") and not t.get("email_off"):
        e = t["email"]
        if st["email_upper"]:
            e = e.upper()
        elif st["email_cap"]:
            e = e[0].upper() + e[1:]
        rec["email"] = e
    if st["has_phone"] and t.get("phone") and not t.get("phone_off"):
        rec["phone"] = fmt_phone(t["phone"], st["phone_fmt"]) + ((" x" + st["ext"]) if st["ext"] else "")
    if st["has_addr"] and t.get("address") and not t.get("addr_off"):
        rec["address"] = render_addr(t["address"], st, tag, acc, C)
    if st["disp_leak"]:
        rec["displayName"] = rec["displayName"] + " " + st["disp_leak"]
        tag("displayName", "unit_leak")
    if st["line2_leak"] and rec["address"] is not None and st["addr_mode"] != "city_only":
        a = rec["address"]
        a["line2"] = st["line2_leak"] if not a["line2"] else a["line2"] + " " + st["line2_leak"]
        tag("address.line2", st["leak_kind"])
    return rec, tags


def qbo_style(t):
    st = base_style("qbo")
    person = t["party"] == "person"
    st["accents"] = chance(0.35)
    st["phone_fmt"] = wpick([("paren", 75), ("dash", 20), ("dot", 5)])
    if person:
        f = wpick([("gf", 92), ("lf", 5), ("up", 3)])
        if f == "up":
            st["upper"] = True
        else:
            st["fmt"] = f
        st["show_middle"] = chance(0.08)
        st["joint_sep"] = "&" if chance(0.7) else "and"
    else:
        st["show_contact"] = chance(0.7)
        st["qdisp_core"] = chance(0.15)
        st["disp_dba"] = chance(0.3)
        if chance(0.1):
            st["ext"] = str(rng.randrange(10, 400))
    st["zip4"] = chance(0.15)
    st["country"] = "US"
    pe, pp, pa = (0.78, 0.93, 0.9) if person else (0.85, 0.95, 0.92)
    st["has_email"] = chance(pe)
    st["has_phone"] = chance(pp)
    st["has_addr"] = chance(pa)
    if t.get("kind") in ("between_homes",) or (t.get("address") and t["address"]["type"] == "mil"):
        st["has_addr"] = True
    if not (st["has_email"] or st["has_phone"] or st["has_addr"]):
        st["has_addr"] = True
    return st


def sample_style(src, t, nc=False, hn=False):
    st = base_style(src)
    person = t["party"] == "person"
    if src == "fms":
        st["upper"] = chance(0.55)
        st["fmt"] = "lf" if chance(0.8) else "gf"
        st["show_middle"] = chance(0.3)
        st["accents"] = chance(0.2)
        st["phone_fmt"] = wpick([("paren_nospace", 45), ("dash", 40), ("digits", 15)])
        st["has_email"] = chance(0.85)
        st["has_phone"] = chance(0.97)
        st["has_addr"] = chance(0.96)
        st["country"] = "US" if chance(0.5) else None
        st["email_upper"] = st["upper"] and chance(0.5)
        u = storage_unit()
        r = rng.random()
        if r < 0.10 and not hn:
            st["disp_leak"] = pick(["#" + u, "- UNIT " + u, "U" + u, "#" + u + " LIEN"])
        elif r < 0.30:
            st["line2_leak"] = pick(["UNIT " + u, "Unit " + u, "UNIT# " + u])
            st["leak_kind"] = "unit_leak"
        elif r < 0.37:
            st["line2_leak"] = pick(["GATE %04d", "Gate code %04d", "GC %04d"]) % rng.randrange(10000)
            st["leak_kind"] = "gate_leak"
        if person and chance(0.22 if t["kind"] == "military" else 0.07):
            mil = {"army": ["US ARMY", "ARMY", "MILITARY"], "af": ["USAF", "AIR FORCE", "MILITARY"],
                   "navy": ["USN", "US NAVY", "MILITARY"]}.get(t.get("branch") or "", [])
            st["company_wrong"] = pick(mil if mil and chance(0.7) else ["SELF", "N/A", "NONE", "PERSONAL"])
        if not person:
            st["contact_as_name"] = chance(0.35)
    elif src == "portal":
        r = rng.random()
        st["lower"] = r < 0.12
        st["upper"] = 0.12 <= r < 0.15
        st["accents"] = chance(0.6)
        st["phone_fmt"] = wpick([("digits", 50), ("paren", 20), ("dash", 30)])
        st["has_phone"] = chance(0.97)
        st["has_addr"] = chance(0.93)
        st["inline_unit"] = chance(0.4)
        st["spell_type"] = chance(0.35)
        st["spell_dir"] = chance(0.3)
        st["region_full"] = chance(0.25)
        st["zip4"] = chance(0.05)
        st["country"] = wpick([("US", 30), ("USA", 20), ("United States", 30), (None, 20)])
        st["email_cap"] = chance(0.1)
        st["pobox_fmt"] = pick(["PO Box {}", "P.O. Box {}", "po box {}", "P O Box {}"])
    elif src == "kiosk":
        st["upper"] = chance(0.9)
        st["accents"] = False
        st["fmt"] = "first" if (person and not nc and not hn and chance(0.3)) else "gf"
        st["phone_fmt"] = "digits"
        st["has_email"] = chance(0.65)
        st["email_upper"] = st["upper"] and chance(0.8)
        st["has_addr"] = nc or chance(0.45)
        st["country"] = None
        st["pobox_fmt"] = "PO BOX {}"
    elif src == "truck":
        st["upper"] = chance(0.8)
        st["accents"] = chance(0.3)
        st["show_middle"] = True
        st["full_middle"] = True
        st["phone_fmt"] = wpick([("plus1", 30), ("space", 30), ("paren", 40)])
        st["has_email"] = chance(0.5)
        st["has_addr"] = chance(0.95)
        st["country"] = "USA" if chance(0.7) else None
        st["pobox_fmt"] = "PO BOX {}"
    elif src == "crm":
        st["accents"] = chance(0.1)
        st["phone_fmt"] = wpick([("dot", 40), ("dash", 60)])
        st["has_email"] = chance(0.6)
        st["addr_mode"] = "full" if chance(0.6) else "city_only"
        st["country"] = None
        st["pobox_fmt"] = "P.O. Box {}"
    if nc:
        st["has_addr"] = True
    return st


def choose_source(t):
    if t["party"] == "person":
        return wpick([("fms", 30), ("portal", 25), ("kiosk", 15), ("truck", 12), ("crm", 18)])
    if t["kind"] in ("moving_company", "contractor"):
        return wpick([("fms", 28), ("portal", 22), ("truck", 28), ("crm", 22)])
    return wpick([("fms", 32), ("portal", 28), ("truck", 12), ("crm", 28)])


# ====================================================================== noise
KEYB = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def kb_neighbors(c):
    for r, row in enumerate(KEYB):
        i = row.find(c)
        if i >= 0:
            out = []
            if i > 0:
                out.append(row[i - 1])
            if i + 1 < len(row):
                out.append(row[i + 1])
            for rr in (r - 1, r + 1):
                if 0 <= rr < 3 and i < len(KEYB[rr]):
                    out.append(KEYB[rr][i])
            return out
    return []


def typo(s, min_pos=1):
    for _ in range(30):
        pos = [i for i, c in enumerate(s) if c.isalpha() and i >= min_pos]
        if not pos:
            return s
        i = pick(pos)
        k = rng.randrange(4)
        if k == 0 and len(s) > 3:
            r = s[:i] + s[i + 1:]
        elif k == 1:
            r = s[:i] + s[i] + s[i:]
        elif k == 2 and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != s[i]:
            r = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        else:
            nb = kb_neighbors(strip_acc(s[i]).lower())
            if not nb:
                continue
            n = pick(nb)
            r = s[:i] + (n.upper() if s[i].isupper() else n) + s[i + 1:]
        if r != s:
            return r
    return s


def email_typo(e):
    local, dom = e.split("@", 1)
    r = rng.random()
    if dom in DOMAIN_TYPOS and r < 0.45:
        return local + "@" + pick(DOMAIN_TYPOS[dom])
    if r < 0.55:
        return local + pick(["", " "]) + dom if chance(0.5) else local + "@@" + dom
    t = typo(local, 1)
    if t == local:
        t = local + local[-1]
    return t + "@" + dom


def phone_digit_off(p):
    for _ in range(20):
        if chance(0.55):
            i = rng.randrange(3, 10)
            q = p[:i] + str((int(p[i]) + pick([1, 2, 3, 7, 8, 9])) % 10) + p[i + 1:]
        else:
            i = rng.randrange(6, 9)
            q = p[:i] + p[i + 1] + p[i] + p[i + 2:]
        if q != p and q not in USED_PHONE and q[3] not in "01":
            USED_PHONE.add(q)
            return q
    return None


def cp1252_mojibake(s):
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def mangle(s):
    if chance(0.7):
        return cp1252_mojibake(s)
    return "".join(c if ord(c) < 128 else "?" for c in s)


OPS = {}
OP_ORDER = []
NAMEF = ["displayName", "givenName", "familyName"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
ADDRF = ["address"] + ["address." + k for k in ADDR_KEYS]


def op(name, level, party, destroys=(), safe=False, rop=False):
    def deco(f):
        OPS[name] = {"f": f, "level": level, "party": party, "destroys": tuple(destroys), "safe": safe, "rop": rop}
        OP_ORDER.append(name)
        return f
    return deco


def L(log, fields, what):
    for f in fields:
        log.setdefault(f, [])
        if what not in log[f]:
            log[f].append(what)


def addr_parts(a):
    if a is None:
        return None
    if a["type"] == "street":
        l1 = (a["num"], a["pre"], a["name"], a["typ"])
    elif a["type"] == "pobox":
        l1 = ("box", a["box"])
    else:
        l1 = ("mil", a["line"])
    return {"line1": l1, "line2": (a.get("co"), a.get("hotel"), a.get("unit")), "city": a["city"],
            "region": a["region"], "postalCode": (a["zip"], a.get("zip4"))}


def log_addr(log, old, new, what):
    po, pn = addr_parts(old), addr_parts(new)
    if po is None or pn is None:
        L(log, ADDRF, what)
        return
    L(log, ["address"], what)
    for k in ("line1", "line2", "city", "region", "postalCode"):
        if po[k] != pn[k]:
            L(log, ["address." + k], what)
    if po["line2"] != pn["line2"]:
        L(log, ["address.line1"], what)


# ---- person names
@op("nickname", "L", "person")
def _op_nickname(t, log, ctx):
    k = strip_acc(t["given"].split()[0])
    if k not in NICK or t.get("joint"):
        return False
    t["given"] = pick(NICK[k])
    L(log, ["displayName", "givenName"], "nickname")
    return True


@op("typo_given", "L", "person", safe=True)
def _op_typo_given(t, log, ctx):
    if len(t["given"]) < 4:
        return False
    n = typo(t["given"])
    if n == t["given"]:
        return False
    t["given"] = n
    L(log, ["displayName", "givenName"], "typo")
    return True


@op("typo_family", "M", "person", safe=True)
def _op_typo_family(t, log, ctx):
    if len(t["family"]) < 4:
        return False
    n = typo(t["family"])
    if n == t["family"]:
        return False
    t["family"] = n
    L(log, ["displayName", "familyName"], "typo")
    return True


@op("phonetic", "M", "person", safe=True)
def _op_phonetic(t, log, ctx):
    if t["family"] not in PHONETIC:
        return False
    t["family"] = pick(PHONETIC[t["family"]])
    L(log, ["displayName", "familyName"], "phonetic")
    return True


@op("initial", "M", "person")
def _op_initial(t, log, ctx):
    if t.get("joint"):
        return False
    t["given"] = strip_acc(t["given"])[0] + ("." if chance(0.6) else "")
    L(log, ["displayName", "givenName"], "initial")
    return True


@op("swap", "H", "person")
def _op_swap(t, log, ctx):
    if t.get("joint"):
        return False
    t["given"], t["family"] = t["family"], t["given"]
    L(log, NAMEF, "swap")
    return True


@op("married_name", "H", "person")
def _op_married(t, log, ctx):
    if t["gender"] != "f" or t.get("joint"):
        return False
    new = pick_family(pick(["anglo", "hisp", "black", "cajun"]))
    while new == t["family"]:
        new = pick_family("anglo")
    r = rng.random()
    old = t["family"]
    t["family"] = new if r < 0.6 else (old + "-" + new if r < 0.8 else old + " " + new)
    L(log, ["displayName", "familyName"], "married_name")
    return True


@op("double_surname", "M", "person", safe=True)
def _op_double(t, log, ctx):
    parts = t["family"].split()
    if t["eth"] != "hisp" or len(parts) != 2 or parts[0] in ("De", "Del"):
        return False
    r = rng.random()
    if r < 0.55:
        t["family"] = parts[0]
        L(log, ["displayName", "familyName"], "surname_dropped")
    elif r < 0.85:
        t["family"] = parts[0] + "-" + parts[1]
        L(log, ["displayName", "familyName"], "hyphen")
    else:
        t["family"] = parts[1]
        L(log, ["displayName", "familyName"], "surname_dropped")
    return True


@op("title", "L", "person", safe=True)
def _op_title(t, log, ctx):
    if t.get("title"):
        return False
    if t["kind"] == "military" and chance(0.7):
        t["title"] = pick({"army": MIL_RANKS_ARMY, "af": MIL_RANKS_AF, "navy": MIL_RANKS_NAVY}[t.get("branch") or "army"])
    else:
        t["title"] = pick(["Mr.", "Mr", "Dr."] if t["gender"] == "m" else ["Mrs.", "Ms.", "Mrs", "Ms", "Dr."])
    L(log, ["displayName"], "title")
    return True


@op("suffix", "L", "person", safe=True)
def _op_suffix(t, log, ctx):
    if not t.get("suffix"):
        return False
    t["suffix"] = None
    L(log, ["displayName"], "suffix")
    return True


@op("middle_name", "L", "person", safe=True)
def _op_middle(t, log, ctx):
    if not t.get("middle") or t.get("show_middle"):
        return False
    t["show_middle"] = True
    L(log, ["displayName"], "middle_name")
    return True


@op("reorder", "M", "person", safe=True)
def _op_reorder(t, log, ctx):
    if t["eth"] != "viet" or t.get("joint"):
        return False
    t["order"] = "fg"
    L(log, ["displayName"], "reorder")
    return True


@op("spouse", "M", "person")
def _op_spouse(t, log, ctx):
    if not (t.get("joint") and t.get("spouse")):
        return False
    t["given"], t["spouse"] = t["spouse"], t["given"]
    t["joint"] = False
    t["middle"] = None
    t["suffix"] = None
    L(log, ["displayName", "givenName"], "spouse")
    return True


@op("poa", "H", "person")
def _op_poa(t, log, ctx):
    if t["kind"] != "military" or not t.get("spouse") or t.get("joint"):
        return False
    t["given"], t["spouse"] = t["spouse"], t["given"]
    t["middle"] = None
    t["suffix"] = None
    t["title"] = None
    t["disp_extra"] = pick(["POA", "(POA)", "- POA", "POA for " + strip_acc(t["spouse"]).upper(), None])
    L(log, ["displayName", "givenName"], "poa")
    return True


# ---- organisation names
LEGAL_VAR = {"LLC": ["L.L.C.", "Llc", "LLC.", "", ""], "L.L.C.": ["LLC", ""], "Inc": ["Inc.", "Incorporated", ""],
             "Inc.": ["Inc", ""], "Co": ["Co.", "Company", ""], "Corp": ["Corp.", "Corporation", ""],
             "LP": ["L.P.", ""], "PLLC": ["P.L.L.C.", ""], None: ["LLC", "Inc", "LLC"]}


@op("legal_form", "L", "org", safe=True)
def _op_legal(t, log, ctx):
    if t["kind"] in ("national_branch", "government", "estate", "church"):
        return False
    cur = t.get("legal")
    new = pick(LEGAL_VAR.get(cur, [""]))
    if cur and chance(0.3) and new:
        t["comma"] = not t.get("comma")
    t["legal"] = new or None
    if t["legal"] == cur and not new:
        return False
    L(log, ["displayName", "companyName"], "legal_form")
    return True


@op("amp", "L", "org", safe=True)
def _op_amp(t, log, ctx):
    c = t["core"]
    if "&" in c:
        t["core"] = c.replace(" & ", " and ").replace("&", " and ") if chance(0.7) else c.replace(" & ", " + ")
    elif " and " in c:
        t["core"] = c.replace(" and ", " & ")
    else:
        return False
    L(log, ["displayName", "companyName"], "abbrev")
    return True


ABBR_WORDS = [("Services", "Svcs"), ("Service", "Svc"), ("Construction", "Const"), ("Management", "Mgmt"),
              ("Company", "Co"), ("Brothers", "Bros"), ("Mount", "Mt"), ("Saint", "St"), ("Department", "Dept"),
              ("Apartments", "Apts"), ("Recreation", "Rec"), ("Plumbing", "Plbg"), ("Electric", "Elec"),
              ("Landscaping", "Landscape"), ("Properties", "Props"), ("Realty", "Rlty"), ("Moving", "Mvg"),
              ("Medical", "Med"), ("Enterprises", "Ent"), ("Missionary", "Msny"), ("Baptist", "Bapt"),
              ("Catholic", "Cath"), ("Church", "Ch"), ("Pressure Washing", "Pressure Wash"), ("County", "Co"),
              ("Records", "Rec"), ("Restoration", "Resto"), ("Community", "Comm"), ("Association", "Assn"),
              ("Mt.", "Mount"), ("St.", "Saint"), ("Dept", "Department"), ("Assn", "Association"), ("Co", "Company")]


@op("abbrev", "M", "org", safe=True)
def _op_abbrev(t, log, ctx):
    c = t["core"]
    opts = [(a, b) for a, b in ABBR_WORDS if re.search(r"(?<![A-Za-z])" + re.escape(a) + r"(?![A-Za-z])", c)]
    if not opts:
        return False
    a, b = pick(opts)
    t["core"] = re.sub(r"(?<![A-Za-z])" + re.escape(a) + r"(?![A-Za-z])", b, c, count=1)
    if t["core"] == c:
        return False
    L(log, ["displayName", "companyName"], "abbrev")
    return True


@op("the_word", "L", "org", safe=True)
def _op_the(t, log, ctx):
    c = t["core"]
    if c.startswith("The "):
        t["core"] = c[4:]
    elif t["kind"] in ("apartment_complex", "realtor", "church", "nonprofit", "small_business"):
        t["core"] = "The " + c
    else:
        return False
    L(log, ["displayName", "companyName"], "format")
    return True


@op("dba", "M", "org")
def _op_dba(t, log, ctx):
    if not t.get("dba"):
        return False
    r = rng.random()
    if r < 0.45:
        t["core"], t["legal"], t["dba"] = t["dba"], None, None
    elif r < 0.75:
        t["dba_fmt"] = pick([f for f in (" dba ", " DBA ", " d/b/a ", " D/B/A ", ", dba ", " DBA: ") if f != t["dba_fmt"]])
    else:
        t["dba"] = None
    L(log, ["displayName", "companyName"], "dba")
    return True


@op("renamed", "H", "org")
def _op_renamed(t, log, ctx):
    if t["kind"] not in ("contractor", "small_business", "moving_company", "realtor", "apartment_complex"):
        return False
    c = t["core"]
    r = rng.random()
    if r < 0.3:
        t["core"] = c + pick([" & Sons", " Group", " & Restoration", " Pros", " & Co", " Solutions"])
    elif r < 0.6 and any(tr in c for tr in TRADES):
        tr = [x for x in TRADES if x in c][0]
        t["core"] = c.replace(tr, pick([x for x in TRADES if x != tr]))
    elif r < 0.8 and t["kind"] == "apartment_complex":
        t["core"] = c.replace("Apartments", "").strip() + pick([" Luxury Apartments", " at " + METRO_CORE[t["metro"]], " Residences"])
    else:
        t["core"] = pick(["New ", "All ", "Premier ", "Elite "]) + c
    L(log, ["displayName", "companyName"], "renamed")
    return True


@op("typo_company", "M", "org", safe=True)
def _op_typo_company(t, log, ctx):
    n = typo(t["core"], 2)
    if n == t["core"]:
        return False
    t["core"] = n
    L(log, ["displayName", "companyName"], "typo")
    return True


@op("contact_changed", "M", "org", safe=True)
def _op_contact(t, log, ctx):
    if t["kind"] == "estate":
        return False
    g, f = new_person_name(wpick(ETH_W[t["metro"]]), pick("mf"))
    t["cg"], t["cf"] = g, f
    L(log, ["givenName", "familyName", "displayName"], "contact_changed")
    return True


@op("branch_format", "M", "org", safe=True)
def _op_branch(t, log, ctx):
    if t["kind"] != "national_branch":
        return False
    nat = t["national"]
    city = METRO_CORE[t["metro"]]
    r = rng.random()
    if r < 0.3:
        t["core"] = "%s #%04d" % (nat, rng.randrange(100, 9999))
    elif r < 0.55:
        t["core"] = "%s (%s)" % (nat, city)
    elif r < 0.8:
        t["core"] = "%s %s" % (nat, city)
    else:
        t["core"] = "%s - %s Branch" % (nat, city)
    L(log, ["displayName", "companyName"], "branch_format")
    return True


@op("dept_format", "M", "org", safe=True)
def _op_dept(t, log, ctx):
    if t["kind"] != "government":
        return False
    gov, dept = t["gov"], t["dept"]
    r = rng.random()
    if r < 0.35:
        t["core"] = "%s %s" % (gov, dept)
    elif r < 0.6:
        t["core"] = "%s, %s" % (dept, gov)
    elif r < 0.8:
        t["core"] = "%s - %s" % (gov.replace("County", "Co").replace("City of ", "City of "), dept.replace("Department", "Dept"))
        if t["core"] == "%s - %s" % (gov, dept):
            t["core"] = "%s / %s" % (gov, dept)
    else:
        t["core"] = "%s %s Dept" % (gov, dept.replace(" Dept", ""))
    L(log, ["displayName", "companyName"], "dept_format")
    return True


@op("estate_form", "M", "org", safe=True)
def _op_estate(t, log, ctx):
    if t["kind"] != "estate":
        return False
    g, f = t["deceased"]
    forms = ["Estate of %s %s" % (g, f), "%s %s Estate" % (g, f), "%s, %s - Estate" % (f, g),
             "%s %s (Deceased)" % (g, f), "Est. of %s %s" % (g, f), "%s %s Est" % (g, f)]
    forms = [x for x in forms if x != t["core"]]
    t["core"] = pick(forms)
    L(log, ["displayName", "companyName"], "estate_form")
    return True


# ---- identifiers (truth level)
@op("email_new", "M", "both", destroys=["email"])
def _op_email_new(t, log, ctx):
    if t["party"] == "person":
        t["email"] = person_email(t["given"], t["family"], t["metro"])
    else:
        t["email"] = person_email(t["cg"], t["cf"], t["metro"])
    L(log, ["email"], "new")
    return True


@op("email_typo", "M", "both", destroys=["email"])
def _op_email_typo(t, log, ctx):
    if not t.get("email"):
        return False
    t["email"] = email_typo(t["email"])
    L(log, ["email"], "typo")
    return True


@op("email_missing", "L", "both", destroys=["email"])
def _op_email_missing(t, log, ctx):
    t["email_off"] = True
    L(log, ["email"], "missing")
    return True


@op("phone_digit", "M", "both", destroys=["phone"])
def _op_phone_digit(t, log, ctx):
    q = phone_digit_off(t["phone"])
    if not q:
        return False
    t["phone"] = q
    L(log, ["phone"], "digit_off")
    return True


@op("phone_new", "M", "both", destroys=["phone"])
def _op_phone_new(t, log, ctx):
    t["phone"] = new_phone(metro_area(t["metro"]) if chance(0.8) else pick(MIL_AREAS))
    L(log, ["phone"], "new")
    return True


@op("phone_missing", "L", "both", destroys=["phone"])
def _op_phone_missing(t, log, ctx):
    t["phone_off"] = True
    L(log, ["phone"], "missing")
    return True


def cur_place(t):
    a = t.get("address")
    if a:
        p = place_of(a["city"], a["region"])
        if p and p[6] != "mil":
            return p
    return None


@op("moved_local", "M", "both", destroys=["address"])
def _op_moved_local(t, log, ctx):
    old = t.get("address")
    p = cur_place(t)
    if ctx.get("same_city"):
        if not p:
            return False
    elif not p or chance(0.4):
        p = pick_place(t["metro"])
    if t["party"] == "org" and not t.get("home_based"):
        t["address"] = local_address(t["metro"], residential=False, place=p, commercial=True)
    else:
        t["address"] = local_address(t["metro"], place=p)
    log_addr(log, old, t["address"], "moved")
    return True


@op("moved_far", "H", "person", destroys=["address"])
def _op_moved_far(t, log, ctx):
    old = t.get("address")
    k = t["kind"]
    if k == "military":
        if chance(0.5):
            t["address"] = mil_address()
            log_addr(log, old, t["address"], "apo")
        else:
            t["address"] = far_address(pick(PCS_DEST), 0.3)
            log_addr(log, old, t["address"], "moved")
        return True
    if k == "snowbird":
        a = t["address"]
        if a and place_of(a["city"], a["region"]):
            t["address"] = far_address(pick(SNOWBIRD_HOME), 0.05)
        else:
            a = local_address(t["metro"], unit_p=0)
            a["hotel"] = pick(RV_PARKS)
            a["unit"] = pick(["Lot %d", "Spc %d", "Site %d"]) % rng.randrange(1, 240)
            t["address"] = a
        log_addr(log, old, t["address"], "moved")
        return True
    if k == "student":
        a = t["address"]
        if a and place_of(a["city"], a["region"]):
            t["address"] = far_address(pick(STUDENT_HOME), 0.1)
        else:
            t["address"] = local_address(t["metro"], unit_p=0.9)
        log_addr(log, old, t["address"], "moved")
        return True
    m = pick([x for x in METROS if x != t["metro"]])
    t["address"] = local_address(m)
    log_addr(log, old, t["address"], "moved")
    return True


@op("po_box", "M", "both", destroys=["address"])
def _op_po_box(t, log, ctx):
    old = t.get("address")
    p = cur_place(t)
    if ctx.get("same_city") and not p:
        return False
    if not p or (not ctx.get("same_city") and chance(0.3)):
        p = pick_place(t["metro"])
    t["address"] = pobox_address(t["metro"], p)
    log_addr(log, old, t["address"], "po_box")
    return True


@op("hotel", "H", "person", destroys=["address"])
def _op_hotel(t, log, ctx):
    old = t.get("address")
    a = local_address(t["metro"], residential=False, unit_p=0)
    a["hotel"] = pick(HOTELS)
    a["unit"] = "Rm %d" % rng.randrange(101, 340)
    t["address"] = a
    log_addr(log, old, t["address"], "hotel")
    return True


@op("care_of", "H", "person", destroys=["address"])
def _op_care_of(t, log, ctx):
    old = t.get("address")
    a = local_address(t["metro"], unit_p=0.1)
    g, f = new_person_name(t["eth"], pick("mf"))
    a["co"] = "%s %s" % (g, t["family"] if chance(0.5) else f)
    t["address"] = a
    log_addr(log, old, t["address"], "care_of")
    return True


@op("former_address", "H", "person", destroys=["address"])
def _op_former(t, log, ctx):
    old = t.get("address")
    t["address"] = local_address(t["metro"])
    log_addr(log, old, t["address"], "former_address")
    return True


@op("addr_missing", "M", "both", destroys=["address"])
def _op_addr_missing(t, log, ctx):
    t["addr_off"] = True
    L(log, ADDRF, "missing")
    return True


# ---- record level
@op("line1_missing", "M", "both", destroys=["address"], rop=True)
def _rop_line1_missing(r, log, ctx):
    a = r["address"]
    if not a or not a["line1"]:
        return False
    a["line1"] = None
    a["line2"] = None
    L(log, ["address.line1", "address.line2"], "missing")
    return True


@op("zip_missing", "L", "both", rop=True, safe=True)
def _rop_zip_missing(r, log, ctx):
    a = r["address"]
    if not a or not a["postalCode"] or not a["city"]:
        return False
    a["postalCode"] = None
    L(log, ["address.postalCode"], "missing")
    return True


@op("zip_typo", "M", "both", rop=True, safe=True)
def _rop_zip_typo(r, log, ctx):
    a = r["address"]
    if not a or not a["postalCode"] or not a["city"]:
        return False
    z = a["postalCode"]
    i = rng.randrange(2, 5)
    a["postalCode"] = z[:i] + str((int(z[i]) + pick([1, 9, 3])) % 10) + z[i + 1:] if chance(0.6) else z[:3] + z[4] + z[3] + z[5:]
    if a["postalCode"] == z:
        return False
    L(log, ["address.postalCode"], "typo")
    return True


@op("city_variant", "M", "both", rop=True)
def _rop_city(r, log, ctx):
    a = r["address"]
    if not a or not a["city"]:
        return False
    key = None
    for k in CITY_VARIANTS:
        if fold(k) == fold(a["city"]):
            key = k
    if not key:
        return False
    v = pick(CITY_VARIANTS[key])
    a["city"] = v.upper() if a["city"].isupper() else v
    L(log, ["address.city"], "city_variant")
    return True


@op("street_typo", "M", "both", rop=True)
def _rop_street_typo(r, log, ctx):
    a = r["address"]
    if not a or not a["line1"] or not re.match(r"^\d", a["line1"]):
        return False
    toks = a["line1"].split(" ")
    idx = [i for i, x in enumerate(toks) if i > 0 and len(x) >= 5 and x.isalpha()]
    if not idx:
        return False
    i = pick(idx)
    toks[i] = typo(toks[i])
    a["line1"] = " ".join(toks)
    L(log, ["address.line1"], "typo")
    return True


@op("line_swap", "H", "both", rop=True)
def _rop_line_swap(r, log, ctx):
    a = r["address"]
    if not a or not a["line1"] or not a["line2"]:
        return False
    a["line1"], a["line2"] = a["line2"], a["line1"]
    L(log, ["address.line1", "address.line2"], "line_swap")
    return True


@op("all_in_line1", "H", "both", destroys=["address"], rop=True)
def _rop_all_in_line1(r, log, ctx):
    a = r["address"]
    if not a or not a["line1"] or not a["city"]:
        return False
    a["line1"] = "%s, %s %s %s" % (a["line1"], a["city"], a["region"] or "", a["postalCode"] or "")
    a["line1"] = re.sub(r"\s+", " ", a["line1"]).strip()
    a["city"] = a["region"] = a["postalCode"] = None
    L(log, ["address.line1", "address.city", "address.region", "address.postalCode"], "wrong_field")
    return True


@op("phone_in_line2", "H", "both", destroys=["phone"], rop=True)
def _rop_phone_line2(r, log, ctx):
    a = r["address"]
    if not a or not r["phone"] or a["line2"] or not a["line1"]:
        return False
    a["line2"] = pick(["Cell ", "C: ", "PH ", "call "]) + r["phone"]
    r["phone"] = None
    L(log, ["phone", "address.line2"], "wrong_field")
    return True


@op("mojibake", "H", "both", rop=True, safe=True)
def _rop_mojibake(r, log, ctx):
    hit = False
    for f in ("displayName", "givenName", "familyName", "companyName"):
        if r[f] and has_accent(r[f]):
            r[f] = mangle(r[f])
            L(log, [f], "mojibake")
            hit = True
    a = r["address"]
    if a:
        for k in ("line1", "city"):
            if a[k] and has_accent(a[k]):
                a[k] = mangle(a[k])
                L(log, ["address." + k], "mojibake")
                hit = True
    return hit


NOTES = ["- LIEN", "*LIEN SALE*", "(LIEN NOTICE SENT)", "- PAST DUE", "- AUCTION HOLD", "- MOVE OUT", "*PREPAID*",
         "- AUTOPAY", "- OLD ACCT", "(2ND UNIT)"]


@op("note", "M", "both", rop=True, safe=True)
def _rop_note(r, log, ctx):
    n = pick(NOTES)
    r["displayName"] = r["displayName"] + " " + (n if r["displayName"].isupper() or chance(0.6) else n.title())
    L(log, ["displayName"], "note")
    return True


@op("email_upper", "L", "both", rop=True, safe=True)
def _rop_email_upper(r, log, ctx):
    if not r["email"] or r["email"].isupper():
        return False
    r["email"] = r["email"].upper()
    L(log, ["email"], "case")
    return True


@op("region_full", "L", "both", rop=True, safe=True)
def _rop_region(r, log, ctx):
    a = r["address"]
    if not a or a["region"] not in STATE_FULL:
        return False
    a["region"] = STATE_FULL[a["region"]] if chance(0.5) or a["region"] not in STATE_ABBR_ALT else STATE_ABBR_ALT[a["region"]]
    L(log, ["address.region"], "region_name")
    return True


@op("country_odd", "L", "both", rop=True, safe=True)
def _rop_country(r, log, ctx):
    a = r["address"]
    if not a:
        return False
    c = pick([x for x in ("USA", "U.S.A.", "United States", "US", "U.S.", "United States of America") if x != a["country"]])
    a["country"] = c
    L(log, ["address.country"], "country_name")
    return True


@op("name_in_given", "H", "person", rop=True)
def _rop_name_in_given(r, log, ctx):
    if not r["familyName"] or not r["givenName"]:
        return False
    r["givenName"] = r["givenName"] + " " + r["familyName"]
    r["familyName"] = None
    L(log, ["givenName", "familyName"], "wrong_field")
    return True


SCENARIO = {
    "joint_lease": [("spouse", 0.35)],
    "military": [("poa", 0.12), ("moved_far", 0.3)],
    "snowbird": [("moved_far", 0.35)],
    "student": [("moved_far", 0.3)],
    "between_homes": [("po_box", 0.14), ("hotel", 0.13), ("care_of", 0.13)],
    "estate": [("estate_form", 0.5)],
    "national_branch": [("branch_format", 0.5)],
    "government": [("dept_format", 0.5)],
    "contractor": [("dba", 0.4), ("contact_changed", 0.15), ("renamed", 0.06)],
    "small_business": [("dba", 0.4), ("contact_changed", 0.15), ("renamed", 0.06)],
    "moving_company": [("contact_changed", 0.15)],
    "tenant": [("married_name", 0.04), ("former_address", 0.04)],
}


OP_WEIGHT = {"nickname": 5, "phonetic": 5, "typo_family": 2, "double_surname": 4, "mojibake": 4, "dba": 5,
             "married_name": 2, "legal_form": 4, "abbrev": 2, "contact_changed": 2, "branch_format": 4,
             "dept_format": 4, "estate_form": 4, "note": 2, "email_typo": 2, "phone_digit": 2, "city_variant": 2,
             "title": 2, "reorder": 4, "suffix": 3, "amp": 2, "moved_far": 2, "name_in_given": 0.5,
             "line_swap": 0.7, "all_in_line1": 0.7, "country_odd": 0.5, "region_full": 0.7}


def pick_ops(t, profile, keep, nc):
    """returns (forced ops, pool of further ops in random order, number of ops wanted)"""
    party = t["party"]
    lv = {"light": ("L",), "medium": ("L", "M"), "harsh": ("L", "M", "H")}[profile]
    if nc:
        n = {"light": 0, "medium": rng.choice([0, 1, 1]), "harsh": rng.choice([1, 2, 2])}[profile]
    else:
        n = {"light": rng.choice([0, 1, 1, 1]), "medium": 2, "harsh": rng.choice([3, 3, 4])}[profile]
    cands = [o for o in OP_ORDER if OPS[o]["level"] in lv and OPS[o]["party"] in (party, "both")
             and not (set(OPS[o]["destroys"]) & keep) and (not nc or OPS[o]["safe"])]
    forced = []
    if profile != "light":
        for name, p in SCENARIO.get(t["kind"], []):
            o = OPS[name]
            if (not nc or o["safe"]) and not (set(o["destroys"]) & keep) and chance(p):
                forced.append(name)
                break
    if profile == "harsh" and not nc and not any(OPS[o]["level"] == "H" for o in forced):
        hs = [o for o in cands if OPS[o]["level"] == "H"]
        if hs:
            forced.append(pick(hs))
    keyed = []
    for o in cands:
        keyed.append((rng.random() ** (1.0 / OP_WEIGHT.get(o, 1.0)), o))
    keyed.sort(key=lambda x: (-x[0], x[1]))
    pool = [o for _, o in keyed if o not in forced]
    return forced, pool, max(n, len(forced))


# ====================================================================== change lists
COUNTRY_FORMS = {"us", "usa", "unitedstates", "unitedstatesofamerica"}
REGION_CODE = {}
for _c, _n in STATE_FULL.items():
    REGION_CODE[alnum(_n)] = _c
    REGION_CODE[alnum(_c)] = _c
for _c, _n in STATE_ABBR_ALT.items():
    REGION_CODE[alnum(_n)] = _c
FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]


def diff_fields(r, e):
    out = [f for f in FIELDS if r[f] != e[f]]
    if (r["address"] is None) != (e["address"] is None):
        out.append("address")
    elif r["address"] is not None:
        out += ["address." + k for k in ADDR_KEYS if r["address"][k] != e["address"][k]]
    return out


def getf(r, f):
    if f.startswith("address."):
        return r["address"][f[8:]] if r["address"] else None
    return r[f]


def basic_classify(f, a, e):
    if a == e:
        return []
    if a is None:
        return ["missing"]
    if e is None:
        return ["added"]
    if a.casefold() == e.casefold():
        return ["case"]
    if strip_acc(a) == strip_acc(e):
        return ["accent"]
    if fold(a) == fold(e):
        return ["case", "accent"]
    if f == "phone" and phone_key(a) and phone_key(a) == phone_key(e):
        return ["format"]
    if f == "address.region" and REGION_CODE.get(alnum(a)) and REGION_CODE.get(alnum(a)) == REGION_CODE.get(alnum(e)):
        return ["region_name"]
    if f == "address.country" and alnum(a) in COUNTRY_FORMS and alnum(e) in COUNTRY_FORMS:
        return ["country_name"]
    if f == "address.postalCode" and a[:5] == e[:5] and re.match(r"^\d{5}", a):
        return ["zip4"]
    if alnum(a) == alnum(e):
        return ["format"]
    return None


def dedupe(ws):
    out = []
    for w in ws:
        if w not in out:
            out.append(w)
    return out


def classify_src(f, a, e, tA, tE):
    w = basic_classify(f, a, e)
    if w is not None:
        return w
    tags = dedupe(tA.get(f, []) + tE.get(f, []))
    if tags:
        if f == "displayName" and (a.isupper() != e.isupper()):
            tags = tags + ["case"]
        return tags
    return ["format"]


REPLACING = {"new", "moved", "po_box", "hotel", "care_of", "former_address", "apo", "missing", "contact_changed",
             "spouse", "poa", "renamed"}


def compute_changes(B, A, E, log, tA, tE):
    out = []
    for f in diff_fields(B, E):
        if f == "address":
            if B["address"] is None:
                w = ["missing"]
            else:
                w = ["added"]
        else:
            b, a, e = getf(B, f), getf(A, f), getf(E, f)
            w = []
            if A["address"] is None and f.startswith("address."):
                a = None
            lw = log.get(f, []) if b != a else []
            if b is None:
                w = lw or ["missing"]
            elif e is None:
                w = ["wrong_field"] if "wrong_field" in tA.get(f, []) else ["added"]
            elif any(x in REPLACING for x in lw):
                w = lw
            else:
                if a != e:
                    w += classify_src(f, a, e, tA, tE)
                if b != a:
                    w += lw if lw else (basic_classify(f, b, a) or ["format"])
            w = dedupe(w)
        out.append(f + ":" + "+".join(w))
    return out


def hn_changes(r, E, label, tags):
    out = []
    for f in diff_fields(r, E):
        if f == "address":
            w = ["missing"] if r["address"] is None else ["added"]
        elif "wrong_field" in tags.get(f, []):
            w = ["wrong_field"]
        else:
            w = basic_classify(f, getf(r, f), getf(E, f))
            if w is None:
                w = [label] if f in ("displayName", "givenName", "familyName", "companyName") else ["other"]
        out.append(f + ":" + "+".join(w))
    return out


def findable(r, target, cands):
    a, ta = r["address"], target["address"]
    if not a or not ta or not a.get("city") or not ta.get("city"):
        return False
    ck = city_key(a["city"])
    if ck != city_key(ta["city"]):
        return False
    s = name_score(r, target)
    if s < 0.6:
        return False
    best = 0.0
    for c in cands:
        if c is target:
            continue
        if c["address"] and city_key(c["address"].get("city")) == ck:
            best = max(best, name_score(r, c))
    return s - best >= 0.1


# ====================================================================== variants (matches and repeats)
def apply_ops(tn, names, n, log, ctx):
    applied, deferred = [], []
    for o in names:
        if len(applied) + len(deferred) >= n:
            break
        if OPS[o]["rop"]:
            deferred.append(o)
        elif OPS[o]["f"](tn, log, ctx):
            applied.append(o)
    return applied, deferred


def make_variant(t, E, tE, mode, profile, src, cands):
    """A record of customer t as seen by source src, compared with record E.
    mode 'id': shares at least one identifier with E; mode 'nc': shares none, findable by name in E's town."""
    for attempt in range(30):
        if attempt and attempt % 6 == 0:
            src = choose_source(t)
        st = sample_style(src, t, nc=(mode == "nc"))
        avail = []
        if E["email"] is not None and st["has_email"]:
            avail.append("email")
        if E["phone"] is not None and st["has_phone"]:
            avail.append("phone")
        if E["address"] is not None and st["has_addr"] and st["addr_mode"] == "full":
            avail.append("address")
        forced_nc = []
        if mode == "id":
            if not avail:
                src = choose_source(t)
                continue
            keep = {pick(avail)}
        else:
            keep = set()
            if "email" in avail:
                forced_nc.append(pick(["email_new", "email_missing", "email_missing"]))
            if "phone" in avail:
                forced_nc.append(pick(["phone_new", "phone_missing"]))
            if "address" in avail:
                forced_nc.append(wpick([("moved_local", 50), ("po_box", 20), ("line1_missing", 30)]))
        tn = clone(t)
        log = {}
        ctx = {"same_city": mode == "nc"}
        A, tA = render(t, st)
        forced, pool, n = pick_ops(tn, profile, keep, mode == "nc")
        pre_applied, pre_def = apply_ops(tn, forced_nc, len(forced_nc), log, ctx)
        applied, deferred = apply_ops(tn, forced + pool, n, log, ctx)
        B, _ = render(tn, st)
        for o in pre_def + deferred:
            if OPS[o]["f"](B, log, ctx):
                applied.append(o)
        groups = set()
        for f in diff_fields(B, A):
            groups.add("name" if f in ("displayName", "givenName", "familyName", "companyName")
                       else ("address" if f.startswith("address") else f))
        if profile == "medium" and not groups:
            continue
        if profile == "harsh" and (len(groups) < 2 or len(applied) < 3) and mode == "id":
            continue
        ev = evidence(B, E)
        if mode == "id" and not ev:
            continue
        if mode == "nc":
            if ev or not findable(B, E, cands):
                continue
        if B["displayName"] is None:
            continue
        return {"rec": B, "src": src, "changes": compute_changes(B, A, E, log, tA, tE), "evidence": ev,
                "findable": "identifier" if ev else "name+city"}
    return None


# ====================================================================== hard negatives
HN_SPEC = [
    ("spouse_own_unit", 10, "Spouses on one lease are one customer, but a unit rented separately by each spouse makes two customers."),
    ("owner_business", 10, "A business and its owner's personal units are two customers."),
    ("owner_personal", 9, "A business and its owner's personal units are two customers."),
    ("estate_of_executor", 9, "An estate is a customer apart from its executor."),
    ("executor_personal", 9, "An estate is a customer apart from its executor."),
    ("national_branch", 9, "Each branch of a national account is billed apart and is its own customer."),
    ("gov_department", 9, "Each separately billed department of a government unit is its own customer."),
    ("namesake_other_town", 10, "A namesake in another town with no contact data in common is another person."),
    ("jr_sr", 9, "Father and son (Sr./Jr./III) are different people, even at one address."),
    ("adult_child", 10, "A son or daughter renting their own unit is another customer, even at the parents' address."),
    ("new_occupant", 10, "A later occupant of the same address is another customer."),
    ("apartment_resident", 9, "A resident of an apartment complex rents on their own account; the complex is another customer."),
    ("similar_firm", 10, "A firm with a similar name but another owner, address and phone is another customer."),
    ("alt_contact_phone", 9, "The tenant of record pays: a person who gave an existing tenant's phone (as alternate contact) is another customer."),
    ("employee_personal", 9, "An employee's personal unit, even booked with the employer's e-mail or phone, is not the employer's account."),
    ("relative_shared_email", 9, "Relatives renting separately are separate customers, even when they give one family e-mail."),
]
HN_LABEL = {"spouse_own_unit": "spouse_other", "owner_business": "business", "owner_personal": "owner",
            "estate_of_executor": "estate", "executor_personal": "executor", "national_branch": "branch",
            "gov_department": "department", "namesake_other_town": "namesake", "jr_sr": "jr_sr",
            "adult_child": "relative", "new_occupant": "occupant", "apartment_resident": "resident",
            "similar_firm": "firm_variant", "alt_contact_phone": "other_person", "employee_personal": "employee",
            "relative_shared_email": "relative"}

HN_REQUIRE = {"spouse_own_unit": ["address"], "owner_business": ["phone", "email", "address"],
              "owner_personal": ["family_name"], "estate_of_executor": ["email", "phone"],
              "executor_personal": ["email", "phone"], "national_branch": ["company_stem"],
              "gov_department": ["company_stem"], "namesake_other_town": ["name"], "jr_sr": ["family_name"],
              "adult_child": ["address"], "new_occupant": ["address"], "apartment_resident": ["address"],
              "similar_firm": ["company_stem"], "alt_contact_phone": ["phone"], "employee_personal": ["email_domain"],
              "relative_shared_email": ["email"]}


def share_some(t, a, E, keys, p_each=0.65):
    """copy some of a's identifiers that the anchor record E shows (at least one)"""
    shown = [k for k in keys if E[k]]
    if not shown:
        return False
    chosen = [k for k in shown if chance(p_each)] or [pick(shown)]
    for k in chosen:
        t[k] = a[k]
    return True


def person_like(metro, eth, gender, given, family, kind="tenant", young=False):
    t = make_person(kind, metro, eth, gender, young)
    t["given"], t["family"] = given, family
    t["suffix"] = None
    t["spouse"] = None
    t["joint"] = False
    if t["kind"] != "student" or not t["email"].endswith(".edu"):
        t["email"] = person_email(given, family, metro)
    return t


def other_gender(g):
    return "f" if g == "m" else "m"


RESERVED = {"branch": [], "dept": []}


def hn_make(kind, a, E):
    m = a["metro"]
    if kind == "spouse_own_unit":
        if a["party"] != "person" or not a.get("spouse") or a.get("joint") or not E["address"]:
            return None
        t = person_like(m, a["eth"], other_gender(a["gender"]), a["spouse"], a["family"],
                        a["kind"] if a["kind"] in ("tenant", "military", "snowbird") else "tenant")
        t["spouse"] = a["given"]
        t["address"] = clone(a["address"])
        return t
    if kind == "owner_business":
        if a["party"] != "person" or a["kind"] != "tenant":
            return None
        t = base_org(pick(["contractor", "small_business"]), m)
        t["cg"], t["cf"], t["cgender"], t["ceth"] = a["given"], a["family"], a["gender"], a["eth"]
        f0 = a["family"].split()[0]
        thing = pick(TRADES) if t["kind"] == "contractor" else pick(SMALL_BIZ)
        core = unique_core(lambda: pick(["%s %s" % (f0, thing), "%s & Sons %s" % (f0, thing),
                                         "%s %s" % (pick(ORG_PREFIX[m]), thing),
                                         "%s's %s" % (a["given"].split()[0], thing)]))
        if not core:
            return None
        t["core"] = core
        USED_COMPANY.add(alnum(core))
        t["legal"] = wpick([("LLC", 60), ("Inc", 10), (None, 30)])
        t["phone"] = new_phone(metro_area(m))
        t["email"] = org_domain_email(t, core) if chance(0.6) else org_free_email(t, core)
        t["home_based"] = chance(0.5)
        t["address"] = local_address(m, residential=False, commercial=True)
        if not share_some(t, a, E, ["phone", "email", "address"], 0.5):
            return None
        if t["address"] is a["address"]:
            t["address"] = clone(a["address"])
            t["home_based"] = True
        return t
    if kind == "owner_personal":
        if a["party"] != "org" or a["kind"] not in ("contractor", "small_business", "moving_company", "realtor") \
                or not E["familyName"]:
            return None
        t = person_like(m, a["ceth"], a["cgender"], a["cg"], a["cf"])
        if chance(0.5):
            t["phone"] = a["phone"]
        if email_domain(a["email"]) in PUBLIC_DOMAINS and chance(0.5):
            t["email"] = a["email"]
        if a.get("home_based") and chance(0.6):
            t["address"] = clone(a["address"])
        return t
    if kind == "estate_of_executor":
        if a["party"] != "person" or a["kind"] not in ("tenant", "snowbird") or not (E["phone"] or E["email"]):
            return None
        t = base_org("estate", m)
        t["cg"], t["cf"], t["cgender"], t["ceth"] = a["given"], a["family"], a["gender"], a["eth"]
        dg = pick_given(a["eth"], pick("mf"))
        df = a["family"] if chance(0.6) else pick_family(a["eth"])
        t["deceased"] = (dg, df)
        t["core"] = pick(["Estate of %s %s", "Estate of %s %s", "%s %s Estate"]) % (dg, df)
        USED_COMPANY.add(alnum(t["core"]))
        t["email"] = person_email(a["given"], a["family"], m)
        t["phone"] = new_phone(metro_area(m))
        if not share_some(t, a, E, ["email", "phone"]):
            return None
        t["address"] = local_address(m) if chance(0.6) else clone(a["address"])
        return t
    if kind == "executor_personal":
        if a["party"] != "org" or a["kind"] != "estate":
            return None
        t = person_like(m, a["ceth"], a["cgender"], a["cg"], a["cf"])
        if not share_some(t, a, E, ["email", "phone"], 0.7):
            return None
        if chance(0.4):
            t["address"] = clone(a["address"])
        return t
    if kind == "national_branch":
        if a["kind"] != "national_branch":
            return None
        for i, b in enumerate(RESERVED["branch"]):
            if b["national"] == a["national"]:
                return RESERVED["branch"].pop(i)
        return None
    if kind == "gov_department":
        if a["kind"] != "government":
            return None
        for i, b in enumerate(RESERVED["dept"]):
            if b["gov"] == a["gov"]:
                return RESERVED["dept"].pop(i)
        return None
    if kind == "namesake_other_town":
        if a["party"] != "person" or a["kind"] != "tenant" or a.get("suffix") or not E["address"]:
            return None
        m2 = pick([x for x in METROS if x != m])
        t = person_like(m2, a["eth"], a["gender"], a["given"], a["family"])
        t["middle"] = None
        return t
    if kind == "jr_sr":
        if a["party"] != "person" or not a.get("suffix") or a.get("joint") or not E["address"]:
            return None
        t = person_like(m, a["eth"], "m", a["given"], a["family"])
        t["suffix"] = {"Jr.": "Sr.", "Sr.": "Jr.", "III": "Jr.", "II": "Sr."}[a["suffix"]]
        if chance(0.75):
            t["address"] = clone(a["address"])
        return t
    if kind == "adult_child":
        if a["party"] != "person" or a["kind"] not in ("tenant", "joint_lease", "military") or not E["address"] \
                or a["address"]["type"] != "street":
            return None
        g = pick("mf")
        t = make_person("student", m, a["eth"], g, True)
        t["family"] = a["family"]
        t["suffix"] = None
        if not t["email"].endswith(".edu"):
            t["email"] = person_email(t["given"], t["family"], m)
        t["address"] = clone(a["address"])
        return t
    if kind == "new_occupant":
        if a["party"] != "person" or not E["address"] or a["address"]["type"] != "street" or a["address"].get("hotel") \
                or a["address"].get("co"):
            return None
        t = make_person("tenant", m)
        if alnum(t["family"]) == alnum(a["family"]):
            return None
        t["address"] = clone(a["address"])
        return t
    if kind == "apartment_resident":
        if a["kind"] != "apartment_complex" or not E["address"]:
            return None
        t = make_person("tenant", m)
        t["address"] = clone(a["address"])
        t["address"]["unit"] = pick(["Apt %d", "Apt %d", "#%d", "Unit %d"]) % rng.randrange(101, 1450)
        return t
    if kind == "similar_firm":
        if a["party"] != "org" or a["kind"] not in ("contractor", "small_business", "moving_company") or not E["companyName"]:
            return None
        m2 = m if chance(0.5) else pick([x for x in METROS if x != m])
        t = make_org(a["kind"], m2)
        base = a["core"]
        city = pick_place(m2)[0]
        core = unique_core(lambda: base + " " + pick(["Supply", "& Sons", "Services", "Pros", "of " + city, "Express",
                                                      "& More", "Group", "Specialists", "Wholesale"]))
        if not core:
            return None
        t["core"] = core
        USED_COMPANY.add(alnum(core))
        t["legal"] = pick([x for x in ("LLC", "Inc", None, "Co") if x != a.get("legal")])
        t["dba"] = None
        t["email"] = org_domain_email(t, core) if chance(0.6) else org_free_email(t, core)
        return t
    if kind == "alt_contact_phone":
        if a["party"] != "person" or not E["phone"]:
            return None
        t = make_person("tenant", m, a["eth"])
        if chance(0.5):
            t["family"] = a["family"]
            t["email"] = person_email(t["given"], t["family"], m)
        t["suffix"] = None
        t["phone"] = a["phone"]
        return t
    if kind == "employee_personal":
        if a["party"] != "org" or a["kind"] in ("estate", "national_branch", "government") or not E["email"]:
            return None
        dom = email_domain(E["email"])
        if not dom or dom in PUBLIC_DOMAINS:
            return None
        t = make_person("tenant", m)
        g0, f0 = slug(t["given"].split()[0]), slug(t["family"].split()[0])
        t["email"] = reg_email(pick(["%s.%s@%s" % (g0, f0, dom), "%s%s@%s" % (g0[0], f0, dom), "%s@%s" % (g0, dom)]))
        if chance(0.4) and E["phone"]:
            t["phone"] = a["phone"]
        return t
    if kind == "relative_shared_email":
        if a["party"] != "person" or not E["email"] or email_domain(E["email"]) not in PUBLIC_DOMAINS:
            return None
        t = make_person("tenant", m, a["eth"])
        t["family"] = a["family"]
        t["suffix"] = None
        if strip_acc(t["given"]) == strip_acc(a["given"]):
            return None
        t["email"] = a["email"]
        if chance(0.4):
            t["address"] = clone(a["address"])
        return t
    return None


# ====================================================================== main
def dumps(o):
    return json.dumps(o, ensure_ascii=False)


def main():
    out_dir = os.path.dirname(os.path.abspath(__file__))
    if "--out" in sys.argv:
        out_dir = sys.argv[sys.argv.index("--out") + 1]
    os.makedirs(out_dir, exist_ok=True)

    # ------------------------------------------------------------ existing customers (truth)
    truths = []
    for kind, n in [("tenant", 680), ("joint_lease", 80), ("military", 120), ("student", 60), ("snowbird", 50),
                    ("between_homes", 60)]:
        for _ in range(n):
            if kind == "military":
                m = wpick(MIL_METRO_W)
            elif kind == "snowbird":
                m = wpick(SNOWBIRD_METRO_W)
            else:
                m = wpick(list(METRO_W.items()))
            truths.append(make_person(kind, m))
    for kind, n in [("contractor", 120), ("small_business", 75), ("realtor", 35), ("church", 35),
                    ("moving_company", 22), ("apartment_complex", 30), ("estate", 40), ("nonprofit", 20)]:
        for _ in range(n):
            truths.append(make_org(kind, wpick(list(METRO_W.items()))))
    for nat in NATIONALS:
        ms = METROS[:]
        rng.shuffle(ms)
        brs = [make_branch(nat, x) for x in ms[:7]]
        truths += brs[:5]
        RESERVED["branch"] += brs[5:]
    rest = []
    for gov in GOVS:
        metro = gov[2]
        core = METRO_CORE[metro]
        p = [x for x in PLACES if x[0] == core][0]
        admin = {"phone": new_phone(pick(p[3])),
                 "address": local_address(metro, residential=False, place=p, commercial=True)}
        depts = [make_dept(gov, d, admin) for d in gov[3]]
        rng.shuffle(depts)
        RESERVED["dept"].append(depts[0])
        rest += depts[1:]
    rng.shuffle(rest)
    truths += rest[:33]
    RESERVED["dept"] += rest[33:]
    # deliberate namesakes among existing customers (QBO disambiguates them)
    tenants = [t for t in truths if t["party"] == "person" and t["kind"] == "tenant" and not t.get("suffix")]
    for k in range(28):
        a, b = pick(tenants), pick(tenants)
        if a is b or alnum(a["given"] + a["family"]) == alnum(b["given"] + b["family"]):
            continue
        b["given"], b["family"], b["eth"], b["gender"] = a["given"], a["family"], a["eth"], a["gender"]
        b["middle"] = pick_middle(b["eth"], b["gender"])
        b["spouse"] = None
        if k < 6:   # same town
            b["address"] = local_address(a["metro"], place=place_of(a["address"]["city"], a["address"]["region"]))
            b["metro"] = a["metro"]
        b["email"] = person_email(b["given"], b["family"], b["metro"])
    assert len(truths) == N_EXISTING, len(truths)
    rng.shuffle(truths)
    seen = {}
    ex_items = []
    for t in truths:
        t["entity"] = new_entity()
        t["qst"] = qbo_style(t)
        rec, tags = render(t, t["qst"])
        dn = rec["displayName"]
        if dn.casefold() in seen:
            city = rec["address"]["city"] if rec["address"] else None
            cand = "%s (%s)" % (dn, city) if city else None
            n = 2
            while cand is None or cand.casefold() in seen:
                cand = "%s (%d)" % (dn, n)
                n += 1
            rec["displayName"] = cand
            tags.setdefault("displayName", []).append("disambiguation")
        seen[rec["displayName"].casefold()] = True
        ex_items.append({"t": t, "rec": rec, "tags": tags})
    ex_items.sort(key=lambda it: (it["rec"]["displayName"].casefold(), it["rec"]["displayName"]))
    EXR = [it["rec"] for it in ex_items]
    EXT = [it["t"] for it in ex_items]
    EXTAGS = [it["tags"] for it in ex_items]
    ex_by_city = {}
    for i, r in enumerate(EXR):
        if r["address"] and r["address"]["city"]:
            ex_by_city.setdefault(city_key(r["address"]["city"]), []).append(i)

    def ex_cands(rec):
        if not rec["address"] or not rec["address"]["city"]:
            return []
        return [EXR[i] for i in ex_by_city.get(city_key(rec["address"]["city"]), [])]

    name_counts = {}
    for r in EXR:
        k = name_key(r["displayName"])
        name_counts[k] = name_counts.get(k, 0) + 1
    exist_person_keys = set(name_key(t["given"] + " " + t["family"]) for t in EXT if t["party"] == "person")
    exist_stems = set(company_stem(compose_company(t)) for t in EXT if t["party"] == "org")

    def nc_eligible_truth(t, rec):
        return rec["address"] is not None and cur_place(t) is not None and rec["address"]["city"]

    incoming = []
    # ------------------------------------------------------------ matches
    idx = list(range(N_EXISTING))
    rng.shuffle(idx)
    mult = [1] * 500 + [2] * 110 + [3] * 35
    plan = []
    for k, i in enumerate(idx[:len(mult)]):
        plan += [i] * mult[k]
    assert len(plan) == N_MATCH
    rng.shuffle(plan)
    nc_done = 0
    for i in plan:
        t, E = EXT[i], EXR[i]
        res = None
        if nc_done < N_NAMECITY_MATCH and nc_eligible_truth(t, E):
            prof = "medium" if chance(0.6) else "harsh"
            res = make_variant(t, E, EXTAGS[i], "nc", prof, choose_source(t), ex_cands(E))
            if res:
                nc_done += 1
        if res is None:
            prof = wpick([("light", 35), ("medium", 40), ("harsh", 25)])
            res = make_variant(t, E, EXTAGS[i], "id", prof, choose_source(t), None)
        assert res is not None, ("match failed", i)
        incoming.append({"cat": "match", "entity": t["entity"], "kind": t["kind"], "party": t["party"],
                         "rec": res["rec"], "source": res["src"], "profile": prof, "changes": res["changes"],
                         "evidence": res["evidence"], "findable": res["findable"], "compare_index": i})

    # ------------------------------------------------------------ new customers
    new_truths = []
    while len(new_truths) < N_NEW_ENT:
        if chance(0.7):
            kind = wpick([("tenant", 60), ("military", 12), ("student", 10), ("snowbird", 6), ("between_homes", 8),
                          ("joint_lease", 4)])
            m = wpick(MIL_METRO_W) if kind == "military" else (wpick(SNOWBIRD_METRO_W) if kind == "snowbird"
                                                                 else wpick(list(METRO_W.items())))
            t = make_person(kind, m)
            if name_key(t["given"] + " " + t["family"]) in exist_person_keys:
                continue
            exist_person_keys.add(name_key(t["given"] + " " + t["family"]))
        else:
            kind = wpick([("contractor", 35), ("small_business", 25), ("realtor", 8), ("church", 6),
                          ("moving_company", 8), ("apartment_complex", 5), ("nonprofit", 5), ("estate", 8)])
            t = make_org(kind, wpick(list(METRO_W.items())))
            if t["core"] is None or company_stem(compose_company(t)) in exist_stems:
                continue
            exist_stems.add(company_stem(compose_company(t)))
        t["entity"] = new_entity()
        new_truths.append(t)
    occ_plan = [3] * N_REP3 + [2] * N_REP2 + [1] * (N_NEW_ENT - N_REP3 - N_REP2)
    rng.shuffle(occ_plan)
    new_first = []
    for t, occ in zip(new_truths, occ_plan):
        src = choose_source(t)
        st = sample_style(src, t)
        rec, tags = render(t, st)
        it = {"cat": "new", "entity": t["entity"], "kind": t["kind"], "party": t["party"], "rec": rec,
              "source": src, "occurrence": 1, "changes": [], "t": t, "tags": tags, "n_occ": occ}
        new_first.append(it)
        incoming.append(it)
    new_by_city = {}
    for it in new_first:
        r = it["rec"]
        if r["address"] and r["address"]["city"]:
            new_by_city.setdefault(city_key(r["address"]["city"]), []).append(r)
    nc_rep = 0
    for it in new_first:
        t = it["t"]
        for occ in range(2, it["n_occ"] + 1):
            E = it["rec"]
            res = None
            if nc_rep < N_NAMECITY_REPEAT and nc_eligible_truth(t, E):
                prof = "medium" if chance(0.6) else "harsh"
                cands = ex_cands(E) + [r for r in new_by_city.get(city_key(E["address"]["city"]), []) if r is not E]
                res = make_variant(t, E, it["tags"], "nc", prof, choose_source(t), cands)
                if res:
                    nc_rep += 1
            if res is None:
                prof = wpick([("light", 35), ("medium", 45), ("harsh", 20)])
                res = make_variant(t, E, it["tags"], "id", prof, choose_source(t), None)
            assert res is not None, "repeat failed"
            incoming.append({"cat": "new", "entity": t["entity"], "kind": t["kind"], "party": t["party"],
                             "rec": res["rec"], "source": res["src"], "occurrence": occ, "profile": prof,
                             "changes": res["changes"], "evidence": res["evidence"], "findable": res["findable"],
                             "first": it})

    # ------------------------------------------------------------ hard negatives
    used_anchor = set()
    order = list(range(N_EXISTING))
    for kind, count, rule in HN_SPEC:
        rng.shuffle(order)
        got = 0
        for i in order:
            if got >= count:
                break
            if i in used_anchor:
                continue
            a, E = EXT[i], EXR[i]
            if kind == "namesake_other_town" and name_counts.get(name_key(E["displayName"]), 0) != 1:
                continue
            t = hn_make(kind, a, E)
            if t is None:
                continue
            if t["party"] == "person" and kind != "jr_sr":
                t["suffix"] = None
            ok = None
            for _ in range(15):
                src = choose_source(t)
                st = sample_style(src, t, hn=True)
                rec, tags = render(t, st)
                sh = shared_with(rec, E)
                if any(k in sh for k in HN_REQUIRE[kind]):
                    ok = (rec, src, sh, tags)
                    break
            if ok is None:
                continue
            t["entity"] = new_entity()
            rec, src, sh, tags = ok
            used_anchor.add(i)
            got += 1
            incoming.append({"cat": "hard_negative", "entity": t["entity"], "kind": t["kind"], "party": t["party"],
                             "rec": rec, "source": src, "changes": hn_changes(rec, E, HN_LABEL[kind], tags),
                             "anchor": a["entity"], "anchor_index": i, "hn_type": kind, "rule": rule, "shared": sh})
        assert got == count, (kind, got)

    # ------------------------------------------------------------ order incoming
    assert len(incoming) == N_EXISTING, len(incoming)
    rng.shuffle(incoming)
    pos = {}
    for p, it in enumerate(incoming):
        if it["cat"] == "new":
            pos.setdefault(it["entity"], []).append(p)
    for ent, ps in pos.items():
        its = sorted([incoming[p] for p in ps], key=lambda x: x["occurrence"])
        for p, it in zip(ps, its):
            incoming[p] = it
    for p, it in enumerate(incoming):
        it["index"] = p

    # ------------------------------------------------------------ write
    set_lines, meta_lines = [], []
    for i, (r, t) in enumerate(zip(EXR, EXT)):
        set_lines.append(dumps({"set": "existing", "entity": t["entity"], "contact": r}))
        meta_lines.append(dumps({"set": "existing", "index": i, "entity": t["entity"], "category": "existing",
                                 "kind": t["kind"], "party": t["party"], "changes": []}))
    for it in incoming:
        set_lines.append(dumps({"set": "incoming", "entity": it["entity"], "contact": it["rec"]}))
        m = {"set": "incoming", "index": it["index"], "entity": it["entity"], "category": it["cat"],
             "kind": it["kind"], "party": it["party"], "changes": it["changes"], "source": it["source"]}
        if it["cat"] == "match":
            m.update({"profile": it["profile"], "evidence": it["evidence"], "findable": it["findable"],
                      "compare_set": "existing", "compare_index": it["compare_index"]})
        elif it["cat"] == "new":
            m["occurrence"] = it["occurrence"]
            if it["occurrence"] > 1:
                m.update({"profile": it["profile"], "evidence": it["evidence"], "findable": it["findable"],
                          "compare_set": "incoming", "compare_index": it["first"]["index"]})
        else:
            m.update({"anchor": it["anchor"], "anchor_index": it["anchor_index"], "hn_type": it["hn_type"],
                      "rule": it["rule"], "shared": it["shared"]})
        meta_lines.append(dumps(m))
    with open(os.path.join(out_dir, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(set_lines) + "\n")
    with open(os.path.join(out_dir, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(meta_lines) + "\n")
    cats = {}
    for it in incoming:
        cats[it["cat"]] = cats.get(it["cat"], 0) + 1
    nc = sum(1 for it in incoming if it.get("findable") == "name+city")
    print("existing %d, incoming %d %s, name+city %d (matches %d, repeats %d)" %
          (len(EXR), len(incoming), json.dumps(cats, sort_keys=True), nc, nc_done, nc_rep))


if __name__ == "__main__":
    main()
