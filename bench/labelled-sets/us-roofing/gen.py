#!/usr/bin/env python3
"""Generator of the labelled record-linkage set `us-roofing`.

A Denver-metro roofing / gutter / exterior contractor billing through QuickBooks
Online: 1,500 existing QBO customers and 1,500 incoming records from the roofing
CRM, the door-knocking canvass app, insurance claim paperwork, the financing
partner and the online payment portal.

Python 3 standard library only.  One random.Random(SEED); no set/dict-order or
PYTHONHASHSEED dependence.  `python3 gen.py [--out DIR]` writes set.jsonl and
meta.jsonl.  Everything (people, firms, mailboxes, phones, house numbers) is
invented; towns, postcodes, regions and area codes are real.
"""
import argparse
import difflib
import html
import json
import os
import re
import random
import sys
import unicodedata

SEED = 20240611
R = random.Random(SEED)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(items):
    tot = sum(w for _, w in items)
    x = R.random() * tot
    for v, w in items:
        x -= w
        if x < 0:
            return v
    return items[-1][0]


def sample(seq, k):
    seq = list(seq)
    out = []
    for _ in range(min(k, len(seq))):
        out.append(seq.pop(R.randrange(len(seq))))
    return out


# ---------------------------------------------------------------------------
# Places (real towns, real ZIP codes, real area codes; streets plausible)
# street tuple: (direction, core, [types], lo, hi, zip)
# ---------------------------------------------------------------------------
CITIES = [
    dict(name='Aurora', w=18, area=[('303', 5), ('720', 5), ('983', 0.4)],
         po=['80040', '80041', '80042', '80044', '80046', '80047'],
         streets=[('E', 'Mississippi', ['Ave', 'Pl', 'Dr'], 15000, 21999, '80017'),
                  ('E', 'Iliff', ['Ave', 'Pl', 'Dr'], 15000, 23999, '80013'),
                  ('E', 'Jewell', ['Ave', 'Pl', 'Cir'], 15000, 22999, '80013'),
                  ('E', 'Yale', ['Ave', 'Pl', 'Cir'], 16000, 20999, '80013'),
                  ('E', 'Dartmouth', ['Ave', 'Pl'], 18000, 21999, '80013'),
                  ('E', 'Florida', ['Ave', 'Pl', 'Dr'], 14000, 19999, '80017'),
                  ('E', 'Louisiana', ['Ave', 'Pl', 'Dr'], 14000, 19999, '80017'),
                  ('E', 'Kentucky', ['Ave', 'Dr'], 14000, 17999, '80012'),
                  ('E', 'Kansas', ['Pl', 'Ave', 'Cir'], 14000, 18999, '80012'),
                  ('E', 'Mexico', ['Ave', 'Pl'], 14000, 18999, '80012'),
                  ('S', 'Jasper', ['Way', 'Ct', 'Cir'], 1000, 4999, '80013'),
                  ('S', 'Kirk', ['Way', 'St'], 1000, 4999, '80013'),
                  ('S', 'Ouray', ['Way', 'St', 'Ct'], 1000, 3999, '80017'),
                  ('S', 'Pagosa', ['Way', 'Cir'], 1000, 3999, '80017'),
                  ('S', 'Telluride', ['Way', 'St', 'Cir'], 1000, 4999, '80013'),
                  ('S', 'Uravan', ['Way', 'St'], 3000, 5999, '80015'),
                  ('S', 'Walden', ['Way', 'St', 'Ct'], 3000, 5999, '80015'),
                  ('E', 'Hampden', ['Pl', 'Ave', 'Cir'], 16000, 20999, '80013'),
                  ('E', 'Radcliff', ['Ave', 'Pl'], 16000, 22999, '80015'),
                  ('E', 'Powers', ['Ave', 'Pl', 'Dr'], 20000, 24999, '80015'),
                  ('E', 'Fair', ['Pl', 'Ave', 'Dr'], 24000, 26999, '80016'),
                  ('E', '6th', ['Ave', 'Pl'], 9000, 17999, '80011'),
                  ('E', 'Colfax', ['Ave'], 9000, 15999, '80010')]),
    dict(name='Lakewood', w=10, area=[('303', 5), ('720', 5)], po=['80226'],
         streets=[('W', 'Alameda', ['Ave', 'Pl'], 7000, 13999, '80226'),
                  ('W', 'Mississippi', ['Ave', 'Pl', 'Dr'], 7000, 13999, '80232'),
                  ('W', 'Jewell', ['Ave', 'Pl'], 9000, 13999, '80232'),
                  ('W', 'Florida', ['Ave', 'Dr', 'Pl'], 7000, 13999, '80232'),
                  ('W', 'Ohio', ['Ave', 'Pl'], 7000, 12999, '80226'),
                  ('W', 'Virginia', ['Ave', 'Pl'], 7000, 12999, '80226'),
                  ('W', 'Exposition', ['Ave', 'Dr'], 9000, 13999, '80226'),
                  ('W', 'Yale', ['Ave', 'Pl', 'Dr'], 9000, 13999, '80227'),
                  ('S', 'Kipling', ['St', 'Pkwy', 'Ct'], 100, 2999, '80226'),
                  ('S', 'Garrison', ['St', 'Ct', 'Way'], 100, 2999, '80226'),
                  ('S', 'Estes', ['St', 'Ct'], 100, 2999, '80227'),
                  ('S', 'Carr', ['St', 'Ct', 'Way'], 100, 2999, '80227'),
                  ('S', 'Yarrow', ['St', 'Ct', 'Way'], 1000, 3999, '80227'),
                  ('S', 'Zang', ['St', 'Ct'], 1000, 3999, '80228'),
                  ('', 'Holland', ['St', 'Ct'], 1000, 1999, '80215'),
                  ('W', '26th', ['Ave', 'Pl'], 6000, 9999, '80214')]),
    dict(name='Littleton', w=10, area=[('303', 5), ('720', 5)],
         po=['80160', '80161', '80162', '80165', '80166'],
         streets=[('W', 'Bowles', ['Ave', 'Pl', 'Dr'], 5000, 9999, '80123'),
                  ('W', 'Ken Caryl', ['Ave', 'Pl'], 5000, 9999, '80128'),
                  ('S', 'Pierce', ['St', 'Way', 'Ct'], 5000, 7999, '80123'),
                  ('S', 'Kendall', ['Blvd', 'St', 'Ct'], 6000, 8999, '80128'),
                  ('W', 'Coal Mine', ['Ave', 'Pl', 'Dr'], 5000, 9999, '80123'),
                  ('S', 'Lamar', ['St', 'Ct', 'Way'], 6000, 8999, '80123'),
                  ('W', 'Roxbury', ['Pl', 'Ave'], 5000, 9999, '80128'),
                  ('S', 'Prince', ['St', 'Ct'], 5000, 7999, '80120'),
                  ('W', 'Powers', ['Ave', 'Pl', 'Dr', 'Cir'], 5000, 9999, '80123'),
                  ('S', 'Miller', ['Way', 'St', 'Ct'], 6000, 8999, '80127'),
                  ('W', 'Chatfield', ['Ave', 'Pl'], 5000, 9999, '80128'),
                  ('E', 'Arapahoe', ['Rd', 'Pl', 'Dr'], 5000, 8999, '80122'),
                  ('S', 'Datura', ['St', 'Ct'], 5000, 7999, '80120'),
                  ('W', 'Bellewood', ['Dr', 'Pl', 'Ave'], 5000, 9999, '80123')]),
    dict(name='Highlands Ranch', w=10, area=[('303', 5), ('720', 5)], po=['80163'],
         streets=[('', 'Briarhurst', ['Dr', 'Ct', 'Pl'], 1000, 9999, '80126'),
                  ('', 'Tarragon', ['Ln', 'Ct', 'Way'], 1000, 9999, '80129'),
                  ('', 'Sandhurst', ['Ct', 'Dr'], 1000, 9999, '80126'),
                  ('', 'Amberwood', ['Ln', 'Ct', 'Way'], 1000, 9999, '80126'),
                  ('', 'Cheetah', ['Cir', 'Ct', 'Dr'], 1000, 9999, '80129'),
                  ('', 'Mountview', ['Dr', 'Ct', 'Pl'], 1000, 9999, '80130'),
                  ('', 'Foxtail', ['Dr', 'Ct', 'Ln'], 1000, 9999, '80130'),
                  ('', 'Stonecrest', ['Way', 'Ct', 'Dr'], 1000, 9999, '80129'),
                  ('', 'Wildhorse', ['Dr', 'Ct', 'Pl'], 1000, 9999, '80130'),
                  ('', 'Autumn Ash', ['Ct', 'Cir', 'Dr'], 1000, 9999, '80126'),
                  ('', 'Larkspur', ['Dr', 'Ln', 'Ct'], 1000, 9999, '80126'),
                  ('', 'Hawthorn', ['Ave', 'Ct', 'Pl'], 1000, 9999, '80129'),
                  ('', 'Sundown', ['Trl', 'Ct', 'Way'], 1000, 9999, '80129')]),
    dict(name='Parker', w=9, area=[('303', 5), ('720', 5)], po=['80134'],
         streets=[('', 'Canterberry', ['Pkwy', 'Trl', 'Ct'], 10000, 12999, '80138'),
                  ('', 'Bayou Ridge', ['Dr', 'Ct', 'Ln'], 10000, 12999, '80134'),
                  ('', 'Sierra Ridge', ['Dr', 'Way', 'Ct'], 10000, 12999, '80134'),
                  ('', 'Tall Pine', ['Dr', 'Ct', 'Ln'], 10000, 12999, '80134'),
                  ('', 'Hidden Mesa', ['Dr', 'Ct', 'Trl'], 16000, 19999, '80134'),
                  ('E', 'Cottonwood', ['Dr', 'Way', 'Ct'], 18000, 21999, '80138'),
                  ('', 'Sunburst', ['Ln', 'Ct', 'Dr'], 10000, 12999, '80134'),
                  ('E', 'Parker Square', ['Dr'], 10000, 11999, '80134'),
                  ('', 'Stroh', ['Rd'], 11000, 11999, '80134'),
                  ('', 'Mainstreet', [''], 19000, 20999, '80138')]),
    dict(name='Castle Rock', w=8, area=[('303', 5), ('720', 5)], po=['80104'],
         streets=[('', 'Red Hawk', ['Dr', 'Ct', 'Cir'], 2000, 4999, '80109'),
                  ('', 'Castle Oaks', ['Dr', 'Ct'], 1000, 4999, '80104'),
                  ('', 'Coachline', ['Rd', 'Ct', 'Way'], 1000, 3999, '80109'),
                  ('', 'Eagle Ridge', ['Dr', 'Ct', 'Way'], 1000, 4999, '80104'),
                  ('', 'Bonanza', ['Dr', 'Ct'], 1000, 3999, '80104'),
                  ('', 'Mesa Verde', ['Dr', 'Ct', 'Trl'], 1000, 3999, '80104'),
                  ('', 'Crystal Valley', ['Pkwy', 'Ct'], 1000, 4999, '80104'),
                  ('', 'Meadows', ['Blvd', 'Pkwy'], 3000, 4999, '80109'),
                  ('', 'Crowfoot Valley', ['Rd', 'Ct'], 1000, 3999, '80108'),
                  ('', 'Founders', ['Pkwy', 'Pl'], 1000, 4999, '80104'),
                  ('', 'Plum Creek', ['Pkwy', 'Blvd', 'Dr'], 1000, 4999, '80104')]),
    dict(name='Colorado Springs', w=13, area=[('719', 10)],
         po=['80901', '80932', '80935', '80936', '80937', '80949'],
         streets=[('', 'Briargate', ['Pkwy', 'Blvd'], 1000, 9999, '80920'),
                  ('', 'Stetson Hills', ['Blvd', 'Ct'], 4000, 7999, '80923'),
                  ('', 'Tutt', ['Blvd', 'Ct'], 3000, 7999, '80922'),
                  ('', 'Vickers', ['Dr', 'Ct'], 3000, 6999, '80918'),
                  ('', 'Flintridge', ['Dr', 'Ct', 'Pl'], 3000, 4999, '80918'),
                  ('', 'Galley', ['Rd', 'Ct'], 2000, 7999, '80915'),
                  ('', 'Barnes', ['Rd', 'Ct'], 4000, 7999, '80917'),
                  ('', 'Dublin', ['Blvd', 'Ct'], 3000, 7999, '80918'),
                  ('', 'Austin Bluffs', ['Pkwy', 'Ct'], 1000, 5999, '80918'),
                  ('', 'Woodmen', ['Rd', 'Ct'], 1000, 9999, '80920'),
                  ('N', 'Academy', ['Blvd', 'Pl'], 1000, 8999, '80909'),
                  ('', 'Thunder Ridge', ['Dr', 'Ct', 'Ln'], 1000, 9999, '80923'),
                  ('', 'Misty Creek', ['Dr', 'Ct'], 1000, 9999, '80923'),
                  ('', 'Bluestem', ['Dr', 'Ct', 'Ln'], 1000, 9999, '80921'),
                  ('', 'Cherrywood', ['Dr', 'Ct', 'Cir'], 1000, 9999, '80919'),
                  ('', 'Palmer Park', ['Blvd', 'Ct'], 1000, 6999, '80909'),
                  ('', 'Sand Creek', ['Dr', 'Ct'], 1000, 6999, '80916')]),
    dict(name='Fort Collins', w=8, area=[('970', 10)], po=['80522', '80527'],
         streets=[('S', 'College', ['Ave', 'Ct'], 100, 7999, '80525'),
                  ('W', 'Drake', ['Rd', 'Ct'], 100, 2999, '80526'),
                  ('W', 'Harmony', ['Rd', 'Ct'], 100, 2999, '80526'),
                  ('S', 'Timberline', ['Rd', 'Ct'], 1000, 6999, '80525'),
                  ('S', 'Shields', ['St', 'Ct'], 100, 5999, '80526'),
                  ('W', 'Horsetooth', ['Rd', 'Ct'], 100, 2999, '80526'),
                  ('W', 'Prospect', ['Rd', 'Ct'], 100, 2999, '80526'),
                  ('S', 'Lemay', ['Ave', 'Ct'], 100, 5999, '80525'),
                  ('W', 'Mulberry', ['St', 'Ct'], 100, 2999, '80521'),
                  ('', 'Laporte', ['Ave'], 100, 2999, '80521'),
                  ('', 'Ziegler', ['Rd'], 4000, 6999, '80528'),
                  ('', 'Lochside', ['Ln', 'Ct', 'Dr'], 1000, 6999, '80528'),
                  ('', 'Tanglewood', ['Dr', 'Ct'], 1000, 4999, '80525'),
                  ('', 'Brookwood', ['Dr', 'Ct'], 1000, 4999, '80525'),
                  ('', 'County Road 38E', [''], 3000, 5999, '80526'),
                  ('', 'County Road 9', [''], 2000, 4999, '80528')]),
    dict(name='Greeley', w=7, area=[('970', 10)], po=['80632'],
         streets=[('', '23rd', ['Ave', 'Ave Ct'], 100, 4999, '80634'),
                  ('', '35th', ['Ave', 'Ave Ct'], 100, 4999, '80634'),
                  ('', '47th', ['Ave', 'Ave Ct'], 100, 4999, '80634'),
                  ('', '59th', ['Ave', 'Ave Ct'], 100, 4999, '80634'),
                  ('', '71st', ['Ave', 'Ave Ct'], 100, 4999, '80634'),
                  ('W', '20th', ['St', 'St Rd'], 2000, 7999, '80634'),
                  ('', '16th', ['St'], 100, 4999, '80631'),
                  ('', '28th', ['St', 'St Rd'], 2000, 6999, '80634'),
                  ('', '4th', ['St', 'Ave'], 100, 3999, '80631'),
                  ('', 'County Road 54', [''], 20000, 29999, '80631'),
                  ('', 'County Road 27', [''], 15000, 19999, '80631')]),
    dict(name='Denver', w=4, area=[('303', 5), ('720', 5)], po=['80201', '80217'],
         streets=[('S', 'Quebec', ['Way', 'St', 'Ct'], 1000, 3999, '80231'),
                  ('S', 'Holly', ['St', 'Pl'], 1000, 3999, '80222'),
                  ('E', 'Evans', ['Ave', 'Pl'], 4000, 8999, '80222'),
                  ('S', 'Monaco', ['Pkwy', 'St'], 1000, 3999, '80224'),
                  ('E', 'Iliff', ['Ave', 'Pl', 'Dr'], 5000, 9999, '80231'),
                  ('S', 'Dahlia', ['St', 'Ct'], 1000, 3999, '80222')]),
    dict(name='Centennial', w=5, area=[('303', 5), ('720', 5)], po=['80161'],
         streets=[('E', 'Easter', ['Ave', 'Pl', 'Dr'], 4000, 19999, '80112'),
                  ('S', 'Ireland', ['Way', 'Ct'], 5000, 7999, '80016'),
                  ('E', 'Geddes', ['Ave', 'Pl', 'Dr'], 15000, 20999, '80016'),
                  ('S', 'Jericho', ['Way', 'Ct', 'Cir'], 5000, 7999, '80016'),
                  ('E', 'Fremont', ['Pl', 'Ave', 'Dr'], 4000, 8999, '80122'),
                  ('E', 'Costilla', ['Ave', 'Pl'], 8000, 9999, '80112')]),
    dict(name='Arvada', w=3, area=[('303', 5), ('720', 5)], po=['80001'],
         streets=[('W', '64th', ['Ave', 'Pl'], 5000, 15999, '80004'),
                  ('W', '72nd', ['Ave', 'Pl', 'Dr'], 5000, 15999, '80005'),
                  ('', 'Ward', ['Rd', 'Ct'], 5000, 7999, '80004'),
                  ('', 'Oak', ['St', 'Ct'], 5000, 7999, '80004'),
                  ('', 'Quaker', ['St', 'Ct', 'Way'], 5000, 7999, '80007')]),
    dict(name='Loveland', w=2, area=[('970', 10)], po=['80539'],
         streets=[('N', 'Garfield', ['Ave'], 100, 4999, '80538'),
                  ('W', 'Eisenhower', ['Blvd'], 100, 4999, '80537'),
                  ('', 'Boise', ['Ave', 'Ct'], 100, 4999, '80538'),
                  ('', 'Kingfisher', ['Ct', 'Dr'], 100, 4999, '80537')]),
    dict(name='Windsor', w=2, area=[('970', 10)], po=['80550'],
         streets=[('', 'Poudre River', ['Dr', 'Ct'], 100, 1999, '80550'),
                  ('', 'Main', ['St'], 100, 999, '80550'),
                  ('', 'Saratoga', ['Dr', 'Ct'], 1000, 2999, '80550')]),
]
CITY = {c['name']: c for c in CITIES}
CITY_NAMES = [c['name'] for c in CITIES]
NORTH = ['Fort Collins', 'Greeley', 'Loveland', 'Windsor']
SOUTH = ['Colorado Springs', 'Castle Rock']

# out-of-state mailing addresses (landlords, executors, snowbirds)
OOS = [
    ('Scottsdale', 'AZ', ['85255', '85260'], '480', [('E', 'Via Linda', ''), ('N', 'Hayden', 'Rd'), ('E', 'Cactus', 'Rd')]),
    ('Phoenix', 'AZ', ['85016', '85018'], '602', [('N', '24th', 'St'), ('E', 'Camelback', 'Rd')]),
    ('Omaha', 'NE', ['68114', '68154'], '402', [('', 'Pacific', 'St'), ('', 'Dodge', 'St')]),
    ('Austin', 'TX', ['78731', '78745'], '512', [('', 'Far West', 'Blvd'), ('W', 'Slaughter', 'Ln')]),
    ('Cheyenne', 'WY', ['82001', '82009'], '307', [('E', 'Pershing', 'Blvd'), ('', 'Dell Range', 'Blvd')]),
    ('Kansas City', 'MO', ['64113', '64114'], '816', [('', 'Ward', 'Pkwy'), ('W', '75th', 'St')]),
    ('Boise', 'ID', ['83702', '83706'], '208', [('W', 'State', 'St'), ('N', 'Harrison', 'Blvd')]),
    ('Naperville', 'IL', ['60540', '60565'], '630', [('S', 'Washington', 'St'), ('', 'Modaff', 'Rd')]),
]
OOS_AREAS = ['312', '480', '512', '602', '402', '918', '913', '281', '415', '206', '612', '214']

CITY_ALIAS = {'Highlands Ranch': ['Littleton'], 'Centennial': ['Englewood', 'Littleton', 'Aurora'],
              'Lakewood': ['Denver'], 'Castle Rock': [], 'Windsor': []}
CITY_VARIANT = {'Colorado Springs': ['Colorado Spgs', 'Colo Springs', 'CO Springs', 'Colo Spgs'],
                'Fort Collins': ['Ft Collins', 'Ft. Collins'],
                'Highlands Ranch': ['Hghlnds Ranch', 'Highlands Rnch'],
                'Castle Rock': ['Castlerock']}
TYPE_FULL = {'Ave': 'Avenue', 'St': 'Street', 'Dr': 'Drive', 'Pl': 'Place', 'Ct': 'Court',
             'Cir': 'Circle', 'Blvd': 'Boulevard', 'Rd': 'Road', 'Ln': 'Lane', 'Way': 'Way',
             'Pkwy': 'Parkway', 'Trl': 'Trail'}
DIR_FULL = {'E': 'East', 'W': 'West', 'N': 'North', 'S': 'South'}

# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
M_ANGLO = [('James', ['Jim', 'Jimmy']), ('John', ['Jack', 'Johnny']), ('Robert', ['Bob', 'Rob', 'Bobby']),
           ('Michael', ['Mike']), ('William', ['Bill', 'Will']), ('David', ['Dave']),
           ('Richard', ['Rick', 'Rich', 'Dick']), ('Joseph', ['Joe']), ('Thomas', ['Tom']),
           ('Charles', ['Chuck', 'Charlie']), ('Christopher', ['Chris']), ('Daniel', ['Dan', 'Danny']),
           ('Matthew', ['Matt']), ('Anthony', ['Tony']), ('Mark', []), ('Donald', ['Don']),
           ('Steven', ['Steve']), ('Paul', []), ('Andrew', ['Andy', 'Drew']), ('Joshua', ['Josh']),
           ('Kenneth', ['Ken', 'Kenny']), ('Kevin', []), ('Brian', []), ('George', []), ('Timothy', ['Tim']),
           ('Ronald', ['Ron']), ('Edward', ['Ed', 'Eddie', 'Ted']), ('Jason', []), ('Jeffrey', ['Jeff']),
           ('Ryan', []), ('Jacob', ['Jake']), ('Gary', []), ('Nicholas', ['Nick']), ('Eric', []),
           ('Jonathan', ['Jon']), ('Stephen', ['Steve']), ('Larry', []), ('Justin', []), ('Scott', []),
           ('Brandon', []), ('Benjamin', ['Ben']), ('Samuel', ['Sam']), ('Gregory', ['Greg']),
           ('Alexander', ['Alex']), ('Patrick', ['Pat']), ('Frank', []), ('Raymond', ['Ray']),
           ('Dennis', []), ('Tyler', []), ('Aaron', []), ('Douglas', ['Doug']), ('Peter', ['Pete']),
           ('Henry', ['Hank']), ('Walter', ['Walt']), ('Kyle', []), ('Nathan', ['Nate']),
           ('Zachary', ['Zach']), ('Gerald', ['Jerry']), ('Harold', ['Hal']), ('Lawrence', ['Larry']),
           ('Terrence', ['Terry']), ('Dale', []), ('Wayne', []), ('Randall', ['Randy']),
           ('Clifford', ['Cliff']), ('Theodore', ['Ted']), ('Bradley', ['Brad']), ('Travis', []),
           ('Cody', []), ('Dustin', []), ('Curtis', ['Curt']), ('Leonard', ['Len']), ('Russell', ['Russ'])]
F_ANGLO = [('Mary', []), ('Patricia', ['Pat', 'Patty', 'Trish']), ('Jennifer', ['Jen', 'Jenny']), ('Linda', []),
           ('Elizabeth', ['Liz', 'Beth', 'Betsy']), ('Barbara', ['Barb']), ('Susan', ['Sue', 'Susie']),
           ('Jessica', ['Jess']), ('Sarah', []), ('Karen', []), ('Nancy', []), ('Lisa', []),
           ('Margaret', ['Peggy', 'Maggie', 'Meg']), ('Betty', []), ('Sandra', ['Sandy']), ('Ashley', []),
           ('Dorothy', ['Dottie']), ('Kimberly', ['Kim']), ('Emily', []), ('Donna', []),
           ('Michelle', ['Shelly']), ('Carol', []), ('Amanda', ['Mandy']), ('Melissa', ['Missy']),
           ('Deborah', ['Deb', 'Debbie']), ('Stephanie', ['Steph']), ('Rebecca', ['Becky', 'Becca']),
           ('Laura', []), ('Sharon', []), ('Cynthia', ['Cindy']), ('Kathleen', ['Kathy', 'Kate']),
           ('Katherine', ['Kate', 'Katie', 'Kathy']), ('Amy', []), ('Shirley', []), ('Angela', ['Angie']),
           ('Helen', []), ('Anna', []), ('Brenda', []), ('Pamela', ['Pam']), ('Nicole', ['Nikki']),
           ('Samantha', ['Sam']), ('Christine', ['Chris']), ('Catherine', ['Cathy']),
           ('Virginia', ['Ginny']), ('Rachel', []), ('Carolyn', ['Carrie']), ('Janet', []),
           ('Heather', []), ('Diane', []), ('Julie', []), ('Joyce', []), ('Victoria', ['Vicky', 'Tori']),
           ('Kelly', []), ('Christina', ['Tina']), ('Lauren', []), ('Joan', []), ('Evelyn', []),
           ('Judith', ['Judy']), ('Megan', ['Meg']), ('Cheryl', []), ('Andrea', []), ('Hannah', []),
           ('Jacqueline', ['Jackie']), ('Gloria', []), ('Teresa', ['Terri']), ('Renée', []),
           ('Zoë', []), ('Chloé', []), ('Brooke', []), ('Kristen', ['Kris']), ('Tamara', ['Tami'])]
M_HISP = [('José', ['Pepe', 'Joe']), ('Juan', []), ('Francisco', ['Paco', 'Frank']), ('Jesús', ['Chuy']),
          ('Manuel', ['Manny']), ('Luis', []), ('Carlos', []), ('Jorge', ['George']), ('Alejandro', ['Alex']),
          ('Miguel', ['Mike']), ('Ignacio', ['Nacho']), ('Ramón', []), ('Rubén', []), ('Alberto', ['Beto']),
          ('Roberto', ['Beto', 'Bobby']), ('Eduardo', ['Lalo', 'Eddie']), ('Joaquín', []), ('Andrés', ['Andy']),
          ('Óscar', []), ('Efraín', []), ('Gilberto', ['Gil']), ('Ernesto', ['Neto']), ('Arturo', ['Art']),
          ('Fernando', ['Nando']), ('Ricardo', ['Rick'])]
F_HISP = [('María', []), ('Guadalupe', ['Lupe']), ('Rosa', []), ('Ana', []), ('Carmen', []),
          ('Lucía', ['Lucy']), ('Verónica', ['Vero']), ('Sofía', []), ('Yolanda', ['Yoli']),
          ('Dolores', ['Lola']), ('Mónica', []), ('Adriana', []), ('Araceli', []), ('Marisol', []),
          ('Beatriz', ['Bea']), ('Raquel', []), ('Graciela', ['Chela']), ('Elena', [])]
M_ASIAN = [('Minh', []), ('Tuan', []), ('Duc', []), ('Hung', []), ('Sung-min', []), ('Ji-hoon', []),
           ('Rajesh', ['Raj']), ('Vikram', ['Vik']), ('Wei', []), ('Kenji', []), ('Arjun', [])]
F_ASIAN = [('Lan', []), ('Mai', []), ('Linh', []), ('Min-ji', []), ('Priya', []), ('Anjali', []),
           ('Mei', []), ('Yuki', []), ('Ngoc', [])]
M_EAF = [('Dawit', []), ('Tesfaye', []), ('Abdi', []), ('Mohamed', []), ('Yonas', []), ('Getachew', [])]
F_EAF = [('Meseret', []), ('Hiwot', []), ('Fatuma', []), ('Tigist', []), ('Almaz', [])]
M_SLAV = [('Dmitri', ['Dima']), ('Oleksandr', ['Alex', 'Sasha']), ('Piotr', ['Peter']), ('Jürgen', []),
          ('Sergei', []), ('Tomasz', ['Tom'])]
F_SLAV = [('Olga', []), ('Natalia', ['Natasha']), ('Agnieszka', ['Aga']), ('Svetlana', ['Lana']),
          ('Katarzyna', ['Kasia']), ('Ingrid', [])]
FIRST = {('anglo', 'M'): M_ANGLO, ('anglo', 'F'): F_ANGLO, ('hisp', 'M'): M_HISP, ('hisp', 'F'): F_HISP,
         ('asian', 'M'): M_ASIAN, ('asian', 'F'): F_ASIAN, ('eaf', 'M'): M_EAF, ('eaf', 'F'): F_EAF,
         ('slav', 'M'): M_SLAV, ('slav', 'F'): F_SLAV}
MIDDLE = {'M': ['Allen', 'Lee', 'James', 'Wayne', 'Edward', 'Michael', 'Ray', 'Dean', 'Scott', 'Alan',
                'Joseph', 'Paul', 'Eugene', 'Thomas', 'Antonio', 'Luis'],
          'F': ['Ann', 'Marie', 'Lynn', 'Elizabeth', 'Jean', 'Louise', 'Rose', 'Kay', 'Renee', 'Michelle',
                'Sue', 'Dawn', 'Guadalupe', 'Isabel']}
LAST = {
    'anglo': ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson',
              'Taylor', 'Thomas', 'Moore', 'Jackson', 'Martin', 'Thompson', 'White', 'Harris', 'Clark',
              'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Hill', 'Green',
              'Adams', 'Baker', 'Nelson', 'Carter', 'Mitchell', 'Roberts', 'Turner', 'Phillips', 'Campbell',
              'Parker', 'Evans', 'Edwards', 'Collins', 'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers',
              'Morgan', 'Peterson', 'Cooper', 'Reed', 'Bailey', 'Bell', 'Kelly', 'Howard', 'Ward', 'Cox',
              'Richardson', 'Wood', 'Watson', 'Brooks', 'Bennett', 'Gray', 'Hughes', 'Price', 'Sanders',
              'Myers', 'Long', 'Ross', 'Foster', 'Powell', 'Jenkins', 'Perry', 'Russell', 'Sullivan',
              'Fisher', 'Henderson', 'Coleman', 'Simmons', 'Patterson', 'Jordan', 'Reynolds', 'Hamilton',
              'Graham', 'Wallace', 'Woods', 'Cole', 'West', 'Owens', 'Marshall', 'Harrison', 'Gibson',
              'Ellis', 'McDonald', 'Murray', 'Ford', 'Wells', 'Stone', 'Hansen', 'Larson', 'Olson',
              'Nielsen', 'Christensen', 'Schmidt', 'Schneider', 'Mueller', 'Weber', 'Becker', 'Hoffman',
              'Koch', 'Schultz', 'Wagner', 'Zimmerman', "O'Brien", "O'Connor", "O'Neill", 'McCarthy',
              'Fitzgerald', 'Kennedy', 'Gallagher', "D'Angelo", 'DeLuca', 'Russo', 'Romano', 'Esposito',
              'MacLeod', 'VanderMeer', 'Van Dyke', 'DuBois', 'LaRue', 'McKinney', 'Vaughn', 'Lindqvist',
              'Bergstrom', 'Kowalski', 'Novak', 'Sorensen', 'Haugen', 'Yoder', 'Fairbanks', 'Whitfield'],
    'hisp': ['Martinez', 'Garcia', 'Rodriguez', 'Hernandez', 'Lopez', 'Gonzalez', 'Sanchez', 'Ramirez',
             'Torres', 'Flores', 'Rivera', 'Gomez', 'Diaz', 'Romero', 'Gallegos', 'Trujillo', 'Archuleta',
             'Maestas', 'Vigil', 'Lucero', 'Montoya', 'Chavez', 'Padilla', 'Baca', 'Medina', 'Salazar',
             'Valdez', 'Herrera', 'Aragón', 'Peña', 'Muñoz', 'Núñez', 'Ibáñez', 'Espinoza', 'Córdova',
             'Durán', 'Quintana', 'Sandoval', 'Ortiz', 'Jaramillo', 'Mondragón', 'Ulibarri'],
    'asian': ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Kim', 'Park', 'Lee', 'Choi', 'Chen', 'Wang',
              'Liu', 'Zhang', 'Huang', 'Patel', 'Shah', 'Sharma', 'Singh', 'Reddy', 'Tanaka', 'Yamamoto'],
    'eaf': ['Tesfaye', 'Bekele', 'Haile', 'Gebremedhin', 'Abebe', 'Mohamed', 'Hassan', 'Warsame', 'Desta'],
    'slav': ['Ivanov', 'Petrov', 'Kovalenko', 'Shevchenko', 'Popescu', 'Wiśniewski', 'Nowak', 'Müller',
             'Kozlov', 'Zieliński'],
}
ETH_W = [('anglo', 57), ('hisp', 25), ('asian', 8), ('eaf', 4), ('slav', 6)]

# ---------------------------------------------------------------------------
# Organisations (all invented)
# ---------------------------------------------------------------------------
HOA_A = ['Willow', 'Aspen', 'Prairie', 'Stone', 'Fox', 'Meadow', 'Sable', 'Piney', 'Cotton', 'Bear',
         'Copper', 'Timber', 'Eagle', 'Sage', 'Pine', 'Summit', 'Legacy', 'Antelope', 'Red Tail', 'Buffalo',
         'Silver', 'Highland', 'Canyon', 'Sky', 'Elk', 'Wolf', 'Falcon', 'Cherry', 'Spring', 'Clear',
         'Saddle', 'Blue Spruce', 'Juniper', 'Columbine', 'Larkspur', 'Heritage', 'Trailside', 'Quail',
         'Gold', 'Sunset', 'Morning Star', 'Iron', 'Hawk', 'Cedar', 'Hidden', 'Shadow', 'Apache', 'Thunder']
HOA_B = ['Creek', 'Ridge', 'Meadows', 'Village', 'Crossing', 'Heights', 'Ranch', 'Trails', 'Pointe',
         'Hills', 'Run', 'Park', 'Valley', 'Bluffs', 'Vista', 'Glen', 'Hollow', 'Commons', 'Terrace',
         'Green', 'Estates', 'Reserve', 'Station', 'Landing', 'Mesa', 'Springs']
HOA_TYPES = [('Homeowners Association', 6), ('Homeowners Association', 0), ('Owners Association', 1),
             ('Community Association', 2), ('Townhome Association', 1.5), ('Master Association', 1),
             ('Condominium Association', 1)]
MGMT_NAMES = ['Hammersmith Management', 'Front Range Community Management', 'Peak HOA Services',
              'Summit Association Management', 'Foothills Property Services', 'Cornerstone Community Partners',
              'Mile High Association Management', 'Pikes Peak Community Management',
              'Northern Colorado HOA Services', 'Keystone Community Management', 'Blue Sky Association Management',
              'Alpine Community Services', 'Sterling Ridge Management', 'Lakeshore Association Management',
              'Benchmark HOA Partners', 'Arapahoe Community Management', 'Granite Peak Management',
              'Vantage Community Management', 'Stonebridge Association Services', 'Prairie Wind Management',
              'Copperleaf Community Management', 'Elevation HOA Management', 'Crestline Management Group',
              'Brightwater Community Services', 'Tallgrass Association Management', 'Bristlecone HOA Services',
              'Cascade Community Management', 'Ponderosa Association Services', 'Redstone Community Partners',
              'Clearwater HOA Management']
STEMS = ['Mile High', 'Rocky Mountain', 'Front Range', 'Centennial State', 'Cherry Creek', 'Bluebird',
         'Highline', 'Evergreen', 'Red Rocks', 'Sundance', 'Colfax', 'Platte River', 'Poudre Valley',
         'Pikes Peak', 'Aspenwood', 'Arapahoe', 'Denali', 'Sapphire', 'Horizon', 'Meridian', 'Northstar',
         'Pinnacle', 'Redstone', 'Clearview', 'Homestead', 'Trailhead', 'Summit Ridge', 'Timberline',
         'Granite', 'Black Canyon', 'Bristlecone', 'Columbine', 'Big Thompson', 'Cache la Poudre',
         'Castlewood', 'Palmer Divide', 'Monarch', 'Kestrel', 'Blue Mesa', 'Sangre', 'Ute Pass', 'Wapiti',
         'Foothills', 'Peak to Peak', 'High Plains', 'Prairie Sky', 'Silver Plume', 'Stonegate', 'Lone Pine',
         'Buckhorn', 'Ironwood', 'Keystone', 'Cornerstone', 'Benchmark', 'Elk Ridge', 'Apex', 'Vista Verde']
SAINTS = ['Mark', 'Luke', 'Thomas', 'Michael', 'Francis', 'Joseph', 'Anne', 'Paul', 'Andrew', 'Elizabeth',
          'Stephen', 'Matthew', 'Peter', 'Catherine', 'Vincent', 'Therese', 'Jude', 'Timothy']
MORTGAGEES = ['Front Range Home Mortgage', 'Summit Peak Mortgage Co', 'Pinnacle Crest Home Loans',
              'Blue Spruce Mortgage Servicing', 'Centennial Trust Mortgage', 'Columbine Federal Credit Union',
              'High Country Home Lending', 'Evergreen Plains Bank', 'Prairie Star Mortgage LLC',
              'Bighorn National Bank']
EMAIL_DOMAINS = [('gmail.com', 45), ('yahoo.com', 11), ('comcast.net', 10), ('hotmail.com', 6),
                 ('outlook.com', 6), ('icloud.com', 7), ('aol.com', 4), ('msn.com', 2), ('q.com', 3),
                 ('me.com', 2), ('live.com', 2), ('protonmail.com', 1), ('att.net', 1)]
EMAIL_TYPO_DOM = {'gmail.com': ['gmial.com', 'gmail.con', 'gamil.com', 'gmai.com', 'gmail.co'],
                  'yahoo.com': ['yahooo.com', 'yaho.com', 'yahoo.con'],
                  'comcast.net': ['comcast.ent', 'comcat.net', 'comcast.com'],
                  'hotmail.com': ['hotmial.com', 'hotmail.con', 'hotmal.com'],
                  'outlook.com': ['outlok.com', 'outlook.co'], 'icloud.com': ['icloud.co', 'iclod.com'],
                  'aol.com': ['aol.co', 'ao.com'], 'msn.com': ['msn.co'], 'q.com': ['q.net'],
                  'me.com': ['me.co'], 'live.com': ['live.co'], 'protonmail.com': ['protonmal.com'],
                  'att.net': ['att.ent']}

# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
def strip_accents(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch))


KEYB = {'a': 'sqz', 'b': 'vn', 'c': 'xv', 'd': 'sf', 'e': 'wr', 'f': 'dg', 'g': 'fh', 'h': 'gj', 'i': 'uo',
        'j': 'hk', 'k': 'jl', 'l': 'k', 'm': 'n', 'n': 'bm', 'o': 'ip', 'p': 'o', 'q': 'w', 'r': 'et',
        's': 'ad', 't': 'ry', 'u': 'yi', 'v': 'cb', 'w': 'qe', 'x': 'zc', 'y': 'tu', 'z': 'x'}


def typo(s):
    idx = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(idx) < 3:
        return s
    for _ in range(12):
        i = pick(idx[1:])
        k = R.randrange(4)
        ch = s[i]
        if k == 0:
            out = s[:i] + s[i + 1:]
        elif k == 1:
            out = s[:i] + ch + s[i:]
        elif k == 2:
            if i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1].lower() != ch.lower():
                out = s[:i] + s[i + 1] + ch + s[i + 2:]
            else:
                continue
        else:
            lo = ch.lower()
            if lo not in KEYB:
                continue
            rep = pick(KEYB[lo])
            out = s[:i] + (rep.upper() if ch.isupper() else rep) + s[i + 1:]
        if out != s and out.strip():
            return out
    return s


def mojibake(s):
    try:
        out = s.encode('utf-8').decode('cp1252')
    except UnicodeDecodeError:
        return s
    if any(unicodedata.category(ch) in ('Cc', 'Cf') for ch in out):
        return s
    return out


def title_name(s):
    out = []
    for w in s.split(' '):
        out.append('-'.join(x[:1].upper() + x[1:].lower() for x in w.split('-')))
    return ' '.join(out)


def up(s):
    return s.upper() if s else s


def low(s):
    return s.lower() if s else s


PHONE_FMTS = ['paren', 'paren_nospace', 'dash', 'dot', 'plain', 'e164', 'plus1dash', 'one_dash', 'space']


def fmt_phone(d, f):
    a, b, c = d[:3], d[3:6], d[6:]
    return {'paren': '(%s) %s-%s' % (a, b, c), 'paren_nospace': '(%s)%s-%s' % (a, b, c),
            'dash': '%s-%s-%s' % (a, b, c), 'dot': '%s.%s.%s' % (a, b, c), 'plain': d, 'e164': '+1' + d,
            'plus1dash': '+1 %s-%s-%s' % (a, b, c), 'one_dash': '1-%s-%s-%s' % (a, b, c),
            'space': '%s %s %s' % (a, b, c)}[f]


# ---------------------------------------------------------------------------
# registries: ids, phones, e-mails, addresses
# ---------------------------------------------------------------------------
USED_IDS = set()
USED_PHONES = set()
USED_EMAILS = set()
USED_ADDR = set()


def new_eid():
    while True:
        e = 'c%07x' % R.getrandbits(28)
        if e not in USED_IDS:
            USED_IDS.add(e)
            return e


def new_phone(city=None, area=None):
    while True:
        if area is None:
            if city in CITY:
                a = wpick(CITY[city]['area'])
                if chance(0.12):
                    a = wpick([('303', 4), ('720', 4), ('719', 1.5), ('970', 1.5)])
                if chance(0.05):
                    a = pick(OOS_AREAS)
            else:
                a = pick(OOS_AREAS)
        else:
            a = area
        ex = R.randint(200, 999)
        if ex % 100 == 11 or ex == 555 or ex == 950 or ex == 958 or ex == 959:
            continue
        d = '%s%03d%04d' % (a, ex, R.randint(0, 9999))
        if d not in USED_PHONES:
            USED_PHONES.add(d)
            return d


def phone_digit_off(d):
    for _ in range(20):
        i = R.randrange(3, 10)
        nd = str((int(d[i]) + pick([1, 9, 2, 8])) % 10)
        out = d[:i] + nd + d[i + 1:]
        if i == 3 and out[3] in '01':
            continue
        if out not in USED_PHONES:
            return out
    return d[:9] + str((int(d[9]) + 1) % 10)


def email_local_base(first, last):
    f = re.sub(r'[^a-z]', '', strip_accents(first).lower())
    l = re.sub(r'[^a-z]', '', strip_accents(last).lower())
    style = R.randrange(10)
    if style == 0:
        return f + '.' + l
    if style == 1:
        return f + l
    if style == 2:
        return f[:1] + l
    if style == 3:
        return f + l[:1]
    if style == 4:
        return f + '_' + l
    if style == 5:
        return l + f[:1]
    if style == 6:
        return f + str(R.randint(1950, 2005))
    if style == 7:
        return f[:1] + l + str(R.randint(1, 99))
    if style == 8:
        return f + '.' + l + str(R.randint(1, 99))
    return l + '.' + f


def register_email(local, domain):
    e = '%s@%s' % (local, domain)
    n = 1
    while e in USED_EMAILS:
        n += 1
        e = '%s%d@%s' % (local, n + R.randint(0, 80), domain)
    USED_EMAILS.add(e)
    return e


def person_email(p, domain=None):
    first = p['nicks'][0] if (p.get('use_nick') and p['nicks'] and chance(0.5)) else p['first']
    last = p['last'].split('-')[0]
    return register_email(email_local_base(first, last), domain or wpick(EMAIL_DOMAINS))


def household_email(last):
    l = re.sub(r'[^a-z]', '', strip_accents(last).lower())
    local = pick(['the' + l + 's', l + 'family', l + 'household', l + str(R.randint(1, 99)), 'team' + l])
    return register_email(local, wpick(EMAIL_DOMAINS))


def akey(a):
    if a.get('po'):
        return ('po', a['po'], a['zip'])
    return (a['num'], a['dir'], a['core'], a['type'], a['unit'][1] if a['unit'] else '', a['zip'])


def mk_addr(num, dr, core, typ, city, zp, region='CO', unit=None, po=None):
    return {'num': num, 'dir': dr, 'core': core, 'type': typ, 'unit': unit, 'city': city, 'zip': zp,
            'region': region, 'po': po, 'p4': '%04d' % R.randint(1000, 9999)}


def pick_city(exclude=()):
    while True:
        c = wpick([(c['name'], c['w']) for c in CITIES])
        if c not in exclude:
            return c


STREET_CURSOR = {}


def new_home(city, unit_p=0.0, biz=False, street=None, near=None, typ=None):
    """A new unique street address in `city`.  Clustered: a street is hit by a
    storm, many customers on it with house numbers close together."""
    cd = CITY[city]
    for _ in range(200):
        st = street or pick(cd['streets'])
        d, core, types, lo, hi, zp = st
        ty = typ if typ is not None else pick(types)
        key = (city, core, ty)
        if near is not None:
            base = near
        elif key in STREET_CURSOR and chance(0.7):
            base = STREET_CURSOR[key]
        else:
            base = R.randint(lo, hi)
        num = base + pick([-1, 1]) * 2 * R.randint(1, 12 if near is None else 20)
        num = max(lo, min(hi, num))
        if near is not None and num == near:
            continue
        STREET_CURSOR[key] = num
        unit = None
        if biz and chance(0.6):
            unit = ('Ste', str(pick([100, 110, 120, 150, 200, 210, 230, 300, 310, 400])))
        elif unit_p and chance(unit_p):
            unit = pick([('Apt', str(R.randint(1, 4)) + '%02d' % R.randint(1, 24)),
                         ('Unit', pick('ABCDEFGH')), ('Unit', str(R.randint(1, 48))),
                         ('#', str(R.randint(101, 340)))])
        a = mk_addr(str(num), d, core, ty, city, zp, unit=unit)
        if akey(a) in USED_ADDR:
            continue
        USED_ADDR.add(akey(a))
        a['street'] = st
        return a
    raise RuntimeError('address space exhausted')


def new_pobox(city):
    while True:
        a = mk_addr(None, None, None, None, city, pick(CITY[city]['po']), po=str(R.randint(1, 9999)))
        if akey(a) not in USED_ADDR:
            USED_ADDR.add(akey(a))
            return a


def new_oos_addr():
    city, st, zips, area, streets = pick(OOS)
    while True:
        d, core, typ = pick(streets)
        a = mk_addr(str(R.randint(100, 19999)), d, core, typ, city, pick(zips), region=st)
        if akey(a) not in USED_ADDR:
            USED_ADDR.add(akey(a))
            a['area'] = area
            return a


def unit_variant_addr(a):
    """Same building, another unit (for other_unit hard negatives)."""
    lab, val = a['unit']
    while True:
        if val.isdigit():
            nv = str(int(val) + pick([-1, 1]) * R.randint(1, 12))
            if int(nv) <= 0:
                continue
        else:
            nv = pick('ABCDEFGHJK')
        b = dict(a)
        b['unit'] = (lab, nv)
        if nv != val and akey(b) not in USED_ADDR:
            USED_ADDR.add(akey(b))
            return b


# ---------------------------------------------------------------------------
# truth: persons
# ---------------------------------------------------------------------------
def make_person(gender=None, eth=None, last=None):
    eth = eth or wpick(ETH_W)
    gender = gender or pick(['M', 'F'])
    first, nicks = pick(FIRST[(eth, gender)])
    if last is None:
        le = eth if chance(0.88) else wpick(ETH_W)
        last = pick(LAST[le])
        while last == first:
            last = pick(LAST[le])
    middle = pick(MIDDLE[gender]) if chance(0.5) else None
    suffix = None
    if gender == 'M' and chance(0.06):
        suffix = pick(['Jr.', 'Jr.', 'III', 'Sr.'])
    return {'first': first, 'nicks': list(nicks), 'middle': middle, 'last': last, 'suffix': suffix,
            'gender': gender, 'eth': eth, 'alt_last': None, 'use_nick': bool(nicks) and chance(0.25)}


def known(p):
    return p['nicks'][0] if p['use_nick'] else p['first']


def make_trust_name(p1, p2, rental=False):
    l = p1['last']
    if rental:
        return pick(['%s Family Irrevocable Trust' % l, '%s %s Rental Property Trust' % (p1['first'], l),
                     "%s Children's Trust" % l, '%s Legacy Trust' % l, '%s Irrevocable Trust' % l])
    opts = ['%s Family Trust' % l, '%s %s%s Revocable Trust' % (p1['first'], (p1['middle'][0] + '. ') if p1['middle'] else '', l),
            '%s Living Trust' % l, 'The %s Family Trust' % l, '%s Revocable Living Trust' % l]
    if p2 and p2['last'] == l:
        opts.append('%s and %s %s Living Trust' % (p1['first'], p2['first'], l))
    return pick(opts)


def make_person_customer(kind, city=None, home=None, p1=None, last=None):
    city = city or pick_city()
    t = {'eid': new_eid(), 'party': 'person', 'kind': kind, 'city': city, 'p2': None, 'mail': None,
         'rentals': [], 'exec': None, 'exec_home': None, 'carer': None, 'trust': None, 'ex_tags': {},
         'moved_to': None}
    if p1 is None:
        g = None
        if kind == 'elderly_parent':
            g = 'F' if chance(0.7) else 'M'
        p1 = make_person(gender=g, last=last)
    t['p1'] = p1
    if kind == 'couple' or (kind in ('trust', 'landlord') and chance(0.5)):
        g2 = 'F' if p1['gender'] == 'M' else ('M' if chance(0.88) else 'F')
        p2 = make_person(gender=g2, eth=p1['eth'] if chance(0.8) else wpick(ETH_W))
        r = R.random()
        if r < 0.72:
            maiden = p2['last']
            p2['last'] = p1['last']
            if maiden != p1['last'] and chance(0.3):
                p2['alt_last'] = maiden
        elif r < 0.84 and ' ' not in p1['last']:
            maiden = p2['last']
            if maiden != p1['last'] and ' ' not in maiden:
                p2['last'] = '%s-%s' % (maiden, p1['last'])
                p2['alt_last'] = p1['last']
        t['p2'] = p2
    elif p1['gender'] == 'F' and chance(0.1):
        p1['alt_last'] = pick(LAST[p1['eth']])
        if p1['alt_last'] == p1['last']:
            p1['alt_last'] = None
    oos = False
    if kind == 'landlord' and chance(0.18) and home is None:
        oos = True
    if home is not None:
        t['home'] = home
    elif oos:
        t['home'] = new_oos_addr()
        t['city'] = t['home']['city']
    else:
        t['home'] = new_home(city, unit_p=0.13 if kind in ('homeowner', 'couple', 'trust') else 0.0)
    area = t['home'].get('area')
    pc = t['city'] if not oos else None
    t['mob1'] = new_phone(pc, area)
    t['mob2'] = new_phone(pc, area) if t['p2'] else None
    t['land'] = new_phone(pc, area) if chance(0.8 if kind == 'elderly_parent' else 0.22) else None
    if t['p2'] and chance(0.35):
        t['email1'] = household_email(p1['last'])
        t['email2'] = person_email(t['p2']) if chance(0.5) else None
    else:
        t['email1'] = person_email(p1)
        t['email2'] = person_email(t['p2']) if t['p2'] else None
    if chance(0.07) and t['city'] in CITY:
        t['mail'] = new_pobox(t['city'])
    if kind == 'landlord':
        t['rentals'] = [new_home(pick_city(), unit_p=0.25) for _ in range(R.randint(2, 5))]
        t['rental_as_addr'] = chance(0.3)
    if kind == 'trust':
        t['trust'] = make_trust_name(p1, t['p2'])
    if kind == 'estate':
        ex = make_person(last=p1['last'] if chance(0.6) else None)
        t['exec'] = ex
        t['exec_home'] = new_oos_addr() if chance(0.2) else new_home(pick_city())
        ea = t['exec_home'].get('area')
        ec = t['exec_home']['city'] if t['exec_home']['city'] in CITY else None
        t['mob1'] = new_phone(ec, ea)
        t['email1'] = person_email(ex)
        t['email2'] = None
    if kind == 'elderly_parent':
        c = make_person(last=p1['last'] if chance(0.7) else None)
        if c['gender'] == 'F' and c['last'] != p1['last']:
            c['alt_last'] = p1['last']
        t['carer'] = c
        t['carer_home'] = new_home(pick_city())
        t['mob1'] = new_phone(t['carer_home']['city'])
        t['email1'] = person_email(c)
        t['email2'] = None
    return t


# ---------------------------------------------------------------------------
# truth: organisations
# ---------------------------------------------------------------------------
USED_ORG = set()
USED_DOMAINS = set()


def slug(s):
    return re.sub(r'[^a-z0-9]', '', strip_accents(s).lower())


def make_domain(base, tld='com'):
    words = [w for w in re.findall(r"[A-Za-z0-9]+", strip_accents(base))]
    sfx = pick(['', 'co', 'inc', 'llc']) if tld == 'com' else pick(['', 'church', 'co'] if 'Church' not in base else [''])
    cands = [slug(''.join(words[:2])) + sfx if len(words) > 1 else slug(base),
             slug(''.join(words)), ''.join(w[0] for w in words).lower() + slug(words[-1])]
    for c in cands:
        d = '%s.%s' % (c, tld)
        if d not in USED_DOMAINS and len(c) > 3:
            USED_DOMAINS.add(d)
            return d
    d = '%s%d.%s' % (slug(base), R.randint(2, 99), tld)
    USED_DOMAINS.add(d)
    return d


def staff_member(domain, city, person=None):
    p = person or make_person()
    if domain:
        f = slug(known(p))
        l = slug(p['last'])
        local = pick([f + '.' + l, f[:1] + l, f, f + l[:1]])
        email = register_email(local, domain)
    else:
        email = person_email(p)
    return {'person': p, 'email': email, 'mob': new_phone(city if city in CITY else None)}


def join_legal(base, legal, comma=False):
    if not legal:
        return base
    return '%s%s %s' % (base, ',' if comma else '', legal)


def unique_name(fn, tries=400):
    for _ in range(tries):
        b = fn()
        if b.casefold() not in USED_ORG:
            USED_ORG.add(b.casefold())
            return b
    if tries < 400:
        return None
    raise RuntimeError('org names exhausted')


def org_shell(kind, city):
    return {'eid': new_eid(), 'party': 'org', 'kind': kind, 'city': city, 'legal': None, 'comma': chance(0.35),
            'renamed': None, 'domain': None, 'staff': [], 'contact': 0, 'office_phone': None,
            'gen_email': None, 'office': None, 'co': None, 'sites': [], 'mgmt': None, 'ex_tags': {},
            'moved_to': None, 'short': None}


def finish_org(t):
    t['canon'] = join_legal(t['base'], t['legal'], t['comma'])
    if not t['short']:
        t['short'] = t['base']
    return t


MGMT_POOL = list(MGMT_NAMES)


def make_mgmt(city):
    t = org_shell('management_co', city)
    t['base'] = unique_name(lambda: MGMT_POOL.pop(R.randrange(len(MGMT_POOL))))
    if 'Pikes Peak' in t['base']:
        city = t['city'] = 'Colorado Springs'
    elif 'Northern Colorado' in t['base']:
        city = t['city'] = 'Fort Collins'
    t['legal'] = pick(['Inc.', 'LLC', None, 'Inc.', 'LLC'])
    t['domain'] = make_domain(t['base'].split()[0] + ' ' + pick(['mgmt', 'hoa', 'cm', 'management']))
    t['office'] = new_home(city, biz=True)
    t['office_phone'] = new_phone(city)
    t['staff'] = [staff_member(t['domain'], city) for _ in range(R.randint(3, 5))]
    t['gen_email'] = register_email(pick(['info', 'accounting', 'ar', 'office', 'ap']), t['domain'])
    w = t['base'].split()
    t['renamed'] = pick([w[0] + ' Community Management', w[0] + ' Association Services',
                         w[0] + ' HOA Management', w[0] + ' Management Group'])
    if t['renamed'] == t['base']:
        t['renamed'] = w[0] + ' Community Partners'
    return finish_org(t)


def make_hoa(city, mgmt=None, metro=False, board=None):
    t = org_shell('metro_district' if metro else 'hoa', city)
    core = unique_name(lambda: '%s %s' % (pick(HOA_A), pick(HOA_B)))
    t['core'] = core
    if metro:
        t['base'] = '%s Metropolitan District%s' % (core, (' No. %d' % R.randint(1, 5)) if chance(0.35) else '')
        t['short'] = '%s Metro District' % core
        t['renamed'] = None
    else:
        typ = wpick(HOA_TYPES)
        t['base'] = '%s %s' % (core, typ)
        t['legal'] = 'Inc.' if chance(0.6) else None
        t['short'] = '%s HOA' % core
        t['renamed'] = '%s %s' % (core, pick(['Community Association', 'Master Association', 'Owners Association']))
        if t['renamed'] == t['base']:
            t['renamed'] = '%s Homeowners Association' % core
    t['sites'] = [new_home(city, biz=False) for _ in range(R.randint(1, 3))]
    if mgmt is not None:
        t['mgmt'] = mgmt
        t['staff'] = [pick(mgmt['staff'])]
        t['office'] = mgmt['office']
        t['co'] = 'c/o ' + mgmt['base']
        t['office_phone'] = mgmt['office_phone']
        t['gen_email'] = mgmt['gen_email']
        t['domain'] = mgmt['domain']
    else:
        t['staff'] = [board if board else staff_member(None, city)]
        t['office'] = pick(t['sites']) if chance(0.5) else new_pobox(city)
        t['office_phone'] = t['staff'][0]['mob']
        t['gen_email'] = register_email(slug(core) + pick(['hoa', 'board', 'hoaboard']), pick(['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com']))
    return finish_org(t)


PM_TYPES = ['Property Management', 'Realty & Management', 'Residential', 'Property Group', 'Rentals & Management']


def make_pm(city):
    t = org_shell('property_mgmt', city)
    stem = pick(STEMS)
    t['stem'] = stem
    t['base'] = unique_name(lambda: '%s %s' % (pick(STEMS) if chance(0.3) else stem, pick(PM_TYPES)))
    t['legal'] = pick(['LLC', 'Inc.', 'LLC', None])
    t['domain'] = make_domain(t['base'])
    t['office'] = new_home(city, biz=True)
    t['office_phone'] = new_phone(city)
    t['staff'] = [staff_member(t['domain'], city) for _ in range(R.randint(2, 4))]
    t['gen_email'] = register_email(pick(['info', 'maintenance', 'ap', 'office', 'rentals']), t['domain'])
    t['sites'] = [new_home(pick_city(), unit_p=0.3) for _ in range(R.randint(2, 5))]
    w = t['base'].split()
    t['renamed'] = ' '.join(w[:-2] if len(w) > 2 else w[:1]) + ' ' + pick(['Property Partners', 'Residential Services', 'Realty Group'])
    return finish_org(t)


BUILDER_TYPES = ['Builders', 'Construction', 'Custom Homes', 'Contracting', 'General Contractors', 'Homes',
                 'Renovation', 'Design Build', 'Remodeling']


def make_builder(city):
    t = org_shell('builder', city)
    if chance(0.3):
        sur = pick(LAST['anglo'] + LAST['hisp'])
        t['base'] = unique_name(lambda: '%s %s' % (pick(LAST['anglo'] + LAST['hisp']) if chance(0.5) else sur,
                                                   pick(['Construction', 'Builders', '& Sons Construction', 'Brothers Contracting', 'Homes'])))
    else:
        t['base'] = unique_name(lambda: '%s %s' % (pick(STEMS), pick(BUILDER_TYPES)))
    t['legal'] = pick(['LLC', 'Inc.', 'LLC', 'Co.', None])
    t['domain'] = make_domain(t['base']) if chance(0.7) else None
    t['office'] = new_home(city, biz=True)
    t['office_phone'] = new_phone(city)
    t['staff'] = [staff_member(t['domain'], city) for _ in range(R.randint(1, 3))]
    t['gen_email'] = register_email(pick(['office', 'info', 'estimating', 'bids']), t['domain']) if t['domain'] else t['staff'][0]['email']
    t['sites'] = [new_home(pick_city()) for _ in range(R.randint(1, 3))]
    w = t['base'].split()
    t['renamed'] = w[0] + ' ' + pick(['Homes', 'Building Group', 'Construction Services', 'Contractors'])
    if t['renamed'] == t['base']:
        t['renamed'] = w[0] + ' Building Co'
    return finish_org(t)


def church_name(city):
    r = R.randrange(11)
    if r == 0:
        return 'First Baptist Church of %s' % city
    if r == 1:
        return 'St. %s Catholic Church' % pick(SAINTS)
    if r == 2:
        return '%s Lutheran Church' % pick(['St. ' + pick(SAINTS), 'Trinity', 'Bethany', 'Peace', 'Zion', 'Shepherd of the Hills'])
    if r == 3:
        return 'Iglesia Cristiana %s' % pick(['Nueva Vida', 'Roca de Salvación', 'Monte Sinaí', 'El Shaddai', 'Fuente de Vida', 'Betania'])
    if r == 4:
        return '%s Community Church' % pick(['Grace', 'Cornerstone', 'Living Hope', 'New Life', 'Crossroads'] + STEMS)
    if r == 5:
        return 'Calvary Chapel %s' % city
    if r == 6:
        return '%s Bible Church' % pick(['Grace', 'Faith', 'Berean', 'Emmanuel'] + STEMS)
    if r == 7:
        return '%s Baptist Church' % pick(['New Hope', 'Mount Zion', 'Greater Mt. Calvary', 'Faith', 'Friendship'])
    if r == 8:
        return '%s United Methodist Church' % pick(['First', 'Trinity', 'Christ', 'Wesley', 'St. ' + pick(SAINTS)])
    if r == 9:
        return '%s Fellowship' % pick(['Living Waters', 'Cornerstone', 'Mountain View', 'Harvest', 'Foothills', 'Riverside'])
    return '%s Ethiopian Evangelical Church' % pick(['Bethel', 'Emmanuel', 'Hiwot', 'Tsion', 'Amanuel'])


def make_church(city):
    t = org_shell('church', city)
    t['base'] = unique_name(lambda: church_name(city))
    t['legal'] = 'Inc.' if chance(0.15) else None
    t['domain'] = make_domain(t['base'].replace('Church', '').replace('St.', 'st'), 'org') if chance(0.75) else None
    t['office'] = new_home(city, biz=False)
    t['office_phone'] = new_phone(city)
    t['staff'] = [staff_member(t['domain'], city) for _ in range(R.randint(1, 3))]
    t['gen_email'] = register_email(pick(['office', 'admin', 'info', 'facilities']), t['domain']) if t['domain'] else register_email(slug(t['base'])[:14], 'gmail.com')
    t['sites'] = [t['office']]
    return finish_org(t)


def make_school(city):
    t = org_shell('school', city)
    t['base'] = unique_name(lambda: '%s %s' % (pick(STEMS + ['Aspen Ridge', 'Willow Bend', 'Sunrise', 'Little Sprouts', 'Peak View']),
                                              pick(['Montessori School', 'Christian Academy', 'Preparatory Academy', 'Early Learning Center', 'Charter School', 'Preschool'])))
    t['legal'] = 'Inc.' if chance(0.3) else None
    t['domain'] = make_domain(t['base'], 'org')
    t['office'] = new_home(city, biz=False)
    t['office_phone'] = new_phone(city)
    t['staff'] = [staff_member(t['domain'], city) for _ in range(R.randint(1, 3))]
    t['gen_email'] = register_email(pick(['office', 'frontdesk', 'business', 'facilities']), t['domain'])
    t['sites'] = [t['office']]
    w = t['base'].split()
    t['renamed'] = ' '.join(w[:-1]) + ' ' + pick(['Academy', 'School', 'Learning Community'])
    if t['renamed'] == t['base']:
        t['renamed'] = ' '.join(w[:-1]) + ' Campus'
    return finish_org(t)


BIZ_PATTERNS = [("{S}'s Auto Body", 'Inc.'), ('{T} Dental Group', 'PC'), ('{T} Veterinary Hospital', None),
                ('{T} Family Dentistry', 'PC'), ('{S} & Sons Plumbing', 'Inc.'), ('{T} Self Storage', 'LLC'),
                ('{T} Brewing Company', None), ('{T} Chiropractic', 'PC'), ('{S} Insurance Agency', 'Inc.'),
                ('{T} Feed & Supply', None), ('{T} Animal Clinic', None), ('{T} Tire & Auto', 'LLC'),
                ('Taqueria {X}', None), ('{T} Fitness', 'LLC'), ('{T} Dry Cleaners', None), ('{S} Law Office', 'PLLC'),
                ('{T} Coffee Roasters', 'LLC'), ('{T} Physical Therapy', 'PC'), ('{T} Car Wash', 'LLC'),
                ('{T} Pediatrics', 'PC'), ('{T} Landscaping', 'Inc.'), ('{S} Heating & Air', 'LLC'),
                ('Pho {V}', None), ('{T} Motel', None), ('{T} Liquors', None), ('{T} Hardware', 'Inc.')]


def make_business(city):
    t = org_shell('business', city)
    while True:
        pat, legal = pick(BIZ_PATTERNS)

        def nm():
            return (pat.replace('{S}', pick(LAST['anglo'] + LAST['hisp'] + LAST['slav']))
                       .replace('{T}', pick(STEMS)).replace('{X}', pick(['El Güero', 'La Potosina', 'Los Compadres', 'Jalisco', 'El Tapatío', 'La Familia']))
                       .replace('{V}', pick(['Saigon', 'Hoa Binh', 'Viet Huong', '79', 'Lan Chi'])))
        t['base'] = unique_name(nm, 20)
        if t['base']:
            break
    t['legal'] = legal if chance(0.8) else None
    t['domain'] = make_domain(t['base']) if chance(0.6) else None
    t['office'] = new_home(city, biz=True)
    t['office_phone'] = new_phone(city)
    t['staff'] = [staff_member(t['domain'], city) for _ in range(R.randint(1, 2))]
    t['gen_email'] = register_email(pick(['info', 'office', 'contact', 'hello']), t['domain']) if t['domain'] else t['staff'][0]['email']
    t['sites'] = [t['office']]
    ren = {'Auto Body': 'Collision Center', 'Dental Group': 'Dental Care', 'Veterinary Hospital': 'Animal Hospital',
           'Plumbing': 'Plumbing & Drain', 'Self Storage': 'Storage', 'Brewing Company': 'Brewery',
           'Fitness': 'Athletic Club', 'Coffee Roasters': 'Coffee Co', 'Landscaping': 'Outdoor Living',
           'Heating & Air': 'Mechanical', 'Motel': 'Inn', 'Liquors': 'Wine & Spirits'}
    for a in sorted(ren):
        if a in t['base']:
            t['renamed'] = t['base'].replace(a, ren[a])
    return finish_org(t)


def make_apartment(city, pm=None):
    t = org_shell('apartment_llc', city)
    t['office'] = new_home(city, biz=False)
    o = t['office']

    def nm():
        r = R.randrange(5)
        if r == 0:
            return '%s Apartments' % pick(STEMS)
        if r == 1:
            return '%s %s Commons' % (pick(HOA_A), pick(HOA_B))
        if r == 2:
            return '%s %s%s' % (o['num'], (o['dir'] + ' ') if o['dir'] else '', o['core'])
        if r == 3:
            return '%s Pointe Residences' % pick(HOA_A)
        return '%s %s Townhomes' % (pick(HOA_A), pick(HOA_B))
    t['base'] = unique_name(nm)
    t['legal'] = 'LLC'
    t['sites'] = [o]
    if pm is not None:
        t['mgmt'] = pm
        t['staff'] = [pick(pm['staff'])]
        t['office_phone'] = pm['office_phone'] if chance(0.5) else new_phone(city)
        t['gen_email'] = pm['gen_email']
        t['domain'] = pm['domain']
        if chance(0.5):
            t['office'] = pm['office']
            t['co'] = 'c/o ' + pm['base']
    else:
        t['domain'] = make_domain(t['base'])
        t['staff'] = [staff_member(t['domain'], city)]
        t['office_phone'] = new_phone(city)
        t['gen_email'] = register_email(pick(['leasing', 'office', 'manager']), t['domain'])
    return finish_org(t)


def make_landlord_llc(city, owner=None, stem_of=None):
    t = org_shell('landlord_llc', city)
    if owner is None:
        owner = staff_member(None, city)
    p = owner['person']
    ini = (p['first'][0] + (p['middle'][0] if p['middle'] else '') + p['last'][0]).upper()

    def nm():
        if stem_of:
            return stem_of()
        return pick(['%s Properties' % ini, '%s Rentals' % p['last'], '%s Holdings' % p['last'],
                     '%s Family Properties' % p['last'], '%s Investments' % pick(STEMS),
                     '%s Real Estate' % ini, '%s Property Co' % p['last']])
    t['base'] = unique_name(nm)
    t['legal'] = 'LLC'
    t['staff'] = [owner]
    t['office_phone'] = owner['mob']
    t['gen_email'] = owner['email']
    t['office'] = new_pobox(city) if chance(0.3) else new_home(city)
    t['sites'] = [new_home(pick_city(), unit_p=0.2) for _ in range(R.randint(2, 5))]
    return finish_org(t)


def rebrand(t, nb):
    """Give organisation t another name (and its own mail domain)."""
    t['base'] = t['short'] = nb
    t['renamed'] = None
    if t['domain'] and t['mgmt'] is None:
        old = t['domain']
        t['domain'] = make_domain(nb, 'org' if t['kind'] in ('church', 'school') else 'com')
        for st in t['staff']:
            if st['email'].endswith('@' + old):
                st['email'] = register_email(st['email'].split('@')[0], t['domain'])
        if t['gen_email'] and t['gen_email'].endswith('@' + old):
            t['gen_email'] = register_email(t['gen_email'].split('@')[0], t['domain'])
    return finish_org(t)


def make_org_customer(kind, city=None, mgmts=None, pms=None):
    city = city or pick_city()
    if kind == 'management_co':
        return make_mgmt(city)
    if kind in ('hoa', 'metro_district'):
        m = None
        if mgmts and chance(0.75):
            region = [x for x in mgmts if (x['city'] in NORTH) == (city in NORTH) and (x['city'] in SOUTH) == (city in SOUTH)]
            m = pick(region or mgmts)
        return make_hoa(city, m, metro=(kind == 'metro_district'))
    if kind == 'property_mgmt':
        return make_pm(city)
    if kind == 'builder':
        return make_builder(city)
    if kind == 'church':
        return make_church(city)
    if kind == 'school':
        return make_school(city)
    if kind == 'business':
        return make_business(city)
    if kind == 'apartment_llc':
        return make_apartment(city, pick(pms) if (pms and chance(0.7)) else None)
    if kind == 'landlord_llc':
        return make_landlord_llc(city)
    raise ValueError(kind)


# ---------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------
def line1_of(a, st):
    if a.get('po'):
        return '%s %s' % (st.get('po', 'PO Box'), a['po'])
    parts = [a['num']]
    if a['dir']:
        ds = st.get('dir', 'abbr')
        if ds == 'full':
            parts.append(DIR_FULL[a['dir']])
        elif ds == 'dot':
            parts.append(a['dir'] + '.')
        elif ds != 'none':
            parts.append(a['dir'])
    core = a['core']
    if core.startswith('County Road'):
        core = core.replace('County Road', st.get('cr', 'County Road'))
    parts.append(core)
    if a['type']:
        ts = st.get('type', 'abbr')
        if ts == 'full':
            parts.append(' '.join(TYPE_FULL[x] for x in a['type'].split()))
        elif ts == 'dot':
            parts.append(' '.join(x if x == 'Way' else x + '.' for x in a['type'].split()))
        elif ts != 'none':
            parts.append(a['type'])
    return ' '.join(parts)


def unit_text(u, style):
    lab, val = u
    if style in ('hash', 'inline_hash') or lab == '#':
        return '#' + val
    if style == 'alt':
        return {'Apt': 'Unit', 'Unit': 'Apt', 'Ste': 'Suite'}[lab] + ' ' + val
    if style == 'dot':
        return lab + '. ' + val
    if style == 'upper':
        return lab.upper() + ' ' + val
    return lab + ' ' + val


def render_addr(a, st=None):
    st = st or {}
    if a is None:
        return None
    country = st.get('country', 'US')
    if st.get('zip_only'):
        return {'line1': None, 'line2': None, 'city': None, 'region': None, 'postalCode': a['zip'], 'country': country}
    if st.get('city_only'):
        city = st['city']
        if st.get('case') == 'upper':
            city = up(city)
        return {'line1': None, 'line2': None, 'city': city, 'region': st.get('region', 'CO'),
                'postalCode': None, 'country': country}
    l1 = line1_of(a, st)
    l2 = None
    if a['unit']:
        us = st.get('unit', 'label')
        ut = unit_text(a['unit'], us)
        if us in ('inline', 'inline_hash'):
            l1 = l1 + ' ' + ut
        else:
            l2 = ut
    if st.get('co'):
        street = l1 + (' ' + l2 if l2 else '')
        l1, l2 = st['co'], street
    elif st.get('line2_extra') and l2 is None:
        l2 = st['line2_extra']
    city = st['city'] if 'city' in st else a['city']
    z = st.get('zip', '5')
    zp = a['zip'] + '-' + a['p4'] if z == '9' else (None if z == 'none' else a['zip'])
    region = a['region']
    if 'region' in st and a['region'] == 'CO':
        region = st['region']
    case = st.get('case')
    if case == 'upper':
        l1, l2, city = up(l1), up(l2), up(city)
    elif case == 'lower':
        l1, l2, city = low(l1), low(l2), low(city)
    return {'line1': l1, 'line2': l2, 'city': city, 'region': region, 'postalCode': zp, 'country': country}


def full_name(f, m, l, s=None, mi=True, dot=True):
    parts = [f]
    if m:
        parts.append((m[0] + ('.' if dot else '')) if mi else m)
    parts.append(l)
    if s:
        parts.append(s)
    return ' '.join(parts)


def mk_contact(display, given=None, family=None, company=None, email=None, phone=None, address=None):
    return {'displayName': display, 'givenName': given, 'familyName': family, 'companyName': company,
            'email': email, 'phone': phone, 'address': address}


# ---------------------------------------------------------------------------
# existing QBO records
# ---------------------------------------------------------------------------
def ex_phone_fmt():
    return wpick([('paren', 75), ('dash', 20), ('dot', 5)])


def exist_person(t):
    k, p1, p2 = t['kind'], t['p1'], t['p2']
    f1, L = known(p1), p1['last']
    given, family = f1, L
    if k == 'couple':
        f2, L2 = known(p2), p2['last']
        if L2 == L:
            disp = wpick([('%s & %s %s' % (f1, f2, L), 40), ('%s and %s %s' % (f1, f2, L), 12),
                          ('%s, %s & %s' % (L, f1, f2), 18), ('%s, %s and %s' % (L, f1, f2), 5),
                          ('%s %s' % (f1, L), 15), ('%s, %s' % (L, f1), 5)])
            if chance(0.06):
                disp, given = '%s %s' % (f2, L), f2
        elif p2['alt_last'] == L:
            r = R.random()
            if r < 0.45:
                disp = '%s %s & %s %s' % (f1, L, f2, L2)
            elif r < 0.7:
                disp, given, family = '%s %s' % (f2, L2), f2, L2
            else:
                disp = '%s & %s %s' % (f1, f2, L)
        else:
            disp = '%s %s & %s %s' % (f1, L, f2, L2) if chance(0.7) else '%s %s' % (f1, L)
        if given == f1 and ('&' in disp or ' and ' in disp) and chance(0.15):
            given = '%s & %s' % (f1, f2)
    elif k == 'estate':
        disp = pick(['Estate of %s %s' % (f1, L), '%s, %s - Estate' % (L, f1), '%s %s Estate' % (f1, L),
                     'Estate of %s' % full_name(p1['first'], p1['middle'], L)])
        if chance(0.5):
            given, family = known(t['exec']), t['exec']['last']
    elif k == 'trust':
        disp = t['trust'] if chance(0.8) else '%s, %s - Trust' % (L, f1)
    else:
        r = R.random()
        if r < 0.72:
            disp = '%s %s' % (f1, L)
        elif r < 0.88:
            disp = '%s, %s' % (L, f1)
        elif p1['middle']:
            disp = '%s %s. %s' % (f1, p1['middle'][0], L)
        else:
            disp = '%s %s' % (f1, L)
        if p1['suffix'] and chance(0.6) and ',' not in disp:
            disp += ' ' + p1['suffix']
    if chance(0.03):
        disp, given, family = up(disp), up(given), up(family)
    elif chance(0.03) and family:
        nf = typo(family)
        if nf != family:
            family = nf
            t['ex_tags']['familyName'] = 'typo'
    email = t['email1'] if chance(0.88) else None
    if k == 'elderly_parent':
        phone = t['land'] if (t['land'] and chance(0.6)) else t['mob1']
    else:
        phone = wpick([(t['mob1'], 80), (t['land'], 10), (None, 10)])
    st = {'zip': '9' if chance(0.07) else '5'}
    if k == 'landlord':
        A = t['rentals'][0] if t['rental_as_addr'] else t['home']
    elif k == 'estate':
        if chance(0.5):
            A = t['home']
        else:
            A = t['exec_home']
            st['co'] = 'c/o %s %s' % (known(t['exec']), t['exec']['last'])
    else:
        A = t['mail'] if (t['mail'] and chance(0.5)) else t['home']
    if k == 'elderly_parent' and chance(0.3) and not A['unit']:
        st['line2_extra'] = 'c/o %s %s' % (known(t['carer']), t['carer']['last'])
    if chance(0.04) and (email or phone):
        A = None
    if not email and not phone and A is None:
        phone = t['mob1']
    t['ex_addr'] = A
    return mk_contact(disp, given, family, None, email, fmt_phone(phone, ex_phone_fmt()) if phone else None,
                      render_addr(A, st))


def exist_org(t):
    company = t['canon'] if chance(0.85) else t['base']
    disp = wpick([(t['base'], 40), (t['canon'], 35), (t['short'], 25)])
    cp = t['staff'][t['contact']] if t['staff'] else None
    given = family = None
    if cp and chance(0.65):
        given, family = known(cp['person']), cp['person']['last']
    email = wpick([(cp['email'] if cp else None, 55), (t['gen_email'], 35), (None, 10)])
    phone = wpick([(t['office_phone'], 85), (cp['mob'] if cp else None, 10), (None, 5)])
    st = {}
    if t['co'] and chance(0.6):
        st['co'] = t['co']
    if not email and not phone:
        phone = t['office_phone']
    t['ex_addr'] = t['office']
    return mk_contact(disp, given, family, company, email, fmt_phone(phone, ex_phone_fmt()) if phone else None,
                      render_addr(t['office'], st))


def render_existing(t):
    return exist_person(t) if t['party'] == 'person' else exist_org(t)


# ---------------------------------------------------------------------------
# incoming records: sources, noise profiles
# ---------------------------------------------------------------------------
SOURCES = ['crm', 'canvass', 'insurance', 'financing', 'payments']
SRC_PHONE = {'crm': [('paren', 5), ('dash', 4), ('plain', 2)],
             'canvass': [('plain', 6), ('dash', 3), ('space', 1)],
             'insurance': [('paren_nospace', 3), ('dash', 3), ('plus1dash', 2), ('dot', 2)],
             'financing': [('e164', 6), ('dash', 3)],
             'payments': [('e164', 4), ('plain', 4), ('dash', 2)]}
LIGHT = ['case', 'whitespace', 'phone_fmt', 'email_case', 'addr_abbr', 'addr_case', 'zip4', 'region_fmt',
         'country_fmt', 'accents', 'punct', 'legal_form', 'email_fmt']
MEDIUM = ['typo', 'nickname', 'initial', 'middle', 'title', 'suffix', 'email_new', 'phone_drop', 'email_drop',
          'unit_fmt', 'city_variant', 'city_alias', 'org_abbr', 'contact_changed', 'reorder', 'zip_drop', 'html',
          'spouse', 'legal_drop', 'phone_ext', 'dir_drop', 'married']
HARSH = ['swap_fields', 'married', 'mojibake', 'digit_off', 'phone_new', 'email_typo', 'moved', 'po_box',
         'addr_drop', 'addr_typo', 'wrong_field', 'renamed', 'trust_name', 'names_missing', 'typo2']
PERSON_ONLY = {'nickname', 'initial', 'middle', 'title', 'suffix', 'spouse', 'swap_fields', 'married',
               'trust_name', 'reorder'}
ORG_ONLY = {'legal_form', 'org_abbr', 'contact_changed', 'legal_drop', 'renamed'}
NC_BAN = {'spouse', 'renamed', 'names_missing', 'wrong_field', 'married', 'trust_name', 'typo2', 'moved',
          'po_box', 'addr_drop', 'city_alias', 'city_variant', 'addr_typo', 'digit_off', 'phone_new',
          'email_new', 'email_typo', 'phone_drop', 'email_drop', 'zip_drop', 'dir_drop', 'initial',
          'contact_changed', 'zip4', 'unit_fmt', 'addr_abbr'}
LEGAL_VARIANTS = {'LLC': ['L.L.C.', 'Llc', 'LLC.', 'L.L.C'], 'Inc.': ['Inc', 'INC', 'Incorporated', 'Inc'],
                  'PC': ['P.C.', 'Pc'], 'PLLC': ['P.L.L.C.', 'Pllc'], 'Co.': ['Co', 'Company']}
ORG_ABBR = [('Homeowners Association', 'HOA'), ('Homeowners Association', 'Homeowners Assn'),
            ('Homeowners Association', 'Home Owners Association'), ('Association', 'Assn'),
            ('Association', 'Assoc.'), ('Management', 'Mgmt'), ('Metropolitan District', 'Metro District'),
            ('Community', 'Comm'), ('St. ', 'Saint '), ('Church', 'Ch'), ('Apartments', 'Apts'),
            ('Properties', 'Props'), ('Construction', 'Const'), ('Services', 'Svcs'), (' & ', ' and '),
            (' and ', ' & '), ('Company', 'Co'), ('Academy', 'Acad'), ('Family', 'Fam'), ('Veterinary', 'Vet'),
            ('Condominium', 'Condo'), ('Mountain', 'Mtn'), ('Townhomes', 'Townhouses'), ('Center', 'Ctr')]
PROFILES = [('light', 40), ('medium', 37), ('harsh', 23)]


def choose_ops(t, profile, nc):
    def pool(lst):
        out = [o for o in lst if not (t['party'] == 'org' and o in PERSON_ONLY)
               and not (t['party'] == 'person' and o in ORG_ONLY)]
        if nc:
            out = [o for o in out if o not in NC_BAN]
        return out
    if profile == 'none':
        return []
    if profile == 'light':
        return sample(pool(LIGHT), R.randint(1, 2))
    if profile == 'medium':
        return sample(pool(LIGHT), 1) + sample(pool(MEDIUM), R.randint(1, 3))
    return sample(pool(LIGHT), R.randint(0, 1)) + sample(pool(MEDIUM), R.randint(1, 2)) + sample(pool(HARSH), R.randint(2, 3))


def email_typo(e):
    local, dom = e.split('@', 1)
    if dom in EMAIL_TYPO_DOM and chance(0.6):
        return local + '@' + pick(EMAIL_TYPO_DOM[dom])
    for _ in range(10):
        if len(local) > 3 and chance(0.5):
            i = R.randrange(1, len(local))
            nl = local[:i] + local[i + 1:]
        else:
            nl = typo(local) if sum(ch.isalpha() for ch in local) >= 3 else local + local[-1]
        if nl != local and nl and nl[0] != '.':
            return nl + '@' + dom
    return local + 'x@' + dom


def storm_year():
    return wpick([(2023, 3), (2024, 5), (2025, 2)])


def city_key(c):
    """CITY key for a rendered city string, or None."""
    if not c:
        return None
    n = norm_city(c)
    for k in CITY_NAMES:
        if norm_city(k) == n:
            return k
    return None


def render_incoming(t, src, profile, nc=False, nc_city=None):
    """Render truth t as a record of source src with the noise profile.  nc: the
    record must share no identifier with its compared record (only name and the
    town nc_city, written as in the compared record)."""
    ops = choose_ops(t, profile, nc)
    tags = {}

    def tag(fields, tg):
        for f in fields:
            tags.setdefault(f, []).append(tg)
    if t['party'] == 'person':
        c, raw = person_names(t, src, ops, nc, tag)
    else:
        c, raw = org_names(t, src, ops, nc, tag)
    em, ph, A, st, pf = raw['em'], raw['ph'], raw['A'], raw['st'], raw['pf']
    who = raw.get('who')
    home_city = A['city'] if (A and A['city'] in CITY) else (t['city'] if t['city'] in CITY else pick_city())
    ADDRF = ['address.line1', 'address.line2', 'address.city', 'address.region', 'address.postalCode', 'address.country']
    # ---- phone ops
    if 'digit_off' in ops and ph:
        ph = phone_digit_off(ph)
        tag(['phone'], 'digit_off')
    if 'phone_new' in ops:
        alts = [x for x in raw.get('phones', []) if x and x != ph]
        ph = pick(alts) if (alts and chance(0.5)) else new_phone(home_city)
        tag(['phone'], 'new')
    if 'phone_drop' in ops and ph:
        ph = None
    if 'phone_fmt' in ops:
        pf = pick([f for f in PHONE_FMTS if f != pf])
        tag(['phone'], 'format')
    ext = None
    if 'phone_ext' in ops and ph:
        ext = pick([' x%d', ' ext. %d', ' Ext %d', ' x %d']) % R.randint(10, 399)
        tag(['phone'], 'extension')
    # ---- e-mail ops
    if 'email_new' in ops:
        if t['party'] == 'person':
            em = person_email(who or t['p1'])
        else:
            em = register_email(pick(['office', 'admin', 'billing', 'accounts', 'frontdesk']) + str(R.randint(1, 99)),
                                t['domain'] or 'gmail.com')
        tag(['email'], 'new')
    if 'email_typo' in ops and em:
        em = email_typo(em)
        tag(['email'], 'typo')
    if 'email_drop' in ops and em:
        em = None
    if 'email_case' in ops and em:
        em = pick([em.upper(), em[:1].upper() + em[1:], em.split('@')[0].title() + '@' + em.split('@')[1]])
        tag(['email'], 'case')
    # ---- address ops
    if A is not None:
        if 'moved' in ops:
            A = new_home(home_city if chance(0.5) else pick_city())
            tag(ADDRF, 'moved')
        if 'po_box' in ops:
            A = t['mail'] if t.get('mail') else new_pobox(home_city)
            tag(ADDRF, 'po_box')
        if 'addr_typo' in ops and not A['po']:
            A = dict(A)
            if chance(0.5) and len(A['num']) > 2:
                n = A['num']
                i = R.randrange(len(n) - 1)
                nn = n[:i] + n[i + 1] + n[i] + n[i + 2:]
                A['num'] = nn if nn != n else n + '1'
            else:
                A['core'] = typo(A['core']) if sum(ch.isalpha() for ch in A['core']) >= 4 else A['core'] + 's'
            tag(['address.line1'], 'typo')
        if 'addr_drop' in ops:
            A = None
    if A is not None:
        if 'addr_abbr' in ops and not A['po']:
            st['type'] = 'full' if st.get('type', 'abbr') == 'abbr' else 'abbr'
            if A['dir'] and chance(0.5):
                st['dir'] = 'full'
            tag(['address.line1'], 'abbreviation')
        if 'dir_drop' in ops and A['dir']:
            st['dir'] = 'none'
            tag(['address.line1'], 'format')
        if 'addr_case' in ops:
            st['case'] = pick([x for x in ['upper', 'lower'] if x != st.get('case')])
            tag(['address.line1', 'address.line2', 'address.city'], 'case')
        if 'zip4' in ops:
            st['zip'] = '9'
            tag(['address.postalCode'], 'zip4')
        if 'zip_drop' in ops:
            st['zip'] = 'none'
        if 'region_fmt' in ops and A['region'] == 'CO':
            st['region'] = pick(['Colorado', 'Colo', 'co', 'Colo.'])
            tag(['address.region'], 'format')
        if 'country_fmt' in ops:
            st['country'] = pick([x for x in ['USA', 'United States', 'U.S.A.', 'us', 'US', None] if x != st.get('country', 'US')])
            tag(['address.country'], 'format')
        if 'unit_fmt' in ops and A['unit']:
            st['unit'] = pick([x for x in ['hash', 'alt', 'dot', 'inline', 'inline_hash', 'upper'] if x != st.get('unit')])
            tag(['address.line1', 'address.line2'], 'unit_format')
        if 'city_variant' in ops and A['city'] in CITY:
            st['city'] = pick(CITY_VARIANT.get(A['city'], [typo(A['city'])]))
            tag(['address.city'], 'spelling')
        if 'city_alias' in ops and CITY_ALIAS.get(A['city']):
            st['city'] = pick(CITY_ALIAS[A['city']])
            tag(['address.city'], 'city_alias')
    # ---- name+city: no shared identifier
    if nc:
        for k in ('zip_only', 'co', 'line2_extra', 'city', 'zip'):
            st.pop(k, None)
        if chance(0.4):
            em = person_email(who or t['p1']) if t['party'] == 'person' else register_email(
                pick(['office', 'admin', 'billing']) + str(R.randint(100, 999)), t['domain'] or 'gmail.com')
            tag(['email'], 'new')
        else:
            em = None
        ph = new_phone(nc_city['key']) if chance(0.5) else None
        if ph:
            tag(['phone'], 'new')
        r = R.random()
        if r < 0.4:
            A = new_home(nc_city['key'])
            tag(ADDRF, 'moved')
        elif r < 0.65:
            A = new_pobox(nc_city['key'])
            tag(ADDRF, 'po_box')
        else:
            A = mk_addr(None, None, None, None, nc_city['key'], None)
            st['city_only'] = True
            st['region'] = pick(['CO', 'CO', None])
        st['city'] = nc_city['str']
        ext = None
    if em is None and ph is None and A is None:
        ph = raw.get('fallback_phone') or new_phone(home_city)
        tags.pop('phone', None)
    if em and 'email_fmt' in ops:
        nm = c['displayName'] if c['displayName'] else ''
        em = pick(['%s <%s>' % (nm, em) if nm else '<%s>' % em, 'mailto:' + em, em + ';'])
        tag(['email'], 'format')
    c['email'] = em
    c['phone'] = (fmt_phone(ph, pf) + (ext or '')) if ph else None
    c['address'] = render_addr(A, st) if A is not None else None
    string_ops(c, ops, tag, t['party'])
    for f in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone'):
        if c[f] is not None and not c[f].strip():
            c[f] = None
    if c['address']:
        for k in list(c['address']):
            if c['address'][k] is not None and not c['address'][k].strip():
                c['address'][k] = None
    if not c['displayName']:
        c['displayName'] = c['companyName'] or ' '.join(x for x in (c['givenName'], c['familyName']) if x) or 'Homeowner'
    return c, tags


def string_ops(c, ops, tag, party):
    NAMEF = ['displayName', 'givenName', 'familyName', 'companyName']
    present = [f for f in NAMEF if c[f]]
    if 'case' in ops and present:
        for f in sample(present, R.randint(1, len(present))):
            v = c[f]
            mode = pick(['upper', 'lower', 'title'])
            nv = v.upper() if mode == 'upper' else (v.lower() if mode == 'lower' else title_name(v.lower()))
            if nv != v:
                c[f] = nv
                tag([f], 'case')
    if 'accents' in ops:
        for f in present:
            nv = strip_accents(c[f])
            if nv != c[f]:
                c[f] = nv
                tag([f], 'accents')
    if 'mojibake' in ops:
        for f in present:
            nv = mojibake(c[f])
            if nv != c[f]:
                c[f] = nv
                tag([f], 'mojibake')
    if 'html' in ops:
        for f in present:
            if "'" in c[f] or '&' in c[f]:
                c[f] = c[f].replace('&', '&amp;').replace("'", '&#39;')
                tag([f], 'html_entity')
    if 'punct' in ops:
        for f in present:
            nv = ' '.join(re.sub(r'[.,]', '', c[f]).split())
            if nv and nv != c[f]:
                c[f] = nv
                tag([f], 'format')
    if 'whitespace' in ops:
        v = c['displayName']
        c['displayName'] = pick([v + ' ', v.replace(' ', '  ', 1) if ' ' in v else v + ' ', ' ' + v])
        tag(['displayName'], 'format')
    n = (1 if 'typo' in ops else 0) + (2 if 'typo2' in ops else 0)
    for _ in range(n):
        cand = [f for f in NAMEF if c[f] and sum(ch.isalpha() for ch in c[f]) >= 4]
        if cand:
            f = pick(cand)
            nv = typo(c[f])
            if nv != c[f]:
                c[f] = nv
                tag([f], 'typo')
    if 'swap_fields' in ops and c['givenName'] and c['familyName']:
        c['givenName'], c['familyName'] = c['familyName'], c['givenName']
        tag(['givenName', 'familyName'], 'swapped')
    if 'names_missing' in ops and party == 'person' and c['displayName'] != 'Homeowner':
        c['givenName'] = c['familyName'] = None
    if 'wrong_field' in ops:
        if party == 'person':
            r = R.randrange(3)
            if r == 0:
                last = c['familyName'] or c['displayName'].split()[-1]
                c['companyName'] = pick([c['displayName'], '%s Residence' % last, 'Homeowner', '%s Household' % last])
                tag(['companyName'], 'wrong_field')
            elif r == 1 and c['givenName'] and c['familyName']:
                c['givenName'] = '%s %s' % (c['givenName'], c['familyName'])
                c['familyName'] = None
                tag(['givenName', 'familyName'], 'wrong_field')
            elif c['address'] and c['address']['line1'] and not c['address']['line2'] and c['phone']:
                c['address']['line2'] = c['phone']
                tag(['address.line2'], 'wrong_field')
            else:
                c['companyName'] = c['displayName']
                tag(['companyName'], 'wrong_field')
        else:
            if c['givenName'] and c['familyName']:
                c['displayName'] = '%s %s' % (c['givenName'], c['familyName'])
                tag(['displayName'], 'wrong_field')
            else:
                c['givenName'] = c['companyName']
                tag(['givenName'], 'wrong_field')


def trust_date(t):
    if 'trust_dt' not in t:
        t['trust_dt'] = '%02d/%02d/%d' % (R.randint(1, 12), R.randint(1, 28), R.randint(1994, 2021))
    return t['trust_dt']


def person_names(t, src, ops, nc, tag):
    NF = ['displayName', 'givenName', 'familyName']
    k, p1, p2 = t['kind'], t['p1'], t['p2']
    who, both = p1, False
    if p2 and not nc and k in ('couple', 'trust', 'landlord'):
        if 'spouse' in ops or (src == 'canvass' and chance(0.3)) or (src in ('payments', 'financing') and chance(0.2)):
            who = p2
            tag(NF, 'spouse')
        elif (src == 'insurance' and chance(0.6)) or (src == 'crm' and chance(0.4)):
            both = True
    legal = src in ('financing', 'insurance')
    first = who['first'] if legal else known(who)
    if first != known(who):
        tag(['displayName', 'givenName'], 'nickname')
    if 'nickname' in ops and who['nicks']:
        nf = pick(who['nicks'])
        if nf != first:
            first = nf
            tag(['displayName', 'givenName'], 'nickname')
    middle = who['middle'] if (src in ('financing', 'insurance', 'payments') and chance(0.55)) else None
    if 'middle' in ops and who['middle']:
        middle = None if middle else who['middle']
        tag(['displayName', 'givenName'], 'middle')
    last = who['last']
    if 'married' in ops and who['alt_last']:
        last = who['alt_last'] if (chance(0.6) or '-' in who['last']) else '%s-%s' % (who['alt_last'], who['last'])
        tag(['displayName', 'familyName'], 'married_name')
    suffix = who['suffix'] if (legal or chance(0.4)) else None
    if 'suffix' in ops and who['suffix']:
        suffix = None if suffix else who['suffix']
        tag(['displayName', 'familyName'], 'suffix')
    if 'initial' in ops:
        first = first[0] + pick(['.', ''])
        tag(['displayName', 'givenName'], 'initial')
    title = None
    if 'title' in ops:
        title = 'Dr.' if chance(0.15) else ('Mr.' if who['gender'] == 'M' else pick(['Mrs.', 'Ms.']))
        tag(['displayName'], 'title')
    f2 = known(p2) if p2 else None
    L2 = p2['last'] if p2 else None

    # ---- identifiers (raw)
    mob_who = t['mob2'] if (who is p2 and t['mob2']) else t['mob1']
    em_who = t['email2'] if (who is p2 and t['email2']) else t['email1']
    if src == 'crm':
        em = wpick([(t['email1'], 80), (t['email2'], 10), (None, 10)])
        ph = wpick([(t['mob1'], 70), (t['mob2'], 12), (t['land'], 8), (None, 10)])
    elif src == 'canvass':
        em = t['email1'] if chance(0.15) else None
        ph = mob_who if chance(0.95) else None
    elif src == 'insurance':
        em = t['email1'] if chance(0.25) else None
        ph = wpick([(t['mob1'], 55), (t['land'], 25), (None, 20)])
    elif src == 'financing':
        em, ph = em_who, mob_who
    else:
        em = em_who if chance(0.9) else t['email1']
        ph = mob_who if chance(0.35) else None
    st = {}
    home = t['home']
    A = home
    if k == 'landlord' and src in ('crm', 'insurance', 'canvass') and chance(0.75):
        A = pick(t['rentals'])
        tag(['address.line1', 'address.line2', 'address.city', 'address.postalCode'], 'rental_property')
    elif k == 'estate' and src == 'payments':
        A = t['exec_home']
    elif k == 'elderly_parent' and src == 'payments':
        A = t['carer_home']
    elif src == 'payments' and t['mail'] and chance(0.4):
        A = t['mail']
    if src == 'crm':
        st['type'] = 'abbr' if chance(0.7) else 'full'
        st['country'] = wpick([('US', 4), ('USA', 3), (None, 3)])
        if chance(0.3):
            st['unit'] = 'hash'
    elif src == 'canvass':
        if chance(0.5):
            st['case'] = 'lower'
        st['type'] = 'abbr' if chance(0.65) else 'none'
        if chance(0.4):
            st['city'] = None
        st['region'] = 'CO' if chance(0.5) else None
        st['country'] = None
        if chance(0.3):
            st['zip'] = 'none'
        st['unit'] = pick(['hash', 'inline_hash', 'label'])
    elif src == 'insurance':
        st['case'] = 'upper'
        st['zip'] = '9' if chance(0.5) else '5'
        st['country'] = 'USA'
        if chance(0.25):
            st['line2_extra'] = pick(['CLAIM# %d-%04d-%04d' % (R.randint(10, 99), R.randint(0, 9999), R.randint(0, 9999)),
                                      'CLM %s%d' % (pick(['0', 'H', '7']), R.randint(10000000, 99999999)),
                                      'CLAIM NO %d' % R.randint(3000000000, 3999999999)])
            tag(['address.line2'], 'claim_number')
    elif src == 'financing':
        st['type'] = 'full' if chance(0.4) else 'abbr'
        st['region'] = 'Colorado' if chance(0.4) else 'CO'
        st['country'] = 'United States' if chance(0.5) else 'US'
        if chance(0.3):
            st['unit'] = 'inline'
    else:
        r = R.random()
        if r < 0.35:
            st['zip_only'] = True
        elif r < 0.5:
            A = None
        st['country'] = 'US'
    pf = wpick(SRC_PHONE[src])
    line1 = line1_of(A, {}) if A else ''

    # ---- names
    company = None
    if k == 'estate':
        ex = t['exec']
        F = p1['first'] if legal else known(p1)
        L = p1['last']
        EF, EL = known(ex), ex['last']
        if src in ('crm', 'financing'):
            disp = pick(['Estate of %s %s' % (F, L), '%s Estate' % L, 'Estate of %s %s c/o %s %s' % (F, L, EF, EL),
                         '%s %s (Estate)' % (F, L)])
            given, family = (EF, EL) if chance(0.6) else (F, L)
            tag(['displayName'], 'estate_name')
        elif src == 'insurance':
            disp = pick(['ESTATE OF %s' % full_name(F, p1['middle'], L, None, True, False),
                         '%s, %s EST' % (L, F), '%s %s DECEASED' % (F, L)]).upper()
            given, family = (up(F), up(L)) if chance(0.6) else (None, None)
            tag(['displayName'], 'estate_name')
        elif src == 'payments':
            disp = pick(['%s %s' % (EF, EL), full_name(ex['first'], ex['middle'], EL, None, True, False)])
            disp = disp.upper() if chance(0.5) else disp
            given, family = (EF, EL) if chance(0.5) else (None, None)
            tag(['displayName', 'givenName', 'familyName'], 'payer_name')
        else:
            disp, given, family = EF, EF, None
            tag(['displayName'], 'first_name_only')
            tag(['givenName', 'familyName'], 'contact_person')
    elif k == 'trust' and src in ('crm', 'insurance'):
        TN = t['trust']
        F, L = first, last
        if src == 'crm':
            disp = TN if chance(0.6) else '%s %s' % (F, L)
        else:
            disp = pick(['%s DTD %s' % (TN, trust_date(t)), '%s TR' % full_name(F, middle, L, None, True, False),
                         '%s %s TTEE' % (F, L), '%s, TRUSTEE OF THE %s' % (full_name(F, middle, L, None, True, False), TN)]).upper()
            F, L = F.upper(), L.upper()
        tag(['displayName'], 'trust_name')
        given, family = F, L
    elif k == 'elderly_parent' and src in ('crm', 'payments', 'canvass'):
        cr = t['carer']
        F = known(p1)
        L = p1['last']
        CF, CL = known(cr), cr['last']
        if src == 'crm':
            rel = 'son' if cr['gender'] == 'M' else 'daughter'
            disp = pick(['%s %s' % (F, L), '%s %s c/o %s %s' % (F, L, CF, CL), '%s %s (%s %s)' % (F, L, rel, CF)])
            if chance(0.4):
                given, family = CF, CL
                tag(['givenName', 'familyName'], 'contact_person')
            else:
                given, family = F, L
            if disp != '%s %s' % (F, L):
                tag(['displayName'], 'contact_person')
        elif src == 'payments':
            disp = '%s %s' % (CF, CL)
            disp = disp.upper() if chance(0.5) else disp
            given, family = (CF, CL) if chance(0.5) else (None, None)
            tag(['displayName', 'givenName', 'familyName'], 'payer_name')
        else:
            if chance(0.5):
                disp, given, family = CF, CF, None
                tag(['givenName', 'familyName'], 'contact_person')
            else:
                disp, given, family = F, F, None
            tag(['displayName'], 'first_name_only')
    else:
        if src == 'crm':
            if both:
                base = ('%s & %s %s' % (first, f2, last)) if L2 == last else ('%s %s & %s %s' % (first, last, f2, L2))
            else:
                base = full_name(first, None, last, suffix)
            r = R.random()
            if r < 0.3:
                yr = storm_year()
                disp = pick(['%s - %s - Hail %d' % (last, line1 or t['city'], yr), '%s, %s - Hail Claim %d' % (last, first, yr),
                             '%s %s - Roof Replacement' % (first, last), '%s Residence - Reroof' % last,
                             '%s - %s' % (last, line1 or 'Roof')])
                tag(['displayName'], 'job_name')
            elif r < 0.5:
                disp = '%s, %s' % (last, first) + ((' & %s' % f2) if (both and L2 == last) else '')
            else:
                disp = base
            given = '%s & %s' % (first, f2) if (both and chance(0.3)) else first
            family = last
            if chance(0.12):
                disp, given, family = low(disp), low(given), low(family)
        elif src == 'insurance':
            n1 = full_name(first, middle, last, suffix, True, False)
            if both:
                n2 = full_name(p2['first'], p2['middle'] if chance(0.5) else None, L2, None, True, False)
                if L2 == last and chance(0.5):
                    disp = '%s, %s%s & %s' % (last, first, (' ' + middle[0]) if middle else '', p2['first'])
                else:
                    disp = pick(['%s & %s', '%s AND %s']) % (n1, n2)
            else:
                disp = pick([n1, '%s, %s%s' % (last, first, (' ' + middle[0]) if middle else '')])
            if chance(0.35) and k != 'tenant':
                disp += ' AND ' + pick(MORTGAGEES) + pick(['', ' ISAOA', ' ISAOA ATIMA', ' ITS SUCCESSORS AND/OR ASSIGNS'])
                tag(['displayName'], 'mortgagee')
            disp = disp.upper()
            given = (first + ((' ' + middle[0]) if middle else '')).upper()
            family = last.upper()
            if chance(0.1) and k != 'tenant':
                company = pick(MORTGAGEES).upper()
                tag(['companyName'], 'mortgagee')
        elif src == 'canvass':
            r = R.random()
            if nc:
                r = 0.7
            if r < 0.45:
                disp, given, family = first, first, None
                tag(['displayName'], 'first_name_only')
            elif r < 0.65:
                disp, given, family = '%s %s.' % (first, last[0]), first, last[0]
                tag(['displayName', 'familyName'], 'initial')
            elif r < 0.95:
                disp, given, family = '%s %s' % (first, last), first, last
            else:
                disp, given, family = 'Homeowner', None, None
                tag(['displayName'], 'first_name_only')
            if chance(0.4):
                disp, given, family = low(disp), low(given), low(family)
        elif src == 'financing':
            disp = full_name(first, middle, last, suffix, mi=chance(0.5))
            given = first + ((' ' + middle) if (middle and chance(0.2)) else '')
            family = last + ((' ' + suffix) if (suffix and chance(0.5)) else '')
        else:
            card = pick([full_name(first, middle, last, None, True, False), '%s %s' % (first[0], last), '%s %s' % (first, last)])
            if card.startswith(first[0] + ' ') and first[0] != first:
                tag(['displayName', 'givenName'], 'initial')
            if chance(0.55):
                card = card.upper()
            disp = card
            if chance(0.6):
                toks = card.split()
                given, family = ' '.join(toks[:-1]), toks[-1]
            else:
                given = family = None
        if title:
            disp = title + ' ' + disp
    if k == 'trust' and src not in ('crm', 'insurance'):
        tag(['displayName'], 'trust_name')
    if 'reorder' in ops and ' ' in disp and ',' not in disp and len(disp.split()) == 2:
        a, b = disp.split()
        disp = pick(['%s, %s' % (b, a), '%s %s' % (b, a)])
        tag(['displayName'], 'reordered')
    if 'trust_name' in ops and k in ('homeowner', 'couple'):
        disp = make_trust_name(p1, p2)
        if src == 'insurance':
            disp = disp.upper()
        tag(['displayName'], 'trust_name')
    c = mk_contact(disp, given, family, company)
    phones = [x for x in (t['mob1'], t['mob2'], t['land']) if x]
    return c, {'em': em, 'ph': ph, 'A': A, 'st': st, 'pf': pf, 'who': who, 'phones': phones,
               'fallback_phone': mob_who}


def org_names(t, src, ops, nc, tag):
    NC = ['displayName', 'companyName']
    cp = t['staff'][t['contact']] if t['staff'] else None
    if 'contact_changed' in ops:
        others = [s for i, s in enumerate(t['staff']) if i != t['contact']]
        cp = pick(others) if others else staff_member(t['domain'], t['city'])
        tag(['givenName', 'familyName', 'email', 'phone'], 'contact_changed')
    base = t['base']
    if 'renamed' in ops and t['renamed']:
        base = t['renamed']
        tag(NC, 'renamed')
    legal, comma = t['legal'], t['comma']
    if legal and 'legal_drop' in ops:
        legal = None
        tag(NC, 'legal_form')
    elif legal and 'legal_form' in ops:
        legal = pick(LEGAL_VARIANTS[legal])
        comma = (not comma) if chance(0.5) else comma
        tag(NC, 'legal_form')
    if 'org_abbr' in ops:
        opts = [(a, b) for a, b in ORG_ABBR if a in base]
        if opts:
            a, b = pick(opts)
            base = base.replace(a, b, 1)
            tag(NC, 'abbreviation')
    short = t['short'] if base == t['base'] else base
    cp_email = cp['email'] if cp else None
    cp_mob = cp['mob'] if cp else None
    cpf = known(cp['person']) if cp else None
    cpl = cp['person']['last'] if cp else None
    st = {}
    sites = t['sites'] or [t['office']]
    if src == 'crm':
        em = wpick([(cp_email, 65), (t['gen_email'], 20), (None, 15)])
        ph = wpick([(t['office_phone'], 50), (cp_mob, 35), (None, 15)])
        A = pick(sites) if chance(0.55) else t['office']
        st['type'] = 'abbr' if chance(0.7) else 'full'
        st['country'] = wpick([('US', 4), ('USA', 3), (None, 3)])
    elif src == 'insurance':
        em = t['gen_email'] if chance(0.2) else None
        ph = t['office_phone'] if chance(0.5) else None
        A = pick(sites) if chance(0.8) else t['office']
        st['case'] = 'upper'
        st['zip'] = '9' if chance(0.5) else '5'
        st['country'] = 'USA'
    elif src == 'canvass':
        em = None
        ph = cp_mob or t['office_phone']
        A = pick(sites)
        if chance(0.5):
            st['case'] = 'lower'
        st['country'] = None
        st['region'] = 'CO' if chance(0.5) else None
    elif src == 'financing':
        em = cp_email or t['gen_email']
        ph = t['office_phone']
        A = t['office']
        st['type'] = 'full' if chance(0.4) else 'abbr'
        st['region'] = 'Colorado' if chance(0.4) else 'CO'
        st['country'] = 'United States' if chance(0.5) else 'US'
    else:
        em = wpick([(t['gen_email'], 50), (cp_email, 40), (None, 10)])
        ph = t['office_phone'] if chance(0.3) else None
        r = R.random()
        A = t['office'] if r < 0.7 else None
        if r < 0.3:
            st['zip_only'] = True
        st['country'] = 'US'
    if A is t['office'] and t['co'] and src in ('crm', 'financing') and chance(0.5):
        st['co'] = t['co']
    line1 = line1_of(A, {}) if A else t['city']
    given = family = None
    if src == 'crm':
        lg = None if chance(0.25) else legal
        company = join_legal(base, lg, comma)
        r = R.random()
        if r < 0.35:
            disp = company
        elif r < 0.6:
            disp = short
        else:
            disp = pick(['%s - %s - Hail %d' % (short, line1, storm_year()), '%s - Bldg %d Reroof' % (short, R.randint(1, 24)),
                         '%s - Gutters' % short, '%s - %s' % (short, line1)])
            tag(['displayName'], 'job_name')
        if cp and chance(0.75):
            given, family = cpf, cpl
    elif src == 'insurance':
        lg = re.sub(r'[.,]', '', legal) if legal else None
        company = join_legal(re.sub(r'[.,]', '', base), lg).upper()
        disp = company
        if t['mgmt'] is not None and t['co'] and chance(0.35):
            disp = '%s C/O %s' % (company, t['mgmt']['base'].upper())
            tag(['displayName'], 'care_of')
    elif src == 'canvass':
        company = short.lower() if chance(0.5) else short
        if cpf:
            disp = pick(['%s @ %s' % (cpf, short), short, '%s - %s' % (short, cpf)])
            given = cpf
            if disp != short:
                tag(['displayName'], 'contact_person')
        else:
            disp = short
    elif src == 'financing':
        company = join_legal(base, legal or t['legal'], comma)
        disp = company
        if cp:
            given, family = cp['person']['first'], cpl
    else:
        company = short.upper() if chance(0.6) else join_legal(base, legal, comma)
        disp = company
        if t['mgmt'] is not None and chance(0.3):
            disp = '%s obo %s' % (t['mgmt']['base'], short)
            tag(['displayName'], 'payer_name')
        if cp and chance(0.2):
            given, family = cpf, cpl
    c = mk_contact(disp, given, family, company)
    phones = [x for x in (t['office_phone'], cp_mob) if x]
    return c, {'em': em, 'ph': ph, 'A': A, 'st': st, 'pf': wpick(SRC_PHONE[src]), 'who': cp['person'] if cp else None,
               'phones': phones, 'fallback_phone': t['office_phone'] or cp_mob}


# ---------------------------------------------------------------------------
# comparison (evidence, shared, findability) -- check.py recomputes these
# ---------------------------------------------------------------------------
def fix_text(s):
    s = html.unescape(s)
    if 'Ã' in s or 'Â' in s:
        try:
            s = s.encode('cp1252').decode('utf-8')
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return strip_accents(s)


CITY_NORM = {'ft collins': 'fort collins', 'colo springs': 'colorado springs', 'colorado spgs': 'colorado springs',
             'co springs': 'colorado springs', 'colo spgs': 'colorado springs', 'hghlnds ranch': 'highlands ranch',
             'highlands rnch': 'highlands ranch', 'castlerock': 'castle rock'}


def norm_city(s):
    if not s:
        return None
    s = ' '.join(re.sub(r'[^a-z ]', ' ', fix_text(s).lower()).split())
    return CITY_NORM.get(s, s) or None


def norm_email(s):
    if not s:
        return None
    m = re.search(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+', s)
    return m.group(0).lower().strip('.') if m else None


def norm_phone(s):
    if not s:
        return None
    s = re.sub(r'(?i)\s*(x|ext\.?|extension)\s*\d+\s*$', '', s.strip())
    d = re.sub(r'\D', '', s)
    if len(d) == 11 and d[0] == '1':
        d = d[1:]
    return d if len(d) == 10 else None


TYPES = {'street': 'st', 'st': 'st', 'avenue': 'ave', 'ave': 'ave', 'av': 'ave', 'drive': 'dr', 'dr': 'dr',
         'place': 'pl', 'pl': 'pl', 'court': 'ct', 'ct': 'ct', 'circle': 'cir', 'cir': 'cir', 'boulevard': 'blvd',
         'blvd': 'blvd', 'road': 'rd', 'rd': 'rd', 'lane': 'ln', 'ln': 'ln', 'way': 'way', 'parkway': 'pkwy',
         'pkwy': 'pkwy', 'pky': 'pkwy', 'trail': 'trl', 'trl': 'trl', 'terrace': 'ter', 'ter': 'ter'}
DIRS = {'e': 'e', 'east': 'e', 'w': 'w', 'west': 'w', 'n': 'n', 'north': 'n', 's': 's', 'south': 's'}


def street_key(s):
    s = re.sub(r"[.,']", ' ', s)
    m = re.match(r'\s*(?:p\s*o\s*box|post\s+office\s+box|pob|box)\s*#?\s*(\d+)\s*$', s)
    if m:
        return ('po', m.group(1))
    s = re.sub(r'\b(weld county road|larimer county road|county road|county rd|co rd|wcr|lcr)\b', 'cr', s)
    toks = re.findall(r'[a-z0-9]+', s)
    if len(toks) < 2 or not toks[0].isdigit():
        return None
    num, rest = toks[0], toks[1:]
    d = None
    if len(rest) > 1 and rest[0] in DIRS:
        d, rest = DIRS[rest[0]], rest[1:]
    types = []
    while len(rest) > 1 and rest[-1] in TYPES:
        types.insert(0, TYPES[rest[-1]])
        rest = rest[:-1]
    return ('st', num, d, tuple(rest), tuple(types))


UNIT_RE = re.compile(r'(?:#|\b(?:apt|apartment|unit|ste|suite)\b)\s*#?\s*([a-z0-9]+)\s*$')


def addr_parse(a):
    street, unit = None, None
    for s in (a.get('line1'), a.get('line2')):
        if not s:
            continue
        s0 = fix_text(s).lower().strip()
        if re.match(r'(c\s*/\s*o|attn|care of|claim|clm)\b', s0):
            continue
        m = UNIT_RE.search(s0)
        if m:
            unit = unit or m.group(1)
            s0 = s0[:m.start()]
        s0 = s0.strip(' ,')
        if s0 and street is None:
            street = street_key(s0)
    return street, unit


def zip5(a):
    m = re.match(r'\s*(\d{5})', a.get('postalCode') or '')
    return m.group(1) if m else None


def loc_compat(A, B):
    za, zb = zip5(A), zip5(B)
    if za and zb:
        return za == zb
    ca, cb = norm_city(A.get('city')), norm_city(B.get('city'))
    if ca and cb:
        return ca == cb
    return True


def st_compat(a, b, need_num=True):
    if a[0] != b[0]:
        return False
    if a[0] == 'po':
        return a[1] == b[1]
    if need_num and a[1] != b[1]:
        return False
    if a[2] and b[2] and a[2] != b[2]:
        return False
    if a[3] != b[3]:
        return False
    if a[4] and b[4] and a[4] != b[4]:
        return False
    return True


def addr_rel(A, B):
    """'address' (same address however written), 'building' (same building, other unit),
    'street' (same street, other house number) or None."""
    if not A or not B:
        return None
    sa, ua = addr_parse(A)
    sb, ub = addr_parse(B)
    if not sa or not sb or not loc_compat(A, B):
        return None
    if st_compat(sa, sb):
        if ua and ub and ua != ub:
            return 'building'
        return 'address'
    if sa[0] == 'st' and sb[0] == 'st' and st_compat(sa, sb, need_num=False):
        return 'street'
    return None


def evidence(a, b):
    out = []
    if norm_email(a['email']) and norm_email(a['email']) == norm_email(b['email']):
        out.append('email')
    if norm_phone(a['phone']) and norm_phone(a['phone']) == norm_phone(b['phone']):
        out.append('phone')
    if addr_rel(a['address'], b['address']) == 'address':
        out.append('address')
    return out


NAME_STOP = {'and', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'ii', 'iii', 'iv', 'the', 'c', 'o', 'llc', 'l', 'inc',
             'co', 'corp', 'pc', 'p', 'pllc', 'ltd', 'incorporated', 'corporation', 'company', 'of'}


def name_tokens(s):
    s = fix_text(s).lower()
    s = re.sub(r"['\u2019`]", '', s)
    return [x for x in re.findall(r'[a-z0-9]+', s) if x not in NAME_STOP]


def name_strings(c):
    out = []
    cands = [c['displayName'], ' '.join(x for x in (c['givenName'], c['familyName']) if x) or None, c['companyName']]
    for s in cands:
        if s:
            tk = name_tokens(s)
            if tk:
                j = ' '.join(sorted(tk))
                if j not in out:
                    out.append(j)
    return out


def name_score(a, b):
    best = 0.0
    for x in name_strings(a):
        for y in name_strings(b):
            r = difflib.SequenceMatcher(None, x, y).ratio()
            if r > best:
                best = r
    return best


def tok_eq(a, b):
    if not a or not b:
        return False
    ta, tb = name_tokens(a), name_tokens(b)
    return bool(ta) and ta == tb


def company_stem(c):
    if not c['companyName']:
        return None
    tk = [x for x in name_tokens(c['companyName']) if x not in ('st', 'saint', 'first')]
    return tk[0] if tk else None


SHARED_ORDER = ['email', 'phone', 'address', 'building', 'street', 'name', 'givenName', 'familyName',
                'companyStem', 'city', 'postalCode']


def shared_feats(a, b):
    out = set(evidence(a, b))
    rel = addr_rel(a['address'], b['address'])
    if rel in ('building', 'street'):
        out.add(rel)
    if set(name_strings(a)) & set(name_strings(b)):
        out.add('name')
    if tok_eq(a['givenName'], b['givenName']):
        out.add('givenName')
    if tok_eq(a['familyName'], b['familyName']):
        out.add('familyName')
    sa, sb = company_stem(a), company_stem(b)
    if sa and sa == sb:
        out.add('companyStem')
    if a['address'] and b['address']:
        ca, cb = norm_city(a['address']['city']), norm_city(b['address']['city'])
        if ca and ca == cb:
            out.add('city')
        za, zb = zip5(a['address']), zip5(b['address'])
        if za and za == zb:
            out.add('postalCode')
    return [x for x in SHARED_ORDER if x in out]


FIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone']
AFIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']


def diff_fields(a, b):
    out = [f for f in FIELDS if a[f] != b[f]]
    A, B = a['address'], b['address']
    if (A is None) != (B is None):
        out.append('address')
    elif A is not None:
        out += ['address.' + k for k in AFIELDS if A[k] != B[k]]
    return out


def get_field(c, f):
    if f.startswith('address.'):
        return c['address'][f[8:]]
    return c[f] if f != 'address' else c['address']


STATE_NAMES = {'colorado': 'co', 'colo': 'co', 'co': 'co', 'arizona': 'az', 'az': 'az', 'texas': 'tx', 'tx': 'tx',
               'nebraska': 'ne', 'ne': 'ne', 'wyoming': 'wy', 'wy': 'wy', 'missouri': 'mo', 'mo': 'mo',
               'idaho': 'id', 'id': 'id', 'illinois': 'il', 'il': 'il'}
US_NAMES = {'us', 'usa', 'unitedstates', 'unitedstatesofamerica'}
LEGAL_TOKS = {'llc', 'inc', 'incorporated', 'pc', 'pllc', 'co', 'corp', 'company', 'ltd', 'l', 'c', 'p'}
COSMETIC = {'case', 'format', 'accents', 'extension', 'zip4', 'abbreviation', 'unit_format', 'html_entity',
            'mojibake', 'spelling', 'city_alias', 'legal_form', 'reordered', 'initial'}


def alnum(s):
    return re.sub(r'[\W_]+', '', fix_text(s)).casefold()


def equiv(f, o, n):
    """Cosmetic category when the two values are the same thing written otherwise, else None."""
    if o.casefold() == n.casefold() and f not in ('phone',):
        return 'case'
    if f == 'email':
        return 'format' if norm_email(o) and norm_email(o) == norm_email(n) else None
    if f == 'phone':
        return 'format' if norm_phone(o) and norm_phone(o) == norm_phone(n) else None
    if f == 'address.postalCode':
        return 'zip4' if re.match(r'\d{5}', o) and o[:5] == n[:5] else None
    if f == 'address.country':
        return 'format' if alnum(o) in US_NAMES and alnum(n) in US_NAMES else None
    if f == 'address.region':
        return 'format' if STATE_NAMES.get(alnum(o), 1) == STATE_NAMES.get(alnum(n), 2) else None
    if f == 'address.city':
        if norm_city(o) == norm_city(n):
            return 'spelling' if o.casefold() != n.casefold() and alnum(o) != alnum(n) else 'case'
        return None
    if f in ('address.line1', 'address.line2'):
        a, b = fix_text(o).lower(), fix_text(n).lower()
        ma, mb = UNIT_RE.search(a), UNIT_RE.search(b)
        if ma and mb and ma.group(1) == mb.group(1) and not a[:ma.start()].strip(' ,') and not b[:mb.start()].strip(' ,'):
            return 'unit_format'
        ka = street_key((a[:ma.start()] if ma else a).strip(' ,'))
        kb = street_key((b[:mb.start()] if mb else b).strip(' ,'))
        if ka and ka == kb and ((ma.group(1) if ma else None) == (mb.group(1) if mb else None)):
            return 'abbreviation'
        if ka and ka == kb:
            return 'unit_format'
        return 'format' if alnum(o) == alnum(n) else None
    if alnum(o) == alnum(n):
        return 'accents' if strip_accents(o).casefold() == strip_accents(n).casefold() else 'format'
    ta = sorted(re.findall(r'[a-z0-9]+', fix_text(o).lower()))
    tb = sorted(re.findall(r'[a-z0-9]+', fix_text(n).lower()))
    if ta == tb:
        return 'reordered'
    return None


def name_derive(o, n):
    ta = re.findall(r'[a-z0-9]+', fix_text(o).lower())
    tb = re.findall(r'[a-z0-9]+', fix_text(n).lower())
    extra, missing = list(tb), []
    for x in ta:
        if x in extra:
            extra.remove(x)
        else:
            missing.append(x)
    diff = extra + missing
    if not diff:
        return None
    if all(x in LEGAL_TOKS for x in diff):
        return 'legal_form'
    rest_e = [x for x in extra if len(x) > 1 and x not in LEGAL_TOKS]
    rest_m = [x for x in missing if len(x) > 1 and x not in LEGAL_TOKS]
    if not rest_e and not rest_m:
        return 'initial'
    if rest_e and not rest_m:
        return 'extended'
    if rest_m and not rest_e:
        return 'shortened'
    return None


def truth_info(t):
    """Identifiers the customer is known to use (for describing changes)."""
    if t['party'] == 'person':
        phones = [t['mob1'], t['mob2'], t['land']]
        emails = [t['email1'], t['email2']]
        addrs = [('property_address', t['home']), ('po_box', t['mail'])]
        addrs += [('rental_property', a) for a in t['rentals']]
        addrs += [('billing_address', t.get('exec_home')), ('billing_address', t.get('carer_home'))]
    else:
        phones = [t['office_phone']] + [s['mob'] for s in t['staff']]
        emails = [t['gen_email']] + [s['email'] for s in t['staff']]
        addrs = [('office_address', t['office'])] + [('job_site', a) for a in t['sites']]
    return {'phones': [x for x in phones if x], 'emails': [x for x in emails if x],
            'addrs': [(r, render_addr(a)) for r, a in addrs if a]}


def changes_list(new, old, tags, ex_tags, fallback, tinfo=None):
    out = []
    areason = None
    if tinfo and new['address']:
        for r, ra in tinfo['addrs']:
            if addr_rel(new['address'], ra) == 'address':
                areason = r
                break
    for f in diff_fields(new, old):
        o, n = get_field(old, f), get_field(new, f)
        tg = []
        for x in tags.get(f, []):
            if x not in tg:
                tg.append(x)
        if o is None or n is None:
            what = 'added' if o is None else 'dropped'
            wf = [x for x in tg if x in ('wrong_field', 'mortgagee')]
            if wf:
                what = '+'.join(wf)
        else:
            d = None if f == 'address' else equiv(f, o, n)
            if d:
                cos = [x for x in tg if x in COSMETIC]
                what = '+'.join(cos) if cos else d
            elif tg:
                what = '+'.join(tg)
            else:
                sub = None
                if tinfo:
                    if f == 'phone' and norm_phone(n) in tinfo['phones']:
                        sub = 'other_phone'
                    elif f == 'email' and norm_email(n) in tinfo['emails']:
                        sub = 'other_email'
                    elif f.startswith('address') and areason:
                        sub = areason
                if not sub and ex_tags.get(f):
                    sub = ex_tags[f]
                if not sub and f in ('displayName', 'givenName', 'familyName', 'companyName'):
                    sub = name_derive(o, n)
                what = sub or fallback
        out.append('%s:%s' % (f, what))
    return out


# ---------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------
HN_TYPES = [
    ('new_owner_same_address', 10, 'a house sold to new owners is a new customer at the same address'),
    ('tenant_not_owner', 9, "a tenant is not the owner: the property's owner (landlord or apartment LLC) is the customer"),
    ('neighbour_same_surname', 10, 'neighbours of one surname are two customers'),
    ('namesake_other_town', 10, 'same name, another person owning another property in another town'),
    ('junior_senior', 9, 'father and son (Sr./Jr.) owning different properties are two customers'),
    ('hoa_vs_management_co', 10, 'an HOA (or an apartment LLC) is a customer apart from its management company'),
    ('hoa_vs_board_member', 9, 'an HOA is apart from its home owners, even the board member who is its contact'),
    ('estate_vs_deceased', 9, "an estate is apart from the late owner's own record"),
    ('estate_vs_executor', 9, "an estate is apart from the executor's own record"),
    ('trust_vs_trustee', 9, "a trust holding another property is apart from the trustee's own record (only a living trust holding the owner's own home is the owner)"),
    ('llc_vs_landlord', 10, "each LLC is apart: a landlord's LLC is not the landlord in his own name"),
    ('sibling_llc', 9, 'each LLC is apart: a sister LLC of the same owner is another customer'),
    ('relative_not_owner', 10, "the property's owner is the customer: an elderly parent is apart from the adult child handling the claim"),
    ('gc_vs_homeowner', 9, 'a general contractor subcontracting the roof is apart from the home owner of the job site'),
    ('similar_firm_name', 9, 'organisations sharing a name stem are different customers'),
    ('other_unit_same_building', 9, 'owners of different units in one building are two customers'),
]
assert sum(n for _, n, _ in HN_TYPES) == 150

ANY_ID = [['email'], ['phone']]
OWNER_KINDS = ('homeowner', 'couple', 'trust')


def cp_person(p):
    q = dict(p)
    q['nicks'] = list(p['nicks'])
    return q


def shows_email1(t):
    return norm_email(t['ex']['email']) == t['email1'] or norm_phone(t['ex']['phone']) == t['mob1']


def hn_anchor_ok(typ, t):
    per = t['party'] == 'person'
    k = t['kind']
    home_ok = per and t.get('ex_addr') is t.get('home') and t['home']['city'] in CITY and not t['home']['po']
    if typ == 'new_owner_same_address':
        return home_ok and k in OWNER_KINDS
    if typ == 'tenant_not_owner':
        if k == 'apartment_llc':
            return t['ex_addr'] is t['sites'][0] and not t['sites'][0]['unit']
        return k == 'landlord' and t['rental_as_addr'] and not t['rentals'][0]['po']
    if typ == 'neighbour_same_surname':
        return home_ok and k in ('homeowner', 'couple') and 'street' in t['home']
    if typ == 'namesake_other_town':
        return per and k in ('homeowner', 'couple', 'landlord') and t['ex']['address'] is not None
    if typ == 'junior_senior':
        return per and k == 'homeowner' and t['p1']['gender'] == 'M' and t['p1']['suffix'] != 'III'
    if typ == 'hoa_vs_management_co':
        return k in ('management_co', 'property_mgmt')
    if typ in ('hoa_vs_board_member', 'estate_vs_executor', 'relative_not_owner'):
        return per and k in ('homeowner', 'couple') and shows_email1(t)
    if typ == 'trust_vs_trustee':
        return per and k in ('homeowner', 'couple', 'landlord') and shows_email1(t)
    if typ == 'estate_vs_deceased':
        return home_ok and k == 'homeowner'
    if typ == 'llc_vs_landlord':
        return k == 'landlord' and shows_email1(t)
    if typ == 'sibling_llc':
        return k in ('landlord_llc', 'apartment_llc')
    if typ == 'gc_vs_homeowner':
        return home_ok and k in ('homeowner', 'couple')
    if typ == 'similar_firm_name':
        return k in ('builder', 'business', 'church', 'property_mgmt', 'school', 'hoa') and sim_stem(t) is not None
    if typ == 'other_unit_same_building':
        return home_ok and t['home']['unit'] is not None and t['home']['unit'][0] != 'Ste'
    return False


def hn_valid(typ, c, a):
    """The record must carry what tells it apart from its anchor under the rules."""
    low_d = c['displayName'].lower()
    if typ == 'junior_senior':
        return re.search(r'\b(jr|sr)\b', low_d) is not None
    if typ in ('new_owner_same_address', 'tenant_not_owner', 'other_unit_same_building', 'neighbour_same_surname'):
        if c['displayName'] == 'Homeowner' or not (c['familyName'] or len(c['displayName'].split()) > 1):
            return typ in ('other_unit_same_building', 'tenant_not_owner') and a['party'] == 'org' or typ == 'other_unit_same_building'
    if typ in ('estate_vs_executor', 'estate_vs_deceased'):
        return 'est' in low_d
    if typ == 'trust_vs_trustee':
        return 'trust' in low_d or 'ttee' in low_d or re.search(r'\btr\b', low_d) is not None
    if typ == 'relative_not_owner':
        return set(name_tokens(c['displayName'])) != set(name_tokens(a['ex']['displayName']))
    return True


CHURCH_STEMS = ['St. ' + x for x in SAINTS] + ['First Baptist', 'First United', 'Grace', 'Cornerstone', 'Living Hope',
                                                  'New Life', 'Crossroads', 'Faith', 'Berean', 'Emmanuel', 'New Hope',
                                                  'Mount Zion', 'Trinity', 'Bethany', 'Peace', 'Christ', 'Wesley',
                                                  'Living Waters', 'Mountain View', 'Harvest', 'Foothills', 'Riverside']
SCHOOL_STEMS = ['Aspen Ridge', 'Willow Bend', 'Sunrise', 'Little Sprouts', 'Peak View']


def sim_stem(a):
    """The distinctive stem of an organisation's name (for similar-name hard negatives), or None."""
    if a['kind'] == 'hoa':
        return a['core']
    base = a['base']
    for st in sorted(STEMS + CHURCH_STEMS + SCHOOL_STEMS, key=lambda x: (-len(x), x)):
        if base.startswith(st + ' '):
            return st
    m = re.match(r"([A-Z][a-zA-ZÀ-ſ']+?)(?:'s)? (Construction|Builders|& Sons|Brothers|Homes|Auto Body|Insurance|Law Office|Heating)", base)
    if m:
        return m.group(1)
    return None


SIM_SUFFIX = {'builder': BUILDER_TYPES + ['Roofing Supply', 'Home Inspections', 'Restoration'],
              'business': ['Auto Repair', 'Dental Care', 'Storage Center', 'Insurance Group', 'Realty',
                           'Plumbing & Heating', 'Animal Hospital', 'Pediatrics', 'Coffee House'],
              'church': ['Bible Church', 'Community Church', 'Baptist Church', 'Fellowship', 'Lutheran Church',
                         'Chapel', 'Christian Center'],
              'property_mgmt': PM_TYPES + ['Realty', 'HOA Management', 'Home Rentals'],
              'school': ['Montessori School', 'Christian Academy', 'Preparatory Academy', 'Early Learning Center'],
              'hoa': ['Metropolitan District', 'Estates HOA', 'Townhome Association', 'Filing 2 HOA', 'Master Association']}


def hn_build(typ, a):
    """Truth of a hard negative for anchor truth a: (truth, source weights, needs)."""
    k = a['kind']
    if typ == 'new_owner_same_address':
        while True:
            nt = make_person_customer(pick(['homeowner', 'couple']), city=a['home']['city'], home=a['home'])
            if nt['p1']['last'] != a['p1']['last']:
                break
        return nt, [('crm', 4), ('insurance', 3), ('financing', 1)], [['address']]
    if typ == 'tenant_not_owner':
        if k == 'apartment_llc':
            A = dict(a['sites'][0])
            A['unit'] = ('Apt', '%d%02d' % (R.randint(1, 3), R.randint(1, 24)))
            USED_ADDR.add(akey(A))
        else:
            A = a['rentals'][0]
        nt = make_person_customer('tenant', city=A['city'], home=A)
        if k != 'apartment_llc':
            return nt, [('crm', 4), ('financing', 1)], [['address'], ['building']]
        return nt, [('canvass', 4), ('crm', 4), ('payments', 1)], [['address'], ['building']]
    if typ == 'neighbour_same_surname':
        h = a['home']
        while True:
            p = make_person(eth=a['p1']['eth'], last=a['p1']['last'])
            firsts = [a['p1']['first']] + ([a['p2']['first']] if a['p2'] else [])
            if p['first'] not in firsts:
                break
        same_type = chance(0.7) or len(h['street'][2]) == 1
        ty = h['type'] if same_type else pick([x for x in h['street'][2] if x != h['type']])
        home = new_home(h['city'], street=h['street'], near=int(h['num']), typ=ty)
        nt = make_person_customer(pick(['homeowner', 'couple']), city=h['city'], home=home, p1=p)
        return nt, [('canvass', 4), ('crm', 4), ('insurance', 2), ('financing', 1)], \
            [['familyName', 'street'], ['familyName', 'postalCode'], ['familyName', 'city']]
    if typ == 'namesake_other_town':
        p = make_person(gender=a['p1']['gender'], eth=a['p1']['eth'], last=a['p1']['last'])
        p['first'], p['nicks'], p['use_nick'] = a['p1']['first'], list(a['p1']['nicks']), a['p1']['use_nick']
        city = pick_city(exclude=(a['city'],))
        nt = make_person_customer(pick(['homeowner', 'couple', 'homeowner']), city=city, p1=p)
        return nt, [('crm', 4), ('insurance', 2), ('financing', 2), ('payments', 2)], [['name']]
    if typ == 'junior_senior':
        p = cp_person(a['p1'])
        p['suffix'] = 'Jr.' if a['p1']['suffix'] in (None, 'Sr.') else 'Sr.'
        if a['p1']['suffix'] is None and chance(0.3):
            p['suffix'] = 'Sr.'
        if chance(0.5):
            p['middle'] = None
        city = a['city'] if (chance(0.5) and a['city'] in CITY) else pick_city()
        nt = make_person_customer('homeowner', city=city, p1=p)
        return nt, [('financing', 4), ('insurance', 3)], [['name']]
    if typ == 'hoa_vs_management_co':
        city = a['city'] if chance(0.5) else pick_city()
        if k == 'management_co':
            nt = make_hoa(city, a, metro=chance(0.1))
        else:
            nt = make_apartment(city, a)
        return nt, [('crm', 5), ('payments', 3), ('insurance', 2)], [['phone'], ['address'], ['email']]
    if typ == 'hoa_vs_board_member':
        board = {'person': a['p1'], 'email': a['email1'], 'mob': a['mob1']}
        nt = make_hoa(a['home']['city'] if a['home']['city'] in CITY else pick_city(), None, board=board)
        if chance(0.5) and not a['home']['po']:
            nt['office'] = a['home']
        return nt, [('crm', 5), ('payments', 3), ('insurance', 1)], ANY_ID
    if typ == 'estate_vs_deceased':
        nt = make_person_customer('estate', city=a['home']['city'], home=a['home'], p1=cp_person(a['p1']))
        return nt, [('insurance', 4), ('crm', 4)], [['address']]
    if typ == 'estate_vs_executor':
        dec = make_person(last=a['p1']['last'] if chance(0.6) else None)
        nt = make_person_customer('estate', city=pick_city(), p1=dec)
        nt['exec'] = cp_person(a['p1'])
        nt['email1'], nt['mob1'], nt['exec_home'] = a['email1'], a['mob1'], a['home']
        return nt, [('crm', 6), ('insurance', 3)], ANY_ID
    if typ == 'trust_vs_trustee':
        nt = make_person_customer('trust', city=pick_city(), p1=cp_person(a['p1']))
        nt['p2'] = a['p2']
        nt['trust'] = make_trust_name(a['p1'], a['p2'], rental=True)
        nt['email1'], nt['email2'], nt['mob1'], nt['mob2'] = a['email1'], a['email2'], a['mob1'], a['mob2']
        nt['land'] = None
        return nt, [('crm', 6), ('insurance', 3)], ANY_ID
    if typ == 'llc_vs_landlord':
        owner = {'person': a['p1'], 'email': a['email1'], 'mob': a['mob1']}
        nt = make_landlord_llc(pick(a['rentals'])['city'], owner=owner)
        return nt, [('crm', 5), ('payments', 3), ('insurance', 2)], ANY_ID
    if typ == 'sibling_llc':
        w = a['base'].split()

        def sib():
            return pick(['%s II' % a['base'], '%s %s' % (' '.join(w[:-1]) if len(w) > 1 else w[0], pick(['Holdings', 'Ventures', 'Partners', 'Investments'])),
                         '%s North' % a['base'], '%s Phase 2' % a['base']])
        nt = make_landlord_llc(a['city'] if a['city'] in CITY else pick_city(), owner=a['staff'][0], stem_of=sib)
        nt['kind'] = k
        return nt, [('crm', 5), ('payments', 3), ('insurance', 2)], [['companyStem']]
    if typ == 'relative_not_owner':
        par = make_person(gender='F' if chance(0.65) else 'M', last=a['p1']['last'] if chance(0.7) else None)
        nt = make_person_customer('elderly_parent', city=pick_city(), p1=par)
        nt['carer'] = cp_person(a['p1'])
        nt['email1'], nt['mob1'], nt['carer_home'] = a['email1'], a['mob1'], a['home']
        return nt, [('crm', 6), ('insurance', 3)], ANY_ID
    if typ == 'gc_vs_homeowner':
        nt = make_builder(pick_city())
        nt['sites'] = [a['home']]
        return nt, [('crm', 1)], [['address']]
    if typ == 'similar_firm_name':
        kk = 'hoa' if k == 'hoa' else k
        city = a['city'] if chance(0.4) else pick_city()
        nt = make_org_customer(kk if kk != 'hoa' else 'hoa', city)
        stem = sim_stem(a)
        nb = unique_name(lambda: '%s %s' % (stem, pick(SIM_SUFFIX[kk])))
        if 'Metropolitan District' in nb:
            nt['kind'] = 'metro_district'
            nt['legal'] = None
        rebrand(nt, nb)
        return nt, [('crm', 5), ('payments', 2), ('insurance', 2), ('financing', 1)], [['companyStem']]
    if typ == 'other_unit_same_building':
        nt = make_person_customer(pick(['homeowner', 'couple']), city=a['home']['city'], home=unit_variant_addr(a['home']))
        return nt, [('crm', 4), ('insurance', 3), ('canvass', 2)], [['building']]
    raise ValueError(typ)


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------
def pick_source(t, role):
    k = t['kind']
    if t['party'] == 'person':
        if k == 'estate':
            w = [('crm', 40), ('insurance', 35), ('payments', 20), ('canvass', 5)]
        elif k == 'trust':
            w = [('crm', 40), ('insurance', 30), ('payments', 20), ('financing', 10)]
        elif k == 'elderly_parent':
            w = [('crm', 40), ('insurance', 30), ('payments', 20), ('canvass', 10)]
        elif k == 'landlord':
            w = [('crm', 40), ('insurance', 20), ('payments', 25), ('financing', 10), ('canvass', 5)]
        else:
            w = [('crm', 34), ('insurance', 20), ('canvass', 14 if role == 'match' else 26), ('financing', 12), ('payments', 20)]
    elif k in ('hoa', 'metro_district', 'apartment_llc'):
        w = [('crm', 45), ('insurance', 25), ('payments', 25), ('financing', 5)]
    elif k in ('management_co', 'property_mgmt'):
        w = [('crm', 50), ('payments', 40), ('financing', 10)]
    elif k == 'builder':
        w = [('crm', 50), ('payments', 30), ('financing', 20)]
    elif k == 'landlord_llc':
        w = [('crm', 40), ('payments', 30), ('insurance', 20), ('financing', 10)]
    else:
        w = [('crm', 40), ('insurance', 20), ('payments', 20), ('financing', 15), ('canvass', 5)]
    return wpick(w)


EXISTING_KINDS = [('hoa', 85), ('metro_district', 10), ('builder', 60), ('church', 45), ('school', 20),
                  ('business', 110), ('apartment_llc', 35), ('landlord_llc', 20),
                  ('homeowner', 470), ('couple', 350), ('landlord', 90), ('estate', 35), ('trust', 60),
                  ('elderly_parent', 45)]
NEW_KINDS = [('homeowner', 140), ('couple', 110), ('landlord', 20), ('estate', 10), ('trust', 10),
             ('elderly_parent', 10), ('hoa', 20), ('property_mgmt', 10), ('builder', 20), ('church', 12),
             ('school', 6), ('business', 35), ('apartment_llc', 10), ('landlord_llc', 7)]
PERSON_KINDS = ('homeowner', 'couple', 'landlord', 'estate', 'trust', 'elderly_parent', 'tenant')
NC_RATE = 0.21


def nc_target(contact):
    """{'key','str'} of the compared record's town, when a name+city record is possible."""
    a = contact['address']
    if not a or not a['city']:
        return None
    k = city_key(a['city'])
    return {'key': k, 'str': a['city']} if k else None


def make_item(cat, t, c, tags, src, **kw):
    it = {'cat': cat, 't': t, 'c': c, 'tags': tags, 'src': src}
    it.update(kw)
    return it


def person_key(t):
    return (norm_city(t['city']), ' '.join(name_tokens('%s %s' % (known(t['p1']), t['p1']['last']))))


def build():
    # ---- existing customers
    mgmts = [make_mgmt(pick_city(exclude=NORTH + SOUTH) if i < 18 else pick_city()) for i in range(25)]
    extra_mgmts = [make_mgmt(pick_city()) for _ in range(5)]
    pms = [make_pm(pick_city()) for _ in range(40)]
    extra_pms = [make_pm(pick_city()) for _ in range(4)]
    ex = mgmts + pms
    for kind, n in EXISTING_KINDS:
        for _ in range(n):
            if kind in PERSON_KINDS:
                ex.append(make_person_customer(kind))
            else:
                ex.append(make_org_customer(kind, mgmts=mgmts, pms=pms))
    assert len(ex) == 1500, len(ex)
    for t in ex:
        t['ex'] = render_existing(t)
    groups = {}
    for t in ex:
        groups.setdefault(t['ex']['displayName'].casefold(), []).append(t)
    taken = set(groups)
    for key in list(groups):
        g = groups[key]
        for i, t in enumerate(g[1:], 2):
            d = t['ex']['displayName']
            city = t['ex']['address']['city'] if t['ex']['address'] else None
            cand = '%s (%s)' % (d, city) if (city and chance(0.6)) else None
            n = i
            while cand is None or cand.casefold() in taken:
                cand = '%s (%d)' % (d, n)
                n += 1
            taken.add(cand.casefold())
            t['ex']['displayName'] = cand
    ex.sort(key=lambda t: t['ex']['displayName'].casefold())
    for i, t in enumerate(ex):
        t['ex_index'] = i
    ex_names = set(person_key(t) for t in ex if t['party'] == 'person')

    items = []
    # ---- matches: 825 records of 660 existing customers
    pool = list(ex)
    R.shuffle(pool)
    plan = [1] * 530 + [2] * 95 + [3] * 35
    for t, n in zip(pool, plan):
        for _ in range(n):
            src = pick_source(t, 'match')
            profile = wpick(PROFILES)
            tgt = nc_target(t['ex'])
            nc = tgt is not None and chance(NC_RATE)
            if nc and src == 'canvass':
                src = 'crm'
            c, tags = render_incoming(t, src, profile, nc, tgt)
            items.append(make_item('match', t, c, tags, src, profile=profile, nc=nc, cmp=t['ex']))
    # ---- new customers: 420 customers, 525 records
    news = []
    for kind, n in NEW_KINDS:
        for _ in range(n):
            if kind in PERSON_KINDS:
                while True:
                    t = make_person_customer(kind)
                    if person_key(t) not in ex_names:
                        break
            else:
                t = make_org_customer(kind, mgmts=extra_mgmts, pms=extra_pms)
            news.append(t)
    R.shuffle(news)
    occ_plan = [3] * 15 + [2] * 75 + [1] * 330
    for t, n in zip(news, occ_plan):
        src = pick_source(t, 'new')
        c1, tags1 = render_incoming(t, src, 'light' if chance(0.5) else 'none')
        if t['party'] == 'person' and c1['companyName']:
            c1['companyName'] = None       # a first occurrence is its own reference: keep it clean
            tags1.pop('companyName', None)
        if not (norm_email(c1['email']) or norm_phone(c1['phone']) or (c1['address'] and addr_parse(c1['address'])[0])):
            ph = t['mob1'] if t['party'] == 'person' else (t['office_phone'] or t['staff'][0]['mob'])
            c1['phone'] = fmt_phone(ph, wpick(SRC_PHONE[src]))
        first = make_item('new', t, c1, tags1, src, occ=1)
        items.append(first)
        t['occ1'] = first
        for _ in range(n - 1):
            src = pick_source(t, 'new')
            profile = wpick(PROFILES)
            tgt = nc_target(c1)
            nc = tgt is not None and chance(NC_RATE)
            if nc and src == 'canvass':
                src = 'crm'
            c, tags = render_incoming(t, src, profile, nc, tgt)
            items.append(make_item('new', t, c, tags, src, occ=2, profile=profile, nc=nc, cmp=c1, first=first))
    # ---- hard negatives
    used_anchor = set()
    for typ, n, rule in HN_TYPES:
        cands = [t for t in ex if hn_anchor_ok(typ, t)]
        R.shuffle(cands)
        made = 0
        for a in cands:
            if made == n:
                break
            if a['eid'] in used_anchor:
                continue
            nt, srcw, needs = hn_build(typ, a)
            ok = False
            for _ in range(40):
                src = wpick(srcw)
                c, tags = render_incoming(nt, src, 'light' if chance(0.6) else 'medium')
                sh = shared_feats(c, a['ex'])
                if any(all(x in sh for x in alt) for alt in needs) and hn_valid(typ, c, a):
                    ok = True
                    break
            if not ok:
                continue
            used_anchor.add(a['eid'])
            items.append(make_item('hard_negative', nt, c, tags, src, anchor=a, hn_type=typ, rule=rule))
            made += 1
        assert made == n, (typ, made, len(cands))
    assert len(items) == 1500, len(items)
    # ---- order: shuffled, first occurrence of a new customer before its repeats
    R.shuffle(items)
    pos = {}
    for i, it in enumerate(items):
        if it['cat'] == 'new':
            pos.setdefault(it['t']['eid'], []).append(i)
    for eid, ps in pos.items():
        if len(ps) < 2:
            continue
        group = [items[p] for p in ps]
        group.sort(key=lambda it: it['occ'])
        for j, p in enumerate(ps):
            items[p] = group[j]
    seen = {}
    for i, it in enumerate(items):
        it['index'] = i
        if it['cat'] == 'new':
            seen[it['t']['eid']] = seen.get(it['t']['eid'], 0) + 1
            it['occ'] = seen[it['t']['eid']]
    # ---- findability: records without a shared identifier must be the clear best name match in their town
    cands_by_city = {}
    for t in ex:
        a = t['ex']['address']
        if a and norm_city(a['city']):
            cands_by_city.setdefault(norm_city(a['city']), []).append((('e', t['ex_index']), t['ex']))
    for it in items:
        if it['cat'] == 'hard_negative' or (it['cat'] == 'new' and it['occ'] == 1):
            a = it['c']['address']
            if a and norm_city(a['city']):
                cands_by_city.setdefault(norm_city(a['city']), []).append((('i', it['index']), it['c']))
    n_nc = 0
    for it in items:
        if it['cat'] == 'hard_negative' or (it['cat'] == 'new' and it['occ'] == 1):
            continue
        cmp = it['cmp']
        cmp_id = ('e', it['t']['ex_index']) if it['cat'] == 'match' else ('i', it['first']['index'])
        if evidence(it['c'], cmp):
            it['findable'] = 'identifier'
            continue
        if is_findable(it['c'], cmp, cmp_id, cands_by_city):
            it['findable'] = 'name+city'
            n_nc += 1
            continue
        restore_identifier(it)
        assert evidence(it['c'], cmp)
        it['findable'] = 'identifier'
    assert n_nc >= 100, n_nc
    return ex, items


def is_findable(c, cmp, cmp_id, cands_by_city):
    a, b = c['address'], cmp['address']
    if not a or not b:
        return False
    city = norm_city(a['city'])
    if not city or norm_city(b['city']) != city:
        return False
    s = name_score(c, cmp)
    other = 0.0
    for cid, cc in cands_by_city.get(city, []):
        if cid == cmp_id:
            continue
        other = max(other, name_score(c, cc))
    return s >= 0.7 and s - other >= 0.1


def restore_identifier(it):
    c, cmp, tags = it['c'], it['cmp'], it['tags']
    if norm_phone(cmp['phone']) and (not norm_email(cmp['email']) or chance(0.6)):
        c['phone'] = fmt_phone(norm_phone(cmp['phone']), wpick(SRC_PHONE[it['src']]))
        tags.pop('phone', None)
    elif norm_email(cmp['email']):
        c['email'] = norm_email(cmp['email'])
        tags.pop('email', None)
    else:
        c['address'] = dict(cmp['address'])
        for k in list(tags):
            if k.startswith('address'):
                tags.pop(k)
    it['nc'] = False


def write(ex, items, outdir):
    set_lines, meta_lines = [], []
    for t in ex:
        set_lines.append({'set': 'existing', 'entity': t['eid'], 'contact': t['ex']})
        meta_lines.append({'set': 'existing', 'index': t['ex_index'], 'entity': t['eid'], 'category': 'existing',
                           'kind': t['kind'], 'party': t['party'], 'changes': []})
    for it in items:
        t, c = it['t'], it['c']
        set_lines.append({'set': 'incoming', 'entity': t['eid'], 'contact': c})
        m = {'set': 'incoming', 'index': it['index'], 'entity': t['eid'], 'category': it['cat'], 'kind': t['kind'],
             'party': t['party']}
        if it['cat'] == 'match':
            m['changes'] = changes_list(c, it['cmp'], it['tags'], t['ex_tags'], 'rewritten', truth_info(t))
            m['source'] = it['src']
            m['profile'] = it['profile']
            m['evidence'] = evidence(c, it['cmp'])
            m['findable'] = it['findable']
            m['compare_set'] = 'existing'
            m['compare_index'] = t['ex_index']
        elif it['cat'] == 'new':
            if it['occ'] == 1:
                m['changes'] = []
                m['source'] = it['src']
                m['occurrence'] = 1
            else:
                m['changes'] = changes_list(c, it['cmp'], it['tags'], {}, 'rewritten', truth_info(t))
                m['source'] = it['src']
                m['occurrence'] = it['occ']
                m['profile'] = it['profile']
                m['evidence'] = evidence(c, it['cmp'])
                m['findable'] = it['findable']
                m['compare_set'] = 'incoming'
                m['compare_index'] = it['first']['index']
        else:
            a = it['anchor']
            m['changes'] = changes_list(c, a['ex'], it['tags'], {}, 'different')
            m['source'] = it['src']
            m['anchor'] = a['eid']
            m['anchor_index'] = a['ex_index']
            m['hn_type'] = it['hn_type']
            m['rule'] = it['rule']
            m['shared'] = shared_feats(c, a['ex'])
        meta_lines.append(m)
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, 'set.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for o in set_lines:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    with open(os.path.join(outdir, 'meta.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for o in meta_lines:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    ex, items = build()
    write(ex, items, args.out)


if __name__ == '__main__':
    main()
