#!/usr/bin/env python3
"""gb-lettings: synthetic labelled record-linkage benchmark.

Scenario: an invented letting and property-management agency with branches in
Leeds, Bristol and Cardiff keeps its customers in QuickBooks Online (GBP).
Upstream systems (PMS export, tenant-referencing portal, landlords' web form,
branch negotiators' notes) send customer records that must be linked to the
existing QuickBooks customer or recognised as new customers.

Python 3 standard library only.  One random.Random(SEED).  No iteration over
hash-ordered containers.  `python3 gen.py [--out DIR]` writes set.jsonl and
meta.jsonl.
"""
import json
import os
import re
import sys
import unicodedata
import random

SEED = 20240611
R = random.Random(SEED)

N_EXISTING = 1500
N_PERSON_EXISTING = 1050
N_ORG_EXISTING = 450
N_MATCH = 825
N_NEW_RECORDS = 525
N_HN = 150


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    """pairs: list of (item, weight)"""
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def sample(seq, k):
    return R.sample(list(seq), k)


# ---------------------------------------------------------------- names
# Each origin: male given names, female given names, surnames (Polish surnames
# are (masculine, feminine) pairs), and a weight.
ORIGINS = {
    "english": dict(w=30, m=[
        "James", "John", "David", "Robert", "Michael", "William", "Richard", "Thomas",
        "Christopher", "Daniel", "Matthew", "Andrew", "Mark", "Paul", "Stephen", "Peter",
        "Simon", "Jonathan", "Benjamin", "Samuel", "Oliver", "Jack", "Harry", "George",
        "Joshua", "Luke", "Adam", "Nathan", "Anthony", "Philip", "Graham", "Kevin",
        "Ian", "Neil", "Martin", "Edward", "Alexander", "Nicholas", "Timothy", "Joseph"],
        f=["Sarah", "Emma", "Laura", "Rebecca", "Charlotte", "Hannah", "Sophie", "Emily",
           "Jessica", "Lucy", "Amy", "Rachel", "Claire", "Helen", "Elizabeth", "Catherine",
           "Victoria", "Jennifer", "Nicola", "Joanne", "Karen", "Susan", "Margaret",
           "Patricia", "Jane", "Alice", "Olivia", "Grace", "Chloe", "Megan", "Deborah",
           "Alexandra", "Katherine", "Gillian", "Samantha", "Abigail", "Eleanor", "Harriet"],
        s=["Smith", "Brown", "Taylor", "Wilson", "Johnson", "White", "Wright", "Walker",
           "Robinson", "Thompson", "Green", "Hall", "Wood", "Harris", "Clarke", "Jackson",
           "Turner", "Hill", "Cooper", "Ward", "Baker", "Shaw", "Marshall", "Holmes",
           "Atkinson", "Barker", "Fletcher", "Booth", "Sutcliffe", "Ackroyd", "Haigh",
           "Hirst", "Greenwood", "Crowther", "Priestley", "Dyson", "Metcalfe", "Horsfall",
           "Pullin", "Tovey", "Gazzard", "Hale", "Cox", "Brimble", "Bendall", "Pearce",
           "Stokes", "Parsons", "Chapman", "Foster", "Webb", "Hunt", "Palmer", "Mason",
           "Kershaw", "Illingworth", "Thwaite", "Bairstow", "Midgley", "Fairclough",
           "Worthington", "Pickles", "Oldroyd", "Lister", "Binns", "Scholes"]),
    "welsh": dict(w=22, m=[
        "Dafydd", "Gareth", "Rhys", "Gwyn", "Emyr", "Huw", "Ieuan", "Iwan", "Owain",
        "Aled", "Rhodri", "Gwilym", "Meirion", "Dylan", "Geraint", "David", "John",
        "Gethin", "Hywel", "Islwyn", "Tomos", "Elis", "Cai", "Llŷr", "Bryn", "Alun",
        "Robert", "William", "Steffan", "Ioan"],
        f=["Cerys", "Angharad", "Siân", "Sioned", "Gwenllian", "Eleri", "Nia", "Bethan",
           "Rhiannon", "Ffion", "Catrin", "Lowri", "Mared", "Elin", "Carys", "Llinos",
           "Glenys", "Gwyneth", "Gwenda", "Manon", "Heledd", "Non", "Mair", "Megan",
           "Gwen", "Delyth", "Rhian", "Nerys", "Eirlys", "Menna"],
        s=["Jones", "Jones", "Jones", "Jones", "Davies", "Davies", "Davies", "Evans",
           "Evans", "Evans", "Williams", "Williams", "Thomas", "Thomas", "Roberts",
           "Hughes", "Lewis", "Morgan", "Griffiths", "Price", "Rees", "Powell", "Lloyd",
           "Jenkins", "Morris", "Owen", "Phillips", "James", "Pritchard", "Bevan", "Parry",
           "Pugh", "Prosser", "Howells", "Watkins", "Llewellyn", "Meredith", "Gwynne",
           "Lloyd-Williams", "Wynne-Jones", "Rhys-Evans", "Parry-Jones", "Vaughan-Thomas",
           "Powell-Davies", "ap Dafydd", "Tudor", "Vaughan", "Gravell"]),
    "scottish": dict(w=5, m=[
        "Alasdair", "Hamish", "Callum", "Euan", "Fraser", "Iain", "Ross", "Angus",
        "Ruaridh", "Gregor", "Duncan", "Murdo"],
        f=["Kirsty", "Morag", "Fiona", "Eilidh", "Mhairi", "Ailsa", "Isla", "Catriona",
           "Shona", "Iona"],
        s=["MacDonald", "McLeod", "Campbell", "Stewart", "Robertson", "Fraser",
           "MacKenzie", "Sutherland", "Murray", "McIntyre", "Cameron", "McGregor",
           "Buchanan", "Drummond", "Kerr", "McAllister"]),
    "irish": dict(w=5, m=[
        "Ciarán", "Seán", "Pádraig", "Eoin", "Cathal", "Declan", "Fergal", "Oisín",
        "Darragh", "Cormac", "Colm", "Niall"],
        f=["Siobhán", "Aoife", "Niamh", "Orla", "Róisín", "Caoimhe", "Sinéad", "Bríd",
           "Clodagh", "Gráinne"],
        s=["O'Brien", "O'Sullivan", "Murphy", "Kelly", "O'Connor", "Byrne", "Doyle",
           "Gallagher", "McCarthy", "O'Neill", "Fitzgerald", "Quinn", "Ó Briain",
           "Ní Bhriain", "McGuinness", "Brennan"]),
    "polish": dict(w=6, m=[
        "Krzysztof", "Piotr", "Tomasz", "Paweł", "Łukasz", "Michał", "Marcin",
        "Wojciech", "Grzegorz", "Jakub", "Mateusz", "Andrzej", "Bartłomiej"],
        f=["Agnieszka", "Katarzyna", "Małgorzata", "Magdalena", "Joanna", "Anna",
           "Aleksandra", "Monika", "Dorota", "Ewelina", "Justyna", "Żaneta"],
        s=[("Kowalski", "Kowalska"), ("Nowak", "Nowak"), ("Wiśniewski", "Wiśniewska"),
           ("Wójcik", "Wójcik"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
           ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Dąbrowski", "Dąbrowska"),
           ("Woźniak", "Woźniak"), ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"),
           ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"), ("Grabowski", "Grabowska"),
           ("Pawłowski", "Pawłowska"), ("Michalski", "Michalska")]),
    "romanian": dict(w=4, m=[
        "Andrei", "Mihai", "Ionuț", "Alexandru", "Florin", "Gheorghe", "Ștefan",
        "Cătălin", "Bogdan", "Marius", "Adrian", "Vlad"],
        f=["Ioana", "Elena", "Andreea", "Mihaela", "Alina", "Cristina", "Simona",
           "Roxana", "Larisa", "Oana", "Bianca", "Gabriela"],
        s=["Popescu", "Ionescu", "Popa", "Dumitru", "Stoica", "Constantin", "Stan",
           "Munteanu", "Gheorghiu", "Răducanu", "Țurcanu", "Moldovan", "Bălan",
           "Ciobanu", "Rusu", "Lungu"]),
    "pakistani": dict(w=9, m=[
        "Mohammed", "Mohammed", "Muhammad", "Imran", "Asif", "Tariq", "Zahid", "Shahid",
        "Kamran", "Usman", "Bilal", "Adeel", "Faisal", "Naveed", "Waqas", "Arshad",
        "Sajid", "Javed", "Amjad", "Irfan"],
        f=["Ayesha", "Fatima", "Saima", "Nadia", "Samina", "Rubina", "Shazia", "Nazia",
           "Amina", "Sadia", "Farzana", "Rukhsana", "Uzma", "Hina", "Sana", "Nasreen"],
        s=["Khan", "Khan", "Khan", "Hussain", "Hussain", "Ahmed", "Ali", "Akhtar",
           "Iqbal", "Rashid", "Mahmood", "Malik", "Butt", "Chaudhry", "Raja", "Shah",
           "Mirza", "Aslam", "Qureshi", "Anwar", "Sadiq", "Yousaf"]),
    "indian": dict(w=7, m=[
        "Rajesh", "Sanjay", "Vikram", "Arjun", "Rohit", "Amit", "Anil", "Harpreet",
        "Gurpreet", "Jaswinder", "Manjit", "Ravi", "Sunil", "Nikhil", "Pradeep",
        "Kuldip", "Jay", "Hitesh"],
        f=["Priya", "Anjali", "Deepa", "Sunita", "Kavita", "Neha", "Pooja", "Jaspreet",
           "Manpreet", "Rupinder", "Meera", "Hema", "Jaya", "Nisha", "Bhavna", "Komal"],
        s=["Patel", "Patel", "Patel", "Sharma", "Singh", "Gupta", "Mistry", "Shah",
           "Desai", "Joshi", "Parmar", "Sandhu", "Gill", "Dhillon", "Bains", "Chauhan",
           "Mehta", "Naidu", "Reddy", "Solanki", "Lad", "Kaur"]),
    "nigerian": dict(w=5, m=[
        "Chinedu", "Oluwaseun", "Adebayo", "Babatunde", "Emeka", "Ifeanyi", "Tunde",
        "Obinna", "Olumide", "Chukwuemeka", "Oluwatobi", "Kayode"],
        f=["Ngozi", "Chiamaka", "Folasade", "Funmilayo", "Adaeze", "Yetunde", "Temitope",
           "Oluwakemi", "Chioma", "Nneka", "Bukola", "Abimbola"],
        s=["Okafor", "Adeyemi", "Okonkwo", "Oladipo", "Balogun", "Eze", "Nwosu",
           "Ogunleye", "Afolabi", "Obi", "Chukwu", "Okoro", "Akinola", "Adewale",
           "Oyelaran", "Nwachukwu"]),
    "chinese": dict(w=4, m=[
        "Wei", "Ming", "Jun", "Hao", "Lei", "Jian", "Kevin", "Tony", "Chun", "Zhiwei"],
        f=["Jing", "Yan", "Hui", "Xin", "Li", "Xiaoling", "Michelle", "Mei", "Ying",
           "Fang"],
        s=["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
           "Chan", "Wong", "Cheung", "Lam", "Ng", "Leung"]),
    "somali": dict(w=3, m=[
        "Abdi", "Abdirahman", "Mohamed", "Ahmed", "Hassan", "Farah", "Yusuf", "Abdullahi",
        "Said", "Liban"],
        f=["Hodan", "Fadumo", "Amina", "Sahra", "Hawa", "Ifrah", "Nimco", "Ubah",
           "Deeqa", "Ayan"],
        s=["Mohamed", "Abdi", "Hassan", "Ali", "Farah", "Warsame", "Jama", "Egal", "Omar",
           "Osman", "Hersi", "Duale", "Yusuf", "Ismail", "Aden", "Nur"]),
}
ORIGIN_KEYS = list(ORIGINS.keys())  # insertion order, deterministic

NICKNAMES = {
    "Dafydd": ["Dai", "Dafi", "Dave"], "David": ["Dave", "Dai", "Davy"],
    "Gwenllian": ["Gwen"], "Gwyneth": ["Gwen"], "Gwendoline": ["Gwen"],
    "Robert": ["Rob", "Bob", "Robbie"], "William": ["Will", "Bill", "Billy"],
    "Richard": ["Rich", "Rick"], "Thomas": ["Tom", "Tommy"], "Tomos": ["Tom", "Twm"],
    "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
    "Andrew": ["Andy", "Drew"], "Michael": ["Mike", "Mick"], "Stephen": ["Steve"],
    "Peter": ["Pete"], "Jonathan": ["Jon", "Jonny"], "Benjamin": ["Ben"],
    "Samuel": ["Sam"], "Joshua": ["Josh"], "Anthony": ["Tony"], "Philip": ["Phil"],
    "Nicholas": ["Nick"], "Timothy": ["Tim"], "Joseph": ["Joe"], "Edward": ["Ed", "Ted"],
    "Alexander": ["Alex"], "James": ["Jim", "Jamie"], "Elizabeth": ["Liz", "Beth", "Lizzie"],
    "Catherine": ["Cath", "Kate"], "Katherine": ["Kate", "Kathy"], "Rebecca": ["Becky", "Becca"],
    "Jennifer": ["Jen", "Jenny"], "Margaret": ["Maggie", "Peggy"], "Victoria": ["Vicky", "Tori"],
    "Alexandra": ["Alex", "Lexi"], "Samantha": ["Sam"], "Abigail": ["Abi"],
    "Eleanor": ["Ellie"], "Deborah": ["Debbie"], "Patricia": ["Pat", "Trish"],
    "Susan": ["Sue"], "Gillian": ["Gill"], "Nicola": ["Nicky"], "Harriet": ["Hattie"],
    "Aleksandra": ["Ola"], "Katarzyna": ["Kasia", "Kate"], "Małgorzata": ["Gosia"],
    "Krzysztof": ["Krzys", "Chris"], "Wojciech": ["Wojtek"], "Grzegorz": ["Greg"],
    "Bartłomiej": ["Bartek"], "Mateusz": ["Matt"], "Jakub": ["Kuba"],
    "Mohammed": ["Mo"], "Muhammad": ["Mo"], "Oluwaseun": ["Seun"], "Babatunde": ["Tunde"],
    "Folasade": ["Sade"], "Oluwakemi": ["Kemi"], "Chiamaka": ["Amaka"], "Ifeanyi": ["Ify"],
    "Chukwuemeka": ["Emeka"], "Oluwatobi": ["Tobi"], "Funmilayo": ["Funmi"],
    "Gwilym": ["Gwil"], "Rhodri": ["Rhod"], "Angharad": ["Ang"], "Alasdair": ["Ali"],
    "Alexandru": ["Alex"], "Gheorghe": ["George"], "Catriona": ["Cat"],
    "Abdirahman": ["Abdi"], "Abdullahi": ["Abdi"], "Christine": ["Chris"],
    "Gurpreet": ["Gary"], "Harpreet": ["Harry"], "Jaswinder": ["Jas"], "Manjit": ["Manj"],
    "Zhiwei": ["David"], "Xiaoling": ["Linda"], "Ieuan": ["Ifan"], "Ioan": ["Ianto"],
    "Gareth": ["Gaz"], "Rhiannon": ["Rhi"], "Bethan": ["Beth"], "Sioned": ["Shoned"],
}

# Transliteration / spelling variants a different clerk might use
VARIANTS = {
    "Mohammed": ["Muhammad", "Mohammad", "Mohamed", "Muhammed", "Mohd"],
    "Muhammad": ["Mohammed", "Muhammed", "Mohammad"],
    "Mohamed": ["Mohammed", "Mohamud", "Maxamed"],
    "Hussain": ["Hussein", "Husain"], "Chaudhry": ["Chaudhary", "Choudhury", "Chaudri"],
    "Ahmed": ["Ahmad", "Ahmet"], "Mahmood": ["Mahmud", "Mehmood"], "Yusuf": ["Yousuf", "Yusef"],
    "Yousaf": ["Yusuf", "Yousuf"], "Abdirahman": ["Abdi Rahman", "Abdurahman"],
    "Fadumo": ["Faadumo", "Fatuma"], "Qureshi": ["Qureshy", "Kureshi"],
    "Dafydd": ["David", "Dafyd"], "Ieuan": ["Ifan", "Evan"], "Owain": ["Owen"],
    "Siân": ["Sian", "Shan"], "Ciarán": ["Kieran", "Ciaran"], "Seán": ["Sean", "Shaun"],
    "Siobhán": ["Siobhan", "Shivaun"], "Pádraig": ["Padraig", "Patrick"],
    "Wojciech": ["Voytek", "Wojciek"], "Łukasz": ["Lukasz", "Lucas"],
    "Paweł": ["Pawel", "Paul"], "Michał": ["Michal", "Michael"],
    "MacDonald": ["McDonald", "Macdonald"], "McLeod": ["MacLeod", "Mcleod"],
    "MacKenzie": ["McKenzie", "Mackenzie"], "McIntyre": ["MacIntyre"],
    "Llewellyn": ["Llewelyn", "Llywelyn"], "Meredith": ["Meridith"],
    "Gwynne": ["Gwyn"], "Prosser": ["Prossor"], "Pritchard": ["Prichard"],
    "Olumide": ["Olumidé"], "Oyelaran": ["Oyelaren"], "Nwachukwu": ["Nwachuku"],
    "Chaudhary": ["Chaudhry"], "Kaur": ["Kour"], "Jaswinder": ["Jasvinder"],
    "Gurpreet": ["Gurprit"], "Cheung": ["Chueng"], "Abdullahi": ["Abdillahi"],
}

TITLES_M = [("Mr", 92), ("Dr", 5), ("Revd", 1)]
TITLES_F = [("Mrs", 40), ("Ms", 30), ("Miss", 24), ("Dr", 5), ("Revd", 1)]


# ---------------------------------------------------------------- text helpers
ASCII_MAP = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "đ": "d"}


def ascii_fold(s):
    if s is None:
        return None
    s = "".join(ASCII_MAP.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def mojibake(s):
    """UTF-8 bytes read as Latin-1 / cp1252, as old imports do."""
    try:
        return s.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return s.encode("utf-8").decode("latin-1")


def has_accent(s):
    return s is not None and ascii_fold(s) != s


def title_case(s):
    out = []
    for w in re.split(r"(\s+|-)", s):
        if w.strip() == "" or w == "-":
            out.append(w)
        elif w.lower() in ("y", "yr", "ap", "of", "and", "the", "de", "t/a", "&") and out:
            out.append(w.lower())
        else:
            out.append(w[:1].upper() + w[1:].lower())
    return "".join(out)


def alnum_key(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s or "").casefold())


# ---------------------------------------------------------------- places
POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

# town key -> (post town, Welsh name or None, county options, country word,
#               landline kind, branch, [(locality, Welsh locality or None, [outward codes])])
TOWNS = {
    "leeds": ("Leeds", None, [("West Yorkshire", 6), ("W Yorks", 1), ("Yorkshire", 1), (None, 4)],
              "England", "0113", "Leeds",
              [("Headingley", None, ["LS6"]), ("Hyde Park", None, ["LS6"]),
               ("Meanwood", None, ["LS6"]), ("Burley", None, ["LS4"]),
               ("Kirkstall", None, ["LS5"]), ("Woodhouse", None, ["LS2", "LS6"]),
               (None, None, ["LS1", "LS2"]), ("Chapel Allerton", None, ["LS7"]),
               ("Roundhay", None, ["LS8"]), ("Harehills", None, ["LS8", "LS9"]),
               ("Beeston", None, ["LS11"]), ("Armley", None, ["LS12"]),
               ("Moortown", None, ["LS17"]), ("Horsforth", None, ["LS18"]),
               ("Far Headingley", None, ["LS6", "LS16"])]),
    "bristol": ("Bristol", None, [("Bristol", 3), ("City of Bristol", 2), ("Avon", 2), (None, 5)],
                "England", "0117", "Bristol",
                [("Clifton", None, ["BS8"]), ("Redland", None, ["BS6"]), ("Cotham", None, ["BS6"]),
                 ("Montpelier", None, ["BS6"]), ("Bishopston", None, ["BS7"]),
                 ("Horfield", None, ["BS7"]), ("Easton", None, ["BS5"]),
                 ("Southville", None, ["BS3"]), ("Bedminster", None, ["BS3"]),
                 ("Totterdown", None, ["BS4"]), ("Fishponds", None, ["BS16"]),
                 ("St Pauls", None, ["BS2"]), ("Kingsdown", None, ["BS2"]),
                 ("Hotwells", None, ["BS8"]), (None, None, ["BS1"])]),
    "cardiff": ("Cardiff", "Caerdydd", [("South Glamorgan", 5), ("Cardiff", 2), ("Caerdydd", 1),
                                        ("S Glam", 1), (None, 4)],
                "Wales", "029", "Cardiff",
                [("Cathays", "Cathays", ["CF24"]), ("Roath", "Y Rhath", ["CF24"]),
                 ("Adamsdown", "Y Waun Ddyfal", ["CF24"]), ("Splott", "Sblot", ["CF24"]),
                 ("Canton", "Treganna", ["CF5", "CF11"]), ("Pontcanna", "Pontcanna", ["CF11"]),
                 ("Grangetown", "Trelluest", ["CF11"]), ("Llandaff", "Llandaf", ["CF5"]),
                 ("Whitchurch", "Yr Eglwys Newydd", ["CF14"]), ("Heath", "Y Mynydd Bychan", ["CF14"]),
                 ("Rhiwbina", "Rhiwbeina", ["CF14"]), ("Penylan", "Pen-y-lan", ["CF23"]),
                 ("Llanishen", "Llanisien", ["CF14"]), ("Butetown", "Tre-biwt", ["CF10"]),
                 ("Cardiff Bay", "Bae Caerdydd", ["CF10"])]),
    "harrogate": ("Harrogate", None, [("North Yorkshire", 3), ("N Yorks", 1), (None, 2)],
                  "England", "01632", None, [(None, None, ["HG1", "HG2"]), ("Pannal", None, ["HG3"])]),
    "wetherby": ("Wetherby", None, [("West Yorkshire", 3), (None, 2)], "England", "01632", None,
                 [(None, None, ["LS22"]), ("Boston Spa", None, ["LS23"])]),
    "ilkley": ("Ilkley", None, [("West Yorkshire", 3), (None, 2)], "England", "01632", None,
               [(None, None, ["LS29"]), ("Ben Rhydding", None, ["LS29"])]),
    "york": ("York", None, [("North Yorkshire", 3), (None, 2)], "England", "01632", None,
             [(None, None, ["YO10", "YO24", "YO31"])]),
    "wakefield": ("Wakefield", None, [("West Yorkshire", 3), (None, 2)], "England", "01632", None,
                  [(None, None, ["WF1", "WF2"]), ("Sandal", None, ["WF2"])]),
    "bath": ("Bath", None, [("Somerset", 2), ("Bath and North East Somerset", 1), ("Avon", 1), (None, 2)],
             "England", "01632", None, [(None, None, ["BA1", "BA2"]), ("Widcombe", None, ["BA2"])]),
    "portishead": ("Bristol", None, [("North Somerset", 2), ("Avon", 1), (None, 2)], "England",
                   "01632", None, [("Portishead", None, ["BS20"])]),
    "penarth": ("Penarth", None, [("Vale of Glamorgan", 3), ("South Glamorgan", 2), (None, 2)],
                "Wales", "029", None, [(None, None, ["CF64"])]),
    "barry": ("Barry", "Y Barri", [("Vale of Glamorgan", 3), ("South Glamorgan", 1), (None, 2)],
              "Wales", "01632", None, [(None, None, ["CF62", "CF63"])]),
    "cowbridge": ("Cowbridge", "Y Bont-faen", [("Vale of Glamorgan", 3), (None, 1)], "Wales",
                  "01632", None, [(None, None, ["CF71"])]),
    "newport": ("Newport", "Casnewydd", [("Gwent", 3), ("Newport", 1), (None, 2)], "Wales",
                "01632", None, [(None, None, ["NP19", "NP20"]), ("Caerleon", "Caerllion", ["NP18"])]),
    "caerphilly": ("Caerphilly", "Caerffili", [("Mid Glamorgan", 2), ("Caerphilly", 1), (None, 2)],
                   "Wales", "029", None, [(None, None, ["CF83"])]),
    "pontypridd": ("Pontypridd", None, [("Mid Glamorgan", 2), ("Rhondda Cynon Taf", 1), (None, 2)],
                   "Wales", "01632", None, [(None, None, ["CF37"]), ("Treforest", "Trefforest", ["CF37"])]),
    "swansea": ("Swansea", "Abertawe", [("West Glamorgan", 2), ("Swansea", 1), (None, 2)], "Wales",
                "01632", None, [(None, None, ["SA1", "SA2"]), ("Mumbles", "Mwmbwls", ["SA3"])]),
    "london": ("London", None, [(None, 1)], "England", "020", None,
               [(None, None, ["SW11", "N16", "E8", "SE22", "W4"])]),
    "manchester": ("Manchester", None, [("Greater Manchester", 2), (None, 2)], "England", "01632",
                   None, [("Didsbury", None, ["M20"]), ("Chorlton", None, ["M21"])]),
}
TOWN_KEYS = list(TOWNS.keys())
BRANCH_TOWNS = ["leeds", "bristol", "cardiff"]
HOME_TOWNS_NEAR = {
    "leeds": ["harrogate", "wetherby", "ilkley", "york", "wakefield", "leeds", "leeds", "leeds",
              "london", "manchester"],
    "bristol": ["bath", "portishead", "bristol", "bristol", "bristol", "london", "cardiff"],
    "cardiff": ["penarth", "barry", "cowbridge", "newport", "caerphilly", "pontypridd", "swansea",
                "cardiff", "cardiff", "cardiff", "london", "bristol"],
}

STREETS_GENERIC = [
    "High Street", "Church Lane", "Station Road", "Victoria Road", "Park Avenue", "Queen Street",
    "King Street", "Mill Lane", "North Road", "School Lane", "Albert Road", "Richmond Road",
    "Grove Road", "Manor Road", "Oak Tree Close", "Beech Grove", "Ash Grove", "Elm Terrace",
    "Chestnut Avenue", "Cedar Close", "Meadow Way", "Brook Street", "Springfield Road",
    "Hillcrest Avenue", "Westfield Road", "Woodland View", "Cliff Road", "Moorland Road",
    "Chapel Street", "Windsor Terrace", "Clarence Road", "Stanley Road", "Derwent Avenue",
    "Belle Vue Road", "Granville Terrace", "Alexandra Road", "Salisbury Road", "Cromwell Street",
    "Marlborough Gardens", "Rosebery Crescent", "Hawthorn Drive", "Willow Close", "Orchard Place",
    "Laburnum Street", "Kensington Terrace", "Brunswick Place", "Lime Tree Avenue", "Park Crescent",
    "Holly Bank", "Vicarage Lane", "Fern Mount", "Sycamore Drive"]
STREETS_TOWN = {
    "leeds": ["Brudenell Road", "Thornville Terrace", "Royal Park Avenue", "Harold Grove",
              "Harold Mount", "Ebor Place", "Norwood Terrace", "Welton Grove", "Cardigan Lane",
              "Headingley Mount", "Ash Road", "Hyde Park Terrace", "Kirkstall Lane",
              "Burley Lodge Road", "Meanwood Grove", "Autumn Terrace", "Delph Lane",
              "Cowper Street", "Bayswater Terrace", "Hovingham Avenue", "Lumley Road",
              "Wharfedale Street", "Aire View", "Airedale Mount", "Beckett Grove", "Victoria Mount",
              "Stainbeck Lane", "Otley Road", "Spen Lane", "Tong Road"],
    "bristol": ["Cotham Brow", "Gloucester Road", "Whiteladies Road", "Chandos Road", "Zetland Road",
                "Ashley Road", "Sefton Park Road", "Chesterfield Road", "Cranbrook Road",
                "Ashton Gate Terrace", "North Street", "Raleigh Road", "Victoria Park Road",
                "Belmont Road", "Stapleton Road", "Fishponds Road", "Wells Road", "St Johns Lane",
                "Dean Lane", "Brook Road", "Coronation Road", "Sommerville Road", "Hampton Park",
                "Effingham Road", "Bath Buildings", "Picton Street", "Cheltenham Road", "Dove Street"],
    "cardiff": ["Crwys Road", "Rhymney Terrace", "Inverness Place", "Diana Street", "Miskin Street",
                "Llantrisant Road", "Cowbridge Road East", "Heol y Deri", "Heol Hir",
                "Heol Llanishen Fach", "Ffordd Las", "Lôn y Dail", "Cilgant y Lili", "Penylan Road",
                "Albany Road", "Arran Street", "Cyfarthfa Street", "Mackintosh Place", "Kings Road",
                "Clive Street", "Tudor Street", "Cathays Terrace", "Colum Road", "Wyeverne Road",
                "Llandaff Road", "Severn Road", "Ty Draw Road", "Heol Pantycelyn", "Heol Caerffili",
                "Pen-y-wain Road", "Stryd Bute", "Lôn Isa"],
}
BUILDINGS = ["Victoria House", "Mill Court", "Tŷ Glas", "Harbour View", "Ashton Lodge",
             "Kingsley Court", "The Old Chapel", "St Mary's Court", "Alexandra Mansions",
             "Churchill House", "Tŷ Nant", "Wharf House", "Regent Court", "Priory Court",
             "Mercia House", "Carlton Court", "The Maltings", "Brunel Court", "Aire Point",
             "Quayside House", "Clarendon Court", "Waterloo House", "Beaufort House",
             "Ravensworth Court", "Llys Tudor", "Tŷ Derw", "Cathedral View", "Park Lodge"]
HOUSE_NAMES = ["Rose Cottage", "The Old Rectory", "Ivy House", "Bryn Awel", "Tŷ Gwyn", "Hafod",
               "The Laurels", "Orchard House", "Hillcrest", "Meadow View", "Pen y Bryn",
               "Y Bwthyn", "Fernbank", "The Willows", "Holly Lodge", "Rowan House", "The Barn",
               "Beech House", "Nant y Coed", "Glan yr Afon", "The Coach House", "Stable Cottage",
               "Moorside", "Brookfield", "The Grange", "Ash Tree Cottage", "Bwthyn Bach"]
PARKS = {"north": ["Canal Wharf Business Park", "Aire Valley Trading Estate", "Kirkstall Enterprise Centre",
                   "Whitehall Trading Estate", "Temple Point Business Park", "Stourton Trade Park"],
         "west": ["Avonside Industrial Estate", "Severnside Trade Park", "St Philips Business Centre",
                  "Feeder Road Trading Estate", "Brislington Trade Park", "Cabot Park"],
         "wales": ["Ocean Way Business Park", "Pengam Green Trading Estate", "Ty Verlon Industrial Estate",
                   "Leckwith Trade Park", "Parc Tŷ Glas", "Penarth Road Retail Park"]}
OFFICE_BUILDINGS = {"north": ["Exchange House", "Wellington House", "Park Row Chambers", "Corn Exchange Buildings",
                              "Albion Court", "Brunswick Chambers"],
                    "west": ["Harbour Court", "Temple Gate House", "Quay House", "Cabot House", "Cardinal House",
                             "Redcliffe Chambers"],
                    "wales": ["Tŷ Cambria", "Cathedral Chambers", "Harbour Court", "Tŷ Afon", "Bute Chambers",
                              "Llys Siriol"]}
REGION_OF_TOWN = {"leeds": "north", "harrogate": "north", "wetherby": "north", "ilkley": "north", "york": "north",
                  "wakefield": "north", "manchester": "north", "london": "west", "bristol": "west", "bath": "west",
                  "portishead": "west"}
WELSH_HOUSE_NAMES = ["Bryn Awel", "Tŷ Gwyn", "Hafod", "Pen y Bryn", "Y Bwthyn", "Nant y Coed", "Glan yr Afon",
                     "Bwthyn Bach"]
WELSH_BUILDINGS = ["Tŷ Glas", "Tŷ Nant", "Llys Tudor", "Tŷ Derw"]

STREET_ABBR = [("Street", "St"), ("Road", "Rd"), ("Avenue", "Ave"), ("Lane", "Ln"),
               ("Terrace", "Terr"), ("Crescent", "Cres"), ("Gardens", "Gdns"), ("Close", "Cl"),
               ("Drive", "Dr"), ("Place", "Pl"), ("Grove", "Gr"), ("Mount", "Mt"),
               ("Square", "Sq"), ("Court", "Ct"), ("House", "Ho"), ("Business Park", "Bus Pk"),
               ("Industrial Estate", "Ind Est"), ("Trading Estate", "Trad Est")]

USED_POSTCODES = set()
USED_PREMISES = set()
STREET_REG = {}


def new_postcode(outward):
    while True:
        pc = "%s %d%s%s" % (outward, R.randrange(10), pick(POSTCODE_LETTERS), pick(POSTCODE_LETTERS))
        if pc not in USED_POSTCODES:
            USED_POSTCODES.add(pc)
            return pc


def streets_for(town_key, li):
    key = (town_key, li)
    if key not in STREET_REG:
        loc = TOWNS[town_key][6][li]
        pool = STREETS_TOWN.get(town_key, []) + STREETS_GENERIC
        names = sample(pool, 10)
        streets = []
        for nm in names:
            outward = pick(loc[2])
            pcs = [new_postcode(outward) for _ in range(4)]
            streets.append((nm, pcs))
        STREET_REG[key] = streets
    return STREET_REG[key]


def new_address(town_key, form=None, locality_index=None):
    """Return a structured UK address (dict), unique premise."""
    t = TOWNS[town_key]
    wales = t[3] == "Wales"
    region = "wales" if wales else REGION_OF_TOWN.get(town_key, "west")
    for _ in range(200):
        li = locality_index if locality_index is not None else R.randrange(len(t[6]))
        loc = t[6][li]
        streets = streets_for(town_key, li)
        sname, pcs = pick(streets)
        f = form or wpick([("house", 45), ("flat_in_house", 25), ("flat_in_block", 18),
                           ("named_house", 6)])
        a = dict(form=f, flat=None, building=None, number=None, house_name=None, street=sname,
                 locality=loc[0], locality_cy=loc[1], town=t[0], town_cy=t[1], town_key=town_key,
                 county=wpick(t[2]), postcode=None, country_word=t[3], overseas=None)
        num = R.randrange(1, 160)
        if f == "house":
            a["number"] = str(num)
        elif f == "flat_in_house":
            a["number"] = str(num)
            a["flat"] = str(R.randrange(1, 7)) if chance(0.8) else pick(["A", "B", "C", "1A", "2B"])
        elif f == "flat_in_block":
            a["building"] = pick(BUILDINGS if wales else [b for b in BUILDINGS if b not in WELSH_BUILDINGS])
            a["flat"] = str(R.randrange(1, 60))
        elif f == "named_house":
            a["house_name"] = pick(HOUSE_NAMES if wales else [h for h in HOUSE_NAMES if h not in WELSH_HOUSE_NAMES])
        elif f == "unit":
            a["building"] = pick(PARKS[region])
            a["flat"] = str(R.randrange(1, 40))
        elif f == "suite":
            a["building"] = pick(OFFICE_BUILDINGS[region])
            a["flat"] = str(R.randrange(1, 20))
            a["number"] = str(num)
        a["postcode"] = pcs[min(3, num // 40)]
        key = (a["postcode"], a["flat"], a["building"], a["number"], a["house_name"])
        if key in USED_PREMISES:
            continue
        USED_PREMISES.add(key)
        return a
    raise RuntimeError("address space exhausted")


OVERSEAS = {
    "AE": dict(country=["AE", "United Arab Emirates", "UAE", "U.A.E."], cc="971"),
    "AU": dict(country=["AU", "Australia"], cc="61"),
    "HK": dict(country=["HK", "Hong Kong"], cc="852"),
    "ES": dict(country=["ES", "Spain", "España"], cc="34"),
}
OVERSEAS_KEYS = ["AE", "AU", "HK", "ES"]


def new_overseas_address(cc):
    n = R.randrange(1, 90)
    if cc == "AE":
        l1 = "Villa %d, Street %d" % (n, R.randrange(1, 40))
        l2 = pick(["Al Barsha 2", "Jumeirah Village Circle", "Arabian Ranches", "Mirdif",
                   "Dubai Marina", "Al Warqa 1"])
        city, region, pc = "Dubai", None, None
    elif cc == "AU":
        l1 = "%d %s" % (n, pick(["Banksia Crescent", "Ocean Street", "Jacaranda Drive",
                                 "Wattle Avenue", "Kookaburra Close"]))
        city, region, pc = pick([("Applecross", "WA", "6153"), ("Manly", "NSW", "2095"),
                                 ("Cottesloe", "WA", "6011"), ("Paddington", "QLD", "4064"),
                                 ("Glen Waverley", "VIC", "3150")])
        l2 = None
    elif cc == "HK":
        l1 = "Flat %d%s, %d/F, Block %d" % (R.randrange(1, 20), pick("ABCDEFG"), R.randrange(2, 40),
                                            R.randrange(1, 8))
        l2 = pick(["Taikoo Shing", "Mei Foo Sun Chuen", "South Horizons", "Whampoa Garden"])
        city, region, pc = "Hong Kong", pick([None, "Kowloon", "Hong Kong Island"]), None
    else:
        l1 = "Calle %s %d, %dº %s" % (pick(["Mayor", "del Mar", "de la Constitución", "San Miguel"]),
                                      n, R.randrange(1, 6), pick("ABCD"))
        city, region, pc = pick([("Nerja", "Málaga", "29780"), ("Jávea", "Alicante", "03730"),
                                 ("Marbella", "Málaga", "29602"), ("Torrevieja", "Alicante", "03181")])
        l2 = None
    return dict(form="overseas", overseas=dict(cc=cc, line1=l1, line2=l2, city=city, region=region,
                                               postcode=pc), town_key=None, town=city, town_cy=None,
                country_word=None, county=region, postcode=pc, flat=None, building=None,
                number=None, house_name=None, street=None, locality=None, locality_cy=None)


# ---------------------------------------------------------------- address rendering
def abbreviate_street(s):
    for full, ab in STREET_ABBR:
        s = re.sub(r"\b%s\b" % full, ab, s)
    return s


def country_string(a, how):
    """how: 'iso', 'name', 'uk', 'nation', 'gb_name', 'cymru', 'none'"""
    if a["overseas"]:
        opts = OVERSEAS[a["overseas"]["cc"]]["country"]
        if how == "iso":
            return opts[0]
        if how == "none":
            return None
        return pick(opts[1:])
    return {"iso": "GB", "name": "United Kingdom", "uk": "UK", "nation": a["country_word"],
            "gb_name": "Great Britain", "none": None,
            "cymru": "Cymru" if a["country_word"] == "Wales" else "UK"}[how]


def default_addr_style():
    return dict(case="title", abbr=False, flat="comma", block="two_lines", named="two_lines",
                locality="line2", welsh=False, county="keep", postcode="std", country="iso",
                accents="keep")


def render_address(a, st):
    if a is None:
        return None
    if a["overseas"]:
        o = a["overseas"]
        out = dict(line1=o["line1"], line2=o["line2"], city=o["city"], region=o["region"],
                   postalCode=o["postcode"], country=country_string(a, st["country"]))
        if st["accents"] == "strip":
            out = {k: ascii_fold(v) for k, v in out.items()}
        if st["case"] == "upper":
            out = {k: (v.upper() if v and k != "country" else v) for k, v in out.items()}
        return out
    street = a["street"]
    if st["abbr"]:
        street = abbreviate_street(street)
    town = a["town"]
    locality = a["locality"]
    if st["welsh"]:
        if a["town_cy"]:
            town = a["town_cy"]
        if a["locality_cy"]:
            locality = a["locality_cy"]
    line1, line2 = None, None
    f = a["form"]
    flatword = "Flt" if st["flat"] == "flt" else ("Apartment" if st["flat"] == "apt" else "Flat")
    if f == "house":
        line1 = "%s %s" % (a["number"], street)
    elif f == "flat_in_house":
        if st["flat"] == "slash":
            line1 = "%s/%s %s" % (a["flat"], a["number"], street)
        elif st["flat"] == "line2":
            line1 = "%s %s" % (a["number"], street)
            line2 = "%s %s" % (flatword, a["flat"])
        elif st["flat"] == "space":
            line1 = "%s %s %s %s" % (flatword, a["flat"], a["number"], street)
        else:
            line1 = "%s %s, %s %s" % (flatword, a["flat"], a["number"], street)
    elif f == "flat_in_block":
        b = abbreviate_street(a["building"]) if st["abbr"] else a["building"]
        if st["block"] == "one_line":
            line1 = "%s %s %s, %s" % (flatword, a["flat"], b, street)
        elif st["block"] == "number_first":
            line1 = "%s %s" % (a["flat"], b)
            line2 = street
        else:
            line1 = "%s %s, %s" % (flatword, a["flat"], b)
            line2 = street
    elif f == "named_house":
        if st["named"] == "one_line":
            line1 = "%s, %s" % (a["house_name"], street)
        else:
            line1 = a["house_name"]
            line2 = street
    elif f == "unit":
        b = abbreviate_street(a["building"]) if st["abbr"] else a["building"]
        line1 = "Unit %s, %s" % (a["flat"], b)
        line2 = street
    elif f == "suite":
        b = abbreviate_street(a["building"]) if st["abbr"] else a["building"]
        line1 = "Suite %s, %s" % (a["flat"], b)
        line2 = "%s %s" % (a["number"], street)
    city = town
    loc_mode = st["locality"]
    if locality:
        if loc_mode == "line2" and line2 is None:
            line2 = locality
        elif loc_mode == "line2":
            city = "%s, %s" % (locality, town) if chance(0.3) else town
        elif loc_mode == "city":
            city = locality
        elif loc_mode == "city_combo":
            city = "%s, %s" % (locality, town)
    county = a["county"]
    if st["county"] == "drop":
        county = None
    elif st["county"] == "alt":
        opts = [c for c, _ in TOWNS[a["town_key"]][2] if c and c != county]
        county = pick(opts) if opts else county
    pc = a["postcode"]
    p = st["postcode"]
    if p == "nospace":
        pc = pc.replace(" ", "")
    elif p == "lower":
        pc = pc.lower()
    elif p == "lower_nospace":
        pc = pc.lower().replace(" ", "")
    elif p == "drop":
        pc = None
    out = dict(line1=line1, line2=line2, city=city, region=county, postalCode=pc,
               country=country_string(a, st["country"]))
    if st["accents"] == "strip":
        out = {k: ascii_fold(v) for k, v in out.items()}
    if st["case"] == "upper":
        out = {k: (v.upper() if v and k not in ("country",) else v) for k, v in out.items()}
    elif st["case"] == "lower":
        out = {k: (v.lower() if v else v) for k, v in out.items()}
    return out


# ---------------------------------------------------------------- phones
USED_PHONES = set()


def _new_digits(prefix, n):
    while True:
        d = prefix + "".join(str(R.randrange(10)) for _ in range(n))
        if d not in USED_PHONES:
            USED_PHONES.add(d)
            return d


def new_mobile():
    return dict(kind="mobile", digits=_new_digits("077009", 5), ext=None, cc="44")


LANDLINE_PREFIX = {"0113": ("0113496", 4), "0117": ("0117496", 4), "029": ("0292018", 4),
                   "020": ("0207946", 4), "01632": ("01632960", 3)}


def new_landline(town_key):
    code = TOWNS[town_key][4] if town_key else "01632"
    pre, n = LANDLINE_PREFIX[code]
    return dict(kind="landline", digits=_new_digits(pre, n), ext=None, cc="44")


def new_overseas_phone(cc):
    if cc == "AE":
        d = _new_digits("97150", 7)
    elif cc == "AU":
        d = _new_digits("61491570", 3)
    elif cc == "HK":
        d = _new_digits("8529", 7)
    else:
        d = _new_digits("346", 8)
    return dict(kind="intl", digits=d, ext=None, cc=cc)


def _area_split(d):
    for code in ("01632", "0113", "0117", "029", "020"):
        if d.startswith(code):
            return code, d[len(code):]
    return d[:5], d[5:]


def fmt_phone(ph, style="std", ext_style=None):
    if ph is None:
        return None
    d = ph["digits"]
    if ph["kind"] == "intl":
        cc = {"AE": "971", "AU": "61", "HK": "852", "ES": "34"}[ph["cc"]]
        rest = d[len(cc):]
        if style in ("compact", "intl_compact"):
            s = "+" + d
        elif style == "00":
            s = "00" + d
        elif style == "nospace_noplus":
            s = d
        else:
            if ph["cc"] == "AE":
                s = "+971 %s %s %s" % (rest[:2], rest[2:5], rest[5:])
            elif ph["cc"] == "AU":
                s = "+61 %s %s %s" % (rest[:3], rest[3:6], rest[6:])
            elif ph["cc"] == "HK":
                s = "+852 %s %s" % (rest[:4], rest[4:])
            else:
                s = "+34 %s %s %s" % (rest[:3], rest[3:6], rest[6:])
    elif ph["kind"] == "mobile":
        a, b = d[:5], d[5:]
        s = {"std": "%s %s" % (a, b), "compact": d, "intl": "+44 %s %s" % (a[1:], b),
             "intl_compact": "+44" + d[1:], "nospace_noplus": "44" + d[1:],
             "intl_paren0": "+44 (0)%s %s" % (a[1:], b), "triple": "%s %s %s" % (a, b[:3], b[3:]),
             "odd": "%s %s %s" % (d[:4], d[4:7], d[7:]), "paren": "(%s) %s" % (a, b),
             "dashes": "%s-%s-%s" % (a, b[:3], b[3:]), "00": "0044 %s %s" % (a[1:], b),
             "nozero": "%s %s" % (a[1:], b) if chance(0.5) else d[1:]}.get(style)
        if s is None:
            s = "%s %s" % (a, b)
    else:
        code, sub = _area_split(d)
        if len(sub) == 8:
            sp = "%s %s" % (sub[:4], sub[4:])
        elif len(sub) == 7:
            sp = "%s %s" % (sub[:3], sub[3:])
        else:
            sp = sub
        s = {"std": "%s %s" % (code, sp), "compact": d, "intl": "+44 %s %s" % (code[1:], sp),
             "intl_compact": "+44" + d[1:], "nospace_noplus": "44" + d[1:],
             "intl_paren0": "+44 (0)%s %s" % (code[1:], sp), "paren": "(%s) %s" % (code, sp),
             "triple": "%s %s" % (code, sub), "dashes": "%s-%s" % (code, sub),
             "odd": ("%s %s" % (d[:5], d[5:])) if code == "029" else "%s %s" % (code, sub),
             "00": "0044 %s %s" % (code[1:], sp)}.get(style)
        if s is None:
            s = "%s %s" % (code, sp)
    if ph.get("ext") and ext_style != "drop":
        es = ext_style or "ext"
        s += {"ext": " ext %s", "ext.": " ext. %s", "x": " x%s", "paren": " (ext %s)",
              "extn": " extn %s"}.get(es, " ext %s") % ph["ext"]
    return s


MOBILE_STYLES = [("std", 30), ("compact", 25), ("intl", 10), ("intl_compact", 8),
                 ("nospace_noplus", 4), ("intl_paren0", 4), ("triple", 6), ("odd", 3),
                 ("dashes", 2), ("paren", 1), ("00", 1)]
LANDLINE_STYLES = [("std", 40), ("compact", 15), ("paren", 12), ("intl", 8), ("triple", 8),
                   ("odd", 8), ("dashes", 4), ("intl_paren0", 4)]


def rand_phone_style(ph):
    if ph is None:
        return "std"
    if ph["kind"] == "mobile":
        return wpick(MOBILE_STYLES)
    if ph["kind"] == "landline":
        return wpick(LANDLINE_STYLES)
    return wpick([("std", 6), ("compact", 2), ("00", 1), ("nospace_noplus", 1)])


# ---------------------------------------------------------------- e-mail
USED_EMAILS = set()
WEBMAIL = [("gmail.com", 30), ("hotmail.co.uk", 18), ("yahoo.co.uk", 8), ("btinternet.com", 8),
           ("outlook.com", 10), ("hotmail.com", 5), ("icloud.com", 5), ("live.co.uk", 4),
           ("sky.com", 3), ("googlemail.com", 2), ("aol.com", 1), ("virginmedia.com", 2),
           ("talktalk.net", 2), ("yahoo.com", 1)]
WEBMAIL_DOMAINS = [d for d, _ in WEBMAIL]

UNIS = {
    "airedale": dict(name="University of Airedale", short="Airedale Uni", cy=None, town="leeds",
                     domain="airedale.ac.uk", sfmt="surname_init_nn"),
    "wharfe": dict(name="Wharfe Metropolitan University", short="Wharfe Met", cy=None, town="leeds",
                   domain="wharfemet.ac.uk", sfmt="id"),
    "redcliffe": dict(name="Redcliffe University", short="Redcliffe Uni", cy=None, town="bristol",
                      domain="redcliffe.ac.uk", sfmt="dotted_yy"),
    "avonvale": dict(name="University of Avonvale", short="Avonvale Uni", cy=None, town="bristol",
                     domain="avonvale.ac.uk", sfmt="id"),
    "taff": dict(name="Taff University", short="Taff Uni", cy="Prifysgol Taf", town="cardiff",
                 domain="taff.ac.uk", sfmt="surname_init_nn"),
    "llandaff": dict(name="Llandaff Metropolitan University", short="Llandaff Met",
                     cy="Prifysgol Fetropolitan Llandaf", town="cardiff", domain="llandaffmet.ac.uk",
                     sfmt="dotted_yy"),
}
UNI_KEYS = list(UNIS.keys())
UNIS_BY_TOWN = {"leeds": ["airedale", "wharfe"], "bristol": ["redcliffe", "avonvale"],
                "cardiff": ["taff", "llandaff"]}


def slug(s):
    s = ascii_fold(s or "").lower()
    return re.sub(r"[^a-z0-9]", "", s)


def register_email(e):
    base_local, dom = e.split("@")
    local = base_local
    n = 2
    while local + "@" + dom in USED_EMAILS:
        local = "%s%d" % (base_local, n if n > 9 else R.randrange(10, 99))
        n += 1
    e = local + "@" + dom
    USED_EMAILS.add(e)
    return e


def personal_email(p, domain=None):
    g, f = slug(p["given"]), slug(p["family"])
    nick = slug(p["nick"]) if p.get("nick") else g
    yy = "%02d" % R.randrange(60, 100) if chance(0.5) else "%02d" % R.randrange(0, 6)
    nn = str(R.randrange(1, 999))
    local = wpick([
        ("%s.%s" % (g, f), 22), ("%s%s" % (g, f), 14), ("%s%s" % (g[0], f), 8),
        ("%s.%s" % (g[0], f), 6), ("%s.%s" % (f, g), 4), ("%s.%s%s" % (g, f, yy), 10),
        ("%s%s19%s" % (g, f, yy), 4), ("%s_%s" % (g, f), 5), ("%s%s%s" % (nick, f, nn), 6),
        ("%s%s%s" % (f, g[0], nn), 4), ("%s%s" % (g, nn), 4), ("%s.%s.%s" % (g, f, nn), 3),
        ("%s%s%s" % (nick, f[0], yy), 3), ("%s%s" % (f, yy), 3)])
    dom = domain or wpick(WEBMAIL)
    return register_email("%s@%s" % (local, dom))


def household_email(p, p2=None):
    f = slug(p["family"])
    g = slug(p["given"])
    local = wpick([("the%ss" % f, 3), ("%sfamily" % f, 3),
                   ("%sand%s%s" % (g[0], slug(p2["given"])[0] if p2 else "j", f), 3),
                   ("%s.household" % f, 1), ("%s%s" % (f, R.randrange(10, 99)), 2),
                   ("%s.%s" % (g, f) if not p2 else "%s.%s.%s" % (g, slug(p2["given"]), f), 2)])
    dom = wpick([("btinternet.com", 4), ("sky.com", 3), ("gmail.com", 3), ("hotmail.co.uk", 3),
                 ("virginmedia.com", 2), ("talktalk.net", 2), ("yahoo.co.uk", 1)])
    return register_email("%s@%s" % (local, dom))


def uni_email(p, uk):
    u = UNIS[uk]
    g, f = slug(p["given"]), slug(p["family"])
    yy = "%02d" % R.randrange(19, 25)
    if u["sfmt"] == "surname_init_nn":
        local = "%s%s%d" % (f[:6], g[0], R.randrange(1, 40))
    elif u["sfmt"] == "dotted_yy":
        local = "%s.%s.%s" % (g, f, yy)
    else:
        local = "%s%s%s%s" % (g[0], f[0], yy, "".join(pick("abcdefghjkmnprstw") for _ in range(3)))
    return register_email("%s@%s" % (local, u["domain"]))


DOMAIN_DROP = ["Ltd", "Limited", "LLP", "The", "and", "&", "Sons", "Services", "Holdings", "Property",
               "Management", "Investments", "Residential", "Association", "Heating", "Chartered"]


def org_domain(words, tld):
    words = [w for w in words if slug(w)]
    for dw in DOMAIN_DROP:
        if len("".join(slug(w) for w in words)) <= 20:
            break
        if len(words) > 2:
            words = [w for w in words if w != dw] or words
    stem = "".join(slug(w) for w in words)
    if len(stem) > 24:
        stem = slug(words[0]) + "".join(slug(w)[0] for w in words[1:])
    return "%s.%s" % (stem, tld)


# ---------------------------------------------------------------- persons
def origin_for(town_key):
    w = []
    for k in ORIGIN_KEYS:
        wt = ORIGINS[k]["w"]
        if town_key == "cardiff" and k == "welsh":
            wt *= 2.4
        if town_key == "cardiff" and k == "somali":
            wt *= 2
        if town_key != "cardiff" and k == "welsh":
            wt *= 0.25
        if town_key == "leeds" and k in ("pakistani",):
            wt *= 1.8
        if town_key == "leeds" and k == "english":
            wt *= 1.3
        if town_key == "bristol" and k in ("english", "somali", "polish"):
            wt *= 1.3
        w.append((k, wt))
    return wpick(w)


def make_person(town_key=None, origin=None, gender=None, family=None, given=None, age="adult"):
    origin = origin or origin_for(town_key)
    o = ORIGINS[origin]
    gender = gender or pick("mf")
    if given is None:
        given = pick(o[gender])
    if family is None:
        fam = pick(o["s"])
    else:
        fam = family
    if isinstance(fam, tuple):
        fam = fam[0] if gender == "m" else fam[1]
    if family is not None and origin == "polish":
        # align gendered Polish surnames
        for pair in o["s"]:
            if fam in pair:
                fam = pair[0] if gender == "m" else pair[1]
    title = wpick(TITLES_M if gender == "m" else TITLES_F)
    if age == "student":
        title = "Mr" if gender == "m" else wpick([("Miss", 6), ("Ms", 3)])
    middle = None
    if origin not in ("chinese", "somali") and chance(0.28):
        cand = [x for x in o[gender] if x != given]
        middle = pick(cand)
    nick = None
    if given in NICKNAMES and chance(0.55):
        nick = pick(NICKNAMES[given])
    return dict(origin=origin, gender=gender, title=title, given=given, middle=middle,
                family=fam, nick=nick)


def initials(p, dots=False, with_middle=True):
    parts = [p["given"]]
    if with_middle and p.get("middle"):
        parts.append(p["middle"])
    letters = [x[0].upper() for x in parts]
    if dots:
        return ".".join(letters) + "."
    return " ".join(letters)


# ---------------------------------------------------------------- entities
USED_EIDS = set()
USED_ORG_NAMES = set()
EXISTING_ENTS = []


def new_eid():
    while True:
        e = "c%07x" % R.getrandbits(28)
        if e not in USED_EIDS:
            USED_EIDS.add(e)
            return e


def ent_base(party, kind, town):
    return dict(eid=new_eid(), party=party, kind=kind, town=town, p=None, p2=None, deceased=None,
                org=None, contact=None, email=None, email2=None, phone=None, phone2=None,
                address=None, home_address=None, let_props=[], uni=None, agent=None,
                qbo_addr="address", flags=[])


def home_town_for(town):
    return pick(HOME_TOWNS_NEAR[town])


def make_tenant(town, p=None):
    e = ent_base("person", "tenant", town)
    e["p"] = p or make_person(town)
    e["address"] = new_address(town)
    if chance(0.12):
        e["email"] = household_email(e["p"])
        e["flags"].append("household_email")
    else:
        e["email"] = personal_email(e["p"])
    e["phone"] = new_mobile() if chance(0.96) else new_landline(town)
    return e


def make_student(town, p=None):
    e = ent_base("person", "student", town)
    if p is None:
        o = origin_for(pick(TOWN_KEYS[:3]))
        if chance(0.08):
            o = "chinese"
        p = make_person(town, origin=o, age="student")
    e["p"] = p
    e["uni"] = pick(UNIS_BY_TOWN[town])
    e["address"] = new_address(town, form=wpick([("house", 5), ("flat_in_house", 4),
                                                  ("flat_in_block", 2)]))
    e["home_address"] = new_address(pick(TOWN_KEYS))
    e["email2"] = personal_email(p)
    e["email"] = uni_email(p, e["uni"]) if chance(0.75) else e["email2"]
    e["phone"] = new_mobile()
    e["qbo_addr"] = "home_address" if chance(0.4) else "address"
    return e


PARTNER_FAMILY_SA = ["Begum", "Bibi", "Akhtar", "Kausar", "Parveen"]


def make_joint(town):
    e = ent_base("person", "joint_tenants", town)
    p = make_person(town)
    e["p"] = p
    og = "f" if p["gender"] == "m" else "m"
    if p["origin"] == "pakistani" and p["gender"] == "m" and chance(0.6):
        p2 = make_person(town, origin="pakistani", gender="f", family=pick(PARTNER_FAMILY_SA))
    elif chance(0.65):
        p2 = make_person(town, origin=p["origin"], gender=og, family=p["family"])
    else:
        p2 = make_person(town, gender=og if chance(0.8) else p["gender"])
    if p2["family"] == p["family"] and p2["title"] in ("Miss", "Ms") and chance(0.8):
        p2["title"] = "Mrs"
    e["p2"] = p2
    e["address"] = new_address(town)
    if chance(0.45):
        e["email"] = household_email(p, p2)
        e["flags"].append("household_email")
    else:
        e["email"] = personal_email(p)
    e["phone"] = new_mobile()
    return e


def make_guarantor(town):
    e = ent_base("person", "guarantor", town)
    e["p"] = make_person(town)
    if e["p"]["title"] == "Miss":
        e["p"]["title"] = "Mrs"
    ht = pick(TOWN_KEYS)
    e["address"] = new_address(ht, form=wpick([("house", 6), ("named_house", 2), ("flat_in_block", 1)]))
    e["email"] = personal_email(e["p"])
    e["phone"] = new_mobile() if chance(0.6) else new_landline(ht)
    return e


def add_let_props(e, town, n=None):
    if n is None:
        n = R.randrange(1, 4) if chance(0.88) else R.randrange(4, 10)
    for _ in range(n):
        e["let_props"].append(new_address(town))


def make_landlord(town, p=None):
    e = ent_base("person", "landlord", town)
    e["p"] = p or make_person(town)
    ht = home_town_for(town)
    e["address"] = new_address(ht, form=wpick([("house", 6), ("named_house", 3), ("flat_in_block", 1)]))
    if chance(0.25):
        e["email"] = household_email(e["p"])
        e["flags"].append("household_email")
    else:
        e["email"] = personal_email(e["p"])
    if chance(0.6):
        e["phone"] = new_mobile()
        if chance(0.3):
            e["phone2"] = new_landline(ht)
    else:
        e["phone"] = new_landline(ht)
        e["phone2"] = new_mobile()
    add_let_props(e, town)
    return e


def make_couple(town):
    e = make_landlord(town)
    e["kind"] = "landlord_couple"
    p = e["p"]
    og = "f" if p["gender"] == "m" else "m"
    if chance(0.85):
        p2 = make_person(town, origin=p["origin"], gender=og, family=p["family"])
        if p2["title"] in ("Miss", "Ms") and chance(0.85):
            p2["title"] = "Mrs"
    else:
        p2 = make_person(town, gender=og)
    e["p2"] = p2
    if "household_email" not in e["flags"] and chance(0.6):
        USED_EMAILS.discard(e["email"])
        e["email"] = household_email(p, p2)
        e["flags"].append("household_email")
    return e


def make_overseas(town):
    p = make_person(town, origin=wpick([("english", 5), ("welsh", 3), ("pakistani", 2),
                                        ("indian", 2), ("chinese", 1), ("polish", 1)]))
    e = ent_base("person", "overseas_landlord", town)
    e["p"] = p
    cc = wpick([("AE", 4), ("AU", 3), ("HK", 1.5), ("ES", 1.5)])
    if p["origin"] == "chinese":
        cc = "HK"
    e["address"] = new_overseas_address(cc)
    e["email"] = personal_email(p)
    e["phone"] = new_overseas_phone(cc) if chance(0.8) else new_mobile()
    add_let_props(e, town)
    return e


SOLICITOR_NAMES = ["Pryce & Meredith", "Hartley Booth", "Llewellyn Rees", "Aston Kaye", "Gwynne Parry",
                   "Sutcliffe Hirst", "Brimble Cox", "Fairclough Dyson", "Morgan Lloyd-Jones"]


def make_executors(town):
    e = ent_base("person", "executors", town)
    d = make_person(town)
    d["gender"] = "m" if chance(0.55) else "f"
    if d["gender"] == "m":
        d["title"] = "Mr"
    else:
        d["title"] = pick(["Mrs", "Mrs", "Miss"])
        d["given"] = pick(ORIGINS[d["origin"]]["f"])
        if d["origin"] == "polish":
            d["family"] = make_person(origin="polish", gender="f", family=d["family"])["family"]
    e["deceased"] = d
    ex = make_person(town, origin=d["origin"], family=d["family"] if chance(0.6) else None)
    e["p"] = ex
    if chance(0.3):
        sol = pick(SOLICITOR_NAMES)
        dom = org_domain(sol.replace("&", "").split()[:2], "co.uk")
        e["email"] = register_email("%s@%s" % (pick(["probate", "estates", "private.client"]), dom))
        e["phone"] = new_landline(town)
        e["phone"]["ext"] = str(R.randrange(200, 400))
        e["address"] = new_address(town, form="suite")
        e["flags"].append("solicitor")
        e["solicitor"] = sol
    else:
        e["email"] = personal_email(ex)
        e["phone"] = new_mobile()
        e["address"] = new_address(home_town_for(town))
    add_let_props(e, town)
    return e


AGENTS = []


def make_agents():
    specs = [("Wharfedale Property Management", "Ltd", "leeds", "lettings", "wharfedalepm"),
             ("Sandhu & Co Chartered Accountants", None, "leeds", "clientaccounts", "sandhuandco"),
             ("Kirkgate Block Management", "Ltd", "leeds", "landlords", "kirkgateblock"),
             ("Clifton Residential Management", "Ltd", "bristol", "landlords", "cliftonresi"),
             ("Cotham Property Services", None, "bristol", "accounts", "cothamps"),
             ("Bae Caerdydd Estates", "Cyf", "cardiff", "post", "baecaerdyddestates"),
             ("Penarth Lettings Management", "Ltd", "cardiff", "admin", "penarthlm"),
             ("Gulf Expat Property Services", "LLC", None, "uk.property", "gulfexpatps")]
    for nm, suf, town, local, stem in specs:
        if town is None:
            ph = new_overseas_phone("AE")
            addr = new_overseas_address("AE")
            dom = stem + ".ae"
        else:
            ph = new_landline(town)
            addr = new_address(town, form="suite")
            dom = stem + ".co.uk"
        AGENTS.append(dict(name=nm, suffix=suf, town=town, email=register_email(local + "@" + dom),
                           phone=ph, address=addr))


def make_agent_landlord(town, agent=None, overseas=False):
    e = make_overseas(town) if overseas else make_landlord(town)
    agent = agent or pick([a for a in AGENTS if a["town"] in (town, None)])
    e["agent"] = agent
    e["email2"] = e["email"]
    e["email"] = agent["email"]
    e["phone2"] = e["phone"]
    e["phone"] = dict(agent["phone"])
    e["flags"].append("agent_mailbox")
    if chance(0.3) and not overseas:
        e["home_address"] = e["address"]
        e["address"] = agent["address"]
        e["flags"].append("c/o_agent")
    return e


# ---------------------------------------------------------------- organisations
PLACE_WORDS = {
    "leeds": ["Aire", "Airedale", "Kirkstall", "Headingley", "Wharfe", "Pennine", "Ridings",
              "Chapeltown", "Meanwood", "Roundhay", "Calder", "Moortown", "Briggate", "Leeds",
              "White Rose", "Otley"],
    "bristol": ["Avon", "Severn", "Clifton", "Redcliffe", "Bedminster", "Brunel", "Kingswood",
                "Frome", "Montpelier", "Harbourside", "Cabot", "Downs", "Bristol", "Westcountry"],
    "cardiff": ["Taff", "Ely", "Rhymney", "Roath", "Canton", "Llandaff", "Cathays", "Penylan", "Bay",
                "Glamorgan", "Dragon", "Cardiff", "Castell", "Celtic", "Severn", "Valleys"],
}
TRADES = ["Plumbing", "Plumbing & Heating", "Heating Services", "Gas Services", "Electrical",
          "Electrical Services", "Roofing", "Locksmiths", "Cleaning Services", "Carpets", "Glazing",
          "Drainage", "Pest Control", "Decorators", "Building Services", "Joinery",
          "Property Maintenance", "Handyman Services", "Gardening Services", "Removals",
          "Damp Proofing", "Fire Safety", "Appliance Repairs", "Inventory Services", "Plastering",
          "Scaffolding", "Tiling", "Waste Clearance"]
SECTORS = ["Engineering", "Aerostructures", "Composites", "Media", "Digital", "Healthcare Staffing",
           "Locum Services", "Subsea Services", "Rail Systems", "Biotech", "Software", "Construction",
           "Recruitment", "Logistics", "Energy", "Data Centres", "Analytics", "Architecture"]
HA_FORMS = ["Housing Association", "Homes", "Housing Trust", "Housing Co-operative", "Community Housing"]
CHARITY_FORMS = ["Night Shelter", "Refugee Welcome", "Homeless Project", "Move-On Trust",
                 "Young People's Housing", "Step Forward", "Tenancy Support", "Foyer"]
SAINTS = ["St Brendan's", "St Teilo's", "St Aidan's", "St Werburgh's", "St Chad's", "St David's",
          "St Mungo's Way", "St Dyfrig's"]

COUNCILS = {
    "leeds": dict(name="Leeds City Council", cy=None, domain="leedscc.gov.uk",
                  addr_form="suite"),
    "bristol": dict(name="Bristol City Council", cy=None, domain="bristolcc.gov.uk",
                    addr_form="suite"),
    "cardiff": dict(name="Cardiff Council", cy="Cyngor Caerdydd", domain="cardiffcouncil.gov.uk",
                    addr_form="suite"),
}
DEPTS = [("Housing Options", "Opsiynau Tai", "housingoptions"),
         ("Private Sector Leasing", "Prydlesu'r Sector Preifat", "psl"),
         ("Temporary Accommodation", "Llety Dros Dro", "temp.accommodation"),
         ("Adult Social Care", "Gofal Cymdeithasol Oedolion", "adultsocialcare"),
         ("Children's Services", "Gwasanaethau Plant", "childrens.services"),
         ("Refugee Resettlement", "Ailsefydlu Ffoaduriaid", "resettlement"),
         ("Environmental Health", "Iechyd yr Amgylchedd", "envhealth"),
         ("Estates", "Ystadau", "estates"),
         ("Leaving Care Team", "Tîm Gadael Gofal", "leavingcare"),
         ("Revenues & Benefits", "Refeniw a Budd-daliadau", "revenues")]
UNI_OFFICES = [("Accommodation Office", "Swyddfa Llety", "accommodation"),
               ("Residential Services", "Gwasanaethau Preswyl", "residences"),
               ("Estates & Facilities", "Ystadau a Chyfleusterau", "estates"),
               ("International Student Support", "Cymorth Myfyrwyr Rhyngwladol", "international"),
               ("Finance Office", "Swyddfa Gyllid", "finance")]
FRANCHISES = [("Drainwise", "drainwise"), ("KeyKraft Locksmiths", "keykraft"),
              ("OvenBright", "ovenbright"), ("DampCure Direct", "dampcuredirect"),
              ("SafeSpark Electrical", "safespark"), ("FreshNest Cleaning", "freshnest"),
              ("PestAway", "pestaway")]
FRANCHISE_AREAS = [("Leeds North", "leeds"), ("Leeds South", "leeds"), ("Harrogate & Wetherby", "leeds"),
                   ("Bristol", "bristol"), ("Bristol & Bath", "bristol"), ("North Bristol", "bristol"),
                   ("Cardiff", "cardiff"), ("Cardiff & Vale", "cardiff"), ("Newport & Gwent", "cardiff"),
                   ("Wakefield", "leeds"), ("South Wales Valleys", "cardiff"), ("Weston", "bristol")]

SWITCHBOARDS = {}


def switchboard(key, town):
    if key not in SWITCHBOARDS:
        SWITCHBOARDS[key] = (new_landline(town), new_address(town, form="suite"))
    return SWITCHBOARDS[key]


def org_ent(kind, town, base, suffix, root, tld_words=None, tld="co.uk"):
    e = ent_base("org", kind, town)
    e["org"] = dict(base=base, suffix=suffix, cy=None, trading=None, owner_tas=None, root=root,
                    body=None, dept=None, dept_cy=None, body_cy=None)
    e["domain"] = org_domain(tld_words or base.replace("&", " ").split(), tld)
    return e


def director(town):
    p = make_person(town)
    return p


def make_landlord_company(town, root=None, dirp=None, pattern=None, shared=None):
    dirp = dirp or director(town)
    fam = dirp["family"]
    root_word = root or ascii_fold(fam).split("-")[0].split(" ")[-1]
    pattern = pattern or wpick([("{r} Property Holdings", 5), ("{r} Estates", 3),
                                ("{i} Properties", 2), ("{r} Lettings", 2), ("{r} Homes", 2),
                                ("{r} & {s} Investments", 1), ("{p} Residential", 2),
                                ("{r} Property Investments", 2), ("Eiddo {r}", 1 if town == "cardiff" else 0)])
    other = make_person(town)["family"]
    ini = "".join([dirp["given"][0], dirp.get("middle", None)[0] if dirp.get("middle") else "",
                   fam[0]]).upper()
    pw = pick(PLACE_WORDS[town])
    base = pattern.format(r=root_word, s=ascii_fold(other), i=ini, p=pw)
    suffix = "Cyf" if base.startswith("Eiddo") else wpick([("Ltd", 8), ("Limited", 2)])
    rt = base.split()[0]
    e = org_ent("landlord_company", town, base, suffix, rt)
    e["contact"] = dirp
    if shared:
        e["address"], e["phone"], e["email_pool"] = shared
    else:
        if chance(0.5):
            e["address"] = new_address(town, form="suite")
        else:
            e["address"] = new_address(home_town_for(town), form=wpick([("house", 2), ("named_house", 1)]))
        e["phone"] = new_mobile() if chance(0.65) else new_landline(town)
    if chance(0.4):
        e["email"] = personal_email(dirp)
    else:
        e["email"] = register_email("%s@%s" % (pick(["info", "accounts", "lettings", "admin",
                                                     slug(dirp["given"])]), e["domain"]))
    add_let_props(e, town, R.randrange(2, 9))
    return e


def make_spv_group(town, n):
    dirp = director(town)
    first = make_landlord_company(town, dirp=dirp, pattern="{r} Property Holdings")
    shared = (first["address"], first["phone"], None)
    group = [first]
    locs = [l[0] for l in TOWNS[town][6] if l[0]]
    pats = ["{r} Property (%s)" % pick(locs), "{r} Property Developments", "{r} Homes (No. 2)",
            "{r} Property Investments", "{r} Lettings"]
    for i in range(n - 1):
        c = make_landlord_company(town, root=first["org"]["root"], dirp=dirp, pattern=pats[i],
                                  shared=shared)
        c["org"]["root"] = first["org"]["root"]
        group.append(c)
    for c in group:
        c["group"] = [g["eid"] for g in group]
        c["flags"].append("spv_group")
    return group


def make_llp(town):
    a = make_person(town)["family"]
    b = make_person(town)["family"]
    pw = pick(PLACE_WORDS[town])
    base = wpick([("%s %s Property" % (ascii_fold(a), ascii_fold(b)), 3), ("%s Residential Lettings" % pw, 2),
                  ("%s Family Property" % ascii_fold(a), 2), ("%s Student Homes" % pw, 2)])
    e = org_ent("llp", town, base, "LLP", base.split()[0])
    e["contact"] = make_person(town) if chance(0.7) else None
    e["address"] = new_address(town, form="suite")
    e["phone"] = new_landline(town)
    e["email"] = register_email("%s@%s" % (pick(["info", "accounts", "partners", "office"]), e["domain"]))
    add_let_props(e, town, R.randrange(3, 12))
    return e


def make_ha(town, used):
    for _ in range(50):
        pw = pick(PLACE_WORDS[town])
        if town == "cardiff" and chance(0.4):
            cy = "Cymdeithas Tai %s" % pw
            base = "%s Housing Association" % pw
        else:
            cy = None
            base = "%s %s" % (pw, pick(HA_FORMS))
        if base not in used:
            used.add(base)
            break
    e = org_ent("housing_association", town, base, None, base.split()[0], tld="org.uk")
    e["org"]["cy"] = cy
    sw, ad = switchboard("ha:" + base, town)
    e["phone"] = dict(sw)
    e["phone"]["ext"] = str(R.randrange(100, 600)) if chance(0.5) else None
    e["address"] = ad
    e["email"] = register_email("%s@%s" % (pick(["lettings", "privaterented", "finance", "leasing",
                                                 "accounts.payable"]), e["domain"]))
    e["contact"] = make_person(town) if chance(0.5) else None
    return e


def make_council_dept(town, di):
    c = COUNCILS[town]
    dept, dept_cy, local = DEPTS[di]
    e = ent_base("org", "council_department", town)
    e["org"] = dict(base=c["name"], suffix=None, cy=c["cy"], trading=None, owner_tas=None,
                    root=c["name"].split()[0], body=c["name"], body_cy=c["cy"], dept=dept,
                    dept_cy=dept_cy if c["cy"] else None)
    e["domain"] = c["domain"]
    sw, ad = switchboard("council:" + town, town)
    e["phone"] = dict(sw)
    e["phone"]["ext"] = str(R.randrange(1000, 9999))
    e["address"] = ad if chance(0.6) else new_address(town, form="suite")
    e["email"] = register_email("%s@%s" % (local, c["domain"]))
    e["contact"] = make_person(town) if chance(0.4) else None
    return e


def make_uni_office(uk, oi):
    u = UNIS[uk]
    off, off_cy, local = UNI_OFFICES[oi]
    e = ent_base("org", "university_office", u["town"])
    e["org"] = dict(base=u["name"], suffix=None, cy=u["cy"], trading=None, owner_tas=None,
                    root=u["name"].split()[0] if not u["name"].startswith("University of") else u["name"].split()[2],
                    body=u["name"], body_cy=u["cy"], dept=off, dept_cy=off_cy if u["cy"] else None,
                    short=u["short"])
    e["domain"] = u["domain"]
    sw, ad = switchboard("uni:" + uk, u["town"])
    e["phone"] = dict(sw)
    e["phone"]["ext"] = str(R.randrange(2000, 7999))
    e["address"] = ad if chance(0.5) else new_address(u["town"], form="suite")
    e["email"] = register_email("%s@%s" % (local, u["domain"]))
    e["contact"] = make_person(u["town"]) if chance(0.4) else None
    return e


def make_charity(town, used):
    for _ in range(50):
        if chance(0.3):
            base = "%s House Trust" % pick(SAINTS) if chance(0.5) else "%s %s" % (pick(SAINTS), pick(CHARITY_FORMS))
        else:
            base = "%s %s" % (pick(PLACE_WORDS[town]), pick(CHARITY_FORMS))
        if base not in used:
            used.add(base)
            break
    e = org_ent("charity", town, base, None, base.split()[0], tld="org.uk")
    e["phone"] = new_landline(town)
    e["address"] = new_address(town, form=pick(["suite", "house"]))
    e["email"] = register_email("%s@%s" % (pick(["info", "housing", "finance", "office"]), e["domain"]))
    e["contact"] = make_person(town) if chance(0.6) else None
    return e


def make_contractor(town, used, root=None, trade=None):
    owner = make_person(town)
    for _ in range(80):
        tr = trade or pick(TRADES)
        r = root or (pick(PLACE_WORDS[town]) if chance(0.6) else ascii_fold(owner["family"]).split("-")[0])
        pat = wpick([("{r} {t}", 6), ("{r} & Sons {t}", 1), ("{r} {t} Services", 1)])
        if "Services" in tr and "Services" in pat:
            pat = "{r} {t}"
        base = pat.format(r=r, t=tr)
        if base not in used:
            used.add(base)
            break
    sole = chance(0.3)
    suffix = None if sole else wpick([("Ltd", 8), ("Limited", 2)])
    e = org_ent("sole_trader" if sole else "contractor", town, base, suffix, base.split()[0])
    e["contact"] = owner
    if sole:
        e["org"]["owner_tas"] = True
        e["phone"] = new_mobile()
        e["email"] = register_email("%s@%s" % (slug(base)[:24], wpick([("gmail.com", 3), ("btinternet.com", 1),
                                                                        ("hotmail.co.uk", 2), ("outlook.com", 1)])))
        e["address"] = new_address(home_town_for(town) if chance(0.5) else town,
                                   form=wpick([("house", 3), ("named_house", 1)]))
    else:
        e["phone"] = new_mobile() if chance(0.5) else new_landline(town)
        e["email"] = register_email("%s@%s" % (pick(["info", "office", "accounts", "jobs",
                                                     slug(owner["given"])]), e["domain"]))
        e["address"] = new_address(town, form=wpick([("unit", 3), ("suite", 1), ("house", 1)]))
    e["trade"] = tr
    return e


def make_franchise(brand_i, area_i):
    brand, stem = FRANCHISES[brand_i]
    area, town = FRANCHISE_AREAS[area_i]
    base = "%s %s" % (brand, area) if chance(0.5) else "%s (%s)" % (brand, area)
    e = org_ent("franchise_outlet", town, base, wpick([("Ltd", 4), ("Limited", 1)]), brand.split()[0])
    e["domain"] = stem + ".co.uk"
    e["brand"] = brand
    e["area"] = area
    e["fa"] = (brand_i, area_i)
    e["phone"] = new_landline(town) if chance(0.6) else new_mobile()
    e["email"] = register_email("%s@%s" % (slug(area)[:16], e["domain"]))
    e["address"] = new_address(town, form=pick(["unit", "house"]))
    e["contact"] = make_person(town) if chance(0.6) else None
    return e


def make_corporate(town, used):
    for _ in range(50):
        base = "%s %s" % (pick(PLACE_WORDS[town]), pick(SECTORS))
        if base not in used:
            used.add(base)
            break
    e = org_ent("corporate_tenant", town, base, wpick([("Ltd", 6), ("Limited", 2), ("plc", 1)]),
                base.split()[0])
    sw = new_landline(town)
    e["phone"] = dict(sw)
    e["phone"]["ext"] = str(R.randrange(100, 999)) if chance(0.6) else None
    e["address"] = new_address(town, form=pick(["suite", "unit"]))
    e["contact"] = make_person(town) if chance(0.7) else None
    loc = pick(["hr", "accommodation", "accounts.payable", "relocation", "facilities", "purchase.ledger"])
    if e["contact"] and chance(0.4):
        loc = "%s.%s" % (slug(e["contact"]["given"]), slug(e["contact"]["family"]))
    e["email"] = register_email("%s@%s" % (loc, e["domain"]))
    return e


def make_block_manager(town, used):
    for _ in range(50):
        base = "%s %s" % (pick(PLACE_WORDS[town]), pick(["Block Management", "Estate Management",
                                                         "Residents' Management Company",
                                                         "Property Management"]))
        if base not in used:
            used.add(base)
            break
    e = org_ent("managing_agent", town, base, wpick([("Ltd", 5), ("Limited", 1)]), base.split()[0])
    e["phone"] = new_landline(town)
    e["address"] = new_address(town, form="suite")
    e["email"] = register_email("%s@%s" % (pick(["info", "accounts", "service.charges"]), e["domain"]))
    e["contact"] = make_person(town) if chance(0.5) else None
    return e


# ---------------------------------------------------------------- QuickBooks (existing) rendering
USED_DISPLAY = set()


def qbo_addr_style(e):
    st = default_addr_style()
    st["postcode"] = wpick([("std", 85), ("nospace", 9), ("lower", 3), ("lower_nospace", 3)])
    st["county"] = wpick([("keep", 5), ("drop", 5)])
    st["country"] = wpick([("iso", 40), ("name", 25), ("uk", 10), ("none", 25)])
    st["abbr"] = chance(0.2)
    st["flat"] = wpick([("comma", 70), ("space", 15), ("slash", 5), ("line2", 10)])
    st["block"] = wpick([("two_lines", 8), ("one_line", 2)])
    st["named"] = wpick([("two_lines", 7), ("one_line", 3)])
    st["locality"] = wpick([("line2", 60), ("drop", 25), ("city_combo", 10), ("city", 5)])
    st["welsh"] = chance(0.05)
    st["case"] = "upper" if chance(0.03) else "title"
    return st


def qbo_person_names(e):
    """Return (displayName, givenName, familyName) as keyed into QuickBooks."""
    p = e["p"]
    k = e["kind"]
    if k == "executors":
        d = e["deceased"]
        disp = wpick([("Exors of the late %s %s" % (d["given"], d["family"]), 4),
                      ("Estate of %s %s (dec'd)" % (d["given"][0], d["family"]), 2),
                      ("%s %s (deceased) - Executors" % (d["given"], d["family"]), 2),
                      ("Executors of %s %s %s" % (d["title"], d["given"][0], d["family"]), 2)])
        if chance(0.5):
            return disp, d["given"], d["family"]
        return disp, p["given"], p["family"]
    if k in ("joint_tenants", "landlord_couple"):
        p2 = e["p2"]
        same = p2["family"] == p["family"]
        if same:
            disp = wpick([("%s & %s %s %s" % (p["title"], p2["title"], p["given"][0], p["family"]), 4),
                          ("%s & %s %s" % (p["given"], p2["given"], p["family"]), 4),
                          ("%s, %s & %s" % (p["family"], p["given"], p2["given"]), 1),
                          ("%s %s & %s %s" % (p["title"], p["given"][0], p2["title"], p2["given"][0]) + " " + p["family"], 1)])
            given = p["given"] if chance(0.7) else "%s & %s" % (p["given"], p2["given"])
        else:
            disp = wpick([("%s %s & %s %s" % (p["given"][0], p["family"], p2["given"][0], p2["family"]), 3),
                          ("%s %s & %s %s" % (p["given"], p["family"], p2["given"], p2["family"]), 4),
                          ("%s %s %s & %s %s %s" % (p["title"], p["given"][0], p["family"], p2["title"],
                                                    p2["given"][0], p2["family"]), 2)])
            given = p["given"]
        return disp, given, p["family"]
    style = wpick([("full", 55), ("rev", 8), ("title_full", 8), ("title_init", 10), ("middle", 5),
                   ("old_caps", 3), ("nick", 3 if p["nick"] else 0),
                   ("chinese_order", 4 if p["origin"] == "chinese" else 0)])
    g, f = p["given"], p["family"]
    given = g
    family = f
    if style == "full":
        disp = "%s %s" % (g, f)
    elif style == "rev":
        disp = "%s, %s" % (f, g)
    elif style == "title_full":
        disp = "%s %s %s" % (p["title"], g, f)
    elif style == "title_init":
        disp = "%s %s %s" % (p["title"], initials(p, dots=chance(0.4)).replace(" ", ""), f)
        if chance(0.4):
            given = g[0]
    elif style == "middle":
        if p["middle"]:
            disp = "%s %s %s" % (g, p["middle"][0] if chance(0.6) else p["middle"], f)
            if chance(0.3):
                given = "%s %s" % (g, p["middle"])
        else:
            disp = "%s %s" % (g, f)
    elif style == "old_caps":
        disp = "%s, %s" % (f.upper(), g)
        family = f.upper()
    elif style == "nick":
        disp = "%s %s" % (p["nick"], f)
        given = p["nick"] if chance(0.6) else g
    else:
        disp = "%s %s" % (f.upper(), g)
        family = f.upper()
    return disp, given, family


def qbo_org_names(e):
    o = e["org"]
    k = e["kind"]
    if k in ("council_department", "university_office"):
        body = o["body"]
        dept = o["dept"]
        if o["body_cy"] and chance(0.25):
            body, dept = o["body_cy"], o["dept_cy"]
        company = body if chance(0.5) else "%s - %s" % (body, dept)
        disp = wpick([("%s - %s" % (body, dept), 5), ("%s (%s)" % (body, dept), 3),
                      ("%s, %s" % (dept, body), 1)])
        return disp, company
    full = o["base"] + (" " + o["suffix"] if o["suffix"] else "")
    if k == "sole_trader":
        c = e["contact"]
        company = full
        disp = wpick([("%s %s t/a %s" % (c["given"], c["family"], full), 3),
                      ("%s t/a %s" % (c["given"][0] + " " + c["family"], full), 2),
                      (full, 3), ("%s (%s %s)" % (full, c["given"], c["family"]), 2)])
        if chance(0.3):
            company = disp
        return disp, company
    if o["cy"]:
        return wpick([("%s / %s" % (o["cy"], full), 1), (full, 3), (o["cy"], 1)]), full
    disp = full if chance(0.8) else o["base"]
    return disp, full


def unique_display(disp, e, addr_obj):
    if disp.casefold() not in USED_DISPLAY:
        USED_DISPLAY.add(disp.casefold())
        return disp
    cands = []
    if addr_obj and not addr_obj["overseas"]:
        if addr_obj.get("locality"):
            cands.append("%s (%s)" % (disp, addr_obj["locality"]))
        cands.append("%s (%s)" % (disp, addr_obj["town"]))
        if addr_obj.get("street"):
            cands.append("%s - %s" % (disp, addr_obj["street"]))
    if e["party"] == "person" and e["p"].get("middle"):
        p = e["p"]
        cands.append(disp.replace(p["given"], "%s %s" % (p["given"], p["middle"][0]), 1))
    for c in cands:
        if c.casefold() not in USED_DISPLAY:
            USED_DISPLAY.add(c.casefold())
            return c
    n = 2
    while ("%s %d" % (disp, n)).casefold() in USED_DISPLAY:
        n += 1
    c = "%s %d" % (disp, n)
    USED_DISPLAY.add(c.casefold())
    return c


def render_existing(e):
    addr_obj = e[e["qbo_addr"]]
    has = dict(email=chance(0.86 if e["party"] == "person" else 0.9), phone=chance(0.85),
               address=chance(0.88))
    if e["kind"] == "overseas_landlord":
        has["address"] = chance(0.7)
    if not (has["email"] or has["phone"] or has["address"]):
        has[pick(["email", "phone", "address"])] = True
    if e["email"] is None:
        has["email"] = False
    if e["phone"] is None:
        has["phone"] = False
    if addr_obj is None:
        has["address"] = False
    if not (has["email"] or has["phone"] or has["address"]):
        for k in ("email", "phone"):
            if e[k]:
                has[k] = True
                break
    if e["party"] == "person":
        disp, given, family = qbo_person_names(e)
        company = None
    else:
        disp, company = qbo_org_names(e)
        given = family = None
        if e["contact"] and chance(0.75):
            given, family = e["contact"]["given"], e["contact"]["family"]
    disp = unique_display(disp, e, addr_obj)
    ph = None
    if has["phone"]:
        ph = fmt_phone(e["phone"], wpick([("std", 60), ("compact", 15), ("paren", 5), ("intl", 10),
                                          ("triple", 5), ("odd", 5)]) if e["phone"]["kind"] != "intl"
                       else "std", wpick([("ext", 4), ("x", 2), ("ext.", 1), ("paren", 1)]))
    em = e["email"] if has["email"] else None
    if em and chance(0.02):
        em = em[0].upper() + em[1:]
    ad = render_address(addr_obj, qbo_addr_style(e)) if has["address"] else None
    e["has"] = has
    return dict(displayName=disp, givenName=given, familyName=family, companyName=company,
                email=em, phone=ph, address=ad)


# ---------------------------------------------------------------- comparison (labels)
FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
ADDR_FIELDS = ["line1", "line2", "city", "region", "postalCode", "country"]
CITY_ALIAS = {"caerdydd": "cardiff", "casnewydd": "newport", "abertawe": "swansea",
              "ybarri": "barry", "caerffili": "caerphilly", "ybontfaen": "cowbridge"}
COMPANY_STOP = {"the", "ltd", "limited", "llp", "plc", "cyf", "cyfyngedig", "llc"}


def n_name(s):
    return alnum_key(s)


def n_email(s):
    return s.strip().casefold() if s else ""


def n_phone(s):
    if not s:
        return ""
    m = re.search(r"[A-Za-z]", s)
    if m:
        s = s[:m.start()]
    d = re.sub(r"\D", "", s)
    if d.startswith("00"):
        d = d[2:]
    if d.startswith("440") and len(d) == 13:
        d = "0" + d[3:]
    elif d.startswith("44") and len(d) == 12:
        d = "0" + d[2:]
    return d


def n_postcode(s):
    return re.sub(r"\s+", "", s).upper() if s else ""


def n_premise(a):
    text = ascii_fold("%s %s" % (a.get("line1") or "", a.get("line2") or "")).lower()
    toks = [t for t in re.split(r"[^a-z0-9]+", text) if re.fullmatch(r"\d+[a-z]?", t)]
    if toks:
        return "#" + ",".join(sorted(toks))
    first = ascii_fold((a.get("line1") or "").split(",")[0]).lower()
    return "@" + re.sub(r"[^a-z0-9]", "", first)


def n_city(s):
    k = alnum_key(s)
    return CITY_ALIAS.get(k, k)


def company_tokens(s):
    if not s:
        return []
    t = ascii_fold(s).casefold().replace("&", " and ")
    toks = [x for x in re.split(r"[^a-z0-9]+", t) if x and x not in COMPANY_STOP]
    return toks


def addr_shared(a, b):
    if not a or not b:
        return False
    pa, pb = n_postcode(a.get("postalCode")), n_postcode(b.get("postalCode"))
    if not pa or pa != pb:
        return False
    return n_premise(a) == n_premise(b)


def evidence(x, y):
    ev = []
    if x["email"] and y["email"] and n_email(x["email"]) == n_email(y["email"]):
        ev.append("email")
    if x["phone"] and y["phone"] and n_phone(x["phone"]) and n_phone(x["phone"]) == n_phone(y["phone"]):
        ev.append("phone")
    if addr_shared(x["address"], y["address"]):
        ev.append("address")
    return ev


def shared_keys(x, y):
    out = []
    for f in ("givenName", "familyName"):
        if x[f] and y[f] and n_name(x[f]) and n_name(x[f]) == n_name(y[f]):
            out.append(f)
    cx, cy = company_tokens(x["companyName"]), company_tokens(y["companyName"])
    if cx and cy and cx == cy:
        out.append("companyName")
    if cx and cy and cx[0] == cy[0]:
        out.append("company_root")
    if x["email"] and y["email"] and n_email(x["email"]) == n_email(y["email"]):
        out.append("email")
    if x["email"] and y["email"]:
        dx, dy = n_email(x["email"]).split("@")[-1], n_email(y["email"]).split("@")[-1]
        if dx == dy and dx not in WEBMAIL_DOMAINS:
            out.append("email_domain")
    if x["phone"] and y["phone"] and n_phone(x["phone"]) == n_phone(y["phone"]):
        out.append("phone")
    if addr_shared(x["address"], y["address"]):
        out.append("address")
    ax, ay = x["address"] or {}, y["address"] or {}
    if n_postcode(ax.get("postalCode")) and n_postcode(ax.get("postalCode")) == n_postcode(ay.get("postalCode")):
        out.append("postcode")
    if n_city(ax.get("city")) and n_city(ax.get("city")) == n_city(ay.get("city")):
        out.append("city")
    return out


def diff_fields(x, y):
    out = []
    for f in FIELDS:
        if x[f] != y[f]:
            out.append(f)
    ax, ay = x["address"], y["address"]
    if (ax is None) != (ay is None):
        out.append("address")
    elif ax is not None:
        for f in ADDR_FIELDS:
            if ax[f] != ay[f]:
                out.append("address." + f)
    return out


def auto_label(field, a, b):
    if a is None:
        return "added"
    if b is None:
        return "dropped"
    if a.casefold() == b.casefold():
        return "case"
    if ascii_fold(a).casefold() == ascii_fold(b).casefold():
        return "accents"
    if alnum_key(a) == alnum_key(b):
        return "punctuation_spacing"
    if field == "phone" and n_phone(a) == n_phone(b):
        return "format"
    if field == "address.postalCode" and n_postcode(a) == n_postcode(b):
        return "format"
    ka, kb = alnum_key(a), alnum_key(b)
    if field in ("givenName", "familyName", "displayName"):
        if len(kb) == 1 and ka[:1] == kb:
            return "initial_only"
        if ka and kb and (ka in kb or kb in ka):
            return "shortened" if len(kb) < len(ka) else "extended"
        ta = sorted(alnum_key(x) for x in re.split(r"[\s,]+", a) if alnum_key(x))
        tb = sorted(alnum_key(x) for x in re.split(r"[\s,]+", b) if alnum_key(x))
        if ta == tb:
            return "word_order"
        if field == "displayName":
            return "source_format"
    if ka and kb and (ka in kb or kb in ka):
        return "shortened" if len(kb) < len(ka) else "extended"
    if field == "address.country" or field == "address.region" or field == "address.city":
        return "written_otherwise"
    return "written_otherwise"


REPLACING = {"new_mailbox", "graduated_new_mailbox", "other_mailbox", "partner_mailbox", "new_number",
             "other_number", "dropped", "moved_to_another_let_property", "moved_abroad", "moved_home",
             "office_moved", "let_property_address_not_home", "term_address", "home_address",
             "home_address_not_care_of"}


def _after_last_replacing(entries):
    """entries: [(seq, what)] in order; keep the last replacing one and what came after it"""
    last = -1
    for i, (q, w) in enumerate(entries):
        if w in REPLACING:
            last = i
    return entries[last:] if last >= 0 else entries


def reconcile(base, rec, log):
    """changes list: for every field that differs, the logged reasons (or an automatic one)."""
    diffs = diff_fields(base, rec)
    changes = []

    def add(it):
        if it not in changes:
            changes.append(it)

    whole = _after_last_replacing([(q, w) for q, (f, w, v) in enumerate(log) if f == "address"])
    if whole:
        last_rep = max([q for q, w in whole if w in REPLACING] or [-1])
    else:
        last_rep = -1
    whole_done = False
    for f in diffs:
        if f == "address" or (f.startswith("address.") and whole):
            if not whole_done:
                if whole:
                    for q, w in whole:
                        add("address:" + w)
                else:
                    add("address:" + ("dropped" if rec["address"] is None else "added"))
                whole_done = True
            if f == "address":
                continue
            # sub-field changes made after the whole address was replaced (e.g. a typo in the new postcode)
            for q, (ff, w, v) in enumerate(log):
                if ff == f and q > last_rep:
                    add("%s:%s" % (f, w))
            continue
        entries = [(q, w) for q, (ff, w, v) in enumerate(log)
                   if ff == f and (v is None or v.casefold() in (rec[f] or "").casefold())]
        whats = [w for q, w in _after_last_replacing(entries)]
        if not whats:
            if f.startswith("address."):
                sub = f.split(".")[1]
                whats = [auto_label(f, base["address"][sub], rec["address"][sub])]
            else:
                whats = [auto_label(f, base[f], rec[f])]
        if not f.startswith("address"):
            if rec[f] is not None and len(whats) > 1:
                whats = [w for w in whats if w != "dropped"] or whats
            if base[f] is None:
                whats = ["added"]
            if rec[f] is None:
                whats = ["dropped"]
        for w in whats:
            add("%s:%s" % (f, w))
    return changes


# ---------------------------------------------------------------- typing errors
KEY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEIGH = {}
for _ri, _row in enumerate(KEY_ROWS):
    for _ci, _ch in enumerate(_row):
        nb = []
        if _ci > 0:
            nb.append(_row[_ci - 1])
        if _ci < len(_row) - 1:
            nb.append(_row[_ci + 1])
        for _dr in (-1, 1):
            if 0 <= _ri + _dr < 3:
                r2 = KEY_ROWS[_ri + _dr]
                for _dc in (0, 1) if _dr == -1 else (-1, 0):
                    if 0 <= _ci + _dc < len(r2):
                        nb.append(r2[_ci + _dc])
        NEIGH[_ch] = nb


def typo(s, start=1):
    if s is None or len(s) < 3:
        return s
    for _ in range(30):
        idx = [i for i in range(start, len(s)) if s[i].isalpha()]
        if not idx:
            return s
        i = pick(idx)
        c = s[i]
        lc = c.lower()
        op = wpick([("sub", 4), ("del", 3), ("dup", 2), ("swap", 3), ("ins", 1)])
        if op == "sub" and lc in NEIGH:
            r = pick(NEIGH[lc])
            r = r.upper() if c.isupper() else r
            t = s[:i] + r + s[i + 1:]
        elif op == "del":
            t = s[:i] + s[i + 1:]
        elif op == "dup":
            t = s[:i] + c + s[i:]
        elif op == "swap" and i + 1 < len(s) and s[i + 1].isalpha():
            t = s[:i] + s[i + 1] + c + s[i + 2:]
        elif op == "ins" and lc in NEIGH:
            r = pick(NEIGH[lc])
            t = s[:i] + (r.upper() if c.isupper() else r) + s[i:]
        else:
            continue
        if t != s and t.casefold() != s.casefold():
            return t
    return s


DOMAIN_TYPOS = {"gmail.com": ["gmial.com", "gmail.co.uk", "gamil.com", "gmal.com", "gmail.con"],
                "hotmail.co.uk": ["hotmail.co", "hotmial.co.uk", "hotmail.com", "hotmai.co.uk"],
                "hotmail.com": ["hotmail.co.uk", "hotmial.com", "hotmal.com"],
                "yahoo.co.uk": ["yahoo.com", "yaho.co.uk", "yahoo.co"],
                "btinternet.com": ["btinternet.co.uk", "btinternt.com", "btinterent.com"],
                "outlook.com": ["outlok.com", "outlook.co.uk", "outloook.com"],
                "icloud.com": ["icloud.co.uk", "iclould.com"], "live.co.uk": ["live.com", "live.co"],
                "sky.com": ["sky.co.uk"], "googlemail.com": ["gmail.com", "googlemail.co.uk"],
                "virginmedia.com": ["virginmedia.co.uk", "virgin.net"], "talktalk.net": ["talktalk.com"],
                "aol.com": ["aol.co.uk"], "yahoo.com": ["yahoo.co.uk"]}


def email_typo_domain(em):
    loc, dom = em.split("@")
    if dom in DOMAIN_TYPOS:
        return loc + "@" + pick(DOMAIN_TYPOS[dom])
    if dom.endswith(".ac.uk"):
        stem = dom.split(".")[0]
        return loc + "@" + (typo(stem) + dom[len(stem):] if chance(0.6) else dom.replace(".ac.uk", ".co.uk"))
    if dom.endswith(".co.uk"):
        return loc + "@" + dom[:-6] + ".com"
    return loc + "@" + typo(dom)


def email_typo_local(em):
    loc, dom = em.split("@")
    if "." in loc and chance(0.4):
        t = loc.replace(".", "", 1)
    elif chance(0.15):
        t = loc.replace(".", "_", 1) if "." in loc else loc + "1"
    else:
        t = typo(loc, start=1)
    if t == loc:
        t = loc + "x"
    return t + "@" + dom


def phone_digit_op(ph, op):
    ph = dict(ph)
    d = ph["digits"]
    lo = 2 if ph["kind"] != "intl" else len(d) - 7
    lo = max(lo, 2)
    for _ in range(30):
        i = R.randrange(lo, len(d))
        if op == "digit_off":
            nd = d[:i] + str((int(d[i]) + pick([1, 9, 2, 8, 3])) % 10) + d[i + 1:]
        elif op == "transpose":
            if i + 1 >= len(d) or d[i] == d[i + 1]:
                continue
            nd = d[:i] + d[i + 1] + d[i] + d[i + 2:]
        else:
            nd = d[:i] + d[i + 1:]
        if nd != d:
            ph["digits"] = nd
            return ph
    ph["digits"] = d[:-1] + str((int(d[-1]) + 1) % 10)
    return ph


def postcode_typo(pc):
    out, inw = pc.split(" ")
    for _ in range(20):
        c = wpick([("inward_swap", 3), ("inward_sub", 3), ("outward_digit", 2), ("oh_zero", 1)])
        if c == "inward_swap" and inw[1] != inw[2]:
            return "%s %s%s%s" % (out, inw[0], inw[2], inw[1])
        if c == "inward_sub":
            nl = pick([x for x in POSTCODE_LETTERS if x != inw[2]])
            return "%s %s%s" % (out, inw[:2], nl)
        if c == "outward_digit":
            m = re.match(r"([A-Z]+)(\d+)", out)
            n = int(m.group(2))
            n2 = n + pick([1, -1, 10]) if n > 1 else n + 1
            return "%s%d %s" % (m.group(1), n2, inw)
        if c == "oh_zero" and "0" in pc:
            return pc.replace("0", "O", 1)
    return "%s %s%s" % (out, str((int(inw[0]) + 1) % 10), inw[1:])


# ---------------------------------------------------------------- incoming name specs & sources
SOURCES = ["pms_export", "tenant_portal", "landlord_form", "branch_notes"]


def person_spec(e):
    sp = dict(kind=e["kind"], p=dict(e["p"]), p2=dict(e["p2"]) if e["p2"] else None,
              d=dict(e["deceased"]) if e["deceased"] else None, initial=False, show_middle=False,
              title_drop=False, drop_p2=False, use_nick=False)
    return sp


def cased(s, mode):
    if s is None:
        return None
    if mode == "upper":
        return s.upper()
    if mode == "lower":
        return s.lower()
    return s


def g_of(p, sp):
    return p["given"]


def fmt_person(sp, src):
    """-> (displayName, givenName, familyName)"""
    p, p2, d = sp["p"], sp["p2"], sp["d"]
    k = sp["kind"]
    given = p["given"]
    if sp["show_middle"] and p.get("middle"):
        given = "%s %s" % (given, p["middle"])
    fam = p["family"]
    title = None if sp["title_drop"] else p["title"]
    ini = p["given"][0].upper() + ((" " + p["middle"][0].upper()) if (p.get("middle") and chance(0.5)) else "")
    joint = p2 is not None and not sp["drop_p2"]
    if src == "pms_export":
        dots = chance(0.3)
        inis = ini.replace(" ", ".") + "." if dots else ini
        if k == "executors":
            disp = wpick([("EXORS OF THE LATE %s %s" % (d["given"][0], d["family"].upper()), 3),
                          ("EXORS OF %s %s DECD" % (d["given"][0], d["family"].upper()), 2),
                          ("%s %s %s (DECEASED)" % (d["title"], d["given"][0], d["family"].upper()), 1)])
            return disp, d["given"][0] if chance(0.5) else d["given"], d["family"].upper()
        if joint:
            if p2["family"] == p["family"]:
                disp = "%s & %s %s %s" % (p["title"], p2["title"], p["given"][0], fam.upper())
            else:
                disp = "%s %s %s & %s %s %s" % (p["title"], p["given"][0], fam.upper(), p2["title"],
                                                 p2["given"][0], p2["family"].upper())
        else:
            disp = ("%s %s %s" % (title, inis, fam.upper())) if title else "%s %s" % (inis, fam.upper())
        gmode = wpick([("full", 5), ("initial", 3), ("upper", 2)])
        g = given if gmode == "full" else (ini.replace(" ", "") if gmode == "initial" else given.upper())
        if sp["initial"]:
            g = ini.replace(" ", "")
        return disp, g, fam.upper()
    if src == "tenant_portal":
        mode = wpick([("lower", 40), ("as", 45), ("upper", 5), ("mixed", 10)])
        g = given if not sp["initial"] else p["given"][0]
        gm = cased(g, "lower" if mode == "lower" else ("upper" if mode == "upper" else "as"))
        fm = cased(fam, "lower" if mode in ("lower", "mixed") else ("upper" if mode == "upper" else "as"))
        disp = "%s %s" % (gm, fm)
        if joint and chance(0.3):
            disp = "%s & %s %s" % (gm, cased(p2["given"], "lower" if mode == "lower" else "as"),
                                   cased(p2["family"], "lower" if mode in ("lower", "mixed") else "as"))
        if k == "executors":
            disp = "%s %s" % (gm, fm)
        return disp, gm, fm
    if src == "landlord_form":
        g = given if not sp["initial"] else p["given"][0]
        if k == "executors":
            disp = wpick([("%s %s (executor of the late %s %s)" % (g, fam, d["given"], d["family"]), 3),
                          ("Estate of %s %s" % (d["given"], d["family"]), 2),
                          ("%s %s - Executor for %s %s" % (g, fam, d["given"][0], d["family"]), 1)])
            return disp, g, fam
        if joint:
            if p2["family"] == fam:
                disp = wpick([("%s and %s %s" % (g, p2["given"], fam), 3),
                              ("%s %s & %s %s" % (p["title"], g, p2["title"], p2["given"]) + " " + fam, 1)])
            else:
                disp = "%s %s and %s %s" % (g, fam, p2["given"], p2["family"])
        else:
            disp = ("%s %s %s" % (title, g, fam)) if (title and chance(0.3)) else "%s %s" % (g, fam)
        return disp, g, fam
    # branch_notes
    g = given if not sp["initial"] else p["given"][0]
    if k == "executors":
        disp = wpick([("%s %s (decd) exors" % (d["family"], d["given"][0]), 2),
                      ("Est late %s %s" % (d["given"][0], d["family"]), 2),
                      ("Exors %s %s" % (d["given"], d["family"]), 1)])
        return disp, g, fam
    if joint:
        if p2["family"] == fam:
            disp = wpick([("%s+%s %s" % (p["title"], p2["title"], fam), 2),
                          ("%s %s & %s" % (fam, p["given"][0], p2["given"][0]), 2),
                          ("%s & %s %s" % (g, p2["given"], fam), 2)])
        else:
            disp = wpick([("%s %s/%s %s" % (p["given"][0], fam, p2["given"][0], p2["family"]), 2),
                          ("%s %s & %s %s" % (g, fam, p2["given"], p2["family"]), 2)])
        return disp, g, fam
    disp = wpick([("%s %s" % (g, fam), 5), ("%s %s" % (fam, g), 2), ("%s %s" % (g[0], fam), 2),
                  ("%s, %s" % (fam, g[0]), 1), ("%s %s" % (title or "", fam), 0.5 if title else 0)]).strip()
    return disp, g, fam


ABBR_WORDS = [("Property", "Prop"), ("Properties", "Props"), ("Holdings", "Hldgs"),
              ("Services", "Svcs"), ("Housing Association", "HA"), ("Association", "Assoc"),
              ("University", "Uni"), ("Management", "Mgmt"), ("Investments", "Invs"),
              ("Developments", "Devs"), ("Maintenance", "Maint"), ("Residential", "Resi"),
              ("Accommodation", "Accom"), ("International", "Intl"), ("Council", "Cncl"),
              ("Department", "Dept"), ("Electrical", "Elec"), ("Engineering", "Eng"),
              ("Children's", "Childrens"), ("Estates", "Est"), ("Lettings", "Lets"),
              ("Plumbing & Heating", "P&H"), ("Temporary", "Temp"), ("Metropolitan", "Met"),
              ("Community", "Comm"), ("Cleaning", "Clng"), ("Healthcare", "H/care")]


def abbreviate_name(s, n=2):
    cands = [(a, b) for a, b in ABBR_WORDS if re.search(r"\b%s\b" % re.escape(a), s)]
    if not cands:
        return s
    for a, b in sample(cands, min(n, len(cands))):
        s = re.sub(r"\b%s\b" % re.escape(a), b, s)
    return s


def org_spec(e):
    o = e["org"]
    return dict(kind=e["kind"], base=o["base"], suffix=o["suffix"], cy=o["cy"], body=o["body"],
                body_cy=o["body_cy"], dept=o["dept"], dept_cy=o["dept_cy"], use_cy=False,
                dept_mode="full", contact=dict(e["contact"]) if e["contact"] else None,
                tas=o.get("owner_tas"), contact_shown=chance(0.6))


def fmt_org(sp, src):
    """-> (displayName, givenName, familyName, companyName)"""
    c = sp["contact"]
    suf = sp["suffix"]
    if sp["kind"] in ("council_department", "university_office"):
        body = sp["body_cy"] if (sp["use_cy"] and sp["body_cy"]) else sp["body"]
        dept = sp["dept_cy"] if (sp["use_cy"] and sp["dept_cy"]) else sp["dept"]
        if sp["dept_mode"] == "abbrev":
            dept = abbreviate_name(dept)
        if sp["dept_mode"] == "omit":
            disp = body
            comp = body
        else:
            disp = wpick([("%s - %s" % (body, dept), 4), ("%s %s" % (body, dept), 2),
                          ("%s (%s)" % (body, dept), 2), ("%s, %s" % (dept, body), 1)])
            comp = body if chance(0.5) else disp
    else:
        base = sp["cy"] if (sp["use_cy"] and sp["cy"]) else sp["base"]
        full = base + (" " + suf if suf and not (sp["use_cy"] and sp["cy"]) else "")
        comp = full
        disp = full
        if sp["tas"] and c:
            disp = wpick([(full, 3), ("%s %s t/a %s" % (c["given"][0], c["family"], full), 2),
                          ("%s %s T/A %s" % (c["given"], c["family"], full), 1)])
            if "t/a" in disp.lower() and chance(0.5):
                comp = disp
    if src == "pms_export":
        if chance(0.55):
            disp, comp = disp.upper(), comp.upper()
    elif src == "branch_notes":
        if chance(0.5):
            disp = abbreviate_name(disp)
            comp = disp if chance(0.6) else comp
        if chance(0.15):
            disp = disp.lower()
    g = f = None
    if c and sp["contact_shown"]:
        g, f = c["given"], c["family"]
        if src == "pms_export" and chance(0.5):
            f = f.upper()
        if src == "branch_notes" and chance(0.3):
            g = g[0]
    return disp, g, f, comp


# ---------------------------------------------------------------- mutation operators
NAME3 = ["displayName", "givenName", "familyName"]
ORG2 = ["displayName", "companyName"]


def L(ctx, fields, what, val=None):
    for f in fields:
        ctx["log"].append((f, what, val))


def _p(ctx):
    return ctx["sp"]["p"]


def op_nickname(ctx):
    p = _p(ctx)
    if p["given"] not in NICKNAMES:
        return False
    p["given"] = p["nick"] if (p["nick"] and p["nick"] != p["given"]) else pick(NICKNAMES[p["given"]])
    L(ctx, NAME3[:2], "nickname", p["given"])
    return True


def op_variant(ctx):
    p = _p(ctx)
    opts = [k for k in ("given", "family") if p[k] in VARIANTS]
    if not opts:
        return False
    k = pick(opts)
    p[k] = pick(VARIANTS[p[k]])
    L(ctx, ["displayName", "givenName" if k == "given" else "familyName"], "spelling_variant", p[k])
    return True


def _set_family(ctx, new):
    sp = ctx["sp"]
    old = sp["p"]["family"]
    sp["p"]["family"] = new
    if sp["d"] and sp["d"]["family"] == old:
        sp["d"]["family"] = new


def op_typo_family(ctx):
    p = _p(ctx)
    t = typo(p["family"])
    if t == p["family"]:
        return False
    _set_family(ctx, t)
    L(ctx, ["displayName", "familyName"], "typo", t)
    return True


def op_typo_given(ctx):
    p = _p(ctx)
    t = typo(p["given"])
    if t == p["given"] or len(p["given"]) < 4:
        return False
    p["given"] = t
    L(ctx, ["displayName", "givenName"], "typo", t)
    return True


def op_accents_strip(ctx):
    sp = ctx["sp"]
    done = False
    for q in (sp["p"], sp["p2"], sp["d"]):
        if q:
            for k in ("given", "family", "middle"):
                if q.get(k) and has_accent(q[k]):
                    q[k] = ascii_fold(q[k])
                    done = True
    if done:
        L(ctx, NAME3, "accents_dropped")
    return done


def op_accents_mangle(ctx):
    p = _p(ctx)
    opts = [k for k in ("given", "family") if has_accent(p[k])]
    if not opts:
        return False
    k = pick(opts)
    p[k] = mojibake(p[k]) if chance(0.7) else "".join(c if not has_accent(c) else "?" for c in p[k])
    L(ctx, ["displayName", "givenName" if k == "given" else "familyName"], "accents_mangled", p[k])
    return True


def op_title_change(ctx):
    p = _p(ctx)
    alts = {"Mrs": ["Ms", "Miss"], "Ms": ["Mrs", "Miss"], "Miss": ["Ms", "Mrs"], "Dr": ["Mr"],
            "Mr": ["Dr"], "Revd": ["Rev", "Rev."]}
    if p["gender"] == "f" and p["title"] == "Dr":
        alts["Dr"] = ["Mrs", "Ms"]
    if p["title"] == "Mr" and chance(0.8):
        return False
    p["title"] = pick(alts.get(p["title"], ["Mr"]))
    L(ctx, ["displayName"], "title")
    return True


def op_title_drop(ctx):
    ctx["sp"]["title_drop"] = True
    L(ctx, ["displayName"], "title_dropped")
    return True


def op_initial_only(ctx):
    if ctx["src"] == "pms_export":
        return False
    ctx["sp"]["initial"] = True
    L(ctx, NAME3[:2], "initial_only")
    return True


def op_middle_shown(ctx):
    if not _p(ctx).get("middle"):
        return False
    ctx["sp"]["show_middle"] = True
    L(ctx, NAME3[:2], "middle_name")
    return True


def op_married_name(ctx):
    sp = ctx["sp"]
    p = sp["p"]
    if p["gender"] != "f" or sp["p2"] or sp["d"]:
        return False
    q = make_person(ctx["e"]["town"])
    if q["family"] == p["family"]:
        return False
    if p["origin"] == "polish" and isinstance(q["family"], str):
        pass
    p["family"] = q["family"] if q["gender"] == "f" else make_person(origin=q["origin"], gender="f")["family"]
    p["title"] = "Mrs"
    L(ctx, ["displayName", "familyName"], "married_name", p["family"])
    return True


def op_double_barrel(ctx):
    p = _p(ctx)
    f = p["family"]
    if "-" in f:
        a, b = f.split("-", 1)
        p["family"] = wpick([(b, 3), (a + " " + b, 3), (a, 1), (a + b.lower(), 1)])
    elif " " in f:
        p["family"] = f.replace(" ", "") if chance(0.5) else f.split(" ")[-1]
    else:
        return False
    L(ctx, ["displayName", "familyName"], "double_barrel", p["family"])
    return True


def op_polish_gender(ctx):
    p = _p(ctx)
    if p["origin"] != "polish":
        return False
    for a, b in ORIGINS["polish"]["s"]:
        if a != b and p["family"] in (a, b):
            p["family"] = b if p["family"] == a else a
            L(ctx, ["displayName", "familyName"], "gendered_surname", p["family"])
            return True
    return False


def op_apostrophe(ctx):
    p = _p(ctx)
    if "'" not in p["family"]:
        return False
    p["family"] = p["family"].replace("'", "" if chance(0.6) else " ")
    L(ctx, ["displayName", "familyName"], "apostrophe", p["family"])
    return True


def op_drop_p2(ctx):
    if not ctx["sp"]["p2"]:
        return False
    ctx["sp"]["drop_p2"] = True
    L(ctx, ["displayName", "givenName"], "second_party_omitted")
    return True


def fop_swap_fields(ctx, rec):
    if not rec["givenName"] or not rec["familyName"]:
        return False
    rec["givenName"], rec["familyName"] = rec["familyName"], rec["givenName"]
    L(ctx, ["givenName", "familyName"], "swapped_given_family")
    if ctx["src"] == "branch_notes" and chance(0.6):
        rec["displayName"] = "%s %s" % (rec["givenName"], rec["familyName"])
        L(ctx, ["displayName"], "swapped_given_family")
    return True


def fop_drop_given(ctx, rec):
    if not rec["givenName"]:
        return False
    rec["givenName"] = None
    L(ctx, ["givenName"], "dropped")
    return True


def fop_display_case(ctx, rec):
    rec["displayName"] = rec["displayName"].upper() if chance(0.5) else rec["displayName"].lower()
    L(ctx, ["displayName"], "case")
    return True


# organisations
def op_suffix(ctx):
    sp = ctx["sp"]
    s = sp["suffix"]
    alts = {"Ltd": ["Limited", "LTD", "Ltd.", None], "Limited": ["Ltd", "Ltd.", None],
            "LLP": ["L.L.P.", None, "llp"], "Cyf": ["Cyfyngedig", "Ltd", None], "plc": ["PLC", "Plc", None],
            None: ["Ltd"] if sp["kind"] in ("contractor", "corporate_tenant", "landlord_company") else []}
    if not alts.get(s):
        return False
    sp["suffix"] = pick(alts[s])
    L(ctx, ORG2, "legal_suffix")
    return True


def op_amp(ctx):
    sp = ctx["sp"]
    for k in ("base", "dept"):
        v = sp.get(k)
        if v and "&" in v:
            sp[k] = v.replace("&", "and")
            L(ctx, ORG2, "ampersand")
            return True
        if v and " and " in v:
            sp[k] = v.replace(" and ", " & ")
            L(ctx, ORG2, "ampersand")
            return True
    return False


def op_abbrev(ctx):
    sp = ctx["sp"]
    b = abbreviate_name(sp["base"])
    if b == sp["base"]:
        return False
    sp["base"] = b
    L(ctx, ORG2, "abbreviated")
    return True


def op_typo_org(ctx):
    sp = ctx["sp"]
    words = sp["base"].split()
    idx = [i for i, w in enumerate(words) if len(w) >= 5]
    if not idx:
        return False
    i = pick(idx)
    words[i] = typo(words[i])
    sp["base"] = " ".join(words)
    L(ctx, ORG2, "typo")
    return True


def op_welsh(ctx):
    sp = ctx["sp"]
    if not (sp["cy"] or sp["body_cy"]):
        return False
    sp["use_cy"] = True
    L(ctx, ORG2, "welsh_name")
    return True


def op_dept_omit(ctx):
    sp = ctx["sp"]
    if not sp["dept"]:
        return False
    sp["dept_mode"] = "omit"
    L(ctx, ORG2, "department_omitted")
    return True


def op_dept_abbrev(ctx):
    sp = ctx["sp"]
    if not sp["dept"] or abbreviate_name(sp["dept"]) == sp["dept"]:
        return False
    sp["dept_mode"] = "abbrev"
    L(ctx, ORG2, "abbreviated")
    return True


def op_the(ctx):
    sp = ctx["sp"]
    if sp["kind"] not in ("charity", "housing_association", "managing_agent"):
        return False
    sp["base"] = sp["base"][4:] if sp["base"].startswith("The ") else "The " + sp["base"]
    L(ctx, ORG2, "the_prefix")
    return True


def op_contact_change(ctx):
    sp = ctx["sp"]
    if sp["kind"] in ("sole_trader", "landlord_company"):
        return False
    sp["contact"] = make_person(ctx["e"]["town"])
    sp["contact_shown"] = True
    L(ctx, ["givenName", "familyName"], "contact_person_changed")
    return True


def op_contact_drop(ctx):
    ctx["sp"]["contact_shown"] = False
    L(ctx, ["givenName", "familyName"], "dropped")
    return True


# channels: ctx["st"] holds email (str), phone (dict), pstyle, estyle, addr (obj), astyle (dict)
def op_email_case(ctx):
    em = ctx["st"]["email"]
    if not em:
        return False
    ctx["st"]["email"] = em[0].upper() + em[1:] if chance(0.7) else em.upper()
    L(ctx, ["email"], "case")
    return True


def op_email_typo_domain(ctx):
    em = ctx["st"]["email"]
    if not em:
        return False
    ctx["st"]["email"] = email_typo_domain(em)
    L(ctx, ["email"], "typo_domain")
    return True


def op_email_typo_local(ctx):
    em = ctx["st"]["email"]
    if not em:
        return False
    ctx["st"]["email"] = email_typo_local(em)
    L(ctx, ["email"], "typo")
    return True


def op_email_new(ctx):
    e = ctx["e"]
    st = ctx["st"]
    if e["party"] == "person":
        if e["kind"] == "student" and st["email"] and st["email"].endswith(".ac.uk") and e["email2"]:
            st["email"] = e["email2"]
            L(ctx, ["email"], "graduated_new_mailbox")
            return True
        st["email"] = personal_email(ctx["sp"]["p"])
    else:
        dom = e.get("domain") or "example.co.uk"
        st["email"] = register_email("%s@%s" % (pick(["accounts", "finance", "invoices", "admin",
                                                     "purchaseledger", "ap"]), dom))
    L(ctx, ["email"], "new_mailbox")
    return True


def op_email_alt(ctx):
    e = ctx["e"]
    if not e["email2"] or e["email2"] == ctx["st"]["email"]:
        return False
    ctx["st"]["email"] = e["email2"]
    L(ctx, ["email"], "other_mailbox")
    return True


def op_email_drop(ctx):
    if not ctx["st"]["email"]:
        return False
    ctx["st"]["email"] = None
    L(ctx, ["email"], "dropped")
    return True


def op_email_partner(ctx):
    sp = ctx["sp"]
    if not sp["p2"]:
        return False
    ctx["st"]["email"] = personal_email(sp["p2"])
    L(ctx, ["email"], "partner_mailbox")
    return True


def op_phone_ext(ctx):
    ph = ctx["st"]["phone"]
    if not ph or not ph.get("ext"):
        return False
    if chance(0.5):
        ctx["st"]["estyle"] = "drop"
    else:
        ph = dict(ph)
        ph["ext"] = str(R.randrange(100, 9999))
        ctx["st"]["phone"] = ph
    L(ctx, ["phone"], "extension")
    return True


def _phone_digits(op, label):
    def f(ctx):
        ph = ctx["st"]["phone"]
        if not ph:
            return False
        ctx["st"]["phone"] = phone_digit_op(ph, op)
        L(ctx, ["phone"], label)
        return True
    return f


op_phone_digit_off = _phone_digits("digit_off", "digit_off")
op_phone_transpose = _phone_digits("transpose", "transposed_digits")
op_phone_missing = _phone_digits("missing", "missing_digit")


def op_phone_no_zero(ctx):
    ph = ctx["st"]["phone"]
    if not ph or ph["kind"] != "mobile":
        return False
    ctx["st"]["pstyle"] = "nozero"
    L(ctx, ["phone"], "leading_zero_dropped")
    return True


def op_phone_other(ctx):
    e = ctx["e"]
    st = ctx["st"]
    if e["phone2"] and e["phone2"]["digits"] != (st["phone"] or {}).get("digits"):
        st["phone"] = dict(e["phone2"])
        L(ctx, ["phone"], "other_number")
    else:
        st["phone"] = new_mobile()
        L(ctx, ["phone"], "new_number")
    st["pstyle"] = rand_phone_style(st["phone"])
    return True


def op_phone_drop(ctx):
    if not ctx["st"]["phone"]:
        return False
    ctx["st"]["phone"] = None
    L(ctx, ["phone"], "dropped")
    return True


def op_addr_welsh(ctx):
    a = ctx["st"]["addr"]
    if not a or a["overseas"] or not (a["town_cy"] or a["locality_cy"]):
        return False
    ctx["st"]["astyle"]["welsh"] = True
    L(ctx, ["address.city", "address.line2", "address.line1"], "welsh_place_name")
    return True


def op_addr_locality_city(ctx):
    a = ctx["st"]["addr"]
    if not a or a["overseas"] or not a["locality"]:
        return False
    ctx["st"]["astyle"]["locality"] = pick(["city", "city_combo"])
    L(ctx, ["address.city", "address.line2"], "locality_as_town")
    return True


def op_addr_county(ctx):
    a = ctx["st"]["addr"]
    if not a or a["overseas"]:
        return False
    ctx["st"]["astyle"]["county"] = pick(["drop", "alt"])
    L(ctx, ["address.region"], "county")
    return True


def op_addr_country(ctx):
    a = ctx["st"]["addr"]
    if not a:
        return False
    ctx["st"]["astyle"]["country"] = pick(["iso", "name", "uk", "nation", "none", "gb_name", "cymru"])
    L(ctx, ["address.country"], "written_otherwise")
    return True


def op_addr_street_typo(ctx):
    a = ctx["st"]["addr"]
    if not a or a["overseas"] or not a["street"]:
        return False
    a = dict(a)
    a["street"] = typo(a["street"], start=2)
    ctx["st"]["addr"] = a
    L(ctx, ["address.line1", "address.line2"], "street_typo")
    return True


def op_addr_postcode_typo(ctx):
    a = ctx["st"]["addr"]
    if not a or not a["postcode"] or a["overseas"]:
        return False
    a = dict(a)
    a["postcode"] = postcode_typo(a["postcode"])
    ctx["st"]["addr"] = a
    L(ctx, ["address.postalCode"], "typo")
    return True


def op_addr_number_typo(ctx):
    a = ctx["st"]["addr"]
    if not a or a["overseas"] or not (a["number"] or a["flat"]):
        return False
    a = dict(a)
    k = "number" if a["number"] else "flat"
    v = a[k]
    if v.isdigit() and len(v) >= 2 and v[0] != v[1]:
        a[k] = v[::-1]
    elif v.isdigit():
        a[k] = str(int(v) + pick([1, -1]) if int(v) > 1 else int(v) + 1)
    else:
        return False
    ctx["st"]["addr"] = a
    L(ctx, ["address.line1", "address.line2"], "house_number_wrong")
    return True


def op_addr_postcode_drop(ctx):
    a = ctx["st"]["addr"]
    if not a or not a["postcode"]:
        return False
    ctx["st"]["astyle"]["postcode"] = "drop"
    L(ctx, ["address.postalCode"], "dropped")
    return True


def op_addr_moved(ctx):
    e = ctx["e"]
    st = ctx["st"]
    if e["party"] == "person":
        if e["kind"] in ("tenant", "student", "joint_tenants"):
            st["addr"] = new_address(e["town"])
            L(ctx, ["address"], "moved_to_another_let_property")
        elif e["kind"] == "overseas_landlord":
            st["addr"] = new_overseas_address(pick(OVERSEAS_KEYS))
            L(ctx, ["address"], "moved_abroad")
        else:
            st["addr"] = new_address(home_town_for(e["town"]))
            L(ctx, ["address"], "moved_home")
    else:
        st["addr"] = new_address(e["town"], form=pick(["suite", "unit", "house"]))
        L(ctx, ["address"], "office_moved")
    return True


def op_addr_let_property(ctx):
    e = ctx["e"]
    if not e["let_props"]:
        return False
    ctx["st"]["addr"] = pick(e["let_props"])
    L(ctx, ["address"], "let_property_address_not_home")
    return True


def op_addr_other(ctx):
    e = ctx["e"]
    st = ctx["st"]
    if e["kind"] == "student":
        other = e["address"] if st["addr"] is e["home_address"] else e["home_address"]
        st["addr"] = other
        L(ctx, ["address"], "term_address" if other is e["address"] else "home_address")
        return True
    if e["home_address"] is not None:
        other = e["home_address"] if st["addr"] is not e["home_address"] else e["address"]
        st["addr"] = other
        L(ctx, ["address"], "home_address_not_care_of")
        return True
    return False


def op_addr_drop(ctx):
    if not ctx["st"]["addr"]:
        return False
    ctx["st"]["addr"] = None
    L(ctx, ["address"], "dropped")
    return True


# (name, tier, channel, destructive, party, weight, fn, is_field_op)
OPS = [
    ("nickname", 1, None, False, "person", 5, op_nickname, False),
    ("accents_strip", 1, None, False, "person", 6, op_accents_strip, False),
    ("title_change", 1, None, False, "person", 2, op_title_change, False),
    ("title_drop", 1, None, False, "person", 1, op_title_drop, False),
    ("middle_shown", 1, None, False, "person", 2, op_middle_shown, False),
    ("apostrophe", 1, None, False, "person", 3, op_apostrophe, False),
    ("display_case", 1, None, False, "*", 1, fop_display_case, True),
    ("suffix", 1, None, False, "org", 6, op_suffix, False),
    ("amp", 1, None, False, "org", 4, op_amp, False),
    ("dept_abbrev", 1, None, False, "org", 3, op_dept_abbrev, False),
    ("the", 1, None, False, "org", 1, op_the, False),
    ("contact_drop", 1, None, False, "org", 2, op_contact_drop, False),
    ("email_case", 1, "email", False, "*", 2, op_email_case, False),
    ("phone_ext", 1, "phone", False, "*", 3, op_phone_ext, False),
    ("addr_welsh", 1, "address", False, "*", 4, op_addr_welsh, False),
    ("addr_locality_city", 1, "address", False, "*", 3, op_addr_locality_city, False),
    ("addr_county", 1, "address", False, "*", 2, op_addr_county, False),
    ("addr_country", 1, "address", False, "*", 2, op_addr_country, False),
    ("variant", 2, None, False, "person", 5, op_variant, False),
    ("typo_family", 2, None, False, "person", 5, op_typo_family, False),
    ("typo_given", 2, None, False, "person", 4, op_typo_given, False),
    ("accents_mangle", 2, None, False, "person", 4, op_accents_mangle, False),
    ("initial_only", 2, None, False, "person", 3, op_initial_only, False),
    ("double_barrel", 2, None, False, "person", 5, op_double_barrel, False),
    ("polish_gender", 2, None, False, "person", 5, op_polish_gender, False),
    ("drop_p2", 2, None, False, "person", 5, op_drop_p2, False),
    ("swap_fields", 2, None, False, "person", 4, fop_swap_fields, True),
    ("drop_given", 2, None, False, "person", 1, fop_drop_given, True),
    ("abbrev", 2, None, False, "org", 4, op_abbrev, False),
    ("typo_org", 2, None, False, "org", 4, op_typo_org, False),
    ("welsh", 2, None, False, "org", 6, op_welsh, False),
    ("dept_omit", 2, None, False, "org", 2, op_dept_omit, False),
    ("contact_change", 2, None, False, "org", 2, op_contact_change, False),
    ("email_typo_domain", 2, "email", True, "*", 3, op_email_typo_domain, False),
    ("email_typo_local", 2, "email", True, "*", 3, op_email_typo_local, False),
    ("email_new", 2, "email", True, "*", 3, op_email_new, False),
    ("email_alt", 2, "email", True, "*", 3, op_email_alt, False),
    ("email_drop", 2, "email", True, "*", 2, op_email_drop, False),
    ("email_partner", 2, "email", True, "person", 2, op_email_partner, False),
    ("phone_digit_off", 2, "phone", True, "*", 3, op_phone_digit_off, False),
    ("phone_transpose", 2, "phone", True, "*", 3, op_phone_transpose, False),
    ("phone_missing", 2, "phone", True, "*", 1, op_phone_missing, False),
    ("phone_no_zero", 2, "phone", True, "person", 1, op_phone_no_zero, False),
    ("phone_other", 2, "phone", True, "*", 2, op_phone_other, False),
    ("phone_drop", 2, "phone", True, "*", 2, op_phone_drop, False),
    ("addr_street_typo", 2, "address", False, "*", 2, op_addr_street_typo, False),
    ("addr_postcode_typo", 2, "address", True, "*", 3, op_addr_postcode_typo, False),
    ("addr_postcode_drop", 2, "address", True, "*", 1, op_addr_postcode_drop, False),
    ("addr_let_property", 2, "address", True, "person", 4, op_addr_let_property, False),
    ("addr_other", 2, "address", True, "person", 4, op_addr_other, False),
    ("addr_drop", 2, "address", True, "*", 2, op_addr_drop, False),
    ("married_name", 3, None, False, "person", 3, op_married_name, False),
    ("addr_moved", 3, "address", True, "*", 6, op_addr_moved, False),
    ("addr_number_typo", 3, "address", True, "*", 3, op_addr_number_typo, False),
    ("email_new3", 3, "email", True, "*", 3, op_email_new, False),
    ("typo_family3", 3, None, False, "person", 2, op_typo_family, False),
]
SOURCE_MULT = {
    "pms_export": {"addr_let_property": 2, "initial_only": 0, "display_case": 0},
    "tenant_portal": {"phone_digit_off": 2.5, "phone_transpose": 2, "phone_missing": 2, "phone_no_zero": 3,
                      "email_typo_domain": 2, "email_typo_local": 2, "addr_let_property": 0,
                      "addr_other": 2, "nickname": 2, "display_case": 0},
    "landlord_form": {"email_new": 2, "addr_let_property": 0, "addr_welsh": 2, "suffix": 2},
    "branch_notes": {"swap_fields": 3, "phone_transpose": 3, "email_drop": 3, "abbrev": 3,
                     "initial_only": 2, "addr_postcode_drop": 2, "addr_street_typo": 2, "nickname": 2},
}


# ---------------------------------------------------------------- building an incoming record
def source_styles(src, st):
    ph = st["phone"]
    if src == "pms_export":
        st["pstyle"] = wpick([("compact", 5), ("std", 5)]) if ph and ph["kind"] != "intl" else "compact"
        st["estyle"] = pick(["ext", "x"])
    elif src == "tenant_portal":
        st["pstyle"] = rand_phone_style(ph)
        st["estyle"] = pick(["ext", "x", "drop"])
    elif src == "landlord_form":
        st["pstyle"] = wpick([("intl", 4), ("std", 3), ("intl_compact", 2), ("compact", 1)])
        st["estyle"] = "ext"
    else:
        st["pstyle"] = wpick([("std", 4), ("triple", 2), ("odd", 2), ("compact", 2), ("dashes", 1)])
        st["estyle"] = pick(["ext", "x", "paren", "extn", "drop"])
    a = default_addr_style()
    if src == "pms_export":
        a["case"] = "upper" if chance(0.3) else "title"
        a["county"] = "keep"
        a["country"] = wpick([("name", 5), ("iso", 3), ("none", 2)])
        a["flat"] = "comma"
        a["locality"] = wpick([("line2", 7), ("drop", 3)])
    elif src == "tenant_portal":
        a["case"] = wpick([("lower", 4), ("title", 6)])
        a["flat"] = wpick([("comma", 4), ("slash", 2), ("space", 2), ("line2", 2)])
        a["block"] = wpick([("two_lines", 5), ("one_line", 3), ("number_first", 2)])
        a["named"] = pick(["two_lines", "one_line"])
        a["postcode"] = wpick([("std", 5), ("nospace", 2), ("lower", 1), ("lower_nospace", 2)])
        a["county"] = wpick([("drop", 7), ("keep", 3)])
        a["country"] = wpick([("uk", 3), ("nation", 3), ("name", 2), ("none", 3)])
        a["locality"] = wpick([("line2", 5), ("city", 2), ("city_combo", 1), ("drop", 2)])
        a["abbr"] = chance(0.4)
        a["accents"] = "strip" if chance(0.6) else "keep"
    elif src == "landlord_form":
        a["county"] = wpick([("keep", 7), ("alt", 1), ("drop", 2)])
        a["country"] = wpick([("name", 6), ("gb_name", 1), ("nation", 2), ("iso", 1)])
        a["welsh"] = chance(0.1)
        a["locality"] = wpick([("line2", 6), ("drop", 2), ("city_combo", 2)])
    else:
        a["abbr"] = chance(0.7)
        a["flat"] = wpick([("flt", 3), ("comma", 3), ("slash", 2), ("space", 2)])
        a["block"] = wpick([("two_lines", 4), ("one_line", 4), ("number_first", 2)])
        a["county"] = wpick([("drop", 6), ("keep", 4)])
        a["country"] = wpick([("none", 6), ("uk", 2), ("iso", 2)])
        a["locality"] = wpick([("city", 3), ("line2", 3), ("drop", 3), ("city_combo", 1)])
        a["postcode"] = wpick([("std", 7), ("nospace", 3)])
        a["accents"] = "strip" if chance(0.7) else "keep"
    st["astyle"] = a


TIER_PLAN = {"light": [(1, (1, 2))], "medium": [(1, (0, 1)), (2, (2, 3))],
             "harsh": [(1, (0, 1)), (2, (3, 4)), (3, (1, 2))]}

QUIRKS = {"branch_notes": [("email_drop", 0.25)], "tenant_portal": [("addr_other", 0.35)],
          "pms_export": [("addr_let_property", 0.2)], "landlord_form": [("email_new", 0.15)]}
OPS_BY_NAME = {o[0]: o for o in OPS}


FALLBACK_BANNED = ("typo_family", "typo_family3", "married_name", "variant", "double_barrel",
                   "polish_gender", "accents_mangle", "initial_only", "swap_fields", "addr_locality_city",
                   "addr_welsh", "addr_drop", "addr_let_property", "addr_other", "drop_given", "typo_given",
                   "nickname", "drop_p2")


def choose_ops(e, src, profile, keeper, fallback):
    """A plan: [(wanted successes, candidate ops in weighted random order)], then forced ops."""
    plan = []
    mult = SOURCE_MULT.get(src, {})
    for tier, (lo, hi) in TIER_PLAN[profile]:
        n = R.randrange(lo, hi + 1)
        cands = []
        for o in OPS:
            name, t, ch, destr, party, w, fn, fieldop = o
            if t != tier or (party != "*" and party != e["party"]):
                continue
            if destr and ch == keeper:
                continue
            if fallback and name in FALLBACK_BANNED:
                continue
            ww = w * mult.get(name, 1)
            if ww > 0:
                cands.append((o, ww))
        order = []
        while cands:
            o = wpick(cands)
            cands = [(x, w) for x, w in cands if x is not o]
            order.append(o)
        plan.append((n, order))
    forced = []
    for qname, pr in QUIRKS.get(src, []):
        o = OPS_BY_NAME[qname]
        if o[2] == keeper or o[4] not in ("*", e["party"]):
            continue
        if chance(pr * (0.5 if profile == "light" else 1.0)):
            forced.append(o)
    if (e["kind"] == "student" and keeper != "email" and e["email"] and e["email"].endswith(".ac.uk")
            and chance(0.35)):
        forced.append(OPS_BY_NAME["email_new"])
    if fallback:
        for qname in ("email_new", "phone_other", "addr_moved"):
            forced.append(OPS_BY_NAME[qname])
    return plan, forced


def run_ops(ctx, plan):
    """Apply the plan; returns (names applied, deferred field-level ops)."""
    groups, forced = plan
    applied, fops = [], []
    done = set()
    for n, order in groups:
        got = 0
        for o in order:
            if got >= n:
                break
            if o[0] in done:
                continue
            if o[7]:
                fops.append(o)
                ok = True
            else:
                ok = o[6](ctx)
            if ok:
                got += 1
                done.add(o[0])
                applied.append(o[0])
    for o in forced:
        if o[0] in done:
            continue
        if o[7]:
            fops.append(o)
        elif o[6](ctx):
            applied.append(o[0])
            done.add(o[0])
    return applied, fops


def channel_state(e):
    return dict(email=e["email"], phone=e["phone"], addr=e[e["qbo_addr"]])


def render_rec(e, ctx):
    sp, st, src = ctx["sp"], ctx["st"], ctx["src"]
    if e["party"] == "person":
        disp, g, f = fmt_person(sp, src)
        comp = None
    else:
        disp, g, f, comp = fmt_org(sp, src)
    em = st["email"]
    if em and src == "pms_export" and not any(w == "case" for fl, w, v in ctx["log"] if fl == "email"):
        em = em.lower()
    ph = fmt_phone(st["phone"], st["pstyle"], st["estyle"]) if st["phone"] else None
    ad = render_address(st["addr"], st["astyle"]) if st["addr"] else None
    return dict(displayName=disp, givenName=g, familyName=f, companyName=comp, email=em, phone=ph,
                address=ad)


def build_incoming(e, src, profile, base_rec, base_state, keeper, fallback=False, unique_fams=None):
    for attempt in range(60):
        st = dict(email=base_state["email"], phone=dict(base_state["phone"]) if base_state["phone"] else None,
                  addr=base_state["addr"])
        source_styles(src, st)
        ctx = dict(e=e, src=src, log=[], st=st,
                   sp=person_spec(e) if e["party"] == "person" else org_spec(e))
        applied, fops = run_ops(ctx, choose_ops(e, src, profile, keeper, fallback))
        rec = render_rec(e, ctx)
        for o in fops:
            o[6](ctx, rec)
        for k in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
            if rec[k] is not None:
                rec[k] = re.sub(r"\s+", " ", rec[k]).strip() or None
        if not rec["displayName"]:
            continue
        if e["party"] == "org" and not rec["companyName"]:
            continue
        ev = evidence(base_rec, rec)
        if not diff_fields(base_rec, rec):
            continue
        if fallback:
            if ev:
                continue
            if not fallback_ok(base_rec, rec, unique_fams):
                continue
        else:
            if keeper not in ev:
                continue
        return rec, ctx["log"], ev, applied, st
    raise RuntimeError("could not build incoming record for %s" % e["eid"])


def fallback_ok(base, rec, unique_fams):
    """Distinctive family name (unique among existing) + same given initial + same city."""
    if not (base["familyName"] and rec["familyName"] and base["givenName"] and rec["givenName"]):
        return False
    key = n_name(base["givenName"]) + "|" + n_name(base["familyName"])
    if key not in unique_fams or key != n_name(rec["givenName"]) + "|" + n_name(rec["familyName"]):
        return False
    if not base["address"] or not rec["address"]:
        return False
    c = n_city(base["address"]["city"])
    return bool(c) and c == n_city(rec["address"]["city"])


# ---------------------------------------------------------------- the existing customer list
NAMESAKES = [("David", "Jones", "cardiff", "welsh", "m", 6), ("Mohammed", "Khan", "leeds", "pakistani", "m", 5),
             ("John", "Smith", "leeds", "english", "m", 3), ("Gareth", "Evans", "cardiff", "welsh", "m", 3),
             ("Rhys", "Davies", "cardiff", "welsh", "m", 2), ("Sarah", "Jones", "cardiff", "welsh", "f", 2),
             ("Muhammad", "Hussain", "leeds", "pakistani", "m", 2), ("James", "Taylor", "bristol", "english", "m", 2),
             ("Mohamed", "Ali", "bristol", "somali", "m", 2), ("Anna", "Nowak", "bristol", "polish", "f", 2),
             ("Wei", "Wang", "leeds", "chinese", "m", 2), ("Priya", "Patel", "leeds", "indian", "f", 2),
             ("Siân", "Davies", "cardiff", "welsh", "f", 2), ("Emma", "Williams", "bristol", "english", "f", 2)]


def branch_town():
    return wpick([("leeds", 35), ("bristol", 30), ("cardiff", 35)])


def build_existing_entities():
    ents = []
    ns_persons = []
    for g, f, town, o, gen, n in NAMESAKES:
        for _ in range(n):
            ns_persons.append((town, make_person(town, origin=o, gender=gen, family=f, given=g)))
    R.shuffle(ns_persons)
    counts = [("tenant", 380), ("student", 150), ("joint_tenants", 70), ("guarantor", 55),
              ("landlord", 255), ("landlord_couple", 70), ("overseas_landlord", 45), ("executors", 25)]
    ns_i = 0
    for kind, n in counts:
        for i in range(n):
            town = branch_town()
            if kind == "tenant":
                if ns_i < len(ns_persons) and i % 3 == 0:
                    town, p = ns_persons[ns_i]
                    ns_i += 1
                    e = make_tenant(town, p)
                else:
                    e = make_tenant(town)
            elif kind == "student":
                e = make_student(town)
            elif kind == "joint_tenants":
                e = make_joint(town)
            elif kind == "guarantor":
                e = make_guarantor(town)
            elif kind == "landlord":
                if i < 25:
                    e = make_agent_landlord(town)
                elif ns_i < len(ns_persons) and i % 4 == 0:
                    town, p = ns_persons[ns_i]
                    ns_i += 1
                    e = make_landlord(town, p)
                else:
                    e = make_landlord(town)
            elif kind == "landlord_couple":
                e = make_couple(town)
            elif kind == "overseas_landlord":
                e = make_agent_landlord(town, overseas=True) if i < 12 else make_overseas(town)
            else:
                e = make_executors(town)
            ents.append(e)
    assert ns_i == len(ns_persons), ns_i
    orgs = []
    for gi in range(12):
        orgs.extend(make_spv_group(branch_town(), 2 if gi % 3 else 3))
    while len([o for o in orgs if o["kind"] == "landlord_company"]) < 120:
        orgs.append(make_landlord_company(branch_town()))
    for _ in range(20):
        orgs.append(make_llp(branch_town()))
    used = USED_ORG_NAMES
    for _ in range(25):
        orgs.append(make_ha(branch_town(), used))
    for town in BRANCH_TOWNS:
        for di in sorted(sample(range(len(DEPTS)), 6)):
            orgs.append(make_council_dept(town, di))
    for uk in UNI_KEYS:
        for oi in sorted(sample(range(len(UNI_OFFICES)), 2)):
            orgs.append(make_uni_office(uk, oi))
    for _ in range(35):
        orgs.append(make_charity(branch_town(), used))
    for _ in range(120):
        orgs.append(make_contractor(branch_town(), used))
    for bi in range(len(FRANCHISES)):
        for ai in sorted(sample(range(len(FRANCHISE_AREAS)), 2)):
            orgs.append(make_franchise(bi, ai))
    for _ in range(66):
        orgs.append(make_corporate(branch_town(), used))
    for _ in range(20):
        orgs.append(make_block_manager(branch_town(), used))
    assert len(orgs) == N_ORG_EXISTING, len(orgs)
    assert len(ents) == N_PERSON_EXISTING, len(ents)
    return ents + orgs


SOURCE_BY_KIND = {
    "tenant": [("pms_export", 35), ("tenant_portal", 40), ("branch_notes", 25)],
    "student": [("pms_export", 30), ("tenant_portal", 50), ("branch_notes", 20)],
    "joint_tenants": [("pms_export", 40), ("tenant_portal", 35), ("branch_notes", 25)],
    "guarantor": [("tenant_portal", 60), ("pms_export", 20), ("branch_notes", 20)],
    "landlord": [("pms_export", 35), ("landlord_form", 40), ("branch_notes", 25)],
    "landlord_couple": [("pms_export", 35), ("landlord_form", 40), ("branch_notes", 25)],
    "overseas_landlord": [("pms_export", 35), ("landlord_form", 50), ("branch_notes", 15)],
    "executors": [("pms_export", 40), ("landlord_form", 30), ("branch_notes", 30)],
    "landlord_company": [("landlord_form", 40), ("pms_export", 40), ("branch_notes", 20)],
    "llp": [("landlord_form", 40), ("pms_export", 40), ("branch_notes", 20)],
}
KEEPER_BIAS = {"pms_export": {"address": 3, "phone": 2, "email": 1},
               "tenant_portal": {"email": 3, "phone": 3, "address": 1},
               "landlord_form": {"email": 3, "address": 2, "phone": 2},
               "branch_notes": {"phone": 3, "address": 2, "email": 1}}


def source_for(kind):
    return wpick(SOURCE_BY_KIND.get(kind, [("pms_export", 60), ("branch_notes", 40)]))


def pick_keeper(rec, src):
    opts = []
    for ch in ("email", "phone", "address"):
        if rec[ch]:
            if ch == "address" and not n_postcode(rec["address"]["postalCode"]):
                continue
            opts.append((ch, KEEPER_BIAS[src][ch]))
    return wpick(opts)


# ---------------------------------------------------------------- hard negatives
HN_RULES = {
    "namesake_elsewhere": "one customer per person: a different person who shares the name (own home, mobile, e-mail and tenancy/ownership file)",
    "household_member": "one customer per person: another adult of the same household at the same address, billed for his or her own tenancy share/deposit",
    "sibling_same_initial": "one customer per person: a brother or sister with the same initial and surname at the same address",
    "father_son": "one customer per person: father and son (Snr/Jnr) are different people, each billed for his own tenancy or property",
    "spouse": "one customer per person or per jointly-named party: the spouse/partner holds a tenancy or property in his or her sole name and is billed apart from the anchor's sole-name account",
    "guarantor_parent": "a guarantor (the student's parent) is a separate customer from the tenant he or she guarantees",
    "student_housemate": "one customer per person: each student sharing the house has his or her own customer account",
    "later_occupant": "one customer per person: a later tenant of the same property is a different person and a new customer",
    "franchise_outlet": "one customer per legal entity: each franchise outlet is a separately owned limited company with its own company number",
    "group_other_company": "one customer per legal entity: a sister company (SPV) of the same group and director, same registered office, own company number",
    "shared_agent_mailbox": "the mailbox and phone belong to the managing agent/accountant, not the customer: a different landlord who uses the same agent",
    "similar_name_other_trade": "one customer per legal entity: a different firm in another trade whose name starts alike",
    "public_body_other_dept": "public bodies: one customer per department/budget holder (own purchase orders and invoice address); this is another department of the same body",
    "director_personally": "one customer per legal entity: a limited company and its director personally are different customers",
}
# required shared keys, at-least-one-of keys, forbidden shared keys (mirrored in check.py)
HN_REQ = {
    "namesake_elsewhere": (["givenName", "familyName"], [], ["email", "phone", "address"]),
    "household_member": (["familyName", "address"], [], ["givenName", "email"]),
    "sibling_same_initial": (["familyName", "address"], [], ["givenName", "email"]),
    "father_son": (["familyName"], ["address", "phone"], ["email"]),
    "spouse": ([], ["address", "email"], ["givenName"]),
    "guarantor_parent": (["familyName"], [], ["givenName", "email", "phone"]),
    "student_housemate": (["address"], [], ["familyName", "email", "phone"]),
    "later_occupant": (["address"], [], ["familyName", "email", "phone"]),
    "franchise_outlet": (["company_root", "email_domain"], [], ["companyName", "email", "phone", "address"]),
    "group_other_company": (["company_root"], ["address", "phone"], ["companyName"]),
    "shared_agent_mailbox": (["email"], [], ["familyName", "address"]),
    "similar_name_other_trade": (["company_root"], [], ["companyName", "email", "email_domain", "phone", "address"]),
    "public_body_other_dept": (["email_domain"], [], ["email"]),
    "director_personally": (["givenName", "familyName"], ["phone", "email"], []),
}
HN_TYPES = list(HN_REQ.keys())


def hn_ok(t, shared, a, b):
    req, anyof, forbid = HN_REQ[t]
    if any(k not in shared for k in req):
        return False
    if anyof and not any(k in shared for k in anyof):
        return False
    if any(k in shared for k in forbid):
        return False
    if t == "sibling_same_initial":
        if n_name(a["givenName"])[:1] != n_name(b["givenName"])[:1]:
            return False
    if n_name(a["displayName"]) == n_name(b["displayName"]) and t not in ("namesake_elsewhere",):
        return False
    return True


def build_hn_record(ne, src, anchor_rec, t, post=None):
    for attempt in range(80):
        st = channel_state(ne)
        st["phone"] = dict(st["phone"]) if st["phone"] else None
        source_styles(src, st)
        ctx = dict(e=ne, src=src, log=[], st=st,
                   sp=person_spec(ne) if ne["party"] == "person" else org_spec(ne))
        if ne["party"] == "org" and t in ("director_personally", "group_other_company"):
            ctx["sp"]["contact_shown"] = True
        applied, fops = run_ops(ctx, choose_ops(ne, src, "light", None, False))
        rec = render_rec(ne, ctx)
        for o in fops:
            o[6](ctx, rec)
        if post:
            post(rec, ctx)
        for k in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
            if rec[k] is not None:
                rec[k] = re.sub(r"\s+", " ", rec[k]).strip() or None
        sh = shared_keys(anchor_rec, rec)
        if hn_ok(t, sh, anchor_rec, rec):
            return rec, ctx["log"], sh
    return None


def suffix_post(sfx):
    def f(rec, ctx):
        rec["displayName"] = "%s %s" % (rec["displayName"], sfx if ctx["src"] != "pms_export" else sfx.upper())
        L(ctx, ["displayName"], "generation_suffix")
    return f


def person_src(kind):
    return source_for(kind)


def make_hn(t, anchor, arec, used_names):
    """Return (new entity, source, post) or None if the anchor does not fit."""
    ap = anchor.get("p")
    town = anchor["town"]
    if t == "namesake_elsewhere":
        if anchor["party"] != "person" or anchor["kind"] not in ("tenant", "landlord", "student", "guarantor"):
            return None
        if not arec["givenName"] or n_name(arec["givenName"]) != n_name(ap["given"]):
            return None
        tw = town if chance(0.6) else pick([x for x in BRANCH_TOWNS if x != town])
        p = make_person(tw, origin=ap["origin"], gender=ap["gender"], given=ap["given"], family=ap["family"])
        p["family"] = ap["family"]
        kind = pick(["tenant", "landlord", "tenant"])
        ne = make_tenant(tw, p) if kind == "tenant" else make_landlord(tw, p)
        return ne, source_for(ne["kind"]), None
    if t in ("household_member", "sibling_same_initial", "later_occupant", "spouse", "father_son"):
        if anchor["party"] != "person" or anchor["kind"] not in ("tenant", "landlord", "student", "guarantor"):
            return None
        if not arec["address"] or not arec["familyName"]:
            return None
        addr = anchor[anchor["qbo_addr"]]
        if addr is None or addr["overseas"]:
            return None
        if t == "household_member":
            p = make_person(town, origin=ap["origin"], family=ap["family"])
            if p["given"] == ap["given"] or p["given"][0] == ap["given"][0]:
                return None
            p["family"] = ap["family"]
            ne = make_tenant(town, p)
            ne["address"] = addr
            return ne, source_for("tenant"), None
        if t == "sibling_same_initial":
            pool = [g for g in ORIGINS[ap["origin"]]["m"] + ORIGINS[ap["origin"]]["f"]
                    if g[0] == ap["given"][0] and g != ap["given"] and ascii_fold(g) != ascii_fold(ap["given"])]
            if not pool:
                return None
            g = pick(pool)
            gen = "m" if g in ORIGINS[ap["origin"]]["m"] else "f"
            p = make_person(town, origin=ap["origin"], gender=gen, given=g, family=ap["family"])
            p["family"] = ap["family"]
            if anchor["kind"] == "student":
                ne = make_student(town, p)
            else:
                ne = make_tenant(town, p)
            ne["address"] = addr
            ne["qbo_addr"] = "address"
            return ne, source_for(ne["kind"]), None
        if t == "later_occupant":
            if anchor["kind"] not in ("tenant", "student") or anchor["qbo_addr"] != "address":
                return None
            ne = make_tenant(town)
            if n_name(ne["p"]["family"]) == n_name(ap["family"]):
                return None
            ne["address"] = addr
            return ne, source_for("tenant"), None
        if t == "spouse":
            if anchor["kind"] not in ("tenant", "landlord"):
                return None
            og = "f" if ap["gender"] == "m" else "m"
            same = chance(0.8)
            p = make_person(town, origin=ap["origin"], gender=og, family=ap["family"] if same else None)
            if p["title"] in ("Miss", "Ms") and same:
                p["title"] = "Mrs"
            ne = make_tenant(town, p) if anchor["kind"] == "tenant" else make_landlord(town, p)
            ne["address"] = addr
            if "household_email" in anchor["flags"] and arec["email"]:
                ne["email"] = anchor["email"]
            return ne, source_for(ne["kind"]), None
        if t == "father_son":
            # an older landlord/guarantor and his adult son who lives at the family home and now
            # owns (landlord) or rents (tenant, correspondence to the family home) in his own name
            if ap["gender"] != "m" or anchor["kind"] not in ("landlord", "guarantor"):
                return None
            given = ap["given"] if chance(0.5) else pick([g for g in ORIGINS[ap["origin"]]["m"] if g != ap["given"]])
            p = make_person(town, origin=ap["origin"], gender="m", given=given, family=ap["family"])
            p["family"] = ap["family"]
            p["title"] = "Mr"
            ne = make_landlord(town, p) if chance(0.5) else make_tenant(town, p)
            ne["address"] = addr
            if anchor["phone"] and anchor["phone"]["kind"] == "landline" and arec["phone"]:
                ne["phone"] = anchor["phone"]
            elif anchor["phone2"] and anchor["phone2"]["kind"] == "landline":
                ne["phone"] = anchor["phone2"]
            sfx = pick(["Jnr", "Jr", "Junior", "Jnr"])
            return ne, source_for(ne["kind"]), suffix_post(sfx) if chance(0.8) else None
    if t == "guarantor_parent":
        if anchor["kind"] != "student" or ap["origin"] in ("somali", "chinese"):
            return None
        gen = ap["gender"] if ap["origin"] == "polish" else pick("mf")
        p = make_person(anchor["home_address"]["town_key"], origin=ap["origin"], gender=gen, family=ap["family"])
        p["family"] = ap["family"]
        if p["given"] == ap["given"]:
            return None
        if p["title"] == "Miss":
            p["title"] = "Mrs"
        ne = make_guarantor(town)
        ne["p"] = p
        USED_EMAILS.discard(ne["email"])
        ne["email"] = personal_email(p)
        ne["address"] = anchor["home_address"]
        return ne, wpick([("tenant_portal", 6), ("pms_export", 2), ("branch_notes", 2)]), None
    if t == "student_housemate":
        if anchor["kind"] != "student" or anchor["qbo_addr"] != "address" or not arec["address"]:
            return None
        ne = make_student(town)
        ne["uni"] = anchor["uni"]
        USED_EMAILS.discard(ne["email"])
        ne["email"] = uni_email(ne["p"], anchor["uni"])
        ne["address"] = anchor["address"]
        ne["qbo_addr"] = "address"
        if n_name(ne["p"]["family"]) == n_name(ap["family"]):
            return None
        return ne, source_for("student"), None
    if t == "franchise_outlet":
        if anchor["kind"] != "franchise_outlet":
            return None
        bi = [i for i, (b, s) in enumerate(FRANCHISES) if b == anchor["brand"]][0]
        free = [i for i, (a, tw) in enumerate(FRANCHISE_AREAS) if (bi, i) not in used_names]
        if not free:
            return None
        ai = pick(free)
        used_names.add((bi, ai))
        ne = make_franchise(bi, ai)
        return ne, wpick([("pms_export", 6), ("branch_notes", 4)]), None
    if t == "group_other_company":
        if anchor["kind"] != "landlord_company" or not arec["companyName"]:
            return None
        if not (arec["address"] or arec["phone"]):
            return None
        root = anchor["org"]["root"]
        pats = ["{r} Property Developments", "{r} Homes (No. 3)", "{r} Student Lets",
                "{r} Estates (%s)" % ("Wales" if town == "cardiff" else TOWNS[town][0]),
                "{r} Property Investments (No. 2)", "{r} Lettings (%s)" % TOWNS[town][0],
                "{r} Residential Holdings", "{r} Family Investments", "{r} Commercial Property"]
        for _ in range(10):
            pat = pick(pats)
            nm = pat.format(r=root)
            if nm not in used_names and company_tokens(nm) != company_tokens(anchor["org"]["base"]):
                break
        else:
            return None
        used_names.add(nm)
        ne = make_landlord_company(town, root=root, dirp=anchor["contact"], pattern="{r}" + pat[3:],
                                   shared=(anchor["address"], anchor["phone"], None))
        ne["org"]["root"] = root
        return ne, wpick([("landlord_form", 4), ("pms_export", 4), ("branch_notes", 2)]), None
    if t == "shared_agent_mailbox":
        if not anchor.get("agent") or not arec["email"] or n_email(arec["email"]) != n_email(anchor["agent"]["email"]):
            return None
        ne = make_agent_landlord(town, agent=anchor["agent"], overseas=chance(0.3))
        if ne["home_address"] is not None:
            ne["address"] = ne["home_address"]
            ne["home_address"] = None
        if n_name(ne["p"]["family"]) == n_name(ap["family"]):
            return None
        return ne, source_for(ne["kind"]), None
    if t == "similar_name_other_trade":
        if anchor["kind"] not in ("contractor", "sole_trader", "corporate_tenant", "charity"):
            return None
        root = anchor["org"]["root"]
        trades = [x for x in TRADES if x != anchor.get("trade") and x.split()[0] != (anchor.get("trade") or "-").split()[0]]
        ne = make_contractor(town, USED_ORG_NAMES, root=root, trade=pick(trades))
        if company_tokens(ne["org"]["base"])[:1] != company_tokens(anchor["org"]["base"])[:1]:
            return None
        return ne, wpick([("pms_export", 6), ("branch_notes", 4)]), None
    if t == "public_body_other_dept":
        if anchor["kind"] == "council_department":
            town = anchor["town"]
            used = [x["org"]["dept"] for x in EXISTING_ENTS if x["kind"] == "council_department" and x["town"] == town]
            free = [i for i, d in enumerate(DEPTS) if d[0] not in used and ("c", town, i) not in used_names]
            if not free:
                return None
            i = pick(free)
            used_names.add(("c", town, i))
            ne = make_council_dept(town, i)
        elif anchor["kind"] == "university_office":
            uk = [k for k in UNI_KEYS if UNIS[k]["name"] == anchor["org"]["body"]][0]
            used = [x["org"]["dept"] for x in EXISTING_ENTS if x["kind"] == "university_office" and x["org"]["body"] == anchor["org"]["body"]]
            free = [i for i, d in enumerate(UNI_OFFICES) if d[0] not in used and ("u", uk, i) not in used_names]
            if not free:
                return None
            i = pick(free)
            used_names.add(("u", uk, i))
            ne = make_uni_office(uk, i)
        else:
            return None
        return ne, wpick([("pms_export", 6), ("branch_notes", 4)]), None
    if t == "director_personally":
        if anchor["kind"] == "landlord_company" and anchor["contact"]:
            if not (arec["givenName"] and arec["familyName"]):
                return None
            ne = make_landlord(town, dict(anchor["contact"]))
            ok = False
            if anchor["phone"] and anchor["phone"]["kind"] == "mobile" and arec["phone"]:
                ne["phone"] = anchor["phone"]
                ok = True
            if arec["email"] and arec["email"].split("@")[1].lower() in WEBMAIL_DOMAINS:
                ne["email"] = anchor["email"]
                ok = True
            if not ok:
                return None
            return ne, wpick([("landlord_form", 5), ("pms_export", 3), ("branch_notes", 2)]), None
        if anchor["kind"] == "landlord" and not anchor.get("agent"):
            if not (arec["phone"] or arec["email"]):
                return None
            ne = make_landlord_company(town, dirp=dict(ap), pattern=pick(["{r} Property Holdings", "{r} Estates", "{r} Homes"]))
            ne["phone"] = anchor["phone"]
            if chance(0.4):
                ne["email"] = anchor["email"]
            return ne, wpick([("landlord_form", 6), ("pms_export", 4)]), None
        return None
    return None


# ---------------------------------------------------------------- new customers
NEW_KINDS = [("tenant", 34), ("student", 20), ("guarantor", 8), ("joint_tenants", 5), ("landlord", 12),
             ("landlord_couple", 3), ("overseas_landlord", 2), ("executors", 1.5), ("contractor", 5),
             ("corporate_tenant", 3), ("landlord_company", 4), ("charity", 1), ("housing_association", 1.5)]


def make_new_entity():
    k = wpick(NEW_KINDS)
    town = branch_town()
    if k == "tenant":
        return make_tenant(town)
    if k == "student":
        return make_student(town)
    if k == "guarantor":
        return make_guarantor(town)
    if k == "joint_tenants":
        return make_joint(town)
    if k == "landlord":
        return make_landlord(town)
    if k == "landlord_couple":
        return make_couple(town)
    if k == "overseas_landlord":
        return make_overseas(town)
    if k == "executors":
        return make_executors(town)
    if k == "contractor":
        return make_contractor(town, USED_ORG_NAMES)
    if k == "corporate_tenant":
        return make_corporate(town, USED_ORG_NAMES)
    if k == "landlord_company":
        return make_landlord_company(town)
    if k == "charity":
        return make_charity(town, USED_ORG_NAMES)
    return make_ha(town, USED_ORG_NAMES)


def build_first(e, src):
    for _ in range(60):
        st = channel_state(e)
        st["phone"] = dict(st["phone"]) if st["phone"] else None
        source_styles(src, st)
        ctx = dict(e=e, src=src, log=[], st=st,
                   sp=person_spec(e) if e["party"] == "person" else org_spec(e))
        applied, fops = run_ops(ctx, choose_ops(e, src, "light", None, False))
        rec = render_rec(e, ctx)
        for o in fops:
            o[6](ctx, rec)
        for k in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
            if rec[k] is not None:
                rec[k] = re.sub(r"\s+", " ", rec[k]).strip() or None
        if not (rec["email"] or rec["phone"] or rec["address"]) or not rec["displayName"]:
            continue
        if e["party"] == "org" and not rec["companyName"]:
            continue
        return rec, st
    raise RuntimeError("first occurrence")


def other_source(e, src):
    for _ in range(10):
        s = source_for(e["kind"])
        if s != src:
            return s
    return src


def profile_pick():
    return wpick([("light", 35), ("medium", 40), ("harsh", 25)])


# ---------------------------------------------------------------- main
def generate():
    global EXISTING_ENTS
    make_agents()
    ents = build_existing_entities()
    EXISTING_ENTS = ents
    recs = [render_existing(e) for e in ents]
    order = sorted(range(len(ents)), key=lambda i: (recs[i]["displayName"].casefold(), i))
    ex = [(ents[i], recs[i]) for i in order]
    ex_index = {}
    for i, (e, r) in enumerate(ex):
        ex_index[e["eid"]] = i
    # distinctive family names (unique among existing records)
    fam_count = {}
    for e, r in ex:
        if r["familyName"] and r["givenName"]:
            k = n_name(r["givenName"]) + "|" + n_name(r["familyName"])
            fam_count[k] = fam_count.get(k, 0) + 1
    unique_fams = set(k for k in [n_name(r["givenName"] or "") + "|" + n_name(r["familyName"] or "")
                                  for e, r in ex] if fam_count.get(k) == 1 and len(k) > 6)

    incoming = []  # dicts: rec, meta, grp
    # ---- matches
    targets = sample(range(N_EXISTING), 800)
    targets += sample(targets, N_MATCH - 800)
    fallback_left = 12
    tnl_left = 12
    for ti, xi in enumerate(targets):
        e, base = ex[xi]
        kind = e["kind"]
        fallback = False
        ee = e
        if (fallback_left > 0 and e["party"] == "person" and e["kind"] in ("tenant", "landlord", "guarantor")
                and base["familyName"] and base["givenName"]
                and n_name(base["givenName"]) + "|" + n_name(base["familyName"]) in unique_fams
                and base["address"] and base["address"]["city"] and ti < 800 and chance(0.15)):
            fallback = True
        src = source_for(kind)
        if not fallback and tnl_left > 0 and kind == "tenant" and ti < 800 and chance(0.06) and (base["email"] or base["phone"]):
            tnl_left -= 1
            ee = dict(e)
            ee["kind"] = "landlord"
            ee["let_props"] = []
            src = "landlord_form"
            kind = "tenant_now_landlord"
        profile = "harsh" if fallback else profile_pick()
        if kind == "tenant_now_landlord":
            keeper = pick([c for c in ("email", "phone") if base[c]])
        elif fallback:
            keeper = None
        else:
            keeper = pick_keeper(base, src)
            if ("agent_mailbox" in e["flags"] and base["address"] and "c/o_agent" not in e["flags"]
                    and n_postcode(base["address"]["postalCode"])):
                keeper = "address"
        try:
            rec, log, ev, applied, st = build_incoming(ee, src, profile, base, channel_state(e), keeper,
                                                       fallback=fallback, unique_fams=unique_fams)
        except RuntimeError:
            if not fallback:
                raise
            fallback = False
            profile = profile_pick()
            keeper = pick_keeper(base, src)
            rec, log, ev, applied, st = build_incoming(ee, src, profile, base, channel_state(e), keeper)
        if kind == "tenant_now_landlord" and "addr_moved" not in applied and base["address"] and keeper != "address":
            pass
        if fallback:
            fallback_left -= 1
        meta = dict(category="match", kind=kind, party=e["party"], source=src, profile=profile,
                    evidence=ev, compare_set="existing", compare_index=xi,
                    changes=reconcile(base, rec, log))
        if fallback:
            meta["fallback"] = "distinctive_name_and_city"
        incoming.append(dict(rec=rec, entity=e["eid"], meta=meta, grp=None))

    # ---- new customers (some repeated)
    groups = [1] * 290 + [2] * 80 + [3] * 25
    R.shuffle(groups)
    for gi, n in enumerate(groups):
        e = make_new_entity()
        src = source_for(e["kind"])
        first, st1 = build_first(e, src)
        items = [dict(rec=first, entity=e["eid"], grp=gi, occ_base=True,
                      meta=dict(category="new", kind=e["kind"], party=e["party"], source=src, changes=[]))]
        for k in range(n - 1):
            s2 = other_source(e, src)
            prof = profile_pick()
            keeper = pick_keeper(first, s2)
            rec, log, ev, applied, st = build_incoming(e, s2, prof, first, st1, keeper)
            items.append(dict(rec=rec, entity=e["eid"], grp=gi, occ_base=False,
                              meta=dict(category="new", kind=e["kind"], party=e["party"], source=s2,
                                        profile=prof, evidence=ev, compare_set="incoming",
                                        changes=reconcile(first, rec, log))))
        incoming.extend(items)

    # ---- hard negatives
    hn_counts = [11] * 10 + [10] * 4
    used_names = set()
    for e in ents:
        if e["kind"] == "franchise_outlet":
            used_names.add(e["fa"])
    used_anchors = set()
    for t, cnt in zip(HN_TYPES, hn_counts):
        made = 0
        cands = sample(range(N_EXISTING), N_EXISTING)
        if t == "namesake_elsewhere":
            common = set(n_name(f) for g, f, *_ in NAMESAKES) | {"jones", "davies", "evans", "khan", "smith", "patel", "hussain"}
            cands = [i for i in cands if n_name(ex[i][1]["familyName"] or "") in common] + \
                    [i for i in cands if n_name(ex[i][1]["familyName"] or "") not in common]
        for xi in cands:
            if made >= cnt:
                break
            if xi in used_anchors:
                continue
            anchor, arec = ex[xi]
            res = make_hn(t, anchor, arec, used_names)
            if res is None:
                continue
            ne, src, post = res
            out = build_hn_record(ne, src, arec, t, post)
            if out is None:
                continue
            rec, log, sh = out
            used_anchors.add(xi)
            made += 1
            meta = dict(category="hard_negative", kind=ne["kind"], party=ne["party"], source=src,
                        anchor=anchor["eid"], anchor_index=xi, hn_type=t, rule=HN_RULES[t], shared=sh,
                        changes=[re.sub(r":(written_otherwise|source_format)$", ":different", c)
                                 for c in reconcile(arec, rec, log)])
            incoming.append(dict(rec=rec, entity=ne["eid"], meta=meta, grp=None))
        if made < cnt:
            raise RuntimeError("not enough anchors for %s (%d)" % (t, made))

    assert len(incoming) == N_EXISTING, len(incoming)
    R.shuffle(incoming)
    # the first occurrence of a repeated new customer is the one placed first
    pos_by_grp = {}
    for pos, it in enumerate(incoming):
        if it["grp"] is not None:
            pos_by_grp.setdefault(it["grp"], []).append(pos)
    for gi in sorted(pos_by_grp.keys()):
        poss = pos_by_grp[gi]
        if len(poss) < 2:
            continue
        items = [incoming[p] for p in poss]
        base = [x for x in items if x["occ_base"]]
        rest = [x for x in items if not x["occ_base"]]
        new_items = base + rest
        for p, it in zip(poss, new_items):
            incoming[p] = it
        for k, it in enumerate(new_items):
            it["meta"]["occurrence"] = k + 1
            if k >= 1:
                it["meta"]["compare_index"] = poss[0]
    for it in incoming:
        if it["meta"]["category"] == "new" and "occurrence" not in it["meta"]:
            it["meta"]["occurrence"] = 1
    return ex, incoming


META_ORDER = ["set", "index", "entity", "category", "kind", "party", "source", "changes", "profile",
              "evidence", "fallback", "compare_set", "compare_index", "occurrence", "anchor",
              "anchor_index", "hn_type", "rule", "shared"]


def write(outdir):
    ex, incoming = generate()
    lines, metas = [], []
    for i, (e, rec) in enumerate(ex):
        lines.append(dict(set="existing", entity=e["eid"], contact=rec))
        metas.append(dict(set="existing", index=i, entity=e["eid"], category="existing", kind=e["kind"],
                          party=e["party"], changes=[]))
    for i, it in enumerate(incoming):
        lines.append(dict(set="incoming", entity=it["entity"], contact=it["rec"]))
        m = dict(it["meta"])
        m.update({"set": "incoming", "index": i, "entity": it["entity"]})
        metas.append({k: m[k] for k in META_ORDER if k in m})
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for ln in lines:
            c = ln["contact"]
            ln["contact"] = {k: c[k] for k in ["displayName", "givenName", "familyName", "companyName",
                                                "email", "phone", "address"]}
            if c["address"] is not None:
                ln["contact"]["address"] = {k: c["address"][k] for k in ADDR_FIELDS}
            f.write(json.dumps(ln, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")


def main(argv):
    out = os.path.dirname(os.path.abspath(__file__))
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
    write(out)


if __name__ == "__main__":
    main(sys.argv[1:])
