#!/usr/bin/env python3
"""ng-distribution: synthetic labelled customer-record benchmark.

Scenario: an invented Ikeja (Lagos) distributor of pharmaceuticals, FMCG and
medical consumables keeps its customers in QuickBooks Online (Nigeria, NGN).
Python 3 standard library only.  `python3 gen.py [--out DIR]` writes
set.jsonl and meta.jsonl (byte-identical for any PYTHONHASHSEED).
"""
import json
import os
import re
import sys
import random

SEED = 20250917
R = random.Random(SEED)

N_EXISTING = 1500
N_MATCH = 825
N_NEW_SINGLE = 365
N_NEW_DOUBLE = 50
N_NEW_TRIPLE = 20
HN_PER_TYPE = 15


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ----------------------------------------------------------------------------
# Name tables
# ----------------------------------------------------------------------------
NICK_PAIRS = [
    ("Oluwaseun", "Seun"), ("Oluwafemi", "Femi"), ("Chukwuemeka", "Emeka"),
    ("Adebayo", "Bayo"), ("Olufunmilayo", "Funmi"), ("Abdulrahman", "Abdul"),
    ("Ifeoluwa", "Ife"), ("Chinedu", "Nedu"), ("Babatunde", "Tunde"),
    ("Oluwatosin", "Tosin"), ("Olusegun", "Segun"), ("Oluwagbenga", "Gbenga"),
    ("Olanrewaju", "Lanre"), ("Adeniyi", "Niyi"), ("Oluwatobi", "Tobi"),
    ("Abiodun", "Biodun"), ("Adewale", "Wale"), ("Ayodeji", "Deji"),
    ("Oluwadamilola", "Dami"), ("Oluwaseyi", "Seyi"), ("Temitope", "Tope"),
    ("Adekunle", "Kunle"), ("Oladapo", "Dapo"), ("Olajide", "Jide"),
    ("Olayinka", "Yinka"), ("Olalekan", "Lekan"), ("Oluwole", "Wole"),
    ("Olusola", "Sola"), ("Omotayo", "Tayo"), ("Oluwakemi", "Kemi"),
    ("Folasade", "Sade"), ("Oluwatoyin", "Toyin"), ("Omolola", "Lola"),
    ("Titilayo", "Titi"), ("Oluwafunke", "Funke"), ("Abisola", "Bisola"),
    ("Adebimpe", "Bimpe"), ("Oluwabunmi", "Bunmi"), ("Mojisola", "Moji"),
    ("Oyinkansola", "Oyinkan"), ("Omowunmi", "Wunmi"), ("Aderonke", "Ronke"),
    ("Ibukunoluwa", "Ibukun"), ("Chiamaka", "Amaka"), ("Uchechukwu", "Uche"),
    ("Chinonso", "Nonso"), ("Chukwuebuka", "Ebuka"), ("Onyekachi", "Kachi"),
    ("Somtochukwu", "Somto"), ("Ikechukwu", "Ikechi"),
    ("Ifeanyichukwu", "Ifeanyi"), ("Tochukwu", "Tochi"), ("Ugochukwu", "Ugo"),
    ("Okechukwu", "Okey"), ("Chidiebere", "Chidi"), ("Izuchukwu", "Izu"),
    ("Adaeze", "Ada"), ("Nkechinyere", "Nkechi"), ("Obiageli", "Oby"),
    ("Nkiruka", "Nkiru"), ("Idongesit", "Idong"), ("Enobong", "Eno"),
    ("Imaobong", "Ima"), ("Akaninyene", "Akan"), ("Osasere", "Osas"),
    ("Abubakar", "Abu"), ("Emmanuel", "Emma"),
]
NICK_LONG = {a: b for a, b in NICK_PAIRS}
NICK_SHORT = {b: a for a, b in NICK_PAIRS}

SPELL_CLASSES = [
    ["Muhammad", "Mohammed", "Muhammed", "Mohammad", "Mohamed"],
    ["Abdullahi", "Abdulahi"], ["Ibrahim", "Ibraheem"],
    ["Usman", "Uthman", "Othman"], ["Yusuf", "Yusuff", "Yousuf"],
    ["Suleiman", "Sulaiman", "Sulaimon"], ["Abubakar", "Abubakr"],
    ["Umar", "Umaru", "Omar"], ["Aliyu", "Aliu"], ["Idris", "Idrisu"],
    ["Kabir", "Kabiru"], ["Sani", "Sanni"], ["Yakubu", "Yakub"],
    ["Jibrin", "Jibril"], ["Ahmed", "Ahmad"], ["Mustapha", "Mustafa"],
    ["Tijjani", "Tijani"], ["Fatima", "Fatimah"], ["Aisha", "Aishah", "Ayesha"],
    ["Hauwa", "Hawa"], ["Zainab", "Zaynab"], ["Hadiza", "Hadizat"],
    ["Maryam", "Mariam"], ["Khadijah", "Khadija"], ["Rasheed", "Rashid"],
    ["Kazeem", "Kazim"], ["Azeez", "Aziz"], ["Tajudeen", "Tajudin"],
    ["Rukayat", "Ruqayyah"], ["Kafayat", "Kafayah"], ["Udoh", "Udo"],
    ["Ezeh", "Eze"], ["Nwachukwu", "Nwachuku"], ["Umoh", "Umo"],
]
SPELL_OF = {}
for _cl in SPELL_CLASSES:
    for _n in _cl:
        SPELL_OF[_n] = _cl

YOR_M = ["Oluwaseun", "Oluwafemi", "Adebayo", "Babatunde", "Oluwatosin",
         "Olusegun", "Oluwagbenga", "Olanrewaju", "Adeniyi", "Oluwatobi",
         "Abiodun", "Adewale", "Ayodeji", "Oluwadamilola", "Oluwaseyi",
         "Temitope", "Adekunle", "Oladapo", "Olajide", "Olayinka", "Olalekan",
         "Oluwole", "Olusola", "Omotayo", "Kayode", "Olumide", "Rotimi",
         "Gbolahan", "Femi", "Tunde", "Ifeoluwa", "Damilare", "Akinwumi",
         "Oyewole", "Adeyinka", "Ayomide", "Bolaji", "Opeyemi"]
YOR_F = ["Olufunmilayo", "Ifeoluwa", "Oluwakemi", "Folasade", "Oluwatoyin",
         "Omolola", "Titilayo", "Oluwafunke", "Abisola", "Adebimpe",
         "Oluwabunmi", "Mojisola", "Oyinkansola", "Omowunmi", "Aderonke",
         "Ibukunoluwa", "Yetunde", "Morenike", "Adenike", "Bukola", "Adeola",
         "Temitope", "Oluwaseun", "Oluwatosin", "Olayinka", "Funmilola",
         "Omotola", "Iyabo", "Damilola", "Toluwani"]
YOR_SUR = ["Adeyemi", "Ogunleye", "Oladipo", "Ogunbiyi", "Balogun", "Ajayi",
           "Akinola", "Olawale", "Oyelaran", "Adeleke", "Ogundipe", "Oyewole",
           "Afolabi", "Bankole", "Ojo", "Adesina", "Olaniyan", "Ilori",
           "Onifade", "Adegoke", "Akande", "Oyebanji", "Ogunsanya", "Aremu",
           "Alabi", "Adewumi", "Olatunji", "Adeniran", "Odunsi", "Akintola",
           "Ogunmola", "Adeoye", "Babalola", "Fadare", "Ayodele", "Adeosun",
           "Akinyemi", "Oyeleke", "Ogunwale", "Omotoso", "Adetunji", "Olabode",
           "Ajibade", "Adeniji", "Oladele", "Olowu", "Bakare", "Ogunlana",
           "Adebanjo", "Oyinlola", "Fashanu", "Ayeni", "Oshodi", "Odusanya"]
YMUS_M = ["Rasheed", "Kazeem", "Azeez", "Tajudeen", "Abdulrahman", "Ganiyu",
          "Fatai", "Mutiu", "Lateef", "Waheed", "Ismail", "Abdulwasiu",
          "Ibrahim", "Yusuf", "Sulaiman"]
YMUS_F = ["Rukayat", "Kafayat", "Sekinat", "Mutiat", "Rafiat", "Basirat",
          "Aishat", "Monsurat", "Fatimah", "Khadijah"]
YMUS_SUR = ["Lawal", "Salami", "Raji", "Oseni", "Bello", "Adebayo", "Alli",
            "Yusuf", "Abiola", "Ajani", "Olanrewaju", "Adisa", "Akinola",
            "Mustapha", "Amoo", "Ishola"]
IGBO_M = ["Chukwuemeka", "Chinedu", "Obinna", "Ikechukwu", "Nnamdi",
          "Chinonso", "Uchechukwu", "Ifeanyichukwu", "Kelechi", "Chukwuebuka",
          "Onyekachi", "Somtochukwu", "Tochukwu", "Ikenna", "Obiora",
          "Chijioke", "Ugochukwu", "Okechukwu", "Chidiebere", "Izuchukwu",
          "Emeka", "Chibuzor", "Ebuka", "Ifeanyi", "Nnaemeka", "Kenechukwu",
          "Chukwudi", "Eberechukwu"]
IGBO_F = ["Ngozi", "Chiamaka", "Chidinma", "Oluchi", "Adaeze", "Nkechinyere",
          "Chinyere", "Ogechi", "Chisom", "Ifeoma", "Nneka", "Obiageli",
          "Ebere", "Chioma", "Amarachi", "Ujunwa", "Chinwe", "Nkiruka",
          "Uchechukwu", "Chinonso", "Amaka", "Nkechi", "Onyinyechi", "Ijeoma"]
IGBO_SUR = ["Okeke", "Okafor", "Eze", "Nwosu", "Okonkwo", "Obi", "Nwachukwu",
            "Okoro", "Uzoma", "Chukwu", "Nwankwo", "Ezeh", "Anyanwu", "Nnaji",
            "Okoye", "Ibe", "Onwuka", "Ugwu", "Agu", "Nwafor", "Obiora",
            "Madu", "Okolie", "Iwu", "Ezeani", "Umeh", "Onuoha", "Igwe",
            "Nwoye", "Ekwueme", "Okpara", "Onyeka", "Ogbonna", "Nwagbo",
            "Ezenwa", "Obasi", "Okonji", "Chikezie", "Mbah", "Nwokolo", "Udeh",
            "Ezeigwe", "Okwuosa", "Anozie", "Emenike", "Orji", "Nwaeze"]
HAU_M = ["Muhammad", "Abdullahi", "Ibrahim", "Usman", "Yusuf", "Aminu",
         "Sani", "Bashir", "Abubakar", "Abdulrahman", "Musa", "Haruna",
         "Garba", "Suleiman", "Umar", "Aliyu", "Idris", "Kabir", "Yakubu",
         "Jibrin", "Ahmed", "Shehu", "Nasiru", "Mustapha", "Danladi",
         "Tanimu", "Auwal", "Salisu", "Hamza", "Isa", "Dahiru", "Adamu",
         "Tijjani", "Bala", "Nuhu", "Sagir"]
HAU_F = ["Aisha", "Fatima", "Hauwa", "Zainab", "Hadiza", "Maryam", "Halima",
         "Khadijah", "Amina", "Rabi", "Hafsat", "Binta", "Safiya", "Asma'u",
         "Jamila", "Ummi", "Hajara", "Bilkisu"]
HAU_SUR = ["Ibrahim", "Musa", "Bello", "Abubakar", "Danjuma", "Yakubu", "Sani",
           "Usman", "Aliyu", "Lawan", "Shehu", "Dikko", "Garba", "Idris",
           "Muhammad", "Tanko", "Jibrin", "Kabir", "Ahmed", "Abdullahi",
           "Yusuf", "Haruna", "Suleiman", "Umar", "Adamu", "Gwarzo", "Bichi",
           "Dambatta", "Kurawa", "Dahiru", "Isa", "Mustapha", "Nuhu", "Bala"]
EDO_M = ["Osagie", "Osaro", "Efosa", "Eghosa", "Osahon", "Osaretin", "Nosa",
         "Ehimare", "Ikponmwosa", "Osasere", "Uyi", "Omoruyi"]
EDO_F = ["Ivie", "Osasere", "Eki", "Ewere", "Omosede", "Izegbe", "Efe",
         "Osayuwamen", "Itohan", "Adesuwa"]
EDO_SUR = ["Omoregie", "Aigbe", "Ogbeide", "Iyamu", "Ehigiator", "Osayande",
           "Edosomwan", "Uwaifo", "Idahosa", "Igbinosa", "Omorogbe", "Eweka",
           "Imafidon", "Oronsaye", "Aiyevbomwan", "Osagie", "Okungbowa",
           "Ebohon"]
IBI_M = ["Aniekan", "Ubong", "Idongesit", "Nsikak", "Uduak", "Ekemini",
         "Enobong", "Kufre", "Mfon", "Akaninyene", "Edidiong", "Etim", "Okon",
         "Asuquo", "Effiong", "Bassey", "Ekpenyong", "Otu"]
IBI_F = ["Ekaette", "Emem", "Arit", "Nkoyo", "Enobong", "Itoro", "Idara",
         "Affiong", "Ekanem", "Imaobong", "Uduak", "Mfon", "Iniobong",
         "Eme", "Edemeka"]
IBI_SUR = ["Bassey", "Effiong", "Okon", "Etim", "Asuquo", "Ekpo", "Udoh",
           "Essien", "Archibong", "Henshaw", "Inyang", "Edet", "Akpan",
           "Umoh", "Offiong", "Ita", "Ekanem", "Udofia", "Ukpong", "Ibanga",
           "Eyo", "Nkanga", "Antia", "Etuk", "Obot", "Udoma"]
XT_M = ["Emmanuel", "Joseph", "Peter", "Samuel", "Daniel", "Godwin", "Sunday",
        "Friday", "Michael", "John", "Paul", "Stephen", "Victor", "Moses",
        "Anthony", "Benjamin", "Augustine", "Innocent", "Christopher"]
XT_F = ["Grace", "Blessing", "Mary", "Esther", "Victoria", "Patience",
        "Charity", "Joy", "Gift", "Precious", "Favour", "Comfort", "Mercy",
        "Elizabeth", "Deborah", "Rebecca", "Juliet", "Stella", "Agnes"]

ETHNIC = {
    "yoruba": (YOR_M, YOR_F, YOR_SUR, 0.10),
    "yoruba_muslim": (YMUS_M, YMUS_F, YMUS_SUR, 0.0),
    "igbo": (IGBO_M, IGBO_F, IGBO_SUR, 0.22),
    "hausa": (HAU_M, HAU_F, HAU_SUR, 0.0),
    "edo": (EDO_M, EDO_F, EDO_SUR, 0.25),
    "ibibio": (IBI_M, IBI_F, IBI_SUR, 0.30),
}
ETHNIC_W = [("yoruba", 30), ("yoruba_muslim", 8), ("igbo", 28), ("hausa", 17),
            ("edo", 7), ("ibibio", 10)]
ETHNIC_METRO = {
    "yoruba": ["lagos", "lagos", "lagos", "ibadan", "abeokuta", "ilorin", "abuja"],
    "yoruba_muslim": ["lagos", "lagos", "ibadan", "ilorin", "abeokuta"],
    "igbo": ["lagos", "enugu", "onitsha", "aba", "owerri", "abuja", "ph", "onitsha"],
    "hausa": ["kano", "kano", "kaduna", "abuja", "jos", "abuja", "kaduna"],
    "edo": ["benin", "benin", "lagos", "warri", "abuja"],
    "ibibio": ["uyo", "calabar", "uyo", "ph", "lagos", "calabar"],
}

# common names used on purpose for namesakes
COMMON_NAMES = [("hausa", "m", "Ibrahim", "Musa"), ("hausa", "m", "Sani", "Garba"),
                ("igbo", "m", "Chinedu", "Okeke"), ("ibibio", "m", "Emmanuel", "Okon"),
                ("igbo", "f", "Blessing", "Okafor"), ("hausa", "m", "Muhammad", "Sani"),
                ("hausa", "m", "Abdullahi", "Bello"), ("ibibio", "f", "Grace", "Bassey"),
                ("igbo", "m", "Chukwuemeka", "Eze"), ("hausa", "f", "Aisha", "Bello"),
                ("yoruba", "m", "Babatunde", "Bakare"), ("yoruba", "m", "Oluwaseun", "Adeyemi"),
                ("igbo", "f", "Ngozi", "Okafor"), ("hausa", "m", "Usman", "Abubakar"),
                ("yoruba", "f", "Folasade", "Ajayi"), ("edo", "m", "Osagie", "Omoregie"),
                ("yoruba_muslim", "m", "Rasheed", "Lawal"), ("igbo", "m", "Emeka", "Nwosu"),
                ("hausa", "m", "Yusuf", "Aliyu"), ("yoruba", "m", "Adebayo", "Ojo"),
                ("ibibio", "m", "Aniekan", "Udoh"), ("igbo", "m", "Obinna", "Okonkwo"),
                ("hausa", "f", "Fatima", "Ibrahim"), ("yoruba", "f", "Temitope", "Adeleke"),
                ("igbo", "m", "Ikechukwu", "Okoro")]

TITLES_PRO = [("Dr.", "m"), ("Dr.", "f"), ("Pharm.", "m"), ("Pharm.", "f"),
              ("Barr.", "m"), ("Barr.", "f"), ("Engr.", "m"), ("Arc.", "m"),
              ("Prof.", "m"), ("Hon.", "m"), ("Hon.", "f"), ("Dr.", "m"),
              ("Pharm.", "m"), ("Dr.", "f"), ("Arc.", "m"), ("Arc.", "f"), ("Engr.", "m"), ("Engr.", "f")]
TITLE_TOKENS = ["mr", "mrs", "miss", "ms", "dr", "engr", "eng", "pharm", "barr",
                "barrister", "pastor", "rev", "revd", "reverend", "prince",
                "princess", "chief", "alhaji", "alh", "alhaja", "hajia", "hajiya",
                "hon", "honourable", "arc", "prof", "mallam", "malam", "sir",
                "lady", "deaconess", "deacon", "evang", "apostle", "bishop",
                "otunba", "elder"]


def titles_for(eth, gender, age):
    muslim = eth in ("hausa", "yoruba_muslim")
    out = []
    if gender == "m":
        out += ["Mr."] * 3
        if muslim:
            out += ["Alhaji", "Alh.", "Alhaji", "Mallam"]
        else:
            out += ["Pastor", "Rev.", "Prince", "Deacon", "Elder"]
            if age == "old":
                out += ["Chief", "Chief", "Otunba" if eth.startswith("yoruba") else "Chief"]
    else:
        out += ["Mrs.", "Mrs.", "Mrs.", "Miss"]
        if eth == "yoruba_muslim":
            out += ["Alhaja", "Alhaja", "Alhaja", "Alhaja"]
        elif muslim:
            out += ["Hajia", "Hajia", "Alhaja"]
        else:
            out += ["Deaconess", "Princess", "Pastor (Mrs.)"]
            if age == "old":
                out += ["Chief (Mrs.)", "Lady"]
    return out


# ----------------------------------------------------------------------------
# Geography
# ----------------------------------------------------------------------------
# metro: (weight, state, region display variants, postal prefixes,
#         generic city spellings, {area: (city display, line2 options, streets)},
#         markets [(name, area)], secretariat line1)
GEO = {
    "lagos": (34, "Lagos", ["Lagos", "Lagos State"], ["100", "101", "102"], ["Lagos"], {
        "Ikeja": ("Ikeja", ["Ikeja GRA", "Ikeja LGA", "Alausa", "Opebi", "Oregun"],
                  ["Allen Avenue", "Obafemi Awolowo Way", "Opebi Road", "Adeniyi Jones Avenue",
                   "Toyin Street", "Kodesoh Street", "Oba Akran Avenue", "Isaac John Street",
                   "Mobolaji Bank Anthony Way", "Salvation Road", "Oduduwa Crescent",
                   "Joel Ogunnaike Street", "Ogba Road", "Acme Road", "Aromire Avenue"]),
        "Lekki": ("Lekki", ["Lekki Phase 1", "Eti-Osa LGA", "Oniru", "Ikate"],
                  ["Admiralty Way", "Fola Osibo Road", "Freedom Way", "Bisola Durosinmi-Etti Drive",
                   "Chevron Drive", "Kusenla Road", "Omorinre Johnson Street", "Admiralty Road",
                   "Wole Olateju Crescent", "T.F. Kuboye Road"]),
        "Victoria Island": ("Victoria Island", ["Victoria Island", "Eti-Osa LGA", "VI Extension"],
                            ["Adeola Odeku Street", "Ahmadu Bello Way", "Ajose Adeogun Street",
                             "Akin Adesola Street", "Saka Tinubu Street", "Idowu Taylor Street",
                             "Kofo Abayomi Street", "Sanusi Fafunwa Street", "Muri Okunola Street"]),
        "Surulere": ("Surulere", ["Surulere LGA", "Aguda", "Ojuelegba", "Itire"],
                     ["Adeniran Ogunsanya Street", "Bode Thomas Street", "Ojuelegba Road",
                      "Akerele Street", "Randle Avenue", "Babs Animashaun Road", "Itire Road",
                      "Eric Moore Road", "Lawanson Road"]),
        "Yaba": ("Yaba", ["Lagos Mainland LGA", "Sabo", "Akoka", "Ebute-Metta"],
                 ["Herbert Macaulay Way", "Commercial Avenue", "Akoka Road", "Ikorodu Road",
                  "Murtala Muhammed Way", "Tejuosho Street", "Montgomery Road", "Borno Way"]),
        "Ikorodu": ("Ikorodu", ["Ikorodu LGA", "Ebute", "Agric"],
                    ["Ikorodu-Sagamu Road", "Lagos Road", "Ayangburen Road",
                     "Ebute-Igbogbo Road", "Sabo Road", "Ijede Road"]),
        "Agege": ("Agege", ["Agege LGA", "Orile Agege", "Dopemu"],
                  ["Agege Motor Road", "Old Abeokuta Road", "Dopemu Road", "Oke-Koto Street",
                   "Iloro Road", "Ajegunle Road"]),
        "Festac": ("Festac", ["Amuwo-Odofin LGA", "Festac Town"],
                   ["2nd Avenue", "7th Avenue", "22 Road", "41 Road", "21 Road", "1st Avenue",
                    "Festac Link Road", "3rd Avenue"]),
        "Ajah": ("Ajah", ["Eti-Osa LGA", "Sangotedo", "Badore"],
                 ["Addo Road", "Badore Road", "Abraham Adesanya Road", "Ogombo Road",
                  "Lekki-Epe Expressway"]),
        "Lagos Island": ("Lagos Island", ["Lagos Island LGA", "Idumota", "Isale Eko"],
                         ["Nnamdi Azikiwe Street", "Martins Street", "Balogun Street",
                          "Broad Street", "Docemo Street", "Idumagbo Avenue", "Breadfruit Street"]),
    }, [("Idumota Market", "Lagos Island"), ("Oke-Arin Market", "Lagos Island"),
        ("Balogun Market", "Lagos Island"), ("Tejuosho Market", "Yaba"),
        ("Oyingbo Market", "Yaba"), ("Agege Main Market", "Agege"), ("Mile 12 Market", "Ikorodu")],
        ("The Secretariat, Obafemi Awolowo Way, Alausa", "Ikeja")),
    "abuja": (12, "FCT", ["FCT", "Abuja", "Federal Capital Territory"], ["900", "901"],
              ["Abuja", "FCT", "Abuja FCT"], {
        "Wuse": ("Wuse", ["Wuse II", "Wuse Zone 4", "Wuse Zone 5", "AMAC"],
                 ["Aminu Kano Crescent", "Adetokunbo Ademola Crescent", "Lobito Crescent",
                  "Durban Street", "Kumasi Crescent", "Libreville Street", "Ladi Kwali Street"]),
        "Garki": ("Garki", ["Garki Area 11", "Garki II", "Area 3", "AMAC"],
                  ["Ahmadu Bello Way", "Gimbiya Street", "Ladoke Akintola Boulevard",
                   "Faskari Street", "Lagos Street", "Tafawa Balewa Way"]),
        "Maitama": ("Maitama", ["Maitama District", "Maitama"],
                    ["Gana Street", "Aguiyi Ironsi Street", "IBB Way", "Mississippi Street",
                     "Usuma Street", "Thames Street"]),
        "Gwarinpa": ("Gwarinpa", ["Gwarinpa Estate", "Life Camp", "Gwarinpa"],
                     ["1st Avenue", "3rd Avenue", "6th Avenue", "69 Road", "Yakubu Gowon Crescent",
                      "5th Avenue"]),
    }, [("Wuse Market", "Wuse"), ("Garki International Market", "Garki")],
        ("FCTA Secretariat, Kapital Street, Area 11", "Garki")),
    "ph": (7, "Rivers", ["Rivers", "Rivers State"], ["500"],
           ["Port Harcourt", "PH", "P/H", "Port-Harcourt"], {
        "": ("", ["GRA Phase 2", "Obio/Akpor LGA", "Rumuola", "Trans-Amadi", "D-Line", "Old GRA"],
             ["Aba Road", "Ikwerre Road", "Olu Obasanjo Road", "Trans-Amadi Road", "Rumuola Road",
              "Stadium Road", "Tombia Street", "Evo Road", "Woji Road", "Elekahia Road"]),
    }, [("Mile 1 Market", ""), ("Oil Mill Market", "")],
        ("State Secretariat, Moscow Road", "")),
    "ibadan": (6, "Oyo", ["Oyo", "Oyo State"], ["200"], ["Ibadan"], {
        "": ("", ["Bodija", "Ibadan North LGA", "Dugbe", "Challenge", "Ring Road", "Mokola"],
             ["Ring Road", "Awolowo Avenue", "Iwo Road", "Challenge Road", "Mokola Road",
              "Oyo Road", "Liberty Road", "Adeoyo Road", "Queen Elizabeth Road"]),
    }, [("Gbagi Market", ""), ("Bodija Market", ""), ("Dugbe Market", "")],
        ("State Secretariat, Agodi", "")),
    "kano": (5, "Kano", ["Kano", "Kano State"], ["700"], ["Kano"], {
        "": ("", ["Nassarawa GRA", "Sabon Gari", "Fagge LGA", "Bompai", "Kano Municipal LGA"],
             ["Zaria Road", "Murtala Muhammed Way", "Bompai Road", "Ibrahim Taiwo Road",
              "Court Road", "France Road", "Sokoto Road", "Hadejia Road"]),
    }, [("Sabon Gari Market", ""), ("Singer Market", ""), ("Kofar Wambai Market", "")],
        ("Audu Bako Secretariat", "")),
    "kaduna": (3, "Kaduna", ["Kaduna", "Kaduna State"], ["800"], ["Kaduna"], {
        "": ("", ["Barnawa", "Kawo", "Malali", "Kaduna North LGA", "Kaduna South LGA"],
             ["Ahmadu Bello Way", "Constitution Road", "Ali Akilu Road", "Independence Way",
              "Yakubu Gowon Way", "Kachia Road"]),
    }, [("Kaduna Central Market", ""), ("Sheikh Gumi Market", "")],
        ("Sir Kashim Ibrahim House", "")),
    "enugu": (4, "Enugu", ["Enugu", "Enugu State"], ["400"], ["Enugu"], {
        "": ("", ["New Haven", "Independence Layout", "Ogui", "Enugu North LGA", "GRA"],
             ["Ogui Road", "Zik Avenue", "Chime Avenue", "Agbani Road", "Okpara Avenue",
              "Abakaliki Road", "Presidential Road"]),
    }, [("Ogbete Main Market", "")], ("New Secretariat Complex, Independence Layout", "")),
    "onitsha": (5, "Anambra", ["Anambra", "Anambra State"], ["434"], ["Onitsha"], {
        "": ("", ["Fegge", "GRA", "Onitsha North LGA", "Onitsha South LGA", "Inland Town"],
             ["New Market Road", "Upper Iweka Road", "Old Market Road", "Awka Road",
              "Port Harcourt Road", "Venn Road", "Oguta Road"]),
    }, [("Onitsha Main Market", ""), ("Bridge Head Drug Market", ""), ("Ochanja Market", "")],
        ("Onitsha North LGA Secretariat", "")),
    "aba": (3, "Abia", ["Abia", "Abia State"], ["450"], ["Aba"], {
        "": ("", ["Aba North LGA", "Aba South LGA", "Ogbor Hill"],
             ["Faulks Road", "Aba-Owerri Road", "Asa Road", "Ngwa Road", "Azikiwe Road",
              "Port Harcourt Road"]),
    }, [("Ariaria International Market", ""), ("Ekeoha Shopping Centre", "")],
        ("Aba South LGA Secretariat", "")),
    "benin": (4, "Edo", ["Edo", "Edo State"], ["300"], ["Benin City", "Benin"], {
        "": ("", ["GRA", "Oredo LGA", "Ugbowo", "Uselu", "Egor LGA"],
             ["Akpakpava Road", "Sapele Road", "Airport Road", "Ugbowo-Lagos Road",
              "Mission Road", "Sokponba Road", "Ekenwan Road"]),
    }, [("Oba Market", ""), ("New Benin Market", "")], ("State Secretariat, Sapele Road", "")),
    "owerri": (3, "Imo", ["Imo", "Imo State"], ["460"], ["Owerri"], {
        "": ("", ["Owerri Municipal", "Ikenegbu Layout", "New Owerri"],
             ["Wetheral Road", "Douglas Road", "Okigwe Road", "Tetlow Road", "MCC Road",
              "Onitsha Road"]),
    }, [("Eke Ukwu Market", "")], ("State Secretariat, Port Harcourt Road", "")),
    "abeokuta": (2, "Ogun", ["Ogun", "Ogun State"], ["110"], ["Abeokuta"], {
        "": ("", ["Oke-Ilewo", "Abeokuta South LGA", "Kuto", "Ibara"],
             ["Oke-Ilewo Road", "Lalubu Street", "Ibara Road", "Quarry Road", "Lafenwa Road"]),
    }, [("Kuto Market", ""), ("Itoku Market", "")], ("State Secretariat, Oke-Mosan", "")),
    "jos": (2, "Plateau", ["Plateau", "Plateau State"], ["930"], ["Jos"], {
        "": ("", ["Jos North LGA", "Rayfield", "Terminus"],
             ["Ahmadu Bello Way", "Bauchi Road", "Murtala Mohammed Way", "Rayfield Road",
              "Zaria Road", "Tafawa Balewa Street"]),
    }, [("Terminus Market", "")], ("Old Secretariat, Tafawa Balewa Street", "")),
    "warri": (3, "Delta", ["Delta", "Delta State"], ["332"], ["Warri"], {
        "": ("", ["Effurun", "Warri South LGA", "GRA"],
             ["Airport Road", "Effurun-Sapele Road", "Okumagba Avenue", "Deco Road",
              "Warri-Sapele Road", "Jakpa Road"]),
    }, [("Ogbe-Ijoh Market", ""), ("Warri Main Market", "")], ("Warri South LGA Secretariat", "")),
    "uyo": (2, "Akwa Ibom", ["Akwa Ibom", "Akwa Ibom State"], ["520"], ["Uyo"], {
        "": ("", ["Uyo LGA", "Ewet Housing Estate", "Shelter Afrique"],
             ["Oron Road", "Aka Road", "Ikot Ekpene Road", "Abak Road", "Wellington Bassey Way",
              "Nwaniba Road", "Udo Udoma Avenue"]),
    }, [("Akpan Andem Market", ""), ("Itam Market", "")], ("Idongesit Nkanga Secretariat", "")),
    "calabar": (2, "Cross River", ["Cross River", "Cross River State"], ["540"], ["Calabar"], {
        "": ("", ["Calabar Municipality", "Calabar South", "State Housing Estate"],
             ["Ndidem Usang Iso Road", "Marian Road", "Target Road", "Murtala Mohammed Highway",
              "Calabar Road", "Eta Agbor Road"]),
    }, [("Watt Market", ""), ("Marian Market", "")], ("State Secretariat, Murtala Mohammed Highway", "")),
    "ilorin": (2, "Kwara", ["Kwara", "Kwara State"], ["240"], ["Ilorin"], {
        "": ("", ["Ilorin West LGA", "GRA", "Tanke", "Challenge"],
             ["Taiwo Road", "Unity Road", "Ibrahim Taiwo Road", "Fate Road", "Tanke Road",
              "Murtala Mohammed Way"]),
    }, [("Oja Oba Market", ""), ("Ipata Market", "")], ("State Secretariat, Fate Road", "")),
}
METRO_W = [(k, v[0]) for k, v in GEO.items()]
ESTATES = {
    "lagos": [("Omole Estate Phase 1", "Ikeja"), ("Magodo GRA Phase 2", "Ikeja"),
              ("Lekki Gardens Estate", "Ajah"), ("Ikota Villa Estate", "Lekki"),
              ("Thomas Estate", "Ajah"), ("Jakande Estate", "Lekki"), ("Crown Estate", "Ajah"),
              ("Abule Egba Housing Estate", "Agege"), ("Ikeja GRA", "Ikeja"),
              ("Gbagada Phase 2 Estate", "Yaba"), ("Harmony Estate", "Ikorodu")],
    "abuja": [("Gwarinpa Estate", "Gwarinpa"), ("Citec Estate", "Gwarinpa"),
              ("Sunnyvale Estate", "Garki"), ("Efab Estate", "Gwarinpa")],
    "ph": [("Woji Estate", ""), ("Rumuibekwe Housing Estate", ""), ("Shell RA", "")],
    "ibadan": [("Bodija Estate", ""), ("Oluyole Estate", ""), ("Alalubosa GRA", "")],
    "enugu": [("Trans-Ekulu Estate", ""), ("Independence Layout", "")],
    "kano": [("Nassarawa GRA", ""), ("Tarauni Estate", "")],
    "benin": [("GRA", ""), ("Ugbowo Housing Estate", "")],
}
EXPRESSWAYS = {"lagos": [("Lagos-Ibadan Expressway", "Ikeja"), ("Lekki-Epe Expressway", "Ajah"),
                         ("Lagos-Badagry Expressway", "Festac")],
               "ph": [("East-West Road", "")], "ibadan": [("Lagos-Ibadan Expressway", "")],
               "abuja": [("Airport Road", "Garki")], "benin": [("Benin-Lagos Road", "")]}
LANDMARKS = ["opposite Zenith Bank", "beside NNPC Filling Station", "by Total Filling Station",
             "near the Central Mosque", "opposite General Hospital", "behind Union Bank",
             "beside Access Bank", "opposite the Police Station", "near the Bus Stop",
             "by the Roundabout", "opposite Oando Filling Station", "beside First Bank",
             "near Catholic Church", "opposite Mobil Filling Station", "behind the Post Office",
             "by the Flyover", "opposite GTBank", "near the Motor Park", "beside Mr Biggs",
             "opposite the Stadium"]
CITY_GENERIC_DISPLAY = {"lagos": "Lagos", "abuja": "Abuja", "ph": "Port Harcourt",
                        "ibadan": "Ibadan", "kano": "Kano", "kaduna": "Kaduna",
                        "enugu": "Enugu", "onitsha": "Onitsha", "aba": "Aba",
                        "benin": "Benin City", "owerri": "Owerri", "abeokuta": "Abeokuta",
                        "jos": "Jos", "warri": "Warri", "uyo": "Uyo", "calabar": "Calabar",
                        "ilorin": "Ilorin"}
PREFIXES = ["803", "806", "703", "706", "813", "816", "810", "814", "903", "906",
            "805", "807", "705", "815", "811", "905", "802", "808", "708", "812",
            "701", "902", "901", "907", "809", "817", "818", "909", "908", "916"]
PUBLIC_DOMAINS = [("gmail.com", 55), ("yahoo.com", 25), ("yahoo.co.uk", 5),
                  ("hotmail.com", 7), ("outlook.com", 4), ("ymail.com", 4)]
PUBLIC_SET = ["gmail.com", "yahoo.com", "yahoo.co.uk", "hotmail.com", "outlook.com",
              "ymail.com"]

# ----------------------------------------------------------------------------
# Organisation vocabulary
# ----------------------------------------------------------------------------
WORDS = ["Divine", "Goodness", "Shalom", "Rophe", "Jehovah Jireh", "El-Shaddai", "Mercyland",
         "Favourite", "Kingsley", "Crown", "Royal", "Unity", "Peaceville", "Hopewell", "Faithway",
         "Trinity", "Bethel", "Zion", "Crestview", "Greenfield", "Lifeline", "Wellspring",
         "Springfield", "Goldcrest", "Silverline", "Primecare", "Healthway", "Careway",
         "Cityview", "Oakwood", "Palmgrove", "Sunlight", "Dayspring", "Evergreen", "Riverside",
         "Lakeside", "Hilltop", "Ire-Oluwa", "Ayomide", "Olaniyi", "Ebube", "Nkemdirim",
         "Onyinye", "Ifunanya", "Ebunoluwa", "Oreoluwa", "Iyanu", "Adura", "Albarka", "Nasara",
         "Alheri", "Salama", "Zumunta", "Amana", "Nagode", "Chidera", "Kosisochukwu",
         "Bluechip", "Cornerstone", "Fountain", "Morningstar", "Northstar", "Goldfield",
         "Redwood", "Pinecrest", "Brightway", "Truecare", "Vitalife", "Medivine", "Healthgate",
         "Carewell", "Wellcare", "Lifespring", "Purelife", "Newlife", "Freshfield", "Goodhope",
         "Bestway", "Rainbow", "Topline", "Primeline", "Skyline", "Summit", "Pinnacle",
         "Everlasting", "Excel", "Victory", "Triumph", "Gloryland", "Rehoboth", "Ebenezer",
         "Goshen", "Canaan", "Hosanna", "Gracefield", "Trustway", "New Dawn", "Supreme",
         "Vintage", "Heritage", "Legacy", "Meadow", "Orchid", "Lily", "Jasmine", "Magnolia",
         "Sapphire", "Emerald", "Ruby", "Topaz", "Onyx", "Pearl", "Diamond", "Coral", "Amber",
         "Crystal", "Platinum", "Olive", "Cedar", "Maple", "Acacia", "Baobab", "Iroko",
         "Mahogany", "Obeche", "Ivory", "Ebony", "Savannah", "Olumo", "Idanre", "Good Shepherd",
         "Holy Family", "Living Spring", "Still Waters", "Green Pastures", "Morning Glory",
         "Blessed Assurance", "Mount Carmel", "Mount Zion", "Beulah", "Jubilee", "Shiloh",
         "Emmaus", "Galilee", "Nazareth", "Hebron", "Horeb", "Gilead", "Kingdom", "Solid Rock",
         "Great Grace", "Abundant Life", "Sure Foundation", "Oasis", "Harmony", "Serenity",
         "Tranquil", "Apex", "Zenith Star", "Omega", "Alpha", "Delta Star", "Sigma", "Kappa",
         "Regal", "Majestic", "Imperial", "Noble", "Premier", "Paramount", "Elite", "Optimum",
         "Maxicare", "Medcross", "Pharmaline", "Medicore", "Biocare", "Vitacare", "Nutrimax",
         "Healthspring", "Wellbeing", "Livewell", "Goodlife", "Bonvie", "Mediplus",
         "Medway", "Caremark", "Unicare", "Tricare", "Dermacare", "Kidcare", "Mothercare Plus",
         "Oyinkan", "Ayinke", "Tolulope", "Ifeloju", "Moyosore", "Oluwanifemi", "Chinaza",
         "Chukwuka", "Ogochukwu", "Amarachukwu", "Nnamdi-Ike", "Ekene", "Ebelechukwu",
         "Mmesoma", "Uzoamaka", "Kelechukwu", "Alkhairi", "Barakah", "Ni'ima", "Rahama",
         "Jama'a", "Hikima", "Nurudeen", "Sa'adatu", "Unwana", "Ima-Abasi", "Edidem",
         "Akwaba", "Nsongo", "Obong", "Iwalewa", "Oredola", "Ajoke", "Fadeyi", "Omolabake",
         "Bright Star", "Day Star", "Rising Sun", "Golden Gate", "Silver Spring", "Clear View",
         "Fair Haven", "Safe Haven", "Sweet Home", "Open Heavens", "Pillar", "Anchor", "Beacon",
         "Lighthouse", "Compass", "Horizon", "Frontier", "Pioneer", "Trailblazer", "Vanguard",
         "Citadel", "Fortress", "Bastion", "Keystone", "Milestone", "Benchmark", "Hallmark",
         "Capstone", "Flagship", "Mainstay", "Bedrock", "Tower", "Spire", "Arcade", "Galaxy",
         "Planet", "Orbit", "Comet", "Nova", "Stellar", "Lunar", "Solar", "Aurora", "Eden",
         "Paradise", "Utopia", "Arcadia", "Elysium", "Camelot"]
SAINTS = ["Mary's", "Joseph's", "Luke's", "Peter's", "Paul's", "Anne's", "Theresa's",
          "Michael's", "Gabriel's", "Catherine's", "Francis", "Jude's", "Patrick's",
          "Anthony's", "Augustine's", "Monica's", "Stephen's", "Nicholas"]
ISLAMIC_A = ["Nurul", "Ansarul", "Darul", "Jama'atu", "Hizbul", "Fathul", "Nasrul"]
ISLAMIC_B = ["Huda", "Islam", "Haqq", "Furqan", "Hikmah", "Salam", "Ihsan", "Iman", "Falah",
             "Rahma", "Quran", "Taqwa"]
LEGAL_ORG = [("Ltd", 30), ("Limited", 15), ("Nig. Ltd", 10), ("Nigeria Limited", 5),
             ("(Nig) Ltd", 5), ("", 35)]
LEGAL_SWAP = {"Ltd": ["Limited", "Nig. Ltd", "LTD", "Ltd."], "Limited": ["Ltd", "Nigeria Limited", "Ltd."],
              "Nig. Ltd": ["Nigeria Limited", "(Nig) Ltd", "Ltd", "Nig Ltd"],
              "Nigeria Limited": ["Nig. Ltd", "Limited", "Nig Ltd"],
              "(Nig) Ltd": ["Nig. Ltd", "Nigeria Limited", "Ltd"],
              "Plc": ["PLC", "Plc."], "Ltd/Gte": ["Ltd/GTE", "Limited by Guarantee", "Ltd"],
              "": ["Ltd", "Nig. Ltd", "Limited"]}
# abbreviation pairs used by the generator (long form, short form)
ORG_ABBR = [("Pharmacy", "Pharm."), ("Pharmaceuticals", "Pharma"), ("Chemist", "Chem."),
            ("Hospital", "Hosp."), ("Medical", "Med."), ("Supermarket", "Supermkt"),
            ("International", "Int'l"), ("International", "Intl."), ("Nigeria", "Nig."),
            ("Enterprises", "Ent."), ("Brothers", "Bros."), ("Company", "Co."),
            ("Cooperative", "Coop."), ("Society", "Soc."), ("Maternity", "Mat."),
            ("Centre", "Ctr."), ("Diagnostic", "Diag."), ("Laboratory", "Lab."),
            ("Government", "Govt."), ("Ministry", "Min."), ("Department", "Dept."),
            ("Saint", "St."), ("Specialist", "Spec."), ("Management", "Mgt."),
            ("Local Government", "LG"), ("Primary", "Pry."), ("Secondary", "Sec."),
            ("Services", "Svcs.")]
GOV_STATES = [("Lagos", "lagos"), ("Oyo", "ibadan"), ("Kano", "kano"), ("Kaduna", "kaduna"),
              ("Rivers", "ph"), ("Enugu", "enugu"), ("Anambra", "onitsha"), ("Edo", "benin"),
              ("Ogun", "abeokuta"), ("Kwara", "ilorin"), ("Plateau", "jos"), ("Delta", "warri"),
              ("Akwa Ibom", "uyo"), ("Cross River", "calabar"), ("Imo", "owerri"),
              ("Abia", "aba")]
GOV_BODIES = ["Ministry of Health", "Ministry of Education", "Ministry of Women Affairs",
              "Ministry of Agriculture", "Ministry of Youth and Sports",
              "Ministry of Environment", "Primary Health Care Board",
              "Hospitals Management Board", "Drugs Management Agency",
              "Health Insurance Agency", "Emergency Management Agency",
              "Universal Basic Education Board", "Health Service Commission",
              "Ministry of Special Duties", "Waste Management Authority",
              "Ministry of Local Government Affairs", "Government"]
LGAS = [("Ikeja", "lagos", "Ikeja"), ("Surulere", "lagos", "Surulere"),
        ("Ikorodu", "lagos", "Ikorodu"), ("Agege", "lagos", "Agege"),
        ("Eti-Osa", "lagos", "Lekki"), ("Lagos Island", "lagos", "Lagos Island"),
        ("Amuwo-Odofin", "lagos", "Festac"), ("Lagos Mainland", "lagos", "Yaba"),
        ("Ibadan North", "ibadan", ""), ("Kano Municipal", "kano", ""),
        ("Fagge", "kano", ""), ("Kaduna North", "kaduna", ""), ("Enugu North", "enugu", ""),
        ("Onitsha North", "onitsha", ""), ("Aba South", "aba", ""), ("Oredo", "benin", ""),
        ("Owerri Municipal", "owerri", ""), ("Abeokuta South", "abeokuta", ""),
        ("Jos North", "jos", ""), ("Warri South", "warri", ""), ("Uyo", "uyo", ""),
        ("Calabar Municipal", "calabar", ""), ("Ilorin West", "ilorin", ""),
        ("Obio/Akpor", "ph", ""), ("Abuja Municipal Area Council", "abuja", "Garki")]
LGA_UNITS = ["Local Government", "Local Government Council", "LGA - PHC Department",
             "Local Government - Health Department", "LGA Primary Health Care Department",
             "Local Government - Education Authority"]
CHAINS = [("CareRite", "Pharmacy", "carerite.com.ng"), ("Wellpoint", "Pharmacy", "wellpointrx.ng"),
          ("Medlink", "Pharmacy", "medlinkpharmacy.com"), ("Daybreak", "Supermarket", "daybreakstores.com.ng"),
          ("FreshMart", "Supermarket", "freshmart.ng"), ("Primecrest", "Hospitals", "primecresthospitals.com"),
          ("Clearpath", "Diagnostics", "clearpathdiagnostics.com.ng"), ("Pillbox", "Pharmacy", "pillbox.com.ng"),
          ("Greenleaf", "Pharmacy", "greenleafpharm.com.ng")]
GROUPS = [("Okonkwo", ["Pharmaceuticals", "Foods", "Medical Supplies", "Logistics", "Properties", "Hospitals", "Agro", "Plastics"], "okonkwogroup.com.ng", "onitsha"),
          ("Adebanjo", ["Pharma", "Hospitals", "Agro-Allied", "Packaging", "Foods", "Water", "Logistics", "Estates"], "adebanjoholdings.com", "lagos"),
          ("Danladi", ["Pharmacy", "Agro", "Transport", "Foods", "Distribution", "Textiles", "Oil Mills", "Properties"], "danladigroup.ng", "kano"),
          ("Effiong-Bassey", ["Healthcare", "Supermarkets", "Logistics", "Foods", "Oil Services", "Properties", "Marine"], "ebgroup.com.ng", "uyo"),
          ("Osagie", ["Pharmaceuticals", "Clinics", "Bottling", "Foods", "Estates", "Transport", "Agro"], "osagiegroup.com", "benin"),
          ("Nwachukwu", ["Medicals", "Stores", "Motors", "Agro", "Foods", "Cosmetics", "Plastics"], "nwachukwuholdings.com.ng", "aba"),
          ("Olaniyan", ["Pharmacy", "Diagnostics", "Foods", "Water", "Properties", "Logistics", "Printing"], "olaniyangroup.com.ng", "ibadan"),
          ("Garba-Yakubu", ["Pharmaceuticals", "Foods", "Transport", "Agro", "Properties", "Steel"], "gyholdings.com.ng", "kaduna")]
BOOKKEEPERS = ["adeolaconsult@gmail.com", "accounts@brightledger.com.ng", "tundeaccounts2012@yahoo.com",
               "books@ifyandco.ng", "chukaaccounts@gmail.com", "ledger@amanabooks.com.ng",
               "bassey.bookkeeping@yahoo.co.uk", "info@kemiokonaccounting.ng",
               "accountsdesk@sabitax.com.ng"]
TRADE_HN_ALT = {"Pharmacy": ["Supermarket", "Hospital", "Schools", "Bakery", "Stores"],
                "Chemist": ["Supermarket", "Clinic", "Bakery", "Boutique"],
                "Hospital": ["Pharmacy", "Schools", "Supermarket", "Hotel"],
                "Clinic": ["Pharmacy", "Supermarket", "Schools", "Bakery"],
                "Supermarket": ["Pharmacy", "Hospital", "Schools", "Hotel"],
                "Stores": ["Pharmacy", "Clinic", "Academy"],
                "School": ["Pharmacy", "Hospital", "Supermarket"],
                "College": ["Pharmacy", "Clinic", "Supermarket"],
                "Academy": ["Pharmacy", "Hospital", "Stores"]}

# ----------------------------------------------------------------------------
# Normalisation and keys (check.py re-implements all of this independently)
# ----------------------------------------------------------------------------
TITLE_SET = frozenset(TITLE_TOKENS)
NICK_CANON = {}
for _a, _b in NICK_PAIRS:
    NICK_CANON[_a.lower()] = _a.lower()
    NICK_CANON[_b.lower()] = _a.lower()
SPELL_CANON = {}
for _cl in SPELL_CLASSES:
    for _n in _cl:
        SPELL_CANON[_n.lower()] = _cl[0].lower()
NAME_ABBR = {"pharm": ["pharmacy"], "pharma": ["pharmaceuticals"],
             "pharmaceutical": ["pharmaceuticals"], "chem": ["chemist"],
             "hosp": ["hospital"], "med": ["medical"], "supermkt": ["supermarket"],
             "spmkt": ["supermarket"], "intl": ["international"], "nig": ["nigeria"],
             "ent": ["enterprises"], "enterprise": ["enterprises"], "bros": ["brothers"],
             "co": ["company"], "coy": ["company"], "coop": ["cooperative"],
             "soc": ["society"], "mat": ["maternity"], "ctr": ["centre"], "ctre": ["centre"],
             "center": ["centre"], "diag": ["diagnostic"], "lab": ["laboratory"],
             "govt": ["government"], "min": ["ministry"], "dept": ["department"],
             "st": ["saint"], "spec": ["specialist"], "mgt": ["management"],
             "mgmt": ["management"], "lg": ["local", "government"],
             "lga": ["local", "government"], "pry": ["primary"], "sec": ["secondary"],
             "svcs": ["services"], "mkt": ["market"]}
LEGAL_DROP = frozenset(["ltd", "limited", "plc", "gte", "guarantee", "nigeria", "inc"])
ADDR_ABBR = {"st": ["street"], "str": ["street"], "rd": ["road"], "ave": ["avenue"],
             "av": ["avenue"], "cres": ["crescent"], "cresc": ["crescent"], "cl": ["close"],
             "blk": ["block"], "mkt": ["market"], "expy": ["expressway"],
             "expwy": ["expressway"], "hwy": ["highway"], "est": ["estate"],
             "opp": ["opposite"], "intl": ["international"], "plz": ["plaza"],
             "cplx": ["complex"]}
ADDR_DROP = frozenset(["no", "number"])
LANDMARK_TOKENS = frozenset(["opposite", "beside", "by", "near", "behind", "off",
                             "adjacent", "adj"])
UNIT_TOKENS = frozenset(["shop", "suite", "flat", "office", "room", "stall", "unit",
                         "apartment", "apt"])
CITY_ALIAS = {"lagos": ("lagos", ""), "ikeja": ("lagos", "ikeja"), "lekki": ("lagos", "lekki"),
              "victoria island": ("lagos", "victoria island"), "vi": ("lagos", "victoria island"),
              "v i": ("lagos", "victoria island"), "surulere": ("lagos", "surulere"),
              "yaba": ("lagos", "yaba"), "ikorodu": ("lagos", "ikorodu"),
              "agege": ("lagos", "agege"), "festac": ("lagos", "festac"),
              "festac town": ("lagos", "festac"), "ajah": ("lagos", "ajah"),
              "lagos island": ("lagos", "lagos island"),
              "abuja": ("abuja", ""), "fct": ("abuja", ""), "abuja fct": ("abuja", ""),
              "fct abuja": ("abuja", ""), "wuse": ("abuja", "wuse"), "garki": ("abuja", "garki"),
              "maitama": ("abuja", "maitama"), "gwarinpa": ("abuja", "gwarinpa"),
              "port harcourt": ("ph", ""), "ph": ("ph", ""), "p h": ("ph", ""),
              "portharcourt": ("ph", ""), "benin city": ("benin", ""), "benin": ("benin", ""),
              "ibadan": ("ibadan", ""), "kano": ("kano", ""), "kaduna": ("kaduna", ""),
              "enugu": ("enugu", ""), "onitsha": ("onitsha", ""), "aba": ("aba", ""),
              "owerri": ("owerri", ""), "abeokuta": ("abeokuta", ""), "jos": ("jos", ""),
              "warri": ("warri", ""), "uyo": ("uyo", ""), "calabar": ("calabar", ""),
              "ilorin": ("ilorin", "")}
REGION_FIX = {"abuja": "fct", "federal capital territory": "fct", "abuja fct": "fct",
              "fct abuja": "fct"}
COUNTRY_CANON = {"nigeria": "ng", "ng": "ng", "nga": "ng", "federal republic of nigeria": "ng"}


def s1(x):
    return " ".join(x.casefold().split())


def s2(x):
    x = x.casefold().replace("'", "").replace("\u2019", "").replace(".", "").replace("&", " and ")
    x = re.sub(r"[^0-9a-z]+", " ", x)
    return " ".join(x.split())


def dl(a, b):
    """Optimal-string-alignment distance, capped: values >= 2 are returned as 2."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > 1:
        return 2
    la, lb = len(a), len(b)
    prev2 = None
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        for j in range(1, lb + 1):
            c = 0 if a[i - 1] == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + c)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
        prev2, prev = prev, cur
    return min(prev[lb], 2)


def legal_strip(t):
    has_reg = "rc" in t or "bn" in t
    out = []
    i = 0
    while i < len(t):
        w = t[i]
        if w == "the" and t[i + 1:i + 4] in (["incorporated", "trustees", "of"],
                                             ["registered", "trustees", "of"]):
            i += 1
            continue
        if w in ("incorporated", "registered") and t[i + 1:i + 3] == ["trustees", "of"]:
            i += 3
            continue
        if w == "by" and t[i + 1:i + 2] == ["guarantee"]:
            i += 2
            continue
        if w in LEGAL_DROP:
            i += 1
            continue
        if has_reg and (w in ("rc", "bn") or (w.isdigit() and len(w) >= 5)):
            i += 1
            continue
        out.append(w)
        i += 1
    return out


def name_forms(x):
    t = s2(x).split()
    i = 0
    while i < len(t) - 1 and t[i] in TITLE_SET:
        i += 1
    tt = t[i:]
    nk = [NICK_CANON.get(w, w) for w in tt]
    sp = [SPELL_CANON.get(w, w) for w in nk]
    ab = []
    for w in sp:
        ab.extend(NAME_ABBR.get(w, [w]))
    lg = legal_strip(ab)
    return {"title": tt, "name_order": sorted(tt), "nickname": sorted(nk),
            "spelling": sorted(sp), "abbreviation": sorted(ab), "legal_form": sorted(lg)}


def name_core(x):
    return " ".join(name_forms(x)["legal_form"])


def canon_tok(w):
    w = NICK_CANON.get(w, w)
    return SPELL_CANON.get(w, w)


def person_key(given, family):
    if not given or not family:
        return None
    g = s2(given).split()
    f = s2(family).split()
    if not g or not f:
        return None
    return "|".join(sorted([canon_tok(g[0]), " ".join(canon_tok(w) for w in f)]))


def family_canon(family):
    return " ".join(canon_tok(w) for w in s2(family).split())


def msub(x, y):
    """multiset x is a proper sub-multiset of y (x non-empty)"""
    if not x or len(x) >= len(y):
        return False
    yy = list(y)
    for w in x:
        if w in yy:
            yy.remove(w)
        else:
            return False
    return True


def contiguous_in(x, y):
    n = len(x)
    if n == 0 or n > len(y):
        return False
    for i in range(len(y) - n + 1):
        if y[i:i + n] == x:
            return True
    return False


def typo_tokens(ta, tb):
    if len(ta) != len(tb):
        return False
    diff = [i for i in range(len(ta)) if ta[i] != tb[i]]
    if len(diff) != 1:
        return False
    x, y = ta[diff[0]], tb[diff[0]]
    return (x.isalpha() and y.isalpha() and min(len(x), len(y)) >= 3 and x[0] == y[0]
            and dl(x, y) == 1)


def phone_keys(s):
    if s is None:
        return []
    out = []
    for p in re.split(r"[,;/]| or ", s):
        d = re.sub(r"\D", "", p)
        if not d:
            continue
        if d.startswith("234"):
            d = d[3:]
        if d.startswith("0"):
            d = d[1:]
        out.append(d)
    return out


def email_key(e):
    return e.strip().lower() if e else None


def line_tokens(x):
    out = []
    for w in s2(x).split():
        if w in ADDR_DROP:
            continue
        out.extend(ADDR_ABBR.get(w, [w]))
    return out


def cut_landmark(t):
    for i in range(1, len(t)):
        if t[i] in LANDMARK_TOKENS:
            return t[:i]
    return t


def metro_of(city):
    if not city:
        return ""
    k = s2(city)
    return CITY_ALIAS.get(k, (k, ""))[0]


def addr_key(a):
    if not a or not a.get("line1"):
        return None
    return " ".join(cut_landmark(line_tokens(a["line1"]))) + "|" + metro_of(a.get("city"))


def building_key(a):
    if not a or not a.get("line1"):
        return None
    t = cut_landmark(line_tokens(a["line1"]))
    if len(t) >= 3 and t[0] in UNIT_TOKENS:
        t = t[2:]
    return " ".join(t) + "|" + metro_of(a.get("city"))


def region_canon(x):
    t = s2(x).split()
    if t and t[-1] == "state":
        t = t[:-1]
    v = " ".join(t)
    return REGION_FIX.get(v, v)


# ----------------------------------------------------------------------------
# Label derivation: labels are computed from the values only
# ----------------------------------------------------------------------------
NAME_FIELDS = ["displayName", "givenName", "familyName", "companyName"]
MOVE_PEERS = {"givenName": ["familyName"], "familyName": ["givenName"],
              "companyName": ["displayName"], "displayName": ["companyName"]}
ADDR_SUBS = ["line1", "line2", "city", "region", "postalCode", "country"]


def name_moved(field, val, other):
    for g in MOVE_PEERS[field]:
        if other.get(g) and s2(other[g]) == s2(val):
            return True
    return False


def married_pair(a, b):
    for x, y in ((a, b), (b, a)):
        if "-" in x:
            parts = [s2(p) for p in x.split("-") if s2(p)]
            if len(parts) == 2 and s2(y) in parts:
                return True
    return False


def classify_name(field, a, b, A, B):
    if a == b:
        return None
    if b is None:
        return "moved" if name_moved(field, a, B) else "missing"
    if a is None:
        return "moved" if name_moved(field, b, A) else "added"
    if s1(a) == s1(b):
        return "case"
    if s2(a) == s2(b):
        return "format"
    fa, fb = name_forms(a), name_forms(b)
    for st in ("title", "name_order", "nickname", "spelling", "abbreviation", "legal_form"):
        if fa[st] == fb[st]:
            return st
    if typo_tokens(s2(a).split(), s2(b).split()):
        return "typo"
    if field == "familyName" and married_pair(a, b):
        return "married"
    if msub(fa["legal_form"], fb["legal_form"]):
        return "extension"
    if msub(fb["legal_form"], fa["legal_form"]):
        return "partial"
    if name_moved(field, a, B) or name_moved(field, b, A):
        return "moved"
    return "changed"


def classify_email(a, b):
    if a == b:
        return None
    if b is None:
        return "missing"
    if a is None:
        return "added"
    la, lb = a.strip().lower(), b.strip().lower()
    if la == lb:
        return "case"
    if la[0] == lb[0] and dl(la, lb) == 1:
        return "typo"
    if la.split("@")[0] == lb.split("@")[0]:
        return "domain"
    return "changed"


def classify_phone(a, b):
    if a == b:
        return None
    if b is None:
        return "missing"
    if a is None:
        return "added"
    sa, sb = sorted(set(phone_keys(a))), sorted(set(phone_keys(b)))
    if sa == sb:
        return "format"
    if set(sa) < set(sb):
        return "extension"
    if sb and set(sb) < set(sa):
        return "partial"
    if len(sa) == 1 and len(sb) == 1 and dl(sa[0], sb[0]) == 1:
        return "typo"
    return "changed"


def line_moved(val, other_addr, other_field):
    o = other_addr.get(other_field)
    return bool(o) and contiguous_in(s2(val).split(), s2(o).split())


def classify_line(field, a, b, A, B):
    other = "line2" if field == "line1" else "line1"
    if a == b:
        return None
    if b is None:
        return "moved" if line_moved(a, B, other) else "missing"
    if a is None:
        return "moved" if line_moved(b, A, other) else "added"
    if s1(a) == s1(b):
        return "case"
    if s2(a) == s2(b):
        return "format"
    ta, tb = line_tokens(a), line_tokens(b)
    if ta == tb:
        return "abbreviation"
    if cut_landmark(ta) == cut_landmark(tb):
        return "landmark"
    if typo_tokens(s2(a).split(), s2(b).split()):
        return "typo"
    if msub(ta, tb):
        return "extension"
    if msub(tb, ta):
        return "partial"
    if line_moved(a, B, other) or line_moved(b, A, other):
        return "moved"
    return "changed"


def classify_city(a, b):
    if a == b:
        return None
    if b is None:
        return "missing"
    if a is None:
        return "added"
    if s1(a) == s1(b):
        return "case"
    if s2(a) == s2(b):
        return "format"
    ca, cb = CITY_ALIAS.get(s2(a)), CITY_ALIAS.get(s2(b))
    if ca and cb and ca[0] == cb[0] and (ca[1] == cb[1] or not ca[1] or not cb[1]):
        return "alias"
    return "changed"


def classify_region(a, b):
    if a == b:
        return None
    if b is None:
        return "missing"
    if a is None:
        return "added"
    if s1(a) == s1(b):
        return "case"
    if s2(a) == s2(b):
        return "format"
    if region_canon(a) == region_canon(b):
        return "alias"
    return "changed"


def classify_postal(a, b):
    if a == b:
        return None
    if b is None:
        return "missing"
    if a is None:
        return "added"
    if dl(a, b) == 1:
        return "typo"
    return "changed"


def classify_country(a, b):
    if a == b:
        return None
    if b is None:
        return "missing"
    if a is None:
        return "added"
    if s1(a) == s1(b):
        return "case"
    if COUNTRY_CANON.get(s2(a)) and COUNTRY_CANON.get(s2(a)) == COUNTRY_CANON.get(s2(b)):
        return "alias"
    return "changed"


def derive_changes(A, B):
    out = []
    for f in NAME_FIELDS:
        lab = classify_name(f, A[f], B[f], A, B)
        if lab:
            out.append(f + ":" + lab)
    lab = classify_email(A["email"], B["email"])
    if lab:
        out.append("email:" + lab)
    lab = classify_phone(A["phone"], B["phone"])
    if lab:
        out.append("phone:" + lab)
    aa, ab = A["address"], B["address"]
    if aa is None and ab is None:
        return out
    if ab is None:
        out.append("address:missing")
        return out
    if aa is None:
        out.append("address:added")
        return out
    for sub in ADDR_SUBS:
        x, y = aa.get(sub), ab.get(sub)
        if sub in ("line1", "line2"):
            lab = classify_line(sub, x, y, aa, ab)
        elif sub == "city":
            lab = classify_city(x, y)
        elif sub == "region":
            lab = classify_region(x, y)
        elif sub == "postalCode":
            lab = classify_postal(x, y)
        else:
            lab = classify_country(x, y)
        if lab:
            out.append("address." + sub + ":" + lab)
    return out


STRONG = ("missing", "changed", "moved", "partial")


def profile_ok(profile, labels):
    n = len(labels)
    strong = sum(1 for l in labels if l.split(":")[1] in STRONG)
    if profile == "light":
        return 1 <= n <= 2
    if profile == "medium":
        return 2 <= n <= 4
    return n >= 4 and strong >= 2


# ----------------------------------------------------------------------------
# Registries (who owns which phone / e-mail / address key)
# ----------------------------------------------------------------------------
ENTS = {}
PHONE_OWN = {}
EMAIL_OWN = {}
ADDR_OWN = {}
DEL_IDX = {}
PKEY_USED = {}
CORE_USED = {}


def own_add(d, k, eid):
    lst = d.setdefault(k, [])
    if eid not in lst:
        lst.append(eid)


def del_variants(k):
    return [k] + [k[:i] + k[i + 1:] for i in range(len(k))]


def email_register(e, eid):
    k = e.strip().lower()
    if k not in EMAIL_OWN:
        for v in del_variants(k):
            DEL_IDX.setdefault(v, []).append(k)
    own_add(EMAIL_OWN, k, eid)


def email_near(k):
    out = []
    for v in del_variants(k):
        for c in DEL_IDX.get(v, []):
            if c not in out and dl(c, k) <= 1:
                out.append(c)
    return out


def email_free(e, eid):
    for c in email_near(e.strip().lower()):
        for o in EMAIL_OWN[c]:
            if o != eid:
                return False
    return True


def register_record(eid, rec):
    for n in phone_keys(rec["phone"]):
        own_add(PHONE_OWN, n, eid)
    if rec["email"]:
        email_register(rec["email"], eid)
    k = addr_key(rec["address"])
    if k:
        own_add(ADDR_OWN, k, eid)


def new_eid():
    while True:
        x = "c%07x" % R.getrandbits(28)
        if x not in ENTS:
            return x


def slug(x):
    return re.sub(r"[^a-z0-9]", "", x.lower())


# ----------------------------------------------------------------------------
# Phones
# ----------------------------------------------------------------------------
PHONE_STYLE_EX = [("sp", 30), ("plain", 30), ("intl", 8), ("intl_nopl", 5), ("intl0", 5),
                  ("dash", 12), ("intl_sp", 10)]
PHONE_STYLE_IN = [("sp", 15), ("plain", 25), ("intl", 25), ("intl_nopl", 8), ("intl0", 7),
                  ("dash", 8), ("intl_sp", 12)]
PHONE_SEPS = [", ", " / ", "; ", ", ", " / "]


def fresh_mobile(eid):
    while True:
        n = pick(PREFIXES) + "%07d" % R.randrange(10 ** 7)
        if n not in PHONE_OWN:
            own_add(PHONE_OWN, n, eid)
            return n


def fresh_landline(eid):
    while True:
        n = "1" + str(R.randint(2, 9)) + "%06d" % R.randrange(10 ** 6)
        if n not in PHONE_OWN:
            own_add(PHONE_OWN, n, eid)
            return n


def fmt_one(n, style):
    if len(n) == 10:
        a, b, c = n[:3], n[3:6], n[6:]
        return {"sp": "0%s %s %s" % (a, b, c), "plain": "0" + n, "intl": "+234" + n,
                "intl_nopl": "234" + n, "intl0": "+234 (0) %s %s %s" % (a, b, c),
                "dash": "0%s-%s-%s" % (a, b, c), "intl_sp": "+234 %s %s %s" % (a, b, c)}[style]
    d = n[1:]
    if style.startswith("intl"):
        return "+234 1 %s %s" % (d[:3], d[3:])
    if style == "dash":
        return "01-%s-%s" % (d[:3], d[3:])
    if style == "plain":
        return "01" + d
    return "01 %s %s" % (d[:3], d[3:])


def fmt_phone(nums, style=None, sep=None, incoming=False):
    if not nums:
        return None
    style = style or wpick(PHONE_STYLE_IN if incoming else PHONE_STYLE_EX)
    sep = sep or pick(PHONE_SEPS)
    return sep.join(fmt_one(n, style) for n in nums)


# ----------------------------------------------------------------------------
# Addresses
# ----------------------------------------------------------------------------
PLAZAS = {}


def build_plazas():
    suffix = ["Plaza", "Shopping Complex", "House", "Mall", "Towers", "Shopping Plaza"]
    for m in GEO:
        lst = []
        areas = list(GEO[m][5].keys())
        for _ in range(5 if m != "lagos" else 12):
            area = pick(areas)
            street = pick(GEO[m][5][area][2])
            name = pick(WORDS) + " " + pick(suffix)
            lst.append((name, R.randint(1, 120), street, area))
        PLAZAS[m] = lst


def city_choices(metro, area):
    if metro == "lagos":
        out = ["Lagos"]
        if area:
            out.append(GEO["lagos"][5][area][0])
            if area == "Victoria Island":
                out.append("VI")
            if area == "Festac":
                out.append("Festac Town")
        return out
    if metro == "abuja":
        return ["Abuja", "FCT", "Abuja FCT"] + ([area] if area else [])
    return list(GEO[metro][4])


def city_disp(metro, area):
    if metro == "lagos":
        if area and chance(0.6):
            return GEO["lagos"][5][area][0]
        return "Lagos"
    if metro == "abuja":
        return wpick([("Abuja", 55), ("FCT", 10), ("Abuja FCT", 10), (area or "Abuja", 25)])
    if metro == "ph":
        return wpick([("Port Harcourt", 70), ("PH", 15), ("P/H", 10), ("Port-Harcourt", 5)])
    if metro == "benin":
        return wpick([("Benin City", 85), ("Benin", 15)])
    return GEO[metro][4][0]


def make_addr(eid, hint, metro=None, area=None, reserve=True, fixed_line1=None):
    for _ in range(400):
        m = metro or wpick(METRO_W)
        g = GEO[m]
        areas = list(g[5].keys())
        ar = area if area is not None else pick(areas)
        cityd, l2opts, streets = g[5][ar]
        street = pick(streets)
        n = R.randint(1, 160)
        unit = None
        h = hint
        force_mk = None
        if h.startswith("market:"):
            force_mk = h.split(":", 1)[1]
            h = "market"
        if h == "market" and not g[6]:
            h = "com"
        if h == "market" and area is not None and not [x for x in g[6] if x[1] == ar]:
            h = "com"
        if h == "plaza" and area is not None and not [x for x in PLAZAS[m] if x[3] == ar]:
            h = "com"
        if h == "res":
            est = ESTATES.get(m, [])
            est = [x for x in est if area is None or x[1] == ar]
            r = R.random()
            if est and r < 0.25:
                es, ea = pick(est)
                ar = ea
                if chance(0.5):
                    line1 = "House %d, %s" % (R.randint(1, 90), es)
                else:
                    unit = "Flat %d" % R.randint(1, 12)
                    line1 = "%s, Block %d, %s" % (unit, R.randint(1, 40), es)
            else:
                line1 = pick(["%d %s", "No. %d, %s", "No %d %s", "%d, %s", "%d %s",
                              "Plot %d, %s", "No. %d %s"]) % (n, street)
        elif h == "market":
            mk, ma = pick([x for x in g[6] if (area is None or x[1] == ar) and (force_mk is None or x[0] == force_mk)])
            ar = ma
            L = pick("ABCDEFGH")
            s = R.randint(1, 240)
            r = R.random()
            if r < 0.4:
                unit = "Shop %d" % s
                line1 = "Shop %d, Block %s, %s" % (s, L, mk)
            elif r < 0.6:
                unit = "Shop %s%d" % (L, s)
                line1 = "Shop %s%d, %s" % (L, s, mk)
            elif r < 0.8:
                unit = "Shop %d" % s
                line1 = "Shop %d, Line %d, %s" % (s, R.randint(1, 30), mk)
            else:
                unit = "Stall %d" % s
                line1 = "Stall %d, Block %s, %s" % (s, L, mk)
        elif h == "plaza":
            pz = pick([x for x in PLAZAS[m] if area is None or x[3] == ar])
            ar = pz[3]
            unit = pick(["Suite", "Shop", "Office"]) + " " + str(R.randint(1, 60))
            line1 = "%s, %s, %d %s" % (unit, pz[0], pz[1], pz[2])
        elif h == "gov":
            sec, sa = g[7]
            ar = sa
            line1 = ("Block %d, %s" % (R.randint(1, 25), sec)) if chance(0.6) else sec
        else:  # com / hospital
            r = R.random()
            ex = [x for x in EXPRESSWAYS.get(m, []) if area is None or x[1] == ar]
            pzs = [x for x in PLAZAS[m] if area is None or x[3] == ar]
            if h == "street":
                pzs = []
            if ex and r < 0.1:
                ename, ea = pick(ex)
                ar = ea
                line1 = "Km %d, %s" % (R.randint(2, 45), ename) if chance(0.5) else "Km %d %s" % (R.randint(2, 45), ename)
            elif r < 0.3 and pzs:
                pz = pick(pzs)
                ar = pz[3]
                unit = pick(["Suite", "Shop", "Office"]) + " " + str(R.randint(1, 60))
                line1 = "%s, %s, %d %s" % (unit, pz[0], pz[1], pz[2])
            elif r < 0.45 and m == "lagos" and ar == "Lekki":
                line1 = "Plot %d, Block %s, %s" % (n, pick("ABCDEFGHJK"), street)
            else:
                line1 = pick(["%d %s", "No. %d, %s", "%d, %s", "Plot %d, %s", "No %d %s"]) % (n, street)
        if fixed_line1:
            line1 = fixed_line1
        cityd, l2opts, streets = g[5][ar]
        A = {"line1": line1, "line2": pick(l2opts), "metro": m, "area": ar,
             "city": city_disp(m, ar), "region": pick(g[2]),
             "postal": pick(g[3]) + "%03d" % R.randrange(1000), "unit": unit, "hint": h,
             "landmark": None}
        if chance(0.3):
            if chance(0.35):
                other = [s for s in streets if s != street]
                A["landmark"] = "off " + pick(other) if other else pick(LANDMARKS)
            else:
                A["landmark"] = pick(LANDMARKS)
        k = addr_key({"line1": line1, "city": A["city"]})
        if k in ADDR_OWN and not fixed_line1:
            continue
        if reserve:
            own_add(ADDR_OWN, k, eid)
        return A
    raise RuntimeError("address space exhausted")


def render_addr(A, existing=True, with_lm=None, allcaps=False):
    lm = A["landmark"] if (with_lm if with_lm is not None else chance(0.7)) else None
    line1 = A["line1"] + (", " + lm if lm else "")
    d = {"line1": line1,
         "line2": A["line2"] if chance(0.7 if existing else 0.55) else None,
         "city": A["city"],
         "region": A["region"] if chance(0.8 if existing else 0.6) else None,
         "postalCode": A["postal"] if chance(0.3 if existing else 0.12) else None,
         "country": ("Nigeria" if chance(0.65) else None) if existing else
         wpick([("NG", 40), ("Nigeria", 40), (None, 20)])}
    if allcaps:
        for k in ("line1", "line2", "city", "region", "country"):
            if d[k]:
                d[k] = d[k].upper()
    return d


# ----------------------------------------------------------------------------
# Persons
# ----------------------------------------------------------------------------
def person_email(eid, g, f, nick, pub=None, tries=80):
    gs, fs = slug(g), slug(f)
    ns = slug(nick) if nick else gs
    for t in range(tries):
        yy = pick(["%02d" % R.randint(60, 99), "%02d" % R.randint(0, 24), str(R.randint(1965, 2004)),
                   str(R.randint(1, 99))])
        pats = [gs + "." + fs, gs + fs, fs + "." + gs, gs + "_" + fs, ns + fs, fs + gs + yy,
                gs + "." + fs + yy, gs[0] + fs, ns + "." + fs, ns + yy, fs + ns, gs + fs[0] + yy,
                ns + "_" + fs + yy, fs + "." + ns + yy]
        loc = pick(pats)
        if t > 10:
            loc += str(R.randint(1, 999))
        dom = pub or wpick(PUBLIC_DOMAINS)
        e = loc + "@" + dom
        if e not in EMAIL_OWN and email_free(e, eid):
            email_register(e, eid)
            return e
    raise RuntimeError("email space")


def pick_metro_for(eth):
    if chance(0.6):
        return pick(ETHNIC_METRO[eth])
    return wpick(METRO_W)


def mk_person(kind, eth=None, gender=None, metro=None, given=None, family=None,
              dup_ok=False, addr_hint=None, unique_vs=None):
    eid = new_eid()
    for _ in range(500):
        et = eth or wpick(ETHNIC_W)
        M, F, S, xt = ETHNIC[et]
        gd = gender or pick("mf")
        pool = M if gd == "m" else F
        g = given or (pick(XT_M if gd == "m" else XT_F) if chance(xt) else pick(pool))
        f = family or pick(S)
        k = person_key(g, f)
        if dup_ok or (k not in PKEY_USED and (unique_vs is None or k not in unique_vs)):
            break
    else:
        raise RuntimeError("person names exhausted")
    M, F, S, xt = ETHNIC[et]
    pool = M if gd == "m" else F
    middle = None
    if chance(0.3):
        cand = [x for x in (pool + (XT_M if gd == "m" else XT_F)) if x != g and canon_tok(x.lower()) != canon_tok(g.lower())]
        middle = pick(cand)
    age = pick(["young", "mid", "mid", "old"])
    e = {"id": eid, "kind": kind, "org": False, "eth": et, "gender": gd, "given": g,
         "middle": middle, "family": f, "age": age, "marker": None}
    if gd == "f" and age != "young" and et != "hausa" and chance(0.45):
        set_maiden(e, S, dup_ok)
    tl = titles_for(et, gd, age)
    if kind == "person/professional":
        e["title"] = pick([t for t, gg in TITLES_PRO if gg == gd])
    else:
        e["title"] = pick(tl) if chance(0.5) else None
    e["nick"] = NICK_LONG.get(g)
    m = metro or pick_metro_for(et)
    e["phones"] = [fresh_mobile(eid)]
    if chance(0.15):
        e["phones"].append(fresh_mobile(eid))
    e["email"] = person_email(eid, g, f, e["nick"]) if chance(0.92) else None
    hint = addr_hint or ("market" if kind == "person/sole_trader" and chance(0.55) else
                         ("plaza" if kind == "person/sole_trader" and chance(0.4) else "res"))
    e["addr"] = make_addr(eid, hint, m)
    if kind == "person/sole_trader":
        e["trade"] = sole_trade_name(e)
        CORE_USED.setdefault(name_core(e["trade"]), eid)
    PKEY_USED.setdefault(k, eid)
    for fm in family_forms(e).values():
        PKEY_USED.setdefault(person_key(g, fm), eid)
    ENTS[eid] = e
    return e


def set_maiden(e, S, dup_ok=False):
    for _ in range(30):
        maiden = pick([s for s in S if s != e["family"]] or S)
        ks = [person_key(e["given"], maiden), person_key(e["given"], maiden + "-" + e["family"])]
        if dup_ok or not any(k in PKEY_USED for k in ks):
            e["maiden"] = maiden
            for k in ks:
                PKEY_USED.setdefault(k, e["id"])
            return True
    return False


def sole_trade_name(e):
    for _ in range(200):
        w = pick(WORDS)
        r = R.random()
        if r < 0.2:
            t = "%s Chemist" % w
        elif r < 0.35:
            t = "%s Patent Medicine Store" % w
        elif r < 0.45:
            t = "%s Medicine Store" % w
        elif r < 0.55:
            t = "%s Provisions" % w
        elif r < 0.65:
            t = "%s %s Drugs" % (e["given"], e["family"])
        elif r < 0.75:
            t = "Mama %s Provisions" % pick(YOR_F + IGBO_F + XT_F) if e["gender"] == "f" else "%s Cosmetics & Provisions" % w
        elif r < 0.85:
            t = "%s Chem. Store" % w
        else:
            t = "%s Medicine Ventures" % w
        if name_core(t) not in CORE_USED:
            return t
    raise RuntimeError("trade names")


def person_given_field(e, with_middle):
    g = e["given"]
    if with_middle and e["middle"]:
        g = g + " " + e["middle"]
    return g


def family_forms(e):
    if e.get("maiden"):
        return {"married": e["family"], "maiden": e["maiden"],
                "both": e["maiden"] + "-" + e["family"]}
    return {"married": e["family"]}


# ----------------------------------------------------------------------------
# Organisations
# ----------------------------------------------------------------------------
def legal_for(kind):
    if kind in ("org/religious", "org/ngo"):
        return wpick([("", 70), ("Ltd/Gte", 30)])
    if kind == "org/school":
        return wpick([("", 55), ("Ltd", 25), ("Ltd/Gte", 20)])
    if kind == "org/corporate":
        return wpick([("Ltd", 30), ("Limited", 20), ("Nigeria Limited", 20), ("Plc", 20), ("Nig. Ltd", 10)])
    if kind in ("org/patent_medicine_store",):
        return wpick([("", 70), ("Ent.", 10), ("Ltd", 10), ("Nig. Ltd", 10)])
    if kind == "org/government":
        return ""
    if kind == "org/cooperative":
        return wpick([("Ltd", 60), ("", 40)])
    return wpick(LEGAL_ORG)


def join_legal(base, legal):
    return (base + " " + legal).strip() if legal else base


def org_name(kind, metro, contact):
    """return (registered company name, trade/short name, base words, legal, eponym)"""
    W = pick(WORDS)
    ep = False
    legal = legal_for(kind)
    if kind == "org/pharmacy":
        if contact and chance(0.2):
            ep = True
            base = "%s %s %s" % (contact[0], contact[1], pick(["Pharmacy", "Pharmacy", "Pharmaceuticals"]))
        else:
            base = W + " " + wpick([("Pharmacy", 70), ("Pharmacy & Stores", 8), ("Pharmaceuticals", 12),
                                    ("Chemists", 5), ("Pharmacy and Supermarket", 5)])
    elif kind == "org/patent_medicine_store":
        if contact and chance(0.3):
            ep = True
            base = "%s %s %s" % (contact[0], contact[1], pick(["Medicine Store", "Chemist", "Patent Medicine Store"]))
        else:
            base = W + " " + pick(["Chemist", "Patent Medicine Store", "Medicine Store", "Chemist Ent.",
                                   "Medicine Ventures", "Patent Medicine Stores", "Drug Store"])
        if base.endswith("Ent.") and legal == "Ent.":
            legal = ""
    elif kind == "org/hospital":
        r = R.random()
        if r < 0.12:
            base = "St. %s Hospital" % pick(SAINTS)
            W = base
        elif r < 0.22 and contact:
            ep = True
            base = "%s Memorial Hospital" % contact[1]
        else:
            base = W + " " + pick(["Hospital", "Specialist Hospital", "Hospital & Maternity", "Medical Centre",
                                   "Hospital", "Specialist Clinic & Hospital"])
    elif kind == "org/clinic":
        base = W + " " + pick(["Clinic", "Medical Clinic", "Diagnostic Centre", "Medical Laboratory",
                               "Eye Clinic", "Dental Clinic", "Maternity Home", "Clinic & Maternity"])
    elif kind == "org/supermarket":
        base = W + " " + pick(["Supermarket", "Supermarket", "Stores", "Mart", "Superstores",
                               "Shopping Centre"])
    elif kind == "org/wholesaler":
        if contact and chance(0.6):
            ep = True
            gv, fm = contact
            base = pick(["%s %s & Sons" % (gv, fm), "%s %s Ventures" % (gv, fm),
                         "%s Brothers Ent." % fm, "%s %s Global Concepts" % (gv, fm),
                         "%s %s Enterprises" % (gv, fm), "%s %s & Co." % (gv, fm)])
            if chance(0.15):
                base = pick(["Alh. ", "Chief ", "Alhaji "]) + base
        else:
            base = W + " " + pick(["Global Concepts", "Int'l", "Enterprises", "Pharmaceuticals",
                                   "Trading Company", "Ventures", "Distributors", "Medical Supplies"])
    elif kind == "org/religious":
        r = R.random()
        if r < 0.55:
            base = W + " " + pick(["Baptist Church", "Methodist Church", "Gospel Church", "Bible Church",
                                   "Chapel", "Evangelical Church", "Pentecostal Ministry", "Assembly",
                                   "Christian Centre"])
            if chance(0.6):
                W = base
                base = "Incorporated Trustees of " + base
        elif r < 0.7:
            base = "St. %s Catholic Church" % pick(SAINTS)
        else:
            nm = pick(ISLAMIC_A) + " " + pick(ISLAMIC_B)
            base = pick([nm + " Mosque Committee", "Incorporated Trustees of " + nm + " Islamic Society",
                         nm + " Central Mosque", nm + " Islamic Society"])
        legal = "" if base.startswith("Incorporated") else legal
    elif kind == "org/school":
        base = W + " " + pick(["Nursery & Primary School", "College", "International School", "Academy",
                               "Montessori School", "Schools", "Secondary School", "Comprehensive College"])
    elif kind == "org/cooperative":
        base = pick(["%s Hospital Staff Multipurpose Cooperative Society" % W,
                     "%s Traders Cooperative Society" % pick(GEO[metro][6])[0].replace(" Market", ""),
                     "%s Women Multipurpose Cooperative Society" % W,
                     "%s Pharmacists Cooperative Society" % pick(LGAS)[0],
                     "%s Polytechnic Staff Cooperative Society" % W]) if GEO[metro][6] else \
            "%s Women Multipurpose Cooperative Society" % W
    elif kind == "org/ngo":
        base = pick(["Incorporated Trustees of %s Foundation" % W, "%s Initiative" % W,
                     "%s Health Foundation" % W, "%s Care Initiative" % W])
        if base.startswith("Incorporated"):
            legal = ""
    else:  # corporate
        base = W + " " + pick(["Industries", "Oil & Gas", "Logistics", "Foods", "Energy", "Packaging",
                               "Beverages", "Construction"])
    company = join_legal(base, legal)
    if kind in ("org/patent_medicine_store", "org/wholesaler", "org/supermarket") and not legal and chance(0.1):
        company = "%s (BN %07d)" % (company, R.randrange(10 ** 7))
    elif legal in ("Ltd", "Limited", "Nig. Ltd") and chance(0.04):
        company = "%s (RC %06d)" % (company, R.randrange(10 ** 6))
    if base.startswith("Incorporated Trustees of "):
        short = base[len("Incorporated Trustees of "):]
    else:
        short = base
    return company, short, W, legal, ep


TRADE_SFX = {"pharmacy": "pharmacy", "pharmaceuticals": "pharma", "chemist": "chemist", "chemists": "chemists",
             "medicine": "meds", "hospital": "hospital", "hospitals": "hospitals", "clinic": "clinic",
             "supermarket": "supermarket", "stores": "stores", "mart": "mart", "superstores": "stores",
             "school": "school", "schools": "schools", "college": "college", "academy": "academy",
             "foundation": "foundation", "church": "church", "mosque": "mosque", "chapel": "chapel",
             "enterprises": "ent", "ventures": "ventures", "industries": "ind", "foods": "foods",
             "logistics": "logistics", "diagnostic": "diagnostics", "laboratory": "lab", "initiative": "init",
             "cooperative": "coop", "society": "soc", "assembly": "assembly", "concepts": "concepts"}
EMAIL_LOCALS = {"religious": ["info", "admin", "accounts", "office", "secretary", "church.office"],
                "ngo": ["info", "admin", "accounts", "programmes"],
                "school": ["info", "admin", "bursar", "accounts", "school.office"],
                "hospital": ["info", "accounts", "admin", "procurement", "pharmacy", "stores"],
                "clinic": ["info", "accounts", "admin", "procurement", "frontdesk"],
                "cooperative": ["info", "secretary", "treasurer", "accounts"]}


def dom_slug(short):
    t = s2(short).split()
    dist = [w for w in t if w not in GENERIC and w not in ("and", "of", "the")]
    sfx = ""
    for w in t:
        if w in TRADE_SFX:
            sfx = TRADE_SFX[w]
            break
    base = "".join(dist) or "".join(t[:2])
    d = base + sfx
    if len(d) > 22:
        d = base[:20]
    return d


def org_email(eid, short, kind):
    ds = dom_slug(short)
    k = kind.split("/")[1]
    locals_ = EMAIL_LOCALS.get(k, ["info", "accounts", "admin", "procurement", "sales", "purchasing",
                                   "orders", "enquiries", "finance"])
    for t in range(80):
        tld = pick([".com.ng", ".com.ng", ".ng", ".com", ".org.ng" if k in ("religious", "ngo", "school") else ".com"])
        r = R.random()
        if r < 0.5:
            e = pick(locals_) + "@" + ds + tld
        else:
            e = pick([ds, ds + str(R.randint(1, 99)), ds + pick(["ng", "nig", "ltd", "2014", "2019"]),
                      ds[:10] + "." + pick(["accounts", "info", "office"])]) + "@" + wpick(PUBLIC_DOMAINS)
        if t > 20:
            e = e.replace("@", str(R.randint(1, 99)) + "@", 1)
        if e not in EMAIL_OWN and email_free(e, eid):
            email_register(e, eid)
            return e
    raise RuntimeError("org email")


def contact_person(eth=None, gender=None):
    et = eth or wpick(ETHNIC_W)
    M, F, S, xt = ETHNIC[et]
    gd = gender or pick("mf")
    g = pick(XT_M if gd == "m" else XT_F) if chance(xt) else pick(M if gd == "m" else F)
    return (g, pick(S))


ORG_HINT = {"org/pharmacy": [("com", 60), ("plaza", 25), ("market", 15)],
            "org/patent_medicine_store": [("market", 50), ("com", 35), ("plaza", 15)],
            "org/hospital": [("street", 85), ("com", 15)], "org/clinic": [("com", 75), ("plaza", 25)],
            "org/supermarket": [("com", 80), ("plaza", 20)],
            "org/wholesaler": [("market", 75), ("com", 25)],
            "org/religious": [("street", 100)], "org/school": [("street", 70), ("res", 30)],
            "org/cooperative": [("street", 100)], "org/ngo": [("com", 70), ("plaza", 30)],
            "org/corporate": [("street", 60), ("com", 40)], "org/government": [("gov", 100)]}


def mk_org(kind, metro=None, hint=None, name=None, unique_vs=None):
    eid = new_eid()
    m = metro or wpick(METRO_W)
    for _ in range(400):
        ct = contact_person() if chance(0.75) else None
        if name:
            company, short, W, legal, ep = name
        else:
            company, short, W, legal, ep = org_name(kind, m, ct)
        c1, c2 = name_core(company), name_core(short)
        if name or (c1 not in CORE_USED and c2 not in CORE_USED and
                    (unique_vs is None or (c1 not in unique_vs and c2 not in unique_vs))):
            break
    else:
        raise RuntimeError("org names exhausted")
    CORE_USED.setdefault(c1, eid)
    CORE_USED.setdefault(c2, eid)
    if ep and not ct:
        ep = False
    e = {"id": eid, "kind": kind, "org": True, "company": company, "short": short, "W": W,
         "legal": legal, "eponym": ep, "contact": ct, "trade": None}
    if kind in ("org/pharmacy", "org/patent_medicine_store", "org/hospital", "org/clinic", "org/supermarket",
                "org/wholesaler", "org/corporate") and not name and chance(0.15):
        # trade name differs from the registered name
        e["trade"] = short
        reg = pick(["%s %s Ventures" % (ct[0], ct[1]) if ct else W + " Holdings",
                    W + " Healthcare Services", W + " Global Resources"])
        reg = join_legal(reg, pick(["Ltd", "Nig. Ltd", "Limited", "Ltd"]))
        if name_core(reg) not in CORE_USED:
            e["company"] = reg
            CORE_USED.setdefault(name_core(reg), eid)
        else:
            e["trade"] = None
    e["phones"] = [fresh_mobile(eid)]
    r = R.random()
    if r < 0.2:
        e["phones"].append(fresh_mobile(eid))
    elif r < 0.26 and m == "lagos":
        e["phones"].append(fresh_landline(eid))
    e["email"] = org_email(eid, short, kind) if chance(0.9) else None
    h = hint or wpick(ORG_HINT[kind])
    if kind == "org/cooperative" and " Traders " in company and not hint:
        h = "market"
    e["addr"] = make_addr(eid, h, m)
    ENTS[eid] = e
    return e


# ----------------------------------------------------------------------------
# Rendering of records
# ----------------------------------------------------------------------------
MARK_SNR = ["Snr.", "Snr", "(Snr)", "Sr.", "Senior"]
MARK_JNR = ["Jnr.", "Jnr", "(Jnr)", "Jr.", "Junior"]


def blank():
    return {"displayName": None, "givenName": None, "familyName": None, "companyName": None,
            "email": None, "phone": None, "address": None}


def copy_rec(r):
    c = dict(r)
    if r["address"] is not None:
        c["address"] = dict(r["address"])
    return c


def upper_rec(r, email_too):
    c = copy_rec(r)
    for k in NAME_FIELDS:
        if c[k]:
            c[k] = c[k].upper()
    if c["address"]:
        for k in ("line1", "line2", "city", "region", "country"):
            if c["address"][k]:
                c["address"][k] = c["address"][k].upper()
    if email_too and c["email"]:
        c["email"] = c["email"].upper()
    return c


def lower_rec(r):
    c = copy_rec(r)
    for k in NAME_FIELDS:
        if c[k]:
            c[k] = c[k].lower()
    if c["address"]:
        for k in ("line1", "line2", "city", "region"):
            if c["address"][k]:
                c["address"][k] = c["address"][k].lower()
    return c


def chain_display(e, label):
    n, t = e["chain"][0], e["chain"][1]
    st = e["chain_style"]
    return {0: "%s %s - %s" % (n, t, label), 1: "%s %s (%s)" % (n, t, label),
            2: "%s - %s" % (n, label), 3: "%s %s %s" % (n, t, label)}[st]


def person_display(e, gn, fam, style):
    first = gn.split()[0]
    t = e.get("title")
    if style == "title" and t:
        dn = "%s %s %s" % (t, first, fam)
    elif style == "official":
        dn = "%s %s" % (fam.upper(), gn if " " in gn else (gn + (" " + e["middle"] if e["middle"] else "")))
    elif style == "comma":
        dn = "%s, %s" % (fam, first)
    elif style == "full" and e["middle"]:
        dn = "%s %s %s" % (e["given"], e["middle"], fam)
    elif style == "short" and e["nick"]:
        dn = "%s %s" % (e["nick"], fam)
    else:
        dn = "%s %s" % (first, fam)
    if e.get("marker"):
        dn = dn + " " + e["marker"]
    return dn


def render_existing(e):
    r = blank()
    if not e["org"]:
        ff = family_forms(e)
        form = wpick([("married", 60), ("maiden", 20), ("both", 20)]) if len(ff) > 1 else "married"
        fam = ff[form]
        gn = person_given_field(e, chance(0.2))
        if e["nick"] and chance(0.08):
            gn = e["nick"]
        r["givenName"], r["familyName"] = gn, fam
        if e["kind"] == "person/sole_trader" and chance(0.7):
            r["displayName"] = e["trade"] if chance(0.8) else "%s - %s %s" % (e["trade"], gn.split()[0], fam)
        else:
            tw = 60 if e["kind"] == "person/professional" else (
                45 if e.get("title") in ("Alhaji", "Alh.", "Alhaja", "Hajia", "Chief", "Chief (Mrs.)") else 22)
            style = wpick([("plain", 45), ("title", tw if e.get("title") else 0), ("official", 8),
                           ("comma", 7), ("full", 10), ("short", 8)])
            r["displayName"] = person_display(e, gn, fam, style)
    else:
        r["companyName"] = e["company"]
        if e.get("chain"):
            r["displayName"] = chain_display(e, e["branch"])
        elif e.get("trade"):
            r["displayName"] = e["trade"]
        else:
            r["displayName"] = wpick([(e["company"], 60), (e["short"], 40)])
        if e["contact"] and (e["eponym"] or chance(0.55)):
            r["givenName"], r["familyName"] = e["contact"]
    r["email"] = e["email"]
    nums = e["phones"] if chance(0.8) else e["phones"][:1]
    r["phone"] = fmt_phone(nums)
    r["address"] = render_addr(e["addr"], existing=True)
    keep = e.get("keep", [])
    if r["email"] and "email" not in keep and chance(0.04):
        r["email"] = None
    if "phone" not in keep and chance(0.10):
        r["phone"] = None
    if "address" not in keep and chance(0.16):
        r["address"] = None
    if not (r["email"] or r["phone"] or r["address"]):
        r["phone"] = fmt_phone(e["phones"])
    e["plain"] = copy_rec(r)
    if e.get("caps"):
        r = upper_rec(r, chance(0.5))
    return r


def render_incoming(e, style=None):
    r = blank()
    if not e["org"]:
        ff = family_forms(e)
        fam = ff["married"] if len(ff) == 1 or chance(0.7) else ff[pick(["maiden", "both"])]
        gn = e["given"]
        if e["nick"] and chance(0.25):
            gn = e["nick"]
        if e["middle"] and chance(0.15):
            gn = gn + " " + e["middle"]
        r["givenName"], r["familyName"] = gn, fam
        if e["kind"] == "person/sole_trader" and chance(0.5):
            r["displayName"] = e["trade"]
        else:
            r["displayName"] = person_display(e, gn, fam, wpick([("plain", 65), ("title", 15), ("full", 8),
                                                                 ("comma", 4), ("official", 4), ("short", 4)]))
    else:
        c = e["company"]
        if chance(0.2):
            c = swap_legal(c, e["kind"]) or c
        r["companyName"] = c
        if e.get("chain"):
            r["displayName"] = chain_display(e, e["branch"])
        else:
            r["displayName"] = pick([c, e["short"], c, e["trade"] or e["short"]])
        if e["contact"] and (e["eponym"] or chance(0.5)):
            r["givenName"], r["familyName"] = e["contact"]
    r["email"] = e["email"] if chance(0.9) else None
    r["phone"] = fmt_phone(e["phones"] if chance(0.7) else e["phones"][:1], incoming=True) if chance(0.9) else None
    r["address"] = render_addr(e["addr"], existing=False) if chance(0.85) else None
    if not (r["email"] or r["phone"] or r["address"]):
        r["phone"] = fmt_phone(e["phones"], incoming=True)
    if style == "upper":
        r = upper_rec(r, False)
    elif style == "lower":
        r = lower_rec(r)
    return r


LEGAL_FORMS_ORDER = ["Limited by Guarantee", "Nigeria Limited", "Nig. Ltd", "(Nig) Ltd", "Nig Ltd",
                     "Ltd/Gte", "Ltd/GTE", "Limited", "Ltd.", "Ltd", "LTD", "Plc.", "PLC", "Plc"]
LEGAL_KEY = {"Limited by Guarantee": "Ltd/Gte", "Ltd/GTE": "Ltd/Gte", "Nig Ltd": "Nig. Ltd",
             "Ltd.": "Ltd", "LTD": "Ltd", "Plc.": "Plc", "PLC": "Plc"}


REG_RE = re.compile(r"\s*\((?:BN|RC)\s*\d+\)$", re.I)


def swap_legal(c, kind):
    if REG_RE.search(c):
        return REG_RE.sub("", c)
    if c.startswith("Incorporated Trustees of "):
        return c[len("Incorporated Trustees of "):]
    for lf in LEGAL_FORMS_ORDER:
        if c.lower().endswith(" " + lf.lower()):
            key = LEGAL_KEY.get(lf, lf)
            alt = [x for x in LEGAL_SWAP.get(key, ["Ltd"]) if x.lower() != lf.lower()]
            base = c[:len(c) - len(lf)].rstrip()
            if chance(0.15):
                return base
            return base + " " + pick(alt)
    if kind in ("org/government",):
        return None
    if kind in ("org/religious", "org/ngo") and chance(0.5):
        return "Incorporated Trustees of " + c
    return c + " " + pick(["Ltd", "Nig. Ltd", "Limited", "Ent."] if kind in (
        "org/patent_medicine_store", "org/wholesaler") else ["Ltd", "Nig. Ltd", "Limited"])


# ----------------------------------------------------------------------------
# Existing customer base with its intended collisions
# ----------------------------------------------------------------------------
EXISTING = []          # entity ids in creation order
STRUCT = {"chains": [], "groups": [], "bookkeepers": {}, "households": [], "namesakes": [],
          "fathers": [], "gov": []}


def add_existing(e):
    EXISTING.append(e["id"])


def build_chains():
    for ci, (n, t, dom) in enumerate(CHAINS):
        company = "%s %s %s" % (n, t, pick(["Ltd", "Limited", "Nig. Ltd", "Ltd"]))
        style = R.randrange(4)
        locs = []
        for m in ["lagos"] * 6 + ["abuja", "ph", "ibadan", "enugu", "benin", "kano", "warri", "uyo"]:
            if m == "lagos":
                for a in GEO["lagos"][5]:
                    locs.append((m, a, "VI" if a == "Victoria Island" and chance(0.5) else a))
            elif m == "abuja":
                locs.append((m, "Wuse", "Wuse"))
                locs.append((m, "Garki", "Garki"))
            else:
                locs.append((m, "", CITY_GENERIC_DISPLAY[m]))
        uniq = []
        for x in locs:
            if x not in uniq:
                uniq.append(x)
        R.shuffle(uniq)
        nb = R.randint(3, 5)
        mailbox = "accounts@" + dom
        info = {"chain": (n, t, dom), "company": company, "style": style, "mailbox": mailbox,
                "free_locs": uniq[nb:], "members": []}
        CORE_USED.setdefault(name_core(company), "chain%d" % ci)
        for (m, a, label) in uniq[:nb]:
            eid = new_eid()
            ct = contact_person() if chance(0.5) else None
            e = {"id": eid, "kind": "org/chain_branch", "org": True, "company": company,
                 "short": "%s %s" % (n, t), "W": n, "legal": "", "eponym": False, "contact": ct,
                 "trade": None, "chain": (n, t, dom), "chain_style": style, "branch": label,
                 "chain_info": info}
            e["phones"] = [fresh_mobile(eid)]
            if chance(0.5):
                e["email"] = mailbox
                email_register(mailbox, eid)
                e["keep"] = ["email"]
            else:
                loc = slug(label)
                e["email"] = "%s@%s" % (loc, dom)
                if not email_free(e["email"], eid):
                    e["email"] = "%s.branch@%s" % (loc, dom)
                email_register(e["email"], eid)
            e["addr"] = make_addr(eid, pick(["com", "plaza"]), m, a)
            ENTS[eid] = e
            info["members"].append(eid)
            add_existing(e)
        STRUCT["chains"].append(info)


def build_groups():
    for (G, sectors, dom, metro) in GROUPS:
        nb = R.randint(2, 4)
        secs = list(sectors)
        R.shuffle(secs)
        ap = pick(["ap@", "payables@", "accounts.payable@"]) + dom
        info = {"G": G, "dom": dom, "ap": ap, "free": secs[nb:], "members": [], "metro": metro}
        hq = None
        for s in secs[:nb]:
            eid = new_eid()
            company = "%s %s %s" % (G, s, pick(["Ltd", "Limited", "Nig. Ltd", "Ltd"]))
            short = "%s %s" % (G, s)
            CORE_USED.setdefault(name_core(company), eid)
            e = {"id": eid, "kind": "org/group_company", "org": True, "company": company,
                 "short": short, "W": G, "legal": "", "eponym": False,
                 "contact": contact_person() if chance(0.6) else None, "trade": None,
                 "group": info}
            e["phones"] = [fresh_mobile(eid)]
            if hq is None:
                hq = make_addr(eid, "street", metro)
                hq["landmark"] = None
                info["hq"] = hq
            else:
                own_add(ADDR_OWN, addr_key({"line1": hq["line1"], "city": hq["city"]}), eid)
            e["addr"] = dict(hq)
            if chance(0.7):
                e["email"] = ap
                email_register(ap, eid)
                e["keep"] = ["email", "address"]
            else:
                e["email"] = "%s@%s" % (slug(s), dom)
                email_register(e["email"], eid)
                e["keep"] = ["address"]
            ENTS[eid] = e
            info["members"].append(eid)
            add_existing(e)
        STRUCT["groups"].append(info)


def gov_email(eid, name, jur):
    words = [w for w in s2(name).split() if w not in ("of", "and", "the")]
    jt = s2(jur[1]).split()
    body = [w for w in words if w not in jt and w not in ("state", "fct")]
    ini = "".join(w[0] for w in body)[:6] or "hq"
    js = "".join(jt)
    dom = ("%sstate.gov.ng" % js if jur[1] != "FCT" else "fcta.gov.ng") if jur[0] == "state" else "%slg.gov.ng" % js[:12]
    for t in range(40):
        sfx = str(R.randint(1, 99)) if t else ""
        if chance(0.5):
            e = "%s%s@%s" % (pick([ini, "procurement." + ini, "accounts." + ini, ini + ".stores"]), sfx, dom)
        else:
            e = "%s%s%s@%s" % (js[:8], ini, sfx or str(R.randint(1, 99)) if chance(0.5) else sfx,
                                pick(["gmail.com", "yahoo.com"]))
        if e not in EMAIL_OWN and email_free(e, eid):
            email_register(e, eid)
            return e
    raise RuntimeError("gov email")


def mk_gov(name, jur, metro, lga_street=None, shared_sec=None, unique=True):
    eid = new_eid()
    core = name_core(name)
    if unique and core in CORE_USED:
        return None
    CORE_USED.setdefault(core, eid)
    e = {"id": eid, "kind": "org/government", "org": True, "company": name, "short": name,
         "W": jur[1], "legal": "", "eponym": False, "contact": contact_person() if chance(0.6) else None,
         "trade": None, "jur": jur}
    e["phones"] = [fresh_mobile(eid)]
    if metro == "lagos" and chance(0.15):
        e["phones"].append(fresh_landline(eid))
    e["email"] = gov_email(eid, name, jur) if chance(0.85) else None
    if lga_street:
        a = make_addr(eid, "com", metro, None if metro != "lagos" else
                      [x[2] for x in LGAS if x[0] == jur[1]][0],
                      fixed_line1=lga_street)
        own_add(ADDR_OWN, addr_key({"line1": a["line1"], "city": a["city"]}), eid)
    elif shared_sec:
        a = make_addr(eid, "gov", metro, fixed_line1=shared_sec)
        own_add(ADDR_OWN, addr_key({"line1": a["line1"], "city": a["city"]}), eid)
    else:
        a = make_addr(eid, "gov", metro)
    a["landmark"] = None
    if a["line2"] and s2(a["line2"]) in s2(a["line1"]):
        a["line2"] = None
    e["addr"] = a
    e["keep"] = ["address"]
    ENTS[eid] = e
    return e


def gov_name(jur, body):
    kind, j = jur
    if kind == "state":
        if j == "FCT":
            return "FCT " + body if body != "Government" else "FCT Administration"
        return "%s State %s" % (j, body)
    return "%s %s" % (j, body)


LGA_STREETS = {}


def build_gov(n_target=36):
    made = 0
    states = list(GOV_STATES) + [("FCT", "abuja")]
    while made < n_target:
        if chance(0.65):
            st, metro = pick(states)
            body = pick(GOV_BODIES)
            jur = ("state", st)
            name = gov_name(jur, body)
            g = GEO[metro]
            shared = g[7][0] if chance(0.45) else None
            e = mk_gov(name, jur, metro, shared_sec=shared)
        else:
            lg, metro, area = pick(LGAS)
            unit = pick(LGA_UNITS)
            jur = ("lga", lg)
            name = gov_name(jur, unit)
            if lg not in LGA_STREETS:
                streets = GEO[metro][5][area if metro == "lagos" else list(GEO[metro][5])[0]][2]
                LGA_STREETS[lg] = "%s Local Government Secretariat, %s" % (lg, pick(streets))
            e = mk_gov(name, jur, metro, lga_street=LGA_STREETS[lg])
        if e is None:
            continue
        e["body"] = name
        add_existing(e)
        STRUCT["gov"].append(e["id"])
        made += 1


def build_bookkeepers():
    for bk in BOOKKEEPERS:
        email_register(bk, "bk:" + bk)
    for bk in BOOKKEEPERS:
        EMAIL_OWN[bk] = []
        metro = pick(["lagos", "lagos", "abuja", "ph", "onitsha", "ibadan", "kano", "enugu", "uyo"])
        members = []
        for _ in range(R.randint(3, 5)):
            kind = pick(["person/sole_trader", "org/patent_medicine_store", "org/pharmacy",
                         "org/clinic", "person/sole_trader", "org/supermarket"])
            e = mk_person(kind, metro=metro) if kind.startswith("person") else mk_org(kind, metro)
            if e["email"]:
                k = e["email"].lower()
                EMAIL_OWN[k] = [x for x in EMAIL_OWN[k] if x != e["id"]]
            e["email"] = bk
            email_register(bk, e["id"])
            e["keep"] = ["email"]
            e["bookkeeper"] = bk
            members.append(e["id"])
            add_existing(e)
        STRUCT["bookkeepers"][bk] = members


def build_households(n=40):
    for _ in range(n):
        eth = wpick([(k, w) for k, w in ETHNIC_W if k != "hausa"] + [("hausa", 5)])
        h = mk_person(pick(["person/household", "person/professional"]), eth=eth, gender="m")
        M, F, S, xt = ETHNIC[eth]
        w = mk_person(pick(["person/household", "person/household", "person/sole_trader"]), eth=eth,
                      gender="f", family=h["family"], metro=h["addr"]["metro"])
        if w["given"] == h["given"]:
            continue
        # the wife lives at the husband's address
        k_old = addr_key({"line1": w["addr"]["line1"], "city": w["addr"]["city"]})
        ADDR_OWN[k_old] = [x for x in ADDR_OWN[k_old] if x != w["id"]]
        w["addr"] = dict(h["addr"])
        own_add(ADDR_OWN, addr_key({"line1": h["addr"]["line1"], "city": h["addr"]["city"]}), w["id"])
        if w.get("maiden") is None and eth != "hausa":
            set_maiden(w, S)
        if chance(0.25) and h["email"]:
            if w["email"]:
                k = w["email"].lower()
                EMAIL_OWN[k] = [x for x in EMAIL_OWN[k] if x != w["id"]]
            w["email"] = h["email"]
            email_register(h["email"], w["id"])
        h["keep"] = ["address"]
        w["keep"] = ["address"]
        h["household"] = w["id"]
        w["household"] = h["id"]
        add_existing(h)
        add_existing(w)
        STRUCT["households"].append((h["id"], w["id"]))


def build_namesakes(n=20):
    names = list(COMMON_NAMES)
    R.shuffle(names)
    for (eth, gd, g, f) in names[:n]:
        a = mk_person(pick(["person/household", "person/sole_trader", "person/professional"]),
                      eth=eth, gender=gd, given=g, family=f, dup_ok=True)
        m2 = pick([m for m in ETHNIC_METRO[eth] + ["lagos", "abuja"] if m != a["addr"]["metro"]])
        b = mk_person(pick(["person/household", "person/sole_trader"]), eth=eth, gender=gd,
                      given=g, family=f, dup_ok=True, metro=m2)
        a["keep"] = ["address"]
        b["keep"] = ["address"]
        add_existing(a)
        add_existing(b)
        STRUCT["namesakes"].append((a["id"], b["id"]))


def build_fathers(n_pairs=10, n_single=20):
    for i in range(n_pairs + n_single):
        eth = wpick([(k, w) for k, w in ETHNIC_W])
        fa = mk_person("person/household", eth=eth, gender="m")
        fa["age"] = "old"
        fa["title"] = pick(["Chief", "Alhaji", "Elder", "Prince", "Dr.", "Chief"]) if eth not in (
            "hausa", "yoruba_muslim") else pick(["Alhaji", "Alh.", "Mallam"])
        if i < n_pairs or chance(0.75):
            fa["marker"] = pick(MARK_SNR)
            son = None
            if i < n_pairs:
                son = mk_person("person/household", eth=eth, gender="m", given=fa["given"],
                                family=fa["family"], dup_ok=True, metro=fa["addr"]["metro"])
                son["marker"] = pick(MARK_JNR)
                son["age"] = "young"
                son["title"] = None
                if chance(0.5):
                    k_old = addr_key({"line1": son["addr"]["line1"], "city": son["addr"]["city"]})
                    ADDR_OWN[k_old] = [x for x in ADDR_OWN[k_old] if x != son["id"]]
                    son["addr"] = dict(fa["addr"])
                    own_add(ADDR_OWN, addr_key({"line1": fa["addr"]["line1"], "city": fa["addr"]["city"]}), son["id"])
                son["father"] = fa["id"]
                fa["son"] = son["id"]
            add_existing(fa)
            if son:
                add_existing(son)
            STRUCT["fathers"].append(fa["id"])
        else:
            # a son recorded with "Jnr"; his father is not yet a customer
            fa["marker"] = pick(MARK_JNR)
            fa["age"] = "young"
            fa["title"] = None
            add_existing(fa)
            STRUCT["fathers"].append(fa["id"])
        fa["keep"] = ["address"]


EXISTING_KIND_TARGET = [("person/household", 300), ("person/professional", 150),
                        ("person/sole_trader", 190),
                        ("org/pharmacy", 150), ("org/patent_medicine_store", 75), ("org/hospital", 55),
                        ("org/clinic", 55), ("org/supermarket", 65), ("org/wholesaler", 85),
                        ("org/religious", 40), ("org/school", 45), ("org/cooperative", 25),
                        ("org/ngo", 20), ("org/corporate", 20)]


def build_existing():
    build_plazas()
    build_chains()
    build_groups()
    build_gov()
    build_bookkeepers()
    build_households()
    build_namesakes()
    build_fathers()
    for m, mk, n in (("lagos", "Idumota Market", 6), ("onitsha", "Onitsha Main Market", 6),
                     ("aba", "Ariaria International Market", 5), ("onitsha", "Bridge Head Drug Market", 4),
                     ("kano", "Singer Market", 3), ("lagos", "Oke-Arin Market", 3)):
        for _ in range(n):
            k = pick(["org/wholesaler", "org/wholesaler", "org/patent_medicine_store"])
            add_existing(mk_org(k, m, hint="market:" + mk))
    have = {}
    for eid in EXISTING:
        have[ENTS[eid]["kind"]] = have.get(ENTS[eid]["kind"], 0) + 1
    todo = []
    for k, n in EXISTING_KIND_TARGET:
        todo += [k] * max(0, n - have.get(k, 0))
    R.shuffle(todo)
    for k in todo:
        if len(EXISTING) >= N_EXISTING:
            break
        e = mk_person(k) if k.startswith("person") else mk_org(k)
        add_existing(e)
    while len(EXISTING) < N_EXISTING:
        k = pick(["person/household", "org/pharmacy", "person/sole_trader", "org/supermarket"])
        e = mk_person(k) if k.startswith("person") else mk_org(k)
        add_existing(e)
    # ALL-CAPS legacy imports
    for eid in EXISTING:
        if chance(0.07):
            ENTS[eid]["caps"] = True
    recs = {}
    for eid in EXISTING:
        recs[eid] = render_existing(ENTS[eid])
    # QBO display names are unique (case-insensitive): the bookkeeper qualifies collisions
    used = {}
    for eid in EXISTING:
        r = recs[eid]
        dn = r["displayName"]
        if dn.casefold() in used:
            e = ENTS[eid]
            town = CITY_GENERIC_DISPLAY[e["addr"]["metro"]]
            suf = " (%s)" % town
            k = 2
            while (dn + suf).casefold() in used:
                suf = " - %d" % k
                k += 1
            r["displayName"] = dn + (suf.upper() if e.get("caps") else suf)
            e["plain"]["displayName"] = e["plain"]["displayName"] + suf
            e["qualified"] = True
        used[r["displayName"].casefold()] = eid
    order = sorted(EXISTING, key=lambda x: recs[x]["displayName"].casefold())
    return order, recs


# ----------------------------------------------------------------------------
# Variation operators (upstream systems: web shop, sales reps' app, imports)
# ----------------------------------------------------------------------------
NICK_LONG_L = {a.lower(): b for a, b in NICK_PAIRS}
NICK_SHORT_L = {b.lower(): a for a, b in NICK_PAIRS}
SPELL_OF_L = {}
for _cl in SPELL_CLASSES:
    for _n in _cl:
        SPELL_OF_L[_n.lower()] = _cl


def case_like(src, new):
    if src.isupper() and len(src) > 1:
        return new.upper()
    if src.islower():
        return new.lower()
    return new


def replace_word(text, old, new):
    if not text:
        return text
    pat = re.compile(r"(?<![A-Za-z])" + re.escape(old) + r"(?![A-Za-z])", re.I)
    return pat.sub(lambda m: case_like(m.group(0), new), text, count=1)


def typo_word(w):
    for _ in range(30):
        n = len(w)
        kind = pick(["del", "dup", "sub", "swap"])
        i = R.randint(1, n - 1)
        if kind == "del":
            x = w[:i] + w[i + 1:]
        elif kind == "dup":
            x = w[:i] + w[i] + w[i:]
        elif kind == "sub":
            c = pick("aeiourntslkmdbgy")
            c = c.upper() if w[i].isupper() else c
            x = w[:i] + c + w[i + 1:]
        else:
            if i >= n - 1:
                continue
            x = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if x != w and x[0] == w[0] and dl(x.lower(), w.lower()) == 1 and x.lower() != w.lower():
            return x
    return None


def alpha_tokens(text, minlen=4):
    return [t for t in re.findall(r"[A-Za-z]+", text or "") if len(t) >= minlen]


class Ctx:
    def __init__(self, e, eid_owner, protect):
        self.e = e
        self.eid = eid_owner
        self.protect = protect


def op_phone_format(r, c):
    if not r["phone"]:
        return False
    nums = phone_keys(r["phone"])
    for _ in range(10):
        p = fmt_phone(nums, incoming=True)
        if p != r["phone"]:
            r["phone"] = p
            return True
    return False


def op_phone_ext(r, c):
    if not r["phone"]:
        return False
    nums = phone_keys(r["phone"])
    extra = [n for n in c.e["phones"] if n not in nums]
    n = extra[0] if extra else fresh_mobile(c.eid)
    r["phone"] = fmt_phone(nums + [n], incoming=True)
    return True


def op_phone_partial(r, c):
    if not r["phone"]:
        return False
    nums = phone_keys(r["phone"])
    if len(nums) < 2:
        return False
    keep = [n for n in nums if PHONE_OWN.get(n) == [c.eid]]
    if c.protect == "phone" and not keep:
        return False
    r["phone"] = fmt_phone(keep[:1] if c.protect == "phone" else [pick(nums)], incoming=True)
    return True


def op_phone_missing(r, c):
    if not r["phone"] or c.protect == "phone":
        return False
    r["phone"] = None
    return True


def op_phone_changed(r, c):
    if not r["phone"] or c.protect == "phone":
        return False
    r["phone"] = fmt_phone([fresh_mobile(c.eid)], incoming=True)
    return True


def op_phone_added(r, c):
    if r["phone"]:
        return False
    r["phone"] = fmt_phone(c.e["phones"], incoming=True)
    return True


def op_phone_typo(r, c):
    if not r["phone"] or c.protect == "phone":
        return False
    nums = phone_keys(r["phone"])
    if len(nums) != 1 or len(nums[0]) != 10:
        return False
    n = nums[0]
    for _ in range(20):
        i = R.randint(3, 9)
        d = str(R.randint(0, 9))
        x = n[:i] + d + n[i + 1:]
        if x != n and x not in PHONE_OWN:
            own_add(PHONE_OWN, x, c.eid)
            r["phone"] = fmt_phone([x], incoming=True)
            return True
    return False


def op_email_case(r, c):
    e = r["email"]
    if not e:
        return False
    x = e.upper() if chance(0.5) else e[0].upper() + e[1:]
    if x == e:
        x = e.lower() if e != e.lower() else e.upper()
    if x == e:
        return False
    r["email"] = x
    return True


def op_email_typo(r, c):
    e = r["email"]
    if not e:
        return False
    loc, dom = e.split("@", 1)
    if len(loc) < 4:
        return False
    for _ in range(20):
        x = typo_word(loc)
        if not x:
            continue
        ne = x + "@" + dom
        k = ne.lower()
        if k not in EMAIL_OWN and email_free(ne, c.eid) and k[0] == e.lower()[0]:
            # the typo must not come within one edit of anybody else's mailbox
            ok = True
            for cnd in email_near(k):
                if any(o != c.eid for o in EMAIL_OWN[cnd]):
                    ok = False
            if ok:
                r["email"] = ne
                return True
    return False


DOMAIN_ALT = {"yahoo.com": ["yahoo.co.uk", "ymail.com"], "yahoo.co.uk": ["yahoo.com"],
              "ymail.com": ["yahoo.com"], "gmail.com": ["yahoo.com", "hotmail.com"],
              "hotmail.com": ["outlook.com", "live.com"], "outlook.com": ["hotmail.com"]}


def op_email_domain(r, c):
    e = r["email"]
    if not e or c.protect == "email":
        return False
    loc, dom = e.lower().split("@", 1)
    if dom in DOMAIN_ALT:
        alts = DOMAIN_ALT[dom]
    elif dom.endswith(".com.ng"):
        alts = [dom[:-7] + ".com", dom[:-7] + ".ng"]
    elif dom.endswith(".ng"):
        alts = [dom[:-3] + ".com.ng", dom[:-3] + ".com"]
    elif dom.endswith(".com"):
        alts = [dom[:-4] + ".com.ng"]
    else:
        return False
    ne = loc + "@" + pick(alts)
    if ne in EMAIL_OWN or not email_free(ne, c.eid):
        return False
    email_register(ne, c.eid)
    r["email"] = ne
    return True


def op_email_missing(r, c):
    if not r["email"] or c.protect == "email":
        return False
    r["email"] = None
    return True


def new_email_for(c):
    e = c.e
    if e["org"]:
        return org_email(c.eid, e["short"], e["kind"])
    return person_email(c.eid, e["given"], e["family"], e["nick"])


def op_email_changed(r, c):
    if not r["email"] or c.protect == "email":
        return False
    r["email"] = new_email_for(c)
    return True


def op_email_added(r, c):
    if r["email"]:
        return False
    e = c.e["email"]
    if e and EMAIL_OWN.get(e.lower()) == [c.eid] and chance(0.6):
        r["email"] = e
    else:
        r["email"] = new_email_for(c)
    return True


def first_tok(x):
    return x.split()[0] if x else x


def op_dn_rebuild(r, c):
    if c.e["org"]:
        if not r["companyName"] or r["displayName"] == r["companyName"]:
            return False
        r["displayName"] = r["companyName"]
        return True
    if not (r["givenName"] and r["familyName"]):
        return False
    dn = "%s %s" % (first_tok(r["givenName"]), r["familyName"])
    if dn == r["displayName"]:
        return False
    r["displayName"] = dn
    return True


def op_dn_short(r, c):
    if not c.e["org"] or r["displayName"] == c.e["short"]:
        return False
    r["displayName"] = c.e["short"] if not c.e.get("chain") else c.e["short"]
    return True


TITLE_RE = re.compile(r"^((?:[A-Za-z]+\.?|\([A-Za-z]+\.?\))\s+)")


def strip_titles(dn):
    out = dn
    changed = False
    while True:
        m = TITLE_RE.match(out)
        if not m:
            break
        tok = m.group(1)
        if s2(tok) and all(w in TITLE_SET for w in s2(tok).split()) and len(out.split()) > 2:
            out = out[len(tok):]
            changed = True
        else:
            break
    return out if changed else None


def op_dn_title(r, c):
    if c.e["org"] or not r["displayName"]:
        return False
    st = strip_titles(r["displayName"])
    if st:
        r["displayName"] = st
        return True
    e = c.e
    allowed = s2(" ".join(x for x in (e["given"], e["middle"], e["family"], e.get("maiden"), e["nick"],
                                       "snr sr senior jnr jr junior") if x)).split()
    if not all(w in allowed for w in s2(r["displayName"]).split()):
        return False
    t = c.e.get("title") or pick(titles_for(c.e["eth"], c.e["gender"], c.e["age"]))
    r["displayName"] = t + " " + r["displayName"]
    return True


QUAL_RE = re.compile(r"(\s+\([^()]*\)|\s+-\s+\d+)$")


def op_dn_qualifier(r, c):
    dn = r["displayName"]
    if not dn:
        return False
    m = QUAL_RE.search(dn)
    if not m or s2(m.group(0)) in ("snr", "jnr"):
        return False
    r["displayName"] = dn[:m.start()]
    return True


def op_dn_surname_first(r, c):
    if c.e["org"] or not (r["givenName"] and r["familyName"]):
        return False
    gn, fam = r["givenName"], r["familyName"]
    dn = pick(["%s %s" % (fam.upper(), gn), "%s, %s" % (fam, gn), "%s %s" % (fam, gn)])
    if dn == r["displayName"]:
        return False
    r["displayName"] = dn
    return True


def op_dn_trade_swap(r, c):
    e = c.e
    if e["org"] or not e.get("trade"):
        return False
    if r["displayName"] and name_core(r["displayName"]) == name_core(e["trade"]):
        if not (r["givenName"] and r["familyName"]):
            return False
        r["displayName"] = "%s %s" % (first_tok(r["givenName"]), r["familyName"])
    else:
        r["displayName"] = e["trade"]
    return True


def op_nickname(r, c):
    gn = r["givenName"]
    if not gn:
        return False
    f = gn.split()[0]
    lo = f.lower()
    if lo in NICK_LONG_L:
        new = NICK_LONG_L[lo]
    elif lo in NICK_SHORT_L:
        new = NICK_SHORT_L[lo]
    else:
        return False
    new = case_like(f, new)
    r["givenName"] = new + gn[len(f):]
    if r["displayName"] and not c.e["org"]:
        r["displayName"] = replace_word(r["displayName"], f, new)
    return True


def op_spelling(r, c):
    cands = []
    for fld in ("givenName", "familyName"):
        for t in (r[fld] or "").split():
            if t.lower() in SPELL_OF_L:
                cands.append((fld, t))
    if not cands:
        return False
    fld, t = pick(cands)
    alt = [x for x in SPELL_OF_L[t.lower()] if x.lower() != t.lower()]
    new = case_like(t, pick(alt))
    r[fld] = replace_word(r[fld], t, new)
    if r["displayName"] and not c.e["org"]:
        r["displayName"] = replace_word(r["displayName"], t, new)
    return True


def op_middle_drop(r, c):
    gn = r["givenName"]
    if not gn or len(gn.split()) < 2:
        return False
    toks = gn.split()
    r["givenName"] = toks[0]
    if r["displayName"] and not c.e["org"]:
        dn = r["displayName"]
        for t in toks[1:]:
            dn = replace_word(dn, t, "")
        r["displayName"] = " ".join(dn.split())
    return True


def op_middle_add(r, c):
    gn = r["givenName"]
    e = c.e
    if e["org"] or not gn or len(gn.split()) > 1 or not e["middle"]:
        return False
    r["givenName"] = gn + " " + case_like(gn, e["middle"])
    if chance(0.5) and r["familyName"]:
        r["displayName"] = "%s %s" % (r["givenName"], r["familyName"])
    return True


def op_married(r, c):
    e = c.e
    if e["org"] or not r["familyName"]:
        return False
    ff = family_forms(e)
    if len(ff) < 2:
        return False
    cur = r["familyName"]
    alts = [v for k, v in ff.items() if v.lower() != cur.lower()]
    new = case_like(cur, pick(alts))
    r["familyName"] = new
    if r["displayName"]:
        dn = r["displayName"]
        if re.search(re.escape(cur), dn, re.I):
            r["displayName"] = re.sub(re.escape(cur), lambda m: case_like(m.group(0), new), dn, count=1, flags=re.I)
    return True


def op_name_swap(r, c):
    if c.e["org"] or not (r["givenName"] and r["familyName"]):
        return False
    if c.e["eth"] != "hausa" and chance(0.75):
        return False
    g, f = first_tok(r["givenName"]), r["familyName"]
    if len(f.split()) > 1 or "-" in f:
        return False
    r["givenName"], r["familyName"] = f, g
    r["displayName"] = "%s %s" % (f, g)
    return True


def op_given_missing(r, c):
    if c.e["org"] or not r["givenName"]:
        return False
    r["givenName"] = None
    return True


def op_name_typo(r, c):
    fields = ["companyName"] if c.e["org"] else ["givenName", "familyName"]
    cands = [(f, t) for f in fields for t in alpha_tokens(r[f], 4)]
    if not cands:
        return False
    f, t = pick(cands)
    x = typo_word(t)
    if not x:
        return False
    r[f] = replace_word(r[f], t, x)
    if r["displayName"] and chance(0.7):
        r["displayName"] = replace_word(r["displayName"], t, x)
    return True


def op_legal(r, c):
    e = c.e
    if not e["org"] or not r["companyName"]:
        return False
    x = swap_legal(r["companyName"], e["kind"])
    if not x or x == r["companyName"]:
        return False
    if r["displayName"] == r["companyName"] and chance(0.6):
        r["displayName"] = x
    r["companyName"] = x
    return True


def op_abbrev(r, c):
    e = c.e
    if not e["org"] or not r["companyName"]:
        return False
    pairs = list(ORG_ABBR)
    R.shuffle(pairs)
    cn = r["companyName"]
    for lo, sh in pairs:
        for a, b in ((lo, sh), (sh, lo)):
            pat = re.compile(r"(?<![A-Za-z])" + re.escape(a) + r"(?![A-Za-z])", re.I)
            if pat.search(cn):
                x = pat.sub(lambda m: case_like(m.group(0), b), cn, count=1)
                if x != cn:
                    if r["displayName"] == cn and chance(0.6):
                        r["displayName"] = x
                    r["companyName"] = x
                    return True
    return False


def op_company_case(r, c):
    if not c.e["org"]:
        return False
    f = pick(["companyName", "displayName"])
    if not r[f] or r[f].upper() == r[f]:
        return False
    r[f] = r[f].upper()
    return True


def op_trade_swap(r, c):
    e = c.e
    if not e["org"] or not e.get("trade"):
        return False
    if r["companyName"] and name_core(r["companyName"]) == name_core(e["trade"]):
        return False
    r["companyName"] = e["trade"]
    return True


def op_contact_changed(r, c):
    if not c.e["org"] or not (r["givenName"] or r["familyName"]):
        return False
    g, f = contact_person()
    r["givenName"], r["familyName"] = g, f
    return True


def op_contact_missing(r, c):
    if not c.e["org"] or not (r["givenName"] or r["familyName"]):
        return False
    r["givenName"], r["familyName"] = None, None
    return True


def op_contact_added(r, c):
    if not c.e["org"] or r["givenName"] or r["familyName"] or not c.e["contact"]:
        return False
    r["givenName"], r["familyName"] = c.e["contact"]
    return True


def op_record_lower(r, c):
    x = lower_rec(r)
    if x == r:
        return False
    r.update(x)
    return True


def op_record_upper(r, c):
    x = upper_rec(r, False)
    if x == r:
        return False
    r.update(x)
    return True


ADDR_ABBR_GEN = [("Street", "St."), ("Street", "St"), ("Road", "Rd"), ("Road", "Rd."),
                 ("Avenue", "Ave."), ("Avenue", "Ave"), ("Crescent", "Cres."), ("Close", "Cl."),
                 ("Block", "Blk"), ("Market", "Mkt"), ("Expressway", "Expy"), ("Estate", "Est."),
                 ("Opposite", "Opp.")]


def op_addr_format(r, c):
    a = r["address"]
    if not a:
        return False
    l1 = a["line1"]
    opts = []
    m = re.match(r"^(No\.?\s+)(\d)", l1, re.I)
    if m:
        opts.append(l1[len(m.group(1)):])
    elif re.match(r"^\d", l1):
        opts.append("No. " + l1)
    m = re.match(r"^(\d+),\s", l1)
    if m:
        opts.append(l1.replace(",", "", 1))
    m = re.match(r"^(\d+)\s", l1)
    if m:
        opts.append(m.group(1) + "," + l1[len(m.group(1)):])
    if ", " in l1:
        opts.append(l1.replace(", ", " "))
    if not opts:
        return False
    a["line1"] = pick(opts)
    return True


def op_addr_abbrev(r, c):
    a = r["address"]
    if not a:
        return False
    pairs = list(ADDR_ABBR_GEN)
    R.shuffle(pairs)
    l1 = a["line1"]
    for lo, sh in pairs:
        for x, y in ((lo, sh), (sh, lo)):
            pat = re.compile(r"(?<![A-Za-z])" + re.escape(x) + (r"(?![A-Za-z.])" if not x.endswith(".") else ""), re.I)
            if pat.search(l1):
                n = pat.sub(lambda m: case_like(m.group(0), y), l1, count=1)
                if n != l1 and line_tokens(n) == line_tokens(l1):
                    a["line1"] = n
                    return True
    return False


def op_addr_landmark(r, c):
    a = r["address"]
    if not a:
        return False
    segs = a["line1"].split(", ")
    keep = [segs[0]] + [s for s in segs[1:] if not (s2(s).split() and s2(s).split()[0] in LANDMARK_TOKENS)]
    if len(keep) < len(segs):
        a["line1"] = ", ".join(keep)
        return True
    lm = c.e["addr"].get("landmark") or pick(LANDMARKS)
    a["line1"] = a["line1"] + ", " + case_like(a["line1"], lm)
    return True


def op_addr_typo(r, c):
    a = r["address"]
    if not a or c.protect == "address":
        return False
    toks = [t for t in alpha_tokens(a["line1"], 5) if t.lower() not in LANDMARK_TOKENS
            and t.lower() not in UNIT_TOKENS]
    if not toks:
        return False
    t = pick(toks)
    x = typo_word(t)
    if not x:
        return False
    a["line1"] = replace_word(a["line1"], t, x)
    return True


def op_line2_missing(r, c):
    a = r["address"]
    if not a or not a["line2"]:
        return False
    a["line2"] = None
    return True


def op_line2_changed(r, c):
    a = r["address"]
    if not a:
        return False
    ea = c.e["addr"]
    opts = [x for x in GEO[ea["metro"]][5][ea["area"]][1] if not a["line2"] or x.lower() != a["line2"].lower()]
    opts = [x for x in opts if s2(x) not in s2(a["line1"])]
    if not opts:
        return False
    a["line2"] = pick(opts)
    return True


def op_line2_format(r, c):
    a = r["address"]
    if not a or not a["line2"]:
        return False
    l2 = a["line2"]
    for x, y in ((" LGA", " L.G.A."), ("-", " "), ("GRA", "G.R.A."), (" L.G.A.", " LGA")):
        if x in l2:
            a["line2"] = l2.replace(x, y)
            return True
    return False


def op_line2_moved(r, c):
    a = r["address"]
    if not a or not a["line2"] or c.protect == "address":
        return False
    a["line1"] = a["line1"] + ", " + a["line2"]
    a["line2"] = None
    return True


def op_line1_split(r, c):
    a = r["address"]
    if not a or c.protect == "address":
        return False
    segs = a["line1"].split(", ")
    if len(segs) < 2:
        return False
    last = segs[-1]
    if s2(last).split() and s2(last).split()[0] in LANDMARK_TOKENS:
        return False
    a["line1"] = ", ".join(segs[:-1])
    a["line2"] = last
    return True


def op_city_alias(r, c):
    a = r["address"]
    if not a or not a["city"]:
        return False
    ea = c.e["addr"]
    if metro_of(a["city"]) != ea["metro"]:
        return False
    opts = [x for x in city_choices(ea["metro"], ea["area"]) if s2(x) != s2(a["city"])]
    if not opts:
        return False
    a["city"] = pick(opts)
    return True


def op_region_alias(r, c):
    a = r["address"]
    if not a:
        return False
    ea = c.e["addr"]
    opts = [x for x in GEO[ea["metro"]][2] if not a["region"] or s1(x) != s1(a["region"])]
    if not a["region"] or not opts:
        return False
    a["region"] = pick(opts)
    return True


def op_region_missing(r, c):
    a = r["address"]
    if not a or not a["region"]:
        return False
    a["region"] = None
    return True


def op_region_added(r, c):
    a = r["address"]
    if not a or a["region"]:
        return False
    a["region"] = pick(GEO[c.e["addr"]["metro"]][2])
    return True


def op_postal_missing(r, c):
    a = r["address"]
    if not a or not a["postalCode"]:
        return False
    a["postalCode"] = None
    return True


def op_postal_added(r, c):
    a = r["address"]
    if not a or a["postalCode"]:
        return False
    a["postalCode"] = c.e["addr"]["postal"]
    return True


def op_country_alias(r, c):
    a = r["address"]
    if not a or not a["country"]:
        return False
    a["country"] = "NG" if s2(a["country"]) == "nigeria" else "Nigeria"
    return True


def op_country_added(r, c):
    a = r["address"]
    if not a or a["country"]:
        return False
    a["country"] = pick(["NG", "Nigeria"])
    return True


def op_country_missing(r, c):
    a = r["address"]
    if not a or not a["country"]:
        return False
    a["country"] = None
    return True


def op_addr_missing(r, c):
    if not r["address"] or c.protect == "address":
        return False
    r["address"] = None
    return True


def op_addr_changed(r, c):
    if not r["address"] or c.protect == "address":
        return False
    ea = c.e["addr"]
    hint = ea["hint"] if ea["hint"] != "gov" else "com"
    A = make_addr(c.eid, hint, ea["metro"] if chance(0.7) else None)
    r["address"] = render_addr(A, existing=False)
    return True


def op_addr_added(r, c):
    if r["address"]:
        return False
    r["address"] = render_addr(c.e["addr"], existing=False)
    return True


MILD_OPS = [op_phone_format, op_email_case, op_dn_qualifier, op_dn_rebuild, op_dn_title, op_nickname,
            op_spelling, op_legal, op_abbrev, op_addr_format, op_addr_abbrev, op_addr_landmark,
            op_city_alias, op_region_alias, op_country_alias, op_postal_missing, op_line2_format,
            op_name_typo, op_email_typo, op_company_case, op_dn_short, op_phone_ext, op_country_added,
            op_region_added, op_postal_added, op_nickname, op_legal, op_abbrev, op_phone_format,
            op_city_alias, op_dn_qualifier, op_married]
STRONG_OPS = [op_email_missing, op_email_changed, op_email_domain, op_email_added, op_phone_missing,
              op_phone_changed, op_phone_partial, op_phone_added, op_phone_typo, op_addr_missing,
              op_addr_changed, op_addr_added, op_line2_missing, op_line2_moved, op_line1_split,
              op_line2_changed, op_given_missing, op_name_swap, op_dn_surname_first, op_middle_drop,
              op_middle_add, op_married, op_contact_changed, op_contact_missing, op_contact_added,
              op_trade_swap, op_dn_trade_swap, op_record_lower, op_record_upper, op_addr_typo,
              op_region_missing, op_country_missing, op_married, op_spelling, op_email_missing,
              op_phone_missing, op_addr_missing, op_line2_missing]


def evidence_gen(A, B, labels, eid):
    ev = []
    if A["email"] and B["email"]:
        ka, kb = A["email"].strip().lower(), B["email"].strip().lower()
        if (ka == kb or "email:typo" in labels) and EMAIL_OWN.get(ka) == [eid] and \
                EMAIL_OWN.get(kb, [eid]) == [eid]:
            ev.append("email")
    pb = phone_keys(B["phone"])
    if any(n in pb and PHONE_OWN.get(n) == [eid] for n in phone_keys(A["phone"])):
        ev.append("phone")
    ka, kb = addr_key(A["address"]), addr_key(B["address"])
    if ka and ka == kb and ADDR_OWN.get(ka) == [eid]:
        ev.append("address")
    return ev


def exclusive_channels(rec, eid):
    out = []
    if rec["email"] and EMAIL_OWN.get(rec["email"].strip().lower()) == [eid]:
        out.append("email")
    if any(PHONE_OWN.get(n) == [eid] for n in phone_keys(rec["phone"])):
        out.append("phone")
    k = addr_key(rec["address"])
    if k and ADDR_OWN.get(k) == [eid]:
        out.append("address")
    return out


def apply_ops(r, c, ops_pool, k):
    pool = list(ops_pool)
    R.shuffle(pool)
    done = 0
    for op in pool:
        if done >= k:
            break
        if op(r, c):
            done += 1
    return done


def make_variant(base, start, e, eid, profile, tries=80):
    """base = compared record; start = record the upstream system starts from"""
    excl = exclusive_channels(base, eid)
    if not excl:
        return None
    for t in range(tries):
        protect = pick(excl)
        c = Ctx(e, eid, protect)
        r = copy_rec(start)
        if e.get("maiden") and chance(0.35):
            op_married(r, c)
        if profile == "light":
            apply_ops(r, c, MILD_OPS, R.randint(1, 2))
        elif profile == "medium":
            apply_ops(r, c, MILD_OPS, R.randint(1, 3))
            if chance(0.5):
                apply_ops(r, c, STRONG_OPS, 1)
        else:
            apply_ops(r, c, STRONG_OPS, R.randint(2, 4))
            apply_ops(r, c, MILD_OPS, R.randint(1, 3))
        brk = {"light": 0.0, "medium": 0.12, "harsh": 0.5}[profile]
        for ch, ops in (("email", [op_email_missing, op_email_changed, op_email_domain]),
                        ("phone", [op_phone_missing, op_phone_changed, op_phone_typo]),
                        ("address", [op_addr_missing, op_addr_changed, op_addr_typo, op_line2_moved])):
            if ch != protect and chance(brk):
                pick(ops)(r, c)
        if r["email"] is None and r["phone"] is None and r["address"] is None:
            continue
        labels = derive_changes(base, r)
        if not labels or not profile_ok(profile, labels):
            continue
        ev = evidence_gen(base, r, labels, eid)
        if not ev:
            continue
        return r, labels, ev
    return None


# ----------------------------------------------------------------------------
# Hard negatives
# ----------------------------------------------------------------------------
GENERIC = frozenset(("and of the for in at pharmacy pharmaceuticals chemist chemists medicine medicines "
                     "store stores patent drug drugs hospital hospitals specialist maternity medical centre clinic "
                     "diagnostic diagnostics laboratory laboratories eye dental home supermarket supermarkets "
                     "mart superstores shopping enterprises ventures global concepts international trading "
                     "company sons brothers church chapel assembly ministry ministries mosque committee islamic "
                     "society school schools college academy nursery primary secondary comprehensive montessori "
                     "foundation initiative care health healthcare cooperative multipurpose staff traders women "
                     "industries logistics foods energy oil gas group holdings state government local area "
                     "council board agency commission secretariat services department authority administration "
                     "saint memorial gospel baptist methodist catholic evangelical pentecostal bible christian "
                     "distributors supplies resources packaging beverages construction provisions cosmetics "
                     "branch plc ltd limited nigeria polytechnic hospital").split())
TRADE_CAT = {"pharmacy": "pharma", "pharmaceuticals": "pharma", "chemist": "pharma", "chemists": "pharma",
             "medicine": "pharma", "drug": "pharma", "drugs": "pharma", "patent": "pharma",
             "hospital": "health", "clinic": "health", "maternity": "health", "medical": "health",
             "diagnostic": "health", "diagnostics": "health", "laboratory": "health", "eye": "health",
             "dental": "health", "specialist": "health", "supermarket": "retail", "mart": "retail",
             "superstores": "retail", "shopping": "retail", "stores": "retail", "provisions": "retail",
             "school": "education", "schools": "education", "college": "education",
             "academy": "education", "montessori": "education", "nursery": "education",
             "bakery": "bakery", "boutique": "fashion", "hotel": "hospitality"}
GOV_MARK = frozenset(["state", "government", "local", "council", "ministry", "agency", "board",
                      "commission", "secretariat", "department", "authority", "administration", "fct"])
MARK_S = frozenset(["snr", "sr", "senior"])
MARK_J = frozenset(["jnr", "jr", "junior"])
HN_TYPES = ["chain_branch", "group_company", "namesake_other_town", "father_son", "sibling_firm",
            "same_plaza", "shared_bookkeeper", "similar_name_other_trade", "household_member",
            "govt_agency"]
HN_RULE = {
    "chain_branch": "another branch of the same chain: each branch is its own QBO customer; branch name, address and phone differ",
    "group_company": "a sister company of the same group: separate legal entity (different company name) even though it shares the head office and/or the group AP mailbox",
    "namesake_other_town": "same personal name but a different person in another town: different phone, e-mail and address",
    "father_son": "father and son share the name; the Snr/Jnr suffix and separate phone/e-mail mark a different customer",
    "sibling_firm": "a sibling's own business: same family name, different proprietor's first name and business name",
    "same_plaza": "a different shop in the same market block / plaza: different shop number, name and phone",
    "shared_bookkeeper": "a different small business served by the same bookkeeper mailbox: name, phone and address differ",
    "similar_name_other_trade": "same distinctive name word but a different line of trade and premises",
    "household_member": "another member of the same household: same address, different first name, own phone",
    "govt_agency": "a different ministry/agency/department (or the government/LGA itself): separate vote and account",
}


def distinct_tokens(name):
    return [w for w in name_core(name).split() if w not in GENERIC and not w.isdigit() and len(w) >= 3]


def trade_cats(name):
    out = []
    for w in name_forms(name)["abbreviation"]:
        c = TRADE_CAT.get(w)
        if c and c not in out:
            out.append(c)
    return sorted(out)


def gen_marker(dn):
    t = s2(dn or "").split()
    s = any(w in MARK_S for w in t)
    j = any(w in MARK_J for w in t)
    return "s" if s and not j else ("j" if j and not s else None)


def shared_of(A, B):
    out = []
    pa, pb = A["companyName"] is None, B["companyName"] is None
    if pa and pb:
        ka, kb = person_key(A["givenName"], A["familyName"]), person_key(B["givenName"], B["familyName"])
        if ka and ka == kb:
            out.append("name")
    elif not pa and not pb and name_core(A["companyName"]) == name_core(B["companyName"]):
        out.append("name")
    if A["familyName"] and B["familyName"] and "name" not in out and \
            family_canon(A["familyName"]) == family_canon(B["familyName"]):
        out.append("family_name")
    if not pa and not pb and "name" not in out:
        da = distinct_tokens(A["companyName"])
        if any(w in da for w in distinct_tokens(B["companyName"])):
            out.append("name_token")
    if A["email"] and B["email"]:
        ea, eb = A["email"].strip().lower(), B["email"].strip().lower()
        if ea == eb:
            out.append("email")
        elif ea.split("@")[1] == eb.split("@")[1] and ea.split("@")[1] not in PUBLIC_SET:
            out.append("email_domain")
    ka, kb = addr_key(A["address"]), addr_key(B["address"])
    if ka and ka == kb:
        out.append("address")
    elif ka and kb and building_key(A["address"]) == building_key(B["address"]):
        out.append("building")
    if A["address"] and B["address"] and metro_of(A["address"]["city"]) == metro_of(B["address"]["city"]):
        out.append("city")
    return sorted(out)


def phones_disjoint(A, B):
    pb = phone_keys(B["phone"])
    return not any(n in pb for n in phone_keys(A["phone"]))


def decidable(t, A, B, ex_email_count):
    pa, pb = A["companyName"] is None, B["companyName"] is None
    ka, kb = addr_key(A["address"]), addr_key(B["address"])
    if not phones_disjoint(A, B):
        return False
    if t == "chain_branch":
        return (not pa and not pb and name_core(A["companyName"]) == name_core(B["companyName"])
                and s2(A["displayName"]) != s2(B["displayName"]) and ka and kb and ka != kb)
    if t == "group_company":
        return (not pa and not pb and name_core(A["companyName"]) != name_core(B["companyName"])
                and any(w in distinct_tokens(A["companyName"]) for w in distinct_tokens(B["companyName"])))
    if t == "namesake_other_town":
        return (pa and pb and person_key(A["givenName"], A["familyName"]) is not None
                and person_key(A["givenName"], A["familyName"]) == person_key(B["givenName"], B["familyName"])
                and A["address"] and B["address"]
                and metro_of(A["address"]["city"]) != metro_of(B["address"]["city"])
                and not (A["email"] and B["email"] and A["email"].lower() == B["email"].lower()))
    if t == "father_son":
        ma, mb = gen_marker(A["displayName"]), gen_marker(B["displayName"])
        return (pa and pb and person_key(A["givenName"], A["familyName"]) is not None
                and person_key(A["givenName"], A["familyName"]) == person_key(B["givenName"], B["familyName"])
                and ma and mb and ma != mb)
    if t == "sibling_firm":
        if pa or pb or not (A["givenName"] and A["familyName"] and B["givenName"] and B["familyName"]):
            return False
        ga, gb = canon_tok(s2(A["givenName"]).split()[0]), canon_tok(s2(B["givenName"]).split()[0])
        return (family_canon(A["familyName"]) == family_canon(B["familyName"]) and ga != gb
                and name_core(A["companyName"]) != name_core(B["companyName"]))
    if t == "same_plaza":
        if not (ka and kb and ka != kb and building_key(A["address"]) == building_key(B["address"])):
            return False
        return name_core(A["displayName"]) != name_core(B["displayName"])
    if t == "shared_bookkeeper":
        return (A["email"] and B["email"] and A["email"].lower() == B["email"].lower()
                and ex_email_count.get(A["email"].lower(), 0) >= 2 and not (ka and ka == kb)
                and name_core(A["displayName"]) != name_core(B["displayName"]))
    if t == "similar_name_other_trade":
        if pa or pb:
            return False
        ca, cb = trade_cats(A["companyName"]), trade_cats(B["companyName"])
        return (any(w in distinct_tokens(A["companyName"]) for w in distinct_tokens(B["companyName"]))
                and ca and cb and not any(x in cb for x in ca) and not (ka and ka == kb))
    if t == "household_member":
        if not (pa and pb and ka and ka == kb and A["givenName"] and B["givenName"]):
            return False
        ga, gb = canon_tok(s2(A["givenName"]).split()[0]), canon_tok(s2(B["givenName"]).split()[0])
        return ga != gb and person_key(A["givenName"], A["familyName"]) != person_key(B["givenName"], B["familyName"])
    if t == "govt_agency":
        if pa or pb:
            return False
        ta, tb = s2(A["companyName"]).split(), s2(B["companyName"]).split()
        return (any(w in GOV_MARK for w in ta) and any(w in GOV_MARK for w in tb)
                and name_core(A["companyName"]) != name_core(B["companyName"])
                and any(w in distinct_tokens(A["companyName"]) for w in distinct_tokens(B["companyName"])))
    return False


def release_addr(e):
    k = addr_key({"line1": e["addr"]["line1"], "city": e["addr"]["city"]})
    if k in ADDR_OWN:
        ADDR_OWN[k] = [x for x in ADDR_OWN[k] if x != e["id"]]


def take_addr(e, A):
    release_addr(e)
    e["addr"] = A
    own_add(ADDR_OWN, addr_key({"line1": A["line1"], "city": A["city"]}), e["id"])


def addr_same_building(A):
    unit = A.get("unit")
    if not unit:
        return None
    word, num = unit.split(" ", 1)
    for _ in range(50):
        nu = "%s %s%d" % (word, re.sub(r"\d+", "", num), R.randint(1, 240))
        if nu == unit:
            continue
        B = dict(A)
        B["line1"] = A["line1"].replace(unit, nu, 1)
        B["unit"] = nu
        B["landmark"] = None
        if addr_key({"line1": B["line1"], "city": B["city"]}) not in ADDR_OWN:
            return B
    return None


def plain_of(eid):
    return ENTS[eid]["plain"]


def sur_eth(fam):
    for k, (M, F, S, xt) in ETHNIC.items():
        if fam in S:
            return k
    return wpick(ETHNIC_W)


def force_addr(r, e):
    if r["address"] is None:
        r["address"] = render_addr(e["addr"], existing=False)


def hn_build(t, a, ar, ex_email_count):
    """return (entity, incoming record) or None"""
    ap = plain_of(a["id"])
    if t == "chain_branch":
        info = a["chain_info"]
        if not info["free_locs"] or not ar["address"]:
            return None
        same = [x for x in info["free_locs"] if x[0] == a["addr"]["metro"]]
        loc = same[0] if (same and chance(0.6)) else info["free_locs"][0]
        info["free_locs"].remove(loc)
        m, area, label = loc
        eid = new_eid()
        e = {"id": eid, "kind": "org/chain_branch", "org": True, "company": info["company"],
             "short": a["short"], "W": a["W"], "legal": "", "eponym": False,
             "contact": contact_person() if chance(0.5) else None, "trade": None, "chain": a["chain"],
             "chain_style": a["chain_style"], "branch": label, "chain_info": info, "middle": None}
        e["phones"] = [fresh_mobile(eid)]
        mb = info["mailbox"]
        if ar["email"] and ar["email"].lower() == mb and ex_email_count.get(mb, 0) >= 2 and chance(0.7):
            e["email"] = mb
        else:
            e["email"] = "%s@%s" % (slug(label), a["chain"][2])
            if e["email"] in EMAIL_OWN or not email_free(e["email"], eid):
                e["email"] = "%s.store@%s" % (slug(label), a["chain"][2])
        e["addr"] = make_addr(eid, "com", m, area)
        ENTS[eid] = e
        r = render_incoming(e)
        r["email"] = e["email"]
        force_addr(r, e)
        return e, r
    if t == "group_company":
        info = a["group"]
        if not info["free"] or not ar["address"]:
            return None
        s = info["free"].pop(0)
        eid = new_eid()
        company = "%s %s %s" % (info["G"], s, pick(["Ltd", "Limited", "Nig. Ltd"]))
        if name_core(company) in CORE_USED:
            return None
        CORE_USED[name_core(company)] = eid
        e = {"id": eid, "kind": "org/group_company", "org": True, "company": company,
             "short": "%s %s" % (info["G"], s), "W": info["G"], "legal": "", "eponym": False,
             "contact": contact_person() if chance(0.6) else None, "trade": None, "group": info,
             "middle": None}
        e["phones"] = [fresh_mobile(eid)]
        e["addr"] = dict(info["hq"])
        own_add(ADDR_OWN, addr_key({"line1": info["hq"]["line1"], "city": info["hq"]["city"]}), eid)
        if ar["email"] and ar["email"].lower() == info["ap"] and ex_email_count.get(info["ap"], 0) >= 2 and chance(0.6):
            e["email"] = info["ap"]
        else:
            e["email"] = "%s@%s" % (slug(s), info["dom"])
            if e["email"] in EMAIL_OWN or not email_free(e["email"], eid):
                e["email"] = "%s.desk@%s" % (slug(s), info["dom"])
        ENTS[eid] = e
        r = render_incoming(e)
        r["email"] = e["email"]
        r["address"] = render_addr(e["addr"], existing=False)
        return e, r
    if t == "namesake_other_town":
        if not ar["address"] or not ap["givenName"] or not ap["familyName"]:
            return None
        m2 = pick([m for m in ETHNIC_METRO[a["eth"]] + ["lagos", "abuja", "ph"] if m != a["addr"]["metro"]])
        e = mk_person(pick(["person/household", "person/sole_trader", "person/professional"]), eth=a["eth"],
                      gender=a["gender"], given=a["given"], family=a["family"], dup_ok=True, metro=m2)
        r = render_incoming(e)
        r["givenName"] = first_tok(ap["givenName"])
        r["familyName"] = ap["familyName"]
        if not e.get("trade") or r["displayName"] != e["trade"]:
            r["displayName"] = "%s %s" % (r["givenName"], r["familyName"]) if chance(0.7) else \
                "%s %s %s" % (e.get("title") or "Mr." if e["gender"] == "m" else "Mrs.", r["givenName"], r["familyName"])
        force_addr(r, e)
        return e, r
    if t == "father_son":
        mk = gen_marker(ar["displayName"])
        if not mk or not ap["givenName"] or not ap["familyName"]:
            return None
        e = mk_person("person/household", eth=a["eth"], gender="m", given=a["given"], family=a["family"],
                      dup_ok=True, metro=a["addr"]["metro"])
        if mk == "s":
            e["marker"], e["title"], e["age"] = pick(MARK_JNR), None, "young"
        else:
            e["marker"], e["age"] = pick(MARK_SNR), "old"
            e["title"] = pick(["Chief", "Alhaji", "Elder", "Pa", "Chief"]) if a["eth"] not in (
                "hausa", "yoruba_muslim") else pick(["Alhaji", "Alh."])
        if chance(0.5) and ar["address"]:
            take_addr(e, dict(a["addr"]))
        r = render_incoming(e)
        r["givenName"] = first_tok(ap["givenName"])
        r["familyName"] = ap["familyName"]
        r["displayName"] = person_display(e, r["givenName"], r["familyName"], pick(["plain", "title", "plain"]))
        return e, r
    if t == "sibling_firm":
        if not a["eponym"] or not a["contact"] or not (ar["givenName"] and ar["familyName"]):
            return None
        fam = a["contact"][1]
        eth = sur_eth(fam)
        M, F, S, xt = ETHNIC[eth]
        gd = pick("mf")
        g0 = canon_tok(s2(ap["givenName"]).split()[0])
        cands = [g for g in (M if gd == "m" else F) if canon_tok(g.lower()) != g0]
        g = pick(cands)
        tpl, kind = pick([("%s %s Ventures", "org/wholesaler"), ("%s %s Enterprises", "org/wholesaler"),
                          ("%s %s Global Concepts", "org/wholesaler"),
                          ("%s %s Medicine Store", "org/patent_medicine_store"),
                          ("%s %s & Sons", "org/wholesaler"), ("%s %s Pharmacy", "org/pharmacy"),
                          ("%s %s Stores", "org/supermarket"), ("%s %s Chemist", "org/patent_medicine_store")])
        base = tpl % (g, fam)
        legal = legal_for(kind)
        company = join_legal(base, legal)
        if name_core(company) in CORE_USED or name_core(base) in CORE_USED:
            return None
        e = mk_org(kind, a["addr"]["metro"], name=(company, base, g, legal, True))
        e["contact"] = (g, fam)
        e["eponym"] = True
        if chance(0.6):
            B = addr_same_building(a["addr"])
            if B:
                take_addr(e, B)
        r = render_incoming(e)
        r["givenName"], r["familyName"] = g, ap["familyName"]
        return e, r
    if t == "same_plaza":
        if not ar["address"] or not a["addr"].get("unit"):
            return None
        B = addr_same_building(a["addr"])
        if not B:
            return None
        kind = pick(["org/pharmacy", "org/patent_medicine_store", "org/supermarket", "org/wholesaler",
                     "person/sole_trader", "org/clinic"])
        e = mk_person(kind, metro=a["addr"]["metro"]) if kind.startswith("person") else mk_org(kind, a["addr"]["metro"])
        take_addr(e, B)
        r = render_incoming(e)
        force_addr(r, e)
        return e, r
    if t == "shared_bookkeeper":
        bk = a.get("bookkeeper")
        if not bk or not ar["email"] or ar["email"].lower() != bk or ex_email_count.get(bk, 0) < 2:
            return None
        kind = pick(["person/sole_trader", "org/patent_medicine_store", "org/pharmacy", "org/clinic"])
        e = mk_person(kind, metro=a["addr"]["metro"]) if kind.startswith("person") else mk_org(kind, a["addr"]["metro"])
        e["email"] = bk
        r = render_incoming(e)
        r["email"] = bk
        return e, r
    if t == "similar_name_other_trade":
        key = None
        for k in TRADE_HN_ALT:
            if a["short"] == "%s %s" % (a["W"], k):
                key = k
        if not key:
            return None
        alt = pick(TRADE_HN_ALT[key])
        kind = {"Pharmacy": "org/pharmacy", "Supermarket": "org/supermarket", "Stores": "org/supermarket",
                "Hospital": "org/hospital", "Clinic": "org/clinic", "Schools": "org/school",
                "Academy": "org/school"}.get(alt, "org/corporate")
        short = "%s %s" % (a["W"], alt)
        legal = legal_for(kind)
        company = join_legal(short, legal)
        if name_core(company) in CORE_USED:
            return None
        e = mk_org(kind, a["addr"]["metro"] if chance(0.6) else None, name=(company, short, a["W"], legal, False))
        r = render_incoming(e)
        return e, r
    if t == "household_member":
        if not ar["address"] or not ap["givenName"] or not ap["familyName"]:
            return None
        if a["gender"] == "f":
            gd = pick(["m", "m", "f"])
        else:
            gd = pick(["f", "f", "m"])
        fam = a["family"]
        g0 = canon_tok(s2(ap["givenName"]).split()[0])
        e = None
        for _ in range(30):
            x = mk_person("person/household", eth=a["eth"], gender=gd, family=fam, metro=a["addr"]["metro"])
            if canon_tok(x["given"].lower()) != g0:
                e = x
                break
        if e is None:
            return None
        take_addr(e, dict(a["addr"]))
        if chance(0.3):
            e["email"] = None
        r = render_incoming(e)
        r["familyName"] = fam if chance(0.8) or not ap["familyName"] else ap["familyName"]
        r["address"] = render_addr(e["addr"], existing=False)
        return e, r
    if t == "govt_agency":
        jur = a["jur"]
        metro = a["addr"]["metro"]
        if jur[0] == "state":
            bodies = [b for b in GOV_BODIES]
            R.shuffle(bodies)
            names = [gov_name(jur, b) for b in bodies]
        else:
            units = list(LGA_UNITS)
            R.shuffle(units)
            names = [gov_name(jur, u) for u in units]
        names = [n for n in names if name_core(n) not in CORE_USED]
        if not names:
            return None
        sec = GEO[metro][7][0]
        shared = None
        if jur[0] == "lga":
            shared_l = LGA_STREETS.get(jur[1])
            e = mk_gov(names[0], jur, metro, lga_street=shared_l if chance(0.6) else None)
        else:
            if ar["address"] and s2(a["addr"]["line1"]) == s2(sec) and chance(0.6):
                shared = sec
            e = mk_gov(names[0], jur, metro, shared_sec=shared)
        if e is None:
            return None
        e["body"] = names[0]
        r = render_incoming(e)
        return e, r
    return None


def anchor_ok(t, a, ar):
    k = a["kind"]
    if t == "chain_branch":
        return k == "org/chain_branch"
    if t == "group_company":
        return k == "org/group_company"
    if t == "namesake_other_town":
        return not a["org"] and not a.get("marker") and ar["address"] is not None
    if t == "father_son":
        return not a["org"] and a.get("marker") and not a.get("son") and not a.get("father")
    if t == "sibling_firm":
        return a["org"] and a.get("eponym") and ar["givenName"] and ar["familyName"]
    if t == "same_plaza":
        return ar["address"] is not None and a["addr"].get("unit") and a["addr"]["hint"] in ("market", "plaza", "com")
    if t == "shared_bookkeeper":
        return a.get("bookkeeper") is not None
    if t == "similar_name_other_trade":
        return a["org"] and k in ("org/pharmacy", "org/patent_medicine_store", "org/hospital", "org/clinic",
                                  "org/supermarket", "org/school") and not a.get("trade")
    if t == "household_member":
        return not a["org"] and ar["address"] is not None and not a.get("marker")
    if t == "govt_agency":
        return k == "org/government"
    return False


def build_hn(order, recs, ex_email_count):
    out = []
    used = []
    seq = ["chain_branch", "group_company", "father_son", "govt_agency", "shared_bookkeeper",
           "sibling_firm", "same_plaza", "similar_name_other_trade", "namesake_other_town",
           "household_member"]
    for t in seq:
        cands = [x for x in order if x not in used and anchor_ok(t, ENTS[x], recs[x])]
        R.shuffle(cands)
        got = 0
        for aid in cands:
            if got >= HN_PER_TYPE:
                break
            a = ENTS[aid]
            ar = recs[aid]
            for _ in range(4):
                res = hn_build(t, a, ar, ex_email_count)
                if res is None:
                    continue
                e, r = res
                if r["email"] and r["email"].lower() != (ar["email"] or "").lower() and ar["email"] and \
                        dl(r["email"].lower(), ar["email"].lower()) < 2:
                    continue
                if r["email"] and ar["email"] and r["email"].lower() == ar["email"].lower() and \
                        ex_email_count.get(ar["email"].lower(), 0) < 2:
                    continue
                if not decidable(t, ar, r, ex_email_count):
                    continue
                sh = shared_of(ar, r)
                if t in ("namesake_other_town",) and "address" in sh:
                    continue
                out.append({"rec": r, "eid": e["id"], "kind": e["kind"], "anchor": aid, "hn_type": t,
                            "shared": sh})
                register_record(e["id"], r)
                used.append(aid)
                got += 1
                break
        if got < HN_PER_TYPE:
            raise RuntimeError("not enough anchors for %s (%d)" % (t, got))
    return out


# ----------------------------------------------------------------------------
# Matches and new customers
# ----------------------------------------------------------------------------
PROFILE_W = [("light", 35), ("medium", 40), ("harsh", 25)]


def variant_any(base, start, e, eid, target):
    order = [target] + [p for p in ("medium", "harsh", "light") if p != target]
    for p in order:
        res = make_variant(base, start, e, eid, p)
        if res:
            return p, res
    return None


def build_matches(order, recs):
    special = []
    rest = []
    for eid in order:
        e = ENTS[eid]
        if e["kind"] in ("org/chain_branch", "org/group_company", "org/government") or e.get("bookkeeper") \
                or e.get("household") or e.get("marker") or e.get("caps"):
            special.append(eid)
        else:
            rest.append(eid)
    R.shuffle(special)
    R.shuffle(rest)
    cands = special[:int(len(special) * 0.75)] + rest
    cands = cands[:]
    R.shuffle(cands)
    out = []
    for eid in cands:
        if len(out) >= N_MATCH:
            break
        e = ENTS[eid]
        base = recs[eid]
        start = e["plain"] if (e.get("caps") and chance(0.6)) else base
        if e.get("qualified") and chance(0.85):
            # upstream systems never carry the bookkeeper's QBO qualifier
            start = copy_rec(start)
            start["displayName"] = QUAL_RE.sub("", start["displayName"])
        target = wpick(PROFILE_W)
        res = variant_any(base, start, e, eid, target)
        if not res:
            continue
        p, (r, labels, ev) = res
        register_record(eid, r)
        out.append({"rec": r, "eid": eid, "kind": e["kind"], "profile": p, "changes": labels,
                    "evidence": ev, "compare": eid})
    if len(out) < N_MATCH:
        raise RuntimeError("too few matches %d" % len(out))
    return out


NEW_KINDS = [("person/household", 24), ("person/professional", 9), ("person/sole_trader", 13),
             ("org/pharmacy", 12), ("org/patent_medicine_store", 7), ("org/hospital", 4),
             ("org/clinic", 5), ("org/supermarket", 6), ("org/wholesaler", 7), ("org/religious", 3),
             ("org/school", 4), ("org/cooperative", 2), ("org/ngo", 2), ("org/corporate", 2)]


def rec_names_ok(r, ex_pkeys, ex_cores):
    k = person_key(r["givenName"], r["familyName"])
    if k and k in ex_pkeys:
        return False
    for f in ("displayName", "companyName"):
        if r[f] and name_core(r[f]) in ex_cores:
            return False
    return True


def rec_keys_fresh(r, eid):
    if r["email"]:
        for c in email_near(r["email"].strip().lower()):
            if any(o != eid for o in EMAIL_OWN[c]):
                return False
    for n in phone_keys(r["phone"]):
        if any(o != eid for o in PHONE_OWN.get(n, [])):
            return False
    k = addr_key(r["address"])
    if k and any(o != eid for o in ADDR_OWN.get(k, [])):
        return False
    return True


def build_new(recs):
    ex_pkeys = {}
    ex_cores = {}
    for eid, r in recs.items():
        k = person_key(r["givenName"], r["familyName"])
        if k:
            ex_pkeys[k] = 1
        for f in ("displayName", "companyName"):
            if r[f]:
                ex_cores[name_core(r[f])] = 1
    out = []
    n_ent = N_NEW_SINGLE + N_NEW_DOUBLE + N_NEW_TRIPLE
    i = 0
    while i < n_ent:
        kind = wpick(NEW_KINDS)
        if kind.startswith("person"):
            e = mk_person(kind, unique_vs=ex_pkeys)
        else:
            e = mk_org(kind, unique_vs=ex_cores)
            if e["contact"] and person_key(*e["contact"]) in ex_pkeys:
                e["contact"] = None
        style = wpick([(None, 88), ("lower", 7), ("upper", 5)])
        r1 = render_incoming(e, style)
        if not rec_names_ok(r1, ex_pkeys, ex_cores) or not rec_keys_fresh(r1, e["id"]):
            continue
        occ = 3 if i < N_NEW_TRIPLE else (2 if i < N_NEW_TRIPLE + N_NEW_DOUBLE else 1)
        group = [{"rec": r1, "eid": e["id"], "kind": e["kind"]}]
        register_record(e["id"], r1)
        ok = True
        for _ in range(occ - 1):
            res = None
            for _t in range(10):
                res = variant_any(r1, r1, e, e["id"], wpick(PROFILE_W))
                if res and rec_names_ok(res[1][0], ex_pkeys, ex_cores) and rec_keys_fresh(res[1][0], e["id"]):
                    break
                res = None
            if not res:
                ok = False
                break
            p, (r, labels, ev) = res
            register_record(e["id"], r)
            group.append({"rec": r, "eid": e["id"], "kind": e["kind"], "profile": p, "changes": labels,
                          "evidence": ev})
        if not ok:
            continue
        out.append(group)
        i += 1
    return out, ex_pkeys, ex_cores


# ----------------------------------------------------------------------------
# Assembly
# ----------------------------------------------------------------------------
def owners_from(records):
    ph, em, ad = {}, {}, {}
    for eid, r in records:
        for n in phone_keys(r["phone"]):
            own_add(ph, n, eid)
        if r["email"]:
            own_add(em, r["email"].strip().lower(), eid)
        k = addr_key(r["address"])
        if k:
            own_add(ad, k, eid)
    return ph, em, ad


def evidence_final(A, B, labels, eid, ph, em, ad):
    ev = []
    if A["email"] and B["email"]:
        ka, kb = A["email"].strip().lower(), B["email"].strip().lower()
        if (ka == kb or "email:typo" in labels) and em.get(ka) == [eid] and em.get(kb) == [eid]:
            ev.append("email")
    pb = phone_keys(B["phone"])
    if any(n in pb and ph.get(n) == [eid] for n in phone_keys(A["phone"])):
        ev.append("phone")
    ka, kb = addr_key(A["address"]), addr_key(B["address"])
    if ka and ka == kb and ad.get(ka) == [eid]:
        ev.append("address")
    return ev


def main():
    out_dir = os.path.dirname(os.path.abspath(__file__))
    if "--out" in sys.argv:
        out_dir = sys.argv[sys.argv.index("--out") + 1]
    os.makedirs(out_dir, exist_ok=True)
    order, recs = build_existing()
    ex_index = {eid: i for i, eid in enumerate(order)}
    ex_email_count = {}
    for eid in order:
        if recs[eid]["email"]:
            k = recs[eid]["email"].lower()
            ex_email_count[k] = ex_email_count.get(k, 0) + 1
    for eid in order:
        register_record(eid, recs[eid])
    hns = build_hn(order, recs, ex_email_count)
    matches = build_matches(order, recs)
    news, ex_pkeys, ex_cores = build_new(recs)
    items = []
    for m in matches:
        items.append(("match", [m]))
    for h in hns:
        items.append(("hn", [h]))
    for g in news:
        items.append(("new", g))
    slots = []
    for gi, (cat, grp) in enumerate(items):
        for j in range(len(grp)):
            slots.append((gi, j))
    R.shuffle(slots)
    # within a repeat group, the first occurrence takes the earliest position
    pos_of = {}
    for p, (gi, j) in enumerate(slots):
        pos_of.setdefault(gi, []).append(p)
    incoming = [None] * len(slots)
    for gi, (cat, grp) in enumerate(items):
        ps = sorted(pos_of[gi])
        for j, p in enumerate(ps):
            incoming[p] = (cat, grp, j)
    assert len(incoming) == 1500, len(incoming)
    in_index_first = {}
    all_recs = [(eid, recs[eid]) for eid in order]
    for (cat, grp, j) in incoming:
        all_recs.append((grp[j]["eid"], grp[j]["rec"]))
    ph, em, ad = owners_from(all_recs)
    set_lines = []
    meta_lines = []
    for i, eid in enumerate(order):
        set_lines.append({"set": "existing", "entity": eid, "contact": recs[eid]})
        meta_lines.append({"set": "existing", "index": i, "entity": eid, "category": "existing",
                           "kind": ENTS[eid]["kind"], "changes": []})
    for i, (cat, grp, j) in enumerate(incoming):
        it = grp[j]
        r = it["rec"]
        set_lines.append({"set": "incoming", "entity": it["eid"], "contact": r})
        m = {"set": "incoming", "index": i, "entity": it["eid"]}
        if cat == "match":
            base = recs[it["eid"]]
            labels = derive_changes(base, r)
            assert labels == it["changes"]
            ev = evidence_final(base, r, labels, it["eid"], ph, em, ad)
            assert ev, ("no evidence", it["eid"])
            m.update({"category": "match", "kind": it["kind"], "changes": labels, "profile": it["profile"],
                      "evidence": ev, "compare_set": "existing", "compare_index": ex_index[it["eid"]]})
        elif cat == "hn":
            a = it["anchor"]
            labels = derive_changes(recs[a], r)
            m.update({"category": "hard_negative", "kind": it["kind"], "changes": labels, "anchor": a,
                      "anchor_index": ex_index[a], "hn_type": it["hn_type"], "rule": HN_RULE[it["hn_type"]],
                      "shared": shared_of(recs[a], r)})
        else:
            if j == 0:
                in_index_first[it["eid"]] = i
                m.update({"category": "new", "kind": it["kind"], "changes": [], "occurrence": 1})
            else:
                base = grp[0]["rec"]
                labels = derive_changes(base, r)
                assert labels == it["changes"]
                ev = evidence_final(base, r, labels, it["eid"], ph, em, ad)
                assert ev, ("no evidence (repeat)", it["eid"])
                m.update({"category": "new", "kind": it["kind"], "changes": labels, "occurrence": j + 1,
                          "profile": it["profile"], "evidence": ev, "compare_set": "incoming",
                          "compare_index": in_index_first[it["eid"]]})
        meta_lines.append(m)
    with open(os.path.join(out_dir, "set.jsonl"), "w", encoding="utf-8") as f:
        for x in set_lines:
            f.write(json.dumps(x, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(out_dir, "meta.jsonl"), "w", encoding="utf-8") as f:
        for x in meta_lines:
            f.write(json.dumps(x, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d set lines, %d meta lines to %s" % (len(set_lines), len(meta_lines), out_dir))


if __name__ == "__main__":
    main()
