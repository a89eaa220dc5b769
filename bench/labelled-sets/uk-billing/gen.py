#!/usr/bin/env python3
"""
Independent, labelled record-linkage test set: customer list of a UK company.

Writes (next to this file):
  set.jsonl   - one record per line: {"set","entity","contact"} (existing first, then incoming in arrival order)
  meta.jsonl  - same line order, ground-truth notes (category, subtype, related entity, noise ops) - NOT part of the set
  README.txt  - description of the mix and counts

Deterministic: fixed seed; only dependency is `faker` (used for the Anglo name pools only).
"""
import collections
import copy
import json
import os
import random
import re
import sys
import unicodedata

from faker import Faker

SEED = 730411
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(SEED)
fk = Faker('en_GB')
fk.seed_instance(SEED)

N_EXISTING_BASE = 1430
EXISTING_REL = collections.OrderedDict([            # existing customers that are relatives/look-alikes of other existing ones
    ('household', 30), ('namesake', 14), ('parent_child', 6), ('neighbour', 10),
    ('branch', 5), ('spouse_business', 5)])
N_DUP_EVENTS = 540        # incoming: another record of an existing customer
N_DUP_DISTINCT = 430
N_DUP_TRIPLE = 15
N_NEW = 300               # incoming: brand new customers
HN_PLAN = collections.OrderedDict([                # incoming: hard negatives (different entity, looks like an earlier one)
    ('household', 50), ('namesake', 32), ('neighbour', 25), ('parent_child', 20),
    ('branch', 20), ('spouse_business', 15), ('business_namesake', 18)])
HN_FROM_INCOMING = 0.15   # share of hard negatives whose look-alike is an earlier *incoming* new customer
N_REPEAT_EVENTS = 180     # incoming: later records of entities first created by an incoming record
N_REPEAT_DOUBLE = 30
P_BUSINESS = 0.25


def wchoice(pairs):
    items = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return rng.choices(items, weights)[0]


def chance(p):
    return rng.random() < p


# --------------------------------------------------------------------------------------------
# Geography
# --------------------------------------------------------------------------------------------
COUNTY_ALTS = {
    'West Yorkshire': ['W Yorks', 'W. Yorkshire', 'West Yorks'],
    'South Yorkshire': ['S Yorks', 'S. Yorkshire', 'South Yorks'],
    'North Yorkshire': ['N Yorks', 'N. Yorkshire', 'North Yorks'],
    'East Riding of Yorkshire': ['East Yorkshire', 'E Yorks', 'E. Yorkshire'],
    'Greater Manchester': ['Gtr Manchester', 'Gt Manchester', 'Manchester', 'Lancashire'],
    'West Midlands': ['W Midlands', 'W. Midlands', 'West Mids'],
    'Merseyside': ['Merseyside'],
    'Greater London': ['London', 'Gtr London', 'Gt London'],
    'Leicestershire': ['Leics', 'Leics.'],
    'Nottinghamshire': ['Notts', 'Notts.'],
    'Tyne and Wear': ['Tyne & Wear', 'Tyne and wear', 'Northumberland'],
    'Staffordshire': ['Staffs', 'Staffs.'],
    'Derbyshire': ['Derbys', 'Derbys.'],
    'Hampshire': ['Hants', 'Hants.'],
    'Devon': ['Devonshire'],
    'Berkshire': ['Berks', 'Berks.'],
    'Oxfordshire': ['Oxon', 'Oxon.'],
    'Cambridgeshire': ['Cambs', 'Cambs.'],
    'Norfolk': ['Norfolk'],
    'Suffolk': ['Suffolk'],
    'Buckinghamshire': ['Bucks', 'Bucks.'],
    'Bedfordshire': ['Beds', 'Beds.'],
    'Northamptonshire': ['Northants', 'Northants.'],
    'East Sussex': ['E Sussex', 'E. Sussex', 'Sussex'],
    'Hertfordshire': ['Herts', 'Herts.'],
    'Surrey': ['Surrey'],
    'Kent': ['Kent'],
    'Essex': ['Essex'],
    'Wiltshire': ['Wilts', 'Wilts.'],
    'Gloucestershire': ['Glos', 'Glos.', 'Gloucs'],
    'Somerset': ['Bath and North East Somerset', 'B&NES', 'Avon'],
    'Dorset': ['Dorset'],
    'Lancashire': ['Lancs', 'Lancs.'],
    'Cheshire': ['Ches', 'Ches.'],
    'Lincolnshire': ['Lincs', 'Lincs.'],
    'County Durham': ['Co. Durham', 'Co Durham', 'Durham'],
    'Cumbria': ['Cumberland'],
    'Worcestershire': ['Worcs', 'Worcs.'],
    'Shropshire': ['Salop', 'Shrops'],
    'Bristol': ['City of Bristol', 'Avon'],
    'South Glamorgan': ['S Glamorgan', 'Cardiff', 'S. Glam'],
    'West Glamorgan': ['W Glamorgan', 'Swansea', 'W. Glam'],
    'Gwent': ['Newport', 'Monmouthshire'],
    'Clwyd': ['Wrexham', 'Wrexham County Borough'],
    'Midlothian': ['City of Edinburgh', 'Edinburgh', 'Lothian'],
    'Lanarkshire': ['Glasgow', 'Glasgow City', 'Strathclyde'],
    'Aberdeenshire': ['Aberdeen City', 'Aberdeen'],
    'Angus': ['Dundee', 'Dundee City'],
    'Inverness-shire': ['Highland', 'Highlands'],
    'County Antrim': ['Co. Antrim', 'Co Antrim', 'Antrim'],
    'County Londonderry': ['Co. Londonderry', 'Co Derry', 'Londonderry'],
    'Cleveland': ['North Yorkshire', 'Teesside'],
}


def rng_d(area, lo, hi, extra=()):
    return ['%s%d' % (area, i) for i in range(lo, hi + 1)] + list(extra)


LONDON_OUT = (rng_d('E', 1, 17) + rng_d('N', 1, 22) + rng_d('NW', 1, 11) + rng_d('SE', 1, 28) +
              rng_d('SW', 2, 20) + rng_d('W', 2, 14) + ['EC1V', 'EC2A', 'WC1N', 'WC2H', 'SW1V', 'SW1P', 'W1T', 'W1F', 'E1W'])

# (post town, county, outward codes, landline area (code, first-digit choices, local digits), nation, weight, {locality: outward})
TOWNS = [
    ('London', 'Greater London', LONDON_OUT, ('020', ['7', '8', '3'], 8), 'England', 15,
     {'Hackney': 'E8', 'Islington': 'N1', 'Brixton': 'SW2', 'Ealing': 'W5', 'Walthamstow': 'E17', 'Stratford': 'E15',
      'Tooting': 'SW17', 'Lewisham': 'SE13', 'Camden': 'NW1', 'Clapham': 'SW4', 'Peckham': 'SE15', 'Hammersmith': 'W6',
      'Stoke Newington': 'N16', 'Forest Gate': 'E7', 'Tottenham': 'N17', 'Streatham': 'SW16', 'Balham': 'SW12'}),
    ('Birmingham', 'West Midlands', rng_d('B', 1, 45), ('0121', ['2', '3', '4', '5', '7'], 7), 'England', 5,
     {'Edgbaston': 'B15', 'Moseley': 'B13', 'Handsworth': 'B21', 'Sparkhill': 'B11', 'Erdington': 'B23', 'Harborne': 'B17', 'Small Heath': 'B10'}),
    ('Manchester', 'Greater Manchester', rng_d('M', 1, 46), ('0161', ['2', '4', '6', '7', '8', '9'], 7), 'England', 5,
     {'Didsbury': 'M20', 'Chorlton': 'M21', 'Levenshulme': 'M19', 'Rusholme': 'M14', 'Fallowfield': 'M14', 'Withington': 'M20'}),
    ('Leeds', 'West Yorkshire', rng_d('LS', 1, 29), ('0113', ['2', '3', '4'], 7), 'England', 4,
     {'Headingley': 'LS6', 'Horsforth': 'LS18', 'Chapel Allerton': 'LS7', 'Roundhay': 'LS8', 'Armley': 'LS12', 'Pudsey': 'LS28'}),
    ('Sheffield', 'South Yorkshire', rng_d('S', 1, 36), ('0114', ['2'], 7), 'England', 3,
     {'Crookes': 'S10', 'Hillsborough': 'S6', 'Ecclesall': 'S11'}),
    ('Bradford', 'West Yorkshire', rng_d('BD', 1, 24), ('01274', ['2', '3', '4', '5', '6', '7'], 6), 'England', 2, {}),
    ('Liverpool', 'Merseyside', rng_d('L', 1, 40), ('0151', ['2', '3', '4', '7'], 7), 'England', 3,
     {'Wavertree': 'L15', 'Allerton': 'L18', 'Anfield': 'L4', 'Toxteth': 'L8'}),
    ('Bristol', 'Bristol', rng_d('BS', 1, 16), ('0117', ['9', '3', '4'], 7), 'England', 3,
     {'Clifton': 'BS8', 'Bedminster': 'BS3', 'Easton': 'BS5', 'Redland': 'BS6', 'Bishopston': 'BS7'}),
    ('Leicester', 'Leicestershire', rng_d('LE', 1, 5), ('0116', ['2'], 7), 'England', 2,
     {'Belgrave': 'LE4', 'Evington': 'LE5', 'Oadby': 'LE2'}),
    ('Nottingham', 'Nottinghamshire', rng_d('NG', 1, 17), ('0115', ['9'], 7), 'England', 2,
     {'Beeston': 'NG9', 'West Bridgford': 'NG2', 'Arnold': 'NG5'}),
    ('Coventry', 'West Midlands', rng_d('CV', 1, 6), ('024', ['76'], 8), 'England', 2, {}),
    ('Newcastle upon Tyne', 'Tyne and Wear', rng_d('NE', 1, 15), ('0191', ['2', '4'], 7), 'England', 2,
     {'Jesmond': 'NE2', 'Heaton': 'NE6', 'Gosforth': 'NE3'}),
    ('Sunderland', 'Tyne and Wear', rng_d('SR', 1, 6), ('0191', ['5'], 7), 'England', 1, {}),
    ('Hull', 'East Riding of Yorkshire', rng_d('HU', 1, 10), ('01482', ['2', '3', '4', '5', '6', '8'], 6), 'England', 1, {}),
    ('Stoke-on-Trent', 'Staffordshire', rng_d('ST', 1, 6), ('01782', ['2', '3', '4', '5', '6', '7'], 6), 'England', 1, {}),
    ('Wolverhampton', 'West Midlands', rng_d('WV', 1, 14), ('01902', ['2', '3', '4', '5', '6', '7'], 6), 'England', 1, {}),
    ('Derby', 'Derbyshire', rng_d('DE', 1, 24), ('01332', ['2', '3', '5', '6', '7'], 6), 'England', 1, {}),
    ('Southampton', 'Hampshire', rng_d('SO', 14, 19), ('023', ['80'], 8), 'England', 2, {}),
    ('Portsmouth', 'Hampshire', rng_d('PO', 1, 6), ('023', ['92'], 8), 'England', 1, {}),
    ('Plymouth', 'Devon', rng_d('PL', 1, 9), ('01752', ['2', '3', '4', '5', '6', '7'], 6), 'England', 1, {}),
    ('Exeter', 'Devon', rng_d('EX', 1, 4), ('01392', ['2', '4', '6'], 6), 'England', 1, {}),
    ('Reading', 'Berkshire', rng_d('RG', 1, 6), ('0118', ['9', '3'], 7), 'England', 1, {}),
    ('Oxford', 'Oxfordshire', rng_d('OX', 1, 4), ('01865', ['2', '3', '4', '5', '7'], 6), 'England', 1, {}),
    ('Cambridge', 'Cambridgeshire', rng_d('CB', 1, 5), ('01223', ['2', '3', '4', '5', '8'], 6), 'England', 1, {}),
    ('Norwich', 'Norfolk', rng_d('NR', 1, 7), ('01603', ['4', '5', '6', '7'], 6), 'England', 1, {}),
    ('Ipswich', 'Suffolk', rng_d('IP', 1, 4), ('01473', ['2', '5', '7'], 6), 'England', 1, {}),
    ('Milton Keynes', 'Buckinghamshire', rng_d('MK', 1, 15), ('01908', ['2', '3', '5', '6'], 6), 'England', 1, {}),
    ('Luton', 'Bedfordshire', rng_d('LU', 1, 4), ('01582', ['3', '4', '5', '7'], 6), 'England', 1, {}),
    ('Northampton', 'Northamptonshire', rng_d('NN', 1, 5), ('01604', ['2', '3', '4', '5', '6', '7'], 6), 'England', 1, {}),
    ('Peterborough', 'Cambridgeshire', rng_d('PE', 1, 7), ('01733', ['2', '3', '5'], 6), 'England', 1, {}),
    ('Brighton', 'East Sussex', rng_d('BN', 1, 2), ('01273', ['2', '3', '4', '5', '6', '7'], 6), 'England', 1, {'Hove': 'BN3'}),
    ('Croydon', 'Surrey', ['CR0'], ('020', ['8'], 8), 'England', 1, {}),
    ('Watford', 'Hertfordshire', rng_d('WD', 17, 25), ('01923', ['2', '4', '8'], 6), 'England', 1, {}),
    ('St Albans', 'Hertfordshire', rng_d('AL', 1, 4), ('01727', ['8', '5'], 6), 'England', 1, {}),
    ('Slough', 'Berkshire', rng_d('SL', 1, 3), ('01753', ['5', '6', '8'], 6), 'England', 1, {}),
    ('Guildford', 'Surrey', rng_d('GU', 1, 4), ('01483', ['2', '3', '4', '5'], 6), 'England', 1, {}),
    ('Maidstone', 'Kent', rng_d('ME', 14, 17), ('01622', ['6', '7'], 6), 'England', 1, {}),
    ('Canterbury', 'Kent', rng_d('CT', 1, 4), ('01227', ['4', '7'], 6), 'England', 1, {}),
    ('Chelmsford', 'Essex', rng_d('CM', 1, 3), ('01245', ['2', '3', '4', '6'], 6), 'England', 1, {}),
    ('Colchester', 'Essex', rng_d('CO', 1, 4), ('01206', ['5', '7', '8'], 6), 'England', 1, {}),
    ('Southend-on-Sea', 'Essex', rng_d('SS', 0, 3), ('01702', ['3', '4', '6'], 6), 'England', 1, {}),
    ('Swindon', 'Wiltshire', rng_d('SN', 1, 5), ('01793', ['4', '5', '6', '7', '8'], 6), 'England', 1, {}),
    ('Gloucester', 'Gloucestershire', rng_d('GL', 1, 4), ('01452', ['3', '4', '5', '7'], 6), 'England', 1, {}),
    ('Cheltenham', 'Gloucestershire', rng_d('GL', 50, 53), ('01242', ['2', '5', '6'], 6), 'England', 1, {}),
    ('Bath', 'Somerset', rng_d('BA', 1, 2), ('01225', ['3', '4', '8'], 6), 'England', 1, {}),
    ('Bournemouth', 'Dorset', rng_d('BH', 1, 11), ('01202', ['2', '3', '4', '5', '7'], 6), 'England', 1, {}),
    ('York', 'North Yorkshire', ['YO1', 'YO10', 'YO23', 'YO24', 'YO26', 'YO30', 'YO31', 'YO32'], ('01904', ['4', '6', '7'], 6), 'England', 1, {}),
    ('Harrogate', 'North Yorkshire', rng_d('HG', 1, 3), ('01423', ['5', '8'], 6), 'England', 1, {}),
    ('Preston', 'Lancashire', rng_d('PR', 1, 5), ('01772', ['2', '5', '7', '8'], 6), 'England', 1, {}),
    ('Blackpool', 'Lancashire', rng_d('FY', 1, 4), ('01253', ['2', '3', '4', '6', '7'], 6), 'England', 1, {}),
    ('Bolton', 'Greater Manchester', rng_d('BL', 1, 7), ('01204', ['3', '5', '6', '8'], 6), 'England', 1, {}),
    ('Stockport', 'Cheshire', rng_d('SK', 1, 8), ('0161', ['4'], 7), 'England', 1, {}),
    ('Chester', 'Cheshire', rng_d('CH', 1, 4), ('01244', ['3', '5', '6'], 6), 'England', 1, {}),
    ('Warrington', 'Cheshire', rng_d('WA', 1, 5), ('01925', ['2', '4', '6', '8'], 6), 'England', 1, {}),
    ('Lincoln', 'Lincolnshire', rng_d('LN', 1, 6), ('01522', ['5', '6', '8'], 6), 'England', 1, {}),
    ('Durham', 'County Durham', rng_d('DH', 1, 7), ('0191', ['3'], 7), 'England', 1, {}),
    ('Middlesbrough', 'Cleveland', rng_d('TS', 1, 8), ('01642', ['2', '3', '4', '8'], 6), 'England', 1, {}),
    ('Carlisle', 'Cumbria', rng_d('CA', 1, 3), ('01228', ['5'], 6), 'England', 1, {}),
    ('Worcester', 'Worcestershire', rng_d('WR', 1, 5), ('01905', ['2', '3', '4', '6', '7'], 6), 'England', 1, {}),
    ('Shrewsbury', 'Shropshire', rng_d('SY', 1, 3), ('01743', ['2', '3', '4'], 6), 'England', 1, {}),
    ('Cardiff', 'South Glamorgan', ['CF3', 'CF5', 'CF10', 'CF11', 'CF14', 'CF23', 'CF24'], ('029', ['20'], 8), 'Wales', 2,
     {'Roath': 'CF24', 'Canton': 'CF5', 'Cathays': 'CF24', 'Llandaff': 'CF5'}),
    ('Swansea', 'West Glamorgan', rng_d('SA', 1, 7), ('01792', ['2', '4', '5', '6', '7'], 6), 'Wales', 1, {}),
    ('Newport', 'Gwent', rng_d('NP', 10, 20), ('01633', ['2', '4', '8'], 6), 'Wales', 1, {}),
    ('Wrexham', 'Clwyd', rng_d('LL', 11, 14), ('01978', ['2', '3', '7', '8'], 6), 'Wales', 1, {}),
    ('Edinburgh', 'Midlothian', rng_d('EH', 1, 17), ('0131', ['2', '3', '4', '5', '6'], 7), 'Scotland', 2,
     {'Leith': 'EH6', 'Morningside': 'EH10', 'Portobello': 'EH15', 'Stockbridge': 'EH3'}),
    ('Glasgow', 'Lanarkshire', rng_d('G', 1, 53), ('0141', ['3', '4', '5', '6', '9'], 7), 'Scotland', 3,
     {'Partick': 'G11', 'Shawlands': 'G41', 'Govanhill': 'G42', 'Dennistoun': 'G31'}),
    ('Aberdeen', 'Aberdeenshire', rng_d('AB', 10, 25), ('01224', ['2', '3', '5', '6', '8'], 6), 'Scotland', 1, {}),
    ('Dundee', 'Angus', rng_d('DD', 1, 5), ('01382', ['2', '4', '5', '6', '8'], 6), 'Scotland', 1, {}),
    ('Inverness', 'Inverness-shire', rng_d('IV', 1, 3), ('01463', ['2', '7'], 6), 'Scotland', 1, {}),
    ('Belfast', 'County Antrim', rng_d('BT', 1, 17), ('028', ['90'], 8), 'Northern Ireland', 2,
     {'Ormeau': 'BT7', 'Malone': 'BT9', 'Andersonstown': 'BT11'}),
    ('Londonderry', 'County Londonderry', ['BT47', 'BT48'], ('028', ['71'], 8), 'Northern Ireland', 1, {}),
]
TOWN_BY_NAME = {t[0]: t for t in TOWNS}

STREET_BASES = (
    "High|Station|Church|Park|Victoria|Mill|School|Queens|Kings|Manor|North|Green|London|Albert|York|Springfield|"
    "Highfield|Windsor|Grange|Chapel|Alexandra|Main|Richmond|Stanley|Oak|Ash|Beech|Elm|Willow|Cedar|Birch|Hawthorn|"
    "Rowan|Holly|Chestnut|Sycamore|Meadow|Orchard|Brook|Riverside|Hill|Hillside|Valley|Woodland|Forest|Heath|Moor|Farm|"
    "Bridge|Castle|Abbey|Priory|Vicarage|Rectory|Market|West|East|South|St John's|St Mary's|St Andrew's|St Peter's|"
    "Clarence|Cromwell|Nelson|Wellington|Gladstone|Marlborough|Devonshire|Cavendish|Salisbury|Shakespeare|Milton|"
    "Tennyson|Byron|Darwin|Newton|Balmoral|Sandringham|Coronation|Jubilee|Trinity|Belmont|Fairfield|Ashfield|Mayfield|"
    "Westfield|Lyndhurst|Hollybush|Lime Tree|Primrose|Bluebell|Foxglove|Heather|Lavender|Laburnum|Poplar|Larch|Hazel|"
    "Kingfisher|Wren|Robin|Swallow|Heron|Cherry Tree|Gordon|Stafford|Warwick|Lancaster|Oxford|Cambridge|Bath|Spencer|"
    "Howard|Percy|Russell|Grosvenor|Belgrave|Portland|Montague|Ladysmith|Mount Pleasant|Prospect|Regent|Waterloo|"
    "Canal|Wharf|Dale|Moorland|Redhill|Broadfield|Ferndale|Glebe|Sunnyside|Alma|Hamilton|Beaumont|Kensington|Hanover"
).split('|')
STREET_SUFFIX = [('Road', 30), ('Street', 18), ('Lane', 10), ('Avenue', 8), ('Close', 7), ('Drive', 6), ('Way', 4),
                 ('Crescent', 3), ('Gardens', 3), ('Grove', 3), ('Terrace', 3), ('Place', 2), ('Walk', 1), ('Rise', 1),
                 ('View', 1), ('Mews', 1), ('Square', 1)]
STREET_ABBR = {'Road': ['Rd', 'Rd.'], 'Street': ['St', 'St.'], 'Avenue': ['Ave', 'Av', 'Ave.'], 'Lane': ['Ln', 'La'],
               'Close': ['Cl', 'Cl.'], 'Drive': ['Dr', 'Drv'], 'Crescent': ['Cres', 'Cresc'], 'Gardens': ['Gdns', 'Gdns.'],
               'Grove': ['Gr', 'Gro'], 'Terrace': ['Terr', 'Ter'], 'Place': ['Pl'], 'Square': ['Sq'], 'Walk': ['Wlk']}
BUILDING_NAMES = ("Alder|Hazel|Beech|Cedar|Kingsley|Windsor|Albion|Victoria|Jubilee|Wellington|Marlborough|Regent|Clarence|"
                  "Carlton|Hanover|Cavendish|Riverside|Quayside|Canal|Wharf|Old Brewery|Tannery|Foundry|Printworks|Lumiere|"
                  "Hartley|Ashcroft|Kestrel|Falcon|Osprey|Sovereign|Chandlers|Mariners|Granary|Waterside|Millennium|"
                  "Parkside|Stirling|Balmoral|Darwin|Brunel|Telford").split('|')
BUILDING_TYPES = [('Court', 35), ('House', 25), ('Lodge', 8), ('Mansions', 5), ('Point', 6), ('Heights', 6),
                  ('Apartments', 8), ('Place', 4), ('Tower', 3)]
HOUSE_NAMES = ("Rose Cottage|Ivy Cottage|The Old Rectory|The Old School House|Orchard House|The Willows|Hillside|"
               "Meadow View|Oak Lodge|The Coach House|Holly Cottage|Brook House|The Barn|Field View|Woodlands|The Laurels|"
               "Fairview|Glenview|Thistle Cottage|The Old Forge|Mill House|Stable Cottage|Little Orchard|Highfield House|"
               "Sunnyside|Greystones|Bryn Awel|Ty Gwyn|Corner Cottage|The Old Post Office").split('|')
ESTATE_X = ("Riverside|Parkway|Lakeside|Northgate|Meadowbank|Westside|Eastgate|Canalside|Millbrook|Station|Airport|Brunel|"
            "Stephenson|Telford|Cobalt|Pioneer|Kingsway|Orbital|Crown|Phoenix|Gateway|Centurion|Enterprise|Sterling|"
            "Waterfront|Broadmead|Ashton|Beacon").split('|')
ESTATE_T = [('Business Park', 35), ('Industrial Estate', 35), ('Trading Estate', 15), ('Enterprise Centre', 8), ('Business Centre', 7)]
ESTATE_ABBR = {'Business Park': ['Bus. Park', 'Bus Pk', 'BP'], 'Industrial Estate': ['Ind Est', 'Ind. Est.', 'Industrial Est'],
               'Trading Estate': ['Trad Est', 'Trading Est'], 'Enterprise Centre': ['Ent. Centre', 'Enterprise Ctr'],
               'Business Centre': ['Bus. Centre', 'Business Ctr']}
OFFICE_NAMES = ("Albion|Carlton|Regent|Phoenix|Minerva|Sovereign|Century|Pearl|Lombard|Exchange|Temple|Mercury|Atlas|"
                "Clarendon|Cathedral|Bridgewater|Charter|Baltic|Hanover|Imperial").split('|')
PC_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ'


def new_street():
    base = rng.choice(STREET_BASES)
    if base in ('Broadway', 'Kingsway'):
        return base
    suf = wchoice(STREET_SUFFIX)
    if chance(0.04):
        base = rng.choice(['Upper', 'Lower', 'Old', 'New', 'Little']) + ' ' + base
    return '%s %s' % (base, suf)


def pick_town(exclude=None):
    while True:
        t = wchoice([(t, t[5]) for t in TOWNS])
        if t[0] != exclude:
            return t


def new_postcode(outward):
    return '%s %d%s%s' % (outward, rng.randint(0, 9), rng.choice(PC_LETTERS), rng.choice(PC_LETTERS))


def base_addr(town):
    t = TOWN_BY_NAME[town] if isinstance(town, str) else town
    loc = None
    outward = rng.choice(t[2])
    if t[6] and chance(0.35):
        loc = rng.choice(list(t[6].keys()))
        outward = t[6][loc]
    return {'flat': None, 'flat_word': 'Flat', 'building': None, 'number': None, 'house_name': None,
            'street': new_street(), 'locality': loc, 'town': t[0], 'county': t[1], 'postcode': new_postcode(outward),
            'nation': t[4], 'unit': None, 'estate': None, 'suite': None, 'floor': None, 'office': None}


def house_number():
    n = str(int(rng.paretovariate(1.1) * 3) if chance(0.85) else rng.randint(1, 250))
    if n == '0':
        n = '1'
    if chance(0.04):
        n += rng.choice('ABC')
    return n


def new_home_address(town=None, kind=None):
    t = TOWN_BY_NAME[town] if town else pick_town()
    a = base_addr(t)
    kind = kind or wchoice([('house', 62), ('flat_conv', 12), ('flat_block', 18), ('named', 8)])
    if kind == 'house':
        a['number'] = house_number()
    elif kind == 'flat_conv':
        a['number'] = str(rng.randint(1, 180))
        a['flat'] = rng.choice(['A', 'B', 'C']) if chance(0.2) else str(rng.randint(1, 8))
    elif kind == 'flat_block':
        a['building'] = '%s %s' % (rng.choice(BUILDING_NAMES), wchoice(BUILDING_TYPES))
        a['flat'] = str(rng.randint(1, 96))
        a['number'] = str(rng.randint(1, 120)) if chance(0.45) else None
        a['flat_word'] = 'Apartment' if chance(0.2) else 'Flat'
    else:
        a['house_name'] = rng.choice(HOUSE_NAMES)
        a['number'] = house_number() if chance(0.3) else None
    return a


def new_business_address(town=None, kind=None):
    t = TOWN_BY_NAME[town] if town else pick_town()
    a = base_addr(t)
    kind = kind or wchoice([('unit', 35), ('office', 22), ('shop', 30), ('home', 13)])
    if kind == 'unit':
        a['unit'] = str(rng.randint(1, 40)) + (rng.choice('ABCD') if chance(0.1) else '')
        a['estate'] = '%s %s' % (rng.choice(ESTATE_X), wchoice(ESTATE_T))
        a['locality'] = None
    elif kind == 'office':
        a['office'] = '%s House' % rng.choice(OFFICE_NAMES)
        a['number'] = str(rng.randint(1, 150))
        if chance(0.5):
            a['suite'] = str(rng.randint(1, 30))
        elif chance(0.6):
            a['floor'] = rng.choice(['1st', '2nd', '3rd', '4th', 'Ground'])
        a['street'] = rng.choice(['King Street', 'Queen Street', 'Market Street', 'Church Street', 'Bridge Street',
                                  'Victoria Street', 'Castle Street', 'Park Row', 'Princess Street', 'George Street',
                                  'Corporation Street', 'Duke Street', 'Albion Street', 'Mosley Street', 'New Street'])
    elif kind == 'shop':
        a['number'] = str(rng.randint(1, 240))
        if chance(0.5):
            a['street'] = rng.choice(['High Street', 'Station Road', 'Market Place', 'London Road', 'Church Street',
                                      'The Parade', 'Broadway', 'Market Street', 'Main Street', 'Bridge Street'])
    else:
        return new_home_address(t[0])
    return a


# --------------------------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------------------------
USED_PHONES = set()


def new_landline(town):
    code, leads, n = TOWN_BY_NAME[town][3]
    while True:
        lead = rng.choice(leads)
        d = code + lead + ''.join(rng.choice('0123456789') for _ in range(n - len(lead)))
        if d not in USED_PHONES:
            USED_PHONES.add(d)
            return d


def new_mobile():
    while True:
        d = '07' + wchoice([('7', 35), ('8', 20), ('9', 20), ('5', 10), ('4', 10), ('3', 5)]) + \
            ''.join(rng.choice('0123456789') for _ in range(8))
        if d not in USED_PHONES:
            USED_PHONES.add(d)
            return d


FOUR_DIGIT_AREAS = ('0113', '0114', '0115', '0116', '0117', '0118', '0121', '0131', '0141', '0151', '0161', '0191')


def phone_parts(d):
    if d.startswith('07'):
        return [d[:5], d[5:]]
    if d.startswith('02'):
        return [d[:3], d[3:7], d[7:]]
    if d[:4] in FOUR_DIGIT_AREAS:
        return [d[:4], d[4:7], d[7:]]
    return [d[:5], d[5:]]


def fmt_phone(d, existing):
    p = phone_parts(d)
    if existing:
        style = wchoice([('spaced', 55), ('compact', 18), ('intl', 9), ('paren', 8), ('e164', 7), ('intl0', 3)])
    else:
        style = wchoice([('e164', 26), ('spaced', 30), ('compact', 16), ('intl', 10), ('paren', 5), ('intl0', 4),
                         ('dash', 3), ('0044', 2), ('m333', 4)])
    if style == 'paren' and d.startswith('07'):
        style = 'spaced'
    if style == 'm333':
        style = 'spaced'
        if d.startswith('07'):
            p = [d[:5], d[5:8], d[8:]]
    intl = [p[0][1:]] + p[1:]
    return {'spaced': ' '.join(p), 'compact': d, 'intl': '+44 ' + ' '.join(intl), 'paren': '(%s) %s' % (p[0], ' '.join(p[1:])),
            'e164': '+44' + d[1:], 'intl0': '+44 (0)' + ' '.join(intl), 'dash': '-'.join(p),
            '0044': '0044 ' + ' '.join(intl)}[style]


def phone_typo(d):
    d = list(d)
    k = rng.choice(['sub', 'swap', 'del'])
    i = rng.randint(3, len(d) - 2)
    if k == 'sub':
        d[i] = rng.choice([c for c in '0123456789' if c != d[i]])
    elif k == 'swap' and d[i] != d[i + 1]:
        d[i], d[i + 1] = d[i + 1], d[i]
    else:
        del d[i]
    return ''.join(d)


def phone_digits(s):
    """normalise a phone string to national digits (used only for anchor bookkeeping)"""
    if not s:
        return None
    s = s.replace('(0)', '')
    d = re.sub(r'\D', '', s)
    if d.startswith('0044'):
        d = '0' + d[4:]
    elif d.startswith('44'):
        d = '0' + d[2:]
    return d


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------
def L(s):
    return [x.strip() for x in s.split(',') if x.strip()]


CULTURES = {
    # culture: (weight, male given, female given, family (m), family (f) or None, middle prob)
    'anglo': 60, 'celtic': 7, 'hindu': 4, 'sikh': 3, 'muslim_sa': 6, 'polish': 3.5, 'romanian': 1.2, 'lithuanian': 0.6,
    'chinese': 3, 'vietnamese': 1.5, 'nigerian': 2.5, 'ghanaian': 1, 'somali_arab': 2, 'turk_greek': 1.8, 'southern_eu': 1.8,
}
GIVEN = {
    'celtic': (L("Seán,Sean,Ciarán,Niall,Declan,Eoin,Pádraig,Callum,Euan,Hamish,Rhys,Dafydd,Gareth,Owain,Cormac,Fergus,Rory,Lachlan,Iwan,Gethin"),
               L("Siobhán,Niamh,Aoife,Róisín,Sinéad,Caitlin,Mhairi,Eilidh,Kirsty,Siân,Cerys,Rhiannon,Bethan,Orla,Ciara,Fiona,Catriona,Isla,Ffion,Nia")),
    'hindu': (L("Raj,Rajesh,Sanjay,Amit,Vijay,Anil,Sunil,Dinesh,Nitin,Pradeep,Rahul,Arjun,Vikram,Deepak,Hitesh,Jayesh,Manoj,Ashok,Nilesh,Ravi,Suresh,Kishan,Bharat,Mahesh"),
              L("Priya,Anita,Sunita,Meera,Pooja,Neha,Kavita,Nisha,Asha,Deepa,Hema,Jyoti,Rekha,Sonal,Shreya,Anjali,Bhavna,Smita,Rupa,Priyanka,Nirmala,Hansa,Daksha,Usha")),
    'sikh': (L("Gurpreet,Harjit,Jaswinder,Manjit,Sukhdev,Baljit,Amrik,Kulwant,Parminder,Harvinder,Rajinder,Balvinder,Sandeep,Jagdeep,Gurdeep,Harpal,Tejinder,Ranjit"),
             L("Harpreet,Manpreet,Simran,Jaspreet,Navdeep,Kiranjit,Rupinder,Amandeep,Gurpreet,Parminder,Balbir,Jasbir,Sukhjinder,Harjinder,Rajwinder,Kuldip")),
    'muslim_sa': (L("Mohammed,Muhammad,Ahmed,Imran,Asif,Tariq,Zahid,Shahid,Faisal,Usman,Bilal,Hamza,Adnan,Kamran,Nadeem,Rizwan,Abdul,Sajid,Amir,Yasir,Rashid,Jamal,Shafiq,Abdul Karim,Arif,Naveed,Shahid,Mohammed,Mohammed,Muhammad"),
                  L("Fatima,Ayesha,Aisha,Sana,Saima,Nadia,Shazia,Rubina,Nasreen,Amina,Zainab,Yasmin,Farzana,Samina,Bushra,Hina,Sadia,Rukhsana,Tahmina,Nazia,Shabana,Salma,Fahmida,Maryam,Iqra")),
    'polish': (L("Piotr,Krzysztof,Tomasz,Paweł,Michał,Marcin,Łukasz,Jakub,Grzegorz,Mateusz,Adam,Marek,Kamil,Wojciech,Dariusz,Rafał,Szymon,Bartosz"),
               L("Anna,Katarzyna,Małgorzata,Agnieszka,Magdalena,Joanna,Monika,Ewa,Karolina,Aleksandra,Justyna,Natalia,Paulina,Dorota,Beata,Marta,Agata,Zofia")),
    'romanian': (L("Andrei,Ionuț,Alexandru,Florin,Mihai,Cristian,Bogdan,Gabriel,Marius,Adrian,Vasile,Ștefan"),
                 L("Ioana,Elena,Maria,Andreea,Alina,Cristina,Georgiana,Mihaela,Roxana,Simona,Larisa")),
    'lithuanian': (L("Tomas,Mantas,Darius,Andrius,Paulius,Marius,Vytautas,Jonas"),
                   L("Ieva,Rūta,Agnė,Laura,Gintarė,Eglė,Jurgita")),
    'chinese': (L("Wei,Jing,Ming,Jun,Lei,Hao,Yu,Kai,Jian,Tao,Chun,Kwok Wai,Wai Kit,Ka Ho,Zhiwei"),
                L("Jing,Yan,Hui,Xiaoling,Fang,Ying,Li,Mei,Xin,Ling,Lai Ming,Wing Yee,Siu Man")),
    'vietnamese': (L("Minh,Tuan,Hung,Thanh,Nam,Quang,Duc,Long,Huy,Dung,Khanh,Phong"),
                   L("Anh,Linh,Hoa,Lan,Mai,Huong,Phuong,Trang,Thao,Thuy,Ngoc,Hanh")),
    'nigerian': (L("Oluwaseun,Chinedu,Emeka,Tunde,Babatunde,Olumide,Chukwuemeka,Adebayo,Kehinde,Taiwo,Femi,Segun,Obinna,Ikechukwu,Samuel,Emmanuel,Daniel,Oluwatobi,David"),
                 L("Ngozi,Chioma,Funmilayo,Adaeze,Folake,Yetunde,Blessing,Precious,Abimbola,Oluwakemi,Ifeoma,Temitope,Grace,Esther,Comfort")),
    'ghanaian': (L("Kwame,Kofi,Kwabena,Yaw,Kwaku,Kwesi,Kojo,Nana,Emmanuel,Prince,Isaac"),
                 L("Ama,Akosua,Abena,Efua,Adwoa,Afua,Yaa,Akua,Esi,Gifty,Comfort,Mercy")),
    'somali_arab': (L("Abdi,Abdullahi,Mohamed,Ahmed,Hassan,Ali,Omar,Yusuf,Ibrahim,Mustafa,Khalid,Said,Mahmoud,Karim,Tarek"),
                    L("Fadumo,Hodan,Amina,Khadija,Asha,Hawa,Maryam,Layla,Nour,Rania,Samira,Leila,Hibaq")),
    'turk_greek': (L("Mehmet,Mustafa,Ahmet,Emre,Hasan,Hüseyin,Andreas,Georgios,Christos,Nikos,Costas,Panayiotis,Michalis"),
                   L("Ayşe,Elif,Zeynep,Emine,Fatma,Maria,Eleni,Despina,Sophia,Androulla,Georgia,Chrystalla")),
    'southern_eu': (L("Marco,Luca,Giuseppe,Antonio,Francesco,João,Pedro,Miguel,Carlos,Javier,José,Rui,Paolo"),
                    L("Giulia,Francesca,Maria,Ana,Sofia,Beatriz,Lucía,Chiara,Inês,Carla,Elena,Rosa")),
}
FAMILY = {
    'celtic': L("O'Brien,O'Connor,O'Neill,Murphy,Kelly,Byrne,Ryan,Walsh,McCarthy,O'Sullivan,Doherty,Gallagher,McLaughlin,"
                "MacDonald,MacLeod,McKenzie,Campbell,Stewart,Fraser,Robertson,Ferguson,Davies,Evans,Griffiths,Pritchard,"
                "Llewellyn,Ó Briain,McGregor,Mac an tSaoir,Quinn,Devlin,McAllister,Cunningham,Morgan,Rees,ap Gwilym"),
    'hindu': L("Patel,Patel,Patel,Shah,Mistry,Parmar,Solanki,Chauhan,Joshi,Sharma,Gupta,Mehta,Desai,Thakkar,Lad,Kumar,"
               "Pillai,Nair,Iyer,Reddy,Rao,Chopra,Kapoor,Malhotra,Verma,Patel,Shah,Modi,Vaghela"),
    'sikh': L("Sandhu,Gill,Dhillon,Sidhu,Bains,Johal,Sahota,Atwal,Grewal,Virdee,Bhogal,Randhawa,Sangha,Kang,Dhaliwal"),
    'muslim_sa': L("Khan,Khan,Ahmed,Hussain,Ali,Iqbal,Akhtar,Mahmood,Rehman,Malik,Butt,Chaudhry,Qureshi,Shah,Raza,Aslam,"
                   "Rahman,Miah,Uddin,Islam,Choudhury,Hoque,Ahmad,Sheikh,Mirza,Khan,Hussain,Ali"),
    'polish': L("Kowalski,Nowak,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,Zieliński,Szymański,Woźniak,Dąbrowski,"
                "Kozłowski,Jankowski,Mazur,Krawczyk,Piotrowski,Grabowski,Pawlak,Michalski,Wróbel,Zając,Król,Nowakowski,Jabłoński"),
    'romanian': L("Popescu,Ionescu,Popa,Dumitru,Stan,Stoica,Gheorghe,Munteanu,Constantin,Radu,Dinu,Moldovan"),
    'lithuanian': L("Kazlauskas,Jankauskas,Petrauskas,Stankevičius,Vasiliauskas,Žukauskas,Butkus,Paulauskas"),
    'chinese': L("Wong,Chan,Li,Lee,Cheung,Lau,Chen,Zhang,Wang,Liu,Yang,Huang,Zhao,Wu,Zhou,Lam,Ng,Ho,Tang,Yip,Leung,Chow,Tsang"),
    'vietnamese': L("Nguyen,Nguyen,Nguyen,Tran,Tran,Le,Pham,Hoang,Phan,Vu,Vo,Dang,Bui,Do,Ho,Ngo,Duong,Ly"),
    'nigerian': L("Okafor,Okonkwo,Adeyemi,Adebayo,Ogunleye,Balogun,Oyelaran,Eze,Nwosu,Obi,Okoro,Afolabi,Ogunbiyi,"
                  "Oyewole,Nwachukwu,Adeleke,Olaniyan,Chukwu,Ibekwe"),
    'ghanaian': L("Mensah,Asante,Owusu,Boateng,Osei,Agyeman,Adjei,Appiah,Ofori,Darko,Amoah,Addo,Danquah,Acheampong"),
    'somali_arab': L("Mohamed,Abdi,Hassan,Ali,Ahmed,Warsame,Farah,Osman,Ismail,Hussein,Jama,Al-Sayed,Haddad,Saleh,Mansour,El-Amin,Nur"),
    'turk_greek': L("Yılmaz,Kaya,Demir,Çelik,Şahin,Öztürk,Aydın,Georgiou,Papadopoulos,Christodoulou,Constantinou,Ioannou,"
                    "Charalambous,Nicolaou,Hadjipanayi,Mehmet,Ibrahim"),
    'southern_eu': L("Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Silva,Santos,Ferreira,Pereira,Costa,Rodrigues,García,"
                     "Martínez,López,Fernández,De Souza,Di Stefano,D'Angelo"),
}
COMMON_UK = L("Smith,Jones,Williams,Taylor,Brown,Davies,Evans,Wilson,Thomas,Johnson,Roberts,Robinson,Thompson,Wright,"
              "Walker,White,Edwards,Hughes,Green,Hall,Lewis,Harris,Clarke,Jackson,Wood,Turner,Martin,Cooper,Hill,Ward,"
              "Morris,Moore,Clark,Lee,King,Baker,Harrison,Morgan,Allen,James,Scott,Phillips,Watson,Davis,Parker,Price,"
              "Bennett,Young,Griffiths,Mitchell,Kelly,Cook,Carter,Richardson,Bailey,Collins,Bell,Shaw,Murphy,Miller")
NICK = {
    'William': ['Will', 'Bill', 'Billy', 'Liam'], 'Robert': ['Rob', 'Bob', 'Robbie'], 'Richard': ['Rich', 'Rick', 'Richie'],
    'James': ['Jim', 'Jimmy', 'Jamie'], 'John': ['Jack', 'Johnny'], 'Jonathan': ['Jon', 'Jonny'], 'Michael': ['Mike', 'Mick'],
    'Christopher': ['Chris'], 'Anthony': ['Tony', 'Ant'], 'Stephen': ['Steve'], 'Steven': ['Steve'], 'Thomas': ['Tom', 'Tommy'],
    'Edward': ['Ed', 'Eddie', 'Ted'], 'Daniel': ['Dan', 'Danny'], 'Matthew': ['Matt'], 'Nicholas': ['Nick', 'Nicky'],
    'Samuel': ['Sam', 'Sammy'], 'Benjamin': ['Ben'], 'Joseph': ['Joe', 'Joey'], 'Patrick': ['Pat', 'Paddy'],
    'Andrew': ['Andy', 'Drew'], 'David': ['Dave', 'Davey'], 'Peter': ['Pete'], 'Timothy': ['Tim'], 'Gregory': ['Greg'],
    'Kenneth': ['Ken', 'Kenny'], 'Ronald': ['Ron', 'Ronnie'], 'Gerald': ['Gerry'], 'Frederick': ['Fred', 'Freddie'],
    'Charles': ['Charlie', 'Chas'], 'Henry': ['Harry'], 'Harold': ['Harry'], 'Alexander': ['Alex', 'Sandy'],
    'Philip': ['Phil'], 'Lawrence': ['Laurie', 'Larry'], 'Terence': ['Terry'], 'Raymond': ['Ray'], 'Leonard': ['Len'],
    'Francis': ['Frank'], 'Douglas': ['Doug', 'Dougie'], 'Gareth': ['Gaz'], 'Gary': ['Gaz'], 'Barry': ['Baz'],
    'Darren': ['Daz'], 'Jeremy': ['Jez'], 'Oliver': ['Ollie'], 'Joshua': ['Josh'], 'Jacob': ['Jake'], 'Callum': ['Cal'],
    'Dominic': ['Dom'], 'Bradley': ['Brad'], 'Nathan': ['Nate'], 'Martin': ['Marty'], 'Geoffrey': ['Geoff'],
    'Elizabeth': ['Liz', 'Beth', 'Lizzie', 'Betty'], 'Margaret': ['Maggie', 'Peggy', 'Meg'],
    'Katherine': ['Kate', 'Kathy', 'Katie'], 'Catherine': ['Cathy', 'Kate', 'Cath'], 'Kathryn': ['Kate', 'Kath'],
    'Susan': ['Sue', 'Susie'], 'Rebecca': ['Becky', 'Becca'], 'Jennifer': ['Jen', 'Jenny'], 'Victoria': ['Vicky', 'Tori'],
    'Deborah': ['Debbie', 'Deb'], 'Alexandra': ['Alex', 'Lexi'], 'Samantha': ['Sam', 'Sammy'], 'Abigail': ['Abi', 'Abby'],
    'Eleanor': ['Ellie', 'Nell'], 'Olivia': ['Liv'], 'Josephine': ['Jo', 'Josie'], 'Joanne': ['Jo'], 'Joanna': ['Jo'],
    'Natalie': ['Nat'], 'Jacqueline': ['Jackie'], 'Patricia': ['Pat', 'Trish'], 'Christine': ['Chris', 'Chrissie'],
    'Christina': ['Tina'], 'Gillian': ['Gill', 'Jill'], 'Amanda': ['Mandy'], 'Stephanie': ['Steph'],
    'Charlotte': ['Charlie', 'Lottie'], 'Jessica': ['Jess'], 'Kimberley': ['Kim'], 'Pamela': ['Pam'], 'Sandra': ['Sandy'],
    'Dorothy': ['Dot'], 'Frances': ['Fran'], 'Nicola': ['Nicky', 'Nic'], 'Sarah': ['Sally'], 'Theresa': ['Tess'],
    'Valerie': ['Val'], 'Emily': ['Em'], 'Georgina': ['Georgie'], 'Harriet': ['Hattie'], 'Isabella': ['Bella', 'Izzy'],
    'Isabel': ['Izzy'], 'Megan': ['Meg'], 'Philippa': ['Pippa'], 'Rosemary': ['Rosie'], 'Caroline': ['Caz', 'Carrie'],
    'Karen': ['Kaz'], 'Sharon': ['Shaz'], 'Danielle': ['Dani'], 'Louise': ['Lou'], 'Melanie': ['Mel'], 'Jacob': ['Jake'],
    # immigrant-origin short forms / anglicised names
    'Katarzyna': ['Kasia', 'Kate'], 'Małgorzata': ['Gosia', 'Margaret'], 'Agnieszka': ['Aga', 'Agnes'],
    'Aleksandra': ['Ola', 'Alex'], 'Joanna_pl': ['Asia'], 'Magdalena': ['Magda'], 'Jakub': ['Kuba', 'Jacob'],
    'Wojciech': ['Wojtek'], 'Krzysztof': ['Krzys', 'Chris'], 'Tomasz': ['Tomek', 'Tom'], 'Paweł': ['Paul'],
    'Michał': ['Mike'], 'Łukasz': ['Luke'], 'Piotr': ['Peter'], 'Grzegorz': ['Greg'], 'Mateusz': ['Matt'],
    'Bartosz': ['Bartek'], 'Alexandru': ['Alex'], 'Ionuț': ['John'], 'Ștefan': ['Stefan'],
    'Oluwaseun': ['Seun'], 'Babatunde': ['Tunde'], 'Oluwakemi': ['Kemi'], 'Olumide': ['Mide'], 'Chukwuemeka': ['Emeka'],
    'Funmilayo': ['Funmi'], 'Oluwatobi': ['Tobi'], 'Adebayo': ['Bayo'], 'Abimbola': ['Bimbo'], 'Ikechukwu': ['Ike'],
    'Temitope': ['Tope', 'Temi'], 'Abdullahi': ['Abdi'], 'Georgios': ['George'], 'Christos': ['Chris'],
    'Panayiotis': ['Peter', 'Panos'], 'Nikos': ['Nick'], 'Costas': ['Con'], 'Andreas': ['Andy'], 'Eleni': ['Helen'],
    'Giuseppe': ['Joe', 'Peppe'], 'Francesca': ['Fran'], 'João': ['John'], 'Antonio': ['Tony'], 'Francesco': ['Frank'],
    'Rajesh': ['Raj'], 'Rajinder': ['Raj'], 'Sukhdev': ['Sukh'], 'Jaswinder': ['Jas'], 'Harvinder': ['Harv'],
    'Sanjay': ['Sanj'], 'Priyanka': ['Priya'], 'Vikram': ['Vik'], 'Mehmet': ['Memo'], 'Hüseyin': ['Huseyin'],
}
MOHAMMED_VARIANTS = ['Mohammed', 'Muhammad', 'Mohammad', 'Mohamed', 'Muhammed', 'Mohamad']
SPELLING_VARIANTS = {
    'Hussain': ['Hussein', 'Husain'], 'Choudhury': ['Chowdhury', 'Chaudhry'], 'Chaudhry': ['Choudhury', 'Chaudhary'],
    'Rahman': ['Rehman'], 'Rehman': ['Rahman'], 'Ahmed': ['Ahmad'], 'Ahmad': ['Ahmed'], 'Aisha': ['Ayesha'],
    'Ayesha': ['Aisha'], 'Yasmin': ['Yasmeen', 'Yasmine'], 'Mahmood': ['Mahmud', 'Mehmood'], 'Fatima': ['Fatimah'],
    'Zainab': ['Zaynab'], 'Maryam': ['Mariam'], 'Yusuf': ['Yousef', 'Yusef'], 'Mustafa': ['Mostafa'], 'Khadija': ['Khadijah'],
    'Amina': ['Aminah'], 'Sean': ['Shaun', 'Shawn'], 'Seán': ['Sean', 'Shaun'], 'Catherine': ['Katherine', 'Kathryn'],
    'Katherine': ['Catherine'], 'Stephen': ['Steven'], 'Steven': ['Stephen'], 'Philip': ['Phillip'],
    'Jeffrey': ['Geoffrey'], 'Ann': ['Anne'], 'Anne': ['Ann'], 'Sara': ['Sarah'], 'Sarah': ['Sara'], 'Zoe': ['Zoë'],
    'Mackenzie': ['McKenzie'], 'McKenzie': ['MacKenzie', 'Mackenzie'], 'MacDonald': ['McDonald', 'Macdonald'],
    'MacLeod': ['McLeod', 'Macleod'], 'Thomson': ['Thompson'], 'Thompson': ['Thomson'], 'Nguyen': ['Nguyễn', 'Ngyuen'],
    'Tran': ['Trần'], 'Le': ['Lê'], 'Lee': ['Li'], 'Li': ['Lee'], 'Wong': ['Huang'], 'Chen': ['Chan'],
}
ENGLISH_NAMES_M = L("David,Kevin,Jason,Eric,Stephen,Alan,Tony,Michael,Peter,Ray,Danny,Ken,Vincent,Henry")
ENGLISH_NAMES_F = L("Winnie,Vivian,Karen,Grace,Ivy,Joyce,Amy,Helen,Jenny,Cindy,Annie,Lily,Mandy,Tina")
TITLES_M = [('Mr', 90), ('Dr', 5), ('Rev', 1), ('Prof', 1)]
TITLES_F = [('Mrs', 45), ('Ms', 30), ('Miss', 20), ('Dr', 5)]


def zipf_pick(lst, s=1.0):
    return rng.choices(lst, [1.0 / (i + 1) ** s for i in range(len(lst))])[0]


def gendered_family(family, culture, gender):
    if culture == 'polish':
        if gender == 'F':
            for m, f in (('ski', 'ska'), ('cki', 'cka'), ('dzki', 'dzka')):
                if family.endswith(m):
                    return family[:-len(m)] + f
        else:
            for m, f in (('ski', 'ska'), ('cki', 'cka'), ('dzki', 'dzka')):
                if family.endswith(f):
                    return family[:-len(f)] + m
    if culture == 'lithuanian':
        if gender == 'F' and family.endswith(('as', 'is', 'us')):
            return family[:-2] + 'ienė'
        if gender == 'M' and family.endswith('ienė'):
            return family[:-4] + 'as'
    return family


def pick_given(culture, gender):
    if culture == 'anglo':
        return fk.first_name_male() if gender == 'M' else fk.first_name_female()
    m, f = GIVEN[culture]
    return rng.choice(m if gender == 'M' else f)


def person_name(culture, gender, family=None):
    given = pick_given(culture, gender)
    middle = None
    if family is None:
        if culture == 'anglo':
            family = zipf_pick(COMMON_UK, 0.9) if chance(0.4) else fk.last_name()
        elif culture == 'sikh':
            family = rng.choice(FAMILY['sikh']) if chance(0.6) else ('Singh' if gender == 'M' else 'Kaur')
        elif culture == 'muslim_sa' and gender == 'F' and chance(0.2):
            family = rng.choice(['Begum', 'Bibi', 'Akhtar', 'Khatun'])
        else:
            family = rng.choice(FAMILY[culture])
    family = gendered_family(family, culture, gender)
    if culture in ('anglo', 'celtic'):
        if chance(0.35):
            middle = fk.first_name_male() if gender == 'M' else fk.first_name_female()
            if middle == given:
                middle = None
    elif culture == 'sikh':
        if family not in ('Singh', 'Kaur') and chance(0.7):
            middle = 'Singh' if gender == 'M' else 'Kaur'
    elif culture == 'muslim_sa':
        if gender == 'M' and given in MOHAMMED_VARIANTS and chance(0.6):
            middle = rng.choice([g for g in GIVEN['muslim_sa'][0] if g not in MOHAMMED_VARIANTS and ' ' not in g])
        elif chance(0.15):
            middle = rng.choice(GIVEN['muslim_sa'][0 if gender == 'M' else 1])
    elif culture == 'vietnamese':
        if chance(0.75):
            middle = ('Van' if gender == 'M' else 'Thi') if chance(0.7) else rng.choice(['Duc', 'Ngoc', 'Minh', 'Quoc', 'Thanh'])
    elif culture in ('nigerian', 'ghanaian'):
        if chance(0.4):
            pools = {('nigerian', 'M'): 'Oluwaseun,Chukwudi,Ayodele,Nnamdi,Emmanuel,Oluwafemi,Chidi,Olamide,Adewale',
                     ('nigerian', 'F'): 'Adunni,Grace,Joy,Ayodele,Olamide,Chiamaka,Oluwakemi,Ngozi,Blessing',
                     ('ghanaian', 'M'): 'Kofi,Kwesi,Kwame,Nana,Kwaku,Emmanuel',
                     ('ghanaian', 'F'): 'Ama,Akosua,Abena,Adjoa,Grace,Mercy'}
            middle = rng.choice(L(pools[(culture, gender)]))
    elif culture == 'hindu':
        if chance(0.15):
            middle = rng.choice(['Kumar', 'Kanti', 'Bhai', 'Ben', 'Lal', 'Chandra', 'Prakash', 'Devi'])
    elif chance(0.08):
        middle = pick_given(culture, gender)
        if middle == given:
            middle = None
    if given == middle:
        middle = None
    return given, middle, family


def aliases_for(given, culture, gender, middle):
    al = list(NICK.get(given, []))
    if culture == 'polish' and given == 'Joanna':
        al = ['Asia', 'Jo']
    if given in MOHAMMED_VARIANTS:
        al += [v for v in MOHAMMED_VARIANTS if v != given][:3]
        if middle:
            al.append(middle)
    if given in SPELLING_VARIANTS:
        al += SPELLING_VARIANTS[given]
    if culture == 'chinese' and chance(0.45):
        al.append(rng.choice(ENGLISH_NAMES_M if gender == 'M' else ENGLISH_NAMES_F))
    if culture == 'vietnamese' and chance(0.15):
        al.append(rng.choice(ENGLISH_NAMES_M if gender == 'M' else ENGLISH_NAMES_F))
    out = []
    for a in al:
        if a != given and a not in out:
            out.append(a)
    return out


def strip_accents(s):
    if s is None:
        return None
    s = s.translate(str.maketrans({'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'đ': 'd', 'Đ': 'D', 'ı': 'i',
                                   'İ': 'I', '’': "'"}))
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()


def slug(s):
    return re.sub(r'[^a-z0-9]', '', strip_accents(s).lower())


# --------------------------------------------------------------------------------------------
# E-mail
# --------------------------------------------------------------------------------------------
USED_EMAILS = set()
FREE_DOMAINS = [('gmail.com', 30), ('hotmail.co.uk', 14), ('hotmail.com', 6), ('outlook.com', 8), ('yahoo.co.uk', 8),
                ('yahoo.com', 2), ('btinternet.com', 7), ('icloud.com', 6), ('live.co.uk', 4), ('aol.com', 2),
                ('sky.com', 3), ('virginmedia.com', 2), ('googlemail.com', 2), ('ntlworld.com', 1), ('talktalk.net', 1),
                ('me.com', 1), ('live.com', 1)]
QUIRKY = L("sunny,happy,blue,star,angel,gaz,dazza,foxy,rocky,lucky,cool,bubbles,sparky,bluebird,tigger,daisy,shadow,"
           "mancunian,scouse,geordie,brummie,cockney,taff,jock,toon,villa,spurs,gooner,blues,reds,saints,hammers")


def person_email(given, family, middle=None, year=None, domain=None):
    g, f = slug(given) or 'x', slug(family) or 'x'
    yy = str(year % 100).zfill(2) if year else str(rng.randint(60, 99) if chance(0.6) else rng.randint(0, 24)).zfill(2)
    nn = str(rng.randint(1, 999))
    for _ in range(50):
        pat = wchoice([('g.f', 26), ('gf', 12), ('gif', 9), ('g.fyy', 10), ('g_f', 4), ('fgi', 4), ('gnn', 5),
                       ('g.fi', 3), ('gi.f', 5), ('gfyy', 7), ('quirky', 6), ('f.g', 3), ('gmf', 3), ('gfnn', 3)])
        local = {'g.f': '%s.%s' % (g, f), 'gf': g + f, 'gif': g[0] + f, 'g.fyy': '%s.%s%s' % (g, f, yy),
                 'g_f': '%s_%s' % (g, f), 'fgi': f + g[0], 'gnn': g + nn, 'g.fi': '%s.%s' % (g, f[0]),
                 'gi.f': '%s.%s' % (g[0], f), 'gfyy': g + f + yy, 'quirky': rng.choice(QUIRKY) + g[:3] + nn,
                 'f.g': '%s.%s' % (f, g), 'gmf': g + (slug(middle)[:1] if middle else 'j') + f, 'gfnn': g + f + nn}[pat]
        dom = domain or wchoice(FREE_DOMAINS)
        e = '%s@%s' % (local, dom)
        if e not in USED_EMAILS:
            USED_EMAILS.add(e)
            return e
        nn = str(rng.randint(1, 9999))
    raise RuntimeError('email')


def email_typo(e):
    local, dom = e.split('@')
    if chance(0.5):
        dom = {'gmail.com': rng.choice(['gmial.com', 'gmail.co', 'gmai.com', 'gnail.com', 'gmail.con', 'gmail.co.uk']),
               'hotmail.co.uk': rng.choice(['hotmial.co.uk', 'hotmail.co', 'hotmail.co.uk.', 'hotmal.co.uk']),
               'hotmail.com': rng.choice(['hotmial.com', 'hotmail.con', 'hotmai.com']),
               'yahoo.co.uk': rng.choice(['yaho.co.uk', 'yahoo.co', 'yahooo.co.uk']),
               'outlook.com': rng.choice(['outlok.com', 'outloo.com', 'outlook.co.uk']),
               'btinternet.com': rng.choice(['btinternet.co.uk', 'btinterent.com', 'bt.internet.com']),
               'icloud.com': rng.choice(['icould.com', 'icloud.co.uk'])}.get(dom, typo(dom))
    else:
        local = typo(local, kinds=['ins', 'del', 'swap', 'kb', 'dbl'])
    return '%s@%s' % (local, dom)


def email_variant(e):
    """same mailbox, written differently"""
    local, dom = e.split('@')
    r = rng.random()
    if dom in ('gmail.com', 'googlemail.com') and r < 0.5:
        if chance(0.5):
            return '%s+%s@%s' % (local, rng.choice(['billing', 'shop', 'invoices', 'orders']), dom)
        return '%s@%s' % (local.replace('.', ''), 'googlemail.com' if dom == 'gmail.com' else 'gmail.com')
    return '%s@%s' % (local, dom)


# --------------------------------------------------------------------------------------------
# Typos
# --------------------------------------------------------------------------------------------
KB = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
KB_NEI = {}
for r, row in enumerate(KB):
    for c, ch in enumerate(row):
        nb = [row[x] for x in (c - 1, c + 1) if 0 <= x < len(row)]
        if r > 0:
            nb += [KB[r - 1][x] for x in (c, c + 1) if 0 <= x < len(KB[r - 1])]
        if r < 2:
            nb += [KB[r + 1][x] for x in (c - 1, c) if 0 <= x < len(KB[r + 1])]
        KB_NEI[ch] = nb
OCR = [('O', '0'), ('o', '0'), ('l', '1'), ('I', '1'), ('i', '1'), ('S', '5'), ('s', '5'), ('B', '8'), ('Z', '2'),
       ('g', '9'), ('rn', 'm'), ('m', 'rn'), ('cl', 'd'), ('e', 'c'), ('h', 'b'), ('u', 'v'), ('G', '6'), ('a', 'o')]
VOWELS = 'aeiou'


def _case_like(src, ch):
    return ch.upper() if src.isupper() else ch


def typo(s, kinds=None):
    if not s:
        return s
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 3:
        return s
    kind = rng.choice(kinds or ['ins', 'del', 'sub', 'swap', 'kb', 'kb', 'ocr', 'dbl', 'vowel'])
    cand = idx[1:] if chance(0.88) else idx
    i = rng.choice(cand)
    ch = s[i]
    low = ch.lower()
    if kind == 'ocr':
        opts = [(a, b) for a, b in OCR if a in s[1:]]
        if opts:
            a, b = rng.choice(opts)
            pos = [m.start() for m in re.finditer(re.escape(a), s) if m.start() > 0]
            if pos:
                p = rng.choice(pos)
                return s[:p] + b + s[p + len(a):]
        kind = 'kb'
    if kind == 'ins':
        return s[:i + 1] + _case_like(ch, rng.choice(KB_NEI.get(low, [low]))).lower() + s[i + 1:]
    if kind == 'dbl':
        return s[:i + 1] + ch + s[i + 1:]
    if kind == 'del':
        return s[:i] + s[i + 1:]
    if kind == 'swap':
        if i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != ch:
            return s[:i] + s[i + 1] + ch + s[i + 2:]
        return s[:i] + s[i + 1:]
    if kind == 'vowel' and low in VOWELS:
        return s[:i] + _case_like(ch, rng.choice([v for v in VOWELS if v != low])) + s[i + 1:]
    if kind in ('kb', 'vowel', 'sub'):
        rep = rng.choice(KB_NEI.get(low, [low])) if kind != 'sub' else rng.choice('abcdefghijklmnopqrstuvwxyz')
        return s[:i] + _case_like(ch, rep) + s[i + 1:]
    return s


def pc_typo(pc):
    s = list(pc)
    k = rng.choice(['swapend', 'ocr', 'digit', 'letter'])
    if k == 'swapend' and s[-1] != s[-2]:
        s[-1], s[-2] = s[-2], s[-1]
    elif k == 'ocr':
        m = {'O': '0', '0': 'O', 'I': '1', '1': 'I', 'S': '5', '5': 'S', 'B': '8', '8': 'B', 'Z': '2', '2': 'Z'}
        pos = [i for i, c in enumerate(s) if c in m]
        if pos:
            i = rng.choice(pos)
            s[i] = m[s[i]]
        else:
            s[-1] = rng.choice([c for c in PC_LETTERS if c != s[-1]])
    elif k == 'digit':
        i = len(s) - 3
        if s[i].isdigit():
            s[i] = str((int(s[i]) + rng.choice([1, -1, 3])) % 10)
    else:
        s[-1] = rng.choice([c for c in PC_LETTERS if c != s[-1]])
    return ''.join(s)


# --------------------------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------------------------
ENT = collections.OrderedDict()


def new_id():
    while True:
        i = 'c%07x' % rng.getrandbits(28)
        if i not in ENT:
            return i


def pick_culture():
    return wchoice(list(CULTURES.items()))


def make_person(culture=None, gender=None, family=None, given=None, middle=-1, addr=None, town=None,
                email=-1, mobile=-1, landline=-1, register=True):
    culture = culture or pick_culture()
    gender = gender or rng.choice('MF')
    g, m, f = person_name(culture, gender, family)
    if given is not None:
        g = given
    if middle != -1:
        m = middle
    if family is not None:
        f = gendered_family(family, culture, gender)
    addr = addr or new_home_address(town)
    year = rng.randint(1940, 2004)
    p = {'id': new_id(), 'kind': 'person', 'culture': culture, 'gender': gender, 'given': g, 'middle': m, 'family': f,
         'aliases': aliases_for(g, culture, gender, m), 'suffix': None, 'year': year,
         'title': wchoice(TITLES_M if gender == 'M' else TITLES_F),
         'addr': addr}
    p['email'] = (person_email(g, f, m, year) if chance(0.9) else None) if email == -1 else email
    p['mobile'] = (new_mobile() if chance(0.88) else None) if mobile == -1 else mobile
    p['landline'] = (new_landline(addr['town']) if chance(0.35) else None) if landline == -1 else landline
    if not p['mobile'] and not p['landline'] and mobile == -1 and landline == -1:
        p['mobile'] = new_mobile()
    p['seen'] = {'email': set(), 'phone': set(), 'pc': set(), 'street': set()}
    if register:
        ENT[p['id']] = p
    return p


TRADES = [
    # (trade words, category)
    ('Plumbing & Heating', 'trade'), ('Plumbing', 'trade'), ('Electrical Services', 'trade'), ('Electrical', 'trade'),
    ('Building Services', 'trade'), ('Builders', 'trade'), ('Roofing', 'trade'), ('Landscapes', 'trade'),
    ('Garden Services', 'trade'), ('Joinery', 'trade'), ('Carpentry', 'trade'), ('Painting & Decorating', 'trade'),
    ('Cleaning Services', 'service'), ('Accountancy', 'prof'), ('Consulting', 'prof'), ('IT Solutions', 'prof'),
    ('Dental Practice', 'health'), ('Physiotherapy', 'health'), ('Hair Studio', 'beauty'), ('Beauty', 'beauty'),
    ('Barbers', 'beauty'), ('Florist', 'retail'), ('Bakery', 'food'), ('Cafe', 'food'), ('Catering', 'food'),
    ('Motors', 'auto'), ('Autos', 'auto'), ('Tyres', 'auto'), ('Veterinary Surgery', 'health'), ('Pharmacy', 'health'),
    ('Opticians', 'health'), ('Removals', 'service'), ('Scaffolding', 'trade'), ('Glazing', 'trade'),
    ('Windows & Doors', 'trade'), ('Kitchens & Bathrooms', 'trade'), ('Locksmiths', 'trade'), ('Estate Agents', 'prof'),
    ('Lettings', 'prof'), ('Photography', 'creative'), ('Design', 'creative'), ('Marketing', 'creative'),
    ('Print & Signs', 'creative'), ('Training', 'prof'), ('Recruitment', 'prof'), ('Logistics', 'service'),
    ('Haulage', 'service'), ('Couriers', 'service'), ('Private Hire', 'service'), ('Tutoring', 'service'),
    ('Childcare', 'service'), ('Dog Grooming', 'service'), ('Fitness', 'service'), ('Yoga', 'service'),
    ('Solicitors', 'prof'), ('Surveyors', 'prof'), ('Architects', 'prof'), ('Engineering', 'trade'),
    ('Fabrications', 'trade'), ('Supplies', 'retail'), ('Wholesale', 'retail'), ('Convenience Store', 'retail'),
    ('Takeaway', 'food'), ('Fish & Chips', 'food'), ('Kitchen', 'food'), ('Carpets & Flooring', 'trade'),
    ('Property Maintenance', 'trade'), ('Tiling', 'trade'), ('Plastering', 'trade'), ('Brewing Co', 'food'),
    ('Interiors', 'creative'), ('Bookkeeping', 'prof'), ('Care Services', 'health'), ('Pet Supplies', 'retail'),
]
BRAND_WORDS = L("Apex,Premier,Elite,Bright,Blue Sky,Greenleaf,Oak Tree,Silver Birch,Red Kite,Phoenix,Evergreen,Pinnacle,"
                "Swift,Crown,Castle,Anchor,Compass,Lighthouse,Kingfisher,Northern,Pennine,Thames Valley,Cotswold,Mersey,"
                "Highland,Severn,Chiltern,Peak,Moorland,Riverside,Northfield,Clearview,Horizon,Keystone,Summit,Trident,"
                "Orchard,Willow,Acorn,Beacon,Albion,Sterling,Vanguard,Meridian,Harbour,Fenland,Wolds,Dales,Clyde,Tyne,"
                "Solent,Wessex,Mercia,Cambrian,Caledonian,Ulster,Valley,Forest,Lakeland,Coastal,Urban,Metro,Spotless,"
                "Sparkle,Rapid,Reliable,First Choice,A1,AAA,Absolute,Bespoke,Precision,Quality,Total,Smart,Green")
TRADING_NAMES = L("The Copper Kettle,The Olive Tree,The Daily Grind,The Little Bakery,The Flower Shed,The Green Kitchen,"
                  "The Red Lion,The Crown & Anchor,The Old Bakehouse,The Curious Cat,The Bike Shed,The Tea Room,"
                  "Bloom & Wild,Salt & Pepper,Bread & Butter,Rise & Shine,Pen & Paper,Hook & Line,Bean & Leaf,"
                  "Golden Dragon,Lucky Star,Jade Garden,Pho Saigon,Little Hanoi,Taj Mahal,Spice of Bengal,Jaipur Kitchen,"
                  "Polski Sklep,Delikatesy Smak,Mediterranean Deli,Bella Napoli,Casa Lisboa,Anatolia Grill,Zorba's Taverna,"
                  "Mama Africa Kitchen,Lagos Express,Cedar Lebanese Kitchen,Brew & Bake,Fig & Honey,Paws & Claws,"
                  "Cut Above,Curl Up & Dye,Blades,Snip & Style,Wheels & Deals,Sew Crafty,Pot & Pan,Nail Bar & Spa")
ESTATE_AGENT = L("Hughes,Patel,Clarke,Wilson,Morgan,Shah,Evans,Turner,Bennett,Fletcher,Ashworth,Barker,Gill,Khan,Doyle")
LEGAL_LTD = [('Ltd', 68), ('Limited', 22), ('LTD', 4), ('Ltd.', 6)]


def biz_domain(core):
    c = re.sub(r'^the\s+', '', core, flags=re.I)
    words = [slug(w) for w in c.replace('&', ' ').split() if slug(w)]
    s = ''.join(words)
    if len(s) > 20:
        r = rng.random()
        if r < 0.4:
            s = ''.join(words[:2])
        elif r < 0.7:
            s = ''.join(w[0] for w in words[:-1]) + words[-1]
        else:
            s = '-'.join(words[:3])
    s = s or 'biz'
    tld = wchoice([('co.uk', 70), ('com', 16), ('uk', 8), ('net', 3), ('org.uk', 3)])
    return '%s.%s' % (s, tld)


def make_business(town=None, sole=None, owner=None, trade=None, addr=None, home=None, register=True):
    sole = chance(0.32) if sole is None else sole
    tw, tcat = trade or rng.choice(TRADES)
    the = False
    registered = None
    legal = ''
    if sole:
        owner = owner or make_person(town=town, register=False)
        g, f = owner['given'], owner['family']
        pat = wchoice([('gf_trade', 35), ('gi_f_trade', 15), ('f_trade', 20), ('g_poss_trade', 10), ('name_only', 10),
                       ('f_and_son', 10)])
        if pat == 'gf_trade':
            core = '%s %s %s' % (g, f, tw)
        elif pat == 'gi_f_trade':
            core = '%s %s %s' % (strip_accents(g)[0], f, tw)
        elif pat == 'f_trade':
            core = '%s %s' % (f, tw)
        elif pat == 'g_poss_trade':
            core = "%s's %s" % (g, tw)
        elif pat == 'f_and_son':
            core = '%s & Son%s' % (f, '' if chance(0.6) else 's')
            if chance(0.6):
                core += ' ' + tw
        else:
            core = '%s %s' % (g, f)
        if chance(0.1):
            legal = wchoice(LEGAL_LTD)
        home = True if home is None and chance(0.7) else home
    else:
        pat = wchoice([('sur_trade', 26), ('brand_trade', 30), ('place_trade', 10), ('trading', 14), ('partners', 8),
                       ('initials', 8), ('sons', 4)])
        f1 = fk.last_name() if chance(0.7) else rng.choice(FAMILY[rng.choice(list(FAMILY.keys()))])
        if pat == 'sur_trade':
            core = '%s %s' % (f1, tw)
        elif pat == 'brand_trade':
            core = '%s %s' % (rng.choice(BRAND_WORDS), tw)
        elif pat == 'place_trade':
            core = '%s %s' % (town or pick_town()[0], tw)
        elif pat == 'trading':
            core = rng.choice(TRADING_NAMES)
            if core.startswith('The '):
                the = True
                core = core[4:]
            if chance(0.5):
                registered = '%s %s' % (rng.choice(['JW', 'AMK', 'R & S', 'Hartley', 'Zed', 'KP', 'Lotus', 'Nova', 'SJ', 'Brightwater']),
                                        rng.choice(['Holdings', 'Enterprises', 'Trading', 'Leisure', 'Group', 'Ventures']))
        elif pat == 'partners':
            a, b = rng.sample(ESTATE_AGENT, 2)
            core = '%s %s' % (a, b) if chance(0.5) else '%s & %s' % (a, b)
            tw, tcat = rng.choice([('Solicitors', 'prof'), ('Accountants', 'prof'), ('Architects', 'prof'), ('Estate Agents', 'prof')])
            if chance(0.5):
                core += ' ' + tw
        elif pat == 'initials':
            core = '%s%s %s' % (rng.choice('ABCDGJKMPRSTW'), rng.choice('ABCDGJKMPRSTW'), tw)
            if chance(0.25):
                core = core[0] + ' & ' + core[1] + core[2:]
        else:
            core = '%s %s %s' % (f1, rng.choice(['& Sons', 'Brothers', 'Bros', '& Daughters']), tw if chance(0.7) else '')
            core = core.strip()
        if pat == 'partners':
            legal = wchoice([('LLP', 60), ('', 25), ('& Co', 15)])
        elif pat == 'trading' and registered is None:
            legal = '' if chance(0.6) else wchoice(LEGAL_LTD)
        elif pat == 'trading':
            registered += ' ' + wchoice(LEGAL_LTD)
            legal = ''
        else:
            legal = wchoice([('LTD_', 80), ('', 12), ('PLC', 1 if pat in ('brand_trade', 'place_trade') and tcat in ('trade', 'service', 'retail') else 0),
                             ('CIC', 2 if tcat in ('service', 'health', 'food') else 0), ('& Co', 6 if pat == 'sur_trade' and tcat == 'prof' else 0)])
            if legal == 'LTD_':
                legal = wchoice(LEGAL_LTD)
            if legal == '& Co':
                core = f1
        if not the and pat in ('brand_trade', 'place_trade') and chance(0.04):
            the = True
    t = town or (owner['addr']['town'] if owner and home else None)
    if addr is None:
        if sole and home and owner:
            addr = owner['addr']
        else:
            addr = new_business_address(t, 'home' if home else None)
    # contact person
    if sole:
        cg, cf = owner['given'], owner['family']
    elif chance(0.75):
        cp = make_person(town=addr['town'], register=False)
        cg, cf = cp['given'], cp['family']
    else:
        cg = cf = None
    dom = biz_domain(core)
    b = {'id': new_id(), 'kind': 'business', 'core': core, 'the': the, 'legal': legal, 'registered': registered,
         'sole': sole, 'owner': owner, 'trade': tw, 'tcat': tcat, 'contact_given': cg, 'contact_family': cf,
         'addr': addr, 'domain': dom, 'branch_label': None}
    if sole and chance(0.55):
        b['email'] = owner['email'] if owner.get('email') and chance(0.5) else \
            person_email(core.split()[0], core.split()[-1], None, None)
    else:
        local = wchoice([('info', 40), ('accounts', 15), ('hello', 10), ('office', 10), ('enquiries', 8), ('admin', 8),
                         ('contact', 4), ('sales', 3), (slug(cg or 'mail') or 'mail', 8)])
        b['email'] = '%s@%s' % (local, dom)
        while b['email'] in USED_EMAILS:
            dom = dom.split('.')[0] + rng.choice(['uk', 'ltd', 'group', '-' + slug(addr['town'])[:8]]) + '.' + dom.split('.', 1)[1]
            b['domain'] = dom
            b['email'] = '%s@%s' % (local, dom)
        USED_EMAILS.add(b['email'])
    if chance(0.06):
        b['email'] = None
    b['landline'] = (owner.get('landline') if sole and home and owner.get('landline') else
                     new_landline(addr['town']) if chance(0.85 if not sole else 0.4) else None)
    b['mobile'] = (owner.get('mobile') if sole and owner.get('mobile') and chance(0.8) else
                   new_mobile() if chance(0.9 if sole else 0.3) else None)
    if not b['landline'] and not b['mobile']:
        b['mobile'] = new_mobile()
    b['seen'] = {'email': set(), 'phone': set(), 'pc': set(), 'street': set()}
    if register:
        ENT[b['id']] = b
    return b


def biz_fullname(b, legal=None, the=None):
    legal = b['legal'] if legal is None else legal
    the = b['the'] if the is None else the
    n = ('The ' if the else '') + b['core']
    if legal:
        n += (' ' if not legal.startswith(',') else '') + legal
    return n


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------
MULT = {0: 0.25, 1: 0.6, 2: 1.0, 3: 1.7}


def abbreviate_street(street):
    parts = street.split(' ')
    if parts[-1] in STREET_ABBR:
        parts[-1] = rng.choice(STREET_ABBR[parts[-1]])
    s = ' '.join(parts)
    if s.startswith('St ') and chance(0.5):
        s = 'St. ' + s[3:]
    return s


def street_variant(street, m, ops):
    s = street
    if chance(0.28 * m + 0.05):
        s2 = abbreviate_street(s)
        if s2 != s:
            ops.append('street_abbrev')
            s = s2
    if "'" in s and chance(0.4 * m):
        s = s.replace("'", '')
        ops.append('apostrophe')
    if chance(0.05 * m):
        w = s.split(' ')
        j = rng.randrange(len(w))
        w[j] = typo(w[j])
        s = ' '.join(w)
        ops.append('street_typo')
    return s


def render_address(a, lvl, existing, ops):
    m = MULT[lvl]
    street = street_variant(a['street'], m, ops)
    num = a['number']
    if num and num[-1].isalpha() and chance(0.3):
        num = num[:-1] + (num[-1].lower() if chance(0.6) else ' ' + num[-1])
    ns = ('%s %s' % (num, street)) if num else street
    line1 = line2 = None
    fw = a['flat_word']
    if not existing and chance(0.12 * m):
        fw = rng.choice(['Flat', 'Apartment', 'Apt', 'Apt.', 'Flat No.'])
    if a['unit']:
        est = a['estate']
        if chance(0.2 * m + 0.05):
            for k, v in ESTATE_ABBR.items():
                if est.endswith(k):
                    est = est[:-len(k)] + rng.choice(v)
                    ops.append('estate_abbrev')
        f = wchoice([('u_est|st', 50), ('u est|st', 15), ('u|est, st', 15), ('num est|st', 10), ('u, est, st|', 10)])
        ul = 'Unit ' + a['unit']
        if f == 'u_est|st':
            line1, line2 = '%s, %s' % (ul, est), street
        elif f == 'u est|st':
            line1, line2 = '%s %s' % (ul, est), street
        elif f == 'u|est, st':
            line1, line2 = ul, '%s, %s' % (est, street)
        elif f == 'num est|st':
            line1, line2 = '%s %s' % (a['unit'], est), street
        else:
            line1 = '%s, %s, %s' % (ul, est, street)
        if lvl > 0 and f != 'u_est|st':
            ops.append('unit_format')
    elif a['office']:
        pre = ('Suite %s' % a['suite']) if a['suite'] else ('%s Floor' % a['floor']) if a['floor'] else None
        if pre and a['floor'] and chance(0.3):
            pre = {'1st': 'First', '2nd': 'Second', '3rd': 'Third', '4th': 'Fourth', 'Ground': 'Ground'}[a['floor']] + ' Floor'
        f = wchoice([('pre_off|ns', 40), ('off|ns', 15), ('pre|off, ns', 15), ('pre, ns|', 15), ('ns|', 15)])
        if pre is None and f in ('pre|off, ns', 'pre, ns|'):
            f = 'off|ns'
        if f == 'pre_off|ns':
            line1, line2 = ('%s, %s' % (pre, a['office'])) if pre else a['office'], ns
        elif f == 'off|ns':
            line1, line2 = a['office'], ns
        elif f == 'pre|off, ns':
            line1, line2 = pre, '%s, %s' % (a['office'], ns)
        elif f == 'pre, ns|':
            line1 = '%s, %s' % (pre, ns)
        else:
            line1 = ns
        if lvl > 0 and f != 'pre_off|ns':
            ops.append('office_format')
    elif a['flat'] and not a['building']:
        fl = a['flat']
        fmts = [('fw n, ns', 40), ('fw n|ns', 15), ('ns, fw n', 12), ('n/ns', 8), ('fw n ns', 10), ('ns|fw n', 8)]
        if fl.isalpha():
            fmts.append(('numletter', 40))
        f = wchoice(fmts) if not existing else wchoice(fmts[:2] + ([('numletter', 30)] if fl.isalpha() else []))
        if f == 'fw n, ns':
            line1 = '%s %s, %s' % (fw, fl, ns)
        elif f == 'fw n|ns':
            line1, line2 = '%s %s' % (fw, fl), ns
        elif f == 'ns, fw n':
            line1 = '%s, %s %s' % (ns, fw, fl)
        elif f == 'n/ns':
            line1 = '%s/%s' % (fl, ns)
        elif f == 'fw n ns':
            line1 = '%s %s %s' % (fw, fl, ns)
        elif f == 'ns|fw n':
            line1, line2 = ns, '%s %s' % (fw, fl)
        else:
            line1 = '%s%s %s' % (num, fl if chance(0.6) else fl.lower(), street)
        ops.append('flat:' + f)
    elif a['flat'] and a['building']:
        fl, bd = a['flat'], a['building']
        f = wchoice([('fw n, bd|ns', 40), ('fw n bd, ns|', 15), ('n bd|ns', 15), ('fw n|bd, ns', 15), ('bd, fw n|ns', 8),
                     ('n/bd|ns', 7)]) if not existing else wchoice([('fw n, bd|ns', 70), ('fw n|bd, ns', 30)])
        if f == 'fw n, bd|ns':
            line1, line2 = '%s %s, %s' % (fw, fl, bd), ns
        elif f == 'fw n bd, ns|':
            line1 = '%s %s %s, %s' % (fw, fl, bd, ns)
        elif f == 'n bd|ns':
            line1, line2 = '%s %s' % (fl, bd), ns
        elif f == 'fw n|bd, ns':
            line1, line2 = '%s %s' % (fw, fl), '%s, %s' % (bd, ns)
        elif f == 'bd, fw n|ns':
            line1, line2 = '%s, %s %s' % (bd, fw, fl), ns
        else:
            line1, line2 = '%s/%s' % (fl, bd), ns
        ops.append('flat:' + f)
    elif a['house_name']:
        f = wchoice([('hn|ns', 60), ('hn, ns|', 25), ('ns|', 15 if num else 0), ('hn|', 5)])
        if f == 'hn|ns':
            line1, line2 = a['house_name'], ns
        elif f == 'hn, ns|':
            line1 = '%s, %s' % (a['house_name'], ns)
        elif f == 'ns|':
            line1 = ns
        else:
            line1 = a['house_name']
        if lvl > 0 and f != 'hn|ns':
            ops.append('housename_format')
    else:
        line1 = ns
    loc = a['locality']
    city = a['town']
    if loc:
        r = rng.random()
        if r < 0.45:
            if line2 is None:
                line2 = loc
            elif chance(0.5):
                line2 = '%s, %s' % (line2, loc)
        elif r < 0.55 and not existing:
            city = loc
            ops.append('locality_as_city')
        elif r < 0.6 and not existing:
            city = '%s, %s' % (loc, a['town'])
    if city == 'Newcastle upon Tyne' and chance(0.4):
        city = rng.choice(['Newcastle', 'Newcastle-upon-Tyne', 'Newcastle Upon Tyne'])
    if city == 'Stoke-on-Trent' and chance(0.3):
        city = rng.choice(['Stoke on Trent', 'Stoke'])
    if city == 'Southend-on-Sea' and chance(0.4):
        city = rng.choice(['Southend', 'Southend on Sea'])
    if city == 'Londonderry' and chance(0.4):
        city = 'Derry'
    if chance(0.03 * m):
        city = typo(city)
        ops.append('city_typo')
    # region
    county = a['county']
    rr = rng.random()
    p_region = 0.5 if existing else 0.45
    if rr < p_region:
        region = county if chance(0.65) else rng.choice(COUNTY_ALTS.get(county, [county]))
    else:
        region = None
    if region and region != county:
        ops.append('region_alt')
    # postcode
    pc = a['postcode']
    if chance(0.01 if existing else 0.045 * m):
        pc = pc_typo(pc)
        ops.append('postcode_typo')
    if chance(0.05 if existing else 0.15):
        pc = pc.replace(' ', '')
        ops.append('postcode_nospace')
    elif chance(0.02):
        pc = pc.replace(' ', '  ')
    if chance(0.02 if existing else 0.05):
        pc = pc.lower()
    # country
    if existing:
        country = wchoice([('United Kingdom', 50), ('UK', 15), ('GB', 5), (a['nation'], 5), (None, 25)])
    else:
        country = wchoice([('GB', 30), ('United Kingdom', 25), ('UK', 12), (a['nation'], 5), ('Great Britain', 2),
                           ('U.K.', 1), ('United Kingdom of Great Britain and Northern Ireland', 1), (None, 24)])
    out = {'line1': line1, 'line2': line2, 'city': city, 'region': region, 'postalCode': pc, 'country': country}
    # drops
    if not existing or lvl > 0:
        if chance(0.04 * m):
            out['postalCode'] = None
            ops.append('no_postcode')
        if chance(0.03 * m):
            out['city'] = None
            ops.append('no_city')
    else:
        if chance(0.02):
            out['postalCode'] = None
    if chance(0.02 * m):
        out['line2'] = None
        if line2:
            ops.append('line2_dropped')
    up = rng.random()
    if up < (0.015 if existing else 0.04 * m):
        out = {k: (v.upper() if isinstance(v, str) else v) for k, v in out.items()}
        ops.append('addr_upper')
    elif up < (0.02 if existing else 0.06 * m):
        out = {k: (v.lower() if isinstance(v, str) and k != 'country' else v) for k, v in out.items()}
        ops.append('addr_lower')
    return out


def cap_family(f):
    return f.upper()


def mc_variant(f):
    if f.startswith('Mc') and len(f) > 2:
        return rng.choice(['Mc' + f[2:].lower(), 'Mc ' + f[2:], 'Mac' + f[2:]])
    if f.startswith('Mac') and len(f) > 3 and f[3].isupper():
        return rng.choice(['Mac' + f[3:].lower(), 'Mc' + f[3:], 'Mac ' + f[3:]])
    if f.startswith("O'"):
        return rng.choice(['O' + f[2:], 'O ' + f[2:], 'O\u2019' + f[2:], 'O' + f[2:].lower()])
    if f.startswith("D'"):
        return rng.choice(['D' + f[2:], 'D ' + f[2:], 'd\'' + f[2:]])
    if '-' in f:
        a, b = f.split('-', 1)
        return rng.choice([a + ' ' + b, b, a + b.lower(), a])
    if ' ' in f:
        return rng.choice([f.replace(' ', ''), f.replace(' ', '-'), f.split(' ')[-1]])
    return f


def phone_for(st, existing, lvl, ops):
    m = MULT[lvl]
    mob, land = st.get('mobile'), st.get('landline')
    prefer_mob = chance(0.3 if st.get('phone_pref') == 'landline' else 0.72)
    d = (mob or land) if prefer_mob else (land or mob)
    if not existing:
        if chance(0.15 * m) and mob and land:
            d = land if d == mob else mob
            ops.append('phone_switched_type')
        elif chance(0.05 * m) and (not land or not mob):
            if not land:
                st['landline'] = land = new_landline(st['addr']['town'])
                d = land
            else:
                st['mobile'] = mob = new_mobile()
                d = mob
            ops.append('phone_other_type_new')
        if chance(0.06 * m):
            st['mobile'] = new_mobile()
            d = st['mobile']
            ops.append('phone_changed')
    if chance(0.14 if existing else 0.11 * m):
        return None, None
    shown = d
    if d and chance(0.03 * m if not existing else 0.008):
        shown = phone_typo(d)
        ops.append('phone_typo')
    return (fmt_phone(shown, existing) if shown else None), d


def email_for(st, existing, lvl, ops, kind):
    m = MULT[lvl]
    e = st.get('email')
    if not existing and e and chance(0.09 * m):
        if kind == 'person':
            new = person_email(st['given'], st['family'], st['middle'], st.get('year'))
            if chance(0.15) and ENT_WORK_DOMAINS:
                new2 = '%s.%s@%s' % (slug(st['given']), slug(st['family']), rng.choice(ENT_WORK_DOMAINS))
                if new2 not in USED_EMAILS:
                    USED_EMAILS.add(new2)
                    new = new2
        else:
            dom = st['domain']
            loc = rng.choice(['accounts', 'finance', 'invoices', 'admin', 'office', 'bookings', slug(st['contact_given'] or 'info') or 'info'])
            new = '%s@%s' % (loc, dom)
            if new == e or new in USED_EMAILS:
                new = person_email(st['contact_given'] or st['core'].split()[0], st['contact_family'] or 'ltd')
            USED_EMAILS.add(new)
        if chance(0.7):
            st['email'] = new
        e = new
        ops.append('email_changed')
    if not e or chance(0.13 if existing else 0.1 * m):
        return None
    out = e
    if not existing and chance(0.03 * m):
        out = email_variant(out)
        if out != e:
            ops.append('email_variant')
    if chance(0.035 * m if not existing else 0.005):
        out = email_typo(out)
        ops.append('email_typo')
    if chance(0.05 * m if not existing else 0.02):
        local, dom = out.split('@')
        out = rng.choice([out.upper(), local.capitalize() + '@' + dom, '.'.join(p.capitalize() for p in local.split('.')) + '@' + dom.capitalize()])
        ops.append('email_case')
    if chance(0.015 * m):
        out = rng.choice([' ' + out, out + ' ', out + '  '])
        ops.append('email_whitespace')
    return out


ENT_WORK_DOMAINS = []


def maybe_move(st, lvl, ops, allow, p=0.08):
    if allow and chance(p * MULT[lvl]):
        old_town = st['addr']['town']
        town = old_town if chance(0.6) else None
        if st['kind'] == 'person':
            st['addr'] = new_home_address(town)
        else:
            st['addr'] = new_business_address(town)
        if st.get('landline') and chance(0.8):
            st['landline'] = new_landline(st['addr']['town'])
        ops.append('moved' + ('_same_town' if town else '_other_town'))


def ws_noise(s):
    if not s or ' ' not in s:
        return (s + ' ') if s else s
    return rng.choice([s.replace(' ', '  ', 1), ' ' + s, s + ' '])


def render_person(st, lvl, existing, ops, allow_move=True):
    m = MULT[lvl]
    given, middle, family = st['given'], st['middle'], st['family']
    if not existing:
        maybe_move(st, lvl, ops, allow_move)
        if st['gender'] == 'F' and lvl >= 2 and chance(0.012 * m) and st['culture'] in ('anglo', 'celtic'):
            st['family'] = family = fk.last_name()
            ops.append('surname_changed_marriage')
    # given-name alias / variants
    if st['aliases'] and chance(0.2 * m):
        al = rng.choice(st['aliases'])
        if al == middle:
            middle = None
        given = al
        ops.append('nickname_or_alias')
    if family in SPELLING_VARIANTS and chance(0.12 * m):
        family = rng.choice(SPELLING_VARIANTS[family])
        ops.append('family_spelling_variant')
    if st['culture'] == 'sikh' and middle in ('Singh', 'Kaur') and chance(0.25 * m):
        family, middle = middle, None
        ops.append('sikh_surname_singh_kaur')
    if st['culture'] == 'vietnamese' and middle and chance(0.2 * m):
        given, middle = '%s %s' % (middle, given), None
        ops.append('viet_middle_in_given')
    # diacritics
    has_acc = strip_accents(given + family + (middle or '')) != (given + family + (middle or ''))
    if has_acc and chance(0.35 if existing else 0.5):
        given, family, middle = strip_accents(given), strip_accents(family), strip_accents(middle)
        ops.append('accents_stripped')
    if chance(0.3 * m) and mc_variant(family) != family:
        family = mc_variant(family)
        ops.append('family_punct_variant')
    # typos
    if chance(0.12 * m):
        given = typo(given)
        ops.append('given_typo')
    if chance(0.12 * m):
        family = typo(family)
        ops.append('family_typo')
    if chance(0.02 * m):
        family = typo(family)
        ops.append('family_typo2')
    # middle name placement
    mid_mode = None
    if middle:
        r = rng.random()
        if r < (0.25 if existing else 0.22):
            mid_mode = 'given'
        elif r < (0.35 if existing else 0.34):
            mid_mode = 'initial'
        elif r < (0.4 if existing else 0.42):
            mid_mode = 'display'
        if mid_mode:
            ops.append('middle_' + mid_mode)
    initial = chance(0.07 * m)
    g_out = given
    if initial:
        g_out = strip_accents(given)[0] + ('.' if chance(0.5) else '')
        ops.append('given_initial')
    if mid_mode == 'given':
        g_field = '%s %s' % (g_out, strip_accents(middle)[0] + '.' if initial else middle)
    elif mid_mode == 'initial':
        g_field = '%s %s%s' % (g_out, middle[0], '.' if chance(0.4) else '')
    else:
        g_field = g_out
    f_field = family
    suffix = st.get('suffix')
    if suffix and chance(0.55):
        ops.append('suffix_shown')
    else:
        suffix = None
    if chance(0.07 * m + (0.01 if existing else 0)):
        f_field = cap_family(f_field)
        ops.append('family_caps')
    disp_given = g_field if mid_mode != 'display' else '%s %s' % (g_out, middle)
    case = rng.random()
    comma = chance(0.06 * m if not existing else 0.03)
    swap = not existing and chance((0.1 if st['culture'] in ('chinese', 'vietnamese') else 0.04) * m)
    if comma:
        disp = '%s, %s' % (f_field, disp_given)
        ops.append('display_family_comma_given')
    else:
        disp = '%s %s' % (disp_given, f_field)
    if suffix:
        disp += rng.choice([' ' + suffix, ' ' + suffix + '.', ', ' + suffix])
        if chance(0.4):
            f_field += ' ' + suffix
    if chance(0.05 * m + (0.02 if existing else 0)):
        t = st['title']
        disp = '%s%s %s' % (t, '.' if chance(0.2) else '', disp)
        ops.append('title_in_display')
    if swap:
        g_field, f_field = f_field, g_field
        if chance(0.5):
            disp = '%s %s' % (g_field, f_field)
        ops.append('given_family_swapped')
    if case < 0.03 * m:
        disp, g_field, f_field = disp.upper(), g_field.upper(), f_field.upper()
        ops.append('all_upper')
    elif case < 0.06 * m:
        disp, g_field, f_field = disp.lower(), g_field.lower(), f_field.lower()
        ops.append('all_lower')
    if chance(0.03 * m):
        disp = ws_noise(disp)
        ops.append('display_whitespace')
    c = {'displayName': disp, 'givenName': g_field, 'familyName': f_field, 'companyName': None}
    if not existing and chance(0.07 * m):
        c['displayName'] = None
        ops.append('no_displayName')
    elif chance(0.05 * m if not existing else 0.04):
        c['givenName'] = c['familyName'] = None
        ops.append('display_only')
    if suffix and not any(suffix in (v or '') for v in (c['displayName'], c['familyName'])):
        ops[ops.index('suffix_shown')] = 'suffix_not_visible'
    if not existing and chance(0.02 * m) and c['displayName']:
        c['givenName'] = None
        ops.append('no_givenName')
    c['email'] = email_for(st, existing, lvl, ops, 'person')
    c['phone'], _ = phone_for(st, existing, lvl, ops)
    if chance(0.06 if existing else 0.07 * m):
        c['address'] = None
        ops.append('no_address')
    else:
        c['address'] = render_address(st['addr'], lvl, existing, ops)
    return c


BIZ_ABBR = [('Services', ['Svcs', 'Servs', 'Service']), ('Brothers', ['Bros', 'Bros.']), ('Bros', ['Brothers']),
            ('Company', ['Co', 'Co.']), ('Associates', ['Assocs', 'Assoc.']), ('Engineering', ['Eng', 'Engineers']),
            ('Solutions', ['Solns', 'Solution']), ('Maintenance', ['Maint.', 'Maint']), ('Veterinary', ['Vet', 'Vets']),
            ('Practice', ['Surgery']), ('Centre', ['Center', 'Ctr']), ('Limited', ['Ltd']), ('Cafe', ['Café', 'Caffe']),
            ('Photography', ['Photo', 'Photographic']), ('Decorating', ['Decorators']), ('Landscapes', ['Landscaping']),
            ('Motors', ['Motor Co', 'Motor Services']), ('Estate Agents', ['Estates', 'Property']),
            ('Accountancy', ['Accountants', 'Accounting']), ('Electrical', ['Electrics', 'Electricians']),
            ('Plumbing', ['Plumbers']), ('Heating', ['Htg']), ('Builders', ['Building', 'Construction'])]


def biz_name_variant(b, lvl, existing, ops):
    m = MULT[lvl]
    legal = b['legal']
    the = b['the']
    core = b['core']
    if not existing or chance(0.2):
        r = rng.random()
        if r < 0.3 * m:
            if legal in ('Ltd', 'Limited', 'LTD', 'Ltd.'):
                legal = rng.choice(['', '', 'Ltd', 'Limited', 'Ltd.', 'LTD', 'Ltd'] if legal != 'Ltd' else ['', '', 'Limited', 'Ltd.', 'LTD'])
                if legal == b['legal']:
                    legal = ''
            elif legal == 'LLP':
                legal = rng.choice(['', 'L.L.P.', 'llp'])
            elif legal == '& Co':
                legal = rng.choice(['', '& Co.', 'and Co', '& Company'])
            elif legal == 'PLC':
                legal = rng.choice(['plc', '', 'Plc'])
            elif legal == 'CIC':
                legal = rng.choice(['', 'C.I.C.'])
            elif legal == '':
                legal = wchoice([('Ltd', 70), ('Limited', 20), ('Ltd.', 10)]) if chance(0.6) else ''
            if legal != b['legal']:
                ops.append('legal_form:%s->%s' % (b['legal'] or '-', legal or '-'))
        if the and chance(0.45 * m):
            the = False
            ops.append('the_dropped')
        elif not the and chance(0.03 * m):
            the = True
            ops.append('the_added')
        if ('&' in core or ' and ' in core) and chance(0.35 * m):
            core2 = core.replace(' & ', rng.choice([' and ', ' + ', '&', ' n '])) if '&' in core else core.replace(' and ', ' & ')
            if core2 != core:
                core = core2
                ops.append('ampersand_variant')
        if chance(0.12 * m):
            for a, vs in BIZ_ABBR:
                if a in core:
                    core = core.replace(a, rng.choice(vs))
                    ops.append('business_word_variant')
                    break
        if "'s " in core and chance(0.4 * m):
            core = core.replace("'s ", 's ')
            ops.append('apostrophe')
        has_acc = strip_accents(core) != core
        if has_acc and chance(0.5):
            core = strip_accents(core)
            ops.append('accents_stripped')
        if chance(0.12 * m):
            w = core.split(' ')
            cand = [i for i, x in enumerate(w) if len(x) >= 4]
            if cand:
                j = rng.choice(cand)
                w[j] = typo(w[j])
                core = ' '.join(w)
                ops.append('name_typo')
    n = ('The ' if the else '') + core + ((' ' + legal) if legal else '')
    if chance(0.02 * m) and legal:
        n = ('The ' if the else '') + core + ', ' + legal
    c = rng.random()
    if c < (0.06 * m if not existing else 0.02):
        n = n.upper()
        ops.append('name_upper')
    elif c < (0.08 * m if not existing else 0.025):
        n = n.lower()
        ops.append('name_lower')
    return n


def render_business(st, lvl, existing, ops, allow_move=True):
    m = MULT[lvl]
    if not existing:
        maybe_move(st, lvl, ops, allow_move, p=0.05)
        if st['contact_given'] and not st['sole'] and chance(0.08 * m):
            cp = make_person(town=st['addr']['town'], register=False)
            if chance(0.5):
                st['contact_given'], st['contact_family'] = cp['given'], cp['family']
            ops.append('contact_person_changed')
            cg, cf = cp['given'], cp['family']
        else:
            cg, cf = st['contact_given'], st['contact_family']
    else:
        cg, cf = st['contact_given'], st['contact_family']
    name = biz_name_variant(st, lvl, existing, ops)
    disp, comp = name, name
    if st['branch_label'] and chance(0.65):
        lab = st['branch_label']
        disp = rng.choice(['%s - %s', '%s (%s)', '%s %s', '%s, %s branch', '%s (%s Branch)']) % (name, lab)
        ops.append('branch_label_in_display')
        if chance(0.3):
            comp = disp
    if st['registered']:
        r = rng.random()
        if r < 0.25:
            comp = st['registered']
            ops.append('registered_name_as_company')
        elif r < 0.35:
            comp = disp = '%s t/a %s' % (st['registered'], name)
            ops.append('t/a_form')
        elif r < 0.42 and not existing:
            comp = disp = st['registered']
            ops.append('registered_name_only')
    if st['sole'] and chance(0.12 if existing else 0.2 * m):
        on = '%s %s' % (st['owner']['given'], st['owner']['family'])
        r = rng.random()
        if r < 0.4:
            disp = '%s t/a %s' % (on, name)
            comp = name
        elif r < 0.7:
            disp = on
        else:
            disp, comp = on, None
        ops.append('sole_trader_owner_name_shown')
    if cg and chance(0.6 if existing else 0.55):
        gf, ff = cg, cf
        if chance(0.08 * m):
            gf = typo(gf)
            ops.append('contact_typo')
        if chance(0.05 * m):
            ff = ff.upper()
    else:
        gf = ff = None
    if not existing:
        r = rng.random()
        if r < 0.06 * m and gf:
            disp = '%s %s' % (gf, ff)
            ops.append('display_is_contact_person')
        elif r < 0.12 * m:
            disp = None
            ops.append('no_displayName')
        elif r < 0.18 * m:
            comp = None
            ops.append('no_companyName')
    c = {'displayName': disp, 'givenName': gf, 'familyName': ff, 'companyName': comp}
    c['email'] = email_for(st, existing, lvl, ops, 'business')
    c['phone'], _ = phone_for(st, existing, lvl, ops)
    if chance(0.05 if existing else 0.06 * m):
        c['address'] = None
        ops.append('no_address')
    else:
        c['address'] = render_address(st['addr'], lvl, existing, ops)
    return c


def norm_pc(s):
    return re.sub(r'\s', '', s or '').upper() or None


def street_key(a):
    return (a['number'] or a['house_name'] or a['unit'] or '', a['street'])


def anchors(st, c):
    """which strong identifiers of this record were already seen in earlier records of the same entity"""
    got = []
    if c['email'] and c['email'].strip().lower() in st['seen']['email']:
        got.append('email')
    if c['phone'] and phone_digits(c['phone']) in st['seen']['phone']:
        got.append('phone')
    if c['address'] and c['address']['postalCode'] and norm_pc(c['address']['postalCode']) in st['seen']['pc']:
        got.append('postcode')
    return got


def remember(st, c, addr_key):
    if c['email']:
        st['seen']['email'].add(c['email'].strip().lower())
    if c['phone']:
        st['seen']['phone'].add(phone_digits(c['phone']))
    if c['address'] and c['address']['postalCode']:
        st['seen']['pc'].add(norm_pc(c['address']['postalCode']))


def render(st, lvl, existing, ops, allow_move=True, ensure_anchor=False):
    snapshot = None
    c = (render_person if st['kind'] == 'person' else render_business)(st, lvl, existing, ops, allow_move)
    if ensure_anchor and (st['seen']['email'] or st['seen']['phone'] or st['seen']['pc']):
        if not anchors(st, c):
            if chance(0.04):
                ops.append('weak_evidence_name_only')
            else:
                # restore one strong identifier as in an earlier record
                opts = []
                if st['seen']['email']:
                    opts.append('email')
                if st['seen']['phone']:
                    opts.append('phone')
                cur_pc = norm_pc(st['addr']['postcode'])
                if cur_pc in st['seen']['pc']:
                    opts.append('pc')
                if not opts:
                    ops.append('weak_evidence_name_only')
                else:
                    k = rng.choice(opts)
                    if k == 'email':
                        e = st.get('email')
                        if not e or e.lower() not in st['seen']['email']:
                            e = rng.choice(sorted(st['seen']['email']))
                        c['email'] = e
                    elif k == 'phone':
                        d = None
                        for cand in (st.get('mobile'), st.get('landline')):
                            if cand and cand in st['seen']['phone']:
                                d = cand
                        d = d or rng.choice(sorted(st['seen']['phone']))
                        c['phone'] = fmt_phone(d, False)
                    else:
                        if c['address'] is None:
                            c['address'] = render_address(st['addr'], 1, False, ops)
                        c['address']['postalCode'] = st['addr']['postcode']
                    ops.append('anchor_restored:' + k)
    remember(st, c, None)
    return c


# --------------------------------------------------------------------------------------------
# Look-alike (different entity) builders
# --------------------------------------------------------------------------------------------
def all_given_forms(p):
    return set([p['given']] + p['aliases'])


def rel_household(base):
    rel = wchoice([('spouse', 55), ('adult_child', 25), ('sibling', 10), ('parent', 10)])
    if rel == 'spouse':
        gender = ('F' if base['gender'] == 'M' else 'M') if chance(0.92) else base['gender']
        culture = base['culture'] if chance(0.85) else pick_culture()
    else:
        gender = rng.choice('MF')
        culture = base['culture']
    family = base['family']
    if base['culture'] == 'sikh' and family in ('Singh', 'Kaur'):
        family = 'Singh' if gender == 'M' else 'Kaur'
    if rel == 'spouse' and chance(0.06):
        family = None   # kept own surname
    forms = all_given_forms(base)
    for _ in range(30):
        p = make_person(culture=culture if culture in GIVEN or culture == 'anglo' else 'anglo', gender=gender,
                        family=family, addr=base['addr'], email=None, mobile=None, landline=None)
        if p['given'] not in forms and not (all_given_forms(p) & forms):
            break
        del ENT[p['id']]
    if family is None:
        pass
    p['family'] = gendered_family(p['family'], base['culture'], gender) if family else p['family']
    # contacts
    if base.get('landline') and chance(0.6):
        p['landline'] = base['landline']
    elif chance(0.25):
        base['landline'] = p['landline'] = new_landline(base['addr']['town'])
    if p['landline']:
        p['phone_pref'] = 'landline' if chance(0.6) else None
        base['phone_pref'] = 'landline' if chance(0.5) else base.get('phone_pref')
    if base.get('email') and chance(0.3):
        p['email'] = base['email']
        shared_email = True
    else:
        p['email'] = person_email(p['given'], p['family'], p['middle'], p['year']) if chance(0.85) else None
        shared_email = False
    p['mobile'] = new_mobile() if chance(0.88) or not p['landline'] else None
    if not p['mobile'] and not p['landline']:
        p['mobile'] = new_mobile()
    p['must_differ'] = True
    return p, 'household_' + rel + ('_shared_email' if shared_email else '') + ('_shared_landline' if p['landline'] and p['landline'] == base.get('landline') else '')


def rel_namesake(base):
    same_town = chance(0.4)
    p = make_person(culture=base['culture'], gender=base['gender'], family=base['family'], given=base['given'],
                    town=base['addr']['town'] if same_town else None)
    p['middle'] = None if base['middle'] or chance(0.7) else person_name(base['culture'], base['gender'])[1]
    p['aliases'] = aliases_for(p['given'], p['culture'], p['gender'], p['middle'])
    return p, 'namesake_' + ('same_town' if same_town else 'other_town')


def rel_parent_child(base):
    same_addr = chance(0.7)
    p = make_person(culture=base['culture'], gender=base['gender'], family=base['family'], given=base['given'],
                    addr=base['addr'] if same_addr else None, landline=None)
    p['middle'] = person_name(base['culture'], base['gender'])[1]
    if p['middle'] == base['middle']:
        p['middle'] = None
    child = chance(0.5)
    p['year'] = base['year'] + (rng.randint(22, 38) if child else -rng.randint(22, 38))
    if base['gender'] == 'M' and chance(0.6):
        p['suffix'] = rng.choice(['Jnr', 'Jr', 'Junior']) if child else rng.choice(['Snr', 'Sr', 'Senior'])
    p['aliases'] = aliases_for(p['given'], p['culture'], p['gender'], p['middle'])
    p['email'] = person_email(p['given'], p['family'], p['middle'], p['year'])
    p['mobile'] = new_mobile()
    if same_addr and base.get('landline') and chance(0.5):
        p['landline'] = base['landline']
        p['phone_pref'] = 'landline' if chance(0.4) else None
    p['must_differ'] = True
    return p, 'parent_child_same_name_' + ('child' if child else 'parent') + ('_same_address' if same_addr else '_other_address')


def rel_neighbour(base):
    a = copy.deepcopy(base['addr'])
    a['locality'] = base['addr']['locality']
    if a['flat']:
        old = a['flat']
        if old.isalpha():
            a['flat'] = rng.choice([c for c in 'ABCD' if c != old])
        else:
            a['flat'] = str(max(1, int(old) + rng.choice([-3, -2, -1, 1, 2, 3, 10, 12])))
            if a['flat'] == old:
                a['flat'] = str(int(old) + 1)
        sub = 'neighbour_same_building'
    else:
        if a['number'] and a['number'].isdigit():
            a['number'] = str(max(1, int(a['number']) + rng.choice([-2, -1, 1, 2])))
            if a['number'] == base['addr']['number']:
                a['number'] = str(int(a['number']) + 2)
        elif a['house_name']:
            a['house_name'] = rng.choice([h for h in HOUSE_NAMES if h != a['house_name']])
        else:
            a['number'] = str(rng.randint(1, 60))
        sub = 'neighbour_next_door'
        if chance(0.25):
            a['postcode'] = a['postcode'][:-2] + rng.choice(PC_LETTERS) + rng.choice(PC_LETTERS)
    p = make_person(addr=a, family=base['family'] if chance(0.05) else None)
    return p, sub


def rel_spouse_business(base):
    """base: person or home-based sole trader; new: the spouse's sole-trader business at the same home address"""
    owner_base = base if base['kind'] == 'person' else base['owner']
    sp, _ = rel_household(owner_base)
    del ENT[sp['id']]
    trade = rng.choice([t for t in TRADES if base['kind'] == 'person' or t[0] != base.get('trade')])
    b = make_business(sole=True, owner=sp, trade=trade, addr=base['addr'], home=True)
    if base.get('landline') and chance(0.4):
        b['landline'] = base['landline']
    elif b['landline'] == base.get('landline') and chance(0.5):
        b['landline'] = None
        b['mobile'] = b['mobile'] or new_mobile()
    if b['mobile'] and b['mobile'] == base.get('mobile'):
        b['mobile'] = new_mobile()
    if b['email'] and b['email'] == base.get('email'):
        b['email'] = person_email(b['core'].split()[0], b['core'].split()[-1])
    return b, 'spouse_sole_trader_same_address' + ('_of_person' if base['kind'] == 'person' else '_of_sole_trader')


def rel_branch(base):
    b = make_business(sole=False, town=None)
    b['core'], b['legal'], b['the'], b['registered'] = base['core'], base['legal'], base['the'], base['registered']
    b['trade'], b['tcat'] = base['trade'], base['tcat']
    b['addr'] = new_business_address(pick_town(exclude=base['addr']['town'])[0], rng.choice(['unit', 'office', 'shop']))
    b['landline'] = new_landline(b['addr']['town'])
    b['domain'] = base['domain']
    r = rng.random()
    town_slug = slug(b['addr']['town'].split('-')[0].replace('upon Tyne', ''))
    if r < 0.12 and base.get('email'):
        b['email'] = base['email']
        sub = 'other_branch_shared_email'
    else:
        loc = rng.choice([town_slug, 'accounts.' + town_slug, town_slug + '.office', 'branch.' + town_slug, 'info.' + town_slug])
        b['email'] = '%s@%s' % (loc, base['domain'])
        sub = 'other_branch'
    b['branch_label'] = b['addr']['town'] if chance(0.7) else rng.choice(['North', 'South', 'East', 'West', 'Central'])
    return b, sub


def rel_business_namesake(base):
    b = make_business(sole=False)
    b['core'], b['the'], b['trade'], b['tcat'] = base['core'], base['the'], base['trade'], base['tcat']
    b['legal'] = base['legal'] if chance(0.5) else rng.choice(['', 'Ltd', 'Limited'])
    b['addr'] = new_business_address(pick_town(exclude=base['addr']['town'])[0])
    b['landline'] = new_landline(b['addr']['town'])
    dom = base['domain'].split('.')[0] + '-' + slug(b['addr']['town'])[:10] + '.co.uk'
    b['domain'] = dom
    if b['email']:
        b['email'] = '%s@%s' % (rng.choice(['info', 'hello', 'office']), dom)
    return b, 'same_trading_name_other_town'


REL_FN = {'household': rel_household, 'namesake': rel_namesake, 'parent_child': rel_parent_child,
          'neighbour': rel_neighbour, 'branch': rel_branch, 'spouse_business': rel_spouse_business,
          'business_namesake': rel_business_namesake}


def eligible(kind, e):
    if kind in ('household', 'parent_child'):
        return e['kind'] == 'person'
    if kind == 'namesake':
        return e['kind'] == 'person' and (e['family'] in COMMON_UK[:40] or e['family'] in
                                          ('Khan', 'Patel', 'Singh', 'Kaur', 'Ahmed', 'Ali', 'Hussain', 'Nguyen', 'Chen',
                                           'Wong', 'Li', 'Begum', 'Shah', 'Mohamed', 'Tran', 'Murphy', 'Kelly', 'Nowak'))
    if kind == 'neighbour':
        return e['kind'] == 'person' and (e['addr']['flat'] is not None or e['addr']['number'] is not None)
    if kind == 'branch':
        return e['kind'] == 'business' and not e['sole'] and e['legal'] != '' and e['branch_label'] is None
    if kind == 'business_namesake':
        return e['kind'] == 'business' and not e['sole'] and e['branch_label'] is None
    if kind == 'spouse_business':
        return (e['kind'] == 'person' and e['addr']['unit'] is None) or \
               (e['kind'] == 'business' and e['sole'] and e['addr'] is e['owner']['addr'])
    return False


def pick_base(kind, pool, prefer_flat=False):
    cand = [e for e in pool if eligible(kind, e)]
    if kind == 'neighbour':
        flats = [e for e in cand if e['addr']['flat']]
        if flats and chance(0.7):
            cand = flats
    if kind == 'parent_child':
        return rng.choices(cand, [4.0 if e['gender'] == 'M' else 1.0 for e in cand])[0]
    if kind == 'namesake':
        # favour the most common names
        w = [3.0 if (e['given'] in ('John', 'David', 'James', 'Michael', 'Mohammed', 'Muhammad', 'Sarah', 'Paul',
                                   'Andrew', 'Mark', 'Christopher', 'Emma', 'Claire', 'Gurpreet', 'Harpreet') or
                     e['family'] in COMMON_UK[:10]) else 1.0 for e in cand]
        return rng.choices(cand, w)[0]
    return rng.choice(cand)


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------
def main():
    existing_ids = []
    meta_existing = {}
    # --- existing base customers
    for i in range(N_EXISTING_BASE):
        e = make_business() if chance(P_BUSINESS) else make_person()
        existing_ids.append(e['id'])
        meta_existing[e['id']] = {'category': 'existing', 'subtype': e['kind']}
    for e in list(ENT.values()):
        if e['kind'] == 'business' and e['domain'] and not e['sole']:
            ENT_WORK_DOMAINS.append(e['domain'])
    ENT_WORK_DOMAINS[:] = ENT_WORK_DOMAINS[:60]
    # --- existing look-alikes of other existing customers
    base_pool = [ENT[i] for i in existing_ids]
    for kind, n in EXISTING_REL.items():
        for _ in range(n):
            base = pick_base(kind, base_pool)
            e, sub = REL_FN[kind](base)
            existing_ids.append(e['id'])
            meta_existing[e['id']] = {'category': 'existing_lookalike', 'subtype': sub, 'related_entity': base['id']}
    assert len(existing_ids) == N_EXISTING_BASE + sum(EXISTING_REL.values())

    # --- incoming plan
    events = []   # dicts: t, entity, category, subtype, related
    # duplicates of existing customers
    dup_ents = rng.sample(existing_ids, N_DUP_DISTINCT)
    n_double = N_DUP_EVENTS - N_DUP_DISTINCT - 2 * N_DUP_TRIPLE
    counts = [3] * N_DUP_TRIPLE + [2] * n_double + [1] * (N_DUP_DISTINCT - N_DUP_TRIPLE - n_double)
    for eid, k in zip(dup_ents, counts):
        for j in range(k):
            events.append({'t': rng.random(), 'entity': eid, 'category': 'dup_existing', 'subtype': None, 'related': eid})
    # brand new customers
    new_ids = []
    for _ in range(N_NEW):
        e = make_business() if chance(P_BUSINESS) else make_person()
        new_ids.append(e['id'])
        events.append({'t': rng.random(), 'entity': e['id'], 'category': 'new', 'subtype': e['kind'], 'related': None})
    first_t = {ev['entity']: ev['t'] for ev in events if ev['category'] == 'new'}
    # hard negatives
    hn_ids = []
    existing_pool = [ENT[i] for i in existing_ids]
    for kind, n in HN_PLAN.items():
        for _ in range(n):
            from_incoming = chance(HN_FROM_INCOMING)
            pool = [ENT[i] for i in new_ids] if from_incoming else existing_pool
            if not any(eligible(kind, x) for x in pool):
                pool, from_incoming = existing_pool, False
            base = pick_base(kind, pool)
            e, sub = REL_FN[kind](base)
            t = rng.uniform(first_t[base['id']], 1.0) if from_incoming else rng.random()
            first_t[e['id']] = t
            hn_ids.append(e['id'])
            events.append({'t': t, 'entity': e['id'], 'category': 'hard_negative',
                           'subtype': kind + ':' + sub + (':lookalike_of_incoming' if from_incoming else ':lookalike_of_existing'),
                           'related': base['id']})
    # repeats of incoming-created customers
    cand = new_ids + hn_ids
    w = [(1.0 - first_t[i]) ** 1.5 for i in cand]
    chosen = []
    while len(chosen) < N_REPEAT_EVENTS - N_REPEAT_DOUBLE:
        c = rng.choices(cand, w)[0]
        if c not in chosen:
            chosen.append(c)
    doubles = rng.sample(chosen, N_REPEAT_DOUBLE)
    for eid in chosen + doubles:
        events.append({'t': rng.uniform(first_t[eid], 1.0), 'entity': eid, 'category': 'repeat_of_incoming',
                       'subtype': None, 'related': eid})
    events.sort(key=lambda ev: ev['t'])

    # --- render existing (QuickBooks) records, in a shuffled order
    order = existing_ids[:]
    rng.shuffle(order)
    lines, metas = [], []
    used_disp = {}
    for eid in order:
        st = ENT[eid]
        ops = []
        lvl = 0
        c = render(st, lvl, True, ops, allow_move=False)
        if c['displayName'] is None:
            c['displayName'] = c['companyName'] or '%s %s' % (c['givenName'], c['familyName'])
        key = c['displayName'].strip().lower()
        if key in used_disp:     # QBO display names must be unique
            used_disp[key] += 1
            c['displayName'] = rng.choice(['%s (%d)' % (c['displayName'], used_disp[key]),
                                           '%s %d' % (c['displayName'], used_disp[key]),
                                           '%s - %s' % (c['displayName'], st['addr']['town'])])
            ops.append('qbo_display_name_disambiguated')
        else:
            used_disp[key] = 1
        lines.append({'set': 'existing', 'entity': eid, 'contact': c})
        md = dict(meta_existing[eid])
        md['ops'] = ops
        metas.append(md)

    # --- render incoming records in arrival order
    seen_incoming = set()
    cat_count = collections.Counter()
    for ev in events:
        st = ENT[ev['entity']]
        ops = []
        cat = ev['category']
        if cat in ('dup_existing', 'repeat_of_incoming'):
            lvl = wchoice([(1, 35), (2, 45), (3, 20)])
            c = render(st, lvl, False, ops, allow_move=True, ensure_anchor=True)
        else:
            lvl = wchoice([(1, 70), (2, 30)])
            first = ev['entity'] not in seen_incoming
            c = render(st, lvl, False, ops, allow_move=False)
            if cat == 'hard_negative' and st.get('must_differ'):
                # make sure at least one of its own distinguishing identifiers is visible
                own = []
                if st.get('email') and st['email'] != ENT[ev['related']].get('email'):
                    own.append('email')
                if st.get('mobile') and st['mobile'] != ENT[ev['related']].get('mobile'):
                    own.append('mobile')
                c_email = (c['email'] or '').strip().lower()
                c_phone = phone_digits(c['phone'])
                shown = (('email' in own and c_email == st['email'].lower()) or
                         ('mobile' in own and c_phone == st['mobile']))
                if not shown and own:
                    k = rng.choice(own)
                    if k == 'email':
                        c['email'] = st['email']
                    else:
                        c['phone'] = fmt_phone(st['mobile'], False)
                    remember(st, c, None)
                    ops.append('own_identifier_shown:' + k)
        seen_incoming.add(ev['entity'])
        cat_count[cat] += 1
        md = {'category': cat, 'subtype': ev['subtype'], 'level': lvl, 'ops': ops}
        if cat == 'dup_existing':
            md['counterpart'] = 'existing customer (same entity id)'
        elif cat == 'repeat_of_incoming':
            md['counterpart'] = 'customer created by first incoming record of this entity'
        elif cat == 'hard_negative':
            md['lookalike_of'] = ev['related']
        lines.append({'set': 'incoming', 'entity': ev['entity'], 'contact': c})
        metas.append(md)

    # --- write
    with open(os.path.join(OUT_DIR, 'set.jsonl'), 'w', encoding='utf-8') as fh:
        for r in lines:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT_DIR, 'meta.jsonl'), 'w', encoding='utf-8') as fh:
        for i, (r, md) in enumerate(zip(lines, metas)):
            md = dict(md)
            md = {'line': i + 1, 'set': r['set'], 'entity': r['entity'], **md}
            fh.write(json.dumps(md, ensure_ascii=False) + '\n')
    return lines, metas


# --------------------------------------------------------------------------------------------
# Validation + README
# --------------------------------------------------------------------------------------------
ADDR_KEYS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
CONTACT_KEYS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']


def validate(path):
    n = 0
    ex_entities = set()
    seen_existing_phase_over = False
    with open(path, encoding='utf-8') as fh:
        for ln, raw in enumerate(fh, 1):
            o = json.loads(raw)
            assert isinstance(o, dict) and sorted(o.keys()) == ['contact', 'entity', 'set'], ln
            assert o['set'] in ('existing', 'incoming'), ln
            assert isinstance(o['entity'], str) and o['entity'], ln
            c = o['contact']
            assert isinstance(c, dict) and sorted(c.keys()) == sorted(CONTACT_KEYS), (ln, c.keys())
            for k in CONTACT_KEYS[:-1]:
                assert c[k] is None or isinstance(c[k], str), (ln, k)
            a = c['address']
            if a is not None:
                assert isinstance(a, dict) and sorted(a.keys()) == sorted(ADDR_KEYS), (ln, a)
                for k in ADDR_KEYS:
                    assert a[k] is None or isinstance(a[k], str), (ln, k)
            if o['set'] == 'existing':
                assert not seen_existing_phase_over, 'existing after incoming at line %d' % ln
                assert o['entity'] not in ex_entities, 'two existing records for one entity, line %d' % ln
                ex_entities.add(o['entity'])
            else:
                seen_existing_phase_over = True
            n += 1
    return n


def summarize(lines, metas):
    ex = [m for m in metas if m['category'].startswith('existing')]
    inc = [m for m in metas if not m['category'].startswith('existing')]
    c_ex = collections.Counter(m['category'] for m in ex)
    c_ex_sub = collections.Counter(m['subtype'] for m in ex if m['category'] == 'existing_lookalike')
    kinds = collections.Counter(ENT[r['entity']]['kind'] for r in lines if r['set'] == 'existing')
    c_inc = collections.Counter(m['category'] for m in inc)
    c_hn = collections.Counter(m['subtype'].split(':')[0] for m in inc if m['category'] == 'hard_negative')
    c_hn_src = collections.Counter(m['subtype'].split(':')[2] for m in inc if m['category'] == 'hard_negative')
    c_hn_fine = collections.Counter(m['subtype'].split(':')[1] for m in inc if m['category'] == 'hard_negative')
    inc_lines = [r for r in lines if r['set'] == 'incoming']
    inc_kinds = collections.Counter(ENT[r['entity']]['kind'] for r in inc_lines)
    distinct_dup = len(set(r['entity'] for r, m in zip(lines, metas) if m['category'] == 'dup_existing'))
    distinct_rep = len(set(r['entity'] for r, m in zip(lines, metas) if m['category'] == 'repeat_of_incoming'))
    cultures = collections.Counter(ENT[r['entity']]['culture'] for r in lines if ENT[r['entity']]['kind'] == 'person'
                                   and r['set'] == 'existing')
    ops = collections.Counter()
    for m in inc:
        if m['category'] in ('dup_existing', 'repeat_of_incoming'):
            for o in m['ops']:
                ops[o.split(':')[0] if not o.startswith('flat:') else 'flat_format'] += 1
    all_entities = set(r['entity'] for r in lines)
    ex_ent = set(r['entity'] for r in lines if r['set'] == 'existing')
    inc_new_ent = set(r['entity'] for r in inc_lines) - ex_ent
    txt = []
    w = txt.append
    w('Independent record-linkage test set - UK customer list')
    w('=' * 60)
    w('Generator: gen.py (seed %d, faker %s, en_GB for Anglo names only; everything else hand-built tables)' % (SEED, __import__('faker').VERSION))
    w('Country: United Kingdom (England, Scotland, Wales, Northern Ireland). UK postcodes ("LS6 2AB"), counties')
    w('  (full or abbreviated: "West Yorkshire"/"W Yorks", "Hampshire"/"Hants"), 07xxx mobiles, geographic landlines')
    w('  (020 / 0113 / 01274 ...), formatted as UK national, +44, +44 (0), E.164, etc.')
    w('')
    w('Files')
    w('  set.jsonl  : %d lines; existing first (%d), then incoming in arrival order (%d).' % (len(lines), len(ex), len(inc)))
    w('               {"set","entity","contact"} only. entity = true identity id (opaque).')
    w('  meta.jsonl : same line order; ground-truth notes per line (category, subtype, look-alike entity, noise ops).')
    w('               Not part of the test input; for analysing errors.')
    w('')
    w('Correct answer for each incoming record i:')
    w('  if some earlier line (existing, or incoming before i) has the same entity -> link to that customer')
    w('  else -> create a new customer.')
    w('  i.e. dup_existing -> the existing customer; repeat_of_incoming -> the customer created by the first incoming')
    w('  record of that entity; new and hard_negative -> create.')
    w('')
    w('EXISTING (QuickBooks Online customers, one per entity): %d' % len(ex))
    w('  persons %d, businesses %d' % (kinds['person'], kinds['business']))
    w('  ordinary customers: %d' % c_ex['existing'])
    w('  look-alikes of another existing customer (different entity, already both in QBO): %d' % c_ex['existing_lookalike'])
    for k, v in sorted(c_ex_sub.items(), key=lambda x: -x[1]):
        w('      %-60s %d' % (k, v))
    w('  person name origins (existing persons): ' + ', '.join('%s %d' % kv for kv in cultures.most_common()))
    w('')
    w('INCOMING (from the billing app, in arrival order): %d  (persons %d, businesses %d)' % (len(inc), inc_kinds['person'], inc_kinds['business']))
    w('  dup_existing        %4d (%.0f%%)  another record of an existing customer (%d distinct customers; some 2-3 times)' %
      (c_inc['dup_existing'], 100.0 * c_inc['dup_existing'] / len(inc), distinct_dup))
    w('  new                 %4d (%.0f%%)  brand-new customer' % (c_inc['new'], 100.0 * c_inc['new'] / len(inc)))
    w('  hard_negative       %4d (%.0f%%)  NEW different entity that looks like an earlier customer' %
      (c_inc['hard_negative'], 100.0 * c_inc['hard_negative'] / len(inc)))
    for k, v in sorted(c_hn.items(), key=lambda x: -x[1]):
        w('      %-20s %d' % (k, v))
    w('      look-alike of: ' + ', '.join('%s %d' % kv for kv in sorted(c_hn_src.items())))
    w('      detail: ' + ', '.join('%s %d' % kv for kv in sorted(c_hn_fine.items(), key=lambda x: -x[1])))
    w('  repeat_of_incoming  %4d (%.0f%%)  later record of an entity first created by an incoming record (%d distinct)' %
      (c_inc['repeat_of_incoming'], 100.0 * c_inc['repeat_of_incoming'] / len(inc), distinct_rep))
    w('')
    w('Expected decisions for incoming: link %d, create %d' % (c_inc['dup_existing'] + c_inc['repeat_of_incoming'],
                                                           c_inc['new'] + c_inc['hard_negative']))
    w('Entities: %d total, %d existing, %d created by incoming records' % (len(all_entities), len(ex_ent), len(inc_new_ent)))
    w('')
    w('Hard-negative kinds (all are DIFFERENT entities from their look-alike):')
    w('  household        spouse / adult child / sibling / parent at the same address with the same surname (Polish')
    w('                   -ski/-ska and Sikh Singh/Kaur forms respected); often shared landline, sometimes shared e-mail')
    w('  namesake         same given + family name (common names favoured), other middle name, other address/contacts')
    w('  neighbour        other flat in the same building (same street number, same postcode) or the house next door')
    w('  parent_child     same given + family name, other middle name, often same address + landline, sometimes Jnr/Snr')
    w('  branch           same company name (often with a branch label), other town, same e-mail domain (some share the e-mail)')
    w('  spouse_business  spouse\'s sole-trader business at a person\'s / sole trader\'s home address')
    w('  business_namesake same trading name in another town, unrelated business')
    w('')
    w('Noise on dup_existing + repeat_of_incoming records (count of records with the op):')
    for k, v in ops.most_common():
        w('  %-40s %d' % (k, v))
    w('')
    w('Helper: python3 show.py CATEGORY N [SEED] prints N random incoming records of a category with their counterpart.')
    w('')
    w('Identifiability: every dup/repeat record keeps at least one earlier e-mail, phone number or postcode, except')
    w('%d records marked weak_evidence_name_only in meta.jsonl (name + partial address only).' % ops['weak_evidence_name_only'])
    return '\n'.join(txt) + '\n'


if __name__ == '__main__':
    lines, metas = main()
    n = validate(os.path.join(OUT_DIR, 'set.jsonl'))
    readme = summarize(lines, metas)
    with open(os.path.join(OUT_DIR, 'README.txt'), 'w', encoding='utf-8') as fh:
        fh.write(readme)
    print(readme)
    print('validated %d lines OK' % n)
