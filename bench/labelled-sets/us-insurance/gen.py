#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the labelled customer-linkage set `us-insurance`.

Scenario: an independent insurance agency in central Ohio (plus Amish and
Mennonite customers in Holmes and Wayne counties) that bills agency fees and
premium-financed policies through QuickBooks Online.  Existing customers are
the QBO customer list; incoming records come from the agency management
system, the comparative rater, carrier download files, the premium finance
company and the website quote form.

Python 3 standard library only, a single random.Random(SEED), no dependence on
set iteration order or PYTHONHASHSEED.

    python3 gen.py              -> set.jsonl, meta.jsonl beside this file
    python3 gen.py --out DIR    -> into DIR
"""

import argparse
import json
import os
import re
import unicodedata
import random

SEED = 614380740
R = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_HN = 150
N_MATCH = 825
N_NEW_RECORDS = 525
FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]

# ---------------------------------------------------------------------------
# Places (real towns, real ZIP codes, real area codes)
# ---------------------------------------------------------------------------
CITY_ROWS = [
    # name, county, zips, area codes, weight, kind
    ("Columbus", "Franklin", ["43201", "43202", "43203", "43204", "43205", "43206", "43207", "43209",
                              "43211", "43212", "43213", "43214", "43215", "43219", "43220", "43221",
                              "43222", "43223", "43224", "43227", "43228", "43229", "43231", "43232",
                              "43235"], ["614", "380"], 300, "urban"),
    ("Dublin", "Franklin", ["43016", "43017"], ["614", "380"], 45, "suburb"),
    ("Westerville", "Franklin", ["43081", "43082"], ["614", "380"], 45, "suburb"),
    ("Hilliard", "Franklin", ["43026"], ["614", "380"], 35, "suburb"),
    ("Grove City", "Franklin", ["43123"], ["614", "380"], 35, "suburb"),
    ("Gahanna", "Franklin", ["43230"], ["614", "380"], 18, "suburb"),
    ("Reynoldsburg", "Franklin", ["43068"], ["614", "380"], 15, "suburb"),
    ("Worthington", "Franklin", ["43085"], ["614", "380"], 12, "suburb"),
    ("Pickerington", "Fairfield", ["43147"], ["614", "380"], 12, "suburb"),
    ("Canal Winchester", "Franklin", ["43110"], ["614", "380"], 8, "suburb"),
    ("Groveport", "Franklin", ["43125"], ["614", "380"], 6, "suburb"),
    ("Powell", "Delaware", ["43065"], ["614", "380"], 10, "suburb"),
    ("Plain City", "Madison", ["43064"], ["614", "380"], 6, "town"),
    ("Delaware", "Delaware", ["43015"], ["740"], 40, "town"),
    ("Lewis Center", "Delaware", ["43035"], ["740"], 10, "suburb"),
    ("Sunbury", "Delaware", ["43074"], ["740"], 8, "town"),
    ("Newark", "Licking", ["43055"], ["740"], 40, "town"),
    ("Heath", "Licking", ["43056"], ["740"], 8, "town"),
    ("Granville", "Licking", ["43023"], ["740"], 6, "town"),
    ("Pataskala", "Licking", ["43062"], ["740"], 8, "town"),
    ("Lancaster", "Fairfield", ["43130"], ["740"], 40, "town"),
    ("Circleville", "Pickaway", ["43113"], ["740"], 8, "town"),
    ("Marysville", "Union", ["43040"], ["937"], 35, "town"),
    ("Zanesville", "Muskingum", ["43701"], ["740"], 35, "town"),
    ("New Concord", "Muskingum", ["43762"], ["740"], 4, "town"),
    ("Mount Vernon", "Knox", ["43050"], ["740"], 6, "town"),
    ("London", "Madison", ["43140"], ["740"], 5, "town"),
    ("Millersburg", "Holmes", ["44654"], ["330", "234"], 14, "amish"),
    ("Berlin", "Holmes", ["44610"], ["330", "234"], 8, "amish"),
    ("Walnut Creek", "Holmes", ["44687"], ["330", "234"], 5, "amish"),
    ("Charm", "Holmes", ["44617"], ["330", "234"], 3, "amish"),
    ("Mount Hope", "Holmes", ["44660"], ["330", "234"], 4, "amish"),
    ("Holmesville", "Holmes", ["44633"], ["330", "234"], 3, "amish"),
    ("Winesburg", "Holmes", ["44690"], ["330", "234"], 3, "amish"),
    ("Fredericksburg", "Wayne", ["44627"], ["330", "234"], 4, "amish"),
    ("Kidron", "Wayne", ["44636"], ["330", "234"], 4, "amish"),
    ("Apple Creek", "Wayne", ["44606"], ["330", "234"], 5, "amish"),
    ("Mount Eaton", "Wayne", ["44659"], ["330", "234"], 3, "amish"),
    ("Dalton", "Wayne", ["44618"], ["330", "234"], 3, "amish"),
    ("Sugarcreek", "Tuscarawas", ["44681"], ["330", "234"], 5, "amish"),
    ("Wooster", "Wayne", ["44691"], ["330", "234"], 8, "town"),
    ("Orrville", "Wayne", ["44667"], ["330", "234"], 5, "town"),
]
CITY = {}
for _r in CITY_ROWS:
    CITY[_r[0]] = {"county": _r[1], "zips": _r[2], "areas": _r[3], "w": _r[4], "kind": _r[5]}
CITY_NAMES = [r[0] for r in CITY_ROWS]
CENTRAL = [c for c in CITY_NAMES if CITY[c]["kind"] != "amish" and CITY[c]["county"] not in ("Wayne",)]
AMISH_TOWNS = [c for c in CITY_NAMES if CITY[c]["kind"] == "amish"]
HOLMES_WAYNE = [c for c in CITY_NAMES if CITY[c]["county"] in ("Holmes", "Wayne", "Tuscarawas")]
METRO_614 = [c for c in CITY_NAMES if "614" in CITY[c]["areas"]]

ARTERIALS = {
    "Columbus": [("N", "High", "St"), ("E", "Broad", "St"), ("W", "Broad", "St"), (None, "Cleveland", "Ave"),
                 (None, "Karl", "Rd"), ("E", "Main", "St"), ("E", "Morse", "Rd"), (None, "Sawmill", "Rd"),
                 (None, "Bethel", "Rd"), (None, "Henderson", "Rd"), ("E", "Livingston", "Ave"),
                 (None, "Parsons", "Ave"), (None, "Sullivant", "Ave"), ("S", "Hamilton", "Rd"),
                 (None, "Refugee", "Rd"), (None, "Brice", "Rd"), (None, "Indianola", "Ave"), (None, "Neil", "Ave"),
                 (None, "Summit", "St"), (None, "Olentangy River", "Rd"), (None, "Riverside", "Dr"),
                 ("E", "Hudson", "St"), ("E", "Oakland Park", "Ave"), ("E", "Whittier", "St"), (None, "Agler", "Rd"),
                 (None, "Dublin Granville", "Rd"), (None, "Lockbourne", "Rd"), (None, "Alum Creek", "Dr"),
                 (None, "Noe Bixby", "Rd"), (None, "Georgesville", "Rd"), (None, "Hague", "Ave"),
                 (None, "Fishinger", "Rd"), (None, "Kenny", "Rd"), (None, "Godown", "Rd"), (None, "Cooke", "Rd"),
                 (None, "Weber", "Rd"), (None, "Maize", "Rd"), (None, "Mock", "Rd"), (None, "Eakin", "Rd")],
    "Dublin": [(None, "Frantz", "Rd"), (None, "Post", "Rd"), (None, "Avery", "Rd"), (None, "Brand", "Rd"),
               (None, "Coffman", "Rd"), (None, "Muirfield", "Dr"), (None, "Tuttle Crossing", "Blvd")],
    "Westerville": [("N", "State", "St"), ("S", "State", "St"), (None, "Schrock", "Rd"), (None, "Africa", "Rd"),
                    (None, "Maxtown", "Rd"), (None, "County Line", "Rd"), ("W", "Main", "St")],
    "Delaware": [("N", "Sandusky", "St"), (None, "London", "Rd"), (None, "Houk", "Rd"), ("W", "William", "St"),
                 (None, "Pollock", "Rd"), ("W", "Central", "Ave")],
    "Newark": [(None, "Mount Vernon", "Rd"), ("W", "Main", "St"), (None, "Granville", "Rd"), (None, "Hudson", "Ave"),
               ("E", "Main", "St"), (None, "Cherry Valley", "Rd"), ("N", "21st", "St")],
    "Lancaster": [(None, "Memorial", "Dr"), ("N", "Columbus", "St"), ("E", "Main", "St"), (None, "Sheridan", "Dr"),
                  (None, "Election House", "Rd"), ("N", "Broad", "St")],
    "Marysville": [(None, "Delaware", "Ave"), ("E", "Fifth", "St"), (None, "Industrial", "Pkwy"),
                   (None, "Milford", "Ave"), ("W", "Fifth", "St")],
    "Zanesville": [("N", "Maple", "Ave"), (None, "Maysville", "Pike"), (None, "Linden", "Ave"),
                   (None, "Military", "Rd"), ("W", "Main", "St"), (None, "Putnam", "Ave")],
    "Hilliard": [(None, "Cemetery", "Rd"), (None, "Main", "St"), (None, "Scioto Darby", "Rd"), (None, "Leap", "Rd")],
    "Grove City": [(None, "Broadway", None), (None, "Stringtown", "Rd"), (None, "Hoover", "Rd"),
                   (None, "Columbus", "St")],
    "Wooster": [(None, "Cleveland", "Rd"), ("E", "Liberty", "St"), (None, "Beall", "Ave"), (None, "Burbank", "Rd")],
}
RES_NAMES = ["Maple", "Oak", "Elm", "Walnut", "Hickory", "Sycamore", "Cherry", "Willow", "Birch", "Chestnut",
             "Locust", "Dogwood", "Redbud", "Buckeye", "Mulberry", "Spring", "Meadow", "Orchard", "Ridge", "Valley",
             "Highland", "Fairway", "Brookside", "Glenwood", "Lakeview", "Stonegate", "Pinecrest", "Foxfire",
             "Deer Run", "Timber Ridge", "Bristol", "Kensington", "Wellington", "Windsor", "Sheffield", "Ashford",
             "Cambridge", "Lexington", "Concord", "Heritage", "Liberty", "Franklin", "Jefferson", "Washington",
             "Lincoln", "Madison", "Monroe", "Jackson", "Church", "Mill", "Market", "Center", "Cedar", "Pine",
             "Poplar", "Hawthorne", "Sunset", "Country Club", "Forest", "Summit View", "Autumn", "Harvest",
             "Wheatfield", "Cornerstone", "Quail Hollow", "Partridge", "Bluebird", "Cardinal", "Hunters Ridge",
             "Shady", "Greenbriar", "Oakmont", "Rosewood", "Clover", "Briarwood", "Fox Chase", "Ironwood",
             "Larkspur", "Red Oak", "Stoney Creek", "Arbor", "Beechwood", "Cottonwood", "Hidden Valley",
             "Old Mill", "Indian Springs", "Woodland", "Riverbend", "Creekside", "Millstone", "Applegate"]
RES_SFX = [("St", 14), ("Ave", 10), ("Dr", 22), ("Ln", 12), ("Ct", 14), ("Rd", 8), ("Blvd", 2), ("Pl", 4),
           ("Cir", 5), ("Way", 5), ("Trl", 2), ("Ter", 1), ("Pkwy", 1)]
SR_BY_CITY = {"Delaware": ["37", "23", "36", "42", "521"], "Newark": ["13", "16", "79", "661"],
              "Lancaster": ["22", "33", "37", "158", "188"], "Marysville": ["4", "31", "38", "245", "347"],
              "Zanesville": ["60", "93", "146", "555", "666"], "Millersburg": ["39", "83", "241", "514", "520"],
              "Berlin": ["39", "62", "557"], "Walnut Creek": ["39", "515"], "Charm": ["557"],
              "Mount Hope": ["241"], "Holmesville": ["83"], "Winesburg": ["515", "62"],
              "Sugarcreek": ["39", "93"], "Fredericksburg": ["241"], "Kidron": ["250"],
              "Apple Creek": ["250", "241"], "Mount Eaton": ["241", "250"], "Dalton": ["94"],
              "Wooster": ["3", "83", "302"], "Orrville": ["57"], "Sunbury": ["3", "37"],
              "Granville": ["37", "661"], "Circleville": ["56", "104", "188"], "Mount Vernon": ["13", "229", "586"],
              "London": ["38", "56", "665"], "Plain City": ["161"], "Pataskala": ["310"], "Heath": ["79"],
              "New Concord": ["83"]}
WAYNE_ROADS = ["Kidron Rd", "Emerson Rd", "Harrison Rd", "Salt Creek Rd", "Moser Rd", "Dover Rd",
               "Zuercher Rd", "Fox Lake Rd", "Jericho Rd", "Mount Eaton Rd", "Arnold Rd", "Carr Rd"]

COMPLEXES = [  # invented apartment communities on real streets
    ("Columbus", "43229", "5150", None, "Cleveland", "Ave"),
    ("Columbus", "43231", "6220", None, "Sunbury", "Rd"),
    ("Columbus", "43220", "1840", None, "Bethel", "Rd"),
    ("Columbus", "43232", "4870", None, "Refugee", "Rd"),
    ("Columbus", "43224", "3315", None, "Karl", "Rd"),
    ("Westerville", "43081", "735", None, "Schrock", "Rd"),
    ("Dublin", "43017", "6710", None, "Post", "Rd"),
    ("Hilliard", "43026", "4125", None, "Cemetery", "Rd"),
    ("Grove City", "43123", "2315", None, "Stringtown", "Rd"),
    ("Newark", "43055", "1220", None, "Granville", "Rd"),
    ("Lancaster", "43130", "1545", None, "Sheridan", "Dr"),
    ("Delaware", "43015", "310", None, "London", "Rd"),
]

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------
GIVEN_M = ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Charles", "Joseph", "Thomas",
           "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
           "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan",
           "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Justin", "Scott", "Brandon", "Benjamin",
           "Samuel", "Gregory", "Frank", "Alexander", "Raymond", "Patrick", "Dennis", "Gerald", "Tyler", "Aaron",
           "Henry", "Douglas", "Peter", "Zachary", "Kyle", "Walter", "Harold", "Carl", "Keith", "Roger", "Terry",
           "Lawrence", "Sean", "Austin", "Ethan", "Dylan", "Logan", "Caleb", "Hunter", "Cody", "Travis", "Chad",
           "Dustin", "Shawn", "Troy", "Marcus", "Derek", "Bradley", "Jeremy", "Nathan", "Adam", "Todd", "Curtis",
           "Randy", "Wayne", "Dale", "Eugene", "Frederick", "Albert", "Stanley", "Leonard", "Vincent", "Philip",
           "Victor", "Russell", "Craig", "Alan", "Mitchell", "DeShawn", "Jamal", "Terrence", "Andre"]
GIVEN_F = ["Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
           "Nancy", "Lisa", "Margaret", "Sandra", "Ashley", "Dorothy", "Kimberly", "Emily", "Donna", "Michelle",
           "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura", "Sharon", "Cynthia",
           "Kathleen", "Amy", "Shirley", "Angela", "Helen", "Anna", "Brenda", "Pamela", "Nicole", "Samantha",
           "Katherine", "Christine", "Debra", "Rachel", "Catherine", "Carolyn", "Janet", "Ruth", "Heather",
           "Diane", "Virginia", "Julie", "Joyce", "Victoria", "Kelly", "Christina", "Lauren", "Joan", "Evelyn",
           "Judith", "Megan", "Cheryl", "Andrea", "Hannah", "Martha", "Jacqueline", "Frances", "Gloria", "Ann",
           "Teresa", "Kathryn", "Janice", "Jean", "Alice", "Madison", "Doris", "Abigail", "Julia", "Denise",
           "Amber", "Marilyn", "Beverly", "Danielle", "Theresa", "Sophia", "Diana", "Brittany", "Natalie", "Kayla",
           "Lori", "Tammy", "Tracy", "Wendy", "Rhonda", "Connie", "Renée", "Zoë", "Latoya", "Keisha", "Tanisha"]
CLASSIC_M = ["Robert", "James", "John", "William", "Richard", "Charles", "Thomas", "Donald", "David", "Joseph",
             "Gary", "Ronald", "Kenneth", "Paul", "Edward", "Harold", "Walter", "Gerald", "Raymond", "Frederick"]
COMMON_GIVEN_M = ["Michael", "James", "John", "David", "Robert", "William", "Joseph", "Christopher"]
COMMON_GIVEN_F = ["Jennifer", "Mary", "Lisa", "Michelle", "Sarah", "Jessica", "Amanda", "Elizabeth"]
COMMON_FAMILY = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Moore", "Taylor",
                 "Anderson", "Thomas", "Jackson", "White", "Harris", "Martin", "Thompson"]
FAMILY = COMMON_FAMILY + [
    "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams",
    "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans",
    "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed",
    "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray",
    "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins", "Perry", "Russell",
    "Sullivan", "Fisher", "Henderson", "Coleman", "Patterson", "Simmons", "Butler", "Barnes", "Hayes", "Graham",
    "Wallace", "Hamilton", "Ellis", "Marshall", "Stevens", "Reynolds", "Shaw", "Holmes", "Palmer", "Hunt", "Black",
    "Spencer", "Wagner", "Schmidt", "Schneider", "Hoffman", "Bauer", "Becker", "Schultz", "Fischer", "Weber",
    "Meyer", "Zimmerman", "Kessler", "Hartman", "Kraus", "Lehman", "Shumaker", "Kowalski", "Nowak", "Wisniewski",
    "Kaminski", "Lewandowski", "Zielinski", "Novak", "Horvath", "Kovach", "Szabo", "Russo", "Romano", "Esposito",
    "Ricci", "DeLuca", "Marino", "Costa", "Giordano", "O'Brien", "O'Connor", "McCarthy", "Gallagher", "Brennan",
    "Doyle", "Flanagan", "Kennedy", "Fitzgerald", "Donovan", "McDonald", "McKenzie", "Van Meter", "St. Clair",
    "DiSalvo", "Mahoney", "Stout", "Gibbs", "Pickens", "Lykins", "Bowers", "Shepherd", "Fout", "Ankrom", "Coffman",
    "Stiffler", "Hupp", "Crum", "Swick", "Mercer", "Dunlap", "Hensley", "Caudill", "Fultz", "Ratliff", "Cottrill",
    "Ruff", "Thacker", "Stanley", "Bush", "Eckert", "Kuhn", "Ruhl", "Sayre", "Pfeiffer", "Ebert", "Grote",
    "Yingling", "Beery", "Mauger", "Cline", "Kinnear", "Tipton", "Wolford", "Goodwin", "Hairston", "Washington",
    "Jefferson", "Freeman", "Mack", "Dixon", "Banks", "Gaines", "Tolbert", "Wooten", "Battle"]
HISP_M = ["José", "Luis", "Carlos", "Juan", "Jesús", "Miguel", "Andrés", "Ramón", "Héctor", "Raúl", "Martín", "Jorge"]
HISP_F = ["María", "Sofía", "Lucía", "Inés", "Ana", "Rosa", "Guadalupe", "Carmen", "Verónica", "Mónica", "Adriana"]
HISP_FAM = ["Hernández", "García", "Martínez", "López", "González", "Rodríguez", "Ramírez", "Pérez", "Sánchez",
            "Jiménez", "Muñoz", "Gómez", "Díaz", "Núñez", "Castillo", "Ortiz", "Morales", "Reyes", "Cruz", "Flores"]
SOM_M = ["Abdi", "Mohamed", "Ahmed", "Hassan", "Ali", "Omar", "Yusuf", "Abdirahman", "Abdullahi", "Ibrahim",
         "Mustafa", "Hamza"]
SOM_F = ["Fadumo", "Hodan", "Amina", "Sahra", "Halima", "Hawa", "Ayan", "Ifrah", "Nasra", "Asha", "Khadra"]
SOM_FAM = ["Mohamed", "Ahmed", "Hassan", "Ali", "Abdi", "Farah", "Warsame", "Jama", "Osman", "Nur", "Yusuf",
           "Hussein", "Omar", "Adan", "Abdullahi", "Egal", "Dahir"]
VIET_M = ["Minh", "Thanh", "Tuan", "Duc", "Quang", "Hung"]
VIET_F = ["Hoa", "Linh", "Huong", "Lan", "Mai", "Thuy"]
VIET_FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Huỳnh"]
NEP_M = ["Bishnu", "Hari", "Ram", "Dil", "Tika", "Chandra", "Bhim", "Krishna"]
NEP_F = ["Devi", "Kamala", "Sita", "Gita", "Laxmi", "Sabitra"]
NEP_FAM = ["Gurung", "Rai", "Subedi", "Dahal", "Adhikari", "Pokhrel", "Tamang", "Ghimire", "Chhetri", "Biswa"]
IND_M = ["Raj", "Amit", "Sanjay", "Vikram", "Rahul", "Arjun", "Kiran"]
IND_F = ["Priya", "Anjali", "Neha", "Pooja", "Kavita", "Deepa"]
IND_FAM = ["Patel", "Shah", "Sharma", "Reddy", "Desai", "Mehta", "Iyer"]
AMISH_M = ["Eli", "Levi", "Jonas", "Moses", "Abraham", "Atlee", "Ervin", "Mervin", "Menno", "Roman", "Jacob",
           "Joseph", "John", "Andrew", "Daniel", "David", "Henry", "Ivan", "Leroy", "Marvin", "Melvin", "Noah",
           "Owen", "Paul", "Reuben", "Samuel", "Wayne", "Willis", "Aden", "Alvin", "Emanuel", "Harley", "Lester",
           "Merle", "Nelson", "Perry", "Raymond", "Mahlon"]
AMISH_F = ["Mary", "Anna", "Katie", "Sarah", "Esther", "Ruth", "Edna", "Lovina", "Fannie", "Miriam", "Ada",
           "Rachel", "Leah", "Naomi", "Barbara", "Lizzie", "Emma", "Ella", "Martha", "Elsie", "Ida", "Mattie",
           "Verna", "Susie", "Rosanna", "Lydia"]
AMISH_FAM = ["Yoder", "Miller", "Troyer", "Hershberger", "Schlabach", "Mast", "Raber", "Weaver", "Hochstetler",
             "Beachy", "Stutzman", "Erb", "Kline", "Gingerich", "Shetler", "Keim", "Wengerd", "Hostetler",
             "Swartzentruber", "Mullet", "Burkholder", "Coblentz", "Barkman", "Schrock", "Kauffman"]
NICK = {
    "William": ["Bill", "Will", "Billy"], "Robert": ["Bob", "Rob", "Bobby"], "Richard": ["Rick", "Rich", "Dick"],
    "James": ["Jim", "Jimmy"], "John": ["Jack", "Johnny"], "Charles": ["Chuck", "Charlie"], "Michael": ["Mike"],
    "Thomas": ["Tom", "Tommy"], "Joseph": ["Joe", "Joey"], "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"], "Anthony": ["Tony"], "Donald": ["Don", "Donnie"], "Steven": ["Steve"],
    "Stephen": ["Steve"], "Andrew": ["Andy", "Drew"], "Joshua": ["Josh"], "Kenneth": ["Ken", "Kenny"],
    "Timothy": ["Tim"], "Ronald": ["Ron", "Ronnie"], "Edward": ["Ed", "Eddie", "Ted"], "Jeffrey": ["Jeff"],
    "Jacob": ["Jake"], "Nicholas": ["Nick"], "Jonathan": ["Jon"], "Benjamin": ["Ben"], "Samuel": ["Sam"],
    "Gregory": ["Greg"], "Alexander": ["Alex"], "Raymond": ["Ray"], "Patrick": ["Pat"], "Dennis": ["Denny"],
    "Gerald": ["Jerry"], "Douglas": ["Doug"], "Zachary": ["Zach"], "Walter": ["Walt"], "Harold": ["Hal"],
    "Frederick": ["Fred"], "Eugene": ["Gene"], "Albert": ["Al"], "Stanley": ["Stan"], "Leonard": ["Len"],
    "Philip": ["Phil"], "Vincent": ["Vince"], "Bradley": ["Brad"], "Nathan": ["Nate"], "Mitchell": ["Mitch"],
    "Lawrence": ["Larry"], "Abraham": ["Abe"], "Emanuel": ["Manny"], "Moses": ["Mose"],
    "Margaret": ["Peggy", "Maggie", "Meg"], "Elizabeth": ["Beth", "Liz", "Betty"],
    "Patricia": ["Pat", "Patty", "Trish"], "Jennifer": ["Jen", "Jenny"], "Barbara": ["Barb"],
    "Susan": ["Sue", "Susie"], "Jessica": ["Jess"], "Deborah": ["Deb", "Debbie"], "Debra": ["Deb", "Debbie"],
    "Katherine": ["Kathy", "Kate", "Katie"], "Kathleen": ["Kathy"], "Catherine": ["Cathy"], "Kimberly": ["Kim"],
    "Pamela": ["Pam"], "Cynthia": ["Cindy"], "Rebecca": ["Becky"], "Sandra": ["Sandy"], "Christine": ["Chris"],
    "Christina": ["Tina"], "Samantha": ["Sam"], "Victoria": ["Vicki", "Tori"], "Judith": ["Judy"],
    "Theresa": ["Terri"], "Teresa": ["Terri"], "Dorothy": ["Dottie"], "Virginia": ["Ginny"], "Abigail": ["Abby"],
    "Jacqueline": ["Jackie"], "Frances": ["Fran"], "Beverly": ["Bev"], "Melissa": ["Missy"],
    "Stephanie": ["Steph"], "Kathryn": ["Kathy"], "Martha": ["Marty"], "Lovina": ["Vina"],
}

# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------
PLACE_STEMS = ["Buckeye", "Scioto", "Olentangy", "Alum Creek", "Darby Creek", "Big Walnut", "Licking Valley",
               "Hocking Valley", "Muskingum", "Capital City", "Short North", "German Village", "Clintonville",
               "Heartland", "Central Ohio", "Mid-Ohio", "Cardinal", "Keystone", "Liberty", "Heritage", "Pioneer",
               "Summit", "Crossroads", "Hometown", "Blue Ribbon", "Red Barn", "Union County", "Fairfield",
               "Pickaway", "Walnut Ridge", "Prairie", "Cornerstone", "Bluestone", "Ironhorse", "Northstar"]
TRADES = ["Roofing", "Plumbing", "Heating & Cooling", "Electric", "Excavating", "Concrete", "Lawn & Landscape",
          "Painting", "Construction", "Builders", "Remodeling", "Drywall", "Fence", "Tree Service", "Paving",
          "Masonry", "Gutters", "Flooring", "Handyman Services", "Septic Service", "Welding", "Garage Doors"]
FOOD = ["Pizza", "Diner", "Tavern", "Grill", "Bakery", "Coffee Co", "Pub", "BBQ", "Family Restaurant",
        "Ice Cream", "Deli", "Taproom"]
PROF = ["Family Dentistry", "Dental Group", "Chiropractic", "Veterinary Clinic", "Physical Therapy",
        "Optometry", "Tax Service", "Law Office", "Counseling Services", "Orthodontics"]
FARMS = ["Family Farms", "Dairy", "Produce", "Sawmill", "Harness Shop", "Greenhouse", "Woodworking", "Furniture",
         "Grain", "Orchard", "Lumber", "Cabinets", "Poultry", "Hay & Straw", "Buggy Shop", "Metal Roofing",
         "Pallets", "Bulk Foods"]
RETAIL = ["Hair Studio", "Auto Repair", "Auto Service", "Towing", "Daycare", "Trucking", "Pet Grooming",
          "Barber Shop", "Nail Spa", "Dry Cleaners", "Hardware", "Florist", "Cleaning Services", "Appliance Repair",
          "Tire & Auto", "Storage", "Fitness", "Printing"]
SAINTS = ["Mary", "Joseph", "Paul", "Peter", "Michael", "Patrick", "Francis", "Anthony", "John", "Andrew",
          "Brendan", "Catharine", "Elizabeth Ann Seton", "Matthew", "Luke"]
CHURCH_FORMS = ["St. {saint} Catholic Church", "First Baptist Church", "Grace Lutheran Church",
                "{town} United Methodist Church", "First Presbyterian Church", "New Life Assembly of God",
                "{town} Church of the Nazarene", "Calvary Baptist Church", "Faith Bible Church",
                "Trinity Lutheran Church", "Christ Community Church", "Zion Evangelical Lutheran Church",
                "Mount Olive Missionary Baptist Church", "Cornerstone Church", "First Church of God",
                "Hope Reformed Church", "Living Word Fellowship", "Masjid Al-Noor", "St. {saint} Episcopal Church",
                "Grace Brethren Church", "{town} Mennonite Church", "Pleasant View Church of the Brethren"]
PERSONAL_DOMAINS = [("gmail.com", 38), ("yahoo.com", 14), ("aol.com", 6), ("hotmail.com", 6), ("outlook.com", 5),
                    ("icloud.com", 7), ("att.net", 4), ("sbcglobal.net", 3), ("columbus.rr.com", 3),
                    ("wowway.com", 2), ("insight.rr.com", 2), ("msn.com", 2), ("live.com", 2),
                    ("windstream.net", 2), ("frontier.com", 1), ("embarqmail.com", 1), ("comcast.net", 2)]
DOMAIN_TYPOS = {"gmail.com": ["gmial.com", "gmai.com", "gmail.co", "gmail.con", "gnail.com", "gmaill.com"],
                "yahoo.com": ["yaho.com", "yahooo.com", "yahoo.co", "yhaoo.com"],
                "aol.com": ["aol.co", "aoll.com", "aol.cm"], "hotmail.com": ["hotmial.com", "hotmal.com"],
                "outlook.com": ["outlok.com", "outlook.co"], "icloud.com": ["icloud.co", "iclod.com", "icoud.com"],
                "att.net": ["att.com", "at.net"], "sbcglobal.net": ["sbcgloabl.net", "sbcglobal.com"],
                "columbus.rr.com": ["columbus.rr.cm", "colubmus.rr.com"], "comcast.net": ["comcast.com"]}

# ---------------------------------------------------------------------------
# Normalisation (the same rules are re-implemented independently in check.py)
# ---------------------------------------------------------------------------


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def norm_text(s):
    if not s:
        return ""
    s = strip_accents(s).casefold()
    for ch in "'\u2019`\u00b4":
        s = s.replace(ch, "")
    return " ".join("".join(ch if ch.isalnum() else " " for ch in s).split())


ADDR_MULTI = [("POST OFFICE BOX", "POBOX"), ("P O BOX", "POBOX"), ("PO BOX", "POBOX"), ("STATE ROUTE", "SR"),
              ("STATE RTE", "SR"), ("ST RTE", "SR"), ("ST RT", "SR"), ("COUNTY ROAD", "CR"), ("COUNTY RD", "CR"),
              ("CO RD", "CR"), ("TOWNSHIP ROAD", "TR"), ("TOWNSHIP RD", "TR"), ("TWP ROAD", "TR"),
              ("TWP RD", "TR"), ("RURAL ROUTE", "RR"), ("R R", "RR")]
ADDR_SINGLE = {"STREET": "ST", "AVENUE": "AVE", "AV": "AVE", "ROAD": "RD", "DRIVE": "DR", "LANE": "LN",
               "COURT": "CT", "BOULEVARD": "BLVD", "PLACE": "PL", "CIRCLE": "CIR", "PARKWAY": "PKWY",
               "TRAIL": "TRL", "TERRACE": "TER", "HIGHWAY": "HWY", "NORTH": "N", "SOUTH": "S", "EAST": "E",
               "WEST": "W", "POB": "POBOX", "APARTMENT": "UNIT", "APT": "UNIT", "SUITE": "UNIT", "STE": "UNIT",
               "LOT": "UNIT", "UNIT": "UNIT", "TWP": "TR"}


def addr_tokens(s):
    s = strip_accents(s).upper().replace("#", " UNIT ")
    for ch in "'\u2019`":
        s = s.replace(ch, "")
    s = " " + " ".join("".join(ch if ch.isalnum() else " " for ch in s).split()) + " "
    for a, b in ADDR_MULTI:
        s = s.replace(" " + a + " ", " " + b + " ")
    return [ADDR_SINGLE.get(t, t) for t in s.split()]


def addr_parts(line1, line2):
    toks = addr_tokens(line1 or "")
    unit = ""
    if "UNIT" in toks:
        i = toks.index("UNIT")
        unit = "".join(toks[i + 1:])
        toks = toks[:i]
    if not unit and line2:
        t2 = addr_tokens(line2)
        if t2 and t2[0] == "UNIT":
            unit = "".join(t2[1:])
    return " ".join(toks), unit


def zip5(a):
    d = "".join(ch for ch in (a.get("postalCode") or "") if ch.isdigit())
    return d[:5] if len(d) >= 5 else None


def addr_cmp(a, b):
    """'address' (same place incl. unit), 'building' (same street address, other unit) or None."""
    if not a or not b or not a.get("line1") or not b.get("line1"):
        return None
    ka, ua = addr_parts(a["line1"], a.get("line2"))
    kb, ub = addr_parts(b["line1"], b.get("line2"))
    if not ka or ka != kb:
        return None
    za, zb = zip5(a), zip5(b)
    if za and zb:
        if za != zb:
            return None
    else:
        ca, cb = norm_text(a.get("city")), norm_text(b.get("city"))
        if not ca or ca != cb:
            return None
    return "address" if ua == ub else "building"


def phone_norm(p):
    if not p:
        return None
    s = p.lower()
    m = re.search(r"(ext|x)", s)
    if m:
        s = s[:m.start()]
    d = "".join(ch for ch in s if ch.isdigit())
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d if len(d) in (10, 7) else None


def phone_cmp(a, b):
    da, db = phone_norm(a), phone_norm(b)
    if not da or not db:
        return None
    if len(da) == 10 and len(db) == 10:
        if da == db:
            return "phone"
        if da[3:] == db[3:]:
            return "phone_local"
        return None
    return "phone" if da[-7:] == db[-7:] else None


def email_norm(e):
    if not e:
        return None
    e = e.strip().casefold()
    return e if "@" in e else None


def evidence_of(c1, c2):
    ev = []
    e1, e2 = email_norm(c1["email"]), email_norm(c2["email"])
    if e1 and e1 == e2:
        ev.append("email")
    if phone_cmp(c1["phone"], c2["phone"]) == "phone":
        ev.append("phone")
    if addr_cmp(c1["address"], c2["address"]) == "address":
        ev.append("address")
    return ev


NAME_STOP = {"mr", "mrs", "ms", "miss", "dr", "rev", "jr", "sr", "ii", "iii", "iv", "and", "the", "of", "llc",
             "inc", "co", "corp", "corporation", "ltd", "company", "incorporated", "dba", "l", "c", "limited",
             "liability", "pllc"}


def strip_paren(s):
    return re.sub(r"\s*\([^)]*\)\s*$", "", s or "")


def name_token_lists(c):
    strs = [strip_paren(c["displayName"])]
    if c["companyName"]:
        strs.append(c["companyName"])
    gf = " ".join(x for x in (c["givenName"], c["familyName"]) if x)
    if gf:
        strs.append(gf)
    out = []
    for s in strs:
        t = [w for w in norm_text(s).split() if w not in NAME_STOP]
        if t and t not in out:
            out.append(t)
    return out


def edit1(a, b):
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return True
        return False
    if la > lb:
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1:] == a:
            return True
    return False


def tok_sim(a, b):
    if a == b:
        return 1.0
    if min(len(a), len(b)) >= 4 and edit1(a, b):
        return 0.8
    if min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)):
        return 0.7
    if (len(a) == 1 or len(b) == 1) and a[0] == b[0]:
        return 0.5
    return 0.0


def list_sim(A, B):
    sa = sum(max(tok_sim(a, b) for b in B) for a in A)
    sb = sum(max(tok_sim(b, a) for a in A) for b in B)
    return (sa + sb) / (len(A) + len(B))


def name_score(c1, c2):
    best = 0.0
    for A in name_token_lists(c1):
        for B in name_token_lists(c2):
            s = list_sim(A, B)
            if s > best:
                best = s
    return best


def rec_city(c):
    a = c["address"]
    return norm_text(a.get("city")) if a else ""


FIND_MIN = 0.6
FIND_MARGIN = 0.15


def findable_name_city(rec, cmp_rec, pool_by_city):
    """rec/cmp_rec: dicts with 'entity','contact'. pool: city -> list of records (both sets)."""
    city = rec_city(rec["contact"])
    if not city or city != rec_city(cmp_rec["contact"]):
        return False
    true_s = name_score(rec["contact"], cmp_rec["contact"])
    if true_s < FIND_MIN:
        return False
    for o in pool_by_city.get(city, []):
        if o["entity"] == rec["entity"]:
            continue
        if name_score(rec["contact"], o["contact"]) > true_s - FIND_MARGIN:
            return False
    return True


def name_core(c):
    if c["companyName"]:
        s = c["companyName"]
    elif c["givenName"] and c["familyName"]:
        s = c["givenName"] + " " + c["familyName"]
    else:
        s = strip_paren(c["displayName"])
    return tuple(sorted(w for w in norm_text(s).split() if w not in NAME_STOP and len(w) > 1))


def firm_stem(s):
    toks = [w for w in norm_text(s).split() if w not in ("the",)]
    return toks[0] if toks else ""


def shared_of(c, a):
    out = []
    nc = name_core(c)
    if nc and nc == name_core(a):
        out.append("name")
    if c["familyName"] and a["familyName"] and norm_text(c["familyName"]) == norm_text(a["familyName"]):
        out.append("family_name")
    if c["companyName"] and a["companyName"] and firm_stem(c["companyName"]) == firm_stem(a["companyName"]):
        out.append("firm_stem")
    e1, e2 = email_norm(c["email"]), email_norm(a["email"])
    if e1 and e1 == e2:
        out.append("email")
    pc = phone_cmp(c["phone"], a["phone"])
    if pc:
        out.append(pc)
    ac = addr_cmp(c["address"], a["address"])
    if ac:
        out.append(ac)
    if rec_city(c) and rec_city(c) == rec_city(a):
        out.append("city")
    return out


# ---------------------------------------------------------------------------
# Random helpers and registries
# ---------------------------------------------------------------------------


def wchoice(items):
    return R.choices([a for a, _ in items], [b for _, b in items])[0]


def pick_city(pool=None):
    pool = pool or CITY_NAMES
    return R.choices(pool, [CITY[c]["w"] for c in pool])[0]


USED_IDS = set()
USED_PHONES = set()
USED_EMAILS = set()
USED_ADDRS = set()
USED_CORES = set()
USED_PERSON_NAMES = set()   # (given, family, city) normalised
USED_CONTACT_NAMES = set()  # contact persons of organisations


def new_id():
    while True:
        x = "c%07x" % R.getrandbits(28)
        if x not in USED_IDS:
            USED_IDS.add(x)
            return x


def area_for(city):
    areas = CITY[city]["areas"]
    if areas[0] == "614":
        return "614" if R.random() < 0.8 else "380"
    if areas[0] == "330":
        return "330" if R.random() < 0.88 else "234"
    return areas[0]


def fresh_phone(city, mobile=True, area=None):
    if area is None:
        area = area_for(city)
        if mobile and R.random() < 0.08:
            area = R.choice(["216", "419", "513", "440", "937", "304", "412", "317", "330", "740", "614"])
    while True:
        ex = R.randint(201, 989)
        if ex % 100 == 11 or ex == 555 or ex in (950, 958, 959, 976):
            continue
        num = "%s%03d%04d" % (area, ex, R.randint(0, 9999))
        if num not in USED_PHONES and num[3:] not in USED_PHONES:
            USED_PHONES.add(num)
            USED_PHONES.add(num[3:])   # keep local numbers unique too (overlay traps are planted on purpose)
            return num


def slug(s):
    return "".join(ch for ch in strip_accents(s).lower() if ch.isalnum())


HOBBY = ["buckeyefan", "osufan", "bucknut", "harleyrider", "golfer", "fishin", "gobucks", "ohiostate", "crewfan",
         "bluejackets", "hunter", "gardener", "redsfan", "brownsfan", "jeeplife", "deerhunter", "scarletgray"]


def claim_email(e):
    if e in USED_EMAILS:
        return False
    USED_EMAILS.add(e)
    return True


def fresh_email(given, family, domain=None, nick=None, joint=None):
    domain = domain or wchoice(PERSONAL_DOMAINS)
    g, f = slug(nick or given) or "x", slug(family) or "y"
    yy = "%02d" % R.choice(list(range(55, 100)) + list(range(0, 12)))
    if joint:
        pats = [f + "family", g + "and" + slug(joint), f + "s", "the" + f + "s", g + slug(joint)]
    else:
        pats = [g + "." + f, g + f, g[0] + f, g + f + yy, g + "_" + f, f + g[0], g + yy, g + "." + f + str(R.randint(1, 99)),
                g[0] + f + str(R.randint(1, 999)), R.choice(HOBBY) + yy, g + f[0] + yy, f + "." + g]
    base = R.choice(pats)
    e = base + "@" + domain
    n = 2
    while not claim_email(e):
        e = base + str(n) + "@" + domain
        n += 1
    return e


def biz_slug(core):
    ws = [slug(w) for w in core.replace("&", " ").split() if slug(w) and slug(w) not in ("of", "the", "and")]
    s = "".join(ws)
    if len(s) > 18:
        s2 = "".join(ws[:2])
        s = s2 if len(s2) >= 6 else "".join(w[0] for w in ws[:-1]) + ws[-1]
    return s


def biz_email(core, contact_given, kind):
    s = biz_slug(core)
    if kind == "church":
        dom = s + R.choice([".org", ".org", "church.org"])
    else:
        dom = s + R.choice([".com", ".com", ".com", ".net", "llc.com", "oh.com"])
    r = R.random()
    if kind not in ("church",) and r < 0.4:
        e = s + R.choice(["", "", "llc", "oh", "1"]) + "@" + R.choice(["gmail.com", "gmail.com", "yahoo.com", "outlook.com"])
    else:
        loc = R.choice(["info", "office", "office", slug(contact_given) if contact_given else "info", "billing", "admin"])
        e = loc + "@" + dom
    n = 2
    base = e
    while not claim_email(e):
        loc, dom2 = base.split("@")
        e = loc + str(n) + "@" + dom2
        n += 1
    return e


# ---------------------------------------------------------------------------
# Addresses: structured truth, rendered per source
# ---------------------------------------------------------------------------
SFX_FULL = {"St": "Street", "Ave": "Avenue", "Dr": "Drive", "Ln": "Lane", "Ct": "Court", "Rd": "Road",
            "Blvd": "Boulevard", "Pl": "Place", "Cir": "Circle", "Way": "Way", "Trl": "Trail", "Ter": "Terrace",
            "Pkwy": "Parkway", "Pike": "Pike"}
DIR_FULL = {"N": "North", "S": "South", "E": "East", "W": "West"}
ROAD_FORMS = {"CR": ["County Road", "CR", "Co Rd", "County Rd"],
              "TR": ["Township Road", "TR", "Twp Rd", "Township Rd", "TWP"],
              "SR": ["State Route", "SR", "St Rt", "State Rte"]}
POBOX_FORMS = ["PO Box", "P.O. Box", "P O Box", "POB", "Post Office Box"]


def canon_lines(a):
    l1, l2 = render_lines(a, {"full": False, "punct": False, "road": 1, "box": 0, "unit": "line2", "uword": "Apt"})
    return l1, l2


def addr_reg_key(a):
    l1, l2 = canon_lines(a)
    k, u = addr_parts(l1, l2)
    return (k, u, a["zip"])


def claim_addr(a):
    k = addr_reg_key(a)
    if k in USED_ADDRS:
        return False
    USED_ADDRS.add(k)
    return True


def house_num(big=False):
    if big:
        return str(R.randint(100, 7999))
    r = R.random()
    if r < 0.25:
        return str(R.randint(10, 999))
    return str(R.randint(1000, 9999))


def fresh_street(city, arterial=False, zip_=None):
    zip_ = zip_ or R.choice(CITY[city]["zips"])
    for _ in range(200):
        if (arterial or R.random() < 0.25) and city in ARTERIALS:
            d, nm, sfx = R.choice(ARTERIALS[city])
            a = {"t": "street", "num": house_num(True), "dir": d, "name": nm, "sfx": sfx}
        elif arterial:
            a = {"t": "street", "num": house_num(True), "dir": R.choice(["E", "W", "N", "S"]), "name": "Main", "sfx": "St"}
        else:
            nm = R.choice(RES_NAMES)
            a = {"t": "street", "num": house_num(), "dir": R.choice([None] * 9 + ["N", "S", "E", "W"]), "name": nm,
                 "sfx": wchoice(RES_SFX)}
        a.update({"unit": None, "city": city, "zip": zip_, "zip4": "%04d" % R.randint(1, 9899)})
        if claim_addr(a):
            return a
    raise RuntimeError("no address")


def fresh_rural(city):
    zip_ = CITY[city]["zips"][0]
    for _ in range(200):
        county = CITY[city]["county"]
        r = R.random()
        if county == "Holmes" or city == "Sugarcreek":
            if r < 0.45:
                a = {"t": "road", "num": str(R.randint(1000, 9999)), "rt": "CR", "rn": str(R.choice(list(range(1, 700))))}
            elif r < 0.8:
                a = {"t": "road", "num": str(R.randint(1000, 9999)), "rt": "TR", "rn": str(R.randint(100, 699))}
            else:
                a = {"t": "road", "num": str(R.randint(1000, 9999)), "rt": "SR", "rn": R.choice(SR_BY_CITY.get(city, ["39"]))}
        elif county == "Wayne":
            if r < 0.7:
                nm, sfx = R.choice(WAYNE_ROADS).rsplit(" ", 1)
                a = {"t": "street", "num": str(R.randint(1000, 9999)), "dir": R.choice([None, None, None, "N", "S", "E", "W"]),
                     "name": nm, "sfx": sfx}
            else:
                a = {"t": "road", "num": str(R.randint(1000, 9999)), "rt": "SR", "rn": R.choice(SR_BY_CITY.get(city, ["250"]))}
        else:
            if city in SR_BY_CITY and r < 0.6:
                a = {"t": "road", "num": str(R.randint(1000, 19999)), "rt": "SR", "rn": R.choice(SR_BY_CITY[city])}
            else:
                nm = R.choice(["Township Line", "Old Columbus", "Bear Swamp", "Clark Shaw", "Refugee", "Lancaster Kirkersville",
                               "Pleasant Valley", "Coshocton", "Hopewell Church", "Poorman", "Raccoon Valley", "Licking Trail",
                               "Hebron", "Mink", "Dutch Hollow", "Cheshire", "Galena", "Stratford", "Bellepoint", "Honda Pkwy"])
                if nm.endswith("Pkwy"):
                    nm, sfx = nm.rsplit(" ", 1)
                else:
                    sfx = "Rd"
                a = {"t": "street", "num": str(R.randint(1000, 19999)), "dir": None, "name": nm, "sfx": sfx}
        a.update({"unit": None, "city": city, "zip": zip_, "zip4": "%04d" % R.randint(1, 9899)})
        if claim_addr(a):
            return a
    raise RuntimeError("no rural address")


def fresh_rr(city):
    for _ in range(200):
        a = {"t": "rr", "route": str(R.randint(1, 5)), "box": str(R.randint(10, 399)), "unit": None, "city": city,
             "zip": CITY[city]["zips"][0], "zip4": None}
        if claim_addr(a):
            return a
    raise RuntimeError("rr")


def fresh_pobox(city):
    for _ in range(200):
        a = {"t": "pobox", "box": str(R.randint(1, 2999)), "unit": None, "city": city,
             "zip": CITY[city]["zips"][0], "zip4": None}
        if claim_addr(a):
            return a
    raise RuntimeError("pobox")


def fresh_home(city):
    kind = CITY[city]["kind"]
    if kind == "amish":
        return fresh_rural(city) if R.random() < 0.9 else fresh_rr(city)
    if kind == "town" and R.random() < 0.2:
        return fresh_rural(city)
    return fresh_street(city)


def complex_unit(cx, unit=None):
    city, zip_, num, d, nm, sfx = cx
    for _ in range(300):
        u = unit or R.choice(["%d%02d" % (R.randint(1, 3), R.randint(1, 24)), "%d%s" % (R.randint(1, 24), R.choice("ABCD")),
                              "%d" % R.randint(1, 240)])
        a = {"t": "street", "num": num, "dir": d, "name": nm, "sfx": sfx, "unit": ("Apt", u), "city": city, "zip": zip_,
             "zip4": "%04d" % R.randint(1, 9899)}
        if claim_addr(a):
            return a
        unit = None
    raise RuntimeError("unit")


def render_lines(a, st):
    t = a["t"]
    full, punct = st.get("full"), st.get("punct")
    unit_line2 = None
    if t == "street":
        parts = [a["num"]]
        if a["dir"]:
            parts.append(DIR_FULL[a["dir"]] if full else (a["dir"] + "." if punct else a["dir"]))
        parts.append(a["name"])
        if a["sfx"]:
            parts.append(SFX_FULL[a["sfx"]] if full else (a["sfx"] + "." if punct else a["sfx"]))
        l1 = " ".join(parts)
    elif t == "road":
        forms = ROAD_FORMS[a["rt"]]
        l1 = "%s %s %s" % (a["num"], forms[st.get("road", 0) % len(forms)], a["rn"])
    elif t == "pobox":
        return "%s %s" % (POBOX_FORMS[st.get("box", 0) % len(POBOX_FORMS)], a["box"]), None
    else:  # rural route
        rr = ["RR", "Rural Route", "R.R."][st.get("box", 0) % 3]
        return "%s %s Box %s" % (rr, a["route"], a["box"]), None
    if a.get("unit"):
        utype, u = a["unit"]
        mode = st.get("unit", "line2")
        word = st.get("uword", utype)
        if word == "#":
            ustr = "#" + u
        else:
            ustr = word + " " + u
        if mode == "line2":
            unit_line2 = ustr
        else:
            l1 = l1 + (", " if mode == "comma" else " ") + ustr
    return l1, unit_line2


def casefn(s, mode):
    if s is None:
        return None
    if mode == "upper":
        return s.upper()
    if mode == "lower":
        return s.lower()
    return s


def render_addr(a, st):
    if a is None:
        return None
    l1, l2 = render_lines(a, st)
    zp = a["zip"]
    if st.get("zip4") and a.get("zip4"):
        zp = zp + "-" + a["zip4"]
    if st.get("no_zip"):
        zp = None
    mode = st.get("case", "title")
    out = {"line1": casefn(l1, mode), "line2": casefn(l2, mode), "city": casefn(a["city"], mode),
           "region": st.get("region", "OH"), "postalCode": zp, "country": st.get("country", "US")}
    if st.get("no_line1"):
        out["line1"] = None
        out["line2"] = None
    return out


def fmt_phone(d, style):
    if d is None:
        return None
    if len(d) == 7:
        return d[:3] + "-" + d[3:]
    a, b, c = d[:3], d[3:6], d[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c), "dot": "%s.%s.%s" % (a, b, c),
            "digits": a + b + c, "intl": "+1 %s-%s-%s" % (a, b, c), "one": "1-%s-%s-%s" % (a, b, c),
            "space": "%s %s %s" % (a, b, c), "paren_nospace": "(%s)%s-%s" % (a, b, c)}[style]


# ---------------------------------------------------------------------------
# Customer truth
# ---------------------------------------------------------------------------
GROUPS = [("gen", 810), ("hisp", 70), ("som", 45), ("viet", 15), ("nep", 15), ("ind", 20)]


def name_pool(group, sex):
    if group == "amish":
        return (AMISH_M if sex == "M" else AMISH_F), AMISH_FAM
    if group == "hisp":
        return (HISP_M if sex == "M" else HISP_F), HISP_FAM
    if group == "som":
        return (SOM_M if sex == "M" else SOM_F), SOM_FAM
    if group == "viet":
        return (VIET_M if sex == "M" else VIET_F), VIET_FAM
    if group == "nep":
        return (NEP_M if sex == "M" else NEP_F), NEP_FAM
    if group == "ind":
        return (IND_M if sex == "M" else IND_F), IND_FAM
    return (GIVEN_M if sex == "M" else GIVEN_F), FAMILY


def mid_initial(group):
    if group == "amish":
        return R.choice("AABDEHIJJJLMMMNPRSVW")
    if group in ("som", "viet", "nep"):
        return None
    return R.choice("AAABCDEFGHJJJKLLMMMNPRRSSTW") if R.random() < 0.6 else None


def pkey(g, f, city):
    return (norm_text(g), norm_text(f), norm_text(city))


def make_spouse(p, group):
    sex = "F" if p["sex"] == "M" else "M"
    if R.random() < 0.04:
        sex = p["sex"]   # same-sex couple
    gl, fl = name_pool(group, sex)
    fam = p["family"]
    if group in ("som", "viet") or (group != "amish" and R.random() < 0.1):
        fam = R.choice(fl)
    g = R.choice([x for x in gl if x != p["given"]])
    return {"given": g, "middle": mid_initial(group), "family": fam, "sex": sex}


def make_person(sub, city=None, group=None, sex=None, family=None, given=None, spouse=None, amish=False,
                addr=None, allow_dup_name=False):
    p = {"party": "person", "sub": sub, "id": new_id(), "suffix": None, "goes_by": None, "mail": None,
         "rentals": [], "biz": None}
    if amish:
        group = "amish"
    if city is None:
        city = pick_city(AMISH_TOWNS) if group == "amish" else pick_city(CENTRAL)
    if group is None:
        group = wchoice(GROUPS)
        if CITY[city]["kind"] not in ("urban", "suburb") and group in ("som", "nep", "viet"):
            group = "gen"
    p["group"] = group
    if spouse is None:
        spouse = R.random() < (0.8 if group == "amish" else 0.35)
    if sex is None:
        # the first-named insured of a household is more often the husband (always so among the Amish)
        pm = 0.9 if group == "amish" else (0.62 if spouse else 0.5)
        sex = "M" if R.random() < pm else "F"
    p["sex"] = sex
    gl, fl = name_pool(group, p["sex"])
    for _ in range(100):
        g = given or R.choice(gl)
        f = family or R.choice(fl)
        if allow_dup_name or (pkey(g, f, city) not in USED_PERSON_NAMES and pkey(g, f, city) not in USED_CONTACT_NAMES):
            break
        given = None if _ > 50 else given
    USED_PERSON_NAMES.add(pkey(g, f, city))
    p["given"], p["family"] = g, f
    p["middle"] = mid_initial(group)
    if g in NICK and NICK[g] and R.random() < 0.12 and group != "amish":
        p["goes_by"] = R.choice(NICK[g])
    p["city"] = city
    p["sp"] = make_spouse(p, group) if spouse else None
    p["addr"] = addr or fresh_home(city)
    # contacts
    if group == "amish":
        p["phone"] = None
        p["phone_type"] = None
        p["email"] = None
        if CITY[city]["kind"] == "amish" and p["addr"]["t"] != "rr" and R.random() < 0.2:
            p["mail"] = fresh_pobox(city)
    else:
        senior = R.random() < 0.25
        p["phone_type"] = "landline" if senior and R.random() < 0.6 else "mobile"
        p["phone"] = fresh_phone(city, mobile=p["phone_type"] == "mobile")
        if R.random() < (0.55 if senior else 0.85):
            if p["sp"] and R.random() < 0.2:
                p["email"] = fresh_email(g, f, joint=p["sp"]["given"])
            else:
                p["email"] = fresh_email(g, f, nick=p["goes_by"] if R.random() < 0.5 else None)
        else:
            p["email"] = None
        if p["addr"]["t"] == "street" and CITY[city]["kind"] == "town" and R.random() < 0.04:
            p["mail"] = fresh_pobox(city)
    return p


def org_core(otype, city, owner=None, amish=False):
    for _ in range(300):
        sur = owner["family"] if owner else R.choice(AMISH_FAM if amish else FAMILY)
        if otype == "contractor":
            stem = sur if (owner or R.random() < 0.55) else R.choice(PLACE_STEMS + [city])
            core = stem + " " + R.choice(TRADES)
        elif otype == "restaurant":
            food = R.choice(FOOD)
            if owner or R.random() < 0.45:
                core = sur + "'s " + food
            else:
                core = R.choice(PLACE_STEMS + [city]) + " " + food
            if R.random() < 0.1:
                core = "El " + R.choice(["Vaquero", "Rodeo", "Jalisco", "Camino", "Sol", "Charro"]) + " Mexican Restaurant"
            if R.random() < 0.05:
                core = R.choice(["Pho Saigon", "Pho Hoa", "Lotus"]) + " " + R.choice(["Kitchen", "Noodle House"])
            if R.random() < 0.05:
                core = R.choice(["Hamdi", "Banadir", "Safari", "Juba"]) + " " + R.choice(["Restaurant", "Cafe", "Halal Market"])
        elif otype == "professional":
            if R.random() < 0.5:
                core = R.choice(PLACE_STEMS + [city]) + " " + R.choice(PROF)
            else:
                core = sur + " " + R.choice(PROF)
        elif otype == "farm":
            core = sur + " " + R.choice(FARMS)
            if not amish and R.random() < 0.2:
                core = R.choice(["Twin Oaks", "Maple Lane", "Hidden Acres", "Sunny Slope", "Rolling Hills", "Cedar Creek"]) + " Farm"
        elif otype == "church":
            core = R.choice(CHURCH_FORMS).format(saint=R.choice(SAINTS), town=city)
        elif otype == "landlord_llc":
            r = R.random()
            if r < 0.5:
                core = sur + " " + R.choice(["Properties", "Rentals", "Holdings", "Real Estate", "Investments"])
            elif r < 0.75:
                core = "".join(R.choice("ABCDGHJKMPRSTW") for _ in range(R.choice([2, 3]))) + " " + R.choice(["Holdings", "Properties", "Rentals"])
            else:
                core = R.choice(PLACE_STEMS + [city]) + " " + R.choice(["Rentals", "Property Management", "Homes", "Holdings"])
        else:
            core = (R.choice(PLACE_STEMS + [city]) if R.random() < 0.5 else sur) + " " + R.choice(RETAIL)
        k = norm_text(core)
        if k not in USED_CORES:
            USED_CORES.add(k)
            return core
    raise RuntimeError("core")


LEGAL_W = {"contractor": [("LLC", 60), ("Inc", 20), (None, 15), ("Co", 5)],
           "restaurant": [("LLC", 80), ("Inc", 10), (None, 10)],
           "professional": [("Inc", 45), ("LLC", 50), (None, 5)],
           "farm": [("LLC", 50), (None, 45), ("Inc", 5)],
           "church": [(None, 85), ("Inc", 15)],
           "landlord_llc": [("LLC", 92), ("Ltd", 8)],
           "retail": [("LLC", 60), ("Inc", 20), (None, 15), ("Ltd", 5)]}


def make_org(otype, city=None, owner=None, amish=False, core=None, legal="?", contact=None, share_owner=True):
    o = {"party": "org", "sub": otype, "id": new_id(), "owner": owner["id"] if owner else None, "mail": None}
    if city is None:
        city = owner["city"] if owner else (pick_city(AMISH_TOWNS) if amish else pick_city(CENTRAL))
    o["city"] = city
    o["amish"] = amish
    o["core"] = core or org_core(otype, city, owner, amish)
    o["legal"] = wchoice(LEGAL_W[otype]) if legal == "?" else legal
    if amish and otype == "farm" and R.random() < 0.6:
        o["legal"] = None
    if contact is not None:
        o["contact"] = contact
    elif owner:
        o["contact"] = (owner["given"], owner["family"])
    elif R.random() < 0.75:
        gl, fl = name_pool("amish" if amish else "gen", R.choice("MF"))
        o["contact"] = (R.choice(gl), R.choice(fl))
    else:
        o["contact"] = None
    if o["contact"]:
        USED_CONTACT_NAMES.add(pkey(o["contact"][0], o["contact"][1], city))
    home_based = owner is not None and share_owner and otype in ("contractor", "landlord_llc", "farm") and R.random() < 0.5
    if home_based:
        o["addr"] = owner["addr"]
    elif otype in ("contractor", "landlord_llc", "farm") and CITY[city]["kind"] in ("amish", "town") and R.random() < 0.5:
        o["addr"] = fresh_rural(city)
    else:
        o["addr"] = fresh_street(city, arterial=True)
        if otype in ("professional", "retail") and R.random() < 0.35:
            o["addr"] = dict(o["addr"])
            o["addr"]["unit"] = ("Ste", str(R.choice([100, 101, 102, 104, 110, 120, 200, 201, 204, 210, 300])))
            claim_addr(o["addr"])
    if R.random() < 0.08:
        o["mail"] = fresh_pobox(city)
    if owner and share_owner and owner.get("phone") and otype in ("contractor", "landlord_llc") and R.random() < 0.6:
        o["phone"] = owner["phone"]
    elif amish and R.random() < 0.3:
        o["phone"] = None
    else:
        o["phone"] = fresh_phone(city, mobile=False)
    if amish:
        o["email"] = None if R.random() < 0.8 else biz_email(o["core"], None, otype)
    elif owner and share_owner and owner.get("email") and R.random() < 0.35:
        o["email"] = owner["email"]
    elif R.random() < 0.85:
        o["email"] = biz_email(o["core"], o["contact"][0] if o["contact"] else None, otype)
    else:
        o["email"] = None
    if not o["phone"] and not o["email"] and not o["addr"]:
        o["phone"] = fresh_phone(city, mobile=False)
    return o


# ---------------------------------------------------------------------------
# Rendering: QuickBooks Online (existing) and the upstream sources (incoming)
# ---------------------------------------------------------------------------
LEGAL_VARIANTS = {"LLC": ["LLC", ", LLC", "L.L.C.", ", L.L.C.", "Llc", "Limited Liability Company", "LLC."],
                  "Inc": ["Inc.", ", Inc.", "Inc", ", Inc", "Incorporated", "INC"],
                  "Co": ["Co.", "Co", "Company", "& Co."],
                  "Ltd": ["Ltd.", "Ltd", "Limited", ", Ltd."]}


def company_str(core, legal, var=0):
    if not legal:
        return core
    vs = LEGAL_VARIANTS[legal]
    v = vs[var % len(vs)]
    return core + v if v.startswith(",") else core + " " + v


SX_FORMS = {"Jr.": ["Jr.", "Jr", "JR", "Junior"], "Sr.": ["Sr.", "Sr", "SR", "Senior"], "III": ["III", "3rd"],
            "II": ["II", "2nd"]}


def sx_str(sx, i=0):
    if not sx:
        return ""
    fs = SX_FORMS[sx]
    return fs[i % len(fs)]


def qbo_contact(e):
    """The QuickBooks Online customer record of an existing customer."""
    if e["party"] == "person":
        g = e["goes_by"] or e["given"]
        f = e["family"]
        m = e["middle"]
        sx = (" " + e["suffix"]) if e["suffix"] else ""
        sp = e["sp"]
        amish = e["group"] == "amish"
        gm = (g + " " + m + ".") if (m and (amish and R.random() < 0.7 or R.random() < 0.1)) else g
        if sp:
            r = R.random()
            if sp["family"] == f:
                if r < 0.6:
                    dn = "%s & %s %s%s" % (gm, sp["given"], f, sx)
                elif r < 0.7:
                    dn = "%s and %s %s%s" % (g, sp["given"], f, sx)
                elif r < 0.85:
                    dn = "%s%s, %s & %s" % (f, sx, g, sp["given"])
                else:
                    dn = "%s %s%s" % (gm, f, sx)
            else:
                dn = "%s %s%s & %s %s" % (g, f, sx, sp["given"], sp["family"]) if r < 0.75 else "%s %s%s" % (g, f, sx)
        else:
            r = R.random()
            dn = "%s %s%s" % (gm, f, sx) if r < 0.85 else "%s%s, %s" % (f, sx, g)
        addr = e["mail"] or e["addr"]
        c = {"displayName": dn, "givenName": g, "familyName": f, "companyName": None}
    else:
        legal = e["legal"]
        var = {"LLC": 0 if R.random() < 0.7 else 1, "Inc": R.choice([0, 0, 1, 2]), "Co": 0, "Ltd": 0}.get(legal, 0)
        cn = company_str(e["core"], legal, var)
        c = {"displayName": cn, "givenName": e["contact"][0] if e["contact"] else None,
             "familyName": e["contact"][1] if e["contact"] else None, "companyName": cn}
        addr = e["mail"] or e["addr"]
    c["email"] = e["email"]
    c["phone"] = fmt_phone(e["phone"], "paren" if R.random() < 0.6 else "dash")
    st = {"full": False, "punct": False, "road": R.choice([0, 0, 1]), "box": 0,
          "unit": "line2" if R.random() < 0.7 else "inline", "uword": None, "zip4": R.random() < 0.15,
          "case": "title", "region": "OH", "country": "US"}
    if addr and addr.get("unit"):
        st["uword"] = addr["unit"][0] if st["unit"] == "line2" else R.choice([addr["unit"][0], "#"])
    c["address"] = render_addr(addr, st) if addr else None
    if e.get("qbo_drop_addr") and (c["email"] or c["phone"]):
        c["address"] = None
    return c


SOURCES_MATCH = [("ams", 28), ("carrier", 30), ("pfa", 12), ("rater", 12), ("web", 18)]
SOURCES_NEW = [("rater", 40), ("web", 35), ("ams", 10), ("carrier", 8), ("pfa", 7)]


def person_view(e):
    sp = e["sp"]
    return {"party": "person", "pg": e["given"], "pm": e["middle"], "pf": e["family"], "sx": e["suffix"],
            "goes_by": e["goes_by"], "sp": sp, "show_sp": bool(sp) and R.random() < 0.45,
            "addr": e["mail"] or e["addr"], "phone": e["phone"], "email": e["email"], "use_nick": None,
            "group": e["group"], "city": e["city"], "dba": None, "sex": e["sex"], "id": e["id"]}


def org_view(e):
    return {"party": "org", "core": e["core"], "legal": e["legal"], "contact": e["contact"],
            "addr": e["mail"] or e["addr"], "phone": e["phone"], "email": e["email"], "dba": None,
            "city": e["city"], "legal_var": None, "id": e["id"]}


NICK_P = {"ams": 0.25, "carrier": 0.2, "rater": 0.3, "pfa": 0.05, "web": 0.4}


def pick_given(v, src):
    """Legal or known-by name, as this source would have it."""
    g = v["pg"]
    if v.get("use_nick") is not None:
        return v["use_nick"]
    if v["goes_by"] and R.random() < NICK_P[src] * 2:
        return v["goes_by"]
    return g


def render_person(v, src):
    g = pick_given(v, src)
    m, f, sx = v["pm"], v["pf"], v["sx"]
    sp = v["sp"] if v["show_sp"] else None
    c = {"companyName": None}
    if src == "ams":
        caps = R.random() < 0.6
        mi = m if (m and R.random() < 0.75) else None
        sxs = (" " + sx_str(sx, R.choice([0, 1, 2]))) if sx else ""
        dn = "%s%s, %s%s" % (f, sxs, g, (" " + mi) if mi else "")
        if sp:
            if sp["family"] == f:
                dn += " & " + sp["given"] + ((" " + sp["middle"]) if sp["middle"] and R.random() < 0.5 else "")
            else:
                dn += " & " + sp["given"] + " " + sp["family"]
        c["displayName"] = dn
        c["givenName"] = g + ((" " + mi) if (mi and R.random() < 0.3) else "")
        c["familyName"] = f + (sxs if (sx and R.random() < 0.4) else "")
        if caps:
            for k in ("displayName", "givenName", "familyName"):
                c[k] = strip_accents(c[k]).upper()
        c["email"] = (v["email"].upper() if (caps and v["email"] and R.random() < 0.4) else v["email"])
        c["phone"] = fmt_phone(v["phone"], R.choice(["paren", "dash", "dash"]))
        st = {"case": "upper" if caps else "title", "full": False, "punct": False, "road": R.choice([0, 1, 2]),
              "box": R.choice([0, 0, 1]), "unit": "line2", "uword": "APT" if caps else "Apt", "zip4": R.random() < 0.2,
              "region": "OH", "country": None if R.random() < 0.5 else "US"}
    elif src == "carrier":
        caps = R.random() < 0.9
        mi = m if m else None
        sxs = (" " + sx_str(sx, R.choice([1, 2]))) if sx else ""
        r = R.random()
        spp = ""
        if sp:
            spp = sp["given"] + ((" " + sp["middle"]) if sp["middle"] else "")
        if r < 0.45:
            dn = "%s %s%s%s" % (f, g, (" " + mi) if mi else "", sxs)
            if sp:
                dn += " & " + spp + ("" if sp["family"] == f else " " + sp["family"])
        else:
            if sp and sp["family"] == f and R.random() < 0.6:
                dn = "%s%s & %s %s%s" % (g, (" " + mi) if mi else "", spp, f, sxs)
            else:
                dn = "%s%s %s%s" % (g, (" " + mi) if mi else "", f, sxs)
                if sp:
                    dn += " & " + spp + " " + sp["family"]
        c["displayName"] = dn
        if R.random() < 0.55:
            c["givenName"], c["familyName"] = g, f
        else:
            c["givenName"], c["familyName"] = None, None
        if caps:
            for k in ("displayName", "givenName", "familyName"):
                if c[k]:
                    c[k] = strip_accents(c[k]).upper() if R.random() < 0.7 else c[k].upper()
        if not caps and R.random() < 0.5:
            # carrier download read in the wrong code page
            for k in ("displayName", "givenName", "familyName"):
                if c[k] and any(ord(ch) > 127 for ch in c[k]):
                    c[k] = mojibake(c[k])
        c["email"] = v["email"] if R.random() < 0.4 else None
        c["phone"] = fmt_phone(v["phone"], R.choice(["digits", "dash"])) if R.random() < 0.45 else None
        st = {"case": "upper" if caps else "title", "full": False, "punct": False, "road": R.choice([0, 1]),
              "box": R.choice([0, 1, 2]), "unit": R.choice(["line2", "inline"]), "uword": R.choice(["APT", "#", "UNIT"]),
              "zip4": R.random() < 0.6, "region": "OH", "country": "USA"}
    elif src == "rater":
        case = wchoice([("lower", 40), ("title", 50), ("upper", 10)])
        dn = "%s %s%s" % (g, f, (" " + sx_str(sx, 1)) if sx else "")
        if sp and R.random() < 0.3:
            dn = "%s & %s %s" % (g, sp["given"], f)
        c["displayName"] = casefn(dn, case)
        c["givenName"] = casefn(g, case)
        c["familyName"] = casefn(f, case)
        c["email"] = v["email"] if R.random() < 0.5 else None
        c["phone"] = fmt_phone(v["phone"], R.choice(["digits", "dash", "paren_nospace"])) if R.random() < 0.85 else None
        st = {"case": case, "full": R.random() < 0.2, "punct": False, "road": R.choice([0, 1, 2, 3]),
              "box": R.choice([0, 1, 3]), "unit": "inline", "uword": R.choice(["Apt", "apt", "#", "Unit"]),
              "zip4": False, "region": "OH", "country": "US" if R.random() < 0.5 else None,
              "no_line1": R.random() < 0.35}
    elif src == "pfa":
        dn = "%s %s%s%s" % (g, (m + ". ") if m else "", f, (", " + sx_str(sx, 0)) if sx else "")
        if sp:
            dn += " and %s %s%s" % (sp["given"], (sp["middle"] + ". ") if sp["middle"] else "", sp["family"])
        c["displayName"] = dn
        c["givenName"], c["familyName"] = g, f
        c["email"] = v["email"] if R.random() < 0.7 else None
        c["phone"] = fmt_phone(v["phone"], R.choice(["dot", "dash", "paren"])) if R.random() < 0.9 else None
        st = {"case": "title", "full": R.random() < 0.5, "punct": R.random() < 0.3, "road": R.choice([0, 3]),
              "box": R.choice([1, 4]), "unit": "line2", "uword": R.choice(["Apt.", "Unit", "Apt"]),
              "zip4": R.random() < 0.3, "region": "OH", "country": R.choice(["United States", "US"])}
    else:  # web
        case = wchoice([("title", 65), ("lower", 30), ("upper", 5)])
        if R.random() < 0.5:
            # customers seldom type the accents on a US keyboard
            g, f = strip_accents(g), strip_accents(f)
            if sp:
                sp = dict(sp, given=strip_accents(sp["given"]))
        dn = "%s %s%s" % (g, f, (" " + sx_str(sx, R.choice([0, 1]))) if sx else "")
        if sp and R.random() < 0.25:
            dn = "%s and %s %s" % (g, sp["given"], f)
        c["displayName"] = casefn(dn, case)
        c["givenName"] = casefn(g, case)
        c["familyName"] = casefn(f, case)
        c["email"] = v["email"]
        c["phone"] = fmt_phone(v["phone"], R.choice(["dash", "digits", "paren", "dot", "space"])) if R.random() < 0.92 else None
        st = {"case": case if R.random() < 0.7 else "title", "full": R.random() < 0.3, "punct": R.random() < 0.1,
              "road": R.choice([0, 1, 2, 3]), "box": R.choice([0, 1, 2, 3]),
              "unit": R.choice(["inline", "inline", "line2", "comma"]), "uword": R.choice(["Apt", "apt", "#", "Unit"]),
              "zip4": R.random() < 0.05, "region": wchoice([("OH", 70), ("Ohio", 25), ("oh", 5)]),
              "country": wchoice([(None, 40), ("US", 30), ("United States", 20), ("USA", 10)])}
    c["address"] = render_addr(v["addr"], st) if v["addr"] else None
    return c, st


def render_org(v, src):
    legal = v["legal"]
    contact = v["contact"]
    c = {}
    if src == "ams":
        caps = R.random() < 0.6
        var = R.choice([0, 1])
        show_contact = R.random() < 0.7
        st_case = "upper" if caps else "title"
        ph = R.choice(["paren", "dash"])
        st = {"case": st_case, "full": False, "punct": False, "road": R.choice([0, 1]), "box": 0, "unit": "line2",
              "uword": "STE" if caps else "Ste", "zip4": R.random() < 0.2, "region": "OH",
              "country": None if R.random() < 0.5 else "US"}
        pe, ee = 1.0, 1.0
    elif src == "carrier":
        caps = R.random() < 0.95
        var = R.choice([0, 2, 6]) if legal == "LLC" else R.choice([0, 2, 5])
        show_contact = R.random() < 0.25
        ph = "digits"
        st = {"case": "upper" if caps else "title", "full": False, "punct": False, "road": 1, "box": 0,
              "unit": R.choice(["line2", "inline"]), "uword": R.choice(["STE", "#", "SUITE"]), "zip4": R.random() < 0.6,
              "region": "OH", "country": "USA"}
        pe, ee = 0.5, 0.4
    elif src == "rater":
        caps = False
        var = R.choice([0, 4])
        if R.random() < 0.5:
            legal = None
        show_contact = R.random() < 0.6
        ph = R.choice(["digits", "dash"])
        case = wchoice([("lower", 40), ("title", 55), ("upper", 5)])
        st = {"case": case, "full": R.random() < 0.2, "punct": False, "road": R.choice([0, 1, 2]), "box": 1,
              "unit": "inline", "uword": R.choice(["Ste", "Suite", "#"]), "zip4": False, "region": "OH",
              "country": None, "no_line1": R.random() < 0.3}
        pe, ee = 0.9, 0.5
    elif src == "pfa":
        caps = False
        var = R.choice([1, 2, 3, 5]) if legal == "LLC" else R.choice([1, 2, 4])
        show_contact = R.random() < 0.5
        ph = R.choice(["dot", "dash"])
        st = {"case": "title", "full": R.random() < 0.5, "punct": R.random() < 0.3, "road": 0, "box": 1,
              "unit": "line2", "uword": R.choice(["Suite", "Ste."]), "zip4": R.random() < 0.3, "region": "OH",
              "country": R.choice(["United States", "US"])}
        pe, ee = 0.95, 0.7
    else:
        caps = False
        var = R.choice([0, 0, 1, 2, 4])
        if R.random() < 0.2:
            legal = None
        show_contact = R.random() < 0.85
        ph = R.choice(["dash", "digits", "paren", "dot"])
        case = wchoice([("title", 75), ("lower", 20), ("upper", 5)])
        st = {"case": case, "full": R.random() < 0.3, "punct": R.random() < 0.1, "road": R.choice([0, 1, 2]),
              "box": R.choice([0, 1]), "unit": R.choice(["inline", "line2", "comma"]), "uword": R.choice(["Suite", "Ste", "#"]),
              "zip4": R.random() < 0.05, "region": wchoice([("OH", 75), ("Ohio", 25)]),
              "country": wchoice([(None, 50), ("US", 30), ("United States", 20)])}
        pe, ee = 0.95, 0.97
    if v.get("legal_var") is not None:
        var = v["legal_var"]
    if v.get("force_contact"):
        show_contact = True
    cn = company_str(v["core"], legal, var)
    if st.get("case") == "lower":
        cn = cn.lower()
    if caps:
        cn = strip_accents(cn).upper()
    dn = cn
    if v.get("dba") and contact:
        g, f = contact
        r = R.random()
        if r < 0.35:
            dn = "%s %s dba %s" % (g, f, cn)
        elif r < 0.7:
            dn = "%s, %s DBA %s" % (f.upper(), g.upper(), cn.upper())
        else:
            dn = "%s (%s %s)" % (cn, g, f)
        if R.random() < 0.4:
            cn = dn
        show_contact = True
    c["displayName"] = dn
    c["companyName"] = cn
    if contact and show_contact:
        g, f = contact
        c["givenName"] = g.upper() if caps else g
        c["familyName"] = f.upper() if caps else f
    else:
        c["givenName"], c["familyName"] = None, None
    c["email"] = v["email"] if R.random() < ee else None
    c["phone"] = fmt_phone(v["phone"], ph) if R.random() < pe else None
    if c["phone"] and src in ("ams", "pfa") and R.random() < 0.08:
        c["phone"] += R.choice([" ext 1", " x12", " ext. 101"])
    c["address"] = render_addr(v["addr"], st) if v["addr"] else None
    return c, st


def render(v, src):
    return render_person(v, src) if v["party"] == "person" else render_org(v, src)


# ---------------------------------------------------------------------------
# Noise operations (applied to a rendered contact; each returns its log)
# ---------------------------------------------------------------------------
_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEIGH = {}
for _ri, _row in enumerate(_ROWS):
    for _ci, _ch in enumerate(_row):
        nb = []
        if _ci > 0:
            nb.append(_row[_ci - 1])
        if _ci < len(_row) - 1:
            nb.append(_row[_ci + 1])
        NEIGH[_ch] = nb
NAME_FIELDS = ["displayName", "givenName", "familyName", "companyName"]
WORDCH = "A-Za-z\u00c0-\u024f"


def typo_word(w):
    for _ in range(30):
        i = R.randrange(len(w))
        op = R.choice(["swap", "del", "dup", "sub", "sub"])
        r = None
        if op == "swap" and i < len(w) - 1 and w[i] != w[i + 1]:
            r = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == "del" and len(w) > 3 and i > 0:
            r = w[:i] + w[i + 1:]
        elif op == "dup" and w[i].isalpha():
            r = w[:i] + w[i] + w[i:]
        elif op == "sub" and w[i].lower() in NEIGH and i > 0:
            ch = R.choice(NEIGH[w[i].lower()])
            r = w[:i] + (ch.upper() if w[i].isupper() else ch) + w[i + 1:]
        if r and r.lower() != w.lower():
            return r
    return w + w[-1]


def sub_word(s, old, new):
    def rep(mo):
        w = mo.group(0)
        if w.isupper() and len(w) > 1:
            return new.upper()
        if w.islower():
            return new.lower()
        return new
    return re.sub(r"(?<![%s])%s(?![%s])" % (WORDCH, re.escape(old), WORDCH), rep, s, flags=re.IGNORECASE)


def replace_in_names(c, old, new, fields=NAME_FIELDS):
    changed = []
    for k in fields:
        s = c.get(k)
        if not s:
            continue
        s2 = sub_word(s, old, new)
        if s2 != s:
            c[k] = s2
            changed.append(k)
    return changed


def words(s):
    return re.findall(r"[%s]+" % WORDCH, s or "")


def op_case(c, v, ctx):
    mode = R.choice(["upper", "lower"])
    out = []
    for k in NAME_FIELDS:
        if c[k]:
            n = c[k].upper() if mode == "upper" else c[k].lower()
            if n != c[k]:
                c[k] = n
                out.append((k, "case"))
    if c["address"] and R.random() < 0.5:
        a = dict(c["address"])
        for k in ("line1", "line2", "city"):
            if a[k]:
                a[k] = a[k].upper() if mode == "upper" else a[k].lower()
        if a != c["address"]:
            c["address"] = a
            out.append(("address", "case"))
    return out or None


def op_name_typo(c, v, ctx):
    cands = []
    for k in (["companyName"] if v["party"] == "org" else ["familyName", "familyName", "givenName"]):
        for w in words(c.get(k)):
            if len(w) >= 4 and norm_text(w) not in NAME_STOP:
                cands.append(w)
    if not cands:
        for w in words(c["displayName"]):
            if len(w) >= 4:
                cands.append(w)
    if not cands:
        return None
    w = R.choice(cands)
    w2 = typo_word(w)
    ch = replace_in_names(c, w, w2)
    return [(k, "typo") for k in ch] or None


def op_nickname(c, v, ctx):
    if v["party"] != "person":
        return None
    g = v["pg"]
    cur = words(c["givenName"] or c["displayName"])
    toks = [t.lower() for t in words(c["displayName"])]
    if g.lower() in toks and NICK.get(g):
        ch = replace_in_names(c, g, R.choice(NICK[g]), ["displayName", "givenName"])
    elif v["goes_by"] and v["goes_by"].lower() in toks:
        ch = replace_in_names(c, v["goes_by"], g, ["displayName", "givenName"])
    else:
        return None
    return [(k, "nickname") for k in ch] or None


def op_initial(c, v, ctx):
    if v["party"] != "person" or not c["givenName"]:
        return None
    w = words(c["givenName"])
    if not w or len(w[0]) < 2:
        return None
    g = w[0]
    ini = g[0] + ("." if R.random() < 0.5 else "")
    ch = replace_in_names(c, g, ini, ["displayName", "givenName"])
    return [(k, "initial") for k in ch] or None


def op_middle(c, v, ctx):
    if v["party"] != "person":
        return None
    m = v.get("pm")
    dn = c["displayName"]
    if m and re.search(r"(?<![A-Za-z])%s\.?(?![A-Za-z])" % m, dn, flags=re.IGNORECASE) and len(words(dn)) > 2:
        dn2 = re.sub(r"\s+%s\.?(?![A-Za-z])" % m, "", dn, count=1, flags=re.IGNORECASE)
    else:
        m2 = m or R.choice("ABCDEJKLMRST")
        g = words(c["givenName"])[0] if c["givenName"] and words(c["givenName"]) else None
        if not g or g.lower() not in dn.lower():
            return None
        i = dn.lower().find(g.lower()) + len(g)
        ins = " " + (m2 if dn.isupper() else m2 + ("." if R.random() < 0.5 else ""))
        dn2 = dn[:i] + ins + dn[i:]
    if dn2 == dn:
        return None
    c["displayName"] = dn2
    return [("displayName", "middle_initial")]


def op_swap(c, v, ctx):
    if v["party"] != "person" or not c["givenName"] or not c["familyName"] or c["givenName"] == c["familyName"]:
        return None
    c["givenName"], c["familyName"] = c["familyName"], c["givenName"]
    return [("givenName", "swapped"), ("familyName", "swapped")]


def op_title(c, v, ctx):
    if v["party"] != "person":
        return None
    if v["show_sp"] and v["sp"]:
        t = R.choice(["Mr. & Mrs.", "Mr and Mrs", "MR & MRS"])
    elif v.get("sex") == "F":
        t = R.choice(["Mrs.", "Ms.", "Ms", "MRS"])
    else:
        t = R.choice(["Mr.", "Mr", "MR", "Dr."])
    dn = c["displayName"]
    if "," in dn:
        c["displayName"] = dn + " (" + t + ")" if R.random() < 0.3 else t + " " + dn
    else:
        c["displayName"] = t + " " + dn
    return [("displayName", "title")]


def op_suffix(c, v, ctx):
    if v["party"] != "person" or not v["sx"]:
        return None
    out = []
    for k in ("displayName", "familyName"):
        s = c[k]
        if not s:
            continue
        s2 = re.sub(r",?\s+(Jr\.?|Sr\.?|JR|SR|Junior|Senior|III|II|3rd|2nd)(?![A-Za-z])", "", s, flags=re.IGNORECASE)
        if s2 != s and s2.strip():
            c[k] = s2.strip()
            out.append((k, "suffix"))
    return out or None


def op_accents(c, v, ctx):
    out = []
    for k in NAME_FIELDS:
        s = c[k]
        if s and strip_accents(s) != s:
            c[k] = strip_accents(s)
            out.append((k, "accents"))
    return out or None


def mojibake(s):
    return s.encode("utf-8").decode("cp1252", errors="replace")


def op_mojibake(c, v, ctx):
    out = []
    for k in NAME_FIELDS:
        s = c[k]
        if s and any(ord(ch) > 127 for ch in s):
            c[k] = mojibake(s)
            out.append((k, "mojibake"))
    return out or None


def op_company_wrong(c, v, ctx):
    if v["party"] != "person" or c["companyName"]:
        return None
    c["companyName"] = c["displayName"] if R.random() < 0.6 else (" ".join(x for x in (c["givenName"], c["familyName"]) if x) or c["displayName"])
    return [("companyName", "wrong_field")]


def op_given_full(c, v, ctx):
    if v["party"] != "person" or not c["givenName"] or not c["familyName"]:
        return None
    c["givenName"] = c["givenName"] + " " + c["familyName"]
    c["familyName"] = None
    return [("givenName", "wrong_field"), ("familyName", "missing")]


def op_email_missing(c, v, ctx):
    if not c["email"]:
        return None
    c["email"] = None
    return [("email", "missing")]


def email_typo(e):
    loc, dom = e.rsplit("@", 1)
    if dom.lower() in DOMAIN_TYPOS and R.random() < 0.6:
        d2 = R.choice(DOMAIN_TYPOS[dom.lower()])
        return loc + "@" + (d2.upper() if dom.isupper() else d2)
    r = R.random()
    if r < 0.15:
        return (loc + dom) if R.random() < 0.5 else (loc + "@" + dom.replace(".", ",", 1))
    alpha = [m for m in re.finditer(r"[A-Za-z]{3,}", loc)]
    if not alpha:
        return loc + loc[-1] + "@" + dom
    m = R.choice(alpha)
    return loc[:m.start()] + typo_word(m.group(0)) + loc[m.end():] + "@" + dom


def op_email_typo(c, v, ctx):
    if not c["email"]:
        return None
    e2 = email_typo(c["email"])
    if email_norm(e2) == email_norm(c["email"]):
        return None
    c["email"] = e2
    return [("email", "typo")]


def op_email_case(c, v, ctx):
    if not c["email"]:
        return None
    e = c["email"]
    e2 = e.upper() if R.random() < 0.4 else (" " + e if R.random() < 0.3 else e[0].upper() + e[1:])
    if e2 == e:
        return None
    c["email"] = e2
    return [("email", "case")]


def op_phone_missing(c, v, ctx):
    if not c["phone"]:
        return None
    c["phone"] = None
    return [("phone", "missing")]


def op_phone_digit(c, v, ctx):
    p = c["phone"]
    if not p:
        return None
    idx = [i for i, ch in enumerate(p.split(" ext")[0].split(" x")[0]) if ch.isdigit()]
    if len(idx) < 7:
        return None
    i = R.choice(idx[-7:])
    d = R.choice([x for x in "0123456789" if x != p[i]])
    c["phone"] = p[:i] + d + p[i + 1:]
    return [("phone", "digit_off")]


def op_phone_format(c, v, ctx):
    if not c["phone"] or not v["phone"]:
        return None
    p2 = fmt_phone(v["phone"], R.choice(["paren", "dash", "dot", "digits", "intl", "one", "space"]))
    if phone_norm(c["phone"]) != phone_norm(p2) or p2 == c["phone"]:
        return None
    c["phone"] = p2
    return [("phone", "reformatted")]


def _addr_edit(c, fn):
    if not c["address"]:
        return None
    a = dict(c["address"])
    res = fn(a)
    if res is None or a == c["address"]:
        return None
    c["address"] = a
    return [("address", res)]


def op_addr_missing(c, v, ctx):
    if not c["address"]:
        return None
    c["address"] = None
    return [("address", "missing")]


def op_line1_missing(c, v, ctx):
    def f(a):
        if not a["line1"]:
            return None
        a["line1"] = None
        a["line2"] = None
        return "line1_missing"
    return _addr_edit(c, f)


def op_unit_dropped(c, v, ctx):
    def f(a):
        if a["line2"] and addr_tokens(a["line2"])[:1] == ["UNIT"]:
            a["line2"] = None
            return "unit_dropped"
        if a["line1"]:
            s = re.sub(r",?\s+(apt\.?|unit|ste\.?|suite|#)\s*\S+$", "", a["line1"], flags=re.IGNORECASE)
            if s != a["line1"]:
                a["line1"] = s
                return "unit_dropped"
        return None
    return _addr_edit(c, f)


def op_street_typo(c, v, ctx):
    def f(a):
        if not a["line1"]:
            return None
        ws = [w for w in words(a["line1"]) if len(w) >= 4 and w.upper() not in ADDR_SINGLE
              and w.upper() not in ("COUNTY", "ROAD", "STATE", "ROUTE", "TOWNSHIP", "RURAL", "BOX", "OFFICE", "POST")]
        if not ws:
            return None
        w = R.choice(ws)
        a["line1"] = sub_word(a["line1"], w, typo_word(w))
        return "typo"
    return _addr_edit(c, f)


def op_city_typo(c, v, ctx):
    def f(a):
        if not a["city"]:
            return None
        ws = [w for w in words(a["city"]) if len(w) >= 5]
        if not ws:
            return None
        w = ws[0]
        a["city"] = sub_word(a["city"], w, typo_word(w))
        return "city_typo"
    return _addr_edit(c, f)


def op_zip_missing(c, v, ctx):
    def f(a):
        if not a["postalCode"]:
            return None
        a["postalCode"] = None
        return "zip_missing"
    return _addr_edit(c, f)


def op_zip_typo(c, v, ctx):
    def f(a):
        z = a["postalCode"]
        if not z or len(z) < 5:
            return None
        i = R.randrange(2, 5)
        a["postalCode"] = z[:i] + R.choice([x for x in "0123456789" if x != z[i]]) + z[i + 1:]
        return "zip_typo"
    return _addr_edit(c, f)


def op_zip4(c, v, ctx):
    def f(a):
        z = a["postalCode"]
        if not z:
            return None
        if "-" in z:
            a["postalCode"] = z.split("-")[0]
        else:
            a["postalCode"] = z + "-%04d" % R.randint(1, 9899)
        return "reformatted"
    return _addr_edit(c, f)


def op_country(c, v, ctx):
    def f(a):
        opts = [x for x in ["US", "USA", "United States", None, "U.S.A."] if x != a["country"]]
        a["country"] = R.choice(opts)
        if R.random() < 0.3:
            a["region"] = R.choice(["Ohio", "OH", "oh", "Oh"])
        return "reformatted"
    return _addr_edit(c, f)


ABBR_PAIRS = [("St", "Street"), ("Ave", "Avenue"), ("Rd", "Road"), ("Dr", "Drive"), ("Ln", "Lane"), ("Ct", "Court"),
              ("Blvd", "Boulevard"), ("Pl", "Place"), ("Cir", "Circle"), ("Pkwy", "Parkway"), ("Trl", "Trail"),
              ("N", "North"), ("S", "South"), ("E", "East"), ("W", "West"), ("CR", "County Road"),
              ("TR", "Township Road"), ("SR", "State Route")]


def op_addr_abbrev(c, v, ctx):
    def f(a):
        if not a["line1"]:
            return None
        l1 = a["line1"]
        for ab, full in ABBR_PAIRS:
            s2 = sub_word(l1, full, ab)
            if s2 != l1:
                a["line1"] = s2
                return "reformatted"
            if re.search(r"(?<![A-Za-z])%s(?![A-Za-z])" % ab, l1, flags=re.IGNORECASE):
                s2 = sub_word(l1, ab, full)
                if s2 != l1 and not re.match(r"^(#|apt|unit)", s2, flags=re.IGNORECASE):
                    a["line1"] = s2
                    return "reformatted"
        return None
    return _addr_edit(c, f)


def op_line2_wrong(c, v, ctx):
    def f(a):
        if not a["line1"]:
            return None
        if v["party"] == "person" and v["sp"] and R.random() < 0.5:
            junk = "C/O " + v["sp"]["given"] + " " + v["sp"]["family"]
        else:
            junk = R.choice(["POL# ", "Policy ", "HO3 ", "PAP "]) + "%s%07d" % (R.choice(["HO", "PA", "OHA", "BOP", "CPP", ""]), R.randint(0, 9999999))
        if a["line2"] and R.random() < 0.5:
            a["line1"], a["line2"] = junk, a["line1"] + " " + a["line2"]
        elif a["line2"]:
            return None
        elif R.random() < 0.25:
            a["line1"], a["line2"] = junk, a["line1"]
        else:
            a["line2"] = junk
        return "wrong_field"
    return _addr_edit(c, f)


def ctx_is_church(v):
    return "church" in v["core"].lower() or "masjid" in v["core"].lower() or "fellowship" in v["core"].lower()


def op_legal_form(c, v, ctx):
    if v["party"] != "org":
        return None
    cn = c["companyName"]
    core = v["core"]
    idx = cn.lower().find(core.lower())
    if idx < 0:
        return None
    legal = v["legal"]
    if legal and R.random() < 0.6:
        new = company_str(core, legal, R.randrange(7))
    elif legal:
        new = core
    else:
        new = company_str(core, "Inc" if ctx_is_church(v) else R.choice(["LLC", "Inc"]), R.randrange(3))
    if cn.isupper():
        new = new.upper()
    elif cn.islower():
        new = new.lower()
    if new == cn:
        return None
    out = []
    if c["displayName"] == cn:
        c["displayName"] = new
        out.append(("displayName", "legal_form"))
    c["companyName"] = new
    out.append(("companyName", "legal_form"))
    return out


def op_ampersand(c, v, ctx):
    out = []
    for k in ("displayName", "companyName"):
        s = c[k]
        if not s:
            continue
        if " & " in s:
            s2 = s.replace(" & ", " and " if not s.isupper() else " AND ", 1)
        elif re.search(r"\sand\s", s, flags=re.IGNORECASE):
            s2 = re.sub(r"\s(and)\s", " & ", s, count=1, flags=re.IGNORECASE)
        else:
            continue
        if s2 != s:
            c[k] = s2
            out.append((k, "ampersand"))
    return out or None


def op_the(c, v, ctx):
    if v["party"] != "org":
        return None
    out = []
    for k in ("displayName", "companyName"):
        s = c[k]
        if not s:
            continue
        s2 = s[4:] if s.lower().startswith("the ") else ("THE " if s.isupper() else "The ") + s
        c[k] = s2
        out.append((k, "the_prefix"))
    return out


ORG_ABBR = [("Company", "Co"), ("Services", "Svcs"), ("Service", "Svc"), ("Heating & Cooling", "Htg & Clg"),
            ("Construction", "Const"), ("Landscape", "Lndscp"), ("Family", "Fam"), ("Restaurant", "Rest"),
            ("Church", "Ch"), ("Saint", "St"), ("Mount", "Mt"), ("Associates", "Assoc"), ("Excavating", "Excav"),
            ("Properties", "Prop"), ("Management", "Mgmt"), ("Dentistry", "Dent"), ("Veterinary", "Vet"),
            ("Center", "Ctr"), ("Brothers", "Bros"), ("Remodeling", "Remod"), ("Plumbing", "Plmbg"),
            ("Investments", "Invest"), ("Methodist", "Meth"), ("Lutheran", "Luth"), ("Presbyterian", "Presb"),
            ("Catholic", "Cath"), ("Baptist", "Bapt"), ("Electric", "Elec"), ("Holdings", "Hldgs")]


def op_abbrev(c, v, ctx):
    if v["party"] != "org":
        return None
    for full, ab in ORG_ABBR:
        if re.search(r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(full), c["companyName"], flags=re.IGNORECASE):
            ch = replace_in_names(c, full, ab, ["displayName", "companyName"])
            return [(k, "abbreviated") for k in ch] or None
    return None


def op_contact_missing(c, v, ctx):
    if v["party"] != "org" or not (c["givenName"] or c["familyName"]):
        return None
    out = []
    for k in ("givenName", "familyName"):
        if c[k]:
            c[k] = None
            out.append((k, "missing"))
    return out


def op_contact_swapped(c, v, ctx):
    if v["party"] != "org" or not c["givenName"] or not c["familyName"]:
        return None
    c["givenName"], c["familyName"] = c["familyName"], c["givenName"]
    return [("givenName", "swapped"), ("familyName", "swapped")]


P_LIGHT = [op_case, op_middle, op_email_case, op_phone_format, op_zip4, op_country, op_addr_abbrev, op_title]
P_MED = [op_name_typo, op_nickname, op_initial, op_email_missing, op_phone_missing, op_unit_dropped,
         op_line1_missing, op_suffix, op_accents, op_line2_wrong]
P_HARSH = [op_swap, op_email_typo, op_phone_digit, op_mojibake, op_company_wrong, op_given_full, op_city_typo,
           op_street_typo, op_zip_typo, op_zip_missing, op_addr_missing]
O_LIGHT = [op_case, op_legal_form, op_email_case, op_phone_format, op_zip4, op_country, op_addr_abbrev, op_ampersand]
O_MED = [op_name_typo, op_the, op_abbrev, op_contact_missing, op_email_missing, op_phone_missing, op_unit_dropped,
         op_line1_missing, op_line2_wrong, op_legal_form]
O_HARSH = [op_email_typo, op_phone_digit, op_mojibake, op_city_typo, op_street_typo, op_zip_typo, op_addr_missing,
           op_contact_swapped, op_zip_missing]
NC_SAFE_P = [op_case, op_middle, op_zip4, op_country, op_addr_abbrev, op_title, op_accents, op_suffix, op_line2_wrong]
NC_SAFE_O = [op_case, op_legal_form, op_zip4, op_country, op_addr_abbrev, op_ampersand, op_the, op_abbrev]
HN_SAFE = [op_case, op_zip4, op_country, op_addr_abbrev, op_phone_format, op_email_case, op_legal_form, op_ampersand]


def apply_noise(c, v, profile, logs, nc=False, hn=False):
    org = v["party"] == "org"
    if hn:
        pool, k = list(HN_SAFE), R.choice([0, 1, 1, 2])
    elif nc:
        pool = list(NC_SAFE_O if org else NC_SAFE_P)
        k = {"light": R.choice([0, 1]), "medium": R.choice([1, 2]), "harsh": R.choice([2, 3])}[profile]
        if profile != "light" and not org:
            pool += [op_nickname, op_initial]
    else:
        L, M, H = (O_LIGHT, O_MED, O_HARSH) if org else (P_LIGHT, P_MED, P_HARSH)
        if profile == "light":
            pool, k = list(L), R.choice([0, 1, 1])
        elif profile == "medium":
            pool, k = list(L) + list(M) + list(M), R.choice([1, 2, 2, 3])
        else:
            pool, k = list(L) + list(M) + list(H) + list(H), R.choice([3, 4, 4, 5])
    R.shuffle(pool)
    done = 0
    used = []
    for op in pool:
        if done >= k:
            break
        if op in used:
            continue
        res = op(c, v, None)
        if res:
            logs.extend(res)
            done += 1
            used.append(op)
    return c


# ---------------------------------------------------------------------------
# Life events between the QBO record and the incoming record
# ---------------------------------------------------------------------------
YOUNG_M = ["Tyler", "Austin", "Ethan", "Dylan", "Logan", "Caleb", "Hunter", "Cody", "Jacob", "Noah", "Mason",
           "Connor", "Brayden", "Gavin", "Owen", "Carson", "Landon", "Wyatt"]
YOUNG_F = ["Kayla", "Madison", "Brittany", "Hannah", "Emma", "Olivia", "Abigail", "Taylor", "Morgan", "Alexis",
           "Paige", "Haley", "Kaitlyn", "Brooke", "Chloe", "Megan", "Mackenzie", "Sydney"]
NAME_FIELDS3 = ["displayName", "givenName", "familyName"]


def other_city(city):
    if CITY[city]["kind"] == "amish" or CITY[city]["county"] in ("Holmes", "Wayne", "Tuscarawas"):
        return pick_city(HOLMES_WAYNE)
    return pick_city(CENTRAL)


def event_person(kind, e, v, qc):
    logs = []
    city = e["city"]
    if kind == "nickname":
        qg = qc["givenName"] or ""
        if e["goes_by"] and norm_text(qg) == norm_text(e["goes_by"]):
            v["use_nick"] = e["given"]
        elif NICK.get(e["given"]):
            v["use_nick"] = R.choice(NICK[e["given"]])
        logs += [("displayName", "nickname"), ("givenName", "nickname")]
    elif kind in ("spouse_named", "widow_own_name"):
        sp = e["sp"]
        v["pg"], v["pm"], v["pf"], v["sex"] = sp["given"], sp["middle"], sp["family"], sp["sex"]
        v["goes_by"], v["sx"], v["use_nick"] = None, None, None
        v["sp"] = {"given": e["goes_by"] or e["given"], "middle": e["middle"], "family": e["family"], "sex": e["sex"]}
        v["show_sp"] = (R.random() < 0.4) if kind == "spouse_named" else False
        logs += [(f, kind) for f in NAME_FIELDS3]
        if kind == "widow_own_name":
            if R.random() < 0.4:
                v["phone"] = fresh_phone(city, mobile=True)
                logs.append(("phone", "new"))
            if R.random() < 0.25 and v["group"] != "amish":
                v["email"] = fresh_email(sp["given"], sp["family"])
                logs.append(("email", "new"))
    elif kind == "household_form":
        v["show_sp"] = True
        logs += [("displayName", "household_form")]
    elif kind == "married_name":
        new = R.choice([x for x in FAMILY if x != e["family"]])
        r = R.random()
        v["pf"] = new if r < 0.65 else (e["family"] + "-" + new if r < 0.85 else new)
        if r >= 0.85:
            v["pm"] = None
        logs += [("displayName", "married_name"), ("familyName", "married_name")]
        if R.random() < 0.4:
            v["email"] = fresh_email(e["given"], new)
            logs.append(("email", "new"))
    elif kind == "moved":
        c2 = city if R.random() < 0.5 else other_city(city)
        v["addr"] = fresh_home(c2)
        logs.append(("address", "moved"))
    elif kind == "new_phone":
        v["phone"] = fresh_phone(city, mobile=True)
        logs.append(("phone", "new"))
    elif kind == "new_email":
        v["email"] = fresh_email(e["given"], e["family"])
        logs.append(("email", "new"))
    elif kind == "po_box":
        if e["mail"]:
            v["addr"] = e["addr"]
            logs.append(("address", "risk_address"))
        else:
            v["addr"] = fresh_pobox(city)
            logs.append(("address", "po_box"))
    elif kind == "risk_address":
        v["addr"] = R.choice(e["rentals"]) if e["rentals"] else e["addr"]
        logs.append(("address", "risk_address"))
    return logs


RENAME_TAILS = {"contractor": [" & Sons", " Group", " & Exteriors", " Solutions", " Pros"],
                "restaurant": [" & Pub", " Express", " Kitchen", " & Catering"],
                "professional": [" Group", " & Associates", " Partners"],
                "farm": [" & Sons", " Enterprises", " & Daughters"], "church": [" Fellowship"],
                "landlord_llc": [" Group", " Partners", " II"], "retail": [" Plus", " & More", " Group"]}


def event_org(kind, e, v, qc):
    logs = []
    city = e["city"]
    if kind == "legal_form":
        if e["legal"] and R.random() < 0.3:
            v["legal"] = None
        elif not e["legal"]:
            v["legal"] = R.choice(["LLC", "Inc"])
        else:
            v["legal_var"] = R.randrange(2, 7)
        logs += [("displayName", "legal_form"), ("companyName", "legal_form")]
    elif kind == "dba_owner":
        v["dba"] = True
        logs += [("displayName", "dba"), ("companyName", "dba"), ("givenName", "dba"), ("familyName", "dba")]
    elif kind == "renamed":
        for _ in range(50):
            core = e["core"] + R.choice(RENAME_TAILS[e["sub"]])
            if norm_text(core) not in USED_CORES:
                USED_CORES.add(norm_text(core))
                v["core"] = core
                break
        if R.random() < 0.3:
            v["legal"] = "Inc" if e["legal"] == "LLC" else "LLC"
        logs += [("displayName", "renamed"), ("companyName", "renamed")]
    elif kind == "contact_changed":
        gl, fl = name_pool("amish" if e["amish"] else "gen", R.choice("MF"))
        v["contact"] = (R.choice(gl), R.choice(fl))
        v["force_contact"] = True
        logs += [("givenName", "contact_changed"), ("familyName", "contact_changed")]
    elif kind == "moved":
        c2 = city if R.random() < 0.6 else other_city(city)
        v["addr"] = fresh_street(c2, arterial=True)
        logs.append(("address", "moved"))
    elif kind == "new_phone":
        v["phone"] = fresh_phone(city, mobile=False)
        logs.append(("phone", "new"))
    elif kind == "new_email":
        v["email"] = biz_email(e["core"] + " " + R.choice(["oh", "co", "llc", "1"]), None, e["sub"])
        logs.append(("email", "new"))
    elif kind == "po_box":
        if e["mail"]:
            v["addr"] = e["addr"]
            logs.append(("address", "risk_address"))
        else:
            v["addr"] = fresh_pobox(city)
            logs.append(("address", "po_box"))
    return logs


def make_view(e):
    return person_view(e) if e["party"] == "person" else org_view(e)


def apply_event(kind, e, v, qc):
    return event_person(kind, e, v, qc) if e["party"] == "person" else event_org(kind, e, v, qc)


# ---------------------------------------------------------------------------
# Existing customers (the QuickBooks Online customer list)
# ---------------------------------------------------------------------------
EX = []          # truth of every existing customer
EXTRA = {}       # id -> truth of customers who are *not* in QBO (owners, LLCs used by hard negatives)


def add_ex(e):
    EX.append(e)
    return e


def build_existing():
    # persons --------------------------------------------------------------
    for _ in range(545):
        add_ex(make_person("single", spouse=False if R.random() < 0.8 else None))
    for _ in range(380):
        add_ex(make_person("household", spouse=True))
    for _ in range(95):
        add_ex(make_person("amish", amish=True))
    # Amish phone shanties: several households share one community phone
    amish = [e for e in EX if e["group"] == "amish"]
    by_town = {}
    for e in amish:
        by_town.setdefault(e["city"], []).append(e)
    for town in AMISH_TOWNS:
        lst = by_town.get(town, [])
        i = 0
        while i < len(lst):
            grp = lst[i:i + R.choice([2, 3, 4])]
            i += len(grp)
            if R.random() < 0.55:
                ph = fresh_phone(town, mobile=False)
                for e in grp:
                    if R.random() < 0.8:
                        e["phone"], e["phone_type"] = ph, "shanty"
            else:
                for e in grp:
                    if R.random() < 0.35:
                        e["phone"], e["phone_type"] = fresh_phone(town, mobile=False), "landline"
    # apartments
    for _ in range(55):
        cx = R.choice(COMPLEXES)
        add_ex(make_person("apartment", city=cx[0], addr=complex_unit(cx), spouse=R.random() < 0.2))
    # generations (Sr./Jr. at one address)
    for i in range(24):
        city = pick_city([c for c in CENTRAL if CITY[c]["kind"] == "town"] + ["Grove City", "Hilliard", "Columbus"])
        p = make_person("generation", city=city, group="gen", sex="M", given=R.choice(CLASSIC_M),
                        addr=fresh_rural(city) if CITY[city]["kind"] == "town" and R.random() < 0.6 else None)
        p["suffix"] = wchoice([("Sr.", 45), (None, 35), ("Jr.", 20)])
        p["phone_type"] = "landline"
        if i < 5:
            # the other generation is also a QBO customer
            q = make_person("generation", city=city, group="gen", sex="M", given=p["given"], family=p["family"],
                            addr=p["addr"], allow_dup_name=True, spouse=R.random() < 0.5)
            q["suffix"] = "Jr." if p["suffix"] != "Jr." else "III"
            if p["suffix"] is None:
                p["suffix"] = "Sr."
            q["middle"] = p["middle"]
            p["pair"] = q["id"]
            q["pair"] = p["id"]
            add_ex(q)
        add_ex(p)
    # landlords with rentals
    for i in range(32):
        p = make_person("landlord", group="gen")
        p["rentals"] = [fresh_street(R.choice([p["city"], p["city"], pick_city(CENTRAL)])) for _ in range(R.choice([1, 2, 3]))]
        add_ex(p)
        if i < 10:
            llc = make_org("landlord_llc", owner=p)
            p["biz"] = llc["id"]
            add_ex(llc)
        else:
            llc = make_org("landlord_llc", owner=p)
            p["biz"] = llc["id"]
            llc["phone"] = p["phone"] if R.random() < 0.7 else llc["phone"]
            llc["email"] = p["email"] if (p["email"] and R.random() < 0.5) else llc["email"]
            llc["addr"] = p["addr"] if R.random() < 0.5 else R.choice(p["rentals"])
            EXTRA[llc["id"]] = llc
    # owners of small businesses
    for i in range(40):
        p = make_person("owner", group="gen" if R.random() < 0.85 else None)
        add_ex(p)
        otype = wchoice([("contractor", 60), ("restaurant", 15), ("retail", 20), ("professional", 5)])
        biz = make_org(otype, owner=p)
        p["biz"] = biz["id"]
        biz["owner_is_customer"] = True
        if i < 22:
            add_ex(biz)
        else:
            if R.random() < 0.7 and p["phone"]:
                biz["phone"] = p["phone"]
            EXTRA[biz["id"]] = biz
    # namesakes: common names, some twice in QBO
    for i in range(16):
        sex = R.choice("MF")
        g = R.choice(COMMON_GIVEN_M if sex == "M" else COMMON_GIVEN_F)
        f = R.choice(COMMON_FAMILY)
        city = pick_city(["Columbus", "Columbus", "Newark", "Lancaster", "Zanesville", "Delaware", "Marysville", "Grove City"])
        p = make_person("namesake", city=city, group="gen", sex=sex, given=g, family=f, allow_dup_name=True)
        add_ex(p)
        if i < 8:
            c2 = city if R.random() < 0.5 else pick_city(CENTRAL)
            q = make_person("namesake", city=c2, group="gen", sex=sex, given=g, family=f, allow_dup_name=True)
            add_ex(q)
    # organisations ------------------------------------------------------------
    n_org = sum(1 for e in EX if e["party"] == "org")
    plan = [("contractor", 60), ("restaurant", 26), ("professional", 30), ("farm", 44), ("church", 30),
            ("landlord_llc", 20), ("retail", 0)]
    made = []
    for otype, n in plan:
        for j in range(n):
            amish = otype == "farm" and j < 24
            made.append(make_org(otype, amish=amish))
    while n_org + len(made) < 300:
        made.append(make_org("retail"))
    for o in made:
        add_ex(o)
    # a few QBO records without a postal address
    for e in EX:
        if e["party"] == "person" and e["group"] != "amish" and e["sub"] in ("single", "household") and R.random() < 0.03:
            e["qbo_drop_addr"] = True
    assert len(EX) == N_EXISTING, len(EX)


def disambiguate(recs):
    """QBO display names must be unique: later duplicates get ' (City)' or ' (2)'."""
    groups = {}
    order = []
    for r in recs:
        k = r["contact"]["displayName"].casefold()
        if k not in groups:
            groups[k] = []
            order.append(k)
        groups[k].append(r)
    taken = set(groups.keys())
    for k in order:
        g = groups[k]
        if len(g) < 2:
            continue
        base = g[0]["contact"]["displayName"]
        cities = [x["contact"]["address"]["city"] if x["contact"]["address"] else None for x in g]
        n = 2
        for i, x in enumerate(g[1:], start=1):
            cty = cities[i]
            cand = None
            if cty and cities.count(cty) == 1 and cty != cities[0]:
                cand = "%s (%s)" % (base, cty)
            if not cand or cand.casefold() in taken:
                while ("%s (%d)" % (base, n)).casefold() in taken:
                    n += 1
                cand = "%s (%d)" % (base, n)
            taken.add(cand.casefold())
            x["contact"]["displayName"] = cand


# ---------------------------------------------------------------------------
# Incoming records
# ---------------------------------------------------------------------------
HN_TYPES = [
    ("generation_jr_sr", 11, "Father and son (Sr./Jr./III) are separate customers even at one address and with one "
     "name; only the generational suffix (or date of birth) tells them apart."),
    ("namesake_same_town", 11, "Two unrelated people with the same common name in the same town are separate customers; "
     "a name match without a shared address, phone or e-mail is not the same customer."),
    ("adult_child_own_policy", 11, "An adult child who takes a policy in his or her own name is a new customer, even at "
     "the parents' address; only drivers listed on the parents' policy belong to the parents' account."),
    ("divorce_split", 10, "Only the named insured(s) on the QBO record are that customer; an ex-spouse who is not named "
     "on it and buys his or her own policy is a separate customer."),
    ("sole_prop_vs_business", 11, "The owner's personal lines (home, auto) and the business's commercial account (LLC "
     "or DBA) are two customers, even with the same phone, e-mail or address."),
    ("landlord_property_llc", 11, "Rentals insured in the landlord's own name belong to his personal account; his "
     "property LLC is a separate customer."),
    ("apartment_other_unit", 11, "Households in different units of one apartment complex are different customers; the "
     "unit number is part of the address."),
    ("amish_namesake", 11, "Amish families share few given and family names; a different middle initial (the father's "
     "initial) or a different farm road means a different customer, even with the shared phone shanty."),
    ("overlay_phone", 10, "614 and 380 are two area codes over one region: the same seven digits under the other area "
     "code are a different phone line and a different customer."),
    ("shared_email_relative", 11, "A family e-mail used by a relative in another household does not make the relative "
     "the same customer."),
    ("firm_same_stem", 11, "Two businesses with the same name stem but a different trade, phone and address are "
     "different legal entities and different customers."),
    ("church_other_congregation", 10, "A congregation of the same name or denomination in another town is a separate "
     "customer."),
    ("same_owner_other_business", 11, "Each LLC or business is its own customer even when the same owner is the "
     "contact person and uses the same cell phone or e-mail."),
    ("new_occupant_same_address", 10, "A new household at a former customer's address (the house was sold) is a new "
     "customer."),
]
assert sum(n for _, n, _ in HN_TYPES) == N_HN
HN_NAME_WHAT = {"generation_jr_sr": "other_generation", "namesake_same_town": "other_person",
                "adult_child_own_policy": "other_person", "divorce_split": "other_person",
                "sole_prop_vs_business": "business_vs_owner", "landlord_property_llc": "property_llc",
                "apartment_other_unit": "other_household", "amish_namesake": "other_person",
                "overlay_phone": "other_person", "shared_email_relative": "other_person",
                "firm_same_stem": "other_firm", "church_other_congregation": "other_congregation",
                "same_owner_other_business": "other_firm", "new_occupant_same_address": "other_household"}
HN_REQUIRED = {"generation_jr_sr": [["name"]], "namesake_same_town": [["name", "city"]],
               "adult_child_own_policy": [["family_name"]], "divorce_split": [["family_name"], ["email"]],
               "sole_prop_vs_business": [["phone"], ["email"], ["address"], ["family_name"]],
               "landlord_property_llc": [["phone"], ["email"], ["address"], ["family_name"]],
               "apartment_other_unit": [["building"]], "amish_namesake": [["name"]],
               "overlay_phone": [["phone_local"]], "shared_email_relative": [["email"]],
               "firm_same_stem": [["firm_stem"]], "church_other_congregation": [["firm_stem"], ["name"]],
               "same_owner_other_business": [["phone"], ["email"], ["family_name"]],
               "new_occupant_same_address": [["address"]]}


def complex_of(a):
    for cx in COMPLEXES:
        if a["t"] == "street" and a["num"] == cx[2] and a["name"] == cx[4] and a["zip"] == cx[1]:
            return cx
    return None


def is_personal_email(e):
    return bool(e) and e.split("@")[1] in [d for d, _ in PERSONAL_DOMAINS]


def hn_anchor_ok(t, a, exrec):
    c = exrec["contact"]
    if t == "generation_jr_sr":
        return a["party"] == "person" and a["sub"] == "generation" and "pair" not in a
    if t == "namesake_same_town":
        return a["party"] == "person" and a["sub"] == "namesake"
    if t == "adult_child_own_policy":
        return (a["party"] == "person" and a["sub"] in ("household", "single") and a["group"] == "gen"
                and c["address"] is not None and not a["mail"])
    if t == "divorce_split":
        return a["party"] == "person" and a["sub"] == "single" and a["sp"] is None and a["group"] == "gen" and c["familyName"]
    if t == "sole_prop_vs_business":
        if a["party"] == "person":
            return a["sub"] == "owner" and a["biz"] in EXTRA
        return (a["sub"] in ("contractor", "retail", "restaurant") and a["owner"] is None and a["contact"]
                and not a["amish"] and pkey(a["contact"][0], a["contact"][1], a["city"]) not in USED_PERSON_NAMES
                and c["familyName"])
    if t == "landlord_property_llc":
        return a["party"] == "person" and a["sub"] == "landlord" and a["biz"] in EXTRA
    if t == "apartment_other_unit":
        return a["party"] == "person" and a["sub"] == "apartment" and c["address"] is not None
    if t == "amish_namesake":
        return a["party"] == "person" and a["group"] == "amish" and c["address"] is not None
    if t == "overlay_phone":
        return (a["party"] == "person" and a["group"] != "amish" and a["phone"] and a["phone"][:3] in ("614", "380")
                and c["phone"])
    if t == "shared_email_relative":
        return a["party"] == "person" and is_personal_email(a["email"]) and a["group"] == "gen"
    if t == "firm_same_stem":
        return (a["party"] == "org" and a["sub"] in ("contractor", "retail", "restaurant", "professional", "farm")
                and not a["core"].startswith(("El ", "The ")))
    if t == "church_other_congregation":
        return a["party"] == "org" and a["sub"] == "church"
    if t == "same_owner_other_business":
        return (a["party"] == "org" and a["sub"] not in ("church",) and a["contact"] and not a["amish"]
                and c["familyName"])
    if t == "new_occupant_same_address":
        return (a["party"] == "person" and a["addr"]["t"] == "street" and not a["addr"]["unit"] and not a["mail"]
                and c["address"] is not None and a["sub"] in ("single", "household"))
    return False


def stem_of(core):
    ws = core.split()
    if len(ws) >= 2 and " ".join(ws[:2]) in PLACE_STEMS:
        return " ".join(ws[:2])
    return ws[0]


def hn_truth(t, a):
    """Build the truth (person or organisation) of a hard negative for anchor a; returns (view, party)."""
    city = a["city"]
    if t == "generation_jr_sr":
        p = make_person("hn", city=city, group="gen", sex="M", given=a["given"], family=a["family"],
                        addr=a["addr"] if R.random() < 0.7 else None, allow_dup_name=True, spouse=R.random() < 0.3)
        p["middle"] = a["middle"] if R.random() < 0.6 else mid_initial("gen")
        p["goes_by"] = None
        if a["suffix"] in (None, "Sr."):
            p["suffix"] = "Jr." if R.random() < 0.85 else "II"
        else:
            p["suffix"] = R.choice(["III", "Sr."])
        if a["phone_type"] == "landline" and R.random() < 0.5:
            p["phone"] = a["phone"]
        return person_view(p)
    if t == "namesake_same_town":
        p = make_person("hn", city=city, group="gen", sex=a["sex"], given=a["given"], family=a["family"],
                        allow_dup_name=True)
        p["goes_by"] = None
        p["middle"] = R.choice([x for x in "ABCDEFGHJKLMNPRSTW" if x != a["middle"]]) if R.random() < 0.7 else None
        return person_view(p)
    if t == "adult_child_own_policy":
        sex = R.choice("MF")
        g = R.choice([x for x in (YOUNG_M if sex == "M" else YOUNG_F) if x != a["given"]])
        addr = a["addr"] if R.random() < 0.75 else None
        p = make_person("hn", city=city, group=a["group"], sex=sex, given=g, family=a["family"], addr=addr,
                        spouse=False, allow_dup_name=True)
        if a["email"] and R.random() < 0.15:
            p["email"] = a["email"]
        return person_view(p)
    if t == "divorce_split":
        sex = "F" if a["sex"] == "M" else "M"
        gl, fl = name_pool("gen", sex)
        fam = a["family"] if R.random() < 0.8 else R.choice(fl)
        c2 = city if R.random() < 0.6 else other_city(city)
        p = make_person("hn", city=c2, group="gen", sex=sex, family=fam, spouse=False, allow_dup_name=True)
        if a["email"] and (fam != a["family"] or R.random() < 0.35):
            p["email"] = a["email"]
        return person_view(p)
    if t == "sole_prop_vs_business":
        if a["party"] == "person":
            biz = EXTRA[a["biz"]]
            v = org_view(biz)
            v["force_contact"] = R.random() < 0.8
            if not biz["legal"] and R.random() < 0.5:
                v["dba"] = True
            return v
        g, f = a["contact"]
        home = a["addr"] if (a["addr"]["t"] == "road" or R.random() < 0.3) else None
        p = make_person("hn", city=city, group="gen", given=g, family=f, addr=home, allow_dup_name=True)
        if a["phone"] and R.random() < 0.55:
            p["phone"] = a["phone"]
        if a["email"] and R.random() < 0.3:
            p["email"] = a["email"]
        return person_view(p)
    if t == "landlord_property_llc":
        v = org_view(EXTRA[a["biz"]])
        v["force_contact"] = True
        return v
    if t == "apartment_other_unit":
        cx = complex_of(a["addr"])
        p = make_person("hn", city=city, addr=complex_unit(cx), spouse=R.random() < 0.2)
        return person_view(p)
    if t == "amish_namesake":
        c2 = city if R.random() < 0.7 else pick_city(AMISH_TOWNS)
        p = make_person("hn", city=c2, amish=True, sex=a["sex"], given=a["given"], family=a["family"],
                        allow_dup_name=True, spouse=R.random() < 0.7)
        p["middle"] = R.choice([x for x in "ABDEHJLMNPRSVW" if x != a["middle"]]) if R.random() < 0.8 else None
        p["mail"] = None
        if a["phone"] and a["phone_type"] == "shanty" and R.random() < 0.6:
            p["phone"] = a["phone"]
        return person_view(p)
    if t == "overlay_phone":
        other = "380" if a["phone"][:3] == "614" else "614"
        ph = other + a["phone"][3:]
        fam = a["family"] if R.random() < 0.4 else None
        p = make_person("hn", city=pick_city(METRO_614), family=fam, allow_dup_name=fam is not None)
        p["phone"] = ph
        USED_PHONES.add(ph)
        return person_view(p)
    if t == "shared_email_relative":
        fam = a["family"] if R.random() < 0.75 else None
        c2 = city if R.random() < 0.5 else other_city(city)
        gl, _ = name_pool("gen", R.choice("MF"))
        p = make_person("hn", city=c2, group="gen", family=fam, spouse=False, allow_dup_name=fam is not None,
                        given=R.choice([x for x in gl if x != a["given"]]))
        p["email"] = a["email"]
        return person_view(p)
    if t == "firm_same_stem":
        stem = stem_of(a["core"])
        for _ in range(100):
            ot = R.choice(["contractor", "retail", "restaurant", "professional"])
            tail = R.choice({"contractor": TRADES, "retail": RETAIL, "restaurant": FOOD, "professional": PROF}[ot])
            core = stem + " " + tail
            if norm_text(core) not in USED_CORES and norm_text(core) != norm_text(a["core"]):
                USED_CORES.add(norm_text(core))
                break
        c2 = city if R.random() < 0.7 else other_city(city)
        o = make_org(ot, city=c2, core=core)
        return org_view(o)
    if t == "church_other_congregation":
        c2 = R.choice([x for x in CENTRAL if x != city])
        core = a["core"].replace(city, c2) if city in a["core"] else a["core"]
        o = make_org("church", city=c2, core=core)
        return org_view(o)
    if t == "same_owner_other_business":
        ot = R.choice(["contractor", "retail", "restaurant", "landlord_llc"])
        owner_like = {"family": a["contact"][1], "given": a["contact"][0], "id": None, "city": city}
        core = org_core(ot, city, owner_like if R.random() < 0.5 else None)
        o = make_org(ot, city=city if R.random() < 0.6 else other_city(city), core=core, contact=a["contact"])
        if a["phone"] and R.random() < 0.6:
            o["phone"] = a["phone"]
        if a["email"] and R.random() < 0.4:
            o["email"] = a["email"]
        v = org_view(o)
        v["force_contact"] = True
        return v
    if t == "new_occupant_same_address":
        gl, fl = name_pool("gen", R.choice("MF"))
        fam = R.choice([x for x in fl if x != a["family"]])
        p = make_person("hn", city=city, family=fam, addr=a["addr"])
        return person_view(p)
    raise ValueError(t)


def field_val(c, f):
    return c[f]


def diff_changes(c, cmpc, logs, default):
    out = []
    for f in FIELDS:
        a, b = c[f], cmpc[f]
        if a == b:
            continue
        whats = []
        for ff, w in logs:
            if ff == f and w not in whats:
                whats.append(w)
        if a is None:
            whats = ["missing"]
        elif not whats:
            if b is None:
                whats = ["added"]
            elif f == "email" and email_norm(a) == email_norm(b):
                whats = ["case"]
            elif f != "address" and f != "phone" and a.casefold() == b.casefold():
                whats = ["case"]
            else:
                whats = [default]
        out.extend("%s:%s" % (f, w) for w in whats)
    return out


class Pool:
    def __init__(self):
        self.by_city = {}

    def add(self, rec):
        city = rec_city(rec["contact"])
        if city:
            self.by_city.setdefault(city, []).append(rec)


def deidentify(c, cmpc, v, st, logs, e):
    """Remove every identifier the record shares with its compared record (name+city findability)."""
    ev = evidence_of(c, cmpc)
    if "email" in ev:
        if R.random() < 0.6 or v["party"] == "org":
            c["email"] = None
            logs.append(("email", "missing"))
        else:
            c["email"] = fresh_email(v.get("pg") or "x", v.get("pf") or "y")
            logs.append(("email", "new"))
    if "phone" in ev:
        r = R.random()
        if r < 0.45:
            c["phone"] = None
            logs.append(("phone", "missing"))
        elif r < 0.8:
            c["phone"] = fmt_phone(fresh_phone(e["city"], mobile=True), R.choice(["dash", "digits", "paren"]))
            logs.append(("phone", "new"))
        else:
            op_phone_digit(c, v, None)
            logs.append(("phone", "digit_off"))
    if "address" in ev:
        cmpcity = cmpc["address"]["city"]
        tcity = None
        for cn in CITY_NAMES:
            if norm_text(cn) == norm_text(cmpcity):
                tcity = cn
        r = R.random()
        if tcity is None or r < 0.35:
            c["address"]["line1"] = None
            c["address"]["line2"] = None
            logs.append(("address", "line1_missing"))
        elif r < 0.6 and CITY[tcity]["kind"] != "urban":
            c["address"] = render_addr(fresh_pobox(tcity), dict(st, no_line1=False))
            logs.append(("address", "po_box"))
        else:
            na = fresh_street(tcity) if e["party"] == "person" else fresh_street(tcity, arterial=True)
            c["address"] = render_addr(na, dict(st, no_line1=False))
            logs.append(("address", "moved"))


def make_new_entity():
    if R.random() < 0.8:
        sub = wchoice([("single", 55), ("household", 28), ("amish", 7), ("apartment", 7), ("young", 3)])
        if sub == "amish":
            return make_person("new", amish=True)
        if sub == "apartment":
            cx = R.choice(COMPLEXES)
            return make_person("new", city=cx[0], addr=complex_unit(cx), spouse=False)
        if sub == "young":
            sex = R.choice("MF")
            return make_person("new", sex=sex, given=R.choice(YOUNG_M if sex == "M" else YOUNG_F), spouse=False)
        return make_person("new", spouse=(sub == "household"))
    ot = wchoice([("contractor", 35), ("restaurant", 15), ("professional", 10), ("farm", 12), ("church", 6),
                  ("landlord_llc", 10), ("retail", 12)])
    return make_org(ot, amish=(ot == "farm" and R.random() < 0.4))


PERSON_KINDS = [("plain", 34), ("nickname", 8), ("spouse_named", 6), ("widow_own_name", 4), ("household_form", 6),
                ("married_name", 4), ("moved", 9), ("new_phone", 6), ("new_email", 4), ("po_box", 3),
                ("risk_address", 0)]
ORG_KINDS = [("plain", 35), ("legal_form", 15), ("dba_owner", 8), ("renamed", 5), ("contact_changed", 8),
             ("moved", 6), ("new_phone", 5), ("new_email", 4), ("po_box", 3), ("abbreviated", 6)]


def pick_kind(e, qc):
    if e["party"] == "person":
        ks = []
        for k, w in PERSON_KINDS:
            if k == "nickname" and not (NICK.get(e["given"]) or e["goes_by"]):
                continue
            if k in ("spouse_named", "widow_own_name", "household_form") and not e["sp"]:
                continue
            if k in ("spouse_named", "widow_own_name") and norm_text(e["sp"]["given"]) not in norm_text(qc["displayName"]).split():
                continue   # only a co-insured named on the QBO record is that customer
            if k == "married_name" and (e["sex"] != "F" or e["sp"] or e["group"] != "gen"):
                continue
            if k == "new_email" and (not e["email"] or e["group"] == "amish"):
                continue
            if k == "risk_address":
                w = 60 if e["rentals"] else 0
            if w:
                ks.append((k, w))
        return wchoice(ks)
    ks = []
    for k, w in ORG_KINDS:
        if k == "dba_owner" and (e["legal"] or not e["contact"]):
            continue
        if k == "dba_owner":
            w = 30
        if k == "contact_changed" and not e["contact"]:
            continue
        if k == "new_email" and not e["email"]:
            continue
        ks.append((k, w))
    return wchoice(ks)


def nc_eligible(e, exrec, hn_anchor_ids):
    c = exrec["contact"]
    if not c["address"] or not c["address"].get("city"):
        return False
    if e["id"] in hn_anchor_ids:
        return False
    if e["party"] == "person":
        return e["group"] != "amish" and e["sub"] in ("single", "household", "apartment", "landlord", "owner")
    return not e["amish"] and e["sub"] != "church"


def gen_linked(e, cmprec, src, profile, kind, nc, pool, is_repeat=False):
    """A match (or a repeat of a new customer): returns (contact, logs) or None if nc could not be satisfied."""
    cmpc = cmprec["contact"]
    for attempt in range(12):
        v = make_view(e)
        logs = []
        if kind not in ("plain", "abbreviated"):
            logs += apply_event(kind, e, v, cmpc)
        c, st = render(v, src)
        for f in NAME_FIELDS3:
            if c[f] and "\u00c3" in c[f]:
                logs.append((f, "mojibake"))
            elif c[f] and cmpc[f] and strip_accents(cmpc[f]) != cmpc[f] and c[f] == strip_accents(c[f]):
                logs.append((f, "accents"))
        if kind == "abbreviated":
            r = op_abbrev(c, v, None)
            if r:
                logs += r
        apply_noise(c, v, profile, logs, nc=nc)
        ev = evidence_of(c, cmpc)
        rec = {"entity": e["id"], "contact": c}
        if nc:
            if c["address"] is None or not c["address"].get("city"):
                continue
            deidentify(c, cmpc, v, st, logs, e)
            if evidence_of(c, cmpc):
                continue
            if findable_name_city(rec, cmprec, pool.by_city):
                return c, logs
            continue
        if ev:
            return c, logs
        if attempt >= 6 and findable_name_city(rec, cmprec, pool.by_city):
            return c, logs
    if nc:
        return None
    # last resort: restore the phone (or e-mail, or address) of the compared record
    v = make_view(e)
    logs = []
    c, st = render(v, src)
    if cmpc["phone"]:
        c["phone"] = cmpc["phone"]
    elif cmpc["email"]:
        c["email"] = cmpc["email"]
    else:
        c["address"] = dict(cmpc["address"])
    return c, logs


def hn_logs(t, c, ac):
    logs = []
    for f in FIELDS:
        a, b = c[f], ac[f]
        if a == b or a is None or b is None:
            continue
        if f in NAME_FIELDS:
            w = "case" if a.casefold() == b.casefold() else ("reformatted" if norm_text(a) == norm_text(b) else HN_NAME_WHAT[t])
        elif f == "address":
            k = addr_cmp(a, b)
            w = "reformatted" if k == "address" else ("other_unit" if k == "building" else "other_address")
        elif f == "phone":
            k = phone_cmp(a, b)
            w = "reformatted" if k == "phone" else ("overlay_area_code" if k == "phone_local" else "other_phone")
        else:
            w = "case" if email_norm(a) == email_norm(b) else "other_email"
        logs.append((f, w))
    return logs


HN_SOURCES = [("rater", 30), ("web", 30), ("ams", 20), ("carrier", 10), ("pfa", 10)]
HN_SOURCES_ORG = [("ams", 30), ("carrier", 25), ("pfa", 15), ("web", 15), ("rater", 15)]
REPEAT_KINDS_P = [("plain", 50), ("moved", 8), ("new_phone", 8), ("new_email", 6), ("nickname", 8), ("household_form", 5)]
REPEAT_KINDS_O = [("plain", 50), ("legal_form", 15), ("moved", 6), ("new_phone", 6), ("abbreviated", 8), ("contact_changed", 6)]
PROFILES = [("light", 40), ("medium", 40), ("harsh", 20)]


def src_for(e, table):
    s = wchoice(table)
    if e["party"] == "person" and e["group"] == "amish" and s == "web":
        s = R.choice(["ams", "carrier", "pfa"])
    return s


def build():
    build_existing()
    ex_recs = []
    for e in EX:
        c = qbo_contact(e)
        assert c["email"] or c["phone"] or c["address"], e
        ex_recs.append({"set": "existing", "entity": e["id"], "contact": c, "truth": e})
    disambiguate(ex_recs)
    ex_recs.sort(key=lambda r: r["contact"]["displayName"].casefold())
    for i, r in enumerate(ex_recs):
        r["index"] = i
    pool = Pool()
    for r in ex_recs:
        pool.add(r)
    incoming = []

    # 1. hard negatives -------------------------------------------------------
    used_anchor = set()
    for t, n, rule in HN_TYPES:
        cands = [r for r in ex_recs if r["entity"] not in used_anchor and hn_anchor_ok(t, r["truth"], r)]
        R.shuffle(cands)
        made = 0
        for r in cands:
            if made == n:
                break
            a = r["truth"]
            v = hn_truth(t, a)
            ok = False
            for attempt in range(20):
                src = wchoice(HN_SOURCES_ORG if v["party"] == "org" else HN_SOURCES)
                if v["party"] == "person" and v["group"] == "amish" and src == "web":
                    src = "carrier"
                c, st = render(v, src)
                apply_noise(c, v, "light", [], hn=True)
                sh = shared_of(c, r["contact"])
                if any(all(x in sh for x in req) for req in HN_REQUIRED[t]) and [x for x in sh if x != "city"]:
                    ok = True
                    break
            if not ok:
                continue
            used_anchor.add(r["entity"])
            rec = {"set": "incoming", "entity": v["id"], "contact": c, "cat": "hard_negative", "kind": t,
                   "source": src, "party": v["party"], "hn_type": t, "rule": rule, "anchor_rec": r,
                   "logs": hn_logs(t, c, r["contact"])}
            incoming.append(rec)
            pool.add(rec)
            made += 1
        assert made == n, (t, made, len(cands))

    # 2. new customers (some repeated) ------------------------------------------
    counts = [1] * 340 + [2] * 70 + [3] * 15
    R.shuffle(counts)
    n_rep_nc = 0
    for cnt in counts:
        e = make_new_entity()
        src = src_for(e, SOURCES_NEW)
        v = make_view(e)
        c, st = render(v, src)
        apply_noise(c, v, R.choice(["light", "light", "medium"]), [])
        kind1 = ("person_" if e["party"] == "person" else "org_") + (e["sub"] if e["sub"] != "new" else e.get("group", "gen"))
        if e["party"] == "person":
            kind1 = "person_" + ("amish" if e["group"] == "amish" else ("household" if e["sp"] else "single"))
        rec1 = {"set": "incoming", "entity": e["id"], "contact": c, "cat": "new", "kind": kind1, "source": src,
                "party": e["party"], "occurrence": 1, "logs": []}
        incoming.append(rec1)
        pool.add(rec1)
        for k in range(2, cnt + 1):
            kind = wchoice(REPEAT_KINDS_P if e["party"] == "person" else REPEAT_KINDS_O)
            if kind == "nickname" and not NICK.get(e["given"]):
                kind = "plain"
            if kind == "household_form" and not e["sp"]:
                kind = "plain"
            if kind == "contact_changed" and not e["contact"]:
                kind = "plain"
            src2 = src_for(e, SOURCES_MATCH)
            profile = wchoice(PROFILES)
            nc = (n_rep_nc < 18 and rec1["contact"]["address"] is not None and rec1["contact"]["address"].get("city")
                  and not (e["party"] == "person" and e["group"] == "amish") and R.random() < 0.3)
            res = gen_linked(e, rec1, src2, profile, kind, nc, pool, is_repeat=True) if nc else None
            if res is None:
                nc = False
                res = gen_linked(e, rec1, src2, profile, kind, False, pool, is_repeat=True)
            else:
                n_rep_nc += 1
            c2, logs = res
            rec = {"set": "incoming", "entity": e["id"], "contact": c2, "cat": "new", "kind": "repeat_" + kind,
                   "source": src2, "party": e["party"], "occurrence": k, "cmp": rec1, "profile": profile, "logs": logs}
            incoming.append(rec)
            pool.add(rec)

    # 3. matches of existing customers -------------------------------------------
    # landlords (rentals on separate policies) and sole proprietors (DBA) show up in the downloads more often
    prio = [r for r in ex_recs if (r["truth"]["party"] == "person" and r["truth"]["rentals"])
            or (r["truth"]["party"] == "org" and not r["truth"]["legal"] and r["truth"]["contact"])]
    prio = R.sample(prio, int(len(prio) * 0.8))
    pset = set(r["entity"] for r in prio)
    rest = [r for r in ex_recs if r["entity"] not in pset]
    chosen = prio + R.sample(rest, 660 - len(prio))
    R.shuffle(chosen)
    mcounts = [3] * 25 + [2] * 115 + [1] * (660 - 140)
    R.shuffle(mcounts)
    slots = []
    for r, cnt in zip(chosen, mcounts):
        for _ in range(cnt):
            slots.append(r)
    assert len(slots) == N_MATCH
    hn_anchor_ids = set(rr["anchor_rec"]["entity"] for rr in incoming if rr["cat"] == "hard_negative")
    nc_ids = set()
    n_nc = 0
    for r in slots:
        e = r["truth"]
        nc = False
        if n_nc < 150 and e["id"] not in nc_ids and nc_eligible(e, r, hn_anchor_ids) and R.random() < 0.45:
            nc = True
        profile = wchoice(PROFILES)
        src = src_for(e, SOURCES_MATCH)
        if nc:
            if e["party"] == "person":
                ks = [("plain", 60), ("nickname", 15 if NICK.get(e["given"]) else 0), ("household_form", 10 if e["sp"] else 0)]
            else:
                ks = [("plain", 60), ("legal_form", 25), ("abbreviated", 15)]
            kind = wchoice([x for x in ks if x[1]])
            profile = wchoice([("light", 50), ("medium", 40), ("harsh", 10)])
            res = gen_linked(e, r, src, profile, kind, True, pool)
            if res is None:
                nc = False
            else:
                nc_ids.add(e["id"])
                n_nc += 1
        if not nc:
            kind = pick_kind(e, r["contact"])
            res = gen_linked(e, r, src, profile, kind, False, pool)
        c, logs = res
        rec = {"set": "incoming", "entity": e["id"], "contact": c, "cat": "match", "kind": kind, "source": src,
               "party": e["party"], "cmp": r, "profile": profile, "logs": logs}
        incoming.append(rec)
        pool.add(rec)
    assert len(incoming) == N_INCOMING, len(incoming)

    # 4. shuffle; first occurrence of a new customer precedes its repeats ----------
    R.shuffle(incoming)
    positions = {}
    order = []
    for i, rec in enumerate(incoming):
        if rec["cat"] == "new":
            if rec["entity"] not in positions:
                positions[rec["entity"]] = []
                order.append(rec["entity"])
            positions[rec["entity"]].append(i)
    for ent in order:
        idxs = positions[ent]
        recs = sorted([incoming[i] for i in idxs], key=lambda x: x["occurrence"])
        for i, x in zip(idxs, recs):
            incoming[i] = x
    for i, rec in enumerate(incoming):
        rec["index"] = i

    for rec in incoming:
        rec["contact"] = clean_contact(rec["contact"])
    for r in ex_recs:
        r["contact"] = clean_contact(r["contact"])

    # 5. repair: a linked record without a shared identifier must be findable by name in its town
    for rec in incoming:
        if "cmp" not in rec:
            continue
        cmpc = rec["cmp"]["contact"]
        if evidence_of(rec["contact"], cmpc):
            continue
        if findable_name_city(rec, rec["cmp"], pool.by_city):
            continue
        c = rec["contact"]
        if cmpc["phone"]:
            c["phone"] = cmpc["phone"]
            rec["logs"] = [x for x in rec["logs"] if x[0] != "phone"]
        elif cmpc["email"]:
            c["email"] = cmpc["email"]
            rec["logs"] = [x for x in rec["logs"] if x[0] != "email"]
        else:
            c["address"] = dict(cmpc["address"])
            rec["logs"] = [x for x in rec["logs"] if x[0] != "address"]

    # 6. meta ---------------------------------------------------------------------
    set_lines, meta_lines = [], []
    for r in ex_recs:
        e = r["truth"]
        set_lines.append({"set": "existing", "entity": r["entity"], "contact": r["contact"]})
        meta_lines.append({"set": "existing", "index": r["index"], "entity": r["entity"], "category": "existing",
                           "kind": ("person_" if e["party"] == "person" else "org_") + e["sub"],
                           "party": e["party"], "changes": []})
    for rec in incoming:
        c = rec["contact"]
        set_lines.append({"set": "incoming", "entity": rec["entity"], "contact": c})
        m = {"set": "incoming", "index": rec["index"], "entity": rec["entity"],
             "category": rec["cat"], "kind": rec["kind"], "party": rec["party"], "source": rec["source"]}
        if rec["cat"] == "hard_negative":
            a = rec["anchor_rec"]
            m["changes"] = diff_changes(c, a["contact"], rec["logs"], "differs")
            m.update({"anchor": a["entity"], "anchor_index": a["index"], "hn_type": rec["hn_type"],
                      "rule": rec["rule"], "shared": shared_of(c, a["contact"])})
        elif rec["cat"] == "new" and rec["occurrence"] == 1:
            m["changes"] = []
            m["occurrence"] = 1
        else:
            cmpr = rec["cmp"]
            ev = evidence_of(c, cmpr["contact"])
            m["changes"] = diff_changes(c, cmpr["contact"], rec["logs"], "reformatted")
            if rec["cat"] == "new":
                m["occurrence"] = rec["occurrence"]
            m.update({"profile": rec["profile"], "evidence": ev, "findable": "identifier" if ev else "name+city",
                      "compare_set": cmpr["set"], "compare_index": cmpr["index"]})
            if not ev:
                assert findable_name_city(rec, cmpr, pool.by_city)
        meta_lines.append(m)
    return set_lines, meta_lines


def clean_contact(c):
    """Fixed key order; empty strings become null."""
    def z(x):
        if x is None or not x.strip():
            return None
        return x
    a = c["address"]
    addr = None
    if a is not None:
        addr = {k: z(a.get(k)) for k in ("line1", "line2", "city", "region", "postalCode", "country")}
        if all(v is None for v in addr.values()):
            addr = None
    return {"displayName": z(c["displayName"]), "givenName": z(c["givenName"]), "familyName": z(c["familyName"]),
            "companyName": z(c["companyName"]), "email": z(c["email"]), "phone": z(c["phone"]), "address": addr}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    set_lines, meta_lines = build()
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in set_lines:
            f.write(json.dumps({"set": s["set"], "entity": s["entity"], "contact": s["contact"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in meta_lines:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
