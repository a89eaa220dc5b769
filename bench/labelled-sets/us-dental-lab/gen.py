#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen.py -- generator of the labelled record-linkage set `us-dental-lab`.

A dental laboratory in Columbus, Ohio bills dental offices in OH, MI, IN, KY and WV
through QuickBooks Online.  This script writes set.jsonl (1,500 existing QBO customers
followed by 1,500 incoming records from the lab's upstream systems) and meta.jsonl
(one label line per record).

Python 3 standard library only.  One random.Random(SEED); no dependence on set/dict
iteration order or PYTHONHASHSEED.   Usage:  python3 gen.py [--out DIR]
"""

import sys
import os
import json
import re
import random
import unicodedata

SEED = 20241207
R = random.Random(SEED)

N_EXIST = 1500
N_INC = 1500
N_MATCH = 825
N_NEWREC = 525
N_NEW_ENT = 420
N_HN = 150


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    tot = float(sum(w for _, w in pairs))
    x = R.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def shuffled(seq):
    s = list(seq)
    R.shuffle(s)
    return s


# ----------------------------------------------------------------------------------------
# Places: real towns, real ZIP codes, real area codes.  (city, state, zips, area, weight, cluster)
# ----------------------------------------------------------------------------------------
TOWNS_RAW = [
    # --- Ohio: central (the lab's home market) ---
    ("Columbus", "OH", ["43215", "43214", "43220", "43235", "43232", "43229", "43204", "43213", "43202", "43206"], "614", 30, "COL"),
    ("Dublin", "OH", ["43016", "43017"], "614", 8, "COL"),
    ("Westerville", "OH", ["43081", "43082"], "614", 8, "COL"),
    ("Worthington", "OH", ["43085"], "614", 5, "COL"),
    ("Hilliard", "OH", ["43026"], "614", 5, "COL"),
    ("Grove City", "OH", ["43123"], "614", 5, "COL"),
    ("Gahanna", "OH", ["43230"], "614", 4, "COL"),
    ("Reynoldsburg", "OH", ["43068"], "614", 3, "COL"),
    ("Upper Arlington", "OH", ["43221"], "614", 4, "COL"),
    ("Pickerington", "OH", ["43147"], "614", 3, "COL"),
    ("Powell", "OH", ["43065"], "614", 3, "COL"),
    ("New Albany", "OH", ["43054"], "614", 2, "COL"),
    ("Delaware", "OH", ["43015"], "740", 4, "COL"),
    ("Marysville", "OH", ["43040"], "937", 3, "COL"),
    ("Newark", "OH", ["43055"], "740", 4, "COL"),
    ("Lancaster", "OH", ["43130"], "740", 4, "COL"),
    ("Circleville", "OH", ["43113"], "740", 2, "COL"),
    ("London", "OH", ["43140"], "740", 2, "COL"),
    # --- Ohio: southeast / Appalachian ---
    ("Zanesville", "OH", ["43701"], "740", 3, "SEO"),
    ("Chillicothe", "OH", ["45601"], "740", 3, "SEO"),
    ("Athens", "OH", ["45701"], "740", 3, "SEO"),
    ("Waverly", "OH", ["45690"], "740", 1, "SEO"),
    ("Portsmouth", "OH", ["45662"], "740", 2, "SEO"),
    ("Marietta", "OH", ["45750"], "740", 2, "SEO"),
    ("Cambridge", "OH", ["43725"], "740", 2, "SEO"),
    ("Steubenville", "OH", ["43952"], "740", 2, "SEO"),
    # --- Ohio: north central ---
    ("Marion", "OH", ["43302"], "740", 3, "NCO"),
    ("Mansfield", "OH", ["44902", "44903", "44906", "44907"], "419", 3, "NCO"),
    ("Mount Vernon", "OH", ["43050"], "740", 2, "NCO"),
    ("Lima", "OH", ["45801", "45805"], "419", 3, "NCO"),
    # --- Ohio: northeast ---
    ("Cleveland", "OH", ["44113", "44114", "44115", "44102", "44106"], "216", 5, "CLE"),
    ("Lakewood", "OH", ["44107"], "216", 2, "CLE"),
    ("Parma", "OH", ["44129", "44134"], "440", 2, "CLE"),
    ("Strongsville", "OH", ["44136", "44149"], "440", 2, "CLE"),
    ("Mentor", "OH", ["44060"], "440", 2, "CLE"),
    ("Medina", "OH", ["44256"], "330", 2, "CLE"),
    ("Akron", "OH", ["44308", "44313", "44333"], "330", 4, "AKR"),
    ("Canton", "OH", ["44702", "44718"], "330", 3, "AKR"),
    ("Youngstown", "OH", ["44503", "44512"], "330", 2, "AKR"),
    ("Cuyahoga Falls", "OH", ["44221", "44223"], "330", 2, "AKR"),
    ("Wooster", "OH", ["44691"], "330", 2, "AKR"),
    # --- Ohio: northwest ---
    ("Toledo", "OH", ["43604", "43615", "43623", "43614"], "419", 5, "TOL"),
    ("Findlay", "OH", ["45840"], "419", 3, "TOL"),
    ("Sandusky", "OH", ["44870"], "419", 2, "TOL"),
    ("Bowling Green", "OH", ["43402"], "419", 2, "TOL"),
    ("Perrysburg", "OH", ["43551"], "419", 2, "TOL"),
    # --- Ohio: southwest ---
    ("Dayton", "OH", ["45402", "45405", "45406", "45409"], "937", 5, "DAY"),
    ("Kettering", "OH", ["45429", "45420"], "937", 3, "DAY"),
    ("Beavercreek", "OH", ["45431", "45434"], "937", 3, "DAY"),
    ("Springfield", "OH", ["45502", "45503", "45504"], "937", 3, "DAY"),
    ("Troy", "OH", ["45373"], "937", 2, "DAY"),
    ("Piqua", "OH", ["45356"], "937", 2, "DAY"),
    ("Xenia", "OH", ["45385"], "937", 2, "DAY"),
    ("Cincinnati", "OH", ["45202", "45209", "45242", "45230", "45238"], "513", 7, "CIN"),
    ("Mason", "OH", ["45040"], "513", 3, "CIN"),
    ("Hamilton", "OH", ["45011", "45013"], "513", 2, "CIN"),
    ("Fairfield", "OH", ["45014"], "513", 2, "CIN"),
    ("West Chester", "OH", ["45069"], "513", 2, "CIN"),
    ("Middletown", "OH", ["45042", "45044"], "513", 2, "CIN"),
    # --- Michigan ---
    ("Detroit", "MI", ["48201", "48202", "48226", "48207"], "313", 4, "DET"),
    ("Dearborn", "MI", ["48124", "48126", "48128"], "313", 3, "DET"),
    ("Ann Arbor", "MI", ["48103", "48104", "48105", "48108"], "734", 4, "DET"),
    ("Ypsilanti", "MI", ["48197", "48198"], "734", 2, "DET"),
    ("Livonia", "MI", ["48152", "48154"], "734", 2, "DET"),
    ("Troy", "MI", ["48083", "48084", "48085", "48098"], "248", 3, "DET"),
    ("Southfield", "MI", ["48075", "48076"], "248", 2, "DET"),
    ("Novi", "MI", ["48375", "48377"], "248", 2, "DET"),
    ("Royal Oak", "MI", ["48067", "48073"], "248", 2, "DET"),
    ("Sterling Heights", "MI", ["48310", "48312", "48313"], "586", 2, "DET"),
    ("Warren", "MI", ["48088", "48091", "48092", "48093"], "586", 2, "DET"),
    ("Monroe", "MI", ["48161", "48162"], "734", 2, "TOL"),
    ("Adrian", "MI", ["49221"], "517", 1, "TOL"),
    ("Grand Rapids", "MI", ["49503", "49506", "49546"], "616", 3, "MIW"),
    ("Holland", "MI", ["49423", "49424"], "616", 2, "MIW"),
    ("Kalamazoo", "MI", ["49001", "49007", "49008"], "269", 2, "MIW"),
    ("Portage", "MI", ["49002", "49024"], "269", 1, "MIW"),
    ("Battle Creek", "MI", ["49015", "49017"], "269", 1, "MIW"),
    ("Traverse City", "MI", ["49684", "49686"], "231", 1, "MIW"),
    ("Lansing", "MI", ["48906", "48911", "48912", "48933"], "517", 2, "MIC"),
    ("East Lansing", "MI", ["48823"], "517", 2, "MIC"),
    ("Jackson", "MI", ["49201", "49202", "49203"], "517", 1, "MIC"),
    ("Flint", "MI", ["48503", "48504", "48532"], "810", 2, "MIC"),
    ("Saginaw", "MI", ["48601", "48602", "48603"], "989", 1, "MIC"),
    ("Midland", "MI", ["48640", "48642"], "989", 1, "MIC"),
    ("Bay City", "MI", ["48706", "48708"], "989", 1, "MIC"),
    # --- Indiana ---
    ("Indianapolis", "IN", ["46204", "46220", "46240", "46250", "46256", "46237"], "317", 6, "IND"),
    ("Carmel", "IN", ["46032", "46033"], "317", 3, "IND"),
    ("Fishers", "IN", ["46037", "46038"], "317", 3, "IND"),
    ("Noblesville", "IN", ["46060", "46062"], "317", 2, "IND"),
    ("Greenwood", "IN", ["46142", "46143"], "317", 2, "IND"),
    ("Anderson", "IN", ["46011", "46012", "46013", "46016"], "765", 1, "IND"),
    ("Muncie", "IN", ["47303", "47304", "47305"], "765", 2, "IND"),
    ("Kokomo", "IN", ["46901", "46902"], "765", 1, "IND"),
    ("Richmond", "IN", ["47374"], "765", 2, "IND"),
    ("Marion", "IN", ["46952", "46953"], "765", 1, "IND"),
    ("Lafayette", "IN", ["47901", "47904", "47905"], "765", 1, "IND"),
    ("West Lafayette", "IN", ["47906"], "765", 1, "IND"),
    ("Bloomington", "IN", ["47401", "47403", "47404", "47408"], "812", 2, "IND"),
    ("Columbus", "IN", ["47201", "47203"], "812", 2, "IND"),
    ("Terre Haute", "IN", ["47802", "47803", "47807"], "812", 1, "IND"),
    ("Fort Wayne", "IN", ["46802", "46804", "46805", "46825"], "260", 3, "INN"),
    ("South Bend", "IN", ["46601", "46614", "46615", "46617"], "574", 2, "INN"),
    ("Mishawaka", "IN", ["46544", "46545"], "574", 1, "INN"),
    ("Elkhart", "IN", ["46514", "46516", "46517"], "574", 1, "INN"),
    ("Evansville", "IN", ["47708", "47714", "47715"], "812", 2, "LOU"),
    ("Jeffersonville", "IN", ["47130"], "812", 1, "LOU"),
    ("New Albany", "IN", ["47150"], "812", 1, "LOU"),
    # --- Kentucky ---
    ("Louisville", "KY", ["40202", "40205", "40207", "40222", "40241", "40220"], "502", 6, "LOU"),
    ("Shelbyville", "KY", ["40065"], "502", 1, "LOU"),
    ("Elizabethtown", "KY", ["42701"], "270", 1, "LOU"),
    ("Owensboro", "KY", ["42301", "42303"], "270", 1, "LOU"),
    ("Lexington", "KY", ["40502", "40503", "40504", "40507", "40509", "40517"], "859", 5, "LEX"),
    ("Frankfort", "KY", ["40601"], "502", 1, "LEX"),
    ("Georgetown", "KY", ["40324"], "502", 1, "LEX"),
    ("Nicholasville", "KY", ["40356"], "859", 1, "LEX"),
    ("Richmond", "KY", ["40475"], "859", 1, "LEX"),
    ("Danville", "KY", ["40422"], "859", 1, "LEX"),
    ("Florence", "KY", ["41042"], "859", 2, "CIN"),
    ("Covington", "KY", ["41011"], "859", 1, "CIN"),
    ("Newport", "KY", ["41071"], "859", 1, "CIN"),
    ("Fort Thomas", "KY", ["41075"], "859", 1, "CIN"),
    ("Bowling Green", "KY", ["42101", "42103", "42104"], "270", 2, "SKY"),
    ("Paducah", "KY", ["42001", "42003"], "270", 1, "SKY"),
    ("Somerset", "KY", ["42501", "42503"], "606", 1, "SKY"),
    ("London", "KY", ["40741"], "606", 1, "EKY"),
    ("Ashland", "KY", ["41101"], "606", 1, "EKY"),
    ("Pikeville", "KY", ["41501"], "606", 1, "EKY"),
    ("Hazard", "KY", ["41701"], "606", 1, "EKY"),
    # --- West Virginia ---
    ("Charleston", "WV", ["25301", "25302", "25304", "25311", "25314"], "304", 3, "WVS"),
    ("Huntington", "WV", ["25701", "25703", "25704", "25705"], "304", 2, "WVS"),
    ("Beckley", "WV", ["25801"], "304", 1, "WVS"),
    ("Princeton", "WV", ["24740"], "304", 1, "WVS"),
    ("Logan", "WV", ["25601"], "304", 1, "WVS"),
    ("Morgantown", "WV", ["26501", "26505", "26508"], "304", 2, "WVN"),
    ("Parkersburg", "WV", ["26101", "26104"], "304", 2, "WVN"),
    ("Wheeling", "WV", ["26003"], "304", 1, "WVN"),
    ("Clarksburg", "WV", ["26301"], "304", 1, "WVN"),
    ("Bridgeport", "WV", ["26330"], "304", 1, "WVN"),
    ("Fairmont", "WV", ["26554"], "304", 1, "WVN"),
    ("Martinsburg", "WV", ["25401", "25404"], "304", 1, "WVN"),
]

TOWN = {}
TOWNS = []
for _c, _s, _z, _a, _w, _cl in TOWNS_RAW:
    _t = {"city": _c, "st": _s, "zips": _z, "area": _a, "w": _w, "cl": _cl, "key": _c + "|" + _s}
    TOWN[_t["key"]] = _t
    TOWNS.append(_t)
CLUSTERS = {}
for _t in TOWNS:
    CLUSTERS.setdefault(_t["cl"], []).append(_t)

STATE_NAME = {"OH": "Ohio", "MI": "Michigan", "IN": "Indiana", "KY": "Kentucky", "WV": "West Virginia", "TX": "Texas"}
OVERLAY = {"614": "380", "330": "234", "419": "567", "513": "283", "937": "326", "740": "220",
           "248": "947", "317": "463", "812": "930", "270": "364", "304": "681"}
TOLL_FREE = ["800", "888", "877", "866", "855", "844"]

NEIGHBORHOODS = {
    "Columbus|OH": ["Clintonville", "German Village", "Easton", "Polaris", "Linden", "Hilltop", "Short North", "Brice Road"],
    "Cincinnati|OH": ["Hyde Park", "Anderson", "Western Hills", "Kenwood", "Oakley", "Mount Washington"],
    "Indianapolis|IN": ["Broad Ripple", "Castleton", "Irvington", "Southport", "Glendale"],
    "Louisville|KY": ["St. Matthews", "Highlands", "Hikes Point", "Fern Creek", "Okolona"],
    "Lexington|KY": ["Hamburg", "Beaumont", "Chevy Chase", "Palomar"],
    "Cleveland|OH": ["Ohio City", "Tremont", "University Circle"],
    "Dayton|OH": ["Oregon District", "Belmont"],
    "Toledo|OH": ["Westgate", "Point Place", "Old Orchard"],
    "Detroit|MI": ["Midtown", "Corktown", "New Center"],
    "Grand Rapids|MI": ["Eastown", "Cascade"],
}

REGION_NAMES = {
    "COL": ["Central Ohio", "Mid-Ohio", "Capital City"], "SEO": ["Southeast Ohio", "Hocking Valley", "Ohio Valley"],
    "NCO": ["North Central Ohio", "Firelands", "Heart of Ohio"], "CLE": ["Northeast Ohio", "Western Reserve", "Lake Erie"],
    "AKR": ["Summit County", "Portage Lakes", "Stark County"], "TOL": ["Northwest Ohio", "Maumee Valley", "Black Swamp"],
    "DAY": ["Miami Valley", "Gem City"], "CIN": ["Greater Cincinnati", "Queen City", "Tri-State"],
    "DET": ["Metro Detroit", "Oakland County", "Macomb"], "MIW": ["West Michigan", "Lakeshore"],
    "MIC": ["Capital Area", "Mid-Michigan", "Great Lakes Bay"], "IND": ["Central Indiana", "Hoosier Heartland", "White River"],
    "INN": ["Michiana", "Three Rivers"], "LOU": ["Kentuckiana", "River City", "Falls City"],
    "LEX": ["Bluegrass", "Central Kentucky"], "SKY": ["South Central Kentucky", "Barren River", "Lake Cumberland"],
    "EKY": ["Eastern Kentucky", "Big Sandy", "Cumberland Valley"], "WVN": ["North Central West Virginia", "Mon Valley"],
    "WVS": ["Kanawha Valley", "Southern West Virginia"],
}

# ----------------------------------------------------------------------------------------
# Streets
# ----------------------------------------------------------------------------------------
DIRS = ["N", "S", "E", "W", "NE", "NW", "SE", "SW"]
DIR_FULL = {"N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast", "NW": "Northwest",
            "SE": "Southeast", "SW": "Southwest"}
SUF_FULL = {"St": "Street", "Ave": "Avenue", "Rd": "Road", "Dr": "Drive", "Blvd": "Boulevard", "Pkwy": "Parkway",
            "Ln": "Lane", "Ct": "Court", "Pl": "Place", "Hwy": "Highway", "Cir": "Circle", "Trl": "Trail",
            "Way": "Way", "Pike": "Pike", "Ter": "Terrace", "Expy": "Expressway", "Sq": "Square"}

GENERIC_STREETS = [
    "Main St", "N Main St", "S Main St", "E Main St", "W Main St", "Market St", "State St", "Church St",
    "Washington Ave", "Park Ave", "Lincoln Way", "Jefferson St", "Maple Ave", "Oak St", "Elm St", "Walnut St",
    "Sycamore St", "Cedar Ln", "Ridge Rd", "Mill Rd", "Lake Rd", "Center St", "College Ave", "Commerce Dr",
    "Corporate Dr", "Medical Pkwy", "Professional Dr", "Executive Blvd", "Crossroads Blvd", "Plaza Dr",
    "Woodland Ave", "Hillcrest Dr", "Spring St", "River Rd", "Harrison Ave", "Grant Ave", "Chestnut St",
    "Pine St", "Dogwood Ln", "Stonecreek Dr", "Fox Run Rd", "Mulberry St", "Poplar Ave", "Green St",
    "Union St", "Liberty St", "Franklin St", "Madison Ave", "Monroe St", "Adams St", "Kings Hwy",
    "Highland Ave", "Meadow Ln", "Orchard Dr", "Country Club Rd", "Wellness Way", "Healthplex Dr",
    "Town Center Blvd", "Parkview Dr", "Heritage Dr", "Brookside Dr", "Cherry St", "Vine St", "Second St",
    "Third St", "W 5th St", "E 2nd St", "Broadway", "Industrial Pkwy", "Memorial Dr", "Lakeview Dr",
    "Hospital Dr", "Doctors Dr", "Office Park Dr", "Westgate Dr", "Eastpointe Dr", "Tiffin Ave",
]
TOWN_STREETS = {
    "Columbus|OH": ["N High St", "E Broad St", "W Broad St", "Bethel Rd", "Sawmill Rd", "Henderson Rd", "Morse Rd",
                    "Cleveland Ave", "Hamilton Rd", "Karl Rd", "Refugee Rd", "Olentangy River Rd", "E Livingston Ave",
                    "Parsons Ave", "S High St", "Schrock Rd", "Brice Rd", "E Dublin Granville Rd"],
    "Dublin|OH": ["Frantz Rd", "Post Rd", "Emerald Pkwy", "W Bridge St", "Perimeter Dr", "Avery Rd", "Tuttle Crossing Blvd"],
    "Westerville|OH": ["S State St", "N State St", "Polaris Pkwy", "E Schrock Rd", "Africa Rd", "Maxtown Rd"],
    "Worthington|OH": ["N High St", "W Wilson Bridge Rd", "Huntley Rd", "W Dublin Granville Rd"],
    "Hilliard|OH": ["Cemetery Rd", "Main St", "Britton Pkwy", "Fishinger Blvd"],
    "Grove City|OH": ["Stringtown Rd", "Broadway", "London Groveport Rd", "Buckeye Pkwy"],
    "Gahanna|OH": ["Granville St", "N Hamilton Rd", "Morrison Rd", "Mill St"],
    "Cincinnati|OH": ["Montgomery Rd", "Glenway Ave", "Madison Rd", "Beechmont Ave", "Colerain Ave", "Reading Rd",
                      "Kenwood Rd", "Harrison Ave"],
    "Dayton|OH": ["Far Hills Ave", "Brown St", "N Main St", "Salem Ave", "Wilmington Pike", "Shroyer Rd"],
    "Kettering|OH": ["Far Hills Ave", "Wilmington Pike", "Dorothy Ln", "Stroop Rd"],
    "Toledo|OH": ["Monroe St", "Talmadge Rd", "Secor Rd", "Sylvania Ave", "Heatherdowns Blvd", "Central Ave", "Airport Hwy"],
    "Cleveland|OH": ["Euclid Ave", "Lorain Ave", "Detroit Ave", "Carnegie Ave", "Superior Ave", "Pearl Rd"],
    "Lakewood|OH": ["Detroit Ave", "Madison Ave", "Clifton Blvd"],
    "Akron|OH": ["W Market St", "S Arlington St", "E Exchange St", "Ghent Rd", "Wooster Ave"],
    "Canton|OH": ["Whipple Ave NW", "Dressler Rd NW", "Tuscarawas St W", "Market Ave N"],
    "Detroit|MI": ["Woodward Ave", "Michigan Ave", "Grand River Ave", "Gratiot Ave", "E Jefferson Ave", "W Vernor Hwy"],
    "Dearborn|MI": ["Michigan Ave", "Ford Rd", "W Warren Ave", "Schaefer Rd"],
    "Troy|MI": ["W Big Beaver Rd", "E Big Beaver Rd", "Rochester Rd", "John R Rd", "Long Lake Rd", "Crooks Rd"],
    "Southfield|MI": ["Telegraph Rd", "W 12 Mile Rd", "Evergreen Rd", "Northwestern Hwy"],
    "Royal Oak|MI": ["N Woodward Ave", "W 13 Mile Rd", "S Washington Ave"],
    "Sterling Heights|MI": ["Hall Rd", "Van Dyke Ave", "Schoenherr Rd", "Dodge Park Rd"],
    "Ann Arbor|MI": ["Washtenaw Ave", "Packard St", "Plymouth Rd", "S State St", "Jackson Ave"],
    "Grand Rapids|MI": ["28th St SE", "Cascade Rd SE", "Leonard St NW", "Plainfield Ave NE", "Michigan St NE"],
    "Lansing|MI": ["W Saginaw St", "E Michigan Ave", "S Cedar St", "W Grand River Ave"],
    "Indianapolis|IN": ["Keystone Ave", "E 86th St", "Michigan Rd", "E Washington St", "N Meridian St", "W 38th St",
                        "S Emerson Ave", "E 96th St"],
    "Carmel|IN": ["E 116th St", "N Meridian St", "E Carmel Dr", "W Main St"],
    "Fishers|IN": ["E 116th St", "Allisonville Rd", "Olio Rd"],
    "Fort Wayne|IN": ["Coliseum Blvd", "Dupont Rd", "W Jefferson Blvd", "Lima Rd", "Maplecrest Rd"],
    "Evansville|IN": ["N Green River Rd", "E Lloyd Expy", "Washington Ave"],
    "Lexington|KY": ["Nicholasville Rd", "Richmond Rd", "Tates Creek Rd", "Harrodsburg Rd", "Leestown Rd",
                     "Alexandria Dr", "Sir Barton Way"],
    "Louisville|KY": ["Bardstown Rd", "Shelbyville Rd", "Brownsboro Rd", "Dixie Hwy", "Preston Hwy",
                      "Hurstbourne Pkwy", "Taylorsville Rd"],
    "Bowling Green|KY": ["Scottsville Rd", "Campbell Ln", "Fairview Ave", "Nashville Rd"],
    "Charleston|WV": ["MacCorkle Ave SE", "Kanawha Blvd E", "Washington St E", "Virginia St E", "Quarrier St"],
    "Huntington|WV": ["5th Ave", "3rd Ave", "Hal Greer Blvd", "Adams Ave"],
    "Morgantown|WV": ["Van Voorhis Rd", "University Ave", "Earl L Core Rd", "Chestnut Ridge Rd"],
}


def parse_street(s):
    toks = s.split()
    pre = post = suf = None
    if len(toks) > 1 and toks[0] in DIRS:
        pre = toks.pop(0)
    if len(toks) > 1 and toks[-1] in DIRS:
        post = toks.pop()
    if len(toks) > 1 and toks[-1] in SUF_FULL:
        suf = toks.pop()
    return (pre, " ".join(toks), suf, post)


# ----------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------
M_FIRST_D = ["Michael", "David", "James", "John", "Robert", "William", "Christopher", "Matthew", "Daniel", "Brian",
             "Kevin", "Mark", "Steven", "Jeffrey", "Scott", "Eric", "Andrew", "Jason", "Timothy", "Gregory", "Thomas",
             "Richard", "Joseph", "Charles", "Anthony", "Jonathan", "Ryan", "Nicholas", "Benjamin", "Samuel",
             "Patrick", "Douglas", "Kenneth", "Paul", "Stephen", "Aaron", "Adam", "Bradley", "Craig", "Todd",
             "Jeremy", "Nathan", "Zachary", "Tyler", "Justin", "Raj", "Amit", "Sanjay", "Vikram", "Omar", "Ali",
             "Hassan", "Ahmad", "Sami", "Minh", "Tuan", "Jae", "Sung", "Wei", "Jun", "José", "Carlos", "Luis",
             "Miguel", "André", "Marcus", "Derrick", "Terrence", "Dmitri", "Alexander", "Frederick", "Lawrence",
             "Phillip", "Edward", "Gerald"]
F_FIRST_D = ["Jennifer", "Sarah", "Jessica", "Emily", "Amanda", "Elizabeth", "Katherine", "Rebecca", "Rachel", "Laura",
             "Lauren", "Megan", "Stephanie", "Nicole", "Melissa", "Michelle", "Kimberly", "Christine", "Lisa", "Karen",
             "Susan", "Julie", "Amy", "Heather", "Allison", "Andrea", "Kristen", "Erin", "Catherine", "Margaret",
             "Anne", "Victoria", "Abigail", "Samantha", "Natalie", "Priya", "Anjali", "Neha", "Deepa", "Fatima",
             "Layla", "Noor", "Mina", "Linh", "Thao", "Hana", "Mei", "Ying", "María", "Ana", "Sofia", "Renée", "Zoë",
             "Chloé", "Monique", "Tamara", "Keisha", "Olga", "Katarzyna", "Jacqueline", "Patricia", "Deborah",
             "Cynthia", "Pamela", "Theresa"]
SURNAMES = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
            "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
            "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson",
            "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
            "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed",
            "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett",
            "Gray", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins", "Perry",
            "Russell", "Sullivan", "Fisher", "Hamilton", "Graham", "Wallace", "Hayes", "Walsh", "Kline", "Schmidt",
            "Schneider", "Mueller", "Weber", "Wagner", "Becker", "Hoffman", "Koch", "Bauer", "Richter", "Klein",
            "Wolf", "Schroeder", "Neumann", "Zimmerman", "Krause", "Hartman", "Lehman", "Brandt", "Stahl", "Yoder",
            "Hershberger", "Troyer", "Kowalski", "Nowak", "Wisniewski", "Wojcik", "Kaminski", "Lewandowski",
            "Zielinski", "Szymanski", "Dabrowski", "Kozlowski", "Jankowski", "Mazur", "Krawczyk", "Rossi", "Russo",
            "Esposito", "Romano", "Colombo", "Ricci", "Marino", "DeLuca", "D'Angelo", "Ferraro", "Gallo", "Conti",
            "Mancini", "Costa", "Lombardi", "O'Brien", "O'Connor", "O'Neill", "McCarthy", "McDonald", "McGuire",
            "Fitzgerald", "Gallagher", "Brennan", "Doherty", "Kennedy", "Byrne", "Garcia", "Martinez", "Rodriguez",
            "Hernández", "Lopez", "Gonzalez", "Pérez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera", "Gómez",
            "Reyes", "Morales", "Muñoz", "Peña", "Núñez", "Castillo", "Patel", "Shah", "Desai", "Mehta", "Reddy",
            "Rao", "Kumar", "Singh", "Gupta", "Iyer", "Nair", "Chaudhry", "Malik", "Khan", "Haddad", "Saad", "Bazzi",
            "Hamoud", "Farah", "Nassar", "Khoury", "Aziz", "Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu", "Kim",
            "Lee", "Park", "Choi", "Chung", "Chen", "Wang", "Liu", "Zhang", "Huang", "Lin", "Wu", "Yang", "Tanaka",
            "Hensley", "Caudill", "Combs", "Slone", "Sizemore", "Adkins", "Blankenship", "Hatfield", "McCoy",
            "Mullins", "Stidham", "Napier", "Couch", "Hager", "Jarrell", "Workman", "Shumate", "Bledsoe",
            "Van Dyke", "St. Clair", "VanderMolen", "Dekker", "Hoekstra", "Visser", "DeVries", "Brinks"]
APPALACHIAN = ["Hensley", "Caudill", "Combs", "Slone", "Sizemore", "Adkins", "Blankenship", "Hatfield", "McCoy",
               "Mullins", "Stidham", "Napier", "Couch", "Hager", "Jarrell", "Workman", "Shumate", "Bledsoe"]
PAT_M = ["Harold", "Gerald", "Donald", "Ronald", "Earl", "Roy", "Dale", "Glenn", "Larry", "Gary", "Dennis", "Jerry",
         "Frank", "Walter", "Eugene", "Ralph", "Carl", "Wayne", "Billy", "Bobby", "Jimmy", "Charles", "Richard",
         "Kenneth", "Howard", "Leroy", "Clarence", "Vernon", "Delbert", "Herschel", "Raymond", "Edward"]
PAT_F = ["Dorothy", "Betty", "Shirley", "Carol", "Barbara", "Patricia", "Linda", "Judith", "Norma", "Joyce", "Marlene",
         "Wanda", "Brenda", "Darlene", "Peggy", "Phyllis", "Sharon", "Donna", "Sandra", "Janet", "Martha", "Beverly",
         "Loretta", "Geraldine", "Juanita", "Bonnie", "Edna", "Evelyn", "Gloria", "Rosemary", "Margaret", "Thelma"]
MGR_F = ["Amanda", "Jessica", "Ashley", "Heather", "Tiffany", "Crystal", "Melissa", "Nicole", "Stephanie", "Brandy",
         "Misty", "Tonya", "Kelly", "Tammy", "Lisa", "Angie", "Jodi", "Rhonda", "Dawn", "Shelly", "Kristy",
         "Brittany", "Courtney", "Danielle", "Lindsey", "Megan", "Kayla", "Becky", "Robin", "Tracy", "Carrie",
         "Trisha", "Jenny", "Mandy", "Kari", "Angela", "Christina", "Sherry"]
MGR_M = ["Josh", "Kyle", "Derek", "Chad", "Travis"]
MID = list("ABCDEFGHJKLMNPRSTW")
NICK = {"Michael": ["Mike"], "David": ["Dave"], "James": ["Jim", "Jimmy"], "John": ["Jack", "Johnny"],
        "Robert": ["Bob", "Rob", "Bobby"], "William": ["Bill", "Will"], "Christopher": ["Chris"], "Matthew": ["Matt"],
        "Daniel": ["Dan", "Danny"], "Jeffrey": ["Jeff"], "Steven": ["Steve"], "Andrew": ["Andy", "Drew"],
        "Timothy": ["Tim"], "Gregory": ["Greg"], "Thomas": ["Tom"], "Richard": ["Rick", "Dick"], "Joseph": ["Joe"],
        "Charles": ["Chuck", "Charlie"], "Anthony": ["Tony"], "Jonathan": ["Jon"], "Nicholas": ["Nick"],
        "Benjamin": ["Ben"], "Samuel": ["Sam"], "Patrick": ["Pat"], "Douglas": ["Doug"], "Kenneth": ["Ken"],
        "Stephen": ["Steve"], "Bradley": ["Brad"], "Zachary": ["Zach"], "Alexander": ["Alex"], "Frederick": ["Fred"],
        "Lawrence": ["Larry"], "Gerald": ["Jerry"], "Phillip": ["Phil"], "Edward": ["Ed", "Ted"],
        "Jennifer": ["Jen", "Jenny"], "Jessica": ["Jess"], "Elizabeth": ["Liz", "Beth"],
        "Katherine": ["Kathy", "Kate", "Katie"], "Rebecca": ["Becky"], "Stephanie": ["Steph"], "Kimberly": ["Kim"],
        "Christine": ["Chris"], "Margaret": ["Peggy", "Maggie"], "Victoria": ["Vicky"], "Abigail": ["Abby"],
        "Samantha": ["Sam"], "Jacqueline": ["Jackie"], "Patricia": ["Patty", "Trish"], "Deborah": ["Debbie", "Deb"],
        "Cynthia": ["Cindy"], "Pamela": ["Pam"], "Theresa": ["Terri"], "Susan": ["Sue"], "Catherine": ["Cathy"],
        "Allison": ["Allie"], "Dorothy": ["Dottie"], "Harold": ["Hal"], "Donald": ["Don"], "Ronald": ["Ron"],
        "Barbara": ["Barb"], "Judith": ["Judy"], "Beverly": ["Bev"], "Geraldine": ["Geri"], "Eugene": ["Gene"],
        "Walter": ["Walt"], "Vernon": ["Vern"], "Delbert": ["Del"], "Raymond": ["Ray"], "Amanda": ["Mandy"],
        "Melissa": ["Missy"], "Kenny": ["Ken"]}

# ----------------------------------------------------------------------------------------
# Firms
# ----------------------------------------------------------------------------------------
ADJ = ["Riverside", "Lakeview", "Maple Grove", "Creekside", "Heritage", "Parkway", "Gentle Touch", "Premier",
       "Advanced", "Complete", "Village", "Pinnacle", "Summit", "Northpointe", "Willow Creek", "Stone Ridge",
       "Oak Hill", "Meadowbrook", "Brookside", "Fox Run", "Hidden Valley", "Timberline", "Crossroads", "Legacy",
       "Cornerstone", "Harmony", "Sunrise", "Evergreen", "Clear Creek", "Hometown", "Main Street", "Bright Smiles",
       "Smile Design", "Comfort Care", "Tender Care", "First Choice", "Family First", "All Smiles",
       "Smile Solutions", "Signature", "Classic", "Modern", "Elite", "Park Place", "Town & Country", "Westside",
       "Eastside", "Northside", "Southside", "Old Mill", "Cedar Ridge", "Apple Valley", "Golden Valley",
       "Blue Sky", "Keystone", "Crystal Lake", "Pleasant Valley", "Greenbrier", "Red Oak", "Silver Lake"]
BILLING_SERVICES = [
    ("Tri-County Dental Billing", "ap@tricountydentalbilling.com", "COL"),
    ("DentalBooks of Ohio", "invoices@dentalbooksohio.com", "DAY"),
    ("Practice Ledger Solutions", "lab-invoices@practiceledger.net", "LEX"),
]
BRANDS = [
    {"name": "Lakeshore Dental Partners", "domain": "lakeshoredp.com", "legal": "Lakeshore Dental Partners, PLLC",
     "fmt": "dash", "cls": ["DET", "MIW", "MIC", "TOL", "CLE"], "n": 20, "abbr": "LDP"},
    {"name": "Buckeye Smile Partners", "domain": "buckeyesmile.com", "legal": "Buckeye Smile Partners LLC",
     "fmt": "slash", "cls": ["COL", "DAY", "CIN", "SEO", "NCO", "AKR"], "n": 22, "abbr": "BSP"},
    {"name": "Bluegrass Dental Group", "domain": "bluegrassdentalgroup.com", "legal": "Bluegrass Dental Group, PSC",
     "fmt": "of", "cls": ["LEX", "LOU", "SKY", "EKY"], "n": 12, "abbr": "BDG"},
    {"name": "Hoosier Family Dental", "domain": "hoosierfamilydental.com", "legal": "Hoosier Family Dental, P.C.",
     "fmt": "dash", "cls": ["IND", "INN"], "n": 14, "abbr": "HFD"},
    {"name": "Mountaineer Smiles", "domain": "mountaineersmiles.com", "legal": "Mountaineer Smiles PLLC",
     "fmt": "dash", "cls": ["WVN", "WVS"], "n": 7, "abbr": "MS"},
    {"name": "Great Lakes Dental Alliance", "domain": "gldentalalliance.com", "legal": "Great Lakes Dental Alliance, Inc.",
     "fmt": "slash", "cls": ["DET", "MIC", "TOL", "INN", "CLE", "AKR"], "n": 17, "abbr": "GLDA"},
    {"name": "Tri-State Dental Partners", "domain": "tristatedp.com", "legal": "Tri-State Dental Partners LLC",
     "fmt": "dash", "cls": ["CIN", "LOU", "SEO", "WVS"], "n": 15, "abbr": "TSDP"},
    {"name": "ClearView Family Dental", "domain": "clearviewfamilydental.com", "legal": "ClearView Family Dental LLC",
     "fmt": "of", "cls": ["COL", "IND", "LEX", "DAY"], "n": 15, "abbr": "CVFD"},
    {"name": "Heartwood Dental", "domain": "heartwooddental.com", "legal": "Heartwood Dental Management, Inc.",
     "fmt": "slash", "cls": ["COL", "CLE", "DET", "IND", "LOU", "LEX", "WVS", "DAY", "CIN", "AKR"], "n": 20, "abbr": "HWD"},
    {"name": "Riverstone Dental Care", "domain": "riverstonedental.com", "legal": "Riverstone Dental Care PLLC",
     "fmt": "dash", "cls": ["SEO", "WVS", "WVN", "EKY"], "n": 8, "abbr": "RDC"},
]
LEGAL_BY_STATE = {"OH": [("LLC", 5), ("Inc", 4)], "MI": [("PC", 4), ("PLLC", 4), ("LLC", 2)],
                  "IN": [("PC", 5), ("LLC", 3), ("Inc", 1)], "KY": [("PSC", 6), ("PLLC", 3), ("LLC", 1)],
                  "WV": [("PLLC", 5), ("Inc", 2), ("LLC", 2)]}
LEGAL_STYLES = {"LLC": [" LLC", ", LLC", " L.L.C.", ", L.L.C."], "Inc": [" Inc", " Inc.", ", Inc.", ", Inc"],
                "PC": [" PC", ", P.C.", " P.C.", ", PC"], "PLLC": [" PLLC", ", PLLC", " P.L.L.C.", ", P.L.L.C."],
                "PSC": [" PSC", ", PSC", " P.S.C.", ", P.S.C."]}
FREE_MAIL = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.com", "aol.com", "hotmail.com",
             "outlook.com", "icloud.com"]
ISP_MAIL = {"OH": ["sbcglobal.net", "att.net", "wowway.com", "columbus.rr.com", "fuse.net", "roadrunner.com"],
            "MI": ["comcast.net", "att.net", "sbcglobal.net", "wowway.com", "charter.net"],
            "IN": ["comcast.net", "att.net", "frontier.com", "indy.rr.com"],
            "KY": ["bellsouth.net", "windstream.net", "twc.com", "insightbb.com"],
            "WV": ["frontier.com", "suddenlink.net", "citynet.net"], "TX": ["gmail.com"]}
FREE_DOMAINS = ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "icloud.com", "sbcglobal.net",
                "att.net", "wowway.com", "columbus.rr.com", "fuse.net", "roadrunner.com", "comcast.net", "charter.net",
                "frontier.com", "indy.rr.com", "bellsouth.net", "windstream.net", "twc.com", "insightbb.com",
                "suddenlink.net", "citynet.net"]

UNIVERSITIES = [
    {"town": "Columbus|OH", "zip": "43210", "street": "Neil Ave", "num": "1285", "unit": ("Room", "3105"),
     "legal": "Scioto Valley University", "domain": "svu.edu",
     "aliases": ["Scioto Valley University College of Dentistry", "SVU College of Dentistry",
                 "Scioto Valley Univ. College of Dentistry", "SVU College of Dentistry - Graduate Prosthodontics",
                 "SVU Dental School - Predoctoral Clinic", "Scioto Valley University Dental Clinics"]},
    {"town": "Louisville|KY", "zip": "40202", "street": "S Preston St", "num": "512", "unit": ("Room", "214"),
     "legal": "Kentuckiana University", "domain": "kyanau.edu",
     "aliases": ["Kentuckiana University School of Dentistry", "KU School of Dentistry",
                 "Kentuckiana Univ. School of Dentistry", "KU School of Dentistry - Oral Surgery Clinic",
                 "KU Dental School - Graduate Periodontics", "Kentuckiana University Dental Clinics"]},
    {"town": "Morgantown|WV", "zip": "26506", "street": "Medical Center Dr", "num": "940", "unit": ("Room", "1180"),
     "legal": "Allegheny Highlands University", "domain": "ahu.edu",
     "aliases": ["Allegheny Highlands University School of Dentistry", "AHU School of Dentistry",
                 "Allegheny Highlands Univ. Dental School", "AHU School of Dentistry - Graduate Endodontics",
                 "AHU Dental Clinics", "Allegheny Highlands University Dental Clinics"]},
]
VA_STATIONS = ["Chillicothe|OH", "Dayton|OH", "Huntington|WV", "Lexington|KY", "Ann Arbor|MI",
               "Cincinnati|OH", "Cleveland|OH", "Columbus|OH", "Detroit|MI", "Battle Creek|MI", "Saginaw|MI",
               "Indianapolis|IN", "Fort Wayne|IN", "Marion|IN", "Louisville|KY", "Clarksburg|WV", "Beckley|WV",
               "Martinsburg|WV"]
VA_FSC = {"pobox": "140812", "city": "Austin", "st": "TX", "zip": "78714", "zip4": "0812"}
FQHCS = [
    ("Northside Neighborhood Health Center", "NNHC", "Columbus|OH", ["Westerville|OH"]),
    ("Riverbend Community Health Center", "Riverbend CHC", "Portsmouth|OH", ["Waverly|OH"]),
    ("Hocking Hills Community Health", "HHCH", "Athens|OH", ["Lancaster|OH"]),
    ("Eastside Community Health Center", "ECHC", "Detroit|MI", ["Warren|MI"]),
    ("Wabash Valley Community Health", "WVCH", "Terre Haute|IN", []),
    ("Appalachian Family Health Network", "AFHN", "Pikeville|KY", ["Hazard|KY"]),
    ("Kanawha Valley Community Health", "KVCH", "Charleston|WV", ["Logan|WV"]),
    ("Maumee Valley Community Health", "MVCH", "Toledo|OH", ["Perrysburg|OH"]),
    ("Cumberland Family Health Centers", "CFHC", "Somerset|KY", ["London|KY"]),
    ("Mid-Ohio Valley Health Services", "MOVHS", "Parkersburg|WV", []),
]
COUNTIES = [
    ("Pike", "Waverly|OH", "General Health District"), ("Scioto", "Portsmouth|OH", "Health Department"),
    ("Muskingum", "Zanesville|OH", "Health Department"), ("Ross", "Chillicothe|OH", "Health Department"),
    ("Kanawha", "Charleston|WV", "Health Department"), ("Laurel", "London|KY", "Health Department"),
    ("Perry", "Hazard|KY", "Health Department"), ("Athens", "Athens|OH", "Health Department"),
    ("Cabell", "Huntington|WV", "Health Department"), ("Pike", "Pikeville|KY", "Health Department"),
    ("Vigo", "Terre Haute|IN", "Health Department"), ("Lucas", "Toledo|OH", "Health Department"),
    ("Somerset", "Somerset|KY", None), ("Wood", "Parkersburg|WV", "Health Department"),
]
TOWN_COUNTY = {"Waverly|OH": "Pike", "Portsmouth|OH": "Scioto", "Zanesville|OH": "Muskingum",
               "Chillicothe|OH": "Ross", "Charleston|WV": "Kanawha", "London|KY": "Laurel", "Hazard|KY": "Perry",
               "Athens|OH": "Athens", "Huntington|WV": "Cabell", "Pikeville|KY": "Pike", "Terre Haute|IN": "Vigo",
               "Toledo|OH": "Lucas", "Somerset|KY": "Pulaski", "Parkersburg|WV": "Wood", "Columbus|OH": "Franklin",
               "Detroit|MI": "Wayne"}
MOBILES = [("Miles of Smiles Mobile Dentistry", "LLC", "Columbus|OH"),
           ("Dental Wheels of Kentucky", "PLLC", "Lexington|KY"),
           ("Mobile Dental Care of Michigan", "PC", "Lansing|MI"),
           ("Healthy Smiles Mobile Dentistry", "LLC", "Indianapolis|IN"),
           ("Mountain Mobile Dental", "PLLC", "Beckley|WV"),
           ("SmileVan Ohio", "LLC", "Dayton|OH"),
           ("Bluegrass Bedside Dentistry", "PLLC", "Louisville|KY")]


# ========================================================================================
# SHARED DEFINITIONS (copied verbatim into check.py; check.py never imports gen.py)
# ========================================================================================
FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
STATE_CODES = {"OHIO": "OH", "MICHIGAN": "MI", "INDIANA": "IN", "KENTUCKY": "KY", "WEST VIRGINIA": "WV",
               "TEXAS": "TX", "OH": "OH", "MI": "MI", "IN": "IN", "KY": "KY", "WV": "WV", "TX": "TX"}
ABBR_L1 = {"STREET": "ST", "AVENUE": "AVE", "AV": "AVE", "ROAD": "RD", "DRIVE": "DR", "BOULEVARD": "BLVD",
           "PARKWAY": "PKWY", "LANE": "LN", "COURT": "CT", "PLACE": "PL", "HIGHWAY": "HWY", "CIRCLE": "CIR",
           "TRAIL": "TRL", "TERRACE": "TER", "EXPRESSWAY": "EXPY", "SQUARE": "SQ", "NORTH": "N", "SOUTH": "S",
           "EAST": "E", "WEST": "W", "NORTHEAST": "NE", "NORTHWEST": "NW", "SOUTHEAST": "SE", "SOUTHWEST": "SW"}
UNIT_WORDS = {"SUITE", "STE", "UNIT", "APT", "BLDG", "BUILDING", "FL", "FLOOR", "RM", "ROOM", "#", "LOT", "DEPT"}
NAME_STOP = {"dr", "doctor", "dds", "dmd", "ms", "msd", "md", "phd", "pc", "pllc", "psc", "llc", "inc",
             "incorporated", "ltd", "co", "corp", "company", "the", "of", "and", "jr", "sr", "ii", "iii", "lpa",
             "pa", "fagd", "magd", "mr", "mrs", "miss"}
FREE_MAIL_DOMAINS = {"gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "icloud.com",
                     "sbcglobal.net", "att.net", "wowway.com", "columbus.rr.com", "fuse.net", "roadrunner.com",
                     "comcast.net", "charter.net", "frontier.com", "indy.rr.com", "bellsouth.net", "windstream.net",
                     "twc.com", "insightbb.com", "suddenlink.net", "citynet.net"}
FIND_MIN = 0.5
FIND_MARGIN = 0.1
CHANGE_FIELDS = FIELDS + ["address"] + ["address." + k for k in ADDR_KEYS]
CHANGE_WHATS = [
    # format-level
    "case", "format", "punctuation", "accent_stripped", "mojibake", "abbreviation", "truncated", "last_first",
    "reordered", "swapped", "title", "degree", "legal_form", "suffix", "typo", "initial", "nickname",
    "extension", "zip4", "unit_merged", "rewritten",
    # presence
    "missing", "added",
    # source habits / wrong-field use
    "dentist_for_practice", "practice_name", "trade_name", "wrong_field", "cardholder", "orderer", "dso_format",
    "alias",
    # real-world changes of the same customer
    "contact_changed", "renamed", "married", "family_member", "associate", "new", "other_staff", "digit_off",
    "other_office", "moved", "po_box", "house_number", "changed",
    # what makes a hard negative another customer
    "new_owner", "other_practice", "other_person", "other_suite", "patient", "dso_brand", "other_station",
    "other_body",
]


def fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def norm_email(e):
    return e.strip().lower() if e else ""


def norm_phone(p):
    if not p:
        return ""
    s = re.split(r"(?:x|ext)", p.lower())[0]
    d = re.sub(r"\D", "", s)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d if len(d) == 10 else ""


def norm_line1(s):
    if not s:
        return ""
    s = fold(s).upper().replace("#", " # ")
    s = re.sub(r"[.,']", " ", s)
    s = re.sub(r"[^A-Z0-9# ]+", " ", s)
    toks = s.split()
    j = " ".join(toks)
    m = re.match(r"^(?:P ?O ?|POST OFFICE )?BOX (\w+)", j)
    if m:
        return "POBOX " + m.group(1)
    out = []
    for t in toks:
        if t in UNIT_WORDS:
            break
        out.append(ABBR_L1.get(t, t))
    return " ".join(out)


def norm_city(c):
    return re.sub(r"[^a-z0-9]+", " ", fold(c).lower()).strip() if c else ""


def zip5(z):
    if not z:
        return ""
    d = re.sub(r"\D", "", z)
    return d[:5] if len(d) >= 5 else ""


def addr_shared(a, b):
    if not a or not b:
        return False
    la, lb = norm_line1(a.get("line1")), norm_line1(b.get("line1"))
    if not la or la != lb:
        return False
    za, zb = zip5(a.get("postalCode")), zip5(b.get("postalCode"))
    if za and zb and za == zb:
        return True
    ca, cb = norm_city(a.get("city")), norm_city(b.get("city"))
    return bool(ca and cb and ca == cb)


def evidence_of(x, y):
    ev = []
    if norm_email(x.get("email")) and norm_email(x.get("email")) == norm_email(y.get("email")):
        ev.append("email")
    if norm_phone(x.get("phone")) and norm_phone(x.get("phone")) == norm_phone(y.get("phone")):
        ev.append("phone")
    if addr_shared(x.get("address"), y.get("address")):
        ev.append("address")
    return ev


def strip_paren(s):
    return re.sub(r"\s*\([^()]*\)\s*$", "", s or "")


def name_tokens(s):
    if not s:
        return []
    s = fold(s).lower().replace("'", "").replace(".", "")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return [t for t in s.split() if t not in NAME_STOP]


def name_variants(c):
    out = []
    gf = " ".join(x for x in (c.get("givenName"), c.get("familyName")) if x)
    for s in (strip_paren(c.get("displayName")), c.get("companyName"), gf):
        t = name_tokens(s)
        if t and t not in out:
            out.append(t)
    return out


def _lev1(a, b):
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


def tok_match(x, y):
    if x == y:
        return 1.0
    if len(x) == 1 or len(y) == 1:
        return 0.5 if x[0] == y[0] else 0.0
    if len(x) >= 3 and len(y) >= 3 and (x.startswith(y) or y.startswith(x)):
        return 0.8
    if len(x) >= 4 and len(y) >= 4 and _lev1(x, y):
        return 0.8
    return 0.0


def _trigrams(toks):
    g = set()
    for t in toks:
        p = "#" + t + "#"
        for i in range(len(p) - 2):
            g.add(p[i:i + 3])
    return g


def tok_sim(a, b):
    if not a or not b:
        return 0.0
    s1 = sum(max(tok_match(x, y) for y in b) for x in a)
    s2 = sum(max(tok_match(y, x) for x in a) for y in b)
    ov = (s1 + s2) / (len(a) + len(b))
    ga, gb = _trigrams(a), _trigrams(b)
    dice = 2.0 * len(ga & gb) / (len(ga) + len(gb)) if (ga or gb) else 0.0
    return 0.6 * ov + 0.4 * dice


def rec_sim(x, y):
    best = 0.0
    for a in name_variants(x):
        for b in name_variants(y):
            s = tok_sim(a, b)
            if s > best:
                best = s
    return best


def town_of(c):
    a = c.get("address")
    return norm_city(a.get("city")) if a and a.get("city") else ""


def find_by_name(rec, target, cands):
    """cands: list of (entity, contact). True when `target` is the clear best name match."""
    bt = 0.0
    bo = 0.0
    for ent, c in cands:
        s = rec_sim(rec, c)
        if ent == target:
            bt = max(bt, s)
        else:
            bo = max(bo, s)
    return bt >= FIND_MIN and bt - bo >= FIND_MARGIN


def firm_stem(c):
    t = name_tokens(c.get("companyName"))
    return t[0] if t and len(t[0]) >= 3 else ""


def shared_of(x, y):
    sh = []
    nx = [name_tokens(strip_paren(x.get("displayName"))), name_tokens(x.get("companyName"))]
    ny = [name_tokens(strip_paren(y.get("displayName"))), name_tokens(y.get("companyName"))]
    if any(a and sorted(a) == sorted(b) for a in nx for b in ny):
        sh.append("name")
    px = name_tokens(" ".join(v for v in (x.get("givenName"), x.get("familyName")) if v))
    py = name_tokens(" ".join(v for v in (y.get("givenName"), y.get("familyName")) if v))
    if x.get("givenName") and x.get("familyName") and px and sorted(px) == sorted(py):
        sh.append("person")
    fx, fy = name_tokens(x.get("familyName")), name_tokens(y.get("familyName"))
    if fx and fx == fy:
        sh.append("surname")
    sh.extend(evidence_of(x, y))
    ex, ey = norm_email(x.get("email")), norm_email(y.get("email"))
    if ex and ey and "@" in ex and "@" in ey:
        dx, dy = ex.split("@", 1)[1], ey.split("@", 1)[1]
        if dx == dy and dx not in FREE_MAIL_DOMAINS:
            sh.append("email_domain")
    if town_of(x) and town_of(x) == town_of(y):
        sh.append("city")
    if firm_stem(x) and firm_stem(x) == firm_stem(y):
        sh.append("firm_stem")
    return sh


def diff_fields(old, new):
    out = []
    for f in FIELDS:
        if old.get(f) != new.get(f):
            out.append(f)
    ao, an = old.get("address"), new.get("address")
    if (ao is None) != (an is None):
        out.append("address")
    elif ao is not None:
        for k in ADDR_KEYS:
            if ao.get(k) != an.get(k):
                out.append("address." + k)
    return out
# ======================================================================================== END SHARED


# ----------------------------------------------------------------------------------------
# Registries and identifier factories
# ----------------------------------------------------------------------------------------
USED_IDS = set()
USED_PHONES = set()
USED_EMAILS = set()
USED_ADDR = set()
USED_DOMAINS = set()


def new_id():
    while True:
        v = "c%07x" % R.getrandbits(28)
        if v not in USED_IDS:
            USED_IDS.add(v)
            return v


def make_phone(area, overlay=0.0):
    if overlay and area in OVERLAY and chance(overlay):
        area = OVERLAY[area]
    while True:
        ex = "%d%d%d" % (R.randint(2, 9), R.randint(0, 9), R.randint(0, 9))
        if ex[1:] == "11" or ex in ("555", "950", "958", "959", "976"):
            continue
        num = area + ex + "%04d" % R.randint(0, 9999)
        if num not in USED_PHONES:
            USED_PHONES.add(num)
            return num


def town_streets(town):
    spec = TOWN_STREETS.get(town["key"])
    if spec and chance(0.55):
        return pick(spec)
    return pick(GENERIC_STREETS)


def house_number(town, home=False):
    if town["cl"] in ("DET",) and chance(0.45):
        return str(R.randint(10000, 39999))
    if home:
        return str(R.choice([R.randint(100, 999), R.randint(1000, 9999), R.randint(1000, 9999)]))
    return str(R.choice([R.randint(100, 999), R.randint(1000, 9999), R.randint(1000, 9999), R.randint(10, 99)]))


def make_addr(town, home=False, unit=None, zipc=None):
    while True:
        st = parse_street(town_streets(town))
        num = house_number(town, home)
        z = zipc or pick(town["zips"])
        key = (num, st, z)
        if key in USED_ADDR:
            continue
        USED_ADDR.add(key)
        if unit is None:
            if home:
                unit = ("Apt", pick(["2", "4B", "B", "12", "3C", "101", "A"])) if chance(0.08) else False
            else:
                r = R.random()
                if r < 0.50:
                    unit = ("Suite", str(R.choice([100, 101, 102, 104, 105, 110, 120, 150, 200, 201, 202, 204,
                                                   210, 220, 250, 300, 310, 400])))
                elif r < 0.60:
                    unit = ("Suite", pick(["A", "B", "C", "D", "E"]))
                elif r < 0.64:
                    unit = ("Bldg", pick(["2", "3", "B"]))
                else:
                    unit = False
        return {"num": num, "street": st, "unit": unit or None, "city": town["city"], "st": town["st"],
                "zip": z, "zip4": "%04d" % R.randint(1, 9999), "pobox": None}


def make_pobox(town):
    while True:
        box = str(R.choice([R.randint(10, 999), R.randint(1000, 9999), R.randint(1000, 9999)]))
        z = pick(town["zips"])
        key = ("POB", box, z)
        if key in USED_ADDR:
            continue
        USED_ADDR.add(key)
        return {"num": None, "street": None, "unit": None, "city": town["city"], "st": town["st"], "zip": z,
                "zip4": "%04d" % R.randint(1, 9999), "pobox": box}


def other_unit(unit):
    while True:
        if chance(0.7):
            u = ("Suite", str(R.choice([100, 103, 106, 108, 112, 130, 140, 203, 206, 208, 212, 230, 240, 305, 320])))
        else:
            u = ("Suite", pick(["A", "B", "C", "D", "F", "G"]))
        if u != unit:
            return u


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def reg_email(e):
    if e in USED_EMAILS:
        return None
    USED_EMAILS.add(e)
    return e


def domain_for(name, town):
    words = [w for w in re.findall(r"[A-Za-z0-9']+", fold(name))
             if w.lower() not in ("of", "the", "and", "llc", "inc", "pc", "pllc", "psc", "dds", "dmd")]
    words = [w.replace("'", "") for w in words]
    opts = ["".join(words), "".join(words[:2]), "".join(words[:2]) + slug(town["city"]),
            "".join(w[0] for w in words) + "dental", "".join(words) + slug(town["city"])[:4]]
    for i in range(40):
        base = slug(opts[i % len(opts)] if i < 10 else opts[0] + str(i))
        if len(base) < 4:
            continue
        d = base + pick([".com", ".com", ".com", ".com", ".net", ".org"] if i < 10 else [".com"])
        if d not in USED_DOMAINS:
            USED_DOMAINS.add(d)
            return d
    raise RuntimeError("domain")


def personal_email(p, st):
    f, l = slug(p["first"]), slug(p["last"])
    for _ in range(50):
        pat = R.randrange(7)
        nn = str(R.randint(1, 99))
        if pat == 0:
            loc = f + "." + l
        elif pat == 1:
            loc = f[0] + l + nn
        elif pat == 2:
            loc = l + f[0] + ("dds" if p.get("degree") == "DDS" else "dmd" if p.get("degree") else nn)
        elif pat == 3:
            loc = f + l + nn
        elif pat == 4:
            loc = "dr" + f[0] + l if p.get("degree") else f + "_" + l
        elif pat == 5:
            loc = f + "." + l + nn
        else:
            loc = l + "." + f
        dom = pick(FREE_MAIL) if chance(0.7) else pick(ISP_MAIL[st])
        e = reg_email(loc + "@" + dom)
        if e:
            return e
    raise RuntimeError("email")


def practice_email(T, domain=None):
    if domain:
        for loc in shuffled(["office", "frontdesk", "info", "billing", "accounts", "admin", "reception",
                             "hello", "smile", "manager", "contact", "appointments"]):
            e = reg_email(loc + "@" + domain)
            if e:
                return e
    words = [slug(w) for w in re.findall(r"[A-Za-z']+", fold(T["pname"] or "dental"))
             if w.lower() not in ("of", "the", "and", "dental", "dentistry", "family", "care", "associates", "dds",
                                  "dmd")]
    words = [w for w in words if w] or ["smile"]
    ini = "".join(w[0] for w in words)
    o = T.get("owner")
    for _ in range(60):
        opts = [words[0] + "dental", "".join(words)[:16] + "dental", ini + "dental" + str(R.randint(1, 99)),
                words[0] + "dds", words[0] + "smiles", "".join(words)[:16] + str(R.randint(1, 99)),
                words[0] + "family" + "dental", ini + "dds"]
        if o:
            opts += ["dr" + slug(o["last"]), "dr" + slug(o["first"])[0] + slug(o["last"]),
                     slug(o["last"]) + "dental" + str(R.randint(1, 99))]
        loc = pick(opts)
        dom = pick(FREE_MAIL) if chance(0.55) else pick(ISP_MAIL[T["st"]])
        e = reg_email(loc + "@" + dom)
        if e:
            return e
    raise RuntimeError("email")


def pick_town(states=None, clusters=None, exclude=()):
    cands = [t for t in TOWNS if (states is None or t["st"] in states) and (clusters is None or t["cl"] in clusters)
             and t["key"] not in exclude]
    return wpick([(t, t["w"]) for t in cands])


def nearby_town(town, same=False):
    if same:
        return town
    c = [t for t in CLUSTERS[town["cl"]] if t["key"] != town["key"]]
    if not c:
        c = [t for t in TOWNS if t["st"] == town["st"] and t["key"] != town["key"]]
    return wpick([(t, t["w"]) for t in c])


def far_town(town):
    c = [t for t in TOWNS if t["cl"] != town["cl"]]
    return wpick([(t, t["w"]) for t in c])


# ----------------------------------------------------------------------------------------
# People factories
# ----------------------------------------------------------------------------------------
def degree_for(st):
    if st == "KY":
        return "DMD" if chance(0.8) else "DDS"
    return "DMD" if chance(0.22) else "DDS"


def new_dentist(st, gender=None, first=None, last=None, spec=None):
    g = gender or ("F" if chance(0.42) else "M")
    if first is None:
        first = pick(F_FIRST_D if g == "F" else M_FIRST_D)
    return {"first": first, "middle": pick(MID) if chance(0.75) else None, "last": last or pick(SURNAMES),
            "suffix": None, "gender": g, "degree": degree_for(st), "spec": spec}


def new_manager():
    g = "M" if chance(0.08) else "F"
    return {"first": pick(MGR_M if g == "M" else MGR_F), "middle": None, "last": pick(SURNAMES), "suffix": None,
            "gender": g, "degree": None, "spec": None}


def new_patient(town, gender=None, last=None):
    g = gender or ("F" if chance(0.55) else "M")
    if last is None:
        last = pick(APPALACHIAN) if town["cl"] in ("SEO", "EKY", "WVS") and chance(0.45) else pick(SURNAMES)
    return {"first": pick(PAT_F if g == "F" else PAT_M), "middle": pick(MID) if chance(0.5) else None,
            "last": last, "suffix": None, "gender": g, "degree": None, "spec": None}


def dotted(deg):
    return ".".join(deg) + "."


def dr_display(d, style):
    f, l, m, suf = d["first"], d["last"], d.get("middle"), d.get("suffix")
    L = l + (" " + suf if suf else "")
    deg = d.get("degree") or "DDS"
    degs = deg + (", " + d["spec"] if d.get("spec") else "")
    if style == "dr":
        return "Dr. %s %s" % (f, L)
    if style == "dr_nodot":
        return "Dr %s %s" % (f, L)
    if style == "dr_mi":
        return ("Dr. %s %s. %s" % (f, m, L)) if m else "Dr. %s %s" % (f, L)
    if style == "deg":
        return "%s %s, %s" % (f, L, degs)
    if style == "deg_plain":
        return "%s %s %s" % (f, L, deg)
    if style == "mi_deg":
        return ("%s %s. %s, %s" % (f, m, L, degs)) if m else "%s %s, %s" % (f, L, degs)
    if style == "dots":
        return "%s %s, %s" % (f, L, dotted(deg))
    if style == "last_first":
        return "%s, %s" % (L, f)
    if style == "last_first_deg":
        return "%s, %s %s" % (L, f, deg)
    if style == "dr_last":
        return "Dr. %s" % L
    raise ValueError(style)


def person_display(p, style):
    f, l, m = p["first"], p["last"], p.get("middle")
    L = l + (" " + p["suffix"] if p.get("suffix") else "")
    if style == "plain":
        return "%s %s" % (f, L)
    if style == "mi":
        return ("%s %s. %s" % (f, m, L)) if m else "%s %s" % (f, L)
    if style == "last_first":
        return "%s, %s" % (L, f)
    if style == "card":
        return ("%s %s %s" % (f, m, L)).upper() if m else ("%s %s" % (f, L)).upper()
    raise ValueError(style)


# ----------------------------------------------------------------------------------------
# Formatting of identifiers
# ----------------------------------------------------------------------------------------
def fmt_phone(num, style):
    a, b, c = num[:3], num[3:6], num[6:]
    return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "dot": "%s.%s.%s", "digits": "%s%s%s",
            "paren_ns": "(%s)%s-%s", "plus": "+1 %s %s %s", "one": "1-%s-%s-%s", "space": "%s %s %s"}[style] % (a, b, c)


def fmt_line1(a, style):
    if a.get("pobox"):
        return {"std": "PO Box %s", "dot": "P.O. Box %s", "full": "Post Office Box %s", "upper": "PO BOX %s",
                "po": "P O Box %s"}.get(style, "PO Box %s") % a["pobox"]
    pre, name, suf, post = a["street"]
    parts = [a["num"]]
    if style == "full":
        parts += [DIR_FULL[pre]] if pre else []
        parts.append(name)
        parts += [SUF_FULL[suf]] if suf else []
        parts += [DIR_FULL[post]] if post else []
    elif style == "dot":
        parts += [pre + "."] if pre else []
        parts.append(name)
        parts += [suf + ("." if suf not in ("Way", "Pike") else "")] if suf else []
        parts += [post] if post else []
    else:
        parts += [pre] if pre else []
        parts.append(name)
        parts += [suf] if suf else []
        parts += [post] if post else []
    s = " ".join(parts)
    return s.upper() if style == "upper" else s


def fmt_unit(u, style):
    kind, val = u
    if kind == "Suite":
        return {"Suite": "Suite %s", "Ste": "Ste %s", "Ste.": "Ste. %s", "#": "#%s", "STE": "STE %s"}[style] % val
    if kind == "Room":
        return {"Suite": "Room %s", "Ste": "Rm %s", "Ste.": "Rm. %s", "#": "Rm %s", "STE": "RM %s"}[style] % val
    if kind == "Bldg":
        return {"Suite": "Building %s", "Ste": "Bldg %s", "Ste.": "Bldg. %s", "#": "Bldg %s", "STE": "BLDG %s"}[style] % val
    return {"Suite": "Apt %s", "Ste": "Apt %s", "Ste.": "Apt. %s", "#": "#%s", "STE": "APT %s"}[style] % val


def fmt_addr(a, street="std", unit="Suite", merge=False, sep=" ", zipm="5", region="code", country="US",
             upper=False, line1=True, city=True, regionp=True, zipp=True, city_upper=False):
    if a.get("pobox"):
        l1 = fmt_line1(a, street if street in ("std", "dot", "full", "upper") else "std")
        l2 = None
    else:
        l1 = fmt_line1(a, street)
        l2 = fmt_unit(a["unit"], unit) if a.get("unit") else None
    if merge and l2:
        l1 = l1 + sep + l2
        l2 = None
    pc = a["zip"] + ("-" + a["zip4"] if zipm == "9" else "")
    if region == "code":
        reg = a["st"]
    elif region == "full":
        reg = STATE_NAME[a["st"]]
    else:
        reg = a["st"][0] + a["st"][1].lower()
    d = {"line1": l1 if line1 else None, "line2": l2 if line1 else None, "city": a["city"] if city else None,
         "region": reg if regionp else None, "postalCode": pc if zipp else None, "country": country}
    if upper:
        d = {k: (v.upper() if isinstance(v, str) else v) for k, v in d.items()}
        if d["country"] == "UNITED STATES":
            d["country"] = "USA"
    if city_upper and d["city"]:
        d["city"] = d["city"].upper()
    return d


# ----------------------------------------------------------------------------------------
# Entities (the truth behind every record)
# ----------------------------------------------------------------------------------------
PUBLIC_K = ("university", "va", "fqhc", "county")
ORG_KINDS = ("solo_practice", "dentist_inc", "group", "specialist", "dso_office", "university", "va", "fqhc",
             "county", "mobile")


def base_entity(kind, party, town):
    return {"id": new_id(), "kind": kind, "party": party, "town": town, "st": town["st"], "owner": None,
            "dentists": [], "associates": [], "partner": None, "manager": None, "contact": None, "pname": None,
            "ptype": None, "alt_pname": None, "legal": None, "legal_style": 0, "person": None, "addr": None,
            "offices": [], "phone": None, "cell": None, "email": None, "personal_email": None, "brand": None,
            "label": None, "local": None, "dso_fmt": None, "office_no": None, "aliases": None, "legal_name": None,
            "brand_company": False, "spec": None, "contact_is_assoc": False, "service": None, "rec": None}


def town_label(town):
    nb = NEIGHBORHOODS.get(town["key"])
    if nb and chance(0.4):
        return pick(nb)
    return town["city"]


def practice_name(kind, town, owner, partners=(), spec=None, ptype=None):
    S = owner["last"] if owner else pick(SURNAMES)
    TL = town_label(town)
    A = pick(ADJ)
    RG = pick(REGION_NAMES[town["cl"]])
    S2 = partners[0]["last"] if partners else pick(SURNAMES)
    S3 = partners[1]["last"] if len(partners) > 1 else pick(SURNAMES)
    if kind == "group":
        tpl = wpick([("{S} & {S2} Dental Associates", 3), ("{S}, {S2} & {S3} Family Dentistry", 1),
                     ("{TL} Dental Group", 3), ("{RG} Dental Group", 2), ("{A} Dental Group", 3),
                     ("{A} Family Dental Group", 2), ("{RG} Family Dentistry", 1), ("{TL} Dental Associates", 2)])
    elif kind == "specialist":
        tpl = {
            "ortho": wpick([("{S} Orthodontics", 5), ("{TL} Orthodontics", 3), ("Orthodontic Specialists of {TL}", 2),
                            ("{A} Orthodontics", 2), ("{RG} Orthodontics", 2), ("{S} & {S2} Orthodontics", 1)]),
            "perio": wpick([("Periodontal Associates of {TL}", 2), ("{S} Periodontics & Implant Dentistry", 3),
                            ("{TL} Periodontics", 2), ("{RG} Periodontics", 2)]),
            "os": wpick([("{RG} Oral & Maxillofacial Surgery", 3), ("{TL} Oral Surgery Associates", 3),
                         ("{S} Oral & Facial Surgery", 2), ("Oral Surgery Specialists of {TL}", 2)]),
            "endo": wpick([("{TL} Endodontics", 3), ("{S} Endodontics", 3), ("{RG} Endodontic Associates", 2)]),
            "prostho": wpick([("{S} Prosthodontics", 3), ("{TL} Prosthodontic Center", 2),
                              ("{RG} Center for Implants & Prosthodontics", 2)]),
        }[spec]
    else:
        if ptype is None:
            ptype = wpick([("surname", 45), ("town", 25), ("generic", 30)])
        if ptype == "surname":
            tpl = wpick([("{S} Family Dentistry", 4), ("{S} Dental", 3), ("{S} Dental Care", 2),
                         ("{S} Family Dental", 3), ("{S} Dentistry", 2), ("{S} Dental Associates", 1),
                         ("{S} Smile Studio", 1)])
        elif ptype == "town":
            tpl = wpick([("{TL} Family Dental", 3), ("{TL} Dental Care", 2), ("{TL} Dental Arts", 2),
                         ("Smile Center of {TL}", 2), ("Bright Smiles Dental of {TL}", 1), ("Dental Care of {TL}", 1),
                         ("{TL} Cosmetic & Family Dentistry", 1), ("Smiles of {TL}", 1), ("{TL} Family Dentistry", 2)])
        else:
            tpl = wpick([("{A} Dental", 3), ("{A} Family Dentistry", 3), ("{A} Dental Care", 3), ("{A} Dentistry", 2),
                         ("{A} Dental Associates", 1), ("{A} Family Dental", 2), ("{A} Smiles", 1)])
    name = tpl.format(S=S, S2=S2, S3=S3, TL=TL, A=A, RG=RG)
    if ptype is None or "{RG}" in tpl:
        ptype = "surname" if "{S}" in tpl else "town" if "{TL}" in tpl else "region" if "{RG}" in tpl else "generic"
    return name, ptype


def company_full(pname, legal, style):
    return pname + LEGAL_STYLES[legal][style] if legal else pname


def fill_common(T, town, email_mix):
    T["addr"] = make_addr(town)
    T["phone"] = make_phone(town["area"])
    T["cell"] = make_phone(town["area"], 0.35)
    T["offices"] = [(T["addr"], T["phone"])]
    kind = wpick(email_mix)
    if kind == "domain":
        T["email"] = practice_email(T, domain_for(T["pname"], town))
    elif kind == "personal" and T.get("personal_email"):
        T["email"] = T["personal_email"]
    else:
        T["email"] = practice_email(T)


def add_partner(T, o):
    st = T["st"]
    if o["gender"] == "M" and chance(0.65):
        same_first = chance(0.55)
        son = new_dentist(st, gender="M", first=o["first"] if same_first else None, last=o["last"])
        if same_first:
            o["suffix"] = "Sr." if chance(0.6) else None
            son["suffix"] = "Jr." if chance(0.75) else "II"
        T["partner"] = ("family", son)
        T["dentists"].append(son)
    else:
        sp = new_dentist(st, gender="F" if o["gender"] == "M" else "M", last=o["last"])
        T["partner"] = ("spouse", sp)
        T["dentists"].append(sp)


def alt_name(T):
    o = T["owner"]
    if T["ptype"] == "surname":
        return pick(["%s Family & Cosmetic Dentistry" % o["last"], "%s Dental Studio" % o["last"],
                     "%s Smile Design" % pick(ADJ), "%s Family Dental" % T["town"]["city"],
                     "%s & Associates Dentistry" % o["last"]])
    if T["ptype"] == "town":
        return pick(["%s Dental" % o["last"], "%s Family Dental" % pick(ADJ), "%s Dental Group" % T["town"]["city"],
                     "%s Dental Wellness" % T["town"]["city"]])
    return pick(["%s Family Dentistry" % o["last"], "%s Dental Partners" % T["pname"].split()[0],
                 "%s Dental Studio" % pick(ADJ), "%s Smiles" % T["town"]["city"]])


def build_solo_practice(town, owner=None, kind="solo_practice", pname=None, ptype=None, extras=True):
    st = town["st"]
    T = base_entity(kind, "org", town)
    o = owner or new_dentist(st)
    T["owner"] = o
    T["dentists"] = [o]
    if pname is None:
        pname, ptype = practice_name("solo_practice", town, o, ptype=ptype)
    T["pname"], T["ptype"] = pname, ptype or "generic"
    T["legal"] = wpick(LEGAL_BY_STATE[st]) if chance(0.68) else None
    T["legal_style"] = R.randrange(4)
    if extras:
        if chance(0.2):
            T["associates"] = [new_dentist(st)]
            T["dentists"].append(T["associates"][0])
        if chance(0.16):
            add_partner(T, o)
        if chance(0.15):
            T["alt_pname"] = alt_name(T)
    T["manager"] = new_manager()
    T["contact"] = wpick([(o, 5), (T["manager"], 3), (None, 2)])
    T["personal_email"] = personal_email(o, st)
    fill_common(T, town, [("domain", 50), ("free", 35), ("personal", 15)])
    return T


def build_dentist_inc(town, owner=None):
    st = town["st"]
    o = owner or new_dentist(st)
    if o.get("middle") and chance(0.7):
        pname = "%s %s. %s %s" % (o["first"], o["middle"], o["last"], o["degree"])
    else:
        pname = "%s %s %s" % (o["first"], o["last"], o["degree"])
    T = build_solo_practice(town, owner=o, kind="dentist_inc", pname=pname, ptype="dentist", extras=False)
    T["legal"] = {"OH": "Inc", "MI": "PC", "IN": "PC", "KY": "PSC", "WV": "PLLC"}[st]
    T["contact"] = o if chance(0.7) else wpick([(T["manager"], 2), (None, 1)])
    if chance(0.12):
        add_partner(T, o)
    return T


def build_solo_dentist(town, owner=None):
    st = town["st"]
    T = base_entity("solo_dentist", "person", town)
    o = owner or new_dentist(st)
    if chance(0.05) and o["gender"] == "M":
        o["suffix"] = pick(["Jr.", "II", "Sr."])
    T["person"] = o
    T["owner"] = o
    T["dentists"] = [o]
    T["pname"], T["ptype"] = practice_name("solo_practice", town, o)
    T["manager"] = new_manager()
    T["contact"] = o
    T["personal_email"] = personal_email(o, st)
    if chance(0.12):
        add_partner(T, o)
    fill_common(T, town, [("personal", 45), ("free", 35), ("domain", 20)])
    return T


def build_group(town):
    st = town["st"]
    T = base_entity("group", "org", town)
    o = new_dentist(st)
    partners = [new_dentist(st) for _ in range(R.randint(2, 4))]
    T["owner"] = o
    T["dentists"] = [o] + partners
    T["associates"] = partners[1:] if len(partners) > 1 else partners[:]
    T["pname"], T["ptype"] = practice_name("group", town, o, partners)
    T["legal"] = wpick(LEGAL_BY_STATE[st]) if chance(0.85) else None
    T["legal_style"] = R.randrange(4)
    if chance(0.12):
        T["alt_pname"] = alt_name(T)
    T["manager"] = new_manager()
    r = R.random()
    if r < 0.42:
        T["contact"] = T["manager"]
    elif r < 0.74:
        T["contact"] = partners[-1]
        T["contact_is_assoc"] = True
    elif r < 0.9:
        T["contact"] = o
    T["personal_email"] = personal_email(o, st)
    fill_common(T, town, [("domain", 70), ("free", 30)])
    for _ in range(R.choice([0, 1, 1, 2])):
        t2 = nearby_town(town, same=chance(0.3))
        T["offices"].append((make_addr(t2), make_phone(t2["area"])))
    return T


def build_specialist(town, spec=None, owner=None):
    st = town["st"]
    T = base_entity("specialist", "org", town)
    spec = spec or wpick([("ortho", 40), ("os", 25), ("perio", 20), ("endo", 10), ("prostho", 5)])
    sd = {"ortho": wpick([("MS", 7), ("MSD", 3)]), "perio": "MS", "os": pick(["MD", None, None]),
          "endo": wpick([("MS", 6), ("MSD", 2)]), "prostho": wpick([("MS", 1), ("MSD", 1)])}[spec]
    o = owner or new_dentist(st, spec=sd)
    o["spec"] = sd
    T["spec"] = spec
    T["owner"] = o
    partners = [new_dentist(st, spec=sd)] if chance(0.3) else []
    T["dentists"] = [o] + partners
    T["associates"] = partners
    T["pname"], T["ptype"] = practice_name("specialist", town, o, partners, spec=spec)
    T["legal"] = wpick(LEGAL_BY_STATE[st]) if chance(0.85) else None
    T["legal_style"] = R.randrange(4)
    if chance(0.1):
        T["alt_pname"] = pick(["%s %s" % (o["last"], T["pname"].split()[-1]),
                               "%s %s" % (pick(ADJ), " ".join(T["pname"].split()[-2:]))])
    T["manager"] = new_manager()
    T["contact"] = wpick([(o, 4), (T["manager"], 4), (None, 2)])
    T["personal_email"] = personal_email(o, st)
    fill_common(T, town, [("domain", 75), ("free", 25)])
    if chance(0.3):
        t2 = nearby_town(town)
        T["offices"].append((make_addr(t2), make_phone(t2["area"])))
    return T


def dso_display(T, fmt):
    b = T["brand"]["name"]
    if fmt == "dash":
        return "%s - %s" % (b, T["label"])
    if fmt == "slash":
        return "%s / %s" % (b, T["local"])
    if fmt == "of":
        return "%s of %s" % (b, T["label"])
    if fmt == "paren":
        return "%s (%s)" % (b, T["label"])
    if fmt == "local":
        return T["local"]
    if fmt == "num":
        return "%s #%s" % (b, T["office_no"])
    if fmt == "city_st":
        return "%s %s %s" % (b, T["town"]["city"], T["st"])
    if fmt == "abbr":
        return "%s %s" % (T["brand"]["abbr"], T["label"])
    raise ValueError(fmt)


def build_dso(brand, town, label, local=None, office_no=None):
    st = town["st"]
    T = base_entity("dso_office", "org", town)
    T["brand"] = brand
    T["label"] = label
    T["local"] = local or practice_name("solo_practice", town, None, ptype=pick(["town", "generic"]))[0]
    T["office_no"] = office_no or str(R.randint(101, 389))
    T["dso_fmt"] = brand["fmt"]
    T["pname"] = dso_display(T, brand["fmt"])
    T["brand_company"] = chance(0.4)
    ds = [new_dentist(st) for _ in range(R.randint(1, 2))]
    T["dentists"] = ds
    T["associates"] = ds
    T["manager"] = new_manager()
    T["contact"] = wpick([(T["manager"], 5), (None, 4), (ds[0], 1)])
    T["addr"] = make_addr(town)
    T["phone"] = make_phone(town["area"])
    T["offices"] = [(T["addr"], T["phone"])]
    if chance(0.3):
        T["email"] = brand.setdefault("ap", "ap@" + brand["domain"])
        USED_EMAILS.add(T["email"])
    else:
        T["email"] = reg_email(slug(label) + "@" + brand["domain"]) or \
            reg_email(slug(label) + T["office_no"] + "@" + brand["domain"]) or practice_email(T, brand["domain"])
    return T


def build_patient(town, person=None, addr=None):
    T = base_entity("patient", "person", town)
    p = person or new_patient(town)
    T["person"] = p
    T["addr"] = addr or make_addr(town, home=True)
    T["phone"] = make_phone(town["area"], 0.2)
    T["offices"] = [(T["addr"], T["phone"])]
    T["email"] = personal_email(p, town["st"]) if chance(0.45) else None
    return T


def build_university(u):
    town = TOWN[u["town"]]
    T = base_entity("university", "org", town)
    T["aliases"] = u["aliases"]
    T["legal_name"] = u["legal"]
    T["pname"] = u["aliases"][0]
    st_ = parse_street(u["street"])
    T["addr"] = {"num": u["num"], "street": st_, "unit": u["unit"], "city": town["city"], "st": town["st"],
                 "zip": u["zip"], "zip4": "%04d" % R.randint(1, 9999), "pobox": None}
    USED_ADDR.add((u["num"], st_, u["zip"]))
    T["phone"] = make_phone(town["area"])
    T["offices"] = [(T["addr"], T["phone"]), (make_addr(town), make_phone(town["area"]))]
    T["manager"] = new_manager()
    T["contact"] = T["manager"]
    T["email"] = reg_email("%s.%s@%s" % (slug(T["manager"]["first"]), slug(T["manager"]["last"]), u["domain"]))
    return T


def va_names(city):
    return ["%s VA Medical Center" % city, "VA Medical Center - %s" % city, "%s VAMC Dental Service" % city,
            "Dept of Veterans Affairs - %s VAMC" % city, "VA %s Dental Clinic" % city,
            "Department of Veterans Affairs %s VA Medical Center" % city]


def build_va(station, fsc=True):
    town = TOWN[station]
    T = base_entity("va", "org", town)
    T["aliases"] = va_names(town["city"])
    T["legal_name"] = "Department of Veterans Affairs"
    T["pname"] = T["aliases"][0]
    T["addr"] = dict(VA_FSC) if fsc else make_addr(town, unit=("Bldg", str(R.randint(2, 40))))
    for k in ("num", "street", "unit"):
        T["addr"].setdefault(k, None)
    T["phone"] = make_phone(town["area"])
    T["offices"] = [(T["addr"], T["phone"]), (make_addr(town, unit=("Bldg", str(R.randint(2, 40)))), T["phone"])]
    T["manager"] = new_manager()
    T["contact"] = T["manager"] if chance(0.7) else None
    T["email"] = reg_email("%s.%s@va.gov" % (slug(T["manager"]["first"]), slug(T["manager"]["last"])))
    return T


def build_fqhc(f):
    name, abbr, tk, sites = f
    town = TOWN[tk]
    T = base_entity("fqhc", "org", town)
    T["aliases"] = [name, "%s - Dental" % name, "%s Dental Clinic" % abbr, name.replace("Community", "Comm.")
                    .replace("Center", "Ctr"), "%s Dental Program" % abbr]
    T["legal_name"] = name + ", Inc."
    T["pname"] = name
    T["addr"] = make_addr(town)
    T["phone"] = make_phone(town["area"])
    T["offices"] = [(T["addr"], T["phone"])] + [(make_addr(TOWN[s]), make_phone(TOWN[s]["area"])) for s in sites]
    T["manager"] = new_manager()
    T["contact"] = T["manager"] if chance(0.6) else None
    T["email"] = practice_email(T, domain_for(name, town))
    return T


def build_county(cty):
    county, tk, suffix = cty
    town = TOWN[tk]
    T = base_entity("county", "org", town)
    full = "%s County %s" % (county, suffix or "Health Department")
    T["aliases"] = [full, "%s County Health Dept - Dental Clinic" % county, "%s Co. Health Department" % county,
                    "%s County Health Department Dental" % county, "%s Co Health Dept" % county]
    if suffix == "General Health District":
        T["aliases"][2] = "%s County Health Department" % county
    T["legal_name"] = full
    T["pname"] = full
    T["addr"] = make_addr(town)
    T["phone"] = make_phone(town["area"])
    T["offices"] = [(T["addr"], T["phone"])]
    T["manager"] = new_manager()
    T["contact"] = T["manager"] if chance(0.5) else None
    T["email"] = reg_email("%s.%s@%scountyhealth.org" % (slug(T["manager"]["first"])[0], slug(T["manager"]["last"]),
                                                      slug(county) + slug(town["city"])[:3]))
    return T


def build_mobile(m):
    name, legal, tk = m
    town = TOWN[tk]
    T = base_entity("mobile", "org", town)
    o = new_dentist(town["st"])
    T["owner"] = o
    T["dentists"] = [o]
    T["pname"] = name
    T["ptype"] = "generic"
    T["legal"] = legal
    T["legal_style"] = R.randrange(4)
    T["manager"] = new_manager()
    T["contact"] = wpick([(o, 3), (T["manager"], 2)])
    T["personal_email"] = personal_email(o, town["st"])
    T["addr"] = make_pobox(town) if chance(0.6) else make_addr(town, unit=False)
    T["phone"] = make_phone(town["area"])
    T["cell"] = T["phone"]
    T["email"] = practice_email(T, domain_for(name, town))
    T["offices"] = [(T["addr"], T["phone"])]
    for _ in range(2):
        t2 = nearby_town(town, same=chance(0.4))
        T["offices"].append((make_addr(t2, unit=False), T["phone"]))
    return T


# ----------------------------------------------------------------------------------------
# QuickBooks Online record of an existing customer
# ----------------------------------------------------------------------------------------
def empty_contact():
    return {"displayName": None, "givenName": None, "familyName": None, "companyName": None, "email": None,
            "phone": None, "address": None}


def finalize(c, T):
    for f in FIELDS:
        v = c.get(f)
        if isinstance(v, str):
            v = v.strip()
            c[f] = v if v else None
    a = c.get("address")
    if a is not None:
        for k in ADDR_KEYS:
            v = a.get(k)
            if isinstance(v, str):
                v = v.strip()
                a[k] = v if v else None
            else:
                a[k] = None
        if all(a[k] is None for k in ADDR_KEYS) or all(a[k] is None for k in ADDR_KEYS[:5]):
            c["address"] = None
        else:
            c["address"] = {k: a[k] for k in ADDR_KEYS}
    if T["party"] == "org" and not c["companyName"]:
        c["companyName"] = c["displayName"]
    if not c["displayName"]:
        c["displayName"] = c["companyName"] or " ".join(x for x in (c["givenName"], c["familyName"]) if x) or "?"
    return {"displayName": c["displayName"], "givenName": c["givenName"], "familyName": c["familyName"],
            "companyName": c["companyName"], "email": c["email"], "phone": c["phone"], "address": c["address"]}


def qbo_record(T):
    c = empty_contact()
    k = T["kind"]
    if T["party"] == "org":
        if k == "dso_office":
            disp = dso_display(T, T["dso_fmt"])
            comp = T["brand"]["legal"] if T["brand_company"] else disp
        elif T["aliases"]:
            disp = T["aliases"][0]
            comp = T["legal_name"]
        else:
            full = company_full(T["pname"], T["legal"], T["legal_style"])
            r = R.random()
            if r < 0.6:
                disp = T["pname"]
            elif r < 0.93 or not T["owner"]:
                disp = full
            else:
                disp = "%s - Dr. %s" % (T["pname"], T["owner"]["last"])
            comp = full
        c["displayName"], c["companyName"] = disp, comp
        if T["contact"]:
            c["givenName"], c["familyName"] = T["contact"]["first"], T["contact"]["last"]
    else:
        p = T["person"]
        if k == "solo_dentist":
            disp = dr_display(p, wpick([("dr", 6), ("deg", 2), ("mi_deg", 1), ("deg_plain", 1), ("dots", 1),
                                        ("last_first_deg", 1), ("dr_mi", 1)]))
        else:
            disp = person_display(p, wpick([("plain", 8), ("mi", 1), ("last_first", 1)]))
        c["displayName"] = disp
        c["givenName"], c["familyName"] = p["first"], p["last"]
    c["email"] = T["email"]
    c["phone"] = fmt_phone(T["phone"], wpick([("paren", 16), ("dash", 3), ("dot", 1)])) if T["phone"] else None
    if T["addr"]:
        c["address"] = fmt_addr(T["addr"], street=wpick([("std", 17), ("full", 2), ("dot", 1)]),
                                unit=wpick([("Suite", 6), ("Ste", 3), ("#", 1)]), zipm="9" if chance(0.08) else "5")
    drops = []
    if c["email"] and chance(0.3 if k == "patient" else 0.09):
        drops.append("email")
    if c["phone"] and chance(0.05):
        drops.append("phone")
    if c["address"] and chance(0.04) and k not in ("va",):
        drops.append("address")
    for d in drops:
        if sum(1 for f in ("email", "phone", "address") if c[f]) > 1:
            c[d] = None
    if chance(0.04):
        for f in ("displayName", "companyName", "givenName", "familyName"):
            if c[f]:
                c[f] = c[f].upper()
    return finalize(c, T)


# ----------------------------------------------------------------------------------------
# The existing customer list
# ----------------------------------------------------------------------------------------
EXIST_MIX = [("solo_practice", 520), ("solo_dentist", 200), ("dentist_inc", 120), ("group", 150),
             ("specialist", 190), ("patient", 142)]
NEW_MIX = [("solo_practice", 135), ("solo_dentist", 50), ("dentist_inc", 28), ("group", 32), ("specialist", 52),
           ("patient", 118)]


def pname_key(T):
    return fold(T["pname"] or "").casefold()


def person_key(p):
    return (fold(p["first"]).casefold(), fold(p["last"]).casefold())


def build_practice_of_kind(kind, town):
    if kind == "solo_practice":
        return build_solo_practice(town)
    if kind == "solo_dentist":
        return build_solo_dentist(town)
    if kind == "dentist_inc":
        return build_dentist_inc(town)
    if kind == "group":
        return build_group(town)
    if kind == "specialist":
        return build_specialist(town)
    if kind == "patient":
        return build_patient(town)
    raise ValueError(kind)


def build_existing():
    ents = []
    for u in UNIVERSITIES:
        ents.append(build_university(u))
    for i, s in enumerate(VA_STATIONS[:5]):
        ents.append(build_va(s, fsc=(i != 2)))
    for f in FQHCS[:8]:
        ents.append(build_fqhc(f))
    for cty in COUNTIES[:7]:
        ents.append(build_county(cty))
    for m in MOBILES[:5]:
        ents.append(build_mobile(m))
    for b in BRANDS:
        b["labels"] = []
        b["town_keys"] = []
        towns = [t for t in TOWNS if t["cl"] in b["cls"]]
        n = 0
        guard = 0
        while n < b["n"] and guard < 500:
            guard += 1
            t = wpick([(x, x["w"]) for x in towns])
            lab = town_label(t)
            if lab in b["labels"] or (t["key"] in b["town_keys"] and lab == t["city"]):
                continue
            b["labels"].append(lab)
            b["town_keys"].append(t["key"])
            ents.append(build_dso(b, t, lab))
            n += 1
    seen_names = {}
    seen_people = {}
    plan = []
    for kind, n in EXIST_MIX:
        plan += [kind] * n
    plan = shuffled(plan)
    for kind in plan:
        for attempt in range(30):
            town = pick_town()
            T = build_practice_of_kind(kind, town)
            if T["party"] == "org":
                key = (town["key"], pname_key(T))
                if key in seen_names and attempt < 29:
                    continue
                seen_names[key] = T
            else:
                key = (town["key"],) + person_key(T["person"])
                if key in seen_people and attempt < 29:
                    continue
                seen_people[key] = T
            break
        ents.append(T)
    # planted name twins: patients of the same name in the same town, dentists of the same name elsewhere
    pats = [T for T in ents if T["kind"] == "patient"]
    for i in range(4):
        T = pats[i]
        p = new_patient(T["town"], gender=T["person"]["gender"], last=T["person"]["last"])
        p["first"] = T["person"]["first"]
        twin = build_patient(T["town"], person=p)
        victim = pats[-1 - i]["id"]
        ents = [twin if x["id"] == victim else x for x in ents]
    dents = [T for T in ents if T["kind"] == "solo_dentist"]
    for i in range(6):
        A = dents[i]
        victim = dents[-1 - i]
        t2 = victim["town"] if victim["town"]["key"] != A["town"]["key"] else far_town(A["town"])
        d = new_dentist(t2["st"], gender=A["person"]["gender"], first=A["person"]["first"], last=A["person"]["last"])
        B = build_solo_dentist(t2, owner=d)
        ents = [B if x["id"] == victim["id"] else x for x in ents]
    # outsourced billing services: several practices send the lab's invoices to one bookkeeper mailbox
    for name, email, cl in BILLING_SERVICES:
        USED_EMAILS.add(email)
        cands = [T for T in ents if T["kind"] in ("solo_practice", "specialist", "dentist_inc")
                 and T["town"]["cl"] == cl and T["service"] is None]
        for T in cands[:7]:
            T["email"] = email
            T["service"] = name
    for T in ents:
        T["rec"] = qbo_record(T)
    # QuickBooks refuses duplicate display names: the bookkeeper added "(City)" or "(2)"
    used = set()
    groups = {}
    order = []
    for T in ents:
        key = T["rec"]["displayName"].casefold()
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(T)
    for key in order:
        used.add(key)
    for key in order:
        lst = groups[key]
        cities = [((x["rec"]["address"] or {}).get("city") or x["town"]["city"]) for x in lst]
        for j, T in enumerate(lst[1:], 1):
            base = T["rec"]["displayName"]
            city = cities[j]
            cand = "%s (%s)" % (base, city) if city not in cities[:j] else "%s (2)" % base
            n = 2
            while cand.casefold() in used:
                cand = "%s (%d)" % (base, n)
                n += 1
            used.add(cand.casefold())
            T["rec"]["displayName"] = cand
    ents.sort(key=lambda T: (T["rec"]["displayName"].casefold(), T["id"]))
    for i, T in enumerate(ents):
        T["xidx"] = i
    return ents


# ----------------------------------------------------------------------------------------
# Views of an entity as an upstream system sees it, and the sources' habits
# ----------------------------------------------------------------------------------------
NAMEF = ["displayName", "companyName", "givenName", "familyName"]
ADDRF = ["address.line1", "address.line2", "address.city", "address.region", "address.postalCode"]


def add_op(ops, f, w):
    if w not in CHANGE_WHATS:
        raise ValueError(w)
    lst = ops.setdefault(f, [])
    if w not in lst:
        lst.append(w)


def add_ops(ops, fields, w):
    for f in fields:
        add_op(ops, f, w)


def add_op_soft(ops, f, w):
    if not ops.get(f):
        add_op(ops, f, w)


def is_female_named(T):
    p = T["person"] if T["party"] == "person" else T["owner"]
    if not p or p["gender"] != "F":
        return False
    return T["party"] == "person" or T["contact"] is p


def applicable_variants(T):
    k = T["kind"]
    v = [("plain", 60)]
    if k in ("solo_practice", "dentist_inc", "group", "specialist") and T["owner"]:
        v.append(("dentist_for_practice", 8))
    if k == "solo_dentist":
        v.append(("practice_for_dentist", 8))
    if T["partner"] and T["partner"][0] == "family":
        v.append(("family_same_practice", 70))
    if T["partner"] and T["partner"][0] == "spouse":
        v.append(("spouse_same_practice", 70))
    if T["associates"] and k in ("solo_practice", "group", "specialist"):
        v.append(("associate_orders", 12))
    if T["alt_pname"]:
        v.append(("renamed", 25))
    if k in ("solo_practice", "solo_dentist", "dentist_inc", "specialist", "patient", "group"):
        v.append(("moved", 6))
    if len(T["offices"]) > 1:
        v.append(("other_office", 15))
    if is_female_named(T):
        v.append(("married_name", 6))
    if k == "dso_office":
        v.append(("dso_variant", 30))
    if T["aliases"]:
        v.append(("public_variant", 40))
    if T["party"] == "org" and T["contact"] is not None and T["contact"] is T["manager"]:
        v.append(("contact_changed", 8))
    return v


def make_view(T, variant, ops):
    V = {"pname": T["pname"], "legal": T["legal"], "legal_style": T["legal_style"], "owner": T["owner"],
         "contact": T["contact"], "manager": T["manager"], "addr": T["addr"], "phone": T["phone"],
         "email": T["email"], "person": T["person"], "dso_fmt": T["dso_fmt"], "alias": 0, "mode": "practice",
         "orderer": None, "force_user": None, "patient_company": None, "doctor_label": None,
         "orderer_label": None}
    if T["kind"] in ("group", "dso_office") and T["dentists"]:
        V["orderer"] = pick(T["dentists"])
    elif T["owner"]:
        V["orderer"] = T["owner"]
    if variant == "dentist_for_practice":
        V["mode"] = "doctor"
        V["doctor_label"] = "dentist_for_practice"
    elif variant == "practice_for_dentist":
        V["mode"] = "trade"
    elif variant in ("family_same_practice", "spouse_same_practice"):
        pt = T["partner"][1]
        V["orderer"] = pt
        if T["party"] == "person":
            V["person"] = pt
            add_ops(ops, ["displayName", "givenName", "familyName"], "family_member")
        else:
            V["orderer_label"] = "family_member"
            if chance(0.5):
                V["mode"] = "doctor"
                V["doctor_label"] = "family_member"
    elif variant == "associate_orders":
        V["orderer"] = T["associates"][0]
        V["orderer_label"] = "associate"
        if chance(0.5):
            V["mode"] = "doctor"
            V["doctor_label"] = "associate"
    elif variant == "renamed":
        V["pname"] = T["alt_pname"]
        add_ops(ops, ["displayName", "companyName"], "renamed")
    elif variant == "moved":
        t2 = T["town"] if chance(0.6) else nearby_town(T["town"])
        V["addr"] = make_addr(t2, home=(T["kind"] == "patient"))
        add_ops(ops, ADDRF, "moved")
        if t2 is not T["town"] or chance(0.3):
            V["phone"] = make_phone(t2["area"], 0.4)
            add_op(ops, "phone", "new")
    elif variant == "other_office":
        i = R.randrange(1, len(T["offices"]))
        V["addr"], V["phone"] = T["offices"][i]
        add_ops(ops, ADDRF, "other_office")
        add_op(ops, "phone", "other_office")
    elif variant == "married_name":
        who = T["person"] if T["party"] == "person" else T["owner"]
        nw = dict(who)
        new_last = pick([x for x in SURNAMES if x != who["last"]])
        nw["last"] = (who["last"] + "-" + new_last) if chance(0.3) else new_last
        for key in ("person", "owner", "orderer", "contact"):
            if V[key] is who:
                V[key] = nw
        add_ops(ops, ["displayName", "familyName", "companyName"], "married")
    elif variant == "dso_variant":
        V["dso_fmt"] = pick([f for f in ("dash", "slash", "of", "paren", "local", "num", "city_st", "abbr")
                             if f != T["dso_fmt"]])
        add_ops(ops, ["displayName", "companyName"], "dso_format")
    elif variant == "public_variant":
        V["alias"] = R.randrange(1, len(T["aliases"]))
        add_ops(ops, ["displayName", "companyName"], "alias")
    elif variant == "contact_changed":
        m = new_manager()
        V["contact"] = m
        V["manager"] = m
        add_ops(ops, ["givenName", "familyName"], "contact_changed")
    return V


def org_base(T, V):
    if T["kind"] == "dso_office":
        return dso_display(T, V["dso_fmt"])
    if T["aliases"]:
        return T["aliases"][V["alias"]]
    return V["pname"]


def org_full(T, V, style=None):
    if T["kind"] == "dso_office":
        return T["brand"]["legal"] if T["brand_company"] else org_base(T, V)
    if T["aliases"]:
        return T["legal_name"] if V["alias"] == 0 else org_base(T, V)
    return company_full(V["pname"], V["legal"], V["legal_style"] if style is None else style)


def legacy_clean(s):
    s = fold(s).upper().replace(".", "").replace("'", "")
    return re.sub(r"\s+", " ", s).strip()


COURIER_ABBR = [("FAMILY DENTISTRY", "FAMILY DENT"), ("DENTISTRY", "DENT"), ("ASSOCIATES", "ASSOC"),
                ("ORTHODONTICS", "ORTHO"), ("ORAL & MAXILLOFACIAL SURGERY", "OMS"), ("PERIODONTICS", "PERIO"),
                ("ENDODONTICS", "ENDO"), ("DEPARTMENT", "DEPT"), ("UNIVERSITY", "UNIV"), ("COMMUNITY", "COMM"),
                ("CENTER", "CTR"), ("HEALTH", "HLTH"), ("MEDICAL", "MED"), ("PROSTHODONTICS", "PROSTHO")]


def courier_short(s, ops):
    u = legacy_clean(s).replace(",", "")
    for a, b in COURIER_ABBR:
        if a in u and chance(0.6):
            u = u.replace(a, b)
            add_ops(ops, ["displayName", "companyName"], "abbreviation")
    return u


def staff_email(T, V, st):
    e = V["email"]
    if e and "@" in e and e.split("@", 1)[1] not in FREE_MAIL_DOMAINS and not T["service"]:
        dom = e.split("@", 1)[1]
        m = V["manager"] or new_manager()
        for loc in [slug(m["first"]), slug(m["first"])[0] + slug(m["last"]), "frontdesk", "office2", "billing",
                    "reception", "admin"]:
            x = reg_email(loc + "@" + dom)
            if x:
                return x
    return personal_email(V["manager"] or new_manager(), st)


def render(T, V, src, ops, nc=False):
    c = empty_contact()
    org = T["party"] == "org"
    d = V["orderer"]
    qc = T["contact"]
    st = T["st"]
    if src == "case_mgmt":
        # lab case-management software: Rx slips typed by the lab's front desk
        if org:
            if V["mode"] in ("doctor", "doctor_ok") and d:
                c["displayName"] = dr_display(d, wpick([("dr", 5), ("dr_nodot", 2), ("deg_plain", 2), ("dr_mi", 1)]))
                if V["mode"] == "doctor":
                    add_op(ops, "displayName", V["doctor_label"] or "dentist_for_practice")
                r = R.random()
                if V["mode"] == "doctor_ok" or r >= 0.7:
                    c["companyName"] = org_base(T, V)
                else:
                    c["companyName"] = ("Dr. " + d["last"]) if r < 0.4 else c["displayName"]
                    add_op(ops, "companyName", "wrong_field")
            else:
                b = org_base(T, V)
                c["displayName"] = org_full(T, V, R.randrange(4)) if chance(0.15) else b
                c["companyName"] = c["displayName"] if chance(0.8) else org_full(T, V, R.randrange(4))
            if d:
                c["givenName"], c["familyName"] = d["first"], d["last"]
                if qc is not None and d is not qc:
                    add_op_soft(ops, "givenName", V["orderer_label"] or "orderer")
                    add_op_soft(ops, "familyName", V["orderer_label"] or "orderer")
        else:
            p = V["person"]
            if T["kind"] == "solo_dentist":
                if V["mode"] == "trade":
                    c["displayName"] = c["companyName"] = V["pname"]
                    add_op(ops, "displayName", "practice_name")
                    add_op(ops, "companyName", "trade_name")
                else:
                    c["displayName"] = dr_display(p, wpick([("dr", 5), ("dr_nodot", 2), ("deg_plain", 2),
                                                            ("dr_mi", 1), ("deg", 1)]))
                    if chance(0.25):
                        c["companyName"] = "Dr. " + p["last"]
                        add_op(ops, "companyName", "wrong_field")
            else:
                c["displayName"] = person_display(p, wpick([("plain", 6), ("mi", 2), ("last_first", 2)]))
                if V["patient_company"]:
                    c["companyName"] = V["patient_company"]
                    add_op(ops, "companyName", "wrong_field")
            c["givenName"], c["familyName"] = p["first"], p["last"]
        c["email"] = V["email"] if chance(0.5) else None
        if V["phone"] and chance(0.92):
            c["phone"] = fmt_phone(V["phone"], wpick([("dash", 4), ("paren", 3), ("dot", 2), ("paren_ns", 1)]))
        if V["addr"]:
            c["address"] = fmt_addr(V["addr"], street=wpick([("std", 7), ("dot", 2), ("full", 1)]),
                                    unit=pick(["Suite", "Ste", "Ste.", "#"]), merge=chance(0.15), sep=", ",
                                    region=wpick([("code", 17), ("full", 2), ("mixed", 1)]),
                                    country=wpick([(None, 5), ("USA", 3), ("US", 2)]))
    elif src == "portal":
        # online case submission portal: the dental office registers and types its own data
        if org:
            if T["kind"] == "dso_office":
                fmt = V["dso_fmt"] if V["dso_fmt"] != T["dso_fmt"] else pick([T["dso_fmt"]] * 4 + ["paren", "city_st"])
                if fmt != T["dso_fmt"]:
                    add_ops(ops, ["displayName", "companyName"], "dso_format")
                disp = dso_display(T, fmt)
            else:
                disp = org_full(T, V, R.randrange(4)) if chance(0.6) else org_base(T, V)
            r = R.random()
            if r < 0.12:
                disp = disp.lower()
            elif r < 0.22:
                disp = disp.upper()
            c["displayName"] = disp
            c["companyName"] = disp if chance(0.9) else org_base(T, V)
            if V["force_user"]:
                u = V["force_user"]
            else:
                users = [(x, w) for x, w in ((V["manager"], 5), (d, 3), (V["contact"], 2)) if x]
                u = wpick(users) if users else None
            if u:
                c["givenName"], c["familyName"] = u["first"], u["last"]
                if qc is not None and u is not qc:
                    lab = V["orderer_label"] if (u is d and V["orderer_label"]) else "contact_changed"
                    add_op_soft(ops, "givenName", lab)
                    add_op_soft(ops, "familyName", lab)
            if V["email"] and chance(0.72):
                c["email"] = V["email"]
            else:
                c["email"] = staff_email(T, V, st)
                add_op_soft(ops, "email", "other_staff")
        else:
            p = V["person"]
            if T["kind"] == "solo_dentist":
                if V["mode"] == "trade":
                    c["displayName"] = c["companyName"] = V["pname"]
                    add_op(ops, "displayName", "practice_name")
                    add_op(ops, "companyName", "trade_name")
                else:
                    c["displayName"] = pick([person_display(p, "plain"), dr_display(p, "dr"), dr_display(p, "deg")])
                    if chance(0.35):
                        c["companyName"] = V["pname"]
                        add_op(ops, "companyName", "trade_name")
            else:
                c["displayName"] = person_display(p, "plain")
            c["givenName"], c["familyName"] = p["first"], p["last"]
            c["email"] = V["email"] or personal_email(p, st)
        if any(ord(ch) > 127 for f in NAMEF for ch in (c[f] or "")) and chance(0.35):
            for f in NAMEF:
                if c[f] and any(ord(ch) > 127 for ch in c[f]):
                    c[f] = mojibake(c[f])
                    add_op(ops, f, "mojibake")
        if V["phone"] and chance(0.95):
            ph = fmt_phone(V["phone"], wpick([("dash", 5), ("paren", 4), ("digits", 1)]))
            if org and chance(0.12):
                ph += pick([" x%d" % R.randint(100, 130), " ext. %d" % R.randint(1, 9), " ext %d" % R.randint(10, 40)])
                add_op(ops, "phone", "extension")
            c["phone"] = ph
        if V["addr"]:
            c["address"] = fmt_addr(V["addr"], street=wpick([("std", 8), ("full", 2)]), unit=pick(["Suite", "Ste"]),
                                    merge=chance(0.3), sep=", ", zipm="9" if chance(0.2) else "5",
                                    country=wpick([("United States", 6), ("US", 4)]))
    elif src == "courier":
        # courier pickup sheet: short stop names in capitals, street address, no e-mail
        if org:
            if not nc and d and (V["mode"] == "doctor" or (V["mode"] == "practice" and chance(0.15))):
                c["displayName"] = "DR " + legacy_clean(d["last"])
                add_op(ops, "displayName", V["doctor_label"] or "dentist_for_practice")
                add_op(ops, "companyName", "wrong_field")
            else:
                c["displayName"] = courier_short(org_base(T, V), ops)
            c["companyName"] = c["displayName"]
        else:
            p = V["person"]
            if T["kind"] == "solo_dentist":
                c["displayName"] = legacy_clean("DR " + (p["first"] + " " if chance(0.5) else "") + p["last"])
                if chance(0.3):
                    c["companyName"] = c["displayName"]
                    add_op(ops, "companyName", "wrong_field")
            else:
                c["displayName"] = legacy_clean(person_display(p, "plain"))
        if V["phone"] and chance(0.75):
            c["phone"] = fmt_phone(V["phone"], "dash")
        if V["addr"]:
            c["address"] = fmt_addr(V["addr"], street="upper", unit=pick(["STE", "#", "Ste"]), merge=chance(0.6),
                                    upper=True, regionp=chance(0.5), zipp=chance(0.55), country=None,
                                    city_upper=chance(0.7))
            if c["address"]["city"] and not chance(0.7):
                c["address"]["city"] = c["address"]["city"].title()
    elif src == "legacy":
        # the lab's old billing system: capitals, LAST, FIRST, 30 characters
        if org:
            s = legacy_clean(org_full(T, V))
            if len(s) > 30:
                s = s[:30].rstrip()
                add_ops(ops, ["displayName", "companyName"], "truncated")
            c["displayName"] = c["companyName"] = s
            p = V["contact"]
            if p and chance(0.6):
                c["givenName"], c["familyName"] = legacy_clean(p["first"]), legacy_clean(p["last"])
        else:
            p = V["person"]
            s = legacy_clean(p["last"] + (" " + p["suffix"] if p.get("suffix") else "") + ", " + p["first"] +
                             ((" " + p["degree"]) if T["kind"] == "solo_dentist" and chance(0.5) else ""))
            add_op(ops, "displayName", "last_first")
            if len(s) > 30:
                s = s[:30].rstrip()
                add_op(ops, "displayName", "truncated")
            c["displayName"] = s
            c["givenName"], c["familyName"] = legacy_clean(p["first"]), legacy_clean(p["last"])
        r = R.random()
        if V["email"] and r < 0.4:
            c["email"] = V["email"].upper()
        elif V["email"] and r < 0.6:
            c["email"] = V["email"]
        if V["phone"] and chance(0.9):
            c["phone"] = fmt_phone(V["phone"], "digits")
        if V["addr"]:
            c["address"] = fmt_addr(V["addr"], street="upper", unit=pick(["STE", "Ste", "#"]), merge=True, upper=True,
                                    zipm="9" if chance(0.4) else "5", country=pick(["USA", None]))
    elif src == "card_payer":
        # card payments: the name on the card, the receipt e-mail, the AVS billing address
        if org:
            o = V["orderer"] if V["mode"] == "doctor" else V["owner"]
            if o and (V["mode"] == "doctor" or (V["mode"] == "practice" and chance(0.35))) and not nc:
                card = chance(0.6)
                c["displayName"] = person_display(o, "card") if card else person_display(o, "plain")
                c["givenName"], c["familyName"] = (o["first"].upper(), o["last"].upper()) if card else (o["first"], o["last"])
                add_op(ops, "displayName", V["doctor_label"] or "cardholder")
                add_op_soft(ops, "givenName", "cardholder")
                add_op_soft(ops, "familyName", "cardholder")
            else:
                c["displayName"] = fold(org_full(T, V, R.randrange(4))).upper()
            c["companyName"] = org_base(T, V)
            if V["email"] and (chance(0.6) or not T["personal_email"]):
                c["email"] = V["email"]
            elif T["personal_email"]:
                c["email"] = T["personal_email"]
                add_op_soft(ops, "email", "other_staff")
        else:
            p = V["person"]
            card = chance(0.6)
            c["displayName"] = person_display(p, "card") if card else person_display(p, "plain")
            c["givenName"], c["familyName"] = (fold(p["first"]).upper(), fold(p["last"]).upper()) if card else (p["first"], p["last"])
            if card:
                c["displayName"] = fold(c["displayName"])
            c["email"] = V["email"] if chance(0.8) else None
        if V["phone"] and chance(0.3):
            c["phone"] = fmt_phone(V["phone"], pick(["digits", "plus", "dash"]))
        if V["addr"] and chance(0.9):
            withcity = chance(0.65) or nc
            c["address"] = fmt_addr(V["addr"], street="std", unit=pick(["Ste", "#", "Suite"]), merge=chance(0.4),
                                    city=withcity, regionp=withcity, country="US")
    else:
        raise ValueError(src)
    return c


# ----------------------------------------------------------------------------------------
# Noise
# ----------------------------------------------------------------------------------------
KEYB = {"q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok", "o": "ipl",
        "p": "ol", "a": "qsz", "s": "awdz", "d": "sefx", "f": "drgc", "g": "fthv", "h": "gyjb", "j": "hukn",
        "k": "jilm", "l": "kop", "z": "asx", "x": "zsdc", "c": "xdfv", "v": "cfgb", "b": "vghn", "n": "bhjm",
        "m": "njk"}


def typo_word(w):
    for _ in range(20):
        i = R.randrange(1, len(w))
        op = R.randrange(4)
        if op == 0:
            ch = w[i]
            n = pick(KEYB.get(ch.lower(), "e"))
            n = n.upper() if ch.isupper() else n
            nw = w[:i] + n + w[i + 1:]
        elif op == 1:
            nw = w[:i] + w[i + 1:]
        elif op == 2:
            nw = w[:i] + w[i] + w[i:]
        else:
            if i >= len(w) - 1:
                continue
            nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if nw != w:
            return nw
    return w


def typo(s, minlen=4):
    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]{%d,}" % minlen, s)]
    if not spans:
        return s
    a, b = pick(spans)
    return s[:a] + typo_word(s[a:b]) + s[b:]


def _pair_apply(c, ops, fn, what, fields=("displayName", "companyName")):
    """apply fn to displayName (and to companyName when it holds the same text)."""
    f0 = fields[0]
    if not c[f0]:
        return False
    old = c[f0]
    new = fn(old)
    if not new or new == old:
        return False
    c[f0] = new
    add_op(ops, f0, what)
    if c[fields[1]] == old and chance(0.7):
        c[fields[1]] = new
        add_op(ops, fields[1], what)
    return True


def n_typo(c, T, V, ops):
    cands = [(f, w) for f, w in (("displayName", 5), ("companyName", 2), ("givenName", 1), ("familyName", 2))
             if c[f] and re.search(r"[A-Za-z]{4,}", c[f])]
    if not cands:
        return False
    f = wpick(cands)
    if f == "displayName":
        return _pair_apply(c, ops, typo, "typo")
    old = c[f]
    c[f] = typo(old)
    if c[f] == old:
        return False
    add_op(ops, f, "typo")
    return True


def _recase(s):
    for _ in range(5):
        r = R.random()
        n = s.upper() if r < 0.45 else s.lower() if r < 0.75 else s.title()
        if n != s:
            return n
    return s


def n_case(c, T, V, ops):
    f = wpick([("displayName", 5), ("companyName", 2), ("givenName", 1), ("familyName", 1)])
    if not c[f]:
        return False
    if f == "displayName":
        return _pair_apply(c, ops, _recase, "case")
    old = c[f]
    c[f] = _recase(old)
    if c[f] == old:
        return False
    add_op(ops, f, "case")
    return True


LEGAL_RE = re.compile(r"(,?\s+(?:L\.?L\.?C\.?|Inc\.?|Incorporated|P\.?L\.?L\.?C\.?|P\.?S\.?C\.?|P\.?C\.?))$", re.I)


def n_legal(c, T, V, ops):
    if T["party"] != "org" or T["kind"] in ("dso_office",) or T["aliases"]:
        return False
    done = False
    for f in ("companyName", "displayName"):
        s = c[f]
        if not s or (done and not chance(0.5)):
            continue
        m = LEGAL_RE.search(s)
        if m:
            r = R.random()
            if r < 0.45 or not V["legal"]:
                n = s[:m.start()]
            else:
                n = s[:m.start()] + pick(LEGAL_STYLES[V["legal"]] + [" " + V["legal"].upper(), ", " + V["legal"]])
                if r > 0.85 and V["legal"] in ("PLLC", "PSC"):
                    n = s[:m.start()] + pick([" PC", " P.C.", " LLC"])
        elif V["legal"]:
            n = s + pick(LEGAL_STYLES[V["legal"]])
        else:
            n = s + pick([" LLC", ", Inc.", " PC"])
        if n != s:
            c[f] = n
            add_op(ops, f, "legal_form")
            done = True
    return done


ABBREV = [(r"\bDentistry\b", "Dent."), (r"\bDental\b", "Dntl"), (r"\bFamily\b", "Fam."), (r"\bAssociates\b", "Assoc."),
          (r"\bCenter\b", "Ctr"), (r"\bOrthodontics\b", "Ortho"), (r"\bSurgery\b", "Surg."),
          (r"\bUniversity\b", "Univ."), (r"\bDepartment\b", "Dept."), (r"\bCommunity\b", "Comm."),
          (r"\bHealth\b", "Hlth"), (r" & ", " and "), (r" and ", " & "), (r"\bCounty\b", "Co."),
          (r"\bSaint\b", "St."), (r"\bMount\b", "Mt."), (r"\bCosmetic\b", "Cosm."), (r"\bPartners\b", "Ptnrs")]


def n_abbrev(c, T, V, ops):
    s = c["displayName"]
    if not s:
        return False
    opts = [(p, r) for p, r in ABBREV if re.search(p, s, re.I)]
    if not opts:
        return False
    p, rep = pick(opts)
    return _pair_apply(c, ops, lambda x: re.sub(p, rep, x, count=1, flags=re.I), "abbreviation")


def n_punct(c, T, V, ops):
    s = c["displayName"]
    if not s:
        return False
    opts = []
    if re.search(r"[.,]", s):
        opts.append(lambda x: re.sub(r"[.,]", "", x))
    if " - " in s:
        opts.append(lambda x: x.replace(" - ", " "))
    if "&" in s and T["party"] == "org":
        opts.append(lambda x: x.replace("&", "&amp;"))
    if " " in s:
        opts.append(lambda x: x.replace(" ", "  ", 1))
    if "'" in s:
        opts.append(lambda x: x.replace("'", ""))
    if not opts:
        return False
    fn = pick(opts)
    what = "mojibake" if fn("&") == "&amp;" else "punctuation"
    return _pair_apply(c, ops, fn, what)


def _has_dentist(T, V):
    return T["kind"] == "solo_dentist" or (T["party"] == "org" and V["mode"] in ("doctor", "doctor_ok"))


def n_title(c, T, V, ops):
    s = c["displayName"]
    if not s:
        return False
    m = re.match(r"^(dr\.?\s+)", s, re.I)
    if m:
        n = s[m.end():]
    elif _has_dentist(T, V) and "," not in s and not re.search(
            r"dent|group|smile|ortho|care|clinic|health|surg|perio|endo|assoc|center|llc|inc|p\.?c\.?$", s, re.I):
        n = pick(["Dr. ", "Dr ", "DR "]) + s
    else:
        return False
    c["displayName"] = n
    add_op(ops, "displayName", "title")
    return True


DEG_RE = re.compile(r"(,?\s*)(D\.?D\.?S\.?|D\.?M\.?D\.?)(?=$|[\s,])", re.I)


def n_degree(c, T, V, ops):
    s = c["displayName"]
    if not s:
        return False
    m = DEG_RE.search(s)
    if m:
        deg = m.group(2).replace(".", "").upper()
        other = "DMD" if deg == "DDS" else "DDS"
        rep = pick(["", m.group(1) + dotted(deg), m.group(1) + other, ", " + deg.lower()])
        n = s[:m.start()] + rep + s[m.end():]
    elif _has_dentist(T, V) and not s.lower().startswith("dr"):
        deg = (V["orderer"] or V["person"] or {}).get("degree") or "DDS"
        n = s + pick([", " + deg, " " + deg, ", " + dotted(deg)])
    else:
        return False
    if n == s:
        return False
    c["displayName"] = n.strip()
    add_op(ops, "displayName", "degree")
    return True


def _replace_word(s, old, new):
    return re.sub(r"\b%s\b" % re.escape(old), new, s, count=1)


def n_nickname(c, T, V, ops):
    g = c["givenName"]
    if not g:
        return False
    key = g[:1].upper() + g[1:].lower()
    if key not in NICK:
        return False
    nk = pick(NICK[key])
    if g.isupper():
        nk = nk.upper()
    c["givenName"] = nk
    add_op(ops, "givenName", "nickname")
    if c["displayName"] and re.search(r"\b%s\b" % re.escape(g), c["displayName"]):
        c["displayName"] = _replace_word(c["displayName"], g, nk)
        add_op(ops, "displayName", "nickname")
    return True


def n_initial(c, T, V, ops):
    g = c["givenName"]
    if not g or len(g) < 2:
        return False
    ini = g[0] + ("." if chance(0.5) else "")
    c["givenName"] = ini
    add_op(ops, "givenName", "initial")
    if c["displayName"] and re.search(r"\b%s\b" % re.escape(g), c["displayName"]) and chance(0.7):
        c["displayName"] = _replace_word(c["displayName"], g, ini)
        add_op(ops, "displayName", "initial")
    return True


def n_swap(c, T, V, ops):
    if not (c["givenName"] and c["familyName"]) or c["givenName"] == c["familyName"]:
        return False
    c["givenName"], c["familyName"] = c["familyName"], c["givenName"]
    add_ops(ops, ["givenName", "familyName"], "swapped")
    return True


def n_reorder(c, T, V, ops):
    if T["party"] != "person":
        return False
    p = V["person"]
    s = c["displayName"]
    if not s or p["first"] not in s or p["last"] not in s or "," in s:
        return False
    n = "%s %s" % (p["last"], p["first"])
    if s.isupper():
        n = n.upper()
    c["displayName"] = n
    add_op(ops, "displayName", "reordered")
    return True


def mojibake(s):
    try:
        return s.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return s.encode("utf-8").decode("latin-1")


def n_accent(c, T, V, ops):
    fs = [f for f in NAMEF if c[f] and any(ord(ch) > 127 for ch in c[f])]
    if not fs:
        return False
    moj = chance(0.5)
    for f in fs:
        c[f] = mojibake(c[f]) if moj else fold(c[f])
        add_op(ops, f, "mojibake" if moj else "accent_stripped")
    return True


def n_trunc(c, T, V, ops):
    s = c["displayName"]
    if not s or len(s) <= 24:
        return False
    n = R.choice([24, 25, 30])
    return _pair_apply(c, ops, lambda x: x[:n].rstrip(), "truncated")


def n_drop_contact(c, T, V, ops):
    if T["party"] != "org" or not (c["givenName"] or c["familyName"]):
        return False
    for f in ("givenName", "familyName"):
        if c[f]:
            c[f] = None
            add_op(ops, f, "missing")
    return True


def n_contact_changed(c, T, V, ops):
    if T["party"] != "org":
        return False
    m = new_manager()
    c["givenName"], c["familyName"] = m["first"], m["last"]
    add_ops(ops, ["givenName", "familyName"], "contact_changed")
    return True


EMAIL_DOMAIN_TYPOS = {"gmail.com": ["gmial.com", "gmail.co", "gamil.com", "gmai.com"],
                      "yahoo.com": ["yaho.com", "yahooo.com", "yahoo.co"], "hotmail.com": ["hotmial.com"],
                      "aol.com": ["aol.co", "aoll.com"], "sbcglobal.net": ["sbcgloabl.net", "sbcglobel.net"],
                      "outlook.com": ["outlok.com"], "comcast.net": ["comcast.com", "comast.net"],
                      "bellsouth.net": ["bellsouth.com"], "att.net": ["att.com"]}


def n_email_case(c, T, V, ops):
    e = c["email"]
    if not e:
        return False
    n = e.upper() if chance(0.5) else e[0].upper() + e[1:]
    if n == e:
        return False
    c["email"] = n
    add_op(ops, "email", "case")
    return True


def n_email_typo(c, T, V, ops):
    e = c["email"]
    if not e or "@" not in e:
        return False
    loc, dom = e.split("@", 1)
    if dom.lower() in EMAIL_DOMAIN_TYPOS and chance(0.5):
        n = loc + "@" + pick(EMAIL_DOMAIN_TYPOS[dom.lower()])
    elif chance(0.25):
        n = loc + "@" + re.sub(r"\.(com|net|org)$", pick([".con", ".cm", ".ocm", ".comm"]), dom)
    else:
        n = typo_word(loc) + "@" + dom if len(loc) >= 3 else loc + "@" + dom.replace(".", "", 1)
    if n.lower() == e.lower():
        return False
    c["email"] = n
    add_op(ops, "email", "typo")
    return True


def n_email_new(c, T, V, ops):
    if T["party"] == "person":
        p = V["person"]
        n = personal_email(p, T["st"])
    elif T["personal_email"] and T["personal_email"] != c["email"] and chance(0.4):
        n = T["personal_email"]
    else:
        n = staff_email(T, V, T["st"])
    if c["email"] and n.lower() == c["email"].lower():
        return False
    c["email"] = n
    add_op(ops, "email", "new")
    return True


def n_missing(field):
    def f(c, T, V, ops):
        if not c[field]:
            return False
        c[field] = None
        add_op(ops, field, "missing")
        return True
    return f


def n_phone_format(c, T, V, ops):
    p = norm_phone(c["phone"])
    if not p:
        return False
    if re.search(r"x|ext", c["phone"], re.I):
        return False
    n = fmt_phone(p, pick(["paren", "dash", "dot", "digits", "paren_ns", "plus", "one", "space"]))
    if n == c["phone"]:
        return False
    c["phone"] = n
    add_op(ops, "phone", "format")
    return True


def n_phone_ext(c, T, V, ops):
    if not c["phone"] or "x" in c["phone"].lower() or T["party"] != "org":
        return False
    c["phone"] += pick([" x%d" % R.randint(100, 130), " ext. %d" % R.randint(1, 9), " Ext %d" % R.randint(10, 40)])
    add_op(ops, "phone", "extension")
    return True


def n_phone_digit(c, T, V, ops):
    p = norm_phone(c["phone"])
    if not p:
        return False
    i = R.randrange(3, 10)
    if chance(0.5) and i < 9 and p[i] != p[i + 1]:
        n = p[:i] + p[i + 1] + p[i] + p[i + 2:]
    else:
        n = p[:i] + str((int(p[i]) + R.randint(1, 9)) % 10) + p[i + 1:]
    c["phone"] = fmt_phone(n, pick(["paren", "dash", "dot", "digits"]))
    ops["phone"] = [w for w in ops.get("phone", []) if w != "extension"]
    add_op(ops, "phone", "digit_off")
    return True


def n_phone_new(c, T, V, ops):
    if T["party"] == "org" and T["cell"] and norm_phone(c["phone"]) != T["cell"] and chance(0.5):
        n = T["cell"]
    else:
        n = make_phone(T["town"]["area"], 0.4)
    c["phone"] = fmt_phone(n, pick(["paren", "dash", "dot"]))
    ops["phone"] = [w for w in ops.get("phone", []) if w != "extension"]
    add_op(ops, "phone", "new")
    return True


def n_addr_format(c, T, V, ops):
    a = c["address"]
    va = V["addr"]
    if not a or not a["line1"] or not va or va.get("pobox"):
        return False
    cur = a["line1"]
    style = pick(["std", "full", "dot", "upper"])
    n = fmt_line1(va, style)
    rest = ""
    m = re.search(r"(,?\s*(?:suite|ste\.?|#|bldg\.?|building|rm\.?|room|apt\.?)\s*\S+)$", cur, re.I)
    if m:
        rest = m.group(1)
    n = n + rest
    if n == cur:
        return False
    a["line1"] = n
    add_op(ops, "address.line1", "format")
    return True


def n_unit_merge(c, T, V, ops):
    a = c["address"]
    if not a or not a["line2"] or not a["line1"]:
        return False
    a["line1"] = a["line1"] + pick([" ", ", ", " "]) + a["line2"]
    a["line2"] = None
    add_ops(ops, ["address.line1", "address.line2"], "unit_merged")
    return True


def n_zip(c, T, V, ops):
    a = c["address"]
    va = V["addr"]
    if not a or not a["postalCode"] or not va:
        return False
    if "-" in a["postalCode"]:
        a["postalCode"] = a["postalCode"][:5]
    else:
        a["postalCode"] = a["postalCode"] + "-" + va["zip4"]
    add_op(ops, "address.postalCode", "zip4")
    return True


def n_addr_part_missing(key):
    def f(c, T, V, ops):
        a = c["address"]
        if not a or not a[key] or sum(1 for k in ADDR_KEYS if a[k]) < 3:
            return False
        if key == "postalCode" and not a["city"]:
            return False
        a[key] = None
        add_op(ops, "address." + key, "missing")
        return True
    return f


def n_region(c, T, V, ops):
    a = c["address"]
    if not a or not a["region"]:
        return False
    code = STATE_CODES.get(a["region"].upper())
    if not code:
        return False
    n = pick([STATE_NAME[code], STATE_NAME[code].upper(), code[0] + code[1].lower(), code])
    if n == a["region"]:
        return False
    a["region"] = n
    add_op(ops, "address.region", "format")
    return True


def n_country(c, T, V, ops):
    a = c["address"]
    if not a:
        return False
    n = pick(["USA", "United States", "US", "U.S.A.", "United States of America"])
    if n == a["country"]:
        return False
    add_op(ops, "address.country", "format" if a["country"] else "added")
    a["country"] = n
    return True


def n_city_case(c, T, V, ops):
    a = c["address"]
    if not a or not a["city"]:
        return False
    n = a["city"].upper() if not a["city"].isupper() else a["city"].title()
    if n == a["city"]:
        return False
    a["city"] = n
    add_op(ops, "address.city", "case")
    return True


CITY_TYPOS = {"Cincinnati": ["Cincinatti", "Cincinnatti", "Cinci"], "Columbus": ["Colombus", "Columbis"],
              "Louisville": ["Louisvile", "Lousville"], "Indianapolis": ["Indianpolis", "Indy"],
              "Westerville": ["Westervile"], "Pickerington": ["Pickeringtn"], "Reynoldsburg": ["Reynoldsburgh"],
              "Chillicothe": ["Chilicothe"], "Zanesville": ["Zanesvile"], "Lexington": ["Lexinton"],
              "Morgantown": ["Morgantwn"], "Kalamazoo": ["Kalamazo"], "Ypsilanti": ["Ypsi"],
              "Sterling Heights": ["Sterling Hts"], "Upper Arlington": ["Upper Arl", "UA"],
              "Cuyahoga Falls": ["Cuyahoga Fls"], "Grove City": ["Grove Cty"]}


def n_city_typo(c, T, V, ops):
    a = c["address"]
    if not a or not a["city"]:
        return False
    key = a["city"].title()
    if key in CITY_TYPOS:
        n = pick(CITY_TYPOS[key])
        n = n.upper() if a["city"].isupper() else n
    else:
        n = typo(a["city"])
    if n == a["city"]:
        return False
    a["city"] = n
    add_op(ops, "address.city", "typo")
    return True


def n_street_typo(c, T, V, ops):
    a = c["address"]
    if not a or not a["line1"] or re.match(r"^\s*(p\.?\s?o\.?|post)", a["line1"], re.I):
        return False
    n = typo(a["line1"], 5)
    if n == a["line1"] or norm_line1(n) == norm_line1(a["line1"]):
        return False
    a["line1"] = n
    add_op(ops, "address.line1", "typo")
    return True


def n_house_number(c, T, V, ops):
    a = c["address"]
    if not a or not a["line1"]:
        return False
    m = re.match(r"^(\d+)", a["line1"])
    if not m or re.match(r"^\s*(p\.?\s?o\.?|post)", a["line1"], re.I):
        return False
    num = m.group(1)
    if len(num) >= 2 and chance(0.5) and num[0] != num[1]:
        nn = num[1] + num[0] + num[2:]
    else:
        i = R.randrange(len(num))
        nn = num[:i] + str((int(num[i]) + R.randint(1, 8)) % 10) + num[i + 1:]
        if nn[0] == "0":
            nn = "1" + nn[1:]
    if nn == num:
        return False
    a["line1"] = nn + a["line1"][len(num):]
    add_op(ops, "address.line1", "house_number")
    return True


def n_po_box(c, T, V, ops):
    a = c["address"]
    if not a or (a["line1"] and re.match(r"^\s*(p\.?\s?o\.?|post)", a["line1"], re.I)):
        return False
    t = TOWN.get("%s|%s" % (V["addr"]["city"], V["addr"]["st"])) if V["addr"] else None
    if not t:
        return False
    pb = make_pobox(t)
    a["line1"] = fmt_line1(pb, pick(["std", "dot", "upper", "po"]))
    add_op(ops, "address.line1", "po_box")
    if a["line2"]:
        a["line2"] = None
        add_op(ops, "address.line2", "missing")
    if a["postalCode"] and chance(0.5):
        a["postalCode"] = pb["zip"]
        add_op(ops, "address.postalCode", "po_box")
    return True


def n_addr_missing(c, T, V, ops):
    if not c["address"]:
        return False
    c["address"] = None
    add_op(ops, "address", "missing")
    return True


def n_moved(c, T, V, ops):
    if not c["address"] or T["kind"] in ("va",):
        return False
    t2 = T["town"] if chance(0.5) else nearby_town(T["town"])
    na = make_addr(t2, home=(T["kind"] == "patient"))
    old = c["address"]
    c["address"] = fmt_addr(na, country=old["country"], regionp=bool(old["region"]), zipp=bool(old["postalCode"]),
                            city=bool(old["city"]) or t2 is not T["town"])
    add_ops(ops, ADDRF, "moved")
    return True


# (function, weight light, medium, harsh, kind) ; kind: n = name op, f = identifier format op, i = identifier-breaking
NOISE_OPS = [
    (n_typo, 2, 4, 4, "n"), (n_case, 4, 3, 2, "n"), (n_legal, 3, 2, 1, "n"), (n_abbrev, 2, 2, 2, "n"),
    (n_punct, 3, 2, 1, "n"), (n_title, 2, 2, 1, "n"), (n_degree, 1, 2, 1, "n"), (n_nickname, 1, 2, 2, "n"),
    (n_initial, 1, 1, 2, "n"), (n_swap, 0, 1, 2, "n"), (n_reorder, 0, 1, 1, "n"), (n_accent, 2, 2, 3, "n"),
    (n_trunc, 0, 1, 1, "n"), (n_drop_contact, 1, 1, 1, "n"), (n_contact_changed, 0, 1, 1, "n"),
    (n_email_case, 2, 1, 1, "f"), (n_email_typo, 0, 2, 3, "i"), (n_email_new, 0, 1, 3, "i"),
    (n_missing("email"), 1, 2, 3, "i"), (n_phone_format, 3, 2, 1, "f"), (n_phone_ext, 1, 1, 0, "f"),
    (n_phone_digit, 0, 2, 3, "i"), (n_phone_new, 0, 1, 2, "i"), (n_missing("phone"), 1, 2, 2, "i"),
    (n_addr_format, 3, 2, 1, "f"), (n_unit_merge, 2, 1, 1, "f"), (n_zip, 1, 1, 1, "f"),
    (n_addr_part_missing("postalCode"), 1, 1, 1, "f"), (n_region, 1, 1, 1, "f"), (n_country, 1, 1, 1, "f"),
    (n_city_case, 1, 1, 1, "f"), (n_addr_part_missing("region"), 1, 1, 1, "f"), (n_city_typo, 0, 1, 1, "i"),
    (n_street_typo, 0, 2, 2, "i"), (n_house_number, 0, 1, 2, "i"), (n_po_box, 0, 1, 2, "i"),
    (n_addr_missing, 0, 1, 2, "i"), (n_moved, 0, 0, 2, "i"),
]
PROFILE_COL = {"light": 1, "medium": 2, "harsh": 3}


def apply_noise(c, T, V, ops, profile, kinds=("n", "f", "i"), count=None):
    col = PROFILE_COL[profile]
    pool = [(op, w[col]) for op, w in ((x[0], x) for x in NOISE_OPS) if w[col] > 0 and w[4] in kinds]
    if count is None:
        count = {"light": 1, "medium": R.randint(2, 3), "harsh": R.randint(4, 6)}[profile]
    done = 0
    tries = 0
    used = []
    while done < count and tries < 40:
        tries += 1
        op = wpick(pool)
        if op in used:
            continue
        if op(c, T, V, ops):
            used.append(op)
            done += 1
    return done


# ----------------------------------------------------------------------------------------
# Change lists
# ----------------------------------------------------------------------------------------
FORMATISH = ("case", "accent_stripped", "punctuation", "format", "zip4")


def fget(rec, f):
    if f.startswith("address."):
        a = rec.get("address")
        return a.get(f[8:]) if a else None
    return rec.get(f)


def _alnum(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def infer_what(f, ov, nv, party):
    if ov is None:
        return "added"
    if nv is None:
        return "missing"
    if ov.casefold() == nv.casefold():
        return "case"
    if fold(ov).casefold() == fold(nv).casefold():
        return "accent_stripped"
    if f == "phone":
        return "format" if norm_phone(ov) and norm_phone(ov) == norm_phone(nv) else "new"
    if f == "email":
        return "new"
    if f == "address.line1":
        return "format" if norm_line1(ov) == norm_line1(nv) else "changed"
    if f == "address.postalCode":
        return "zip4" if zip5(ov) == zip5(nv) else "changed"
    if f == "address.region":
        return "format" if STATE_CODES.get(ov.upper()) == STATE_CODES.get(nv.upper()) else "changed"
    if f == "address.country":
        return "format"
    if _alnum(ov) == _alnum(nv):
        return "punctuation"
    if f == "address.line2":
        return "format" if re.sub(r"\W", "", ov.upper().replace("SUITE", "").replace("STE", "")) == \
            re.sub(r"\W", "", nv.upper().replace("SUITE", "").replace("STE", "")) else "changed"
    if f == "address.city":
        return "changed"
    if f in ("givenName", "familyName"):
        if name_tokens(ov) == name_tokens(nv):
            return "format"
        return "contact_changed" if party == "org" else "changed"
    if sorted(name_tokens(ov)) == sorted(name_tokens(nv)):
        return "format"
    return "rewritten"


def changes_for(old, new, ops, party, hn_default=None):
    out = []
    for f in diff_fields(old, new):
        if f == "address":
            labels = ["missing" if new.get("address") is None else "added"]
        else:
            ov, nv = fget(old, f), fget(new, f)
            if ov is None:
                labels = [w for w in ops.get(f, []) if w in ("wrong_field", "trade_name", "cardholder", "orderer",
                                                              "contact_changed", "associate", "family_member")]
                labels = labels[:1] or ["added"]
            elif nv is None:
                labels = ["missing"]
            else:
                labels = [w for w in ops.get(f, []) if w not in ("missing", "added")]
                if not labels:
                    w = infer_what(f, ov, nv, party)
                    if hn_default and w not in FORMATISH:
                        w = hn_default(f)
                    labels = [w]
        for w in labels:
            if w not in CHANGE_WHATS:
                raise ValueError(w)
            out.append(f + ":" + w)
    return out


# ----------------------------------------------------------------------------------------
# Building incoming records
# ----------------------------------------------------------------------------------------
SRC_W = {
    "practice": [("case_mgmt", 32), ("portal", 26), ("courier", 15), ("legacy", 15), ("card_payer", 12)],
    "dso": [("case_mgmt", 30), ("portal", 30), ("courier", 15), ("legacy", 20), ("card_payer", 5)],
    "public": [("case_mgmt", 30), ("portal", 20), ("courier", 15), ("legacy", 30), ("card_payer", 5)],
    "mobile": [("case_mgmt", 30), ("portal", 30), ("courier", 10), ("legacy", 15), ("card_payer", 15)],
    "patient": [("case_mgmt", 40), ("card_payer", 50), ("legacy", 10)],
}


def src_weights(T, new=False):
    k = T["kind"]
    g = "patient" if k == "patient" else "dso" if k == "dso_office" else "mobile" if k == "mobile" else \
        "public" if k in PUBLIC_K or k == "hospital" else "practice"
    w = SRC_W[g]
    if new:
        w = [(s, x / 3.0 if s == "legacy" else x) for s, x in w]
    return w


def strip_ids(c, ref, T, V, src, ops):
    if c["email"] and norm_email(c["email"]) == norm_email(ref.get("email")):
        if chance(0.6) or src == "courier":
            c["email"] = None
        else:
            c["email"] = personal_email(V["person"], T["st"]) if T["party"] == "person" else staff_email(T, V, T["st"])
            add_op(ops, "email", "new")
    if c["phone"] and norm_phone(c["phone"]) == norm_phone(ref.get("phone")):
        if chance(0.5):
            c["phone"] = None
        else:
            c["phone"] = fmt_phone(make_phone(T["town"]["area"], 0.4), pick(["paren", "dash", "dot"]))
            add_op(ops, "phone", "new")
    town = T["town"]
    ra = ref.get("address")
    city = ra["city"] if ra and ra.get("city") else town["city"]
    a = c["address"]
    if a is None or not a.get("city") or addr_shared(a, ra):
        old = a or {}
        r = R.random()
        if r < 0.45:
            na = make_addr(town, home=(T["kind"] == "patient"))
            c["address"] = fmt_addr(na, country=old.get("country"), regionp=bool(old.get("region", True)),
                                    upper=bool(old.get("line1") and old["line1"].isupper()))
            add_ops(ops, ADDRF, "moved")
        elif r < 0.8:
            c["address"] = {"line1": None, "line2": None, "city": city,
                            "region": town["st"] if chance(0.7) else None,
                            "postalCode": old.get("postalCode") if chance(0.5) else None,
                            "country": old.get("country")}
        else:
            pb = make_pobox(town)
            c["address"] = fmt_addr(pb, street=pick(["std", "dot", "upper"]), country=old.get("country"))
            add_op(ops, "address.line1", "po_box")
            add_op(ops, "address.postalCode", "po_box")
    e = c["email"]
    re_ = ref.get("email")
    if e and re_ and "@" in e and "@" in re_:
        dom = e.split("@", 1)[1].lower()
        if dom == re_.split("@", 1)[1].lower() and dom not in FREE_MAIL_DOMAINS:
            who = V["person"] if T["party"] == "person" else (V["contact"] or V["manager"] or new_manager())
            c["email"] = personal_email(who, T["st"])
            ops["email"] = ["new"]
    if not c["address"].get("city"):
        c["address"]["city"] = city
    if norm_city(c["address"]["city"]) != norm_city(city):
        c["address"]["city"] = city


def make_incoming(T, ref, variant, profile, src, nc, tries=40, view_over=None, name_noise=True):
    for attempt in range(tries):
        ops = {}
        V = make_view(T, variant, ops)
        if view_over:
            V.update(view_over)
        c = render(T, V, src, ops, nc)
        if nc:
            if name_noise:
                apply_noise(c, T, V, ops, profile, kinds=("n",))
            strip_ids(c, ref, T, V, src, ops)
        else:
            apply_noise(c, T, V, ops, profile)
        c = finalize(c, T)
        if ref is None:
            return c, ops
        ev = evidence_of(c, ref)
        if nc:
            if ev or not town_of(ref) or town_of(c) != town_of(ref):
                continue
        elif not ev:
            continue
        return c, ops
    return None


def make_linked(T, ref, variant, profile, src, nc):
    r = make_incoming(T, ref, variant, profile, src, nc)
    if r:
        return r[0], r[1], src, profile, variant
    for s2 in ("portal", "case_mgmt", "legacy", "card_payer", "courier"):
        r = make_incoming(T, ref, variant, "light", s2, nc, 15)
        if r:
            return r[0], r[1], s2, "light", variant
    for s2 in ("portal", "case_mgmt", "legacy", "card_payer", "courier"):
        r = make_incoming(T, ref, "plain", "light", s2, False, 30)
        if r:
            return r[0], r[1], s2, "light", "plain"
    raise RuntimeError("cannot link %s" % T["id"])


# ----------------------------------------------------------------------------------------
# Hard negatives
# ----------------------------------------------------------------------------------------
HN_TYPES = [("practice_sold", 10), ("dso_acquired", 10), ("father_son_own_practice", 10),
            ("spouse_separate_practice", 10), ("patient_at_practice", 10), ("same_name_other_town", 10),
            ("second_practice", 9), ("associate_employer", 9), ("dso_sibling_office", 9), ("namesake_dentist", 9),
            ("patient_relative_of_dentist", 9), ("same_building_other_practice", 9), ("shared_billing_service", 9),
            ("public_body_other", 9), ("left_to_own_practice", 9), ("va_other_station", 9)]
HN_RULES = {
    "father_son_own_practice": "Father and son are one customer only while they share one practice; a son (or father) with his own practice under its own tax ID is another customer.",
    "spouse_separate_practice": "Husband and wife dentists with separate practices (separate tax IDs) are two customers, even at one address.",
    "second_practice": "A dentist's second practice under another tax ID is a second customer.",
    "associate_employer": "A dentist's work as an associate bills the employing practice, which is another customer than the dentist's own practice.",
    "practice_sold": "A practice sold to a new owner is a new customer, even with the same name, address and phone.",
    "dso_acquired": "A practice bought by a DSO is a new customer (new owner, new tax ID), although the office, phone and dentist stay.",
    "dso_sibling_office": "A DSO's offices are each a customer; another office of the same brand is another customer.",
    "same_name_other_town": "The billed practice (one tax ID) is the customer; the same trade name in another town is an unrelated practice.",
    "namesake_dentist": "A dentist of the same name in another town is another person and another practice.",
    "patient_at_practice": "A patient paying privately is a customer apart from his dentist, even when the office's address and phone are written on the case.",
    "patient_relative_of_dentist": "A patient paying privately is a customer apart from the dentist, also when the patient is the dentist's relative.",
    "same_building_other_practice": "Another practice in the same building (another suite, another tax ID) is another customer.",
    "shared_billing_service": "The billed practice is the customer, not the outside bookkeeper whose mailbox several practices share.",
    "public_body_other": "Another public body at the same site (health department, health center, hospital) is another customer.",
    "left_to_own_practice": "An associate who leaves the group and opens a practice of his own is a new customer; the group remains a customer.",
    "va_other_station": "Each VA medical center (station) is billed as its own customer, although all share the VA's central invoice address.",
}
HN_REQ = {
    "father_son_own_practice": ["surname"], "spouse_separate_practice": ["address"],
    "second_practice": ["person", "email"], "associate_employer": ["person"], "practice_sold": ["address", "phone"],
    "dso_acquired": ["address", "phone"], "dso_sibling_office": ["firm_stem", "email_domain", "email"],
    "same_name_other_town": ["name"], "namesake_dentist": ["person", "name", "surname"],
    "patient_at_practice": ["address", "phone"], "patient_relative_of_dentist": ["surname"],
    "same_building_other_practice": ["address"], "shared_billing_service": ["email"],
    "public_body_other": ["address", "firm_stem", "email_domain"], "left_to_own_practice": ["person"],
    "va_other_station": ["address"],
}
HN_LABELS = {
    "father_son_own_practice": ("other_person", "other_practice"), "spouse_separate_practice": ("other_person", "other_practice"),
    "second_practice": ("other_practice", "other_practice"), "associate_employer": ("other_practice", "other_practice"),
    "practice_sold": ("new_owner", "new_owner"), "dso_acquired": ("dso_brand", "new_owner"),
    "dso_sibling_office": ("other_office", "other_office"), "same_name_other_town": ("other_practice", "other_practice"),
    "namesake_dentist": ("other_person", "other_practice"), "patient_at_practice": ("patient", "patient"),
    "patient_relative_of_dentist": ("patient", "patient"),
    "same_building_other_practice": ("other_practice", "other_practice"),
    "shared_billing_service": ("other_practice", "other_practice"), "public_body_other": ("other_body", "other_body"),
    "left_to_own_practice": ("other_practice", "other_practice"), "va_other_station": ("other_station", "other_station"),
}


def hn_default_fn(typ):
    nl, il = HN_LABELS[typ]

    def f(field):
        if field in NAMEF:
            return nl
        if field == "address.line2" and typ in ("spouse_separate_practice", "same_building_other_practice",
                                                 "public_body_other"):
            return "other_suite"
        return il
    return f


def build_public_custom(kind, town, name, legal, aliases, addr, email=None):
    T = base_entity(kind, "org", town)
    T["aliases"] = aliases
    T["legal_name"] = legal
    T["pname"] = name
    T["addr"] = addr
    T["phone"] = make_phone(town["area"])
    T["offices"] = [(addr, T["phone"])]
    T["manager"] = new_manager()
    T["contact"] = T["manager"] if chance(0.6) else None
    T["email"] = email or practice_email(T, domain_for(name, town))
    return T


def anchor_ok(typ, T, existing_county_names):
    k = T["kind"]
    rec = T["rec"]
    o = T["owner"]
    named = T["party"] == "person" or (o is not None and T["contact"] is o)
    has_unit = bool(T["addr"] and not T["addr"].get("pobox") and T["addr"].get("unit"))
    if typ == "practice_sold":
        return k == "solo_practice" and T["ptype"] in ("town", "generic") and rec["address"] and rec["phone"]
    if typ == "dso_acquired":
        return k == "solo_practice" and rec["address"] is not None and T["service"] is None
    if typ == "father_son_own_practice":
        return k in ("solo_dentist", "solo_practice", "dentist_inc") and o and o["gender"] == "M" \
            and not T["partner"] and named
    if typ == "spouse_separate_practice":
        return k in ("solo_practice", "dentist_inc", "solo_dentist", "specialist") and o and not T["partner"] \
            and has_unit and rec["address"] is not None
    if typ == "patient_at_practice":
        return k in ("solo_practice", "group", "specialist", "dentist_inc") and rec["address"] and rec["phone"] \
            and not T["addr"].get("pobox")
    if typ == "same_name_other_town":
        return k in ("solo_practice", "group", "specialist") and T["ptype"] == "generic"
    if typ in ("second_practice", "associate_employer"):
        return k in ("solo_practice", "dentist_inc", "solo_dentist") and named and T["personal_email"]
    if typ == "dso_sibling_office":
        return k == "dso_office"
    if typ == "namesake_dentist":
        return k in ("solo_dentist", "dentist_inc") and named
    if typ == "patient_relative_of_dentist":
        return k in ("solo_dentist", "solo_practice", "dentist_inc") and named and rec["address"] is not None
    if typ == "same_building_other_practice":
        return k in ("solo_practice", "group", "specialist", "dentist_inc", "dso_office") and has_unit \
            and rec["address"] is not None
    if typ == "shared_billing_service":
        return T["service"] is not None and rec["email"] == T["email"]
    if typ == "public_body_other":
        if k == "fqhc":
            cty = TOWN_COUNTY.get(T["town"]["key"])
            return cty is not None and cty not in existing_county_names and rec["address"] is not None
        return k in ("county", "university") and rec["address"] is not None
    if typ == "left_to_own_practice":
        return k == "group" and T["contact_is_assoc"]
    if typ == "va_other_station":
        return k == "va" and T["addr"].get("pobox") and rec["address"] is not None
    raise ValueError(typ)


def hn_make(typ, A, exist_names, va_free):
    town, st, o = A["town"], A["st"], A["owner"]
    ov = {}
    srcw = None
    if typ == "father_son_own_practice":
        d = new_dentist(st, gender="M", first=o["first"], last=o["last"])
        d["suffix"] = "Sr." if o.get("suffix") in ("Jr.", "II") else pick(["Jr.", "Jr.", "II"])
        t2 = nearby_town(town)
        if A["kind"] == "solo_dentist":
            H = build_solo_dentist(t2, owner=d)
        elif A["kind"] == "dentist_inc":
            H = build_dentist_inc(t2, owner=d)
        else:
            H = build_solo_practice(t2, owner=d, ptype="surname", extras=False)
        H["contact"] = d
        H["partner"] = None
        if chance(0.5):
            ov = {"mode": "doctor_ok"}
        srcw = [("case_mgmt", 5), ("portal", 4), ("legacy", 1)]
    elif typ == "spouse_separate_practice":
        sp = new_dentist(st, gender="F" if o["gender"] == "M" else "M", last=o["last"])
        r = R.random()
        if r < 0.6:
            H = build_specialist(town, spec=pick(["ortho", "perio", "endo"]), owner=sp)
        elif r < 0.8:
            H = build_solo_dentist(town, owner=sp)
        else:
            H = build_solo_practice(town, owner=sp, ptype="surname", extras=False)
        H["addr"] = dict(A["addr"])
        H["addr"]["unit"] = other_unit(A["addr"]["unit"])
        H["offices"] = [(H["addr"], H["phone"])]
        H["contact"] = sp
        H["partner"] = None
    elif typ == "second_practice":
        t2 = nearby_town(town)
        H = build_solo_practice(t2, owner=o, ptype=pick(["town", "generic"]), extras=False)
        H["personal_email"] = A["personal_email"]
        H["cell"] = A["cell"]
        H["contact"] = o
        if chance(0.6):
            H["email"] = A["personal_email"]
        srcw = [("case_mgmt", 4), ("portal", 4), ("card_payer", 2)]
    elif typ == "associate_employer":
        t2 = nearby_town(town, same=chance(0.3))
        H = build_group(t2) if chance(0.5) else build_solo_practice(t2, extras=False)
        H["associates"] = [o]
        H["dentists"].append(o)
        ov = {"orderer": o, "mode": "doctor_ok", "force_user": o}
        srcw = [("case_mgmt", 7), ("portal", 3)]
    elif typ == "practice_sold":
        no = new_dentist(st)
        pn = A["pname"] if chance(0.8) else "%s - Dr. %s" % (A["pname"], no["last"])
        H = build_solo_practice(town, owner=no, pname=pn, ptype=A["ptype"], extras=False)
        H["addr"], H["phone"] = A["addr"], A["phone"]
        H["offices"] = [(A["addr"], A["phone"])]
        H["contact"] = no if chance(0.6) else H["manager"]
        srcw = [("portal", 4), ("case_mgmt", 3), ("courier", 2), ("card_payer", 1)]
    elif typ == "dso_acquired":
        brands = [b for b in BRANDS if town["cl"] in b["cls"] and town["city"] not in b["labels"]] or \
            [b for b in BRANDS if town["city"] not in b["labels"]]
        b = pick(brands)
        H = build_dso(b, town, town["city"], local=A["pname"])
        H["dso_fmt"] = "slash"
        H["pname"] = dso_display(H, "slash")
        H["addr"] = A["addr"]
        if chance(0.75):
            H["phone"] = A["phone"]
        H["offices"] = [(H["addr"], H["phone"])]
        if o and chance(0.5):
            H["contact"] = o
            H["dentists"] = [o] + H["dentists"]
        srcw = [("portal", 4), ("case_mgmt", 4), ("courier", 2)]
    elif typ == "dso_sibling_office":
        b = A["brand"]
        towns = [t for t in TOWNS if t["cl"] in b["cls"] and t["city"] not in b["labels"]
                 and t["key"] not in b["town_keys"]]
        t2 = wpick([(t, t["w"]) for t in towns])
        b["labels"].append(t2["city"])
        b["town_keys"].append(t2["key"])
        H = build_dso(b, t2, t2["city"])
        H["brand_company"] = A["brand_company"]
        if A["email"] == b.get("ap"):
            H["email"] = A["email"]
    elif typ == "same_name_other_town":
        t2 = None
        for _ in range(40):
            if chance(0.5):
                t2 = nearby_town(town)
            else:
                t2 = wpick([(t, t["w"]) for t in TOWNS if t["st"] == town["st"] and t["cl"] != town["cl"]] or
                           [(t, t["w"]) for t in TOWNS if t["key"] != town["key"]])
            if (t2["key"], pname_key(A)) not in exist_names:
                break
        if A["kind"] == "group":
            H = build_group(t2)
            H["pname"] = A["pname"]
        elif A["kind"] == "specialist":
            H = build_specialist(t2, spec=A["spec"])
            H["pname"] = A["pname"]
        else:
            H = build_solo_practice(t2, pname=A["pname"], ptype=A["ptype"], extras=False)
    elif typ == "namesake_dentist":
        t2 = far_town(town) if chance(0.6) else nearby_town(town)
        d = new_dentist(t2["st"], gender=o["gender"], first=o["first"], last=o["last"])
        while d["middle"] and d["middle"] == o.get("middle"):
            d["middle"] = pick(MID)
        H = build_solo_dentist(t2, owner=d) if (A["kind"] == "solo_dentist" and chance(0.75)) else \
            build_dentist_inc(t2, owner=d)
        H["partner"] = None
    elif typ == "patient_at_practice":
        H = build_patient(town, addr=A["addr"])
        H["phone"] = A["phone"]
        H["email"] = None
        H["offices"] = [(A["addr"], A["phone"])]
        if chance(0.4):
            ov = {"patient_company": A["pname"]}
        srcw = [("case_mgmt", 1)]
    elif typ == "patient_relative_of_dentist":
        H = build_patient(town, person=new_patient(town, last=o["last"]))
        srcw = [("card_payer", 5), ("case_mgmt", 5)]
    elif typ == "same_building_other_practice":
        H = build_specialist(town, spec=pick(["os", "ortho", "perio", "endo"])) if chance(0.6) else \
            build_solo_practice(town, extras=False)
        if o and H["owner"]["last"] == o["last"]:
            H["owner"]["last"] = pick([x for x in SURNAMES if x != o["last"]])
        H["addr"] = dict(A["addr"])
        H["addr"]["unit"] = other_unit(A["addr"]["unit"])
        H["offices"] = [(H["addr"], H["phone"])]
    elif typ == "shared_billing_service":
        svc = [s for s in BILLING_SERVICES if s[0] == A["service"]][0]
        t2 = wpick([(t, t["w"]) for t in CLUSTERS[svc[2]]])
        H = build_solo_practice(t2, extras=False) if chance(0.6) else build_specialist(t2)
        H["email"] = svc[1]
        H["service"] = svc[0]
        srcw = [("portal", 5), ("case_mgmt", 3), ("card_payer", 2), ("legacy", 1)]
    elif typ == "public_body_other":
        if A["kind"] == "county":
            county = A["aliases"][0].split(" County")[0]
            name = "%s Family Health Center" % county
            addr = dict(A["addr"])
            addr["unit"] = other_unit(addr.get("unit"))
            H = build_public_custom("fqhc", town, name, name + ", Inc.",
                                    [name, name + " - Dental", "%s FHC Dental Clinic" % county,
                                     name.replace("Center", "Ctr")], addr)
        elif A["kind"] == "fqhc":
            county = TOWN_COUNTY[town["key"]]
            name = "%s County Health Department" % county
            addr = dict(A["addr"])
            addr["unit"] = other_unit(addr.get("unit"))
            H = build_public_custom("county", town, name, name,
                                    [name, "%s Co. Health Dept" % county, "%s County Health Dept - Dental" % county],
                                    addr)
        else:
            legal = A["legal_name"]
            name = "%s Medical Center - Hospital Dentistry" % legal
            dom = A["email"].split("@", 1)[1] if A["email"] else None
            m = new_manager()
            em = reg_email("%s.%s@%s" % (slug(m["first"]), slug(m["last"]), dom)) if dom else None
            H = build_public_custom("hospital", town, name, legal + " Medical Center",
                                    [name, "%s Med Ctr Dental" % legal, "%s Hospital - Dentistry" % legal],
                                    make_addr(town), em)
            H["manager"] = m
            H["contact"] = m
    elif typ == "left_to_own_practice":
        a = A["contact"]
        t2 = town if chance(0.6) else nearby_town(town)
        H = build_solo_dentist(t2, owner=a) if chance(0.4) else \
            build_solo_practice(t2, owner=a, ptype=pick(["surname", "town"]), extras=False)
        H["contact"] = a
        H["partner"] = None
        srcw = [("case_mgmt", 4), ("portal", 4), ("card_payer", 2)]
    elif typ == "va_other_station":
        H = build_va(va_free.pop(0), fsc=True)
    else:
        raise ValueError(typ)
    return H, srcw, ov


def make_hn_record(H, A, typ, srcw, ov):
    w = srcw or src_weights(H, new=True)
    req = HN_REQ[typ]
    best = None
    for attempt in range(60):
        src = wpick(w) if attempt < 45 else wpick(src_weights(H, new=True))
        ops = {}
        V = make_view(H, "plain", ops)
        V.update(ov)
        c = render(H, V, src, ops)
        if chance(0.5):
            apply_noise(c, H, V, ops, "light", kinds=("n", "f"))
        c = finalize(c, H)
        sh = shared_of(c, A["rec"])
        if any(x in sh for x in req):
            return c, ops, src
        if best is None:
            best = (c, ops, src)
    raise RuntimeError("hn %s %s" % (typ, A["id"]))


# ----------------------------------------------------------------------------------------
# Assembly
# ----------------------------------------------------------------------------------------
def nc_eligible(T, ref):
    return T["kind"] != "va" and bool(town_of(ref)) and town_of(ref) == norm_city(T["town"]["city"])


def pick_variant(T, nc):
    v = applicable_variants(T)
    if nc:
        v = [(x, w) for x, w in v if x in ("plain", "contact_changed")]
    return wpick(v)


def variant_source(T, variant, new):
    if variant == "dentist_for_practice":
        return wpick([("case_mgmt", 6), ("courier", 2), ("card_payer", 2)])
    if variant == "practice_for_dentist":
        return wpick([("case_mgmt", 5), ("portal", 5)])
    if variant in ("family_same_practice", "spouse_same_practice", "associate_orders") and T["party"] == "org":
        return wpick([("case_mgmt", 6), ("portal", 3), ("card_payer", 1)])
    return wpick(src_weights(T, new=new))


def pick_profile(nc):
    if nc:
        return wpick([("light", 45), ("medium", 45), ("harsh", 10)])
    return wpick([("light", 40), ("medium", 40), ("harsh", 20)])


def build_new_entities(ents):
    exist_pnames = set(pname_key(T) for T in ents if T["pname"])
    exist_people = set()
    for T in ents:
        for p in ([T["person"]] if T["person"] else []) + T["dentists"]:
            exist_people.add(person_key(p))
    plan = []
    for kind, n in NEW_MIX:
        plan += [kind] * n
    plan = shuffled(plan)
    out = []
    for kind in plan:
        for attempt in range(60):
            T = build_practice_of_kind(kind, pick_town())
            people = ([T["person"]] if T["person"] else []) + T["dentists"]
            if T["party"] == "org" and pname_key(T) in exist_pnames:
                continue
            if any(person_key(p) in exist_people for p in people):
                continue
            break
        if T["pname"]:
            exist_pnames.add(pname_key(T))
        for p in ([T["person"]] if T["person"] else []) + T["dentists"]:
            exist_people.add(person_key(p))
        out.append(T)
    out += [build_mobile(MOBILES[5]), build_mobile(MOBILES[6]), build_fqhc(FQHCS[8]), build_county(COUNTIES[8]),
            build_county(COUNTIES[13])]
    return out


def main():
    out_dir = os.path.dirname(os.path.abspath(__file__))
    if "--out" in sys.argv:
        out_dir = sys.argv[sys.argv.index("--out") + 1]
    os.makedirs(out_dir, exist_ok=True)

    ents = build_existing()
    assert len(ents) == N_EXIST, len(ents)
    exist_names = set((T["town"]["key"], pname_key(T)) for T in ents if T["party"] == "org")

    # ---- hard negatives -------------------------------------------------------------
    existing_county_names = set(c[0] for c in COUNTIES[:7])
    va_free = list(VA_STATIONS[5:])
    used_anchor = set()
    hn_items = []
    for typ, n in HN_TYPES:
        cands = shuffled([T for T in ents if anchor_ok(typ, T, existing_county_names)])
        chosen = [T for T in cands if T["id"] not in used_anchor][:n]
        ids = set(T["id"] for T in chosen)
        chosen += [T for T in cands if T["id"] not in ids][:n - len(chosen)]
        i = 0
        while len(chosen) < n:
            chosen.append(cands[i % len(cands)])
            i += 1
        for A in chosen:
            used_anchor.add(A["id"])
            H, srcw, ov = hn_make(typ, A, exist_names, va_free)
            c, ops, src = make_hn_record(H, A, typ, srcw, ov)
            hn_items.append({"cat": "hard_negative", "T": H, "A": A, "typ": typ, "c": c, "ops": ops, "src": src,
                             "occ": 1})
    assert len(hn_items) == N_HN

    # ---- matches ----------------------------------------------------------------------
    mult = [4] * 10 + [3] * 40 + [2] * 120 + [1] * 425
    match_items = []
    for T, m in zip(shuffled(ents), mult):
        for _ in range(m):
            nc = nc_eligible(T, T["rec"]) and chance(0.2)
            variant = pick_variant(T, nc)
            profile = pick_profile(nc)
            src = variant_source(T, variant, False)
            c, ops, src, profile, variant = make_linked(T, T["rec"], variant, profile, src, nc)
            match_items.append({"cat": "match", "T": T, "c": c, "ops": ops, "src": src, "profile": profile,
                                "variant": variant, "ref": T["rec"]})
    assert len(match_items) == N_MATCH

    # ---- new customers ----------------------------------------------------------------
    new_ents = build_new_entities(ents)
    assert len(new_ents) == N_NEW_ENT, len(new_ents)
    multn = [3] * 15 + [2] * 75 + [1] * 330
    new_items = []
    for T, m in zip(shuffled(new_ents), multn):
        for attempt in range(30):
            src1 = wpick(src_weights(T, new=True))
            ops = {}
            V = make_view(T, "plain", ops)
            c1 = render(T, V, src1, ops)
            if chance(0.5):
                apply_noise(c1, T, V, ops, "light", kinds=("n", "f"))
            c1 = finalize(c1, T)
            if evidence_of(c1, c1) and (m == 1 or town_of(c1)):
                break
        first = {"cat": "new", "T": T, "c": c1, "ops": {}, "src": src1, "occ": 1}
        new_items.append(first)
        for k in range(2, m + 1):
            nc = nc_eligible(T, c1) and chance(0.22)
            variant = pick_variant(T, nc)
            profile = pick_profile(nc)
            src = variant_source(T, variant, True)
            c, ops, src, profile, variant = make_linked(T, c1, variant, profile, src, nc)
            new_items.append({"cat": "new", "T": T, "c": c, "ops": ops, "src": src, "profile": profile,
                              "variant": variant, "occ": k, "first": first, "ref": c1})
    assert len(new_items) == N_NEWREC

    # ---- shuffle; the first occurrence of a new customer precedes its repeats -----------
    inc = match_items + new_items + hn_items
    R.shuffle(inc)
    pos = {}
    for i, it in enumerate(inc):
        if it["cat"] == "new":
            pos.setdefault(it["T"]["id"], []).append(i)
    for eid in pos:
        ps = pos[eid]
        its = sorted([inc[i] for i in ps], key=lambda x: x["occ"])
        for i, it in zip(sorted(ps), its):
            inc[i] = it

    # ---- records without a shared identifier must be findable by name in their town -----
    exist_by_town = {}
    for T in ents:
        t = town_of(T["rec"])
        if t:
            exist_by_town.setdefault(t, []).append((T["id"], T["rec"]))

    def cands_for(i, town):
        cs = list(exist_by_town.get(town, []))
        for j in range(i):
            it = inc[j]
            if (it["cat"] == "hard_negative" or (it["cat"] == "new" and it["occ"] == 1)) and town_of(it["c"]) == town:
                cs.append((it["T"]["id"], it["c"]))
        return cs

    for i, it in enumerate(inc):
        if it["cat"] == "hard_negative" or (it["cat"] == "new" and it["occ"] == 1):
            continue
        T, ref = it["T"], it["ref"]
        if evidence_of(it["c"], ref):
            continue
        town = town_of(it["c"])
        if town and town == town_of(ref) and find_by_name(it["c"], T["id"], cands_for(i, town)):
            continue
        fixed = False
        for attempt in range(10):
            src = pick(["portal", "case_mgmt", "legacy", "courier"])
            r = make_incoming(T, ref, "plain", "light", src, True, 10, name_noise=(attempt < 5))
            if r and find_by_name(r[0], T["id"], cands_for(i, town_of(r[0]))):
                it.update({"c": r[0], "ops": r[1], "src": src, "profile": "light", "variant": "plain"})
                fixed = True
                break
        if not fixed:
            c, ops, src, profile, variant = make_linked(T, ref, "plain", "light", it["src"], False)
            it.update({"c": c, "ops": ops, "src": src, "profile": profile, "variant": variant})

    # ---- write --------------------------------------------------------------------------
    set_lines = []
    meta_lines = []
    for i, T in enumerate(ents):
        set_lines.append({"set": "existing", "entity": T["id"], "contact": T["rec"]})
        meta_lines.append({"set": "existing", "index": i, "entity": T["id"], "category": "existing",
                           "kind": T["kind"], "party": T["party"], "changes": []})
    first_idx = {}
    n_nc = 0
    for i, it in enumerate(inc):
        T, c = it["T"], it["c"]
        set_lines.append({"set": "incoming", "entity": T["id"], "contact": c})
        m = {"set": "incoming", "index": i, "entity": T["id"], "category": it["cat"], "kind": T["kind"],
             "party": T["party"]}
        if it["cat"] == "hard_negative":
            A = it["A"]
            m["changes"] = changes_for(A["rec"], c, it["ops"], T["party"], hn_default_fn(it["typ"]))
            m["source"] = it["src"]
            m["anchor"] = A["id"]
            m["anchor_index"] = A["xidx"]
            m["hn_type"] = it["typ"]
            m["rule"] = HN_RULES[it["typ"]]
            m["shared"] = shared_of(c, A["rec"])
        elif it["cat"] == "new" and it["occ"] == 1:
            first_idx[T["id"]] = i
            m["changes"] = []
            m["source"] = it["src"]
            m["occurrence"] = 1
        else:
            ref = it["ref"]
            ev = evidence_of(c, ref)
            n_nc += 0 if ev else 1
            m["changes"] = changes_for(ref, c, it["ops"], T["party"])
            m["source"] = it["src"]
            if it["cat"] == "new":
                m["occurrence"] = it["occ"]
            m["profile"] = it["profile"]
            m["variant"] = it["variant"]
            m["evidence"] = ev
            m["findable"] = "identifier" if ev else "name+city"
            if it["cat"] == "match":
                m["compare_set"] = "existing"
                m["compare_index"] = T["xidx"]
            else:
                m["compare_set"] = "incoming"
                m["compare_index"] = first_idx[T["id"]]
        meta_lines.append(m)
    assert n_nc >= 100, n_nc
    with open(os.path.join(out_dir, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in set_lines:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in meta_lines:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    sys.stderr.write("wrote %d + %d records; name+city-only records: %d\n" % (len(ents), len(inc), n_nc))


if __name__ == "__main__":
    main()
