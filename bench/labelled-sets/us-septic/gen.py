#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen.py -- synthetic labelled benchmark set for customer record linkage.

Scenario "us-septic": a family-run septic pumping, well pump and water
treatment company in rural central Pennsylvania (offices in Mifflintown and
Chambersburg; trucks across Juniata, Perry, Mifflin, Huntingdon, Franklin,
Fulton and Cumberland counties, a few jobs in Washington County MD) that
bills through QuickBooks Online.

Writes set.jsonl (3,000 records: 1,500 existing QuickBooks customers, 1,500
incoming records from upstream systems) and meta.jsonl (labels for humans).

    python3 gen.py            -> writes into the folder of this script
    python3 gen.py --out DIR  -> writes into DIR

Python 3 standard library only.  One random.Random(SEED); no iteration over
sets or hash-ordered containers, so the output is byte-identical for any
PYTHONHASHSEED.
"""

import argparse
import json
import os
import re
import random

SEED = 5170229
R = random.Random(SEED)


# ---------------------------------------------------------------------------
# small random helpers (all draw from the single generator R)
# ---------------------------------------------------------------------------

def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    """pairs: list of (item, weight)."""
    total = 0.0
    for _, w in pairs:
        total += w
    x = R.random() * total
    acc = 0.0
    for item, w in pairs:
        acc += w
        if x < acc:
            return item
    return pairs[-1][0]


def dedupe(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


# ---------------------------------------------------------------------------
# NAME DATA
# ---------------------------------------------------------------------------

MALE_GIVEN = [
    "Gary", "Larry", "Dale", "Dennis", "Terry", "Randy", "Rodney", "Keith",
    "Kevin", "Brian", "Scott", "Todd", "Jeffrey", "Darrell", "Wayne", "Harold",
    "Donald", "Ronald", "Kenneth", "Robert", "Richard", "William", "James",
    "Michael", "Mark", "Timothy", "Steven", "Tyler", "Cody", "Travis",
    "Dustin", "Chad", "Bradley", "Shane", "Ryan", "Justin", "Jason", "Joshua",
    "Matthew", "Kyle", "Dylan", "Thomas", "Joseph", "Charles", "Edward",
    "Gerald", "Lawrence", "Gregory", "Daniel", "David", "Samuel", "Benjamin",
    "Christopher", "Nicholas", "Andrew", "Douglas", "Raymond", "Leonard",
    "Carl", "Glenn", "Roger", "Eugene", "Ralph", "Earl", "Lloyd", "Clair",
    "Merle", "Galen", "Lester", "Darwin", "Luther", "Floyd", "Paul", "Frank",
    "George", "Allen", "Barry", "Curtis", "Duane", "Jay", "Marlin", "Myron",
    "Nevin", "Calvin", "Vernon", "Wendell", "Ross", "Troy", "Derek", "Corey",
    "Brandon", "Zachary", "Austin", "Logan", "Hunter", "Levi", "Caleb",
    "Seth", "Eric", "Jesse", "Adam", "Aaron", "Nathan", "Philip", "Stanley",
    "Dwight", "Harry", "Walter", "John", "Donnie", "Rusty", "Delbert",
    "Elwood", "Kermit", "Homer", "Orville", "Chester", "Wilbur", "Lynn",
    "Irvin", "Alvin", "Melvin", "Herbert", "Russell", "Dean", "Craig",
    "Brent", "Jared", "Garrett", "Colby", "Clint", "Wade", "Rick",
]

FEMALE_GIVEN = [
    "Linda", "Brenda", "Donna", "Debra", "Cynthia", "Tammy", "Pamela",
    "Sherry", "Barbara", "Patricia", "Nancy", "Carol", "Judith", "Karen",
    "Sharon", "Kathleen", "Lisa", "Tina", "Michelle", "Amy", "Heather",
    "Jennifer", "Melissa", "Crystal", "Amber", "Brittany", "Ashley", "Kayla",
    "Megan", "Jessica", "Sarah", "Emily", "Rebecca", "Susan", "Deborah",
    "Elizabeth", "Margaret", "Dorothy", "Shirley", "Joyce", "Janet", "Diane",
    "Bonnie", "Connie", "Peggy", "Darlene", "Marlene", "Arlene", "Joann",
    "Rhonda", "Wanda", "Kim", "Dawn", "Tracy", "Stacy", "Kristen",
    "Christina", "Catherine", "Theresa", "Sandra", "Gloria", "Betty", "Jean",
    "June", "Faye", "Phyllis", "Mary", "Ruth", "Anna", "Jill", "Holly",
    "Wendy", "Denise", "Lori", "Kelly", "Angela", "Andrea", "Nicole",
    "Stephanie", "Samantha", "Courtney", "Lindsay", "Erin", "Whitney",
    "Kendra", "Tara", "Jodi", "Carla", "Vicki", "Marcia", "Rose", "Beverly",
    "Loretta", "Doris", "Evelyn", "Lorraine", "Geraldine", "Mildred",
    "Ethel", "Vera", "Lucille", "Pauline", "Charlotte", "Cheryl", "Terri",
    "Robin", "Shelby", "Brooke", "Kaitlyn", "Alyssa", "Madison", "Paige",
]

PLAIN_MALE = [
    "Amos", "Eli", "Jonas", "Samuel", "Aaron", "David", "Daniel", "Benuel",
    "Levi", "Elmer", "Christian", "Jacob", "John", "Stephen", "Menno",
    "Isaac", "Abner", "Reuben", "Moses", "Ephraim", "Melvin", "Henry",
    "Joseph", "Emanuel", "Gideon", "Elam", "Ivan", "Leroy", "Marvin",
    "Mervin", "Paul", "Omar", "Harvey", "Nelson", "Ammon", "Jesse", "Enos",
    "Simon", "Titus", "Nathan", "Josiah", "Raymond", "Elvin", "Lester",
    "Wilmer", "Aldus", "Sylvan", "Benjamin", "Noah", "Mahlon", "Dewey",
]

PLAIN_FEMALE = [
    "Sarah", "Rebecca", "Mary", "Katie", "Lydia", "Annie", "Barbie",
    "Malinda", "Naomi", "Ruth", "Fannie", "Sadie", "Esther", "Susie",
    "Lizzie", "Emma", "Rachel", "Miriam", "Anna", "Ada", "Leah", "Hannah",
    "Rosanna", "Lavina", "Priscilla", "Elsie", "Edna", "Verna", "Erma",
    "Mattie", "Ella", "Sylvia", "Martha", "Alta", "Ida", "Lena",
]

# common Plain surnames named by the scenario, and others of the region
PLAIN_COMMON = [
    "Zook", "Stoltzfus", "King", "Beiler", "Fisher", "Esh", "Lapp",
    "Martin", "Hoover", "Zimmerman", "Peachey", "Yoder", "Byler",
]
PLAIN_OTHER = [
    "Hostetler", "Renno", "Kanagy", "Swarey", "Glick", "Smucker", "Riehl",
    "Allgyer", "Petersheim", "Kauffman", "Detweiler", "Speicher",
    "Burkholder", "Nolt", "Weaver", "Horst", "Brubaker", "Sensenig",
    "Oberholtzer", "Good", "Shirk", "Auker", "Hertzler", "Troyer", "Mast",
    "Lantz", "Blank", "Ebersol", "Umble", "Kurtz", "Wenger", "Leinbach",
    "Reiff", "Gehman", "Musser", "Newswanger", "Hurst", "Sauder",
]

SURNAMES = [
    "Shade", "Kerstetter", "Hoffman", "Reed", "Brown", "Snyder", "Shaffer",
    "Shearer", "Wagner", "Kline", "Haines", "Goss", "Varner", "Sheaffer",
    "Kepner", "Rice", "Stroup", "Beaver", "Dunn", "Clark", "Bryner",
    "Knouse", "Strawser", "Benner", "Ritzman", "Hench", "Troutman", "Kuhns",
    "Leister", "Pannebaker", "Lauver", "Sausman", "Shawver", "Bashore",
    "Mitchell", "Kint", "Rowe", "Gelnett", "Heimbach", "Ulsh", "Smith",
    "Miller", "Hess", "Diehl", "Gutshall", "Kling", "Clouser",
    "Kochenderfer", "Lesh", "Hockenberry", "Sunderland", "Zeigler",
    "Garman", "Myers", "Frey", "Stover", "Strickler", "Mowery", "Bair",
    "Shughart", "Keefer", "Baer", "Stamy", "Shatzer", "Gsell", "Lehman",
    "Sollenberger", "Mummert", "Ocker", "Coldsmith", "Bricker", "Hissong",
    "Mellott", "Sipes", "Truax", "Hann", "Strait", "Deshong", "Garland",
    "Decker", "Clevenger", "Hoopengardner", "Gordon", "Palmer", "Lake",
    "Peck", "Sharpe", "Hanks", "Gehr", "Yohn", "Fultz", "Swartz", "Rhoads",
    "Spicher", "Hummel", "Hartman", "Book", "Peight", "Treaster", "Aurand",
    "Wilson", "Taylor", "Thompson", "Johnson", "Williams", "Jones", "Davis",
    "Harris", "Foust", "Mertz", "Bender", "Ross", "Gilliland", "McClellan",
    "McMullen", "McCartney", "McConnell", "Cowan", "Campbell", "Stewart",
    "Patterson", "Morrow", "Junkin", "Bixler", "Shumaker", "Brandt",
    "Neidigh", "Yingling", "Kepler", "Stine", "Lutz", "Koontz", "Weller",
    "Sweigert", "Hetrick", "Shope", "Fogle", "Geesaman", "Barnhart",
    "Eshleman", "Hawbaker", "Hege", "Nell", "Pensinger", "Stoner",
    "Wingert", "Kriner", "Byers", "Brindle", "Stum", "Snoke", "Zullinger",
    "Burkett", "Rotz", "Gipe", "Foreman", "Jacobs", "Kelso", "Laughlin",
    "Runk", "Fleagle", "Peiffer", "Cramer", "O'Neal", "O'Donnell",
    "O'Brien", "McGowan", "Yeager", "Yocum", "Goshorn", "Hamaker",
    "Henninger", "Wertz", "Fegley", "Shoop", "Sheesley", "Bubb", "Wolfe",
    "Stahl", "Hoke", "Keller", "Ickes", "Rumbaugh", "Barrick", "Kough",
    "Mumper", "Sheibley", "Fickes", "Kretzing", "Loy", "Bistline",
    "Seiders", "Briner", "Kell", "Shull", "Rice", "Wentzel", "Hench",
    "Zeiders", "Lightner", "Noll", "Reisinger", "Dum", "Shope", "Tressler",
    "Cless", "Fry", "Crum", "Gingrich", "Rudy", "Eckenrode", "Hollenbaugh",
    "Mickey", "Shenk", "Heckman", "Harshbarger", "Wise", "Sharer",
    "Yarnell", "Hancock", "Ramsey", "Chilcote", "Lightner", "Houck",
    "Reigh", "Swope", "Hicks", "Horton", "Keith", "Isenberg", "Booher",
    "Corbin", "Grove", "Wakefield", "Kyper", "Hileman", "Curfman",
    "Trexler", "Dorman", "Everhart", "Thomas", "Walters", "Peterson",
]
SURNAMES = dedupe(SURNAMES)

# nicknames: formal -> common short forms used in rural Pennsylvania
NICKNAMES = {
    "William": ["Bill", "Billy", "Will"], "Robert": ["Bob", "Bobby", "Rob"],
    "Richard": ["Rick", "Dick", "Rich"], "James": ["Jim", "Jimmy"],
    "Michael": ["Mike"], "Timothy": ["Tim"], "Steven": ["Steve"],
    "Kenneth": ["Ken", "Kenny"], "Donald": ["Don", "Donnie"],
    "Ronald": ["Ron", "Ronnie"], "Thomas": ["Tom", "Tommy"],
    "Joseph": ["Joe"], "Charles": ["Chuck", "Charlie"],
    "Edward": ["Ed", "Eddie"], "Gerald": ["Jerry"], "Lawrence": ["Larry"],
    "Jeffrey": ["Jeff"], "Gregory": ["Greg"], "Daniel": ["Dan", "Danny"],
    "David": ["Dave"], "Samuel": ["Sam"], "Benjamin": ["Ben"],
    "Christopher": ["Chris"], "Matthew": ["Matt"], "Joshua": ["Josh"],
    "Nicholas": ["Nick"], "Andrew": ["Andy"], "Douglas": ["Doug"],
    "Raymond": ["Ray"], "Leonard": ["Len", "Lenny"], "Bradley": ["Brad"],
    "Zachary": ["Zach"], "Randall": ["Randy"], "Rodney": ["Rod"], "Terrence": ["Terry"],
    "Harold": ["Harry", "Hal"], "Eugene": ["Gene"], "Frank": ["Frankie"],
    "Walter": ["Walt"], "Herbert": ["Herb"], "Russell": ["Russ", "Rusty"],
    "Melvin": ["Mel"], "Alvin": ["Al"], "Allen": ["Al"],
    "Patricia": ["Pat", "Patty"], "Barbara": ["Barb", "Barbie"],
    "Deborah": ["Deb", "Debbie"], "Debra": ["Deb", "Debbie"],
    "Cynthia": ["Cindy"], "Kathleen": ["Kathy", "Kath"],
    "Catherine": ["Cathy", "Cate"], "Elizabeth": ["Beth", "Liz", "Betty"],
    "Margaret": ["Peggy", "Marge", "Maggie"], "Susan": ["Sue", "Susie"],
    "Pamela": ["Pam"], "Jennifer": ["Jen", "Jenny"],
    "Rebecca": ["Becky", "Becca"], "Judith": ["Judy"], "Sandra": ["Sandy"],
    "Dorothy": ["Dot", "Dottie"], "Theresa": ["Terri", "Tess"],
    "Christina": ["Tina", "Chris"], "Michelle": ["Shelly"],
    "Melissa": ["Missy", "Mel"], "Jessica": ["Jess"],
    "Samantha": ["Sam"], "Stephanie": ["Steph"], "Kimberly": ["Kim"],
    "Katherine": ["Kathy", "Katie"], "Joann": ["Jo"], "Beverly": ["Bev"],
    "Geraldine": ["Gerri"], "Evelyn": ["Evie"], "Angela": ["Angie"],
    "Andrea": ["Andi"], "Nicole": ["Nikki"], "Loretta": ["Retta"],
    "Mildred": ["Millie"], "Lucille": ["Lucy"],
    # Plain usage
    "Benuel": ["Ben"], "Christian": ["Chris"], "Emanuel": ["Manny"],
    "Jacob": ["Jake"], "Moses": ["Mose"], "Sarah": ["Sadie", "Sally"],
    "Mary": ["Mollie"], "Lydia": ["Liddy"], "Rosanna": ["Rosie"],
    "Priscilla": ["Cilla"], "Malinda": ["Linda"], "Jonas": ["Joe"],
    "Ephraim": ["Eph"], "Reuben": ["Rube"], "Gideon": ["Gid"],
    "Stephen": ["Steve"], "Isaac": ["Ike"], "Abner": ["Ab"],
}

NICK_TO_FORMAL = {}
for _formal, _nicks in NICKNAMES.items():
    for _n in _nicks:
        NICK_TO_FORMAL.setdefault(_n, _formal)

# spelling variants seen in real records of the region (Pennsylvania German)
SPELLING = {
    "Stoltzfus": ["Stoltzfoos", "Stolzfus", "Stoltzfuss"],
    "Beiler": ["Byler", "Beilor"], "Byler": ["Beiler", "Bylar"],
    "Zook": ["Zouck", "Zuck"], "Esh": ["Esch"], "Lapp": ["Lap"],
    "Peachey": ["Peachy", "Petchey"], "Yoder": ["Yotter", "Yodar"],
    "Hoover": ["Huber"], "Kauffman": ["Kaufman", "Kauffmann", "Kaufmann"],
    "Zimmerman": ["Zimmermann", "Zimerman"], "Fisher": ["Fischer"],
    "Shirk": ["Schirk"], "Hostetler": ["Hostetter", "Hochstetler"],
    "Detweiler": ["Detwiler"], "Smucker": ["Smoker"], "Riehl": ["Riel"],
    "Renno": ["Reno"], "Kanagy": ["Kanagie"], "Hertzler": ["Hartzler"],
    "Kerstetter": ["Kertstetter", "Kersteter"],
    "Shaffer": ["Schaffer", "Shafer"], "Sheaffer": ["Shaeffer", "Sheafer"],
    "Snyder": ["Snider", "Schneider"], "Hoffman": ["Hoffmann", "Hofman"],
    "Kline": ["Klein", "Cline"], "Myers": ["Meyers", "Miers"],
    "Shumaker": ["Shoemaker", "Schumacher"], "Koontz": ["Kuntz"],
    "Rhoads": ["Rhodes"], "Pannebaker": ["Pannabecker", "Panebaker"],
    "Hockenberry": ["Hockenbury"], "Kochenderfer": ["Kochendorfer"],
    "Hoopengardner": ["Hoopengarner"], "Mellott": ["Mellot", "Mellotte"],
    "Sollenberger": ["Solenberger"], "Geesaman": ["Gieseman"],
    "Eshleman": ["Eshelman"], "Zeigler": ["Ziegler"], "Swartz": ["Schwartz"],
    "Bair": ["Baer"], "Baer": ["Bair"], "Lehman": ["Leaman"],
    "Mowery": ["Mowrey"], "Fultz": ["Foltz"], "Neidigh": ["Neidig"],
    "Spicher": ["Speicher"], "Speicher": ["Spicher"],
    "Brubaker": ["Brubacher"], "Yingling": ["Yinglin"],
    "Harshbarger": ["Harshberger"], "Heckman": ["Hackman"],
    "Gingrich": ["Gingerich"], "Hollenbaugh": ["Hollabaugh"],
    "McConnell": ["McConnel"], "McClellan": ["McClelland"],
    "Reisinger": ["Risinger"], "Sheesley": ["Sheasley"],
    "Catherine": ["Katherine", "Kathryn"], "Steven": ["Stephen"],
    "Jeffrey": ["Jeffery"], "Allen": ["Alan", "Allan"], "Glenn": ["Glen"],
    "Philip": ["Phillip"], "Sherry": ["Sheri", "Cherie"],
    "Tammy": ["Tammie"], "Cynthia": ["Cinthia"], "Lori": ["Laurie"],
    "Debra": ["Debora"], "Carl": ["Karl"], "Darrell": ["Darryl", "Darrel"],
    "Duane": ["Dwayne"], "Jodi": ["Jody"], "Vicki": ["Vickie"],
    "Marlin": ["Marlyn"], "Clair": ["Clare"], "Benuel": ["Bennuel"],
    "Malinda": ["Melinda"], "Lavina": ["Lavinia"], "Fannie": ["Fanny"],
}

SUFFIXES = ["Jr.", "Sr.", "II", "III"]

HOBBY_WORDS = [
    "deerhunter", "buckhunter", "farmgirl", "farmboy", "countrygirl",
    "bowhunter", "troutbum", "gardener", "grammy", "pappy", "mopar",
    "chevyman", "fordguy", "harleyrider", "jdgreen", "mtnman", "bigbuck",
    "woodsman", "quilter", "hayseed", "tractorguy", "cowgirl", "beefarmer",
    "turkeyhunter", "coonhound", "steelers", "nittanylion", "orioles",
    "dairyman", "appleorchard", "ridgerunner", "treestand", "mudrunner",
]


# ---------------------------------------------------------------------------
# GEOGRAPHY (real counties, townships, post offices, ZIP codes and roads)
# ---------------------------------------------------------------------------

PLACES = []


def P(city, zipc, county, area, exch, twps, villages=(), plain=0, town=False,
      state="PA"):
    PLACES.append({
        "city": city, "zip": zipc, "county": county, "state": state,
        "area": area, "exch": list(exch), "twps": list(twps),
        "villages": list(villages), "plain": plain, "town": town,
    })


# Juniata County
P("Mifflintown", "17059", "Juniata", "717", ["436", "320"],
  ["Fermanagh Township", "Walker Township", "Milford Township"],
  ["Oakland Mills", "Van Wert", "Cuba Mills"], plain=2, town=True)
P("Mifflin", "17058", "Juniata", "717", ["436"],
  ["Milford Township", "Turbett Township"], ["Patterson"], plain=1, town=True)
P("Port Royal", "17082", "Juniata", "717", ["527"],
  ["Turbett Township", "Spruce Hill Township", "Milford Township",
   "Beale Township"], ["Spruce Hill", "Academia", "Pleasant View"],
  plain=3, town=True)
P("McAlisterville", "17049", "Juniata", "717", ["463"],
  ["Fayette Township"], ["Oriental", "Lost Creek", "Cuba Mills"], plain=3)
P("Richfield", "17086", "Juniata", "717", ["694"], ["Monroe Township"],
  ["Evendale"], plain=3)
P("Thompsontown", "17094", "Juniata", "717", ["535"],
  ["Delaware Township", "Susquehanna Township"], ["Macedonia"], plain=1,
  town=True)
P("East Waterford", "17021", "Juniata", "717", ["734"],
  ["Tuscarora Township", "Lack Township"], ["Waterloo"], plain=2)
P("Honey Grove", "17035", "Juniata", "717", ["734"],
  ["Lack Township", "Tuscarora Township"], ["Peru Mills"], plain=2)
P("Mexico", "17056", "Juniata", "717", ["436"], ["Walker Township"], [],
  plain=1)
P("Cocolamus", "17014", "Juniata", "717", ["589"], ["Greenwood Township"],
  [], plain=1)

# Perry County
P("New Bloomfield", "17068", "Perry", "717", ["582"],
  ["Centre Township"], ["Bloomfield"], plain=1, town=True)
P("Newport", "17074", "Perry", "717", ["567"],
  ["Oliver Township", "Juniata Township", "Howe Township",
   "Miller Township"], ["Wila", "Reward"], plain=1, town=True)
P("Duncannon", "17020", "Perry", "717", ["834"],
  ["Penn Township", "Wheatfield Township", "Watts Township"],
  ["Dellville", "Losh Run"], town=True)
P("Marysville", "17053", "Perry", "717", ["957"], ["Rye Township"],
  ["Cove"], town=True)
P("Loysville", "17047", "Perry", "717", ["789"],
  ["Tyrone Township", "Madison Township"], ["Green Park", "Cisna Run"],
  plain=3)
P("Landisburg", "17040", "Perry", "717", ["789"],
  ["Tyrone Township", "Spring Township"], ["Alinda"], plain=2, town=True)
P("Ickesburg", "17037", "Perry", "717", ["438"],
  ["Saville Township", "Tuscarora Township"], ["Markelsville", "Eshcol"],
  plain=3)
P("Blain", "17006", "Perry", "717", ["536"],
  ["Jackson Township", "Toboyne Township", "Madison Township"],
  ["New Germantown", "Sandy Hill", "Andersonburg"], plain=3, town=True)
P("Millerstown", "17062", "Perry", "717", ["589"],
  ["Greenwood Township", "Tuscarora Township"], ["Donnally Mills"],
  plain=1, town=True)
P("Liverpool", "17045", "Perry", "717", ["444"],
  ["Liverpool Township", "Buffalo Township"], ["Oak Grove"], plain=1,
  town=True)
P("Shermans Dale", "17090", "Perry", "717", ["582"], ["Carroll Township"],
  ["Dromgold"])
P("Elliottsburg", "17024", "Perry", "717", ["582"], ["Spring Township"],
  ["Green Park"], plain=2)

# Mifflin County
P("Lewistown", "17044", "Mifflin", "717", ["242", "248"],
  ["Derry Township", "Granville Township", "Decatur Township"],
  ["Maitland", "Highland Park", "Alfarata"], town=True)
P("Belleville", "17004", "Mifflin", "717", ["935"],
  ["Union Township", "Menno Township"], ["Big Valley", "Barrville"],
  plain=5)
P("Allensville", "17002", "Mifflin", "717", ["483"], ["Menno Township"],
  ["Big Valley"], plain=5)
P("Reedsville", "17084", "Mifflin", "717", ["667"], ["Brown Township"],
  ["Big Valley", "Alexander Springs"], plain=3)
P("Milroy", "17063", "Mifflin", "717", ["667"], ["Armagh Township"],
  ["Siglerville", "Laurel Run"], plain=1)
P("McVeytown", "17051", "Mifflin", "717", ["899"],
  ["Oliver Township", "Bratton Township", "Wayne Township"],
  ["Mattawana", "Ryde"], plain=1, town=True)
P("Yeagertown", "17099", "Mifflin", "717", ["248"], ["Derry Township"], [])
P("Burnham", "17009", "Mifflin", "717", ["248"], ["Derry Township"], [],
  town=True)

# Huntingdon County (814)
P("Huntingdon", "16652", "Huntingdon", "814", ["643", "627"],
  ["Smithfield Township", "Walker Township", "Oneida Township",
   "Henderson Township", "Juniata Township", "Miller Township",
   "Jackson Township"], ["McConnellstown", "Smithfield"], town=True)
P("Mount Union", "17066", "Huntingdon", "814", ["542"],
  ["Shirley Township"], ["Kistler"], town=True)
P("Mill Creek", "17060", "Huntingdon", "814", ["643"],
  ["Brady Township", "Union Township"], ["Mapleton"], plain=1)
P("Alexandria", "16611", "Huntingdon", "814", ["669"],
  ["Porter Township", "Morris Township"], ["Hartslog"], town=True)
P("Petersburg", "16669", "Huntingdon", "814", ["667"],
  ["Logan Township", "West Township", "Barree Township"], ["Barree"],
  town=True)
P("Orbisonia", "17243", "Huntingdon", "814", ["447"],
  ["Cromwell Township"], ["Rockhill", "Aughwick"], plain=1, town=True)
P("Three Springs", "17264", "Huntingdon", "814", ["448"],
  ["Clay Township", "Springfield Township"], [], plain=1)
P("Shirleysburg", "17260", "Huntingdon", "814", ["542"],
  ["Shirley Township"], ["Aughwick"], plain=1)
P("Saltillo", "17253", "Huntingdon", "814", ["448"], ["Clay Township"], [])
P("Shade Gap", "17255", "Huntingdon", "814", ["259"],
  ["Dublin Township", "Tell Township"], ["Neelyton"], plain=1)
P("Hesston", "16647", "Huntingdon", "814", ["658"], ["Penn Township"],
  ["Entriken"])
P("James Creek", "16657", "Huntingdon", "814", ["658"],
  ["Lincoln Township", "Penn Township"], ["Marklesburg"])
P("Cassville", "16623", "Huntingdon", "814", ["448"],
  ["Cass Township", "Todd Township"], ["Trough Creek"])
P("Warriors Mark", "16877", "Huntingdon", "814", ["632"],
  ["Warriors Mark Township"], [])
P("Spruce Creek", "16683", "Huntingdon", "814", ["632"],
  ["Franklin Township"], ["Graysville"])

# Franklin County
P("Chambersburg", "17201", "Franklin", "717", ["263", "264", "267", "709"],
  ["Hamilton Township", "Greene Township", "Guilford Township"],
  ["Stoufferstown"], plain=1, town=True)
P("Chambersburg", "17202", "Franklin", "717", ["261", "263", "267"],
  ["Greene Township", "Guilford Township", "Letterkenny Township"],
  ["Pleasant Hall"], plain=1, town=True)
P("Waynesboro", "17268", "Franklin", "717", ["762", "765"],
  ["Washington Township"], ["Rouzerville", "Zullinger"], plain=1,
  town=True)
P("Greencastle", "17225", "Franklin", "717", ["597"], ["Antrim Township"],
  ["Shady Grove", "Worleytown"], plain=2, town=True)
P("Mercersburg", "17236", "Franklin", "717", ["328"],
  ["Montgomery Township", "Peters Township", "Warren Township"],
  ["Welsh Run", "Upton", "Lemasters"], plain=2, town=True)
P("Shippensburg", "17257", "Franklin", "717", ["532", "530"],
  ["Southampton Township", "Lurgan Township"], ["Pinola", "Roxbury"],
  plain=2, town=True)
P("Fayetteville", "17222", "Franklin", "717", ["352"], ["Greene Township"],
  ["Caledonia"])
P("Scotland", "17254", "Franklin", "717", ["264"], ["Greene Township"], [])
P("St. Thomas", "17252", "Franklin", "717", ["369"],
  ["St. Thomas Township"], ["Edenville"], plain=1)
P("Fort Loudon", "17224", "Franklin", "717", ["369"],
  ["Peters Township", "Metal Township"], [], plain=2)
P("Marion", "17235", "Franklin", "717", ["375"],
  ["Guilford Township", "Antrim Township"], [], plain=2)
P("Upper Strasburg", "17265", "Franklin", "717", ["263"],
  ["Letterkenny Township"], [], plain=2)
P("Orrstown", "17244", "Franklin", "717", ["532"],
  ["Letterkenny Township", "Southampton Township"], [], plain=2)
P("Dry Run", "17220", "Franklin", "717", ["349"], ["Fannett Township"],
  ["Doylesburg", "Path Valley"], plain=5)
P("Spring Run", "17262", "Franklin", "717", ["349"], ["Fannett Township"],
  ["Amberson", "Path Valley"], plain=5)
P("Concord", "17217", "Franklin", "717", ["349"], ["Fannett Township"],
  ["Path Valley"], plain=4)
P("Fannettsburg", "17221", "Franklin", "717", ["349"], ["Metal Township"],
  ["Path Valley"], plain=4)
P("Willow Hill", "17271", "Franklin", "717", ["349"],
  ["Metal Township", "Fannett Township"], ["Path Valley"], plain=4)
P("Mont Alto", "17237", "Franklin", "717", ["749"], ["Quincy Township"],
  [], town=True)
P("Quincy", "17247", "Franklin", "717", ["749"], ["Quincy Township"], [])
P("Blue Ridge Summit", "17214", "Franklin", "717", ["794"],
  ["Washington Township"], ["Pen Mar"])
P("Williamson", "17270", "Franklin", "717", ["328"],
  ["Montgomery Township", "Peters Township"], [], plain=1)
P("State Line", "17263", "Franklin", "717", ["597"], ["Antrim Township"],
  [], plain=1)

# Fulton County
P("McConnellsburg", "17233", "Fulton", "717", ["485"],
  ["Ayr Township", "Todd Township"], ["Knobsville", "Webster Mills"],
  plain=1, town=True)
P("Needmore", "17238", "Fulton", "717", ["573"],
  ["Belfast Township", "Thompson Township"], ["Dott"], plain=2)
P("Warfordsburg", "17267", "Fulton", "717", ["294"],
  ["Bethel Township", "Thompson Township", "Union Township"],
  ["Buck Valley", "Amaranth"], plain=2)
P("Hustontown", "17229", "Fulton", "717", ["987"], ["Taylor Township"],
  ["Clear Ridge"], plain=1)
P("Harrisonville", "17228", "Fulton", "717", ["485"],
  ["Licking Creek Township"], [], plain=1)
P("Burnt Cabins", "17215", "Fulton", "717", ["987"], ["Dublin Township"],
  [])
P("Fort Littleton", "17223", "Fulton", "717", ["987"],
  ["Dublin Township"], [])
P("Big Cove Tannery", "17212", "Fulton", "717", ["573"], ["Ayr Township"],
  ["Big Cove"], plain=1)
P("Wells Tannery", "16691", "Fulton", "814", ["685"], ["Wells Township"],
  [])
P("Crystal Spring", "15536", "Fulton", "814", ["735"],
  ["Brush Creek Township"], ["Emmaville"])

# Cumberland County
P("Newville", "17241", "Cumberland", "717", ["776"],
  ["North Newton Township", "West Pennsboro Township",
   "Upper Mifflin Township", "Lower Mifflin Township",
   "Upper Frankford Township"], ["Bloserville", "Green Spring"],
  plain=2, town=True)
P("Carlisle", "17013", "Cumberland", "717", ["243", "249", "245"],
  ["North Middleton Township", "Middlesex Township"], ["Middlesex"],
  town=True)
P("Carlisle", "17015", "Cumberland", "717", ["241", "243", "258"],
  ["Dickinson Township", "South Middleton Township"], ["Barnitz"],
  town=True)
P("Shippensburg", "17257", "Cumberland", "717", ["532", "530"],
  ["Shippensburg Township", "Southampton Township", "Hopewell Township"],
  ["Cleversburg"], plain=1, town=True)
P("Newburg", "17240", "Cumberland", "717", ["423"], ["Hopewell Township"],
  ["Oakville"], plain=2, town=True)
P("Walnut Bottom", "17266", "Cumberland", "717", ["532"],
  ["Penn Township", "South Newton Township"], [], plain=1)
P("Plainfield", "17081", "Cumberland", "717", ["243"],
  ["West Pennsboro Township", "Lower Frankford Township"], [], plain=1)
P("Boiling Springs", "17007", "Cumberland", "717", ["258"],
  ["South Middleton Township"], [])
P("Mount Holly Springs", "17065", "Cumberland", "717", ["486"],
  ["Dickinson Township"], [], town=True)
P("Mechanicsburg", "17050", "Cumberland", "717", ["766", "697"],
  ["Silver Spring Township", "Monroe Township"], [], town=True)

# Washington County, Maryland (a few jobs across the Mason-Dixon line)
P("Hagerstown", "21740", "Washington", "301", ["739", "733", "791", "797"],
  [], ["Funkstown", "Fountainhead"], town=True, state="MD")
P("Hagerstown", "21742", "Washington", "301", ["739", "790", "766"], [],
  ["Leitersburg", "Paramount"], town=True, state="MD")
P("Hancock", "21750", "Washington", "301", ["678"], [], [], town=True,
  state="MD")
P("Clear Spring", "21722", "Washington", "301", ["842"], [],
  ["Big Spring"], plain=1, town=True, state="MD")
P("Smithsburg", "21783", "Washington", "301", ["824"], [], ["Cavetown"],
  town=True, state="MD")
P("Boonsboro", "21713", "Washington", "301", ["432"], [], ["Benevola"],
  town=True, state="MD")
P("Williamsport", "21795", "Washington", "301", ["223"], [],
  ["Downsville"], town=True, state="MD")
P("Keedysville", "21756", "Washington", "301", ["432"], [], [],
  state="MD")
P("Sharpsburg", "21782", "Washington", "301", ["432"], [],
  ["Bakersville"], state="MD")
P("Big Pool", "21711", "Washington", "301", ["842"], [], [], state="MD")
P("Maugansville", "21767", "Washington", "301", ["739"], [], [],
  state="MD")

# rural roads per county (911 street names); types parsed from the suffix
COUNTY_ROADS = {
    "Juniata": [
        "William Penn Hwy", "Licking Creek Rd", "Jericho Rd", "Spruce Hill Rd",
        "Tuscarora Path", "Cuba Mills Rd", "Pleasant View Rd", "Locust Run Rd",
        "Stony Run Rd", "Old Stage Rd", "Hunting Creek Rd", "Lost Creek Rd",
        "Cedar Spring Rd", "Red Rock Rd", "Academia Rd", "Goose Ln",
        "Church Hill Rd", "Oriental Rd", "Doyle Rd", "Sugar Run Rd",
        "Ridge Rd", "Back Mountain Rd", "Pumping Station Rd", "Mill Rd",
        "Schoolhouse Rd", "Shade Mountain Rd", "Shelley Rd", "Horning Rd",
        "Seven Pines Rd", "Pine Swamp Rd", "Cross Keys Rd", "Hollow Rd",
        "Free Spring Church Rd", "Fairview Rd", "Knob Ridge Rd",
    ],
    "Perry": [
        "Raccoon Valley Rd", "Pfoutz Valley Rd", "Little Germany Rd",
        "Red Hill Rd", "Kennedy Valley Rd", "Dark Hollow Rd", "Kings Hill Rd",
        "Montour Rd", "Fort Robinson Rd", "Sandy Hill Rd", "Bixler Rd",
        "Sherman Valley Rd", "Couchtown Rd", "New Germantown Rd",
        "Conococheague Rd", "Airport Rd", "Wahneta Rd", "Bridgeport Rd",
        "Dix Hill Rd", "Wila Rd", "Mount Pleasant Rd", "Cold Storage Rd",
        "Eshcol Rd", "Buck Ridge Rd", "Valley Rd", "Fishing Creek Rd",
        "Barkley Rd", "Zion Church Rd", "Shaeffer Rd", "Ridge Rd",
    ],
    "Mifflin": [
        "Back Mountain Rd", "Front Mountain Rd", "Coffee Run Rd",
        "Church Ln", "Ferguson Valley Rd", "Jacks Mountain Rd",
        "Havice Valley Rd", "Stone Quarry Rd", "Barrville Rd",
        "Honey Creek Rd", "Laurel Run Rd", "Locust Rd", "Mountain Rd",
        "Kish Rd", "Greenbriar Rd", "Meadow Ln", "Old Route 22",
        "Brick Church Rd", "Maple Grove Rd", "Peachey Rd", "Creek Rd",
        "Alexander Springs Rd", "Limestone Ridge Rd", "Plank Rd",
    ],
    "Huntingdon": [
        "Stone Creek Ridge Rd", "Hartslog Valley Rd", "Piney Ridge Rd",
        "Sandy Ridge Rd", "Allenport Rd", "Croft Rd", "Old Forge Rd",
        "Jacks Corner Rd", "Tatman Run Rd", "Shade Valley Rd",
        "Trough Creek Rd", "Aitch Rd", "Coffee Run Rd", "Raystown Rd",
        "Pulpit Rock Rd", "Cold Springs Rd", "Ridge Rd", "Terrace Mountain Rd",
        "Saltillo Rd", "Shy Beaver Rd", "Blacklog Valley Rd", "Tussey Ln",
        "Mountain Ln", "Lincoln Rd", "Beaver Rd", "Valley Rd",
    ],
    "Franklin": [
        "Path Valley Rd", "Amberson Rd", "Dry Run Rd", "Upper Strasburg Rd",
        "Rowe Run Rd", "Warm Spring Rd", "Black Gap Rd", "Edenville Rd",
        "Williamson Rd", "Welsh Run Rd", "Mercersburg Rd",
        "Grindstone Hill Rd", "Kauffman Rd", "Cumberland Hwy",
        "Molly Pitcher Hwy", "Lincoln Way W", "Lincoln Way E",
        "Buchanan Trl W", "Buchanan Trl E", "Anthony Hwy", "Orchard Rd",
        "Kriner Rd", "Letterkenny Rd", "Fort McCord Rd", "Cold Spring Rd",
        "Pen Mar Rd", "Mountain Rd", "Horse Valley Rd", "Concord Rd",
        "Forge Hill Rd", "Mount Parnell Rd", "Spring Valley Rd",
        "Hollow Rd", "Fannett Rd", "Doylesburg Rd",
    ],
    "Fulton": [
        "Great Cove Rd", "Pleasant Ridge Rd", "Sipes Mill Rd",
        "Timber Ridge Rd", "Back Run Rd", "Buck Valley Rd", "Pigeon Cove Rd",
        "Cito Rd", "Lincoln Way E", "Lincoln Way W", "Harrisonville Rd",
        "Waterfall Rd", "Wells Tannery Rd", "Laidig Rd", "Burnt Cabins Rd",
        "Tanyard Rd", "Foltz Rd", "Peach Orchard Rd", "Mountain Rd",
        "Big Cove Rd", "Locust Grove Rd", "Crystal Spring Rd", "Ditch Rd",
    ],
    "Cumberland": [
        "Ritner Hwy", "Walnut Bottom Rd", "Pine Rd", "Bloserville Rd",
        "Centerville Rd", "Mount Rock Rd", "Oakville Rd", "Newburg Rd",
        "Greenspring Rd", "Doubling Gap Rd", "McClures Gap Rd", "Enola Rd",
        "Big Pond Rd", "Stoughstown Rd", "Brick Church Rd",
        "Three Square Hollow Rd", "Creek Rd", "Forge Rd", "Petersburg Rd",
        "Bonnybrook Rd", "Ridge Rd", "Shed Rd", "Zion Rd", "Cobblestone Rd",
        "Pine Grove Rd", "Meeting House Rd",
    ],
    "Washington": [
        "National Pike", "Broadfording Rd", "Clear Spring Rd",
        "Greencastle Pike", "Leitersburg Smithsburg Rd", "Jefferson Blvd",
        "Mount Aetna Rd", "Ashton Rd", "Dam No 4 Rd", "Big Pool Rd",
        "Cearfoss Pike", "Downsville Pike", "Sharpsburg Pike", "Fairview Rd",
        "Harpers Ferry Rd", "Mapleville Rd", "Wolfsville Rd", "Rench Rd",
        "Pectonville Rd", "Ernstville Rd", "Hanging Rock Rd",
    ],
}

# numbered highways used as 911 street names, per county
COUNTY_ROUTES = {
    "Juniata": ["35", "75", "333", "235"],
    "Perry": ["17", "34", "74", "274", "850", "849"],
    "Mifflin": ["655", "305", "103"],
    "Huntingdon": ["26", "305", "453", "829", "994", "522"],
    "Franklin": ["75", "416", "533", "641", "696", "995", "997", "433"],
    "Fulton": ["16", "655", "456", "522"],
    "Cumberland": ["233", "641", "696", "997", "174", "944", "533"],
    "Washington": [],
}
US_ROUTES = ["522", "22", "322", "11", "30", "15"]

# highways and long roads that only pass some post offices of their county
ROAD_TOWNS = {
    "Lincoln Way E": ["Chambersburg", "St. Thomas", "Fort Loudon", "McConnellsburg",
                      "Harrisonville", "Fayetteville"],
    "Lincoln Way W": ["Chambersburg", "St. Thomas", "Fort Loudon", "McConnellsburg",
                      "Harrisonville"],
    "Buchanan Trl E": ["Waynesboro", "Greencastle", "Mercersburg"],
    "Buchanan Trl W": ["Mercersburg", "Greencastle", "Williamson"],
    "Molly Pitcher Hwy": ["Chambersburg", "Greencastle", "State Line", "Marion"],
    "Cumberland Hwy": ["Chambersburg", "Shippensburg", "Orrstown"],
    "Path Valley Rd": ["Dry Run", "Spring Run", "Fannettsburg", "Fort Loudon", "Willow Hill",
                       "Concord"],
    "Anthony Hwy": ["Waynesboro"], "Pen Mar Rd": ["Waynesboro", "Blue Ridge Summit"],
    "Ritner Hwy": ["Newville", "Shippensburg", "Carlisle", "Walnut Bottom", "Plainfield"],
    "William Penn Hwy": ["Mifflintown", "Mifflin", "Thompsontown", "Mexico", "Port Royal"],
    "Great Cove Rd": ["McConnellsburg", "Needmore", "Big Cove Tannery"],
    "Old Route 22": ["Lewistown", "McVeytown"],
    "National Pike": ["Hagerstown", "Clear Spring", "Hancock", "Boonsboro", "Big Pool"],
    "Dam No 4 Rd": ["Williamsport", "Sharpsburg"],
    "Greencastle Pike": ["Hagerstown", "Maugansville"],
    "Jefferson Blvd": ["Hagerstown", "Smithsburg"],
    "Sharpsburg Pike": ["Hagerstown", "Sharpsburg", "Keedysville"],
    "Leitersburg Smithsburg Rd": ["Smithsburg", "Hagerstown"],
    "Big Pool Rd": ["Big Pool", "Clear Spring"],
    "Back Mountain Rd": ["Belleville", "Allensville", "Reedsville", "McVeytown", "Mifflintown",
                         "McAlisterville"],
    "Front Mountain Rd": ["Belleville", "Allensville", "Reedsville"],
    "Raystown Rd": ["Huntingdon", "Hesston", "James Creek"],
}
ROUTE_TOWNS = {
    ("Juniata", "35"): ["Mifflintown", "McAlisterville", "Richfield", "East Waterford",
                        "Honey Grove"],
    ("Juniata", "75"): ["Port Royal", "Mifflin"],
    ("Juniata", "333"): ["Mifflintown", "Mifflin", "Port Royal", "Thompsontown"],
    ("Juniata", "235"): ["McAlisterville", "Richfield"],
    ("Perry", "17"): ["Millerstown", "Ickesburg", "Blain"],
    ("Perry", "34"): ["New Bloomfield", "Newport", "Shermans Dale"],
    ("Perry", "74"): ["Ickesburg", "Loysville", "Elliottsburg"],
    ("Perry", "274"): ["New Bloomfield", "Loysville", "Blain", "Elliottsburg"],
    ("Perry", "850"): ["Landisburg", "Shermans Dale", "Elliottsburg", "Marysville"],
    ("Perry", "849"): ["Newport", "Duncannon"],
    ("Mifflin", "655"): ["Belleville", "Allensville", "Reedsville"],
    ("Mifflin", "305"): ["Belleville", "Milroy"],
    ("Mifflin", "103"): ["Lewistown", "McVeytown"],
    ("Huntingdon", "26"): ["Huntingdon", "Petersburg", "Hesston", "James Creek"],
    ("Huntingdon", "305"): ["Petersburg", "Alexandria"],
    ("Huntingdon", "453"): ["Petersburg", "Alexandria", "Spruce Creek"],
    ("Huntingdon", "829"): ["Cassville", "Saltillo"],
    ("Huntingdon", "994"): ["Cassville", "Three Springs"],
    ("Huntingdon", "522"): ["Mount Union", "Shirleysburg", "Orbisonia", "Shade Gap"],
    ("Franklin", "75"): ["Fort Loudon", "Dry Run", "Spring Run", "Willow Hill", "Fannettsburg",
                         "Mercersburg"],
    ("Franklin", "416"): ["Mercersburg", "St. Thomas"],
    ("Franklin", "533"): ["Orrstown", "Shippensburg", "Upper Strasburg"],
    ("Franklin", "641"): ["Chambersburg", "Shippensburg"],
    ("Franklin", "696"): ["Shippensburg"],
    ("Franklin", "995"): ["Mercersburg", "Williamson"],
    ("Franklin", "997"): ["Chambersburg", "Scotland", "Waynesboro", "Mont Alto", "Quincy"],
    ("Franklin", "433"): ["Upper Strasburg", "Chambersburg"],
    ("Fulton", "16"): ["McConnellsburg"],
    ("Fulton", "655"): ["Needmore", "Big Cove Tannery", "Wells Tannery"],
    ("Fulton", "456"): ["Big Cove Tannery", "Needmore"],
    ("Fulton", "522"): ["McConnellsburg", "Hustontown", "Burnt Cabins", "Warfordsburg",
                        "Needmore", "Fort Littleton"],
    ("Cumberland", "233"): ["Newville", "Mount Holly Springs"],
    ("Cumberland", "641"): ["Newville", "Carlisle", "Newburg"],
    ("Cumberland", "696"): ["Shippensburg", "Newburg", "Walnut Bottom"],
    ("Cumberland", "997"): ["Shippensburg"],
    ("Cumberland", "174"): ["Walnut Bottom", "Boiling Springs", "Mechanicsburg"],
    ("Cumberland", "944"): ["Carlisle", "Mechanicsburg"],
    ("Cumberland", "533"): ["Newburg", "Shippensburg"],
}


def roads_for(place):
    return [r for r in COUNTY_ROADS[place["county"]]
            if r not in ROAD_TOWNS or place["city"] in ROAD_TOWNS[r]]


def routes_for(place):
    return [r for r in COUNTY_ROUTES[place["county"]]
            if place["city"] in ROUTE_TOWNS.get((place["county"], r), [])]

TOWN_STREETS = [
    "Main St", "Market St", "High St", "Water St", "Church St", "Walnut St",
    "Chestnut St", "Pine St", "Cherry St", "Spruce St", "Locust St",
    "Maple Ave", "Front St", "Second St", "Third St", "Fourth St", "Mill St",
    "Railroad St", "Bridge St", "Orange St", "Queen St", "King St",
    "Washington St", "Franklin St", "Grant St", "Penn St", "Green St",
    "Hill St", "Park Ave", "College Ave", "Carlisle St", "Union St",
    "Juniata St", "Academy St", "School St", "Race St", "Mulberry St",
    "Elm St", "Oak Ln", "Valley St", "Spring St", "Logan St",
]
DIRECTIONAL_STREETS = ["Main St", "Market St", "High St", "Water St",
                       "Second St", "Third St", "Washington St", "Queen St",
                       "Church St", "Front St"]

# home towns of camp owners, hunting-camp members and absentee landlords
HOME_PLACES = [
    ("Frederick", "21701", "MD", "301", ["662", "695", "631"],
     ["Market St", "Rosemont Ave", "Shookstown Rd", "Opossumtown Pike",
      "Yellow Springs Rd", "Wormans Mill Rd"]),
    ("Frederick", "21702", "MD", "301", ["698", "624", "694"],
     ["Rosemont Ave", "Christopher Crossing", "Fairview Ave", "Oak St"]),
    ("Gaithersburg", "20878", "MD", "301", ["977", "948", "869"],
     ["Quince Orchard Rd", "Darnestown Rd", "Diamond Ave",
      "Muddy Branch Rd"]),
    ("Germantown", "20874", "MD", "301", ["972", "540", "916"],
     ["Germantown Rd", "Middlebrook Rd", "Wisteria Dr", "Father Hurley Blvd"]),
    ("Rockville", "20853", "MD", "301", ["762", "871", "929"],
     ["Norbeck Rd", "Baltimore Rd", "Veirs Mill Rd", "Bauer Dr"]),
    ("Silver Spring", "20904", "MD", "301", ["384", "622", "989"],
     ["Colesville Rd", "New Hampshire Ave", "Briggs Chaney Rd"]),
    ("Thurmont", "21788", "MD", "301", ["271"],
     ["Frederick Rd", "Emmitsburg Rd", "Water St"]),
    ("Myersville", "21773", "MD", "301", ["293"], ["Main St", "Wolfsville Rd"]),
    ("Damascus", "20872", "MD", "301", ["253"], ["Ridge Rd", "Damascus Rd"]),
    ("Mount Airy", "21771", "MD", "301", ["829"],
     ["Ridgeville Blvd", "Main St", "Watersville Rd"]),
    ("Harrisburg", "17112", "PA", "717", ["545", "540", "652", "657"],
     ["Linglestown Rd", "Devonshire Rd", "Colonial Rd", "Locust Ln",
      "Blue Mountain Pkwy"]),
    ("Harrisburg", "17109", "PA", "717", ["545", "652"],
     ["Derry St", "Union Deposit Rd", "Progress Ave", "Locust Ln"]),
    ("Camp Hill", "17011", "PA", "717", ["737", "761"],
     ["Market St", "Trindle Rd", "Chestnut St", "Erford Rd"]),
    ("Hummelstown", "17036", "PA", "717", ["566"], ["Main St", "Sand Hill Rd"]),
    ("York", "17402", "PA", "717", ["755", "757", "840"],
     ["Market St", "Eastern Blvd", "Mount Rose Ave", "Haines Rd"]),
    ("York", "17404", "PA", "717", ["764", "792"],
     ["Roosevelt Ave", "Carlisle Rd", "Bannister St"]),
    ("Lancaster", "17601", "PA", "717", ["569", "560", "519"],
     ["Lititz Pike", "Oregon Pike", "Fruitville Pike", "Butter Rd"]),
    ("Lititz", "17543", "PA", "717", ["626", "627"], ["Main St", "Newport Rd"]),
    ("Elizabethtown", "17022", "PA", "717", ["367"],
     ["Market St", "Mount Joy Rd"]),
    ("Hanover", "17331", "PA", "717", ["632", "633", "637"],
     ["Baltimore St", "Carlisle St", "Broadway"]),
    ("Gettysburg", "17325", "PA", "717", ["334", "337"],
     ["Baltimore St", "York St", "Table Rock Rd"]),
    ("Dillsburg", "17019", "PA", "717", ["432"],
     ["Baltimore St", "Old York Rd"]),
    ("Lebanon", "17042", "PA", "717", ["273", "274"],
     ["Cumberland St", "Quentin Rd"]),
    ("Altoona", "16602", "PA", "814", ["942", "944", "946"],
     ["Pleasant Valley Blvd", "Union Ave", "Broad Ave", "Juniata Gap Rd"]),
    ("Hollidaysburg", "16648", "PA", "814", ["695", "696"],
     ["Allegheny St", "Walnut St", "Loop Rd"]),
    ("State College", "16801", "PA", "814", ["234", "237", "238"],
     ["College Ave", "Atherton St", "Park Ave", "Whitehall Rd"]),
    ("State College", "16803", "PA", "814", ["231", "861"],
     ["Blue Course Dr", "Toftrees Ave", "Circleville Rd"]),
    ("Bellefonte", "16823", "PA", "814", ["355", "353"],
     ["Allegheny St", "Bishop St", "Jacksonville Rd"]),
    ("Johnstown", "15904", "PA", "814", ["266", "269"],
     ["Scalp Ave", "Menoher Blvd", "Elton Rd"]),
    ("Tyrone", "16686", "PA", "814", ["684"],
     ["Pennsylvania Ave", "Logan Ave"]),
]
SUBURB_STREETS = ["Oak Dr", "Maple Ave", "Woodland Dr", "Cedar Ln",
                  "Hillside Ave", "Orchard Dr", "Sunset Dr", "Meadow Ln",
                  "Ridge Ave", "Spring St", "Valley View Dr", "Laurel Ct",
                  "Chestnut Ct", "Birch Rd", "Country Club Rd", "Elm Ter"]

CELL_EXCH = {
    "717": ["250", "275", "313", "319", "363", "377", "380", "404", "422",
            "440", "460", "475", "480", "491", "503", "512", "520", "554",
            "576", "579", "658", "682", "701", "713", "729", "756", "816",
            "818", "870", "877", "919", "926", "943", "953", "961", "977",
            "991", "994"],
    "814": ["207", "215", "312", "360", "386", "404", "502", "571", "599",
            "621", "644", "935", "977", "980", "502", "418"],
    "301": ["305", "331", "343", "401", "404", "491", "514", "573", "651",
            "712", "788", "800", "876", "991"],
    "240": ["313", "329", "382", "420", "469", "513", "527", "625", "707",
            "818", "876", "920", "960"],
}

# mountains, valleys, creeks and ridges of the region: stems for org names
FEATURES = [
    "Shade Mountain", "Blue Mountain", "Tuscarora", "Jacks Mountain",
    "Stone Mountain", "Tussey Mountain", "Sideling Hill", "Cove Mountain",
    "Conococheague", "Path Valley", "Horse Valley", "Amberson Valley",
    "Licking Creek", "Lost Creek", "Tea Creek", "Laurel Run",
    "Sherman Valley", "Pfoutz Valley", "Raccoon Valley", "Ferguson Valley",
    "Havice Valley", "Kish Valley", "Big Valley", "Stone Valley",
    "Trough Creek", "Black Log", "Shade Valley", "Aughwick", "Buck Ridge",
    "Bear Pond", "Rocky Ridge", "Bear Valley", "Doubling Gap",
    "Rays Hill", "Broad Top", "Cowans Gap", "Big Cove", "Little Cove",
    "Buffalo Ridge", "Locust Run", "Cocolamus Creek", "Juniata Valley",
    "Tuscarora Valley", "Honey Creek", "Kishacoquillas", "Raystown",
    "Blacklog Mountain", "Meadow Grove", "Hidden Valley", "Cedar Run",
    "Spring Run", "Hickory Ridge", "Pine Hill", "Cedar Hill", "Mountain View",
    "Valley View", "Sunny Slope", "Maple Grove", "Willow Bend", "Oak Ridge",
    "Twin Oaks", "Stony Creek", "Green Ridge", "Clear Ridge", "Owl Hollow",
    "Turkey Hollow", "Fox Hollow", "Deer Run", "Bear Run", "Trout Run",
]

# ---------------------------------------------------------------------------
# derived geography tables
# ---------------------------------------------------------------------------

STREET_TYPES = {
    "Rd": "Road", "St": "Street", "Ln": "Lane", "Ave": "Avenue",
    "Dr": "Drive", "Hwy": "Highway", "Pike": "Pike", "Trl": "Trail",
    "Way": "Way", "Ct": "Court", "Cir": "Circle", "Blvd": "Boulevard",
    "Path": "Path", "Pkwy": "Parkway", "Ter": "Terrace",
    "Crossing": "Crossing",
}
DIRS = {"N": "North", "S": "South", "E": "East", "W": "West"}


def parse_street(s):
    """'Lincoln Way E' -> {'name': 'Lincoln', 'stype': 'Way', 'post': 'E'}"""
    toks = s.split()
    post = None
    if toks[-1] in DIRS:
        post = toks[-1]
        toks = toks[:-1]
    stype = None
    if toks[-1] in STREET_TYPES and len(toks) > 1:
        stype = toks[-1]
        toks = toks[:-1]
    return {"name": " ".join(toks), "stype": stype, "post": post}


TWP_PLACES = {}     # (township, county) -> [place, ...]
for _pl in PLACES:
    for _t in _pl["twps"]:
        TWP_PLACES.setdefault((_t, _pl["county"]), []).append(_pl)
TOWNSHIP_KEYS = list(TWP_PLACES.keys())

COUNTY_PLACES = {}
for _pl in PLACES:
    COUNTY_PLACES.setdefault(_pl["county"], []).append(_pl)

PA_PLACES = [p for p in PLACES if p["state"] == "PA"]
MD_PLACES = [p for p in PLACES if p["state"] == "MD"]
PLAIN_PLACES = [p for p in PLACES if p["plain"] > 0]
TOWN_PLACES = [p for p in PLACES if p["town"]]

# remote hunting-camp country (state forest land, mountain townships)
CAMP_TWPS = [
    ("Tuscarora Township", "Juniata"), ("Lack Township", "Juniata"),
    ("Toboyne Township", "Perry"), ("Jackson Township", "Perry"),
    ("Madison Township", "Perry"), ("Fannett Township", "Franklin"),
    ("Metal Township", "Franklin"), ("Wells Township", "Fulton"),
    ("Brush Creek Township", "Fulton"), ("Todd Township", "Fulton"),
    ("Taylor Township", "Fulton"), ("Dublin Township", "Huntingdon"),
    ("Tell Township", "Huntingdon"), ("Cass Township", "Huntingdon"),
    ("Penn Township", "Huntingdon"), ("Lincoln Township", "Huntingdon"),
    ("Armagh Township", "Mifflin"), ("Brown Township", "Mifflin"),
    ("Upper Mifflin Township", "Cumberland"),
    ("Dickinson Township", "Cumberland"), ("Thompson Township", "Fulton"),
    ("Spruce Hill Township", "Juniata"), ("Bethel Township", "Fulton"),
]

BOROUGHS = [
    ("Mifflintown", "Juniata"), ("Mifflin", "Juniata"),
    ("Port Royal", "Juniata"), ("Thompsontown", "Juniata"),
    ("Blain", "Perry"), ("Duncannon", "Perry"), ("Landisburg", "Perry"),
    ("Liverpool", "Perry"), ("Marysville", "Perry"),
    ("Millerstown", "Perry"), ("Newport", "Perry"),
    ("New Bloomfield", "Perry"), ("Lewistown", "Mifflin"),
    ("McVeytown", "Mifflin"), ("Burnham", "Mifflin"),
    ("Huntingdon", "Huntingdon"), ("Mount Union", "Huntingdon"),
    ("Alexandria", "Huntingdon"), ("Petersburg", "Huntingdon"),
    ("Orbisonia", "Huntingdon"), ("Chambersburg", "Franklin"),
    ("Greencastle", "Franklin"), ("Mercersburg", "Franklin"),
    ("Waynesboro", "Franklin"), ("Mont Alto", "Franklin"),
    ("McConnellsburg", "Fulton"), ("Newville", "Cumberland"),
    ("Newburg", "Cumberland"), ("Shippensburg", "Cumberland"),
    ("Carlisle", "Cumberland"), ("Mount Holly Springs", "Cumberland"),
    ("Hancock", "Washington"), ("Clear Spring", "Washington"),
    ("Smithsburg", "Washington"), ("Boonsboro", "Washington"),
    ("Williamsport", "Washington"),
]


def place_of_town(city, county):
    for p in PLACES:
        if p["city"] == city and p["county"] == county:
            return p
    for p in PLACES:
        if p["city"] == city:
            return p
    raise KeyError(city)


# ---------------------------------------------------------------------------
# NORMALISATION used for registries and labels (check.py has its own copy)
# ---------------------------------------------------------------------------

FREEMAIL = [
    "gmail.com", "yahoo.com", "aol.com", "comcast.net", "embarqmail.com",
    "centurylink.net", "frontier.com", "frontiernet.net", "ptd.net",
    "pa.net", "verizon.net", "hotmail.com", "outlook.com", "icloud.com",
    "msn.com", "att.net", "myactv.net", "live.com", "ymail.com",
]

LINE_TOKENS = {
    "road": "rd", "street": "st", "lane": "ln", "avenue": "ave", "av": "ave",
    "drive": "dr", "highway": "hwy", "trail": "trl", "court": "ct",
    "circle": "cir", "boulevard": "blvd", "pk": "pike", "place": "pl",
    "north": "n", "south": "s", "east": "e", "west": "w", "mount": "mt",
    "terrace": "ter", "parkway": "pkwy", "rr": "rd", "saint": "st",
}
UNIT_RE = re.compile(
    r"\s(apt|apartment|unit|lot|ste|suite|trlr|trailer|space|sp|office)"
    r"\s*[a-z0-9-]+$")
NOTE_RE = re.compile(r"\s(camp|cabin|barn|house|shop|garage|trailer)$")
ROUTE_RE = re.compile(
    r"\b(state route|state rte|us route|us highway|us hwy|pa route|route|"
    r"rte|rt|sr|pa|us)\s*(\d+)\b")
SKIP_LINE_RE = re.compile(r"^\s*(c/o|c\\o|care of|attn|attention)\b",
                          re.IGNORECASE)


def norm_line(s):
    if not s:
        return ""
    s = s.lower()
    s = s.replace("&amp;", "&")
    s = s.replace(".", "").replace("'", "").replace("\u2019", "")
    s = s.replace("#", "")
    s = re.sub(r"rural route", "rr", s)
    s = re.sub(r"[^a-z0-9 ]", " ", s)
    s = " ".join(s.split())
    s = ROUTE_RE.sub(lambda m: "rte " + m.group(2), s)
    toks = [LINE_TOKENS.get(t, t) for t in s.split()]
    s = " " + " ".join(toks)
    for _ in range(3):
        s = UNIT_RE.sub("", s)
        s = NOTE_RE.sub("", s)
    return s.strip()


def addr_line_key(a):
    """the street line of an address dict (skips c/o and ATTN lines)"""
    if not a:
        return ""
    for k in ("line1", "line2"):
        v = a.get(k)
        if v and not SKIP_LINE_RE.match(v):
            return norm_line(v)
    return ""


CITY_TOKENS = {"mt": "mount", "ft": "fort", "st": "saint",
               "twp": "township"}


def norm_city(s):
    if not s:
        return ""
    s = s.lower().replace(".", "").replace("'", "")
    s = re.sub(r"[^a-z0-9 ]", " ", s)
    toks = [CITY_TOKENS.get(t, t) for t in s.split()]
    return "".join(toks)


def zip5(s):
    if not s:
        return ""
    m = re.match(r"^\s*(\d{5})", s)
    return m.group(1) if m else ""


def norm_phone(s):
    if not s:
        return ""
    s = s.lower()
    s = re.split(r"x|ext", s)[0]
    d = re.sub(r"\D", "", s)
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    return d if len(d) == 10 else ""


def norm_email(s):
    if not s:
        return ""
    return s.strip().casefold()


def email_domain(s):
    e = norm_email(s)
    if "@" not in e:
        return ""
    return e.split("@", 1)[1]


def addr_shared(a, b):
    if not a or not b:
        return False
    la, lb = addr_line_key(a), addr_line_key(b)
    if not la or la != lb:
        return False
    za, zb = zip5(a.get("postalCode")), zip5(b.get("postalCode"))
    if za and za == zb:
        return True
    ca, cb = norm_city(a.get("city")), norm_city(b.get("city"))
    return bool(ca) and ca == cb


NAME_STOP = {"mr", "mrs", "ms", "miss", "dr", "rev", "jr", "sr", "ii", "iii",
             "iv", "and", "the", "of", "family", "estate", "est", "deceased",
             "llc", "inc", "co", "corp", "company", "incorporated", "c", "o",
             "attn", "amp", "ltd"}
NAME_SYN = {"twp": "township", "boro": "borough", "st": "saint",
            "mtn": "mountain", "mt": "mount", "vfc": "volunteer",
            "bros": "brothers", "umc": "methodist", "mun": "municipal",
            "auth": "authority"}


def name_tokens(c):
    parts = []
    for k in ("displayName", "givenName", "familyName", "companyName"):
        v = c.get(k)
        if v:
            parts.append(v)
    s = " ".join(parts).lower().replace("&amp;", " ")
    s = s.replace("'", "").replace("\u2019", "").replace("\u00e2\u20ac\u2122", "")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    out = []
    for t in s.split():
        t = NAME_SYN.get(t, t)
        if t in NAME_STOP or len(t) < 2:
            continue
        if t not in out:
            out.append(t)
    return out


def name_sim(a, b):
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return 0.0
    inter = len([t for t in ta if t in tb])
    union = len(ta) + len(tb) - inter
    return inter / union


# ---------------------------------------------------------------------------
# IDENTIFIER REGISTRIES (nothing invented twice by accident)
# ---------------------------------------------------------------------------

USED_IDS = []
_USED_IDS = {}
USED_PHONES = {}
USED_EMAILS = {}
USED_ADDRS = {}
USED_ORGNAMES = {}


def new_id():
    while True:
        v = "c%07x" % R.getrandbits(28)
        if v not in _USED_IDS:
            _USED_IDS[v] = True
            USED_IDS.append(v)
            return v


def new_phone(area, exch_list=None, cell=False):
    for _ in range(200):
        a = area
        if cell or not exch_list:
            if area == "301" and chance(0.45):
                a = "240"
            ex = pick(CELL_EXCH[a])
        else:
            ex = pick(exch_list)
        num = a + ex + "%04d" % R.randrange(10000)
        if num[6:] in ("0000", "1111", "5555"):
            continue
        if num not in USED_PHONES:
            USED_PHONES[num] = True
            return num
    raise RuntimeError("phone space exhausted")


def place_phone(place, cell=False):
    area = place["area"]
    if place["state"] == "MD" and not cell and chance(0.25):
        return new_phone("240", None, cell=True)
    return new_phone(area, place["exch"], cell=cell)


def register_email(e):
    k = norm_email(e)
    if k in USED_EMAILS:
        return False
    USED_EMAILS[k] = True
    return True


def slug(s):
    s = s.lower().replace("&", "and").replace("'", "")
    return re.sub(r"[^a-z0-9]", "", s)


def freemail_domain(state="PA"):
    if state == "MD":
        return wpick([("gmail.com", 30), ("yahoo.com", 12), ("aol.com", 6),
                      ("comcast.net", 10), ("verizon.net", 10),
                      ("myactv.net", 6), ("hotmail.com", 4),
                      ("outlook.com", 3), ("icloud.com", 4), ("msn.com", 2),
                      ("att.net", 2)])
    return wpick([("gmail.com", 30), ("yahoo.com", 15), ("aol.com", 8),
                  ("embarqmail.com", 8), ("centurylink.net", 4),
                  ("ptd.net", 7), ("pa.net", 3), ("frontier.com", 3),
                  ("frontiernet.net", 2), ("comcast.net", 5),
                  ("verizon.net", 3), ("hotmail.com", 3), ("outlook.com", 2),
                  ("icloud.com", 3), ("msn.com", 1), ("att.net", 1),
                  ("ymail.com", 1)])


def person_email(given, family, state="PA", spouse=None, domain=None):
    g = slug(given) or "x"
    f = slug(family) or "y"
    for _ in range(60):
        yy = "%02d" % R.randint(40, 99) if chance(0.7) else str(R.randint(1948, 2001))
        nn = str(R.randint(1, 99))
        pats = [
            (g + f, 4), (g + "." + f, 4), (g[0] + f, 5), (f + g[0], 2),
            (g + f + yy, 4), (g + "_" + f, 1), (f + nn, 2),
            (g + f[0] + nn, 2), (pick(HOBBY_WORDS) + nn, 3),
            (g[0] + f + nn, 3), (f + "farm", 1 if len(f) < 10 else 0.2),
            (g + "." + f + nn, 2), (pick(HOBBY_WORDS) + yy, 1),
        ]
        if spouse:
            s = slug(spouse) or "z"
            pats += [(g + "and" + s, 2), (g[0] + s[0] + f, 2),
                     (f + "s" + nn, 1)]
        local = wpick(pats)
        dom = domain or freemail_domain(state)
        e = local + "@" + dom
        if register_email(e):
            return e
    raise RuntimeError("email space exhausted")


def org_email(local_choices, stem_slug, state="PA", own_domain=None):
    for _ in range(60):
        if own_domain:
            e = pick(local_choices) + "@" + own_domain
        else:
            e = stem_slug + pick(["", "", str(R.randint(1, 99)), "pa", "office"]) \
                + "@" + freemail_domain(state)
        if register_email(e):
            return e
        own_domain = None
    raise RuntimeError("org email exhausted")


def new_domain(stem, tld=None):
    base = slug(stem)[:24]
    for i in range(50):
        t = tld or pick(["example.com", "example.com", "example.net",
                         "example.org"])
        d = (base if i == 0 else base + str(i + 1)) + "." + t
        if d not in USED_ORGNAMES:
            USED_ORGNAMES[d] = True
            return d
    raise RuntimeError("domain exhausted")


# ---------------------------------------------------------------------------
# ADDRESSES
# ---------------------------------------------------------------------------

def rural_number():
    r = wpick([(0, 1), (1, 4), (2, 5), (3, 1)])
    if r == 0:
        return R.randint(10, 99)
    if r == 1:
        return R.randint(100, 999)
    if r == 2:
        return R.randint(1000, 9999)
    return R.randint(10000, 19999)


def canon_line(a):
    """a stable canonical street line used for the address registry"""
    if a["kind"] == "pobox":
        return "po box %s" % a["box"]
    if a["kind"] == "route":
        return norm_line("%s Route %s" % (a["num"], a["route"]))
    parts = [str(a["num"])]
    if a.get("predir"):
        parts.append(a["predir"])
    parts.append(a["name"])
    if a.get("stype"):
        parts.append(a["stype"])
    if a.get("post"):
        parts.append(a["post"])
    return norm_line(" ".join(parts))


def register_addr(a, allow_shared=False):
    k = canon_line(a) + "|" + a["zip"]
    if k in USED_ADDRS and not allow_shared:
        return False
    USED_ADDRS[k] = True
    return True


def _new_rd(a):
    for _ in range(100):
        box = str(R.randint(1, 420))
        if chance(0.05):
            box += pick(["A", "B", "C"])
        rd = (R.randint(1, 5), box)
        k = "rd|%s|%s|%s" % (a["zip"], rd[0], rd[1])
        if k not in USED_ADDRS:
            USED_ADDRS[k] = True
            return rd
    return (R.randint(1, 5), str(R.randint(421, 900)))


def make_rural_addr(place, township=None, road=None, kind=None, near=None):
    county = place["county"]
    for _ in range(200):
        a = {"kind": None, "num": None, "predir": None, "name": None,
             "stype": None, "post": None, "route": None, "us": False,
             "rd": None, "box": None, "unit": None, "city": place["city"],
             "township": None, "county": county, "state": place["state"],
             "zip": place["zip"], "zip4": "%04d" % R.randint(1000, 9899),
             "villages": list(place["villages"]), "area": place["area"]}
        if township:
            a["township"] = township
        elif place["twps"]:
            a["township"] = pick(place["twps"])
        k = kind
        if near is not None:
            k = near["kind"]
        if k is None:
            k = "route" if (routes_for(place) and chance(0.16)) else "rural"
        a["kind"] = k
        if k == "route":
            a["route"] = near["route"] if near else pick(routes_for(place))
            a["us"] = a["route"] in US_ROUTES
            if near:
                a["num"] = max(10, near["num"] + pick([-1, 1]) * R.randint(30, 700))
            else:
                a["num"] = R.randint(1000, 19999) if chance(0.8) else R.randint(100, 999)
        else:
            if near:
                a["name"], a["stype"], a["post"] = near["name"], near["stype"], near["post"]
                a["num"] = max(10, near["num"] + pick([-1, 1]) * R.randint(30, 700))
            else:
                st = parse_street(road or pick(roads_for(place)))
                a["name"], a["stype"], a["post"] = st["name"], st["stype"], st["post"]
                a["num"] = rural_number()
        if near and a["num"] == near["num"]:
            continue
        if register_addr(a):
            a["rd"] = _new_rd(a)
            return a
    raise RuntimeError("address space exhausted")


def make_town_addr(place, street=None, unit=None):
    for _ in range(200):
        st = parse_street(street or pick(TOWN_STREETS))
        a = {"kind": "town", "num": R.randint(1, 899) if chance(0.85) else R.randint(900, 2400),
             "predir": None, "name": st["name"], "stype": st["stype"],
             "post": st["post"], "route": None, "us": False, "rd": None,
             "box": None, "unit": unit, "city": place["city"],
             "township": None, "county": place["county"],
             "state": place["state"], "zip": place["zip"],
             "zip4": "%04d" % R.randint(1000, 9899),
             "villages": list(place["villages"]), "area": place["area"]}
        full = st["name"] + " " + (st["stype"] or "")
        if full.strip() in DIRECTIONAL_STREETS and chance(0.6):
            a["predir"] = pick(["N", "S", "E", "W"])
        if register_addr(a):
            return a
    raise RuntimeError("town address exhausted")


def make_pobox(place):
    for _ in range(100):
        a = {"kind": "pobox", "num": None, "predir": None, "name": None,
             "stype": None, "post": None, "route": None, "us": False,
             "rd": None, "box": str(R.randint(1, 699)), "unit": None,
             "city": place["city"], "township": None,
             "county": place["county"], "state": place["state"],
             "zip": place["zip"], "zip4": "%04d" % R.randint(1, 999),
             "villages": list(place["villages"]), "area": place["area"]}
        if register_addr(a):
            return a
    raise RuntimeError("po box exhausted")


def make_home_addr():
    hp = pick(HOME_PLACES)
    city, zipc, state, area, exch, streets = hp
    for _ in range(100):
        st = parse_street(pick(streets) if chance(0.6) else pick(SUBURB_STREETS))
        a = {"kind": "town", "num": R.randint(2, 9999), "predir": None,
             "name": st["name"], "stype": st["stype"], "post": st["post"],
             "route": None, "us": False, "rd": None, "box": None,
             "unit": None, "city": city, "township": None, "county": None,
             "state": state, "zip": zipc,
             "zip4": "%04d" % R.randint(1000, 9899), "villages": [],
             "area": area, "home_exch": list(exch)}
        if register_addr(a):
            return a
    raise RuntimeError("home address exhausted")


def copy_addr(a):
    if a is None:
        return None
    b = dict(a)
    b["villages"] = list(a.get("villages") or [])
    return b


def weighted_place(pool, key=None):
    if key is None:
        return pick(pool)
    return wpick([(p, key(p)) for p in pool])


def rural_place():
    return weighted_place(PA_PLACES + MD_PLACES,
                          lambda p: (0.35 if p["state"] == "MD" else 1.0) *
                          (0.6 if p["city"] in ("Chambersburg", "Carlisle", "Mechanicsburg",
                                                "Hagerstown", "Lewistown") else 1.0))


def plain_place():
    return weighted_place(PLAIN_PLACES, lambda p: p["plain"])


def town_place():
    return weighted_place(TOWN_PLACES, lambda p: 0.4 if p["state"] == "MD" else 1.0)


def camp_place():
    twp, county = pick(CAMP_TWPS)
    pl = pick(TWP_PLACES[(twp, county)])
    return pl, twp


# ---------------------------------------------------------------------------
# ENTITIES (customers)
# ---------------------------------------------------------------------------

ORG_KINDS = ["township", "borough", "municipal_authority", "fire_company",
             "church", "hunting_camp", "rod_gun_club", "campground", "school",
             "diner", "farm_llc", "dairy", "produce_stand",
             "mobile_home_park", "property_manager", "plumber", "excavator",
             "realtor"]
PERSON_KINDS = ["homeowner", "farm_family", "plain_family", "camp_owner",
                "landlord", "estate"]


class Ent(object):
    def __init__(self, party, kind):
        self.id = new_id()
        self.party = party
        self.kind = kind
        # person
        self.sex = None
        self.given = None
        self.family = None
        self.mi = None
        self.suffix = None
        self.spouse = None
        self.maiden = None
        self.plain = False
        self.executor = None
        # organisation
        self.company = None
        self.stem = None
        self.legal = None
        self.contacts = []
        self.domain = None
        self.roles = []
        self.twp_base = None
        # contact data
        self.email = None
        self.phone = None
        self.addr = None
        self.prop = None
        self.place = None
        self.extra_emails = []
        self.extra_phones = []
        self.properties = []
        self.agents = []
        self.style = {}
        self.addr_style = {}
        self.prop_style = {}


def neutral_addr_style(a):
    st = {
        "stype": wpick([("abbr", 70), ("full", 20), ("abbr_dot", 10)]),
        "dir": wpick([("abbr", 80), ("full", 10), ("abbr_dot", 10)]),
        "route": wpick([("Route", 35), ("State Route", 20), ("SR", 15),
                        ("Rt", 15), ("PA-", 10), ("Rte", 5)]),
        "us": wpick([("US Route", 30), ("US Hwy", 30), ("US", 25),
                     ("Route", 15)]),
        "rd_fmt": wpick([("RD", 50), ("RR", 30), ("R.D.", 10),
                         ("Rural Route", 5), ("RD#", 5)]),
        "pobox": wpick([("PO Box", 70), ("P.O. Box", 25), ("POB", 5)]),
        "use_rd": False,
        "city_mode": "mail",
        "village": None,
        "zip_mode": wpick([("5", 72), ("plus4", 28)]),
        "region": "std",
        "country": wpick([(None, 45), ("US", 20), ("USA", 30),
                          ("United States", 5)]),
        "line2": None,
        "care_of": None,
        "twp_fmt": "Township",
        "case": None,
    }
    if a is not None and a.get("unit") and chance(0.25):
        st["unit_merged"] = True
    return st


def neutral_phone_style():
    return wpick([("parens", 55), ("dashes", 30), ("dots", 5),
                  ("parens_nospace", 10)])


def finish_style(e):
    e.style.setdefault("phone", neutral_phone_style())
    e.addr_style = neutral_addr_style(e.addr) if e.addr else {}
    if e.prop:
        e.prop_style = neutral_addr_style(e.prop)
        e.prop_style["country"] = e.addr_style.get("country")


def person_name(plain=False, sex=None):
    sex = sex or ("M" if chance(0.62) else "F")
    if plain:
        given = pick(PLAIN_MALE if sex == "M" else PLAIN_FEMALE)
        family = pick(PLAIN_COMMON) if chance(0.62) else pick(PLAIN_OTHER)
    else:
        given = pick(MALE_GIVEN if sex == "M" else FEMALE_GIVEN)
        family = pick(SURNAMES) if chance(0.88) else pick(PLAIN_OTHER)
    return sex, given, family


def spouse_name(sex, plain):
    if plain:
        return pick(PLAIN_FEMALE if sex == "M" else PLAIN_MALE)
    return pick(FEMALE_GIVEN if sex == "M" else MALE_GIVEN)


def maybe_nick(given, p=0.18):
    if given in NICKNAMES and chance(p):
        return pick(NICKNAMES[given])
    return given


def person_base(e, plain=False, household_p=0.45, suffix_p=0.05, mi_p=0.12,
                sex=None):
    e.plain = plain
    e.sex, e.given, e.family = person_name(plain, sex)
    if not plain:
        e.given = maybe_nick(e.given)
    if chance(household_p):
        if e.sex == "F" and chance(0.7):
            e.sex = "M"
            e.given = pick(PLAIN_MALE if plain else MALE_GIVEN)
        e.spouse = spouse_name(e.sex, plain)
    if e.sex == "M" and chance(suffix_p):
        e.suffix = wpick([("Jr.", 60), ("Sr.", 25), ("II", 8), ("III", 7)])
    if chance(mi_p):
        e.mi = pick("ABCDEFGHJKLMRSTWZ")
    if e.sex == "F" and not e.spouse and not plain and chance(0.45):
        e.maiden = pick(SURNAMES)
    e.style["show_spouse"] = bool(e.spouse) and chance(0.85)
    e.style["given_with_spouse"] = e.style["show_spouse"] and chance(0.25)
    e.style["show_mi"] = bool(e.mi) and chance(0.6 if plain else 0.85)
    e.style["title"] = None
    if e.spouse and chance(0.04):
        e.style["title"] = "Mr. & Mrs."
        e.style["show_spouse"] = False
        e.style["given_with_spouse"] = False


SHANTIES = {}   # place city|zip -> [phone, ...]


def shanty_phone(place, new_ok=True):
    k = place["city"] + "|" + place["zip"]
    lst = SHANTIES.setdefault(k, [])
    if lst and (not new_ok or chance(0.65)):
        return pick(lst)
    ph = new_phone(place["area"], place["exch"])
    lst.append(ph)
    return ph


NEIGHBOUR_PHONES = {}   # county -> [phone of a non-Plain neighbour]


def make_person(kind, place=None, plain=None):
    e = Ent("person", kind)
    if kind == "plain_family":
        place = place or plain_place()
        person_base(e, plain=True, household_p=0.55, suffix_p=0.0, mi_p=0.75)
        e.place = place
        e.addr = make_rural_addr(place)
        r = R.random()
        if r < 0.35:
            e.phone = shanty_phone(place)
            e.style["phone_kind"] = "shanty"
        elif r < 0.47 and NEIGHBOUR_PHONES.get(place["county"]):
            e.phone = pick(NEIGHBOUR_PHONES[place["county"]])
            e.style["phone_kind"] = "neighbour"
        elif r < 0.60:
            e.phone = place_phone(place)
            e.style["phone_kind"] = "own"
        if chance(0.04):
            e.email = person_email(e.given, e.family, place["state"])
    elif kind in ("homeowner", "farm_family"):
        place = place or (rural_place() if kind == "farm_family" or chance(0.78)
                          else town_place())
        person_base(e, household_p=0.6 if kind == "farm_family" else 0.45,
                    suffix_p=0.10 if kind == "farm_family" else 0.05)
        e.place = place
        if kind == "homeowner" and place["town"] and chance(0.45):
            unit = None
            if chance(0.22):
                unit = pick(["Apt %d" % R.randint(1, 12), "Apt %d%s" % (R.randint(1, 4), pick("AB")),
                             "Unit %s" % pick("ABCD"), "Apt %s" % pick("ABC"),
                             "Rear", "Upstairs"])
            e.addr = make_town_addr(place, unit=unit)
        else:
            e.addr = make_rural_addr(place)
        if chance(0.06):
            e.addr = make_pobox(place)
            e.prop = make_rural_addr(place)
        if chance(0.88 if kind == "homeowner" else 0.92):
            e.phone = place_phone(place, cell=chance(0.4))
            NEIGHBOUR_PHONES.setdefault(place["county"], []).append(e.phone)
        if chance(0.55 if kind == "homeowner" else 0.42):
            e.email = person_email(e.given, e.family, place["state"], e.spouse)
    elif kind == "camp_owner":
        person_base(e, household_p=0.4)
        if chance(0.75):
            e.addr = make_home_addr()
            e.phone = new_phone(e.addr["area"], e.addr["home_exch"],
                                cell=chance(0.5))
        else:
            hp = town_place()
            e.addr = make_town_addr(hp)
            e.phone = place_phone(hp, cell=chance(0.5))
        cp, twp = camp_place()
        e.place = cp
        e.prop = make_rural_addr(cp, township=twp, kind="rural")
        if chance(0.75):
            e.email = person_email(e.given, e.family, e.addr["state"], e.spouse)
        if chance(0.05):
            e.phone = None
    elif kind == "landlord":
        person_base(e, household_p=0.4)
        hp = town_place()
        e.addr = make_town_addr(hp) if chance(0.7) else make_rural_addr(hp)
        e.place = weighted_place(COUNTY_PLACES[hp["county"]])
        e.prop = make_rural_addr(e.place)
        e.properties = [e.prop]
        if chance(0.3):
            e.properties.append(make_rural_addr(weighted_place(COUNTY_PLACES[hp["county"]])))
        e.phone = place_phone(hp, cell=chance(0.5))
        if chance(0.6):
            e.email = person_email(e.given, e.family, hp["state"], e.spouse)
    elif kind == "estate":
        e.sex, e.given, e.family = person_name(False, "F" if chance(0.55) else "M")
        if chance(0.2):
            e.mi = pick("ABCDEFGHJKLMRSTW")
        e.style["show_mi"] = bool(e.mi)
        e.style["show_spouse"] = False
        e.style["given_with_spouse"] = False
        e.style["title"] = None
        place = place or rural_place()
        e.place = place
        e.prop = make_rural_addr(place) if chance(0.75) or not place["town"] \
            else make_town_addr(place)
        ex_family = e.family if chance(0.7) else pick(SURNAMES)
        ex_sex = "M" if chance(0.55) else "F"
        ex_given = pick(MALE_GIVEN if ex_sex == "M" else FEMALE_GIVEN)
        e.executor = {"given": ex_given, "family": ex_family, "sex": ex_sex}
        hp = town_place() if chance(0.7) else None
        if hp:
            e.executor["addr"] = make_town_addr(hp) if chance(0.6) else make_rural_addr(hp)
        else:
            e.executor["addr"] = make_home_addr()
        ea = e.executor["addr"]
        e.executor["phone"] = new_phone(ea["area"], ea.get("home_exch") or None, cell=True)
        e.phone = e.executor["phone"] if chance(0.85) else None
        if chance(0.5):
            e.executor["email"] = person_email(ex_given, ex_family, ea["state"])
            e.email = e.executor["email"]
        if chance(0.65):
            e.addr = copy_addr(e.prop)
            e.style["estate_care_of"] = False
        else:
            e.addr = copy_addr(ea)
            e.style["estate_care_of"] = True
    else:
        raise ValueError(kind)
    finish_style(e)
    if kind == "estate" and e.style.get("estate_care_of"):
        e.addr_style["care_of"] = "c/o %s %s" % (e.executor["given"],
                                                 e.executor["family"])
    if e.addr is None and e.phone is None and e.email is None:
        e.phone = place_phone(e.place)
    return e


# ---------------------------------------------------------------------------
# organisations
# ---------------------------------------------------------------------------

SAINTS = ["St. John's", "St. Paul's", "St. Mark's", "St. Matthew's",
          "St. Peter's", "St. James", "St. Luke's", "St. Andrew's",
          "St. Thomas", "St. Michael's", "St. Stephen's", "St. David's",
          "St. Mary's", "St. Jacob's"]
CHURCH_NAMES = ["Trinity", "Zion", "Salem", "Grace", "Christ", "Emmanuel",
                "Bethel", "Calvary", "Mount Zion", "Mount Pleasant", "Faith",
                "Hope", "Messiah", "Good Shepherd", "Bethany", "Shiloh",
                "Mount Olivet", "Pleasant Grove", "Cedar Grove",
                "Locust Grove", "Pine Grove", "Mount Tabor", "Bethlehem",
                "Wesley", "Asbury", "Union", "Centre", "Free Spring",
                "Lost Creek", "Cross Roads", "Pleasant Valley", "Fairview"]
SAINT_DENOMS = ["Lutheran Church", "Lutheran Church", "Evangelical Lutheran Church",
                "Reformed Church", "United Church of Christ", "Catholic Church",
                "Episcopal Church"]
NAME_DENOMS = ["United Methodist Church", "United Methodist Church",
               "Lutheran Church", "Church of God", "Presbyterian Church",
               "Church of the Brethren", "Evangelical Congregational Church",
               "Bible Church", "Baptist Church", "Wesleyan Church",
               "Brethren in Christ Church", "United Church of Christ"]
PLACE_DENOMS = ["Mennonite Church", "Mennonite Church", "Church of the Brethren",
                "Brethren in Christ Church", "United Methodist Church",
                "Presbyterian Church", "Mennonite Church", "Bible Fellowship Church"]
MHP_NAMES = ["Shady Acres", "Pine Grove", "Valley View", "Meadowbrook",
             "Maple Leaf", "Sunnyside", "Country Manor", "Riverside",
             "Willow Run", "Green Acres", "Cedar Lane", "Hillcrest",
             "Evergreen", "Twin Oaks", "Lakeview", "Mountain View",
             "Brookside", "Rolling Hills", "Fox Run", "Oak Leaf",
             "Blue Spruce", "Stonybrook", "Greenbriar", "Pleasant Acres"]
TOWNSHIP_ROLES = ["Secretary-Treasurer", "Board of Supervisors", "Roadmaster",
                  "Sewage Enforcement Officer", "Township Secretary",
                  "Accounts Payable"]
ORG_ROLES = {
    "borough": ["Borough Manager", "Borough Secretary", "Council President",
                "Accounts Payable"],
    "municipal_authority": ["Authority Manager", "Secretary", "Plant Operator",
                            "Accounts Payable"],
    "fire_company": ["Treasurer", "Fire Chief", "Social Hall Manager"],
    "church": ["Treasurer", "Church Office", "Trustees", "Pastor"],
    "hunting_camp": ["Treasurer", "Camp Secretary"],
    "rod_gun_club": ["Treasurer", "Club Secretary", "President"],
    "campground": ["Office", "Owner"],
    "school": ["School Board", "Treasurer", "Principal"],
    "diner": ["Owner", "Manager"],
    "farm_llc": ["Owner", "Office"], "dairy": ["Owner"],
    "produce_stand": ["Owner"],
    "mobile_home_park": ["Park Office", "Manager", "Owner"],
    "property_manager": ["Accounts Payable", "Maintenance", "Office Manager"],
    "plumber": ["Office", "Owner"], "excavator": ["Office", "Owner"],
    "realtor": ["Office Manager", "Broker", "Closing Coordinator"],
}


def church_slug_tail(name):
    n = name.lower()
    for key, tails in (("methodist", ["umc", "methodist", "church"]),
                       ("lutheran", ["lutheran", "luth", "church"]),
                       ("mennonite", ["mennonite", "menno", "church"]),
                       ("brethren", ["cob", "brethren", "church"]),
                       ("presbyterian", ["presby", "church"]),
                       ("catholic", ["parish", "church"]),
                       ("church of god", ["cog", "church"]),
                       ("reformed", ["ucc", "reformed", "church"]),
                       ("christ", ["ucc", "church"])):
        if key in n:
            return pick(tails + [""])
    return pick(["church", "chapel", ""])


OFFICE_REG = {}          # township / realtor offices of the existing list
OFFICE_REG_OPEN = [True]


def register_orgname(name, scope):
    k = name.casefold() + "|" + scope
    if k in USED_ORGNAMES:
        return False
    USED_ORGNAMES[k] = True
    return True


def contact_person(plain=False, family=None, sex=None):
    s, g, f = person_name(plain, sex)
    if not plain:
        g = maybe_nick(g, 0.15)
    return {"given": g, "family": family or f, "sex": s}


def legal_suffix(kind):
    if kind == "farm_llc":
        return wpick([("LLC", 80), (", LLC", 20)])
    if kind in ("plumber", "excavator", "property_manager", "realtor",
                "campground", "dairy"):
        r = R.random()
        if r < 0.35:
            return wpick([("LLC", 70), (", LLC", 30)])
        if r < 0.55:
            return wpick([("Inc.", 60), (", Inc.", 40)])
        return None
    return None


def with_legal(base, legal):
    if not legal:
        return base
    if legal.startswith(","):
        return base + legal
    return base + " " + legal


def org_contact_block(e, n, plain=False, family=None):
    e.contacts = []
    for i in range(n):
        fam = family if (family and i == 0) else None
        e.contacts.append(contact_person(plain, fam))


def make_org(kind, place=None, spec=None):
    """spec: optional dict of forced choices (used for pairs and hard negatives)"""
    spec = spec or {}
    e = Ent("org", kind)
    e.roles = list(ORG_ROLES.get(kind, TOWNSHIP_ROLES))
    contact_p = 0.7
    for _ in range(300):
        name = None
        if kind == "township":
            key = spec.get("township") or pick(TOWNSHIP_KEYS)
            twp, county = key
            base = twp[:-len(" Township")]
            if not register_orgname(twp, "township|" + county):
                if spec.get("township"):
                    raise RuntimeError("township taken " + twp)
                continue
            e.twp_base = base
            e.stem = base
            e.company = twp
            place = pick(TWP_PLACES[key])
            e.place = place
            e.addr = make_pobox(place) if chance(0.3) else make_rural_addr(place, township=twp)
            e.roles = list(TOWNSHIP_ROLES)
            org_contact_block(e, 3)
            own = chance(0.45)
            e.domain = new_domain(base + "twp", "example.org") if own else None
            e.email = org_email(["secretary", "office", "admin", "treasurer"],
                                slug(base) + "twp", "PA", e.domain)
            e.phone = place_phone(place)
            contact_p = 0.75
            e.county = county
            break
        if kind == "borough":
            town, county = spec.get("borough") or pick(BOROUGHS)
            if not register_orgname(town, "borough|" + county):
                if spec.get("borough"):
                    raise RuntimeError("borough taken")
                continue
            place = place_of_town(town, county)
            e.place = place
            e.twp_base = town
            e.stem = town
            if place["state"] == "MD":
                e.company = "Town of " + town
            else:
                e.company = ("Borough of " + town) if chance(0.55) else (town + " Borough")
            e.addr = make_town_addr(place, street=pick(["Main St", "Market St", "Water St", "Bridge St"]))
            if chance(0.2):
                e.addr = make_pobox(place)
            org_contact_block(e, 3)
            own = chance(0.5)
            e.domain = new_domain(town + "boro", "example.org") if own else None
            e.email = org_email(["office", "secretary", "manager", "boro"],
                                slug(town) + "boro", place["state"], e.domain)
            e.phone = place_phone(place)
            e.county = county
            break
        if kind == "municipal_authority":
            if spec.get("base"):
                base, county, is_twp = spec["base"], spec["county"], spec["is_twp"]
            elif chance(0.6):
                twp, county = pick(TOWNSHIP_KEYS)
                base, is_twp = twp[:-len(" Township")], True
            else:
                base, county = pick(BOROUGHS)
                is_twp = False
                if county == "Washington":
                    continue
            form = spec.get("form") or wpick([
                ("{b} Township Municipal Authority" if is_twp else "{b} Borough Municipal Authority", 45),
                ("{b} Municipal Authority", 35),
                ("{b} Township Sewer Authority" if is_twp else "{b} Borough Authority", 10),
                ("{b} Area Joint Municipal Authority", 10)])
            name = form.format(b=base)
            if not register_orgname(name, "auth|" + county):
                if spec.get("base"):
                    raise RuntimeError("authority taken")
                continue
            e.company = name
            e.stem = base
            e.twp_base = base
            if is_twp:
                place = pick(TWP_PLACES[(base + " Township", county)])
            else:
                place = place_of_town(base, county)
            e.place = place
            if spec.get("addr"):
                e.addr = copy_addr(spec["addr"])
            else:
                e.addr = make_rural_addr(place) if chance(0.6) else make_pobox(place)
            org_contact_block(e, 3)
            own = chance(0.35)
            e.domain = new_domain(base + "authority", "example.org") if own else None
            e.email = org_email(["office", "manager", "billing"],
                                slug(base) + "auth", "PA", e.domain)
            e.phone = spec.get("phone") or place_phone(place)
            e.county = county
            break
        if kind == "fire_company":
            if spec.get("base"):
                base, county = spec["base"], spec["county"]
                place = spec["place"]
            else:
                place = weighted_place(PA_PLACES + MD_PLACES,
                                       lambda p: 0.3 if p["state"] == "MD" else 1.0)
                county = place["county"]
                r = R.random()
                if r < 0.45 or not (place["villages"] or place["twps"]):
                    base = place["city"]
                elif r < 0.75 and place["villages"]:
                    base = pick(place["villages"])
                elif place["twps"]:
                    base = pick(place["twps"])
                else:
                    base = place["city"]
            form = spec.get("form") or wpick([
                ("{b} Volunteer Fire Company", 55), ("{b} Fire Company", 15),
                ("{b} Hose Company", 8), ("{b} Volunteer Fire Department", 10),
                ("{b} Fire & Rescue", 7), ("{b} Fire Company No. 1", 5)])
            name = form.format(b=base)
            if not register_orgname(name, "fire|" + county):
                if spec.get("base"):
                    raise RuntimeError("fire co taken")
                continue
            e.company = name
            e.stem = base.replace(" Township", "")
            e.twp_base = e.stem
            e.place = place
            e.addr = make_town_addr(place) if place["town"] and chance(0.6) else make_rural_addr(place)
            if spec.get("addr"):
                e.addr = copy_addr(spec["addr"])
            org_contact_block(e, 3)
            e.email = org_email(["vfc", "firecompany", "treasurer"],
                                slug(e.stem) + pick(["vfc", "fire", "fireco"]),
                                place["state"], None) if chance(0.7) else None
            e.phone = spec.get("phone") or place_phone(place)
            e.county = county
            break
        if kind == "church":
            place = place or weighted_place(PA_PLACES + MD_PLACES,
                                            lambda p: 0.3 if p["state"] == "MD" else 1.0)
            r = R.random()
            if spec.get("name"):
                name = spec["name"]
                stem = spec.get("stem")
            elif r < 0.38:
                stem = pick(SAINTS)
                name = stem + " " + pick(SAINT_DENOMS)
            elif r < 0.72:
                stem = pick(CHURCH_NAMES)
                name = stem + " " + pick(NAME_DENOMS)
            else:
                stem = pick(place["villages"] + [place["city"]] + FEATURES[:30])
                name = stem + " " + pick(PLACE_DENOMS)
            if not register_orgname(name, "church|" + place["city"]):
                if spec.get("name"):
                    raise RuntimeError("church taken")
                place = None
                continue
            e.company = name
            e.stem = stem
            e.place = place
            e.addr = make_rural_addr(place) if chance(0.55) else (
                make_town_addr(place, street=pick(["Church St", "Main St", "High St"]))
                if place["town"] else make_rural_addr(place))
            plain_ch = "Mennonite" in name or "Brethren" in name
            org_contact_block(e, 3, plain=plain_ch and chance(0.5))
            if chance(0.5):
                e.domain = new_domain(slug(stem) + slug(place["city"]), pick(["example.org", "example.net"])) \
                    if chance(0.4) else None
                e.email = org_email(["office", "secretary", "treasurer", "pastor"],
                                    slug(stem) + church_slug_tail(name),
                                    place["state"], e.domain)
            if chance(0.85):
                e.phone = place_phone(place)
            e.county = place["county"]
            break
        if kind in ("hunting_camp", "rod_gun_club"):
            cp, twp = camp_place()
            if spec.get("name"):
                name, stem = spec["name"], spec["stem"]
            elif kind == "hunting_camp":
                r = R.random()
                if r < 0.6:
                    stem = pick(FEATURES)
                    name = stem + " Hunting Camp"
                elif r < 0.75:
                    stem = pick(SURNAMES)
                    name = stem + " Hunting Camp"
                elif r < 0.9:
                    stem = pick(FEATURES)
                    name = stem + " Hunting Club"
                else:
                    stem = pick(["Hemlock Hollow", "Buck Tail", "Laurel Lodge",
                                 "Bear Den", "Hogback", "Big Timber", "Spike Camp",
                                 "Rattlesnake Ridge", "Deer Haven", "Blue Jay"])
                    name = stem + " Camp"
            else:
                stem = pick(FEATURES + [cp["city"]])
                name = stem + wpick([(" Rod & Gun Club", 60), (" Sportsmen's Club", 25),
                                     (" Sportsmen's Association", 15)])
            if not register_orgname(name, "camp|" + cp["county"]):
                if spec.get("name"):
                    raise RuntimeError("camp taken")
                continue
            e.company = name
            e.stem = stem
            e.place = cp
            e.prop = make_rural_addr(cp, township=twp, kind="rural")
            org_contact_block(e, 4)
            treasurer_home = make_home_addr() if chance(0.6) else None
            if kind == "hunting_camp" and treasurer_home and chance(0.55):
                e.addr = treasurer_home
                e.phone = new_phone(treasurer_home["area"], treasurer_home["home_exch"], cell=chance(0.5))
                contact_p = 0.9
            else:
                e.addr = copy_addr(e.prop) if kind == "hunting_camp" else make_rural_addr(cp)
                if kind == "rod_gun_club":
                    e.prop = copy_addr(e.addr)
                e.phone = place_phone(cp, cell=True) if chance(0.8) else None
            c0 = e.contacts[0]
            if chance(0.65):
                e.email = person_email(c0["given"], c0["family"], "PA") if chance(0.6) else \
                    org_email(["camp", "club", "treasurer"], slug(stem) + pick(["camp", "club", "rgc"]),
                              "PA", None)
            e.county = cp["county"]
            if e.addr is None:
                e.addr = copy_addr(e.prop)
            break
        if kind == "campground":
            place = place or rural_place()
            stem = spec.get("stem") or pick(FEATURES)
            name = stem + wpick([(" Campground", 45), (" Family Campground", 25),
                                 (" Campground & RV Park", 20), (" Camping Resort", 10)])
            if not register_orgname(name, "cg"):
                if spec.get("stem"):
                    raise RuntimeError("campground taken")
                continue
            e.company = with_legal(name, legal_suffix(kind))
            e.stem = stem
            e.place = place
            e.addr = make_rural_addr(place)
            org_contact_block(e, 2)
            e.domain = new_domain(stem + "campground") if chance(0.5) else None
            e.email = org_email(["info", "camp", "reservations", "office"],
                                slug(stem) + "camp", place["state"], e.domain)
            e.phone = place_phone(place)
            e.county = place["county"]
            break
        if kind == "school":
            if chance(0.55):
                place = place or plain_place()
                stem = pick(place["villages"] + FEATURES[:40] + ["Meadow View", "Hickory Lane",
                                                                 "Sunny Slope", "Green Meadow",
                                                                 "Valley Brook", "Locust Lane"])
                name = stem + wpick([(" Parochial School", 55), (" School", 25),
                                     (" Amish School", 10), (" Mennonite School", 10)])
                plain_s = True
            else:
                place = place or town_place()
                stem = pick([place["city"]] + FEATURES[:40])
                name = stem + wpick([(" Christian School", 45), (" Christian Academy", 35),
                                     (" Mennonite School", 20)])
                plain_s = False
            if not register_orgname(name, "school|" + place["county"]):
                continue
            e.company = name
            e.stem = stem
            e.place = place
            e.addr = make_rural_addr(place)
            org_contact_block(e, 3, plain=plain_s)
            if not plain_s:
                e.domain = new_domain(stem + "school", "example.org") if chance(0.6) else None
                e.email = org_email(["office", "admin", "school"], slug(stem) + "school",
                                    place["state"], e.domain)
                e.phone = place_phone(place)
            else:
                e.phone = shanty_phone(place) if chance(0.5) else None
                e.plain = True
            contact_p = 0.9 if plain_s else 0.6
            e.county = place["county"]
            break
        if kind == "diner":
            place = place or weighted_place(PA_PLACES + MD_PLACES,
                                            lambda p: 0.3 if p["state"] == "MD" else 1.0)
            fam = pick(SURNAMES)
            r = R.random()
            if spec.get("stem"):
                stem = spec["stem"]
                name = stem + wpick([(" Diner", 40), (" Family Restaurant", 40), (" Restaurant", 20)])
            elif r < 0.35:
                stem = pick(FEATURES + [place["city"]])
                name = stem + " Diner"
            elif r < 0.65:
                stem = pick(FEATURES + [place["city"]])
                name = stem + " Family Restaurant"
            elif r < 0.85:
                stem = fam
                name = fam + "'s Country Kitchen"
            else:
                stem = pick(FEATURES)
                name = stem + pick([" Restaurant", " Inn", " Grill"])
            if not register_orgname(name, "diner"):
                if spec.get("stem"):
                    raise RuntimeError("diner taken")
                continue
            e.company = name
            e.stem = stem
            e.place = place
            e.addr = make_rural_addr(place, kind="route") if (routes_for(place) and chance(0.5)) \
                else (make_town_addr(place) if place["town"] else make_rural_addr(place))
            org_contact_block(e, 2, family=fam if stem == fam else None)
            e.email = org_email(["info", "diner", "orders"], slug(stem) + pick(["diner", "restaurant", ""]),
                                place["state"], None) if chance(0.6) else None
            e.phone = place_phone(place)
            e.county = place["county"]
            break
        if kind in ("farm_llc", "dairy", "produce_stand"):
            plain_o = chance(0.15 if kind == "farm_llc" else (0.4 if kind == "dairy" else 0.6))
            place = place or (plain_place() if plain_o else rural_place())
            if spec.get("family"):
                fam = spec["family"]
                plain_o = spec.get("plain", plain_o)
            else:
                fam = (pick(PLAIN_COMMON + PLAIN_OTHER) if plain_o
                       else (pick(SURNAMES) if chance(0.85) else pick(PLAIN_OTHER)))
            stem = fam
            if kind == "farm_llc":
                form = spec.get("form") or wpick([
                    ("{f} Family Farms", 30), ("{f} Acres", 12), ("{x} Farms", 14),
                    ("{f} Bros. Farms", 8), ("{f} Farms", 20), ("{f} Poultry Farm", 6),
                    ("{f} Orchards", 5 if place["county"] in ("Franklin", "Cumberland") else 0.5),
                    ("{f} Hog Farm", 5)])
                if "{x}" in form:
                    stem = pick(FEATURES)
                base = form.format(f=fam, x=stem)
                name = with_legal(base, legal_suffix(kind))
            elif kind == "dairy":
                form = spec.get("form") or wpick([
                    ("{f} Dairy", 30), ("{f} Dairy Farm", 25), ("{x} Dairy", 15),
                    ("{x} View Dairy", 10), ("{f} Bros. Dairy", 10), ("{f} Holsteins", 10)])
                if "View" in form:
                    stem = pick(["Hill", "Valley", "Mountain", "Meadow", "Ridge", "Creek",
                                 "Sunny", "Spring", "Pleasant", "Grand", "Fair", "Blue"]) + " View"
                    form = "{x} Dairy"
                elif "{x}" in form:
                    stem = pick(FEATURES)
                base = form.format(f=fam, x=stem)
                name = with_legal(base, legal_suffix(kind))
            else:
                form = spec.get("form") or wpick([
                    ("{f}'s Produce", 30), ("{f} Produce Stand", 20), ("{x} Farm Market", 20),
                    ("{f}'s Roadside Stand", 10), ("{f} Fruit Farm", 10),
                    ("{f} Greenhouse & Produce", 10)])
                if "{x}" in form:
                    stem = pick(FEATURES)
                base = form.format(f=fam, x=stem)
                name = base
            if not register_orgname(name, "farm"):
                if spec.get("family"):
                    raise RuntimeError("farm taken")
                continue
            e.company = name
            e.stem = stem
            e.legal = name[len(base):].strip(", ") or None
            e.place = place
            e.addr = copy_addr(spec["addr"]) if spec.get("addr") else make_rural_addr(place)
            e.plain = plain_o
            org_contact_block(e, 2, plain=plain_o, family=fam)
            if spec.get("contact"):
                e.contacts[0] = dict(spec["contact"])
            if plain_o:
                e.phone = spec.get("phone") or (shanty_phone(place) if chance(0.5) else place_phone(place))
                e.email = None
                if chance(0.08):
                    e.email = org_email(["farm", "produce"], slug(fam) + pick(["farm", "produce", "dairy"]),
                                        place["state"], None)
            else:
                e.phone = spec.get("phone") or place_phone(place, cell=chance(0.4))
                if chance(0.6):
                    c0 = e.contacts[0]
                    e.email = person_email(c0["given"], c0["family"], place["state"]) if chance(0.5) else \
                        org_email(["farm", "office", "info"], slug(stem) + pick(["farms", "farm", "dairy", "acres"]),
                                  place["state"], None)
            contact_p = 0.85
            e.county = place["county"]
            break
        if kind == "mobile_home_park":
            place = place or rural_place()
            stem = pick(MHP_NAMES)
            name = stem + wpick([(" Mobile Home Park", 75), (" Mobile Home Community", 10),
                                 (" Mobile Home Court", 15)])
            if not register_orgname(name, "mhp|" + place["county"]):
                continue
            e.company = with_legal(name, wpick([(None, 70), ("LLC", 30)]))
            e.stem = stem
            e.place = place
            e.addr = make_rural_addr(place)
            e.addr["unit"] = "Office" if chance(0.3) else None
            org_contact_block(e, 3)
            e.email = org_email(["office", "manager", "park"], slug(stem) + "mhp",
                                place["state"], None) if chance(0.6) else None
            e.phone = place_phone(place)
            e.county = place["county"]
            break
        if kind in ("property_manager", "realtor"):
            place = place or weighted_place(TOWN_PLACES, lambda p: 0.3 if p["state"] == "MD" else 1.0)
            fam = pick(SURNAMES)
            if spec.get("stem"):
                stem = spec["stem"]
            elif chance(0.5):
                stem = fam
            else:
                stem = pick(FEATURES + [place["city"] + " Area", place["county"] + " County"])
            if kind == "property_manager":
                base = stem + wpick([(" Property Management", 45), (" Rentals", 25),
                                     (" Property Services", 15), (" Property Mgmt", 5),
                                     (" Real Estate Management", 10)])
            else:
                base = stem + wpick([(" Realty", 40), (" Real Estate", 25),
                                     (" Real Estate Group", 15), (" Realty Group", 10),
                                     (" & Associates Real Estate", 10 if stem == fam else 0)])
            legal = legal_suffix(kind)
            name = with_legal(base, legal)
            if not register_orgname(base, "re"):
                if spec.get("stem"):
                    raise RuntimeError("realty taken")
                continue
            e.company = name
            e.legal = legal.strip(", ") if legal else None
            e.stem = stem
            e.place = place
            e.addr = make_town_addr(place, unit=("Suite " + str(R.randint(1, 210))) if chance(0.3) else None)
            org_contact_block(e, 4, family=fam if stem == fam else None)
            e.domain = new_domain(base)
            e.email = org_email(["office", "info", "admin", "billing"], slug(stem), place["state"], e.domain)
            e.phone = place_phone(place)
            e.agents = []
            for c in e.contacts:
                ag = dict(c)
                for _k in range(20):
                    em = (slug(c["given"])[:1] + slug(c["family"]) if chance(0.6)
                          else slug(c["given"]) + "." + slug(c["family"])) + "@" + e.domain
                    if register_email(em):
                        ag["email"] = em
                        break
                ag["phone"] = new_phone(place["area"], None, cell=True)
                e.agents.append(ag)
            e.county = place["county"]
            for _k in range(R.randint(2, 6)):
                pp = weighted_place(COUNTY_PLACES[place["county"]])
                e.properties.append(make_rural_addr(pp) if chance(0.7) or not pp["town"]
                                    else make_town_addr(pp))
            break
        if kind in ("plumber", "excavator"):
            place = place or weighted_place(PA_PLACES + MD_PLACES,
                                            lambda p: 0.3 if p["state"] == "MD" else 1.0)
            fam = spec.get("family") or (pick(SURNAMES) if chance(0.85) else pick(PLAIN_OTHER))
            use_fam = (spec.get("family") is not None) or (not spec.get("stem") and chance(0.8))
            stem = fam if use_fam else (spec.get("stem") or pick(FEATURES))
            if kind == "plumber":
                base = stem + wpick([(" Plumbing & Heating", 35), (" Plumbing", 25),
                                     (" Plumbing, Heating & AC", 15), (" Mechanical", 10),
                                     (" & Sons Plumbing", 10 if use_fam else 0),
                                     (" Well & Pump", 5)])
            else:
                base = stem + wpick([(" Excavating", 45), (" & Sons Excavating", 12 if use_fam else 0),
                                     (" Backhoe Service", 10), (" Site Work", 10),
                                     (" Excavating & Septic", 13), (" Earthmoving", 10)])
            legal = legal_suffix(kind)
            name = with_legal(base, legal)
            if not register_orgname(base, "trade"):
                if spec.get("family"):
                    raise RuntimeError("trade taken")
                continue
            e.company = name
            e.legal = legal.strip(", ") if legal else None
            e.stem = stem
            e.place = place
            e.addr = make_rural_addr(place) if chance(0.75) or not place["town"] else make_town_addr(place)
            org_contact_block(e, 2, family=fam)
            if spec.get("contact"):
                e.contacts[0] = dict(spec["contact"])
            e.phone = place_phone(place, cell=chance(0.35))
            if chance(0.75):
                if chance(0.35):
                    e.domain = new_domain(base)
                    e.email = org_email(["office", "info", "service"], slug(stem), place["state"], e.domain)
                else:
                    e.email = org_email(["x"], slug(stem) + pick(["plumbing", "exc", "excavating", "",
                                                                  "htg", "inc"]),
                                        place["state"], None)
            contact_p = 0.85
            e.county = place["county"]
            break
        raise ValueError(kind)
    else:
        raise RuntimeError("could not build org " + kind)
    if e.legal is None and e.company:
        m = re.search(r",?\s+(LLC|Inc\.)$", e.company)
        if m:
            e.legal = m.group(1)
    e.style["show_contact"] = chance(contact_p)
    if OFFICE_REG_OPEN[0]:
        if kind == "township":
            OFFICE_REG.setdefault((e.company, e.county), []).append(e)
        elif kind == "realtor":
            OFFICE_REG.setdefault(("realtor", e.county), []).append(e)
    finish_style(e)
    if e.addr is None and e.phone is None and e.email is None:
        e.phone = place_phone(e.place)
    return e


# ---------------------------------------------------------------------------
# RENDERING: how a record is written
# ---------------------------------------------------------------------------

ADDR_SUB = ["line1", "line2", "city", "region", "postalCode", "country"]
A_FIELDS = ["address." + k for k in ADDR_SUB]

KEY_NEIGH = {
    "a": "qwsz", "b": "vghn", "c": "xdfv", "d": "serfcx", "e": "wsdr",
    "f": "drtgvc", "g": "ftyhbv", "h": "gyujnb", "i": "ujko", "j": "huikmn",
    "k": "jiolm", "l": "kop", "m": "njk", "n": "bhjm", "o": "iklp",
    "p": "ol", "q": "wa", "r": "edft", "s": "awedxz", "t": "rfgy",
    "u": "yhji", "v": "cfgb", "w": "qase", "x": "zsdc", "y": "tghu",
    "z": "asx",
}


def typo(s):
    if not s:
        return s
    if len(s) < 3:
        return s + s[-1]
    for _ in range(30):
        i = R.randrange(1, len(s))
        ch = s[i]
        k = wpick([("drop", 3), ("double", 2), ("swap", 3), ("key", 3)])
        t = None
        if k == "drop" and ch.isalpha():
            t = s[:i] + s[i + 1:]
        elif k == "double" and ch.isalpha():
            t = s[:i] + ch + s[i:]
        elif (k == "swap" and i < len(s) - 1 and ch.isalpha()
              and s[i + 1].isalpha() and s[i + 1] != ch):
            t = s[:i] + s[i + 1] + ch + s[i + 2:]
        elif k == "key" and ch.lower() in KEY_NEIGH:
            n = pick(KEY_NEIGH[ch.lower()])
            t = s[:i] + (n.upper() if ch.isupper() else n) + s[i + 1:]
        if t and t != s:
            return t
    return s + s[-1]


PHONE_STYLES = ["parens", "parens_nospace", "dashes", "dots", "digits",
                "spaces", "one_dashes", "plus1", "plus1_compact", "slash",
                "mixed"]


def fmt_phone(num, style, ext=None):
    a, e, l = num[:3], num[3:6], num[6:]
    s = {
        "parens": "(%s) %s-%s" % (a, e, l),
        "parens_nospace": "(%s)%s-%s" % (a, e, l),
        "dashes": "%s-%s-%s" % (a, e, l),
        "dots": "%s.%s.%s" % (a, e, l),
        "digits": "%s%s%s" % (a, e, l),
        "spaces": "%s %s %s" % (a, e, l),
        "one_dashes": "1-%s-%s-%s" % (a, e, l),
        "plus1": "+1 %s-%s-%s" % (a, e, l),
        "plus1_compact": "+1%s%s%s" % (a, e, l),
        "slash": "%s/%s-%s" % (a, e, l),
        "mixed": "%s %s-%s" % (a, e, l),
        "local": "%s-%s" % (e, l),
        "local_nodash": "%s%s" % (e, l),
    }[style]
    if ext:
        s += ext
    return s


def fmt_suffix(sfx, fmt):
    if fmt in ("nodot", "comma_nodot"):
        return sfx.replace(".", "")
    if fmt == "upper":
        return sfx.replace(".", "").upper()
    return sfx


def base_person_spec(e):
    return {
        "given": e.given, "family": e.family,
        "mi": e.mi if e.style.get("show_mi") else None, "mi_dot": True,
        "suffix": e.suffix, "sfx_fmt": "std",
        "spouse": e.spouse if e.style.get("show_spouse") else None,
        "spouse_first": False,
        "given_with_spouse": e.style.get("given_with_spouse", False),
        "title": e.style.get("title"), "family_tag": False,
        "estate": "estate_of" if e.kind == "estate" else None,
        "order": "first_last", "swap": False, "amp": "&",
        "given_missing": False, "family_missing": False,
    }


def render_person(ps):
    g = ps["given"] or ""
    f = ps["family"] or ""
    sp = ps["spouse"]
    amp = ps["amp"]
    sfx = fmt_suffix(ps["suffix"], ps["sfx_fmt"]) if ps["suffix"] else None
    gf, ff = g, f
    if sp and ps["given_with_spouse"]:
        gf = ("%s %s %s" % (sp, amp, g)) if ps["spouse_first"] else ("%s %s %s" % (g, amp, sp))
    elif sp and ps["spouse_first"]:
        gf = sp
    if ps["swap"]:
        gf, ff = ff, gf
    first = g
    if sp:
        first = ("%s %s %s" % (sp, amp, g)) if ps["spouse_first"] else ("%s %s %s" % (g, amp, sp))
    elif ps["mi"]:
        first = "%s %s%s" % (g, ps["mi"], "." if ps["mi_dot"] else "")
    last = f
    if sfx:
        last = ("%s, %s" % (f, sfx)) if ps["sfx_fmt"].startswith("comma") else ("%s %s" % (f, sfx))
    if ps["swap"]:
        first, last = last, first
    order = ps["order"]
    title = ps["title"]
    if order == "first_last":
        core = "%s %s" % (first, last)
        if title:
            core = title + " " + core
    elif order == "last_first_comma":
        core = "%s, %s" % (last, first)
        if title:
            core = "%s, %s %s" % (last, title, first)
    else:
        core = "%s %s" % (last, first)
        if title:
            core = "%s %s %s" % (last, title, first)
    if ps["family_tag"]:
        core += " & Family"
    est = ps["estate"]
    if est == "estate_of":
        core = "Estate of " + core
    elif est == "est_of":
        core = "Est. of " + core
    elif est == "estate_suffix":
        core = core + " Estate"
    elif est == "deceased":
        core = core + ", Deceased"
    elif est == "paren":
        core = core + " (Estate)"
    elif est == "dec":
        core = core + " (Dec'd)"
    gn = None if ps["given_missing"] else (gf or None)
    fn = None if ps["family_missing"] else (ff or None)
    return core.strip(), gn, fn


def street_type_str(stype, mode):
    if not stype:
        return ""
    if mode == "full":
        return STREET_TYPES[stype]
    if mode == "abbr_dot" and stype not in ("Way", "Pike", "Path", "Crossing"):
        return stype + "."
    return stype


def dir_str(d, mode):
    if mode == "full":
        return DIRS[d]
    if mode == "abbr_dot":
        return d + "."
    return d


def route_str(a, st):
    r = a["route"]
    if a["us"]:
        m = st.get("us", "US Route")
        return {"US Route": "US Route %s", "US Hwy": "US Hwy %s", "US": "US %s",
                "Route": "Route %s", "Rt": "Rt %s", "US-": "US-%s"}[m] % r
    m = st.get("route", "Route")
    return {"Route": "Route %s", "State Route": "State Route %s", "SR": "SR %s",
            "Rt": "Rt %s", "Rt.": "Rt. %s", "PA-": "PA-%s", "PA": "PA %s",
            "Rte": "Rte %s", "State Rte": "State Rte %s"}[m] % r


def rd_str(rd, fmt):
    n, box = rd
    return {
        "RD": "RD %s Box %s", "RR": "RR %s Box %s", "R.D.": "R.D. %s Box %s",
        "R.R.": "R.R. %s, Box %s", "Rural Route": "Rural Route %s Box %s",
        "RD#": "RD #%s, Box %s", "RR_compact": "RR%s Box %s",
        "RD_comma": "RD %s, Box %s",
    }[fmt] % (n, box)


def twp_str(twp, fmt):
    base = twp[:-len(" Township")] if twp.endswith(" Township") else twp
    return {"Township": base + " Township", "Twp": base + " Twp",
            "Twp.": base + " Twp.", "bare": base, "TWP": base + " TWP"}[fmt]


REGION_FMT = {
    "PA": {"std": "PA", "Pa": "Pa", "Penn": "Penn", "Pennsylvania": "Pennsylvania",
           "PA.": "PA.", "Penna": "Penna", "pa": "pa"},
    "MD": {"std": "MD", "Pa": "Md", "Penn": "Md.", "Pennsylvania": "Maryland",
           "PA.": "MD.", "Penna": "Maryland", "pa": "md"},
}


def render_line1(a, st):
    if st.get("use_rd") and a.get("rd"):
        return rd_str(a["rd"], st.get("rd_fmt", "RD"))
    if a["kind"] == "pobox":
        return "%s %s" % (st.get("pobox", "PO Box"), a["box"])
    if a["kind"] == "route":
        return "%s %s" % (a["num"], route_str(a, st))
    parts = [str(a["num"])]
    if a.get("predir"):
        parts.append(dir_str(a["predir"], st.get("dir", "abbr")))
    parts.append(a["name"])
    if a.get("stype"):
        parts.append(street_type_str(a["stype"], st.get("stype", "abbr")))
    if a.get("post"):
        parts.append(dir_str(a["post"], st.get("dir", "abbr")))
    return " ".join(parts)


def render_address(a, st):
    if a is None:
        return None
    line1 = render_line1(a, st)
    line2 = a.get("unit")
    if st.get("unit_merged") and line2:
        # the unit was always typed on the street line for this customer
        line1 = line1 + " " + line2
        line2 = None
    if st.get("line2") is not None:
        line2 = st["line2"] or None
    if st.get("unit_in_line1") and line2:
        line1 = line1 + st.get("merge_sep", " ") + line2
        line2 = None
    if st.get("care_of"):
        line2 = line1 if not line2 else (line1 + ", " + line2)
        line1 = st["care_of"]
    mode = st.get("city_mode", "mail")
    if mode == "township" and a.get("township"):
        city = twp_str(a["township"], st.get("twp_fmt", "Twp"))
    elif mode == "village" and st.get("village"):
        city = st["village"]
    else:
        city = a["city"]
    reg = st.get("region", "std")
    region = None if reg == "none" else REGION_FMT.get(a["state"], {}).get(reg, a["state"])
    zm = st.get("zip_mode", "5")
    if zm == "5":
        pc = a["zip"]
    elif zm == "plus4":
        pc = a["zip"] + "-" + a["zip4"]
    elif zm == "zip9":
        pc = a["zip"] + a["zip4"]
    elif zm == "wrongplus4":
        pc = a["zip"] + "-" + st.get("wrong4", "0001")
    elif zm == "wrong":
        pc = st.get("wrong_zip", a["zip"])
    else:
        pc = None
    return {"line1": line1, "line2": line2, "city": city, "region": region,
            "postalCode": pc, "country": st.get("country")}


def get_field(c, f):
    if f.startswith("address."):
        a = c.get("address")
        return a.get(f[8:]) if a else None
    return c.get(f)


def set_field(c, f, v):
    if f.startswith("address."):
        if c.get("address") is not None:
            c["address"][f[8:]] = v
    else:
        c[f] = v


class Draft(object):
    def __init__(self, ent, source):
        self.e = ent
        self.source = source
        self.party = ent.party
        if ent.party == "person":
            self.ps = base_person_spec(ent)
            self.os = None
        else:
            self.ps = None
            c0 = ent.contacts[0] if (ent.contacts and ent.style.get("show_contact")) else None
            self.os = {"company": ent.company, "dn": None,
                       "cg": c0["given"] if c0 else None,
                       "cf": c0["family"] if c0 else None}
        self.company_wrong = None
        self.email = ent.email
        self.phone = ent.phone
        self.pstyle = ent.style.get("phone", "parens")
        self.pext = None
        self.addr = copy_addr(ent.addr)
        self.ast = dict(ent.addr_style)
        self.tags = {}
        self.post = []
        self.addr_swapped = False

    def tag(self, field, what):
        lst = self.tags.setdefault(field, [])
        if what not in lst:
            lst.append(what)

    def retag(self, field, what):
        """the field's value was replaced as a whole: earlier tags are void"""
        self.tags[field] = [what]

    def retag_addr(self, what):
        self.tags.pop("address", None)
        for s in ADDR_SUB:
            self.tags["address." + s] = [what]

    def untag(self, field, what):
        lst = self.tags.get(field)
        if lst and what in lst:
            lst.remove(what)

    def tag_addr(self, what, subs=None):
        for s in (subs or ADDR_SUB):
            self.tag("address." + s, what)

    def set_ast(self, key, val, field, what):
        if self.ast.get(key) != val:
            self.ast[key] = val
            self.tag(field, what)
            return True
        return False


def finalize(d):
    e = d.e
    if d.party == "person":
        dn, gn, fn = render_person(d.ps)
        cn = d.company_wrong
    else:
        cn = d.os["company"]
        dn = d.os["dn"] or cn
        gn, fn = d.os["cg"], d.os["cf"]
    ph = fmt_phone(d.phone, d.pstyle, d.pext) if d.phone else None
    ad = render_address(d.addr, d.ast) if d.addr else None
    if d.addr and d.ast.get("care_of"):
        # the street line is written in line 2 under a c/o line
        for t in list(d.tags.get("address.line1", [])):
            d.tag("address.line2", t)
    c = {"displayName": dn, "givenName": gn, "familyName": fn,
         "companyName": cn, "email": d.email, "phone": ph, "address": ad}
    for fn_ in d.post:
        fn_(d, c)
    return sanitize(c)


LIMITS = {"displayName": 100, "givenName": 100, "familyName": 100,
          "companyName": 100, "email": 100, "phone": 30}
ALIMITS = {"line1": 500, "line2": 500, "city": 255, "region": 255,
           "postalCode": 30, "country": 255}


def sanitize(c):
    for k, lim in LIMITS.items():
        v = c.get(k)
        if v is not None:
            if not v.strip():
                v = None
            elif len(v) > lim:
                v = v[:lim].rstrip()
        c[k] = v
    a = c.get("address")
    if a is not None:
        for k, lim in ALIMITS.items():
            v = a.get(k)
            if v is not None:
                if not v.strip():
                    v = None
                elif len(v) > lim:
                    v = v[:lim]
            a[k] = v
        if all(a.get(k) is None for k in ADDR_SUB):
            c["address"] = None
        else:
            c["address"] = {k: a.get(k) for k in ADDR_SUB}
    if not c.get("displayName"):
        c["displayName"] = c.get("companyName") or " ".join(
            x for x in (c.get("givenName"), c.get("familyName")) if x) or "Unknown"
    return {k: c.get(k) for k in ("displayName", "givenName", "familyName",
                                  "companyName", "email", "phone", "address")}


def neutral_contact(e):
    return finalize(Draft(e, None))


# ---------------------------------------------------------------------------
# NOISE OPERATIONS.  Each returns True when it changed something and tags the
# fields it touched with a word of the change vocabulary.
# ---------------------------------------------------------------------------

NAME_FIELDS = ["displayName", "givenName", "familyName", "companyName"]
ADDR_TEXT = ["address.line1", "address.line2", "address.city"]


def smart_title(s):
    out = []
    for w in s.split(" "):
        if w.isupper() and len(w) <= 3 and w in ("PA", "MD", "LLC", "RD", "RR", "PO", "SR", "US", "II", "III", "UMC", "VFC", "MHP"):
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:].lower())
    return " ".join(out)


def post_case(fields, mode, what="case"):
    def f(d, c):
        for k in fields:
            v = get_field(c, k)
            if not v:
                continue
            if mode == "upper":
                nv = v.upper()
            elif mode == "lower":
                nv = v.lower()
            else:
                nv = smart_title(v)
            if nv != v:
                set_field(c, k, nv)
                d.tag(k, what)
    return f


# ---- person names ----------------------------------------------------------

def op_nickname(d):
    if d.party != "person":
        return False
    g = d.ps["given"]
    if not g or set(d.tags.get("givenName", [])) & {"nickname", "formal_name", "initial"}:
        return False
    if g in NICKNAMES and (g not in NICK_TO_FORMAL or chance(0.7)):
        new, t = pick(NICKNAMES[g]), "nickname"
    elif g in NICK_TO_FORMAL:
        new, t = NICK_TO_FORMAL[g], "formal_name"
    else:
        return False
    if new == g:
        return False
    d.ps["given"] = new
    d.tag("givenName", t)
    d.tag("displayName", t)
    return True


def op_initial(d):
    if d.party != "person" or not d.ps["given"] or len(d.ps["given"]) < 3:
        return False
    if d.e.kind == "estate" and chance(0.5):
        return False
    d.ps["given"] = d.ps["given"][0] + ("." if chance(0.6) else "")
    d.tag("givenName", "initial")
    d.tag("displayName", "initial")
    return True


def op_mi(d):
    if d.party != "person":
        return False
    e = d.e
    if d.ps["mi"]:
        d.ps["mi"] = None
        d.tag("displayName", "middle_initial_dropped")
        return True
    if d.ps["spouse"]:
        return False
    if not e.mi:
        e.mi = pick("ABCDEFGHJKLMRSTWZ")
    d.ps["mi"] = e.mi
    d.ps["mi_dot"] = chance(0.5)
    d.tag("displayName", "middle_initial_added")
    return True


def _op_typo_name(d, which):
    if d.party != "person" or not d.ps[which]:
        return False
    old = d.ps[which]
    new = typo(old)
    if new == old:
        return False
    d.ps[which] = new
    d.tag("givenName" if which == "given" else "familyName", "typo")
    d.tag("displayName", "typo")
    return True


def op_typo_given(d):
    return _op_typo_name(d, "given")


def op_typo_family(d):
    return _op_typo_name(d, "family")


def op_spelling(d):
    if d.party != "person":
        return False
    f, g = d.ps["family"], d.ps["given"]
    if f in SPELLING and (g not in SPELLING or chance(0.7)):
        d.ps["family"] = pick(SPELLING[f])
        d.tag("familyName", "spelling_variant")
    elif g in SPELLING:
        d.ps["given"] = pick(SPELLING[g])
        d.tag("givenName", "spelling_variant")
    else:
        return False
    d.tag("displayName", "spelling_variant")
    return True


def op_swap(d):
    if (d.party != "person" or d.ps["swap"] or d.e.kind == "estate"
            or d.ps["order"] != "first_last" or d.ps["title"]):
        return False
    d.ps["swap"] = True
    for k in ("givenName", "familyName", "displayName"):
        d.tag(k, "swapped")
    return True


def op_last_first(d):
    if d.party != "person" or d.ps["order"] != "first_last" or d.ps["swap"]:
        return False
    d.ps["order"] = "last_first_comma"
    d.tag("displayName", "last_first")
    if d.ps["estate"] in ("estate_of", "est_of"):
        d.ps["estate"] = pick(["paren", "estate_suffix", "dec"])
        d.tag("displayName", "estate_form")
    return True


def op_order_nocomma(d):
    if d.party != "person" or d.ps["order"] != "first_last" or d.ps["estate"] or d.ps["swap"]:
        return False
    d.ps["order"] = "last_first"
    d.tag("displayName", "order")
    return True


def op_title(d):
    if d.party != "person" or d.e.kind == "estate" or d.ps["swap"]:
        return False
    if d.ps["title"]:
        d.ps["title"] = None
        d.tag("displayName", "title_dropped")
        return True
    e = d.e
    if e.spouse:
        d.ps["title"] = "Mr. & Mrs." if chance(0.8) else "Mr. and Mrs."
        if d.ps["spouse"]:
            d.ps["spouse"] = None
            d.tag("displayName", "spouse_dropped")
            if d.ps["given_with_spouse"] or d.ps["spouse_first"]:
                d.tag("givenName", "spouse_dropped")
    else:
        d.ps["title"] = "Mr." if e.sex == "M" else pick(["Mrs.", "Ms.", "Miss"])
    d.tag("displayName", "title_added")
    return True


def op_family_tag(d):
    if d.party != "person" or d.ps["family_tag"] or d.e.kind == "estate":
        return False
    d.ps["family_tag"] = True
    d.tag("displayName", "family_added")
    return True


def op_suffix(d):
    if d.party != "person" or not d.ps["suffix"]:
        return False
    if chance(0.6):
        d.ps["suffix"] = None
        d.tag("displayName", "suffix_dropped")
    else:
        old = d.ps["sfx_fmt"]
        new = pick([x for x in ("nodot", "upper", "comma", "comma_nodot") if x != old])
        d.ps["sfx_fmt"] = new
        if render_person(dict(d.ps, sfx_fmt=old))[0] == render_person(d.ps)[0]:
            return False
        d.tag("displayName", "suffix_format")
    return True


def op_spouse(d):
    if d.party != "person":
        return False
    e = d.e
    if d.ps["spouse"]:
        if chance(0.65):
            d.ps["spouse"] = None
            d.tag("displayName", "spouse_dropped")
            if d.ps["given_with_spouse"]:
                d.tag("givenName", "spouse_dropped")
        else:
            d.ps["spouse_first"] = True
            d.tag("displayName", "spouse_first")
            d.tag("givenName", "spouse_first")
        return True
    if e.spouse and not d.ps["title"]:
        d.ps["spouse"] = e.spouse
        d.tag("displayName", "spouse_added")
        if d.ps["given_with_spouse"]:
            d.tag("givenName", "spouse_added")
        return True
    return False


def op_married(d):
    if d.party != "person" or not d.e.maiden:
        return False
    f = d.ps["family"]
    if chance(0.65):
        d.ps["family"] = d.e.maiden
    else:
        d.ps["family"] = d.e.maiden + "-" + f if chance(0.5) else f + "-" + d.e.maiden
    d.tag("familyName", "married_name")
    d.tag("displayName", "married_name")
    return True


def op_given_missing(d):
    if d.party != "person" or d.ps["given_missing"]:
        return False
    d.ps["given_missing"] = True
    d.tag("givenName", "missing")
    return True


def op_family_missing(d):
    if d.party != "person" or d.ps["family_missing"]:
        return False
    d.ps["family_missing"] = True
    d.tag("familyName", "missing")
    return True


def op_company_wrong(d, choices=None):
    if d.party != "person" or d.company_wrong:
        return False
    e = d.e
    if choices is None:
        choices = ["N/A", "none", "Home", "Homeowner", "Self", "Residential",
                   e.family + " Farm", e.family + " Residence"]
        if e.kind == "camp_owner":
            choices += ["Hunting Camp", "Cabin", e.family + " Camp"]
        if e.kind == "landlord":
            choices += ["Rental", e.family + " Rentals"]
    d.company_wrong = pick(choices)
    d.tag("companyName", "wrongly_filled")
    return True


def op_estate_form(d):
    if d.party != "person" or d.e.kind != "estate":
        return False
    cur = d.ps["estate"]
    opts = ["est_of", "estate_suffix", "deceased", "paren", "dec", "estate_of"]
    new = pick([o for o in opts if o != cur])
    d.ps["estate"] = new
    d.tag("displayName", "estate_form")
    return True


def op_encoding(d):
    dn = d.ps if d.party == "person" else d.os
    txt = ""
    if d.party == "person":
        txt = (d.ps["given"] or "") + (d.ps["family"] or "") + ("&" if d.ps["spouse"] else "")
    else:
        txt = d.os["company"]
    if "'" not in txt and "&" not in txt:
        return False

    def f(dd, c):
        for k in NAME_FIELDS:
            v = c.get(k)
            if not v:
                continue
            nv = v
            if "'" in nv:
                nv = nv.replace("'", pick(["\u00e2\u20ac\u2122", "&#39;", "\u2019", "\u00e2\u20ac\u2122"]))
            if "&" in nv and "&#39;" not in nv:
                nv = nv.replace("&", "&amp;")
            if nv != v:
                c[k] = nv
                dd.tag(k, "encoding")
    d.post.append(f)
    return True


def op_case_names(d):
    mode = wpick([("upper", 5), ("lower", 4), ("title", 1)])
    d.post.append(post_case(NAME_FIELDS, mode))
    return True


def op_whitespace(d):
    def f(dd, c):
        v = c.get("displayName")
        if v and " " in v:
            nv = v.replace(" ", "  ", 1) if chance(0.6) else v + " "
            c["displayName"] = nv
            dd.tag("displayName", "whitespace")
    d.post.append(f)
    return True


# ---- organisation names -----------------------------------------------------

ABBR_RULES = [
    (r"\bTownship\b", ["Twp", "Twp.", "Twsp"]),
    (r"^Borough of (.+)$", [r"\1 Borough", r"\1 Boro", r"Boro of \1", r"\1 Boro."]),
    (r"\bBorough\b", ["Boro", "Boro."]),
    (r"\bMunicipal Authority\b", ["Municipal Auth.", "Mun. Auth.", "Mun Authority",
                                  "Municipal Auth", "MA"]),
    (r"\bSewer Authority\b", ["Sewer Auth.", "Sewer Auth"]),
    (r"\bVolunteer Fire Company\b", ["Vol. Fire Co.", "VFC", "Vol Fire Co",
                                     "Volunteer Fire Co.", "Fire Co."]),
    (r"\bVolunteer Fire Department\b", ["VFD", "Vol. Fire Dept.", "Fire Dept"]),
    (r"\bFire Company\b", ["Fire Co.", "Fire Co"]),
    (r"\bHose Company\b", ["Hose Co.", "Hose Co"]),
    (r"\bUnited Methodist Church\b", ["UMC", "United Methodist", "U.M. Church",
                                      "Methodist Church"]),
    (r"\bEvangelical Lutheran Church\b", ["Ev. Lutheran Church", "Lutheran Church",
                                          "Ev Luth Church"]),
    (r"\bLutheran Church\b", ["Lutheran", "Luth. Church", "Lutheran Ch."]),
    (r"\bChurch of the Brethren\b", ["COB", "Ch of the Brethren",
                                     "Church of Brethren"]),
    (r"\bMennonite Church\b", ["Mennonite", "Menn. Church", "Mennonite Ch"]),
    (r"\bPresbyterian Church\b", ["Presbyterian", "Presb. Church"]),
    (r"\bChurch of God\b", ["COG", "Ch of God"]),
    (r"\bUnited Church of Christ\b", ["UCC"]),
    (r"\bSt\. ", ["St ", "Saint "]),
    (r"\bRod & Gun Club\b", ["Rod and Gun Club", "Rod & Gun", "R&G Club",
                             "Rod-N-Gun Club"]),
    (r"\bSportsmen's Club\b", ["Sportsmens Club", "Sportsman's Club",
                               "Sportsmen Club"]),
    (r"\bSportsmen's Association\b", ["Sportsmens Assn", "Sportsmen's Assoc."]),
    (r"\bHunting Camp\b", ["Hunt Camp", "Hunting Cmp", "Camp"]),
    (r"\bHunting Club\b", ["Hunt Club"]),
    (r"\bMobile Home Park\b", ["MHP", "Mobile Home Pk", "Mobile Homes",
                               "Trailer Park", "M.H.P."]),
    (r"\bMobile Home Court\b", ["Mobile Home Ct", "MH Court"]),
    (r"\bPlumbing & Heating\b", ["Plumbing and Heating", "Plbg & Htg",
                                 "Plumbing & Htg", "Plumbing/Heating"]),
    (r"\bPlumbing, Heating & AC\b", ["Plumbing Heating & AC", "Plumbing, Heating and Air",
                                     "Plbg Htg & AC"]),
    (r"\bExcavating\b", ["Excavation", "Exc.", "Excav."]),
    (r"\b& Sons\b", ["and Sons", "& Son", "+ Sons"]),
    (r"\bBros\.", ["Bros", "Brothers"]),
    (r"\bFamily Farms\b", ["Farms", "Family Farm", "Fam. Farms"]),
    (r"\bFamily Restaurant\b", ["Family Rest.", "Restaurant", "Family Restaraunt"]),
    (r"\bFarm Market\b", ["Farm Mkt", "Farmers Market", "Market"]),
    (r"\bProduce Stand\b", ["Produce", "Produce Stnd"]),
    (r"\bRoadside Stand\b", ["Stand", "Road Stand"]),
    (r"\bCampground & RV Park\b", ["Campground", "Campground and RV Park",
                                   "Campground & RV"]),
    (r"\bCampground\b", ["Campgrounds", "Camp Ground", "Cmpgrd"]),
    (r"\bProperty Management\b", ["Property Mgmt", "Prop. Mgmt.", "Property Mgt",
                                  "Prop Mgmt"]),
    (r"\bReal Estate Group\b", ["Real Estate", "RE Group"]),
    (r"\bReal Estate\b", ["RE", "Real Estate Co"]),
    (r"\bRealty Group\b", ["Realty"]),
    (r"\bRealty\b", ["Realty Co.", "Rlty"]),
    (r"\bChristian School\b", ["Christian Sch", "Christian Sch."]),
    (r"\bChristian Academy\b", ["Christian Acad.", "Christian Academy School"]),
    (r"\bParochial School\b", ["School", "Amish School", "Parochial Sch."]),
    (r"\bDairy Farm\b", ["Dairy", "Dairy Farms"]),
    (r"\bMountain\b", ["Mtn", "Mt.", "Mtn."]),
    (r"\bValley\b", ["Vly", "Vally"]),
    (r"\bAssociates\b", ["Assoc.", "Assocs"]),
    (r"\bMechanical\b", ["Mech.", "Mechanical Services"]),
    (r"\bCountry Kitchen\b", ["Country Kitchn", "Kitchen"]),
    (r" & ", [" and "]),
]

LEGAL_RE = re.compile(r"(,?\s+)(LLC|L\.L\.C\.|Llc|Inc\.?|Incorporated)$")


def op_abbrev(d):
    if d.party != "org":
        return False
    s = d.os["company"]
    cands = [(p, r) for p, r in ABBR_RULES if re.search(p, s)]
    if not cands:
        return False
    p, reps = pick(cands)
    new = re.sub(p, pick(reps), s, count=1)
    if new == s:
        return False
    d.os["company"] = new
    d.tag("companyName", "abbreviation")
    d.tag("displayName", "abbreviation")
    return True


def op_legal(d):
    if d.party != "org":
        return False
    s = d.os["company"]
    m = LEGAL_RE.search(s)
    if not m:
        return False
    cur = m.group(0)
    if "L" in m.group(2).upper()[:1]:
        opts = [" LLC", ", LLC", " L.L.C.", " Llc", ", L.L.C.", "", ""]
    else:
        opts = [" Inc", " Inc.", ", Inc.", ", Inc", " Incorporated", "", ""]
    opts = [o for o in opts if o != cur]
    d.os["company"] = s[:m.start()] + pick(opts)
    d.tag("companyName", "legal_form")
    d.tag("displayName", "legal_form")
    return True


def op_the(d):
    if d.party != "org" or d.e.kind in ("township", "borough", "municipal_authority"):
        return False
    s = d.os["company"]
    if s.startswith("The "):
        d.os["company"] = s[4:]
    else:
        d.os["company"] = "The " + s
    d.tag("companyName", "article")
    d.tag("displayName", "article")
    return True


def op_typo_company(d):
    if d.party != "org":
        return False
    s = d.os["company"]
    words = [w for w in re.findall(r"[A-Za-z]{4,}", s)
             if w not in ("LLC", "Incorporated")]
    if not words:
        return False
    w = pick(words)
    new = s.replace(w, typo(w), 1)
    if new == s:
        return False
    d.os["company"] = new
    d.tag("companyName", "typo")
    d.tag("displayName", "typo")
    return True


def op_org_case(d):
    if d.party != "org":
        return False
    mode = wpick([("upper", 6), ("lower", 3), ("title", 1)])
    d.post.append(post_case(NAME_FIELDS, mode))
    return True


def op_contact_changed(d):
    if d.party != "org":
        return False
    e = d.e
    cur = (d.os["cg"], d.os["cf"])
    alts = [c for c in e.contacts if (c["given"], c["family"]) != cur]
    if not alts or chance(0.2):
        c = contact_person(e.plain)
        e.contacts.append(c)
    else:
        c = pick(alts)
    what = "contact_changed" if (cur[0] or cur[1]) else "added"
    d.os["cg"], d.os["cf"] = c["given"], c["family"]
    d.tag("givenName", what)
    d.tag("familyName", what)
    return True


def op_contact_missing(d):
    if d.party != "org" or not (d.os["cg"] or d.os["cf"]):
        return False
    if chance(0.75):
        d.os["cg"] = None
        d.os["cf"] = None
        d.tag("givenName", "missing")
        d.tag("familyName", "missing")
    else:
        d.os["cg"] = None
        d.tag("givenName", "missing")
    return True


def op_contact_added(d):
    if d.party != "org" or d.os["cg"] or d.os["cf"] or not d.e.contacts:
        return False
    c = d.e.contacts[0]
    d.os["cg"], d.os["cf"] = c["given"], c["family"]
    d.tag("givenName", "added")
    d.tag("familyName", "added")
    return True


def op_dn_contact(d):
    if d.party != "org" or d.os["dn"]:
        return False
    g, f = d.os["cg"], d.os["cf"]
    if not (g and f):
        if not d.e.contacts:
            return False
        g, f = d.e.contacts[0]["given"], d.e.contacts[0]["family"]
    form = pick(["{c} - {g} {f}", "{c} ({g} {f})", "{c} / {g}", "{c}, {g} {f}"])
    d.os["dn"] = form.format(c=d.os["company"], g=g, f=f)
    d.tag("displayName", "contact_appended")
    return True


def op_word_order(d):
    if d.party != "org":
        return False
    s = d.os["company"]
    m = re.match(r"^Borough of (.+)$", s)
    if m:
        new = m.group(1) + " Borough"
    else:
        m = re.match(r"^(.+) Borough$", s)
        if m:
            new = "Borough of " + m.group(1)
        else:
            m = re.match(r"^(.+) Township$", s)
            if m:
                new = "Township of " + m.group(1)
            else:
                m = re.match(r"^Town of (.+)$", s)
                if not m:
                    return False
                new = m.group(1) + " Town"
    d.os["company"] = new
    d.tag("companyName", "word_order")
    d.tag("displayName", "word_order")
    return True


def op_place_added(d):
    if d.party != "org" or d.e.kind not in ("church", "fire_company", "diner", "school",
                                             "campground", "produce_stand"):
        return False
    city = d.e.place["city"]
    if city in d.os["company"]:
        return False
    d.os["company"] = d.os["company"] + pick([" - %s", " of %s", " (%s)", ", %s"]) % city
    d.tag("companyName", "place_added")
    d.tag("displayName", "place_added")
    return True


# ---- e-mail -------------------------------------------------------------------

EMAIL_TYPO_DOMAINS = {
    "gmail.com": ["gmial.com", "gmail.con", "gmai.com", "gmail.cm", "gamil.com"],
    "yahoo.com": ["yahooo.com", "yaho.com", "yahoo.con", "yhoo.com"],
    "aol.com": ["aol.cm", "aoll.com", "aol.con"],
    "comcast.net": ["comcast.ner", "comcat.net", "comcast.com"],
    "embarqmail.com": ["embarqmail.con", "embarqmial.com", "embarqmail.net", "embarq.com"],
    "centurylink.net": ["centurylink.com", "centurytel.net", "centurylink.ent"],
    "ptd.net": ["ptd.com", "ptd.ent", "pdt.net"],
    "pa.net": ["pa.com", "pa.ent"],
    "verizon.net": ["verizon.com", "verizon.ne", "verison.net"],
    "frontier.com": ["frontier.net", "fronteir.com"],
    "frontiernet.net": ["frontier.net", "frontiernet.com"],
    "hotmail.com": ["hotmail.con", "hotmial.com", "hotmai.com"],
    "outlook.com": ["outlook.con", "outlok.com"],
    "icloud.com": ["icloud.con", "iclould.com"],
}
PROVIDER_MOVES = {
    "embarqmail.com": ["centurylink.net"], "centurylink.net": ["embarqmail.com"],
    "frontiernet.net": ["frontier.com"], "frontier.com": ["frontiernet.net"],
    "verizon.net": ["aol.com"], "ymail.com": ["yahoo.com"],
    "yahoo.com": ["ymail.com", "gmail.com"], "aol.com": ["gmail.com"],
    "comcast.net": ["gmail.com"], "ptd.net": ["gmail.com", "yahoo.com"],
    "pa.net": ["gmail.com"], "hotmail.com": ["outlook.com", "live.com"],
    "msn.com": ["outlook.com"], "att.net": ["gmail.com"],
    "myactv.net": ["gmail.com"],
}


def op_email_case(d):
    if not d.email:
        return False
    local, dom = d.email.split("@", 1)
    r = R.random()
    if r < 0.45:
        new = d.email.upper()
    elif r < 0.8:
        new = local[:1].upper() + local[1:] + "@" + dom[:1].upper() + dom[1:]
    else:
        new = ".".join(p.capitalize() for p in local.split(".")) + "@" + dom
    if new == d.email:
        return False
    d.email = new
    d.tag("email", "case")
    return True


def op_email_new(d):
    e = d.e
    if e.extra_emails and chance(0.5):
        new = pick(e.extra_emails)
    elif e.party == "person":
        g = e.given or (e.executor or {}).get("given") or "x"
        f = e.family or "y"
        if e.kind == "estate" and e.executor:
            g, f = e.executor["given"], e.executor["family"]
        st = e.addr["state"] if e.addr else "PA"
        new = person_email(g, f, st, e.spouse)
        e.extra_emails.append(new)
    else:
        if e.contacts and chance(0.6):
            c = pick(e.contacts)
            new = person_email(c["given"], c["family"], e.place["state"])
        else:
            new = org_email(["office", "billing", "info", "admin"], slug(e.stem or "org"),
                            e.place["state"], None)
        e.extra_emails.append(new)
    if new == d.email:
        return False
    d.retag("email", "new" if d.email else "added")
    d.email = new
    return True


def op_email_typo(d):
    if not d.email:
        return False
    local, dom = d.email.split("@", 1)
    for _ in range(20):
        if dom.lower() in EMAIL_TYPO_DOMAINS and chance(0.6):
            new = local + "@" + pick(EMAIL_TYPO_DOMAINS[dom.lower()])
        else:
            new = typo(local) + "@" + dom
        if register_email(new):
            d.email = new
            d.tag("email", "typo")
            return True
    return False


def op_email_provider(d):
    if not d.email:
        return False
    local, dom = d.email.split("@", 1)
    opts = PROVIDER_MOVES.get(dom.lower())
    if not opts:
        return False
    new = local + "@" + pick(opts)
    if not register_email(new):
        return False
    d.email = new
    d.tag("email", "provider_changed")
    return True


def op_email_missing(d):
    if not d.email:
        return False
    d.email = None
    d.tag("email", "missing")
    return True


# ---- phone --------------------------------------------------------------------

def op_phone_format(d):
    if not d.phone:
        return False
    new = pick([s for s in PHONE_STYLES if s != d.pstyle])
    d.pstyle = new
    d.tag("phone", "format")
    return True


def _free_variant(num, mutate):
    for _ in range(60):
        new = mutate(num)
        if new and new != num and new not in USED_PHONES and new[3] not in "01":
            USED_PHONES[new] = True
            return new
    return None


def op_phone_digit(d):
    if not d.phone:
        return False

    def m(num):
        i = R.randrange(4, 10)
        nd = str((int(num[i]) + pick([1, -1, 1, -1, 3])) % 10)
        return num[:i] + nd + num[i + 1:]
    new = _free_variant(d.phone, m)
    if not new:
        return False
    d.phone = new
    d.tag("phone", "digit_off")
    return True


def op_phone_transpose(d):
    if not d.phone:
        return False

    def m(num):
        i = R.randrange(3, 9)
        if num[i] == num[i + 1]:
            return None
        return num[:i] + num[i + 1] + num[i] + num[i + 2:]
    new = _free_variant(d.phone, m)
    if not new:
        return False
    d.phone = new
    d.tag("phone", "transposed")
    return True


def op_phone_local(d):
    if not d.phone or d.pstyle.startswith("local"):
        return False
    d.pstyle = "local" if chance(0.8) else "local_nodash"
    d.tag("phone", "local_number")
    return True


def op_phone_new(d):
    e = d.e
    if e.extra_phones and chance(0.5):
        new = pick(e.extra_phones)
    else:
        area = (e.addr or {}).get("area") or (e.place or {}).get("area") or "717"
        new = new_phone(area, None, cell=True)
        e.extra_phones.append(new)
    if new == d.phone:
        return False
    d.retag("phone", "new" if d.phone else "added")
    d.phone = new
    d.pstyle = pick(PHONE_STYLES[:6])
    return True


def op_phone_missing(d):
    if not d.phone:
        return False
    d.phone = None
    d.pext = None
    d.tag("phone", "missing")
    return True


def op_phone_area(d):
    if not d.phone:
        return False
    alt = {"717": "814", "814": "717", "301": "240", "240": "301"}.get(d.phone[:3])
    if not alt:
        return False
    new = alt + d.phone[3:]
    if new in USED_PHONES:
        return False
    USED_PHONES[new] = True
    d.phone = new
    d.tag("phone", "area_code")
    return True


def op_phone_ext(d):
    if not d.phone or d.party != "org" or d.pext:
        return False
    d.pext = pick([" x%d", " ext. %d", " ext %d", " X%d"]) % R.randint(1, 40)
    d.tag("phone", "extension")
    return True


# ---- address ------------------------------------------------------------------

def op_road_type(d):
    a = d.addr
    if not a or a["kind"] not in ("rural", "town") or not a.get("stype") or d.ast.get("use_rd"):
        return False
    cur = d.ast.get("stype", "abbr")
    return d.set_ast("stype", pick([m for m in ("abbr", "full", "abbr_dot") if m != cur]),
                     "address.line1", "road_type")


def op_route_form(d):
    a = d.addr
    if not a or a["kind"] != "route" or d.ast.get("use_rd"):
        return False
    if a["us"]:
        cur = d.ast.get("us", "US Route")
        return d.set_ast("us", pick([m for m in ("US Route", "US Hwy", "US", "Route", "Rt", "US-")
                                     if m != cur]), "address.line1", "route_form")
    cur = d.ast.get("route", "Route")
    return d.set_ast("route", pick([m for m in ("Route", "State Route", "SR", "Rt", "Rt.", "PA-",
                                                "PA", "Rte", "State Rte") if m != cur]),
                     "address.line1", "route_form")


def op_dir(d):
    a = d.addr
    if not a or not (a.get("predir") or a.get("post")) or d.ast.get("use_rd"):
        return False
    cur = d.ast.get("dir", "abbr")
    return d.set_ast("dir", pick([m for m in ("abbr", "full", "abbr_dot") if m != cur]),
                     "address.line1", "directional")


def op_rd(d):
    a = d.addr
    if not a or not a.get("rd") or d.ast.get("use_rd"):
        return False
    d.ast["use_rd"] = True
    d.ast["rd_fmt"] = wpick([("RD", 35), ("RR", 30), ("R.D.", 8), ("R.R.", 7),
                             ("Rural Route", 5), ("RD#", 5), ("RR_compact", 5),
                             ("RD_comma", 5)])
    d.tag("address.line1", "rural_route")
    return True


def op_line1_typo(d):
    if not d.addr:
        return False

    def f(dd, c):
        a = c.get("address")
        if not a or not a.get("line1"):
            return
        v = a["line1"]
        words = [w for w in re.findall(r"[A-Za-z]{4,}", v)
                 if w.lower() not in ("road", "street", "route", "state", "box", "rural",
                                      "lane", "drive", "highway", "avenue")]
        if not words:
            return
        w = pick(words)
        nv = v.replace(w, typo(w), 1)
        if nv != v:
            a["line1"] = nv
            dd.tag("address.line1", "typo")
    d.post.append(f)
    return True


def op_house_number(d):
    a = d.addr
    if not a or a["kind"] == "pobox" or d.ast.get("use_rd") or d.ast.get("care_of"):
        return False

    def f(dd, c):
        ad = c.get("address")
        if not ad or not ad.get("line1"):
            return
        m = re.match(r"^(\d+)(\s.*)$", ad["line1"])
        if not m:
            return
        n = m.group(1)
        r = R.random()
        if r < 0.4 and len(n) >= 2:
            i = R.randrange(len(n) - 1)
            nn = n[:i] + n[i + 1] + n[i] + n[i + 2:]
        elif r < 0.7 and len(n) >= 2:
            i = R.randrange(len(n))
            nn = n[:i] + n[i + 1:]
        else:
            i = R.randrange(len(n))
            nn = n[:i] + str((int(n[i]) + 1) % 10) + n[i + 1:]
        if nn and nn != n and not nn.startswith("0"):
            ad["line1"] = nn + m.group(2)
            dd.tag("address.line1", "house_number")
    d.post.append(f)
    return True


NOTES = ["CAMP", "Cabin", "BARN", "House", "Trailer", "Hunting Camp", "Upper House",
         "Tenant House", "Garage", "Shop", "Farm", "Lower Place"]


def op_note(d):
    if (not d.addr or d.ast.get("line2") or d.addr.get("unit") or d.ast.get("care_of")
            or d.addr["kind"] == "pobox" or d.ast.get("use_rd") and chance(0.5)):
        return False
    notes = list(NOTES)
    if d.e.kind in ("camp_owner", "hunting_camp"):
        notes = ["CAMP", "Cabin", "Hunting Camp", "Camp", "CABIN"]
    d.ast["line2"] = pick(notes)
    d.tag("address.line2", "note")
    return True


def op_merge(d):
    if not d.addr or d.ast.get("unit_in_line1") or d.ast.get("care_of"):
        return False
    if d.ast.get("unit_merged") and not d.ast.get("line2"):
        return False
    if not (d.ast.get("line2") or d.addr.get("unit")):
        return False
    if d.ast.get("line2") is not None and not d.ast.get("line2"):
        return False
    d.ast["unit_in_line1"] = True
    d.ast["merge_sep"] = pick([" ", ", ", " - "])
    d.tag("address.line1", "merged")
    d.tag("address.line2", "merged")
    return True


def op_split(d):
    if not d.addr or not (d.ast.get("unit_in_line1") or d.ast.get("unit_merged")):
        return False
    d.ast["unit_in_line1"] = False
    d.ast["unit_merged"] = False
    d.tag("address.line1", "split")
    d.tag("address.line2", "split")
    return True


def op_city_township(d):
    a = d.addr
    if not a or not a.get("township") or a["state"] != "PA" or d.ast.get("city_mode") == "township":
        return False
    d.ast["city_mode"] = "township"
    d.untag("address.city", "village")
    d.ast["twp_fmt"] = wpick([("Twp", 45), ("Township", 25), ("Twp.", 15), ("bare", 10), ("TWP", 5)])
    d.retag("address.city", "township")
    return True


def op_city_village(d):
    a = d.addr
    if not a or not a.get("villages") or d.ast.get("city_mode") == "village":
        return False
    d.ast["city_mode"] = "village"
    d.untag("address.city", "township")
    d.ast["village"] = pick(a["villages"])
    d.retag("address.city", "village")
    return True


def op_city_typo(d):
    if not d.addr:
        return False

    def f(dd, c):
        a = c.get("address")
        if a and a.get("city") and len(a["city"]) > 3:
            nv = typo(a["city"])
            if nv != a["city"]:
                a["city"] = nv
                dd.tag("address.city", "typo")
    d.post.append(f)
    return True


def op_region_fmt(d):
    if not d.addr:
        return False
    cur = d.ast.get("region", "std")
    return d.set_ast("region", pick([m for m in ("Pa", "Penn", "Pennsylvania", "PA.", "Penna", "pa")
                                     if m != cur]), "address.region", "format")


def op_region_missing(d):
    if not d.addr or d.ast.get("region") == "none":
        return False
    d.ast["region"] = "none"
    d.retag("address.region", "missing")
    return True


def op_zip_missing(d):
    if not d.addr or d.ast.get("zip_mode") == "none":
        return False
    d.ast["zip_mode"] = "none"
    d.retag("address.postalCode", "missing")
    return True


def op_zip_plus4(d):
    if not d.addr:
        return False
    cur = d.ast.get("zip_mode", "5")
    if cur == "5":
        d.ast["zip_mode"] = "plus4" if chance(0.85) else "zip9"
        d.retag("address.postalCode", "plus4")
        return True
    if cur in ("plus4", "zip9"):
        d.ast["zip_mode"] = "5"
        d.retag("address.postalCode", "plus4_dropped")
        return True
    return False


def op_zip_wrong4(d):
    if not d.addr or d.ast.get("zip_mode") == "none":
        return False
    w = "%04d" % R.randint(1, 9999)
    if w == d.addr["zip4"]:
        return False
    d.ast["zip_mode"] = "wrongplus4"
    d.ast["wrong4"] = w
    d.retag("address.postalCode", "wrong_plus4")
    return True


def op_zip_wrong(d):
    a = d.addr
    if not a:
        return False
    if a.get("county") and chance(0.6):
        others = dedupe([p["zip"] for p in COUNTY_PLACES.get(a["county"], []) if p["zip"] != a["zip"]])
        if others:
            d.ast["zip_mode"] = "wrong"
            d.ast["wrong_zip"] = pick(others)
            d.retag("address.postalCode", "wrong")
            return True
    z = a["zip"]
    i = R.randrange(2, 5)
    nz = z[:i] + str((int(z[i]) + pick([1, -1])) % 10) + z[i + 1:]
    d.ast["zip_mode"] = "wrong"
    d.ast["wrong_zip"] = nz
    d.retag("address.postalCode", "typo")
    return True


def op_country(d):
    if not d.addr:
        return False
    cur = d.ast.get("country")
    if cur is None:
        d.ast["country"] = pick(["USA", "US", "United States", "U.S.A."])
        d.retag("address.country", "added")
    elif chance(0.5):
        d.ast["country"] = None
        d.retag("address.country", "missing")
    else:
        d.ast["country"] = pick([x for x in ("USA", "US", "United States", "U.S.", "United States of America")
                                 if x != cur])
        d.retag("address.country", "format")
    return True


def op_addr_missing(d):
    if not d.addr:
        return False
    d.addr = None
    d.tag("address", "missing")
    return True


def op_moved(d):
    e = d.e
    if e.party != "person" or e.kind == "estate" or (e.plain and chance(0.7)):
        return False
    if getattr(e, "moved", None) is None:
        base = e.place or rural_place()
        pl = weighted_place(COUNTY_PLACES[base["county"]]) if (base.get("county") and chance(0.6)) \
            else rural_place()
        e.moved = make_rural_addr(pl) if (chance(0.6) or not pl["town"]) else make_town_addr(pl)
    d.addr = copy_addr(e.moved)
    d.retag_addr("moved")
    return True


def op_property(d, what=None):
    e = d.e
    props = list(e.properties) or ([e.prop] if e.prop else [])
    if not props:
        return False
    p = pick(props)
    if d.addr and canon_line(p) == canon_line(d.addr) and p["zip"] == d.addr["zip"]:
        return False
    d.addr = copy_addr(p)
    keep_country = d.ast.get("country")
    d.ast = dict(e.prop_style or neutral_addr_style(p))
    d.ast["country"] = keep_country
    if what is None:
        what = "camp_property" if e.kind in ("camp_owner", "hunting_camp", "rod_gun_club") \
            else "property_address"
    d.retag_addr(what)
    d.addr_swapped = True
    return True


def op_prop_line2(d):
    e = d.e
    props = list(e.properties) or ([e.prop] if e.prop else [])
    if not props or not d.addr or d.ast.get("care_of"):
        return False
    p = pick(props)
    txt = pick(["PROP: ", "Property: ", "RE: ", "Prop Loc: ", "Service at: ", "Re: "]) + \
        render_line1(p, {"stype": "abbr", "route": "Route", "us": "US"})
    if chance(0.6):
        txt += ", " + p["city"]
    d.ast["line2"] = txt
    d.retag("address.line2", "property_address")
    return True


def op_addr_case(d):
    if not d.addr:
        return False
    mode = wpick([("upper", 6), ("lower", 4)])
    d.post.append(post_case(ADDR_TEXT, mode))
    return True


def op_care_of(d):
    e = d.e
    if not d.addr or d.ast.get("care_of"):
        return False
    if e.kind == "estate" and e.executor:
        name = "%s %s" % (e.executor["given"], e.executor["family"])
    elif e.party == "org" and e.contacts:
        c = pick(e.contacts)
        name = "%s %s" % (c["given"], c["family"])
    elif e.party == "person" and e.spouse:
        name = "%s %s" % (e.spouse, e.family)
    else:
        return False
    d.ast["care_of"] = pick(["c/o ", "C/O ", "c/o ", "Care of "]) + name
    d.tag("address.line1", "care_of")
    d.tag("address.line2", "care_of")
    return True


def op_office_contact(d):
    """township sewage-program lists and realtor sheets carry the office's
    own phone and e-mail on the property owner's record"""
    e = d.e
    if d.party != "person" or not e.addr:
        return False
    a = e.prop or e.addr
    offices = OFFICE_REG.get((a.get("township"), a.get("county")), [])
    if not offices or chance(0.4):
        offices = OFFICE_REG.get(("realtor", a.get("county")), []) or offices
    if not offices:
        return False
    off = pick(offices)
    done = False
    if off.phone and off.phone != d.phone:
        d.phone = off.phone
        d.pstyle = pick(["dashes", "parens"])
        d.retag("phone", "office_phone")
        done = True
    if off.email and off.email != d.email and chance(0.5):
        d.email = off.email
        d.retag("email", "office_email")
        done = True
    return done


def op_attn(d):
    e = d.e
    if not d.addr or d.party != "org" or d.ast.get("care_of"):
        return False
    if e.contacts and chance(0.5):
        c = pick(e.contacts)
        who = "%s %s" % (c["given"], c["family"])
    else:
        who = pick(e.roles or ["Accounts Payable"])
    d.ast["line2"] = pick(["ATTN: ", "Attn: ", "ATTN ", "Attention: "]) + who
    d.retag("address.line2", "attn")
    return True


PERSON_NAME_OPS = [
    (op_nickname, 3.0), (op_initial, 0.8), (op_mi, 1.5), (op_typo_given, 1.5),
    (op_typo_family, 2.5), (op_spelling, 2.0), (op_swap, 0.8), (op_last_first, 1.5),
    (op_order_nocomma, 0.6), (op_title, 1.0), (op_family_tag, 0.5), (op_suffix, 2.0),
    (op_spouse, 2.0), (op_married, 2.0), (op_given_missing, 0.6), (op_company_wrong, 0.5),
    (op_estate_form, 3.0), (op_encoding, 1.0), (op_case_names, 1.2), (op_whitespace, 0.4),
]
ORG_NAME_OPS = [
    (op_abbrev, 4.0), (op_legal, 2.5), (op_the, 0.4), (op_typo_company, 2.0),
    (op_org_case, 1.0), (op_encoding, 1.0), (op_contact_changed, 3.0),
    (op_contact_missing, 1.2), (op_contact_added, 1.0), (op_dn_contact, 0.6),
    (op_word_order, 1.0), (op_place_added, 0.8),
]
EMAIL_OPS = [
    (op_email_case, 1.0), (op_email_new, 2.2), (op_email_typo, 1.2),
    (op_email_provider, 1.0), (op_email_missing, 2.0),
]
PHONE_OPS = [
    (op_phone_format, 1.5), (op_phone_digit, 1.5), (op_phone_transpose, 1.0),
    (op_phone_local, 1.0), (op_phone_new, 1.8), (op_phone_missing, 1.5),
    (op_phone_area, 0.4), (op_phone_ext, 0.4),
]
ADDR_OPS = [
    (op_road_type, 1.5), (op_route_form, 1.5), (op_dir, 0.6), (op_rd, 1.8),
    (op_line1_typo, 1.2), (op_house_number, 0.8), (op_note, 0.8), (op_merge, 0.8),
    (op_split, 0.8), (op_city_township, 1.8), (op_city_village, 1.0),
    (op_city_typo, 0.8), (op_region_fmt, 0.8), (op_region_missing, 0.3),
    (op_zip_missing, 1.5), (op_zip_plus4, 1.0), (op_zip_wrong4, 0.8),
    (op_zip_wrong, 0.6), (op_country, 1.0), (op_addr_missing, 0.8),
    (op_moved, 1.0), (op_property, 1.2), (op_addr_case, 0.8), (op_care_of, 0.3),
    (op_attn, 0.6), (op_prop_line2, 0.5),
]

# source habits: multipliers on noise weights
SOURCE_MULT = {
    "tablet": {"op_phone_digit": 2.5, "op_phone_transpose": 2.0, "op_rd": 2.0,
               "op_city_township": 2.0, "op_suffix": 2.0, "op_email_missing": 2.0,
               "op_typo_family": 1.5, "op_typo_given": 1.5, "op_line1_typo": 1.5,
               "op_nickname": 0.5, "op_email_new": 0.3, "op_email_provider": 0.2,
               "op_encoding": 0.0, "op_case_names": 0.0, "op_org_case": 0.0,
               "op_addr_case": 0.0, "op_attn": 0.2, "op_prop_line2": 0.1,
               "op_house_number": 1.5, "op_note": 1.5},
    "webform": {"op_nickname": 2.0, "op_email_new": 2.0, "op_email_typo": 1.5,
                "op_swap": 2.0, "op_phone_format": 1.5, "op_phone_new": 1.5,
                "op_encoding": 2.5, "op_case_names": 1.5, "op_rd": 0.2,
                "op_zip_plus4": 1.5, "op_attn": 0.2, "op_care_of": 0.1,
                "op_prop_line2": 0.2, "op_last_first": 0.2},
    "legacy": {"op_last_first": 0.3, "op_title": 2.0, "op_family_tag": 2.0,
               "op_phone_local": 2.0, "op_email_missing": 1.5, "op_zip_wrong4": 2.5,
               "op_note": 2.0, "op_rd": 1.5, "op_married": 1.5, "op_moved": 1.2,
               "op_email_provider": 1.5, "op_encoding": 0.5, "op_nickname": 0.8},
    "office": {"op_attn": 3.0, "op_care_of": 3.0, "op_prop_line2": 3.0,
               "op_contact_changed": 2.0, "op_abbrev": 1.5, "op_phone_ext": 3.0,
               "op_order_nocomma": 2.0, "op_zip_plus4": 1.5, "op_nickname": 0.6,
               "op_email_new": 1.3},
}


def noise_table(d):
    tbl = (PERSON_NAME_OPS if d.party == "person" else ORG_NAME_OPS) + EMAIL_OPS + PHONE_OPS + ADDR_OPS
    mult = SOURCE_MULT.get(d.source, {})
    out = []
    for fn, w in tbl:
        m = mult.get(fn.__name__, 1.0)
        if m > 0:
            out.append((fn, w * m))
    return out


PROFILE_OPS = {"light": (1, 1), "medium": (2, 3), "harsh": (4, 6)}


def apply_noise(d, profile):
    lo, hi = PROFILE_OPS[profile]
    n = R.randint(lo, hi)
    tbl = noise_table(d)
    done = 0
    tries = 0
    used = []
    while done < n and tries < 60:
        tries += 1
        fn = wpick(tbl)
        if fn in used and fn not in (op_typo_family, op_typo_given):
            continue
        if fn(d):
            used.append(fn)
            done += 1
    return done


# ---------------------------------------------------------------------------
# SOURCE HABITS: each upstream system writes records its own way
# ---------------------------------------------------------------------------

def _drop_spouse(d):
    if d.ps["spouse"]:
        d.ps["spouse"] = None
        d.tag("displayName", "spouse_dropped")
        if d.ps["given_with_spouse"] or d.ps["spouse_first"]:
            d.tag("givenName", "spouse_dropped")


def _set_pstyle(d, styles):
    if not d.phone:
        return
    new = pick(styles)
    if new != d.pstyle:
        d.pstyle = new
        d.tag("phone", "format")


def style_tablet(d):
    """drivers' tablet app: ALL CAPS, RD/RR routes, township for town, typos"""
    e = d.e
    if d.party == "person":
        if d.ps["suffix"] and chance(0.6):
            d.ps["suffix"] = None
            d.tag("displayName", "suffix_dropped")
        if d.ps["spouse"] and chance(0.4):
            _drop_spouse(d)
        if d.ps["mi"] and chance(0.5):
            d.ps["mi"] = None
            d.tag("displayName", "middle_initial_dropped")
        if d.ps["estate"] and chance(0.5):
            op_estate_form(d)
        elif not d.ps["estate"] and chance(0.22):
            op_order_nocomma(d)
        if chance(0.06):
            op_company_wrong(d, [e.family + " FARM", "CAMP", "CABIN", "HOUSE",
                                 e.family + " PLACE", "HOMEOWNER"])
        if e.kind == "camp_owner" and chance(0.65):
            op_property(d)
        elif e.kind == "landlord" and chance(0.55):
            op_property(d)
        elif e.kind == "estate" and e.style.get("estate_care_of") and chance(0.6):
            op_property(d, "property_address")
        elif e.kind in ("homeowner", "farm_family") and e.prop and chance(0.7):
            op_property(d, "property_address")
    else:
        if chance(0.5):
            op_abbrev(d)
        if chance(0.3):
            op_legal(d)
        if chance(0.12):
            op_dn_contact(d)
        if e.kind in ("hunting_camp", "rod_gun_club") and chance(0.65):
            op_property(d)
        elif e.kind in ("property_manager", "realtor") and chance(0.55):
            op_property(d)
    if d.email and chance(0.65):
        op_email_missing(d)
    _set_pstyle(d, ["dashes", "digits", "spaces", "mixed", "parens"])
    if chance(0.06):
        op_phone_local(d)
    if d.addr:
        if d.addr.get("rd") and chance(0.35):
            op_rd(d)
        if d.addr["kind"] == "route" and not d.ast.get("use_rd"):
            if d.addr["us"]:
                d.set_ast("us", pick(["US", "Rt", "Route", "US Hwy"]), "address.line1", "route_form")
            else:
                d.set_ast("route", pick(["SR", "Rt", "State Route", "PA-", "Route", "Rt."]),
                          "address.line1", "route_form")
        if d.addr["kind"] in ("rural", "town") and d.addr.get("stype") and not d.ast.get("use_rd"):
            d.set_ast("stype", pick(["abbr", "abbr", "full"]), "address.line1", "road_type")
        r = R.random()
        if r < 0.3:
            op_city_township(d)
        elif r < 0.4:
            op_city_village(d)
        if chance(0.45):
            op_zip_missing(d)
        elif d.ast.get("zip_mode") in ("plus4", "zip9"):
            d.ast["zip_mode"] = "5"
            d.retag("address.postalCode", "plus4_dropped")
        if d.ast.get("country"):
            d.ast["country"] = None
            d.retag("address.country", "missing")
    flds = NAME_FIELDS + ADDR_TEXT
    if chance(0.3):
        flds = flds + ["email"]
    d.post.append(post_case(flds, "upper"))


def style_webform(d):
    """web request form: typed by the customer, free-mail, nicknames"""
    e = d.e
    if d.party == "person":
        if chance(0.25):
            op_nickname(d)
        if chance(0.07):
            op_swap(d)
        if d.ps["spouse"] and chance(0.3):
            _drop_spouse(d)
        if d.ps["mi"] and chance(0.4):
            d.ps["mi"] = None
            d.tag("displayName", "middle_initial_dropped")
        if d.ps["suffix"] and chance(0.35):
            op_suffix(d)
        if e.maiden and chance(0.2):
            op_married(d)
        if chance(0.05):
            op_company_wrong(d, ["N/A", "none", "Home", "Homeowner", "Self", "n/a",
                                 "Residential", "None"])
        if d.ps["estate"] and chance(0.5):
            op_estate_form(d)
        if e.kind == "camp_owner" and chance(0.4):
            op_property(d)
        r = R.random()
        if r < 0.12:
            d.post.append(post_case(NAME_FIELDS, "lower"))
        elif r < 0.16:
            d.post.append(post_case(NAME_FIELDS, "upper"))
    else:
        if chance(0.3):
            op_abbrev(d)
        if chance(0.25):
            op_legal(d)
        if chance(0.25):
            op_contact_changed(d)
        elif chance(0.08):
            op_contact_missing(d)
        elif not d.os["cg"] and chance(0.6):
            op_contact_added(d)
        if e.kind in ("hunting_camp",) and chance(0.3):
            op_property(d)
        if chance(0.05):
            d.post.append(post_case(NAME_FIELDS, "lower"))
    if not d.email:
        op_email_new(d)
    else:
        r = R.random()
        if r < 0.18:
            op_email_new(d)
        elif r < 0.28:
            op_email_case(d)
        elif r < 0.31:
            op_email_typo(d)
    if d.phone:
        _set_pstyle(d, PHONE_STYLES)
        r = R.random()
        if r < 0.10:
            op_phone_new(d)
        elif r < 0.14:
            op_phone_missing(d)
        elif r < 0.17:
            op_phone_digit(d)
    elif chance(0.6):
        op_phone_new(d)
    if d.addr:
        if d.addr["kind"] in ("rural", "town") and d.addr.get("stype"):
            d.set_ast("stype", pick(["abbr", "full", "abbr"]), "address.line1", "road_type")
        if chance(0.15):
            d.post.append(post_case(ADDR_TEXT, "lower"))
        if chance(0.08):
            op_zip_plus4(d)
        if chance(0.08):
            op_city_township(d)
        if chance(0.4):
            d.set_ast("country", pick(["United States", "US", "USA"]),
                      "address.country", "format" if d.ast.get("country") else "added")
        r = R.random()
        if r < 0.1:
            d.set_ast("region", "Pennsylvania", "address.region", "format")
        elif r < 0.15:
            d.set_ast("region", "Pa", "address.region", "format")
    if chance(0.35):
        op_encoding(d)


def style_legacy(d):
    """old billing program export: LAST, FIRST; Mr. & Mrs.; 5-digit ZIP; notes"""
    e = d.e
    if d.party == "person":
        if d.ps["estate"]:
            d.ps["order"] = "last_first_comma"
            d.tag("displayName", "last_first")
            new = pick(["paren", "estate_suffix", "dec", "deceased"])
            if new != d.ps["estate"]:
                d.ps["estate"] = new
                d.tag("displayName", "estate_form")
        elif chance(0.7):
            op_last_first(d)
        if e.spouse and not d.ps["title"] and chance(0.25):
            op_title(d)
        if chance(0.08):
            op_family_tag(d)
        if d.ps["suffix"] and chance(0.3):
            op_suffix(d)
        if e.maiden and chance(0.15):
            op_married(d)
    else:
        if chance(0.35):
            op_abbrev(d)
        if chance(0.25):
            op_legal(d)
        if chance(0.4):
            op_contact_missing(d)
    if chance(0.5):
        d.post.append(post_case(NAME_FIELDS + ADDR_TEXT, "upper"))
    if d.email and chance(0.6):
        op_email_missing(d)
    _set_pstyle(d, ["parens_nospace", "parens", "dashes"])
    if chance(0.25):
        op_phone_local(d)
    if d.addr:
        if d.ast.get("zip_mode") in ("plus4", "zip9") and chance(0.7):
            d.ast["zip_mode"] = "5"
            d.retag("address.postalCode", "plus4_dropped")
        if chance(0.18):
            op_zip_wrong4(d)
        if chance(0.15):
            op_note(d)
        if d.addr.get("rd") and chance(0.25):
            op_rd(d)
        if d.ast.get("country"):
            d.ast["country"] = None
            d.retag("address.country", "missing")


def style_office(d):
    """township and realtor office data: ATTN and c/o lines, office contacts"""
    e = d.e
    if d.party == "org":
        if chance(0.6):
            op_attn(d)
        if chance(0.3):
            op_abbrev(d)
        if e.kind in ("realtor", "property_manager"):
            if chance(0.6):
                op_prop_line2(d)
            if e.agents and chance(0.4):
                ag = pick(e.agents)
                if (d.os["cg"], d.os["cf"]) != (ag["given"], ag["family"]):
                    d.os["cg"], d.os["cf"] = ag["given"], ag["family"]
                    d.tag("givenName", "contact_changed")
                    d.tag("familyName", "contact_changed")
                if ag.get("email") and ag["email"] != d.email:
                    d.email = ag["email"]
                    d.tag("email", "agent_email")
                if chance(0.3) and ag["phone"] != d.phone:
                    d.phone = ag["phone"]
                    d.tag("phone", "agent_phone")
        elif chance(0.3):
            op_contact_changed(d)
        if e.kind == "hunting_camp" and chance(0.3):
            op_care_of(d)
        if chance(0.2):
            op_phone_ext(d)
    else:
        if chance(0.4) and not d.ps["estate"]:
            op_order_nocomma(d)
            d.post.append(post_case(NAME_FIELDS, "upper"))
        if e.kind in ("camp_owner", "landlord") and chance(0.6):
            op_prop_line2(d)
        if e.kind == "estate":
            if not e.style.get("estate_care_of") and chance(0.5):
                op_care_of(d)
            if chance(0.4):
                op_estate_form(d)
        if d.email and chance(0.5):
            op_email_missing(d)
        if chance(0.3):
            op_office_contact(d)
    _set_pstyle(d, ["dashes", "parens", "dashes"])
    if d.addr:
        if chance(0.3):
            op_zip_plus4(d)
        if chance(0.3):
            d.set_ast("country", "USA", "address.country", "format" if d.ast.get("country") else "added")


STYLE = {"tablet": style_tablet, "webform": style_webform, "legacy": style_legacy,
         "office": style_office}


def choose_source(e):
    k = e.kind
    if e.plain or k == "plain_family":
        return wpick([("tablet", 50), ("legacy", 30), ("office", 20)])
    if k in ("homeowner", "farm_family"):
        return wpick([("tablet", 35), ("webform", 30), ("legacy", 25), ("office", 10)])
    if k == "camp_owner":
        return wpick([("tablet", 35), ("webform", 35), ("legacy", 20), ("office", 10)])
    if k == "landlord":
        return wpick([("tablet", 30), ("webform", 25), ("legacy", 20), ("office", 25)])
    if k == "estate":
        return wpick([("office", 40), ("legacy", 30), ("webform", 15), ("tablet", 15)])
    if k in ("township", "borough", "municipal_authority"):
        return wpick([("office", 50), ("legacy", 25), ("tablet", 15), ("webform", 10)])
    if k in ("fire_company", "church", "school"):
        return wpick([("legacy", 30), ("webform", 25), ("tablet", 25), ("office", 20)])
    if k in ("hunting_camp", "rod_gun_club"):
        return wpick([("webform", 35), ("tablet", 30), ("legacy", 25), ("office", 10)])
    if k in ("property_manager", "realtor"):
        return wpick([("office", 50), ("webform", 25), ("legacy", 15), ("tablet", 10)])
    return wpick([("tablet", 30), ("webform", 30), ("legacy", 30), ("office", 10)])


def choose_profile():
    return wpick([("light", 45), ("medium", 35), ("harsh", 20)])


def build(e, source, profile, prep=None):
    d = Draft(e, source)
    if prep:
        prep(d)
    STYLE[source](d)
    if profile:
        apply_noise(d, profile)
    return finalize(d), d.tags


# ---------------------------------------------------------------------------
# LABELS
# ---------------------------------------------------------------------------

TOP_FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]


def diff_fields(a, b):
    out = [k for k in TOP_FIELDS if a.get(k) != b.get(k)]
    aa, ab = a.get("address"), b.get("address")
    if (aa is None) != (ab is None):
        out.append("address")
    elif aa is not None:
        for s in ADDR_SUB:
            if aa.get(s) != ab.get(s):
                out.append("address." + s)
    return out


def changes_for(inc, comp, tag_sets, fallback="reformatted"):
    out = []
    for f in diff_fields(inc, comp):
        if f in ("email", "phone") and (inc.get(f) is None) != (comp.get(f) is None):
            special = [t for ts in tag_sets for t in ts.get(f, [])
                       if t in ("office_phone", "office_email", "agent_phone", "agent_email")]
            if inc.get(f) is None:
                out.append(f + ":missing")
            else:
                out.append(f + ":" + (special[0] if special else "added"))
            continue
        tags = []
        for ts in tag_sets:
            for t in ts.get(f, []):
                if t not in tags:
                    tags.append(t)
        if not tags:
            tags = [fallback]
        out.extend(f + ":" + t for t in tags)
    return out


def evidence(inc, comp):
    ev = []
    ea, eb = norm_email(inc.get("email")), norm_email(comp.get("email"))
    if ea and ea == eb:
        ev.append("email")
    pa, pb = norm_phone(inc.get("phone")), norm_phone(comp.get("phone"))
    if pa and pa == pb:
        ev.append("phone")
    if addr_shared(inc.get("address"), comp.get("address")):
        ev.append("address")
    return ev


def rec_city(c):
    a = c.get("address")
    return norm_city(a.get("city")) if a else ""


CITY_INDEX = {}


def build_city_index(contacts):
    CITY_INDEX.clear()
    for i, c in enumerate(contacts):
        k = rec_city(c)
        if k:
            CITY_INDEX.setdefault(k, []).append(i)


def findable_name_city(inc, comp_idx, pool):
    city = rec_city(inc)
    if not city or rec_city(pool[comp_idx]) != city:
        return False
    s0 = name_sim(inc, pool[comp_idx])
    if s0 < 0.5:
        return False
    for j in CITY_INDEX.get(city, []):
        if j != comp_idx and name_sim(inc, pool[j]) >= s0 - 0.2:
            return False
    return True


def name_key(c, party):
    if party == "org":
        src = {"companyName": c.get("companyName")}
    else:
        src = {"givenName": c.get("givenName"), "familyName": c.get("familyName")}
        if not (src["givenName"] or src["familyName"]):
            src = {"displayName": c.get("displayName")}
    return sorted(name_tokens(src))


def fam_key(c):
    f = c.get("familyName")
    if not f:
        return ""
    return re.sub(r"[^a-z]", "", f.lower())


def compute_shared(inc, anc, party_inc, party_anc, stem=None):
    out = []
    ka, kb = name_key(inc, party_inc), name_key(anc, party_anc)
    if ka and ka == kb:
        out.append("name")
    fa, fb = fam_key(inc), fam_key(anc)
    if fa and fa == fb:
        out.append("familyName")
    ea, eb = norm_email(inc.get("email")), norm_email(anc.get("email"))
    if ea and ea == eb:
        out.append("email")
    da, db = email_domain(inc.get("email")), email_domain(anc.get("email"))
    if da and da == db and da not in FREEMAIL and ea != eb:
        out.append("email_domain")
    pa, pb = norm_phone(inc.get("phone")), norm_phone(anc.get("phone"))
    if pa and pa == pb:
        out.append("phone")
    if addr_shared(inc.get("address"), anc.get("address")):
        out.append("address")
    ca, cb = rec_city(inc), rec_city(anc)
    if ca and ca == cb:
        out.append("city")
    if stem:
        s = stem.casefold()
        ta = ((inc.get("companyName") or "") + " " + (inc.get("displayName") or "")).casefold()
        tb = ((anc.get("companyName") or "") + " " + (anc.get("displayName") or "")).casefold()
        if s in ta and s in tb:
            out.append("company_stem")
    return out


VOCAB = [
    # names of persons
    "nickname", "formal_name", "initial", "middle_initial_dropped",
    "middle_initial_added", "typo", "spelling_variant", "swapped", "last_first",
    "order", "estate_form", "title_added", "title_dropped", "family_added",
    "suffix_dropped", "suffix_format", "spouse_dropped", "spouse_first",
    "spouse_added", "married_name", "missing", "added", "wrongly_filled",
    "encoding", "case", "whitespace", "qualifier_dropped",
    # names of organisations
    "abbreviation", "legal_form", "article", "contact_changed",
    "contact_appended", "word_order", "place_added",
    # e-mail
    "new", "provider_changed", "agent_email", "office_email", "office_phone",
    # phone
    "format", "digit_off", "transposed", "local_number", "area_code",
    "extension", "agent_phone",
    # address
    "road_type", "route_form", "directional", "rural_route", "house_number",
    "note", "merged", "split", "township", "village", "plus4", "plus4_dropped",
    "wrong_plus4", "wrong", "moved", "camp_property", "property_address",
    "care_of", "attn",
    # hard negatives: the field belongs to another customer
    "other_person", "other_company", "other_contact", "other_mailbox",
    "other_number", "other_address",
    # fallback: written differently by the two systems
    "reformatted",
]


def hn_intrinsic_tag(field, party_inc, party_anc):
    if field in ("displayName", "givenName", "familyName"):
        if party_inc == "org" and field != "displayName":
            return "other_contact"
        return "other_person" if party_inc == "person" else "other_company"
    if field == "companyName":
        if party_inc == "person" and party_anc == "person":
            return "wrongly_filled"
        return "other_company"
    if field == "email":
        return "other_mailbox"
    if field == "phone":
        return "other_number"
    return "other_address"


# ---------------------------------------------------------------------------
# HARD NEGATIVES: other customers under the business rules that resemble an
# existing customer.  Each builder returns a spec or None when the anchor
# does not fit.
# ---------------------------------------------------------------------------

def hn_person(kind, plain=False):
    h = Ent("person", kind)
    h.plain = plain
    h.style = {"show_spouse": False, "given_with_spouse": False, "show_mi": False,
               "title": None}
    return h


def set_person_style(h, spouse_p=0.85):
    h.style["show_spouse"] = bool(h.spouse) and chance(spouse_p)
    h.style["given_with_spouse"] = False
    h.style["show_mi"] = bool(h.mi) and chance(0.85)
    h.style.setdefault("title", None)


def share_styles(h, a, addr=False, phone=False):
    """a record that shares the anchor's property or phone is written the same
    way in the clean form, so only real differences are labelled"""
    if addr:
        keep = h.addr_style.get("care_of")
        h.addr_style = dict(a.addr_style)
        h.addr_style["care_of"] = keep
    if phone:
        h.style["phone"] = a.style.get("phone", "parens")


def plain_src():
    return wpick([("tablet", 45), ("legacy", 35), ("office", 20)])


def is_rural(a):
    return a is not None and a["kind"] in ("rural", "route")


def hb_jr_sr(a):
    if (a.party != "person" or a.kind not in ("homeowner", "farm_family") or a.sex != "M"
            or not is_rural(a.addr) or a.plain or a.style.get("given_with_spouse")):
        return None
    h = hn_person(a.kind)
    h.sex, h.given, h.family = "M", a.given, a.family
    if a.suffix == "Jr.":
        h.suffix = "Sr."
    elif a.suffix == "Sr.":
        h.suffix = "Jr."
    elif a.suffix:
        h.suffix = None
    else:
        h.suffix = None if chance(0.6) else pick(["Jr.", "Sr."])
    if chance(0.6):
        h.spouse = spouse_name("M", False)
    h.place = a.place
    h.addr = make_rural_addr(a.place, township=a.addr["township"], near=a.addr)
    h.phone = place_phone(a.place, cell=chance(0.4)) if chance(0.9) else None
    h.email = person_email(h.given, h.family, a.place["state"], h.spouse) if chance(0.45) else None
    set_person_style(h)
    finish_style(h)
    return {"ent": h, "need": ["name", "familyName", "city"],
            "source": wpick([("tablet", 45), ("legacy", 30), ("webform", 25)]),
            "rule": "Father and son of one name on neighbouring farms are two customers, "
                    "with or without Jr./Sr."}


def hb_plain_surname(a):
    if a.kind != "plain_family" or a.family not in PLAIN_COMMON or not is_rural(a.addr):
        return None
    h = hn_person("plain_family", True)
    h.sex, h.family = "M", a.family
    if a.mi and chance(0.3) and a.given in PLAIN_MALE:
        h.given = a.given
        h.mi = pick([c for c in "ABCDEFGHJKLMRSTWZ" if c != a.mi])
    else:
        h.given = pick([g for g in PLAIN_MALE if g != a.given])
        h.mi = pick("ABCDEFGHJKLMRSTWZ") if chance(0.75) else None
    if chance(0.55):
        h.spouse = spouse_name("M", True)
    h.place = a.place
    h.addr = make_rural_addr(a.place, township=a.addr["township"], near=a.addr)
    if a.style.get("phone_kind") == "shanty" and chance(0.6):
        h.phone = a.phone
    elif chance(0.3):
        h.phone = shanty_phone(a.place)
    set_person_style(h)
    finish_style(h)
    share_styles(h, a, phone=(h.phone is not None and h.phone == a.phone))
    need = ["familyName", "city"]
    if h.phone and h.phone == a.phone:
        need.append("phone")
    return {"ent": h, "need": need, "source": plain_src(),
            "rule": "Plain families of one very common surname on one road are separate "
                    "customers (one family per farm)."}


def hb_namesake(a):
    if a.party != "person" or a.kind == "estate" or a.style.get("given_with_spouse"):
        return None
    acity, acounty = a.addr["city"], a.addr.get("county")
    pool = [p for p in (PLAIN_PLACES if a.plain else PA_PLACES + MD_PLACES)
            if p["city"] != acity and p["county"] != acounty]
    if a.place:
        pool = [p for p in pool if p["county"] != a.place["county"]]
    if not pool:
        return None
    pl = pick(pool)
    h = hn_person(a.kind if a.kind in ("homeowner", "farm_family", "plain_family") else "homeowner",
                  a.plain)
    h.sex, h.given, h.family = a.sex, a.given, a.family
    h.place = pl
    h.addr = make_rural_addr(pl) if (chance(0.75) or not pl["town"]) else make_town_addr(pl)
    if a.plain:
        h.mi = pick("ABCDEFGHJKLMRSTWZ") if chance(0.7) else None
        h.phone = shanty_phone(pl) if chance(0.4) else None
        if chance(0.5):
            h.spouse = spouse_name(h.sex, True)
    else:
        h.phone = place_phone(pl, cell=chance(0.4)) if chance(0.9) else None
        h.email = person_email(h.given, h.family, pl["state"]) if chance(0.5) else None
        if chance(0.4):
            h.spouse = spouse_name(h.sex, False)
    set_person_style(h)
    finish_style(h)
    src = plain_src() if a.plain else choose_source(h)
    return {"ent": h, "need": ["name", "familyName"], "source": src,
            "rule": "Same name, different person living elsewhere: a namesake is another customer."}


def hb_next_owner(a):
    if (a.party != "person" or a.kind not in ("homeowner", "farm_family", "plain_family")
            or not is_rural(a.addr)):
        return None
    plain_new = a.plain and chance(0.5)
    h = hn_person("plain_family" if plain_new else ("farm_family" if a.kind == "plain_family" else a.kind),
                  plain_new)
    for _ in range(20):
        h.sex, h.given, h.family = person_name(plain_new)
        if h.family != a.family:
            break
    if h.sex == "M" and chance(0.55):
        h.spouse = spouse_name("M", plain_new)
    h.place = a.place
    h.addr = copy_addr(a.addr)
    if plain_new:
        h.phone = shanty_phone(a.place) if chance(0.4) else None
    else:
        h.phone = place_phone(a.place, cell=chance(0.5)) if chance(0.9) else None
        h.email = person_email(h.given, h.family, a.place["state"], h.spouse) if chance(0.5) else None
    set_person_style(h)
    finish_style(h)
    share_styles(h, a, addr=True)
    src = plain_src() if plain_new else wpick([("office", 40), ("tablet", 35), ("webform", 25)])
    return {"ent": h, "need": ["address", "city"], "source": src,
            "rule": "The next owner of a sold farm or house is a new customer, "
                    "even at the same address."}


def hb_estate_heir(a):
    if a.kind == "estate" and a.executor:
        ex = a.executor
        h = hn_person("homeowner")
        h.sex, h.given, h.family = ex["sex"], ex["given"], ex["family"]
        h.addr = copy_addr(ex["addr"])
        h.place = a.place
        h.phone = ex["phone"]
        h.email = ex.get("email")
        if chance(0.35):
            h.spouse = spouse_name(h.sex, False)
        set_person_style(h)
        finish_style(h)
        share_styles(h, a, addr=bool(a.style.get("estate_care_of")), phone=(h.phone is not None and h.phone == a.phone))
        need = []
        if a.phone and a.phone == h.phone:
            need.append("phone")
        if a.email and a.email == h.email:
            need.append("email")
        if a.style.get("estate_care_of"):
            need.append("address")
        if ex["family"] == a.family:
            need.append("familyName")
        if not need:
            return None
        src = wpick([("webform", 40), ("tablet", 30), ("legacy", 30)])
    elif a.party == "person" and a.kind in ("homeowner", "farm_family") and not a.plain \
            and a.addr and a.addr["kind"] != "pobox":
        h = Ent("person", "estate")
        h.sex = "F" if chance(0.55) else "M"
        h.given = pick(["Mildred", "Dorothy", "Betty", "Ethel", "Vera", "Pauline", "Lucille",
                        "Evelyn", "Doris", "Ruth", "Mary", "Anna"]) if h.sex == "F" else \
            pick(["Harold", "Earl", "Lloyd", "Clair", "Merle", "Homer", "Orville", "Chester",
                  "Wilbur", "Kermit", "Elwood", "Ralph", "Walter"])
        h.family = a.family
        h.style = {"show_spouse": False, "given_with_spouse": False, "show_mi": False,
                   "title": None}
        h.place = a.place
        h.prop = make_rural_addr(a.place)
        h.executor = {"given": a.given, "family": a.family, "sex": a.sex, "addr": a.addr,
                      "phone": a.phone, "email": a.email}
        h.phone = a.phone
        h.email = a.email if chance(0.5) else None
        care = chance(0.5)
        h.addr = copy_addr(a.addr) if care else copy_addr(h.prop)
        h.style["estate_care_of"] = care
        finish_style(h)
        share_styles(h, a, addr=care, phone=True)
        if care:
            h.addr_style["care_of"] = "c/o %s %s" % (a.given, a.family)
        need = ["familyName"]
        if a.phone:
            need.append("phone")
        if h.email:
            need.append("email")
        if care:
            need.append("address")
        src = wpick([("office", 45), ("legacy", 35), ("webform", 20)])
    else:
        return None
    return {"ent": h, "need": need, "source": src,
            "rule": "An estate is a separate customer from the heir who pays separately "
                    "for his or her own property."}


FAMILY_FARM_FORMS = ["{f} Family Farms", "{f} Farms", "{f} Acres", "{f} Bros. Farms"]


def hb_farm_llc(a):
    if (a.kind in ("farm_llc", "dairy") and a.contacts and a.style.get("show_contact")
            and a.stem == a.contacts[0]["family"]):
        c0 = a.contacts[0]
        h = hn_person("farm_family", a.plain)
        h.sex, h.given, h.family = c0["sex"], c0["given"], c0["family"]
        h.place = a.place
        same_addr = chance(0.5) and a.addr["kind"] != "pobox"
        h.addr = copy_addr(a.addr) if same_addr else make_rural_addr(a.place)
        h.phone = a.phone if (a.phone and chance(0.4)) else (
            place_phone(a.place) if (not a.plain or chance(0.4)) else None)
        h.email = person_email(h.given, h.family, a.place["state"]) if (not a.plain and chance(0.5)) else None
        if h.sex == "M" and chance(0.5):
            h.spouse = spouse_name("M", a.plain)
        set_person_style(h)
        finish_style(h)
        share_styles(h, a, addr=same_addr, phone=(h.phone is not None and h.phone == a.phone))
        need = ["familyName", "company_stem"]
        if same_addr:
            need.append("address")
        if h.phone and h.phone == a.phone:
            need.append("phone")
        stem = a.stem
        src = plain_src() if a.plain else wpick([("webform", 35), ("legacy", 35), ("tablet", 30)])
    elif a.kind == "farm_family" and not a.style.get("given_with_spouse") and is_rural(a.addr):
        same_addr = chance(0.6)
        same_phone = bool(a.phone) and chance(0.5)
        spec = {"family": a.family, "plain": a.plain,
                "contact": {"given": a.given, "family": a.family, "sex": a.sex},
                "addr": a.addr if same_addr else None,
                "phone": a.phone if same_phone else None,
                "form": pick(FAMILY_FARM_FORMS)}
        h = make_org("farm_llc", place=a.place, spec=spec)
        h.style["show_contact"] = True
        share_styles(h, a, addr=same_addr, phone=same_phone)
        need = ["familyName", "company_stem"]
        if same_addr:
            need.append("address")
        if same_phone:
            need.append("phone")
        stem = a.family
        src = plain_src() if a.plain else wpick([("webform", 35), ("legacy", 35), ("tablet", 30)])
    else:
        return None
    return {"ent": h, "need": need, "source": src, "stem": stem,
            "rule": "A farm LLC and the farmer personally are two customers."}


def hb_twp_sibling(a, kind=None):
    if a.kind not in ("township", "borough") or a.county == "Washington":
        return None
    base = a.twp_base
    is_twp = a.kind == "township"
    kind = kind or ("municipal_authority" if chance(0.6) else "fire_company")
    same_addr = chance(0.5) and kind == "municipal_authority"
    same_phone = bool(a.phone) and chance(0.3)
    if kind == "municipal_authority":
        spec = {"base": base, "county": a.county, "is_twp": is_twp,
                "addr": a.addr if same_addr else None,
                "phone": a.phone if same_phone else None}
    else:
        spec = {"base": a.company if is_twp else base, "county": a.county, "place": a.place,
                "addr": a.addr if same_addr else None,
                "phone": a.phone if same_phone else None}
    h = make_org(kind, spec=spec)
    need = ["company_stem"]
    share_styles(h, a, addr=same_addr, phone=same_phone)
    if same_addr:
        need.append("address")
    if same_phone:
        need.append("phone")
    return {"ent": h, "need": need, "stem": base,
            "source": wpick([("office", 50), ("legacy", 30), ("webform", 20)]),
            "rule": "A township (or borough), its municipal authority and its fire company "
                    "are three customers."}


def hb_manager_client(a):
    if a.kind != "property_manager" or not a.properties:
        return None
    h = make_person("landlord")
    h.prop = copy_addr(pick(a.properties))
    h.properties = [h.prop]
    h.prop_style = neutral_addr_style(h.prop)
    care = chance(0.7)
    use_phone = bool(a.phone) and chance(0.7)
    use_email = bool(a.email) and chance(0.45)
    agent = pick(a.agents) if (a.agents and not use_email and chance(0.6)) else None
    if not (care or use_phone or use_email or agent):
        use_phone = bool(a.phone)
        care = not use_phone
    co = "c/o " + a.company
    a_addr, a_style = copy_addr(a.addr), dict(a.addr_style)

    def prep(d):
        if care:
            d.addr = copy_addr(a_addr)
            d.ast = dict(a_style)
            d.ast["care_of"] = co
            d.ast["line2"] = None
        else:
            d.addr = copy_addr(h.prop)
            d.ast = dict(h.prop_style)
        if use_phone:
            d.phone = a.phone
            d.pstyle = a.style.get("phone", d.pstyle)
        if use_email:
            d.email = a.email
        elif agent:
            d.email = agent["email"]
    need = []
    if care:
        need.append("address")
    if use_phone:
        need.append("phone")
    if use_email:
        need.append("email")
    elif agent and a.email and email_domain(a.email) == email_domain(agent["email"]):
        need.append("email_domain")
    if not need:
        return None
    return {"ent": h, "need": need, "prep": prep, "source": "office",
            "rule": "The owner pays for this property, so the owner is the customer, "
                    "not the property manager who placed the order."}


def hb_realtor_client(a):
    if a.kind != "realtor" or not a.agents:
        return None
    h = make_person("homeowner", place=weighted_place(COUNTY_PLACES[a.county]))
    ag = pick(a.agents)
    office_phone = bool(a.phone) and chance(0.6)
    agent_phone = not office_phone and chance(0.5)
    mode = wpick([("office", 30), ("agent", 50), ("own", 20)])
    co_line = chance(0.5)
    wrong = chance(0.25)
    if mode == "own" and not office_phone:
        office_phone = bool(a.phone)
        if not office_phone:
            mode = "office"

    def prep(d):
        if office_phone:
            d.phone = a.phone
            d.pstyle = a.style.get("phone", d.pstyle)
        elif agent_phone:
            d.phone = ag["phone"]
        if mode == "office" and a.email:
            d.email = a.email
        elif mode == "agent":
            d.email = ag["email"]
        if co_line and d.addr:
            d.ast["line2"] = "c/o " + a.company
        if wrong:
            d.company_wrong = "c/o " + a.company
            d.tag("companyName", "wrongly_filled")
    need = []
    if office_phone:
        need.append("phone")
    if mode == "office" and a.email:
        need.append("email")
    elif mode == "agent" and a.email and email_domain(a.email) == email_domain(ag["email"]):
        need.append("email_domain")
    if not need:
        return None
    return {"ent": h, "need": need, "prep": prep, "source": "office",
            "rule": "The seller pays for the inspection at closing, so the seller is the "
                    "customer, not the realtor who ordered it."}


def hb_namesake_org(a):
    if a.kind == "church":
        pool = [p for p in PA_PLACES if p["city"] != a.place["city"] and p["county"] != a.county]
        pl = pick(pool)
        h = make_org("church", place=pl, spec={"name": a.company, "stem": a.stem})
    elif a.kind == "township":
        others = [k for k in TOWNSHIP_KEYS if k[0] == a.company and k[1] != a.county]
        if not others:
            return None
        h = make_org("township", spec={"township": pick(others)})
    else:
        return None
    return {"ent": h, "need": ["name"],
            "source": wpick([("webform", 35), ("legacy", 35), ("office", 30)]),
            "rule": "Same name, but another congregation or municipality in another place: "
                    "another payer."}


TRADE_KINDS = ["diner", "campground", "plumber", "excavator", "realtor", "property_manager"]
FAMILY_NAMES_ALL = SURNAMES + PLAIN_COMMON + PLAIN_OTHER


def hb_similar_trade(a):
    if a.party != "org" or not a.stem or a.kind not in (
            "plumber", "excavator", "diner", "campground", "farm_llc", "dairy", "produce_stand",
            "realtor", "property_manager", "hunting_camp", "rod_gun_club", "mobile_home_park"):
        return None
    k = pick([x for x in TRADE_KINDS if x != a.kind])
    stem = a.stem
    if k in ("plumber", "excavator") and stem in FAMILY_NAMES_ALL:
        spec = {"family": stem}
    else:
        spec = {"stem": stem}
    h = make_org(k, spec=spec)
    if stem.casefold() not in h.company.casefold():
        return None
    return {"ent": h, "need": ["company_stem"], "stem": stem, "source": choose_source(h),
            "rule": "A similarly named business in another trade is a different company "
                    "and payer."}


def hb_proprietor(a):
    if a.kind not in ("plumber", "excavator", "realtor", "property_manager", "diner",
                      "campground") or not a.contacts or a.stem != a.contacts[0]["family"]:
        return None
    c0 = a.contacts[0]
    h = hn_person("homeowner")
    h.sex, h.given, h.family = c0["sex"], c0["given"], c0["family"]
    pl = weighted_place(COUNTY_PLACES[a.county])
    h.place = pl
    h.addr = make_rural_addr(pl) if (chance(0.7) or not pl["town"]) else make_town_addr(pl)
    same_phone = bool(a.phone) and chance(0.4)
    h.phone = a.phone if same_phone else place_phone(pl, cell=True)
    same_email = bool(a.email) and email_domain(a.email) in FREEMAIL and chance(0.35)
    h.email = a.email if same_email else (person_email(h.given, h.family, pl["state"]) if chance(0.5) else None)
    if h.sex == "M" and chance(0.6):
        h.spouse = spouse_name("M", False)
    set_person_style(h)
    finish_style(h)
    share_styles(h, a, phone=same_phone)
    need = ["company_stem"]
    if a.style.get("show_contact"):
        need.append("familyName")
    if same_phone:
        need.append("phone")
    if same_email:
        need.append("email")
    return {"ent": h, "need": need, "stem": a.stem,
            "source": wpick([("webform", 45), ("tablet", 35), ("legacy", 20)]),
            "rule": "The proprietor's own home is billed to him or her personally, "
                    "apart from the firm."}


def hb_household(a):
    if (a.party != "person" or a.kind not in ("homeowner", "farm_family", "plain_family")
            or not is_rural(a.addr)):
        return None
    h = hn_person(a.kind, a.plain)
    h.sex = "M" if chance(0.6) else "F"
    pool = (PLAIN_MALE if h.sex == "M" else PLAIN_FEMALE) if a.plain else \
        (MALE_GIVEN if h.sex == "M" else FEMALE_GIVEN)
    h.given = pick([g for g in pool if g not in (a.given, a.spouse)])
    h.family = a.family
    h.place = a.place
    h.addr = copy_addr(a.addr)
    h.addr["unit"] = pick([None, None, "Trailer", "Apt 1", "Lot 2", "Unit B"])
    if a.plain:
        h.phone = a.phone if (a.phone and chance(0.4)) else None
    else:
        h.phone = place_phone(a.place, cell=True) if chance(0.85) else None
        h.email = person_email(h.given, h.family, a.place["state"]) if chance(0.5) else None
    set_person_style(h)
    finish_style(h)
    share_styles(h, a, addr=True, phone=(h.phone is not None and h.phone == a.phone))
    return {"ent": h, "need": ["familyName", "address"],
            "source": plain_src() if a.plain else wpick([("tablet", 45), ("webform", 35), ("legacy", 20)]),
            "rule": "An adult child billed for his or her own house on the farm is a separate "
                    "customer; only spouses billed jointly form one household customer."}


def hb_mhp_tenant(a):
    if a.kind != "mobile_home_park" or not is_rural(a.addr):
        return None
    h = hn_person("homeowner")
    h.sex, h.given, h.family = person_name(False)
    if chance(0.3):
        h.spouse = spouse_name(h.sex, False)
    h.place = a.place
    h.addr = copy_addr(a.addr)
    h.addr["unit"] = "Lot %d" % R.randint(1, 80)
    h.phone = place_phone(a.place, cell=True) if chance(0.85) else None
    h.email = person_email(h.given, h.family, a.place["state"]) if chance(0.5) else None
    set_person_style(h)
    finish_style(h)
    share_styles(h, a, addr=True)
    return {"ent": h, "need": ["address", "city"],
            "source": wpick([("tablet", 50), ("webform", 35), ("legacy", 15)]),
            "rule": "A tenant who orders and pays for the pump-out of his own lot is a "
                    "separate customer from the park."}


def hb_shanty(a):
    if a.kind != "plain_family" or a.style.get("phone_kind") != "shanty" or not a.phone:
        return None
    h = hn_person("plain_family", True)
    h.sex, h.given = "M", pick(PLAIN_MALE)
    h.family = pick([f for f in PLAIN_COMMON + PLAIN_OTHER if f != a.family])
    h.mi = pick("ABCDEFGHJKLMRSTWZ") if chance(0.7) else None
    if chance(0.55):
        h.spouse = spouse_name("M", True)
    h.place = a.place
    h.addr = make_rural_addr(a.place)
    h.phone = a.phone
    set_person_style(h)
    finish_style(h)
    share_styles(h, a, phone=True)
    return {"ent": h, "need": ["phone", "city"], "source": plain_src(),
            "rule": "Plain families who give the same community phone shanty number are "
                    "different customers."}


HN_PLAN = [
    ("jr_sr_same_name", hb_jr_sr, 14),
    ("plain_same_surname_road", hb_plain_surname, 12),
    ("namesake_elsewhere", hb_namesake, 12),
    ("next_owner", hb_next_owner, 12),
    ("estate_vs_heir", hb_estate_heir, 10),
    ("farm_llc_vs_farmer", hb_farm_llc, 12),
    ("township_sibling_body", hb_twp_sibling, 12),
    ("manager_other_client", hb_manager_client, 10),
    ("realtor_seller_client", hb_realtor_client, 10),
    ("namesake_org_elsewhere", hb_namesake_org, 8),
    ("similar_name_other_trade", hb_similar_trade, 8),
    ("proprietor_vs_firm", hb_proprietor, 8),
    ("household_member", hb_household, 8),
    ("mhp_tenant", hb_mhp_tenant, 6),
    ("shared_phone_shanty", hb_shanty, 8),
]


# ---------------------------------------------------------------------------
# ASSEMBLY
# ---------------------------------------------------------------------------

EXIST_COUNTS = [
    ("homeowner", 430), ("farm_family", 190), ("camp_owner", 100),
    ("landlord", 60), ("estate", 70), ("plain_family", 200),
    ("township", 50), ("borough", 18), ("municipal_authority", 28),
    ("fire_company", 28), ("church", 55), ("hunting_camp", 35),
    ("rod_gun_club", 14), ("campground", 10), ("school", 12), ("diner", 20),
    ("farm_llc", 40), ("dairy", 22), ("produce_stand", 16),
    ("mobile_home_park", 14), ("property_manager", 12), ("plumber", 26),
    ("excavator", 26), ("realtor", 24),
]
NEW_COUNTS = [
    ("homeowner", 120), ("farm_family", 45), ("plain_family", 50),
    ("camp_owner", 30), ("landlord", 15), ("estate", 20),
    ("township", 8), ("borough", 4), ("municipal_authority", 6),
    ("fire_company", 7), ("church", 14), ("hunting_camp", 10),
    ("rod_gun_club", 4), ("campground", 4), ("school", 5), ("diner", 7),
    ("farm_llc", 11), ("dairy", 7), ("produce_stand", 6),
    ("mobile_home_park", 4), ("property_manager", 4), ("plumber", 7),
    ("excavator", 8), ("realtor", 4),
]
N_MATCH_ENTS = 705
N_MATCH_TRIPLE = 15
N_MATCH_DOUBLE = 90
N_NEW_TRIPLE = 25
N_NEW_DOUBLE = 75
REPEAT_WEIGHT = {"property_manager": 5, "realtor": 5, "township": 3, "borough": 3,
                 "municipal_authority": 3, "mobile_home_park": 4, "plumber": 4,
                 "excavator": 4, "landlord": 2, "camp_owner": 2, "hunting_camp": 2,
                 "campground": 2, "church": 1.5, "fire_company": 1.5}

STATS = {"match_fallback": 0, "new_fallback": 0, "hn_retry": 0, "reformatted": 0}


def make_any(kind, place=None):
    if kind in PERSON_KINDS:
        return make_person(kind, place)
    return make_org(kind, place)


def plain_display(*ents):
    """the office typed only first and last name for these customers"""
    for x in ents:
        x.style["show_spouse"] = False
        x.style["given_with_spouse"] = False
        x.style["show_mi"] = False
        x.style["title"] = None


def gen_existing():
    targets = dict(EXIST_COUNTS)
    ents = []

    def add(*es):
        for e in es:
            if targets[e.kind] <= 0:
                return False
        for e in es:
            ents.append(e)
            targets[e.kind] -= 1
        return True

    # father and son of one name on neighbouring farms (both customers)
    made = 0
    while made < 10:
        a = make_person("farm_family" if chance(0.6) else "homeowner")
        spec = hb_jr_sr(a)
        if spec and a.suffix is None and spec["ent"].suffix is None and chance(0.8):
            plain_display(a, spec["ent"])
        if spec and add(a, spec["ent"]):
            made += 1
        else:
            add(a)
    # namesakes in different towns (both customers)
    made = 0
    while made < 10:
        a = make_person("homeowner")
        spec = hb_namesake(a)
        if spec:
            plain_display(a, spec["ent"])
        if spec and add(a, spec["ent"]):
            made += 1
        else:
            add(a)
    # a farm LLC and the farmer personally (both customers)
    made = 0
    while made < 10:
        a = make_person("farm_family")
        try:
            spec = hb_farm_llc(a)
        except RuntimeError:
            spec = None
        if spec and add(a, spec["ent"]):
            made += 1
        else:
            add(a)
    # a township and its municipal authority / fire company (both customers)
    made = 0
    while made < 16:
        t = make_org("township")
        try:
            spec = hb_twp_sibling(t, "municipal_authority" if made < 10 else "fire_company")
        except RuntimeError:
            spec = None
        if spec and add(t, spec["ent"]):
            made += 1
        else:
            add(t)
    for kind, _n in EXIST_COUNTS:
        if kind == "plain_family":
            continue
        while targets[kind] > 0:
            add(make_any(kind))
    # Plain families of one surname on one road (both customers)
    made = 0
    while made < 8:
        a = make_person("plain_family")
        spec = hb_plain_surname(a)
        if spec and add(a, spec["ent"]):
            made += 1
        else:
            add(a)
    while targets["plain_family"] > 0:
        add(make_person("plain_family"))
    return ents


def disambiguate(ents):
    used = {}
    groups = {}
    for e in ents:
        k = e.neutral["displayName"].casefold()
        used[k] = True
        groups.setdefault(k, []).append(e)
    for k, grp in groups.items():
        if len(grp) < 2:
            continue
        for e in grp[1:]:
            dn = e.neutral["displayName"]
            city = (e.addr or {}).get("city") or e.place["city"]
            cand = None
            if chance(0.55):
                c1 = "%s (%s)" % (dn, city)
                if c1.casefold() not in used:
                    cand = c1
            if cand is None:
                n = 2
                while ("%s (%d)" % (dn, n)).casefold() in used:
                    n += 1
                cand = "%s (%d)" % (dn, n)
            used[cand.casefold()] = True
            e.qualified = cand


def existing_contact(e):
    c = dict(e.neutral)
    if c.get("address"):
        c["address"] = dict(c["address"])
    q = getattr(e, "qualified", None)
    if q:
        c["displayName"] = q
    return c


def has_identifier(c):
    if norm_email(c.get("email")) or norm_phone(c.get("phone")):
        return True
    a = c.get("address")
    return bool(a and addr_line_key(a) and (zip5(a.get("postalCode")) or norm_city(a.get("city"))))


def restore_identifier(c, comp):
    for f in ("phone", "email", "address"):
        v = comp.get(f)
        if not v:
            continue
        if f == "phone" and not norm_phone(v):
            continue
        c[f] = dict(v) if f == "address" else v
        return True
    return False


def qualifier_tags(e):
    q = getattr(e, "qualified", None)
    return {"displayName": ["qualifier_dropped"]} if q else {}


def build_match(e, comp_idx, comp):
    source = choose_source(e)
    profile = choose_profile()
    for attempt in range(14):
        prof = profile if attempt < 10 else "light"
        c, tags = build(e, source, prof)
        ev = evidence(c, comp)
        if ev:
            return c, tags, ev, "identifier", prof, source
        if findable_name_city(c, comp_idx, EX_CONTACTS):
            return c, tags, [], "name+city", prof, source
    STATS["match_fallback"] += 1
    c, tags = build(e, source, "light")
    restore_identifier(c, comp)
    ev = evidence(c, comp)
    if not ev:
        raise RuntimeError("no evidence for " + e.id)
    return c, tags, ev, "identifier", "light", source


def build_hn(hn_type, spec, anchor, a_contact):
    h = spec["ent"]
    prep = spec.get("prep")
    d0 = Draft(h, None)
    if prep:
        prep(d0)
    clean = finalize(d0)
    intrinsic = diff_fields(clean, a_contact)
    stem = spec.get("stem")
    for attempt in range(12):
        if attempt >= 8:
            prof = None
        else:
            prof = wpick([("light", 55), ("medium", 25), (None, 20)])
        c, tags = build(h, spec["source"], prof, prep)
        shared = compute_shared(c, a_contact, h.party, anchor.party, stem)
        if all(n in shared for n in spec["need"]):
            break
        STATS["hn_retry"] += 1
    else:
        return None
    itags = {}
    same_addr = addr_shared(clean.get("address"), a_contact.get("address"))
    for f in intrinsic:
        if (f == "displayName" and getattr(anchor, "qualified", None)
                and clean["displayName"] == anchor.neutral["displayName"]):
            itags[f] = ["qualifier_dropped"]
        elif f == "phone" and norm_phone(clean.get("phone")) and \
                norm_phone(clean.get("phone")) == norm_phone(a_contact.get("phone")):
            itags[f] = ["format"]
        elif f == "email" and norm_email(clean.get("email")) and \
                norm_email(clean.get("email")) == norm_email(a_contact.get("email")):
            itags[f] = ["case"]
        elif f in ("address.line1", "address.line2") and (
                SKIP_LINE_RE.match((clean.get("address") or {}).get("line1") or "")
                or SKIP_LINE_RE.match((a_contact.get("address") or {}).get("line1") or "")):
            itags[f] = ["care_of"]
        elif f.startswith("address.") and f != "address.line2" and same_addr:
            itags[f] = ["reformatted"]
        else:
            itags[f] = [hn_intrinsic_tag(f, h.party, anchor.party)]
    changes = changes_for(c, a_contact, [itags, tags])
    meta = {"anchor": anchor.id, "hn_type": hn_type, "rule": spec["rule"],
            "shared": shared}
    if "company_stem" in shared:
        meta["stem"] = stem
    return {"cat": "hard_negative", "entity": h.id, "kind": h.kind, "party": h.party,
            "contact": c, "changes": changes, "source": spec["source"], "meta": meta}


EX_CONTACTS = []


def generate():
    # ---------------- existing customers ----------------
    ex_ents = gen_existing()
    OFFICE_REG_OPEN[0] = False
    for e in ex_ents:
        e.neutral = neutral_contact(e)
    disambiguate(ex_ents)
    for e in ex_ents:
        e.exist = existing_contact(e)
    ex_sorted = sorted(ex_ents, key=lambda x: x.exist["displayName"].casefold())
    ex_index = {}
    for i, e in enumerate(ex_sorted):
        ex_index[e.id] = i
    EX_CONTACTS[:] = [e.exist for e in ex_sorted]
    build_city_index(EX_CONTACTS)

    incoming = []

    # ---------------- matches ----------------
    chosen = R.sample(range(len(ex_sorted)), N_MATCH_ENTS)
    mult = {}
    for i in chosen:
        mult[i] = 1
    pool = list(chosen)
    for r in range(N_MATCH_TRIPLE + N_MATCH_DOUBLE):
        i = wpick([(x, REPEAT_WEIGHT.get(ex_sorted[x].kind, 1.0)) for x in pool])
        pool.remove(i)
        mult[i] = 3 if r < N_MATCH_TRIPLE else 2
    for i in chosen:
        e = ex_sorted[i]
        for _k in range(mult[i]):
            c, tags, ev, findable, prof, source = build_match(e, i, e.exist)
            changes = changes_for(c, e.exist, [tags, qualifier_tags(e)])
            incoming.append({"cat": "match", "entity": e.id, "kind": e.kind, "party": e.party,
                             "contact": c, "changes": changes, "source": source,
                             "meta": {"profile": prof, "evidence": ev, "findable": findable,
                                      "compare_set": "existing", "compare_index": i}})

    # ---------------- new customers ----------------
    new_ents = []
    for kind, n in NEW_COUNTS:
        for _k in range(n):
            new_ents.append(make_any(kind))
    R.shuffle(new_ents)
    for j, e in enumerate(new_ents):
        n_occ = 3 if j < N_NEW_TRIPLE else (2 if j < N_NEW_TRIPLE + N_NEW_DOUBLE else 1)
        source1 = choose_source(e)
        for _t in range(20):
            c1, t1 = build(e, source1, "light" if chance(0.5) else None)
            if has_identifier(c1):
                break
        else:
            c1, t1 = build(e, source1, None)
            if not has_identifier(c1):
                c1["address"] = render_address(e.addr, e.addr_style) if e.addr else None
        if e.party == "person" and c1.get("companyName"):
            # a first occurrence has nothing to be compared with, so it cannot
            # carry a labelled wrongly-filled company field
            c1["companyName"] = None
            t1.pop("companyName", None)
        incoming.append({"cat": "new", "entity": e.id, "kind": e.kind, "party": e.party,
                         "contact": c1, "changes": [], "source": source1, "occurrence": 1,
                         "meta": {}})
        for k in range(2, n_occ + 1):
            source = choose_source(e)
            profile = choose_profile()
            ok = False
            for attempt in range(14):
                prof = profile if attempt < 10 else "light"
                c, tags = build(e, source, prof)
                ev = evidence(c, c1)
                if ev:
                    ok = True
                    break
            if not ok:
                STATS["new_fallback"] += 1
                prof = "light"
                c, tags = build(e, source, prof)
                restore_identifier(c, c1)
                ev = evidence(c, c1)
                if not ev:
                    raise RuntimeError("no evidence for new repeat " + e.id)
            changes = changes_for(c, c1, [tags, t1])
            incoming.append({"cat": "new", "entity": e.id, "kind": e.kind, "party": e.party,
                             "contact": c, "changes": changes, "source": source,
                             "occurrence": k,
                             "meta": {"profile": prof, "evidence": ev,
                                      "findable": "identifier", "compare_set": "incoming"}})

    # ---------------- hard negatives ----------------
    used_anchor = {}
    for hn_type, builder, n in HN_PLAN:
        cands = list(range(len(ex_sorted)))
        R.shuffle(cands)
        made = 0
        ci = 0
        passes = 0
        while made < n:
            if ci >= len(cands):
                ci = 0
                passes += 1
                R.shuffle(cands)
                if passes > 6:
                    raise RuntimeError("cannot build hard negatives of type " + hn_type)
            a_idx = cands[ci]
            ci += 1
            a = ex_sorted[a_idx]
            if used_anchor.get(a.id) and passes == 0:
                continue
            try:
                spec = builder(a)
            except RuntimeError:
                spec = None
            if not spec:
                continue
            rec = build_hn(hn_type, spec, a, a.exist)
            if rec is None:
                continue
            rec["meta"]["anchor_index"] = a_idx
            incoming.append(rec)
            used_anchor[a.id] = True
            made += 1

    # ---------------- shuffle; keep occurrences of new customers in order ----------
    R.shuffle(incoming)
    positions = {}
    for pos, r in enumerate(incoming):
        if r["cat"] == "new":
            positions.setdefault(r["entity"], []).append(pos)
    for eid, poss in positions.items():
        recs = sorted([incoming[p] for p in poss], key=lambda r: r["occurrence"])
        for p, r in zip(poss, recs):
            incoming[p] = r
    first_pos = {}
    for pos, r in enumerate(incoming):
        if r["cat"] == "new" and r["occurrence"] == 1:
            first_pos[r["entity"]] = pos
    return ex_sorted, incoming, first_pos


def write_out(out_dir, ex_sorted, incoming, first_pos):
    set_lines = []
    meta_lines = []
    for i, e in enumerate(ex_sorted):
        set_lines.append({"set": "existing", "entity": e.id, "contact": e.exist})
        meta_lines.append({"set": "existing", "index": i, "entity": e.id,
                           "category": "existing", "kind": e.kind, "party": e.party,
                           "changes": []})
    for i, r in enumerate(incoming):
        set_lines.append({"set": "incoming", "entity": r["entity"], "contact": r["contact"]})
        m = {"set": "incoming", "index": i, "entity": r["entity"], "category": r["cat"],
             "kind": r["kind"], "party": r["party"], "changes": r["changes"],
             "source": r["source"]}
        if r["cat"] == "match":
            m.update(r["meta"])
        elif r["cat"] == "new":
            m["occurrence"] = r["occurrence"]
            if r["occurrence"] > 1:
                m.update(r["meta"])
                m["compare_index"] = first_pos[r["entity"]]
        else:
            hm = r["meta"]
            m["anchor"] = hm["anchor"]
            m["anchor_index"] = hm["anchor_index"]
            m["hn_type"] = hm["hn_type"]
            m["rule"] = hm["rule"]
            m["shared"] = hm["shared"]
            if "stem" in hm:
                m["stem"] = hm["stem"]
        for ch in m["changes"]:
            if ch.endswith(":reformatted"):
                STATS["reformatted"] += 1
        meta_lines.append(m)
    with open(os.path.join(out_dir, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for obj in set_lines:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for obj in meta_lines:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return meta_lines


def summary(meta_lines):
    cats = {}
    kinds = {}
    hn = {}
    for m in meta_lines:
        if m["set"] != "incoming":
            continue
        cats[m["category"]] = cats.get(m["category"], 0) + 1
        if m["category"] == "hard_negative":
            hn[m["hn_type"]] = hn.get(m["hn_type"], 0) + 1
    for m in meta_lines:
        if m["set"] == "existing":
            kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
    print("incoming by category:", json.dumps(cats, sort_keys=True))
    print("existing by kind:", json.dumps(kinds, sort_keys=True))
    print("hard negatives by type:", json.dumps(hn, sort_keys=True))
    print("stats:", json.dumps(STATS, sort_keys=True))


def main():
    ap = argparse.ArgumentParser(description="write the us-septic record-linkage set")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    ex_sorted, incoming, first_pos = generate()
    meta_lines = write_out(args.out, ex_sorted, incoming, first_pos)
    summary(meta_lines)


if __name__ == "__main__":
    main()
