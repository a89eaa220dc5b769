#!/usr/bin/env python3
"""Generator for the us-music labelled record-linkage set (stdlib only, fixed seed).

Writes set.jsonl and meta.jsonl next to itself.  Imports check.py (same folder)
only to re-draw noise that would break the link-evidence / decidability rules.
"""
import copy
import json
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check as CK  # noqa: E402

SEED = 20240917
rng = random.Random(SEED)

N_EXISTING = 1500
N_MATCH = 675
N_MATCH_TWICE = 70
N_HARDNEG = 300
N_NEWPLAIN = 300
N_REPEAT = 225

# =================================================================== geography
METROS = {
    'chicago': dict(region='IL', country='US', w=22, codes=['312', '773', '872', '847', '224', '630', '331', '708'],
                    cities=[('Chicago', ['60614', '60657', '60622', '60625', '60640', '60618', '60613', '60647', '60610', '60615'], 5),
                            ('Evanston', ['60201', '60202'], 2), ('Oak Park', ['60302', '60304'], 2), ('Skokie', ['60076', '60077'], 1),
                            ('Naperville', ['60540', '60563', '60565'], 2), ('Wilmette', ['60091'], 1),
                            ('Arlington Heights', ['60004', '60005'], 1), ('Schaumburg', ['60193', '60194'], 1)],
                    streets=['Sheridan', 'Clark', 'Halsted', 'Ashland', 'Damen', 'Western', 'Belmont', 'Fullerton', 'Wolcott',
                             'Hoyne', 'Leavitt', 'Addison', 'Montrose', 'Lawrence', 'Foster', 'Greenview', 'Wayne', 'Dearborn',
                             'Ridge', 'Hinman', 'Judson', 'Forest', 'Kenilworth', 'Euclid', 'Wesley', 'Central Park'],
                    pre=0.55),
    'boston': dict(region='MA', country='US', w=16, codes=['617', '857', '781', '339', '508', '774', '978', '351'],
                   cities=[('Boston', ['02116', '02118', '02130', '02131', '02127'], 3), ('Cambridge', ['02138', '02139', '02140'], 2),
                           ('Somerville', ['02143', '02144', '02145'], 2), ('Brookline', ['02445', '02446'], 2),
                           ('Newton', ['02458', '02459', '02460', '02461'], 2), ('Lexington', ['02420', '02421'], 1),
                           ('Quincy', ['02169', '02170'], 1), ('Arlington', ['02474', '02476'], 1), ('Needham', ['02492', '02494'], 1)],
                   streets=['Beacon', 'Commonwealth', 'Harvard', 'Brattle', 'Centre', 'Tremont', 'Boylston', 'Hancock',
                            'Pearl', 'Dorchester', 'Medford', 'Holland', 'Concord', 'Waltham', 'Chestnut Hill', 'Walnut'],
                   pre=0.0),
    'nj': dict(region='NJ', country='US', w=16, codes=['201', '551', '973', '862', '908', '732', '848', '609', '640', '856'],
               cities=[('Montclair', ['07042', '07043'], 2), ('Hoboken', ['07030'], 1), ('Jersey City', ['07302', '07304', '07306', '07307'], 2),
                       ('Princeton', ['08540', '08542'], 2), ('Edison', ['08817', '08820', '08837'], 2), ('Morristown', ['07960'], 1),
                       ('Ridgewood', ['07450'], 1), ('Cherry Hill', ['08002', '08003', '08034'], 1), ('Maplewood', ['07040'], 1),
                       ('Westfield', ['07090'], 1)],
               streets=['Bloomfield', 'Valley', 'Claremont', 'Bellevue', 'Palisade', 'Nassau', 'Witherspoon', 'Ridgewood',
                        'Springfield', 'Mountain', 'Orange', 'Watchung', 'Harrison', 'Hudson', 'Bergen', 'Kings'],
               pre=0.0),
    'mn': dict(region='MN', country='US', w=12, codes=['612', '651', '763', '952', '507', '218'],
               cities=[('Minneapolis', ['55403', '55405', '55406', '55408', '55409', '55410', '55419'], 4),
                       ('Saint Paul', ['55104', '55105', '55116', '55102'], 3), ('Edina', ['55424', '55435', '55436'], 1),
                       ('Bloomington', ['55420', '55425', '55431', '55437'], 1), ('Eden Prairie', ['55344', '55346', '55347'], 1),
                       ('Roseville', ['55113'], 1), ('Maple Grove', ['55311', '55369'], 1), ('Woodbury', ['55125', '55129'], 1)],
               streets=['Hennepin', 'Lyndale', 'Nicollet', 'Grand', 'Summit', 'Minnehaha', 'France', 'Xerxes', 'Penn',
                        'Bryant', 'Portland', 'Selby', 'Cleveland', 'Snelling', 'Como', 'Dupont', 'Humboldt', 'Zenith'],
               pre=0.15),
    'wa': dict(region='WA', country='US', w=12, codes=['206', '425', '253', '360', '564'],
               cities=[('Seattle', ['98103', '98105', '98107', '98115', '98117', '98122', '98144', '98199'], 4),
                       ('Bellevue', ['98004', '98005', '98006', '98007', '98008'], 2), ('Redmond', ['98052', '98053'], 1),
                       ('Kirkland', ['98033', '98034'], 1), ('Tacoma', ['98403', '98405', '98406', '98407'], 1),
                       ('Bothell', ['98011', '98012', '98021'], 1), ('Shoreline', ['98133', '98155', '98177'], 1),
                       ('Issaquah', ['98027', '98029'], 1)],
               streets=['Aurora', 'Greenwood', 'Phinney', 'Fremont', 'Roosevelt', 'Queen Anne', 'Rainier', 'Beacon',
                        'Lake Washington', 'Market', 'Stone', 'Wallingford', 'Sunnyside', 'Northgate', 'Ravenna', 'Alki'],
               pre=0.0, post=0.35),
    'toronto': dict(region='ON', country='CA', w=14, codes=['416', '647', '437', '905', '289', '365'],
                    cities=[('Toronto', ['M4C', 'M4E', 'M4J', 'M4K', 'M4L', 'M4M', 'M4S', 'M4V', 'M5R', 'M5V', 'M6G', 'M6H', 'M6J', 'M6P', 'M6R'], 5),
                            ('Mississauga', ['L5B', 'L5L', 'L5M', 'L5N'], 2), ('Markham', ['L3R', 'L3P', 'L6C', 'L6E'], 2),
                            ('Oakville', ['L6H', 'L6J', 'L6K', 'L6M'], 1), ('Richmond Hill', ['L4B', 'L4C', 'L4S'], 1),
                            ('Vaughan', ['L4H', 'L4J', 'L4L', 'L6A'], 1)],
                    streets=['Bloor', 'Queen', 'King', 'Dundas', 'College', 'Danforth', 'Yonge', 'Bathurst', 'Spadina',
                             'Ossington', 'Roncesvalles', 'Pape', 'Broadview', 'Logan', 'Carlaw', 'Eglinton', 'Davenport',
                             'Lakeshore', 'Glen Erin', 'Bayview', 'Leslie', 'Kennedy'],
                    pre=0.0, post=0.3),
    'vancouver': dict(region='BC', country='CA', w=8, codes=['604', '778', '236'],
                      cities=[('Vancouver', ['V5K', 'V5L', 'V5N', 'V5R', 'V5Z', 'V6H', 'V6J', 'V6K', 'V6R'], 4),
                              ('Burnaby', ['V5A', 'V5B', 'V5C', 'V5G', 'V5H'], 2), ('Richmond', ['V6X', 'V6Y', 'V7A', 'V7C'], 2),
                              ('Surrey', ['V3S', 'V3W', 'V4N'], 1), ('Coquitlam', ['V3B', 'V3E', 'V3K'], 1),
                              ('North Vancouver', ['V7G', 'V7J', 'V7L'], 1)],
                      streets=['Broadway', 'Fraser', 'Commercial', 'Granville', 'Cambie', 'Kingsway', 'Hastings', 'Victoria',
                               'Knight', 'Arbutus', 'Dunbar', 'Marine', 'Lonsdale', 'No. 3', 'Willingdon', 'Austin'],
                      pre=0.0, post=0.15),
}
REGION_FULL = {'IL': ['Illinois', 'Ill.'], 'MA': ['Massachusetts', 'Mass.'], 'NJ': ['New Jersey', 'N.J.'],
               'MN': ['Minnesota', 'Minn.'], 'WA': ['Washington', 'Wash.'], 'ON': ['Ontario', 'Ont.'],
               'BC': ['British Columbia', 'B.C.']}
GENERIC_STREETS = ['Maple', 'Oak', 'Elm', 'Cedar', 'Pine', 'Birch', 'Willow', 'Walnut', 'Chestnut', 'Hickory', 'Linden',
                   'Spruce', 'Magnolia', 'Laurel', 'Juniper', 'Sycamore', 'Poplar', 'Washington', 'Lincoln', 'Jefferson',
                   'Madison', 'Adams', 'Franklin', 'Jackson', 'Monroe', 'Hamilton', 'Park', 'Lake', 'Hill', 'Highland',
                   'Prospect', 'Summit', 'Spring', 'Meadow', 'Orchard', 'Sunset', 'Riverside', 'Lakeview', 'Fairview',
                   'Hillside', 'Pleasant', 'Church', 'Main', 'Union', 'Central', 'Mill', 'School', 'College', 'Chapel',
                   'Harbor', 'Garden', 'Valley', 'Greenwood', 'Westwood', 'Brookside', 'Kingsley', 'Stratford', 'Beverly',
                   'Whitney', 'Winthrop', 'Carlisle', 'Hawthorne', 'Devonshire', 'Somerset', 'Oxford', 'Cambridge',
                   'Fairfield', 'Glenwood', 'Ridgeview', 'Woodland', 'Cherry', 'Dogwood', 'Evergreen', 'Bayview']
SFX_W = [('Street', 30), ('Avenue', 30), ('Road', 10), ('Drive', 9), ('Lane', 5), ('Court', 4), ('Place', 4),
         ('Boulevard', 3), ('Terrace', 2), ('Parkway', 1), ('Circle', 2), ('Way', 2)]
SFX_CA_EXTRA = [('Crescent', 4), ('Trail', 1)]
SFX_ABBR = {'Street': ['St', 'St.'], 'Avenue': ['Ave', 'Ave.', 'Av'], 'Road': ['Rd', 'Rd.'], 'Drive': ['Dr', 'Dr.'],
            'Lane': ['Ln', 'Ln.'], 'Court': ['Ct', 'Ct.'], 'Place': ['Pl', 'Pl.'], 'Boulevard': ['Blvd', 'Blvd.'],
            'Terrace': ['Ter', 'Terr.'], 'Parkway': ['Pkwy', 'Pkwy.'], 'Circle': ['Cir', 'Cir.'], 'Way': ['Way'],
            'Crescent': ['Cres', 'Cres.'], 'Trail': ['Trl']}
DIR_FULL = {'N': 'North', 'S': 'South', 'E': 'East', 'W': 'West', 'NE': 'Northeast', 'NW': 'Northwest',
            'SE': 'Southeast', 'SW': 'Southwest'}

# ================================================================== name pools
def S(x):
    return x.split(',') if ',' in x else x.split()


CULT = {
    'anglo': dict(m=S('James John Robert Michael William David Richard Joseph Thomas Christopher Daniel Matthew Anthony Mark '
                      'Steven Andrew Joshua Kevin Brian Timothy Jonathan Benjamin Nicholas Edward Patrick Gregory Jeffrey '
                      'Scott Eric Stephen Peter Douglas Theodore Alexander Samuel Charles Henry Ryan Jason Adam Nathan'),
                  f=S('Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Margaret Katherine '
                      'Lisa Emily Michelle Amanda Melissa Rebecca Laura Stephanie Rachel Heather Nicole Christine Deborah '
                      'Victoria Jacqueline Kimberly Samantha Allison Megan Caroline Abigail Hannah Lauren Erin Kristen Amy Julie'),
                  s=S("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson "
                      "Thompson White Harris Clark Lewis Robinson Walker Hall Allen Young King Wright Scott Green Baker Adams "
                      "Nelson Hill Campbell Mitchell Carter Roberts Phillips Evans Turner Parker Collins Edwards Stewart "
                      "Morris Murphy Cook Rogers Morgan Peterson Cooper Reed Bailey Bell Kelly Howard Ward Cox Richardson "
                      "Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster Sullivan O'Brien O'Connor "
                      "McCarthy Fitzgerald Gallagher MacDonald Olson Larson Swanson Lindqvist Johansson Schmidt Mueller "
                      "Becker Hoffmann Novak Russo Esposito Kaplan Goldberg Friedman Shapiro Weiss"), w=33),
    'hispanic': dict(m=S('José Juan Luis Carlos Jorge Miguel Francisco Alejandro Ricardo Fernando Javier Eduardo Roberto '
                         'Manuel Antonio Sergio Raúl Andrés Diego Jesús Guillermo'),
                     f=S('María Guadalupe Ana Sofía Lucía Carmen Gabriela Alejandra Verónica Patricia Mariana Daniela '
                         'Valeria Isabel Adriana Rocío Elena Claudia Beatriz Teresa Dolores'),
                     s=S('García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera '
                         'Gómez Díaz Morales Reyes Cruz Ortiz Gutiérrez Chávez Ramos Vargas Castillo Jiménez Moreno Romero '
                         'Herrera Medina Aguilar Vega Castro Mendoza Ruiz Álvarez Navarro Delgado Fuentes Salazar'), w=10),
    'chinese': dict(m=S('Wei Jun Hao Lei Jian Ming Tao Bo Qiang Zhiwei Xiaoming Haoran Yifan Kevin Michael David Eric Jason '
                        'Andy Jeffrey Raymond Kenneth'),
                    f=S('Jing Xiaoyan Mei Ying Hui Fang Yan Lin Xin Qian Yuxin Meiling Shuang Grace Amy Joyce Vivian Cindy '
                        'Helen Annie Winnie Iris'),
                    s=S('Chen Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo Zheng Liang '
                        'Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Su '
                        'Wong Chan Leung Lau Cheung Ng Ho Chow Lam Tsang Yip'), w=12),
    'korean': dict(m=S('Min-jun Ji-hoon Hyun-woo Jae-won Sung-min Dong-hyun Joon-ho Young-soo Sang-woo Tae-yang Daniel Paul '
                       'John Peter Samuel Joseph'),
                   f=S('Seo-yeon Ji-woo Soo-jin Eun-ji Hye-jin Min-seo Ji-young Yoon-hee Hae-won Su-bin Grace Esther Sarah '
                       'Rachel Christine Jenny'),
                   s=S('Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong Yoo '
                       'Ko Moon Son Bae Baek'), w=8),
    'vietnamese': dict(m=S('Minh Tuan Duc Quang Hung Thanh Hieu Khoa Long Phuc Bao Huy Nam Vinh Dung Peter Tony Kevin Danny'),
                       f=S('Linh Huong Lan Mai Anh Thao Trang Ngoc Hanh Phuong Thuy Vy Nhi Hoa Hien Tina Jenny Christina'),
                       s=S('Nguyen Tran Le Pham Hoang Vu Vo Dang Bui Do Ngo Duong Ly Huynh Phan Truong Dinh Lam Mai Ha'), w=5),
    'indian': dict(m=S('Rahul Vikram Arjun Sanjay Rohan Aditya Srinivas Anil Rajesh Suresh Amit Nikhil Karthik Ravi Venkat '
                       'Pranav Deepak Manish Vivek Harish Ashok'),
                   f=S('Priya Anjali Deepa Kavya Neha Lakshmi Pooja Shreya Divya Sunita Meera Anita Swati Aishwarya Radhika '
                       'Nisha Sneha Kavitha Padma Ritu'),
                   s=S('Patel Shah Sharma Gupta Singh Reddy Iyer Rao Kumar Desai Mehta Joshi Nair Agarwal Krishnan Menon '
                       'Pillai Chopra Kapoor Malhotra Bhatt Verma Srinivasan Venkatesan Subramanian Chaudhary Banerjee '
                       'Mukherjee Das Ghosh Trivedi Kulkarni'), w=10),
    'polish': dict(m=S('Tomasz Piotr Krzysztof Paweł Marek Andrzej Jan Michał Grzegorz Łukasz Wojciech Marcin Jakub Adam Stanisław'),
                   f=S('Katarzyna Małgorzata Agnieszka Joanna Magdalena Anna Barbara Ewa Monika Dorota Aleksandra Beata '
                       'Justyna Zofia Marta'),
                   s=[tuple(x.split('/')) for x in S('Kowalski/Kowalska Nowak/Nowak Wiśniewski/Wiśniewska Wójcik/Wójcik '
                       'Kamiński/Kamińska Lewandowski/Lewandowska Zieliński/Zielińska Szymański/Szymańska Woźniak/Woźniak '
                       'Dąbrowski/Dąbrowska Kozłowski/Kozłowska Jankowski/Jankowska Mazur/Mazur Krawczyk/Krawczyk '
                       'Piotrowski/Piotrowska Grabowski/Grabowska Pawlak/Pawlak Michalski/Michalska Nowicki/Nowicka Sikora/Sikora')], w=5),
    'russian': dict(m=S('Alexander Dmitri Mikhail Sergei Ivan Vladimir Yuri Andrei Nikolai Pavel Alexei Boris Igor Oleg Maxim'),
                    f=S('Ekaterina Natalia Elena Olga Anastasia Tatiana Irina Svetlana Maria Yulia Anna Daria Ksenia Marina '
                        'Galina Lyudmila'),
                    s=[tuple(x.split('/')) for x in S('Ivanov/Ivanova Petrov/Petrova Smirnov/Smirnova Volkov/Volkova '
                        'Sokolov/Sokolova Kuznetsov/Kuznetsova Popov/Popova Morozov/Morozova Novikov/Novikova Fedorov/Fedorova '
                        'Orlov/Orlova Lebedev/Lebedeva Kozlov/Kozlova Pavlov/Pavlova Vasiliev/Vasilieva Zaitsev/Zaitseva '
                        'Belov/Belova Romanov/Romanova Egorov/Egorova Medvedev/Medvedeva')], w=5),
    'nigerian': dict(m=S('Chinedu Emeka Obinna Oluwaseun Babatunde Olumide Chukwuemeka Ikenna Adebayo Femi Kunle Uche '
                         'Tochukwu Oluwatobi Segun'),
                     f=S('Ngozi Adaeze Funmilayo Chiamaka Ifeoma Oluwakemi Yetunde Nneka Folasade Bukola Chioma Temitope '
                         'Ebere Omolara'),
                     s=S('Okafor Adeyemi Okonkwo Eze Nwosu Ogunleye Balogun Adebayo Chukwu Obi Olawale Afolabi Okeke '
                         'Nwachukwu Oyelaran Adewale Ogundipe Onyekachi Ibe Akinola Uzoma Okoro Bello Ojo'), w=4),
    'arabic': dict(m=S('Mohammed Ahmed Omar Karim Samir Tariq Khaled Youssef Hassan Ali Rami Fadi Nabil Ziad Bilal'),
                   f=S('Layla Fatima Yasmin Nour Rania Hana Mariam Leila Amira Salma Dalia Rana Zeinab Huda Lina'),
                   s=S('Haddad Khalil Mansour Nasser Saleh Hassan Ibrahim Farah Aziz Khoury Al-Sayed El-Amin Abdullah '
                       'Hamdan Saad Daher Najjar Said Karam Sabbagh Awad Younes Jaber Hijazi'), w=4),
    'filipino': dict(m=S('Jose Miguel,Mark Anthony,Ricardo,Jericho,Rodel,Arnel,Ramon,Rommel,Christian,Paolo,Carlo,Emmanuel,'
                         'Reynaldo,Dennis,John Paul'),
                     f=S('Maria Cristina,Angelica,Rowena,Jocelyn,Marites,Princess,Maricel,Lorna,Rosario,Kristine,Joy,'
                         'Cherry,Analyn,Liezl,Marivic,Ma. Theresa'),
                     s=S('Santos,Reyes,Cruz,Bautista,Garcia,Mendoza,Dela Cruz,Villanueva,Ramos,Aquino,Castillo,Manalo,'
                         'Soriano,Navarro,Pascual,Dizon,Tolentino,Mercado,Gonzales,Fernandez,Magbanua,Domingo,Delos Santos,Macaraeg'), w=4),
    'quebecois': dict(m=S('Jean-François Mathieu Étienne Sébastien Louis-Philippe François Marc-André Jean-Sébastien Olivier '
                          'Alexandre Philippe Maxime Simon Guillaume Pierre-Luc'),
                      f=S('Marie-Ève Geneviève Isabelle Émilie Nathalie Catherine Julie Véronique Mélanie Annie Marie-Claude '
                          'Josée Sophie Chantal Valérie'),
                      s=S('Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier Bélanger '
                          'Lévesque Bergeron Leblanc Paquette Girard Simard Boucher Caron Beaulieu Cloutier Dubé Poirier '
                          'Fournier Lapointe Leclerc Lefebvre Thibault'), w=3),
}
KIDS_COMMON_F = S('Emma Olivia Ava Sophia Isabella Mia Charlotte Amelia Harper Evelyn Ella Chloe Grace Lily Zoe Nora Aria '
                  'Scarlett Maya Leah Audrey Claire Lucy Stella Hazel Violet Ruby Alice Madeline Naomi Eleanor Josephine')
KIDS_COMMON_M = S('Ethan Liam Noah Lucas Mason Logan Aiden Elijah Oliver Jacob Owen Caleb Nathan Dylan Isaac Gabriel Julian '
                  'Leo Max Evan Miles Wyatt Hudson Felix Jasper Theo Declan Rowan Simon Silas Tobias Milo')
KIDS_CULT = {
    'hispanic': (S('Sofía Camila Valentina Ximena Renata Lucía Regina'), S('Mateo Santiago Sebastián Diego Emiliano Joaquín Tomás')),
    'chinese': (S('Yiyi Xinyi Ruoxi Zihan Chloe Angela'), S('Zihao Yuchen Haoyu Ethan Brandon Justin')),
    'korean': (S('Seo-ah Ha-eun Ji-an Yuna Chloe Hannah'), S('Ji-ho Do-yoon Seo-jun Minjae Joshua Jayden')),
    'vietnamese': (S('Khanh An Tien Bich Kim Vivian'), S('Khang Bao Thien Quan Kevin Andrew')),
    'indian': (S('Anika Diya Saanvi Aanya Ishita Riya Tara'), S('Aarav Vihaan Ishaan Arnav Reyansh Dhruv Kabir')),
    'polish': (S('Zuzanna Julia Maja Hanna Lena Wiktoria'), S('Antoni Filip Szymon Kacper Jakub Franciszek')),
    'russian': (S('Mila Alisa Polina Varvara Veronika Sofia'), S('Lev Nikita Artem Timofei Matvei Mark')),
    'nigerian': (S('Adaora Zara Tolani Kamsi Ayomide Chidinma'), S('Chidi Tobi Kelechi Dayo Somto Jide')),
    'arabic': (S('Maryam Jana Zaynab Sara Aya Lamar'), S('Yusuf Zain Adam Karim Hamza Idris')),
    'filipino': (S('Althea,Janelle,Bea,Nicole,Francesca,Kyla'), S('Miguel,Gabriel,Rafael,Jericho,Enzo,Marco')),
    'quebecois': (S('Léa Zoé Éloïse Rosalie Florence Béatrice'), S('Félix Gabriel Thomas Édouard Xavier Émile')),
    'anglo': ([], []),
}
FORMAL2NICK = {
    'Robert': ['Bob', 'Rob', 'Bobby'], 'William': ['Bill', 'Will'], 'Elizabeth': ['Liz', 'Beth', 'Betsy', 'Lizzie'],
    'Katherine': ['Kate', 'Katie', 'Kathy'], 'Catherine': ['Cathy', 'Kate'], 'Margaret': ['Maggie', 'Peggy', 'Meg'],
    'James': ['Jim', 'Jimmy'], 'John': ['Jack', 'Johnny'], 'Michael': ['Mike'], 'Richard': ['Rick', 'Rich'],
    'Thomas': ['Tom', 'Tommy'], 'Christopher': ['Chris'], 'Christine': ['Chris', 'Chrissy'], 'Jennifer': ['Jen', 'Jenny'],
    'Jonathan': ['Jon'], 'Daniel': ['Dan', 'Danny'], 'Matthew': ['Matt'], 'Patricia': ['Pat', 'Patty', 'Trish'],
    'Patrick': ['Pat'], 'Rebecca': ['Becky', 'Becca'], 'Susan': ['Sue', 'Susie'], 'Stephanie': ['Steph'],
    'Stephen': ['Steve'], 'Steven': ['Steve'], 'Samantha': ['Sam'], 'Samuel': ['Sam'], 'Benjamin': ['Ben'],
    'Nicholas': ['Nick'], 'Anthony': ['Tony'], 'Joseph': ['Joe'], 'Edward': ['Ed', 'Eddie', 'Ted'],
    'Theodore': ['Ted', 'Theo'], 'Andrew': ['Andy', 'Drew'], 'Deborah': ['Deb', 'Debbie'], 'Victoria': ['Vicky', 'Tori'],
    'Jacqueline': ['Jackie'], 'Kimberly': ['Kim'], 'Timothy': ['Tim'], 'Gregory': ['Greg'], 'Jeffrey': ['Jeff'],
    'Douglas': ['Doug'], 'Peter': ['Pete'], 'Charles': ['Charlie', 'Chuck'], 'Henry': ['Hank'], 'Abigail': ['Abby'],
    'Allison': ['Allie'], 'Melissa': ['Mel', 'Missy'], 'Amanda': ['Mandy'], 'Barbara': ['Barb'], 'Jessica': ['Jess'],
    'Nicole': ['Nikki'], 'Alexander': ['Alex', 'Sasha'], 'Aleksandra': ['Ola'], 'Dmitri': ['Dima'], 'Ekaterina': ['Katya'],
    'Natalia': ['Natasha'], 'Mikhail': ['Misha'], 'Elena': ['Lena'], 'Anastasia': ['Nastya'], 'Tatiana': ['Tanya'],
    'Vladimir': ['Vova'], 'Ivan': ['Vanya'], 'Sergei': ['Sergey'], 'Yulia': ['Julia'], 'Irina': ['Ira'],
    'Svetlana': ['Sveta'], 'Olga': ['Olya'], 'Nikolai': ['Kolya'], 'Pavel': ['Pasha'], 'Alexei': ['Alexey', 'Lyosha'],
    'Yuri': ['Yury'], 'Andrei': ['Andrey'], 'Katarzyna': ['Kasia'], 'Małgorzata': ['Gosia'], 'Krzysztof': ['Krzys'],
    'Agnieszka': ['Aga'], 'Wojciech': ['Wojtek'], 'Tomasz': ['Tomek'], 'Magdalena': ['Magda'], 'José': ['Pepe'],
    'Francisco': ['Paco', 'Pancho'], 'Guadalupe': ['Lupe'], 'Jesús': ['Chuy'], 'Alejandro': ['Alex'], 'Roberto': ['Beto'],
    'Eduardo': ['Lalo'], 'Guillermo': ['Memo'], 'Fernando': ['Nando'], 'Oluwaseun': ['Seun'], 'Babatunde': ['Tunde'],
    'Funmilayo': ['Funmi'], 'Oluwatobi': ['Tobi'], 'Chiamaka': ['Amaka'], 'Ifeoma': ['Ify'], 'Adaeze': ['Ada'],
    'Oluwakemi': ['Kemi'], 'Folasade': ['Sade'], 'Chukwuemeka': ['Emeka'], 'Temitope': ['Tope'], 'Olumide': ['Mide'],
    'Mohammed': ['Mohamed', 'Muhammad', 'Mo'], 'Youssef': ['Yousef'], 'Geneviève': ['Gen'], 'Sébastien': ['Seb'],
    'Jean-François': ['JF'], 'Louis-Philippe': ['LP'],
}

# ============================================================ small helpers

def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def ascii_fold(s):
    s = s.replace('ł', 'l').replace('Ł', 'L')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


KEYB = {c: n for c, n in zip('qwertyuiopasdfghjklzxcvbnm',
                             ['wa', 'qes', 'wrd', 'etf', 'ryg', 'tuh', 'yij', 'uok', 'ipl', 'ol', 'qsz', 'awdx', 'sefc',
                              'drgv', 'fthb', 'gyjn', 'hukm', 'jil', 'kop', 'zxa', 'sxz', 'zcd', 'xvf', 'cbg', 'vnh', 'bmj'])}


def typo(s, letters_only=True):
    """One insert / delete / substitute / transpose on a letter position."""
    if not s or len(s) < 2:
        return s
    for _ in range(30):
        idx = [i for i, c in enumerate(s) if c.isalpha()] if letters_only else list(range(len(s)))
        if len(idx) < 2:
            return s
        i = rng.choice(idx[1:]) if rng.random() < 0.85 else rng.choice(idx)
        op = rng.choice(['ins', 'del', 'sub', 'sub', 'swap'])
        c = s[i]
        low = c.lower()
        if op == 'del':
            t = s[:i] + s[i + 1:]
        elif op == 'ins':
            n = rng.choice(KEYB.get(low, 'e')) if rng.random() < 0.6 else low
            t = s[:i] + n + s[i:]
        elif op == 'sub':
            n = rng.choice(KEYB.get(low, 'aeiou'))
            n = n.upper() if c.isupper() else n
            t = s[:i] + n + s[i + 1:]
        else:
            if i + 1 >= len(s) or not s[i + 1].isalpha():
                continue
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if t != s:
            return t
    return s


# ===================================================================== registry
USED_EMAILS = set()
USED_PHONES = set()
PHONE_POOL = {}
USED_DOMAINS = set()
USED_ORGNAMES = set()
ALL_ENTS = {}


def new_id():
    while True:
        x = 'c%07x' % rng.getrandbits(28)
        if x not in ALL_ENTS:
            return x


def phone_pool(metro):
    if metro not in PHONE_POOL:
        lst = ['%s55501%02d' % (code, n) for code in METROS[metro]['codes'] for n in range(100)]
        rng.shuffle(lst)
        PHONE_POOL[metro] = lst
    return PHONE_POOL[metro]


def new_phone(metro):
    pool = phone_pool(metro)
    while pool:
        p = pool.pop()
        if p not in USED_PHONES:
            USED_PHONES.add(p)
            return p
    for m in METROS:  # overflow: neighbouring metro numbers (cell phones move)
        pool = phone_pool(m)
        while pool:
            p = pool.pop()
            if p not in USED_PHONES:
                USED_PHONES.add(p)
                return p
    raise RuntimeError('phone pool exhausted')


def fmt_phone(d, style=None):
    a, b, c = d[:3], d[3:6], d[6:]
    styles = ['({a}) {b}-{c}', '{a}-{b}-{c}', '{a}.{b}.{c}', '{a}{b}{c}', '+1 {a} {b} {c}', '+1 ({a}) {b}-{c}',
              '1-{a}-{b}-{c}', '+1-{a}-{b}-{c}', '({a}){b}-{c}', '{a} {b} {c}', '+1{a}{b}{c}', '{a}/{b}-{c}']
    st = style if style is not None else rng.choice(styles)
    return st.format(a=a, b=b, c=c)


EXISTING_PHONE_STYLES = [('({a}) {b}-{c}', 60), ('{a}-{b}-{c}', 24), ('{a}.{b}.{c}', 6), ('+1 {a}-{b}-{c}', 6), ('{a}{b}{c}', 4)]

US_DOMAINS = [('gmail.com', 45), ('yahoo.com', 14), ('outlook.com', 8), ('hotmail.com', 7), ('icloud.com', 12),
              ('comcast.net', 8), ('aol.com', 3), ('me.com', 2), ('live.com', 1)]
CA_DOMAINS = [('gmail.com', 45), ('hotmail.com', 14), ('outlook.com', 8), ('yahoo.ca', 5), ('yahoo.com', 3),
              ('icloud.com', 9), ('shaw.ca', 6), ('rogers.com', 7), ('sympatico.ca', 3), ('telus.net', 2)]
EMPLOYERS = ['northwind-health', 'lakeside-capital', 'medline-partners', 'cascade-software', 'greatlakes-univ',
             'prairie-state-bank', 'harborview-clinic', 'mapleleaf-logistics', 'bayshore-pharma', 'summit-engineering',
             'trinity-law', 'redwood-analytics', 'northstar-energy', 'keystone-insurance', 'pioneer-foods',
             'riverbend-hospital', 'atlas-consulting', 'evergreen-schools', 'lakeshore-dental', 'coastline-media']


def metro_domains(metro):
    if METROS[metro]['country'] == 'CA':
        d = list(CA_DOMAINS)
        if metro == 'vancouver':
            d = [(x, w * (3 if x in ('shaw.ca', 'telus.net') else 1)) for x, w in d if x not in ('rogers.com', 'sympatico.ca')]
        return d
    return US_DOMAINS


def slug(s):
    return ''.join(c for c in ascii_fold(s).lower() if c.isalnum())


def make_email(given, family, metro, domain=None, avoid_local=None):
    g = slug(given.split()[0].split('-')[0]) if given else ''
    g_full = slug(given) if given else ''
    f = slug(family.split()[-1] if family else '') or 'x'
    f_full = slug(family) if family else f
    for attempt in range(200):
        pat = rng.randrange(13)
        num = rng.choice(['', '', str(rng.randint(1, 99)), str(rng.randint(60, 99)), str(rng.randint(1965, 2005))])
        if pat == 0:
            loc = f'{g}.{f}'
        elif pat == 1:
            loc = f'{g}{f}'
        elif pat == 2:
            loc = f'{g[:1]}{f_full}'
        elif pat == 3:
            loc = f'{g}_{f}'
        elif pat == 4:
            loc = f'{g_full}{f[:1]}'
        elif pat == 5:
            loc = f'{f}.{g}'
        elif pat == 6:
            loc = f'{g}.{f}{num or rng.randint(1, 99)}'
        elif pat == 7:
            loc = f'{g}{num or rng.randint(1, 99)}'
        elif pat == 8:
            loc = f'{f}family' if rng.random() < 0.5 else f'the{f}s'
        elif pat == 9:
            loc = f'{g[:1]}{f}{num or rng.randint(1, 99)}'
        elif pat == 10:
            loc = rng.choice(['pianomom', 'violinmom', 'guitardad', 'musicfan', 'soccermom', 'hockeydad', 'runner',
                              'bookworm', 'coffee', 'bluejay', 'maple', 'sunny']) + f'.{f}' + (num or '')
        elif pat == 11:
            loc = f'{g}{f_full}{num}'
        else:
            loc = f'{g}.{g_full[:0]}{f}.{num or rng.randint(1, 9)}'
        if attempt > 20:
            loc += str(rng.randint(100, 999))
        loc = loc.strip('.').replace('..', '.')
        if len(loc) < 3 or loc == avoid_local:
            continue
        dom = domain or wchoice(metro_domains(metro))
        e = f'{loc}@{dom}'
        if e not in USED_EMAILS and not any(CK.dl(e, u) <= 1 for u in ()):  # exact uniqueness
            # also keep e-mails at least 2 edits apart from all others within same domain & length
            USED_EMAILS.add(e)
            return e
    raise RuntimeError('email')


def work_email(given, family):
    g = slug(given.split()[0].split('-')[0])
    f = slug(family.split()[-1])
    for _ in range(50):
        dom = rng.choice(EMPLOYERS) + '.example'
        loc = rng.choice([f'{g}.{f}', f'{g[:1]}{f}', f'{g}{f[:1]}', f'{f}{g[:1]}', f'{g}_{f}'])
        e = f'{loc}@{dom}'
        if e not in USED_EMAILS:
            USED_EMAILS.add(e)
            return e
    return make_email(given, family, 'chicago')


def pick_metro():
    return wchoice([(k, v['w']) for k, v in METROS.items()])


def pick_culture(metro):
    ca = METROS[metro]['country'] == 'CA'
    pairs = []
    for k, v in CULT.items():
        w = v['w']
        if k == 'quebecois':
            w = 7 if ca else 0.6
        if k == 'chinese' and metro in ('vancouver', 'toronto'):
            w *= 1.8
        if k == 'korean' and metro in ('nj', 'vancouver'):
            w *= 1.6
        if k == 'polish' and metro == 'chicago':
            w *= 2.2
        if k == 'hispanic' and metro in ('chicago', 'nj'):
            w *= 1.6
        if k == 'anglo' and metro == 'mn':
            w *= 1.4
        if k == 'filipino' and metro in ('wa', 'vancouver', 'toronto'):
            w *= 1.8
        pairs.append((k, w))
    return wchoice(pairs)


def make_address(metro, city=None, unit_p=None):
    M = METROS[metro]
    if city is None:
        city = wchoice([((c, z), w) for c, z, w in M['cities']])
    else:
        city = next(((c, z) for c, z, w in M['cities'] if c == city), None) or wchoice([((c, z), w) for c, z, w in M['cities']])
    cname, zips = city
    pc = rng.choice(zips)
    if M['country'] == 'CA':
        L = 'ABCEGHJKLMNPRSTVWXYZ'
        pc = f'{pc} {rng.randint(0, 9)}{rng.choice(L)}{rng.randint(0, 9)}'
    streets = M['streets'] + GENERIC_STREETS
    local = rng.random() < 0.5
    name = rng.choice(M['streets']) if local else rng.choice(streets)
    numbered = False
    if rng.random() < (0.25 if metro in ('wa', 'mn', 'vancouver') else 0.05):
        n = rng.randint(2, 85)
        sfx_ = 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
        name = f'{n}{sfx_}'
        numbered = True
    sfxw = SFX_W + (SFX_CA_EXTRA if M['country'] == 'CA' else [])
    sfx = wchoice(sfxw) if not (numbered or local) else wchoice([('Street', 4), ('Avenue', 5), ('Road', 1), ('Boulevard', 1)])
    if metro == 'chicago' and cname != 'Chicago' and local:
        name = rng.choice(streets)
    pre = rng.choice(['N', 'W', 'S']) if (rng.random() < M.get('pre', 0) and cname in ('Chicago', 'Minneapolis')) else None
    if metro == 'vancouver' and numbered:
        pre = rng.choice(['W', 'E'])
    post = rng.choice(['NE', 'NW', 'N', 'SW']) if (metro == 'wa' and rng.random() < M.get('post', 0)) else None
    if metro == 'toronto' and name in ('Bloor', 'Queen', 'King', 'Dundas', 'College', 'Eglinton') and rng.random() < 0.8:
        post = rng.choice(['W', 'E'])
    num = str(rng.randint(10, 9899) if rng.random() < 0.8 else rng.randint(1, 99))
    if unit_p is None:
        unit_p = 0.35 if cname in ('Chicago', 'Boston', 'Cambridge', 'Somerville', 'Hoboken', 'Jersey City', 'Seattle',
                                   'Toronto', 'Vancouver', 'Minneapolis', 'Burnaby', 'Richmond', 'Mississauga') else 0.1
    unit = None
    if rng.random() < unit_p:
        unit = rng.choice([str(rng.randint(1, 6)), f'{rng.randint(1, 6)}{rng.choice("ABCDEF")}', str(rng.randint(101, 2405)),
                           str(rng.randint(2, 4)) + rng.choice(['R', 'F', 'L'])])
    return dict(num=num, pre=pre, name=name, sfx=sfx, post=post, unit=unit, city=cname, region=M['region'],
                postal=pc, country=M['country'], metro=metro)


def addr_key(a):
    return (a['num'], a['name'], a['sfx'], a['unit'], a['city'])

# ==================================================================== rendering

def render_address(a, st):
    if a is None:
        return None
    sf = st.get('sfx', 'abbr')
    sfx = a['sfx']
    if sf == 'abbr':
        sfx = SFX_ABBR[sfx][0]
    elif sf == 'abbr_dot':
        sfx = SFX_ABBR[sfx][-1]
    df = st.get('dir', 'abbr')

    def D(x):
        if not x:
            return None
        return DIR_FULL[x] if df == 'full' else (x + '.' if df == 'dot' and len(x) == 1 else x)
    parts = [a['num'], D(a['pre']), a['name'], sfx, D(a['post'])]
    street = ' '.join(p for p in parts if p)
    line2 = None
    if a['unit']:
        uf = st.get('unit', 'Apt {u}')
        place = st.get('unit_place', 'line2')
        if uf == 'prefix':
            street = f"{a['unit']}-{street}"
        elif place == 'line1':
            street = street + (', ' if rng.random() < 0.5 else ' ') + uf.format(u=a['unit'])
        else:
            line2 = uf.format(u=a['unit'])
    if a.get('line2_extra'):
        line2 = a['line2_extra'] if line2 is None else line2
    pc = a['postal']
    pf = st.get('postal', 'as')
    if pf == 'nospace':
        pc = pc.replace(' ', '')
    elif pf == 'lower':
        pc = pc.lower()
    elif pf == 'zip4' and a['country'] == 'US':
        pc = pc + '-' + '%04d' % rng.randint(1000, 9999)
    rf = st.get('region', 'abbr')
    region = a['region']
    if rf == 'full':
        region = REGION_FULL[region][0]
    elif rf == 'short':
        region = REGION_FULL[region][1]
    elif rf == 'none':
        region = None
    cf = st.get('country', 'code')
    if a['country'] == 'US':
        country = {'code': 'US', 'usa': 'USA', 'full': 'United States', 'none': None}.get(cf, 'US')
    else:
        country = {'code': 'CA', 'usa': 'Canada', 'full': 'Canada', 'none': None}.get(cf, 'CA')
    city = a['city']
    if st.get('city_alt') and city == 'Saint Paul':
        city = 'St. Paul'
    out = dict(line1=street, line2=line2, city=city, region=region, postalCode=pc, country=country)
    case = st.get('case')
    if case == 'upper':
        out = {k: (v.upper() if v else v) for k, v in out.items()}
    elif case == 'lower':
        out = {k: (v.lower() if v and k != 'postalCode' else v) for k, v in out.items()}
    return out


def existing_addr_style(a):
    ca = a['country'] == 'CA'
    return dict(sfx=wchoice([('abbr', 55), ('full', 35), ('abbr_dot', 10)]), dir='abbr',
                unit=wchoice([('Apt {u}', 40), ('#{u}', 20), ('Unit {u}', 25 if not ca else 40), ('prefix', 0 if not ca else 30)])
                if a['unit'] else 'Apt {u}',
                unit_place=wchoice([('line2', 65), ('line1', 35)]), postal='as', region='abbr',
                country=wchoice([('code', 60), ('usa', 15), ('full', 10), ('none', 15)]))


def random_addr_style(a, harsh=True):
    ca = a['country'] == 'CA'
    st = dict(sfx=wchoice([('abbr', 45), ('full', 35), ('abbr_dot', 20)]),
              dir=wchoice([('abbr', 60), ('full', 25), ('dot', 15)]),
              unit=wchoice([('Apt {u}', 30), ('Apt. {u}', 10), ('#{u}', 25), ('# {u}', 5), ('Unit {u}', 20),
                            ('prefix', 15 if ca else 0), ('Apartment {u}', 3)]),
              unit_place=wchoice([('line2', 50), ('line1', 50)]),
              postal=wchoice([('as', 70), ('nospace', 15 if ca else 0), ('lower', 8 if ca else 0), ('zip4', 0 if ca else 12)]),
              region=wchoice([('abbr', 75), ('full', 15), ('short', 5), ('none', 5)]),
              country=wchoice([('code', 40), ('usa', 20), ('full', 15), ('none', 25)]),
              city_alt=rng.random() < 0.5)
    return st


def person_display(given, middle_disp, family, suffix, student, form='normal'):
    g = given + (' ' + middle_disp if middle_disp else '')
    sfx = (' ' + suffix) if suffix else ''
    if form == 'last_first':
        d = f'{family}, {g}{sfx}'
    elif form == 'family_first':
        d = f'{family} {g}{sfx}'
    else:
        d = f'{g} {family}{sfx}'
    if student:
        d += ' (student)'
    return d


def mk_contact(displayName, givenName, familyName, companyName, email, phone, address):
    def c(v):
        if v is None:
            return None
        v = ' '.join(v.split())
        return v or None
    return dict(displayName=c(displayName), givenName=c(givenName), familyName=c(familyName),
                companyName=c(companyName), email=c(email), phone=c(phone), address=address)

# ==================================================================== entities

def mk_person(kind, culture, gender, given, family, metro, addr, email, phone, middle=None, suffix=None,
              student=False, hh=None):
    e = dict(id=new_id(), etype='person', kind=kind, culture=culture, gender=gender, given=given, middle=middle,
             family=family, suffix=suffix, student=student, metro=metro, addr=addr, email=email, phone=phone,
             hh=hh, rel=[])
    ALL_ENTS[e['id']] = e
    return e


def given_for(culture, gender, avoid=()):
    pool = CULT[culture]['m' if gender == 'm' else 'f']
    for _ in range(50):
        g = rng.choice(pool)
        if all(not CK.given_eq(g, a) for a in avoid):
            return g
    return rng.choice(pool)


def kid_given(culture, gender, avoid=()):
    cf, cm = KIDS_CULT.get(culture, ([], []))
    pool = (KIDS_COMMON_F + cf * 2) if gender == 'f' else (KIDS_COMMON_M + cm * 2)
    for _ in range(60):
        g = rng.choice(pool)
        if all(not CK.given_eq(g, a) and CK.dl(CK.fold(g), CK.fold(a)) > 2 for a in avoid):
            return g
    return rng.choice(pool)


def surname_base(culture):
    return rng.choice(CULT[culture]['s'])


def surname_for(culture, base, gender, married_female_form=True):
    if isinstance(base, tuple):
        return base[1] if (gender == 'f' and married_female_form) else base[0]
    return base


def hispanic_two(s1=None):
    s1 = s1 or rng.choice(CULT['hispanic']['s'])
    s2 = rng.choice([x for x in CULT['hispanic']['s'] if x != s1])
    r = rng.random()
    if r < 0.5:
        return f'{s1} {s2}', s1, s2
    if r < 0.65:
        return f'{s1}-{s2}', s1, s2
    return s1, s1, s2


def middle_for(culture, gender):
    if culture == 'anglo':
        return rng.choice(['Ann', 'Marie', 'Lynn', 'Elizabeth', 'Rose', 'Jean']) if gender == 'f' else \
            rng.choice(['James', 'Michael', 'Lee', 'Allen', 'Edward', 'Ray', 'Paul', 'Joseph'])
    if culture == 'filipino':
        return rng.choice(CULT['filipino']['s'])
    if culture in ('chinese', 'korean', 'vietnamese') and rng.random() < 0.5:
        return rng.choice(['Grace', 'David', 'Thi', 'Van', 'Marie', 'James']) if culture != 'vietnamese' else \
            ('Thi' if gender == 'f' else 'Van')
    return rng.choice(CULT['anglo']['m' if gender == 'm' else 'f'])


class Household:
    def __init__(self, metro=None, culture=None):
        self.metro = metro or pick_metro()
        self.culture = culture or pick_culture(self.metro)
        self.addr = make_address(self.metro)
        self.landline = new_phone(self.metro) if rng.random() < 0.25 else None
        self.base = surname_base(self.culture)
        self.members = []
        self.kids = []
        self.fam_m = self.fam_f = None
        if self.culture == 'hispanic':
            self.fam_m, self.m1, _ = hispanic_two()
            self.fam_f, self.f1, _ = hispanic_two()
            if rng.random() < 0.3:  # wife took husband's first surname
                self.fam_f = self.m1
            self.kid_family = f'{self.m1} {self.f1}' if rng.random() < 0.6 else self.m1
        else:
            ff = surname_for(self.culture, self.base, 'f', rng.random() < 0.6)
            if self.culture == 'anglo' and rng.random() < 0.06:
                ff = f"{surname_base('anglo')}-{self.base}"
            if self.culture in ('chinese', 'korean', 'vietnamese') and rng.random() < 0.35:
                ff = surname_base(self.culture)  # wife kept her own surname
            self.fam_m = surname_for(self.culture, self.base, 'm')
            self.fam_f = ff
            self.kid_family = surname_for(self.culture, self.base, 'm')
        self.used_given = []

    def kid_family_for(self, gender):
        if self.culture in ('polish', 'russian') and isinstance(self.base, tuple):
            return self.base[1] if gender == 'f' else self.base[0]
        return self.kid_family

    def adult(self, kind, gender=None, email_mode='own', phone_mode=None, given=None, family=None):
        gender = gender or ('f' if rng.random() < 0.62 else 'm')
        given = given or given_for(self.culture, gender, self.used_given)
        self.used_given.append(given)
        family = family or (self.fam_f if gender == 'f' else self.fam_m)
        middle = middle_for(self.culture, gender) if rng.random() < (0.5 if self.culture == 'filipino' else 0.18) else None
        email = make_email(given, family, self.metro) if email_mode == 'own' else email_mode
        if phone_mode is None:
            phone = self.landline if (self.landline and rng.random() < 0.5) else new_phone(self.metro)
        else:
            phone = phone_mode
        p = mk_person(kind, self.culture, gender, given, family, self.metro, self.addr, email, phone, middle=middle, hh=self)
        self.members.append(p)
        return p

    def child(self, kind='student_child', payer=None, gender=None, given=None, twin_of=None):
        gender = gender or rng.choice('mf')
        given = given or kid_given(self.culture, gender, self.used_given)
        self.used_given.append(given)
        fam = self.kid_family_for(gender)
        payer = payer or (self.members[0] if self.members else None)
        email = payer['email'] if payer else make_email(rng.choice(CULT[self.culture]['f']), fam, self.metro)
        phone = payer['phone'] if payer else (self.landline or new_phone(self.metro))
        p = mk_person(kind, self.culture, gender, given, fam, self.metro, self.addr, email, phone, student=True, hh=self)
        self.members.append(p)
        return p


def org_slug(name, city):
    words = [w for w in ascii_fold(name).lower().replace("'", '').replace('.', '').replace('&', ' ').split()
             if w not in ('the', 'of', 'inc', 'llc', 'ltd', 'and', 'de', 'la')]
    short = {'elementary': 'elem', 'school': '', 'middle': 'ms', 'high': 'hs', 'church': '', 'presbyterian': 'pres',
             'united': 'u', 'methodist': 'mc', 'community': 'community', 'center': 'center', 'centre': 'centre',
             'district': 'd', 'saint': 'st', 'st': 'st', 'catholic': 'catholic', 'episcopal': 'episcopal',
             'lutheran': 'lutheran', 'public': 'ps'}
    r = rng.random()
    if r < 0.4:
        parts = [short.get(w, w) for w in words]
        s = '-'.join(p for p in parts if p)
    elif r < 0.7:
        s = ''.join(words[:3])
    else:
        s = '-'.join(words[:2]) + '-' + slug(city)
    s = ''.join(c for c in s if c.isalnum() or c == '-').strip('-')[:40] or slug(city)
    tld = wchoice([('.example', 60), ('.example.org', 30), ('.example.com', 10)])
    d = s + tld
    i = 2
    while d in USED_DOMAINS:
        d = f'{s}{i}{tld}'
        i += 1
    USED_DOMAINS.add(d)
    return d


SCHOOL_NAMES = ['Lincoln', 'Washington', 'Jefferson', 'Roosevelt', 'Hawthorne', 'Longfellow', 'Emerson', 'Whittier',
                'Franklin', 'Horace Mann', 'Lakeview', 'Prairie View', 'Meadowbrook', 'Cedar Ridge', 'Riverside', 'Oak Hill',
                'Willow Creek', 'Pinecrest', 'Hillcrest', 'Sunnyside', 'Brookside', 'Kennedy', 'Dewey', 'Thoreau',
                'Walt Whitman', 'Glenview', 'Fairmount', 'Edgewood', 'Parkside', 'Westwood', 'Eastview', 'Northside',
                'Kingswood', 'Stonebridge', 'Maple Grove', 'Harriet Tubman', 'Cesar Chavez', 'Orchard Park']
SAINTS = ['Mary', 'Joseph', 'Patrick', 'Anne', 'Michael', 'Francis', 'Thomas', 'Catherine', 'John', 'Paul', 'Andrew',
          'Luke', 'Margaret', 'Agnes', 'Rita', 'Jude', 'Teresa', 'Clement', 'Bernadette', 'Gertrude', 'Mark', 'James']
XWORDS = ['Lakeshore', 'North Shore', 'Prairie', 'Cascade', 'Harbor', 'Summit', 'Riverview', 'Evergreen', 'Great Lakes',
          'Pioneer', 'Heritage', 'Cornerstone', 'Keystone', 'Bayside', 'Northstar', 'Lakeland', 'Westgate', 'Hillside',
          'Crescent', 'Oakwood', 'Silver Birch', 'Red Cedar', 'Blue Heron', 'Granite', 'Copper Beech', 'Highland Park']
CAMPS = ['Wanakee', 'Kitchi', 'Tamarack', 'Birchwood', 'Lakewood', 'Pinewood', 'Echo Lake', 'Silver Lake', 'Otter Creek',
         'Whispering Pines', 'Red Pine', 'Loon Lake', 'Eagle Ridge', 'Maple Hollow', 'Cedar Point', 'Juniper Hill']
NEIGH = ['Andersonville', 'Lincoln Square', 'Jamaica Plain', 'Roslindale', 'Powderhorn', 'Longfellow', 'Ballard',
         'Beacon Hill', 'Leslieville', 'Riverdale', 'Kitsilano', 'Mount Pleasant', 'Rogers Park', 'Davis Square',
         'Como Park', 'Fremont', 'Roncesvalles', 'Grandview', 'Upper Montclair', 'Downtown']


def org_name(kind, metro, city):
    ca = METROS[metro]['country'] == 'CA'
    if kind == 'school':
        r = rng.random()
        if r < 0.15:
            return f'St. {rng.choice(SAINTS)} Catholic School' if not ca else f'St. {rng.choice(SAINTS)} Catholic Elementary School'
        n = rng.choice(SCHOOL_NAMES)
        t = rng.choice(['Public School', 'Junior Public School', 'Secondary School', 'Collegiate Institute', 'Elementary School',
                        'Montessori School']) if ca else \
            wchoice([('Elementary School', 40), ('Middle School', 20), ('High School', 12), ('Academy', 8),
                     ('Montessori School', 8), ('Charter School', 4), ('Day School', 5), ('Elementary', 3)])
        if r > 0.95:
            return f'École {rng.choice(["Sainte-Marie", "Jeanne-Lajoie", "du Chêne", "Saint-Jean", "des Pionniers"])}'
        return f'{n} {t}'
    if kind == 'district':
        if metro == 'chicago':
            return rng.choice([f'{city} School District {rng.randint(25, 220)}', f'Community Consolidated School District {rng.randint(15, 99)}',
                               f'{city} Township High School District {rng.randint(200, 230)}'])
        if metro == 'mn':
            return f'Independent School District {rng.randint(190, 900)}' if rng.random() < 0.5 else f'{city} Public Schools'
        if metro == 'nj':
            return f'{city} Board of Education' if rng.random() < 0.5 else f'{city} Public Schools'
        if metro == 'vancouver':
            return f'School District No. {rng.randint(35, 45)} ({city})'
        if metro == 'toronto':
            return rng.choice([f'{city} District School Board', f'{city} Catholic District School Board'])
        return f'{city} Public Schools' if rng.random() < 0.6 else f'{city} School District {rng.randint(400, 420)}'
    if kind == 'church':
        return rng.choice([f'First Presbyterian Church of {city}', f'{city} United Methodist Church', f"St. {rng.choice(SAINTS)}'s Episcopal Church",
                           f'Grace Lutheran Church', f'Trinity Lutheran Church', f'First Baptist Church of {city}',
                           f'St. {rng.choice(SAINTS)} Catholic Parish', f'Korean Presbyterian Church of {city}',
                           f'{city} Chinese Alliance Church', 'Holy Trinity Orthodox Church', f'Temple Beth {rng.choice(["Shalom", "El", "Am", "Israel"])}',
                           f'Unitarian Universalist Church of {city}', f'{rng.choice(XWORDS)} Community Church',
                           f'Iglesia Bautista {rng.choice(["Emanuel", "La Roca", "Getsemaní", "Nueva Vida"])}',
                           f"St. {rng.choice(SAINTS)}'s Anglican Church" if ca else f'{rng.choice(XWORDS)} Covenant Church',
                           f'{rng.choice(XWORDS)} United Church' if ca else f'{rng.choice(XWORDS)} Bible Church',
                           'Vietnamese Martyrs Parish', 'St. Nicholas Ukrainian Catholic Church'])
    if kind == 'community':
        ctr = 'Centre' if ca else 'Center'
        return rng.choice([f'{city} Park District' if metro == 'chicago' else f'{city} Parks & Recreation',
                           f'{rng.choice(NEIGH)} Community {ctr}', f'{rng.choice(XWORDS)} Family YMCA', f'{city} Public Library',
                           f'{rng.choice(XWORDS)} Senior {ctr}', f'{rng.choice(XWORDS)} Arts {ctr}',
                           f'{rng.choice(NEIGH)} Neighborhood House', f'Jewish Community {ctr} of {city}',
                           f'{rng.choice(XWORDS)} Youth Orchestra', f"{city} Children's Choir",
                           f'{rng.choice(XWORDS)} Homeschool Co-op'])
    if kind == 'sponsor':
        return rng.choice([f'{rng.choice(XWORDS)} Credit Union', f'{rng.choice(XWORDS)} Dental Group', f'{rng.choice(XWORDS)} Realty Group',
                           f"{rng.choice(CULT['anglo']['s'])} Insurance Agency", f'{rng.choice(XWORDS)} Orthodontics',
                           f'{rng.choice(XWORDS)} Family Medicine', f'{rng.choice(XWORDS)} Piano Gallery',
                           f'{rng.choice(XWORDS)} Music Supply Co.', f'{rng.choice(XWORDS)} Brewing Company',
                           f'{rng.choice(XWORDS)} Veterinary Hospital', f"{rng.choice(CULT['anglo']['s'])} & {rng.choice(CULT['anglo']['s'])} LLP",
                           f'{rng.choice(XWORDS)} Toyota', f'{rng.choice(XWORDS)} Bank', f'{rng.choice(XWORDS)} Pediatrics'])
    if kind == 'camp':
        c = rng.choice(CAMPS)
        return rng.choice([f'Camp {c}', f'{c} Day Camp', f'{c} Arts Camp', f'{c} Music & Arts Camp',
                           f'{c} Outdoor Education {"Centre" if ca else "Center"}', f'{c} Summer Academy'])
    raise ValueError(kind)


ORG_LOCALS = ['office', 'info', 'admin', 'billing', 'accounts', 'ap', 'frontdesk', 'events', 'bookings', 'music',
              'programs', 'finance', 'pto', 'rentals', 'facilities']


def mk_org(kind, metro=None, name=None, city=None, owner=None):
    metro = metro or pick_metro()
    addr = make_address(metro, city=city, unit_p=0.25 if kind in ('sponsor', 'llc') else 0.03)
    if addr['unit'] and kind in ('sponsor', 'llc'):
        addr['unit'] = str(rng.choice([100, 110, 200, 210, 300, 350, 400, 1200]))
    city = addr['city']
    cg = cf = None
    if kind == 'llc':
        o = owner
        name = name or llc_name(o['given'], o['family'], metro)
        cg, cf = o['given'], o['family']
    else:
        if name is None:
            for _ in range(40):
                name = org_name(kind, metro, city)
                if (name, metro) not in USED_ORGNAMES:
                    break
        USED_ORGNAMES.add((name, metro))
        if rng.random() < 0.55:
            cul = pick_culture(metro)
            gen = rng.choice('mf')
            cg = given_for(cul, gen)
            b = surname_base(cul)
            cf = surname_for(cul, b, gen) if cul != 'hispanic' else hispanic_two()[1]
    dom = org_slug(name, city)
    if kind == 'llc' and rng.random() < 0.45:
        email = owner['email'] if rng.random() < 0.5 else make_email(owner['given'], owner['family'], metro)
    else:
        loc = rng.choice(ORG_LOCALS) if (cg is None or rng.random() < 0.6) else (slug(cg)[:1] + slug(cf))
        email = f'{loc}@{dom}'
        USED_EMAILS.add(email)
    phone = new_phone(metro)
    if kind == 'llc' and rng.random() < 0.5:
        phone = owner['phone']
        if rng.random() < 0.6:
            addr = owner['addr']
    e = dict(id=new_id(), etype='org', kind=kind, name=name, cg=cg, cf=cf, metro=metro, addr=addr, email=email,
             phone=phone, domain=dom, rel=[], owner=owner['id'] if owner else None)
    ALL_ENTS[e['id']] = e
    return e


def llc_name(given, family, metro):
    fam = family.split()[0].split('-')[0]
    ca = METROS[metro]['country'] == 'CA'
    form = rng.choice(['Inc.', 'Ltd.', 'Inc.']) if ca else rng.choice(['LLC', 'LLC', 'LLC', 'L.L.C.', 'PLLC'])
    core = rng.choice([f'{fam} Consulting', f'{given.split()[0]} {fam} Design', f'{fam} Holdings', f'{fam} & Associates',
                       f'{fam} Music Studio', f'{fam} Properties', f'{fam} Creative', f'{fam} Tax Services',
                       f'{fam} Photography', f'{fam} Physical Therapy'])
    return f'{core} {form}'

# ====================================================== existing record render

def person_existing_contact(e, disp_override=None):
    om = e.setdefault('omit', set())
    mid = None
    if e.get('middle') and e.get('disp_mid'):
        mid = e['middle'][0] + '.' if e['disp_mid'] == 'initial' else e['middle']
    form = e.get('disp_form', 'normal')
    disp = disp_override or person_display(e['given'], mid, e['family'], e['suffix'], e['student'], form)
    st = e.setdefault('ex_style', dict(phone=wchoice(EXISTING_PHONE_STYLES), addr=existing_addr_style(e['addr'])))
    return mk_contact(disp, e['given'] + (' ' + mid if mid else ''), e['family'], None,
                      None if 'email' in om else e['email'],
                      None if ('phone' in om or not e['phone']) else fmt_phone(e['phone'], st['phone']),
                      None if 'addr' in om else render_address(e['addr'], st['addr']))


def org_existing_contact(e, disp_override=None):
    om = e.setdefault('omit', set())
    st = e.setdefault('ex_style', dict(phone=wchoice(EXISTING_PHONE_STYLES), addr=existing_addr_style(e['addr'])))
    return mk_contact(disp_override or e['name'], e['cg'], e['cf'], e['name'],
                      None if 'email' in om else e['email'],
                      None if 'phone' in om else fmt_phone(e['phone'], st['phone']),
                      None if 'addr' in om else render_address(e['addr'], st['addr']))

# ========================================================================= noise

def moved_address(e):
    metro = e['metro'] if rng.random() < 0.85 else pick_metro()
    a = make_address(metro)
    return a


def phone_digit_off(d):
    for _ in range(40):
        i = rng.choice([8, 9, 4, 5]) if rng.random() < 0.8 else rng.choice([1, 2])
        nd = d[:i] + str((int(d[i]) + rng.choice([1, -1, 2, 3])) % 10) + d[i + 1:]
        if nd[6:8] == '01' and nd[3:6] == '555' and nd not in USED_PHONES:
            return nd
    return None


def postal_off(pc):
    chars = list(pc)
    idx = [i for i, c in enumerate(chars) if c.isdigit()]
    idx = idx[-2:] if pc[0].isdigit() else idx[-2:]
    i = rng.choice(idx)
    chars[i] = str((int(chars[i]) + rng.choice([1, 9, 3])) % 10)
    return ''.join(chars)


def email_typo(e):
    loc, dom = e.split('@')
    if rng.random() < 0.3 and dom in ('gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'comcast.net', 'icloud.com'):
        d2 = rng.choice({'gmail.com': ['gmial.com', 'gmail.con', 'gmai.com', 'gnail.com', 'gmail.co'],
                         'yahoo.com': ['yaho.com', 'yahoo.con', 'yahooo.com'],
                         'hotmail.com': ['hotmial.com', 'hotmail.co', 'hotmal.com'],
                         'outlook.com': ['outlok.com', 'outloo.com'], 'comcast.net': ['comcast.ne', 'comcst.net'],
                         'icloud.com': ['iclod.com', 'icloud.co']}[dom])
        return f'{loc}@{d2}'
    for _ in range(10):
        l2 = typo(loc, letters_only=False)
        if l2 != loc and not l2.startswith('.') and not l2.endswith('.') and '..' not in l2:
            return f'{l2}@{dom}'
    return e


def casefix(s, case):
    if not s:
        return s
    return s.upper() if case == 'upper' else (s.lower() if case == 'lower' else s)


def noise_person(e, level, base_for_names=None):
    """level: 'harsh' (matches / repeats) or 'light' (a new customer's first booking)."""
    t = []
    H = level == 'harsh'
    given, middle, family, suffix, student = e['given'], e.get('middle'), e['family'], e['suffix'], e['student']
    email, phone, addr = e['email'], e['phone'], copy.deepcopy(e['addr'])
    om = e.get('omit', set()) if e.get('existing') else set()
    mid_disp = None
    # ---------------- names
    if H:
        nk = FORMAL2NICK.get(given)
        if nk and rng.random() < 0.36:
            given = rng.choice(nk)
            t.append('nickname')
        elif rng.random() < 0.24:
            given = typo(given)
            t.append('given_typo')
        if rng.random() < 0.2:
            family = typo(family)
            t.append('family_typo')
        if ('-' in given or ' ' in given) and 'nickname' not in t and rng.random() < 0.4:
            parts = given.replace('-', ' ').split()
            given = rng.choice([' '.join(parts), parts[0], ''.join(parts)])
            t.append('compound_given_variant')
        if (' ' in family or '-' in family) and rng.random() < 0.45:
            parts = family.replace('-', ' ').split()
            if parts[0].lower() in ('dela', 'delos', 'de', 'la', 'del', 'al', 'el') and rng.random() < 0.5:
                family = ''.join(parts) if rng.random() < 0.5 else parts[-1]
            else:
                family = parts[0] if rng.random() < 0.75 else parts[-1]
            t.append('double_surname_one_part')
        elif (' ' in family) and rng.random() < 0.2:
            family = family.replace(' ', '-')
            t.append('surname_hyphenated')
        if middle:
            r = rng.random()
            if r < 0.25:
                mid_disp = middle
                t.append('middle_added')
            elif r < 0.45:
                mid_disp = middle[0] + '.'
                t.append('middle_initial_added')
            elif e.get('disp_mid'):
                t.append('middle_dropped')
        elif rng.random() < 0.05:
            mid_disp = rng.choice('ABCDEFGHJKLMRST') + rng.choice(['.', ''])
            t.append('middle_initial_added')
        if (e['gender'] == 'f' and not student and e['kind'] in ('parent', 'adult_student', 'spouse')
                and rng.random() < 0.07):
            nb = surname_base(rng.choice(['anglo', 'anglo', e['culture']]))
            nb = nb[1] if isinstance(nb, tuple) else nb
            family = f'{family.split()[0]}-{nb}' if rng.random() < 0.3 else nb
            t.append('married_name')
        if suffix and rng.random() < 0.2:
            suffix = None
            t.append('suffix_dropped')
        elif suffix and rng.random() < 0.3:
            suffix = suffix.replace('.', '')
        if student and rng.random() < 0.12:
            student = False
            t.append('student_marker_dropped')
        if any(ord(c) > 127 for c in given + family) and rng.random() < 0.6:
            given, family = ascii_fold(given), ascii_fold(family)
            t.append('accents_dropped')
    else:
        if any(ord(c) > 127 for c in given + family) and rng.random() < 0.4:
            given, family = ascii_fold(given), ascii_fold(family)
            t.append('accents_dropped')
    # ---------------- email
    if H:
        if email is None or 'email' in om:
            if rng.random() < 0.6 and email:
                t.append('email_added')
            else:
                email = None
        else:
            r = rng.random()
            if r < 0.36:
                pass
            elif r < 0.52:
                email = email_typo(email)
                t.append('email_typo')
            elif r < 0.56:
                email = email[0].upper() + email[1:] if rng.random() < 0.5 else email.upper()
                t.append('email_case')
            elif r < 0.73:
                email = None
                t.append('email_missing')
            elif r < 0.88:
                loc = email.split('@')[0]
                doms = [d for d, _ in metro_domains(e['metro']) if d != email.split('@')[1]]
                ne = f'{loc}@{rng.choice(doms)}'
                if ne in USED_EMAILS:
                    ne = make_email(given, family, e['metro'])
                email = ne
                t.append('email_new_provider')
            else:
                email = work_email(e['given'], family)
                t.append('email_work')
    else:
        if email and rng.random() < 0.04:
            email = None
            t.append('email_missing')
    # ---------------- phone
    pstyle = None
    if H:
        if phone is None or 'phone' in om:
            if phone and rng.random() < 0.45:
                t.append('phone_added')
            else:
                phone = None
        else:
            r = rng.random()
            if r < 0.5:
                t.append('phone_format')
            elif r < 0.56:
                pstyle = e.get('ex_style', {}).get('phone')
            elif r < 0.76:
                phone = None
                t.append('phone_missing')
            elif r < 0.85:
                pstyle = '{b}-{c}'
                t.append('phone_no_area_code')
            elif r < 0.91:
                p2 = phone_digit_off(phone)
                if p2:
                    phone = p2
                    t.append('phone_digit_off')
            else:
                phone = new_phone(e['metro'])
                t.append('phone_new_number')
    else:
        if phone and rng.random() < 0.12:
            phone = None
            t.append('phone_missing')
    # ---------------- address
    if H:
        if addr is None or 'addr' in om:
            if rng.random() < 0.45:
                t.append('address_added')
            else:
                addr = None
        else:
            r = rng.random()
            if r < 0.13:
                addr = moved_address(e)
                t.append('moved')
            elif r < 0.33:
                addr = None
                t.append('address_missing')
            else:
                if rng.random() < 0.22 and not addr['name'][0].isdigit():
                    addr['name'] = typo(addr['name'])
                    t.append('street_typo')
                if rng.random() < 0.14:
                    addr['city'] = typo(addr['city'])
                    t.append('city_typo')
                if rng.random() < 0.08:
                    addr['postal'] = postal_off(addr['postal'])
                    t.append('postal_digit_off')
                t.append('address_format')
    else:
        if rng.random() < 0.2:
            addr = None
            t.append('address_missing')
    # ---------------- assemble
    case = None
    if H:
        r = rng.random()
        case = 'upper' if r < 0.07 else ('lower' if r < 0.14 else None)
        if case:
            t.append('all_caps' if case == 'upper' else 'all_lower')
    else:
        r = rng.random()
        case = 'upper' if r < 0.03 else ('lower' if r < 0.06 else None)
    form = 'normal'
    r = rng.random()
    if r < (0.15 if H else 0.06):
        form = 'last_first'
        t.append('display_last_first')
    elif H and r < 0.21:
        form = 'swap'
        t.append('names_swapped')
    elif H and r < 0.25:
        form = 'one_field'
        t.append('name_in_one_field')
    disp = person_display(given, mid_disp, family, suffix, student, 'last_first' if form == 'last_first' else 'normal')
    gname, fname = given + (' ' + mid_disp if mid_disp else ''), family
    if form == 'swap':
        gname, fname = family, given
        disp = person_display(family, None, given, suffix, student)
    elif form == 'one_field':
        gname, fname = disp.replace(' (student)', ''), None
    only_first = H and email and rng.random() < 0.045
    if only_first:
        t = [x for x in t if x not in ('display_last_first', 'names_swapped', 'name_in_one_field')]
        t.append('only_first_name_email')
        disp = given + (' (student)' if student else '')
        gname, fname, phone, addr = given, None, None, None
    ast = random_addr_style(addr) if addr else None
    if ast is not None:
        ast['case'] = case
    c = mk_contact(casefix(disp, case), casefix(gname, case), casefix(fname, case), None,
                   email.lower() if (email and case == 'lower') else email,
                   fmt_phone(phone, pstyle) if phone else None, render_address(addr, ast) if addr else None)
    return c, t


ORG_SUBS = [(' Elementary School', [' Elementary', ' Elem. School', ' Elem']), (' Middle School', [' Middle', ' MS']),
            (' High School', [' HS', ' High']), ('St. ', ['Saint ', 'St ']), (' & ', [' and ']), (' and ', [' & ']),
            (' Center', [' Ctr', ' Centre']), (' Centre', [' Center', ' Ctr']), (' United Methodist Church', [' UMC']),
            (' Presbyterian', [' Pres.']), (' Community', [' Comm.']), (' School District', [' SD', ' Sch. Dist.']),
            ('The ', ['']), (' Church', ['']), (' LLC', ['', ' L.L.C.', ', LLC']), (' Inc.', ['', ' Inc', ', Inc.']),
            (' Ltd.', ['', ' Limited']), (' Co.', [' Company', '']), (' Public Schools', [' Public School District']),
            ('Community Consolidated School District', ['CCSD']), ('Independent School District', ['ISD'])]


def noise_org_name(name):
    t = []
    subs = [s for s in ORG_SUBS if s[0] in name]
    if subs and rng.random() < 0.55:
        a, bs = rng.choice(subs)
        name = name.replace(a, rng.choice(bs), 1).strip()
        t.append('org_name_variant')
    if rng.random() < 0.14:
        name = typo(name)
        t.append('org_name_typo')
    if rng.random() < 0.06:
        name = name.upper()
        t.append('all_caps')
    return name, t


def noise_org(e, level):
    H = level == 'harsh'
    t = []
    name = e['name']
    if H:
        name, t2 = noise_org_name(name)
        t += t2
    email, phone, addr = e['email'], e['phone'], copy.deepcopy(e['addr'])
    cg, cf = e['cg'], e['cf']
    if H:
        r = rng.random()
        if r < 0.25 and e['kind'] != 'llc':
            cul = pick_culture(e['metro'])
            gen = rng.choice('mf')
            cg = given_for(cul, gen)
            b = surname_base(cul)
            cf = b[0] if isinstance(b, tuple) else b
            t.append('contact_person_changed')
        elif r < 0.45 and e['kind'] != 'llc':
            cg = cf = None
        r = rng.random()
        if r < 0.45:
            pass
        elif r < 0.53:
            email = email_typo(email)
            t.append('email_typo')
        elif r < 0.73 and e['kind'] != 'llc' and '@' in email and 'example' in email:
            dom = email.split('@')[1]
            loc = (slug(cg)[:1] + slug(cf)) if cg else rng.choice([x for x in ORG_LOCALS if x != email.split('@')[0]])
            email = f'{loc}@{dom}'
            t.append('email_other_staff')
        elif r < 0.86:
            email = None
            t.append('email_missing')
        r = rng.random()
        pstyle = None
        if r < 0.6:
            t.append('phone_format')
        elif r < 0.78:
            phone = None
            t.append('phone_missing')
        elif r < 0.84:
            phone = phone_digit_off(phone) or phone
            t.append('phone_digit_off')
        elif r < 0.9:
            phone = new_phone(e['metro'])
            t.append('phone_new_number')
        r = rng.random()
        if r < 0.04:
            addr = make_address(e['metro'])
            t.append('moved')
        elif r < 0.22:
            addr = None
            t.append('address_missing')
        else:
            if rng.random() < 0.12 and not addr['name'][0].isdigit():
                addr['name'] = typo(addr['name'])
                t.append('street_typo')
            if rng.random() < 0.06:
                addr['postal'] = postal_off(addr['postal'])
                t.append('postal_digit_off')
            t.append('address_format')
    else:
        pstyle = None
        if rng.random() < 0.15:
            addr = None
            t.append('address_missing')
    ast = random_addr_style(addr) if addr else None
    if ast and rng.random() < 0.5:
        ast['unit'] = rng.choice(['Suite {u}', 'Ste {u}', 'Ste. {u}', '#{u}'])
    c = mk_contact(name, cg, cf, name, email, fmt_phone(phone) if phone else None,
                   render_address(addr, ast) if addr else None)
    return c, t


FORMAT_TAGS = {'address_format', 'phone_format', 'email_case', 'address_added', 'phone_added', 'email_added'}


def noisy_record(e, level, must_link=(), must_differ=None, tries=80):
    """Draw noise until the record keeps link evidence to one of must_link contacts and
    (for hard negatives) stays distinguishable from must_differ."""
    last = None
    for i in range(tries):
        lv = level if i < tries - 20 else 'light'
        c, t = (noise_org(e, lv) if e['etype'] == 'org' else noise_person(e, lv))
        if must_link and not any(CK.link_evidence(m, c) for m in must_link):
            continue
        if must_differ is not None and not CK.distinguishing(must_differ, c):
            continue
        if level == 'harsh' and len([x for x in t if x not in FORMAT_TAGS]) < (2 if i < 40 else 1):
            continue
        return c, t
        last = (c, t)
    raise RuntimeError(f'could not draw noise for {e["id"]} {e.get("given") or e.get("name")}')

# ============================================================ build existing

def build_existing():
    ex = []   # list of entities
    target_person = 1275

    def add(p, kind=None):
        if kind:
            p['kind'] = kind
        p['existing'] = True
        ex.append(p)
        return p

    # special structures
    for _ in range(40):   # both spouses are their own customers
        hh = Household()
        a = add(hh.adult('parent', 'f'))
        b = add(hh.adult('parent', 'm', phone_mode=hh.landline if hh.landline and a['phone'] == hh.landline else None))
        a['rel'].append(f"spouse_of:{b['id']}")
        b['rel'].append(f"spouse_of:{a['id']}")
    for _ in range(45):   # parent + child billed on own
        hh = Household()
        p = add(hh.adult('parent'))
        k = add(hh.child(payer=p))
        k['rel'].append(f"child_of:{p['id']}")
        if rng.random() < 0.25:
            k2 = add(hh.child(payer=p))
            k2['rel'].append(f"sibling_of:{k['id']}")
    for _ in range(25):   # child billed on own, parent not a customer
        hh = Household()
        par = hh.adult('payer_only')
        del ALL_ENTS[par['id']]
        hh.members.remove(par)
        add(hh.child(payer=par))
    for _ in range(8):    # twins, both billed on own
        hh = Household()
        par = hh.adult('payer_only')
        del ALL_ENTS[par['id']]
        hh.members.remove(par)
        k1 = add(hh.child(payer=par))
        k2 = add(hh.child(payer=par))
        k1['rel'].append(f"twin_of:{k2['id']}")
        k2['rel'].append(f"twin_of:{k1['id']}")
    for _ in range(15):   # divorced parents, each billed separately
        hh1 = Household()
        a = add(hh1.adult('parent', 'f'))
        hh2 = Household(metro=hh1.metro, culture=hh1.culture)
        hh2.base = hh1.base
        fam = hh1.fam_m if rng.random() < 0.6 else None
        b = add(hh2.adult('parent', 'm', family=fam or hh2.fam_m))
        a['rel'].append(f"coparent_of:{b['id']}")
        b['rel'].append(f"coparent_of:{a['id']}")
    for _ in range(9):    # Sr and Jr both customers
        hh = Household(culture=rng.choice(['anglo', 'anglo', 'hispanic', 'filipino', 'nigerian']))
        sr = add(hh.adult('parent', 'm'))
        sr['suffix'] = 'Sr.'
        if rng.random() < 0.5:
            hh2 = Household(metro=hh.metro, culture=hh.culture)
            jr = add(hh2.adult('adult_student', 'm', given=sr['given'], family=sr['family']))
        else:
            jr = add(hh.adult('adult_student', 'm', given=sr['given'], family=sr['family']))
        jr['suffix'] = 'Jr.'
        jr['rel'].append(f"son_of:{sr['id']}")
    namesake_src = []
    # ordinary customers
    while len(ex) < target_person - 22:
        r = rng.random()
        hh = Household()
        if r < 0.66:
            add(hh.adult('parent'))
        elif r < 0.88:
            p = add(hh.adult('adult_student', rng.choice('mf')))
            p['kind'] = 'adult_student'
        else:
            add(hh.adult('grandparent'))
    # namesake pairs inside existing (same name, unrelated)
    pool = [p for p in ex if p['etype'] == 'person' and not p['student'] and not p['suffix']]
    for p in rng.sample(pool, 22):
        hh = Household(metro=p['metro'], culture=p['culture'])
        q = add(hh.adult(p['kind'] if p['kind'] != 'payer_only' else 'parent', p['gender'], given=p['given'], family=p['family']))
        q['rel'].append(f"namesake_of:{p['id']}")
        p['rel'].append(f"namesake_of:{q['id']}")
    persons = list(ex)
    # organisations (225)
    orgs = []
    kinds = [('school', 58), ('district', 18), ('church', 36), ('community', 34), ('sponsor', 30), ('camp', 22), ('llc', 27)]
    for k, n in kinds:
        for _ in range(n):
            if k == 'llc':
                if rng.random() < 0.5:
                    owner = rng.choice([p for p in persons if not p['student'] and not p.get('has_llc')])
                    owner['has_llc'] = True
                    o = mk_org('llc', owner['metro'], owner=owner)
                    o['rel'].append(f"owned_by:{owner['id']}")
                else:
                    hh = Household()
                    own = hh.adult('owner')
                    del ALL_ENTS[own['id']]
                    o = mk_org('llc', hh.metro, owner=own)
                    o['owner'] = None
            else:
                o = mk_org(k)
            o['existing'] = True
            orgs.append(o)
    ex += orgs
    # display styles, omissions
    for e in ex:
        om = set()
        if e['etype'] == 'person':
            if rng.random() < 0.06:
                om.add('email')
            if rng.random() < 0.09:
                om.add('phone')
            if rng.random() < 0.12:
                om.add('addr')
            if e.get('middle'):
                e['disp_mid'] = rng.choice([None, None, 'initial', 'full'])
            e['disp_form'] = 'last_first' if rng.random() < 0.05 else 'normal'
        else:
            if rng.random() < 0.03:
                om.add('email')
            if rng.random() < 0.05:
                om.add('addr')
        if len(om) == 3:
            om.discard('email')
        e['omit'] = om
    assert len(ex) == N_EXISTING, len(ex)
    return ex


def disambiguate(ex):
    contacts = {}
    seen = {}
    for e in ex:
        c = person_existing_contact(e) if e['etype'] == 'person' else org_existing_contact(e)
        contacts[e['id']] = c
    byname = {}
    for e in ex:
        byname.setdefault(contacts[e['id']]['displayName'].lower(), []).append(e)
    for k, lst in byname.items():
        if len(lst) < 2:
            continue
        used = {k}
        for j, e in enumerate(lst[1:], 2):
            base = contacts[e['id']]['displayName']
            city = e['addr']['city']
            if rng.random() < 0.6 and (base + f' ({city})').lower() not in used:
                d = base + f' ({city})' if e['etype'] == 'person' else f'{base} - {city}'
            else:
                d = f'{base} {j}'
            n = j
            while d.lower() in used:
                n += 1
                d = f'{base} {n}'
            used.add(d.lower())
            contacts[e['id']]['displayName'] = d
            e['disp_override'] = d
    return contacts

# ============================================================ hard negatives

def hard_negative(kind, ex, ex_contacts, used_targets):
    persons = [e for e in ex if e['etype'] == 'person' and e['id'] not in used_targets]
    adults = [e for e in persons if not e['student'] and e['kind'] in ('parent', 'adult_student', 'grandparent')]

    def pick(lst):
        return rng.choice(lst)
    if kind == 'spouse':
        x = pick([a for a in adults if a['kind'] == 'parent' and not any(r.startswith('spouse_of') for r in a['rel'])
                  and a.get('hh') and not a['suffix']])
        hh = x['hh']
        g = 'm' if x['gender'] == 'f' else 'f'
        if x['culture'] in ('polish', 'russian') and isinstance(hh.base, tuple):
            fam = surname_for(x['culture'], hh.base, g, married_female_form=x['family'] != hh.base[0])
        else:
            fam = x['family'] if rng.random() < 0.8 else (hh.fam_f if g == 'f' else hh.fam_m)
            if not CK.family_eq(fam, x['family']):
                fam = x['family']
        ph = x['phone'] if rng.random() < 0.35 else None
        n = hh.adult('parent', g, phone_mode=ph, family=fam)
    elif kind == 'sibling':
        x = pick([a for a in adults if a['kind'] in ('adult_student', 'parent') and a.get('hh')])
        hh = x['hh']
        g = rng.choice('mf')
        fam = x['family'] if x['culture'] not in ('polish', 'russian') else surname_for(x['culture'], hh.base, g)
        n = hh.adult('adult_student', g, family=fam, phone_mode=(x['phone'] if rng.random() < 0.3 else None))
    elif kind == 'child_student':
        x = pick([a for a in adults if a['kind'] == 'parent' and a.get('hh')])
        n = x['hh'].child(payer=x)
        n['kind'] = 'student_child'
    elif kind == 'twin':
        x = pick([a for a in persons if a['student'] and a.get('hh')] +
                 [a for a in adults if a['kind'] == 'adult_student' and a.get('hh')])
        hh = x['hh']
        g = rng.choice('mf')
        avoid = hh.used_given + [x['given']]
        if x['student']:
            n = mk_person('student_child', x['culture'], g, kid_given(x['culture'], g, avoid), hh.kid_family_for(g),
                          x['metro'], x['addr'], x['email'], x['phone'], student=True, hh=hh)
        else:
            gv = given_for(x['culture'], g, avoid)
            if CK.dl(CK.fold(gv), CK.fold(x['given'])) <= 2:
                gv = given_for(x['culture'], g, avoid + [gv])
            fam = x['family'] if x['culture'] not in ('polish', 'russian') else surname_for(x['culture'], hh.base, g)
            n = mk_person('adult_student', x['culture'], g, gv, fam, x['metro'], x['addr'],
                          make_email(gv, fam, x['metro']), x['phone'], hh=hh)
        hh.used_given.append(n['given'])
    elif kind == 'namesake':
        x = pick([a for a in adults if not a['suffix']])
        hh = Household(metro=x['metro'], culture=x['culture'])
        n = hh.adult(x['kind'], x['gender'], given=x['given'], family=x['family'])
        n['middle'] = None if rng.random() < 0.7 else middle_for(x['culture'], x['gender'])
    elif kind == 'divorced_parent':
        x = pick([a for a in adults if a['kind'] == 'parent' and not any(r.startswith(('spouse_of', 'coparent')) for r in a['rel'])])
        hh = Household(metro=x['metro'], culture=x['culture'])
        g = 'm' if x['gender'] == 'f' else 'f'
        if rng.random() < 0.9:
            fam = x['family'] if x['culture'] not in ('polish', 'russian') else surname_for(x['culture'], x['hh'].base, g)
        else:
            fam = None
        n = hh.adult('parent', g, family=fam, given=given_for(x['culture'], g, [x['given']]))
    elif kind == 'llc':
        x = pick([a for a in adults if not a.get('has_llc') and a['kind'] in ('parent', 'adult_student')])
        x['has_llc'] = True
        n = mk_org('llc', x['metro'], owner=x)
    elif kind == 'jr_sr':
        x = pick([a for a in adults if a['gender'] == 'm' and not a['suffix'] and a['kind'] in ('parent', 'grandparent')
                  and not any(r.startswith('namesake') for r in a['rel'])])
        if rng.random() < 0.5:
            n = x['hh'].adult('adult_student', 'm', given=x['given'], family=x['family'])
        else:
            hh = Household(metro=x['metro'], culture=x['culture'])
            n = hh.adult('parent', 'm', given=x['given'], family=x['family'])
        n['suffix'] = 'Jr.'
        n['middle'] = None
        if rng.random() < 0.3:
            # the bookkeeper never knew the father was "Sr."; nothing changes in existing
            pass
    elif kind == 'sister_org':
        x = pick([o for o in ex if o['etype'] == 'org' and o['kind'] in ('school', 'church', 'community', 'camp', 'district')
                  and o['id'] not in used_targets])
        nm = x['name']
        if x['kind'] == 'school' and any(s in nm for s in ('Elementary', 'Middle', 'High')):
            for a, b in (('Elementary', 'Middle'), ('Middle', 'High'), ('High', 'Middle')):
                if a in nm:
                    nm = nm.replace(a, b)
                    break
            n = mk_org('school', x['metro'], name=nm)
        elif x['kind'] == 'camp' and 'Camp' in nm:
            n = mk_org('camp', x['metro'], name=nm.replace('Camp ', '') + ' Day Camp' if nm.startswith('Camp ') else 'Camp ' + nm.split()[0])
        else:
            # same-named organisation in another town / branch
            other = [c for c, _, _ in METROS[x['metro']]['cities'] if c != x['addr']['city']]
            city = rng.choice(other)
            nm2 = nm.replace(x['addr']['city'], city) if x['addr']['city'] in nm else nm
            n = mk_org(x['kind'], x['metro'], name=nm2, city=city)
    else:
        raise ValueError(kind)
    if n['etype'] == 'person':
        n['kind'] = n['kind'] if n['kind'] != 'owner' else 'parent'
    n['hn'] = kind
    n['imitates'] = x['id']
    used_targets.add(x['id'])
    return n


def plain_new():
    r = rng.random()
    hh = Household()
    if r < 0.55:
        return hh.adult('parent')
    if r < 0.72:
        return hh.adult('adult_student', rng.choice('mf'))
    if r < 0.79:
        par = hh.adult('payer_only')
        del ALL_ENTS[par['id']]
        hh.members.remove(par)
        return hh.child(payer=par)
    if r < 0.85:
        return hh.adult('grandparent')
    k = wchoice([('school', 30), ('church', 15), ('community', 20), ('sponsor', 15), ('camp', 10), ('district', 5), ('llc', 8)])
    if k == 'llc':
        own = hh.adult('owner')
        del ALL_ENTS[own['id']]
        o = mk_org('llc', hh.metro, owner=own)
        o['owner'] = None
        return o
    return mk_org(k, hh.metro)


def kind_label(e):
    if e['etype'] == 'org':
        return 'org:' + e['kind']
    k = e['kind']
    if e['student']:
        k = 'student_child'
    if k in ('payer_only', 'owner'):
        k = 'parent'
    return 'person:' + k

# ===================================================================== main

def main():
    ex = build_existing()
    rng.shuffle(ex)
    ex_contacts = disambiguate(ex)
    ex_by_id = {e['id']: e for e in ex}
    # check display-name uniqueness again
    assert len({c['displayName'].lower() for c in ex_contacts.values()}) == N_EXISTING

    # ---- hard negatives
    hn_plan = [('spouse', 55), ('sibling', 28), ('child_student', 45), ('namesake', 50), ('divorced_parent', 34),
               ('llc', 22), ('jr_sr', 20), ('twin', 21), ('sister_org', 25)]
    assert sum(n for _, n in hn_plan) == N_HARDNEG
    used_targets = set()
    hns = []
    for k, n in hn_plan:
        for _ in range(n):
            hns.append(hard_negative(k, ex, ex_contacts, used_targets))
    plains = [plain_new() for _ in range(N_NEWPLAIN)]
    news = hns + plains
    # ---- matches
    weights = []
    for e in ex:
        w = 1.0
        if e['etype'] == 'org':
            w = 0.8
        weights.append(w)
    match_ids = []
    chosen = set()
    n_distinct = N_MATCH - N_MATCH_TWICE
    idx = list(range(len(ex)))
    rng.shuffle(idx)
    # make sure imitated customers are often themselves in the stream (the hard case)
    imitated = [e['imitates'] for e in hns]
    rng.shuffle(imitated)
    for i in imitated[:150]:
        if i not in chosen:
            chosen.add(i)
    for j in idx:
        if len(chosen) >= n_distinct:
            break
        chosen.add(ex[j]['id'])
    chosen = list(chosen)[:n_distinct]
    chosen.sort()
    rng.shuffle(chosen)
    twice = rng.sample(chosen, N_MATCH_TWICE)
    events = [('match', i) for i in chosen] + [('match', i) for i in twice]
    # ---- repeats of new
    rep_counts = {}
    cand = [e['id'] for e in news]
    left = N_REPEAT
    while left > 0:
        i = rng.choice(cand)
        c = rep_counts.get(i, 0)
        if c >= 3:
            continue
        if c >= 1 and rng.random() < 0.6:
            continue
        rep_counts[i] = c + 1
        left -= 1
    for e in news:
        events += [('new', e['id'])] * (1 + rep_counts.get(e['id'], 0))
    rng.shuffle(events)
    assert len(events) == 1500
    # ---- produce records
    out_rows, out_meta = [], []
    for e in ex:
        c = ex_contacts[e['id']]
        out_rows.append(dict(set='existing', entity=e['id'], contact=c))
        out_meta.append(dict(entity=e['id'], category='existing', kind=kind_label(e), changes=list(e['rel'])))
    seen_new = {}
    for typ, eid in events:
        e = ALL_ENTS[eid]
        if typ == 'match':
            c, t = noisy_record(e, 'harsh', must_link=[ex_contacts[eid]])
            cat = 'existing_match'
            tags = t
        else:
            imit = ex_contacts[e['imitates']] if e.get('hn') else None
            if eid not in seen_new:
                for _ in range(200):
                    c, t = noisy_record(e, 'light', must_differ=imit)
                    if c['email'] or c['phone']:
                        break
                seen_new[eid] = [c]
                cat = 'new'
            else:
                c, t = noisy_record(e, 'harsh', must_link=seen_new[eid], must_differ=imit)
                seen_new[eid].append(c)
                cat = 'repeat_of_new'
            tags = t
            if e.get('hn'):
                tags = [f"hard_negative:{e['hn']}", f"imitates:{e['imitates']}"] + t
        out_rows.append(dict(set='incoming', entity=eid, contact=c))
        out_meta.append(dict(entity=eid, category=cat, kind=kind_label(e), changes=tags))
    with open(os.path.join(HERE, 'set.jsonl'), 'w', encoding='utf-8') as f:
        for r in out_rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'meta.jsonl'), 'w', encoding='utf-8') as f:
        for i, m in enumerate(out_meta, 1):
            f.write(json.dumps(dict(line=i, **m), ensure_ascii=False) + '\n')
    print('wrote', len(out_rows), 'lines')


if __name__ == '__main__':
    main()
