#!/usr/bin/env python3
"""Generator for the 'us-pediatric' record-linkage benchmark.

A group of three pediatric & family dental offices (Marietta GA, Rock Hill SC,
Chattanooga TN) bills the guarantor of each patient account through QuickBooks
Online.  Existing = the QBO customer list; incoming = records from an old
practice-management export, an online intake form, front-desk keying of paper
forms and an insurance clearing-house feed.

Python 3 standard library only.  One random.Random(SEED).  No iteration over
sets; dict iteration only over insertion-ordered dicts built deterministically.
Usage: python3 gen.py [--out DIR]
"""
import json
import os
import sys
import unicodedata
import random

SEED = 20240611
rng = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_MATCH = 825
N_HN = 150
N_NEW = N_INCOMING - N_MATCH - N_HN          # 525
N_ORG_EXISTING = 225                          # ~15 % organisations

# ---------------------------------------------------------------------------
# Name tables
# ---------------------------------------------------------------------------
# (first, sex, origin) ; origin codes: ang aa his ind kor vie ara eeu
FEMALE = {
    "ang": ["Jessica", "Ashley", "Amanda", "Sarah", "Jennifer", "Elizabeth", "Katherine",
            "Brittany", "Stephanie", "Lauren", "Megan", "Rebecca", "Rachel", "Heather",
            "Emily", "Amber", "Crystal", "Melissa", "Kimberly", "Christina", "Samantha",
            "Victoria", "Abigail", "Margaret", "Anna", "Hannah", "Caroline", "Allison",
            "Courtney", "Whitney", "Leslie", "Kelly", "Holly", "Lindsey", "Erin", "Danielle",
            "Natalie", "Tiffany", "Kristen", "Deborah", "Patricia", "Susan", "Linda", "Donna",
            "Brenda", "Sandra", "Karen", "Mary", "Cynthia", "Angela", "Kayla", "Morgan",
            "Haley", "Misty", "Shelby", "Callie", "Jacqueline", "Alexandra"],
    "aa": ["Tamika", "Keisha", "LaToya", "Ebony", "Aaliyah", "Jasmine", "Shanice", "Tanisha",
           "Kiara", "Imani", "Destiny", "Monique", "Shameka", "Latrice", "Precious",
           "Dominique", "Tierra", "Jessica", "Ashley", "Brittany", "Angela", "Crystal",
           "Kimberly", "Tiffany", "Danielle", "Erica", "Candace", "Shonda", "Felicia"],
    "his": ["María", "Guadalupe", "Ana", "Rosa", "Alejandra", "Gabriela", "Daniela", "Carmen",
            "Yesenia", "Marisol", "Leticia", "Verónica", "Adriana", "Claudia", "Mónica",
            "Lucía", "Sofía", "Elena", "Beatriz", "Josefina", "Maricela", "Karina", "Jessica"],
    "ind": ["Priya", "Ananya", "Deepa", "Lakshmi", "Kavitha", "Sunita", "Meera", "Shreya",
            "Pooja", "Divya", "Anjali", "Swathi", "Neha", "Radhika", "Sowmya", "Padmavathi"],
    "kor": ["Ji-yeon", "Min-ji", "Soo-jin", "Hye-jin", "Eun-ji", "Seo-yeon", "Yuna", "Grace",
            "Esther", "Christine", "Sun-hee", "Jennifer"],
    "vie": ["Thao", "Lan", "Huong", "Linh", "Trang", "Ngoc", "Mai", "Hanh", "Tuyet", "Phuong",
            "Tammy", "Vivian", "Jenny"],
    "ara": ["Fatima", "Aisha", "Mariam", "Noor", "Layla", "Huda", "Rania", "Samira", "Yasmin",
            "Amira", "Hana", "Dalia"],
    "eeu": ["Olena", "Natalia", "Katarzyna", "Irina", "Svetlana", "Anastasia", "Oksana",
            "Agnieszka", "Yulia", "Tetiana", "Daria", "Milena"],
}
MALE = {
    "ang": ["Michael", "Christopher", "Matthew", "Joshua", "David", "James", "John", "Robert",
            "William", "Joseph", "Daniel", "Andrew", "Ryan", "Brandon", "Justin", "Jonathan",
            "Kevin", "Thomas", "Timothy", "Jeremy", "Benjamin", "Nicholas", "Jason", "Richard",
            "Charles", "Steven", "Eric", "Adam", "Bradley", "Travis", "Dustin", "Cody",
            "Wesley", "Clayton", "Garrett", "Hunter", "Chase", "Ronald", "Gary", "Larry",
            "Dennis", "Kenneth", "Edward", "Anthony", "Samuel", "Jacob", "Zachary", "Patrick"],
    "aa": ["DeShawn", "Marcus", "Terrell", "Jamal", "Darnell", "Andre", "Tyrone", "Malik",
           "Cedric", "Reginald", "Demetrius", "Jermaine", "Antoine", "Darius", "Lamar",
           "Kendrick", "Dwayne", "Quentin", "Michael", "James", "Anthony", "Christopher",
           "Derrick", "Corey"],
    "his": ["José", "Juan", "Luis", "Carlos", "Jesús", "Francisco", "Miguel", "Alejandro",
            "Roberto", "Jorge", "Ricardo", "Eduardo", "Fernando", "Óscar", "Raúl", "Javier",
            "Sergio", "Héctor", "Manuel", "Andrés"],
    "ind": ["Rajesh", "Sanjay", "Vikram", "Arjun", "Venkata", "Srinivas", "Rahul", "Anil",
            "Suresh", "Ravi", "Karthik", "Pradeep", "Amit", "Nikhil"],
    "kor": ["Ji-hoon", "Min-jun", "Sung-ho", "Dong-hyun", "Jae-won", "Hyun-woo", "Daniel",
            "Joseph", "Samuel", "Paul"],
    "vie": ["Minh", "Tuan", "Dung", "Hung", "Quang", "Thanh", "Khoa", "Phuc", "Long", "Bao",
            "Huy", "Kevin", "Tony", "Peter"],
    "ara": ["Mohammed", "Ahmed", "Omar", "Khalid", "Yousef", "Ali", "Hassan", "Ibrahim",
            "Mustafa", "Tariq", "Karim", "Samir"],
    "eeu": ["Oleksandr", "Dmitri", "Andrei", "Pavel", "Tomasz", "Piotr", "Sergei", "Mykola",
            "Viktor", "Bogdan", "Marek", "Vasyl"],
}
SURNAMES = {
    "ang": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
            "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Thompson", "White", "Harris",
            "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Scott",
            "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner",
            "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart",
            "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Bailey",
            "Reed", "Kelly", "Howard", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Wood",
            "Bennett", "Gray", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster",
            "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler",
            "Henderson", "Barnes", "Fisher", "Holloway", "Pruitt", "Hensley", "Whitfield",
            "Blackwell", "Strickland", "McAllister", "O'Neal", "McDaniel", "Dunaway",
            "Honeycutt", "Tillman", "Haynes", "Crenshaw", "Lovett", "Pendergrass",
            "Satterfield", "Yarbrough", "Kilgore", "Ogletree", "Rutledge", "Vaughn", "Gentry",
            "Puckett", "Stovall", "Crowder", "Lockhart", "Womack", "Brannon", "Tidwell"],
    "aa": ["Washington", "Jefferson", "Jackson", "Robinson", "Harris", "Freeman", "Gaines",
           "Bolden", "Ferguson", "Tolbert", "Mabry", "Dukes", "Hairston", "Pettiford", "Mack",
           "Gadsden", "Boykin", "Ruffin", "Battle", "Simmons", "Gresham", "Williams",
           "Johnson", "Brown", "Jones", "Davis", "Smith", "Thomas", "Moore", "Banks",
           "Merriweather", "Starks", "Odom", "Pinckney"],
    "his": ["García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez",
            "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes",
            "Morales", "Cruz", "Ortiz", "Gutiérrez", "Chávez", "Ramos", "Vargas", "Castillo",
            "Jiménez", "Mendoza", "Ruiz", "Álvarez", "Romero", "Herrera", "Medina", "Aguilar",
            "Vásquez", "Castro", "Muñoz", "Salazar", "Peña", "Ibáñez", "Guzmán", "Espinoza",
            "Villalobos", "Zúñiga", "Ochoa"],
    "ind": ["Patel", "Shah", "Reddy", "Rao", "Iyer", "Nair", "Krishnan", "Subramanian",
            "Sharma", "Gupta", "Desai", "Mehta", "Raghavan", "Venkataraman", "Chaudhary",
            "Pillai", "Bhatt", "Kulkarni", "Menon", "Srinivasan"],
    "kor": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
            "Shin", "Seo", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong"],
    "vie": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang",
            "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Truong"],
    "ara": ["Haddad", "Khalil", "Mansour", "Saleh", "Nasser", "Hamdan", "Al-Amin", "Abdullah",
            "Rahman", "El-Sayed", "Qureshi", "Farah", "Aziz", "Hussein", "Shaheen", "Darwish",
            "Al-Masri", "Bakr"],
    "eeu": ["Kovalenko", "Shevchenko", "Nowak", "Bondarenko", "Melnyk", "Popescu", "Horvath",
            "Novak", "Tkachenko", "Kravets", "Petrov", "Kowalski", "Volkov", "Sokolov",
            "Zieliński", "Lewandowski", "Wiśniewski"],
}
# gendered Slavic surnames: male -> female
SLAVIC_FEM = {"Petrov": "Petrova", "Kowalski": "Kowalska", "Volkov": "Volkova",
              "Sokolov": "Sokolova", "Zieliński": "Zielińska",
              "Lewandowski": "Lewandowska", "Wiśniewski": "Wiśniewska"}

MIDDLE_F = {"ang": ["Marie", "Ann", "Lynn", "Elizabeth", "Nicole", "Michelle", "Renee", "Grace",
                    "Leigh", "Kay", "Jo", "Diane", "Rose", "Louise", "Danielle", "Brooke"],
            "aa": ["Denise", "Monique", "Renee", "Nicole", "Michelle", "Lashay", "Marie", "Yvette"],
            "his": ["Guadalupe", "Isabel", "del Carmen", "Elena", "Luisa", "Fernanda", "Teresa"],
            "ind": ["Devi", "Kumari", "Lakshmi", "Rani"],
            "kor": [], "vie": ["Thi", "Ngoc", "Thu", "Kim"],
            "ara": ["Fatima", "Nour", "Amal"],
            "eeu": ["Ivanivna", "Maria", "Petrivna", "Anna"]}
MIDDLE_M = {"ang": ["Lee", "Wayne", "Allen", "Ray", "Dale", "James", "Michael", "Edward", "Tyler",
                    "Scott", "Thomas", "Alan", "Dean", "Paul", "Wesley", "Hunter", "Clayton"],
            "aa": ["Lamar", "Jerome", "Antonio", "Lee", "Darnell", "Maurice", "DeWayne"],
            "his": ["Luis", "Antonio", "Manuel", "Alberto", "Carlos", "Javier", "Enrique"],
            "ind": ["Kumar", "Prasad", "Raj", "Srinivas"],
            "kor": [], "vie": ["Van", "Duc", "Minh", "Quoc"],
            "ara": ["Abdul", "Hassan", "Said"],
            "eeu": ["Oleksandrovych", "Ivanovich", "Jan", "Petro"]}

NICK = {
    "Katherine": ["Kate", "Katie", "Kathy"], "Elizabeth": ["Beth", "Liz", "Betsy", "Lizzie"],
    "Christopher": ["Chris"], "Christina": ["Tina", "Chris"], "Jennifer": ["Jen", "Jenny"],
    "Jessica": ["Jess", "Jessie"], "Michael": ["Mike", "Mikey"], "William": ["Will", "Bill", "Billy"],
    "Robert": ["Rob", "Bob", "Bobby"], "James": ["Jim", "Jimmy", "Jamie"], "Joseph": ["Joe", "Joey"],
    "Thomas": ["Tom", "Tommy"], "Margaret": ["Maggie", "Peggy", "Meg"], "Patricia": ["Patty", "Trish", "Pat"],
    "Rebecca": ["Becky", "Becca"], "Samantha": ["Sam", "Sammie"], "Anthony": ["Tony"],
    "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Nicholas": ["Nick"], "Jonathan": ["Jon"],
    "Benjamin": ["Ben"], "Stephanie": ["Steph"], "Victoria": ["Tori", "Vicky"], "Abigail": ["Abby"],
    "Deborah": ["Debbie", "Deb"], "Kimberly": ["Kim"], "Timothy": ["Tim"], "Richard": ["Rick", "Rich"],
    "Charles": ["Charlie", "Chuck"], "Edward": ["Ed", "Eddie"], "Alexandra": ["Alex", "Lexi"],
    "Andrew": ["Andy", "Drew"], "Steven": ["Steve"], "Jacqueline": ["Jackie"], "Kenneth": ["Ken", "Kenny"],
    "Ronald": ["Ron"], "Zachary": ["Zach"], "Patrick": ["Pat"], "Samuel": ["Sam"], "Jacob": ["Jake"],
    "Gabriela": ["Gaby"], "Guadalupe": ["Lupe"], "Francisco": ["Paco", "Frank"], "Alejandro": ["Alex"],
    "Roberto": ["Beto"], "Jesús": ["Chuy"], "Eduardo": ["Lalo"], "Alejandra": ["Ale"],
    "Venkata": ["Venkat"], "Srinivas": ["Srini"], "Padmavathi": ["Padma"], "Karthik": ["Karthi"],
    "Oleksandr": ["Alex", "Sasha"], "Anastasia": ["Stacy", "Nastya"], "Katarzyna": ["Kasia", "Kate"],
    "Dmitri": ["Dima"], "Natalia": ["Natasha"], "Tetiana": ["Tanya"], "Svetlana": ["Lana"],
    "Mohammed": ["Mo"], "Ibrahim": ["Abe"], "Yousef": ["Joe"], "Ji-hoon": ["Jay"],
    "Min-jun": ["Mike"], "Seo-yeon": ["Sarah"], "Jae-won": ["Jay"], "Huong": ["Hannah"],
    "Thanh": ["Tommy"], "Phuong": ["Fiona"], "Kristen": ["Kris"], "Cynthia": ["Cindy"],
    "Leticia": ["Letty"], "Josefina": ["Josie"], "Courtney": ["Court"], "Clayton": ["Clay"],
    "Garrett": ["Gary"], "Bradley": ["Brad"], "Zachariah": ["Zach"], "Susan": ["Sue", "Susie"],
    "Sandra": ["Sandy"], "Donna": ["Donna"], "Wesley": ["Wes"], "Demetrius": ["Meech"],
    "Reginald": ["Reggie"], "Terrell": ["Rell"], "Cedric": ["Ced"],
}
# (legal first, legal middle, used as) -- middle used as first name, or initials
MIDDLE_AS_FIRST = [("James", "Tyler", "Tyler"), ("William", "Hunter", "Hunter"),
                   ("John", "Wesley", "Wesley"), ("Robert", "Clayton", "Clay"),
                   ("Mary", "Katherine", "Katie"), ("Sarah", "Grace", "Grace"),
                   ("Charles", "Chase", "Chase"), ("Anna", "Leigh", "Leigh"),
                   ("Thomas", "Walker", "Walker"), ("Margaret", "Ellen", "Ellen"),
                   ("Frances", "Carter", "Carter"), ("Henry", "Garrett", "Garrett")]
INITIALS = [("Thomas", "James", "T.J."), ("Anthony", "Joseph", "A.J."),
            ("John", "Robert", "J.R."), ("Christopher", "John", "C.J."),
            ("Daniel", "Joseph", "D.J."), ("Robert", "Charles", "R.C.")]
DOUBLE_FIRST = [("Mary", "Elizabeth", "Mary Beth"), ("Sarah", "Grace", "Sarah Grace"),
                ("Anna", "Katherine", "Anna Kate"), ("Mary", "Catherine", "Mary Kate"),
                ("Laura", "Ann", "Laura Ann"), ("Betty", "Jo", "Betty Jo")]
ARABIC_VARIANTS = {"Mohammed": ["Muhammad", "Mohamed", "Mohammad"], "Yousef": ["Youssef", "Yusuf"],
                   "Ahmed": ["Ahmad"], "Hussein": ["Husain", "Hussain"], "Hassan": ["Hasan"],
                   "Mustafa": ["Mostafa"], "Abdullah": ["Abdallah"], "El-Sayed": ["Elsayed", "El Sayed"],
                   "Al-Amin": ["Alamin", "Al Amin"], "Al-Masri": ["Almasri", "Al Masri"],
                   "Khalid": ["Khaled"]}
COMMON_NAMES = [("Jessica", "Williams", "F", "aa"), ("Michael", "Johnson", "M", "ang"),
                ("Ashley", "Smith", "F", "ang"), ("Christopher", "Brown", "M", "aa"),
                ("Jennifer", "Davis", "F", "ang"), ("James", "Jackson", "M", "aa"),
                ("María", "García", "F", "his"), ("José", "Hernández", "M", "his"),
                ("Kevin", "Nguyen", "M", "vie"), ("Amanda", "Jones", "F", "ang"),
                ("Brittany", "Johnson", "F", "aa"), ("Joshua", "Smith", "M", "ang"),
                ("Tamika", "Williams", "F", "aa"), ("Priya", "Patel", "F", "ind"),
                ("Ji-yeon", "Kim", "F", "kor"), ("Mohammed", "Rahman", "M", "ara"),
                ("Sarah", "Miller", "F", "ang"), ("David", "Lee", "M", "kor")]
ORIGIN_W = [("ang", 38), ("aa", 20), ("his", 16), ("ind", 7), ("kor", 4), ("vie", 5),
            ("ara", 5), ("eeu", 5)]

# ---------------------------------------------------------------------------
# Geography: three offices and their catchments (real towns, invented streets)
# ---------------------------------------------------------------------------
OFFICES = ["Marietta", "Rock Hill", "Chattanooga"]
# city, state, zips, office
CITIES = [
    ("Marietta", "GA", ["30060", "30062", "30064", "30066", "30067", "30068"], 0, 9),
    ("Kennesaw", "GA", ["30144", "30152"], 0, 5),
    ("Smyrna", "GA", ["30080", "30082"], 0, 4),
    ("Acworth", "GA", ["30101", "30102"], 0, 4),
    ("Powder Springs", "GA", ["30127"], 0, 2),
    ("Austell", "GA", ["30106", "30168"], 0, 2),
    ("Roswell", "GA", ["30075", "30076"], 0, 3),
    ("Woodstock", "GA", ["30188", "30189"], 0, 3),
    ("Dallas", "GA", ["30132", "30157"], 0, 2),
    ("Atlanta", "GA", ["30318", "30327", "30339"], 0, 3),
    ("Mableton", "GA", ["30126"], 0, 2),
    ("Rock Hill", "SC", ["29730", "29732"], 1, 7),
    ("Fort Mill", "SC", ["29707", "29708", "29715"], 1, 5),
    ("Tega Cay", "SC", ["29708"], 1, 2),
    ("York", "SC", ["29745"], 1, 2),
    ("Clover", "SC", ["29710"], 1, 2),
    ("Lake Wylie", "SC", ["29710"], 1, 2),
    ("Indian Land", "SC", ["29707"], 1, 2),
    ("Charlotte", "NC", ["28210", "28226", "28273", "28277", "28278"], 1, 6),
    ("Pineville", "NC", ["28134"], 1, 2),
    ("Matthews", "NC", ["28105"], 1, 2),
    ("Gastonia", "NC", ["28054", "28056"], 1, 3),
    ("Chattanooga", "TN", ["37405", "37411", "37415", "37421"], 2, 8),
    ("Hixson", "TN", ["37343"], 2, 3),
    ("Ooltewah", "TN", ["37363"], 2, 3),
    ("Signal Mountain", "TN", ["37377"], 2, 2),
    ("East Ridge", "TN", ["37412"], 2, 2),
    ("Cleveland", "TN", ["37311", "37312"], 2, 3),
    ("Ringgold", "GA", ["30736"], 2, 2),
    ("Fort Oglethorpe", "GA", ["30742"], 2, 2),
    ("Rossville", "GA", ["30741"], 2, 2),
    ("Dalton", "GA", ["30720", "30721"], 2, 3),
]
STATE_NAMES = {"GA": "Georgia", "SC": "South Carolina", "NC": "North Carolina", "TN": "Tennessee",
               "AE": "Armed Forces Europe", "AP": "Armed Forces Pacific"}
STATE_DOTTED = {"GA": "Ga.", "SC": "S.C.", "NC": "N.C.", "TN": "Tenn.", "AE": "AE", "AP": "AP"}
CITY_TYPOS = {"Marietta": ["Marrietta", "Mariett", "Marieta"], "Kennesaw": ["Kennesau", "Kenesaw"],
              "Chattanooga": ["Chatanooga", "Chattanoga"], "Ooltewah": ["Ooltawah", "Ooltewa"],
              "Fort Oglethorpe": ["Ft Oglethorpe", "Ft. Oglethorpe"], "Fort Mill": ["Ft Mill", "Ft. Mill"],
              "Rock Hill": ["Rockhill"], "Acworth": ["Ackworth"], "Woodstock": ["Woodstok"],
              "Charlotte": ["Charolette", "Charlote"], "Gastonia": ["Gastonai"],
              "Tega Cay": ["Tegacay"], "Signal Mountain": ["Signal Mtn"], "East Ridge": ["Eastridge"],
              "Rossville": ["Rosville"], "Smyrna": ["Smryna"], "Roswell": ["Rosewell"]}
AREA_LOCAL = {0: ["770", "678", "470", "404"], 1: ["803", "839", "704", "980"], 2: ["423", "706", "762"]}
AREA_OTHER = ["912", "478", "229", "864", "843", "919", "336", "828", "615", "901", "865",
              "205", "251", "601", "504", "713", "305", "904", "347", "312", "757", "910",
              "252", "931", "731", "256", "850", "813"]

SUBDIV = ["Magnolia Ridge", "Willow Bend", "Chestnut Hill", "Laurel Oaks", "Autumn Creek",
          "Brookstone", "Heritage Pointe", "Cobblestone", "Riverbirch", "Wyncrest", "Stillwater",
          "Hickory Glen", "Summit Ridge", "Plantation Trace", "Harvest Moon", "Foxcroft",
          "Sterling Lakes", "Cedar Crossing", "Bramblewood", "Quail Hollow", "Amberleigh",
          "Canterbury Walk", "Whispering Pines", "Dogwood Trail", "Ashford Park",
          "Kingsbridge", "Orchard Hill", "Crested Butte", "Meadowview", "Tanglewood",
          "Hampton Glen", "Silver Maple", "Misty Valley", "Pebble Creek", "Sable Oaks",
          "Ridgefield", "Grayson Mill", "Pinehurst", "Wellington Chase", "Creekside Bluff",
          "Falcon Crest", "Bridgewater", "Lantern Hill", "Cypress Point", "Hollow Tree",
          "Sandstone", "Copper Ridge", "Timber Ridge", "Covered Bridge", "Windsor Forest"]
ROADS = ["Church", "Main", "Maple", "Oak", "Pine", "Elm", "Cherry", "Walnut", "Poplar", "Spring",
         "Railroad", "Depot", "Mill", "Jackson", "Madison", "Washington", "Lee", "Powers Ferry",
         "Sandy Plains", "Canton", "Cobb", "Providence", "Ebenezer", "Celanese",
         "Hixson", "Brainerd", "Shallowford", "Gunbarrel", "Ringgold", "Cloud Springs",
         "Dayton", "Lafayette", "Tyvola", "Sardis", "Rea", "Ballantyne", "Arrowood", "Hebron",
         "Dallas Acworth", "Holly Springs", "Kemp", "Floyd", "Barrett", "Whitlock", "Cleburne",
         "Stilesboro", "Bells Ferry", "Old Canton", "Hickory Grove", "Zion Hill", "India Hook"]
STYPE_FULL = {"Ct": "Court", "Dr": "Drive", "Ln": "Lane", "Way": "Way", "Trl": "Trail",
              "Cir": "Circle", "Pl": "Place", "Rd": "Road", "St": "Street", "Ave": "Avenue",
              "Blvd": "Boulevard", "Pkwy": "Parkway", "Run": "Run", "Trce": "Trace",
              "Xing": "Crossing", "Loop": "Loop", "Cv": "Cove", "Hwy": "Highway", "Pass": "Pass",
              "Ter": "Terrace"}
SUB_TYPES = ["Ct", "Dr", "Ln", "Way", "Trl", "Cir", "Pl", "Trce", "Xing", "Loop", "Cv", "Run", "Ter", "Pass"]
ROAD_TYPES = ["Rd", "St", "Ave", "Blvd", "Pkwy", "Dr", "Hwy"]
DIRS = {"N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast",
        "NW": "Northwest", "SE": "Southeast", "SW": "Southwest"}
# abbreviations used by the front desk for non-first words of street names
WORD_ABBR = {"Ridge": "Rdg", "Creek": "Crk", "Pointe": "Pt", "Point": "Pt", "Crossing": "Xing",
             "Springs": "Spgs", "Lakes": "Lks", "Mill": "Ml", "Park": "Pk", "Hill": "Hl",
             "Hollow": "Holw", "Valley": "Vly", "Forest": "Frst", "Glen": "Gln", "Chase": "Chs",
             "Bluff": "Blf", "Ferry": "Fry", "Highway": "Hwy", "Walk": "Wlk", "Oaks": "Oaks"}
MIL_POSTS = [("APO", "AE", "09"), ("APO", "AE", "09"), ("FPO", "AP", "96"), ("APO", "AP", "96")]

# ---------------------------------------------------------------------------
# E-mail domains
# ---------------------------------------------------------------------------
PERSONAL_DOMAINS = [("gmail.com", 46), ("yahoo.com", 14), ("icloud.com", 10), ("outlook.com", 6),
                    ("hotmail.com", 5), ("att.net", 4), ("bellsouth.net", 5), ("comcast.net", 3),
                    ("aol.com", 3), ("charter.net", 2), ("me.com", 2)]
DOMAIN_TYPOS = {"gmail.com": ["gmial.com", "gmal.com", "gmail.con", "gamil.com", "gmail.co"],
                "yahoo.com": ["yaho.com", "yahoo.co", "yahooo.com", "yhoo.com"],
                "icloud.com": ["icloud.co", "iclould.com", "icoud.com"],
                "outlook.com": ["outlok.com", "outlook.co"], "hotmail.com": ["hotmal.com", "hotmail.co"],
                "att.net": ["att.com", "at.net"], "bellsouth.net": ["bellsouth.com", "belsouth.net"],
                "comcast.net": ["comcast.com", "comast.net"], "aol.com": ["aol.co", "aoll.com"],
                "charter.net": ["charter.com"], "me.com": ["me.co"]}
PUBLIC_DOMAINS = [d for d, _ in PERSONAL_DOMAINS]

# ---------------------------------------------------------------------------
# Organisation name material (all invented)
# ---------------------------------------------------------------------------
STEMS = ["Ashgrove", "Cedarline", "Coldbrook", "Elmridge", "Fallbrook", "Glenhaven", "Hollowell",
         "Ivyhill", "Kestrel", "Lakemont", "Laurelwood", "Millbrook", "Northgate", "Oakhurst",
         "Pinecrest", "Quailwood", "Redbud", "Riverbend", "Sandhill", "Shadowlake", "Stonebridge",
         "Thornwood", "Tallow Creek", "Westbrook", "Willowmere", "Wrenfield", "Yellowpine",
         "Bramblewood", "Copperfield", "Dogwood Hollow", "Foxmoor", "Greyfield", "Harlan Creek",
         "Juniper Bend", "Kingsmill", "Larkspur", "Marlow", "Needham", "Orchard Lane", "Palisade",
         "Ravenwood", "Silverleaf", "Timberlane", "Upland", "Vinewood", "Whitlow", "Birchfield",
         "Cobble Hill", "Eastover", "Fernbank Grove", "Heronwood", "Ironhorse", "Keystone Ridge",
         "Lindenwood", "Mossy Oak", "Brightwater", "Sawtooth", "Chinquapin", "Tupelo Bend",
         "Sassafras", "Buckhead Hollow", "Red Clay", "Blue Ridge View", "Piedmont Crest",
         "Lookout Valley", "Catawba Bend", "Etowah Bluff", "Sequoyah Trace", "Hiwassee Point",
         "Tugaloo", "Wateree", "Broad River", "Chickamauga Cove", "Signal Crest", "Allatoona Shore"]
TRADES = ["Logistics", "Poultry", "Manufacturing", "Builders", "Landscaping", "Heating & Air",
          "Auto Group", "Insurance Agency", "Construction", "Foods", "Textiles", "Carpet Mills",
          "Trucking", "Roofing", "Electric", "Plumbing", "Printing", "Realty", "Veterinary Clinic",
          "Pharmacy", "Machine Works", "Staffing", "Paving", "Cabinetry", "Pest Control",
          "Home Health", "Storage", "Marine", "Tire & Service", "Feed & Seed"]
OTHER_TRADES = ["Learning Center", "Pest Control", "Roofing", "Pharmacy", "Landscaping",
                "Realty", "Printing", "Cabinetry", "Auto Group", "Plumbing", "Bakery",
                "Hair Studio", "Pressure Washing", "Dance Academy", "Storage"]
COUNTIES = ["Ashby", "Bramlett", "Colquhoun", "Dunmore", "Everett", "Fallon", "Garrison",
            "Hollis", "Kinsey", "Langford", "Merritt", "Norwood", "Pell", "Ransom", "Sutter",
            "Talley", "Wexford", "Abernathy", "Blaylock", "Crandall", "Dobbins", "Eubanks",
            "Farrington", "Gillespie", "Holcomb", "Ingram", "Jessup", "Kimsey", "Lowery"]
DENOMS = ["Baptist Church", "United Methodist Church", "Church of God", "AME Church",
          "Presbyterian Church", "Community Church", "Church of Christ", "Pentecostal Holiness Church"]
FRANCHISES = [("Little Acorns Early Learning", "littleacornslearning.com"),
              ("Sunbeam Kids Academy", "sunbeamkidsacademy.com"),
              ("TrueNorth Tire & Lube", "truenorthtire.com"),
              ("Bayleaf Bistro", "bayleafbistro.com"),
              ("Kwik Stop Food Mart", "kwikstopmart.com")]
BOOKKEEPERS = [("Carver Bookkeeping Services", "carverbookkeeping.com", "office"),
               ("Ledgerline Accounting", "ledgerlineacct.com", "clients"),
               ("Tate & Whitmire CPAs", "tatewhitmirecpa.com", "ap"),
               ("Magnolia Payroll & Books", "magnoliapayroll.net", "billing"),
               ("Pruitt Tax & Accounting", "pruitttax.com", "info"),
               ("Red Clay Business Services", "redclaybiz.com", "books")]
BIZ_KINDS = ["{s}'s Auto Body", "{s} Family Farm", "{s}'s Barbershop", "{s} Lawn Care",
             "{s}'s Bakery", "{s} Hair Studio", "{s} Family Restaurant", "{s}'s Garage",
             "{s} Dance Academy", "{s} Pressure Washing", "{s} Taqueria", "{s} Nail Spa"]

# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------
import re  # noqa: E402


def wpick(pairs):
    """Weighted choice from a list of (value, weight)."""
    total = sum(w for _, w in pairs)
    r = rng.uniform(0, total)
    acc = 0.0
    for v, w in pairs:
        acc += w
        if r <= acc:
            return v
    return pairs[-1][0]


def chance(p):
    return rng.random() < p


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fold(s):
    return strip_accents(s or "").casefold().strip()


def alnum(s):
    return re.sub(r"[^a-z0-9]", "", fold(s))


def digits(s):
    return re.sub(r"\D", "", s or "")


def mojibake(s):
    """UTF-8 bytes read as Latin-1 (e.g. Muñoz -> MuÃ±oz)."""
    try:
        return s.encode("utf-8").decode("latin-1")
    except UnicodeError:
        return s


def has_accent(s):
    return strip_accents(s) != s


KEYB_NEAR = {"a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh",
             "h": "gj", "i": "uo", "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm",
             "o": "ip", "p": "o", "q": "w", "r": "et", "s": "ad", "t": "ry", "u": "yi",
             "v": "cb", "w": "qe", "x": "zc", "y": "tu", "z": "x"}


def typo(s, kinds=("swap", "drop", "double", "near")):
    """One realistic keying error inside a word (never the first letter)."""
    if not s or len(s) < 4:
        return s
    idx = [i for i in range(1, len(s) - 1) if s[i].isalpha() and s[i + 1].isalpha()]
    if not idx:
        return s
    for _ in range(10):
        k = rng.choice(kinds)
        i = rng.choice(idx)
        if k == "swap" and s[i] != s[i + 1]:
            out = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif k == "drop":
            out = s[:i] + s[i + 1:]
        elif k == "double":
            out = s[:i] + s[i] + s[i:]
        elif k == "near" and s[i].lower() in KEYB_NEAR:
            c = rng.choice(KEYB_NEAR[s[i].lower()])
            out = s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1:]
        else:
            continue
        if out != s:
            return out
    return s


def title_case(s):
    out = []
    for w in s.split(" "):
        if w[:2] in ("Mc",) or "'" in w or "-" in w or (w[:2] == "La" and len(w) > 2 and w[2].isupper()) \
                or (w[:2] == "De" and len(w) > 2 and w[2].isupper()):
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:].lower() if w.isupper() else w)
    return " ".join(out)


def apply_case(s, mode):
    if s is None:
        return None
    if mode == "upper":
        return s.upper()
    if mode == "lower":
        return s.lower()
    return s


# ---------------------------------------------------------------------------
# Pools: entity ids, phones, e-mails, addresses (unique; sets only for membership)
# ---------------------------------------------------------------------------
USED_IDS = set()


def new_entity():
    while True:
        e = "c%07x" % rng.getrandbits(28)
        if e not in USED_IDS:
            USED_IDS.add(e)
            return e


PHONE_POOL = {}
USED_PHONES = set()
for _ac in sorted(set(AREA_LOCAL[0] + AREA_LOCAL[1] + AREA_LOCAL[2] + AREA_OTHER)):
    _lst = ["%s555%04d" % (_ac, n) for n in range(100, 500)]
    rng.shuffle(_lst)
    PHONE_POOL[_ac] = _lst


def take_phone(office=None, local_p=0.85):
    for _ in range(200):
        if office is not None and chance(local_p):
            ac = rng.choice(AREA_LOCAL[office])
        else:
            ac = rng.choice(AREA_OTHER)
        if PHONE_POOL[ac]:
            p = PHONE_POOL[ac].pop()
            USED_PHONES.add(p)
            return p
    raise RuntimeError("phone pool exhausted")


def phone_typo(p, kind):
    """A digit off or two digits transposed, in the last four digits, not colliding."""
    cands = []
    if kind == "transposed":
        for i in range(6, 9):
            if p[i] != p[i + 1]:
                cands.append(p[:i] + p[i + 1] + p[i] + p[i + 2:])
    else:
        for i in range(8, 10):
            for d in "0123456789":
                if d != p[i]:
                    cands.append(p[:i] + d + p[i + 1:])
    rng.shuffle(cands)
    for c in cands:
        if c not in USED_PHONES:
            USED_PHONES.add(c)
            return c
    return None


USED_EMAILS = set()


def reserve_email(e):
    if e.casefold() in USED_EMAILS:
        return False
    USED_EMAILS.add(e.casefold())
    return True


def email_local_person(given, family, middle=None, style=None):
    g = alnum(given.split(" ")[0]) or "mail"
    f = alnum(family.split(" ")[0]) or "box"
    mi = alnum(middle)[:1] if middle else ""
    yy = rng.choice(["", str(rng.randint(1, 99)), str(rng.randint(78, 99)), str(rng.randint(2000, 2019))])
    st = style or rng.choice(["g.f", "gf", "gf", "gfyy", "g_f", "g.f.yy", "gmif", "ginitf", "fg", "g.f", "nickyy"])
    if st == "g.f":
        return "%s.%s" % (g, f)
    if st == "gf":
        return g + f
    if st == "gfyy":
        return g + f + (yy or "1")
    if st == "g_f":
        return "%s_%s" % (g, f)
    if st == "g.f.yy":
        return "%s.%s%s" % (g, f, yy or "7")
    if st == "gmif":
        return g + (mi or "a") + f
    if st == "ginitf":
        return g[0] + f + (yy if chance(0.5) else "")
    if st == "fg":
        return f + g[0] + (yy if chance(0.4) else "")
    return g + (yy or str(rng.randint(10, 99)))


def make_personal_email(given, family, middle=None, style=None, domain=None):
    for _ in range(60):
        d = domain or wpick(PERSONAL_DOMAINS)
        loc = email_local_person(given, family, middle, style)
        e = "%s@%s" % (loc, d)
        if reserve_email(e):
            return e
        style = None
    raise RuntimeError("email")


def make_family_email(family, kids=None):
    f = alnum(family.split(" ")[0])
    for _ in range(60):
        st = rng.choice(["the%sfamily", "%sfamily", "the%ss", "%shouse", "%sfam", "team%s", "%screw"])
        loc = st % f
        if chance(0.5):
            loc += str(rng.randint(1, 99))
        e = "%s@%s" % (loc, wpick(PERSONAL_DOMAINS))
        if reserve_email(e):
            return e
    raise RuntimeError("email")


def make_work_email(given, family, domain):
    g = alnum(given.split(" ")[0])
    f = alnum(family.split(" ")[0])
    for st in rng.sample(["%s.%s", "%s%s", "%s_%s", "%.1s%s"], 4):
        e = (st % (g, f)) + "@" + domain
        if reserve_email(e):
            return e
    e = "%s.%s%d@%s" % (g, f, rng.randint(2, 9), domain)
    reserve_email(e)
    return e


def make_role_email(role, domain):
    for r in [role] + ["%s%d" % (role, i) for i in range(2, 20)]:
        e = "%s@%s" % (r, domain)
        if reserve_email(e):
            return e
    raise RuntimeError("role email")


WORK_DOMAINS = []


def employer_domain():
    """An invented employer domain for a person's work e-mail (not a customer)."""
    for _ in range(100):
        s = rng.choice(STEMS)
        t = rng.choice(TRADES)
        d = alnum(s) + alnum(t.split(" ")[0]) + rng.choice([".com", ".com", ".net", ".us"])
        if d not in WORK_DOMAINS:
            WORK_DOMAINS.append(d)
            return d
    return d


USED_ADDR = set()
USED_BOXES = set()


def addr_base_key(a):
    if a["typ"] == "street":
        return ("s", a["num"], a["name"].split(" ")[0].lower(), a["zip5"])
    if a["typ"] == "pobox":
        return ("b", a["box"], a["zip5"])
    return ("m", a["box"], a["zip5"])


def city_by_office(office=None):
    if office is None:
        cands = CITIES
    else:
        cands = [c for c in CITIES if c[3] == office]
    return wpick([(c, c[4]) for c in cands])


def new_street_address(city=None, office=None, kind=None, unit_p=None):
    c = city or city_by_office(office)
    for _ in range(400):
        zip5 = rng.choice(c[2])
        k = kind or ("sub" if chance(0.55) else "road")
        if k == "sub":
            name = rng.choice(SUBDIV)
            stype = rng.choice(SUB_TYPES)
            num = str(rng.choice([rng.randint(100, 999), rng.randint(1000, 5999)]))
            predir = None
            up = 0.04 if unit_p is None else unit_p
        else:
            name = rng.choice(ROADS)
            stype = rng.choice(ROAD_TYPES)
            num = str(rng.randint(10, 9899))
            predir = rng.choice(list(DIRS.keys())) if chance(0.18) else None
            up = 0.35 if unit_p is None else unit_p
        postdir = rng.choice(["NE", "NW", "SE", "SW"]) if (c[0] in ("Atlanta", "Marietta", "Smyrna", "Roswell")
                                                         and k == "road" and predir is None and chance(0.3)) else None
        a = {"typ": "street", "num": num, "predir": predir, "name": name, "stype": stype,
             "postdir": postdir, "unit": None, "box": None, "attn": None,
             "city": c[0], "state": c[1], "zip5": zip5,
             "zip4": "%04d" % rng.randint(1001, 9989), "country": "US"}
        if chance(up):
            a["unit"] = rng.choice(["%d%s" % (rng.randint(1, 40), rng.choice("ABCDEF")),
                                    str(rng.randint(101, 2450)), "%s" % rng.randint(1, 24),
                                    "%d-%s" % (rng.randint(1, 30), rng.choice("ABCD"))])
        key = addr_base_key(a)
        if key not in USED_ADDR:
            USED_ADDR.add(key)
            return a
    raise RuntimeError("address")


def new_pobox(city=None, office=None):
    c = city or city_by_office(office)
    for _ in range(200):
        box = str(rng.choice([rng.randint(10, 999), rng.randint(1000, 9999)]))
        zip5 = rng.choice(c[2])
        a = {"typ": "pobox", "num": None, "predir": None, "name": None, "stype": None, "postdir": None,
             "unit": None, "box": box, "attn": None, "city": c[0], "state": c[1], "zip5": zip5,
             "zip4": "%04d" % rng.randint(1001, 9989), "country": "US"}
        if addr_base_key(a) not in USED_ADDR:
            USED_ADDR.add(addr_base_key(a))
            return a
    raise RuntimeError("box")


def new_military():
    for _ in range(200):
        city, st, zp = rng.choice(MIL_POSTS)
        if chance(0.6):
            box = "PSC %d, Box %d" % (rng.randint(1000, 3999), rng.randint(100, 9999))
        else:
            box = "Unit %d, Box %d" % (rng.randint(2000, 8999), rng.randint(100, 9999))
        a = {"typ": "military", "num": None, "predir": None, "name": None, "stype": None,
             "postdir": None, "unit": None, "box": box, "attn": None, "city": city, "state": st,
             "zip5": zp + "%03d" % rng.randint(0, 999), "zip4": None, "country": "US"}
        if addr_base_key(a) not in USED_ADDR:
            USED_ADDR.add(addr_base_key(a))
            return a
    raise RuntimeError("mil")


def copy_addr(a):
    return None if a is None else dict(a)

for _ac in ["800", "833", "844", "855", "866", "877", "888"]:
    _lst = ["%s555%04d" % (_ac, n) for n in range(100, 500)]
    rng.shuffle(_lst)
    PHONE_POOL[_ac] = _lst


def take_tollfree():
    for _ in range(100):
        ac = rng.choice(["800", "833", "844", "855", "866", "877", "888"])
        if PHONE_POOL[ac]:
            p = PHONE_POOL[ac].pop()
            USED_PHONES.add(p)
            return p
    raise RuntimeError("toll free")


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
FEM_MAF = {"Mary", "Sarah", "Anna", "Margaret", "Frances", "Laura", "Betty"}


def pick_origin():
    return wpick(ORIGIN_W)


def gen_name(origin, sex, first=None, family=None):
    lst = FEMALE if sex == "F" else MALE
    n = {"first": first or rng.choice(lst[origin]), "middle": None, "pref": None,
         "family": None, "family2": None, "suffix": None, "prev_family": None, "origin": origin,
         "sex": sex, "pattern": "plain"}
    mids = (MIDDLE_F if sex == "F" else MIDDLE_M)[origin]
    mp = {"ang": 0.85, "aa": 0.7, "his": 0.5, "ind": 0.3, "kor": 0.0, "vie": 0.75, "ara": 0.3, "eeu": 0.35}[origin]
    if mids and chance(mp):
        n["middle"] = rng.choice(mids)
    n["pref"] = n["first"]
    if first is None and origin in ("ang", "aa") and chance(0.09):
        pool = []
        for (f, m, u) in MIDDLE_AS_FIRST:
            if (f in FEM_MAF) == (sex == "F"):
                pool.append((f, m, u, "middle_as_first"))
        if sex == "M":
            pool += [(f, m, u, "initials") for (f, m, u) in INITIALS]
        else:
            pool += [(f, m, u, "double_first") for (f, m, u) in DOUBLE_FIRST]
        f, m, u, pat = rng.choice(pool)
        n.update(first=f, middle=m, pref=u, pattern=pat)
    elif n["first"] in NICK and chance(0.22):
        n["pref"] = rng.choice(NICK[n["first"]])
        n["pattern"] = "nickname"
    fam = family or rng.choice(SURNAMES[origin])
    if sex == "F" and fam in SLAVIC_FEM:
        fam = SLAVIC_FEM[fam]
    n["family"] = fam
    if family is None and origin == "his" and chance(0.4):
        f2 = rng.choice(SURNAMES["his"])
        if f2 != fam:
            n["family2"] = f2
    if sex == "F" and chance(0.35):
        src = origin if origin in ("ang", "aa", "his") else "ang"
        maiden = rng.choice(SURNAMES[src])
        if maiden != fam:
            n["prev_family"] = maiden
            if family is None and origin in ("ang", "aa") and chance(0.2):
                n["family"] = maiden + "-" + fam
    if sex == "M" and chance(0.08):
        n["suffix"] = wpick([("Jr.", 6), ("III", 2), ("II", 1), ("Sr.", 1)])
    return n


def legal_family(n):
    return n["family"] + (" " + n["family2"] if n["family2"] else "")


def make_person(role="parent", office=None, origin=None, sex=None, first=None, family=None,
                city=None):
    origin = origin or pick_origin()
    sex = sex or ("F" if chance(0.66) else "M")
    n = gen_name(origin, sex, first, family)
    if office is None:
        office = wpick([(0, 45), (1, 30), (2, 25)])
    c = city or city_by_office(office)
    office = c[3]
    P = {"kind": "person", "name": n, "role": role, "office": office, "city": c}
    P["cell"] = take_phone(office, 0.82)
    P["landline"] = take_phone(office, 1.0) if chance(0.22 if role != "grandparent" else 0.7) else None
    P["work_phone"] = None
    P["work_ext"] = None
    if chance(0.12):
        P["work_phone"] = take_phone(office, 0.9)
        P["work_ext"] = str(rng.choice([rng.randint(100, 999), rng.randint(1000, 4999)]))
    given_for_mail = n["pref"] if (n["pref"] and "." not in n["pref"] and chance(0.5)) else n["first"]
    P["email"] = make_personal_email(given_for_mail, n["family"].split("-")[-1], n["middle"])
    P["family_email"] = make_family_email(n["family"].split("-")[-1]) if chance(0.09) else None
    P["work_email"] = None
    if P["work_phone"] or chance(0.05):
        P["work_domain"] = employer_domain()
        P["work_email"] = make_work_email(n["first"], n["family"].split("-")[-1], P["work_domain"])
    if role == "military_parent":
        P["addr"] = new_military()
    elif chance(0.05):
        P["addr"] = new_pobox(city=c)
    else:
        P["addr"] = new_street_address(city=c)
    return P


def qbo_person_state(P):
    """The snapshot that the QuickBooks list holds for a person."""
    n = P["name"]
    given = n["pref"] if chance(0.65) else n["first"]
    if n["pattern"] == "middle_as_first" and chance(0.3):
        given = n["first"][0] + ". " + n["pref"]
    if n["pattern"] == "initials" and given == n["pref"] and chance(0.3):
        given = given.replace(".", "")
    fam = n["family"]
    if n["family2"]:
        fam = wpick([(legal_family(n), 4), (n["family"] + "-" + n["family2"], 2), (n["family"], 4)])
    if n["origin"] == "his" and chance(0.25):
        given, fam = strip_accents(given), strip_accents(fam)
    phone, ext = P["cell"], None
    if P["landline"] and chance(0.45):
        phone = P["landline"]
    elif P["work_phone"] and chance(0.25):
        phone, ext = P["work_phone"], P["work_ext"]
    email = P["email"]
    if P["family_email"] and chance(0.8):
        email = P["family_email"]
    elif P["work_email"] and chance(0.3):
        email = P["work_email"]
    st = {"kind": "person", "given": given, "middle": n["middle"], "family": fam,
          "suffix": n["suffix"], "company": None, "email": email, "phone": phone, "ext": ext,
          "addr": copy_addr(P["addr"])}
    drop = []
    if chance(0.07):
        drop.append("email")
    if chance(0.04):
        drop.append("phone")
    if chance(0.04):
        drop.append("addr")
    if len(drop) == 3:
        drop = drop[:2]
    for d in drop:
        st[d] = None
        if d == "phone":
            st["ext"] = None
    return st


# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------
USED_ORGNAMES = set()
USED_STEMS_BY_TYPE = {}


def org_contact(office, domain=None):
    o = pick_origin()
    sx = "F" if chance(0.7) else "M"
    n = gen_name(o, sx)
    ct = {"given": n["pref"] if chance(0.6) else n["first"], "family": n["family"],
          "name": n, "email": None}
    if domain:
        ct["email"] = make_work_email(n["first"], n["family"].split("-")[-1], domain)
    return ct


def org_address(c, suite_p=0.35, box_p=0.15):
    if chance(box_p):
        return new_pobox(city=c)
    a = new_street_address(city=c, kind="road", unit_p=0.0)
    if chance(suite_p):
        a["unit"] = str(rng.choice([100, 110, 120, 200, 210, 220, 300, 310, 400, 450, 500, 1200]))
        a["ukind"] = "Suite"
    return a


def uniq_name(name):
    k = alnum(name)
    if k in USED_ORGNAMES:
        return False
    USED_ORGNAMES.add(k)
    return True


def make_org(otype, office=None, stem=None, **kw):
    if office is None:
        office = wpick([(0, 45), (1, 30), (2, 25)])
    c = kw.get("city") or city_by_office(office)
    if otype == "mco":
        kw["state"] = kw.get("state") or rng.choice(["GA", "SC", "NC", "TN"])
        c = rng.choice([x for x in CITIES if x[1] == kw["state"] and
                        x[0] in ("Atlanta", "Marietta", "Charlotte", "Rock Hill", "Fort Mill", "Chattanooga")])
    office = c[3]
    O = {"kind": "org", "otype": otype, "office": office, "city": c, "contact": None,
         "ext": None, "domain": None, "brand": None, "stem": None, "group_domain": None}
    for _ in range(300):
        s = stem or rng.choice(STEMS)
        if otype == "employer":
            trade = kw.get("trade") or rng.choice(TRADES)
            suf = wpick([("LLC", 5), ("Inc.", 3), ("Co.", 1), ("", 2)])
            base = "%s %s" % (s, trade)
            qbo = base + (" " + suf if suf else "")
            legal = base + ", " + (suf if suf in ("LLC", "Inc.") else rng.choice(["LLC", "Inc."]))
            dom = alnum(s) + alnum(trade.split(" ")[0]) + ".com"
            O["trade"] = trade
        elif otype == "school_nurse":
            cty = kw.get("county") or rng.choice(COUNTIES)
            st = c[1]
            prog = kw.get("program") or "School Nurse Program"
            qbo = "%s County Schools - %s" % (cty, prog)
            legal = "%s County Board of Education" % cty
            dom = "%s.k12.%s.us" % (cty.lower(), st.lower())
            O["county"] = cty
            O["program"] = prog
            s = cty
        elif otype == "foster_agency":
            form = rng.choice(["%s Children's Home", "%s Family Services", "%s Foster Care Network",
                               "%s Children & Family Services", "%s Youth and Family Ministries"])
            qbo = form % s
            legal = qbo + (", Inc." if chance(0.6) else "")
            dom = alnum(s) + rng.choice(["kids.org", "family.org", "fostercare.org", "ch.org"])
        elif otype == "church":
            den = rng.choice(DENOMS)
            base = "%s %s" % (s, den)
            qbo = base + rng.choice([" - Children's Outreach", " Outreach Ministry", "", " Benevolence Fund"])
            legal = base + (", Inc." if chance(0.5) else "")
            abbr = {"Baptist Church": "baptist", "United Methodist Church": "umc", "Church of God": "cog",
                    "AME Church": "ame", "Presbyterian Church": "pres", "Community Church": "church",
                    "Church of Christ": "coc", "Pentecostal Holiness Church": "phc"}[den]
            dom = alnum(s) + abbr + ".org"
        elif otype == "mco":
            st = kw.get("state") or rng.choice(["GA", "SC", "NC", "TN"])
            qbo = rng.choice(["%s Health Plan of %s", "%s Community Care of %s",
                              "%s Kids Health Plan of %s"]) % (s, STATE_NAMES[st])
            legal = qbo + ", Inc."
            dom = alnum(s) + "healthplan.com"
            O["state"] = st
        elif otype == "university":
            form = rng.choice(["%s State University - Student Health Services",
                               "%s College - Student Health Center", "%s University Student Health"])
            qbo = form % s
            legal = qbo.split(" - ")[0].replace(" Student Health", "")
            legal = "Board of Trustees of " + legal if chance(0.5) else legal
            dom = alnum(s) + ".edu"
        elif otype == "franchise":
            brand, bdom = kw.get("brand") or rng.choice(FRANCHISES)
            qbo = "%s - %s" % (brand, c[0])
            if kw.get("outlet_no"):
                qbo = "%s #%s" % (brand, kw["outlet_no"])
            op = rng.choice(SURNAMES["ang"] + SURNAMES["ind"] + SURNAMES["kor"])
            legal = "%s Enterprises LLC dba %s" % (op, brand)
            dom = bdom
            O["brand"] = brand
        else:  # small business
            fam = rng.choice(SURNAMES[pick_origin()])
            form = rng.choice(BIZ_KINDS)
            sname = fam if chance(0.6) else s
            qbo = form.format(s=sname)
            if "'s" in form and sname == s:
                qbo = form.replace("'s", "").format(s=sname)
            elif "'s" in form and sname.endswith("s"):
                qbo = form.replace("'s", "'").format(s=sname)
            legal = qbo + rng.choice([", LLC", " LLC", ", Inc."])
            dom = None
            s = sname
        if uniq_name(qbo):
            break
        stem = None
    O["company"] = qbo
    O["legal"] = legal
    O["stem"] = s
    O["domain"] = dom
    # phone
    if otype == "mco":
        O["phone"] = take_tollfree()
        O["ext"] = None
    else:
        O["phone"] = take_phone(office, 0.95)
        if otype in ("school_nurse", "university", "employer") and chance(0.55):
            O["ext"] = str(rng.randint(100, 899))
    # address
    if otype == "mco":
        O["addr"] = new_pobox(city=c)
    else:
        O["addr"] = org_address(c, box_p=0.18 if otype in ("church", "small") else 0.1)
    # contact and e-mail
    if otype != "mco" and chance(0.72):
        O["contact"] = org_contact(office, dom)
    roles = {"employer": ["hr", "benefits", "payroll", "accounting", "ap"],
             "school_nurse": ["nurses", "healthservices", "schoolhealth"],
             "foster_agency": ["billing", "fostercare", "medical"], "church": ["office", "outreach", "missions"],
             "mco": ["providerpayments", "claims", "provider.relations"],
             "university": ["studenthealth", "shs.billing"], "franchise": ["manager", "office"],
             "small": []}[otype]
    if otype == "franchise":
        O["email"] = make_role_email(alnum(c[0]) if chance(0.6) else "store%d" % rng.randint(100, 480), dom)
    elif otype == "small":
        O["email"] = make_personal_email(s, rng.choice(["shop", "llc", "biz", "co", "info"]), style="gf")
    elif O["contact"] and O["contact"]["email"] and chance(0.5):
        O["email"] = O["contact"]["email"]
    else:
        O["email"] = make_role_email(rng.choice(roles), dom)
    O["bookkeeper"] = None
    return O


def qbo_org_state(O):
    ct = O["contact"]
    st = {"kind": "org", "company": O["company"], "given": ct["given"] if ct else None,
          "middle": None, "family": ct["family"] if ct else None, "suffix": None,
          "email": O["email"], "phone": O["phone"], "ext": O["ext"], "addr": copy_addr(O["addr"])}
    if chance(0.04):
        st["email"] = None
    elif chance(0.03):
        st["phone"], st["ext"] = None, None
    return st


def make_caseworkers(agency):
    out = []
    for _ in range(2):
        ct = org_contact(agency["office"], agency["domain"])
        out.append({"email": ct["email"], "phone": agency["phone"],
                    "ext": str(rng.randint(200, 499)), "agency": agency["company"]})
    return out


# ---------------------------------------------------------------------------
# Rendering a state as a source writes it
# ---------------------------------------------------------------------------
SOURCES = ["pm_export", "intake_form", "front_desk", "clearinghouse"]
PHONE_FMTS = ["({a}) {p}-{s}", "{a}-{p}-{s}", "{a}.{p}.{s}", "{a}{p}{s}", "+1 {a} {p} {s}",
              "1-{a}-{p}-{s}", "({a}){p}-{s}", "{a} {p} {s}", "+1 ({a}) {p}-{s}", "+1{a}{p}{s}"]
EXT_FMTS = [" ext {x}", " x{x}", " ext. {x}", " Ext {x}", " X{x}"]


def render_phone(p, ext, src):
    if not p:
        return None
    if src == "pm_export":
        return p
    if src == "qbo":
        fmt = wpick([(PHONE_FMTS[0], 55), (PHONE_FMTS[1], 25), (PHONE_FMTS[2], 6), (PHONE_FMTS[3], 4),
                     (PHONE_FMTS[4], 5), (PHONE_FMTS[7], 5)])
    elif src == "intake_form":
        fmt = wpick([(f, w) for f, w in zip(PHONE_FMTS, [20, 15, 10, 25, 6, 4, 6, 8, 3, 3])])
    else:
        fmt = wpick([(PHONE_FMTS[0], 55), (PHONE_FMTS[1], 35), (PHONE_FMTS[7], 10)])
    s = fmt.format(a=p[:3], p=p[3:6], s=p[6:])
    if ext and (src != "intake_form" or chance(0.7)):
        s += rng.choice(EXT_FMTS).format(x=ext)
    return s


def case_mode_for(src):
    if src == "pm_export":
        return "upper"
    if src == "intake_form":
        return wpick([("asis", 55), ("lower", 35), ("upper", 10)])
    if src == "front_desk":
        return wpick([("asis", 78), ("upper", 22)])
    if src == "clearinghouse":
        return wpick([("upper", 72), ("asis", 28)])
    return "asis"


def street_line(a, src, cm):
    parts = [a["num"]]
    if a["predir"]:
        d = a["predir"]
        if src in ("intake_form",) and chance(0.4):
            d = DIRS[d]
        elif src == "front_desk" and chance(0.4) and len(d) == 1:
            d = d + "."
        elif src == "qbo" and chance(0.15):
            d = DIRS[d]
        parts.append(d)
    words = a["name"].split(" ")
    if src == "front_desk" and len(words) > 1 and chance(0.5):
        words = [words[0]] + [WORD_ABBR.get(w, w) for w in words[1:]]
    parts += words
    t = a["stype"]
    r = rng.random()
    if src == "intake_form":
        t = STYPE_FULL[t] if r < 0.4 else (t + "." if r < 0.5 and t != STYPE_FULL[t] else t)
    elif src == "front_desk":
        t = t + "." if r < 0.3 and t != STYPE_FULL[t] else t
    elif src == "qbo":
        t = STYPE_FULL[t] if r < 0.15 else t
    parts.append(t)
    if a["postdir"]:
        parts.append(a["postdir"])
    return " ".join(parts)


def unit_text(a, src):
    u = a["unit"]
    if a.get("ukind") == "Suite":
        return rng.choice(["Suite %s", "Ste %s", "Ste. %s", "#%s", "Suite %s"]) % u
    fm = rng.choice(["Apt %s", "Apt %s", "Apt. %s", "#%s", "# %s", "Unit %s", "Apartment %s"])
    if fm.startswith("Unit") and re.match(r"^\d+[A-F]$", u) and chance(0.5):
        u = u[:-1] + "-" + u[-1]
    return fm % u


def render_address(a, src, cm):
    if a is None:
        return None
    line2 = None
    if a["typ"] == "street":
        line1 = street_line(a, src, cm)
        if a["unit"]:
            ut = unit_text(a, src)
            in_l1 = {"intake_form": 0.6, "front_desk": 0.3, "qbo": 0.12}.get(src, 0.1)
            if chance(in_l1):
                line1 = line1 + rng.choice([" ", ", "]) + ut
            else:
                line2 = ut
    elif a["typ"] == "pobox":
        fm = {"qbo": ["PO Box %s", "P.O. Box %s"], "pm_export": ["PO BOX %s", "P O BOX %s"],
              "intake_form": ["PO Box %s", "po box %s", "P.O. Box %s", "Post Office Box %s", "POB %s"],
              "front_desk": ["PO Box %s", "P.O. Box %s", "POB %s"],
              "clearinghouse": ["PO BOX %s", "PO Box %s"]}[src]
        line1 = rng.choice(fm) % a["box"]
    else:
        line1 = a["box"] if chance(0.7) else a["box"].replace(",", "")
    if a.get("attn") and src in ("qbo", "front_desk", "clearinghouse"):
        line2 = a["attn"] if line2 is None else line2
    city = a["city"]
    st = a["state"]
    if src == "intake_form":
        region = wpick([(st, 45), (st.lower(), 10), (STATE_DOTTED[st], 12), (STATE_NAMES[st], 25),
                        (st[0] + st[1].lower(), 8)])
    elif src == "front_desk":
        region = wpick([(st, 70), (STATE_DOTTED[st], 30)])
    elif src == "qbo":
        region = wpick([(st, 94), (STATE_NAMES[st], 6)])
    else:
        region = st
    if a["typ"] == "military":
        region = st
    if a["zip4"] and a["typ"] != "military":
        zf = {"qbo": [("5", 70), ("4", 30)], "pm_export": [("5", 55), ("9", 45)],
              "intake_form": [("5", 90), ("4", 10)], "front_desk": [("5", 80), ("4", 20)],
              "clearinghouse": [("5", 20), ("4", 40), ("9", 40)]}[src]
        z = wpick(zf)
    else:
        z = "5"
    pc = a["zip5"] if z == "5" else (a["zip5"] + "-" + a["zip4"] if z == "4" else a["zip5"] + a["zip4"])
    country = wpick({"qbo": [("US", 80), ("USA", 10), (None, 8), ("United States", 2)],
                     "pm_export": [("USA", 60), (None, 40)],
                     "intake_form": [("United States", 45), ("USA", 15), ("US", 10), (None, 30)],
                     "front_desk": [(None, 60), ("US", 40)],
                     "clearinghouse": [("US", 50), (None, 50)]}[src])
    if a.get("country_override"):
        country = a["country_override"]
    out = {"line1": line1, "line2": line2, "city": city, "region": region,
           "postalCode": pc, "country": country}
    for k in ("line1", "line2", "city", "region"):
        if out[k] is not None and k != "region":
            out[k] = apply_case(out[k], cm)
        elif out[k] is not None and cm == "upper":
            out[k] = out[k].upper()
    if src == "pm_export" and out["country"]:
        out["country"] = out["country"].upper()
    return out


def render_email(e, src):
    if not e:
        return None
    if src == "pm_export" and chance(0.3):
        return e.upper()
    if src == "intake_form" and chance(0.1):
        return e[:1].upper() + e[1:]
    if src == "front_desk" and chance(0.12):
        return e.upper()
    if src == "clearinghouse":
        return e.upper() if chance(0.85) else e
    return e


def person_display(st, src, cm):
    g, f, m, sfx = st["given"], st["family"], st["middle"], st["suffix"]
    if src == "qbo":
        ds = st.get("dstyle", "fl")
        mi = (" " + m[0] + ".") if (m and ds == "fml" and m not in g and "." not in g) else ""
        s = ", " + sfx if (sfx and chance(0.2)) else (" " + sfx if sfx else "")
        if ds == "lf":
            return "%s, %s%s" % (f, g, s)
        return "%s%s %s%s" % (g, mi, f, s)
    if src == "pm_export":
        fam = f + (" " + sfx.replace(".", "") if sfx else "")
        mi = (" " + m[0]) if (m and m not in g and "." not in g) else ""
        return ("%s, %s%s" % (fam, g, mi)).upper()
    if src == "clearinghouse":
        mid = (" " + m) if m else ""
        s = (" " + sfx.replace(".", "")) if sfx else ""
        if chance(0.6):
            d = "%s%s, %s%s" % (f, s, g, mid)
        else:
            d = "%s%s %s%s" % (g, mid, f, s)
        return apply_case(d, cm)
    s = (" " + sfx) if (sfx and (src != "intake_form" or st.get("force_suffix") or chance(0.6))) else ""
    if src == "front_desk" and chance(0.4):
        d = "%s, %s%s" % (f, g, s)
    else:
        d = "%s %s%s" % (g, f, s)
    return apply_case(d, cm)


def render(st, src):
    cm = case_mode_for(src)
    c = {"displayName": None, "givenName": None, "familyName": None, "companyName": None,
         "email": None, "phone": None, "address": None}
    if st["kind"] == "person":
        if src == "clearinghouse" and st.get("ascii", True):
            st = dict(st)
            for k in ("given", "middle", "family"):
                if st[k]:
                    st[k] = strip_accents(st[k])
        c["displayName"] = person_display(st, src, cm)
        if src == "pm_export":
            if st.get("pm_split"):
                c["givenName"] = st["given"].upper()
                c["familyName"] = st["family"].upper()
        elif src == "clearinghouse":
            gm = st["given"] + ((" " + st["middle"]) if st["middle"] else "")
            c["givenName"] = apply_case(gm, cm)
            c["familyName"] = apply_case(st["family"], cm)
        else:
            c["givenName"] = apply_case(st["given"], cm) if st["given"] else None
            c["familyName"] = apply_case(st["family"], cm) if st["family"] else None
    else:
        comp = st["company"]
        c["companyName"] = apply_case(comp, "upper" if src == "pm_export" else
                                      ("upper" if (src == "clearinghouse" and cm == "upper") else
                                       ("lower" if (src == "intake_form" and cm == "lower") else "asis")))
        c["displayName"] = st.get("display") or c["companyName"]
        if src not in ("pm_export", "clearinghouse") and st["given"]:
            cc = cm if src != "qbo" else "asis"
            c["givenName"] = apply_case(st["given"], cc)
            c["familyName"] = apply_case(st["family"], cc)
    c["email"] = render_email(st["email"], src) if (src != "clearinghouse" or st.get("ch_email")) else None
    c["phone"] = render_phone(st["phone"], st["ext"], src) if src != "clearinghouse" else None
    c["address"] = render_address(st["addr"], src, cm)
    return c


# ---------------------------------------------------------------------------
# Keys: what a careful human would call "the same" e-mail / phone / address
# ---------------------------------------------------------------------------
DIR_WORDS = {"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west",
             "northeast", "northwest", "southeast", "southwest"}
UNIT_RE = re.compile(r"(?:^|[\s,])(?:apt|apartment|unit|ste|suite|lot)\.?\s*#?\s*([a-z0-9-]+)|#\s*([a-z0-9-]+)")
BOX_RE = re.compile(r"^(?:p\s*\.?\s*o\s*\.?\s*box|pob|post office box)\s*#?\s*(\d+)")


def email_key(e):
    return e.strip().casefold() if e else None


def phone_key(p):
    if not p:
        return None
    base = re.split(r"(?i)\s*(?:ext\.?|x|,)\s*\d", p)[0]
    d = digits(base)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d if len(d) == 10 else None


def addr_key(a):
    if not a:
        return None
    l1 = fold(a.get("line1"))
    l2 = fold(a.get("line2"))
    city = alnum(a.get("city"))
    z = digits(a.get("postalCode"))[:5]
    if city in ("apo", "fpo", "dpo"):
        return {"kind": "mil", "num": digits(l1), "word": "", "unit": None, "zip": z, "city": city}
    m = BOX_RE.match(l1)
    if m:
        return {"kind": "box", "num": m.group(1), "word": "", "unit": None, "zip": z, "city": city}
    toks = re.findall(r"[a-z0-9]+", l1)
    if not toks or not toks[0].isdigit():
        return {"kind": "other", "num": l1, "word": "", "unit": None, "zip": z, "city": city}
    num = toks[0]
    word = ""
    for t in toks[1:]:
        if t in DIR_WORDS:
            continue
        word = t
        break
    unit = None
    m = UNIT_RE.search(l1 + " | " + l2)
    if m:
        unit = re.sub(r"[^a-z0-9]", "", m.group(1) or m.group(2))
    return {"kind": "street", "num": num, "word": word, "unit": unit, "zip": z, "city": city}


def same_address(a, b):
    ka, kb = addr_key(a), addr_key(b)
    if not ka or not kb:
        return False
    if ka["kind"] != kb["kind"] or ka["num"] != kb["num"] or ka["word"] != kb["word"]:
        return False
    if not ((ka["zip"] and ka["zip"] == kb["zip"]) or (ka["city"] and ka["city"] == kb["city"])):
        return False
    if ka["unit"] and kb["unit"] and ka["unit"] != kb["unit"]:
        return False
    return True


def evidence(c1, c2):
    ev = []
    if c1["email"] and c2["email"] and email_key(c1["email"]) == email_key(c2["email"]):
        ev.append("email")
    if phone_key(c1["phone"]) and phone_key(c1["phone"]) == phone_key(c2["phone"]):
        ev.append("phone")
    if same_address(c1["address"], c2["address"]):
        ev.append("address")
    return ev


SUFFIX_TOKS = {"jr", "sr", "ii", "iii", "iv"}


def name_key(c):
    """(first given token, family) folded, from the fields or from 'LAST, FIRST M'."""
    g, f = c.get("givenName"), c.get("familyName")
    if not (g and f):
        d = c.get("displayName") or ""
        if "," in d:
            f, g = d.split(",", 1)
        else:
            return None
    ft = [t for t in re.findall(r"[a-z0-9'-]+", fold(f)) if t not in SUFFIX_TOKS]
    gt = [t for t in re.findall(r"[a-z0-9'-]+", fold(g)) if t not in SUFFIX_TOKS]
    if not ft or not gt:
        return None
    return (re.sub(r"[^a-z0-9]", "", gt[0]), re.sub(r"[^a-z0-9]", "", "".join(ft)))


# ---------------------------------------------------------------------------
# Changes: field-level differences between a record and the one it is compared to
# ---------------------------------------------------------------------------
TOP_FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
ADDR_FIELDS = ["line1", "line2", "city", "region", "postalCode", "country"]


def auto_what(a, b, field):
    if a is None:
        return "added"
    if b is None:
        return "dropped"
    if a.casefold() == b.casefold():
        return "case"
    if fold(a) == fold(b):
        return "accents"
    if field == "phone" and phone_key(a) and phone_key(a) == phone_key(b):
        ea = bool(re.search(r"(?i)(ext|x)\.?\s*\d", a))
        eb = bool(re.search(r"(?i)(ext|x)\.?\s*\d", b))
        return "ext" if ea != eb else "format"
    if alnum(a) == alnum(b):
        return "punctuation"
    return "format"


FIELD_SHARE = {"displayName": "name", "givenName": "name", "familyName": "familyName",
               "companyName": "companyName_word", "email": "email", "phone": "phone"}


def diff_changes(ref, var, notes, hn_shared=None):
    """hn_shared: for a hard negative, what it shares with its anchor; other differences are 'different'."""
    if hn_shared is not None:
        return [hn_label(x, hn_shared) for x in diff_changes(ref, var, notes)]
    out = []
    for f in TOP_FIELDS:
        a, b = ref[f], var[f]
        if a == b:
            continue
        w = None if (a is None or b is None) else "+".join(notes.get(f, []))
        out.append("%s:%s" % (f, w or auto_what(a, b, f)))
    ra, va = ref["address"], var["address"]
    if ra is None and va is None:
        return out
    if ra is None or va is None:
        out.append("address:%s" % ("added" if ra is None else "dropped"))
        return out
    for sub in ADDR_FIELDS:
        a, b = ra[sub], va[sub]
        if a == b:
            continue
        w = None if (a is None or b is None) else \
            "+".join(notes.get("address." + sub, []) or notes.get("address", []))
        out.append("address.%s:%s" % (sub, w or auto_what(a, b, sub)))
    return out


# ---------------------------------------------------------------------------
# Building records: first appearance of a customer, and variants of a record
# ---------------------------------------------------------------------------
def clone_state(st):
    d = dict(st)
    d["addr"] = copy_addr(st["addr"])
    return d


def base_state(T, src):
    """How a source would first write down a customer (no reference record)."""
    if T["kind"] == "person":
        n = T["name"]
        given = n["first"]
        fam = n["family"]
        if src == "intake_form":
            given = n["pref"] if chance(0.8) else n["first"]
            fam = legal_family(n) if (n["family2"] and chance(0.5)) else n["family"]
        elif src == "front_desk":
            given = n["pref"] if chance(0.5) else n["first"]
            fam = legal_family(n) if (n["family2"] and chance(0.4)) else n["family"]
        elif src == "pm_export":
            fam = strip_accents(legal_family(n) if (n["family2"] and chance(0.5)) else n["family"])
            given = strip_accents(given)
        elif src == "clearinghouse":
            fam = legal_family(n)
        email = T["email"]
        if T["family_email"] and chance(0.5):
            email = T["family_email"]
        elif T["work_email"] and src == "front_desk" and chance(0.3):
            email = T["work_email"]
        phone, ext = T["cell"], None
        if T["landline"] and chance(0.3):
            phone = T["landline"]
        elif T["work_phone"] and chance(0.1):
            phone, ext = T["work_phone"], T["work_ext"]
        st = {"kind": "person", "given": given, "middle": n["middle"], "family": fam,
              "suffix": n["suffix"], "company": None, "email": email, "phone": phone,
              "ext": ext, "addr": copy_addr(T["addr"]), "pm_split": chance(0.3)}
        if src in ("intake_form", "front_desk") and chance(0.06):
            st["addr"] = None
        if src == "front_desk" and chance(0.1):
            st["email"] = None
        return st
    ct = T["contact"]
    comp = T["legal"] if src == "clearinghouse" else T["company"]
    st = {"kind": "org", "company": comp, "given": ct["given"] if ct else None, "middle": None,
          "family": ct["family"] if ct else None, "suffix": None, "email": T["email"],
          "phone": T["phone"], "ext": T["ext"], "addr": copy_addr(T["addr"])}
    return st


class Notes(object):
    def __init__(self):
        self.d = {}

    def add(self, fields, what):
        for f in fields:
            lst = self.d.setdefault(f, [])
            if what not in lst:
                lst.append(what)

    def get(self, f, default=None):
        return self.d.get(f, default)


NAME_F = ["givenName", "displayName"]
FAM_F = ["familyName", "displayName"]
ADDR_ALL = ["address.line1", "address.line2", "address.city", "address.postalCode"]


def fresh_personal_email(T, st, year_style=False):
    if T["kind"] == "person":
        n = T["name"]
        g = n["pref"] if "." not in n["pref"] else n["first"]
        return make_personal_email(g if chance(0.5) else n["first"], st["family"] or n["family"],
                                   n["middle"], style="gfyy" if year_style else None)
    ct = T["contact"]
    base = ct["family"] if ct else T["stem"]
    return make_personal_email((ct["given"] if ct else T["stem"]), base)


def mutate_email(e):
    loc, dom = e.split("@", 1)
    opts = []
    if dom in DOMAIN_TYPOS:
        opts.append("domain_typo")
    if "." in loc or "_" in loc:
        opts.append("dots_dropped")
    if len(loc) >= 5:
        opts.append("typo")
    for _ in range(10):
        k = rng.choice(opts)
        if k == "domain_typo":
            ne = loc + "@" + rng.choice(DOMAIN_TYPOS[dom])
        elif k == "dots_dropped":
            ne = loc.replace(".", "").replace("_", "") + "@" + dom
        else:
            ne = typo(loc) + "@" + dom
        if ne != e and reserve_email(ne):
            return ne, k
    return None, None


# -- person operations --------------------------------------------------------
def op_nickname(st, T, src, N):
    n = T["name"]
    cands = []
    if n["first"] in NICK:
        cands += NICK[n["first"]]
    if n["pref"] != n["first"]:
        cands += [n["pref"], n["first"]]
    if n["pattern"] == "middle_as_first":
        cands.append(n["first"][0] + ". " + n["pref"])
    cands = [c for c in cands if c != st["given"] and (st["given"] is None or fold(c) != fold(st["given"]))]
    if not cands or not st["given"]:
        return False
    new = rng.choice(cands)
    what = "nickname"
    if new.startswith(n["first"][0] + ". "):
        what = "initial_plus_middle_name"
    elif new == n["first"]:
        what = "formal_name"
    elif n["pattern"] == "middle_as_first" and new == n["pref"]:
        what = "middle_name_as_first"
    elif n["pattern"] == "initials" and new == n["pref"]:
        what = "initials"
    st["given"] = new
    N.add(NAME_F, what)
    return True


def op_second_surname(st, T, src, N):
    n = T["name"]
    if not n["family2"]:
        return False
    opts = [legal_family(n), n["family"] + "-" + n["family2"], n["family"]]
    opts = [o for o in opts if alnum(o) != alnum(st["family"] or "")] or \
        [o for o in opts if o != st["family"]]
    if not opts:
        return False
    st["family"] = rng.choice(opts)
    N.add(FAM_F, "second_surname")
    return True


def op_hyphen(st, T, src, N):
    f = st["family"] or ""
    if "-" not in f:
        return False
    a, b = f.split("-", 1)
    st["family"] = rng.choice([a + " " + b, b, a + b])
    N.add(FAM_F, "hyphenation")
    return True


def op_accents_dropped(st, T, src, N):
    if not (has_accent(st["given"] or "") or has_accent(st["family"] or "")):
        return False
    if has_accent(st["given"] or ""):
        st["given"] = strip_accents(st["given"])
        N.add(NAME_F, "accents_dropped")
    if has_accent(st["family"] or ""):
        st["family"] = strip_accents(st["family"])
        N.add(FAM_F, "accents_dropped")
    return True


def op_accents_mangled(st, T, src, N):
    if has_accent(st["family"] or ""):
        st["family"] = mojibake(st["family"]) if chance(0.6) else re.sub(r"[^\x00-\x7f]", "?", st["family"])
        N.add(FAM_F, "accents_mangled")
        return True
    if has_accent(st["given"] or ""):
        st["given"] = mojibake(st["given"]) if chance(0.6) else re.sub(r"[^\x00-\x7f]", "?", st["given"])
        N.add(NAME_F, "accents_mangled")
        return True
    return False


def op_suffix_dropped(st, T, src, N):
    if not st["suffix"]:
        return False
    st["suffix"] = None
    N.add(["displayName"], "suffix_dropped")
    return True


def op_spelling(st, T, src, N):
    g, f = st["given"] or "", st["family"] or ""
    if "-" in g and T["name"]["origin"] == "kor":
        a, b = g.split("-", 1)
        st["given"] = rng.choice([a + b.lower(), a + " " + b, a + "-" + b.capitalize()])
        N.add(NAME_F, "romanization")
        return True
    if g in ARABIC_VARIANTS:
        st["given"] = rng.choice(ARABIC_VARIANTS[g])
        N.add(NAME_F, "spelling_variant")
        return True
    if f in ARABIC_VARIANTS:
        st["family"] = rng.choice(ARABIC_VARIANTS[f])
        N.add(FAM_F, "spelling_variant")
        return True
    return False


def op_middle_initial(st, T, src, N):
    m = T["name"]["middle"]
    if not m or not st["given"] or src in ("pm_export", "clearinghouse") or " " in st["given"]:
        return False
    st["given"] = st["given"] + " " + m[0] + ("." if chance(0.5) else "")
    N.add(NAME_F, "middle_initial")
    return True


def op_given_typo(st, T, src, N):
    g = st["given"] or ""
    if len(g) < 4 or "." in g:
        return False
    t = typo(g)
    if t == g:
        return False
    st["given"] = t
    N.add(NAME_F, "typo")
    return True


def op_family_typo(st, T, src, N):
    f = st["family"] or ""
    if len(f) < 4:
        return False
    t = typo(f)
    if t == f:
        return False
    st["family"] = t
    N.add(FAM_F, "typo")
    return True


def op_swap(st, T, src, N):
    if src != "front_desk" or not st["given"] or not st["family"]:
        return False
    st["given"], st["family"] = st["family"], st["given"]
    N.add(["givenName", "familyName", "displayName"], "swapped")
    return True


def op_initials_fmt(st, T, src, N):
    g = st["given"] or ""
    if not re.match(r"^[A-Z]\.[A-Z]\.$", g):
        return False
    st["given"] = rng.choice([g.replace(".", ""), g.replace(".", " ").strip(), g[0] + g[2].lower()])
    N.add(NAME_F, "initials_format")
    return True


def op_married_name(st, T, src, N):
    n = T["name"]
    if n["sex"] != "F" or not st["family"]:
        return False
    if n["prev_family"] and alnum(n["prev_family"]) != alnum(st["family"]) and chance(0.6):
        new = n["prev_family"]
        what = "maiden_name_after_divorce"
    else:
        src_o = n["origin"] if n["origin"] in ("ang", "aa", "his") else "ang"
        new = rng.choice(SURNAMES[src_o])
        if alnum(new) == alnum(st["family"]):
            return False
        if chance(0.3):
            new = st["family"].split("-")[0] + "-" + new
        what = "married_name"
    st["family"] = new
    N.add(FAM_F, what)
    if "email" not in st.get("_protect", []) and st["email"] and chance(0.5):
        st["email"] = make_personal_email(st["given"] if "." not in (st["given"] or ".") else n["first"],
                                          new.split("-")[-1])
        N.add(["email"], "changed_after_" + what)
    return True


def op_new_email(st, T, src, N):
    st["email"] = fresh_personal_email(T, st, year_style=chance(0.4))
    N.add(["email"], "new_mailbox")
    return True


def op_email_typo(st, T, src, N):
    if not st["email"]:
        return False
    ne, k = mutate_email(st["email"])
    if not ne:
        return False
    st["email"] = ne
    N.add(["email"], k)
    return True


def op_drop(field):
    def f(st, T, src, N):
        if not st[field]:
            return False
        st[field] = None
        if field == "phone":
            st["ext"] = None
        return True
    return f


def op_phone_digit(kind):
    def f(st, T, src, N):
        if not st["phone"]:
            return False
        p = phone_typo(st["phone"], kind)
        if not p:
            return False
        st["phone"] = p
        N.add(["phone"], "digit_off" if kind == "digit" else "transposed")
        return True
    return f


def op_phone_other(st, T, src, N):
    if T["kind"] == "org":
        st["phone"] = take_phone(T["office"], 0.95)
        st["ext"] = None
        N.add(["phone"], "other_number")
        return True
    cands = []
    for p, e, w in ((T["cell"], None, "cell_number"), (T["landline"], None, "household_landline"),
                    (T["work_phone"], T["work_ext"], "work_number")):
        if p and p != st["phone"]:
            cands.append((p, e, w))
    if not cands or chance(0.25):
        cands.append((take_phone(T["office"], 0.9), None, "grandmother_number" if chance(0.5) else "new_cell"))
    p, e, w = rng.choice(cands)
    st["phone"], st["ext"] = p, e
    N.add(["phone"], w)
    return True


def op_work_contact(st, T, src, N):
    if T["kind"] != "person" or not T["work_email"] or T["work_email"] == st["email"]:
        return False
    st["email"] = T["work_email"]
    N.add(["email"], "work_email")
    if T["work_phone"] and T["work_phone"] != st["phone"]:
        st["phone"], st["ext"] = T["work_phone"], T["work_ext"]
        N.add(["phone"], "work_number")
    return True


def op_moved(st, T, src, N):
    a = st["addr"]
    c = T["city"]
    if a and a["typ"] == "street" and chance(0.35):
        cc = [x for x in CITIES if x[0] == a["city"]]
        c = cc[0] if cc else c
    elif chance(0.4):
        c = city_by_office(T["office"])
    if T["kind"] == "org":
        na = org_address(c, box_p=0.0)
    else:
        na = new_street_address(city=c)
    st["addr"] = na
    N.add(ADDR_ALL, "moved")
    return True


def op_po_box(st, T, src, N):
    if st["addr"] and st["addr"]["typ"] == "pobox":
        return False
    c = [x for x in CITIES if st["addr"] and x[0] == st["addr"]["city"]]
    st["addr"] = new_pobox(city=c[0] if c else T["city"])
    N.add(ADDR_ALL, "mailing_po_box")
    return True


def op_street_typo(first):
    def f(st, T, src, N):
        a = st["addr"]
        if not a or a["typ"] != "street":
            return False
        w = a["name"].split(" ")
        i = 0 if first else (len(w) - 1)
        if not first and len(w) < 2:
            return False
        t = typo(w[i])
        if t == w[i] or (first and t.lower() == w[i].lower()):
            return False
        w[i] = t
        a["name"] = " ".join(w)
        N.add(["address.line1"], "typo")
        return True
    return f


def op_number_typo(st, T, src, N):
    a = st["addr"]
    if not a or a["typ"] != "street" or len(a["num"]) < 3:
        return False
    s = a["num"]
    for i in range(len(s) - 1):
        if s[i] != s[i + 1] and not (i == 0 and s[1] == "0"):
            a["num"] = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            N.add(["address.line1"], "number_transposed")
            return True
    return False


def op_city_typo(st, T, src, N):
    a = st["addr"]
    if not a or a["city"] not in CITY_TYPOS:
        return False
    a["city"] = rng.choice(CITY_TYPOS[a["city"]])
    N.add(["address.city"], "typo")
    return True


def op_zip_typo(st, T, src, N):
    a = st["addr"]
    if not a or a["typ"] == "military":
        return False
    z = a["zip5"]
    i = rng.randint(2, 3)
    nz = z[:i] + z[i + 1] + z[i] + z[i + 2:]
    if nz == z:
        nz = z[:4] + str((int(z[4]) + 1) % 10)
    a["zip5"] = nz
    a["zip4"] = None
    N.add(["address.postalCode"], "typo")
    return True


def op_drop_unit(st, T, src, N):
    a = st["addr"]
    if not a or not a["unit"]:
        return False
    a["unit"] = None
    N.add(["address.line1", "address.line2"], "unit_dropped")
    return True


def op_zip4(st, T, src, N):
    a = st["addr"]
    if not a or not a["zip4"]:
        return False
    a["zip4"] = None
    return True


# -- organisation operations ---------------------------------------------------
CO_F = ["companyName", "displayName"]
ABBREV = [("County", "Co."), ("Schools", "Sch."), ("Services", "Svcs"), ("Children's", "Childrens"),
          ("United Methodist Church", "UMC"), ("Church", "Ch."), ("University", "Univ."),
          ("Health", "Hlth"), ("Family", "Fam."), (" and ", " & "), (" & ", " and "),
          ("Manufacturing", "Mfg."), ("Construction", "Constr."), ("Heating & Air", "HVAC"),
          ("Incorporated", "Inc."), ("Company", "Co."), ("Center", "Ctr"), ("Academy", "Acad."),
          ("Insurance", "Ins."), ("Veterinary", "Vet")]


def op_company_suffix(st, T, src, N):
    c = st["company"]
    m = re.search(r",? (LLC|Inc\.?|Co\.|L\.L\.C\.)$", c)
    if m:
        st["company"] = c[:m.start()]
    else:
        st["company"] = c + rng.choice([" LLC", ", Inc.", " Inc", ", LLC"])
    N.add(CO_F, "legal_suffix")
    return True


def op_company_abbrev(st, T, src, N):
    c = st["company"]
    opts = [(a, b) for a, b in ABBREV if a in c]
    if not opts:
        return False
    a, b = rng.choice(opts)
    st["company"] = c.replace(a, b, 1)
    N.add(CO_F, "abbreviation")
    return True


def op_drop_program(st, T, src, N):
    c = st["company"]
    if " - " not in c:
        return False
    st["company"] = c.split(" - ")[0]
    N.add(CO_F, "department_dropped")
    return True


def op_company_typo(st, T, src, N):
    w = st["company"].split(" ")
    idx = [i for i, x in enumerate(w) if len(x) >= 5 and x.isalpha()]
    if not idx:
        return False
    i = rng.choice(idx)
    t = typo(w[i])
    if t == w[i]:
        return False
    w[i] = t
    st["company"] = " ".join(w)
    N.add(CO_F, "typo")
    return True


def op_contact_changed(st, T, src, N):
    ct = org_contact(T["office"])
    st["given"], st["family"] = ct["given"], ct["family"]
    N.add(["givenName", "familyName"], "new_contact_person")
    return True


def op_contact_dropped(st, T, src, N):
    if not st["given"]:
        return False
    st["given"], st["family"] = None, None
    return True


def op_org_email(st, T, src, N):
    if T["domain"] and chance(0.7):
        if T["contact"] and chance(0.5):
            n = T["contact"]["name"]
            st["email"] = make_work_email(n["first"], n["family"].split("-")[-1], T["domain"])
            N.add(["email"], "contact_person_mailbox")
        else:
            st["email"] = make_role_email(rng.choice(["billing", "accounts", "ap", "finance", "admin"]),
                                          T["domain"])
            N.add(["email"], "other_role_mailbox")
    else:
        st["email"] = fresh_personal_email(T, st)
        N.add(["email"], "personal_mailbox")
    return True


def op_ext(st, T, src, N):
    if not st["phone"]:
        return False
    if st["ext"]:
        st["ext"] = None if chance(0.6) else str(rng.randint(100, 899))
    else:
        st["ext"] = str(rng.randint(100, 899))
    N.add(["phone"], "extension")
    return True


def op_legal_name(st, T, src, N):
    if st["company"] == T["legal"]:
        return False
    st["company"] = T["legal"]
    N.add(CO_F, "legal_name")
    return True


# name, level (1 mild, 2 medium, 3 harsh), evidence field it can destroy, function
PERSON_OPS = [
    ("nickname", 1, None, op_nickname), ("second_surname", 1, None, op_second_surname),
    ("hyphen", 1, None, op_hyphen), ("accents_dropped", 1, None, op_accents_dropped),
    ("suffix_dropped", 1, None, op_suffix_dropped), ("spelling", 1, None, op_spelling),
    ("middle_initial", 1, None, op_middle_initial), ("initials_fmt", 1, None, op_initials_fmt),
    ("street_typo_tail", 1, None, op_street_typo(False)), ("drop_unit", 1, None, op_drop_unit),
    ("zip4", 1, None, op_zip4), ("city_typo", 2, None, op_city_typo),
    ("given_typo", 2, None, op_given_typo), ("family_typo", 2, None, op_family_typo),
    ("swap", 2, None, op_swap), ("accents_mangled", 2, None, op_accents_mangled),
    ("new_email", 2, "email", op_new_email), ("email_typo", 2, "email", op_email_typo),
    ("phone_digit", 2, "phone", op_phone_digit("digit")),
    ("phone_transposed", 2, "phone", op_phone_digit("transposed")),
    ("phone_other", 2, "phone", op_phone_other), ("drop_email", 2, "email", op_drop("email")),
    ("drop_phone", 2, "phone", op_drop("phone")), ("drop_addr", 2, "addr", op_drop("addr")),
    ("zip_typo", 2, "addr", op_zip_typo), ("street_typo", 2, "addr", op_street_typo(True)),
    ("moved", 3, "addr", op_moved), ("married_name", 3, None, op_married_name),
    ("number_typo", 3, "addr", op_number_typo), ("po_box", 3, "addr", op_po_box),
    ("work_contact", 3, "email", op_work_contact),
]
ORG_OPS = [
    ("company_suffix", 1, None, op_company_suffix), ("company_abbrev", 1, None, op_company_abbrev),
    ("drop_program", 1, None, op_drop_program), ("contact_dropped", 1, None, op_contact_dropped),
    ("ext", 1, None, op_ext), ("zip4", 1, None, op_zip4), ("street_typo_tail", 1, None, op_street_typo(False)),
    ("company_typo", 2, None, op_company_typo), ("contact_changed", 2, None, op_contact_changed),
    ("org_email", 2, "email", op_org_email), ("email_typo", 2, "email", op_email_typo),
    ("phone_digit", 2, "phone", op_phone_digit("digit")), ("drop_email", 2, "email", op_drop("email")),
    ("drop_phone", 2, "phone", op_drop("phone")), ("city_typo", 2, None, op_city_typo),
    ("zip_typo", 2, "addr", op_zip_typo), ("street_typo", 2, "addr", op_street_typo(True)),
    ("moved", 3, "addr", op_moved), ("phone_other", 3, "phone", op_phone_other),
    ("po_box", 3, "addr", op_po_box), ("legal_name", 3, None, op_legal_name),
]
# weights by source (e.g. swaps and digit slips at the front desk, nicknames on the form)
SRC_BOOST = {
    "intake_form": {"nickname": 3, "new_email": 3, "phone_digit": 2, "phone_transposed": 2,
                    "given_typo": 2, "email_typo": 2, "middle_initial": 2, "spelling": 2},
    "front_desk": {"swap": 4, "phone_transposed": 3, "number_typo": 2, "family_typo": 2,
                   "street_typo_tail": 2, "zip_typo": 2, "company_abbrev": 3},
    "pm_export": {"accents_dropped": 3, "suffix_dropped": 2, "moved": 2, "new_email": 2,
                  "second_surname": 2},
    "clearinghouse": {"moved": 1, "married_name": 2, "second_surname": 2, "legal_name": 3},
}


def carried(src):
    return ["addr"] if src == "clearinghouse" else ["email", "phone", "addr"]


def source_base_changes(st, T, src, profile, protect, N):
    """What a source does to a customer's data before any keying accident."""
    if T["kind"] == "person":
        n = T["name"]
        if src == "pm_export":
            if st["given"] != n["first"] and chance(0.7):
                st["given"] = n["first"]
                N.add(NAME_F, "legal_first_name")
            st["middle"] = n["middle"]
            st["pm_split"] = chance(0.3)
            if st["given"]:
                st["given"] = strip_accents(st["given"])
            if st["family"]:
                st["family"] = strip_accents(st["family"])
            if profile != "light" and "email" not in protect and st["email"] and chance(0.35):
                st["email"] = fresh_personal_email(T, st)
                N.add(["email"], "older_mailbox")
        elif src == "intake_form":
            if n["pref"] != st["given"] and chance(0.6):
                st["given"] = n["pref"]
                w = {"middle_as_first": "middle_name_as_first", "initials": "initials",
                     "double_first": "double_first_name"}.get(n["pattern"], "nickname")
                if n["pref"] == n["first"]:
                    w = "formal_name"
                N.add(NAME_F, w)
            if profile != "light" and "email" not in protect and chance(0.45):
                op_new_email(st, T, src, N)
        elif src == "clearinghouse":
            if st["given"] != n["first"]:
                st["given"] = n["first"]
                N.add(NAME_F, "legal_name")
            st["middle"] = n["middle"]
            st["ascii"] = chance(0.7)
            if n["middle"]:
                N.add(NAME_F, "middle_name_spelled_out")
            lf = legal_family(n)
            if st["family"] != lf:
                st["family"] = lf
                N.add(FAM_F, "legal_name")
    else:
        if src == "clearinghouse" and st["company"] != T["legal"]:
            st["company"] = T["legal"]
            N.add(CO_F, "legal_name")


def pick_ops(T, src, profile, protect):
    ops = PERSON_OPS if T["kind"] == "person" else ORG_OPS
    boost = SRC_BOOST.get(src, {})
    ok = [o for o in ops if o[2] is None or o[2] not in protect]
    if src == "clearinghouse":
        ok = [o for o in ok if o[2] in (None, "addr") and o[0] not in ("swap", "given_typo", "middle_initial")]
    if src == "pm_export":
        ok = [o for o in ok if o[0] not in ("middle_initial", "swap")]

    def draw(level_set, k):
        cand = [o for o in ok if o[1] in level_set]
        out = []
        for _ in range(k):
            if not cand:
                break
            o = wpick([(x, boost.get(x[0], 1)) for x in cand])
            out.append(o)
            cand = [x for x in cand if x is not o]
        return out
    if profile == "light":
        return draw({1}, 0 if chance(0.35) else 1)
    if profile == "medium":
        return draw({2}, 1 if chance(0.6) else 2) + draw({1}, rng.choice([0, 1, 1]))
    return draw({3}, rng.choice([1, 1, 2])) + draw({2}, rng.choice([1, 2])) + draw({1}, rng.choice([0, 1]))


def make_variant(T, ref_state, ref_contact, src, profile):
    """Return (contact, state, changes, evidence) or None if the source cannot carry evidence."""
    avail = [f for f in carried(src) if ref_state[f]]
    if not avail:
        return None
    for attempt in range(30):
        if profile == "light":
            protect = list(avail)
        elif profile == "medium":
            protect = rng.sample(avail, min(len(avail), rng.choice([1, 1, 2])))
        else:
            protect = [rng.choice(avail)]
        st = clone_state(ref_state)
        N = Notes()
        source_base_changes(st, T, src, profile, protect, N)
        st["_protect"] = protect
        for name, lvl, ev, fn in pick_ops(T, src, profile, protect):
            fn(st, T, src, N)
        if st["kind"] == "person" and not (st["email"] or st["phone"] or st["addr"]):
            continue
        c = render(st, src)
        ev = evidence(ref_contact, c)
        if not ev:
            continue
        ch = diff_changes(ref_contact, c, N)
        if not ch and profile != "light":
            continue
        return c, st, ch, ev
    return None


def make_name_city_variant(T, ref_state, ref_contact, src):
    """Harsh: moved in town, new mailbox, new phone; only a distinctive name + city remain."""
    for attempt in range(30):
        st = clone_state(ref_state)
        N = Notes()
        a = st["addr"]
        if not a or a["typ"] != "street":
            return None
        cc = [x for x in CITIES if x[0] == a["city"]][0]
        st["addr"] = new_street_address(city=cc)
        N.add(ADDR_ALL, "moved")
        op_new_email(st, T, src, N)
        if st["phone"]:
            st["phone"] = take_phone(T["office"], 0.9)
            st["ext"] = None
            N.add(["phone"], "new_cell")
        c = render(st, src)
        if evidence(ref_contact, c):
            continue
        if alnum(c["address"]["city"]) != alnum(ref_contact["address"]["city"]):
            continue
        nk1, nk2 = name_key(ref_contact), name_key(c)
        if not nk1 or nk1 != nk2:
            continue
        return c, st, diff_changes(ref_contact, c, N), ["name_city"]
    return None


def hn_label(ch, shared):
    f, w = ch.split(":", 1)
    if w in ("case", "accents", "punctuation", "added", "dropped", "ext"):
        return ch
    top = f.split(".")[0]
    key = "address" if top == "address" else FIELD_SHARE.get(top)
    if key == "name" and f == "givenName" and "givenName" in shared:
        return ch
    if key == "familyName" and "name" in shared:
        return ch
    if key and key in shared and key != "companyName_word":
        return ch
    if top == "address" and "city" in shared and f in ("address.city", "address.region"):
        return ch
    return f + ":different"


# ---------------------------------------------------------------------------
# 1. The QuickBooks customer list (existing)
# ---------------------------------------------------------------------------
EXISTING = []          # dicts: T, state, contact, entity, kind
DISPLAY_USED = set()


def qbo_render_unique(st, T):
    for attempt in range(8):
        c = render(st, "qbo")
        d = c["displayName"]
        if attempt >= 2 and st["kind"] == "person":
            st["dstyle"] = "fml" if (st["middle"] and attempt == 2) else st.get("dstyle", "fl")
            c = render(st, "qbo")
            d = c["displayName"]
            if attempt >= 3:
                tag = [" (%s)" % OFFICES[T["office"]], " (%s)" % T["city"][0], " 2", " #2", " 3"][attempt - 3]
                d = d + tag
        elif attempt >= 1 and st["kind"] == "org":
            d = d + [" (%s)" % T["city"][0], " (%s)" % T["city"][1], " 2", " #2", " 3", " 4", " 5"][attempt - 1]
        if d.casefold() not in DISPLAY_USED:
            DISPLAY_USED.add(d.casefold())
            c["displayName"] = d
            st["display"] = d
            return c
    raise RuntimeError("display name")


def add_existing(T, st, kind):
    if st["kind"] == "person":
        st["dstyle"] = wpick([("fl", 76), ("fml", 12), ("lf", 12)])
    c = qbo_render_unique(st, T)
    assert c["email"] or c["phone"] or c["address"]
    rec = {"T": T, "state": st, "contact": c, "entity": new_entity(), "kind": kind}
    T["entity"] = rec["entity"]
    EXISTING.append(rec)
    return rec


def build_existing():
    # -- organisations ---------------------------------------------------------
    orgs = []
    plan = [("employer", 55), ("franchise", 12), ("school_nurse", 24), ("foster_agency", 20),
            ("church", 36), ("mco", 10), ("university", 8), ("small", 60)]
    mco_stems = []
    for otype, k in plan:
        for i in range(k):
            if otype == "mco":
                stem = rng.choice([s for s in STEMS if s not in mco_stems])
                mco_stems.append(stem)
                O = make_org("mco", stem=stem)
            elif otype == "franchise":
                O = make_org("franchise", brand=FRANCHISES[i % len(FRANCHISES)])
            else:
                O = make_org(otype)
            if chance(0.15) and O["addr"]["typ"] == "street" and not O["addr"]["unit"] and otype != "small":
                O["addr"]["attn"] = rng.choice(["Attn: Accounts Payable", "Attn: Billing", "ATTN: AP Dept",
                                                "c/o Business Office"])
            orgs.append(O)
    # group members: ten employers share a group domain
    emps = [O for O in orgs if O["otype"] == "employer"]
    for O in emps[:10]:
        dom = alnum(O["stem"]) + rng.choice(["companies.com", "group.com", "cos.com", "holdings.com"])
        O["domain"] = dom
        O["group"] = True
        if O["contact"]:
            n = O["contact"]["name"]
            O["contact"]["email"] = make_work_email(n["first"], n["family"].split("-")[-1], dom)
        O["email"] = make_role_email(rng.choice(["hr", "benefits", "payroll"]), dom)
    # bookkeeper-managed businesses
    bk_firms = []
    for name, dom, role in BOOKKEEPERS:
        e = "%s@%s" % (role, dom)
        reserve_email(e)
        bk_firms.append({"name": name, "email": e, "phone": take_phone(rng.choice([0, 1, 2]), 1.0)})
    smalls = [O for O in orgs if O["otype"] in ("small", "employer") and not O.get("group")]
    for i, O in enumerate(smalls[-14:]):
        f = bk_firms[i % len(bk_firms)]
        O["email"], O["phone"], O["ext"] = f["email"], f["phone"], None
        O["bookkeeper"] = f
    # caseworkers of foster agencies
    agencies = [O for O in orgs if O["otype"] == "foster_agency"]
    caseworkers = []
    for A in agencies[:6]:
        caseworkers += make_caseworkers(A)
    for O in orgs:
        st = qbo_org_state(O)
        if O["bookkeeper"]:
            st["email"], st["phone"], st["ext"] = O["email"], O["phone"], None
        add_existing(O, st, "org_" + O["otype"])

    # -- persons ------------------------------------------------------------------
    n_person = N_EXISTING - len(orgs)
    persons = []
    # namesake clusters
    for (first, fam, sx, og) in COMMON_NAMES:
        for _ in range(rng.choice([2, 2, 3, 3, 4])):
            P = make_person("parent", origin=og, sex=sx, first=first, family=fam)
            persons.append((P, None))
    # households: blended families and twins' parents, both guarantors
    for i in range(30):
        P1 = make_person("parent")
        if not P1["landline"]:
            P1["landline"] = take_phone(P1["office"], 1.0)
        same_fam = i % 3 != 0
        sx = "M" if P1["name"]["sex"] == "F" else "F"
        og = P1["name"]["origin"] if chance(0.8) else None
        for _ in range(20):
            P2 = make_person("parent" if same_fam else "stepparent", origin=og, sex=sx,
                             family=P1["name"]["family"].split("-")[-1] if same_fam else None,
                             city=P1["city"])
            if P2["name"]["first"] != P1["name"]["first"]:
                break
        P2["addr"] = copy_addr(P1["addr"])
        P2["landline"] = P1["landline"]
        P1["household"] = P2
        P2["household"] = P1
        persons.append((P1, "twins_parent" if same_fam and i % 3 == 1 else None))
        persons.append((P2, None))
    # foster parents whose account carries the caseworker's mailbox and phone
    for i in range(14):
        P = make_person("foster_parent")
        P["caseworker"] = caseworkers[i % len(caseworkers)]
        persons.append((P, None))
    roles = [("parent", 70), ("grandparent", 9), ("stepparent", 5), ("legal_guardian", 4),
             ("foster_parent", 2), ("military_parent", 3)]
    while len(persons) < n_person:
        persons.append((make_person(wpick(roles)), None))
    for P, kind in persons:
        st = qbo_person_state(P)
        if P.get("household") and chance(0.6) and st["phone"]:
            st["phone"], st["ext"] = P["landline"], None
        if P.get("caseworker"):
            cw = P["caseworker"]
            st["email"], st["phone"], st["ext"] = cw["email"], cw["phone"], cw["ext"]
        add_existing(P, st, "person_" + (kind or P["role"]))
    return caseworkers, bk_firms


# ---------------------------------------------------------------------------
# 2. Incoming: matches of existing customers
# ---------------------------------------------------------------------------
PROFILE_W = [("light", 35), ("medium", 40), ("harsh", 25)]


def src_weights(T):
    if T["kind"] == "person":
        return [("intake_form", 35), ("front_desk", 25), ("pm_export", 22), ("clearinghouse", 18)]
    if T["otype"] == "mco":
        return [("clearinghouse", 50), ("front_desk", 25), ("pm_export", 25)]
    return [("front_desk", 42), ("pm_export", 30), ("intake_form", 23), ("clearinghouse", 5)]


def build_matches():
    items = []
    # distinctive family names (unique among existing persons) for name+city evidence
    fam_count = {}
    for r in EXISTING:
        if r["state"]["kind"] == "person":
            k = alnum(r["contact"]["familyName"])
            fam_count[k] = fam_count.get(k, 0) + 1
    order = list(range(len(EXISTING)))
    rng.shuffle(order)
    n_double = 65
    chosen = order[:N_MATCH - n_double]
    targets = chosen + chosen[:n_double]
    n_name_city = 0
    for ti in targets:
        R = EXISTING[ti]
        T = R["T"]
        out = None
        if n_name_city < 14 and T["kind"] == "person" and fam_count.get(alnum(R["contact"]["familyName"])) == 1 \
                and R["state"]["addr"] and R["state"]["addr"]["typ"] == "street" and chance(0.3):
            src = rng.choice(["intake_form", "front_desk"])
            res = make_name_city_variant(T, R["state"], R["contact"], src)
            if res:
                out = (res, "harsh", src)
                n_name_city += 1
        tries = 0
        while out is None:
            tries += 1
            src = wpick(src_weights(T))
            prof = wpick(PROFILE_W)
            res = make_variant(T, R["state"], R["contact"], src, prof)
            if res:
                out = (res, prof, src)
            if tries > 50:
                raise RuntimeError("no variant for %s" % R["contact"]["displayName"])
        (c, st, ch, ev), prof, src = out
        items.append({"contact": c, "entity": R["entity"], "category": "match", "kind": src,
                      "changes": ch, "profile": prof, "evidence": ev, "compare_existing": R})
    return items


# ---------------------------------------------------------------------------
# 3. Incoming: new customers (some repeated two or three times)
# ---------------------------------------------------------------------------
NEW_ORG_TYPES = [("employer", 30), ("small", 30), ("church", 15), ("foster_agency", 8),
                 ("school_nurse", 8), ("franchise", 5), ("university", 2), ("mco", 2)]


def build_new():
    groups = []
    occ_plan = [1] * 300 + [2] * 75 + [3] * 25
    rng.shuffle(occ_plan)
    for k in occ_plan:
        if chance(0.85):
            T = make_person(wpick([("parent", 80), ("grandparent", 8), ("stepparent", 5),
                                   ("legal_guardian", 4), ("military_parent", 3)]))
        else:
            ot = wpick(NEW_ORG_TYPES)
            if ot == "franchise":
                T = make_org("franchise", brand=rng.choice(FRANCHISES))
            else:
                T = make_org(ot)
        ent = new_entity()
        T["entity"] = ent
        for _ in range(40):
            src = wpick(src_weights(T))
            st = base_state(T, src)
            c = render(st, src)
            if c["email"] or c["phone"] or c["address"]:
                break
        recs = [{"contact": c, "entity": ent, "category": "new", "kind": src, "changes": [],
                 "state": st, "T": T}]
        for j in range(1, k):
            res = None
            tries = 0
            while res is None:
                tries += 1
                src2 = wpick(src_weights(T))
                prof = wpick(PROFILE_W)
                res = make_variant(T, st, c, src2, prof)
                if tries > 60:
                    raise RuntimeError("new variant")
            c2, st2, ch, ev = res
            recs.append({"contact": c2, "entity": ent, "category": "new", "kind": src2, "changes": ch,
                         "profile": prof, "evidence": ev})
        groups.append(recs)
    return groups


# ---------------------------------------------------------------------------
# 4. Incoming: hard negatives (other customers that resemble an existing one)
# ---------------------------------------------------------------------------
GENERIC_WORDS = {"llc", "inc", "company", "county", "schools", "school", "church", "the", "and",
                 "services", "service", "program", "center", "health", "family", "university",
                 "state", "college", "group", "plan", "care", "community", "children", "childrens",
                 "baptist", "methodist", "united", "board", "education", "nurse", "student", "outreach",
                 "ministry", "ministries", "fund", "benevolence", "enterprises", "youth", "home",
                 "network", "foster", "kids", "georgia", "tennessee", "carolina", "north", "south",
                 "trustees", "presbyterian", "christ", "pentecostal", "holiness", "early", "learning",
                 "academy", "department", "division", "office", "clinic", "supply"}
HN_RULES = {
    "namesake_other_city": "one customer per paying adult: another person with the same name in another town (own e-mail, phone and address)",
    "namesake_same_city": "one customer per paying adult: another person with the same name in the same town (different street address, e-mail and phone)",
    "spouse_same_household": "one customer per paying adult: the spouse in the same household pays for his/her own children's accounts",
    "stepparent_same_household": "one customer per paying adult: a step-parent in the same household (blended family) is guarantor for his/her own children",
    "father_son_same_name": "one customer per paying adult: father and son of the same name (Sr./Jr.) are two people with different dates of birth",
    "mother_daughter_same_name": "one customer per paying adult: a daughter named after her mother, now an adult guarantor for her own children years later",
    "divorced_coparent": "one customer per paying adult: divorced parents each guarantee their own share of the same children's treatment",
    "grandparent_phone_given": "one customer per paying adult: a parent listed the grandmother's number; the grandmother is a separate existing guarantor",
    "later_occupant": "one customer per paying adult: a later occupant of the same address, unrelated to the earlier customer",
    "foster_caseworker_contact": "one customer per paying adult: another foster parent whose account carries the same agency caseworker's mailbox and phone",
    "employee_of_org_customer": "one customer per legal entity / per paying adult: an employee paying personally is not the employer's account",
    "franchise_other_outlet": "one customer per legal entity: another outlet of the same brand, owned by a different franchisee LLC",
    "group_sister_company": "one customer per legal entity: a sister company of the same group with its own tax id",
    "similar_name_other_trade": "one customer per legal entity: an unrelated business with a similar name in another trade",
    "public_body_other_department": "public bodies are billed per department/program with its own budget and purchase orders (business rule): another program of the same body is a separate customer",
    "bookkeeper_shared_contact": "one customer per legal entity: a different business whose bills go to the same outside bookkeeper's mailbox and phone",
}
HN_PLAN = [("namesake_other_city", 12), ("namesake_same_city", 10), ("spouse_same_household", 12),
           ("stepparent_same_household", 8), ("father_son_same_name", 10),
           ("mother_daughter_same_name", 8), ("divorced_coparent", 12), ("grandparent_phone_given", 10),
           ("later_occupant", 12), ("foster_caseworker_contact", 8), ("employee_of_org_customer", 8),
           ("franchise_other_outlet", 8), ("group_sister_company", 8), ("similar_name_other_trade", 8),
           ("public_body_other_department", 8), ("bookkeeper_shared_contact", 8)]
HN_REQUIRED = {
    "namesake_other_city": ["name"], "namesake_same_city": ["name", "city"],
    "spouse_same_household": ["familyName", "address"], "stepparent_same_household": ["address"],
    "father_son_same_name": ["name"], "mother_daughter_same_name": ["name"],
    "divorced_coparent": ["familyName"], "grandparent_phone_given": ["phone"],
    "later_occupant": ["address"], "foster_caseworker_contact": ["email", "phone"],
    "employee_of_org_customer": ["phone", "email_domain"],
    "franchise_other_outlet": ["companyName_word", "email_domain"],
    "group_sister_company": ["companyName_word", "email_domain"],
    "similar_name_other_trade": ["companyName_word"],
    "public_body_other_department": ["companyName_word", "address"],
    "bookkeeper_shared_contact": ["email", "phone"],
}
HN_FORBIDDEN = {"namesake_other_city": ["city", "email", "phone", "address"],
                "namesake_same_city": ["email", "phone", "address"],
                "mother_daughter_same_name": ["email", "phone", "address"],
                "divorced_coparent": ["address", "phone"],
                "later_occupant": ["name", "familyName", "email", "phone"],
                "similar_name_other_trade": ["email", "email_domain", "phone", "address"]}


def company_words(s):
    return [w for w in re.findall(r"[a-z0-9]+", fold(s)) if len(w) >= 4 and w not in GENERIC_WORDS]


def email_domain(e):
    return e.strip().casefold().split("@")[-1] if e and "@" in e else None


def shared_with(c, a):
    out = []
    if c["companyName"] is None and a["companyName"] is None:
        k1, k2 = name_key(c), name_key(a)
        if k1 and k2:
            if k1 == k2:
                out.append("name")
            else:
                if k1[1] == k2[1]:
                    out.append("familyName")
                if k1[0] == k2[0]:
                    out.append("givenName")
    if c["companyName"] and a["companyName"]:
        w2 = company_words(a["companyName"])
        if [w for w in company_words(c["companyName"]) if w in w2]:
            out.append("companyName_word")
    if c["email"] and a["email"]:
        if email_key(c["email"]) == email_key(a["email"]):
            out.append("email")
        elif email_domain(c["email"]) == email_domain(a["email"]) and \
                email_domain(c["email"]) not in PUBLIC_DOMAINS:
            out.append("email_domain")
    if phone_key(c["phone"]) and phone_key(c["phone"]) == phone_key(a["phone"]):
        out.append("phone")
    if same_address(c["address"], a["address"]):
        out.append("address")
    elif c["address"] and a["address"] and alnum(c["address"]["city"]) == alnum(a["address"]["city"]):
        out.append("city")
    return out


def other_office(o):
    return rng.choice([x for x in (0, 1, 2) if x != o])


def opposite(sx):
    return "M" if sx == "F" else "F"


def hn_person_src(need_phone_or_email):
    if need_phone_or_email:
        return wpick([("intake_form", 45), ("front_desk", 38), ("pm_export", 17)])
    return wpick([("intake_form", 40), ("front_desk", 32), ("pm_export", 16), ("clearinghouse", 12)])


def person_like(R, role, sex=None, first=None, family=None, city=None, office=None, origin=None):
    P = R["T"]
    for _ in range(30):
        T = make_person(role, office=office if office is not None else P["office"],
                        origin=origin or (P["name"]["origin"] if chance(0.75) else None),
                        sex=sex, first=first, family=family, city=city)
        if first or alnum(T["name"]["first"]) != alnum(P["name"]["first"]):
            return T
    return T


def hn_build(t, R, caseworkers, bk_firms):
    """Return (T, state, src) for a hard negative of type t anchored on existing record R."""
    A = R["T"]
    ast = R["state"]
    if t in ("namesake_other_city", "namesake_same_city", "mother_daughter_same_name"):
        n = A["name"]
        if t == "namesake_other_city":
            T = person_like(R, "parent", sex=n["sex"], first=n["first"], family=n["family"],
                            office=other_office(A["office"]), origin=n["origin"])
        elif t == "namesake_same_city":
            T = person_like(R, "parent", sex=n["sex"], first=n["first"], family=n["family"],
                            city=A["city"], origin=n["origin"])
        else:
            T = person_like(R, "parent", sex="F", first=n["first"], family=n["family"],
                            city=A["city"] if chance(0.5) else None, origin=n["origin"])
        src = hn_person_src(False)
        st = base_state(T, src)
        st["given"], st["family"], st["suffix"] = ast["given"], ast["family"], None
        if src == "pm_export":
            st["given"], st["family"] = strip_accents(st["given"]), strip_accents(st["family"])
        return T, st, src
    if t in ("spouse_same_household", "stepparent_same_household"):
        step = t.startswith("step")
        n = A["name"]
        T = person_like(R, "stepparent" if step else "parent", sex=opposite(n["sex"]),
                        family=None if step else n["family"].split("-")[-1], city=A["city"])
        src = hn_person_src(False)
        st = base_state(T, src)
        st["addr"] = copy_addr(ast["addr"])
        if not step:
            st["family"] = ast["family"]
        if A["landline"] and ast["phone"] == A["landline"] and src != "clearinghouse" and chance(0.7):
            st["phone"], st["ext"] = A["landline"], None
        if A["family_email"] and ast["email"] == A["family_email"] and src != "clearinghouse" and chance(0.6):
            st["email"] = A["family_email"]
        return T, st, src
    if t == "father_son_same_name":
        n = A["name"]
        hn_is_father = n["suffix"] in ("Jr.", "II", "III")
        T = person_like(R, "grandparent" if hn_is_father else "parent", sex="M", first=n["first"],
                        family=n["family"], city=A["city"], origin=n["origin"])
        T["name"]["suffix"] = ("Sr." if chance(0.5) else None) if hn_is_father else rng.choice(["Jr.", "Jr.", "II"])
        src = wpick([("front_desk", 45), ("pm_export", 25), ("intake_form", 30)])
        st = base_state(T, src)
        st["given"], st["family"], st["suffix"] = ast["given"], ast["family"], T["name"]["suffix"]
        st["force_suffix"] = True
        if ast["addr"] and chance(0.65):
            st["addr"] = copy_addr(ast["addr"])
            if A["landline"] and ast["phone"] == A["landline"] and chance(0.5):
                st["phone"], st["ext"] = A["landline"], None
        if src == "pm_export":
            st["given"], st["family"] = strip_accents(st["given"]), strip_accents(st["family"])
        return T, st, src
    if t == "divorced_coparent":
        n = A["name"]
        T = person_like(R, "parent", sex=opposite(n["sex"]), family=n["family"].split("-")[-1],
                        office=A["office"])
        src = hn_person_src(False)
        st = base_state(T, src)
        st["family"] = ast["family"]
        if A["family_email"] and ast["email"] == A["family_email"] and src != "clearinghouse" and chance(0.4):
            st["email"] = A["family_email"]
        return T, st, src
    if t == "grandparent_phone_given":
        n = A["name"]
        T = person_like(R, "parent", family=n["family"].split("-")[-1] if chance(0.5) else None,
                        office=A["office"])
        src = hn_person_src(True)
        st = base_state(T, src)
        st["phone"], st["ext"] = ast["phone"], ast["ext"]
        return T, st, src
    if t == "later_occupant":
        T = person_like(R, "parent", city=A["city"], origin=pick_origin())
        src = hn_person_src(False)
        st = base_state(T, src)
        st["addr"] = copy_addr(ast["addr"])
        return T, st, src
    if t == "foster_caseworker_contact":
        T = person_like(R, "foster_parent", office=A["office"], origin=pick_origin())
        src = hn_person_src(True)
        st = base_state(T, src)
        cw = A["caseworker"]
        st["email"], st["phone"], st["ext"] = cw["email"], cw["phone"], cw["ext"]
        return T, st, src
    if t == "employee_of_org_customer":
        T = make_person("parent", office=A["office"])
        src = hn_person_src(True)
        st = base_state(T, src)
        st["email"] = make_work_email(T["name"]["first"], T["name"]["family"].split("-")[-1], A["domain"])
        st["phone"] = ast["phone"]
        st["ext"] = str(rng.randint(100, 899))
        return T, st, src
    src = wpick([("front_desk", 50), ("pm_export", 30), ("intake_form", 20)])
    if t == "franchise_other_outlet":
        cities = [c for c in CITIES if c[3] == A["office"] and c[0] != A["city"][0]]
        T = make_org("franchise", brand=(A["brand"], A["domain"]), city=rng.choice(cities))
    elif t == "group_sister_company":
        if A["otype"] == "mco":
            used = [r["T"]["state"] for r in EXISTING if r["T"]["kind"] == "org" and r["T"]["otype"] == "mco"
                    and r["T"]["stem"] == A["stem"]]
            T = make_org("mco", stem=A["stem"], state=rng.choice([s for s in ("GA", "SC", "NC", "TN") if s not in used]))
        else:
            T = make_org("employer", stem=A["stem"], trade=rng.choice([x for x in TRADES if x != A["trade"]]),
                         office=A["office"])
            T["domain"] = A["domain"]
            T["email"] = make_role_email(rng.choice(["hr", "payroll", "office", "accounting", "ap"]), A["domain"])
            if T["contact"]:
                nn = T["contact"]["name"]
                T["contact"]["email"] = make_work_email(nn["first"], nn["family"].split("-")[-1], A["domain"])
    elif t == "similar_name_other_trade":
        T = make_org("employer", stem=A["stem"], trade=rng.choice(OTHER_TRADES), city=A["city"])
    elif t == "public_body_other_department":
        if A["otype"] == "school_nurse":
            prog = rng.choice([p for p in ["Pre-K Program", "Exceptional Children Services",
                                           "Migrant Education Program", "Family Resource Center",
                                           "Head Start", "Athletics Department"] if p != A["program"]])
            T = make_org("school_nurse", county=A["county"], program=prog, city=A["city"])
            role = {"Pre-K Program": "prek", "Exceptional Children Services": "ec.services",
                    "Migrant Education Program": "migrant.ed", "Family Resource Center": "frc",
                    "Head Start": "headstart", "Athletics Department": "athletics"}[prog]
            T["email"] = make_role_email(role, T["domain"])
            if T["contact"]:
                T["contact"]["email"] = None
        else:
            T = make_org("university", stem=A["stem"], city=A["city"])
            dept = rng.choice(["College of Nursing", "Athletics Department", "Employee Wellness",
                               "Early Learning Lab School", "Dental Hygiene Program"])
            T["company"] = A["company"].split(" - ")[0].replace(" Student Health", "") + " - " + dept
            T["legal"] = A["legal"]
            T["domain"] = A["domain"]
            T["email"] = make_role_email(rng.choice(["nursing", "athletics", "wellness", "labschool"]), A["domain"])
        T["addr"] = copy_addr(ast["addr"])
        if T["addr"] and T["addr"]["typ"] == "street" and not T["addr"]["unit"]:
            T["addr"]["attn"] = "Attn: " + T["company"].split(" - ")[-1]
        if ast["phone"]:
            T["phone"] = ast["phone"]
            T["ext"] = str(rng.randint(100, 899))
    else:  # bookkeeper_shared_contact
        T = make_org(rng.choice(["small", "employer"]), office=A["office"])
        bk = A["bookkeeper"]
        T["email"], T["phone"], T["ext"] = bk["email"], bk["phone"], None
        T["bookkeeper"] = bk
    st = base_state(T, src)
    return T, st, src


def hn_anchor_ok(t, R):
    A, ast = R["T"], R["state"]
    if t in ("franchise_other_outlet",):
        return A["kind"] == "org" and A["otype"] == "franchise"
    if t == "group_sister_company":
        return A["kind"] == "org" and (A.get("group") or A["otype"] == "mco")
    if t == "similar_name_other_trade":
        return A["kind"] == "org" and A["otype"] in ("employer", "small") and not A.get("group") \
            and len(company_words(A["stem"])) > 0
    if t == "public_body_other_department":
        return A["kind"] == "org" and A["otype"] in ("school_nurse", "university") and ast["addr"] is not None
    if t == "bookkeeper_shared_contact":
        return A["kind"] == "org" and A["bookkeeper"] is not None
    if t == "employee_of_org_customer":
        return A["kind"] == "org" and A["domain"] and ast["phone"] and ast["email"] and \
            email_domain(ast["email"]) == A["domain"] and A["otype"] != "mco" and not A["bookkeeper"]
    if A["kind"] != "person":
        return False
    n = A["name"]
    if t in ("namesake_other_city", "namesake_same_city", "mother_daughter_same_name"):
        if t == "mother_daughter_same_name" and n["sex"] != "F":
            return False
        return FAM_COUNT.get(alnum(ast["family"]), 0) >= 2 and alnum(n["family"]) == alnum(ast["family"]) and \
            (n["family"] in SURNAMES["ang"][:40] or n["family"] in SURNAMES["aa"][:8] or
             n["family"] in SURNAMES["his"][:12] or n["family"] in SURNAMES["vie"][:4] or
             n["family"] in SURNAMES["kor"][:4] or n["family"] in ("Patel", "Shah", "Reddy", "Rahman"))
    if t in ("spouse_same_household", "stepparent_same_household", "later_occupant"):
        return ast["addr"] is not None and ast["addr"]["typ"] == "street" and not A.get("household") \
            and not A.get("caseworker")
    if t == "father_son_same_name":
        return n["sex"] == "M" and alnum(n["family"]) == alnum(ast["family"]) and ast["given"] \
            and n["suffix"] != "Sr."
    if t == "divorced_coparent":
        return not A.get("household") and A["role"] in ("parent", "military_parent")
    if t == "grandparent_phone_given":
        return A["role"] == "grandparent" and ast["phone"] is not None
    if t == "foster_caseworker_contact":
        return A.get("caseworker") is not None
    return False


FAM_COUNT = {}


def build_hn(caseworkers, bk_firms):
    for r in EXISTING:
        if r["state"]["kind"] == "person":
            k = alnum(r["contact"]["familyName"])
            FAM_COUNT[k] = FAM_COUNT.get(k, 0) + 1
    items = []
    used_anchor = set()
    order = list(range(len(EXISTING)))
    for t, k in HN_PLAN:
        rng.shuffle(order)
        cands = [i for i in order if hn_anchor_ok(t, EXISTING[i])]
        fresh = [i for i in cands if EXISTING[i]["entity"] not in used_anchor]
        pool = fresh + [i for i in cands if EXISTING[i]["entity"] in used_anchor]
        made = 0
        for i in pool:
            if made >= k:
                break
            R = EXISTING[i]
            ok = None
            for attempt in range(12):
                T, st, src = hn_build(t, R, caseworkers, bk_firms)
                c = render(st, src)
                sh = shared_with(c, R["contact"])
                if all(x in sh for x in HN_REQUIRED[t]) and not [x for x in HN_FORBIDDEN.get(t, []) if x in sh] \
                        and (c["email"] or c["phone"] or c["address"]):
                    ok = (T, c, sh, src)
                    break
            if not ok:
                continue
            T, c, sh, src = ok
            ent = new_entity()
            T["entity"] = ent
            used_anchor.add(R["entity"])
            items.append({"contact": c, "entity": ent, "category": "hard_negative", "kind": src,
                          "changes": diff_changes(R["contact"], c, Notes(), hn_shared=sh), "anchor_rec": R,
                          "hn_type": t, "rule": HN_RULES[t], "shared": sh})
            made += 1
        if made < k:
            raise RuntimeError("only %d hard negatives of type %s" % (made, t))
    return items


# ---------------------------------------------------------------------------
# 5. Assembly and output
# ---------------------------------------------------------------------------
def main(argv):
    out_dir = os.path.dirname(os.path.abspath(__file__))
    if "--out" in argv:
        out_dir = argv[argv.index("--out") + 1]
    os.makedirs(out_dir, exist_ok=True)

    caseworkers, bk_firms = build_existing()
    assert len(EXISTING) == N_EXISTING
    matches = build_matches()
    hns = build_hn(caseworkers, bk_firms)
    groups = build_new()
    n_new = sum(len(g) for g in groups)
    assert len(matches) == N_MATCH and len(hns) == N_HN and n_new == N_NEW, (len(matches), len(hns), n_new)

    EXISTING.sort(key=lambda r: r["contact"]["displayName"].casefold())
    ex_index = {}
    for i, r in enumerate(EXISTING):
        ex_index[r["entity"]] = i

    incoming = list(matches) + list(hns)
    for g in groups:
        incoming += g
    rng.shuffle(incoming)
    # new customers seen more than once: the earliest position gets occurrence 1
    pos_by_ent = {}
    for i, it in enumerate(incoming):
        if it["category"] == "new":
            pos_by_ent.setdefault(it["entity"], []).append(i)
    for g in groups:
        pos = pos_by_ent[g[0]["entity"]]
        for k, it in enumerate(g):
            incoming[pos[k]] = it
            it["occurrence"] = k + 1
        for it in g[1:]:
            it["compare_index"] = pos[0]

    set_lines, meta_lines = [], []
    for i, r in enumerate(EXISTING):
        set_lines.append({"set": "existing", "entity": r["entity"], "contact": r["contact"]})
        meta_lines.append({"set": "existing", "index": i, "entity": r["entity"], "category": "existing",
                           "kind": r["kind"], "changes": []})
    for i, it in enumerate(incoming):
        set_lines.append({"set": "incoming", "entity": it["entity"], "contact": it["contact"]})
        m = {"set": "incoming", "index": i, "entity": it["entity"], "category": it["category"],
             "kind": it["kind"], "changes": it["changes"]}
        if it["category"] == "match":
            m.update(profile=it["profile"], evidence=it["evidence"], compare_set="existing",
                     compare_index=ex_index[it["entity"]])
        elif it["category"] == "new":
            m["occurrence"] = it["occurrence"]
            if it["occurrence"] >= 2:
                m.update(profile=it["profile"], evidence=it["evidence"], compare_set="incoming",
                         compare_index=it["compare_index"])
        else:
            a = it["anchor_rec"]
            m.update(anchor=a["entity"], anchor_index=ex_index[a["entity"]], hn_type=it["hn_type"],
                     rule=it["rule"], shared=it["shared"])
        meta_lines.append(m)

    def dump(path, rows):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    dump(os.path.join(out_dir, "set.jsonl"), set_lines)
    dump(os.path.join(out_dir, "meta.jsonl"), meta_lines)
    print("wrote %d records to %s" % (len(set_lines), out_dir))


if __name__ == "__main__":
    main(sys.argv[1:])
