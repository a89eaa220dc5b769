#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
us-hvac-tx  --  labelled entity-resolution test set (customer matching).

Scenario: a Texas HVAC / plumbing / commercial-kitchen service company
(Houston, San Antonio, El Paso, Rio Grande Valley, Dallas) whose field-service
app syncs customers into QuickBooks Online.

Python 3 standard library only.  Deterministic (fixed seed).
Writes set.jsonl and meta.jsonl next to this script.

All people, companies, phone numbers, e-mail addresses and street addresses are
synthetic.  Well-known brand and school-district names are used only as
realistic labels; store numbers, campuses, addresses and contacts are invented.
"""
import copy
import json
import os
import random
import re
import unicodedata

SEED = 20240917
HERE = os.path.dirname(os.path.abspath(__file__))

N_EXISTING = 1500
N_MATCH = 825          # 55 %
N_NEW = 525            # 35 %
N_HARD = 150           # 10 %
N_MATCH_DOUBLE = 30    # existing customers that receive two matching upstream records
N_NEW_DUP = 12         # new entities that appear twice in the upstream feed

rng = random.Random(SEED)


# =============================================================== small helpers
def R():
    return rng.random()


def chance(p):
    return rng.random() < p


def pick(seq):
    return seq[rng.randrange(len(seq))]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def strip_accents(s):
    if s is None:
        return None
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def has_accent(s):
    return bool(s) and strip_accents(s) != s


def slug(s):
    return re.sub(r'[^a-z0-9]', '', strip_accents(s or '').lower())


def Z(s):
    return s.split()


# =============================================================== geography
REGIONS = {
    'HOU': dict(w=30, area=['713', '281', '832', '346'], cities=[
        ('Houston', 62, Z('77002 77003 77004 77006 77007 77008 77009 77011 77012 77015 77016 77017 77018 77020 '
                          '77021 77022 77023 77025 77026 77028 77029 77031 77033 77034 77035 77036 77037 77038 '
                          '77039 77040 77041 77042 77043 77045 77047 77048 77049 77050 77051 77053 77054 77055 '
                          '77057 77060 77061 77062 77063 77064 77065 77066 77067 77068 77070 77071 77072 77073 '
                          '77074 77075 77076 77077 77078 77079 77080 77081 77082 77083 77084 77085 77086 77087 '
                          '77088 77089 77090 77091 77092 77093 77095 77096 77099')),
        ('Pasadena', 7, Z('77502 77503 77504 77505 77506')),
        ('Katy', 5, Z('77449 77450 77493 77494')),
        ('Sugar Land', 4, Z('77478 77479 77498')),
        ('Baytown', 4, Z('77520 77521')),
        ('Humble', 4, Z('77338 77346 77396')),
        ('Spring', 5, Z('77373 77379 77386 77388 77389')),
        ('Pearland', 4, Z('77581 77584')),
        ('Channelview', 2, Z('77530')),
        ('Missouri City', 3, Z('77459 77489')),
    ]),
    'SAT': dict(w=25, area=['210', '726'], cities=[
        ('San Antonio', 74, Z('78201 78202 78203 78204 78205 78207 78208 78209 78210 78211 78212 78213 78214 '
                              '78215 78216 78217 78218 78219 78220 78221 78222 78223 78224 78225 78226 78227 '
                              '78228 78229 78230 78231 78232 78233 78237 78238 78239 78240 78242 78244 78245 '
                              '78247 78248 78249 78250 78251 78252 78253 78254 78255 78256 78258 78259 78260')),
        ('New Braunfels', 6, Z('78130 78132')),
        ('Schertz', 4, Z('78154')),
        ('Converse', 4, Z('78109')),
        ('Universal City', 3, Z('78148')),
        ('Seguin', 4, Z('78155')),
        ('Helotes', 2, Z('78023')),
        ('Leon Valley', 2, Z('78238')),
    ]),
    'ELP': dict(w=14, area=['915'], cities=[
        ('El Paso', 82, Z('79901 79902 79903 79904 79905 79907 79912 79915 79922 79924 79925 79930 79932 '
                          '79934 79935 79936 79938')),
        ('Socorro', 7, Z('79927')),
        ('Horizon City', 5, Z('79928')),
        ('Canutillo', 3, Z('79835')),
        ('Anthony', 3, Z('79821')),
    ]),
    'RGV': dict(w=19, area=['956'], cities=[
        ('McAllen', 18, Z('78501 78503 78504')),
        ('Edinburg', 14, Z('78539 78541 78542')),
        ('Pharr', 10, Z('78577')),
        ('Mission', 10, Z('78572 78573 78574')),
        ('Brownsville', 16, Z('78520 78521 78526')),
        ('Harlingen', 10, Z('78550 78552')),
        ('Weslaco', 7, Z('78596 78599')),
        ('San Juan', 4, Z('78589')),
        ('Alamo', 3, Z('78516')),
        ('Donna', 3, Z('78537')),
        ('Mercedes', 2, Z('78570')),
        ('San Benito', 3, Z('78586')),
        ('Rio Grande City', 2, Z('78582')),
    ]),
    'DAL': dict(w=12, area=['214', '469', '972'], cities=[
        ('Dallas', 60, Z('75201 75203 75204 75206 75207 75208 75209 75210 75211 75212 75214 75215 75216 '
                         '75217 75218 75219 75220 75223 75224 75227 75228 75229 75230 75231 75232 75233 '
                         '75234 75235 75236 75237 75238 75240 75241 75243 75244 75246 75247 75248 75249 '
                         '75251 75252 75253 75254')),
        ('Garland', 10, Z('75040 75041 75042 75043 75044')),
        ('Irving', 9, Z('75038 75039 75060 75061 75062 75063')),
        ('Mesquite', 7, Z('75149 75150')),
        ('Grand Prairie', 7, Z('75050 75051 75052')),
        ('Richardson', 4, Z('75080 75081')),
        ('Carrollton', 3, Z('75006 75007')),
    ]),
}
REGION_LIST = ['HOU', 'SAT', 'ELP', 'RGV', 'DAL']
CITY_AREA = {'New Braunfels': ['830'], 'Seguin': ['830'], 'Katy': ['281', '832', '346'],
             'Sugar Land': ['281', '832'], 'Spring': ['281', '832', '346'], 'Humble': ['281', '832'],
             'Pearland': ['281', '832'], 'Missouri City': ['281', '832'], 'Baytown': ['281', '832'],
             'Channelview': ['281', '832']}
CITY_TYPOS = {
    'Houston': ['Houstn', 'Huston', 'Houtson', 'Housotn'], 'San Antonio': ['San Antonoi', 'San Antono', 'San Atonio', 'Sn Antonio', 'San Antonio Tx'],
    'El Paso': ['El Pasco', 'Elpaso', 'El Pas'], 'McAllen': ['McAllan', 'Mc Allen', 'Mcalen'], 'Edinburg': ['Edinburgh', 'Edinberg', 'Edinbrug'],
    'Brownsville': ['Brownsvile', 'Brownville', 'Brwnsville'], 'Harlingen': ['Harligen', 'Harlingin'], 'Weslaco': ['Weslco', 'Wesalco'],
    'Pharr': ['Phar', 'Pharrr'], 'Mission': ['Misson', 'Mision'], 'Dallas': ['Dalas', 'Dallsa'], 'Garland': ['Garlnd', 'Garlan'],
    'Irving': ['Irvng', 'Irvin'], 'Mesquite': ['Mesqiute', 'Mesquit'], 'Pasadena': ['Pasedena', 'Pasadina'], 'Katy': ['Katty'],
    'Sugar Land': ['Sugarland', 'Sugar Lnd'], 'Grand Prairie': ['Grand Prarie', 'Grand Praire'], 'New Braunfels': ['New Braunfells', 'New Brunfels'],
    'Socorro': ['Socoro'], 'Humble': ['Humbel'], 'Pearland': ['Pearlnd', 'Pear Land'], 'Spring': ['Sprng'], 'Baytown': ['Bay Town', 'Baytwon'],
    'San Juan': ['San Jaun'], 'Richardson': ['Richarson'], 'Carrollton': ['Carrolton', 'Carollton'], 'Converse': ['Convers'],
    'Schertz': ['Shertz', 'Schertz Tx'], 'Seguin': ['Seguine'], 'Horizon City': ['Horizon', 'Horizon Cty'], 'Canutillo': ['Canutilo'],
    'Donna': ['Dona'], 'San Benito': ['San Bentio'], 'Rio Grande City': ['Rio Grande Cty', 'Rio Grande'], 'Alamo': ['Alamo Tx'],
    'Mercedes': ['Mercedez'], 'Universal City': ['Universal Cty'], 'Helotes': ['Helotez'], 'Channelview': ['Channel View'],
    'Anthony': ['Anthny'], 'Leon Valley': ['Leon Vally'], 'Missouri City': ['Missouri Cty', 'Misouri City'],
}

MAJOR = {
    'HOU': [(None, 'Westheimer', 'Rd'), (None, 'Bellaire', 'Blvd'), (None, 'Bissonnet', 'St'), (None, 'Telephone', 'Rd'),
            (None, 'Airline', 'Dr'), (None, 'Aldine Bender', 'Rd'), (None, 'Gessner', 'Rd'), (None, 'Fondren', 'Rd'),
            (None, 'Harwin', 'Dr'), (None, 'Richmond', 'Ave'), (None, 'Navigation', 'Blvd'), (None, 'Harrisburg', 'Blvd'),
            (None, 'Irvington', 'Blvd'), (None, 'Long Point', 'Rd'), (['E', 'W'], 'Little York', 'Rd'), (None, 'Tidwell', 'Rd'),
            (['N', 'S'], 'Wayside', 'Dr'), (None, 'Kirby', 'Dr'), (None, 'Main', 'St'), (None, 'Beechnut', 'St'),
            (None, 'Veterans Memorial', 'Dr'), (None, 'Spencer', 'Hwy'), (None, 'Almeda', 'Rd'), (None, 'Hillcroft', 'Ave'),
            (None, 'Wilcrest', 'Dr'), (['N', 'S'], 'Shepherd', 'Dr'), (None, 'Jensen', 'Dr'), (['E', 'W'], 'Airport', 'Blvd'),
            (None, 'Cullen', 'Blvd'), (None, 'Mykawa', 'Rd'), (None, 'Bellfort', 'Ave'), (None, 'Antoine', 'Dr')],
    'SAT': [(None, 'Culebra', 'Rd'), (None, 'Bandera', 'Rd'), (None, 'Fredericksburg', 'Rd'), (['SW', 'SE', 'W'], 'Military', 'Dr'),
            (['N', 'S'], 'Zarzamora', 'St'), (None, 'Nogalitos', 'St'), (['W', 'E'], 'Commerce', 'St'), (['S', 'N'], 'Flores', 'St'),
            (None, 'Pleasanton', 'Rd'), (['W', 'E'], 'Southcross', 'Blvd'), (None, 'Blanco', 'Rd'), (None, 'San Pedro', 'Ave'),
            (None, 'Broadway', 'St'), (None, 'Wurzbach', 'Rd'), (None, 'Babcock', 'Rd'), (None, 'Marbach', 'Rd'),
            (None, 'Potranco', 'Rd'), (None, 'Ingram', 'Rd'), (None, 'Perrin Beitel', 'Rd'), (None, 'Nacogdoches', 'Rd'),
            (None, 'Rigsby', 'Ave'), (None, 'Roosevelt', 'Ave'), (None, 'Goliad', 'Rd'), (['W', 'E'], 'Houston', 'St'),
            (['S'], 'New Braunfels', 'Ave'), (None, 'Castroville', 'Rd'), (['S'], 'Presa', 'St'), (None, 'Vance Jackson', 'Rd'),
            (None, 'Callaghan', 'Rd'), (['W'], 'Hildebrand', 'Ave'), (None, 'Walzem', 'Rd'), (None, 'Thousand Oaks', 'Dr')],
    'ELP': [(None, 'Montana', 'Ave'), (None, 'Alameda', 'Ave'), (None, 'Dyer', 'St'), (['N'], 'Zaragoza', 'Rd'),
            (['N', 'S'], 'Mesa', 'St'), (['N'], 'Yarbrough', 'Dr'), (['N'], 'Lee Trevino', 'Dr'), (None, 'Trawood', 'Dr'),
            (None, 'Pellicano', 'Dr'), (None, 'George Dieter', 'Dr'), (None, 'Airway', 'Blvd'), (['E', 'W'], 'Paisano', 'Dr'),
            (None, 'Doniphan', 'Dr'), (None, 'Hondo Pass', 'Ave'), (None, 'McCombs', 'St'), (None, 'Railroad', 'Dr'),
            (None, 'Edgemere', 'Blvd'), (None, 'Rojas', 'Dr'), (None, 'Vista del Sol', 'Dr'), (None, 'Sunland Park', 'Dr'),
            (None, 'Resler', 'Dr'), (None, 'Alabama', 'St'), (None, 'Socorro', 'Rd'), (None, 'Dyer', 'St'), (None, 'Pebble Hills', 'Blvd')],
    'RGV': [(['N', 'S'], '10th', 'St'), (['N', 'S'], '23rd', 'St'), (['W', 'E'], 'Nolana', 'Ave'), (['W', 'E'], 'Pecan', 'Blvd'),
            (['W', 'E'], 'Dove', 'Ave'), (['W', 'E'], 'Trenton', 'Rd'), (['S', 'N'], 'Jackson', 'Rd'), (['S', 'N'], 'Closner', 'Blvd'),
            (['W', 'E'], 'University', 'Dr'), (['E', 'W'], 'Ridge', 'Rd'), (['S', 'N'], 'Cage', 'Blvd'), (None, 'Boca Chica', 'Blvd'),
            (None, 'Price', 'Rd'), (None, 'International', 'Blvd'), (['E', 'W'], 'Harrison', 'Ave'), (['W', 'E'], 'Tyler', 'Ave'),
            (['N', 'S'], 'Texas', 'Blvd'), (['N', 'S'], 'Conway', 'Ave'), (['N', 'S'], 'Shary', 'Rd'), (['N', 'S'], 'Bentsen', 'Rd'),
            (['N', 'S'], 'Main', 'St'), (['E', 'W'], 'Sioux', 'Rd'), (['E', 'W'], 'Owassa', 'Rd'), (None, 'Southmost', 'Rd'),
            (['N', 'S'], 'Sugar', 'Rd'), (['N', 'S'], 'Ware', 'Rd'), (['E', 'W'], 'Canton', 'Rd')],
    'DAL': [(['N', 'S'], 'Buckner', 'Blvd'), (['W', 'E'], 'Jefferson', 'Blvd'), (['N', 'S'], 'Westmoreland', 'Rd'),
            (['N', 'S'], 'Hampton', 'Rd'), (None, 'Ross', 'Ave'), (None, 'Lemmon', 'Ave'), (None, 'Greenville', 'Ave'),
            (None, 'Harry Hines', 'Blvd'), (None, 'Singleton', 'Blvd'), (None, 'Bruton', 'Rd'), (None, 'Lake June', 'Rd'),
            (['W', 'E'], 'Illinois', 'Ave'), (['W', 'E'], 'Ledbetter', 'Dr'), (None, 'Forest', 'Ln'), (None, 'Royal', 'Ln'),
            (None, 'Walnut Hill', 'Ln'), (['W', 'E'], 'Davis', 'St'), (None, 'Garland', 'Rd'), (None, 'Shiloh', 'Rd'),
            (None, 'Belt Line', 'Rd'), (None, 'Jupiter', 'Rd'), (['N', 'S'], 'MacArthur', 'Blvd'), (['N', 'S'], 'Story', 'Rd'),
            (['S'], 'Lamar', 'St'), (None, 'Maple', 'Ave'), (['W'], 'Kiest', 'Blvd'), (['S'], 'Polk', 'St'), (None, 'Lombardy', 'Ln')],
}
HWYS = {
    'HOU': [('FM', '1960', ['W', 'E']), ('FM', '529', [None]), ('FM', '2920', [None]), ('SH', '6', ['N', 'S']),
            ('IH', '45', ['N', 'S']), ('IH', '10', ['E', 'W']), ('US', '290', [None]), ('US', '59', ['N', 'S'])],
    'SAT': [('LOOP', '410', ['NW', 'NE', 'SW', 'SE']), ('IH', '35', ['N', 'S']), ('IH', '10', ['E', 'W']),
            ('LOOP', '1604', ['N', 'E', 'W', 'S']), ('FM', '78', [None]), ('FM', '1560', [None]), ('US', '90', ['W', 'E']),
            ('US', '281', ['N', 'S'])],
    'ELP': [('IH', '10', ['E', 'W']), ('LOOP', '375', [None]), ('US', '54', [None]), ('FM', '76', [None]),
            ('FM', '1110', [None]), ('SH', '20', [None])],
    'RGV': [('EXPWY', '83', ['W', 'E']), ('FM', '495', ['W', 'E']), ('FM', '1016', [None]), ('FM', '907', [None]),
            ('SH', '107', ['W', 'E']), ('US', '281', ['N', 'S']), ('FM', '2128', [None]), ('FM', '802', [None])],
    'DAL': [('IH', '35E', ['N', 'S']), ('IH', '30', ['E', 'W']), ('IH', '635', ['E', 'W']), ('US', '75', ['N', 'S']),
            ('SH', '78', [None]), ('US', '67', ['N', 'S']), ('LOOP', '12', ['E', 'W']), ('SH', '183', [None])],
}
HWY_FORMS = {
    'FM': ['FM {n}{d}', 'FM {n} Rd{d}', 'Farm to Market Rd {n}{d}', 'FM-{n}{d}', 'FM{n}{d}', 'Farm-to-Market Road {n}{D}', 'F.M. {n}{d}'],
    'IH': ['IH-{n}{d}', 'I-{n}{d}', 'Interstate {n}{d}', 'IH {n}{D}', 'I {n}{d}', 'Interstate Highway {n}{d}', 'I.H. {n}{d}'],
    'US': ['US Hwy {n}{d}', 'Hwy {n}{d}', 'US-{n}{d}', 'Highway {n}{D}', 'US Highway {n}{d}', 'U.S. Hwy {n}{d}'],
    'SH': ['State Hwy {n}{d}', 'Hwy {n}{d}', 'SH {n}{d}', 'Highway {n}{D}', 'SH-{n}{d}', 'State Highway {n}{d}'],
    'LOOP': ['{p}Loop {n}', 'Loop {n}{d}', '{p}Lp {n}', '{P}Loop {n}'],
    'EXPWY': ['{p}Expressway {n}', '{p}Expy {n}', '{p}Exp {n}', '{p}US Expressway {n}', '{p}Hwy {n}', '{P}Expressway {n}'],
}
DIRS_FULL = {'N': 'North', 'S': 'South', 'E': 'East', 'W': 'West', 'NW': 'Northwest', 'NE': 'Northeast',
             'SW': 'Southwest', 'SE': 'Southeast'}
TYPE_FORMS = {'Dr': ['Dr', 'Dr.', 'Drive'], 'St': ['St', 'St.', 'Street'], 'Rd': ['Rd', 'Rd.', 'Road'],
              'Ave': ['Ave', 'Ave.', 'Avenue'], 'Blvd': ['Blvd', 'Blvd.', 'Boulevard'], 'Ln': ['Ln', 'Ln.', 'Lane'],
              'Ct': ['Ct', 'Ct.', 'Court'], 'Cir': ['Cir', 'Cir.', 'Circle'], 'Trl': ['Trl', 'Trl.', 'Trail'],
              'Way': ['Way', 'Way', 'Way'], 'Pl': ['Pl', 'Pl.', 'Place'], 'Cv': ['Cv', 'Cv.', 'Cove'],
              'Pass': ['Pass', 'Pass', 'Pass'], 'Loop': ['Loop', 'Loop', 'Loop'], 'Hwy': ['Hwy', 'Hwy.', 'Highway'],
              'Pkwy': ['Pkwy', 'Pkwy.', 'Parkway']}
RES_NAMES = ('Oak Hollow,Cedar Ridge,Live Oak,Pecan Valley,Willow Bend,Cypress Creek,Shadow Ridge,Quail Run,Deer Trail,'
             'Lone Star,Sunset,Hillcrest,Meadowbrook,Briarwood,Maple,Elm,Cherry,Magnolia,Dogwood,Redbud,Sycamore,'
             'Pinehurst,Kingsbury,Sandalwood,Timber Creek,Fox Run,Wagon Wheel,Saddle Creek,Mustang,Cactus Flower,Yucca,'
             'Agave,Ocotillo,Franklin Ridge,Sierra Madre,Mesquite,Huisache,Anacua,Ebony,Retama,Palo Verde,Bougainvillea,'
             'Jacaranda,Esperanza,Primavera,Laredo,Brazos,Pecos,Nueces,Frio,Guadalupe,Medina,Trinity,Sabine,'
             'Bluebonnet,Vista Verde,Tierra Linda,Rio Grande,Santa Rosa,San Pedro,Los Arboles,Las Palmas,Monte Cristo,'
             'Villa Real,Buena Vista,Paseo Real,Rancho Viejo,Dos Rios,Encino,Nopal,Amistad,Colonial,Heritage Oaks,'
             'Spring Branch,Green Meadow,Windmill,Prairie Dell,Wildflower,Honey Locust,Bent Tree,Indian Paintbrush,'
             'Shady Grove,Oakdale,Lakeview,Riverbend,Cottonwood,Mockingbird,Cardinal,Bluejay,Roadrunner,Kestrel,'
             'Whitetail,Stonebridge,Creekside,Fairway,Valley View,Sunrise,Moonlight,Starlight,Sundance,Canyon,'
             'Mesa Verde,Desert Rose,Coronado,Cortez,Montoya,Hidalgo,Morelos,Juarez,Allende,Madero,Obregon,'
             'Piedras Negras,Chihuahua,Durango,Sonora,Ramsey,Hackberry,Chinaberry,Anaqua,Palm Valley,Orange Grove,'
             'Grapefruit,Citrus,Lemon Tree,Tangerine,Pomelo,Lime').split(',')
RES_TYPES = [('Dr', 30), ('St', 20), ('Ln', 12), ('Ct', 8), ('Cir', 6), ('Trl', 5), ('Way', 5), ('Ave', 8),
             ('Pl', 3), ('Cv', 2), ('Pass', 1), ('Blvd', 2), ('Loop', 1)]
CALLE = ['Calle del Sol', 'Calle Esperanza', 'Calle Principal', 'Calle Luna', 'Calle Primavera', 'Camino Real',
         'Camino Alto', 'Paseo del Norte', 'Paseo del Sur', 'Calle Las Flores', 'Calle Cielo', 'Camino Verde',
         'Calle Mesa', 'Calle Bonita', 'Calle Sombra']
STE_VALS = ['100', '101', '102', '104', '105', '110', '120', '125', '130', '150', '200', '201', '210', '220', '300',
            '310', 'A', 'B', 'C', 'D', 'E', 'B-3', 'E-12', '1A', '2B', '115', '405', '500', 'F', '108']
UNIT_FORMS = {'Apt': ['Apt {v}', 'Apt. {v}', '#{v}', 'Unit {v}', 'APT {v}', '# {v}'],
              'Ste': ['Ste {v}', 'Suite {v}', '#{v}', 'Ste. {v}', 'STE {v}', 'Unit {v}']}
BLDG_FORMS = ['Bldg {b}', 'Building {b}', 'Bldg. {b}', 'Bld {b}']
REG_FORMS = ['TX', 'Texas', 'Tx', 'tx', None, 'TX.']
CTRY_FORMS = ['US', 'USA', 'United States', None, '', 'U.S.A.']
DEFAULT_FMT = {'pre': 0, 'st': 0, 'hwy': 0, 'unit': 0, 'bldg': 0, 'uline': 1, 'zip4': False, 'zipmiss': False,
               'cityty': None, 'cityup': False, 'citymiss': False, 'l1up': False, 'reg': 0, 'cty': 3}

# =============================================================== person names
HISP_M = [
    ('José', ['Pepe', 'Chepe'], ['Joe']), ('Juan', ['Juanito'], ['John', 'Johnny']),
    ('Jesús', ['Chuy', 'Chucho'], ['Jesse']), ('Francisco', ['Paco', 'Pancho', 'Panchito'], ['Frank', 'Frankie']),
    ('Guillermo', ['Memo'], ['William', 'Willie']), ('Alberto', ['Beto'], ['Albert', 'Al']),
    ('Roberto', ['Beto'], ['Robert', 'Bobby']), ('Ignacio', ['Nacho'], []), ('Eduardo', ['Lalo'], ['Eddie', 'Edward']),
    ('Antonio', ['Toño'], ['Tony', 'Anthony']), ('Enrique', ['Quique', 'Kike'], ['Henry']), ('Luis', ['Wicho'], ['Louie']),
    ('Carlos', ['Charly'], ['Charlie']), ('Miguel', ['Mike'], ['Michael', 'Mike']), ('Pedro', ['Perico'], ['Pete', 'Peter']),
    ('Ricardo', ['Richi'], ['Ricky', 'Richard']), ('Manuel', ['Manolo', 'Meño'], ['Manny']),
    ('Alejandro', ['Alex', 'Jando'], ['Alex']), ('Javier', ['Javi'], []), ('Fernando', ['Nando'], ['Fred']),
    ('Rafael', ['Rafa'], ['Ralph']), ('Ramiro', ['Miro'], []), ('Raúl', [], ['Roy']), ('Rogelio', ['Roge'], ['Roger']),
    ('Gerardo', ['Jerry'], ['Gerry', 'Jerry']), ('Arturo', ['Tury'], ['Art', 'Arthur']), ('Jorge', ['Coque'], ['George']),
    ('Rodolfo', ['Fito', 'Rudy'], ['Rudy']), ('Adolfo', ['Fito'], []), ('Gilberto', ['Beto', 'Gil'], ['Gilbert']),
    ('Humberto', ['Beto'], ['Bert']), ('Jaime', [], ['James', 'Jimmy']), ('Ernesto', ['Neto'], ['Ernest', 'Ernie']),
    ('Rubén', [], []), ('Sergio', ['Checo'], []), ('Armando', ['Mando'], []), ('Vicente', ['Chente'], ['Vincent']),
    ('Lorenzo', ['Lencho'], ['Larry']), ('Salvador', ['Chava', 'Chavo'], ['Sal']), ('Santiago', ['Santi'], []),
    ('Joaquín', ['Quino'], []), ('Héctor', [], []), ('Óscar', [], []), ('Mario', [], []), ('Julio', [], []),
    ('Daniel', ['Dani'], ['Danny']), ('Gabriel', ['Gabo'], ['Gabe']), ('Andrés', [], ['Andy', 'Andrew']),
    ('Martín', [], []), ('Efraín', [], []), ('Rigoberto', ['Rigo'], []), ('Gustavo', ['Tavo'], ['Gus']),
    ('Alfredo', ['Fredo'], ['Alfred', 'Fred']), ('Ramón', ['Moncho'], ['Ray']), ('Reynaldo', ['Rey', 'Nayo'], ['Ray']),
    ('Ezequiel', ['Cheque'], ['Zeke']), ('Isidro', ['Chilo'], []), ('Federico', ['Lico'], ['Fred']),
    ('Hilario', ['Lalo'], []), ('Mauricio', ['Mau'], []), ('Adrián', [], []), ('Patricio', ['Pato'], ['Pat']),
]
HISP_F = [
    ('María', ['Mari'], ['Mary']), ('Guadalupe', ['Lupe', 'Lupita'], []), ('Graciela', ['Chela'], ['Grace']),
    ('Concepción', ['Conchita', 'Concha'], ['Connie']), ('Rosario', ['Chayo'], ['Rosie']), ('Socorro', ['Coco'], []),
    ('Dolores', ['Lola', 'Lolita'], []), ('Teresa', ['Tere'], ['Terry']), ('Leticia', ['Lety'], []),
    ('Patricia', ['Paty'], ['Patty', 'Pat']), ('Verónica', ['Vero'], ['Ronnie']), ('Alejandra', ['Ale'], ['Alex']),
    ('Margarita', ['Magui'], ['Maggie', 'Margie']), ('Elizabeth', ['Eli'], ['Liz', 'Betty']), ('Ana', ['Anita'], ['Anna']),
    ('Rosa', ['Rosita'], ['Rose']), ('Carmen', ['Carmelita'], []), ('Yolanda', ['Yoli'], []), ('Gloria', [], []),
    ('Irma', [], []), ('Norma', [], []), ('Sandra', [], ['Sandy']), ('Laura', [], []), ('Silvia', [], []),
    ('Adriana', [], []), ('Claudia', [], []), ('Martha', [], []), ('Beatriz', ['Bety'], ['Betty']),
    ('Francisca', ['Paquita', 'Pancha'], ['Frances']), ('Josefina', ['Fina', 'Chepina'], ['Josie']),
    ('Esperanza', ['Espy'], ['Hope']), ('Isabel', ['Chabela'], ['Isabelle']), ('Juana', ['Juanita'], []),
    ('Marisol', ['Mari'], []), ('Araceli', ['Chely'], []), ('Estela', [], ['Stella']), ('Blanca', [], []),
    ('Cristina', ['Cris'], ['Christina', 'Tina']), ('Gabriela', ['Gaby'], []), ('Mónica', [], []), ('Daniela', ['Dani'], []),
    ('Yesenia', [], []), ('Brenda', [], []), ('Erika', [], []), ('Diana', [], []), ('Ofelia', [], []),
    ('Lucía', ['Lucha'], ['Lucy']), ('Elena', [], ['Helen']), ('Consuelo', ['Chelo'], []), ('Mercedes', ['Meche'], []),
    ('Angélica', ['Angie'], ['Angie']), ('Virginia', [], ['Vicky']), ('Rebeca', ['Beky'], ['Becky']),
    ('Soledad', ['Chole'], []), ('Ramona', ['Monchi'], []), ('Enriqueta', ['Queta'], []), ('Refugio', ['Cuca'], []),
    ('Eva', [], []), ('Alicia', ['Licha'], ['Alice']),
]
HISP_NICK = {n: (es, en) for n, es, en in HISP_M + HISP_F}
COMP_M = [('José', 'Luis', []), ('Juan', 'Carlos', []), ('José', 'Ángel', []), ('Juan', 'Manuel', []),
          ('Luis', 'Alberto', []), ('Jesús', 'Manuel', ['Chuy']), ('José', 'Guadalupe', ['Lupe']), ('Juan', 'Pablo', []),
          ('Miguel', 'Ángel', []), ('José', 'Antonio', ['Toño']), ('Jorge', 'Luis', []), ('Carlos', 'Alberto', ['Beto']),
          ('Juan', 'José', []), ('José', 'Francisco', ['Paco'])]
COMP_F = [('María', 'Guadalupe', ['Lupe', 'Lupita']), ('María', 'Elena', ['Malena']), ('Ana', 'María', ['Anamari']),
          ('María', 'del Carmen', ['Maricarmen', 'Carmen']), ('María', 'de Jesús', ['Chuy']),
          ('María', 'Teresa', ['Maite', 'Tere']), ('Rosa', 'María', ['Rosi']), ('María', 'Isabel', ['Chabela']),
          ('María', 'Luisa', ['Malú']), ('María', 'Cristina', ['Cris']), ('Martha', 'Alicia', []), ('Diana', 'Laura', []),
          ('María', 'de los Ángeles', ['Angie']), ('María', 'Concepción', ['Conchita', 'Concha'])]
HISP_SUR = [('García', 6), ('Rodríguez', 5), ('Martínez', 5), ('Hernández', 5), ('López', 4), ('González', 5),
            ('Pérez', 3), ('Sánchez', 3), ('Ramírez', 3), ('Garza', 4), ('Torres', 2), ('Flores', 3), ('Rivera', 2),
            ('Gómez', 2), ('Reyes', 2), ('Cruz', 2), ('Treviño', 2), ('Villarreal', 2), ('Salinas', 2), ('Cantú', 2)]
HISP_SUR += [(s, 1) for s in (
    'Díaz,Morales,Ortiz,Gutiérrez,Chávez,Ramos,Ruiz,Álvarez,Mendoza,Vásquez,Castillo,Jiménez,Moreno,Romero,Herrera,'
    'Medina,Aguilar,Castro,Vargas,Guerrero,Peña,Muñoz,Ybarra,Zamora,Cavazos,Sáenz,Longoria,Guajardo,Hinojosa,Galván,'
    'Escobedo,Elizondo,Olivares,Montemayor,Lozano,Rangel,Tijerina,Benavides,Cisneros,Delgado,Espinoza,Estrada,'
    'Fuentes,Ibarra,Juárez,Luna,Maldonado,Navarro,Ochoa,Padilla,Quintanilla,Rosales,Sandoval,Solís,Tamez,Urbina,'
    'Valdez,Vela,Zúñiga,Acosta,Barrera,Cárdenas,Contreras,Domínguez,Esparza,Gallegos,Loera,Márquez,Núñez,Orozco,'
    'Rocha,Serna,Téllez,Uribe,Villanueva,Yáñez,Arredondo,Báez,Carrizales,Dávila,Enríquez,Figueroa,Saldaña,Leal,'
    'Oropeza,Quiñones,Cortez,Alaniz,Montoya,Chapa,Lugo,Carrillo,Trejo,Mata,Salazar,Sauceda,Zapata,Villegas,Ponce,'
    'Arellano,Bustamante,Ávila,Mireles,Olvera,Rendón,Tovar').split(',')]
DELA_FORMS = {
    'de la Cruz': ['de la Cruz', 'De La Cruz', 'Delacruz', 'DeLaCruz', 'Dela Cruz', 'De la Cruz'],
    'De León': ['De León', 'De Leon', 'DeLeon', 'Deleon', 'de Leon'],
    'de los Santos': ['de los Santos', 'De Los Santos', 'Delossantos', 'DeLosSantos', 'De los Santos'],
    'Del Río': ['Del Río', 'Del Rio', 'Delrio', 'DelRio', 'del Rio'],
    'de la Garza': ['de la Garza', 'De La Garza', 'Delagarza', 'DeLaGarza', 'De la Garza'],
    'De Hoyos': ['De Hoyos', 'DeHoyos', 'Dehoyos', 'de Hoyos'],
    'de la Rosa': ['de la Rosa', 'De La Rosa', 'Delarosa', 'DeLaRosa', 'De la Rosa'],
    'de la Fuente': ['de la Fuente', 'De La Fuente', 'Delafuente', 'DeLaFuente'],
    'De Luna': ['De Luna', 'DeLuna', 'Deluna', 'de Luna'],
}
HISP_SUR_ALL = HISP_SUR + [(k, 0.6) for k in DELA_FORMS]

ANGLO_M = [('James', ['Jim', 'Jimmy']), ('Robert', ['Bob', 'Bobby', 'Rob']), ('William', ['Bill', 'Billy', 'Will']),
           ('John', ['Johnny', 'Jack']), ('Michael', ['Mike']), ('David', ['Dave']), ('Richard', ['Rick', 'Rich']),
           ('Thomas', ['Tom', 'Tommy']), ('Charles', ['Chuck', 'Charlie']), ('Joseph', ['Joe', 'Joey']),
           ('Christopher', ['Chris']), ('Daniel', ['Dan', 'Danny']), ('Matthew', ['Matt']), ('Steven', ['Steve']),
           ('Kenneth', ['Ken', 'Kenny']), ('Ronald', ['Ron', 'Ronnie']), ('Donald', ['Don', 'Donnie']), ('Gary', []),
           ('Lawrence', ['Larry']), ('Jeffrey', ['Jeff']), ('Timothy', ['Tim']), ('Edward', ['Ed', 'Eddie', 'Ted']),
           ('Gregory', ['Greg']), ('Douglas', ['Doug']), ('Randall', ['Randy']), ('Wade', []), ('Clinton', ['Clint']),
           ('Travis', []), ('Dustin', ['Dusty']), ('Cody', []), ('Tanner', []), ('Marcus', []), ('DeShawn', []),
           ('Tyrone', []), ('Jamal', []), ('Darnell', []), ('Reginald', ['Reggie']), ('Cedric', []),
           ('Terrence', ['Terry']), ('Andre', []), ('Kendrick', []), ('Benjamin', ['Ben']), ('Nicholas', ['Nick']),
           ('Anthony', ['Tony']), ('Samuel', ['Sam']), ('Zachary', ['Zach']), ('Paul', []), ('Eric', []), ('Carl', []),
           ('Jesse', []), ('Harold', ['Hal']), ('Walter', ['Walt']), ('Raymond', ['Ray']), ('Gerald', ['Jerry']),
           ('Frederick', ['Fred']), ('Leonard', ['Len'])]
ANGLO_F = [('Mary', []), ('Patricia', ['Pat', 'Patty', 'Trish']), ('Jennifer', ['Jen', 'Jenny']), ('Linda', []),
           ('Elizabeth', ['Liz', 'Beth', 'Betsy']), ('Barbara', ['Barb']), ('Susan', ['Sue', 'Suzy']),
           ('Jessica', ['Jess']), ('Sarah', []), ('Karen', []), ('Nancy', []), ('Margaret', ['Peggy', 'Maggie', 'Meg']),
           ('Lisa', []), ('Betty', []), ('Deborah', ['Debbie', 'Deb']), ('Kimberly', ['Kim']), ('Cynthia', ['Cindy']),
           ('Sandra', ['Sandy']), ('Donna', []), ('Carol', []), ('Katherine', ['Kathy', 'Kate', 'Katie']),
           ('Rebecca', ['Becky']), ('Pamela', ['Pam']), ('Christine', ['Chris', 'Chrissy']), ('Victoria', ['Vicky', 'Tori']),
           ('Amanda', ['Mandy']), ('Stephanie', ['Steph']), ('Shirley', []), ('Brenda', []), ('LaToya', []),
           ('Keisha', []), ('Shanice', []), ('Tamika', []), ('Monique', []), ('Jasmine', []), ('Latrice', []),
           ('Ashley', []), ('Brittany', []), ('Amber', []), ('Crystal', []), ('Tammy', []), ('Judith', ['Judy']),
           ('Dorothy', ['Dottie']), ('Frances', ['Fran']), ('Paula', []), ('Danielle', ['Dani']), ('Erica', []),
           ('Jean', []), ('Carla', []), ('Jacqueline', ['Jackie'])]
ANGLO_SUR = [(s, 1) for s in (
    'Smith,Johnson,Williams,Brown,Jones,Miller,Davis,Wilson,Anderson,Taylor,Thomas,Moore,Jackson,Martin,Thompson,'
    'White,Harris,Clark,Lewis,Robinson,Walker,Young,Allen,King,Wright,Scott,Hill,Green,Adams,Baker,Nelson,Carter,'
    'Mitchell,Roberts,Turner,Phillips,Campbell,Parker,Evans,Edwards,Collins,Stewart,Morris,Murphy,Cook,Rogers,'
    'Cooper,Reed,Bailey,Bell,Kelly,Howard,Ward,Cox,Richardson,Wood,Watson,Brooks,Bennett,Gray,Hughes,Price,Sanders,'
    'Myers,Long,Ross,Foster,Powell,Jenkins,Perry,Russell,Sullivan,Fisher,Henderson,Coleman,Patterson,Jordan,'
    'Reynolds,Hamilton,Graham,Wallace,Cole,West,Hayes,Owens,McDonald,McKinney,O\'Brien,O\'Neal,Washington,Jefferson,'
    'Freeman,Gaines,Haynes,Mayfield,Batiste,Thibodeaux,Broussard,Guidry,Fontenot,Schulze,Kowalski,Hoffmann,Vogel,'
    'Kubala,Hajek,Novak,Muennink,Boerner,Dubose').split(',')]
ANGLO_MID_M = ['Wayne', 'Lee', 'Ray', 'Allen', 'Dale', 'Michael', 'James', 'Edward', 'Lynn', 'Dean', 'Joe']
ANGLO_MID_F = ['Ann', 'Lynn', 'Marie', 'Sue', 'Jo', 'Kay', 'Elaine', 'Renee', 'Michelle', 'Dawn']

VIET_SUR = [('Nguyen', 10), ('Tran', 5), ('Le', 4), ('Pham', 4), ('Huynh', 2), ('Hoang', 1.5), ('Phan', 1.5),
            ('Vu', 1.5), ('Vo', 1.5), ('Dang', 1), ('Bui', 1), ('Do', 1), ('Ho', 1), ('Ngo', 1), ('Duong', 1),
            ('Ly', 1), ('Truong', 1), ('Dinh', 1)]
VIET_M = ['Minh', 'Thanh', 'Hung', 'Tuan', 'Dung', 'Long', 'Quang', 'Khanh', 'Duc', 'Hai', 'Nam', 'Trung', 'Vinh',
          'Binh', 'Hieu', 'Phuc', 'Son', 'Thang', 'Tai', 'Huy', 'Bao', 'Dat', 'Cuong']
VIET_F = ['Phuong', 'Lan', 'Linh', 'Huong', 'Mai', 'Thuy', 'Hoa', 'Anh', 'Loan', 'Hanh', 'Ngoc', 'Trang', 'Thao',
          'Tam', 'Kim', 'Nga', 'Hien', 'Yen', 'Dao', 'Uyen']
VIET_MID_M = ['Van', 'Van', 'Van', 'Minh', 'Quoc', 'Duc', 'Thanh', 'Huu', 'Cong']
VIET_MID_F = ['Thi', 'Thi', 'Thi', 'Ngoc', 'Kim', 'Thu', 'Bich', 'My']
VIET_EN_M = ['Kevin', 'Tony', 'Peter', 'Andy', 'David', 'Jimmy', 'Michael', 'Vincent', 'Henry', 'John', 'Danny',
             'Steven', 'Tommy', 'Kenny', 'Johnny', 'Jason']
VIET_EN_F = ['Jenny', 'Tina', 'Kim', 'Vivian', 'Lily', 'Cindy', 'Linda', 'Nancy', 'Tammy', 'Julie', 'Amy', 'Lisa',
             'Christine', 'Helen', 'Annie', 'Victoria']
NIG_M = [('Oluwaseun', 'Seun'), ('Chukwuemeka', 'Emeka'), ('Oluwatobi', 'Tobi'), ('Adebayo', 'Bayo'),
         ('Chidiebere', 'Chidi'), ('Oladayo', 'Dayo'), ('Babatunde', 'Tunde'), ('Olumide', 'Mide'), ('Adewale', 'Wale'),
         ('Chinonso', 'Nonso'), ('Nnamdi', None), ('Obinna', None), ('Uchenna', 'Uche'), ('Ikechukwu', 'Ike'),
         ('Olusegun', 'Segun'), ('Oluwafemi', 'Femi'), ('Emmanuel', 'Emma'), ('Godwin', None), ('Samuel', 'Sam'),
         ('Oluwadamilare', 'Dami'), ('Kelechi', None), ('Tochukwu', 'Tochi')]
NIG_F = [('Olufunmilayo', 'Funmi'), ('Oluwakemi', 'Kemi'), ('Ifeoma', 'Ify'), ('Temitope', 'Tope'), ('Ngozi', None),
         ('Abimbola', 'Bimbo'), ('Folasade', 'Sade'), ('Chiamaka', 'Amaka'), ('Adaeze', 'Ada'), ('Oluwabukola', 'Bukola'),
         ('Yetunde', 'Yetty'), ('Omotola', 'Tola'), ('Blessing', None), ('Chioma', None), ('Nkechi', None),
         ('Oluwaseyi', 'Seyi'), ('Titilayo', 'Titi'), ('Grace', None), ('Esther', None)]
NIG_SUR = ['Adeyemi', 'Okafor', 'Okonkwo', 'Adebayo', 'Ogunleye', 'Eze', 'Nwosu', 'Obi', 'Okeke', 'Balogun',
           'Adekunle', 'Olawale', 'Afolabi', 'Chukwu', 'Nwachukwu', 'Ibekwe', 'Oladipo', 'Akinola', 'Oyewole', 'Ogbonna',
           'Uzoma', 'Ekwueme', 'Babalola', 'Adeleke', 'Ogundipe', 'Onyeka', 'Oyelaran', 'Akande', 'Okoro', 'Nwankwo',
           'Olaniyan', 'Ajayi', 'Bello']
IND_M = [('Rajesh', 'Raj'), ('Srinivas', 'Srini'), ('Venkata', 'Venkat'), ('Suresh', None), ('Ramesh', None),
         ('Deepak', None), ('Sanjay', None), ('Vijay', None), ('Arun', None), ('Amit', None), ('Rahul', None),
         ('Harish', None), ('Ganesh', None), ('Balasubramanian', 'Bala'), ('Hitesh', None), ('Bhavesh', None),
         ('Jignesh', None), ('Nilesh', None), ('Mahesh', None), ('Vikram', 'Vik'), ('Prakash', None), ('Dinesh', None),
         ('Kiran', None), ('Sudhir', None), ('Ashok', None), ('Manoj', None), ('Mitesh', None), ('Subramanian', 'Subbu'),
         ('Krishnamurthy', 'Krishna'), ('Chandrasekhar', 'Chandra')]
IND_F = [('Priya', None), ('Anjali', None), ('Sunita', None), ('Lakshmi', None), ('Kavitha', 'Kavi'), ('Pooja', None),
         ('Neha', None), ('Padmavathi', 'Padma'), ('Jayalakshmi', 'Jaya'), ('Rekha', None), ('Sangeeta', None),
         ('Kalpana', None), ('Hemal', None), ('Meena', None), ('Divya', None), ('Swathi', None), ('Bhavna', None),
         ('Nisha', None), ('Shobha', None), ('Vaishali', None)]
IND_SUR = [('Patel', 8), ('Shah', 2), ('Desai', 1.5), ('Mehta', 1), ('Reddy', 2), ('Rao', 1.5), ('Nair', 1),
           ('Iyer', 1), ('Krishnan', 1), ('Sharma', 1.5), ('Gupta', 1), ('Singh', 1.5), ('Kumar', 1.5),
           ('Chaudhary', 1), ('Agarwal', 1), ('Joshi', 1), ('Pillai', 1), ('Menon', 1), ('Venkataraman', 0.7),
           ('Ramaswamy', 0.7), ('Bhatt', 1), ('Trivedi', 1), ('Amin', 1), ('Parikh', 1), ('Naidu', 1)]
IND_GUJ = {'Patel', 'Shah', 'Desai', 'Mehta', 'Bhatt', 'Trivedi', 'Amin', 'Parikh', 'Joshi'}
IND_MID_GUJ = ['Kantilal', 'Ramanbhai', 'Jayantilal', 'Natvarlal', 'Bhikhubhai', 'Maganlal', 'Rameshbhai', 'Dahyabhai']
IND_MID_S = ['Ramana', 'Sai', 'Naga', 'Surya', 'Krishna', 'Rama']

ETH_W = {'HOU': [('hisp', 48), ('anglo', 26), ('viet', 11), ('nig', 8), ('ind', 7)],
         'SAT': [('hisp', 66), ('anglo', 26), ('viet', 3), ('nig', 2), ('ind', 3)],
         'ELP': [('hisp', 84), ('anglo', 13), ('viet', 1), ('nig', 1), ('ind', 1)],
         'RGV': [('hisp', 90), ('anglo', 6), ('viet', 1), ('nig', 1), ('ind', 2)],
         'DAL': [('hisp', 46), ('anglo', 34), ('viet', 7), ('nig', 7), ('ind', 6)]}

NEAR_H = {'Mario': 'María', 'María': 'Mario', 'Daniel': 'Daniela', 'Daniela': 'Daniel', 'Gabriel': 'Gabriela',
          'Gabriela': 'Gabriel', 'Julio': 'Julia', 'Francisco': 'Francisca', 'Francisca': 'Francisco',
          'Antonio': 'Antonia', 'Alejandro': 'Alejandra', 'Alejandra': 'Alejandro', 'Fernando': 'Fernanda',
          'Roberto': 'Roberta', 'Patricia': 'Patricio', 'Patricio': 'Patricia', 'Adriana': 'Adrián', 'Adrián': 'Adriana',
          'Luis': 'Luisa', 'Carlos': 'Carla', 'Juan': 'Juana', 'Juana': 'Juan', 'Manuel': 'Manuela', 'Ramona': 'Ramón',
          'Ramón': 'Ramona', 'Alberto': 'Alberta', 'Ernesto': 'Ernestina', 'Martín': 'Martina'}
NEAR_A = {'Daniel': 'Danielle', 'Danielle': 'Daniel', 'Paul': 'Paula', 'Paula': 'Paul', 'Eric': 'Erica',
          'Erica': 'Eric', 'Carl': 'Carla', 'Carla': 'Carl', 'Jesse': 'Jessie', 'Frances': 'Francis', 'Robert': 'Roberta'}

# =============================================================== organisations
A_CORES = ['Lone Star', 'Alamo', 'Bayou City', 'Sun City', 'Valley', 'Rio Grande', 'Gulf Coast', 'Hill Country',
           'Mesquite', 'Bluebonnet', 'Five Star', 'Golden', 'Royal', 'Sunrise', 'Texan', 'Premier', 'All Star',
           'Border', 'Frontera', 'Magnolia', 'Cypress', 'Pecan', 'Mission', 'Padre Island', 'Palm', 'Star', 'Eagle',
           'Longhorn', 'Mustang', 'Armadillo', 'Big Country', 'Westside', 'Eastside', 'Northside', 'Southside',
           'Quality', 'Family', 'Budget', 'Express', 'Elite', 'Liberty', 'Heritage', 'Legacy', 'Victory',
           'Cornerstone', 'Rancho', 'Tejas', 'Brazos', 'Trinity', 'Red Oak', 'Live Oak', 'Coastal', 'Metro',
           'Southwest', 'Del Norte', 'Sierra', 'Canyon', 'Prairie', 'Pioneer', 'Frontier', 'Cactus', 'Lighthouse',
           'Bright Start', 'Little Angels', 'Happy Kids', 'Tender Care', 'Summit', 'Crossroads', 'Landmark']
C_CORES = ['El Sol', 'La Esperanza', 'Guadalupe', 'San Juan', 'La Económica', 'El Ahorro', 'Monterrey', 'La Frontera',
           'Del Valle', 'Los Ángeles', 'La Estrella', 'El Progreso', 'La Victoria', 'San Miguel', 'La Unión',
           'El Porvenir', 'Santa Fe', 'La Primavera', 'Las Américas', 'El Mezquite', 'La Reina', 'El Águila',
           'San José', 'La Fe', 'El Faro', 'Los Pinos', 'La Paloma', 'El Venado', 'La Bonita', 'Mi Casa', 'La Joya',
           'El Dorado', 'Santa María', 'La Central', 'El Centenario', 'La Michoacana', 'El Norteño', 'La Sierra']
REST_CORES = ['El Gordo', 'La Bendición', 'El Tapatío', 'Los Compadres', 'El Torito', 'Don Pedro', 'Las Palmas',
              'El Rey', 'La Esquina', 'El Milagro', 'Los Cuates', 'Guadalajara', 'Jalisco', 'Arandas', 'La Fogata',
              'El Sol', 'Los Dos Potrillos', 'El Paisa', 'La Guadalupana', 'El Charro', 'Monterrey', 'San Luis',
              'Chapala', 'Morelia', 'Los Altos', 'El Jarocho', 'Tierra Caliente', 'Doña María', 'Don Chuy', 'El Nopal',
              'La Tapatía', 'El Regio', 'Los Reyes', 'La Herradura', 'El Ranchito', 'La Reina', 'Los Arcos',
              'El Pueblito', 'La Casita', 'El Rodeo', 'Michoacán', 'Las Cazuelas', 'El Fogón', 'La Pasadita', 'El Güero',
              'La Norteña', 'El Chilango', 'Los Primos', 'La Familia', 'El Mirador', 'Las Brisas', 'El Caporal',
              'Mi Pueblo', 'El Patrón', 'La Palapa', 'Los Portales', 'El Huarache', 'La Chiquita', 'El Comal',
              'La Hacienda', 'Don Ramón', 'Doña Lupe', 'El Cuñado', 'La Güera', 'Los Tres Hermanos', 'El Chaparral']
REST_T = {
    'hisp': [('Taquería {c}', 5), ('{c} Mexican Restaurant', 4), ('Restaurante {c}', 2), ('Tacos {c}', 3),
             ('{c} Tex-Mex', 1), ('Mariscos {c}', 1.5), ('Panadería {c}', 2), ('Tortillería {c}', 1.5), ('{c} Café', 1),
             ('{c} Grill & Cantina', 1), ('Raspas {c}', 0.5), ('Carnitas {c}', 0.7), ('Birria {c}', 0.7),
             ('Barbacoa {c}', 0.5)],
    'anglo': [("{s}'s Bar-B-Q", 2), ('{s} Bar-B-Q & Catering', 1), ('{a} Burger Barn', 1), ('{a} Diner', 1),
              ('{a} Steakhouse', 1), ('{a} Seafood & Oyster Bar', 1), ("{s}'s Southern Kitchen", 1), ('{a} Pizza Company', 1),
              ('{a} Chicken & Waffles', 1), ('{a} Donuts', 1.5), ('{a} Icehouse', 1), ("{s}'s Café", 1), ('{a} Bakery', 1),
              ('{a} Wings', 1)],
    'viet': [('Pho {v}', 4), ('{v} Vietnamese Cuisine', 1), ('Banh Mi {v}', 1.5), ('{v} Cajun Seafood', 2), ('{a} Donuts', 1)],
    'nig': [('{n} African Kitchen', 2), ('{n} Nigerian Cuisine', 2), ("Mama {g}'s Kitchen", 1), ('{n} Suya Spot', 1),
            ('{n} Grill & Lounge', 1)],
    'ind': [('{i} Indian Cuisine', 2), ('{i} Indian Restaurant', 2), ('{i} Grill', 1), ('{i} Sweets & Snacks', 1),
            ('{i} Biryani House', 1), ('{i} Dosa Place', 1)],
}
VIET_WORDS = ['Saigon', 'Hoa Binh', 'Tan Tan', 'Bang', 'Dien', 'Que Huong', 'Thanh', 'Hung', 'Kim', 'Mai', 'Duy', 'Nam',
              'Hanoi', 'Hue', 'Da Lat', 'Lotus', 'Tau Bay', 'Binh Minh', 'Viet Hoa', 'Cali', 'Bolsa', 'Nha Trang']
NIG_WORDS = ['Naija', 'Lagos', 'Abuja', 'Jollof', 'Eko', 'Calabar', 'Owambe', 'Enugu', 'Ibadan', 'Niger Delta',
             'Afro', 'Obalende']
IND_WORDS = ['Taj', 'Bombay', 'Masala', 'Namaste', 'Saffron', 'Tandoor', 'Madras', 'Mumbai', 'Chennai', 'Kohinoor',
             'Maharaja', 'Himalaya', 'Spice Route', 'Desi', 'Udupi', 'Delhi', 'Ganesh', 'Punjab']
LEGAL_T = [('{S} Holdings', 'LLC', 3), ('{S} Enterprises', 'Inc', 2), ('{S} Family Restaurants', 'LLC', 1),
           ('{I} Food Group', 'LLC', 1), ('{S} & Sons', 'LLC', 1), ('{S} Hospitality', 'LLC', 1),
           ('{S} Investments', 'LLC', 1), ('{I} Ventures', 'LLC', 1), ('{S} Brothers', 'Inc', 0.7),
           ('{S} Restaurant Group', 'LLC', 1)]
BIZ_T = [
    ('{S} Auto Repair', ['LLC', None], 'hisp', 3), ('{S} Tire Shop', [None], 'hisp', 1.5),
    ('Llantera {C}', [None], 'hisp', 1.5), ('{S} Body Shop', ['LLC', None], 'any', 1),
    ('Lavandería {C}', [None], 'hisp', 1), ('{A} Laundromat', ['LLC', None], 'any', 1.5),
    ('{A} Nails', ['LLC', None], 'viet', 2), ('{V} Nail Spa', ['LLC'], 'viet', 1),
    ("{F}'s Beauty Salon", [None], 'hisp', 1.5), ('Carnicería {C}', [None], 'hisp', 2),
    ('{A} Meat Market', ['Inc', None], 'any', 1), ('{A} Food Mart', ['Inc', 'LLC'], 'ind', 2),
    ('{A} Inn', ['LLC'], 'ind', 1.5), ('{S} Trucking', ['LLC'], 'any', 1.5), ('{S} Construction', ['LLC', 'Inc'], 'any', 1.5),
    ('{S} Insurance Agency', ['LLC', None], 'any', 1), ('Law Office of {G} {S}', ['PLLC', None], 'any', 1),
    ('{A} Tax Service', [None, 'LLC'], 'any', 1), ('Servicios {C}', [None], 'hisp', 1), ('{A} Florist', [None], 'any', 1),
    ('Funeraria {C}', [None, 'Inc'], 'hisp', 1), ('{S} Funeral Home', ['Inc'], 'any', 1),
    ('Salón de Eventos {C}', [None], 'hisp', 1), ('{A} Event Center', ['LLC'], 'any', 1),
    ('{A} Car Wash', ['LLC', None], 'any', 1), ('{S} Realty', ['LLC'], 'any', 1), ('Farmacia {C}', [None], 'hisp', 1),
    ('{A} Pharmacy', ['Inc', 'LLC'], 'ind', 1), ('{A} Learning Center', ['LLC', None], 'any', 2),
    ('{A} Child Care', ['LLC'], 'any', 1), ('{S} Welding', ['LLC'], 'any', 1), ('{A} Self Storage', ['LLC'], 'any', 1),
    ('{A} Cold Storage', ['Inc'], 'any', 0.5), ('Mueblería {C}', [None], 'hisp', 1), ('{A} Furniture', [None, 'Inc'], 'any', 1),
    ('{S} Roofing', ['LLC'], 'any', 1), ('{A} Senior Living', ['LLC'], 'any', 1),
    ('{A} Nursing & Rehabilitation Center', ['LLC'], 'any', 0.7), ('{S} CPA', ['PLLC', 'PC'], 'any', 1),
    ('{A} Veterinary Clinic', ['PLLC', None], 'any', 1), ('{A} Bakery', [None], 'any', 1),
    ('{A} Brewing Company', ['LLC'], 'anglo', 0.5), ('{A} Ice House', [None], 'any', 1),
    ('{A} Sports Bar & Grill', ['LLC'], 'any', 1), ('{A} Dance Hall', ['LLC', None], 'any', 0.5),
    ('Supermercado {C}', [None, 'Inc'], 'hisp', 1), ('{A} Supermarket', ['Inc'], 'any', 0.7),
    ('{A} Motel', ['LLC'], 'ind', 0.8), ('{A} Gas & Grocery', ['Inc'], 'ind', 0.8),
    ('{A} Tortilla Factory', ['Inc'], 'hisp', 0.7), ('{A} Catering', ['LLC'], 'any', 1),
    ('{S} Electric', ['LLC'], 'any', 0.7), ('{A} Printing', [None], 'any', 0.5), ('{A} Fitness', ['LLC'], 'any', 0.7),
    ('{A} Barber Shop', [None], 'any', 1), ('{V} Alterations', [None], 'viet', 0.5), ('{A} Dental Lab', ['LLC'], 'any', 0.4),
    ('{S} Plumbing Supply', ['Inc'], 'any', 0.4), ('{A} Warehouse', ['LLC'], 'any', 0.6),
]
VIET_BIZ_WORDS = ['Lotus', 'Saigon', 'Kim', 'Lily', 'Tina', 'Hana', 'Jade', 'Orchid', 'Bamboo', 'Pearl', 'Lucky',
                  'Diamond', 'Crystal', 'Royal']
CLINIC_T = [('{S} Family Medicine', ['PA', 'PLLC']), ('{A} Pediatrics', ['PA', 'PLLC']), ('{S} Pediatrics', ['PA']),
            ('Clínica {C}', [None]), ('Clínica Familiar {C}', [None, 'PLLC']), ('{A} Dental', ['PLLC', 'PC']),
            ('{S} Dental Care', ['PLLC']), ('Sonrisas {C}', ['PLLC']), ('{A} Urgent Care', ['LLC']),
            ('{S} Chiropractic', ['PA', None]), ('{A} Dialysis Center', ['LLC']), ('{A} Physical Therapy', ['PLLC']),
            ("{A} Women's Health", ['PA']), ('{A} Eye Care', ['PA']), ('{S} Internal Medicine', ['PA']),
            ('{A} Medical Clinic', [None, 'PLLC']), ('{A} Kids Dentistry', ['PLLC']), ('{A} Family Health Center', [None]),
            ('{A} Imaging Center', ['LLC'])]
CHAIN_CLINIC_T = [('{A} Pediatrics', ['PA']), ('{A} Urgent Care', ['LLC']), ('{A} Dental', ['PLLC']),
                  ('Clínica Familiar {C}', [None]), ('{A} Dialysis Center', ['LLC']), ('{A} Physical Therapy', ['PLLC']),
                  ('{A} Kids Dentistry', ['PLLC']), ('{A} Family Health Center', [None])]
APT_CORES = ['Villa del Sol', 'Las Palmas', 'Casa Grande', 'Oak Creek', 'Willow Park', 'Sierra Vista', 'Mission Oaks',
             'Rancho Grande', 'Vista Hermosa', 'Los Arcos', 'Palo Alto', 'El Dorado', 'Park Meadows', 'Westwind',
             'Sunset Ridge', 'Cedar Hollow', 'Pecan Grove', 'Las Brisas', 'Bella Vista', 'Monte Carlo', 'Casa Linda',
             'Tierra Verde', 'Fountain Park', 'Windsor Court', 'Timber Ridge', 'Summit Pointe', 'Lakeside',
             'Brookhollow', 'Stonegate', 'Briarwood', 'Copper Creek', 'Desert Springs', 'Mesa Verde', 'Franklin Hills',
             'Palm Court', 'Ebony Grove', 'Mesquite Ridge', 'La Posada', 'Casa Blanca', 'Costa Brava', 'Arbor Oaks',
             'Cypress Landing', 'Magnolia Gardens', 'Spring Hollow', 'Woodland Trails', 'Canyon Creek', 'Riverstone',
             'Parkside', 'Heritage Oaks', 'Quail Creek', 'Hunters Glen', 'Shadow Brook', 'Northgate', 'Southpark',
             'Eastgate', 'Westgate', 'Alta Vista', 'Valle Verde', 'Laguna Vista', 'Puerta del Sol', 'Plaza del Rey',
             'Vista del Valle', 'Del Mar', 'San Marcos', 'Sunrise Village', 'Green Tree', 'Royal Palms',
             'Bayou Bend', 'Los Fresnos', 'Casa de Oro', 'La Estancia', 'Mesa Grande', 'Saddlebrook', 'Whispering Oaks',
             'Silver Springs', 'Crystal Lake', 'Meadow Creek', 'Chimney Rock', 'Ridgecrest', 'Sandpiper', 'Tanglewood']
PROP_TYPES = [('Apartments', 10), ('Apartment Homes', 2), ('Townhomes', 1.5), ('Villas', 1), ('Plaza', 1.5),
              ('Shopping Center', 1.5), ('Business Park', 1), ('Office Park', 0.7), ('Senior Living', 0.8)]
PMS = [('Lone Star Property Management', 'Lone Star PM', 'SAT', 'LLC'),
       ('Alamo Residential Management', 'Alamo Residential', 'SAT', 'Inc'),
       ('Bayou City Property Group', 'Bayou City PG', 'HOU', 'LLC'),
       ('Rio Grande Valley Realty & Management', 'RGV Realty', 'RGV', 'LLC'),
       ('Sun City Property Management', 'Sun City PM', 'ELP', 'LLC'),
       ('Metroplex Residential Services', 'Metroplex Residential', 'DAL', 'Inc'),
       ('Casa Verde Property Management', 'Casa Verde PM', 'RGV', 'LLC'),
       ('Gulf Coast Apartment Management', 'Gulf Coast AM', 'HOU', 'Inc'),
       ('Frontera Property Services', 'Frontera PS', 'ELP', 'LLC'),
       ('Hill Country Property Management', 'Hill Country PM', 'SAT', 'LLC'),
       ('Trinity Residential Partners', 'Trinity Residential', 'DAL', 'LP'),
       ('Magnolia Multifamily', 'Magnolia MF', 'HOU', 'LLC'),
       ('Mission Valley Properties', 'Mission Valley', 'RGV', 'Inc'),
       ('Border Star Realty', 'Border Star', 'ELP', 'LLC'),
       ('Pecan Tree Property Management', 'Pecan Tree PM', 'SAT', 'LLC'),
       ('Cornerstone Asset Management', 'Cornerstone AM', 'HOU', 'LLC'),
       ('Paseo Property Management', 'Paseo PM', 'RGV', None),
       ('Tejas Realty Group', 'Tejas Realty', 'HOU', 'Inc')]
DISTRICTS = [
    ('Northside Independent School District', 'Northside ISD', 'NISD', 'SAT', ['San Antonio', 'Helotes', 'Leon Valley']),
    ('North East Independent School District', 'North East ISD', 'NEISD', 'SAT', ['San Antonio']),
    ('Edgewood Independent School District', 'Edgewood ISD', 'EISD', 'SAT', ['San Antonio']),
    ('South San Antonio Independent School District', 'South San ISD', 'SSAISD', 'SAT', ['San Antonio']),
    ('Ysleta Independent School District', 'Ysleta ISD', 'YISD', 'ELP', ['El Paso']),
    ('Socorro Independent School District', 'Socorro ISD', 'SISD', 'ELP', ['El Paso', 'Socorro', 'Horizon City']),
    ('El Paso Independent School District', 'El Paso ISD', 'EPISD', 'ELP', ['El Paso']),
    ('Pharr-San Juan-Alamo Independent School District', 'PSJA ISD', 'PSJA', 'RGV', ['Pharr', 'San Juan', 'Alamo']),
    ('McAllen Independent School District', 'McAllen ISD', 'MISD', 'RGV', ['McAllen']),
    ('Edinburg Consolidated Independent School District', 'Edinburg CISD', 'ECISD', 'RGV', ['Edinburg']),
    ('Brownsville Independent School District', 'Brownsville ISD', 'BISD', 'RGV', ['Brownsville']),
    ('Houston Independent School District', 'Houston ISD', 'HISD', 'HOU', ['Houston']),
    ('Aldine Independent School District', 'Aldine ISD', 'AISD', 'HOU', ['Houston', 'Humble']),
    ('Pasadena Independent School District', 'Pasadena ISD', 'PISD', 'HOU', ['Pasadena', 'Houston']),
    ('Alief Independent School District', 'Alief ISD', 'Alief', 'HOU', ['Houston']),
    ('Dallas Independent School District', 'Dallas ISD', 'DISD', 'DAL', ['Dallas']),
    ('Garland Independent School District', 'Garland ISD', 'GISD', 'DAL', ['Garland']),
]
CAMPUS_CORES = [('Lorenzo de Zavala', 'De Zavala'), ('Juan N. Seguín', 'Seguin'), ('José Antonio Navarro', 'Navarro'),
                ('César E. Chávez', 'Chavez'), ('Sam Houston', 'Sam Houston'), ('Stephen F. Austin', 'Austin'),
                ('Barbara Jordan', 'Jordan'), ('Emma Tenayuca', 'Tenayuca'), ('Raúl Yzaguirre', 'Yzaguirre'),
                ('Dr. Héctor P. García', 'Hector Garcia'), ('Henry B. González', 'Gonzalez'), ('Lyndon B. Johnson', 'LBJ'),
                ('Mirabeau B. Lamar', 'Lamar'), ('Ben Milam', 'Milam'), ('James Bowie', 'Bowie'),
                ('William B. Travis', 'Travis'), ('Jovita Idar', 'Idar'), ('Américo Paredes', 'Paredes'),
                ('Tomás Rivera', 'Rivera'), ('Gregorio Esparza', 'Esparza'), ('Lee Treviño', 'Trevino'),
                ('Benito Juárez', 'Juarez'), ('Ignacio Zaragoza', 'Zaragoza'), ('Sor Juana Inés de la Cruz', 'Sor Juana'),
                ('Octavio Paz', 'Paz'), ('Dolores Huerta', 'Huerta'), ('Sally Ride', 'Ride'), ('Mae Jemison', 'Jemison'),
                ('Thurgood Marshall', 'Marshall'), ('Oak Grove', 'Oak Grove'), ('Palm Grove', 'Palm Grove'),
                ('Valley View', 'Valley View'), ('Pecan Springs', 'Pecan Springs'), ('Sunrise', 'Sunrise'),
                ('Vista del Sol', 'Vista del Sol'), ('Mesa Vista', 'Mesa Vista'), ('Cielo Vista', 'Cielo Vista'),
                ('Río Bravo', 'Rio Bravo'), ('Las Palmas', 'Las Palmas'), ('Eastwood', 'Eastwood'),
                ('Westwood', 'Westwood'), ('Riverside', 'Riverside'), ('Northridge', 'Northridge'),
                ('Parkland', 'Parkland'), ('Hillside', 'Hillside'), ('Cedar Creek', 'Cedar Creek'),
                ('Bluebonnet', 'Bluebonnet'), ('Ebony Hills', 'Ebony Hills'), ('Gus García', 'Gus Garcia'),
                ('Rosa Parks', 'Parks'), ('Eleanor Roosevelt', 'Roosevelt'), ('Ruth Bader Ginsburg', 'Ginsburg')]
LEVELS = [('E', 55), ('M', 25), ('H', 15), ('C', 5)]
LEVEL_FORMS = {'E': ['Elementary School', 'Elementary', 'Elem', 'ES', 'Elem. School'],
               'M': ['Middle School', 'Middle', 'MS', 'Middle Sch.'],
               'H': ['High School', 'High', 'HS', 'H.S.'],
               'C': ['Early College High School', 'Early College HS', 'ECHS', 'Early College H.S.']}
CAMPUS_DISP = ['{ds} - {c}', '{c} ({da})', '{da} {c}', '{c} - {ds}', '{c}', '{da} - {c}', '{c}, {ds}']
PROP_DISP = ['{p}', '{p} c/o {pm}', '{pms} - {p}', '{p} ({pms})', '{p} - {pm}', '{pm} - {p}']
STORE_FMTS = ['#{n}', '# {n}', '{n}', 'Store #{n}', 'No. {n}', '#{z}', 'Store {n}', '- #{n}', '(#{n})', 'street']
BRANDS = [  # canonical, variants, number range, regions
    ('Whataburger', ['Whataburger', 'WHATABURGER', 'Whataburger Restaurant', 'What-A-Burger'], (1000, 1399), REGION_LIST),
    ("Church's Texas Chicken", ["Church's Texas Chicken", "Church's Chicken", 'Churchs Chicken', "Church's"], (100, 2999), REGION_LIST),
    ('Taco Cabana', ['Taco Cabana', 'Taco Cabana Restaurant', 'TacoCabana'], (1, 399), ['SAT', 'HOU', 'ELP', 'DAL', 'RGV']),
    ('Bill Miller Bar-B-Q', ['Bill Miller Bar-B-Q', 'Bill Miller BBQ', "Bill Miller's BBQ", 'Bill Millers Bar-B-Q'], (1, 90), ['SAT']),
    ('Shipley Do-Nuts', ['Shipley Do-Nuts', 'Shipley Donuts', "Shipley's Donuts", 'Shipleys'], (1, 400), ['HOU', 'SAT', 'DAL']),
    ('Golden Chick', ['Golden Chick', 'Golden Chick Restaurant', 'GoldenChick'], (1, 250), REGION_LIST),
    ("Raising Cane's", ["Raising Cane's", 'Raising Canes', "Raising Cane's Chicken Fingers"], (1, 700), REGION_LIST),
    ('Jack in the Box', ['Jack in the Box', 'Jack In The Box', 'Jack-in-the-Box'], (1000, 9999), REGION_LIST),
    ('Sonic Drive-In', ['Sonic Drive-In', 'Sonic', 'Sonic Drive In', 'SONIC'], (1000, 6999), REGION_LIST),
    ('Popeyes Louisiana Kitchen', ['Popeyes Louisiana Kitchen', 'Popeyes', "Popeye's Chicken", "Popeye's"], (1000, 13999), REGION_LIST),
    ('Little Caesars', ['Little Caesars', "Little Caesar's Pizza", 'Little Caesars Pizza'], (1000, 9999), REGION_LIST),
    ('Subway', ['Subway', 'Subway Restaurant', 'SUBWAY Sandwiches'], (10000, 69999), REGION_LIST),
    ('Kolache Factory', ['Kolache Factory', 'The Kolache Factory'], (1, 80), ['HOU', 'SAT', 'DAL']),
    ("Bahama Buck's", ["Bahama Buck's", 'Bahama Bucks', 'Bahama Bucks Shaved Ice'], (1, 150), REGION_LIST),
    ('Wingstop', ['Wingstop', 'Wing Stop', 'WingStop Restaurant'], (100, 2000), REGION_LIST),
    ("Marco's Pizza", ["Marco's Pizza", 'Marcos Pizza', "Marco's"], (1000, 9999), REGION_LIST),
    ('Chicken Express', ['Chicken Express', 'Chicken Express Restaurant'], (1, 300), ['DAL']),
    ('Stripes', ['Stripes', 'Stripes Convenience Store', 'Stripes Store'], (1000, 9999), ['RGV', 'SAT', 'ELP']),
]
OP_WORDS = ['QSR Group', 'Restaurants', 'Foods', 'Restaurant Group', 'Franchise Partners', 'Hospitality Group',
            'Food Services', 'Management Co']
SAINTS = ['Joseph', 'Anthony', 'Jude', 'Patrick', 'Mary', 'Francis of Assisi', 'Pius X', 'Ann', 'Luke', 'Michael',
          'Thomas More', 'Margaret Mary', 'Martin de Porres', 'Rose of Lima', 'Peter Claver', 'Benedict', 'Cecilia',
          'Paul', 'John Neumann', 'Vincent de Paul', 'Philip Neri', 'Matthew', 'Stephen', 'Gregory the Great',
          'Dominic', 'Helena', 'Leo the Great', 'Timothy', 'Andrew', 'Joan of Arc', 'Jerome', 'Brigid', 'Clare', 'Monica']
CATH = ['Our Lady of Guadalupe', 'Sacred Heart', 'Holy Family', 'Immaculate Conception', 'Holy Cross', 'Christ the King',
        'Our Lady of Perpetual Help', 'Vietnamese Martyrs', 'Our Lady of Lavang', 'Resurrection of the Lord',
        'Holy Spirit', 'Holy Rosary', 'Our Lady of Sorrows', 'Blessed Sacrament', 'Divine Providence', 'Prince of Peace',
        'Our Lady of the Valley', 'Good Shepherd', 'Holy Trinity', 'Most Precious Blood', 'Our Lady of Mount Carmel']
SAN = ['San Juan Diego', 'Santa Cecilia', 'San José', 'San Judas Tadeo', 'San Martín de Porres', 'Santa Rosa de Lima',
       'San Felipe de Jesús', 'San Francisco de Asís', 'Santo Niño de Atocha', 'San Juan de los Lagos', 'Santa Teresa',
       'San Isidro Labrador', 'San Pedro', 'Santa Clara', 'San Lorenzo']
BAUT = ['Emanuel', 'Getsemaní', 'Nueva Vida', 'El Calvario', 'Bethel', 'La Trinidad', 'El Buen Pastor', 'Monte Sion',
        'Betania', 'El Redentor', 'Jerusalén', 'La Gracia', 'Maranatha', 'Fe y Esperanza', 'Nueva Jerusalén',
        'El Shaddai', 'Rey de Reyes', 'Sinaí', 'Horeb', 'Belén']
TEMPLO = ['Bethel', 'La Hermosa', 'Cristo Rey', 'El Shaddai', 'Fuente de Vida', 'Jerusalén', 'Monte de los Olivos',
          'Sion', 'El Alfarero', 'La Roca', 'Aposento Alto', 'Getsemaní', 'Nuevo Amanecer', 'Vida Nueva', 'Elim']
MBC = ['Mount Zion', 'Greater New Hope', 'Greater Mount Calvary', 'New Light', 'Pleasant Grove', 'Greater Mount Olive',
       'New Hope', 'Good Hope', 'Mount Pisgah', 'Antioch', 'Greater Zion Hill', 'True Vine', 'Shiloh', 'Friendship',
       'Greater Bethel', 'Little Zion']
UMC = ['Grace', 'Trinity', "St. Mark's", 'Wesley', 'La Trinidad', 'El Mesías', 'St. Paul', 'Asbury', 'Aldersgate',
       'Christ', 'Epworth', 'Central', 'Bethany', 'El Divino Redentor', 'La Santísima Trinidad']
RCCG = ['Jesus House', 'Victory Center', 'Living Waters', 'House of Praise', 'Grace Chapel', 'Dominion Sanctuary',
        'Covenant Assembly', 'Throne of Grace', 'Strong Tower', 'Fountain of Life', 'Kings Court', 'Glory Tabernacle']
CHUA = ['Phật Quang', 'Quang Minh', 'Từ Quang', 'Liên Hoa', 'Bửu Môn', 'Trúc Lâm', 'Phổ Hiền', 'Pháp Hoa',
        'Long Hoa', 'Viên Giác']
PENT = ['Monte Sinaí', 'El Aposento Alto', 'La Nueva Jerusalén', 'Rehoboth', 'Ebenezer', 'Roca de Salvación',
        'Fuente de Salvación', 'Monte Horeb', 'Peniel']
CRIST = ['Vida Abundante', 'Amor Viviente', 'Palabra de Vida', 'Nueva Esperanza', 'Camino de Santidad', 'Agua Viva',
         'El Refugio', 'Puerta del Cielo', 'Pan de Vida', 'Luz y Verdad']

SFX_FORMS = {'LLC': ['LLC', 'L.L.C.', ', LLC', ', L.L.C.', 'Llc', ''], 'Inc': ['Inc.', 'Inc', ', Inc.', 'Incorporated', ''],
             'PLLC': ['PLLC', 'P.L.L.C.', ', PLLC', ''], 'PA': ['PA', 'P.A.', ', P.A.', ''], 'PC': ['PC', 'P.C.', ', P.C.', ''],
             'Ltd': ['Ltd.', 'Ltd', ''], 'LP': ['LP', 'L.P.', ', LP', '']}
DBA_FMTS = [' dba ', ' DBA ', ' d/b/a ', ' d.b.a. ', ' DBA: ', ' - DBA ']
ATTN = ['Attn: Accounts Payable', 'ATTN: ACCOUNTS PAYABLE', 'Attn: AP', 'Attn Accounts Payable', 'Accounts Payable',
        'Attn: AP Dept.']
ABBR_RULES = [
    ('Apartments', ['Apts', 'Apts.', 'Apt']), ('Apartment Homes', ['Apartments', 'Apts']),
    ('Management', ['Mgmt', 'Mgmt.', 'Mgt']), ('Property', ['Prop.', 'Prop']),
    ('Bar-B-Q', ['BBQ', 'Bar B Q', 'Barbecue']), (' & ', [' and ', ' + ']), (' and ', [' & ']),
    ('Company', ['Co.', 'Co']), ('Center', ['Ctr', 'Ctr.']), ('Services', ['Svcs', 'Service']),
    ('Mexican Restaurant', ['Mexican Rest.', 'Mexican Food', 'Mex. Restaurant']), (' Restaurant', ['', ' Rest.']),
    ('Elementary', ['Elem', 'Elem.']), ('Brothers', ['Bros', 'Bros.']), ('Medical', ['Med.', 'Med']),
    ('Do-Nuts', ['Donuts']), ('Donuts', ['Do-Nuts', 'Doughnuts']), ('Family', ['Fam.']),
    ('Shopping Center', ['Shopping Ctr', 'Shopping Ctr.']), ('Business Park', ['Bus. Park', 'Business Pk']),
    ('Senior Living', ['Sr. Living', 'Sr Living']), ('Townhomes', ['Townhouses', 'Town Homes']),
    ('Laundromat', ['Laundry', 'Washateria']), ('Learning Center', ['Learning Ctr', 'Lrng Ctr']),
    ('Child Care', ['Childcare', 'Day Care']), ('Insurance Agency', ['Insurance', 'Ins. Agency']),
    ('Pediatrics', ['Pediatric Clinic', 'Peds']), ('Family Medicine', ['Family Practice', 'Fam Med']),
    ('Urgent Care', ['Urgent Care Center', 'UC']), ('Dental', ['Dentistry', 'Dental Office']),
    ('Chiropractic', ['Chiropractic Clinic', 'Chiro']), ('Physical Therapy', ['PT', 'Physical Therapy Clinic']),
    ('Clínica', ['Clinic']), ('Supermercado', ['Super Mercado']), ('Self Storage', ['Storage', 'Self-Storage']),
    ('Nursing & Rehabilitation Center', ['Nursing and Rehab', 'Nursing & Rehab']), ('Tortilla Factory', ['Tortilleria']),
    ('Saint ', ['St. ']), ('Sports Bar & Grill', ['Sports Bar', 'Sports Grill']), ('Beauty Salon', ['Salon', 'Beauty Shop']),
    ('Auto Repair', ['Auto Shop', 'Automotive', 'Auto Repair Shop']), ('Tire Shop', ['Tires', 'Tire Service']),
    ('Meat Market', ['Meats', 'Meat Mkt']), ('Food Mart', ['Foodmart', 'Food Mkt']),
    ('Indian Cuisine', ['Indian Restaurant', 'Cuisine of India']), ('Cajun Seafood', ['Seafood', 'Cajun']),
    ('Grill & Cantina', ['Grill and Cantina', 'Cantina']), ('Event Center', ['Events Center', 'Event Hall']),
    ('Construction', ['Constr.', 'Const.']), ('Veterinary Clinic', ['Vet Clinic', 'Veterinary']),
    ('Realty', ['Real Estate']), ('Funeral Home', ['Funeral Home & Chapel']), ('Tax Service', ['Tax Services', 'Taxes']),
    ('Vietnamese Cuisine', ['Vietnamese Restaurant']), ('Nigerian Cuisine', ['Nigerian Restaurant']),
    ('African Kitchen', ['African Restaurant']), ('Southern Kitchen', ['Kitchen']),
    ('Pizza Company', ['Pizza Co.', 'Pizza']), ('Seafood & Oyster Bar', ['Seafood', 'Oyster Bar']),
]
PERSONAL_DOMAINS = [('gmail.com', 44), ('yahoo.com', 15), ('hotmail.com', 10), ('outlook.com', 6), ('att.net', 5),
                    ('sbcglobal.net', 4), ('icloud.com', 7), ('live.com', 3), ('aol.com', 2), ('msn.com', 1),
                    ('swbell.net', 0.8), ('me.com', 1)]
FREE_BIZ = [('gmail.com', 6), ('yahoo.com', 2), ('hotmail.com', 1), ('outlook.com', 1), ('att.net', 0.5),
            ('sbcglobal.net', 0.5)]
DOMAIN_TYPOS = {'gmail.com': ['gmial.com', 'gmal.com', 'gmail.co', 'gmail.con', 'gamil.com', 'gmaill.com'],
                'yahoo.com': ['yaho.com', 'yahooo.com', 'yahoo.co', 'yahho.com'],
                'hotmail.com': ['hotmial.com', 'hotmail.co', 'hotmal.com', 'hotmail.con'],
                'outlook.com': ['outlok.com', 'outloook.com', 'outlook.co'], 'icloud.com': ['iclod.com', 'icloud.co', 'icoud.com'],
                'att.net': ['att.ne', 'at.net', 'att.met'], 'sbcglobal.net': ['sbcgobal.net', 'sbcglobal.com', 'sbcglobel.net'],
                'live.com': ['live.co', 'lve.com'], 'aol.com': ['aol.co', 'aoll.com']}
PH_FMTS = ['({a}) {e}-{l}', '{a}-{e}-{l}', '{a}.{e}.{l}', '+1 {a} {e} {l}', '{a}{e}{l}', '1-{a}-{e}-{l}',
           '+1 ({a}) {e}-{l}', '{a} {e} {l}', '+1{a}{e}{l}']
KB = {'a': 'qswz', 'b': 'vghn', 'c': 'xdfv', 'd': 'serfcx', 'e': 'wsdr', 'f': 'drtgvc', 'g': 'ftyhbv', 'h': 'gyujnb',
      'i': 'ujko', 'j': 'huikmn', 'k': 'jiolm', 'l': 'kop', 'm': 'njk', 'n': 'bhjm', 'o': 'iklp', 'p': 'ol', 'q': 'wa',
      'r': 'edft', 's': 'awedxz', 't': 'rfgy', 'u': 'yhji', 'v': 'cfgb', 'w': 'qase', 'x': 'zsdc', 'y': 'tghu', 'z': 'asx'}


# =============================================================== registries
USED_IDS, USED_PHONES, USED_EMAILS, USED_ADDR = set(), set(), set(), set()
USED_TRADES, USED_STORE, USED_PROPS, USED_CHURCH, USED_OPS = set(), set(), set(), set(), set()
ENT = {}
GROUPS = {}


def new_id():
    while True:
        x = 'E' + format(rng.getrandbits(36), '09x')
        if x not in USED_IDS:
            USED_IDS.add(x)
            return x


def new_gid():
    return 'G%04d' % (len(GROUPS) + 1)


def register(e):
    ENT[e['id']] = e
    return e


def rand_region():
    return wpick([(r, REGIONS[r]['w']) for r in REGION_LIST])


def other_region(r):
    return wpick([(x, REGIONS[x]['w']) for x in REGION_LIST if x != r])


def new_phone(region, city=None):
    acs = CITY_AREA.get(city) or REGIONS[region]['area']
    while True:
        ac = pick(acs)
        ex = rng.randint(201, 989)
        if ex % 100 == 11 or ex == 555:
            continue
        p = '%s%03d%04d' % (ac, ex, rng.randint(0, 9999))
        if p not in USED_PHONES:
            USED_PHONES.add(p)
            return p


def phone_typo(p):
    for _ in range(50):
        i = rng.randint(3, 9)
        d = str(rng.randint(0, 9))
        if d == p[i]:
            continue
        q = p[:i] + d + p[i + 1:]
        if q not in USED_PHONES:
            USED_PHONES.add(q)
            return q
    return p


def fmt_phone(p, i, ext=None):
    s = PH_FMTS[i % len(PH_FMTS)].format(a=p[:3], e=p[3:6], l=p[6:])
    if ext:
        s += pick([' x{x}', ' ext {x}', ' ext. {x}', ' X{x}']).format(x=ext)
    return s


# ----------------------------------------------------------------- addresses
def city_entry(region, city=None):
    cs = REGIONS[region]['cities']
    if city:
        for c, w, z in cs:
            if c == city:
                return c, z
    c, w, z = wpick([((c, w, z), w) for c, w, z in cs])
    return c, z


def res_street():
    if chance(0.1):
        return {'kind': 'std', 'pre': None, 'name': pick(CALLE), 'type': None}
    return {'kind': 'std', 'pre': pick(['N', 'S', 'E', 'W']) if chance(0.15) else None, 'name': pick(RES_NAMES),
            'type': wpick(RES_TYPES)}


def major_street(region):
    pre, name, typ = pick(MAJOR[region])
    return {'kind': 'std', 'pre': pick(pre) if pre else None, 'name': name, 'type': typ}


def hwy_street(region):
    hk, n, dirs = pick(HWYS[region])
    return {'kind': 'hwy', 'hk': hk, 'n': n, 'dir': pick(dirs)}


def apt_unit():
    r = R()
    if r < 0.4:
        return str(rng.randint(101, 2420))
    if r < 0.65:
        return '%d%s' % (rng.randint(1, 30), pick('ABCD'))
    if r < 0.85:
        return '%s%d' % (pick('ABCDEFGH'), rng.randint(101, 340))
    return '%s-%d' % (pick('ABCDE'), rng.randint(1, 24))


def new_address(region, kind='res', city=None, unit=None):
    c, zips = city_entry(region, city)
    for _ in range(500):
        z = pick(zips)
        if kind == 'res':
            st = res_street() if chance(0.85) else major_street(region)
            num = str(wpick([(rng.randint(100, 999), 3), (rng.randint(1000, 9999), 5), (rng.randint(10000, 19999), 2)]))
        else:
            r = R()
            st = major_street(region) if r < 0.55 else (hwy_street(region) if r < 0.85 else res_street())
            num = str(rng.randint(100, 29999)) if st['kind'] == 'std' else str(rng.randint(1000, 24999))
        if (num, z) in USED_ADDR:
            continue
        USED_ADDR.add((num, z))
        u = None
        if unit is not False:
            if kind == 'res' and (unit or chance(0.11)) and st.get('type') not in ('Cir', 'Ct', 'Cv'):
                u = {'t': 'Apt', 'v': apt_unit(), 'bldg': None}
            elif kind == 'com' and (unit or chance(0.35)):
                u = {'t': 'Ste', 'v': pick(STE_VALS), 'bldg': pick(['1', '2', '3', 'A', 'B', 'C']) if chance(0.12) else None}
        return {'num': num, 'street': st, 'unit': u, 'city': c, 'zip': z, 'zip4': '%04d' % rng.randint(1000, 9999),
                'region': region}
    raise RuntimeError('address space exhausted')


def render_street(st, f):
    if st['kind'] == 'std':
        parts = []
        if st['pre']:
            p = st['pre']
            parts.append([p, '.'.join(p) + '.', DIRS_FULL[p]][f['pre'] % 3])
        parts.append(st['name'])
        if st['type']:
            parts.append(TYPE_FORMS[st['type']][f['st'] % 3])
        return ' '.join(parts)
    forms = HWY_FORMS[st['hk']]
    t = forms[f['hwy'] % len(forms)]
    d = st['dir']
    return t.format(n=st['n'], d=(' ' + d if d else ''), D=(' ' + DIRS_FULL[d] if d else ''),
                    p=(d + ' ' if d else ''), P=(DIRS_FULL[d] + ' ' if d else '')).strip()


def street_label(st):
    if st['kind'] == 'std':
        return st['name'] + (' ' + st['type'] if st['type'] else '')
    return render_street(st, DEFAULT_FMT)


def addr_label(a):
    return '%s %s' % (a['num'], render_street(a['street'], DEFAULT_FMT))


def city_typo(c):
    if c in CITY_TYPOS and chance(0.8):
        return pick(CITY_TYPOS[c])
    return typo(c)


def render_address(a, f, attn=None, attn_pos=None):
    l1 = '%s %s' % (a['num'], render_street(a['street'], f))
    l2 = None
    if a['unit']:
        u = a['unit']
        ut = UNIT_FORMS[u['t']][f['unit'] % len(UNIT_FORMS[u['t']])].format(v=u['v'])
        if u.get('bldg'):
            ut = BLDG_FORMS[f['bldg'] % len(BLDG_FORMS)].format(b=u['bldg']) + ' ' + ut
        if f['uline'] == 1:
            l1 = l1 + ' ' + ut
        else:
            l2 = ut
    if f.get('l1typo'):
        l1 = typo_word(l1)
    if f['l1up']:
        l1 = l1.upper()
        l2 = l2.upper() if l2 else l2
    if attn:
        if attn_pos == 'line1':
            l2 = l1 + (' ' + l2 if l2 else '')
            l1 = attn
        else:
            if l2:
                l1 = l1 + ' ' + l2
            l2 = attn
    city = a['city']
    if f.get('cityty'):
        city = f['cityty']
    if f['cityup']:
        city = city.upper()
    if f['citymiss']:
        city = None
    pc = None if f['zipmiss'] else (a['zip'] + ('-' + a['zip4'] if f['zip4'] else ''))
    return {'line1': l1, 'line2': l2, 'city': city, 'region': REG_FORMS[f['reg'] % len(REG_FORMS)],
            'postalCode': pc, 'country': CTRY_FORMS[f['cty'] % len(CTRY_FORMS)]}


def rand_adfmt(existing=False):
    if existing:
        return {'pre': wpick([(0, 8), (1, 1), (2, 1)]), 'st': wpick([(0, 8), (1, 1), (2, 1)]),
                'hwy': wpick([(0, 6), (1, 2), (2, 1), (3, 1)]), 'unit': wpick([(0, 6), (1, 2), (2, 2)]), 'bldg': 0,
                'uline': wpick([(1, 6), (2, 4)]), 'zip4': chance(0.25), 'zipmiss': chance(0.01), 'cityty': None,
                'cityup': chance(0.03), 'citymiss': False, 'l1up': chance(0.04), 'reg': wpick([(0, 9), (1, 1)]),
                'cty': wpick([(0, 3), (3, 6), (2, 1)])}
    return {'pre': rng.randrange(3), 'st': wpick([(0, 5), (1, 2), (2, 3)]), 'hwy': rng.randrange(7),
            'unit': rng.randrange(6), 'bldg': rng.randrange(4), 'uline': pick([1, 2]), 'zip4': chance(0.2),
            'zipmiss': chance(0.03), 'cityty': None, 'cityup': chance(0.08), 'citymiss': chance(0.02),
            'l1up': chance(0.08), 'reg': wpick([(0, 6), (1, 1), (2, 1), (3, 0.5), (4, 1), (5, 0.3)]),
            'cty': rng.randrange(6)}


# ----------------------------------------------------------------- typos
def typo(w):
    if not w:
        return w
    idxs = [i for i, c in enumerate(w) if c.isalpha() and i > 0]
    if not idxs:
        return w
    for _ in range(20):
        op = wpick([('del', 3), ('swap', 3), ('sub', 3), ('dup', 2)])
        i = pick(idxs)
        r = None
        if op == 'del' and len(w) > 3:
            r = w[:i] + w[i + 1:]
        elif op == 'swap' and i + 1 < len(w) and w[i + 1].isalpha() and w[i] != w[i + 1]:
            r = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == 'sub':
            c = w[i]
            lc = strip_accents(c).lower()
            if lc in KB:
                n = pick(KB[lc])
                r = w[:i] + (n.upper() if c.isupper() else n) + w[i + 1:]
        elif op == 'dup':
            r = w[:i] + w[i] + w[i:]
        if r and r != w:
            return r
    return w + w[-1]


def typo_word(text):
    words = text.split(' ')
    cands = [i for i, x in enumerate(words) if sum(ch.isalpha() for ch in x) >= 4 and not any(ch.isdigit() for ch in x)]
    if not cands:
        return text
    i = pick(cands)
    words[i] = typo(words[i])
    return ' '.join(words)


# ----------------------------------------------------------------- e-mail
def reg_email(e):
    if e in USED_EMAILS:
        return None
    USED_EMAILS.add(e)
    return e


def person_email(given, family, avoid_local=None):
    g = slug(given.split(' ')[0]) or 'x'
    f = slug(family) or 'x'
    for _ in range(100):
        yy = pick([str(rng.randint(55, 99)), str(rng.randint(0, 9)), '%02d' % rng.randint(0, 23), str(rng.randint(1960, 2005))])
        local = pick([g + '.' + f, g + f, g[0] + f, g + '_' + f, g + f + yy, f + g, g + '.' + f + yy, g + f[0] + yy,
                      f + '.' + g, g + yy, f + g[0] + yy, g[0] + f + yy, g + '.' + f[0], f + yy])
        if avoid_local and (local == avoid_local or re.sub(r'\d', '', local) == re.sub(r'\d', '', avoid_local)):
            continue
        e = reg_email(local + '@' + wpick(PERSONAL_DOMAINS))
        if e:
            return e
    raise RuntimeError('email')


def family_email(pat, a, b):
    f = slug(pat)
    for _ in range(100):
        local = pick([f + 'family', 'the' + f + 's', f + slug(a)[:1] + slug(b)[:1], f + 'house', f + 'familia',
                      slug(a)[:1] + slug(b)[:1] + f, f + '.family']) + pick(['', '', str(rng.randint(1, 99))])
        e = reg_email(local + '@' + wpick(PERSONAL_DOMAINS))
        if e:
            return e


def org_email(sl, kind):
    sl = (sl or 'office')[:30]
    boxes = {'restaurant': ['info', 'orders', 'manager', 'office', 'ap', 'billing'],
             'business': ['info', 'office', 'admin', 'contact', 'billing', 'ap'],
             'clinic': ['frontdesk', 'office', 'billing', 'admin', 'info'],
             'church': ['office', 'parishoffice', 'admin', 'secretary', 'info'],
             'apartment': ['leasing', 'manager', 'office', 'info'],
             'ap': ['ap', 'accountspayable', 'invoices', 'payables', 'billing']}[kind]
    for _ in range(100):
        if chance(0.55) or kind == 'ap':
            tld = 'org' if kind == 'church' else pick(['com', 'com', 'com', 'net', 'us'])
            e = '%s@%s.%s' % (pick(boxes), sl, tld)
        else:
            e = '%s%s@%s' % (sl, pick(['', str(rng.randint(1, 99)), '.tx', 'tx', '.office']), wpick(FREE_BIZ))
        if reg_email(e):
            return e
    raise RuntimeError('org email')


def email_domain_free(e):
    return e.split('@')[1] in [d for d, _ in PERSONAL_DOMAINS]


def provider_change(e):
    local, dom = e.split('@')
    for _ in range(50):
        nd = wpick(PERSONAL_DOMAINS)
        if dom == 'sbcglobal.net' and chance(0.5):
            nd = 'att.net'
        if nd == dom:
            continue
        r = reg_email(local + '@' + nd)
        if r:
            return r
    return reg_email(local + str(rng.randint(100, 999)) + '@gmail.com')


def email_typo(e):
    local, dom = e.split('@')
    for _ in range(50):
        if dom in DOMAIN_TYPOS and chance(0.5):
            r = local + '@' + pick(DOMAIN_TYPOS[dom])
        else:
            op = R()
            if '.' in local and op < 0.3:
                r = local.replace('.', '', 1) + '@' + dom
            elif op < 0.5:
                r = local + str(rng.randint(0, 9)) + '@' + dom
            else:
                r = typo(local) + '@' + dom
        if r != e and reg_email(r):
            return r
    return reg_email(local + 'x@' + dom)


# =============================================================== person entities
def hisp_surname(allow_particle=True):
    return wpick(HISP_SUR_ALL if allow_particle else HISP_SUR)


def gen_person_name(region, eth=None, gender=None):
    eth = eth or wpick(ETH_W[region])
    gender = gender or pick(['M', 'F'])
    n = {'eth': eth, 'gender': gender, 'g1': None, 'g2': None, 'pat': None, 'mat': None, 'suffix': None,
         'nicks_es': [], 'nicks_en': [], 'short': [], 'english': None}
    if eth == 'hisp':
        if chance(0.2):
            g1, g2, extra = pick(COMP_M if gender == 'M' else COMP_F)
            es, en = HISP_NICK[g1]
            n['nicks_es'] = list(extra) if extra else list(es)
            n['nicks_en'] = list(en)
        else:
            g1, es, en = pick(HISP_M if gender == 'M' else HISP_F)
            n['nicks_es'], n['nicks_en'] = list(es), list(en)
            g2 = None
            if chance(0.12):
                g2 = pick(HISP_M if gender == 'M' else HISP_F)[0]
                if g2 == g1:
                    g2 = None
        n['g1'], n['g2'] = g1, g2
        n['pat'] = hisp_surname(True)
        if chance(0.38):
            m = hisp_surname(False)
            if m != n['pat']:
                n['mat'] = m
        if gender == 'M' and chance(0.03):
            n['suffix'] = 'Jr.'
    elif eth == 'anglo':
        g1, nk = pick(ANGLO_M if gender == 'M' else ANGLO_F)
        n['g1'], n['nicks_en'] = g1, list(nk)
        if chance(0.3):
            n['g2'] = pick(ANGLO_MID_M if gender == 'M' else ANGLO_MID_F)
        n['pat'] = wpick(ANGLO_SUR)
        if gender == 'M' and chance(0.06):
            n['suffix'] = pick(['Jr.', 'Jr.', 'Sr.', 'III'])
    elif eth == 'viet':
        n['g1'] = pick(VIET_M if gender == 'M' else VIET_F)
        if chance(0.55):
            n['g2'] = pick(VIET_MID_M if gender == 'M' else VIET_MID_F)
        n['pat'] = wpick(VIET_SUR)
        if chance(0.35):
            n['english'] = pick(VIET_EN_M if gender == 'M' else VIET_EN_F)
    elif eth == 'nig':
        lst = NIG_M if gender == 'M' else NIG_F
        full, short = pick(lst)
        n['g1'] = full
        n['short'] = [short] if short else []
        if chance(0.3):
            o = pick(lst)[0]
            if o != full:
                n['g2'] = o
        n['pat'] = pick(NIG_SUR)
    else:
        lst = IND_M if gender == 'M' else IND_F
        full, short = pick(lst)
        n['g1'] = full
        n['short'] = [short] if short else []
        n['pat'] = wpick(IND_SUR)
        if n['pat'] in IND_GUJ and gender == 'M' and chance(0.35):
            n['g2'] = pick(IND_MID_GUJ)
        elif n['pat'] not in IND_GUJ and chance(0.3):
            n['g2'] = pick(IND_MID_S)
    return n


def name_copy(n):
    return {k: (list(v) if isinstance(v, list) else v) for k, v in n.items()
            if k in ('eth', 'gender', 'g1', 'g2', 'pat', 'mat', 'suffix', 'nicks_es', 'nicks_en', 'short', 'english')}


def make_person(name=None, region=None, addr=None, city=None, with_email=True):
    if addr is not None:
        region = addr['region']
    region = region or rand_region()
    nm = name or gen_person_name(region)
    p = {'id': new_id(), 'type': 'person', 'kind': 'person', 'region': region, 'group': None}
    p.update(name_copy(nm))
    p['addr'] = addr or new_address(region, 'res', city=city)
    p['phone'] = new_phone(region, p['addr']['city'])
    p['phone2'] = new_phone(region, p['addr']['city']) if chance(0.25) else None
    eg = pick(p['nicks_es'] + p['nicks_en'] + p['short']) if (chance(0.12) and (p['nicks_es'] or p['nicks_en'] or p['short'])) else p['g1']
    p['email'] = person_email(eg, p['pat'] if chance(0.9) or not p['mat'] else p['pat'] + p['mat']) if (with_email and chance(0.88)) else None
    p['family_email'] = None
    p['spouse_g'] = None
    p['dr'] = p['eth'] in ('ind', 'nig') and chance(0.1)
    p['sfx_locked'] = False
    return register(p)


def person_namekey(p):
    return slug(p['g1']) + '|' + slug(p['pat'])


def nick_set(n):
    return set(slug(x) for x in [n['g1']] + (n['nicks_es'] or []) + (n['nicks_en'] or []) + (n['short'] or []) +
               ([n['english']] if n.get('english') else []) + ([n['g2']] if n.get('g2') else []))


def given_distinct(a, b):
    """True when the given names of a and b cannot be read as the same person."""
    ga, gb = slug(a['g1']), slug(b['g1'])
    if ga[:3] == gb[:3]:
        return False
    if nick_set(a) & nick_set(b):
        return False
    near = NEAR_H.get(a['g1']) or NEAR_A.get(a['g1'])
    if near and slug(near) == gb:
        return False
    return True


def contact_name(region, eth=None):
    n = gen_person_name(region, eth)
    return (n['g1'], n['pat'])


# =============================================================== organisation entities
def make_org(kind, region, **kw):
    o = {'id': new_id(), 'type': 'org', 'kind': kind, 'region': region, 'trade': None, 'tsfx': None, 'legal': None,
         'lsfx': None, 'contact': None, 'loc': None, 'group': None, 'addr': None, 'phone': None, 'email': None}
    o.update(kw)
    return register(o)


def owner_eth(region):
    return wpick(ETH_W[region])


def unique_trade(fn, key_extra=''):
    for _ in range(300):
        t = fn()
        k = slug(t) + key_extra
        if k not in USED_TRADES:
            USED_TRADES.add(k)
            return t
    raise RuntimeError('trade names exhausted')


def rest_trade(eth, owner):
    t = wpick(REST_T[eth])
    return t.format(c=pick(REST_CORES), s=strip_accents(owner['pat']), a=pick(A_CORES), v=pick(VIET_WORDS),
                    n=pick(NIG_WORDS), g=(owner['short'][0] if owner['short'] else owner['g1']), i=pick(IND_WORDS))


def gen_legal(owner):
    t, sfx, _ = wpick([((t, s, w), w) for t, s, w in LEGAL_T])
    sur = owner['pat'] if chance(0.3) else strip_accents(owner['pat'])
    sur = DELA_FORMS[sur][1] if sur in DELA_FORMS else sur
    ini = (slug(owner['g1'])[:1] + slug(owner['pat'])[:1] + pick('ABCDGJMRST')).upper()
    for _ in range(50):
        legal = t.format(S=sur, I=ini)
        if slug(legal) not in USED_OPS:
            USED_OPS.add(slug(legal))
            return legal, sfx
        t, sfx, _ = wpick([((t, s, w), w) for t, s, w in LEGAL_T])
        ini = ini[:2] + pick('ABCDEFGHJKLMNPRSTVW')
    return legal + ' ' + str(rng.randint(2, 9)), sfx


def make_restaurant(region, trade=None):
    eth = owner_eth(region)
    owner = gen_person_name(region, eth)
    trade = trade or unique_trade(lambda: rest_trade(eth, owner))
    legal, lsfx = gen_legal(owner) if chance(0.45) else (None, None)
    addr = new_address(region, 'com')
    o = make_org('restaurant', region, trade=trade, legal=legal, lsfx=lsfx, contact=(owner['g1'], owner['pat']),
                 addr=addr, phone=new_phone(region, addr['city']))
    o['email'] = org_email(slug(trade), 'restaurant') if chance(0.8) else None
    return o


def biz_trade(region):
    t, sfxs, eth, _ = wpick([((t, s, e, w), w) for t, s, e, w in BIZ_T])
    if eth == 'any':
        eth = owner_eth(region)
    elif eth in ('viet', 'ind') and region in ('ELP', 'RGV') and chance(0.5):
        pass
    owner = gen_person_name(region, eth)
    sur = owner['pat'] if chance(0.35) else strip_accents(owner['pat'])
    sur = DELA_FORMS[sur][1] if sur in DELA_FORMS else sur
    fem = owner['g1'] if owner['gender'] == 'F' else gen_person_name(region, eth, 'F')['g1']
    trade = t.format(S=sur, C=pick(C_CORES), A=pick(A_CORES), G=owner['g1'], F=fem.split(' ')[0],
                     V=pick(VIET_BIZ_WORDS))
    return trade, pick(sfxs), owner


def make_business(region, trade_info=None, allow_dup=False):
    for _ in range(300):
        trade, tsfx, owner = trade_info or biz_trade(region)
        if allow_dup or slug(trade) not in USED_TRADES:
            USED_TRADES.add(slug(trade))
            break
        trade_info = None
    legal, lsfx = (None, None)
    if chance(0.2):
        legal, lsfx = gen_legal(owner)
    addr = new_address(region, 'com')
    o = make_org('business', region, trade=trade, tsfx=tsfx, legal=legal, lsfx=lsfx,
                 contact=(owner['g1'], owner['pat']), addr=addr, phone=new_phone(region, addr['city']))
    o['email'] = org_email(slug(trade), 'business') if chance(0.82) else None
    return o


def clinic_trade(region, templ):
    t, sfxs = pick(templ)
    owner = gen_person_name(region)
    sur = strip_accents(owner['pat']) if chance(0.6) else owner['pat']
    sur = DELA_FORMS[sur][1] if sur in DELA_FORMS else sur
    return t.format(S=sur, A=pick(A_CORES), C=pick(C_CORES)), pick(sfxs), owner


def make_clinic(region):
    for _ in range(300):
        trade, tsfx, owner = clinic_trade(region, CLINIC_T)
        if slug(trade) not in USED_TRADES:
            USED_TRADES.add(slug(trade))
            break
    addr = new_address(region, 'com', unit=True if chance(0.6) else None)
    o = make_org('clinic', region, trade=trade, tsfx=tsfx, contact=(owner['g1'], owner['pat']), addr=addr,
                 phone=new_phone(region, addr['city']))
    o['email'] = org_email(slug(trade), 'clinic') if chance(0.85) else None
    return o


def apt_name():
    core = pick(APT_CORES)
    typ = wpick(PROP_TYPES)
    pre = 'The Reserve at ' if chance(0.06) else ('The ' if chance(0.05) else '')
    return '%s%s %s' % (pre, core, typ)


def unique_prop_name(only_apts=False):
    for _ in range(500):
        n = apt_name()
        if only_apts and not n.endswith(('Apartments', 'Apartment Homes', 'Townhomes', 'Villas')):
            continue
        k = slug(n)
        core = slug(re.sub(r'^(The Reserve at |The )', '', n).rsplit(' ', 1)[0])
        if k not in USED_PROPS and core not in USED_PROPS:
            USED_PROPS.add(k)
            USED_PROPS.add(core)
            return n
    raise RuntimeError('property names exhausted')


def make_apartment(region):
    name = unique_prop_name(True)
    addr = new_address(region, 'com', unit=False)
    legal, lsfx = (None, None)
    if chance(0.3):
        legal, lsfx = re.sub(r' (Apartments|Apartment Homes|Townhomes|Villas)$', '', name) + ' ' + pick(['Partners', 'Housing', 'Apartments']), pick(['LP', 'Ltd', 'LLC'])
    o = make_org('apartment', region, trade=name, legal=legal, lsfx=lsfx, addr=addr,
                 phone=new_phone(region, addr['city']), contact=contact_name(region) if chance(0.5) else None)
    o['email'] = org_email(slug(name)[:18], 'apartment') if chance(0.9) else None
    return o


# --- churches
def church_spec(region):
    opts = [('saint', 5), ('catholic', 3), ('san', 3), ('bautista', 3), ('templo', 2), ('fbc', 1.5), ('pent', 1),
            ('cristiana', 1.5)]
    if region in ('HOU', 'DAL'):
        opts += [('mbc', 2), ('umc', 1.5), ('rccg', 1.5), ('chua', 1.5)]
    else:
        opts += [('mbc', 0.5), ('umc', 1.5)]
    t = wpick(opts)
    core = {'saint': SAINTS, 'catholic': CATH, 'san': SAN, 'bautista': BAUT, 'templo': TEMPLO, 'fbc': [''],
            'pent': PENT, 'cristiana': CRIST, 'mbc': MBC, 'umc': UMC, 'rccg': RCCG, 'chua': CHUA}[t]
    return (t, pick(core))


def church_forms(spec, city):
    t, c = spec
    if t == 'saint':
        return ['St. %s Catholic Church' % c, 'Saint %s Catholic Church' % c, 'St. %s Parish' % c,
                'St %s Catholic Church' % c, 'Saint %s Parish' % c, 'St. %s Church' % c]
    if t == 'catholic':
        f = ['%s Catholic Church' % c, '%s Parish' % c, '%s Church' % c, '%s Catholic Parish' % c]
        if c == 'Our Lady of Guadalupe':
            f += ['Nuestra Señora de Guadalupe', 'Our Lady of Guadalupe Church']
        return f
    if t == 'san':
        return ['%s Catholic Church' % c, '%s Parish' % c, 'Parroquia %s' % c, '%s Church' % c]
    if t == 'bautista':
        return ['Iglesia Bautista %s' % c, 'Igl. Bautista %s' % c, 'Iglesia Bautista %s Inc.' % c, 'Iglesia Bautista "%s"' % c]
    if t == 'templo':
        return ['Templo %s' % c, 'Templo %s Asambleas de Dios' % c, 'Templo %s A/G' % c, 'Templo %s AD' % c]
    if t == 'fbc':
        return ['First Baptist Church of %s' % city, 'First Baptist Church %s' % city, 'FBC %s' % city,
                'First Baptist %s' % city]
    if t == 'pent':
        return ['Iglesia de Dios Pentecostal %s' % c, 'Igl. de Dios Pentecostal %s' % c,
                'Iglesia de Dios Pentecostal M.I. %s' % c, 'IDDPMI %s' % c]
    if t == 'cristiana':
        return ['Iglesia Cristiana %s' % c, 'Igl. Cristiana %s' % c, 'Iglesia Cristiana %s Inc' % c, 'Iglesia %s' % c]
    if t == 'mbc':
        return ['%s Missionary Baptist Church' % c, '%s M.B. Church' % c, '%s MBC' % c, '%s Baptist Church' % c]
    if t == 'umc':
        return ['%s United Methodist Church' % c, '%s UMC' % c, '%s Methodist Church' % c, '%s United Methodist' % c]
    if t == 'rccg':
        return ['RCCG %s' % c, 'Redeemed Christian Church of God - %s' % c, 'RCCG %s Parish' % c,
                'Redeemed Christian Church of God %s' % c]
    if t == 'chua':
        return ['Chùa %s' % c, 'Chua %s' % strip_accents(c), '%s Buddhist Temple' % strip_accents(c),
                'Chùa %s Buddhist Temple' % c]
    raise ValueError(t)


def church_key(spec, city):
    return slug(church_forms(spec, city)[0])


def make_church(region, spec=None, city=None, allow_dup=False):
    for _ in range(300):
        sp = spec or church_spec(region)
        addr = new_address(region, 'com' if chance(0.5) else 'res', city=city, unit=False)
        k = church_key(sp, addr['city'])
        if allow_dup or k not in USED_CHURCH:
            USED_CHURCH.add(k)
            break
        spec = None
    forms = church_forms(sp, addr['city'])
    tag = slug(addr['city']) if chance(0.7) else ''
    core = slug(sp[1]) if sp[0] != 'fbc' else 'fbc' + slug(addr['city'])
    pre = {'saint': 'st', 'catholic': '', 'san': '', 'bautista': 'ib', 'templo': 'templo', 'fbc': '', 'pent': 'iddp',
           'cristiana': 'ic', 'mbc': '', 'umc': '', 'rccg': 'rccg', 'chua': 'chua'}[sp[0]]
    ceth = {'templo': 'hisp', 'bautista': 'hisp', 'pent': 'hisp', 'cristiana': 'hisp', 'san': 'hisp', 'chua': 'viet',
            'rccg': 'nig', 'mbc': 'anglo', 'umc': None, 'saint': None, 'catholic': None, 'fbc': None}[sp[0]]
    o = make_org('church', region, spec=sp, forms=forms, addr=addr, phone=new_phone(region, addr['city']),
                 contact=contact_name(region, ceth) if chance(0.45) else None)
    o['email'] = org_email(pre + core + tag, 'church') if chance(0.85) else None
    return o


# --- restaurant groups (one owner, several locations, shared AP e-mail)
def make_rest_group(region):
    eth = 'hisp' if chance(0.7) else owner_eth(region)
    owner = gen_person_name(region, eth)
    trade = unique_trade(lambda: rest_trade(eth, owner))
    legal, lsfx = gen_legal(owner)
    gid = new_gid()
    g = {'gid': gid, 'kind': 'rest_group', 'region': region, 'owner': owner, 'trade': trade, 'legal': legal,
         'lsfx': lsfx, 'members': [], 'email': org_email(slug(legal), 'ap'),
         'shared_phone': new_phone(region) if chance(0.25) else None, 'streets': [], 'next': 1,
         'ex_loctag': pick(['num', 'num', 'street'])}
    GROUPS[gid] = g
    return g


def spawn_rest_loc(g):
    for _ in range(60):
        addr = new_address(g['region'], 'com')
        lab = street_label(addr['street'])
        if lab not in g['streets']:
            break
    g['streets'].append(lab)
    n = g['next']
    g['next'] += 1
    ct = (g['owner']['g1'], g['owner']['pat']) if chance(0.5) else contact_name(g['region'])
    o = make_org('restaurant', g['region'], trade=g['trade'], legal=g['legal'], lsfx=g['lsfx'], contact=ct, addr=addr,
                 phone=g['shared_phone'] or new_phone(g['region'], addr['city']), email=g['email'], group=g['gid'],
                 loc={'num': n, 'city': addr['city'], 'street': lab})
    g['members'].append(o['id'])
    return o


# --- franchise operators
def brands_for(region):
    return [i for i, b in enumerate(BRANDS) if region in b[3]]


def make_fr_op(region, brand=None):
    brand = brand if brand is not None else pick(brands_for(region))
    owner = gen_person_name(region)
    for _ in range(100):
        if chance(0.5):
            nm = '%s %s' % (pick(A_CORES), pick(OP_WORDS))
        else:
            nm = '%s %s' % (strip_accents(owner['pat']), pick(OP_WORDS))
        if slug(nm) not in USED_OPS:
            USED_OPS.add(slug(nm))
            break
    gid = new_gid()
    g = {'gid': gid, 'kind': 'fr_op', 'region': region, 'brand': brand, 'op': nm, 'osfx': pick(['LLC', 'LLC', 'Inc', 'Ltd']),
         'email': org_email(slug(nm), 'ap'), 'members': [], 'ex_comp': wpick([('op', 5), ('brand', 3), ('none', 2)]),
         'ex_sfmt': wpick([(0, 7), (3, 1), (4, 1), (2, 1)])}
    GROUPS[gid] = g
    return g


def spawn_store(g):
    b = BRANDS[g['brand']]
    lo, hi = b[2]
    while True:
        n = rng.randint(lo, hi)
        if (g['brand'], n) not in USED_STORE:
            USED_STORE.add((g['brand'], n))
            break
    addr = new_address(g['region'], 'com')
    o = make_org('franchise', g['region'], brand=g['brand'], store=n, legal=g['op'], lsfx=g['osfx'], addr=addr,
                 phone=new_phone(g['region'], addr['city']), email=g['email'], group=g['gid'],
                 contact=contact_name(g['region']) if chance(0.4) else None, street_label=street_label(addr['street']))
    g['members'].append(o['id'])
    return o


# --- school districts
def make_district(didx):
    full, short, abbr, region, cities = DISTRICTS[didx]
    gid = new_gid()
    dom = '%s.k12.tx.us' % slug(abbr)
    g = {'gid': gid, 'kind': 'district', 'region': region, 'full': full, 'short': short, 'abbr': abbr,
         'cities': cities, 'email': reg_email('%s@%s' % (pick(['accountspayable', 'ap', 'invoices', 'ap.invoices']), dom)),
         'dom': dom, 'phone': new_phone(region, cities[0]), 'office': new_address(region, 'com', city=cities[0], unit=False),
         'members': [], 'used': []}
    GROUPS[gid] = g
    return g


def spawn_campus(g, core=None, level=None):
    used_cores = [c for c, _ in g['used']]
    if core is None:
        for _ in range(200):
            core = pick(CAMPUS_CORES)
            if core not in used_cores and slug(core[1]) not in [slug(c[1]) for c in used_cores]:
                break
    level = level or wpick(LEVELS)
    g['used'].append((core, level))
    addr = new_address(g['region'], 'com', city=pick(g['cities']), unit=False)
    phone = g['phone'] if chance(0.7) else new_phone(g['region'], addr['city'])
    email = g['email'] if chance(0.85) else reg_email('%s.%s@%s' % (slug(core[1]), level.lower() + 's', g['dom']))
    o = make_org('campus', g['region'], core=core, level=level, addr=addr, phone=phone, email=email, group=g['gid'],
                 contact=contact_name(g['region']) if chance(0.25) else None)
    g['members'].append(o['id'])
    return o


# --- property managers
def make_pm(pidx):
    full, short, region, sfx = PMS[pidx]
    gid = new_gid()
    g = {'gid': gid, 'kind': 'pm', 'region': region, 'full': full, 'short': short, 'sfx': sfx,
         'email': org_email(slug(short), 'ap'), 'phone': new_phone(region), 'members': [],
         'ex_disp': wpick([(3, 4), (0, 3), (2, 3)]), 'ex_comp': wpick([(0, 6), (1, 2), (2, 2)])}
    GROUPS[gid] = g
    return g


def spawn_property(g):
    name = unique_prop_name()
    addr = new_address(g['region'], 'com', unit=False)
    phone = g['phone'] if chance(0.65) else new_phone(g['region'], addr['city'])
    o = make_org('property', g['region'], prop=name, addr=addr, phone=phone, email=g['email'], group=g['gid'],
                 contact=contact_name(g['region']) if chance(0.4) else None)
    g['members'].append(o['id'])
    return o


# --- clinic chains
def make_clinic_chain(region):
    for _ in range(300):
        trade, tsfx, owner = clinic_trade(region, CHAIN_CLINIC_T)
        if slug(trade) not in USED_TRADES:
            USED_TRADES.add(slug(trade))
            break
    gid = new_gid()
    g = {'gid': gid, 'kind': 'clinic_chain', 'region': region, 'trade': trade, 'tsfx': tsfx, 'owner': owner,
         'email': org_email(slug(trade), 'ap'), 'members': [], 'cities': [], 'streets': [], 'next': 1}
    GROUPS[gid] = g
    return g


def spawn_clinic_loc(g):
    cities = [c for c, _, _ in REGIONS[g['region']]['cities'] if c not in g['cities']]
    city = pick(cities) if cities else None
    for _ in range(60):
        addr = new_address(g['region'], 'com', city=city, unit=True if chance(0.6) else None)
        lab = street_label(addr['street'])
        if lab not in g['streets']:
            break
    g['cities'].append(addr['city'])
    g['streets'].append(lab)
    n = g['next']
    g['next'] += 1
    o = make_org('clinic', g['region'], trade=g['trade'], tsfx=g['tsfx'], addr=addr,
                 phone=new_phone(g['region'], addr['city']), email=g['email'], group=g['gid'],
                 contact=contact_name(g['region']) if chance(0.4) else None,
                 loc={'num': n, 'city': addr['city'], 'street': lab})
    g['members'].append(o['id'])
    return o


# --- landlords with per-property customers
def make_landlord_group(person):
    gid = new_gid()
    g = {'gid': gid, 'kind': 'landlord', 'person': person['id'], 'members': [], 'region': person['region'],
         'ex_form': wpick([(0, 5), (1, 2), (2, 2), (3, 1)])}
    GROUPS[gid] = g
    person['group'] = gid
    return g


def spawn_rental(g):
    p = ENT[g['person']]
    addr = new_address(p['region'], 'res', unit=False)
    r = {'id': new_id(), 'type': 'person', 'kind': 'rental', 'region': p['region'], 'owner': p['id'], 'addr': addr,
         'phone': p['phone'], 'email': p['email'], 'phone2': None, 'group': g['gid'], 'label': addr_label(addr)}
    register(r)
    g['members'].append(r['id'])
    return r


# =============================================================== rendering
def standalone(g2):
    if g2 is None:
        return None
    if g2.startswith('del '):
        return g2[4:]
    return g2


def initial(x):
    x = standalone(x)
    if x.startswith('de '):
        x = x.split(' ')[-1]
    return strip_accents(x)[0].upper()


def dela(pat, idx):
    if pat in DELA_FORMS:
        f = DELA_FORMS[pat]
        return f[idx % len(f)]
    return pat


def person_parts(p, s):
    m = s['gmode']
    g1, g2 = p['g1'], p['g2']
    if m == 'g1g2' and g2:
        given = '%s %s' % (g1, g2)
    elif m == 'g1i2' and g2:
        given = '%s %s.' % (g1, initial(g2))
    elif m == 'g2' and g2:
        given = standalone(g2)
    elif m == 'nick':
        given = s['nick']
    elif m == 'i1':
        given = strip_accents(g1)[0] + '.'
    elif m == 'i1g2':
        given = strip_accents(g1)[0] + '.' + ((' ' + g2) if g2 else '')
    elif m == 'english':
        given = p['english']
    else:
        given = g1
    pat = dela(p['pat'], s['dela'])
    sm = s['smode']
    if sm == 'married':
        family = s['married']
    elif sm == 'pm' and p['mat']:
        family = '%s %s' % (pat, p['mat'])
    elif sm == 'p-m' and p['mat']:
        family = '%s-%s' % (pat, p['mat'])
    else:
        family = pat
    if s.get('typo') == 'given':
        given = typo(given)
    elif s.get('typo') == 'family':
        family = typo(family)
    if not s['acc']:
        given, family = strip_accents(given), strip_accents(family)
    return given, family


def apply_case(c, case):
    if case in ('upper', 'lower'):
        for k in ('displayName', 'givenName', 'familyName', 'companyName'):
            if c.get(k):
                c[k] = c[k].upper() if case == 'upper' else c[k].lower()


def render_person(p, s):
    given, family = person_parts(p, s)
    sfx = (' ' + p['suffix']) if (p['suffix'] and s['sfx']) else ''
    gn, fn = given, family
    d = s['disp']
    if s['fields'] == 'swapped':
        gn, fn = family, given
        disp = '%s %s%s' % (family, given, sfx)
    elif s['fields'] == 'native':
        mid = (' ' + p['g2']) if p['g2'] else ''
        disp = '%s%s %s' % (p['pat'], mid, p['g1'])
        if p['g2'] and s.get('native_split'):
            gn, fn = '%s %s' % (p['pat'], p['g2']), p['g1']
        else:
            gn, fn = p['pat'], ('%s %s' % (p['g2'], p['g1'])) if p['g2'] else p['g1']
    elif d == 'lf':
        disp = '%s, %s%s' % (family, given, sfx)
    elif d == 'joint':
        sp = s['spouse'] if s['acc'] else strip_accents(s['spouse'])
        disp = '%s %s %s %s' % (given, s['joiner'], sp, family)
    elif d == 'title':
        disp = '%s %s %s%s' % (s['title'], given, family, sfx)
    elif d == 'none':
        disp = None
    else:
        disp = '%s %s%s' % (given, family, sfx)
    if s['fields'] == 'display_only' and disp:
        gn = fn = None
    c = {'displayName': disp, 'givenName': gn, 'familyName': fn, 'companyName': s.get('company')}
    apply_case(c, s['case'])
    contact_common(p, s, c)
    return c


RENTAL_FORMS = ['{g} {f} - {lab}', '{g} {f} ({lab})', '{f}, {g} - {lab}', '{lab} - {g} {f}', '{lab} Rental ({f})',
                '{f} Rental - {lab}', '{g} {f} Rental {lab}']


def render_rental(r, s):
    p = ENT[r['owner']]
    given, family = person_parts(p, s)
    a = r['addr']
    lab = '%s %s' % (a['num'], render_street(a['street'], s['adfmt']) if s.get('rlab_fmt') else render_street(a['street'], DEFAULT_FMT))
    if s.get('rlab_short') and a['street']['kind'] == 'std':
        lab = '%s %s' % (a['num'], a['street']['name'])
    disp = RENTAL_FORMS[s['rform'] % len(RENTAL_FORMS)].format(g=given, f=family, lab=lab)
    if s.get('typo') == 'label':
        disp = typo_word(disp)
    c = {'displayName': disp, 'givenName': given if s['fields'] != 'display_only' else None,
         'familyName': family if s['fields'] != 'display_only' else None, 'companyName': s.get('company')}
    apply_case(c, s['case'])
    contact_common(r, s, c)
    return c


def with_sfx(name, sfx, idx):
    if not sfx or name is None:
        return name
    f = SFX_FORMS[sfx][idx % len(SFX_FORMS[sfx])]
    if not f:
        return name
    return name + f if f.startswith(',') else name + ' ' + f


def sfx_text(sfx, idx):
    if not sfx:
        return ''
    return SFX_FORMS[sfx][idx % len(SFX_FORMS[sfx])].strip(', ').lower().replace('.', '')


def abbr_re(full):
    return re.compile(r'(?<![A-Za-zÀ-ÿ])' + re.escape(full) + r'(?![A-Za-zÀ-ÿ])')


ABBR_RE = [abbr_re(f) for f, _ in ABBR_RULES]


def tv(text, s):
    if text is None:
        return None
    for ri, repl in s.get('abbr', []):
        text = ABBR_RE[ri].sub(repl, text)
    text = re.sub(r'\s+', ' ', text).strip()
    if s.get('the') == 'drop':
        text = re.sub(r'^The ', '', text)
    if not s['acc']:
        text = strip_accents(text)
    return text


def loc_tag(o, s):
    L = o.get('loc')
    if not L:
        return ''
    t = s.get('loctag', 'none')
    if t == 'num':
        if L['num'] == 1:
            return ''
        return [' #{n}', ' # {n}', ' {n}', ' No. {n}', ' - {n}', ' Location {n}'][s.get('numfmt', 0) % 6].format(n=L['num'])
    if t == 'city':
        return [' - {c}', ' ({c})', ' {c}'][s.get('tagfmt', 0) % 3].format(c=L['city'])
    if t == 'street':
        return [' - {st}', ' ({st})', ' on {st}'][s.get('tagfmt', 0) % 3].format(st=L['street'])
    return ''


def org_names(o, s):
    k = o['kind']
    if k in ('restaurant', 'business', 'clinic', 'apartment'):
        trade = tv(o['trade'], s)
        if o.get('tsfx'):
            trade = with_sfx(trade, o['tsfx'], s['tsfx'])
        tag = loc_tag(o, s)
        legal = with_sfx(tv(o['legal'], s), o['lsfx'], s['lsfx']) if o.get('legal') else None
        form = s['oform']
        if form == 'dba' and legal:
            return '%s%s%s%s' % (legal, s['dbafmt'], trade, tag), legal
        if form == 'legal' and legal:
            return legal + tag, legal
        disp = trade + tag
        comp = {'legal': legal or disp, 'same': disp, 'none': None, 'trade': trade}[s['comp']]
        return disp, comp
    if k == 'franchise':
        forms = BRANDS[o['brand']][1]
        b = tv(forms[s['bidx'] % len(forms)], s)
        f = STORE_FMTS[s['sfmt'] % len(STORE_FMTS)]
        if f == 'street':
            disp = '%s - %s' % (b, o['street_label'])
        else:
            disp = '%s %s' % (b, f.format(n=o['store'], z='%05d' % o['store']))
        g = GROUPS[o['group']]
        comp = {'op': with_sfx(tv(g['op'], s), g['osfx'], s['lsfx']), 'brand': b, 'none': None, 'same': disp}[s['comp']]
        return disp, comp
    if k == 'campus':
        g = GROUPS[o['group']]
        core = o['core'][s['cmp_core'] % 2]
        campus = tv('%s %s' % (core, LEVEL_FORMS[o['level']][s['cmp_lvl'] % len(LEVEL_FORMS[o['level']])]), s)
        disp = CAMPUS_DISP[s['cmp_disp'] % len(CAMPUS_DISP)].format(c=campus, ds=g['short'], da=g['abbr'])
        comp = [tv(g['full'], s), g['short'], g['abbr'], None][s['cmp_comp'] % 4]
        return disp, comp
    if k == 'property':
        g = GROUPS[o['group']]
        prop = tv(o['prop'], s)
        pm = with_sfx(tv(g['full'], s), g['sfx'], s['lsfx'])
        disp = PROP_DISP[s['prop_disp'] % len(PROP_DISP)].format(p=prop, pm=pm, pms=g['short'])
        comp = [pm, g['short'], None, prop][s['prop_comp'] % 4]
        return disp, comp
    if k == 'church':
        name = tv(o['forms'][s['cform'] % len(o['forms'])], s)
        if s.get('ctag'):
            city = o['addr']['city'] if s['acc'] else strip_accents(o['addr']['city'])
            name += [' - {c}', ' ({c})', ', {c}'][s.get('tagfmt', 0) % 3].format(c=city)
        comp = {'same': name, 'none': None, 'legal': name, 'trade': name}[s['comp']]
        return name, comp
    raise ValueError(k)


def render_org(o, s):
    disp, comp = org_names(o, s)
    gn = fn = None
    if o.get('contact') and (s['show_contact'] or s['oform'] == 'contact'):
        gn, fn = o['contact']
        if not s['acc']:
            gn, fn = strip_accents(gn), strip_accents(fn)
    if s['oform'] == 'contact' and gn:
        disp, comp = '%s %s' % (gn, fn), None
    if s.get('attn') and s.get('attn_pos') == 'display':
        disp = '%s %s' % (disp, s['attn'])
    if s.get('typo_name'):
        disp = typo_word(disp)
    c = {'displayName': disp, 'givenName': gn, 'familyName': fn, 'companyName': comp}
    apply_case(c, s['case'])
    contact_common(o, s, c)
    return c


def contact_common(e, s, c):
    ph = s['ph']
    v = {'keep': e.get('phone'), 'alt': e.get('phone2')}.get(ph) if ph in ('keep', 'alt') else (
        s.get('ph_val') if ph in ('changed', 'typo') else None)
    c['phone'] = fmt_phone(v, s['phfmt'], s.get('ext')) if v else s.get('miss_ph')
    em = s['em']
    if em == 'keep':
        v = e.get('email')
    elif em == 'family':
        v = e.get('family_email')
    elif em in ('provider', 'typo', 'new'):
        v = s.get('em_val')
    else:
        v = None
    if v and s.get('em_case'):
        loc, dom = v.split('@')
        v = (loc[:1].upper() + loc[1:] + '@' + dom) if s['em_case'] == 'cap' else v.upper()
    c['email'] = v if v else s.get('miss_em')
    ad = s['ad']
    a = None
    if ad == 'keep':
        a = e.get('addr')
    elif ad == 'moved':
        a = s['ad_val']
    elif ad == 'district':
        a = GROUPS[e['group']]['office']
    if a:
        c['address'] = render_address(a, s['adfmt'], s.get('attn') if s.get('attn_pos') in ('line1', 'line2') else None,
                                      s.get('attn_pos'))
    else:
        c['address'] = s.get('miss_ad')


def render(e, s):
    if e['kind'] == 'person':
        return render_person(e, s)
    if e['kind'] == 'rental':
        return render_rental(e, s)
    return render_org(e, s)


# =============================================================== styles
PH_EX_FMT = [(0, 60), (1, 25), (2, 5), (4, 5), (3, 5)]


def miss_val(incoming):
    return pick([None, None, '']) if incoming else None


def miss_addr(incoming):
    if not incoming:
        return None
    return pick([None, None, {'line1': '', 'line2': '', 'city': '', 'region': '', 'postalCode': '', 'country': ''},
                 {'line1': None, 'line2': None, 'city': None, 'region': 'TX', 'postalCode': None, 'country': None}])


def contact_style(e, s, existing):
    inc = not existing
    s['ph'] = 'keep' if (e.get('phone') and chance(0.95 if existing else 0.97)) else 'missing'
    s['phfmt'] = wpick(PH_EX_FMT) if existing else rng.randrange(len(PH_FMTS))
    s['ext'] = None
    s['em'] = 'keep' if (e.get('email') and chance(0.9 if existing else 0.9)) else 'missing'
    s['em_case'] = None if existing or not chance(0.04) else pick(['cap', 'upper'])
    s['ad'] = 'keep' if chance(0.97 if existing else 0.985) else 'missing'
    s['adfmt'] = rand_adfmt(existing)
    s['miss_ph'], s['miss_em'], s['miss_ad'] = miss_val(inc), miss_val(inc), miss_addr(inc)
    s['attn'] = s['attn_pos'] = None


def style_person(e, existing):
    p = nm(e)
    s = {'typo': None, 'nick': None, 'married': None, 'title': None, 'spouse': None, 'joiner': '&', 'company': None}
    if existing:
        s['acc'] = chance(0.55)
        s['gmode'] = wpick([('g1g2', 6), ('g1', 3), ('g1i2', 1)]) if p['g2'] else 'g1'
        s['smode'] = wpick([('pm', 55), ('pat', 35), ('p-m', 10)]) if p['mat'] else 'pat'
        s['sfx'] = bool(p['suffix']) and (p['sfx_locked'] or chance(0.85))
        s['disp'] = 'fl' if chance(0.88) else 'lf'
        s['fields'] = 'both'
        s['case'] = 'upper' if chance(0.05) else 'title'
    else:
        s['acc'] = chance(0.35)
        s['gmode'] = wpick([('g1', 5), ('g1g2', 4), ('g1i2', 1)]) if p['g2'] else 'g1'
        s['smode'] = wpick([('pat', 5), ('pm', 4), ('p-m', 1)]) if p['mat'] else 'pat'
        s['sfx'] = bool(p['suffix']) and (p['sfx_locked'] or chance(0.6))
        s['disp'] = 'fl' if chance(0.85) else 'lf'
        s['fields'] = 'display_only' if chance(0.04) else 'both'
        s['case'] = wpick([('title', 89), ('upper', 8), ('lower', 3)])
    s['dela'] = rng.randrange(6)
    if p['eth'] == 'viet' and chance(0.06):
        s['fields'] = 'native'
        s['native_split'] = chance(0.5)
    contact_style(e, s, existing)
    if e['kind'] == 'rental':
        s['rform'] = GROUPS[e['group']]['ex_form'] if existing else rng.randrange(len(RENTAL_FORMS))
        s['rlab_fmt'] = (not existing) and chance(0.5)
        s['rlab_short'] = (not existing) and chance(0.2)
        s['gmode'] = 'g1'
        s['smode'] = 'pat'
        s['ad'] = 'keep'
        if s['fields'] == 'native':
            s['fields'] = 'both'
    return s


def style_org(o, existing):
    k = o['kind']
    s = {'acc': chance(0.6 if existing else 0.4), 'abbr': [], 'the': None, 'typo_name': False,
         'case': ('upper' if chance(0.05) else 'title') if existing else wpick([('title', 90), ('upper', 8), ('lower', 2)]),
         'oform': 'trade', 'dbafmt': pick(DBA_FMTS), 'lsfx': 0 if (existing and chance(0.7)) else rng.randrange(6),
         'tsfx': 0 if (existing and chance(0.7)) else rng.randrange(6), 'comp': 'same', 'loctag': 'none',
         'numfmt': rng.randrange(6) if not existing else 0, 'tagfmt': rng.randrange(3) if not existing else 0,
         'bidx': 0, 'sfmt': 0, 'cform': 0, 'ctag': False, 'cmp_core': 0, 'cmp_lvl': 0, 'cmp_disp': 0, 'cmp_comp': 0,
         'prop_disp': 0, 'prop_comp': 0, 'show_contact': chance(0.55 if existing else 0.4)}
    if k in ('restaurant', 'business', 'clinic', 'apartment'):
        if o.get('legal'):
            s['oform'] = wpick([('trade', 7), ('dba', 2), ('legal', 0.4)]) if existing else wpick([('trade', 8), ('dba', 1.5), ('legal', 0.5)])
            if existing and o.get('loc') and s['oform'] == 'legal':
                s['oform'] = 'trade'
            s['comp'] = wpick([('legal', 6), ('same', 3), ('none', 1)])
        else:
            s['comp'] = wpick([('same', 6), ('none', 4)])
        if o.get('loc'):
            g = GROUPS[o['group']]
            if existing:
                s['loctag'] = g.get('ex_loctag') or ('city' if len(set(g['cities'])) == len(g['cities']) else 'street')
            else:
                s['loctag'] = wpick([('num', 3), ('street', 3), ('city', 2), ('none', 2)])
    elif k == 'franchise':
        g = GROUPS[o['group']]
        s['comp'] = g['ex_comp'] if existing else wpick([('op', 3), ('brand', 3), ('none', 3), ('same', 1)])
        s['sfmt'] = g['ex_sfmt'] if existing else wpick([(i, 1) for i in range(9)] + [(9, 1.2)])
        s['bidx'] = 0 if (existing or chance(0.5)) else rng.randrange(len(BRANDS[o['brand']][1]))
    elif k == 'campus':
        if existing:
            s['cmp_core'] = 0 if chance(0.7) else 1
            s['cmp_lvl'] = 0 if chance(0.6) else 1
            s['cmp_disp'] = pick([0, 1, 3, 5])
            s['cmp_comp'] = wpick([(0, 5), (1, 3), (3, 2)])
        else:
            s['cmp_core'], s['cmp_lvl'] = rng.randrange(2), rng.randrange(5)
            s['cmp_disp'], s['cmp_comp'] = rng.randrange(len(CAMPUS_DISP)), rng.randrange(4)
    elif k == 'property':
        g = GROUPS[o['group']]
        if existing:
            s['prop_disp'], s['prop_comp'] = g['ex_disp'], g['ex_comp']
        else:
            s['prop_disp'], s['prop_comp'] = rng.randrange(len(PROP_DISP)), rng.randrange(4)
    elif k == 'church':
        s['cform'] = 0 if (existing and chance(0.75)) else rng.randrange(len(o['forms']))
        s['comp'] = wpick([('same', 6), ('none', 4)])
        s['ctag'] = chance(0.1)
        s['tagfmt'] = rng.randrange(3)
    if existing and chance(0.15):
        rules = applicable_abbr(o)
        if rules:
            ri = pick(rules)
            s['abbr'] = [(ri, pick(ABBR_RULES[ri][1]))]
    contact_style(o, s, existing)
    return s


def org_texts(o):
    k = o['kind']
    if k in ('restaurant', 'business', 'clinic', 'apartment'):
        return [o['trade'], o.get('legal') or '']
    if k == 'franchise':
        return [BRANDS[o['brand']][1][0], GROUPS[o['group']]['op']]
    if k == 'campus':
        return ['%s %s' % (o['core'][0], LEVEL_FORMS[o['level']][0]), GROUPS[o['group']]['full']]
    if k == 'property':
        return [o['prop'], GROUPS[o['group']]['full']]
    if k == 'church':
        return list(o['forms'][:1])
    return []


def applicable_abbr(o):
    texts = org_texts(o)
    return [i for i, (f, _) in enumerate(ABBR_RULES) if any(ABBR_RE[i].search(t) for t in texts)]


def style_for(e, existing):
    if e['type'] == 'person':
        return style_person(e, existing)
    return style_org(e, existing)


P_NAME_KEYS = ['acc', 'gmode', 'smode', 'dela', 'sfx', 'disp', 'fields', 'native_split', 'case', 'nick', 'title',
               'spouse', 'joiner', 'married', 'rform', 'rlab_fmt', 'rlab_short']
O_NAME_KEYS = ['acc', 'abbr', 'case', 'oform', 'dbafmt', 'lsfx', 'tsfx', 'comp', 'loctag', 'numfmt', 'tagfmt', 'bidx',
               'sfmt', 'cform', 'ctag', 'cmp_core', 'cmp_lvl', 'cmp_disp', 'cmp_comp', 'prop_disp', 'prop_comp',
               'show_contact', 'the']


def copy_name_style(e, s, exs):
    for k in (P_NAME_KEYS if e['type'] == 'person' else O_NAME_KEYS):
        if k in exs:
            s[k] = copy.deepcopy(exs[k])


# =============================================================== evidence (same logic as check.py)
STOPTOK = {'llc', 'inc', 'the', 'of', 'dba', 'd', 'b', 'a', 'co', 'ltd', 'pa', 'pllc', 'pc', 'lp', 'attn', 'accounts',
           'payable', 'ap', 'c', 'o', 'and', 'de', 'la', 'del', 'los', 'las', 'el', 'l', 's', 'dept', 'incorporated', 'y'}


def norm_phone(p):
    if not p:
        return None
    p = re.split(r'(?i)\s*(?:x|ext\.?)\s*\d', p)[0]
    d = re.sub(r'\D', '', p)
    if len(d) == 11 and d[0] == '1':
        d = d[1:]
    return d if len(d) == 10 else None


def norm_email(e):
    if not e or '@' not in e:
        return None
    return e.strip().lower()


def addr_key(a):
    if not a:
        return None
    num = None
    for ln in (a.get('line1'), a.get('line2')):
        if ln:
            m = re.match(r'\s*(\d+)\b', ln)
            if m:
                num = m.group(1).lstrip('0') or '0'
                break
    z = re.match(r'\s*(\d{5})', a.get('postalCode') or '')
    if num and z:
        return num + '|' + z.group(1)
    return None


def rec_keys(c):
    out = []
    p = norm_phone(c.get('phone'))
    if p:
        out.append(('p', p))
    e = norm_email(c.get('email'))
    if e:
        out.append(('e', e))
    a = addr_key(c.get('address'))
    if a:
        out.append(('a', a))
    return out


def name_tokens(c):
    txt = ' '.join(x for x in (c.get('displayName'), c.get('companyName'), c.get('givenName'), c.get('familyName')) if x)
    out = set()
    for t in re.findall(r'[a-z0-9]+', strip_accents(txt).lower()):
        if t.isdigit():
            t = t.lstrip('0') or '0'
        if t not in STOPTOK:
            out.add(t)
    return out


EX_RECS = []          # rendered existing records (contact dicts), by position
EX_KEYIDX = {}        # key -> [positions]


def build_key_index():
    EX_KEYIDX.clear()
    for i, c in enumerate(EX_RECS):
        for k in rec_keys(c):
            EX_KEYIDX.setdefault(k, []).append(i)


def evidence(inc, ti):
    kt = rec_keys(EX_RECS[ti])
    matched = [k for k in rec_keys(inc) if k in kt]
    if not matched:
        return None
    if any(len(EX_KEYIDX.get(k, [])) == 1 for k in matched):
        return 'unique_key'
    tt = name_tokens(inc)
    st = len(tt & name_tokens(EX_RECS[ti]))
    if st == 0:
        return None
    others = sorted(set(j for k in matched for j in EX_KEYIDX[k] if j != ti))
    for j in others:
        if len(tt & name_tokens(EX_RECS[j])) >= st:
            return None
    return 'shared_key_plus_name'


def matched_kinds(inc, exr):
    kt = rec_keys(exr)
    return set(k[0] for k in rec_keys(inc) if k in kt)


def need_ok(inc, exr, need):
    if not need:
        return True
    m = matched_kinds(inc, exr)
    if need == 'pe':
        return 'p' in m or 'e' in m
    if need == 'two':
        return len(m) >= 2
    if need == 'all3':
        return len(m) == 3
    return True


# =============================================================== match categories
CAT_FN, NAME_CATS = {}, set()
W_P, W_R, W_O = {}, {}, {}


def cat(name, wp=0, wr=0, wo=0, is_name=False):
    def deco(fn):
        CAT_FN[name] = fn
        if is_name:
            NAME_CATS.add(name)
        for W, w in ((W_P, wp), (W_R, wr), (W_O, wo)):
            if w:
                W[name] = w
        return fn
    return deco


def nm(e):
    return ENT[e['owner']] if e['kind'] == 'rental' else e


def ex_has(exr, what):
    if what == 'phone':
        return norm_phone(exr.get('phone')) is not None
    if what == 'email':
        return norm_email(exr.get('email')) is not None
    return addr_key(exr.get('address')) is not None


def ex_text(exr):
    return ' '.join(x for x in (exr.get('displayName'), exr.get('givenName'), exr.get('familyName'),
                                exr.get('companyName')) if x)


@cat('format_only', 5, 3, 5, is_name=True)
def c_format_only(e, exs, exr, s):
    s['ph'] = 'keep' if e.get('phone') and ex_has(exr, 'phone') else s['ph']
    s['em'] = 'keep' if e.get('email') and ex_has(exr, 'email') else s['em']
    s['ad'] = 'keep'
    return True


@cat('accent_dropped', 5, 1, 2, is_name=True)
def c_accent_dropped(e, exs, exr, s):
    if not has_accent(ex_text(exr)):
        return False
    s['acc'] = False
    return True


@cat('accent_added', 1.5, 0, 0.5, is_name=True)
def c_accent_added(e, exs, exr, s):
    n = nm(e)
    if e['type'] == 'person':
        ok = has_accent(n['g1']) or has_accent(n['pat'])
    else:
        ok = any(has_accent(t) for t in org_texts(e))
    if has_accent(ex_text(exr)) or not ok:
        return False
    s['acc'] = True
    return True


@cat('compound_surname', 6, 0, 0, is_name=True)
def c_compound(e, exs, exr, s):
    if not e.get('mat'):
        return False
    s['smode'] = pick([m for m in ('pat', 'pm', 'p-m') if m != exs['smode']])
    if e.get('g2') and chance(0.3):
        s['gmode'] = 'g1i2'
    return True


@cat('second_given_name', 4, 0, 0, is_name=True)
def c_second_given(e, exs, exr, s):
    if not e.get('g2'):
        return False
    opts = ['g1', 'g1g2', 'g1i2']
    if e['eth'] == 'hisp' and not e['g2'].startswith('de '):
        opts += ['g2', 'g2']
    opts = [o for o in opts if o != exs['gmode']]
    s['gmode'] = pick(opts)
    if s['gmode'] == 'g2':
        s['need'] = 'pe'
    return True


def _nick(e, s, lst, need='pe'):
    if not lst:
        return False
    s['gmode'] = 'nick'
    s['nick'] = pick(lst)
    s['need'] = need
    return True


@cat('nickname_es', 7, 0, 0, is_name=True)
def c_nick_es(e, exs, exr, s):
    return e['eth'] == 'hisp' and _nick(e, s, e['nicks_es'])


@cat('anglicized_name', 3, 0, 0, is_name=True)
def c_anglicized(e, exs, exr, s):
    return e['eth'] == 'hisp' and _nick(e, s, e['nicks_en'])


@cat('nickname_en', 4, 0, 0, is_name=True)
def c_nick_en(e, exs, exr, s):
    return e['eth'] == 'anglo' and _nick(e, s, e['nicks_en'])


@cat('short_form_name', 3, 0, 0, is_name=True)
def c_short(e, exs, exr, s):
    return e['eth'] in ('nig', 'ind') and _nick(e, s, e['short'])


@cat('initials_for_given', 1.5, 0, 0, is_name=True)
def c_initials(e, exs, exr, s):
    if e['eth'] not in ('ind', 'anglo', 'nig') or (e['eth'] == 'anglo' and not e['g2']):
        return False
    s['gmode'] = 'i1g2' if e['g2'] else 'i1'
    s['need'] = 'pe'
    return True


@cat('english_name_adopted', 2, 0, 0, is_name=True)
def c_english(e, exs, exr, s):
    if not e.get('english'):
        return False
    s['gmode'] = 'english'
    s['need'] = 'two'
    return True


@cat('vietnamese_name_order', 2.5, 0, 0, is_name=True)
def c_viet_order(e, exs, exr, s):
    if e['eth'] != 'viet':
        return False
    if exs['fields'] == 'native':
        s['fields'], s['disp'] = 'both', 'fl'
    else:
        s['fields'] = 'native'
        s['native_split'] = chance(0.5)
    return True


@cat('de_la_particle', 3, 0, 0, is_name=True)
def c_dela(e, exs, exr, s):
    if e['pat'] not in DELA_FORMS:
        return False
    forms = DELA_FORMS[e['pat']]
    cur = forms[exs['dela'] % len(forms)]
    s['dela'] = pick([i for i in range(len(forms)) if forms[i] != cur])
    return True


@cat('last_first_order', 3, 0, 0, is_name=True)
def c_last_first(e, exs, exr, s):
    if exs['fields'] != 'both':
        return False
    s['fields'] = 'both'
    s['disp'] = 'lf' if exs['disp'] == 'fl' else 'fl'
    return True


@cat('given_family_swapped', 3, 0, 0, is_name=True)
def c_swapped(e, exs, exr, s):
    if exs['fields'] == 'native':
        return False
    s['fields'] = 'swapped'
    return True


@cat('name_typo', 7, 2, 0, is_name=True)
def c_name_typo(e, exs, exr, s):
    if e['kind'] == 'rental':
        s['typo'] = pick(['family', 'label'])
    else:
        s['typo'] = wpick([('given', 2), ('family', 3)])
    return True


@cat('all_caps', 3, 1, 3, is_name=True)
def c_caps(e, exs, exr, s):
    s['case'] = ('upper' if chance(0.8) else 'lower') if exs['case'] != 'upper' else 'title'
    return True


@cat('married_surname', 1.2, 0, 0, is_name=True)
def c_married(e, exs, exr, s):
    if e['gender'] != 'F' or e['eth'] not in ('hisp', 'anglo') or not all(ex_has(exr, w) for w in ('phone', 'email', 'addr')):
        return False
    hus = strip_accents(hisp_surname(False)) if e['eth'] == 'hisp' else wpick(ANGLO_SUR)
    if slug(hus) == slug(e['pat']):
        return False
    s['smode'] = 'married'
    s['married'] = ('%s de %s' % (dela(e['pat'], s['dela']), hus)) if (e['eth'] == 'hisp' and chance(0.4)) else hus
    s['ph'], s['em'], s['ad'] = 'keep', 'keep', 'keep'
    s['need'] = 'all3'
    return True


@cat('spouse_joint_name', 2, 0, 0, is_name=True)
def c_joint(e, exs, exr, s):
    if exs['fields'] == 'native':
        return False
    sp = e.get('spouse_g') or gen_person_name(e['region'], e['eth'], 'F' if e['gender'] == 'M' else 'M')['g1']
    s['disp'], s['fields'] = 'joint', 'both'
    s['spouse'] = sp
    s['joiner'] = pick(['&', 'and', 'y']) if e['eth'] == 'hisp' else pick(['&', 'and'])
    return True


@cat('title_added', 1, 0, 0, is_name=True)
def c_title(e, exs, exr, s):
    if exs['fields'] == 'native':
        return False
    s['disp'] = 'title'
    if e.get('dr'):
        s['title'] = 'Dr.'
    elif e['gender'] == 'M':
        s['title'] = pick(['Mr.', 'Mr', 'Sr.']) if e['eth'] == 'hisp' else pick(['Mr.', 'Mr'])
    else:
        s['title'] = pick(['Mrs.', 'Ms.', 'Sra.']) if e['eth'] == 'hisp' else pick(['Mrs.', 'Ms.', 'Ms'])
    return True


@cat('suffix_dropped_or_added', 1.5, 0, 0, is_name=True)
def c_suffix(e, exs, exr, s):
    if not e.get('suffix') or e.get('sfx_locked'):
        return False
    s['sfx'] = not exs['sfx']
    return True


@cat('display_name_missing', 1, 0, 0, is_name=True)
def c_disp_missing(e, exs, exr, s):
    s['disp'] = 'none'
    s['fields'] = 'both'
    return True


# ---- contact-detail categories (all party types)
@cat('phone_changed', 5, 1, 3)
def c_phone_changed(e, exs, exr, s):
    if not ex_has(exr, 'phone'):
        return False
    s['ph'] = 'changed'
    s['ph_val'] = new_phone(e['region'], (e.get('addr') or {}).get('city'))
    return True


@cat('phone_typo', 3, 0, 2)
def c_phone_typo(e, exs, exr, s):
    if not ex_has(exr, 'phone') or not e.get('phone'):
        return False
    s['ph'] = 'typo'
    s['ph_val'] = phone_typo(e['phone'])
    return True


@cat('phone_missing', 3, 1, 2)
def c_phone_missing(e, exs, exr, s):
    if not ex_has(exr, 'phone'):
        return False
    s['ph'] = 'missing'
    return True


@cat('phone_other_number', 2, 0, 0)
def c_phone_other(e, exs, exr, s):
    if not e.get('phone2'):
        return False
    s['ph'] = 'alt'
    return True


@cat('phone_extension_format', 0, 0, 2)
def c_phone_ext(e, exs, exr, s):
    if not ex_has(exr, 'phone') or not e.get('phone'):
        return False
    s['ph'] = 'keep'
    s['ext'] = str(rng.randint(10, 399))
    s['phfmt'] = pick([i for i in range(len(PH_FMTS)) if i != exs['phfmt']])
    return True


@cat('email_provider_changed', 3, 0, 0.5)
def c_email_provider(e, exs, exr, s):
    if not ex_has(exr, 'email') or not e.get('email') or not email_domain_free(e['email']):
        return False
    s['em'] = 'provider'
    s['em_val'] = provider_change(e['email'])
    return True


@cat('email_typo', 3, 0, 2)
def c_email_typo(e, exs, exr, s):
    if not ex_has(exr, 'email') or not e.get('email'):
        return False
    s['em'] = 'typo'
    s['em_val'] = email_typo(e['email'])
    return True


@cat('email_missing', 2, 1, 2)
def c_email_missing(e, exs, exr, s):
    if not ex_has(exr, 'email'):
        return False
    s['em'] = 'missing'
    return True


@cat('email_changed', 2, 0, 3)
def c_email_new(e, exs, exr, s):
    if not ex_has(exr, 'email') or not e.get('email'):
        return False
    s['em'] = 'new'
    if e['type'] == 'person':
        s['em_val'] = person_email(e['g1'], e['pat'], avoid_local=e['email'].split('@')[0])
    elif e.get('contact') and chance(0.6):
        s['em_val'] = person_email(e['contact'][0], e['contact'][1])
    else:
        s['em_val'] = org_email(slug(org_texts(e)[0])[:14] + pick(['office', 'mgr', 'tx', 'billing']), 'business')
    return True


@cat('shared_family_email', 2.5, 0, 0)
def c_family_email(e, exs, exr, s):
    if not e.get('family_email') or norm_email(exr.get('email')) == e['family_email']:
        return False
    s['em'] = 'family'
    return True


@cat('moved_new_address', 5, 0, 1.5)
def c_moved(e, exs, exr, s):
    if not ex_has(exr, 'addr'):
        return False
    if e['type'] == 'org' and (e.get('group') or e['kind'] in ('apartment', 'campus', 'property', 'franchise')):
        return False
    reg = e['region'] if chance(0.85) else other_region(e['region'])
    s['ad'] = 'moved'
    s['ad_val'] = new_address(reg, 'res' if e['type'] == 'person' else 'com')
    s['need'] = 'pe'
    return True


def _addr(e):
    return e.get('addr')


@cat('address_abbrev', 4, 2, 4)
def c_addr_abbrev(e, exs, exr, s):
    if s['ad'] in ('moved', 'district'):
        return False
    a = _addr(e)
    if not a or not ex_has(exr, 'addr') or a['street']['kind'] != 'std':
        return False
    st = a['street']
    if not st['pre'] and not st['type']:
        return False
    ef = exs['adfmt']
    s['ad'] = 'keep'
    if st['type'] and (not st['pre'] or chance(0.6)):
        cur = TYPE_FORMS[st['type']][ef['st'] % 3]
        opts = [i for i in range(3) if TYPE_FORMS[st['type']][i] != cur]
        if not opts:
            return False
        s['adfmt']['st'] = pick(opts)
    if st['pre']:
        s['adfmt']['pre'] = pick([i for i in range(3) if i != ef['pre'] % 3])
    return True


@cat('highway_name_form', 3, 1, 4)
def c_hwy(e, exs, exr, s):
    if s['ad'] in ('moved', 'district'):
        return False
    a = _addr(e)
    if not a or not ex_has(exr, 'addr') or a['street']['kind'] != 'hwy':
        return False
    cur = render_street(a['street'], exs['adfmt'])
    opts = [i for i in range(len(HWY_FORMS[a['street']['hk']])) if render_street(a['street'], dict(exs['adfmt'], hwy=i)) != cur]
    s['ad'] = 'keep'
    s['adfmt']['hwy'] = pick(opts)
    return True


@cat('unit_suite_format', 2, 0, 3)
def c_unit(e, exs, exr, s):
    if s['ad'] in ('moved', 'district'):
        return False
    a = _addr(e)
    if not a or not a['unit'] or not ex_has(exr, 'addr'):
        return False
    ef = exs['adfmt']
    forms = UNIT_FORMS[a['unit']['t']]
    cur = forms[ef['unit'] % len(forms)]
    s['ad'] = 'keep'
    s['adfmt']['unit'] = pick([i for i in range(len(forms)) if forms[i] != cur])
    s['adfmt']['uline'] = pick([1, 2])
    return True


@cat('zip4_vs_zip5', 2, 1, 2)
def c_zip(e, exs, exr, s):
    if s['ad'] in ('moved', 'district'):
        return False
    if not ex_has(exr, 'addr') or not _addr(e):
        return False
    s['ad'] = 'keep'
    s['adfmt']['zip4'] = not exs['adfmt']['zip4']
    s['adfmt']['zipmiss'] = False
    return True


@cat('city_misspelled', 3, 1, 2)
def c_city(e, exs, exr, s):
    if s['ad'] in ('moved', 'district'):
        return False
    a = _addr(e)
    if not a or not ex_has(exr, 'addr'):
        return False
    s['ad'] = 'keep'
    s['adfmt']['cityty'] = city_typo(a['city'])
    s['adfmt']['citymiss'] = False
    return True


@cat('street_typo', 2.5, 1, 2)
def c_street_typo(e, exs, exr, s):
    if s['ad'] in ('moved', 'district'):
        return False
    a = _addr(e)
    if not a or not ex_has(exr, 'addr'):
        return False
    s['ad'] = 'keep'
    s['adfmt']['l1typo'] = True
    s['adfmt']['zipmiss'] = False
    return True


@cat('address_missing', 2, 0, 1)
def c_addr_missing(e, exs, exr, s):
    if not ex_has(exr, 'addr'):
        return False
    if e['type'] == 'org' and e['kind'] in ('campus', 'property', 'franchise'):
        return False
    s['ad'] = 'missing'
    return True


# ---- rental (landlord per-property customer)
@cat('rental_name_variant', 0, 6, 0, is_name=True)
def c_rental_name(e, exs, exr, s):
    if e['kind'] != 'rental':
        return False
    s['rform'] = pick([i for i in range(len(RENTAL_FORMS)) if i != exs['rform']])
    s['rlab_fmt'] = chance(0.5)
    s['rlab_short'] = chance(0.3)
    s['ad'] = 'keep'
    return True


# ---- organisation name categories
def _legal_shown(e, exs):
    if e['kind'] in ('restaurant', 'business', 'clinic', 'apartment'):
        return bool(e.get('legal')) and (exs['oform'] in ('dba', 'legal') or exs['comp'] == 'legal')
    if e['kind'] == 'franchise':
        return exs['comp'] == 'op'
    if e['kind'] == 'property':
        return exs['prop_comp'] % 4 == 0 or exs['prop_disp'] in (1, 4, 5)
    return False


@cat('legal_suffix', 0, 0, 6, is_name=True)
def c_legal_suffix(e, exs, exr, s):
    k = e['kind']
    if k in ('restaurant', 'business', 'clinic', 'apartment') and e.get('tsfx') and (not _legal_shown(e, exs) or chance(0.5)):
        cur = sfx_text(e['tsfx'], exs['tsfx'])
        opts = [i for i in range(len(SFX_FORMS[e['tsfx']])) if sfx_text(e['tsfx'], i) != cur]
        s['tsfx'] = pick(opts)
        return True
    if not _legal_shown(e, exs):
        return False
    sfx = e.get('lsfx') if k != 'franchise' and k != 'property' else GROUPS[e['group']].get('osfx' if k == 'franchise' else 'sfx')
    if not sfx:
        return False
    cur = sfx_text(sfx, exs['lsfx'])
    s['lsfx'] = pick([i for i in range(len(SFX_FORMS[sfx])) if sfx_text(sfx, i) != cur])
    return True


@cat('dba_form', 0, 0, 6, is_name=True)
def c_dba(e, exs, exr, s):
    if e['kind'] not in ('restaurant', 'business', 'clinic', 'apartment') or not e.get('legal'):
        return False
    if exs['oform'] == 'dba':
        s['oform'] = wpick([('trade', 3), ('legal', 1)])
        s['comp'] = pick(['legal', 'same', 'none'])
    else:
        s['oform'] = wpick([('dba', 3), ('legal', 1)]) if exs['oform'] == 'trade' else 'dba'
        s['dbafmt'] = pick(DBA_FMTS)
    return True


@cat('contact_person_as_name', 0, 0, 4, is_name=True)
def c_contact_name(e, exs, exr, s):
    if not e.get('contact') or not exr.get('givenName') or not exr.get('familyName'):
        return False
    s['oform'] = 'contact'
    s['need'] = 'two'
    return True


@cat('attn_accounts_payable', 0, 0, 3)
def c_attn(e, exs, exr, s):
    if not e.get('addr'):
        return False
    s['attn'] = pick(ATTN)
    s['attn_pos'] = wpick([('line1', 4), ('line2', 4), ('display', 1.5)])
    if s['ad'] not in ('keep', 'moved', 'district'):
        s['ad'] = 'keep'
    return True


@cat('store_number_format', 0, 0, 7, is_name=True)
def c_store(e, exs, exr, s):
    if e['kind'] != 'franchise':
        return False
    cur = exs['sfmt']
    s['sfmt'] = wpick([(i, 1) for i in range(9) if i != cur] + [(9, 1.5)])
    if s['sfmt'] == 9:
        s['ad'] = 'keep'
    if chance(0.3):
        s['bidx'] = rng.randrange(len(BRANDS[e['brand']][1]))
    return True


@cat('brand_name_variant', 0, 0, 3, is_name=True)
def c_brand(e, exs, exr, s):
    if e['kind'] != 'franchise':
        return False
    forms = BRANDS[e['brand']][1]
    s['bidx'] = pick([i for i in range(len(forms)) if i != exs['bidx'] % len(forms)])
    return True


@cat('campus_name_variant', 0, 0, 7, is_name=True)
def c_campus(e, exs, exr, s):
    if e['kind'] != 'campus':
        return False
    keys = ['cmp_core', 'cmp_lvl', 'cmp_disp', 'cmp_comp']
    mods = {'cmp_core': 2, 'cmp_lvl': len(LEVEL_FORMS[e['level']]), 'cmp_disp': len(CAMPUS_DISP), 'cmp_comp': 4}
    for k in rng.sample(keys, rng.randint(2, 4)):
        if k == 'cmp_core' and e['core'][0] == e['core'][1]:
            continue
        s[k] = pick([i for i in range(mods[k]) if i != exs[k] % mods[k]])
    return True


@cat('campus_billed_to_district', 0, 0, 2.5, is_name=True)
def c_campus_district(e, exs, exr, s):
    if e['kind'] != 'campus':
        return False
    s['ad'] = 'district'
    s['ph'] = 'keep'
    s['em'] = 'keep'
    if chance(0.5):
        s['cmp_disp'] = rng.randrange(len(CAMPUS_DISP))
    return True


@cat('property_name_variant', 0, 0, 7, is_name=True)
def c_prop(e, exs, exr, s):
    if e['kind'] != 'property':
        return False
    s['prop_disp'] = pick([i for i in range(len(PROP_DISP)) if i != exs['prop_disp']])
    if chance(0.5):
        s['prop_comp'] = rng.randrange(4)
    rules = [r for r in applicable_abbr(e) if r not in [x for x, _ in exs['abbr']]]
    if rules and chance(0.5):
        ri = pick(rules)
        s['abbr'] = [(ri, pick(ABBR_RULES[ri][1]))]
    return True


@cat('church_name_variant', 0, 0, 6, is_name=True)
def c_church(e, exs, exr, s):
    if e['kind'] != 'church':
        return False
    s['cform'] = pick([i for i in range(len(e['forms'])) if i != exs['cform'] % len(e['forms'])])
    if chance(0.3):
        s['ctag'] = not exs['ctag']
    return True


@cat('location_tag_variant', 0, 0, 3, is_name=True)
def c_loctag(e, exs, exr, s):
    if not e.get('loc'):
        return False
    s['loctag'] = pick([t for t in ('num', 'city', 'street', 'none') if t != exs['loctag']])
    s['tagfmt'] = rng.randrange(3)
    s['numfmt'] = rng.randrange(6)
    return True


@cat('abbreviation_variant', 0, 0, 5, is_name=True)
def c_abbr(e, exs, exr, s):
    if exs['abbr'] and chance(0.4):
        s['abbr'] = []
        return True
    rules = [r for r in applicable_abbr(e) if r not in [x for x, _ in exs['abbr']]]
    if not rules:
        return False
    chosen = rng.sample(rules, min(len(rules), rng.randint(1, 2)))
    if 5 in chosen and 6 in chosen:
        chosen = [5]
    s['abbr'] = [(ri, pick(ABBR_RULES[ri][1])) for ri in chosen]
    return True


@cat('org_name_typo', 0, 0, 6, is_name=True)
def c_org_typo(e, exs, exr, s):
    s['typo_name'] = True
    return True


@cat('the_prefix_dropped', 0, 0, 0.7, is_name=True)
def c_the(e, exs, exr, s):
    if not any(t.startswith('The ') for t in org_texts(e)[:1]) or exs.get('the') == 'drop':
        return False
    s['the'] = 'drop'
    return True


MULTI_POOL_P = ['name_typo', 'phone_changed', 'phone_missing', 'email_missing', 'email_typo', 'email_provider_changed',
                'address_abbrev', 'zip4_vs_zip5', 'city_misspelled', 'all_caps', 'accent_dropped', 'compound_surname',
                'nickname_es', 'last_first_order', 'moved_new_address', 'phone_typo', 'unit_suite_format',
                'highway_name_form', 'second_given_name', 'de_la_particle', 'street_typo']
MULTI_POOL_O = ['org_name_typo', 'phone_changed', 'phone_missing', 'email_missing', 'email_typo', 'address_abbrev',
                'zip4_vs_zip5', 'city_misspelled', 'all_caps', 'accent_dropped', 'legal_suffix', 'abbreviation_variant',
                'attn_accounts_payable', 'unit_suite_format', 'store_number_format', 'campus_name_variant',
                'property_name_variant', 'church_name_variant', 'highway_name_form', 'dba_form', 'location_tag_variant',
                'phone_typo', 'email_changed', 'street_typo']


MULTI_FAMILY = {'phone_changed': 'phone', 'phone_missing': 'phone', 'phone_typo': 'phone',
                'email_missing': 'email', 'email_typo': 'email', 'email_provider_changed': 'email', 'email_changed': 'email',
                'moved_new_address': 'addr', 'address_abbrev': 'addrfmt', 'highway_name_form': 'addrfmt',
                'unit_suite_format': 'addrfmt2',
                'accent_dropped': 'case', 'all_caps': 'case', 'nickname_es': 'given', 'second_given_name': 'given',
                'org_name_typo': 'oname', 'store_number_format': 'oname', 'campus_name_variant': 'oname',
                'property_name_variant': 'oname', 'church_name_variant': 'oname', 'dba_form': 'oname',
                'location_tag_variant': 'oname', 'abbreviation_variant': 'oname2', 'legal_suffix': 'oname2'}


@cat('multi_error', 7, 0, 7, is_name=True)
def c_multi(e, exs, exr, s):
    pool = MULTI_POOL_P if e['type'] == 'person' else MULTI_POOL_O
    want = rng.randint(2, 3)
    done = []
    needs = []
    fams = []
    for name in rng.sample(pool, len(pool)):
        if len(done) >= want:
            break
        fam = MULTI_FAMILY.get(name, name)
        if fam in fams:
            continue
        if CAT_FN[name](e, exs, exr, s):
            done.append(name)
            fams.append(fam)
            if s.get('need'):
                needs.append(s['need'])
    if len(done) < 2:
        return False
    s['need'] = 'all3' if 'all3' in needs else ('two' if 'two' in needs else ('pe' if 'pe' in needs else None))
    s['detail'] = sorted(done)
    return True


# =============================================================== match construction
EX_STYLE, EX_POS = {}, {}
# categories that only apply to some records are up-weighted so that the record types they target get them often
BOOST = {'nickname_es': 3, 'compound_surname': 3, 'second_given_name': 3, 'accent_dropped': 3, 'de_la_particle': 10,
         'anglicized_name': 2.5, 'vietnamese_name_order': 12, 'english_name_adopted': 5, 'short_form_name': 6,
         'initials_for_given': 3, 'nickname_en': 2.5, 'store_number_format': 4, 'brand_name_variant': 3,
         'campus_name_variant': 7, 'campus_billed_to_district': 6, 'property_name_variant': 6,
         'church_name_variant': 3, 'location_tag_variant': 6, 'dba_form': 3, 'legal_suffix': 1.5,
         'contact_person_as_name': 2, 'married_surname': 2, 'rental_name_variant': 2, 'shared_family_email': 3,
         'phone_other_number': 1.5, 'highway_name_form': 2, 'unit_suite_format': 1.5, 'email_provider_changed': 1.5,
         'multi_error': 0.8}


def make_match(e, exclude=()):
    exs = EX_STYLE[e['id']]
    ti = EX_POS[e['id']]
    exr = EX_RECS[ti]
    W = W_R if e['kind'] == 'rental' else (W_P if e['type'] == 'person' else W_O)
    pool = [(n, w * BOOST.get(n, 1)) for n, w in W.items() if n not in exclude]
    for _ in range(200):
        name = wpick(pool)
        s = style_for(e, False)
        if name in NAME_CATS or chance(0.5):
            copy_name_style(e, s, exs)
        s['need'] = None
        s['detail'] = None
        if not CAT_FN[name](e, exs, exr, s):
            continue
        rec = render(e, s)
        ev = evidence(rec, ti)
        if ev and need_ok(rec, exr, s['need']):
            return rec, name, s, ev
    s = style_for(e, False)
    copy_name_style(e, s, exs)
    s['ph'] = 'keep' if e.get('phone') else 'missing'
    s['em'] = 'keep' if e.get('email') else 'missing'
    s['ad'] = 'keep'
    rec = render(e, s)
    ev = evidence(rec, ti)
    assert ev, ('no evidence possible', e['id'], exr)
    return rec, 'format_only', s, ev


# =============================================================== hard negatives
def hn_household(a):
    others = [ENT[i] for i in HOUSEHOLD_OF.get(a['id'], [])]
    spouse = {'g1': a['spouse_g'], 'g2': None, 'nicks_es': [], 'nicks_en': [], 'short': []} if a.get('spouse_g') else None
    for _ in range(200):
        n = gen_person_name(a['region'], a['eth'])
        if given_distinct(n, a) and all(given_distinct(n, o) for o in others) and (not spouse or given_distinct(n, spouse)):
            break
    n['pat'] = a['pat']
    n['mat'] = a['mat'] if chance(0.5) else None
    n['suffix'] = None
    h = make_person(n, addr=a['addr'])
    if a.get('family_email') and chance(0.4):
        h['email'] = a['family_email']
        h['family_email'] = a['family_email']
    return h


def hn_jrsr(a):
    a_sfx, h_sfx = wpick([(('Sr.', 'Jr.'), 75), (('Jr.', 'Sr.'), 15), (('Jr.', 'III'), 10)])
    a['suffix'] = a_sfx
    a['sfx_locked'] = True
    n = name_copy(a)
    n['suffix'] = h_sfx
    h = make_person(n, addr=a['addr'] if chance(0.5) else None, region=a['region'])
    if h['email'] and a.get('email') and h['email'].split('@')[0] == a['email'].split('@')[0]:
        h['email'] = person_email(h['g1'], h['pat'], avoid_local=a['email'].split('@')[0])
    h['sfx_locked'] = True
    return h


def hn_namesake(a):
    n = name_copy(a)
    n['suffix'] = None
    if n['mat'] and chance(0.5):
        for _ in range(20):
            m = hisp_surname(False)
            if m != n['mat'] and m != n['pat']:
                n['mat'] = m
                break
    h = make_person(n, region=other_region(a['region']), with_email=False)
    if chance(0.85):
        h['email'] = person_email(h['g1'], h['pat'], avoid_local=(a['email'] or '@').split('@')[0])
    return h


HOUSEHOLD_OF = {}
EX_NAMEKEYS_PRE = set()


def hn_near(a):
    table = NEAR_H if a['eth'] == 'hisp' else NEAR_A
    n = name_copy(a)
    n['g1'] = table[a['g1']]
    n['gender'] = 'F' if a['gender'] == 'M' else 'M'
    n['g2'] = None
    n['suffix'] = None
    n['nicks_es'], n['nicks_en'], n['short'] = [], [], []
    return make_person(n, region=a['region'])


def hn_franchise(a):
    g = GROUPS[a['group']]
    if chance(0.8):
        return spawn_store(g)
    r = other_region(a['region'])
    if r not in BRANDS[a['brand']][3]:
        return spawn_store(g)
    g2 = make_fr_op(r, brand=a['brand'])
    return spawn_store(g2)


def hn_owner_loc(a):
    return spawn_rest_loc(GROUPS[a['group']])


def hn_campus(a):
    g = GROUPS[a['group']]
    if chance(0.3):
        lv = [l for l, _ in LEVELS if (a['core'], l) not in g['used']]
        if lv:
            return spawn_campus(g, core=a['core'], level=pick(lv))
    return spawn_campus(g)


def hn_property(a):
    return spawn_property(GROUPS[a['group']])


def hn_church(a):
    r = other_region(a['region'])
    h = make_church(r, spec=a['spec'], allow_dup=True)
    if h['email']:
        USED_EMAILS.discard(h['email'])
    pre = {'saint': 'st', 'catholic': '', 'san': '', 'bautista': 'ib', 'templo': 'templo', 'pent': 'iddp',
           'cristiana': 'ic', 'mbc': '', 'umc': '', 'rccg': 'rccg', 'chua': 'chua'}[a['spec'][0]]
    h['email'] = org_email(pre + slug(a['spec'][1]) + slug(h['addr']['city']), 'church') if chance(0.85) else None
    return h


def hn_clinic(a):
    return spawn_clinic_loc(GROUPS[a['group']])


def hn_rental(a):
    return spawn_rental(GROUPS[a['group']])


def hn_same_name_biz(a):
    r = other_region(a['region'])
    if a['kind'] == 'restaurant':
        h = make_restaurant(r, trade=a['trade'])
    elif a['kind'] == 'apartment':
        h = make_apartment(r)
        h['trade'] = a['trade']
        h['legal'] = None
    else:
        owner = gen_person_name(r)
        h = make_business(r, trade_info=(a['trade'], a['tsfx'], owner), allow_dup=True)
    h['legal'], h['lsfx'] = (gen_legal(gen_person_name(r)) if chance(0.3) else (None, None))
    if h['email']:
        USED_EMAILS.discard(h['email'])
        h['email'] = org_email(slug(a['trade'])[:20] + slug(h['addr']['city']), 'business')
    return h


HN_PLAN = [('household_member', 20, hn_household), ('jr_sr_generation', 14, hn_jrsr),
           ('namesake_other_city', 16, hn_namesake), ('near_name_other_person', 10, hn_near),
           ('franchise_other_store', 18, hn_franchise), ('owner_other_location', 10, hn_owner_loc),
           ('district_other_campus', 16, hn_campus), ('manager_other_property', 14, hn_property),
           ('church_same_name_other_city', 10, hn_church), ('clinic_other_location', 7, hn_clinic),
           ('landlord_other_rental', 5, hn_rental), ('same_name_business_other_city', 10, hn_same_name_biz)]


def hn_candidates(cat_name, ex_ids, special):
    out = []
    for i in ex_ids:
        e = ENT[i]
        k = e['kind']
        if cat_name == 'household_member' and k == 'person' and i not in special['namesake']:
            out.append(i)
        elif cat_name == 'jr_sr_generation' and k == 'person' and e['gender'] == 'M' and not e['suffix'] \
                and e['eth'] in ('hisp', 'anglo', 'nig') and i not in special['namesake']:
            out.append(i)
        elif cat_name == 'namesake_other_city' and k == 'person' and not e['suffix'] and i not in special['namesake']:
            out.append(i)
        elif cat_name == 'near_name_other_person' and k == 'person' and (
                (e['eth'] == 'hisp' and e['g1'] in NEAR_H) or (e['eth'] == 'anglo' and e['g1'] in NEAR_A)):
            cp = (NEAR_H if e['eth'] == 'hisp' else NEAR_A)[e['g1']]
            if slug(cp) + '|' + slug(e['pat']) not in EX_NAMEKEYS_PRE:
                out.append(i)
        elif cat_name == 'franchise_other_store' and k == 'franchise':
            out.append(i)
        elif cat_name == 'owner_other_location' and k == 'restaurant' and e.get('group'):
            out.append(i)
        elif cat_name == 'district_other_campus' and k == 'campus':
            out.append(i)
        elif cat_name == 'manager_other_property' and k == 'property':
            out.append(i)
        elif cat_name == 'church_same_name_other_city' and k == 'church' and e['spec'][0] != 'fbc':
            out.append(i)
        elif cat_name == 'clinic_other_location' and k == 'clinic' and e.get('group'):
            out.append(i)
        elif cat_name == 'landlord_other_rental' and k == 'rental':
            out.append(i)
        elif cat_name == 'same_name_business_other_city' and k in ('restaurant', 'business', 'apartment') and not e.get('group'):
            out.append(i)
    return out


def hn_style(h, cat_name, anchor):
    s = style_for(h, False)
    s['adfmt']['citymiss'] = False
    s['adfmt']['zipmiss'] = False
    s['need'] = None
    s['typo'] = None
    s['typo_name'] = False
    if h['type'] == 'person' and h['kind'] == 'person':
        if s['gmode'] not in ('g1', 'g1g2', 'g1i2'):
            s['gmode'] = 'g1'
        if cat_name == 'jr_sr_generation':
            s['gmode'] = EX_STYLE[anchor['id']]['gmode']
            s['smode'] = EX_STYLE[anchor['id']]['smode']
            s['sfx'] = True
            if s['fields'] == 'display_only':
                s['fields'] = 'both'
        if cat_name == 'near_name_other_person':
            s['gmode'] = 'g1'
        s['ph'] = 'keep' if chance(0.95) else s['ph']
        s['ad'] = 'keep'
    elif h['kind'] == 'rental':
        s['ad'] = 'keep'
        s['ph'] = 'keep'
    else:
        if s['oform'] not in ('trade', 'dba'):
            s['oform'] = 'trade'
        if h.get('loc'):
            g = GROUPS[h['group']]
            opts = ['num', 'street']
            if [ENT[m]['loc']['city'] for m in g['members']].count(h['loc']['city']) == 1:
                opts.append('city')
            s['loctag'] = pick(opts)
        if h['kind'] == 'franchise' and s['sfmt'] == 9:
            s['sfmt'] = 0
        if h['kind'] == 'church' and chance(0.35):
            s['ctag'] = True
        s['ad'] = 'keep'
        s['ph'] = 'keep' if chance(0.95) else s['ph']
    return s


def hn_ok(rec, h, anchor, cat_name):
    ai = EX_POS[anchor['id']]
    ar = EX_RECS[ai]
    shared = [k for k in rec_keys(rec) if k in rec_keys(ar)]
    dn = lambda c: ' '.join(sorted(name_tokens(c)))
    if shared and dn(rec) == dn(ar):
        return False
    for k in rec_keys(rec):          # never the same name as any customer it shares a contact detail with
        for j in EX_KEYIDX.get(k, []):
            if dn(EX_RECS[j]) == dn(rec):
                return False
    for k in rec_keys(rec):
        for j in EX_KEYIDX.get(k, []):
            if j != ai and len(EX_KEYIDX[k]) == 1 and ENT[EX_IDS[j]].get('group') != anchor.get('group'):
                return False
    if cat_name in ('namesake_other_city', 'church_same_name_other_city', 'same_name_business_other_city'):
        if shared:
            return False
    return True


# =============================================================== new (unrelated) entities
def make_new_entity(ex_namekeys):
    if chance(0.5):
        for _ in range(200):
            region = rand_region()
            n = gen_person_name(region)
            if slug(n['g1']) + '|' + slug(n['pat']) not in ex_namekeys:
                break
        return make_person(n, region=region)
    region = rand_region()
    kind = wpick([('restaurant', 28), ('business', 42), ('church', 10), ('clinic', 10), ('apartment', 10)])
    return {'restaurant': make_restaurant, 'business': make_business, 'church': make_church, 'clinic': make_clinic,
            'apartment': make_apartment}[kind](region)


# =============================================================== assembly
EX_IDS = []


def build_existing():
    ids = []
    special = {'namesake': set(), 'household': set(), 'landlord': set()}
    for _ in range(125):
        ids.append(make_restaurant(rand_region())['id'])
    for _ in range(14):
        g = make_rest_group(rand_region())
        for _ in range(pick([2, 2, 3, 3, 4])):
            ids.append(spawn_rest_loc(g)['id'])
    for _ in range(22):
        g = make_fr_op(rand_region())
        for _ in range(rng.randint(3, 6)):
            ids.append(spawn_store(g)['id'])
    by_reg = {}
    for i, d in enumerate(DISTRICTS):
        by_reg.setdefault(d[3], []).append(i)
    chosen = []
    for r, n in (('SAT', 2), ('ELP', 2), ('RGV', 2), ('HOU', 2), ('DAL', 1)):
        chosen += rng.sample(by_reg[r], n)
    for di in chosen:
        g = make_district(di)
        for _ in range(rng.randint(4, 8)):
            ids.append(spawn_campus(g)['id'])
    for pi in rng.sample(range(len(PMS)), 13):
        g = make_pm(pi)
        for _ in range(rng.randint(3, 6)):
            ids.append(spawn_property(g)['id'])
    for _ in range(30):
        ids.append(make_apartment(rand_region())['id'])
    for _ in range(58):
        ids.append(make_church(rand_region())['id'])
    for _ in range(8):      # same church name in two cities, both customers
        r1 = rand_region()
        c1 = make_church(r1)
        while c1['spec'][0] == 'fbc':
            c1 = make_church(r1)
        c2 = make_church(other_region(r1), spec=c1['spec'], allow_dup=True)
        if c2['email']:
            USED_EMAILS.discard(c2['email'])
            c2['email'] = org_email(slug(c1['spec'][1]) + slug(c2['addr']['city']), 'church')
        ids += [c1['id'], c2['id']]
    for _ in range(34):
        ids.append(make_clinic(rand_region())['id'])
    for _ in range(6):
        g = make_clinic_chain(rand_region())
        for _ in range(rng.randint(2, 3)):
            ids.append(spawn_clinic_loc(g)['id'])
    for _ in range(205):
        ids.append(make_business(rand_region())['id'])
    n_orgs = len(ids)
    # ---- persons
    for _ in range(32):      # households with two customers at one address
        a = make_person()
        for _ in range(100):
            n = gen_person_name(a['region'], a['eth'], 'F' if a['gender'] == 'M' else 'M')
            if given_distinct(n, a):
                break
        if chance(0.65):
            n['pat'] = a['pat']
        b = make_person(n, addr=a['addr'])
        a['spouse_g'], b['spouse_g'] = b['g1'], a['g1']
        if chance(0.5):
            fe = family_email(a['pat'], a['g1'], b['g1'])
            a['family_email'] = b['family_email'] = fe
            a['email'] = fe
            if chance(0.4):
                b['email'] = fe
        ids += [a['id'], b['id']]
        special['household'].update([a['id'], b['id']])
        HOUSEHOLD_OF[a['id']] = [b['id']]
        HOUSEHOLD_OF[b['id']] = [a['id']]
    for _ in range(8):       # namesakes in different cities, both customers
        a = make_person()
        b = make_person(name_copy(a), region=other_region(a['region']), with_email=False)
        if chance(0.8):
            b['email'] = person_email(b['g1'], b['pat'], avoid_local=(a['email'] or '@').split('@')[0])
        ids += [a['id'], b['id']]
        special['namesake'].update([a['id'], b['id']])
    for _ in range(14):      # landlords: own record + one or two per-property records
        p = make_person()
        if not p['email']:
            p['email'] = person_email(p['g1'], p['pat'])
        g = make_landlord_group(p)
        ids.append(p['id'])
        special['landlord'].add(p['id'])
        for _ in range(pick([1, 1, 2])):
            ids.append(spawn_rental(g)['id'])
    while len(ids) < N_EXISTING:
        ids.append(make_person()['id'])
    assert len(ids) == N_EXISTING
    for i in ids:     # spouse names for joint-name variants of single people
        e = ENT[i]
        if e['kind'] == 'person' and not e['spouse_g'] and chance(0.5):
            e['spouse_g'] = gen_person_name(e['region'], e['eth'], 'F' if e['gender'] == 'M' else 'M')['g1']
    return ids, special, n_orgs


def render_existing(ids, special, anchors=()):
    EX_IDS[:] = ids
    EX_RECS[:] = []
    for i, eid in enumerate(ids):
        e = ENT[eid]
        s = style_for(e, True)
        if eid in special['household'] or eid in special['landlord'] or e['kind'] == 'rental':
            s['ph'] = 'keep'
        if eid in anchors:      # hard-negative anchors show where they are
            s['ad'] = 'keep'
            s['adfmt']['zipmiss'] = False
            s['adfmt']['citymiss'] = False
        EX_STYLE[eid] = s
        EX_POS[eid] = i
        EX_RECS.append(render(e, s))
    # every existing customer keeps at least one identifying contact detail
    for _ in range(3):
        build_key_index()
        for i, eid in enumerate(ids):
            if not any(len(EX_KEYIDX[k]) == 1 for k in rec_keys(EX_RECS[i])):
                e, s = ENT[eid], EX_STYLE[eid]
                if e.get('phone'):
                    s['ph'] = 'keep'
                if e.get('email'):
                    s['em'] = 'keep'
                s['ad'] = 'keep'
                s['adfmt']['zipmiss'] = False
                EX_RECS[i] = render(e, s)
    # QuickBooks: display names are unique (case-insensitive)
    seen = {}
    for i, eid in enumerate(ids):
        c = EX_RECS[i]
        k = c['displayName'].strip().lower()
        if k in seen:
            city = ENT[eid]['addr']['city'] if ENT[eid].get('addr') else ''
            cand = '%s - %s' % (c['displayName'], city)
            n = 2
            while cand.strip().lower() in seen:
                cand = '%s (%d)' % (c['displayName'], n)
                n += 1
            c['displayName'] = cand
            k = cand.strip().lower()
        seen[k] = i
    build_key_index()


def party(e):
    return 'person' if e['type'] == 'person' else 'organisation'


def main():
    ids, special, n_orgs = build_existing()
    ex_set = set(ids)
    EX_NAMEKEYS_PRE.update(person_namekey(ENT[i]) for i in ids if ENT[i]['kind'] == 'person')
    # ---- hard-negative anchors and entities (created before rendering: Jr./Sr. anchors gain a suffix)
    used_anchor = set()
    hn_items = []
    for cname, cnt, fn in HN_PLAN:
        cands = [i for i in hn_candidates(cname, ids, special) if i not in used_anchor]
        chosen = rng.sample(cands, cnt)
        for aid in chosen:
            used_anchor.add(aid)
            h = fn(ENT[aid])
            hn_items.append((cname, aid, h['id']))
    render_existing(ids, special, used_anchor)
    ex_namekeys = set(person_namekey(ENT[i]) for i in ids if ENT[i]['kind'] == 'person')

    incoming = []   # (record, meta)
    # ---- matches
    targets = rng.sample(ids, N_MATCH - N_MATCH_DOUBLE)
    doubles = rng.sample(targets, N_MATCH_DOUBLE)
    ev_counts = {}
    for eid in targets + doubles:
        e = ENT[eid]
        excl = ()
        rec, cname, s, ev = make_match(e, excl)
        ev_counts[ev] = ev_counts.get(ev, 0) + 1
        m = {'entity': eid, 'kind': 'match', 'category': cname, 'party': party(e)}
        if s.get('detail'):
            m['detail'] = s['detail']
        incoming.append((rec, m))
    # ---- hard negatives
    for cname, aid, hid in hn_items:
        h, a = ENT[hid], ENT[aid]
        for _ in range(100):
            s = hn_style(h, cname, a)
            rec = render(h, s)
            if hn_ok(rec, h, a, cname):
                break
        else:
            raise RuntimeError('hard negative not decidable: %s %s' % (cname, hid))
        incoming.append((rec, {'entity': hid, 'kind': 'hard_negative', 'category': cname, 'party': party(h),
                               'similar_to': aid}))
    # ---- new entities
    n_new_ent = N_NEW - N_NEW_DUP
    news = [make_new_entity(ex_namekeys) for _ in range(n_new_ent)]
    for e in news:
        rec = render(e, style_for(e, False))
        incoming.append((rec, {'entity': e['id'], 'kind': 'new', 'category': 'new_' + ('person' if e['kind'] == 'person' else e['kind']),
                               'party': party(e)}))
    for e in rng.sample(news, N_NEW_DUP):
        s = style_for(e, False)
        if chance(0.5):
            s['typo'] = 'family' if e['type'] == 'person' else None
            s['typo_name'] = e['type'] != 'person'
        rec = render(e, s)
        incoming.append((rec, {'entity': e['id'], 'kind': 'new', 'category': 'new_upstream_duplicate', 'party': party(e)}))
    for e in news:
        assert e['id'] not in ex_set
    assert len(incoming) == N_MATCH + N_NEW + N_HARD, len(incoming)
    rng.shuffle(incoming)

    # ---- upstream records sometimes omit null fields entirely
    for rec, _ in incoming:
        if chance(0.1):
            for k in [k for k, v in rec.items() if v is None]:
                del rec[k]

    set_path = os.path.join(HERE, 'set.jsonl')
    meta_path = os.path.join(HERE, 'meta.jsonl')
    with open(set_path, 'w', encoding='utf-8') as f:
        for eid, c in zip(ids, EX_RECS):
            f.write(json.dumps({'set': 'existing', 'entity': eid, 'contact': c}, ensure_ascii=False) + '\n')
        for rec, m in incoming:
            f.write(json.dumps({'set': 'incoming', 'entity': m['entity'], 'contact': rec}, ensure_ascii=False) + '\n')
    with open(meta_path, 'w', encoding='utf-8') as f:
        for i, (rec, m) in enumerate(incoming):
            out = {'index': i, 'line': N_EXISTING + i + 1}
            out.update(m)
            f.write(json.dumps(out, ensure_ascii=False) + '\n')
    print('existing: %d (%d organisations, %d person records)' % (len(ids), n_orgs, len(ids) - n_orgs))
    print('incoming: %d  match=%d new=%d hard_negative=%d' % (
        len(incoming), sum(1 for _, m in incoming if m['kind'] == 'match'),
        sum(1 for _, m in incoming if m['kind'] == 'new'), sum(1 for _, m in incoming if m['kind'] == 'hard_negative')))
    print('match evidence:', ev_counts)


if __name__ == '__main__':
    main()
