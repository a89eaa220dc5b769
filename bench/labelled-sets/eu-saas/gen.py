#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for the 'eu-saas' labelled customer-matching set.

Scenario: a European SaaS billing product syncs its customers ("incoming")
into an accounting system that already holds customers ("existing").
Standard library only.  Run:  python3 gen.py
Writes set.jsonl and meta.jsonl next to this file (same output on every run).
"""
import copy
import json
import os
import random
import unicodedata

SEED = 20250611
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

N_EXISTING = 1500
N_INCOMING = 1500
N_INC_OF_EXISTING = 760          # incoming records that belong to an existing entity

# hard negatives: a NEW incoming entity that looks like an EXISTING one
HN_PLAN = [
    ('same_building', 28), ('group_subsidiary', 20), ('freelancer_vs_own_company', 22),
    ('spouses_shared_email', 20), ('namesake_person', 26), ('namesake_company', 10),
    ('father_son', 16), ('branch_office', 20), ('medical_building', 16), ('numbered_entity', 22),
]
# look-alike pairs where BOTH entities are in the existing set (matcher must pick the right one)
PAIR_PLAN = [
    ('numbered_entity', 8), ('group_subsidiary', 7), ('same_building', 7), ('spouses_shared_email', 5),
    ('father_son', 4), ('branch_office', 5), ('medical_building', 4),
]


# ------------------------------------------------------------------ helpers
def chance(p):
    return R.random() < p


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def zpick(seq, s=0.85):
    ws = [1.0 / ((i + 2) ** s) for i in range(len(seq))]
    return R.choices(seq, weights=ws, k=1)[0]


def _nfkd_ascii(s):
    special = {'ł': 'l', 'Ł': 'L', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'ø': 'o', 'Ø': 'O', 'œ': 'oe',
               'Œ': 'OE', 'ı': 'i', 'İ': 'I', 'đ': 'd', '’': "'"}
    out = []
    for ch in s:
        if ch in special:
            out.append(special[ch])
            continue
        d = unicodedata.normalize('NFKD', ch)
        out.append(''.join(c for c in d if not unicodedata.combining(c)))
    return ''.join(out)


DE_UE = {'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'Ä': 'Ae', 'Ö': 'Oe', 'Ü': 'Ue', 'ß': 'ss'}
DE_STRIP = {'ä': 'a', 'ö': 'o', 'ü': 'u', 'Ä': 'A', 'Ö': 'O', 'Ü': 'U', 'ß': 'ss'}


def translit(s, mode):
    if s is None or mode is None:
        return s
    if mode == 'de_ue':
        s = ''.join(DE_UE.get(c, c) for c in s)
        return _nfkd_ascii(s)
    if mode == 'de_strip':
        s = ''.join(DE_STRIP.get(c, c) for c in s)
        return _nfkd_ascii(s)
    return _nfkd_ascii(s)


def slug(s, umlaut='ue'):
    s = s.lower()
    if umlaut == 'ue':
        s = ''.join(DE_UE.get(c, c) for c in s)
    s = _nfkd_ascii(s)
    return ''.join(c for c in s if c.isalnum())


def mojibake(s):
    if s is None:
        return s
    out = []
    for b in s.encode('utf-8'):
        try:
            out.append(bytes([b]).decode('cp1252'))
        except UnicodeDecodeError:
            out.append(chr(b))
    return ''.join(out)


NEIGH = {'a': 'sq', 'b': 'vn', 'c': 'xv', 'd': 'sf', 'e': 'wr', 'f': 'dg', 'g': 'fh', 'h': 'gj', 'i': 'uo',
         'j': 'hk', 'k': 'jl', 'l': 'k', 'm': 'n', 'n': 'bm', 'o': 'ip', 'p': 'o', 'q': 'w', 'r': 'et',
         's': 'ad', 't': 'rz', 'u': 'zi', 'v': 'cb', 'w': 'qe', 'x': 'yc', 'y': 'x', 'z': 'tu'}


def typo_str(s):
    if not s or len(s) < 4:
        return s
    for _ in range(20):
        idx = [i for i in range(1, len(s)) if s[i].isalpha()]
        if not idx:
            return s
        i = pick(idx)
        op = wpick([('del', 3), ('swap', 3), ('dup', 2), ('sub', 3)])
        if op == 'del':
            t = s[:i] + s[i + 1:]
        elif op == 'swap':
            if i + 1 >= len(s) or not s[i + 1].isalpha():
                continue
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif op == 'dup':
            t = s[:i] + s[i] + s[i:]
        else:
            lo = s[i].lower()
            if lo not in NEIGH:
                continue
            n = pick(NEIGH[lo])
            t = s[:i] + (n.upper() if s[i].isupper() else n) + s[i + 1:]
        if t != s:
            return t
    return s


# ------------------------------------------------------------------ places
def C(name, w, postal, rf, ra, area, alts=(), lang=None, districts=()):
    return {'name': name, 'w': w, 'postal': postal, 'rf': rf, 'ra': ra, 'area': area,
            'alts': list(alts), 'lang': lang, 'districts': list(districts)}


CITIES = {
    'DE': [
        C('Berlin', 12, ('r', 10115, 14199), 'Berlin', 'BE', '30'),
        C('Hamburg', 7, ('r', 20095, 22769), 'Hamburg', 'HH', '40'),
        C('München', 7, ('r', 80331, 81929), 'Bayern', 'BY', '89', ['Munich']),
        C('Köln', 5, ('r', 50667, 51149), 'Nordrhein-Westfalen', 'NRW', '221', ['Cologne']),
        C('Frankfurt am Main', 5, ('r', 60306, 60599), 'Hessen', 'HE', '69', ['Frankfurt', 'Frankfurt a.M.', 'Frankfurt/Main']),
        C('Stuttgart', 3, ('r', 70173, 70629), 'Baden-Württemberg', 'BW', '711'),
        C('Düsseldorf', 3, ('r', 40210, 40629), 'Nordrhein-Westfalen', 'NRW', '211'),
        C('Leipzig', 3, ('r', 4103, 4357), 'Sachsen', 'SN', '341'),
        C('Dresden', 2, ('r', 1067, 1328), 'Sachsen', 'SN', '351'),
        C('Hannover', 2, ('r', 30159, 30669), 'Niedersachsen', 'NI', '511'),
        C('Nürnberg', 2, ('r', 90402, 90491), 'Bayern', 'BY', '911', ['Nuremberg']),
        C('Bremen', 2, ('r', 28195, 28779), 'Bremen', 'HB', '421'),
        C('Essen', 1, ('r', 45127, 45359), 'Nordrhein-Westfalen', 'NRW', '201'),
        C('Dortmund', 1, ('r', 44135, 44388), 'Nordrhein-Westfalen', 'NRW', '231'),
        C('Freiburg im Breisgau', 1, ('r', 79098, 79117), 'Baden-Württemberg', 'BW', '761', ['Freiburg', 'Freiburg i. Br.']),
        C('Münster', 1, ('r', 48143, 48167), 'Nordrhein-Westfalen', 'NRW', '251'),
        C('Bonn', 1, ('r', 53111, 53229), 'Nordrhein-Westfalen', 'NRW', '228'),
        C('Karlsruhe', 1, ('r', 76131, 76229), 'Baden-Württemberg', 'BW', '721'),
        C('Mannheim', 1, ('r', 68159, 68309), 'Baden-Württemberg', 'BW', '621'),
        C('Augsburg', 1, ('r', 86150, 86199), 'Bayern', 'BY', '821'),
        C('Würzburg', 1, ('r', 97070, 97084), 'Bayern', 'BY', '931'),
        C('Kiel', 1, ('r', 24103, 24159), 'Schleswig-Holstein', 'SH', '431'),
        C('Lübeck', 1, ('r', 23552, 23570), 'Schleswig-Holstein', 'SH', '451'),
        C('Potsdam', 1, ('r', 14467, 14482), 'Brandenburg', 'BB', '331'),
        C('Mainz', 1, ('r', 55116, 55131), 'Rheinland-Pfalz', 'RP', '6131'),
        C('Heidelberg', 1, ('r', 69115, 69126), 'Baden-Württemberg', 'BW', '6221'),
    ],
    'AT': [
        C('Wien', 10, ('s', 1010, 1230, 10), 'Wien', 'W', '1', ['Vienna']),
        C('Graz', 3, ('r', 8010, 8055), 'Steiermark', 'Stmk.', '316'),
        C('Linz', 2, ('r', 4020, 4040), 'Oberösterreich', 'OÖ', '732'),
        C('Salzburg', 2, ('r', 5020, 5026), 'Salzburg', 'Sbg.', '662'),
        C('Innsbruck', 2, ('l', [6020, 6020, 6080]), 'Tirol', 'T', '512'),
        C('Klagenfurt', 1, ('l', [9020]), 'Kärnten', 'Ktn.', '463', ['Klagenfurt am Wörthersee']),
    ],
    'CH': [
        C('Zürich', 6, ('r', 8001, 8057), 'Zürich', 'ZH', '44', ['Zurich']),
        C('Bern', 3, ('r', 3005, 3027), 'Bern', 'BE', '31', ['Berne']),
        C('Basel', 3, ('r', 4051, 4059), 'Basel-Stadt', 'BS', '61'),
        C('Luzern', 2, ('r', 6003, 6006), 'Luzern', 'LU', '41', ['Lucerne']),
        C('St. Gallen', 2, ('r', 9000, 9016), 'St. Gallen', 'SG', '71', ['St.Gallen', 'Sankt Gallen']),
        C('Winterthur', 2, ('r', 8400, 8411), 'Zürich', 'ZH', '52'),
        C('Zug', 1, ('l', [6300]), 'Zug', 'ZG', '41'),
    ],
    'NL': [
        C('Amsterdam', 8, ('r', 1011, 1109), 'Noord-Holland', 'NH', '20'),
        C('Rotterdam', 5, ('r', 3011, 3089), 'Zuid-Holland', 'ZH', '10'),
        C('Den Haag', 4, ('r', 2491, 2597), 'Zuid-Holland', 'ZH', '70', ["'s-Gravenhage", 'The Hague']),
        C('Utrecht', 4, ('r', 3511, 3585), 'Utrecht', 'UT', '30'),
        C('Eindhoven', 2, ('r', 5611, 5658), 'Noord-Brabant', 'NB', '40'),
        C('Groningen', 2, ('r', 9711, 9747), 'Groningen', 'GR', '50'),
        C('Tilburg', 1, ('r', 5011, 5049), 'Noord-Brabant', 'NB', '13'),
        C('Almere', 1, ('r', 1311, 1365), 'Flevoland', 'FL', '36'),
        C('Breda', 1, ('r', 4811, 4839), 'Noord-Brabant', 'NB', '76'),
        C('Nijmegen', 1, ('r', 6511, 6546), 'Gelderland', 'GE', '24'),
        C('Haarlem', 1, ('r', 2011, 2037), 'Noord-Holland', 'NH', '23'),
        C('Arnhem', 1, ('r', 6811, 6846), 'Gelderland', 'GE', '26'),
        C('Zwolle', 1, ('r', 8011, 8043), 'Overijssel', 'OV', '38'),
        C('Leiden', 1, ('r', 2311, 2334), 'Zuid-Holland', 'ZH', '71'),
        C("'s-Hertogenbosch", 1, ('r', 5211, 5249), 'Noord-Brabant', 'NB', '73', ['Den Bosch', 's-Hertogenbosch']),
    ],
    'BE': [
        C('Brussel', 2, ('r', 1000, 1210), 'Brussel', 'BRU', '2', ['Bruxelles', 'Brussels'], 'nl'),
        C('Bruxelles', 3, ('r', 1000, 1210), 'Bruxelles', 'BRU', '2', ['Brussel', 'Brussels'], 'fr'),
        C('Antwerpen', 4, ('r', 2000, 2660), 'Antwerpen', 'ANT', '3', ['Anvers', 'Antwerp'], 'nl'),
        C('Gent', 3, ('r', 9000, 9052), 'Oost-Vlaanderen', 'OVL', '9', ['Gand', 'Ghent'], 'nl'),
        C('Leuven', 1, ('r', 3000, 3012), 'Vlaams-Brabant', 'VBR', '16', ['Louvain'], 'nl'),
        C('Brugge', 1, ('r', 8000, 8310), 'West-Vlaanderen', 'WVL', '50', ['Bruges'], 'nl'),
        C('Mechelen', 1, ('r', 2800, 2812), 'Antwerpen', 'ANT', '15', ['Malines'], 'nl'),
        C('Hasselt', 1, ('r', 3500, 3512), 'Limburg', 'LIM', '11', [], 'nl'),
        C('Liège', 2, ('r', 4000, 4032), 'Liège', 'LIE', '4', ['Luik'], 'fr'),
        C('Namur', 1, ('r', 5000, 5101), 'Namur', 'NAM', '81', ['Namen'], 'fr'),
        C('Charleroi', 1, ('r', 6000, 6061), 'Hainaut', 'HAI', '71', [], 'fr'),
    ],
    'FR': [
        C('Paris', 9, ('s', 75001, 75020, 1), 'Île-de-France', 'IDF', '1'),
        C('Lyon', 3, ('s', 69001, 69009, 1), 'Auvergne-Rhône-Alpes', 'ARA', '4'),
        C('Marseille', 3, ('s', 13001, 13016, 1), "Provence-Alpes-Côte d'Azur", 'PACA', '4', ['Marseilles']),
        C('Toulouse', 2, ('l', [31000, 31100, 31200, 31300, 31400, 31500]), 'Occitanie', 'OCC', '5'),
        C('Bordeaux', 2, ('l', [33000, 33100, 33200, 33300, 33800]), 'Nouvelle-Aquitaine', 'NAQ', '5'),
        C('Lille', 2, ('l', [59000, 59160, 59260, 59800]), 'Hauts-de-France', 'HDF', '3'),
        C('Nantes', 2, ('l', [44000, 44100, 44200, 44300]), 'Pays de la Loire', 'PDL', '2'),
        C('Strasbourg', 1, ('l', [67000, 67100, 67200]), 'Grand Est', 'GES', '3'),
        C('Montpellier', 1, ('l', [34000, 34070, 34080, 34090]), 'Occitanie', 'OCC', '4'),
        C('Rennes', 1, ('l', [35000, 35200, 35700]), 'Bretagne', 'BRE', '2'),
        C('Nice', 1, ('l', [6000, 6100, 6200, 6300]), "Provence-Alpes-Côte d'Azur", 'PACA', '4'),
    ],
    'ES': [
        C('Madrid', 6, ('r', 28001, 28055), 'Madrid', 'M', '91'),
        C('Barcelona', 5, ('r', 8001, 8042), 'Barcelona', 'B', '93'),
        C('Valencia', 2, ('r', 46001, 46026), 'Valencia', 'V', '96', ['València']),
        C('Sevilla', 2, ('r', 41001, 41020), 'Sevilla', 'SE', '95', ['Seville']),
        C('Zaragoza', 1, ('r', 50001, 50021), 'Zaragoza', 'Z', '976'),
        C('Málaga', 1, ('r', 29001, 29018), 'Málaga', 'MA', '95'),
        C('Bilbao', 1, ('r', 48001, 48015), 'Bizkaia', 'BI', '94', ['Bilbo']),
        C('Palma', 1, ('r', 7001, 7015), 'Illes Balears', 'PM', '971', ['Palma de Mallorca']),
    ],
    'IT': [
        C('Milano', 5, ('r', 20121, 20162), 'Milano', 'MI', '02', ['Milan']),
        C('Roma', 4, ('r', 118, 199), 'Roma', 'RM', '06', ['Rome']),
        C('Torino', 2, ('r', 10121, 10156), 'Torino', 'TO', '011', ['Turin']),
        C('Bologna', 2, ('r', 40121, 40141), 'Bologna', 'BO', '051'),
        C('Firenze', 1, ('r', 50121, 50145), 'Firenze', 'FI', '055', ['Florence']),
        C('Napoli', 1, ('r', 80121, 80147), 'Napoli', 'NA', '081', ['Naples']),
        C('Verona', 1, ('r', 37121, 37142), 'Verona', 'VR', '045'),
        C('Padova', 1, ('r', 35121, 35143), 'Padova', 'PD', '049', ['Padua']),
        C('Bolzano', 1, ('l', [39100]), 'Bolzano', 'BZ', '0471', ['Bozen']),
    ],
    'IE': [
        C('Dublin', 5, ('ie', ['D01', 'D02', 'D04', 'D06', 'D07', 'D08', 'D09', 'D12', 'D14', 'D15', 'D18', 'D24']),
          'Co. Dublin', 'Dublin', '1', [], None,
          ['Rathmines', 'Ranelagh', 'Ballsbridge', 'Drumcondra', 'Clontarf', 'Dundrum', 'Phibsborough', 'Terenure']),
        C('Cork', 2, ('ie', ['T12', 'T23']), 'Co. Cork', 'Cork', '21', [], None, ['Douglas', 'Ballincollig', 'Bishopstown']),
        C('Galway', 1, ('ie', ['H91']), 'Co. Galway', 'Galway', '91', [], None, ['Salthill', 'Knocknacarra', 'Renmore']),
        C('Limerick', 1, ('ie', ['V94']), 'Co. Limerick', 'Limerick', '61', [], None, ['Castletroy', 'Dooradoyle']),
    ],
    'PL': [
        C('Warszawa', 4, ('r', 1, 4999), 'mazowieckie', 'MZ', '22', ['Warsaw']),
        C('Kraków', 2, ('r', 30001, 31999), 'małopolskie', 'MA', '12', ['Cracow']),
        C('Wrocław', 1, ('r', 50001, 54999), 'dolnośląskie', 'DS', '71'),
        C('Poznań', 1, ('r', 60001, 61999), 'wielkopolskie', 'WP', '61'),
        C('Gdańsk', 1, ('r', 80001, 80999), 'pomorskie', 'PM', '58'),
        C('Łódź', 1, ('r', 90001, 94999), 'łódzkie', 'LD', '42'),
    ],
}

COUNTRY_W = [('DE', 29), ('NL', 18), ('FR', 10), ('AT', 8), ('BE', 8), ('ES', 8), ('IT', 7), ('CH', 6),
             ('IE', 3), ('PL', 3)]
LANG = {'DE': 'de', 'AT': 'de', 'CH': 'de', 'NL': 'nl', 'FR': 'fr', 'ES': 'es', 'IT': 'it', 'IE': 'en', 'PL': 'pl'}
CC = {'DE': '49', 'AT': '43', 'CH': '41', 'NL': '31', 'BE': '32', 'FR': '33', 'ES': '34', 'IT': '39',
      'IE': '353', 'PL': '48'}
TRUNK = {'DE': '0', 'AT': '0', 'CH': '0', 'NL': '0', 'BE': '0', 'FR': '0', 'IE': '0', 'ES': '', 'IT': '', 'PL': ''}
TLD = {'DE': 'de', 'AT': 'at', 'CH': 'ch', 'NL': 'nl', 'BE': 'be', 'FR': 'fr', 'ES': 'es', 'IT': 'it',
       'IE': 'ie', 'PL': 'pl'}
COUNTRY_NAMES = {'DE': ('Germany', 'Deutschland'), 'AT': ('Austria', 'Österreich'), 'CH': ('Switzerland', 'Schweiz'),
                 'NL': ('Netherlands', 'Nederland'), 'BE': ('Belgium', 'België'), 'FR': ('France', 'France'),
                 'ES': ('Spain', 'España'), 'IT': ('Italy', 'Italia'), 'IE': ('Ireland', 'Ireland'),
                 'PL': ('Poland', 'Polska')}
POSTAL_PREFIX = {'DE': 'D-', 'AT': 'A-', 'CH': 'CH-', 'NL': 'NL-', 'BE': 'B-', 'FR': 'F-', 'ES': 'E-',
                 'IT': 'I-', 'IE': '', 'PL': 'PL-'}

MOBILE = {
    'DE': ['151', '152', '157', '159', '160', '162', '170', '171', '172', '173', '174', '175', '176', '177', '178', '179'],
    'AT': ['650', '660', '664', '676', '677', '680', '681', '688', '699'],
    'CH': ['76', '77', '78', '79'],
    'NL': ['6'],
    'BE': ['470', '471', '472', '473', '474', '475', '476', '477', '478', '479', '484', '485', '486', '487',
           '488', '489', '491', '492', '493', '494', '495', '496', '497', '498', '499'],
    'FR': ['6', '6', '7'],
    'ES': ['6%02d' % i for i in range(0, 100, 7)],
    'IT': ['320', '328', '329', '330', '333', '334', '335', '338', '339', '340', '342', '345', '347', '348',
           '349', '366', '380', '388', '389', '392'],
    'IE': ['83', '85', '86', '87', '89'],
    'PL': ['50%d' % i for i in range(10)] + ['51%d' % i for i in range(10)] + ['60%d' % i for i in range(10)]
          + ['66%d' % i for i in range(10)] + ['69%d' % i for i in range(10)] + ['72%d' % i for i in range(10)]
          + ['78%d' % i for i in range(10)] + ['88%d' % i for i in range(10)],
}


def sub_len(country, area, mobile):
    if mobile:
        return {'DE': 8 if area.startswith('15') else 7, 'AT': 7, 'CH': 7, 'NL': 8, 'BE': 6, 'FR': 8,
                'ES': 6, 'IT': 7, 'IE': 7, 'PL': 6}[country]
    if country == 'DE':
        return max(6, min(8, 10 - len(area)))
    if country == 'AT':
        return 7 if area == '1' else 6
    if country in ('CH', 'NL', 'FR', 'ES', 'PL'):
        return 9 - len(area)
    if country == 'BE':
        return 8 - len(area)
    if country == 'IT':
        return 10 - len(area)
    if country == 'IE':
        return 7 if area in ('1', '21') else 6
    return 7


# ------------------------------------------------------------------ names
def _split(s):
    return s.split()


GIVEN = {
    'de': {
        'm': _split('Thomas Michael Andreas Stefan Christian Markus Frank Peter Jürgen Klaus Wolfgang Matthias '
                    'Alexander Sebastian Tobias Jan Lukas Felix Jonas Maximilian Florian Daniel Tim Jörg Uwe Martin '
                    'Dirk Sven Holger Ralf Björn Sören Hans-Peter Karl-Heinz Günter Dieter Bernd Johannes Christoph '
                    'Benjamin Philipp Niklas Moritz Simon Fabian Kai Oliver Torsten Mehmet Lars Henrik'),
        'f': _split('Sabine Andrea Susanne Petra Claudia Nicole Stefanie Julia Katharina Anna Laura Lena Sarah '
                    'Christina Birgit Monika Ursula Jana Sandra Melanie Katrin Anja Jessica Hannah Sophie Bärbel '
                    'Franziska Gabriele Elisabeth Heike Kerstin Silke Nadine Tanja Carina Lea Marie Johanna Miriam '
                    'Ayşe Jülide Annika Vanessa'),
    },
    'de_AT': {'m': _split('Florian Lukas Elias Gerhard Herbert Josef Franz Johann Markus Stefan Thomas Michael '
                          'Christoph Manuel Matthias Bernhard Wolfgang Andreas Martin Alexander Daniel Günther'),
              'f': _split('Valentina Theresa Magdalena Karin Maria Christa Katharina Elisabeth Barbara Sabine '
                          'Julia Lisa Sophie Anna Verena Birgit Claudia Johanna Michaela Andrea')},
    'de_CH': {'m': _split('Urs Beat Reto Marco Roger Christoph Lukas Daniel Thomas Martin Peter Andreas Markus '
                          'Stefan Michael Patrick Simon David Adrian Ueli Matthias'),
              'f': _split('Andrea Nicole Corinne Regula Barbara Priska Sandra Daniela Claudia Monika Ursula '
                          'Brigitte Karin Sarah Laura Anna Lea Franziska Esther Ruth')},
    'nl': {
        'm': _split('Jan Pieter Kees Henk Wim Bram Daan Sem Lucas Thijs Ruben Jeroen Maarten Sander Bas Joost '
                    'Niels Wouter Gerrit Dirk Martijn Erik Frank Rob Marco Johan Mark Tom Stefan Sjoerd Bart Hans '
                    'Ad Theo Koen Tim Rik Jasper Mohamed Arjen'),
        'f': _split('Anne Sanne Lotte Emma Julia Fleur Femke Marieke Anouk Inge Ingrid Els Esther Linda Manon Eva '
                    'Iris Sophie Noor Karin Monique Petra Ilse Mirjam Annemieke Wendy Saskia Marloes Joke Anneke '
                    'Tineke Fatima Janneke'),
    },
    'nl_BE': {'m': _split('Luc Marc Peter Dirk Koen Tom Wim Bart Jan Kris Geert Stijn Pieter Lieven Jef Jens Wout '
                          'Joris Filip Steven'),
              'f': _split('An Els Katrien Sofie Leen Ann Inge Hilde Veerle Griet Lien Nele Lotte Eline Liesbeth '
                          'Kathleen Annelies Evelien')},
    'fr_BE': {'m': _split('Jean Michel Philippe Luc Pierre Marc Olivier Benoît Thierry Didier Vincent Nicolas '
                          'Laurent Christophe Jean-Marc Jean-Luc'),
              'f': _split('Nathalie Isabelle Catherine Anne Christine Véronique Sophie Julie Marie Valérie '
                          'Sandrine Aurélie Céline Françoise')},
    'fr': {
        'm': _split('Jean Pierre Michel Philippe Nicolas Julien Thomas Antoine Stéphane Frédéric François Jérôme '
                    'Laurent Sébastien Christophe Olivier Mathieu Guillaume Alexandre Romain Jean-Pierre Jean-Luc '
                    'Jean-François Benoît Cédric Hervé'),
        'f': _split('Camille Marie Sophie Isabelle Nathalie Céline Élodie Hélène Aurélie Émilie Julie Sandrine '
                    'Valérie Claire Anne Chloé Léa Manon Marine Stéphanie Véronique Marie-Claire Anne-Sophie '
                    'Béatrice'),
    },
    'es': {
        'm': ['José', 'Antonio', 'Manuel', 'Francisco', 'Javier', 'David', 'Carlos', 'Daniel', 'Jesús', 'Pablo',
              'Alejandro', 'Sergio', 'Jorge', 'Alberto', 'Luis', 'Rafael', 'Fernando', 'Ignacio', 'Raúl',
              'José Luis', 'Juan Carlos', 'Miguel Ángel', 'Álvaro', 'Iñigo'],
        'f': ['María', 'Carmen', 'Ana', 'Laura', 'Lucía', 'Marta', 'Cristina', 'Isabel', 'Elena', 'Pilar',
              'Paula', 'Raquel', 'Beatriz', 'Sara', 'Rocío', 'Nuria', 'Silvia', 'Patricia', 'Montserrat',
              'María José', 'María del Carmen', 'Ana Belén', 'Dolores', 'Begoña'],
    },
    'it': {
        'm': _split('Marco Giuseppe Luca Andrea Francesco Alessandro Matteo Lorenzo Davide Giovanni Roberto Antonio '
                    'Stefano Paolo Simone Federico Riccardo Massimo Fabio Salvatore Gianluca Pietro Nicola Emanuele'),
        'f': _split('Giulia Francesca Chiara Sara Valentina Federica Elena Martina Paola Laura Alessia Silvia Anna '
                    'Maria Roberta Elisa Barbara Simona Cristina Ilaria Giorgia Serena'),
    },
    'en': {
        'm': _split('Seán Patrick Conor Declan Eoin Liam John Michael Ciarán Niall Cian Darragh Brian Kevin Paul '
                    'Mark David James Thomas Dónal Colm Padraig Shane'),
        'f': _split('Aoife Niamh Siobhán Sinéad Orla Mary Ciara Róisín Emma Sarah Clodagh Gráinne Catherine '
                    'Deirdre Áine Laura Rachel Emer Maeve'),
    },
    'pl': {
        'm': _split('Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Łukasz Jakub Marek Grzegorz Adam Mateusz '
                    'Wojciech Bartłomiej Kamil Rafał Dariusz Jan Maciej'),
        'f': _split('Anna Katarzyna Małgorzata Agnieszka Magdalena Joanna Monika Ewa Barbara Aleksandra Karolina '
                    'Marta Natalia Beata Dorota Justyna Paulina Zofia'),
    },
}


def _plain(names):
    return [('', n) for n in names]


SURNAMES = {
    'DE': _plain(_split(
        'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter '
        'Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz '
        'Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters '
        'Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck '
        'Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt '
        'Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn '
        'Kühn Pohl Engel Horn Busch Bergmann Voigt Sauer Arnold Wolff Pfeiffer Yılmaz Öztürk Kaya Demir'))
          + [('von', 'Hagen'), ('von der', 'Heide'), ('von', 'Bülow')],
    'AT': _plain(_split(
        'Gruber Huber Bauer Wagner Müller Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder Fischer '
        'Schmid Winkler Weber Schwarz Maier Schneider Reiter Mayr Schmidt Wimmer Egger Brunner Lang Baumgartner '
        'Auer Binder Lechner Wolf Wallner Aigner Ebner Koller Lehner Haas Schuster Holzer Haider Köck Pölzl '
        'Nußbaumer Strauß')),
    'CH': _plain(_split(
        'Müller Meier Schmid Keller Weber Huber Schneider Meyer Steiner Fischer Gerber Brunner Baumann Frei '
        'Zimmermann Moser Widmer Wyss Graf Roth Kälin Bachmann Lüthi Zürcher Schärer Bühler Marti Suter Egli '
        'Hofmann Näf Sutter Stähli Bösch')),
    'NL': [('de', 'Jong'), ('', 'Jansen'), ('de', 'Vries'), ('van den', 'Berg'), ('van', 'Dijk'), ('', 'Bakker'),
           ('', 'Janssen'), ('', 'Visser'), ('', 'Smit'), ('', 'Meijer'), ('de', 'Boer'), ('', 'Mulder'),
           ('de', 'Groot'), ('', 'Bos'), ('', 'Vos'), ('', 'Peters'), ('', 'Hendriks'), ('van', 'Leeuwen'),
           ('', 'Dekker'), ('', 'Brouwer'), ('de', 'Wit'), ('', 'Dijkstra'), ('', 'Smits'), ('de', 'Graaf'),
           ('van der', 'Meer'), ('van der', 'Linden'), ('', 'Kok'), ('', 'Jacobs'), ('de', 'Haan'),
           ('', 'Vermeulen'), ('van den', 'Heuvel'), ('van der', 'Veen'), ('van den', 'Broek'), ('de', 'Bruijn'),
           ('van der', 'Heijden'), ('', 'Schouten'), ('van', 'Beek'), ('', 'Willems'), ('van', 'Vliet'),
           ('van de', 'Ven'), ('', 'Hoekstra'), ('', 'Maas'), ('', 'Verhoeven'), ('', 'Koster'), ('van', 'Dam'),
           ('van der', 'Wal'), ('', 'Prins'), ('', 'Blom'), ('', 'Huisman'), ('de', 'Koning'), ('', 'Bosman'),
           ('', 'Kuipers'), ('van', 'Wijk'), ('', 'Postma'), ('', 'Kramer'), ('van der', 'Berg'), ('', 'Yılmaz'),
           ('el', 'Amrani')],
    'BE_nl': [('', 'Peeters'), ('', 'Janssens'), ('', 'Maes'), ('', 'Jacobs'), ('', 'Mertens'), ('', 'Willems'),
              ('', 'Claes'), ('', 'Goossens'), ('', 'Wouters'), ('De', 'Smet'), ('Van den', 'Bossche'),
              ('', 'Vermeulen'), ('Van', 'Damme'), ('De', 'Backer'), ('', 'Hermans'), ('', 'Lambrechts'),
              ('', 'Desmet'), ('', 'Verstraete'), ('De', 'Clercq'), ('Van de', 'Velde'), ('', 'Pauwels'),
              ('', 'Michiels'), ('', 'Martens'), ('', 'Smets'), ('Van', 'Acker'), ('De', 'Vos'), ('Van', 'Dyck'),
              ('', 'Verhaegen')],
    'BE_fr': _plain(_split('Dubois Lambert Dupont Martin Simon Laurent Lejeune Renard Leclercq Dumont François '
                           'Mathieu Lemaire Leroy Henry Noël Collard Denis Gilson Jacques')),
    'FR': _plain(['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy',
                  'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux',
                  'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefèvre', 'Mercier', 'Dupont', 'Lambert',
                  'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin',
                  'Muller', 'Henry', 'Roussel', 'Perrin', 'Morin', 'Clément', 'Gauthier', 'Dumont', 'Fontaine',
                  'Chevalier', 'Robin', 'Le Gall', 'Le Roux', 'Bélanger']),
    'ES': _plain(['García', 'Rodríguez', 'González', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez',
                  'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero',
                  'Alonso', 'Gutiérrez', 'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil', 'Ramírez',
                  'Serrano', 'Blanco', 'Molina', 'Morales', 'Suárez', 'Ortega', 'Delgado', 'Castro', 'Ortiz',
                  'Rubio', 'Marín', 'Sanz', 'Núñez', 'Iglesias', 'Medina', 'Garrido', 'Cortés', 'Castillo',
                  'Santos', 'Lozano', 'Guerrero', 'Cano', 'Prieto']),
    'IT': _plain(_split('Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti '
                        'Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi '
                        'Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola '
                        'Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina '
                        'Sala Gatti Pellegrini Palumbo'))
          + [('De', 'Luca'), ('De', 'Santis'), ('Di', 'Stefano'), ('De', 'Angelis'), ('Lo', 'Russo'),
             ('', "D'Angelo")],
    'IE': _plain(["Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "O'Brien", "Byrne", "Ryan", "O'Connor",
                  "O'Neill", "O'Reilly", "Doyle", "McCarthy", "Gallagher", "O'Doherty", "Kennedy", "Lynch",
                  "Murray", "Quinn", "Moore", "McLoughlin", "O'Carroll", "Connolly", "Daly", "O'Connell",
                  "Wilson", "Dunne", "Brennan", "Burke", "Collins", "Clarke", "Hughes", "Fitzgerald", "Maguire",
                  "Nolan", "Flynn", "O'Callaghan", "O'Donnell", "Duffy", "O'Mahony", "Boyle", "Healy", "O'Shea",
                  "Sweeney", "Kavanagh", "McGrath", "Brady", "MacNamara", "Fitzpatrick", "O'Leary"]),
    'PL': _plain(_split('Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański '
                        'Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski '
                        'Nowakowski Pawłowski Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król '
                        'Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień Górski '
                        'Rutkowski Michalak Sikora Ostrowski Baran Duda Szewczyk Tomaszewski Pietrzak')),
}


def pl_fem(s):
    for a, b in (('dzki', 'dzka'), ('cki', 'cka'), ('ski', 'ska')):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


NICK = {
    'de': {'Thomas': ['Tom'], 'Michael': ['Micha', 'Michi'], 'Andreas': ['Andi'], 'Christian': ['Chris'],
           'Alexander': ['Alex'], 'Maximilian': ['Max'], 'Sebastian': ['Basti'], 'Tobias': ['Tobi'],
           'Johannes': ['Hannes'], 'Benjamin': ['Ben'], 'Stefanie': ['Steffi'], 'Katharina': ['Kathi'],
           'Christina': ['Tina'], 'Susanne': ['Susi'], 'Elisabeth': ['Lisa', 'Elli'], 'Gabriele': ['Gabi'],
           'Franziska': ['Franzi'], 'Daniel': ['Dani'], 'Philipp': ['Phil'], 'Florian': ['Flo'],
           'Hans-Peter': ['Hans'], 'Karl-Heinz': ['Kalle'], 'Johanna': ['Hanna'], 'Josef': ['Sepp'],
           'Johann': ['Hans'], 'Magdalena': ['Leni'], 'Theresa': ['Resi'], 'Ulrich': ['Ueli'],
           'Matthias': ['Matze'], 'Nikolaus': ['Niko'], 'Barbara': ['Babsi']},
    'fr': {'Jean-Pierre': ['JP'], 'Jean-François': ['Jean-Fran'], 'Nicolas': ['Nico'], 'Alexandre': ['Alex'],
           'Guillaume': ['Guillaume'], 'Stéphanie': ['Steph'], 'Christophe': ['Chris']},
    'es': {'Francisco': ['Paco', 'Fran'], 'José': ['Pepe'], 'Ignacio': ['Nacho'], 'Manuel': ['Manolo'],
           'Dolores': ['Lola'], 'Alejandro': ['Álex'], 'Javier': ['Javi'], 'Jesús': ['Chus'],
           'María del Carmen': ['Mari Carmen', 'Carmen'], 'María José': ['Majo'], 'José Luis': ['Josele'],
           'Antonio': ['Toni'], 'Montserrat': ['Montse'], 'Concepción': ['Concha']},
    'it': {'Giuseppe': ['Beppe', 'Peppe'], 'Francesco': ['Franco'], 'Alessandro': ['Sandro', 'Alex'],
           'Giovanni': ['Gianni'], 'Antonio': ['Toni'], 'Salvatore': ['Totò'], 'Federico': ['Fede'],
           'Emanuele': ['Manu'], 'Gianluca': ['Luca']},
    'en': {'Patrick': ['Pat', 'Paddy'], 'Michael': ['Mick', 'Mike'], 'James': ['Jim'], 'Thomas': ['Tom'],
           'Catherine': ['Kate', 'Cathy'], 'Padraig': ['Patrick'], 'Declan': ['Dec'], 'Deirdre': ['Dee'],
           'David': ['Dave'], 'John': ['Johnny'], 'Mary': ['Molly']},
    'pl': {'Małgorzata': ['Gosia'], 'Katarzyna': ['Kasia'], 'Agnieszka': ['Aga'], 'Tomasz': ['Tomek'],
           'Krzysztof': ['Krzysiek'], 'Piotr': ['Piotrek'], 'Magdalena': ['Magda'], 'Joanna': ['Asia'],
           'Aleksandra': ['Ola'], 'Wojciech': ['Wojtek'], 'Bartłomiej': ['Bartek'], 'Jakub': ['Kuba'],
           'Grzegorz': ['Grzesiek'], 'Dariusz': ['Darek'], 'Mateusz': ['Mati']},
    'nl': {'Jasper': ['Jas'], 'Maarten': ['Maarten'], 'Sander': ['Sander']},
}
# Dutch: everyday name (roepnaam) -> official given names
NL_FORMAL = {'Jan': 'Johannes', 'Kees': 'Cornelis', 'Henk': 'Hendrik', 'Wim': 'Willem', 'Piet': 'Pieter',
             'Bram': 'Abraham', 'Hans': 'Johannes', 'Ad': 'Adrianus', 'Theo': 'Theodorus', 'Koen': 'Koenraad',
             'Gerrit': 'Gerardus', 'Rob': 'Robertus', 'Joke': 'Johanna', 'Anneke': 'Anna', 'Tineke': 'Catharina',
             'Els': 'Elisabeth', 'Marieke': 'Maria', 'Bas': 'Sebastiaan', 'Daan': 'Daniël', 'Thijs': 'Matthijs',
             'Janneke': 'Johanna', 'Jef': 'Jozef', 'Luc': 'Lucas', 'Wout': 'Wouter', 'Lieven': 'Lieven'}
NL_MIDDLE = ['Maria', 'Johannes', 'Cornelis', 'Hendrikus', 'Petrus', 'Jacobus', 'Wilhelmina', 'Gerardus',
             'Antonius', 'Johanna', 'Theodora', 'Adriana']
SPELL = {'Stefan': 'Stephan', 'Matthias': 'Mathias', 'Christoph': 'Christof', 'Katrin': 'Kathrin',
         'Philipp': 'Phillip', 'Mohamed': 'Mohammed', 'Sarah': 'Sara', 'Hannah': 'Hanna', 'Sophie': 'Sofie',
         'Marco': 'Marko', 'Niklas': 'Nicklas', 'Carina': 'Karina', 'Jessica': 'Jessika', 'Sören': 'Soeren',
         'Henrik': 'Hendrik', 'Lars': 'Lasse', 'Kai': 'Kay', 'Torsten': 'Thorsten', 'Günter': 'Günther',
         'Frank': 'Franc', 'Joost': 'Joest', 'Gerrit': 'Gerrith', 'Sjoerd': 'Sjoert', 'Jeroen': 'Jeroen',
         'Ciarán': 'Kieran', 'Seán': 'Shaun', 'Siobhán': 'Shivaun', 'Róisín': 'Rosheen', 'Áine': 'Anya',
         'Julien': 'Julian', 'Mathieu': 'Matthieu', 'Stéphane': 'Stefane', 'Sara': 'Sarah', 'Iñigo': 'Inigo',
         'Laura': 'Lora', 'Marcin': 'Marcyn', 'Beata': 'Beatta', 'Daniela': 'Danielle'}

TITLES = {
    'DE': [('Dr.', 6), ('Prof. Dr.', 1), ('Dipl.-Ing.', 2), ('Dr.-Ing.', 0.5)],
    'AT': [('Mag.', 4), ('Dr.', 4), ('Ing.', 3), ('DI', 2), ('Mag.a', 0.5)],
    'CH': [('Dr.', 4), ('lic. iur.', 0.5)],
    'NL': [('Ir.', 2), ('Drs.', 2), ('Mr.', 1.5), ('Dr.', 1)],
    'BE': [('Dr.', 2), ('Ir.', 1)],
    'FR': [('Dr', 1.5), ('Me', 1)],
    'ES': [('Dr.', 2)],
    'IT': [('Dott.', 5), ('Ing.', 3), ('Avv.', 2), ('Arch.', 1.5), ('Geom.', 1)],
    'IE': [('Dr', 2)],
    'PL': [('dr', 2), ('mgr inż.', 1.5), ('inż.', 1.5)],
}
TITLE_ALT = {'Dr.': 'Dr', 'Prof. Dr.': 'Prof.', 'Dipl.-Ing.': 'Dipl. Ing.', 'Dr.-Ing.': 'Dr. Ing.', 'Mag.': 'Mag',
             'Ing.': 'Ing', 'DI': 'Dipl.-Ing.', 'Mag.a': 'Mag.', 'Ir.': 'ir.', 'Drs.': 'drs.', 'Mr.': 'mr.',
             'Dr': 'Dr.', 'Me': 'Maître', 'Dott.': 'Dott', 'Dott.ssa': 'Dott.sa', 'Avv.': 'Avvocato',
             'Arch.': 'Arch', 'Geom.': 'Geom', 'dr': 'dr.', 'mgr inż.': 'mgr inz.', 'inż.': 'inz.',
             'lic. iur.': 'lic.iur.', 'Dra.': 'Dra'}
SUFFIX = {'de': ('jun.', 'sen.'), 'nl': ('jr.', 'sr.'), 'fr': ('fils', 'père'), 'es': ('hijo', 'padre'),
          'it': ('jr.', 'sr.'), 'en': ('Jnr', 'Snr'), 'pl': ('junior', 'senior')}
SUFFIX_ALT = {'jun.': 'Jun.', 'sen.': 'Sen.', 'jr.': 'Jr.', 'sr.': 'Sr.', 'fils': 'Fils', 'hijo': 'Jr.',
              'Jnr': 'Jr.', 'junior': 'jr', 'père': 'Père', 'padre': 'Sr.', 'Snr': 'Sr.', 'senior': 'sr'}

# ------------------------------------------------------------------ business vocab
TRADES = {
    'de': {'pre': ['Elektro', 'Malerbetrieb', 'Sanitär', 'Dachdeckerei', 'Tischlerei', 'Schreinerei',
                   'Steuerkanzlei', 'Fahrschule', 'Bäckerei', 'Metzgerei', 'Gärtnerei', 'Autohaus', 'Friseursalon',
                   'Fotostudio', 'Reisebüro', 'Optik', 'Physiotherapie', 'Ingenieurbüro', 'Architekturbüro',
                   'Übersetzungsbüro', 'Hausverwaltung', 'Gebäudereinigung', 'Zimmerei', 'Kfz-Werkstatt'],
           'post': ['Haustechnik', 'Elektrotechnik', 'Immobilien', 'Consulting', 'Bau', 'Logistik', 'Medien',
                    'Design', 'Metallbau', 'Gebäudeservice', 'IT-Service', 'Software', 'Veranstaltungstechnik',
                    'Transporte', 'Personalberatung', 'Kommunikation', 'Energietechnik', 'Steuerberatung',
                    'Innenausbau', 'Gartenbau', 'Spedition', 'Handel'],
           'sole_post': ['Fotografie', 'Grafikdesign', 'Übersetzungen', 'IT-Beratung', 'Webdesign', 'Coaching',
                         'Lektorat', 'Texte', 'Hausmeisterservice', 'Yoga', 'Musikunterricht', 'Nachhilfe']},
    'nl': {'pre': ['Bouwbedrijf', 'Schildersbedrijf', 'Installatiebedrijf', 'Hoveniersbedrijf',
                   'Administratiekantoor', 'Adviesbureau', 'Autobedrijf', 'Kapsalon', 'Fysiotherapie', 'Rijschool',
                   'Bakkerij', 'Loodgietersbedrijf', 'Timmerbedrijf', 'Klussenbedrijf', 'Schoonmaakbedrijf',
                   'Vertaalbureau', 'Makelaardij', 'Transportbedrijf'],
           'post': ['Installatietechniek', 'Bouw', 'Vastgoed', 'Consultancy', 'Advies', 'Logistiek', 'Media', 'ICT',
                    'Transport', 'Techniek', 'Interieurbouw', 'Groenvoorziening', 'Elektrotechniek', 'Handel'],
           'sole_post': ['Fotografie', 'Grafisch Ontwerp', 'Vertalingen', 'IT Advies', 'Webdesign', 'Coaching',
                         'Tekstschrijven', 'Klussen', 'Yoga', 'Muziekles', 'Bijles']},
    'fr': {'pre': ['Boulangerie', 'Cabinet', 'Atelier', 'Garage', 'Plomberie', 'Menuiserie', 'Agence',
                   'Transports', 'Électricité', 'Boucherie', 'Salon de coiffure', 'Taxi', 'Pharmacie', 'Librairie'],
           'post': ['Conseil', 'Informatique', 'Bâtiment', 'Immobilier', 'Rénovation', 'Architecture',
                    'Communication', 'Services', 'Consulting', 'Traduction', 'Distribution', 'Transports'],
           'sole_post': ['Photographie', 'Graphisme', 'Traduction', 'Conseil', 'Développement Web', 'Coaching',
                         'Rédaction', 'Yoga', 'Cours de piano']},
    'es': {'pre': ['Construcciones', 'Talleres', 'Reformas', 'Transportes', 'Gestoría', 'Asesoría', 'Inmobiliaria',
                   'Clínica Dental', 'Panadería', 'Instalaciones', 'Carpintería', 'Fontanería', 'Peluquería'],
           'post': ['Asesores', 'Consultores', 'Ingeniería', 'Logística', 'Abogados', 'Arquitectos',
                    'Comunicación', 'Hermanos', 'Reformas', 'Distribuciones'],
           'sole_post': ['Fotografía', 'Diseño Gráfico', 'Traducciones', 'Consultoría IT', 'Diseño Web',
                         'Coaching', 'Clases de inglés']},
    'it': {'pre': ['Studio', 'Impianti Elettrici', 'Officina', 'Costruzioni', 'Trasporti', 'Edilizia',
                   'Falegnameria', 'Idraulica', 'Panificio', 'Autofficina', 'Agenzia Immobiliare', 'Studio Tecnico',
                   'Studio Legale', 'Ristorante'],
           'post': ['Costruzioni', 'Consulting', 'Impianti', 'Serramenti', 'Logistica', 'Informatica', 'Servizi',
                    '& Figli', 'Trasporti', 'Arredamenti'],
           'sole_post': ['Fotografia', 'Grafica', 'Traduzioni', 'Consulenza Informatica', 'Web Design',
                         'Coaching', 'Lezioni di musica']},
    'en': {'pre': [],
           'post': ['Plumbing', 'Electrical', 'Construction', 'Accountants', 'Solicitors', 'Consulting', 'Motors',
                    'Landscaping', 'Logistics', 'Properties', 'Design', 'Engineering', 'Joinery', 'Roofing'],
           'sole_post': ['Photography', 'Design', 'Translations', 'IT Consulting', 'Web Design', 'Coaching',
                         'Copywriting', 'Handyman Services', 'Tutoring']},
    'pl': {'pre': ['Biuro Rachunkowe', 'Usługi Remontowe', 'Firma Handlowa', 'PHU', 'Transport', 'Zakład Stolarski',
                   'Kancelaria', 'Auto Serwis', 'Piekarnia', 'Firma Budowlana'],
           'post': ['Budownictwo', 'Transport', 'Consulting', 'Serwis', 'Logistyka', 'Instalacje', 'Handel',
                    'Systemy'],
           'sole_post': ['Usługi Informatyczne', 'Fotografia', 'Tłumaczenia', 'Grafika', 'Doradztwo',
                         'Usługi Remontowe', 'Korepetycje']},
}
BRAND = {
    'de': (['Nord', 'Süd', 'Blau', 'Grün', 'Alpen', 'Rhein', 'Elb', 'Spree', 'Isar', 'Main', 'Stern', 'Licht',
            'Hafen', 'Berg', 'Wald', 'Sonnen', 'Klar', 'Fein', 'Flink', 'Pixel', 'Daten', 'Code', 'Wolken', 'Funk',
            'Bunt', 'Glück', 'Eulen', 'Fuchs', 'Adler', 'Leucht', 'Weit', 'Hell'],
           ['werk', 'haus', 'blick', 'punkt', 'raum', 'feld', 'licht', 'wind', 'form', 'logik', 'netz', 'kontor',
            'manufaktur', 'schmiede', 'wert', 'pilot', 'kraft', 'welle', 'zeit'],
           ['Media', 'Digital', 'Solutions', 'Systems', 'Software', 'Consulting', 'Labs', 'Studio', 'Energie',
            'Technik', 'Vertrieb']),
    'nl': (['Polder', 'Tulp', 'Molen', 'Dijk', 'Gracht', 'Oranje', 'Noorder', 'Zuider', 'Wester', 'Ooster',
            'Blauw', 'Groen', 'Duin', 'Zee', 'Klomp', 'Fiets', 'Vlinder', 'Meeuw', 'Reiger', 'Eik', 'Linde', 'Wad'],
           ['werk', 'huis', 'stad', 'zicht', 'kracht', 'licht', 'veld', 'poort', 'hof', 'sprong', 'stroom',
            'kompas', 'baken', 'haven'],
           ['Media', 'Digital', 'Solutions', 'Software', 'Groep', 'Studio', 'Advies', 'Energie', 'Techniek']),
    'fr': (['Azur', 'Lumière', 'Soleil', 'Horizon', 'Étoile', 'Océan', 'Alpin', 'Hexa', 'Nova', 'Opale', 'Ardoise',
            'Lavande', 'Mistral', 'Cèdre', 'Boréal', 'Zénith'], [''],
           ['Conseil', 'Digital', 'Services', 'Studio', 'Lab', 'Création', 'Solutions', 'Énergie', 'Habitat']),
    'es': (['Sol', 'Mar', 'Luz', 'Nova', 'Iber', 'Alba', 'Brisa', 'Faro', 'Olivo', 'Sierra', 'Cielo', 'Puerta',
            'Aqua', 'Terra'], ['tec', 'sur', 'norte', 'mar', 'net', 'soft', 'data', 'sol', 'vía'],
           ['Soluciones', 'Digital', 'Servicios', 'Consulting', 'Energía', 'Estudio']),
    'it': (['Sole', 'Luna', 'Alba', 'Nova', 'Stella', 'Vento', 'Mare', 'Monte', 'Fiore', 'Aurora', 'Delta',
            'Italo', 'Tecno', 'Eco'], ['tech', 'sistemi', 'servizi', 'lab', 'net', 'group', 'design', 'line'],
           ['Servizi', 'Digitale', 'Consulting', 'Energia', 'Studio', 'Soluzioni']),
    'en': (['Emerald', 'Shamrock', 'Liffey', 'Atlantic', 'Celtic', 'Harbour', 'Greenfield', 'Cliff', 'Oak',
            'Granite', 'Bright', 'Clover', 'Summit', 'Heather'], [''],
           ['Solutions', 'Digital', 'Consulting', 'Media', 'Systems', 'Tech', 'Works', 'Partners', 'Energy']),
    'pl': (['Pol', 'Trans', 'Bud', 'Inter', 'Tech', 'El', 'Agro', 'Eko', 'Pro', 'Multi', 'Euro', 'Med', 'Stal',
            'Drew'], ['max', 'mar', 'pol', 'bud', 'soft', 'tex', 'trans', 'med', 'tech', 'net', 'ex'],
           ['Systemy', 'Serwis', 'Consulting', 'Polska', 'Group', 'Handel']),
}
FORMS = {
    'DE': [('GmbH', 45), ('UG (haftungsbeschränkt)', 10), ('GmbH & Co. KG', 12), ('e.K.', 8), ('AG', 3),
           ('OHG', 2), ('KG', 3), ('GbR', 4), ('PartG mbB', 2), ('', 11)],
    'AT': [('GmbH', 50), ('OG', 8), ('KG', 8), ('e.U.', 10), ('AG', 3), ('', 15), ('GmbH & Co KG', 6)],
    'CH': [('GmbH', 45), ('AG', 35), ('', 20)],
    'NL': [('B.V.', 58), ('', 22), ('V.O.F.', 12), ('N.V.', 3)],
    'BE': [('BV', 30), ('BVBA', 15), ('NV', 12), ('CommV', 3), ('', 12)],
    'BE_fr': [('SRL', 30), ('SPRL', 15), ('SA', 12), ('SCS', 3), ('', 12)],
    'FR': [('SARL', 30), ('SAS', 30), ('SASU', 12), ('EURL', 10), ('SA', 5), ('EI', 5), ('', 8)],
    'ES': [('S.L.', 60), ('S.A.', 10), ('S.L.U.', 10), ('S.Coop.', 3), ('', 17)],
    'IT': [('S.r.l.', 50), ('S.r.l.s.', 10), ('S.p.A.', 8), ('S.n.c.', 10), ('S.a.s.', 10), ('', 12)],
    'IE': [('Ltd', 50), ('Limited', 20), ('DAC', 5), ('', 25)],
    'PL': [('Sp. z o.o.', 55), ('S.A.', 5), ('sp.j.', 10), ('sp.k.', 8), ('', 22)],
}
SOLE_FORMS = {'', 'e.K.', 'e.U.', 'EI'}
LEGAL_PERSON_FORMS = {'DE': ['GmbH', 'UG (haftungsbeschränkt)', 'GmbH'], 'AT': ['GmbH'], 'CH': ['GmbH', 'AG'],
                      'NL': ['B.V.'], 'BE': ['BV', 'BV'], 'BE_fr': ['SRL'], 'FR': ['SASU', 'EURL', 'SARL'],
                      'ES': ['S.L.', 'S.L.U.'], 'IT': ['S.r.l.', 'S.r.l.s.'], 'IE': ['Ltd', 'Limited'],
                      'PL': ['Sp. z o.o.']}
LEGAL_VARIANTS = {
    'GmbH': ['GmbH', 'Gmbh', 'G.m.b.H.', 'GMBH'],
    'UG (haftungsbeschränkt)': ['UG (haftungsbeschränkt)', 'UG', 'UG (haftungsbeschraenkt)', 'UG (haftungsbeschr.)',
                                'UG (hb)'],
    'GmbH & Co. KG': ['GmbH & Co. KG', 'GmbH & Co KG', 'GmbH u. Co. KG', 'GmbH&Co.KG', 'GmbH + Co. KG'],
    'GmbH & Co KG': ['GmbH & Co KG', 'GmbH & Co. KG', 'GesmbH & Co KG'],
    'e.K.': ['e.K.', 'e. K.', 'eK', 'e.Kfm.'],
    'AG': ['AG', 'Aktiengesellschaft'],
    'OHG': ['OHG', 'oHG'], 'KG': ['KG'], 'GbR': ['GbR', 'G.b.R.'],
    'PartG mbB': ['PartG mbB', 'Partnerschaftsgesellschaft mbB', 'PartGmbB'],
    'OG': ['OG'], 'e.U.': ['e.U.', 'eU'],
    'B.V.': ['B.V.', 'BV', 'bv', 'B.V'], 'V.O.F.': ['V.O.F.', 'VOF', 'vof'], 'N.V.': ['N.V.', 'NV'],
    'BV': ['BV', 'B.V.', 'bv'], 'BVBA': ['BVBA', 'bvba', 'B.V.B.A.'], 'NV': ['NV', 'N.V.'],
    'CommV': ['CommV', 'Comm.V.'], 'SRL': ['SRL', 'S.R.L.', 'srl'], 'SPRL': ['SPRL', 'sprl', 'S.P.R.L.'],
    'SA': ['SA', 'S.A.'], 'SCS': ['SCS', 'S.C.S.'],
    'SARL': ['SARL', 'S.A.R.L.', 'Sarl', 'S.à r.l.'], 'SAS': ['SAS', 'S.A.S.', 'Sas'], 'SASU': ['SASU', 'S.A.S.U.'],
    'EURL': ['EURL', 'E.U.R.L.'], 'EI': ['EI', 'E.I.'],
    'S.L.': ['S.L.', 'SL', 'S.L', 'Sociedad Limitada', 'S. L.'], 'S.A.': ['S.A.', 'SA'],
    'S.L.U.': ['S.L.U.', 'SLU', 'S.L.U'], 'S.Coop.': ['S.Coop.', 'S. Coop.'],
    'S.r.l.': ['S.r.l.', 'SRL', 'Srl', 's.r.l.', 'S.R.L.'], 'S.r.l.s.': ['S.r.l.s.', 'SRLS', 'Srls'],
    'S.p.A.': ['S.p.A.', 'SpA', 'SPA'], 'S.n.c.': ['S.n.c.', 'snc', 'SNC'], 'S.a.s.': ['S.a.s.', 'sas', 's.a.s.'],
    'Ltd': ['Ltd', 'Ltd.', 'Limited', 'LTD'], 'Limited': ['Limited', 'Ltd', 'Ltd.'],
    'DAC': ['DAC', 'Designated Activity Company'],
    'Sp. z o.o.': ['Sp. z o.o.', 'sp. z o.o.', 'Sp.z o.o.', 'sp. z o. o.', 'Spółka z o.o.',
                   'Spółka z ograniczoną odpowiedzialnością'],
    'sp.j.': ['sp.j.', 'Sp. J.', 'spółka jawna'], 'sp.k.': ['sp.k.', 'Sp. K.', 'spółka komandytowa'],
}
# same legal entity, form updated (conversion / law change)
LEGAL_UPDATE = {'UG (haftungsbeschränkt)': 'GmbH', 'BVBA': 'BV', 'SPRL': 'SRL', 'S.r.l.s.': 'S.r.l.',
                'SASU': 'SAS', 'EURL': 'SARL'}
FORMERLY = {'de': 'vormals', 'nl': 'voorheen', 'fr': 'anciennement', 'es': 'antes', 'it': 'già',
            'en': 'formerly', 'pl': 'dawniej'}
GROUP_WORD = {'de': ['Holding', 'Gruppe', 'Beteiligungs'], 'nl': ['Holding', 'Beheer'], 'fr': ['Holding', 'Groupe'],
              'es': ['Grupo', 'Holding'], 'it': ['Holding', 'Gruppo'], 'en': ['Holdings', 'Group'],
              'pl': ['Holding', 'Grupa']}
ROLE_EMAIL = {'de': ['info', 'kontakt', 'office', 'buchhaltung', 'rechnung', 'mail', 'post', 'verwaltung'],
              'nl': ['info', 'administratie', 'facturen', 'boekhouding', 'contact', 'post'],
              'fr': ['contact', 'info', 'compta', 'facturation', 'admin', 'accueil'],
              'es': ['info', 'administracion', 'contabilidad', 'facturas', 'contacto'],
              'it': ['info', 'amministrazione', 'contabilita', 'fatture', 'segreteria'],
              'en': ['info', 'accounts', 'hello', 'office', 'admin'],
              'pl': ['biuro', 'kontakt', 'ksiegowosc', 'faktury', 'info']}
PROVIDERS = {
    'DE': [('gmail.com', 25), ('web.de', 20), ('gmx.de', 18), ('gmx.net', 6), ('t-online.de', 12),
           ('outlook.de', 5), ('posteo.de', 3), ('mailbox.org', 2), ('yahoo.de', 3), ('freenet.de', 2),
           ('icloud.com', 4)],
    'AT': [('gmx.at', 25), ('gmail.com', 30), ('aon.at', 15), ('chello.at', 8), ('a1.net', 8), ('outlook.com', 6)],
    'CH': [('bluewin.ch', 35), ('gmail.com', 25), ('gmx.ch', 15), ('hispeed.ch', 8), ('sunrise.ch', 6)],
    'NL': [('gmail.com', 30), ('hotmail.com', 18), ('ziggo.nl', 12), ('kpnmail.nl', 10), ('outlook.com', 8),
           ('planet.nl', 5), ('xs4all.nl', 5), ('home.nl', 4), ('live.nl', 4)],
    'BE': [('gmail.com', 30), ('telenet.be', 25), ('skynet.be', 12), ('proximus.be', 8), ('hotmail.com', 10)],
    'FR': [('gmail.com', 30), ('orange.fr', 20), ('free.fr', 12), ('sfr.fr', 8), ('laposte.net', 8),
           ('wanadoo.fr', 6), ('hotmail.fr', 8)],
    'ES': [('gmail.com', 45), ('hotmail.es', 15), ('telefonica.net', 8), ('yahoo.es', 8), ('outlook.es', 8)],
    'IT': [('gmail.com', 35), ('libero.it', 20), ('virgilio.it', 8), ('tiscali.it', 6), ('alice.it', 6),
           ('hotmail.it', 8)],
    'IE': [('gmail.com', 40), ('eircom.net', 15), ('hotmail.com', 15), ('yahoo.ie', 8), ('outlook.com', 8)],
    'PL': [('gmail.com', 30), ('wp.pl', 20), ('o2.pl', 15), ('onet.pl', 15), ('interia.pl', 12)],
}
COWORK = {'de': ['Coworking Spreewerk', 'Hafenwerk Coworking', 'Werkraum Coworking', 'Büro Kollektiv',
                 'Schreibtischwerk', 'Impact Hub', 'Regus Business Center'],
          'nl': ['Coworking De Fabriek', 'Werkplaats Coworking', 'Het Kantoorhuis', 'De Broedplaats',
                 'Regus Business Centre'],
          'fr': ['Espace Coworking La Ruche', 'Atelier Partagé', 'Le Bureau Commun', 'Regus Centre d’affaires'],
          'es': ['Coworking La Colmena', 'Espacio Nexo', 'Regus Centro de Negocios'],
          'it': ['Coworking Il Cortile', 'Spazio Comune', 'Regus Business Centre'],
          'en': ['The Hive Coworking', 'Dock Workspace', 'Regus Business Centre'],
          'pl': ['Coworking Ul', 'Przestrzeń Wspólna', 'Regus Business Centre']}
FLOORS = {'de': ['EG', '1. OG', '2. OG', '3. OG', '4. OG', '5. OG', 'DG'],
          'nl': ['begane grond', '1e verdieping', '2e verdieping', '3e verdieping', '4e verdieping'],
          'fr': ['RDC', '1er étage', '2e étage', '3e étage', '4e étage'],
          'es': ['Planta baja', 'Planta 1', 'Planta 2', 'Planta 3', 'Planta 4'],
          'it': ['piano terra', 'piano 1', 'piano 2', 'piano 3', 'piano 4'],
          'en': ['Ground Floor', '1st Floor', '2nd Floor', '3rd Floor', '4th Floor'],
          'pl': ['parter', 'I piętro', 'II piętro', 'III piętro', 'IV piętro']}
CHAINS = {'de': [('Bäckerei Sonnenkorn', 'Sonnenkorn Backwaren', 'sonnenkorn'),
                 ('Fahrschule Blitzstart', 'Blitzstart Fahrschulen', 'blitzstart'),
                 ('Optik Klarblick', 'Klarblick Optik', 'klarblick'),
                 ('Backstube Goldkorn', 'Goldkorn Backstuben', 'goldkorn-backstube'),
                 ('FitPunkt Studio', 'FitPunkt Fitness', 'fitpunkt'),
                 ('Kaffeerösterei Bohnenglück', 'Bohnenglück Kaffee', 'bohnenglueck')],
          'nl': [('Bakkerij De Korenaar', 'De Korenaar Bakkerijen', 'korenaar'),
                 ('Fietsplus', 'Fietsplus Retail', 'fietsplus'),
                 ('Rijschool Groen Licht', 'Groen Licht Rijopleidingen', 'groenlicht'),
                 ('Kapsalon Knipkunst', 'Knipkunst Kappers', 'knipkunst')],
          'fr': [('Boulangerie Le Fournil Doré', 'Fournil Doré', 'fournildore'),
                 ('Auto-école Route Libre', 'Route Libre Formation', 'routelibre'),
                 ('Optique Bel Œil', 'Bel Oeil Optique', 'beloeil')],
          'es': [('Panadería La Espiga Dorada', 'Espiga Dorada', 'espigadorada'),
                 ('Autoescuela Vía Libre', 'Vía Libre Formación', 'vialibre'),
                 ('Óptica Visión Clara', 'Visión Clara Ópticas', 'visionclara')],
          'it': [("Panificio Spiga d'Oro", "Spiga d'Oro", 'spigadoro'),
                 ('Autoscuola Semaforo Verde', 'Semaforo Verde', 'semaforoverde'),
                 ('Ottica Vista Chiara', 'Vista Chiara Ottica', 'vistachiara')],
          'en': [('Golden Crust Bakery', 'Golden Crust Bakeries', 'goldencrust'),
                 ('Quickfit Tyres', 'Quickfit Tyre Centres', 'quickfittyres')],
          'pl': [('Piekarnia Złoty Kłos', 'Złoty Kłos', 'zlotyklos'),
                 ('Szkoła Jazdy Zielone Światło', 'Zielone Światło', 'zieloneswiatlo')]}
BRANCH_WORD = {'de': 'Filiale', 'nl': 'vestiging', 'fr': 'agence', 'es': 'sucursal', 'it': 'filiale',
               'en': 'branch', 'pl': 'oddział'}


# ------------------------------------------------------------------ registries
CHAIN_USED = set()
CHAIN_DOMAIN = {}
USED_EMAIL, USED_PHONE, USED_ADDR, USED_DOMAIN, USED_IDS = set(), set(), set(), set(), set()


def new_id():
    while True:
        i = 'c-%08x' % R.getrandbits(32)
        if i not in USED_IDS:
            USED_IDS.add(i)
            return i


def pick_country():
    return wpick(COUNTRY_W)


def pick_city(country, exclude=None):
    cs = [c for c in CITIES[country] if c['name'] != exclude]
    return wpick([(c, c['w']) for c in cs])


def lang_of(country, city):
    if country == 'BE':
        return city['lang']
    return LANG[country]


def name_key(country, lang):
    if country == 'BE':
        return 'BE_' + lang
    return country


def given_pool(country, lang, gender):
    if country == 'AT' and chance(0.5):
        return GIVEN['de_AT'][gender]
    if country == 'CH' and chance(0.6):
        return GIVEN['de_CH'][gender]
    if country == 'BE':
        return GIVEN[lang + '_BE'][gender]
    return GIVEN[lang][gender]


# ------------------------------------------------------------------ generators: people
def make_person(country, lang, gender=None, title_p=1.0, given=None, fam=None, fam2=None):
    gender = gender or ('m' if chance(0.55) else 'f')
    g = given or zpick(given_pool(country, lang, gender), 0.5)
    if fam is None:
        fam = zpick(SURNAMES[name_key(country, lang)], 0.7)
    particle, family = fam
    if country == 'PL' and gender == 'f':
        family = pl_fem(family)
    family2 = None
    if country == 'ES':
        family2 = fam2 or zpick(SURNAMES['ES'], 0.7)[1]
        while family2 == family:
            family2 = zpick(SURNAMES['ES'], 0.7)[1]
    formal = None
    if lang == 'nl':
        f0 = NL_FORMAL.get(g, g)
        formal = [f0] + ([pick(NL_MIDDLE)] if chance(0.5) else [])
    title = None
    if chance(title_p * sum(w for _, w in TITLES[country]) / 100.0):
        title = wpick(TITLES[country])
        if gender == 'f' and title == 'Dott.':
            title = 'Dott.ssa'
        if gender == 'f' and title == 'Dr.' and country == 'ES':
            title = 'Dra.'
    return {'given': g, 'formal': formal, 'gender': gender, 'particle': particle, 'family': family,
            'family2': family2, 'title': title, 'suffix': None, 'lang': lang}


def rand_num(max_n=180):
    return str(min(int(R.expovariate(1 / 28.0)) + 1, max_n))


DE_BASES = ['Haupt', 'Bahnhof', 'Schul', 'Garten', 'Kirch', 'Berg', 'Wald', 'Linden', 'Birken', 'Eichen', 'Rosen',
            'Mühlen', 'Schiller', 'Goethe', 'Mozart', 'Beethoven', 'Lessing', 'Uhland', 'Blumen', 'Feld', 'Wiesen',
            'Sonnen', 'Brunnen', 'Schloss', 'Post', 'Industrie', 'Ahorn', 'Buchen', 'Tannen', 'Friedrich',
            'Wilhelm', 'Luisen', 'Marien', 'Königs', 'Kaiser', 'Hafen', 'Stern', 'Tal', 'Markt', 'Kastanien',
            'Mittel', 'Grenz', 'Hoch', 'Kreuz', 'Weiher']
DE_ADJ = ['Berliner', 'Hamburger', 'Münchener', 'Frankfurter', 'Kölner', 'Leipziger', 'Dresdner', 'Bremer',
          'Hannoversche', 'Stuttgarter', 'Nürnberger', 'Düsseldorfer', 'Bonner', 'Potsdamer', 'Lübecker']
DE_PERS = ['Karl-Marx', 'Friedrich-Ebert', 'Konrad-Adenauer', 'Willy-Brandt', 'Robert-Koch', 'Max-Planck',
           'Albert-Einstein', 'Heinrich-Heine', 'Rosa-Luxemburg', 'Otto-Hahn', 'Carl-Benz', 'Gottlieb-Daimler',
           'Theodor-Heuss', 'Kurt-Schumacher', 'Sophie-Scholl', 'Clara-Zetkin']
DE_AM = ['Am Markt', 'Am Stadtpark', 'Am Hafen', 'Am Mühlbach', 'Am Kirchberg', 'Am Sportplatz', 'Im Gewerbepark',
         'An der Mühle', 'Im Winkel', 'Zum Sportplatz', 'Am Anger']
CH_ADJ = ['Zürcher', 'Berner', 'Basler', 'Luzerner', 'Badener', 'Winterthurer', 'See', 'Bahnhof', 'Dorf']
NL_BASES = ['Kerk', 'Dorps', 'School', 'Molen', 'Stations', 'Markt', 'Linden', 'Beuken', 'Eiken', 'Wilhelmina',
            'Juliana', 'Beatrix', 'Oranje', 'Nassau', 'Zuid', 'Noord', 'Oost', 'West', 'Nieuwe', 'Oude', 'Hoog',
            'Prins Hendrik', 'Koning', 'Sport', 'Tuin', 'Berken', 'Esdoorn', 'Rozen', 'Tulpen', 'Vondel',
            'Rembrandt', 'Vermeer', 'Mozart', 'Populier', 'Hazel']
NL_PAINTERS = ['Van Goghstraat', 'Van Ostadestraat', 'Van Baerlestraat', 'Van Speijkstraat', 'Van Eeghenstraat']
BE_STEENWEG = ['Mechelsesteenweg', 'Leuvensesteenweg', 'Brusselsesteenweg', 'Antwerpsesteenweg', 'Gentsesteenweg',
               'Kortrijksesteenweg']
BE_FR_STREETS = ['Rue de la Station', 'Rue du Moulin', "Rue de l'Église", 'Avenue Louise', 'Chaussée de Charleroi',
                 'Rue Royale', "Boulevard d'Avroy", 'Place Saint-Lambert', 'Rue des Champs', 'Rue Haute',
                 'Chaussée de Waterloo', 'Rue Saint-Gilles', 'Rue de Namur', 'Avenue de Tervueren',
                 'Rue du Commerce', 'Rue de Fer']
FR_NAMES = ['de la République', 'Victor Hugo', 'Jean Jaurès', 'de la Paix', 'du Général de Gaulle', 'des Lilas',
            'Pasteur', 'de la Gare', 'du Moulin', 'Gambetta', 'Voltaire', 'Émile Zola', 'des Écoles', 'Saint-Michel',
            'de Verdun', 'Nationale', 'Carnot', 'du Maréchal Foch', 'Lafayette', 'de Paris', 'du Château',
            'des Fleurs', 'Jules Ferry', 'Anatole France', 'de la Liberté', 'des Acacias', 'du Commerce',
            'Jean Moulin', "de l'Église", 'Paul Bert']
FR_PERSON_STREETS = {'Victor Hugo', 'Jean Jaurès', 'Émile Zola', 'Jules Ferry', 'Anatole France', 'Jean Moulin',
                     'Paul Bert', 'du Général de Gaulle', 'du Maréchal Foch'}
ES_NAMES = ['Mayor', 'de Alcalá', 'Gran Vía', 'de la Constitución', 'Real', 'del Sol', 'de Cervantes',
            'de San Juan', 'Nueva', 'de la Paz', 'de Goya', 'de Serrano', 'del Carmen', 'de Velázquez', 'de Colón',
            'de la Iglesia', 'de Andalucía', 'de Santa Ana', 'del Pilar', 'de Toledo', 'de los Reyes Católicos',
            'de Blasco Ibáñez', 'de la Libertad', 'de Sagasta', 'del Doctor Fleming']
CA_NAMES = ['de Balmes', 'de Muntaner', "d'Aragó", 'de Provença', 'del Consell de Cent', 'de Mallorca',
            'de Pau Claris', 'de Sants', 'Gran de Gràcia', 'de València']
ES_FLOORS = ['1º A', '2º B', '3º izda.', '4º dcha.', 'bajo', '1º 1ª', '2º 2ª', '5º C', 'ático', '3º D', '6º A',
             '2º izda.', '1º dcha.']
ES_BIZ_UNITS = ['Oficina 3', 'Local 2', 'Planta 4', 'Oficina 12', 'Local 1']
IT_NAMES = ['Roma', 'Giuseppe Garibaldi', 'Giuseppe Mazzini', 'Vittorio Emanuele II', 'Cavour', 'Dante Alighieri',
            'Giuseppe Verdi', 'XX Settembre', 'della Repubblica', 'Guglielmo Marconi', 'Giacomo Matteotti',
            'Antonio Gramsci', 'dei Mille', 'San Martino', 'della Libertà', 'Milano', 'Torino', 'Venezia',
            'Trieste', 'Alessandro Manzoni', 'Giacomo Leopardi', 'Buenos Aires', 'Nazionale', 'Aldo Moro']
IT_UNITS = ['scala B', 'int. 5', 'piano 2', 'scala A, int. 12', 'int. 3', 'scala C']
IE_NAMES = ['Main', 'Church', 'Bridge', 'Patrick', "O'Connell", 'Castle', 'Mill', 'Abbey', 'Station', 'Oak',
            'Willow', 'Beech', 'College', 'Parnell', 'Harbour', 'Chapel', 'Green', 'Cross', 'Mary', 'Dominick',
            'Shop', 'Strand', 'Pearse', 'Emmet', 'Davitt', 'Marine', 'Newtown', 'Ashgrove', 'Glenview', 'Hazel',
            'Cedar', 'Meadow']
IE_TYPES = [('Street', 40), ('Road', 25), ('Avenue', 8), ('Lane', 6), ('Park', 6), ('Terrace', 5), ('Drive', 4),
            ('Close', 3), ('Court', 3)]
IE_PARKS = {'Dublin': ['Sandyford Business Park', 'Citywest Business Campus', 'Parkwest Business Park',
                       'Eastpoint Business Park'],
            'Cork': ['Cork Airport Business Park', 'Little Island Business Park'],
            'Galway': ['Galway Technology Park', 'Ballybrit Business Park'],
            'Limerick': ['Raheen Business Park', 'National Technology Park']}
PL_NAMES = ['Marszałkowska', 'Długa', 'Polna', 'Leśna', 'Słoneczna', 'Krótka', 'Szkolna', 'Ogrodowa', 'Lipowa',
            'Kwiatowa', 'Kościuszki', 'Mickiewicza', 'Sienkiewicza', 'Piłsudskiego', 'Jana Pawła II',
            'Wojska Polskiego', 'Kolejowa', 'Zielona', 'Brzozowa', 'Łąkowa', 'Mazowiecka', 'Krakowska',
            'Warszawska', 'Grunwaldzka', '3 Maja', 'Żeromskiego', 'Słowackiego', 'Reymonta']
PL_ALEJE = ['Jerozolimskie', 'Niepodległości', 'Solidarności', 'Jana Pawła II', 'Wojska Polskiego', 'Grunwaldzka']
PL_PLACE = ['Grunwaldzki', 'Wolności', 'Kościuszki', 'Bankowy']


def gen_street(country, lang, city, business):
    """returns (street, num, suf, unit, line2)"""
    num, suf, unit, line2 = rand_num(), '', None, None
    if country in ('DE', 'AT', 'CH'):
        ss = 'strasse' if country == 'CH' else 'straße'
        SS = 'Strasse' if country == 'CH' else 'Straße'
        x = R.random()
        if country == 'CH':
            if x < 0.6:
                street = pick(DE_BASES).replace('ß', 'ss') + ss
            elif x < 0.75:
                street = pick(CH_ADJ) + ss
            elif x < 0.92:
                street = pick(DE_BASES).replace('ß', 'ss') + pick(['weg', 'gasse', 'platz', 'rain', 'halde'])
            else:
                street = pick(DE_AM)
        else:
            if x < 0.52:
                street = pick(DE_BASES) + ss
            elif x < 0.64:
                street = pick(DE_ADJ) + ' ' + SS
            elif x < 0.74:
                street = pick(DE_PERS) + '-' + SS
            elif x < 0.92:
                types = ['weg', 'allee', 'ring', 'platz', 'damm'] + (['gasse'] * 4 if country == 'AT' else [])
                street = pick(DE_BASES) + pick(types)
            else:
                street = pick(DE_AM)
        r = R.random()
        if r < 0.10:
            suf = pick(['a', 'a', 'b', 'c'])
        elif r < 0.13:
            suf = '-' + str(int(num) + 2)
        if business and chance(0.16):
            line2 = pick(['2. OG', '3. OG', '1. Etage', 'Hinterhaus', 'Aufgang B', 'Gebäude C', 'Haus 2',
                          'EG links', 'Halle 4'])
        elif not business and country == 'AT' and chance(0.4):
            unit = 'Top %d' % R.randint(1, 24) if chance(0.7) else 'Stiege %d, Top %d' % (R.randint(1, 4),
                                                                                           R.randint(1, 30))
        elif not business and chance(0.07):
            line2 = pick(['Hinterhaus', 'Vorderhaus, 3. OG', 'Wohnung 12', '2. OG links', 'Gartenhaus', 'Whg. 5'])
    elif country == 'NL' or (country == 'BE' and lang == 'nl'):
        x = R.random()
        if country == 'NL' and city['name'] == 'Amsterdam' and chance(0.15):
            street = pick(['Keizersgracht', 'Herengracht', 'Prinsengracht', 'Singel', 'Oudezijds Voorburgwal'])
        elif x < 0.5:
            street = pick(NL_BASES) + 'straat'
        elif x < 0.62:
            street = pick(NL_BASES) + pick(['weg', 'plein', 'kade', 'singel'])
        elif x < 0.8:
            street = pick(NL_BASES) + 'laan'
        elif x < 0.9 and country == 'NL':
            street = 'Burgemeester ' + pick(['Visser', 'de Withstraat', 'Reiger', 'Kessen', 'Roelen',
                                             'van Haarenlaan', 'Bakker', 'Jansen'])
            if not street.endswith(('straat', 'laan')):
                street += pick(['straat', 'laan', 'plein'])
        elif x < 0.9:
            street = pick(BE_STEENWEG)
        else:
            street = pick(NL_PAINTERS) if country == 'NL' else pick(['Grote Markt', 'Kouter', 'Meir', 'Veldstraat'])
        if country == 'NL' and chance(0.22):
            suf = pick(['A', 'B', '-1', '-2', '-3', ' hs', '-II', '-III', 'a'])
        if country == 'BE' and chance(0.14 if business else 0.22):
            unit = 'bus %d' % R.randint(1, 30)
        if business and chance(0.08):
            line2 = pick(['2e verdieping', 'Unit 3', 'Gebouw B', 'Kantoor 4'])
    elif country == 'BE':
        street = pick(BE_FR_STREETS)
        if chance(0.2):
            unit = 'bte %d' % R.randint(1, 30)
        if business and chance(0.08):
            line2 = pick(['2e étage', 'Bloc B', 'Bureau 4'])
    elif country == 'FR':
        t = wpick([('rue', 60), ('avenue', 15), ('boulevard', 8), ('place', 4), ('allée', 5), ('impasse', 4),
                   ('chemin', 4)])
        street = t + ' ' + pick(FR_NAMES)
        if chance(0.05):
            suf = pick([' bis', ' ter'])
        if chance(0.15):
            line2 = pick(['Bâtiment B', 'Appartement 12', 'Résidence Les Pins', '3e étage', 'Escalier A',
                          'Immeuble Le Central', 'Apt 4'] if not business else
                         ['Bâtiment B', 'ZA des Prés', 'Immeuble Le Central', '2e étage', 'Parc d’activités du Lac'])
    elif country == 'ES':
        if city['name'] == 'Barcelona' and chance(0.6):
            street = 'Carrer ' + pick(CA_NAMES) if chance(0.85) else 'Avinguda Diagonal'
        else:
            t = wpick([('Calle', 65), ('Avenida', 15), ('Plaza', 5), ('Paseo', 5), ('Ronda', 3), ('Camino', 2)])
            street = t + ' ' + pick(ES_NAMES)
        if chance(0.4 if business else 0.75):
            unit = pick(ES_BIZ_UNITS) if business else pick(ES_FLOORS)
    elif country == 'IT':
        t = wpick([('Via', 70), ('Viale', 10), ('Corso', 8), ('Piazza', 7), ('Largo', 3), ('Vicolo', 2)])
        street = t + ' ' + pick(IT_NAMES)
        if chance(0.08):
            suf = pick(['/A', '/B', 'a'])
        if chance(0.3 if not business else 0.1):
            unit = pick(IT_UNITS)
    elif country == 'IE':
        if business and chance(0.3):
            street = pick(IE_PARKS[city['name']])
            num = 'Unit %d' % R.randint(1, 40)
        else:
            street = pick(IE_NAMES) + ' ' + wpick(IE_TYPES)
        if not business and chance(0.5):
            line2 = pick(city['districts'])
    else:  # PL
        x = R.random()
        if x < 0.85:
            street = 'ul. ' + pick(PL_NAMES)
        elif x < 0.95:
            street = 'al. ' + pick(PL_ALEJE)
        else:
            street = 'pl. ' + pick(PL_PLACE)
        if chance(0.6 if not business else 0.3):
            unit = str(R.randint(1, 120)) if not business else 'U%d' % R.randint(1, 9)
    return street, num, suf, unit, line2


def gen_postal(country, city):
    spec = city['postal']
    if spec[0] == 'ie':
        chars = 'ACDEFHKNPRTVWXY0123456789'
        return pick(spec[1]) + ' ' + pick('ACDEFHKNPRTVWXY') + ''.join(pick(chars) for _ in range(3))
    if spec[0] == 'r':
        n = R.randint(spec[1], spec[2])
    elif spec[0] == 'l':
        n = pick(spec[1])
    else:
        n = R.randrange(spec[1], spec[2] + 1, spec[3])
    if country in ('DE', 'FR', 'ES', 'IT'):
        return '%05d' % n
    if country in ('AT', 'CH', 'BE'):
        return '%04d' % n
    if country == 'NL':
        letters = 'ABCDEGHJKLMNPRSTVWXZ'
        while True:
            pc = pick(letters) + pick(letters)
            if pc not in ('SA', 'SD', 'SS'):
                break
        return '%04d %s' % (n, pc)
    if country == 'PL':
        return '%02d-%03d' % (n // 1000, n % 1000)
    return str(n)


def make_address(country, lang, city=None, business=False):
    for _ in range(200):
        cty = city or pick_city(country)
        if country == 'BE' and city is None and cty['lang'] != lang:
            continue
        street, num, suf, unit, line2 = gen_street(country, lang, cty, business)
        key = (country, cty['name'], street, num, suf)
        if key in USED_ADDR:
            continue
        USED_ADDR.add(key)
        return {'street': street, 'num': num, 'suf': suf, 'unit': unit, 'line2': line2,
                'postal': gen_postal(country, cty), 'city': cty['name'], 'country': country}
    raise RuntimeError('address space exhausted')


def city_rec(country, name):
    for c in CITIES[country]:
        if c['name'] == name:
            return c
    raise KeyError(name)


def make_phone(country, city_name, mobile):
    for _ in range(200):
        if mobile:
            area = pick(MOBILE[country])
        else:
            area = city_rec(country, city_name)['area']
        n = sub_len(country, area, mobile)
        first = str(R.randint(2, 9))
        sub = first + ''.join(str(R.randint(0, 9)) for _ in range(n - 1))
        key = (country, area, sub)
        if key in USED_PHONE:
            continue
        USED_PHONE.add(key)
        return {'country': country, 'cc': CC[country], 'trunk': TRUNK[country], 'area': area, 'sub': sub,
                'mobile': mobile}
    raise RuntimeError('phone space exhausted')


def fam_slug(p):
    f = (p['particle'] + p['family']) if p['particle'] else p['family']
    return slug(f)


def unique_email(local, domain):
    base = local
    e = '%s@%s' % (local, domain)
    tries = 0
    while e in USED_EMAIL:
        tries += 1
        local = base + (str(R.randint(1, 99)) if tries < 5 else str(R.randint(100, 9999)))
        e = '%s@%s' % (local, domain)
    USED_EMAIL.add(e)
    return e


def person_local(p, use_nick=False):
    g = p['given']
    if use_nick:
        nk = NICK.get(p['lang'], {}).get(g)
        if nk:
            g = nk[0]
    g = slug(g.split()[0]) if ' ' in g and chance(0.5) else slug(g)
    f = fam_slug(p)
    yy = '%02d' % R.randint(60, 99) if chance(0.7) else '%02d' % R.randint(0, 5)
    pat = wpick([('g.f', 30), ('gf', 12), ('g_f', 4), ('i.f', 12), ('if', 8), ('f.g', 6), ('g.fyy', 8),
                 ('gyy', 4), ('gfyy', 6), ('f', 3), ('g-f', 3)])
    return {'g.f': g + '.' + f, 'gf': g + f, 'g_f': g + '_' + f, 'i.f': g[0] + '.' + f, 'if': g[0] + f,
            'f.g': f + '.' + g, 'g.fyy': g + '.' + f + yy, 'gyy': g + yy, 'gfyy': g + f + yy, 'f': f,
            'g-f': g + '-' + f}[pat]


def personal_email(p, country, use_nick=None):
    if use_nick is None:
        use_nick = chance(0.08)
    return unique_email(person_local(p, use_nick), wpick(PROVIDERS[country]))


def make_domain(core, country, extra=None):
    words = [w for w in core.replace('&', ' ').replace('-', ' ').split() if w]
    s = [slug(w) for w in words]
    s = [w for w in s if w]
    if not s:
        s = ['firma']
    s = [w for w in s if w not in DOMAIN_STOP] or s
    if len(s) > 3:
        s = s[:3]
    style = R.random()
    if style < 0.45:
        base = ''.join(s)
    elif style < 0.8:
        base = '-'.join(s)
    else:
        base = s[0] if (len(s[0]) > 5 and s[0] not in DOMAIN_GENERIC) else ''.join(s)
    tld = TLD[country] if chance(0.82) else pick(['com', 'eu', 'net', 'io'])
    d = '%s.%s' % (base, tld)
    n = 0
    while d in USED_DOMAIN:
        n += 1
        suffix = extra or ''
        if n > 1 or not suffix:
            suffix = (suffix + str(R.randint(1, 99)))
        d = '%s-%s.%s' % (base, slug(suffix), tld)
    USED_DOMAIN.add(d)
    return d


DOMAIN_STOP = {'dr', 'med', 'dott', 'dra', 'gmbh', 'und', 'et', 'y', 'i', 'e', 'de', 'du', 'des', 'la', 'le', 'del',
               'der', 'van', 'den', 'di'}
DOMAIN_GENERIC = {slug(w.split()[0]) for lg in TRADES for w in TRADES[lg]['pre'] + TRADES[lg]['sole_post']} | {
    'praxis', 'studio', 'cabinet', 'psychotherapeutische', 'kinderarztpraxis', 'zahnarztpraxis', 'grupo', 'gruppe',
    'groupe', 'gruppo', 'grupa', 'syndicat', 'comunidad', 'condominio', 'wspolnota', 'solarpark', 'zonnepark',
    'projektgesellschaft', 'promociones', 'immobiliare', 'huisartsenpraktijk', 'tandartspraktijk', 'clinica',
    'consulta', 'gabinet', 'centro', 'fisioterapia', 'fizjoterapia', 'fysiotherapie'}


def biz_email(domain, contact, lang, role_p=0.6):
    if contact is None or chance(role_p):
        roles = ROLE_EMAIL[lang][:]
        R.shuffle(roles)
        for r in roles:
            if '%s@%s' % (r, domain) not in USED_EMAIL:
                return unique_email(r, domain)
        local = pick(ROLE_EMAIL[lang])
    else:
        g = slug(contact['given'].split()[0])
        f = fam_slug(contact)
        local = wpick([(g + '.' + f, 40), (g[0] + '.' + f, 25), (g, 20), (f, 10), (g[0] + f, 5)])
    return unique_email(local, domain)


def brand(lang):
    pre, post, words = BRAND[lang]
    if post == ['']:
        return pick(pre) + ' ' + pick(words)
    b = pick(pre) + pick(post)
    if chance(0.45):
        b += ' ' + pick(words)
    return b


def surname_for_company(country, lang):
    part, core = zpick(SURNAMES[name_key(country, lang)], 0.7)
    if part:
        return part[0].upper() + part[1:] + ' ' + core
    return core


def person_fullname(p):
    fam = (p['particle'] + ' ' + p['family']) if p['particle'] else p['family']
    if p.get('family2'):
        fam += ' ' + p['family2']
    return p['given'] + ' ' + fam


def company_core(country, lang, form, owner):
    sole = form in SOLE_FORMS
    tr = TRADES[lang]
    if sole:
        S = (owner['particle'][:1].upper() + owner['particle'][1:] + ' ' + owner['family']) if owner['particle'] \
            else owner['family']
        G = owner['given']
        full = person_fullname(owner)
        x = R.random()
        if lang == 'it':
            return pick([S + ' ' + G, pick(tr['pre']) + ' ' + S + ' ' + G, pick(tr['pre']) + ' ' + S])
        if lang == 'pl':
            return pick(tr['pre'] + tr['sole_post']) + ' ' + full
        if x < 0.45:
            return full + ' ' + pick(tr['sole_post'])
        if x < 0.8 and tr['pre']:
            return pick(tr['pre']) + ' ' + S
        return pick(tr['sole_post']) + ' ' + full if lang != 'en' else S + ' ' + pick(tr['post'])
    S = surname_for_company(country, lang)
    x = R.random()
    if x < 0.33:
        return S + ' ' + pick(tr['post'])
    if x < 0.53 and tr['pre']:
        return pick(tr['pre']) + ' ' + S
    if x < 0.85:
        return brand(lang)
    S2 = surname_for_company(country, lang)
    while S2 == S:
        S2 = surname_for_company(country, lang)
    amp = {'de': '&', 'nl': '&', 'fr': 'et', 'es': 'y', 'it': '&', 'en': '&', 'pl': 'i'}[lang]
    if lang == 'de' and chance(0.4):
        return S + ' & Partner'
    return S + ' ' + amp + ' ' + S2 + ('' if chance(0.4) else ' ' + pick(tr['post']))


def forms_for(country, lang):
    return FORMS['BE_fr'] if (country == 'BE' and lang == 'fr') else FORMS[country]


def base_entity(kind, country, lang):
    return {'id': new_id(), 'kind': kind, 'country': country, 'lang': lang, 'person': None, 'biz': None,
            'contact': None, 'addr': None, 'phone': None, 'email': None, 'domain': None, 'tags': []}


def make_person_entity(country=None, city=None, **kw):
    country = country or pick_country()
    cty = city or pick_city(country)
    lang = lang_of(country, cty)
    e = base_entity('person', country, lang)
    e['person'] = make_person(country, lang, **kw)
    e['addr'] = make_address(country, lang, cty, business=False)
    e['phone'] = make_phone(country, cty['name'], mobile=chance(0.75))
    e['email'] = personal_email(e['person'], country)
    return e


def make_business_entity(country=None, city=None, form=None, core=None, contact_p=0.75, sole=None):
    country = country or pick_country()
    cty = city or pick_city(country)
    lang = lang_of(country, cty)
    e = base_entity('business', country, lang)
    if form is None:
        form = wpick(forms_for(country, lang))
    is_sole = (form in SOLE_FORMS) if sole is None else sole
    contact = None
    if is_sole or chance(contact_p):
        contact = make_person(country, lang, title_p=0.6)
    if core is None:
        core = company_core(country, lang, form, contact) if is_sole else company_core(country, lang, form, None)
    trading = None
    if not is_sole and chance(0.13):
        trading = brand(lang)
    e['biz'] = {'core': core, 'form': form, 'trading': trading, 'sole': is_sole, 'branch': None,
                'formerly': None}
    e['contact'] = contact
    e['addr'] = make_address(country, lang, cty, business=True)
    e['phone'] = make_phone(country, cty['name'], mobile=chance(0.5 if is_sole else 0.15))
    if is_sole and chance(0.55):
        e['email'] = personal_email(contact, country)
    else:
        e['domain'] = make_domain(core, country, cty['name'])
        e['email'] = biz_email(e['domain'], contact, lang)
    return e


def make_random_entity():
    country = pick_country()
    if chance(0.53):
        return make_business_entity(country)
    return make_person_entity(country)


# ------------------------------------------------------------------ hard-negative constructors
def _addr_copy(a, line2='keep'):
    b = copy.deepcopy(a)
    if line2 != 'keep':
        b['line2'] = line2
    b['unit'] = None if line2 != 'keep' else b['unit']
    return b


def _other_city(country, name):
    return pick_city(country, exclude=name)


def hn_same_building(country):
    A = make_business_entity(country)
    lang = A['lang']
    cty = city_rec(country, A['addr']['city'])
    if chance(0.45):
        cw = 'c/o ' + pick(COWORK[lang])
        A['addr']['line2'] = cw
        A['addr']['unit'] = None
        B = make_business_entity(country, cty, contact_p=0.9) if chance(0.7) else make_person_entity(country, cty)
        B['addr'] = _addr_copy(A['addr'], cw)
        sub = 'coworking'
    else:
        fl = R.sample(FLOORS[lang], 2)
        A['addr']['line2'] = fl[0] if chance(0.6) else A['addr']['line2']
        B = make_business_entity(country, cty)
        B['addr'] = _addr_copy(A['addr'], fl[1] if chance(0.6) else None)
        sub = 'same_address'
    return A, B, {'shared': ['address'], 'sub': sub}


def hn_group_subsidiary(country):
    cty = pick_city(country)
    lang = lang_of(country, cty)
    S = surname_for_company(country, lang)
    posts = R.sample(TRADES[lang]['post'], 2)
    gw = pick(GROUP_WORD[lang])
    if chance(0.45):
        coreA = ('%s %s' % (gw, S)) if gw in ('Gruppe', 'Groupe', 'Grupo', 'Gruppo', 'Grupa', 'Group') and lang != 'en' \
            else ('%s %s' % (S, gw))
    else:
        coreA = '%s %s' % (S, posts[0])
    coreB = '%s %s' % (S, posts[1])
    lp = [f for f in LEGAL_PERSON_FORMS['BE_fr' if (country == 'BE' and lang == 'fr') else country]]
    form = pick(lp + (['GmbH & Co. KG'] if country == 'DE' else []))
    A = make_business_entity(country, cty, form=form, core=coreA, sole=False, contact_p=0.85)
    B = make_business_entity(country, cty, form=form, core=coreB, sole=False, contact_p=0.85)
    A['biz']['trading'] = B['biz']['trading'] = None
    shared = ['email_domain']
    if chance(0.85):
        B['addr'] = _addr_copy(A['addr'])
        shared.append('address')
    if chance(0.7):
        B['phone'] = copy.deepcopy(A['phone'])
        shared.append('phone')
    if A['contact'] and chance(0.5):
        B['contact'] = copy.deepcopy(A['contact'])
        shared.append('contact_person')
    A['domain'] = A['domain'] or make_domain(S + ' ' + gw, country)
    B['domain'] = A['domain']
    USED_EMAIL.discard(A['email'])
    USED_EMAIL.discard(B['email'])
    A['email'] = biz_email(A['domain'], A['contact'], lang)
    dept = slug(posts[1])
    B['email'] = unique_email(pick([dept, 'buchhaltung-' + dept if lang == 'de' else 'admin-' + dept,
                                    'info.' + dept]), B['domain'])
    return A, B, {'shared': shared}


def hn_freelancer(country):
    P = make_person_entity(country)
    P['phone'] = make_phone(country, P['addr']['city'], mobile=True)
    lang = P['lang']
    p = P['person']
    key = 'BE_fr' if (country == 'BE' and lang == 'fr') else country
    form = pick(LEGAL_PERSON_FORMS[key])
    S = (p['particle'][:1].upper() + p['particle'][1:] + ' ' + p['family']) if p['particle'] else p['family']
    x = R.random()
    if x < 0.45:
        core = S + ' ' + pick(TRADES[lang]['post'] + TRADES[lang]['sole_post'])
    elif x < 0.75:
        core = person_fullname(p) + ' ' + pick(TRADES[lang]['sole_post'])
    else:
        core = brand(lang)
    cty = city_rec(country, P['addr']['city'])
    Co = make_business_entity(country, cty, form=form, core=core, sole=False)
    Co['biz']['trading'] = None
    Co['contact'] = copy.deepcopy(p)
    shared = ['contact_person_name']
    if chance(0.6):
        Co['addr'] = _addr_copy(P['addr'])
        shared.append('address')
    if chance(0.4):
        Co['phone'] = copy.deepcopy(P['phone'])
        shared.append('phone')
    USED_EMAIL.discard(Co['email'])
    Co['domain'] = Co['domain'] or make_domain(core, country)
    Co['email'] = biz_email(Co['domain'], p, lang, role_p=0.3)
    if chance(0.5):
        return P, Co, {'shared': shared, 'direction': 'existing=person,incoming=company'}
    return Co, P, {'shared': shared, 'direction': 'existing=company,incoming=person'}


def _distinct_given(country, lang, gender, avoid):
    for _ in range(100):
        g = zpick(given_pool(country, lang, gender), 0.5)
        if g[0] != avoid[0] and g not in NICK.get(lang, {}).get(avoid, []) and avoid not in NICK.get(lang, {}).get(g, []):
            return g
    return g


def hn_spouses(country):
    A = make_person_entity(country)
    a = A['person']
    lang = A['lang']
    gB = 'f' if a['gender'] == 'm' else 'm'
    if chance(0.1):
        gB = a['gender']
    given = _distinct_given(country, lang, gB, a['given'])
    same_fam = chance(0.7) and country not in ('ES',)
    fam = (a['particle'], a['family']) if same_fam else None
    if same_fam and country == 'PL':
        base = a['family']
        if a['gender'] == 'f':
            base = base[:-1] + 'i' if base.endswith('ska') or base.endswith('cka') else base
        fam = ('', base)
    cty = city_rec(country, A['addr']['city'])
    B = make_person_entity(country, cty, gender=gB, given=given, fam=fam, title_p=0.5)
    B['addr'] = _addr_copy(A['addr'])
    shared = ['address', 'email']
    if chance(0.55):
        # a shared household address
        USED_EMAIL.discard(A['email'])
        f = fam_slug(a)
        local = pick(['familie.' + f if lang == 'de' else 'fam.' + f if lang == 'nl' else f + '.family',
                      f + '.' + slug(a['given'])[0] + slug(given)[0], slug(a['given']) + 'und' + slug(given)
                      if lang == 'de' else slug(a['given']) + '.' + slug(given), f + 'home'])
        A['email'] = unique_email(local, wpick(PROVIDERS[country]))
    USED_EMAIL.discard(B['email'])
    B['email'] = A['email']
    if chance(0.5):
        if A['phone']['mobile']:
            A['phone'] = make_phone(country, cty['name'], mobile=False)
        B['phone'] = copy.deepcopy(A['phone'])
        shared.append('phone')
    return A, B, {'shared': shared, 'same_family_name': same_fam}


def hn_namesake_person(country):
    cty = pick_city(country)
    lang = lang_of(country, cty)
    gender = 'm' if chance(0.55) else 'f'
    pool = given_pool(country, lang, gender)[:8]
    given = pick(pool)
    fam = pick(SURNAMES[name_key(country, lang)][:8])
    A = make_person_entity(country, cty, gender=gender, given=given, fam=fam)
    same_city = chance(0.2)
    cB = cty if same_city else _other_city(country, cty['name'])
    B = make_person_entity(country, cB, gender=gender, given=given, fam=fam,
                           fam2=A['person']['family2'] if chance(0.5) else None)
    return A, B, {'shared': ['name'], 'same_city': same_city}


def hn_namesake_company(country):
    cty = pick_city(country)
    lang = lang_of(country, cty)
    S = surname_for_company(country, lang)
    tr = TRADES[lang]
    core = (S + ' ' + pick(tr['post'])) if (chance(0.6) or not tr['pre']) else (pick(tr['pre']) + ' ' + S)
    key = 'BE_fr' if (country == 'BE' and lang == 'fr') else country
    form = pick(LEGAL_PERSON_FORMS[key])
    A = make_business_entity(country, cty, form=form, core=core, sole=False)
    B = make_business_entity(country, _other_city(country, cty['name']), form=form, core=core, sole=False)
    A['biz']['trading'] = B['biz']['trading'] = None
    return A, B, {'shared': ['company_name']}


def hn_father_son(country):
    cty = pick_city(country)
    lang = lang_of(country, cty)
    A = make_person_entity(country, cty, gender='m', title_p=0.6)
    a = A['person']
    B = make_person_entity(country, cty, gender='m', given=a['given'], fam=(a['particle'], a['family']),
                           fam2=a['family2'], title_p=0.0)
    B['person']['formal'] = copy.deepcopy(a['formal'])
    B['addr'] = _addr_copy(A['addr'])
    jun, sen = SUFFIX[lang]
    B['person']['suffix'] = jun
    if chance(0.4):
        a['suffix'] = sen
    if A['phone']['mobile'] and chance(0.6):
        A['phone'] = make_phone(country, cty['name'], mobile=False)
    B['phone'] = make_phone(country, cty['name'], mobile=True)
    return A, B, {'shared': ['name', 'address'], 'marker': jun}


def hn_branch(country):
    cty = pick_city(country)
    lang = lang_of(country, cty)
    for _ in range(200):
        chain, legal, dslug = pick(CHAINS[lang])
        free = [c for c in CITIES[country] if (country, chain, c['name']) not in CHAIN_USED
                and (country != 'BE' or c['lang'] == lang)]
        if len(free) >= 2:
            break
        cty = pick_city(country)
        lang = lang_of(country, cty)
    cty, cB = R.sample(free, 2)
    CHAIN_USED.update([(country, chain, cty['name']), (country, chain, cB['name'])])
    key = 'BE_fr' if (country == 'BE' and lang == 'fr') else country
    form = pick(LEGAL_PERSON_FORMS[key])
    if (country, chain) not in CHAIN_DOMAIN:
        domain = '%s.%s' % (dslug, TLD[country])
        if domain in USED_DOMAIN:
            domain = '%s-%s.%s' % (dslug, TLD[country], TLD[country])
        USED_DOMAIN.add(domain)
        CHAIN_DOMAIN[(country, chain)] = domain
    domain = CHAIN_DOMAIN[(country, chain)]
    franchise = chance(0.5)
    ents = []
    for c in (cty, cB):
        if franchise:
            core = '%s %s' % (chain, c['name'])
            e = make_business_entity(country, c, form=form, core=core, sole=False, contact_p=1.0)
        else:
            e = make_business_entity(country, c, form=form, core=legal, sole=False, contact_p=0.7)
            e['biz']['branch'] = '%s %s' % (BRANCH_WORD[lang], c['name'])
        e['biz']['trading'] = None
        e['domain'] = domain
        USED_EMAIL.discard(e['email'])
        e['email'] = unique_email(pick(['filiale', 'standort', 'shop']) + '.' + slug(c['name'])
                                  if lang == 'de' else slug(c['name']), domain)
        ents.append(e)
    A, B = ents
    shared = ['chain_name', 'email_domain']
    if not franchise:
        shared.append('legal_name')
        if chance(0.3):
            # central accounting mailbox for all branches
            A['email'] = unique_email(pick(ROLE_EMAIL[lang]), domain)
            B['email'] = A['email']
            shared.append('email')
        if A['contact'] and chance(0.4):
            B['contact'] = copy.deepcopy(A['contact'])
            shared.append('contact_person')
    return A, B, {'shared': shared, 'sub': 'franchise' if franchise else 'branch_of_one_company'}


MED = {
    'de': [('Praxis Dr. med. {G} {S}', 'Allgemeinmedizin'), ('Zahnarztpraxis Dr. {S}', None),
           ('Praxis für Physiotherapie {S}', None), ('Psychotherapeutische Praxis {G} {S}', None),
           ('Praxis Dr. med. {S}', 'Innere Medizin'), ('Kinderarztpraxis Dr. {S}', None),
           ('Praxis Dr. med. {S}', 'Orthopädie'), ('Praxis Dr. med. {S}', 'Dermatologie')],
    'nl': [('Huisartsenpraktijk {S}', None), ('Tandartspraktijk {S}', None), ('Fysiotherapie {S}', None),
           ('Psychologenpraktijk {G} {S}', None), ('Verloskundigenpraktijk {S}', None)],
    'fr': [('Cabinet médical du Dr {S}', None), ('Cabinet dentaire {S}', None),
           ('Cabinet de kinésithérapie {S}', None), ('Cabinet du Dr {G} {S}', 'pédiatrie')],
    'es': [('Clínica Dental {S}', None), ('Consulta Dr. {S}', None), ('Fisioterapia {S}', None),
           ('Centro de Psicología {S}', None)],
    'it': [('Studio Medico Dott. {S}', None), ('Studio Dentistico {S}', None), ('Fisioterapia {S}', None),
           ('Studio di Psicologia {G} {S}', None)],
    'en': [('{S} Family Practice', None), ('{S} Dental', None), ('{S} Physiotherapy', None),
           ('{S} Counselling', None)],
    'pl': [('Gabinet Lekarski dr {G} {S}', None), ('Gabinet Stomatologiczny {S}', None),
           ('Fizjoterapia {S}', None), ('Gabinet Psychologiczny {G} {S}', None)],
}
MED_BUILDING = {'de': ['Ärztehaus am Markt', 'Gesundheitszentrum Nord', 'Ärztehaus Mitte'],
                'nl': ['Gezondheidscentrum De Linde', 'Medisch Centrum Zuid'],
                'fr': ['Maison médicale des Tilleuls', 'Centre médical Pasteur'],
                'es': ['Centro Médico Sol', 'Edificio Salud'],
                'it': ['Poliambulatorio Centro', 'Centro Medico San Luca'],
                'en': ['Riverside Medical Centre', 'Primary Care Centre'],
                'pl': ['Centrum Medyczne Zdrowie', 'Przychodnia Centrum']}


MED_DOMAIN_WORD = {'de': ['praxis', 'dr', 'praxis'], 'nl': ['praktijk'],
                   'fr': ['cabinet', 'docteur'], 'es': ['clinica', 'consulta'], 'it': ['studio', 'dott'],
                   'en': ['practice', 'clinic'], 'pl': ['gabinet', 'dr']}


def hn_medical(country):
    cty = pick_city(country)
    lang = lang_of(country, cty)
    pats = R.sample(MED[lang], 2)
    ents = []
    for pat, spec in pats:
        doc = make_person(country, lang, title_p=0.0)
        if 'Dr' in pat or 'dr ' in pat or 'Dott' in pat:
            doc['title'] = {'de': 'Dr. med.', 'nl': 'Dr.', 'fr': 'Dr', 'es': 'Dr.', 'it': 'Dott.', 'en': 'Dr',
                            'pl': 'dr n. med.'}[lang]
        S = (doc['particle'][:1].upper() + doc['particle'][1:] + ' ' + doc['family']) if doc['particle'] \
            else doc['family']
        core = pat.format(G=doc['given'], S=S)
        if spec:
            core += ', ' + spec if lang == 'de' else ' (' + spec + ')'
        e = make_business_entity(country, cty, form='', core=core, sole=False, contact_p=1.0)
        e['contact'] = doc
        e['biz']['trading'] = None
        USED_EMAIL.discard(e['email'])
        e['domain'] = make_domain(pick(MED_DOMAIN_WORD[lang]) + ' ' + doc['family'], country)
        e['email'] = biz_email(e['domain'], doc, lang, role_p=0.5) if chance(0.75) else personal_email(doc, country)
        ents.append(e)
    A, B = ents
    fl = R.sample(FLOORS[lang], 2)
    bld = pick(MED_BUILDING[lang]) if chance(0.4) else None
    A['addr']['line2'] = bld or fl[0]
    A['addr']['unit'] = None
    B['addr'] = _addr_copy(A['addr'], bld or fl[1])
    if bld and chance(0.5):
        A['addr']['line2'] = bld + ', ' + fl[0]
        B['addr']['line2'] = bld + ', ' + fl[1]
    return A, B, {'shared': ['address']}


MGMT = {'de': 'Hausverwaltung {S}', 'nl': '{S} Vastgoedbeheer', 'fr': 'Syndic {S}',
        'es': 'Administración de Fincas {S}', 'it': 'Studio {S} Amministrazioni', 'en': '{S} Property Management',
        'pl': 'Zarządca Nieruchomości {S}'}
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']


def hn_numbered(country):
    cty = pick_city(country)
    lang = lang_of(country, cty)
    street_owner = make_address(country, lang, cty, business=False)
    st, hn = street_owner['street'], int(street_owner['num'])
    USED_ADDR.discard((country, cty['name'], st, street_owner['num'], street_owner['suf']))
    hn2 = hn + pick([2, 2, 4, 1])
    n1 = R.randint(1, 5)
    n2 = n1 + pick([1, 1, 2])
    b = brand(lang).split()[0]
    S = surname_for_company(country, lang)
    opts = {
        'de': [('WEG %s %d' % (st, hn), 'WEG %s %d' % (st, hn2), ''),
               ('Solarpark %s %d' % (b, n1), 'Solarpark %s %d' % (b, n2), 'GmbH & Co. KG'),
               ('Projektgesellschaft %s %s' % (b, ROMAN[n1 - 1]), 'Projektgesellschaft %s %s' % (b, ROMAN[n2 - 1]),
                'GmbH'),
               ('%s Grundbesitz %d' % (S, n1), '%s Grundbesitz %d' % (S, n2), 'GmbH')],
        'nl': [('VvE %s %d' % (st, hn), 'VvE %s %d' % (st, hn2), ''),
               ('Zonnepark %s %d' % (b, n1), 'Zonnepark %s %d' % (b, n2), 'B.V.'),
               ('%s Beheer %s' % (S, ROMAN[n1 - 1]), '%s Beheer %s' % (S, ROMAN[n2 - 1]), 'B.V.')],
        'fr': [('SCI %s %d' % (b, n1), 'SCI %s %d' % (b, n2), ''),
               ('Syndicat des copropriétaires du %d %s' % (hn, st), 'Syndicat des copropriétaires du %d %s' % (hn2, st), '')],
        'es': [('Comunidad de Propietarios %s %d' % (st, hn), 'Comunidad de Propietarios %s %d' % (st, hn2), ''),
               ('Promociones %s %d' % (b, n1), 'Promociones %s %d' % (b, n2), 'S.L.')],
        'it': [('Condominio %s %d' % (st, hn), 'Condominio %s %d' % (st, hn2), ''),
               ('Immobiliare %s %d' % (b, n1), 'Immobiliare %s %d' % (b, n2), 'S.r.l.')],
        'en': [('%s Property %d' % (b, n1), '%s Property %d' % (b, n2), 'Limited'),
               ('%s Management Company %d' % (b, n1), '%s Management Company %d' % (b, n2), 'CLG')],
        'pl': [('Wspólnota Mieszkaniowa %s %d' % (st, hn), 'Wspólnota Mieszkaniowa %s %d' % (st, hn2), ''),
               ('%s Inwestycje %d' % (b, n1), '%s Inwestycje %d' % (b, n2), 'Sp. z o.o.')],
    }[lang]
    if country == 'CH':
        opts = [(a.replace('WEG ', 'STWEG '), bb.replace('WEG ', 'STWEG '), f) for a, bb, f in opts]
    if country == 'AT':
        opts = [(a, bb, 'GmbH & Co KG' if f == 'GmbH & Co. KG' else f) for a, bb, f in opts]
    if country == 'BE':
        opts = ([('VME %s %d' % (st, hn), 'VME %s %d' % (st, hn2), '')] if lang == 'nl'
                else [('ACP %s %d' % (st, hn), 'ACP %s %d' % (st, hn2), '')])
    coreA, coreB, form = pick(opts)
    A = make_business_entity(country, cty, form=form, core=coreA, sole=False, contact_p=1.0)
    USED_EMAIL.discard(A['email'])
    if st in coreA:
        A['domain'] = make_domain(MGMT[lang].format(S=surname_for_company(country, lang)), country)
    else:
        A['domain'] = make_domain((b if b in coreA else S) + ' ' + pick(['invest', 'energie', 'projekt', 'group',
                                                                          'capital']), country)
    A['email'] = biz_email(A['domain'], A['contact'], lang)
    B = make_business_entity(country, cty, form=form, core=coreB, sole=False, contact_p=1.0)
    A['biz']['trading'] = B['biz']['trading'] = None
    B['addr'] = _addr_copy(A['addr'])
    B['phone'] = copy.deepcopy(A['phone'])
    B['contact'] = copy.deepcopy(A['contact'])
    B['domain'] = A['domain']
    USED_EMAIL.discard(B['email'])
    shared = ['address', 'phone', 'contact_person']
    if chance(0.55):
        B['email'] = A['email']
        shared.append('email')
    else:
        B['email'] = biz_email(A['domain'], None, lang, role_p=1.0)
        shared.append('email_domain')
    return A, B, {'shared': shared}


HN_FUNCS = {'same_building': hn_same_building, 'group_subsidiary': hn_group_subsidiary,
            'freelancer_vs_own_company': hn_freelancer, 'spouses_shared_email': hn_spouses,
            'namesake_person': hn_namesake_person, 'namesake_company': hn_namesake_company,
            'father_son': hn_father_son, 'branch_office': hn_branch, 'medical_building': hn_medical,
            'numbered_entity': hn_numbered}


# ------------------------------------------------------------------ rendering
PHONE_STYLES = {
    'DE': [('nat', 30), ('nat_slash', 15), ('intl', 20), ('e164', 10), ('nat_spaced', 8), ('intl0', 6), ('00', 4),
           ('nat_dash', 4), ('nat_paren', 3)],
    'AT': [('nat', 20), ('nat_slash', 15), ('intl', 25), ('e164', 10), ('nat_spaced', 10), ('intl0', 8), ('00', 6),
           ('nat_paren', 3)],
    'CH': [('nat_spaced', 40), ('intl', 30), ('e164', 10), ('00', 8), ('nat', 10), ('intl0', 2)],
    'NL': [('nat_dash', 30), ('nat', 15), ('intl', 20), ('e164', 10), ('nat_spaced', 10), ('intl0', 8), ('00', 4),
           ('nat_compact', 3)],
    'BE': [('nat_spaced', 30), ('be_slash', 15), ('intl', 25), ('e164', 10), ('00', 5), ('nat', 10), ('intl0', 5)],
    'FR': [('fr_pairs', 45), ('fr_dots', 10), ('fr_intl', 25), ('e164', 10), ('nat_compact', 5), ('00', 5)],
    'ES': [('nat_spaced', 25), ('nat_compact', 20), ('intl', 30), ('e164', 15), ('00', 10)],
    'IT': [('nat', 30), ('nat_spaced', 15), ('intl', 25), ('e164', 15), ('00', 10), ('nat_dash', 5)],
    'IE': [('nat_spaced', 30), ('nat_paren', 15), ('intl', 30), ('e164', 15), ('00', 5), ('nat', 5)],
    'PL': [('nat_spaced', 30), ('intl', 30), ('e164', 15), ('00', 8), ('nat_compact', 10), ('pl_dash', 7)],
}


def group_sub(country, sub):
    n = len(sub)
    if country in ('CH', 'BE', 'AT', 'PL', 'ES') and n == 7:
        return '%s %s %s' % (sub[:3], sub[3:5], sub[5:])
    if country in ('BE', 'DE') and n == 6:
        return '%s %s %s' % (sub[:2], sub[2:4], sub[4:])
    if country in ('ES', 'PL', 'IT', 'NL', 'IE', 'AT') and n == 6:
        return '%s %s' % (sub[:3], sub[3:])
    if country in ('NL', 'IE', 'IT') and n == 7:
        return '%s %s' % (sub[:3], sub[3:])
    if country == 'DE' and n == 7:
        return '%s %s %s' % (sub[:3], sub[3:5], sub[5:])
    if n == 8 and country == 'FR':
        return ' '.join(sub[i:i + 2] for i in range(0, 8, 2))
    if n == 8:
        return '%s %s' % (sub[:4], sub[4:])
    return sub


def fmt_phone(ph, style):
    c, cc, tr, area, sub = ph['country'], ph['cc'], ph['trunk'], ph['area'], ph['sub']
    g = group_sub(c, sub)
    nat = tr + area + sub
    if c == 'FR' and style in ('fr_pairs', 'fr_dots', 'fr_intl', 'nat_spaced', 'nat'):
        pairs = [nat[i:i + 2] for i in range(0, 10, 2)]
        if style == 'fr_dots':
            return '.'.join(pairs)
        if style == 'fr_intl':
            return '+33 %s %s' % (area, ' '.join(sub[i:i + 2] for i in range(0, 8, 2)))
        return ' '.join(pairs)
    if c == 'ES' and style in ('nat_spaced', 'intl'):
        d = area + sub
        if style == 'nat_spaced':
            return '%s %s %s %s' % (d[:3], d[3:5], d[5:7], d[7:])
        return '+34 %s %s %s' % (d[:3], d[3:6], d[6:])
    if style == 'e164':
        return '+%s%s%s' % (cc, area, sub)
    if style == 'intl' or (style == 'intl0' and not tr) or style == 'fr_intl':
        return '+%s %s %s' % (cc, area, g)
    if style == 'intl0':
        return '+%s (%s)%s %s' % (cc, tr, area, sub)
    if style == '00':
        return '00%s %s %s' % (cc, area, sub)
    if style == 'nat':
        return '%s%s %s' % (tr, area, sub)
    if style == 'nat_compact':
        return nat
    if style == 'nat_slash':
        return '%s%s/%s' % (tr, area, sub)
    if style == 'nat_dash':
        return '%s%s-%s' % (tr, area, sub)
    if style == 'nat_paren':
        return '(%s%s) %s' % (tr, area, g)
    if style == 'be_slash':
        return '%s%s/%s' % (tr, area, g.replace(' ', '.'))
    if style == 'pl_dash':
        d = area + sub
        return '%s-%s-%s' % (d[:3], d[3:6], d[6:])
    if style in ('fr_pairs', 'fr_dots'):
        return '%s%s %s' % (tr, area, g)
    return '%s%s %s' % (tr, area, g)


def _replace_end(s, old, new):
    i = s.rfind(old)
    if i < 0:
        return s
    return s[:i] + new + s[i + len(old):]


FR_ABBR = [('avenue ', 'av. '), ('boulevard ', 'bd '), ('place ', 'pl. '), ('allée ', 'all. '),
           ('impasse ', 'imp. '), ('chemin ', 'ch. '), ('Avenue ', 'Av. '), ('Boulevard ', 'Bd '),
           ('Chaussée ', 'Chée '), ('Place ', 'Pl. '), ('Général ', 'Gal '), ('Maréchal ', 'Mal '),
           ('Saint-', 'St-')]
ES_ABBR = [('Calle ', 'C/ '), ('Avenida ', 'Avda. '), ('Plaza ', 'Pza. '), ('Paseo ', 'Pº '), ('Ronda ', 'Rda. '),
           ('Camino ', 'Cno. '), ('Carrer ', 'C/ '), ('Avinguda ', 'Av. '), ('del Doctor ', 'del Dr. ')]
ES_SS = [('Calle ', 'Cl. '), ('Avenida ', 'Av. '), ('Plaza ', 'Pl. '), ('Paseo ', 'P.º '), ('Carrer ', 'c/ '),
         ('Avinguda ', 'Avda. ')]
IT_ABBR = [('Viale ', 'V.le '), ('Via ', 'V. '), ('Corso ', 'C.so '), ('Piazza ', 'P.zza '), ('Largo ', 'L.go '),
           ('Vicolo ', 'Vic. ')]
IE_ABBR = [(' Street', ' St.'), (' Road', ' Rd.'), (' Avenue', ' Ave.'), (' Lane', ' Ln.'), (' Terrace', ' Tce.'),
           (' Drive', ' Dr.'), (' Close', ' Cl.'), (' Court', ' Ct.'), (' Business Park', ' Bus. Pk.')]


def _apply_map(s, pairs, first_only=False):
    for a, b in pairs:
        if a in s:
            s = s.replace(a, b, 1)
            if first_only:
                break
    return s


def render_street(st, style, country, lang):
    if style == 'full':
        return st
    if country in ('DE', 'AT'):
        if style == 'ss':
            return st.replace('ß', 'ss')
        for end, ab in (('straße', 'str.'), ('Straße', 'Str.')):
            if st.endswith(end):
                st = st[:-len(end)] + ab
                break
        if style == 'abbr_nodot':
            st = st.rstrip('.')
        return st
    if country == 'CH':
        for end, ab in (('strasse', 'str.'), ('Strasse', 'Str.')):
            if st.endswith(end):
                return st[:-len(end)] + (ab if style != 'ss' else ab.rstrip('.'))
        return st
    if country == 'NL' or (country == 'BE' and lang == 'nl'):
        st = st.replace('Burgemeester ', 'Burg. ')
        if st.endswith('straat'):
            st = st[:-6] + ('str.' if style == 'abbr' else 'str')
        elif st.endswith('steenweg'):
            st = st[:-8] + 'stwg.'
        return st
    if country in ('FR', 'BE'):
        if style == 'ss':
            if st[:1].islower():
                st = st[0].upper() + st[1:]
            else:
                st = st[0].lower() + st[1:]
            for n in FR_PERSON_STREETS:
                if st.endswith(n):
                    st = st[:-len(n)] + n.replace(' ', '-')
            return st
        return _apply_map(st, FR_ABBR)
    if country == 'ES':
        return _apply_map(st, ES_ABBR if style == 'abbr' else ES_SS, first_only=False)
    if country == 'IT':
        if style == 'ss':
            parts = st.split(' ')
            if len(parts) >= 3 and parts[1][:1].isupper() and parts[2][:1].isupper() and parts[1] not in ('XX',):
                parts[1] = parts[1][0] + '.'
            return ' '.join(parts)
        return _apply_map(st, IT_ABBR, first_only=True)
    if country == 'IE':
        s2 = _apply_map(st, IE_ABBR)
        return s2 if style == 'abbr' else s2.replace('.', '')
    if country == 'PL':
        if style == 'abbr':
            for p in ('ul. ', 'al. ', 'pl. '):
                if st.startswith(p):
                    return st[len(p):]
            return st
        return st.replace('ul. ', 'ulica ', 1).replace('al. ', 'Aleje ', 1).replace('pl. ', 'plac ', 1)
    return st


NL_SUF_ALT = {'A': '-A', 'B': ' B', '-1': ' 1', '-2': ' 2', '-3': '-III', ' hs': '-H', '-II': '-2', '-III': ' 3',
              'a': 'A'}


def render_suf(suf, mode, country):
    if not suf or mode == 'keep':
        return suf
    if mode == 'drop':
        return ''
    if country == 'NL':
        return NL_SUF_ALT.get(suf, suf)
    if suf in ('a', 'b', 'c'):
        return suf.upper() if chance(0.6) else ' ' + suf
    if suf.startswith('-'):
        return ' - ' + suf[1:] if chance(0.5) else '/' + suf[1:]
    if suf in (' bis', ' ter'):
        return suf.strip()
    if suf.startswith('/'):
        return suf[1:]
    return suf


def floor_alt(s):
    return (s.replace('º', 'o').replace('ª', 'a').replace('izda.', 'izq.').replace('dcha.', 'der.')
            .replace('bajo', 'Bajo').replace('ático', 'Ático'))


def render_address(a, o, country, lang, typo):
    st = a['street']
    if typo == 'street':
        st = typo_str(st)
    st = render_street(st, o['street'], country, lang)
    num = a['num']
    suf = render_suf(a['suf'], o['numsuf'], country)
    unit = a['unit']
    line2 = a['line2']
    unit_txt = None
    if country in ('DE', 'AT', 'CH'):
        line1 = '%s %s%s' % (st, num, suf)
        if unit:
            if o['unit'] == 'merge':
                nums = [x for x in unit.replace(',', ' ').split() if x.isdigit()]
                line1 += '/' + '/'.join(nums)
            elif o['unit'] == 'line2':
                unit_txt = unit
    elif country == 'NL' or (country == 'BE' and lang == 'nl') or (country == 'BE'):
        line1 = '%s %s%s' % (st, num, suf)
        if unit:
            n = unit.split()[-1]
            if o['unit'] == 'merge':
                line1 += o['box'].replace('#', n).replace('bus', 'bte' if lang == 'fr' else 'bus')
            elif o['unit'] == 'line2':
                unit_txt = unit
    elif country == 'FR':
        line1 = ('%s%s, %s' if o['comma'] else '%s%s %s') % (num, suf, st)
    elif country == 'ES':
        line1 = ('%s, %s%s' if o['comma'] else '%s %s%s') % (st, num, suf)
        if unit:
            u = floor_alt(unit) if o['floor_alt'] else unit
            if o['floor_alt'] and chance(0.5):
                u = u.replace(' ', '')
            if o['unit'] == 'merge':
                line1 += (', ' if o['comma'] else ' ') + u
            elif o['unit'] == 'line2':
                unit_txt = u
    elif country == 'IT':
        line1 = ('%s, %s%s' if o['comma'] else '%s %s%s') % (st, num, suf)
        if unit:
            if o['unit'] == 'merge':
                line1 += ', ' + unit
            elif o['unit'] == 'line2':
                unit_txt = unit
    elif country == 'IE':
        if num.startswith('Unit'):
            line1 = '%s, %s' % (num, st) if o['comma'] or o['unit'] == 'merge' else num
            if line1 == num:
                unit_txt = st
        else:
            line1 = '%s %s' % (num, st)
    else:  # PL
        line1 = '%s %s' % (st, num)
        if unit:
            if o['unit'] in ('merge', 'line2') or True:
                sep = o['pl_apt']
                if o['unit'] == 'line2':
                    unit_txt = sep.strip() + ' ' + unit if sep != '/' else 'lok. ' + unit
                elif o['unit'] == 'merge':
                    line1 += sep + unit
    l2 = ', '.join(x for x in (line2, unit_txt) if x) or None
    if l2 and l2.startswith('c/o') and o.get('co_upper'):
        l2 = 'C/O' + l2[3:]
    if l2 and o['line2_merge']:
        if l2.lower().startswith('c/o'):
            line1, l2 = l2, line1
        else:
            line1, l2 = line1 + ', ' + l2, None
    elif l2 and o['co_first'] and l2.lower().startswith('c/o'):
        line1, l2 = l2, line1
    crec = city_rec(country, a['city'])
    city = a['city']
    if typo == 'city':
        city = typo_str(city)
    if o['city'] == 'alt' and crec['alts']:
        city = crec['alts'][0] if len(crec['alts']) == 1 or chance(0.6) else pick(crec['alts'][1:])
    postal = a['postal']
    ps = o['postal']
    if ps == 'prefix' and POSTAL_PREFIX[country]:
        postal = POSTAL_PREFIX[country] + postal
    elif ps == 'nospace':
        postal = postal.replace(' ', '').replace('-', '')
    elif ps == 'lower':
        postal = postal.lower()
    region = {'full': crec['rf'], 'abbr': crec['ra'], 'none': None}[o['region']]
    if country == 'IE' and o['region'] == 'abbr':
        region = 'County ' + crec['ra'] if chance(0.5) else crec['ra']
    cn = {'iso': country, 'iso_lower': country.lower(), 'en': COUNTRY_NAMES[country][0],
          'local': COUNTRY_NAMES[country][1]}[o['country']]
    return {'line1': line1, 'line2': l2, 'city': city, 'region': region, 'postalCode': postal, 'country': cn}


APOS = {'curly': lambda s: s.replace("'", '’'), 'none': lambda s: s.replace("'", ''),
        'space': lambda s: s.replace("'", ' '), 'std': lambda s: s}


def nick_of(p):
    lang = p['lang']
    g = p['given']
    if lang == 'nl' and p.get('formal') and p['formal'][0] != g:
        return p['formal'][0]
    nk = NICK.get(lang, {}).get(g) or NICK.get('de', {}).get(g) if lang in ('de',) else NICK.get(lang, {}).get(g)
    return nk[0] if nk else None


def initials(p):
    names = p['formal'] if p.get('formal') else p['given'].replace('-', ' -').split()
    out = ''
    for n in names:
        if n.startswith('-'):
            out += '-' + n[1] + '.'
        else:
            out += n[0] + '.'
    return out


def person_parts(p, o, typo):
    """returns given, family(field), family_for_display, title"""
    g = p['given']
    gs = o['given']
    if gs == 'nick':
        g = nick_of(p) or g
    elif gs == 'initial':
        g = initials(p)
    elif gs == 'formal' and p.get('formal'):
        g = ' '.join(p['formal'])
    elif gs == 'spelling':
        g = SPELL.get(g, g)
    elif gs == 'hyphen':
        g = g.replace('-', ' ') if '-' in g else g.replace(' ', '-')
    elif gs == 'first':
        g = g.replace('-', ' ').split(' ')[0]
    if typo == 'given':
        g = typo_str(g)
    core = p['family']
    if typo == 'family':
        core = typo_str(core)
    if p.get('family2'):
        es = o['es']
        f2 = p['family2']
        core = {'both': core + ' ' + f2, 'first': core, 'hyphen': core + '-' + f2, 'y': core + ' y ' + f2}[es]
    core = APOS[o['apos']](core)
    part = p['particle']
    ps = o['particle']
    disp = None
    if part:
        if ps == 'normal':
            fam = part + ' ' + core
        elif ps == 'capital':
            fam = part.title() + ' ' + core
        elif ps == 'first_cap':
            fam = part[0].upper() + part[1:] + ' ' + core
        elif ps == 'lower':
            fam = part.lower() + ' ' + core
        elif ps == 'inverted':
            fam = core + ', ' + part
            disp = part + ' ' + core
        elif ps == 'to_given':
            g = g + ' ' + part
            fam = core
            disp = core
        elif ps == 'dropped':
            fam = core
        elif ps == 'joined':
            fam = part.replace(' ', '').capitalize() + (core if o.get('joined_keep') else core.lower())
        else:
            fam = part + ' ' + core
    else:
        fam = core
    if disp is None:
        disp = fam
    title = p['title'] if o['title_in'] != 'none' else None
    if title and o['title_alt']:
        title = TITLE_ALT.get(title, title)
    return g, fam, disp, title


def person_render(p, o, typo):
    g, fam, fdisp, title = person_parts(p, o, typo)
    sfx = p.get('suffix')
    if sfx and o['sfx_alt']:
        sfx = SUFFIX_ALT.get(sfx, sfx)
    fam_field = fam + ' ' + sfx if (sfx and o['sfx_family']) else fam
    ds = o['pdisp']
    t = title if o['title_in'] == 'display' else None
    s = (' ' + sfx) if sfx else ''
    if ds == 'fg_comma':
        if p['particle'] and o['nl_sort'] and p['lang'] == 'nl' and o['particle'] not in ('dropped', 'to_given'):
            d = '%s%s, %s%s %s' % (p['family'] if o['particle'] != 'joined' else fam, s, (t + ' ') if t else '', g,
                                   p['particle'] if o['particle'] != 'joined' else '')
            d = d.strip()
        else:
            d = '%s%s, %s%s' % (fdisp, s, (t + ' ') if t else '', g)
    elif ds == 'FG':
        d = '%s %s%s' % (fdisp.upper(), g, s)
    elif ds == 'ig' and g:
        d = '%s. %s%s' % (g[0], fdisp, s)
    else:
        d = ' '.join(x for x in (t, g, fdisp) if x) + s
    given_field = (title + ' ' + g) if (title and o['title_in'] == 'given') else g
    if o['swap']:
        given_field, fam_field = fam_field, given_field
        d = '%s %s' % (given_field, fam_field) if ds != 'fg_comma' else '%s, %s' % (fam_field, given_field)
        if sfx and sfx not in d:
            d += ' ' + sfx
    return d, given_field, fam_field


def company_render(b, o, typo):
    core = b['core']
    if typo == 'core':
        core = typo_str(core)
    form = b['form']
    lg = o['legal']
    f = form
    if form:
        if lg[0] == 'drop':
            f = ''
        elif lg[0] == 'var':
            vs = LEGAL_VARIANTS.get(form, [form])
            f = vs[lg[1] % len(vs)]
    comp = (core + ' ' + f) if f else core
    return comp, core


def render(e, o):
    country, lang = e['country'], e['lang']
    c = {'displayName': None, 'givenName': None, 'familyName': None, 'companyName': None,
         'email': None, 'phone': None, 'address': None}
    typo = o['typo']
    if e['kind'] == 'person':
        d, g, f = person_render(e['person'], o, typo)
        c['displayName'], c['givenName'], c['familyName'] = d, g, f
    else:
        b, ct = e['biz'], e['contact']
        comp, core = company_render(b, o, typo)
        comp_field = comp
        bd = o['bdisp']
        if b['trading'] and bd == 'trading':
            disp = b['trading']
        elif b['trading'] and bd == 'trading_company':
            disp = comp_field = b['trading']
        elif bd == 'core':
            disp = core
        else:
            disp = comp
        if b['branch']:
            br = b['branch']
            bs = o['branch']
            if bs == 'dash':
                disp = '%s - %s' % (disp, br)
            elif bs == 'paren':
                disp = '%s (%s)' % (disp, br)
            elif bs == 'comma':
                disp = '%s, %s' % (disp, br)
                comp_field = '%s, %s' % (comp_field, br)
            else:
                disp = '%s %s' % (core, br)
        if b['formerly'] and o['formerly']:
            disp = '%s (%s %s)' % (disp, FORMERLY[lang], b['formerly'])
        c['companyName'], c['displayName'] = comp_field, disp
        if ct is not None and (o['contact_fields'] or (b['sole'] and o['sole'] == 'person')):
            ct_o = dict(o)
            if ct_o['title_in'] == 'display':
                ct_o['title_in'] = 'none'
            pd, g, f = person_render(ct, ct_o, typo if typo in ('given', 'family') else None)
            c['givenName'], c['familyName'] = g, f
            if b['sole'] and o['sole'] == 'person':
                c['companyName'] = None
                c['displayName'] = person_render(ct, o, None)[0] if typo not in ('given', 'family') else pd
    if e['email']:
        em = e['email']
        if typo == 'email':
            loc, dom = em.split('@')
            em = typo_str(loc) + '@' + dom
        if o['email_case'] == 'cap':
            loc, dom = em.split('@')
            em = '.'.join(x[:1].upper() + x[1:] for x in loc.split('.')) + '@' + dom
        elif o['email_case'] == 'upper_dom':
            loc, dom = em.split('@')
            em = loc + '@' + dom[:1].upper() + dom[1:]
        c['email'] = em
    if e['phone']:
        c['phone'] = fmt_phone(e['phone'], o['phone'])
    if e['addr']:
        c['address'] = render_address(e['addr'], o, country, lang, typo)
    # --- post processing
    NAMES = ('displayName', 'givenName', 'familyName', 'companyName')
    ADDR = ('line1', 'line2', 'city', 'region')
    if o['translit']:
        for k in NAMES:
            c[k] = translit(c[k], o['translit'])
        if c['address']:
            for k in ADDR:
                c['address'][k] = translit(c['address'][k], o['translit'])
    if o['mojibake']:
        for k in NAMES:
            c[k] = mojibake(c[k])
        if c['address']:
            for k in ('line1', 'city'):
                c['address'][k] = mojibake(c['address'][k])
    cs = o['case']
    if cs == 'upper':
        for k in NAMES:
            c[k] = c[k].upper() if c[k] else c[k]
        if c['address']:
            for k in ADDR:
                v = c['address'][k]
                c['address'][k] = v.upper() if v else v
    elif cs == 'upper_family':
        if c['familyName']:
            c['familyName'] = c['familyName'].upper()
    elif cs == 'lower':
        for k in NAMES:
            c[k] = c[k].lower() if c[k] else c[k]
    elif cs == 'title':
        for k in NAMES:
            c[k] = c[k].title() if c[k] else c[k]
    if o['ws']:
        if c['displayName'] and ' ' in c['displayName']:
            i = c['displayName'].index(' ')
            c['displayName'] = c['displayName'][:i] + '  ' + c['displayName'][i + 1:]
        if c['address'] and c['address']['line1']:
            c['address']['line1'] = c['address']['line1'] + ' '
    for m in o['missing']:
        if m in ('email', 'phone'):
            c[m] = None
        elif m == 'address':
            c['address'] = None
        elif m in ('line2', 'region', 'postalCode', 'city') and c['address']:
            c['address'][m] = None
        elif m == 'contact' and e['kind'] == 'business' and not (e['biz']['sole'] and o['sole'] == 'person'):
            c['givenName'] = c['familyName'] = None
        elif m == 'given' and e['kind'] == 'person':
            c['givenName'] = None
        elif m == 'company' and e['kind'] == 'business' and c['companyName']:
            c['companyName'] = None
    return c


# ------------------------------------------------------------------ option sampling
def _all_person(e):
    ps = []
    if e['person']:
        ps.append(e['person'])
    if e['contact']:
        ps.append(e['contact'])
    return ps


def _text_of(e):
    parts = []
    for p in _all_person(e):
        parts += [p['given'], p['family'], p.get('family2') or '']
    if e['biz']:
        parts += [e['biz']['core'], e['biz']['trading'] or '']
    if e['addr']:
        parts += [e['addr']['street'], e['addr']['city'], e['addr']['line2'] or '']
    return ' '.join(parts)


def opt_common(e):
    c = e['country']
    return {
        'given': 'full', 'particle': 'normal', 'nl_sort': chance(0.5), 'es': 'both', 'title_alt': False,
        'sfx_family': chance(0.5), 'sfx_alt': False, 'swap': False, 'apos': 'std', 'numsuf': 'keep',
        'box': pick([' bus #', '/#', ' b#', ' bus #']), 'floor_alt': False, 'pl_apt': pick(['/', ' m. ', ' lok. ']),
        'comma': chance(0.5), 'co_first': False, 'co_upper': False, 'line2_merge': False, 'city': 'std',
        'typo': None, 'mojibake': False, 'ws': False, 'formerly': False, 'joined_keep': chance(0.5),
        'branch': pick(['dash', 'paren', 'comma', 'core']), 'missing': [],
        'phone': wpick(PHONE_STYLES[c]),
    }


def opt_existing(e):
    c, lang = e['country'], e['lang']
    o = opt_common(e)
    o.update({
        'pdisp': wpick([('gf', 55), ('fg_comma', 40), ('FG', 30 if c == 'FR' else 4)]),
        'bdisp': wpick([('company', 85), ('core', 10), ('trading', 5)]),
        'given': wpick([('full', 80), ('initial', 15), ('formal', 5)]) if lang == 'nl' else 'full',
        'es': 'both' if chance(0.85) else 'first',
        'title_in': wpick([('display', 55), ('given', 15), ('none', 30)]),
        'street': wpick([('full', 70), ('abbr', 30)]),
        'unit': wpick([('merge', 60), ('line2', 40)]),
        'postal': 'prefix' if (c in ('DE', 'AT', 'CH') and chance(0.04)) else 'std',
        'region': wpick([('full', 35), ('abbr', 20), ('none', 45)]),
        'country': 'iso',
        'email_case': 'cap' if chance(0.06) else 'lower',
        'case': wpick([('normal', 93), ('upper', 5), ('upper_family', 2)]),
        'translit': (('de_ue' if lang == 'de' else 'ascii') if chance(0.05) else None),
        'legal': ('std', 0) if chance(0.85) else ('var', R.randrange(1, 6)),
        'contact_fields': chance(0.8),
        'sole': 'business' if chance(0.7) else 'person',
    })
    if lang == 'nl' and chance(0.04):
        o['particle'] = 'to_given'
    if e['email'] and chance(0.07):
        o['missing'].append('email')
    if e['phone'] and chance(0.10):
        o['missing'].append('phone')
    if chance(0.02):
        o['missing'].append('address')
    if chance(0.03):
        o['typo'] = pick(['family', 'street', 'core'] if e['kind'] == 'business' and e['contact'] else
                         (['core', 'street'] if e['kind'] == 'business' else ['family', 'street', 'given']))
    return o


def opt_incoming(e):
    c, lang = e['country'], e['lang']
    o = opt_common(e)
    o.update({
        'pdisp': wpick([('gf', 88), ('fg_comma', 8), ('FG', 15 if c == 'FR' else 2)]),
        'bdisp': wpick([('company', 80), ('core', 8), ('trading', 12)]),
        'given': 'nick' if (chance(0.07) and any(nick_of(p) for p in _all_person(e))) else 'full',
        'es': wpick([('both', 80), ('first', 15), ('hyphen', 5)]),
        'title_in': wpick([('display', 30), ('given', 10), ('none', 60)]),
        'street': wpick([('full', 55), ('abbr', 33), ('ss', 12)]),
        'unit': wpick([('merge', 55), ('line2', 40), ('drop', 5)]),
        'postal': wpick([('std', 92), ('nospace', 5), ('prefix', 3)]),
        'region': wpick([('full', 25), ('abbr', 15), ('none', 60)]),
        'country': wpick([('iso', 88), ('en', 6), ('local', 4), ('iso_lower', 2)]),
        'email_case': wpick([('lower', 95), ('cap', 4), ('upper_dom', 1)]),
        'case': wpick([('normal', 96), ('lower', 2.5), ('title', 1.5)]),
        'translit': None,
        'legal': ('std', 0) if chance(0.8) else ('var', R.randrange(1, 6)),
        'contact_fields': chance(0.8),
        'sole': 'business' if chance(0.6) else 'person',
    })
    if e['phone'] and chance(0.18):
        o['missing'].append('phone')
    if e['addr'] and (e['addr']['line2'] or e['addr']['unit']) and chance(0.12):
        o['missing'].append('line2')
    return o


FORMAT_KEYS = ['phone', 'street', 'postal', 'region', 'email_case', 'country', 'comma', 'unit']


def op_format(o, e):
    k = pick(FORMAT_KEYS)
    if k == 'phone' and e['phone']:
        cur = o['phone']
        choices = [s for s, _ in PHONE_STYLES[e['country']] if s != cur]
        o['phone'] = pick(choices)
    elif k == 'street':
        o['street'] = pick([s for s in ('full', 'abbr', 'ss') if s != o['street']])
    elif k == 'postal':
        o['postal'] = pick([s for s in ('std', 'nospace', 'prefix') if s != o['postal']])
    elif k == 'region':
        o['region'] = pick([s for s in ('full', 'abbr', 'none') if s != o['region']])
    elif k == 'email_case':
        o['email_case'] = 'cap' if o['email_case'] == 'lower' else 'lower'
    elif k == 'country':
        o['country'] = pick(['en', 'local', 'iso_lower'])
    elif k == 'comma':
        o['comma'] = not o['comma']
    elif k == 'unit':
        o['unit'] = pick([s for s in ('merge', 'line2') if s != o['unit']])
    return k


def _has_nonascii(e):
    return any(ord(ch) > 127 for ch in _text_of(e))


def rep_candidates(e, o, light=False):
    ps = _all_person(e)
    b = e['biz']
    a = e['addr']
    cand = []
    if _has_nonascii(e) and not o['translit']:
        cand.append(('translit', 10))
    cand.append(('street', 6))
    if b and b['form']:
        cand.append(('legal', 9))
    if any(p['particle'] for p in ps):
        cand.append(('particle', 10))
    if ps and not light:
        cand.append(('given', 5))
    if any(p['title'] for p in ps):
        cand.append(('title', 6))
    if e['kind'] == 'person' and not light:
        cand.append(('pdisp', 3))
    if ps and not light:
        cand.append(('swap', 2))
    cand.append(('case', 3))
    if not light:
        cand.append(('missing', 6))
        cand.append(('typo', 7))
    if a and city_rec(e['country'], a['city'])['alts']:
        cand.append(('city', 2))
    if any(p.get('family2') for p in ps):
        cand.append(('es', 8))
    if a and a['unit']:
        cand.append(('unit', 2))
        if e['country'] == 'ES':
            cand.append(('floor', 3))
    if b and b['trading'] and not light:
        cand.append(('trading', 5))
    if _has_nonascii(e) and not light:
        cand.append(('mojibake', 1))
    cand.append(('ws', 1))
    if any(("'" in p['family']) or p['family'].startswith('Mc') for p in ps):
        cand.append(('apos', 6))
    cand.append(('postal', 2))
    if a and a['suf']:
        cand.append(('numsuf', 4))
    if any(p.get('suffix') for p in ps):
        cand.append(('suffix', 3))
    if a and a['line2'] and a['line2'].startswith('c/o'):
        cand.append(('co', 3))
    if a and (a['line2'] or a['unit']):
        cand.append(('line2_merge', 1))
    return cand


def apply_rep(op, o, e):
    ps = _all_person(e)
    if op == 'translit':
        o['translit'] = wpick([('de_ue', 7), ('de_strip', 3)]) if e['lang'] == 'de' else 'ascii'
    elif op == 'street':
        o['street'] = pick([s for s in ('full', 'abbr', 'ss') if s != o['street']])
    elif op == 'legal':
        o['legal'] = ('var', R.randrange(1, 6)) if chance(0.6) else ('drop', 0)
    elif op == 'particle':
        part = next(p['particle'] for p in ps if p['particle'])
        if part[0].isupper() and part not in ('De', 'Di', 'Lo', 'Del'):
            choices = ['lower', 'capital', 'joined', 'dropped']      # Flemish
        elif part in ('De', 'Di', 'Lo'):
            choices = ['joined', 'joined', 'lower']                  # Italian
        elif part.startswith('von'):
            choices = ['dropped', 'capital', 'inverted']
        else:
            choices = ['capital', 'first_cap', 'inverted', 'to_given', 'dropped', 'joined']
        o['particle'] = pick(choices)
    elif op == 'given':
        opts = []
        for p in ps:
            if nick_of(p):
                opts.append('nick')
            if p['given'] in SPELL:
                opts.append('spelling')
            if '-' in p['given'] or ' ' in p['given']:
                opts += ['hyphen', 'first']
            if p.get('formal'):
                opts.append('formal')
        opts.append('initial')
        o['given'] = pick([x for x in opts if x != o['given']] or ['initial'])
    elif op == 'title':
        if o['title_in'] == 'none':
            o['title_in'] = pick(['display', 'given'])
        elif chance(0.5):
            o['title_in'] = 'none'
        else:
            o['title_alt'] = True
    elif op == 'pdisp':
        o['pdisp'] = pick([s for s in ('gf', 'fg_comma', 'FG', 'ig') if s != o['pdisp']])
    elif op == 'swap':
        o['swap'] = True
    elif op == 'case':
        o['case'] = pick(['upper', 'lower', 'title'])
    elif op == 'missing':
        cands = ['postalCode', 'region', 'email', 'phone', 'address', 'city']
        if e['addr'] and (e['addr']['line2'] or e['addr']['unit']):
            cands += ['line2', 'line2']
        if e['kind'] == 'business' and e['contact']:
            cands += ['contact', 'contact', 'company']
        if e['kind'] == 'person':
            cands += ['given']
        for m in R.sample(cands, 1 if chance(0.6) else 2):
            if m not in o['missing']:
                o['missing'].append(m)
    elif op == 'typo':
        f = []
        if ps:
            f += ['family', 'given']
        if e['biz']:
            f += ['core', 'core']
        if e['addr']:
            f += ['street', 'city']
        if e['email']:
            f += ['email']
        o['typo'] = pick(f)
    elif op == 'city':
        o['city'] = 'alt'
    elif op == 'es':
        o['es'] = pick([s for s in ('first', 'hyphen', 'y', 'both') if s != o['es']])
    elif op == 'unit':
        o['unit'] = pick([s for s in ('merge', 'line2', 'drop') if s != o['unit']])
    elif op == 'floor':
        o['floor_alt'] = True
    elif op == 'trading':
        o['bdisp'] = 'trading' if chance(0.75) else 'trading_company'
    elif op == 'mojibake':
        o['mojibake'] = True
    elif op == 'ws':
        o['ws'] = True
    elif op == 'apos':
        o['apos'] = pick(['curly', 'none', 'space'])
    elif op == 'postal':
        o['postal'] = pick([s for s in ('std', 'nospace', 'prefix', 'lower') if s != o['postal']])
    elif op == 'numsuf':
        o['numsuf'] = pick(['drop', 'alt'])
    elif op == 'suffix':
        o['sfx_alt'] = True
        o['sfx_family'] = not o['sfx_family']
    elif op == 'co':
        o['co_first'] = not o['co_first']
        o['co_upper'] = chance(0.3)
    elif op == 'line2_merge':
        o['line2_merge'] = True
    return op


def add_rep_ops(o, e, k, light=False, exclude=()):
    done = []
    for _ in range(k):
        cand = [(c, w) for c, w in rep_candidates(e, o, light) if c not in done and c not in exclude]
        if not cand:
            break
        op = wpick(cand)
        apply_rep(op, o, e)
        done.append(op)
    return done


DIFF_KEYS = ['pdisp', 'bdisp', 'given', 'particle', 'es', 'title_in', 'title_alt', 'swap', 'apos', 'sfx_family',
             'sfx_alt', 'street', 'numsuf', 'unit', 'floor_alt', 'comma', 'co_first', 'line2_merge', 'postal',
             'region', 'country', 'city', 'phone', 'email_case', 'case', 'translit', 'legal', 'contact_fields',
             'sole', 'branch', 'formerly', 'typo', 'mojibake', 'ws']


def relevant(k, e):
    ps = _all_person(e)
    b, a = e['biz'], e['addr']
    if k == 'pdisp':
        return e['kind'] == 'person' or (b and b['sole'])
    if k in ('bdisp',):
        return b is not None
    if k in ('legal',):
        return bool(b and b['form'])
    if k == 'contact_fields':
        return bool(b and e['contact'] and not b['sole'])
    if k == 'sole':
        return bool(b and b['sole'])
    if k == 'branch':
        return bool(b and b['branch'])
    if k == 'formerly':
        return bool(b and b['formerly'])
    if k == 'particle':
        return any(p['particle'] for p in ps)
    if k == 'es':
        return any(p.get('family2') for p in ps)
    if k in ('title_in', 'title_alt'):
        return any(p['title'] for p in ps)
    if k == 'apos':
        return any("'" in p['family'] for p in ps)
    if k in ('sfx_family', 'sfx_alt'):
        return any(p.get('suffix') for p in ps)
    if k == 'given':
        return bool(ps)
    if k == 'swap':
        return bool(ps)
    if k == 'numsuf':
        return bool(a and a['suf'])
    if k in ('unit', 'floor_alt'):
        return bool(a and a['unit'])
    if k == 'comma':
        return bool(a) and e['country'] in ('FR', 'ES', 'IT')
    if k in ('co_first', 'line2_merge'):
        return bool(a and (a['line2'] or a['unit']))
    if k in ('street', 'postal', 'region', 'country'):
        return a is not None
    if k == 'city':
        return bool(a and city_rec(e['country'], a['city'])['alts'])
    if k == 'phone':
        return e['phone'] is not None
    if k == 'email_case':
        return e['email'] is not None
    return True


def opt_diff(o_ex, o_in, e):
    out = []
    for k in DIFF_KEYS:
        if o_ex.get(k) != o_in.get(k) and relevant(k, e):
            v1, v2 = o_ex.get(k), o_in.get(k)
            if isinstance(v1, tuple):
                v1 = '%s%s' % (v1[0], ('#%d' % v1[1]) if v1[0] == 'var' else '')
            if isinstance(v2, tuple):
                v2 = '%s%s' % (v2[0], ('#%d' % v2[1]) if v2[0] == 'var' else '')
            if k == 'typo':
                if v2:
                    out.append('typo:%s' % v2)
                continue
            out.append('%s:%s->%s' % (k, v1, v2))
    for m in o_in['missing']:
        if m not in o_ex['missing']:
            out.append('missing:%s' % m)
    for m in o_ex['missing']:
        if m not in o_in['missing']:
            out.append('missing_in_reference:%s' % m)
    return out


# ------------------------------------------------------------------ real-world state changes (incoming side)
CO_FIRM = {'de': 'Steuerbüro {S}', 'nl': 'Administratiekantoor {S}', 'fr': 'Cabinet comptable {S}',
           'es': 'Gestoría {S}', 'it': 'Studio Commercialista {S}', 'en': '{S} Accountants',
           'pl': 'Biuro Rachunkowe {S}'}


def sc_move(st, same_city):
    country, lang = st['country'], st['lang']
    old = st['addr']['city']
    cty = city_rec(country, old) if same_city else _other_city(country, old)
    st['addr'] = make_address(country, lang, cty, business=(st['kind'] == 'business'))
    ch = ['moved_same_city'] if same_city else ['moved_to_other_city:%s' % cty['name']]
    consumed = {'addr'}
    if not same_city and st['phone'] and not st['phone']['mobile']:
        st['phone'] = make_phone(country, cty['name'], mobile=False)
        ch.append('new_landline_after_move')
        consumed.add('phone')
    return ch, consumed


def sc_email(st):
    country, lang = st['country'], st['lang']
    if st['kind'] == 'person' or not st['domain']:
        p = st['person'] or st['contact']
        x = R.random()
        if x < 0.55:
            st['email'] = personal_email(p, country)
            return ['email_changed:new_personal_address']
        dom = make_domain(brand(lang), country)
        st['email'] = unique_email(person_local(p), dom)
        return ['email_changed:work_address']
    if chance(0.5):
        st['email'] = biz_email(st['domain'], st['contact'], lang, role_p=0.7)
        return ['email_changed:other_mailbox_same_domain']
    old = st['domain']
    base, tld = old.rsplit('.', 1)
    x = R.random()
    if x < 0.4:
        nd = base + '.' + pick([t for t in ('com', 'eu', 'net', TLD[country]) if t != tld])
    elif x < 0.7:
        nd = (base.replace('-', '') if '-' in base else base[:len(base) // 2] + '-' + base[len(base) // 2:]) + '.' + tld
    else:
        nd = slug(brand(lang)) + '.' + tld
    if nd in USED_DOMAIN:
        nd = make_domain(brand(lang), country)
    USED_DOMAIN.add(nd)
    st['domain'] = nd
    loc = st['email'].split('@')[0]
    st['email'] = unique_email(loc, nd)
    return ['email_changed:new_domain']


def sc_phone(st):
    mobile = st['kind'] == 'person' or chance(0.3)
    st['phone'] = make_phone(st['country'], st['addr']['city'], mobile=mobile)
    return ['phone_changed']


def sc_contact(st):
    old = st['contact']
    st['contact'] = make_person(st['country'], st['lang'], title_p=0.6)
    ch = ['contact_person_changed']
    consumed = set()
    if old and st['domain'] and fam_slug(old) in st['email'].split('@')[0]:
        st['email'] = biz_email(st['domain'], st['contact'], st['lang'], role_p=0.0)
        ch.append('email_changed:new_contact_mailbox')
        consumed.add('email')
    return ch, consumed


def sc_rebrand(st):
    b = st['biz']
    old = b['core'] + (' ' + b['form'] if b['form'] else '')
    lang = st['lang']
    if chance(0.5):
        b['core'] = brand(lang)
    else:
        b['core'] = surname_for_company(st['country'], lang) + ' ' + pick(TRADES[lang]['post'])
    b['formerly'] = old
    b['trading'] = None
    ch = ['renamed_company']
    consumed = set()
    if st['domain'] and chance(0.6):
        st['domain'] = make_domain(b['core'], st['country'])
        st['email'] = unique_email(st['email'].split('@')[0], st['domain'])
        ch.append('email_changed:new_domain_after_rebrand')
        consumed.add('email')
    return ch, consumed


def sc_marriage(st):
    p = st['person']
    old = (p['particle'] + ' ' + p['family']).strip()
    part, core = zpick(SURNAMES[name_key(st['country'], st['lang'])], 0.7)
    if st['country'] == 'PL':
        core = pl_fem(core)
    if chance(0.45):
        p['family'] = p['family'] + '-' + ((part + ' ' + core).strip() if part else core)
        ch = ['family_name_double_barrelled']
    else:
        p['particle'], p['family'] = part, core
        ch = ['family_name_changed_after_marriage:%s->%s' % (old, (part + ' ' + core).strip())]
    consumed = set()
    if chance(0.35):
        st['email'] = personal_email(p, st['country'])
        ch.append('email_changed:new_personal_address')
        consumed.add('email')
    return ch, consumed


def sc_co(st, keep_addr):
    lang = st['lang']
    if keep_addr:
        other = surname_for_company(st['country'], lang)
        st['addr']['line2'] = 'c/o ' + other
        st['addr']['unit'] = None
        return ['c/o_added_same_address'], set()
    cty = city_rec(st['country'], st['addr']['city'])
    st['addr'] = make_address(st['country'], lang, cty, business=True)
    st['addr']['line2'] = 'c/o ' + CO_FIRM[lang].format(S=surname_for_company(st['country'], lang))
    st['addr']['unit'] = None
    return ['c/o_address_of_accountant'], {'addr'}


def same_id(k, a, b):
    if k == 'email':
        return a['email'] is not None and a['email'] == b['email']
    if k == 'phone':
        return a['phone'] is not None and b['phone'] is not None and \
            (a['phone']['area'], a['phone']['sub']) == (b['phone']['area'], b['phone']['sub'])
    if k == 'addr':
        return a['addr'] is not None and b['addr'] is not None and all(
            a['addr'][x] == b['addr'][x] for x in ('street', 'num', 'postal', 'city'))
    return False


def present_ids(c):
    s = set()
    if c['email']:
        s.add('email')
    if c['phone']:
        s.add('phone')
    if c['address'] and c['address']['line1'] and (c['address']['postalCode'] or c['address']['city']):
        s.add('addr')
    return s


TAG_SAFE = ['match_format', 'match_variant', 'match_email_changed', 'match_phone_changed', 'match_sparse',
            'match_duplicate_signup']


def choose_category(st, e0, i, intact, tagged):
    kind = st['kind']
    b = st['biz']
    c = [('match_format', 14), ('match_variant', 44)]
    rest = lambda *ks: len(intact - set(ks))
    if st['addr'] and 'addr' in intact and rest('addr') >= 1:
        c.append(('match_moved', 9))
    if st['email'] and rest('email') >= 1:
        c.append(('match_email_changed', 8))
    if st['phone'] and rest('phone') >= 1:
        c.append(('match_phone_changed', 3))
    if intact:
        c.append(('match_sparse', 5))
    if st['addr'] and 'addr' in intact:
        c.append(('match_co_address', 2.5))
    if kind == 'business':
        if st['contact'] and not b['sole']:
            c.append(('match_contact_changed', 7))
        if not b['sole'] and rest('email') >= 2:
            c.append(('match_rebrand', 4))
        if b['form'] in LEGAL_UPDATE:
            c.append(('match_legal_form_update', 12))
        if not b['sole']:
            c.append(('match_trading_name', 4))
        if b['sole']:
            c.append(('match_sole_trader_person_vs_tradename', 14))
    else:
        p = st['person']
        if p['gender'] == 'f' and st['country'] != 'ES' and rest('email') >= 2 and p['family'] == e0['person']['family']:
            c.append(('match_name_change', 5))
    if i >= 1 and st['email'] and rest('email') >= 1:
        c.append(('match_duplicate_signup', 12))
    if tagged:
        c = [(k, w) for k, w in c if k in TAG_SAFE]
    return wpick(c)


def apply_category(st, cat, intact):
    """mutates st (a copy of the current state); returns (changes, consumed, persist)"""
    if cat in ('match_format', 'match_variant', 'match_sparse', 'match_sole_trader_person_vs_tradename'):
        return [], set(), True
    if cat == 'match_moved':
        same_city = chance(0.5)
        if not same_city and st['phone'] and not st['phone']['mobile'] and len(intact - {'addr', 'phone'}) < 1:
            same_city = True
        ch, cons = sc_move(st, same_city)
        return ch, cons, True
    if cat == 'match_email_changed':
        return sc_email(st), {'email'}, True
    if cat == 'match_phone_changed':
        return sc_phone(st), {'phone'}, True
    if cat == 'match_contact_changed':
        ch, cons = sc_contact(st)
        return ch, cons, True
    if cat == 'match_rebrand':
        ch, cons = sc_rebrand(st)
        return ch, cons, True
    if cat == 'match_legal_form_update':
        old = st['biz']['form']
        st['biz']['form'] = LEGAL_UPDATE[old]
        return ['legal_form_updated:%s->%s' % (old, st['biz']['form'])], set(), True
    if cat == 'match_trading_name':
        if not st['biz']['trading']:
            st['biz']['trading'] = brand(st['lang'])
            return ['trading_name_introduced'], set(), True
        return ['trading_name_used'], set(), True
    if cat == 'match_co_address':
        keep = chance(0.5) or len(intact - {'addr'}) < 1
        ch, cons = sc_co(st, keep)
        return ch, cons, True
    if cat == 'match_name_change':
        ch, cons = sc_marriage(st)
        return ch, cons, True
    if cat == 'match_duplicate_signup':
        p = st['person'] or st['contact']
        if p is None:
            if not st['domain']:
                st['domain'] = make_domain(st['biz']['core'], st['country'])
            st['email'] = biz_email(st['domain'], None, st['lang'], role_p=1.0)
        elif st['kind'] == 'business' and st['domain'] and chance(0.5):
            st['email'] = personal_email(p, st['country'])
        else:
            st['email'] = personal_email(p, st['country'])
        return ['second_signup_with_other_email'], {'email'}, False
    raise ValueError(cat)


def incoming_opt_for(cat, e_state, ex_opt, tagged=False):
    if cat == 'match_format':
        o = copy.deepcopy(ex_opt)
        o['typo'] = None
        o['missing'] = [m for m in o['missing'] if m not in ('email', 'phone')] if chance(0.3) else list(o['missing'])
        if 'address' in o['missing']:
            o['missing'].remove('address')
        ops = [op_format(o, e_state) for _ in range(R.randint(1, 3))]
        return o, ['fmt']
    o = opt_incoming(e_state)
    excl = ('typo', 'swap', 'given') if tagged else ()
    if cat == 'match_variant':
        k = wpick([(1, 25), (2, 40), (3, 25), (4, 10)])
        ops = add_rep_ops(o, e_state, k, exclude=excl)
    else:
        ops = add_rep_ops(o, e_state, wpick([(0, 50), (1, 40), (2, 10)]), exclude=('missing', 'typo') + excl)
    if tagged and o['given'] not in ('full', 'nick'):
        o['given'] = 'full'
    if cat == 'match_sole_trader_person_vs_tradename':
        o['sole'] = 'person' if ex_opt['sole'] == 'business' else 'business'
    if cat == 'match_trading_name':
        o['bdisp'] = 'trading' if chance(0.8) else 'trading_company'
    if cat == 'match_rebrand':
        # without the old mailbox the only hint left is "formerly ..." (a bookkeeper would not link it otherwise)
        o['formerly'] = True if e_state['email'] and e_state['domain'] and \
            slug(e_state['biz']['core'])[:5] in e_state['email'] else chance(0.4)
    return o, ops


def ensure_evidence(st, o, ex_present, intact_now, min_shared=1, partner_shared=()):
    """make sure enough unchanged identifiers (email/phone/address) are visible on both sides; for an entity
    with a look-alike partner in the existing set, prefer one identifier the partner does not share"""
    possible = set(intact_now) & ex_present
    disc = possible - set(partner_shared)
    need = min(min_shared, len(possible)) if possible else 1
    for _ in range(8):
        c = render(st, o)
        inc = present_ids(c)
        ok = set(intact_now) & ex_present & inc
        if o['typo'] == 'email':
            ok.discard('email')
        if len(ok) >= need and (not disc or (ok & disc)):
            return c
        if disc and not (ok & disc):
            for k, m in (('email', 'email'), ('phone', 'phone'), ('addr', 'address')):
                if k in disc and m in o['missing']:
                    o['missing'].remove(m)
                    break
            if o['typo'] == 'email':
                o['typo'] = None
            continue
        if o['typo'] == 'email':
            o['typo'] = None
            continue
        for k, m in (('email', 'email'), ('phone', 'phone'), ('addr', 'address')):
            if k in intact_now & ex_present and m in o['missing']:
                o['missing'].remove(m)
                break
        else:
            for m in ('postalCode', 'city'):
                if m in o['missing']:
                    o['missing'].remove(m)
    raise RuntimeError('no shared evidence for %s' % st['id'])


def sparse_opt(o, st, ex_present, intact_now):
    keep = [k for k in ('email', 'phone', 'addr') if k in intact_now & ex_present]
    k = keep[0] if keep else None
    if keep and len(keep) > 1 and chance(0.3):
        k = keep[1]
    miss = {'email': 'email', 'phone': 'phone', 'addr': 'address'}
    o['missing'] = [miss[x] for x in ('email', 'phone', 'addr') if x != k]
    if st['kind'] == 'business' and st['contact'] and chance(0.5):
        o['missing'].append('contact')
    o['typo'] = None
    return k


# ------------------------------------------------------------------ assembly
def main():
    ENT = {}
    existing = []
    pair_of = {}      # entity id -> (kind, other id) for look-alike pairs inside existing
    hn_new = []       # (B entity, kind, anchor id, info)

    for kind, n in PAIR_PLAN:
        for _ in range(n):
            A, B, info = HN_FUNCS[kind](pick_country())
            for x, y in ((A, B), (B, A)):
                x['tags'].append('lookalike_pair:' + kind)
                ENT[x['id']] = x
                existing.append(x['id'])
                pair_of[x['id']] = (kind, y['id'], info)
    for kind, n in HN_PLAN:
        for _ in range(n):
            A, B, info = HN_FUNCS[kind](pick_country())
            A['tags'].append('hn_anchor:' + kind)
            B['tags'].append('hn_lookalike:' + kind)
            ENT[A['id']] = A
            ENT[B['id']] = B
            existing.append(A['id'])
            hn_new.append((B, kind, A['id'], info))
    while len(existing) < N_EXISTING:
        e = make_random_entity()
        ENT[e['id']] = e
        existing.append(e['id'])
    assert len(existing) == N_EXISTING

    # ---- existing records
    ex_opt, ex_rec, ex_present = {}, {}, {}
    for eid in existing:
        e = ENT[eid]
        o = opt_existing(e)
        if e['tags']:
            o['typo'] = None
            o['missing'] = [m for m in o['missing'] if m != 'address']
        c = render(e, o)
        ex_opt[eid], ex_rec[eid], ex_present[eid] = o, c, present_ids(c)
        if not ex_present[eid]:      # an accounting record always has at least one contact channel
            o['missing'] = [m for m in o['missing'] if m not in ('email', 'address')]
            c = render(e, o)
            ex_rec[eid], ex_present[eid] = c, present_ids(c)

    # ---- which existing entities get incoming records, and how many
    plan = {}
    total = 0
    pair_ids = []
    seen = set()
    for eid in existing:
        if eid in pair_of and eid not in seen:
            other = pair_of[eid][1]
            seen.update([eid, other])
            pair_ids.append((eid, other))
    for a, b in pair_ids:
        r = R.random()
        chosen = [a] if r < 0.4 else [b] if r < 0.75 else [a, b]
        for x in chosen:
            plan[x] = 1
            total += 1
    order = existing[:]
    R.shuffle(order)
    for eid in order:
        if total >= N_INC_OF_EXISTING:
            break
        if eid in plan:
            continue
        k = wpick([(1, 82), (2, 14), (3, 4)])
        k = min(k, N_INC_OF_EXISTING - total)
        plan[eid] = k
        total += k
    # a few pair members get a second record
    for a, b in pair_ids[:6]:
        pass

    incoming = []   # dicts: entity, contact, meta
    groups = []     # list of lists of incoming indices per entity (arrival order preserved)

    def add_group(recs):
        idx = []
        for r in recs:
            incoming.append(r)
            idx.append(len(incoming) - 1)
        groups.append(idx)

    # ---- incoming of existing entities
    for eid in existing:
        if eid not in plan:
            continue
        e0 = ENT[eid]
        st = copy.deepcopy(e0)
        tagged = bool(e0['tags'])
        recs = []
        for i in range(plan[eid]):
            intact = {k for k in ('email', 'phone', 'addr') if k in ex_present[eid] and same_id(k, st, e0)}
            cat = choose_category(st, e0, i, intact, tagged)
            work = copy.deepcopy(st)
            changes, consumed, persist = apply_category(work, cat, intact)
            intact_now = {k for k in ('email', 'phone', 'addr') if k in ex_present[eid] and same_id(k, work, e0)}
            o, ops = incoming_opt_for(cat, work, ex_opt[eid], tagged)
            if cat == 'match_sparse':
                sparse_opt(o, work, ex_present[eid], intact_now)
            partner_shared = ()
            if eid in pair_of:
                partner = ENT[pair_of[eid][1]]
                partner_shared = [k for k in ('email', 'phone', 'addr') if same_id(k, e0, partner)]
            c = ensure_evidence(work, o, ex_present[eid], intact_now,
                                min_shared=2 if cat in ('match_rebrand', 'match_name_change') else 1,
                                partner_shared=partner_shared)
            if persist:
                st = work
            meta = {'entity': eid, 'category': cat, 'in_existing': True,
                    'changes': changes + opt_diff(ex_opt[eid], o, work)}
            if eid in pair_of:
                meta['lookalike_in_existing'] = {'kind': pair_of[eid][0], 'other_entity': pair_of[eid][1]}
            for t in e0['tags']:
                if t.startswith('hn_anchor:'):
                    meta['has_new_lookalike'] = t.split(':', 1)[1]
            recs.append({'entity': eid, 'contact': c, 'meta': meta})
        add_group(recs)
    n_inc_existing = len(incoming)

    # ---- hard-negative look-alikes (new entities)
    light_ok = ('translit', 'street', 'legal', 'case', 'postal', 'particle', 'title', 'city', 'es', 'unit',
                'apos', 'numsuf', 'ws')
    hn_count = {}
    for B, kind, anchor, info in hn_new:
        n = 2 if chance(0.1) else 1
        recs = []
        for i in range(n):
            o = opt_incoming(B)
            ops = add_rep_ops(o, B, wpick([(0, 40), (1, 45), (2, 15)]), light=True)
            c = render(B, o)
            meta = {'entity': B['id'], 'category': 'hard_negative', 'in_existing': False,
                    'hard_negative_kind': kind, 'lookalike_of': anchor,
                    'shared_with_lookalike': info.get('shared', []),
                    'changes': ['light_noise:' + x for x in ops]}
            for k2 in ('sub', 'direction', 'marker', 'same_city', 'same_family_name'):
                if k2 in info:
                    meta[k2] = info[k2]
            recs.append({'entity': B['id'], 'contact': c, 'meta': meta})
            hn_count[kind] = hn_count.get(kind, 0) + 1
        add_group(recs)

    # ---- random new customers
    while len(incoming) < N_INCOMING:
        e = make_random_entity()
        ENT[e['id']] = e
        left = N_INCOMING - len(incoming)
        n = 2 if (chance(0.08) and left >= 2) else 1
        recs = []
        st = copy.deepcopy(e)
        base_o = None
        for i in range(n):
            work = copy.deepcopy(st)
            changes = []
            if i == 0:
                o = opt_incoming(work)
                ops = add_rep_ops(o, work, wpick([(0, 55), (1, 35), (2, 10)]), exclude=('missing',))
                base_o = o
                cat = 'new'
            else:
                cat = 'new_repeat'
                o = opt_incoming(work)
                ops = add_rep_ops(o, work, wpick([(1, 50), (2, 50)]), exclude=('missing', 'typo'))
                if chance(0.3) and (work['person'] or work['contact']):
                    work['email'] = personal_email(work['person'] or work['contact'], work['country'])
                    changes.append('second_signup_with_other_email')
            c = render(work, o)
            meta = {'entity': e['id'], 'category': cat, 'in_existing': False,
                    'changes': changes + (opt_diff(base_o, o, work) if i else ['light_noise:' + x for x in ops])}
            recs.append({'entity': e['id'], 'contact': c, 'meta': meta})
        add_group(recs)
    assert len(incoming) == N_INCOMING

    # ---- arrival order: shuffle groups, keep order within an entity
    keyed = []
    for g in groups:
        ks = sorted(R.random() for _ in g)
        for k, idx in zip(ks, g):
            keyed.append((k, idx))
    keyed.sort()
    ex_order = existing[:]
    R.shuffle(ex_order)

    with open(os.path.join(HERE, 'set.jsonl'), 'w', encoding='utf-8') as f:
        for eid in ex_order:
            f.write(json.dumps({'set': 'existing', 'entity': eid, 'contact': ex_rec[eid]}, ensure_ascii=False) + '\n')
        for _, idx in keyed:
            r = incoming[idx]
            f.write(json.dumps({'set': 'incoming', 'entity': r['entity'], 'contact': r['contact']},
                               ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'meta.jsonl'), 'w', encoding='utf-8') as f:
        for pos, (_, idx) in enumerate(keyed):
            m = dict(incoming[idx]['meta'])
            m = {'incoming_index': pos, **m}
            f.write(json.dumps(m, ensure_ascii=False) + '\n')

    # ---- sanity: identifiers shared between different entities only where designed (look-alike pairs)
    designed = set()
    for eid, (kind, other, info) in pair_of.items():
        designed.add(frozenset((eid, other)))
    for B, kind, anchor, info in hn_new:
        designed.add(frozenset((B['id'], anchor)))
    for key in ('email', 'phone'):
        seen_id = {}
        for ent in ENT.values():
            v = ent[key] if key == 'email' else (ent['phone'] and (ent['phone']['area'], ent['phone']['sub']))
            if not v:
                continue
            if v in seen_id and frozenset((seen_id[v], ent['id'])) not in designed:
                raise AssertionError('undesigned shared %s between %s and %s' % (key, seen_id[v], ent['id']))
            seen_id.setdefault(v, ent['id'])

    # ---- summary
    cats = {}
    for r in incoming:
        cats[r['meta']['category']] = cats.get(r['meta']['category'], 0) + 1
    print('existing', len(existing), 'incoming', len(incoming), 'incoming_of_existing', n_inc_existing)
    print('existing entities with incoming', len(plan), 'with >1 incoming', sum(1 for v in plan.values() if v > 1))
    print('categories', json.dumps(cats, sort_keys=True))
    print('hard negatives (incoming records) by kind', json.dumps(hn_count, sort_keys=True))
    print('look-alike pairs inside existing', len(pair_ids))
    ctry = {}
    kinds = {}
    for eid in existing:
        ctry[ENT[eid]['country']] = ctry.get(ENT[eid]['country'], 0) + 1
        kinds[ENT[eid]['kind']] = kinds.get(ENT[eid]['kind'], 0) + 1
    print('existing by country', json.dumps(ctry, sort_keys=True), 'by kind', kinds)


if __name__ == '__main__':
    main()
