#!/usr/bin/env python3
"""
gen.py -- builds the blind 'uk-accounts' labelled record-linkage set.

Scenario: a UK accountancy / bookkeeping practice (Manchester, Leeds, Glasgow,
Cardiff, Bristol, London suburbs).  "existing" = its practice-management app,
one record per true client.  "incoming" = customer records arriving from the
QuickBooks Online company it bills from.

Python 3 standard library only; seeded and deterministic (no iteration over
string sets).  Writes set.jsonl and meta.jsonl next to this file.

    python3 gen.py            # then: python3 check.py
"""
import copy
import json
import os
import random
import re
import sys
import unicodedata
from difflib import SequenceMatcher

SEED = 20240917
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)

N_EXISTING = 1500
N_MATCH_SINGLE, N_MATCH_DOUBLE = 615, 30          # 615 + 2*30 = 675 match records (45%)
N_PLAIN_NEW = 300                                  # + 300 hard negatives = 600 new (40%)
N_REPEAT_ONCE, N_REPEAT_TWICE = 195, 15            # 195 + 2*15 = 225 repeats (15%)
HN_PLAN = [  # (kind, count) -- 300 hard negatives in total
    ('spv_sibling', 40), ('group_sibling', 28), ('spouse', 35), ('father_son', 20),
    ('namesake_other_city', 30), ('director_vs_company', 42), ('managing_agent_sibling', 25),
    ('dental_branch', 15), ('charity_trading_subsidiary', 15), ('partner_individual', 25),
    ('company_namesake_other_city', 25)]


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def chance(p):
    return R.random() < p


def deaccent(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('’', "'")
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r'[^a-z0-9]', '', deaccent(s).lower())


# ----------------------------------------------------------------- name data
GIVEN = {
    'anglo': {
        'm': ['William', 'James', 'John', 'Robert', 'Michael', 'David', 'Richard', 'Thomas', 'Christopher',
              'Andrew', 'Peter', 'Stephen', 'Paul', 'Mark', 'Anthony', 'Daniel', 'Matthew', 'Jonathan',
              'Nicholas', 'Simon', 'Gary', 'Kevin', 'Ian', 'Neil', 'Graham', 'Philip', 'Edward', 'Samuel',
              'Benjamin', 'Joseph', 'Alexander', 'Timothy', 'Lee', 'Craig', 'Jason', 'Darren', 'Dean',
              'Liam', 'Ryan', 'Jack', 'Oliver', 'Harry', 'George', 'Charles', 'Luke', 'Adam', 'Martin'],
        'f': ['Elizabeth', 'Margaret', 'Susan', 'Sarah', 'Catherine', 'Katherine', 'Jennifer', 'Patricia',
              'Deborah', 'Rebecca', 'Victoria', 'Helen', 'Rachel', 'Emma', 'Claire', 'Joanne', 'Nicola',
              'Louise', 'Amanda', 'Karen', 'Julie', 'Lisa', 'Michelle', 'Alison', 'Jacqueline', 'Christine',
              'Gillian', 'Hannah', 'Charlotte', 'Sophie', 'Lucy', 'Laura', 'Amy', 'Jessica', 'Abigail',
              'Samantha', 'Alexandra', 'Kimberley', 'Natalie', 'Zoe', 'Kelly', 'Lindsay']},
    'scot': {
        'm': ['Alasdair', 'Hamish', 'Callum', 'Iain', 'Ewan', 'Fraser', 'Angus', 'Douglas', 'Gordon', 'Stuart',
              'Graeme', 'Ross', 'Craig', 'Scott', 'Kenneth', 'Duncan', 'Alistair', 'Lachlan', 'Murray',
              'Euan', 'Andrew', 'James', 'John', 'David', 'Robert'],
        'f': ['Eilidh', 'Morag', 'Fiona', 'Kirsty', 'Catriona', 'Mhairi', 'Isla', 'Ailsa', 'Shona', 'Morven',
              'Heather', 'Lorna', 'Elaine', 'Gillian', 'Rhona', 'Iona', 'Margaret', 'Elizabeth', 'Karen']},
    'welsh': {
        'm': ['Gareth', 'Rhys', 'Owen', 'Dylan', 'Dafydd', 'Gethin', 'Ieuan', 'Huw', 'Emyr', 'Aled', 'Gwyn',
              'Rhodri', 'Iwan', 'Geraint', 'Meirion', 'Llewelyn', 'Tomos', 'Osian', 'Cai', 'Morgan',
              'David', 'Stephen', 'Richard'],
        'f': ['Siân', 'Cerys', 'Angharad', 'Bethan', 'Ffion', 'Rhiannon', 'Nia', 'Catrin', 'Eleri', 'Elin',
              'Lowri', 'Megan', 'Carys', 'Gwen', 'Mererid', 'Seren', 'Manon', 'Heledd', 'Sarah', 'Helen']},
    'muslim': {
        'm': ['Mohammed', 'Muhammad', 'Imran', 'Tariq', 'Asif', 'Nadeem', 'Zubair', 'Kamran', 'Adnan', 'Faisal',
              'Shahid', 'Irfan', 'Waqar', 'Naveed', 'Yasir', 'Abdul', 'Mohammed', 'Omar', 'Bilal'],
        'f': ['Ayesha', 'Farah', 'Nasreen', 'Shabana', 'Fatima', 'Saima', 'Rubina', 'Samina', 'Zainab',
              'Amina', 'Nadia', 'Sadia', 'Uzma', 'Bushra']},
    'gujarati': {
        'm': ['Rajesh', 'Sanjay', 'Nilesh', 'Hitesh', 'Jignesh', 'Vikram', 'Amit', 'Anil', 'Pradeep', 'Ketan',
              'Dinesh', 'Ashok', 'Rakesh', 'Kiran', 'Mehul', 'Bhavesh'],
        'f': ['Priya', 'Anjali', 'Bhavna', 'Nisha', 'Sunita', 'Meena', 'Hema', 'Kavita', 'Pooja', 'Rupa',
              'Jayshree', 'Hetal', 'Nita']},
    'sikh': {
        'm': ['Harpreet', 'Gurpreet', 'Jaswinder', 'Manjit', 'Sukhwinder', 'Amrit', 'Ravinder', 'Kuldip',
              'Paramjit', 'Balvinder', 'Jaspal', 'Hardeep', 'Davinder'],
        'f': ['Harpreet', 'Gurpreet', 'Manjit', 'Amrit', 'Jaswinder', 'Kiranjit', 'Rajinder', 'Navjot',
              'Simran', 'Parminder']},
    'polish': {
        'm': ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Marcin', 'Łukasz', 'Michał', 'Jakub', 'Grzegorz',
              'Marek', 'Adam', 'Wojciech', 'Kamil', 'Mateusz', 'Dariusz'],
        'f': ['Agnieszka', 'Katarzyna', 'Magdalena', 'Małgorzata', 'Joanna', 'Aleksandra', 'Monika', 'Ewa',
              'Anna', 'Justyna', 'Natalia', 'Karolina', 'Dorota', 'Beata']},
    'nigerian': {
        'm': ['Chinedu', 'Oluwaseun', 'Babatunde', 'Olumide', 'Oluwatobi', 'Chukwuemeka', 'Olufemi', 'Adewale',
              'Ikechukwu', 'Obinna', 'Segun', 'Kayode', 'Emmanuel', 'Uchenna'],
        'f': ['Ngozi', 'Chiamaka', 'Folake', 'Temitope', 'Ifeoma', 'Funmilayo', 'Yetunde', 'Oluwakemi',
              'Adaeze', 'Chioma', 'Bukola', 'Omolara', 'Nneka', 'Blessing', 'Adebola']},
    'chinese': {
        'm': ['Wei', 'Jun', 'Ming', 'Hao', 'Jian', 'Lei', 'Tao', 'Kevin', 'Jason', 'Kelvin', 'Ho Yin', 'Ka Wai'],
        'f': ['Mei', 'Jing', 'Xiaoling', 'Hui', 'Ying', 'Yan', 'Li Na', 'Michelle', 'Grace', 'Winnie',
              'Ka Man', 'Siu Ling']},
    'irish': {
        'm': ['Ciarán', 'Seán', 'Pádraig', 'Declan', 'Eoin', 'Cormac', 'Dónal', 'Niall', 'Colm', 'Fergal',
              'Conor', 'Kieran', 'Brendan', 'Darragh', 'Eamon', 'Liam'],
        'f': ['Siobhán', 'Niamh', 'Aoife', 'Róisín', 'Gráinne', 'Fionnuala', 'Orla', 'Clodagh', 'Sinéad',
              'Máire', 'Caoimhe', 'Deirdre', 'Aisling']},
}
OLD_ANGLO = {'m': ['Brian', 'Kenneth', 'Derek', 'Raymond', 'Colin', 'Keith', 'Trevor', 'Geoffrey', 'Roy',
                   'Dennis', 'Malcolm', 'Gordon', 'Barry', 'Terence', 'William', 'John', 'Robert', 'Peter'],
             'f': ['Doreen', 'Barbara', 'Jean', 'Pauline', 'Valerie', 'Sandra', 'Brenda', 'Sheila', 'Maureen',
                   'Joan', 'Margaret', 'Patricia', 'Elizabeth', 'Christine', 'Irene', 'Joyce']}
SURN = {
    'anglo': ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson',
              'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson',
              'Clarke', 'Harrison', 'Lewis', 'Hughes', 'Edwards', 'Turner', 'Hill', 'Moore', 'Cooper', 'Ward',
              'Morris', 'King', 'Baker', 'Harris', 'Lee', 'Martin', 'Allen', 'Shaw', 'Mitchell', 'Holmes',
              'Marshall', 'Bennett', 'Barker', 'Ashworth', 'Whitehead', 'Sutcliffe', 'Greenwood',
              'Butterworth', 'Hargreaves', 'Pickering', 'Phillips', 'Lindsay', 'Fletcher', 'Crossley',
              'Hepworth', 'Ramsbottom', 'Kershaw', 'Sykes', 'Brook', 'Haigh', 'Parkinson'],
    'scot': ['MacDonald', 'Campbell', 'Stewart', 'Robertson', 'Murray', 'MacLeod', 'Fraser', 'Ross',
             'Henderson', 'Paterson', 'Kerr', 'Ferguson', 'Grant', 'Cameron', 'Sinclair', 'Duncan', 'Hamilton',
             'Buchanan', 'Docherty', 'McGregor', 'MacKenzie', 'McLean', 'Reid', 'Gillespie', 'Wallace',
             'Munro', 'Morrison', 'Sutherland', 'Crawford', 'McKay', 'Baird', 'Urquhart', 'Lindsay', 'Brown',
             'Smith', 'Wilson'],
    'welsh': ['Jones', 'Davies', 'Williams', 'Evans', 'Thomas', 'Roberts', 'Hughes', 'Lewis', 'Morgan',
              'Griffiths', 'Price', 'Rees', 'Powell', 'Jenkins', 'Llewellyn', 'Pritchard', 'Bowen', 'Vaughan',
              'Owen', 'Parry', 'Lloyd', 'Phillips', 'Howells', 'Watkins', 'Morris', 'James', 'Harries',
              'Prosser', 'Bevan'],
    'muslim': ['Khan', 'Hussain', 'Ahmed', 'Ali', 'Iqbal', 'Malik', 'Rahman', 'Chaudhry', 'Akhtar', 'Mahmood',
               'Butt', 'Bhatti', 'Qureshi', 'Shah', 'Aslam', 'Rashid', 'Anwar', 'Siddiqui', 'Hussain', 'Khan'],
    'gujarati': ['Patel', 'Patel', 'Patel', 'Shah', 'Mistry', 'Sharma', 'Chauhan', 'Parmar', 'Desai',
                 'Joshi', 'Lad', 'Solanki', 'Modi', 'Thakkar', 'Gohil', 'Pandya', 'Kapoor', 'Mehta'],
    'sikh': ['Sandhu', 'Gill', 'Dhillon', 'Sidhu', 'Bains', 'Johal', 'Sahota', 'Grewal', 'Atwal', 'Bhogal',
             'Virdi'],
    'polish': ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski',
               'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur',
               'Krawczyk', 'Piotrowski', 'Grabowski', 'Pawłowski', 'Michalski', 'Król', 'Wieczorek'],
    'nigerian': ['Okafor', 'Adeyemi', 'Okonkwo', 'Adebayo', 'Nwosu', 'Eze', 'Ogunleye', 'Balogun', 'Afolabi',
                 'Okoro', 'Chukwu', 'Obi', 'Oyelaran', 'Adewale', 'Olawale', 'Onyeka', 'Nwachukwu', 'Ibekwe',
                 'Adeleke', 'Ogundipe', 'Oladipo', 'Akinola'],
    'chinese': ['Wang', 'Li', 'Zhang', 'Chen', 'Liu', 'Wong', 'Cheung', 'Lam', 'Ng', 'Ho', 'Tang', 'Yip',
                'Leung', 'Chan', 'Lee', 'Lau', 'Chow', 'Zhou', 'Huang', 'Yang'],
    'irish': ['Murphy', "O'Brien", "O'Sullivan", 'Kelly', 'Byrne', 'Ryan', "O'Connor", 'Walsh', 'McCarthy',
              'Doyle', 'Gallagher', "O'Neill", 'Quinn', 'Brennan', 'Fitzgerald', 'Kavanagh', "O'Donnell",
              'Flanagan', 'Keane', 'Nolan', 'Duffy', 'Moran', "O'Reilly", 'Lynch'],
}
NICK = {
    'William': ['Bill', 'Will', 'Billy'], 'James': ['Jim', 'Jamie', 'Jimmy'], 'John': ['Jack', 'Johnny'],
    'Robert': ['Bob', 'Rob', 'Bobby'], 'Michael': ['Mike', 'Mick'], 'David': ['Dave'], 'Richard': ['Rich', 'Richie', 'Dick'],
    'Thomas': ['Tom', 'Tommy'], 'Christopher': ['Chris'], 'Andrew': ['Andy', 'Drew'], 'Peter': ['Pete'],
    'Stephen': ['Steve'], 'Anthony': ['Tony'], 'Daniel': ['Dan', 'Danny'], 'Matthew': ['Matt'],
    'Jonathan': ['Jon', 'Jonny'], 'Nicholas': ['Nick'], 'Philip': ['Phil'], 'Edward': ['Ed', 'Ted', 'Eddie'],
    'Samuel': ['Sam'], 'Benjamin': ['Ben'], 'Joseph': ['Joe'], 'Alexander': ['Alex', 'Sandy'],
    'Timothy': ['Tim'], 'Kenneth': ['Ken', 'Kenny'], 'Raymond': ['Ray'], 'Geoffrey': ['Geoff'],
    'Charles': ['Charlie', 'Chas'], 'Terence': ['Terry'], 'Malcolm': ['Mal'], 'Dennis': ['Den'],
    'Elizabeth': ['Liz', 'Beth', 'Lizzie', 'Betty'], 'Margaret': ['Maggie', 'Peggy', 'Meg'],
    'Susan': ['Sue', 'Susie'], 'Catherine': ['Cathy', 'Kate'], 'Katherine': ['Kate', 'Kathy', 'Katie'],
    'Jennifer': ['Jenny', 'Jen'], 'Patricia': ['Pat', 'Trish'], 'Deborah': ['Debbie', 'Deb'],
    'Rebecca': ['Becky', 'Becca'], 'Victoria': ['Vicky', 'Tori'], 'Christine': ['Chris', 'Chrissie'],
    'Jacqueline': ['Jackie'], 'Samantha': ['Sam'], 'Alexandra': ['Alex', 'Sandra'], 'Abigail': ['Abbie', 'Abi'],
    'Kimberley': ['Kim'], 'Gillian': ['Gill', 'Jill'], 'Valerie': ['Val'], 'Nicola': ['Nicky'],
    'Amanda': ['Mandy'], 'Joanne': ['Jo'], 'Charlotte': ['Charlie', 'Lottie'], 'Jessica': ['Jess'],
    'Louise': ['Lou'], 'Natalie': ['Nat'], 'Maureen': ['Mo'], 'Sandra': ['Sandy'],
    'Alasdair': ['Ali'], 'Alistair': ['Ali'], 'Callum': ['Cal'], 'Douglas': ['Dougie', 'Doug'],
    'Gordon': ['Gordie'], 'Stuart': ['Stu'], 'Angus': ['Gus'], 'Catriona': ['Cat'], 'Lachlan': ['Lachie'],
    'Dafydd': ['Dai', 'Dave'], 'Llewelyn': ['Llew'], 'Rhodri': ['Rhod'], 'Tomos': ['Tom'],
    'Mohammed': ['Mo'], 'Muhammad': ['Mo'], 'Rajesh': ['Raj'], 'Vikram': ['Vik'], 'Sukhwinder': ['Sukhi'],
    'Jaswinder': ['Jas'], 'Harpreet': ['Harry'], 'Gurpreet': ['Gary'], 'Kuldip': ['Kul'], 'Balvinder': ['Bal'],
    'Davinder': ['Dave'], 'Bhavesh': ['Bav'], 'Nilesh': ['Neil'], 'Kamran': ['Kam'],
    'Krzysztof': ['Chris', 'Krzys'], 'Katarzyna': ['Kasia', 'Kate'], 'Małgorzata': ['Gosia', 'Margaret'],
    'Joanna': ['Asia', 'Jo'], 'Aleksandra': ['Ola', 'Alex'], 'Jakub': ['Kuba', 'Jake'], 'Piotr': ['Peter'],
    'Tomasz': ['Tom', 'Tomek'], 'Paweł': ['Paul'], 'Michał': ['Michael', 'Mike'], 'Łukasz': ['Luke'],
    'Wojciech': ['Wojtek'], 'Grzegorz': ['Greg'], 'Magdalena': ['Magda'], 'Mateusz': ['Matt'],
    'Agnieszka': ['Aga'], 'Dariusz': ['Darek'], 'Marcin': ['Martin'],
    'Oluwaseun': ['Seun'], 'Babatunde': ['Tunde'], 'Olumide': ['Mide'], 'Oluwatobi': ['Tobi'],
    'Chukwuemeka': ['Emeka'], 'Olufemi': ['Femi'], 'Ikechukwu': ['Ike'], 'Adewale': ['Wale'],
    'Temitope': ['Tope'], 'Ifeoma': ['Ify'], 'Funmilayo': ['Funmi'], 'Oluwakemi': ['Kemi'],
    'Chiamaka': ['Amaka'], 'Adebola': ['Bola'], 'Omolara': ['Lara'], 'Bukola': ['Bukky'],
    'Yetunde': ['Yetty'], 'Kayode': ['Kay'], 'Chinedu': ['Nedu'], 'Uchenna': ['Uche'], 'Obinna': ['Obi'],
    'Pádraig': ['Paddy'], 'Dónal': ['Donal'], 'Eamon': ['Eddie'], 'Máire': ['Maura'],
    'Wei': ['William'], 'Ming': ['Michael'], 'Mei': ['May'], 'Xiaoling': ['Linda'], 'Hui': ['Helen'],
    'Jing': ['Jenny'],
}
VARIANT_GROUPS = [
    ['Mohammed', 'Muhammad', 'Mohammad', 'Mohd', 'Mohamed'], ['Hussain', 'Hussein', 'Husain'],
    ['Chaudhry', 'Chaudhary', 'Choudhury', 'Chowdhury'], ['Ahmed', 'Ahmad'], ['Rahman', 'Rehman'],
    ['Mahmood', 'Mahmud'], ['MacDonald', 'McDonald'], ['MacLeod', 'McLeod'], ['MacKenzie', 'McKenzie'],
    ['McGregor', 'MacGregor'], ['McLean', 'MacLean'], ['McKay', 'MacKay'],
    ['Alasdair', 'Alistair', 'Alastair'], ['Alistair', 'Alasdair', 'Alastair'], ['Iain', 'Ian'],
    ['Ewan', 'Euan'], ['Kuldip', 'Kuldeep'], ['Pradeep', 'Pardeep'], ['Hardeep', 'Hardip'],
    ['Catherine', 'Katherine', 'Kathryn'], ['Stephen', 'Steven'], ['Philip', 'Phillip'],
    ['Geoffrey', 'Jeffrey'], ['Deborah', 'Debra'], ['Rebecca', 'Rebekah'], ['Lindsay', 'Lindsey'],
    ['Phillips', 'Philips'], ['Llewellyn', 'Llewelyn'], ['Seán', 'Shaun'], ['Siobhán', 'Shevaun'],
    ['Ho Yin', 'Ho-Yin', 'Hoyin'], ['Ka Wai', 'Ka-Wai'], ['Li Na', 'Lina', 'Li-Na'], ['Ka Man', 'Ka-Man'],
    ['Siu Ling', 'Siu-Ling'], ['Zhang', 'Cheung'], ['Chen', 'Chan'], ['Gareth', 'Garath'],
    ['Sarah', 'Sara'], ['Ann', 'Anne'], ['Clarke', 'Clark'], ['Thompson', 'Thomson'], ['Reid', 'Reed'],
    ['Griffiths', 'Griffith'], ['Kaur', 'Kour'], ['Sandhu', 'Sandu'], ['Mistry', 'Mistri'],
]
VAR = {}
for _g in VARIANT_GROUPS:
    for _n in _g:
        VAR.setdefault(_n, [x for x in _g if x != _n])

# ----------------------------------------------------------------- places
INW = 'ABDEFGHJLNPQRSTUWXYZ'
GENERIC_STREETS = [
    'High Street', 'Church Road', 'Station Road', 'Victoria Road', 'Park Avenue', 'Mill Lane', 'Manor Road',
    'Queens Road', 'Kings Road', 'Chapel Street', 'New Street', 'Green Lane', 'Albert Road', 'York Road',
    'Grange Road', 'Oakfield Avenue', 'Beech Grove', 'Elm Close', 'Willow Crescent', 'Meadow Way',
    'Orchard Drive', 'Springfield Road', 'Highfield Road', 'The Avenue', 'Windsor Gardens', 'Rectory Lane',
    'Cherry Tree Close', 'Ash Grove', 'Westbourne Place', 'Belgrave Terrace', 'Clarendon Road',
    'Woodland Drive', 'Hawthorn Close', 'Market Street', 'School Lane', 'North Street', 'Moorland Road',
    'Hillside Crescent', 'Brook Street', 'Bridge Street']
REG = {
    'MAN': dict(
        cities=[('Manchester', 'M', [1, 2, 3, 4, 8, 9, 11, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23, 40],
                 ['Didsbury', 'Chorlton', 'Withington', 'Fallowfield', 'Levenshulme', 'Rusholme', 'Burnage',
                  'Northenden', 'Ancoats', 'Whalley Range'], 30),
                ('Salford', 'M', [3, 5, 6, 7, 27, 28, 30, 50], ['Eccles', 'Swinton', 'Worsley', 'Pendleton'], 10),
                ('Stockport', 'SK', [1, 2, 3, 4, 5, 6, 7], ['Heaton Moor', 'Heaton Chapel', 'Bramhall', 'Marple',
                                                            'Hazel Grove'], 12),
                ('Altrincham', 'WA', [14, 15], ['Hale', 'Timperley', 'Bowdon'], 7),
                ('Sale', 'M', [33], ['Brooklands', 'Ashton upon Mersey'], 5),
                ('Bolton', 'BL', [1, 2, 3, 4, 5, 6], ['Astley Bridge', 'Horwich'], 8),
                ('Oldham', 'OL', [1, 2, 4, 8, 9], ['Chadderton', 'Royton', 'Shaw'], 7),
                ('Bury', 'BL', [8, 9], ['Ramsbottom', 'Tottington'], 5),
                ('Rochdale', 'OL', [11, 12, 16], ['Littleborough', 'Milnrow'], 5),
                ('Wigan', 'WN', [1, 2, 3, 5, 6], ['Standish', 'Orrell'], 6),
                ('Cheadle', 'SK', [8], ['Cheadle Hulme', 'Gatley'], 5)],
        regions=[('Greater Manchester', 50), ('Lancashire', 8), ('Cheshire', 10), ('Gtr Manchester', 5), (None, 27)],
        land=('0161', '496'),
        streets=['Wilmslow Road', 'Barlow Moor Road', 'Palatine Road', 'Burton Road', 'Oxford Road',
                 'Chester Road', 'Bury New Road', 'Stockport Road', 'Ashton Old Road', 'Moss Lane', 'Beech Road',
                 'Lapwing Lane', 'Mauldeth Road', 'Stamford Street', 'Bolton Road', 'Manchester Road',
                 'Princess Street', 'Deansgate', 'Ayres Road', 'Egerton Road'],
        brands=['Pennine', 'Red Rose', 'Mancunian', 'Irwell', 'Mersey', 'Worker Bee', 'Peak', 'Cotton Mill'],
        villages=['Mellor', 'Compstall', 'Warburton', 'Carrington', 'Dunham Town', 'Saddleworth', 'Blackrod',
                  'Aspull', 'Wardle']),
    'LEE': dict(
        cities=[('Leeds', 'LS', [1, 2, 4, 6, 7, 8, 11, 12, 13, 15, 16, 17], ['Headingley', 'Roundhay',
                 'Chapel Allerton', 'Moortown', 'Meanwood', 'Armley', 'Beeston', 'Crossgates', 'Alwoodley'], 35),
                ('Bradford', 'BD', [1, 2, 3, 5, 8, 9, 10], ['Shipley', 'Heaton', 'Manningham', 'Thornton'], 15),
                ('Wakefield', 'WF', [1, 2, 4], ['Sandal', 'Ossett'], 8),
                ('Harrogate', 'HG', [1, 2, 3], ['Starbeck', 'Pannal'], 7),
                ('Huddersfield', 'HD', [1, 2, 3, 4, 5], ['Lindley', 'Marsh', 'Almondbury'], 9),
                ('Otley', 'LS', [21], [], 3), ('Pudsey', 'LS', [28], ['Farsley'], 4),
                ('Horsforth', 'LS', [18], [], 4), ('Wetherby', 'LS', [22], [], 3),
                ('Halifax', 'HX', [1, 2, 3], ['King Cross', 'Sowerby Bridge'], 6)],
        regions=[('West Yorkshire', 55), ('North Yorkshire', 8), ('Yorkshire', 7), ('W Yorks', 5), (None, 25)],
        land=('0113', '496'),
        streets=['Otley Road', 'Headingley Lane', 'Harrogate Road', 'Roundhay Road', 'Street Lane',
                 'Kirkstall Road', 'Tong Road', 'Town Street', 'Wakefield Road', 'Leeds Road', 'Bradford Road',
                 'Skinner Lane', 'Moor Road', 'Shaw Lane', 'Wetherby Road', 'Scott Hall Road'],
        brands=['White Rose', 'Aire Valley', 'Dales', 'Yorkshire', 'Wharfedale', 'Calder', 'Ridings', 'Broad Acres'],
        villages=['Bramham', 'Boston Spa', 'Scarcroft', 'Bardsey', 'East Keswick', 'Pool-in-Wharfedale',
                  'Collingham', 'Thorner', 'Barwick-in-Elmet']),
    'GLA': dict(
        cities=[('Glasgow', 'G', [1, 2, 3, 4, 5, 11, 12, 13, 14, 20, 21, 22, 31, 32, 33, 40, 41, 42, 43, 44,
                                  46, 51, 52, 53],
                 ['Hyndland', 'Partick', 'Shawlands', 'Dennistoun', 'Finnieston', 'Govanhill',
                  'Pollokshields', 'Cathcart', 'Jordanhill', 'Garnethill', 'Battlefield'], 45),
                ('Paisley', 'PA', [1, 2, 3], ['Ralston', 'Foxbar'], 9), ('Motherwell', 'ML', [1], ['Wishaw'], 6),
                ('Hamilton', 'ML', [3], [], 6), ('East Kilbride', 'G', [74, 75], [], 7),
                ('Bearsden', 'G', [61], [], 5), ('Milngavie', 'G', [62], [], 4), ('Clydebank', 'G', [81], [], 5),
                ('Kirkintilloch', 'G', [66], ['Lenzie'], 4), ('Rutherglen', 'G', [73], [], 4),
                ('Newton Mearns', 'G', [77], [], 5)],
        regions=[('Lanarkshire', 20), ('Renfrewshire', 10), ('East Dunbartonshire', 8), ('Glasgow', 10),
                 ('Strathclyde', 5), (None, 47)],
        land=('0141', '496'),
        streets=['Byres Road', 'Dumbarton Road', 'Great Western Road', 'Paisley Road West', 'Maryhill Road',
                 'Pollokshaws Road', 'Hyndland Road', 'Novar Drive', 'Clarkston Road', 'Kilmarnock Road',
                 'Shields Road', 'Queen Margaret Drive', 'Crow Road', 'Gardner Street', 'Hotspur Street',
                 'Cathcart Road', 'Kirk Wynd', 'Mill Brae', 'Castle Loan', 'Thornwood Gardens'],
        brands=['Clyde', 'Thistle', 'Caledonian', 'Saltire', 'Strathclyde', 'Kelvin', 'Lomond', 'Cairn'],
        villages=['Eaglesham', 'Torrance', 'Lennoxtown', 'Strathblane', 'Kilbarchan', 'Busby', 'Uddingston']),
    'CAR': dict(
        cities=[('Cardiff', 'CF', [3, 5, 10, 11, 14, 23, 24], ['Roath', 'Canton', 'Llandaff', 'Whitchurch',
                 'Rhiwbina', 'Cathays', 'Pontcanna', 'Llanishen', 'Grangetown', 'Splott', 'Radyr'], 45),
                ('Penarth', 'CF', [64], [], 8), ('Barry', 'CF', [62, 63], [], 8),
                ('Pontypridd', 'CF', [37], ['Treforest'], 7), ('Caerphilly', 'CF', [83], [], 7),
                ('Newport', 'NP', [10, 19, 20], ['Caerleon'], 12), ('Bridgend', 'CF', [31], [], 7),
                ('Cowbridge', 'CF', [71], [], 3)],
        regions=[('South Glamorgan', 30), ('Vale of Glamorgan', 10), ('Mid Glamorgan', 8), ('Gwent', 7),
                 ('Wales', 5), (None, 40)],
        land=('029', '2018'),
        streets=['Cathedral Road', 'Cowbridge Road East', 'Albany Road', 'Whitchurch Road', 'Penylan Road',
                 'Ty Draw Road', 'Pantbach Road', 'Romilly Crescent', 'Heol y Felin', 'Heol Isaf',
                 'Heol Llanishen Fach', 'Ffordd y Brenin', 'Heol Don', 'Lôn y Dail', 'Heol y Coed',
                 'Maes y Deri', 'Llys Derwen', 'Heol Hir', 'Ffordd Las', 'Heol yr Eglwys'],
        brands=['Celtic', 'Cambrian', 'Taff', 'Dragon', 'Draig', 'Enfys', 'Seren', 'Afon', 'Cwm', 'Castell'],
        villages=['Pentyrch', 'Lisvane', 'St Fagans', 'Peterston-super-Ely', 'Creigiau', 'Llanfair',
                  'Dinas Powys', 'Sully']),
    'BRI': dict(
        cities=[('Bristol', 'BS', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16], ['Clifton', 'Redland',
                 'Bishopston', 'Southville', 'Bedminster', 'Cotham', 'Henleaze', 'Westbury-on-Trym',
                 'Totterdown', 'Easton'], 50),
                ('Bath', 'BA', [1, 2], ['Widcombe', 'Larkhall'], 12),
                ('Weston-super-Mare', 'BS', [22, 23, 24], [], 8), ('Portishead', 'BS', [20], [], 5),
                ('Keynsham', 'BS', [31], [], 5), ('Clevedon', 'BS', [21], [], 4), ('Thornbury', 'BS', [35], [], 4),
                ('Yate', 'BS', [37], ['Chipping Sodbury'], 5)],
        regions=[('Avon', 20), ('Somerset', 12), ('South Gloucestershire', 10), ('Bristol', 8),
                 ('North Somerset', 5), (None, 45)],
        land=('0117', '496'),
        streets=['Gloucester Road', 'Whiteladies Road', 'Coronation Road', 'North Street', 'Cotham Hill',
                 'Wells Road', 'Fishponds Road', 'Stapleton Road', 'Bath Road', 'Redland Road', 'Henleaze Road',
                 'Chandos Road', 'Zetland Road', 'Sevier Street'],
        brands=['Severn', 'Avon', 'Clifton', 'Brunel', 'West Country', 'Harbourside', 'Mendip', 'Cabot'],
        villages=['Winford', 'Backwell', 'Wraxall', 'Long Ashton', 'Chew Magna', 'Winterbourne', 'Pill']),
    'LON': dict(
        cities=[('Croydon', 'CR', [0, 2], ['South Norwood', 'Thornton Heath', 'Purley'], 12),
                ('Bromley', 'BR', [1, 2], ['Beckenham', 'Chislehurst'], 9), ('Harrow', 'HA', [1, 2, 3],
                ['Kenton', 'Pinner', 'Stanmore'], 12), ('Ealing', 'W', [5, 13], ['Hanwell', 'West Ealing'], 9),
                ('Wembley', 'HA', [0, 9], ['Alperton'], 8), ('Kingston upon Thames', 'KT', [1, 2], ['Surbiton'], 7),
                ('Sutton', 'SM', [1, 2], ['Cheam'], 6), ('Enfield', 'EN', [1, 2], ['Winchmore Hill'], 7),
                ('Ilford', 'IG', [1, 2], ['Seven Kings', 'Gants Hill'], 10), ('Romford', 'RM', [1, 3], [], 6),
                ('Twickenham', 'TW', [1, 2], ['Whitton', 'Strawberry Hill'], 7), ('Barnet', 'EN', [4, 5],
                ['New Barnet'], 6)],
        regions=[('Greater London', 35), ('Middlesex', 12), ('Surrey', 10), ('Essex', 6), ('Kent', 6),
                 ('London', 6), (None, 25)],
        land=('020', '7946'),
        streets=['London Road', 'Brighton Road', 'Uxbridge Road', 'Northwick Avenue', 'Kenton Road',
                 'High Road', 'Cranbrook Road', 'Hoe Street', 'Church Lane', 'Whitton Road', 'Ewell Road',
                 'Station Approach', 'Mollison Way', 'Honeypot Lane'],
        brands=['Thames', 'Capital', 'Metro', 'Crown', 'Kingsway', 'Crystal', 'Surrey Hills', 'Metroland'],
        villages=['Chaldon', 'Woldingham', 'Knockholt', 'Harefield', 'Nutfield', 'Headley']),
}
CITY_REGIONS = {
    'Manchester': ['Greater Manchester', 'Lancashire'], 'Salford': ['Greater Manchester', 'Lancashire'],
    'Bolton': ['Greater Manchester', 'Lancashire'], 'Oldham': ['Greater Manchester', 'Lancashire'],
    'Bury': ['Greater Manchester', 'Lancashire'], 'Rochdale': ['Greater Manchester', 'Lancashire'],
    'Wigan': ['Greater Manchester', 'Lancashire'], 'Stockport': ['Greater Manchester', 'Cheshire'],
    'Altrincham': ['Cheshire', 'Greater Manchester'], 'Sale': ['Cheshire', 'Greater Manchester'],
    'Cheadle': ['Cheshire', 'Greater Manchester'],
    'Harrogate': ['North Yorkshire', 'Yorkshire'], 'Wetherby': ['West Yorkshire', 'North Yorkshire'],
    'Glasgow': ['Glasgow', 'Lanarkshire'], 'Paisley': ['Renfrewshire'], 'Newton Mearns': ['East Renfrewshire'],
    'Motherwell': ['North Lanarkshire', 'Lanarkshire'], 'Hamilton': ['South Lanarkshire', 'Lanarkshire'],
    'East Kilbride': ['South Lanarkshire', 'Lanarkshire'], 'Rutherglen': ['South Lanarkshire', 'Lanarkshire'],
    'Bearsden': ['East Dunbartonshire', 'Dunbartonshire'], 'Milngavie': ['East Dunbartonshire', 'Dunbartonshire'],
    'Kirkintilloch': ['East Dunbartonshire', 'Dunbartonshire'], 'Clydebank': ['West Dunbartonshire', 'Dunbartonshire'],
    'Cardiff': ['South Glamorgan', 'Cardiff'], 'Penarth': ['Vale of Glamorgan', 'South Glamorgan'],
    'Barry': ['Vale of Glamorgan', 'South Glamorgan'], 'Cowbridge': ['Vale of Glamorgan', 'South Glamorgan'],
    'Pontypridd': ['Rhondda Cynon Taf', 'Mid Glamorgan'], 'Caerphilly': ['Caerphilly', 'Mid Glamorgan'],
    'Newport': ['Gwent', 'Newport'], 'Bridgend': ['Mid Glamorgan', 'Bridgend'],
    'Bristol': ['Avon', 'Bristol', 'City of Bristol'], 'Bath': ['Somerset', 'Avon', 'Bath and North East Somerset'],
    'Keynsham': ['Somerset', 'Avon'], 'Weston-super-Mare': ['North Somerset', 'Somerset', 'Avon'],
    'Portishead': ['North Somerset', 'Somerset'], 'Clevedon': ['North Somerset', 'Somerset'],
    'Thornbury': ['South Gloucestershire', 'Gloucestershire'], 'Yate': ['South Gloucestershire', 'Gloucestershire'],
    'Croydon': ['Surrey', 'Greater London'], 'Sutton': ['Surrey', 'Greater London'],
    'Kingston upon Thames': ['Surrey', 'Greater London'], 'Bromley': ['Kent', 'Greater London'],
    'Harrow': ['Middlesex', 'Greater London'], 'Wembley': ['Middlesex', 'Greater London'],
    'Ealing': ['Middlesex', 'Greater London', 'London'], 'Twickenham': ['Middlesex', 'Greater London'],
    'Enfield': ['Middlesex', 'Greater London'], 'Barnet': ['Hertfordshire', 'Greater London'],
    'Ilford': ['Essex', 'Greater London'], 'Romford': ['Essex', 'Greater London'],
}


def region_for(city):
    opts = CITY_REGIONS.get(city, ['West Yorkshire', 'Yorkshire'])
    return wpick([(opts[0], 45)] + [(o, 20) for o in opts[1:]] + [(None, 35)])


REG_W = [('MAN', 22), ('LEE', 20), ('GLA', 15), ('CAR', 13), ('BRI', 15), ('LON', 15)]
ORIGIN_W = {
    'MAN': [('anglo', 50), ('muslim', 14), ('gujarati', 5), ('sikh', 3), ('polish', 6), ('nigerian', 6),
            ('chinese', 5), ('irish', 8), ('scot', 2), ('welsh', 1)],
    'LEE': [('anglo', 55), ('muslim', 14), ('gujarati', 3), ('sikh', 6), ('polish', 6), ('nigerian', 4),
            ('chinese', 4), ('irish', 6), ('scot', 2)],
    'GLA': [('scot', 60), ('anglo', 8), ('muslim', 12), ('sikh', 2), ('polish', 6), ('chinese', 4),
            ('irish', 7), ('nigerian', 1)],
    'CAR': [('welsh', 58), ('anglo', 20), ('muslim', 6), ('gujarati', 2), ('polish', 4), ('nigerian', 4),
            ('chinese', 4), ('irish', 2)],
    'BRI': [('anglo', 60), ('welsh', 4), ('muslim', 6), ('gujarati', 3), ('sikh', 3), ('polish', 8),
            ('nigerian', 6), ('chinese', 5), ('irish', 5)],
    'LON': [('anglo', 30), ('muslim', 12), ('gujarati', 14), ('sikh', 6), ('polish', 8), ('nigerian', 14),
            ('chinese', 7), ('irish', 7), ('scot', 1), ('welsh', 1)],
}
WELSH_CITY = {'Cardiff': 'Caerdydd', 'Newport': 'Casnewydd', 'Barry': 'Y Barri', 'Bridgend': 'Pen-y-bont ar Ogwr',
              'Caerphilly': 'Caerffili', 'Cowbridge': 'Y Bont-faen'}
HOUSE_NAMES = {'CAR': ['Ty Gwyn', 'Bryn Awel', 'Ty Newydd', 'Hafod', 'Bwthyn y Coed', 'Pen y Bryn'],
               'GLA': ['Craigmore', 'Glenview', 'Birchwood', 'Braeside'],
               None: ['Rose Cottage', 'The Old Vicarage', 'Orchard House', 'Ivy Cottage', 'The Barn', 'Hillside',
                      'Meadow View', 'The Coach House']}
PARK_WORDS = ['Kingsway', 'Riverside', 'Centurion', 'Waterside', 'Parkway', 'Meridian', 'Lakeside', 'Broadway',
              'Orbital', 'Beacon', 'Enterprise', 'Canal Side', 'Pioneer', 'Northgate']
PRACTICE_OFFICE = {
    'MAN': dict(subtype='suite', sub='4', building='Albion House', number='21', street='Princess Street',
                locality=None, city='Manchester', region='Greater Manchester', postcode='M1 4LY', reg='MAN'),
    'LEE': dict(subtype='floor', sub='2nd', building='Aire House', number='14', street='Park Square East',
                locality=None, city='Leeds', region='West Yorkshire', postcode='LS1 2NE', reg='LEE'),
    'GLA': dict(subtype='suite', sub='3', building='Clydeview Chambers', number='110', street='West George Street',
                locality=None, city='Glasgow', region=None, postcode='G2 1QP', reg='GLA'),
    'CAR': dict(subtype='suite', sub='7', building='Cathedral Court', number='2', street='Cathedral Road',
                locality=None, city='Cardiff', region='South Glamorgan', postcode='CF11 9LJ', reg='CAR'),
    'BRI': dict(subtype='floor', sub='1st', building='Brunel Chambers', number='7', street='Queen Square',
                locality=None, city='Bristol', region=None, postcode='BS1 4JE', reg='BRI'),
    'LON': dict(subtype='suite', sub='12', building='Regent House', number='45', street='London Road',
                locality=None, city='Croydon', region='Surrey', postcode='CR0 2RE', reg='LON'),
}
FORMATION_OFFICE = dict(subtype='suite', sub='B', building='Formations House', number='29', street='Fenwick Row',
                        locality=None, city='London', region=None, postcode='EC2A 4BX', reg='LON')

# ----------------------------------------------------------------- org vocab
BRANDS = ['Apex', 'Pinnacle', 'Summit', 'Keystone', 'Cornerstone', 'Evergreen', 'Phoenix', 'Meridian', 'Horizon',
          'Beacon', 'Harbour', 'Oakwood', 'Ashgrove', 'Redbrick', 'Silverline', 'Bluebell', 'Kingfisher',
          'Falcon', 'Orchid', 'Lotus', 'Crown', 'Regent', 'Sterling', 'Premier', 'Elite', 'Prime', 'Swift',
          'Bright', 'Clearview', 'Greenleaf', 'Ironbridge', 'Stonegate', 'Millstone', 'Northgate', 'Westfield',
          'Eastgate', 'Highpoint', 'Lighthouse', 'Anchor', 'Compass', 'Atlas', 'Vertex', 'Zenith', 'Nova',
          'Orbit', 'Quantum', 'Vantage', 'Fusion', 'Spectrum', 'Infinity', 'Blueprint', 'Catalyst', 'Kestrel',
          'Heron', 'Willow', 'Hawthorn', 'Rowan', 'Maple', 'Cedar', 'Juniper', 'Saffron', 'Indigo', 'Amber',
          'Crimson', 'Emerald', 'Sapphire', 'Onyx', 'Oak Tree', 'Red Kite', 'Blue Sky', 'Northern', 'Western',
          'Eastern', 'Southern', 'United', 'Allied', 'Acorn', 'Bramble', 'Foxglove', 'Skylark', 'Granite']
TRADES = ['Joinery', 'Plumbing & Heating', 'Electrical Services', 'Building Services', 'Roofing', 'Consulting',
          'IT Solutions', 'Digital', 'Logistics', 'Transport', 'Catering', 'Cleaning Services', 'Landscapes',
          'Design', 'Marketing', 'Engineering', 'Motors', 'Recruitment', 'Care Services', 'Hair & Beauty',
          'Construction', 'Scaffolding', 'Interiors', 'Decorators', 'Fabrications', 'Training', 'Media',
          'Print', 'Events', 'Security', 'Windows & Doors', 'Kitchens & Bathrooms', 'Property Maintenance',
          'Software', 'Physiotherapy', 'Pharmacy', 'Opticians', 'Restaurant', 'Foods', 'Wholesale', 'Textiles',
          'Trading', 'Imports', 'Couriers', 'Car Sales', 'Tyres', 'Autos', 'Tutoring', 'Architecture',
          'Surveyors', 'Estate Agents', 'Nursery', 'Health & Fitness', 'Barbers', 'Florists', 'Bakery',
          'Brewing', 'Coffee', 'Solutions', 'Technologies', 'Analytics', 'Telecoms', 'Renewables', 'Solar',
          'Plant Hire', 'Groundworks', 'Tiling', 'Plastering', 'Flooring', 'Glazing', 'Locksmiths',
          'Pest Control', 'Removals', 'Storage', 'Dental Lab', 'Veterinary Services', 'Childcare',
          'Management Services', 'Engineering Services', 'Consultancy']
SOLE_TRADES = ['Plumbing & Heating', 'Electrical', 'Joinery', 'Decorating', 'Landscaping', 'Hair Design',
               'Beauty', 'Photography', 'Driving School', 'Dog Grooming', 'Window Cleaning', 'Taxis',
               'Cleaning Services', 'Tutoring', 'Web Design', 'Mobile Mechanic', 'Tiling', 'Plastering',
               'Roofing', 'Catering', 'Personal Training', 'Gardening Services', 'Building & Maintenance',
               'Carpets & Flooring', 'Removals', 'Handyman Services', 'Nails', 'Massage Therapy',
               'Translation Services', 'Music Tuition']
THE_NAMES = ['The Cake Studio', 'The Hair Lounge', 'The Corner Cafe', 'The Beauty Room', 'The Dog House',
             'The Flower Shed', 'The Barber Shop', 'The Treatment Rooms', 'The Pantry', 'The Bike Shed',
             'The Sandwich Bar', 'The Nail Bar', 'The Print Room', 'The Yoga Space', 'The Tea Room',
             'The Craft Shop', 'The Frame Workshop', 'The Tailor', 'The Pet Parlour', 'The Deli']
SPV_SUFFIX = ['Properties', 'Property Holdings', 'Lettings', 'Estates', 'Investments', 'Homes', 'Residential',
              'Developments', 'Property Investments', 'Assets', 'Property Management', 'Rentals']
GROUP_HOLD = ['(Holdings)', 'Group Holdings', 'Group']
GROUP_TRADE = ['(Trading)', '(UK)', '', 'Services', '(North)', 'Developments', 'Contracts']
BUILD_W = ['Riverside', 'Kingsley', 'Victoria', 'Albion', 'Waterside', 'Regent', 'Beech', 'Oak', 'Cedar',
           'Granary', 'Harbour', 'Parkview', 'Canal', 'Wharfside', "St John's", "St Mary's", 'Hanover',
           'Clarence', 'Wellington', 'Belmont', 'Ashton', 'Lime', 'Chestnut', 'Linden', 'Sovereign', 'Castle',
           'Abbey', 'Priory', 'Quayside', 'Brunswick', 'Cathedral', 'Orchard', 'Meadow', 'Exchange',
           'Printworks', 'Old Bank', 'Tannery', 'Foundry', 'Cotton', 'Mill', 'Ropewalk', 'Observatory']
BUILD_T = ['Court', 'House', 'Mews', 'Lodge', 'Gardens', 'Place', 'Wharf', 'Point', 'Heights', 'Apartments',
           'Quay', 'Works', 'Yard', 'Mansions', 'Buildings']
DENTAL_BRANDS = ['Bright Smile', 'Pure Dental', 'Smile Studio', 'Perfect Smile', 'Dental Wellness',
                 'Clearwater', 'Sparkle', 'Dentacare', 'Brightwater', 'Gentle Dental']
SAINTS = ['Mary', 'John', 'Peter', 'Andrew', 'David', 'Michael', 'James', 'Luke', 'Paul', 'Aidan', 'Margaret',
          'Teilo', 'Mungo', 'Bartholomew', 'Chad']
CHARITY_T = ['{P} Community Foodbank', '{P} Community Trust', 'Friends of {P} Park', '{P} Hospice Care',
             'The {B} Foundation', '{P} Youth Project', '{P} Carers Centre', '{P} Wildlife Group',
             'St {S} Church Restoration Trust', '{P} Community Association', '{P} Mosque & Community Centre',
             '{P} Polish Saturday School', "{P} Women's Aid", '{P} Talking Newspaper', '{P} Dementia Support',
             '1st {P} Scout Group', '{P} Playgroup', '{P} Riding for the Disabled Group', '{P} Arts Festival',
             '{P} Heritage Trust', '{P} Refugee Support', '{P} Gurdwara & Community Centre', 'The {B} Trust',
             '{P} Men and Boys Support', '{P} Bereavement Service']
CIC_T = ['{P} Community Garden', '{B} Arts', "{P} Men's Shed", '{P} Repair Cafe', '{B} Youth Sports',
         '{P} Community Kitchen', '{B} Wellbeing', '{P} Bike Project', '{B} Film Collective', '{P} Food Hub',
         '{B} Learning', '{P} Makerspace']
CLUB_T = ['{P} Cricket Club', '{P} Rugby Football Club', '{P} RFC', '{P} Athletic Football Club',
          '{P} Bowling Club', '{P} Lawn Tennis Club', '{P} Harriers', '{P} Golf Club', '{P} Amateur Swimming Club',
          '{P} Hockey Club', '{P} Boxing Club', '{P} Squash Club', '{P} Cycling Club', '{P} Juniors Football Club']
ROLE_LOCAL = ['treasurer', 'finance', 'accounts', 'info', 'admin', 'secretary']

# ----------------------------------------------------------------- registries
USED_EMAILS, USED_PHONES, USED_DOMAINS, NAME_KEYS = set(), set(), set(), set()
LAND_POOL = {}
FORM_TOKENS = {'ltd', 'limited', 'plc', 'llp', 'cic', 'cio', 'company', 'co', 'the'}


def norm_tokens(s):
    s = deaccent(s or '').lower().replace('&', ' and ')
    s = re.sub(r"[.'`]", '', s)
    return re.sub(r'[^a-z0-9]+', ' ', s).split()


def reg_key(s):
    toks = [t for t in norm_tokens(s) if t not in FORM_TOKENS]
    toks = [t[:-1] if len(t) > 3 and t.endswith('s') else t for t in toks]
    return ' '.join(toks)


def claim_name(s):
    k = reg_key(s)
    if not k or k in NAME_KEYS:
        return False
    NAME_KEYS.add(k)
    return True


def claim_email(em):
    em = em.lower()
    if em in USED_EMAILS:
        return None
    USED_EMAILS.add(em)
    return em


def new_mobile():
    while True:
        d = '07' + pick('45789') + ''.join(pick('0123456789') for _ in range(8))
        if d not in USED_PHONES:
            USED_PHONES.add(d)
            return d


def new_landline(reg):
    # Ofcom drama ranges: 0161/0113/0141/0117 496 0xxx, 029 2018 0xxx, 020 7946 0xxx
    if reg not in LAND_POOL:
        area, ex = REG[reg]['land']
        pool = [area + ex + '0' + '%03d' % i for i in range(1000)]
        R.shuffle(pool)
        LAND_POOL[reg] = pool
    d = LAND_POOL[reg].pop()
    USED_PHONES.add(d)
    return d


def fmt_phone(d, st):
    if d.startswith('07'):
        a, b = d[1:5], d[5:]
        opts = ['0%s %s' % (a, b), '+44 %s %s' % (a, b), '0%s%s' % (a, b), '+44 (0)%s %s' % (a, b),
                '+44%s%s' % (a, b), '0%s %s %s' % (a, b[:3], b[3:]), '0%s-%s' % (a, b)]
    else:
        if d[:3] in ('020', '029'):
            a, b, c = d[1:3], d[3:7], d[7:]
        else:
            a, b, c = d[1:4], d[4:7], d[7:]
        opts = ['0%s %s %s' % (a, b, c), '+44 %s %s %s' % (a, b, c), '0%s%s%s' % (a, b, c),
                '(0%s) %s %s' % (a, b, c), '+44 (0)%s %s %s' % (a, b, c), '0%s %s%s' % (a, b, c),
                '0%s-%s-%s' % (a, b, c)]
    return opts[st % len(opts)]


PHONE_STYLE_EXISTING = [(0, 70), (1, 6), (2, 6), (3, 10), (5, 8)]
PHONE_STYLE_INCOMING = [(0, 40), (1, 14), (2, 14), (3, 9), (4, 5), (5, 12), (6, 6)]
COUNTRY_W = [('UK', 35), ('United Kingdom', 25), ('GB', 12), (None, 28)]


def pick_reg():
    return wpick(REG_W)


def city_entry(reg, city=None):
    ents = REG[reg]['cities']
    if city:
        for c in ents:
            if c[0] == city:
                return c
    return wpick([(c, c[4]) for c in ents])


def new_postcode(area, dists):
    return '%s%s %d%s%s' % (area, pick(dists), R.randint(0, 9), pick(INW), pick(INW))


def make_address(reg, kind='home', city=None, locality=None):
    cname, area, dists, locs, _ = city_entry(reg, city)
    rd = REG[reg]
    a = dict(reg=reg, subtype=None, sub=None, building=None, number=str(R.randint(1, 180)),
             street=pick(rd['streets']) if chance(0.55) else pick(GENERIC_STREETS),
             locality=locality or (pick(locs) if locs and chance(0.35) else None), city=cname,
             region=region_for(cname), postcode=new_postcode(area, dists))
    r = R.random()
    if kind == 'home':
        if reg == 'GLA' and r < 0.45:
            a['subtype'], a['sub'] = 'flat', '%d/%d' % (R.randint(0, 3), R.randint(1, 3))
        elif r < 0.22:
            a['subtype'], a['sub'] = 'flat', str(R.randint(1, 30))
        elif r < 0.27:
            a['building'] = pick(HOUSE_NAMES.get(reg, HOUSE_NAMES[None]) + HOUSE_NAMES[None])
            if chance(0.5):
                a['number'] = None
    elif kind == 'business':
        if r < 0.33:
            a['subtype'], a['sub'] = 'unit', str(R.randint(1, 40))
            a['building'] = '%s %s' % (pick(PARK_WORDS), pick(['Business Park', 'Industrial Estate',
                                        'Trading Estate', 'Enterprise Centre', 'Business Centre']))
            if chance(0.5):
                a['number'] = None
        elif r < 0.55:
            a['subtype'], a['sub'] = 'suite', str(R.randint(1, 20))
            a['building'] = '%s %s' % (pick(BRANDS + rd['brands']), pick(['House', 'Court', 'Chambers',
                                                                          'Buildings']))
        elif r < 0.65:
            a['subtype'], a['sub'] = 'floor', pick(['Ground', '1st', '2nd', 'First', 'Second'])
    return a


def fmt_pc(pc, st):
    if st in ('nospace', 'lower_nospace'):
        pc = pc.replace(' ', '')
    if st in ('lower', 'lower_nospace'):
        pc = pc.lower()
    return pc


ABBR = [('Road', 'Rd'), ('Street', 'St'), ('Avenue', 'Ave'), ('Lane', 'Ln'), ('Close', 'Cl'),
        ('Crescent', 'Cres'), ('Drive', 'Dr'), ('Gardens', 'Gdns'), ('Place', 'Pl'), ('Terrace', 'Terr'),
        ('Grove', 'Gr')]


def abbrev_street(s):
    for full, ab in ABBR:
        if re.search(r'\b%s\b' % full, s):
            return re.sub(r'\b%s\b' % full, ab, s, count=1)
    return s


def can_abbrev(s):
    return abbrev_street(s) != s


def compose_address(a, st):
    out = dict(line1=None, line2=None, city=None, region=None, postalCode=None, country=None)
    if a is None or st.get('missing'):
        return out
    street = st.get('street_override') or a['street']
    if st.get('abbr'):
        street = abbrev_street(street)
    num = a['number']
    base = '%s %s' % (num, street) if num else street
    sub, stype, bld = a['sub'], a['subtype'], a['building']
    fs = st.get('flat', 'comma')
    if stype == 'flat' and not bld:
        if fs == 'split':
            lines = ['Flat %s' % sub, base]
        elif fs == 'after':
            lines = [base, 'Flat %s' % sub]
        elif fs == 'slash_nf':
            lines = ['%s/%s %s' % (num, sub, street)] if '/' not in sub else ['%s, %s' % (sub, base)]
        elif fs == 'slash_fn':
            lines = ['%s/%s %s' % (sub, num, street)] if '/' not in sub else ['%s %s' % (sub, base)]
        else:
            lines = ['Flat %s, %s' % (sub, base)]
    elif bld:
        label = {'flat': 'Flat %s', 'unit': 'Unit %s', 'suite': 'Suite %s', 'floor': '%s Floor'}.get(stype)
        label = label % sub if label else None
        if fs == 'split':
            lines = [label, '%s, %s' % (bld, base)] if label else [bld, base]
        elif fs == 'after':
            lines = ['%s, %s' % (bld, base), label] if label else ['%s, %s' % (bld, base)]
        elif fs in ('slash_nf', 'slash_fn') and stype == 'flat':
            lines = ['%s %s' % (sub, bld), base]
        else:
            lines = [', '.join(x for x in (label, bld) if x), base]
    else:
        lines = [base]
    if st.get('loc', True) and a['locality']:
        if len(lines) == 1:
            lines.append(a['locality'])
        else:
            lines[1] = '%s, %s' % (lines[1], a['locality'])
    city = a['city']
    if st.get('welsh') and city in WELSH_CITY:
        city = WELSH_CITY[city]
    out.update(line1=lines[0], line2=', '.join(lines[1:]) if len(lines) > 1 else None,
               city=city if st.get('city', True) else None,
               region=a['region'] if st.get('region') else None,
               postalCode=fmt_pc(a['postcode'], st.get('pc', 'std')), country=st.get('country'))
    part = st.get('partial')
    if part == 'postcode_only':
        out.update(line1=None, line2=None, city=None, region=None)
    elif part == 'no_postcode':
        out['postalCode'] = None
    elif part == 'line1_only':
        out.update(line2=None, region=None, postalCode=None)
    return out


# ----------------------------------------------------------------- persons
PD_YOUNG = [('gmail.com', 32), ('hotmail.co.uk', 14), ('outlook.com', 9), ('yahoo.co.uk', 7), ('icloud.com', 8),
            ('hotmail.com', 5), ('live.co.uk', 4), ('googlemail.com', 3), ('sky.com', 3), ('btinternet.com', 4),
            ('virginmedia.com', 3), ('yahoo.com', 2), ('me.com', 2)]
PD_OLD = [('btinternet.com', 22), ('aol.com', 8), ('talktalk.net', 8), ('sky.com', 10), ('hotmail.co.uk', 12),
          ('yahoo.co.uk', 10), ('gmail.com', 15), ('ntlworld.com', 5), ('virginmedia.com', 6),
          ('tiscali.co.uk', 4)]


def personal_email(p):
    g, f = slug(p['given']) or 'x', slug(p['family']) or 'x'
    doms = PD_OLD if p['age'] == 'old' else PD_YOUNG
    for i in range(60):
        n = str(R.randint(1, 99)) if i < 20 else str(R.randint(100, 9999))
        yy = str(R.randint(45, 70)) if p['age'] == 'old' else str(R.randint(62, 99))
        pat = wpick([('%s.%s' % (g, f), 30), ('%s%s' % (g, f), 15), ('%s%s' % (g[0], f), 12),
                     ('%s.%s%s' % (g, f, yy), 8), ('%s_%s' % (g, f), 4), ('%s%s' % (f, g[0]), 4),
                     ('%s%s%s' % (g, f, n), 8), ('%s.%s' % (g[0], f), 6), ('%s%s' % (g, yy), 4),
                     ('%s.%s' % (f, g), 3)])
        if i > 4:
            pat += n
        em = claim_email('%s@%s' % (pat, wpick(doms)))
        if em:
            return em
    raise RuntimeError('email space exhausted')


def polish_fem(s):
    for a, b in (('dzki', 'dzka'), ('ski', 'ska'), ('cki', 'cka')):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


def polish_masc(s):
    for a, b in (('dzka', 'dzki'), ('ska', 'ski'), ('cka', 'cki')):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


def surname_for(origin, gender):
    if origin == 'sikh' and chance(0.45):
        return 'Singh' if gender == 'm' else 'Kaur'
    s = pick(SURN[origin])
    return polish_fem(s) if origin == 'polish' and gender == 'f' else s


def mk_person(reg, origin=None, gender=None, age='adult', given=None, family=None, home=None, email=True):
    origin = origin or wpick(ORIGIN_W[reg])
    gender = gender or pick('mf')
    pool = GIVEN[origin][gender]
    if age == 'old' and origin == 'anglo':
        pool = OLD_ANGLO[gender]
    given = given or pick(pool)
    family = family or surname_for(origin, gender)
    middle = None
    if chance(0.3):
        m = pick(GIVEN[origin][gender])
        middle = m if m != given else None
    if origin == 'sikh' and family not in ('Singh', 'Kaur') and chance(0.5):
        middle = 'Singh' if gender == 'm' else 'Kaur'
    p = dict(given=given, middle=middle, family=family, gender=gender, origin=origin, reg=reg, age=age,
             suffix=None, indiv=None)
    p['home'] = home or make_address(reg, 'home')
    p['mobile'] = new_mobile() if (age != 'old' or chance(0.45)) else None
    p['landline'] = new_landline(reg) if ((age == 'old' and chance(0.9)) or chance(0.15)) else None
    if not p['mobile'] and not p['landline']:
        p['landline'] = new_landline(reg)
    p['email'] = personal_email(p) if email and (age != 'old' or chance(0.55)) else None
    return p


def full_name(p):
    return '%s %s' % (p['given'], p['family'])


# ----------------------------------------------------------------- org names / contacts
def initials():
    return ''.join(pick('ABCDEFGHJKLMNPRSTW') for _ in range(pick([2, 3, 3])))


def person_initials(p):
    return deaccent(p['given'][0] + (p['middle'][0] if p['middle'] else '') + p['family'][0]).upper()


def places(reg):
    out = list(REG[reg]['villages'])
    for c in REG[reg]['cities']:
        out.append(c[0])
        out.extend(c[3])
    return out


def company_core(reg, person=None, trades=TRADES):
    for _ in range(400):
        r, t = R.random(), pick(trades)
        if person and r < 0.25:
            core = '%s %s' % (person['family'], t)
        elif r < 0.55:
            core = '%s %s' % (pick(BRANDS), t)
        elif r < 0.70:
            core = '%s %s' % (pick(REG[reg]['brands']), t)
        elif r < 0.80:
            core = '%s %s' % (person_initials(person) if person and chance(0.6) else initials(), t)
        elif r < 0.92:
            core = '%s %s' % (pick(places(reg)), t)
        elif person:
            core = '%s %s %s' % (person['given'], person['family'],
                                 pick(['Consulting', 'Consultancy', 'Associates', 'Design', 'Coaching']))
        else:
            core = '%s %s' % (pick(BRANDS), pick(['Group', 'Partners', 'Associates', 'Ventures']))
        if claim_name(core):
            return core
    raise RuntimeError('no company name')


def ltd_form():
    return wpick([('Ltd', 55), ('Limited', 35), ('LTD', 5), ('Ltd.', 3), ('LIMITED', 2)])


def new_domain(core, tlds=(('co.uk', 60), ('com', 25), ('uk', 10), ('net', 5))):
    base = slug(re.sub(r'\b(Ltd|Limited|LLP|CIC|CIO|The)\b', '', core))[:34] or 'mail'
    for i in range(50):
        d = '%s%s.%s' % (base, '' if i == 0 else pick(['uk', 'ltd', 'group', 'online', str(i)]), wpick(list(tlds)))
        if d not in USED_DOMAINS:
            USED_DOMAINS.add(d)
            return d
    raise RuntimeError('domain')


def webmail_for(core, suffix=''):
    base = slug(core)[:30]
    for i in range(50):
        em = claim_email('%s%s%s@%s' % (base, suffix, '' if i == 0 else str(R.randint(1, 99)),
                                        wpick([('gmail.com', 50), ('outlook.com', 20), ('hotmail.co.uk', 15),
                                               ('yahoo.co.uk', 10), ('btinternet.com', 5)])))
        if em:
            return em
    raise RuntimeError('webmail')


def domain_email(local, domain):
    for i in range(30):
        em = claim_email('%s%s@%s' % (local, '' if i == 0 else str(i + 1), domain))
        if em:
            return em
    raise RuntimeError('domain email')


# ----------------------------------------------------------------- entities
ALL, PARENT = [], {}


def mk_ent(kind, reg, person, org, **kw):
    e = dict(uid=len(ALL), kind=kind, reg=reg, person=person, org=org, core=None, form=None, trading=None,
             ta_style=None, ta_sep='t/a', email=None, phone=None, address=None, reg_office=None,
             personal_email=None, alt_phone=None, hn=None, side=None, view0=None, recs=[])
    e.update(kw)
    ALL.append(e)
    PARENT[e['uid']] = e['uid']
    for p in [person] + list(kw.get('partners', [])):
        if p is None:
            continue
        for o in p.setdefault('ents', []):
            union(e, o)
        if e not in p['ents']:
            p['ents'].append(e)
    return e


def find(u):
    while PARENT[u] != u:
        PARENT[u] = PARENT[PARENT[u]]
        u = PARENT[u]
    return u


def union(a, b):
    ra, rb = find(a['uid']), find(b['uid'])
    if ra != rb:
        PARENT[max(ra, rb)] = min(ra, rb)


def company_contacts(e, d, reg, biz=0.45, web=0.2, landline=0.5, home=0.4, regoff=0.5):
    r = R.random()
    name = e['core'] or e['trading']
    if r < biz:
        e['domain'] = new_domain(name)
        local = wpick([('info', 25), ('accounts', 20), ('admin', 12), ('office', 8), ('hello', 8),
                       ('enquiries', 7), (slug(d['given']), 12),
                       ('%s.%s' % (slug(d['given']), slug(d['family'])), 8)])
        e['email'] = domain_email(local, e['domain'])
    elif r < biz + web or not d['email']:
        e['email'] = webmail_for(name)
    else:
        e['email'] = d['email']
    e['personal_email'] = d['email']
    if chance(landline) or not (d['mobile'] or d['landline']):
        e['phone'], e['alt_phone'] = new_landline(reg), d['mobile']
    else:
        e['phone'] = d['mobile'] or d['landline']
    e['address'] = d['home'] if chance(home) else make_address(reg, 'business')
    rr = R.random()
    if rr < regoff * 0.85:
        e['reg_office'] = PRACTICE_OFFICE[reg]
    elif rr < regoff:
        e['reg_office'] = FORMATION_OFFICE


def e_indiv(kind, reg=None, person=None):
    if person is None:
        reg = reg or pick_reg()
        person = mk_person(reg, age='old' if kind == 'pensioner' else 'adult')
    p = person
    e = mk_ent(kind, p['reg'], p, False, email=p['email'], address=p['home'])
    if kind == 'pensioner':
        e['phone'], e['alt_phone'] = p['landline'] or p['mobile'], (p['mobile'] if p['landline'] else None)
    else:
        e['phone'], e['alt_phone'] = p['mobile'] or p['landline'], (p['landline'] if p['mobile'] else None)
    p['indiv'] = e
    return e


def e_ltd(reg=None, director=None, core=None):
    reg = reg or (director['reg'] if director else pick_reg())
    d = director or mk_person(reg)
    core = core or company_core(reg, d)
    e = mk_ent('ltd', reg, d, True, core=core, form='plc' if chance(0.015) else ltd_form())
    company_contacts(e, d, reg)
    return e


SPV_BASES = []


def spv_cluster(reg=None, n=2, landlord=None):
    reg = reg or (landlord['reg'] if landlord else pick_reg())
    p = landlord or mk_person(reg)
    base = None
    for _ in range(200):
        r = R.random()
        if r < 0.4:
            b = p['family'] if chance(0.7) else '%s %s' % (p['given'][0], p['family'])
        elif r < 0.65:
            b = person_initials(p) if chance(0.6) else initials()
        else:
            b = pick(BRANDS + REG[reg]['brands'] + ['Redbrick', 'Keystone', 'Brickwork', 'Hearth', 'Doorstep'])
        if b not in SPV_BASES and not any(reg_key(b + ' ' + s) in NAME_KEYS for s in SPV_SUFFIX):
            base = b
            break
    SPV_BASES.append(base)
    cl = dict(base=base, landlord=p, used=[], ents=[], form=ltd_form(), reg=reg)
    if p['email'] and chance(0.5):
        cl['email'] = p['email']
    else:
        cl['domain'] = new_domain(base + ' properties')
        cl['email'] = domain_email(pick(['info', 'lettings', 'accounts', slug(p['given'])]), cl['domain'])
    cl['phone'] = p['mobile'] or p['landline']
    cl['address'] = p['home'] if chance(0.8) else make_address(reg, 'business')
    cl['reg_office'] = PRACTICE_OFFICE[reg] if chance(0.4) else None
    for _ in range(n):
        spv_member(cl)
    return cl


def spv_member(cl):
    avail = [s for s in SPV_SUFFIX if s not in cl['used'] and reg_key(cl['base'] + ' ' + s) not in NAME_KEYS]
    if not avail:
        return None
    s = pick(avail)
    core = cl['base'] + ' ' + s
    claim_name(core)
    cl['used'].append(s)
    e = mk_ent('spv', cl['reg'], cl['landlord'], True, core=core,
               form=cl['form'] if chance(0.85) else ltd_form(), email=cl['email'], phone=cl['phone'],
               address=cl['address'], reg_office=cl['reg_office'], personal_email=cl['landlord']['email'], spv=cl)
    cl['ents'].append(e)
    return e


def group_cluster(reg=None, n=2):
    reg = reg or pick_reg()
    d = mk_person(reg)
    brand = None
    for _ in range(300):
        r = R.random()
        if r < 0.25:
            b = d['family'] + (' ' + pick(['Engineering', 'Construction', 'Foods', 'Motor', 'Brothers'])
                               if chance(0.5) else '')
        elif r < 0.65:
            b = pick(BRANDS + REG[reg]['brands'])
        else:
            b = '%s %s' % (pick(BRANDS), pick(['Engineering', 'Logistics', 'Construction', 'Foods', 'Care',
                                              'Leisure', 'Hospitality', 'Retail', 'Technology', 'Motor', 'Print']))
        if not any(reg_key(b + ' ' + m) in NAME_KEYS for m in GROUP_HOLD + GROUP_TRADE):
            brand = b
            break
    cl = dict(brand=brand, director=d, used=[], ents=[], reg=reg, form=ltd_form())
    cl['domain'] = new_domain(brand)
    cl['email'] = domain_email(pick(['accounts', 'finance', 'info']), cl['domain'])
    cl['phone'] = new_landline(reg)
    cl['address'] = make_address(reg, 'business')
    cl['reg_office'] = None if chance(0.5) else PRACTICE_OFFICE[reg]
    for _ in range(n):
        group_member(cl)
    return cl


def group_member(cl):
    has_hold = any(m in GROUP_HOLD for m in cl['used'])
    pool = [m for m in (GROUP_TRADE if has_hold else GROUP_HOLD) if m not in cl['used']]
    if cl['reg'] == 'GLA':
        pool.append('(Scotland)')
    if cl['reg'] == 'CAR':
        pool.append('(Wales)')
    pool = [m for m in pool if m not in cl['used'] and reg_key((cl['brand'] + ' ' + m).strip()) not in NAME_KEYS]
    if not pool:
        return None
    m = pick(pool)
    core = (cl['brand'] + ' ' + m).strip()
    claim_name(core)
    cl['used'].append(m)
    email = cl['email'] if chance(0.6) else domain_email(pick(['info', 'sales', 'office', 'admin', 'hello']),
                                                         cl['domain'])
    e = mk_ent('group', cl['reg'], cl['director'], True, core=core, form=cl['form'] if chance(0.9) else ltd_form(),
               email=email, phone=cl['phone'] if chance(0.7) else new_landline(cl['reg']),
               address=cl['address'] if chance(0.9) else make_address(cl['reg'], 'business'),
               reg_office=cl['reg_office'], personal_email=cl['director']['email'],
               alt_phone=cl['director']['mobile'], group=cl)
    for o in cl['ents']:
        union(e, o)
    cl['ents'].append(e)
    return e


AGENT_NAMES = [('MAN', 'Northpoint Block Management'), ('MAN', 'Pennine Residential Management'),
               ('LEE', 'Aire Property Management'), ('LEE', 'Ridings Estate Management'),
               ('GLA', 'Clydeside Property Factors'), ('GLA', 'West End Factors'),
               ('CAR', 'Bay Residential Management'), ('BRI', 'Harbourside Block Management'),
               ('LON', 'Metro Estate Management'), ('LON', 'Surrey Hills Property Management')]
AGENTS, BUILDINGS = [], []


def mk_agent(reg, name):
    a = dict(name=name, reg=reg, domain=new_domain(name), office=make_address(reg, 'business'),
             phone=new_landline(reg), managers=[mk_person(reg) for _ in range(2)], ents=[])
    a['email'] = domain_email(pick(['accounts', 'blocks', 'info', 'clientaccounts']), a['domain'])
    for m in a['managers']:
        m['work_email'] = domain_email('%s.%s' % (slug(m['given']), slug(m['family'])), a['domain'])
    AGENTS.append(a)
    return a


def building_name():
    for _ in range(500):
        if chance(0.9):
            b = '%s %s' % (pick(BUILD_W), pick(BUILD_T))
        else:
            b = 'The %s' % pick(['Maltings', 'Granary', 'Old School House', 'Old Mill', 'Sorting Office',
                                 'Old Library', 'Chapel', 'Boathouse', 'Old Brewery', 'Ropeworks', 'Old Dairy'])
        if b not in BUILDINGS:
            BUILDINGS.append(b)
            return b
    raise RuntimeError('buildings')


def mgmt_ent(reg, agent=None):
    for _ in range(50):
        b = building_name()
        if reg == 'GLA' and chance(0.4):
            core, form = '%s Owners Association' % b, None
        else:
            t = wpick([('(Management)', 30), ('Management Company', 20), ('Management Co', 8), ('RTM Company', 22),
                       ('Residents Company', 8), ('Freehold', 7), ('Residents Management Company', 5)])
            core, form = '%s %s' % (b, t), ltd_form()
        if claim_name(core):
            break
    block = make_address(reg, 'home')
    block.update(building=b, subtype=None, sub=None)
    if agent:
        mgr = pick(agent['managers'])
        e = mk_ent('mgmt', reg, mgr, True, core=core, form=form,
                   email=agent['email'] if chance(0.7) else mgr['work_email'], phone=agent['phone'],
                   address=agent['office'] if chance(0.6) else block, reg_office=agent['office'],
                   agent=agent, block=block, building=b)
        for o in agent['ents']:
            union(e, o)
        agent['ents'].append(e)
    else:
        home = dict(block, subtype='flat', sub=str(R.randint(1, 24)))
        d = mk_person(reg, home=home)
        e = mk_ent('mgmt', reg, d, True, core=core, form=form, block=block, building=b,
                   email=d['email'] if d['email'] and chance(0.6) else webmail_for(b + ' residents'),
                   phone=d['mobile'] or d['landline'], address=block if chance(0.6) else home,
                   personal_email=d['email'])
    return e


DENTAL_GROUPS = []


def place_city(reg, place):
    for c in REG[reg]['cities']:
        if c[0] == place:
            return c[0], None
        if place in c[3]:
            return c[0], place
    return REG[reg]['cities'][0][0], place


def dental_group(reg, n):
    brand = [b for b in DENTAL_BRANDS if b not in [g['brand'] for g in DENTAL_GROUPS]][0]
    owner = mk_person(reg)
    g = dict(brand=brand, reg=reg, owner=owner, used=[], ents=[],
             pat=pick(['{b} Dental Care {l}', '{b} Dental ({l})', '{b} Dental - {l}', '{b} {l}']),
             form=pick(['Ltd', None, None]), domain=new_domain(brand + ' dental'))
    g['acc_email'] = domain_email('accounts', g['domain'])
    DENTAL_GROUPS.append(g)
    return [dental_branch(g) for _ in range(n)]


def dental_branch(g):
    locs = [l for c in REG[g['reg']]['cities'] for l in c[3] + [c[0]] if l not in g['used']]
    for _ in range(40):
        l = pick(locs)
        core = g['pat'].format(b=g['brand'], l=l)
        if claim_name(core):
            break
    else:
        return None
    g['used'].append(l)
    city, loc = place_city(g['reg'], l)
    mgr = mk_person(g['reg'])
    e = mk_ent('dental', g['reg'], g['owner'] if chance(0.4) else mgr, True, core=core, form=g['form'],
               email=g['acc_email'] if chance(0.35) else domain_email(slug(l), g['domain']),
               phone=new_landline(g['reg']), address=make_address(g['reg'], 'plain', city=city, locality=loc),
               dgroup=g)
    for o in g['ents']:
        union(e, o)
    g['ents'].append(e)
    return e


def unique_core(templates, reg, **extra):
    for _ in range(300):
        core = pick(templates).format(P=pick(places(reg)), B=pick(BRANDS + REG[reg]['brands']), S=pick(SAINTS),
                                      **extra)
        if claim_name(core):
            return core
    raise RuntimeError('core ' + templates[0])


def contact_mix(e, d, reg, dom_p, web_p, roles, tlds=(('co.uk', 50), ('org.uk', 35), ('org', 15)),
                land_p=0.5, addr_kind='business'):
    r = R.random()
    if r < dom_p:
        e['domain'] = new_domain(e['core'], tlds)
        e['email'] = domain_email(pick(roles), e['domain'])
    elif r < dom_p + web_p or not d['email']:
        e['email'] = webmail_for(e['core'], pick(['', pick(roles)]))
    else:
        e['email'] = d['email']
    e['personal_email'] = d['email']
    e['phone'] = new_landline(reg) if chance(land_p) or not (d['mobile'] or d['landline']) else (
        d['mobile'] or d['landline'])
    e['address'] = make_address(reg, addr_kind) if chance(0.65) else d['home']


def e_dental_indep(reg):
    d = mk_person(reg)
    core = unique_core(['{P} Dental Practice', '{P} Dental Surgery', '{F} Dental Care', 'Dr {F} Dental',
                        'The {P} Dental Centre'], reg, F=d['family'])
    e = mk_ent('dental', reg, d, True, core=core, form=pick(['Ltd', None]))
    contact_mix(e, d, reg, 0.7, 0.15, ['reception', 'info', 'accounts', 'practicemanager'], land_p=0.9)
    return e


def e_gp(reg):
    d = mk_person(reg)
    i = pick('ABCDEFGHJKMNPRS')
    core = unique_core(['The {St} Surgery', '{P} Medical Practice', '{P} Health Centre', 'Dr {I} {F} & Partners',
                        '{P} Family Practice', 'The {B} Practice'], reg, St=pick(['Park', 'Grange', 'Village',
                        'Hollies', 'Limes', 'Elms', 'Bridge', 'Abbey', 'Castle', 'Riverside', 'Cedars']),
                       I=i, F=surname_for(wpick(ORIGIN_W[reg]), 'm'))
    e = mk_ent('gp', reg, d, True, core=core, form=None)
    e['email'] = claim_email('%s.%s@nhs.net' % (pick(['gp', 'practice', 'admin', 'pm']), slug(core)[:20]))
    e['phone'] = new_landline(reg)
    e['address'] = make_address(reg, 'plain')
    e['personal_email'] = d['email']
    return e


def e_charity(reg):
    d = mk_person(reg)
    core = unique_core(CHARITY_T, reg)
    form = None if core.endswith('Trust') else wpick([(None, 55), ('CIO', 25), ('Ltd', 20)])
    e = mk_ent('charity', reg, d, True, core=core, form=form)
    contact_mix(e, d, reg, 0.45, 0.3, ['info', 'finance', 'treasurer', 'admin', 'office'])
    e['reg_office'] = None
    return e


def charity_sub(ch):
    core = '%s %s' % (re.sub(r'\s+(CIO|Trust)$', '', ch['core']), pick(['Trading', 'Enterprises', 'Trading Company']))
    if not claim_name(core):
        return None
    p = ch['person'] if chance(0.6) else mk_person(ch['reg'])
    if ch.get('domain') and chance(0.6):
        email = ch['email'] if chance(0.4) else domain_email(pick(['trading', 'shop', 'sales', 'finance']),
                                                             ch['domain'])
    else:
        email = ch['email'] if chance(0.35) else webmail_for(core)
    e = mk_ent('charity_trading', ch['reg'], p, True, core=core, form=ltd_form(), email=email,
               phone=ch['phone'] if chance(0.7) else new_landline(ch['reg']),
               address=ch['address'], personal_email=p['email'], parent=ch)
    ch['sub'] = e
    union(e, ch)
    return e


def e_cic(reg):
    d = mk_person(reg)
    core = unique_core(CIC_T, reg)
    e = mk_ent('cic', reg, d, True, core=core,
               form=wpick([('CIC', 70), ('C.I.C.', 10), ('Community Interest Company', 20)]))
    contact_mix(e, d, reg, 0.5, 0.25, ['info', 'hello', 'admin', 'finance'], land_p=0.3)
    return e


def e_club(reg):
    d = mk_person(reg)
    tpl = list(CLUB_T)
    if reg == 'CAR':
        tpl += ['Clwb Rygbi {P}', 'Clwb Pêl-droed {P}']
    if reg == 'GLA':
        tpl += ['{P} Curling Club', '{P} Shinty Club', '{P} Amateur Football Club']
    core = unique_core(tpl, reg)
    e = mk_ent('club', reg, d, True, core=core, form='Ltd' if 'Golf' in core and chance(0.5) else None)
    contact_mix(e, d, reg, 0.4, 0.35, ['treasurer', 'secretary', 'info', 'membership'], land_p=0.35)
    return e


def e_council(reg):
    d = mk_person(reg)
    if reg in ('MAN', 'LEE', 'BRI', 'LON'):
        tpl = ['{V} Parish Council']
    elif reg == 'CAR':
        tpl = ['{V} Community Council', 'Cyngor Cymuned {V}']
    else:
        tpl = ['{V} Community Council']
    for _ in range(100):
        v = pick(REG[reg]['villages'])
        core = pick(tpl).format(V=v)
        if claim_name(core):
            break
    e = mk_ent('council', reg, d, True, core=core, form=None)
    contact_mix(e, d, reg, 0.5, 0.35, ['clerk', 'clerk', 'finance', 'rfo'],
                tlds=(('gov.uk', 70), ('org.uk', 30)), land_p=0.2, addr_kind='plain')
    return e


def e_llp(reg):
    d = mk_person(reg)
    s2 = surname_for(wpick(ORIGIN_W[reg]), 'm')
    core = unique_core(['{F} {G}', '{F} & {G}', '{B} Architects', '{B} Legal', '{F} {G} Surveyors',
                        '{B} Wealth Management', '{F} & Co', '{P} Planning'], reg, F=d['family'], G=s2)
    e = mk_ent('llp', reg, d, True, core=core, form=wpick([('LLP', 85), ('L.L.P.', 5), ('Limited Liability Partnership', 10)]))
    company_contacts(e, d, reg, biz=0.85, web=0.05, landline=0.85, home=0.05)
    return e


def e_partnership(reg):
    r = R.random()
    p1 = mk_person(reg, gender='m' if 0.35 <= r < 0.62 else None)
    fam = p1['family']
    if r < 0.35 or r >= 0.82:
        g2 = 'f' if p1['gender'] == 'm' else 'm'
        f2 = fam if p1['origin'] != 'polish' else (polish_fem(fam) if g2 == 'f' else polish_masc(fam))
        if fam in ('Singh', 'Kaur'):
            f2 = 'Kaur' if g2 == 'f' else 'Singh'
        p2 = mk_person(reg, origin=p1['origin'], gender=g2, family=f2, home=p1['home'])
        p1['spouse'], p2['spouse'] = p2, p1
        if r < 0.35:
            core = pick(['{a} & {b} {f} Partnership', '{a} & {b} {f}', '{a} & {b} {f} t/a {t}']).format(
                a=p1['given'][0], b=p2['given'][0], f=fam, t=pick(THE_NAMES))
        else:
            core = pick(['{p} Farm', '{p} Farm Partnership', '{p} Farms']).format(p=pick(REG[reg]['villages']))
    elif r < 0.5:
        p2 = mk_person(reg, origin=p1['origin'], gender='m', family=fam)
        core = '%s & %s' % (fam, pick(['Sons', 'Son', 'Sons Builders', 'Son Joinery']))
    elif r < 0.62:
        p2 = mk_person(reg, origin=p1['origin'], gender='m', family=fam)
        core = '%s %s' % (fam, pick(['Brothers', 'Bros', 'Brothers Motors', 'Brothers Builders']))
    else:
        p2 = mk_person(reg)
        core = '%s & %s' % (fam, p2['family']) + (' ' + pick(SOLE_TRADES) if chance(0.5) else '')
    if not claim_name(core):
        core = '%s %s Partnership' % (core, pick(places(reg)))
        if not claim_name(core):
            return None
    e = mk_ent('partnership', reg, p1, True, core=core, form=None, partners=[p1, p2])
    company_contacts(e, p1, reg, biz=0.3, web=0.25, landline=0.4, home=0.5, regoff=0)
    return e


def e_sole(reg=None, person=None):
    reg = reg or (person['reg'] if person else pick_reg())
    p = person or mk_person(reg)
    for _ in range(200):
        r, t = R.random(), pick(SOLE_TRADES)
        if r < 0.35:
            tn = '%s %s' % (p['family'], t)
        elif r < 0.5:
            tn = '%s %s' % (initials(), t)
        elif r < 0.65:
            tn = "%s's %s" % (p['given'], t)
        elif r < 0.85:
            tn = '%s %s' % (pick(BRANDS + REG[reg]['brands']), t)
        else:
            tn = pick(THE_NAMES) + ('' if chance(0.5) else ' ' + pick(places(reg)))
        if claim_name(tn):
            break
    e = mk_ent('sole', reg, p, True, trading=tn, ta_style=wpick([('own', 25), ('trading', 35), ('ta', 40)]),
               ta_sep=wpick([('t/a', 60), ('T/A', 25), ('trading as', 15)]))
    r = R.random()
    if r < 0.6 and p['email']:
        e['email'] = p['email']
    elif r < 0.9:
        e['email'] = webmail_for(tn)
    else:
        e['domain'] = new_domain(tn)
        e['email'] = domain_email(pick(['hello', 'info', slug(p['given'])]), e['domain'])
    e['personal_email'] = p['email']
    e['phone'] = p['mobile'] or p['landline']
    e['address'] = p['home'] if chance(0.85) else make_address(reg, 'business')
    return e


def mk_spouse(p, shared_email_p=0.4):
    g = 'f' if p['gender'] == 'm' else 'm'
    r = R.random()
    fam = p['family']
    if p['origin'] == 'polish':
        fam = polish_fem(fam) if g == 'f' else polish_masc(fam)
    if fam in ('Singh', 'Kaur'):
        fam = 'Kaur' if g == 'f' else 'Singh'
    if r > 0.9:
        fam = surname_for(p['origin'], g)
    elif r > 0.82 and g == 'f':
        fam = '%s-%s' % (surname_for(p['origin'], g), fam)
    q = mk_person(p['reg'], origin=p['origin'], gender=g, age=p['age'], family=fam, home=p['home'], email=False)
    if p['landline'] and chance(0.8):
        q['landline'] = p['landline']
    if p['email'] and chance(shared_email_p):
        q['email'], q['shared_email'] = p['email'], True
    elif q['age'] != 'old' or chance(0.5):
        q['email'] = personal_email(q)
    if q['age'] == 'old' and q['landline'] and chance(0.5):
        q['mobile'] = None
    if not q['mobile'] and not q['landline']:
        q['mobile'] = new_mobile()
    p['spouse'], q['spouse'] = q, p
    return q


def mk_father_son(p):
    if p['age'] == 'old':
        age, suf = 'adult', wpick([('Jnr', 50), ('Jr', 25), ('Junior', 25)])
    else:
        age, suf = 'old', wpick([('Snr', 50), ('Sr', 25), ('Senior', 25)])
    q = mk_person(p['reg'], origin=p['origin'], gender='m', age=age, given=p['given'], family=p['family'],
                  home=p['home'])
    q['middle'] = None if chance(0.6) else pick(GIVEN[p['origin']]['m'])
    if q['middle'] == p['given']:
        q['middle'] = None
    q['suffix'] = suf
    if p['landline'] and chance(0.6):
        q['landline'] = p['landline']
    p['relative'], q['relative'] = q, p
    return q


# ----------------------------------------------------------------- hard negatives
def hn_spv_sibling(t):
    return spv_member(t['spv']) if t['kind'] == 'spv' else None


def hn_group_sibling(t):
    return group_member(t['group']) if t['kind'] == 'group' else None


def hn_spouse(t):
    p = t['person']
    if t['org'] or t['kind'] not in ('sa', 'landlord', 'pensioner', 'cis') or p.get('spouse') or p['suffix'] \
            or p.get('relative'):
        return None
    e = e_indiv({'cis': 'sa'}.get(t['kind'], t['kind']), person=mk_spouse(p, 0.4))
    union(e, t)
    return e


def hn_father_son(t):
    p = t['person']
    if t['org'] or p['gender'] != 'm' or p.get('relative') or p['suffix']:
        return None
    q = mk_father_son(p)
    e = e_indiv('pensioner' if q['age'] == 'old' else pick(['sa', 'cis', 'landlord']), person=q)
    union(e, t)
    return e


def hn_namesake(t):
    p = t['person']
    if t['org'] or p['suffix']:
        return None
    reg2 = pick([r for r, _ in REG_W if r != p['reg']])
    q = mk_person(reg2, origin=p['origin'], gender=p['gender'], age=p['age'], given=p['given'], family=p['family'])
    kind = 'pensioner' if p['age'] == 'old' else (t['kind'] if chance(0.5) else pick(['sa', 'landlord', 'cis']))
    e = e_indiv(kind, person=q)
    union(e, t)
    return e


def hn_director(t):
    p = t['person']
    if t['kind'] == 'ltd' and not p.get('indiv'):
        return e_indiv('sa', person=p)
    if t['kind'] in ('sa', 'cis', 'landlord') and not any(o['org'] for o in p['ents']) and chance(0.6):
        if t['kind'] == 'landlord':
            cl = spv_cluster(n=1, landlord=p)
            return cl['ents'][0] if cl['ents'] else None
        return e_ltd(director=p)
    return None


def hn_agent(t):
    return mgmt_ent(t['reg'], agent=t['agent']) if t['kind'] == 'mgmt' and t.get('agent') else None


def hn_dental(t):
    return dental_branch(t['dgroup']) if t['kind'] == 'dental' and t.get('dgroup') else None


def hn_charity(t):
    return charity_sub(t) if t['kind'] == 'charity' and not t.get('sub') else None


def hn_partner(t):
    if t['kind'] != 'partnership':
        return None
    cands = [p for p in t['partners'] if not p.get('indiv')]
    if not cands:
        return None
    p = pick(cands)
    return e_indiv('pensioner' if p['age'] == 'old' else pick(['sa', 'sa', 'landlord']), person=p)


def hn_co_namesake(t):
    if t['kind'] != 'ltd':
        return None
    reg2 = pick([r for r, _ in REG_W if r != t['reg']])
    tag = {'GLA': '(Scotland)', 'CAR': '(Wales)', 'MAN': '(North West)', 'LEE': '(Yorkshire)',
           'BRI': '(South West)', 'LON': '(London)'}[reg2]
    words = t['core'].split()
    for _ in range(20):
        r = R.random()
        if r < 0.4:
            core = '%s %s' % (t['core'], tag)
        elif r < 0.7 and len(words) > 1:
            core = '%s %s' % (' '.join(words[:-1]) if len(words) > 2 else words[0],
                              pick(['Solutions', 'Group', 'Contracts', 'Services', 'Specialists']))
        else:
            core = '%s %s' % (t['core'], pick(['& Building', '& Maintenance', 'Solutions', 'Direct', 'Pro']))
        if claim_name(core):
            break
    else:
        return None
    d = mk_person(reg2)
    e = mk_ent('ltd', reg2, d, True, core=core, form=ltd_form())
    company_contacts(e, d, reg2)
    union(e, t)
    return e


HN_FN = {'spv_sibling': hn_spv_sibling, 'group_sibling': hn_group_sibling, 'spouse': hn_spouse,
         'father_son': hn_father_son, 'namesake_other_city': hn_namesake, 'director_vs_company': hn_director,
         'managing_agent_sibling': hn_agent, 'dental_branch': hn_dental,
         'charity_trading_subsidiary': hn_charity, 'partner_individual': hn_partner,
         'company_namesake_other_city': hn_co_namesake}


# ----------------------------------------------------------------- build population
EXIST, NEW = [], []


def build_existing():
    def X(e):
        if e is not None:
            e['side'] = 'existing'
            EXIST.append(e)
        return e

    def n_kind(k):
        return sum(1 for e in EXIST if e['kind'] == k)

    while n_kind('spv') < 80:
        cl = spv_cluster(n=wpick([(1, 30), (2, 45), (3, 25)]))
        for e in cl['ents']:
            X(e)
        if chance(0.35):
            X(e_indiv('landlord', person=cl['landlord']))
    while n_kind('group') < 40:
        for e in group_cluster(n=wpick([(2, 75), (3, 25)]))['ents']:
            X(e)
    for reg, name in AGENT_NAMES:
        mk_agent(reg, name)
    while n_kind('mgmt') < 42:
        a = pick(AGENTS)
        X(mgmt_ent(a['reg'], agent=a))
    for _ in range(8):
        X(mgmt_ent(pick_reg()))
    for reg, n in (('MAN', 3), ('LEE', 3), ('GLA', 2), ('CAR', 3), ('BRI', 2), ('LON', 4)):
        for e in dental_group(reg, n):
            X(e)
    for _ in range(8):
        X(e_dental_indep(pick_reg()))
    for _ in range(15):
        X(e_gp(pick_reg()))
    for _ in range(8):
        ch = X(e_charity(pick_reg()))
        X(charity_sub(ch))
    while n_kind('charity') + n_kind('charity_trading') < 45:
        X(e_charity(pick_reg()))
    for _ in range(18):
        X(e_cic(pick_reg()))
    for _ in range(25):
        X(e_club(pick_reg()))
    for _ in range(15):
        X(e_council(pick_reg()))
    for _ in range(20):
        X(e_llp(pick_reg()))
    while n_kind('partnership') < 50:
        e = X(e_partnership(pick_reg()))
        if e and n_kind('partnership') <= 10:
            p = pick(e['partners'])
            X(e_indiv('pensioner' if p['age'] == 'old' else 'sa', person=p))
    for _ in range(110):
        X(e_sole())
    for _ in range(35):                                   # director also an SA client
        c = X(e_ltd())
        X(e_indiv('sa', person=c['person']))
    for _ in range(25):                                   # households: both spouses are clients
        k = wpick([('sa', 40), ('landlord', 25), ('pensioner', 35)])
        a = X(e_indiv(k))
        b = X(e_indiv(k, person=mk_spouse(a['person'], 0.3)))
        union(a, b)
    for _ in range(6):                                    # father (pensioner) and son both clients
        a = X(e_indiv('pensioner', person=mk_person(pick_reg(), gender='m', age='old')))
        b = X(e_indiv(pick(['sa', 'cis']), person=mk_father_son(a['person'])))
        union(a, b)
    for k, target in (('sa', 250), ('landlord', 160), ('cis', 130), ('pensioner', 135)):
        while n_kind(k) < target:
            X(e_indiv(k))
    while len(EXIST) < N_EXISTING:
        X(e_ltd())
    assert len(EXIST) == N_EXISTING, len(EXIST)


def build_hard_negatives():
    used = set()
    for kind, n in HN_PLAN:
        made, cands = 0, list(EXIST)
        R.shuffle(cands)
        for t in cands:
            if made >= n:
                break
            if t['uid'] in used:
                continue
            e = HN_FN[kind](t)
            if e is None:
                continue
            used.add(t['uid'])
            union(e, t)
            e['hn'], e['side'] = (kind, t), 'incoming'
            NEW.append(e)
            made += 1
        if made < n:
            print('warning: only %d/%d hard negatives of kind %s' % (made, n, kind), file=sys.stderr)


NEW_KIND_W = [('sa', 13), ('landlord', 10), ('cis', 9), ('pensioner', 8), ('ltd', 24), ('sole', 10),
              ('partnership', 4), ('llp', 1), ('charity', 3), ('cic', 2), ('club', 2), ('council', 1), ('mgmt', 3),
              ('dental', 1), ('gp', 1), ('spv', 5), ('group', 3)]


def build_plain_new():
    ex_names = set((slug(e['person']['given']), slug(e['person']['family'])) for e in EXIST if not e['org'])
    while len(NEW) < len([x for x in NEW if x['hn']]) + N_PLAIN_NEW:
        k, reg = wpick(NEW_KIND_W), pick_reg()
        if k in ('sa', 'landlord', 'cis', 'pensioner'):
            for _ in range(50):
                p = mk_person(reg, age='old' if k == 'pensioner' else 'adult')
                if (slug(p['given']), slug(p['family'])) not in ex_names:
                    break
            e = e_indiv(k, person=p)
        elif k == 'spv':
            e = spv_cluster(reg, n=1)['ents'][0]
        elif k == 'group':
            e = group_cluster(reg, n=1)['ents'][0]
        elif k == 'mgmt':
            e = mgmt_ent(reg)
        elif k == 'dental':
            e = e_dental_indep(reg)
        elif k == 'sole':
            e = e_sole(reg)
        elif k == 'ltd':
            e = e_ltd(reg)
        else:
            e = {'partnership': e_partnership, 'llp': e_llp, 'charity': e_charity, 'cic': e_cic,
                 'club': e_club, 'council': e_council, 'gp': e_gp}[k](reg)
        if e is not None:
            e['side'] = 'incoming'
            NEW.append(e)


# ----------------------------------------------------------------- views / rendering
def fresh_view(e, side):
    p = e['person']
    v = dict(org=e['org'], kind=e['kind'], caps=False, disp_suffix='')
    if not e['org']:
        v.update(given=p['given'], middle=p['middle'], family=p['family'], suffix=p['suffix'],
                 suffix_in_family=chance(0.4), name_style='normal', title=None, show_middle=None,
                 name_fields=True, init_dot=chance(0.6), init_given=chance(0.4))
    else:
        v.update(core=e['core'], form=e['form'], trading=e['trading'], st_style=e['ta_style'], ta_sep=e['ta_sep'],
                 company_field=chance(0.55), contact=None, owner=(p['given'], p['family']) if p else None)
        if e['kind'] == 'sole':
            v['contact'] = (p['given'], p['family']) if chance(0.85) else None
        elif p and chance(0.45):
            v['contact'] = (p['given'], p['family'])
    v['email'] = [e['email']] if e['email'] else []
    v['email_sep'] = pick([', ', ', ', '; ', ','])
    v['phone'] = e['phone']
    v['phone_style'] = wpick(PHONE_STYLE_EXISTING if side == 'existing' else PHONE_STYLE_INCOMING)
    v['addr'] = e['address']
    v['ast'] = dict(flat=wpick([('comma', 50), ('split', 30), ('after', 20)]), abbr=chance(0.2), pc='std',
                    loc=True, city=chance(0.97), region=chance(0.55), country=wpick(COUNTRY_W), welsh=False,
                    missing=False, partial=None, street_override=None)
    return v


def copy_view(v):
    w = dict(v)
    w['ast'] = dict(v['ast'])
    w['email'] = list(v['email'])
    return w


def org_display(v):
    if v['kind'] == 'sole':
        own = '%s %s' % v['owner']
        if v['st_style'] == 'own':
            return own
        if v['st_style'] == 'trading':
            return v['trading']
        return '%s %s %s' % (own, v['ta_sep'], v['trading'])
    return v['core'] + (' ' + v['form'] if v['form'] else '')


def compose(v):
    c = dict(displayName=None, givenName=None, familyName=None, companyName=None, email=None, phone=None)
    if not v['org']:
        g, f, suf = v['given'], v['family'], v['suffix']
        fd = f + (' ' + suf if suf else '')
        m = None
        if v['middle'] and v['show_middle'] == 'full':
            m = v['middle']
        elif v['middle'] and v['show_middle'] == 'initial':
            m = v['middle'][0]
        st = v['name_style']
        if st == 'surname_first':
            d = '%s, %s' % (fd, g)
        elif st == 'initial':
            d = '%s%s %s' % (g[0], '.' if v['init_dot'] else '', fd)
        else:
            d = ' '.join(x for x in (g, m, fd) if x)
        if v['title']:
            d = v['title'] + ' ' + d
        c['displayName'] = d
        if v['name_fields']:
            c['givenName'] = (g[0] + ('.' if v['init_dot'] else '')) if st == 'initial' and v['init_given'] else g
            c['familyName'] = fd if (suf and v['suffix_in_family']) else f
    else:
        c['displayName'] = org_display(v)
        if v['company_field']:
            c['companyName'] = v['trading'] if v['kind'] == 'sole' else c['displayName']
        if v['contact']:
            c['givenName'], c['familyName'] = v['contact']
    if v['caps']:
        for k in ('displayName', 'givenName', 'familyName', 'companyName'):
            if c[k]:
                c[k] = c[k].upper()
    c['displayName'] += v['disp_suffix']
    c['email'] = v['email_sep'].join(v['email']) if v['email'] else None
    c['phone'] = fmt_phone(v['phone'], v['phone_style']) if v['phone'] else None
    c['address'] = compose_address(v['addr'], v['ast'])
    return c


# ----------------------------------------------------------------- noise operators
KEYB = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']


def neighbour(ch):
    lo = ch.lower()
    for row in KEYB:
        i = row.find(lo)
        if i >= 0:
            n = row[i - 1] if i > 0 and (i == len(row) - 1 or chance(0.5)) else row[min(i + 1, len(row) - 1)]
            return n.upper() if ch.isupper() else n
    return ch


def typo_word(w):
    for _ in range(20):
        if len(w) < 3:
            x = w + w[-1].lower()
        else:
            i, t = R.randrange(1, len(w) - 1), R.random()
            if t < 0.3:
                x = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif t < 0.55:
                x = w[:i] + w[i + 1:]
            elif t < 0.75:
                x = w[:i] + w[i] + w[i:]
            else:
                x = w[:i] + neighbour(w[i]) + w[i + 1:]
        if x.lower() != w.lower():
            return x
    return w + 'e'


def typo_phrase(s):
    words = s.split(' ')
    idx = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 4 and w.lower() not in ('limited', 'the')]
    if not idx:
        idx = [i for i, w in enumerate(words) if w.isalpha()] or [0]
    i = pick(idx)
    words[i] = typo_word(words[i])
    return ' '.join(words)


ORG_ABBR = [(r'\bRugby Football Club\b', 'RFC'), (r'\bFootball Club\b', 'FC'), (r'\bCricket Club\b', 'CC'),
            (r'\bCompany\b', 'Co'), (r'\bBrothers\b', 'Bros'), (r'\bAssociation\b', 'Assoc'),
            (r'\bManagement\b', 'Mgmt'), (r'\bServices\b', 'Svcs'), (r'\bEngineering\b', 'Eng'),
            (r'\bCommunity\b', 'Comm.'), (r'\bRFC\b', 'Rugby Football Club'), (r'\bBros\b', 'Brothers'),
            (r'\bSt\b', 'Saint'), (r'\bDr\b', 'Doctor'), (r'\bPartnership\b', 'P/ship'),
            (r'\bProperties\b', 'Props'), (r'\bDevelopments\b', 'Devs'), (r'\bResidential\b', 'Resi')]


def name_field(v):
    if v['kind'] == 'sole':
        return 'trading' if v['st_style'] != 'own' else None
    return 'core'


def nf_val(v):
    f = name_field(v)
    return v[f] if f else ''


def ind(v):
    return not v['org']


def sub_first(v, pattern, repl):
    f = name_field(v)
    v[f] = re.sub(pattern, repl, v[f], count=1)


def do_marriage(v, e, ctx):
    new = surname_for(pick([e['person']['origin'], 'anglo']), 'f')
    v['family'] = '%s-%s' % (v['family'], new) if chance(0.25) else new
    ctx['protect'].update(('email', 'phone'))
    if chance(0.4):
        do_moved(v, e, ctx)
        ctx['changes'].append('moved')
    return 'marriage_name_change'


def do_rename(v, e, ctx):
    words = v['core'].split()
    trade = ' '.join(words[1:]) or pick(TRADES)
    for _ in range(50):
        r = R.random()
        if r < 0.45:                                   # re-brand, same line of business
            new = '%s %s' % (pick(BRANDS + REG[e['reg']]['brands']), trade)
        elif r < 0.75:                                 # widened name
            new = '%s %s' % (v['core'], pick(['Group', '& Co', 'UK', 'Solutions', 'Specialists', 'North']))
        else:                                          # owner's surname
            new = '%s %s' % (e['person']['family'], trade)
        if claim_name(new):
            v['core'] = new
            ctx['protect'].update(('email', 'phone'))
            return 'company_renamed'
    return None


def do_sole_switch(v, e, ctx):
    v['st_style'] = pick([s for s in ('own', 'trading', 'ta') if s != v['st_style']])
    v['ta_sep'] = wpick([('t/a', 50), ('T/A', 25), ('trading as', 15), ('T/as', 5), ('t/as', 5)])
    ctx['protect'].update(('email', 'phone'))
    return 'sole_trader_name_switch:%s' % v['st_style']


def do_form(v, e, ctx):
    fs = next((s for s in (['Ltd', 'Limited', 'Ltd.', 'LTD', 'LIMITED'], ['LLP', 'L.L.P.', 'Limited Liability Partnership'],
                           ['CIC', 'C.I.C.', 'Community Interest Company'], ['plc', 'PLC', 'Public Limited Company'])
               if v['form'] in s), [v['form']])
    if chance(0.35) or len(fs) == 1:
        v['form'] = None
        return 'legal_form_dropped'
    v['form'] = pick([f for f in fs if f != v['form']])
    return 'legal_form_changed'


def do_amp(v, e, ctx):
    f = name_field(v)
    if '&' in v[f]:
        v[f] = v[f].replace('&', pick(['and', 'and', 'And']), 1)
    else:
        v[f] = re.sub(r'\band\b', '&', v[f], count=1)
    return 'ampersand_and'


def do_abbr(v, e, ctx):
    opts = [(p, r) for p, r in ORG_ABBR if re.search(p, nf_val(v))]
    p, r = pick(opts)
    sub_first(v, p, r)
    return 'org_abbreviation'


def do_contact(v, e, ctx):
    p = e['person']
    g = pick(NICK[p['given']]) if p['given'] in NICK and chance(0.25) else p['given']
    v['contact'] = (g, p['family'])
    return 'contact_person_added'


def do_dir_email(v, e, ctx):
    if chance(0.3):
        v['email'] = v['email'] + [e['personal_email']]
        return 'director_personal_email_added'
    v['email'] = [e['personal_email']]
    return 'director_personal_email'


def new_email_for(v, e):
    if not e['org']:
        return personal_email(e['person'])
    if e.get('domain') and chance(0.5):
        return domain_email(pick(['accounts', 'office', 'admin', 'finance', 'bookkeeping', slug(e['person']['given'])]),
                            e['domain'])
    return webmail_for(nf_val(v) or e['person']['family'], pick(['', 'accounts', 'ltd']))


def do_new_email(v, e, ctx):
    v['email'] = [new_email_for(v, e)]
    return 'new_email'


def do_second_email(v, e, ctx):
    if e['org'] and e['personal_email'] and e['personal_email'] not in v['email'] and chance(0.5):
        x = e['personal_email']
    else:
        x = new_email_for(v, e)
    v['email'] = v['email'] + [x] if chance(0.6) else [x] + v['email']
    return 'second_email'


def do_email_case(v, e, ctx):
    loc, dom = v['email'][0].split('@', 1)
    v['email'][0] = '%s@%s' % ('.'.join(w[:1].upper() + w[1:] for w in loc.split('.')), dom[:1].upper() + dom[1:])
    return 'email_case'


def do_moved(v, e, ctx):
    reg = e['reg'] if chance(0.85) else pick_reg()
    kind = 'home' if (not e['org'] or e['address'] is e['person']['home']) else 'business'
    v['addr'] = make_address(reg, kind)
    return 'moved' if reg == e['reg'] else 'moved_other_region'


def do_new_phone(v, e, ctx):
    v['phone'] = new_mobile() if chance(0.6) else new_landline(e['reg'])
    return 'new_phone'


def set_(key, val, change):
    def f(v, e, ctx):
        v[key] = val
        return change
    return f


def set_ast(key, val, change):
    def f(v, e, ctx):
        v['ast'][key] = val
        return change
    return f


def has_addr(v):
    return v['addr'] is not None and not v['ast']['missing']


def can_email(v, ctx):
    return bool(v['email']) and 'email' not in ctx['protect']


OPS = [
    # name, weight, phase, can(v, e, ctx), do(v, e, ctx)
    ('nickname', 30, 1, lambda v, e, c: ind(v) and bool(NICK.get(v['given'])) and v['name_style'] == 'normal',
     lambda v, e, c: (v.__setitem__('given', pick(NICK[v['given']])), 'nickname')[1]),
    ('initial', 5, 1, lambda v, e, c: ind(v) and v['name_style'] == 'normal', set_('name_style', 'initial', 'initial')),
    ('surname_first', 5, 1, lambda v, e, c: ind(v) and v['name_style'] == 'normal',
     set_('name_style', 'surname_first', 'surname_first')),
    ('title', 3, 1, lambda v, e, c: ind(v) and not v['title'],
     lambda v, e, c: (v.__setitem__('title', 'Dr' if chance(0.05) else (
         'Mr' if e['person']['gender'] == 'm' else pick(['Mrs', 'Ms', 'Miss']))), 'title_added')[1]),
    ('typo_name', 7, 1, lambda v, e, c: ind(v),
     lambda v, e, c: (lambda f: (v.__setitem__(f, typo_phrase(v[f])), 'typo_' + f)[1])(pick(['given', 'family']))),
    ('spelling_variant', 25, 1, lambda v, e, c: ind(v) and (v['given'] in VAR or v['family'] in VAR),
     lambda v, e, c: (lambda f: (v.__setitem__(f, pick(VAR[v[f]])), 'spelling_variant')[1])(
         pick([f for f in ('given', 'family') if v[f] in VAR]))),
    ('accents_stripped', 30, 1, lambda v, e, c: ind(v) and deaccent(v['given'] + v['family']) != v['given'] + v['family'],
     lambda v, e, c: (v.update(given=deaccent(v['given']), family=deaccent(v['family'])), 'accents_stripped')[1]),
    ('apostrophe_variant', 50, 1, lambda v, e, c: ind(v) and "'" in v['family'],
     lambda v, e, c: (v.__setitem__('family', v['family'].replace("'", pick(['', ' ', '’']))), 'apostrophe_variant')[1]),
    ('name_order_swapped', 50, 1, lambda v, e, c: ind(v) and e['person']['origin'] == 'chinese',
     lambda v, e, c: (v.update(given=v['family'], family=v['given']), 'name_order_swapped')[1]),
    ('middle_name_added', 5, 1, lambda v, e, c: ind(v) and v['middle'] and not v['show_middle'],
     lambda v, e, c: (v.__setitem__('show_middle', pick(['full', 'initial'])), 'middle_name_added')[1]),
    ('marriage_name_change', 5, 0, lambda v, e, c: ind(v) and e['person']['gender'] == 'f' and e['kind'] != 'pensioner'
     and not v['suffix'] and (v['email'] or v['phone']), do_marriage),
    ('legal_form', 18, 1, lambda v, e, c: v['org'] and bool(v['form']), do_form),
    ('ampersand_and', 15, 1, lambda v, e, c: v['org'] and bool(re.search(r'&|\band\b', nf_val(v))), do_amp),
    ('the_dropped', 15, 1, lambda v, e, c: v['org'] and nf_val(v).startswith('The '),
     lambda v, e, c: (v.__setitem__(name_field(v), nf_val(v)[4:]), 'the_dropped')[1]),
    ('brackets_dropped', 15, 1, lambda v, e, c: v['org'] and '(' in nf_val(v),
     lambda v, e, c: (v.__setitem__(name_field(v), re.sub(r'\s+', ' ', re.sub(r'[()]', '', nf_val(v)))),
                      'brackets_dropped')[1]),
    ('org_abbreviation', 8, 1, lambda v, e, c: v['org'] and any(re.search(p, nf_val(v)) for p, _ in ORG_ABBR), do_abbr),
    ('typo_company', 6, 1, lambda v, e, c: v['org'] and bool(name_field(v)),
     lambda v, e, c: (v.__setitem__(name_field(v), typo_phrase(nf_val(v))), 'typo_company')[1]),
    ('company_renamed', 2, 0, lambda v, e, c: e['kind'] == 'ltd' and (v['email'] or v['phone']), do_rename),
    ('sole_trader_switch', 40, 0, lambda v, e, c: e['kind'] == 'sole' and (v['email'] or v['phone']), do_sole_switch),
    ('ta_separator', 4, 1, lambda v, e, c: e['kind'] == 'sole' and v['st_style'] == 'ta',
     lambda v, e, c: (v.__setitem__('ta_sep', pick([s for s in ('t/a', 'T/A', 'trading as', 'T/as') if s != v['ta_sep']])),
                      'ta_separator')[1]),
    ('contact_person', 14, 1, lambda v, e, c: v['org'] and not v['contact'] and e['person'] is not None, do_contact),
    ('director_personal_email', 12, 1, lambda v, e, c: e['kind'] in ('ltd', 'spv', 'group', 'llp', 'partnership', 'sole')
     and e['personal_email'] and e['personal_email'] not in v['email'] and 'email' not in c['protect'], do_dir_email),
    ('all_caps', 4, 1, lambda v, e, c: not v['caps'], set_('caps', True, 'all_caps')),
    ('email_missing', 7, 1, lambda v, e, c: can_email(v, c), lambda v, e, c: (v.__setitem__('email', []), 'email_missing')[1]),
    ('phone_missing', 7, 1, lambda v, e, c: v['phone'] and 'phone' not in c['protect'], set_('phone', None, 'phone_missing')),
    ('new_phone', 6, 1, lambda v, e, c: 'phone' not in c['protect'], do_new_phone),
    ('new_email', 3, 1, lambda v, e, c: can_email(v, c), do_new_email),
    ('second_email', 4, 1, lambda v, e, c: len(v['email']) == 1, do_second_email),
    ('email_case', 3, 1, lambda v, e, c: bool(v['email']), do_email_case),
    ('moved', 6, 1, lambda v, e, c: v['addr'] is not None, do_moved),
    ('postcode_nospace', 6, 1, lambda v, e, c: has_addr(v) and v['ast']['pc'] == 'std',
     set_ast('pc', 'nospace', 'postcode_nospace')),
    ('postcode_lower', 3, 1, lambda v, e, c: has_addr(v) and v['ast']['pc'] == 'std',
     lambda v, e, c: (v['ast'].__setitem__('pc', pick(['lower', 'lower_nospace'])), 'postcode_lower')[1]),
    ('street_abbrev', 6, 1, lambda v, e, c: has_addr(v) and not v['ast']['abbr'] and can_abbrev(v['addr']['street']),
     set_ast('abbr', True, 'street_abbreviated')),
    ('street_expanded', 2, 1, lambda v, e, c: has_addr(v) and v['ast']['abbr'] and can_abbrev(v['addr']['street']),
     set_ast('abbr', False, 'street_expanded')),
    ('flat_format', 15, 1, lambda v, e, c: has_addr(v) and v['addr']['subtype'] in ('flat', 'unit', 'suite', 'floor'),
     lambda v, e, c: (v['ast'].__setitem__('flat', pick([s for s in ('comma', 'split', 'after', 'slash_nf', 'slash_fn')
                                                         if s != v['ast']['flat']])), 'flat_format')[1]),
    ('locality_dropped', 3, 1, lambda v, e, c: has_addr(v) and v['addr']['locality'] and v['ast']['loc'],
     set_ast('loc', False, 'locality_dropped')),
    ('city_missing', 3, 1, lambda v, e, c: has_addr(v) and v['ast']['city'], set_ast('city', False, 'city_missing')),
    ('address_missing', 4, 1, lambda v, e, c: has_addr(v), set_ast('missing', True, 'address_missing')),
    ('address_partial', 3, 1, lambda v, e, c: has_addr(v) and not v['ast']['partial'],
     lambda v, e, c: (lambda p: (v['ast'].__setitem__('partial', p), 'address_partial:' + p)[1])(
         pick(['postcode_only', 'no_postcode', 'line1_only']))),
    ('registered_office', 15, 1, lambda v, e, c: v['org'] and e['reg_office'] is not None and v['addr'] is e['address']
     and e['reg_office'] is not e['address'], lambda v, e, c: (v.__setitem__('addr', e['reg_office']),
                                                                'registered_office_address')[1]),
    ('welsh_place_name', 15, 1, lambda v, e, c: has_addr(v) and v['addr']['city'] in WELSH_CITY and not v['ast']['welsh'],
     set_ast('welsh', True, 'welsh_place_name')),
    ('typo_street', 3, 1, lambda v, e, c: has_addr(v) and not v['ast']['street_override'],
     lambda v, e, c: (v['ast'].__setitem__('street_override', typo_phrase(v['addr']['street'])), 'typo_street')[1]),
]


def apply_noise(v, e, changes):
    k = wpick([(0, 8), (1, 30), (2, 35), (3, 20), (4, 7)])
    ctx = dict(protect=set(), changes=changes)
    keyed = sorted(OPS, key=lambda o: -(R.random() ** (1.0 / o[1])))   # weighted random permutation
    chosen = [o for o in keyed if o[3](v, e, ctx)][:k]
    chosen.sort(key=lambda o: o[2])
    for name, w, ph, can, do in chosen:
        if can(v, e, ctx):
            ch = do(v, e, ctx)
            if ch:
                changes.append(ch)


def format_tweaks(v, e, ch):
    if v['phone'] and chance(0.45):
        ns = wpick(PHONE_STYLE_INCOMING)
        if fmt_phone(v['phone'], ns) != fmt_phone(v['phone'], v['phone_style']):
            v['phone_style'] = ns
            ch.append('phone_reformatted')
    if chance(0.3):
        nc = wpick(COUNTRY_W)
        if nc != v['ast']['country']:
            v['ast']['country'] = nc
            ch.append('country_variant')
    if v['addr'] is not None and v['addr']['region'] and chance(0.25):
        v['ast']['region'] = not v['ast']['region']
        ch.append('region_added' if v['ast']['region'] else 'region_dropped')
    if v['org'] and chance(0.3):
        v['company_field'] = not v['company_field']
        ch.append('company_name_field_added' if v['company_field'] else 'company_name_field_dropped')
    if ind(v) and chance(0.08):
        v['name_fields'] = False
        ch.append('name_fields_missing')


def first_noise(v, side, ch):
    if v['email'] and v['phone']:
        r = R.random()
        if r < 0.06:
            v['email'] = []
            ch.append('email_missing')
        elif r < 0.12:
            v['phone'] = None
            ch.append('phone_missing')
    if side == 'incoming' and chance(0.04):
        v['caps'] = True
        ch.append('all_caps')
    if v['addr'] is not None and chance(0.025):
        v['ast']['missing'] = True
        ch.append('address_missing')
    if side == 'incoming' and v['addr'] is not None and chance(0.08):
        v['ast']['pc'] = 'nospace'
        ch.append('postcode_nospace')


# ----------------------------------------------------------------- link evidence (same rule as check.py)
NAME_STOP = {'the', 'ltd', 'limited', 'plc', 'llp', 'cic', 'cio', 'co', 'company', 'mr', 'mrs', 'ms', 'miss', 'dr',
             'ta', 't', 'a', 'trading', 'as'}
ADDR_EXP = {'rd': 'road', 'st': 'street', 'ave': 'avenue', 'ln': 'lane', 'cl': 'close', 'cres': 'crescent',
            'dr': 'drive', 'gdns': 'gardens', 'pl': 'place', 'terr': 'terrace', 'gr': 'grove'}


def ev_emails(c):
    return set(x for x in re.split(r'[,;\s]+', (c['email'] or '').lower()) if '@' in x)


def ev_phone(c):
    d = re.sub(r'\D', '', c['phone'] or '')
    if d.startswith('440'):
        d = d[2:]
    elif d.startswith('44'):
        d = '0' + d[2:]
    return d or None


def ev_names(c):
    out = []
    for s in (c['displayName'], c['companyName']):
        if s:
            k = ' '.join(sorted(t for t in norm_tokens(s) if t not in NAME_STOP))
            if k:
                out.append(k)
    return out


def ev_addr(c):
    a = c['address']
    pc = re.sub(r'\s', '', a['postalCode'] or '').upper()
    toks = norm_tokens(' '.join(x for x in (a['line1'], a['line2']) if x).replace('/', ' '))
    return pc, ' '.join(sorted(ADDR_EXP.get(t, t) for t in toks))


def name_sim(c1, c2):
    return max([SequenceMatcher(None, a, b).ratio() for a in ev_names(c1) for b in ev_names(c2)] or [0])


def addr_same(c1, c2):
    (p1, l1), (p2, l2) = ev_addr(c1), ev_addr(c2)
    if p1 and p2:
        return p1 == p2
    return bool(l1 and l2) and SequenceMatcher(None, l1, l2).ratio() >= 0.85


def link_evidence(c, earlier):
    ev = set()
    for o in earlier:
        if ev_emails(c) & ev_emails(o):
            ev.add('email')
        if ev_phone(c) and ev_phone(c) == ev_phone(o):
            ev.add('phone')
        if name_sim(c, o) >= 0.85 and addr_same(c, o):
            ev.add('name+address')
    return ev


# ----------------------------------------------------------------- rendering records
def city_of(v):
    return v['addr']['city'] if v['addr'] else 'UK'


def disambiguate(v, taken, side='incoming'):
    c = compose(v)
    tries = 0
    while c['displayName'].casefold() in taken:
        tries += 1
        r = R.random()
        if ind(v) and v['middle'] and not v['show_middle'] and v['name_style'] == 'normal' and r < 0.6:
            v['show_middle'] = 'initial'
        elif v['org'] and v.get('form') and tries == 1 and r < 0.4 and side == 'incoming':
            do_form(v, None, None)
        elif tries < 3 and r < 0.5:
            v['disp_suffix'] = pick([' (%s)', ' - %s']) % city_of(v)
        elif tries < 3 and r < 0.7 and ind(v) and v['name_style'] == 'normal' and side == 'incoming':
            v['name_style'] = 'surname_first'
        else:
            v['disp_suffix'] = pick([' 2', ' (2)', ' (1)', ' 1', ' - 2', ' (%d)' % (tries + 1)])
        c = compose(v)
    return c, tries > 0


def render_first(e, side, taken):
    v = fresh_view(e, side)
    e['view0'] = copy_view(v)
    ch = []
    first_noise(v, side, ch)
    c, dis = disambiguate(v, taken, side)
    if dis:
        ch.append('display_disambiguated')
    return c, ch


def render_link(e, taken):
    earlier = [r for r in e['recs']]
    for attempt in range(60):
        v = copy_view(e['view0'])
        ch = []
        format_tweaks(v, e, ch)
        if attempt < 50:
            apply_noise(v, e, ch)
        c, dis = disambiguate(v, taken)
        if dis:
            ch.append('display_disambiguated')
        if link_evidence(c, earlier):
            return c, ch
    raise RuntimeError('cannot render a linkable record for %s' % e['uid'])


# ----------------------------------------------------------------- main
def main():
    build_existing()
    build_hard_negatives()
    build_plain_new()
    ents = EXIST + NEW
    ids = R.sample(range(10000, 100000), len(ents))
    for e, n in zip(ents, ids):
        e['id'] = 'E%05d' % n
    members = {}
    for e in ents:
        members.setdefault(find(e['uid']), []).append(e)
    for grp in members.values():
        root = min(grp, key=lambda x: x['uid'])
        for e in grp:
            e['cluster'] = root['id'] if len(grp) > 1 else None

    def tags(e):
        t = ['kind:' + e['kind'], 'region:' + e['reg']]
        if e['cluster']:
            t.append('cluster:' + e['cluster'])
        return t

    rows = []   # (set, entity, contact, category, changes)
    order = list(EXIST)
    R.shuffle(order)
    taken = set()
    for e in order:
        c, ch = render_first(e, 'existing', taken)
        taken.add(c['displayName'].casefold())
        e['recs'].append(c)
        rows.append(('existing', e, c, 'existing', tags(e) + ch))

    matched = R.sample(EXIST, N_MATCH_SINGLE + N_MATCH_DOUBLE)
    events = [e for e in matched] + matched[:N_MATCH_DOUBLE]
    newl = list(NEW)
    R.shuffle(newl)
    events += newl + newl[:N_REPEAT_TWICE] * 2 + newl[N_REPEAT_TWICE:N_REPEAT_TWICE + N_REPEAT_ONCE]
    R.shuffle(events)
    taken = set()
    first_line = {}
    for e in events:
        line_no = len(rows) + 1
        if e['side'] == 'existing':
            c, ch = render_link(e, taken)
            cat, extra = 'existing_match', []
        elif not e['recs']:
            c, ch = render_first(e, 'incoming', taken)
            cat, extra = 'new', []
            first_line[e['uid']] = line_no
        else:
            c, ch = render_link(e, taken)
            cat, extra = 'repeat_of_new', ['repeat_of_line:%d' % first_line[e['uid']]]
        if e['hn']:
            extra = ['hard_negative:' + e['hn'][0], 'hard_negative_of:' + e['hn'][1]['id']] + extra
        taken.add(c['displayName'].casefold())
        e['recs'].append(c)
        rows.append(('incoming', e, c, cat, tags(e) + extra + ch))

    with open(os.path.join(HERE, 'set.jsonl'), 'w', encoding='utf-8') as fs, \
            open(os.path.join(HERE, 'meta.jsonl'), 'w', encoding='utf-8') as fm:
        for i, (side, e, c, cat, ch) in enumerate(rows, 1):
            fs.write(json.dumps({'set': side, 'entity': e['id'], 'contact': c}, ensure_ascii=False) + '\n')
            fm.write(json.dumps({'line': i, 'entity': e['id'], 'category': cat, 'changes': ch},
                                ensure_ascii=False) + '\n')
    cats = {}
    for r in rows:
        cats[r[3]] = cats.get(r[3], 0) + 1
    print('wrote %d lines: %s; hard negatives: %d' % (len(rows), cats, sum(1 for e in NEW if e['hn'])))


if __name__ == '__main__':
    main()
