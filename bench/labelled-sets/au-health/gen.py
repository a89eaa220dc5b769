#!/usr/bin/env python3
"""au-health: blind labelled record-linkage set generator.

Australian allied-health group (physio, OT, speech pathology, podiatry).
Python 3 stdlib only, fixed seed, deterministic. Writes set.jsonl and
meta.jsonl next to this file.
"""
import copy
import json
import os
import random
import re
import unicodedata

SEED = 20250612
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- geography
SUBURBS = {
    'VIC': [('Brunswick', '3056'), ('Coburg', '3058'), ('Preston', '3072'), ('Northcote', '3070'),
            ('Footscray', '3011'), ('Sunshine', '3020'), ('Box Hill', '3128'), ('Glen Waverley', '3150'),
            ('Dandenong', '3175'), ('Frankston', '3199'), ('St Kilda', '3182'), ('Richmond', '3121'),
            ('Hawthorn', '3122'), ('Werribee', '3030'), ('Reservoir', '3073'), ('Thornbury', '3071'),
            ('Essendon', '3040'), ('Camberwell', '3124'), ('Springvale', '3171'), ('Moonee Ponds', '3039'),
            ('Craigieburn', '3064'), ('Kew', '3101'), ('Cheltenham', '3192'), ('Broadmeadows', '3047'),
            ('Geelong', '3220'), ('Ballarat', '3350'), ('Bendigo', '3550'), ('Shepparton', '3630'),
            ('Warrnambool', '3280'), ('Traralgon', '3844'), ('Mildura', '3500'), ('Wodonga', '3690'),
            ('Sale', '3850'), ('Horsham', '3400')],
    'QLD': [('Chermside', '4032'), ('Carina', '4152'), ('Camp Hill', '4152'), ('Indooroopilly', '4068'),
            ('Toowong', '4066'), ('Sunnybank', '4109'), ('Inala', '4077'), ('Logan Central', '4114'),
            ('Capalaba', '4157'), ('Redcliffe', '4020'), ('Aspley', '4034'), ('Kedron', '4031'),
            ('Mount Gravatt', '4122'), ('Wynnum', '4178'), ('Woolloongabba', '4102'), ('Paddington', '4064'),
            ('Springwood', '4127'), ('Ipswich', '4305'), ('Toowoomba', '4350'), ('Townsville', '4810'),
            ('Cairns', '4870'), ('Mackay', '4740'), ('Rockhampton', '4700'), ('Bundaberg', '4670'),
            ('Hervey Bay', '4655'), ('Gladstone', '4680'), ('Mount Isa', '4825'), ('Thursday Island', '4875')],
    'WA': [('Joondalup', '6027'), ('Fremantle', '6160'), ('Midland', '6056'), ('Armadale', '6112'),
           ('Rockingham', '6168'), ('Subiaco', '6008'), ('Morley', '6062'), ('Cannington', '6107'),
           ('Mirrabooka', '6061'), ('Scarborough', '6019'), ('Baldivis', '6171'), ('Victoria Park', '6100')],
    'SA': [('Elizabeth', '5112'), ('Salisbury', '5108'), ('Modbury', '5092'), ('Norwood', '5067'),
           ('Glenelg', '5045'), ('Marion', '5043'), ('Prospect', '5082'), ('Unley', '5061'),
           ('Port Adelaide', '5015'), ('Mount Barker', '5251'), ('Morphett Vale', '5162'), ('Campbelltown', '5074')],
    'TAS': [('Sandy Bay', '7005'), ('Glenorchy', '7010'), ('Moonah', '7009'), ('Kingston', '7050'),
            ('Rosny Park', '7018'), ('Bellerive', '7018'), ('New Town', '7008'), ('Hobart', '7000'),
            ('Lindisfarne', '7015'), ('Claremont', '7011')],
}
CBD = {'VIC': ('Melbourne', '3001'), 'QLD': ('Brisbane', '4001'), 'WA': ('Perth', '6001'),
       'SA': ('Adelaide', '5001'), 'TAS': ('Hobart', '7001')}
REGION_W = [('VIC', 38), ('QLD', 27), ('WA', 13), ('SA', 12), ('TAS', 10)]
STATE_LONG = {'VIC': 'Victoria', 'QLD': 'Queensland', 'WA': 'Western Australia', 'SA': 'South Australia',
              'TAS': 'Tasmania'}
STATE_ALT = {'VIC': ['Vic', 'Vic.', 'VICTORIA'], 'QLD': ['Qld', 'Qld.', 'QUEENSLAND', 'Q'],
             'WA': ['W.A.', 'Wa', 'WESTERN AUSTRALIA'], 'SA': ['S.A.', 'Sth Aust', 'SOUTH AUSTRALIA'],
             'TAS': ['Tas', 'Tas.', 'TASMANIA']}
AREA = {'VIC': '03', 'TAS': '03', 'QLD': '07', 'WA': '08', 'SA': '08'}
STREETS = ['Wattle', 'Banksia', 'Acacia', 'Grevillea', 'Jacaranda', 'Bottlebrush', 'Ironbark', 'Blackwood',
           'Waratah', 'Boronia', 'Melaleuca', 'Kookaburra', 'Lyrebird', 'Station', 'Church', 'High', 'Victoria',
           'Albert', 'George', 'King', 'Queen', 'William', 'Elizabeth', 'Railway', 'Beach', 'Bay', 'Hope',
           'Park', 'Main', 'Mill', 'Bridge', 'Hill', 'Bellbird', 'Currawong', 'Myrtle', 'Tea Tree', 'Orchard',
           'Riverview', 'Sunset', 'Ocean', 'Pine', 'Cedar', 'Heather', 'Hamilton', 'Murray', 'Lachlan',
           'Macquarie', 'Flinders', 'Sturt', 'Hume', 'Mitchell', 'Kennedy', 'Gilbert', 'Edward', 'Charles']
STYPES = [('Street', 'St'), ('Road', 'Rd'), ('Avenue', 'Ave'), ('Crescent', 'Cres'), ('Court', 'Ct'),
          ('Drive', 'Dr'), ('Place', 'Pl'), ('Parade', 'Pde'), ('Terrace', 'Tce'), ('Close', 'Cl'),
          ('Grove', 'Gr'), ('Lane', 'Ln'), ('Way', 'Way'), ('Circuit', 'Cct'), ('Highway', 'Hwy'),
          ('Boulevard', 'Bvd')]
STYPE_W = [30, 25, 12, 6, 6, 6, 4, 3, 3, 2, 2, 2, 3, 2, 1, 1]

# ---------------------------------------------------------------- names
ETH = {
    'anglo': (['James', 'John', 'Peter', 'Michael', 'David', 'Andrew', 'Matthew', 'Daniel', 'Christopher',
               'Robert', 'William', 'Thomas', 'Benjamin', 'Joshua', 'Luke', 'Samuel', 'Jack', 'Lachlan',
               'Cooper', 'Harrison', 'Barry', 'Darren', 'Craig', 'Shane', 'Wayne', 'Graham', 'Kevin', 'Trevor',
               'Bruce', 'Ian', 'Gary', 'Stephen', 'Mark', 'Anthony', 'Nathan', 'Brendan', 'Scott', 'Geoffrey'],
              ['Sarah', 'Jessica', 'Emily', 'Chloe', 'Charlotte', 'Amelia', 'Grace', 'Ruby', 'Zoe', 'Elizabeth',
               'Katherine', 'Margaret', 'Susan', 'Karen', 'Michelle', 'Lisa', 'Rebecca', 'Jennifer', 'Nicole',
               'Kylie', 'Sharon', 'Tracey', 'Deborah', 'Patricia', 'Jacqueline', 'Alexandra', 'Victoria',
               'Samantha', 'Joanne', 'Christine', 'Dorothy', 'Doris', 'Joan', 'Beverley', 'Shirley', 'Megan'],
              ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Johnson', 'White', 'Martin', 'Anderson',
               'Thompson', 'Walker', 'Harris', 'Ryan', 'Robinson', 'Kelly', 'King', 'Campbell', 'Clarke',
               'Mitchell', 'Young', 'Wright', 'Hughes', 'Edwards', 'Hall', 'Murphy', "O'Brien", "O'Connor",
               'McDonald', 'McKenzie', 'Fitzgerald', 'Sullivan', 'Baker', 'Cooper', 'Turner', 'Parker',
               'Collins', 'Stewart', 'Morris', 'Bennett', 'Gallagher', 'Doyle', 'Quinn', 'Fraser', 'Lawson',
               'Reid', 'Henderson', 'Nolan', 'Bishop', 'Hayes']),
    'italian': (['Giuseppe', 'Giovanni', 'Antonio', 'Salvatore', 'Francesco', 'Marco', 'Luca', 'Domenico',
                 'Vincenzo', 'Rocco', 'Carmelo', 'Angelo'],
                ['Maria', 'Giulia', 'Francesca', 'Rosa', 'Antonella', 'Carmela', 'Lucia', 'Teresa', 'Concetta',
                 'Sofia', 'Rosaria', 'Giuseppina'],
                ['Rossi', 'Russo', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno',
                 'Gallo', 'Conti', 'De Luca', 'Costa', 'Giordano', 'Mancini', 'Lombardo', 'Moretti', 'Barbaro',
                 'Di Stefano', "D'Amico", 'La Rosa', 'Caruso', 'Ferraro']),
    'greek': (['George', 'Konstantinos', 'Dimitrios', 'Nikolaos', 'Ioannis', 'Christos', 'Panagiotis', 'Vasilios',
               'Spiros', 'Stavros', 'Theo', 'Kosta'],
              ['Eleni', 'Maria', 'Aikaterini', 'Georgia', 'Sofia', 'Despina', 'Anastasia', 'Vasiliki',
               'Paraskevi', 'Eftychia', 'Angeliki', 'Irene'],
              ['Papadopoulos', 'Georgiou', 'Nikolaidis', 'Konstantinidis', 'Dimitriou', 'Karagiannis', 'Vlahos',
               'Christodoulou', 'Antoniou', 'Pappas', 'Kyriakou', 'Stavropoulos', 'Angelopoulos', 'Ioannou',
               'Theodorou', 'Panagiotopoulos', 'Tsoukalas', 'Mavros']),
    'vietnamese': (['Minh', 'Thanh', 'Tuan', 'Duc', 'Quang', 'Trung', 'Hieu', 'Khanh', 'Bao', 'Hung', 'Long',
                    'Dung'],
                   ['Anh', 'Huong', 'Lan', 'Linh', 'Hoa', 'Mai', 'Phuong', 'Thu', 'Ngoc', 'Trang', 'Hanh', 'Thuy'],
                   ['Nguyen', 'Tran', 'Le', 'Pham', 'Huynh', 'Hoang', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do',
                    'Ho', 'Ngo', 'Duong', 'Ly', 'Truong', 'Dinh']),
    'chinese': (['Wei', 'Jun', 'Lei', 'Hao', 'Zhi Hao', 'Jian', 'Kevin', 'Jason', 'Ming', 'Yong', 'Tao', 'Bo'],
                ['Li', 'Jing', 'Yan', 'Hui', 'Mei', 'Ying', 'Jia Hui', 'Vivian', 'Xiaoling', 'Fang', 'Lina', 'Qing'],
                ['Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Lin',
                 'Wong', 'Chan', 'Lam', 'Cheung', 'Tan', 'Leung', 'Guo', 'Ma']),
    'indian': (['Rajesh', 'Amit', 'Sanjay', 'Vikram', 'Arjun', 'Rahul', 'Harpreet', 'Gurpreet', 'Anil', 'Sunil',
                'Karan', 'Rohan', 'Aarav', 'Manpreet'],
               ['Priya', 'Anjali', 'Deepa', 'Sunita', 'Pooja', 'Neha', 'Kavita', 'Lakshmi', 'Simran', 'Ananya',
                'Divya', 'Navneet'],
               ['Sharma', 'Patel', 'Singh', 'Kaur', 'Gupta', 'Kumar', 'Reddy', 'Iyer', 'Nair', 'Shah', 'Mehta',
                'Verma', 'Joshi', 'Pillai', 'Gill', 'Sandhu', 'Dhillon', 'Bhatia', 'Menon']),
    'lebanese': (['Mohammed', 'Ahmad', 'Ali', 'Khaled', 'Omar', 'Hassan', 'Joseph', 'Elias', 'Georges', 'Tony',
                  'Fadi', 'Bilal'],
                 ['Fatima', 'Zeinab', 'Layla', 'Rania', 'Nadia', 'Mariam', 'Rita', 'Joelle', 'Maya', 'Hiba',
                  'Nour', 'Samira'],
                 ['Haddad', 'Khoury', 'Nassar', 'Saleh', 'El-Hage', 'Abboud', 'Fakhoury', 'Hamdan', 'Karam',
                  'Chahine', 'Assaf', 'Taha', 'El-Masri', 'Harb', 'Youssef', 'Rahme']),
    'atsi': (['Jarrah', 'Koby', 'Jai', 'Dylan', 'Tyrone', 'Kaiden', 'Clinton', 'Darcy', 'Jeremiah', 'Elijah'],
             ['Kirra', 'Marlee', 'Lowanna', 'Tahlia', 'Shania', 'Tarni', 'Nakeisha', 'Jedda', 'Leilani', 'Aaliyah'],
             ['Bamblett', 'Lovett', 'Atkinson', 'Briggs', 'Nona', 'Bani', 'Gela', 'Ahmat', 'Lui', 'Tapim',
              'Mosby', 'Dodd', 'Sailor', 'Wymarra', 'Kennedy', 'Hunter', 'Roberts', 'Simpson']),
    'filipino': (['Jose', 'Mark Anthony', 'John Paul', 'Rodel', 'Jericho', 'Ramon', 'Rolando', 'Arnel', 'Reynaldo'],
                 ['Maria Cristina', 'Maria Theresa', 'Rowena', 'Marites', 'Lovely', 'Angelica', 'Jocelyn',
                  'Rosalinda', 'Princess', 'Mary Grace'],
                 ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'dela Cruz', 'Mendoza', 'Villanueva', 'Ramos',
                  'Aquino', 'Castillo', 'Fernandez', 'Del Rosario', 'Pascual', 'Navarro']),
}
ETH_W = [('anglo', 40), ('italian', 8), ('greek', 7), ('vietnamese', 8), ('chinese', 9), ('indian', 10),
         ('lebanese', 6), ('atsi', 5), ('filipino', 7)]
KIDS = (['Noah', 'Oliver', 'Leo', 'Jack', 'Henry', 'Charlie', 'Lucas', 'Hudson', 'Archie', 'Isaac', 'Theodore',
         'Harvey', 'Mason', 'Liam', 'Ethan', 'Hugo', 'Max', 'Arlo', 'Xavier', 'Levi'],
        ['Olivia', 'Amelia', 'Isla', 'Mia', 'Ava', 'Willow', 'Harper', 'Ella', 'Emma', 'Matilda', 'Sienna', 'Evie',
         'Lily', 'Zara', 'Ivy', 'Poppy', 'Aria', 'Layla', 'Hazel', 'Georgia'])
TWIN_PAIRS = [('Ella', 'Emma'), ('Liam', 'Lucas'), ('Mia', 'Maya'), ('Noah', 'Nate'), ('Ava', 'Ada'),
              ('Jack', 'James'), ('Isla', 'Isabel'), ('Max', 'Sam'), ('Lily', 'Lola'), ('Oscar', 'Oliver'),
              ('Zara', 'Zoe'), ('Ethan', 'Evan')]
NICK = {'Elizabeth': ['Liz', 'Beth', 'Lizzie'], 'Katherine': ['Kate', 'Kath', 'Katie'], 'Margaret': ['Marg', 'Maggie'],
        'Patricia': ['Trish', 'Pat'], 'Deborah': ['Deb', 'Debbie'], 'Jennifer': ['Jen', 'Jenny'],
        'Rebecca': ['Bec', 'Becky'], 'Samantha': ['Sam'], 'Alexandra': ['Alex', 'Lexi'], 'Victoria': ['Tori'],
        'Jacqueline': ['Jackie'], 'Christine': ['Chris', 'Chrissie'], 'Joanne': ['Jo'], 'Sharon': ['Shaz'],
        'Beverley': ['Bev'], 'Dorothy': ['Dot', 'Dottie'], 'Susan': ['Sue', 'Suzie'], 'Jessica': ['Jess'],
        'Charlotte': ['Charlie', 'Lottie'], 'Matilda': ['Tilly'], 'Amelia': ['Millie'], 'Megan': ['Meg'],
        'Michael': ['Mick', 'Mike'], 'Christopher': ['Chris'], 'Robert': ['Rob', 'Bob', 'Robbie'],
        'William': ['Will', 'Bill'], 'Thomas': ['Tom', 'Tommy'], 'Benjamin': ['Ben'], 'Joshua': ['Josh'],
        'Samuel': ['Sam'], 'Matthew': ['Matt'], 'Daniel': ['Dan', 'Danny'], 'Andrew': ['Andy', 'Drew'],
        'James': ['Jim', 'Jimmy', 'Jamie'], 'David': ['Dave'], 'Stephen': ['Steve'], 'Anthony': ['Tony'],
        'Barry': ['Bazza'], 'Darren': ['Daz'], 'Gary': ['Gaz'], 'Kevin': ['Kev'], 'Trevor': ['Trev'],
        'Nathan': ['Nate'], 'Geoffrey': ['Geoff'], 'Lachlan': ['Lachie'], 'Harrison': ['Harry'],
        'Giuseppe': ['Joe', 'Pino'], 'Giovanni': ['John', 'Gianni'], 'Salvatore': ['Sam', 'Sal'],
        'Francesco': ['Frank'], 'Domenico': ['Dom'], 'Vincenzo': ['Vince'], 'Antonio': ['Tony'],
        'Concetta': ['Connie'], 'Carmela': ['Carmel'], 'Giuseppina': ['Josie', 'Pina'], 'Rosaria': ['Rosie'],
        'Konstantinos': ['Con', 'Kon'], 'Dimitrios': ['Jim', 'Jimmy', 'Dimitri'], 'Nikolaos': ['Nick'],
        'Panagiotis': ['Peter', 'Panos'], 'Vasilios': ['Bill', 'Vasili'], 'Ioannis': ['John', 'Yianni'],
        'Aikaterini': ['Katerina', 'Kathy'], 'Eleni': ['Helen'], 'Vasiliki': ['Vicky'], 'Paraskevi': ['Voula'],
        'Anastasia': ['Tasia'], 'Angeliki': ['Angie'], 'Mohammed': ['Mo'], 'Joseph': ['Joe'],
        'Maria Theresa': ['Ma. Theresa', 'Tess'], 'Maria Cristina': ['Ma. Cristina', 'Tina'], 'Jose': ['Joey'],
        'Mark Anthony': ['Mark'], 'John Paul': ['JP'], 'Harpreet': ['Harry'], 'Gurpreet': ['Gary'],
        'Theodore': ['Theo'], 'Oliver': ['Ollie'], 'Isabel': ['Izzy']}
VI_ACC = {'Nguyen': 'Nguyễn', 'Tran': 'Trần', 'Le': 'Lê', 'Pham': 'Phạm', 'Huynh': 'Huỳnh', 'Hoang': 'Hoàng',
          'Vu': 'Vũ', 'Vo': 'Võ', 'Dang': 'Đặng', 'Bui': 'Bùi', 'Do': 'Đỗ', 'Ngo': 'Ngô', 'Duong': 'Dương',
          'Truong': 'Trương', 'Dinh': 'Đinh', 'Huong': 'Hương', 'Tuan': 'Tuấn', 'Duc': 'Đức', 'Phuong': 'Phương',
          'Hieu': 'Hiếu', 'Khanh': 'Khánh', 'Ngoc': 'Ngọc', 'Thuy': 'Thủy', 'Hung': 'Hùng', 'Dung': 'Dũng'}
TITLES_M = ['Mr', 'Mr.', 'Dr', 'MR']
TITLES_F = ['Mrs', 'Ms', 'Miss', 'Dr', 'Mrs.', 'MS']

ORG_A = ['Coastline', 'Southern Cross', 'Bluegum', 'Ironbark', 'Harbourside', 'Red Gum', 'Summit', 'Pinnacle',
         'Riverbend', 'Brightwater', 'Greenfield', 'Kingfisher', 'Silver Wattle', 'Sandstone', 'Saltbush', 'Boab',
         'Jarrah', 'Karri', 'Tasman', 'Coral Sea', 'Redback', 'Eastside', 'Westgate', 'Northside', 'Bayside',
         'Hilltop', 'Valleyview', 'Lakeside', 'Seaview', 'Goldfields', 'Murray Valley', 'Yarra Bend', 'Swan Valley',
         'Derwent', 'Torrens', 'Brisbane Valley', 'Heartland', 'Horizon', 'Meridian Park', 'Stringybark',
         'Black Swan', 'Magpie', 'Emu Plains', 'Cockatoo', 'Platypus', 'Wombat Creek', 'Spinifex', 'Mulga',
         'Coolabah', 'Bunya', 'Mallee', 'Anchor', 'Keystone', 'Trident', 'Frontline', 'Evergreen', 'Sunrise',
         'Capricorn', 'Equinox', 'Cornerstone']
EMP_IND = ['Logistics', 'Civil', 'Constructions', 'Electrical', 'Plumbing', 'Engineering', 'Transport',
           'Mining Services', 'Foods', 'Manufacturing', 'Landscaping', 'Cleaning Services', 'Security', 'Freight',
           'Steel Fabrication', 'Hospitality Group', 'Retail Group', 'Earthmoving', 'Roofing', 'Warehousing',
           'Joinery', 'Concreting', 'Scaffolding', 'Poultry', 'Meats']
OWN_IND = ['Physio Consulting', 'Electrical', 'Plumbing', 'Carpentry', 'Consulting', 'Accounting', 'Dental',
           'Building', 'Tiling', 'Painting', 'Legal', 'Design', 'Investments', 'Holdings', 'Services']
SAINTS = ["St Joseph's", "St Mary's", "St Brigid's", "St Patrick's", "St Francis Xavier", "St Anne's",
          "St Anthony's", "St Michael's", "Our Lady of Lourdes", "St Kevin's", "Holy Family", "St Luke's",
          "St Thomas More", "Sacred Heart", "St Monica's", "St Peter's", "St Catherine's", "St Columba's"]
PMS = [('PlanWise Partners', 'PlanWise'), ('Clear Path Plan Management', 'Clear Path'), ('My Plan Hub', 'Plan Hub'),
       ('Bluegum Plan Managers', 'Bluegum PM'), ('Ledger Lane Plan Management', 'Ledger Lane'),
       ('Compass Point Plan Partners', 'Compass Point'), ('Kinship Plan Management', 'Kinship PM'),
       ('Tally NDIS Plan Managers', 'Tally'), ('Northstar Plan Management', 'Northstar'),
       ('Southern Plan Co', 'Southern Plan')]
INSURERS = [('Southbank Workers Insurance', 'Southbank WI', 'VIC'), ('Coral Coast WorkCare', 'Coral Coast WC', 'QLD'),
            ('Swan River Workers Compensation', 'Swan River WC', 'WA'),
            ('Torrens Return to Work Insurance', 'Torrens RTW', 'SA'), ('Derwent Workers Mutual', 'Derwent WM', 'TAS'),
            ('Meridian Claims Services', 'Meridian Claims', 'VIC'), ('Gateway Injury Management', 'Gateway IM', 'QLD')]
OPERATORS = ['Banksia Grove', 'Wattle Lodge', 'Jacaranda Gardens', 'Silver Gum Living', 'Bayview Care',
             'Riverside Lodge', 'Amaroo Care', 'Kurrajong Homes', 'Seabreeze Aged Care', 'Heritage Oaks']
FUNDS = ['Hillcrest Health Fund', 'Unity Mutual Health', 'Greenvale Health Insurance', 'Acorn Health Fund',
         'Bridgewater Health', 'Coastal Teachers Health', 'Emerald Mutual Health', 'Frontier Health Cover',
         'Harbour Health Society', 'Ironstone Mutual', 'Junction Health Fund', 'Kestrel Health',
         'Lighthouse Health Cover', 'Meadowbank Health Fund', 'Nullarbor Health', 'Orchard Health Mutual',
         'Pelican Health Fund', 'Quayside Health', 'Rosewood Health Society', 'Tidewater Health']
GP_FORMS = ['Medical Centre', 'Family Practice', 'Medical Clinic', 'General Practice', 'Health Hub']
CLUB_FORMS = ['Football Club', 'Netball Club', 'Junior Rugby League Club', 'Cricket Club', 'Basketball Association',
              'Swimming Club', 'Soccer Club', 'Athletics Club', 'Junior Football Club', 'Hockey Club']
SCHOOL_FORMS = {'VIC': ['Primary School', 'Secondary College', 'Specialist School'],
                'QLD': ['State School', 'State High School', 'Special School'],
                'WA': ['Primary School', 'Senior High School', 'Education Support Centre'],
                'SA': ['Primary School', 'High School', 'Special School'],
                'TAS': ['Primary School', 'High School', 'District School']}
ABBR = [('Medical Centre', 'Med Ctr'), ('Medical Centre', 'Medical Ctr'), ('Primary School', 'PS'),
        ('Football Club', 'FC'), ('Soccer Club', 'SC'), ('Secondary College', 'SC'), ('State School', 'SS'),
        ('Aged Care', 'AC'), ('Support Coordination', 'Support Coord'), ('Plan Management', 'Plan Mgmt'),
        ('Workers Compensation', "Workers' Comp"), ('Insurance', 'Ins'), ('Services', 'Svcs'),
        (' and ', ' & '), (' & ', ' and '), ('Saint ', 'St '), ("St ", 'Saint '), ('Mount ', 'Mt '),
        ('Association', 'Assoc'), ('Health Fund', 'HF'), ('Constructions', 'Constr'), ('Engineering', 'Eng'),
        ('Transport', 'Tpt'), ('Family Practice', 'Fam Practice'), ('Management', 'Mgmt')]
FORM_VARIANTS = {'Pty Ltd': ['Pty Ltd', 'Pty. Ltd.', 'Pty Limited', 'PTY LTD', 'P/L', 'Pty. Limited',
                             'Proprietary Limited', 'Pty Ltd.', 'pty ltd', ''],
                 'Ltd': ['Ltd', 'Limited', 'Ltd.', 'LTD', ''], 'Inc': ['Inc', 'Inc.', 'Incorporated', 'INC', '']}
PERSON_DOMAINS = [('gmail.com', 30), ('bigpond.com', 12), ('outlook.com', 12), ('example.com', 12),
                  ('example.net', 8), ('example.org', 6), ('example.com.au', 20)]


def pick_w(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def chance(p):
    return R.random() < p


def ascii_fold(s):
    s = s.replace('Đ', 'D').replace('đ', 'd')
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch))


def slug(s):
    return re.sub(r'[^a-z0-9]', '', ascii_fold(s).lower())


# ---------------------------------------------------------------- link rule (mirrors README/check.py)
LEGAL = {'pty', 'ltd', 'limited', 'proprietary', 'pl', 'inc', 'incorporated', 'the'}
TITLES = {'mr', 'mrs', 'ms', 'miss', 'dr', 'mx', 'prof'}
TYPE_ABBR = {l.lower(): s.lower() for l, s in STYPES}


def name_key(s):
    if not s:
        return None
    s = ascii_fold(s).lower().replace('&', ' and ')
    s = re.sub(r'\bp\s*/\s*l\b', ' ', s)
    s = re.sub(r"['\u2019`.]", '', s)
    s = re.sub(r'[^a-z0-9]+', ' ', s)
    toks = [t for t in s.split() if t not in LEGAL and t not in TITLES]
    return ' '.join(sorted(toks)) or None


def rec_name_keys(c):
    ks = {name_key(c.get('displayName')), name_key(c.get('companyName'))}
    if c.get('givenName') or c.get('familyName'):
        ks.add(name_key('%s %s' % (c.get('givenName') or '', c.get('familyName') or '')))
    ks.discard(None)
    return ks


def phone_key(p):
    d = re.sub(r'\D', '', p or '')
    if d.startswith('61') and len(d) >= 11:
        d = d[2:]
        if d.startswith('0'):
            d = d[1:]
        d = '0' + d
    return d if len(d) >= 8 else None


def street_key(a):
    if not a:
        return None
    s = ascii_fold(a.get('line1') or '').lower()
    s = re.sub(r'[^a-z0-9/ ]+', ' ', s).strip()
    m = re.search(r'(?:^|[\s/])(\d+[a-z]?)\s+([a-z][a-z ]*)$', s)
    if not m:
        return None
    words = m.group(2).split()
    if words and words[-1] in TYPE_ABBR:
        words[-1] = TYPE_ABBR[words[-1]]
    return (m.group(1), ' '.join(words))


def pc_key(a):
    if not a:
        return None
    d = re.sub(r'\D', '', a.get('postalCode') or '')
    return d if len(d) == 4 else None


def evidence(c, prev):
    """Return list of evidence kinds shared between contact c and earlier contact prev."""
    ev = []
    e1, e2 = (c.get('email') or '').strip().lower(), (prev.get('email') or '').strip().lower()
    if e1 and e1 == e2:
        ev.append('email')
    p1, p2 = phone_key(c.get('phone')), phone_key(prev.get('phone'))
    if p1 and p1 == p2:
        ev.append('phone')
    if rec_name_keys(c) & rec_name_keys(prev):
        a1, a2 = c.get('address'), prev.get('address')
        pk1, pk2 = pc_key(a1), pc_key(a2)
        sk1, sk2 = street_key(a1), street_key(a2)
        if (pk1 and pk1 == pk2) or (sk1 and sk1 == sk2):
            ev.append('nameaddr')
    return ev


# ---------------------------------------------------------------- allocators
MOB_POOL = list(range(10000))
R.shuffle(MOB_POOL)
LAND_POOL = {}
for ac in ('03', '07', '08'):
    lst = ['5550%04d' % i for i in range(10000)] + ['7010%04d' % i for i in range(10000)]
    R.shuffle(lst)
    LAND_POOL[ac] = lst
TOLLFREE = ['1300975707', '1300975708', '1300975709', '1300975710', '1300975711', '1800975707', '1800975708',
            '1800975709', '1800975710', '1800975711', '1800160401']
USED_EMAIL = set()
USED_ORG = set()


def new_mobile():
    n = MOB_POOL.pop()
    return '049157%04d' % n


def new_land(region):
    ac = AREA[region]
    return ac + LAND_POOL[ac].pop()


def fmt_phone(d, style=None):
    if d is None:
        return None
    if d.startswith('04'):
        styles = ['%s %s %s' % (d[:4], d[4:7], d[7:]), d, '+61 %s %s %s' % (d[1:4], d[4:7], d[7:]),
                  '+61%s' % d[1:], '%s-%s-%s' % (d[:4], d[4:7], d[7:]), '(%s) %s %s' % (d[:4], d[4:7], d[7:]),
                  '61 %s %s %s' % (d[1:4], d[4:7], d[7:])]
    elif d.startswith('0'):
        styles = ['(%s) %s %s' % (d[:2], d[2:6], d[6:]), '%s %s %s' % (d[:2], d[2:6], d[6:]),
                  '+61 %s %s %s' % (d[1], d[2:6], d[6:]), d, '%s-%s-%s' % (d[:2], d[2:6], d[6:]),
                  '(%s)%s%s' % (d[:2], d[2:6], d[6:]), '+61 (0)%s %s %s' % (d[1], d[2:6], d[6:])]
    else:
        styles = ['%s %s %s' % (d[:4], d[4:7], d[7:]), d, '%s %s %s %s' % (d[:2], d[2:4], d[4:7], d[7:])]
    if style is None:
        return styles[0]
    if style == 'random':
        return R.choice(styles[1:])
    return styles[style]


def person_email(g, f, force_domain=None):
    g1, f1 = slug(g), slug(f)
    for _ in range(200):
        st = R.randint(0, 6)
        local = [g1 + '.' + f1, g1 + f1, g1[0] + '.' + f1, g1 + '_' + f1, g1 + f1[0], f1 + '.' + g1,
                 g1[0] + f1][st]
        if chance(0.45):
            local += str(R.randint(1, 99))
        dom = force_domain or pick_w(PERSON_DOMAINS)
        e = local + '@' + dom
        if e not in USED_EMAIL:
            USED_EMAIL.add(e)
            return e
    raise RuntimeError('email')


def dom_slug(name):
    out = ''
    for w in name.split():
        w = slug(w)
        if out and len(out) + len(w) > 16:
            break
        out += w
        if len(out) >= 12:
            break
    return out or 'org'


def org_email(name, local=None):
    s = dom_slug(name)
    for i in range(50):
        loc = local or R.choice(['accounts', 'ap', 'admin', 'finance', 'payables', 'info', 'office'])
        if chance(0.75):
            e = '%s@%s%s.example' % (loc, s, '' if i == 0 else str(i))
        else:
            e = '%s.%s%s@example.com.au' % (loc, s, '' if i == 0 else str(i))
        if e not in USED_EMAIL:
            USED_EMAIL.add(e)
            return e
    raise RuntimeError('org email')


def rand_region():
    return pick_w(REGION_W)


def rand_suburb(region, exclude=()):
    opts = [s for s in SUBURBS[region] if s[0] not in exclude]
    return R.choice(opts)


def street_addr(region=None, suburb=None, unit_p=0.18):
    region = region or rand_region()
    sub, pc = suburb or rand_suburb(region)
    ti = R.choices(range(len(STYPES)), STYPE_W)[0]
    return {'t': 'street', 'unit': str(R.randint(1, 24)) if chance(unit_p) else None,
            'num': str(R.randint(1, 240)) + (R.choice('AB') if chance(0.03) else ''),
            'street': R.choice(STREETS), 'ti': ti, 'city': sub, 'region': region, 'pc': pc}


def box_addr(region, kind=None):
    city, pc = CBD[region]
    kind = kind or R.choice(['PO Box', 'PO Box', 'GPO Box', 'Locked Bag'])
    if kind == 'PO Box' and chance(0.5):
        city, pc = rand_suburb(region)
    n = R.randint(10, 9999) if kind != 'Locked Bag' else R.randint(1, 4999)
    return {'t': 'box', 'box': '%s %d' % (kind, n), 'city': city, 'region': region, 'pc': pc}


def render_addr(s, st=None):
    """st: dict of style choices. Default = clean existing style."""
    if s is None:
        return None
    st = st or {}
    a = {'line1': None, 'line2': None, 'city': s['city'], 'region': s['region'], 'postalCode': s['pc'],
         'country': 'Australia'}
    if s['t'] == 'street':
        typ = STYPES[s['ti']][0 if st.get('long_type') else 1]
        street = '%s %s %s' % (s['num'], s['street'], typ)
        if s['unit']:
            uf = st.get('unit', 0)
            if uf == 0:
                a['line1'] = '%s/%s' % (s['unit'], street)
            elif uf == 1:
                a['line1'] = 'Unit %s, %s' % (s['unit'], street)
            elif uf == 2:
                a['line1'], a['line2'] = street, 'Unit %s' % s['unit']
            elif uf == 3:
                a['line1'] = 'U%s/%s' % (s['unit'], street)
            elif uf == 4:
                a['line1'] = 'Apt %s, %s' % (s['unit'], street)
            else:
                a['line1'] = street  # unit dropped
        else:
            a['line1'] = street
    else:
        a['line1'] = s['box']
        if st.get('box_variant'):
            a['line1'] = s['box'].replace('PO Box', R.choice(['P.O. Box', 'PO BOX', 'P O Box', 'Po Box']))
    if st.get('care_of'):
        a['line2'], a['line1'] = a['line1'], st['care_of']
    rs = st.get('region', 0)
    if rs == 1:
        a['region'] = STATE_LONG[s['region']]
    elif rs == 2:
        a['region'] = R.choice(STATE_ALT[s['region']])
    elif rs == 3:
        a['region'] = None
    cs = st.get('country', 0)
    a['country'] = ['Australia', 'AU', 'Aust', None, 'AUS', 'AUSTRALIA'][cs]
    if st.get('no_pc'):
        a['postalCode'] = None
    if st.get('no_city'):
        a['city'] = None
    if st.get('city_in_line2') and a['line2'] is None and a['city']:
        a['line2'] = '%s %s %s' % (a['city'], s['region'], s['pc'])
    if st.get('upper'):
        a = {k: (v.upper() if isinstance(v, str) else v) for k, v in a.items()}
    if st.get('city_typo') and a['city']:
        a['city'] = typo(a['city'])
    return a


def rand_addr_style(soft=True):
    st = {'long_type': chance(0.35), 'unit': R.choice([0, 0, 1, 2, 3, 4]), 'region': R.choice([0, 0, 1, 2, 3]),
          'country': R.choice([0, 0, 1, 2, 3, 3, 4, 5]), 'upper': chance(0.12), 'box_variant': chance(0.3)}
    return st


# ---------------------------------------------------------------- text noise
KEYB = 'qwertyuiopasdfghjklzxcvbnm'


def typo(s):
    idx = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(idx) < 3:
        return s
    i = R.choice(idx[1:])
    op = R.randint(0, 3)
    if op == 0:
        return s[:i] + s[i + 1:]
    if op == 1:
        return s[:i] + s[i] + s[i:]
    if op == 2 and i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    c = R.choice(KEYB)
    return s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1:]


# ---------------------------------------------------------------- people
def rand_eth():
    return pick_w(ETH_W)


def rand_person(eth=None, sex=None, family=None, kid=False):
    eth = eth or rand_eth()
    sex = sex or R.choice('MF')
    m, f, sur = ETH[eth]
    if kid and chance(0.6):
        g = R.choice(KIDS[0] if sex == 'M' else KIDS[1])
    else:
        g = R.choice(m if sex == 'M' else f)
    fam = family or R.choice(sur)
    p = {'given': g, 'family': fam, 'sex': sex, 'eth': eth, 'maiden': None, 'middle': None}
    if eth == 'vietnamese' and chance(0.4):
        p['middle'] = 'Van' if sex == 'M' else 'Thi'
    elif eth == 'indian' and chance(0.3) and fam not in ('Singh', 'Kaur'):
        p['middle'] = 'Singh' if sex == 'M' else 'Kaur'
    elif chance(0.25):
        p['middle'] = R.choice(ETH[eth][0] if sex == 'M' else ETH[eth][1])
    if sex == 'F' and not kid and chance(0.18):
        p['maiden'] = R.choice(ETH[rand_eth() if chance(0.3) else eth][2])
        if p['maiden'] == fam:
            p['maiden'] = None
    return p


def household(region=None, suburb=None):
    region = region or rand_region()
    if suburb is None and region == 'QLD' and chance(0.02):
        suburb = ('Thursday Island', '4875')
    return {'addr': street_addr(region, suburb), 'land': new_land(region) if chance(0.25) else None,
            'region': region}


# ---------------------------------------------------------------- entity construction
ENT_SEQ = [0]
ENTS = {}


def new_id():
    ENT_SEQ[0] += 1
    return ENT_SEQ[0]


def mk(kind, ptype, **kw):
    e = {'kind': kind, 'ptype': ptype}
    e.update(kw)
    e['_n'] = new_id()
    return e


def make_pm(i):
    name, short = PMS[i]
    region = rand_region()
    pm = {'name': name, 'short': short, 'legal': name + ' Pty Ltd', 'region': region,
          'emails': [org_email(name, 'invoices')], 'phone': new_land(region) if (chance(0.6) or i >= 5) else TOLLFREE[i],
          'addr': box_addr(region, 'PO Box')}
    if chance(0.5):
        pm['emails'].append(org_email(name, 'accounts'))
    return pm


def make_insurer(i):
    name, short, region = INSURERS[i]
    ins = {'name': name, 'short': short, 'region': region, 'email': org_email(name, 'claims'),
           'phone': TOLLFREE[5 + i] if i < 6 else new_land(region),
           'addr': box_addr(region, R.choice(['Locked Bag', 'GPO Box'])), 'cms': [],
           'prefix': R.choice(['', '', 'WC', 'C', '0'])}
    for _ in range(R.randint(3, 5)):
        p = rand_person()
        ins['cms'].append({'email': person_email(p['given'], p['family'], dom_slug(name) + '.example'),
                           'phone': new_land(region)})
    return ins


def make_operator(brand):
    region = rand_region()
    return {'brand': brand, 'legal': brand + (' Aged Care' if 'Aged' not in brand and 'Care' not in brand else '')
            + ' Pty Ltd', 'region': region, 'email': org_email(brand, 'accounts'), 'sites': set()}


PM_LIST = [make_pm(i) for i in range(len(PMS))]
INS_LIST = [make_insurer(i) for i in range(len(INSURERS))]
OP_LIST = [make_operator(b) for b in OPERATORS]
CLAIM_NOS = set()
NDIS_NOS = set()


def claim_no(ins):
    while True:
        n = '%08d' % R.randint(10000000, 99999999)
        if n not in CLAIM_NOS:
            CLAIM_NOS.add(n)
            return ins['prefix'] + n


def ndis_no():
    while True:
        n = '43%07d' % R.randint(0, 9999999)
        if n not in NDIS_NOS:
            NDIS_NOS.add(n)
            return n


def abn():
    d = '%011d' % R.randint(10 ** 10, 10 ** 11 - 1)
    return '%s %s %s %s' % (d[:2], d[2:5], d[5:8], d[8:])


def org_base(name, form, region, addr=None, email=None, phone=None, **kw):
    e = {'legal': name, 'form': form, 'trading': kw.get('trading'), 'atf': kw.get('atf'),
         'abn': abn() if chance(0.5) else None, 'abn_in_name': chance(0.06), 'region': region,
         'addr': addr or street_addr(region, unit_p=0.25), 'email': email or org_email(kw.get('trading') or name),
         'phone': phone or new_land(region)}
    return e


def uniq_org(fn):
    for _ in range(500):
        n = fn()
        if n.lower() not in USED_ORG:
            USED_ORG.add(n.lower())
            return n
    raise RuntimeError('org name')


def ent_adult(p=None, hh=None, region=None):
    p = p or rand_person()
    hh = hh or household(region)
    return mk('adult', 'person', person=p, hh=hh, region=hh['region'], addr=hh['addr'],
              email=person_email(p['given'], p['family']) if chance(0.93) else None,
              phone=new_mobile() if chance(0.9) or hh['land'] is None else hh['land'])


def ent_child(parent=None, hh=None, given=None, sex=None):
    if parent is None:
        parent = rand_person(sex='F' if chance(0.75) else 'M')
        parent_email = person_email(parent['given'], parent['family'])
        parent_mob = new_mobile()
    else:
        parent, parent_email, parent_mob = parent
    hh = hh or household()
    fam = parent['family'] if chance(0.85) else R.choice(ETH[parent['eth']][2])
    c = rand_person(eth=parent['eth'], sex=sex, family=fam, kid=True)
    if given:
        c['given'] = given
    return mk('child', 'person', person=c, parent=parent, hh=hh, region=hh['region'], addr=hh['addr'],
              email=parent_email, phone=parent_mob)


def ent_ndis(pm=None, p=None):
    pm = pm or R.choice(PM_LIST)
    p = p or rand_person(kid=chance(0.3))
    hh = household(pm['region'] if chance(0.6) else None)
    return mk('ndis', 'person', person=p, pm=pm, ndis=ndis_no(), hh=hh, region=hh['region'],
              addr=hh['addr'] if chance(0.6) else pm['addr'], email=R.choice(pm['emails']), phone=pm['phone'])


def ent_carer():
    p = rand_person()
    p['given'] = R.choice(['Doris', 'Joan', 'Beverley', 'Shirley', 'Dorothy', 'Margaret', 'Patricia', 'Maria',
                           'Eleni', 'Rosa', 'Bruce', 'Graham', 'Giuseppe', 'Konstantinos', 'Trevor', 'Ian'])
    p['sex'] = 'M' if p['given'] in ('Bruce', 'Graham', 'Giuseppe', 'Konstantinos', 'Trevor', 'Ian') else 'F'
    carer = rand_person(eth=p['eth'], family=p['family'] if chance(0.6) else None)
    hh = household()
    return mk('carer', 'person', person=p, carer=carer, hh=hh, region=hh['region'], addr=hh['addr'],
              email=person_email(carer['given'], carer['family']), phone=new_mobile())


def ent_claim(ins=None, worker=None):
    ins = ins or R.choice(INS_LIST)
    worker = worker or rand_person()
    cm = R.choice(ins['cms'])
    return mk('claim', 'org', ins=ins, claim=claim_no(ins), worker=worker, region=ins['region'],
              addr=ins['addr'], email=cm['email'] if chance(0.5) else ins['email'],
              phone=cm['phone'] if chance(0.4) else ins['phone'], show_worker=chance(0.4))


def ent_facility(op=None, site=None):
    op = op or R.choice(OP_LIST)
    region = op['region'] if chance(0.8) else rand_region()
    for _ in range(100):
        s = site or rand_suburb(region)
        if s[0] not in op['sites']:
            break
    op['sites'].add(s[0])
    own = chance(0.25)
    return mk('facility', 'org', op=op, site=s[0], region=region, addr=street_addr(region, s, unit_p=0),
              email=org_email(op['brand'] + s[0], R.choice(['admin', 'reception'])) if own else op['email'],
              phone=new_land(region))


GP_CHAINS = []


def make_chain():
    region = rand_region()
    name = uniq_org(lambda: '%s %s' % (R.choice(ORG_A + [s for s, _ in SUBURBS[region]]), R.choice(GP_FORMS)))
    ch = {'name': name, 'legal': name.replace(' Medical Centre', '').replace(' Family Practice', '') +
          R.choice([' Medical Group Pty Ltd', ' Health Pty Ltd', ' Medical Pty Ltd']),
          'region': region, 'email': org_email(name, 'accounts'), 'sites': set(), 'multi': chance(0.6)}
    GP_CHAINS.append(ch)
    return ch


def ent_gp(ch=None):
    if ch is None:
        ch = make_chain() if (not GP_CHAINS or chance(0.45)) else R.choice([c for c in GP_CHAINS if c['multi']]
                                                                            or GP_CHAINS)
    if ch['sites'] and not ch['multi']:
        ch['multi'] = True
    for _ in range(100):
        s = rand_suburb(ch['region'])
        if s[0] not in ch['sites']:
            break
    ch['sites'].add(s[0])
    own = chance(0.5)
    return mk('gp', 'org', ch=ch, site=s[0], region=ch['region'], addr=street_addr(ch['region'], s, unit_p=0.2),
              email=org_email(ch['name'] + s[0], 'reception') if own else ch['email'], phone=new_land(ch['region']))


def ent_generic(kind, name=None, region=None):
    region = region or rand_region()
    tr = atf = home = None
    if kind == 'employer':
        name = name or uniq_org(lambda: '%s %s' % (R.choice(ORG_A), R.choice(EMP_IND)))
        form = 'Pty Ltd'
        r = R.random()
        if r < 0.15:
            tr = name
            name = uniq_org(lambda: '%s %s' % (R.choice(ETH['anglo'][2] + ETH['italian'][2] + ETH['greek'][2]),
                                               R.choice(['Holdings', 'Enterprises', 'Group', 'Investments'])))
        elif r < 0.3:
            atf = 'the %s %s Trust' % (name.split()[0], R.choice(['Unit', 'Family', 'Discretionary']))
    elif kind == 'school':
        if name is None:
            if chance(0.35):
                name = uniq_org(lambda: '%s %s' % (R.choice(SAINTS), R.choice(['Primary School', 'Catholic Primary School', 'College'])))
            else:
                name = uniq_org(lambda: '%s %s' % (rand_suburb(region)[0], R.choice(SCHOOL_FORMS[region])))
                home = name
        form = ''
    elif kind == 'club':
        if name is None:
            name = uniq_org(lambda: '%s %s' % (rand_suburb(region)[0], R.choice(CLUB_FORMS)))
            home = name
        form = 'Inc'
    elif kind == 'supcoord':
        if name is None:
            if chance(0.3):
                p = rand_person()
                name = uniq_org(lambda: '%s %s Support Coordination' % (p['given'], p['family']))
            else:
                name = uniq_org(lambda: '%s %s' % (R.choice(ORG_A), R.choice(['Support Coordination', 'Support Coordinators', 'Connect', 'Disability Pathways'])))
        form = 'Pty Ltd'
    elif kind == 'fund':
        name = name or uniq_org(lambda: R.choice(FUNDS))
        form = 'Ltd'
    elif kind == 'provider':
        name = name or uniq_org(lambda: '%s %s' % (R.choice(ORG_A), R.choice(['Disability Services', 'Living Supports', 'Community Care', 'Supported Living'])))
        form = R.choice(['Ltd', 'Inc', 'Pty Ltd'])
    elif kind == 'pm':
        pm = name  # a PM dict
        return mk('pm', 'org', pm=pm,
                  **org_base(pm['name'], 'Pty Ltd', pm['region'], addr=pm['addr'],
                             email=pm['emails'][0] if chance(0.5) else org_email(pm['name'], 'admin'),
                             phone=pm['phone']))
    else:
        raise ValueError(kind)
    ob = org_base(name, form, region, trading=tr, atf=atf)
    if home:
        for sub in SUBURBS[region]:
            if home.startswith(sub[0] + ' '):
                ob['addr'] = street_addr(region, sub, unit_p=0)
    if kind == 'fund':
        ob['addr'] = box_addr(region)
    return mk(kind, 'org', **ob)


def ent_ownco(owner=None, share=None):
    """A company owned by a person. share: adult entity whose contacts are reused."""
    p = owner or rand_person()
    tr = atf = None
    name = None
    for _ in range(50):
        r = R.random()
        tr = atf = None
        if r < 0.4:
            n = '%s %s' % (p['family'], R.choice(OWN_IND))
        elif r < 0.65:
            n = '%s %s %s' % (p['given'], p['family'], R.choice(OWN_IND))
        elif r < 0.85:
            n = '%s & %s %s' % (p['given'][0], R.choice('ABCDEJKMPRST'), p['family'])
            atf = 'the %s Family Trust' % p['family']
        else:
            n = '%s %s' % (p['family'], R.choice(['Holdings', 'Family Holdings', 'Group', 'Enterprises']))
            tr = uniq_org(lambda: '%s %s' % (R.choice(ORG_A), R.choice(OWN_IND)))
        if n.lower() not in USED_ORG:
            USED_ORG.add(n.lower())
            name = n
            break
    if name is None:
        raise RuntimeError('ownco name')
    region = share['region'] if share else rand_region()
    ob = org_base(name, 'Pty Ltd', region, trading=tr, atf=atf)
    if share:
        keep = R.choice(['email', 'phone', 'addr', 'all'])
        if keep in ('email', 'all') and share['email']:
            ob['email'] = share['email']
        if keep in ('phone', 'all') and share['phone']:
            ob['phone'] = share['phone']
        if keep == 'addr' or keep == 'all' or not (share['email'] or share['phone']):
            ob['addr'] = share['addr']
    elif chance(0.5):
        ob['email'] = person_email(p['given'], p['family'])
        ob['phone'] = new_mobile()
    return mk('ownco', 'org', owner=p, **ob)


# ---------------------------------------------------------------- record rendering
def pname(p, given=None, family=None):
    return '%s %s' % (given or p['given'], family or p['family'])


def org_full(e, form=None):
    form = e['form'] if form is None else form
    s = e['legal'] + (' ' + form if form else '')
    return s


def canonical_names(e):
    """(displayName, givenName, familyName, companyName) for the existing/new clean record."""
    k = e['kind']
    if k == 'adult':
        p = e['person']
        return pname(p), p['given'], p['family'], None
    if k == 'child':
        p, par = e['person'], e['parent']
        d = pname(p) if chance(0.75) else '%s (%s)' % (pname(p), pname(par))
        return d, p['given'], p['family'], None
    if k == 'carer':
        p, ca = e['person'], e['carer']
        d = pname(p) if chance(0.7) else '%s c/- %s' % (pname(p), pname(ca))
        return d, p['given'], p['family'], None
    if k == 'ndis':
        p, pm = e['person'], e['pm']
        r = R.random()
        if r < 0.35:
            d = '%s (%s)' % (pname(p), pm['short'])
        elif r < 0.6:
            d = '%s c/- %s' % (pname(p), pm['name'])
        elif r < 0.75:
            d = '%s (NDIS %s)' % (pname(p), e['ndis'])
        else:
            d = pname(p)
        return d, p['given'], p['family'], pm['name'] if chance(0.5) else None
    if k == 'claim':
        ins, w = e['ins'], e['worker']
        if e['show_worker']:
            d = '%s Claim %s (%s)' % (ins['short'], e['claim'], pname(w))
        else:
            d = '%s - Claim %s' % (ins['name'], e['claim'])
        if chance(0.6):
            return d, w['given'], w['family'], ins['name']
        return d, None, None, ins['name']
    if k == 'facility':
        return '%s - %s' % (e['op']['brand'], e['site']), None, None, e['op']['legal']
    if k == 'gp':
        ch = e['ch']
        d = '%s - %s' % (ch['name'], e['site']) if ch['multi'] else ch['name']
        return d, None, None, ch['legal']
    # generic orgs
    full = org_full(e)
    comp = full + (' ATF ' + e['atf'] if e.get('atf') else '') + (' T/A ' + e['trading'] if e.get('trading') else '')
    if e.get('trading') and chance(0.6):
        d = e['trading']
    elif e.get('atf') and chance(0.3):
        d = full + ' ATF ' + e['atf']
    else:
        d = full
    if e.get('abn_in_name') and e.get('abn'):
        d = '%s (ABN %s)' % (d, e['abn'])
    given = family = None
    if e['kind'] == 'ownco' and chance(0.3):
        given, family = e['owner']['given'], e['owner']['family']
    return d, given, family, comp


def make_contact(e, names=None):
    d, g, f, co = names or canonical_names(e)
    c = {'displayName': d, 'givenName': g, 'familyName': f, 'companyName': co, 'email': e.get('email'),
         'phone': fmt_phone(e.get('phone')), 'address': None}
    st = {'region': 1 if chance(0.1) else 0, 'country': 0 if chance(0.9) else 3, 'unit': R.choice([0, 0, 1])}
    c['address'] = render_addr(e.get('addr'), st)
    rec = {'c': c, 'astruct': e.get('addr'), 'pdig': e.get('phone')}
    return rec


# ---------------------------------------------------------------- incoming name noise
def title_for(p):
    return R.choice(TITLES_M if p.get('sex') == 'M' else TITLES_F)


def given_variant(p, tags, hard=True):
    g = p['given']
    if not hard:
        return g
    r = R.random()
    if g in NICK and chance(0.35):
        tags.append('nickname')
        return R.choice(NICK[g])
    if r < 0.32:
        tags.append('initial')
        return g[0] + R.choice(['', '.'])
    if r < 0.40:
        tags.append('typo_name')
        return typo(g)
    if r < 0.48 and p.get('middle'):
        tags.append('middle_name')
        return '%s %s' % (g, p['middle'] if chance(0.5) else p['middle'][0])
    if r < 0.52 and p['eth'] == 'vietnamese' and g in VI_ACC:
        tags.append('accents')
        return VI_ACC[g]
    return g


def family_variant(p, tags, hard=True):
    f = p['family']
    if not hard:
        return f
    r = R.random()
    if r < 0.07:
        tags.append('typo_name')
        return typo(f)
    if p.get('maiden') and chance(0.35):
        tags.append('married_or_maiden_name')
        return p['maiden']
    if r < 0.22 and p['eth'] == 'vietnamese' and f in VI_ACC:
        tags.append('accents')
        return VI_ACC[f]
    if r < 0.26 and ("'" in f or ' ' in f or '-' in f):
        tags.append('punctuation')
        return f.replace("'", '').replace('-', ' ') if chance(0.5) else f.replace(' ', '')
    return f


def person_display(p, g, f, tags, form=None):
    r = R.random() if form is None else form
    if r < 0.55:
        return '%s %s' % (g, f)
    if r < 0.68:
        tags.append('last_first')
        return '%s, %s' % (f, g)
    if r < 0.78:
        tags.append('title')
        return '%s %s %s' % (title_for(p), g, f)
    if r < 0.86:
        tags.append('all_caps')
        return ('%s %s' % (g, f)).upper()
    if r < 0.92:
        tags.append('family_first')
        return '%s %s' % (f.upper() if chance(0.5) else f, g)
    tags.append('lower_case')
    return ('%s %s' % (g, f)).lower()


def name_fields(g, f, tags):
    r = R.random()
    if r < 0.08:
        tags.append('given_family_swapped')
        return f, g
    if r < 0.2:
        tags.append('name_fields_missing')
        return None, None
    if r < 0.25:
        tags.append('all_caps')
        return g.upper(), f.upper()
    return g, f


def org_name_variant(base, form, tags, hard=True):
    """base: name without legal form; form: canonical legal form."""
    fv = FORM_VARIANTS.get(form, [form]) if form else ['']
    f2 = R.choice(fv)
    if f2 != form:
        tags.append('legal_form')
    s = base + (' ' + f2 if f2 else '')
    if hard:
        r = R.random()
        if r < 0.25:
            for a, b in R.sample(ABBR, len(ABBR)):
                if a in s:
                    s = s.replace(a, b, 1)
                    tags.append('abbreviation')
                    break
        elif r < 0.37:
            s = typo(s)
            tags.append('typo_name')
        elif r < 0.43:
            s = s + R.choice([' - Accounts', ' - Accounts Payable', ' (Accounts)', ' Attn: Finance'])
            tags.append('dept_suffix')
    r = R.random()
    if r < 0.1:
        s = s.upper()
        tags.append('all_caps')
    elif r < 0.13:
        s = s.lower()
        tags.append('lower_case')
    return s


def noisy_names(e, tags, hard=True):
    k = e['kind']
    if k in ('adult', 'carer', 'child', 'ndis'):
        p = e['person']
        g = given_variant(p, tags, hard)
        f = family_variant(p, tags, hard)
        if k == 'child' and hard and chance(0.55):
            par = e['parent']
            pg, pf = par['given'], par['family']
            r = R.random()
            tags.append('parent_on_child_record')
            if r < 0.35:
                d = '%s %s (parent: %s %s)' % (g, f, pg, pf)
            elif r < 0.55:
                d = '%s %s re %s' % (pg, pf, g)
            elif r < 0.7:
                d = '%s %s (%s)' % (pg, pf, g)
            elif r < 0.85:
                d = '%s %s - child of %s' % (g, f, pg)
            else:
                d = '%s %s C/O %s %s' % (g, f, pg, pf)
            if chance(0.45):
                gf = (pg, pf)
                tags.append('guardian_in_name_fields')
            else:
                gf = (g, f)
            return d, gf[0], gf[1], None
        if k == 'carer' and hard and chance(0.4):
            ca = e['carer']
            tags.append('carer_on_record')
            d = R.choice(['%s %s c/- %s %s', '%s %s C/O %s %s', '%s %s (carer %s %s)']) % (g, f, ca['given'], ca['family'])
            if chance(0.3):
                tags.append('guardian_in_name_fields')
                return d, ca['given'], ca['family'], None
            return d, g, f, None
        if k == 'ndis' and hard and chance(0.65):
            pm = e['pm']
            pmn = R.choice([pm['name'], pm['short'], pm['legal'], pm['name'].upper()])
            r = R.random()
            tags.append('plan_manager_in_name')
            if r < 0.3:
                d = '%s %s c/- %s' % (g, f, pmn)
            elif r < 0.45:
                d = '%s %s C/O %s' % (g, f, pmn)
            elif r < 0.6:
                d = '%s - %s %s' % (pmn, g, f)
            elif r < 0.75:
                d = '%s %s (NDIS %s)' % (g, f, e['ndis'] if chance(0.8) else e['ndis'][:4] + ' ' + e['ndis'][4:])
            elif r < 0.87:
                d = '%s, %s (Plan Managed)' % (f, g)
            else:
                d = '%s obo %s %s' % (pmn, g, f)
            g2, f2 = name_fields(g, f, tags)
            return d, g2, f2, pmn if chance(0.5) else None
        d = person_display(p, g, f, tags)
        g2, f2 = name_fields(g, f, tags)
        return d, g2, f2, None
    if k == 'claim':
        ins, w = e['ins'], e['worker']
        num = e['claim']
        r = R.random()
        if hard and r < 0.05:
            num = num[:-2] + num[-1] + num[-2]
            tags.append('claim_no_typo')
        insn = R.choice([ins['name'], ins['short'], ins['name'].upper()]) if hard else ins['name']
        ws = pname(w) if chance(0.7) else '%s %s' % (w['given'][0], w['family'])
        r = R.random()
        if r < 0.25:
            d = '%s - Claim %s' % (insn, num)
        elif r < 0.4:
            d = '%s Claim No. %s' % (insn, num)
        elif r < 0.55:
            d = '%s CLM %s - %s' % (insn, num, ws)
            tags.append('worker_in_name')
        elif r < 0.7:
            d = 'Claim %s (%s)' % (num, ws)
            tags.append('worker_in_name')
        elif r < 0.85:
            d = '%s - %s - %s' % (ws, insn, num)
            tags.append('worker_in_name')
        else:
            d = '%s #%s' % (insn, num)
        if chance(0.5):
            return d, w['given'], w['family'], insn
        return d, None, None, insn if chance(0.7) else None
    if k == 'facility':
        op = e['op']
        b = R.choice([op['brand'], op['brand'] + ' Aged Care', op['brand'].upper()]) if hard else op['brand']
        d = R.choice(['%s - %s', '%s %s', '%s (%s)']) % (b, e['site'])
        if hard and chance(0.25):
            d = '%s - %s' % (e['site'], b)
        return d, None, None, org_name_variant(op['legal'].replace(' Pty Ltd', ''), 'Pty Ltd', tags, False) if chance(0.7) else None
    if k == 'gp':
        ch = e['ch']
        b = ch['name']
        if hard and chance(0.3):
            for a, bb in ABBR:
                if a in b:
                    b = b.replace(a, bb)
                    tags.append('abbreviation')
                    break
        if ch['multi']:
            d = R.choice(['%s - %s', '%s %s', '%s (%s)']) % (b, e['site'])
        else:
            d = b if chance(0.7) else '%s %s' % (b, e['site'])
        return d, None, None, org_name_variant(ch['legal'].replace(' Pty Ltd', ''), 'Pty Ltd', tags, False) if chance(0.6) else None
    # generic
    base = org_name_variant(e['legal'], e['form'], tags, hard)
    comp = base
    d = base
    if e.get('trading'):
        r = R.random()
        if r < 0.4:
            d = e['trading']
            tags.append('trading_name')
        elif r < 0.6:
            d = '%s T/A %s' % (base, e['trading'])
            tags.append('trading_as')
        elif r < 0.7:
            d = '%s trading as %s' % (base, e['trading'])
            tags.append('trading_as')
    if e.get('atf') and hard:
        r = R.random()
        if r < 0.3:
            d = '%s ATF %s' % (d, e['atf'])
            tags.append('atf_trust')
        elif r < 0.45:
            d = '%s as trustee for %s' % (d, e['atf'])
            tags.append('atf_trust')
        elif r < 0.55:
            d = 'The Trustee for %s' % e['atf'].replace('the ', '')
            tags.append('atf_trust')
    if hard and e.get('abn') and chance(0.1):
        d = '%s %s' % (d, R.choice(['(ABN %s)', 'ABN %s', '- ABN: %s']) % (e['abn'] if chance(0.5) else e['abn'].replace(' ', '')))
        tags.append('abn_in_name')
    g = f = None
    if e['kind'] == 'ownco' and hard and chance(0.25):
        g, f = e['owner']['given'], e['owner']['family']
        if chance(0.4):
            d = '%s %s' % (g, f) + R.choice([' - ' + base, ' (%s)' % base])
            tags.append('owner_in_name')
    return d, g, f, comp if chance(0.8) else None


def soft_name(c, tags):
    """Noise ignored by the name key: case, punctuation, title, order, legal form."""
    c = dict(c)
    r = R.random()
    if r < 0.2 and c['displayName']:
        c['displayName'] = c['displayName'].upper()
        tags.append('all_caps')
    elif r < 0.3 and c['displayName']:
        c['displayName'] = c['displayName'].lower()
        tags.append('lower_case')
    elif r < 0.45 and c.get('givenName') and c.get('familyName') and not c.get('companyName'):
        c['displayName'] = '%s, %s' % (c['familyName'], c['givenName'])
        tags.append('last_first')
    elif r < 0.55 and c.get('givenName') and c.get('familyName'):
        c['givenName'], c['familyName'] = c['familyName'], c['givenName']
        tags.append('given_family_swapped')
    elif r < 0.65 and c.get('companyName'):
        for form, vs in FORM_VARIANTS.items():
            if c['companyName'].endswith(' ' + form):
                c['companyName'] = c['companyName'][:-len(form)].rstrip() + (' ' + R.choice(vs[1:-1]))
                tags.append('legal_form')
                break
    return c


# ---------------------------------------------------------------- incoming variant
def new_email_for(e):
    p = e.get('person') or e.get('worker') or e.get('owner')
    if e['kind'] in ('child',):
        p = e['parent']
    if e['kind'] == 'carer':
        p = e['carer']
    if p is not None and e['kind'] not in ('claim',):
        return person_email(p['given'], p['family'])
    nm = e.get('legal') or (e.get('op') or {}).get('brand') or (e.get('ch') or {}).get('name') or \
        (e.get('ins') or {}).get('name') or 'org'
    return org_email(nm + str(R.randint(1, 9)))


def email_typo(em):
    local, dom = em.split('@', 1)
    return typo(local) + '@' + dom if len(local) > 3 else em


def moved_addr(e):
    region = e['region'] if chance(0.75) else rand_region()
    return street_addr(region, unit_p=0.25)


def variant(e, base, anchor, tags, earlier):
    """Incoming record for entity e derived from earlier record `base` keeping `anchor` evidence."""
    c0 = base['c']
    hard_names = anchor != 'nameaddr' and chance(0.8)
    d, g, f, co = noisy_names(e, tags if anchor != 'nameaddr' else [], hard=hard_names)
    c = {'displayName': d, 'givenName': g, 'familyName': f, 'companyName': co}
    if anchor == 'nameaddr':
        c = {k: c0[k] for k in ('displayName', 'givenName', 'familyName', 'companyName')}
        c = soft_name(c, tags)
    # email
    em = c0['email']
    if anchor == 'email':
        if em and chance(0.2):
            em = em.upper() if chance(0.4) else em[0].upper() + em[1:]
            tags.append('email_case')
    else:
        r = R.random()
        if r < 0.3:
            pass
        elif r < 0.52:
            em = None
            tags.append('email_missing')
        elif r < 0.8:
            em = new_email_for(e)
            tags.append('email_changed')
        elif r < 0.9 and em:
            em = email_typo(em)
            tags.append('email_typo')
        elif em:
            em = em.upper()
            tags.append('email_case')
    c['email'] = em
    # phone
    pd = base['pdig']
    ph = c0['phone']
    if anchor == 'phone':
        if chance(0.7):
            ph = fmt_phone(pd, 'random')
            tags.append('phone_format')
    else:
        r = R.random()
        if r < 0.3:
            if pd and chance(0.6):
                ph = fmt_phone(pd, 'random')
                tags.append('phone_format')
        elif r < 0.55:
            ph = None
            pd = None
            tags.append('phone_missing')
        elif r < 0.8:
            pd = new_mobile() if e['ptype'] == 'person' or chance(0.3) else new_land(e['region'])
            ph = fmt_phone(pd, R.choice([None, 'random']))
            tags.append('phone_changed')
        elif pd and pd.startswith('0') and not pd.startswith('04'):
            ph = pd[2:6] + ' ' + pd[6:]
            tags.append('phone_no_area_code')
        elif pd and pd[0] == '0':
            d2 = pd[:-2] + pd[-1] + pd[-2]
            if d2 != pd:
                pd = d2
                ph = fmt_phone(pd, R.choice([None, 'random']))
                tags.append('phone_typo')
    c['phone'] = ph
    # address
    s = base['astruct']
    st = rand_addr_style()
    if anchor == 'nameaddr':
        tags.append('address_format')
    else:
        r = R.random()
        if r < 0.38:
            tags.append('address_format')
        elif r < 0.6:
            s = moved_addr(e)
            tags.append('address_moved')
        elif r < 0.75:
            s = None
            tags.append('address_missing')
        elif r < 0.83 and e['ptype'] == 'person':
            s = box_addr(e['region'], 'PO Box')
            tags.append('po_box')
        elif r < 0.92:
            st[R.choice(['no_pc', 'no_city', 'city_typo'])] = True
            tags.append('address_partial')
        else:
            st['city_in_line2'] = True
            tags.append('address_format')
    if s is not None and e['kind'] in ('ndis', 'carer', 'child') and chance(0.12) and anchor != 'nameaddr':
        who = {'ndis': lambda: e['pm']['name'], 'carer': lambda: pname(e['carer']), 'child': lambda: pname(e['parent'])}[e['kind']]()
        st['care_of'] = R.choice(['c/- ', 'C/O ', 'C/- ', 'c/o ', 'Care of ']) + who
        tags.append('care_of_line')
    c['address'] = render_addr(s, st) if s else None
    contact = {k: c.get(k) for k in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone')}
    contact['address'] = c['address']
    rec = {'c': contact, 'astruct': s, 'pdig': pd}
    if not any(evidence(contact, r['c']) for r in earlier):
        restore(rec, base, anchor, tags)
    return rec


def restore(rec, base, anchor, tags):
    c, c0 = rec['c'], base['c']
    if anchor == 'email' and c0['email']:
        c['email'] = c0['email']
    elif anchor == 'phone' and c0['phone']:
        c['phone'], rec['pdig'] = c0['phone'], base['pdig']
    else:
        for k in ('displayName', 'givenName', 'familyName', 'companyName'):
            c[k] = c0[k]
        c['address'] = copy.deepcopy(c0['address'])
        rec['astruct'] = base['astruct']
    tags.append('anchor_restored')


def choose_anchor(base):
    c = base['c']
    opts = []
    if c['email']:
        opts.append(('email', 40))
    if c['phone'] and phone_key(c['phone']):
        opts.append(('phone', 30))
    if c['address'] and (pc_key(c['address']) or street_key(c['address'])):
        opts.append(('nameaddr', 30))
    return pick_w(opts)


def light_new(e, tags):
    """First record of a new customer: canonical content with light formatting variety."""
    rec = make_contact(e)
    c = rec['c']
    if chance(0.3) and c['phone']:
        c['phone'] = fmt_phone(rec['pdig'], 'random')
        tags.append('phone_format')
    if chance(0.3) and rec['astruct']:
        c['address'] = render_addr(rec['astruct'], rand_addr_style())
        tags.append('address_format')
    if chance(0.08):
        c['displayName'] = c['displayName'].upper()
        tags.append('all_caps')
    return rec


# ---------------------------------------------------------------- build existing
EXIST_COUNTS = [('adult', 450), ('child', 210), ('ndis', 245), ('carer', 70), ('claim', 120), ('facility', 60),
                ('employer', 80), ('school', 50), ('club', 40), ('gp', 60), ('supcoord', 35), ('fund', 14),
                ('pm', 6), ('ownco', 40), ('provider', 20)]
N_EXIST = sum(n for _, n in EXIST_COUNTS)
assert N_EXIST == 1500, N_EXIST


def dkey(s):
    return re.sub(r'\s+', ' ', s.strip()).casefold()


def build_one(kind, adults):
    if kind == 'adult':
        return ent_adult()
    if kind == 'child':
        if adults and chance(0.12):
            a = R.choice(adults)
            if a['email'] and a['phone'] and a['phone'].startswith('04'):
                return ent_child(parent=(a['person'], a['email'], a['phone']), hh=a['hh'])
        return ent_child()
    if kind == 'ndis':
        return ent_ndis()
    if kind == 'carer':
        return ent_carer()
    if kind == 'claim':
        return ent_claim()
    if kind == 'facility':
        return ent_facility(op=OP_LIST[R.randrange(len(OP_LIST))])
    if kind == 'gp':
        return ent_gp()
    if kind == 'ownco':
        return ent_ownco()
    if kind == 'pm':
        left = [pm for pm in PM_LIST if not pm.get('is_cust')]
        pm = left[0]
        pm['is_cust'] = True
        return ent_generic('pm', name=pm)
    return ent_generic(kind)


existing = []
exist_disp = set()
adults = []
kinds = []
for k, n in EXIST_COUNTS:
    kinds += [k] * n
for k in kinds:
    for _ in range(200):
        e = build_one(k, adults)
        rec = make_contact(e)
        if dkey(rec['c']['displayName']) not in exist_disp:
            break
    else:
        raise RuntimeError('display collision ' + k)
    exist_disp.add(dkey(rec['c']['displayName']))
    e['recs'] = [rec]
    existing.append(e)
    if k == 'adult':
        adults.append(e)
R.shuffle(existing)
for i, e in enumerate(existing):
    e['id'] = 'E%05d' % (10001 + i)
    ENTS[e['id']] = e


# ---------------------------------------------------------------- hard negatives
def by_kind(*ks):
    return [e for e in existing if e['kind'] in ks]


def hn_namesake_person(t):
    p = copy.deepcopy(t['person'])
    p['middle'] = None if chance(0.5) else p['middle']
    other = [r for r, _ in REGION_W if r != t['region']] if chance(0.5) else [t['region']]
    region = R.choice(other)
    hh = household(region, rand_suburb(region, exclude=(t['addr']['city'],)))
    while hh['addr']['pc'] == t['addr'].get('pc'):
        hh = household(region)
    return ent_adult(p=p, hh=hh)


def hn_parent_child(t):
    if t['kind'] == 'child':  # new: the parent as a patient in their own right
        par = t['parent']
        e = mk('adult', 'person', person=copy.deepcopy(par), hh=t['hh'], region=t['region'], addr=t['hh']['addr'],
               email=t['email'] if chance(0.7) else person_email(par['given'], par['family']),
               phone=t['phone'] if chance(0.7) else new_mobile())
        return e
    # t adult: new child of t
    return ent_child(parent=(t['person'], t['email'] or person_email(t['person']['given'], t['person']['family']),
                             t['phone'] if t['phone'] and t['phone'].startswith('04') else new_mobile()),
                     hh=t['hh'])


def hn_sibling(t, twin=False):
    par = t['parent']
    g = None
    if twin:
        for a, b in TWIN_PAIRS:
            if t['person']['given'] == a:
                g = b
            elif t['person']['given'] == b:
                g = a
        if g is None:
            g = R.choice(TWIN_PAIRS)[1]
    e = ent_child(parent=(par, t['email'], t['phone']), hh=t['hh'], given=g)
    e['person']['family'] = t['person']['family']
    if e['person']['given'] == t['person']['given']:
        e['person']['given'] = R.choice([x for x in KIDS[0] + KIDS[1] if x != t['person']['given']])
    return e


def hn_father_son(t):
    p = copy.deepcopy(t['person'])
    p['middle'] = R.choice(ETH[p['eth']][0]) if chance(0.5) else None
    return mk('adult', 'person', person=p, hh=t['hh'], region=t['region'], addr=t['addr'],
              email=person_email(p['given'], p['family']) if chance(0.8) else None,
              phone=new_mobile() if chance(0.7) or not t['hh']['land'] else t['hh']['land'], junior=True)


def hn_spouse(t):
    p = rand_person(eth=t['person']['eth'], sex='F' if t['person']['sex'] == 'M' else 'M',
                    family=t['person']['family'] if chance(0.75) else None)
    shared_email = chance(0.4) and t['email']
    return mk('adult', 'person', person=p, hh=t['hh'], region=t['region'], addr=t['addr'],
              email=t['email'] if shared_email else person_email(p['given'], p['family']),
              phone=(t['hh']['land'] or new_mobile()) if chance(0.4) else new_mobile())


def hn_ndis(t):
    e = ent_ndis(pm=t['pm'])
    e['email'] = t['email']
    if t['addr'] is t['pm']['addr'] and chance(0.6):
        e['addr'] = t['addr']
    if chance(0.15):  # same surname (family members both participants) - different person
        e['person']['family'] = t['person']['family']
    return e


def hn_facility(t):
    e = ent_facility(op=t['op'])
    if t['email'] == t['op']['email']:
        e['email'] = t['email']
    return e


def hn_claim(t, same_worker=False):
    e = ent_claim(ins=t['ins'], worker=copy.deepcopy(t['worker']) if same_worker else None)
    if chance(0.6):
        e['email'], e['phone'] = t['email'], t['phone']
    e['show_worker'] = t['show_worker'] if chance(0.6) else e['show_worker']
    return e


def hn_person_vs_company(t):
    if t['kind'] == 'adult':
        return ent_ownco(owner=t['person'], share=t)
    # t ownco -> owner as a patient
    p = t['owner']
    e = mk('adult', 'person', person=copy.deepcopy(p), hh={'addr': t['addr'], 'land': None, 'region': t['region']},
           region=t['region'], addr=t['addr'] if chance(0.5) else street_addr(t['region']),
           email=t['email'] if chance(0.5) else person_email(p['given'], p['family']),
           phone=t['phone'] if chance(0.5) else new_mobile())
    return e


def hn_clinic_site(t):
    return ent_gp(ch=t['ch'])


def hn_namesake_company(t):
    regions = [r for r, _ in REGION_W if r != t['region']]
    region = R.choice(regions)
    e = ent_generic(t['kind'], name=t['legal'], region=region)
    return e


HN_PLAN = [('namesake_person', 42, lambda: by_kind('adult'), hn_namesake_person),
           ('parent_child', 35, lambda: by_kind('child') + by_kind('adult')[:150], hn_parent_child),
           ('sibling', 25, lambda: by_kind('child'), hn_sibling),
           ('twin', 10, lambda: by_kind('child'), lambda t: hn_sibling(t, True)),
           ('father_son_same_name', 15, lambda: [e for e in by_kind('adult') if e['person']['sex'] == 'M'], hn_father_son),
           ('spouse_same_address', 15, lambda: by_kind('adult'), hn_spouse),
           ('plan_manager_participant', 40, lambda: by_kind('ndis'), hn_ndis),
           ('facility_same_operator', 25, lambda: by_kind('facility'), hn_facility),
           ('claim_same_insurer', 30, lambda: by_kind('claim'), hn_claim),
           ('claim_same_worker', 8, lambda: by_kind('claim'), lambda t: hn_claim(t, True)),
           ('person_vs_company', 20, lambda: by_kind('adult')[:200] + by_kind('ownco'), hn_person_vs_company),
           ('clinic_other_site', 20, lambda: [e for e in by_kind('gp') if e['ch']['multi']], hn_clinic_site),
           ('namesake_company', 15, lambda: [e for e in by_kind('school', 'employer', 'provider', 'supcoord')
                                                 if e['kind'] != 'school' or e['legal'].startswith(('St', 'Our', 'Holy', 'Sacred'))],
            hn_namesake_company)]
assert sum(n for _, n, _, _ in HN_PLAN) == 300

new_ents = []
for kind, n, pool_fn, fn in HN_PLAN:
    pool = pool_fn()
    targets = R.sample(pool, n)
    for t in targets:
        e = fn(t)
        e['hn'] = kind
        e['imitates'] = t['id']
        new_ents.append(e)

PLAIN_KINDS = [(k, n) for k, n in EXIST_COUNTS if k != 'pm']
for _ in range(300):
    k = pick_w(PLAIN_KINDS)
    e = build_one(k, adults)
    e['hn'] = None
    if k in ('ndis', 'claim', 'facility', 'gp'):
        e['shared_agent'] = True
    new_ents.append(e)
for i, e in enumerate(new_ents):
    e['id'] = 'E%05d' % (20001 + i)
    ENTS[e['id']] = e

# ---------------------------------------------------------------- incoming arrival plan
match_ents = R.sample(existing, 625)
twice = set(id(e) for e in R.sample(match_ents, 50))
events = []
for e in match_ents:
    events.append(e)
    if id(e) in twice:
        events.append(e)
rep_ents = R.sample(new_ents, 205)
rep_twice = set(id(e) for e in R.sample(rep_ents, 20))
for e in new_ents:
    events.append(e)
for e in rep_ents:
    events.append(e)
    if id(e) in rep_twice:
        events.append(e)
assert len(events) == 1500, len(events)
R.shuffle(events)

incoming = []  # (entity, rec, category, tags)
seen_new = set()
for e in events:
    tags = []
    if e['id'] < 'E20001':
        cat = 'existing_match'
    elif e['id'] not in seen_new:
        cat = 'new'
        seen_new.add(e['id'])
    else:
        cat = 'repeat_of_new'
    if cat == 'new':
        rec = light_new(e, tags)
        if e.get('hn'):
            tags = ['hard_negative:' + e['hn'], 'imitates:' + e['imitates']] + tags
        elif e.get('shared_agent'):
            tags.append('shares_agent_contact')
    else:
        earlier = e['recs']
        base = R.choice(earlier) if cat == 'repeat_of_new' else earlier[0]
        anchor = choose_anchor(base)
        ntags = []
        rec = variant(e, base, anchor, ntags, earlier)
        tags = ['anchor:' + anchor] + ntags
    e.setdefault('recs', []).append(rec)
    incoming.append([e, rec, cat, tags])

# ---------------------------------------------------------------- display-name dedup (incoming)
used = set()
for item in incoming:
    e, rec, cat, tags = item
    c = rec['c']
    dn = c['displayName']
    if dkey(dn) in used:
        city = (c['address'] or {}).get('city')
        cand = '%s (%s)' % (dn, city) if city else None
        if cand is None or dkey(cand) in used:
            i = 2
            while dkey('%s (%d)' % (dn, i)) in used:
                i += 1
            cand = '%s (%d)' % (dn, i)
        c['displayName'] = cand
        tags.append('display_dedup')
    used.add(dkey(c['displayName']))

# final link verification (after dedup)
for e in list(ENTS.values()):
    pass
hist = {}
for e in existing:
    hist[e['id']] = [e['recs'][0]['c']]
for item in incoming:
    e, rec, cat, tags = item
    c = rec['c']
    if cat in ('existing_match', 'repeat_of_new'):
        prev = hist[e['id']]
        if not any(evidence(c, p) for p in prev):
            src = prev[0]
            if src.get('email'):
                c['email'] = src['email']
            elif src.get('phone'):
                c['phone'] = src['phone']
            tags.append('anchor_restored')
            assert any(evidence(c, p) for p in prev), (e['id'], c, prev)
    hist.setdefault(e['id'], []).append(c)

# ---------------------------------------------------------------- write
KIND_LABEL = {'adult': 'person_patient', 'child': 'child_patient', 'ndis': 'ndis_participant',
              'carer': 'person_with_carer', 'claim': 'workers_comp_claim', 'facility': 'aged_care_facility',
              'employer': 'employer', 'school': 'school', 'club': 'sports_club', 'gp': 'gp_clinic_site',
              'supcoord': 'support_coordinator', 'fund': 'health_fund', 'pm': 'plan_manager',
              'ownco': 'person_company', 'provider': 'disability_provider'}
with open(os.path.join(HERE, 'set.jsonl'), 'w', encoding='utf-8') as fs, \
        open(os.path.join(HERE, 'meta.jsonl'), 'w', encoding='utf-8') as fm:
    line = 0
    for e in existing:
        line += 1
        fs.write(json.dumps({'set': 'existing', 'entity': e['id'], 'contact': e['recs'][0]['c']},
                            ensure_ascii=False) + '\n')
        fm.write(json.dumps({'line': line, 'entity': e['id'], 'category': 'existing',
                             'kind': KIND_LABEL[e['kind']], 'changes': []}) + '\n')
    for e, rec, cat, tags in incoming:
        line += 1
        fs.write(json.dumps({'set': 'incoming', 'entity': e['id'], 'contact': rec['c']}, ensure_ascii=False) + '\n')
        fm.write(json.dumps({'line': line, 'entity': e['id'], 'category': cat, 'kind': KIND_LABEL[e['kind']],
                             'changes': tags}) + '\n')
print('wrote %d lines to set.jsonl and meta.jsonl' % line)
