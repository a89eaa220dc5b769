#!/usr/bin/env python3
"""us-nonprofit: blind labelled record-linkage set generator.

Scenario: "Confluence Community Arts", a community arts nonprofit with program
sites in Oregon, Washington, Minnesota, Massachusetts and New Mexico. QuickBooks
Online customer list (existing) + incoming customer records (arrival order).

python3 stdlib only; fixed seed; writes set.jsonl and meta.jsonl next to itself.
"""
import json
import os
import random
import re
import unicodedata

SEED = 20250611
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

N_EXIST = 1500
N_PERSON_EXIST = 900
N_MATCH_DISTINCT = 625
N_MATCH_EXTRA = 50
N_PLAIN_NEW = 300
N_REPEAT_ENT = 205
N_REPEAT_TWICE = 20
HARD_QUOTA = [
    ('estate_of_donor', 26), ('trust_of_donor', 28), ('foundation_vs_family', 28),
    ('company_vs_foundation', 28), ('pta_vs_school', 26), ('church_vs_group', 24),
    ('united_way_other_county', 18), ('agency_same_city', 26), ('daf_vs_donor', 24),
    ('namesake_person', 34), ('relative_same_address', 38),
]

STATE_NAMES = {'OR': 'Oregon', 'WA': 'Washington', 'MN': 'Minnesota',
               'MA': 'Massachusetts', 'NM': 'New Mexico'}
STATE_W = {'OR': 22, 'WA': 22, 'MN': 22, 'MA': 22, 'NM': 12}
# city, county, zip lo, zip hi, area codes, weight
CITIES = {
    'OR': [('Portland', 'Multnomah', 97201, 97239, ['503', '971'], 10),
           ('Eugene', 'Lane', 97401, 97405, ['541', '458'], 5),
           ('Salem', 'Marion', 97301, 97306, ['503', '971'], 3),
           ('Bend', 'Deschutes', 97701, 97703, ['541', '458'], 3),
           ('Medford', 'Jackson', 97501, 97504, ['541', '458'], 2),
           ('Corvallis', 'Benton', 97330, 97333, ['541', '458'], 2),
           ('Hillsboro', 'Washington', 97123, 97124, ['503', '971'], 2),
           ('Beaverton', 'Washington', 97005, 97008, ['503', '971'], 2)],
    'WA': [('Seattle', 'King', 98101, 98199, ['206'], 10),
           ('Tacoma', 'Pierce', 98402, 98422, ['253'], 4),
           ('Spokane', 'Spokane', 99201, 99224, ['509'], 4),
           ('Olympia', 'Thurston', 98501, 98516, ['360', '564'], 2),
           ('Bellingham', 'Whatcom', 98225, 98229, ['360', '564'], 2),
           ('Vancouver', 'Clark', 98660, 98686, ['360', '564'], 3),
           ('Everett', 'Snohomish', 98201, 98208, ['425'], 2),
           ('Bellevue', 'King', 98004, 98008, ['425'], 3)],
    'MN': [('Minneapolis', 'Hennepin', 55401, 55419, ['612'], 9),
           ('St. Paul', 'Ramsey', 55101, 55119, ['651'], 7),
           ('Duluth', 'St. Louis', 55802, 55812, ['218'], 3),
           ('Rochester', 'Olmsted', 55901, 55906, ['507'], 3),
           ('St. Cloud', 'Stearns', 56301, 56304, ['320'], 2),
           ('Bloomington', 'Hennepin', 55420, 55438, ['952'], 3),
           ('Brooklyn Park', 'Hennepin', 55443, 55445, ['763'], 2)],
    'MA': [('Boston', 'Suffolk', 2108, 2136, ['617', '857'], 8),
           ('Cambridge', 'Middlesex', 2138, 2142, ['617', '857'], 4),
           ('Worcester', 'Worcester', 1602, 1610, ['508', '774'], 4),
           ('Springfield', 'Hampden', 1103, 1109, ['413'], 3),
           ('Lowell', 'Middlesex', 1850, 1854, ['978', '351'], 3),
           ('Somerville', 'Middlesex', 2143, 2145, ['617', '857'], 2),
           ('Northampton', 'Hampshire', 1060, 1062, ['413'], 2),
           ('Lynn', 'Essex', 1901, 1905, ['781', '339'], 2),
           ('Framingham', 'Middlesex', 1701, 1702, ['508', '774'], 2)],
    'NM': [('Albuquerque', 'Bernalillo', 87101, 87123, ['505'], 9),
           ('Santa Fe', 'Santa Fe', 87501, 87508, ['505'], 4),
           ('Las Cruces', 'Dona Ana', 88001, 88012, ['575'], 3),
           ('Gallup', 'McKinley', 87301, 87305, ['505'], 2),
           ('Taos', 'Taos', 87571, 87571, ['575'], 1),
           ('Farmington', 'San Juan', 87401, 87402, ['505'], 2),
           ('Rio Rancho', 'Sandoval', 87124, 87144, ['505'], 2)],
}
EXTRA_COUNTIES = {
    'OR': ['Linn', 'Clackamas', 'Yamhill', 'Douglas', 'Klamath', 'Coos', 'Polk'],
    'WA': ['Skagit', 'Kitsap', 'Yakima', 'Cowlitz', 'Chelan', 'Lewis', 'Island'],
    'MN': ['Anoka', 'Dakota', 'Wright', 'Carver', 'Blue Earth', 'Scott', 'Crow Wing'],
    'MA': ['Plymouth', 'Bristol', 'Barnstable', 'Franklin', 'Berkshire', 'Norfolk'],
    'NM': ['Otero', 'Lea', 'Chaves', 'Eddy', 'Valencia', 'Grant'],
}
TOLLFREE = ['800', '888', '877', '866', '855', '844', '833']
ALL_AC = sorted({ac for st in CITIES for c in CITIES[st] for ac in c[4]} |
                {'781', '339', '763', '952'})

# ---------------------------------------------------------------- name pools
def W(s):
    return s.split()

ANGLO_M = W("James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Benjamin Samuel Gregory Frank Alexander Raymond Patrick Dennis Jerry Tyler Aaron Henry Peter Douglas Nathan Walter Harold Carl Arthur Gerald Roger Keith Lawrence Sean Albert Theodore Philip Russell Wayne Eugene Bruce Howard Leonard Martin Neil Owen Calvin Glen Delbert Elroy")
ANGLO_F = W("Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Rachel Carolyn Janet Catherine Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Martha Gloria Teresa Ann Frances Kathryn Janice Jean Alice Judy Sophia Grace Denise Doris Marilyn Beverly Theresa Diana Natalie Charlotte Marie Lori Darlene Verna Loretta Marlene")
ANGLO_S = W("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Rogers Reed Cook Morgan Bell Murphy Bailey Cooper Richardson Howard Ward Gray Watson Brooks Kelly Sanders Price Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Long Patterson Hughes Butler Simmons Foster Bryant Russell Griffin Hayes Myers Ford Hamilton Graham Sullivan Wallace West Cole Hartley Whitaker Pendleton Ashford Caldwell Fairbanks Holloway Kincaid Lockwood Merriman Prescott Radcliffe Sutherland Thornton Winslow O'Brien O'Connor McCarthy Fitzgerald Kennedy Doyle Gallagher Donovan Brennan Callahan Russo Romano DeLuca Esposito Ricci Marino Schmidt Mueller Weber Becker Hoffman Fischer Wagner Kowalski Novak Ellis Hale Mercer Abbott Whitfield Langley Ainsworth Beaumont Carrington Delacroix")
SCAND_M = W("Anders Erik Lars Nils Sven Gunnar Ole Leif Per Torvald Arne Bjorn")
SCAND_F = W("Ingrid Solveig Astrid Karin Britt Sigrid Liv Greta Marit Kirsten Dagny")
SCAND_S = W("Olsen Olson Larson Lindqvist Halvorsen Bergstrom Nygaard Sorensen Swanson Lundgren Carlson Hanson Petersen Gustafson Dahl Solberg Engstrom Lindahl Aasen Haugen Moen Thorsen Berg Strand Nyberg Johansson")
HISP_M = W("José Juan Luis Carlos Jorge Miguel Francisco Alejandro Roberto Ricardo Fernando Eduardo Manuel Antonio Javier Rafael Sergio Arturo Enrique Ignacio Jesús Raúl Alberto Andrés Diego Gabriel Mateo Santiago Joaquín Ernesto")
HISP_F = W("María Guadalupe Ana Rosa Carmen Elena Isabel Lucía Sofía Teresa Patricia Verónica Gabriela Adriana Alejandra Mónica Claudia Leticia Yolanda Marisol Esperanza Beatriz Luz Dolores Pilar Graciela Irene Josefina Consuelo Socorro")
HISP_S = W("García Martínez Rodríguez López Hernández González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Chávez Ramos Ruiz Mendoza Vargas Castillo Jiménez Moreno Romero Herrera Medina Aguilar Vigil Baca Trujillo Montoya Archuleta Lucero Gallegos Sandoval Valdez Maestas Padilla Salazar Apodaca Griego Tafoya Quintana")
SOM_M = W("Abdirahman Mohamed Ahmed Abdullahi Hassan Ali Omar Abdi Yusuf Ibrahim Abdikarim Mahad Farah Liban Said Bashir Hamza Khalid Abdiaziz Mustafa")
SOM_F = W("Hodan Fadumo Amina Halimo Sahra Asha Ayan Ifrah Nasra Khadra Deeqa Hibaq Ubah Sagal Maryan Idil Hawa Nimco Farhiya")
SOM_S = W("Hassan Mohamed Ali Ahmed Warsame Farah Abdi Osman Jama Yusuf Hussein Nur Aden Ismail Egal Duale Gedi Mohamud Abdullahi Dahir Elmi Samatar")
HM_M = W("Tou Pao Neng Kou Chue Yia Fue Koua Toua Cher Seng Teng Chong Doua Kao Long Meng Sai")
HM_F = ['Pa', 'Mai', 'Nou', 'Bao', 'Kia', 'Youa', 'Pa Nhia', 'Mai Yer', 'Mai Neng',
        'Pang', 'Shoua', 'Choua', 'Ia', 'Zoua', 'Lia', 'Gao', 'Mai Xee']
HM_S = W("Vang Xiong Lee Yang Her Moua Thao Lor Vue Chang Khang Hang Kue Lo Cha")
NAV_S = W("Begay Yazzie Tsosie Benally Nez Begaye Tso Etsitty Manygoats Bitsui Yellowhorse Chee Jumbo Platero Wauneka Tsinajinnie Largo Nakai Redhouse Bitsilly Claw Skeet Yellowman Silversmith")
VN_M = W("Minh Tuan Duc Quang Thanh Hung Long Khanh Bao Huy Phuc Dung Vinh Hieu Nam Son Trung Cuong Hai Tri")
VN_F = W("Lan Hoa Linh Mai Huong Thuy Phuong Anh Ngoc Trang Hanh Thu Nga Hien Tam Thao Yen Diep Loan Vy")
VN_S = W("Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Truong Dinh Huynh Vo")
EA_M = W("Wei Jian Hao Jun Hiroshi Kenji Takeshi Min-jun Ji-ho Sung Daniel Kevin Eric")
EA_F = W("Mei Ying Xiu Yuki Keiko Aiko Ji-woo Soo-jin Hana Grace Jenny Helen")
EA_S = W("Chen Wang Zhang Liu Huang Lin Wu Tanaka Sato Suzuki Nakamura Yamamoto Watanabe Kim Park Choi Jung Kang Cho Yoon")
AF_M = W("Chidi Emeka Oluwaseun Tunde Chukwuemeka Obinna Kofi Tesfaye Dawit Yonas Jean-Pierre Wesley")
AF_F = W("Ngozi Chioma Adaeze Folake Yetunde Amara Selam Hiwot Tigist Marie-Claire Nadège")
AF_S = W("Okafor Adeyemi Okonkwo Eze Nwosu Adebayo Obi Balogun Mensah Bekele Haile Girma Pierre-Louis Jean-Baptiste Toussaint")
PT_M = W("João Manuel António Paulo Luís Fernando Carlos")
PT_F = W("Maria Fátima Ana Isabel Conceição Lurdes Rosa")
PT_S = W("Medeiros Pereira Souza Silva Costa Furtado Rebelo Mello Cabral Tavares Raposo Amaral Botelho Frias Sousa")
IN_M = W("Rajesh Arjun Vikram Sanjay Amit Ravi Anil Suresh Pranav Rohan")
IN_F = W("Priya Anjali Deepa Kavita Sunita Neha Meera Lakshmi Anita Pooja")
IN_S = W("Patel Shah Sharma Gupta Reddy Iyer Rao Desai Mehta Kulkarni Nair Joshi Chatterjee")

CULT = {
    'anglo': (ANGLO_M, ANGLO_F, ANGLO_S), 'scand': (SCAND_M + ANGLO_M, SCAND_F + ANGLO_F, SCAND_S),
    'hisp': (HISP_M, HISP_F, HISP_S), 'somali': (SOM_M, SOM_F, SOM_S),
    'hmong': (HM_M, HM_F, HM_S), 'navajo': (ANGLO_M, ANGLO_F, NAV_S),
    'viet': (VN_M, VN_F, VN_S), 'eastasian': (EA_M, EA_F, EA_S),
    'african': (AF_M, AF_F, AF_S), 'port': (PT_M, PT_F, PT_S), 'indian': (IN_M, IN_F, IN_S),
}
CULT_W = {
    'OR': {'anglo': 58, 'hisp': 14, 'viet': 8, 'scand': 4, 'eastasian': 7, 'somali': 2, 'african': 2, 'indian': 5},
    'WA': {'anglo': 50, 'hisp': 12, 'viet': 8, 'scand': 6, 'eastasian': 12, 'somali': 4, 'african': 3, 'indian': 5},
    'MN': {'anglo': 36, 'scand': 20, 'hmong': 13, 'somali': 13, 'hisp': 6, 'viet': 4, 'african': 4, 'eastasian': 4},
    'MA': {'anglo': 50, 'port': 10, 'hisp': 12, 'viet': 6, 'eastasian': 9, 'african': 7, 'indian': 6},
    'NM': {'hisp': 45, 'navajo': 20, 'anglo': 30, 'eastasian': 3, 'indian': 2},
}
NICK = {
    'William': ['Bill', 'Will', 'Billy'], 'Robert': ['Bob', 'Rob', 'Bobby'], 'Margaret': ['Peggy', 'Maggie', 'Meg'],
    'Elizabeth': ['Liz', 'Beth', 'Betsy'], 'Richard': ['Dick', 'Rick', 'Rich'], 'James': ['Jim', 'Jimmy'],
    'Katherine': ['Kate', 'Kathy'], 'Kathleen': ['Kathy', 'Kate'], 'Jennifer': ['Jen', 'Jenny'], 'Michael': ['Mike'],
    'Thomas': ['Tom', 'Tommy'], 'Joseph': ['Joe'], 'Patricia': ['Pat', 'Patty', 'Trish'], 'Susan': ['Sue', 'Susie'],
    'Deborah': ['Deb', 'Debbie'], 'Charles': ['Chuck', 'Charlie'], 'Edward': ['Ed', 'Ted', 'Eddie'],
    'Christopher': ['Chris'], 'Daniel': ['Dan', 'Danny'], 'Anthony': ['Tony'], 'Jonathan': ['Jon'],
    'Barbara': ['Barb'], 'Dorothy': ['Dot', 'Dottie'], 'Theodore': ['Ted', 'Teddy'], 'Kenneth': ['Ken'],
    'Steven': ['Steve'], 'Stephen': ['Steve'], 'Rebecca': ['Becky'], 'Alexander': ['Alex'], 'Francisco': ['Paco', 'Pancho'],
    'José': ['Pepe'], 'Guadalupe': ['Lupe'], 'Jesús': ['Chuy'], 'Ignacio': ['Nacho'], 'Roberto': ['Beto'],
    'Alberto': ['Beto'], 'Enrique': ['Kike'], 'Abdirahman': ['Abdi'], 'Abdullahi': ['Abdi'], 'Mohamed': ['Mo'],
    'Gregory': ['Greg'], 'Timothy': ['Tim'], 'Matthew': ['Matt'], 'Andrew': ['Andy', 'Drew'], 'Samuel': ['Sam'],
    'Benjamin': ['Ben'], 'Nicholas': ['Nick'], 'Lawrence': ['Larry'], 'Gerald': ['Jerry'], 'Raymond': ['Ray'],
    'Douglas': ['Doug'], 'Donald': ['Don'], 'Ronald': ['Ron'], 'Cynthia': ['Cindy'], 'Pamela': ['Pam'],
    'Victoria': ['Vicky', 'Tori'], 'Christine': ['Chris', 'Chrissy'], 'Judith': ['Judy'], 'Frances': ['Fran'],
    'Virginia': ['Ginny'], 'Teresa': ['Terry'], 'Theresa': ['Terry'], 'Samantha': ['Sam'], 'Catherine': ['Cathy'],
    'Kimberly': ['Kim'], 'Jessica': ['Jess'], 'Stephanie': ['Steph'], 'Albert': ['Al'], 'Walter': ['Walt'],
    'Harold': ['Hal'], 'Arthur': ['Art'], 'Philip': ['Phil'], 'Peter': ['Pete'], 'Eugene': ['Gene'],
    'Leonard': ['Len', 'Lenny'], 'Howard': ['Howie'], 'Manuel': ['Manny'], 'Eduardo': ['Lalo'], 'Dolores': ['Lola'],
    'Consuelo': ['Chelo'], 'Socorro': ['Coco'], 'Fadumo': ['Faduma'], 'Chukwuemeka': ['Emeka'], 'Oluwaseun': ['Seun'],
}
TITLES_M = ['Mr.', 'Dr.', 'Rev.']
TITLES_F = ['Ms.', 'Mrs.', 'Dr.', 'Rev.']

STREETS = W("Oak Maple Cedar Pine Elm Willow Main Lincoln Washington Park Lake Hill River Sunset Highland Ridge Alder Birch Spruce Madrona Juniper Hawthorne Division Burnside Summit Prospect Chestnut Walnut Adams Jefferson Madison Grand Central Forest Meadow Orchard Harbor Mill Church School Union Franklin Cherry Laurel Aspen Sycamore Hemlock Fir Poplar Linden Evergreen Lakeview Greenwood Fairview Riverside Broadway Marshall Hawthorn Clinton Belmont Fremont Stark Killingsworth Como Selby Grand Snelling Lyndale Nicollet Comm Beacon Dorchester Tremont Centre Silver Montgomery Lomas Menaul Zuni Candelaria Cerrillos Alameda Paseo Agua Fria Canyon Mesa Arroyo Pinon Vista Rio")
STYPE = [('St', 'Street'), ('Ave', 'Avenue'), ('Rd', 'Road'), ('Dr', 'Drive'), ('Ln', 'Lane'),
         ('Blvd', 'Boulevard'), ('Way', 'Way'), ('Ct', 'Court'), ('Pl', 'Place')]
DIRS = [('N', 'North'), ('S', 'South'), ('E', 'East'), ('W', 'West'), ('NE', 'Northeast'),
        ('NW', 'Northwest'), ('SE', 'Southeast'), ('SW', 'Southwest')]
PLACES = W("Cascade Riverbend Northstar Juniper Evergreen Harbor Lakeside Prairie Bayside Summit Granite Ironwood Kettle Raven Salmonberry Willamette Columbia Superior Sandia Turquoise Sunrise Meridian Alder Heron Cedar Timberline Puget Mesa Bluestem Tamarack Loon Cranberry Minuteman Pioneer Coronado Chamisa Sagebrush Basalt Driftwood Firefly Copperline Keystone Lighthouse")
PLACES2 = ['Blue Heron', 'Cedar Ridge', 'High Desert', 'Red Rock', 'Old Mill', 'Three Rivers',
           'North Shore', 'Copper Canyon', 'Twin Cities', 'Bay State', 'Pioneer Valley', 'Rio Grande',
           'Mount Hood', 'Big Sky', 'Lake Country', 'Iron Range', 'Cape Ann', 'Sangre de Cristo',
           'Silver Creek', 'Fox Hollow', 'Wild Rose', 'Elk Horn', 'Green Mountain', 'Stone Bridge']
BIZ_TYPES = ['Bakery', 'Coffee Roasters', 'Dental Group', 'Veterinary Clinic', 'Hardware', 'Auto Repair',
             'Brewing Company', 'Books', 'Insurance Agency', 'Realty', 'Law Group', 'CPA Group', 'Landscaping',
             'Printing', 'Music Store', 'Frame Shop', 'Florist', 'Construction', 'Plumbing', 'Electric',
             'Yoga Studio', 'Pizza', 'Taqueria', 'Market', 'Food Co-op', 'Design Studio', 'Architects',
             'Pharmacy', 'Gallery', 'Cycles', 'Optometry', 'Chiropractic', 'Catering', 'Salon', 'Tailoring',
             'Pottery Supply', 'Dance Supply', 'Photography', 'Property Management', 'Physical Therapy']
CORP_TYPES = ['Bank', 'Federal Credit Union', 'Health', 'Energy', 'Mutual Insurance', 'Software',
              'Outdoor Gear', 'Medical Group', 'Industries', 'Foods', 'Logistics', 'Telecom', 'Builders',
              'Savings Bank', 'Power & Light', 'Technologies', 'Manufacturing', 'Financial Group']
LEGAL = ['Inc.', 'LLC', 'Co.', 'Corp.', 'PLLC', 'P.C.']
SAINTS = ['Brigid', 'Patrick', 'Joseph', 'Anne', 'Francis', 'Mary', 'Michael', 'Luke', 'Mark', 'Paul',
          'Cecilia', 'Columba', 'Agnes', 'Therese', 'Andrew', 'James', 'Rose of Lima', 'Kateri']
SCHOOLS = ['Roosevelt', 'Lincoln', 'Jefferson', 'Whitman', 'Chief Joseph', 'Sacajawea', 'Cesar Chavez',
           'Maple Grove', 'Lakeview', 'Hawthorne', 'Emerson', 'Longfellow', 'Garfield', 'Franklin', 'Adams',
           'Madison', 'Washington', 'Sunnyside', 'Riverview', 'Highland', 'Bryant', 'Irving', 'Alcott',
           'Thoreau', 'Mesa Vista', 'Los Ranchos', 'Dolores Huerta', 'Wellstone', 'Hiawatha', 'Marcy',
           'Ridgecrest', 'Cedar Park', 'Pine Hollow', 'Willow Creek', 'Fairmount', 'Clearwater', 'Orchard Park']
SCHOOL_LVL = ['Elementary School', 'Middle School', 'High School', 'K-8 School', 'Elementary']
CITY_DEPTS = ['Office of Arts & Culture', 'Parks and Recreation Department', 'Public Library',
              'Neighborhood Services', 'Human Services Department', 'Economic Development Office',
              'Community Development Department', 'Office of Equity and Inclusion', 'Youth Services Division',
              'Cultural Affairs Department', 'Senior Services Division', 'Office of Immigrant Affairs']
COUNTY_DEPTS = ['Health Department', 'Human Services', 'Cultural Coalition', 'Library District',
                'Community Justice', 'Parks Department']
STATE_AGENCIES = {
    'OR': ['Oregon Department of Human Services', 'Oregon Office of Community Arts Grants', 'Oregon Youth Development Division'],
    'WA': ['Washington State Department of Commerce', 'Washington State Office of Arts Access', 'Washington State Department of Children, Youth and Families'],
    'MN': ['Minnesota Department of Education', 'Minnesota Legacy Arts Grants Office', 'Minnesota Department of Human Services'],
    'MA': ['Massachusetts Office of Community Arts', 'Massachusetts Executive Office of Elder Affairs', 'Massachusetts Department of Youth Services'],
    'NM': ['New Mexico Office of Arts Outreach', 'New Mexico Children, Youth and Families Department', 'New Mexico Aging and Long-Term Services Department'],
}
NONPROFIT_PAT = ['Rotary Club of {city}', 'Kiwanis Club of {city}', '{city} Arts Council', '{place} Garden Club',
                 '{place} Community Choir', 'Friends of the {city} Public Library', 'Lions Club of {city}',
                 'League of Women Voters of {county} County', '{place} Quilters Guild', '{city} Jazz Society',
                 '{place} Neighborhood Association', '{place} Senior Center', '{city} Folk Music Society',
                 '{place} Youth Soccer Club', 'Soroptimist International of {city}']
DAF_EXIST = [('Fidelity Charitable', 'Fidelity Charitable Gift Fund', 'MA', 8),
             ('Vanguard Charitable', 'Vanguard Charitable Endowment Program', 'WA', 6),
             ('Willamette Valley Community Foundation', 'WVCF', 'OR', 4),
             ('Twin Cities Giving Fund', 'TCGF', 'MN', 4),
             ('Rio Grande Community Foundation', 'RGCF', 'NM', 3)]
DAF_NEW = [('Schwab Charitable', 'Schwab Charitable Fund', 'OR'),
           ('National Philanthropic Trust', 'NPT', 'MA'),
           ('Puget Sound Donor Fund', 'PSDF', 'WA'),
           ('Bay State Giving Fund', 'BSGF', 'MA')]
FREEMAIL = ['gmail.com'] * 8 + ['yahoo.com'] * 3 + ['comcast.net'] * 2 + ['outlook.com'] * 2 + \
    ['hotmail.com', 'icloud.com', 'aol.com', 'msn.com'] + ['example.com'] * 3 + ['example.net'] * 3

# ---------------------------------------------------------------- helpers
def pick(seq):
    return R.choice(seq)


def wpick(d):
    ks = list(d)
    return R.choices(ks, [d[k] for k in ks])[0]


def chance(p):
    return R.random() < p


def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r'[^a-z0-9]', '', strip_acc(s).lower())


def typo(s):
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    if len(letters) < 4:
        return s
    i = pick(letters[1:])
    op = R.randrange(4)
    if op == 0:
        return s[:i] + s[i + 1:]
    if op == 1:
        return s[:i] + s[i] + s[i:]
    if op == 2 and i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    repl = pick('aeiounrst')
    if repl == s[i].lower():
        repl = 'e' if repl != 'e' else 'a'
    return s[:i] + (repl.upper() if s[i].isupper() else repl) + s[i + 1:]


# phones -------------------------------------------------------------------
PHONE_POOL = {}
for _ac in ALL_AC + TOLLFREE:
    _l = ['%s555%04d' % (_ac, n) for n in range(100, 200)]
    R.shuffle(_l)
    PHONE_POOL[_ac] = _l


def alloc_phone(city, org=False):
    codes = list(city['acs'])
    state_codes = sorted({ac for c in CITIES[city['state']] for ac in c[4]})
    for group in (codes, state_codes, TOLLFREE if org else [], ALL_AC, TOLLFREE):
        g = [c for c in group if PHONE_POOL[c]]
        if g:
            c = max(g, key=lambda x: len(PHONE_POOL[x]) + R.random())
            return PHONE_POOL[c].pop()
    raise RuntimeError('phone pool exhausted')


def alloc_tollfree():
    g = [c for c in TOLLFREE if PHONE_POOL[c]]
    return PHONE_POOL[pick(g)].pop()


USED_EMAILS = set()


def uniq_email(local, domain):
    local = re.sub(r'[^a-z0-9._-]', '', strip_acc(local).lower()).strip('.') or 'info'
    e = '%s@%s' % (local, domain)
    n = 2
    while e in USED_EMAILS:
        e = '%s%d@%s' % (local, n if n > 2 else R.randint(2, 99), domain)
        n += 1
    USED_EMAILS.add(e)
    return e


def person_email(p, domain=None):
    g, f = slug(p['given'].split()[0]), slug(p['family'].split()[0].split('-')[0])
    pat = R.randrange(6)
    local = [g + '.' + f, g + f, g[0] + f, g + f[0] + str(R.randint(1, 99)),
             f + g[0], g + '.' + f + str(R.randint(50, 99))][pat]
    return uniq_email(local, domain or pick(FREEMAIL))


# places -------------------------------------------------------------------
def pick_city(state=None):
    st = state or wpick(STATE_W)
    c = R.choices(CITIES[st], [x[5] for x in CITIES[st]])[0]
    return {'state': st, 'city': c[0], 'county': c[1], 'zlo': c[2], 'zhi': c[3], 'acs': c[4]}


def city_by_name(state, name):
    for c in CITIES[state]:
        if c[0] == name:
            return {'state': state, 'city': c[0], 'county': c[1], 'zlo': c[2], 'zhi': c[3], 'acs': c[4]}
    raise KeyError(name)


USED_ADDR = set()


def make_addr(city, org=False, unit_p=None):
    while True:
        st = pick(STYPE)
        a = {'num': str(R.randint(100, 9899) if not org else R.randint(100, 4999)),
             'pre': pick(DIRS)[0] if city['city'] in ('Portland', 'Seattle', 'Albuquerque', 'Bend', 'Salem') and chance(0.6) else '',
             'street': pick(STREETS), 'stype': st[0] if chance(0.7) else st[1], 'unit': None,
             'city': city['city'], 'state': city['state'],
             'zip': '%05d' % R.randint(city['zlo'], city['zhi']), 'zip4': None, 'pobox': None}
        if a['street'] in ('Paseo', 'Camino'):
            a['stype'] = ''
        key = (a['num'], a['street'], a['zip'])
        if key not in USED_ADDR:
            USED_ADDR.add(key)
            break
    up = unit_p if unit_p is not None else (0.35 if org else 0.18)
    if chance(up):
        a['unit'] = pick(['Suite %d' % R.randint(100, 450), 'Ste %d' % R.randint(100, 450), '#%d' % R.randint(1, 40)]) \
            if org else pick(['Apt %d%s' % (R.randint(1, 30), pick(['', 'A', 'B', 'C'])), 'Unit %d' % R.randint(1, 300), '#%d' % R.randint(2, 40)])
    if chance(0.15):
        a['zip4'] = '%04d' % R.randint(1000, 9999)
    return a


def line1_of(a):
    if a.get('pobox'):
        return 'PO Box %s' % a['pobox']
    parts = [a['num'], a['pre'], a['street'], a['stype']]
    return ' '.join(p for p in parts if p)


def render_addr_clean(a, country):
    if a is None:
        return {'line1': None, 'line2': None, 'city': None, 'region': None, 'postalCode': None, 'country': None}
    return {'line1': line1_of(a), 'line2': a['unit'], 'city': a['city'], 'region': a['state'],
            'postalCode': a['zip'] + ('-' + a['zip4'] if a['zip4'] else ''), 'country': country}


def fmt_phone(d, style=None, ext=None):
    if d is None:
        return None
    a, b, c = d[:3], d[3:6], d[6:]
    style = style if style is not None else R.randrange(9)
    s = ['(%s) %s-%s', '%s-%s-%s', '%s.%s.%s', '+1 %s %s %s', '1-%s-%s-%s', '%s%s%s',
         '+1%s%s%s', '%s %s %s', '+1 (%s) %s-%s'][style] % (a, b, c)
    if ext:
        s += pick([' ext. %s', ' x%s', ' ext %s', ' #%s', ' Ext. %s', ' x %s']) % ext
    return s


# ---------------------------------------------------------------- entities
ENTS = {}
EIDS = R.sample(range(10000, 99999), 4000)
_eid_i = [0]


def new_eid():
    e = 'E%05d' % EIDS[_eid_i[0]]
    _eid_i[0] += 1
    return e


def make_person(culture, gender=None, family=None):
    M, F, S = CULT[culture]
    gender = gender or pick('MF')
    given = pick(M if gender == 'M' else F)
    fam = family
    if fam is None:
        fam = pick(S)
        if culture == 'hisp' and chance(0.45):
            fam2 = pick(S)
            if fam2 != fam:
                fam = fam + ' ' + fam2
        elif culture in ('anglo', 'scand') and chance(0.04):
            fam2 = pick(S)
            if fam2 != fam and "'" not in fam + fam2:
                fam = fam + '-' + fam2
    middle = None
    if culture == 'somali':
        middle = pick(SOM_M)
    elif culture in ('anglo', 'scand', 'navajo') and chance(0.6):
        middle = pick(ANGLO_M + ANGLO_F)
    elif culture == 'hisp' and chance(0.25):
        middle = pick(HISP_M if gender == 'M' else HISP_F)
    suffix = None
    if gender == 'M' and culture in ('anglo', 'scand', 'navajo', 'hisp', 'african') and chance(0.04):
        suffix = pick(['Jr.', 'Sr.', 'III'])
    title = None
    if chance(0.05):
        title = 'Dr.'
    elif chance(0.02):
        title = 'Rev.'
    return {'given': given, 'middle': middle, 'family': fam, 'suffix': suffix, 'gender': gender,
            'culture': culture, 'title': title}


def pname(p, suffix=True):
    s = p['given'] + ' ' + p['family']
    if suffix and p.get('suffix'):
        s += ' ' + p['suffix']
    return s


def base_entity(kind, group, city):
    return {'id': new_eid(), 'kind': kind, 'group': group, 'state': city['state'], 'city': city['city'],
            'county': city['county'], 'cityobj': city, 'people': [], 'alt_emails': [], 'ext': None,
            'country': pick(['US', 'USA', 'US', None, 'United States']), 'contact': None}


def ent_person(kind, city=None, culture=None, family=None, people=None, addr=None):
    city = city or pick_city()
    culture = culture or wpick(CULT_W[city['state']])
    e = base_entity(kind, 'person', city)
    if people:
        e['people'] = people
    elif kind in ('single', 'widow'):
        p = make_person(culture, 'F' if kind == 'widow' else None, family)
        if kind == 'widow':
            p['suffix'] = None
        e['people'] = [p]
    else:
        p1 = make_person(culture, family=family)
        r = R.random()
        if r < 0.10:
            g2 = p1['gender']  # same-sex couple
            p2 = make_person(pick(list(CULT_W[city['state']])), g2)
            e['samesex'] = True
        else:
            g2 = 'F' if p1['gender'] == 'M' else 'M'
            if r < 0.30 and kind == 'couple':
                p2 = make_person(culture, g2)
            elif r < 0.38 and kind == 'couple' and '-' not in p1['family'] and ' ' not in p1['family']:
                other = make_person(culture, g2)['family'].split()[0]
                p2 = make_person(culture, g2, family=(other + '-' + p1['family']) if "'" not in other else p1['family'])
            else:
                p2 = make_person(culture, g2, family=p1['family'])
            p2['suffix'] = None
        e['people'] = [p1, p2]
    ps = e['people']
    p = ps[0]
    if kind == 'single' or kind == 'widow':
        disp = pname(p)
        if kind == 'widow' and chance(0.3):
            disp = 'Mrs. ' + disp
        elif p['title'] and chance(0.5):
            disp = p['title'] + ' ' + disp
    elif kind == 'couple':
        a, b = ps
        if a['family'] == b['family']:
            disp = pick(['%s and %s %s', '%s & %s %s', '%s and %s %s']) % (a['given'], b['given'], a['family'])
            if chance(0.12):
                disp = '%s, %s and %s' % (a['family'], a['given'], b['given'])
        else:
            disp = '%s %s and %s %s' % (a['given'], a['family'], b['given'], b['family'])
            if chance(0.3):
                disp = disp.replace(' and ', ' & ')
    else:  # family
        disp = pick(['The %s Family', 'The %s Family', '%s Family']) % p['family']
    e['display'] = disp
    e['given'], e['family'], e['company'] = p['given'], p['family'], None
    e['addr'] = addr or make_addr(city)
    e['email'] = person_email(p)
    if len(ps) > 1:
        e['alt_emails'].append(('spouse_email', person_email(ps[1])))
        if chance(0.15):
            e['email'] = uniq_email(slug(p['family']) + pick(['family', 'household', '.home']), pick(FREEMAIL))
            e['alt_emails'].append(('member_email', person_email(p)))
    e['alt_emails'].append(('email_changed', person_email(p, pick(['gmail.com', 'outlook.com', 'example.net', slug(pick(PLACES)) + '.example']))))
    e['phone'] = alloc_phone(city) if chance(0.78) else None
    return e


def org_contact(city):
    return make_person(wpick(CULT_W[city['state']]))


def finish_org(e, name, city, domain=None, roles=('info', 'office', 'accounting', 'ap', 'admin'),
               addr=None, phone=True, contact_p=0.6):
    e['display'] = name
    e['name'] = name
    e['company'] = name
    if chance(contact_p):
        cp = org_contact(city)
        e['contact'] = cp
        e['given'], e['family'] = cp['given'], cp['family']
    else:
        e['given'] = e['family'] = None
    e['addr'] = addr or make_addr(city, org=True)
    domain = domain or dom_of(name)
    e['domain'] = domain
    e['email'] = uniq_email(pick(roles), domain)
    e['alt_emails'].append(('email_other_role', uniq_email(pick(['billing', 'finance', 'payables', 'giving', 'donations', 'bookkeeping']), domain)))
    if e['contact'] is not None:
        c = e['contact']
        e['alt_emails'].append(('email_contact', uniq_email(slug(c['given'])[0] + slug(c['family'].split()[0]), domain)))
    e['phone'] = (alloc_phone(city, org=True) if phone is True else phone) if phone else None
    return e


def dom_of(name, maxlen=20):
    words = [slug(w) for w in strip_legal(name).replace('The ', '').split()]
    words = [w for w in words if w and w not in ('and', 'of')]
    out = words[0]
    for w in words[1:]:
        if len(out) + len(w) > maxlen:
            break
        out += w
    return out + '.example'


def strip_legal(n):
    return re.sub(r',?\s+(Inc\.?|LLC|Co\.|Corp\.|PLLC|P\.C\.)$', '', n)


USED_NAMES = set()


def nkey(s):
    return ' '.join(re.sub(r'[^a-z0-9]+', ' ', strip_acc(s).lower()).split())


def claim(name):
    k = nkey(name)
    if k in USED_NAMES:
        return False
    USED_NAMES.add(k)
    return True


def ent_business(city=None):
    city = city or pick_city()
    while True:
        r = R.random()
        if r < 0.45:
            n = '%s %s' % (pick(PLACES + PLACES2), pick(BIZ_TYPES))
        elif r < 0.75:
            s = pick(CULT[wpick(CULT_W[city['state']])][2]).split()[0]
            n = pick(['%s %s', "%s's %s", '%s & Sons %s', '%s Family %s']) % (s, pick(BIZ_TYPES))
        else:
            n = '%s %s' % (city['city'], pick(BIZ_TYPES))
        if chance(0.55):
            prof = any(w in n for w in ('Dental', 'Law', 'CPA', 'Architects', 'Optometry', 'Chiropractic', 'Therapy', 'Veterinary'))
            n += (', ' if chance(0.3) else ' ') + pick(LEGAL if prof else ['Inc.', 'LLC', 'LLC', 'Co.', 'Corp.'])
        if claim(n):
            break
    e = base_entity('business', 'org', city)
    return finish_org(e, n, city)


def ent_corp(city=None, base=None):
    city = city or pick_city()
    while True:
        b = base or '%s %s' % (pick(PLACES + PLACES2), pick(CORP_TYPES))
        n = b + ('' if b.endswith(('Union', 'Bank', 'Group')) else pick(['', ' Inc.', ' Inc.', ' Corp.', ' LLC', ', Inc.']))
        if claim(n) or base:
            break
    e = base_entity('corp', 'org', city)
    e['corpbase'] = b
    return finish_org(e, n, city, roles=('accountspayable', 'ap', 'community', 'sponsorships', 'giving'))


def ent_corp_fdn(corpbase, city, addr=None, phone=True, domain=None):
    n = pick(['%s Foundation', '%s Foundation', '%s Charitable Foundation', 'The %s Foundation', '%s Community Fund']) % corpbase
    claim(n)
    e = base_entity('corp_foundation', 'org', city)
    e['corpbase'] = corpbase
    return finish_org(e, n, city, domain=domain, addr=addr, phone=phone, roles=('foundation', 'grants', 'fdn', 'givingfund'))


def ent_family_fdn(surname, city, people=None, addr=None, phone=True, email=None):
    while True:
        if people and len(people) > 1 and chance(0.35):
            n = '%s and %s %s Foundation' % (people[0]['given'], people[1]['given'], surname)
        else:
            n = pick(['The %s Family Foundation', 'The %s Family Foundation', '%s Family Foundation', 'The %s Charitable Fund', '%s Family Fund']) % surname
        if claim(n):
            break
        surname = surname + pick(['', '-' + pick(ANGLO_S)])
    e = base_entity('family_foundation', 'org', city)
    e['surname'] = surname
    finish_org(e, n, city, domain=slug(surname) + pick(['foundation', 'fdn', 'familyfdn']) + '.example',
               roles=('grants', 'info', 'admin', 'trustees'), addr=addr, phone=phone)
    if people:
        e['given'], e['family'] = people[0]['given'], people[0]['family']
        e['contact'] = people[0]
    if email:
        e['email'] = email
    return e


def church_name(city):
    r = R.random()
    if r < 0.3:
        return 'St. %s Catholic Church' % pick(SAINTS), 'catholic'
    if r < 0.5:
        return '%s Lutheran Church' % pick(['First', 'Grace', 'Trinity', 'Bethlehem', 'Mount Olivet', 'Our Savior\'s', 'Central', 'Augsburg']), 'lutheran'
    if r < 0.62:
        return '%s United Methodist Church' % pick(['First', 'Wesley', 'Grace', 'Centenary', city['city']]), 'methodist'
    if r < 0.72:
        return '%s Episcopal Church' % pick(['St. Mark\'s', 'Trinity', 'Grace', 'Christ', 'St. Stephen\'s', 'All Saints']), 'episcopal'
    if r < 0.80:
        return 'Temple %s' % pick(['Beth Shalom', 'Beth Israel', 'Sinai', 'Emanuel', 'Beth El']), 'temple'
    if r < 0.90:
        return '%s Congregational Church' % pick(['First', 'Plymouth', 'Pilgrim', city['city']]), 'congregational'
    return '%s Baptist Church' % pick(['First', 'Mount Zion', 'Greater Grace', 'Calvary', 'New Hope']), 'baptist'


GROUP_PAT = {'catholic': ['{c} Altar Society', "{c} Women's Guild", "{s} Catholic Women's Club"],
             'lutheran': ['{c} WELCA', "{c} Women of the ELCA", "{c} Women's Circle"],
             'methodist': ['United Methodist Women of {c}', "{c} Women's Fellowship"],
             'episcopal': ["{c} Episcopal Church Women", "{c} Women's Guild"],
             'temple': ['Sisterhood of {c}', "{c} Women's League"],
             'congregational': ["{c} Women's Fellowship", "{c} Women's Association"],
             'baptist': ["{c} Women's Missionary Society", "{c} Women's Ministry"]}


def ent_church(city=None):
    city = city or pick_city()
    while True:
        n, den = church_name(city)
        if n.startswith('First') or n.startswith(city['city']) or chance(0.5):
            n2 = n + ' of ' + city['city'] if not n.startswith(city['city']) else n
        else:
            n2 = n
        if claim(n2):
            break
    e = base_entity('church', 'org', city)
    e['den'] = den
    e['short'] = n2
    return finish_org(e, n2, city, roles=('office', 'parishoffice', 'admin', 'finance', 'secretary'))


def ent_church_group(church):
    c = church['short']
    s = c.replace(' Catholic Church', '').replace(' of ' + church['city'], '')
    cs = c.replace(' of ' + church['city'], '')
    pats = GROUP_PAT[church['den']]
    for _ in range(10):
        n = pick(pats).format(c=cs, s=s)
        if claim(n):
            break
    e = base_entity('church_group', 'org', church['cityobj'])
    e['den'] = church['den']
    e['parent_name'] = c
    g = finish_org(e, n, church['cityobj'], addr=dict(church['addr']), phone=None,
                   domain=pick(FREEMAIL), roles=(slug(n.split()[0]) + 'women', 'womensguild', slug(n)[:12]))
    g['addr']['unit'] = None
    if chance(0.5):
        g['phone'] = church['phone']
    elif chance(0.6):
        g['phone'] = alloc_phone(church['cityobj'])
    cp = make_person(wpick(CULT_W[church['state']]), 'F')
    g['contact'] = cp
    g['given'], g['family'] = cp['given'], cp['family']
    return g


def ent_school(city=None):
    city = city or pick_city()
    while True:
        n = '%s %s' % (pick(SCHOOLS), pick(SCHOOL_LVL))
        if claim(n + ' ' + city['city']) and claim(n):
            break
    e = base_entity('school', 'org', city)
    e['sname'] = n
    return finish_org(e, n, city, domain=slug(n.split()[0]) + slug(city['city'])[:6] + '.k12.example',
                      roles=('office', 'frontoffice', 'bookkeeper', 'principal', 'finance'), contact_p=0.7)


def ent_pta(school):
    n0 = school['sname']
    core = n0.replace(' School', '')
    for _ in range(10):
        n = pick(['%s PTA' % core, '%s PTO' % core, '%s Parent Teacher Association' % core, 'Friends of %s' % core, '%s PTSA' % core])
        if claim(n):
            break
    e = base_entity('pta', 'org', school['cityobj'])
    e['sname'] = n0
    p = finish_org(e, n, school['cityobj'], addr=dict(school['addr']), phone=None,
                   domain=pick(['gmail.com', slug(core)[:10] + 'pta.example', 'example.org']),
                   roles=(slug(core)[:10] + 'pta', 'treasurer.' + slug(core)[:8], 'pta'), contact_p=0.9)
    p['addr']['unit'] = None
    if chance(0.35):
        p['phone'] = school['phone']
    elif chance(0.5):
        p['phone'] = alloc_phone(school['cityobj'])
    return p


CITY_GOV = {}


def city_gov(city):
    k = (city['state'], city['city'])
    if k not in CITY_GOV:
        CITY_GOV[k] = {'switch': alloc_phone(city, org=True), 'hall': make_addr(city, org=True, unit_p=0),
                       'depts': set()}
    return CITY_GOV[k]


def ent_agency(city=None, dept=None, share_p=0.5):
    city = city or pick_city()
    g = city_gov(city)
    dept = dept or pick([d for d in CITY_DEPTS if d not in g['depts']] or CITY_DEPTS)
    g['depts'].add(dept)
    n = pick(['City of %s %s', 'City of %s - %s', 'City of %s, %s']) % (city['city'], dept)
    claim(n)
    e = base_entity('gov_city', 'org', city)
    e['dept'] = dept
    share_addr = chance(share_p)
    addr = dict(g['hall']) if share_addr else None
    if share_addr and chance(0.5):
        addr['unit'] = pick(['Room %d' % R.randint(100, 450), 'Suite %d' % R.randint(100, 450), 'Floor %d' % R.randint(2, 9)])
    phone = g['switch'] if chance(share_p + 0.1) else True
    finish_org(e, n, city, domain='cityof' + slug(city['city']) + '.example', addr=addr, phone=phone,
               roles=(slug(dept.split()[0]) + slug(dept.split()[-1])[:4], 'grants.' + slug(dept.split()[0]), 'ap.' + slug(dept.split()[0])))
    if phone == g['switch']:
        e['ext'] = str(R.randint(200, 899))
    return e


def ent_county_agency(city=None):
    city = city or pick_city()
    for _ in range(20):
        n = '%s County %s' % (city['county'], pick(COUNTY_DEPTS))
        if claim(n):
            break
    e = base_entity('gov_county', 'org', city)
    return finish_org(e, n, city, domain=slug(city['county']) + 'county.example', roles=('grants', 'finance', 'ap', 'contracts'))


def ent_state_agency(state):
    avail = [a for a in STATE_AGENCIES[state] if nkey(a) not in USED_NAMES]
    if not avail:
        return None
    n = pick(avail)
    claim(n)
    city = city_by_name(state, {'OR': 'Salem', 'WA': 'Olympia', 'MN': 'St. Paul', 'MA': 'Boston', 'NM': 'Santa Fe'}[state])
    e = base_entity('gov_state', 'org', city)
    return finish_org(e, n, city, domain=slug(''.join(w[0] for w in n.split() if w[0].isupper())) + '.state.example',
                      roles=('grants', 'contracts', 'payments', 'ap'))


UW_COUNTIES = {st: sorted({c[1] for c in CITIES[st]} | set(EXTRA_COUNTIES[st])) for st in CITIES}
UW_USED = set()


def ent_united_way(state=None, county=None, near=None):
    state = state or wpick(STATE_W)
    if county is None:
        avail = [c for c in UW_COUNTIES[state] if (state, c) not in UW_USED]
        if not avail:
            return None
        county = pick(avail)
    UW_USED.add((state, county))
    cities = [c for c in CITIES[state] if c[1] == county]
    city = city_by_name(state, cities[0][0]) if cities else pick_city(state)
    n = 'United Way of %s County' % county
    claim(n)
    e = base_entity('united_way', 'org', city)
    e['uw_county'] = county
    addr = None
    if near is not None and chance(0.4):
        addr = dict(near['addr'])
        addr['unit'] = 'Suite %d' % R.randint(100, 450)
        city = near['cityobj']
        e.update({'city': city['city'], 'cityobj': city, 'county': city['county']})
    return finish_org(e, n, city, domain='uw' + slug(county) + '.example', addr=addr,
                      roles=('finance', 'info', 'giving', 'ap'))


def ent_daf(name, alt, state):
    claim(name)
    city = pick_city(state)
    e = base_entity('daf', 'org', city)
    e['daf_alt'] = alt
    finish_org(e, name, city, domain=dom_of(name), roles=('grants', 'grantpayments', 'charitablegrants'),
               phone=alloc_tollfree(), contact_p=0)
    e['addr'] = make_addr(city, org=True, unit_p=0)
    if chance(0.5):
        e['addr']['pobox'] = str(R.randint(1000, 99999))
    return e


def ent_estate(person_ent=None, city=None):
    if person_ent is None:
        person_ent = ent_person(pick(['single', 'widow']), city)
        own = True
    else:
        own = False
    p = person_ent['people'][-1 if len(person_ent['people']) > 1 and chance(0.5) else 0]
    city = person_ent['cityobj']
    n = pick(['Estate of %s', 'Estate of %s', 'The Estate of %s', '%s Estate']) % pname(p)
    if p.get('middle') and chance(0.3):
        n = 'Estate of %s %s. %s' % (p['given'], p['middle'][0], p['family'])
    claim(n)
    e = base_entity('estate', 'org', city)
    e['decedent'] = p
    exe = make_person(p['culture'], family=p['family'] if chance(0.6) else None)
    lawfirm = chance(0.4)
    addr = dict(person_ent['addr']) if (chance(0.5) and not lawfirm) else make_addr(city, org=lawfirm)
    if lawfirm:
        fam = pick(ANGLO_S)
        dom = slug(fam) + 'law.example'
    else:
        dom = None
    finish_org(e, n, city, domain=dom, addr=addr, phone=True, contact_p=1.0)
    e['contact'] = exe
    e['given'], e['family'] = exe['given'], exe['family']
    e['email'] = person_email(exe, dom) if dom else person_email(exe)
    if not own and chance(0.2) and person_ent['phone']:
        e['phone'] = person_ent['phone']
    e['company'] = n
    return e


def ent_trust(person_ent=None, city=None, share=True):
    if person_ent is None:
        person_ent = ent_person(pick(['single', 'couple', 'widow']), city)
    p = person_ent['people'][0]
    city = person_ent['cityobj']
    for _ in range(10):
        r = R.random()
        if r < 0.35:
            n = '%s%s %s Revocable Trust' % (p['given'], (' ' + p['middle'][0] + '.') if p.get('middle') else '', p['family'])
        elif r < 0.55 and len(person_ent['people']) > 1:
            n = 'The %s Family Trust' % p['family']
        elif r < 0.75:
            n = '%s %s Living Trust' % (p['given'], p['family'])
        else:
            n = '%s %s Trust dtd %d/%d/%d' % (p['given'], p['family'], R.randint(1, 12), R.randint(1, 28), R.randint(1995, 2021))
        if claim(n):
            break
    e = base_entity('trust', 'org', city)
    e['grantor'] = p
    finish_org(e, n, city, addr=dict(person_ent['addr']) if share or chance(0.3) else make_addr(city),
               phone=person_ent['phone'] if (share and chance(0.35)) else (alloc_phone(city) if chance(0.5) else None),
               contact_p=1.0, domain='example.com')
    e['contact'] = p
    e['given'], e['family'] = p['given'], p['family']
    if share and chance(0.45):
        e['email'] = person_ent['email']
    else:
        e['email'] = person_email(p)
    return e


def ent_nonprofit(city=None):
    city = city or pick_city()
    while True:
        n = pick(NONPROFIT_PAT).format(city=city['city'], county=city['county'], place=pick(PLACES + PLACES2))
        if claim(n):
            break
    e = base_entity('nonprofit', 'org', city)
    return finish_org(e, n, city, domain=pick(['example.org', slug(n)[:14] + '.example']),
                      roles=('treasurer', 'info', 'board', slug(n)[:10]), contact_p=0.8)


def claim_person(e):
    return claim(e['display'])


def new_person(kind, city=None, **kw):
    for _ in range(50):
        e = ent_person(kind, city, **kw)
        if claim_person(e):
            return e
    return e


# ---------------------------------------------------------------- existing list
EXIST = []


def add(e):
    ENTS[e['id']] = e
    EXIST.append(e)
    return e


for name, alt, st, _n in DAF_EXIST:
    add(ent_daf(name, alt, st))
# persons
for _ in range(8):  # Jr/Sr pairs at different / same addresses
    sr = new_person('single', culture=pick(['anglo', 'hisp', 'navajo']))
    p = sr['people'][0]
    p['gender'] = 'M'
    p['given'] = pick(ANGLO_M if p['culture'] != 'hisp' else HISP_M)
    p['suffix'] = 'Sr.'
    sr['display'] = pname(p)
    sr['given'] = p['given']
    claim(sr['display'])
    add(sr)
    jp = dict(p, suffix='Jr.', middle=p['middle'])
    jr = ent_person('single', sr['cityobj'], people=[jp], addr=make_addr(sr['cityobj']) if chance(0.6) else dict(sr['addr']))
    claim(jr['display'])
    add(jr)
    sr['pair'] = jr['id']
    jr['pair'] = sr['id']
HH_WITH_FDN = []
while len(EXIST) < 5 + 16 + 880:
    r = R.random()
    kind = 'single' if r < 0.5 else 'couple' if r < 0.81 else 'family' if r < 0.91 else 'widow'
    add(new_person(kind))
n_persons = len(EXIST) - 5
# paired orgs
for _ in range(8):  # household + its family foundation, both existing
    hh = pick([e for e in EXIST if e['kind'] in ('couple', 'family') and 'fdn' not in e])
    f = add(ent_family_fdn(hh['people'][0]['family'], hh['cityobj'], hh['people'],
                           addr=dict(hh['addr']) if chance(0.4) else None))
    hh['fdn'] = f['id']
    f['household'] = hh['id']
for _ in range(8):  # person + trust, both existing
    pe = pick([e for e in EXIST if e['kind'] in ('single', 'couple', 'widow') and 'trust' not in e])
    t = add(ent_trust(pe))
    pe['trust'] = t['id']
    t['grantor_ent'] = pe['id']
for _ in range(4):  # person + estate both existing (lifetime gifts, then bequest)
    pe = pick([e for e in EXIST if e['kind'] in ('single', 'widow') and 'estate' not in e and 'trust' not in e])
    t = add(ent_estate(pe))
    pe['estate'] = t['id']
for _ in range(32):
    add(ent_family_fdn(pick(ANGLO_S + SCAND_S + HISP_S[:20] + EA_S), pick_city()))
for i in range(50):
    c = add(ent_corp())
    if i < 10:
        f = add(ent_corp_fdn(c['corpbase'], c['cityobj'], addr=dict(c['addr']) if chance(0.6) else None,
                             domain=c['domain']))
        c['fdn'] = f['id']
        f['company'] = f['display']
        f['corp_ent'] = c['id']
for _ in range(12):
    cb = '%s %s' % (pick(PLACES + PLACES2), pick(CORP_TYPES))
    if nkey(cb) in USED_NAMES:
        continue
    add(ent_corp_fdn(cb, pick_city()))
for i in range(40):
    c = add(ent_church())
    if i < 10:
        g = add(ent_church_group(c))
        c['group_ent'] = g['id']
        g['church_ent'] = c['id']
for _ in range(6):
    c = ent_church()
    USED_NAMES.discard(nkey(c['display']))
    c['stub'] = True
    add(ent_church_group(c))['church_stub'] = c
for i in range(35):
    s = add(ent_school())
    if i < 10:
        p = add(ent_pta(s))
        s['pta_ent'] = p['id']
        p['school_ent'] = s['id']
for _ in range(10):
    s = ent_school()
    USED_NAMES.discard(nkey(s['display']))
    add(ent_pta(s))['school_stub'] = s
# government: several agencies per city
gov_cities = R.sample([(st, c[0]) for st in CITIES for c in CITIES[st]], 18)
for st, cn in gov_cities:
    cobj = city_by_name(st, cn)
    for _ in range(R.choice([1, 2, 2, 3, 4])):
        add(ent_agency(cobj))
for _ in range(10):
    add(ent_county_agency())
for st in CITIES:
    for _ in range(2):
        a = ent_state_agency(st)
        if a:
            add(a)
uw_exist = []
for st in CITIES:
    for _ in range(3):
        u = ent_united_way(st)
        if u:
            uw_exist.append(add(u))
for _ in range(11):
    add(ent_estate(None))
for _ in range(22):
    add(ent_trust(None, share=True))
for _ in range(45):
    add(ent_nonprofit())
while len(EXIST) < N_EXIST:
    add(ent_business())
assert len(EXIST) == N_EXIST, len(EXIST)

# ---------------------------------------------------------------- record rendering
def person_display_free(e, tags):
    """Free (noisy) name rendering for a person/household entity."""
    ps = e['people']
    p = ps[0]
    kind = e['kind']
    given, family = p['given'], p['family']
    disp = e['display']
    r = R.random()
    if kind in ('couple', 'family') and len(ps) > 1 and r < 0.55:
        a, b = ps
        opts = []
        if a['family'] == b['family']:
            if a['gender'] != b['gender']:
                m, f = (a, b) if a['gender'] == 'M' else (b, a)
                opts += [('couple_mr_mrs', 'Mr. and Mrs. %s %s' % (m['given'], m['family']), m['given'], m['family']),
                         ('couple_mr_mrs', 'Mr. & Mrs. %s' % m['family'], None, m['family'])]
            opts += [('couple_last_first', '%s, %s & %s' % (a['family'], a['given'], b['given']), a['given'], a['family']),
                     ('couple_order', '%s and %s %s' % (b['given'], a['given'], a['family']), b['given'], a['family']),
                     ('couple_amp', '%s & %s %s' % (a['given'], b['given'], a['family']), a['given'], a['family']),
                     ('household_family', 'The %s Family' % a['family'], a['given'], a['family'])]
        else:
            opts += [('couple_order', '%s and %s' % (pname(b, False), pname(a, False)), b['given'], b['family']),
                     ('couple_amp', '%s & %s' % (pname(a, False), pname(b, False)), a['given'], a['family'])]
        opts += [('one_spouse', pname(b, False), b['given'], b['family']),
                 ('one_spouse', pname(a, False), a['given'], a['family'])]
        t, disp, given, family = pick(opts)
        tags.append(t)
    elif kind == 'family' and r < 0.65:
        t, disp = pick([('household_family', '%s Family' % family), ('household_family', '%s Household' % family),
                        ('one_member', pname(p, False))])
        tags.append(t)
    else:
        g = p['given']
        if g in NICK and chance(0.45):
            g = pick(NICK[g])
            tags.append('nickname')
        elif chance(0.12):
            g = g[0] + '.'
            tags.append('initial')
        elif p.get('middle') and chance(0.15):
            g = g + ' ' + p['middle'][0] + '.'
            tags.append('middle_initial')
        fam = p['family']
        if ' ' in fam and p['culture'] == 'hisp' and chance(0.5):
            fam = pick([fam.split()[0], fam.replace(' ', '-')])
            tags.append('double_surname_partial')
        elif '-' in fam and chance(0.5):
            fam = pick([fam.split('-')[0], fam.split('-')[1], fam.replace('-', ' ')])
            tags.append('hyphen_variant')
        suf = ''
        if p.get('suffix'):
            if chance(0.3):
                tags.append('suffix_dropped')
            else:
                suf = ' ' + pick([p['suffix'], p['suffix'].rstrip('.'), ', ' + p['suffix']]).replace(' , ', ', ')
                suf = suf.replace(' , ', ', ')
        disp = '%s %s%s' % (g, fam, suf)
        disp = disp.replace(' ,', ',')
        given, family = g, fam
        if p['culture'] == 'somali' and chance(0.2) and p.get('middle'):
            disp = '%s %s %s' % (p['given'], p['middle'], p['family'])
            tags.append('somali_full_name')
        if p['culture'] == 'viet' and chance(0.3):
            disp = '%s %s' % (fam, g)
            tags.append('family_name_first')
    if chance(0.12):
        t = p.get('title') or pick(TITLES_M if p['gender'] == 'M' else TITLES_F)
        if not disp.startswith(('Mr', 'Ms', 'Dr', 'Rev', 'The')):
            disp = t + ' ' + disp
            tags.append('title')
    if chance(0.1) and given and family and ',' not in disp and not disp.startswith(('Mr', 'Ms', 'Dr', 'Rev', 'The')):
        disp = '%s, %s' % (family, given)
        tags.append('last_first')
    if chance(0.08):
        given, family = family, given
        tags.append('given_family_swapped')
    if chance(0.06):
        given = family = None
        tags.append('name_fields_missing')
    return disp, given, family, None


ABBR = [('Foundation', 'Fdn.'), ('Foundation', 'Fdn'), ('Department', 'Dept.'), ('Saint', 'St.'), ('County', 'Co.'),
        ('Association', 'Assn.'), ('Elementary', 'Elem.'), ('Company', 'Co.'), ('Charitable', 'Char.'),
        ('Community', 'Comm.'), ('Parent Teacher Association', 'PTA'), ('Services', 'Svcs'), ('Church', 'Ch.'),
        ('Federal Credit Union', 'FCU'), ('Mountain', 'Mtn'), ('Office of', 'Ofc of'), ('and', '&'), ('&', 'and'),
        ('United Methodist', 'UMC'), ('International', 'Intl'), ('Department of', 'Dept of'), ('Recreation', 'Rec')]


def legal_variant(n, tags):
    m = re.search(r',?\s+(Inc\.?|LLC|Co\.|Corp\.|PLLC|P\.C\.)$', n)
    if m:
        core = n[:m.start()]
        form = m.group(1)
        alts = {'Inc.': ['Inc', 'Incorporated', ', Inc.', 'INC', ''], 'Inc': ['Inc.', 'Incorporated', ''],
                'LLC': ['L.L.C.', 'llc', ', LLC', ''], 'Co.': ['Company', 'Co', ''], 'Corp.': ['Corporation', 'Corp', ''],
                'PLLC': ['P.L.L.C.', ''], 'P.C.': ['PC', '']}[form]
        f = pick(alts)
        tags.append('legal_form_dropped' if not f else 'legal_form_variant')
        if not f:
            return core
        return core + (f if f.startswith(',') else ' ' + f)
    if chance(0.5) and not n.startswith(('City of', 'Estate', 'United Way')):
        tags.append('legal_form_added')
        return n + pick([' Inc', ' Inc.', ' LLC'])
    return n


def org_display_free(e, tags):
    n = e['name']
    given, family = e['given'], e['family']
    comp = n
    k = e['kind']
    if k == 'corp' and chance(0.4):
        n = pick(['%s Matching Gifts', '%s Matching Gift Program', '%s Employee Giving', '%s - Matching Gifts']) % e['corpbase']
        comp = n
        tags.append('matching_gift')
    elif k == 'daf' and chance(0.35):
        n = e['daf_alt']
        tags.append('daf_name_variant')
    if chance(0.25) and k in ('business', 'corp', 'corp_foundation', 'family_foundation'):
        n = legal_variant(n, tags)
    if n.startswith('The ') and chance(0.5):
        n = n[4:]
        tags.append('the_dropped')
    elif k in ('family_foundation', 'corp_foundation') and not n.startswith('The ') and chance(0.2):
        n = 'The ' + n
        tags.append('the_added')
    if chance(0.3):
        cands = [(a, b) for a, b in ABBR if re.search(r'(^|\W)' + re.escape(a) + r'(\W|$)', n)]
        if cands:
            a, b = pick(cands)
            n = re.sub(r'(^|\W)' + re.escape(a) + r'(?=\W|$)', lambda m: m.group(1) + b, n, count=1)
            tags.append('abbreviation')
    if k == 'gov_city' and chance(0.3):
        n = pick(['%s - City of %s', '%s (City of %s)', 'COP %s %s'])
        n = n % (e['dept'], e['city']) if 'COP' not in n else '%s %s' % (e['city'], e['dept'])
        tags.append('agency_name_order')
    if k == 'united_way' and chance(0.3):
        n = pick(['United Way %s County', 'UW of %s County', 'United Way of %s Co.', '%s County United Way']) % e['uw_county']
        tags.append('abbreviation')
    if chance(0.08) and k not in ('trust', 'estate', 'pta', 'church_group'):
        n = n + pick([' - Accounts Payable', ' - Finance', ' (AP)', ' - Grants Office'])
        tags.append('department_suffix')
    if chance(0.08):
        n = typo(n)
        tags.append('name_typo')
    comp = n if chance(0.85) else None
    if comp is None:
        tags.append('company_missing')
    if e.get('contact') and chance(0.05) and k in ('business', 'nonprofit', 'pta', 'church_group'):
        n = pname(e['contact'], False)
        tags.append('display_contact')
    if e.get('contact') is not None and given is None and chance(0.2):
        given, family = e['contact']['given'], e['contact']['family']
    if given and chance(0.15):
        given = family = None
        tags.append('contact_missing')
    return n, given, family, comp


def case_noise(s, tags, tag):
    if s is None:
        return s
    r = R.random()
    if r < 0.5:
        tags.append(tag + '_upper')
        return s.upper()
    tags.append(tag + '_lower')
    return s.lower()


def strict_name(prev, e, tags):
    """Name variant that stays near-identical to the previous record's name."""
    d, g, f, c = prev['displayName'], prev['givenName'], prev['familyName'], prev['companyName']
    d = re.sub(r'(\s*\([^()]*\))+$', '', d or '') or (c or '')
    if d.startswith('Fidelity') or e['kind'] == 'daf':
        d = e['name']
    ops = R.sample(['case', 'lastfirst', 'title', 'legal', 'the', 'punct', 'accent', 'swap', 'nullgf', 'keep'], 2)
    for op in ops:
        if op == 'case' and chance(0.6):
            d = case_noise(d, tags, 'name')
        elif op == 'lastfirst' and e['group'] == 'person' and g and f and d == '%s %s' % (g, f):
            d = '%s, %s' % (f, g)
            tags.append('last_first')
        elif op == 'title' and e['group'] == 'person' and not re.match(r'(Mr|Ms|Mrs|Dr|Rev)\.? ', d) and ',' not in d:
            p = e['people'][0]
            d = (p.get('title') or pick(TITLES_M if p['gender'] == 'M' else TITLES_F)) + ' ' + d
            tags.append('title')
        elif op == 'legal' and e['group'] == 'org' and e['kind'] in ('business', 'corp', 'corp_foundation'):
            d = legal_variant(d, tags)
        elif op == 'the' and d.startswith('The '):
            d = d[4:]
            tags.append('the_dropped')
        elif op == 'punct' and re.search(r"[.,'&]", d):
            d = d.replace('.', '').replace(',', '').replace("'", '')
            tags.append('punctuation')
        elif op == 'accent' and strip_acc(d) != d:
            d = strip_acc(d)
            g = strip_acc(g) if g else g
            f = strip_acc(f) if f else f
            tags.append('accents_dropped')
        elif op == 'swap' and g and f:
            g, f = f, g
            tags.append('given_family_swapped')
        elif op == 'nullgf' and g:
            g = f = None
            tags.append('name_fields_missing')
    if e['group'] == 'org':
        c = d if chance(0.8) else None
    return d, g, f, c


def email_variant(em, tags, allow_typo=True):
    if em is None:
        return None
    r = R.random()
    if r < 0.12:
        tags.append('email_case')
        return em.upper() if chance(0.3) else em[0].upper() + em[1:]
    if r < 0.18 and allow_typo:
        loc, dom = em.split('@')
        tags.append('email_typo')
        if chance(0.5) and dom in ('gmail.com', 'yahoo.com', 'hotmail.com', 'comcast.net'):
            dom = {'gmail.com': pick(['gmial.com', 'gmail.co', 'gamil.com']), 'yahoo.com': 'yaho.com',
                   'hotmail.com': 'hotmial.com', 'comcast.net': 'comcast.com'}[dom]
        else:
            loc = typo(loc) if len(loc) > 4 else loc + 'x'
        return loc + '@' + dom
    return em


def phone_digits(s):
    if not s:
        return None
    s = re.split(r'(?i)\s*(ext\.?|x|#|extension)\s*\d', s)[0]
    d = re.sub(r'\D', '', s)
    if len(d) == 11 and d[0] == '1':
        d = d[1:]
    return d or None


def addr_format_noise(a, tags, keep_zip=True, keep_street=True):
    """Render address dict with format-only noise."""
    a = dict(a)
    line1 = line1_of(a)
    line2 = a['unit']
    st = a['state']
    region = st
    city = a['city']
    pc = a['zip']
    if a['zip4'] and chance(0.5):
        pc = a['zip'] + '-' + a['zip4']
    elif not a['zip4'] and chance(0.15):
        pc = a['zip'] + '-%04d' % R.randint(1000, 9999)
        tags.append('zip_plus4')
    elif a['zip4']:
        tags.append('zip5_only')
    if not a.get('pobox'):
        r = R.random()
        if r < 0.3:
            for ab, full in STYPE:
                if a['stype'] == ab:
                    line1 = line1.rsplit(' ', 1)[0] + ' ' + full
                    tags.append('street_type_variant')
                    break
                if a['stype'] == full and full != ab:
                    line1 = line1.rsplit(' ', 1)[0] + ' ' + ab + pick(['', '.'])
                    tags.append('street_type_variant')
                    break
        elif r < 0.4 and a['pre']:
            full = dict(DIRS)[a['pre']]
            line1 = line1.replace(' %s ' % a['pre'], ' %s ' % pick([full, a['pre'] + '.']), 1)
            tags.append('direction_variant')
        if line2 and chance(0.5):
            u = line2
            m = re.match(r'(Apt|Unit|#|Suite|Ste|Room|Floor)\s*(\S+)', u)
            if m:
                u = pick(['#' + m.group(2), 'Apt. ' + m.group(2), 'Unit ' + m.group(2), 'Suite ' + m.group(2), 'Ste. ' + m.group(2)])
            if chance(0.6):
                line1 = line1 + pick([', ', ' ']) + u
                line2 = None
                tags.append('unit_inline')
            else:
                line2 = u
                tags.append('unit_format')
        elif line2 and chance(0.15):
            line2 = None
            tags.append('unit_dropped')
        if chance(0.05) and not keep_street:
            line1 = typo(line1)
            tags.append('street_typo')
    r = R.random()
    if r < 0.15:
        region = STATE_NAMES[st]
        tags.append('state_spelt_out')
    elif r < 0.2:
        region = st.lower() if chance(0.5) else st.title()
        tags.append('state_case')
    elif r < 0.24 and not keep_zip:
        region = None
        tags.append('state_missing')
    if chance(0.05):
        city = typo(city)
        tags.append('city_typo')
    elif city.startswith('St. ') and chance(0.5):
        city = city.replace('St. ', pick(['Saint ', 'St ']))
        tags.append('city_variant')
    country = pick(['US', 'USA', 'United States', None, None, 'U.S.A.', 'us'])
    out = {'line1': line1, 'line2': line2, 'city': city, 'region': region, 'postalCode': pc, 'country': country}
    if chance(0.07):
        for k in ('line1', 'line2', 'city'):
            if out[k]:
                out[k] = out[k].upper()
        tags.append('address_upper')
    return out


def moved_addr(e, tags):
    city = e['cityobj'] if chance(0.6) else pick_city(e['state'] if chance(0.7) else None)
    a = make_addr(city, org=e['group'] == 'org')
    tags.append('moved')
    return a


def render_contact(e, prev=None, anchor=None, tags=None, heavy=True):
    tags = tags if tags is not None else []
    # ---- name
    if anchor == 'nameaddr':
        d, g, f, c = strict_name(prev, e, tags)
    elif e['group'] == 'person':
        d, g, f, c = person_display_free(e, tags)
    else:
        d, g, f, c = org_display_free(e, tags)
    if anchor != 'nameaddr':
        if chance(0.07):
            d = case_noise(d, tags, 'name')
            if g and chance(0.5):
                g, f = (g.upper(), f.upper() if f else f) if d.isupper() else (g.lower(), f.lower() if f else f)
        if chance(0.07) and e['group'] == 'person':
            if chance(0.5) and f:
                f2 = typo(f)
                d = d.replace(f, f2)
                f = f2
            elif g:
                g2 = typo(g)
                d = d.replace(g, g2)
                g = g2
            tags.append('name_typo')
        if strip_acc(d) != d and chance(0.5):
            d, g, f = strip_acc(d), strip_acc(g) if g else g, strip_acc(f) if f else f
            c = strip_acc(c) if c else c
            tags.append('accents_dropped')
    # ---- email
    if anchor == 'email':
        em = email_variant(prev['email'], tags, allow_typo=False)
    else:
        r = R.random()
        if r < 0.16:
            em = None
            tags.append('email_missing')
        elif r < 0.34 and e['alt_emails']:
            t, em = pick(e['alt_emails'])
            tags.append(t)
        else:
            em = email_variant(e['email'], tags)
    # ---- phone
    ext = e['ext'] if chance(0.7) else None
    if e['group'] == 'org' and not ext and chance(0.08):
        ext = str(R.randint(10, 899))
        tags.append('phone_ext')
    if anchor == 'phone':
        ph = fmt_phone(phone_digits(prev['phone']), ext=ext)
        tags.append('phone_format')
    else:
        r = R.random()
        if r < 0.22 or e['phone'] is None:
            ph = None
            tags.append('phone_missing')
        elif r < 0.32:
            ph = fmt_phone(alloc_phone(e['cityobj'], org=e['group'] == 'org'))
            tags.append('phone_new')
        else:
            ph = fmt_phone(e['phone'], ext=ext)
            tags.append('phone_format')
    # ---- address
    if anchor == 'nameaddr':
        pa = prev['address']
        pz = (pa['postalCode'] or '')[:5]
        a = None
        if e['addr'] and e['addr']['zip'] == pz:
            a = addr_format_noise(e['addr'], tags, keep_zip=True, keep_street=True)
        else:
            a = dict(pa)
            if chance(0.3) and a['region']:
                a['region'] = STATE_NAMES.get(a['region'], a['region'])
                tags.append('state_spelt_out')
    else:
        r = R.random()
        if r < 0.12:
            a = render_addr_clean(None, None)
            tags.append('address_missing')
        elif r < 0.2:
            a = {'line1': None, 'line2': None, 'city': e['city'], 'region': pick([e['state'], STATE_NAMES[e['state']]]),
                 'postalCode': e['addr']['zip'] if chance(0.5) else None, 'country': None}
            tags.append('address_partial')
        elif r < 0.3:
            a = addr_format_noise(moved_addr(e, []), tags, keep_zip=False, keep_street=False)
            tags.append('moved')
        elif r < 0.36 and not e['addr'].get('pobox'):
            a0 = dict(e['addr'])
            a0['pobox'] = str(R.randint(100, 9999))
            a0['unit'] = None
            a = addr_format_noise(a0, tags, keep_zip=False)
            a['line1'] = a['line1'].replace('PO Box', pick(['PO Box', 'P.O. Box', 'POB', 'Post Office Box', 'P O Box']))
            tags.append('po_box')
        else:
            a = addr_format_noise(e['addr'], tags, keep_zip=False, keep_street=False)
    contact = {'displayName': d, 'givenName': g or None, 'familyName': f or None, 'companyName': c or None,
               'email': em, 'phone': ph, 'address': a}
    return contact, tags


def render_existing(e):
    d = e['display']
    c = e['company'] if e['group'] == 'org' else None
    g, f = e['given'], e['family']
    em = e['email'] if chance(0.9 if e['group'] == 'org' else 0.86) else None
    ph = fmt_phone(e['phone'], style=R.choice([0, 0, 0, 1, 1, 2]), ext=e['ext']) if e['phone'] else None
    a = render_addr_clean(e['addr'], e['country']) if chance(0.95) else render_addr_clean(None, None)
    if em is None and ph is None and a['line1'] is None:
        a = render_addr_clean(e['addr'], e['country'])  # every customer record carries some contact evidence
    return {'displayName': d, 'givenName': g, 'familyName': f, 'companyName': c, 'email': em, 'phone': ph, 'address': a}


# ---------------------------------------------------------------- link evidence (mirror of check.py)
STOP = {'the', 'inc', 'incorporated', 'llc', 'co', 'corp', 'corporation', 'company', 'ltd', 'limited', 'pllc',
        'pc', 'lp', 'llp', 'mr', 'mrs', 'ms', 'dr', 'rev', 'and'}


def norm_tokens(s):
    if not s:
        return []
    s = strip_acc(s).lower().replace('&', ' and ')
    s = re.sub(r"[^a-z0-9]+", ' ', s.replace("'", ''))
    return sorted(t for t in s.split() if t not in STOP and len(t) > 1)


def lev(a, b):
    if abs(len(a) - len(b)) > 3:
        return 9
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def names_of(c):
    out = []
    d = re.sub(r'(\s*\([^()]*\))+$', '', c['displayName'] or '')
    for s in (d, c['companyName'], ' '.join(x for x in (c['givenName'], c['familyName']) if x)):
        t = norm_tokens(s)
        if t:
            out.append(' '.join(t))
    return out


def name_near(c1, c2):
    for a in names_of(c1):
        for b in names_of(c2):
            if len(a) < 4 or len(b) < 4:
                continue
            if a == b:
                return True
            if lev(a, b) <= (2 if min(len(a), len(b)) >= 20 else 1):
                return True
    return False


def street_key(a):
    l1 = ' '.join(x for x in (a.get('line1'), ) if x)
    m = re.match(r'\s*(\d+[a-z]?)\s+(.*)', strip_acc(l1).lower())
    if not m:
        return None
    toks = [t for t in re.sub(r'[^a-z0-9 ]', ' ', m.group(2)).split()
            if t not in ('n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west',
                         'northeast', 'northwest', 'southeast', 'southwest')]
    return (m.group(1), toks[0]) if toks else None


def addr_same(a1, a2):
    z1 = re.sub(r'\D', '', a1.get('postalCode') or '')[:5]
    z2 = re.sub(r'\D', '', a2.get('postalCode') or '')[:5]
    if len(z1) == 5 and z1 == z2:
        return True
    k1, k2 = street_key(a1), street_key(a2)
    return k1 is not None and k1 == k2


def evidence(c1, c2):
    ev = []
    if c1['email'] and c2['email'] and c1['email'].strip().lower() == c2['email'].strip().lower():
        ev.append('email')
    p1, p2 = phone_digits(c1['phone']), phone_digits(c2['phone'])
    if p1 and p1 == p2:
        ev.append('phone')
    if name_near(c1, c2) and addr_same(c1['address'], c2['address']):
        ev.append('nameaddr')
    return ev


def anchors_for(prev):
    av = []
    if prev['email']:
        av += ['email'] * 4
    if prev['phone']:
        av += ['phone'] * 3
    if names_of(prev) and (prev['address']['postalCode'] or street_key(prev['address'])):
        av += ['nameaddr'] * 3
    return av


def render_link(e, prev, tags0, hook=None):
    av = anchors_for(prev)
    for attempt in range(40):
        tags = list(tags0)
        anchor = pick(av) if av else None
        c, tags = render_contact(e, prev, anchor, tags)
        if hook:
            hook(c, tags)
        if anchor and anchor in evidence(c, prev):
            tags.append('anchor:' + anchor)
            return c, tags
    tags = list(tags0) + ['anchor:copy']
    c = json.loads(json.dumps(prev))
    return c, tags


def render_new(e, tags0, hook=None):
    for attempt in range(40):
        c, tags = render_contact(e, None, None, list(tags0))
        if hook:
            hook(c, tags)
        if anchors_for(c):  # a first record always carries some evidence a repeat can share
            return c, tags
    return c, tags


# ---------------------------------------------------------------- incoming plan
EXIST_IDS = {e['id'] for e in EXIST}
events = []  # dicts: t, ent, cat, tags, extra


def ev(t, e, cat, tags=None, **kw):
    d = {'t': t, 'ent': e, 'cat': cat, 'tags': tags or []}
    d.update(kw)
    events.append(d)
    return d


# existing matches
daf_ents = [e for e in EXIST if e['kind'] == 'daf']
others = [e for e in EXIST if e['kind'] != 'daf']
match_ents = daf_ents + R.sample(others, N_MATCH_DISTINCT - len(daf_ents))
arrivals = {e['id']: 1 for e in match_ents}
extra = 0
for (nm, alt, st, n), e in zip(DAF_EXIST, daf_ents):
    arrivals[e['id']] = n
    extra += n - 1
for e in R.sample([x for x in match_ents if x['kind'] != 'daf'], N_MATCH_EXTRA - extra):
    arrivals[e['id']] = 2
NEW_ENTS = []
daf_slots = []
for e in match_ents:
    for i in range(arrivals[e['id']]):
        d = ev(R.random(), e, 'existing_match')
        if e['kind'] == 'daf':
            daf_slots.append(d)

# hard negatives
used_base = set()


def pick_base(pred):
    cands = [e for e in EXIST if pred(e) and e['id'] not in used_base]
    if not cands:
        cands = [e for e in EXIST if pred(e)]
    b = pick(cands)
    used_base.add(b['id'])
    return b


def persons(kinds):
    return lambda e: e['kind'] in kinds


HARD = []


def hard(kind, newe, base, extra_tags=()):
    ENTS[newe['id']] = newe
    HARD.append((kind, newe, base, list(extra_tags)))


for kind, n in HARD_QUOTA:
    for i in range(n):
        if kind == 'estate_of_donor':
            b = pick_base(lambda e: e['kind'] in ('single', 'widow', 'couple') and 'estate' not in e)
            hard(kind, ent_estate(b), b)
        elif kind == 'trust_of_donor':
            b = pick_base(lambda e: e['kind'] in ('single', 'widow', 'couple') and 'trust' not in e)
            hard(kind, ent_trust(b, share=True), b)
        elif kind == 'foundation_vs_family':
            if i % 3 != 2:
                b = pick_base(lambda e: e['kind'] in ('couple', 'family') and 'fdn' not in e and len(e['people']) > 1)
                same_email = chance(0.2)
                f = ent_family_fdn(b['people'][0]['family'], b['cityobj'], b['people'],
                                   addr=dict(b['addr']) if chance(0.35) else None,
                                   email=b['email'] if same_email else None)
                hard(kind, f, b, ['shares_email'] if same_email else [])
            else:
                b = pick_base(lambda e: e['kind'] == 'family_foundation' and 'household' not in e)
                hh = new_person('couple', b['cityobj'], family=b['surname'].split('-')[0],
                                culture='anglo' if b['surname'] in ANGLO_S else None)
                if chance(0.3):
                    hh['addr'] = dict(b['addr'])
                hard(kind, hh, b, ['household_vs_foundation'])
        elif kind == 'company_vs_foundation':
            if i % 3 != 2:
                b = pick_base(lambda e: e['kind'] == 'corp' and 'fdn' not in e)
                f = ent_corp_fdn(b['corpbase'], b['cityobj'], addr=dict(b['addr']) if chance(0.6) else None,
                                 phone=b['phone'] if chance(0.3) else True, domain=b['domain'] if chance(0.7) else None)
                hard(kind, f, b)
            else:
                b = pick_base(lambda e: e['kind'] == 'corp_foundation' and 'corp_ent' not in e)
                c = ent_corp(b['cityobj'], base=b['corpbase'])
                if chance(0.5):
                    c['addr'] = dict(b['addr'])
                hard(kind, c, b, ['company_vs_its_foundation'])
        elif kind == 'pta_vs_school':
            if i % 3 != 2:
                b = pick_base(lambda e: e['kind'] == 'school' and 'pta_ent' not in e)
                hard(kind, ent_pta(b), b)
            else:
                b = pick_base(lambda e: e['kind'] == 'pta' and 'school_stub' in e)
                s = b['school_stub']
                s['id'] = new_eid()
                claim(s['display'])
                hard(kind, s, b, ['school_vs_its_pta'])
        elif kind == 'church_vs_group':
            if i % 4 != 3:
                b = pick_base(lambda e: e['kind'] == 'church' and 'group_ent' not in e)
                hard(kind, ent_church_group(b), b)
            else:
                b = pick_base(lambda e: e['kind'] == 'church_group' and 'church_stub' in e)
                s = b['church_stub']
                s['id'] = new_eid()
                hard(kind, s, b, ['church_vs_its_group'])
        elif kind == 'united_way_other_county':
            b = pick_base(lambda e: e['kind'] == 'united_way')
            u = ent_united_way(b['state'], near=b)
            if u is None:
                u = ent_united_way(None, near=None)
            hard(kind, u, b)
        elif kind == 'agency_same_city':
            b = pick_base(lambda e: e['kind'] == 'gov_city' and len(CITY_GOV[(e['state'], e['city'])]['depts']) < len(CITY_DEPTS))
            a = ent_agency(b['cityobj'], share_p=0.6)
            hard(kind, a, b, ['shares_switchboard'] if a['phone'] == b['phone'] else [])
        elif kind == 'daf_vs_donor':
            if i < len(DAF_NEW):
                nm, alt, st = DAF_NEW[i]
                b = pick_base(lambda e: e['kind'] in ('single', 'couple', 'widow', 'family'))
                dafe = ent_daf(nm, alt, st)
                dafe['for_donor'] = b
                hard(kind, dafe, b, ['new_daf_sponsor_naming_donor'])
            else:
                # a new donor whose name appeared on an earlier DAF record paid on their behalf
                slot = [s for s in daf_slots if 'donor' not in s][0]
                donor = new_person(pick(['single', 'couple', 'single']), slot['ent']['cityobj'] if chance(0.3) else None)
                slot['donor'] = donor
                slot['t'] = R.uniform(0.02, 0.6)
                hard(kind, donor, slot['ent'], ['donor_after_daf_record'])
                HARD[-1] = HARD[-1] + (slot,)
        elif kind == 'namesake_person':
            b = pick_base(lambda e: e['kind'] in ('single', 'widow'))
            p = dict(b['people'][0])
            p['middle'] = pick(ANGLO_M + ANGLO_F) if chance(0.4) else None
            p['title'] = None
            other_city = pick_city(b['state'] if chance(0.5) else None)
            while other_city['city'] == b['city']:
                other_city = pick_city()
            ns = ent_person('single', other_city, people=[p])
            hard(kind, ns, b)
        elif kind == 'relative_same_address':
            b = pick_base(lambda e: e['kind'] in ('single', 'widow', 'couple', 'family') and 'pair' not in e)
            p0 = b['people'][0]
            taken = {p['given'] for p in b['people']}
            tag = []
            if p0['gender'] == 'M' and not p0.get('suffix') and b['kind'] == 'single' and chance(0.7):
                rp = dict(p0, suffix='Jr.', title=None)
                tag = ['jr_sr']
            else:
                rp = make_person(p0['culture'], family=p0['family'])
                while rp['given'] in taken:
                    rp = make_person(p0['culture'], family=p0['family'])
                rp['suffix'] = None
                tag = [pick(['adult_child', 'parent', 'sibling', 'spouse_not_on_record' if b['kind'] in ('single', 'widow') else 'adult_child'])]
            rel = ent_person('single', b['cityobj'], people=[rp], addr=dict(b['addr']))
            if chance(0.4) and b['phone']:
                rel['phone'] = b['phone']
                tag.append('shares_landline')
            hard(kind, rel, b, tag)
assert len(HARD) == sum(n for _, n in HARD_QUOTA)

# plain new
PLAIN = []
for i in range(N_PLAIN_NEW):
    r = R.random()
    if r < 0.6:
        k = R.random()
        e = new_person('single' if k < 0.5 else 'couple' if k < 0.8 else 'family' if k < 0.9 else 'widow')
    elif r < 0.82:
        e = ent_business()
    elif r < 0.86:
        e = ent_nonprofit()
    elif r < 0.89:
        e = ent_corp()
    elif r < 0.92:
        e = ent_family_fdn(pick(ANGLO_S + SCAND_S + EA_S), pick_city())
    elif r < 0.94:
        e = ent_church()
    elif r < 0.96:
        e = ent_school()
    elif r < 0.975:
        e = ent_trust(None)
    elif r < 0.99:
        e = ent_county_agency()
    else:
        e = ent_estate(None)
    ENTS[e['id']] = e
    PLAIN.append(e)

for kind, newe, base, xt, *slot in HARD:
    t = R.uniform(0, 0.85)
    tags = ['hard_negative:' + kind, 'imitates:' + base['id']] + xt
    if slot:
        t = R.uniform(slot[0]['t'] + 0.01, 0.95)
    d = ev(t, newe, 'new', tags)
    if newe['kind'] == 'daf' and 'for_donor' in newe:
        d['donor'] = newe['for_donor']
    NEW_ENTS.append(d)
for e in PLAIN:
    NEW_ENTS.append(ev(R.uniform(0, 0.85), e, 'new', ['plain_new']))

# repeats of new
new_daf = [d for d in NEW_ENTS if d['ent']['kind'] == 'daf']
rep_src = new_daf + R.sample([d for d in NEW_ENTS if d['ent']['kind'] != 'daf'], N_REPEAT_ENT - len(new_daf))
twice = set(id(d) for d in R.sample(rep_src, N_REPEAT_TWICE))
for d in rep_src:
    t = R.uniform(d['t'] + 0.005, 1.0)
    r1 = ev(t, d['ent'], 'repeat_of_new')
    if d['ent']['kind'] == 'daf':
        r1['donor'] = pick([e for e in EXIST if e['kind'] in ('single', 'couple', 'widow')])
    if id(d) in twice:
        r2 = ev(R.uniform(t + 0.001, 1.0001), d['ent'], 'repeat_of_new')
        if d['ent']['kind'] == 'daf':
            r2['donor'] = pick([e for e in EXIST if e['kind'] in ('single', 'couple', 'widow')])
# DAF existing matches that name existing donors
for s in daf_slots:
    if 'donor' not in s and chance(0.8):
        s['donor'] = pick([e for e in EXIST if e['kind'] in ('single', 'couple', 'widow', 'family')])

events.sort(key=lambda d: d['t'])
assert len(events) == 1500, len(events)

# ---------------------------------------------------------------- render
set_lines, meta_lines = [], []
R.shuffle(EXIST)
EXIST_REC = {}
disp_seen = set()
for e in EXIST:
    c = render_existing(e)
    tags = []
    k = c['displayName'].strip().lower()
    if k in disp_seen:
        c['displayName'] = '%s (%s)' % (c['displayName'], e['city'])
        tags.append('display_dedup')
    disp_seen.add(c['displayName'].strip().lower())
    EXIST_REC[e['id']] = c
    set_lines.append({'set': 'existing', 'entity': e['id'], 'contact': c})
    meta_lines.append({'line': len(set_lines), 'entity': e['id'], 'category': 'existing', 'kind': e['kind'], 'changes': tags})

first_inc = {}
disp_seen = set()
for d in events:
    e = d['ent']
    tags = list(d['tags'])
    hook = None
    if d.get('donor') is not None:
        def hook(c, tags, dn=d['donor']):
            p = dn['people'][0]
            label = dn['display'] if chance(0.5) else pname(p, False)
            c['displayName'] = '%s (for %s)' % (re.sub(r'(\s*\([^()]*\))+$', '', c['displayName']), label) if chance(0.7) \
                else '%s - %s' % (c['displayName'], label)
            if chance(0.6):
                c['givenName'], c['familyName'] = p['given'], p['family']
            tags.append('daf_for_donor')
            if dn['id'] in EXIST_IDS and not any(t.startswith('imitates:') for t in tags):
                tags.append('imitates:' + dn['id'])
            elif dn['id'] not in EXIST_IDS:
                tags.append('daf_donor_not_a_customer_yet')
    if d['cat'] == 'existing_match':
        c, tags = render_link(e, EXIST_REC[e['id']], tags, hook)
    elif d['cat'] == 'repeat_of_new':
        c, tags = render_link(e, first_inc[e['id']], tags, hook)
    else:
        c, tags = render_new(e, tags, hook)
    if e['id'] not in first_inc:
        first_inc[e['id']] = c
    k = c['displayName'].strip().lower()
    if k in disp_seen:
        base = c['displayName']
        cand = None
        if e['group'] == 'person' and c['companyName']:
            cand = '%s (%s)' % (base, c['companyName'])
        if (cand is None or cand.lower() in disp_seen) and c['address']['city']:
            cand = '%s (%s)' % (base, c['address']['city'])
        n = 2
        while cand is None or cand.strip().lower() in disp_seen:
            cand = '%s (%d)' % (base, n)
            n += 1
        c['displayName'] = cand
        tags.append('display_dedup')
    disp_seen.add(c['displayName'].strip().lower())
    set_lines.append({'set': 'incoming', 'entity': e['id'], 'contact': c})
    meta_lines.append({'line': len(set_lines), 'entity': e['id'], 'category': d['cat'], 'kind': e['kind'],
                       'changes': tags})

with open(os.path.join(HERE, 'set.jsonl'), 'w', encoding='utf-8') as fh:
    for l in set_lines:
        fh.write(json.dumps(l, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'meta.jsonl'), 'w', encoding='utf-8') as fh:
    for l in meta_lines:
        fh.write(json.dumps(l, ensure_ascii=False) + '\n')
print('wrote %d set lines, %d meta lines' % (len(set_lines), len(meta_lines)))
