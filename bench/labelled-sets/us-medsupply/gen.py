#!/usr/bin/env python3
"""gen.py - labelled customer record-linkage test set.

Scenario: a US medical, dental and veterinary supply distributor (TX, OH, PA,
NC, CO, OR) syncing customers from its billing/ordering system into
QuickBooks Online.  Writes set.jsonl and meta.jsonl next to this file.

Python 3 standard library only.  Deterministic: one fixed seed, no iteration
over hash-ordered sets of strings, so every run writes identical output.
All people, practices, phones (555-01xx), e-mails and street numbers are
fictitious.
"""
import copy
import json
import os
import random
import re
import sys

SEED = 20250607
HERE = os.path.dirname(os.path.abspath(__file__))

N_EXISTING = 1500
N_MATCH_DOCTOR = 35          # doctor's name written instead of the practice
N_MATCH_OTHER = 790          # all other matches
N_MATCH_OTHER_DISTINCT = 670
N_NEW_ONCE, N_NEW_TWICE, N_NEW_THRICE = 300, 75, 25      # 525 arrivals
N_HN_REPEAT = 10             # hard negatives that arrive a second time

rng = random.Random(SEED)


def wchoice(items, weights=None):
    items = list(items)
    if weights is None:
        return rng.choice(items)
    return rng.choices(items, weights=list(weights), k=1)[0]


def wsample(items, weights, k):
    """Weighted sample without replacement (Efraimidis-Spirakis), deterministic."""
    keyed = []
    for i, (it, w) in enumerate(zip(items, weights)):
        u = rng.random()
        keyed.append((u ** (1.0 / w) if w > 0 else 0.0, i, it))
    keyed.sort(key=lambda x: (-x[0], x[1]))
    return [it for _, _, it in keyed[:k]]


# =========================================================================
# Reference data
# =========================================================================
STATE_NAMES = {"TX": "Texas", "OH": "Ohio", "PA": "Pennsylvania",
               "NC": "North Carolina", "CO": "Colorado", "OR": "Oregon"}
STATE_WEIGHT = [("TX", 30), ("OH", 16), ("PA", 16), ("NC", 14), ("CO", 12), ("OR", 12)]

CITY_ROWS = [
    ("TX", "Dallas", 10, "214 469 972 945", "75201 75204 75206 75214 75219 75225 75230 75231 75240 75248"),
    ("TX", "Plano", 5, "972 469 945", "75023 75024 75025 75074 75075 75093"),
    ("TX", "Frisco", 4, "972 469 214", "75033 75034 75035 75036"),
    ("TX", "McKinney", 3, "972 469 945", "75069 75070 75071 75072"),
    ("TX", "Allen", 2, "972 469", "75002 75013"),
    ("TX", "Irving", 2, "972 214", "75038 75039 75060 75061 75062 75063"),
    ("TX", "Austin", 8, "512 737", "78701 78703 78704 78705 78731 78745 78749 78757 78759"),
    ("TX", "Round Rock", 2, "512 737", "78664 78665 78681"),
    ("TX", "Houston", 10, "713 281 832 346", "77002 77004 77005 77006 77019 77024 77030 77056 77057 77098"),
    ("TX", "Sugar Land", 2, "281 832", "77478 77479 77498"),
    ("TX", "Fort Worth", 5, "817 682", "76102 76104 76107 76109 76116 76132"),
    ("TX", "Arlington", 3, "817 682", "76010 76011 76012 76013 76015 76017"),
    ("TX", "San Antonio", 7, "210 726", "78205 78209 78212 78216 78229 78230 78240 78258"),
    ("OH", "Columbus", 8, "614 380", "43201 43202 43205 43206 43214 43215 43220 43221 43229 43235"),
    ("OH", "Dublin", 2, "614 380", "43016 43017"),
    ("OH", "Westerville", 2, "614 380", "43081 43082"),
    ("OH", "Cleveland", 6, "216 440", "44102 44103 44106 44109 44113 44114 44115"),
    ("OH", "Cincinnati", 6, "513 283", "45202 45206 45208 45211 45219 45220 45229 45236"),
    ("OH", "Akron", 3, "330 234", "44302 44303 44305 44310 44313 44320"),
    ("OH", "Dayton", 3, "937 326", "45402 45405 45406 45409 45419 45420 45440"),
    ("OH", "Toledo", 3, "419 567", "43604 43606 43607 43609 43614 43615 43623"),
    ("PA", "Philadelphia", 10, "215 267 445", "19102 19103 19104 19106 19107 19111 19115 19125 19130 19146 19147 19148"),
    ("PA", "Pittsburgh", 7, "412 878", "15203 15206 15210 15213 15217 15222 15224 15232 15237"),
    ("PA", "Harrisburg", 3, "717 223", "17101 17102 17104 17109 17110 17111 17112"),
    ("PA", "Allentown", 3, "610 484", "18101 18102 18103 18104 18109"),
    ("PA", "Lancaster", 2, "717 223", "17601 17602 17603"),
    ("PA", "King of Prussia", 1, "610 484", "19406"),
    ("PA", "Erie", 2, "814", "16501 16502 16503 16504 16505 16506 16509"),
    ("NC", "Charlotte", 8, "704 980", "28202 28203 28204 28205 28207 28209 28210 28211 28226 28277"),
    ("NC", "Raleigh", 7, "919 984", "27601 27603 27604 27605 27606 27607 27608 27609 27612 27615"),
    ("NC", "Durham", 3, "919 984", "27701 27703 27704 27705 27707 27713"),
    ("NC", "Cary", 2, "919 984", "27511 27513 27518 27519"),
    ("NC", "Greensboro", 3, "336 743", "27401 27403 27405 27407 27408 27410"),
    ("NC", "Wilmington", 2, "910 472", "28401 28403 28405 28409 28411 28412"),
    ("NC", "Asheville", 2, "828", "28801 28803 28804 28805 28806"),
    ("CO", "Denver", 8, "303 720 983", "80202 80203 80204 80205 80206 80209 80210 80218 80220 80222 80224 80231"),
    ("CO", "Aurora", 3, "303 720 983", "80010 80011 80012 80013 80014 80015 80016 80017"),
    ("CO", "Lakewood", 2, "303 720", "80214 80215 80226 80227 80228 80232"),
    ("CO", "Littleton", 2, "303 720", "80120 80121 80122 80123 80126 80127 80128"),
    ("CO", "Boulder", 2, "303 720", "80301 80302 80303 80304 80305"),
    ("CO", "Colorado Springs", 5, "719", "80903 80904 80905 80907 80909 80910 80917 80918 80920 80921"),
    ("CO", "Fort Collins", 2, "970", "80521 80524 80525 80526 80528"),
    ("OR", "Portland", 9, "503 971", "97201 97202 97205 97209 97210 97211 97212 97214 97217 97219 97227 97232"),
    ("OR", "Beaverton", 2, "503 971", "97003 97005 97006 97007 97008"),
    ("OR", "Hillsboro", 2, "503 971", "97123 97124"),
    ("OR", "Gresham", 2, "503 971", "97030 97080"),
    ("OR", "Salem", 3, "503 971", "97301 97302 97304 97305 97306"),
    ("OR", "Eugene", 3, "541 458", "97401 97402 97403 97404 97405 97408"),
    ("OR", "Bend", 2, "541 458", "97701 97702 97703"),
]
CITIES = []
CITY_BY_STATE = {s: [] for s in STATE_NAMES}
for _st, _name, _w, _codes, _zips in CITY_ROWS:
    _rec = {"state": _st, "city": _name, "w": _w, "codes": _codes.split(), "zips": _zips.split()}
    CITIES.append(_rec)
    CITY_BY_STATE[_st].append(_rec)
CITY_BY_NAME = {(r["state"], r["city"]): r for r in CITIES}

GIVEN_M = """James Robert John Michael David William Richard Joseph Thomas Christopher Charles Daniel
Matthew Anthony Mark Steven Andrew Kevin Brian George Timothy Ronald Jason Edward Jeffrey Ryan Jacob
Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander
Patrick Frank Raymond Dennis Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Noah Ethan
Jeremy Walter Christian Keith Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan
Jesse Bryan Bruce Gabriel Logan Alan Juan Albert Wayne Randy Vincent Mason Roy Ralph Russell Bradley
Philip Eugene Carlos Luis Miguel Javier Rajesh Vikram Arjun Sanjay Wei Jun Hiroshi Minh Tuan Ahmed
Omar Hassan Kwame Chinedu Dmitri Sergei Andrei Mateo Diego Alejandro Marcus Malik Darnell Hector""".split()
GIVEN_F = """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Margaret
Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca
Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha
Katherine Christine Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce
Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline
Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace
Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie
Kayla Alexis Lori Priya Anjali Deepa Mei Lin Yuki Aiko Thu Linh Fatima Aisha Layla Ngozi Adaeze Olga
Svetlana Sofia Valentina Camila Lucia Ximena Guadalupe Rosa Keisha Tamika Latoya""".split()

SURNAMES = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez
Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green
Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz
Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan
Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood
Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster
Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher Vasquez
Simmons Romero Patterson Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant
Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison
Fernandez McDonald Woods Washington Kennedy Wells Vargas Chen Freeman Webb Tucker Guzman Burns
Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Dixon Munoz Hunt Hicks Holmes
Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza
Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Spencer Hawkins Arnold
Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson
Carroll Lane Riley Andrews Alvarado Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards
Contreras Willis Carpenter Lawrence Sandoval Guerrero Chapman Rios Estrada Ortega Watkins Greene
Nunez Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison Franklin Carlson Dominguez Carr
Lawson Jacobs O'Brien Lynch Singh Vega Bishop Montgomery Oliver Jensen Harvey Williamson Gilbert
Dean Sims Espinoza Howell Li Wong Reid Hanson Le McCoy Garrett Burton Fuller Wang Weber Welch Rojas
Lucas Marquez Fields Park Yang Little Banks Padilla Day Walsh Bowman Schultz Luna Fowler Mejia
Davidson Acosta Brewer Holland Juarez Newman Pearson Curtis Cortez Douglas Schneider Barrett Navarro
Figueroa Keller Avila Wade Molina Stanley Hopkins Campos Barnett Bates Chambers Caldwell Beck
Lambert Miranda Byrd Craig Ayala Lowe Frazier Powers Neal Leonard Carrillo Sutton Fleming Rhodes
Shelton Schwartz Norris Jennings Watts Duran Walters Cohen McDaniel Moran Parks Steele Vaughn
Becker Holt DeLeon Barker O'Connor McAllister Kowalski Nowak Schroeder Yamamoto Nakamura Tanaka
Pham Huynh Vu Shah Mehta Reddy Iyer Okafor Adeyemi Mensah Novak Petrov Lindqvist Haddad Khalil
Abernathy Whitfield Prescott Thornton Goldberg Rosenthal Kaplan Sorensen Bjork Fitzgerald
Gallagher Donnelly Kavanagh Brennan Costa Ferreira Moreira Takahashi Chowdhury Banerjee Kapoor
Malhotra Oyelaran Eze Boateng Asante Kozlov Volkov Dubois Laurent Moretti Romano Esposito""".split()

# nickname equivalences (a careful human treats these as the same given name)
NICKS = {
    "Robert": ["Bob", "Rob", "Bobby"], "William": ["Bill", "Will"], "James": ["Jim", "Jimmy"],
    "John": ["Johnny", "Jack"], "Richard": ["Rick", "Rich"], "Michael": ["Mike"], "Thomas": ["Tom"],
    "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"], "Joseph": ["Joe"],
    "Charles": ["Charlie", "Chuck"], "Edward": ["Ed", "Eddie"], "Katherine": ["Kathy", "Kate", "Katie"],
    "Catherine": ["Cathy", "Kate"], "Kathleen": ["Kathy"], "Elizabeth": ["Liz", "Beth"],
    "Jennifer": ["Jen", "Jenny"], "Margaret": ["Peggy", "Maggie"], "Patricia": ["Pat", "Patty"],
    "Patrick": ["Pat"], "Susan": ["Sue"], "Deborah": ["Deb", "Debbie"], "Rebecca": ["Becky"],
    "Samuel": ["Sam"], "Samantha": ["Sam"], "Benjamin": ["Ben"], "Alexander": ["Alex"],
    "Alexis": ["Alex"], "Alejandro": ["Alex"], "Anthony": ["Tony"], "Steven": ["Steve"],
    "Stephen": ["Steve"], "Matthew": ["Matt"], "Andrew": ["Andy", "Drew"], "Jonathan": ["Jon"],
    "Nicholas": ["Nick"], "Timothy": ["Tim"], "Gregory": ["Greg"], "Kimberly": ["Kim"],
    "Victoria": ["Vicky", "Tori"], "Jessica": ["Jess"], "Gerald": ["Jerry"], "Lawrence": ["Larry"],
    "Raymond": ["Ray"], "Ronald": ["Ron"], "Kenneth": ["Ken"], "Douglas": ["Doug"],
    "Abigail": ["Abby"], "Cynthia": ["Cindy"], "Pamela": ["Pam"], "Sandra": ["Sandy"],
    "Barbara": ["Barb"], "Jacqueline": ["Jackie"], "Zachary": ["Zach"], "Gabriel": ["Gabe"],
    "Vincent": ["Vince"], "Philip": ["Phil"], "Bradley": ["Brad"], "Russell": ["Russ"],
    "Eugene": ["Gene"], "Walter": ["Walt"], "Jeffrey": ["Jeff"], "Nathan": ["Nate"],
    "Dorothy": ["Dottie"], "Judith": ["Judy"], "Theresa": ["Terri"], "Teresa": ["Terri"],
    "Frances": ["Fran"], "Virginia": ["Ginny"], "Guadalupe": ["Lupe"], "Christine": ["Chris"],
    "Christina": ["Chris", "Tina"], "Madison": ["Maddie"], "Dmitri": ["Dima"],
}


def _build_nick_canon():
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for formal in sorted(NICKS):
        for n in NICKS[formal]:
            a, b = find(formal.lower()), find(n.lower())
            if a != b:
                parent[b] = a
    return {k: find(k) for k in sorted(parent)}


NICK_CANON = _build_nick_canon()

GENERIC_PLACES = """Riverside|Lakeside|Oak Creek|Willow Creek|Cedar Hills|Maple Grove|Parkview|Valley View|
Sunridge|Meadowbrook|Brookside|Highland|Summit|Legacy|Pinecrest|Stonebridge|Fairview|
Hillcrest|Springdale|Greenfield|Crossroads|Westside|Northside|Eastgate|Southpoint|Mount Pleasant|
Mount Vernon|Town & Country|Park Place|Cornerstone|Pinnacle|Horizon|Sterling|Clearview|Silver Creek|
Rolling Hills|Canyon View|Timber Ridge|Crestview|Glenwood|Woodland|Briarwood|Foxhall|Kingsbridge|
Ashford|Windsor|Sherwood|Main Street|Village Green|Hearthstone|Saint Francis|Saint Michael's|
Center Point|Spring Valley|Oakmont|Red Oak|Whispering Pines|Copper Ridge""".replace("\n", "").split("|")
STATE_PLACES = {   # regional names that are not tied to one city
    "TX": ["Lone Star", "Bluebonnet", "Brazos", "Pecan Valley", "Hill Country", "Live Oak", "Longhorn",
           "Red River", "Big Country", "Prairie Star", "Texan", "Gulf Coast"],
    "OH": ["Buckeye", "Ohio Valley", "Heartland", "Lake Erie", "Western Reserve", "Firelands", "Maumee Valley",
           "Great Miami", "Portage", "Scioto Valley", "Black Swamp", "Appalachian"],
    "PA": ["Keystone", "Liberty", "Allegheny", "Susquehanna", "Penn", "Brandywine", "Commonwealth",
           "Lehigh", "Pocono", "Delaware Valley", "Conestoga", "Juniata"],
    "NC": ["Tar Heel", "Piedmont", "Blue Ridge", "Carolina", "Cape Fear", "Catawba", "Uwharrie", "Longleaf",
           "Old North State", "Yadkin", "Sandhills", "Outer Banks"],
    "CO": ["Front Range", "Aspen", "Rocky Mountain", "Columbine", "Platte River", "Centennial",
           "Sangre de Cristo", "Mount Princeton", "High Plains", "Continental", "Timberline", "Arkansas Valley"],
    "OR": ["Cascade", "Willamette", "Mount Hood", "Pacific Crest", "Deschutes", "Siskiyou", "Coast Range",
           "Beaver State", "Tualatin Valley", "Oregon Trail", "Umpqua", "High Desert"],
}
SMILE_ADJ = ["Happy", "Gentle", "Radiant", "Sparkle", "Healthy", "Brilliant", "Perfect", "Confident",
             "Lasting", "Beautiful", "Sunny", "Precious", "Grand", "Signature"]
TATTOO_ADJ = ["Black", "Iron", "Electric", "Golden", "Crimson", "Sacred", "Lucky", "Silver", "Wild",
              "Rebel", "Velvet", "Savage", "Mystic", "Twin", "Broken", "Holy", "Painted", "Midnight"]
TATTOO_NOUN = ["Anchor", "Rose", "Dagger", "Sparrow", "Lotus", "Serpent", "Crow", "Wolf", "Heart",
               "Raven", "Tiger", "Moth", "Compass", "Skull", "Phoenix", "Koi", "Lantern", "Thorn", "Swallow"]
SPA_ADJ = ["Serenity", "Radiance", "Glow", "Luxe", "Pure", "Bella", "Blush", "Lumiere", "Evolve",
           "Allure", "Halo", "Revive", "Tranquil", "Elevate", "Aura", "Ageless", "Bloom", "Solace"]

COM_STREETS = """Main|Commerce|Market|Center|Medical Center|Professional|Park|Oak|Elm|Maple|Cedar|Pine|
Walnut|Washington|Lincoln|Jefferson|Franklin|Highland|Hillcrest|Lakeview|Ridgeview|Sunset|University|
College|Church|Mill|Spring|Meadow|Forest|Valley|Summit|Legacy|Central|Mount Vernon|Mount Pleasant|
Saint Andrews|Town Center|Corporate|Campus|Riverside|Lake|Chestnut|Dogwood|Magnolia|Willow|Birch|
Sycamore|Hickory|Cherry|Poplar|Laurel|Fairview|Kings|Union|Liberty|Independence|Memorial|Greenway|
Preston|Belmont|Madison|Monroe|Grant|Jackson|Cambridge|Oxford|Stratford|Glenwood|Woodland|Northwood|
Parkview|Crestview|Saint Charles|Mount Zion|Research|Technology|Executive|Galleria|Gateway""".replace("\n", "").split("|")
RES_STREETS = """Bluebonnet|Briarwood|Foxglove|Wren|Cardinal|Quail Run|Deer Creek|Stonegate|Timber Ridge|
Windsor|Brookhollow|Kensington|Sherwood|Amberwood|Cobblestone|Heather|Juniper|Larkspur|Primrose|
Trillium|Hawthorne|Bramble|Lantana|Rosewood|Whitney|Autumn|Shady Oak|Fox Run|Bent Tree|Holly|
Meadowlark|Sparrow|Chickadee|Clover|Orchard|Saddle|Harvest|Cottonwood|Mesa|Ivy""".replace("\n", "").split("|")
COM_TYPES = [("St", 20), ("Ave", 14), ("Blvd", 12), ("Rd", 12), ("Dr", 14), ("Pkwy", 8), ("Way", 5),
             ("Hwy", 3), ("Ln", 4), ("Ct", 3), ("Pl", 3), ("Cir", 2)]
RES_TYPES = [("Dr", 20), ("Ln", 16), ("Ct", 12), ("Cir", 8), ("Way", 8), ("Trl", 6), ("St", 12),
             ("Ave", 8), ("Pl", 6), ("Rd", 6), ("Ter", 3)]
TYPE_FULL = {"St": "Street", "Ave": "Avenue", "Blvd": "Boulevard", "Rd": "Road", "Dr": "Drive",
             "Pkwy": "Parkway", "Way": "Way", "Hwy": "Highway", "Ln": "Lane", "Ct": "Court",
             "Pl": "Place", "Cir": "Circle", "Trl": "Trail", "Ter": "Terrace"}
TYPE_ABBR = {v.lower(): k for k, v in TYPE_FULL.items() if v != "Way"}
DIR_FULL = {"N": "North", "S": "South", "E": "East", "W": "West"}
DIR_ABBR = {v.lower(): k for k, v in DIR_FULL.items()}

PHONE_STYLES = ["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "{a}{b}{c}", "+1 {a}-{b}-{c}",
                "+1{a}{b}{c}", "1-{a}-{b}-{c}", "{a} {b} {c}", "({a}){b}-{c}", "+1 ({a}) {b}-{c}"]
PHONE_STYLE_W = [26, 22, 8, 12, 6, 5, 4, 7, 5, 5]

FREE_PROVIDERS = [("gmail.com", 45), ("yahoo.com", 20), ("outlook.com", 18), ("example.com", 10),
                  ("example.net", 7)]
FREE_DOMAINS = {"gmail.com", "yahoo.com", "outlook.com", "example.com", "example.net", "example.org"}
DOMAIN_TYPOS = {"gmail.com": ["gmial.com", "gmail.co", "gmai.com", "gnail.com"],
                "yahoo.com": ["yaho.com", "yahooo.com", "yahoo.co"],
                "outlook.com": ["outlok.com", "outlook.co", "outllook.com"],
                "example.com": ["exmaple.com", "example.co"], "example.net": ["exmaple.net", "example.ne"]}

ORG_LOCALS = [("office", 10), ("billing", 6), ("info", 8), ("frontdesk", 5), ("admin", 4),
              ("accounts", 3), ("ap", 3), ("orders", 3), ("purchasing", 2), ("reception", 2),
              ("manager", 2), ("officemanager", 3), ("supplies", 2), ("contact", 2), ("hello", 1)]

# ---- practice kinds ------------------------------------------------------
DENTAL_P = [("{S} Family Dentistry", 10), ("{P} Family Dentistry", 10), ("{P} Dental Care", 8),
            ("{P} Dental Group", 5), ("{P} Smiles", 5), ("{A} Smiles Dentistry", 4), ("{S} Dental", 6),
            ("{S} & {S2} Dental Associates", 3), ("{P} Pediatric Dentistry", 4), ("{P} Orthodontics", 3),
            ("{S} Orthodontics", 3), ("{P} Oral Surgery & Dental Implant Center", 2),
            ("{P} Endodontics", 2), ("{P} Periodontics & Implants", 1), ("{P} Dentistry", 5),
            ("{P} Dental Studio", 2), ("{A} Smiles Family Dentistry", 2)]
PHYS_P = [("{P} Pediatrics", 6), ("{P} Family Medicine", 7), ("{S} Family Practice", 5),
          ("{P} Internal Medicine Associates", 4), ("{P} Dermatology", 4),
          ("{P} Dermatology & Skin Cancer Center", 2), ("{P} Orthopedics & Sports Medicine", 3),
          ("{P} Women's Health", 3), ("{P} OB/GYN Associates", 2), ("{S} Cardiology", 2),
          ("{P} Heart & Vascular", 2), ("{P} ENT & Allergy", 2), ("{P} Eye Center", 3),
          ("{P} Podiatry", 2), ("{P} Foot & Ankle Center", 2), ("{P} Allergy & Asthma", 2),
          ("{P} Gastroenterology", 2), ("{P} Pain Management", 2), ("{P} Urology", 2),
          ("{P} Primary Care", 4), ("{P} Plastic Surgery", 1), ("{S} Chiropractic", 2),
          ("{P} Chiropractic Center", 2), ("{P} Medical Associates", 3), ("{P} Medical Clinic", 3),
          ("{P} Wound Care Center", 1)]
VET_P = [("{P} Animal Hospital", 10), ("{P} Veterinary Clinic", 6), ("{P} Veterinary Hospital", 5),
         ("{S} Veterinary Hospital", 4), ("{S} Animal Clinic", 3), ("{P} Pet Clinic", 3),
         ("{P} Animal Care Center", 3), ("{P} Cat Clinic", 1), ("{P} Equine Clinic", 1),
         ("{P} Veterinary Emergency & Specialty Center", 1), ("{P} Pet Hospital", 2),
         ("{P} Bird & Exotic Animal Hospital", 1), ("{P} Veterinary Associates", 2)]
PT_P = [("{P} Physical Therapy", 10), ("{S} Physical Therapy & Rehab", 4),
        ("{P} Sports & Spine Physical Therapy", 4), ("{P} Rehab & Wellness", 3),
        ("{P} Hand Therapy Center", 1), ("{P} Physical Therapy & Performance", 2),
        ("{P} Aquatic Therapy Center", 1)]
PHARM_P = [("{S} Pharmacy", 6), ("{P} Pharmacy", 6), ("{P} Compounding Pharmacy", 3),
           ("{P} Apothecary", 3), ("{S} Drug", 2), ("{P} Family Pharmacy", 3),
           ("{P} Medical Pharmacy", 2), ("{S} Drug Store", 1)]
TATTOO_P = [("{TA} {TN} Tattoo", 6), ("{TN} & {TN2} Tattoo Co", 3), ("{P} Ink", 2),
            ("{TA} {TN} Tattoo Studio", 3), ("{TA} Needle Tattoo Parlor", 1)]
SPA_P = [("{P} Med Spa", 5), ("{SA} Aesthetics & Med Spa", 4), ("{SA} Day Spa", 3),
         ("{SA} Skin & Laser Center", 3), ("{P} Wellness Spa", 2), ("{SA} MedSpa", 2)]
URGENT_P = [("{P} Urgent Care", 6), ("{P} Walk-In Clinic", 2), ("{P} Express Care Clinic", 2),
            ("{P} Urgent Care Center", 2)]
NURSING_P = [("{P} Nursing & Rehabilitation Center", 4), ("{P} Assisted Living", 3),
             ("{P} Health Care Center", 2), ("{P} Manor", 2), ("{P} Memory Care", 2),
             ("{P} Senior Living", 2)]
HOMEHEALTH_P = [("{P} Home Health", 4), ("{P} Hospice & Palliative Care", 2),
                ("{P} Home Care Services", 2)]

KIND_SPECS = {
    "dental": dict(patterns=DENTAL_P, p_owner=0.72, prof=True, p_domain=0.82, short="dental",
                   p_nosuf=0.05, tlds=[(".com", 85), (".net", 5), (".dental", 10)]),
    "physician": dict(patterns=PHYS_P, p_owner=0.55, prof=True, p_domain=0.85, short="med",
                      p_nosuf=0.05, tlds=[(".com", 88), (".net", 6), (".org", 6)]),
    "vet": dict(patterns=VET_P, p_owner=0.6, prof=True, p_domain=0.8, short="vet",
                p_nosuf=0.06, tlds=[(".com", 80), (".vet", 15), (".net", 5)]),
    "pt": dict(patterns=PT_P, p_owner=0.45, prof=True, p_domain=0.85, short="pt",
               p_nosuf=0.06, tlds=[(".com", 90), (".net", 10)]),
    "pharmacy": dict(patterns=PHARM_P, p_owner=0.3, prof=False, p_domain=0.8, short="rx",
                     p_nosuf=0.1, tlds=[(".com", 90), (".net", 10)]),
    "tattoo": dict(patterns=TATTOO_P, p_owner=0.0, prof=False, p_domain=0.45, short="ink",
                   p_nosuf=0.45, tlds=[(".com", 85), (".net", 15)]),
    "spa": dict(patterns=SPA_P, p_owner=0.35, prof=False, p_domain=0.65, short="spa",
                p_nosuf=0.15, tlds=[(".com", 95), (".net", 5)]),
    "urgent": dict(patterns=URGENT_P, p_owner=0.25, prof=True, p_domain=0.9, short="uc",
                   p_nosuf=0.05, tlds=[(".com", 90), (".net", 10)]),
    "nursing": dict(patterns=NURSING_P, p_owner=0.0, prof=False, p_domain=0.9, short="care",
                    p_nosuf=0.05, tlds=[(".com", 50), (".org", 50)]),
    "homehealth": dict(patterns=HOMEHEALTH_P, p_owner=0.0, prof=False, p_domain=0.9, short="care",
                       p_nosuf=0.05, tlds=[(".com", 60), (".org", 40)]),
}
STANDALONE_WEIGHTS = [("dental", 29), ("physician", 24), ("vet", 15), ("pharmacy", 8), ("pt", 9),
                      ("urgent", 1.5), ("nursing", 2.5), ("homehealth", 1.5), ("tattoo", 3.5),
                      ("spa", 5)]
PROF_SUFFIX = {"TX": [("PLLC", 5), ("PA", 3), ("PC", 2)], "OH": [("Inc", 4), ("LLC", 3)],
               "PA": [("PC", 6), ("LLC", 3)], "NC": [("PLLC", 4), ("PA", 4), ("PC", 1)],
               "CO": [("PC", 4), ("PLLC", 3), ("LLC", 2)], "OR": [("PC", 5), ("LLC", 3)]}
BIZ_SUFFIX = [("LLC", 6), ("Inc", 4)]

PRACT_CREDS = [("DDS", 14), ("DMD", 5), ("MD", 14), ("DO", 4), ("DVM", 12), ("NP", 10), ("FNP", 4),
               ("PA-C", 5), ("RDH", 8), ("DPM", 3), ("DC", 4), ("OD", 3), ("DPT", 5), ("CRNA", 3),
               ("CNM", 2), ("LMT", 4)]
DR_CREDS = {"DDS", "DMD", "MD", "DO", "DVM", "DPM", "DC", "OD"}

# ---- multi-site customers ------------------------------------------------
DSO_SPECS = [  # state, brand, legal, domain, existing sites, held-out sites
    ("TX", "Bright Smiles Dental", "Bright Smiles Dental Partners LLC", "brightsmilesdental.com", 7, 2),
    ("TX", "Lone Oak Family Dental", "Lone Oak Dental Management PLLC", "loneoakfamilydental.com", 5, 1),
    ("OH", "Great Lakes Family Dental", "Great Lakes Dental Partners Inc", "greatlakesfamilydental.com", 6, 1),
    ("PA", "Penn Valley Dental", "Penn Valley Dental Group PC", "pennvalleydental.com", 4, 1),
    ("NC", "Carolina Smiles Dentistry", "Carolina Smiles Dental Partners PLLC", "carolinasmilesdentistry.com", 6, 2),
    ("NC", "Little Teeth Pediatric Dentistry", "Little Teeth Dental Management LLC", "littleteethpd.com", 4, 1),
    ("CO", "Mountain Peak Dental", "Mountain Peak Dental Group LLC", "mountainpeakdental.com", 5, 1),
    ("OR", "Evergreen Dental Group", "Evergreen Dental Partners PC", "evergreendentalgroup.com", 6, 2),
]
UC_SPECS = [
    ("TX", "Lone Star Urgent Care", "Lone Star Urgent Care LLC", "lonestaruc.com", 5, 2),
    ("OH", "Buckeye Urgent Care", "Buckeye Urgent Care Inc", "buckeyeurgentcare.com", 4, 1),
    ("PA", "Keystone Walk-In Care", "Keystone Walk-In Care LLC", "keystonewalkin.com", 4, 1),
    ("NC", "Piedmont Urgent Care", "Piedmont Urgent Care PA", "piedmontuc.com", 5, 1),
    ("CO", "Front Range Urgent Care", "Front Range Urgent Care LLC", "frontrangeuc.com", 4, 1),
    ("OR", "Cascade Urgent Care", "Cascade Urgent Care PC", "cascadeurgentcare.com", 3, 1),
]
NEW_CHAIN_SPECS = [  # chains that are entirely new customers (all sites arrive as new)
    ("CO", "Clear Creek Orthodontics", "Clear Creek Orthodontic Partners PC", "clearcreekortho.com", 3, 0),
    ("NC", "Tidewater Urgent Care", "Tidewater Urgent Care PLLC", "tidewateruc.com", 3, 0),
]
SITE_DIRS = ["North", "South", "Downtown", "West", "Central", "Uptown"]

OPERATOR_SPECS = [  # state, brand, operator legal, domain, existing facilities, held-out
    ("TX", "Heritage", "Heritage Senior Living LLC", "heritageseniorliving.org", 4, 3),
    ("TX", "Sagebrook", "Sagebrook Health Services LLC", "sagebrookhealth.com", 3, 2),
    ("OH", "Willowbrook", "Willowbrook Senior Care Inc", "willowbrookseniorcare.org", 4, 2),
    ("OH", "Cardinal", "Cardinal Care Communities LLC", "cardinalcarecommunities.com", 3, 2),
    ("PA", "Laurel", "Laurel Health Partners LLC", "laurelhealthpartners.org", 4, 2),
    ("NC", "Magnolia", "Magnolia Senior Communities LLC", "magnoliaseniorliving.org", 4, 2),
    ("CO", "Silver Pines", "Silver Pines Senior Living LLC", "silverpinesliving.com", 3, 2),
    ("OR", "Rosewood", "Rosewood Care Centers Inc", "rosewoodcare.org", 3, 2),
]
FAC_VARIANTS = ["Oaks", "Gardens", "Pointe", "Village", "Manor", "Place", "Terrace", "Commons",
                "Springs", "Meadows", "Ridge", "Crossing", "Park", "Court"]
FAC_TYPES = ["Nursing & Rehabilitation Center", "Assisted Living", "Memory Care",
             "Health & Rehabilitation", "Senior Living", "Skilled Nursing", "Care Center",
             "Assisted Living & Memory Care"]

HOSPITAL_SPECS = [  # state, city, name, system, domain, existing depts, held-out depts
    ("TX", "Fort Worth", "Trinity Valley Medical Center", "Trinity Valley Health System", "trinityvalleyhealth.org", 4, 3),
    ("TX", "Houston", "Bayou City Medical Center", "Bayou City Health Partners", "bayoucitymc.org", 4, 2),
    ("OH", "Cleveland", "Lakeshore General Hospital", "Lakeshore Health System", "lakeshoregeneral.org", 4, 2),
    ("PA", "Philadelphia", "St. Brendan's Hospital", "Saint Brendan Health", "stbrendans.org", 4, 2),
    ("PA", "Pittsburgh", "Three Rivers Regional Medical Center", "Three Rivers Health Network", "threeriversrmc.org", 4, 2),
    ("NC", "Raleigh", "Pine Valley Medical Center", "Pine Valley Health", "pinevalleymc.org", 4, 3),
    ("CO", "Denver", "Mount Evans Regional Hospital", "Mount Evans Health", "mtevansregional.org", 4, 2),
    ("OR", "Portland", "Columbia Heights Medical Center", "Columbia Heights Health", "columbiaheightsmc.org", 4, 2),
]
DEPTS = ["Emergency Department", "Central Sterile Supply", "Laboratory", "Radiology",
         "Labor & Delivery", "ICU", "Materials Management", "Wound Care Center", "Cardiac Cath Lab",
         "Endoscopy", "Dialysis Unit"]
DEPT_SLUG = {"Pharmacy": "pharmacy", "OR": "surgery", "Emergency Department": "ed",
             "Central Sterile Supply": "sterileprocessing", "Laboratory": "lab", "Radiology": "radiology",
             "Labor & Delivery": "laboranddelivery", "ICU": "icu", "Materials Management": "materials",
             "Wound Care Center": "woundcare", "Cardiac Cath Lab": "cathlab", "Endoscopy": "endoscopy",
             "Dialysis Unit": "dialysis"}

SCHOOL_SPECS = [
    ("TX", "Round Rock", "Cedar Ridge ISD", "cedarridgeisd.org", 3),
    ("TX", "San Antonio", "Pecan Grove ISD", "pecangroveisd.org", 3),
    ("OH", "Westerville", "Sycamore Valley City Schools", "sycamorevalleyschools.org", 3),
    ("OH", "Cleveland", "Lake Erie Shores City Schools", "lakeerieshores.org", 2),
    ("PA", "King of Prussia", "Brandywine Hills School District", "brandywinehillssd.org", 3),
    ("NC", "Raleigh", "Neuse River Public Schools", "neuseriverschools.org", 3),
    ("CO", "Lakewood", "Bear Creek School District", "bearcreeksd.org", 2),
    ("OR", "Beaverton", "Tualatin Hills School District", "tualatinhillssd.org", 3),
]
SCHOOL_NAMES = ["Lincoln", "Washington", "Jefferson", "Oakwood", "Westview", "Eastwood", "Hillside",
                "Meadowview", "Parkside", "Roosevelt", "Kennedy", "Pine Ridge", "Prairie View", "Lakeview"]
SCHOOL_LEVELS = ["Elementary", "Middle School", "High School"]

# =========================================================================
# Allocation of unique identifiers, phones, addresses, e-mails
# =========================================================================
USED_IDS, USED_PHONES, USED_EMAILS, USED_DOMAINS, USED_ADDR = set(), set(), set(), set(), set()
for _d in ["brightsmilesdental.com"]:
    pass


def new_id():
    while True:
        x = "c%010x" % rng.getrandbits(40)
        if x not in USED_IDS:
            USED_IDS.add(x)
            return x


def pick_state(exclude=()):
    opts = [(s, w) for s, w in STATE_WEIGHT if s not in exclude]
    return wchoice([s for s, _ in opts], [w for _, w in opts])


def pick_city(state):
    recs = CITY_BY_STATE[state]
    return wchoice(recs, [r["w"] for r in recs])


def alloc_phone(cityrec):
    codes = list(cityrec["codes"])
    rng.shuffle(codes)
    others = sorted({c for r in CITY_BY_STATE[cityrec["state"]] for c in r["codes"]} - set(codes))
    rng.shuffle(others)
    for code in codes + others:
        free = [n for n in range(100) if "%s55501%02d" % (code, n) not in USED_PHONES]
        if free:
            p = "%s55501%02d" % (code, rng.choice(free))
            USED_PHONES.add(p)
            return p
    raise RuntimeError("phone pool exhausted for " + cityrec["state"])


def make_line1(residential):
    num = rng.randint(100, 18999) if residential else rng.randint(100, 9899)
    if residential and rng.random() < 0.6:
        name = rng.choice(RES_STREETS)
    else:
        name = rng.choice(COM_STREETS)
    types = RES_TYPES if residential else COM_TYPES
    typ = wchoice([t for t, _ in types], [w for _, w in types])
    d = rng.choice(["N", "S", "E", "W"]) if rng.random() < 0.18 else None
    if rng.random() < 0.2:
        typ = TYPE_FULL[typ]
        if d:
            d = DIR_FULL[d]
    if name.startswith("Mount ") and rng.random() < 0.35:
        name = "Mt " + name[6:]
    if name.startswith("Saint ") and rng.random() < 0.5:
        name = "St. " + name[6:]
    return " ".join([str(num)] + ([d] if d else []) + [name, typ])


def make_line2(residential):
    r = rng.random()
    if residential:
        if r < 0.15:
            return "Apt %d%s" % (rng.randint(1, 30), rng.choice("ABCD"))
        if r < 0.20:
            return "Unit %d" % rng.randint(1, 40)
        return None
    n = rng.choice(range(100, 500, 10))
    if r < 0.30:
        return "Suite %d" % n
    if r < 0.45:
        return "Ste %d" % n
    if r < 0.50:
        return "Ste. %d" % n
    if r < 0.55:
        return "Unit %s" % rng.choice("ABCDEF")
    if r < 0.58:
        return "Bldg %d, Suite %d" % (rng.randint(1, 4), rng.choice(range(100, 300, 10)))
    return None


def alloc_address(cityrec, residential=False, line2=True):
    while True:
        line1 = make_line1(residential)
        z = rng.choice(cityrec["zips"])
        key = (re.sub(r"[^a-z0-9]", "", line1.lower()), z)
        if key not in USED_ADDR:
            USED_ADDR.add(key)
            break
    return {"line1": line1, "line2": make_line2(residential) if line2 else None,
            "city": cityrec["city"], "region": cityrec["state"], "postalCode": z}


def slug(s):
    return re.sub(r"[^a-z0-9]", "", (s or "").lower())


def name_words(name):
    out = []
    for w in re.split(r"[\s\-/]+", name):
        s = slug(w)
        if s and s not in ("the", "of", "and"):
            out.append(s)
    return out


WORD_SHORT = [("physical", "therapy", "pt"), ("veterinary", None, "vet"), ("dentistry", None, "dental"),
              ("associates", None, "assoc"), ("orthodontics", None, "ortho"), ("rehabilitation", None, "rehab"),
              ("medical", None, "med"), ("center", None, "ctr"), ("hospital", None, "hosp"),
              ("pediatric", None, "peds"), ("pediatrics", None, "peds"), ("services", None, "svc")]


def short_base(name, limit):
    """How a small practice shortens its name into a domain or mailbox name."""
    words = name_words(name)
    if len("".join(words)) > limit:
        out = []
        i = 0
        while i < len(words):
            w = words[i]
            done = False
            for a, b, r in WORD_SHORT:
                if i > 0 and w == a and (b is None or (i + 1 < len(words) and words[i + 1] == b)):
                    out.append(r)
                    i += 1 if b is None else 2
                    done = True
                    break
            if not done:
                out.append(w)
                i += 1
        words = out
    while len("".join(words)) > limit and len(words) > 2:
        words = words[:-1]
    return "".join(words)


def alloc_domain(name, short, tlds, cityrec):
    base = short_base(name, 22)
    tld = wchoice([t for t, _ in tlds], [w for _, w in tlds])
    for d in (base + tld, base + slug(cityrec["city"]) + tld, base + cityrec["state"].lower() + tld):
        if d not in USED_DOMAINS:
            USED_DOMAINS.add(d)
            return d
    while True:
        d = "%s%d%s" % (base, rng.randint(2, 99), tld)
        if d not in USED_DOMAINS:
            USED_DOMAINS.add(d)
            return d


def claim_email(local, domain):
    e = "%s@%s" % (local, domain)
    if e not in USED_EMAILS:
        USED_EMAILS.add(e)
        return e
    while True:
        e = "%s%d@%s" % (local, rng.randint(1, 99), domain)
        if e not in USED_EMAILS:
            USED_EMAILS.add(e)
            return e


def person_email(g, f, prov=None, avoid_prov=None):
    g0, f0 = slug(g), slug(f)
    if prov is None:
        opts = [(p, w) for p, w in FREE_PROVIDERS if p != avoid_prov]
        prov = wchoice([p for p, _ in opts], [w for _, w in opts])
    yy = rng.randint(55, 99) if rng.random() < 0.6 else rng.randint(1, 30)
    local = wchoice([
        "%s.%s" % (g0, f0), "%s%s" % (g0, f0), "%s%s" % (g0[0], f0), "%s.%s%d" % (g0, f0, yy),
        "%s%s%d" % (g0[0], f0, yy), "%s.%s" % (f0, g0), "%s_%s" % (g0, f0), "%s%s%d" % (g0, f0[0], yy)],
        [14, 12, 12, 12, 12, 6, 6, 6])
    return claim_email(local, prov)


def free_org_email(name):
    base = short_base(name, 20)
    prov = wchoice(["gmail.com", "yahoo.com", "outlook.com"], [60, 20, 20])
    if rng.random() < 0.35:
        base += str(rng.randint(1, 99))
    return claim_email(base, prov)


def rand_given(gender=None):
    gender = gender or rng.choice("MF")
    return rng.choice(GIVEN_M if gender == "M" else GIVEN_F)


def rand_surname():
    return rng.choice(SURNAMES)


def pick_place(state, cityrec):
    r = rng.random()
    if r < 0.48:
        return rng.choice(GENERIC_PLACES), "generic"
    if r < 0.78:
        return rng.choice(STATE_PLACES[state]), "state"
    return cityrec["city"], "city"


def pick_suffix(kind, state):
    if KIND_SPECS[kind]["prof"]:
        opts = PROF_SUFFIX[state]
    else:
        opts = BIZ_SUFFIX
        if kind == "spa" and state in ("TX", "NC") and rng.random() < 0.4:
            opts = PROF_SUFFIX[state]
    return wchoice([s for s, _ in opts], [w for _, w in opts])


def owner_cred(kind, tpl, state):
    r = rng.random()
    if kind == "dental":
        return "DMD" if (state in ("PA", "OR") and r < 0.6) or r < 0.15 else "DDS"
    if kind == "physician":
        if "Chiropractic" in tpl:
            return "DC"
        if "Podiatry" in tpl or "Foot" in tpl:
            return "DPM"
        if "Eye" in tpl:
            return "OD" if r < 0.5 else "MD"
        return "MD" if r < 0.8 else "DO"
    if kind == "vet":
        return "DVM"
    if kind == "pt":
        return "DPT" if r < 0.7 else "PT"
    if kind == "pharmacy":
        return "PharmD" if r < 0.6 else "RPh"
    if kind == "spa":
        return wchoice(["MD", "NP", "RN"], [40, 35, 25])
    return "MD" if r < 0.8 else "DO"


# =========================================================================
# Name normalisation and the link-evidence rule (used to police the labels)
# =========================================================================
LEGAL_TOKENS = {"pllc", "pc", "pa", "llc", "inc", "incorporated", "ltd", "corp", "corporation", "lp",
                "llp", "co"}
CRED_TOKENS = {"dds", "dmd", "md", "do", "dvm", "rn", "np", "fnp", "aprn", "rdh", "dpm", "dc", "od", "dpt",
               "pt", "crna", "cnm", "lm", "lpn", "bsn", "msn", "phd", "pharmd", "rph", "lmt", "lac", "pac"}
TITLE_TOKENS = {"dr", "doctor", "mr", "mrs", "ms"}
STOP_TOKENS = {"the", "of", "and", "at", "dba", "attn"}
NAME_ABBR = {"mt": "mount", "ctr": "center", "cntr": "center", "st": "saint", "ste": "suite",
             "assoc": "associates", "assocs": "associates", "dept": "department", "hosp": "hospital",
             "med": "medical", "svcs": "services", "svc": "services", "rehab": "rehabilitation",
             "vet": "veterinary", "medspa": "medical spa"}
ADDR_ABBR = dict(TYPE_ABBR)
ADDR_ABBR.update(DIR_ABBR)
ADDR_ABBR.update({"mount": "mt", "saint": "st", "center": "ctr"})
ADDR_ABBR = {k.lower(): v.lower() for k, v in ADDR_ABBR.items()}

_ntok_cache = {}


def ntoks(s):
    if not s:
        return []
    if s in _ntok_cache:
        return _ntok_cache[s]
    t = s.lower().replace("&", " and ").replace("\u2019", "'")
    t = t.replace("operating room", " or ").replace("independent school district", " isd ")
    t = re.sub(r"[.']", "", t)
    t = re.sub(r"[^a-z0-9]+", " ", t)
    out = []
    for w in t.split():
        w = NAME_ABBR.get(w, w)
        for x in w.split():
            if x in STOP_TOKENS or x in LEGAL_TOKENS or x in CRED_TOKENS or x in TITLE_TOKENS:
                continue
            if x.isdigit() or len(x) == 1:
                continue
            out.append(x)
    _ntok_cache[s] = out
    return out


def osa(a, b):
    la, lb = len(a), len(b)
    if abs(la - lb) > 2:
        return 3
    d = [[0] * (lb + 1) for _ in range(la + 1)]
    for i in range(la + 1):
        d[i][0] = i
    for j in range(lb + 1):
        d[0][j] = j
    for i in range(1, la + 1):
        for j in range(1, lb + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            v = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, d[i - 2][j - 2] + 1)
            d[i][j] = v
    return d[la][lb]


_teq_cache = {}


def tok_eq(a, b):
    if a == b:
        return True
    key = (a, b) if a < b else (b, a)
    if key in _teq_cache:
        return _teq_cache[key]
    r = False
    ca, cb = NICK_CANON.get(a), NICK_CANON.get(b)
    if ca is not None and ca == cb:
        r = True
    else:
        m = min(len(a), len(b))
        if m >= 4:
            dist = osa(a, b)
            r = dist <= (2 if m >= 8 else 1)
    _teq_cache[key] = r
    return r


def dice(A, B):
    if not A or not B:
        return 0.0
    used = [False] * len(B)
    m = 0
    for a in A:
        for j, b in enumerate(B):
            if not used[j] and tok_eq(a, b):
                used[j] = True
                m += 1
                break
    return 2.0 * m / (len(A) + len(B))


def phone10(p):
    if not p:
        return None
    main = re.split(r"(?i)\s*(?:x|ext)", p)[0]
    d = re.sub(r"\D", "", main)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d if len(d) == 10 else None


_CUT = re.compile(r"\s*(?:,|\bste\b\.?|\bsuite\b|#|\bunit\b|\bapt\b|\bbldg\b|\battn\b|\bfloor\b|\bfl\b|\blevel\b|\broom\b|\brm\b)")


def addr_key(a):
    if not a or not a.get("line1"):
        return None
    line1 = _CUT.split(a["line1"].lower())[0]
    toks = re.sub(r"[^a-z0-9]+", " ", line1.replace(".", "")).split()
    num = toks[0] if toks and toks[0].isdigit() else None
    street = [ADDR_ABBR.get(t, t) for t in toks[1:]] if num else [ADDR_ABBR.get(t, t) for t in toks]
    z = (a.get("postalCode") or "")[:5] or None
    city = (a.get("city") or "").strip().lower() or None
    return (num, street, z, city)


def addr_agree(x, y):
    if not x or not y or not x[0] or x[0] != y[0]:
        return False
    if dice(x[1], y[1]) < 0.7:
        return False
    return bool((x[2] and x[2] == y[2]) or (x[3] and x[3] == y[3]))


def features(c):
    names = []
    for s in (c.get("displayName"), c.get("companyName")):
        t = ntoks(s)
        if t:
            names.append(t)
    g, f = c.get("givenName"), c.get("familyName")
    if g or f:
        t = ntoks(" ".join(x for x in (g, f) if x))
        if t:
            names.append(t)
    toks = sorted({t for n in names for t in n})
    main = sorted(set(ntoks(c.get("displayName"))) | set(ntoks(c.get("companyName"))))
    email = (c.get("email") or "").strip().lower() or None
    dom = email.split("@", 1)[1] if email and "@" in email else None
    return {"names": names, "toks": toks, "main": main, "email": email, "domain": dom,
            "phone": phone10(c.get("phone")), "addr": addr_key(c.get("address"))}


def evidence(a, b):
    name = 0.0
    for x in a["names"]:
        for y in b["names"]:
            d = dice(x, y)
            if d > name:
                name = d
    em = bool(a["email"] and a["email"] == b["email"])
    ph = bool(a["phone"] and a["phone"] == b["phone"])
    ad = addr_agree(a["addr"], b["addr"])
    return (name, em, ph, ad)


def passes(ev):
    strong = int(ev[1]) + int(ev[2]) + int(ev[3])
    return (ev[0] >= 0.6 and strong >= 1) or strong >= 2


def distinct_tok(fi, ft, fc):
    """A token of the record's own name (display/company, not a contact person's
    name) that belongs to one candidate's names and not to the other's."""
    for t in fi["main"]:
        if any(tok_eq(t, x) for x in ft["toks"]) and not any(tok_eq(t, y) for y in fc["toks"]):
            return True
    return False


def decisive(fi, ft, fc, evt, evc):
    if evt[1] and not evc[1]:
        return True
    if evt[2] and not evc[2]:
        return True
    if evt[3] and not evc[3]:
        return True
    return distinct_tok(fi, ft, fc)


def strong_keys(f):
    keys = []
    if f["email"]:
        keys.append("e:" + f["email"])
    if f["phone"]:
        keys.append("p:" + f["phone"])
    a = f["addr"]
    if a and a[0]:
        if a[2]:
            keys.append("a:%s|%s" % (a[0], a[2]))
        if a[3]:
            keys.append("b:%s|%s" % (a[0], a[3]))
    return keys


class Pool:
    """Every record a matcher could see: the existing list plus incoming records."""

    def __init__(self):
        self.recs, self.skey, self.nkey = [], {}, {}

    def add(self, entity, contact, group=None):
        f = features(contact)
        idx = len(self.recs)
        self.recs.append({"entity": entity, "feat": f, "group": group})
        for k in strong_keys(f):
            self.skey.setdefault(k, []).append(idx)
        for t in f["toks"]:
            self.nkey.setdefault(t, []).append(idx)
        return f

    def strong_candidates(self, f):
        out = set()
        for k in strong_keys(f):
            out.update(self.skey.get(k, ()))
        return sorted(out)

    def name_candidates(self, f, n=2):
        out = set()
        for name in f["names"]:
            toks = sorted(set(name), key=lambda t: (len(self.nkey.get(t, ())), t))[:n]
            for t in toks:
                out.update(self.nkey.get(t, ()))
        return sorted(out)


POOL = Pool()


def link_ok(contact, target_entity, target_feat):
    """True when a careful human could link `contact` to the target record and to
    no other record: the link rule holds against the target and, for every other
    record that also satisfies the rule, some agreeing field singles out the
    target while nothing singles out the other record."""
    fi = features(contact)
    evt = evidence(fi, target_feat)
    if not passes(evt):
        return False, "no_evidence"
    for idx in POOL.strong_candidates(fi):
        rec = POOL.recs[idx]
        if rec["entity"].split("#")[0] == target_entity:
            continue
        evc = evidence(fi, rec["feat"])
        if not passes(evc):
            continue
        if not decisive(fi, target_feat, rec["feat"], evt, evc):
            return False, "ambiguous"
        if decisive(fi, rec["feat"], target_feat, evc, evt):
            return False, "contradicted"
    return True, ""


_GENERIC = None


def generic_words():
    global _GENERIC
    if _GENERIC is None:
        words = set()
        texts = [t for spec in KIND_SPECS.values() for t, _ in spec["patterns"]] + FAC_TYPES
        for t in texts:
            words.update(ntoks(re.sub(r"\{[A-Z0-9]+\}", " ", t)))
        _GENERIC = words
    return _GENERIC


def too_close_names(fa, fb):
    """Same-looking names: most tokens shared and the distinctive (non-generic) part shared."""
    gw = generic_words()
    for x in fa["names"]:
        for y in fb["names"]:
            if dice(x, y) >= 0.8:
                dx = [t for t in x if t not in gw] or x
                dy = [t for t in y if t not in gw] or y
                if dice(dx, dy) >= 0.5:
                    return True
    return False


def looks_new(contact, entity, allowed_entities=(), check_names=True):
    """For plain new customers: no record satisfies the link rule and no name is close."""
    fi = features(contact)
    cands = set(POOL.strong_candidates(fi)) | set(POOL.name_candidates(fi))
    for idx in sorted(cands):
        rec = POOL.recs[idx]
        if rec["entity"] == entity or rec["entity"] in allowed_entities:
            continue
        ev = evidence(fi, rec["feat"])
        if passes(ev) or (check_names and ev[0] >= 0.8 and too_close_names(fi, rec["feat"])):
            return False
    return True


# =========================================================================
# Entities
# =========================================================================
def base_entity(kind, is_person, cityrec):
    return {"id": new_id(), "kind": kind, "is_person": is_person, "cityrec": cityrec,
            "state": cityrec["state"], "group": None, "site": None, "chain": None, "owner": None,
            "contact": None, "company": None, "core": None, "legal": None, "suffix": None,
            "display": None, "domain": None, "free_email": False, "email": None, "phone": None,
            "addr": None, "residential": False, "place_kind": None, "owner_visible": False,
            "qb_phone_style": wchoice([0, 1, 2], [60, 30, 10]),
            "qb_country": wchoice(["USA", "US", None], [45, 35, 20]),
            "given": None, "family": None, "cred": None, "gen": None, "pstyle": "plain",
            "ptype": None, "held_out": False, "hn": None}


SUFFIX_RE = re.compile(r"(,?\s+)(P\.?\s?L\.?\s?L\.?\s?C\.?|P\.?\s?C\.?|P\.?\s?A\.?|L\.?\s?L\.?\s?C\.?|"
                       r"Inc\.?|Incorporated|Ltd\.?)$", re.I)


def suffix_of(name):
    m = SUFFIX_RE.search(name or "")
    if not m:
        return None
    k = re.sub(r"[^A-Za-z]", "", m.group(2)).upper()
    return {"INCORPORATED": "Inc", "INC": "Inc", "LTD": "Ltd"}.get(k, k)


def drop_some_field(e, p_email=0.07, p_phone=0.04, p_addr=0.03):
    r = rng.random()
    if r < p_email:
        e["email"] = None
    elif r < p_email + p_phone:
        e["phone"] = None
    elif r < p_email + p_phone + p_addr:
        e["addr"] = None


def make_practice(kind, cityrec, owner=None, no_owner=False, core_override=None, tpl=None):
    spec = KIND_SPECS[kind]
    state = cityrec["state"]
    if tpl is None:
        tpl = wchoice([p[0] for p in spec["patterns"]], [p[1] for p in spec["patterns"]])
    has_owner = owner is not None or (not no_owner and rng.random() < spec["p_owner"])
    if not has_owner and not no_owner and "{S}" in tpl and spec["p_owner"] > 0 and rng.random() < 0.6:
        has_owner = True
    if has_owner and owner is None:
        owner = (rand_given(), rand_surname(), owner_cred(kind, tpl, state))
    place, pkind = pick_place(state, cityrec)
    tn = rng.choice(TATTOO_NOUN)
    fill = {"P": place, "S": owner[1] if owner else rand_surname(), "S2": rand_surname(),
            "A": rng.choice(SMILE_ADJ), "TA": rng.choice(TATTOO_ADJ), "TN": tn,
            "TN2": rng.choice([x for x in TATTOO_NOUN if x != tn]), "SA": rng.choice(SPA_ADJ)}
    core = core_override or tpl.format(**fill)
    if core_override:
        pkind = "override"
    elif "{P}" not in tpl:
        pkind = "surname" if "{S}" in tpl else "none"
    e = base_entity(kind, False, cityrec)
    e["place_kind"] = pkind
    e["tpl"] = tpl
    e["owner"] = owner
    suffix = None if rng.random() < spec["p_nosuf"] else pick_suffix(kind, state)
    mode = "core"
    legal = None
    if owner and suffix and rng.random() < 0.45:
        legal = "%s %s %s %s" % (owner[0], owner[1], owner[2], suffix)
        mode = "docdba"
        if rng.random() < 0.12 and not core_override:
            core = None
            mode = "doconly"
    elif suffix:
        legal = "%s %s" % (core, suffix)
    if mode == "docdba":
        display = core if rng.random() < 0.7 else legal
    elif mode == "doconly":
        display = legal
    else:
        display = legal if (legal and rng.random() < 0.4) else core
    r = rng.random()
    if legal is None:
        company = core if r < 0.5 else None
    elif display == legal:
        company = legal if r < 0.6 else (core if (core and r < 0.8) else None)
    else:
        company = legal if r < 0.75 else None
    contact = None
    if owner and rng.random() < 0.35:
        contact = (owner[0], owner[1])
    elif rng.random() < 0.45:
        contact = (rand_given(), rand_surname())
    e.update(core=core, legal=legal, suffix=suffix, display=display, company=company, contact=contact,
             mode=mode)
    if owner:
        legal_named = bool(legal and legal.startswith("%s %s " % (owner[0], owner[1])))
        e["owner_visible"] = bool((legal_named and (display == legal or company == legal))
                                  or contact == (owner[0], owner[1]))
    # contact channels
    if rng.random() < spec["p_domain"]:
        dname = core or "dr %s %s" % (owner[0], owner[1])
        e["domain"] = alloc_domain(dname, spec["short"], spec["tlds"], cityrec)
        r = rng.random()
        if contact and r < 0.25:
            local = wchoice(["%s.%s" % (slug(contact[0]), slug(contact[1])),
                             "%s%s" % (slug(contact[0])[0], slug(contact[1]))], [1, 1])
        elif owner and r < 0.33:
            local = "dr" + slug(owner[1])
        else:
            local = wchoice([x for x, _ in ORG_LOCALS], [w for _, w in ORG_LOCALS])
        e["email"] = claim_email(local, e["domain"])
    else:
        e["free_email"] = True
        e["email"] = free_org_email(core or "%s %s %s" % (owner[0], owner[1], owner[2]))
    e["phone"] = alloc_phone(cityrec)
    e["addr"] = alloc_address(cityrec, residential=False)
    return e


def make_person(ptype, cityrec, given=None, family=None, gender=None, cred=None):
    gender = gender or rng.choice("MF")
    e = base_entity("person_" + ptype, True, cityrec)
    g = given or rand_given(gender)
    f = family or rand_surname()
    if cred is None:
        if ptype == "practitioner":
            cred = wchoice([c for c, _ in PRACT_CREDS], [w for _, w in PRACT_CREDS])
        elif ptype == "nurse":
            cred = "RN" if rng.random() < 0.8 else "LPN"
    residential = ptype != "practitioner" or rng.random() < 0.5
    e.update(given=g, family=f, cred=cred, ptype=ptype, gender=gender, residential=residential)
    e["addr"] = alloc_address(cityrec, residential=residential)
    e["phone"] = alloc_phone(cityrec)
    if ptype == "patient":
        e["email"] = person_email(g, f) if rng.random() < 0.78 else None
    elif ptype == "practitioner" and rng.random() < 0.28:
        e["domain"] = alloc_domain(wchoice(["dr %s %s" % (g, f), "%s %s %s" % (g, f, cred)], [1, 1])
                                   if cred in DR_CREDS else "%s %s %s" % (g, f, cred),
                                   "", [(".com", 1)], cityrec)
        e["email"] = claim_email(wchoice([slug(g), "office", "dr" + slug(f), "info"], [3, 2, 2, 1])
                                 if cred in DR_CREDS else wchoice([slug(g), "office", "info"], [3, 2, 1]),
                                 e["domain"])
    else:
        e["email"] = person_email(g, f)
        e["free_email"] = True
    if e["domain"] is None:
        e["free_email"] = True
    if ptype == "practitioner":
        opts = [("plain", 45), ("cred_comma", 25), ("cred_space", 15)]
        if cred in DR_CREDS:
            opts.append(("dr", 15))
        e["pstyle"] = wchoice([o for o, _ in opts], [w for _, w in opts])
        if rng.random() < 0.15:
            e["company"] = "%s %s %s" % (g, f, cred)
    elif ptype == "nurse":
        e["pstyle"] = wchoice(["plain", "cred_space", "cred_comma"], [80, 10, 10])
    return e


def person_display(e):
    base = "%s %s" % (e["given"], e["family"])
    if e["gen"]:
        base += " " + e["gen"]
    st = e["pstyle"]
    if st == "cred_comma" and e["cred"]:
        return "%s, %s" % (base, e["cred"])
    if st == "cred_space" and e["cred"]:
        return "%s %s" % (base, e["cred"])
    if st == "dr":
        return "Dr. " + base
    return base


def render(e, display=None):
    if e["is_person"]:
        disp = person_display(e)
        g, f = e["given"], e["family"]
    else:
        disp = e["display"]
        g, f = e["contact"] if e["contact"] else (None, None)
    if display is not None:
        disp = display
    addr = None
    if e["addr"]:
        a = e["addr"]
        addr = {"line1": a["line1"], "line2": a["line2"], "city": a["city"], "region": a["region"],
                "postalCode": a["postalCode"], "country": e["qb_country"]}
    return {"displayName": disp, "givenName": g, "familyName": f, "companyName": e["company"],
            "email": e["email"],
            "phone": PHONE_STYLES[e["qb_phone_style"]].format(a=e["phone"][:3], b=e["phone"][3:6],
                                                               c=e["phone"][6:]) if e["phone"] else None,
            "address": addr}


# ---- multi-site groups ---------------------------------------------------
GROUPS = {}


def new_gid(kind, name):
    gid = "g%d" % (len(GROUPS) + 1)
    GROUPS[gid] = {"kind": kind, "name": name, "members": []}
    return gid


def site_labels(cities):
    counts = {}
    for cr in cities:
        counts[cr["city"]] = counts.get(cr["city"], 0) + 1
    used = {}
    labels = []
    for cr in cities:
        if counts[cr["city"]] == 1:
            labels.append(cr["city"])
        else:
            opts = [d for d in SITE_DIRS if d not in used.setdefault(cr["city"], [])]
            d = rng.choice(opts)
            used[cr["city"]].append(d)
            labels.append("%s %s" % (cr["city"], d))
    return labels


def make_chain(spec, kind):
    state, brand, legal, domain, n_exist, n_hold = spec
    USED_DOMAINS.add(domain)
    gid = new_gid(kind, brand)
    hq = pick_city(state)
    ap_email = claim_email(rng.choice(["ap", "accountspayable", "invoices", "payables"]), domain)
    ap_phone = alloc_phone(hq)
    n = n_exist + n_hold
    cities = [pick_city(state) for _ in range(n)]
    labels = site_labels(cities)
    hold = set(rng.sample(range(n), n_hold))
    first_exist = min(i for i in range(n) if i not in hold)
    out = []
    for i, (cr, label) in enumerate(zip(cities, labels)):
        e = base_entity(kind, False, cr)
        disp = "%s - %s" % (brand, label)
        e.update(display=disp, core=disp, legal=legal, suffix=suffix_of(legal), chain=brand, site=label,
                 group=gid, domain=domain, held_out=i in hold, mode="site", place_kind="chain")
        e["company"] = legal if rng.random() < 0.7 else None
        e["contact"] = (rand_given(), rand_surname()) if rng.random() < 0.5 else None
        shared_mail = e["held_out"] or i == first_exist or rng.random() < (0.8 if kind == "dso_site" else 0.75)
        e["email"] = ap_email if shared_mail else claim_email(slug(label), domain)
        shared_phone = e["held_out"] or i == first_exist or kind == "dso_site" or rng.random() < 0.7
        e["phone"] = ap_phone if shared_phone else alloc_phone(cr)
        e["addr"] = alloc_address(cr, residential=False)
        e["ap_email"], e["ap_phone"] = ap_email, ap_phone
        GROUPS[gid]["members"].append(e)
        out.append(e)
    return out


def make_operator(spec):
    state, brand, op_legal, domain, n_exist, n_hold = spec
    USED_DOMAINS.add(domain)
    gid = new_gid("operator", brand)
    hq = pick_city(state)
    central = alloc_phone(hq)
    ap_email = claim_email("ap", domain)
    n = n_exist + n_hold
    variants = rng.sample(FAC_VARIANTS, n)
    hold = set(rng.sample(range(n), n_hold))
    exist_idx = [i for i in range(n) if i not in hold]
    force_central = exist_idx[0]
    out = []
    for i, var in enumerate(variants):
        cr = hq if rng.random() < 0.4 else pick_city(state)
        ftype = rng.choice(FAC_TYPES)
        e = base_entity("nursing_facility", False, cr)
        disp = "%s %s %s" % (brand, var, ftype)
        fac_legal = "%s %s Operations LLC" % (brand, var) if rng.random() < 0.5 else op_legal
        e.update(display=disp, core=disp, legal=fac_legal, suffix=suffix_of(fac_legal), chain=brand,
                 group=gid, domain=domain, held_out=i in hold, mode="facility", place_kind="chain",
                 facility=var)
        r = rng.random()
        e["company"] = fac_legal if r < 0.6 else (op_legal if r < 0.8 else None)
        e["contact"] = (rand_given(), rand_surname()) if rng.random() < 0.5 else None
        e["email"] = ap_email if (rng.random() < 0.4 or i == exist_idx[-1]) else claim_email(
            wchoice(["%s.admin" % slug(var), "admin.%s" % slug(var), "%s.office" % slug(var)], [1, 1, 1]),
            domain)
        use_central = e["held_out"] or i == force_central or rng.random() < 0.5
        e["phone"] = central if use_central else alloc_phone(cr)
        e["addr"] = alloc_address(cr, residential=False)
        e["ap_email"], e["ap_phone"] = ap_email, central
        GROUPS[gid]["members"].append(e)
        out.append(e)
    return out


def make_hospital(spec, idx):
    state, city, name, system, domain, n_exist, n_hold = spec
    USED_DOMAINS.add(domain)
    gid = new_gid("hospital", name)
    cr = CITY_BY_NAME[(state, city)]
    main_phone = alloc_phone(cr)
    ap_email = claim_email("accountspayable", domain)
    base_addr = alloc_address(cr, residential=False, line2=False)
    n = n_exist + n_hold
    pair = ["Pharmacy", "OR"]
    rng.shuffle(pair)
    others = rng.sample(DEPTS, n - 2)
    if idx % 4 != 3:
        exist = [pair[0]] + others[:n_exist - 1]
        hold = [pair[1]] + others[n_exist - 1:]
    else:
        exist = pair + others[:n_exist - 2]
        hold = others[n_exist - 2:]
    out = []
    anyone_main = False
    for dept in exist + hold:
        e = base_entity("hospital_dept", False, cr)
        disp = "%s - %s" % (name, dept)
        e.update(display=disp, core=disp, legal=system, suffix=None, chain=name, site=dept, group=gid,
                 domain=domain, held_out=dept in hold, mode="site", place_kind="chain")
        r = rng.random()
        e["company"] = system if r < 0.65 else (name if r < 0.85 else None)
        e["contact"] = (rand_given(), rand_surname()) if rng.random() < 0.5 else None
        e["email"] = ap_email if rng.random() < 0.4 else claim_email(
            wchoice(["%s" % DEPT_SLUG[dept], "%s.purchasing" % DEPT_SLUG[dept]], [1, 1]), domain)
        if dept in exist:
            use_main = rng.random() < 0.4
            anyone_main = anyone_main or use_main
        else:
            use_main = anyone_main and rng.random() < 0.7
        e["phone"] = main_phone if use_main else alloc_phone(cr)
        a = dict(base_addr)
        r = rng.random()
        a["line2"] = ("Attn: %s" % dept) if r < 0.45 else (
            ("Level %s" % rng.choice(["B", "1", "2", "3", "4"])) if r < 0.75 else None)
        e["addr"] = a
        e["ap_email"], e["ap_phone"] = ap_email, main_phone
        GROUPS[gid]["members"].append(e)
        out.append(e)
    return out


def make_school_district(spec):
    state, city, district, domain, n = spec
    USED_DOMAINS.add(domain)
    gid = new_gid("school", district)
    home = CITY_BY_NAME[(state, city)]
    ap_email = claim_email("accountspayable", domain)
    names = rng.sample(SCHOOL_NAMES, n - 1)
    out = []
    for i in range(n):
        site = "Health Services" if i == 0 else "%s %s" % (names[i - 1], rng.choice(SCHOOL_LEVELS))
        cr = home if (i == 0 or rng.random() < 0.6) else pick_city(state)
        e = base_entity("school_nurse", False, cr)
        disp = "%s - %s" % (district, site)
        e.update(display=disp, core=disp, legal=district, suffix=None, chain=district, site=site,
                 group=gid, domain=domain, mode="site", place_kind="chain")
        e["company"] = district if rng.random() < 0.6 else None
        e["contact"] = (rand_given("F" if rng.random() < 0.85 else "M"), rand_surname()) \
            if rng.random() < 0.7 else None
        e["email"] = ap_email if rng.random() < 0.5 else claim_email(
            "healthservices" if i == 0 else "nurse.%s" % slug(site.split()[0]), domain)
        e["phone"] = alloc_phone(cr)
        e["addr"] = alloc_address(cr, residential=False, line2=False)
        GROUPS[gid]["members"].append(e)
        out.append(e)
    return out


# =========================================================================
# Noise model
# =========================================================================
KEY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEIGH = {}
for _r, _row in enumerate(KEY_ROWS):
    for _i, _ch in enumerate(_row):
        nb = []
        if _i > 0:
            nb.append(_row[_i - 1])
        if _i < len(_row) - 1:
            nb.append(_row[_i + 1])
        NEIGH[_ch] = nb


def _case_like(src, ch):
    return ch.upper() if src.isupper() else ch


def typo_str(w):
    """One keyboard-style edit (substitution, deletion, duplication, transposition)."""
    letters = [i for i, ch in enumerate(w) if ch.isalpha()]
    inner = [i for i in letters if 0 < i < len(w) - 1] or letters
    if not inner:
        return w
    for _ in range(10):
        i = rng.choice(inner)
        op = wchoice(["sub", "del", "dup", "swap"], [4, 3, 2, 3])
        ch = w[i]
        if op == "sub":
            nb = NEIGH.get(ch.lower())
            if not nb:
                continue
            new = w[:i] + _case_like(ch, rng.choice(nb)) + w[i + 1:]
        elif op == "del":
            new = w[:i] + w[i + 1:]
        elif op == "dup":
            new = w[:i] + ch + w[i:]
        else:
            if i + 1 >= len(w) or not w[i + 1].isalpha() or w[i + 1] == ch:
                continue
            new = w[:i] + w[i + 1] + ch + w[i + 2:]
        if new != w:
            return new
    return w


def typo_in(s, min_len=5, avoid=()):
    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+", s or "")
             if len(m.group(0)) >= min_len and m.group(0).lower() not in avoid]
    if not spans:
        return None
    a, b = rng.choice(spans)
    old = s[a:b]
    new = typo_str(old)
    if new == old:
        return None
    return s[:a] + new + s[b:], old, new


def fmt_phone_digits(d, style=None):
    if style is None:
        style = wchoice(range(len(PHONE_STYLES)), PHONE_STYLE_W)
    return PHONE_STYLES[style].format(a=d[:3], b=d[3:6], c=d[6:])


SUFFIX_FORMS = {"PLLC": ["PLLC", "P.L.L.C.", "Pllc"], "PC": ["PC", "P.C."], "PA": ["PA", "P.A."],
                "LLC": ["LLC", "L.L.C.", "Llc"], "INC": ["Inc", "Inc.", "Incorporated", "INC"],
                "LTD": ["Ltd", "Ltd."]}


def _suffix_key(txt):
    k = re.sub(r"[^A-Za-z]", "", txt).upper()
    return "INC" if k == "INCORPORATED" else k


DRY = [False]   # set while testing whether a noise kind applies (no allocations then)


def n_suffix(c, e):
    if e["is_person"]:
        return None
    fields = [f for f in ("displayName", "companyName") if c[f]]
    present = [f for f in fields if SUFFIX_RE.search(c[f])]
    opts = []
    if present:
        opts += ["suffix_dropped", "suffix_form"]
    if e["suffix"] and c["displayName"] and not SUFFIX_RE.search(c["displayName"]) and not e["site"] \
            and e.get("mode") != "facility":
        opts.append("suffix_added")
    if not opts:
        return None
    op = rng.choice(opts)
    if op == "suffix_added":
        forms = SUFFIX_FORMS.get(e["suffix"].upper(), [e["suffix"]])
        c["displayName"] = c["displayName"].rstrip() + wchoice([" ", ", "], [3, 1]) + rng.choice(forms)
        return op
    targets = present if rng.random() < 0.4 else [present[0] if "displayName" not in present
                                                  else "displayName"]
    for f in targets:
        m = SUFFIX_RE.search(c[f])
        if op == "suffix_dropped":
            c[f] = c[f][:m.start()].rstrip(" ,")
        else:
            key = _suffix_key(m.group(2))
            forms = [x for x in SUFFIX_FORMS.get(key, []) if x != m.group(2)]
            if not forms:
                return None
            sep = rng.choice([" ", ", "])
            c[f] = c[f][:m.start()] + sep + rng.choice(forms)
    return op


NAME_TOGGLES = [
    (r"\bMount\b", "Mt"), (r"\bMt\.?(?=\s)", "Mount"), (r"\bSaint\b", "St."), (r"\bSt\.?(?=\s+[A-Z])", "Saint"),
    (r"\bCenter\b", "Ctr"), (r"\bCtr\.?(?=\s|$)", "Center"), (r"\s&\s", " and "), (r"\sand\s", " & "),
    (r"\bAssociates\b", "Assoc."), (r"\bAssoc\.?(?=\s|$)", "Associates"), (r"\bDepartment\b", "Dept"),
    (r"\bDept\.?(?=\s|$)", "Department"), (r"\bMedical\b", "Med"), (r"\bHospital\b", "Hosp"),
    (r" - OR$", " - Operating Room"), (r"\bServices\b", "Svcs"), (r"\bRehabilitation\b", "Rehab"),
    (r"\bRehab\b", "Rehabilitation"), (r"\bVeterinary\b", "Vet"),
    (r"\bISD\b", "Independent School District"),
]


def n_abbrev_name(c, e):
    fields = [f for f in ("displayName", "companyName") if c[f]]
    opts = []
    for f in fields:
        for pat, rep in NAME_TOGGLES:
            if re.search(pat, c[f]):
                opts.append((f, pat, rep))
    if not opts:
        return None
    f, pat, rep = rng.choice(opts)
    c[f] = re.sub(pat, rep, c[f], count=1)
    if f == "displayName" and c["companyName"] and re.search(pat, c["companyName"]) and rng.random() < 0.5:
        c["companyName"] = re.sub(pat, rep, c["companyName"], count=1)
    return "abbrev_name"


def n_typo_name(c, e):
    r = rng.random()
    field = "displayName" if (r < 0.8 or not c["companyName"]) else "companyName"
    res = typo_in(c[field], avoid={"incorporated"})
    if not res:
        return None
    c[field], old, new = res
    if e["is_person"]:
        for f in ("givenName", "familyName"):
            if c[f] and c[f] == old and rng.random() < 0.6:
                c[f] = new
    elif field == "displayName" and c["companyName"] and old in c["companyName"] and rng.random() < 0.3:
        c["companyName"] = c["companyName"].replace(old, new, 1)
    return "typo_name"


def n_punctuation(c, e):
    d = c["displayName"]
    opts = []
    if re.search(r"[.']", d):
        opts.append(re.sub(r"[.']", "", d))
    if " - " in d:
        opts.append(d.replace(" - ", " ", 1))
        opts.append(d.replace(" - ", "-", 1))
    if "," in d:
        opts.append(d.replace(",", ""))
    opts.append(d.replace(" ", "  ", 1))
    opts.append(d + " ")
    opts = [o for o in opts if o != d]
    if not opts:
        return None
    c["displayName"] = rng.choice(opts)
    return "punctuation"


def n_the_prefix(c, e):
    if e["is_person"] or e["site"] or e["place_kind"] not in ("generic", "state", "none"):
        return None
    if e["owner"] and e["owner"][0].lower() in c["displayName"].lower():
        return None
    d = c["displayName"]
    if d.lower().startswith("the "):
        c["displayName"] = d[4:]
    else:
        c["displayName"] = "The " + d
    return "the_prefix"


def n_dba_legal_swap(c, e):
    if e["is_person"] or not e["legal"] or not e["core"]:
        return None
    if ntoks(e["legal"]) == ntoks(e["core"]):
        return None
    cur = ntoks(c["displayName"])
    if dice(cur, ntoks(e["core"])) >= dice(cur, ntoks(e["legal"])):
        c["displayName"] = e["legal"]
        c["companyName"] = e["core"] if rng.random() < 0.5 else e["legal"]
    else:
        c["displayName"] = e["core"]
        c["companyName"] = e["legal"]
    return "dba_legal_swap"


def n_contact_person(c, e):
    if e["is_person"]:
        return None
    if c["givenName"] and rng.random() < 0.5:
        c["givenName"], c["familyName"] = None, None
        return "missing_person_name"
    c["givenName"], c["familyName"] = rand_given(), rand_surname()
    return "other_contact_person"


def n_missing_company(c, e):
    if not c["companyName"]:
        return None
    c["companyName"] = None
    return "missing_company"


def n_site_suffix_form(c, e):
    if not e["site"] or " - " not in c["displayName"]:
        return None
    left, right = c["displayName"].split(" - ", 1)
    opts = ["%s (%s)" % (left, right), "%s %s" % (left, right), "%s-%s" % (left, right),
            "%s \u2013 %s" % (left, right), "%s / %s" % (left, right)]
    if e["kind"] in ("dso_site", "uc_site"):
        opts.append("%s of %s" % (left, right))
        opts.append("%s - %s Office" % (left, right))
    if e["kind"] == "hospital_dept":
        opts.append("%s %s Dept" % (left, right))
    c["displayName"] = rng.choice(opts)
    return "site_suffix_form"


def n_site_suffix_dropped(c, e):
    if not e["site"] or " - " not in c["displayName"]:
        return None
    c["displayName"] = c["displayName"].split(" - ", 1)[0]
    return "site_suffix_dropped"


def _given_in_display(c, e):
    return c["givenName"] and re.search(r"\b%s\b" % re.escape(c["givenName"]), c["displayName"])


def n_nickname(c, e):
    if not e["is_person"] or not c["givenName"] or c["givenName"] not in NICKS:
        return None
    if not _given_in_display(c, e):
        return None
    nick = rng.choice(NICKS[c["givenName"]])
    c["displayName"] = re.sub(r"\b%s\b" % re.escape(c["givenName"]), nick, c["displayName"], count=1)
    if rng.random() < 0.7:
        c["givenName"] = nick
    return "nickname"


def n_middle_initial(c, e):
    if not e["is_person"] or not _given_in_display(c, e):
        return None
    ini = rng.choice("ABCDEFGHJKLMNPRSTW")
    c["displayName"] = re.sub(r"\b%s\b" % re.escape(c["givenName"]), "%s %s." % (c["givenName"], ini),
                              c["displayName"], count=1)
    if rng.random() < 0.3:
        c["givenName"] = "%s %s." % (c["givenName"], ini)
    return "middle_initial"


def n_last_first(c, e):
    if not e["is_person"] or c["displayName"].startswith("Dr") or "," in c["displayName"]:
        return None
    g = c["givenName"] or e["given"]
    f = c["familyName"] or e["family"]
    gen = (" " + e["gen"]) if e["gen"] else ""
    cred = ""
    if e["cred"] and re.search(r"\b%s\b" % re.escape(e["cred"]), c["displayName"]):
        cred = " " + e["cred"]
    c["displayName"] = "%s, %s%s%s" % (f, g, gen, cred)
    return "last_first"


def n_dr_prefix(c, e):
    if not e["is_person"] or e["cred"] not in DR_CREDS:
        return None
    d = c["displayName"]
    if re.match(r"(?i)dr\.?\s", d):
        c["displayName"] = re.sub(r"(?i)^dr\.?\s+", "", d)
        return "dr_prefix_dropped"
    if "," in d.split(" ")[0]:
        return None
    c["displayName"] = rng.choice(["Dr. ", "Dr ", "DR. "]) + d
    return "dr_prefix_added"


def n_credential(c, e):
    if not e["is_person"] or not e["cred"]:
        return None
    d = c["displayName"]
    pat = r",?\s+%s\b\.?" % re.escape(e["cred"])
    if re.search(pat, d):
        c["displayName"] = re.sub(pat, "", d, count=1)
        return "credential_dropped"
    cred = e["cred"]
    if cred in ("DDS", "DMD", "MD", "DVM", "RN") and rng.random() < 0.25:
        cred = ".".join(cred) + "."
    c["displayName"] = d + rng.choice([", ", " "]) + cred
    return "credential_added"


def n_given_family_swapped(c, e):
    if not e["is_person"] or not c["givenName"] or not c["familyName"]:
        return None
    c["givenName"], c["familyName"] = c["familyName"], c["givenName"]
    return "given_family_swapped"


def n_missing_person_name(c, e):
    if not e["is_person"] or not (c["givenName"] or c["familyName"]):
        return None
    c["givenName"], c["familyName"] = None, None
    return "missing_person_name"


def n_typo_email(c, e):
    em = c["email"]
    if not em or "@" not in em:
        return None
    local, dom = em.split("@", 1)
    if rng.random() < 0.35:
        if dom.lower() in DOMAIN_TYPOS:
            dom = rng.choice(DOMAIN_TYPOS[dom.lower()])
        else:
            base, _, tld = dom.rpartition(".")
            if len(base) < 5:
                return None
            dom = typo_str(base) + "." + tld
    else:
        if len(local) < 4:
            return None
        local = typo_str(local)
    new = "%s@%s" % (local, dom)
    if new.lower() == em.lower():
        return None
    c["email"] = new
    return "typo_email"


def n_email_case(c, e):
    if not c["email"]:
        return None
    em = c["email"]
    new = rng.choice([em.upper(), em[0].upper() + em[1:], ".".join(p.capitalize() for p in em.split("."))])
    if new == em:
        return None
    c["email"] = new
    return "email_case"


def n_other_contact_email(c, e):
    if not c["email"] or not e["domain"] or e["free_email"]:
        return None
    if DRY[0]:
        return "other_contact_email"
    dom = e["domain"]
    cur = c["email"].lower()
    for _ in range(10):
        r = rng.random()
        if r < 0.45:
            local = wchoice([x for x, _ in ORG_LOCALS], [w for _, w in ORG_LOCALS])
        else:
            g, f = rand_given(), rand_surname()
            local = wchoice(["%s.%s" % (slug(g), slug(f)), "%s%s" % (slug(g)[0], slug(f)), slug(g)], [2, 2, 1])
        em = "%s@%s" % (local, dom)
        if em != cur and em not in USED_EMAILS:
            USED_EMAILS.add(em)
            c["email"] = em
            return "other_contact_email"
    return None


def n_new_email(c, e):
    if not c["email"] or not (e["is_person"] or e["free_email"]):
        return None
    if DRY[0]:
        return "new_email"
    prov = c["email"].split("@")[-1].lower()
    if e["is_person"]:
        c["email"] = person_email(e["given"], e["family"], avoid_prov=prov)
    else:
        c["email"] = free_org_email((e["core"] or e["display"]) + " " + e["cityrec"]["city"])
    return "new_email"


def n_new_phone(c, e):
    if not c["phone"]:
        return None
    if DRY[0]:
        return "new_phone"
    c["phone"] = fmt_phone_digits(alloc_phone(e["cityrec"]))
    return "new_phone"


def n_phone_extension(c, e):
    if not c["phone"] or e["is_person"]:
        return None
    c["phone"] = c["phone"] + rng.choice([" x%d" % rng.randint(10, 40), " ext. %d" % rng.randint(100, 250),
                                          " Ext %d" % rng.randint(1, 9)])
    return "phone_extension"


def n_moved_same_city(c, e):
    if not c["address"] or e["kind"] == "hospital_dept":
        return None
    if DRY[0]:
        return "moved_same_city"
    na = alloc_address(e["cityrec"], residential=e["residential"])
    na["region"] = c["address"]["region"]
    na["country"] = c["address"]["country"]
    c["address"] = na
    return "moved_same_city"


def n_typo_street(c, e):
    a = c["address"]
    if not a or not a["line1"]:
        return None
    res = typo_in(a["line1"], min_len=5, avoid={k for k in TYPE_ABBR} | {"north", "south", "east", "west"})
    if not res:
        return None
    a["line1"] = res[0]
    return "typo_street"


def n_abbrev_street(c, e):
    a = c["address"]
    if not a or not a["line1"]:
        return None
    toks = a["line1"].split(" ")
    opts = []
    last = len(toks) - 1
    for i, t in enumerate(toks):
        k = t.rstrip(".").lower()
        if i == last and t.rstrip(".") in TYPE_FULL and TYPE_FULL[t.rstrip(".")] != t.rstrip("."):
            opts.append((i, TYPE_FULL[t.rstrip(".")]))
        elif i == last and k in TYPE_ABBR:
            opts.append((i, TYPE_ABBR[k] + rng.choice(["", "."])))
        elif i == 1 and t.rstrip(".") in DIR_FULL and i < last:
            opts.append((i, DIR_FULL[t.rstrip(".")]))
        elif i == 1 and k in DIR_ABBR and i < last - 1:
            opts.append((i, DIR_ABBR[k] + rng.choice(["", "."])))
        elif k == "mount" and i < last:
            opts.append((i, "Mt"))
        elif k == "mt" and i < last:
            opts.append((i, "Mount"))
        elif k == "saint" and i < last:
            opts.append((i, "St."))
        elif k == "st" and 0 < i < last:
            opts.append((i, "Saint"))
        elif k == "center" and i < last:
            opts.append((i, "Ctr"))
    if not opts:
        return None
    i, rep = rng.choice(opts)
    toks[i] = rep
    a["line1"] = " ".join(toks)
    return "abbrev_street"


def n_abbrev_suite(c, e):
    a = c["address"]
    if not a or not a["line2"]:
        return None
    l2 = a["line2"]
    m = re.match(r"(?i)^(suite|ste\.?|unit|apt|#)\s*(\S+)$", l2)
    if not m:
        return None
    word, val = m.group(1).lower().rstrip("."), m.group(2)
    if word in ("suite", "ste"):
        opts = ["Suite %s" % val, "Ste %s" % val, "Ste. %s" % val, "#%s" % val, "STE %s" % val, "Suite #%s" % val]
    elif word == "apt":
        opts = ["Apt %s" % val, "Apt. %s" % val, "#%s" % val, "Apartment %s" % val]
    else:
        opts = ["Unit %s" % val, "#%s" % val, "Ste %s" % val]
    opts = [o for o in opts if o != l2]
    a["line2"] = rng.choice(opts)
    return "abbrev_suite"


def n_line2_merged(c, e):
    a = c["address"]
    if not a or not a["line2"]:
        return None
    a["line1"] = a["line1"] + rng.choice([" ", ", "]) + a["line2"]
    a["line2"] = None
    return "line2_merged"


def n_zip_plus4(c, e):
    a = c["address"]
    if not a or not a["postalCode"] or "-" in a["postalCode"]:
        return None
    a["postalCode"] = "%s-%04d" % (a["postalCode"], rng.randint(1000, 9999))
    return "zip_plus4"


def n_partial_address(c, e):
    a = c["address"]
    if not a:
        return None
    if rng.random() < 0.5 and a["city"]:
        a["city"] = None
        return "missing_city"
    if a["postalCode"]:
        a["postalCode"] = None
        return "missing_zip"
    return None


def n_case_upper(c, e):
    c["displayName"] = c["displayName"].upper()
    if rng.random() < 0.6:
        for f in ("companyName", "givenName", "familyName"):
            if c[f]:
                c[f] = c[f].upper()
        if c["address"] and rng.random() < 0.7:
            for f in ("line1", "line2", "city"):
                if c["address"][f]:
                    c["address"][f] = c["address"][f].upper()
    return "case_upper"


def n_missing_phone(c, e):
    if not c["phone"]:
        return None
    c["phone"] = None
    return "missing_phone"


def n_missing_email(c, e):
    if not c["email"]:
        return None
    c["email"] = None
    return "missing_email"


def n_missing_address(c, e):
    if not c["address"]:
        return None
    c["address"] = None
    return "missing_address"


NOISE_FUNCS = {
    "moved_same_city": n_moved_same_city, "new_phone": n_new_phone, "new_email": n_new_email,
    "other_contact_email": n_other_contact_email, "contact_person": n_contact_person,
    "dba_legal_swap": n_dba_legal_swap, "suffix": n_suffix, "abbrev_name": n_abbrev_name,
    "the_prefix": n_the_prefix, "site_suffix_form": n_site_suffix_form,
    "site_suffix_dropped": n_site_suffix_dropped, "nickname": n_nickname,
    "middle_initial": n_middle_initial, "last_first": n_last_first, "dr_prefix": n_dr_prefix,
    "credential": n_credential, "given_family_swapped": n_given_family_swapped,
    "typo_name": n_typo_name, "punctuation": n_punctuation, "typo_email": n_typo_email,
    "email_case": n_email_case, "typo_street": n_typo_street, "abbrev_street": n_abbrev_street,
    "abbrev_suite": n_abbrev_suite, "line2_merged": n_line2_merged, "zip_plus4": n_zip_plus4,
    "phone_extension": n_phone_extension, "partial_address": n_partial_address,
    "case_upper": n_case_upper, "missing_company": n_missing_company,
    "missing_person_name": n_missing_person_name, "missing_phone": n_missing_phone,
    "missing_email": n_missing_email, "missing_address": n_missing_address,
}
NOISE_ORDER = list(NOISE_FUNCS)

COMMON_W = {"typo_name": 3, "typo_email": 2, "typo_street": 1.8, "abbrev_street": 2.5,
            "abbrev_suite": 1.0, "line2_merged": 0.7, "missing_phone": 1.4, "missing_email": 1.4,
            "missing_address": 0.9, "partial_address": 0.5, "new_phone": 1.0, "moved_same_city": 0.8,
            "case_upper": 1.0, "zip_plus4": 0.7, "punctuation": 0.8, "email_case": 0.4,
            "phone_extension": 0.4}
ORG_W = {"suffix": 3, "abbrev_name": 2, "other_contact_email": 1.5, "dba_legal_swap": 2.0,
         "contact_person": 1.0, "missing_company": 0.8, "the_prefix": 0.3, "new_email": 0.4}
SITE_W = {"site_suffix_form": 2.5, "site_suffix_dropped": 1.2}
PERSON_W = {"dr_prefix": 2.5, "credential": 2.5, "last_first": 2.0, "nickname": 2.0,
            "middle_initial": 0.6, "given_family_swapped": 0.3, "missing_person_name": 0.5,
            "new_email": 0.8, "missing_company": 0.3}

EMAIL_LABELS = {"typo_email", "other_contact_email", "new_email", "email_case"}
PHONE_LABELS = {"new_phone", "phone_extension", "phone_format"}
ADDR_LABELS = {"typo_street", "abbrev_street", "abbrev_suite", "line2_merged", "moved_same_city",
               "zip_plus4", "missing_city", "missing_zip", "region_variant", "country_variant"}
PNAME_LABELS = {"given_family_swapped"}

# noise a hard negative may carry: formatting only, never touching the decisive difference
HN_SAFE = {"abbrev_street": 2, "abbrev_suite": 1, "zip_plus4": 1, "case_upper": 1, "punctuation": 1,
           "abbrev_name": 1, "email_case": 0.5, "suffix": 1}
HN_REPEAT_EXCLUDE = {"moved_same_city", "new_phone", "site_suffix_dropped", "dba_legal_swap",
                     "missing_address", "the_prefix", "contact_person", "partial_address",
                     "other_contact_email", "new_email", "missing_person_name", "given_family_swapped"}


def noise_weights(e, exclude=()):
    w = dict(COMMON_W)
    if e["is_person"]:
        w.update(PERSON_W)
    else:
        w.update(ORG_W)
        if e["site"]:
            w.update(SITE_W)
    if e["kind"] == "hospital_dept":
        w.pop("moved_same_city", None)
    for x in exclude:
        w.pop(x, None)
    return w


def apply_formatting(c, labels):
    if c["phone"]:
        d = phone10(c["phone"])
        s = fmt_phone_digits(d)
        if s != c["phone"]:
            labels.append("phone_format")
            c["phone"] = s
    a = c["address"]
    if a:
        st = a["region"]
        r = rng.random()
        new = STATE_NAMES[st] if r < 0.18 else (st.lower() if r < 0.22 else st)
        if new != st:
            a["region"] = new
            labels.append("region_variant")
        country = wchoice(["US", "USA", "United States", None], [40, 30, 15, 15])
        if country != a["country"]:
            a["country"] = country
            labels.append("country_variant")


def apply_noises(c, e, k, weights, labels):
    names = sorted(weights)
    seq = wsample(names, [weights[n] for n in names], len(names))
    chosen = []
    for name in seq:
        if len(chosen) >= k:
            break
        test = copy.deepcopy(c)
        DRY[0] = True
        try:
            ok = NOISE_FUNCS[name](test, e)
        finally:
            DRY[0] = False
        if ok:
            chosen.append(name)
    for name in NOISE_ORDER:
        if name not in chosen:
            continue
        lab = NOISE_FUNCS[name](c, e)
        if not lab:
            continue
        if lab == "missing_email":
            labels[:] = [x for x in labels if x not in EMAIL_LABELS]
        elif lab == "missing_phone":
            labels[:] = [x for x in labels if x not in PHONE_LABELS]
        elif lab == "missing_address":
            labels[:] = [x for x in labels if x not in ADDR_LABELS]
        elif lab == "missing_person_name":
            labels[:] = [x for x in labels if x not in PNAME_LABELS]
        labels.append(lab)


FIRST_EXCLUDE = {"moved_same_city", "new_phone", "new_email", "other_contact_email", "dba_legal_swap",
                 "contact_person"}
K_CHOICES = ([1, 2, 3, 4, 5], [0, 25, 35, 25, 15])
STATS = {"attempts": 0, "fallback": 0, "fail_reasons": {}}


def make_linked(e, base, target_entity, target_feat, weights, prefix=()):
    """Noisy copy of `base` that still carries enough evidence to be linked."""
    for attempt in range(40):
        STATS["attempts"] += 1
        c = copy.deepcopy(base)
        labels = list(prefix)
        apply_formatting(c, labels)
        if attempt < 15:
            k = wchoice(*K_CHOICES)
        else:
            k = max(1, 3 - (attempt - 15) // 8)
        apply_noises(c, e, k, weights, labels)
        ok, why = link_ok(c, target_entity, target_feat)
        if ok:
            return c, labels
        STATS["fail_reasons"][why] = STATS["fail_reasons"].get(why, 0) + 1
    STATS["fallback"] += 1
    c = copy.deepcopy(base)
    labels = list(prefix)
    apply_formatting(c, labels)
    ok, why = link_ok(c, target_entity, target_feat)
    if not ok:
        raise RuntimeError("no linkable variant for %s (%s): %r" % (e["id"], why, base))
    return c, labels


def light_noise(c, e, weights, kmax, labels):
    apply_formatting(c, labels)
    k = rng.randint(0, kmax)
    if k:
        apply_noises(c, e, k, weights, labels)


# =========================================================================
# Build the existing customer list
# =========================================================================
def quotas(weights, total):
    s = sum(w for _, w in weights)
    raw = [(k, w * total / s) for k, w in weights]
    q = {k: int(v) for k, v in raw}
    rest = total - sum(q.values())
    for k, v in sorted(raw, key=lambda kv: -(kv[1] - int(kv[1])))[:rest]:
        q[k] += 1
    return q


def main():
    existing = []          # entities in the QuickBooks list
    held_out = []          # group members not in QuickBooks (hard-negative material)
    brand_keys = set()

    # -- multi-site groups
    for spec in DSO_SPECS:
        brand_keys.add(" ".join(ntoks(spec[1])))
        for e in make_chain(spec, "dso_site"):
            (held_out if e["held_out"] else existing).append(e)
    for spec in UC_SPECS:
        brand_keys.add(" ".join(ntoks(spec[1])))
        for e in make_chain(spec, "uc_site"):
            (held_out if e["held_out"] else existing).append(e)
    for spec in OPERATOR_SPECS:
        for e in make_operator(spec):
            brand_keys.add(" ".join(ntoks(e["display"])))
            (held_out if e["held_out"] else existing).append(e)
    for i, spec in enumerate(HOSPITAL_SPECS):
        brand_keys.add(" ".join(ntoks(spec[2])))
        for e in make_hospital(spec, i):
            (held_out if e["held_out"] else existing).append(e)
    for spec in SCHOOL_SPECS:
        brand_keys.add(" ".join(ntoks(spec[2])))
        existing.extend(make_school_district(spec))
    for spec in NEW_CHAIN_SPECS:
        brand_keys.add(" ".join(ntoks(spec[1])))
    n_group = len(existing)

    # -- standalone organisations
    n_persons = 375
    n_orgs = N_EXISTING - n_persons - n_group
    name_city = set()
    q = quotas(STANDALONE_WEIGHTS, n_orgs)
    for kind, _ in STANDALONE_WEIGHTS:
        made = 0
        while made < q[kind]:
            cr = pick_city(pick_state())
            e = make_practice(kind, cr)
            key = " ".join(ntoks(e["core"] or e["legal"]))
            if (key, cr["city"]) in name_city or key in brand_keys:
                continue
            name_city.add((key, cr["city"]))
            drop_some_field(e)
            existing.append(e)
            made += 1

    # -- persons
    persons = []
    pq = {"practitioner": 143, "patient": 118, "nurse": 98}
    for ptype in ("practitioner", "patient", "nurse"):
        for _ in range(pq[ptype]):
            e = make_person(ptype, pick_city(pick_state()))
            drop_some_field(e, 0.03, 0.03, 0.02)
            persons.append(e)
    # same-name different people ("Robert Kim" / "Robert Kim 2")
    clones = []
    for src in rng.sample(persons, 12):
        st = src["state"] if rng.random() < 0.5 else pick_state(exclude=(src["state"],))
        e = make_person(src["ptype"], pick_city(st), given=src["given"], family=src["family"],
                        gender=src["gender"])
        e["same_name_pair"] = src["id"]
        src["same_name_pair"] = e["id"]
        clones.append(e)
    # fathers and sons who are both customers
    males = [p for p in persons if p["gender"] == "M" and p["ptype"] in ("patient", "practitioner")
             and not p.get("same_name_pair")]
    for j, src in enumerate(rng.sample(males, 4)):
        src["gen"] = "Sr."
        cr = src["cityrec"]
        e = make_person(src["ptype"], cr, given=src["given"], family=src["family"], gender="M")
        e["gen"] = "Jr."
        if j < 2 and src["addr"]:
            e["addr"] = dict(src["addr"])
        e["jr_sr_pair"] = src["id"]
        src["jr_sr_pair"] = e["id"]
        clones.append(e)
    persons.extend(clones)
    existing.extend(persons)
    assert len(existing) == N_EXISTING, len(existing)

    by_id = {e["id"]: e for e in existing}

    # -- anchors for hard negatives (chosen before rendering: fathers get "Sr.")
    used_anchor = set()

    def take(cands, n):
        cands = [x for x in cands if x["id"] not in used_anchor]
        picked = rng.sample(cands, n)
        for x in picked:
            used_anchor.add(x["id"])
        return picked

    standalone = [e for e in existing if not e["is_person"] and e["group"] is None]
    complete = lambda e: e["email"] and e["phone"] and e["addr"]
    a_personal = take([e for e in standalone if e["owner"] and e["owner_visible"] and complete(e)
                       and e["kind"] in ("dental", "physician", "vet", "pt", "spa")], 18)
    dentists = [e for e in standalone if e["kind"] == "dental" and e["owner"] and e["owner_visible"]
                and e["addr"]]
    dentists += [p for p in persons if p["cred"] in ("DDS", "DMD") and not p.get("same_name_pair")
                 and not p.get("jr_sr_pair") and p["addr"]]
    a_surname = take(dentists, 17)
    fathers = [p for p in persons if p["gender"] == "M" and p["ptype"] in ("patient", "practitioner")
               and not p.get("same_name_pair") and not p.get("jr_sr_pair") and not p["gen"]
               and p["addr"] and p["phone"]]
    a_father = take(fathers, 17)
    for i, p in enumerate(a_father):
        if i % 2 == 0:
            p["gen"] = "Sr."
    a_owner = take([e for e in standalone if e["kind"] in ("dental", "vet", "physician", "pt", "pharmacy")
                    and e["addr"] and e["phone"] and e["core"]], 18)
    core_count = {}
    for e in existing:
        if not e["is_person"]:
            k = " ".join(ntoks(e["core"] or e["legal"] or e["display"]))
            core_count[k] = core_count.get(k, 0) + 1
    a_samename = take([e for e in standalone if e["core"] and e["place_kind"] in ("generic", "none", "surname")
                       and core_count[" ".join(ntoks(e["core"]))] == 1 and e["phone"]], 17)

    # -- render the QuickBooks list and disambiguate display names
    qb = {}
    for e in existing:
        qb[e["id"]] = render(e)
    groups_by_name = {}
    for e in existing:
        groups_by_name.setdefault(qb[e["id"]]["displayName"].strip().lower(), []).append(e)
    for key, members in groups_by_name.items():
        if len(members) < 2:
            continue
        if members[0]["is_person"]:
            for n, e in enumerate(members[1:], start=2):
                qb[e["id"]]["displayName"] = "%s %d" % (qb[e["id"]]["displayName"], n)
        else:
            for e in members:
                qb[e["id"]]["displayName"] = "%s - %s" % (qb[e["id"]]["displayName"], e["cityrec"]["city"])
    for e in existing:   # bookkeeper habit: city appended although nothing collides
        if not e["is_person"] and e["group"] is None and rng.random() < 0.03 and " - " not in qb[e["id"]]["displayName"] \
                and e["cityrec"]["city"].lower() not in qb[e["id"]]["displayName"].lower():
            qb[e["id"]]["displayName"] = "%s - %s" % (qb[e["id"]]["displayName"], e["cityrec"]["city"])
    seen = {}
    for e in existing:
        d = qb[e["id"]]["displayName"]
        k = d.strip().lower()
        n = 2
        while k in seen:
            d = "%s %d" % (qb[e["id"]]["displayName"], n)
            k = d.strip().lower()
            n += 1
        qb[e["id"]]["displayName"] = d
        seen[k] = e["id"]
    existing_feat = {}
    for e in existing:
        existing_feat[e["id"]] = POOL.add(e["id"], qb[e["id"]], e["group"])

    incoming = []   # dicts: entity, contact, category, changes, t

    # =====================================================================
    # Hard negatives
    # =====================================================================
    hn_first = {}   # entity id -> (entity, contact)

    def emit_hn(e, cat, tags, anchor, why):
        e["hn_anchor"], e["hn_why"] = anchor["id"], why
        c = render(e)
        labels = list(tags)
        light_noise(c, e, HN_SAFE, 2, labels)
        hn_first[e["id"]] = (e, c)
        POOL.add(e["id"], c, e["group"])
        incoming.append({"entity": e["id"], "contact": c, "category": cat, "changes": labels, "ent": e})

    # (a) another site of the same chain / DSO
    chain_sites = [e for e in held_out if e["kind"] in ("dso_site", "uc_site")]
    assert len(chain_sites) == 18, len(chain_sites)
    def sib_tags(e):
        sibs = [m for m in GROUPS[e["group"]]["members"] if not m["held_out"]]
        t = []
        if any(m["email"] == e["email"] for m in sibs):
            t.append("same_email_as_existing_site")
        if any(m["phone"] == e["phone"] for m in sibs):
            t.append("same_phone_as_existing_site")
        return sibs, t

    for e in chain_sites:
        sibs, st = sib_tags(e)
        same_city = any(m["cityrec"]["city"] == e["cityrec"]["city"] for m in sibs)
        tags = ["same_chain_name", "different_site_name"] + st
        tags.append("same_city_different_street" if same_city else "different_city")
        anchor = ([m for m in sibs if m["cityrec"]["city"] == e["cityrec"]["city"]] or sibs)[0]
        emit_hn(e, "hardneg_chain_site", tags, anchor,
                "site '%s' is not one of the chain's existing sites (%s); different street address"
                % (e["site"], ", ".join(m["site"] for m in sibs)))

    # (b) practitioner's personal account vs the practice
    for a in a_personal:
        g, f, cred = a["owner"]
        home = a["cityrec"] if rng.random() < 0.5 else pick_city(a["state"])
        e = make_person("practitioner", home, given=g, family=f, cred=cred)
        e["addr"] = alloc_address(home, residential=True)
        e["residential"] = True
        e["domain"], e["free_email"] = None, True
        e["email"] = person_email(g, f)
        e["company"] = None
        e["pstyle"] = wchoice(["plain", "dr", "cred_space"], [60, 25 if cred in DR_CREDS else 0, 15])
        e["hn"] = a["id"]
        emit_hn(e, "hardneg_personal_account",
                ["owner_name_of_existing_practice", "personal_email", "home_address", "different_phone",
                 "no_company"], a,
                "the doctor as a private person: %s e-mail, home address in %s, own phone; no practice "
                "e-mail, phone or address" % (e["email"].split("@")[1], home["city"]))

    # (c) two dentists of one surname in one city
    def different_given(g):
        pool = GIVEN_M + GIVEN_F
        while True:
            g2 = rng.choice(pool)
            if g2[0] == g[0] or osa(g2.lower(), g.lower()) < 3:
                continue
            c1, c2 = NICK_CANON.get(g.lower()), NICK_CANON.get(g2.lower())
            if c1 is not None and c1 == c2:
                continue
            return g2

    for a in a_surname:
        if a["is_person"]:
            g, f, cred = a["given"], a["family"], a["cred"]
        else:
            g, f, cred = a["owner"]
        g2 = different_given(g)
        cr = a["cityrec"]
        tags = ["same_surname", "same_city", "same_profession", "different_given_name"]
        if a["is_person"]:
            e = make_person("practitioner", cr, given=g2, family=f, cred=cred)
            e["pstyle"] = a["pstyle"] if a["pstyle"] != "plain" else "cred_comma"
        else:
            e = base_entity("dental", False, cr)
            suffix = pick_suffix("dental", cr["state"])
            legal = "%s %s %s %s" % (g2, f, cred, suffix)
            e.update(owner=(g2, f, cred), legal=legal, core=None, suffix=suffix, display=legal,
                     company=legal if rng.random() < 0.6 else None, mode="doconly", owner_visible=True)
            e["contact"] = (g2, f) if rng.random() < 0.5 else None
            e["domain"] = alloc_domain("%s %s %s" % (g2, f, cred), "", [(".com", 1)], cr)
            e["email"] = claim_email(wchoice(["office", "frontdesk", "dr" + slug(f), slug(g2)], [3, 2, 2, 1]),
                                     e["domain"])
            e["phone"] = alloc_phone(cr)
        if a["addr"] and not a["residential"] and rng.random() < 0.4:
            ad = dict(a["addr"])
            ad["line2"] = "Suite %d" % rng.choice([x for x in range(100, 500, 10)
                                                    if "%d" % x not in (ad["line2"] or "")])
            e["addr"] = ad
            tags.append("same_building_different_suite")
        else:
            e["addr"] = alloc_address(cr, residential=False)
            tags.append("different_address")
        e["residential"] = False
        e["hn"] = a["id"]
        emit_hn(e, "hardneg_same_surname_dentist", tags + ["different_phone", "different_email"], a,
                "given name %s vs %s (both %s %s in %s)%s; different phone and e-mail"
                % (g2, g, f, cred, cr["city"],
                   ", same building but another suite" if "same_building_different_suite" in tags else ""))

    # (d) father and son of one name
    for a in a_father:
        cr = a["cityrec"]
        cred = a["cred"] if (a["ptype"] == "practitioner" and rng.random() < 0.6) else None
        ptype = a["ptype"] if cred or a["ptype"] == "patient" else "patient"
        e = make_person(ptype, cr, given=a["given"], family=a["family"], gender="M", cred=cred)
        e["gen"] = "Jr."
        e["pstyle"] = "plain" if not cred else rng.choice(["plain", "cred_comma"])
        tags = ["same_given_and_family_name"]
        tags.append("jr_vs_sr" if a["gen"] == "Sr." else "jr_on_incoming_only")
        if a["gen"] == "Sr." and rng.random() < 0.6:
            e["addr"] = dict(a["addr"])
            tags.append("same_home_address")
            if rng.random() < 0.5:
                USED_PHONES.discard(e["phone"])
                e["phone"] = a["phone"]
                tags.append("same_home_phone")
            else:
                tags.append("different_phone")
        else:
            tags += ["different_address", "different_phone"]
        if e["email"] is None:
            e["email"] = person_email(e["given"], e["family"])
        tags.append("different_email")
        e["hn"] = a["id"]
        emit_hn(e, "hardneg_father_son", tags, a,
                ("'Jr.' on the incoming record vs 'Sr.' on the existing one" if a["gen"] == "Sr." else
                 "'Jr.' on the incoming record, and address, phone and e-mail all differ"))

    # (e) a practice's old owner vs the new owner under a new name at the same address
    for a in a_owner:
        cr = a["cityrec"]
        for attempt in range(200):
            tpl = a["tpl"] if attempt < 100 else None   # same kind of practice, new name
            cand = make_practice(a["kind"], cr, tpl=tpl,
                                 owner=(rand_given(), rand_surname(), owner_cred(a["kind"], a["tpl"], cr["state"])))
            names_a = [ntoks(x) for x in (a["core"], a["legal"], a["display"]) if x]
            names_c = [ntoks(x) for x in (cand["core"], cand["legal"], cand["display"]) if x]
            if cand["owner"][1] == (a["owner"] or ("", ""))[1]:
                continue
            gw = generic_words()
            if max(dice(x, y) for x in names_a for y in names_c) < 0.6 and \
                    max(dice([t for t in x if t not in gw], [t for t in y if t not in gw])
                        for x in names_a for y in names_c) == 0:
                break
        e = cand
        e["addr"] = dict(a["addr"])
        tags = ["same_address", "different_practice_name", "different_legal_entity", "new_owner"]
        if rng.random() < 0.6:
            USED_PHONES.discard(e["phone"])
            e["phone"] = a["phone"]
            tags.append("same_phone")
        else:
            tags.append("different_phone")
        tags.append("different_email")
        if e["contact"] is None or rng.random() < 0.5:
            e["contact"] = (e["owner"][0], e["owner"][1])
        e["hn"] = a["id"]
        emit_hn(e, "hardneg_new_owner", tags, a,
                "different practice name and legal entity ('%s', owner %s %s) at the same address%s"
                % (e["display"], e["owner"][0], e["owner"][1], " and phone" if "same_phone" in tags else ""))

    # (f) nursing home vs another facility of the same operator
    facs = [e for e in held_out if e["kind"] == "nursing_facility"]
    assert len(facs) == 17, len(facs)
    for e in facs:
        sibs, st = sib_tags(e)
        tags = ["same_operator_brand", "different_facility_name", "different_address"] + st
        anchor = ([m for m in sibs if m["phone"] == e["phone"]] or sibs)[0]
        emit_hn(e, "hardneg_operator_facility", tags, anchor,
                "facility '%s' is not one of the operator's existing facilities (%s); different address"
                % (e["display"], "; ".join(m["display"] for m in sibs)))

    # (g) hospital department vs another department of the same hospital
    depts = [e for e in held_out if e["kind"] == "hospital_dept"]
    assert len(depts) == 18, len(depts)
    for e in depts:
        sibs, st = sib_tags(e)
        tags = ["same_hospital", "same_street_address", "different_department"] + st
        anchor = ([m for m in sibs if m["site"] in ("Pharmacy", "OR")] or sibs)[0]
        emit_hn(e, "hardneg_hospital_department", tags, anchor,
                "department '%s' is not one of the hospital's existing departments (%s)"
                % (e["site"], ", ".join(m["site"] for m in sibs)))

    # (h) same-name business in another state
    for a in a_samename:
        st = pick_state(exclude=(a["state"],))
        cr = pick_city(st)
        e = make_practice(a["kind"], cr, core_override=a["core"], no_owner=a["owner"] is None)
        if a["display"] == a["core"]:
            e["display"] = a["core"]
        elif e["legal"]:
            e["display"] = e["legal"]
        e["hn"] = a["id"]
        emit_hn(e, "hardneg_same_name_other_state",
                ["same_business_name", "different_state", "different_city", "different_phone",
                 "different_email", "different_address"], a,
                "%s, %s vs %s, %s; no shared phone, e-mail or address"
                % (cr["city"], cr["state"], a["cityrec"]["city"], a["state"]))

    n_hn_first = len(incoming)
    assert n_hn_first == 140, n_hn_first

    # =====================================================================
    # New customers
    # =====================================================================
    new_first = {}
    new_ents = []
    new_chain_members = {}
    for spec in NEW_CHAIN_SPECS:
        members = make_chain(spec, "dso_site" if "Ortho" in spec[1] else "uc_site")
        ids = tuple(m["id"] for m in members)
        for m in members:
            new_chain_members[m["id"]] = ids
            new_ents.append(m)
    n_new_persons = 100
    n_new_orgs = 400 - n_new_persons - len(new_ents)
    qn = quotas(STANDALONE_WEIGHTS, n_new_orgs)
    pending = []
    for kind, _ in STANDALONE_WEIGHTS:
        pending += [("org", kind)] * qn[kind]
    pending += [("person", "practitioner")] * 40 + [("person", "patient")] * 33 + [("person", "nurse")] * 27
    for what, kind in pending:
        while True:
            cr = pick_city(pick_state())
            e = make_practice(kind, cr) if what == "org" else make_person(kind, cr)
            key = " ".join(ntoks(e["core"] or e["legal"] or "")) if what == "org" else None
            if key and key in brand_keys:
                continue
            if looks_new(render(e), e["id"]):
                break
        new_ents.append(e)
        # register provisional canonical form so later new customers stay distinct
        POOL.add(e["id"] + "#canon", render(e), None)
    for e in new_ents:
        c = render(e)
        labels = []
        w = noise_weights(e, exclude=FIRST_EXCLUDE)
        light_noise(c, e, w, 2, labels)
        # the first arrival must not be linkable to anything else
        tries = 0
        while not looks_new(c, e["id"], allowed_entities=new_chain_members.get(e["id"], ()) +
                            tuple(x + "#canon" for x in new_chain_members.get(e["id"], ())) + (e["id"] + "#canon",),
                            check_names=e["id"] not in new_chain_members):
            tries += 1
            c = render(e)
            labels = []
            light_noise(c, e, w, 0 if tries > 5 else 2, labels)
            if tries > 20:
                raise RuntimeError("new entity not distinct: %r" % c)
        new_first[e["id"]] = (e, c)
        POOL.add(e["id"], c, e["group"])
        incoming.append({"entity": e["id"], "contact": c, "category": "new", "changes": labels, "ent": e})

    # arrival counts for new customers
    ids = [e["id"] for e in new_ents]
    order = rng.sample(ids, len(ids))
    arrivals = {}
    for i, x in enumerate(order):
        arrivals[x] = 3 if i < N_NEW_THRICE else (2 if i < N_NEW_THRICE + N_NEW_TWICE else 1)
    for e in new_ents:
        for _ in range(arrivals[e["id"]] - 1):
            first = new_first[e["id"]][1]
            base = render(e)
            c, labels = make_linked(e, base, e["id"], features(first), noise_weights(e))
            POOL.add(e["id"], c, e["group"])
            incoming.append({"entity": e["id"], "contact": c, "category": "new_repeat", "changes": labels,
                             "ent": e})

    # hard negatives arriving a second time
    hn_ids = list(hn_first)
    rep_pref = [x for x in hn_ids if hn_first[x][0]["kind"] in ("dso_site", "uc_site", "nursing_facility",
                                                                   "hospital_dept")]
    rep_other = [x for x in hn_ids if x not in rep_pref]
    hn_rep = rng.sample(rep_pref, 7) + rng.sample(rep_other, N_HN_REPEAT - 7)
    for x in hn_rep:
        e, first = hn_first[x]
        base = render(e)
        c, labels = make_linked(e, base, e["id"], features(first),
                                noise_weights(e, exclude=HN_REPEAT_EXCLUDE))
        POOL.add(e["id"], c, e["group"])
        incoming.append({"entity": e["id"], "contact": c, "category": "hardneg_repeat", "changes": labels,
                         "ent": e})

    # =====================================================================
    # Matches (same customer as an existing record)
    # =====================================================================
    doc_eligible = [e for e in standalone if e["owner"] and e["owner_visible"] and complete(e)
                    and e["owner"][2] in DR_CREDS]
    doc_ids = {e["id"] for e in doc_eligible}
    doc_pref = [e for e in a_personal if e["id"] in doc_ids]
    doc_targets = rng.sample(doc_pref, min(10, len(doc_pref)))
    taken = {e["id"] for e in doc_targets}
    rest = [e for e in doc_eligible if e["id"] not in taken]
    doc_targets += rng.sample(rest, N_MATCH_DOCTOR - len(doc_targets))
    anchors = set(used_anchor)
    weights = []
    for e in existing:
        w = 1.0
        if e["group"]:
            w = 1.6
        if e["id"] in anchors:
            w = 2.0
        if e["is_person"]:
            w *= 0.9
        weights.append(w)
    distinct = wsample(existing, weights, N_MATCH_OTHER_DISTINCT)
    picks = list(distinct)
    cnt = {e["id"]: 1 for e in distinct}
    while len(picks) < N_MATCH_OTHER:
        e = rng.choice(distinct)
        if cnt[e["id"]] < 3:
            cnt[e["id"]] += 1
            picks.append(e)

    for e in doc_targets:
        g, f, cred = e["owner"]
        c = render(e, display=e["display"])
        c["displayName"] = wchoice(["Dr. %s %s" % (g, f), "Dr %s %s" % (g, f), "%s %s %s" % (g, f, cred),
                                    "%s %s, %s" % (g, f, cred), "%s, %s %s" % (f, g, cred)], [35, 15, 20, 20, 10])
        c["givenName"], c["familyName"] = g, f
        c["companyName"] = None if rng.random() < 0.7 else c["displayName"]
        labels = ["doctor_name_for_practice"]
        apply_formatting(c, labels)
        if rng.random() < 0.2:
            labels.append(n_email_case(c, e) or "")
            labels = [x for x in labels if x]
        ok, why = link_ok(c, e["id"], existing_feat[e["id"]])
        if not ok:
            raise RuntimeError("doctor-name record not linkable: %s %s" % (why, c))
        incoming.append({"entity": e["id"], "contact": c, "category": "match_doctor_name", "changes": labels,
                         "ent": e})

    for e in picks:
        base = render(e)   # upstream uses the practice's own name, not the bookkeeper's disambiguator
        c, labels = make_linked(e, base, e["id"], existing_feat[e["id"]], noise_weights(e))
        cat = "match_multisite" if e["group"] else ("match_person" if e["is_person"] else "match_org")
        incoming.append({"entity": e["id"], "contact": c, "category": cat, "changes": labels, "ent": e})

    # =====================================================================
    # Arrival order
    # =====================================================================
    per_entity = {}
    for rec in incoming:
        per_entity.setdefault(rec["entity"], []).append(rec)
    for ent, recs in per_entity.items():
        ts = sorted(rng.random() for _ in recs)
        if ent in new_first or ent in hn_first:
            # first arrival first, repeats afterwards
            for t, rec in zip(ts, recs):
                rec["t"] = t
        else:
            for t, rec in zip(ts, rng.sample(recs, len(recs))):
                rec["t"] = t
    incoming.sort(key=lambda r: r["t"])

    # =====================================================================
    # Write
    # =====================================================================
    assert len(incoming) == 1500, len(incoming)
    ex_sorted = sorted(existing, key=lambda e: (qb[e["id"]]["displayName"].lower(), e["id"]))
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
        for e in ex_sorted:
            fh.write(json.dumps({"set": "existing", "entity": e["id"], "contact": qb[e["id"]]},
                                ensure_ascii=False) + "\n")
        for rec in incoming:
            fh.write(json.dumps({"set": "incoming", "entity": rec["entity"], "contact": rec["contact"]},
                                ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "meta.jsonl"), "w", encoding="utf-8") as fh:
        for i, rec in enumerate(incoming):
            fh.write(json.dumps({"index": i, "category": rec["category"], "changes": rec["changes"]},
                                ensure_ascii=False) + "\n")

    if "--list-hard-negatives" in sys.argv:
        first_idx = {}
        for i, rec in enumerate(incoming):
            if rec["category"].startswith("hardneg"):
                e = rec["ent"]
                a = by_id[e["hn_anchor"]]
                loc = lambda x: "%s, %s" % (x["cityrec"]["city"], x["state"])
                if rec["category"] == "hardneg_repeat":
                    print("#%d  hardneg_repeat: second arrival of #%d (%s)" % (i, first_idx[e["id"]], rec["contact"]["displayName"]))
                    continue
                first_idx[e["id"]] = i

                def desc(c):
                    extra = []
                    if c["companyName"] and c["companyName"] != c["displayName"]:
                        extra.append("company: " + c["companyName"])
                    if c["givenName"] or c["familyName"]:
                        extra.append("contact: %s %s" % (c["givenName"] or "", c["familyName"] or ""))
                    return c["displayName"] + (" [%s]" % "; ".join(extra) if extra else "")
                print("#%d  %s\n      incoming:   %s (%s)\n      looks like: %s (%s) = existing %s\n      decidable:  %s"
                      % (i, rec["category"], desc(rec["contact"]), loc(e), desc(qb[a["id"]]), loc(a), a["id"],
                         e["hn_why"]))
        return

    cats = {}
    for rec in incoming:
        cats[rec["category"]] = cats.get(rec["category"], 0) + 1
    print("existing: %d  incoming: %d" % (len(existing), len(incoming)))
    for k in sorted(cats):
        print("  %-32s %d" % (k, cats[k]))
    kinds = {}
    for e in existing:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print("existing by kind: " + ", ".join("%s %d" % (k, kinds[k]) for k in sorted(kinds)))
    nk = {}
    for e in new_ents:
        nk[e["kind"]] = nk.get(e["kind"], 0) + 1
    print("new customers by kind: " + ", ".join("%s %d" % (k, nk[k]) for k in sorted(nk)))
    print("noise attempts: %d, fallbacks: %d, rejected variants: %s"
          % (STATS["attempts"], STATS["fallback"], STATS["fail_reasons"]), file=sys.stderr)


if __name__ == "__main__":
    main()
