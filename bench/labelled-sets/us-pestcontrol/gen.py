#!/usr/bin/env python3
"""gen.py -- synthetic labelled benchmark set for customer record linkage.

Scenario: us-pestcontrol.  A regional pest control and termite company in the US
Southeast (branches Atlanta GA, Charlotte NC, Jacksonville FL, Birmingham AL) bills
residential and commercial accounts through QuickBooks Online.  This script writes

    set.jsonl   3,000 records (1,500 existing customers, 1,500 incoming records)
    meta.jsonl  the labels, line by line in the same order

Standard library only, one random.Random(SEED); output is byte-identical for any
PYTHONHASHSEED.  Usage:  python3 gen.py [--out DIR]
"""
import argparse
import copy
import difflib
import json
import os
import random
import sys
import unicodedata

SEED = 7310427
rng = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_HARD_NEG = 150

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def chance(p):
    return rng.random() < p


def pick(seq):
    return seq[rng.randrange(len(seq))]


def wpick(pairs):
    """pairs: list of (item, weight)"""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    acc = 0.0
    for item, w in pairs:
        acc += w
        if x < acc:
            return item
    return pairs[-1][0]


def words(s):
    return [w for w in s.split() if w]


def lines_list(s):
    return [w.strip() for w in s.strip().split("\n") if w.strip()]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def mojibake(s):
    """UTF-8 bytes read as cp1252/latin-1 -- what the old billing export does."""
    try:
        return s.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return s.encode("utf-8").decode("latin-1")


def has_non_ascii(s):
    return any(ord(c) > 127 for c in (s or ""))


def title_word(w):
    if not w:
        return w
    return w[0].upper() + w[1:].lower()


# ---------------------------------------------------------------------------
# people: given names, double names, nicknames, surnames
# ---------------------------------------------------------------------------

MALE_GIVEN = words("""
James John Robert William Michael David Charles Thomas Richard Joseph Christopher Daniel
Mark Steven Kenneth Donald Gary Larry Jerry Randy Ricky Terry Wayne Dale Roger Curtis
Travis Dustin Brandon Cody Tyler Hunter Bradley Jeffrey Timothy Gregory Dennis Harold
Ronald Douglas Carl Earl Floyd Lonnie Clyde Wesley Marcus Darnell Reginald Cedric Terrence
Jamal Andre Tyrone Jerome Willie Otis Luther Calvin Leroy Andrew Matthew Joshua Justin
Jason Kevin Brian Eric Scott Chad Clint Colby Beau Walker Wade Clayton Hoyt Ashton Jared
Zachary Samuel Benjamin Nathan Ethan Caleb Logan Mason Landon Garrett Stanley Vernon
Lamar Alonzo Bobby Billy Johnny Jimmy Tommy Rodney Russell Frank Raymond Eugene Ralph
Howard Herman Lewis Edward Phillip Keith Jeremy Shane Derrick Darrell Antonio Kendrick
Demetrius Quentin Rashad Xavier Malik Jalen Tanner Bryson Dalton Brody Colton Cooper
Holden Rhett Jeb Hollis Emmett Ira Virgil Cecil Homer Ervin Grady Lamont Alvin Harvey
Troy Marvin Glenn Mitchell Neil Allen Jesse Barry Craig Todd Heath Lance Brent Trent
""")

FEMALE_GIVEN = words("""
Mary Patricia Linda Barbara Elizabeth Jennifer Susan Margaret Dorothy Lisa Nancy Karen
Betty Helen Sandra Donna Carol Sharon Michelle Laura Sarah Kimberly Deborah Jessica
Shirley Cynthia Angela Melissa Brenda Amy Anna Rebecca Virginia Kathleen Pamela Martha
Debra Amanda Stephanie Carolyn Christine Janet Catherine Frances Joyce Diane Alice Julie
Heather Teresa Doris Gloria Evelyn Jean Cheryl Mildred Katherine Joan Ashley Brittany
Tiffany Crystal Amber Kayla Courtney Lindsey Haley Kelsey Savannah Madison Emily Caroline
Anne Lula Ernestine Geraldine Bernice Latoya Keisha Tamika Shanice Ebony Yolanda Felicia
Monique Reba Tammy Tina Wanda Peggy Loretta Connie Bonnie Darlene Charlene Rhonda Melanie
Misty Leigh Kristen Whitney Mallory Meredith Ansley Lacey Brandi Casey Dana Robin Paige
Tonya Regina Vanessa Jacqueline Rosalind Cassandra Priscilla Imogene Opal Hazel Ruby
Pearl Edna Mattie Bessie Nell Maggie Ginger Holly Erin Allison Morgan Taylor Brooke
""")

MALE_DOUBLE = lines_list("""
Billy Ray
Jimmy Dale
Bobby Joe
John Michael
Johnny Lee
Jim Bob
Larry Wayne
John Henry
James Earl
Billy Wayne
Roy Lee
Willie James
Tommy Lee
John Paul
Joe Don
""")

FEMALE_DOUBLE = lines_list("""
Mary Beth
Mary Ann
Sarah Jane
Anna Grace
Mary Kate
Betty Jo
Peggy Sue
Laura Leigh
Ella Mae
Annie Mae
Bobbie Jo
Sally Ann
Lou Ann
Emma Kate
Mary Catherine
Julie Anne
Carrie Beth
""")

HISPANIC_MALE = words("José Jesús Raúl Andrés Ramón Héctor Luis Carlos Juan Miguel Jorge Alejandro Óscar Rubén")
HISPANIC_FEMALE = words("María Sofía Lucía Inés Ana Rosa Guadalupe Carmen Mónica Verónica Beatriz Araceli")
HISPANIC_FAMILY = words("""Hernández Martínez Rodríguez González Pérez Sánchez Ramírez Gómez Muñoz Peña Núñez
Ibáñez Jiménez Álvarez Domínguez Gutiérrez Vázquez Castañeda Ordóñez Durán Rincón""")

ASIAN_GROUPS = [  # (male given, female given, family) that belong together
    (words("Raj Sanjay Vikram Hiren Amit Rakesh Nikhil Ketan"), words("Priya Anjali Nisha Pooja Hetal Meera"),
     words("Patel Shah Desai Mehta Amin Joshi Bhakta")),
    (words("Tuan Minh Hung Bao Quang Duc"), words("Thu Lan Mai Hanh Linh Trang"), words("Nguyen Tran Pham Le Vo Hoang")),
    (words("Jin Sung Min-Ho Jae"), words("Ji-Young Soo-Jin Eun"), words("Kim Park Lee Choi")),
    (words("Wei Jun Ming"), words("Mei Ying Xiu"), words("Chen Lin Huang Wang Zhang")),
]
ASIAN_MALE = [g for grp in ASIAN_GROUPS for g in grp[0]]
ASIAN_FAMILY = [f for grp in ASIAN_GROUPS[:1] for f in grp[2]]

SURNAMES = words("""
Smith Johnson Williams Brown Jones Davis Miller Wilson Moore Taylor Anderson Thomas Jackson
White Harris Martin Thompson Robinson Clark Lewis Lee Walker Hall Allen Young King Wright
Hill Scott Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker
Evans Edwards Collins Stewart Morris Rogers Reed Cook Morgan Bell Murphy Bailey Cooper
Richardson Cox Howard Ward Peterson Gray James Watson Brooks Kelly Sanders Price Bennett
Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Long Patterson Hughes Washington
Butler Simmons Foster Bryant Alexander Russell Griffin Hayes Myers Ford Hamilton Graham
Sullivan Wallace Woods Cole West Jordan Owens Reynolds Fisher Ellis Harrison Gibson
Marshall Gordon Kennedy Wells Dixon Burns Hunt Holmes Palmer Black Stone Mills Grant
Knight Ferguson Rose Hudson Spencer Gardner Stephens Payne Pierce Berry Matthews Arnold
Willis Ray Watkins Carroll Duncan Snyder Hart Cunningham Bradley Lane Andrews Harper Fox
Riley Armstrong Carpenter Weaver Greene Lawrence Elliott Sims Austin Peters Kelley
Franklin Lawson Fields Ryan Carr Wheeler Chapman Oliver Montgomery Richards Williamson
Johnston Banks Bishop Howell Morrison Harvey Little Burton Stanley George Jacobs Reid
Fuller Lynch Dean Gilbert Garrett Welch Frazier Burke Day Bowman Fowler Brewer Holland
Douglas Fleming Hopkins Terry Wade Walters Curtis Neal Caldwell Lowe Jennings Barnett
Graves Horton Shelton Barrett Sutton Gregory Lucas Miles Craig Chambers Holt Lambert
Fletcher Watts Bates Hale Rhodes Beck Newman Haynes Vaughn Parks Dawson Norris Hardy Love
Steele Powers Barker Page Ball Chandler Leonard Lyons Ramsey Mullins Benson Sharp Bowen
Daniel Barber Cummings Hines Baldwin Griffith Hubbard Reeves Stevenson Burgess Tate Cross
Garner Mann Mack Moss Thornton Farmer Glover Manning Harmon Rodgers Robbins Newton Todd
Blair Higgins Ingram Reese Cannon Strickland Townsend Goodwin Walton Rowe Hampton Patton
Goodman Yates Hodges Conner Adkins Webster Norman Malone Hammond Flowers Cobb Moody Quinn
Blake Maxwell Pope Floyd Osborne Gibbs Tyler Stokes Sherman Saunders Wise Greer Waters
Ballard Houston Pratt Briggs Parsons Buchanan Copeland Pittman Holloway Brock Poole Logan
Bass Marsh Drake Morton Abbott Sparks Norton Clayton Massey Lloyd Carson Bowers Barton
Lamb Casey Boone Mathis Singleton Wilkins Cain Underwood Hogan Collier Phelps Bridges
Wilkerson Summers Atkins Tolbert Pickens Whitfield Hollis Pruitt Dupree Crenshaw Honeycutt
Satterfield Blackwell Yarbrough Bledsoe Hatcher Sizemore Tillman Haygood Puckett Gentry
Faircloth Kilgore Lassiter Rutledge Whitlock Bagwell Cagle Dobbins Eubanks Fincher Goolsby
Huckaby Ivey Jolley Lanier Massengale Nix Ogletree Pettit Quarles Rakestraw Strother
Threlkeld Upchurch Varner Weatherford Youngblood Cofield Abernathy Blalock Chastain Dill
Echols Fortenberry Gaddis Hightower Isbell Jernigan Kimsey Ledbetter Mabry Nesbitt Overby
Poteet Rountree Scoggins Tidwell Vickers Wommack Yancey Alford Bolton Clements Dorsey
Etheridge Gaines Hester Jarrett Kirby Lockhart Mims Norwood Odom Pinson Rainey Shealy
Trammell Upshaw Vinson Wimberly Sewell Haralson Cantrell Bruce Pitts Swafford Tarver
Spivey Rollins Hembree Cash Pendley Dunaway Fulmer Grubbs Hinson Kimbrough Mauldin
""")

SURNAMES_SPECIAL = ["O'Neal", "O'Brien", "O'Quinn", "D'Amico", "McDaniel", "McCall", "McElroy",
                    "McKinney", "McBride", "McGee", "McCoy", "MacDonald", "DeLoach", "LaRue",
                    "DuBose", "St. John", "McWhorter", "McLendon", "DeFoor", "VanLandingham"]

NICKNAMES = {
    "William": ["Bill", "Billy", "Will", "Willie"], "Robert": ["Bob", "Bobby", "Rob"],
    "James": ["Jim", "Jimmy", "Jamie"], "John": ["Johnny", "Jack"], "Richard": ["Rick", "Ricky"],
    "Charles": ["Charlie", "Chuck"], "Thomas": ["Tom", "Tommy"], "Joseph": ["Joe", "Joey"],
    "Michael": ["Mike"], "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"],
    "Steven": ["Steve"], "Kenneth": ["Ken", "Kenny"], "Donald": ["Don", "Donnie"],
    "Gregory": ["Greg"], "Timothy": ["Tim"], "Jeffrey": ["Jeff"], "Douglas": ["Doug"],
    "Ronald": ["Ron", "Ronnie"], "Harold": ["Hal"], "Samuel": ["Sam"], "Benjamin": ["Ben"],
    "Matthew": ["Matt"], "Andrew": ["Andy", "Drew"], "Joshua": ["Josh"], "Zachary": ["Zach"],
    "Bradley": ["Brad"], "Nathan": ["Nate"], "Wesley": ["Wes"], "Calvin": ["Cal"],
    "Clayton": ["Clay"], "Stanley": ["Stan"], "Vernon": ["Vern"], "Raymond": ["Ray"],
    "Edward": ["Ed", "Eddie"], "Phillip": ["Phil"], "Russell": ["Rusty"], "Eugene": ["Gene"],
    "Frank": ["Frankie"], "Lewis": ["Lew"], "Jeremy": ["Jerry"], "Emmett": ["Em"],
    "Elizabeth": ["Beth", "Liz", "Betsy", "Libby"], "Margaret": ["Peggy", "Maggie", "Meg"],
    "Katherine": ["Kate", "Katie", "Kathy"], "Catherine": ["Cathy", "Cat"],
    "Patricia": ["Pat", "Patty", "Trish"], "Deborah": ["Debbie", "Deb"], "Debra": ["Debbie"],
    "Jennifer": ["Jen", "Jenny"], "Susan": ["Sue", "Susie"], "Barbara": ["Barb"],
    "Rebecca": ["Becky", "Becca"], "Pamela": ["Pam"], "Kimberly": ["Kim"], "Cynthia": ["Cindy"],
    "Sandra": ["Sandy"], "Virginia": ["Ginny"], "Dorothy": ["Dot", "Dottie"],
    "Kathleen": ["Kathy"], "Christine": ["Chris", "Tina"], "Teresa": ["Terri"],
    "Melissa": ["Missy"], "Amanda": ["Mandy"], "Stephanie": ["Steph"], "Mildred": ["Millie"],
    "Geraldine": ["Gerri"], "Jessica": ["Jess"], "Caroline": ["Carrie"], "Jacqueline": ["Jackie"],
    "Priscilla": ["Cilla"], "Allison": ["Allie"], "Frances": ["Frannie"],
    "Billy Ray": ["Billy"], "Jimmy Dale": ["Jimmy"], "Bobby Joe": ["Bobby"],
    "John Michael": ["John Mike"], "Mary Beth": ["Mary"], "Mary Ann": ["Mary"],
    "Sarah Jane": ["Sarah"], "Anna Grace": ["Anna"], "Mary Kate": ["Mary"], "Betty Jo": ["Betty"],
    "José": ["Pepe"], "Jesús": ["Chuy"], "Guadalupe": ["Lupe"], "Alejandro": ["Alex"],
}
SOUTHERN_MALE_NICKS = ["Bubba", "Skip", "Buddy", "Sonny", "Bo", "Butch", "Rusty", "Hoss", "Red"]

TITLES_M = ["Mr.", "Dr.", "Rev.", "Pastor"]
TITLES_F = ["Mrs.", "Ms.", "Dr.", "Miss"]

# ---------------------------------------------------------------------------
# geography (real towns, counties, ZIPs, area codes)
# ---------------------------------------------------------------------------
# city | county | state | zips | area codes | branch | rural | weight
CITY_TABLE = """
Atlanta|Fulton|GA|30305 30306 30307 30308 30309 30310 30311 30312 30313 30314 30315 30316 30317 30318 30319 30324 30326 30327 30331 30342|404 678 470|ATL|0|10
Sandy Springs|Fulton|GA|30328 30350 30342|404 770 678|ATL|0|3
Decatur|DeKalb|GA|30030 30032 30033 30034 30035|404 678 470|ATL|0|4
Dunwoody|DeKalb|GA|30338 30360|770 678 470|ATL|0|2
Chamblee|DeKalb|GA|30341|770 678|ATL|0|1
Tucker|DeKalb|GA|30084|770 678 470|ATL|0|2
Stone Mountain|DeKalb|GA|30083 30087 30088|770 678 470|ATL|0|2
Lithonia|DeKalb|GA|30038 30058|770 678 470|ATL|0|2
East Point|Fulton|GA|30344|404 470|ATL|0|1
College Park|Fulton|GA|30337 30349|404 770 470|ATL|0|1
Roswell|Fulton|GA|30075 30076|770 678 470|ATL|0|3
Alpharetta|Fulton|GA|30004 30005 30009 30022|770 678 470|ATL|0|3
Marietta|Cobb|GA|30060 30062 30064 30066 30067 30068|770 678 470|ATL|0|5
Smyrna|Cobb|GA|30080 30082|770 678 470|ATL|0|2
Kennesaw|Cobb|GA|30144 30152|770 678 470|ATL|0|3
Powder Springs|Cobb|GA|30127|770 678|ATL|0|1
Acworth|Cobb|GA|30101 30102|770 678 470|ATL|0|2
Woodstock|Cherokee|GA|30188 30189|770 678 470|ATL|0|2
Canton|Cherokee|GA|30114 30115|770 678 470|ATL|1|2
Cumming|Forsyth|GA|30040 30041|770 678 470|ATL|0|2
Lawrenceville|Gwinnett|GA|30043 30044 30045 30046|770 678 470|ATL|0|4
Duluth|Gwinnett|GA|30096 30097|770 678 470|ATL|0|2
Snellville|Gwinnett|GA|30039 30078|770 678 470|ATL|0|2
Suwanee|Gwinnett|GA|30024|770 678 470|ATL|0|1
Norcross|Gwinnett|GA|30071 30092 30093|770 678 470|ATL|0|2
Lilburn|Gwinnett|GA|30047|770 678|ATL|0|1
Buford|Gwinnett|GA|30518 30519|770 678 470|ATL|0|2
Conyers|Rockdale|GA|30012 30013 30094|770 678 470|ATL|0|2
Covington|Newton|GA|30014 30016|770 678 470|ATL|1|2
Loganville|Walton|GA|30052|770 678 470|ATL|1|1
McDonough|Henry|GA|30252 30253|770 678 470|ATL|0|3
Stockbridge|Henry|GA|30281|770 678 470|ATL|0|2
Hampton|Henry|GA|30228|770 678 470|ATL|1|1
Jonesboro|Clayton|GA|30236 30238|770 678 470|ATL|0|2
Riverdale|Clayton|GA|30274 30296|770 678 470|ATL|0|1
Fayetteville|Fayette|GA|30214 30215|770 678 470|ATL|0|2
Peachtree City|Fayette|GA|30269|770 678 470|ATL|0|2
Tyrone|Fayette|GA|30290|770 678|ATL|1|1
Newnan|Coweta|GA|30263 30265|770 678 470|ATL|0|2
Douglasville|Douglas|GA|30134 30135|770 678 470|ATL|0|2
Dallas|Paulding|GA|30132 30157|770 678 470|ATL|1|1
Villa Rica|Carroll|GA|30180|770 678 470|ATL|1|1
Carrollton|Carroll|GA|30116 30117|770 678 470|ATL|1|1
Cartersville|Bartow|GA|30120 30121|770 678 470|ATL|1|1
Griffin|Spalding|GA|30223 30224|770 678 470|ATL|1|1
Gainesville|Hall|GA|30501 30504 30506|770 678 470|ATL|0|1
Winder|Barrow|GA|30680|770 678 470|ATL|1|1
Monroe|Walton|GA|30655|770 678 470|ATL|1|0.4
Oxford|Newton|GA|30054|770 678|ATL|1|0.2
Charlotte|Mecklenburg|NC|28202 28203 28204 28205 28207 28209 28210 28211 28212 28213 28214 28215 28216 28217 28226 28227 28262 28269 28270 28273 28277 28278|704 980|CLT|0|12
Matthews|Mecklenburg|NC|28104 28105|704 980|CLT|0|2
Mint Hill|Mecklenburg|NC|28227|704 980|CLT|0|1
Huntersville|Mecklenburg|NC|28078|704 980|CLT|0|2
Cornelius|Mecklenburg|NC|28031|704 980|CLT|0|1
Davidson|Mecklenburg|NC|28036|704 980|CLT|0|1
Pineville|Mecklenburg|NC|28134|704 980|CLT|0|1
Concord|Cabarrus|NC|28025 28027|704 980|CLT|0|3
Kannapolis|Cabarrus|NC|28081 28083|704 980|CLT|0|2
Harrisburg|Cabarrus|NC|28075|704 980|CLT|0|1
Mooresville|Iredell|NC|28115 28117|704 980|CLT|0|2
Statesville|Iredell|NC|28625 28677|704 980|CLT|1|1
Gastonia|Gaston|NC|28052 28054 28056|704 980|CLT|0|3
Belmont|Gaston|NC|28012|704 980|CLT|0|1
Mount Holly|Gaston|NC|28120|704 980|CLT|0|1
Monroe|Union|NC|28110 28112|704 980|CLT|0|2
Indian Trail|Union|NC|28079|704 980|CLT|0|1
Waxhaw|Union|NC|28173|704 980|CLT|1|1
Salisbury|Rowan|NC|28144 28146 28147|704 980|CLT|1|1
Lincolnton|Lincoln|NC|28092|704 980|CLT|1|1
Denver|Lincoln|NC|28037|704 980|CLT|1|1
Shelby|Cleveland|NC|28150 28152|704 980|CLT|1|1
Albemarle|Stanly|NC|28001|704 980|CLT|1|1
Rock Hill|York|SC|29730 29732|803 839|CLT|0|2
Fort Mill|York|SC|29708 29715|803 839|CLT|0|2
Lake Wylie|York|SC|29710|803 839|CLT|0|1
Jacksonville|Duval|FL|32202 32204 32205 32207 32208 32209 32210 32211 32216 32217 32218 32221 32222 32223 32224 32225 32226 32244 32246 32256 32257 32258 32277|904|JAX|0|14
Jacksonville Beach|Duval|FL|32250|904|JAX|0|2
Neptune Beach|Duval|FL|32266|904|JAX|0|1
Atlantic Beach|Duval|FL|32233|904|JAX|0|1
Orange Park|Clay|FL|32065 32073|904|JAX|0|2
Fleming Island|Clay|FL|32003|904|JAX|0|1
Middleburg|Clay|FL|32068|904|JAX|1|1
Green Cove Springs|Clay|FL|32043|904|JAX|1|1
Keystone Heights|Clay|FL|32656|352|JAX|1|0.5
Fernandina Beach|Nassau|FL|32034|904|JAX|0|1
Yulee|Nassau|FL|32097|904|JAX|1|1
Callahan|Nassau|FL|32011|904|JAX|1|1
St. Augustine|St. Johns|FL|32080 32084 32086 32092 32095|904|JAX|0|3
Ponte Vedra Beach|St. Johns|FL|32082|904|JAX|0|1
St. Johns|St. Johns|FL|32259|904|JAX|0|1
Palatka|Putnam|FL|32177|386|JAX|1|1
Macclenny|Baker|FL|32063|904|JAX|1|1
Palm Coast|Flagler|FL|32137 32164|386|JAX|0|1
Kingsland|Camden|GA|31548|912|JAX|1|1
St. Marys|Camden|GA|31558|912|JAX|1|1
Birmingham|Jefferson|AL|35203 35204 35205 35206 35207 35208 35209 35210 35211 35212 35213 35214 35215 35216 35222 35223 35226 35235 35242 35243 35244|205 659|BHM|0|10
Hoover|Jefferson|AL|35216 35226 35244|205|BHM|0|3
Vestavia Hills|Jefferson|AL|35216 35243|205|BHM|0|2
Mountain Brook|Jefferson|AL|35213 35223|205|BHM|0|1
Homewood|Jefferson|AL|35209|205|BHM|0|1
Bessemer|Jefferson|AL|35020 35022 35023|205|BHM|0|2
Trussville|Jefferson|AL|35173|205|BHM|0|2
Gardendale|Jefferson|AL|35071|205|BHM|0|1
Fultondale|Jefferson|AL|35068|205|BHM|0|1
Center Point|Jefferson|AL|35215|205|BHM|0|1
Irondale|Jefferson|AL|35210|205|BHM|0|1
Leeds|Jefferson|AL|35094|205|BHM|0|1
Pelham|Shelby|AL|35124|205|BHM|0|2
Alabaster|Shelby|AL|35007|205|BHM|0|2
Helena|Shelby|AL|35080|205|BHM|0|1
Chelsea|Shelby|AL|35043|205|BHM|1|1
Calera|Shelby|AL|35040|205|BHM|1|1
Tuscaloosa|Tuscaloosa|AL|35401 35404 35405 35406|205 659|BHM|0|2
Northport|Tuscaloosa|AL|35473 35476|205|BHM|0|1
Cullman|Cullman|AL|35055 35057|256 938|BHM|1|1
Jasper|Walker|AL|35501 35504|205|BHM|1|1
Oneonta|Blount|AL|35121|205|BHM|1|1
Pell City|St. Clair|AL|35125 35128|205|BHM|1|1
Moody|St. Clair|AL|35004|205|BHM|1|1
Odenville|St. Clair|AL|35120|205|BHM|1|0.5
Clanton|Chilton|AL|35045|205|BHM|1|1
Sylacauga|Talladega|AL|35150|256 938|BHM|1|1
Anniston|Calhoun|AL|36201 36207|256 938|BHM|0|1
Oxford|Calhoun|AL|36203|256 938|BHM|0|0.6
Decatur|Morgan|AL|35601 35603|256 938|BHM|0|0.4
"""


def _load_cities():
    out = []
    for ln in lines_list(CITY_TABLE):
        c, county, st, zips, acs, br, rural, w = ln.split("|")
        out.append({"city": c, "county": county, "state": st, "zips": zips.split(),
                    "acs": acs.split(), "branch": br, "rural": rural == "1", "w": float(w)})
    return out


CITIES = _load_cities()
CITIES_BY_BRANCH = {}
for _c in CITIES:
    CITIES_BY_BRANCH.setdefault(_c["branch"], []).append(_c)
BRANCH_WEIGHTS = [("ATL", 35), ("CLT", 25), ("JAX", 20), ("BHM", 20)]
STATE_NAMES = {"GA": "Georgia", "NC": "North Carolina", "SC": "South Carolina", "FL": "Florida",
               "AL": "Alabama", "OH": "Ohio", "PA": "Pennsylvania", "NY": "New York",
               "MI": "Michigan", "IN": "Indiana", "CT": "Connecticut", "MA": "Massachusetts",
               "VT": "Vermont", "ME": "Maine", "WI": "Wisconsin", "IL": "Illinois",
               "NJ": "New Jersey", "NH": "New Hampshire", "RI": "Rhode Island"}
STATE_DOTTED = {"GA": "Ga.", "NC": "N.C.", "SC": "S.C.", "FL": "Fla.", "AL": "Ala.", "OH": "Ohio",
                "PA": "Pa.", "NY": "N.Y.", "MI": "Mich.", "IN": "Ind.", "CT": "Conn.",
                "MA": "Mass.", "VT": "Vt.", "ME": "Me.", "WI": "Wis.", "IL": "Ill.", "NJ": "N.J.",
                "NH": "N.H.", "RI": "R.I."}

# snowbirds' homes up north: city, state, zip, area code
NORTH_HOMES = [
    ("Toledo", "OH", "43615", "419"), ("Columbus", "OH", "43235", "614"), ("Akron", "OH", "44313", "330"),
    ("Canton", "OH", "44718", "330"), ("Kettering", "OH", "45429", "937"), ("Erie", "PA", "16506", "814"),
    ("Pittsburgh", "PA", "15237", "412"), ("Harrisburg", "PA", "17112", "717"),
    ("Scranton", "PA", "18505", "570"), ("Amherst", "NY", "14221", "716"),
    ("Syracuse", "NY", "13214", "315"), ("Rochester", "NY", "14618", "585"), ("Albany", "NY", "12203", "518"),
    ("Massapequa", "NY", "11758", "516"), ("Grand Rapids", "MI", "49546", "616"),
    ("Ann Arbor", "MI", "48104", "734"), ("Traverse City", "MI", "49684", "231"),
    ("Kalamazoo", "MI", "49008", "269"), ("Indianapolis", "IN", "46260", "317"),
    ("Fort Wayne", "IN", "46804", "260"), ("Wethersfield", "CT", "06109", "860"),
    ("Worcester", "MA", "01602", "508"), ("Burlington", "VT", "05401", "802"),
    ("Portland", "ME", "04103", "207"), ("Whitefish Bay", "WI", "53217", "414"),
    ("Madison", "WI", "53711", "608"), ("Green Bay", "WI", "54301", "920"),
    ("Naperville", "IL", "60540", "630"), ("Cherry Hill", "NJ", "08003", "856"),
    ("Toms River", "NJ", "08753", "732"), ("Nashua", "NH", "03062", "603"), ("Cranston", "RI", "02920", "401"),
]

# people moved in from elsewhere keep their old cell numbers
OTHER_SE_AREA_CODES = ["706", "912", "229", "478", "843", "864", "919", "336", "813", "407",
                       "850", "334", "251", "256", "615", "901", "601", "504", "828", "423"]

# postal names people write instead of the preferred one, and common misspellings
CITY_ALIASES = {
    "Sandy Springs": ["Atlanta"], "Dunwoody": ["Atlanta"], "Chamblee": ["Atlanta"],
    "Vestavia Hills": ["Birmingham", "Vestavia"], "Mountain Brook": ["Birmingham", "Mtn Brook"],
    "Homewood": ["Birmingham"], "Hoover": ["Birmingham"], "Center Point": ["Birmingham"],
    "Irondale": ["Birmingham"], "Mint Hill": ["Charlotte"], "Fleming Island": ["Orange Park"],
    "Ponte Vedra Beach": ["Ponte Vedra", "Ponte Vedra Bch"], "St. Johns": ["Saint Johns", "Jacksonville"],
    "Jacksonville Beach": ["Jax Beach", "Jacksonville Bch"], "Peachtree City": ["Peachtree Cty", "PTC"],
    "Stone Mountain": ["Stone Mtn"], "Fernandina Beach": ["Fernandina", "Fernandina Bch"],
    "Jacksonville": ["Jax", "Jacksonvile"], "Birmingham": ["Bham", "B'ham", "Birmingam"],
    "Charlotte": ["Charlote", "Charolette"], "Lawrenceville": ["Lawrencville"],
    "Alpharetta": ["Alpharreta", "Alpharetta GA"], "Kennesaw": ["Kennesaw GA", "Kenesaw"],
    "McDonough": ["McDonogh", "Mc Donough"], "Tuscaloosa": ["Tuscalosa", "T-Town"],
    "Gastonia": ["Gastonai"], "Marietta": ["Mariettta"], "Douglasville": ["Douglasvile"],
    "Fayetteville": ["Fayeteville"], "Mooresville": ["Moorsville"], "Huntersville": ["Huntersvile"],
    "Lithonia": ["Lithonia GA"], "Orange Park": ["O Park", "Orange Pk"], "Middleburg": ["Middleberg"],
    "Green Cove Springs": ["Green Cove Spgs", "Green Cove"], "St. Augustine": ["Saint Augustine", "St Augustine", "St. Augustin"],
    "St. Marys": ["Saint Marys", "St Marys"], "Mount Holly": ["Mt Holly", "Mt. Holly"],
    "Rock Hill": ["Rockhill"], "Fort Mill": ["Ft Mill", "Ft. Mill"], "Pell City": ["Pell Cty"],
    "Bessemer": ["Bessmer"], "Trussville": ["Trussvile"], "Alabaster": ["Alabastor"],
    "Statesville": ["Statesvile"], "Salisbury": ["Salsbury"], "Smyrna": ["Smyna"],
    "Snellville": ["Snellvile"], "Conyers": ["Conyer"], "Stockbridge": ["Stockbrige"],
}

STREET_TYPES = {  # canonical -> (USPS abbreviation, other written forms)
    "Road": ("Rd", ["RD", "Rd.", "RD."]), "Drive": ("Dr", ["DR", "Dr.", "Drv"]),
    "Lane": ("Ln", ["LN", "Ln."]), "Court": ("Ct", ["CT", "Ct."]), "Trail": ("Trl", ["TRL", "Tr", "Trl."]),
    "Parkway": ("Pkwy", ["PKWY", "Pkwy.", "Pky"]), "Circle": ("Cir", ["CIR", "Cir.", "Cr"]),
    "Way": ("Way", ["WAY", "Wy"]), "Pike": ("Pike", ["PIKE", "Pk"]), "Street": ("St", ["ST", "St.", "Str"]),
    "Avenue": ("Ave", ["AVE", "Ave.", "Av"]), "Boulevard": ("Blvd", ["BLVD", "Blvd.", "Boul"]),
    "Place": ("Pl", ["PL", "Pl."]), "Terrace": ("Ter", ["TER", "Terr"]), "Trace": ("Trce", ["TRCE", "Trc"]),
    "Cove": ("Cv", ["CV", "Cove"]), "Point": ("Pt", ["PT", "Pt."]), "Run": ("Run", ["RUN"]),
    "Bend": ("Bnd", ["BND", "Bend"]), "Highway": ("Hwy", ["HWY", "Hwy."]), "Crossing": ("Xing", ["XING", "Crssng"]),
    "Loop": ("Loop", ["LOOP", "Lp"]), "Path": ("Path", ["PATH"]), "Ridge": ("Rdg", ["RDG", "Rdg."]),
}
DIRS = {"N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast",
        "NW": "Northwest", "SE": "Southeast", "SW": "Southwest"}

RES_STREET_NAMES = lines_list("""
Oak Hollow
Magnolia
Dogwood
Azalea
Camellia
Pinecrest
Willow Bend
Cedar Ridge
Hickory Hill
Pecan Grove
Cotton Creek
Fox Run
Quail Hollow
Deer Trail
Briarwood
Laurel Oak
Sweetgum
Live Oak
Palmetto
Sawgrass
Cypress Point
Heron Bay
Pelican
Marsh Landing
Riverbend
Creekside
Stonewall
Brookhaven
Wisteria
Honeysuckle
Persimmon
Muscadine
Red Clay
Cotton Gin
Mill Pond
Old Mill
Country Club
Church
Main
Maple
Elm
Walnut
Chestnut
Poplar
Sycamore
Sassafras
Bluebird
Cardinal
Mockingbird
Whippoorwill
Bobwhite
Turkey Creek
Bear Creek
Sugar Hill
Shiloh
Ebenezer
Bethel
Salem
Hunters Glen
Windsor
Kensington
Ashford
Huntington
Wellington
Chatham
Saddlebrook
Foxcroft
Timberline
Shadow Oaks
Golden Pond
Indian Springs
Spring Valley
Rolling Hills
Lakeview
Pine Needle
Tall Pines
Longleaf
Loblolly
Sandhill
Clover
Meadowlark
Old Orchard
Pebble Creek
Rock Springs
Whisper Lake
Stillwater
Carriage
Plantation
Mossy Oak
Hidden Valley
Twin Oaks
Forest Glen
Buckhead
Park Hill
Jefferson
Madison
Lee
Forrest
Oakmont
Sherwood
Edgewater
Waterford
Harbor
Seabreeze
Ocean Oaks
Sand Dollar
Tidewater
Ponderosa
Hollyhock
Gardenia
Jasmine
Redbud
Crepe Myrtle
""")
RES_STREET_TYPES = [("Drive", 20), ("Lane", 12), ("Court", 12), ("Road", 10), ("Trail", 8), ("Circle", 8),
                    ("Way", 7), ("Place", 5), ("Terrace", 3), ("Run", 3), ("Trace", 3), ("Cove", 3),
                    ("Point", 2), ("Bend", 2), ("Street", 6), ("Avenue", 4), ("Loop", 1), ("Path", 1),
                    ("Pike", 1), ("Parkway", 1), ("Ridge", 1), ("Crossing", 1)]

# major (commercial) roads by branch: name, type, postdir or ''
MAJOR_ROADS = {
    "ATL": [("Peachtree", "Road", "NE"), ("Piedmont", "Avenue", "NE"), ("Ponce de Leon", "Avenue", "NE"),
            ("Memorial", "Drive", "SE"), ("Cascade", "Road", "SW"), ("Moreland", "Avenue", "SE"),
            ("Howell Mill", "Road", "NW"), ("Northside", "Drive", "NW"), ("Briarcliff", "Road", "NE"),
            ("Cheshire Bridge", "Road", "NE"), ("Lavista", "Road", "NE"), ("Roswell", "Road", ""),
            ("Johnson Ferry", "Road", ""), ("Holcomb Bridge", "Road", ""), ("Old Alabama", "Road", ""),
            ("Sandy Plains", "Road", ""), ("Canton", "Road", ""), ("Bells Ferry", "Road", ""),
            ("Chastain", "Road", ""), ("Barrett", "Parkway", ""), ("Cobb", "Parkway", ""),
            ("Windy Hill", "Road", ""), ("Pleasant Hill", "Road", ""), ("Sugarloaf", "Parkway", ""),
            ("Lawrenceville", "Highway", ""), ("Stone Mountain", "Highway", ""), ("Jonesboro", "Road", ""),
            ("Tara", "Boulevard", ""), ("Eagles Landing", "Parkway", ""), ("Hudson Bridge", "Road", ""),
            ("Thornton", "Road", ""), ("Chapel Hill", "Road", ""), ("Macland", "Road", ""),
            ("Dallas", "Highway", ""), ("Buford", "Drive", ""), ("Scenic", "Highway", ""),
            ("Turner", "Pike", ""), ("Atlanta", "Highway", ""), ("Flat Shoals", "Parkway", "")],
    "CLT": [("Providence", "Road", ""), ("Sharon Amity", "Road", ""), ("Albemarle", "Road", ""),
            ("Monroe", "Road", ""), ("Independence", "Boulevard", ""), ("Tyvola", "Road", ""),
            ("Park", "Road", ""), ("Carmel", "Road", ""), ("Rea", "Road", ""),
            ("Ballantyne Commons", "Parkway", ""), ("Mallard Creek", "Road", ""),
            ("Sugar Creek", "Road", ""), ("Beatties Ford", "Road", ""), ("Wilkinson", "Boulevard", ""),
            ("Idlewild", "Road", ""), ("Matthews Mint Hill", "Road", ""), ("Statesville", "Avenue", ""),
            ("Brawley School", "Road", ""), ("Sam Furr", "Road", ""), ("Poplar Tent", "Road", ""),
            ("Concord Mills", "Boulevard", ""), ("Union", "Road", ""), ("Cox", "Road", ""),
            ("Franklin", "Boulevard", ""), ("Charlotte", "Avenue", ""), ("Dorman", "Road", ""),
            ("Celanese", "Road", ""), ("Lebanon", "Pike", "")],
    "JAX": [("Baymeadows", "Road", ""), ("San Jose", "Boulevard", ""), ("Beach", "Boulevard", ""),
            ("Atlantic", "Boulevard", ""), ("University", "Boulevard", "N"), ("Hodges", "Boulevard", ""),
            ("Southside", "Boulevard", ""), ("Blanding", "Boulevard", ""), ("Roosevelt", "Boulevard", ""),
            ("Normandy", "Boulevard", ""), ("Lem Turner", "Road", ""), ("Dunn", "Avenue", ""),
            ("Kernan", "Boulevard", "S"), ("St. Johns Bluff", "Road", "S"), ("Old St. Augustine", "Road", ""),
            ("Racetrack", "Road", ""), ("Mandarin", "Road", ""), ("Loretto", "Road", ""),
            ("Philips", "Highway", ""), ("Merrill", "Road", ""), ("Kingsley", "Avenue", ""),
            ("Park", "Avenue", ""), ("Cassat", "Avenue", ""), ("Edgewood", "Avenue", "S"),
            ("Timuquana", "Road", ""), ("Wells", "Road", ""), ("Sadler", "Road", ""),
            ("Anastasia", "Boulevard", ""), ("Palm Coast", "Parkway", "")],
    "BHM": [("Lorna", "Road", ""), ("Montgomery", "Highway", ""), ("Valleydale", "Road", ""),
            ("Cahaba Valley", "Road", ""), ("Green Springs", "Highway", ""), ("Crestwood", "Boulevard", ""),
            ("Oporto Madrid", "Boulevard", ""), ("Center Point", "Parkway", ""), ("Grants Mill", "Road", ""),
            ("Old Leeds", "Road", ""), ("Rocky Ridge", "Road", ""), ("Columbiana", "Road", ""),
            ("Acton", "Road", ""), ("Shades Crest", "Road", ""), ("Lakeshore", "Parkway", ""),
            ("Pelham", "Parkway", ""), ("Gadsden", "Highway", ""), ("Altadena", "Road", ""),
            ("1st", "Avenue", "N"), ("3rd", "Avenue", "S"), ("5th", "Avenue", "N"), ("20th", "Street", "S"),
            ("Clairmont", "Avenue", "S"), ("University", "Boulevard", ""), ("McFarland", "Boulevard", ""),
            ("Skyland", "Boulevard", "E"), ("Quintard", "Avenue", "")],
}
ATL_DIRS = ["NE", "NW", "SE", "SW"]
GENERIC_COMMERCIAL = [("Main", "Street", ""), ("Commerce", "Drive", ""), ("Industrial", "Boulevard", ""),
                      ("Market", "Street", ""), ("Business Park", "Drive", ""), ("Corporate Center", "Drive", ""),
                      ("Town Center", "Parkway", ""), ("Technology", "Parkway", ""), ("Broad", "Street", ""),
                      ("Railroad", "Avenue", ""), ("Depot", "Street", ""), ("Mill", "Street", ""),
                      ("Plaza", "Drive", ""), ("Crossroads", "Parkway", ""), ("Progress", "Road", ""),
                      ("Enterprise", "Way", ""), ("Distribution", "Drive", ""), ("Medical Center", "Drive", ""),
                      ("Professional", "Parkway", ""), ("Church", "Street", ""), ("Washington", "Street", ""),
                      ("Jefferson", "Street", ""), ("College", "Street", ""), ("Hospital", "Drive", ""),
                      ("Airport", "Road", ""), ("Interstate", "Parkway", ""), ("Park Place", "Boulevard", "")]

HIGHWAYS = {
    "GA": [("HWY", n) for n in ["29", "78", "20", "92", "138", "42", "155", "81", "278", "124", "316", "53", "9", "140", "54", "85", "17", "40"]],
    "NC": [("HWY", n) for n in ["29", "74", "16", "49", "73", "150", "27", "601", "200", "24"]],
    "SC": [("HWY", n) for n in ["21", "160", "274", "5", "901"]],
    "FL": [("SR", n) for n in ["16", "13", "200", "21", "207", "228", "115", "105", "100"]] +
          [("CR", n) for n in ["210", "218", "220", "208", "209", "214", "121", "108", "315"]] +
          [("HWY", n) for n in ["1", "17", "301", "90"]],
    "AL": [("HWY", n) for n in ["280", "31", "119", "25", "11", "78", "69", "52", "79", "231"]] +
          [("CR", n) for n in ["17", "52", "11", "39", "24", "36", "47"]],
}

# ---------------------------------------------------------------------------
# organisations: name material
# ---------------------------------------------------------------------------
FRANCHISE_BRANDS = [  # brand, slug, store-number range
    ("Waffle Stop", "wafflestop", (1000, 2399)), ("Biscuit Barn", "biscuitbarn", (100, 899)),
    ("Smoky Pig BBQ", "smokypigbbq", (10, 240)), ("Sweet Tea Grill", "sweetteagrill", (300, 699)),
    ("Peach Pit Burgers", "peachpitburgers", (1, 180)), ("Dixie Donuts", "dixiedonuts", (2000, 2899)),
    ("Hushpuppy Hut", "hushpuppyhut", (40, 410)), ("Gulf Coast Fish Camp", "gulfcoastfishcamp", (11, 95)),
    ("Taco Loco Cantina", "tacolococantina", (500, 990)), ("Pizza Depot", "pizzadepot", (3100, 3999)),
    ("Sunrise Biscuit Kitchen", "sunrisebiscuitkitchen", (700, 1299)),
    ("Carolina Chicken Shack", "carolinachickenshack", (20, 260)),
    ("Magnolia Bagel Co.", "magnoliabagel", (1, 60)), ("Fried Green Kitchen", "friedgreenkitchen", (100, 330)),
    ("Southern Sub Shop", "southernsubshop", (4000, 4899)), ("Cheddar Box Burgers", "cheddarboxburgers", (200, 480)),
    ("Rolling Pin Bakery Cafe", "rollingpinbakery", (60, 140)), ("Lucky Wok Express", "luckywokexpress", (800, 1100)),
]

FRANCHISEE_WORDS = ["Peach State", "Queen City", "First Coast", "Magic City", "Tri-State", "Piedmont",
                    "Southern Skies", "Red Clay", "Blue Ridge", "Coastal Plains", "Iron City", "Chattahoochee",
                    "Catawba Valley", "Gateway", "Crossroads", "Heartland", "Dogwood", "Longleaf"]
FRANCHISEE_PATTERNS = ["{S} Hospitality Group", "{I} Restaurants", "{W} Restaurant Group", "{W} QSR Holdings",
                       "{S} Family Enterprises", "{W} Dining", "{S} Food Services", "{I} Foods",
                       "{W} Franchise Partners", "{S} Brothers Restaurants"]

APT_PATTERNS = ["The Reserve at {P}", "{P} Apartments", "{P} Landing", "The Residences at {P}",
                "{P} Crossing Apartments", "{T} Pointe", "Legacy at {P}", "The Park at {P}", "{P} Commons",
                "The Villas at {P}", "{P} Station Apartments", "Arbors of {P}", "{T} Ridge Apartment Homes",
                "Parkside at {P}", "The Lofts at {P}", "{T} Creek Apartments", "{T} Trace Apartments",
                "The Retreat at {P}", "Preserve at {P}", "{P} Village Apartments", "{T} Grove",
                "Walden at {P}", "The Oaks of {P}"]
APT_SERIES = {"The Reserve at {P}": "Reserve", "Legacy at {P}": "Legacy", "The Park at {P}": "Park at",
              "The Villas at {P}": "Villas", "Arbors of {P}": "Arbors", "Parkside at {P}": "Parkside",
              "The Lofts at {P}": "Lofts", "The Retreat at {P}": "Retreat", "Preserve at {P}": "Preserve",
              "The Residences at {P}": "Residences", "Walden at {P}": "Walden", "The Oaks of {P}": "Oaks of"}
APT_TREES = ["Magnolia", "Willow", "Cedar", "Oak", "Pine", "Cypress", "Laurel", "Hickory", "Birch",
             "Sweetgum", "Aspen", "Juniper", "Holly", "Poplar", "Maple", "Sycamore", "Palmetto", "Dogwood"]
PLACES = {
    "ATL": ["Peachtree", "Lenox", "Vinings", "Sugarloaf", "Perimeter", "Buckhead", "Midtown", "Cumberland",
            "Town Center", "Windward", "Avalon Park", "Eagles Landing", "Stonecrest", "Camp Creek",
            "Mountain Park", "Hamilton Mill", "Johns Creek", "Dunwoody Village", "Kennesaw Mountain",
            "Lake Lanier", "Sweetwater", "Chattahoochee", "Panola", "Flat Shoals", "Cascade"],
    "CLT": ["Ballantyne", "University City", "SouthPark", "Steele Creek", "Lake Norman", "Mallard Creek",
            "NoDa", "Plaza Midwood", "Providence", "Carmel", "Birkdale", "Highland Creek", "Afton Village",
            "Sun Valley", "Riverwalk", "Baxter Village", "Crown Point", "Sugar Creek", "Catawba"],
    "JAX": ["Mandarin", "Southside", "Deerwood", "Tinseltown", "San Marco", "Riverside", "Arlington",
            "Baymeadows", "St. Johns Town Center", "Nocatee", "Oakleaf", "Eagle Harbor", "Julington Creek",
            "Fleming Island", "Amelia", "Beach Haven", "Ortega", "Cedar Hills", "Sawgrass"],
    "BHM": ["Riverchase", "Lakeshore", "Greystone", "Cahaba", "Liberty Park", "Inverness", "Brook Highland",
            "Patton Creek", "Ross Bridge", "Valleydale", "Shades Valley", "Crestline", "Highland Park",
            "Edgewood", "Trussville Springs", "Lake Purdy", "Southside", "Red Mountain", "Oak Mountain"],
}
GENERIC_PLACES = ["Oak Hollow", "Willow Bend", "Eagle's Landing", "Fox Chase", "Stonehaven", "Hunters Ridge",
                  "Laurel Springs", "Brookstone", "Windermere", "Saddlebrook", "Heritage Oaks", "Cedar Bluff",
                  "Stone Creek", "Magnolia Park", "Willow Creek", "Belle Meade", "Brookfield", "Autumn Chase",
                  "Wynfield", "Ashton Woods", "Kingsgate", "Hampton Place", "Sterling Lakes", "Pine Lake",
                  "Chestnut Ridge", "Highland Park", "Summerfield", "Bridgewater", "Tanglewood", "Quail Creek",
                  "River Oaks", "Twin Lakes", "Deer Creek", "Hickory Grove", "Lakeside", "Copper Creek",
                  "Timber Ridge", "Briar Creek", "Rolling Meadows", "Abbey Glen", "Stonebridge", "Fairhaven",
                  "Wildwood", "Cobblestone", "Clearwater Pointe", "Heron Cove", "Sea Oaks", "Marsh Creek"]

MGMT_WORDS = ["Southern Crest", "Cardinal", "Piedmont", "Heritage", "Keystone", "Palmetto", "Blue Ridge",
              "Tidewater", "Sterling", "Lakeshore", "Riverstone", "Ironwood", "Harborview", "Stonegate",
              "Live Oak", "Bluewater", "Redbud", "Canopy", "Summit Ridge", "Red Clay", "First Coast",
              "Queen City", "Magic City", "Peach State", "Chattahoochee", "Catawba", "St. Johns River",
              "Cahaba", "Briarwood", "Oakleaf", "Longleaf", "Cornerstone", "Homestead", "Bayside"]
MGMT_PATTERNS = ["{W} Property Management", "{W} Residential", "{W} Realty Management",
                 "{W} Community Management", "{W} Apartment Management", "{W} Property Services",
                 "{W} Association Management", "{W} Multifamily"]

HOA_PATTERNS = ["{P} Homeowners Association", "{P} HOA", "{P} Property Owners Association",
                "{P} Community Association", "The Village at {P} Homeowners Association",
                "{P} Swim and Tennis Association", "{P} Townhome Owners Association",
                "{P} Condominium Association", "{P} Master Association"]

SAINTS = ["Mary", "Luke", "John", "Paul", "Peter", "Andrew", "James", "Matthew", "Michael", "Joseph",
          "Anne", "Francis", "Patrick", "Thomas", "Stephen", "Mark", "Catherine", "Jude", "Philip", "Bartholomew"]
CHURCH_PATTERNS = ["First Baptist Church of {C}", "{C} First United Methodist Church", "Mt. Zion AME Church",
                   "New Hope Missionary Baptist Church", "Grace Community Church", "St. {N}'s Episcopal Church",
                   "St. {N} Catholic Church", "Cornerstone Church", "{P} Church of Christ",
                   "{P} Presbyterian Church", "Greater {W} Baptist Church", "Shiloh Missionary Baptist Church",
                   "Bethel AME Church", "Living Word Fellowship", "Harvest Church of {C}",
                   "Hope Lutheran Church", "{P} Baptist Church", "{P} United Methodist Church",
                   "Church of God of Prophecy", "Iglesia Bautista Hispana {H}", "Trinity Fellowship Church",
                   "Calvary Chapel {C}", "Mt. Pisgah Missionary Baptist Church", "Antioch Baptist Church",
                   "Friendship Baptist Church", "Zion Hill Church of God in Christ", "Rehoboth Baptist Church",
                   "Northside Church of God", "Pleasant Grove Baptist Church", "Sardis Baptist Church"]
CHURCH_WORDS = ["Mount Calvary", "Bethlehem", "Mt. Olive", "Springfield", "Mt. Moriah", "New Zion", "Union Hill"]
HISPANIC_CHURCH = ["Misión de Fe", "Jesús es el Camino", "El Buen Pastor", "Nueva Esperanza", "Príncipe de Paz"]

SCHOOL_LEVELS = ["Elementary School", "Middle School", "High School", "Primary School", "Intermediate School"]
PRIVATE_SCHOOL_PATTERNS = ["St. {N} Catholic School", "{P} Christian Academy", "{P} Day School",
                           "{P} Montessori School", "Covenant Christian School", "{P} Preparatory School",
                           "Our Lady of {L} Catholic School", "{P} Classical Academy"]
OUR_LADY = ["Lourdes", "Mercy", "Perpetual Help", "the Assumption", "Victory", "Sorrows"]

HOTEL_WORDS = ["Magnolia", "Azalea", "Peachtree", "Riverbend", "Gateway", "Heritage", "Dogwood", "Pinecrest",
               "Harbor", "Oceanside", "Seabreeze", "Palmetto", "Southern Pines", "Red Oak", "Cardinal",
               "Lakeview", "Tidewater", "Cotton Blossom", "Pelican", "Sandpiper", "Crossroads", "Hillcrest"]
HOTEL_PATTERNS = ["{W} Inn & Suites", "{W} Lodge", "{W} Hotel", "{W} Extended Stay", "{W} Motor Inn",
                  "{W} Suites", "{W} Inn", "The {W} Hotel", "{W} Beach Resort", "{W} Conference Center"]
HOTEL_LOCATIONS = ["Airport", "Downtown", "I-85", "I-20 East", "I-75 North", "I-95", "Midtown", "Beachfront",
                   "Medical Center", "Stadium", "University", "Town Center"]

WAREHOUSE_WORDS = ["Dixie", "Piedmont", "Southeastern", "Gateway", "Crossroads", "Peach State", "Carolina",
                   "First Coast", "Magic City", "Riverport", "Ironhorse", "Red Clay", "Harbor", "Tri-County",
                   "Interstate", "Palmetto", "Cumberland", "Blue Ridge", "Pinebelt", "Southland"]
WAREHOUSE_PATTERNS = ["{W} Cold Storage", "{W} Logistics", "{W} Distribution Center", "{W} Freight Services",
                      "{W} Warehousing & Fulfillment", "{W} Supply Co.", "{W} Paper & Packaging",
                      "{W} Feed & Seed", "{W} Building Supply", "{W} Grain & Storage", "{W} Moving & Storage"]

NURSING_WORDS = ["Camellia", "Willow Brook", "Magnolia", "Heritage", "Brookside", "Pine View", "Shady Oaks",
                 "Laurel", "Riverside", "Autumn Ridge", "Cypress Cove", "Azalea", "Golden Pond", "Sunnyside",
                 "Meadowview", "Stonebrook", "Dogwood", "Evergreen", "Crestview", "Hillhaven"]
NURSING_PATTERNS = ["{W} Health & Rehabilitation Center", "{W} Senior Living", "{W} Manor Nursing Center",
                    "{W} Assisted Living", "{W} Gardens Memory Care", "The Oaks at {W}", "{W} Nursing Home",
                    "{W} Retirement Community", "{W} Personal Care Home"]

REALTY_WORDS = ["Peachtree", "Coastal Key", "Queen City", "Magic City", "First Coast", "Red Door", "Front Porch",
                "Sweet Home", "Southern Charm", "Lakeside", "Cornerstone", "Hometown", "Mockingbird",
                "Oak Leaf", "Porch Light", "Blue Heron", "Keystone", "Tidewater", "Key Lime", "Lake Norman",
                "Iron City", "Piedmont", "Red Clay", "Magnolia", "Cardinal", "Brick & Ivy"]
REALTY_PATTERNS = ["{W} Realty Group", "{W} Realty", "{W} Properties & Realty", "{S} Realty",
                   "{W} Home Team Realty", "{W} Real Estate Partners", "{W} Realtors", "{S} & Associates Realty",
                   "{W} Real Estate Company", "{S} Real Estate Group"]

LANDLORD_PATTERNS = ["{I} Holdings", "{S} Properties", "{S} Rentals", "{W} Investments", "{I} Rental Properties",
                     "{S} Family Properties", "{W} Partners", "{W} Holdings", "{I} Investments", "{S} Real Estate Holdings"]
LANDLORD_WORDS = ["Big Oak", "Red Barn", "Blue Door", "Cotton Row", "Three Pines", "Creekside", "Sunbelt",
                  "Southpoint", "Mill Town", "Crossties", "Pecan Tree", "Bluebird", "Two Rivers", "Iron Gate",
                  "Dixie Land", "Plain Street", "Cedar Post", "Lucky Penny", "Front Street", "Hometown"]

GOV_PATTERNS = ["City of {C} Public Works", "{K} County Facilities Maintenance", "Town of {C} Parks & Recreation",
                "{C} Housing Authority", "{K} County Sheriff's Office", "{K} County Library System",
                "City of {C} Fire Department", "{K} County Animal Services", "{K} County Courthouse",
                "City of {C} Water Department", "{K} County Senior Services", "{K} County Board of Elections",
                "City of {C} Police Department", "{K} County Health Department"]

SMALLBIZ_TRADES = [  # for proprietors' firms: pattern uses {S} surname, {G} given
    ("{S} Family Dentistry", ["PC", "PA", "DMD, PC"]), ("{S} Heating & Air", ["LLC", "Inc."]),
    ("Law Office of {G} {S}", ["LLC", "PC"]), ("{S} Insurance Agency", ["Inc.", "LLC"]),
    ("{S} Chiropractic", ["PC", "LLC"]), ("{S} Auto Repair", ["LLC", "Inc."]),
    ("{S} Hair Studio", ["LLC"]), ("{S} CPA", ["PLLC", "PC", "LLC"]), ("{S} Plumbing Co.", ["Inc.", "LLC"]),
    ("{S} Tractor & Mower", ["LLC", "Inc."]), ("{S} Veterinary Clinic", ["PC", "LLC"]),
    ("{S} Pharmacy", ["Inc.", "LLC"]), ("{S} Lawn Care", ["LLC"]), ("{S} Funeral Home", ["Inc.", "LLC"]),
    ("{S} Electric", ["Inc.", "LLC"]), ("{S} Florist", ["LLC"]), ("{S} Family Medicine", ["PC", "PA"]),
]
OTHER_TRADES = ["Dental Group", "Veterinary Clinic", "Roofing", "Auto Service", "Landscaping", "Family Medicine",
                "Self Storage", "Baptist Church", "Child Care Center", "Car Wash", "Pharmacy", "Animal Hospital",
                "Tire & Auto", "Hardware", "Barbecue", "Florist", "Cleaners", "Pediatrics", "Physical Therapy",
                "Country Club", "Pool Supply", "Liquor Store", "Boat Storage", "Feed Store"]

LEGAL_FORMS_LLC = ["LLC", ", LLC", " L.L.C.", ", L.L.C."]
LEGAL_FORMS_INC = ["Inc.", ", Inc.", " Inc", ", Inc", " Incorporated"]

FREE_MAIL = [("gmail.com", 40), ("yahoo.com", 14), ("aol.com", 7), ("hotmail.com", 6), ("bellsouth.net", 8),
             ("comcast.net", 6), ("att.net", 6), ("outlook.com", 4), ("icloud.com", 4), ("charter.net", 2),
             ("windstream.net", 1), ("earthlink.net", 1), ("live.com", 1)]
FREE_DOMAINS = [d for d, _ in FREE_MAIL] + ["me.com", "msn.com", "ymail.com", "rocketmail.com"]
FAN_WORDS = {"GA": ["godawgs", "dawgfan", "uga", "braves", "falconsfan", "peachy", "georgiagirl", "jacketfan"],
             "AL": ["rolltide", "wareagle", "bamafan", "tidefan", "auburnfan", "magiccity"],
             "FL": ["gogators", "gatorfan", "jagsfan", "noles", "beachbum", "fishon", "duuuval"],
             "NC": ["tarheel", "pantherfan", "wolfpack", "queencity", "heelsfan", "hornetsfan"],
             "SC": ["gamecock", "clemsonfan", "tigerpaw", "sandlapper"]}

# ---------------------------------------------------------------------------
# primitive generators: ids, phones, e-mails, addresses, names
# ---------------------------------------------------------------------------
USED_IDS = set()
USED_PHONES = set()
USED_EMAILS = set()
USED_ADDRS = set()
USED_COMPANY_KEYS = set()
USED_PERSON_KEYS = set()


def new_id():
    while True:
        x = "c%07x" % rng.getrandbits(28)
        if x not in USED_IDS:
            USED_IDS.add(x)
            return x


def new_phone(acs):
    while True:
        ac = pick(acs)
        ex = rng.randint(201, 989)
        if ex % 100 == 11 or ex in (555, 950, 958, 959, 976):
            continue
        d = "%s%03d%04d" % (ac, ex, rng.randint(0, 9999))
        if d not in USED_PHONES:
            USED_PHONES.add(d)
            return d


def pick_city(branch=None, rural=None, exclude=None):
    if branch is None:
        branch = wpick(BRANCH_WEIGHTS)
    pool = [c for c in CITIES_BY_BRANCH[branch] if (rural is None or c["rural"] == rural)
            and (exclude is None or c["city"] != exclude)]
    if not pool:
        pool = CITIES_BY_BRANCH[branch]
    return wpick([(c, c["w"]) for c in pool])


def city_by_name(name, state=None):
    for c in CITIES:
        if c["city"] == name and (state is None or c["state"] == state):
            return c
    raise KeyError(name)


def slugify(s, keep_digits=True):
    s = ascii_fold(s).lower().replace("&", " and ")
    out = []
    for w in s.replace("-", " ").replace("'", "").replace(".", "").replace(",", " ").split():
        if w in ("llc", "inc", "the", "of", "and", "at", "co", "pc", "pa", "lp"):
            continue
        out.append("".join(ch for ch in w if ch.isalnum() and (keep_digits or not ch.isdigit())))
    return "".join(out)


def nm_words(name):
    s = ascii_fold(name).lower().replace("&", " and ")
    out = []
    for w in s.replace("-", " ").replace("'", "").replace(".", "").replace(",", " ").split():
        if w in ("llc", "inc", "the", "of", "and", "at", "co", "pc", "pa", "lp"):
            continue
        w = "".join(ch for ch in w if ch.isalnum())
        if w:
            out.append(w)
    return out


SLUG_GENERIC = {"association", "homeowners", "apartments", "apartment", "homes", "community", "center", "services",
                "company", "condominium", "village", "owners", "property", "master", "swim", "tennis", "townhome"}


def nm_slug(name, limit=22):
    """a short handle for mailboxes and domains, cut at word boundaries"""
    ws = nm_words(name)
    j = "".join(ws)
    if len(j) <= limit or len(ws) < 2:
        return j[:limit]
    ws2 = [w for w in ws if w not in SLUG_GENERIC] or ws
    if "homeowners" in ws or "hoa" in ws:
        ws2 = [w for w in ws2 if w != "hoa"] + ["hoa"]
    elif "association" in ws:
        ws2 = ws2 + ["assn"]
    j = "".join(ws2)
    if len(j) <= limit:
        return j
    ws = ws2
    if len(ws) >= 3 and len(ws[0] + ws[1] + ws[-1]) <= limit:
        return ws[0] + ws[1] + ws[-1]
    if len(ws[0] + ws[-1]) <= limit:
        return ws[0] + ws[-1]
    return ws[0][:12] + "".join(w[0] for w in ws[1:])


def initials_of(s):
    return "".join(w[0] for w in s.replace("-", " ").split() if w[0].isalpha()).upper()


def reg_email(e):
    k = e.lower()
    if k in USED_EMAILS:
        return False
    USED_EMAILS.add(k)
    return True


def person_email(given, family, state, nick=None, year=None):
    g = slugify(given.split()[0], False) or "me"
    g2 = slugify(given, False) or g
    f = slugify(family, False) or "home"
    yy = year if year else rng.randint(1948, 2001)
    for _ in range(60):
        dom = wpick(FREE_MAIL)
        if state in ("GA", "AL", "FL") and chance(0.08):
            dom = "bellsouth.net"
        form = rng.randrange(16)
        if form == 0:
            loc = "%s.%s" % (g, f)
        elif form == 1:
            loc = "%s%s" % (g[0], f)
        elif form == 2:
            loc = "%s%s%02d" % (g, f, yy % 100)
        elif form == 3:
            loc = "%s%s" % (f, g[0])
        elif form == 4:
            loc = "%s_%s" % (g2, f)
        elif form == 5 and nick:
            loc = "%s%s" % (slugify(nick, False), f)
        elif form == 6:
            loc = "%s%d" % (g, rng.randint(1, 999))
        elif form == 7:
            loc = "%s.%s" % (f, g)
        elif form == 8:
            loc = "%s%s%d" % (g[0], f, rng.randint(1, 99))
        elif form == 9:
            loc = "the%ss" % f
        elif form == 10:
            loc = "%s%s" % (pick(FAN_WORDS.get(state, FAN_WORDS["GA"])), rng.randint(1, 99) if chance(0.7) else yy)
        elif form == 11:
            loc = "%s.%s%d" % (g, f, yy)
        elif form == 12:
            loc = "%s%s" % (g2, f[0])
        elif form == 13:
            loc = "%smom%d" % (f, rng.randint(1, 9)) if chance(0.5) else "%s%s" % (g, pick(["1", "22", "77", "fam", "home", "house"]))
        elif form == 14:
            loc = "%s.%s.%d" % (g, f, rng.randint(1, 9))
        else:
            loc = "%s%s" % (g, f)
        e = "%s@%s" % (loc, dom)
        if reg_email(e):
            return e
    while True:
        e = "%s.%s%d@gmail.com" % (g, f, rng.randint(100, 99999))
        if reg_email(e):
            return e


def org_email(slug, locals_, domain=None, free_ok=True):
    for _ in range(40):
        if domain is None and free_ok and chance(0.35):
            e = "%s%s@%s" % (slug, pick(["", "", "1", ".office", "info", str(rng.randint(1, 99))]), wpick(FREE_MAIL[:8]))
        else:
            dom = domain or ("%s.%s" % (slug, pick(["com", "com", "com", "net", "org"])))
            e = "%s@%s" % (pick(locals_), dom)
        if reg_email(e):
            return e
    while True:
        e = "%s%d@gmail.com" % (slug[:20], rng.randint(10, 9999))
        if reg_email(e):
            return e


def new_addr_base(city_info, zip_=None):
    return {"kind": "street", "num": None, "predir": None, "name": None, "stype": None, "postdir": None,
            "hwy_type": None, "hwy_num": None, "hwy_dir": None, "pobox": None, "rr": None, "box": None,
            "unit_kind": None, "unit": None, "careof": None, "line2_extra": None,
            "city": city_info["city"], "state": city_info["state"],
            "zip": zip_ or pick(city_info["zips"]), "zip4": "%04d" % rng.randint(1, 9999), "country": "US",
            "case": "title", "stype_form": "abbr", "dir_form": "abbr", "unit_pos": "line2", "unit_form": None,
            "hwy_form": 0, "pobox_form": "PO Box", "rr_form": 0, "state_form": "abbr",
            "zip_form": "zip5", "country_form": "US", "bldg": None}


def _addr_key(a):
    if a["kind"] == "pobox":
        return ("pobox", a["pobox"], a["zip"])
    if a["kind"] == "rr":
        return ("rr", a["rr"], a["box"], a["zip"])
    if a["kind"] == "hwy":
        return ("hwy", a["num"], a["hwy_type"], a["hwy_num"], a["city"], a["unit"])
    return ("st", a["num"], a["name"], a["stype"], a["city"], a["unit"])


def register_addr(a):
    k = _addr_key(a)
    if k in USED_ADDRS:
        return False
    USED_ADDRS.add(k)
    return True


def house_number(kind):
    if kind == "rural":
        return str(rng.randint(100, 9999) if chance(0.7) else rng.randint(10000, 19999))
    if kind == "com":
        return str(wpick([(rng.randint(100, 999), 3), (rng.randint(1000, 9999), 5), (rng.randint(10000, 12999), 1)]))
    return str(wpick([(rng.randint(10, 99), 1), (rng.randint(100, 999), 5), (rng.randint(1000, 9999), 6)]))


def residential_address(ci, unit=None):
    for _ in range(50):
        a = new_addr_base(ci)
        if ci["rural"] and chance(0.28):
            st = ci["state"]
            ht, hn = pick(HIGHWAYS.get(st, HIGHWAYS["GA"]))
            a.update(kind="hwy", num=house_number("rural"), hwy_type=ht, hwy_num=hn,
                     hwy_dir=pick([None, None, "N", "S", "E", "W"]), hwy_form=0)
        else:
            a["num"] = house_number("res")
            a["name"] = pick(RES_STREET_NAMES)
            a["stype"] = wpick(RES_STREET_TYPES)
            if ci["city"] == "Atlanta" and chance(0.55):
                a["postdir"] = pick(ATL_DIRS)
            elif chance(0.05):
                a["predir"] = pick(["N", "S", "E", "W"])
        if unit:
            a["unit_kind"], a["unit"] = unit
            a["unit_form"] = {"Apt": "Apt", "Unit": "Unit", "Lot": "Lot", "Ste": "Ste", "Bldg": "Bldg"}[unit[0]]
        if register_addr(a):
            return a
    raise RuntimeError("address space exhausted")


def commercial_address(ci, unit_kinds=("Ste",), unit_p=0.5):
    for _ in range(50):
        a = new_addr_base(ci)
        roads = MAJOR_ROADS[ci["branch"]]
        if ci["rural"] and chance(0.35):
            ht, hn = pick(HIGHWAYS.get(ci["state"], HIGHWAYS["GA"]))
            a.update(kind="hwy", num=house_number("com"), hwy_type=ht, hwy_num=hn,
                     hwy_dir=pick([None, "N", "S", "E", "W"]))
        else:
            core = ci["city"] in ("Atlanta", "Charlotte", "Jacksonville", "Birmingham")
            if chance(0.75 if core else 0.3):
                nm, ty, pd = pick(roads)
            else:
                nm, ty, pd = pick(GENERIC_COMMERCIAL)
            a["num"] = house_number("com")
            a["name"], a["stype"] = nm, ty
            a["postdir"] = pd or None
            if ci["city"] != "Atlanta" and pd in ATL_DIRS:
                a["postdir"] = None
        if unit_kinds and chance(unit_p):
            uk = pick(list(unit_kinds))
            a["unit_kind"] = uk
            if uk == "Ste":
                a["unit"] = str(pick([100, 101, 102, 105, 110, 120, 150, 200, 201, 210, 220, 250, 300, 310, 400, 450, 500, 1200]))
                if chance(0.15):
                    a["unit"] = pick(["A", "B", "C", "D", "E", "F", "G"])
            elif uk == "Bldg":
                a["unit"] = str(rng.randint(1, 12)) if chance(0.8) else pick(["A", "B", "C"])
            else:
                a["unit"] = str(rng.randint(1, 40))
            a["unit_form"] = uk
        if register_addr(a):
            return a
    raise RuntimeError("address space exhausted")


def pobox_address(ci):
    for _ in range(50):
        a = new_addr_base(ci)
        a.update(kind="pobox", pobox=str(wpick([(rng.randint(1, 999), 4), (rng.randint(1000, 9999), 4),
                                                   (rng.randint(10000, 99999), 1)])))
        a["zip4"] = "%04d" % rng.randint(1, 9999)
        if register_addr(a):
            return a
    raise RuntimeError("pobox space exhausted")


def rr_address(ci):
    for _ in range(50):
        a = new_addr_base(ci)
        a.update(kind="rr", rr=str(rng.randint(1, 9)), box=str(rng.randint(1, 399)), rr_form=0)
        if register_addr(a):
            return a
    raise RuntimeError("rr space exhausted")


def north_address(home):
    city, st, zp, ac = home
    ci = {"city": city, "state": st, "zips": [zp], "branch": "NORTH", "rural": False}
    for _ in range(50):
        a = new_addr_base(ci, zp)
        a["num"] = house_number("res")
        a["name"] = pick(RES_STREET_NAMES[:60] + ["Lincoln", "Washington", "Lake Shore", "Elmwood", "Hawthorne",
                                                  "Birchwood", "Brookside", "Cherry Hill", "Orchard", "Prospect"])
        a["stype"] = wpick([("Drive", 4), ("Road", 3), ("Street", 5), ("Avenue", 4), ("Lane", 2), ("Court", 2)])
        if register_addr(a):
            return a
    raise RuntimeError("north space exhausted")


def person_name(sex=None, allow_double=True, state="GA"):
    if sex is None:
        sex = "M" if chance(0.5) else "F"
    r = rng.random()
    accent = False
    if r < 0.06:
        given = pick(HISPANIC_MALE if sex == "M" else HISPANIC_FEMALE)
        family = pick(HISPANIC_FAMILY)
        if chance(0.3):
            given = ascii_fold(given)
        if chance(0.2):
            family = ascii_fold(family)
        accent = has_non_ascii(given + family)
    elif r < 0.09:
        grp = wpick([(ASIAN_GROUPS[0], 5), (ASIAN_GROUPS[1], 3), (ASIAN_GROUPS[2], 1.5), (ASIAN_GROUPS[3], 1.5)])
        given = pick(grp[0] if sex == "M" else grp[1])
        family = pick(grp[2])
    else:
        if allow_double and chance(0.10):
            given = pick(MALE_DOUBLE if sex == "M" else FEMALE_DOUBLE)
        else:
            given = pick(MALE_GIVEN if sex == "M" else FEMALE_GIVEN)
        family = pick(SURNAMES_SPECIAL) if chance(0.06) else pick(SURNAMES)
    middle = pick(MALE_GIVEN if sex == "M" else FEMALE_GIVEN)
    suffix = None
    if sex == "M" and chance(0.07):
        suffix = wpick([("Jr.", 6), ("Sr.", 1.5), ("III", 1.2), ("II", 0.3), ("IV", 0.2)])
    nick = None
    if given in NICKNAMES and chance(0.6):
        nick = pick(NICKNAMES[given])
    if sex == "M":
        if suffix == "III" and chance(0.7):
            nick = "Tripp"
        elif suffix == "Jr." and chance(0.25):
            nick = "Junior"
        elif r >= 0.09 and chance(0.12):
            nick = pick(SOUTHERN_MALE_NICKS)
    return {"sex": sex, "given": given, "middle": middle, "family": family, "suffix": suffix,
            "nick": nick, "accent": accent}


def person_key(given, family):
    return (ascii_fold(given or "").lower(), ascii_fold(family or "").lower())

# ---------------------------------------------------------------------------
# normalisers (the same definitions are re-implemented independently in check.py)
# they decide what counts as "shared" e-mail / phone / address / name / city
# ---------------------------------------------------------------------------
NAME_DROP = {"llc", "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "lp", "llp",
             "pllc", "pc", "pa", "the", "of", "and", "at", "mr", "mrs", "ms", "miss", "dr", "rev",
             "pastor", "jr", "sr", "ii", "iii", "iv"}


def _alnum_split(s):
    out, cur = [], []
    for ch in s:
        if ch.isalnum():
            cur.append(ch)
        else:
            if cur:
                out.append("".join(cur))
                cur = []
    if cur:
        out.append("".join(cur))
    return out


def norm_tokens(s):
    if not s:
        return []
    s = ascii_fold(s).lower().replace("&", " and ")
    for ch in ("'", "\u2019", "."):
        s = s.replace(ch, "")
    return [t for t in _alnum_split(s) if t not in NAME_DROP]


def person_name_key(rec):
    toks = norm_tokens(rec.get("givenName")) + norm_tokens(rec.get("familyName"))
    return tuple(toks)


def org_name_key(rec):
    return tuple(norm_tokens(rec.get("companyName") or rec.get("displayName")))


def family_key(rec):
    return tuple(norm_tokens(rec.get("familyName")))


def n_email(e):
    return e.strip().casefold() if e else None


def n_phone(p):
    if not p:
        return None
    s = p.lower()
    for cut in ("ext", "x"):
        i = s.find(cut)
        if i > 0:
            s = s[:i]
    d = "".join(ch for ch in s if ch.isdigit())
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d if len(d) == 10 else None


def n_city(c):
    if not c:
        return None
    s = ascii_fold(c).upper().replace(".", "").replace("'", "")
    toks = _alnum_split(s)
    toks = ["ST" if t == "SAINT" else "MT" if t == "MOUNT" else t for t in toks]
    return " ".join(toks) or None


ADDR_TOKEN_MAP = {}
for _full, (_abbr, _alts) in STREET_TYPES.items():
    ADDR_TOKEN_MAP[_full.upper()] = _abbr.upper()
    ADDR_TOKEN_MAP[_abbr.upper()] = _abbr.upper()
for _abbr, _full in DIRS.items():
    ADDR_TOKEN_MAP[_full.upper()] = _abbr
for _w in ("APT", "APARTMENT", "UNIT", "STE", "SUITE", "#", "NO", "NUMBER"):
    ADDR_TOKEN_MAP[_w] = "#"
ADDR_TOKEN_MAP.update({"BUILDING": "BLDG", "BLDG": "BLDG", "SAINT": "ST", "MOUNT": "MT", "HIGHWAY": "HWY"})
ADDR_PHRASES = [(("POST", "OFFICE", "BOX"), "POBOX"), (("P", "O", "BOX"), "POBOX"), (("PO", "BOX"), "POBOX"),
                (("POB",), "POBOX"), (("RURAL", "ROUTE"), "RR"), (("R", "R"), "RR"),
                (("STATE", "RD"), "SR"), (("COUNTY", "RD"), "CR"), (("CO", "RD"), "CR"), (("US", "HWY"), "HWY")]
CAREOF_PREFIX = ("C/O", "CO ", "C O ", "ATTN", "ATTENTION", "STORE", "%")


def _addr_tokens(text):
    s = ascii_fold(text).upper().replace(".", "").replace("'", "").replace("#", " # ")
    raw = []
    for t in s.replace("-", " ").replace(",", " ").replace("/", " ").split():
        # split letter/digit boundaries: RR2 -> RR 2, 4B -> 4 B
        cur = ""
        for ch in t:
            if not ch.isalnum() and ch != "#":
                if cur:
                    raw.append(cur)
                cur = ""
                continue
            if cur and (ch.isdigit() != cur[-1].isdigit() or ch == "#" or cur[-1] == "#"):
                raw.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            raw.append(cur)
    toks = [ADDR_TOKEN_MAP.get(t, t) for t in raw]
    out = []
    i = 0
    while i < len(toks):
        hit = False
        for pat, rep in ADDR_PHRASES:
            if tuple(toks[i:i + len(pat)]) == pat:
                out.append(rep)
                i += len(pat)
                hit = True
                break
        if not hit:
            out.append(toks[i])
            i += 1
    return out


def is_careof_line(s):
    u = ascii_fold(s).upper().strip()
    return u.startswith(CAREOF_PREFIX)


def n_addr(a):
    if not a:
        return None
    parts = [a.get("line1") or ""]
    l2 = a.get("line2")
    if l2 and not is_careof_line(l2):
        parts.append(l2)
    toks = _addr_tokens(" ".join(parts))
    pc = "".join(ch for ch in (a.get("postalCode") or "") if ch.isdigit())
    if len(pc) in (4, 8):
        pc = "0" + pc
    z5 = pc[:5] if len(pc) >= 5 else None
    return (tuple(toks), z5, n_city(a.get("city")))


def addr_shared(a, b):
    x, y = n_addr(a), n_addr(b)
    if not x or not y or not x[0] or x[0] != y[0]:
        return False
    if x[1] and y[1] and x[1] != y[1]:
        return False
    if x[2] and y[2] and x[2] != y[2]:
        return False
    return True


def evidence_of(r, c):
    ev = []
    if r.get("email") and c.get("email") and n_email(r["email"]) == n_email(c["email"]):
        ev.append("email")
    p1, p2 = n_phone(r.get("phone")), n_phone(c.get("phone"))
    if p1 and p1 == p2:
        ev.append("phone")
    if addr_shared(r.get("address"), c.get("address")):
        ev.append("address")
    return ev


def email_domain(e):
    if not e or "@" not in e:
        return None
    return e.strip().casefold().rsplit("@", 1)[1]


def shared_of(r, c, party_r, party_c):
    sh = []
    if party_r == party_c == "person":
        k1, k2 = person_name_key(r), person_name_key(c)
        if k1 and k1 == k2:
            sh.append("name")
    elif party_r == party_c == "org":
        k1, k2 = org_name_key(r), org_name_key(c)
        if k1 and k1 == k2:
            sh.append("name")
    f1, f2 = family_key(r), family_key(c)
    if f1 and f1 == f2:
        sh.append("familyName")
    if r.get("email") and c.get("email") and n_email(r["email"]) == n_email(c["email"]):
        sh.append("email")
    else:
        d1, d2 = email_domain(r.get("email")), email_domain(c.get("email"))
        if d1 and d1 == d2 and d1 not in FREE_DOMAINS:
            sh.append("email_domain")
    p1, p2 = n_phone(r.get("phone")), n_phone(c.get("phone"))
    if p1 and p1 == p2:
        sh.append("phone")
    if addr_shared(r.get("address"), c.get("address")):
        sh.append("address")
    a, b = r.get("address"), c.get("address")
    if a and b and n_city(a.get("city")) and n_city(a.get("city")) == n_city(b.get("city")):
        sh.append("city")
    return sh


def _name_strings(rec):
    out = []
    if rec.get("companyName"):
        out.append(rec["companyName"])
    if rec.get("givenName") or rec.get("familyName"):
        out.append("%s %s" % (rec.get("givenName") or "", rec.get("familyName") or ""))
    d = rec.get("displayName") or ""
    if d.endswith(")") and " (" in d:
        d = d[:d.rfind(" (")]
    out.append(d)
    res = []
    for s in out:
        t = " ".join(sorted(norm_tokens(s)))
        if t and t not in res:
            res.append(t)
    return res


def name_score(a, b):
    best = 0.0
    for x in _name_strings(a):
        for y in _name_strings(b):
            r = difflib.SequenceMatcher(None, x, y).ratio()
            if r > best:
                best = r
    return best


NC_MIN_SCORE = 0.6
NC_MARGIN = 0.12


def name_city_ok(rec, target_idx, pool, pool_entities, rec_entity):
    """rec is findable by name+city if target is the clear best name match among pool records of that city."""
    ra = rec.get("address")
    ta = pool[target_idx].get("address")
    if not ra or not ta:
        return False
    cty = n_city(ra.get("city"))
    if not cty or cty != n_city(ta.get("city")):
        return False
    tscore = name_score(rec, pool[target_idx])
    if tscore < NC_MIN_SCORE:
        return False
    for j, other in enumerate(pool):
        if j == target_idx or not other.get("address"):
            continue
        if pool_entities[j] == rec_entity:
            continue
        if n_city(other["address"].get("city")) != cty:
            continue
        if name_score(rec, other) > tscore - NC_MARGIN:
            return False
    return True

# ---------------------------------------------------------------------------
# entities (the real customers behind the records)
# ---------------------------------------------------------------------------
ENT = {}

PERSON_KINDS = ["homeowner", "household", "landlord", "snowbird", "tenant", "estate", "closing_client"]
ORG_KINDS = ["restaurant_store", "franchisee_holding", "apartment_community", "property_mgmt", "hoa",
             "school", "school_district", "church", "hotel", "warehouse", "nursing_home", "realty_agency",
             "landlord_llc", "government", "small_business"]


def base_entity(kind, party, ci):
    e = {"id": new_id(), "kind": kind, "party": party, "ci": ci, "branch": ci.get("branch"),
         "email": None, "phone": None, "addr": None, "alt": {}, "title": None}
    ENT[e["id"]] = e
    return e


def person_phone(ci):
    if chance(0.10):
        return new_phone(OTHER_SE_AREA_CODES)
    return new_phone(ci["acs"])


def fresh_person_name(state, sex=None, allow_double=True, avoid_keys=True):
    for _ in range(100):
        pn = person_name(sex, allow_double, state)
        k = person_key(pn["given"], pn["family"])
        if not avoid_keys or k not in USED_PERSON_KEYS:
            USED_PERSON_KEYS.add(k)
            return pn
    return pn


def tenant_unit():
    return ("Apt", wpick([(str(rng.randint(1, 40) * 100 + rng.randint(1, 24)), 4),
                          ("%d%s" % (rng.randint(1, 12), pick("ABCDEF")), 2),
                          (str(rng.randint(1, 399)), 2), (pick("ABCDEFGH"), 1)]))


def make_person(kind, ci=None, pn=None, sex=None):
    if ci is None:
        ci = city_by_name(pick(["Jacksonville", "St. Augustine", "Ponte Vedra Beach", "Fernandina Beach",
                                "Jacksonville Beach", "Orange Park", "Palm Coast", "St. Johns", "Atlantic Beach"])) \
            if kind == "snowbird" else pick_city()
    e = base_entity(kind, "person", ci)
    if pn is None:
        pn = fresh_person_name(ci["state"], sex)
    e["p"] = pn
    e["spouse"] = None
    if kind == "household":
        sp = person_name("F" if pn["sex"] == "M" else "M", True, ci["state"])
        if chance(0.85):
            sp["family"] = pn["family"]
        sp["suffix"] = None
        e["spouse"] = sp
    if kind == "estate":
        ex = person_name(None, True, ci["state"])
        if chance(0.6):
            ex["family"] = pn["family"]
        e["executor"] = ex
    if pn["sex"] == "F" and kind in ("homeowner", "tenant", "landlord", "closing_client") and chance(0.18):
        e["alt_family"] = pick(SURNAMES)  # maiden or newly married name used by some source
    if chance(0.05):
        e["title"] = pick(TITLES_M if pn["sex"] == "M" else TITLES_F)
    # address
    if kind == "tenant":
        e["addr"] = residential_address(ci, tenant_unit())
    elif kind == "snowbird":
        e["addr"] = residential_address(ci, ("Unit", str(rng.randint(101, 1540))) if chance(0.3) else None)
        home = pick(NORTH_HOMES)
        e["north"] = north_address(home)
        e["north_ac"] = home[3]
    elif ci["rural"] and chance(0.12):
        e["addr"] = rr_address(ci) if chance(0.5) else pobox_address(ci)
    else:
        e["addr"] = residential_address(ci)
    # phone
    if kind == "snowbird" and chance(0.6):
        e["phone"] = new_phone([e["north_ac"]])
    else:
        e["phone"] = person_phone(ci)
    # e-mail
    who = e.get("executor") if kind == "estate" else pn
    e["email"] = person_email(who["given"], who["family"], ci["state"], who.get("nick"))
    return e


def person_contact(state, sex=None):
    pn = person_name(sex, True, state)
    return {"given": pn["given"], "family": pn["family"], "nick": pn["nick"], "sex": pn["sex"],
            "middle": pn["middle"], "suffix": None, "accent": pn["accent"]}


def _fill(pattern, ci, surname=None, w=None):
    return pattern.format(P=pick(PLACES.get(ci["branch"], GENERIC_PLACES) + GENERIC_PLACES),
                          T=pick(APT_TREES), C=ci["city"], K=ci["county"], S=surname or pick(SURNAMES),
                          W=w or pick(MGMT_WORDS), N=pick(SAINTS), I=initials_of(" ".join(pick(SURNAMES) for _ in range(3))),
                          G=pick(MALE_GIVEN), H=pick(HISPANIC_CHURCH), L=pick(OUR_LADY))


def unique_company(gen_fn, tries=80, extra=None):
    for _ in range(tries):
        name = gen_fn()
        k = tuple(norm_tokens(name)) + ((extra,) if extra else ())
        if k and k not in USED_COMPANY_KEYS:
            USED_COMPANY_KEYS.add(k)
            return name
    raise RuntimeError("company names exhausted")


def pick_legal(kind):
    if kind in ("landlord_llc", "franchisee_holding", "property_mgmt", "warehouse", "realty_agency", "small_business"):
        return wpick([("LLC", 6), ("Inc.", 3)]) if kind != "landlord_llc" else wpick([("LLC", 9), ("LP", 1)])
    if kind == "hoa":
        return "Inc." if chance(0.6) else None
    if kind in ("hotel", "nursing_home"):
        return wpick([(None, 5), ("LLC", 3), ("Inc.", 2)])
    return None


def legal_str(legal):
    if not legal:
        return None
    if legal == "LLC":
        return pick([", LLC", " LLC", ", LLC", " LLC"])
    if legal == "Inc.":
        return pick([", Inc.", " Inc.", ", Inc."])
    return pick([", " + legal, " " + legal])


def make_org(kind, ci=None, **kw):
    if ci is None:
        ci = pick_city()
    e = base_entity(kind, "org", ci)
    st = ci["state"]
    e["contact"] = person_contact(st)
    e["contacts_alt"] = [person_contact(st) for _ in range(3)]
    e["brand"] = None
    e["store"] = None
    e["legal"] = pick_legal(kind)
    e["stem"] = None
    e["former"] = None
    unit_kinds, unit_p = ("Ste",), 0.45
    if kind == "restaurant_store":
        brand = kw.get("brand") or pick(FRANCHISE_BRANDS)
        e["brand"] = brand
        lo, hi = brand[2]
        while True:
            num = str(rng.randint(lo, hi))
            k = (brand[0], num)
            if k not in USED_COMPANY_KEYS:
                USED_COMPANY_KEYS.add(k)
                break
        e["store"] = num
        e["company"] = brand[0]
        e["stem"] = brand[0]
        e["franchisee"] = kw.get("franchisee")
        e["phone"] = new_phone(ci["acs"])
        fr = ENT.get(e["franchisee"]) if e["franchisee"] else None
        r = rng.random()
        if fr and r < 0.38:
            e["email"] = fr["email"]
        elif fr and r < 0.58:
            e["email"] = org_email("x", ["store%s" % num, "%s%s" % (brand[1][:8], num), "gm.%s" % num],
                                   domain=email_domain(fr["email"]))
        elif r < 0.8:
            e["email"] = org_email(brand[1], ["store%s" % num, "gm%s" % num, "mgr%s" % num, "%s%s" % (brand[1][:6], num)],
                                   domain="%s.com" % brand[1])
        else:
            c = e["contact"]
            e["email"] = person_email(c["given"], c["family"], st)
        unit_p = 0.35
    elif kind == "franchisee_holding":
        owner = person_contact(st)
        if chance(0.35):
            owner["family"] = pick(ASIAN_GROUPS[0][2])
            owner["given"] = pick(ASIAN_GROUPS[0][0])
        e["contact"] = owner
        e["company"] = unique_company(lambda: pick(FRANCHISEE_PATTERNS).format(
            S=owner["family"], I=initials_of(owner["given"] + " " + pick(SURNAMES) + " " + owner["family"]),
            W=pick(FRANCHISEE_WORDS)))
        slug = nm_slug(e["company"])
        e["email"] = org_email(slug, ["ap", "accounting", "payables", "office", "invoices"], free_ok=False)
        e["phone"] = new_phone(ci["acs"])
        e["brands"] = []
    elif kind == "apartment_community":
        pat = kw.get("pattern") or pick(APT_PATTERNS)
        e["company"] = unique_company(lambda: _fill(pat, ci))
        e["series"] = APT_SERIES.get(pat)
        e["manager"] = kw.get("manager")
        mg = ENT.get(e["manager"]) if e["manager"] else None
        slug = nm_slug(e["company"])
        r = rng.random()
        if mg and r < 0.55:
            e["email"] = mg["email"]
        elif mg and r < 0.85:
            s14 = nm_slug(e["company"], 14)
            e["email"] = org_email(slug, [s14, "mgr." + s14, "leasing." + s14, s14 + ".office", "manager." + s14],
                                   domain=mg["domain"])
        else:
            e["email"] = org_email(slug, ["leasing", "office", "manager"], free_ok=True)
        e["phone"] = mg["phone"] if (mg and chance(0.35)) else new_phone(ci["acs"])
        unit_kinds, unit_p = ("Bldg",), 0.15
    elif kind == "property_mgmt":
        e["company"] = unique_company(lambda: pick(MGMT_PATTERNS).format(W=pick(MGMT_WORDS)))
        slug = nm_slug(e["company"])
        short = initials_of(e["company"]).lower()
        e["domain"] = "%s.com" % (slug[:20] if chance(0.6) else short + slugify(pick(["mgmt", "pm", "res", "group"])))
        e["email"] = org_email(slug, ["ap", "payables", "invoices", "accountspayable", "ap.invoices"], domain=e["domain"])
        e["phone"] = new_phone(ci["acs"])
        unit_p = 0.8
    elif kind == "hoa":
        e["company"] = unique_company(lambda: _fill(pick(HOA_PATTERNS), ci))
        e["manager"] = kw.get("manager")
        mg = ENT.get(e["manager"]) if e["manager"] else None
        slug = nm_slug(e["company"])
        if mg and chance(0.6):
            e["email"] = mg["email"]
            e["phone"] = mg["phone"] if chance(0.6) else new_phone(ci["acs"])
        else:
            e["email"] = org_email(slug, ["board", "treasurer", "info", "president"], free_ok=True)
            e["phone"] = person_phone(ci)
        unit_kinds, unit_p = (), 0
    elif kind == "school_district":
        opts = ["%s County Schools" % ci["county"], "%s County Board of Education" % ci["county"],
                "%s County Public Schools" % ci["county"], "%s County School District" % ci["county"],
                "%s County Schools Facilities Department" % ci["county"]]
        if ci["state"] == "AL":
            opts = ["%s City Schools" % ci["city"]] * 3 + opts
        e["company"] = unique_company(lambda: pick(opts), 40)
        nm = e["company"]
        e["domain"] = "%s%s.example" % (slugify(nm.split(" County")[0].split(" City")[0]), pick(["schools", "k12", "boe"]))
        e["email"] = org_email("x", ["facilities", "maintenance", "accountspayable", "purchasing", "ap"], domain=e["domain"])
        e["phone"] = new_phone(ci["acs"])
    elif kind == "school":
        dist = ENT.get(kw.get("district")) if kw.get("district") else None
        e["district"] = dist["id"] if dist else None
        if dist:
            e["company"] = unique_company(lambda: "%s %s" % (
                pick([ci["county"] + " County", ci["city"], pick(GENERIC_PLACES), pick(SURNAMES), pick(SURNAMES),
                      pick(APT_TREES) + " " + pick(["Grove", "Hill", "Springs", "Creek", "Ridge"])]),
                pick(SCHOOL_LEVELS)))
            e["email"] = org_email("x", ["facilities.%s" % slugify(e["company"])[:12], "office.%s" % slugify(e["company"])[:10],
                                         "%s.%s" % (slugify(e["contact"]["given"], False), slugify(e["contact"]["family"], False))],
                                   domain=dist["domain"])
        else:
            e["company"] = unique_company(lambda: _fill(pick(PRIVATE_SCHOOL_PATTERNS), ci))
            e["email"] = org_email(nm_slug(e["company"]), ["office", "business", "facilities", "info"])
        e["phone"] = new_phone(ci["acs"])
        unit_p = 0
    elif kind == "church":
        e["company"] = unique_company(lambda: _fill(pick(CHURCH_PATTERNS), ci, w=pick(CHURCH_WORDS)),
                                      extra=ci["city"])
        slug = nm_slug(e["company"])
        e["email"] = org_email(slug, ["office", "church", "admin", "info", "pastor"], free_ok=True)
        e["phone"] = new_phone(ci["acs"])
        e["legal"] = "Inc." if chance(0.08) else None
        unit_p = 0
    elif kind == "hotel":
        e["company"] = unique_company(lambda: pick(HOTEL_PATTERNS).format(W=pick(HOTEL_WORDS)) +
                                      (" - %s" % pick(HOTEL_LOCATIONS) if chance(0.3) else ""))
        slug = nm_slug(e["company"])
        e["email"] = org_email(slug, ["gm", "frontdesk", "maintenance", "accounting", "chiefengineer"], free_ok=False)
        e["phone"] = new_phone(ci["acs"])
        unit_p = 0
    elif kind == "warehouse":
        e["company"] = unique_company(lambda: pick(WAREHOUSE_PATTERNS).format(W=pick(WAREHOUSE_WORDS)))
        slug = nm_slug(e["company"])
        e["email"] = org_email(slug, ["ap", "facilities", "accounting", "warehouse", "ops"], free_ok=False)
        e["phone"] = new_phone(ci["acs"])
        unit_kinds, unit_p = ("Unit", "Bldg", "Ste"), 0.5
    elif kind == "nursing_home":
        e["company"] = unique_company(lambda: pick(NURSING_PATTERNS).format(W=pick(NURSING_WORDS)))
        slug = nm_slug(e["company"])
        e["email"] = org_email(slug, ["administrator", "maintenance", "ap", "business.office", "don"], free_ok=False)
        e["phone"] = new_phone(ci["acs"])
        unit_p = 0
    elif kind == "realty_agency":
        e["company"] = unique_company(lambda: pick(REALTY_PATTERNS).format(W=pick(REALTY_WORDS), S=pick(SURNAMES)))
        slug = nm_slug(e["company"])
        e["domain"] = "%s.com" % slug[:22]
        e["email"] = org_email(slug, ["closings", "office", "admin", "transactions", "info"], domain=e["domain"])
        e["phone"] = new_phone(ci["acs"])
        unit_p = 0.6
    elif kind == "landlord_llc":
        owner = ENT.get(kw.get("owner")) if kw.get("owner") else None
        e["owner"] = owner["id"] if owner else None
        fam = owner["p"]["family"] if owner else pick(SURNAMES)
        ini = initials_of(owner["p"]["given"] + " " + owner["p"]["middle"] + " " + fam) if owner else initials_of(
            "%s %s %s" % (pick(SURNAMES), pick(SURNAMES), fam))
        e["company"] = unique_company(lambda: pick(LANDLORD_PATTERNS).format(S=fam, I=ini, W=pick(LANDLORD_WORDS)))
        if owner:
            e["contact"] = {"given": owner["p"]["given"], "family": owner["p"]["family"], "nick": owner["p"]["nick"],
                            "sex": owner["p"]["sex"], "middle": owner["p"]["middle"], "suffix": None,
                            "accent": owner["p"]["accent"]}
        slug = nm_slug(e["company"])
        if owner and chance(0.5):
            e["email"] = owner["email"]
        else:
            e["email"] = org_email(slug, ["rentals", "office", "info", "leasing"], free_ok=True)
        e["phone"] = owner["phone"] if (owner and chance(0.7)) else person_phone(ci)
        r = rng.random()
        if owner and r < 0.4 and owner["addr"]["city"] == ci["city"]:
            e["addr"] = owner["addr"]
        elif r < 0.75:
            e["addr"] = pobox_address(ci)
        unit_p = 0.3
    elif kind == "government":
        nm = unique_company(lambda: _fill(pick(GOV_PATTERNS), ci))
        e["company"] = nm
        e["domain"] = "%s.example" % slugify(("cityof" + ci["city"]) if "City" in nm or "Town" in nm else (ci["county"] + "county"))
        e["email"] = org_email("x", ["facilities", "publicworks", "purchasing", "ap", "maintenance",
                                     "%s.%s" % (slugify(e["contact"]["given"], False)[:1], slugify(e["contact"]["family"], False))],
                               domain=e["domain"])
        e["phone"] = new_phone(ci["acs"])
        unit_p = 0.1
    elif kind == "small_business":
        e["company"] = kw["company"]
        USED_COMPANY_KEYS.add(tuple(norm_tokens(kw["company"])))
        e["legal"] = kw.get("legal")
        slug = nm_slug(e["company"])
        e["email"] = org_email(slug, ["office", "info", "frontdesk", "billing"], free_ok=True)
        e["phone"] = new_phone(ci["acs"])
    else:
        raise ValueError(kind)
    if e["addr"] is None:
        if kind in ("church", "hoa") and chance(0.22):
            e["addr"] = pobox_address(ci)
        elif kind == "apartment_community":
            e["addr"] = commercial_address(ci, unit_kinds, unit_p) if chance(0.5) else residential_address(ci)
        else:
            e["addr"] = commercial_address(ci, unit_kinds, unit_p)
    e["legal_s"] = legal_str(e["legal"])
    if kind in ("warehouse", "hotel", "nursing_home", "realty_agency", "church", "small_business") and chance(0.06):
        e["former"] = e["company"]
        if kind == "warehouse":
            e["company"] = unique_company(lambda: pick(WAREHOUSE_PATTERNS).format(W=pick(WAREHOUSE_WORDS)))
        elif kind == "hotel":
            e["company"] = unique_company(lambda: pick(HOTEL_PATTERNS).format(W=pick(HOTEL_WORDS)))
        elif kind == "nursing_home":
            e["company"] = unique_company(lambda: pick(NURSING_PATTERNS).format(W=pick(NURSING_WORDS)))
        elif kind == "realty_agency":
            e["company"] = unique_company(lambda: pick(REALTY_PATTERNS).format(W=pick(REALTY_WORDS), S=pick(SURNAMES)))
        else:
            e["former"] = None
    return e

# ---------------------------------------------------------------------------
# intermediate representation (IR) of one record and its rendering
# ---------------------------------------------------------------------------
PHONE_FORMATS = {
    "paren": "({a}) {b}-{c}", "paren_nospace": "({a}){b}-{c}", "dash": "{a}-{b}-{c}", "dot": "{a}.{b}.{c}",
    "digits": "{a}{b}{c}", "space": "{a} {b} {c}", "plus1": "+1 {a}-{b}-{c}", "e164": "+1{a}{b}{c}",
    "1dash": "1-{a}-{b}-{c}", "plus1paren": "+1 ({a}) {b}-{c}", "dash_space": "{a} - {b} - {c}",
}
HWY_FORMS = {"HWY": ["Hwy {n}", "Highway {n}", "US Hwy {n}", "US Highway {n}"],
             "SR": ["SR {n}", "State Road {n}", "State Rd {n}", "SR-{n}"],
             "CR": ["CR {n}", "County Road {n}", "County Rd {n}", "Co Rd {n}"]}
RR_FORMS = ["RR {r} Box {b}", "Rural Route {r} Box {b}", "R.R. {r}, Box {b}", "RR {r}, Box {b}"]
POBOX_FORMS = ["PO Box", "P.O. Box", "P O Box", "POB", "Post Office Box", "P.O.Box"]
UNIT_FORMS = {"Apt": ["Apt", "Apt.", "#", "Unit", "Apartment"], "Unit": ["Unit", "#", "Apt"],
              "Ste": ["Ste", "Suite", "Ste.", "#"], "Bldg": ["Bldg", "Building", "Bldg."], "Lot": ["Lot"]}


def ir_from_entity(e):
    ir = {"party": e["party"], "title": None, "given": None, "family": None, "suffix": None,
          "suffix_in_family": False, "joint": None, "joint_diff": False, "estate": False,
          "company": None, "legal": None, "store": None, "store_fmt": "#", "display_tpl": "qbo",
          "display_qual": None, "trunc": None, "name_case": None, "co_case": None,
          "email": e["email"], "phone": e["phone"], "phone_fmt": "paren", "phone_ext": None, "ext_form": 0,
          "addr": copy.deepcopy(e["addr"]) if e["addr"] else None, "spurious": None}
    if e["party"] == "person":
        p = e["p"]
        ir["given"], ir["family"], ir["suffix"] = p["given"], p["family"], p["suffix"]
        ir["title"] = e.get("title")
        if e.get("spouse"):
            sp = e["spouse"]
            if sp["family"] == p["family"]:
                ir["joint"] = sp["given"]
            else:
                ir["joint"] = "%s %s" % (sp["given"], sp["family"])
                ir["joint_diff"] = True
        ir["estate"] = e["kind"] == "estate"
    else:
        c = e.get("contact")
        if c:
            ir["given"], ir["family"] = c["given"], c["family"]
        ir["company"] = e["company"]
        ir["legal"] = e.get("legal_s")
        ir["store"] = e.get("store")
        ir["display_tpl"] = "company"
    return ir


def _case(s, mode):
    if s is None:
        return None
    if mode == "upper":
        return s.upper()
    if mode == "lower":
        return s.lower()
    return s


def render_company(ir):
    if ir["company"] is None:
        return None
    base = ir["company"]
    st = ir["store"]
    if st:
        f = ir["store_fmt"]
        if f == "#":
            base = "%s #%s" % (base, st)
        elif f == "plain":
            base = "%s %s" % (base, st)
        elif f == "store":
            base = "%s Store %s" % (base, st)
        elif f == "no":
            base = "%s No. %s" % (base, st)
        elif f == "dash":
            base = "%s - #%s" % (base, st)
        elif f == "paren":
            base = "%s (#%s)" % (base, st)
        elif f == "line2" and not ir["addr"]:
            base = "%s #%s" % (base, st)
    if ir["legal"]:
        base = base + ir["legal"]
    s = _case(base, ir["co_case"])
    if ir["trunc"] and len(s) > ir["trunc"]:
        s = s[:ir["trunc"]].rstrip(" ,.-&")
    return s


def render_person_display(ir):
    g = ir["given"] or ""
    f = ir["family"] or ""
    sfx = ir["suffix"]
    f_full = (f + " " + sfx).strip() if (sfx and ir["suffix_in_family"] and f) else f
    tpl = ir["display_tpl"]
    if tpl == "last_first":
        g_part = (g + " " + sfx).strip() if (sfx and not ir["suffix_in_family"]) else g
        if f_full and g_part:
            d = "%s, %s" % (f_full, g_part)
        else:
            d = f_full or g_part
        if ir["joint"]:
            d = "%s & %s" % (d, ir["joint"])
        if ir["estate"]:
            d = d + " Estate"
    else:
        core = " ".join(x for x in [g, f_full] if x)
        if sfx and not ir["suffix_in_family"] and tpl in ("qbo", "typed"):
            core = core + " " + sfx
        if tpl == "qbo" and ir["joint"]:
            if ir["joint_diff"]:
                core = "%s & %s" % (core, ir["joint"])
            else:
                core = " ".join(x for x in ["%s & %s" % (g, ir["joint"]) if g else ir["joint"], f_full] if x)
                if sfx and not ir["suffix_in_family"]:
                    core = core + " " + sfx
        elif tpl == "typed" and ir["joint"]:
            if ir["joint_diff"]:
                core = "%s and %s" % (core, ir["joint"])
            else:
                core = " ".join(x for x in ["%s and %s" % (g, ir["joint"]) if g else ir["joint"], f_full] if x)
                if sfx and not ir["suffix_in_family"]:
                    core = core + " " + sfx
        d = core
        if ir["title"] and tpl in ("qbo", "typed"):
            d = "%s %s" % (ir["title"], d)
        if ir["estate"]:
            d = "Estate of " + d if tpl == "qbo" else d + " (Estate)"
    return d.strip()


def render_addr(a):
    if not a:
        return None
    case = a["case"]
    unit_txt = None
    if a["unit"]:
        uf = a["unit_form"] or a["unit_kind"]
        unit_txt = ("#%s" % a["unit"]) if uf == "#" else ("%s %s" % (uf, a["unit"]))
    if a["kind"] == "street":
        parts = [a["num"]]
        if a["predir"]:
            parts.append(_dir(a["predir"], a["dir_form"]))
        parts.append(a["name"])
        if a["stype"]:
            parts.append(_stype(a["stype"], a["stype_form"]))
        if a["postdir"]:
            parts.append(_dir(a["postdir"], a["dir_form"]))
        line1 = " ".join(p for p in parts if p)
    elif a["kind"] == "hwy":
        h = HWY_FORMS[a["hwy_type"]][a["hwy_form"] % 4].format(n=a["hwy_num"])
        if a["hwy_dir"]:
            h = h + " " + _dir(a["hwy_dir"], a["dir_form"])
        line1 = "%s %s" % (a["num"], h)
    elif a["kind"] == "pobox":
        line1 = "%s %s" % (a["pobox_form"], a["pobox"]) if a["pobox_form"] != "P.O.Box" else "P.O.Box %s" % a["pobox"]
    else:
        line1 = RR_FORMS[a["rr_form"] % 4].format(r=a["rr"], b=a["box"])
    line2 = None
    if a["careof"]:
        line2 = a["careof"]
    elif a["line2_extra"]:
        line2 = a["line2_extra"]
    if unit_txt:
        if a["unit_pos"] == "line1" or line2:
            line1 = line1 + (", " if a.get("unit_comma") else " ") + unit_txt
        else:
            line2 = unit_txt
    st = a["state"]
    sf = a["state_form"]
    region = {"abbr": st, "full": STATE_NAMES.get(st, st), "abbr_dot": STATE_DOTTED.get(st, st),
              "lower": st.lower(), "none": None}[sf]
    zf = a["zip_form"]
    if zf == "zip5":
        pc = a["zip"]
    elif zf == "zip9":
        pc = "%s-%s" % (a["zip"], a["zip4"])
    elif zf == "zip9nodash":
        pc = a["zip"] + a["zip4"]
    elif zf == "nolead":
        pc = a["zip"].lstrip("0")
    else:
        pc = None
    country = {"US": "US", "USA": "USA", "United States": "United States", "U.S.": "U.S.", "none": None}[a["country_form"]]
    out = {"line1": _case(line1, case), "line2": _case(line2, case), "city": _case(a["city"], case),
           "region": _case(region, case) if region and sf == "full" else region,
           "postalCode": pc, "country": _case(country, case) if country and len(country) > 3 else country}
    for k in list(out):
        if out[k] is not None and not str(out[k]).strip():
            out[k] = None
    return out


def _dir(d, form):
    if form == "full":
        return DIRS[d]
    if form == "abbr_dot":
        return ".".join(d) + "."
    return d


def _stype(t, form):
    abbr = STREET_TYPES[t][0]
    if form == "full":
        return t
    if form == "abbr_dot" and abbr != t:
        return abbr + "."
    return abbr


def render_phone(ir):
    d = ir["phone"]
    if not d:
        return None
    s = PHONE_FORMATS[ir["phone_fmt"]].format(a=d[:3], b=d[3:6], c=d[6:])
    if ir["phone_ext"]:
        s += [" x%s", " ext. %s", " x %s", " EXT %s"][ir["ext_form"] % 4] % ir["phone_ext"]
    return s


def render(ir):
    if ir["party"] == "person":
        disp = render_person_display(ir)
        disp = _case(disp, ir["name_case"])
        g = _case(ir["given"], ir["name_case"])
        f = ir["family"]
        if f and ir["suffix"] and ir["suffix_in_family"]:
            f = f + " " + ir["suffix"]
        f = _case(f, ir["name_case"])
        company = ir["spurious"]
    else:
        company = render_company(ir)
        disp = company
        g = _case(ir["given"], ir["name_case"])
        f = _case(ir["family"], ir["name_case"])
    if ir["trunc"] and disp and len(disp) > ir["trunc"]:
        disp = disp[:ir["trunc"]].rstrip(" ,.-&")
    if ir["display_qual"]:
        disp = "%s (%s)" % (disp, ir["display_qual"])
    a = ir["addr"]
    if a and ir["store"] and ir["store_fmt"] == "line2":
        a = dict(a)
        a["line2_extra"] = _case("Store #%s" % ir["store"], a["case"]) if not a["careof"] else None
    rec = {"displayName": disp or None, "givenName": g or None, "familyName": f or None,
           "companyName": company or None, "email": ir["email"] or None, "phone": render_phone(ir),
           "address": render_addr(a)}
    return rec

# ---------------------------------------------------------------------------
# noise primitives
# ---------------------------------------------------------------------------
KEY_NEIGHBORS = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok", "o": "ipl",
    "p": "ol", "a": "qsz", "s": "adwx", "d": "sfec", "f": "dgrv", "g": "fhtb", "h": "gjyn", "j": "hkum",
    "k": "jlim", "l": "ko", "z": "asx", "x": "zsc", "c": "xdv", "v": "cfb", "b": "vgn", "n": "bhm", "m": "nj",
}


def typo_str(s):
    if not s:
        return s
    idx = [i for i, ch in enumerate(s) if ch.isalpha() and ord(ch) < 128]
    if len(idx) < 3:
        return s
    inner = [i for i in idx if i > 0] or idx
    for _ in range(10):
        kind = wpick([("drop", 3), ("double", 2), ("swap", 3), ("sub", 3)])
        i = pick(inner)
        if kind == "drop":
            t = s[:i] + s[i + 1:]
        elif kind == "double":
            t = s[:i] + s[i] + s[i:]
        elif kind == "swap":
            if i + 1 >= len(s) or not s[i + 1].isalpha():
                continue
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        else:
            ch = s[i]
            nb = KEY_NEIGHBORS.get(ch.lower())
            if not nb:
                continue
            r = pick(nb)
            t = s[:i] + (r.upper() if ch.isupper() else r) + s[i + 1:]
        if t != s and t.strip():
            return t
    return s


EMAIL_DOMAIN_TYPOS = {
    "gmail.com": ["gmial.com", "gmail.co", "gamil.com", "gmal.com", "gmail.con", "gnail.com"],
    "yahoo.com": ["yaho.com", "yahooo.com", "yahoo.co", "yhoo.com"], "hotmail.com": ["hotmial.com", "hotmal.com", "hotmail.co"],
    "aol.com": ["aol.co", "aoll.com", "aol.con"], "bellsouth.net": ["bellsouth.com", "bellsouh.net", "belsouth.net", "bellsouth.ner"],
    "comcast.net": ["comcast.com", "comcst.net"], "att.net": ["att.com", "at.net"], "outlook.com": ["outlok.com", "outlook.co"],
    "icloud.com": ["iclod.com", "icloud.co"], "charter.net": ["charter.com", "chater.net"],
}


def email_typo(e):
    loc, dom = e.rsplit("@", 1)
    if dom.lower() in EMAIL_DOMAIN_TYPOS and chance(0.55):
        return "%s@%s" % (loc, pick(EMAIL_DOMAIN_TYPOS[dom.lower()]))
    r = rng.random()
    if r < 0.2 and "." in loc:
        return "%s@%s" % (loc.replace(".", "", 1), dom)
    if r < 0.3 and "." not in loc and len(loc) > 4:
        return "%s.%s@%s" % (loc[:len(loc) // 2], loc[len(loc) // 2:], dom)
    t = typo_str(loc)
    if t == loc:
        t = loc + pick(["1", "s", "x"])
    return "%s@%s" % (t, dom)


def phone_typo(d):
    for _ in range(20):
        ds = list(d)
        if chance(0.5):
            i = rng.randint(6, 8)
            ds[i], ds[i + 1] = ds[i + 1], ds[i]
        else:
            i = rng.randint(4, 9)
            ds[i] = pick([c for c in "0123456789" if c != ds[i]])
        t = "".join(ds)
        if t != d and t[3:6] != "555":
            return t
    return d


def house_typo(num):
    if not num or not num.isdigit():
        return num
    for _ in range(10):
        r = rng.random()
        if r < 0.4 and len(num) >= 2:
            i = rng.randrange(len(num) - 1)
            t = num[:i] + num[i + 1] + num[i] + num[i + 2:]
        elif r < 0.65 and len(num) >= 3:
            i = rng.randrange(1, len(num))
            t = num[:i] + num[i + 1:]
        elif r < 0.8:
            i = rng.randrange(len(num))
            t = num[:i] + num[i] + num[i:]
        else:
            i = rng.randrange(len(num))
            t = num[:i] + pick([c for c in "0123456789" if c != num[i]]) + num[i + 1:]
        if t != num and not t.startswith("0"):
            return t
    return num


def h(H, fields, what):
    if isinstance(fields, str):
        fields = [fields]
    for f in fields:
        H.append((f, what))


PNAME = ["givenName", "familyName", "displayName"]
ADDR_SUB = ["address.line1", "address.line2", "address.city", "address.region", "address.postalCode",
            "address.country"]


# lazily created alternative facts of a customer (new e-mail, new phone, new address ...)
def alt_email(e):
    if "email" not in e["alt"]:
        if e["party"] == "person":
            who = e.get("executor") if e["kind"] == "estate" else e["p"]
            e["alt"]["email"] = person_email(who["given"], who["family"], e["ci"]["state"], who.get("nick"))
        else:
            c = pick(e["contacts_alt"]) if chance(0.5) else e["contact"]
            dom = email_domain(e["email"]) if e["email"] else None
            if dom and dom not in FREE_DOMAINS and chance(0.7):
                e["alt"]["email"] = org_email("x", ["%s.%s" % (slugify(c["given"], False), slugify(c["family"], False)),
                                                    "%s%s" % (slugify(c["given"], False)[:1], slugify(c["family"], False)),
                                                    "office", "billing", "admin"], domain=dom)
            else:
                e["alt"]["email"] = person_email(c["given"], c["family"], e["ci"]["state"])
    return e["alt"]["email"]


def spouse_email(e):
    if "spouse_email" not in e["alt"]:
        sp = e["spouse"]
        e["alt"]["spouse_email"] = person_email(sp["given"], sp["family"], e["ci"]["state"], sp.get("nick"))
    return e["alt"]["spouse_email"]


def alt_phone(e):
    if "phone" not in e["alt"]:
        e["alt"]["phone"] = person_phone(e["ci"]) if e["party"] == "person" else new_phone(e["ci"]["acs"])
    return e["alt"]["phone"]


def moved_addr(e):
    if "moved" not in e["alt"]:
        ci = e["ci"] if chance(0.55) else pick_city(e["ci"]["branch"], exclude=e["ci"]["city"])
        unit = tenant_unit() if e["kind"] == "tenant" else None
        e["alt"]["moved"] = residential_address(ci, unit)
    return e["alt"]["moved"]


def mailing_addr(e):
    if "mailing" not in e["alt"]:
        ci = e["ci"]
        e["alt"]["mailing"] = pobox_address(ci)
    return e["alt"]["mailing"]


def _restyle(new_a, old_a):
    """a different address written with the same habits as the record it replaces"""
    a = copy.deepcopy(new_a)
    if old_a:
        for k in ("case", "stype_form", "dir_form", "unit_pos", "state_form", "country_form", "pobox_form"):
            a[k] = old_a[k]
        a["zip_form"] = old_a["zip_form"] if old_a["zip_form"] in ("zip5", "zip9", "none") else "zip5"
    return a

# ---------------------------------------------------------------------------
# noise operations.  Each takes (ir, entity, hints) and returns True when it applied.
# hints are (field, what) pairs; only those of fields that really differ are kept.
# ---------------------------------------------------------------------------
def op_name_upper(ir, e, H):
    if ir["name_case"] == "upper" or not (ir["given"] or ir["family"]):
        return False
    ir["name_case"] = "upper"
    h(H, ["givenName", "familyName"] + (["displayName"] if ir["party"] == "person" else []), "case")
    return True


def op_name_lower(ir, e, H):
    if ir["name_case"] == "lower" or not (ir["given"] or ir["family"]):
        return False
    ir["name_case"] = "lower"
    h(H, ["givenName", "familyName"] + (["displayName"] if ir["party"] == "person" else []), "case")
    return True


def op_name_titlecase(ir, e, H):
    if ir["name_case"] is None:
        return False
    ir["name_case"] = None
    h(H, ["givenName", "familyName"] + (["displayName"] if ir["party"] == "person" else []), "case")
    return True


def _pfields(ir):
    return ["givenName", "displayName"] if ir["party"] == "person" else ["givenName"]


def _contact_of(ir, e):
    if ir["party"] == "person":
        return e["p"]
    return e.get("contact")


def op_nickname(ir, e, H):
    p = _contact_of(ir, e)
    if not p or not p.get("nick") or not ir["given"] or ir["given"] == p["nick"]:
        return False
    if ascii_fold(ir["given"]).lower() != ascii_fold(p["given"]).lower():
        return False
    ir["given"] = p["nick"]
    h(H, _pfields(ir), "nickname")
    return True


def op_initials(ir, e, H):
    p = _contact_of(ir, e)
    if not p or not ir["given"] or len(ir["given"]) < 3:
        return False
    parts = ir["given"].split()
    if len(parts) >= 2:
        ir["given"] = "".join(w[0] + "." for w in parts)
    elif chance(0.5) and p.get("middle") and ascii_fold(ir["given"]).lower() == ascii_fold(p["given"]).lower():
        ir["given"] = "%s.%s." % (parts[0][0], p["middle"][0])
    else:
        ir["given"] = parts[0][0] + "."
    h(H, _pfields(ir), "initials")
    return True


def op_middle_initial(ir, e, H):
    p = _contact_of(ir, e)
    if not p or not ir["given"] or not p.get("middle") or len(ir["given"].split()) > 1:
        return False
    if ascii_fold(ir["given"]).lower() not in (ascii_fold(p["given"]).lower(), ascii_fold(p.get("nick") or "").lower()):
        return False
    ir["given"] = "%s %s." % (ir["given"], p["middle"][0])
    h(H, _pfields(ir), "middle_initial")
    return True


def op_short_form(ir, e, H):
    if not ir["given"] or len(ir["given"].split()) < 2:
        return False
    ir["given"] = ir["given"].split()[0]
    h(H, _pfields(ir), "short_form")
    return True


def op_given_typo(ir, e, H):
    if not ir["given"] or len(ir["given"]) < 4:
        return False
    t = typo_str(ir["given"])
    if t == ir["given"]:
        return False
    ir["given"] = t
    h(H, _pfields(ir), "typo")
    return True


def op_family_typo(ir, e, H):
    if not ir["family"] or len(ir["family"]) < 4:
        return False
    t = typo_str(ir["family"])
    if t == ir["family"]:
        return False
    ir["family"] = t
    h(H, ["familyName"] + (["displayName"] if ir["party"] == "person" else []), "typo")
    return True


def op_swap(ir, e, H):
    if not ir["given"] or not ir["family"] or ir["joint"] or ir["suffix"]:
        return False
    ir["given"], ir["family"] = ir["family"], ir["given"]
    h(H, ["givenName", "familyName"] + (["displayName"] if ir["party"] == "person" else []), "swapped")
    return True


def op_full_in_given(ir, e, H):
    if not ir["given"] or not ir["family"] or ir["joint"]:
        return False
    ir["given"] = "%s %s" % (ir["given"], ir["family"])
    ir["family"] = None
    h(H, "givenName", "full_name")
    h(H, "familyName", "dropped")
    h(H, "displayName", "full_name")
    return True


def op_drop_given(ir, e, H):
    if not ir["given"] or not ir["family"]:
        return False
    ir["given"] = None
    h(H, "givenName", "dropped")
    if ir["party"] == "person":
        h(H, "displayName", "given_dropped")
    return True


def op_title_add(ir, e, H):
    if ir["party"] != "person" or ir["title"] or ir["display_tpl"] not in ("qbo", "typed") or ir["estate"]:
        return False
    ir["title"] = pick(TITLES_M if e["p"]["sex"] == "M" else TITLES_F)
    h(H, "displayName", "title_added")
    return True


def op_title_drop(ir, e, H):
    if not ir["title"]:
        return False
    ir["title"] = None
    h(H, "displayName", "title_dropped")
    return True


def op_suffix_drop(ir, e, H):
    if not ir["suffix"]:
        return False
    ir["suffix"] = None
    h(H, ["familyName", "displayName"], "suffix_dropped")
    return True


def op_suffix_in_family(ir, e, H):
    if not ir["suffix"] or ir["suffix_in_family"] or not ir["family"]:
        return False
    ir["suffix_in_family"] = True
    h(H, ["familyName", "displayName"], "suffix_moved")
    return True


def op_married(ir, e, H):
    if ir["party"] != "person" or not e.get("alt_family") or not ir["family"]:
        return False
    cur = ascii_fold(ir["family"]).lower()
    if cur == ascii_fold(e["alt_family"]).lower():
        ir["family"] = e["p"]["family"]
    elif chance(0.25):
        ir["family"] = "%s-%s" % (e["p"]["family"], e["alt_family"])
    else:
        ir["family"] = e["alt_family"]
    h(H, ["familyName", "displayName"], "married_name")
    return True


def op_spouse(ir, e, H):
    if ir["party"] != "person" or not e.get("spouse") or not ir["joint"]:
        return False
    sp = e["spouse"]
    ir["given"] = sp["given"]
    ir["family"] = sp["family"]
    ir["joint"] = None
    ir["joint_diff"] = False
    ir["suffix"] = None
    h(H, ["givenName", "familyName", "displayName"], "spouse")
    return True


def op_joint_drop(ir, e, H):
    if not ir["joint"]:
        return False
    ir["joint"] = None
    ir["joint_diff"] = False
    h(H, "displayName", "spouse_dropped")
    return True


def op_accent_fold(ir, e, H):
    hit = False
    for k, f in (("given", "givenName"), ("family", "familyName")):
        if ir[k] and has_non_ascii(ir[k]):
            ir[k] = ascii_fold(ir[k])
            h(H, f, "encoding")
            hit = True
    if ir["company"] and has_non_ascii(ir["company"]):
        ir["company"] = ascii_fold(ir["company"])
        h(H, "companyName", "encoding")
        hit = True
    if hit:
        h(H, "displayName", "encoding")
    return hit


def op_mojibake(ir, e, H):
    hit = False
    for k, f in (("given", "givenName"), ("family", "familyName")):
        if ir[k] and has_non_ascii(ir[k]) and "Ã" not in ir[k]:
            ir[k] = mojibake(ir[k])
            h(H, f, "encoding")
            hit = True
    if ir["company"] and has_non_ascii(ir["company"]) and "Ã" not in ir["company"]:
        ir["company"] = mojibake(ir["company"])
        h(H, "companyName", "encoding")
        hit = True
    if ir["addr"] and has_non_ascii(ir["addr"].get("careof") or ""):
        ir["addr"]["careof"] = mojibake(ir["addr"]["careof"])
        h(H, "address.line2", "encoding")
    if hit:
        h(H, "displayName", "encoding")
    return hit


def op_punctuation(ir, e, H):
    f = ir["family"]
    if not f:
        return False
    if "'" in f:
        ir["family"] = pick([f.replace("'", ""), f.replace("'", " "), f.replace("'", "\u2019"), f.replace("'", "`")])
    elif f.startswith("Mc") and len(f) > 3:
        ir["family"] = pick(["Mc " + f[2:], "Mc" + f[2:].lower()])
    elif f.startswith("St. "):
        ir["family"] = pick(["St " + f[4:], "Saint " + f[4:]])
    elif f.startswith(("De", "La", "Du", "Van")) and len(f) > 4 and f[2].isupper():
        ir["family"] = f[:2] + " " + f[2:] if chance(0.5) else f[0] + f[1:].lower()
    elif "-" in f:
        ir["family"] = f.replace("-", " ")
    else:
        return False
    h(H, ["familyName"] + (["displayName"] if ir["party"] == "person" else []), "punctuation")
    return True


SPURIOUS_COMPANY = ["N/A", "n/a", "None", "Home", "Self", "Homeowner", "Retired", "Residential", "NA", "-",
                    "Personal", "none", "House", "Residence"]


def op_spurious_company(ir, e, H):
    if ir["party"] != "person" or ir["spurious"]:
        return False
    ir["spurious"] = pick(SPURIOUS_COMPANY)
    h(H, "companyName", "spurious")
    return True


def op_last_first(ir, e, H):
    if ir["party"] != "person" or ir["display_tpl"] == "last_first":
        return False
    ir["display_tpl"] = "last_first"
    h(H, "displayName", "last_first")
    return True


def op_display_typed(ir, e, H):
    if ir["party"] != "person" or ir["display_tpl"] == "typed":
        return False
    ir["display_tpl"] = "typed"
    h(H, "displayName", "retyped")
    return True


# ----- organisation names -------------------------------------------------
CO_ABBREV = [("Apartment Homes", "Apts"), ("Apartments", "Apts"), ("Apartments", "Apt"),
             ("Homeowners Association", "HOA"), ("Homeowners Association", "Homeowners Assn"),
             ("Homeowners Association", "Home Owners Assoc"), ("Property Owners Association", "POA"),
             ("Association", "Assn"), ("Association", "Assoc."), ("Community", "Comm."), ("Condominium", "Condo"),
             ("Church", "Ch."), ("Saint ", "St. "), ("St. ", "Saint "), ("Mount ", "Mt. "), ("Mt. ", "Mount "),
             ("Elementary School", "Elementary"), ("Elementary School", "Elem"), ("Middle School", "MS"),
             ("High School", "HS"), ("Middle School", "Middle"), ("Company", "Co"), ("Co.", "Company"),
             ("Management", "Mgmt"), (" and ", " & "), (" & ", " and "), ("Services", "Svcs"), ("Center", "Ctr"),
             ("Health & Rehabilitation", "Health & Rehab"), ("Rehabilitation", "Rehab"),
             ("Missionary Baptist Church", "MBC"), ("Baptist Church", "Bapt. Ch."), ("United Methodist Church", "UMC"),
             ("First United Methodist Church", "FUMC"), ("Department", "Dept"), ("County ", "Co. "),
             ("Distribution", "Dist."), ("Properties", "Props"), ("Brothers", "Bros"), ("Restaurants", "Rest."),
             ("Christian", "Chr."), ("Academy", "Acad."), ("Parks & Recreation", "Parks & Rec"),
             ("Fire Department", "Fire Dept"), ("Extended Stay", "Ext Stay"), ("Inn & Suites", "Inn and Suites"),
             ("Senior Living", "Sr Living"), ("Assisted Living", "ALF"), ("Distribution Center", "DC"),
             ("Board of Education", "BOE"), ("Public Schools", "Schools"), ("Nursing Center", "Nursing Ctr"),
             ("Sheriff's Office", "Sheriffs Office"), ("Sheriff's Office", "Sheriff"), ("Realty", "Rlty"),
             ("Real Estate", "RE"), ("Hospitality", "Hosp."), ("Holdings", "Hldgs"), ("Investments", "Invest."),
             ("Warehousing", "Whse"), ("Freight", "Frt"), ("Logistics", "Logistic"), ("Group", "Grp"),
             ("Partners", "Ptnrs"), ("Memory Care", "MC"), ("Retirement Community", "Retirement Comm"),
             ("Public Works", "PW"), ("Water Department", "Water Dept"), ("Library System", "Library"),
             ("Animal Services", "Animal Svcs"), ("Health Department", "Health Dept"), ("Fellowship", "Fellowship Ch")]


def op_co_abbrev(ir, e, H):
    c = ir["company"]
    if not c:
        return False
    cands = [(a, b) for a, b in CO_ABBREV if a in c]
    if not cands:
        return False
    a, b = pick(cands)
    ir["company"] = c.replace(a, b, 1)
    h(H, ["companyName", "displayName"], "abbreviation")
    return True


def op_co_upper(ir, e, H):
    if not ir["company"] or ir["co_case"] == "upper":
        return False
    ir["co_case"] = "upper"
    h(H, ["companyName", "displayName"], "case")
    return True


def op_co_lower(ir, e, H):
    if not ir["company"] or ir["co_case"] == "lower":
        return False
    ir["co_case"] = "lower"
    h(H, ["companyName", "displayName"], "case")
    return True


def op_co_titlecase(ir, e, H):
    if not ir["company"] or ir["co_case"] is None:
        return False
    ir["co_case"] = None
    h(H, ["companyName", "displayName"], "case")
    return True


def op_legal_drop(ir, e, H):
    if not ir["legal"]:
        return False
    ir["legal"] = None
    h(H, ["companyName", "displayName"], "legal_form")
    return True


def op_legal_vary(ir, e, H):
    lg = ir["legal"]
    if not lg:
        return False
    core = lg.replace(",", "").strip().rstrip(".").upper().replace(".", "")
    if core == "LLC":
        opts = [", LLC", " LLC", " L.L.C.", ", L.L.C.", " Llc", ", llc", " LLC."]
    elif core in ("INC", "INCORPORATED"):
        opts = [", Inc.", " Inc.", " Inc", ", Inc", " Incorporated", ", INC"]
    else:
        opts = [", " + core, " " + core, " " + ".".join(core) + "."]
    opts = [o for o in opts if o != lg]
    ir["legal"] = pick(opts)
    h(H, ["companyName", "displayName"], "legal_form")
    return True


def op_legal_add(ir, e, H):
    if ir["legal"] or e["kind"] not in ("hoa", "church", "hotel", "nursing_home", "warehouse", "realty_agency",
                                        "apartment_community", "small_business"):
        return False
    ir["legal"] = pick([", Inc.", " Inc", ", LLC", " LLC"])
    h(H, ["companyName", "displayName"], "legal_form")
    return True


def op_co_typo(ir, e, H):
    c = ir["company"]
    if not c or len(c) < 6:
        return False
    ws = c.split(" ")
    cand = [i for i, w in enumerate(ws) if len(w) >= 4 and w.isalpha()]
    if not cand:
        return False
    i = pick(cand)
    t = typo_str(ws[i])
    if t == ws[i]:
        return False
    ws[i] = t
    ir["company"] = " ".join(ws)
    h(H, ["companyName", "displayName"], "typo")
    return True


def op_truncate(ir, e, H):
    full = render_company(dict(ir, trunc=None)) or ""
    disp = render(dict(ir, trunc=None))["displayName"] or ""
    if ir["trunc"] or max(len(full), len(disp)) <= 30:
        return False
    ir["trunc"] = 30
    h(H, ["companyName", "displayName"], "truncated")
    return True


def op_store_fmt(ir, e, H):
    if not ir["store"]:
        return False
    opts = ["#", "plain", "store", "no", "dash", "paren"]
    if ir["addr"] and not ir["addr"]["careof"] and not ir["addr"]["line2_extra"]:
        opts.append("line2")
    opts = [o for o in opts if o != ir["store_fmt"]]
    new = pick(opts)
    if new == "line2" or ir["store_fmt"] == "line2":
        h(H, "address.line2", "store_number")
        a = ir["addr"]
        if a and a["unit"] and a["unit_pos"] == "line2":
            h(H, ["address.line1", "address.line2"], "unit_merged" if new == "line2" else "unit_split")
    ir["store_fmt"] = new
    h(H, ["companyName", "displayName"], "store_number")
    return True


def op_drop_article(ir, e, H):
    c = ir["company"]
    if not c or not c.startswith("The "):
        return False
    ir["company"] = c[4:]
    h(H, ["companyName", "displayName"], "article")
    return True


def op_renamed(ir, e, H):
    if not e.get("former") or not ir["company"]:
        return False
    cur, old = e["company"], e["former"]
    ir["company"] = pick([old, "%s fka %s" % (cur, old), "%s (formerly %s)" % (cur, old), "%s dba %s" % (old, cur)])
    h(H, ["companyName", "displayName"], "renamed")
    return True


def op_legal_entity(ir, e, H):
    if e["kind"] != "apartment_community" or not ir["company"]:
        return False
    core = e["company"].replace("The ", "").replace(" Apartments", "").replace(" Apartment Homes", "")
    ir["company"] = pick(["%s Owner" % core, "%s Apartments" % core, "%s Holdings" % core, "%s Property Owner" % core])
    ir["legal"] = pick([", LLC", " LLC", ", LP", " L.P."])
    h(H, ["companyName", "displayName"], "legal_entity")
    return True


def op_manager_tag(ir, e, H):
    mg = ENT.get(e.get("manager")) if e.get("manager") else None
    if not mg or not ir["company"] or "(" in ir["company"]:
        return False
    ir["company"] = "%s (%s)" % (ir["company"], initials_of(mg["company"]))
    h(H, ["companyName", "displayName"], "manager_tag")
    return True


def op_location_suffix(ir, e, H):
    if e["kind"] not in ("hotel", "nursing_home", "warehouse", "realty_agency") or not ir["company"]:
        return False
    if " - " in ir["company"]:
        ir["company"] = ir["company"].split(" - ")[0]
    else:
        ir["company"] = "%s - %s" % (ir["company"], e["ci"]["city"])
    h(H, ["companyName", "displayName"], "location_suffix")
    return True


def op_contact_change(ir, e, H):
    if ir["party"] != "org" or not e.get("contacts_alt"):
        return False
    c = pick(e["contacts_alt"])
    if ir["given"] == c["given"] and ir["family"] == c["family"]:
        return False
    ir["given"], ir["family"] = c["given"], c["family"]
    h(H, ["givenName", "familyName"], "contact_change")
    return True


def op_contact_drop(ir, e, H):
    if ir["party"] != "org" or not (ir["given"] or ir["family"]):
        return False
    ir["given"] = ir["family"] = None
    h(H, ["givenName", "familyName"], "dropped")
    return True


def op_contact_first_only(ir, e, H):
    if ir["party"] != "org" or not ir["given"] or not ir["family"]:
        return False
    ir["family"] = None
    h(H, "familyName", "dropped")
    return True


def op_contact_add(ir, e, H):
    if ir["party"] != "org" or ir["given"] or ir["family"] or not e.get("contact"):
        return False
    c = e["contact"] if chance(0.5) else pick(e["contacts_alt"])
    ir["given"], ir["family"] = c["given"], c["family"]
    h(H, ["givenName", "familyName"], "added")
    return True


# ----- e-mail ----------------------------------------------------------------
def op_email_case(ir, e, H):
    m = ir["email"]
    if not m:
        return False
    loc, dom = m.rsplit("@", 1)
    r = rng.random()
    if r < 0.35:
        t = m.upper()
    elif r < 0.7:
        t = ".".join(title_word(x) for x in loc.split(".")) + "@" + dom.capitalize()
    else:
        t = loc[:1].upper() + loc[1:] + "@" + dom
    if t == m:
        return False
    ir["email"] = t
    h(H, "email", "case")
    return True


def op_email_typo(ir, e, H):
    if not ir["email"]:
        return False
    t = email_typo(ir["email"])
    if t == ir["email"]:
        return False
    ir["email"] = t
    h(H, "email", "typo")
    return True


def op_email_new(ir, e, H):
    a = alt_email(e)
    if not a or (ir["email"] and n_email(ir["email"]) == n_email(a)):
        return False
    ir["email"] = a
    h(H, "email", "new")
    return True


def op_email_spouse(ir, e, H):
    if not e.get("spouse"):
        return False
    ir["email"] = spouse_email(e)
    h(H, "email", "spouse")
    return True


def op_email_drop(ir, e, H):
    if not ir["email"]:
        return False
    ir["email"] = None
    h(H, "email", "dropped")
    return True


def op_email_add(ir, e, H):
    if ir["email"] or not e["email"]:
        return False
    ir["email"] = e["email"]
    h(H, "email", "added")
    return True


def op_email_ap(ir, e, H):
    mg = ENT.get(e.get("manager")) if e.get("manager") else None
    if not mg or n_email(ir["email"]) == n_email(mg["email"]):
        return False
    ir["email"] = mg["email"]
    h(H, "email", "ap_mailbox")
    return True


# ----- phone -----------------------------------------------------------------
def op_phone_fmt(ir, e, H, fmt=None):
    if not ir["phone"]:
        return False
    opts = [f for f in PHONE_FORMATS if f != ir["phone_fmt"]]
    new = fmt or pick(opts)
    if new == ir["phone_fmt"]:
        return False
    ir["phone_fmt"] = new
    h(H, "phone", "format")
    return True


def op_phone_typo(ir, e, H):
    if not ir["phone"]:
        return False
    ir["phone"] = phone_typo(ir["phone"])
    h(H, "phone", "typo")
    return True


def op_phone_new(ir, e, H):
    a = alt_phone(e)
    if ir["phone"] == a:
        return False
    h(H, "phone", "new")
    ir["phone"] = a
    ir["phone_ext"] = None
    return True


def op_phone_drop(ir, e, H):
    if not ir["phone"]:
        return False
    ir["phone"] = None
    h(H, "phone", "dropped")
    return True


def op_phone_add(ir, e, H):
    if ir["phone"] or not e["phone"]:
        return False
    ir["phone"] = e["phone"]
    h(H, "phone", "added")
    return True


def op_phone_ext(ir, e, H):
    if ir["party"] != "org" or not ir["phone"]:
        return False
    if ir["phone_ext"]:
        ir["phone_ext"] = None
    else:
        ir["phone_ext"] = str(rng.randint(10, 499)) if chance(0.7) else str(rng.randint(1000, 4999))
        ir["ext_form"] = rng.randrange(4)
    h(H, "phone", "extension")
    return True


def op_phone_ap(ir, e, H):
    mg = ENT.get(e.get("manager")) if e.get("manager") else None
    if not mg or ir["phone"] == mg["phone"]:
        return False
    ir["phone"] = mg["phone"]
    h(H, "phone", "ap_line")
    return True


# ----- address ---------------------------------------------------------------
def _a(ir):
    return ir["addr"]


def op_addr_upper(ir, e, H):
    a = _a(ir)
    if not a or a["case"] == "upper":
        return False
    a["case"] = "upper"
    h(H, ["address.line1", "address.line2", "address.city", "address.region", "address.country"], "case")
    return True


def op_addr_lower(ir, e, H):
    a = _a(ir)
    if not a or a["case"] == "lower":
        return False
    a["case"] = "lower"
    h(H, ["address.line1", "address.line2", "address.city", "address.region", "address.country"], "case")
    return True


def op_addr_titlecase(ir, e, H):
    a = _a(ir)
    if not a or a["case"] == "title":
        return False
    a["case"] = "title"
    h(H, ["address.line1", "address.line2", "address.city", "address.region", "address.country"], "case")
    return True


def op_stype_form(ir, e, H, form=None):
    a = _a(ir)
    if not a or a["kind"] != "street" or not a["stype"]:
        return False
    new = form or pick([f for f in ("abbr", "full", "abbr_dot") if f != a["stype_form"]])
    if new == a["stype_form"]:
        return False
    a["stype_form"] = new
    h(H, "address.line1", "abbreviation")
    return True


def op_dir_form(ir, e, H):
    a = _a(ir)
    if not a or not (a["predir"] or a["postdir"] or a["hwy_dir"]):
        return False
    a["dir_form"] = pick([f for f in ("abbr", "full", "abbr_dot") if f != a["dir_form"]])
    h(H, "address.line1", "abbreviation")
    return True


def op_hwy_form(ir, e, H):
    a = _a(ir)
    if not a or a["kind"] != "hwy":
        return False
    a["hwy_form"] = pick([i for i in range(4) if i != a["hwy_form"] % 4])
    h(H, "address.line1", "abbreviation")
    return True


def op_box_form(ir, e, H):
    a = _a(ir)
    if not a or a["kind"] not in ("pobox", "rr"):
        return False
    if a["kind"] == "pobox":
        a["pobox_form"] = pick([f for f in POBOX_FORMS if f != a["pobox_form"]])
    else:
        a["rr_form"] = pick([i for i in range(4) if i != a["rr_form"] % 4])
    h(H, "address.line1", "format")
    return True


def op_house_typo(ir, e, H):
    a = _a(ir)
    if not a or a["kind"] not in ("street", "hwy"):
        return False
    t = house_typo(a["num"])
    if t == a["num"]:
        return False
    a["num"] = t
    h(H, "address.line1", "house_number")
    return True


def op_street_typo(ir, e, H):
    a = _a(ir)
    if not a or a["kind"] != "street" or len(a["name"]) < 5 or not any(c.isalpha() for c in a["name"]):
        return False
    t = typo_str(a["name"])
    if t == a["name"]:
        return False
    a["name"] = t
    h(H, "address.line1", "typo")
    return True


def op_unit_merge(ir, e, H):
    a = _a(ir)
    if not a or not a["unit"] or a["unit_pos"] == "line1" or a["careof"] or a["line2_extra"]:
        return False
    a["unit_pos"] = "line1"
    a["unit_comma"] = chance(0.3)
    h(H, ["address.line1", "address.line2"], "unit_merged")
    return True


def op_unit_split(ir, e, H):
    a = _a(ir)
    if not a or not a["unit"] or a["unit_pos"] == "line2" or a["careof"] or a["line2_extra"] or \
            (ir["store"] and ir["store_fmt"] == "line2"):
        return False
    a["unit_pos"] = "line2"
    h(H, ["address.line1", "address.line2"], "unit_split")
    return True


def op_unit_form(ir, e, H):
    a = _a(ir)
    if not a or not a["unit"]:
        return False
    forms = [f for f in UNIT_FORMS.get(a["unit_kind"], []) if f != (a["unit_form"] or a["unit_kind"])]
    if not forms:
        return False
    a["unit_form"] = pick(forms)
    h(H, ["address.line1", "address.line2"], "unit_format")
    return True


def op_unit_drop(ir, e, H):
    a = _a(ir)
    if not a or not a["unit"]:
        return False
    a["unit"] = None
    h(H, ["address.line1", "address.line2"], "unit_dropped")
    return True


def op_careof(ir, e, H):
    a = _a(ir)
    if not a or a["careof"] or a["line2_extra"] or (ir["store"] and ir["store_fmt"] == "line2"):
        return False
    if e["kind"] == "estate":
        ex = e["executor"]
        who = "%s %s" % (ex["given"], ex["family"])
    elif e["kind"] in ("landlord_llc",) and e.get("contact"):
        who = "%s %s" % (e["contact"]["given"], e["contact"]["family"])
    elif e["kind"] in ("hoa", "apartment_community") and e.get("manager") in ENT:
        who = ENT[e["manager"]]["company"]
    else:
        return False
    a["careof"] = pick(["C/O %s", "c/o %s", "C/O: %s", "% %s"]).replace("% %s", "%% %s") % who
    if a["unit"] and a["unit_pos"] == "line2":
        h(H, "address.line1", "unit_merged")
    h(H, "address.line2", "care_of")
    return True


def op_attn(ir, e, H):
    a = _a(ir)
    if ir["party"] != "org" or not a or a["careof"] or a["line2_extra"] or (ir["store"] and ir["store_fmt"] == "line2"):
        return False
    a["line2_extra"] = pick(["ATTN: Accounts Payable", "Attn: Accounts Payable", "ATTN: AP", "Attn: Facilities",
                             "ATTN: Business Office", "Attn: Maintenance Dept"])
    if a["unit"] and a["unit_pos"] == "line2":
        h(H, "address.line1", "unit_merged")
    h(H, "address.line2", "attention")
    return True


def op_bldg_add(ir, e, H):
    a = _a(ir)
    if e["kind"] != "apartment_community" or not a or a["kind"] != "street" or a["unit"] or a["careof"] or a["line2_extra"]:
        return False
    a["unit_kind"] = "Bldg"
    a["unit"] = str(rng.randint(1, 14)) if chance(0.8) else pick(["A", "B", "C", "Clubhouse"])
    a["unit_form"] = pick(["Bldg", "Building"])
    if a["unit"] == "Clubhouse":
        a["unit_kind"], a["unit_form"] = "Bldg", "Bldg"
    h(H, ["address.line1", "address.line2"], "building_added")
    return True


def op_city_variant(ir, e, H):
    a = _a(ir)
    if not a:
        return False
    al = CITY_ALIASES.get(a["city"])
    if not al:
        return False
    a["city"] = pick(al)
    h(H, "address.city", "variant")
    return True


def op_city_typo(ir, e, H):
    a = _a(ir)
    if not a or len(a["city"]) < 5:
        return False
    t = typo_str(a["city"])
    if t == a["city"]:
        return False
    a["city"] = t
    h(H, "address.city", "typo")
    return True


def op_state_form(ir, e, H, form=None):
    a = _a(ir)
    if not a:
        return False
    new = form or pick([f for f in ("abbr", "full", "abbr_dot", "lower") if f != a["state_form"]])
    if new == a["state_form"]:
        return False
    h(H, "address.region", "added" if a["state_form"] == "none" else ("dropped" if new == "none" else "format"))
    a["state_form"] = new
    return True


def op_zip_form(ir, e, H, form):
    a = _a(ir)
    if not a or a["zip_form"] == form:
        return False
    old = a["zip_form"]
    if form == "none":
        what = "dropped"
    elif old == "none":
        what = "added"
    elif form in ("zip9", "zip9nodash") and old in ("zip5", "nolead"):
        what = "zip4_added"
    elif form in ("zip5",) and old in ("zip9", "zip9nodash"):
        what = "zip4_dropped"
    elif form == "nolead":
        if not a["zip"].startswith("0"):
            return False
        what = "leading_zero"
    else:
        what = "format"
    a["zip_form"] = form
    h(H, "address.postalCode", what)
    return True


def op_zip_wrong(ir, e, H):
    a = _a(ir)
    if not a or a["zip_form"] == "none" or a["kind"] == "pobox":
        return False
    ci = e["ci"] if e["ci"]["city"] == a["city"] else None
    opts = [z for z in (ci["zips"] if ci else []) if z != a["zip"]]
    if opts and chance(0.6):
        a["zip"] = pick(opts)
    else:
        z = list(a["zip"])
        i = rng.randint(2, 4)
        z[i] = pick([c for c in "0123456789" if c != z[i]])
        a["zip"] = "".join(z)
    h(H, "address.postalCode", "wrong")
    return True


def op_country_form(ir, e, H, form=None):
    a = _a(ir)
    if not a:
        return False
    new = form or pick([f for f in ("US", "USA", "United States", "U.S.", "none") if f != a["country_form"]])
    if new == a["country_form"]:
        return False
    h(H, "address.country", "added" if a["country_form"] == "none" else ("dropped" if new == "none" else "format"))
    a["country_form"] = new
    return True


def op_moved(ir, e, H):
    if ir["party"] != "person" or e["kind"] not in ("homeowner", "household", "tenant", "landlord", "closing_client"):
        return False
    if not ir["addr"] or ir["addr"]["kind"] != "street" and ir["addr"]["kind"] != "hwy":
        return False
    ir["addr"] = _restyle(moved_addr(e), ir["addr"])
    h(H, ADDR_SUB, "moved")
    return True


def op_second_home(ir, e, H):
    if e["kind"] != "snowbird" or not ir["addr"]:
        return False
    cur = ir["addr"]
    target = e["addr"] if cur["state"] != "FL" else e["north"]
    ir["addr"] = _restyle(target, cur)
    h(H, ADDR_SUB, "second_home")
    return True


def op_mailing(ir, e, H):
    if not ir["addr"] or ir["addr"]["kind"] == "pobox" or e["kind"] in ("restaurant_store", "apartment_community",
                                                                        "hotel", "tenant", "snowbird"):
        return False
    ir["addr"] = _restyle(mailing_addr(e), ir["addr"])
    h(H, ADDR_SUB, "mailing_address")
    return True


def op_addr_drop(ir, e, H):
    if not ir["addr"]:
        return False
    ir["addr"] = None
    if ir["store_fmt"] == "line2":
        ir["store_fmt"] = "#"
        h(H, ["companyName", "displayName"], "store_number")
    h(H, "address", "dropped")
    return True


def op_addr_add(ir, e, H):
    if ir["addr"] or not e["addr"]:
        return False
    ir["addr"] = copy.deepcopy(e["addr"])
    h(H, "address", "added")
    h(H, ADDR_SUB, "format")
    return True

# op catalogue: function, level (1 light, 2 medium, 3 harsh), weight, party ('*' = both)
CATALOG = [
    (op_name_upper, 1, 3, "*"), (op_name_lower, 1, 1.5, "person"), (op_nickname, 1, 5, "person"),
    (op_nickname, 1, 1, "org"), (op_middle_initial, 1, 2, "person"), (op_short_form, 1, 2, "person"),
    (op_punctuation, 1, 2, "person"), (op_accent_fold, 1, 3, "*"), (op_last_first, 1, 3, "person"),
    (op_title_add, 1, 1, "person"), (op_title_drop, 1, 2, "person"), (op_suffix_drop, 1, 2, "person"),
    (op_suffix_in_family, 1, 1, "person"), (op_joint_drop, 1, 3, "person"),
    (op_co_abbrev, 1, 6, "org"), (op_co_upper, 1, 3, "org"), (op_co_lower, 1, 0.5, "org"),
    (op_legal_drop, 1, 4, "org"), (op_legal_vary, 1, 3, "org"), (op_legal_add, 1, 1, "org"),
    (op_drop_article, 1, 2, "org"), (op_store_fmt, 1, 4, "org"), (op_contact_first_only, 1, 2, "org"),
    (op_email_case, 1, 2, "*"), (op_phone_fmt, 1, 4, "*"), (op_phone_ext, 1, 1.5, "org"),
    (op_addr_upper, 1, 2, "*"), (op_stype_form, 1, 4, "*"), (op_dir_form, 1, 1.5, "*"), (op_hwy_form, 1, 2, "*"),
    (op_box_form, 1, 2, "*"), (op_unit_merge, 1, 2, "*"), (op_unit_split, 1, 1, "*"), (op_unit_form, 1, 2, "*"),
    (op_state_form, 1, 2, "*"), (lambda ir, e, H: op_zip_form(ir, e, H, "zip9"), 1, 1.5, "*"),
    (lambda ir, e, H: op_zip_form(ir, e, H, "zip5"), 1, 1.5, "*"), (op_country_form, 1, 2, "*"),
    (op_mojibake, 1, 1.5, "*"),
    # medium
    (op_initials, 2, 2, "person"), (op_given_typo, 2, 3, "person"), (op_family_typo, 2, 3, "person"),
    (op_given_typo, 2, 1, "org"), (op_family_typo, 2, 1, "org"),
    (op_swap, 2, 2, "person"), (op_full_in_given, 2, 1, "person"), (op_drop_given, 2, 1, "person"),
    (op_married, 2, 4, "person"), (op_spouse, 2, 4, "person"), (op_spurious_company, 2, 1, "person"),
    (op_co_typo, 2, 3, "org"), (op_truncate, 2, 1, "org"), (op_contact_change, 2, 5, "org"),
    (op_contact_drop, 2, 2, "org"), (op_contact_add, 2, 1, "org"), (op_renamed, 2, 4, "org"),
    (op_legal_entity, 2, 2, "org"), (op_manager_tag, 2, 1.5, "org"), (op_location_suffix, 2, 1.5, "org"),
    (op_email_typo, 2, 2, "*"), (op_email_new, 2, 3, "*"), (op_email_drop, 2, 2, "*"), (op_email_add, 2, 1, "*"),
    (op_email_spouse, 2, 2, "person"), (op_email_ap, 2, 2, "org"), (op_phone_ap, 2, 1, "org"),
    (op_phone_typo, 2, 2, "*"), (op_phone_new, 2, 3, "*"), (op_phone_drop, 2, 2, "*"), (op_phone_add, 2, 1, "*"),
    (op_house_typo, 2, 2, "*"), (op_street_typo, 2, 2, "*"), (op_unit_drop, 2, 1.5, "*"), (op_careof, 2, 2, "*"),
    (op_attn, 2, 2, "org"), (op_bldg_add, 2, 2, "org"), (op_city_variant, 2, 2, "*"), (op_city_typo, 2, 1, "*"),
    (lambda ir, e, H: op_zip_form(ir, e, H, "none"), 2, 1.5, "*"),
    (lambda ir, e, H: op_zip_form(ir, e, H, "nolead"), 2, 1, "*"), (op_zip_wrong, 2, 1, "*"),
    (op_second_home, 2, 6, "person"), (op_mailing, 2, 1.5, "*"), (op_addr_add, 2, 1, "*"),
    # harsh
    (op_moved, 3, 4, "person"), (op_addr_drop, 3, 1.5, "*"),
]

PROFILE_OPS = {"light": (1, 2), "medium": (2, 4), "harsh": (4, 7)}
PROFILE_LEVEL = {"light": 1, "medium": 2, "harsh": 3}


def apply_random_ops(ir, e, H, profile):
    lo, hi = PROFILE_OPS[profile]
    n = rng.randint(lo, hi)
    L = PROFILE_LEVEL[profile]
    pool = [(fn, w * (2.0 if (profile == "harsh" and lvl >= 2) else 1.0))
            for fn, lvl, w, party in CATALOG if lvl <= L and party in (ir["party"], "*")]
    done = tries = 0
    while done < n and tries < 60:
        tries += 1
        fn = wpick(pool)
        if fn(ir, e, H):
            done += 1
    return done


# ---------------------------------------------------------------------------
# source habits
# ---------------------------------------------------------------------------
def set_name_case(ir, H, mode):
    if ir["name_case"] != mode and (ir["given"] or ir["family"]):
        ir["name_case"] = mode
        h(H, ["givenName", "familyName"] + (["displayName"] if ir["party"] == "person" else []), "case")


def set_co_case(ir, H, mode):
    if ir["company"] and ir["co_case"] != mode:
        ir["co_case"] = mode
        h(H, ["companyName", "displayName"], "case")


def set_addr_case(ir, H, mode):
    a = ir["addr"]
    if a and a["case"] != mode:
        a["case"] = mode
        h(H, ["address.line1", "address.line2", "address.city", "address.region", "address.country"], "case")


def set_display_tpl(ir, H, tpl):
    if ir["party"] == "person" and ir["display_tpl"] != tpl:
        ir["display_tpl"] = tpl
        h(H, "displayName", "last_first" if tpl == "last_first" else "retyped")


def set_trunc(ir, H, val):
    if ir["trunc"] != val:
        ir["trunc"] = val
        h(H, ["companyName", "displayName"], "truncated")


def set_store_fmt(ir, e, H, fmt):
    if not ir["store"] or ir["store_fmt"] == fmt:
        return
    if fmt == "line2" and (not ir["addr"] or ir["addr"]["careof"] or ir["addr"]["line2_extra"]):
        return
    if fmt == "line2" or ir["store_fmt"] == "line2":
        h(H, "address.line2", "store_number")
        a = ir["addr"]
        if a and a["unit"] and a["unit_pos"] == "line2":
            h(H, ["address.line1", "address.line2"], "unit_merged" if fmt == "line2" else "unit_split")
    ir["store_fmt"] = fmt
    h(H, ["companyName", "displayName"], "store_number")


def drop_qualifier(ir, H):
    if ir["display_qual"]:
        ir["display_qual"] = None
        h(H, "displayName", "qualifier_dropped")


def style_route_app(ir, e, H):
    up = "upper" if chance(0.7) else None
    set_name_case(ir, H, up)
    set_co_case(ir, H, up)
    set_addr_case(ir, H, "upper" if up else "title")
    set_trunc(ir, H, None)
    if ir["party"] == "person":
        set_display_tpl(ir, H, "typed")
        if chance(0.3):
            op_nickname(ir, e, H)
        if ir["joint"]:
            if chance(0.45):
                op_joint_drop(ir, e, H)
            elif chance(0.3):
                op_spouse(ir, e, H)
        if ir["title"] and chance(0.8):
            op_title_drop(ir, e, H)
    else:
        if chance(0.6):
            set_store_fmt(ir, e, H, "plain")
        if chance(0.7):
            op_legal_drop(ir, e, H)
        r = rng.random()
        if r < 0.35:
            op_contact_first_only(ir, e, H)
        elif r < 0.6:
            op_contact_change(ir, e, H)
        elif r < 0.75:
            op_contact_drop(ir, e, H)
    if ir["email"] and chance(0.55):
        op_email_drop(ir, e, H)
    op_phone_fmt(ir, e, H, "digits" if chance(0.75) else "dash")
    a = ir["addr"]
    if a:
        op_stype_form(ir, e, H, wpick([("abbr", 6), ("abbr_dot", 2.5), ("full", 1.5)]))
        op_zip_form(ir, e, H, "none" if chance(0.3) else "zip5")
        op_country_form(ir, e, H, "none" if chance(0.85) else "US")
        op_state_form(ir, e, H, "abbr")
        if chance(0.06):
            op_house_typo(ir, e, H)


def style_booking_form(ir, e, H):
    set_trunc(ir, H, None)
    if ir["party"] == "person":
        set_name_case(ir, H, wpick([(None, 82), ("lower", 12), ("upper", 6)]))
        set_display_tpl(ir, H, "typed")
        if ir["title"] and chance(0.7):
            op_title_drop(ir, e, H)
        elif chance(0.03):
            op_title_add(ir, e, H)
        if ir["joint"]:
            if chance(0.35):
                op_spouse(ir, e, H)
            elif chance(0.5):
                op_joint_drop(ir, e, H)
        if chance(0.04):
            op_spurious_company(ir, e, H)
    else:
        set_name_case(ir, H, None)
        set_co_case(ir, H, None)
        if chance(0.45):
            op_contact_change(ir, e, H)
        if chance(0.5):
            op_legal_drop(ir, e, H)
        if ir["store"] and chance(0.5):
            set_store_fmt(ir, e, H, pick(["#", "plain", "store", "no"]))
    if chance(0.2):
        op_email_new(ir, e, H)
    if ir["phone"] and chance(0.85):
        op_phone_fmt(ir, e, H)
    a = ir["addr"]
    if a:
        set_addr_case(ir, H, wpick([("title", 85), ("lower", 10), ("upper", 5)]))
        op_stype_form(ir, e, H, wpick([("full", 4), ("abbr", 4.5), ("abbr_dot", 1.5)]))
        if chance(0.5):
            op_unit_merge(ir, e, H)
        op_state_form(ir, e, H, wpick([("abbr", 75), ("full", 15), ("lower", 5), ("abbr_dot", 5)]))
        op_zip_form(ir, e, H, wpick([("zip5", 90), ("zip9", 8), ("none", 2)]))
        op_country_form(ir, e, H, wpick([("none", 70), ("US", 15), ("USA", 10), ("United States", 5)]))


def style_legacy_billing(ir, e, H):
    up = "upper" if chance(0.85) else None
    set_name_case(ir, H, up)
    set_co_case(ir, H, up)
    set_addr_case(ir, H, "upper" if up else "title")
    if ir["party"] == "person":
        set_display_tpl(ir, H, "last_first" if chance(0.9) else "qbo")
        if ir["suffix"] and chance(0.8):
            op_suffix_in_family(ir, e, H)
        if e["kind"] == "estate" and chance(0.7):
            op_careof(ir, e, H)
    else:
        if ir["store"]:
            set_store_fmt(ir, e, H, "line2" if chance(0.45) else "#")
        if e["kind"] == "landlord_llc" and chance(0.3):
            op_careof(ir, e, H)
        elif e.get("manager") and chance(0.2):
            op_careof(ir, e, H)
        elif chance(0.3):
            op_attn(ir, e, H)
    full = render(dict(ir, trunc=None, display_qual=None))
    if max(len(full["displayName"] or ""), len(full["companyName"] or "")) > 30:
        set_trunc(ir, H, 30)
    else:
        set_trunc(ir, H, None)
    if ir["email"] and chance(0.45):
        op_email_drop(ir, e, H)
    op_phone_fmt(ir, e, H, "paren_nospace" if chance(0.6) else "dash")
    if chance(0.75):
        op_mojibake(ir, e, H)
    a = ir["addr"]
    if a:
        op_zip_form(ir, e, H, "zip9" if chance(0.45) else "zip5")
        op_country_form(ir, e, H, "USA" if chance(0.6) else "none")
        op_state_form(ir, e, H, "abbr")
        op_stype_form(ir, e, H, "abbr" if chance(0.8) else "abbr_dot")


def style_ap_portal(ir, e, H):
    set_trunc(ir, H, None)
    set_co_case(ir, H, "upper" if chance(0.2) else None)
    set_name_case(ir, H, None)
    if chance(0.7):
        op_email_ap(ir, e, H)
    if chance(0.4):
        op_phone_ap(ir, e, H)
    if chance(0.5):
        op_contact_change(ir, e, H)
    r = rng.random()
    if r < 0.15:
        op_legal_entity(ir, e, H)
    elif r < 0.3:
        op_manager_tag(ir, e, H)
    elif r < 0.5:
        op_co_abbrev(ir, e, H)
    if chance(0.25):
        op_bldg_add(ir, e, H)
    op_phone_fmt(ir, e, H, wpick([("dash", 5), ("paren", 3), ("dot", 2)]))
    a = ir["addr"]
    if a:
        set_addr_case(ir, H, "title")
        op_zip_form(ir, e, H, "zip9" if chance(0.3) else "zip5")
        op_country_form(ir, e, H, "US" if chance(0.5) else "none")
        op_stype_form(ir, e, H, "abbr")


STYLES = {"route_app": style_route_app, "booking_form": style_booking_form,
          "legacy_billing": style_legacy_billing, "ap_portal": style_ap_portal}


def pick_source(e):
    if e["party"] == "person":
        return wpick([("route_app", 35), ("booking_form", 40), ("legacy_billing", 25)])
    if e["kind"] in ("apartment_community", "property_mgmt") or (e["kind"] == "hoa" and e.get("manager")):
        return wpick([("ap_portal", 45), ("legacy_billing", 25), ("route_app", 20), ("booking_form", 10)])
    return wpick([("legacy_billing", 40), ("route_app", 35), ("booking_form", 25)])


def style_existing(ir, e):
    """QuickBooks Online customer list: typed by office staff over the years."""
    ir["phone_fmt"] = wpick([("paren", 7), ("dash", 2.5), ("dot", 0.5)])
    a = ir["addr"]
    if a:
        a["zip_form"] = "zip9" if chance(0.2) else "zip5"
        a["country_form"] = "US" if chance(0.75) else "none"
        a["stype_form"] = "abbr" if chance(0.85) else "full"
    if ir["party"] == "person":
        if chance(0.1):
            ir["display_tpl"] = "last_first"
        r = rng.random()
        if r < 0.14:
            ir["email"] = None
        elif r < 0.2:
            ir["phone"] = None
        elif r < 0.23:
            ir["addr"] = None
        if e["kind"] == "snowbird" and chance(0.5):
            ir["addr"] = copy.deepcopy(e["north"])
            ir["addr"]["zip_form"] = "zip5"
    else:
        if chance(0.3):
            ir["given"] = ir["family"] = None
        if chance(0.08):
            ir["email"] = None
        elif chance(0.04):
            ir["phone"] = None
        if ir["store"] and chance(0.1):
            ir["store_fmt"] = pick(["plain", "store", "no"])
    if not (ir["email"] or ir["phone"] or ir["addr"]):
        ir["phone"] = e["phone"]
    return ir

# ---------------------------------------------------------------------------
# changes: exactly the fields that differ from the compared record
# ---------------------------------------------------------------------------
TOP_FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
FALLBACKS = {}


def diff_fields(r, c):
    out = [f for f in TOP_FIELDS if r.get(f) != c.get(f)]
    a, b = r.get("address"), c.get("address")
    if (a is None) != (b is None):
        out.append("address")
    elif a is not None:
        out.extend("address." + k for k in ADDR_KEYS if a.get(k) != b.get(k))
    return out


def _field_val(rec, f):
    if f.startswith("address."):
        a = rec.get("address") or {}
        return a.get(f.split(".", 1)[1])
    return rec.get(f)


def classify_change(old, new, fallback):
    if old is None:
        return "added"
    if new is None:
        return "dropped"
    if isinstance(old, str) and isinstance(new, str):
        if old.casefold() == new.casefold():
            return "case"
        if [t for t in _alnum_split(old.casefold())] == [t for t in _alnum_split(new.casefold())]:
            return "punctuation"
    return fallback


REPLACING = {"dropped", "added", "new", "moved", "second_home", "mailing_address", "spouse", "ap_mailbox", "ap_line",
             "contact_change", "spurious", "renamed", "legal_entity", "typo_new"}
STYLE_TAGS = {"case", "format", "abbreviation", "retyped", "last_first", "truncated"}
TEMPLATE_TAGS = {"retyped", "last_first"}


CONTENT_ADDR = ("moved", "second_home", "mailing_address", "wrong", "leading_zero")


def value_tag(f, old, new):
    if old is None:
        return "added"
    if new is None:
        return "dropped"
    if old.casefold() == new.casefold():
        return "case"
    if f == "address.postalCode":
        do = "".join(ch for ch in old if ch.isdigit())
        dn = "".join(ch for ch in new if ch.isdigit())
        if do[:5] == dn[:5]:
            return "zip4_added" if len(dn) > len(do) else ("zip4_dropped" if len(dn) < len(do) else "format")
        return "wrong"
    return "format"


def reconcile(f, hints, old, new):
    """which hints still describe the difference between old and new"""
    if f in ("address.postalCode", "address.country", "address.region"):
        whats = []
        for w in hints:
            if w in CONTENT_ADDR and w not in whats:
                whats.append(w)
        return whats or [value_tag(f, old, new)]
    whats = []
    for w in hints:
        if w in REPLACING:
            keep = STYLE_TAGS if f not in ("email",) else set()
            whats = [x for x in whats if x in keep]
        if w in TEMPLATE_TAGS:
            whats = [x for x in whats if x not in TEMPLATE_TAGS]
        if w in whats:
            whats.remove(w)
        whats.append(w)
    if new is None:
        whats = ["dropped"] if "dropped" in whats else [x for x in whats if x not in STYLE_TAGS and x != "added"]
    elif old is None:
        whats = [x for x in whats if x not in STYLE_TAGS and x not in ("dropped", "typo", "punctuation", "encoding")]
        if not whats:
            whats = ["added"]
    else:
        whats = [x for x in whats if x not in ("dropped", "added")]
    return whats


def make_changes(r, c, H, fallback="changed"):
    out = []
    for f in diff_fields(r, c):
        old = c.get("address") if f == "address" else _field_val(c, f)
        new = r.get("address") if f == "address" else _field_val(r, f)
        whats = reconcile(f, [w for ff, w in H if ff == f], old, new) if fallback != "differs" else []
        if not whats:
            w = classify_change(old, new, fallback)
            if w == fallback and fallback == "changed":
                FALLBACKS[f] = FALLBACKS.get(f, 0) + 1
                if os.environ.get("GEN_DEBUG"):
                    sys.stderr.write("%s %r -> %r hints=%r\n" % (f, old, new, [x for x in H if x[0] == f]))
            whats = [w]
        out.extend("%s:%s" % (f, w) for w in whats)
    return out


def rec_ok(rec, e):
    d = rec["displayName"]
    if not d or len(d) > 100:
        return False
    for k in ("givenName", "familyName", "companyName", "email"):
        if rec[k] is not None and (len(rec[k]) > 100 or not rec[k].strip()):
            return False
    if rec["phone"] and len(rec["phone"]) > 30:
        return False
    if e["party"] == "org" and not rec["companyName"]:
        return False
    return True


def build_variant(base_ir, base_rec, e, source, profile, nc=None):
    """derive an incoming record from the compared record; returns rec, hints, evidence, findable, profile"""
    for attempt in range(16):
        prof = profile if attempt < 11 else "light"
        ir = copy.deepcopy(base_ir)
        H = []
        drop_qualifier(ir, H)
        STYLES[source](ir, e, H)
        if prof != "light":
            if e["kind"] == "snowbird" and chance(0.55):
                op_second_home(ir, e, H)
            if e.get("alt_family") and chance(0.45):
                op_married(ir, e, H)
            if e.get("former") and chance(0.5):
                op_renamed(ir, e, H)
            if prof == "harsh" and e["kind"] in ("homeowner", "tenant", "household", "landlord") and chance(0.25):
                op_moved(ir, e, H)
        apply_random_ops(ir, e, H, prof)
        rec = render(ir)
        if not rec_ok(rec, e):
            continue
        ev = evidence_of(rec, base_rec)
        if ev:
            return rec, H, ev, "identifier", prof
        if nc is not None:
            pool, pool_ents, tidx = nc
            if name_city_ok(rec, tidx, pool, pool_ents, e["id"]):
                return rec, H, ev, "name+city", prof
    ir = copy.deepcopy(base_ir)
    H = []
    drop_qualifier(ir, H)
    op_phone_fmt(ir, e, H)
    rec = render(ir)
    ev = evidence_of(rec, base_rec)
    assert ev, (e["id"], base_rec)
    return rec, H, ev, "identifier", "light"


# ---------------------------------------------------------------------------
# hard negatives: another customer under the business rules, resembling an existing one
# ---------------------------------------------------------------------------
HN_TYPES = ["namesake_elsewhere", "namesake_same_city", "father_son", "later_occupant", "relative_shared_email",
            "landlord_llc_vs_person", "managed_sibling", "manager_office", "franchise_other_store",
            "franchisee_holding", "closing_client_of_agency", "similar_name_other_trade", "namesake_org_other_city",
            "school_vs_district", "proprietor_vs_firm"]
STEM_GENERIC = set(words("""Apartments Apartment Homes Homeowners Association HOA Property Owners Community Condominium
Townhome Master Swim Tennis Realty Group Properties Home Team Real Estate Partners Realtors Company Inn Suites Lodge
Hotel Extended Stay Motor Beach Resort Conference Center Health Rehabilitation Senior Living Manor Nursing Assisted
Gardens Memory Care Retirement Personal Cold Storage Logistics Distribution Freight Services Warehousing Fulfillment
Supply Paper Packaging Feed Seed Building Grain Moving Landing Crossing Commons Station Village Pointe Ridge Creek
Trace Grove & and - Co. Real Village at of the Swim""")) | {"Swim"}
STEM_BAD_FIRST = set(words("""Reserve Legacy Park Villas Arbors Parkside Lofts Retreat Preserve Residences Walden Oaks
First Greater New St. Mt. Grace Hope City Town Our Covenant Trinity Living Harvest Calvary Church Law The Village
Southern Southeastern Interstate Gateway Crossroads Heritage Lakeside Riverside Highland Summerfield Cornerstone
Hometown Tri-County Lakeview Harbor Carolina Piedmont"""))
TWIN_CITIES = {"Decatur": [("Decatur", "GA"), ("Decatur", "AL")], "Monroe": [("Monroe", "GA"), ("Monroe", "NC")],
               "Oxford": [("Oxford", "GA"), ("Oxford", "AL")]}
OLDER_F = ["Dorothy", "Betty", "Shirley", "Barbara", "Peggy", "Martha", "Frances", "Mildred", "Evelyn", "Doris",
           "Imogene", "Opal", "Hazel", "Ruby", "Edna", "Mattie", "Bessie", "Nell", "Jean", "Joyce", "Ernestine"]
OLDER_M = ["Harold", "Earl", "Floyd", "Clyde", "Luther", "Otis", "Virgil", "Cecil", "Homer", "Ervin", "Grady",
           "Carl", "Ralph", "Herman", "Eugene", "Howard", "Lonnie", "Roy Lee", "James Earl", "Willie"]


def company_stem(name):
    ws = name.split()
    if ws and ws[0] == "The":
        ws = ws[1:]
    out = []
    for w in ws:
        if w in STEM_GENERIC or not w[0].isalpha():
            break
        out.append(w)
        if len(out) == 2:
            break
    if not out or out[0] in STEM_BAD_FIRST:
        return None
    stem = " ".join(out)
    if len(stem) < 5:
        return None
    return stem


def stem_in(stem, rec):
    s = (rec.get("companyName") or rec.get("displayName") or "").casefold()
    return stem.casefold() in s

# ---------------------------------------------------------------------------
# the customer base
# ---------------------------------------------------------------------------
EXISTING_QUOTA = [
    ("restaurant_store", 88), ("apartment_community", 110), ("hoa", 50), ("school", 45), ("church", 62),
    ("hotel", 35), ("warehouse", 40), ("nursing_home", 30), ("realty_agency", 45), ("government", 48),
    ("homeowner", 470), ("household", 150), ("snowbird", 50), ("tenant", 45), ("estate", 15),
    ("closing_client", 30),
]  # + 22 property_mgmt, 18 franchisee_holding, 12 school_district, 70 landlord_llc, 65 landlord from the pools


def build_pools():
    pools = {"mgmt": {}, "fran": {}, "dist": {}}
    for br, _ in BRANCH_WEIGHTS:
        pools["mgmt"][br] = [make_org("property_mgmt", pick_city(br, rural=False))["id"] for _ in range(10)]
        fl = []
        for _ in range(9):
            f = make_org("franchisee_holding", pick_city(br, rural=False))
            f["brands"] = [pick(FRANCHISE_BRANDS)]
            if chance(0.5):
                b2 = pick(FRANCHISE_BRANDS)
                if b2 not in f["brands"]:
                    f["brands"].append(b2)
            fl.append(f["id"])
        pools["fran"][br] = fl
        seen_c = set()
        dl = []
        cands = sorted(CITIES_BY_BRANCH[br], key=lambda c: -c["w"])
        for c in cands:
            key = c["county"] if not (c["state"] == "AL" and c["city"] in ("Hoover", "Vestavia Hills", "Mountain Brook", "Homewood", "Trussville", "Pelham", "Alabaster")) else c["city"]
            if key in seen_c or c["branch"] != br:
                continue
            seen_c.add(key)
            dl.append(make_org("school_district", c)["id"])
            if len(dl) == 6:
                break
        pools["dist"][br] = dl
    return pools


def build_existing(pools):
    existing = []
    outside = set()
    allm = [m for br, _ in BRANCH_WEIGHTS for m in pools["mgmt"][br]]
    allf = [m for br, _ in BRANCH_WEIGHTS for m in pools["fran"][br]]
    alld = [m for br, _ in BRANCH_WEIGHTS for m in pools["dist"][br]]
    for lst, k in ((allm, 22), (allf, 18), (alld, 12)):
        sh = lst[:]
        rng.shuffle(sh)
        existing.extend(sh[:k])
        outside.update(sh[k:])
    # landlords and their LLCs
    for i in range(120):
        owner = make_person("landlord")
        if i < 15:
            existing.append(owner["id"])
            llc = make_org("landlord_llc", owner["ci"] if chance(0.7) else pick_city(owner["ci"]["branch"]), owner=owner["id"])
            existing.append(llc["id"])
            owner["llc"] = llc["id"]
        elif i < 70:
            outside.add(owner["id"])
            llc = make_org("landlord_llc", owner["ci"] if chance(0.7) else pick_city(owner["ci"]["branch"]), owner=owner["id"])
            existing.append(llc["id"])
            owner["llc"] = llc["id"]
        else:
            existing.append(owner["id"])
            owner["llc"] = None
    earlier_people = []
    for kind, n in EXISTING_QUOTA:
        for _ in range(n):
            if kind == "restaurant_store":
                br = wpick(BRANCH_WEIGHTS)
                fr = ENT[pick(pools["fran"][br])] if chance(0.9) else None
                brand = pick(fr["brands"]) if fr else pick(FRANCHISE_BRANDS)
                e = make_org(kind, pick_city(br), brand=brand, franchisee=fr["id"] if fr else None)
            elif kind in ("apartment_community", "hoa"):
                br = wpick(BRANCH_WEIGHTS)
                mg = pick(pools["mgmt"][br]) if chance(0.85 if kind == "apartment_community" else 0.5) else None
                e = make_org(kind, pick_city(br, rural=False if kind == "apartment_community" else None), manager=mg)
            elif kind == "school":
                br = wpick(BRANCH_WEIGHTS)
                if chance(0.7):
                    d = ENT[pick(pools["dist"][br])]
                    same = [c for c in CITIES_BY_BRANCH[br] if c["county"] == d["ci"]["county"] and c["state"] == d["ci"]["state"]]
                    if "City Schools" in d["company"]:
                        same = [d["ci"]]
                    e = make_org(kind, pick(same) if same else d["ci"], district=d["id"])
                else:
                    e = make_org(kind, pick_city(br))
            elif kind in ORG_KINDS:
                e = make_org(kind)
            elif kind == "homeowner" and earlier_people and chance(0.02):
                src = ENT[pick(earlier_people)]
                pn = dict(src["p"])
                pn["middle"] = pick(MALE_GIVEN if pn["sex"] == "M" else FEMALE_GIVEN)
                same_city = chance(0.2)
                ci = src["ci"] if same_city else pick_city()
                e = make_person(kind, ci, pn=pn)
            else:
                e = make_person(kind)
                if kind == "homeowner":
                    earlier_people.append(e["id"])
            existing.append(e["id"])
    return existing, outside


def disambiguate(recs, ents):
    groups = {}
    for i, r in enumerate(recs):
        groups.setdefault(r["displayName"].casefold(), []).append(i)
    quals = {}
    for key in sorted(groups):
        idxs = groups[key]
        if len(idxs) < 2:
            continue
        used = set()
        first_city = ENT[ents[idxs[0]]]["ci"]["city"]
        for n, i in enumerate(idxs[1:], start=2):
            a = recs[i]["address"]
            city = a["city"] if a else ENT[ents[i]]["ci"]["city"]
            q = city if (city != first_city and city not in used) else str(n)
            used.add(q)
            quals[i] = q
    return quals


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()

    pools = build_pools()
    existing_ids, outside = build_existing(pools)
    assert len(existing_ids) == N_EXISTING, len(existing_ids)
    existing_set = set(existing_ids)

    # existing records
    irs = {}
    recs = []
    for eid in existing_ids:
        ir = style_existing(ir_from_entity(ENT[eid]), ENT[eid])
        irs[eid] = ir
        recs.append(render(ir))
    quals = disambiguate(recs, existing_ids)
    for i, q in quals.items():
        irs[existing_ids[i]]["display_qual"] = q
    while True:
        recs = [render(irs[eid]) for eid in existing_ids]
        seen = {}
        clash = False
        for i, r in enumerate(recs):
            k = r["displayName"].casefold()
            if k in seen:
                ir = irs[existing_ids[i]]
                ir["display_qual"] = (ir["display_qual"] or "") + " 2" if ir["display_qual"] else "2"
                clash = True
            seen[k] = i
        if not clash:
            break
    order = sorted(range(N_EXISTING), key=lambda i: recs[i]["displayName"].casefold())
    EX_ENT = [existing_ids[i] for i in order]
    EX_REC = [recs[i] for i in order]
    EX_IDX = {eid: i for i, eid in enumerate(EX_ENT)}

    incoming = []  # dicts: rec, meta, (for new: seq)

    # ---- matches ---------------------------------------------------------
    match_ids = rng.sample(EX_ENT, 700)
    reps = [3] * 15 + [2] * 95 + [1] * 590
    for eid, k in zip(match_ids, reps):
        e = ENT[eid]
        xi = EX_IDX[eid]
        for _ in range(k):
            src = pick_source(e)
            prof = wpick([("light", 38), ("medium", 40), ("harsh", 22)])
            rec, H, ev, fnd, prof = build_variant(irs[eid], EX_REC[xi], e, src, prof, nc=(EX_REC, EX_ENT, xi))
            meta = {"category": "match", "kind": e["kind"], "party": e["party"],
                    "changes": make_changes(rec, EX_REC[xi], H), "source": src, "profile": prof,
                    "evidence": ev, "findable": fnd, "compare_set": "existing", "compare_index": xi}
            incoming.append({"entity": eid, "rec": rec, "meta": meta})

    # ---- new customers ---------------------------------------------------
    new_kind_w = [(k, n) for k, n in EXISTING_QUOTA] + [("property_mgmt", 10), ("franchisee_holding", 8),
                                                          ("school_district", 4), ("landlord_llc", 30), ("landlord", 30)]
    new_reps = [3] * 25 + [2] * 75 + [1] * 300
    rng.shuffle(new_reps)
    new_groups = []
    for k in new_reps:
        kind = wpick(new_kind_w)
        e = make_org(kind) if kind in ORG_KINDS else make_person(kind)
        src = pick_source(e)
        ir0 = ir_from_entity(e)
        STYLES[src](ir0, e, [])
        if chance(0.4):
            apply_random_ops(ir0, e, [], "light")
        if not (ir0["email"] or ir0["phone"] or ir0["addr"]):
            ir0["phone"] = e["phone"]
        ir0["spurious"] = None  # a first occurrence has nothing to be labelled against
        rec0 = render(ir0)
        if not rec_ok(rec0, e):
            ir0 = ir_from_entity(e)
            rec0 = render(ir0)
        group = [{"entity": e["id"], "rec": rec0, "meta": {"category": "new", "kind": e["kind"], "party": e["party"],
                                                          "changes": [], "source": src}}]
        for _ in range(k - 1):
            src2 = pick_source(e)
            prof = wpick([("light", 40), ("medium", 42), ("harsh", 18)])
            rec, H, ev, fnd, prof = build_variant(ir0, rec0, e, src2, prof, nc=None)
            group.append({"entity": e["id"], "rec": rec, "meta": {
                "category": "new", "kind": e["kind"], "party": e["party"], "changes": make_changes(rec, rec0, H),
                "source": src2, "profile": prof, "evidence": ev, "findable": fnd, "compare_set": "incoming"}})
        new_groups.append(group)
        incoming.extend(group)

    # ---- hard negatives --------------------------------------------------
    incoming.extend(build_hard_negatives(EX_ENT, EX_REC, EX_IDX, irs, existing_set, outside))

    assert len(incoming) == N_INCOMING, len(incoming)

    # ---- shuffle; first occurrence of a new customer comes first -----------
    rng.shuffle(incoming)
    for group in new_groups:
        pos = sorted(i for i, it in enumerate(incoming) if it["entity"] == group[0]["entity"])
        for p, it in zip(pos, group):
            incoming[p] = it
        for n, p in enumerate(pos, start=1):
            m = incoming[p]["meta"]
            m["occurrence"] = n
            if n >= 2:
                m["compare_index"] = pos[0]

    write_out(args.out, EX_ENT, EX_REC, incoming)
    if FALLBACKS:
        sys.stderr.write("untagged differences: %s\n" % json.dumps(FALLBACKS, sort_keys=True))


META_ORDER = ["set", "index", "entity", "category", "kind", "party", "changes", "source", "profile", "evidence",
              "findable", "compare_set", "compare_index", "occurrence", "anchor", "anchor_index", "hn_type", "rule",
              "shared", "stem"]


def write_out(outdir, EX_ENT, EX_REC, incoming):
    os.makedirs(outdir, exist_ok=True)
    set_lines, meta_lines = [], []

    def rec_line(setname, eid, r):
        a = r["address"]
        contact = {"displayName": r["displayName"], "givenName": r["givenName"], "familyName": r["familyName"],
                   "companyName": r["companyName"], "email": r["email"], "phone": r["phone"],
                   "address": None if a is None else {k: a[k] for k in ADDR_KEYS}}
        return json.dumps({"set": setname, "entity": eid, "contact": contact}, ensure_ascii=False)

    for i, (eid, r) in enumerate(zip(EX_ENT, EX_REC)):
        set_lines.append(rec_line("existing", eid, r))
        e = ENT[eid]
        meta_lines.append(json.dumps({"set": "existing", "index": i, "entity": eid, "category": "existing",
                                      "kind": e["kind"], "party": e["party"], "changes": []}, ensure_ascii=False))
    for i, it in enumerate(incoming):
        set_lines.append(rec_line("incoming", it["entity"], it["rec"]))
        m = dict(it["meta"])
        m.update({"set": "incoming", "index": i, "entity": it["entity"]})
        om = {k: m[k] for k in META_ORDER if k in m}
        meta_lines.append(json.dumps(om, ensure_ascii=False))
    with open(os.path.join(outdir, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(set_lines) + "\n")
    with open(os.path.join(outdir, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(meta_lines) + "\n")


def _anchor_ok_person(e, r):
    return e["party"] == "person" and r.get("givenName") and r.get("familyName")


def hn_make(hn_type, a, arec, existing_set, outside, used_hn):
    """returns (entity, rule, stem, intended) or None when the anchor does not fit"""
    k = a["kind"]
    disp = arec["displayName"]
    if hn_type in ("namesake_elsewhere", "namesake_same_city"):
        if k not in ("homeowner", "landlord", "tenant", "closing_client") or not _anchor_ok_person(a, arec):
            return None
        if a["p"]["given"] != arec["givenName"] or a["p"]["family"] != arec["familyName"]:
            return None
        pn = dict(a["p"])
        pn["middle"] = pick(MALE_GIVEN if pn["sex"] == "M" else FEMALE_GIVEN)
        pn["suffix"] = None
        if hn_type == "namesake_elsewhere":
            br = pick([b for b, _ in BRANCH_WEIGHTS if b != a["branch"]])
            ci = pick_city(br)
            e = make_person(pick(["homeowner", "homeowner", "tenant", "landlord"]), ci, pn=pn)
            rule = ("Namesake: %s %s of %s, %s is a different person from the existing %s (other address, phone and "
                    "e-mail); a namesake elsewhere is another customer." % (pn["given"], pn["family"], ci["city"], ci["state"], disp))
            return e, rule, None, {"name"}
        if not arec.get("address") or a["ci"]["city"] != arec["address"]["city"]:
            return None
        e = make_person("homeowner", a["ci"], pn=pn)
        rule = ("Namesake in the same town: another %s %s in %s with a different house, phone and e-mail; "
                "same name and city do not make the same payer." % (pn["given"], pn["family"], a["ci"]["city"]))
        return e, rule, None, {"name", "city"}
    if hn_type == "father_son":
        if k not in ("homeowner", "landlord") or a["p"]["sex"] != "M" or not _anchor_ok_person(a, arec):
            return None
        if a["p"]["suffix"] not in (None, "Jr.", "Sr.") or a["p"]["given"] != arec["givenName"]:
            return None
        pn = dict(a["p"])
        pn["suffix"] = "Sr." if a["p"]["suffix"] == "Jr." else "Jr."
        pn["nick"] = pick(["Junior", "Bubba", None, None]) if pn["suffix"] == "Jr." else None
        same_addr = chance(0.3) and arec.get("address") is not None and a["addr"]["kind"] == "street"
        ci = a["ci"] if chance(0.7) else pick_city(a["branch"])
        e = make_person("homeowner", ci, pn=pn)
        if same_addr:
            e["addr"] = copy.deepcopy(a["addr"])
            e["ci"] = a["ci"]
        rel = "son" if pn["suffix"] == "Jr." else "father"
        rule = ("Father and son of one name are two customers: %s %s %s is the %s of the existing %s%s." %
                (pn["given"], pn["family"], pn["suffix"], rel, disp, " and lives at the same address" if same_addr else ""))
        return e, rule, None, {"name", "familyName"}
    if hn_type == "later_occupant":
        if k not in ("homeowner", "household") or not arec.get("address") or a["addr"]["kind"] != "street":
            return None
        if arec["address"]["city"] != a["addr"]["city"]:
            return None
        e = make_person(pick(["homeowner", "homeowner", "household"]), a["ci"])
        e["addr"] = copy.deepcopy(a["addr"])
        for kk in ("case", "stype_form", "dir_form", "unit_pos", "state_form", "zip_form", "country_form"):
            e["addr"][kk] = new_addr_base(a["ci"])[kk]
        rule = ("Later occupant: bought %s, %s from %s and took over the termite bond; the next owner of the house "
                "is a new customer." % (render_addr(a["addr"])["line1"], a["addr"]["city"], disp))
        return e, rule, None, {"address"}
    if hn_type == "relative_shared_email":
        if a["party"] != "person" or not arec.get("email") or k in ("estate",):
            return None
        sex = "F" if chance(0.6) else "M"
        pn = person_name(sex, False, a["ci"]["state"])
        pn["given"] = pick(OLDER_F if sex == "F" else OLDER_M)
        if chance(0.7):
            pn["family"] = a["p"]["family"]
        pn["suffix"] = None
        ci = pick_city(a["branch"])
        e = make_person("homeowner", ci, pn=pn)
        e["email"] = a["email"]
        rel = "mother" if sex == "F" else "father"
        rule = ("%s %s is the %s of %s and pays for %s own house in %s; the child's e-mail is on the account only "
                "as the contact, so it is a different payer." % (pn["given"], pn["family"], rel, disp,
                                                                 "her" if sex == "F" else "his", ci["city"]))
        return e, rule, None, {"email"}
    if hn_type == "landlord_llc_vs_person":
        if k == "landlord_llc" and a.get("owner") in outside and a["owner"] not in used_hn:
            o = ENT[a["owner"]]
            cands = []
            if arec.get("email") and n_email(arec["email"]) == n_email(o["email"]):
                cands.append("email")
            if arec.get("phone") and n_phone(arec["phone"]) == o["phone"]:
                cands.append("phone")
            if arec.get("address") and a["addr"] is o["addr"]:
                cands.append("address")
            if not cands:
                return None
            rule = ("%s %s personally is another customer than the landlord's LLC %s: the LLC pays for its rentals, "
                    "%s for %s own home." % (o["p"]["given"], o["p"]["family"], disp,
                                             "she" if o["p"]["sex"] == "F" else "he", "her" if o["p"]["sex"] == "F" else "his"))
            return o, rule, None, {pick(cands)}
        if k == "landlord" and not a.get("llc") and a["addr"]:
            llc = make_org("landlord_llc", a["ci"], owner=a["id"])
            a["llc"] = llc["id"]
            cands = []
            if arec.get("email") and n_email(arec["email"]) == n_email(llc["email"]):
                cands.append("email")
            if arec.get("phone") and n_phone(arec["phone"]) == llc["phone"]:
                cands.append("phone")
            if arec.get("address") and llc["addr"] is a["addr"]:
                cands.append("address")
            if not cands and arec.get("phone"):
                llc["phone"] = a["phone"]
                cands.append("phone")
            if not cands:
                return None
            rule = ("The landlord's LLC %s is another customer than %s personally: a landlord's LLC and the landlord "
                    "are two payers." % (llc["company"], disp))
            return llc, rule, None, {pick(cands)}
        return None
    if hn_type == "managed_sibling":
        mg = ENT.get(a.get("manager")) if a.get("manager") else None
        if k not in ("apartment_community", "hoa") or not mg:
            return None
        via = []
        if arec.get("email") and n_email(arec["email"]) == n_email(mg["email"]):
            via.append("email")
        if arec.get("phone") and n_phone(arec["phone"]) == mg["phone"]:
            via.append("phone")
        series = a.get("series")
        if not via and not series:
            return None
        pat = None
        if series and chance(0.6 if via else 1.0):
            pat = [p for p, s in APT_SERIES.items() if s == series][0]
        ci = a["ci"] if chance(0.4) else pick_city(a["branch"], rural=False)
        e = make_org(k, ci, manager=mg["id"], pattern=pat) if k == "apartment_community" else make_org(k, ci, manager=mg["id"])
        intended = set()
        if "email" in via:
            e["email"] = mg["email"]
            intended.add("email")
        elif "phone" in via:
            e["phone"] = mg["phone"]
            intended.add("phone")
        stem = None
        if pat and series.split()[0] in e["company"] and series.split()[0] in a["company"]:
            stem = series.split()[0]
            intended.add("company_stem")
        if not intended:
            return None
        rule = ("%s is another community managed by %s; the management company's AP pays for both, but each "
                "apartment community / association is its own customer." % (e["company"], mg["company"]))
        return e, rule, stem, intended
    if hn_type == "manager_office":
        mg = ENT.get(a.get("manager")) if a.get("manager") else None
        if k not in ("apartment_community", "hoa") or not mg or mg["id"] not in outside or mg["id"] in used_hn:
            return None
        cands = []
        if arec.get("email") and n_email(arec["email"]) == n_email(mg["email"]):
            cands.append("email")
        if arec.get("phone") and n_phone(arec["phone"]) == mg["phone"]:
            cands.append("phone")
        if not cands:
            return None
        rule = ("%s's own office is another customer than %s, one of the communities it manages and pays for." %
                (mg["company"], disp))
        return mg, rule, None, {pick(cands)}
    if hn_type == "franchise_other_store":
        if k != "restaurant_store":
            return None
        ci = a["ci"] if chance(0.5) else pick_city(a["branch"])
        e = make_org("restaurant_store", ci, brand=a["brand"], franchisee=a.get("franchisee"))
        rule = ("Each franchise store number is its own customer: %s #%s is not %s." % (a["brand"][0], e["store"], disp))
        return e, rule, a["brand"][0], {"company_stem"}
    if hn_type == "franchisee_holding":
        fr = ENT.get(a.get("franchisee")) if a.get("franchisee") else None
        if k != "restaurant_store" or not fr or fr["id"] not in outside or fr["id"] in used_hn:
            return None
        if not arec.get("email"):
            return None
        if n_email(arec["email"]) == n_email(fr["email"]):
            intended = {"email"}
        elif email_domain(arec["email"]) == email_domain(fr["email"]):
            intended = {"email_domain"}
        else:
            return None
        rule = ("%s is the franchisee's holding company that owns several stores; it is another customer than the "
                "store %s it runs." % (fr["company"], disp))
        return fr, rule, None, intended
    if hn_type == "closing_client_of_agency":
        if k != "realty_agency" or not arec.get("email") or email_domain(arec["email"]) != a["domain"]:
            return None
        ci = a["ci"] if chance(0.7) else pick_city(a["branch"])
        e = make_person("closing_client", ci)
        if chance(0.5):
            e["email"] = a["email"]
            intended = {"email"}
        else:
            agent = person_contact(ci["state"])
            e["email"] = org_email("x", ["%s.%s" % (slugify(agent["given"], False), slugify(agent["family"], False)),
                                         "%s%s" % (slugify(agent["given"], False)[:1], slugify(agent["family"], False))],
                                   domain=a["domain"])
            intended = {"email_domain"}
        if chance(0.3):
            e["phone"] = a["phone"]
        if chance(0.3) and e["addr"]["kind"] == "street":
            e["addr"]["careof"] = "C/O %s" % a["company"]
        rule = ("%s %s pays for the termite letter at closing; %s only ordered it. The closing client is another "
                "customer than the agency." % (e["p"]["given"], e["p"]["family"], disp))
        return e, rule, None, intended
    if hn_type == "similar_name_other_trade":
        if a["party"] != "org" or k in ("restaurant_store", "school", "school_district", "government", "landlord_llc"):
            return None
        stem = company_stem(a["company"])
        if not stem or not stem_in(stem, arec):
            return None
        for _ in range(10):
            name = "%s %s" % (stem, pick(OTHER_TRADES))
            if tuple(norm_tokens(name)) not in USED_COMPANY_KEYS:
                break
        else:
            return None
        ci = a["ci"] if chance(0.7) else pick_city(a["branch"])
        e = make_org("small_business", ci, company=name, legal=pick([None, "LLC", "Inc."]))
        e["legal_s"] = legal_str(e["legal"])
        rule = ("%s is a business of another trade that only shares the name '%s' with %s; not the same customer." %
                (name, stem, disp))
        return e, rule, stem, {"company_stem"}
    if hn_type == "namesake_org_other_city":
        if k not in ("church", "hotel", "nursing_home", "warehouse"):
            return None
        if a["company"].casefold() not in arec["companyName"].casefold():
            return None
        city = a["ci"]["city"]
        if city in a["company"]:
            twins = [t for t in TWIN_CITIES.get(city, []) if t[1] != a["ci"]["state"]]
            if not twins:
                return None
            ci = city_by_name(twins[0][0], twins[0][1])
        else:
            if any(c["city"] in a["company"] for c in CITIES):
                return None
            ci = pick_city(pick([b for b, _ in BRANCH_WEIGHTS if b != a["branch"]]))
        e = make_org(k, ci)
        e["company"] = a["company"]
        e["legal_s"] = a.get("legal_s")
        e["former"] = None
        e["email"] = org_email(nm_slug(a["company"], 14) + slugify(ci["city"])[:10],
                               ["office", "info", "frontdesk", "admin", "manager"], free_ok=True)
        rule = ("Same name, but another %s in %s, %s with its own address and phone; a namesake elsewhere is another "
                "customer." % (k.replace("_", " "), ci["city"], ci["state"]))
        return e, rule, None, {"name"}
    if hn_type == "school_vs_district":
        if k == "school" and a.get("district") in outside and a["district"] not in used_hn:
            d = ENT[a["district"]]
            if not arec.get("email") or email_domain(arec["email"]) != d["domain"]:
                return None
            rule = ("%s (the district office) is another customer than %s, which pays from its own school account." %
                    (d["company"], disp))
            return d, rule, None, {"email_domain"}
        if k == "school_district" and arec.get("email"):
            same = [c for c in CITIES if c["county"] == a["ci"]["county"] and c["state"] == a["ci"]["state"]]
            e = make_org("school", pick(same) if same else a["ci"], district=a["id"])
            rule = ("%s pays from its own school account; the district office %s is another customer." %
                    (e["company"], disp))
            return e, rule, None, {"email_domain"}
        return None
    if hn_type == "proprietor_vs_firm":
        if k not in ("homeowner", "landlord") or not _anchor_ok_person(a, arec) or a["p"]["given"] != arec["givenName"]:
            return None
        if a["p"]["family"] != arec["familyName"]:
            return None
        pat, legals = pick(SMALLBIZ_TRADES)
        name = pat.format(S=a["p"]["family"], G=a["p"]["given"].split()[0])
        if tuple(norm_tokens(name)) in USED_COMPANY_KEYS:
            return None
        ci = a["ci"] if chance(0.7) else pick_city(a["branch"])
        e = make_org("small_business", ci, company=name, legal=pick(legals))
        e["legal_s"] = legal_str(e["legal"])
        e["contact"] = {"given": a["p"]["given"], "family": a["p"]["family"], "nick": a["p"]["nick"],
                        "sex": a["p"]["sex"], "middle": a["p"]["middle"], "suffix": None, "accent": a["p"]["accent"]}
        if arec.get("email") and chance(0.45):
            e["email"] = a["email"]
        if arec.get("phone") and chance(0.4):
            e["phone"] = a["phone"]
        rule = ("%s is the business of %s; the firm pays for its office and the person for the home: a proprietor "
                "and the firm are two customers." % (name, disp))
        return e, rule, None, {"familyName"}
    raise ValueError(hn_type)


def build_hard_negatives(EX_ENT, EX_REC, EX_IDX, irs, existing_set, outside):
    out = []
    used_anchor = set()
    used_hn = set()
    per_type = N_HARD_NEG // len(HN_TYPES)
    for hn_type in HN_TYPES:
        made = 0
        order = list(range(len(EX_ENT)))
        rng.shuffle(order)
        for xi in order:
            if made >= per_type:
                break
            aid = EX_ENT[xi]
            if aid in used_anchor:
                continue
            a = ENT[aid]
            arec = EX_REC[xi]
            res = hn_make(hn_type, a, arec, existing_set, outside, used_hn)
            if not res:
                continue
            e, rule, stem, intended = res
            if e["id"] in existing_set or e["id"] in used_hn:
                continue
            got = None
            for attempt in range(12):
                src = pick_source(e)
                ir = ir_from_entity(e)
                if attempt < 11:
                    STYLES[src](ir, e, [])
                    if attempt < 5 and chance(0.5):
                        apply_random_ops(ir, e, [], "light")
                ir["spurious"] = None
                rec = render(ir)
                if not rec_ok(rec, e):
                    continue
                sh = shared_of(rec, arec, e["party"], a["party"])
                if stem and stem_in(stem, rec) and stem_in(stem, arec):
                    sh.append("company_stem")
                if intended <= set(sh):
                    got = (rec, src, sh)
                    break
            if not got:
                continue
            rec, src, sh = got
            used_anchor.add(aid)
            used_hn.add(e["id"])
            meta = {"category": "hard_negative", "kind": e["kind"], "party": e["party"],
                    "changes": make_changes(rec, arec, [], fallback="differs"), "source": src,
                    "anchor": aid, "anchor_index": xi, "hn_type": hn_type, "rule": rule, "shared": sh}
            if "company_stem" in sh:
                meta["stem"] = stem
            out.append({"entity": e["id"], "rec": rec, "meta": meta})
            made += 1
        if made < per_type:
            raise RuntimeError("not enough anchors for %s (%d)" % (hn_type, made))
    return out


if __name__ == "__main__":
    main()
