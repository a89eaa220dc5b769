#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
us-ecom labelled set generator.

Scenario: a US/Canada online store (Shopify-like) syncs its customers into an
accounting system.  "existing" = customers already in accounting, "incoming" =
customers sent by the store, in arrival order.  The "entity" field is the true
real-world customer id.

Python 3 standard library only.  Deterministic: same SEED -> byte-identical files.
Writes set.jsonl, meta.jsonl and README.txt next to this file.
"""
import copy
import json
import os
import re
import random
import unicodedata
from collections import Counter, defaultdict

SEED = 20250611
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_EXISTING = 2000
N_INCOMING = 2000
MATCH_TARGET = 1000          # incoming records whose entity is in "existing" (~50%)


# =========================================================== small utilities
def chance(p):
    return R.random() < p


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(items):
    if isinstance(items, dict):
        items = list(items.items())
    tot = float(sum(w for _, w in items))
    x = R.random() * tot
    for k, w in items:
        x -= w
        if x < 0:
            return k
    return items[-1][0]


def W(s):
    return s.split()


def deaccent(s):
    if s is None:
        return None
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r'[^a-z0-9]', '', deaccent(s or '').lower())


NEIGH = {'a': 'sqz', 'b': 'vn', 'c': 'xv', 'd': 'sf', 'e': 'wr', 'f': 'dg', 'g': 'fh', 'h': 'gj',
         'i': 'uo', 'j': 'hk', 'k': 'jl', 'l': 'k', 'm': 'n', 'n': 'bm', 'o': 'ip', 'p': 'o',
         'r': 'et', 's': 'ad', 't': 'ry', 'u': 'yi', 'v': 'cb', 'w': 'qe', 'y': 'tu', 'z': 'x'}


def typo(s):
    """One keyboard-style typo (swap / drop / double / neighbouring key); never the first letter."""
    if not s or len(s) < 4:
        return s
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 4:
        return s
    for _ in range(12):
        i = pick(idx[1:])
        op = wpick({'swap': 3, 'drop': 3, 'double': 2, 'neigh': 2})
        if op == 'swap':
            if i + 1 >= len(s) or not s[i + 1].isalpha():
                continue
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif op == 'drop':
            t = s[:i] + s[i + 1:]
        elif op == 'double':
            t = s[:i] + s[i] + s[i:]
        else:
            c = s[i].lower()
            if c not in NEIGH:
                continue
            n = pick(NEIGH[c])
            t = s[:i] + (n.upper() if s[i].isupper() else n) + s[i + 1:]
        if t.lower() != s.lower():
            return t
    return s


# =========================================================== names
G = {}
G['anglo'] = dict(
    M=W("James John Robert Michael William David Richard Joseph Thomas Christopher Charles Daniel Matthew "
        "Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason "
        "Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel "
        "Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Nathan Zachary Kyle Ethan Logan "
        "Caleb Mason Dylan Hunter Austin Cody Travis Derek Wyatt Colton Garrett Bradley Douglas Phillip Walter "
        "Harold Carl Keith Roger Gerald Lawrence Sean Chad Connor Liam Owen Luke"),
    F=W("Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret "
        "Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca "
        "Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha "
        "Katherine Christine Rachel Carolyn Janet Catherine Heather Diane Julie Olivia Hannah Madison Abigail "
        "Megan Brittany Kayla Lauren Courtney Chelsea Haley Allison Kristen Erin Molly Caitlin Lindsey Wendy "
        "Tammy Brooke Paige Victoria Jacqueline Natalie Kelsey Whitney Judith Theresa Gloria"),
    S=W("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Thompson "
        "White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson "
        "Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy "
        "Cook Rogers Morgan Cooper Peterson Bailey Reed Kelly Howard Cox Ward Richardson Wood Watson Brooks "
        "Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell Perry Russell Sullivan Bell Butler "
        "Henderson Barnes Fisher Schmidt Mueller Schneider Becker Kowalski Nowak Wisniewski Romano Russo "
        "Esposito Bianchi Rossi Cohen Goldberg Friedman Shapiro Levy Katz Olson Hanson Larson Fitzgerald "
        "Gallagher Kennedy Murray Byrne Quinn Hoffman Wagner Schultz Novak Petrov Wojcik Lindgren Bergstrom "
        "Hart Stone Fox Graham Hayes Ellis Webb Palmer Hunt Hicks Holmes Porter Reynolds Simpson Burke Walsh "
        "Lynch Doyle Hansen Weber Klein Bauer MacDonald Fraser")
    + ["O'Brien", "O'Connor", "McDonald", "McCarthy", "MacKenzie", "O'Neill", "McLaughlin", "DeLuca",
       "Van Dyke", "St. John"])
G['black'] = dict(
    M=W("DeShawn Jamal Tyrone Darnell Marcus Terrence Andre Malik Jalen Darius Dominique Jermaine Reginald "
        "Cedric Lamar Rashad Khalil DeAndre Trevon Isaiah Xavier Maurice Corey Derrick Antoine Demetrius"),
    F=W("Keisha Latoya Aaliyah Imani Tamika Ebony Shanice Jasmine Destiny Tiana Monique Nia Kiara Jada "
        "Tanisha Precious Ayanna Danielle Brianna Alexis Kendra Yolanda Felicia Denise Tasha Octavia Raven"),
    S=W("Washington Jefferson Jackson Williams Johnson Brown Jones Davis Harris Robinson Thomas Jenkins Banks "
        "Gaines Mosley Freeman Holloway Battle Coleman Dorsey Bynum Simmons Booker Pettaway Rivers Walker Moore "
        "Wright Mitchell Carter Baptiste Toussaint Okafor Adeyemi Mensah Haile Tesfaye Wallace Dixon Gibson "
        "Hayes Bryant Gordon Stokes Grant Ellison Merriweather McCoy Toliver"),
    mix=('anglo', 0.5))
G['hispanic'] = dict(
    M=W("José Juan Luis Carlos Jorge Miguel Jesús Francisco Alejandro Roberto Eduardo Ricardo Fernando Javier "
        "Antonio Manuel Diego Andrés Héctor Raúl Sergio Ramón Alberto Enrique Ignacio Óscar Rubén Adrián "
        "Mario Pedro"),
    F=W("María Guadalupe Ana Rosa Carmen Verónica Sofía Gabriela Adriana Lucía Daniela Alejandra Yesenia "
        "Marisol Leticia Elena Isabel Patricia Claudia Mónica Esperanza Beatriz Araceli Liliana Jazmín Valeria "
        "Ximena Paola Maribel Yolanda"),
    S=W("García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez "
        "Díaz Cruz Morales Reyes Gutiérrez Ortiz Chávez Ramos Ruiz Álvarez Mendoza Vásquez Castillo Jiménez "
        "Romero Herrera Medina Aguilar Vargas Castro Delgado Peña Ibarra Salazar Guerrero Contreras Estrada "
        "Navarro Zamora Cervantes Fuentes Espinoza") + ['De la Rosa', 'De León'],
    mix=('anglo', 0.18))
G['chinese'] = dict(
    M=W("Wei Jun Hao Jian Ming Tao Lei Yong Qiang Bo Zhiwei Xiaoming Haoran Yifan Zihao Jie Chao Peng"),
    F=W("Na Jing Yan Mei Ling Xin Hui Fang Yuting Xiaoyan Jiayi Yu Qian Lan Xue Ying Ting Shu"),
    EM=W("Kevin Michael Eric Jason Andy David Tony Steven Jeffrey Alan Vincent Raymond Henry Peter Jimmy "
         "Calvin Justin Brian"),
    EF=W("Jennifer Amy Grace Vivian Wendy Cindy Annie Helen Jessica Michelle Emily Angela Christine Tiffany "
         "Irene Joyce Stephanie Fiona"),
    S=W("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Lin Lee Chan Wong Cheng Ho Leung Lau Tang Xu Sun Ma "
        "Zhu Hu Guo Luo Liang Song Zheng Xie Han Feng Yu Deng Ng Chow Yip Kwok Tam"),
    eng=0.5)
G['vietnamese'] = dict(
    M=W("Minh Tuan Duc Hung Quang Bao Thanh Long Khoa Nam Phuc Vinh Huy Dung Hieu Trung Tri Tam"),
    F=W("Huong Linh Anh Hoa Lan Phuong Thao Trang Mai Ngoc Hanh Thuy Nhung Uyen Vy Diem Kim"),
    EM=W("Kevin Tony Peter Jimmy Danny Henry Andrew David Michael Steven Vincent Kenny Bryan"),
    EF=W("Tina Vivian Jenny Kimberly Lisa Tiffany Amy Christine Cindy Julie Nancy Jennifer Helen"),
    S=W("Nguyen Nguyen Nguyen Nguyen Tran Tran Le Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong "
        "Ly Truong Dinh Lam Mai Cao"),
    eng=0.4)
G['korean'] = dict(
    M=['Ji-hoon', 'Min-jun', 'Sung-min', 'Dong-hyun', 'Jae-won', 'Hyun-woo', 'Young-ho', 'Sang-woo', 'Jin',
       'Seung-ho', 'Tae-yang', 'Jun-ho'],
    F=['Seo-yeon', 'Ji-woo', 'Eun-ji', 'Soo-jin', 'Min-ji', 'Hye-jin', 'Yoo-na', 'Ji-eun', 'Mi-kyung',
       'Hyun-joo', 'Su-bin', 'Da-eun'],
    EM=W("Daniel David Paul Joseph John Samuel Andrew James Peter Steve Brian Kevin"),
    EF=W("Grace Esther Sarah Hannah Christine Jennifer Julie Rachel Sophia Joanne Susan Eunice"),
    S=W("Kim Kim Kim Lee Lee Park Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Oh Seo Kwon Hwang Song Ahn "
        "Yoo Moon Baek"),
    eng=0.5)
G['indian'] = dict(
    M=W("Rahul Amit Raj Sanjay Vikram Arjun Ravi Suresh Anil Deepak Rohan Karthik Venkatesh Srinivas Ashok "
        "Nikhil Pranav Aditya Manish Rajesh Harpreet Gurpreet Jaspreet Sandeep Vivek Ajay"),
    F=W("Priya Anjali Deepa Kavita Neha Pooja Sunita Lakshmi Divya Shreya Meera Aarti Swati Nisha Sneha "
        "Ananya Rekha Padma Harleen Simran Manpreet Jyoti Radhika Shalini"),
    S=W("Patel Patel Patel Shah Singh Singh Kumar Sharma Gupta Reddy Rao Iyer Desai Mehta Chopra Agarwal "
        "Joshi Krishnan Nair Menon Venkataraman Bhatt Kaur Gill Sandhu Subramanian Chaudhary Malhotra Kapoor "
        "Trivedi Pillai Ramachandran Srinivasan Dhillon Grewal"))
G['arabic'] = dict(
    M=W("Mohammed Ahmed Omar Ali Khalid Yusuf Hassan Ibrahim Tariq Karim Mahmoud Samir Ziad Bilal Hamza "
        "Nabil Rami Fadi Walid Mustafa"),
    F=W("Fatima Aisha Layla Noor Mariam Yasmin Rania Huda Amira Salma Dina Lina Hana Reem Nadia Zainab Sara "
        "Maya"),
    S=W("Haddad Khalil Hassan Ali Mansour Saleh Abdullah Farah Nasser Aziz Hamdan Khoury Said Abboud "
        "Darwish Issa Jaber Mahmoud Najjar Odeh Qureshi Rahman Sabbagh Shaheen Yousef")
    + ['Al-Amin', 'El-Sayed', 'Al-Masri', 'Abu-Ghazaleh'])
G['filipino'] = dict(
    M=['Mark Anthony', 'John Paul', 'Jerome', 'Rodel', 'Arnel', 'Carlo', 'Jericho', 'Rommel', 'Ferdinand',
       'Joel', 'Ramon', 'Reynaldo', 'Edgardo', 'Christian', 'Jayson', 'Noel'],
    F=['Maria Cristina', 'Maria Theresa', 'Rowena', 'Marites', 'Jocelyn', 'Maricel', 'Joy', 'Angelica',
       'Princess', 'Lourdes', 'Cherry', 'Jasmine', 'Kristine', 'Analyn', 'Rosalie', 'Mary Grace'],
    S=W("Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Villanueva Castillo Ramos Aquino Manalo Pascual "
        "Soriano Tolentino Dizon Navarro Macaraeg Lacson Salvador Domingo Gonzales Aguilar Buenaventura")
    + ['Dela Cruz', 'De Leon', 'Delos Santos', 'De Guzman'])
G['frcan'] = dict(
    M=['Jean-François', 'Marc-André', 'Pierre', 'Luc', 'Mathieu', 'Étienne', 'Guillaume', 'Sébastien',
       'Olivier', 'Maxime', 'Simon', 'Alexandre', 'Frédéric', 'Philippe', 'Benoît', 'Jean-Philippe',
       'Gabriel', 'Félix', 'Louis', 'Samuel'],
    F=['Marie-Ève', 'Geneviève', 'Isabelle', 'Nathalie', 'Mélanie', 'Julie', 'Catherine', 'Sophie',
       'Chantal', 'Émilie', 'Marie-Claude', 'Valérie', 'Annie', 'Josée', 'Karine', 'Stéphanie', 'Audrey',
       'Camille', 'Léa', 'Chloé'],
    S=['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné',
       'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Girard',
       'Simard', 'Boucher', 'Caron', 'Beaulieu', 'Cloutier', 'Dubé', 'Poirier', 'Fournier', 'Lapointe',
       'Leclerc', 'Lefebvre', 'Poulin', 'Thibault', 'St-Pierre', 'Desjardins', 'Thériault'])

# common name combinations used for namesakes
COMMON = {
    'anglo': (['John', 'Michael', 'David', 'James', 'Robert', 'William', 'Christopher'],
              ['Jennifer', 'Mary', 'Jessica', 'Sarah', 'Ashley', 'Amanda', 'Emily'],
              ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson',
               'Taylor']),
    'hispanic': (['José', 'Juan', 'Luis', 'Carlos', 'Jorge'], ['María', 'Ana', 'Rosa', 'Sofía', 'Gabriela'],
                 ['García', 'Rodríguez', 'Hernández', 'Martínez', 'López', 'González']),
    'black': (['Marcus', 'Michael', 'James', 'Anthony'], ['Keisha', 'Jasmine', 'Ashley', 'Brittany'],
              ['Williams', 'Johnson', 'Jackson', 'Brown', 'Davis', 'Harris']),
    'vietnamese': (['Minh', 'Kevin', 'Tuan', 'Tony'], ['Linh', 'Tina', 'Anh', 'Vivian'], ['Nguyen', 'Tran', 'Le']),
    'korean': (['Daniel', 'David', 'Paul'], ['Grace', 'Jennifer', 'Esther'], ['Kim', 'Lee', 'Park']),
    'chinese': (['Wei', 'Kevin', 'Michael'], ['Jing', 'Amy', 'Grace'], ['Wang', 'Li', 'Zhang', 'Chen', 'Lee']),
    'indian': (['Amit', 'Rahul', 'Raj'], ['Priya', 'Pooja', 'Neha'], ['Patel', 'Shah', 'Kumar']),
    'arabic': (['Mohammed', 'Ahmed', 'Omar'], ['Fatima', 'Sara', 'Mariam'], ['Ali', 'Hassan', 'Khalil']),
    'filipino': (['Mark Anthony', 'John Paul', 'Christian'], ['Maria Cristina', 'Joy', 'Mary Grace'],
                 ['Santos', 'Reyes', 'Cruz', 'Dela Cruz']),
    'frcan': (['Jean-François', 'Mathieu'], ['Julie', 'Isabelle'], ['Tremblay', 'Gagnon', 'Roy']),
}

NICK = {
    'Robert': ['Bob', 'Rob', 'Bobby'], 'William': ['Bill', 'Will', 'Billy'],
    'Elizabeth': ['Liz', 'Beth', 'Lizzie', 'Betsy'], 'Michael': ['Mike', 'Mikey'],
    'James': ['Jim', 'Jimmy', 'Jamie'], 'Richard': ['Rick', 'Rich'], 'Katherine': ['Kate', 'Katie', 'Kathy'],
    'Catherine': ['Cathy', 'Cat'], 'Kathleen': ['Kathy', 'Kath'], 'Jennifer': ['Jen', 'Jenny'],
    'Christopher': ['Chris'], 'Matthew': ['Matt'], 'Daniel': ['Dan', 'Danny'], 'Joseph': ['Joe', 'Joey'],
    'Thomas': ['Tom', 'Tommy'], 'Anthony': ['Tony'], 'Margaret': ['Maggie', 'Peggy', 'Meg'],
    'Patricia': ['Patty', 'Trish', 'Pat'], 'Jonathan': ['Jon'], 'Nicholas': ['Nick'], 'Alexander': ['Alex'],
    'Samantha': ['Sam'], 'Rebecca': ['Becky', 'Becca'], 'Jessica': ['Jess', 'Jessie'],
    'Deborah': ['Deb', 'Debbie'], 'Susan': ['Sue', 'Susie'], 'Steven': ['Steve'], 'Stephen': ['Steve'],
    'Andrew': ['Andy', 'Drew'], 'Benjamin': ['Ben'], 'Edward': ['Ed', 'Eddie', 'Ted'],
    'Charles': ['Charlie', 'Chuck'], 'Timothy': ['Tim'], 'Kenneth': ['Ken', 'Kenny'], 'Gregory': ['Greg'],
    'Jeffrey': ['Jeff'], 'Zachary': ['Zach', 'Zack'], 'Victoria': ['Vicky', 'Tori'], 'Cynthia': ['Cindy'],
    'Pamela': ['Pam'], 'Kimberly': ['Kim'], 'Stephanie': ['Steph'], 'Abigail': ['Abby'], 'Nathan': ['Nate'],
    'Lawrence': ['Larry'], 'Gerald': ['Gerry'], 'Donald': ['Don', 'Donnie'], 'Ronald': ['Ron', 'Ronnie'],
    'Raymond': ['Ray'], 'Douglas': ['Doug'], 'Phillip': ['Phil'], 'Samuel': ['Sam', 'Sammy'],
    'Patrick': ['Pat'], 'Joshua': ['Josh'], 'Jacob': ['Jake'], 'Dorothy': ['Dottie'], 'Judith': ['Judy'],
    'Theresa': ['Terri', 'Tess'], 'Barbara': ['Barb'], 'Sandra': ['Sandy'], 'Melissa': ['Missy', 'Mel'],
    'Amanda': ['Mandy'], 'Christine': ['Chrissy'], 'Jacqueline': ['Jackie'], 'Allison': ['Ally'],
    'Gabriela': ['Gaby'], 'Alejandro': ['Alex'], 'Francisco': ['Paco', 'Frank'], 'José': ['Pepe'],
    'Jose': ['Pepe'], 'Guadalupe': ['Lupe'], 'Jesús': ['Chuy'], 'Jesus': ['Chuy'], 'Roberto': ['Beto'],
    'Eduardo': ['Lalo'], 'Ignacio': ['Nacho'], 'Antonio': ['Tony'], 'Manuel': ['Manny'],
    'Alexandra': ['Lexi'], 'Reginald': ['Reggie'], 'Terrence': ['Terry'], 'Mohammed': ['Mo'],
    'Frédéric': ['Fred'], 'Frederic': ['Fred'], 'Guillaume': ['Guy'], 'Jean-François': ['JF'],
    'Jean-Francois': ['JF'], 'Alexandre': ['Alex'], 'Christian': ['Chris'], 'Jayson': ['Jay'],
    'Rosalie': ['Rose'], 'Angelica': ['Angel'], 'Vikram': ['Vik'], 'Venkatesh': ['Venky'],
    'Srinivas': ['Srini'], 'Rajesh': ['Raj'], 'Mahmoud': ['Mike'], 'Bryan': ['Bry'],
}
REV = {}
for _f, _ns in NICK.items():
    for _n in _ns:
        REV.setdefault(_n, _f)

TRANSLIT = {'Mohammed': ['Mohamed', 'Muhammad', 'Mohammad'], 'Ahmed': ['Ahmad'], 'Yusuf': ['Yousef', 'Youssef'],
            'Fatima': ['Fatimah'], 'Aisha': ['Ayesha', 'Aysha'], 'Mariam': ['Maryam'], 'Khalid': ['Khaled'],
            'Hassan': ['Hasan'], 'Yasmin': ['Yasmine'], 'Mustafa': ['Mostafa'], 'Omar': ['Umar']}


def nick_alt(g):
    if not g:
        return None
    if g in NICK:
        return pick(NICK[g])
    if g in REV:
        return REV[g]
    return None


def name_class(g):
    f = REV.get(g, g)
    return set([f, g, deaccent(f)] + NICK.get(f, []))


def names_compatible(a, b):
    """True if two given names could be the same person (nickname / identical)."""
    return bool(name_class(a) & name_class(b)) or a.split()[0] == b.split()[0]


PARTICLES = ('Dela', 'De', 'Del', 'Delos', 'Van', 'St.', 'Abu')


def punct_variant(s):
    """Hyphen / apostrophe / particle variants of a name: O'Brien->OBrien, Ji-hoon->Jihoon, Dela Cruz->DelaCruz."""
    opts = []
    if "'" in s:
        opts += [s.replace("'", ''), s.replace("'", ' ')]
    if '-' in s:
        opts += [s.replace('-', ''), s.replace('-', ' '),
                 '-'.join(p[:1].upper() + p[1:] for p in s.split('-'))]
        if s.startswith('St-'):
            opts += ['St. ' + s[3:], 'Saint-' + s[3:]]
    if ' ' in s:
        first = s.split(' ')[0]
        if first in PARTICLES:
            opts += [s.replace(' ', ''), s.title(), s.lower().capitalize()]
        elif s.startswith('St. '):
            opts += ['St ' + s[4:], 'Saint ' + s[4:]]
        else:
            opts += [s.replace(' ', '-')]
    m = re.match(r'^(Mc|Mac)([A-Z].*)$', s)
    if m:
        opts.append(m.group(1) + m.group(2).lower())
    opts = [o for o in opts if o != s]
    return pick(opts) if opts else None


MID_LETTERS = 'AAJJMMLLRREEDDKSSCTWBGPNFH'

# =========================================================== geography
US_STATES = {'AL': 'Alabama', 'AK': 'Alaska', 'AZ': 'Arizona', 'AR': 'Arkansas', 'CA': 'California',
             'CO': 'Colorado', 'CT': 'Connecticut', 'DC': 'District of Columbia', 'FL': 'Florida',
             'GA': 'Georgia', 'HI': 'Hawaii', 'ID': 'Idaho', 'IL': 'Illinois', 'IN': 'Indiana',
             'KY': 'Kentucky', 'LA': 'Louisiana', 'MA': 'Massachusetts', 'MD': 'Maryland', 'ME': 'Maine',
             'MI': 'Michigan', 'MN': 'Minnesota', 'MO': 'Missouri', 'MT': 'Montana', 'NC': 'North Carolina',
             'ND': 'North Dakota', 'NE': 'Nebraska', 'NJ': 'New Jersey', 'NM': 'New Mexico', 'NV': 'Nevada',
             'NY': 'New York', 'OH': 'Ohio', 'OK': 'Oklahoma', 'OR': 'Oregon', 'PA': 'Pennsylvania',
             'RI': 'Rhode Island', 'SC': 'South Carolina', 'TN': 'Tennessee', 'TX': 'Texas', 'UT': 'Utah',
             'VA': 'Virginia', 'VT': 'Vermont', 'WA': 'Washington', 'WI': 'Wisconsin'}
CA_PROV = {'ON': 'Ontario', 'BC': 'British Columbia', 'AB': 'Alberta', 'QC': 'Quebec', 'MB': 'Manitoba',
           'NS': 'Nova Scotia'}

CITIES = []


def _city(name, region, country, pre, ac, w, **tw):
    CITIES.append((name, region, country, tuple(pre), tuple(ac), w, tw))


_city('New York', 'NY', 'US', ['100', '101', '102'], ['212', '646', '917'], 5, chinese=2, hispanic=1.5, korean=1.5)
_city('Brooklyn', 'NY', 'US', ['112'], ['718', '347', '929'], 4, black=2.5, chinese=2, arabic=1.5)
_city('Bronx', 'NY', 'US', ['104'], ['718', '347'], 2, hispanic=4, black=2.5)
_city('Buffalo', 'NY', 'US', ['142'], ['716'], 1, black=1.5)
_city('Los Angeles', 'CA', 'US', ['900'], ['213', '323', '310'], 6, hispanic=2.5, korean=3, filipino=2, chinese=1.5)
_city('San Diego', 'CA', 'US', ['921'], ['619', '858'], 2.5, hispanic=1.8, filipino=3, vietnamese=1.5)
_city('San Jose', 'CA', 'US', ['951'], ['408', '669'], 2, vietnamese=5, chinese=3, indian=4, hispanic=1.6, filipino=2)
_city('San Francisco', 'CA', 'US', ['941'], ['415', '628'], 1.6, chinese=5, filipino=2)
_city('Sacramento', 'CA', 'US', ['958'], ['916'], 1.2, hispanic=1.5, indian=1.5)
_city('Fresno', 'CA', 'US', ['937'], ['559'], 0.8, hispanic=3)
_city('Oakland', 'CA', 'US', ['946'], ['510'], 1, black=2, chinese=2)
_city('Irvine', 'CA', 'US', ['926'], ['949'], 1, chinese=3, korean=3, vietnamese=2, indian=2, arabic=2)
_city('Chicago', 'IL', 'US', ['606'], ['312', '773', '872'], 5, hispanic=1.5, black=2)
_city('Naperville', 'IL', 'US', ['605'], ['630'], 0.7, indian=3)
_city('Houston', 'TX', 'US', ['770'], ['713', '832', '281'], 4, vietnamese=3, hispanic=2, black=1.5)
_city('Dallas', 'TX', 'US', ['752'], ['214', '469', '972'], 3, hispanic=2, black=1.5, indian=1.5)
_city('San Antonio', 'TX', 'US', ['782'], ['210'], 2, hispanic=3.5)
_city('Austin', 'TX', 'US', ['787'], ['512', '737'], 1.8, hispanic=1.6, indian=1.5)
_city('El Paso', 'TX', 'US', ['799'], ['915'], 0.8, hispanic=5)
_city('Phoenix', 'AZ', 'US', ['850'], ['602', '480', '623'], 3, hispanic=2)
_city('Tucson', 'AZ', 'US', ['857'], ['520'], 0.9, hispanic=2)
_city('Philadelphia', 'PA', 'US', ['191'], ['215', '267'], 3, black=2.5)
_city('Pittsburgh', 'PA', 'US', ['152'], ['412'], 1.2)
_city('Jacksonville', 'FL', 'US', ['322'], ['904'], 1.2, black=1.5, filipino=1.5)
_city('Miami', 'FL', 'US', ['331'], ['305', '786'], 3, hispanic=5, black=1.5)
_city('Orlando', 'FL', 'US', ['328'], ['407', '321'], 1.8, hispanic=2)
_city('Tampa', 'FL', 'US', ['336'], ['813'], 1.8, hispanic=1.6)
_city('Columbus', 'OH', 'US', ['432'], ['614'], 1.3, black=1.3)
_city('Cleveland', 'OH', 'US', ['441'], ['216'], 1, black=2.5)
_city('Cincinnati', 'OH', 'US', ['452'], ['513'], 1, black=1.5)
_city('Indianapolis', 'IN', 'US', ['462'], ['317'], 1.3, black=1.5)
_city('Charlotte', 'NC', 'US', ['282'], ['704', '980'], 1.6, black=2)
_city('Raleigh', 'NC', 'US', ['276'], ['919', '984'], 1.3, black=1.5, indian=2)
_city('Seattle', 'WA', 'US', ['981'], ['206'], 2.5, chinese=2, vietnamese=2, korean=2, filipino=2)
_city('Spokane', 'WA', 'US', ['992'], ['509'], 0.5)
_city('Denver', 'CO', 'US', ['802'], ['303', '720'], 2, hispanic=1.6)
_city('Colorado Springs', 'CO', 'US', ['809'], ['719'], 0.7)
_city('Washington', 'DC', 'US', ['200'], ['202'], 1.5, black=3, arabic=1.5)
_city('Boston', 'MA', 'US', ['021'], ['617', '857'], 2.5, chinese=1.5)
_city('Worcester', 'MA', 'US', ['016'], ['508', '774'], 0.6, hispanic=1.5)
_city('Providence', 'RI', 'US', ['029'], ['401'], 0.7, hispanic=2)
_city('Hartford', 'CT', 'US', ['061'], ['860'], 0.6, hispanic=2.5, black=1.5)
_city('Newark', 'NJ', 'US', ['071'], ['973', '862'], 1.2, black=2.5, hispanic=2.5)
_city('Jersey City', 'NJ', 'US', ['073'], ['201', '551'], 1, indian=4, filipino=3, arabic=2)
_city('Nashville', 'TN', 'US', ['372'], ['615'], 1.3, black=1.5)
_city('Memphis', 'TN', 'US', ['381'], ['901'], 1, black=4)
_city('Detroit', 'MI', 'US', ['482'], ['313'], 1.6, black=4, arabic=4)
_city('Grand Rapids', 'MI', 'US', ['495'], ['616'], 0.6)
_city('Portland', 'OR', 'US', ['972'], ['503', '971'], 1.6, vietnamese=1.5)
_city('Las Vegas', 'NV', 'US', ['891'], ['702', '725'], 1.8, hispanic=2, filipino=3)
_city('Louisville', 'KY', 'US', ['402'], ['502'], 0.9, black=1.5)
_city('Baltimore', 'MD', 'US', ['212'], ['410', '443'], 1.6, black=3.5, korean=1.5)
_city('Milwaukee', 'WI', 'US', ['532'], ['414'], 1, black=2)
_city('Albuquerque', 'NM', 'US', ['871'], ['505'], 0.9, hispanic=3.5)
_city('Atlanta', 'GA', 'US', ['303'], ['404', '678', '470'], 3, black=3.5, korean=1.5)
_city('Savannah', 'GA', 'US', ['314'], ['912'], 0.4, black=2.5)
_city('Kansas City', 'MO', 'US', ['641'], ['816'], 1.1, black=1.5)
_city('St. Louis', 'MO', 'US', ['631'], ['314'], 1.3, black=2.5)
_city('Minneapolis', 'MN', 'US', ['554'], ['612'], 1.6, black=1.5)
_city('New Orleans', 'LA', 'US', ['701'], ['504'], 0.9, black=3.5, vietnamese=2)
_city('Salt Lake City', 'UT', 'US', ['841'], ['801', '385'], 0.9)
_city('Omaha', 'NE', 'US', ['681'], ['402'], 0.6)
_city('Birmingham', 'AL', 'US', ['352'], ['205'], 0.7, black=3)
_city('Richmond', 'VA', 'US', ['232'], ['804'], 0.8, black=2.5)
_city('Virginia Beach', 'VA', 'US', ['234'], ['757'], 0.9, filipino=3, black=1.5)
_city('Boise', 'ID', 'US', ['837'], ['208'], 0.5)
_city('Honolulu', 'HI', 'US', ['968'], ['808'], 0.7, filipino=8, chinese=3, korean=3, anglo=0.5)
_city('Anchorage', 'AK', 'US', ['995'], ['907'], 0.3, filipino=2)
_city('Burlington', 'VT', 'US', ['054'], ['802'], 0.2)
_city('Portland', 'ME', 'US', ['041'], ['207'], 0.3)
_city('Bozeman', 'MT', 'US', ['597'], ['406'], 0.2)
_city('Fargo', 'ND', 'US', ['581'], ['701'], 0.2)
_city('Little Rock', 'AR', 'US', ['722'], ['501'], 0.4, black=2)
_city('Oklahoma City', 'OK', 'US', ['731'], ['405'], 0.9, vietnamese=1.5)
_city('Charleston', 'SC', 'US', ['294'], ['843'], 0.5, black=2)
_city('Taos', 'NM', 'US', ['875'], ['575'], 0.1, hispanic=3)
_city('Marfa', 'TX', 'US', ['798'], ['432'], 0.05, hispanic=3)
_city('Stowe', 'VT', 'US', ['056'], ['802'], 0.05)
_city('Toronto', 'ON', 'CA', ['M5V', 'M4C', 'M6H', 'M2N', 'M1B', 'M4Y'], ['416', '647', '437'], 4.5, chinese=1.5, indian=1.2)
_city('Mississauga', 'ON', 'CA', ['L5B', 'L5M', 'L4Z'], ['905', '289', '365'], 1.2, indian=2, arabic=2, filipino=1.5)
_city('Brampton', 'ON', 'CA', ['L6T', 'L6Y', 'L6P'], ['905', '289'], 0.9, indian=5, black=2)
_city('Ottawa', 'ON', 'CA', ['K1P', 'K2P', 'K1S', 'K1N'], ['613', '343'], 1.2, frcan=3, arabic=2)
_city('Hamilton', 'ON', 'CA', ['L8P', 'L8L'], ['905', '289'], 0.6)
_city('Vancouver', 'BC', 'CA', ['V5K', 'V6B', 'V5N', 'V6K'], ['604', '778', '236'], 2, chinese=3, filipino=1.5)
_city('Richmond', 'BC', 'CA', ['V6X', 'V6Y'], ['604', '778'], 0.6, chinese=6)
_city('Surrey', 'BC', 'CA', ['V3T', 'V3W', 'V4N'], ['604', '778'], 0.7, indian=5)
_city('Calgary', 'AB', 'CA', ['T2P', 'T3A', 'T2E', 'T3K'], ['403', '587', '825'], 1.3, filipino=2)
_city('Edmonton', 'AB', 'CA', ['T5J', 'T6E', 'T5K'], ['780', '587'], 1.0)
_city('Montréal', 'QC', 'CA', ['H2X', 'H3A', 'H1V', 'H4A', 'H2J'], ['514', '438'], 2.0, arabic=2)
_city('Québec', 'QC', 'CA', ['G1R', 'G1K', 'G1V'], ['418', '581'], 0.5)
_city('Winnipeg', 'MB', 'CA', ['R3C', 'R2M', 'R3T'], ['204', '431'], 0.6, filipino=3)
_city('Halifax', 'NS', 'CA', ['B3H', 'B3K', 'B3L'], ['902', '782'], 0.4)

US_MIX = {'anglo': 52, 'hispanic': 19, 'black': 12, 'chinese': 3.5, 'vietnamese': 2, 'korean': 1.5,
          'indian': 3, 'arabic': 1.5, 'filipino': 2}
CA_MIX = {'anglo': 55, 'frcan': 4, 'chinese': 9, 'indian': 9, 'filipino': 3.5, 'arabic': 3, 'black': 3.5,
          'vietnamese': 2, 'korean': 2, 'hispanic': 1.5}
QC_MIX = {'frcan': 62, 'anglo': 14, 'arabic': 7, 'black': 5, 'chinese': 3, 'vietnamese': 2, 'hispanic': 3,
          'indian': 2, 'filipino': 1, 'korean': 1}

CITY_VARIANTS = {
    'New York': ['New York City', 'NYC', 'Manhattan'], 'Brooklyn': ['New York'], 'Bronx': ['The Bronx'],
    'Los Angeles': ['LA', 'Los Angles'], 'San Francisco': ['SF', 'San Fransisco'],
    'St. Louis': ['Saint Louis', 'St Louis'], 'Washington': ['Washington DC', 'Washington, D.C.'],
    'Philadelphia': ['Philly', 'Phila'], 'Salt Lake City': ['SLC', 'Salt Lake Cty'],
    'Colorado Springs': ['Colo Springs'], 'Virginia Beach': ['Va Beach'], 'Montréal': ['Montreal'],
    'Québec': ['Quebec City', 'Quebec'], 'Las Vegas': ['Vegas'], 'Mississauga': ['Missisauga'],
    'Oklahoma City': ['OKC'], 'Indianapolis': ['Indy'], 'Pittsburgh': ['Pittsburg'],
    'Cincinnati': ['Cinncinati'], 'Albuquerque': ['Albuquerqe'], 'Minneapolis': ['Mpls'],
    'Jacksonville': ['Jax'], 'Fort Worth': ['Ft Worth'],
}

US_STREETS = W("Main Oak Maple Cedar Elm Pine Washington Lake Hill Park Sunset Lincoln Jefferson Madison Franklin "
               "Highland Meadow River Church Spring Ridge Willow Walnut Chestnut Jackson Cherry Hickory Magnolia "
               "Forest Birch Center Mill Prospect Union Summit Grove Lakeview Sycamore Dogwood Aspen Juniper "
               "Palm Canyon Vista Hillcrest Fairview Woodland Cypress Laurel Poplar Orchard Bayview Harbor "
               "Kingston Wilson Adams Monroe Cambridge Sheridan Greenwood Valley Meadowbrook Briarwood "
               "Stonegate Windsor Brookside Heritage Oakridge Westwood Rosewood Cottonwood Mesquite Peachtree "
               "Bluebonnet Sequoia") + [
    'Martin Luther King Jr', 'Old Mill', 'Country Club', 'Spring Valley', 'Deer Creek', 'Fox Hollow',
    '1st', '2nd', '3rd', '4th', '5th', '7th', '9th', '12th', '14th', '21st', '23rd', '34th', '42nd', '57th',
    '86th', '110th']
CA_STREETS = W("King Queen Yonge Bloor Dundas College Spadina Bathurst Robson Granville Main Fraser Kingsway "
               "Jasper Whyte Portage Barrington Bank Elgin Rideau Wellington Victoria Albert Dufferin Lakeshore "
               "Sheppard Finch Eglinton Hurontario Hastings Cambie Oak Maple Cedar Birch Willow") + [
    '10th', '17th', '4th', '8th', '124th', '32nd']
QC_STREETS = ['Saint-Denis', 'Sainte-Catherine', 'Saint-Laurent', 'Sherbrooke', 'Rachel', 'Mont-Royal',
              'Papineau', 'Beaubien', 'Jean-Talon', 'de Maisonneuve', 'Saint-Jean', 'René-Lévesque',
              'Cartier', 'des Érables', 'Saint-Hubert', 'Laurier']
BIZ_STREETS = W("Main Commerce Market Broadway Industrial Center Plaza Corporate Congress Central Grand State "
                "Front Water Court Gateway Technology Executive Park Oak Elm Washington Madison")
STYPES = [('St', 'Street', 30), ('Ave', 'Avenue', 20), ('Rd', 'Road', 10), ('Dr', 'Drive', 12),
          ('Ln', 'Lane', 6), ('Blvd', 'Boulevard', 4), ('Ct', 'Court', 5), ('Way', 'Way', 4),
          ('Pl', 'Place', 3), ('Cir', 'Circle', 2), ('Ter', 'Terrace', 2), ('Pkwy', 'Parkway', 1)]
STYPE_FULL = {a: f for a, f, _ in STYPES}
DIRS = {'N': 'North', 'S': 'South', 'E': 'East', 'W': 'West', 'NE': 'Northeast', 'NW': 'Northwest',
        'SE': 'Southeast', 'SW': 'Southwest'}
CA_LDU = 'ABCEGHJKLMNPRSTVWXYZ'

POSTALS = {}


def city_postals(c):
    k = c[0] + '|' + c[1]
    if k not in POSTALS:
        lst = []
        for _ in range(8):
            pre = pick(c[3])
            if c[2] == 'US':
                lst.append(pre + '%02d' % R.randint(1, 99))
            else:
                lst.append('%s %d%s%d' % (pre, R.randint(0, 9), pick(CA_LDU), R.randint(0, 9)))
        POSTALS[k] = lst
    return POSTALS[k]


def pick_city(country=None, region=None, exclude=None):
    lst = [c for c in CITIES if (country is None or c[2] == country) and (region is None or c[1] == region)
           and (exclude is None or c != exclude)]
    return wpick([(c, c[5]) for c in lst])


def pick_group(city):
    base = US_MIX if city[2] == 'US' else (QC_MIX if city[1] == 'QC' else CA_MIX)
    return wpick({g: w * city[6].get(g, 1.0) for g, w in base.items()})


_AKEY = [0]


def next_akey():
    _AKEY[0] += 1
    return 'A%05d' % _AKEY[0]


def mk_res_addr(city, apt_p=0.3, force_unit=False):
    a = {'key': next_akey(), 'kind': 'street', 'city': city[0], 'region': city[1], 'country': city[2],
         'crec': city, 'postal': pick(city_postals(city)), 'plus4': '%04d' % R.randint(1, 9999),
         'predir': None, 'postdir': None, 'stype': None, 'fr': None, 'unit': None}
    unit = force_unit or chance(apt_p)
    if city[1] == 'QC' and chance(0.75):
        a['fr'] = wpick({'rue': 7, 'boulevard': 2, 'avenue': 1})
        a['name'] = pick(QC_STREETS)
    elif city[2] == 'CA':
        a['name'] = pick(CA_STREETS)
        a['stype'] = wpick({'St': 5, 'Ave': 4, 'Rd': 2, 'Dr': 1, 'Blvd': 1})
        if city[0] in ('Calgary', 'Edmonton'):
            a['postdir'] = pick(['SW', 'NW', 'SE', 'NE'])
        elif city[0] == 'Toronto' and chance(0.5):
            a['postdir'] = pick(['W', 'E'])
    else:
        a['name'] = pick(US_STREETS)
        a['stype'] = wpick([(s[0], s[2]) for s in STYPES])
        if chance(0.15):
            a['predir'] = pick(['N', 'S', 'E', 'W'])
        elif city[0] == 'Washington' and chance(0.8):
            a['postdir'] = pick(['NW', 'NE', 'SE', 'SW'])
    if unit:
        a['num'] = str(R.randint(10, 4999))
        if city[2] == 'CA':
            uid = wpick({str(R.randint(2, 38)) + '%02d' % R.randint(1, 20): 6, str(R.randint(1, 12)): 2})
            a['unit'] = (wpick({'Unit': 4, 'Apt': 3, 'Suite': 1}), uid)
        else:
            uid = wpick({str(R.randint(1, 12)) + pick('ABCDEF'): 4, str(R.randint(1, 30)): 3,
                         str(R.randint(1, 9)) + '%02d' % R.randint(1, 24): 4, pick('ABCD'): 1,
                         str(R.randint(1, 4)) + pick('RLF'): 1})
            a['unit'] = (wpick({'Apt': 6, 'Unit': 2, '#': 2}), uid)
    else:
        a['num'] = str(wpick({R.randint(1, 999): 4, R.randint(1000, 9999): 5, R.randint(10000, 29999): 1}))
    return a


def mk_biz_addr(city):
    a = mk_res_addr(city, apt_p=0)
    if a['fr'] is None:
        a['name'] = pick(BIZ_STREETS) if city[2] == 'US' else pick(CA_STREETS)
        a['stype'] = wpick({'St': 5, 'Ave': 3, 'Dr': 2, 'Blvd': 2, 'Pkwy': 1, 'Way': 1, 'Rd': 1})
    a['num'] = str(R.randint(10, 9999))
    if chance(0.45):
        a['unit'] = ('Suite', pick(['100', '101', '110', '120', '150', '200', '201', '205', '210', '220', '300',
                                    '310', '400', '450', '500', 'A', 'B', 'C', 'D', '2', '3', '12', '104']))
    return a


def mk_pobox(city):
    return {'key': next_akey(), 'kind': 'pobox', 'box': str(R.randint(2, 9999)), 'city': city[0],
            'region': city[1], 'country': city[2], 'crec': city, 'postal': pick(city_postals(city)),
            'plus4': '%04d' % R.randint(1, 9999), 'unit': None, 'fr': None}


# ---------------------------------------------------------------- address rendering
def unit_text(unit, word):
    ut, uid = unit
    if word is None:
        word = ut
    if word == '':
        return uid
    if word == '#':
        return '#' + uid
    if word == '# ':
        return '# ' + uid
    return word + ' ' + uid


def street_text(a, s):
    name = a['name']
    if s.get('street_typo'):
        name = typo(name)
    if a['fr']:
        form = s.get('fr_form', 0)
        t = a['fr']
        nm = name
        if form == 2:
            nm = name.replace('Sainte-', 'Ste-').replace('Saint-', 'St-')
        if form == 3:   # English style
            en = {'rue': 'St', 'boulevard': 'Blvd', 'avenue': 'Ave'}[t]
            return '%s %s' % (nm, en)
        word = {'rue': ['rue', 'Rue', 'rue'], 'boulevard': ['boulevard', 'boul.', 'Boul'],
                'avenue': ['avenue', 'Av.', 'av.']}[t][form if form < 3 else 0]
        return '%s %s' % (word, nm)
    if name == 'Martin Luther King Jr' and s.get('mlk'):
        name = 'MLK'
    parts = []
    dform = s.get('dir', 'abbr')

    def d(x):
        return DIRS[x] if dform == 'full' else (x + '.' if dform == 'dot' else x)
    if a.get('predir'):
        parts.append(d(a['predir']))
    parts.append(name)
    if a.get('stype'):
        sf = s.get('stype', 'abbr')
        parts.append(STYPE_FULL[a['stype']] if sf == 'full' else
                     (a['stype'] + '.' if sf == 'dot' and a['stype'] != STYPE_FULL[a['stype']] else a['stype']))
    if a.get('postdir'):
        parts.append(d(a['postdir']))
    return ' '.join(parts)


def render_addr(a, s):
    if a is None:
        return None
    line2 = None
    if a['kind'] == 'pobox':
        line1 = '%s %s' % (s.get('pobox', 'PO Box'), a['box'])
    else:
        street = street_text(a, s)
        place = s.get('unit_place', 'line2')
        if a.get('unit') and place == 'ca_prefix':
            line1 = '%s-%s %s' % (a['unit'][1], a['num'], street)
        elif a.get('unit') and place == 'inline':
            line1 = '%s %s%s%s' % (a['num'], street, s.get('unit_sep', ' '), unit_text(a['unit'], s.get('unit_word')))
        elif a.get('unit') and place == 'line2':
            line1 = '%s %s' % (a['num'], street)
            line2 = unit_text(a['unit'], s.get('unit_word'))
        else:
            line1 = '%s %s' % (a['num'], street)
    if s.get('extra_line2'):
        line2 = (line2 + ', ' if line2 else '') + s['extra_line2']
    city = s.get('city_alt') or a['city']
    if s.get('city_typo'):
        city = typo(city)
    code = a['region']
    rf = s.get('region', 'code')
    if rf == 'full':
        region = US_STATES.get(code) or CA_PROV.get(code)
        if code == 'QC' and chance(0.5):
            region = 'Québec'
    elif rf == 'lower':
        region = code.lower()
    else:
        region = code
    p = a['postal']
    if a['country'] == 'US':
        if s.get('zip4'):
            p = p + '-' + a['plus4']
        if s.get('lost_zero') and p.startswith('0'):
            p = p.lstrip('0')
    else:
        if not s.get('postal_space', True):
            p = p.replace(' ', '')
        if s.get('postal_lower'):
            p = p.lower()
    out = {'line1': line1, 'line2': line2, 'city': city, 'region': region, 'postalCode': p,
           'country': s.get('country')}
    case = s.get('case', 'title')
    if case in ('lower', 'upper'):
        f = str.lower if case == 'lower' else str.upper
        for k in ('line1', 'line2', 'city', 'region'):
            if out[k]:
                out[k] = f(out[k])
    return out


def country_form(a, existing):
    if a['country'] == 'US':
        if existing:
            return wpick({'US': 40, 'USA': 15, 'United States': 25, None: 20})
        return wpick({'US': 85, 'United States': 15})
    if existing:
        return wpick({'CA': 30, 'Canada': 65, None: 5})
    return wpick({'CA': 80, 'Canada': 20})


def existing_addr_style(a):
    s = {'stype': wpick({'abbr': 70, 'full': 20, 'dot': 10}), 'dir': wpick({'abbr': 85, 'full': 10, 'dot': 5}),
         'region': wpick({'code': 95, 'full': 5}), 'zip4': chance(0.05), 'lost_zero': chance(0.3),
         'country': country_form(a, True), 'postal_space': chance(0.92), 'fr_form': wpick({0: 5, 1: 3, 2: 2}),
         'pobox': wpick({'PO Box': 6, 'P.O. Box': 3, 'PO BOX': 1})}
    if a.get('unit'):
        if a['country'] == 'CA':
            s['unit_place'] = wpick({'ca_prefix': 35, 'line2': 35, 'inline': 30})
        else:
            s['unit_place'] = wpick({'line2': 60, 'inline': 40})
        s['unit_word'] = a['unit'][0] if chance(0.7) else pick(['Apt', 'Apt.', '#', 'Unit']) \
            if a['unit'][0] != 'Suite' else pick(['Suite', 'Ste', 'Ste.'])
        s['unit_sep'] = wpick({' ': 6, ', ': 4})
        if chance(0.04):
            s['unit_place'] = 'omit'
    return s


DELIVERY_NOTES = ['Leave at back door', 'Gate code 1234', 'Ring bell', 'Side entrance', 'Call on arrival',
                  'Leave with doorman', 'Behind the planter', 'Buzz 204', 'Do not leave at door', 'c/o Front Desk']


def incoming_addr_style(a, xs, tags, forbid=()):
    """Web-form style; tags describe what differs from the existing style xs (may be None)."""
    s = {'stype': wpick({'abbr': 55, 'full': 35, 'dot': 10}), 'dir': wpick({'abbr': 70, 'full': 25, 'dot': 5}),
         'region': wpick({'code': 90, 'full': 10}), 'zip4': chance(0.07), 'country': country_form(a, False),
         'postal_space': chance(0.75), 'postal_lower': chance(0.05), 'fr_form': wpick({0: 4, 1: 2, 2: 2, 3: 2}),
         'pobox': wpick({'PO Box': 5, 'P.O. Box': 3, 'POB': 1, 'Box': 1, 'PO BOX': 2, 'Post Office Box': 1}),
         'mlk': chance(0.3)}
    if a.get('unit'):
        if a['country'] == 'CA':
            s['unit_place'] = wpick({'ca_prefix': 30, 'line2': 45, 'inline': 25})
        else:
            s['unit_place'] = wpick({'line2': 55, 'inline': 45})
        if a['unit'][0] == 'Suite':
            s['unit_word'] = pick(['Suite', 'Ste', 'Ste.', '#', 'Unit', 'STE'])
        elif chance(0.45):
            s['unit_word'] = a['unit'][0]
        else:
            s['unit_word'] = pick(['Apt', 'Apt.', '#', 'Unit', 'APT', 'Apartment', '# ', 'apt'])
            if s['unit_place'] == 'line2' and chance(0.15):
                s['unit_word'] = ''
        s['unit_sep'] = wpick({' ': 6, ', ': 4})
        if chance(0.04) and 'unit_omitted' not in forbid:
            s['unit_place'] = 'omit'
            tags.append('unit_omitted')
    if chance(0.05) and a['city'] in CITY_VARIANTS:
        s['city_alt'] = pick(CITY_VARIANTS[a['city']])
        tags.append('city_variant')
    if chance(0.02):
        s['city_typo'] = True
        tags.append('city_typo')
    if chance(0.03):
        s['street_typo'] = True
        tags.append('street_typo')
    if chance(0.02):
        s['extra_line2'] = pick(DELIVERY_NOTES)
        tags.append('delivery_note_in_line2')
    if xs is not None:
        if a.get('unit') and (xs.get('unit_place') != s.get('unit_place') or xs.get('unit_word') != s.get('unit_word')) \
                and s.get('unit_place') != 'omit':
            tags.append('unit_format')
        if a.get('stype') and xs.get('stype') != s['stype']:
            tags.append('street_type_format')
        if (a.get('predir') or a.get('postdir')) and xs.get('dir') != s['dir']:
            tags.append('directional_format')
        if s['zip4'] and not xs.get('zip4') and a['country'] == 'US':
            tags.append('zip_plus4')
        if s['region'] != xs.get('region'):
            tags.append('region_format')
        if a['kind'] == 'pobox' and s['pobox'] != xs.get('pobox'):
            tags.append('pobox_format')
    return s


# =========================================================== phones & e-mails
USED_PHONES = set()


def new_phone(city):
    while True:
        ac = pick(city[4])
        ex = R.randint(201, 989)
        if ex % 100 == 11 or ex == 555:
            continue
        d = '%s%03d%04d' % (ac, ex, R.randint(0, 9999))
        if d not in USED_PHONES:
            USED_PHONES.add(d)
            return d


def fmt_phone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {'paren': '(%s) %s-%s' % (a, b, c), 'dash': '%s-%s-%s' % (a, b, c), 'dots': '%s.%s.%s' % (a, b, c),
            'plain': d, 'e164': '+1' + d, 'plus1dash': '+1 %s-%s-%s' % (a, b, c),
            'plus1space': '+1 %s %s %s' % (a, b, c), 'one_dash': '1-%s-%s-%s' % (a, b, c),
            'plus1paren': '+1 (%s) %s-%s' % (a, b, c), 'one_space': '1 %s %s %s' % (a, b, c)}[style]


PLUS1 = {'e164', 'plus1dash', 'plus1space', 'one_dash', 'plus1paren', 'one_space'}
X_PHONE_STYLE = {'paren': 38, 'dash': 30, 'plus1dash': 8, 'plain': 12, 'dots': 4, 'e164': 8}
IN_PHONE_STYLE = {'e164': 45, 'paren': 12, 'dash': 14, 'plain': 15, 'dots': 4, 'one_space': 3, 'plus1paren': 3,
                  'one_dash': 2, 'plus1space': 2}

FREEMAIL_US = {'gmail.com': 46, 'yahoo.com': 13, 'hotmail.com': 6, 'outlook.com': 6, 'icloud.com': 9, 'aol.com': 4,
               'comcast.net': 3, 'att.net': 2, 'sbcglobal.net': 2, 'verizon.net': 1, 'msn.com': 1,
               'live.com': 2, 'me.com': 1, 'protonmail.com': 1, 'cox.net': 1, 'bellsouth.net': 1,
               'charter.net': 1}
FREEMAIL_CA = {'gmail.com': 45, 'hotmail.com': 12, 'yahoo.ca': 7, 'outlook.com': 6, 'icloud.com': 8, 'shaw.ca': 5,
               'rogers.com': 5, 'sympatico.ca': 3, 'videotron.ca': 2, 'telus.net': 3, 'live.ca': 2,
               'bell.net': 2}
PLUS_OK = {'gmail.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'me.com', 'protonmail.com'}
DOMAIN_TYPOS = {'gmail.com': ['gmial.com', 'gmal.com', 'gmail.co', 'gmail.con', 'gnail.com'],
                'yahoo.com': ['yaho.com', 'yahooo.com', 'yahoo.co'], 'hotmail.com': ['hotmial.com', 'hotmail.co'],
                'outlook.com': ['outlok.com', 'outlook.co'], 'icloud.com': ['icoud.com', 'iclould.com'],
                'aol.com': ['aol.co', 'aoll.com']}
HANDLE_WORDS = W("sunny blue happy lucky sweet cool jazzy runner gamer hoops gator tiger bear wolf angel "
                 "star rose lily coffee pizza beach surf rocket kitty honey peach bunny dragon ninja soccer "
                 "cowboy jersey bama music")
EMPLOYERS = W("northwindtraders contosohealth fabrikamco lakesidehospital summitlogistics brightpathedu "
              "meridianbank pioneerfoods bluecrestins harborviewmed cedarsystems evergreenschools metrotransit "
              "keystonegroup ironwoodeng tritonsoft granitecu coastalpower silverlinelaw redrockmining")
USED_EMAILS = set()


def freemail(country):
    return wpick(FREEMAIL_US if country == 'US' else FREEMAIL_CA)


def person_local(given, family, middle=None, style=None):
    gt = given.split()
    g = slug(gt[0]) if (len(gt) == 1 or chance(0.6)) else slug(given)
    if chance(0.1) and given in NICK:
        g = slug(NICK[given][0])
    f = slug(family.split()[0]) if (' ' in family and chance(0.5) and family.split()[0] not in PARTICLES) else slug(family)
    yy = '%02d' % R.choice([R.randint(55, 99), R.randint(0, 6)])
    yyyy = str(R.randint(1952, 2005))
    style = style or wpick({'first.last': 20, 'firstlast': 14, 'flast': 12, 'first_last': 4, 'firstl': 3,
                            'f.last': 3, 'first.lastNN': 10, 'firstlastNN': 8, 'lastfirst': 3, 'firstNN': 5,
                            'word': 8, 'first.m.last': 3, 'flastYYYY': 4, 'lastf': 2})
    m = slug(middle)[:1] if middle else pick('ajmlrekst')
    return {'first.last': g + '.' + f, 'firstlast': g + f, 'flast': g[:1] + f, 'first_last': g + '_' + f,
            'firstl': g + f[:1], 'f.last': g[:1] + '.' + f, 'first.lastNN': g + '.' + f + yy,
            'firstlastNN': g + f + yy, 'lastfirst': f + g, 'firstNN': g + yy,
            'word': pick(HANDLE_WORDS) + pick([g, f, g[:1] + f[:1], '']) + pick([yy, yyyy, str(R.randint(1, 999))]),
            'first.m.last': g + '.' + m + '.' + f, 'flastYYYY': g[:1] + f + yyyy, 'lastf': f + g[:1]}[style]


def unique_email(local, domain):
    e = '%s@%s' % (local, domain)
    n = 0
    while e in USED_EMAILS or norm_email(e) in USED_EMAILS:
        n += 1
        e = '%s%d@%s' % (local, R.randint(1, 99) if n < 5 else R.randint(100, 9999), domain)
    USED_EMAILS.add(e)
    USED_EMAILS.add(norm_email(e))
    return e


def new_person_email(given, family, middle, country, domain=None, style=None):
    return unique_email(person_local(given, family, middle, style), domain or freemail(country))


def norm_email(e):
    if not e:
        return None
    e = e.strip().lower()
    if '@' not in e:
        return e
    local, dom = e.rsplit('@', 1)
    local = local.split('+')[0]
    if dom in ('gmail.com', 'googlemail.com'):
        local = local.replace('.', '')
        dom = 'gmail.com'
    return local + '@' + dom


def norm_phone(p):
    if not p:
        return None
    d = re.sub(r'\D', '', p)
    if len(d) == 11 and d[0] == '1':
        d = d[1:]
    return d


# =========================================================== people
def mk_name(city, group=None, gender=None, given=None, family=None):
    group = group or pick_group(city)
    gender = gender or ('F' if chance(0.52) else 'M')
    gd = G[group]
    native = True
    if given is None:
        if gd.get('mix') and chance(gd['mix'][1]):
            given = pick(G[gd['mix'][0]][gender])
            native = False
        elif gd.get('eng') and chance(gd['eng']):
            given = pick(gd['E' + gender])
            native = False
        else:
            given = pick(gd[gender])
    double = False
    if family is None:
        family = pick(gd['S'])
        if group == 'indian':
            if family == 'Kaur' and gender == 'M':
                family = 'Singh'
            elif family == 'Singh' and gender == 'F' and chance(0.5):
                family = 'Kaur'
        if group == 'hispanic' and chance(0.15) and ' ' not in family:
            f2 = pick(gd['S'])
            if f2 != family and ' ' not in f2:
                family = family + ' ' + f2
                double = True
    accented = False
    if group == 'hispanic':
        accented = chance(0.45)
    elif group == 'frcan':
        accented = chance(0.8)
    if not accented:
        given, family = deaccent(given), deaccent(family)
    middle = None
    if group == 'vietnamese' and native:
        if chance(0.7):
            middle = ('Thi' if chance(0.6) else pick(['Ngoc', 'Thanh', 'Kim', 'My'])) if gender == 'F' else \
                ('Van' if chance(0.6) else pick(['Minh', 'Duc', 'Quoc', 'Huu']))
    elif chance(0.3) and group not in ('filipino',):
        middle = pick(MID_LETTERS)
    if chance(0.07) and given in NICK and group in ('anglo', 'black'):
        given = NICK[given][0]          # goes by the nickname in accounting
    return {'given': given, 'family': family, 'middle': middle, 'group': group, 'gender': gender,
            'accented': accented, 'double_surname': double, 'suffix': None, 'suffix_always': False}


def mk_person(city=None, country=None, name=None, addr=None, apt_p=0.3, force_unit=False, **kw):
    city = city or pick_city(country)
    p = name or mk_name(city, **kw)
    p = dict(p)
    p['type'] = 'person'
    p['country'] = city[2]
    p['city'] = city
    p['addr'] = addr or mk_res_addr(city, apt_p, force_unit)
    p['phone'] = new_phone(city)
    p['email'] = new_person_email(p['given'], p['family'], p['middle'], city[2])
    return p


# =========================================================== businesses
BOUTIQUE_WORDS = W("Willow Magnolia Juniper Olive Sage Copper Honeybee Ivy Cedar Saltwater Lavender Harbor Prairie "
                   "Cotton Velvet Sunflower Rustic Urban Coastal Lotus Jade Azul Palm Sterling Pinecone Wildflower "
                   "Driftwood Marigold Poppy Clover Bramble Hazel Fern Birch Indigo Saffron Ember Meadow Bluebird "
                   "Peony Dahlia Sparrow")
BOUTIQUE_TRADES = ['Boutique', 'Boutique', 'Boutique', 'Mercantile', 'Market', 'Goods', 'Gift Shop', 'Apparel',
                   'Collective', 'Closet', 'Trading Co', 'Home & Gift', 'Outfitters', 'Supply Co',
                   'General Store', 'Kids', 'Bridal']
AMP_PAIRS = ['Olive & June', 'Hazel & Pine', 'Salt & Stone', 'Thread & Needle', 'Rose & Ivy', 'Oak & Iron',
             'Fox & Feather', 'Sage & Salt', 'Honey & Hive', 'Bloom & Bramble', 'Lace & Linen', 'Paper & Pine',
             'Moss & Mortar', 'Birch & Bay', 'Tide & Timber', 'Wren & Willow', 'Cotton & Clay']
PLACE_WORDS = W("Lakeside Riverside Hillcrest Northside Westside Summit Parkview Oakwood Bayview Pinecrest Sunrise "
                "Eastgate Brookside Greenfield Highland Metro Gateway Heritage Liberty Pioneer Cornerstone "
                "Evergreen Harborview Mesa Canyon Prairie Valley Coastal Midtown Crossroads")
OFFICE_PATTERNS = ['{S} Family Dental', '{P} Dental Group', '{S} & {S2} Law Group', '{S} Insurance Agency',
                   '{P} Realty', '{S} CPA Group', '{P} Physical Therapy', '{P} Pediatrics', '{S} Chiropractic',
                   '{P} Veterinary Clinic', '{P} Montessori School', '{S} Construction',
                   '{P} Property Management', '{P} Family Medicine', '{S} Tax Services', '{P} Title Company',
                   '{S} Engineering', '{P} Community Church', '{P} Orthodontics', '{S} & Associates',
                   '{P} Home Health', '{P} Learning Center', '{S} Accounting', '{P} Staffing']
SERVICE_PATTERNS = ["{S}'s Bakery", '{S} Nail Spa', '{P} Coffee Roasters', '{S} Brothers Landscaping',
                    "{G}'s Alterations", '{P} Yoga Studio', '{P} Auto Repair', '{P} Barbershop', '{P} Florist',
                    "{G}'s Kitchen", '{P} Pet Grooming', '{P} Salon & Spa', '{S} Beauty Supply', '{P} Deli',
                    '{P} Taqueria', 'Pho {P}', '{P} Dance Academy', '{P} Martial Arts']
CHAIN_BASES = ['{P} Market', 'Sweet {B} Bakery', '{P} Physical Therapy', '{P} Pediatric Dental', '{B} Coffee Co',
               '{P} Hardware', '{P} Pharmacy', '{B} Yoga', '{P} Urgent Care', '{B} Cafe', '{P} Pet Supply',
               '{B} Kids Dentistry', '{P} Optical', '{B} Florist']
USED_COMPANIES = set()
USED_DOMAINS = set()


def company_name(subtype, owner, city):
    for _ in range(50):
        S = deaccent(owner['family']).split()[0] if owner['family'].split()[0] not in PARTICLES else deaccent(owner['family'])
        G_ = deaccent(owner['given']).split()[0]
        S2 = deaccent(pick(G['anglo']['S'] + G[owner['group']]['S']))
        P = pick(PLACE_WORDS)
        if subtype == 'boutique':
            r = R.random()
            if r < 0.45:
                base = '%s %s' % (pick(BOUTIQUE_WORDS), pick(BOUTIQUE_TRADES))
            elif r < 0.65:
                base = pick(AMP_PAIRS) + pick(['', '', ' Boutique', ' Co'])
            elif r < 0.8:
                base = "%s's %s" % (G_, pick(['Boutique', 'Closet', 'Gifts', 'Corner', 'Treasures']))
            else:
                base = '%s %s' % (deaccent(city[0]).split()[0] if chance(0.5) else P, pick(BOUTIQUE_TRADES))
        elif subtype == 'office':
            base = pick(OFFICE_PATTERNS).format(S=S, S2=S2, P=P)
        else:
            pat = pick(SERVICE_PATTERNS)
            if (pat.startswith('Pho') and owner['group'] != 'vietnamese') or \
                    ('Taqueria' in pat and owner['group'] != 'hispanic') or \
                    ('Nail Spa' in pat and owner['group'] not in ('vietnamese', 'korean')):
                continue
            base = pat.format(S=S, G=G_, P=P)
        if base not in USED_COMPANIES:
            USED_COMPANIES.add(base)
            return base
    return base + ' ' + str(R.randint(2, 99))


def legal_suffix(country, subtype, base):
    if country == 'CA':
        return wpick({None: 55, 'Inc.': 25, 'Ltd.': 20})
    if 'Law' in base or 'Dental' in base or 'Associates' in base:
        return wpick({None: 35, 'LLC': 25, 'PLLC': 20, 'P.C.': 20})
    return wpick({None: 50, 'LLC': 32, 'Inc.': 13, 'Co.': 5})


def unique_domain(base, country):
    s = slug(base.replace('&', 'and' if chance(0.5) else ''))
    if len(s) > 22:
        words = [slug(w) for w in base.split() if slug(w)]
        s = ''.join(w[:1] for w in words[:-1]) + words[-1]
    tld = wpick({'.com': 80, '.net': 8, '.co': 5, '.us': 3, '.biz': 2}) if country == 'US' else \
        wpick({'.ca': 60, '.com': 40})
    d = s + tld
    n = 0
    while d in USED_DOMAINS:
        n += 1
        d = s + pick(['shop', 'co', 'inc', 'online', str(n)]) + tld
    USED_DOMAINS.add(d)
    return d


def mk_business(city=None, country=None, subtype=None, owner=None, base=None, domain=None, phone=None,
                email=None, addr=None):
    city = city or pick_city(country)
    subtype = subtype or wpick({'boutique': 45, 'office': 35, 'service': 20})
    owner = owner or mk_name(city)
    base = base or company_name(subtype, owner, city)
    staff = [mk_name(city) for _ in range(R.randint(1, 3))] if subtype != 'boutique' else \
        ([mk_name(city)] if chance(0.4) else [])
    st = {'type': 'business', 'subtype': subtype, 'company_base': base, 'legal': legal_suffix(city[2], subtype, base),
          'qual': None, 'owner': owner, 'staff': staff, 'country': city[2], 'city': city}
    st['contact'] = owner if (subtype == 'boutique' or not staff or chance(0.4)) else staff[0]
    freemail_p = 0.4 if subtype in ('boutique', 'service') else 0.15
    if domain:
        st['domain'], st['freemail'] = domain, False
    elif chance(freemail_p):
        st['domain'], st['freemail'] = freemail(city[2]), True
    else:
        st['domain'], st['freemail'] = unique_domain(base, city[2]), False
    if email:
        st['email'] = email
    elif st['freemail']:
        s = slug(base)
        st['email'] = unique_email(pick([s, s, 'shop' + s, s + slug(city[0])[:6], s + str(R.randint(1, 99))]),
                                   st['domain'])
    else:
        loc = wpick({'info': 20, 'orders': 12, 'hello': 10, 'office': 10, 'contact': 5, 'admin': 5, 'shop': 5,
                     'sales': 3, 'billing': 3, 'frontdesk': 3, 'owner_first': 12, 'owner_flast': 6})
        if loc == 'owner_first':
            loc = slug(owner['given'].split()[0])
        elif loc == 'owner_flast':
            loc = slug(owner['given'])[:1] + slug(owner['family'])
        st['email'] = unique_email(loc, st['domain'])
    st['phone'] = phone or new_phone(city)
    st['addr'] = addr or mk_biz_addr(city)
    return st


def company_text(st, f):
    """f: rendering options dict (legal_form, amp, case, typo, apos, qual_form)."""
    base = st['company_base']
    if f.get('amp') and '&' in base:
        base = base.replace('&', 'and')
    elif f.get('amp') and ' and ' in base:
        base = base.replace(' and ', ' & ')
    if f.get('apos') and "'s" in base:
        base = base.replace("'s", 's')
    if f.get('typo'):
        words = base.split()
        idx = [i for i, w in enumerate(words) if len(w) >= 5]
        if idx:
            i = pick(idx)
            words[i] = typo(words[i])
            base = ' '.join(words)
    if st.get('qual'):
        q = st['qual']
        qf = f.get('qual_form', 0)
        base = base + [' - %s', ' (%s)', ' %s', ' – %s'][qf] % q
    legal = st.get('legal')
    lf = f.get('legal_form', 'keep')
    if legal and lf != 'drop':
        if lf == 'alt':
            legal = {'LLC': pick(['L.L.C.', 'llc', 'Llc']), 'Inc.': pick(['Inc', 'Incorporated', 'INC']),
                     'Ltd.': pick(['Ltd', 'Limited']), 'Co.': 'Company', 'PLLC': 'P.L.L.C.',
                     'P.C.': 'PC'}.get(legal, legal)
        base = base + (', ' if f.get('comma') else ' ') + legal
    case = f.get('case')
    if case == 'lower':
        base = base.lower()
    elif case == 'upper':
        base = base.upper()
    return base


# =========================================================== entities
ENTS = []


def new_ent(state):
    e = {'uid': len(ENTS), 'old': state, 'cur': None, 'exist': False, 'plan': [], 'hn': None, 'partner': [],
         'forbid': set(), 'life': [], 'xtags': [], 'xrec': None, 'xstyle': None, 'inrecs': [], 'id': None,
         'placement': None, 'protect_x': False}
    ENTS.append(e)
    return e


# ---------------------------------------------------------------- existing rendering
def render_existing(e):
    st = e['old']
    xt = []
    xs = {}
    prot = e['protect_x']
    if st['type'] == 'person':
        given, family = st['given'], st['family']
        if chance(0.02) and not prot:
            if chance(0.5):
                given = typo(given)
            else:
                family = typo(family)
            xt.append('existing:name_typo')
        fam_field = family
        disp = '%s %s' % (given, family)
        r = R.random()
        if st.get('middle') and r < 0.07:
            disp = '%s %s. %s' % (given, st['middle'][0], family)
        elif r < 0.12:
            disp = '%s, %s' % (family, given)
        suf = st.get('suffix')
        if suf and (st.get('suffix_always') or chance(0.25)):
            if chance(0.45):
                fam_field = family + ' ' + suf
            disp = disp + ' ' + suf if ', ' not in disp else '%s %s, %s' % (family, suf, given)
        rec = {'displayName': disp, 'givenName': given, 'familyName': fam_field, 'companyName': None}
        if chance(0.02) and not prot:
            rec = {k: (v.lower() if v else v) for k, v in rec.items()}
            xt.append('existing:name_lowercase')
    else:
        f = {'legal_form': 'keep', 'comma': chance(0.3), 'qual_form': wpick({0: 5, 1: 3, 2: 2})}
        xs['company'] = f
        comp = company_text(st, f)
        disp = comp if chance(0.9) else company_text(st, dict(f, legal_form='drop'))
        c = st['contact'] if chance(0.65) else None
        rec = {'displayName': disp, 'givenName': c['given'] if c else None,
               'familyName': c['family'] if c else None, 'companyName': comp}
    # email / phone / address
    rec['email'] = st['email'] if (prot or chance(0.96)) else None
    if rec['email'] is None:
        xt.append('existing:email_missing')
    if st['phone'] and (prot or chance(0.88)):
        xs['phone'] = wpick(X_PHONE_STYLE)
        rec['phone'] = fmt_phone(st['phone'], xs['phone'])
    else:
        rec['phone'] = None
        xt.append('existing:phone_missing')
    if st['addr'] and (prot or chance(0.97)):
        s = existing_addr_style(st['addr'])
        if prot and s.get('unit_place') == 'omit':
            s['unit_place'] = 'line2'
        if s.get('unit_place') == 'omit':
            xt.append('existing:unit_missing')
        xs['addr'] = s
        rec['address'] = render_addr(st['addr'], s)
        rec['_akey'] = st['addr']['key']
    else:
        rec['address'] = None
        rec['_akey'] = None
        xt.append('existing:address_missing')
    if chance(0.03) and not prot:        # legacy ALL-CAPS import
        for k in ('displayName', 'givenName', 'familyName', 'companyName'):
            if rec[k]:
                rec[k] = rec[k].upper()
        if rec['address']:
            for k in ('line1', 'line2', 'city'):
                if rec['address'][k]:
                    rec['address'][k] = rec['address'][k].upper()
        xt.append('existing:all_caps_legacy')
    e['xrec'], e['xstyle'], e['xtags'] = rec, xs, xt
    return rec


# ---------------------------------------------------------------- incoming rendering
EAST_ASIAN = ('chinese', 'korean', 'vietnamese')
JUNK_COMPANY = ['N/A', 'n/a', 'none', '-', 'Home', 'Personal', 'na', '.', 'NA', 'Self']


def inc_person_name(st, forbid, tags, typing):
    given, family, mid = st['given'], st['family'], st.get('middle')
    if st.get('accented') and chance(0.5) and deaccent(given + family) != given + family:
        given, family, mid = deaccent(given), deaccent(family), deaccent(mid)
        tags.append('accents_dropped')
    if st.get('double_surname') and chance(0.35):
        family = family.split(' ')[0]
        tags.append('second_surname_dropped')
    op = wpick({'none': 80, 'nick': 12, 'translit': 3, 'typo': 5})
    if op == 'nick' and 'nickname' not in forbid and nick_alt(given):
        given = nick_alt(given)
        tags.append('nickname')
    elif op == 'translit' and given in TRANSLIT and 'translit' not in forbid:
        given = pick(TRANSLIT[given])
        tags.append('transliteration_variant')
    elif op == 'typo' and 'name_typo' not in forbid:
        if chance(0.5) and len(given) >= 5:
            t = typo(given)
            if t != given:
                given = t
                tags.append('name_typo')
        elif len(family) >= 5:
            t = typo(family)
            if t != family:
                family = t
                tags.append('name_typo')
    if chance(0.12):
        if chance(0.5):
            v = punct_variant(family)
            if v:
                family = v
                tags.append('name_punctuation')
        else:
            v = punct_variant(given)
            if v:
                given = v
                tags.append('name_punctuation')
    if given.startswith('Maria ') and chance(0.4):
        given = 'Ma. ' + given[6:]
        tags.append('ma_abbreviation')
    if mid and chance(0.3 if len(mid) > 1 else 0.07):
        given = given + ' ' + (mid if len(mid) > 1 else mid + ('.' if chance(0.6) else ''))
        tags.append('middle_in_given')
    suf = st.get('suffix')
    show = bool(suf) and (st.get('suffix_always') or chance(0.25))
    suf_txt = ''
    if show:
        suf_txt = pick([' Jr.', ' Jr', ', Jr.', ' JR']) if suf == 'Jr.' else pick([' Sr.', ' Sr', ', Sr.'])
        tags.append('suffix_shown')
    r = R.random()
    p_swap = 0.10 if st['group'] in EAST_ASIAN else 0.008
    layout = None
    if r < 0.035 and 'first_name_only' not in forbid and not show:
        layout = 'first_name_only'
    elif r < 0.055 and 'last_initial' not in forbid and not show:
        layout = 'last_initial'
    elif r < 0.095 and 'full_name_in_given' not in forbid:
        layout = 'full_name_in_given'
    elif r < 0.095 + p_swap and 'swapped' not in forbid and not show:
        layout = 'swapped_order'
    if layout == 'first_name_only':
        gv, fam = given, None
    elif layout == 'last_initial':
        gv, fam = given, family[0] + ('.' if chance(0.4) else '')
    elif layout == 'full_name_in_given':
        gv = given + ' ' + family + suf_txt
        fam = None if chance(0.7) else family
    elif layout == 'swapped_order':
        gv, fam = family, given
    else:
        gv, fam = given, family + suf_txt
    if layout:
        tags.append(layout)
    if typing == 'lower' or chance(0.02):
        gv, fam = gv.lower(), (fam.lower() if fam else fam)
        tags.append('name_lowercase')
    elif typing == 'upper':
        gv, fam = gv.upper(), (fam.upper() if fam else fam)
        tags.append('name_uppercase')
    elif chance(0.03):
        gv = gv.lower()
        tags.append('given_lowercase')
    if chance(0.02):
        gv = pick([gv + ' ', ' ' + gv, gv.replace(' ', '  ') if ' ' in gv else gv + '  '])
        tags.append('whitespace')
    disp = ' '.join(x for x in (gv, fam) if x)
    return gv, fam, disp


def inc_email(em, forbid, tags, allow_tag=True):
    if not em:
        return None
    if chance(0.01) and 'email_missing' not in forbid:
        tags.append('email_missing')
        return None
    local, dom = em.split('@')
    if dom == 'gmail.com' and chance(0.15):
        if '.' in local:
            local = local.replace('.', '', 1 if chance(0.3) else -1)
        elif '_' not in local:
            digits = re.search(r'\d', local)
            r = R.random()
            if digits and digits.start() > 1 and r < 0.25:
                i = digits.start()                       # jsmith.85
            elif r < 0.7:
                i = 1                                    # j.smith
            else:
                letters = [k for k in range(2, len(local) - 1) if local[k - 1].isalpha() and local[k].isalpha()]
                i = pick(letters) if letters else 1
            local = local[:i] + '.' + local[i:]
        tags.append('gmail_dots')
    if allow_tag and dom in PLUS_OK and chance(0.07):
        local = local + '+' + pick(['shop', 'store', 'orders', 'promo', 'deals', 'online', 'ecom', 'spam', 'newsletter'])
        tags.append('plus_tag')
    if chance(0.05):
        local = local[:1].upper() + local[1:] if chance(0.6) else local.upper()
        dom = dom.capitalize() if chance(0.5) else dom
        tags.append('email_case')
    if chance(0.015) and 'email_typo' not in forbid:
        if dom.lower() in DOMAIN_TYPOS and chance(0.7):
            dom = pick(DOMAIN_TYPOS[dom.lower()])
        else:
            t = typo(local)
            if t == local:
                t = local + local[-1]
            local = t
        tags.append('email_typo')
    if chance(0.01):
        local = ' ' + local
        tags.append('whitespace')
    return local + '@' + dom


def inc_phone(d, e, forbid, tags):
    if not d:
        return None
    if chance(0.16) and 'phone_missing' not in forbid:
        tags.append('phone_missing')
        return None
    if chance(0.015) and 'phone_typo' not in forbid:
        i = R.randint(3, 8)
        d2 = d[:i] + d[i + 1] + d[i] + d[i + 2:]
        if d2 != d:
            d = d2
            tags.append('phone_typo')
    style = wpick(IN_PHONE_STYLE)
    xs = (e.get('xstyle') or {}).get('phone') if e['exist'] else None
    if xs:
        if (style in PLUS1) != (xs in PLUS1):
            tags.append('phone_country_code' if style in PLUS1 else 'phone_no_country_code')
        elif style != xs:
            tags.append('phone_format')
    return fmt_phone(d, style)


def render_incoming(e, st, force=(), minimal=False):
    forbid = set(e['forbid'])
    if minimal:
        forbid |= {'guest_checkout', 'phone_missing', 'email_missing', 'email_typo', 'phone_typo', 'first_name_only',
                   'last_initial', 'name_typo', 'unit_omitted', 'business_under_owner'}
    tags = []
    typing = wpick({'normal': 88, 'lower': 8, 'upper': 4})
    xs_all = e['xstyle'] if e['exist'] else None
    if st['type'] == 'person':
        gv, fam, disp = inc_person_name(st, forbid, tags, typing)
        comp = None
        if chance(0.02) and 'junk_company' not in forbid:
            comp = pick(JUNK_COMPANY)
            tags.append('junk_company_field')
        rec = {'displayName': disp, 'givenName': gv, 'familyName': fam, 'companyName': comp}
        email = inc_email(st['email'], forbid, tags)
    else:
        bu_owner = 'business_under_owner' in force or \
            ('business_under_owner' not in forbid and chance(0.08))
        if bu_owner:
            o = st['owner']
            ostate = dict(o, suffix=None)
            gv, fam, disp = inc_person_name(ostate, forbid | {'first_name_only', 'last_initial'}, tags, typing)
            rec = {'displayName': disp, 'givenName': gv, 'familyName': fam, 'companyName': None}
            tags.append('business_under_owner_name')
            email = inc_email(st['email'], forbid | {'email_missing', 'email_typo'}, tags, allow_tag=False)
        else:
            f = {'legal_form': wpick({'keep': 55, 'drop': 30, 'alt': 15}), 'comma': chance(0.2),
                 'amp': chance(0.15), 'apos': chance(0.3), 'typo': chance(0.04) and 'name_typo' not in forbid,
                 'qual_form': wpick({0: 4, 1: 3, 2: 2, 3: 1}),
                 'case': 'lower' if typing == 'lower' else ('upper' if typing == 'upper' else None)}
            if st.get('legal') and f['legal_form'] != 'keep':
                tags.append('legal_suffix_' + f['legal_form'])
            if f['amp'] and ('&' in st['company_base'] or ' and ' in st['company_base']):
                tags.append('ampersand_and')
            if f['apos'] and "'s" in st['company_base']:
                tags.append('apostrophe_dropped')
            if f['typo']:
                tags.append('company_typo')
            if f['case']:
                tags.append('company_' + f['case'] + 'case')
            comp = company_text(st, f)
            r = R.random()
            email = st['email']
            if r < 0.6:
                c = st['contact']
            elif r < 0.75 and st['staff'] and 'different_contact' not in forbid:
                c = pick([s for s in st['staff'] if s is not st['contact']] or st['staff'])
                if c is not st['contact']:
                    tags.append('different_contact_person')
                    if not st['freemail'] and chance(0.5):
                        email = '%s%s@%s' % (slug(c['given'])[:1], slug(c['family']), st['domain'])
                        tags.append('email_staff_mailbox')
            elif r < 0.85:
                c = st['owner']
                if c is not st['contact']:
                    tags.append('owner_as_contact')
            else:
                c = None
                tags.append('no_contact_name')
            if c is not None:
                cg, cf = c['given'], c['family']
                if typing == 'lower':
                    cg, cf = cg.lower(), cf.lower()
                elif typing == 'upper':
                    cg, cf = cg.upper(), cf.upper()
            else:
                cg = cf = None
            if not st['freemail'] and email == st['email'] and chance(0.06) and 'other_mailbox' not in forbid:
                email = pick(['orders', 'accounts', 'ap', 'purchasing', 'info', 'office', 'admin']) + '@' + st['domain']
                if email != st['email']:
                    tags.append('email_other_mailbox')
                else:
                    email = st['email']
            rec = {'displayName': comp, 'givenName': cg, 'familyName': cf, 'companyName': comp}
            email = inc_email(email, forbid, tags, allow_tag=st['freemail'])
    rec['email'] = email
    guest = 'guest_checkout' not in forbid and chance(0.06) and st['type'] == 'person'
    if guest:
        tags.append('guest_checkout')
        rec['phone'] = None
        rec['address'] = None
        rec['_akey'] = None
    else:
        rec['phone'] = inc_phone(st['phone'], e, forbid, tags)
        a = st['addr']
        if a is None:
            rec['address'] = None
            rec['_akey'] = None
        else:
            xs = xs_all.get('addr') if xs_all and e['xrec']['_akey'] == a['key'] else None
            s = incoming_addr_style(a, xs, tags, forbid)
            if typing in ('lower', 'upper') and chance(0.7):
                s['case'] = typing
                tags.append('address_' + typing + 'case')
            rec['address'] = render_addr(a, s)
            rec['_akey'] = a['key']
    # de-duplicate tags, keep order
    seen = set()
    tags = [t for t in tags if not (t in seen or seen.add(t))]
    return rec, tags


def strength(e, st, tags):
    if st['type'] == 'person':
        if 'married_name' in e['life']:
            return 'changed'
        if 'first_name_only' in tags or 'last_initial' in tags:
            return 'partial'
        return 'full'
    if 'renamed' in e['life']:
        return 'changed'
    if 'business_under_owner_name' in tags:
        return 'partial'
    return 'full'


def linkable(rec, ref, strg):
    em = bool(rec['email'] and ref['email'] and norm_email(rec['email']) == norm_email(ref['email']))
    ph = bool(rec['phone'] and ref['phone'] and norm_phone(rec['phone']) == norm_phone(ref['phone']))
    ad = bool(rec['_akey'] and ref['_akey'] and rec['_akey'] == ref['_akey'])
    if em:
        return True
    if strg == 'full':
        return ph or ad
    return ph and ad


# ---------------------------------------------------------------- life events (existing -> now)
def apply_life(e):
    old = e['old']
    cur = copy.deepcopy(old)
    x = e['xrec']
    has_em, has_ph, has_ad = bool(x['email']), bool(x['phone']), bool(x['address'])
    city = old['city']
    life = []
    if old['type'] == 'person':
        ev = wpick({'none': 50, 'moved': 14, 'new_email': 9, 'work_email': 4, 'new_phone': 6, 'moved_new_phone': 4,
                    'married_name': 5, 'po_box': 3, 'moved_new_email': 3, 'unit_added': 1.5})
        ok = {'none': True, 'moved': has_em or has_ph, 'new_email': has_ph or has_ad, 'work_email': has_ph or has_ad,
              'new_phone': has_em or has_ad, 'moved_new_phone': has_em, 'married_name': has_em and old['gender'] == 'F',
              'po_box': (has_em or has_ph) and has_ad, 'moved_new_email': has_ph,
              'unit_added': bool(old['addr'].get('unit')) and has_ad}[ev]
        if not ok:
            ev = 'none'
        if ev in ('moved', 'moved_new_phone', 'moved_new_email'):
            r = R.random()
            if r < 0.55:
                nc = city
            elif r < 0.8:
                nc = pick_city(city[2], city[1]) if len([c for c in CITIES if c[1] == city[1]]) > 1 else pick_city(city[2])
            else:
                nc = pick_city(city[2])
            cur['addr'] = mk_res_addr(nc, 0.35)
            cur['city'] = nc
            life.append('moved' if nc == city else ('moved_same_state' if nc[1] == city[1] else 'moved_other_state'))
        if ev in ('new_email', 'moved_new_email'):
            cur['email'] = new_person_email(cur['given'], cur['family'], cur['middle'], city[2])
            life.append('new_email')
        if ev == 'work_email':
            cur['email'] = unique_email(person_local(cur['given'], cur['family'], cur['middle'],
                                                     pick(['first.last', 'flast', 'firstl', 'first.last'])),
                                        pick(EMPLOYERS) + wpick({'.com': 6, '.org': 2, '.net': 1, '.edu': 1}))
            life.append('work_email_instead_of_personal')
        if ev in ('new_phone', 'moved_new_phone'):
            cur['phone'] = new_phone(cur['city'])
            life.append('new_phone')
        if ev == 'married_name':
            nf = pick(G[pick_group(city)]['S'])
            nf = deaccent(nf) if not cur['accented'] else nf
            if nf == cur['family']:
                nf = pick(G['anglo']['S'])
            cur['family'] = (cur['family'].split()[0] + '-' + nf) if chance(0.2) else nf
            cur['double_surname'] = False
            life.append('married_name')
            if chance(0.5):
                cur['addr'] = mk_res_addr(city, 0.3)
                life.append('moved')
        if ev == 'po_box':
            pb = mk_pobox(city)
            if chance(0.3):
                # existing had the PO box, store now has the street address: swap roles
                cur['addr'] = old['addr']
                e['old']['addr'] = pb
                e['xrec']['address'] = render_addr(pb, e['xstyle'].get('addr') or {})
                e['xrec']['_akey'] = pb['key']
                life.append('existing_po_box_now_street')
                cur['addr'] = copy.deepcopy(cur['addr'])
            else:
                cur['addr'] = pb
                life.append('po_box_instead_of_street')
        if ev == 'unit_added':
            # existing record lacks the apartment number
            xa = e['xrec']['address']
            a2 = dict(old['addr'], unit=None)
            e['xrec']['address'] = render_addr(a2, dict(e['xstyle'].get('addr') or {}, unit_place='omit'))
            life.append('existing_missing_unit')
    else:
        ev = wpick({'none': 58, 'moved': 8, 'new_email': 7, 'new_phone': 6, 'contact_changed': 10, 'renamed': 3,
                    'went_custom_domain': 4})
        ok = {'none': True, 'moved': has_em or has_ph, 'new_email': has_ph or has_ad, 'new_phone': has_em or has_ad,
              'contact_changed': True, 'renamed': has_em, 'went_custom_domain': (has_ph or has_ad) and old['freemail']}[ev]
        if not ok:
            ev = 'none'
        if ev == 'moved':
            cur['addr'] = mk_biz_addr(city)
            life.append('business_moved')
        elif ev == 'new_email':
            if cur['freemail']:
                cur['email'] = unique_email(slug(cur['company_base']) + pick(['shop', 'orders', 'llc', str(R.randint(1, 99))]),
                                            freemail(city[2]))
            else:
                cur['email'] = unique_email(pick(['orders', 'accounts', 'office', 'purchasing', 'team']), cur['domain'])
            life.append('new_email')
        elif ev == 'went_custom_domain':
            cur['domain'] = unique_domain(cur['company_base'], city[2])
            cur['freemail'] = False
            cur['email'] = unique_email(pick(['info', 'hello', 'orders', slug(cur['owner']['given'].split()[0])]), cur['domain'])
            life.append('new_email_custom_domain')
        elif ev == 'new_phone':
            cur['phone'] = new_phone(city)
            life.append('new_phone')
        elif ev == 'contact_changed':
            nc = mk_name(city)
            cur['staff'] = cur['staff'] + [nc]
            cur['contact'] = nc
            life.append('contact_person_changed')
        elif ev == 'renamed':
            b = cur['company_base']
            cur['company_base'] = pick([b + ' & Co', b.split()[0] + ' ' + pick(['Collective', 'Studio', 'House', 'Goods Co']),
                                        'The ' + b])
            life.append('renamed')
    e['cur'] = cur
    e['life'] = life


# =========================================================== hard-negative builders
def _distinct_given(group, gender, avoid, city):
    for _ in range(50):
        n = mk_name(city, group=group, gender=gender)
        if not any(names_compatible(n['given'], a) for a in avoid):
            return n
    raise RuntimeError('no distinct name')


def joint_email(a, b, country):
    fam = slug(a['family'].split()[0]) if a['family'].split()[0] not in PARTICLES else slug(a['family'])
    ga, gb = slug(a['given'].split()[0]), slug(b['given'].split()[0])
    local = pick([fam + 'family', 'the' + fam + 's', ga + 'and' + gb, ga[:1] + gb[:1] + fam, fam + 'household',
                   ga + gb + fam[:1], fam + 'home'])
    return unique_email(local, freemail(country))


def hn_spouse():
    city = pick_city()
    A = mk_person(city, apt_p=0.25)
    g2 = 'M' if A['gender'] == 'F' else 'F'
    if chance(0.05):
        g2 = A['gender']
    grp = A['group'] if chance(0.85) else pick_group(city)
    nm = _distinct_given(grp, g2, [A['given']], city)
    r = R.random()
    if r < 0.75:
        nm['family'] = A['family']
        nm['accented'] = A['accented']
        nm['double_surname'] = A['double_surname']
    elif r < 0.85:
        nm['family'] = nm['family'].split()[0] + '-' + A['family'].split()[0]
    B = mk_person(city, name=nm, addr=copy.deepcopy(A['addr']))
    notes = []
    r = R.random()
    if r < 0.35:
        je = joint_email(A, B, city[2])
        A['email'] = B['email'] = je
        notes.append('shared_joint_email')
    elif r < 0.5:
        B['email'] = A['email']
        notes.append('uses_partner_email')
    if chance(0.4):
        B['phone'] = A['phone']
        notes.append('shared_phone')
    return A, B, notes, {'name_typo'}


def hn_roommate():
    city = pick_city()
    A = mk_person(city, apt_p=0.8)
    for _ in range(50):
        nm = mk_name(city)
        if nm['family'] != A['family'] and not names_compatible(nm['given'], A['given']):
            break
    B = mk_person(city, name=nm, addr=copy.deepcopy(A['addr']))
    notes = ['same_address']
    if chance(0.08):
        B['phone'] = A['phone']
        notes.append('shared_phone')
    return A, B, notes, {'name_typo'}


def hn_jr_sr():
    city = pick_city()
    grp = pick_group(city)
    while grp in EAST_ASIAN or grp == 'frcan':
        grp = pick_group(city)
    nm = mk_name(city, group=grp, gender='M')
    A = mk_person(city, name=nm, apt_p=0.1)
    bn = dict(nm)
    B = mk_person(city, name=bn, addr=copy.deepcopy(A['addr']) if chance(0.75) else None)
    notes = []
    if chance(0.7):
        A['suffix'], B['suffix'] = 'Sr.', 'Jr.'
        B['suffix_always'] = True
        notes.append('incoming_is_junior')
        if chance(0.5):
            B['email'] = unique_email(slug(bn['given'].split()[0]) + pick(['', '.']) + slug(bn['family']) + 'jr'
                                      + pick(['', str(R.randint(1, 99))]), freemail(city[2]))
            notes.append('jr_in_email')
    else:
        A['suffix'], B['suffix'] = 'Jr.', 'Sr.'
        A['suffix_always'] = True
        B['suffix_always'] = True
        notes.append('incoming_is_senior')
    if B['addr']['key'] == A['addr']['key']:
        notes.append('same_address')
        if chance(0.15):
            B['phone'] = A['phone']
            notes.append('shared_landline')
    else:
        notes.append('different_address_same_metro')
    return A, B, notes, {'first_name_only', 'last_initial', 'swapped', 'full_name_in_given'}


def hn_namesake():
    city = pick_city()
    grp = pick_group(city)
    gender = 'F' if chance(0.5) else 'M'
    cm = COMMON[grp]
    given = pick(cm[0] if gender == 'M' else cm[1])
    family = pick(cm[2])
    nm = mk_name(city, group=grp, gender=gender, given=given, family=family)
    nm['middle'] = None if chance(0.6) else nm['middle']
    A = mk_person(city, name=nm)
    notes = []
    if chance(0.8):
        for _ in range(30):
            c2 = pick_city(city[2])
            if c2[1] != city[1]:
                break
        notes.append('different_state')
    else:
        c2 = pick_city(city[2], city[1], exclude=city) if len([c for c in CITIES if c[1] == city[1]]) > 1 \
            else pick_city(city[2], exclude=city)
        notes.append('same_state_other_city' if c2[1] == city[1] else 'different_state')
    nm2 = dict(nm)
    nm2['middle'] = None if chance(0.7) else pick(MID_LETTERS)
    nm2['accented'] = nm['accented'] if chance(0.6) else not nm['accented']
    if not nm2['accented']:
        nm2['given'], nm2['family'] = deaccent(nm2['given']), deaccent(nm2['family'])
    elif grp in ('hispanic', 'frcan'):
        nm2['given'], nm2['family'] = given, family
    B = mk_person(c2, name=nm2)
    if chance(0.2):
        local = A['email'].split('@')[0]
        dom = A['email'].split('@')[1]
        for _ in range(10):
            d2 = freemail(c2[2])
            if d2 != dom:
                break
        if d2 != dom and '%s@%s' % (local, d2) not in USED_EMAILS:
            B['email'] = unique_email(local, d2)
            notes.append('same_email_handle_other_provider')
    return A, B, notes, set()


def hn_same_building():
    city = pick_city()
    A = mk_person(city, force_unit=True, apt_p=1.0)
    if not A['addr'].get('unit'):
        A['addr'] = mk_res_addr(city, force_unit=True)
    nm = mk_name(city)
    notes = ['same_street_address_different_unit']
    if chance(0.2):
        nm = _distinct_given(A['group'], None, [A['given']], city)
        nm['family'] = A['family']
        nm['accented'] = A['accented']
        notes.append('same_family_name')
    baddr = copy.deepcopy(A['addr'])
    baddr['key'] = next_akey()
    ut, uid = A['addr']['unit']
    while True:
        m = re.match(r'^(\d+)(\D*)$', uid)
        if m and chance(0.5):
            nuid = str(int(m.group(1)) + R.randint(1, 6)) + m.group(2)
        elif m:
            nuid = m.group(1) + (pick('ABCDEF') if m.group(2) else str(R.randint(1, 9)))
        else:
            nuid = pick('ABCDEFGH')
        if nuid != uid:
            break
    baddr['unit'] = (pick([ut, 'Apt', 'Unit']) if ut != 'Suite' else ut, nuid)
    B = mk_person(city, name=nm, addr=baddr)
    return A, B, notes, {'unit_omitted'}


def hn_gift():
    city = pick_city()
    A = mk_person(city)
    if chance(0.3):
        nm = _distinct_given(A['group'], None, [A['given']], city)
        nm['family'] = A['family']
        nm['accented'] = A['accented']
        notes = ['relative_same_family_name']
    else:
        for _ in range(50):
            nm = mk_name(city)
            if nm['family'] != A['family'] and not names_compatible(nm['given'], A['given']):
                break
        notes = []
    c2 = city if chance(0.3) else pick_city(city[2])
    B = mk_person(c2, name=nm)
    r = R.random()
    if r < 0.65:
        B['email'] = A['email']
        notes.append('buyer_email')
    elif r < 0.85:
        B['phone'] = A['phone']
        notes.append('buyer_phone')
    else:
        B['email'] = A['email']
        B['phone'] = A['phone']
        notes.append('buyer_email_and_phone')
    if 'buyer_email' in notes and chance(0.5):
        B['phone'] = None
    return A, B, notes, {'guest_checkout', 'email_missing', 'name_typo', 'phone_missing'}


def hn_business_owner():
    city = pick_city()
    owner_p = mk_person(city, apt_p=0.2)
    oname = {k: owner_p[k] for k in ('given', 'family', 'middle', 'group', 'gender', 'accented',
                                    'double_surname', 'suffix', 'suffix_always')}
    biz = mk_business(city, subtype=wpick({'boutique': 7, 'service': 2, 'office': 1}), owner=oname)
    biz['contact'] = oname
    notes = []
    if chance(0.5):
        biz['phone'] = owner_p['phone']
        notes.append('business_phone_is_owner_mobile')
    return biz, owner_p, notes, {'junk_company'}


def hn_chain():
    c1 = pick_city()
    same_city = chance(0.4)
    c2 = c1 if same_city else (pick_city(c1[2], c1[1], exclude=c1)
                               if len([c for c in CITIES if c[1] == c1[1]]) > 1 else c1)
    same_city = c2 == c1
    P, B_ = pick(PLACE_WORDS), pick(BOUTIQUE_WORDS)
    for _ in range(30):
        base = pick(CHAIN_BASES).format(P=P, B=B_)
        if base not in USED_COMPANIES:
            break
        P, B_ = pick(PLACE_WORDS), pick(BOUTIQUE_WORDS)
    USED_COMPANIES.add(base)
    domain = unique_domain(base, c1[2])
    owner = mk_name(c1)
    if same_city:
        q1, q2 = R.sample(['Downtown', 'Northside', 'Westgate', 'Eastside', 'Midtown', 'South End', 'Uptown'], 2)
    else:
        q1, q2 = deaccent(c1[0]), deaccent(c2[0])
    notes = []
    shared_email = chance(0.15)
    qualified = shared_email or chance(0.6)
    phone = new_phone(c1)
    if shared_email:
        em1 = em2 = unique_email('orders', domain)
        notes.append('shared_email')
    else:
        if chance(0.6):
            em1, em2 = unique_email(slug(q1), domain), unique_email(slug(q2), domain)
        else:
            em1, em2 = unique_email('store1', domain), unique_email('store2', domain)
    A = mk_business(c1, subtype='service', owner=owner, base=base, domain=domain, phone=phone, email=em1)
    B = mk_business(c2, subtype='service', owner=owner, base=base, domain=domain,
                    phone=phone if chance(0.8) else None, email=em2)
    A['legal'] = B['legal']
    if B['phone'] == phone:
        notes.append('shared_hq_phone')
    notes.append('same_email_domain')
    A['contact'] = mk_name(c1)
    B['contact'] = mk_name(c2)
    A['staff'], B['staff'] = [A['contact']], [B['contact']]
    if qualified:
        A['qual'], B['qual'] = q1, q2
        notes.append('location_in_company_name')
    else:
        notes.append('identical_company_name')
    notes.append('same_city' if same_city else 'different_city')
    return A, B, notes, {'business_under_owner', 'other_mailbox', 'different_contact'}


TWIN_PAIRS = {
    'anglo': [('Ethan', 'Evan', 'M'), ('Aaron', 'Adam', 'M'), ('Madison', 'Mackenzie', 'F'), ('Jordan', 'Justin', 'M'),
              ('Emily', 'Emma', 'F'), ('Olivia', 'Sophia', 'F'), ('Daniel', 'David', 'M'), ('Brianna', 'Brittany', 'F'),
              ('Jacob', 'Joshua', 'M'), ('Kayla', 'Kyla', 'F'), ('Mary', 'Martha', 'F'), ('Tyler', 'Travis', 'M'),
              ('Hannah', 'Haley', 'F'), ('Mason', 'Logan', 'M')],
    'black': [('Jalen', 'Jaden', 'M'), ('Aaliyah', 'Amaya', 'F'), ('Marcus', 'Malik', 'M'), ('Kiara', 'Tiana', 'F')],
    'hispanic': [('Luis', 'Lucas', 'M'), ('Daniela', 'Gabriela', 'F'), ('Jesus', 'Jose', 'M')],
    'vietnamese': [('Minh', 'Mai', 'F'), ('Tuan', 'Tam', 'M')],
    'korean': [('Ji-hoon', 'Ji-ho', 'M'), ('Seo-yeon', 'Seo-jin', 'F')],
    'indian': [('Rohan', 'Rahul', 'M'), ('Priya', 'Pooja', 'F')],
}


def hn_twins():
    city = pick_city()
    grp = pick_group(city)
    nmA = mk_name(city, group=grp)
    A_given = B_given = None
    if chance(0.6) and grp in TWIN_PAIRS:
        a, b, gd = pick(TWIN_PAIRS[grp])
        A_given, B_given = (a, b) if chance(0.5) else (b, a)
        nmA['gender'] = gd
    if A_given:
        nmA['given'] = A_given
        nmA['middle'] = pick(MID_LETTERS) if chance(0.3) else None
        nmB = dict(nmA)
        nmB['given'] = B_given
        nmB['gender'] = nmA['gender']
    else:
        nmB = _distinct_given(grp, nmA['gender'] if chance(0.6) else None, [nmA['given']], city)
        nmB['family'], nmB['accented'] = nmA['family'], nmA['accented']
        nmB['double_surname'] = nmA['double_surname']
    nmB['middle'] = pick(MID_LETTERS) if chance(0.3) else None
    if nmB['middle'] and nmA['middle'] == nmB['middle']:
        nmB['middle'] = None
    A = mk_person(city, name=nmA, apt_p=0.1)
    notes = ['same_family_name']
    same_addr = chance(0.55)
    B = mk_person(city if same_addr or chance(0.5) else pick_city(city[2]), name=nmB,
                  addr=copy.deepcopy(A['addr']) if same_addr else None)
    if same_addr:
        notes.append('same_address')
        if chance(0.3):
            B['phone'] = A['phone']
            notes.append('shared_home_phone')
    if chance(0.5):
        yy = '%02d' % R.randint(95, 99) if chance(0.5) else '0%d' % R.randint(0, 5)
        sty = pick(['first.last', 'firstlast', 'first_last'])
        A['email'] = unique_email(person_local(A['given'], A['family'], None, sty) + yy, 'gmail.com')
        B['email'] = unique_email(person_local(B['given'], B['family'], None, sty) + yy, 'gmail.com')
        notes.append('parallel_email_pattern')
    return A, B, notes, {'name_typo', 'nickname', 'translit'}


HN_SPEC = [('spouse', hn_spouse, 58), ('roommate', hn_roommate, 18), ('jr_sr', hn_jr_sr, 24),
           ('namesake', hn_namesake, 56), ('same_building', hn_same_building, 44),
           ('gift_recipient', hn_gift, 44), ('business_owner', hn_business_owner, 22),
           ('chain_store', hn_chain, 16), ('twins', hn_twins, 16)]


# =========================================================== build the world
def main():
    PAIRS = []
    for kind, fn, n in HN_SPEC:
        for _ in range(n):
            a, b, notes, forbid = fn()
            A, B = new_ent(a), new_ent(b)
            for x in (A, B):
                x['hn'] = kind
                x['forbid'] = set(forbid)
                x['protect_x'] = True
                x['notes'] = notes
            A['partner'], B['partner'] = [B], [A]
            pl = wpick({'a': 62, 'b': 28, 'c': 10})
            A['placement'] = B['placement'] = pl
            if kind == 'business_owner':
                B['forbid'] = {'junk_company'}
            if pl == 'a':
                A['exist'] = True
                B['plan'] = [()] if chance(0.88) else [(), ()]
                if chance(0.3):
                    A['plan'] = [('business_under_owner',)] if kind == 'business_owner' and chance(0.6) else [()]
            elif pl == 'b':
                A['exist'] = B['exist'] = True
                r = R.random()
                wa, wb = (r < 0.6), (r >= 0.4)
                if wa:
                    A['plan'] = [('business_under_owner',)] if kind == 'business_owner' and chance(0.6) else [()]
                if wb:
                    B['plan'] = [()]
            else:
                A['plan'] = [()]
                B['plan'] = [()]
            PAIRS.append((kind, A, B, pl, notes))

    hn_exist = [e for e in ENTS if e['exist']]
    n_plain_exist = N_EXISTING - len(hn_exist)
    plain_exist = []
    for _ in range(n_plain_exist):
        if chance(0.8):
            st = mk_person()
        else:
            st = mk_business()
        e = new_ent(st)
        e['exist'] = True
        plain_exist.append(e)

    matched_recs = sum(len(e['plan']) for e in ENTS if e['exist'])
    remaining = MATCH_TARGET - matched_recs
    order = list(plain_exist)
    R.shuffle(order)
    for e in order:
        if remaining <= 0:
            break
        n = min(wpick({1: 87, 2: 10, 3: 3}), remaining)
        e['plan'] = [()] * n
        remaining -= n

    new_recs = sum(len(e['plan']) for e in ENTS if not e['exist'])
    remaining = N_INCOMING - MATCH_TARGET - new_recs
    while remaining > 0:
        st = mk_person() if chance(0.8) else mk_business()
        e = new_ent(st)
        n = min(wpick({1: 90, 2: 8, 3: 2}), remaining)
        e['plan'] = [()] * n
        remaining -= n

    # ---- existing records
    for e in ENTS:
        if e['exist']:
            render_existing(e)
    # ---- life events for plain matched entities
    for e in ENTS:
        if e['exist'] and e['plan'] and e['hn'] is None:
            apply_life(e)
        else:
            e['cur'] = e['old']

    # ---- incoming records
    fails = 0
    for e in ENTS:
        for force in e['plan']:
            ref = e['xrec'] if e['exist'] else (e['inrecs'][0][0] if e['inrecs'] else None)
            rec = tags = None
            for attempt in range(30):
                rec, tags = render_incoming(e, e['cur'], force, minimal=attempt >= 20)
                if ref is None or linkable(rec, ref, strength(e, e['cur'], tags)):
                    break
            else:
                fails += 1
            e['inrecs'].append((rec, tags))
    assert fails == 0, 'unlinkable positives: %d' % fails

    # ---- ids
    used = [e for e in ENTS if e['exist'] or e['inrecs']]
    ids = R.sample(range(10000, 100000), len(used))
    for e, i in zip(used, ids):
        e['id'] = 'C%05d' % i

    # ---- arrival order
    timeline = []
    for e in used:
        if e['inrecs']:
            ts = sorted(R.random() for _ in e['inrecs'])
            for k, ((rec, tags), t) in enumerate(zip(e['inrecs'], ts)):
                timeline.append((t, e, k, rec, tags))
    timeline.sort(key=lambda x: x[0])

    existing = [e for e in used if e['exist']]
    R.shuffle(existing)

    def clean(rec):
        c = {k: rec[k] for k in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone')}
        c['address'] = rec['address']
        return c

    set_lines, meta_lines = [], []
    for e in existing:
        set_lines.append({'set': 'existing', 'entity': e['id'], 'contact': clean(e['xrec'])})
    seen_in = Counter()
    hn_rec_counts = Counter()
    for idx, (t, e, k, rec, tags) in enumerate(timeline):
        set_lines.append({'set': 'incoming', 'entity': e['id'], 'contact': clean(rec)})
        prior = seen_in[e['id']]
        seen_in[e['id']] += 1
        if e['exist']:
            cat = 'match' if prior == 0 else 'match_repeat'
        else:
            cat = 'new' if prior == 0 else 'new_repeat'
        changes = list(e['xtags']) + list(e['life']) + list(tags) if e['exist'] else list(tags)
        m = {'incomingIndex': idx, 'entity': e['id'], 'category': cat,
             'kind': e['old']['type'], 'changes': changes}
        if e['hn']:
            p = e['partner'][0]
            m['hardNegative'] = e['hn']
            m['confusableWith'] = p['id']
            m['confusableInExisting'] = p['exist']
            m['hardNegativeNotes'] = e['notes']
            if e['hn'] == 'business_owner':
                m['role'] = 'business' if e['old']['type'] == 'business' else 'owner_personal_account'
            hn_rec_counts[e['hn']] += 1
        meta_lines.append(m)

    with open(os.path.join(HERE, 'set.jsonl'), 'w', encoding='utf-8') as fh:
        for l in set_lines:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'meta.jsonl'), 'w', encoding='utf-8') as fh:
        for l in meta_lines:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')

    # ---------------------------------------------------------------- self-check + stats
    ex = [l for l in set_lines if l['set'] == 'existing']
    inc = [l for l in set_lines if l['set'] == 'incoming']
    assert len(ex) == N_EXISTING, len(ex)
    assert len(inc) == N_INCOMING, len(inc)
    exc = Counter(l['entity'] for l in ex)
    assert max(exc.values()) == 1
    for l in set_lines:
        c = l['contact']
        for k in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone'):
            assert c[k] is None or isinstance(c[k], str), (k, c)
        if c['address'] is not None:
            for k in ('line1', 'line2', 'city', 'region', 'postalCode', 'country'):
                assert c['address'][k] is None or isinstance(c['address'][k], str)
        assert c['displayName']
    ex_ids = set(exc)
    inc_of_ex = sum(1 for l in inc if l['entity'] in ex_ids)
    ent_in = Counter(l['entity'] for l in inc)
    stats = {
        'existing': len(ex), 'incoming': len(inc),
        'incoming_of_existing_entities': inc_of_ex,
        'existing_entities_in_incoming': sum(1 for x in ent_in if x in ex_ids),
        'existing_entities_seen_2plus': sum(1 for x, n in ent_in.items() if x in ex_ids and n > 1),
        'new_entities': sum(1 for x in ent_in if x not in ex_ids),
        'new_entities_seen_2plus': sum(1 for x, n in ent_in.items() if x not in ex_ids and n > 1),
        'businesses_existing': sum(1 for e in existing if e['old']['type'] == 'business'),
        'businesses_incoming_records': sum(1 for m in meta_lines if m['kind'] == 'business'),
        'hard_negative_pairs': dict(Counter(p[0] for p in PAIRS)),
        'hard_negative_incoming_records': dict(hn_rec_counts),
        'hard_negative_placement': dict(Counter(p[3] for p in PAIRS)),
    }
    # decoy records: incoming record of an entity whose confusable partner is in existing
    decoys = Counter(m['hardNegative'] for m in meta_lines if m.get('hardNegative') and m['confusableInExisting'])
    stats['hard_negative_incoming_vs_existing_partner'] = dict(decoys)
    write_readme(stats)
    with open(os.path.join(HERE, 'stats.json'), 'w', encoding='utf-8') as fh:
        json.dump(stats, fh, indent=1, sort_keys=True)
        fh.write('\n')
    print(json.dumps(stats, indent=1, sort_keys=True))


def write_readme(s):
    txt = """us-ecom labelled set  (generated by gen.py, seed %(seed)d; python3 gen.py rewrites every file)

Scenario: a US/Canada online store (Shopify-like; consumers plus some small-business / wholesale
accounts) syncs customers into an accounting system.  "existing" = customers already held by the
accounting company; "incoming" = customers sent by the store, in arrival order.  The "entity" field
is the true real-world customer id (opaque).  About 80%% consumers, 20%% businesses; ~88%% US /
~12%% Canada; names follow the US/Canadian mix (Anglo, Hispanic, Black American, Chinese, Vietnamese,
Korean, Indian, Arabic, Filipino, French-Canadian).

Files
  set.jsonl   %(existing)d existing lines (at most one per entity) then %(incoming)d incoming lines in
              arrival order.  contact = displayName, givenName, familyName, companyName, email, phone,
              address{line1,line2,city,region,postalCode,country}; every value a string or null.
  meta.jsonl  one line per incoming line (same order): entity, category (match / match_repeat / new /
              new_repeat), kind (person/business), changes (what differs from the existing record or
              from the clean data; "existing:*" = mess in the existing record), and for hard-negative
              entities: hardNegative kind, confusableWith (the other entity), confusableInExisting, notes.
  stats.json  the counts below.   gen.py  the generator (standard library only).

Counts: incoming of existing entities %(incoming_of_existing_entities)d / %(incoming)d
  (%(existing_entities_in_incoming)d existing entities, %(existing_entities_seen_2plus)d of them seen 2-3 times);
  new entities %(new_entities)d (%(new_entities_seen_2plus)d seen 2-3 times: incoming-to-incoming duplicates).
  Hard-negative pairs by kind: %(hnp)s
  Placement of pairs: a = one in existing, other arrives new; b = both in existing, one/both arrive;
  c = both arrive new.  %(hnpl)s

Same-entity variation: lower/UPPER-case typing, first name only, last initial, full name in the first-name
field, swapped order (East Asian names), nicknames (Bob/Robert, Liz, Lupe, Chuy...), accents dropped,
second Hispanic surname dropped, hyphen/apostrophe/particle variants (O'Brien, Ji-hoon, Dela Cruz),
transliteration (Mohammed/Mohamed), typos, gmail dots and +tags, e-mail case, new e-mail, work e-mail,
phone with/without +1 and any format, phone missing, unit as Apt 4B / #4B / Unit 4B / line2 / 4B-55 King St W,
unit omitted, street-type and directional spelling, ZIP+4, city nicknames (NYC, Philly), PO boxes,
moves, married-name change (same e-mail), guest checkout (name + e-mail only), business order placed under
the owner's own name with the business e-mail, a different employee ordering for an office, legal suffix
dropped/changed, "&"/"and".  Every positive is linkable by a careful human: it shares the normalised e-mail
with the existing record, or the name is intact and phone or street address (same unit) match.

Judgement calls (labels):
  DIFFERENT: spouses/partners at one address even with a joint e-mail and shared phone; roommates;
    father/son Jr./Sr. at one address (the Jr/Sr suffix is always visible on at least one side);
    twins (same surname/address, different given names); namesakes in other cities/states (sometimes
    the same e-mail handle at another provider); tenants of one building (same street address, other unit);
    a gift recipient carrying the buyer's e-mail and/or phone; a boutique (business account) and its
    owner's personal account, even when the business phone is the owner's mobile; two locations of one
    small chain sharing e-mail domain and HQ phone, even when the company name is identical.
  SAME: married-name change with the same e-mail; work e-mail instead of personal when name and
    phone/address agree; PO box instead of street with same e-mail/phone; an order placed under the
    owner's personal name with the business e-mail and shop address (= the business, not the owner's
    personal account); another employee ordering for the same office (same company, address, phone);
    a renamed business keeping its e-mail.
""" % dict(s, seed=SEED, hnp=json.dumps(s['hard_negative_pairs']), hnpl=json.dumps(s['hard_negative_placement']))
    with open(os.path.join(HERE, 'README.txt'), 'w', encoding='utf-8') as fh:
        fh.write(txt)


if __name__ == '__main__':
    main()
