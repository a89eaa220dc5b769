#!/usr/bin/env python3
"""Generator for the sg-trade labelled record-linkage test set.

Singapore / Malaysia F&B and kitchen-equipment supplier: QuickBooks Online
customer list ("existing") plus a stream of customer records arriving from an
upstream business app ("incoming").  Python 3 standard library only, fixed
seed, deterministic.  Writes set.jsonl and meta.jsonl next to this file.
"""
import json
import os
import random
import re

SEED = 20250806
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

N_EXISTING = 1500
N_MATCH_ENT = 640          # distinct existing customers arriving
N_MATCH_TWICE = 35         # of which arrive a second time
N_NEW_PLAIN = 300
N_REPEAT = 225
HN_PLAN = [                # hard negatives (new customers that look like an existing one)
    ("sister_company", 40), ("cross_border_entity", 30), ("other_outlet_same_chain", 40),
    ("other_franchise_outlet", 20), ("other_hotel_outlet", 15), ("person_vs_own_company", 35),
    ("relative_same_address", 40), ("namesake_elsewhere", 45), ("business_namesake_elsewhere", 25),
    ("neighbour_stall_same_centre", 10),
]


def ch(s):
    return R.choice(s)


def p(x):
    return R.random() < x


def wch(pairs):
    return R.choices([a for a, _ in pairs], weights=[b for _, b in pairs], k=1)[0]


# ---------------------------------------------------------------- ids
_IDS = R.sample(range(10000, 100000), 6000)
_IDP = [0]


def new_id():
    v = _IDS[_IDP[0]]
    _IDP[0] += 1
    return "E%05d" % v


# ---------------------------------------------------------------- name normalisation (same rules as check.py)
TITLES = {"mr", "mrs", "ms", "mdm", "miss", "madam", "dr", "encik", "en", "puan", "pn", "cik", "tuan",
          "haji", "hajah", "hj", "hjh"}
CONNECT = {"bin", "binti", "bte", "bt", "b", "bn"}
FORMS = {"pte", "ltd", "private", "limited", "sdn", "bhd", "berhad", "sendirian", "llp", "plt", "sb", "co",
         "company", "l", "p", "s", "m"}
TMAP = {"mohd": "muhammad", "md": "muhammad", "muhd": "muhammad", "mohamad": "muhammad",
        "mohammad": "muhammad", "mohamed": "muhammad", "muhamad": "muhammad", "mohammed": "muhammad",
        "ent": "enterprise", "enterprises": "enterprise", "trdg": "trading", "rest": "restaurant",
        "restoran": "restaurant", "and": "&", "htl": "hotel"}
STOPSET = TITLES | CONNECT | FORMS | set(TMAP)


def ntoks(s):
    s = (s or "").lower()
    s = re.sub(r"\b[sd]\s*/\s*o\b|\ba\s*/\s*[lp]\b", " ", s)
    s = re.sub(r"\((s|m|singapore|malaysia)\)", " ", s)
    s = re.sub(r"[^a-z0-9&]+", " ", s)
    out = []
    for t in s.split():
        t = TMAP.get(t, t)
        if t in TITLES or t in CONNECT or t in FORMS:
            continue
        out.append(t)
    return out


def within1(a, b):
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        d = [i for i in range(la) if a[i] != b[i]]
        if len(d) == 1:
            return True
        return len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]]
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def near(x, y):
    ta, tb = ntoks(x), ntoks(y)
    if not ta or not tb:
        return False
    if sorted(ta) == sorted(tb) or "".join(ta) == "".join(tb):
        return True
    rb = list(tb)
    ua = []
    for t in ta:
        if t in rb:
            rb.remove(t)
        else:
            ua.append(t)
    if len(ua) == 1 and len(rb) == 1 and min(len(ua[0]), len(rb[0])) >= 3 and within1(ua[0], rb[0]):
        return True
    ja, jb = "".join(ta), "".join(tb)
    return len(ja) >= 8 and within1(ja, jb)


def nphone(s):
    d = re.sub(r"\D", "", s or "")
    if len(d) == 10 and d.startswith("65"):
        d = d[2:]
    elif d.startswith("60") and len(d) >= 10:
        d = d[2:]
    elif d.startswith("0"):
        d = d[1:]
    return d


def npc(s):
    return re.sub(r"\D", "", s or "")


# ---------------------------------------------------------------- pools: people
CN_SUR = ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Ang", "Yeo", "Tay",
          "Ho", "Low", "Toh", "Sim", "Chong", "Chia", "Foo", "Seah", "Leong", "Yap", "Chew", "Kwok", "Chin",
          "Lau", "Loh", "Khoo", "Cheah", "Ooi", "Heng", "Pang", "Soh", "Quek", "Tham", "Phua", "Wee", "Liew",
          "Lai", "Yong", "Kang", "Neo", "Kok", "Poh", "Gan", "Tung", "Chai", "Siew", "Ting", "Chee", "Choo",
          "Fong", "Lum", "Mok", "Sng", "Hew", "Yeoh", "Beh", "Khor", "Lok", "Teh", "Tee", "Au"]
CN_SYL = ["Wei", "Ming", "Jia", "Hui", "Xin", "Yi", "Kai", "Jun", "Hao", "Li", "Ling", "Mei", "Siew", "Boon",
          "Keng", "Chee", "Kiat", "Hong", "Seng", "Huat", "Beng", "Kok", "Chin", "Soon", "Eng", "Guan", "Teck",
          "Hwee", "Peng", "Choon", "Yong", "Zhi", "Xuan", "Yu", "Jie", "Kang", "Shu", "Qi", "Wen", "Ying", "Lay",
          "Kim", "Poh", "Geok", "Swee", "Hock", "Lian", "Fang", "Kah", "Wai", "Sheng", "Tian", "Rui", "Yan",
          "Xiang", "Cheng", "Leng", "Khim", "Heng", "Meng", "Han", "Yee"]
WEST_M = ["Jason", "Kelvin", "Alvin", "Eric", "Raymond", "Vincent", "Desmond", "Benjamin", "Daniel", "Ryan",
          "Marcus", "Terence", "Jeremy", "Gary", "Jimmy", "Kenneth", "Adrian", "Melvin", "Calvin", "Nicholas",
          "Dennis", "Edwin", "Francis", "Henry", "Ivan", "Jerry", "Leonard", "Patrick", "Shawn", "Victor"]
WEST_F = ["Michelle", "Jasmine", "Grace", "Cheryl", "Rachel", "Joanne", "Irene", "Jacqueline", "Vivian",
          "Sharon", "Eunice", "Angela", "Serene", "Wendy", "Shirley", "Evelyn", "Audrey", "Fiona", "Priscilla",
          "Stella", "Carol", "Doreen", "Elaine", "Felicia", "Gillian", "Helen", "Janice", "Karen", "Lynn", "Peggy"]
MY_M_CORE = ["Hafiz", "Faizal", "Rizal", "Firdaus", "Azman", "Khairul Anuar", "Shahril", "Hairul", "Zulkifli",
              "Ismail", "Roslan", "Kamarul Ariffin", "Amirul Hakim", "Syafiq", "Haziq", "Faris", "Iskandar",
              "Nazri", "Fadzli", "Hisham", "Shamsul", "Azlan", "Danial", "Irfan", "Aiman", "Rashid", "Yusri",
              "Zaki", "Nizam", "Razali", "Safwan", "Hakimi", "Taufik", "Fauzi", "Ridzuan", "Asyraf"]
MY_F_CORE = ["Aisyah", "Aminah", "Huda", "Farah", "Azizah", "Zarina", "Rohani", "Salmah", "Noraini",
             "Hidayah", "Syazwani", "Nabilah", "Amira", "Liyana", "Fatimah", "Zainab", "Rahimah", "Suriani",
             "Haslinda", "Norhayati", "Intan", "Izzati", "Atiqah", "Mariam", "Shahirah", "Wahida", "Adibah",
             "Najwa", "Sofea", "Hanim"]
MY_FATHER = ["Abdullah", "Ahmad", "Ismail", "Hassan", "Hussein", "Osman", "Ibrahim", "Yusof", "Rahman",
             "Kassim", "Salleh", "Omar", "Ali", "Jaafar", "Harun", "Idris", "Rashid", "Zainal", "Bakar", "Aziz",
             "Karim", "Latif", "Hamid", "Sulaiman", "Yaakob", "Mansor", "Razak", "Othman", "Hashim", "Embong",
             "Daud", "Musa", "Noordin", "Sani", "Tahir"]
IN_M = ["Rajesh", "Suresh", "Ganesh", "Ravi", "Vijay", "Arun", "Prakash", "Muthu", "Selvam", "Siva", "Karthik",
        "Manoj", "Ramesh", "Dinesh", "Anand", "Mohan", "Bala", "Gopal", "Kannan", "Velu", "Raju", "Sanjay",
        "Harish", "Naveen", "Senthil", "Thinesh", "Vikram", "Saravanan", "Ashok", "Pravin"]
IN_F = ["Priya", "Kavitha", "Lakshmi", "Meena", "Devi", "Shanti", "Anitha", "Revathi", "Malathi", "Saraswathy",
        "Vani", "Jaya", "Deepa", "Sangeetha", "Nirmala", "Uma", "Geetha", "Bhavani", "Indra", "Rani",
        "Kalpana", "Thilaga", "Vasanthi", "Yamuna", "Pushpa"]
IN_FATHER = ["Kumaran", "Subramaniam", "Krishnan", "Ramasamy", "Muniandy", "Arumugam", "Rajoo", "Sinnathamby",
             "Govindasamy", "Pillai", "Nair", "Maniam", "Raman", "Samy", "Perumal", "Veerappan", "Nadarajah",
             "Thangaraj", "Sivalingam", "Chandran", "Balakrishnan", "Palaniappan", "Murugan", "Rajendran",
             "Ganesan", "Letchumanan", "Supramaniam", "Anbalagan", "Kandasamy", "Marimuthu"]

# ---------------------------------------------------------------- pools: places
SG_HDB = [
    ("52", ["Tampines Street 11", "Tampines Street 21", "Tampines Street 42", "Tampines Street 81",
            "Tampines Avenue 4", "Tampines Avenue 9"]),
    ("46", ["Bedok North Street 1", "Bedok North Street 3", "Bedok North Avenue 1", "Bedok Reservoir Road",
            "New Upper Changi Road"]),
    ("56", ["Ang Mo Kio Avenue 3", "Ang Mo Kio Avenue 4", "Ang Mo Kio Avenue 10", "Ang Mo Kio Street 21"]),
    ("64", ["Jurong West Street 41", "Jurong West Street 52", "Jurong West Street 61", "Jurong West Avenue 1"]),
    ("76", ["Yishun Ring Road", "Yishun Street 11", "Yishun Street 61", "Yishun Avenue 2"]),
    ("31", ["Lorong 1 Toa Payoh", "Lorong 4 Toa Payoh", "Lorong 8 Toa Payoh", "Toa Payoh North"]),
    ("53", ["Hougang Avenue 1", "Hougang Avenue 3", "Hougang Avenue 8", "Hougang Street 21"]),
    ("73", ["Woodlands Drive 14", "Woodlands Drive 50", "Woodlands Street 13", "Woodlands Avenue 6"]),
    ("54", ["Sengkang East Way", "Compassvale Road", "Rivervale Drive", "Anchorvale Road"]),
    ("82", ["Punggol Field", "Edgefield Plains", "Sumang Walk", "Punggol Drive"]),
    ("12", ["Clementi Avenue 2", "Clementi Avenue 3", "Clementi West Street 1"]),
    ("65", ["Bukit Batok Street 21", "Bukit Batok Street 31", "Bukit Batok West Avenue 6"]),
    ("68", ["Choa Chu Kang Avenue 1", "Choa Chu Kang Avenue 4", "Choa Chu Kang Crescent"]),
    ("51", ["Pasir Ris Street 11", "Pasir Ris Street 21", "Pasir Ris Drive 6"]),
    ("15", ["Bukit Merah View", "Jalan Bukit Merah", "Telok Blangah Crescent", "Redhill Close"]),
    ("40", ["Eunos Crescent", "Ubi Avenue 1", "Jalan Ubi"]),
    ("75", ["Sembawang Drive", "Canberra Road", "Admiralty Drive"]),
]
SG_HDB_NAMES = ["Tampines", "Bedok", "Ang Mo Kio", "Jurong West", "Yishun", "Toa Payoh", "Hougang", "Woodlands",
                "Sengkang", "Punggol", "Clementi", "Bukit Batok", "Choa Chu Kang", "Pasir Ris", "Bukit Merah", "Eunos",
                "Sembawang"]
SG_PRIV = [("Meyer Road", "43"), ("Upper East Coast Road", "45"), ("Jalan Kembangan", "41"), ("Siglap Road", "45"),
           ("Holland Road", "27"), ("Thomson Road", "30"), ("Lorong Chuan", "55"), ("Bukit Timah Road", "26"),
           ("Upper Bukit Timah Road", "58"), ("Jalan Loyang Besar", "50"), ("Sunset Way", "59"),
           ("Mountbatten Road", "43"), ("River Valley Road", "23"), ("Yio Chu Kang Road", "54"),
           ("Jalan Kayu", "79"), ("Pasir Panjang Road", "11")]
SG_SHOP = [("Amoy Street", "06"), ("Telok Ayer Street", "06"), ("Tanjong Pagar Road", "08"), ("Jalan Besar", "20"),
           ("Joo Chiat Road", "42"), ("East Coast Road", "42"), ("Upper Serangoon Road", "53"),
           ("Geylang Road", "38"), ("Race Course Road", "21"), ("Serangoon Road", "21"),
           ("Upper Thomson Road", "57"), ("Holland Avenue", "27"), ("Circular Road", "04"),
           ("Keong Saik Road", "08"), ("Syed Alwi Road", "20"), ("Jalan Sultan", "19"),
           ("Upper Paya Lebar Road", "53"), ("Sembawang Road", "75"), ("Beach Road", "19"),
           ("Balestier Road", "32")]
SG_IND = [("Defu Lane 10", "53"), ("Ubi Crescent", "40"), ("Kaki Bukit Avenue 1", "41"), ("Pandan Loop", "12"),
          ("Senoko Drive", "75"), ("Woodlands Loop", "73"), ("Toh Guan Road East", "60"), ("Tai Seng Street", "53"),
          ("Sungei Kadut Street 1", "72"), ("Bedok North Street 5", "48"), ("Jurong Port Road", "61"),
          ("Fishery Port Road", "61"), ("Admiralty Street", "75"), ("Mandai Link", "72"), ("Kallang Way", "34")]
SG_MALL = [("Tampines Mall", "4 Tampines Central 5", "529510"), ("Jurong Point", "1 Jurong West Central 2", "648886"),
           ("Northpoint City", "930 Yishun Avenue 2", "769098"), ("Causeway Point", "1 Woodlands Square", "738099"),
           ("Bugis Junction", "200 Victoria Street", "188021"), ("VivoCity", "1 HarbourFront Walk", "098585"),
           ("Waterway Point", "83 Punggol Central", "828761"), ("Compass One", "1 Sengkang Square", "545078"),
           ("Bedok Mall", "311 New Upper Changi Road", "467360"), ("Westgate", "3 Gateway Drive", "608532"),
           ("Jewel Changi Airport", "78 Airport Boulevard", "819666"), ("Plaza Singapura", "68 Orchard Road", "238839"),
           ("Nex", "23 Serangoon Central", "556083"), ("AMK Hub", "53 Ang Mo Kio Avenue 3", "569933"),
           ("Paya Lebar Quarter", "10 Paya Lebar Road", "409057"), ("Suntec City", "3 Temasek Boulevard", "038983"),
           ("Hillion Mall", "17 Petir Road", "678278"), ("Clementi Mall", "3155 Commonwealth Avenue West", "129588")]
SG_HAWKER = [("Old Airport Road Food Centre", "Blk 51 Old Airport Road", "390051"),
             ("Maxwell Food Centre", "1 Kadayanallur Street", "069184"),
             ("Tiong Bahru Market", "30 Seng Poh Road", "168898"),
             ("Chinatown Complex Food Centre", "Blk 335 Smith Street", "050335"),
             ("Amoy Street Food Centre", "7 Maxwell Road", "069111"),
             ("Tekka Centre", "665 Buffalo Road", "210665"),
             ("Ghim Moh Market", "Blk 20 Ghim Moh Road", "270020"),
             ("Golden Mile Food Centre", "505 Beach Road", "199583"),
             ("Adam Road Food Centre", "2 Adam Road", "289876"),
             ("Bedok Interchange Hawker Centre", "Blk 208B New Upper Changi Road", "462208"),
             ("ABC Brickworks Food Centre", "Blk 6 Jalan Bukit Merah", "150006"),
             ("Chomp Chomp Food Centre", "20 Kensington Park Road", "557269"),
             ("Whampoa Makan Place", "Blk 90 Whampoa Drive", "320090"),
             ("Tampines Round Market", "Blk 137 Tampines Street 11", "521137"),
             ("Yishun Park Hawker Centre", "51 Yishun Avenue 11", "768867"),
             ("Bukit Timah Market", "51 Upper Bukit Timah Road", "588215")]
# (city, region, postcode, area/line2, streets, phone-area)
MY_AREAS = [
    ("Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur", "59100", "Bangsar Baru", ["Jalan Telawi 3", "Jalan Telawi 2", "Jalan Maarof"], "03"),
    ("Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur", "56000", "Taman Connaught", ["Jalan Cerdas", "Jalan Menara Gading"], "03"),
    ("Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur", "52100", "Kepong Baru", ["Jalan Ara", "Jalan Kepong"], "03"),
    ("Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur", "53300", "Taman Melati", ["Jalan Melati Utama", "Jalan Genting Klang"], "03"),
    ("Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur", "50470", "Brickfields", ["Jalan Tun Sambanthan", "Jalan Thambipillay", "Jalan Scott"], "03"),
    ("Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur", "50350", "Chow Kit", ["Jalan Haji Taib", "Jalan Raja Bot"], "03"),
    ("Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur", "55100", "Bukit Bintang", ["Jalan Alor", "Jalan Nagasari"], "03"),
    ("Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur", "57000", "Bandar Baru Sri Petaling", ["Jalan Radin Bagus", "Jalan Radin Anum"], "03"),
    ("Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur", "60000", "Taman Tun Dr Ismail", ["Jalan Burhanuddin Helmi", "Jalan Datuk Sulaiman"], "03"),
    ("Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur", "58100", "Taman Desa", ["Jalan Desa Bakti", "Jalan Desa Jaya"], "03"),
    ("Petaling Jaya", "Selangor", "47300", "SS 2", ["Jalan SS 2/24", "Jalan SS 2/64"], "03"),
    ("Subang Jaya", "Selangor", "47500", "SS 15", ["Jalan SS 15/4", "Jalan SS 15/8"], "03"),
    ("Puchong", "Selangor", "47100", "Bandar Puteri", ["Jalan Puteri 2/4", "Jalan Puteri 5/1"], "03"),
    ("George Town", "Pulau Pinang", "10200", None, ["Lebuh Chulia", "Lebuh Carnarvon", "Lebuh Kimberley"], "04"),
    ("George Town", "Pulau Pinang", "10250", "Pulau Tikus", ["Jalan Burma", "Jalan Cantonment"], "04"),
    ("George Town", "Pulau Pinang", "10400", None, ["Jalan Macalister", "Jalan Anson"], "04"),
    ("Air Itam", "Pulau Pinang", "11500", "Taman Air Itam", ["Jalan Air Itam", "Jalan Pasar"], "04"),
    ("Bayan Lepas", "Pulau Pinang", "11950", "Bayan Baru", ["Jalan Mayang Pasir 1", "Jalan Mahsuri"], "04"),
    ("Jelutong", "Pulau Pinang", "11600", None, ["Jalan Jelutong", "Jalan Perak"], "04"),
    ("Tanjung Bungah", "Pulau Pinang", "11200", None, ["Jalan Tanjung Bungah", "Jalan Lembah Permai"], "04"),
    ("Butterworth", "Pulau Pinang", "12300", "Taman Raja Uda", ["Jalan Raja Uda", "Jalan Bagan Luar"], "04"),
    ("Bukit Mertajam", "Pulau Pinang", "14000", "Taman Sri Rambai", ["Jalan Kulim", "Jalan Arumugam Pillai"], "04"),
    ("Gelugor", "Pulau Pinang", "11700", "Taman Brown", ["Jalan Gelugor", "Jalan Sultan Azlan Shah"], "04"),
    ("Johor Bahru", "Johor", "80400", "Taman Pelangi", ["Jalan Kuning 2", "Jalan Sri Pelangi", "Jalan Serampang"], "07"),
    ("Johor Bahru", "Johor", "81100", "Taman Molek", ["Jalan Molek 1/10", "Jalan Molek 2/4", "Jalan Molek 3/2"], "07"),
    ("Johor Bahru", "Johor", "80150", "Taman Sentosa", ["Jalan Sutera", "Jalan Sutera Merah"], "07"),
    ("Johor Bahru", "Johor", "81100", "Taman Johor Jaya", ["Jalan Dedap 13", "Jalan Rosmerah 2/11"], "07"),
    ("Johor Bahru", "Johor", "81100", "Taman Mount Austin", ["Jalan Austin Heights 3", "Jalan Mutiara Emas 5/1"], "07"),
    ("Johor Bahru", "Johor", "81200", "Bandar Baru Uda", ["Jalan Padi Emas 1/2", "Jalan Padi Mahsuri"], "07"),
    ("Johor Bahru", "Johor", "81200", "Taman Perling", ["Jalan Simbang", "Jalan Persisiran Perling"], "07"),
    ("Johor Bahru", "Johor", "80250", "Taman Century", ["Jalan Harimau Tarum", "Jalan Kenanga"], "07"),
    ("Skudai", "Johor", "81300", "Taman Universiti", ["Jalan Pendidikan 5", "Jalan Kebudayaan 1"], "07"),
    ("Johor Bahru", "Johor", "81750", "Bandar Baru Permas Jaya", ["Jalan Permas 10", "Jalan Permas 9/5"], "07"),
    ("Johor Bahru", "Johor", "80000", None, ["Jalan Wong Ah Fook", "Jalan Trus", "Jalan Tan Hiok Nee"], "07"),
]
MY_MALL = [("Mid Valley Megamall", "Lingkaran Syed Putra", "Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur", "59200", "03"),
           ("Sunway Pyramid", "3 Jalan PJS 11/15, Bandar Sunway", "Petaling Jaya", "Selangor", "47500", "03"),
           ("1 Utama", "1 Lebuh Bandar Utama", "Petaling Jaya", "Selangor", "47800", "03"),
           ("Pavilion Kuala Lumpur", "168 Jalan Bukit Bintang", "Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur", "55100", "03"),
           ("Gurney Plaza", "170 Persiaran Gurney", "George Town", "Pulau Pinang", "10250", "04"),
           ("Queensbay Mall", "100 Persiaran Bayan Indah", "Bayan Lepas", "Pulau Pinang", "11900", "04"),
           ("KSL City Mall", "33 Jalan Seladang, Taman Abad", "Johor Bahru", "Johor", "80250", "07"),
           ("Mid Valley Southkey", "1 Persiaran Southkey 1", "Johor Bahru", "Johor", "80150", "07"),
           ("Paradigm Mall JB", "Jalan Skudai", "Johor Bahru", "Johor", "81200", "07")]
MY_WEIGHTS = [("KL", 45), ("PG", 27), ("JB", 28)]


def my_area(zone=None):
    zone = zone or wch(MY_WEIGHTS)
    if zone == "KL":
        cands = [a for a in MY_AREAS if a[5] == "03"]
    elif zone == "PG":
        cands = [a for a in MY_AREAS if a[5] == "04"]
    else:
        cands = [a for a in MY_AREAS if a[5] == "07"]
    return ch(cands)


# ---------------------------------------------------------------- addresses
def A(**kw):
    a = dict(c=None, kind=None, blk=None, no=None, street=None, unit=None, bldg=None, area=None, city=None,
             region=None, pc=None, pa=None)
    a.update(kw)
    return a


def sg_home():
    if p(0.78):
        sec, streets = ch(SG_HDB)
        b = R.randint(101, 899)
        blk = str(b) + (ch("ABCD") if p(0.07) else "")
        return A(c="SG", kind="hdb", blk=blk, street=ch(streets), unit="%02d-%s" % (R.randint(2, 16), R.choice(["%02d", "%03d"]) % R.randint(1, 180)),
                 city="Singapore", pc=sec + "%04d" % b)
    st, sec = ch(SG_PRIV)
    return A(c="SG", kind="priv", no=str(R.randint(1, 260)), street=st,
             unit=("%02d-%02d" % (R.randint(1, 25), R.randint(1, 12))) if p(0.6) else None,
             city="Singapore", pc=sec + "%04d" % R.randint(1000, 9999))


def sg_biz(kind=None):
    kind = kind or wch([("shop", 35), ("ind", 30), ("hdbshop", 25), ("mall", 10)])
    if kind == "shop":
        st, sec = ch(SG_SHOP)
        return A(c="SG", kind="shop", no=str(R.randint(1, 480)), street=st,
                 unit=("01-%02d" % R.randint(1, 12)) if p(0.3) else None, city="Singapore",
                 pc=sec + "%04d" % R.randint(1000, 9999))
    if kind == "ind":
        st, sec = ch(SG_IND)
        return A(c="SG", kind="ind", no=str(R.randint(1, 90)), street=st,
                 unit="%02d-%02d" % (R.randint(1, 9), R.randint(1, 60)), city="Singapore",
                 pc=sec + "%04d" % R.randint(1000, 9999))
    if kind == "hdbshop":
        a = sg_home()
        while a["kind"] != "hdb":
            a = sg_home()
        a["kind"] = "hdbshop"
        a["unit"] = "01-%02d" % R.randint(1, 99)
        return a
    if kind == "mall":
        return sg_mall(ch(SG_MALL))
    raise ValueError(kind)


def sg_mall(m):
    name, street, pc = m
    return A(c="SG", kind="mall", street=street, bldg=name,
             unit="%s-%02d" % (ch(["B1", "B2", "01", "02", "03", "04"]), R.randint(1, 99)), city="Singapore", pc=pc)


def sg_hawker(h=None, unit=None):
    name, street, pc = h or ch(SG_HAWKER)
    return A(c="SG", kind="hawker", street=street, bldg=name, unit=unit or "01-%02d" % R.randint(1, 160),
             city="Singapore", pc=pc)


def my_home(zone=None):
    city, region, pc, area, streets, pa = my_area(zone)
    return A(c="MY", kind="myhome", no=str(R.randint(1, 150)), street=ch(streets), area=area, city=city,
             region=region, pc=pc, pa=pa)


def my_biz(zone=None, kind=None):
    kind = kind or wch([("shop", 80), ("mall", 12), ("lot", 8)])
    if kind == "mall":
        return my_mall(ch([m for m in MY_MALL if zone is None or m[5] == {"KL": "03", "PG": "04", "JB": "07"}[zone]]))
    city, region, pc, area, streets, pa = my_area(zone)
    n = R.randint(1, 120)
    no = str(n)
    if kind == "shop" and p(0.18):
        no = "%d & %d" % (n, n + 2)
    if kind == "lot":
        no = "Lot %d" % R.randint(100, 9999)
    return A(c="MY", kind="myshop", no=no, street=ch(streets), area=area, city=city, region=region, pc=pc, pa=pa,
             unit=("%s-%d" % (ch(["1", "2", "G"]), R.randint(1, 30))) if (kind == "shop" and p(0.15)) else None)


def my_mall(m):
    name, street, city, region, pc, pa = m
    return A(c="MY", kind="mymall", street=street, bldg=name,
             unit="%s-%02d" % (ch(["G", "LG", "F1", "F2", "S"]), R.randint(1, 80)), city=city, region=region, pc=pc, pa=pa)


def my_stall(base=None):
    """Stall in a Malaysian food court / medan selera (same premises as base if given)."""
    if base is None:
        base = my_biz(kind="shop")
        base["bldg"] = "Medan Selera " + (base["area"] or base["street"].replace("Jalan ", ""))
    a = dict(base)
    a["kind"] = "mystall"
    a["unit"] = str(R.randint(1, 40))
    return a


def render_addr(a):
    """Canonical QBO-style rendering of an address object."""
    if a is None:
        return dict(line1=None, line2=None, city=None, region=None, postalCode=None, country=None)
    k = a["kind"]
    if a["c"] == "SG":
        if k in ("hdb", "hdbshop"):
            l1, l2 = "Blk %s %s" % (a["blk"], a["street"]), "#" + a["unit"]
        elif k in ("priv", "shop", "ind"):
            l1, l2 = "%s %s" % (a["no"], a["street"]), ("#" + a["unit"]) if a["unit"] else None
        else:  # mall / hawker
            l1, l2 = a["street"], "#%s %s" % (a["unit"], a["bldg"])
        return dict(line1=l1, line2=l2, city="Singapore", region=None, postalCode=a["pc"], country="Singapore")
    if k in ("myhome", "myshop"):
        no = a["no"]
        if a.get("unit"):
            no = a["unit"]
        l1 = ("%s, %s" % (no, a["street"])) if no.startswith("Lot") or "&" in no or "-" in no else "No. %s, %s" % (no, a["street"])
        l2 = a["area"]
    elif k == "mymall":
        l1, l2 = "Lot %s, %s" % (a["unit"], a["bldg"]), a["street"]
    else:  # mystall
        l1 = "Gerai No. %s, %s" % (a["unit"], a["bldg"])
        l2 = "%s, %s" % (a["no"], a["street"]) if not a["no"].startswith("Lot") else a["street"]
    return dict(line1=l1, line2=l2, city=a["city"], region=a["region"], postalCode=a["pc"], country="Malaysia")


ABBR = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Crescent", "Cres"),
        ("Central", "Ctrl"), ("Jalan", "Jln"), ("Taman", "Tmn"), ("Lorong", "Lor"), ("Lebuh", "Lbh"),
        ("Persiaran", "Psn"), ("Bandar Baru", "BB"), ("North", "Nth"), ("Upper", "Upp"), ("Food Centre", "FC"),
        ("Market", "Mkt"), ("Square", "Sq"), ("Boulevard", "Blvd"), ("Lingkaran", "Lkrn")]
CITY_VAR = {"Singapore": ["SINGAPORE", "S'pore", "SG", "Singapore", None],
            "Kuala Lumpur": ["KL", "K. Lumpur", "KUALA LUMPUR", "Kuala Lumpur"],
            "George Town": ["Georgetown", "Penang", "Pulau Pinang", "GEORGE TOWN"],
            "Johor Bahru": ["JB", "Johor Baharu", "J.B.", "JOHOR BAHRU"],
            "Petaling Jaya": ["PJ", "Petaling Jaya", "P. Jaya"], "Bayan Lepas": ["Penang", "Bayan Lepas"],
            "Skudai": ["Johor Bahru", "Skudai", "SKUDAI"]}
REGION_VAR = {"Wilayah Persekutuan Kuala Lumpur": ["W.P. Kuala Lumpur", "Kuala Lumpur", "WP Kuala Lumpur", "KL", "Wilayah Persekutuan"],
              "Selangor": ["Selangor Darul Ehsan", "SEL", "Selangor"],
              "Pulau Pinang": ["Penang", "P. Pinang", "PENANG", "Pulau Pinang"],
              "Johor": ["Johor Darul Ta'zim", "Johore", "JHR", "Johor Darul Takzim", "JOHOR"]}


def addr_noise(ad, a, tags, keep_pc=False, harsh=1.0):
    """Apply formatting noise to a rendered address dict (in place)."""
    if ad["line1"] is None:
        return ad
    if p(0.45 * harsh):
        did = False
        for full, ab in ABBR:
            for key in ("line1", "line2"):
                if ad[key] and full in ad[key] and p(0.7):
                    ad[key] = ad[key].replace(full, ab)
                    did = True
        if did:
            tags.append("addr:abbreviated")
    if a["c"] == "SG" and a["kind"] in ("hdb", "hdbshop") and p(0.4 * harsh):
        ad["line1"] = ad["line1"].replace("Blk ", ch(["", "Block ", "BLK ", "Blk. "]), 1)
        tags.append("addr:blk_format")
    if ad["line1"].startswith("No. ") and p(0.4 * harsh):
        ad["line1"] = ad["line1"].replace("No. ", ch(["", "No ", "NO. "]), 1)
        tags.append("addr:no_format")
    for key in ("line1", "line2"):
        if ad[key] and "#" in ad[key] and p(0.35 * harsh):
            m = re.search(r"#(\w+)-(\d+)", ad[key])
            if m:
                fl, un = m.group(1), m.group(2)
                fl2 = fl.lstrip("0") if fl.isdigit() else fl
                rep = ch(["%s-%s" % (fl, un), "# %s-%s" % (fl, un), "#%s-%s" % (fl2, un), "Unit %s-%s" % (fl, un),
                          "#%s - %s" % (fl, un)])
                ad[key] = ad[key][:m.start()] + rep + ad[key][m.end():]
                tags.append("addr:unit_format")
    if ad["line2"] and p(0.3 * harsh):
        if p(0.7):
            ad["line1"] = ad["line1"] + ", " + ad["line2"]
        else:
            ad["line1"] = ad["line2"] + ", " + ad["line1"]
        ad["line2"] = None
        tags.append("addr:lines_merged")
    elif ad["line2"] and p(0.12 * harsh):
        ad["line2"] = None
        tags.append("addr:line2_dropped")
    if p(0.1 * harsh):
        ad["line1"] = ad["line1"].upper()
        if ad["line2"]:
            ad["line2"] = ad["line2"].upper()
        tags.append("addr:upper")
    if p(0.35 * harsh) and ad["city"] in CITY_VAR:
        ad["city"] = ch(CITY_VAR[ad["city"]])
        tags.append("addr:city_variant")
    if a["c"] == "SG" and p(0.12 * harsh):
        ad["region"] = "Singapore"
        tags.append("addr:region_added")
    if ad["region"] in REGION_VAR and p(0.4 * harsh):
        ad["region"] = ch(REGION_VAR[ad["region"]])
        tags.append("addr:region_variant")
    elif ad["region"] and p(0.1 * harsh):
        ad["region"] = None
        tags.append("addr:region_dropped")
    if p(0.35 * harsh):
        ad["country"] = ch({"SG": ["SG", "SGP", None, "SINGAPORE", "Republic of Singapore"],
                            "MY": ["MY", "MYS", None, "MALAYSIA"]}[a["c"]])
        tags.append("addr:country_variant")
    if a["c"] == "SG" and p(0.12 * harsh):
        ad["postalCode"] = ch(["S" + ad["postalCode"], "S(%s)" % ad["postalCode"], "Singapore " + ad["postalCode"]])
        tags.append("addr:postcode_format")
    if not keep_pc:
        if p(0.06 * harsh):
            ad["postalCode"] = None
            tags.append("addr:postcode_missing")
        elif p(0.04 * harsh):
            d = list(ad["postalCode"])
            i = R.randrange(len(d))
            d[i] = str((int(d[i]) + ch([1, 9])) % 10) if d[i].isdigit() else d[i]
            ad["postalCode"] = "".join(d)
            tags.append("addr:postcode_typo")
    return ad


# ---------------------------------------------------------------- phones
_USED_PHONES = {}


def uniq_phone(gen):
    while True:
        n = gen()
        if n not in _USED_PHONES:
            _USED_PHONES[n] = 1
            return n


def sg_mobile():
    return uniq_phone(lambda: ch("89") + "%07d" % R.randint(0, 9999999))


def sg_land():
    return uniq_phone(lambda: "6" + str(R.randint(1, 9)) + "%06d" % R.randint(0, 999999))


def my_mobile():
    def g():
        pre = ch(["010", "012", "012", "013", "014", "016", "016", "017", "018", "019", "019", "011"])
        return pre + ("%08d" % R.randint(0, 99999999) if pre == "011" else "%07d" % R.randint(1000000, 9999999))
    return uniq_phone(g)


def my_land(pa):
    if pa == "03":
        return uniq_phone(lambda: "03" + str(R.randint(2, 9)) + "%07d" % R.randint(0, 9999999))
    return uniq_phone(lambda: pa + str(R.randint(2, 8)) + "%06d" % R.randint(0, 999999))


def fmt_phone(n, canonical=False):
    if len(n) == 8 and n[0] in "689":
        a, b = n[:4], n[4:]
        opts = ["+65 %s %s" % (a, b), "%s %s" % (a, b), n, "+65%s" % n, "65 %s %s" % (a, b), "(65) %s-%s" % (a, b),
                "+65-%s-%s" % (a, b), "%s-%s" % (a, b), "65%s" % n]
        return ch(opts[:3] if canonical else opts)
    if n.startswith("01"):
        pre, rest = n[:3], n[3:]
        r1, r2 = (rest[:4], rest[4:]) if len(rest) == 8 else (rest[:3], rest[3:])
        opts = ["%s-%s %s" % (pre, r1, r2), "%s-%s" % (pre, rest), n, "+60 %s-%s %s" % (pre[1:], r1, r2),
                "+6%s %s %s" % (pre, r1, r2), "+6%s" % n, "6%s" % n, "6%s-%s" % (pre, rest), "(%s) %s %s" % (pre, r1, r2)]
        return ch(opts[:3] if canonical else opts)
    pa, rest = n[:2], n[2:]
    r1, r2 = (rest[:4], rest[4:]) if len(rest) == 8 else (rest[:3], rest[3:])
    opts = ["%s-%s %s" % (pa, r1, r2), "%s-%s" % (pa, rest), n, "+60 %s-%s %s" % (pa[1:], r1, r2),
            "+6%s %s %s" % (pa, r1, r2), "(%s) %s %s" % (pa, r1, r2), "+6%s-%s" % (pa, rest)]
    return ch(opts[:3] if canonical else opts)


def mobile_for(c):
    return sg_mobile() if c == "SG" else my_mobile()


def land_for(a):
    return sg_land() if a["c"] == "SG" else my_land(a["pa"] or "03")


# ---------------------------------------------------------------- e-mails
_USED_EMAILS = {}
FREE_SG = [("gmail.com", 55), ("hotmail.com", 12), ("yahoo.com.sg", 12), ("outlook.com", 10), ("singnet.com.sg", 6), ("icloud.com", 5)]
FREE_MY = [("gmail.com", 60), ("yahoo.com", 14), ("hotmail.com", 12), ("outlook.com", 8), ("icloud.com", 6)]


def uniq_email(local, domain):
    local = re.sub(r"[^a-z0-9._]", "", local.lower()).strip(".") or "mail"
    e = "%s@%s" % (local, domain)
    while e in _USED_EMAILS:
        e = "%s%d@%s" % (local, R.randint(1, 99), domain)
    _USED_EMAILS[e] = 1
    return e


def free_domain(c):
    return wch(FREE_SG if c == "SG" else FREE_MY)


def yy():
    return ch(["", "", str(R.randint(60, 99)), str(R.randint(1965, 2001)), str(R.randint(1, 99))])


def person_email(pe, domain=None):
    domain = domain or free_domain(pe["c"])
    e = pe["eth"]
    if e == "cn":
        gj = pe["given"].replace(" ", "").lower()
        ini = "".join(x[0] for x in pe["given"].split()).lower()
        sur = pe["sur"].lower()
        opts = ["%s.%s" % (gj, sur), "%s%s" % (sur, gj), "%s%s%s" % (sur, ini, yy()), "%s_%s%s" % (gj, sur, yy())]
        if pe["west"]:
            w = pe["west"].lower()
            opts += ["%s.%s" % (w, sur), "%s%s%s" % (w, sur, yy()), "%s.%s%s" % (w, sur, ini)]
    elif e == "my":
        core = pe["core"].replace(" ", "").lower()
        fa = pe["father"].lower()
        opts = ["%s.%s" % (core, fa), "%s%s" % (core, yy() or "88"), "%s_%s" % (core, fa), "%s%s%s" % ((pe["pre"] or "")[:1].lower(), core, yy())]
    else:
        g, fa = pe["given"].lower(), pe["father"].lower()
        opts = ["%s.%s" % (g, fa), "%s%s" % (g, yy() or "77"), "%s%s" % (g, fa[0]), "%s_%s%s" % (fa, g, yy())]
    return uniq_email(ch(opts), domain)


# ---------------------------------------------------------------- people
def new_person(c, eth=None, sex=None):
    if eth is None:
        eth = wch([("cn", 62), ("my", 22), ("in", 16)] if c == "SG" else [("cn", 45), ("my", 40), ("in", 15)])
    sex = sex or ch("mf")
    pe = dict(kind="person", eth=eth, sex=sex, c=c, sur=None, given=None, west=None, style=None, pre=None,
              core=None, father=None, conn=None)
    if eth == "cn":
        pe["sur"] = ch(CN_SUR)
        a, b = R.sample(CN_SYL, 2)
        pe["given"] = "%s %s" % (a, b)
        if p(0.45 if c == "SG" else 0.3):
            pe["west"] = ch(WEST_M if sex == "m" else WEST_F)
        pe["style"] = wch([("cn", 45), ("west", 30), ("west_cn", 15), ("cn_w", 10)]) if pe["west"] else wch([("cn", 88), ("cn_w", 12)])
    elif eth == "my":
        if sex == "m":
            pe["pre"] = wch([("Muhammad", 30), ("Mohd", 22), ("Ahmad", 8), ("Mohamad", 5), (None, 35)])
            pe["core"] = ch(MY_M_CORE)
            pe["conn"] = "bin"
        else:
            pe["pre"] = wch([("Nur", 30), ("Siti", 20), ("Nurul", 12), ("Nor", 8), (None, 30)])
            pe["core"] = ch(MY_F_CORE)
            pe["conn"] = ch(["binti", "binti", "bte"]) if c == "SG" else "binti"
        pe["father"] = ch(MY_FATHER)
    else:
        pe["given"] = ch(IN_M if sex == "m" else IN_F)
        pe["father"] = ch(IN_FATHER)
        pe["conn"] = ("s/o" if sex == "m" else "d/o") if c == "SG" else ("a/l" if sex == "m" else "a/p")
    return pe


def my_full(pe, pre=None):
    pre = pe["pre"] if pre is None else pre
    return ("%s %s" % (pre, pe["core"])) if pre else pe["core"]


def person_canon(pe):
    """(displayName, givenName, familyName) as kept in the QBO list."""
    e = pe["eth"]
    if e == "cn":
        s = pe["style"]
        if s == "cn":
            return "%s %s" % (pe["sur"], pe["given"]), pe["given"], pe["sur"]
        if s == "cn_w":
            return "%s %s" % (pe["given"], pe["sur"]), pe["given"], pe["sur"]
        if s == "west":
            return "%s %s" % (pe["west"], pe["sur"]), pe["west"], pe["sur"]
        return "%s %s %s" % (pe["west"], pe["sur"], pe["given"]), pe["west"], pe["sur"]
    if e == "my":
        full = my_full(pe)
        return "%s %s %s" % (full, pe["conn"], pe["father"]), full, pe["father"]
    return "%s %s %s" % (pe["given"], pe["conn"], pe["father"]), pe["given"], pe["father"]


def person_key(pe):
    """Identity key used to keep distinct generated people from being accidental namesakes."""
    if pe["eth"] == "cn":
        return ("cn", pe["sur"], pe["given"])
    if pe["eth"] == "my":
        return ("my", pe["core"], pe["father"])
    return ("in", pe["given"], pe["father"])


MUH = ["Muhammad", "Mohd", "Md", "Muhd", "Mohamad", "Mohammad"]


def title_for(pe):
    if pe["eth"] == "my":
        return ch(["Encik", "En.", "Tuan", "Haji"]) if pe["sex"] == "m" else ch(["Puan", "Pn.", "Cik", "Hajah"])
    return ch(["Mr", "Mr."]) if pe["sex"] == "m" else ch(["Ms", "Mdm", "Mrs", "Ms."])


def person_variant(pe, tags):
    """A differently written name for the same person: (display, given, family)."""
    e = pe["eth"]
    if e == "cn":
        sur, giv, w = pe["sur"], pe["given"], pe["west"]
        forms = [("cn", 30), ("cn_w", 20), ("initials", 8)]
        if w:
            forms += [("west", 30), ("west_cn", 18), ("west_init", 6)]
        f = wch(forms)
        g2 = giv
        r = R.random()
        if r < 0.15:
            g2 = giv.replace(" ", "")
            tags.append("name:given_joined")
        elif r < 0.22:
            g2 = giv.replace(" ", "-")
            tags.append("name:given_hyphenated")
        ini = ".".join(x[0] for x in giv.split()) + "."
        if f == "cn":
            d, gv, fm = "%s %s" % (sur, g2), g2, sur
        elif f == "cn_w":
            d, gv, fm = "%s %s" % (g2, sur), g2, sur
        elif f == "initials":
            d = ch(["%s %s" % (sur, ini.replace(".", " ").strip()), "%s %s" % (ini, sur)])
            gv, fm = ini, sur
        elif f == "west":
            d, gv, fm = "%s %s" % (w, sur), w, sur
        elif f == "west_cn":
            d, gv, fm = "%s %s %s" % (w, sur, g2), w, sur
        else:
            d, gv, fm = "%s %s %s" % (w, ini, sur), w, sur
        tags.append("name:form_" + f)
        if f in ("cn", "west_cn") and p(0.15):
            d = "%s, %s" % (sur.upper() if p(0.5) else sur, d[len(sur) + 1:])
            tags.append("name:surname_comma")
        elif f in ("cn_w", "west") and p(0.12):
            d = "%s, %s" % (sur, d[:-(len(sur) + 1)])
            tags.append("name:last_first")
    elif e == "my":
        pre = pe["pre"]
        conn = pe["conn"]
        f = wch([("full", 45), ("noconn", 20), ("short", 25), ("titled_core", 10)])
        if pre in MUH and p(0.6):
            pre = ch([x for x in MUH if x != pe["pre"]])
            tags.append("name:muhammad_variant")
        if f == "full":
            c2 = conn
            if p(0.5):
                c2 = ch(["b.", "B.", "Bin", "bn"]) if conn == "bin" else ch(["bt", "bt.", "Binti", "BT"] + (["bte", "Bte"] if pe["c"] == "SG" else []))
                tags.append("name:bin_binti_abbrev")
            d = "%s %s %s" % (my_full(pe, pre), c2, pe["father"])
            gv, fm = my_full(pe, pre), pe["father"]
        elif f == "noconn":
            d = "%s %s" % (my_full(pe, pre), pe["father"])
            gv, fm = my_full(pe, pre), pe["father"]
            tags.append("name:bin_binti_dropped")
        elif f == "short":
            d = "%s %s" % (pe["core"], pe["father"])
            gv, fm = pe["core"], pe["father"]
            tags.append("name:short_form")
        else:
            d = "%s %s" % (title_for(pe), pe["core"])
            gv, fm = pe["core"], None
            tags.append("name:title_given_only")
    else:
        giv, fa, conn = pe["given"], pe["father"], pe["conn"]
        f = wch([("full", 40), ("noconn", 25), ("initial", 25), ("given_init", 10)])
        if f == "full":
            c2 = conn
            if p(0.5):
                c2 = {"s/o": "a/l", "d/o": "a/p", "a/l": "s/o", "a/p": "d/o"}[conn] if p(0.5) else conn.upper()
                tags.append("name:so_al_variant")
            d = "%s %s %s" % (giv, c2, fa)
        elif f == "noconn":
            d = "%s %s" % (giv, fa)
            tags.append("name:patronymic_marker_dropped")
        elif f == "initial":
            d = "%s. %s" % (fa[0], giv) if p(0.6) else "%s %s" % (fa[0], giv)
            tags.append("name:father_initial")
        else:
            d = "%s %s." % (giv, fa[0])
            tags.append("name:father_initial")
        gv, fm = giv, (fa if f != "initial" and f != "given_init" else fa[0])
    if p(0.14) and not d.startswith(("Encik", "En.", "Tuan", "Haji", "Puan", "Pn.", "Cik", "Hajah")):
        d = "%s %s" % (title_for(pe), d)
        tags.append("name:title_added")
    r = R.random()
    if r < 0.13:
        d = d.upper()
        tags.append("name:upper")
    elif r < 0.18:
        d = d.lower()
        tags.append("name:lower")
    if p(0.1):
        t = typo(d)
        if t:
            d = t
            tags.append("name:typo")
    r = R.random()
    if r < 0.12:
        gv, fm = None, None
        tags.append("name:given_family_missing")
    elif r < 0.2 and gv and fm:
        gv, fm = fm, gv
        tags.append("name:given_family_swapped")
    return d, gv, fm


KEYN = {"a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj", "i": "uo",
        "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "q": "w", "r": "et", "s": "ad",
        "t": "ry", "u": "yi", "v": "cb", "w": "qe", "x": "zc", "y": "tu", "z": "x"}


def typo(s):
    toks = [m for m in re.finditer(r"[A-Za-z]{4,}", s) if m.group(0).lower() not in STOPSET]
    if not toks:
        return None
    for _ in range(6):
        m = ch(toks)
        w = m.group(0)
        i = R.randrange(1, len(w) - 1)
        op = ch(["swap", "del", "dup", "sub"])
        if op == "swap":
            w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == "del":
            w2 = w[:i] + w[i + 1:]
        elif op == "dup":
            w2 = w[:i] + w[i] + w[i:]
        else:
            c = w[i].lower()
            n = ch(KEYN.get(c, "e"))
            w2 = w[:i] + (n.upper() if w[i].isupper() else n) + w[i + 1:]
        if w2 != w and w2.lower() not in STOPSET:
            return s[:m.start()] + w2 + s[m.end():]
    return None


# ---------------------------------------------------------------- businesses
HK_A = ["Hock", "Soon", "Kim", "Ban", "Joo", "Hup", "Guan", "Teck", "Lian", "Sin", "Wah", "Kwong", "Nam", "Chye",
        "Yew", "Tong", "Ann", "Thye", "Keat", "Swee", "Eng", "Chin", "Boon", "Heap", "Poh", "Tai", "Yong", "Foong"]
HK_B = ["Seng", "Heng", "Huat", "Lee", "Hin", "Hong", "Chuan", "Kee", "Hoe", "Leong", "Fatt", "Tat", "Aik", "Chong",
        "Bee", "Cheong", "Sang", "Loong", "Hing", "Wan", "Kiat", "Meng"]
MLY_W = ["Maju", "Jaya", "Bintang", "Mutiara", "Cahaya", "Sinar", "Seri", "Murni", "Selera", "Rasa", "Dapur", "Wangi",
         "Harum", "Gemilang", "Setia", "Bestari", "Permata", "Nikmat", "Sedap", "Indah", "Mesra", "Ceria", "Bayu",
         "Teratai", "Kasih", "Warisan", "Delima", "Suria", "Andalas", "Budi"]
IND_W = ["Sri Vinayaga", "Sri Lakshmi", "Annapoorna", "Sri Ganesh", "Madras", "Chettinad", "Sri Murugan", "Kerala",
         "Sri Krishna", "Malabar", "Mysore", "Saffron", "Shanti", "Sri Devi", "Kamala", "Meenakshi", "Thangam",
         "Sri Balaji", "Navaratna", "Taj"]
EN_ADJ = ["Urban", "Little", "Golden", "Humble", "Honest", "Happy", "Wild", "Salty", "Sunny", "Rustic", "Copper",
          "Blue", "Red", "Noble", "Artisan", "Twin", "Hidden", "Lazy", "Smoky", "Crispy", "Jolly", "Lucky", "Grand",
          "Fresh", "Tiny", "Royal", "Silver", "Jade", "Bamboo", "Coconut"]
EN_NOUN = ["Spoon", "Fork", "Ladle", "Wok", "Bowl", "Bean", "Crumb", "Pantry", "Table", "Bakehouse", "Grill", "Pot",
           "Oven", "Leaf", "Harvest", "Larder", "Pan", "Tiffin", "Kettle", "Cleaver", "Basket", "Sprout", "Chilli",
           "Pepper", "Lantern", "Dumpling", "Noodle", "Pandan", "Kaya", "Tamarind"]
DESC = {
    "trading": ["Trading", "Food Trading", "Food Supplies", "Foodstuff", "Provision", "Seafood Trading",
                "Frozen Food", "Food Industries", "Marketing", "Dry Goods", "Vegetables Supply", "Poultry Supply"],
    "restaurant": ["Restaurant", "Seafood Restaurant", "F&B", "Kitchen", "Food & Beverage", "Dim Sum House",
                   "Noodle House", "Steamboat", "Cafe", "Bistro", "Eatery"],
    "caterer": ["Catering", "Catering Services", "Events & Catering", "Food Catering", "Banquet"],
    "bakery": ["Bakery", "Confectionery", "Bakehouse", "Cake House", "Patisserie"],
}
SISTER_DESC = ["Holdings", "Seafood", "Frozen Food", "Catering", "Bakery", "Food Industries", "Restaurant", "Trading",
               "Marketing", "Central Kitchen", "Food Services", "Noodle Manufacturing", "Bean Curd Manufacturer"]
HAWKER_DISH_CN = ["Char Kway Teow", "Fishball Noodle", "Chicken Rice", "Wanton Mee", "Bak Chor Mee", "Hokkien Mee",
                  "Carrot Cake", "Kway Chap", "Economic Rice", "Yong Tau Foo", "Prawn Mee", "Laksa", "Duck Rice",
                  "Porridge", "Lor Mee", "Fish Soup", "Chee Cheong Fun", "Claypot Rice", "Roast Meat"]
HAWKER_DISH_MY = ["Nasi Lemak", "Mee Rebus", "Nasi Padang", "Mee Soto", "Satay", "Lontong", "Ayam Penyet",
                  "Mee Goreng", "Nasi Campur", "Soto Ayam", "Mee Siam"]
HAWKER_DISH_IN = ["Roti Prata", "Thosai", "Briyani", "Indian Rojak", "Mee Goreng Mamak", "Nasi Kandar", "Banana Leaf"]
HOTEL_X = ["Harbourview", "Straits Grand", "Orchid Bay", "Emerald Park", "Marina Crest", "Bayfront Regent", "Palm Court",
           "Riverside Heritage", "Garden Vista", "Pelangi Grand", "Gurney Bay", "Tanjung Heritage", "Cheras Park",
           "Kiara Vista", "Southern Pearl", "Sentul Grand", "Lagoon Breeze", "Taman Seri", "Coral Reach", "Jubilee Crest",
           "Tropicana Heights", "Merdeka Regal"]
HOTEL_OUTLETS = ["Main Kitchen", "Banquet Kitchen", "Pastry Kitchen", "Staff Canteen", "Lotus Court Chinese Restaurant",
                 "All-Day Dining Cafe", "Poolside Bar & Grill", "Room Service Kitchen", "Imperial Jade Restaurant",
                 "Lobby Lounge", "Halal Kitchen", "Japanese Restaurant"]
SCHOOL_SG = ["Primary School", "Secondary School", "Ridge Primary School", "View Secondary School", "Park Primary School",
             "Grove Primary School", "Junior College"]
SG_ESTATE = ["Tampines", "Bedok", "Ang Mo Kio", "Jurong West", "Yishun", "Toa Payoh", "Hougang", "Woodlands",
             "Sengkang", "Punggol", "Clementi", "Bukit Batok", "Choa Chu Kang", "Pasir Ris", "Bukit Merah", "Eunos",
             "Sembawang", "Fernvale", "Canberra", "Pei Ying", "Greenridge", "Northshore"]
OUTLET_AREAS_SG = [("Holland Village", ("Holland Avenue", "27")), ("Tanjong Pagar", ("Tanjong Pagar Road", "08")),
                   ("Joo Chiat", ("Joo Chiat Road", "42")), ("Jalan Besar", ("Jalan Besar", "20")),
                   ("Thomson", ("Upper Thomson Road", "57")), ("Serangoon Gardens", ("Serangoon Garden Way", "55")),
                   ("East Coast", ("East Coast Road", "42")), ("Balestier", ("Balestier Road", "32"))]

_USED_NAMES = {}        # normalised business display name -> 1
_USED_PERSONS = {}      # person_key -> 1


def near_keys(n):
    """Deletion-neighbourhood keys: two names within one slip of each other share a key."""
    t = ntoks(n)
    keys = []
    for pre, x in (("s|", " ".join(sorted(t))), ("j|", "".join(t))):
        keys.append(pre + x)
        for i in range(len(x)):
            keys.append(pre + x[:i] + x[i + 1:])
    return keys


def near_taken(n):
    return any(k in _USED_NAMES for k in near_keys(n))


def reg_name(n):
    """Register a name; False if it is (near-)identical to one already used by another customer."""
    if near_taken(n):
        return False
    for k in near_keys(n):
        _USED_NAMES[k] = 1
    return True


def pkey_str(pe):
    k = person_key(pe)
    return "%s %s" % (k[1], k[2])


def fresh_person(c, eth=None, sex=None):
    while True:
        pe = new_person(c, eth, sex)
        if reg_name(pkey_str(pe)):
            _USED_PERSONS[person_key(pe)] = 1
            return pe


def stem_for(style):
    if style == "hk":
        a = ch(HK_A)
        b = ch([x for x in HK_B if x != a])
        return "%s %s" % (a, b)
    if style == "mly":
        a, b = R.sample(MLY_W, 2)
        return "%s %s" % (a, b)
    if style == "ind":
        return ch(IND_W)
    return "%s %s" % (ch(EN_ADJ), ch(EN_NOUN))


FORM_VAR = {
    "Pte Ltd": ["Pte Ltd", "Pte. Ltd.", "PTE LTD", "PTE. LTD.", "Pte Limited", "Private Limited", "Pte Ltd."],
    "Sdn Bhd": ["Sdn Bhd", "Sdn. Bhd.", "SDN BHD", "SDN. BHD.", "Sendirian Berhad", "S/B", "Sdn Bhd."],
    "Bhd": ["Bhd", "Berhad", "Bhd.", "BHD"],
    "LLP": ["LLP", "L.L.P."],
    "PLT": ["PLT"],
}


def slug(s):
    return re.sub(r"[^a-z0-9]", "", s.lower().replace("&", "n"))


def biz_domain(stem, desc, c):
    base = slug(stem)
    if p(0.4) and desc:
        base += slug(desc.split()[0])
    tld = wch([(".com.sg", 70), (".sg", 15), (".com", 15)]) if c == "SG" else wch([(".com.my", 70), (".my", 15), (".com", 15)])
    return base + tld


def biz_email(e, local=None, free=None):
    c = e["c"]
    if free is None:
        free = False if e.get("sub") in ("hotel_outlet", "chain_outlet", "publicco") else p(0.35 if e["form"] else 0.85)
    if free or not e.get("domain"):
        return uniq_email(slug(e["stem"]) + ch(["", "", "sb", "ent", "88", "2u", "sg" if c == "SG" else "my", yy()]), free_domain(c))
    return uniq_email(local or ch(["accounts", "admin", "purchasing", "procurement", "ops", "info", "finance", "enquiry",
                                   "hello", "kitchen", "purchase", "ap", "account"]), e["domain"])


def new_biz_shell(c, sub):
    return dict(kind="biz", sub=sub, c=c, stem=None, desc=None, legal_base=None, form=None, form_canon=None,
                trading=None, brand=None, outlet=None, owner=None, contact=None, disp=None, domain=None,
                emails=[], phones=[], addrs=[], group=None)


def legal_full(e, fs=None):
    if not e["form"]:
        return e["legal_base"]
    return "%s %s" % (e["legal_base"], fs or e["form_canon"])


def set_form(e, form):
    e["form"] = form
    if form:
        e["form_canon"] = ch(FORM_VAR[form][:3]) if form in ("Pte Ltd", "Sdn Bhd") else FORM_VAR[form][0]


def inc_form(c):
    return wch([("Pte Ltd", 90), ("LLP", 10)]) if c == "SG" else wch([("Sdn Bhd", 88), ("PLT", 7), ("Bhd", 5)])


def make_business(c, sub, stem=None, style=None):
    """Fresh business of the given subtype (not outlet/hotel/canteen kinds)."""
    for _ in range(200):
        e = new_biz_shell(c, sub)
        style = style or (wch([("hk", 50), ("en", 30), ("mly", 10), ("ind", 10)]) if c == "SG" else wch([("hk", 45), ("mly", 30), ("en", 13), ("ind", 12)]))
        e["stem"] = stem or stem_for(style)
        e["contact"] = fresh_person(c) if p(0.6) else None
        if sub in ("trading", "restaurant", "caterer", "bakery"):
            e["desc"] = ch(DESC[sub])
            if sub == "caterer" and c == "MY" and style == "mly" and p(0.5):
                e["desc"] = "Katering"
            if sub == "restaurant" and c == "MY" and style in ("mly", "ind") and p(0.6):
                e["legal_base"] = "Restoran %s" % e["stem"]
            else:
                e["legal_base"] = "%s %s" % (e["stem"], e["desc"])
            if p(0.72):
                set_form(e, inc_form(c))
            else:  # sole proprietorship / partnership under a trading name
                if sub == "trading" or p(0.4):
                    e["legal_base"] = "%s %s" % (e["stem"], ch(["Enterprise", "Trading", "Trading Co", "Enterprise", "Food Enterprise"]))
                e["owner"] = e["contact"] or fresh_person(c)
                e["contact"] = e["owner"]
            if p(0.25) and sub in ("restaurant", "caterer", "bakery") and e["form"]:
                e["trading"] = "%s %s" % (stem_for(ch(["en", "hk"])), ch(["Kitchen", "Cafe", "Bakes", "Eating House", "Bistro", "Catering"]))
            e["disp"] = e["trading"] or legal_full(e)
        elif sub == "publicco":
            e["desc"] = ch(["Food Holdings", "Resources", "Group", "Food Industries"])
            e["legal_base"] = "%s %s" % (e["stem"], e["desc"])
            if c == "SG":
                e["form"], e["form_canon"] = None, None
                e["legal_base"] += " Limited" if p(0.5) else " Ltd"
            else:
                set_form(e, "Bhd")
            e["disp"] = legal_full(e)
        elif sub == "coffeeshop":
            e["owner"] = fresh_person(c, eth="cn" if p(0.8) else None)
            e["contact"] = e["owner"]
            if c == "SG":
                e["legal_base"] = "%s %s" % (e["stem"], ch(["Eating House", "Coffee Shop", "Food House", "Coffeeshop"]))
            else:
                e["legal_base"] = ch(["Kedai Kopi %s", "Restoran %s", "%s Kopitiam", "Restoran %s"]) % e["stem"]
            e["disp"] = e["legal_base"]
        elif sub == "hawker":
            e["owner"] = fresh_person(c)
            e["contact"] = e["owner"]
            eth = e["owner"]["eth"]
            if eth == "cn":
                nick = "Ah " + e["owner"]["given"].split()[-1] if p(0.5) else e["stem"]
                e["stem"] = nick
                e["legal_base"] = "%s %s" % (nick, ch(HAWKER_DISH_CN))
            elif eth == "my":
                e["stem"] = ch(["%s", "Warung %s", "Gerai %s"]) % (e["owner"]["core"].split()[0] if p(0.5) else stem_for("mly"))
                e["legal_base"] = "%s %s" % (e["stem"], ch(HAWKER_DISH_MY))
            else:
                e["stem"] = ch(["%s", "%s's"]) % (e["owner"]["given"]) if p(0.5) else stem_for("ind")
                e["legal_base"] = "%s %s" % (e["stem"], ch(HAWKER_DISH_IN))
            e["disp"] = e["legal_base"]
        else:
            raise ValueError(sub)
        if reg_name(e["disp"]) and (e["disp"] == legal_full(e) or reg_name(legal_full(e))):
            break
    # contact channels
    if e["form"] or sub == "publicco":
        e["domain"] = biz_domain(e["stem"], e["desc"], c)
    if sub == "hawker":
        e["addrs"] = [sg_hawker() if c == "SG" else my_stall()]
    elif sub == "coffeeshop":
        e["addrs"] = [sg_biz("hdbshop") if c == "SG" else my_biz(kind="shop")]
    else:
        e["addrs"] = [sg_biz() if c == "SG" else my_biz()]
    fill_biz_channels(e)
    return e


def fill_biz_channels(e):
    a = e["addrs"][0]
    small = not e["form"] and e["sub"] != "publicco"
    if small:
        mob = e["owner"]["mob"] if e["owner"] and e["owner"].get("mob") else mobile_for(e["c"])
        if e["owner"]:
            e["owner"]["mob"] = mob
        e["phones"] = [mob] + ([land_for(a)] if p(0.3) else [])
    elif e["contact"] is not None and e["sub"] in ("trading", "restaurant", "caterer", "bakery") and p(0.3):
        mob = e["contact"].get("mob") or mobile_for(e["c"])
        e["contact"]["mob"] = mob
        e["phones"] = [mob] + ([land_for(a)] if p(0.5) else [])
    else:
        e["phones"] = [land_for(a)] + ([mobile_for(e["c"])] if p(0.35) else [])
        if e["contact"] is not None and len(e["phones"]) > 1:
            e["contact"]["mob"] = e["phones"][1]
    e["emails"] = [biz_email(e)] if p(0.93) else []
    if p(0.5):
        e["emails"].append(biz_email(e))


def person_entity(c, pe=None, addr=None):
    pe = pe or fresh_person(c)
    pe["addrs"] = [addr or (sg_home() if c == "SG" else my_home())]
    pe["mob"] = pe.get("mob") or mobile_for(c)
    pe["phones"] = [pe["mob"]] + ([land_for(pe["addrs"][0])] if p(0.2) else [])
    pe["emails"] = [person_email(pe)] if p(0.9) else []
    if p(0.3):
        pe["emails"].append(person_email(pe))
    pe["disp"] = person_canon(pe)[0]
    return pe


def make_chain(c, franchise=False):
    style = wch([("en", 60), ("hk", 25), ("mly", 15 if c == "MY" else 3)])
    for _ in range(100):
        if franchise:
            brand = ch(["Kopi %s", "%s Bubble Tea", "%s Chicken Rice", "%s Waffles", "%s Kopitiam", "%s Toast",
                        "%s Mala Hotpot", "%s Nasi Lemak"]) % stem_for(style).split()[-1 if style == "en" else 0]
        else:
            brand = stem_for(style) + ch(["", "", " Kitchen", " Cafe", " Bistro", " Noodle Bar", " Bakery"])
        if reg_name(brand):
            break
    chain = dict(brand=brand, c=c, franchise=franchise, used=[], fmt=ch(["%s (%s)", "%s - %s", "%s @ %s"]),
                 legal=None, form=None, domain=slug(brand) + (".com.sg" if c == "SG" else ".com.my"))
    chain["legal_base"] = "%s %s" % (brand.replace(" Kitchen", "").replace(" Cafe", ""), ch(["F&B", "Holdings", "Group", "Food & Beverage", "Concepts"]))
    chain["form"] = "Pte Ltd" if c == "SG" else "Sdn Bhd"
    chain["hq_email"] = uniq_email(ch(["accounts", "finance", "ap", "procurement"]), chain["domain"])
    chain["hq_phone"] = sg_land() if c == "SG" else my_land("03" if p(0.6) else ch(["04", "07"]))
    return chain


def chain_outlet_loc(chain):
    c = chain["c"]
    for _ in range(100):
        if c == "SG":
            if p(0.65):
                m = ch(SG_MALL)
                label, addr = m[0], sg_mall(m)
            else:
                label, (st, sec) = ch(OUTLET_AREAS_SG)
                addr = A(c="SG", kind="shop", no=str(R.randint(1, 480)), street=st, unit=None, city="Singapore",
                         pc=sec + "%04d" % R.randint(1000, 9999))
        else:
            if p(0.55):
                m = ch(MY_MALL)
                label, addr = m[0], my_mall(m)
            else:
                ar = my_area()
                label = ar[3] or ar[0]
                addr = my_biz(kind="shop")
                addr.update(city=ar[0], region=ar[1], pc=ar[2], area=ar[3], street=ch(ar[4]), pa=ar[5])
        if label not in chain["used"]:
            chain["used"].append(label)
            return label, addr
    raise RuntimeError("no outlet location")


def make_outlet(chain, franchisee=None):
    c = chain["c"]
    e = new_biz_shell(c, "franchise_outlet" if chain["franchise"] else "chain_outlet")
    label, addr = chain_outlet_loc(chain)
    e.update(brand=chain["brand"], outlet=label, group=chain, stem=chain["brand"])
    e["disp"] = chain["fmt"] % (chain["brand"], label)
    e["addrs"] = [addr]
    e["contact"] = fresh_person(c) if p(0.55) else None
    if chain["franchise"]:
        fr = franchisee or make_franchisee(c, label)
        e["franchisee"] = fr
        e["legal_base"], e["form"], e["form_canon"] = fr["legal_base"], fr["form"], fr["form_canon"]
        e["domain"] = None
        e["phones"] = [fr["phone"]] if franchisee is not None and p(0.5) else [land_for(addr) if p(0.5) else mobile_for(c)]
        e["emails"] = [fr["email"]]
        if p(0.3):
            e["emails"].append(uniq_email(slug(label)[:12] + ch(["outlet", "", "store"]), chain["domain"]))
    else:
        e["legal_base"], e["form"] = chain["legal_base"], chain["form"]
        e["form_canon"] = ch(FORM_VAR[chain["form"]][:3])
        e["domain"] = chain["domain"]
        e["phones"] = [land_for(addr)] + ([chain["hq_phone"]] if p(0.15) else [])
        own = uniq_email(slug(label)[:14] + ch(["", "outlet", ".ops"]), chain["domain"])
        e["emails"] = [chain["hq_email"], own] if p(0.45) else [own, chain["hq_email"]]
    reg_name(e["disp"])
    return e


def make_franchisee(c, label):
    for _ in range(50):
        ini = "".join(ch("ABCDEFGHJKLMNPRSTWY") for _ in range(ch([2, 3])))
        base = "%s %s" % (ini if p(0.5) else stem_for("hk"), ch(["F&B", "Food Concepts", "Ventures", "Holdings", "Enterprise"]))
        if reg_name(base):
            break
    fr = dict(legal_base=base, form="Pte Ltd" if c == "SG" else "Sdn Bhd")
    fr["form_canon"] = ch(FORM_VAR[fr["form"]][:3])
    fr["phone"] = mobile_for(c)
    fr["email"] = uniq_email(slug(base), free_domain(c))
    return fr


def make_hotel(c):
    for _ in range(50):
        x = ch(HOTEL_X)
        name = "%s Hotel" % x if p(0.8) else "%s Resort" % x
        if reg_name(name):
            break
    zone = None if c == "SG" else wch(MY_WEIGHTS)
    addr = sg_biz("shop") if c == "SG" else my_biz(zone, kind="lot")
    addr["unit"] = None
    form = "Pte Ltd" if c == "SG" else "Sdn Bhd"
    dom = slug(x) + ch(["hotel", "hotels", ""]) + (".com.sg" if c == "SG" else ".com.my")
    return dict(name=name, c=c, addr=addr, legal_base=name, form=form, domain=dom, used=[],
                main_phone=land_for(addr), purch_email=uniq_email("purchasing", dom))


def make_hotel_outlet(h):
    e = new_biz_shell(h["c"], "hotel_outlet")
    label = ch([o for o in HOTEL_OUTLETS if o not in h["used"]])
    h["used"].append(label)
    e.update(brand=h["name"], outlet=label, group=h, stem=h["name"], legal_base=h["legal_base"], form=h["form"],
             domain=h["domain"])
    e["form_canon"] = ch(FORM_VAR[h["form"]][:3])
    e["disp"] = "%s - %s" % (h["name"], label)
    e["addrs"] = [dict(h["addr"])]
    e["contact"] = fresh_person(h["c"]) if p(0.7) else None
    e["phones"] = [h["main_phone"]] if p(0.5) else [land_for(h["addr"])]
    own = uniq_email(slug(label.split()[0]) + ch([".kitchen", "", ".chef", ".outlet"]), h["domain"])
    e["emails"] = [own] if p(0.6) else [h["purch_email"], own]
    reg_name(e["disp"])
    return e


def make_canteen(c, operator=None):
    e = new_biz_shell(c, "canteen")
    for _ in range(100):
        if c == "SG":
            hi = R.randrange(len(SG_HDB))
            school = "%s %s" % (SG_HDB_NAMES[hi], ch(SCHOOL_SG))
            disp = "%s Canteen" % school
        else:
            ar = my_area()
            place = (ar[3] or ar[0]).replace("Bandar Baru ", "")
            school = "%s %s" % (ch(["SK", "SMK", "SJK(C)", "SK", "SMK"]), place if not place.startswith("Taman") else place)
            if school.startswith("SJK(C)"):
                school = "SJK(C) %s" % stem_for("hk")
            disp = "Kantin %s" % school
        if reg_name(disp):
            break
    op = operator or make_business(c, "caterer")
    e.update(brand=school, outlet=school, stem=op["stem"], legal_base=op["legal_base"], form=op["form"],
             form_canon=op["form_canon"], domain=op["domain"], disp=disp, operator=op)
    if c == "SG":
        sec, streets = SG_HDB[hi]
        e["addrs"] = [A(c="SG", kind="shop", no=str(R.randint(1, 60)), street=ch(streets), city="Singapore",
                        pc=sec + "%04d" % R.randint(8000, 9999))]
    else:
        e["addrs"] = [my_biz(kind="lot")]
    e["contact"] = op["contact"] or fresh_person(c)
    e["phones"] = [op["phones"][0]] if p(0.5) else [mobile_for(c)]
    e["emails"] = list(op["emails"][:1]) or [biz_email(op, free=True)]
    return e


# ---------------------------------------------------------------- rendering
def empty_contact():
    return dict(displayName=None, givenName=None, familyName=None, companyName=None, email=None, phone=None,
                address=dict(line1=None, line2=None, city=None, region=None, postalCode=None, country=None))


def render_existing(e):
    """The customer as it sits in the QuickBooks list (one per entity)."""
    ct = empty_contact()
    tags = []
    if e["kind"] == "person":
        d, g, f = person_canon(e)
        if p(0.05) and e["sex"] == "m" and e["eth"] in ("cn", "in"):
            d = "Mr & Mrs " + d
            tags.append("name:household_account")
        ct.update(displayName=d, givenName=g, familyName=f)
        if p(0.06):
            ct["givenName"], ct["familyName"] = None, None
    else:
        ct["displayName"] = e["disp"]
        ct["companyName"] = legal_full(e) if p(0.9) else None
        if e["contact"]:
            _, g, f = person_canon(e["contact"])
            ct["givenName"], ct["familyName"] = g, f
    ct["email"] = e["emails"][0] if e["emails"] and p(0.95) else None
    ph = e["phones"][0] if p(0.94) else None
    e["_ph"] = ph
    ct["phone"] = fmt_phone(ph, canonical=True) if ph else None
    ad = render_addr(e["addrs"][0])
    if p(0.3) and ad["country"]:
        ad["country"] = {"Singapore": "SG", "Malaysia": "MY"}[ad["country"]]
    if p(0.03):
        ad = render_addr(None)
        tags.append("addr:missing")
    ct["address"] = ad
    if ct["email"] is None and ct["phone"] is None and ad["postalCode"] is None:
        ct["phone"] = fmt_phone(e["phones"][0], canonical=True)
        e["_ph"] = e["phones"][0]
    return ct, tags


BIZ_ABBR = [("Enterprise", "Ent."), ("Enterprise", "Ent"), ("Trading", "Trdg"), ("Restaurant", "Rest."),
            ("Restoran", "Rest."), ("Food Industries", "Food Ind."), ("Coffee Shop", "Coffeeshop"),
            ("Eating House", "Eating Hse"), ("Company", "Co."), ("Catering Services", "Catering Svcs")]


def biz_name_noise(n, e, tags, allow_struct=True):
    if " & " in n and p(0.3):
        n = n.replace(" & ", " and ")
        tags.append("name:amp_and")
    elif " and " in n and p(0.3):
        n = n.replace(" and ", " & ")
        tags.append("name:amp_and")
    if allow_struct:
        for a, b in BIZ_ABBR:
            if a in n and p(0.35):
                n = n.replace(a, b)
                tags.append("name:abbreviated")
                break
    r = R.random()
    if r < 0.12:
        n = n.upper()
        tags.append("name:upper")
    elif r < 0.17:
        n = n.lower()
        tags.append("name:lower")
    elif r < 0.22:
        n = n.title()
        tags.append("name:titlecase")
    if p(0.1):
        t = typo(n)
        if t:
            n = t
            tags.append("name:typo")
    return n


def legal_variant(e, tags):
    if not e["form"]:
        return legal_full(e)
    r = R.random()
    if r < 0.2:
        tags.append("name:legal_form_dropped")
        return e["legal_base"]
    if r < 0.75:
        fs = ch(FORM_VAR[e["form"]])
        if fs != e["form_canon"]:
            tags.append("name:legal_form_variant")
        base = e["legal_base"]
        if p(0.12) and e["form"] in ("Pte Ltd", "Sdn Bhd"):
            base += " (S)" if e["c"] == "SG" else " (M)"
            tags.append("name:country_marker")
        return "%s %s" % (base, fs)
    return legal_full(e)


def outlet_display(e, tags):
    b, o = e["brand"], e["outlet"]
    if e["sub"] == "hotel_outlet":
        opts = ["%s - %s" % (b, o), "%s, %s" % (o, b), "%s (%s)" % (b, o), "%s %s" % (b.replace("Hotel", "Htl"), o)]
    elif e["sub"] == "canteen":
        opts = [e["disp"], "%s (Canteen)" % b if e["c"] == "SG" else "%s (Kantin)" % b, "Canteen - %s" % b,
                "%s Canteen" % b if e["c"] == "MY" else "%s Canteen Operator" % b]
    else:
        opts = ["%s (%s)" % (b, o), "%s - %s" % (b, o), "%s @ %s" % (b, o), "%s %s" % (b, o), "%s %s Outlet" % (b, o)]
    d = ch(opts)
    if d != e["disp"]:
        tags.append("name:outlet_format")
    return d


def biz_variant(e, tags):
    """(display, companyName, given, family) for a differently written business record."""
    sub = e["sub"]
    k = None
    comp_legal = legal_variant(e, tags)
    if e.get("outlet"):
        d = biz_name_noise(outlet_display(e, tags), e, tags, allow_struct=False)
        comp = wch([(comp_legal, 55), (None, 35), (e.get("franchisee") and legal_full(e) or e["brand"], 10)])
    else:
        opts = [("legal", 45)]
        if e["trading"]:
            opts.append(("trading", 45))
        if e["owner"] and sub in ("hawker", "coffeeshop") or (e["owner"] and not e["form"]):
            opts.append(("owner", 12))
        if e["disp"] != legal_full(e):
            opts.append(("disp", 30))
        k = wch(opts)
        if k == "legal":
            d = comp_legal
            if e["trading"]:
                tags.append("name:legal_name_not_trading_name")
        elif k == "trading":
            d = e["trading"]
            if e["disp"] != e["trading"]:
                tags.append("name:trading_name")
        elif k == "disp":
            d = e["disp"]
        else:
            d, _, _ = person_variant(e["owner"], [])
            tags.append("name:owner_as_display")
        d = biz_name_noise(d, e, tags)
        if k == "owner":
            comp = e["disp"]
        else:
            comp = wch([(comp_legal, 50), (None, 35), (d, 15)])
    if comp is None:
        tags.append("company:missing")
    g = f = None
    r = R.random()
    sole = e["owner"] is not None and e["contact"] is e["owner"]
    if k == "owner":
        if p(0.5):
            _, g, f = person_canon(e["owner"])
    elif sole:
        if r < 0.45:
            _, g, f = person_canon(e["contact"])
        elif r < 0.65:
            _, g, f = person_variant(e["contact"], [])
            tags.append("contact:written_differently")
        else:
            tags.append("contact:dropped")
    elif e["contact"] is not None:
        if r < 0.35:
            _, g, f = person_canon(e["contact"])
        elif r < 0.5:
            _, g, f = person_variant(e["contact"], [])
            tags.append("contact:written_differently")
        elif r < 0.72:
            tags.append("contact:dropped")
        else:
            _, g, f = person_canon(new_person(e["c"]))
            tags.append("contact:changed_person")
    elif r < 0.3:
        _, g, f = person_canon(new_person(e["c"]))
        tags.append("contact:added")
    return d, comp, g, f


def email_same(em, tags):
    r = R.random()
    if r < 0.25:
        local, dom = em.split("@")
        em = ch([local.capitalize() + "@" + dom, em.upper(), local.title().replace(".", ".") + "@" + dom.capitalize()])
        tags.append("email:case_changed")
    elif r < 0.3:
        em = " " + em + " "
        tags.append("email:whitespace")
    return em


def phone_same(n, tags):
    f = fmt_phone(n)
    tags.append("phone:reformatted")
    return f


def name_light(d, kind, tags):
    """Near-identical rewrite of a display name (for name+postcode links)."""
    ops = ["case", "case", "title", "punct", "typo", "space"]
    if kind == "biz":
        ops += ["form", "form", "amp"]
    else:
        ops += ["comma", "muh", "bin", "so", "join"]
    out = d
    for op in R.sample(ops, ch([1, 1, 2])):
        new = out
        if op == "case":
            new = ch([out.upper(), out.lower(), out.title()])
        elif op == "title" and kind != "biz":
            new = "%s %s" % (ch(["Mr", "Ms", "Mdm", "Encik", "Puan", "Dr"]), out) if not re.match(r"(Mr|Ms|Mdm|Encik|Puan|Dr)\b", out) else out.split(" ", 1)[1]
        elif op == "punct":
            new = out.replace(".", "") if "." in out else out.replace(" ", "  ", 1)
        elif op == "typo" and len("".join(ntoks(out))) >= 10:
            new = typo(out) or out
        elif op == "space":
            new = out + " " if p(0.5) else out.replace(" ", "  ", 1)
        elif op == "form":
            for fm, vs in FORM_VAR.items():
                for v in sorted(vs, key=len, reverse=True):
                    if out.endswith(" " + v):
                        new = out[:-len(v) - 1] + ("" if p(0.35) else " " + ch(vs))
                        break
                if new != out:
                    break
        elif op == "amp":
            new = out.replace(" & ", " and ") if " & " in out else out.replace(" and ", " & ")
        elif op == "comma":
            parts = out.split(" ")
            if len(parts) == 3 and "/" not in out and parts[1] not in ("bin", "binti", "bte"):
                new = "%s, %s" % (parts[0], " ".join(parts[1:]))
        elif op == "muh":
            for m in MUH:
                if out.startswith(m + " "):
                    new = ch([x for x in MUH if x != m]) + out[len(m):]
                    break
        elif op == "bin":
            new = out.replace(" bin ", ch([" b. ", " B. ", " Bin "])).replace(" binti ", ch([" bt ", " bte ", " Binti "]))
        elif op == "so":
            for a, b in (("s/o", "a/l"), ("d/o", "a/p"), ("a/l", "s/o"), ("a/p", "d/o")):
                if " %s " % a in out:
                    new = out.replace(" %s " % a, " %s " % ch([b, a.upper()]))
                    break
        elif op == "join":
            parts = out.split(" ")
            if len(parts) == 3 and "/" not in out and parts[1] not in ("bin", "binti", "bte"):
                new = "%s %s%s" % (parts[0], parts[1], parts[2].lower())
        if new != out and near(new, d):
            out = new
            tags.append("name:light_" + op)
    return out


def render_incoming(e, refs, anchor=None, ref=None, force=(), first=False):
    """Render an incoming record.  refs: earlier records of this entity (dicts with ct, addr_obj)."""
    ct = empty_contact()
    tags = []
    kind = "person" if e["kind"] == "person" else "biz"
    # ---- name
    if anchor == "name":
        ct["displayName"] = name_light(ref["ct"]["displayName"], kind, tags)
        ct["givenName"], ct["familyName"], ct["companyName"] = ref["ct"]["givenName"], ref["ct"]["familyName"], ref["ct"]["companyName"]
        if kind == "biz" and p(0.4):
            ct["companyName"] = None if p(0.5) else legal_variant(e, tags)
            tags.append("company:changed")
    elif kind == "person":
        if first and p(0.5):
            d, g, f = person_canon(e)
        else:
            d, g, f = person_variant(e, tags)
        ct.update(displayName=d, givenName=g, familyName=f)
    else:
        if first and p(0.45):
            ct["displayName"] = e["disp"]
            ct["companyName"] = legal_full(e) if p(0.7) else None
            if e["contact"] and p(0.6):
                _, ct["givenName"], ct["familyName"] = person_canon(e["contact"])
        else:
            d, comp, g, f = biz_variant(e, tags)
            ct.update(displayName=d, companyName=comp, givenName=g, familyName=f)
    # ---- email
    if anchor == "email":
        ct["email"] = email_same(ref["ct"]["email"].strip(), tags)
    elif "email" in force and e["emails"]:
        ct["email"] = e["emails"][0]
    else:
        r = R.random()
        if not e["emails"] or r < 0.2:
            if e["emails"]:
                tags.append("email:missing")
        elif r < 0.5:
            ct["email"] = email_same(e["emails"][0], tags)
        elif r < 0.72:
            if len(e["emails"]) < 2:
                e["emails"].append(person_email(e) if kind == "person" else biz_email(e))
            ct["email"] = e["emails"][1] if p(0.8) else e["emails"][-1]
            tags.append("email:other_address")
        elif r < 0.8:
            em = e["emails"][0]
            local, dom = em.split("@")
            dom2 = {"gmail.com": ch(["gmial.com", "gmail.con", "gmail.co", "gamil.com"]), "hotmail.com": "hotmal.com",
                    "yahoo.com.sg": "yahoo.com", "yahoo.com": "yaho.com"}.get(dom)
            ct["email"] = local + "@" + dom2 if dom2 else (typo(local) or local + "1") + "@" + dom
            tags.append("email:typo")
        else:
            ct["email"] = e["emails"][0]
    # ---- phone
    ph = None
    if anchor == "phone":
        ph = ref["ph"]
        ct["phone"] = phone_same(ph, tags)
    elif "phone" in force:
        ph = e["phones"][0]
    else:
        r = R.random()
        if r < 0.2:
            tags.append("phone:missing")
        elif r < 0.52:
            ph = e["phones"][0]
        elif r < 0.7:
            if len(e["phones"]) < 2:
                e["phones"].append(mobile_for(e["c"]) if kind == "person" or p(0.5) else land_for(e["addrs"][0]))
            ph = e["phones"][1] if p(0.8) else e["phones"][-1]
            tags.append("phone:other_number")
        elif r < 0.82:
            ph = mobile_for(e["c"])
            e["phones"].append(ph)
            tags.append("phone:new_number")
        else:
            ph = e["phones"][-1]
    if ph and anchor != "phone":
        ct["phone"] = fmt_phone(ph)
    # ---- address
    if anchor == "name":
        a = ref["addr_obj"]
        ad = addr_noise(render_addr(a), a, tags, keep_pc=True)
        if npc(ad["postalCode"]) != npc(ref["ct"]["address"]["postalCode"]):
            ad["postalCode"] = ref["ct"]["address"]["postalCode"]
    else:
        a = e["addrs"][-1]
        if "addr" not in force and not first and e.get("sub") not in ("chain_outlet", "franchise_outlet", "hotel_outlet", "canteen") and p(0.13):
            if e.get("moved_to") is None:
                if kind == "person":
                    e["moved_to"] = (sg_home() if e["c"] == "SG" else my_home()) if p(0.9) else (my_home("JB") if e["c"] == "SG" else sg_home())
                else:
                    e["moved_to"] = sg_biz() if e["c"] == "SG" else my_biz()
                    if e["sub"] in ("hawker",):
                        e["moved_to"] = sg_hawker() if e["c"] == "SG" else my_stall()
            a = e["moved_to"]
            tags.append("addr:moved")
        if "addr" not in force and p(0.07):
            a = None
            tags.append("addr:missing")
        ad = addr_noise(render_addr(a), a, tags) if a else render_addr(None)
    ct["address"] = ad
    if not ct["email"] and not ph and not (a is not None and npc(ad["postalCode"])):
        ph = e["phones"][0]
        ct["phone"] = fmt_phone(ph)
        tags = [t for t in tags if t != "phone:missing"]
    return ct, tags, a, ph


# ---------------------------------------------------------------- build the existing list
def build_existing():
    ents = []
    n_target = N_EXISTING
    n_person = 525
    for _ in range(n_person):
        c = "SG" if p(0.55) else "MY"
        ents.append(person_entity(c))
    chains = []
    for i in range(24):
        c = "SG" if i < 14 else "MY"
        ch_ = make_chain(c)
        chains.append(ch_)
        for _ in range(R.randint(3, 5)):
            ents.append(make_outlet(ch_))
    franchises = []
    for i in range(8):
        c = "SG" if i < 5 else "MY"
        fr = make_chain(c, franchise=True)
        franchises.append(fr)
        prev = None
        for _ in range(R.randint(3, 4)):
            o = make_outlet(fr, franchisee=prev["franchisee"] if (prev and p(0.25)) else None)
            ents.append(o)
            prev = o
    hotels = []
    for i in range(16):
        c = "SG" if i < 9 else "MY"
        h = make_hotel(c)
        hotels.append(h)
        for _ in range(R.choice([1, 2, 2, 3])):
            ents.append(make_hotel_outlet(h))
    ops = []
    for i in range(36):
        c = "SG" if i < 20 else "MY"
        op = ops[-1] if (ops and p(0.2) and ops[-1]["c"] == c) else None
        can = make_canteen(c, op)
        ops.append(can["operator"])
        ents.append(can)
    n_rest = n_target - len(ents)
    subs = [("restaurant", 24), ("trading", 19), ("coffeeshop", 12), ("hawker", 17), ("caterer", 9), ("bakery", 12),
            ("publicco", 1)]
    for _ in range(n_rest):
        c = "SG" if p(0.55) else "MY"
        ents.append(make_business(c, wch(subs)))
    return ents, chains, franchises, hotels


# ---------------------------------------------------------------- hard negatives
def hn_sister(x):
    e = make_business(x["c"], "trading", stem=x["stem"])
    desc = ch([d for d in SISTER_DESC if d.split()[0] not in x["legal_base"]])
    e["desc"] = desc
    e["legal_base"] = "%s %s" % (x["stem"], desc)
    set_form(e, x["form"])
    e["trading"] = None
    e["owner"] = None
    e["disp"] = legal_full(e)
    reg_name(e["disp"])
    shares = []
    if x["contact"] is not None and p(0.6):
        e["contact"] = x["contact"]
        shares.append("contact_person")
    if p(0.65):
        e["addrs"] = [dict(x["addrs"][0])]
        shares.append("address")
    if p(0.45) and x["phones"]:
        e["phones"] = [x["phones"][0]] + e["phones"][1:]
        shares.append("phone")
    r = R.random()
    if r < 0.3 and x["emails"]:
        e["emails"] = [x["emails"][0]]
        shares.append("email")
    elif r < 0.6 and x.get("domain"):
        e["domain"] = x["domain"]
        e["emails"] = [biz_email(e, free=False)]
        shares.append("email_domain")
    return e, shares


def hn_cross_border(x):
    c2 = "MY" if x["c"] == "SG" else "SG"
    e = new_biz_shell(c2, x["sub"])
    e.update(stem=x["stem"], desc=x["desc"], legal_base=x["legal_base"], trading=None)
    set_form(e, "Sdn Bhd" if c2 == "MY" else "Pte Ltd")
    if p(0.4):
        e["legal_base"] += " (M)" if c2 == "MY" else " (S)"
    e["disp"] = legal_full(e)
    reg_name(e["disp"])
    shares = []
    e["contact"] = x["contact"] if (x["contact"] is not None and p(0.5)) else fresh_person(c2)
    if e["contact"] is x["contact"]:
        shares.append("contact_person")
    e["addrs"] = [sg_biz() if c2 == "SG" else my_biz(wch([("JB", 60), ("KL", 25), ("PG", 15)]))]
    e["domain"] = slug(x["stem"]) + (".com.my" if c2 == "MY" else ".com.sg")
    fill_biz_channels(e)
    if p(0.15) and x["emails"]:
        e["emails"] = [x["emails"][0]]
        shares.append("email")
    else:
        shares.append("brand_domain")
    return e, shares


def hn_person_vs_company(x):
    shares = []
    if x["kind"] == "person":
        e = new_biz_shell(x["c"], "restaurant")
        eth = x["eth"]
        if eth == "cn":
            nm = ch([x["given"], x["west"] or x["given"], "".join(w[0] for w in ([x["sur"]] + x["given"].split()))])
        elif eth == "my":
            nm = x["core"].split()[0]
        else:
            nm = x["given"]
        desc = ch(["F&B", "Catering", "Food Trading", "Kitchen", "Bakes", "Food Services", "Cakes"])
        e.update(stem=nm, desc=desc, legal_base="%s %s" % (nm, desc))
        set_form(e, "Pte Ltd" if x["c"] == "SG" else "Sdn Bhd")
        e["disp"] = legal_full(e)
        reg_name(e["disp"])
        e["contact"] = x
        shares.append("contact_person")
        e["addrs"] = [dict(x["addrs"][0])] if p(0.4) else [sg_biz() if x["c"] == "SG" else my_biz()]
        if e["addrs"][0]["kind"] in ("hdb", "priv", "myhome"):
            shares.append("address")
        e["domain"] = biz_domain(nm, desc, x["c"])
        e["phones"] = [x["phones"][0]] if p(0.7) else [mobile_for(x["c"])]
        if e["phones"][0] == x["phones"][0]:
            shares.append("phone")
        if p(0.4) and x["emails"]:
            e["emails"] = [x["emails"][0]]
            shares.append("email")
        else:
            e["emails"] = [biz_email(e)]
        return e, shares
    # company -> its director / owner buying personally
    pe = x["contact"]
    e = dict(pe)
    e["addrs"] = [sg_home() if x["c"] == "SG" else my_home({"03": "KL", "04": "PG", "07": "JB"}.get(x["addrs"][0]["pa"]))]
    mob = pe.get("mob")
    if mob and mob in x["phones"]:
        e["phones"] = [mob]
        shares.append("phone")
    else:
        e["phones"] = [mobile_for(x["c"])]
    e["mob"] = e["phones"][0]
    if p(0.25) and x["emails"] and "gmail" in x["emails"][0]:
        e["emails"] = [x["emails"][0]]
        shares.append("email")
    else:
        e["emails"] = [person_email(e)]
    e["disp"] = person_canon(e)[0]
    shares.append("name_of_contact")
    return e, shares


def sibling_given(x):
    syl = x["given"].split()
    for _ in range(100):
        if p(0.5):
            g = "%s %s" % (syl[0], ch(CN_SYL))
        else:
            a, b = R.sample(CN_SYL, 2)
            g = "%s %s" % (a, b)
        g2 = g.split()
        if g2[0] == g2[1] or g == x["given"]:
            continue
        if not near("%s %s" % (x["sur"], g), "%s %s" % (x["sur"], x["given"])) and \
                not within1(g2[-1].lower(), syl[-1].lower()) and not near_taken("%s %s" % (x["sur"], g)):
            return g
    return None


def hn_relative(x):
    c = x["c"]
    eth = x["eth"]
    rel = ch(["sibling", "child", "spouse"])
    y = None
    for _ in range(50):
        if eth == "cn":
            if rel == "spouse":
                y = new_person(c, "cn", "f" if x["sex"] == "m" else "m")
            else:
                g = sibling_given(x)
                if not g:
                    continue
                y = new_person(c, "cn")
                y["sur"], y["given"] = x["sur"], g
                if y["style"] in ("west", "west_cn") and x["west"] and y["west"] == x["west"]:
                    y["west"] = None
                    y["style"] = "cn"
        elif eth == "my":
            y = new_person(c, "my")
            if rel == "sibling":
                y["father"] = x["father"]
            elif rel == "child" and x["sex"] == "m":
                y["father"] = my_full(x)
            if y["core"] == x["core"]:
                continue
        else:
            y = new_person(c, "in")
            if rel == "sibling":
                y["father"] = x["father"]
            elif rel == "child" and x["sex"] == "m":
                y["father"] = x["given"]
            if y["given"] == x["given"]:
                continue
        if y and not near_taken(pkey_str(y)) and not near(person_canon(y)[0], person_canon(x)[0]):
            break
        y = None
    if y is None:
        raise RuntimeError("relative")
    reg_name(pkey_str(y))
    shares = ["address"]
    pe = person_entity(c, y, addr=dict(x["addrs"][0]))
    if len(x["phones"]) > 1 and p(0.7):
        pe["phones"] = [x["phones"][1], pe["phones"][0]]
        shares.append("home_phone")
    elif p(0.15) and x["emails"]:
        pe["emails"] = [x["emails"][0]] + pe["emails"]
        shares.append("family_email")
    return pe, shares + ["relation_" + rel]


def hn_namesake(x):
    y = dict((k, v) for k, v in x.items() if k not in ("addrs", "phones", "emails", "mob", "disp", "moved_to"))
    if y["eth"] == "cn" and y["west"] and p(0.5):
        y["west"] = ch(WEST_M if y["sex"] == "m" else WEST_F)
        if y["west"] == x["west"]:
            y["west"] = None
            y["style"] = "cn"
    if p(0.7):
        y["style"] = x["style"]
    c = x["c"] if p(0.6) else ("MY" if x["c"] == "SG" else "SG")
    y["c"] = c
    if y["eth"] == "in":
        y["conn"] = ("s/o" if y["sex"] == "m" else "d/o") if c == "SG" else ("a/l" if y["sex"] == "m" else "a/p")
    for _ in range(50):
        a = sg_home() if c == "SG" else my_home()
        if a["pc"] != x["addrs"][0]["pc"] and (c != x["c"] or c == "SG" or a["city"] != x["addrs"][0]["city"]):
            break
    y["mob"] = None
    pe = person_entity(c, y, addr=a)
    return pe, ["same_name", "elsewhere_" + (a["city"] if c == "MY" else "Singapore")]


def hn_business_namesake(x):
    c = x["c"] if p(0.7) else ("MY" if x["c"] == "SG" else "SG")
    e = new_biz_shell(c, x["sub"])
    e.update(stem=x["stem"], desc=x["desc"], legal_base=x["legal_base"], disp=x["disp"], trading=x["trading"])
    if x["form"]:
        set_form(e, inc_form(c) if c != x["c"] else x["form"])
    e["owner"] = fresh_person(c)
    e["contact"] = e["owner"]
    for _ in range(50):
        if x["sub"] == "hawker":
            a = sg_hawker() if c == "SG" else my_stall()
        elif x["sub"] == "coffeeshop":
            a = sg_biz("hdbshop") if c == "SG" else my_biz(kind="shop")
        else:
            a = sg_biz(ch(["shop", "hdbshop"])) if c == "SG" else my_biz(kind="shop")
        if a["pc"] != x["addrs"][0]["pc"] and (c == "SG" or a["city"] != x["addrs"][0]["city"]):
            break
    e["addrs"] = [a]
    e["domain"] = None
    fill_biz_channels(e)
    return e, ["same_trading_name", "elsewhere_" + a["city"]]


def hn_neighbour_stall(x):
    c = x["c"]
    e = make_business(c, "hawker")
    base = x["addrs"][0]
    used = {x["addrs"][0]["unit"]}
    for _ in range(50):
        a = sg_hawker((base["bldg"], base["street"], base["pc"])) if c == "SG" else my_stall(base)
        if a["unit"] not in used:
            break
    e["addrs"] = [a]
    return e, ["same_premises_postcode"]


# ---------------------------------------------------------------- main assembly
def main():
    ents, chains, franchises, hotels = build_existing()
    for e in ents:
        e["id"] = new_id()
    # existing records, listed alphabetically like a QBO export
    ex_recs = []
    for e in ents:
        ct, tags = render_existing(e)
        ex_recs.append(dict(e=e, ct=ct, tags=tags, addr_obj=e["addrs"][0] if ct["address"]["line1"] else None, ph=e["_ph"]))
    seen = {}
    for r in ex_recs:
        k = r["ct"]["displayName"].strip().lower()
        if k in seen:
            e = r["e"]
            if e["kind"] == "person" and e["eth"] == "cn":
                for st in ("west_cn", "cn", "cn_w"):
                    if st == "west_cn" and not e["west"]:
                        continue
                    e["style"] = st
                    d, g, f = person_canon(e)
                    if d.strip().lower() not in seen:
                        break
                r["ct"].update(displayName=d, givenName=g, familyName=f)
                e["disp"] = d
                r["tags"].append("name:style_changed_for_unique_display")
            k = r["ct"]["displayName"].strip().lower()
            if k in seen:
                r["ct"]["displayName"] += " (%s)" % (r["ct"]["address"]["city"] or e["c"])
                r["tags"].append("name:disambiguated")
                k = r["ct"]["displayName"].strip().lower()
        assert k not in seen, k
        seen[k] = 1
    ex_recs.sort(key=lambda r: (r["ct"]["displayName"].lower(), r["e"]["id"]))
    for i, r in enumerate(ex_recs):
        r["line"] = i + 1

    by_id = dict((e["id"], e) for e in ents)
    ex_rec_by_id = dict((r["e"]["id"], r) for r in ex_recs)

    # ---- choose incoming events
    events = []   # (pos, seq, kind, entity, extra)
    seq = [0]

    def add(pos, kind, e, extra=None):
        seq[0] += 1
        events.append((pos, seq[0], kind, e, extra or {}))

    ids_sorted = sorted(by_id)
    match_ids = R.sample(ids_sorted, N_MATCH_ENT)
    twice = R.sample(match_ids, N_MATCH_TWICE)
    for i in match_ids:
        pos = R.random()
        add(pos, "existing_match", by_id[i])
        if i in twice:
            add(pos + (1 - pos) * R.uniform(0.05, 1.0), "existing_match", by_id[i], {"second": True})

    new_ents = []
    for _ in range(N_NEW_PLAIN):
        c = "SG" if p(0.55) else "MY"
        r = R.random()
        if r < 0.35:
            e = person_entity(c)
        else:
            e = make_business(c, wch([("restaurant", 24), ("trading", 19), ("coffeeshop", 12), ("hawker", 17),
                                      ("caterer", 9), ("bakery", 12)]))
        e["id"] = new_id()
        new_ents.append((e, None))
    # hard negatives
    persons = [e for e in ents if e["kind"] == "person"]
    incs = [e for e in ents if e["kind"] == "biz" and e["form"] in ("Pte Ltd", "Sdn Bhd") and e["sub"] in ("trading", "restaurant", "caterer", "bakery")]
    used_x = {}

    def pick(pool, cond=lambda e: True):
        cands = [e for e in pool if e["id"] not in used_x and cond(e)]
        x = ch(cands)
        used_x[x["id"]] = 1
        return x

    for kind, n in HN_PLAN:
        for _ in range(n):
            if kind == "sister_company":
                x = pick(incs)
                y, sh = hn_sister(x)
            elif kind == "cross_border_entity":
                x = pick(incs, lambda e: e["stem"] and not e["legal_base"].startswith("Restoran"))
                y, sh = hn_cross_border(x)
            elif kind == "other_outlet_same_chain":
                x = pick([e for e in ents if e.get("sub") == "chain_outlet"])
                y = make_outlet(x["group"])
                sh = ["company_name"]
                if x["group"]["hq_email"] in y["emails"][:1]:
                    sh.append("hq_email")
                if x["group"]["hq_phone"] in y["phones"][:1]:
                    sh.append("hq_phone")
            elif kind == "other_franchise_outlet":
                x = pick([e for e in ents if e.get("sub") == "franchise_outlet"])
                same = p(0.3)
                y = make_outlet(x["group"], franchisee=x["franchisee"] if same else None)
                sh = ["brand"] + (["franchisee_company", "email"] if same else [])
            elif kind == "other_hotel_outlet":
                x = pick([e for e in ents if e.get("sub") == "hotel_outlet"], lambda e: len(e["group"]["used"]) < len(HOTEL_OUTLETS))
                y = make_hotel_outlet(x["group"])
                sh = ["address", "company_name"]
                if y["phones"][0] == x["phones"][0]:
                    sh.append("phone")
                if set(y["emails"]) & set(x["emails"]):
                    sh.append("email")
            elif kind == "person_vs_own_company":
                if p(0.6):
                    x = pick(persons)
                else:
                    x = pick([e for e in ents if e["kind"] == "biz" and e["form"] in ("Pte Ltd", "Sdn Bhd", "LLP", "PLT") and e["contact"] is not None and e["sub"] in ("trading", "restaurant", "caterer", "bakery") and e["contact"].get("mob") in e["phones"][:1]])
                y, sh = hn_person_vs_company(x)
            elif kind == "relative_same_address":
                x = pick(persons, lambda e: e["addrs"][0]["kind"] in ("hdb", "priv", "myhome"))
                y, sh = hn_relative(x)
            elif kind == "namesake_elsewhere":
                x = pick(persons)
                y, sh = hn_namesake(x)
            elif kind == "business_namesake_elsewhere":
                x = pick([e for e in ents if e.get("sub") in ("coffeeshop", "hawker") or (e.get("sub") in ("restaurant", "trading") and not e["form"])])
                y, sh = hn_business_namesake(x)
            elif kind == "neighbour_stall_same_centre":
                x = pick([e for e in ents if e.get("sub") == "hawker"])
                y, sh = hn_neighbour_stall(x)
            y["id"] = new_id()
            force = []
            if "email" in sh or "hq_email" in sh or "family_email" in sh:
                force.append("email")
            if "phone" in sh or "hq_phone" in sh or "home_phone" in sh:
                force.append("phone")
            if "address" in sh or "same_premises_postcode" in sh:
                force.append("addr")
            y["hn"] = (kind, x["id"], sh, force)
            new_ents.append((y, kind))
    new_order = list(range(len(new_ents)))
    R.shuffle(new_order)
    rep_counts = {}
    rep_pool = R.sample(new_order, 195)
    for i in rep_pool:
        rep_counts[i] = 1
    for i in R.sample(rep_pool, N_REPEAT - 195):
        rep_counts[i] = 2
    for i in range(len(new_ents)):
        e, kind = new_ents[i]
        pos = R.uniform(0.0, 0.93) if i in rep_counts else R.random()
        add(pos, "new", e)
        last = pos
        for _ in range(rep_counts.get(i, 0)):
            last = last + (1 - last) * R.uniform(0.03, 0.9)
            add(last, "repeat_of_new", e)
    events.sort(key=lambda t: (t[0], t[1]))

    # ---- render incoming in arrival order
    inc_recs = []
    prior = {}  # id -> list of earlier records (existing + incoming)
    for r in ex_recs:
        prior[r["e"]["id"]] = [r]
    used_disp = {}
    for pos, _, cat, e, extra in events:
        eid = e["id"]
        refs = prior.get(eid, [])
        for attempt in range(40):
            anchor, ref = None, None
            if cat in ("existing_match", "repeat_of_new"):
                okrefs = [r for r in refs if r["ct"]["email"] or r["ph"] or (r["addr_obj"] is not None and npc(r["ct"]["address"]["postalCode"]))]
                if cat == "existing_match" and p(0.65) and okrefs[0] is refs[0]:
                    ref = refs[0]
                else:
                    ref = ch(okrefs)
                opts = []
                if ref["ct"]["email"]:
                    opts.append(("email", 40))
                if ref["ph"]:
                    opts.append(("phone", 36))
                if npc(ref["ct"]["address"]["postalCode"]) and ref["addr_obj"] is not None:
                    opts.append(("name", 24))
                anchor = wch(opts)
            force = e["hn"][3] if (cat == "new" and e.get("hn")) else ()
            ct, tags, aobj, ph = render_incoming(e, refs, anchor, ref, force=force, first=(cat == "new"))
            k = ct["displayName"].strip().lower()
            if k not in used_disp:
                break
        else:
            ct["displayName"] = "%s (%s)" % (ct["displayName"], ct["address"]["city"] or ("SG" if e["c"] == "SG" else "MY"))
            tags.append("name:disambiguated")
            k = ct["displayName"].strip().lower()
            assert k not in used_disp, k
        used_disp[k] = 1
        meta_tags = []
        if cat == "new" and e.get("hn"):
            hk, xid, sh, _ = e["hn"]
            meta_tags += ["hard_negative:" + hk, "imitates:" + xid] + [
                ("detail:" if s.startswith(("elsewhere_", "relation_", "same_")) else "shares:") + s for s in sh]
        if extra.get("second"):
            meta_tags.append("second_arrival")
        if anchor:
            meta_tags += ["anchor:" + ("name+postcode" if anchor == "name" else anchor),
                          "anchor_ref:line%d" % ref["line"]]
        rec = dict(e=e, ct=ct, tags=meta_tags + tags, addr_obj=aobj, cat=cat, ph=ph, line=len(ex_recs) + len(inc_recs) + 1)
        inc_recs.append(rec)
        prior.setdefault(eid, []).append(rec)

    # ---- write
    lines, metas = [], []
    n = 0
    for r in ex_recs:
        n += 1
        assert r["line"] == n
        lines.append(dict(set="existing", entity=r["e"]["id"], contact=r["ct"]))
        metas.append(dict(line=n, entity=r["e"]["id"], category="existing", changes=r["tags"]))
    for r in inc_recs:
        n += 1
        assert r["line"] == n
        lines.append(dict(set="incoming", entity=r["e"]["id"], contact=r["ct"]))
        metas.append(dict(line=n, entity=r["e"]["id"], category=r["cat"], changes=r["tags"]))
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("wrote %d lines (%d existing, %d incoming)" % (len(lines), len(ex_recs), len(inc_recs)))


if __name__ == "__main__":
    main()
