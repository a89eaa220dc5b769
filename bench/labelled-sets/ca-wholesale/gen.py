#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen.py -- seeded generator of the hold4 labelled record-linkage test set. Run: python3 gen.py"""
# ============================================================== utilities
import json, os, random, re, sys, unicodedata
from collections import Counter


def strip_acc(s):
    if not s:
        return s
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def nrm(s):
    return re.sub(r'[^a-z0-9]', '', strip_acc(s or '').lower())


def slug_words(s):
    s = strip_acc(s).lower().replace('&', ' ').replace("'", '')
    return [w for w in re.split(r'[^a-z0-9]+', s) if w]


def slug(s):
    return ''.join(slug_words(s))


def wpick(rng, items):
    items = [(v, w) for v, w in items if w > 0]
    tot = sum(w for _, w in items)
    x = rng.random() * tot
    for v, w in items:
        x -= w
        if x < 0:
            return v
    return items[-1][0]


_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEIGH = {}
for _row in _ROWS:
    for _i, _ch in enumerate(_row):
        NEIGH[_ch] = ([_row[_i - 1]] if _i > 0 else []) + ([_row[_i + 1]] if _i < len(_row) - 1 else [])


def typo(rng, s, minlen=4):
    """One realistic keyboard typo inside a word of >= minlen letters (never its first letter)."""
    if not s:
        return s
    spans = [(m.start(), m.end()) for m in re.finditer(r'[A-Za-zÀ-ÿ]{%d,}' % minlen, s)]
    if not spans:
        return s
    a, b = rng.choice(spans)
    i = rng.randrange(a + 1, b)
    c = s[i]
    op = wpick(rng, [('sub', 3), ('del', 3), ('dup', 2), ('swap', 3)])
    if op == 'swap' and i + 1 < b and s[i + 1].lower() != c.lower():
        return s[:i] + s[i + 1] + c + s[i + 2:]
    base = strip_acc(c).lower()
    if op == 'sub' and base in NEIGH:
        n = rng.choice(NEIGH[base])
        if c.isupper():
            n = n.upper()
        return s[:i] + n + s[i + 1:]
    if op == 'dup':
        return s[:i] + c + s[i:]
    if b - a <= 4:      # do not delete from a 4-letter word
        return s[:i] + c + s[i:]
    return s[:i] + s[i + 1:]


def fmt_phone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {
        'paren': f"({a}) {b}-{c}", 'dash': f"{a}-{b}-{c}", 'dot': f"{a}.{b}.{c}", 'space': f"{a} {b} {c}",
        'plain': f"{a}{b}{c}", 'intl': f"+1 {a} {b} {c}", 'intl_dash': f"+1-{a}-{b}-{c}", 'e164': f"+1{a}{b}{c}",
        'one_dash': f"1-{a}-{b}-{c}", 'paren_nospace': f"({a}){b}-{c}",
    }[style]


def fmt_ext(ext, style):
    return {'x': f" x{ext}", 'ext': f" ext. {ext}", 'ext2': f" ext {ext}", 'poste': f" poste {ext}", 'comma': f", ext. {ext}"}[style]


def fmt_postal(p, style):
    if style == 'std':
        return p
    if style == 'nospace':
        return p.replace(' ', '')
    if style == 'lower':
        return p.lower()
    return p.replace(' ', '').lower()


# ---------------------------------------------------------------- name transforms
def t_amp(s, lang):
    if ' & ' in s:
        return s.replace(' & ', ' et ' if lang == 'fr' else ' and ')
    if ' and ' in s:
        return s.replace(' and ', ' & ')
    if ' et ' in s:
        return s.replace(' et ', ' & ')
    return s


def t_saint(s):
    s2 = re.sub(r'\bSainte-', 'Ste-', s)
    s2 = re.sub(r'\bSaint-', 'St-', s2)
    if s2 != s:
        return s2
    s2 = re.sub(r'\bSte-', 'Sainte-', s)
    s2 = re.sub(r'\bSt-', 'Saint-', s2)
    if s2 != s:
        return s2
    return re.sub(r'\bSt\. ', 'St ', s)


def t_les(s):
    return s[4:] if s.startswith('Les ') else s


def t_the(s):
    return s[4:] if s.startswith('The ') else s


def t_abbr(s, abbr):
    for pat, rep in abbr:
        s2 = re.sub(pat, rep, s)
        if s2 != s:
            return s2
    return s


def t_hyph(s):
    return re.sub(r'(?<=[A-Za-zÀ-ÿ])-(?=[A-Za-zÀ-ÿ])', ' ', s)

LDU_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"

# name, prov, weight, FSAs, area codes, aliases, P(french), street pool, farm-area flag
CITIES = [
 ("Toronto","ON",14,["M5V","M4C","M6H","M5A","M6K","M4M","M5T","M6G","M6J","M4L"],["416","647","437"],[],0.01,"TOR",0),
 ("North York","ON",4,["M2N","M3J","M3H","M2J","M3N"],["416","647"],["Toronto"],0.01,"TOR",0),
 ("Etobicoke","ON",3,["M8V","M9W","M9C","M8Z","M9V"],["416","647"],["Toronto"],0.01,"TOR",0),
 ("Scarborough","ON",4,["M1B","M1P","M1S","M1K","M1R"],["416","647"],["Toronto"],0.01,"TOR",0),
 ("Mississauga","ON",7,["L4T","L5B","L5N","L4W","L5T","L4Z"],["905","289","365"],[],0.01,"GTA",0),
 ("Brampton","ON",5,["L6P","L6T","L6Y","L6S","L6W"],["905","289","365"],[],0.0,"GTA",0),
 ("Woodbridge","ON",2,["L4L","L4H"],["905","289"],["Vaughan"],0.0,"GTA",0),
 ("Concord","ON",2,["L4K"],["905","289"],["Vaughan"],0.0,"GTA",0),
 ("Markham","ON",3,["L3R","L6C","L3P","L6G"],["905","289"],[],0.0,"GTA",0),
 ("Richmond Hill","ON",2,["L4B","L4C","L4S"],["905","289"],[],0.0,"GTA",0),
 ("Oakville","ON",2,["L6H","L6J","L6K","L6L"],["905","289"],[],0.0,"GTA",0),
 ("Burlington","ON",2,["L7L","L7R","L7M"],["905","289"],[],0.0,"GTA",0),
 ("Hamilton","ON",4,["L8L","L8P","L9C","L8E","L8H"],["905","289"],[],0.01,"GTA",0),
 ("Oshawa","ON",2,["L1H","L1J","L1G"],["905","289"],[],0.0,"GTA",0),
 ("Whitby","ON",1,["L1N","L1R"],["905","289"],[],0.0,"GTA",0),
 ("Barrie","ON",2,["L4M","L4N"],["705","249"],[],0.01,"ON",0),
 ("Kitchener","ON",3,["N2G","N2M","N2C","N2E"],["519","226","548"],[],0.0,"ON",0),
 ("Waterloo","ON",2,["N2J","N2L","N2V"],["519","226","548"],[],0.0,"ON",0),
 ("Guelph","ON",2,["N1E","N1H","N1K"],["519","226"],[],0.0,"ON",0),
 ("London","ON",3,["N5V","N6A","N6E","N5W"],["519","226","548"],[],0.01,"ON",0),
 ("Windsor","ON",2,["N8X","N9A","N8W","N9B"],["519","226"],[],0.02,"ON",0),
 ("St. Catharines","ON",2,["L2M","L2R","L2T"],["905","289"],["St Catharines"],0.0,"ON",0),
 ("Niagara Falls","ON",1,["L2E","L2G","L2J"],["905","289"],[],0.0,"ON",0),
 ("Kingston","ON",2,["K7K","K7L","K7M","K7P"],["613","343"],[],0.02,"ON",0),
 ("Ottawa","ON",7,["K1N","K1P","K1Y","K2P","K1R","K1H","K1Z"],["613","343"],[],0.15,"OTT",0),
 ("Nepean","ON",2,["K2E","K2G","K2H","K2J"],["613","343"],["Ottawa"],0.1,"OTT",0),
 ("Kanata","ON",2,["K2K","K2M","K2T","K2L"],["613","343"],["Ottawa"],0.08,"OTT",0),
 ("Orléans","ON",2,["K1C","K4A","K1E","K1W"],["613","343"],["Orleans","Ottawa"],0.4,"OTT",0),
 ("Peterborough","ON",1,["K9H","K9J","K9K"],["705","249"],[],0.0,"ON",0),
 ("Sudbury","ON",2,["P3A","P3E","P3B","P3C"],["705","249"],["Greater Sudbury","Grand Sudbury"],0.25,"ON",0),
 ("Sault Ste. Marie","ON",1,["P6A","P6B","P6C"],["705","249"],["Sault Ste Marie","Sault-Sainte-Marie"],0.03,"ON",0),
 ("Thunder Bay","ON",1,["P7B","P7E","P7A","P7C"],["807"],[],0.02,"ON",0),
 ("Cornwall","ON",1,["K6H","K6J","K6K"],["613","343"],[],0.3,"ON",0),
 ("Hawkesbury","ON",1,["K6A"],["613","343"],[],0.8,"ON",1),
 ("Stratford","ON",1,["N5A","N0K"],["519","226"],[],0.0,"ON",1),
 ("Woodstock","ON",1,["N4S","N4T","N0J"],["519","226"],[],0.0,"ON",1),
 ("Listowel","ON",1,["N4W","N0G"],["519","226"],[],0.0,"ON",1),
 ("Elmira","ON",1,["N3B","N0B"],["519","226"],[],0.0,"ON",1),
 ("St. Jacobs","ON",0.5,["N0B"],["519","226"],["St Jacobs"],0.0,"ON",1),
 ("Mount Forest","ON",0.5,["N0G"],["519","226"],[],0.0,"ON",1),
 ("Drayton","ON",0.5,["N0G"],["519","226"],[],0.0,"ON",1),
 ("Milverton","ON",0.5,["N0K"],["519","226"],[],0.0,"ON",1),
 ("Embrun","ON",0.5,["K0A"],["613","343"],[],0.75,"ON",1),
 ("Casselman","ON",0.5,["K0A"],["613","343"],[],0.8,"ON",1),
 ("Alexandria","ON",0.5,["K0C"],["613","343"],[],0.4,"ON",1),
 ("Winchester","ON",0.5,["K0C"],["613","343"],[],0.05,"ON",1),
 ("Kemptville","ON",0.5,["K0G"],["613","343"],[],0.05,"ON",1),
 ("Lindsay","ON",0.7,["K9V","K0M"],["705","249"],[],0.0,"ON",1),
 ("Leamington","ON",0.7,["N8H","N0R"],["519","226"],[],0.02,"ON",1),
 ("Simcoe","ON",0.5,["N3Y","N0E"],["519","226"],[],0.0,"ON",1),

 ("Montréal","QC",14,["H2J","H2L","H2T","H2X","H3B","H3C","H4C","H1N","H2S","H1V","H4N","H3N"],["514","438"],["Montreal"],0.72,"MTL",0),
 ("Laval","QC",4,["H7L","H7N","H7T","H7S","H7P"],["450","579"],[],0.78,"QC",0),
 ("Longueuil","QC",2,["J4H","J4K","J4J","J4G"],["450","579"],[],0.9,"QC",0),
 ("Brossard","QC",1.5,["J4W","J4Y","J4Z","J4X"],["450","579"],[],0.75,"QC",0),
 ("Terrebonne","QC",1.5,["J6W","J6Y","J6X"],["450","579"],[],0.95,"QC",0),
 ("Boucherville","QC",1,["J4B"],["450","579"],[],0.95,"QC",0),
 ("Saint-Jean-sur-Richelieu","QC",1,["J3A","J3B","J2W"],["450","579"],["St-Jean-sur-Richelieu"],0.95,"QC",1),
 ("Saint-Jérôme","QC",1,["J7Y","J7Z"],["450","579"],["St-Jérôme","St-Jerome"],0.96,"QC",0),
 ("Blainville","QC",1,["J7C","J7B"],["450","579"],[],0.93,"QC",0),
 ("Repentigny","QC",1,["J5Y","J6A"],["450","579"],[],0.96,"QC",0),
 ("Gatineau","QC",3,["J8T","J8Y","J9H","J8P","J8X"],["819","873"],[],0.82,"QC",0),
 ("Sherbrooke","QC",2,["J1E","J1H","J1L","J1G","J1J"],["819","873"],[],0.92,"QC",0),
 ("Trois-Rivières","QC",2,["G8T","G8Y","G9A","G8Z"],["819","873"],["Trois-Rivieres"],0.98,"QC",0),
 ("Québec","QC",6,["G1K","G1R","G1S","G1V","G2E","G1M","G1L","G2J"],["418","581"],["Quebec","Ville de Québec","Quebec City"],0.97,"QCC",0),
 ("Lévis","QC",2,["G6V","G6W","G6X","G6Z"],["418","581"],["Levis"],0.98,"QC",0),
 ("Saguenay","QC",1.5,["G7H","G7J"],["418","581"],["Chicoutimi"],0.99,"QC",0),
 ("Drummondville","QC",1,["J2B","J2C","J2A"],["819","873"],[],0.98,"QC",1),
 ("Saint-Hyacinthe","QC",1,["J2S","J2T","J2R","J0H"],["450","579"],["St-Hyacinthe"],0.98,"QC",1),
 ("Granby","QC",1,["J2G","J2H","J2J"],["450","579"],[],0.95,"QC",1),
 ("Rimouski","QC",1,["G5L","G5M","G5N"],["418","581"],[],0.99,"QC",1),
 ("Victoriaville","QC",1,["G6P","G6S","G6T"],["819","873"],[],0.99,"QC",1),
 ("Joliette","QC",1,["J6E"],["450","579"],[],0.98,"QC",1),
 ("Rivière-du-Loup","QC",0.6,["G5R"],["418","581"],["Riviere-du-Loup"],0.99,"QC",1),
 ("Saint-Rémi","QC",0.4,["J0L"],["450","579"],["St-Rémi","St-Remi"],0.97,"QC",1),
 ("Saint-Césaire","QC",0.4,["J0L"],["450","579"],["St-Césaire"],0.98,"QC",1),
 ("Napierville","QC",0.4,["J0J"],["450","579"],[],0.95,"QC",1),
 ("Sainte-Marie","QC",0.5,["G6E"],["418","581"],["Ste-Marie"],0.99,"QC",1),
 ("Saint-Georges","QC",0.6,["G5Y","G5Z"],["418","581"],["St-Georges"],0.99,"QC",1),
 ("Saint-Liboire","QC",0.3,["J0H"],["450","579"],["St-Liboire"],0.99,"QC",1),
 ("Sainte-Martine","QC",0.3,["J0S"],["450","579"],["Ste-Martine"],0.97,"QC",1),
 ("Saint-Anselme","QC",0.3,["G0R"],["418","581"],["St-Anselme"],0.99,"QC",1),
 ("Mirabel","QC",0.6,["J7J","J7N","J0N"],["450","579"],[],0.95,"QC",1),
 ("Compton","QC",0.3,["J0B"],["819","873"],[],0.9,"QC",1),

 ("Vancouver","BC",10,["V5K","V5L","V5T","V6A","V6B","V6J","V5R","V5V","V6K","V5N"],["604","778","236"],[],0.0,"VAN",0),
 ("Burnaby","BC",3,["V5C","V5G","V5H","V5J","V5A"],["604","778","236"],[],0.0,"BC",0),
 ("Richmond","BC",3,["V6V","V6X","V6Y","V7A"],["604","778","236"],[],0.0,"BC",0),
 ("Surrey","BC",4,["V3R","V3W","V4N","V3S","V3T"],["604","778","236"],[],0.0,"BCGRID",0),
 ("Langley","BC",2,["V2Y","V3A","V4W"],["604","778","236"],[],0.0,"BCGRID",1),
 ("Abbotsford","BC",2,["V2S","V2T","V4X"],["604","778","236"],[],0.0,"BCGRID",1),
 ("Chilliwack","BC",1.5,["V2P","V2R","V4Z"],["604","778","236"],[],0.0,"BC",1),
 ("Coquitlam","BC",2,["V3B","V3K","V3J","V3E"],["604","778","236"],[],0.0,"BC",0),
 ("North Vancouver","BC",1.5,["V7J","V7L","V7M","V7P"],["604","778","236"],["N. Vancouver","North Van"],0.0,"BC",0),
 ("Delta","BC",1,["V4C","V4G","V4K"],["604","778","236"],[],0.0,"BCGRID",1),
 ("Kelowna","BC",2,["V1X","V1Y","V1W","V1V"],["250","778","236"],[],0.0,"BC",1),
 ("Kamloops","BC",1,["V2B","V2C","V2H"],["250","778","236"],[],0.0,"BC",1),
 ("Victoria","BC",3,["V8W","V8T","V8Z","V9A","V8V"],["250","778","236"],[],0.0,"BC",0),
 ("Nanaimo","BC",1.5,["V9R","V9T","V9S"],["250","778","236"],[],0.0,"BC",0),
 ("Vernon","BC",1,["V1T","V1B","V1H"],["250","778","236"],[],0.0,"BC",1),
 ("Prince George","BC",1,["V2L","V2N","V2M"],["250","778","236"],[],0.0,"BC",0),
 ("Penticton","BC",0.7,["V2A"],["250","778","236"],[],0.0,"BC",1),
 ("Agassiz","BC",0.4,["V0M"],["604","778"],[],0.0,"BC",1),
 ("Armstrong","BC",0.4,["V0E"],["250","778"],[],0.0,"BC",1),
 ("Oliver","BC",0.4,["V0H"],["250","778"],[],0.0,"BC",1),
 ("Salmon Arm","BC",0.5,["V1E"],["250","778"],[],0.0,"BC",1),
 ("Pitt Meadows","BC",0.4,["V3Y"],["604","778"],[],0.0,"BC",1),
]

# English-style streets: (name, type, directions, direction-as-prefix)
ST_EN = {
 "TOR": [("Queen","St",["W","E"]),("King","St",["W","E"]),("Dundas","St",["W","E"]),("College","St",None),
         ("Bloor","St",["W","E"]),("Yonge","St",None),("Spadina","Ave",None),("Danforth","Ave",None),
         ("Eglinton","Ave",["W","E"]),("Sheppard","Ave",["W","E"]),("Finch","Ave",["W","E"]),("Lawrence","Ave",["W","E"]),
         ("Kennedy","Rd",None),("Bathurst","St",None),("Dufferin","St",None),("Keele","St",None),("Jane","St",None),
         ("Weston","Rd",None),("Kipling","Ave",None),("Islington","Ave",None),("Lake Shore","Blvd",["W","E"]),
         ("Gerrard","St",["E"]),("Ossington","Ave",None),("Roncesvalles","Ave",None),("Progress","Ave",None),
         ("Midland","Ave",None),("Steeles","Ave",["W","E"]),("Caledonia","Rd",None),("Dixon","Rd",None),("Alness","St",None),
         ("Martin Grove","Rd",None),("Rexdale","Blvd",None),("Warden","Ave",None),("Victoria Park","Ave",None),
         ("Wilson","Ave",None),("Eastern","Ave",None),("Carlaw","Ave",None),("The Queensway",None,None)],
 "GTA": [("Dundas","St",["W","E"]),("Hurontario","St",None),("Dixie","Rd",None),("Britannia","Rd",["W","E"]),
         ("Derry","Rd",["W","E"]),("Airport","Rd",None),("Queen","St",["W","E"]),("Main","St",["N","S"]),
         ("Steeles","Ave",["W","E"]),("7","Hwy",["W","E"]),("Rutherford","Rd",None),("Weston","Rd",None),("Jane","St",None),
         ("Woodbine","Ave",None),("Kennedy","Rd",None),("Yonge","St",None),("Major Mackenzie","Dr",["W","E"]),
         ("Trafalgar","Rd",None),("Speers","Rd",None),("Brant","St",None),("Fairview","St",None),("Plains","Rd",["W","E"]),
         ("Barton","St",["E","W"]),("King","St",["E","W"]),("Upper James","St",None),("Simcoe","St",["N","S"]),
         ("Brock","St",["N","S"]),("Bramalea","Rd",None),("Mavis","Rd",None),("Tomken","Rd",None),
         ("Millcreek","Dr",None),("Matheson","Blvd",["E","W"]),("Courtneypark","Dr",["E","W"]),("Industrial","Pkwy",["N","S"]),
         ("Pinebush","Rd",None),("Edgeley","Blvd",None),("Trade Valley","Dr",None)],
 "OTT": [("Bank","St",None),("Elgin","St",None),("Rideau","St",None),("Somerset","St",["W"]),("Wellington","St",["W"]),
         ("Carling","Ave",None),("Merivale","Rd",None),("St. Laurent","Blvd",None),("Montreal","Rd",None),("Innes","Rd",None),
         ("Hunt Club","Rd",None),("Baseline","Rd",None),("Hazeldean","Rd",None),("March","Rd",None),("Terry Fox","Dr",None),
         ("Preston","St",None),("Bronson","Ave",None),("Industrial","Ave",None),("Belfast","Rd",None),("Colonnade","Rd",None),
         ("Antares","Dr",None),("Jeanne d'Arc","Blvd",["N"]),("St. Joseph","Blvd",None),("Walkley","Rd",None),("Cyrville","Rd",None)],
 "ON":  [("Main","St",["N","S","E","W"]),("King","St",["E","W"]),("Queen","St",None),("Victoria","St",None),("Wellington","St",None),
         ("Water","St",None),("Mill","St",None),("Church","St",None),("Erie","St",None),("Ontario","St",None),("Elm","St",None),
         ("Maple","Ave",None),("Industrial","Rd",None),("Commerce","Cres",None),("Enterprise","Dr",None),("Progress","Dr",None),
         ("Huron","St",None),("Dundas","St",None),("Riverside","Dr",None),("Lakeshore","Rd",None),("Trillium","Dr",None),
         ("Courtland","Ave",None),("Heritage","Rd",None),("Sunnyside","Ave",None),("Weber","St",["N","S"]),("Victoria","Rd",None),
         ("Speedvale","Ave",None),("Princess","St",None),("Division","St",None),("Bath","Rd",None),("Talbot","St",None),
         ("Wyandotte","St",["E","W"]),("Ouellette","Ave",None),("Notre Dame","Ave",None),("Lasalle","Blvd",None),
         ("Regent","St",None),("Memorial","Ave",None),("Bay","St",None),("Second","Ave",["E","W"]),("Pitt","St",None),("7","Hwy",None)],
 "VAN": [("Granville","St",None),("Hastings","St",["W","E"],1),("Main","St",None),("Commercial","Dr",None),("Fraser","St",None),
         ("Kingsway",None,None),("Broadway",None,["W","E"],1),("Marine","Dr",["SE","SW"],1),("Cambie","St",None),
         ("Victoria","Dr",None),("Powell","St",None),("Clark","Dr",None),("4th","Ave",["W"],1),("Robson","St",None),
         ("Denman","St",None),("Boundary","Rd",None),("Knight","St",None),("Pender","St",["W","E"],1),("Davie","St",None),
         ("Dunbar","St",None),("41st","Ave",["W","E"],1),("49th","Ave",["E"],1)],
 "BCGRID": [("72","Ave",None),("88","Ave",None),("64","Ave",None),("152","St",None),("128","St",None),("King George","Blvd",None),
         ("Fraser","Hwy",None),("Scott","Rd",None),("200","St",None),("Glover","Rd",None),("South Fraser","Way",None),
         ("Marshall","Rd",None),("Clearbrook","Rd",None),("56","Ave",None),("192","St",None),("96","Ave",None)],
 "BC":  [("Main","St",None),("Douglas","St",None),("Government","St",None),("Harvey","Ave",None),("Pandosy","St",None),
         ("Columbia","St",None),("Victoria","St",None),("Front","St",None),("Industrial","Way",None),("Lakeshore","Rd",None),
         ("Riverside","Dr",None),("Commercial","St",None),("Island","Hwy",["N","S"]),("Yale","Rd",None),("Cedar","Ave",None),
         ("Spruce","St",None),("Alder","St",None),("Hemlock","Dr",None),("No. 3","Rd",None),("Lougheed","Hwy",None),
         ("Kingsway",None,None),("Lonsdale","Ave",None),("Austin","Ave",None),("Westminster","Hwy",None),("Bridgeport","Rd",None),
         ("Willingdon","Ave",None),("Canada","Way",None),("Blanshard","St",None),("Quadra","St",None),("Fort","St",None),
         ("Yates","St",None),("Tranquille","Rd",None),("Seymour","St",None),("Victoria","Ave",None)],
 "RUR_ON_E": [("3","Conc",None),("5","Conc",None),("9","Conc",None),("17","CountyRd",None),("22","CountyRd",None),("9","CountyRd",None),
         ("St. Isidore","Rd",None),("Russell","Rd",None),("Boundary","Rd",None),("Dominion","Rd",None),("43","CountyRd",None),("Ste-Marie","Rd",None)],
 "RUR_ON_SW": [("86","Line",None),("72","Line",None),("55","Line",None),("43","Line",None),("15","Sideroad",None),("10","Sideroad",None),
         ("89","Hwy",None),("86","Hwy",None),("Ament","Line",None),("Northfield","Dr",["E","W"]),("Arthur","St",["N","S"]),("Perth Line 26","",None),
         ("Sawmill","Rd",None),("Kressler","Rd",None)],
 "RUR_ON": [("3","Conc",None),("7","Conc",None),("10","Conc",None),("17","CountyRd",None),("35","CountyRd",None),("7","Hwy",None),
         ("Talbot","Trail",None) if False else ("Talbot","Rd",None),("Lakeshore","Rd",None),("Queen","St",None)],
 "RUR_BC_FV": [("Huntingdon","Rd",None),("Ross","Rd",None),("Sumas Prairie","Rd",None),("Lougheed","Hwy",None),("Yale","Rd",None),
         ("McCallum","Rd",None),("Bradner","Rd",None),("Mt. Lehman","Rd",None),("Vedder","Rd",None),("Chilliwack Central","Rd",None),
         ("Prairie Central","Rd",None),("Harris","Rd",None),("264","St",None),("Zero","Ave",None)],
 "RUR_BC_INT": [("Black Sage","Rd",None),("97","Hwy",None),("Pleasant Valley","Rd",None),("Salmon River","Rd",None),("Otter Lake","Rd",None),
         ("Hallam","Rd",None),("KLO","Rd",None),("Old Vernon","Rd",None),("Glenmore","Rd",None),("Westside","Rd",None),("97A","Hwy",None),
         ("Rose Hill","Rd",None),("Westsyde","Rd",None)],
}
# French streets: (type, name, directions)
ST_FR = {
 "MTL": [("rue","Sainte-Catherine",["O","E"]),("rue","Saint-Denis",None),("boul","Saint-Laurent",None),("boul","René-Lévesque",["O","E"]),
         ("rue","Sherbrooke",["O","E"]),("rue","Notre-Dame",["O","E"]),("av","du Mont-Royal",["E","O"]),("rue","Jean-Talon",["E","O"]),
         ("rue","Bélanger",None),("boul","Henri-Bourassa",["E","O"]),("boul","Décarie",None),("rue","Wellington",None),
         ("rue","Ontario",["E"]),("boul","Saint-Michel",None),("rue","Fleury",["E","O"]),("av","Papineau",None),("rue","Beaubien",["E"]),
         ("boul","Pie-IX",None),("rue","Chabanel",["O"]),("rue","Saint-Antoine",["O"]),("rue","Saint-Jacques",None),
         ("av","Laurier",["O","E"]),("rue","Masson",None),("rue","Saint-Hubert",None),("boul","Saint-Joseph",["E"]),
         ("av","Van Horne",None),("ch","de la Côte-des-Neiges",None),("boul","Langelier",None),("rue","Sauvé",["O"]),
         ("boul","Lacordaire",None),("rue","Hochelaga",None)],
 "QCC": [("boul","Wilfrid-Hamel",None),("ch","Sainte-Foy",None),("boul","Laurier",None),("rue","Saint-Joseph",["E"]),
         ("rue","Saint-Jean",None),("boul","Charest",["O","E"]),("av","Cartier",None),("rue","Saint-Paul",None),
         ("boul","Pierre-Bertrand",None),("rue","Bouvier",None),("av","Maguire",None),("boul","Lebourgneuf",None),
         ("rue","de la Couronne",None),("boul","de l'Ormière",None),("boul","Sainte-Anne",None),("rue","du Marais",None),
         ("av","Industrielle",None)],
 "QC":  [("rue","Principale",None),("rue","Notre-Dame",None),("rue","Saint-Jacques",None),("rue","Saint-Georges",None),
         ("boul","Industriel",None),("rue","de l'Église",None),("rue","des Érables",None),("rue","du Parc",None),
         ("boul","Saint-Joseph",None),("boul","Saint-Laurent",None),("rue","Champlain",None),("boul","Laurier",None),
         ("rue","Frontenac",None),("rue","de la Gare",None),("rue","Saint-Louis",None),("rue","des Pins",None),
         ("boul","Cartier",None),("rue","Bellevue",None),("boul","Lafontaine",None),("boul","Marie-Victorin",None),
         ("boul","Sir-Wilfrid-Laurier",None),("boul","des Laurentides",None),("boul","Taschereau",None),
         ("rue","Wellington",["N","S"]),("boul","de la Concorde",["E","O"]),("boul","Curé-Labelle",None),("rue","Dollard",None),
         ("boul","Saint-Martin",["O","E"]),("av","Saint-Charles",None),("boul","Maloney",["O","E"]),("boul","Gréber",None)],
 "RUR_QC": [("rang","Saint-Joseph",None),("rang","Sainte-Anne",None),("rang","Double",None),("rang","Saint-Charles",None),
         ("rang","de la Rivière",None),("rang","du Bas-de-la-Rivière",None),("rang","Saint-Pierre",None),
         ("ch","de la Grande-Ligne",None),("ch","du Rang-Double",None),("rte","133",None),("rte","112",None),
         ("rangnum","2",None),("rangnum","3",None),("rangnum","4",None),("rangnum","6",None),("montee","Saint-François",None)],
}

TYPE_EN = {'St':['Street','St','St.'],'Ave':['Avenue','Ave','Ave.'],'Rd':['Road','Rd','Rd.'],'Dr':['Drive','Dr','Dr.'],
           'Blvd':['Boulevard','Blvd','Blvd.'],'Cres':['Crescent','Cres','Cres.'],'Crt':['Court','Crt','Ct'],'Way':['Way','Way','Way'],
           'Pkwy':['Parkway','Pkwy','Pkwy.'],'Hwy':['Highway','Hwy','Hwy.'],'Line':['Line','Line','Line'],
           'Conc':['Concession','Conc','Conc.'],'Lane':['Lane','Lane','Ln'],'Sideroad':['Sideroad','Side Rd','Sdrd'],'CountyRd':['County Road','County Rd','Cty Rd']}
PRE_TYPES = {'Hwy','Conc','Sideroad','CountyRd'}
DIR_EN = {'W':['West','W','W.'],'E':['East','E','E.'],'N':['North','N','N.'],'S':['South','S','S.'],
          'SE':['Southeast','SE','SE'],'SW':['Southwest','SW','SW']}
TYPE_FR = {'rue':['rue','rue','rue'],'boul':['boulevard','boul.','bd'],'av':['avenue','av.','av'],'ch':['chemin','ch.','ch'],
           'rang':['rang','rang','rg'],'montee':['montée','montée','mtée'],'rte':['route','route','rte']}
DIR_FR = {'O':['Ouest','O','O.'],'E':['Est','E','E.'],'N':['Nord','N','N.'],'S':['Sud','S','S.']}
FR2EN_TYPE = {'rue':'St','boul':'Blvd','av':'Ave','ch':'Rd'}
FR2EN_DIR = {'O':'W','E':'E','N':'N','S':'S'}

REGION = {'ON':['ON','Ontario','Ont.','ON','ON'], 'QC':['QC','Québec','Quebec','Qué.','PQ','Que.'], 'BC':['BC','British Columbia','B.C.','BC']}

# ----------------------------------------------------------------- people
N = {}
N['en'] = dict(
 m="James John Robert Michael William David Richard Joseph Thomas Christopher Daniel Matthew Anthony Steven Andrew Kevin Brian Jason Mark Paul Scott Ryan Jeffrey Gregory Timothy Kenneth Ronald Donald Gary Douglas Gerald Patrick Peter Brad Trevor Darren Shawn Kyle Tyler Colin Graham Ian Neil Wayne Dale Glen Murray Stuart Craig Derek Edward Nicholas Samuel Benjamin Alexander Jonathan Lawrence Raymond Frederick Charles".split(),
 f="Mary Jennifer Elizabeth Susan Margaret Sarah Karen Nancy Lisa Michelle Laura Kimberly Deborah Rebecca Amanda Stephanie Heather Melissa Nicole Jessica Catherine Christine Shannon Tracy Kelly Wendy Janet Brenda Colleen Sandra Patricia Barbara Pamela Victoria Samantha Cynthia Judith Lauren Megan Erin Allison Kathleen Joanne Andrea Leslie Tanya Krista Courtney".split(),
 l="Smith Brown Wilson MacDonald Taylor Campbell Anderson Thompson Martin Stewart Johnston Scott Murray Reid Clarke Young Robertson Walker Wright White Mitchell Kelly Morrison Ross Fraser Graham Hamilton Henderson Mackenzie Cameron Ferguson Bell Murphy O'Brien Sullivan McLean Harris Lewis Hughes Baker Cooper Parker Collins Bennett Ward Turner Hunter Russell Gordon Dunn Kennedy Grant Hill Lawson Moore Jackson Davidson Ellis Foster Gibson Hayes Irving Knight Lamb Marshall Nash Palmer Quinn Rogers Sinclair Tait Webb Boyd Doyle Flanagan Gallagher McKay Armstrong Patterson Wallace Chisholm".split())
N['fr'] = dict(
 m="Jean Pierre Michel Luc Marc André Daniel Alain Sylvain Stéphane Martin François Jean-François Jean-Philippe Mathieu Sébastien Maxime Alexandre Nicolas Guillaume Simon Éric Patrick Yves Denis Gilles Réjean Gaétan Benoît Frédéric Louis Olivier Philippe Vincent Jérôme Hugo Gabriel Julien Normand Serge Claude Marcel Richard Steve Dany Jocelyn Mario".split(),
 f="Marie Josée Nathalie Isabelle Julie Chantal Sylvie Manon Lucie Johanne Caroline Mélanie Geneviève Marie-Ève Marie-Claude Annie Valérie Véronique Catherine Émilie Stéphanie Karine Sophie Audrey Hélène Francine Diane Louise Nicole Ginette Lise Danielle Martine Sonia Andrée-Anne Mireille Line".split(),
 l="Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier Bélanger Lévesque Bergeron Leblanc Paquette Girard Simard Boucher Caron Beaulieu Cloutier Dubé Poirier Fournier Lapointe Leclerc Lefebvre Poulin Thibault St-Pierre Nadeau Martin Landry Martel Bédard Grenier Lessard Bernier Richard Michaud Hébert Desjardins Couture Turcotte Lachance Parent Blais Gosselin Savard Proulx Beaudoin Demers Perron Boudreau Rousseau Deschênes Séguin Champagne Giroux Thériault Émond Ménard Lacroix Dufresne Béland Charbonneau Vézina Labrecque Brisson Boisvert Dionne Larocque Gingras Asselin Chabot Corriveau".split())
N['it'] = dict(
 m="Giuseppe Antonio Salvatore Francesco Giovanni Luigi Marco Paolo Domenico Vincenzo Rocco Carmine Angelo Mario Dino Enzo Sergio Fabio".split(),
 f="Maria Anna Rosa Giuseppina Carmela Lucia Teresa Angela Francesca Gina Rita Connie Silvana Elena Loredana".split(),
 l="Rossi Russo Esposito Romano Colombo Ricci DiMarco De Luca Costa Giordano Mancini Lombardi Moretti Barbieri Fontana Santoro Marino Greco Bruno Conti Ferrari Rizzo Caruso Gallo D'Angelo Iacono DiNardo Pasquale Vitale Longo Mazzotta Cardinale Tedesco Battaglia".split())
N['pt'] = dict(m="José Manuel António João Carlos Fernando Paulo Luís Jorge Rui Nelson Victor".split(),
 f="Maria Ana Fátima Isabel Rosa Lúcia Paula Teresa Cristina Sandra".split(),
 l="Silva Santos Ferreira Pereira Oliveira Sousa Medeiros Furtado Rego Pacheco Cabral Melo Carvalho Amaral Moniz Raposo Tavares".split())
N['gr'] = dict(m="Georgios George Nick Konstantinos Dimitrios Peter Chris Steve Theo Angelo Gus Spiros".split(),
 f="Maria Eleni Helen Georgia Katerina Sophia Voula Anna".split(),
 l="Papadopoulos Georgiou Nikolaidis Konstantinou Pappas Karras Demetriou Vlahos Kostopoulos Antonopoulos Galanis Mavros".split())
N['cn'] = dict(m="Wei Jun Ming Hao Jian Kevin Jason Eric Tony Michael Raymond Kenneth Alan Vincent Johnny Peter Henry Calvin Derek".split(),
 f="Mei Ying Xiaomei Grace Cindy Jenny Winnie Amy Helen Fiona Karen Wendy Iris Joyce Vivian".split(),
 l="Wong Chan Li Zhang Wang Chen Liu Lam Ng Leung Ho Cheung Lau Yip Tang Zhou Huang Lin Xu Lee Chow Yu Kwan Tse".split())
N['sa'] = dict(m="Harpreet Gurpreet Jaspreet Manpreet Amandeep Rajinder Sukhwinder Navdeep Parminder Ravi Sanjay Anil Rajesh Imran Faisal Tariq Vikram Arjun Hardeep Jasbir Kuldeep Mandeep".split(),
 f="Harpreet Jaspreet Manpreet Priya Neha Ayesha Sana Pooja Simran Kiran Rupinder Navneet Sunita Anita Deepa".split(),
 l="Singh Dhillon Sandhu Gill Grewal Sidhu Brar Patel Shah Sharma Gupta Khan Ahmed Malik Chaudhry Mann Bains Toor Johal Sangha Virk Desai Mehta Joshi".split())
N['ar'] = dict(m="Mohamed Ahmad Ali Omar Karim Samir Georges Elie Fadi Rami Joseph Nabil Walid Khalil".split(),
 f="Rima Nadia Layla Maya Rania Mireille Nathalie Zeina Hala Samira".split(),
 l="Haddad Khoury Saad Nassar Habib Abboud Chami Daher Farah Hajj Karam Mansour Sleiman Younes Azar".split())
N['vn'] = dict(m="Minh Tuan Hung Duc Long Nam Thanh Quang Binh".split(), f="Linh Lan Mai Hoa Thu Ngoc Trang Huong".split(),
 l="Nguyen Tran Le Pham Hoang Vu Vo Dang Bui Do Ngo Duong".split())
N['ph'] = dict(m="Jose Mark Ramon Rommel Jerome Christian Ronald Edgar Arnel".split(), f="Maria Grace Joy Rowena Maricel Jocelyn Rosalie Cherry".split(),
 l="Santos Reyes Cruz Bautista Garcia Mendoza Ramos Aquino Villanueva Castillo Gonzales Fernandez Navarro".split())
N['ua'] = dict(m="Andriy Taras Mykola Stefan Walter Roman Peter Jan Piotr Tomasz Marek Krzysztof".split(),
 f="Olena Natalia Oksana Halyna Anna Irena Katarzyna Agnieszka Joanna".split(),
 l="Kowalski Nowak Wozniak Kovalenko Shevchenko Boyko Melnyk Hrynyk Tkachuk Kowalczyk Lewandowski Zielinski Bondarenko Petryshyn Sawchuk Kozak".split())
N['nl'] = dict(m="Gerald Henry John Peter Jacob Abram Cornelius Daniel Wilfred Menno Elmer Ivan Kenneth Hendrik Willem Dirk Klaas Gerrit Arie Harold Mervin Nelson Leroy".split(),
 f="Anna Susan Mary Martha Elizabeth Helen Katharina Margaret Ruth Esther Lydia Irene Janet Johanna Wilma Gerda Tineke Ingrid".split(),
 l="Wiebe Friesen Dueck Penner Klassen Martin Bauman Brubacher Weber Shantz Thiessen Enns Reimer Peters Janzen Van Dyk Vanderveen De Boer Bakker Hoekstra Schneider Zehr Gingerich Roth Kuepfer Frey Horst Jantzi Van Bergen Visser De Jong Kuipers".split())
# two-word surnames in the split lists above were split; fix:
N['it']['l'] = [x for x in N['it']['l'] if x not in ('De','Luca')] + ['De Luca']
N['nl']['l'] = [x for x in N['nl']['l'] if x not in ('Van','Dyk','De','Boer','Bergen','Jong')] + ['Van Dyk','De Boer','Van Bergen','De Jong']

# genuine nicknames / short forms only (no translations)
NICK = {
 'Robert':['Bob','Rob'], 'William':['Bill','Will'], 'Michael':['Mike'], 'James':['Jim','Jamie'], 'Richard':['Rick','Rich'],
 'Joseph':['Joe'], 'Thomas':['Tom'], 'Christopher':['Chris'], 'Daniel':['Dan','Danny'], 'Matthew':['Matt'], 'Anthony':['Tony'],
 'Steven':['Steve'], 'Andrew':['Andy','Drew'], 'Kenneth':['Ken'], 'Ronald':['Ron'], 'Donald':['Don'], 'Douglas':['Doug'],
 'Gerald':['Gerry'], 'Patrick':['Pat'], 'Peter':['Pete'], 'Jeffrey':['Jeff'], 'Gregory':['Greg'], 'Timothy':['Tim'],
 'Edward':['Ed','Eddie','Ted'], 'Nicholas':['Nick'], 'Samuel':['Sam'], 'Benjamin':['Ben'], 'Alexander':['Alex'], 'Jonathan':['Jon'],
 'Lawrence':['Larry'], 'Raymond':['Ray'], 'Frederick':['Fred'], 'Charles':['Charlie'],
 'Elizabeth':['Liz','Beth'], 'Margaret':['Maggie','Marg'], 'Susan':['Sue'], 'Jennifer':['Jen','Jenny'], 'Kimberly':['Kim'],
 'Deborah':['Deb','Debbie'], 'Rebecca':['Becky'], 'Stephanie':['Steph'], 'Jessica':['Jess'], 'Catherine':['Cathy','Kate'],
 'Christine':['Chris'], 'Patricia':['Pat','Trish'], 'Barbara':['Barb'], 'Pamela':['Pam'], 'Victoria':['Vicky'], 'Samantha':['Sam'],
 'Cynthia':['Cindy'], 'Judith':['Judy'], 'Sandra':['Sandy'], 'Kathleen':['Kathy'], 'Amanda':['Mandy'],
 'Jean-François':['J-F','JF'], 'Jean-Philippe':['J-P','JP'], 'Alexandre':['Alex'], 'Frédéric':['Fred'], 'Nicolas':['Nico'],
 'Sébastien':['Seb'], 'Maxime':['Max'], 'Isabelle':['Isa'], 'Véronique':['Véro'], 'Stéphanie':['Steph'],
 'Giuseppe':['Pino'], 'Salvatore':['Sal'], 'Antonio':['Tony'], 'Vincenzo':['Enzo'], 'Domenico':['Dom'],
 'Henry':['Hank'], 'Hendrik':['Henk'], 'Cornelius':['Neil'], 'Abram':['Abe'], 'Jacob':['Jake'], 'Konstantinos':['Kostas','Gus'],
 'Dimitrios':['Jim','Jimmy'], 'Georgios':['George'],
}

ISP = {
 'ON': [('gmail.com',35),('hotmail.com',15),('outlook.com',6),('yahoo.ca',6),('rogers.com',8),('sympatico.ca',8),('bell.net',5),('cogeco.ca',4),('live.ca',3),('icloud.com',4)],
 'ON_R': [('gmail.com',25),('hotmail.com',10),('sympatico.ca',12),('execulink.com',10),('wightman.ca',6),('xplornet.com',6),('bell.net',5),('yahoo.ca',4)],
 'QC': [('gmail.com',30),('hotmail.com',22),('videotron.ca',18),('outlook.com',5),('yahoo.ca',5),('sympatico.ca',6),('live.ca',5),('globetrotter.net',4),('cgocable.ca',3),('icloud.com',2)],
 'QC_R': [('gmail.com',25),('hotmail.com',20),('videotron.ca',12),('globetrotter.net',10),('sympatico.ca',8),('cgocable.ca',5),('xplornet.com',5)],
 'BC': [('gmail.com',35),('shaw.ca',18),('telus.net',15),('hotmail.com',12),('outlook.com',5),('yahoo.ca',5),('icloud.com',5)],
 'BC_R': [('gmail.com',30),('shaw.ca',22),('telus.net',22),('hotmail.com',10),('xplornet.com',5)],
}

# ----------------------------------------------------------------- business vocab
PLACE_EN = {
 'BC': "Fraser Valley|Okanagan|Pacific|Coastal|North Shore|Island|Sunshine Coast|Kootenay|Cariboo|Thompson Valley|West Coast".split('|'),
 'ALL': "Maple|Northern|Harbour|Cedar|Summit|Pinnacle|Precision|Superior|Royal|Crown|Heritage|Golden|Evergreen|True North|Highland|Riverside|Westside|Eastside|Bayview|Parkside|Oakridge|Pine Ridge|Silver Creek|Red Cedar|Blue Mountain|Aurora|Apex|Keystone|Cornerstone|Ironwood|Stonegate|Fairview|Lakeview|Hillcrest|Westview|Capital|Birchwood|Northstar|Granite|Redwood|Timberline|Clearwater|Sterling|Meridian|Beacon|Landmark|Benchmark".split('|'),
}
PLACE_EN['ON'] = "Niagara|Lakeshore|Rideau|Muskoka|Kawartha|Great Lakes|Georgian Bay|Grand River|Trillium|Ottawa Valley|Quinte|Essex|Huron|Limestone".split('|')
PLACE_FR_GEN = "Boréal|Nordik|des Érables|du Fleuve|Horizon|Prestige|Élite|Alliance|Sommet|Belvédère|Soleil|Citadelle|Bel-Air|Val-Joli|Beauséjour".split('|')
PLACE_FR_QC = "Laurentien|Saint-Laurent|Outaouais|Estrie|Beauce|Mauricie|Rive-Sud|Rive-Nord|Capitale|Laurentides|Richelieu|Montérégie|Côte-Nord|Charlevoix|Lanaudière|Appalaches|Chaudière|Cap-Rouge".split('|')
PLACE_FR = PLACE_FR_GEN + PLACE_FR_QC
NOUN_FR = "Griffon|Coq|Vieux Moulin|Petit Bedon|Manoir|Phare|Relais|Chalet|Pionnier|Cellier|Quai|Fournil|Castor|Héron|Grand Pic|Boucanier|Festin|Cabanon|Tournesol|Pélican".split('|')
ADJ_EN = "Rusty Golden Hungry Salty Copper Black Red Blue Green Crooked Lazy Silver Smoky Jolly Happy Iron Wild".split()
NOUN_EN = "Anchor Fork Spoon Kettle Goose Fox Bear Moose Loon Lantern Barrel Oak Pig Rooster Beaver Heron Wolf Otter Raven".split()

GENERIC_RESTO_EN = ["Golden Dragon Restaurant","Happy Garden","Olympia Restaurant","Sunrise Diner","Casa Mia Ristorante",
 "Bella Vista Pizzeria","Royal India","Marathon Family Restaurant","Athens Restaurant","Lucky Star Chinese Food","Sushi Sakura",
 "Pho Hoa","Taj Mahal Restaurant","New Star Restaurant","Mamma Mia Pizza","Village Pizza","Country Kitchen","Main Street Diner",
 "Golden Wok","Little Italy Pizzeria","Mr. Sushi","Star of India","Acropolis Restaurant","Corner Café","Pizza Palace"]
GENERIC_RESTO_FR = ["Restaurant Le Bon Goût","Casse-Croûte du Coin","Pizzeria Roma","Restaurant Marathon","Resto du Village",
 "Le Petit Café","Café du Coin","Restaurant L'Étoile","Pizza Royale","Restaurant Normandie","Resto-Bar Le Central",
 "Restaurant Le Manoir","Casse-Croûte Chez Ginette","Pizzeria Napoli","Restaurant Chez Mado"]

SUF = {
 'inc':     ('Inc.',    ['Inc','Incorporated','INC.','inc.']),
 'inc_fr':  ('inc.',    ['Inc.','inc','Inc','INC.']),
 'ltd':     ('Ltd.',    ['Ltd','Limited','LTD.']),
 'limited': ('Limited', ['Ltd.','Ltd','LIMITED']),
 'ltee':    ('ltée',    ['Ltée','ltee','Ltée.','limitée']),
 'ltd_ltee':('Ltd./Ltée',['Ltd','Ltée','Ltd/Ltée','Ltd./Ltee']),
 'corp':    ('Corp.',   ['Corporation','Corp']),
 'senc':    ('S.E.N.C.',['SENC','s.e.n.c.','senc']),
 'enr':     ('enr.',    ['Enr.','ENR.','enr']),
 'none':    ('',        ['']),
}

# abbreviation rules for names: (regex, replacement)
ABBR = [
 (r'\bBrothers\b','Bros.'), (r'\bBros\.', 'Brothers'), (r'\bCompany\b','Co.'), (r'\bConstruction\b','Const.'),
 (r'^Restaurant\b','Resto'), (r'\bDistribution\b','Distr.'), (r'\bServices\b','Svcs'), (r'\bInternational\b','Intl'),
 (r'^Les Entreprises\b','Ent.'), (r'\bRénovations\b','Réno'), (r'\bRenovations\b','Renos'), (r'\bCentre\b','Ctr'),
 (r'\bProperty Management\b','Property Mgmt'), (r'\bManagement\b','Mgmt'), (r'\bMountain\b','Mtn'),
 (r'\bRoyal Canadian Legion Branch\b','Legion Br.'), (r'\bHeating & Air Conditioning\b','Heating & A/C'),
 (r'\bRetirement Residence\b','Retirement Res.'), (r'\bFamily Restaurant\b','Family Rest.'), (r'\bPlumbing & Heating\b','Plumbing and Heating'),
 (r'\bBar & Grill\b','Bar and Grill'), (r'\bLandscaping\b','Landscape'), (r'\bContracting\b','Contractors'),
 (r'\bExcavation\b','Excav.'), (r'\bBoulangerie\b','Boul.'), (r'\bÉpicerie\b','Épic.'), (r'\bDépanneur\b','Dep.'),
 (r'\bAssociation\b','Assoc.'), (r'\bMechanical\b','Mech.'), (r'\bCatering\b','Caterers'),
]

ROLE = {
 'en': dict(main=['info','orders','office','admin','sales','contact','hello'], ap=['ap','accounting','accounts','payables','billing','invoices','accountspayable'],
            orders=['orders','purchasing','order','ordering']),
 'fr': dict(main=['info','commandes','bureau','admin','reception','administration'], ap=['comptabilite','compta','facturation','comptespayables','ap'],
            orders=['commandes','achats','approvisionnement']),
}

# ---------------------------------------------------------------- per-city street lists
# EN spec "Name|Type|Dirs[|p]" (p = direction written before the name); FR spec "@type|Name|Dirs"
CITY_ST = {
 "Toronto": "Queen|St|W,E;King|St|W,E;Dundas|St|W,E;College|St|;Bloor|St|W,E;Yonge|St|;Spadina|Ave|;Danforth|Ave|;Gerrard|St|E;Ossington|Ave|;Roncesvalles|Ave|;Eastern|Ave|;Carlaw|Ave|;Bathurst|St|;Dufferin|St|;Front|St|W,E;Adelaide|St|W,E;Parliament|St|;Church|St|;Jarvis|St|;St. Clair|Ave|W,E;Caledonia|Rd|;Weston|Rd|;Queens Quay|St|W",
 "North York": "Yonge|St|;Sheppard|Ave|W,E;Finch|Ave|W,E;Steeles|Ave|W,E;Wilson|Ave|;Dufferin|St|;Keele|St|;Jane|St|;Bathurst|St|;Lawrence|Ave|W,E;Don Mills|Rd|;Alness|St|;Chesswood|Dr|;Champagne|Dr|",
 "Etobicoke": "Kipling|Ave|;Islington|Ave|;Dixon|Rd|;Martin Grove|Rd|;Rexdale|Blvd|;The Queensway||;Lake Shore|Blvd|W;Bloor|St|W;Dundas|St|W;Evans|Ave|;Royal York|Rd|;Carrier|Dr|",
 "Scarborough": "Kennedy|Rd|;Midland|Ave|;Warden|Ave|;Victoria Park|Ave|;Progress|Ave|;Sheppard|Ave|E;Finch|Ave|E;Lawrence|Ave|E;Eglinton|Ave|E;Markham|Rd|;McCowan|Rd|;Danforth|Rd|;Ellesmere|Rd|;Milner|Ave|",
 "Mississauga": "Dundas|St|E,W;Hurontario|St|;Dixie|Rd|;Britannia|Rd|E,W;Derry|Rd|E,W;Airport|Rd|;Tomken|Rd|;Mavis|Rd|;Matheson|Blvd|E,W;Courtneypark|Dr|E,W;Eglinton|Ave|E,W;Lakeshore|Rd|E,W;Burnhamthorpe|Rd|E,W;Cawthra|Rd|;Kennedy|Rd|",
 "Brampton": "Queen|St|E,W;Main|St|N,S;Steeles|Ave|E,W;Bramalea|Rd|;Airport|Rd|;Kennedy|Rd|N,S;Hurontario|St|;Bovaird|Dr|E,W;Sandalwood|Pkwy|E,W;Dixie|Rd|;Williams|Pkwy|;Torbram|Rd|",
 "Woodbridge": "7|Hwy|;Weston|Rd|;Rutherford|Rd|;Pine Valley|Dr|;Woodbridge|Ave|;Trade Valley|Dr|;Steeles|Ave|W;Jane|St|;Langstaff|Rd|;27|Hwy|",
 "Concord": "Edgeley|Blvd|;Keele|St|;Jane|St|;7|Hwy|;Steeles|Ave|W;Bowes|Rd|;Millway|Ave|;Creditstone|Rd|;Dufferin|St|;Langstaff|Rd|",
 "Markham": "7|Hwy|E;Woodbine|Ave|;Kennedy|Rd|;Warden|Ave|;McCowan|Rd|;Main St Unionville||;Steeles|Ave|E;Denison|St|;Allstate|Pkwy|;Esna Park|Dr|;Bullock|Dr|",
 "Richmond Hill": "Yonge|St|;Major Mackenzie|Dr|E,W;Bayview|Ave|;Leslie|St|;East Beaver Creek|Rd|;West Beaver Creek|Rd|;16th|Ave|;Elgin Mills|Rd|E,W",
 "Oakville": "Trafalgar|Rd|;Speers|Rd|;Lakeshore|Rd|E,W;Dundas|St|E,W;Cornwall|Rd|;Kerr|St|;Wyecroft|Rd|;Iroquois Shore|Rd|;Upper Middle|Rd|E",
 "Burlington": "Brant|St|;Fairview|St|;Plains|Rd|E,W;Appleby|Line|;Walkers|Line|;Harvester|Rd|;Guelph|Line|;North Service|Rd|;Mainway||",
 "Hamilton": "Barton|St|E,W;King|St|E,W;Main|St|E,W;Upper James|St|;James|St|N,S;Upper Wentworth|St|;Parkdale|Ave|N;Kenilworth|Ave|N;Ottawa|St|N;Nikola Tesla|Blvd|;Rymal|Rd|E",
 "Oshawa": "Simcoe|St|N,S;King|St|E,W;Ritson|Rd|N;Bond|St|E,W;Taunton|Rd|E;Wilson|Rd|S;Harmony|Rd|N;Champlain|Ave|",
 "Whitby": "Brock|St|N,S;Dundas|St|E,W;Thickson|Rd|S;Hopkins|St|;Consumers|Dr|;Victoria|St|W;Taunton|Rd|E",
 "Barrie": "Bayfield|St|;Essa|Rd|;Dunlop|St|E,W;Yonge|St|;Bradford|St|;Duckworth|St|;Mapleview|Dr|E,W;Cundles|Rd|E;Welham|Rd|",
 "Kitchener": "King|St|E,W;Victoria|St|N,S;Weber|St|E,W;Fairway|Rd|S;Courtland|Ave|E;Ottawa|St|S;Homer Watson|Blvd|;Manitou|Dr|;Highland|Rd|W",
 "Waterloo": "King|St|N,S;Weber|St|N;University|Ave|E,W;Erb|St|E,W;Columbia|St|W;Northfield|Dr|W;Bridgeport|Rd|E",
 "Guelph": "Speedvale|Ave|E,W;Gordon|St|;Woolwich|St|;Stone|Rd|W;Woodlawn|Rd|W;Wyndham|St|N;Elizabeth|St|;Victoria|Rd|S;Eramosa|Rd|",
 "London": "Dundas|St|;Wellington|Rd|;Oxford|St|E,W;Richmond|St|;Wharncliffe|Rd|S;Highbury|Ave|N;Adelaide|St|N;Hamilton|Rd|;Exeter|Rd|;Clarke|Rd|",
 "Windsor": "Wyandotte|St|E,W;Ouellette|Ave|;Tecumseh|Rd|E,W;Walker|Rd|;Howard|Ave|;Dougall|Ave|;Drouillard|Rd|;Huron Church|Rd|;Ottawa|St|",
 "St. Catharines": "Ontario|St|;Welland|Ave|;Geneva|St|;Lake|St|;Niagara|St|;Glendale|Ave|;Hartzel|Rd|;Scott|St|;Queenston|St|",
 "Niagara Falls": "Lundy's|Lane|;Victoria|Ave|;Portage|Rd|;Thorold Stone|Rd|;Drummond|Rd|;Montrose|Rd|;Main|St|;Stanley|Ave|;Dorchester|Rd|",
 "Kingston": "Princess|St|;Division|St|;Bath|Rd|;Gardiners|Rd|;Montreal|St|;Ontario|St|;Brock|St|;John Counter|Blvd|;Dalton|Ave|",
 "Ottawa": "Bank|St|;Elgin|St|;Rideau|St|;Somerset|St|W;Wellington|St|W;Carling|Ave|;Preston|St|;Bronson|Ave|;Montreal|Rd|;St. Laurent|Blvd|;Industrial|Ave|;Belfast|Rd|;Cyrville|Rd|;Walkley|Rd|;Hunt Club|Rd|;Merivale|Rd|",
 "Nepean": "Merivale|Rd|;Baseline|Rd|;Hunt Club|Rd|;Colonnade|Rd|;Prince of Wales|Dr|;Woodroffe|Ave|;Strandherd|Dr|;Fallowfield|Rd|;Antares|Dr|",
 "Kanata": "Terry Fox|Dr|;March|Rd|;Hazeldean|Rd|;Eagleson|Rd|;Kanata|Ave|;Legget|Dr|;Campeau|Dr|",
 "Orléans": "Jeanne d'Arc|Blvd|N,S;St. Joseph|Blvd|;Innes|Rd|;Tenth Line|Rd|;Orléans|Blvd|;Trim|Rd|;Mer Bleue|Rd|",
 "Peterborough": "George|St|N,S;Lansdowne|St|E,W;Chemong|Rd|;Water|St|;Hunter|St|W;Park|St|N;Parkhill|Rd|W",
 "Sudbury": "Notre Dame|Ave|;Lasalle|Blvd|;Regent|St|;Kingsway||;Barrydowne|Rd|;Elm|St|;Paris|St|;Lorne|St|;Falconbridge|Rd|",
 "Sault Ste. Marie": "Great Northern|Rd|;Queen|St|E,W;Trunk|Rd|;Second|Line|E,W;Wellington|St|E,W;Bay|St|;Black|Rd|;Pim|St|",
 "Thunder Bay": "Memorial|Ave|;Red River|Rd|;Arthur|St|E,W;May|St|N,S;Algoma|St|S;Fort William|Rd|;Balmoral|St|;Dawson|Rd|",
 "Cornwall": "Pitt|St|;Second|St|E,W;Brookdale|Ave|;Montreal|Rd|;Cumberland|St|;Marleau|Ave|;Vincent Massey|Dr|;Water|St|W",
 "Burnaby": "Kingsway||;Canada|Way|;Willingdon|Ave|;Hastings|St|;Lougheed|Hwy|;Still Creek|Dr|;Boundary|Rd|;Imperial|St|;Production|Way|;Royal Oak|Ave|",
 "Richmond": "No. 3|Rd|;Westminster|Hwy|;Bridgeport|Rd|;Alderbridge|Way|;Cambie|Rd|;Shellbridge|Way|;Horseshoe|Way|;Blundell|Rd|;Steveston|Hwy|;Vulcan|Way|",
 "Coquitlam": "Austin|Ave|;Lougheed|Hwy|;Barnet|Hwy|;United|Blvd|;Pinetree|Way|;Westwood|St|;Brunette|Ave|;Como Lake|Ave|;Schoolhouse|St|",
 "North Vancouver": "Lonsdale|Ave|;Marine|Dr|W,E|p;Esplanade||W,E|p;3rd|St|W,E|p;Mountain|Hwy|;Pemberton|Ave|;Harbourside|Dr|;Brooksbank|Ave|",
 "Delta": "Scott|Rd|;Nordel|Way|;River|Rd|;Ladner Trunk|Rd|;56|St|;72|Ave|;84|Ave|;Tilbury|Rd|",
 "Surrey": "King George|Blvd|;Fraser|Hwy|;Scott|Rd|;72|Ave|;88|Ave|;64|Ave|;152|St|;128|St|;96|Ave|;104|Ave|;192|St|",
 "Langley": "Fraser|Hwy|;Glover|Rd|;200|St|;56|Ave|;64|Ave|;208|St|;Logan|Ave|;Production|Way|",
 "Abbotsford": "South Fraser|Way|;Marshall|Rd|;Clearbrook|Rd|;Gladwin|Rd|;McCallum|Rd|;Essendene|Ave|;Mt. Lehman|Rd|;Sumas|Way|",
 "Chilliwack": "Yale|Rd|;Young|Rd|;Vedder|Rd|;Luckakuck|Way|;Wellington|Ave|;Airport|Rd|;Evans|Rd|",
 "Kelowna": "Harvey|Ave|;Pandosy|St|;Enterprise|Way|;Gordon|Dr|;Springfield|Rd|;Baron|Rd|;Bernard|Ave|;Ellis|St|;Richter|St|",
 "Kamloops": "Tranquille|Rd|;Victoria|St|;Columbia|St|W;Notre Dame|Dr|;Summit|Dr|;Seymour|St|;Lansdowne|St|",
 "Victoria": "Douglas|St|;Government|St|;Blanshard|St|;Quadra|St|;Fort|St|;Yates|St|;Johnson|St|;Cook|St|;Bay|St|;Store|St|",
 "Nanaimo": "Island|Hwy|N,S;Bowen|Rd|;Terminal|Ave|;Commercial|St|;Metral|Dr|;Wellington|Rd|;Boxwood|Rd|",
 "Vernon": "32|St|;27|St|;30|Ave|;25|Ave|;Anderson|Way|;Kalamalka Lake|Rd|",
 "Prince George": "Victoria|St|;5th|Ave|;Central|St|W,E;Ospika|Blvd|S;3rd|Ave|;Massey|Dr|",
 "Penticton": "Main|St|;Eckhardt|Ave|W,E;Skaha Lake|Rd|;Westminster|Ave|W;Martin|St|",
 "Laval": "@boul|Curé-Labelle|;@boul|de la Concorde|E,O;@boul|des Laurentides|;@boul|Saint-Martin|E,O;@boul|Le Corbusier|;@boul|Chomedey|;@boul|Dagenais|O;@av|Francis-Hughes|;@boul|Industriel|",
 "Longueuil": "@ch|de Chambly|;@boul|Taschereau|;@boul|Roland-Therrien|;@rue|Saint-Charles|O,E;@boul|Jacques-Cartier|E,O;@boul|Curé-Poirier|O,E;@boul|Marie-Victorin|",
 "Brossard": "@boul|Taschereau|;@boul|de Rome|;@boul|Lapinière|;@boul|Matte|;@boul|du Quartier|;@av|Auteuil|",
 "Terrebonne": "@boul|des Seigneurs|;@boul|Moody|;@ch|Gascon|;@montee|Masson|;@rue|Saint-Louis|;@boul|de la Pinière|;@rue|Saint-Pierre|",
 "Boucherville": "@boul|de Mortagne|;@ch|du Lac|;@boul|de Montarville|;@boul|Marie-Victorin|;@rue|Ampère|;@rue|Nobel|",
 "Saint-Jean-sur-Richelieu": "@boul|du Séminaire|N,S;@rue|Richelieu|;@boul|d'Iberville|;@rue|Champlain|;@boul|Saint-Luc|;@rue|Saint-Jacques|",
 "Saint-Jérôme": "@boul|Jean-Baptiste-Rolland|O,E;@rue|Saint-Georges|;@boul|des Laurentides|;@rue|Labelle|;@rue|De Martigny|O",
 "Blainville": "@boul|Curé-Labelle|;@boul|de la Seigneurie|E,O;@boul|Michèle-Bohec|;@boul|Industriel|",
 "Repentigny": "@boul|Iberville|;@rue|Notre-Dame|;@boul|Brien|;@rue|Valmont|;@boul|Lacombe|",
 "Gatineau": "@boul|Maloney|O,E;@boul|Gréber|;@boul|Saint-Joseph|;@boul|Saint-René|O,E;@boul|de la Gappe|;@rue|Montcalm|;@boul|Saint-Raymond|;@boul|de l'Hôpital|",
 "Sherbrooke": "@rue|King|O,E;@rue|Galt|O,E;@boul|de Portland|;@boul|Bourque|;@rue|Wellington|N,S;@boul|Jacques-Cartier|N,S;@rue|Belvédère|N,S;@boul|Industriel|",
 "Trois-Rivières": "@rue|des Forges|;@boul|des Forges|;@rue|Royale|;@boul|des Récollets|;@boul|Jean-XXIII|;@boul|Thibeau|;@rue|Bellefeuille|",
 "Lévis": "@boul|Guillaume-Couture|;@rte|du Président-Kennedy|;@boul|Alphonse-Desjardins|;@rue|Saint-Georges|;@boul|de la Rive-Sud|",
 "Saguenay": "@boul|Talbot|;@rue|Racine|E;@boul|Saint-Paul|;@boul|du Saguenay|E,O;@rue|Bégin|;@boul|Barrette|",
 "Drummondville": "@boul|Saint-Joseph|;@rue|Lindsay|;@rue|Saint-Pierre|;@boul|Lemire|;@rue|Hériot|",
 "Saint-Hyacinthe": "@boul|Laframboise|;@boul|Casavant|O,E;@rue|des Cascades|;@av|Sainte-Anne|;@boul|Choquette|;@rue|Girouard|O",
 "Granby": "@rue|Principale|;@boul|Leclerc|O,E;@rue|Saint-Jacques|;@rue|Denison|E;@boul|David-Bouchard|",
 "Rimouski": "@boul|René-Lepage|E,O;@rue|Saint-Germain|E,O;@boul|Arthur-Buies|;@av|de la Cathédrale|",
 "Victoriaville": "@boul|des Bois-Francs|N,S;@boul|Jutras|E,O;@rue|Notre-Dame|E,O;@boul|Pierre-Roux|",
 "Joliette": "@boul|Manseau|;@rue|Notre-Dame|;@boul|Firestone|;@boul|Base-de-Roc|;@rue|de Lanaudière|",
 "Rivière-du-Loup": "@boul|Armand-Thériault|;@rue|Lafontaine|;@rue|Fraser|;@boul|Cartier|;@rue|Témiscouata|",
}
GENERIC_TOWN = {
 'ON': "Main|St|N,S,E,W;King|St|E,W;Queen|St|;Victoria|St|;Wellington|St|;Water|St|;Mill|St|;Church|St|;Elm|St|;Maple|Ave|;Industrial|Rd|;Commerce|Cres|;Enterprise|Dr|;Progress|Dr|;Albert|St|;George|St|;John|St|;William|St|;Front|St|;Bridge|St|;Park|St|;Ontario|St|;Dundas|St|",
 'BC': "Main|St|;Front|St|;Victoria|St|;Industrial|Way|;Riverside|Dr|;Commercial|St|;Cedar|Ave|;Spruce|St|;Alder|St|;Hemlock|Dr|;1st|Ave|;2nd|Ave|;Railway|Ave|;Lakeshore|Dr|",
 'QC': "@rue|Principale|;@rue|Notre-Dame|;@rue|Saint-Jacques|;@rue|Saint-Georges|;@rue|de l'Église|;@rue|des Érables|;@rue|du Parc|;@boul|Industriel|;@rue|de la Gare|;@rue|Saint-Louis|;@rue|des Pins|;@rue|Bellevue|;@rue|Dollard|;@rue|Champlain|;@rue|Saint-Pierre|",
}
# ============================================================== world model
CITY = []
for _t in CITIES:
    CITY.append(dict(name=_t[0], prov=_t[1], w=_t[2], fsas=_t[3], areas=_t[4], aliases=_t[5], fr=_t[6], pool=_t[7], farm=_t[8]))
CITY_BY_NAME = {c['name']: c for c in CITY}

ETH_MIX = {
    ('ON', 'urban'): [('en', 45), ('it', 10), ('pt', 6), ('gr', 4), ('cn', 10), ('sa', 12), ('ua', 4), ('vn', 3), ('ar', 3), ('ph', 3)],
    ('ON', 'rural'): [('nl', 45), ('en', 50), ('pt', 5)],
    ('QC', 'en'): [('en', 50), ('it', 20), ('gr', 10), ('cn', 8), ('ar', 7), ('vn', 5)],
    ('BC', 'urban'): [('en', 45), ('cn', 22), ('sa', 17), ('ph', 6), ('vn', 4), ('ua', 3), ('nl', 3)],
    ('BC', 'rural'): [('nl', 35), ('sa', 30), ('en', 35)],
    'fr': [('fr', 90), ('ar', 4), ('it', 3), ('vn', 3)],
}
PROV_W = [('ON', 50), ('QC', 30), ('BC', 20)]
GENERIC_WORDS = {'gestion', 'immobiliere', 'construction', 'constructions', 'entreprises', 'restaurant', 'group', 'groupe', 'services',
                 'property', 'management', 'hospitality', 'foods', 'fine', 'heating', 'air', 'conditioning', 'plumbing', 'retirement',
                 'residence', 'community', 'centre', 'country', 'club', 'contracting', 'renovations', 'landscaping', 'mechanical',
                 'catering', 'bakery', 'restaurants', 'holdings', 'building', 'realty', 'supermarket', 'golf', 'canadian', 'royal', 'legion',
                 'communautaire', 'standard', 'condominium', 'corporation', 'syndicat', 'copropriete'}
NO_UNIT_TRADES = {'golf', 'hotel', 'auberge', 'inn', 'cabane', 'erabliere', 'brewing', 'microbrasserie', 'curling', 'legion', 'community',
                  'centre', 'retirement', 'residence', 'supermarket', 'agedor', 'tscc', 'strata', 'syndicat'}

BRANDS = [
    dict(name="Pizza Bellissima", dom="pizzabellissima.ca", provs=["ON"], se="store{n}", lang='en', nums=(101, 399)),
    dict(name="Souvlaki Express", dom="souvlakiexpress.com", provs=["ON", "BC"], se=None, lang='en', nums=(10, 99)),
    dict(name="Rôtisserie Poulet Doré", dom="pouletdore.ca", provs=["QC", "QC", "ON"], se="succ{n}", lang='fr', nums=(101, 260)),
    dict(name="Harvest Bowl", dom="harvestbowl.ca", provs=["ON", "BC"], se="hb{n}", lang='en', nums=(1001, 1150)),
    dict(name="Koi Sushi Bar", dom="koisushibar.ca", provs=["BC", "ON"], se=None, lang='en', nums=(1, 80)),
    dict(name="Shawarma Royal", dom="shawarmaroyal.ca", provs=["ON", "QC"], se=None, lang='en', nums=(1, 120)),
    dict(name="Bagel & Co.", dom="bagelco.ca", provs=["QC", "ON"], se="store{n}", lang='fr', nums=(101, 180)),
    dict(name="Big Moose Burgers", dom="bigmooseburgers.ca", provs=["ON", "BC"], se="bm{n}", lang='en', nums=(201, 420)),
    dict(name="Café Mosaïque", dom="cafemosaique.com", provs=["QC"], se="{n}", lang='fr', nums=(1, 90)),
    dict(name="Pho Saigon Express", dom="phosaigonexpress.ca", provs=["BC", "ON", "QC"], se=None, lang='en', nums=(1, 60)),
    dict(name="Wings Nation", dom="wingsnation.ca", provs=["ON"], se="store{n}", lang='en', nums=(101, 330)),
    dict(name="Patates Ti-Jean", dom="patatestijean.ca", provs=["QC"], se=None, lang='fr', nums=(1, 75)),
]

SITE_LABELS = {
    'HO': dict(en=['Head Office', 'Head Office', 'HO', 'Main Office', 'Corporate'], fr=['Siège social', 'Siege social', 'Bureau chef', 'Bureau-chef']),
    'WH': dict(en=['Warehouse', 'Warehouse', 'Whse', 'WH'], fr=['Entrepôt', 'Entrepot', 'Entrepôt']),
    'DC': dict(en=['Distribution Centre', 'Distribution Center', 'DC'], fr=['Centre de distribution', 'CD', 'Centre distribution']),
    'PLANT': dict(en=['Plant', 'Production Facility', 'Plant'], fr=['Usine', 'Usine']),
    'YARD': dict(en=['Yard', 'Shop', 'Yard'], fr=['Cour', 'Atelier', 'Cour']),
    'KITCHEN': dict(en=['Central Kitchen', 'Commissary', 'Commissary Kitchen'], fr=['Cuisine centrale', 'Cuisine de production']),
}


class World:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.ents = {}
        self.ids = set()
        self.phones = set()
        self.emails = set()
        self.domains = set()
        self.bkeys = set()
        self.pkeys = set()
        self.bnames = {}
        self.nums = set()
        self.stores = {}
        self.lid_n = 0
        self.brand_franchisees = {b['name']: [] for b in BRANDS}

    # ---------------------------------------------------------- basic pickers
    def new_id(self):
        while True:
            i = "c%06x" % self.rng.randrange(1 << 24)
            if i not in self.ids:
                self.ids.add(i)
                return i

    def new_lid(self):
        self.lid_n += 1
        return "L%05d" % self.lid_n

    def pick_prov(self):
        return wpick(self.rng, PROV_W)

    def pick_city(self, prov, farm=False, exclude=None, town_ok=True):
        cands = []
        for c in CITY:
            if c['prov'] != prov or (exclude and c['name'] == exclude):
                continue
            if farm:
                if not c['farm']:
                    continue
                w = c['w'] + 1.0 if c['w'] < 1 else c['w']
            else:
                if not town_ok and c['farm'] and c['w'] < 1:
                    continue
                w = c['w']
            cands.append((c, w))
        return wpick(self.rng, cands)

    def pick_lang(self, city):
        return 'fr' if self.rng.random() < city['fr'] else 'en'

    def pick_eth(self, city, lang, farm=False):
        if lang == 'fr':
            return wpick(self.rng, ETH_MIX['fr'])
        p = city['prov']
        if p == 'QC':
            return wpick(self.rng, ETH_MIX[('QC', 'en')])
        rural = farm or (city['farm'] and self.rng.random() < 0.5)
        return wpick(self.rng, ETH_MIX[(p, 'rural' if rural else 'urban')])

    # ---------------------------------------------------------- people
    def gen_person(self, city, lang, gender=None, eth=None, farm=False, last=None):
        rng = self.rng
        eth = eth or self.pick_eth(city, lang, farm)
        g = gender or rng.choice('mf')
        pool = N[eth]
        first = rng.choice(pool[g])
        while last is not None and nrm(first) == nrm(last):
            first = rng.choice(pool[g])
        if last is None:
            last = rng.choice(pool['l'])
            if eth == 'sa' and g == 'f' and last == 'Singh':
                last = 'Kaur'
            while nrm(last) == nrm(first):
                last = rng.choice(pool['l'])
            if eth == 'fr' and rng.random() < 0.06:
                l2 = rng.choice(pool['l'])
                if l2 != last and '-' not in last and '-' not in l2:
                    last = last + '-' + l2
        middle = rng.choice('ABCDEFGHJKLMNPRSTW') if rng.random() < 0.3 else None
        return dict(first=first, middle=middle, last=last, suffix=None, gender=g, eth=eth)

    def unique_person(self, city, lang, farm=False, **kw):
        for _ in range(200):
            p = self.gen_person(city, lang, farm=farm, **kw)
            k = (nrm(p['first']), nrm(p['last']), city['name'])
            if k not in self.pkeys:
                self.pkeys.add(k)
                return p
        raise RuntimeError('person space exhausted')

    # ---------------------------------------------------------- phones / emails
    def gen_phone(self, city):
        rng = self.rng
        while True:
            a = rng.choice(city['areas'])
            ex = rng.randint(200, 989)
            if ex % 100 == 11 or ex in (555, 911, 976, 958, 959):
                continue
            d = f"{a}{ex}{rng.randint(0, 9999):04d}"
            if d not in self.phones:
                self.phones.add(d)
                return d

    def reg_email(self, e):
        if e in self.emails:
            return False
        self.emails.add(e)
        return True

    def personal_email(self, p, prov, rural=False, first=None):
        rng = self.rng
        isp = wpick(rng, ISP[prov + ('_R' if rural else '')])
        f = slug(first or p['first'])
        lw = slug_words(p['last'])
        l = ''.join(lw)
        l_h = '-'.join(lw)
        for _ in range(60):
            nn = "%02d" % rng.randint(1, 99)
            yy = "%02d" % rng.choice(list(range(55, 100)) + list(range(0, 6)))
            local = wpick(rng, [(f"{f}.{l}", 5), (f"{f}{l}", 4), (f"{f[0]}{l}", 3), (f"{f}_{l}", 1), (f"{f}.{l}{nn}", 3),
                                (f"{f}{yy}", 1), (f"{l}{f[0]}", 1), (f"{f}{l}{nn}", 2), (f"{f}.{l_h}", 1), (f"{f}{l[0]}{yy}", 1)])
            e = f"{local}@{isp}"
            if self.reg_email(e):
                return e
        raise RuntimeError('email')

    def biz_domain(self, name, city):
        rng = self.rng
        stop = {'les', 'the', 'le', 'la', 'de', 'du', 'des', 'and', 'et', 'inc', 'ltd', 'ltee', 'enr', 'senc', 'co', 'corp', 'limited', 'l', 'd', 's'}
        generic = GENERIC_WORDS
        w = [x for x in slug_words(name) if x not in stop] or slug_words(name)
        if len(''.join(w)) > 20:
            w = [x[0] if x in generic else x for x in w]
        while len(''.join(w)) > 22 and len(w) > 1:
            w = w[:-1]
        sep = '-' if (rng.random() < 0.15 and len(w) > 1 and all(len(x) > 1 for x in w)) else ''
        base = sep.join(w)
        tld = '.ca' if rng.random() < 0.65 else '.com'
        for extra in ['', slug(city['name'])[:10], 'inc', 'group', 'ltd', '1', '2']:
            d = base + extra + tld
            if d not in self.domains:
                self.domains.add(d)
                return d
        raise RuntimeError('domain')

    def person_local(self, p):
        f, l = slug(p['first']), slug(p['last'])
        return wpick(self.rng, [(f, 3), (f"{f[0]}{l}", 4), (f"{f}.{l}", 4), (f"{f}{l[0]}", 1)])

    def biz_emails(self, name, lang, contact, city, own_p=0.7):
        rng = self.rng
        E = {}
        dom = None
        role = ROLE[lang]
        if rng.random() < own_p:
            dom = self.biz_domain(name, city)
            main = rng.choice(role['main'])
            E['main'] = f"{main}@{dom}"
            if contact and rng.random() < 0.75:
                E['person'] = f"{self.person_local(contact)}@{dom}"
            if rng.random() < 0.45:
                E['ap'] = f"{rng.choice(role['ap'])}@{dom}"
            if rng.random() < 0.3:
                o = rng.choice(role['orders'])
                if f"{o}@{dom}" != E['main']:
                    E['orders'] = f"{o}@{dom}"
            for v in E.values():
                self.emails.add(v)
        else:
            isp = wpick(rng, [('gmail.com', 6), ('hotmail.com', 3), ('outlook.com', 1)] +
                        ([('videotron.ca', 2)] if city['prov'] == 'QC' else []) +
                        ([('shaw.ca', 1), ('telus.net', 1)] if city['prov'] == 'BC' else []) +
                        ([('rogers.com', 1), ('bell.net', 1)] if city['prov'] == 'ON' else []))
            w = [x for x in slug_words(name) if x not in ('inc', 'ltd', 'ltee', 'enr', 'the', 'les')]
            if len(''.join(w)) > 20:
                w = [x[0] if x in GENERIC_WORDS else x for x in w]
            while len(''.join(w)) > 24 and len(w) > 1:
                w = w[:-1]
            base = ''.join(w)
            for extra in ['', '.' + slug(city['name'])[:12], slug(city['name'])[:8], str(rng.randint(1, 99)), '.inc', str(rng.randint(100, 999))]:
                e = f"{base}{extra}@{isp}"
                if self.reg_email(e):
                    E['main'] = e
                    break
            if contact and rng.random() < 0.4:
                E['person'] = self.personal_email(contact, city['prov'])
        return E, dom

    # ---------------------------------------------------------- addresses
    def gen_street(self, city, farm):
        rng = self.rng
        prov = city['prov']
        if farm:
            if prov == 'QC':
                t = rng.choice(ST_FR['RUR_QC'])
                return dict(lang='fr', type=t[0], name=t[1], dir=None, prefix=False)
            if prov == 'ON':
                fs = city['fsas'][-1]
                pool = 'RUR_ON_E' if fs[0] == 'K' and city['name'] not in ('Lindsay',) else ('RUR_ON_SW' if fs in ('N0B', 'N0G', 'N0K', 'N0J', 'N3B', 'N4W', 'N5A') else 'RUR_ON')
            else:
                pool = 'RUR_BC_FV' if city['areas'][0] == '604' else 'RUR_BC_INT'
            t = rng.choice(ST_EN[pool])
            return dict(lang='en', name=t[0], type=t[1] or None, dir=rng.choice(t[2]) if t[2] else None, prefix=False)
        if city['pool'] in ('MTL', 'QCC'):
            t = rng.choice(ST_FR[city['pool']])
            return dict(lang='fr', type=t[0], name=t[1], dir=rng.choice(t[2]) if t[2] else None, prefix=False)
        if city['pool'] == 'VAN':
            t = rng.choice(ST_EN['VAN'])
            return dict(lang='en', name=t[0], type=t[1] or None, dir=rng.choice(t[2]) if t[2] else None, prefix=bool(len(t) > 3 and t[3]))
        spec = rng.choice((CITY_ST.get(city['name']) or GENERIC_TOWN[prov]).split(';'))
        f = spec.split('|')
        if f[0].startswith('@'):
            dirs = [d for d in f[2].split(',') if d]
            return dict(lang='fr', type=f[0][1:], name=f[1], dir=rng.choice(dirs) if dirs else None, prefix=False)
        dirs = [d for d in f[2].split(',') if d]
        return dict(lang='en', name=f[0], type=f[1] or None, dir=rng.choice(dirs) if dirs else None, prefix=len(f) > 3 and f[3] == 'p')

    def street_num(self, city, street, farm):
        rng = self.rng
        if farm:
            if city['prov'] == 'BC':
                return rng.randint(1000, 49999)
            if city['prov'] == 'QC':
                return rng.randint(10, 3999)
            return rng.randint(1000, 9999)
        if city['pool'] == 'BCGRID' or city['name'] == 'Delta':
            return rng.randint(5000, 29999)
        if city['pool'] == 'MTL':
            return rng.randint(100, 9999)
        return rng.choice([rng.randint(1, 199), rng.randint(100, 999), rng.randint(100, 999), rng.randint(1000, 9999)])

    def gen_unit(self, kind, lang):
        rng = self.rng
        if kind == 'res':
            u = str(rng.choice([rng.randint(1, 12), rng.randint(101, 1210), rng.randint(201, 2508)]))
            return u, ('app' if lang == 'fr' else 'apt')
        if lang == 'fr':
            k = wpick(rng, [('bureau', 55), ('local', 30), ('suite', 15)])
        else:
            k = wpick(rng, [('suite', 60), ('unit', 40)])
        if k in ('unit', 'local'):
            u = str(rng.randint(1, 40))
        else:
            u = rng.choice(['100', '101', '102', '104', '110', '200', '201', '203', '205', '210', '220', '300', '301', '305', '400', '410', '500', '600', '700', '800', '1100', '1500'])
        return u, k

    def gen_addr(self, city, kind='com', unit_p=0.0, lang='en'):
        rng = self.rng
        farm = kind == 'farm'
        for _ in range(300):
            st = self.gen_street(city, farm)
            n = str(self.street_num(city, st, farm))
            unit = ukind = None
            if not farm and rng.random() < unit_p:
                unit, ukind = self.gen_unit(kind, lang)
            fsas = city['fsas']
            if farm:
                rf = [f for f in fsas if f[1] == '0']
                fsas = rf or fsas
            else:
                uf = [f for f in fsas if f[1] != '0']
                fsas = uf or fsas
            postal = f"{rng.choice(fsas)} {rng.randint(0, 9)}{rng.choice(LDU_LETTERS)}{rng.randint(0, 9)}"
            rr = str(rng.randint(1, 8)) if (farm and city['prov'] == 'ON' and rng.random() < 0.55) else None
            bkey = (n, nrm(st['name']), nrm(st['type'] or ''), city['name'])
            if bkey in self.bkeys:
                continue
            self.bkeys.add(bkey)
            return dict(num=n, street=st, unit=unit, ukind=ukind, city=city['name'], prov=city['prov'], postal=postal,
                        rr=rr, bkey=bkey, lang=lang)
        raise RuntimeError('addr')

    # ---------------------------------------------------------- legal names
    def gen_number(self, jur, near=None):
        rng = self.rng
        for _ in range(200):
            if near and rng.random() < 0.7:
                v = int(near) + rng.randint(1, 60)
                n = str(v).zfill(len(near))
            elif jur == 'ON':
                n = str(rng.randint(1000000, 2899999)) if rng.random() < 0.75 else str(1000000000 + rng.randint(0, 999999))
            elif jur == 'QC':
                n = f"{rng.randint(9000, 9469)}{rng.randint(0, 9999):04d}"
            elif jur == 'BC':
                n = f"{rng.randint(700000, 1459999):07d}"
            else:
                n = str(rng.randint(10000000, 15999999)) if rng.random() < 0.6 else str(rng.randint(3000000, 9999999))
            if (jur, n) not in self.nums:
                self.nums.add((jur, n))
                return n
        raise RuntimeError('num')

    def numbered_legal(self, prov, near_legal=None):
        rng = self.rng
        if near_legal:
            jur = near_legal['jur']
            n = self.gen_number(jur, near=near_legal['num'])
            return dict(kind='numbered', jur=jur, num=n, suf=near_legal['suf'], lid=self.new_lid())
        jur = prov if rng.random() < 0.86 else 'CA'
        suf = {'ON': wpick(rng, [('inc', 85), ('limited', 10), ('ltd', 5)]), 'QC': 'inc_fr', 'BC': 'ltd', 'CA': 'inc'}[jur]
        return dict(kind='numbered', jur=jur, num=self.gen_number(jur), suf=suf, lid=self.new_lid())

    def named_suffix(self, lang, prov, sole=False):
        rng = self.rng
        if sole:
            return 'enr' if lang == 'fr' and rng.random() < 0.7 else 'none'
        if lang == 'fr':
            return wpick(rng, [('inc_fr', 65), ('ltee', 15), ('senc', 5), ('ltd_ltee', 5), ('inc', 10)])
        if prov == 'BC':
            return wpick(rng, [('ltd', 65), ('inc', 30), ('corp', 5)])
        if prov == 'QC':
            return wpick(rng, [('inc', 60), ('ltd', 30), ('ltd_ltee', 10)])
        return wpick(rng, [('inc', 55), ('ltd', 30), ('limited', 5), ('corp', 5), ('ltd_ltee', 5)])

    # ---------------------------------------------------------- business names
    def place_en(self, prov, city):
        rng = self.rng
        r = rng.random()
        if r < 0.18:
            return city['name'].replace('St. ', 'St. ')
        if r < 0.45 and prov in PLACE_EN:
            return rng.choice(PLACE_EN[prov])
        return rng.choice(PLACE_EN['ALL'])

    def biz_name(self, subtype, lang, prov, owner, city, P=None, PF=None, NF=None):
        """returns dict(name, key, trade, generic)"""
        rng = self.rng
        F, L = owner['first'], owner['last']
        P = P or self.place_en(prov, city)
        PF = PF or rng.choice(PLACE_FR if prov == 'QC' else PLACE_FR_GEN)
        NF = NF or rng.choice(NOUN_FR)
        eth = owner['eth']

        def R(name, key, trade, generic=False):
            return dict(name=name, key=key, trade=trade, generic=generic)

        if subtype == 'restaurant':
            if rng.random() < 0.12:
                n = rng.choice(GENERIC_RESTO_FR if lang == 'fr' else GENERIC_RESTO_EN)
                return R(n, n, 'resto', True)
            if lang == 'fr':
                return wpick(rng, [
                    (R(f"Restaurant Chez {F}", F, 'resto'), 3), (R(f"Casse-Croûte Chez {F}", F, 'cassecroute'), 2),
                    (R(f"Resto-Bar Le {NF}", NF, 'restobar'), 2), (R(f"Bistro Le {NF}", NF, 'bistro'), 2),
                    (R(f"Restaurant Le {NF}", NF, 'resto'), 2), (R(f"Brasserie {PF}", PF, 'brasserie'), 1),
                    (R(f"Pizzeria {PF}", PF, 'pizza'), 1), (R(f"Rôtisserie {L}", L, 'rotisserie'), 1),
                    (R(f"La Cantine {PF}", PF, 'cantine'), 1), (R(f"Pizzeria {L}", L, 'pizza'), 1 if eth == 'it' else 0),
                    (R(f"Restaurant {L}", L, 'resto'), 1)])
            cands = [(R(f"{L}'s Diner", L, 'diner'), 2), (R(f"The {rng.choice(ADJ_EN)} {rng.choice(NOUN_EN)}{rng.choice(['', ' Pub', ' Tavern', ' Bistro', ' Eatery'])}", None, 'pub'), 3),
                     (R(f"{P} Grill", P, 'grill'), 2), (R(f"{P} Bistro", P, 'bistro'), 1), (R(f"{P} Bar & Grill", P, 'bargrill'), 2),
                     (R(f"{P} Pizza", P, 'pizza'), 1), (R(f"{F}'s Kitchen", F, 'kitchen'), 1), (R(f"{L}'s Family Restaurant", L, 'familyresto'), 1)]
            if eth == 'it':
                cands += [(R(f"Trattoria {L}", L, 'trattoria'), 3), (R(f"{L}'s Pizzeria", L, 'pizza'), 2), (R(f"Ristorante {L}", L, 'ristorante'), 2)]
            if eth == 'gr':
                cands += [(R(f"{L}'s Souvlaki", L, 'souvlaki'), 3), (R(f"{P} Family Restaurant", P, 'familyresto'), 2)]
            if eth == 'cn':
                a, b = rng.choice(['Golden', 'Jade', 'Lucky', 'Grand', 'Red', 'Imperial']), rng.choice(['Lotus', 'Phoenix', 'Palace', 'Pearl', 'Bamboo', 'Garden'])
                cands += [(R(f"{a} {b} Restaurant", f"{a} {b}", 'chinese'), 4), (R(f"{a} {b} Dim Sum", f"{a} {b}", 'dimsum'), 1)]
            if eth == 'sa':
                cands += [(R(f"{P} Tandoori", P, 'tandoori'), 3), (R(f"{P} Curry House", P, 'curry'), 2), (R(f"{L} Sweets & Restaurant", L, 'sweets'), 2)]
            if eth == 'vn':
                cands += [(R(f"Pho {L}", L, 'pho'), 3), (R(f"{L} Noodle House", L, 'noodle'), 1)]
            if eth == 'ar':
                cands += [(R(f"{P} Shawarma", P, 'shawarma'), 3), (R(f"Falafel {L}", L, 'falafel'), 1)]
            return wpick(rng, cands)

        if subtype == 'food':
            if lang == 'fr':
                return wpick(rng, [
                    (R(f"Boulangerie {L}", L, 'boulangerie'), 3), (R(f"Pâtisserie {L}", L, 'patisserie'), 2), (R(f"Traiteur {PF}", PF, 'traiteur'), 2),
                    (R(f"Traiteur {L}", L, 'traiteur'), 2), (R(f"Boucherie {L}", L, 'boucherie'), 2), (R(f"Fromagerie {PF}", PF, 'fromagerie'), 1),
                    (R(f"Épicerie {L}", L, 'epicerie'), 2), (R(f"Dépanneur {L}", L, 'depanneur'), 2), (R(f"Marché {L}", L, 'marche'), 1),
                    (R(f"Hôtel {PF}", PF, 'hotel'), 1), (R(f"Auberge {PF}", PF, 'auberge'), 1), (R(f"Microbrasserie {PF}", PF, 'microbrasserie'), 1),
                    (R(f"Érablière {L}", L, 'erabliere'), 1), (R(f"Cabane à sucre {L}", L, 'cabane'), 1), (R(f"Café Le {NF}", NF, 'cafe'), 1),
                    (R(f"Club de golf {PF}", PF, 'golf'), 1), (R(f"Boulangerie {PF}", PF, 'boulangerie'), 1)])
            return wpick(rng, [
                (R(f"{L} Bakery", L, 'bakery'), 2), (R(f"{P} Bakery", P, 'bakery'), 2), (R(f"{L} Meats", L, 'meats'), 2),
                (R(f"{L}'s Butcher Shop", L, 'butcher'), 1), (R(f"{P} Catering", P, 'catering'), 2), (R(f"{F}'s Catering", F, 'catering'), 1),
                (R(f"{P} Fine Foods", P, 'finefoods'), 2), (R(f"{L} Fresh Market", L, 'market'), 1), (R(f"{P} Variety", P, 'variety'), 1),
                (R(f"{P} Inn", P, 'inn'), 1), (R(f"{P} Coffee Co.", P, 'coffee'), 1), (R(f"{L}'s Deli", L, 'deli'), 1),
                (R(f"{P} Halal Meat", P, 'halal'), 1 if eth in ('sa', 'ar') else 0), (R(f"{P} Supermarket", P, 'supermarket'), 1 if eth in ('cn', 'sa', 'ph', 'vn') else 0),
                (R(f"{P} Brewing Co.", P, 'brewing'), 1), (R(f"{P} Golf & Country Club", P, 'golf'), 1), (R(f"{P} Bagel Bakery", P, 'bagel'), 1)])

        if subtype == 'trade':
            if lang == 'fr':
                return wpick(rng, [
                    (R(f"Construction {L}", L, 'construction'), 3), (R(f"Rénovations {L}", L, 'renovations'), 2), (R(f"Toitures {PF}", PF, 'toitures'), 1),
                    (R(f"Plomberie {L}", L, 'plomberie'), 2), (R(f"Électricité {L}", L, 'electricite'), 2), (R(f"Excavation {L} & Fils", L, 'excavation'), 2),
                    (R(f"Paysagement {PF}", PF, 'paysagement'), 1), (R(f"Les Entreprises {L}", L, 'entreprises'), 2), (R(f"Les Constructions {PF}", PF, 'construction'), 2),
                    (R(f"{L} & Fils", L, 'fils'), 1), (R(f"Maçonnerie {L}", L, 'maconnerie'), 1), (R(f"Groupe {L}", L, 'groupe'), 1),
                    (R(f"Coffrage {PF}", PF, 'coffrage'), 1), (R(f"Ébénisterie {L}", L, 'ebenisterie'), 1), (R(f"Peinture {L}", L, 'peinture'), 1),
                    (R(f"Climatisation {PF}", PF, 'climatisation'), 1), (R(f"Déneigement {L}", L, 'deneigement'), 1)])
            return wpick(rng, [
                (R(f"{L} Construction", L, 'construction'), 3), (R(f"{L} & Sons Contracting", L, 'contracting'), 2), (R(f"{L} Bros. Roofing", L, 'roofing'), 1),
                (R(f"{P} Plumbing & Heating", P, 'plumbing'), 2), (R(f"{P} Electric", P, 'electric'), 2), (R(f"{L} Landscaping", L, 'landscaping'), 2),
                (R(f"{P} Drywall", P, 'drywall'), 1), (R(f"{L} Masonry", L, 'masonry'), 1), (R(f"{P} Renovations", P, 'renovations'), 2),
                (R(f"{P} Homes", P, 'homes'), 1), (R(f"{P} Builders", P, 'builders'), 1), (R(f"{L} Excavating", L, 'excavating'), 1),
                (R(f"{P} Concrete", P, 'concrete'), 1), (R(f"{P} Framing", P, 'framing'), 1), (R(f"{L} Carpentry", L, 'carpentry'), 1),
                (R(f"{P} Heating & Air Conditioning", P, 'hvac'), 1), (R(f"{P} Painting", P, 'painting'), 1), (R(f"{P} Fencing & Decks", P, 'fencing'), 1),
                (R(f"{L} Paving", L, 'paving'), 1), (R(f"{P} Mechanical", P, 'mechanical'), 1)])

        if subtype == 'property':
            if lang == 'fr':
                return wpick(rng, [(R(f"Gestion immobilière {PF}", PF, 'gestimmo'), 3), (R(f"Immeubles {L}", L, 'immeubles'), 2),
                                   (R(f"Syndicat de copropriété Le {NF}", NF, 'syndicat'), 1), (R(f"Gestion {L}", L, 'gestion'), 2)])
            if prov == 'BC' and rng.random() < 0.3:
                n = f"{rng.choice(['LMS', 'VR', 'EPS', 'BCS', 'VIS'])}{rng.randint(100, 4999)}"
                return R(f"The Owners, Strata Plan {n}", n, 'strata')
            if city['name'] in ('Toronto', 'North York', 'Etobicoke', 'Scarborough') and rng.random() < 0.3:
                n = rng.randint(700, 2999)
                return R(f"Toronto Standard Condominium Corporation No. {n}", str(n), 'tscc')
            return wpick(rng, [(R(f"{P} Property Management", P, 'propmgmt'), 3), (R(f"{L} Properties", L, 'properties'), 2),
                               (R(f"{P} Realty Holdings", P, 'realty'), 1)])

        if subtype == 'institution':
            if lang == 'fr':
                return wpick(rng, [(R(f"Résidence {PF}", PF, 'residence'), 3), (R(f"CPE Les Petits {rng.choice(['Castors', 'Hiboux', 'Lutins', 'Explorateurs', 'Bourgeons'])}", None, 'cpe'), 2),
                                   (R(f"Club de l'Âge d'Or {city['name']}", city['name'], 'agedor'), 1), (R(f"Centre communautaire {PF}", PF, 'centre'), 1)])
            r = rng.random()
            if r < 0.25:
                n = rng.randint(4, 650)
                return R(f"Royal Canadian Legion Branch {n}", str(n), 'legion')
            return wpick(rng, [(R(f"{P} Retirement Residence", P, 'retirement'), 3), (R(f"{P} Community Centre", P, 'community'), 1),
                               (R(f"{city['name']} Curling Club", city['name'], 'curling'), 1), (R(f"{P} Montessori School", P, 'montessori'), 1),
                               (R(f"{P} Child Care Centre", P, 'childcare'), 1)])
        raise ValueError(subtype)

    def sibling_name(self, ent):
        """a different business name sharing the key word (same family / building / owner)."""
        rng = self.rng
        key = ent.get('key')
        lang = ent['lang']
        owner = ent.get('contact') or self.gen_person(CITY_BY_NAME[ent['city']], lang)
        for _ in range(120):
            st = rng.choice(['restaurant', 'food', 'trade', 'trade'])
            nm = self.biz_name(st, lang, ent['prov'], owner, CITY_BY_NAME[ent['city']], P=key, PF=key, NF=key)
            if nm['trade'] == ent.get('tradekw') or nm['generic'] or nm['trade'] in NO_UNIT_TRADES:
                continue
            if key and nm['key'] != key:
                continue
            k = nrm(nm['name'])
            if k in self.bnames:
                continue
            return nm, st
        return None, None

    def claim_name(self, name, generic=False):
        k = nrm(name)
        c = self.bnames.get(k, 0)
        if c and not (generic and c < 2):
            return False
        self.bnames[k] = c + 1
        return True
# ============================================================== entity factories
def _base_ent(self, kind, subtype, city, lang, origin):
    e = dict(id=self.new_id(), kind=kind, subtype=subtype, prov=city['prov'], city=city['name'], lang=lang, origin=origin,
             legal=None, op=None, brand=None, store_no=None, firm=None, site_key=None, contact=None, person=None, trade=None,
             key=None, tradekw=None, generic=False, group=None, phones={}, emails={}, addr=None, domain=None)
    self.ents[e['id']] = e
    return e


def new_business(self, subtype, prov, origin, city=None):
    city = city or self.pick_city(prov)
    lang = self.pick_lang(city)
    owner = self.unique_person(city, lang)
    for _ in range(200):
        nm = self.biz_name(subtype, lang, prov, owner, city)
        if self.claim_name(nm['name'], nm['generic']):
            break
    else:
        raise RuntimeError('name')
    e = _base_ent(self, 'business', subtype, city, lang, origin)
    fill_business(self, e, nm, subtype, city, lang, owner)
    return e


def fill_business(self, e, nm, subtype, city, lang, owner, addr=None, legal_kind=None):
    rng = self.rng
    prov = city['prov']
    e['key'], e['tradekw'], e['generic'] = nm['key'], nm['trade'], nm['generic']
    name = nm['name']
    special = nm['trade'] in ('tscc', 'strata', 'legion', 'syndicat', 'agedor', 'curling', 'community', 'centre')
    numbered_p = {'restaurant': 0.5, 'food': 0.3, 'trade': 0.2, 'property': 0.3, 'institution': 0.0}[subtype]
    sole_p = {'restaurant': 0.05, 'food': 0.08, 'trade': 0.05, 'property': 0.0, 'institution': 0.0}[subtype]
    r = rng.random()
    if legal_kind == 'numbered':
        r = 0.0
    elif legal_kind == 'named':
        r = 0.99
    if special:
        e['legal'] = dict(kind='named', base=name, suf='none' if nm['trade'] != 'centre' else 'inc_fr', lid=self.new_lid())
    elif subtype == 'institution':
        e['legal'] = dict(kind='named', base=name, suf=('inc_fr' if lang == 'fr' else 'inc') if rng.random() < 0.6 else 'none', lid=self.new_lid())
    elif r < numbered_p or legal_kind == 'numbered':
        e['legal'] = self.numbered_legal(prov)
        e['op'] = name
    elif r < numbered_p + sole_p:
        e['legal'] = dict(kind='named', base=name, suf=self.named_suffix(lang, prov, sole=True), lid=self.new_lid())
    else:
        if rng.random() < 0.08 and subtype != 'property' and legal_kind is None:
            hb = (f"Gestion {owner['last']}" if lang == 'fr' else rng.choice([f"{owner['last']} Holdings", f"{owner['last']} Enterprises", f"{owner['last']} Group"]))
            if self.claim_name(hb):
                e['legal'] = dict(kind='named', base=hb, suf=self.named_suffix(lang, prov), lid=self.new_lid())
                e['op'] = name
        if not e['legal']:
            e['legal'] = dict(kind='named', base=name, suf=self.named_suffix(lang, prov), lid=self.new_lid())
    if rng.random() < (0.85 if not special else 0.6):
        e['contact'] = owner
    e['addr'] = addr or self.gen_addr(city, 'com', unit_p=(0.35 if not city['farm'] else 0.12) if nm['trade'] not in NO_UNIT_TRADES else 0.0, lang=lang)
    e['phones'] = dict(main=self.gen_phone(city))
    if rng.random() < 0.10:
        e['phones']['ext'] = str(rng.choice([rng.randint(10, 39), rng.randint(100, 260), rng.randint(200, 299)]))
    if e['contact'] and rng.random() < 0.55:
        e['phones']['cell'] = self.gen_phone(city)
    e['emails'], e['domain'] = self.biz_emails(e['op'] or name, lang, e['contact'], city, own_p=0.7 if subtype != 'restaurant' else 0.55)
    return e


def person_trade(self, subtype, p, lang, prov, city):
    rng = self.rng
    F, L = p['first'], p['last']
    PF = rng.choice(PLACE_FR if prov == 'QC' else PLACE_FR_GEN)
    P = self.place_en(prov, city)
    if subtype == 'contractor':
        if lang == 'fr':
            return rng.choice([f"Rénovations {F} {L} enr.", f"Construction {L} enr.", f"Menuiserie {L}", f"Peinture {F} {L}",
                               f"Plomberie {L} enr.", f"Électricité {L} enr.", f"Rénovations {L}", f"Entretien {L} enr."])
        return rng.choice([f"{F} {L} Renovations", f"{L} Contracting", f"{L} Carpentry", f"{L} Drywall", f"{F}'s Handyman Services",
                           f"{L} Painting", f"{L} Roofing", f"{L} Home Improvements", f"{L} Electric", f"{L} Plumbing", f"{F} {L} Construction"])
    if subtype == 'farmer':
        if lang == 'fr':
            return rng.choice([f"Ferme {L}", f"Ferme {PF}", f"Ferme Laitière {L}", f"Érablière {L}", f"Ferme {L} enr.", f"Les Jardins {L}",
                               f"Vergers {L}", f"Ferme {rng.choice(['Bellevue', 'Beauséjour', 'des Érables', 'du Ruisseau', 'Val-Joli'])}"])
        if prov == 'BC':
            return rng.choice([f"{L} Berry Farm", f"{P} Orchards", f"{L} Blueberries", f"{L} Dairy", f"{L} Farms", f"{L} Family Farm"])
        tree = rng.choice(['Maple', 'Cedar', 'Willow', 'Oak', 'Pine', 'Elm', 'Spruce'])
        return rng.choice([f"{L} Farms", f"{L} Farms", f"{tree} Lane Farm", f"{L} Dairy", f"{L} Poultry", f"{tree} Row Farms",
                           f"{L} Family Farm", f"{L} Maple Syrup", f"{L} Acres"])
    if subtype == 'food_trader':
        if lang == 'fr':
            return rng.choice([f"Traiteur Chez {F}", f"Cuisine {F}", f"Les Délices de {F}", f"Cantine Mobile {PF}", f"Crêperie {F}",
                               f"Traiteur {F} {L} enr."])
        food = rng.choice(['Perogy', 'Taco', 'Burger', 'Poutine', 'Crepe', 'Dumpling', 'Samosa'])
        return rng.choice([f"{F}'s Catering", f"{F}'s Kitchen", f"{L} Family Bakery", f"The Rolling {food}", f"{F}'s Home Baking",
                           f"{P} Food Truck", f"{F} {L} Catering"])
    return None


def new_person_ent(self, subtype, prov, origin, city=None):
    rng = self.rng
    farm = subtype == 'farmer'
    city = city or self.pick_city(prov, farm=farm)
    lang = self.pick_lang(city)
    p = self.unique_person(city, lang, farm=farm)
    e = _base_ent(self, 'person', subtype, city, lang, origin)
    e['person'] = p
    tp = {'contractor': 0.55, 'farmer': 0.55, 'food_trader': 0.85, 'private': 0.0}[subtype]
    if rng.random() < tp:
        for _ in range(20):
            t = person_trade(self, subtype, p, lang, prov, city)
            if self.claim_name(t):
                e['trade'] = t
                break
    if farm:
        e['addr'] = self.gen_addr(city, 'farm', lang=lang)
        e['phones'] = dict(main=self.gen_phone(city))
        if rng.random() < 0.6:
            e['phones']['cell'] = self.gen_phone(city)
        if p['gender'] == 'm' and rng.random() < 0.18:
            son = rng.random() < 0.67
            fr_style = lang == 'fr' and rng.random() < 0.5
            p['suffix'] = ('fils' if son else 'père') if fr_style else ('Jr.' if son else 'Sr.')
    else:
        e['addr'] = self.gen_addr(city, 'res', unit_p={'private': 0.3, 'contractor': 0.08, 'food_trader': 0.2}[subtype], lang=lang)
        e['phones'] = dict(main=self.gen_phone(city))
    rural = farm
    e['emails'] = dict(main=self.personal_email(p, prov, rural=rural))
    if rng.random() < 0.2:
        e['emails']['alt'] = self.personal_email(p, prov, rural=False)
    if e['trade'] and rng.random() < 0.35:
        isp = wpick(rng, ISP[prov + ('_R' if rural else '')])
        loc = slug(e['trade'])[:24]
        if self.reg_email(f"{loc}@{isp}"):
            e['emails']['farm' if farm else 'trade'] = f"{loc}@{isp}"
    return e


# ---------------------------------------------------------------- franchise
def new_franchisee(self, brand, prov):
    rng = self.rng
    city = self.pick_city(prov, town_ok=False)
    lang = self.pick_lang(city)
    owner = self.unique_person(city, lang)
    if rng.random() < 0.75:
        legal = self.numbered_legal(prov)
    else:
        base = rng.choice([f"{owner['last']} Foods", f"{owner['last']} Restaurants", f"{owner['last']} Hospitality"]) if lang == 'en' else \
            rng.choice([f"Gestion {owner['last']}", f"Restaurants {owner['last']}", f"Les Entreprises {owner['last']}"])
        if not self.claim_name(base):
            legal = self.numbered_legal(prov)
        else:
            legal = dict(kind='named', base=base, suf=self.named_suffix(lang, prov), lid=self.new_lid())
    fr = dict(id="F%04d" % (len(self.brand_franchisees[brand['name']]) + 1000 * (BRANDS.index(brand) + 1)), brand=brand, legal=legal,
              owner=owner, city=city, prov=prov, lang=lang, locations=[])
    if rng.random() < 0.4:
        dom = self.biz_domain(f"{owner['last']} {rng.choice(['group', 'restaurants', 'foods', 'holdings'])}", city)
        fr['ap'] = f"{rng.choice(ROLE[lang]['ap'])}@{dom}"
        fr['owner_email'] = f"{self.person_local(owner)}@{dom}"
        self.emails.add(fr['ap']); self.emails.add(fr['owner_email'])
    else:
        fr['owner_email'] = self.personal_email(owner, prov)
        fr['ap'] = fr['owner_email'] if rng.random() < 0.6 else self.personal_email(owner, prov)
    fr['owner_cell'] = self.gen_phone(city)
    self.brand_franchisees[brand['name']].append(fr)
    return fr


def new_store_no(self, brand):
    s = self.stores.setdefault(brand['name'], set())
    lo, hi = brand['nums']
    for _ in range(500):
        n = self.rng.randint(lo, hi)
        if n not in s:
            s.add(n)
            return str(n)
    raise RuntimeError('store')


def new_franchise_location(self, fr, origin, city=None):
    rng = self.rng
    brand = fr['brand']
    if city is None:
        city = fr['city'] if (not fr['locations'] or rng.random() < 0.45) else self.pick_city(fr['prov'], town_ok=False)
    lang = fr['lang']
    e = _base_ent(self, 'business', 'franchise_location', city, lang, origin)
    e['brand'] = brand
    e['store_no'] = new_store_no(self, brand)
    e['legal'] = fr['legal']
    e['group'] = fr['id']
    e['franchisee'] = fr
    if rng.random() < 0.65:
        e['contact'] = fr['owner']
    else:
        e['contact'] = self.unique_person(city, self.pick_lang(city))
    e['addr'] = self.gen_addr(city, 'com', unit_p=0.55, lang=lang)
    e['phones'] = dict(main=self.gen_phone(city))
    if e['contact'] is fr['owner']:
        e['phones']['cell'] = fr['owner_cell']
    elif rng.random() < 0.4:
        e['phones']['cell'] = self.gen_phone(city)
    E = dict(ap=fr['ap'])
    if brand['se']:
        E['store'] = brand['se'].format(n=e['store_no']) + '@' + brand['dom']
        self.emails.add(E['store'])
    if e['contact'] is fr['owner']:
        E['person'] = fr['owner_email']
    elif rng.random() < 0.6:
        E['person'] = self.personal_email(e['contact'], city['prov'])
    e['emails'] = E
    fr['locations'].append(e['id'])
    return e


# ---------------------------------------------------------------- multi-site firms
def new_firm(self, prov):
    rng = self.rng
    city = self.pick_city(prov, town_ok=False)
    lang = self.pick_lang(city)
    owner = self.unique_person(city, lang)
    L = owner['last']
    P = self.place_en(prov, city)
    PF = rng.choice(PLACE_FR if prov == 'QC' else PLACE_FR_GEN)
    for _ in range(100):
        if lang == 'fr':
            base, kind = wpick(rng, [((f"Groupe {L}", 'gen'), 2), ((f"Les Constructions {L}", 'build'), 2), ((f"Entreprises {PF}", 'gen'), 1),
                                     ((f"Traiteur {PF}", 'food'), 1), ((f"Gestion immobilière {L}", 'prop'), 1), ((f"Aliments {PF}", 'food'), 2),
                                     ((f"Groupe Resto {PF}", 'food'), 1), ((f"Toitures {L} & Fils", 'build'), 1)])
        else:
            base, kind = wpick(rng, [((f"{P} Foods", 'food'), 2), ((f"{P} Hospitality Group", 'food'), 2), ((f"{L} Construction", 'build'), 2),
                                     ((f"{P} Building Group", 'build'), 1), ((f"{P} Property Management", 'prop'), 1), ((f"{P} Landscaping", 'build'), 1),
                                     ((f"{L} Bros. Contracting", 'build'), 1), ((f"{P} Restaurant Group", 'food'), 1), ((f"{P} Catering", 'food'), 1),
                                     ((f"{P} Mechanical", 'build'), 1), ((f"{L} Fine Foods", 'food'), 1)])
        if self.claim_name(base):
            break
    legal = dict(kind='named', base=base, suf=self.named_suffix(lang, prov), lid=self.new_lid())
    dom = self.biz_domain(base, city)
    ap = f"{rng.choice(ROLE[lang]['ap'])}@{dom}"
    self.emails.add(ap)
    keys = ['HO'] + {'food': ['KITCHEN', 'WH', 'DC'], 'build': ['YARD', 'WH', 'PLANT'], 'prop': ['WH', 'YARD'], 'gen': ['WH', 'DC', 'YARD']}[kind]
    extra = keys[1:]
    rng.shuffle(extra)
    branch_cities = [c for c in CITY if c['prov'] == prov and c['name'] != city['name'] and c['w'] >= 1]
    rng.shuffle(branch_cities)
    keys = ['HO'] + extra + ['BR:' + c['name'] for c in branch_cities[:3]]
    firm = dict(id="G" + legal["lid"][1:], legal=legal, city=city, prov=prov, lang=lang, dom=dom, ap=ap, kind=kind,
                main_phone=self.gen_phone(city), keys=keys, used=[], sites=[], owner=owner)
    return firm


def new_site(self, firm, origin, key=None):
    rng = self.rng
    if key is None:
        free = [k for k in firm['keys'] if k not in firm['used']]
        key = free[0] if not firm['used'] else rng.choice(free)
    firm['used'].append(key)
    if key.startswith('BR:'):
        city = CITY_BY_NAME[key[3:]]
    elif key == 'HO' or rng.random() < 0.5:
        city = firm['city']
    else:
        city = self.pick_city(firm['prov'], exclude=None, town_ok=False)
    lang = firm['lang']
    e = _base_ent(self, 'business', 'firm_site', city, lang, origin)
    e['firm'] = firm
    e['site_key'] = key
    e['legal'] = firm['legal']
    e['group'] = firm['id']
    e['contact'] = firm['owner'] if key == 'HO' and rng.random() < 0.5 else self.unique_person(city, self.pick_lang(city))
    e['addr'] = self.gen_addr(city, 'com', unit_p=0.15 if key != 'HO' else 0.4, lang=lang)
    if key == 'HO' or rng.random() < 0.7:
        e['phones'] = dict(main=self.gen_phone(city) if key != 'HO' else firm['main_phone'])
    else:
        e['phones'] = dict(main=firm['main_phone'], ext=str(rng.randint(200, 299)))
    if rng.random() < 0.4:
        e['phones']['cell'] = self.gen_phone(city)
    lab = {'HO': 'info', 'WH': 'warehouse' if lang == 'en' else 'entrepot', 'DC': 'dc' if lang == 'en' else 'cd', 'PLANT': 'plant' if lang == 'en' else 'usine',
           'YARD': 'yard' if lang == 'en' else 'atelier', 'KITCHEN': 'kitchen' if lang == 'en' else 'cuisine'}.get(key, slug(key[3:])[:12])
    E = dict(ap=firm['ap'])
    if rng.random() < 0.6:
        E['site'] = f"{lab}@{firm['dom']}"
        self.emails.add(E['site'])
    if e['contact']:
        pe = f"{self.person_local(e['contact'])}@{firm['dom']}"
        if self.reg_email(pe):
            E['person'] = pe
    e['emails'] = E
    firm['sites'].append(e['id'])
    return e


World.new_business = new_business
World.new_person_ent = new_person_ent
World.new_franchisee = new_franchisee
World.new_franchise_location = new_franchise_location
World.new_firm = new_firm
World.new_site = new_site
# ============================================================== hard-negative derivations
# Each returns a NEW entity (different legal customer) that closely resembles `anchor`, or None if not derivable.

def hn_franchise_same_owner(self, anchor):
    rng = self.rng
    fr = anchor['franchisee']
    city = CITY_BY_NAME[anchor['city']] if rng.random() < 0.5 else self.pick_city(fr['prov'], town_ok=False)
    e = self.new_franchise_location(fr, 'hn', city=city)
    e['hn_note'] = f"same franchisee, other store (#{e['store_no']} vs #{anchor['store_no']})"
    return e


def hn_franchise_other(self, anchor):
    rng = self.rng
    brand = anchor['brand']
    prov = anchor['prov'] if rng.random() < 0.75 else rng.choice(brand['provs'])
    fr = self.new_franchisee(brand, prov)
    city = CITY_BY_NAME[anchor['city']] if (prov == anchor['prov'] and rng.random() < 0.5) else None
    e = self.new_franchise_location(fr, 'hn', city=city)
    e['hn_note'] = f"other franchisee of {brand['name']} (#{e['store_no']} vs #{anchor['store_no']})"
    return e


def hn_numbered_same_owner(self, anchor):
    rng = self.rng
    if not anchor.get('contact') or anchor['subtype'] not in ('restaurant', 'food', 'trade', 'property'):
        return None
    city = CITY_BY_NAME[anchor['city']]
    near = anchor['legal'] if anchor['legal']['kind'] == 'numbered' else None
    e = _base_ent(self, 'business', anchor['subtype'], city, anchor['lang'], 'hn')
    e['legal'] = self.numbered_legal(anchor['prov'], near_legal=near)
    if near is None and e['legal']['jur'] != anchor['prov'] and anchor['prov'] in ('ON', 'QC', 'BC'):
        pass
    if rng.random() < 0.5:
        nm, st = self.sibling_name(anchor)
        if nm and self.claim_name(nm['name']):
            e['op'] = nm['name']
            e['key'], e['tradekw'] = nm['key'], nm['trade']
    if not e['op']:
        e['subtype'] = 'holding'
    e['contact'] = anchor['contact']
    a = dict(anchor['addr'])
    if a['unit'] and rng.random() < 0.3:
        u, k = self.gen_unit('com', anchor['lang'])
        if u != a['unit']:
            a['unit'], a['ukind'] = u, k
    e['addr'] = a
    e['phones'] = dict(main=anchor['phones']['main'] if rng.random() < 0.45 else self.gen_phone(city))
    if anchor['phones'].get('cell'):
        e['phones']['cell'] = anchor['phones']['cell']
    E = {}
    if anchor['emails'].get('person') and rng.random() < 0.5:
        E['person'] = anchor['emails']['person']
    if e['op']:
        E2, dom = self.biz_emails(e['op'], e['lang'], e['contact'], city, own_p=0.6)
        for k, v in E2.items():
            E.setdefault(k, v)
    elif not E:
        E['person'] = self.personal_email(e['contact'], anchor['prov'])
    e['emails'] = E
    e['group'] = 'owner:' + anchor['id']
    e['hn_note'] = "another numbered company of the same owner at the same address"
    return e


def hn_namesake(self, anchor):
    rng = self.rng
    p0 = anchor['person']
    city = CITY_BY_NAME[anchor['city']]
    sub = anchor['subtype'] if anchor['subtype'] != 'farmer' and rng.random() < 0.5 else rng.choice(['private', 'private', 'contractor'])
    e = _base_ent(self, 'person', sub, city, anchor['lang'], 'hn')
    p = dict(p0)
    p['suffix'] = None
    mids = [m for m in 'ABCDEFGHJKLMNPRSTW' if m != p0['middle']]
    p['middle'] = rng.choice(mids) if rng.random() < 0.45 else None
    e['person'] = p
    if sub == 'contractor' and rng.random() < 0.4:
        for _ in range(10):
            t = person_trade(self, 'contractor', p, e['lang'], e['prov'], city)
            if self.claim_name(t):
                e['trade'] = t
                break
    if anchor['subtype'] == 'farmer' and sub != 'farmer':
        pass
    e['addr'] = self.gen_addr(city, 'res', unit_p=0.3, lang=e['lang'])
    e['phones'] = dict(main=self.gen_phone(city))
    e['emails'] = dict(main=self.personal_email(p, e['prov']))
    e['hn_note'] = "namesake person in the same city"
    return e


def hn_jr_sr(self, anchor):
    rng = self.rng
    p0 = anchor['person']
    city = CITY_BY_NAME[anchor['city']]
    s0 = p0['suffix']
    fr_style = s0 in ('fils', 'père') or (s0 is None and anchor['lang'] == 'fr' and rng.random() < 0.5)
    SON, FATHER = ('fils', 'père') if fr_style else ('Jr.', 'Sr.')
    if s0 is None:
        s = SON if rng.random() < 0.7 else FATHER
    elif s0 == SON:
        s = FATHER if rng.random() < 0.6 else None
    else:
        s = SON
    e = _base_ent(self, 'person', 'farmer', city, anchor['lang'], 'hn')
    p = dict(p0)
    p['suffix'] = s
    mids = [m for m in 'ABCDEFGHJKLMNPRSTW' if m != p0['middle']]
    p['middle'] = rng.choice(mids) if rng.random() < 0.3 else None
    e['person'] = p
    e['addr'] = dict(anchor['addr'])
    e['phones'] = dict(main=anchor['phones']['main'] if rng.random() < 0.55 else self.gen_phone(city))
    e['phones']['cell'] = self.gen_phone(city)
    e['emails'] = dict(main=self.personal_email(p, e['prov'], rural=True))
    if anchor['emails'].get('farm') and rng.random() < 0.3:
        e['emails']['farm'] = anchor['emails']['farm']
    e['group'] = 'farm:' + anchor['id']
    e['hn_note'] = f"father/son at one farm ({p0['suffix'] or 'no suffix'} vs {s or 'no suffix'})"
    return e


def hn_spouse(self, anchor):
    rng = self.rng
    p0 = anchor['person']
    city = CITY_BY_NAME[anchor['city']]
    g = 'f' if p0['gender'] == 'm' else 'm'
    keep_last = rng.random() < (0.5 if anchor['prov'] == 'QC' else 0.85)
    sub = 'food_trader' if anchor['subtype'] == 'contractor' else rng.choice(['contractor', 'food_trader'])
    e = _base_ent(self, 'person', sub, city, anchor['lang'], 'hn')
    for _ in range(50):
        p = self.gen_person(city, anchor['lang'], gender=g, eth=p0['eth'], last=p0['last'] if keep_last else None)
        if nrm(p['first']) != nrm(p0['first']) and (nrm(p['first']), nrm(p['last']), city['name']) not in self.pkeys:
            break
    self.pkeys.add((nrm(p['first']), nrm(p['last']), city['name']))
    e['person'] = p
    for _ in range(20):
        t = person_trade(self, sub, p, e['lang'], e['prov'], city)
        if t and self.claim_name(t):
            e['trade'] = t
            break
    e['addr'] = dict(anchor['addr'])
    e['phones'] = dict(main=anchor['phones']['main'] if rng.random() < 0.5 else self.gen_phone(city))
    if rng.random() < 0.25:
        e['emails'] = dict(main=anchor['emails']['main'])
    else:
        e['emails'] = dict(main=self.personal_email(p, e['prov']))
    e['group'] = 'household:' + anchor['id']
    e['hn_note'] = "spouse with own business at the same home address"
    return e


def hn_same_building(self, anchor):
    rng = self.rng
    if not anchor['addr'].get('unit') or anchor['subtype'] not in ('restaurant', 'food', 'trade', 'property'):
        return None
    nm, st = self.sibling_name(anchor)
    if not nm or not self.claim_name(nm['name']):
        return None
    city = CITY_BY_NAME[anchor['city']]
    lang = anchor['lang']
    a = dict(anchor['addr'])
    for _ in range(20):
        u, k = self.gen_unit('com', lang)
        if u != a['unit']:
            break
    a['unit'], a['ukind'] = u, (a['ukind'] if rng.random() < 0.7 else k)
    c0 = anchor.get('contact')
    if c0 and nm['key'] == c0['last']:
        owner = self.gen_person(city, lang, eth=c0['eth'], last=c0['last'])   # relative (same surname)
    else:
        owner = self.unique_person(city, lang)
    e = _base_ent(self, 'business', st, city, lang, 'hn')
    fill_business(self, e, nm, st, city, lang, owner, addr=a)
    e['hn_note'] = f"different business in the same building (unit {a['unit']} vs {anchor['addr']['unit']})"
    return e


def hn_site(self, anchor):
    firm = anchor['firm']
    free = [k for k in firm['keys'] if k not in firm['used']]
    if not free:
        return None
    e = self.new_site(firm, 'hn', key=self.rng.choice(free))
    e['hn_note'] = f"other site of the same firm billed separately ({e['site_key']} vs {anchor['site_key']})"
    return e


def hn_same_name(self, anchor):
    rng = self.rng
    if anchor['subtype'] not in ('restaurant', 'food'):
        return None
    name = anchor['op'] or anchor['legal']['base']
    if anchor['generic'] and rng.random() < 0.4:
        prov = rng.choice([p for p in ('ON', 'QC', 'BC') if p != anchor['prov']])
        city = self.pick_city(prov, town_ok=False)
    else:
        prov = anchor['prov']
        city = self.pick_city(prov, exclude=anchor['city'], town_ok=False)
    lang = anchor['lang'] if prov == anchor['prov'] else self.pick_lang(city)
    owner = self.unique_person(city, lang)
    e = _base_ent(self, 'business', anchor['subtype'], city, lang, 'hn')
    nm = dict(name=name, key=anchor['key'], trade=anchor['tradekw'], generic=True)
    fill_business(self, e, nm, anchor['subtype'], city, lang, owner, legal_kind='numbered' if anchor['legal']['kind'] == 'numbered' else 'named')
    e['hn_note'] = f"same trade name, unrelated business in {city['name']} ({anchor['city']} for the existing one)"
    return e


HN_FUNCS = dict(franchise_same_owner=hn_franchise_same_owner, franchise_other_franchisee=hn_franchise_other,
                numbered_same_owner=hn_numbered_same_owner, namesake_same_city=hn_namesake, jr_sr_same_farm=hn_jr_sr,
                spouse_same_address=hn_spouse, same_building_other_suite=hn_same_building, firm_other_site=hn_site,
                same_name_other_city=hn_same_name)
# ============================================================== rendering (entity -> contact record)
OA_FORMS = {'legal_oa': "{L} o/a {O}", 'legal_OA': "{L} O/A {O}", 'legal_dba': "{L} DBA {O}", 'legal_opas': "{L} operating as {O}",
            'op_paren_legal': "{O} ({L})", 'legal_paren_op': "{L} ({O})", 'op_dash_legal': "{O} - {L}", 'op_only': "{O}", 'legal_only': "{L}"}
OA_W = {
    ('qb', 'en'): [('legal_oa', 25), ('legal_OA', 5), ('op_paren_legal', 20), ('op_only', 25), ('legal_only', 10), ('legal_dba', 5), ('op_dash_legal', 5), ('legal_paren_op', 5)],
    ('app', 'en'): [('op_only', 50), ('legal_oa', 10), ('legal_only', 15), ('op_paren_legal', 10), ('legal_opas', 5), ('legal_dba', 5), ('legal_OA', 5)],
    ('qb', 'fr'): [('op_paren_legal', 30), ('op_only', 30), ('legal_only', 10), ('op_dash_legal', 10), ('legal_paren_op', 15), ('legal_oa', 5)],
    ('app', 'fr'): [('op_only', 55), ('op_paren_legal', 15), ('legal_only', 15), ('op_dash_legal', 5), ('legal_paren_op', 5), ('legal_oa', 5)],
}
STORE_FORMS = ['#{n}', '# {n}', 'No. {n}', '{n}', '- {n}', 'Store #{n}', 'Store {n}', '({n})', '#{n} - {city}', '- {city}', '{city}', '- {street}', 'succ. {n}', 'succursale {n}', 'none']
STORE_W = {
    'qb': [('#{n}', 45), ('Store {n}', 8), ('- {n}', 8), ('No. {n}', 6), ('({n})', 5), ('#{n} - {city}', 15), ('- {city}', 4), ('{n}', 5)],
    'app': [('#{n}', 30), ('{n}', 10), ('# {n}', 5), ('Store #{n}', 10), ('#{n} - {city}', 10), ('- {city}', 8), ('{city}', 6), ('- {street}', 5), ('none', 10)],
}
UNIT_WORDS = {'suite': ['Suite', 'Ste', 'Ste.', 'Unit'], 'unit': ['Unit', 'Unit', '#', 'Unit'], 'apt': ['Apt', 'Apt.', '#', 'Unit'],
              'bureau': ['bureau', 'bur.', 'suite', 'Bureau'], 'local': ['local', 'loc.', 'Local'], 'app': ['app.', 'appartement', '#', 'app']}
EW = {'qb': {'ap': 4, 'main': 3, 'person': 3, 'orders': 1, 'store': 2, 'site': 2, 'alt': 1, 'farm': 2, 'trade': 1},
      'app': {'ap': 0.5, 'main': 3, 'person': 4, 'orders': 3, 'store': 3, 'site': 2, 'alt': 2, 'farm': 2, 'trade': 2}}
PFMT_W = {'qb': [('paren', 55), ('dash', 25), ('dot', 5), ('space', 5), ('plain', 5), ('intl', 5)],
          'app': [('plain', 25), ('dash', 25), ('paren', 20), ('intl', 8), ('e164', 8), ('space', 7), ('dot', 4), ('one_dash', 3)]}
BOPS = ['noacc', 'amp', 'saint', 'les', 'the', 'abbr', 'hyph']
BOP_P = dict(noacc=(0.15, 0.03), amp=(0.12, 0.05), saint=(0.12, 0.05), les=(0.15, 0.05), the=(0.12, 0.05), abbr=(0.05, 0.03), hyph=(0.04, 0.01))


def apply_bop(op, s, lang):
    if not s:
        return s
    if op == 'noacc':
        return strip_acc(s)
    if op == 'amp':
        return t_amp(s, lang)
    if op == 'saint':
        return t_saint(s)
    if op == 'les':
        return t_les(s)
    if op == 'the':
        return t_the(s)
    if op == 'abbr':
        return t_abbr(s, ABBR)
    if op == 'hyph':
        return t_hyph(s)
    return s


def apply_bops(s, ops, lang):
    for op in ops:
        s = apply_bop(op, s, lang)
    return s


def numbered_forms(legal):
    n, j = legal['num'], legal['jur']
    if j == 'ON':
        if legal['suf'] == 'inc':
            return [f"{n} Ontario Inc.", f"{n} Ontario Inc", f"{n} ONTARIO INC.", f"{n} Ont. Inc.", f"{n} Ontario Incorporated", f"{n} Ont Inc"]
        suf = SUF[legal['suf']][0]
        return [f"{n} Ontario {suf}", f"{n} Ontario Ltd", f"{n} ONTARIO LIMITED", f"{n} Ont. Ltd.", f"{n} Ontario Ltd.", f"{n} Ont Limited"]
    if j == 'QC':
        a, b = n[:4], n[4:]
        return [f"{a}-{b} Québec inc.", f"{a}-{b} Quebec Inc.", f"{a}-{b} Québec Inc", f"{a}{b} Québec inc.", f"{a} {b} Québec inc.",
                f"{a}-{b} QUÉBEC INC.", f"{a}-{b} Qc inc.", f"{a}-{b} Quebec inc"]
    if j == 'BC':
        return [f"{n} B.C. Ltd.", f"{n} BC Ltd.", f"{n} B.C. Ltd", f"BC{n} Ltd.", f"{n} BC LTD", f"{n} B.C. LTD."]
    return [f"{n} Canada Inc.", f"{n} Canada Inc", f"{n} CANADA INC.", f"{n} Canada Incorporated", f"{n} Canada Inc"]


def legal_text(legal, st, lang):
    if legal['kind'] == 'numbered':
        forms = numbered_forms(legal)
        t = forms[st['numfmt'] % len(forms)]
        if st['suf'] == 'drop':
            t = re.sub(r'\s+(Inc\.?|inc\.?|INC\.?|Ltd\.?|LTD\.?|Limited|LIMITED|Incorporated)$', '', t)
        return t
    base = apply_bops(legal['base'], st['bops'], lang)
    canon, vars_ = SUF[legal['suf']]
    if st['suf'] == 'drop' or not canon:
        return base
    if st['suf'] == 'var':
        return f"{base} {vars_[st['sufvar'] % len(vars_)]}"
    return f"{base} {canon}"


def street_text(s, st):
    if s['lang'] == 'fr':
        t, name, d = s['type'], s['name'], s['dir']
        if st['saint']:
            name = re.sub(r'\bSainte-', 'Ste-', name)
            name = re.sub(r'\bSaint-', 'St-', name)
        if st.get('anglo') and t in FR2EN_TYPE:
            out = f"{name} {TYPE_EN[FR2EN_TYPE[t]][st['tform']]}"
            if d:
                out += ' ' + DIR_EN[FR2EN_DIR[d]][st['dform']]
            return out
        if t == 'rangnum':
            return f"{name}e Rang" if st['tform'] != 1 else f"rang {name}"
        out = f"{TYPE_FR[t][st['tform']]} {name}"
        if d:
            out += ' ' + DIR_FR[d][st['dform']]
        return out
    name, t, d = s['name'], s['type'], s['dir']
    if st['saint'] and name.startswith('St. '):
        name = 'St ' + name[4:]
    if t and (t in PRE_TYPES or t == 'Line') and name[0].isdigit():
        out = f"{TYPE_EN[t][st['tform']]} {name}"
    elif t:
        out = f"{name} {TYPE_EN[t][st['tform']]}"
    else:
        out = name
    if d:
        D = DIR_EN[d][st['dform']]
        out = f"{D} {out}" if s.get('prefix') else f"{out} {D}"
    return out


def render_address(a, sysn, rng, F, st):
    app = sysn == 'app'
    s = a['street']
    cityd = CITY_BY_NAME[a['city']]
    fr = s['lang'] == 'fr'
    G = lambda k, f: F[k] if k in F else f()
    st['tform'] = G('tform', lambda: rng.choice([0, 1, 1, 2]) if app else rng.choice([0, 1, 1, 1, 2]))
    st['dform'] = G('dform', lambda: rng.choice([0, 1, 1, 2]))
    st['saint'] = G('saint', lambda: 1 if rng.random() < (0.35 if app else 0.2) else 0)
    st['frcomma'] = G('frcomma', lambda: fr and rng.random() < (0.15 if app else 0.4))
    st['anglo'] = G('anglo', lambda: fr and a['city'] in ('Montréal', 'Gatineau', 'Laval', 'Brossard') and a.get('lang') == 'en' and rng.random() < 0.6)
    st['aacc'] = G('aacc', lambda: not (app and rng.random() < 0.2))
    core = street_text(s, st)
    num = a['num']
    if fr and not st['anglo']:
        line = f"{num}{',' if st['frcomma'] else ''} {core}"
    else:
        line = f"{num} {core}"
    line2 = None
    unit = a.get('unit')
    st['drop_unit'] = G('drop_unit', lambda: bool(unit) and rng.random() < (0.08 if app else 0.03))
    if F.get('show_unit'):
        st['drop_unit'] = False
    if unit and not st['drop_unit']:
        st['ufmt'] = G('ufmt', lambda: wpick(rng, [('pre', 25), ('dash', 30), ('post', 20), ('line2', 20), ('hash', 5)]))
        words = UNIT_WORDS[a['ukind']]
        st['uword'] = G('uword', lambda: 0 if rng.random() < 0.6 else rng.randrange(len(words)))
        Wd = words[st['uword'] % len(words)]
        ut = f"#{unit}" if Wd == '#' else f"{Wd} {unit}"
        f_ = st['ufmt']
        if f_ == 'pre':
            line = f"{ut}, {line}"
        elif f_ == 'dash':
            line = f"{unit}-{line}"
        elif f_ == 'post':
            line = f"{line}, {ut}"
        elif f_ == 'hash':
            line = f"{line} #{unit}"
        else:
            line2 = ut
    if a.get('rr'):
        st['rrfmt'] = G('rrfmt', lambda: rng.randrange(6))
        st['rrplace'] = G('rrplace', lambda: wpick(rng, [('line2', 45), ('post', 25), ('omit', 30)]))
        rr = ['RR {n}', 'R.R. {n}', 'RR #{n}', 'R.R. #{n}', 'RR{n}', 'Rural Route {n}'][st['rrfmt']].format(n=a['rr'])
        if st['rrplace'] == 'line2' and not line2:
            line2 = rr
        elif st['rrplace'] in ('post', 'line2'):
            line = f"{line}, {rr}"
    aliases = cityd['aliases']
    st['city'] = G('city', lambda: wpick(rng, [('canon', 75 if app else 85), ('alias', 10 if aliases else 0),
                                                ('noacc', 10 if strip_acc(a['city']) != a['city'] else 0), ('upper', 2 if app else 0)]))
    city = a['city']
    if st['city'] == 'alias' and aliases:
        city = aliases[rng.randrange(len(aliases))] if 'city_alias_i' not in F else aliases[F['city_alias_i'] % len(aliases)]
    elif st['city'] == 'noacc':
        city = strip_acc(city)
    elif st['city'] == 'upper':
        city = city.upper()
    regs = REGION[a['prov']]
    st['region'] = G('region', lambda: 0 if rng.random() < (0.8 if app else 0.7) else rng.randrange(1, len(regs)))
    st['postal'] = G('postal', lambda: wpick(rng, [('std', 50), ('nospace', 25), ('lower', 15), ('lower_nospace', 10)]) if app else
                     wpick(rng, [('std', 85), ('nospace', 10), ('lower', 3), ('lower_nospace', 2)]))
    st['country'] = G('country', lambda: wpick(rng, [('CA', 65), ('Canada', 20), (None, 10), ('CAN', 5)]) if app else
                      wpick(rng, [('Canada', 60), ('CA', 30), (None, 10)]))
    st['alower'] = G('alower', lambda: app and rng.random() < 0.05)
    if not st['aacc']:
        line, line2, city = strip_acc(line), strip_acc(line2), strip_acc(city)
    if st['alower']:
        line = line.lower()
        line2 = line2.lower() if line2 else line2
        city = city.lower()
    return dict(line1=line, line2=line2, city=city, region=regs[st['region'] % len(regs)],
                postalCode=fmt_postal(a['postal'], st['postal']), country=st['country'])


def render_business(ent, app, rng, F, st, info, c, addr):
    lang = ent['lang']
    legal = ent['legal']
    op = ent['op']
    sysn = 'app' if app else 'qb'
    G = lambda k, f: F[k] if k in F else f()
    texts = [legal.get('base') or '', op or '', ent['brand']['name'] if ent['brand'] else '']
    st['bops'] = G('bops', lambda: [o for o in BOPS if any(apply_bop(o, t, lang) != t for t in texts) and rng.random() < BOP_P[o][0 if app else 1]])
    if F.get('add_bop') and F['add_bop'] not in st['bops']:
        st['bops'] = st['bops'] + [F['add_bop']]
    st['suf'] = G('suf', lambda: wpick(rng, [('canon', 50), ('var', 22), ('drop', 28)]) if app else wpick(rng, [('canon', 82), ('var', 12), ('drop', 6)]))
    if legal['kind'] == 'numbered' and st['suf'] == 'drop' and 'suf' not in F and rng.random() < 0.75:
        st['suf'] = 'canon'
    st['sufvar'] = G('sufvar', lambda: rng.randrange(8))
    st['numfmt'] = G('numfmt', lambda: 0 if rng.random() < (0.6 if app else 0.85) else rng.randrange(1, 8))
    L = legal_text(legal, st, lang)
    O = apply_bops(op, st['bops'], lang) if op else None
    np = info['np']
    if ent['brand']:
        brand = ent['brand']
        B = apply_bops(brand['name'], st['bops'], lang)
        n = ent['store_no']
        st['sform'] = G('sform', lambda: wpick(rng, STORE_W[sysn]))
        if F.get('show_store') and '{n}' not in st['sform']:
            st['sform'] = '#{n}'
        sf = st['sform']
        if sf.startswith('succ') and lang != 'fr':
            sf = '#{n}'
        street = re.sub(r'^\d+\s*,?\s*', '', street_text(addr['street'], dict(tform=1, dform=1, saint=0, anglo=False)))
        disp = B if sf == 'none' else f"{B} {sf.format(n=n, city=addr['city'], street=street)}"
        st['bcomp'] = G('bcomp', lambda: wpick(rng, [('legal', 35), ('none', 45), ('brand', 10), ('legal_oa', 10)]) if app else
                        wpick(rng, [('legal', 60), ('none', 30), ('legal_oa', 10)]))
        company = {'legal': L, 'none': None, 'brand': B, 'legal_oa': f"{L} o/a {B}"}[st['bcomp']]
        np.add(('brand', brand['name']))
        if '{n}' in sf:
            np.add(('store', brand['name'], n))
        if st['bcomp'] in ('legal', 'legal_oa'):
            np.add(('legal', legal['lid']))
    elif ent['firm']:
        key = ent['site_key']
        if key.startswith('BR:'):
            cn = key[3:]
            labs = [cn, f"{cn} Branch", f"{cn}"] if lang == 'en' else [cn, f"succursale {cn}", f"Succ. {cn}"]
        else:
            labs = SITE_LABELS[key][lang]
        st['slab'] = G('slab', lambda: 0 if rng.random() < 0.7 else rng.randrange(1, len(labs)))
        lab = apply_bops(labs[st['slab'] % len(labs)], [b for b in st['bops'] if b == 'noacc'], lang)
        st['sfmt'] = G('sfmt', lambda: wpick(rng, [('dash', 45), ('paren', 30), ('space', 15), ('nosuf_dash', 10)]))
        st['slab_omit'] = G('slab_omit', lambda: rng.random() < (0.25 if app else (0.3 if key == 'HO' else 0.0)))
        if F.get('show_site'):
            st['slab_omit'] = False
        if st['slab_omit']:
            disp = L
        else:
            Lb = legal_text(legal, dict(st, suf='drop'), lang)
            disp = {'dash': f"{L} - {lab}", 'paren': f"{L} ({lab})", 'space': f"{L} {lab}", 'nosuf_dash': f"{Lb} - {lab}"}[st['sfmt']]
        st['bcomp'] = G('bcomp', lambda: wpick(rng, [('legal', 40), ('none', 60)]) if app else wpick(rng, [('legal', 50), ('none', 50)]))
        company = L if st['bcomp'] == 'legal' else None
        np.add(('legal', legal['lid']))
        if not st['slab_omit']:
            np.add(('site', legal['lid'], key))
    elif op:
        st['bform'] = G('bform', lambda: wpick(rng, OA_W[(sysn, lang)]))
        form = OA_FORMS[st['bform']]
        disp = form.format(L=L, O=O)
        if st['bform'] == 'op_only':
            st['bcomp'] = G('bcomp', lambda: wpick(rng, [('legal', 45), ('none', 55)]) if app else wpick(rng, [('legal', 70), ('none', 30)]))
        elif st['bform'] == 'legal_only':
            st['bcomp'] = G('bcomp', lambda: wpick(rng, [('op', 20), ('none', 80)]) if app else 'none')
        else:
            st['bcomp'] = G('bcomp', lambda: wpick(rng, [('legal', 40), ('none', 40), ('same', 20)]))
        company = {'legal': L, 'op': O, 'none': None, 'same': disp}[st['bcomp']]
        if '{L}' in form or st['bcomp'] == 'legal':
            np.add(('legal', legal['lid']))
        if '{O}' in form or st['bcomp'] == 'op':
            np.add(('op', nrm(op)))
    else:
        disp = L
        st['bcomp'] = G('bcomp', lambda: wpick(rng, [('same', 30), ('none', 70)]) if app else wpick(rng, [('same', 40), ('none', 60)]))
        company = disp if st['bcomp'] == 'same' else None
        np.add(('legal', legal['lid']))
    c['displayName'] = disp
    c['companyName'] = company
    ct = ent['contact']
    st['contact'] = bool(ct) and G('contact', lambda: rng.random() < (0.7 if app else 0.5))
    if ct and st['contact']:
        st['cnick'] = G('cnick', lambda: app and ct['first'] in NICK and rng.random() < 0.12) and ct['first'] in NICK
        g = NICK[ct['first']][rng.randrange(len(NICK[ct['first']]))] if st['cnick'] else ct['first']
        c['givenName'] = g
        c['familyName'] = ct['last']
        info['contact'] = (nrm(ct['first']), nrm(ct['last']))


def render_person(ent, app, rng, F, st, info, c):
    G = lambda k, f: F[k] if k in F else f()
    p = ent['person']
    trade = ent['trade']
    first, last, mi, sfx = p['first'], p['last'], p['middle'], p['suffix']
    st['last_short'] = bool(F.get('last_short')) and '-' in last
    if st['last_short']:
        last = last.split('-')[0]
    last_shown = typo(rng, last) if F.get('typo_last') else last
    st['nick'] = G('nick', lambda: app and rng.random() < 0.10) and first in NICK
    g = NICK[first][rng.randrange(len(NICK[first]))] if st['nick'] else first
    if F.get('typo_first'):
        g = typo(rng, g, minlen=3)
    if app:
        w = [('fl', 80), ('lcf', 5), ('fml', 5 if mi else 0), ('trade', 10 if trade else 0)]
    else:
        w = [('fl', 68), ('lcf', 15), ('fml', 8 if mi else 0), ('trade', 35 if trade else 0)]
    st['pform'] = G('pform', lambda: wpick(rng, w))
    if st['pform'] == 'fml' and not mi:
        st['pform'] = 'fl'
    if st['pform'] == 'trade' and not trade:
        st['pform'] = 'fl'
    st['sfx'] = bool(sfx) and G('sfx', lambda: rng.random() < (0.6 if app else 0.9))
    S = f" {sfx}" if (sfx and st['sfx']) else ''
    st['swap'] = G('swap', lambda: False)
    pf = st['pform']
    L = last_shown
    if pf == 'fml':
        disp = f"{g} {mi}. {L}{S}"
    elif pf == 'lcf':
        disp = f"{L}{S}, {g}"
    elif pf == 'trade':
        disp = trade
    else:
        disp = f"{g} {L}{S}"
    st['gf'] = G('gf', lambda: rng.random() < ((0.95 if app else 0.92) if pf != 'trade' else (0.85 if app else 0.9)))
    if st['gf']:
        given = g + (f" {mi}." if (pf == 'fml' and rng.random() < 0.5) else '')
        family = L + (S if (S and rng.random() < 0.5) else '')
        if st['swap']:
            given, family = family, given
            if pf != 'trade':
                disp = f"{given} {family}"
        c['givenName'], c['familyName'] = given, family
    company = None
    if trade:
        if pf == 'trade':
            st['tcomp'] = G('tcomp', lambda: rng.random() < 0.5)
        else:
            st['tcomp'] = G('tcomp', lambda: rng.random() < (0.5 if app else 0.6))
        company = trade if st['tcomp'] else None
    c['displayName'] = disp
    c['companyName'] = company
    if pf != 'trade' or st['gf']:
        np_key = ('person', nrm(first), nrm(p['last']))
        info['np'].add(np_key)
    if trade and (pf == 'trade' or company):
        info['np'].add(('trade', nrm(trade)))


def cap_email(e):
    loc, dom = e.split('@')
    return '.'.join(x[:1].upper() + x[1:] for x in loc.split('.')) + '@' + dom[:1].upper() + dom[1:]


def render(ent, sysn, rng, F=None, view=None):
    F = F or {}
    view = view or {}
    app = sysn == 'app'
    G = lambda k, f: F[k] if k in F else f()
    addr = view.get('addr', ent['addr'])
    emails = view.get('emails', ent['emails'])
    phones = view.get('phones', ent['phones'])
    st = {}
    info = {'np': set(), 'st': st, 'contact': None, 'email': None, 'phone': None, 'addr': None}
    c = {"displayName": None, "givenName": None, "familyName": None, "companyName": None, "email": None, "phone": None, "address": None}
    if ent['kind'] == 'business':
        render_business(ent, app, rng, F, st, info, c, addr)
    else:
        render_person(ent, app, rng, F, st, info, c)
    private = ent['subtype'] == 'private'
    # ---- email
    keys = [k for k in emails if emails[k]]
    st['no_email'] = (not keys) or G('no_email', lambda: rng.random() < (0.05 if app else (0.15 if private else 0.10)))
    if not st['no_email']:
        st['ekey'] = F['ekey'] if F.get('ekey') in keys else wpick(rng, [(k, EW[sysn].get(k, 1)) for k in keys])
        e = emails[st['ekey']]
        st['ecase'] = G('ecase', lambda: app and rng.random() < 0.03)
        c['email'] = cap_email(e) if st['ecase'] else e
        info['email'] = e.lower()
    # ---- phone
    pk = [k for k in ('main', 'cell') if phones.get(k)]
    st['no_phone'] = (not pk) or G('no_phone', lambda: rng.random() < (0.05 if app else 0.07))
    if not st['no_phone']:
        st['pkey'] = F['pkey'] if F.get('pkey') in pk else wpick(rng, [('main', 2 if app else 3), ('cell', 2 if app else 1)] if len(pk) > 1 else [(pk[0], 1)])
        d = phones[st['pkey']]
        st['pfmt'] = G('pfmt', lambda: wpick(rng, PFMT_W[sysn]))
        ph = fmt_phone(d, st['pfmt'])
        if st['pkey'] == 'main' and phones.get('ext'):
            st['ext'] = G('ext', lambda: rng.random() < (0.4 if app else 0.85))
            if st['ext']:
                st['extfmt'] = G('extfmt', lambda: wpick(rng, [('x', 45), ('ext', 35), ('ext2', 10), ('poste', 10 if ent['lang'] == 'fr' else 0), ('comma', 5)]))
                ph += fmt_ext(phones['ext'], st['extfmt'])
        c['phone'] = ph
        info['phone'] = d
    # ---- address
    st['no_addr'] = G('no_addr', lambda: rng.random() < (0.06 if app else (0.15 if private else 0.05)))
    if not st['no_addr']:
        c['address'] = render_address(addr, sysn, rng, F, st)
        unit_shown = addr.get('unit') if (addr.get('unit') and not st.get('drop_unit')) else None
        info['addr'] = (addr['bkey'], unit_shown)
    return c, info
# ============================================================== variants, evidence, assembly
BIZ_OPS = [('typo_name', 12), ('typo_name2', 2), ('typo_addr', 6), ('typo_city', 2), ('typo_email', 3), ('upper_name', 5), ('lower_name', 2),
           ('upper_all', 2), ('accents', 8), ('drop_email', 7), ('drop_phone', 7), ('drop_address', 5), ('drop_contact', 4), ('add_contact', 4),
           ('suffix', 10), ('abbrev', 7), ('numbered_vs_operating', 9), ('store_form', 5), ('site_label', 4), ('drop_ext', 2),
           ('postal_fmt', 4), ('city_alias', 4), ('unit_fmt', 4), ('contact_nick', 5)]
PER_OPS = [('typo_name', 6), ('typo_family', 6), ('typo_given', 4), ('typo_addr', 6), ('typo_city', 2), ('typo_email', 3), ('upper_name', 4),
           ('lower_name', 3), ('upper_all', 2), ('accents', 8), ('drop_email', 7), ('drop_phone', 6), ('drop_address', 6), ('swap', 6),
           ('nickname', 15), ('middle', 4), ('last_first', 5), ('trade_vs_person', 5), ('hyphen_short', 3), ('postal_fmt', 4),
           ('city_alias', 4), ('unit_fmt', 3), ('sfx_drop', 3)]
POST_OPS = {'typo_name', 'typo_name2', 'typo_addr', 'typo_city', 'typo_email', 'upper_name', 'lower_name', 'upper_all', 'accents'}
DOM_TYPO = {'gmail.com': 'gmial.com', 'hotmail.com': 'hotmial.com', 'sympatico.ca': 'sympatico.com', 'videotron.ca': 'videotron.com',
            'outlook.com': 'outlok.com', 'shaw.ca': 'shaw.com', 'telus.net': 'telus.com', 'rogers.com': 'roger.com'}
STORE_APP_FORMS = [f for f, _ in STORE_W['app']]


def ent_text_blob(ent):
    parts = [ent['city']]
    if ent['kind'] == 'person':
        parts += [ent['person']['first'], ent['person']['last'], ent['trade'] or '']
    else:
        parts += [ent['legal'].get('base') or '', ent['op'] or '', ent['brand']['name'] if ent['brand'] else '']
        if ent['contact']:
            parts += [ent['contact']['first'], ent['contact']['last']]
    parts += [ent['addr']['street']['name']]
    return ' '.join(parts)


def applicable(op, ent, rst, rc):
    biz = ent['kind'] == 'business'
    if op in ('typo_addr', 'typo_city', 'postal_fmt'):
        return rc['address'] is not None
    if op == 'accents':
        return strip_acc(ent_text_blob(ent)) != ent_text_blob(ent)
    if op == 'drop_email':
        return rc['email'] is not None
    if op == 'drop_phone':
        return rc['phone'] is not None
    if op == 'drop_address':
        return rc['address'] is not None
    if op == 'city_alias':
        cd = CITY_BY_NAME[ent['addr']['city']]
        return bool(cd['aliases']) or strip_acc(cd['name']) != cd['name']
    if op == 'unit_fmt':
        return bool(ent['addr'].get('unit')) and rc['address'] is not None and not rst.get('drop_unit')
    if biz:
        if op == 'drop_contact':
            return bool(ent['contact']) and rst.get('contact')
        if op == 'add_contact':
            return bool(ent['contact']) and not rst.get('contact')
        if op == 'contact_nick':
            return bool(ent['contact']) and ent['contact']['first'] in NICK
        if op == 'suffix':
            return ent['legal']['kind'] == 'numbered' or ent['legal']['suf'] != 'none'
        if op == 'abbrev':
            texts = [ent['legal'].get('base') or '', ent['op'] or '', ent['brand']['name'] if ent['brand'] else '']
            return any(apply_bop(o, t, ent['lang']) != t for o in BOPS if o not in ('noacc',) and o not in rst.get('bops', []) for t in texts)
        if op == 'numbered_vs_operating':
            return bool(ent['op']) and not ent['brand'] and not ent['firm']
        if op == 'store_form':
            return bool(ent['brand'])
        if op == 'site_label':
            return bool(ent['firm'])
        if op == 'drop_ext':
            return bool(ent['phones'].get('ext')) and rst.get('ext')
        return op in dict(BIZ_OPS)
    p = ent['person']
    if op == 'nickname':
        return p['first'] in NICK and not rst.get('nick')
    if op == 'middle':
        return bool(p['middle'])
    if op == 'last_first':
        return rst.get('pform') != 'lcf'
    if op == 'trade_vs_person':
        return bool(ent['trade'])
    if op == 'hyphen_short':
        return '-' in p['last']
    if op == 'sfx_drop':
        return bool(p['suffix']) and rst.get('sfx')
    return op in dict(PER_OPS)


def op_to_force(op, ent, rst, rng, F):
    if op == 'drop_email':
        F['no_email'] = True
    elif op == 'drop_phone':
        F['no_phone'] = True
    elif op == 'drop_address':
        F['no_addr'] = True
    elif op == 'drop_contact':
        F['contact'] = False
    elif op == 'add_contact':
        F['contact'] = True
    elif op == 'contact_nick':
        F['contact'] = True
        F['cnick'] = True
    elif op == 'suffix':
        if ent['legal']['kind'] == 'numbered' and not ent['firm']:
            F['numfmt'] = rng.randrange(1, 8) if rst.get('numfmt', 0) == 0 else 0
            if rng.random() < 0.2:
                F['suf'] = 'drop'
        else:
            F['suf'] = rng.choice([s for s in ('canon', 'var', 'drop') if s != rst.get('suf')] + (['var'] if rst.get('suf') == 'var' else []))
            F['sufvar'] = rng.randrange(8)
    elif op == 'abbrev':
        texts = [ent['legal'].get('base') or '', ent['op'] or '', ent['brand']['name'] if ent['brand'] else '']
        cands = [o for o in BOPS if o != 'noacc' and o not in rst.get('bops', []) and any(apply_bop(o, t, ent['lang']) != t for t in texts)]
        if cands:
            F['add_bop'] = rng.choice(cands)
    elif op == 'numbered_vs_operating':
        np = rst['_np']
        has_l = any(x[0] == 'legal' for x in np)
        has_o = any(x[0] == 'op' for x in np)
        if has_l and has_o:
            F['bform'] = rng.choice(['op_only', 'legal_only'])
        elif has_l:
            F['bform'] = 'op_only'
        else:
            F['bform'] = 'legal_only'
        F['bcomp'] = 'none'
    elif op == 'store_form':
        F['sform'] = rng.choice([f for f in STORE_APP_FORMS if f != rst.get('sform')])
    elif op == 'site_label':
        if rst.get('slab_omit'):
            F['slab_omit'] = False
        elif rng.random() < 0.4:
            F['slab_omit'] = True
        else:
            F['slab'] = rst.get('slab', 0) + 1
            F['sfmt'] = rng.choice(['dash', 'paren', 'space', 'nosuf_dash'])
    elif op == 'drop_ext':
        F['ext'] = False
    elif op == 'postal_fmt':
        F['postal'] = rng.choice([x for x in ('std', 'nospace', 'lower', 'lower_nospace') if x != rst.get('postal')])
    elif op == 'city_alias':
        cd = CITY_BY_NAME[ent['addr']['city']]
        F['city'] = 'alias' if cd['aliases'] and rst.get('city') != 'alias' else ('noacc' if strip_acc(cd['name']) != cd['name'] else 'alias')
    elif op == 'unit_fmt':
        F['ufmt'] = rng.choice([x for x in ('pre', 'dash', 'post', 'line2', 'hash') if x != rst.get('ufmt')])
        F['show_unit'] = True
    elif op == 'swap':
        F['swap'] = True
        F['gf'] = True
        F['pform'] = 'fl'
    elif op == 'nickname':
        F['nick'] = True
        F['pform'] = F.get('pform', 'fl') if rst.get('pform') != 'trade' else 'fl'
        F['gf'] = True
    elif op == 'middle':
        F['pform'] = 'fml' if rst.get('pform') != 'fml' else 'fl'
    elif op == 'last_first':
        F['pform'] = 'lcf'
    elif op == 'trade_vs_person':
        if rst.get('pform') != 'trade':
            F['pform'] = 'trade'
            F['gf'] = rng.random() < 0.7
        else:
            F['pform'] = 'fl'
            F['gf'] = True
    elif op == 'hyphen_short':
        F['last_short'] = True
    elif op == 'sfx_drop':
        F['sfx'] = False
    elif op == 'typo_family':
        F['typo_last'] = True
    elif op == 'typo_given':
        F['typo_first'] = True


def _addr_map(c, fn):
    a = c['address']
    if a:
        for k in ('line1', 'line2', 'city'):
            if a.get(k):
                a[k] = fn(a[k])


def post_apply(rng, c, op):
    before = json.dumps(c, ensure_ascii=False, sort_keys=True)
    if op == 'typo_name':
        old = c['displayName']
        c['displayName'] = typo(rng, old)
        if c['companyName'] == old and rng.random() < 0.3:
            c['companyName'] = c['displayName']
    elif op == 'typo_name2':
        c['displayName'] = typo(rng, typo(rng, c['displayName']))
    elif op == 'typo_addr':
        if c['address'] and c['address']['line1']:
            c['address']['line1'] = typo(rng, c['address']['line1'])
    elif op == 'typo_city':
        if c['address'] and c['address']['city']:
            c['address']['city'] = typo(rng, c['address']['city'], minlen=5)
    elif op == 'typo_email':
        if c['email']:
            loc, dom = c['email'].split('@')
            if dom.lower() in DOM_TYPO and rng.random() < 0.45:
                dom = DOM_TYPO[dom.lower()]
            else:
                loc = typo(rng, loc)
            c['email'] = f"{loc}@{dom}"
    elif op == 'upper_name':
        c['displayName'] = c['displayName'].upper()
        if c['companyName'] and rng.random() < 0.5:
            c['companyName'] = c['companyName'].upper()
    elif op == 'lower_name':
        c['displayName'] = c['displayName'].lower()
        if rng.random() < 0.5:
            for k in ('givenName', 'familyName'):
                if c[k]:
                    c[k] = c[k].lower()
    elif op == 'upper_all':
        for k in ('displayName', 'givenName', 'familyName', 'companyName'):
            if c[k]:
                c[k] = c[k].upper()
        _addr_map(c, str.upper)
    elif op == 'accents':
        for k in ('displayName', 'givenName', 'familyName', 'companyName'):
            if c[k]:
                c[k] = strip_acc(c[k])
        _addr_map(c, strip_acc)
    after = json.dumps(c, ensure_ascii=False, sort_keys=True)
    return after != before


class Linker:
    """Indexes over the ground truth, used to make sure each duplicate stays recognisable."""

    def __init__(self, W):
        self.W = W
        self.idx = {k: {} for k in ('email', 'phone', 'bkey', 'full', 'contact', 'np')}
        for e in W.ents.values():
            eid = e['id']
            for v in e['emails'].values():
                self._add('email', v.lower(), eid)
            for k in ('main', 'cell'):
                if e['phones'].get(k):
                    self._add('phone', e['phones'][k], eid)
            self._add('bkey', e['addr']['bkey'], eid)
            self._add('full', (e['addr']['bkey'], e['addr'].get('unit')), eid)
            if e['kind'] == 'business':
                if e['contact']:
                    self._add('contact', (nrm(e['contact']['first']), nrm(e['contact']['last'])), eid)
                self._add('np', ('legal', e['legal']['lid']), eid)
                if e['op']:
                    self._add('np', ('op', nrm(e['op'])), eid)
                if e['brand']:
                    self._add('np', ('brand', e['brand']['name']), eid)
                    self._add('np', ('store', e['brand']['name'], e['store_no']), eid)
                if e['firm']:
                    self._add('np', ('site', e['legal']['lid'], e['site_key']), eid)
            else:
                p = e['person']
                self._add('np', ('person', nrm(p['first']), nrm(p['last'])), eid)
                if e['trade']:
                    self._add('np', ('trade', nrm(e['trade'])), eid)

    def _add(self, k, key, eid):
        s = self.idx[k].setdefault(key, set())
        s.add(eid)

    def uniq(self, k, key, eid):
        return self.idx[k].get(key) == {eid}

    def evidence(self, rec, ref, eid):
        disc, weak = [], []
        for f, k in (('email', 'email'), ('phone', 'phone')):
            if rec[f] and ref[f] and rec[f] == ref[f]:
                (disc if self.uniq(k, rec[f], eid) else weak).append(f)
        a1, a2 = rec['addr'], ref['addr']
        if a1 and a2 and a1[0] == a2[0]:
            if self.uniq('bkey', a1[0], eid):
                disc.append('address')
            elif a1[1] and a2[1] and a1[1] == a2[1] and self.uniq('full', (a1[0], a1[1]), eid):
                disc.append('address+unit')
            else:
                weak.append('address(shared)')
        if rec['contact'] and ref['contact'] and rec['contact'] == ref['contact']:
            (disc if self.uniq('contact', rec['contact'], eid) else weak).append('contact_person')
        ov = rec['np'] & ref['np']
        name_disc = [p for p in sorted(ov) if self.uniq('np', p, eid)]
        # joint: an anchor shared with other customers, but none of them also shares the overlapping name
        name_cands = set()
        for p in ov:
            name_cands |= self.idx['np'].get(p, set())
        joint = []
        if ov:
            for f, k in (('email', 'email'), ('phone', 'phone')):
                if f in weak and (self.idx[k].get(rec[f], set()) & name_cands) == {eid}:
                    joint.append(f)
            if 'address(shared)' in weak and (self.idx['bkey'].get(a1[0], set()) & name_cands) == {eid}:
                joint.append('address')
        return dict(disc=disc, weak=weak, name_overlap=len(ov) > 0, name_disc=len(name_disc) > 0, joint=joint)

    def ok(self, ev, kind):
        contact_disc = [d for d in ev['disc'] if d != 'contact_person']
        if not ev['name_overlap']:
            return len(ev['disc']) >= 2 and len(contact_disc) >= 1
        if kind == 'person':
            return len(contact_disc) >= 1 or (ev['name_disc'] and len(ev['weak']) >= 1) or len(ev['joint']) >= 1
        return len(ev['disc']) >= 1 or ev['name_disc'] or len(ev['joint']) >= 1


def life_changes(W, ent, rng, F):
    view, life = {}, []
    if rng.random() < 0.10:
        kind = 'farm' if ent['subtype'] == 'farmer' else ('res' if ent['kind'] == 'person' else 'com')
        city = CITY_BY_NAME[ent['city']] if (rng.random() < 0.75 or ent['brand'] or ent['firm']) else W.pick_city(ent['prov'], farm=(kind == 'farm'))
        view['addr'] = W.gen_addr(city, kind, unit_p=(0.3 if kind != 'farm' else 0), lang=ent['lang'])
        F['no_addr'] = False
        life.append('address_moved')
    if rng.random() < 0.10:
        E = dict(ent['emails'])
        if ent['kind'] == 'person':
            E = {'main': W.personal_email(ent['person'], ent['prov'], rural=ent['subtype'] == 'farmer')}
            F['ekey'] = 'main'
            life.append('email_new:personal_provider_changed')
        elif ent['contact'] and rng.random() < 0.5:
            E['newp'] = W.personal_email(ent['contact'], ent['prov'])
            F['ekey'] = 'newp'
            life.append('email_new:contact_personal_mailbox')
        elif ent.get('domain') or '@' in (ent['emails'].get('main') or ''):
            dom = ent.get('domain') or ent['emails'].get('ap', ent['emails'].get('main', '')).split('@')[1]
            for r in ROLE[ent['lang']]['orders'] + ROLE[ent['lang']]['main']:
                cand = f"{r}@{dom}"
                if cand not in W.emails and '.' in dom and dom not in ('gmail.com', 'hotmail.com', 'outlook.com', 'videotron.ca', 'shaw.ca', 'telus.net', 'rogers.com', 'bell.net'):
                    W.emails.add(cand)
                    E['newr'] = cand
                    F['ekey'] = 'newr'
                    life.append('email_new:role_mailbox')
                    break
        if 'ekey' in F:
            view['emails'] = E
            F['no_email'] = False
    if rng.random() < 0.08:
        P = dict(ent['phones'])
        city = CITY_BY_NAME[ent['city']]
        if ent['kind'] == 'person':
            P = {'main': W.gen_phone(city)}
            F['pkey'] = 'main'
        else:
            P['cell'] = W.gen_phone(city)
            F['pkey'] = 'cell'
        F['no_phone'] = False
        view['phones'] = P
        life.append('phone_new')
    return view, life


DIFF_KEYS = ['bform', 'bcomp', 'sform', 'slab_omit', 'slab', 'suf', 'numfmt', 'bops', 'contact', 'cnick', 'pform', 'nick', 'swap', 'gf',
             'sfx', 'tcomp', 'no_email', 'ekey', 'no_phone', 'pkey', 'pfmt', 'ext', 'no_addr', 'ufmt', 'drop_unit', 'postal', 'region',
             'city', 'country']


def style_diff(rst, st):
    out = []
    for k in DIFF_KEYS:
        a, b = rst.get(k), st.get(k)
        if a != b and not (a in (None, False, []) and b in (None, False, [])):
            out.append(f"{k}:{a}->{b}")
    return out


def field_diff(a, b):
    out = []
    for k in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone'):
        if a[k] != b[k]:
            out.append(k)
    if a['address'] != b['address']:
        if a['address'] is None or b['address'] is None:
            out.append('address')
        else:
            out += ['address.' + k for k in ('line1', 'line2', 'city', 'region', 'postalCode', 'country') if a['address'][k] != b['address'][k]]
    return out


def make_variant(W, LK, ent, ref, rng):
    rc, rinfo = ref
    rst = dict(rinfo['st'])
    rst['_np'] = rinfo['np']
    for attempt in range(60):
        F = {}
        view, life = life_changes(W, ent, rng, F) if attempt < 40 else ({}, [])
        k = wpick(rng, [(1, 45), (2, 35), (3, 15), (4, 5)])
        pool = [(o, w) for o, w in (BIZ_OPS if ent['kind'] == 'business' else PER_OPS) if applicable(o, ent, rst, rc)]
        ops = []
        while len(ops) < k and pool:
            o = wpick(rng, pool)
            pool = [(x, w) for x, w in pool if x != o]
            ops.append(o)
        for o in ops:
            if o not in POST_OPS:
                op_to_force(o, ent, rst, rng, F)
        c, info = render(ent, 'app', rng, F, view)
        applied = [o for o in ops if o not in POST_OPS]
        for o in ops:
            if o in POST_OPS and post_apply(rng, c, o):
                applied.append(o)
        if c == rc:
            continue
        ev = LK.evidence(info, rinfo, ent['id'])
        if not LK.ok(ev, ent['kind']):
            continue
        return c, info, dict(ops=life + applied, style=style_diff(rinfo['st'], info['st']), diff_fields=field_diff(rc, c), evidence=ev)
    return None     # no recognisable variant exists (e.g. father/son sharing every identifying detail)


HN_FORCE_DIST = {
    'franchise_same_owner': ['store', 'address'], 'franchise_other_franchisee': ['store', 'address'], 'firm_other_site': ['site', 'address'],
    'numbered_same_owner': ['legal'], 'namesake_same_city': ['address', 'contactinfo'], 'jr_sr_same_farm': ['suffix', 'contactinfo'],
    'spouse_same_address': ['given', 'address'], 'same_building_other_suite': ['unit', 'address'], 'same_name_other_city': ['address'],
}


def render_hn(W, ent, htype, anchor_rec, rng):
    arc = anchor_rec[0]
    for attempt in range(40):
        F = {}
        need = HN_FORCE_DIST[htype]
        if 'store' in need:
            F['show_store'] = True
        if 'site' in need:
            F['show_site'] = True
        if 'address' in need:
            F['no_addr'] = False
            F['city'] = 'canon' if htype == 'same_name_other_city' else F.get('city', 'canon' if rng.random() < 0.8 else 'noacc')
        if 'unit' in need:
            F['show_unit'] = True
        if 'legal' in need:
            if ent['op']:
                F['bform'] = rng.choice(['legal_only', 'legal_oa', 'op_paren_legal', 'legal_paren_op', 'op_only'])
                if F['bform'] == 'op_only':
                    F['bcomp'] = 'legal'
            F['numfmt'] = 0 if rng.random() < 0.7 else rng.randrange(1, 8)
            F['suf'] = 'canon'
        if 'given' in need:
            F['gf'] = True
            if ent['trade'] and rng.random() < 0.8:
                F['tcomp'] = True
        if 'suffix' in need and ent['person']['suffix']:
            F['sfx'] = True
            F['pform'] = rng.choice(['fl', 'fl', 'lcf'])
        if 'contactinfo' in need:
            if rng.random() < 0.6:
                F['no_email'] = False
            else:
                F['no_phone'] = False
            if arc['address'] is None:
                F['no_email'] = False
                F['no_phone'] = False
            if htype == 'jr_sr_same_farm':
                F['pkey'] = 'cell'
                F['no_phone'] = False
                F['no_email'] = False
            if htype == 'namesake_same_city':
                F['no_addr'] = False
        c, info = render(ent, 'app', rng, F)
        ops = []
        if rng.random() < 0.12:
            o = rng.choice(['upper_name', 'accents', 'lower_name', 'typo_addr'])
            if post_apply(rng, c, o):
                ops.append(o)
        if c == arc:
            continue
        diffs = field_diff(arc, c)
        if not diffs:
            continue
        return c, info, dict(ops=ops, diff_fields=diffs)
    raise RuntimeError('hn render ' + ent['id'])


def render_new(W, ent, rng):
    c, info = render(ent, 'app', rng, {})
    ops = []
    if rng.random() < 0.06:
        o = rng.choice(['upper_name', 'lower_name', 'typo_name', 'typo_addr'])
        if post_apply(rng, c, o):
            ops.append(o)
    return c, info, ops


def render_existing(W, ent, rng):
    c, info = render(ent, 'qb', rng, {})
    ops = []
    r = rng.random()
    if r < 0.02:
        c['displayName'] = c['displayName'].upper()
        ops.append('legacy_all_caps')
    elif r < 0.04:
        c['displayName'] = typo(rng, c['displayName'])
        ops.append('bookkeeper_typo_name')
    elif r < 0.055 and c['address']:
        c['address']['line1'] = typo(rng, c['address']['line1'])
        ops.append('bookkeeper_typo_address')
    return c, info, ops
# ============================================================== build & write
SEED = 20240611
N_EXISTING = 1500
HN_PLAN = [('franchise_same_owner', 37, 8), ('franchise_other_franchisee', 40, 0), ('numbered_same_owner', 23, 7),
           ('namesake_same_city', 40, 0), ('jr_sr_same_farm', 25, 0), ('spouse_same_address', 25, 0),
           ('same_building_other_suite', 30, 0), ('firm_other_site', 30, 10), ('same_name_other_city', 25, 0)]
SPECIAL_TRADES = ('tscc', 'strata', 'legion', 'syndicat', 'agedor', 'curling', 'community', 'centre')


def eligible_rec(htype, e, rec):
    c, info = rec
    if htype in ('spouse_same_address', 'jr_sr_same_farm', 'same_building_other_suite'):
        return c['address'] is not None
    if htype == 'namesake_same_city':
        return c['address'] is not None or c['phone'] is not None
    if htype == 'numbered_same_owner':
        return c['address'] is not None or info['contact'] is not None
    if htype == 'same_name_other_city':
        return any(p[0] == 'op' for p in info['np']) or (e['op'] is None and e['legal']['kind'] == 'named')
    return True


def eligible(htype, e):
    st = e['subtype']
    if htype.startswith('franchise'):
        return st == 'franchise_location'
    if htype == 'numbered_same_owner':
        return st in ('restaurant', 'food', 'trade', 'property') and bool(e['contact']) and e['tradekw'] not in SPECIAL_TRADES
    if htype == 'namesake_same_city':
        return e['kind'] == 'person' and st != 'farmer' and CITY_BY_NAME[e['city']]['w'] >= 1
    if htype == 'jr_sr_same_farm':
        return st == 'farmer' and e['person']['gender'] == 'm'
    if htype == 'spouse_same_address':
        return st in ('private', 'contractor', 'food_trader') and not e['addr'].get('unit')
    if htype == 'same_building_other_suite':
        return st in ('restaurant', 'food', 'trade', 'property') and bool(e['addr'].get('unit')) and e['tradekw'] not in SPECIAL_TRADES
    if htype == 'firm_other_site':
        return st == 'firm_site' and any(k not in e['firm']['used'] for k in e['firm']['keys'])
    if htype == 'same_name_other_city':
        return st in ('restaurant', 'food') and e['tradekw'] not in SPECIAL_TRADES
    return False


def anchor_weight(htype, e):
    if htype == 'numbered_same_owner':
        return 3.0 if e['legal']['kind'] == 'numbered' else 1.0
    if htype == 'same_name_other_city':
        return 8.0 if e['generic'] else 1.0
    if htype == 'namesake_same_city':
        common = {'tremblay', 'gagnon', 'roy', 'cote', 'smith', 'brown', 'wilson', 'singh', 'patel', 'nguyen', 'wong', 'chan', 'li', 'lee',
                  'martin', 'bouchard', 'gauthier', 'morin', 'macdonald', 'taylor', 'campbell', 'silva', 'santos', 'rossi'}
        return 3.0 if nrm(e['person']['last']) in common else 1.0
    return 1.0


def weighted_order(rng, ids, weights):
    keyed = [(rng.random() ** (1.0 / w), i) for i, w in zip(ids, weights)]
    keyed.sort(key=lambda x: (-x[0], x[1]))
    return [i for _, i in keyed]


def build():
    W = World(SEED)
    rng = W.rng
    existing = []
    # ---------------- existing customers (QuickBooks)
    cnt = 0
    while cnt < 105:
        brand = BRANDS[rng.randrange(len(BRANDS))]
        fr = W.new_franchisee(brand, rng.choice(brand['provs']))
        k = min(wpick(rng, [(1, 5), (2, 3), (3, 2), (4, 1)]), 105 - cnt)
        for _ in range(k):
            existing.append(W.new_franchise_location(fr, 'existing')['id'])
            cnt += 1
    cnt = 0
    while cnt < 72:
        firm = W.new_firm(W.pick_prov())
        k = min(wpick(rng, [(1, 4), (2, 4), (3, 2)]), 72 - cnt)
        for _ in range(k):
            existing.append(W.new_site(firm, 'existing')['id'])
            cnt += 1
    for sub, n in [('restaurant', 200), ('food', 200), ('trade', 300), ('property', 45), ('institution', 53)]:
        for _ in range(n):
            existing.append(W.new_business(sub, W.pick_prov(), 'existing')['id'])
    for sub, n in [('contractor', 165), ('farmer', 110), ('private', 175), ('food_trader', 75)]:
        for _ in range(n):
            existing.append(W.new_person_ent(sub, W.pick_prov(), 'existing')['id'])
    assert len(existing) == N_EXISTING, len(existing)

    # ---------------- brand-new customers (first seen in the app)
    new_ids, new_fr, new_sites, new_single = [], [], [], []
    cnt = 0
    while cnt < 14:
        brand = BRANDS[rng.randrange(len(BRANDS))]
        fr = W.new_franchisee(brand, rng.choice(brand['provs']))
        k = min(wpick(rng, [(1, 3), (2, 2)]), 14 - cnt)
        for _ in range(k):
            e = W.new_franchise_location(fr, 'new')
            new_ids.append(e['id'])
            new_fr.append(e['id'])
            cnt += 1
    for _ in range(12):
        e = W.new_site(W.new_firm(W.pick_prov()), 'new')
        new_ids.append(e['id'])
        new_sites.append(e['id'])
    for sub, n in [('restaurant', 55), ('food', 55), ('trade', 85), ('property', 12), ('institution', 12)]:
        for _ in range(n):
            e = W.new_business(sub, W.pick_prov(), 'new')
            new_ids.append(e['id'])
            new_single.append(e['id'])
    for sub, n in [('contractor', 45), ('farmer', 20), ('private', 50), ('food_trader', 15)]:
        for _ in range(n):
            new_ids.append(W.new_person_ent(sub, W.pick_prov(), 'new')['id'])
    assert len(new_ids) == 375, len(new_ids)

    # ---------------- render existing
    recs = {}
    ex_meta = {}
    for eid in existing:
        c, info, ops = render_existing(W, W.ents[eid], rng)
        recs[('existing', eid)] = (c, info)
        ex_meta[eid] = ops
    # QuickBooks display names are unique
    seen = {}
    for eid in existing:
        c = recs[('existing', eid)][0]
        k = c['displayName'].casefold()
        if k in seen:
            ent = W.ents[eid]
            alt = f"{c['displayName']} - {ent['city']}"
            if alt.casefold() in seen:
                alt = f"{c['displayName']} (2)"
            c['displayName'] = alt
            ex_meta[eid] = ex_meta[eid] + ['qbo_unique_name_suffix']
            k = alt.casefold()
        seen[k] = eid

    new_ops = {}
    for eid in new_ids:
        c, info, ops = render_new(W, W.ents[eid], rng)
        recs[('first', eid)] = (c, info)
        new_ops[eid] = ops

    # ---------------- hard negatives
    hn = []     # (hn_id, htype, anchor_id)
    used = set()
    for htype, n_ex, n_new in HN_PLAN:
        for pool_ids, n in ((existing, n_ex), (new_fr if htype == 'franchise_same_owner' else new_sites if htype == 'firm_other_site' else new_single, n_new)):
            if n == 0:
                continue
            cands = [i for i in pool_ids if eligible(htype, W.ents[i])]
            order = weighted_order(rng, cands, [anchor_weight(htype, W.ents[i]) for i in cands])
            got = 0
            for aid in order:
                if got >= n:
                    break
                arec = recs[('existing', aid)] if W.ents[aid]['origin'] == 'existing' else recs[('first', aid)]
                if (htype, aid) in used or not eligible(htype, W.ents[aid]) or not eligible_rec(htype, W.ents[aid], arec):
                    continue
                e = HN_FUNCS[htype](W, W.ents[aid])
                if e is None:
                    continue
                used.add((htype, aid))
                e['origin'] = 'hn'
                hn.append((e['id'], htype, aid))
                got += 1
            assert got == n, (htype, got, n)
    assert len(hn) == 300, len(hn)

    LK = Linker(W)

    # ---------------- incoming events
    events = []   # dict(t, eid, cat, ...)
    first_t = {}
    for eid in new_ids:
        c, info = recs[('first', eid)]
        t = rng.random()
        first_t[eid] = t
        events.append(dict(t=t, eid=eid, cat='new', c=c, meta=dict(ops=new_ops[eid])))
    for hid, htype, aid in hn:
        anchor_key = ('existing', aid) if W.ents[aid]['origin'] == 'existing' else ('first', aid)
        c, info, m = render_hn(W, W.ents[hid], htype, recs[anchor_key], rng)
        recs[('first', hid)] = (c, info)
        t = rng.random() if anchor_key[0] == 'existing' else first_t[aid] + (1 - first_t[aid]) * rng.random()
        first_t[hid] = t
        m.update(hn_type=htype, related=aid, related_set=('existing' if anchor_key[0] == 'existing' else 'incoming'),
                 note=W.ents[hid].get('hn_note'))
        events.append(dict(t=t, eid=hid, cat='hard_negative', c=c, meta=m))
    # duplicates of existing customers
    grp_w = []
    hn_anchor_ids = set(a for _, _, a in hn)
    for eid in existing:
        e = W.ents[eid]
        grp_w.append(1.6 if (e['brand'] or e['firm'] or eid in hn_anchor_ids) else 1.0)
    order = weighted_order(rng, existing, grp_w)
    done = []
    for eid in order:
        if len(done) == 560:
            break
        r = make_variant(W, LK, W.ents[eid], recs[('existing', eid)], rng)
        if r is None:
            continue
        done.append(eid)
        events.append(dict(t=rng.random(), eid=eid, cat='duplicate', c=r[0], meta=r[2]))
    n2 = 0
    for eid in done[::7]:
        if n2 == 40:
            break
        r = make_variant(W, LK, W.ents[eid], recs[('existing', eid)], rng)
        if r is None:
            continue
        n2 += 1
        events.append(dict(t=rng.random(), eid=eid, cat='duplicate', c=r[0], meta=r[2]))
    # repeats of earlier incoming new customers
    pool = sorted(new_ids + [h for h, _, _ in hn])
    rng.shuffle(pool)
    n_rep_ent, n_rep = 0, 0
    for eid in pool:
        if n_rep_ent == 195:
            break
        k = 2 if n_rep_ent % 13 == 5 and n_rep_ent < 195 else 1
        t0 = first_t[eid]
        made = []
        for j in range(k):
            r = make_variant(W, LK, W.ents[eid], recs[('first', eid)], rng)
            if r is None:
                break
            t0 = t0 + (1 - t0) * rng.random()
            r[2]['repeat_no'] = j + 1
            made.append(dict(t=t0, eid=eid, cat='repeat', c=r[0], meta=r[2]))
        if not made:
            continue
        n_rep_ent += 1
        n_rep += len(made)
        events.extend(made)
    # top up to 225 repeat lines with second repeats if needed
    for eid in pool:
        if n_rep >= 225:
            break
        evs = [e for e in events if e['eid'] == eid and e['cat'] == 'repeat']
        if len(evs) != 1:
            continue
        r = make_variant(W, LK, W.ents[eid], recs[('first', eid)], rng)
        if r is None:
            continue
        t0 = evs[0]['t'] + (1 - evs[0]['t']) * rng.random()
        r[2]['repeat_no'] = 2
        events.append(dict(t=t0, eid=eid, cat='repeat', c=r[0], meta=r[2]))
        n_rep += 1
    # a repeat beyond 225 (if any) is dropped from the end of the list of second repeats
    while n_rep > 225:
        idx = max(i for i, e in enumerate(events) if e['cat'] == 'repeat' and e['meta']['repeat_no'] == 2)
        events.pop(idx)
        n_rep -= 1
    assert len(events) == 1500, len(events)
    events.sort(key=lambda ev: (ev['t'], ev['eid'], ev['cat']))
    return W, existing, recs, ex_meta, events, hn


def main():
    W, existing, recs, ex_meta, events, hn = build()
    out_set, out_meta = [], []
    ex_sorted = sorted(existing, key=lambda i: (strip_acc(recs[('existing', i)][0]['displayName']).casefold(), i))
    hn_of = {h: (t, a) for h, t, a in hn}
    line_of_first = {}
    for eid in ex_sorted:
        e = W.ents[eid]
        c = recs[('existing', eid)][0]
        out_set.append(dict(set='existing', entity=eid, contact=c))
        out_meta.append(dict(line=len(out_set), set='existing', entity=eid, category='existing', subtype=e['subtype'], kind=e['kind'],
                             province=e['prov'], group=e['group'], changes=ex_meta[eid]))
        line_of_first[eid] = len(out_set)
    for ev in events:
        e = W.ents[ev['eid']]
        out_set.append(dict(set='incoming', entity=ev['eid'], contact=ev['c']))
        m = dict(line=len(out_set), set='incoming', entity=ev['eid'], category=ev['cat'], subtype=e['subtype'], kind=e['kind'],
                 province=e['prov'], group=e['group'])
        mm = ev['meta']
        if ev['cat'] == 'duplicate':
            m.update(matches_line=line_of_first[ev['eid']], changes=mm['ops'], style_changes=mm['style'], diff_fields=mm['diff_fields'],
                     evidence=mm['evidence'])
        elif ev['cat'] == 'repeat':
            m.update(matches_line=line_of_first[ev['eid']], first_category=('hard_negative' if ev['eid'] in hn_of else 'new'),
                     repeat_no=mm['repeat_no'], changes=mm['ops'], style_changes=mm['style'], diff_fields=mm['diff_fields'], evidence=mm['evidence'])
        elif ev['cat'] == 'hard_negative':
            rel = mm['related']
            m.update(hn_type=mm['hn_type'], related_entity=rel, related_set=mm['related_set'], related_line=line_of_first.get(rel),
                     note=mm['note'], differs_in=mm['diff_fields'], changes=mm['ops'])
            line_of_first[ev['eid']] = len(out_set)
        else:
            m.update(changes=mm['ops'])
            line_of_first[ev['eid']] = len(out_set)
        out_meta.append(m)
    for m in out_meta:
        if m['category'] == 'hard_negative' and m['related_line'] is None:
            raise RuntimeError('hn before its anchor')
    with open(os.path.join(HERE, 'set.jsonl'), 'w', encoding='utf-8') as f:
        for r in out_set:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'meta.jsonl'), 'w', encoding='utf-8') as f:
        for r in out_meta:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False, default=list) + '\n')
    write_readme(out_set, out_meta)


HERE = os.path.dirname(os.path.abspath(__file__))


def write_readme(out_set, out_meta):
    inc = [m for m in out_meta if m['set'] == 'incoming']
    ex = [m for m in out_meta if m['set'] == 'existing']
    cat = Counter(m['category'] for m in inc)
    lines = []
    P = lines.append
    P("hold4 -- labelled record-linkage test set (Canadian B2B food-service / building-supply distributor)")
    P("=" * 100)
    P("")
    P("Files")
    P("  set.jsonl   one record per line: {set, entity, contact{displayName, givenName, familyName, companyName, email, phone, address{...}}}")
    P("              existing lines first (QuickBooks export, sorted by displayName), then incoming lines in arrival order.")
    P("  meta.jsonl  same line order: category, subtype, kind, province, group, changes made, related entity for hard negatives.")
    P("  gen.py      the generator (python3, stdlib only, seeded: SEED=%d; re-running gives byte-identical output)." % SEED)
    P("")
    P("Ground truth: two lines refer to the same customer iff their `entity` values are equal.")
    P("No two existing lines share an entity. Each incoming line is either an existing customer (duplicate), a customer first")
    P("seen earlier in the incoming list (repeat), or a customer not seen before (new / hard_negative).")
    P("")
    P("Counts")
    P("  existing: %d  (business %d, person %d)" % (len(ex), sum(m['kind'] == 'business' for m in ex), sum(m['kind'] == 'person' for m in ex)))
    P("  incoming: %d" % len(inc))
    for k in ('duplicate', 'new', 'hard_negative', 'repeat'):
        P("    %-14s %4d  (%.1f%%)" % (k, cat[k], 100.0 * cat[k] / len(inc)))
    P("  incoming business/person: %d / %d" % (sum(m['kind'] == 'business' for m in inc), sum(m['kind'] == 'person' for m in inc)))
    P("  distinct entities overall: %d" % len(set(m['entity'] for m in out_meta)))
    P("  provinces (all lines): " + ', '.join("%s %d" % kv for kv in sorted(Counter(m['province'] for m in out_meta).items())))
    P("")
    P("Existing subtypes: " + ', '.join("%s %d" % kv for kv in sorted(Counter(m['subtype'] for m in ex).items())))
    P("Incoming subtypes: " + ', '.join("%s %d" % kv for kv in sorted(Counter(m['subtype'] for m in inc).items())))
    P("")
    P("Hard negatives by type (related_set = where the resembled record lives):")
    for (t, rs), n in sorted(Counter((m['hn_type'], m['related_set']) for m in inc if m['category'] == 'hard_negative').items()):
        P("    %-28s %-9s %3d" % (t, rs, n))
    P("")
    P("Repeats: %d lines for %d entities (first seen as new: %d lines, as hard_negative: %d lines)" % (
        cat['repeat'], len(set(m['entity'] for m in inc if m['category'] == 'repeat')),
        sum(1 for m in inc if m['category'] == 'repeat' and m['first_category'] == 'new'),
        sum(1 for m in inc if m['category'] == 'repeat' and m['first_category'] == 'hard_negative')))
    dups = [m for m in inc if m['category'] == 'duplicate']
    P("Duplicates: %d lines for %d existing entities" % (len(dups), len(set(m['entity'] for m in dups))))
    P("")
    P("Explicit changes applied to duplicates + repeats (a line can have several; format/style differences come on top):")
    oc = Counter()
    for m in inc:
        if m['category'] in ('duplicate', 'repeat'):
            for o in m['changes']:
                oc[o.split(':')[0]] += 1
    for k, v in oc.most_common():
        P("    %-26s %4d" % (k, v))
    P("")
    P("How it was made")
    P("  1. A ground-truth world is generated: businesses (restaurants, food shops, trades, property managers, institutions),")
    P("     franchise brands (invented names) with franchisees owning 1-4 numbered locations, multi-site firms (head office,")
    P("     warehouse, yard, branches...), and persons (contractors, farmers, private buyers, home caterers). Each entity has a")
    P("     legal name (numbered 'Ontario Inc.' / '9xxx-xxxx Québec inc.' / 'B.C. Ltd.' / 'Canada Inc.' or named with suffix),")
    P("     an optional operating name, contact person, e-mails (role, AP, orders, personal, store), phones (+ext, cell),")
    P("     and a Canadian address (real city / FSA pairs, French streets for Québec, rural lines/concessions/rangs with RR).")
    P("  2. Existing records are rendered the way a bookkeeper keeps QuickBooks (formatted phones, o/a names, AP e-mails;")
    P("     ~2% legacy ALL CAPS, ~3.5% bookkeeper typos; display names made unique as QBO requires).")
    P("  3. Incoming records are rendered the way an ordering app receives them (operating names, personal/order mailboxes,")
    P("     unformatted phones, province codes, lower-case postal codes...). Duplicates and repeats also get 1-4 explicit")
    P("     changes (typos, suffix/abbreviation/accent/case changes, numbered<->operating name, nickname, swapped names,")
    P("     dropped fields, moved address, new e-mail or phone). A duplicate/repeat is only kept if a human could still")
    P("     link it: it must share at least one identifying detail (unique e-mail, phone, address, store number, site,")
    P("     legal/operating name) with its target, two such details if the names do not overlap (numbered vs operating).")
    P("     Shared AP mailboxes, shared franchise owner phones/names and shared addresses do not count as identifying.")
    P("  4. Hard negatives are new, separate customers derived from an existing (or earlier incoming) customer:")
    P("     other store of the same franchisee (same owner, same AP mailbox), other franchisee of the brand, another")
    P("     numbered company of the same owner at the same address, namesake person in the same city, father/son (Jr/Sr)")
    P("     at one farm, spouse with own business at the same home, another tenant in the same building (different suite),")
    P("     another site of a firm billed separately, and an unrelated business with the same trade name in another city.")
    P("     Each keeps at least one real distinguishing detail (store number, suite, numbered-company number, Jr/Sr, site")
    P("     label, given name, phone/e-mail/address) visible in the record.")
    P("  5. Arrival order is random, except that a repeat always comes after its entity's first incoming line and a hard")
    P("     negative derived from an incoming customer comes after that customer's first line.")
    P("")
    P("meta.jsonl fields: line, set, entity, category (existing|duplicate|new|hard_negative|repeat), subtype, kind, province,")
    P("  group (franchisee/firm/household id if any), changes (explicit edits), style_changes (rendering differences vs the")
    P("  matched record), diff_fields, evidence (identifying details kept), matches_line (line of the matched existing record /")
    P("  first incoming line), hn_type, related_entity, related_set, related_line, note, differs_in (hard negatives).")
    P("Names of businesses/brands/people are synthetic; phone numbers and addresses are random (not verified to exist).")
    with open(os.path.join(HERE, 'README.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
