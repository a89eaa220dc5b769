#!/usr/bin/env python3
"""bd-aushadh: synthetic labelled record-linkage benchmark.

Scenario: an (invented) pharmaceutical and medical-supplies distributor in
Bangladesh (depots in Dhaka, Chattogram, Sylhet, Rajshahi) keeps its customer
list in QuickBooks Online.  Incoming records come from a sales reps' order app,
an old Excel ledger import, a depot point of sale and a web order form.

Python 3 standard library only.  One random.Random(SEED); no iteration over
hash-ordered containers; output is byte-identical for any PYTHONHASHSEED.

    python3 gen.py            -> set.jsonl, meta.jsonl next to this file
    python3 gen.py --out DIR  -> into DIR
"""
import copy
import json
import os
import re
import sys
from difflib import SequenceMatcher
import random

SEED = 880_2024_0611
R = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_MATCH = 825
N_HN = 150
N_NEW = N_INCOMING - N_MATCH - N_HN          # 525
FIELDS = ["displayName", "givenName", "familyName", "companyName",
          "email", "phone", "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]


# ---------------------------------------------------------------- helpers
def ch(seq):
    return seq[R.randrange(len(seq))]


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def chance(p):
    return R.random() < p


def sample(seq, k):
    return R.sample(list(seq), k)


def slug(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


def cf(s):
    return s.casefold() if s else s


# ---------------------------------------------------------------- names
UL = ["Rafiqul", "Shafiqul", "Aminul", "Nazrul", "Saiful", "Monirul", "Zahirul",
      "Tariqul", "Anwarul", "Shahidul", "Zahidul", "Rezaul", "Fazlul", "Azizul",
      "Mozammel", "Enamul", "Obaidul", "Sirajul", "Nurul", "Khairul", "Rakibul",
      "Mahmudul", "Shariful", "Ariful", "Kamrul", "Touhidul", "Rashedul",
      "Mominul", "Emdadul", "Jahurul", "Mofizul", "Ashraful", "Nazmul"]
UL_TAIL = ["Islam", "Islam", "Islam", "Haque", "Alam", "Hasan", "Karim",
           "Kabir", "Amin", "Huda", "Bari"]
UR = ["Mahbubur", "Habibur", "Mizanur", "Lutfor", "Ziaur", "Mostafizur",
      "Anisur", "Ashikur", "Hafizur", "Motiur", "Khalilur", "Atiqur", "Saidur",
      "Hamidur", "Mokhlesur", "Ataur", "Mujibur", "Azizur", "Fazlur",
      "Obaidur", "Sadekur", "Arifur", "Mashiur", "Shafiur"]
ABD = [("Abdul", ["Karim", "Mannan", "Latif", "Hakim", "Jalil", "Malek",
                  "Khaleque", "Awal", "Kader", "Baten", "Hai", "Quddus",
                  "Wahab", "Motaleb", "Gaffar", "Kashem"]),
       ("Abdur", ["Rahman", "Rahim", "Razzak", "Rouf", "Rashid", "Rob"]),
       ("Abdus", ["Salam", "Sattar", "Samad", "Sobhan", "Shahid"]),
       ("Abu", ["Taher", "Bakar Siddique", "Sayeed", "Hanif", "Jafar",
                "Yusuf", "Naser"]),
       ("Abul", ["Kalam", "Hossain", "Kashem", "Bashar", "Khair", "Hashem"])]
SIMPLE_M = ["Kamal", "Jamal", "Delwar", "Anwar", "Belal", "Mosharraf", "Zakir",
            "Shahadat", "Alamgir", "Jahangir", "Faruk", "Nasir", "Shamim",
            "Tanvir", "Imran", "Sohel", "Masud", "Selim", "Helal", "Shahin",
            "Sumon", "Rubel", "Liton", "Babul", "Jewel", "Mehedi", "Sabbir",
            "Shakil", "Harun", "Mamun", "Golam Mostofa", "Golam Rabbani",
            "Nizam", "Salah", "Moin", "Iqbal", "Akbar", "Kawsar", "Milon"]
SIMPLE_TAIL = ["Hossain", "Hossain", "Hossain", "Uddin", "Uddin", "Ahmed",
               "Ahmed", "Ali", "Miah", "Alam", "Sarker", "Khan"]
CLAN = ["Chowdhury", "Talukder", "Bhuiyan", "Khan", "Sheikh", "Molla",
        "Sikder", "Mridha", "Patwary", "Howlader", "Sarkar", "Akanda",
        "Majumder", "Kazi", "Munshi", "Pramanik", "Mondal", "Biswas"]
FEM_M = ["Rokeya", "Nasima", "Shirin", "Fatema", "Rahima", "Salma", "Nasrin",
         "Farhana", "Sharmin", "Taslima", "Ayesha", "Shahnaz", "Jannatul",
         "Sabina", "Hasina", "Momtaz", "Dilruba", "Rehana", "Kohinur",
         "Nilufar", "Tahmina", "Rabeya", "Sufia", "Jesmin", "Nazma",
         "Shamima", "Monowara", "Lovely", "Runa", "Rozina", "Mahmuda",
         "Khadija", "Sumaiya", "Tanjila", "Kamrun", "Afroza", "Marium"]
FEM_TAIL = ["Begum", "Begum", "Khatun", "Khatun", "Akter", "Akter", "Akhter",
            "Sultana", "Parvin", "Yasmin", "Ferdous", "Siddika", "Khanam",
            "Nahar", "Jahan"]
HINDU_M = ["Subrata", "Pradip", "Ratan", "Shyamal", "Gopal", "Tapan", "Asit",
           "Biplob", "Dilip", "Nirmal", "Sukumar", "Uttam", "Prosenjit",
           "Sanjoy", "Ashok", "Bimal", "Ranjit", "Swapan", "Haradhan", "Jibon",
           "Krishna", "Partha", "Debashis", "Sudipto", "Amitabha", "Goutam",
           "Liton", "Mithun", "Pintu", "Rajib", "Nitai", "Shankar", "Pankaj"]
HINDU_F = ["Shampa", "Rina", "Mitali", "Anjali", "Sumita", "Kakoli", "Shikha",
           "Papia", "Rupa", "Bithi", "Mousumi", "Sabita", "Gita", "Dipali",
           "Lipika", "Swapna", "Anima", "Chandana", "Jharna", "Tanushree"]
HINDU_SUR = ["Das", "Das", "Saha", "Saha", "Chowdhury", "Roy", "Roy", "Sarker",
             "Bhattacharjee", "Ghosh", "Dey", "Paul", "Biswas", "Mondal",
             "Debnath", "Karmakar", "Banik", "Sen", "Dutta", "Majumder",
             "Chakraborty", "Talukder", "Podder", "Kundu", "Nath", "Bose",
             "Sarkar", "Shil", "Pal"]
CHRIST_M = ["John", "Peter", "Stephen", "Anthony", "Bernard", "Joseph", "Paul"]
CHRIST_F = ["Mary", "Agnes", "Rita", "Lucy", "Teresa"]
CHRIST_SUR = ["Gomes", "Rozario", "D\u2019Costa", "Cruze", "Corraya", "Palma"]
BUDDH_M = ["Sukanta", "Jyoti", "Bodhipriya", "Ananda", "Sumon", "Rupak"]

# transliteration variant groups (each token maps to the others of its group)
VARIANT_GROUPS = [
    ["Hossain", "Hossen", "Hussain", "Hosen", "Hossian"],
    ["Rahman", "Rahaman", "Rohman"], ["Uddin", "Uddain", "Udin", "Uddeen"],
    ["Shafiqul", "Shofiqul", "Safiqul"], ["Rafiqul", "Rofiqul", "Rafikul"],
    ["Ahmed", "Ahmad", "Ahammed"], ["Haque", "Hoque", "Huq", "Haq"],
    ["Akter", "Akhter", "Aktar", "Akhtar"], ["Begum", "Begam"],
    ["Khatun", "Khatoon"], ["Chowdhury", "Choudhury", "Chowdhuri", "Chaudhuri"],
    ["Roy", "Ray"], ["Sarker", "Sarkar", "Sircar"],
    ["Bhattacharjee", "Bhattacharya", "Bhattacharjya"], ["Saha", "Shaha"],
    ["Ghosh", "Ghose"], ["Dey", "De"], ["Paul", "Pal"],
    ["Mondal", "Mandal", "Mondol"], ["Majumder", "Mazumder", "Mojumder"],
    ["Chakraborty", "Chakrabarty", "Chakraborti"], ["Talukder", "Talukdar"],
    ["Podder", "Poddar"], ["Bhuiyan", "Bhuiya", "Bhuyan", "Bhuian"],
    ["Molla", "Mollah", "Mullah"], ["Howlader", "Hawlader", "Howladar"],
    ["Patwary", "Patwari"], ["Siddique", "Siddiqui", "Siddik"],
    ["Mizanur", "Mijanur"], ["Habibur", "Hobibur"],
    ["Mahbubur", "Mahabubur", "Mahbubar"], ["Mostafizur", "Mustafizur", "Mostafijur"],
    ["Mosharraf", "Mosharaf", "Musharraf"], ["Faruk", "Faruque", "Farooq"],
    ["Jahangir", "Jahangeer"], ["Delwar", "Delowar", "Dilwar"],
    ["Nasima", "Nasema"], ["Fatema", "Fatima"], ["Rokeya", "Rokea", "Rokiya"],
    ["Shirin", "Sirin"], ["Sharmin", "Sarmin"], ["Yasmin", "Yeasmin", "Yasmeen"],
    ["Parvin", "Parveen", "Perveen"], ["Subrata", "Shubrata", "Subroto"],
    ["Pradip", "Prodip", "Pradeep"], ["Sanjoy", "Sanjay"], ["Biplob", "Biplab"],
    ["Debashis", "Debasish", "Debashish"], ["Goutam", "Gautam", "Gautom"],
    ["Swapan", "Shopon", "Sapan"], ["Ratan", "Roton"], ["Tapan", "Topon"],
    ["Uttam", "Uttom"], ["Nazrul", "Najrul"], ["Saiful", "Shaiful"],
    ["Zakir", "Jakir"], ["Zahirul", "Jahirul"], ["Zahidul", "Jahidul"],
    ["Ziaur", "Jiaur"], ["Rezaul", "Rejaul"], ["Azizul", "Ajijul"],
    ["Kashem", "Kasem", "Quasem"], ["Kader", "Quader"], ["Khaleque", "Khalek"],
    ["Razzak", "Razzaque", "Rajjak"], ["Motaleb", "Mutalib"],
    ["Quddus", "Kuddus"], ["Sattar", "Shattar"], ["Shahadat", "Sahadat"],
    ["Belal", "Bellal"], ["Shamim", "Samim"], ["Sohel", "Shohel"],
    ["Selim", "Salim"], ["Khairul", "Khayrul"], ["Mamun", "Mamoon"],
    ["Rashid", "Rashed"], ["Miah", "Mia", "Meah"], ["Sheikh", "Shaikh", "Shekh"],
    ["Kazi", "Qazi"], ["Biswas", "Bishwas"], ["Banik", "Bonik"],
    ["Dutta", "Datta"], ["Bose", "Basu"], ["Chandra", "Chondro", "Chandro"],
    ["Kumar", "Kumer"], ["Krishna", "Krisna", "Krishno"], ["Jibon", "Jiban"],
    ["Ferdous", "Ferdousi", "Firdous"], ["Khanam", "Khanom"],
    ["Siddika", "Siddiqua", "Siddiqa"], ["Ayesha", "Aysha", "Ayesa"],
    ["Khadija", "Khadiza"], ["Jesmin", "Jasmin", "Jesmine"], ["Nazma", "Najma"],
    ["Rabeya", "Rabia"], ["Shamima", "Samima"], ["Monowara", "Monoara"],
    ["Rozina", "Rojina"], ["Kamrul", "Kamrool"], ["Nurul", "Noorul"],
    ["Aminul", "Aminool"], ["Sirajul", "Serajul"], ["Obaidul", "Obaydul"],
    ["Ashraful", "Asraful"], ["Nazmul", "Najmul"], ["Mehedi", "Mehdi"],
    ["Kawsar", "Kawser", "Kausar"], ["Iqbal", "Ikbal"], ["Yusuf", "Yousuf", "Eusuf"],
    ["Taher", "Tahir"], ["Hanif", "Hanef"], ["Naser", "Nasir"],
    ["Sukumar", "Shukumar"], ["Nirmal", "Nirmol"], ["Bimal", "Bimol"],
    ["Shyamal", "Shamol", "Shyamol"], ["Dilip", "Delip"], ["Asit", "Ashit"],
    ["Mithun", "Mithon"], ["Shikha", "Sikha"], ["Sabita", "Shabita"],
    ["Mousumi", "Moushumi"], ["Dipali", "Deepali"],
    # company stems
    ["Shifa", "Shefa", "Sifa"], ["Madina", "Medina", "Modina"],
    ["Bismillah", "Bismilla"], ["Al-Amin", "Al Amin", "Alamin"],
    ["Janata", "Jonota"], ["Aushadhalaya", "Oushadhaloy", "Aushadhalay"],
    ["Aroggo", "Arogya", "Arogga"], ["Sheba", "Seba", "Sheva"],
    ["Nirog", "Nirogh"], ["Sonali", "Shonali"], ["Rupali", "Rupaly"],
    ["Loknath", "Lokenath"], ["Anondo", "Ananda", "Anando"],
    ["Padma", "Podma"], ["Meghna", "Meghona"], ["Jamuna", "Jomuna"],
    ["Surma", "Shurma"], ["Mukti", "Mukthi"], ["Bijoy", "Bijay"],
    ["Ekota", "Ekata"], ["Sathi", "Shathi"], ["Notun", "Natun"],
    ["Nobo", "Naba"], ["Doa", "Dua", "Dowa"], ["Shapla", "Sapla"],
    ["Nupur", "Nupoor"], ["Prottasha", "Protyasha", "Pratyasha"],
]
VARIANTS = {}
for _g in VARIANT_GROUPS:
    for _t in _g:
        VARIANTS.setdefault(_t, [x for x in _g if x != _t])

SHORT = {"Rafiqul": "Rafiq", "Shafiqul": "Shafiq", "Aminul": "Amin",
         "Saiful": "Saif", "Monirul": "Monir", "Zahirul": "Zahir",
         "Tariqul": "Tarek", "Anwarul": "Anwar", "Shahidul": "Shahid",
         "Zahidul": "Zahid", "Rezaul": "Reza", "Fazlul": "Fazlu",
         "Azizul": "Aziz", "Enamul": "Enam", "Obaidul": "Obaid",
         "Sirajul": "Siraj", "Nurul": "Nur", "Khairul": "Khair",
         "Rakibul": "Rakib", "Mahmudul": "Mahmud", "Shariful": "Sharif",
         "Ariful": "Arif", "Touhidul": "Touhid", "Rashedul": "Rashed",
         "Ashraful": "Ashraf", "Nazmul": "Nazmu", "Mahbubur": "Mahbub",
         "Habibur": "Habib", "Mizanur": "Mizan", "Ziaur": "Zia",
         "Mostafizur": "Mostafiz", "Anisur": "Anis", "Ashikur": "Ashik",
         "Hafizur": "Hafiz", "Motiur": "Moti", "Khalilur": "Khalil",
         "Atiqur": "Atiq", "Saidur": "Said", "Hamidur": "Hamid",
         "Mujibur": "Mujib", "Azizur": "Aziz", "Arifur": "Arif",
         "Mashiur": "Mashi", "Debashis": "Debu", "Amitabha": "Amit",
         "Sudipto": "Sudip", "Prosenjit": "Prosen", "Jannatul": "Jannat",
         "Mosharraf": "Mosharaf", "Shahadat": "Shahad", "Tanjila": "Tanji"}
HONORIFIC_PREFIX_M = [("Md.", 55), ("", 28), ("Mohammad", 6), ("Muhammad", 4),
                      ("Mohd.", 3), ("Mohammed", 2), ("MD", 2)]
HONORIFIC_PREFIX_F = [("", 55), ("Mst.", 30), ("Mosammat", 8), ("Most.", 7)]
MD_VARIANTS = ["Md.", "Md", "MD.", "Mohammad", "Muhammad", "Mohd.", "Mohammed", "Mohd"]
MST_VARIANTS = ["Mst.", "Mst", "Most.", "Mosammat", "Mosamat", "Mosa."]


# ---------------------------------------------------------------- geography
# key, division, postcode of the district town, landline area code, weight,
# upazilas
DISTRICTS = [
    ("Dhaka", "Dhaka", "1000", "2", 34, ["Savar", "Dhamrai", "Keraniganj", "Nawabganj", "Dohar"]),
    ("Gazipur", "Dhaka", "1700", "2", 4, ["Kaliakair", "Kapasia", "Sreepur", "Kaliganj", "Tongi"]),
    ("Narayanganj", "Dhaka", "1400", "2", 4, ["Rupganj", "Sonargaon", "Araihazar", "Bandar", "Siddhirganj"]),
    ("Tangail", "Dhaka", "1900", "921", 2, ["Mirzapur", "Madhupur", "Gopalpur", "Ghatail", "Kalihati", "Sakhipur"]),
    ("Manikganj", "Dhaka", "1800", "651", 1, ["Singair", "Saturia", "Shibalaya", "Ghior"]),
    ("Munshiganj", "Dhaka", "1500", "691", 1, ["Sreenagar", "Lohajang", "Tongibari"]),
    ("Narsingdi", "Dhaka", "1600", "628", 1, ["Shibpur", "Raipura", "Monohardi", "Belabo"]),
    ("Faridpur", "Dhaka", "7800", "631", 1, ["Bhanga", "Boalmari", "Madhukhali", "Nagarkanda"]),
    ("Kishoreganj", "Dhaka", "2300", "941", 1, ["Bajitpur", "Bhairab", "Kuliarchar", "Pakundia"]),
    ("Mymensingh", "Mymensingh", "2200", "91", 3, ["Trishal", "Bhaluka", "Muktagachha", "Fulpur", "Gouripur", "Ishwarganj"]),
    ("Jamalpur", "Mymensingh", "2000", "981", 1, ["Sarishabari", "Islampur", "Madarganj", "Melandaha"]),
    ("Netrokona", "Mymensingh", "2400", "951", 1, ["Mohanganj", "Kendua", "Purbadhala", "Durgapur"]),
    ("Chattogram", "Chattogram", "4000", "31", 15, ["Hathazari", "Raozan", "Patiya", "Boalkhali", "Anwara", "Sitakunda", "Mirsharai", "Fatikchhari", "Rangunia", "Satkania", "Banshkhali"]),
    ("Cox's Bazar", "Chattogram", "4700", "341", 2, ["Chakaria", "Ramu", "Ukhiya", "Teknaf", "Maheshkhali"]),
    ("Cumilla", "Chattogram", "3500", "81", 3, ["Daudkandi", "Chandina", "Debidwar", "Laksam", "Muradnagar", "Homna", "Barura"]),
    ("Feni", "Chattogram", "3900", "331", 1, ["Chhagalnaiya", "Daganbhuiyan", "Parshuram", "Sonagazi"]),
    ("Noakhali", "Chattogram", "3800", "321", 2, ["Begumganj", "Chatkhil", "Senbagh", "Companiganj", "Hatiya"]),
    ("Brahmanbaria", "Chattogram", "3400", "851", 1, ["Sarail", "Nabinagar", "Ashuganj", "Kasba"]),
    ("Chandpur", "Chattogram", "3600", "841", 1, ["Hajiganj", "Matlab", "Kachua", "Faridganj"]),
    ("Sylhet", "Sylhet", "3100", "821", 9, ["Beanibazar", "Golapganj", "Companiganj", "Jaintiapur", "Kanaighat", "Balaganj", "Bishwanath", "Fenchuganj", "Zakiganj"]),
    ("Moulvibazar", "Sylhet", "3200", "861", 3, ["Sreemangal", "Kamalganj", "Kulaura", "Rajnagar", "Barlekha"]),
    ("Habiganj", "Sylhet", "3300", "831", 2, ["Chunarughat", "Madhabpur", "Nabiganj", "Bahubal"]),
    ("Sunamganj", "Sylhet", "3000", "871", 2, ["Chhatak", "Jagannathpur", "Derai", "Dharmapasha"]),
    ("Rajshahi", "Rajshahi", "6000", "721", 8, ["Paba", "Godagari", "Tanore", "Bagmara", "Durgapur", "Puthia", "Charghat", "Bagha", "Mohanpur"]),
    ("Bogura", "Rajshahi", "5800", "51", 4, ["Shibganj", "Sherpur", "Dhunat", "Gabtali", "Sariakandi", "Sonatala", "Adamdighi", "Nandigram", "Kahaloo"]),
    ("Naogaon", "Rajshahi", "6500", "741", 2, ["Manda", "Mohadevpur", "Niamatpur", "Patnitala", "Raninagar", "Atrai"]),
    ("Natore", "Rajshahi", "6400", "771", 1, ["Singra", "Baraigram", "Gurudaspur", "Lalpur"]),
    ("Pabna", "Rajshahi", "6600", "731", 2, ["Ishwardi", "Sujanagar", "Bera", "Santhia", "Chatmohar"]),
    ("Sirajganj", "Rajshahi", "6700", "751", 2, ["Ullahpara", "Shahjadpur", "Belkuchi", "Tarash", "Kazipur"]),
    ("Chapainawabganj", "Rajshahi", "6300", "781", 2, ["Shibganj", "Gomastapur", "Nachole", "Bholahat"]),
    ("Joypurhat", "Rajshahi", "5900", "571", 1, ["Panchbibi", "Akkelpur", "Kalai", "Khetlal"]),
    ("Rangpur", "Rangpur", "5400", "521", 2, ["Mithapukur", "Pirganj", "Badarganj", "Gangachara", "Kaunia"]),
    ("Dinajpur", "Rangpur", "5200", "531", 1, ["Birampur", "Parbatipur", "Fulbari", "Chirirbandar", "Birganj"]),
    ("Khulna", "Khulna", "9100", "41", 2, ["Dumuria", "Batiaghata", "Phultala", "Rupsha", "Paikgachha"]),
    ("Jashore", "Khulna", "7400", "421", 2, ["Jhikargachha", "Manirampur", "Keshabpur", "Abhaynagar", "Bagherpara", "Chaugachha", "Sharsha"]),
    ("Kushtia", "Khulna", "7000", "71", 1, ["Kumarkhali", "Bheramara", "Mirpur", "Daulatpur", "Khoksa"]),
    ("Satkhira", "Khulna", "9400", "471", 1, ["Kalaroa", "Tala", "Shyamnagar", "Debhata", "Kaliganj"]),
    ("Barishal", "Barishal", "8200", "431", 2, ["Bakerganj", "Banaripara", "Gournadi", "Muladi", "Wazirpur"]),
    ("Patuakhali", "Barishal", "8600", "441", 1, ["Galachipa", "Kalapara", "Bauphal", "Dumki"]),
    ("Bhola", "Barishal", "8300", "491", 1, ["Borhanuddin", "Char Fasson", "Lalmohan", "Daulatkhan"]),
]
DIST = {d[0]: {"key": d[0], "div": d[1], "pc": d[2], "ac": d[3], "w": d[4],
               "ups": d[5]} for d in DISTRICTS}
DIST_KEYS = [d[0] for d in DISTRICTS]
DIST_W = [(d[0], d[4]) for d in DISTRICTS]
AREA_CODES = sorted(set(d[3] for d in DISTRICTS), key=lambda s: (-len(s), s))

# spellings upstream systems use for a district / city (canonical first)
CITY_ALIASES = {
    "Dhaka": ["Dhaka", "Dacca", "Dhaka City"],
    "Chattogram": ["Chattogram", "Chittagong", "Ctg", "Chattagram"],
    "Bogura": ["Bogura", "Bogra"], "Jashore": ["Jashore", "Jessore"],
    "Cumilla": ["Cumilla", "Comilla"], "Barishal": ["Barishal", "Barisal"],
    "Chapainawabganj": ["Chapainawabganj", "Chapai Nawabganj", "Nawabganj"],
    "Cox's Bazar": ["Cox\u2019s Bazar", "Cox's Bazar", "Coxs Bazar"],
    "Brahmanbaria": ["Brahmanbaria", "B. Baria", "B.Baria"],
    "Moulvibazar": ["Moulvibazar", "Maulvibazar", "Moulvi Bazar"],
    "Mymensingh": ["Mymensingh", "Mymensing"],
    "Narayanganj": ["Narayanganj", "Narayangonj", "N.Ganj"],
    "Netrokona": ["Netrokona", "Netrakona"], "Sirajganj": ["Sirajganj", "Serajganj"],
    "Kishoreganj": ["Kishoreganj", "Kishorganj"], "Jamalpur": ["Jamalpur"],
    "Gazipur": ["Gazipur"], "Sylhet": ["Sylhet"], "Rajshahi": ["Rajshahi"],
}
DIVISION_ALIASES = {"Chattogram": ["Chattogram", "Chittagong"],
                    "Barishal": ["Barishal", "Barisal"]}

DHAKA_AREAS = [
    ("Dhanmondi", "1209", "ra"), ("Gulshan", "1212", "ra"), ("Banani", "1213", "ra"),
    ("Baridhara", "1212", "ra"), ("Bashundhara", "1229", "ra"), ("Lalmatia", "1207", "ra"),
    ("Uttara", "1230", "uttara"), ("Mirpur", "1216", "mirpur"), ("Pallabi", "1216", "mirpur"),
    ("Mohammadpur", "1207", "street"), ("Shyamoli", "1207", "street"),
    ("Farmgate", "1215", "street"), ("Panthapath", "1215", "mall"),
    ("Kalabagan", "1205", "street"), ("Green Road", "1205", "street"),
    ("Elephant Road", "1205", "street"), ("Shantinagar", "1217", "street"),
    ("Malibagh", "1217", "street"), ("Moghbazar", "1217", "street"),
    ("Motijheel", "1000", "street"), ("Paltan", "1000", "street"),
    ("Wari", "1203", "street"), ("Jatrabari", "1204", "street"),
    ("Khilgaon", "1219", "street"), ("Rampura", "1219", "street"),
    ("Badda", "1212", "street"), ("Tejgaon", "1208", "street"),
    ("Lalbagh", "1211", "street"), ("Azimpur", "1205", "street"),
    ("Babubazar", "1100", "mitford"), ("Basabo", "1214", "street"),
    ("Demra", "1360", "street"), ("Kafrul", "1206", "street"),
    ("Hatirpool", "1205", "mall"), ("Kakrail", "1000", "mall"),
]
DHAKA_STREETS = {
    "Mohammadpur": ["Asad Avenue", "Sher Shah Suri Road", "Tajmahal Road", "Nurjahan Road", "Babar Road"],
    "Shyamoli": ["Ring Road", "Mirpur Road"], "Farmgate": ["Green Road", "Airport Road", "Indira Road"],
    "Kalabagan": ["Lake Circus Road", "Mirpur Road"], "Green Road": ["Green Road", "Hatirpool Road"],
    "Elephant Road": ["Elephant Road", "Science Lab Road"],
    "Shantinagar": ["Shantinagar Road", "Siddheswari Road"], "Malibagh": ["DIT Road", "Shahid Baki Road"],
    "Moghbazar": ["New Eskaton Road", "Outer Circular Road"], "Motijheel": ["Motijheel C/A", "Dilkusha C/A"],
    "Paltan": ["Purana Paltan", "Naya Paltan"], "Wari": ["Rankin Street", "Larmini Street", "Hare Street"],
    "Jatrabari": ["Dhaka-Chittagong Road", "Shahid Faruk Road"], "Khilgaon": ["Khilgaon Chowdhurypara", "Taltola Road"],
    "Rampura": ["DIT Road", "Bonoshree Main Road"], "Badda": ["Pragati Sarani", "Merul Road"],
    "Tejgaon": ["Tejgaon Link Road", "Kazi Nazrul Islam Avenue"], "Lalbagh": ["Lalbagh Road", "Azimpur Road"],
    "Azimpur": ["Azimpur Road", "Palashi Road"], "Basabo": ["Sabujbagh Road", "Basabo Main Road"],
    "Demra": ["Demra Road", "Staff Quarter Road"], "Kafrul": ["Ibrahimpur Road", "Senpara Road"],
}
MALLS = {"Panthapath": ["Bashundhara City", "Panthapath Plaza"],
         "Hatirpool": ["Eastern Plaza", "Hatirpool Bazar Market"],
         "Kakrail": ["Karnaphuli Garden City", "Kakrail Shopping Centre"]}
MITFORD_MARKETS = ["Bangladesh Medicine Market", "Mitford Medicine Market",
                   "Hakim Bhaban", "Sarkar Medicine Market", "Rahman Plaza"]
CITY_AREAS = {
    "Chattogram": [("Agrabad", "4100"), ("Panchlaish", "4203"), ("Nasirabad", "4210"),
                   ("Chawkbazar", "4203"), ("Halishahar", "4216"), ("Khulshi", "4225"),
                   ("Bahaddarhat", "4212"), ("Anderkilla", "4000"), ("Kotwali", "4000"),
                   ("Muradpur", "4203"), ("GEC Circle", "4210"), ("Oxygen", "4213"),
                   ("Pahartali", "4202"), ("Chandgaon", "4212")],
    "Sylhet": [("Zindabazar", "3100"), ("Amberkhana", "3100"), ("Chowhatta", "3100"),
               ("Subhanighat", "3100"), ("Upashahar", "3100"), ("Tilagor", "3100"),
               ("Bandar Bazar", "3100"), ("Mirabazar", "3100"), ("Kumarpara", "3100"),
               ("Lamabazar", "3100"), ("Shibganj", "3100"), ("Dargah Gate", "3100")],
    "Rajshahi": [("Shaheb Bazar", "6100"), ("Laxmipur", "6000"), ("Uposhohor", "6203"),
                 ("Kazla", "6204"), ("Rani Bazar", "6100"), ("Ghoramara", "6100"),
                 ("Talaimari", "6204"), ("Binodpur", "6206"), ("Padma Residential Area", "6207")],
}
TOWN_ROADS = ["Hospital Road", "Station Road", "College Road", "Court Road", "Thana Road",
              "Sadar Road", "Main Road", "Jail Road", "Kalibari Road", "Masjid Road",
              "Shaheed Minar Road", "Bypass Road", "D.C. Road", "Medical College Road",
              "Pourashava Road", "Club Road"]
TOWN_MOHALLAS = ["Kazipara", "Uttarpara", "Paschimpara", "Munshipara", "Sheikhpara",
                 "Kalitala", "Natun Para", "Puraton Para", "Shantibag", "Malopara",
                 "Kachari Bazar", "Boro Bazar", "Chawk Bazar", "Notun Bazar",
                 "Hospital More", "Bus Stand", "Satmatha", "Fakirpara", "Housing Estate"]
MARKETS = ["New Market", "Pourashava Super Market", "Medicine Market", "City Plaza",
           "Hospital Market", "Rahmania Super Market", "Al-Madina Shopping Complex",
           "Station Market", "Shapla Market", "Holy Market", "Sonar Bangla Market"]
VILLAGES = ["Kashimpur", "Rampur", "Chandpur", "Noapara", "Shibpur", "Gopalpur",
            "Kamalpur", "Fulbari", "Kalikapur", "Sonapur", "Bhabanipur", "Krishnapur",
            "Mohanpur", "Laxmipur", "Basudebpur", "Ramnagar", "Ghoshpara", "Madhabpur",
            "Jaynagar", "Hajipur", "Nayapara", "Dakshinpara", "Kazipara", "Mollapara",
            "Bhuiyanpara", "Char Kalia", "Kandi", "Baliadanga", "Nischintapur",
            "Haripur", "Shyampur", "Debipur", "Gobindapur", "Alampur", "Sultanpur",
            "Hatimara", "Nandanpur", "Bishnupur", "Dhanpur", "Karimpur", "Boalia",
            "Chhatiani", "Rasulpur", "Jamalpur", "Khanpur", "Uzirpur", "Batikamari"]


def pick_district():
    return wch(DIST_W)


def division_of(dk):
    return DIST[dk]["div"]


# ---------------------------------------------------------------- phones
USED_NSN = {}
LANDLINE_AC = {}
MOBILE_PREFIX = [("17", 30), ("19", 20), ("18", 15), ("16", 12), ("15", 5),
                 ("13", 12), ("14", 6)]


def digits(k, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(k))
    if first_nonzero and s[0] == "0":
        s = str(R.randrange(1, 10)) + s[1:]
    return s


def new_mobile():
    while True:
        n = wch(MOBILE_PREFIX) + digits(8)
        if n not in USED_NSN:
            USED_NSN[n] = True
            return n


def new_landline(dk):
    ac = DIST[dk]["ac"]
    while True:
        if ac == "2":
            sub = (ch(["9", "8", "7", "4"]) + digits(6)) if chance(0.6) else ("55" + digits(6))
        elif len(ac) == 2:
            sub = digits(6, True) if chance(0.5) else ("2" + digits(6))
        else:
            sub = digits(R.choice([5, 6]), True)
        n = ac + sub
        if n not in USED_NSN:
            USED_NSN[n] = True
            LANDLINE_AC[n] = ac
            return n


def fmt_one(n, style):
    if n in LANDLINE_AC:
        ac = LANDLINE_AC[n]
        sub = n[len(ac):]
        return {"p0": "0" + ac + sub, "dash": "0" + ac + "-" + sub,
                "intl": "+880" + ac + sub, "intl_sp": "+880 " + ac + " " + sub,
                "intl_dash": "+880-" + ac + "-" + sub, "cc": "880" + ac + sub,
                "nz": ac + sub, "sp": "0" + ac + " " + sub,
                "cc88": "+88 0" + ac + "-" + sub}[style]
    a, b = n[:4], n[4:]
    return {"p0": "0" + n, "dash": "0" + a + "-" + b, "intl": "+880" + n,
            "intl_sp": "+880 " + a + " " + b, "intl_dash": "+880-" + a + "-" + b,
            "cc": "880" + n, "nz": n, "sp": "0" + a + " " + b,
            "cc88": "+88 0" + n}[style]


PHONE_STYLES = {
    "qbo": [("dash", 35), ("p0", 30), ("intl", 14), ("intl_sp", 10), ("sp", 5), ("cc88", 6)],
    "rep_app": [("p0", 50), ("dash", 18), ("nz", 10), ("sp", 10), ("intl", 7), ("cc88", 5)],
    "excel_ledger": [("nz", 45), ("cc", 25), ("p0", 15), ("dash", 15)],
    "depot_pos": [("p0", 70), ("nz", 10), ("dash", 20)],
    "web_form": [("intl_sp", 25), ("intl", 25), ("p0", 25), ("dash", 15), ("intl_dash", 10)],
}
JOINERS = [(" / ", 40), ("/", 20), (", ", 25), ("; ", 8), (" or ", 7)]


def fmt_phones(nsns, src):
    if not nsns:
        return None
    st = wch(PHONE_STYLES[src])
    parts = [fmt_one(n, st if i == 0 or chance(0.7) else wch(PHONE_STYLES[src]))
             for i, n in enumerate(nsns)]
    return wch(JOINERS).join(parts)


def nsn_of(token):
    d = re.sub(r"\D", "", token)
    if d.startswith("880"):
        d = d[3:]
    elif d.startswith("88") and len(d) >= 12:
        d = d[2:]
    return d.lstrip("0")


def phone_set(s):
    if not s:
        return []
    out = []
    for tok in re.split(r"[/,;]| or ", s):
        n = nsn_of(tok)
        if len(n) >= 6 and n not in out:
            out.append(n)
    return out


def digit_off(n):
    """one digit changed or two neighbours swapped in the subscriber part"""
    for _ in range(50):
        lst = list(n)
        start = 3 if n[0] == "1" else len(LANDLINE_AC.get(n, "2")) + 1
        i = R.randrange(start, len(n))
        if chance(0.5) and i + 1 < len(n) and lst[i] != lst[i + 1]:
            lst[i], lst[i + 1] = lst[i + 1], lst[i]
            what = "digits_swapped"
        else:
            lst[i] = str((int(lst[i]) + R.choice([1, 2, 3, 7, 8, 9])) % 10)
            what = "digit_off"
        m = "".join(lst)
        if m not in USED_NSN:
            USED_NSN[m] = True
            if n in LANDLINE_AC:
                LANDLINE_AC[m] = LANDLINE_AC[n]
            return m, what
    return None, None


# ---------------------------------------------------------------- e-mails
USED_EMAIL = {}
FREE_DOMAINS = [("gmail.com", 72), ("yahoo.com", 16), ("hotmail.com", 5),
                ("outlook.com", 4), ("ymail.com", 3)]
FREE_SET = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "ymail.com"]


def claim_email(local, domain):
    local = re.sub(r"[^a-z0-9._]", "", local.lower()).strip("._")
    local = re.sub(r"\.{2,}", ".", local)
    if len(local) < 3:
        local = local + digits(3)
    e = local + "@" + domain
    k = 0
    while e in USED_EMAIL:
        k += 1
        e = local + (str(R.randrange(10, 99)) if k < 5 else digits(4)) + "@" + domain
    USED_EMAIL[e] = True
    return e


def person_email(nm, doctor=False):
    toks = [slug(t) for t in nm["tokens"]]
    g, f = toks[0], toks[-1]
    yy = str(R.randrange(60, 100)) if chance(0.5) else str(R.randrange(0, 24)).zfill(2)
    pats = [(f"{g}.{f}", 20), (f"{g}{f}", 15), (f"{g}{f}{yy}", 15),
            (f"{g}.{f}{yy}", 8), (f"{g}{yy}", 8), (f"{g}_{f}", 5),
            (f"{f}.{g}", 4), (f"{g[0]}{f}{digits(2)}", 5),
            ("md" + g + f if nm.get("prefix", "").startswith("M") and nm["sex"] == "m" else g + "bd" + yy, 6)]
    if doctor:
        pats += [(f"dr.{g}.{f}", 20), (f"dr{g}{f}", 12), (f"dr.{g}{yy}", 6)]
    return claim_email(wch(pats), wch(FREE_DOMAINS))


def org_email(stem, company, dk, kind):
    s = slug(stem)
    c = slug(company)[:28]
    city = slug(dk)[:10]
    if chance(0.3) and kind not in ("govt_facility",):
        dom = s + ch(["bd", "pharma", "health", "", "-bd"]) + ch([".com", ".com.bd", ".com.bd", ".net"])
        if dom.startswith(".") or dom.startswith("-"):
            dom = s + ".com.bd"
        return claim_email(ch(["info", "accounts", "contact", "order", s]), dom)
    pats = [(c, 25), (f"{s}.{city}", 20), (f"{c}{digits(2)}", 10), (f"{s}{ch(['bd', 'pharmacy', 'medical', 'clinic'])}", 15),
            (f"{s}.{ch(['ctg', 'dhk', 'syl', 'raj', 'bd'])}", 8), (f"{c}.{city}", 10)]
    return claim_email(wch(pats), wch(FREE_DOMAINS[:3]))


# ---------------------------------------------------------------- addresses
USED_ADDR = {}


def addr_key(a):
    if not a:
        return None
    return slug(a.get("line1") or "") + "|" + slug(a.get("line2") or "") + "|" + slug(a.get("city") or "")


def city_spelling(dk):
    al = CITY_ALIASES.get(dk)
    if al and len(al) > 1 and chance(0.14):
        return al[1]
    return al[0] if al else dk


def region_str(dk):
    div = DIST[dk]["div"]
    x = R.random()
    if x < 0.45:
        return DIVISION_ALIASES.get(div, [div])[0 if chance(0.85) else -1]
    if x < 0.55:
        return div + " Division"
    return None


def raw_address(dk, style=None, upazila=None):
    """returns (line1, line2, postcode_true, area) for district dk"""
    d = DIST[dk]
    n = R.randrange(1, 120)
    if style is None:
        if dk == "Dhaka":
            style = "dhaka" if chance(0.92) else "rural"
        elif dk in CITY_AREAS:
            style = "city" if chance(0.72) else "rural"
        else:
            style = "town" if chance(0.5) else "rural"
    if style == "dhaka":
        area, pc, st = ch(DHAKA_AREAS)
        if st == "ra":
            l1 = f"House {n}, Road {R.randrange(1, 32)}"
            if area in ("Banani", "Bashundhara", "Lalmatia") and chance(0.6):
                l1 += f", Block {ch('ABCDEFG')}"
            if chance(0.2):
                l1 = f"Flat {R.randrange(1, 9)}{ch('ABCD')}, " + l1
            l2 = f"{area} R/A" if area not in ("Gulshan",) else f"Gulshan-{R.choice([1, 2])}"
        elif st == "uttara":
            l1 = f"House {n}, Road {R.randrange(1, 20)}, Sector {R.randrange(1, 15)}"
            l2 = "Uttara" if chance(0.7) else "Uttara Model Town"
        elif st == "mirpur":
            s = R.choice([1, 2, 6, 10, 11, 12])
            l1 = f"House {n}, Road {R.randrange(1, 15)}, Block {ch('ABCDE')}, Section {s}"
            l2 = f"Mirpur-{s}" if area == "Mirpur" else "Pallabi"
        elif st == "mall":
            l1 = f"Shop {R.randrange(1, 400)}, Level {R.randrange(1, 8)}, {ch(MALLS[area])}"
            l2 = area
        elif st == "mitford":
            l1 = f"Shop {R.randrange(1, 90)}, {ch(MITFORD_MARKETS)}, Mitford Road"
            l2 = ch(["Babubazar", "Mitford", "Old Dhaka"])
        else:
            street = ch(DHAKA_STREETS[area])
            x = R.random()
            if x < 0.4:
                l1 = f"Holding No. {n}/{R.randrange(1, 12)}, {street}"
            elif x < 0.7:
                l1 = f"{n}/{ch('ABCDE')}, {street}"
            else:
                l1 = f"{n}, {street}"
            l2 = area
        return l1, l2, pc, area
    if style == "city":
        area, pc = ch(CITY_AREAS[dk])
        x = R.random()
        if x < 0.35:
            l1, l2 = f"Holding No. {n}, {ch(TOWN_ROADS)}", area
        elif x < 0.6:
            l1, l2 = f"House {n}, Road {R.randrange(1, 20)}, Block {ch('ABCD')}", f"{area} R/A"
        elif x < 0.85:
            l1, l2 = f"Shop {R.randrange(1, 80)}, {ch(MARKETS)}", area
        else:
            l1, l2 = f"{n}/{ch('ABC')}, {ch(TOWN_ROADS)}", area
        return l1, l2, pc, area
    if style == "town":
        moh = ch(TOWN_MOHALLAS)
        x = R.random()
        if x < 0.4:
            l1, l2 = f"Holding No. {n}, {ch(TOWN_ROADS)}", moh
        elif x < 0.75:
            l1, l2 = f"Shop {R.randrange(1, 60)}, {ch(MARKETS)}, {ch(TOWN_ROADS)}", moh
        else:
            l1, l2 = f"{moh}, {ch(TOWN_ROADS)}", "Sadar"
        return l1, l2, d["pc"], moh
    # rural
    up = upazila or ch(d["ups"])
    v = ch(VILLAGES)
    pc = str(int(d["pc"]) + R.randrange(1, 9) * 10)
    x = R.random()
    if style == "uhc":
        l1 = f"{up} Upazila Health Complex" if chance(0.5) else f"Hospital Road, {up}"
        l2 = f"Upazila: {up}" if chance(0.5) else up
        return l1, l2, pc, up
    if x < 0.35:
        po = v if chance(0.5) else ch(VILLAGES)
        l1, l2 = f"Vill: {v}, P.O.: {po}", f"P.S.: {up}, Dist: {dk}"
    elif x < 0.6:
        bz = v if chance(0.6) else up
        l1, l2 = f"Shop No. {R.randrange(1, 40)}, {bz} Bazar", f"Upazila: {up}"
    elif x < 0.85:
        l1, l2 = f"{v} Bazar", f"{up}, {dk}"
    else:
        l1, l2 = f"Vill: {v}", f"Upazila: {up}"
    return l1, l2, pc, up


FLOORS = ["Ground Floor", "1st Floor", "2nd Floor", "3rd Floor", "4th Floor"]


def make_address(dk, style=None, upazila=None, register=True, inst=False):
    for _ in range(200):
        l1, l2, pc, area = raw_address(dk, style, upazila)
        if inst:
            if l1.startswith("Shop") or l1.startswith("Flat"):
                continue
            if chance(0.2):
                l1 = ch(FLOORS) + ", " + l1
        city = city_spelling(dk)
        a = {"line1": l1, "line2": l2, "city": city,
             "region": region_str(dk),
             "postalCode": pc if chance(0.6 if style != "rural" else 0.35) else None,
             "country": "BD" if chance(0.6) else "Bangladesh"}
        k = addr_key(a)
        if k not in USED_ADDR:
            if register:
                USED_ADDR[k] = True
            return a, area
    raise RuntimeError("address space exhausted")


# ---------------------------------------------------------------- person names
def make_name(rel=None, sex=None, here=None, family=None, dk=None):
    if rel is None:
        rel = wch([("M", 76), ("H", 19), ("C", 2), ("B", 3 if dk in ("Chattogram", "Cox's Bazar") else 0)])
    if sex is None:
        sex = "m" if chance(0.72) else "f"
    prefix = ""
    if rel == "M":
        if sex == "m":
            k = wch([("UL", 30), ("UR", 20), ("ABD", 20), ("SIMPLE", 30)])
            if k == "UL":
                toks = [ch(UL), ch(UL_TAIL)]
            elif k == "UR":
                toks = [ch(UR), "Rahman"]
            elif k == "ABD":
                a, bs = ch(ABD)
                toks = [a] + ch(bs).split()
            else:
                s = ch(SIMPLE_M).split()
                toks = s + ([ch(SIMPLE_TAIL)] if len(s) == 1 or chance(0.3) else [])
            prefix = wch(HONORIFIC_PREFIX_M)
        else:
            toks = [ch(FEM_M), ch(FEM_TAIL)]
            if toks[0] == "Jannatul":
                toks[1] = "Ferdous"
            prefix = wch(HONORIFIC_PREFIX_F)
        if family:
            toks.append(family)
        elif here or (here is None and chance(0.17)):
            c = ch(CLAN)
            if c not in toks:
                toks.append(c)
    elif rel == "H":
        if sex == "m":
            toks = [ch(HINDU_M)] + (["Kumar"] if chance(0.35) else (["Chandra"] if chance(0.2) else []))
        else:
            toks = [ch(HINDU_F)] + (["Rani"] if chance(0.3) else [])
        toks.append(family or ch(HINDU_SUR))
    elif rel == "C":
        toks = [ch(CHRIST_M if sex == "m" else CHRIST_F), family or ch(CHRIST_SUR)]
    else:
        toks = [ch(BUDDH_M) if sex == "m" else ch(HINDU_F), family or "Barua"]
    here_flag = rel != "M" or toks[-1] in CLAN
    return {"rel": rel, "sex": sex, "prefix": prefix, "tokens": toks,
            "title": "", "here": here_flag,
            "given_has_prefix": chance(0.55)}


def name_given(nm):
    g = " ".join(nm["tokens"][:-1])
    if nm["prefix"] and nm.get("given_has_prefix"):
        g = nm["prefix"] + " " + g
    return g


def name_display(nm, with_title=True):
    parts = []
    if with_title and nm.get("title"):
        parts.append(nm["title"])
    if nm["prefix"]:
        parts.append(nm["prefix"])
    parts += nm["tokens"]
    return " ".join(parts)


def name_plain(nm):
    return " ".join(nm["tokens"])


# ---------------------------------------------------------------- organisations
PHARM_STEMS_M = ["Bismillah", "Madina", "Al-Amin", "Al-Helal", "Makka", "Shifa",
                 "Mayer Doa", "Babar Doa", "Allahr Dan", "Rahmania", "Al-Falah",
                 "Noor", "Barakat", "Insaf", "Taqwa", "Amanat", "Hasan", "Rahman",
                 "Karim", "Haque"]
PHARM_STEMS_H = ["Loknath", "Radha Krishna", "Maa Kali", "Joy Guru", "Maa Tara",
                 "Sree Guru", "Annapurna", "Maa Durga", "Gouranga"]
PHARM_STEMS_N = ["Padma", "Meghna", "Jamuna", "Surma", "Shapla", "Rajanigandha",
                 "Shimul", "Bokul", "Kadam", "Nupur", "Prova", "Karnaphuli",
                 "Teesta", "Sonali", "Rupali", "Nilgiri", "Janata", "Mukti",
                 "Sheba", "Aroggo", "Nirog", "Jibon", "Ashar Alo", "Nobo Jibon",
                 "Bhai Bhai", "Sathi", "Bondhu", "Mitali", "Anondo", "Ekota",
                 "Bijoy", "Swadhin", "Prottasha", "Shanti", "Suborno", "Nishat",
                 "Sadia", "Tania", "Rafi", "Labib", "Sami", "Tuhin", "Maa",
                 "Ma-Moni", "Dipa", "Rupa", "Popy", "Alif", "Shopno", "Ruposhi"]
PHARM_SUFFIX = [("Pharmacy", 30), ("Medical Hall", 15), ("Drug House", 12),
                ("Medicine Corner", 8), ("Pharma", 10), ("Drug Store", 6),
                ("Medical Store", 6), ("Medicine Point", 4), ("Dispensary", 2),
                ("Medicine Centre", 2), ("Medicos", 2), ("Aushadhalaya", 3)]
CHAINS = [("Aarogya Pharma", "Aarogya", "aarogyapharma.com.bd", "({a} Branch)", 14),
          ("Shefa Plus Pharmacy", "Shefa Plus", "shefaplus-bd.com", "- {a}", 12),
          ("Care Point Pharmacy", "Care Point", "carepointbd.com", "({a} Outlet)", 11),
          ("Nirog Pharma", "Nirog Pharma", "nirogpharma.com.bd", "({a})", 10),
          ("Sheba Drug Mart", "Sheba Drug Mart", "shebadrugmart.com", "- {a} Branch", 10),
          ("Pharma Station", "Pharma Station", "pharmastation-bd.com", "({a} Branch)", 9),
          ("Jibon Rokkha Pharmacy", "Jibon Rokkha", "jibonrokkha.com.bd", ", {a}", 9),
          ("Ayushman Pharma", "Ayushman", "ayushmanpharma-bd.com", "({a} Outlet)", 8),
          ("Daily Health Pharmacy", "Daily Health", "dailyhealthbd.com", "- {a}", 8),
          ("TrustMed Pharmacy", "TrustMed", "trustmedbd.com", "({a} Branch)", 7),
          ("Sastho Sathi Pharma", "Sastho Sathi", "sasthosathi.com.bd", "({a})", 6),
          ("Amar Pharmacy Ltd.", "Amar Pharmacy", "amarpharmacybd.com", "({a} Branch)", 6)]
GROUP_STEMS = ["Anwara", "Nurjahan", "Rupsha", "Mohona", "Sonar Tori", "Al-Barakah",
               "Jononi", "Moyna", "Suborna", "Rahmat", "Shefali", "Nabil", "Arafat",
               "Mishuk", "Chandrima", "Dolphin", "Shah Poran", "Tasnim", "Ibnul",
               "Sumaiya", "Ruposhi Bangla", "Hamida", "Bonolota", "Nilachol",
               "Kohinoor", "Tazrin", "Farzana"]
CONCERN_TYPES = ["Medical Store", "Pharmacy", "Diagnostic Centre", "Clinic",
                 "General Hospital", "Eye Care", "Dental Care", "Medical Hall",
                 "Drug House", "Diagnostic & Consultation Centre", "Maternity Clinic",
                 "Surgical & Scientific"]
CLINIC_STEMS = ["Central", "City", "Modern", "Metro", "Prime", "Crescent", "Green View",
                "Lake View", "Sunrise", "Trust", "Care", "Life Line", "Rainbow",
                "Sheba", "Janani", "Nirapad", "Shushasthya", "Medi Aid", "Royal",
                "Nova", "Orchid", "Mukti", "Shah Amanat", "Shahjalal", "Padma",
                "Surma", "Karnaphuli", "Varendra", "Mohanagar", "Uttara Adhunik",
                "Rahima Memorial", "Abdul Hamid Memorial", "Anondo", "Moon",
                "Holy Family Care", "New Life", "Square View", "Al-Madina",
                "Mother\u2019s Care", "Women\u2019s Care", "Shishu Sheba", "Popular Care",
                "Eastern", "Northern", "Mukta", "Bhorosha", "Ashok", "Sadar"]
CLINIC_TYPES = ["Clinic", "Clinic & Diagnostic Centre", "Nursing Home", "Maternity Clinic",
                "Mother & Child Clinic", "Medical Centre"]
DIAG_TYPES = ["Diagnostic Centre", "Diagnostic & Consultation Centre", "Pathology",
              "Imaging & Diagnostic Centre", "Diagnostic Complex"]
HOSP_TYPES = ["General Hospital", "Specialised Hospital", "Hospital (Pvt.) Ltd.",
              "Eye Hospital", "Mother & Child Hospital", "Private Hospital"]
SPECIALTIES = ["Medicine", "Gynae & Obs", "Child Health", "Skin & VD", "ENT",
               "Orthopaedics", "Cardiology", "Diabetes", "Chest", "Eye"]
MCH_DEPTS = ["Medicine", "Surgery", "Paediatrics", "Gynae & Obs", "Cardiology",
             "Orthopaedics", "Nephrology", "Burn Unit", "Neurology", "ENT"]
NGOS = [("Alokito Jibon Sangstha", "AJS", "ajsbd.org"),
        ("Palli Shastho Unnayan Society", "PSUS", "psus-bd.org"),
        ("Nabajiban Foundation", "NF", "nabajiban-bd.org"),
        ("Shishu O Matri Kalyan Trust", "SMKT", "smkt-bd.org"),
        ("Surjomukhi Health Initiative", "SHI", "surjomukhi.org.bd"),
        ("Dishari Unnayan Sangstha", "DUS", "disharibd.org"),
        ("Prottasha Health Trust", "PHT", "prottashatrust.org"),
        ("Sabuj Chhaya Foundation", "SCF", "sabujchhaya.org.bd"),
        ("Nirapad Jibon Society", "NJS", "nirapadjibon.org"),
        ("Uttaran Manob Seba Sangstha", "UMSS", "uttaran-ms.org")]
NGO_PROGS = ["Maternal Health Project", "TB Control Programme", "Eye Care Programme",
             "Community Clinic Support Project", "Nutrition Programme",
             "Urban Primary Health Care Project", "Diabetes Care Unit",
             "Family Planning Project", "Floating Clinic", "Adolescent Health Project",
             "Safe Delivery Project", "Leprosy Control Project", "Elderly Care Project"]
OTHER_TRADES = ["Surgical & Scientific", "Dental Care", "Optics", "Herbal & Unani Dawakhana",
                "Homeo Hall", "Physiotherapy Centre", "Veterinary Medicine Corner",
                "Diagnostic Centre", "Medical Equipment", "Traders"]

USED_IDS = {}
ENTS = {}


def new_id():
    while True:
        e = "c" + format(R.getrandbits(28), "07x")
        if e not in USED_IDS:
            USED_IDS[e] = True
            return e


def base_ent(party, kind, dk):
    e = {"id": new_id(), "party": party, "kind": kind, "dk": dk, "area": None,
         "person": None, "company": None, "stem": None, "addr": None,
         "phones": [], "email": None, "legacy_caps": False, "disamb": None,
         "links": {}}
    ENTS[e["id"]] = e
    return e


def set_address(e, style=None, upazila=None, inst=False):
    a, area = make_address(e["dk"], style, upazila, inst=inst)
    e["addr"], e["area"] = a, area
    return a


def org_phones(e, landline_p=0.1, second_p=0.15):
    ph = [new_mobile()]
    if chance(landline_p):
        ph = [new_landline(e["dk"])] + (ph if chance(0.6) else [])
    if chance(second_p):
        ph.append(new_mobile())
    e["phones"] = ph


def pharmacy_name(rel=None):
    x = R.random()
    if rel == "H" and x < 0.5 or (rel is None and x < 0.12):
        stem = ch(PHARM_STEMS_H)
    elif x < 0.45 and rel in (None, "M"):
        stem = ch(PHARM_STEMS_M)
    else:
        stem = ch(PHARM_STEMS_N)
    suf = wch(PHARM_SUFFIX)
    if suf == "Aushadhalaya" and stem not in PHARM_STEMS_H:
        suf = "Pharmacy"
    pre = wch([("", 80), ("New ", 13), ("Nobo ", 2), ("Notun ", 2), ("Maa ", 3)])
    if stem.startswith("Maa") or stem.startswith("Ma-"):
        pre = pre if pre in ("", "New ") else ""
    return pre + stem + " " + suf, stem


def make_retail(dk=None, stem_name=None, contact=None, style=None):
    dk = dk or pick_district()
    e = base_ent("org", "retail_pharmacy", dk)
    if contact is None and chance(0.72):
        contact = make_name(dk=dk)
        if contact["rel"] == "M" and contact["sex"] == "f" and chance(0.6):
            contact = make_name(rel="M", sex="m", dk=dk)
    e["person"] = contact
    if stem_name:
        e["company"], e["stem"] = stem_name
    else:
        e["company"], e["stem"] = pharmacy_name(contact["rel"] if contact else None)
    set_address(e, style)
    org_phones(e, 0.05, 0.18)
    if chance(0.45):
        e["email"] = org_email(e["stem"], e["company"], dk, e["kind"])
    return e


def make_simple_org(kind, dk=None):
    dk = dk or pick_district()
    e = base_ent("org", kind, dk)
    if kind == "clinic":
        stem = ch(CLINIC_STEMS)
        e["company"] = stem + " " + ch(CLINIC_TYPES)
    elif kind == "diagnostic_centre":
        stem = ch(CLINIC_STEMS)
        e["company"] = stem + " " + ch(DIAG_TYPES)
    elif kind == "private_hospital":
        stem = ch(CLINIC_STEMS)
        e["company"] = stem + " " + ch(HOSP_TYPES)
    elif kind == "partnership":
        nm = make_name(dk=dk, sex="m", here=True)
        sur = nm["tokens"][-1]
        stem = sur
        x = R.random()
        if x < 0.3:
            e["company"] = f"{sur} & Brothers Pharmacy"
        elif x < 0.55:
            e["company"] = f"{sur} & Sons Medical Hall"
        elif x < 0.75:
            e["company"] = f"{sur} Brothers Drug House"
        else:
            stem = ch(PHARM_STEMS_N)
            e["company"] = stem + " " + ch(["Medical Traders", "Pharma & Surgical", "Drug Agency", "Medicine Traders"])
        e["person"] = nm
    elif kind == "doctor_chamber":
        nm = make_name(dk=dk)
        nm["title"] = "Dr."
        stem = name_plain(nm)
        x = R.random()
        dn = name_display(nm, with_title=False)
        if x < 0.35:
            e["company"] = f"Dr. {dn}\u2019s Chamber" if chance(0.5) else f"Dr. {dn}'s Chamber"
        elif x < 0.65:
            e["company"] = f"Dr. {dn} Chamber"
        else:
            e["company"] = f"Dr. {dn} - {ch(SPECIALTIES)} Chamber"
        e["person"] = nm
    else:
        raise ValueError(kind)
    e["stem"] = stem
    if kind != "doctor_chamber" and kind != "partnership" and chance(0.5):
        e["person"] = make_name(dk=dk)
    if kind == "doctor_chamber" and e["person"]["prefix"] in ("Mst.", "Most.", "Mosammat") and chance(0.85):
        e["person"]["prefix"] = ""
    inst = kind in ("clinic", "diagnostic_centre", "private_hospital")
    style = None if not inst else ("town" if dk not in CITY_AREAS and dk != "Dhaka" else
                                   ("dhaka" if dk == "Dhaka" else "city"))
    set_address(e, style, inst=inst)
    lp = {"clinic": 0.35, "diagnostic_centre": 0.45, "private_hospital": 0.6}.get(kind, 0.05)
    org_phones(e, lp, 0.25)
    if kind == "doctor_chamber":
        if chance(0.55):
            e["email"] = person_email(e["person"], doctor=True)
    elif chance({"private_hospital": 0.85, "diagnostic_centre": 0.7, "clinic": 0.55}.get(kind, 0.45)):
        e["email"] = org_email(e["stem"], e["company"], dk, kind)
    return e


def make_person_ent(kind, dk=None, nm=None):
    dk = dk or pick_district()
    e = base_ent("person", kind, dk)
    if nm is None:
        if kind == "village_doctor":
            nm = make_name(dk=dk, sex="m" if chance(0.95) else "f")
        elif kind == "proprietor":
            nm = make_name(dk=dk, sex="m" if chance(0.9) else "f")
        else:
            nm = make_name(dk=dk)
    e["person"] = nm
    if kind == "doctor":
        if nm["prefix"] in ("Mst.", "Most.", "Mosammat") and chance(0.85):
            nm["prefix"] = ""
        nm["title"] = wch([("Dr.", 88), ("Prof. Dr.", 8), ("Assoc. Prof. Dr.", 4)])
        set_address(e)
        e["phones"] = [new_mobile()] + ([new_mobile()] if chance(0.12) else [])
        if chance(0.7):
            e["email"] = person_email(nm, doctor=True)
    elif kind == "village_doctor":
        if chance(0.25):
            nm["title"] = "Dr."
        set_address(e, "rural")
        e["phones"] = [new_mobile()] + ([new_mobile()] if chance(0.1) else [])
        if chance(0.1):
            e["email"] = person_email(nm)
    elif kind == "proprietor":
        if chance(0.07):
            nm["title"] = "Alhaj" if nm["rel"] == "M" and nm["sex"] == "m" else ""
        set_address(e)
        e["phones"] = [new_mobile()]
        if chance(0.4):
            e["email"] = person_email(nm)
    else:  # purchase_officer
        if chance(0.03):
            nm["title"] = "Engr."
        set_address(e)
        e["phones"] = [new_mobile()]
        if chance(0.5):
            e["email"] = person_email(nm)
    return e


# ---------------------------------------------------------------- structures
CHAIN_INFO = []
GROUP_INFO = []
NGO_INFO = []
AGENT_INFO = []
UHC_USED = {}
MCH_INFO = {}
CHAIN_DISTS = [("Dhaka", 70), ("Chattogram", 10), ("Sylhet", 6), ("Rajshahi", 6),
               ("Gazipur", 4), ("Narayanganj", 4)]


def chain_outlet(ci):
    c = CHAIN_INFO[ci]
    for _ in range(100):
        dk = wch(CHAIN_DISTS)
        style = "dhaka" if dk == "Dhaka" else ("city" if dk in CITY_AREAS else "town")
        l1, l2, pc, area = raw_address(dk, style)
        if style == "town":
            area = dk
        elif dk != "Dhaka" and dk not in c["areas_used"]:
            area = f"{area}, {dk}" if chance(0.3) else area
        if area in c["areas_used"]:
            continue
        a = {"line1": l1, "line2": l2, "city": city_spelling(dk), "region": region_str(dk),
             "postalCode": pc if chance(0.6) else None,
             "country": "BD" if chance(0.6) else "Bangladesh"}
        if addr_key(a) in USED_ADDR:
            continue
        USED_ADDR[addr_key(a)] = True
        c["areas_used"].append(area)
        e = base_ent("org", "chain_outlet", dk)
        e["addr"], e["area"] = a, area
        fmt = c["fmt"].format(a=area)
        e["company"] = c["name"] + (fmt if fmt.startswith(",") else " " + fmt)
        e["stem"] = c["stem"]
        e["links"]["chain"] = ci
        org_phones(e, 0.15, 0.1)
        x = R.random()
        if x < 0.72:
            e["email"] = c["email"]
            e["links"]["chain_mail"] = True
        elif x < 0.85:
            e["email"] = claim_email(slug(c["stem"]) + "." + slug(area)[:12], "gmail.com")
        if chance(0.55):
            e["person"] = make_name(dk=dk)
        return e
    raise RuntimeError("chain areas")


def build_chains():
    out = []
    for ci, (name, stem, dom, fmt, n) in enumerate(CHAINS):
        mail = "accounts@" + dom
        USED_EMAIL[mail] = True
        CHAIN_INFO.append({"name": name, "stem": stem, "domain": dom, "fmt": fmt,
                           "email": mail, "areas_used": []})
        for _ in range(n):
            out.append(chain_outlet(ci))
    return out


def group_concern(gi, ctype):
    g = GROUP_INFO[gi]
    dk = g["dk"]
    e = base_ent("org", "group_concern", dk)
    e["company"] = g["stem"] + " " + ctype
    if ctype in ("General Hospital", "Diagnostic Centre") and chance(0.3):
        e["company"] += " Ltd."
    e["stem"] = g["stem"]
    e["links"]["group"] = gi
    if chance(0.55):
        e["addr"] = copy.deepcopy(g["addr"])
        e["area"] = g["area"]
        e["links"]["group_building"] = True
    else:
        set_address(e, "dhaka" if dk == "Dhaka" else ("city" if dk in CITY_AREAS else "town"))
    org_phones(e, 0.3 if "Hospital" in ctype or "Diagnostic" in ctype else 0.05, 0.15)
    if chance(0.8):
        e["email"] = g["email"]
        e["links"]["group_mail"] = True
    elif chance(0.5):
        e["email"] = org_email(g["stem"], e["company"], dk, "group_concern")
    e["person"] = g["contact"] if chance(0.45) else (make_name(dk=dk) if chance(0.4) else None)
    g["types_used"].append(ctype)
    return e


def build_groups(total):
    sizes = []
    left = total
    while left > 0:
        k = min(left, R.choice([3, 3, 3, 4, 4]))
        sizes.append(k)
        left -= k
    out = []
    for gi, k in enumerate(sizes):
        stem = GROUP_STEMS[gi]
        dk = wch([("Dhaka", 40), ("Chattogram", 18), ("Sylhet", 10), ("Rajshahi", 10),
                  ("Bogura", 5), ("Cumilla", 5), ("Mymensingh", 4), ("Jashore", 4), ("Khulna", 4)])
        a, area = make_address(dk, "dhaka" if dk == "Dhaka" else ("city" if dk in CITY_AREAS else "town"), inst=True)
        if chance(0.5):
            mail = claim_email("accounts." + slug(stem) + "group", "gmail.com")
        else:
            mail = claim_email("accounts", slug(stem) + "group.com.bd")
        GROUP_INFO.append({"stem": stem, "dk": dk, "addr": a, "area": area, "email": mail,
                           "contact": make_name(dk=dk, sex="m"), "types_used": []})
        for ct in sample(CONCERN_TYPES, k):
            out.append(group_concern(gi, ct))
    return out


def uhc_company(up, dk):
    return wch([(f"{up} Upazila Health Complex", 50), (f"Upazila Health Complex, {up}", 30),
                (f"UHC {up}, {dk}", 12), (f"Upazila Health Complex, {up}, {dk}", 8)])


def make_uhc(dk, up, full=False):
    e = base_ent("org", "govt_facility", dk)
    UHC_USED[dk + "|" + up] = e["id"]
    e["company"] = uhc_company(up, dk) if not full else wch(
        [(f"{up} Upazila Health Complex", 60), (f"Upazila Health Complex, {up}", 40)])
    e["stem"] = "Upazila Health Complex"
    e["links"]["govt"] = "uhc"
    e["links"]["upazila"] = up
    set_address(e, "uhc", up)
    e["phones"] = [new_mobile()]
    x = R.random()
    if x < 0.6:
        e["email"] = claim_email("uhfpo." + slug(up), "dghs.example.gov.bd") \
            if ("uhfpo." + slug(up) + "@dghs.example.gov.bd") not in USED_EMAIL else \
            claim_email("uhfpo." + slug(up) + "." + slug(dk)[:6], "dghs.example.gov.bd")
    elif x < 0.9:
        e["email"] = claim_email("uhfpo" + slug(up), ch(["gmail.com", "yahoo.com"]))
    if chance(0.5):
        nm = make_name(dk=dk)
        nm["title"] = "Dr." if chance(0.7) else ""
        e["person"] = nm
    return e


def mch_dept(dk, dept):
    info = MCH_INFO.setdefault(dk, None)
    if info is None:
        area = ch(CITY_AREAS[dk])[0] if dk in CITY_AREAS else "Sadar"
        a = {"line1": ch(["Medical College Road", f"{dk} Medical College Hospital Campus", "Hospital Campus, Medical College Road"]),
             "line2": area, "city": city_spelling(dk), "region": region_str(dk),
             "postalCode": DIST[dk]["pc"] if chance(0.6) else None,
             "country": "BD" if chance(0.6) else "Bangladesh"}
        USED_ADDR[addr_key(a)] = True
        info = {"addr": a, "area": area, "pabx": new_landline(dk), "depts": []}
        MCH_INFO[dk] = info
    e = base_ent("org", "govt_facility", dk)
    hosp = f"{dk} Medical College Hospital"
    e["company"] = wch([(f"{hosp}, Dept. of {dept}", 55), (f"{hosp} - Department of {dept}", 45)])
    e["stem"] = hosp
    e["links"]["govt"] = "mch"
    e["addr"] = copy.deepcopy(info["addr"])
    e["area"] = info["area"]
    e["phones"] = [new_mobile()] + ([info["pabx"]] if chance(0.5) else [])
    e["email"] = claim_email(slug(dept)[:10] + "." + slug(dk)[:8] + "mch", "dghs.example.gov.bd")
    nm = make_name(dk=dk)
    nm["title"] = "Dr." if chance(0.6) else ""
    e["person"] = nm if chance(0.6) else None
    info["depts"].append(dept)
    return e


def district_facility(dk):
    e = base_ent("org", "govt_facility", dk)
    x = R.random()
    if x < 0.4:
        e["company"] = f"{dk} 250 Bed General Hospital"
        e["stem"] = f"{dk} 250 Bed General Hospital"
    elif x < 0.7:
        e["company"] = f"Civil Surgeon Office, {dk}"
        e["stem"] = "Civil Surgeon Office"
    else:
        e["company"] = f"{dk} Sadar Hospital"
        e["stem"] = f"{dk} Sadar Hospital"
    e["links"]["govt"] = "district"
    a = {"line1": ch(["Hospital Road", "Sadar Hospital Road", "Civil Surgeon Office, Hospital Road", "Jail Road"]),
         "line2": ch(TOWN_MOHALLAS), "city": city_spelling(dk), "region": region_str(dk),
         "postalCode": DIST[dk]["pc"] if chance(0.6) else None, "country": "BD" if chance(0.6) else "Bangladesh"}
    USED_ADDR[addr_key(a)] = True
    e["addr"], e["area"] = a, a["line2"]
    e["phones"] = [new_mobile()] + ([new_landline(dk)] if chance(0.5) else [])
    e["email"] = claim_email(("cs." if "Civil" in e["company"] else "supt.") + slug(dk), "dghs.example.gov.bd")
    return e


def all_upazilas():
    out = []
    for dk in DIST_KEYS:
        for up in DIST[dk]["ups"]:
            out.append((dk, up))
    return out


def pick_free_upazila(dk=None, name=None):
    cands = [(d, u) for (d, u) in all_upazilas() if (d + "|" + u) not in UHC_USED
             and (dk is None or d == dk) and (name is None or u == name)]
    if not cands:
        return None
    return wch([((d, u), DIST[d]["w"] + 1) for (d, u) in cands])


def build_govt(n_uhc, mch_plan, n_district):
    out = []
    for _ in range(n_uhc):
        dk, up = pick_free_upazila()
        out.append(make_uhc(dk, up))
    for dk, depts in mch_plan:
        for dp in depts:
            out.append(mch_dept(dk, dp))
    dks = sample([d for d in DIST_KEYS if d not in [m[0] for m in mch_plan]], n_district)
    for dk in dks:
        out.append(district_facility(dk))
    return out


def ngo_programme(ni, prog, dk, full=False):
    n = NGO_INFO[ni]
    e = base_ent("org", "ngo_programme", dk)
    nm, ab, dom = n["name"], n["abbr"], n["domain"]
    if full:
        e["company"] = wch([(f"{nm} \u2013 {prog}, {dk}", 60), (f"{nm} ({ab}) - {prog}, {dk}", 40)])
    else:
        e["company"] = wch([(f"{nm} \u2013 {prog}, {dk}", 50), (f"{nm} ({ab}) - {prog}, {dk}", 30),
                            (f"{ab} {prog}, {dk}", 20)])
    e["stem"] = nm
    e["links"]["ngo"] = ni
    set_address(e, "city" if dk in CITY_AREAS else ("dhaka" if dk == "Dhaka" else "town"), inst=True)
    e["phones"] = [new_mobile()]
    if chance(0.4):
        e["email"] = n["central"]
    else:
        e["email"] = claim_email(slug(prog)[:10] + "." + slug(dk)[:8], dom)
    if chance(0.6):
        e["person"] = make_name(dk=dk)
    n["progs_used"].append(prog + "|" + dk)
    return e


def build_ngos(per):
    out = []
    for ni, (nm, ab, dom) in enumerate(NGOS):
        central = "procurement@" + dom
        USED_EMAIL[central] = True
        home = wch([("Dhaka", 3), ("Sylhet", 2), ("Chattogram", 2), ("Rajshahi", 2), ("Sunamganj", 1),
                    ("Cox's Bazar", 1), ("Rangpur", 1)])
        NGO_INFO.append({"name": nm, "abbr": ab, "domain": dom, "central": central,
                         "home": home, "progs_used": []})
        for prog in sample(NGO_PROGS, per):
            dk = home if chance(0.5) else pick_district()
            out.append(ngo_programme(ni, prog, dk))
    return out


def bazar_address(dk, bazar=None, up=None):
    for _ in range(100):
        if bazar is None:
            if dk in CITY_AREAS or dk == "Dhaka" or chance(0.3):
                bz = ch(MARKETS) if dk != "Dhaka" else ch(MITFORD_MARKETS)
                l2 = ch(TOWN_ROADS) if dk != "Dhaka" else "Mitford Road"
                kind = "market"
            else:
                up = up or ch(DIST[dk]["ups"])
                bz = (ch(VILLAGES) if chance(0.5) else up) + " Bazar"
                l2 = f"Upazila: {up}"
                kind = "bazar"
        else:
            bz, l2, kind = bazar
        l1 = f"Shop No. {R.randrange(1, 60)}, {bz}"
        a = {"line1": l1, "line2": l2, "city": city_spelling(dk), "region": region_str(dk),
             "postalCode": None if chance(0.6) else DIST[dk]["pc"],
             "country": "BD" if chance(0.6) else "Bangladesh"}
        if addr_key(a) not in USED_ADDR:
            USED_ADDR[addr_key(a)] = True
            return a, (bz, l2, kind)
    raise RuntimeError("bazar")


def surname_pharmacy(dk=None, nm=None, bazar=None, stem=None):
    dk = dk or wch([(d, w) for d, w in DIST_W if d != "Dhaka"] + [("Dhaka", 6)])
    nm = nm or make_name(dk=dk, sex="m", here=True)
    sur = nm["tokens"][-1]
    e = base_ent("org", "retail_pharmacy", dk)
    e["person"] = nm
    stem = stem or sur
    suf = wch([("Medical Hall", 35), ("Pharmacy", 35), ("Drug House", 20), ("Aushadhalaya", 10 if nm["rel"] == "H" else 0)])
    e["company"] = wch([("", 75), ("New ", 15), ("M/S. ", 10)]) + stem + " " + suf
    e["stem"] = stem
    e["addr"], bz = bazar_address(dk, bazar)
    e["area"] = bz[0]
    e["links"]["bazar"] = bz
    e["links"]["surname_shop"] = True
    org_phones(e, 0.0, 0.2)
    if chance(0.25):
        e["email"] = org_email(stem, e["company"], dk, "retail_pharmacy")
    return e


def build_agents(n_agents, extra):
    """managers/agents who keep the books of several small pharmacies"""
    out = []
    for ai in range(n_agents):
        dk = wch([(d, w) for d, w in DIST_W if w >= 2])
        nm = make_name(dk=dk, rel="M", sex="m")
        g, f = slug(nm["tokens"][0]), slug(nm["tokens"][-1])
        mail = claim_email(ch([f"{g}.accounts", f"{g}{f}.pharma", f"{g}.medicine.acc", f"accounts.{g}{f}"]),
                           ch(["gmail.com", "gmail.com", "yahoo.com"]))
        AGENT_INFO.append({"dk": dk, "name": nm, "email": mail, "phone": new_mobile(), "shops": []})
        k = 2 if ai < extra else 1
        for _ in range(k):
            e = make_retail(dk, contact=nm if chance(0.5) else None)
            e["email"] = mail
            e["phones"] = [AGENT_INFO[ai]["phone"]] + ([new_mobile()] if chance(0.3) else [])
            e["links"]["agent"] = ai
            AGENT_INFO[ai]["shops"].append(e["id"])
            out.append(e)
    return out


def link_proprietor(org):
    nm = org["person"]
    p = make_person_ent("proprietor", org["dk"], nm=copy.deepcopy(nm))
    if chance(0.5):
        p["phones"] = [org["phones"][0]] if chance(0.6) else [new_mobile(), org["phones"][0]]
        p["links"]["shares_shop_phone"] = True
    if chance(0.4) and org["addr"]:
        USED_ADDR.pop(addr_key(p["addr"]), None)
        p["addr"] = copy.deepcopy(org["addr"])
        p["area"] = org["area"]
    p["links"]["shop"] = org["id"]
    org["links"]["owner_person"] = p["id"]
    return p


def link_purchase_officer(org):
    p = make_person_ent("purchase_officer", org["dk"])
    if org["addr"]:
        USED_ADDR.pop(addr_key(p["addr"]), None)
        p["addr"] = copy.deepcopy(org["addr"])
        p["area"] = org["area"]
    p["links"]["employer"] = org["id"]
    return p


# ---------------------------------------------------------------- normalisers
ALIAS_TO_KEY = {}
for _k in DIST_KEYS:
    ALIAS_TO_KEY[slug(_k)] = _k
for _k, _al in CITY_ALIASES.items():
    for _a in _al:
        ALIAS_TO_KEY[slug(_a)] = _k
ALIAS_TO_KEY["dhakacity"] = "Dhaka"


def city_key(s):
    if not s:
        return None
    s2 = s.replace("\u00e2\u20ac\u2122", "'")
    s2 = re.sub(r"[-\s]*\d{4}\s*$", "", s2)
    return ALIAS_TO_KEY.get(slug(s2), slug(s2))


ADDR_EXPAND = [(r"\bh\s*#\s*", "house "), (r"\bh-\s*", "house "), (r"\bh\.\s*", "house "),
               (r"\bhs\b", "house"), (r"\brd\b\.?", "road"), (r"\bsec\b[-.]?\s*", "sector "),
               (r"\bblk\b\.?", "block"), (r"\bholding\s*#\s*", "holding "),
               (r"\bh/no\.?\s*", "holding "), (r"\bsp\b", "shop"), (r"\bshop\s*#\s*", "shop "),
               (r"\blvl\b\.?", "level"), (r"\bl-\s*", "level "), (r"\bvill\b[-:.]?", "village"),
               (r"\bvil\b[-:.]?", "village"), (r"\bgram\b[-:.]?", "village"),
               (r"\bp\.?\s*o\.?\s*[-:]?", "po "), (r"\bpost\b[-:]?", "po "),
               (r"\bp\.?\s*s\.?\s*[-:]?", "ps "), (r"\bthana\b[-:]?", "ps "),
               (r"\bupz\b[-:.]?", "upazila"), (r"\bupazilla\b", "upazila"),
               (r"\bdist\b[-:.]?", "district"), (r"\bzilla\b[-:]?", "district"),
               (r"\br/a\b", "ra"), (r"\bresidential area\b", "ra"), (r"\bno\.", " "),
               (r"\bbazaar\b", "bazar"), (r"\bmkt\b\.?", "market")]


def norm_addr_text(a):
    t = " ".join(x for x in [a.get("line1"), a.get("line2")] if x)
    t = t.replace("\u00e2\u20ac\u2122", "'").replace("\u2019", "'").casefold()
    for pat, rep in ADDR_EXPAND:
        t = re.sub(pat, rep, t)
    t = re.sub(r"[^a-z0-9]+", " ", t)
    toks = [w for w in t.split() if w not in ("bangladesh", "bd", "district", "upazila", "ps", "po")
            and not re.fullmatch(r"\d{4}", w) and ALIAS_TO_KEY.get(w) is None]
    return " ".join(toks)


def addr_sim(a, b):
    if not a or not b:
        return 0.0
    if city_key(a.get("city")) != city_key(b.get("city")):
        return 0.0
    x, y = norm_addr_text(a), norm_addr_text(b)
    if not x or not y:
        return 0.0
    return SequenceMatcher(None, x, y).ratio()


ADDR_SHARED_T = 0.8


def email_eq(a, b):
    return bool(a and b and a.strip().casefold() == b.strip().casefold())


def phones_shared(a, b):
    sa = phone_set(a)
    return any(n in sa for n in phone_set(b))


def evidence_of(x, y):
    ev = []
    if email_eq(x["email"], y["email"]):
        ev.append("email")
    if phones_shared(x["phone"], y["phone"]):
        ev.append("phone")
    if addr_sim(x["address"], y["address"]) >= ADDR_SHARED_T:
        ev.append("address")
    return ev


HONOR = {"md", "mohammad", "muhammad", "mohd", "mohammed", "mst", "most", "mosammat",
         "mosamat", "mosa", "dr", "prof", "assoc", "alhaj", "engr", "ms", "m", "s", "prop"}


def name_norm(s):
    if not s:
        return ""
    s = s.replace("\u00e2\u20ac\u2122", "'").replace("\u00e2\u20ac\u201c", "-").casefold()
    s = re.sub(r"\(.*?\)", " ", s)
    toks = [w for w in re.sub(r"[^a-z0-9]+", " ", s).split() if w not in HONOR]
    return " ".join(toks)


def rec_name(r):
    if r["companyName"]:
        return name_norm(r["companyName"])
    gf = " ".join(x for x in [r["givenName"], r["familyName"]] if x)
    return name_norm(gf or r["displayName"])


# ---------------------------------------------------------------- string ops
PHON = [("a", "o"), ("o", "a"), ("i", "e"), ("e", "i"), ("u", "o"), ("sh", "s"),
        ("s", "sh"), ("z", "j"), ("j", "z"), ("v", "b"), ("b", "v"), ("ee", "i"),
        ("oo", "u"), ("q", "k"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("kh", "k")]
KEYB = {"a": "sq", "s": "adw", "d": "sfe", "f": "dgr", "g": "fht", "h": "gjy", "j": "hku",
        "k": "jli", "l": "ko", "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg",
        "y": "tuh", "u": "yij", "i": "uok", "o": "ipl", "p": "o", "z": "xa", "x": "zc",
        "c": "xv", "v": "cb", "b": "vn", "n": "bm", "m": "n"}


def typo(s, min_len=4):
    if not s:
        return s
    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]{%d,}" % min_len, s)]
    if not spans:
        return s
    for _ in range(20):
        a, b = ch(spans)
        w = s[a:b]
        up = w.isupper()
        lw = w.lower()
        k = R.random()
        if k < 0.25:
            i = R.randrange(1, len(lw))
            nw = lw[:i] + lw[i + 1:]
        elif k < 0.4:
            i = R.randrange(1, len(lw))
            nw = lw[:i] + lw[i] + lw[i:]
        elif k < 0.6:
            i = R.randrange(1, len(lw) - 1)
            nw = lw[:i] + lw[i + 1] + lw[i] + lw[i + 2:]
        elif k < 0.85:
            cands = [(p, q) for p, q in PHON if p in lw[1:]]
            if not cands:
                continue
            p, q = ch(cands)
            idx = [m.start() for m in re.finditer(re.escape(p), lw) if m.start() > 0]
            if not idx:
                continue
            i = ch(idx)
            nw = lw[:i] + q + lw[i + len(p):]
        else:
            i = R.randrange(1, len(lw))
            c = lw[i]
            if c not in KEYB:
                continue
            nw = lw[:i] + ch(KEYB[c]) + lw[i + 1:]
        if nw == lw:
            continue
        if up:
            nw = nw.upper()
        elif w[0].isupper():
            nw = nw[0].upper() + nw[1:]
        return s[:a] + nw + s[b:]
    return s


def repl_word(s, old, new):
    if not s:
        return s
    pat = r"(?<![A-Za-z])" + re.escape(old) + r"(?![A-Za-z])"

    def f(m):
        t = m.group(0)
        return new.upper() if t.isupper() and len(t) > 1 else new
    return re.sub(pat, f, s, flags=re.I)


def has_word(s, w):
    return bool(s) and re.search(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])", s, re.I) is not None


def title_case(s):
    return " ".join(w[:1].upper() + w[1:].lower() if w.isupper() and len(w) > 3 else w for w in s.split(" "))


EMAIL_DOMAIN_TYPOS = {"gmail.com": ["gmial.com", "gmail.co", "gamil.com", "gmai.com", "gmaill.com", "gmail.con", "gmail.com.bd"],
                      "yahoo.com": ["yaho.com", "yahoo.co", "yhoo.com", "yahoo.con", "yahooo.com"],
                      "hotmail.com": ["hotmial.com", "hotmail.co", "hotmil.com"],
                      "outlook.com": ["outlok.com", "outlook.co"], "ymail.com": ["ymial.com", "ymail.co"]}


def email_typo(e):
    local, dom = e.split("@", 1)
    if dom in EMAIL_DOMAIN_TYPOS and chance(0.45):
        return local + "@" + ch(EMAIL_DOMAIN_TYPOS[dom])
    for _ in range(10):
        k = R.random()
        if k < 0.3 and len(local) > 4:
            i = R.randrange(1, len(local) - 1)
            nl = local[:i] + local[i + 1:]
        elif k < 0.5:
            i = R.randrange(1, len(local))
            nl = local[:i] + local[i] + local[i:]
        elif k < 0.7 and "." in local:
            nl = local.replace(".", "", 1) if chance(0.6) else local.replace(".", "_", 1)
        elif k < 0.85 and len(local) > 3:
            i = R.randrange(0, len(local) - 2)
            nl = local[:i] + local[i + 1] + local[i] + local[i + 2:]
        else:
            nl = typo(local, 3)
        if nl != local and nl.strip("._"):
            return nl + "@" + dom
    return local + "@" + dom.replace(".", ",", 1)


CO_ABBR = [("Pharmacy", "Pharma"), ("Pharmacy", "Phcy."), ("Medical Hall", "Med. Hall"),
           ("Medical", "Med."), ("Diagnostic", "Diag."), ("Centre", "Center"),
           ("Hospital", "Hosp."), ("Drug House", "Drug Hs."), (" & ", " and "),
           (" & ", " N "), ("Ltd.", ""), ("Limited", "Ltd."), ("Upazila Health Complex", "UHC"),
           ("Upazila", "Upazilla"), ("Department of", "Dept. of"), ("Dept. of ", ""),
           ("Branch", "Br."), ("Brothers", "Bros."), ("Programme", "Program"),
           ("Project", "Proj."), ("Foundation", "Fdn."), ("Specialised", "Specialized"),
           ("Paediatrics", "Pediatrics"), ("Orthopaedics", "Orthopedics"),
           ("Medicine Corner", "Med. Corner"), ("Chamber", "Chember"), ("Outlet", ""),
           ("General Hospital", "Gen. Hospital"), ("Nursing Home", "Nursing Hm."),
           ("Medical College Hospital", "MCH"), ("Surgical & Scientific", "Surgical"),
           ("Sangstha", "Sanstha"), ("Society", "Soc."), ("Aushadhalaya", "Oushadhaloy")]
ADDR_ABBR = [("House ", ["H# ", "H-", "H. ", "Hs "]), ("Road ", ["Rd. ", "Rd-", "Rd "]),
             ("Road", ["Rd", "Rd."]), ("Holding No. ", ["Holding# ", "H/No. ", ""]),
             ("Sector ", ["Sec-", "Sec. "]), ("Block ", ["Blk ", "Blk-"]),
             ("Section ", ["Sec-", "Sec "]), ("Level ", ["Lvl ", "L-"]),
             ("Shop No. ", ["Shop# ", "Sp ", "Shop "]), ("Shop ", ["Shop# ", "Sp "]),
             ("Vill: ", ["Vill- ", "Village: ", "Gram: ", "Vil. "]),
             ("P.O.: ", ["PO- ", "Post: ", "P.O- "]), ("P.S.: ", ["PS- ", "Thana: ", "P.S- "]),
             ("Upazila: ", ["Upz- ", "Upazilla: ", "Upazila- "]), ("Dist: ", ["Dist- ", "Zilla: ", "District: "]),
             (" R/A", [" Residential Area", "", " R.A."]), ("Bazar", ["Bazaar", "Bazar"]),
             ("Market", ["Mkt.", "Market"])]


def abbreviate_company(s):
    opts = [(a, b) for a, b in CO_ABBR if a in s]
    if not opts:
        return s
    a, b = ch(opts)
    out = s.replace(a, b, 1)
    return re.sub(r"\s{2,}", " ", out).strip().rstrip(",")


def abbreviate_addr_line(s):
    if not s:
        return s
    opts = [(a, bs) for a, bs in ADDR_ABBR if a in s]
    if not opts:
        return s
    out = s
    for a, bs in sample(opts, min(len(opts), R.choice([1, 1, 2, 3]))):
        out = out.replace(a, ch(bs))
    return re.sub(r"\s{2,}", " ", out).strip()


def mangle_punct(s):
    if not s:
        return s
    if "\u2019" in s:
        return s.replace("\u2019", ch(["'", "", "\u00e2\u20ac\u2122", "`"]))
    if "\u2013" in s:
        return s.replace("\u2013", ch(["-", "\u00e2\u20ac\u201c", "--"]))
    if "'" in s:
        return s.replace("'", ch(["", "\u2019", "`"]))
    return s


# ---------------------------------------------------------------- derivation
PREFIX_RE = re.compile(r"(?<![A-Za-z])(Md\.?|Mohammad|Muhammad|Mohd\.?|Mohammed|Mst\.?|Most\.?|Mosammat|Mosamat|Mosa\.)(?=\s)", re.I)
TITLE_RE = re.compile(r"^(Assoc\. Prof\. Dr\.|Prof\. Dr\.|Dr\.|Alhaj|Engr\.)\s+", re.I)
SRC_W = {"default": [("rep_app", 35), ("excel_ledger", 20), ("depot_pos", 20), ("web_form", 25)],
         "inst": [("rep_app", 30), ("excel_ledger", 25), ("depot_pos", 5), ("web_form", 40)],
         "village_doctor": [("rep_app", 50), ("excel_ledger", 25), ("depot_pos", 20), ("web_form", 5)],
         "chain_outlet": [("rep_app", 25), ("excel_ledger", 15), ("depot_pos", 30), ("web_form", 30)]}


def pick_source(e):
    k = e["kind"]
    if k in ("govt_facility", "ngo_programme", "private_hospital"):
        return wch(SRC_W["inst"])
    return wch(SRC_W.get(k, SRC_W["default"]))


def T(tags, f, w):
    tags[f].append(w)


def fresh_email(e):
    if e["party"] == "person":
        return person_email(e["person"], doctor=e["kind"] == "doctor")
    if e["person"] and chance(0.4):
        return person_email(e["person"])
    return org_email(e["stem"] or e["company"], e["company"], e["dk"], e["kind"])


def place_of(rec, e):
    a = rec["address"]
    if a and a.get("line2") and chance(0.4) and len(a["line2"]) < 22 and ":" not in a["line2"]:
        return a["line2"]
    if a and a.get("city"):
        return a["city"]
    return city_spelling(e["dk"])


def fmt_address(a, src, profile, mode, tags, keep):
    """source formatting + errors on an address dict (copy returned)"""
    a = dict(a)
    hn = mode == "hn"
    if not hn:
        if src in ("rep_app", "depot_pos") and chance(0.5) or (profile != "light" and chance(0.3)):
            for k in ("line1", "line2"):
                if a[k] and chance(0.7):
                    n = abbreviate_addr_line(a[k])
                    if n != a[k]:
                        a[k] = n
                        T(tags, "address", "abbreviated")
        if a["line2"] and (src == "excel_ledger" and chance(0.6) or src == "rep_app" and chance(0.3)):
            a["line1"] = a["line1"] + ", " + a["line2"] if a["line1"] else a["line2"]
            a["line2"] = None
            T(tags, "address", "lines_merged")
        if chance({"rep_app": 0.3, "excel_ledger": 0.35, "depot_pos": 0.2, "web_form": 0.15}[src]):
            k = city_key(a["city"])
            al = [x for x in CITY_ALIASES.get(k, []) if x != a["city"]]
            if al:
                a["city"] = ch(al)
                T(tags, "address", "city_alias")
        if keep and profile != "light" and chance(0.35 if profile == "medium" else 0.55):
            k = "line1" if chance(0.7) or not a["line2"] else "line2"
            if a[k]:
                n = typo(a[k])
                if n != a[k]:
                    a[k] = n
                    T(tags, "address", "typo")
        if src == "web_form" and a["postalCode"] and chance(0.25) and city_key(a["city"]) == "Dhaka":
            a["city"] = a["city"] + "-" + a["postalCode"]
            T(tags, "address", "postcode_in_city")
    if a["postalCode"] and chance({"rep_app": 0.5, "excel_ledger": 0.6, "depot_pos": 0.7, "web_form": 0.1}[src]):
        a["postalCode"] = None
        T(tags, "address", "postcode_dropped")
    r = R.random()
    if src == "excel_ledger" or (src in ("rep_app", "depot_pos") and r < 0.6):
        if a["region"]:
            a["region"] = None
            T(tags, "address", "region_dropped")
    elif src == "web_form" and r < 0.5 and not a["region"]:
        a["region"] = division_of(city_key(a["city"])) if city_key(a["city"]) in DIST else None
        if a["region"]:
            T(tags, "address", "region_added")
    cty = {"rep_app": [("BD", 6), ("Bangladesh", 4)],
           "excel_ledger": [("BANGLADESH", 7), ("BD", 3)],
           "depot_pos": [("BD", 9), ("Bangladesh", 1)],
           "web_form": [("Bangladesh", 8), ("BD", 1), ("People's Republic of Bangladesh", 1)]}[src]
    c = wch(cty)
    if c != a["country"]:
        a["country"] = c
        T(tags, "address", "country_format")
    return a


def person_fields(party):
    return ["displayName", "givenName", "familyName"] if party == "person" else ["givenName", "familyName"]


def op_translit(rec, e, tags, fields):
    words = []
    for f in fields:
        for w in re.findall(r"[A-Za-z][A-Za-z-]+", rec[f] or ""):
            t = w[:1].upper() + w[1:].lower() if w.isupper() else w
            if t in VARIANTS and t not in words:
                words.append(t)
    if not words:
        return False
    w = ch(words)
    nw = ch(VARIANTS[w])
    done = False
    for f in fields:
        if has_word(rec[f], w) and (not done or chance(0.85)):
            rec[f] = repl_word(rec[f], w, nw)
            T(tags, f, "translit")
            done = True
    return done


def op_prefix(rec, e, tags, fields):
    found = [f for f in fields if rec[f] and PREFIX_RE.search(rec[f])]
    nm = e["person"]
    if found:
        m = PREFIX_RE.search(rec[found[0]]).group(1)
        pool = MST_VARIANTS if m.lower().startswith(("mst", "most", "mosa")) else MD_VARIANTS
        new = ch([x for x in pool if x.lower() != m.lower()] + ["", ""])
        for f in found:
            s = PREFIX_RE.sub(new, rec[f], count=1)
            s = re.sub(r"\s{2,}", " ", s).strip()
            rec[f] = s or None
            T(tags, f, "prefix_dropped" if not new else "prefix_variant")
        return True
    if nm and nm["rel"] == "M" and nm["sex"] == "m":
        f = fields[0]
        if rec[f]:
            m = TITLE_RE.match(rec[f])
            if m:
                rec[f] = rec[f][:m.end()] + "Md. " + rec[f][m.end():]
            else:
                rec[f] = ch(["Md. ", "Md ", "Mohammad "]) + rec[f]
            T(tags, f, "prefix_added")
            return True
    return False


def op_title(rec, e, tags, fields):
    done = False
    for f in fields:
        if rec[f] and TITLE_RE.match(rec[f]):
            rec[f] = TITLE_RE.sub("", rec[f], count=1) or None
            T(tags, f, "title_dropped")
            done = True
    if not done and e["kind"] in ("village_doctor",) and rec["displayName"]:
        rec["displayName"] = "Dr. " + rec["displayName"]
        T(tags, "displayName", "title_added")
        done = True
    return done


def op_swap(rec, e, tags):
    if not (rec["givenName"] and rec["familyName"]):
        return False
    rec["givenName"], rec["familyName"] = rec["familyName"], rec["givenName"]
    T(tags, "givenName", "swapped")
    T(tags, "familyName", "swapped")
    if e["party"] == "person" and chance(0.4):
        rec["displayName"] = rec["givenName"] + " " + rec["familyName"]
        T(tags, "displayName", "swapped")
    return True


def op_short(rec, e, tags, fields):
    for f in fields:
        if not rec[f]:
            continue
        for w in re.findall(r"[A-Za-z]+", rec[f]):
            t = w[:1].upper() + w[1:].lower()
            if t in SHORT:
                sh = SHORT[t]
                for g in fields:
                    if has_word(rec[g], t):
                        rec[g] = repl_word(rec[g], t, sh)
                        T(tags, g, "short_form")
                return True
            if t in ("Abdul", "Abdur", "Abdus", "Abul"):
                for g in fields:
                    if has_word(rec[g], t):
                        rec[g] = repl_word(rec[g], t, ch(["A.", "Abd.", "Ab."]))
                        T(tags, g, "short_form")
                return True
    return False


def op_initials(rec, e, tags, fields):
    f = fields[0]
    s = rec[f]
    if not s:
        return False
    m = TITLE_RE.match(s)
    head = s[:m.end()] if m else ""
    body = s[m.end():] if m else s
    ws = body.split()
    if len(ws) < 3:
        return False
    new = head + " ".join(w[0].upper() + "." for w in ws[:-1]) + " " + ws[-1]
    rec[f] = new
    T(tags, f, "initials")
    return True


def op_middle(rec, e, tags, fields):
    done = False
    for f in fields:
        for w in ("Kumar", "Chandra", "Rani"):
            if has_word(rec[f], w):
                rec[f] = re.sub(r"\s{2,}", " ", repl_word(rec[f], w, "")).strip() or None
                T(tags, f, "middle_name_dropped")
                done = True
    return done


def op_typo(rec, e, tags, fields):
    fs = [f for f in fields if rec[f] and re.search(r"[A-Za-z]{4,}", rec[f])]
    if not fs:
        return False
    f = ch(fs)
    n = typo(rec[f])
    if n == rec[f]:
        return False
    rec[f] = n
    T(tags, f, "typo")
    if f == "companyName" and rec["displayName"] and chance(0.5):
        d = typo(rec["displayName"])
        if d != rec["displayName"]:
            rec["displayName"] = d
            T(tags, "displayName", "typo")
    return True


def op_case(rec, e, tags, fields):
    up = chance(0.6)
    done = False
    for f in fields:
        if rec[f] and (f == fields[0] or chance(0.5)):
            n = rec[f].upper() if up else rec[f].lower()
            if n != rec[f]:
                rec[f] = n
                T(tags, f, "uppercase" if up else "lowercase")
                done = True
    return done


def op_drop_family(rec, e, tags):
    if not rec["familyName"]:
        return False
    if rec["givenName"] and chance(0.6):
        rec["givenName"] = rec["givenName"] + " " + rec["familyName"]
        T(tags, "givenName", "full_name_in_given")
    rec["familyName"] = None
    T(tags, "familyName", "dropped")
    return True


def op_drop_given(rec, e, tags):
    if not rec["givenName"] or not rec["familyName"]:
        return False
    rec["givenName"] = None
    T(tags, "givenName", "dropped")
    return True


def op_punct(rec, e, tags, fields):
    done = False
    for f in fields:
        if rec[f]:
            n = mangle_punct(rec[f])
            if n != rec[f]:
                rec[f] = n
                T(tags, f, "punctuation_mangled")
                done = True
    return done


def op_abbrev(rec, e, tags):
    n = abbreviate_company(rec["companyName"])
    if n == rec["companyName"] or not n:
        return False
    same = rec["displayName"] == rec["companyName"]
    rec["companyName"] = n
    T(tags, "companyName", "abbreviated")
    if same or chance(0.5):
        d = abbreviate_company(rec["displayName"]) if not same else n
        if d and d != rec["displayName"]:
            rec["displayName"] = d
            T(tags, "displayName", "abbreviated")
    return True


MS_RE = re.compile(r"^(M/S\.?|M/s\.?|Messrs\.?)\s*", re.I)


NO_MS = ("govt_facility", "ngo_programme", "doctor_chamber")


def op_ms(rec, e, tags):
    if e["kind"] in NO_MS:
        return False
    for f in ("companyName", "displayName"):
        if not rec[f]:
            continue
        if MS_RE.match(rec[f]):
            rec[f] = MS_RE.sub("", rec[f], count=1)
            T(tags, f, "ms_prefix_dropped")
        else:
            p = ch(["M/S. ", "M/S ", "M/s. ", "Messrs. ", "M/S."])
            rec[f] = p + rec[f]
            T(tags, f, "ms_prefix_added")
    return True


def op_prop(rec, e, tags):
    nm = e["person"]
    if not nm or e["kind"] not in ("retail_pharmacy", "partnership") or "Prop" in (rec["companyName"] or ""):
        return False
    pn = name_display(nm, with_title=False)
    fm = ch(["{c} (Prop. {p})", "{c} (Prop: {p})", "{c} (Proprietor: {p})", "{c} - Prop. {p}"])
    rec["companyName"] = fm.format(c=rec["companyName"], p=pn)
    T(tags, "companyName", "proprietor_added")
    if chance(0.7):
        rec["displayName"] = rec["companyName"]
        T(tags, "displayName", "proprietor_added")
    return True


def op_branch(rec, e, tags):
    if e["kind"] != "chain_outlet":
        return False
    c = CHAIN_INFO[e["links"]["chain"]]
    area = e["area"]
    fmts = [f for f in ["({a} Branch)", "- {a}", "({a} Outlet)", ", {a}", "{a} Br.", "[{a}]", "{a}"] if f != c["fmt"]]
    fm = ch(fmts).format(a=area if chance(0.8) else typo(area))
    rec["companyName"] = c["name"] + (fm if fm.startswith(",") else " " + fm)
    T(tags, "companyName", "branch_format")
    return True


def op_contact_drop(rec, e, tags):
    done = False
    for f in ("givenName", "familyName"):
        if rec[f]:
            rec[f] = None
            T(tags, f, "dropped")
            done = True
    return done


def op_contact_add(rec, e, tags):
    nm = e["person"]
    if not nm or rec["givenName"] or rec["familyName"]:
        return False
    rec["givenName"] = name_given(nm)
    rec["familyName"] = nm["tokens"][-1]
    T(tags, "givenName", "added")
    T(tags, "familyName", "added")
    return True


def op_truncate(rec, e, tags):
    done = False
    n = R.randrange(18, 25)
    for f in ("displayName", "companyName"):
        if rec[f] and len(rec[f]) > n + 2:
            rec[f] = rec[f][:n].rstrip(" ,-(")
            T(tags, f, "truncated")
            done = True
    return done


TRADE_WORDS = ["Pharmacy", "Medical Hall", "Drug House", "Medicine Corner", "Pharma",
               "Drug Store", "Medical Store", "Medicine Point"]


def op_drop_trade(rec, e, tags):
    if e["kind"] != "retail_pharmacy":
        return False
    for w in TRADE_WORDS:
        if has_word(rec["companyName"], w):
            n = re.sub(r"\s{2,}", " ", repl_word(rec["companyName"], w, "")).strip()
            if len(n) < 3:
                return False
            rec["companyName"] = n
            T(tags, "companyName", "trade_word_dropped")
            return True
    return False


PERSON_OPS = [("translit", 25), ("prefix", 14), ("title", 6), ("swap", 9), ("short", 12),
              ("initials", 4), ("middle", 5), ("typo", 16), ("case", 5), ("drop_family", 4),
              ("drop_given", 3), ("punct", 2)]
ORG_OPS = [("abbrev", 22), ("ms", 10), ("prop", 7), ("branch", 10), ("typo", 15),
           ("case", 4), ("punct", 4), ("co_translit", 12), ("c_translit", 6),
           ("c_drop", 6), ("c_add", 4), ("truncate", 2), ("drop_trade", 3), ("c_prefix", 4), ("c_short", 4)]
MILD = {"translit", "prefix", "title", "case", "punct", "middle", "abbrev", "ms", "branch",
        "c_drop", "c_add", "co_translit", "prop", "c_prefix"}
HN_SAFE = {"prefix", "title", "case", "ms", "c_drop", "c_add"}
HARSH_ONLY = {"drop_trade", "drop_given", "initials"}


def apply_name_op(op, rec, e, tags):
    pf = person_fields(e["party"])
    if op == "translit":
        return op_translit(rec, e, tags, pf)
    if op == "co_translit":
        return op_translit(rec, e, tags, ["companyName", "displayName"])
    if op == "c_translit":
        return op_translit(rec, e, tags, ["givenName", "familyName"])
    if op in ("prefix", "c_prefix"):
        return op_prefix(rec, e, tags, ["displayName", "givenName"] if e["party"] == "person" else ["givenName"])
    if op == "title":
        return op_title(rec, e, tags, ["displayName", "givenName"])
    if op == "swap":
        return op_swap(rec, e, tags)
    if op == "short":
        return op_short(rec, e, tags, pf)
    if op == "c_short":
        return op_short(rec, e, tags, ["givenName", "familyName"])
    if op == "initials":
        return op_initials(rec, e, tags, ["displayName"])
    if op == "middle":
        return op_middle(rec, e, tags, pf)
    if op == "typo":
        return op_typo(rec, e, tags, pf if e["party"] == "person" else ["companyName", "givenName", "familyName"])
    if op == "case":
        return op_case(rec, e, tags, pf if e["party"] == "person" else ["companyName", "displayName"])
    if op == "drop_family":
        return op_drop_family(rec, e, tags)
    if op == "drop_given":
        return op_drop_given(rec, e, tags)
    if op == "punct":
        return op_punct(rec, e, tags, ["displayName", "companyName", "familyName"])
    if op == "abbrev":
        return op_abbrev(rec, e, tags)
    if op == "ms":
        return op_ms(rec, e, tags)
    if op == "prop":
        return op_prop(rec, e, tags)
    if op == "branch":
        return op_branch(rec, e, tags)
    if op == "c_drop":
        return op_contact_drop(rec, e, tags)
    if op == "c_add":
        return op_contact_add(rec, e, tags)
    if op == "truncate":
        return op_truncate(rec, e, tags)
    if op == "drop_trade":
        return op_drop_trade(rec, e, tags)
    return False


def n_name_ops(profile, mode):
    if mode == "hn":
        return wch([(0, 50), (1, 50)])
    return {"light": wch([(0, 45), (1, 55)]), "medium": wch([(1, 60), (2, 40)]),
            "harsh": wch([(2, 40), (3, 40), (4, 20)])}[profile]


MOJIBAKE = {"\u2019": "\u00e2\u20ac\u2122", "\u2013": "\u00e2\u20ac\u201c"}


def encoding_damage(rec, src, tags):
    """old Excel CSV exports and the POS keyboard do not survive curly quotes / dashes"""
    if src not in ("excel_ledger", "depot_pos") or not chance(0.7):
        return
    for f in ("displayName", "companyName", "familyName", "givenName"):
        v = rec[f]
        if v and ("\u2019" in v or "\u2013" in v):
            for k, moj in MOJIBAKE.items():
                v = v.replace(k, moj if src == "excel_ledger" else ("'" if k == "\u2019" else "-"))
            rec[f] = v
            T(tags, f, "encoding_mangled" if src == "excel_ledger" else "punctuation_simplified")
    a = rec["address"]
    if a and a["city"] and "\u2019" in a["city"]:
        a["city"] = a["city"].replace("\u2019", MOJIBAKE["\u2019"] if src == "excel_ledger" else "'")
        T(tags, "address", "encoding_mangled")


def finalize(rec, e, src, tags, mode, keep_names):
    encoding_damage(rec, src, tags)
    party = e["party"]
    if party == "org":
        c = rec["companyName"]
        if src == "excel_ledger":
            if not MS_RE.match(c) and e["kind"] not in NO_MS and chance(0.7):
                rec["companyName"] = ch(["M/S. ", "M/S "]) + c
                T(tags, "companyName", "ms_prefix_added")
            if chance(0.35):
                op_prop(rec, e, tags)
            rec["displayName"] = rec["companyName"]
            T(tags, "displayName", "company_name_used")
            if not keep_names and chance(0.7):
                op_contact_drop(rec, e, tags)
        elif src == "rep_app":
            x = R.random()
            if x < 0.5:
                rec["displayName"] = rec["companyName"]
                T(tags, "displayName", "company_name_used")
            elif x < 0.8:
                pl = place_of(rec, e)
                if slug(pl) not in slug(rec["companyName"]):
                    rec["displayName"] = rec["companyName"] + ch([" - ", ", ", " "]) + pl
                    T(tags, "displayName", "place_appended")
        elif src == "depot_pos":
            x = R.random()
            if x < 0.6:
                rec["displayName"] = rec["companyName"]
                T(tags, "displayName", "company_name_used")
            elif x < 0.8 and mode != "hn":
                op_truncate(rec, e, tags)
        else:
            if chance(0.75):
                rec["displayName"] = rec["companyName"]
                T(tags, "displayName", "company_name_used")
            if mode != "hn" and chance(0.15):
                for f in ("companyName", "displayName"):
                    rec[f] = rec[f].lower()
                    T(tags, f, "lowercase")
    else:
        g, f = rec["givenName"], rec["familyName"]
        gf = " ".join(x for x in [g, f] if x)
        x = R.random()
        d0 = rec["displayName"]
        if gf:
            if src == "rep_app":
                if x < 0.4:
                    rec["displayName"] = gf
                elif x < 0.6 and not keep_names:
                    rec["displayName"] = gf + ch([" (", " - "]) + place_of(rec, e) + (")" if chance(0.5) else "")
                    rec["displayName"] = rec["displayName"].replace(" - (", " (")
                    if rec["displayName"].count("(") != rec["displayName"].count(")"):
                        rec["displayName"] = rec["displayName"].replace(" (", " - ")
            elif src == "depot_pos" and x < 0.6:
                rec["displayName"] = gf
            elif src == "web_form" and x < 0.6:
                rec["displayName"] = gf
            elif src == "excel_ledger" and x < 0.4:
                rec["displayName"] = gf
        if rec["displayName"] != d0:
            T(tags, "displayName", "rebuilt_from_name_fields" if rec["displayName"] == gf else "place_appended")
        if src == "excel_ledger" and not keep_names and chance(0.6):
            for ff in ("givenName", "familyName"):
                if rec[ff]:
                    rec[ff] = None
                    T(tags, ff, "dropped")
        if src == "web_form" and mode != "hn" and chance(0.15):
            for ff in ("displayName", "givenName", "familyName"):
                if rec[ff]:
                    rec[ff] = rec[ff].lower()
                    T(tags, ff, "lowercase")
    if src == "excel_ledger":
        for ff in ("displayName", "givenName", "familyName", "companyName"):
            if rec[ff] and rec[ff] != rec[ff].upper():
                rec[ff] = rec[ff].upper()
                T(tags, ff, "uppercase")
        if rec["address"]:
            a = rec["address"]
            for k in ("line1", "line2", "city", "region"):
                if a[k]:
                    a[k] = a[k].upper()
            T(tags, "address", "uppercase")
        if rec["email"] and chance(0.1):
            rec["email"] = rec["email"].upper()
            T(tags, "email", "uppercase")
    # tidy: no empty strings
    for ff in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
        if rec[ff] is not None:
            rec[ff] = re.sub(r"\s{2,}", " ", rec[ff]).strip() or None
    if rec["address"]:
        a = rec["address"]
        for k in ADDR_KEYS:
            if a[k] is not None:
                a[k] = re.sub(r"\s{2,}", " ", a[k]).strip().strip(",").strip() or None
        if all(a[k] is None for k in ADDR_KEYS):
            rec["address"] = None
    if not rec["displayName"]:
        rec["displayName"] = rec["companyName"] or " ".join(x for x in [rec["givenName"], rec["familyName"]] if x) or "UNKNOWN"


def derive(base, e, src, profile, preserve, mode="normal", keep_names=False, move_same_city=False):
    rec = copy.deepcopy(base)
    tags = {f: [] for f in FIELDS}
    if e.get("disamb") and rec["displayName"].endswith(e["disamb"]):
        rec["displayName"] = rec["displayName"][:-len(e["disamb"])].rstrip()
        T(tags, "displayName", "qbo_suffix_dropped")
    hn = mode == "hn"
    fb = mode == "fallback"
    # ---- e-mail
    if base["email"]:
        if "email" not in preserve:
            p_drop = {"excel_ledger": 0.5, "rep_app": 0.55, "depot_pos": 0.7, "web_form": 0.08}[src]
            p_new = {"web_form": 0.25}.get(src, 0.05) + {"harsh": 0.2, "medium": 0.05}.get(profile, 0)
            p_typo = {"medium": 0.15, "harsh": 0.3}.get(profile, 0)
            if fb:
                p_drop, p_new, p_typo = 0.5, 0.3, 0.2
            x = R.random()
            if x < p_drop:
                rec["email"] = None
                T(tags, "email", "dropped")
            elif x < p_drop + p_new:
                rec["email"] = fresh_email(e)
                T(tags, "email", "new_address")
            elif x < p_drop + p_new + p_typo:
                rec["email"] = email_typo(rec["email"])
                T(tags, "email", "typo")
        elif src == "web_form" and chance(0.1):
            rec["email"] = rec["email"][0].upper() + rec["email"][1:]
            T(tags, "email", "case")
    elif not hn and chance({"web_form": 0.45}.get(src, 0.06)):
        rec["email"] = fresh_email(e)
        T(tags, "email", "added")
    # ---- phone
    nsns = phone_set(base["phone"])
    if nsns:
        if "phone" in preserve:
            if len(nsns) > 1 and chance(0.35):
                nsns = [nsns[0]] if chance(0.6) else [nsns[-1]]
                T(tags, "phone", "second_number_dropped")
            elif not hn and chance(0.08):
                nsns = nsns + [new_mobile()]
                T(tags, "phone", "second_number_added")
        else:
            p_drop = {"excel_ledger": 0.1, "rep_app": 0.03, "depot_pos": 0.05, "web_form": 0.05}[src]
            p_off = {"light": 0.0, "medium": 0.12, "harsh": 0.3}[profile]
            p_new = {"light": 0.0, "medium": 0.08, "harsh": 0.25}[profile]
            if fb:
                nsns = nsns[:1]
                p_drop, p_off, p_new = 0.3, 0.4, 0.3
            x = R.random()
            if x < p_drop:
                nsns = []
                T(tags, "phone", "dropped")
            elif x < p_drop + p_off:
                i = R.randrange(len(nsns))
                m, what = digit_off(nsns[i])
                if m:
                    nsns = [m] + [n for j, n in enumerate(nsns) if j != i and chance(0.3)]
                    T(tags, "phone", what)
            elif x < p_drop + p_off + p_new:
                nsns = [new_mobile()]
                T(tags, "phone", "new_number")
    elif not hn and chance(0.25):
        nsns = [new_mobile()]
        T(tags, "phone", "added")
    rec["phone"] = fmt_phones(nsns, src) if nsns else None
    if rec["phone"] and rec["phone"] != base["phone"] and not tags["phone"]:
        T(tags, "phone", "format")
    # ---- address
    a = base["address"]
    if a:
        status = "kept"
        if "address" not in preserve:
            p_drop = {"depot_pos": 0.4, "rep_app": 0.12, "excel_ledger": 0.08, "web_form": 0.04}[src]
            p_part = {"depot_pos": 0.2, "rep_app": 0.1}.get(src, 0.02)
            p_move = {"light": 0.02, "medium": 0.08, "harsh": 0.25}[profile]
            if fb:
                p_drop, p_part, p_move = 0.0, 0.0, 1.0
            if hn:
                p_drop, p_part, p_move = 0.0, 0.0, 0.0
            x = R.random()
            if x < p_drop:
                status = "dropped"
            elif x < p_drop + p_part:
                status = "partial"
            elif x < p_drop + p_part + p_move:
                status = "moved"
        if status == "dropped":
            rec["address"] = None
            T(tags, "address", "dropped")
        else:
            if status == "partial":
                place = a["line2"] if a["line2"] and ":" not in a["line2"] else (e["area"] or None)
                na = {"line1": place, "line2": None, "city": a["city"], "region": a["region"],
                      "postalCode": None, "country": a["country"]}
                T(tags, "address", "partial")
            elif status == "moved":
                dk = e["dk"] if (move_same_city or e["party"] == "org" or chance(0.8)) else pick_district()
                na, _ = make_address(dk, "dhaka" if dk == "Dhaka" else None)
                if move_same_city:
                    na["city"] = a["city"]
                T(tags, "address", "moved")
            else:
                na = a
            rec["address"] = fmt_address(na, src, profile, mode, tags, status == "kept")
    elif not hn and chance({"web_form": 0.35, "rep_app": 0.2}.get(src, 0.05)):
        na, _ = make_address(e["dk"])
        rec["address"] = fmt_address(na, src, "light", mode, tags, False)
        T(tags, "address", "added")
    # ---- names
    ops = PERSON_OPS if e["party"] == "person" else ORG_OPS
    k = n_name_ops(profile, mode)
    tried = 0
    while k > 0 and tried < 25:
        tried += 1
        op = wch(ops)
        if hn and op not in HN_SAFE:
            continue
        if keep_names and op in ("c_drop", "drop_family", "drop_given", "swap", "translit", "c_translit",
                                 "short", "initials", "middle", "typo"):
            continue
        if fb and op in ("drop_trade", "truncate", "initials", "drop_given", "swap"):
            continue
        if profile == "light" and op not in MILD:
            continue
        if profile != "harsh" and op in HARSH_ONLY:
            continue
        if op == "truncate" and src != "depot_pos":
            continue
        if apply_name_op(op, rec, e, tags):
            k -= 1
    finalize(rec, e, src, tags, mode, keep_names)
    return rec, tags


def reconcile(base, rec, tags_list):
    out = []
    for f in FIELDS:
        if rec[f] != base[f]:
            ws = []
            for tg in tags_list:
                for w in tg[f]:
                    if w not in ws:
                        ws.append(w)
            if not ws:
                ws = ["format"]
            out += [f + ":" + w for w in ws]
    return out


# ---------------------------------------------------------------- QuickBooks rendering
def render_qbo(e, legacy_ok=True, allow_drop=True):
    nm = e["person"]
    rec = {f: None for f in FIELDS}
    if e["party"] == "person":
        rec["givenName"] = name_given(nm)
        rec["familyName"] = nm["tokens"][-1]
        d = name_display(nm)
        if e["kind"] == "village_doctor" and chance(0.15):
            d += " (Palli Chikitsok)"
        rec["displayName"] = d
    else:
        c = e["company"]
        if legacy_ok and e["kind"] in ("retail_pharmacy", "partnership") and chance(0.08):
            c = c.upper() if MS_RE.match(c) else "M/S. " + c.upper()
            e["legacy_caps"] = True
        rec["companyName"] = c
        rec["displayName"] = c
        if nm:
            rec["givenName"] = name_given(nm)
            rec["familyName"] = nm["tokens"][-1]
            if e["legacy_caps"]:
                rec["givenName"], rec["familyName"] = rec["givenName"].upper(), rec["familyName"].upper()
    rec["email"] = e["email"]
    rec["phone"] = fmt_phones(e["phones"], "qbo")
    rec["address"] = copy.deepcopy(e["addr"]) if e["addr"] else None
    if allow_drop:
        if rec["address"] and chance(0.07) and (rec["phone"] or rec["email"]):
            rec["address"] = None
        if rec["phone"] and chance(0.03) and (rec["email"] or rec["address"]):
            rec["phone"] = None
    return rec


def build_existing():
    ex = []
    ex += build_chains()                                   # 110
    ex += build_groups(80)                                 # 80
    ex += build_govt(58, [("Rajshahi", ["Medicine", "Surgery"]), ("Sylhet", ["Paediatrics", "Gynae & Obs"]),
                          ("Chattogram", ["Cardiology", "Orthopaedics"])], 6)   # 70
    ex += build_ngos(4)                                    # 40
    ex += build_agents(16, 10)                             # 26 retail
    rivals = []
    for _ in range(6):                                     # 12 retail, brothers' rival shops
        nm_a = make_name(sex="m", here=True)
        a = surname_pharmacy(nm=nm_a)
        nm_b = make_name(rel=nm_a["rel"], sex="m", family=nm_a["tokens"][-1])
        b = surname_pharmacy(a["dk"], nm_b, bazar=a["links"]["bazar"])
        a["links"]["rival"], b["links"]["rival"] = b["id"], a["id"]
        rivals += [a, b]
    ex += rivals
    ex += [surname_pharmacy() for _ in range(26)]          # 26 retail
    ex += [make_retail() for _ in range(450 - 26 - 12 - 26)]
    for kind, n in [("clinic", 75), ("diagnostic_centre", 65), ("private_hospital", 45),
                    ("doctor_chamber", 55), ("partnership", 60)]:
        ex += [make_simple_org(kind) for _ in range(n)]
    orgs = list(ex)
    # persons
    owners = [o for o in orgs if o["kind"] in ("retail_pharmacy", "partnership") and o["person"]
              and "agent" not in o["links"] and "surname_shop" not in o["links"]]
    for o in sample(owners, 130):
        ex.append(link_proprietor(o))
    insts = [o for o in orgs if o["kind"] in ("clinic", "diagnostic_centre", "private_hospital")]
    for o in sample(insts, 60):
        ex.append(link_purchase_officer(o))
    ex += [make_person_ent("doctor") for _ in range(140)]
    ex += [make_person_ent("village_doctor") for _ in range(120)]
    return ex


def unique_displays(ents, recs):
    seen = {}
    for e, r in zip(ents, recs):
        d = r["displayName"]
        if cf(d) in seen:
            city = CITY_ALIASES.get(e["dk"], [e["dk"]])[0]
            for suf in [f" ({city})", f" ({e['area']})" if e["area"] else None, f" - {city} 2", f" - {city} 3",
                        f" ({e['id'][-4:]})"]:
                if suf and cf(d + suf) not in seen:
                    r["displayName"] = d + suf
                    e["disamb"] = suf
                    break
        seen[cf(r["displayName"])] = True


# ---------------------------------------------------------------- matches
def name_city_rank(rec, ex_recs, target_idx):
    """True when the target is clearly the best name match among the existing
    records of the incoming record's city"""
    a = rec["address"]
    if not a:
        return False
    ck = city_key(a["city"])
    t = ex_recs[target_idx]
    if not t["address"] or city_key(t["address"]["city"]) != ck:
        return False
    nm = rec_name(rec)
    best, second = -1.0, 0.0
    for i, x in enumerate(ex_recs):
        if not x["address"] or city_key(x["address"]["city"]) != ck:
            continue
        s = SequenceMatcher(None, nm, rec_name(x)).ratio()
        if i == target_idx:
            best = s
        else:
            second = max(second, s)
    return best >= 0.75 and best - second >= 0.15


def make_match(e, base, ex_recs, tidx):
    profile = wch([("light", 30), ("medium", 40), ("harsh", 30)])
    src = pick_source(e)
    ids = [x for x in ("email", "phone", "address") if base[x]]
    if profile == "harsh" and base["address"] and chance(0.14):
        for _ in range(30):
            rec, tags = derive(base, e, src, profile, [], mode="fallback", move_same_city=True)
            if not evidence_of(rec, base) and name_city_rank(rec, ex_recs, tidx):
                return rec, tags, profile, src, [], "name+city"
    if profile == "light":
        pres = [x for x in ids if chance(0.75)]
    elif profile == "medium":
        pres = [x for x in ids if chance(0.45)]
    else:
        pres = []
    if not pres:
        pres = [ch(ids)]
    for _ in range(60):
        rec, tags = derive(base, e, src, profile, pres)
        ev = evidence_of(rec, base)
        if all(p in ev for p in pres) and reconcile(base, rec, [tags]):
            return rec, tags, profile, src, ev, "identifier"
    raise RuntimeError("match derivation failed for " + e["id"])


# ---------------------------------------------------------------- new customers
NEW_KINDS = [("retail_pharmacy", 45), ("clinic", 7), ("diagnostic_centre", 6), ("private_hospital", 3),
             ("doctor_chamber", 5), ("partnership", 5), ("doctor", 12), ("village_doctor", 11),
             ("proprietor", 4), ("purchase_officer", 2)]


def make_new_entity(ex_recs_by_city):
    for _ in range(50):
        k = wch(NEW_KINDS)
        if k == "retail_pharmacy":
            e = make_retail()
        elif k in ("doctor", "village_doctor", "proprietor", "purchase_officer"):
            e = make_person_ent(k)
        else:
            e = make_simple_org(k)
        canon = render_qbo(e, legacy_ok=False, allow_drop=False)
        nm = rec_name(canon)
        clash = False
        for x in ex_recs_by_city.get(e["dk"], []):
            if SequenceMatcher(None, nm, x).ratio() >= 0.85:
                clash = True
                break
        if not clash:
            return e, canon
        del ENTS[e["id"]]
    raise RuntimeError("new entity")


def make_new_group(e, canon, n_occ):
    ids = [x for x in ("email", "phone", "address") if canon[x]]
    pres = [ch(ids)] if n_occ > 1 else []
    if n_occ > 1 and chance(0.4):
        pres = sorted(set(pres + [ch(ids)]), key=lambda x: ["email", "phone", "address"].index(x))
    out = []
    for occ in range(n_occ):
        prof = wch([("light", 60), ("medium", 40)]) if occ == 0 else wch([("light", 30), ("medium", 45), ("harsh", 25)])
        for _ in range(60):
            src = pick_source(e)
            rec, tags = derive(canon, e, src, prof, pres)
            if occ == 0:
                ok = all(p in evidence_of(rec, canon) for p in pres)
            else:
                first = out[0][0]
                ev = evidence_of(rec, first)
                ok = all(p in ev for p in pres) and reconcile(first, rec, [out[0][1], tags])
            if ok:
                break
        else:
            raise RuntimeError("new occurrence")
        out.append((rec, tags, prof, src))
    return out


# ---------------------------------------------------------------- hard negatives
HN_PLAN = [("namesake_elsewhere", 14), ("household_member", 12), ("father_son", 11),
           ("spouse", 11), ("other_branch", 14), ("group_sister_concern", 12),
           ("shared_agent", 11), ("later_occupant", 11), ("similar_name_other_trade", 11),
           ("govt_other_unit", 12), ("proprietor_personal", 11), ("rival_brother", 12),
           ("ngo_other_programme", 8)]
HN_RULES = {
    "namesake_elsewhere": "One customer per person: a namesake in another district is a different person (own phone, address and mailbox).",
    "household_member": "One customer per person: another member of the same household buys on his or her own account.",
    "father_son": "One customer per person: father and son are separate customers even at one address or shop.",
    "spouse": "One customer per person: husband and wife keep separate accounts even with one address and phone.",
    "other_branch": "One customer per outlet: every outlet of a pharmacy chain is invoiced and delivered separately, although all use the head-office accounts mailbox.",
    "group_sister_concern": "One customer per legal entity: sister concerns of one group are separate companies, even with one accounts mailbox and building.",
    "shared_agent": "One customer per legal entity: a different pharmacy whose books are kept by the same manager/agent (same mailbox and phone).",
    "later_occupant": "One customer per legal entity: a different business now trading from the premises of an existing customer.",
    "similar_name_other_trade": "One customer per legal entity: an unrelated firm of another line of trade carrying the same name in the same town.",
    "govt_other_unit": "Each government facility or hospital department is its own customer (own budget and store), although all belong to one ministry.",
    "proprietor_personal": "One customer per person / per legal entity: the proprietor's personal purchases go to his own account, not to his firm's.",
    "rival_brother": "One customer per legal entity: brothers running rival pharmacies in one bazaar are separate businesses.",
    "ngo_other_programme": "Each NGO programme or project is invoiced as its own customer (own budget code), although all belong to one NGO.",
}
TRADE_KIND = {"Surgical & Scientific": "surgical_shop", "Dental Care": "dental_clinic", "Optics": "optical_shop",
              "Herbal & Unani Dawakhana": "herbal_shop", "Homeo Hall": "homeo_pharmacy",
              "Physiotherapy Centre": "physio_centre", "Veterinary Medicine Corner": "vet_pharmacy",
              "Diagnostic Centre": "diagnostic_centre", "Medical Equipment": "equipment_dealer",
              "Traders": "medicine_trader"}


def email_domain(s):
    return s.strip().casefold().split("@", 1)[1] if s and "@" in s else None


def pname(r):
    gf = " ".join(x for x in [r["givenName"], r["familyName"]] if x)
    return name_norm(gf or (r["displayName"] if not r["companyName"] else ""))


def verify_shared(h, a, shared, stem):
    for s in shared:
        if s == "email" and not email_eq(h["email"], a["email"]):
            return False
        if s == "phone" and not phones_shared(h["phone"], a["phone"]):
            return False
        if s == "address" and addr_sim(h["address"], a["address"]) < 0.9:
            return False
        if s == "city" and not (h["address"] and a["address"] and city_key(h["address"]["city"]) == city_key(a["address"]["city"])):
            return False
        if s == "name" and not (pname(h) and pname(h) == pname(a)):
            return False
        if s == "familyName" and not (h["familyName"] and a["familyName"] and cf(h["familyName"]) == cf(a["familyName"])):
            return False
        if s == "company_stem":
            st = " " + name_norm(stem) + " "
            if not (h["companyName"] and a["companyName"] and st in " " + name_norm(h["companyName"]) + " "
                    and st in " " + name_norm(a["companyName"]) + " "):
                return False
        if s == "email_domain":
            d1, d2 = email_domain(h["email"]), email_domain(a["email"])
            if not d1 or d1 != d2 or d1 in FREE_SET:
                return False
    return True


def person_like(kind, dk, nm, addr=None, phones=None):
    e = make_person_ent(kind, dk, nm=nm)
    if addr is not None:
        USED_ADDR.pop(addr_key(e["addr"]), None)
        e["addr"] = copy.deepcopy(addr)
    if phones is not None:
        e["phones"] = phones
    return e


def other_given(nm, sex, family):
    for _ in range(30):
        n2 = make_name(rel=nm["rel"], sex=sex, family=family)
        if n2["tokens"][0] != nm["tokens"][0]:
            return n2
    return n2


def hn_build(t, a, ar):
    """returns (hn entity, shared list, stem, keep_names) or None if the anchor does not fit"""
    nm = a["person"]
    if t == "namesake_elsewhere":
        if a["party"] != "person":
            return None
        div = DIST[a["dk"]]["div"]
        dk = wch([(d, w) for d, w in DIST_W if DIST[d]["div"] != div])
        n2 = copy.deepcopy(nm)
        n2["given_has_prefix"] = chance(0.5)
        h = make_person_ent(a["kind"] if a["kind"] != "purchase_officer" else "proprietor", dk, nm=n2)
        return h, ["name"], None, True
    if t in ("household_member", "father_son", "spouse"):
        if a["party"] != "person" or not ar["address"] or not ar["familyName"] or not nm["here"] and t != "spouse":
            return None
        sur = nm["tokens"][-1]
        if t == "household_member":
            n2 = other_given(nm, "m" if chance(0.5) else "f", sur)
            kind = wch([("doctor", 30), ("proprietor", 40), ("village_doctor", 30 if a["kind"] == "village_doctor" else 0)])
        elif t == "father_son":
            if nm["sex"] != "m":
                return None
            n2 = other_given(nm, "m", sur)
            kind = a["kind"] if a["kind"] != "purchase_officer" else "proprietor"
        else:
            sex = "f" if nm["sex"] == "m" else "m"
            fam = sur if (nm["rel"] != "M" or (nm["here"] and chance(0.4))) else None
            n2 = other_given(nm, sex, fam) if fam else make_name(rel=nm["rel"], sex=sex)
            kind = wch([("doctor", 35), ("proprietor", 65)])
        if kind == "doctor":
            n2["title"] = "Dr."
        share_phone = ar["phone"] and chance({"household_member": 0.3, "father_son": 0.5, "spouse": 0.6}[t])
        phones = [phone_set(ar["phone"])[0]] + ([new_mobile()] if chance(0.4) else []) if share_phone else None
        h = person_like(kind, a["dk"], n2, addr=ar["address"], phones=phones)
        sh = ["address"] + (["phone"] if share_phone else [])
        if t != "spouse" or cf(n2["tokens"][-1]) == cf(ar["familyName"]):
            sh = ["familyName"] + sh
        return h, sh, None, True
    if t == "other_branch":
        if a["kind"] != "chain_outlet" or not a["links"].get("chain_mail") or ar["email"] != a["email"]:
            return None
        ci = a["links"]["chain"]
        h = chain_outlet(ci)
        h["email"] = CHAIN_INFO[ci]["email"]
        return h, ["company_stem", "email"], CHAIN_INFO[ci]["stem"], False
    if t == "group_sister_concern":
        if a["kind"] != "group_concern" or not a["links"].get("group_mail") or ar["email"] != a["email"]:
            return None
        gi = a["links"]["group"]
        g = GROUP_INFO[gi]
        free = [c for c in CONCERN_TYPES if c not in g["types_used"]]
        if not free:
            return None
        h = group_concern(gi, ch(free))
        h["email"] = g["email"]
        sh = ["company_stem", "email"]
        if a["links"].get("group_building") and ar["address"]:
            h["addr"] = copy.deepcopy(ar["address"])
            sh.append("address")
        return h, sh, g["stem"], False
    if t == "shared_agent":
        if "agent" not in a["links"] or not ar["email"] or not ar["phone"]:
            return None
        ag = AGENT_INFO[a["links"]["agent"]]
        h = make_retail(ag["dk"], contact=ag["name"] if chance(0.4) else None)
        h["email"] = ag["email"]
        h["phones"] = [ag["phone"]] + ([new_mobile()] if chance(0.3) else [])
        h["links"]["agent"] = a["links"]["agent"]
        return h, ["email", "phone"], None, False
    if t == "later_occupant":
        if not ar["address"] or a["kind"] not in ("retail_pharmacy", "clinic", "diagnostic_centre", "partnership",
                                                  "doctor_chamber") or "surname_shop" in a["links"]:
            return None
        h = make_retail(a["dk"]) if chance(0.7) else make_simple_org(ch(["clinic", "diagnostic_centre"]), a["dk"])
        USED_ADDR.pop(addr_key(h["addr"]), None)
        h["addr"] = copy.deepcopy(ar["address"])
        return h, ["address"], None, False
    if t == "similar_name_other_trade":
        if a["kind"] not in ("retail_pharmacy", "clinic", "diagnostic_centre", "private_hospital") \
                or not ar["address"] or not a["stem"] or len(a["stem"]) < 4 or "surname_shop" in a["links"]:
            return None
        trades = [x for x in OTHER_TRADES if not (x == "Diagnostic Centre" and a["kind"] == "diagnostic_centre")]
        tr = ch(trades)
        h = make_retail(a["dk"])
        h["kind"] = TRADE_KIND[tr]
        h["company"] = a["stem"] + " " + tr
        h["stem"] = a["stem"]
        return h, ["company_stem", "city"], a["stem"], False
    if t == "govt_other_unit":
        if a["kind"] != "govt_facility" or a["links"].get("govt") == "district":
            return None
        if a["links"]["govt"] == "uhc":
            if "Upazila Health Complex" not in (ar["companyName"] or ""):
                return None
            up = a["links"]["upazila"]
            pick = pick_free_upazila(name=up) if chance(0.4) else None
            pick = pick or pick_free_upazila(dk=a["dk"])
            if not pick:
                return None
            h = make_uhc(pick[0], pick[1], full=True)
            if email_domain(ar["email"]) == "dghs.example.gov.bd":
                h["email"] = claim_email("uhfpo." + slug(pick[1]) + ("." + slug(pick[0])[:6] if pick[1] == up else ""),
                                         "dghs.example.gov.bd")
            sh = ["company_stem"]
            if email_domain(ar["email"]) == email_domain(h["email"]) == "dghs.example.gov.bd":
                sh.append("email_domain")
            if pick[0] == a["dk"] and ar["address"]:
                sh.append("city")
            return h, sh, "Upazila Health Complex", False
        dk = a["dk"]
        free = [d for d in MCH_DEPTS if d not in MCH_INFO[dk]["depts"]]
        if not free or not ar["address"]:
            return None
        h = mch_dept(dk, ch(free))
        h["addr"] = copy.deepcopy(ar["address"])
        return h, ["company_stem", "email_domain", "address"], a["stem"], False
    if t == "proprietor_personal":
        if a["kind"] not in ("retail_pharmacy", "partnership") or not nm or "owner_person" in a["links"] \
                or "agent" in a["links"] or not ar["phone"] or not ar["givenName"] or not ar["familyName"]:
            return None
        shop_phone = phone_set(ar["phone"])[0]
        phones = [shop_phone] if chance(0.6) else [new_mobile(), shop_phone]
        h = person_like("proprietor", a["dk"], copy.deepcopy(nm),
                        addr=ar["address"] if (ar["address"] and chance(0.35)) else None, phones=phones)
        sh = ["name", "phone"]
        if ar["address"] and h["addr"] == ar["address"]:
            sh.append("address")
        return h, sh, None, True
    if t == "rival_brother":
        if "surname_shop" not in a["links"] or "rival" in a["links"] or not ar["familyName"] or not ar["address"]:
            return None
        n2 = other_given(nm, "m", nm["tokens"][-1])
        for _ in range(20):
            h = surname_pharmacy(a["dk"], n2, bazar=a["links"]["bazar"], stem=a["stem"])
            if name_norm(h["company"]) != name_norm(a["company"]):
                break
            del ENTS[h["id"]]
        return h, ["familyName", "company_stem", "city"], a["stem"], True
    if t == "ngo_other_programme":
        if a["kind"] != "ngo_programme" or NGO_INFO[a["links"]["ngo"]]["name"] not in (ar["companyName"] or "") \
                or email_domain(ar["email"]) in (None,):
            return None
        ni = a["links"]["ngo"]
        n = NGO_INFO[ni]
        for _ in range(20):
            prog = ch(NGO_PROGS)
            dk = a["dk"] if chance(0.5) else n["home"]
            if prog + "|" + dk not in n["progs_used"]:
                break
        h = ngo_programme(ni, prog, dk, full=True)
        sh = ["company_stem", "email_domain"]
        if email_eq(h["email"], ar["email"]):
            sh.append("email")
        return h, sh, n["name"], False
    raise ValueError(t)


def hn_change_list(h, a):
    out = []
    for f in FIELDS:
        x, y = a[f], h[f]
        if x == y:
            continue
        if y is None:
            w = "missing"
        elif x is None:
            w = "added"
        elif f == "email":
            w = "format" if email_eq(x, y) else "different"
        elif f == "phone":
            sx, sy = phone_set(x), phone_set(y)
            w = "format" if sx == sy else ("partly_shared" if any(n in sx for n in sy) else "different")
        elif f == "address":
            w = "format" if addr_sim(x, y) >= 0.9 else "different"
        else:
            w = "format" if name_norm(x) == name_norm(y) else "different"
        out.append(f + ":" + w)
    return out


def build_hard_negatives(ex_ents, ex_recs):
    used = {}
    out = []
    order = list(range(len(ex_ents)))
    for t, n in HN_PLAN:
        R.shuffle(order)
        got = 0
        for i in order:
            if got >= n:
                break
            a, ar = ex_ents[i], ex_recs[i]
            if a["id"] in used:
                continue
            res = hn_build(t, a, ar)
            if res is None:
                continue
            h, shared, stem, keep = res
            h["links"]["hn_anchor"] = a["id"]
            canon = render_qbo(h, legacy_ok=False, allow_drop=False)
            pres = [x for x in ("email", "phone", "address") if x in shared
                    or (x == "email" and "email_domain" in shared)]
            for _ in range(60):
                src = pick_source(h)
                rec, tags = derive(canon, h, src, "light", pres, mode="hn", keep_names=keep)
                if verify_shared(rec, ar, shared, stem):
                    break
            else:
                raise RuntimeError("hard negative " + t)
            used[a["id"]] = True
            out.append({"rec": rec, "ent": h, "src": src, "anchor_i": i, "type": t,
                        "shared": shared, "stem": stem, "changes": hn_change_list(rec, ar)})
            got += 1
        if got < n:
            raise RuntimeError(f"not enough anchors for {t}: {got}/{n}")
    return out


# ---------------------------------------------------------------- assembly
def ordered_contact(rec):
    c = {f: rec[f] for f in FIELDS}
    if c["address"] is not None:
        c["address"] = {k: rec["address"].get(k) for k in ADDR_KEYS}
    return c


def main(argv):
    out_dir = os.path.dirname(os.path.abspath(__file__))
    if "--out" in argv:
        out_dir = argv[argv.index("--out") + 1]
    os.makedirs(out_dir, exist_ok=True)

    ex_ents = build_existing()
    assert len(ex_ents) == N_EXISTING, len(ex_ents)
    ex_recs = [render_qbo(e) for e in ex_ents]
    unique_displays(ex_ents, ex_recs)
    order = sorted(range(N_EXISTING), key=lambda i: (cf(ex_recs[i]["displayName"]), ex_recs[i]["displayName"]))
    ex_ents = [ex_ents[i] for i in order]
    ex_recs = [ex_recs[i] for i in order]

    hns = build_hard_negatives(ex_ents, ex_recs)
    assert len(hns) == N_HN, len(hns)

    items = []
    targets = sample(range(N_EXISTING), 710)
    mult = [3] * 15 + [2] * 85 + [1] * 610
    for ti, m in zip(targets, mult):
        for _ in range(m):
            e, base = ex_ents[ti], ex_recs[ti]
            rec, tags, prof, src, ev, how = make_match(e, base, ex_recs, ti)
            items.append({"cat": "match", "ent": e, "rec": rec, "src": src, "profile": prof,
                          "evidence": ev, "findable": how, "ci": ti,
                          "changes": reconcile(base, rec, [tags])})
    assert len(items) == N_MATCH

    names_by_dk = {}
    for e, r in zip(ex_ents, ex_recs):
        names_by_dk.setdefault(e["dk"], []).append(rec_name(r))
    counts = [3] * 30 + [2] * 65 + [1] * 305
    for gid, n in enumerate(counts):
        e, canon = make_new_entity(names_by_dk)
        occs = make_new_group(e, canon, n)
        for k, (rec, tags, prof, src) in enumerate(occs):
            it = {"cat": "new", "ent": e, "rec": rec, "src": src, "profile": prof, "gid": gid, "occ": k}
            if k > 0:
                first, ftags = occs[0][0], occs[0][1]
                it["evidence"] = evidence_of(rec, first)
                it["changes"] = reconcile(first, rec, [ftags, tags])
            items.append(it)
    assert len(items) == N_MATCH + N_NEW, len(items)

    for h in hns:
        items.append({"cat": "hard_negative", "ent": h["ent"], "rec": h["rec"], "src": h["src"], "hn": h})
    assert len(items) == N_INCOMING

    R.shuffle(items)
    groups = {}
    for pos, it in enumerate(items):
        if it["cat"] == "new":
            groups.setdefault(it["gid"], []).append(pos)
    first_pos = {}
    for gid in sorted(groups):
        poss = groups[gid]
        its = sorted([items[p] for p in poss], key=lambda x: x["occ"])
        for p, it in zip(poss, its):
            items[p] = it
        first_pos[gid] = poss[0]

    set_lines, meta_lines = [], []
    for i, (e, r) in enumerate(zip(ex_ents, ex_recs)):
        set_lines.append({"set": "existing", "entity": e["id"], "contact": ordered_contact(r)})
        meta_lines.append({"set": "existing", "index": i, "entity": e["id"], "category": "existing",
                           "kind": e["kind"], "party": e["party"], "changes": []})
    for j, it in enumerate(items):
        e = it["ent"]
        set_lines.append({"set": "incoming", "entity": e["id"], "contact": ordered_contact(it["rec"])})
        m = {"set": "incoming", "index": j, "entity": e["id"], "category": it["cat"],
             "kind": e["kind"], "party": e["party"], "source": it["src"]}
        if it["cat"] == "match":
            m.update({"changes": it["changes"], "profile": it["profile"], "evidence": it["evidence"],
                      "findable": it["findable"], "compare_set": "existing", "compare_index": it["ci"]})
        elif it["cat"] == "new":
            if it["occ"] == 0:
                m.update({"changes": [], "occurrence": 1})
            else:
                m.update({"changes": it["changes"], "occurrence": it["occ"] + 1, "profile": it["profile"],
                          "evidence": it["evidence"], "findable": "identifier",
                          "compare_set": "incoming", "compare_index": first_pos[it["gid"]]})
        else:
            h = it["hn"]
            m.update({"changes": h["changes"], "anchor": ex_ents[h["anchor_i"]]["id"],
                      "anchor_index": h["anchor_i"], "hn_type": h["type"], "rule": HN_RULES[h["type"]],
                      "shared": h["shared"]})
            if h["stem"]:
                m["stem"] = h["stem"]
        meta_lines.append(m)

    with open(os.path.join(out_dir, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in set_lines:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in meta_lines:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    cats = {}
    for m in meta_lines:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    print("wrote", os.path.join(out_dir, "set.jsonl"), "and meta.jsonl:",
          ", ".join(f"{k}={cats[k]}" for k in sorted(cats)))


if __name__ == "__main__":
    main(sys.argv[1:])
