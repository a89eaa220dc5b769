#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the es-fisio labelled record-linkage set.

Scenario: a group of physiotherapy / sports-medicine clinics in Sevilla, Malaga,
Valencia and Bilbao invoicing through QuickBooks Online (EUR).  Everything here is
invented.  Python 3 standard library only; one random.Random(SEED); no iteration over
hash-ordered containers, so the output is byte-identical for any PYTHONHASHSEED.

    python3 gen.py              -> writes set.jsonl and meta.jsonl next to this file
    python3 gen.py --out DIR    -> writes them into DIR
"""
import argparse
import difflib
import json
import os
import random
import unicodedata

SEED = 20250611
rng = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_EXISTING_PERSONS = 1050          # ~70 % persons, ~30 % organisations (scenario)
N_MATCH = 825                      # ~55 % of incoming
N_NEW_RECORDS = 525                # ~35 % of incoming
N_HN = 150

# --------------------------------------------------------------------------- helpers

def chance(p):
    return rng.random() < p


def pick(seq):
    return seq[rng.randrange(len(seq))]


def wpick(pairs):
    total = 0.0
    for _, w in pairs:
        total += w
    r = rng.random() * total
    acc = 0.0
    for item, w in pairs:
        acc += w
        if r < acc:
            return item
    return pairs[-1][0]


def shuffled(seq):
    out = list(seq)
    rng.shuffle(out)
    return out


def deaccent(s, keep_enye=False):
    out = []
    for ch in s:
        if keep_enye and ch in 'ñÑ':
            out.append(ch)
            continue
        d = unicodedata.normalize('NFD', ch)
        out.append(''.join(c for c in d if unicodedata.category(c) != 'Mn'))
    return ''.join(out)


def fold(s):
    """accent-, case- and space-insensitive form (used for internal keys)."""
    if s is None:
        return ''
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = s.casefold()
    out = []
    for c in s:
        out.append(c if c.isalnum() else ' ')
    return ' '.join(''.join(out).split())


def slug(s):
    return fold(s).replace(' ', '')


def caps_noaccent(s, enye='N'):
    """ALL CAPS as the old clinic-management export writes it."""
    s = s.upper()
    if enye == 'keep':
        return deaccent(s, keep_enye=True)
    if enye == 'dos':           # CP850 byte read as Latin-1: Ñ -> ¥
        s = s.replace('Ñ', '¥')
    return deaccent(s)


def mojibake(s, mode=None):
    """UTF-8 read as Windows-1252 (GarcÃ­a) or lost characters (Garc?a)."""
    if mode is None:
        mode = wpick([('cp1252', 60), ('question', 25), ('replacement', 15)])
    if mode == 'cp1252':
        return s.encode('utf-8').decode('cp1252', errors='replace')
    out = []
    for ch in s:
        if ord(ch) > 127 and ch.isalpha():
            out.append('?' if mode == 'question' else '\ufffd')
        else:
            out.append(ch)
    return ''.join(out)


def has_non_ascii_letter(s):
    for ch in s:
        if ord(ch) > 127 and ch.isalpha():
            return True
    return False


NEIGH = {
    'a': 'qszw', 'b': 'vghn', 'c': 'xdfv', 'd': 'serfcx', 'e': 'wsdr', 'f': 'drtgvc',
    'g': 'ftyhbv', 'h': 'gyujnb', 'i': 'ujko', 'j': 'huikmn', 'k': 'jiolm', 'l': 'kop',
    'm': 'njk', 'n': 'bhjm', 'o': 'iklp', 'p': 'ol', 'q': 'wa', 'r': 'edft', 's': 'awedxz',
    't': 'rfgy', 'u': 'yhji', 'v': 'cfgb', 'w': 'qase', 'x': 'zsdc', 'y': 'tghu', 'z': 'asx',
}
# spelling confusions typical of Spanish typists
PHONETIC = [('v', 'b'), ('b', 'v'), ('ll', 'y'), ('y', 'll'), ('z', 's'), ('s', 'z'), ('ce', 'ze'),
            ('ci', 'zi'), ('z', 'c'), ('j', 'g'), ('ge', 'je'), ('gi', 'ji'), ('h', ''), ('x', 'j'),
            ('rr', 'r'), ('qu', 'k'), ('ñ', 'n'), ('nn', 'n'), ('ll', 'l')]


def _match_case(src, rep):
    if src.isupper():
        return rep.upper()
    if src[:1].isupper():
        return rep[:1].upper() + rep[1:]
    return rep


def _typo_once(s):
    idx = [i for i, c in enumerate(s) if c.isalpha() and i > 0]
    if len(idx) < 2:
        return s + (s[-1] if s else 'x')
    op = wpick([('phon', 30), ('swap', 22), ('drop', 20), ('double', 12), ('key', 16)])
    low = s.lower()
    if op == 'phon':
        cands = []
        for a, b in PHONETIC:
            start = 1
            while True:
                j = low.find(a, start)
                if j < 0:
                    break
                cands.append((j, a, b))
                start = j + 1
        if cands:
            j, a, b = pick(cands)
            return s[:j] + _match_case(s[j:j + len(a)], b) + s[j + len(a):]
        op = 'swap'
    if op == 'swap':
        pairs = [i for i in idx if i + 1 < len(s) and s[i + 1].isalpha() and s[i].lower() != s[i + 1].lower()]
        if pairs:
            i = pick(pairs)
            a, b = s[i], s[i + 1]
            a2 = b.upper() if a.isupper() else b.lower()
            b2 = a.upper() if b.isupper() else a.lower()
            return s[:i] + a2 + b2 + s[i + 2:]
        op = 'drop'
    if op == 'drop':
        i = pick(idx)
        return s[:i] + s[i + 1:]
    if op == 'double':
        i = pick(idx)
        return s[:i] + s[i] + s[i:]
    i = pick(idx)
    c = s[i]
    base = deaccent(c).lower()
    if base in NEIGH:
        r = pick(NEIGH[base])
        return s[:i] + (r.upper() if c.isupper() else r) + s[i + 1:]
    return s[:i] + s[i + 1:]


def typo(s):
    for _ in range(12):
        t = _typo_once(s)
        if t != s and fold(t) != fold(s) and t.strip():
            return t
    return s + s[-1]


def levenshtein(a, b):
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

# --------------------------------------------------------------------------- names
# "canonical|short forms;...|weight"

MALE_ES = """José Luis|José L.;Joselu;J. Luis|5
José María|Chema;José Mª;Jose Mª;Josemari|3
José Antonio|José A.;Joseán|4
José Manuel|José M.;Josema|3
Juan Antonio|Juanan;Juan A.;Juan Ant.|3
Juan Carlos|Juanca;Juan C.|3
Juan José|Juanjo;Juan J.|3
Juan Manuel|Juanma;Juan M.|2
Francisco Javier|Javier;Javi;Fco. Javier;F. Javier;Fco Javier|4
Francisco José|Fran;Fco. José;Francis|2
Francisco|Paco;Fran;Curro;Fco.|5
José|Pepe|5
Antonio|Toni|7
Manuel|Manolo;Manu|6
Ignacio|Nacho|2
Jesús|Chus|2
Alejandro|Álex;Alex|3
Miguel Ángel|Miguel A.;Migue|3
Rafael|Rafa|3
Enrique|Quique|2
Fernando|Nando;Fer|2
Daniel|Dani|3
David||3
Pablo||3
Sergio||3
Carlos||3
Jorge||2
Álvaro||2
Rubén||2
Adrián||2
Raúl||2
Iván||2
Óscar||2
Diego||2
Víctor||2
Ángel||2
Luis||3
Pedro|Perico|2
Andrés||2
Ramón|Moncho|2
Joaquín|Quino|2
Vicente|Vicen|2
Salvador|Salva|2
Guillermo|Guille|2
Eduardo|Edu|2
Roberto|Rober|2
Santiago|Santi|2
Agustín||1
Emilio||1
Cristóbal||1
Marcos||2
Hugo||2
Mario||2
Martín||1
Nicolás|Nico|1
Gonzalo||2"""

FEMALE_ES = """María del Carmen|Mari Carmen;Maricarmen;Mª Carmen;M. Carmen;Carmen;Mamen;Mª del Carmen|6
María José|Mª José;Marijose;Majo;Mari José|4
María Dolores|Lola;Loli;Mª Dolores;Mariló|4
María del Rosario|Charo;Rosario;Mª Rosario;Mª del Rosario|2
Concepción|Concha;Conchi;Conchita|2
María Pilar|Pilar;Pili;Mª Pilar;Mari Pili|3
María Isabel|Maribel;Mª Isabel;Isabel|3
María Teresa|Maite;Mayte;Mª Teresa;Teresa|3
María de los Ángeles|Mª Ángeles;Marián;Ángeles;Mariángeles|3
María Luisa|Marisa;Mª Luisa;Malu|2
María Jesús|Chus;Mª Jesús;Marichu|2
María Mercedes|Merche;Mercedes;Mª Mercedes|2
Ana María|Ana Mª;Anamari;Ana|3
Rosa María|Rosa Mª;Rosamari;Rosa|2
Dolores|Lola;Loli|2
Montserrat|Montse|1
Inmaculada|Inma|3
Encarnación|Encarna|2
Francisca|Paqui;Paca|2
Asunción|Asun|1
Remedios|Reme|1
Rocío||3
Lucía||3
Laura||3
Marta||3
Cristina|Cris|3
Elena||3
Raquel||2
Sara||2
Paula||2
Andrea||2
Beatriz|Bea|2
Patricia|Patri|2
Silvia||2
Nuria||2
Eva||2
Irene||2
Alba||2
Marina||2
Noelia||2
Sonia||2
Susana|Susi|2
Verónica|Vero|2
Natalia|Nati|2
Esperanza|Espe|1
Macarena|Maca|2
Guadalupe|Lupe;Guada|1
Consuelo|Chelo|1
Begoña|Bego|1
María|Mari|3"""

MALE_EU = """Iñaki||3
Aitor||3
Unai||3
Asier||2
Gorka||2
Mikel||3
Jon||3
Ander||2
Xabier|Xabi|2
Koldo||1
Iker||2
Josu||1
Eneko||2
Imanol||1
Joseba||1"""

FEMALE_EU = """Ainhoa||3
Nerea||3
Itziar||2
Amaia|Amaya|3
Leire||3
Idoia||2
Arantxa|Arantza|2
Miren||2
Nekane||1
Maite||2
Garazi||1
Irati||2
Edurne||1
Izaskun|Izas|1"""

MALE_VA = """Jordi||2
Josep|Pep|2
Xavier|Xavi|2
Joan||2
Vicent|Vicen|2
Pau||2
Arnau||1
Joaquim|Ximo|2
Jaume||1
Salvador|Voro;Salva|2"""

FEMALE_VA = """Montserrat|Montse|2
Núria||2
Meritxell||1
Neus||1
Mercè||1
Laia||1
Carme||1
Amparo|Ampa|2
Desamparados|Amparo;Empar|1
Empar||1"""

SUR_ES = """García|10
Fernández|8
González|8
Rodríguez|8
López|8
Martínez|7
Sánchez|7
Pérez|7
Gómez|5
Martín|5
Jiménez|4
Ruiz|4
Hernández|4
Díaz|4
Moreno|4
Muñoz|3
Álvarez|3
Romero|3
Alonso|2
Gutiérrez|2
Navarro|2
Torres|2
Domínguez|2
Vázquez|2
Ramos|2
Gil|2
Ramírez|2
Serrano|2
Blanco|2
Molina|2
Morales|2
Suárez|2
Ortega|2
Delgado|2
Castro|2
Ortiz|2
Rubio|2
Marín|2
Sanz|2
Núñez|2
Iglesias|1
Medina|2
Garrido|2
Cortés|1
Castillo|1
Santos|1
Lozano|1
Guerrero|1
Cano|1
Prieto|1
Méndez|1
Cruz|1
Calvo|1
Gallego|1
León|1
Márquez|2
Herrera|1
Peña|1
Flores|1
Cabrera|1
Campos|1
Vega|1
Fuentes|1
Carrasco|1
Caballero|1
Reyes|2
Nieto|1
Aguilar|1
Pascual|1
Montero|1
Lorenzo|1
Hidalgo|1
Giménez|1
Ibáñez|1
Durán|1
Benítez|1
Mora|1
Vargas|1
Carmona|1
Crespo|1
Román|1
Pastor|1
Soto|1
Velasco|1
Parra|1
Esteban|1
Bravo|1
Gallardo|1
Rojas|1
Barrera|1
Ponce|1
Escobar|1
Bernal|1
Trujillo|1
Mateos|1
Rivas|1
Castaño|1
Villalobos|1
Espinosa|1
Valverde|1
Pineda|1
Salas|1
Acosta|1
Toledo|1"""

# composite surnames: particles, "X de Y", hyphenated (each fills ONE surname slot)
SUR_COMPOSITE = """de la Fuente|1
del Río|1
de los Santos|1
de la Cruz|1
del Pino|1
de la Rosa|1
del Valle|1
de la Torre|1
del Moral|1
García de la Torre|1
Pérez de Guzmán|1
Fernández de Córdoba|1
Ruiz de Alda|1
Díaz de Mera|1
Martínez de la Rosa|1
Sánchez de Medina|1
Pérez de Tudela|1
Martín-Gil|1
Sánchez-Arjona|1
López-Cózar|1
Gómez-Pineda|1
Fernández-Cuesta|1
García-Baquero|1
Ruiz-Mateos|1"""

# Basque surnames: "Basque spelling|Castilian spellings"
SUR_EU = """Etxeberria|Echeverría;Etxebarria;Echeverria|3
Goikoetxea|Goicoechea|2
Agirre|Aguirre|3
Urrutia||2
Garmendia||2
Arrieta||2
Zubizarreta||1
Larrañaga||1
Uriarte||2
Elorza||1
Ibarra||1
Mendizabal|Mendizábal|1
Otxoa|Ochoa|1
Zabala||2
Iturbe||1
Aranburu|Aramburu|1
Lasa||1
Olabarria|Olabarría|1
Azkarate|Azcárate|1
Bilbao||1
Urkiza|Urquiza|1
Gorostiza||1
Aldekoa|Aldecoa|1
Egaña||1
Intxausti|Inchausti|1
Ormaetxea|Ormaechea|1
Ruiz de Azúa||1"""

SUR_VA = """Puig|2
Ferrer|3
Soler|2
Vidal|2
Martí|2
Llorens|1
Serra|1
Roig|1
Bosch|1
Pons|1
Sanchis|2
Climent|1
Boix|1
Ribes|1
Esteve|1
Camps|1
Colomer|1
Mas|1
Peris|2
Fuster|1
Císcar|1
Tormo|1
Signes|1
Alcaraz|1
Mollà|1
Gimeno|1
Sendra|1
Alborch|1"""

FOREIGN = {
    'gb': dict(
        m='James;Oliver;David;Peter;Thomas;Graham;Ian;Richard;Stephen;Andrew;Mark;Simon',
        f='Sarah;Emma;Helen;Margaret;Claire;Susan;Gillian;Karen;Julie;Alison;Rachel;Joanne',
        s="Thompson;Walker;Hughes;Mitchell;Clarke;Robinson;Wright;Harrison;Bennett;Fletcher;Cooper;"
          "Whitfield;Davies;O'Connor;MacLeod;Pritchard;Holloway;Ashworth",
        nick={'James': 'Jim', 'David': 'Dave', 'Peter': 'Pete', 'Thomas': 'Tom', 'Richard': 'Rick',
              'Stephen': 'Steve', 'Andrew': 'Andy', 'Margaret': 'Maggie', 'Susan': 'Sue',
              'Gillian': 'Gill', 'Alison': 'Ali', 'Joanne': 'Jo'}),
    'de': dict(
        m='Klaus;Jürgen;Stefan;Wolfgang;Matthias;Uwe;Dieter;Thorsten;Frank;Holger',
        f='Sabine;Ute;Birgit;Heike;Petra;Monika;Anja;Katrin;Gisela;Renate',
        s='Müller;Schmidt;Schneider;Fischer;Weber;Wagner;Becker;Hoffmann;Schäfer;Krüger;Köhler;'
          'Zimmermann;Braun;Hartmann;Lange',
        nick={'Matthias': 'Matze', 'Wolfgang': 'Wolf', 'Thorsten': 'Thorsti'}),
    'ma': dict(
        m='Mohamed;Ahmed;Youssef;Said;Hassan;Rachid;Karim;Hamza;Omar;Mustafa;Abdelkader;Driss',
        f='Fatima;Khadija;Amina;Nadia;Samira;Ilham;Zineb;Laila;Hanan;Naima;Souad',
        s='El Amrani;Benali;El Idrissi;Bouzid;Bennani;Chakir;El Khatib;Ouahbi;Tazi;El Alaoui;Berrada;'
          'Ziani;El Fassi;Ait Ouali;Lahlou;Bakkali',
        nick={}),
    'ro': dict(
        m='Ion;Andrei;Mihai;Gheorghe;Ionuț;Alexandru;Florin;Vasile;Cătălin;Marius',
        f='Elena;Ioana;Mihaela;Cristina;Daniela;Nicoleta;Andreea;Alina;Roxana;Gabriela',
        s='Popescu;Ionescu;Popa;Stan;Dumitru;Munteanu;Constantin;Stoica;Gheorghiu;Rusu;Tudor;Dinu;'
          'Lungu;Ciobanu;Moldovan;Radu;Șerban;Ștefănescu',
        nick={'Alexandru': 'Alex', 'Gheorghe': 'George', 'Ionuț': 'Ionut'}),
    'latam': dict(
        m='Wilmer;Jhon Jairo;Kevin;Brayan;Edwin;Jhonatan;Luis Fernando;Carlos Andrés;Yeison;Diego Armando',
        f='Yesenia;Luz Marina;Yuliana;Leidy;Maryury;Ana Lucía;Daniela;Gabriela;Yolanda;Marisol',
        s='Quispe;Mamani;Rojas;Vargas;Castillo;Guzmán;Mendoza;Salazar;Cárdenas;Restrepo;Londoño;Ospina;'
          'Chávez;Paredes;Zambrano;Villacís;Benavides;Arango',
        nick={'Jhon Jairo': 'Jhon', 'Luis Fernando': 'Luisfer', 'Carlos Andrés': 'Carlos',
              'Diego Armando': 'Diego', 'Ana Lucía': 'Ana', 'Jhonatan': 'Jhona'}),
}
FOREIGN_SPELL = {
    'Mohamed': ['Mohammed', 'Muhammad', 'Mohamed'], 'Youssef': ['Yusef', 'Yousef', 'Youssef'],
    'Rachid': ['Rashid', 'Rachid'], 'Khadija': ['Jadiya', 'Khadiya'], 'Fatima': ['Fátima', 'Fatma'],
    'El Amrani': ['Elamrani', 'Amrani', 'El-Amrani'], 'El Idrissi': ['Elidrissi', 'Idrissi'],
    'El Khatib': ['Elkhatib', 'Khatib'], 'El Alaoui': ['Alaoui', 'Elalaoui'], 'El Fassi': ['Elfassi', 'Fassi'],
    'Benali': ['Ben Ali', 'Ben-Ali'], 'Ait Ouali': ['Aitouali', 'Ait-Ouali'],
    'Müller': ['Mueller', 'Muller'], 'Schäfer': ['Schaefer', 'Schafer'], 'Krüger': ['Krueger', 'Kruger'],
    'Köhler': ['Koehler', 'Kohler'], 'Jürgen': ['Juergen', 'Jurgen'],
    'Brayan': ['Bryan', 'Brayan'], 'Jhonatan': ['Jonathan', 'Johnatan'], 'Yesenia': ['Yessenia', 'Jesenia'],
    'Maryury': ['Mariury', 'Maryuri'], 'Yeison': ['Jeison', 'Yeisson'], 'Jhon Jairo': ['John Jairo', 'Jhon Jairo'],
    "O'Connor": ['OConnor', "O Connor", 'Oconnor'], 'MacLeod': ['McLeod', 'Macleod'],
}


def parse_names(block):
    out = []
    for line in block.strip().split('\n'):
        parts = line.split('|')
        name = parts[0]
        nicks = [x for x in parts[1].split(';') if x] if len(parts) > 2 else []
        w = int(parts[-1])
        out.append((name, nicks, w))
    return out


def parse_surnames(block):
    out = []
    for line in block.strip().split('\n'):
        parts = line.split('|')
        if len(parts) == 2:
            out.append((parts[0], [], int(parts[1])))
        else:
            out.append((parts[0], [x for x in parts[1].split(';') if x], int(parts[2])))
    return out


GIVEN = {
    ('es', 'm'): parse_names(MALE_ES), ('es', 'f'): parse_names(FEMALE_ES),
    ('eu', 'm'): parse_names(MALE_EU), ('eu', 'f'): parse_names(FEMALE_EU),
    ('va', 'm'): parse_names(MALE_VA), ('va', 'f'): parse_names(FEMALE_VA),
}
SURNAMES = {
    'es': parse_surnames(SUR_ES), 'comp': parse_surnames(SUR_COMPOSITE),
    'eu': parse_surnames(SUR_EU), 'va': parse_surnames(SUR_VA),
}
NICK_OF = {}
for _key in [('es', 'm'), ('es', 'f'), ('eu', 'm'), ('eu', 'f'), ('va', 'm'), ('va', 'f')]:
    for _n, _nicks, _w in GIVEN[_key]:
        if _n not in NICK_OF:
            NICK_OF[_n] = list(_nicks)
SUR_ALTS = {}
for _key in ['es', 'comp', 'eu', 'va']:
    for _n, _alts, _w in SURNAMES[_key]:
        SUR_ALTS[_n] = list(_alts)
for _k in ['gb', 'de', 'ma', 'ro', 'latam']:
    for _g, _nk in FOREIGN[_k]['nick'].items():
        NICK_OF[_g] = [_nk]


def pick_given(region, gender):
    lst = GIVEN[(region, gender)]
    name, nicks, _ = wpick([((n, k, w), w) for n, k, w in lst])
    return name


def pick_surname(region):
    if region == 'es' and chance(0.06):
        region = 'comp'
    lst = SURNAMES[region]
    return wpick([(n, w) for n, a, w in lst])

# --------------------------------------------------------------------------- geography
# key: (metro, [city spellings: first = Spanish / official form used in QBO], province key,
#       postal codes, landline prefixes, weight within metro)
CITIES = [
    ('sevilla', 'sevilla', ['Sevilla'], 'sevilla', ['410%02d' % i for i in range(1, 21)], ['954', '955'], 60),
    ('dos_hermanas', 'sevilla', ['Dos Hermanas'], 'sevilla', ['41700', '41701', '41702', '41703', '41704'], ['954', '955'], 10),
    ('mairena', 'sevilla', ['Mairena del Aljarafe'], 'sevilla', ['41927'], ['954', '955'], 7),
    ('alcala_g', 'sevilla', ['Alcalá de Guadaíra'], 'sevilla', ['41500'], ['955'], 6),
    ('tomares', 'sevilla', ['Tomares'], 'sevilla', ['41940'], ['954'], 5),
    ('malaga', 'malaga', ['Málaga'], 'malaga', ['290%02d' % i for i in range(1, 19)], ['952', '951'], 55),
    ('torremolinos', 'malaga', ['Torremolinos'], 'malaga', ['29620'], ['952'], 9),
    ('benalmadena', 'malaga', ['Benalmádena'], 'malaga', ['29630', '29631'], ['952'], 8),
    ('fuengirola', 'malaga', ['Fuengirola'], 'malaga', ['29640'], ['952'], 8),
    ('marbella', 'malaga', ['Marbella'], 'malaga', ['29600', '29601', '29602', '29603'], ['952'], 9),
    ('rincon', 'malaga', ['Rincón de la Victoria'], 'malaga', ['29730'], ['952'], 5),
    ('valencia', 'valencia', ['Valencia', 'València'], 'valencia', ['460%02d' % i for i in range(1, 27)], ['963', '961', '960'], 60),
    ('torrent', 'valencia', ['Torrent', 'Torrente'], 'valencia', ['46900', '46901'], ['961'], 10),
    ('paterna', 'valencia', ['Paterna'], 'valencia', ['46980'], ['961'], 9),
    ('burjassot', 'valencia', ['Burjassot', 'Burjasot'], 'valencia', ['46100'], ['963'], 7),
    ('mislata', 'valencia', ['Mislata'], 'valencia', ['46920'], ['963'], 6),
    ('bilbao', 'bilbao', ['Bilbao', 'Bilbo'], 'bizkaia', ['480%02d' % i for i in range(1, 16)], ['944'], 55),
    ('getxo', 'bilbao', ['Getxo', 'Guecho'], 'bizkaia', ['48990', '48991', '48992', '48993'], ['944'], 10),
    ('barakaldo', 'bilbao', ['Barakaldo', 'Baracaldo'], 'bizkaia', ['48901', '48902', '48903'], ['944'], 10),
    ('basauri', 'bilbao', ['Basauri'], 'bizkaia', ['48970'], ['944'], 6),
    ('leioa', 'bilbao', ['Leioa', 'Lejona'], 'bizkaia', ['48940'], ['944'], 5),
    ('donostia', 'bilbao', ['Donostia / San Sebastián', 'San Sebastián', 'Donostia', 'Donostia-San Sebastián'], 'gipuzkoa',
     ['200%02d' % i for i in range(1, 19)], ['943'], 6),
]
CITY = {}
for _c in CITIES:
    CITY[_c[0]] = dict(key=_c[0], metro=_c[1], names=_c[2], prov=_c[3], cps=_c[4], area=_c[5], w=_c[6])
METROS = ['sevilla', 'malaga', 'valencia', 'bilbao']
METRO_W = [('sevilla', 30), ('malaga', 26), ('valencia', 24), ('bilbao', 20)]
MAIN_CITY = {'sevilla': 'sevilla', 'malaga': 'malaga', 'valencia': 'valencia', 'bilbao': 'bilbao'}
PROVINCES = {
    'sevilla': (['Sevilla'], 'Andalucía'),
    'malaga': (['Málaga'], 'Andalucía'),
    'valencia': (['Valencia', 'València', 'Valencia/València'], 'Comunidad Valenciana'),
    'bizkaia': (['Bizkaia', 'Vizcaya'], 'País Vasco'),
    'gipuzkoa': (['Gipuzkoa', 'Guipúzcoa'], 'País Vasco'),
}


def pick_city(metro):
    return wpick([(c[0], c[6]) for c in CITIES if c[1] == metro])


# streets: (type, name, alternative co-official (type, name) or None)
_S = {}
_S['sevilla'] = [
    ('calle', 'Sierpes'), ('calle', 'Asunción'), ('calle', 'Luis Montoto'), ('avenida', 'de la Constitución'),
    ('calle', 'Feria'), ('calle', 'Betis'), ('avenida', 'República Argentina'), ('calle', 'San Jacinto'),
    ('avenida', 'Eduardo Dato'), ('calle', 'Pagés del Corro'), ('avenida', 'de la Buhaira'), ('calle', 'Arjona'),
    ('ronda', 'de Triana'), ('calle', 'Castilla'), ('avenida', 'Kansas City'), ('calle', 'Amor de Dios'),
    ('calle', 'Recaredo'), ('calle', 'Virgen de Luján'), ('avenida', 'de Ramón y Cajal'), ('calle', 'Héroes de Toledo'),
    ('avenida', 'de la Cruz del Campo'), ('calle', 'Marqués de Paradas'), ('calle', 'Jesús del Gran Poder'),
    ('avenida', 'Menéndez Pelayo'), ('calle', 'Alfonso XII'), ('calle', 'San Vicente'), ('avenida', 'de Miraflores'),
    ('calle', 'Afán de Ribera'), ('avenida', 'de la Palmera'), ('calle', 'Virgen de la Cinta'),
    ('calle', 'Juan Sebastián Bach'), ('calle', 'Tarfia'), ('avenida', 'de San Francisco Javier'),
    ('calle', 'Santa María de Gracia'), ('calle', 'Puerto de Envalira'), ('calle', 'Doctor Fedriani'),
    ('plaza', 'de la Encarnación'), ('calle', 'Parque Sierra de Cazorla'), ('calle', 'Cardenal Ilundáin'),
]
_S['malaga'] = [
    ('calle', 'Marqués de Larios'), ('alameda', 'Principal'), ('avenida', 'de Andalucía'), ('calle', 'Carretería'),
    ('paseo', 'de Reding'), ('calle', 'Armengual de la Mota'), ('avenida', 'Carlos Haya'), ('calle', 'Victoria'),
    ('calle', 'Mármoles'), ('paseo', 'Marítimo Pablo Ruiz Picasso'), ('calle', 'Héroe de Sostoa'),
    ('avenida', 'de Velázquez'), ('calle', 'Cuarteles'), ('calle', 'Tomás Echeverría'), ('avenida', 'de la Aurora'),
    ('calle', 'Eugenio Gross'), ('avenida', 'Juan Sebastián Elcano'), ('calle', 'Pacífico'), ('calle', 'Salitre'),
    ('avenida', 'de Valle Inclán'), ('calle', 'Cruz Verde'), ('plaza', 'de la Merced'), ('calle', 'Ayala'),
    ('calle', 'Compositor Lhemberg Ruiz'), ('avenida', 'de Plutarco'), ('calle', 'Conde de Ureña'),
    ('calle', 'Emilio Thuillier'), ('calle', 'Hilera'), ('avenida', 'de Jorge Silvela'), ('calle', 'Ollerías'),
]
_S['valencia'] = [
    ('calle', 'de Colón', ('carrer', 'de Colom')), ('avenida', 'del Puerto', ('avinguda', 'del Port')),
    ('gran_via', 'Marqués del Turia', ('gran_via', 'Marqués del Túria')), ('calle', 'de Cuba', ('carrer', 'de Cuba')),
    ('calle', 'de Sueca', ('carrer', 'de Sueca')), ('avenida', 'de Blasco Ibáñez', ('avinguda', 'de Blasco Ibáñez')),
    ('calle', 'de la Paz', ('carrer', 'de la Pau')), ('calle', 'de San Vicente Mártir', ('carrer', 'de Sant Vicent Màrtir')),
    ('avenida', 'de Aragón', ('avinguda', "d'Aragó")), ('calle', 'de Játiva', ('carrer', 'de Xàtiva')),
    ('calle', 'de Ruzafa', ('carrer', 'de Russafa')), ('avenida', 'del Cid', ('avinguda', 'del Cid')),
    ('calle', 'de Cirilo Amorós', ('carrer', 'de Ciril Amorós')), ('avenida', 'de Pérez Galdós', ('avinguda', 'de Pérez Galdós')),
    ('calle', 'del Doctor Sumsi', ('carrer', 'del Doctor Sumsi')), ('calle', 'de Jesús', ('carrer', 'de Jesús')),
    ('avenida', 'de Campanar', ('avinguda', 'de Campanar')), ('calle', 'de Quart', ('carrer', 'de Quart')),
    ('calle', 'de Alboraya', ('carrer', "d'Alboraia")), ('avenida', 'de Primado Reig', ('avinguda', 'del Primat Reig')),
    ('calle', 'de Pintor Sorolla', ('carrer', 'del Pintor Sorolla')), ('calle', 'de Burjassot', ('carrer', 'de Burjassot')),
    ('calle', 'de Sagunto', ('carrer', 'de Sagunt')), ('avenida', 'de Peset Aleixandre', ('avinguda', 'de Peset Aleixandre')),
    ('calle', 'de Doctor Zamenhof', ('carrer', 'del Doctor Zamenhof')), ('calle', 'de Marvá', ('carrer', 'de Marvà')),
]
_S['bilbao'] = [
    ('calle', 'Licenciado Poza', ('kalea', 'Lizentziatu Poza')), ('alameda', 'de Urquijo', ('zumarkalea', 'Urkixo')),
    ('calle', 'Autonomía', ('kalea', 'Autonomia')), ('calle', 'Ercilla', ('kalea', 'Ertzilla')),
    ('calle', 'Iparraguirre', ('kalea', 'Iparragirre')), ('calle', 'Henao', ('kalea', 'Henao')),
    ('calle', 'Fernández del Campo', None), ('calle', 'Zabalbide', ('kalea', 'Zabalbide')),
    ('avenida', 'Sabino Arana', ('etorbidea', 'Sabino Arana')), ('gran_via', 'de Don Diego López de Haro', None),
    ('calle', 'Rodríguez Arias', None), ('calle', 'General Concha', ('kalea', 'Kontxa Jenerala')),
    ('calle', 'Juan de Garay', ('kalea', 'Juan de Garai')), ('calle', 'Santutxu', ('kalea', 'Santutxu')),
    ('avenida', 'Lehendakari Aguirre', ('etorbidea', 'Lehendakari Agirre')), ('calle', 'Particular de Estraunza', None),
    ('calle', 'Elcano', ('kalea', 'Elkano')), ('calle', 'Pérez Galdós', ('kalea', 'Perez Galdos')),
    ('calle', 'Gordóniz', ('kalea', 'Gordoniz')), ('calle', 'Ibarrekolanda', ('kalea', 'Ibarrekolanda')),
    ('calle', 'Txomin Garat', ('kalea', 'Txomin Garat')), ('avenida', 'Madariaga', ('etorbidea', 'Madariaga')),
    ('calle', 'Zumalacárregui', ('kalea', 'Zumalakarregi')), ('calle', 'Errekalde', ('kalea', 'Errekalde')),
]
_S['donostia'] = [
    ('avenida', 'de la Libertad', ('hiribidea', 'Askatasunaren')), ('calle', 'Easo', ('kalea', 'Easo')),
    ('calle', 'San Martín', ('kalea', 'San Martin')), ('paseo', 'de Colón', ('pasealekua', 'Kolon')),
    ('calle', 'Urbieta', ('kalea', 'Urbieta')), ('calle', 'Prim', ('kalea', 'Prim')),
    ('avenida', 'de Tolosa', ('hiribidea', 'Tolosa')), ('calle', 'Matía', ('kalea', 'Matia')),
]
_S['town_an'] = [
    ('calle', 'Real'), ('avenida', 'de Andalucía'), ('calle', 'Nueva'), ('plaza', 'de España'), ('calle', 'Blas Infante'),
    ('calle', 'Doctor Fleming'), ('avenida', 'de la Libertad'), ('calle', 'San José'), ('calle', 'Cervantes'),
    ('calle', 'Antonio Machado'), ('calle', 'Granada'), ('avenida', 'del Mediterráneo'), ('calle', 'Jacinto Benavente'),
    ('calle', 'Virgen del Rocío'), ('calle', 'Miguel Hernández'), ('calle', 'Federico García Lorca'),
    ('avenida', 'de los Descubrimientos'), ('calle', 'Rosalía de Castro'), ('calle', 'Huelva'), ('calle', 'Córdoba'),
    ('avenida', 'de la Constitución'), ('calle', 'Juan Ramón Jiménez'), ('calle', 'Las Palmeras'), ('calle', 'Los Naranjos'),
    ('avenida', 'Reina Sofía'), ('calle', 'Pablo Picasso'), ('calle', 'Velázquez'), ('calle', 'Murillo'),
]
_S['town_va'] = [
    ('calle', 'Mayor', ('carrer', 'Major')), ('avenida', 'al Vedat', ('avinguda', 'al Vedat')),
    ('calle', 'de Valencia', ('carrer', 'de València')), ('calle', 'San Vicente', ('carrer', 'Sant Vicent')),
    ('calle', 'Blasco Ibáñez', ('carrer', 'Blasco Ibáñez')), ('plaza', 'Mayor', ('placa', 'Major')),
    ('calle', 'de la Iglesia', ('carrer', "de l'Església")), ('avenida', 'Vicente Mortes', ('avinguda', 'Vicent Mortes')),
    ('calle', 'Ramón y Cajal', ('carrer', 'Ramón y Cajal')), ('calle', 'Padre Méndez', ('carrer', 'Pare Méndez')),
    ('calle', 'Cervantes', ('carrer', 'Cervantes')), ('avenida', 'del Sur', ('avinguda', 'del Sud')),
    ('calle', 'Doctor Fleming', ('carrer', 'Doctor Fleming')), ('calle', 'Gómez Ferrer', ('carrer', 'Gómez Ferrer')),
]
_S['town_eu'] = [
    ('calle', 'Mayor', ('kalea', 'Nagusia')), ('avenida', 'Algorta', ('etorbidea', 'Algorta')),
    ('calle', 'Zuazo', ('kalea', 'Zuazo')), ('calle', 'Elexalde', ('kalea', 'Elexalde')),
    ('calle', 'Arana', ('kalea', 'Arana')), ('calle', 'Iturribide', None), ('avenida', 'Los Chopos', None),
    ('calle', 'Euskadi', ('kalea', 'Euskadi')), ('calle', 'Aiboa', ('kalea', 'Aiboa')),
    ('calle', 'Herriko Plaza', None), ('calle', 'Sabino Arana', ('kalea', 'Sabino Arana')),
    ('calle', 'Urbieta', ('kalea', 'Urbieta')), ('avenida', 'Basagoiti', ('etorbidea', 'Basagoiti')),
    ('calle', 'Gernikako Arbola', ('kalea', 'Gernikako Arbola')), ('calle', 'Landaburu', ('kalea', 'Landaburu')),
]
URBS = {
    'sevilla': ['Los Pinos', 'Simón Verde', 'Aljamar', 'El Almendral', 'Santa Clara', 'La Motilla'],
    'malaga': ['Los Pinos', 'Torremar', 'El Atabal', 'Cerrado de Calderón', 'Playamar', 'Elviria', 'La Cala'],
    'valencia': ['Los Pinos', 'La Cañada', 'El Vedat', 'Santa Bárbara', 'Calicanto', 'Monte Vedat'],
    'bilbao': ['Los Pinos', 'Artaza', 'Neguri', 'Txorierri', 'Peñas Blancas'],
}
POLIGONOS = {
    # metro: [(name, city key, [industrial streets])]
    'sevilla': [('Polígono Industrial Carretera Amarilla', 'sevilla', ['Calle Metalurgia', 'Calle Astronomía', 'Calle Industria']),
                ('Polígono Industrial La Isla', 'dos_hermanas', ['Calle Río Viejo', 'Calle Río Guadaíra', 'Calle Torneros']),
                ('Polígono Industrial Calonge', 'sevilla', ['Calle Artesanía', 'Calle Fundidores'])],
    'malaga': [('Polígono Industrial Guadalhorce', 'malaga', ['Calle Hermanas Bronte', 'Calle Diderot', 'Calle Tomás Heredia']),
               ('Polígono Industrial Santa Teresa', 'malaga', ['Calle Fernando Rey', 'Calle Escritora Carmen Laforet'])],
    'valencia': [('Polígono Industrial Fuente del Jarro', 'paterna', ['Calle Ciudad de Sevilla', 'Calle Villa de Madrid', 'Calle Ciudad de Barcelona']),
                 ('Polígono Industrial Mas del Jutge', 'torrent', ['Calle Fusters', 'Calle Ferrers', 'Calle Teixidors'])],
    'bilbao': [('Polígono Industrial Lutxana', 'barakaldo', ['Calle Ribera de Erandio', 'Calle Lutxana']),
               ('Polígono Industrial Artunduaga', 'basauri', ['Calle Artunduaga', 'Calle Urbitarte'])],
}


def street_pool(city_key):
    if city_key in ('sevilla', 'malaga', 'valencia', 'bilbao', 'donostia'):
        base = _S[city_key]
    elif CITY[city_key]['metro'] in ('sevilla', 'malaga'):
        base = _S['town_an']
    elif CITY[city_key]['metro'] == 'valencia':
        base = _S['town_va']
    else:
        base = _S['town_eu']
    out = []
    for t in base:
        out.append((t[0], t[1], t[2] if len(t) > 2 else None))
    return out


PLACE_NAMES = ['Polideportivo Municipal', 'Pabellón Municipal', 'Ciudad Deportiva', 'Complejo Deportivo',
               'Instalaciones Deportivas']
SPORTS_PLACE_NAMES = ['San Pablo', 'Los Remedios', 'El Torcal', 'La Rosaleda', 'Benicalap', 'Nazaret', 'Deusto',
                      'Txurdinaga', 'Rekalde', 'Carranque', 'Tiro de Línea', 'Hytasa', 'Ciudad Jardín', 'Malvarrosa',
                      'Virgen de los Reyes', 'Huelin', 'El Cabanyal', 'Zorrotza', 'Miraflores', 'Torreblanca']
STOP_ADDR = {'de', 'del', 'la', 'las', 'los', 'el', 'y', 'i', 'd', 'l'}
ADDR_USED = set()
PHONES_USED = set()
EMAILS_USED = set()


def addr_key(city_key, name, num):
    toks = [t for t in fold(name).split() if t not in STOP_ADDR]
    return (city_key, ' '.join(toks), num)


def _num():
    return str(wpick([(rng.randint(1, 20), 55), (rng.randint(21, 60), 30), (rng.randint(61, 180), 15)]))


def _floor_door(city_key, office=False):
    metro = CITY[city_key]['metro']
    r = rng.random()
    if r < 0.08:
        floor = 'bajo'
    elif r < 0.12:
        floor = 'atico'
    elif r < 0.14:
        floor = 'entresuelo' if metro in ('valencia', 'bilbao', 'sevilla') else 'principal'
    else:
        floor = str(wpick([(1, 20), (2, 20), (3, 18), (4, 14), (5, 10), (6, 7), (7, 5), (8, 4), (9, 2)]))
    if metro == 'valencia' and chance(0.55) and floor not in ('bajo',):
        door = str(rng.randint(1, 24))
        dk = 'number'
    elif metro == 'bilbao' and chance(0.6):
        door = pick(['izq', 'dcha', 'izq', 'dcha', 'centro'])
        dk = 'side'
    elif chance(0.25):
        door = pick(['izq', 'dcha'])
        dk = 'side'
    else:
        door = pick('ABCDABCAB') if not office else pick('ABC12')
        dk = 'letter' if door.isalpha() else 'number'
    if floor == 'bajo' and chance(0.5):
        door, dk = None, None
    return floor, door, dk


def new_address(city_key, kind='home', street=None, avoid_same=None, place_name=None):
    """kind: home, office, industrial, sports, townhall"""
    c = CITY[city_key]
    for _ in range(200):
        a = dict(city=city_key, cp=pick(c['cps']), stype=None, sname=None, alt=None, num=None,
                 floor=None, door=None, dk=None, extra=[], place=None)
        if kind == 'industrial':
            pols = [p for p in POLIGONOS[c['metro']]]
            pol = pick(pols)
            a['city'] = pol[1]
            a['cp'] = pick(CITY[pol[1]]['cps'])
            st = pick(pol[2])
            a['stype'], a['sname'] = 'calle', st[len('Calle '):]
            a['num'] = str(rng.randint(1, 60))
            a['extra'] = [('nave', str(rng.randint(1, 30)))] if chance(0.7) else []
            a['place'] = ('pol', pol[0])
        elif kind == 'home' and city_key not in ('sevilla', 'malaga', 'valencia', 'bilbao', 'donostia') and chance(0.18):
            a['stype'] = 'urb'
            a['sname'] = pick(URBS[c['metro']])
            a['num'] = str(rng.randint(1, 30))
            if chance(0.6):
                a['floor'], a['door'], a['dk'] = _floor_door(city_key)
        else:
            st = street or pick(street_pool(city_key))
            a['stype'], a['sname'], a['alt'] = st
            if kind == 'sports' and chance(0.35):
                a['num'] = None
            else:
                a['num'] = _num()
            if kind == 'home':
                if chance(0.86):
                    a['floor'], a['door'], a['dk'] = _floor_door(city_key)
                    if chance(0.12):
                        a['extra'] = [(pick(['portal', 'esc', 'bloque']), str(rng.randint(1, 6)))]
            elif kind == 'office':
                r = rng.random()
                if r < 0.35:
                    a['floor'], a['door'], a['dk'] = _floor_door(city_key, office=True)
                elif r < 0.6:
                    a['extra'] = [('local', str(rng.randint(1, 12)))]
                elif r < 0.75:
                    a['floor'] = str(rng.randint(1, 6))
                    a['extra'] = [('oficina', str(rng.randint(1, 20)))]
            elif kind == 'townhall':
                a['num'] = str(rng.randint(1, 3))
            if kind == 'sports':
                a['place'] = ('poli', pick(PLACE_NAMES) + ' ' + (place_name or pick(SPORTS_PLACE_NAMES)))
        a['kind'] = kind
        key = addr_key(a['city'], a['sname'], a['num'])
        if key in ADDR_USED:
            continue
        if avoid_same is not None and addr_key(avoid_same['city'], avoid_same['sname'], avoid_same['num'])[1] == key[1]:
            continue
        ADDR_USED.add(key)
        return a
    raise RuntimeError('address space exhausted')


def gen_mobile():
    while True:
        if chance(0.86):
            d = '6' + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        else:
            d = '7' + pick('1234') + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        if d not in PHONES_USED:
            PHONES_USED.add(d)
            return d


def gen_landline(city_key):
    while True:
        d = pick(CITY[city_key]['area']) + str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(5))
        if d not in PHONES_USED:
            PHONES_USED.add(d)
            return d


def gen_central():
    while True:
        d = pick(['900', '902']) + ''.join(str(rng.randint(0, 9)) for _ in range(6))
        if d not in PHONES_USED:
            PHONES_USED.add(d)
            return d


def phone_off(d):
    """a digit off / two digits swapped, never the first three."""
    while True:
        i = rng.randint(3, 8)
        if chance(0.6):
            nd = d[:i] + str((int(d[i]) + pick([1, 9, 2, 8])) % 10) + d[i + 1:]
        else:
            if i == 8:
                i = 7
            nd = d[:i] + d[i + 1] + d[i] + d[i + 2:]
        if nd != d and nd not in PHONES_USED:
            PHONES_USED.add(nd)
            return nd


PHONE_STYLES = {
    'qbo': [('333', 30), ('3222', 30), ('plain', 20), ('p34_3222', 8), ('p34_333', 8), ('dash', 4)],
    'reception': [('333', 25), ('3222', 25), ('plain', 25), ('dash', 8), ('dots', 5), ('paren', 4), ('p34_333', 5), ('33_3', 3)],
    'booking': [('p34', 35), ('plain', 30), ('333', 12), ('p34_3222', 10), ('0034', 5), ('3222', 5), ('p34_333', 3)],
    'legacy': [('plain', 100)],
    'mutua': [('0034', 40), ('34', 20), ('p34', 20), ('plain', 20)],
}


def fmt_phone(d, style):
    if style == 'plain':
        return d
    if style == '333':
        return '%s %s %s' % (d[:3], d[3:6], d[6:])
    if style == '3222':
        return '%s %s %s %s' % (d[:3], d[3:5], d[5:7], d[7:])
    if style == 'p34_3222':
        return '+34 %s %s %s %s' % (d[:3], d[3:5], d[5:7], d[7:])
    if style == 'p34_333':
        return '+34 %s %s %s' % (d[:3], d[3:6], d[6:])
    if style == 'p34':
        return '+34' + d
    if style == '0034':
        return '0034' + d
    if style == '34':
        return '34' + d
    if style == 'dash':
        return '%s-%s-%s' % (d[:3], d[3:6], d[6:])
    if style == 'dots':
        return '%s.%s.%s' % (d[:3], d[3:6], d[6:])
    if style == 'paren':
        return '(%s) %s' % (d[:3], d[3:])
    if style == '33_3':
        return '%s %s' % (d[:6], d[6:])
    return d


def render_phone(d, source):
    st = wpick(PHONE_STYLES[source])
    if st == 'paren' and d[0] in '67':
        st = '333'
    if d[0] in '67' and st == '3222' and chance(0.5):
        st = '333'
    return fmt_phone(d, st)

# --------------------------------------------------------------------------- address rendering
STYPE = {
    'calle': [('Calle', 30), ('C/', 36), ('C/.', 3), ('Cl.', 3), ('c/', 6), ('CL', 1)],
    'avenida': [('Avenida', 30), ('Avda.', 32), ('Av.', 15), ('Avda', 10), ('Avd.', 5), ('Av', 3)],
    'plaza': [('Plaza', 50), ('Pza.', 25), ('Pl.', 10), ('Plz.', 5)],
    'paseo': [('Paseo', 50), ('Pº', 20), ('Pso.', 10), ('P.º', 5)],
    'ronda': [('Ronda', 60), ('Rda.', 40)],
    'alameda': [('Alameda', 90), ('Alda.', 10)],
    'gran_via': [('Gran Vía', 80), ('Gran Via', 12), ('Gv.', 4), ('G.V.', 4)],
    'urb': [('Urbanización', 30), ('Urb.', 60), ('Urbaniz.', 10)],
    'carrer': [('Carrer', 60), ('C/', 40)],
    'avinguda': [('Avinguda', 50), ('Av.', 30), ('Avgda.', 20)],
    'placa': [('Plaça', 70), ('Pl.', 30)],
    'kalea': [('kalea', 85), ('k.', 15)],
    'etorbidea': [('etorbidea', 80), ('etorb.', 20)],
    'zumarkalea': [('zumarkalea', 100)],
    'hiribidea': [('hiribidea', 100)],
    'pasealekua': [('pasealekua', 100)],
}
POST_TYPES = ('kalea', 'etorbidea', 'zumarkalea', 'hiribidea', 'pasealekua')
NUM_FMT = {
    'qbo': [(', {n}', 40), (' {n}', 30), (', nº {n}', 15), (' nº {n}', 10), (', n.º {n}', 5)],
    'reception': [(', {n}', 30), (' {n}', 30), (', nº {n}', 12), (' nº {n}', 8), (' Nº{n}', 5), (', núm. {n}', 5),
                  (' num {n}', 3), (', n.º {n}', 4), (' - {n}', 3)],
    'booking': [(' {n}', 50), (', {n}', 35), (' nº{n}', 8), (' n {n}', 4), (' numero {n}', 3)],
    'legacy': [(' {n}', 60), (', {n}', 30), (' N {n}', 10)],
    'mutua': [(', {n}', 60), (' {n}', 40)],
}
SN_FMT = [(' s/n', 50), (', s/n', 35), (' S/N', 10), (', sin número', 5)]


def _particle_drop(name):
    for p in ('de los ', 'de las ', 'de la ', 'del ', 'de ', "d'", 'al '):
        if name.startswith(p):
            return name[len(p):]
    return name


def fmt_floor(f):
    if f == 'bajo':
        return wpick([('bajo', 40), ('Bajo', 30), ('bj.', 10), ('bajos', 10), ('Bajo', 10)])
    if f == 'atico':
        return wpick([('ático', 40), ('Ático', 35), ('át.', 10), ('atico', 15)])
    if f == 'entresuelo':
        return wpick([('entlo.', 40), ('Entresuelo', 25), ('entreplanta', 15), ('entresuelo', 20)])
    if f == 'principal':
        return wpick([('pral.', 50), ('Principal', 30), ('ppal.', 20)])
    n = f
    return wpick([(n + 'º', 38), (n, 20), (n + 'ª', 8), (n + '.º', 6), ('piso ' + n, 5), (n + 'ª planta', 4),
                  ('planta ' + n, 4), (n + 'o', 3), (n + '°', 4), (n + 'º piso', 3)])


def fmt_door(d, dk):
    if dk == 'letter':
        return wpick([(' ' + d, 30), (d, 22), ('-' + d, 15), (', puerta ' + d, 8), (' pta. ' + d, 8),
                      (' letra ' + d, 5), (' ' + d.lower(), 4), ('-' + d.lower(), 3), (', ' + d, 5)])
    if dk == 'side':
        if d == 'izq':
            return wpick([(' izq', 20), (' izq.', 15), (' izqda.', 15), (' Izquierda', 10), (' izda.', 10), ('izq', 10),
                          (' I', 5), (' IZQ', 5), (' izquierda', 10)])
        if d == 'dcha':
            return wpick([(' dcha', 20), (' dcha.', 20), (' drcha.', 10), (' Derecha', 10), ('dcha', 10), (' D', 5),
                          (' dch.', 10), (' derecha', 15)])
        return wpick([(' centro', 50), (' ctro.', 30), (' C', 20)])
    return wpick([(', pta. ' + d, 30), (' pta ' + d, 15), (', puerta ' + d, 15), ('-' + d, 25), (', ' + d + 'ª', 15)])


def fmt_floor_door(a):
    if a['floor'] is None and a['door'] is None:
        return None
    fs = fmt_floor(a['floor']) if a['floor'] is not None else ''
    if a['door'] is None:
        return fs
    ds = fmt_door(a['door'], a['dk'])
    ordinal = bool(fs) and (fs[-1].isdigit() or (len(fs) >= 2 and fs[-1] in 'ºª°o' and fs[-2].isdigit())
                            or fs.endswith('.º'))
    if fs and not ordinal and not ds.startswith((' ', ',', '-')):
        ds = ' ' + ds
    if not fs:
        ds = ds.lstrip(' ,-')
        if a['dk'] == 'letter':
            ds = 'puerta ' + ds
    out = fs + ds
    return out.strip(' ,')


def fmt_extra(label, v):
    return wpick({
        'portal': [('portal ' + v, 60), ('Portal ' + v, 25), ('ptal. ' + v, 15)],
        'esc': [('esc. ' + v, 50), ('Escalera ' + v, 30), ('esc ' + v, 20)],
        'bloque': [('bloque ' + v, 50), ('Bl. ' + v, 25), ('blq. ' + v, 25)],
        'nave': [('nave ' + v, 50), ('Nave ' + v, 30), ('nave nº ' + v, 20)],
        'local': [('local ' + v, 50), ('Local ' + v, 30), ('loc. ' + v, 20)],
        'oficina': [('oficina ' + v, 40), ('of. ' + v, 35), ('Ofic. ' + v, 25)],
    }[label])


def fmt_place(place):
    kind, name = place
    if kind == 'pol':
        rest = name[len('Polígono Industrial '):]
        return wpick([('Pol. Ind. ' + rest, 30), ('P.I. ' + rest, 20), (name, 25), ('Pgno. Ind. ' + rest, 8),
                      ('Polígono ' + rest, 12), ('PI ' + rest, 5)])
    return name


def city_name(key, source):
    names = CITY[key]['names']
    if len(names) == 1:
        return names[0]
    if key == 'donostia':
        return pick(names)
    w = [(names[0], 75)] + [(n, 25.0 / (len(names) - 1)) for n in names[1:]]
    if source == 'legacy':
        w = [(names[0], 90)] + [(n, 10.0 / (len(names) - 1)) for n in names[1:]]
    return wpick(w)


def region_name(key, source):
    provs, comm = PROVINCES[CITY[key]['prov']]
    r = rng.random()
    if source == 'qbo':
        return pick(provs) if r < 0.62 else None
    if source == 'reception':
        return pick(provs) if r < 0.35 else (comm if r < 0.47 else None)
    if source == 'booking':
        return pick(provs) if r < 0.22 else None
    if source == 'legacy':
        return provs[0] if r < 0.55 else None
    return provs[0] if r < 0.8 else None


def country_name(source):
    return wpick({
        'qbo': [('ES', 60), ('España', 30), (None, 10)],
        'reception': [('España', 50), (None, 30), ('ES', 20)],
        'booking': [('ES', 50), ('Spain', 18), ('España', 22), (None, 10)],
        'legacy': [('ESPAÑA', 50), ('ESPANA', 20), (None, 30)],
        'mutua': [('ES', 75), ('ESPAÑA', 15), (None, 10)],
    }[source])


def cp_typo(cp):
    while True:
        i = rng.randint(2, 4)
        n = cp[:i] + str((int(cp[i]) + pick([1, 9, 3])) % 10) + cp[i + 1:]
        if n != cp:
            return n


def render_address(a, source, drop_floor=False, drop_city=False, typo_cp=False, typo_street=False,
                   drop_cp=False, coofficial=None):
    """returns (address dict, list of ops)."""
    ops = []
    metro = CITY[a['city']]['metro']
    stype, sname = a['stype'], a['sname']
    if coofficial is None:
        p = {'valencia': 0.22, 'bilbao': 0.25}.get(metro, 0.0)
        if source in ('legacy', 'mutua'):
            p *= 0.3
        coofficial = a['alt'] is not None and chance(p)
    if coofficial and a['alt'] is not None:
        stype, sname = a['alt']
        ops.append('address:co-official street name')
    if typo_street:
        sname = typo(sname)
        ops.append('address:street typo')
    if stype == 'gran_via' and chance(0.5):
        sname = _particle_drop(sname)
    tword = wpick(STYPE[stype])
    if stype not in ('urb',) and stype not in POST_TYPES and chance(0.38):
        sname = _particle_drop(sname)
    if source == 'booking' and stype == 'calle' and chance(0.25):
        tword = ''
    if stype in POST_TYPES:
        main = sname + ' ' + tword
    elif tword:
        main = tword + ('' if tword.endswith('/') and chance(0.5) else ' ') + sname
    else:
        main = sname
    if a['num'] is None:
        main += wpick(SN_FMT)
    elif stype == 'urb':
        label = 'portal' if a['floor'] else 'casa'
        main += wpick([(', %s %s' % (label, a['num']), 45), (' ' + a['num'], 25), (', ' + a['num'], 20),
                       (', nº ' + a['num'], 10)])
    else:
        main += wpick(NUM_FMT[source]).format(n=a['num'])
    tail = []
    for label, v in a['extra']:
        tail.append(fmt_extra(label, v))
    fd = None if drop_floor else fmt_floor_door(a)
    if drop_floor and (a['floor'] or a['door']):
        ops.append('address:floor/door dropped')
    if fd:
        tail.append(fd)
    tail_s = ', '.join(tail) if tail else None
    place = fmt_place(a['place']) if a['place'] and a['place'][1] else None
    line1, line2 = main, None
    if source == 'legacy':
        parts = [main] + ([tail_s] if tail_s else [])
        if place and chance(0.5):
            parts.append(place)
        line1 = (' ' if chance(0.5) else ', ').join(parts)
    else:
        layout = wpick([('one', 55), ('two', 45)])
        if tail_s:
            if layout == 'one':
                sep = ', ' if chance(0.7) else ' '
                if chance(0.15) and not a['extra']:
                    sep = ' - '
                line1 = main + sep + tail_s
            else:
                line2 = tail_s
        if place:
            r = rng.random()
            if a['place'][0] == 'pol':
                if r < 0.5:
                    if line2:
                        line1 = line1 + ', ' + line2
                    line2 = place
                elif r < 0.75:
                    line1 = place + ', ' + line1
            else:
                if r < 0.45:
                    if line2:
                        line1 = line1 + ', ' + line2
                    line2 = line1
                    line1 = place
                elif r < 0.75:
                    if line2:
                        line1 = line1 + ', ' + line2
                    line2 = place
    city = None if drop_city else city_name(a['city'], source)
    if drop_city:
        ops.append('address:city dropped')
    cp = a['cp']
    if typo_cp:
        cp = cp_typo(cp)
        ops.append('address:postal code typo')
    if drop_cp:
        cp = None
        ops.append('address:postal code dropped')
    region = region_name(a['city'], source)
    country = country_name(source)
    if source == 'legacy':
        line1 = caps_noaccent(line1, enye=pick(['N', 'N', 'keep', 'dos']))
        city = caps_noaccent(city) if city else None
        region = caps_noaccent(region) if region else None
    elif source == 'mutua':
        line1 = caps_noaccent(line1, enye='keep')
        line2 = caps_noaccent(line2, enye='keep') if line2 else None
        city = city.upper() if city else None
        region = region.upper() if region else None
    elif source == 'booking':
        if chance(0.3):
            line1 = deaccent(line1.lower())
            line2 = deaccent(line2.lower()) if line2 else None
            city = deaccent(city.lower()) if city else None
        elif chance(0.4):
            line1 = deaccent(line1, keep_enye=True)
            line2 = deaccent(line2, keep_enye=True) if line2 else None
            city = deaccent(city, keep_enye=True) if city else None
    elif source == 'reception' and chance(0.3):
        line1 = deaccent(line1, keep_enye=True)
        line2 = deaccent(line2, keep_enye=True) if line2 else None
        city = deaccent(city, keep_enye=True) if city else None
    out = {'line1': line1, 'line2': line2, 'city': city, 'region': region, 'postalCode': cp, 'country': country}
    return out, ops

# --------------------------------------------------------------------------- comparison helpers
# (check.py carries its own copy of this logic; labels are computed from the rendered records)

A_TYPES = {'calle', 'c', 'cl', 'carrer', 'kalea', 'k', 'avenida', 'avda', 'av', 'avd', 'avgda', 'avinguda',
           'etorbidea', 'etorb', 'plaza', 'pza', 'pl', 'plz', 'placa', 'paseo', 'po', 'pso', 'passeig',
           'pasealekua', 'ronda', 'rda', 'alameda', 'alda', 'zumarkalea', 'hiribidea', 'gran', 'via', 'gv',
           'urbanizacion', 'urb', 'urbaniz', 'poligono', 'pol', 'ind', 'industrial', 'pgno', 'pi',
           'polideportivo', 'municipal', 'pabellon', 'ciudad', 'deportiva', 'complejo', 'deportivo',
           'instalaciones', 'deportivas', 'travesia', 'camino', 'carretera', 'ctra'}
A_NOISE = {'n', 'no', 'num', 'numero', 'nu', 'portal', 'ptal', 'esc', 'escalera', 'bloque', 'bl', 'blq', 'nave',
           'local', 'loc', 'oficina', 'of', 'ofic', 'casa', 's', 'sn', 'sin', 'bis', 'piso', 'planta', 'puerta',
           'pta', 'letra', 'bajo', 'bajos', 'bj', 'atico', 'at', 'entlo', 'entresuelo', 'entreplanta', 'pral',
           'principal', 'ppal', 'izq', 'izqda', 'izda', 'dcha', 'drcha', 'dch', 'derecha', 'izquierda', 'centro',
           'ctro'}
A_STOP = {'de', 'del', 'la', 'las', 'los', 'el', 'y', 'i', 'd', 'l', 'en', 'al'}
A_ALIAS = {'colom': 'colon', 'port': 'puerto', 'pau': 'paz', 'sant': 'san', 'vicent': 'vicente',
           'xativa': 'jativa', 'russafa': 'ruzafa', 'arago': 'aragon', 'ciril': 'cirilo', 'alboraia': 'alboraya',
           'primat': 'primado', 'sagunt': 'sagunto', 'major': 'mayor', 'nagusia': 'mayor', 'esglesia': 'iglesia',
           'sud': 'sur', 'pare': 'padre', 'lizentziatu': 'licenciado', 'urkixo': 'urquijo', 'ertzilla': 'ercilla',
           'iparragirre': 'iparraguirre', 'kontxa': 'concha', 'jenerala': 'general', 'garai': 'garay',
           'agirre': 'aguirre', 'elkano': 'elcano', 'zumalakarregi': 'zumalacarregui', 'askatasunaren': 'libertad',
           'kolon': 'colon', 'ajuntament': 'ayuntamiento', 'valencia': 'valencia'}
CITY_ALIAS = {}
for _c in CITIES:
    for _n in _c[2]:
        CITY_ALIAS[fold(_n)] = _c[0]
CITY_ALIAS['donostia san sebastian'] = 'donostia'
CITY_ALIAS['san sebastian'] = 'donostia'
CITY_ALIAS['donostia'] = 'donostia'
CITY_ALIAS_KEYS = sorted(CITY_ALIAS.keys())


def _split_alnum(s):
    out = []
    prev = ''
    for ch in s:
        if prev and ((prev.isdigit() and ch.isalpha()) or (prev.isalpha() and ch.isdigit())):
            out.append(' ')
        out.append(ch)
        prev = ch
    return ''.join(out)


def norm_city(s):
    if not s:
        return None
    f = fold(s)
    if f in CITY_ALIAS:
        return CITY_ALIAS[f]
    best, bk = 0.0, None
    for k in CITY_ALIAS_KEYS:
        r = difflib.SequenceMatcher(None, f, k).ratio()
        if r > best:
            best, bk = r, k
    if best >= 0.85:
        return CITY_ALIAS[bk]
    return f


def addr_parse(addr):
    if not addr:
        return None
    text = ' '.join(x for x in (addr.get('line1'), addr.get('line2')) if x)
    toks = _split_alnum(fold(text)).split()
    num = None
    core = []
    for t in toks:
        if t.isdigit():
            num = str(int(t))
            break
        core.append(t)
    if num is None:
        core = toks
    out = []
    for t in core:
        t = A_ALIAS.get(t, t)
        if len(t) <= 1 or t in A_TYPES or t in A_NOISE or t in A_STOP or t.isdigit():
            continue
        out.append(t)
    return out, num


def addr_same(a, b):
    pa, pb = addr_parse(a), addr_parse(b)
    if not pa or not pb:
        return False
    (ca, na), (cb, nb) = pa, pb
    if na != nb or not ca or not cb:
        return False
    sa, sb = set(ca), set(cb)
    ok = sa == sb or sa <= sb or sb <= sa
    if not ok:
        ok = difflib.SequenceMatcher(None, ' '.join(sorted(ca)), ' '.join(sorted(cb))).ratio() >= 0.8
    if not ok:
        return False
    if a.get('postalCode') and b.get('postalCode') and a['postalCode'] == b['postalCode']:
        return True
    ka, kb = norm_city(a.get('city')), norm_city(b.get('city'))
    if ka and kb:
        return ka == kb
    return not (a.get('postalCode') and b.get('postalCode'))


def norm_phone(p):
    if not p:
        return None
    d = ''.join(c for c in p if c.isdigit())
    if len(d) == 13 and d.startswith('0034'):
        d = d[4:]
    elif len(d) == 11 and d.startswith('34'):
        d = d[2:]
    return d


def norm_email(e):
    return e.strip().casefold() if e else None


def shared_contact(c1, c2):
    out = []
    if c1.get('email') and c2.get('email') and norm_email(c1['email']) == norm_email(c2['email']):
        out.append('email')
    if c1.get('phone') and c2.get('phone') and norm_phone(c1['phone']) == norm_phone(c2['phone']):
        out.append('phone')
    if c1.get('address') and c2.get('address') and addr_same(c1['address'], c2['address']):
        out.append('address')
    return out


NAME_STOP = {'de', 'del', 'la', 'las', 'los', 'el', 'y', 'i', 'e', 'club', 'deportivo', 'deportiva', 'cd', 'seccion',
             'secc', 'sec', 'sl', 'sa', 'slu', 'sau', 'sll', 'scoop', 'coop', 'sca', 'sociedad', 'limitada', 'anonima',
             'ayuntamiento', 'ayto', 'grupo', 'hijo', 'padre', 'mutua', 'sr', 'sra', 'dna', 'don', 'area', 'escuela',
             'gimnasio', 'centro', 'asociacion', 'fundacion', 'servicios', 'oficina', 'delegacion', 'territorial',
             'direccion', 'ma', 'the'}


def name_tokens(c):
    parts = [c.get('displayName'), c.get('givenName'), c.get('familyName'), c.get('companyName')]
    out = []
    seen = set()
    for p in parts:
        if not p:
            continue
        for t in fold(p).split():
            if len(t) >= 3 and t not in NAME_STOP and not t.isdigit() and t not in seen:
                seen.add(t)
                out.append(t)
    return out


def name_city_findable(inc, target_idx, existing_contacts):
    """distinctive-name-plus-city rule: the incoming record's city equals the target's, it shares >= 2
    distinctive name tokens with the target, and no other existing record of that city shares as many."""
    if not inc.get('address'):
        return False
    city = norm_city(inc['address'].get('city'))
    if not city:
        return False
    itoks = set(name_tokens(inc))
    tgt = existing_contacts[target_idx]
    if not tgt.get('address') or norm_city(tgt['address'].get('city')) != city:
        return False
    score = 0
    for t in name_tokens(tgt):
        if t in itoks:
            score += 1
    if score < 2:
        return False
    for j, e in enumerate(existing_contacts):
        if j == target_idx or not e.get('address') or norm_city(e['address'].get('city')) != city:
            continue
        s = 0
        for t in name_tokens(e):
            if t in itoks:
                s += 1
        if s >= score:
            return False
    return True

# --------------------------------------------------------------------------- persons
ENT_IDS = set()


def new_id():
    while True:
        e = 'c%07x' % rng.getrandbits(28)
        if e not in ENT_IDS:
            ENT_IDS.add(e)
            return e


ORIGIN_W = {
    'sevilla': [('es', 90), ('latam', 4), ('ma', 3), ('ro', 2), ('gb', 1)],
    'malaga': [('es', 72), ('gb', 10), ('de', 5), ('ma', 5), ('latam', 5), ('ro', 3)],
    'valencia': [('es', 60), ('va', 24), ('ro', 6), ('latam', 6), ('ma', 3), ('gb', 1)],
    'bilbao': [('es', 54), ('eu', 36), ('latam', 6), ('ro', 2), ('ma', 2)],
}
SPELL_GROUP = {}
for _n, _alts, _w in SURNAMES['eu']:
    if _alts:
        for _m in [_n] + _alts:
            SPELL_GROUP[_m] = [_n] + _alts
for _k in FOREIGN_SPELL:
    SPELL_GROUP.setdefault(_k, [_k] + [x for x in FOREIGN_SPELL[_k] if x != _k])


def _sreg(origin):
    if origin == 'eu':
        return 'eu' if chance(0.6) else 'es'
    if origin == 'va':
        return 'va' if chance(0.5) else 'es'
    return 'es'


def canon_spelling(s):
    if s in SPELL_GROUP and s in [n for n, a, w in SURNAMES['eu']] and chance(0.35):
        return pick(SPELL_GROUP[s][1:])
    return s


def make_person(metro, gender=None, origin=None, given=None, sur1=None, sur2=None, kind='person', city=None):
    origin = origin or wpick(ORIGIN_W[metro])
    gender = gender or pick('mf')
    p = dict(id=None, type='person', kind=kind, metro=metro, origin=origin, gender=gender, hijo=False, padre=False,
             email=None, phone=None, addr=None, hh=None, show=None, yob=None)
    if origin in FOREIGN:
        F = FOREIGN[origin]
        p['given'] = given or pick(F[gender].split(';'))
        if origin == 'latam':
            p['sur1'] = sur1 or pick(F['s'].split(';'))
            p['sur2'] = sur2 or (pick(F['s'].split(';')) if chance(0.6) else pick_surname('es'))
        else:
            p['sur1'] = sur1 or pick(F['s'].split(';'))
            p['sur2'] = sur2
        if kind == 'person':
            kind = 'person_foreign'
    else:
        greg = 'es'
        if origin == 'eu' and chance(0.7):
            greg = 'eu'
        if origin == 'va' and chance(0.5):
            greg = 'va'
        p['given'] = given or pick_given(greg, gender)
        p['sur1'] = sur1 or canon_spelling(pick_surname(_sreg(origin)))
        if sur2:
            p['sur2'] = sur2
        else:
            s2 = canon_spelling(pick_surname(_sreg(origin)))
            tries = 0
            while s2 == p['sur1'] and tries < 10:
                s2 = canon_spelling(pick_surname(_sreg(origin)))
                tries += 1
            p['sur2'] = s2
    p['kind'] = kind
    p['city'] = city or pick_city(metro)
    p['yob'] = rng.randint(1940, 2003) if kind != 'minor' else rng.randint(2008, 2019)
    return p


def full_name(p):
    return ' '.join(x for x in (p['given'], p['sur1'], p['sur2']) if x)


PERSON_DOMAINS = {
    'es': [('gmail.com', 38), ('hotmail.com', 14), ('hotmail.es', 12), ('yahoo.es', 6), ('telefonica.net', 4),
           ('outlook.es', 8), ('outlook.com', 3), ('icloud.com', 5), ('live.com', 2), ('ono.com', 2)],
    'gb': [('gmail.com', 40), ('hotmail.co.uk', 20), ('btinternet.com', 15), ('yahoo.co.uk', 15), ('outlook.com', 10)],
    'de': [('gmx.de', 35), ('web.de', 25), ('t-online.de', 15), ('gmail.com', 25)],
    'ma': [('gmail.com', 55), ('hotmail.com', 25), ('hotmail.fr', 15), ('outlook.es', 5)],
    'ro': [('yahoo.com', 40), ('gmail.com', 45), ('hotmail.com', 15)],
    'latam': [('gmail.com', 55), ('hotmail.com', 30), ('outlook.com', 15)],
}


def _uniq_email(local, domain):
    e = local + '@' + domain
    n = 0
    while e in EMAILS_USED or len(local) < 3:
        n += 1
        local2 = local + str(rng.randint(1, 99) if n < 5 else rng.randint(100, 9999))
        e = local2 + '@' + domain
        if n > 50:
            break
    EMAILS_USED.add(e)
    return e


def person_email(p, domain=None, fresh=False):
    toks = [t for t in fold(p['given']).split() if t not in ('de', 'del', 'la', 'los', 'las')]
    g1 = toks[0]
    glast = toks[-1]
    nicks = NICK_OF.get(p['given'], [])
    nick = slug(pick(nicks)) if nicks else g1
    s1 = slug(p['sur1'])
    s2 = slug(p['sur2']) if p['sur2'] else ''
    yy = '%02d' % (p['yob'] % 100) if p['yob'] else str(rng.randint(70, 99))
    pats = [('%s.%s' % (g1, s1), 20), ('%s%s%s' % (g1, s1, yy), 12), ('%s%s%s' % (g1[0], s1, s2[:1]), 10),
            ('%s_%s' % (g1, s1), 6), ('%s%s' % (nick, s1), 8), ('%s.%s' % (s1, s2) if s2 else g1 + s1, 5),
            ('%s.%s.%s' % (g1, s1, s2) if s2 else g1 + '.' + s1 + yy, 6), ('%s%s' % (nick, yy), 5),
            ('%s%s%d' % (g1, s1, rng.randint(1, 99)), 8), ('%s%s' % (glast, s1), 6),
            ('%s.%s%s' % (g1[0], s1, s2), 6), ('%s_%s' % (nick, pick(['sevilla', 'runner', 'bike', 'padel', 'fit',
                                                                      'trail', 'surf', 'basket', 'mtb'])), 3)]
    if len(toks) > 1:
        pats.append(('%s%s.%s' % (toks[0][0], toks[-1], s1), 8))
    local = wpick(pats)
    if domain is None:
        domain = wpick(PERSON_DOMAINS[p['origin'] if p['origin'] in PERSON_DOMAINS else 'es'])
        if p['metro'] == 'bilbao' and chance(0.05):
            domain = 'euskaltel.net'
    return _uniq_email(local, domain)


def family_email(sur_a, sur_b):
    if sur_b is None:
        a = slug(sur_a)
        local = wpick([('familia%s' % a, 30), ('familia.%s' % a, 25), ('casa%s' % a, 15), ('los%s' % a, 10),
                       ('%s.family' % a, 20)])
        return _uniq_email(local, wpick([('gmail.com', 60), ('hotmail.com', 25), ('yahoo.es', 15)]))
    a, b = slug(sur_a), slug(sur_b)
    local = wpick([('familia%s%s' % (a, b), 30), ('familia.%s' % a, 20), ('%s%s' % (a, b), 20),
                   ('casa%s' % a, 10), ('los%s' % a, 5), ('%s.%s.familia' % (a, b), 15)])
    dom = wpick([('gmail.com', 50), ('telefonica.net', 20), ('hotmail.es', 20), ('yahoo.es', 10)])
    return _uniq_email(local, dom)


def contacts_for_person(p, email_p=0.82, landline_p=0.18, addr_p=1.0):
    if chance(email_p):
        p['email'] = person_email(p)
    old = p['yob'] and p['yob'] < 1962
    if chance(landline_p + (0.25 if old else 0.0)):
        p['phone'] = gen_landline(p['city'])
    else:
        p['phone'] = gen_mobile()
    if chance(addr_p):
        p['addr'] = new_address(p['city'], 'home')
    return p

# --------------------------------------------------------------------------- organisations
# An organisation's name is a list of segments; each segment is (variants, essential).  The first
# variant is the canonical spelling used in QuickBooks; the others are how other systems write it.

LEGAL_FORMS = {
    'sl': [(', S.L.', 40), (' S.L.', 25), (' SL', 15), (', SL', 8), (' S.L', 5), (' S. L.', 4), (' Sociedad Limitada', 3)],
    'slu': [(', S.L.U.', 45), (' S.L.U.', 25), (' SLU', 15), (', SLU', 10), (' S.L.U', 5)],
    'sa': [(', S.A.', 45), (' S.A.', 25), (' SA', 18), (', SA', 8), (' Sociedad Anónima', 4)],
    'sau': [(', S.A.U.', 50), (' S.A.U.', 25), (' SAU', 25)],
    'sll': [(', S.L.L.', 50), (' S.L.L.', 25), (' SLL', 25)],
    'sca': [(', S.C.A.', 45), (' S.C.A.', 20), (' SCA', 15), (' Sdad. Coop. Andaluza', 10), (' S. Coop. And.', 10)],
    'coopv': [(', Coop. V.', 45), (' Coop. V.', 20), (' COOP V', 15), (' Cooperativa Valenciana', 10), (' S. Coop. V.', 10)],
    'scoop': [(', S. Coop.', 50), (' S.Coop.', 25), (' Sdad. Coop.', 25)],
}


def seg(variants, ess=True):
    if isinstance(variants, str):
        variants = [(variants, 100)]
    return (variants, ess)


def form_seg(form):
    return seg(LEGAL_FORMS[form], False)


def canon_name(segs):
    return ''.join(v[0][0] for v, e in segs)


def render_segs(segs, level):
    """level: 0 canonical, 1 light, 2 medium, 3 harsh."""
    out = []
    alt_p = [0.0, 0.25, 0.55, 0.8][level]
    drop_p = [0.0, 0.15, 0.35, 0.6][level]
    for variants, ess in segs:
        if not ess and chance(drop_p):
            continue
        if len(variants) > 1 and chance(alt_p):
            out.append(wpick(variants[1:]))
        else:
            out.append(variants[0][0])
    s = ''.join(out).strip()
    return s.lstrip(',-– ').strip()


CLUB_TYPES = [
    ('Club Deportivo', ['C.D.', 'CD', 'Club Dep.', 'C. D.'], 30),
    ('Club Atlético', ['C.A.', 'CA', 'Club Atl.', 'Atlético'], 10),
    ('Unión Deportiva', ['U.D.', 'UD'], 10),
    ('Agrupación Deportiva', ['A.D.', 'AD', 'Agrup. Dep.'], 8),
    ('Sociedad Deportiva', ['S.D.', 'SD', 'Soc. Dep.'], 8),
    ('Club Polideportivo', ['C.P.', 'CP', 'Club Polid.'], 6),
    ('Asociación Deportiva', ['A.D.', 'AD', 'Asoc. Dep.'], 6),
]
SECTIONS = [
    ('Baloncesto', ['Basket', 'Básquet']), ('Fútbol', ['Futbol', 'Fútbol Base']), ('Fútbol Sala', ['F.S.', 'FS', 'Futsal']),
    ('Atletismo', ['Atlet.']), ('Natación', ['Natacion']), ('Balonmano', ['BM', 'Balonm.']), ('Voleibol', ['Voley', 'Vóley']),
    ('Pádel', ['Padel']), ('Rugby', []), ('Gimnasia Rítmica', ['Rítmica', 'G.R.']), ('Triatlón', ['Triatlon']),
    ('Ciclismo', []), ('Tenis', []), ('Hockey', []), ('Judo', []), ('Patinaje', []), ('Waterpolo', ['Water Polo']),
]
SECTIONS_EXTRA = {'bilbao': [('Remo', ['Arraun']), ('Pelota', ['Pelota Vasca', 'Euskal Pilota'])],
                  'sevilla': [('Remo', [])], 'valencia': [('Pilota', ['Pelota Valenciana'])], 'malaga': [('Vela', [])]}
CLUB_STEMS = {
    'sevilla': ['Triana', 'Nervión', 'Macarena', 'Los Remedios', 'Bellavista', 'Pino Montano', 'Amate', 'San Pablo',
                'Heliópolis', 'Su Eminencia', 'Torreblanca', 'Cerro del Águila', 'San Jerónimo', 'Sevilla Este',
                'Tablada', 'La Cartuja', 'Dos Hermanas', 'Montequinto', 'Mairena', 'Tomares'],
    'malaga': ['El Palo', 'Huelin', 'Teatinos', 'Carranque', 'La Trinidad', 'El Perchel', 'Ciudad Jardín',
               'Pedregalejo', 'Churriana', 'Puerto de la Torre', 'Miraflores', 'La Rosaleda', 'Torremolinos',
               'Benalmádena Costa', 'Fuengirola', 'Las Lagunas', 'Marbella Este'],
    'valencia': ['Benimaclet', 'Ruzafa', 'Campanar', 'Patraix', 'El Cabanyal', 'Benicalap', 'Malvarrosa', 'Orriols',
                 'Torrefiel', 'Nazaret', 'Torrent', 'Paterna', 'Burjassot', 'Mislata', 'Marxalenes', 'Algirós'],
    'bilbao': ['Deusto', 'Santutxu', 'Otxarkoaga', 'Rekalde', 'Basurto', 'Txurdinaga', 'Zorrotza', 'Indautxu',
               'San Ignacio', 'Errekaldeberri', 'Getxo', 'Barakaldo', 'Basauri', 'Leioa', 'Algorta', 'Romo'],
}
STEM_CITY = {'Dos Hermanas': 'dos_hermanas', 'Montequinto': 'dos_hermanas', 'Mairena': 'mairena', 'Tomares': 'tomares',
             'Torremolinos': 'torremolinos', 'Benalmádena Costa': 'benalmadena', 'Fuengirola': 'fuengirola',
             'Las Lagunas': 'fuengirola', 'Marbella Este': 'marbella', 'Torrent': 'torrent', 'Paterna': 'paterna',
             'Burjassot': 'burjassot', 'Mislata': 'mislata', 'Getxo': 'getxo', 'Algorta': 'getxo', 'Romo': 'getxo',
             'Barakaldo': 'barakaldo', 'Basauri': 'basauri', 'Leioa': 'leioa'}
STEM_QUAL = [('', 55), (' Sur', 6), (' Norte', 6), (' Este', 4), (' Atlético', 4), (' Balompié', 3), (' Unido', 5),
             (' Promesas', 4), (' 2000', 3), (' Base', 3), (' Amigos', 3), (' Nuevo', 4)]

INSURERS = [
    ('Mutua Hispalense de Accidentes de Trabajo', None, ['Mutua Hispalense', 'M. Hispalense', 'MUTUA HISPALENSE ACC. TRABAJO'], 'mutuahispalense.es'),
    ('Mutualidad Levantina de Previsión Social', None, ['Mutualidad Levantina', 'Mut. Levantina', 'MLPS'], 'mutualevantina.es'),
    ('Aseguradora Cantábrica de Salud', 'sa', ['Cantábrica Salud', 'Cantábrica de Salud', 'Aseg. Cantábrica de Salud'], 'cantabricasalud.es'),
    ('Previsora Bética Mutua de Seguros', None, ['Previsora Bética', 'La Previsora Bética', 'PBMS'], 'previsorabetica.es'),
    ('Mutua Deportiva del Sur', None, ['MDS', 'Mutua Dep. del Sur', 'M.D.S.'], 'mutuadeportivasur.es'),
    ('Seguros Mediterráneo Salud', 'sa', ['Mediterráneo Salud', 'Mediterraneo Salud Seguros', 'Seg. Mediterráneo Salud'], 'mediterraneosalud.es'),
    ('Mutua Vizcaína de Accidentes y Enfermedades Profesionales', None, ['Mutua Vizcaína', 'M. Vizcaína', 'Bizkaiko Mutua'], 'mutuavizcaina.eus'),
    ('Alborán Salud Compañía de Seguros', 'sa', ['Alborán Salud', 'Alboran Salud Seguros', 'Cía. Alborán Salud'], 'alboransalud.es'),
    ('Iberosalud Seguros de Salud', 'sa', ['Iberosalud', 'Ibero Salud', 'Iberosalud Seguros'], 'iberosalud-seguros.es'),
    ('Mutua Atlántica de Previsión', None, ['Mutua Atlántica', 'M. Atlántica', 'Atlántica Mutua'], 'mutuatlantica.es'),
    ('Aseguradora Deportiva Nacional', 'sa', ['ADN Seguros', 'Aseg. Deportiva Nacional', 'A.D.N. Seguros'], 'adnseguros.es'),
    ('Unión Médica del Guadalquivir', 'sa', ['Unimed Guadalquivir', 'Unión Médica Guadalquivir', 'U.M. Guadalquivir'], 'unimedguadalquivir.es'),
    ('Mutua Levante Accidentes', None, ['Mutua Levante', 'M. Levante Accidentes', 'MLA'], 'mutualevanteacc.es'),
]
INS_OFFICES = [
    # (label, variants, city)
    ('Dirección Territorial Andalucía Occidental', ['D.T. Andalucía Occidental', 'DT Andalucía Occ.', 'Dir. Territorial Andalucía Occ.'], 'sevilla'),
    ('Delegación Sevilla', ['Deleg. Sevilla', 'Sevilla', 'Of. Sevilla'], 'sevilla'),
    ('Centro Asistencial Dos Hermanas', ['C. Asistencial Dos Hermanas', 'Dos Hermanas'], 'dos_hermanas'),
    ('Delegación Málaga', ['Deleg. Málaga', 'Málaga', 'Of. Málaga'], 'malaga'),
    ('Oficina Marbella', ['Of. Marbella', 'Marbella'], 'marbella'),
    ('Dirección Territorial Levante', ['D.T. Levante', 'DT Levante', 'Dir. Terr. Levante'], 'valencia'),
    ('Delegación Valencia', ['Deleg. Valencia', 'Valencia', 'Of. València'], 'valencia'),
    ('Oficina Torrent', ['Of. Torrent', 'Torrent'], 'torrent'),
    ('Dirección Territorial Norte', ['D.T. Norte', 'DT Norte', 'Dir. Territorial Norte'], 'bilbao'),
    ('Delegación Bizkaia', ['Deleg. Bizkaia', 'Delegación Vizcaya', 'Bizkaia'], 'bilbao'),
    ('Oficina Getxo', ['Of. Getxo', 'Getxo'], 'getxo'),
    ('Delegación Gipuzkoa', ['Deleg. Gipuzkoa', 'Delegación Guipúzcoa', 'Donostia'], 'donostia'),
]
SECTORS = [
    ('Transportes', ['Transp.', 'Trans.'], 'industrial'), ('Construcciones', ['Construc.', 'Const.'], 'office'),
    ('Talleres', ['Tall.'], 'industrial'), ('Limpiezas', ['Limp.'], 'office'), ('Distribuciones', ['Distrib.', 'Dist.'], 'industrial'),
    ('Instalaciones Eléctricas', ['Inst. Eléctricas', 'Instalac. Eléctricas'], 'industrial'), ('Ingeniería', ['Ing.'], 'office'),
    ('Conservas', [], 'industrial'), ('Panificadora', ['Panif.'], 'industrial'), ('Autocares', [], 'industrial'),
    ('Reformas', [], 'office'), ('Metalúrgica', ['Metal.'], 'industrial'), ('Fundiciones', ['Fund.'], 'industrial'),
    ('Logística', ['Log.'], 'industrial'), ('Servicios Integrales', ['Serv. Integrales', 'Servicios Int.'], 'office'),
    ('Climatización', ['Climatiz.'], 'office'), ('Seguridad', ['Seg.'], 'office'), ('Mudanzas', [], 'industrial'),
    ('Artes Gráficas', ['A. Gráficas', 'Art. Gráficas'], 'industrial'), ('Carpintería Metálica', ['Carp. Metálica'], 'industrial'),
    ('Frutas y Verduras', ['Frutas y Verd.', 'Frutas'], 'industrial'), ('Gestión Hotelera', ['Gest. Hotelera'], 'office'),
    ('Asesoría Laboral', ['Ases. Laboral'], 'office'), ('Mantenimientos', ['Mant.'], 'office'),
    ('Estructuras', ['Estruct.'], 'office'), ('Embalajes', ['Embal.'], 'industrial'),
]
COMPANY_STEMS = {
    'sevilla': ['Guadalquivir', 'Aljarafe', 'Giralda', 'Hispalis', 'Bética', 'Itálica', 'Albero', 'Guadaíra', 'Macarena',
                'Sur Hispalense', 'Triana', 'Campiña', 'Marismas', 'Híspalis Norte', 'Torre del Oro'],
    'malaga': ['Costa del Sol', 'Gibralfaro', 'Axarquía', 'Guadalhorce', 'Malagueta', 'Alborán', 'Torcal', 'Mijas',
               'Sol y Mar', 'Andalucía Oriental', 'Limonar', 'Campanillas'],
    'valencia': ['Turia', 'Levante', 'Albufera', 'Mediterráneo', 'Saler', 'Horta Nord', 'Camp de Túria', 'Lluna',
                 'Valenciana', 'Mestalla', 'Serrería', 'Benifaió'],
    'bilbao': ['Nervión', 'Cantábrica', 'Ibaizabal', 'Artxanda', 'Deusto', 'Zorrotza', 'Abra', 'Bizkaia', 'Txorierri',
               'Urdaibai', 'Gorbea', 'Ezkerraldea', 'Lutxana'],
}
FIRM_FORMS = [('sl', 55), ('sa', 12), ('slu', 12), ('sll', 4), ('sau', 5), ('coop', 6)]

ORG_NAMES = set()


def reserve_name(*names):
    keys = [fold(n) for n in names if n]
    for k in keys:
        if k in ORG_NAMES:
            return False
    for k in keys:
        ORG_NAMES.add(k)
    return True


def pick_form(metro):
    f = wpick(FIRM_FORMS)
    if f == 'coop':
        f = {'sevilla': 'sca', 'malaga': 'sca', 'valencia': 'coopv', 'bilbao': 'scoop'}[metro]
    return f


def contact_person(metro):
    p = make_person(metro)
    return dict(given=p['given'], sur1=p['sur1'], sur2=p['sur2'], gender=p['gender'], origin=p['origin'],
                metro=metro, yob=p['yob'], kind='contact')


def make_org(kind, metro, city, segs, trade_segs=None, email=None, phone=None, addr=None, contact=None, family=None,
             role=None):
    return dict(id=None, type='org', kind=kind, metro=metro, city=city, segs=segs, trade_segs=trade_segs,
                legal=canon_name(segs), display=canon_name(trade_segs) if trade_segs else canon_name(segs),
                email=email, phone=phone, addr=addr, contact=contact, family=family, role=role, show=None)


def abbr_variants(full, abbrs, wfull=60):
    out = [(full, wfull)]
    for a in abbrs:
        out.append((a, (100.0 - wfull) / max(1, len(abbrs))))
    return out


# ---- clubs
def build_club(metro):
    for _ in range(100):
        stem = pick(CLUB_STEMS[metro]) + wpick(STEM_QUAL)
        if metro == 'bilbao' and chance(0.3):
            ctype = ('Kirol Elkartea', ['K.E.', 'KE'], 'post')
        elif metro == 'valencia' and chance(0.25):
            ctype = ('Club Esportiu', ['C.E.', 'CE'], 'pre')
        else:
            t = wpick([(c, c[2]) for c in CLUB_TYPES])
            ctype = (t[0], t[1], 'pre')
        base = (stem + ' ' + ctype[0]) if ctype[2] == 'post' else (ctype[0] + ' ' + stem)
        if reserve_name(base):
            break
    city = STEM_CITY.get(stem.split(' ')[0] if stem.split(' ')[0] in STEM_CITY else stem.rsplit(' ', 1)[0] if stem.rsplit(' ', 1)[0] in STEM_CITY else stem, MAIN_CITY[metro])
    abbr = slug(ctype[1][1] if len(ctype[1]) > 1 else ctype[1][0])
    domain = wpick([(abbr + slug(stem) + '.es', 40), ('club' + slug(stem) + '.com', 20), (abbr + slug(stem) + '.org', 20),
                    (slug(stem) + abbr + '.es', 20)])
    secs = list(SECTIONS) + SECTIONS_EXTRA.get(metro, [])
    n = rng.randint(3, 6)
    chosen = []
    pool = shuffled(secs)
    for s in pool[:n]:
        chosen.append(s)
    club = dict(metro=metro, city=city, stem=stem, ctype=ctype, base=base, domain=domain,
                phone=gen_landline(city), addr=new_address(city, 'sports', place_name=stem.replace(' Atlético', '')),
                admin_email=_uniq_email(pick(['secretaria', 'administracion', 'info', 'club', 'oficina']), domain),
                sections=chosen, used=[])
    return club


def club_section_entity(club, sec):
    secname, nicks = sec
    ctype = club['ctype']
    if ctype[2] == 'post':
        segs = [seg(club['stem']), seg(abbr_variants(' ' + ctype[0], [' ' + a for a in ctype[1]], 55))]
    else:
        segs = [seg(abbr_variants(ctype[0], ctype[1], 55)), seg(' ' + club['stem'])]
    sv = [(' – Sección ' + secname, 40), (' - Sección ' + secname, 18), (' - Secc. ' + secname, 8), (' Sección ' + secname, 8),
          (' (' + secname + ')', 6), (' ' + secname, 8), (' - ' + secname, 6), (' Secc. ' + secname, 4)]
    for nk in nicks:
        sv.append((' - ' + nk, 3))
        sv.append((' ' + nk, 2))
    segs.append(seg(sv))
    metro, city = club['metro'], club['city']
    if chance(0.5):
        email = _uniq_email(slug(nicks[0] if nicks and chance(0.3) else secname), club['domain'])
    else:
        email = club['admin_email']
    phone = club['phone'] if chance(0.72) else gen_mobile()
    addr = club['addr'] if chance(0.85) else new_address(city, 'sports', place_name=pick(SPORTS_PLACE_NAMES))
    contact = contact_person(metro) if chance(0.7) else None
    o = make_org('club_section', metro, city, segs, email=email, phone=phone, addr=addr, contact=contact,
                 family=('club', club['base']), role=secname)
    reserve_name(o['legal'])
    return o


# ---- insurers
def build_insurer(ins):
    full, form, abbrs, domain = ins
    offices = shuffled(INS_OFFICES)[:rng.randint(5, 8)]
    return dict(full=full, form=form, abbrs=abbrs, domain=domain, offices=offices,
                central=gen_central() if chance(0.6) else None, used=[])


def insurer_office_entity(ins, office):
    label, variants, city = office
    metro = CITY[city]['metro']
    segs = [seg(abbr_variants(ins['full'], ins['abbrs'], 60))]
    if ins['form']:
        segs.append(form_seg(ins['form']))
    ov = [(' – ' + label, 40), (' - ' + label, 30)]
    for v in variants:
        ov.append((' - ' + v, 15.0 / len(variants)))
        ov.append((' ' + v, 10.0 / len(variants)))
    ov.append((' (' + label + ')', 5))
    segs.append(seg(ov))
    words = label.split(' ')
    if label.startswith('Dirección Territorial'):
        loc = 'dt' + slug(words[2])
    elif label.startswith('Centro Asistencial'):
        loc = 'ca' + slug(' '.join(words[2:]))
    else:
        loc = slug(' '.join(words[1:]))
    email = _uniq_email(pick(['facturacion', 'administracion', 'prestaciones', 'proveedores']) + '.' + loc, ins['domain'])
    phone = ins['central'] if (ins['central'] and chance(0.35)) else gen_landline(city)
    addr = new_address(city, 'office')
    contact = contact_person(metro) if chance(0.55) else None
    o = make_org('insurer_office', metro, city, segs, email=email, phone=phone, addr=addr, contact=contact,
                 family=('insurer', ins['full']), role=label)
    reserve_name(o['legal'])
    return o


# ---- companies
GENERIC_LEGAL = ['Explotaciones {stem} {yr}', 'Inversiones y Servicios {stem}', '{sur} y {sur2} Asociados',
                 'Gestión {stem} Sur', 'Grupo Empresarial {sur}', 'Desarrollos {stem} {yr}', '{stem} Proyectos y Servicios']
TRADES = ['Supermercados {stem}', 'Hotel {stem} Plaza', 'Restaurante Casa {given}', 'Autoescuela {stem}',
          'Clínica Dental {stem}', 'Residencia de Mayores {stem}', 'Academia {stem}', 'Bodegas {sur}',
          'Frutas {given}', 'Talleres {sur}', 'Cafetería {stem}', 'Ferretería {sur}', 'Óptica {stem}', 'Panadería {sur}',
          'Hotel {stem} Suites', 'Lavandería {stem}', 'Floristería {given}', 'Clínica Veterinaria {stem}']


def make_domain(name, tlds=('.es', '.es', '.com')):
    words = [w for w in fold(name).split() if w not in ('de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'sl', 'sa')]
    full = ''.join(words)
    if len(full) > 20 and len(words) > 2:
        full = ''.join(w[0] for w in words[:-2]) + words[-2] + words[-1]
    if len(full) > 22:
        full = ''.join(w[0] for w in words[:-1]) + words[-1]
    return full + pick(list(tlds))


def build_company(metro, kind='company', trade=None, stem=None, sector=None, addr=None, email=None, phone=None,
                  pattern=None):
    for _ in range(200):
        st = stem or pick(COMPANY_STEMS[metro])
        sec = sector or pick(SECTORS)
        sur = pick_surname('es' if metro != 'bilbao' or chance(0.5) else 'eu')
        sur2 = pick_surname('es')
        form = pick_form(metro)
        if trade is None:
            is_trade = chance(0.3)
        else:
            is_trade = trade
        trade_segs = None
        if is_trade:
            g = pick_given('es', pick('mf'))
            tr = pick(TRADES).format(stem=st, sur=sur, given=NICK_OF.get(g, [g])[0] if NICK_OF.get(g) else g)
            lg = pick(GENERIC_LEGAL).format(stem=st, sur=sur, sur2=sur2, yr=pick(['2000', '2005', '2008', '2012', '2016', '21']))
            base_v = [(lg, 100)]
            trade_segs = [seg(tr)]
            display_key = tr
        else:
            r = rng.random() if pattern is None else pick([0.2, 0.9])
            full, abbrs = sec[0], sec[1]
            if r < 0.45:
                b = full + ' ' + st
                bv = abbr_variants(b, [a + ' ' + st for a in abbrs], 75)
            elif r < 0.7:
                b = full + ' Hermanos ' + sur
                bv = abbr_variants(b, [full + ' Hnos. ' + sur, full + ' Hermanos ' + sur.upper() if False else full + ' Hnos ' + sur] +
                                   [a + ' Hermanos ' + sur for a in abbrs], 60)
            elif r < 0.85:
                b = full + ' ' + sur + ' e Hijos'
                bv = abbr_variants(b, [full + ' ' + sur + ' e Hijos'.replace('e Hijos', 'e Hjos.'), full + ' ' + sur + ' Hijos'] +
                                   [a + ' ' + sur + ' e Hijos' for a in abbrs], 60)
            else:
                b = st + ' ' + full
                bv = abbr_variants(b, [st + ' ' + a for a in abbrs], 75)
            base_v = bv
            display_key = b
        segs = [seg(base_v), form_seg(form)]
        if reserve_name(canon_name(segs), display_key):
            break
    city = pick_city(metro)
    if addr is None:
        addr = new_address(city, sec[2] if not is_trade else 'office')
        city = addr['city']
    else:
        city = addr['city']
    if email is None:
        dom = make_domain(display_key)
        if chance(0.15):
            email = _uniq_email(slug(display_key)[:20], pick(['gmail.com', 'hotmail.com', 'telefonica.net']))
        else:
            email = _uniq_email(pick(['administracion', 'rrhh', 'contabilidad', 'info', 'facturacion', 'oficina']), dom)
    if phone is None:
        phone = gen_landline(city) if chance(0.8) else gen_mobile()
    contact = contact_person(metro) if chance(0.6) else None
    k = kind if not (kind == 'company' and is_trade) else 'company_trade_name'
    o = make_org(k, metro, city, segs, trade_segs=trade_segs, email=email, phone=phone, addr=addr, contact=contact)
    o['stem'] = st if (st in o['legal'] and not is_trade) else None
    o['sector'] = sec[0]
    return o


# ---- business groups
GROUP_STEMS = ['Olivar', 'Almazara', 'Betania', 'Aurora', 'Cierzo', 'Ibaia', 'Zurriola', 'Albaida', 'Alcázar', 'Velero',
               'Argenta', 'Lumen', 'Oriola', 'Torreón', 'Nazarí', 'Arrayán', 'Garbí', 'Itsaso', 'Azahar', 'Marjal']
GROUP_SUBS = [('Holding', 'sl', ['Hold.']), ('Logística', 'slu', ['Log.', 'Logistica']), ('Agroalimentaria', 'sa', ['Agroalim.']),
              ('Servicios Auxiliares', 'slu', ['Serv. Auxiliares', 'Servicios Aux.']), ('Inmobiliaria', 'sl', ['Inmob.']),
              ('Energía', 'slu', ['Energia']), ('Hoteles', 'sa', ['Hoteles y Resorts']), ('Construcción', 'sl', ['Construcciones']),
              ('Distribución', 'slu', ['Distrib.']), ('Ingeniería', 'sl', ['Ing.'])]


def build_group(metro, used):
    stem = pick([g for g in GROUP_STEMS if g not in used])
    used.append(stem)
    city = MAIN_CITY[metro]
    hq = new_address(city, 'office')
    domain = wpick([('grupo' + slug(stem) + '.com', 50), (slug(stem) + 'grupo.es', 25), (slug(stem) + '.es', 25)])
    subs = shuffled(GROUP_SUBS)[:rng.randint(4, 6)]
    if subs[0][0] != 'Holding' and chance(0.6):
        subs = [GROUP_SUBS[0]] + [x for x in subs if x[0] != 'Holding']
    return dict(metro=metro, stem=stem, city=city, hq=hq, domain=domain, phone=gen_landline(city), subs=subs, used=[])


def group_company_entity(g, sub):
    label, form, abbrs = sub
    if label == 'Holding':
        full = pick(['Grupo %s Holding', 'Corporación %s', '%s Holding']) % g['stem']
        segs = [seg(abbr_variants(full, ['Grupo ' + g['stem'], g['stem'] + ' Hold.'], 70)), form_seg(form)]
    else:
        full = g['stem'] + ' ' + label
        segs = [seg(abbr_variants(full, [g['stem'] + ' ' + a for a in abbrs], 70)), form_seg(form)]
    reserve_name(canon_name(segs), full)
    addr = g['hq'] if chance(0.75) else new_address(g['city'], 'industrial')
    phone = g['phone'] if chance(0.5) else gen_landline(addr['city'])
    email = _uniq_email(pick(['administracion', 'facturacion', 'rrhh', 'contabilidad']) + '.' + slug(label.split(' ')[0]), g['domain'])
    contact = contact_person(g['metro']) if chance(0.5) else None
    return make_org('group_company', g['metro'], addr['city'], segs, email=email, phone=phone, addr=addr, contact=contact,
                    family=('group', g['stem']), role=label)


# ---- gyms
FRANCHISES = [('FitZone', 'fitzone.es'), ('Vitalia Gym', 'vitaliagym.com'), ('PowerHouse Box', 'powerhousebox.es'),
              ('Kinetia Wellness', 'kinetia.es'), ('Forma Activa 24h', 'formaactiva24.es')]
GYM_NAMES = ['Atlas', 'Olimpo', 'Spartan', 'Titán', 'Zenit', 'Hércules', 'Arena', 'Kraken', 'Fénix', 'Nexo', 'Vértice',
             'Impulso', 'Élite', 'Dinamo', 'Alma', 'Equilibrio', 'Core', 'Pulso', 'Ritmo', 'Flex', 'Aqua', 'Bambú', 'Oasis',
             'Energy', 'Vita', 'Kinesis', 'Momentum', 'Tempo', 'Akira', 'Orca']
GYM_TYPES = [('Gimnasio {n}', ['Gym {n}', 'Gimn. {n}']), ('{n} Fitness Club', ['{n} Fitness', '{n} Fitness Club S.L.']),
             ('Box {n} Training', ['{n} Training', 'Box {n}']), ('Studio Pilates {n}', ['Pilates {n}', 'Estudio Pilates {n}']),
             ('Centro Deportivo {n}', ['C. Deportivo {n}', 'CD {n}']), ('Club de Pádel {n}', ['Pádel {n}', 'Padel Club {n}'])]


def franchise_outlet_entity(brand, domain, metro, nb):
    trade = brand + ' ' + nb
    legal = pick(['{nb} Fitness Gestión', 'Inversiones Deportivas {nb}', '{sur} Sport Center', 'Gestión Deportiva {sur} y {sur2}']).format(
        nb=nb, sur=pick_surname('es'), sur2=pick_surname('es'))
    segs = [seg(legal), form_seg(pick(['sl', 'sl', 'slu']))]
    tsegs = [seg(abbr_variants(trade, [brand + ' - ' + nb, brand.upper() + ' ' + nb, brand + ' (' + nb + ')'], 70))]
    if not reserve_name(canon_name(segs), trade):
        return None
    city = STEM_CITY.get(nb, MAIN_CITY[metro])
    addr = new_address(city, 'office')
    email = _uniq_email(slug(nb), domain)
    contact = contact_person(metro) if chance(0.6) else None
    return make_org('gym_franchise', metro, city, segs, trade_segs=tsegs, email=email, phone=gen_landline(city),
                    addr=addr, contact=contact, family=('franchise', brand), role=nb)


def independent_gym(metro):
    for _ in range(100):
        n = pick(GYM_NAMES)
        t = pick(GYM_TYPES)
        nb = pick(CLUB_STEMS[metro]) if chance(0.4) else None
        name = t[0].format(n=n) + ((' ' + nb) if nb else '')
        alts = [a.format(n=n) + ((' ' + nb) if nb else '') for a in t[1]]
        if reserve_name(name):
            break
    city = STEM_CITY.get(nb, MAIN_CITY[metro]) if nb else pick_city(metro)
    if chance(0.5):
        segs = [seg(abbr_variants(name, alts, 65)), form_seg('sl')]
        tsegs = None
    else:
        legal = pick(['{sur} Fitness', 'Deportes {n}', 'Wellness {n} Sur', 'Centro de Entrenamiento {n}']).format(
            sur=pick_surname('es'), n=n)
        segs = [seg(legal), form_seg(pick(['sl', 'slu', 'sll']))]
        tsegs = [seg(abbr_variants(name, alts, 65))]
        reserve_name(canon_name(segs))
    addr = new_address(city, 'office')
    dom = make_domain(name)
    email = _uniq_email(pick(['info', 'hola', 'recepcion', 'administracion']), dom) if chance(0.75) else \
        _uniq_email(slug(name)[:18], pick(['gmail.com', 'hotmail.com']))
    contact = contact_person(metro) if chance(0.6) else None
    return make_org('gym', metro, addr['city'], segs, trade_segs=tsegs, email=email,
                    phone=gen_landline(addr['city']) if chance(0.6) else gen_mobile(), addr=addr, contact=contact)


# ---- dance schools
DANCE_NAMES = ['Luna Mora', 'Alma Flamenca', 'Compás', 'Duende', 'Pasos', 'Ritmo y Arte', 'Terpsícore', 'Giselle',
               'Arabesque', 'Plié', 'Al Compás', 'Mediterránea', 'Lunares', 'Entre Tablas', 'Punta y Tacón', 'Tutú',
               'Volantes', 'Relevé', 'Danzarte', 'Soleá', 'Azahar Danza', 'Brisa', 'Chassé', 'Pas de Deux']


def dance_school(metro):
    for _ in range(100):
        n = pick(DANCE_NAMES)
        if metro == 'valencia' and chance(0.4):
            t = ('Escola de Dansa ' + n, ['Escola Dansa ' + n, 'Escuela de Danza ' + n, 'E. Dansa ' + n])
        elif metro == 'bilbao' and chance(0.4):
            t = (n + ' Dantza Eskola', [n + ' Dantza', 'Escuela de Danza ' + n, n + ' D.E.'])
        elif metro in ('sevilla', 'malaga') and chance(0.35):
            t = ('Estudio de Flamenco ' + n, ['Estudio Flamenco ' + n, 'Est. de Flamenco ' + n, 'Flamenco ' + n])
        else:
            t = pick([('Escuela de Danza ' + n, ['Esc. de Danza ' + n, 'Escuela Danza ' + n, 'E. de Danza ' + n]),
                      ('Academia de Baile ' + n, ['Acad. de Baile ' + n, 'Academia Baile ' + n, 'Academia ' + n])])
        if reserve_name(t[0]):
            break
    city = pick_city(metro)
    segs = [seg(abbr_variants(t[0], t[1], 65))]
    if chance(0.3):
        segs.append(form_seg('sl'))
    owner = contact_person(metro)
    addr = new_address(city, 'office')
    if chance(0.5):
        email = _uniq_email(pick(['info', 'secretaria', 'escuela']), make_domain(n + ' danza'))
    else:
        email = _uniq_email(slug(n) + pick(['danza', 'baile', 'flamenco', '']), pick(['gmail.com', 'hotmail.com', 'yahoo.es']))
    return make_org('dance_school', metro, addr['city'], segs, email=email,
                    phone=gen_mobile() if chance(0.5) else gen_landline(addr['city']), addr=addr, contact=owner)


# ---- public bodies
TOWNS_PB = [('dos_hermanas', 'Dos Hermanas'), ('mairena', 'Mairena del Aljarafe'), ('alcala_g', 'Alcalá de Guadaíra'),
            ('tomares', 'Tomares'), ('torremolinos', 'Torremolinos'), ('benalmadena', 'Benalmádena'),
            ('fuengirola', 'Fuengirola'), ('rincon', 'Rincón de la Victoria'), ('marbella', 'Marbella'),
            ('torrent', 'Torrent'), ('paterna', 'Paterna'), ('burjassot', 'Burjassot'), ('mislata', 'Mislata'),
            ('getxo', 'Getxo'), ('barakaldo', 'Barakaldo'), ('basauri', 'Basauri'), ('leioa', 'Leioa')]
DEPTS = [('Área de Deportes', ['Deportes', 'Delegación de Deportes', 'Concejalía de Deportes', 'Dpto. Deportes'], 'deportes'),
         ('Policía Local', ['Policia Local', 'P. Local', 'Jefatura Policía Local'], 'policialocal'),
         ('Servicios Sociales', ['Serv. Sociales', 'SS.SS.', 'Bienestar Social'], 'serviciossociales'),
         ('Recursos Humanos', ['RR.HH.', 'RRHH', 'Personal'], 'rrhh'),
         ('Área de Juventud', ['Juventud', 'Concejalía de Juventud'], 'juventud'),
         ('Protección Civil', ['Prot. Civil', 'Proteccion Civil'], 'proteccioncivil'),
         ('Escuelas Deportivas Municipales', ['Escuelas Deportivas', 'EDM', 'Esc. Deportivas Mpales.'], 'escuelasdeportivas'),
         ('Área de Educación', ['Educación', 'Concejalía de Educación'], 'educacion'),
         ('Mantenimiento y Obras', ['Obras y Mantenimiento', 'Mantenimiento'], 'obras'),
         ('Área de Igualdad', ['Igualdad', 'Delegación de Igualdad'], 'igualdad')]


def build_council(city, town):
    metro = CITY[city]['metro']
    slugt = slug(town)
    domain = pick(['ayto' + slugt + '.es', 'ayto-' + slugt + '.es', slugt + '-ayto.es'])
    if metro == 'bilbao':
        basev = [('Ayuntamiento de ' + town, 50), ('Ayto. de ' + town, 15), (town + 'ko Udala', 20), ('Excmo. Ayto. de ' + town, 15)]
    elif metro == 'valencia':
        basev = [('Ayuntamiento de ' + town, 50), ('Ayto. de ' + town, 15), ('Ajuntament de ' + town, 20), ('Ayto. ' + town, 15)]
    else:
        basev = [('Ayuntamiento de ' + town, 55), ('Ayto. de ' + town, 20), ('Ayto. ' + town, 10),
                 ('Excmo. Ayuntamiento de ' + town, 15)]
    hall = new_address(city, 'townhall', street=pick([('plaza', 'de la Constitución', None), ('plaza', 'Mayor', None),
                                                      ('plaza', 'de España', None)]) if metro != 'bilbao' else
                       ('calle', 'Herriko Plaza', None))
    depts = shuffled(DEPTS)
    if depts[0][0] != 'Área de Deportes' and chance(0.6):
        depts = [DEPTS[0]] + [d for d in depts if d[0] != 'Área de Deportes']
    return dict(city=city, town=town, metro=metro, domain=domain, basev=basev, hall=hall,
                phone=gen_landline(city), depts=depts[:rng.randint(4, 6)], used=[])


def council_dept_entity(cn, dept):
    label, alts, sl = dept
    dv = [(' – ' + label, 40), (' - ' + label, 30), (' (' + label + ')', 8)]
    for a in alts:
        dv.append((' - ' + a, 14.0 / len(alts)))
        dv.append((' ' + a, 8.0 / len(alts)))
    segs = [seg(cn['basev']), seg(dv)]
    reserve_name(canon_name(segs))
    addr = cn['hall'] if chance(0.6) else new_address(cn['city'], 'office')
    phone = cn['phone'] if chance(0.5) else gen_landline(cn['city'])
    email = _uniq_email(sl, cn['domain'])
    contact = contact_person(cn['metro']) if chance(0.55) else None
    return make_org('public_body', cn['metro'], cn['city'], segs, email=email, phone=phone, addr=addr, contact=contact,
                    family=('council', cn['town']), role=label)


def pmd_entity(cn):
    town = cn['town']
    segs = [seg([('Patronato Municipal de Deportes de ' + town, 55), ('P.M.D. ' + town, 15), ('PMD ' + town, 15),
                 ('Patronato Mpal. de Deportes de ' + town, 15)])]
    if not reserve_name(canon_name(segs)):
        return None
    addr = new_address(cn['city'], 'sports', place_name=town)
    return make_org('public_body', cn['metro'], cn['city'], segs, email=_uniq_email(pick(['pmd', 'info', 'administracion']),
                    'pmd' + slug(town) + '.es'), phone=gen_landline(cn['city']), addr=addr,
                    contact=contact_person(cn['metro']) if chance(0.5) else None, family=('pmd', town), role='PMD')


# ---- schools, parents' associations, associations
SCHOOL_NAMES = ['Virgen del Mar', 'San Fernando', 'Nuestra Señora de la Paz', 'Alborada', 'Los Olivos', 'Ikasbide',
                'El Pinar', 'Santa Teresa', 'Mare Nostrum', 'Altair', 'Los Naranjos', 'Itaca', 'Montealto', 'Gaztelueta Berri',
                'San Juan Bosco', 'La Salle Montemolín', 'Pureza de María Sur', 'Mirasierra', 'Santa Ana', 'Aldapeta Berri']
ASSOC_TYPES = [('Asociación de Vecinos {x}', ['AA.VV. {x}', 'A.VV. {x}', 'Asoc. Vecinos {x}']),
               ('Club de Corredores {x}', ['Corredores {x}', 'C. Corredores {x}']),
               ('Peña Ciclista {x}', ['P.C. {x}', 'Peña Cicl. {x}']),
               ('Asociación de Mayores {x}', ['Asoc. Mayores {x}', 'Asoc. de Mayores {x}']),
               ('Asociación Cultural {x}', ['Asoc. Cultural {x}', 'A.C. {x}'])]


def school_entity(metro, name=None, ampa=False):
    n = name or pick(SCHOOL_NAMES)
    if ampa:
        full = 'AMPA Colegio ' + n
        alts = ['A.M.P.A. Colegio ' + n, 'AMPA ' + n, 'Asociación de Madres y Padres del Colegio ' + n, 'AMPA C. ' + n]
    else:
        full = 'Colegio ' + n
        alts = ['Col. ' + n, 'C. ' + n, 'Colegio Concertado ' + n]
    if not reserve_name(full):
        return None
    segs = [seg(abbr_variants(full, alts, 65))]
    city = pick_city(metro)
    addr = new_address(city, 'office')
    dom = make_domain(('ampa ' if ampa else 'colegio ') + n, ('.es', '.org', '.com'))
    email = _uniq_email(pick(['secretaria', 'administracion', 'info', 'junta']), dom) if chance(0.7) else \
        _uniq_email(('ampa' if ampa else 'col') + slug(n)[:14], pick(['gmail.com', 'hotmail.com']))
    return make_org('school_association', metro, addr['city'], segs, email=email, phone=gen_landline(addr['city']) if not ampa or chance(0.4) else gen_mobile(),
                    addr=addr, contact=contact_person(metro) if chance(0.6) else None, family=('school', n),
                    role='ampa' if ampa else 'school')


def association_entity(metro):
    for _ in range(100):
        t = pick(ASSOC_TYPES)
        x = pick(CLUB_STEMS[metro])
        full = t[0].format(x=x)
        if reserve_name(full):
            break
    segs = [seg(abbr_variants(full, [a.format(x=x) for a in t[1]], 65))]
    city = STEM_CITY.get(x, MAIN_CITY[metro])
    addr = new_address(city, 'office') if chance(0.8) else None
    email = _uniq_email(slug(full.split(' ')[0])[:6] + slug(x), pick(['gmail.com', 'hotmail.com', 'yahoo.es']))
    return make_org('school_association', metro, city, segs, email=email, phone=gen_mobile() if chance(0.7) else gen_landline(city),
                    addr=addr, contact=contact_person(metro))


# ---- agents: a sports agency (athletes) and a gestoria (small firms) share mailbox and phone
AGENCIES = [('Sur Talent Sports Management', 'surtalent-sports.es', 'sevilla'),
            ('Costa Sports Agency', 'costasportsagency.com', 'malaga'),
            ('Levante Pro Representación Deportiva', 'levantepro-rd.es', 'valencia'),
            ('Kirol Management', 'kirolmanagement.eus', 'bilbao')]
GESTORIAS = [('Gestoría Romero Asesores', 'gestoriaromero-asesores.es', 'sevilla'),
             ('Asesoría Marín y Asociados', 'marinyasociados-asesoria.es', 'malaga'),
             ('Gestoria Puig Assessors', 'puigassessors-gestoria.es', 'valencia'),
             ('Etxeberria Aholkularitza', 'etxeberria-aholkularitza.eus', 'bilbao')]


def build_agent(spec, kind):
    name, dom, metro = spec
    city = MAIN_CITY[metro]
    local = pick(['gestion', 'representacion', 'admin']) if kind == 'agency' else pick(['facturas', 'clientes', 'gestoria'])
    return dict(name=name, metro=metro, city=city, email=_uniq_email(local, dom), phone=gen_landline(city), kind=kind)


# --------------------------------------------------------------------------- rendering records
MINOR_NAMES = {'m': ['Hugo', 'Lucas', 'Martín', 'Pablo', 'Mateo', 'Leo', 'Daniel', 'Alejandro', 'Manuel', 'Álvaro',
                     'Adrián', 'Marcos', 'Izan', 'Unai', 'Aimar', 'Iker', 'Pau', 'Marc', 'Enzo', 'Thiago'],
               'f': ['Lucía', 'Sofía', 'Martina', 'María', 'Julia', 'Paula', 'Valeria', 'Emma', 'Daniela', 'Carla', 'Alba',
                     'Noa', 'Olivia', 'Aitana', 'Irati', 'Chloe', 'Vega', 'Jimena', 'Candela', 'Triana']}
FLAGS = {'booking': 0, 'reception': 1, 'legacy': 2, 'mutua': 3, 'qbo': 4}


def _surname_variant(s):
    """another way the same surname is written: spelling group, particle, hyphen."""
    if s in SPELL_GROUP:
        return pick([x for x in SPELL_GROUP[s] if x != s])
    if s.startswith(('de ', 'del ')):
        r = rng.random()
        if r < 0.35:
            return ' '.join(w[:1].upper() + w[1:] for w in s.split(' '))
        if r < 0.6:
            return s.replace(' ', '')[:1].upper() + s.replace(' ', '')[1:].lower()
        if r < 0.8:
            return s.split(' ')[-1]
        return s[0].upper() + s[1:]
    if '-' in s:
        return s.replace('-', ' ') if chance(0.7) else s.replace('-', '')
    if ' de ' in s:
        return s.replace(' de la ', ' De La ').replace(' de ', ' De ') if chance(0.5) else s.replace(' de la ', ' ').replace(' de ', ' ')
    return s


def perturb_person_name(p, profile, source, protect=()):
    ops = []
    g, s1, s2 = p['given'], p['sur1'], p['sur2']
    lvl = {'light': 0, 'medium': 1, 'harsh': 2}[profile]
    nick_p = [0.06, 0.28, 0.45][lvl] + (0.2 if source == 'booking' else 0.0)
    if 'given' not in protect:
        nicks = NICK_OF.get(g, [])
        if nicks and chance(nick_p):
            g = pick(nicks)
            ops.append('givenName:short form')
        elif ' ' in g and chance(nick_p * 0.5):
            toks = g.split(' ')
            g = toks[0] if chance(0.5) else toks[-1]
            ops.append('givenName:compound name shortened')
        elif g in SPELL_GROUP and chance(nick_p):
            g = pick([x for x in SPELL_GROUP[g] if x != g])
            ops.append('givenName:other transliteration')
    drop_p = [0.12, 0.35, 0.5][lvl] + (0.15 if source == 'booking' else 0.0)
    if s2 and 'sur2' not in protect and chance(drop_p):
        s2 = None
        ops.append('familyName:second surname dropped')
    var_p = [0.1, 0.3, 0.5][lvl]
    if 'sur1' not in protect and chance(var_p):
        v = _surname_variant(s1)
        if v != s1:
            s1 = v
            ops.append('familyName:surname written otherwise')
    if s2 and 'sur2' not in protect and chance(var_p):
        v = _surname_variant(s2)
        if v != s2:
            s2 = v
            ops.append('familyName:surname written otherwise')
    ntypo = 0
    a, b = [(0.15, 0.0), (0.45, 0.1), (0.8, 0.4)][lvl]
    ntypo = (1 if chance(a) else 0) + (1 if chance(b) else 0)
    slots = [x for x in ('given', 'sur1', 'sur2') if x not in protect and (x != 'sur2' or s2)]
    touched = []
    for _ in range(ntypo):
        if not slots:
            break
        which = pick(slots)
        if which in touched and len(slots) > 1:
            continue
        touched.append(which)
        if which == 'given':
            g = typo(g)
        elif which == 'sur1':
            s1 = typo(s1)
        else:
            s2 = typo(s2)
        ops.append(('givenName' if which == 'given' else 'familyName') + ':typo')
    if len(touched) >= 2 and 'sur1' in touched and 'given' in touched and not s2:
        pass
    swap_sur = s2 is not None and not protect and chance([0.0, 0.01, 0.04][lvl])
    if swap_sur:
        s1, s2 = s2, s1
        ops.append('familyName:surnames in the wrong order')
    swap = not protect and chance([0.0, 0.03, 0.1][lvl]) and source in ('reception', 'booking')
    if swap:
        ops.append('givenName:swapped with familyName')
    mangle = not protect and source in ('reception', 'booking', 'legacy') and chance([0.0, 0.04, 0.1][lvl])
    if mangle:
        ops.append('displayName:accents mangled')
    return dict(g=g, s1=s1, s2=s2, swap=swap, mangle=mangle, ops=ops)


def _accents_for(source, s, lvl=1):
    if s is None:
        return None
    if source == 'booking':
        return deaccent(s, keep_enye=chance(0.4)) if chance(0.8) else s
    if source == 'reception':
        return deaccent(s, keep_enye=True) if chance(0.35) else s
    return s


def render_person_name(nm, source, hijo=False, padre=False, gender='m'):
    g, s1, s2 = nm['g'], nm['s1'], nm['s2']
    fam = ' '.join(x for x in (s1, s2) if x)
    mark = None
    if hijo and chance(0.45):
        mark = pick(['(hijo)', 'hijo', 'Hijo', '(h)'])
    if padre and chance(0.3):
        mark = pick(['(padre)', 'padre'])
    given, family, display = g, fam, None
    if source == 'booking':
        r = rng.random()
        if r < 0.55:
            given, family = given.lower(), family.lower()
        elif r < 0.65:
            given, family = given.upper(), family.upper()
        if chance(0.8):
            k = chance(0.4)
            given, family = deaccent(given, keep_enye=k), deaccent(family, keep_enye=k)
        if nm['swap']:
            given, family = family, given
        display = given + ' ' + family
        if mark and chance(0.5):
            display = display + ' ' + mark.lower()
        if chance(0.05):
            given, family = display, None
    elif source == 'reception':
        if chance(0.35):
            given, family = deaccent(given, keep_enye=True), deaccent(family, keep_enye=True)
        if nm['swap']:
            given, family = family, given
        display = given + ' ' + family
        if mark:
            display = display + ' ' + mark
        if chance(0.04):
            display = display.upper()
    elif source == 'legacy':
        en = pick(['N', 'N', 'keep', 'dos'])
        G, F = caps_noaccent(given, en), caps_noaccent(family, en)
        display = F + ', ' + G
        if mark:
            display = display + ' ' + caps_noaccent(mark.strip('()'))
        if chance(0.7):
            given, family = None, None
        else:
            given, family = G, F
    elif source == 'mutua':
        G, F = caps_noaccent(given, 'keep'), caps_noaccent(family, 'keep')
        if chance(0.6):
            display = F + ' ' + G
        else:
            display = G + ' ' + F
        if chance(0.12):
            display = (pick(['D. ', 'SR. ']) if gender == 'm' else pick(['DÑA. ', 'SRA. '])) + display
        given, family = G, F
    else:  # qbo
        display = given + ' ' + family
    if nm.get('mangle'):
        mode = wpick([('cp1252', 60), ('question', 25), ('replacement', 15)])
        display = mojibake(display, mode) if has_non_ascii_letter(display) else display
        if given and has_non_ascii_letter(given):
            given = mojibake(given, mode)
        if family and has_non_ascii_letter(family):
            family = mojibake(family, mode)
    return display, given, family


DOMAIN_TYPOS = {'gmail.com': ['gmial.com', 'gmail.es', 'gmai.com', 'gmal.com', 'gmail.con', 'gamil.com', 'gmail.co'],
                'hotmail.com': ['hotmial.com', 'hotmail.es', 'hotmal.com', 'hotmail.con', 'homail.com', 'hotmai.com'],
                'hotmail.es': ['hotmial.es', 'hotmail.com', 'hotmai.es', 'hotmal.es'],
                'yahoo.es': ['yahoo.com', 'yaho.es', 'yahooo.es'], 'yahoo.com': ['yaho.com', 'yahoo.es'],
                'outlook.es': ['outlok.es', 'outlook.com', 'outloo.es'], 'outlook.com': ['outlok.com', 'outlook.es'],
                'telefonica.net': ['telefonica.es', 'telefonica.ne', 'telefnica.net'], 'icloud.com': ['iclod.com', 'icloud.es'],
                'live.com': ['live.es', 'life.com'], 'gmx.de': ['gmx.es', 'gmx.com'], 'ono.com': ['ono.es']}


def email_typo(e):
    local, dom = e.split('@', 1)
    for _ in range(20):
        l2, d2 = local, dom
        if dom in DOMAIN_TYPOS and chance(0.55):
            d2 = pick(DOMAIN_TYPOS[dom])
        else:
            r = rng.random()
            if '.' in local and r < 0.3:
                l2 = local.replace('.', '', 1)
            elif r < 0.5 and '_' in local:
                l2 = local.replace('_', '.', 1)
            elif r < 0.75:
                l2 = typo(local)
                l2 = ''.join(c for c in deaccent(l2.lower()) if c.isalnum() or c in '._-')
            else:
                i = rng.randint(1, len(dom) - 3)
                d2 = dom[:i] + dom[i + 1:] if dom[i] != '.' else dom
        cand = l2 + '@' + d2
        if cand.casefold() != e.casefold() and len(l2) >= 2:
            return cand
    return local + 'x@' + dom


def render_email(e, source):
    if e is None:
        return None
    if source == 'legacy' and chance(0.45):
        return e.upper()
    if source == 'reception' and chance(0.08):
        return e[:1].upper() + e[1:]
    if source == 'mutua' and chance(0.5):
        return e.upper()
    if source == 'booking' and chance(0.04):
        return ' ' + e if False else e.capitalize()
    return e


FATE_P = {
    'email': {'light': [('keep', 85), ('typo', 3), ('new', 4), ('drop', 8)],
              'medium': [('keep', 55), ('typo', 12), ('new', 15), ('drop', 18)],
              'harsh': [('keep', 35), ('typo', 20), ('new', 22), ('drop', 23)]},
    'phone': {'light': [('keep', 88), ('off', 2), ('new', 3), ('drop', 7)],
              'medium': [('keep', 60), ('off', 8), ('new', 14), ('drop', 18)],
              'harsh': [('keep', 40), ('off', 15), ('new', 20), ('drop', 25)]},
    'addr': {'light': [('keep', 80), ('moved', 3), ('drop', 17)],
             'medium': [('keep', 55), ('moved', 15), ('drop', 30)],
             'harsh': [('keep', 35), ('moved', 25), ('drop', 40)]},
}
SOURCE_DROP = {
    'person': {'booking': {'addr': 0.4}, 'legacy': {'email': 0.3}, 'mutua': {'email': 0.55}},
    'org': {'booking': {'addr': 0.3}, 'legacy': {'email': 0.2}, 'mutua': {}},
}


def decide_fates(ent, profile, source, force_keep=(), forbid_new=False):
    fates = {}
    for f in ('email', 'phone', 'addr'):
        val = ent[f]
        if f in force_keep and val is not None:
            fates[f] = 'keep'
            continue
        fate = wpick(FATE_P[f][profile])
        if fate == 'keep' and chance(SOURCE_DROP[ent['type']].get(source, {}).get(f, 0.0)):
            fate = 'drop'
        if forbid_new and fate in ('new', 'moved', 'off', 'typo'):
            fate = 'drop'
        if val is None:
            fate = 'new' if (fate in ('new', 'moved') and f != 'addr') else 'none'
        fates[f] = fate
    return fates


def new_email_for(ent):
    if ent['type'] == 'person':
        return person_email(ent)
    dom = ent['email'].split('@', 1)[1] if ent['email'] else None
    if dom and dom not in ('gmail.com', 'hotmail.com', 'yahoo.es', 'telefonica.net') and chance(0.7):
        return _uniq_email(pick(['info', 'administracion', 'contabilidad', 'facturas', 'gerencia', 'recepcion', 'compras',
                                 'direccion', 'tesoreria']), dom)
    base = ent['display'] if ent.get('display') else ent['legal']
    return _uniq_email(slug(base)[:16] + pick(['', '.admin', '.info', str(rng.randint(1, 99))]), pick(['gmail.com', 'hotmail.com']))


def new_phone_for(ent):
    if ent['type'] == 'person' and ent.get('hh') and ent['hh'].get('landline') and ent['hh']['landline'] != ent['phone'] \
            and chance(0.3):
        return ent['hh']['landline']
    if ent['type'] == 'org' and chance(0.6):
        return gen_landline(ent['city'])
    return gen_mobile()


def render_contact_data(ent, profile, source, fates):
    ops = []
    lvl = {'light': 0, 'medium': 1, 'harsh': 2}[profile]
    e, f = ent['email'], fates['email']
    if f == 'keep':
        email = render_email(e, source)
    elif f == 'typo':
        email = render_email(email_typo(e), source)
        ops.append('email:typo')
    elif f == 'new':
        email = render_email(new_email_for(ent), source)
        ops.append('email:new address')
    else:
        email = None
        if e:
            ops.append('email:dropped')
    ph, f = ent['phone'], fates['phone']
    if f == 'keep':
        phone = render_phone(ph, source)
        ops.append('phone:kept (format of the source)')
    elif f == 'off':
        phone = render_phone(phone_off(ph), source)
        ops.append('phone:digit off')
    elif f == 'new':
        phone = render_phone(new_phone_for(ent), source)
        ops.append('phone:other number')
    else:
        phone = None
        if ph:
            ops.append('phone:dropped')
    a, f = ent['addr'], fates['addr']
    address = None
    if f == 'keep':
        drop_cp = chance([0.03, 0.1, 0.15][lvl] + (0.2 if source == 'booking' else 0.0))
        drop_city = (not drop_cp) and chance([0.0, 0.05, 0.1][lvl])
        typo_cp = (not drop_cp) and (not drop_city) and chance([0.0, 0.05, 0.12][lvl])
        address, aops = render_address(a, source, drop_floor=chance([0.05, 0.2, 0.35][lvl]), drop_city=drop_city,
                                       typo_cp=typo_cp, typo_street=chance([0.0, 0.08, 0.2][lvl]), drop_cp=drop_cp)
        ops += aops
    elif f == 'moved':
        na = new_address(a['city'], a.get('kind', 'home'), avoid_same=a)
        address, aops = render_address(na, source, drop_cp=chance(0.1))
        ops.append('address:moved (same city)')
    elif a:
        ops.append('address:dropped')
    return email, phone, address, ops


def typo_in_words(s):
    words = s.split(' ')
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return s
    i = pick(idx)
    words[i] = typo(words[i])
    return ' '.join(words)


def contact_name_fields(contact, profile, source, keep_same=True):
    nm = perturb_person_name(contact, profile, source)
    d, g, f = render_person_name(nm, source if source != 'legacy' else 'mutua', gender=contact.get('gender', 'm'))
    if source == 'legacy':
        return None, None
    return g, f


def person_record(p, profile, source, fates, protect=()):
    nm = perturb_person_name(p, profile, source, protect=protect)
    display, given, family = render_person_name(nm, source, hijo=p.get('hijo'), padre=p.get('padre'), gender=p['gender'])
    email, phone, address, cops = render_contact_data(p, profile, source, fates)
    c = make_contact(display, given, family, None, email, phone, address)
    return c, nm['ops'] + cops


def org_record(o, profile, source, fates, protect=False, force_trade=False):
    lvl = {'light': 1, 'medium': 2, 'harsh': 3}[profile]
    if protect:
        lvl = 1
    ops = []
    use_trade = bool(o['trade_segs']) and chance(0.45 if not protect else 0.3)
    comp = render_segs(o['trade_segs'] if use_trade else o['segs'], lvl)
    if use_trade:
        ops.append('companyName:trade name instead of legal name')
    if comp != canon_name(o['trade_segs'] if use_trade else o['segs']):
        ops.append('companyName:abbreviated / legal form written otherwise')
    if not protect and chance([0.0, 0.03, 0.15, 0.45][lvl]):
        t = typo_in_words(comp)
        if t != comp:
            comp = t
            ops.append('companyName:typo')
    display = comp
    if o['trade_segs'] and not use_trade and ((source in ('reception', 'booking') and chance(0.4)) or force_trade):
        display = render_segs(o['trade_segs'], lvl)
    given = family = None
    if source == 'legacy':
        comp = caps_noaccent(comp, pick(['N', 'keep', 'dos']))
        display = comp
    elif source == 'mutua':
        comp = deaccent(comp.upper(), keep_enye=True) if chance(0.6) else comp.upper()
        display = comp if chance(0.8) else display.upper()
    elif source == 'booking':
        if chance(0.4):
            comp = deaccent(comp.lower())
            display = comp
    elif source == 'reception' and chance(0.25):
        comp = deaccent(comp, keep_enye=True)
        display = deaccent(display, keep_enye=True)
    if source != 'legacy':
        r = rng.random()
        if o['contact'] and r < (0.6 if profile != 'harsh' else 0.4):
            given, family = contact_name_fields(o['contact'], profile, source)
        elif r < 0.75 and not protect:
            c2 = contact_person(o['metro'])
            given, family = contact_name_fields(c2, 'light', source)
            ops.append('contact:other contact person')
    email, phone, address, cops = render_contact_data(o, profile, source, fates)
    return make_contact(display, given, family, comp, email, phone, address), ops + cops


def make_contact(display, given, family, company, email, phone, address):
    def clean(x):
        if x is None:
            return None
        x = ' '.join(x.split())
        return x if x else None
    if address is not None:
        ad = {}
        for k in ('line1', 'line2', 'city', 'region', 'postalCode', 'country'):
            ad[k] = clean(address.get(k))
        if all(ad[k] is None for k in ad):
            ad = None
        address = ad
    return {'displayName': clean(display), 'givenName': clean(given), 'familyName': clean(family),
            'companyName': clean(company), 'email': clean(email), 'phone': clean(phone), 'address': address}


# --------------------------------------------------------------------------- population
def pick_metro():
    return wpick(METRO_W)


def make_household(metro, city=None):
    city = city or pick_city(metro)
    return dict(metro=metro, city=city, addr=new_address(city, 'home'),
                landline=gen_landline(city) if chance(0.5) else None, family_email=None, members=[])


def attach(p, hh, phone_mode='auto', email_mode='auto'):
    """give person p the contact data of household hh."""
    p['hh'] = hh
    p['city'] = hh['city']
    p['addr'] = hh['addr']
    hh['members'].append(p)
    old = p['yob'] < 1962
    if phone_mode == 'landline' or (phone_mode == 'auto' and hh['landline'] and chance(0.2 + (0.35 if old else 0.0))):
        if not hh['landline']:
            hh['landline'] = gen_landline(hh['city'])
        p['phone'] = hh['landline']
    else:
        p['phone'] = gen_mobile()
    if email_mode == 'family' or (email_mode == 'auto' and chance(0.07)):
        if not hh['family_email']:
            hh['family_email'] = family_email(p['sur1'], p['sur2'])
        p['email'] = hh['family_email']
    elif email_mode == 'none' or (email_mode == 'auto' and chance(0.16 + (0.15 if old else 0.0))):
        p['email'] = None
    else:
        p['email'] = person_email(p)
    return p


def adult(metro, gender=None, origin=None, yob=None, **kw):
    p = make_person(metro, gender=gender, origin=origin, **kw)
    p['yob'] = yob or rng.randint(1942, 2002)
    return p


def child_of(parent, other_sur1=None, minor=True, given=None, gender=None):
    gender = gender or pick('mf')
    o = other_sur1 or canon_spelling(pick_surname(_sreg(parent['origin'])))
    if parent['origin'] in FOREIGN and parent['origin'] != 'latam':
        s1, s2 = parent['sur1'], None
    elif parent['gender'] == 'm':
        s1, s2 = parent['sur1'], o
    else:
        s1, s2 = o, parent['sur1']
    if given is None:
        given = pick(MINOR_NAMES[gender]) if minor else pick_given('es', gender)
    c = make_person(parent['metro'], gender=gender, origin=parent['origin'], given=given, sur1=s1, sur2=s2,
                    kind='minor' if minor else 'person', city=parent['city'])
    c['sur2'] = s2
    c['yob'] = rng.randint(2008, 2019) if minor else max(parent['yob'] + 22, rng.randint(1970, 2003))
    return c


def spouse_of(p):
    g = 'f' if p['gender'] == 'm' else 'm'
    origin = p['origin'] if chance(0.8) else 'es'
    s = make_person(p['metro'], gender=g, origin=origin, city=p['city'])
    s['yob'] = max(1940, min(2002, p['yob'] + rng.randint(-6, 6)))
    if s['sur1'] == p['sur1']:
        s['sur1'] = canon_spelling(pick_surname(_sreg(origin)))
    return s


def build_existing():
    persons = []
    rel = []   # (kind, a, b) relations among existing persons
    # couples
    for _ in range(45):
        m = pick_metro()
        hh = make_household(m)
        a = adult(m, gender=pick('mf'), yob=rng.randint(1945, 1995))
        a['city'] = hh['city']
        b = spouse_of(a)
        em = 'family' if chance(0.3) else 'auto'
        attach(a, hh, email_mode=em)
        attach(b, hh, email_mode=em)
        persons += [a, b]
        rel.append(('spouses', a, b))
    # parent + minor
    for _ in range(25):
        m = pick_metro()
        hh = make_household(m)
        par = adult(m, yob=rng.randint(1970, 1990))
        par['city'] = hh['city']
        attach(par, hh, email_mode='auto' if chance(0.6) else 'family')
        ch = child_of(par)
        ch['hh'] = hh
        ch['addr'] = hh['addr']
        ch['email'] = par['email'] if chance(0.8) else None
        ch['phone'] = par['phone'] if chance(0.85) else (hh['landline'] or par['phone'])
        hh['members'].append(ch)
        persons += [par, ch]
        rel.append(('parent_child', par, ch))
    # siblings
    for _ in range(15):
        m = pick_metro()
        hh = make_household(m)
        a = adult(m, yob=rng.randint(1960, 2000))
        a['city'] = hh['city']
        attach(a, hh)
        b = make_person(m, gender=pick('mf'), origin=a['origin'], sur1=a['sur1'], sur2=a['sur2'], city=a['city'])
        while fold(b['given']) == fold(a['given']):
            b['given'] = pick_given('es', b['gender'])
        b['yob'] = max(1940, min(2003, a['yob'] + rng.randint(-8, 8)))
        if chance(0.5):
            attach(b, hh)
        else:
            hh2 = make_household(m)
            attach(b, hh2)
        persons += [a, b]
        rel.append(('siblings', a, b))
    # father and son of one name
    for _ in range(10):
        m = pick_metro()
        hh = make_household(m)
        f = adult(m, gender='m', origin='es' if chance(0.8) else None, yob=rng.randint(1945, 1968))
        if f['origin'] in FOREIGN and f['origin'] != 'latam':
            f['origin'] = 'es'
            f['given'] = pick_given('es', 'm')
            f['sur2'] = pick_surname('es')
        f['city'] = hh['city']
        attach(f, hh, phone_mode='landline' if chance(0.5) else 'auto')
        s = child_of(f, minor=False, given=f['given'], gender='m')
        s['hijo'] = True
        if chance(0.6):
            attach(s, hh)
        else:
            attach(s, make_household(m))
        persons += [f, s]
        rel.append(('father_son', f, s))
    # namesakes among existing customers
    for _ in range(12):
        m = pick_metro()
        a = adult(m, origin='es')
        a['given'] = pick_given('es', a['gender'])
        a['sur1'] = wpick([(n, w) for n, al, w in SURNAMES['es'] if w >= 4])
        a['sur2'] = wpick([(n, w) for n, al, w in SURNAMES['es'] if w >= 3 and n != a['sur1']])
        attach(a, make_household(m))
        m2 = pick_metro() if chance(0.5) else m
        b = adult(m2, gender=a['gender'], origin='es', given=a['given'], sur1=a['sur1'], sur2=a['sur2'])
        attach(b, make_household(m2))
        persons += [a, b]
        rel.append(('namesakes', a, b))
    # athletes represented by an agency (share its mailbox and phone)
    agencies = [build_agent(s, 'agency') for s in AGENCIES]
    for ag in agencies:
        for _ in range(3):
            a = adult(ag['metro'], yob=rng.randint(1988, 2005))
            a['kind'] = 'athlete_represented'
            a['agent'] = ag
            hh = make_household(ag['metro'])
            attach(a, hh)
            a['email'] = ag['email']
            a['phone'] = ag['phone'] if chance(0.75) else gen_mobile()
            if chance(0.4):
                a['addr'] = None
            persons.append(a)
    # singles
    while len(persons) < N_EXISTING_PERSONS:
        m = pick_metro()
        hh = make_household(m)
        a = adult(m)
        a['city'] = hh['city']
        attach(a, hh)
        persons.append(a)
    for p in persons:
        if p['kind'] == 'person' and p['origin'] in FOREIGN:
            p['kind'] = 'person_foreign'
    orgs = []
    fam = dict(clubs=[], insurers=[], groups=[], franchises=[], councils=[], schools=[], gestorias=[], agencies=agencies)
    for _ in range(46):
        c = build_club(pick_metro())
        fam['clubs'].append(c)
        k = wpick([(1, 30), (2, 40), (3, 30)])
        k = min(k, len(c['sections']) - 1)
        for sec in c['sections'][:k]:
            o = club_section_entity(c, sec)
            c['used'].append(sec)
            orgs.append(o)
    for ins in INSURERS:
        I = build_insurer(ins)
        fam['insurers'].append(I)
        k = min(rng.randint(2, 4), len(I['offices']) - 2)
        for off in I['offices'][:k]:
            orgs.append(insurer_office_entity(I, off))
            I['used'].append(off)
    used_g = []
    for _ in range(9):
        G = build_group(pick_metro(), used_g)
        fam['groups'].append(G)
        k = min(rng.randint(2, 3), len(G['subs']) - 1)
        for sub in G['subs'][:k]:
            orgs.append(group_company_entity(G, sub))
            G['used'].append(sub)
    for brand, dom in FRANCHISES:
        metros = shuffled(METROS)[:2]
        outlets = []
        for m in metros:
            for nb in shuffled(CLUB_STEMS[m])[:4]:
                outlets.append((m, nb))
        outlets = shuffled(outlets)
        F = dict(brand=brand, domain=dom, outlets=outlets, used=[])
        fam['franchises'].append(F)
        k = rng.randint(2, 4)
        for m, nb in outlets[:k]:
            o = franchise_outlet_entity(brand, dom, m, nb)
            if o:
                orgs.append(o)
                F['used'].append((m, nb))
    for city, town in shuffled(TOWNS_PB)[:14]:
        C = build_council(city, town)
        fam['councils'].append(C)
        k = rng.randint(1, 2)
        for d in C['depts'][:k]:
            orgs.append(council_dept_entity(C, d))
            C['used'].append(d)
        if chance(0.35):
            o = pmd_entity(C)
            if o:
                orgs.append(o)
    for n in shuffled(SCHOOL_NAMES)[:12]:
        m = pick_metro()
        o = school_entity(m, n)
        if o:
            orgs.append(o)
            fam['schools'].append((m, n, o))
            if chance(0.3):
                o2 = school_entity(m, n, ampa=True)
                if o2:
                    o2['city'] = o['city']
                    orgs.append(o2)
    for _ in range(12):
        orgs.append(association_entity(pick_metro()))
    for _ in range(32):
        orgs.append(independent_gym(pick_metro()))
    for _ in range(25):
        orgs.append(dance_school(pick_metro()))
    gestorias = [build_agent(s, 'gestoria') for s in GESTORIAS]
    fam['gestorias'] = gestorias
    for ge in gestorias:
        for _ in range(3):
            o = build_company(ge['metro'], kind='gestoria_client', trade=False, email=ge['email'],
                              phone=ge['phone'] if chance(0.75) else None)
            o['kind'] = 'gestoria_client'
            o['agent'] = ge
            orgs.append(o)
    while len(orgs) < N_EXISTING - N_EXISTING_PERSONS:
        orgs.append(build_company(pick_metro()))
    orgs = orgs[:N_EXISTING - N_EXISTING_PERSONS]
    return persons, orgs, rel, fam


# --------------------------------------------------------------------------- existing records (QuickBooks)
def existing_record(e):
    if e['type'] == 'person':
        pe, pp, pa = 0.9, 0.93, 0.86
    else:
        pe, pp, pa = 0.92, 0.92, 0.88
    show = dict(email=bool(e['email']) and chance(pe), phone=bool(e['phone']) and chance(pp),
                addr=bool(e['addr']) and chance(pa))
    if not (show['email'] or show['phone'] or show['addr']):
        for k in ('phone', 'email', 'addr'):
            if e[k]:
                show[k] = True
                break
    e['show'] = show
    if e['type'] == 'person':
        g, s1, s2 = e['given'], e['sur1'], e['sur2']
        fam = ' '.join(x for x in (s1, s2) if x)
        r = rng.random()
        given, family = g, fam
        if r < 0.80:
            display = g + ' ' + fam
        elif r < 0.88:
            display = fam + ', ' + g
        elif s2 and e['kind'] not in ('minor',):
            display = g + ' ' + s1
            family = s1
        else:
            display = g + ' ' + fam
        if e.get('hijo') and chance(0.4):
            display += ' (hijo)'
        if chance(0.06):
            display, given, family = deaccent(display, True), deaccent(given, True), deaccent(family, True)
        company = None
    else:
        display, company = e['display'], e['legal']
        given = family = None
        if e['contact']:
            given = e['contact']['given']
            family = ' '.join(x for x in (e['contact']['sur1'], e['contact']['sur2']) if x)
    email = e['email'] if show['email'] else None
    phone = render_phone(e['phone'], 'qbo') if show['phone'] else None
    address = render_address(e['addr'], 'qbo')[0] if show['addr'] else None
    return make_contact(display, given, family, company, email, phone, address)


def disambiguate(records, ents):
    seen = {}
    order = list(range(len(records)))
    for i in order:
        c = records[i]
        k = c['displayName'].casefold()
        if k not in seen:
            seen[k] = i
            continue
        e = ents[i]
        base = c['displayName']
        cands = []
        if c['address'] and c['address'].get('city'):
            cands.append(base + ' (' + c['address']['city'] + ')')
            cands.append(base + ' - ' + c['address']['city'])
        cands += [base + ' (2)', base + ' 2', base + ' (3)', base + ' [' + e['id'][-4:] + ']']
        for cand in cands:
            if cand.casefold() not in seen:
                c['displayName'] = cand
                seen[cand.casefold()] = i
                break


# --------------------------------------------------------------------------- label helpers
MARKERS = {'hijo', 'padre', 'h', 'd', 'dna', 'sr', 'sra'}
PARTICLES = {'de', 'del', 'la', 'las', 'los', 'el', 'y', 'i', 'e'}


def person_tokens(c):
    if c.get('givenName') and c.get('familyName'):
        text = c['givenName'] + ' ' + c['familyName']
    else:
        text = c.get('displayName') or ''
    return sorted(t for t in fold(text).split() if t not in MARKERS and not t.isdigit())


def all_name_tokens(c):
    out = []
    for f in ('displayName', 'givenName', 'familyName', 'companyName'):
        if c.get(f):
            out += fold(c[f]).split()
    return out


def org_tokens(c):
    out = []
    for f in ('displayName', 'companyName'):
        if c.get(f):
            for t in fold(c[f]).split():
                if len(t) >= 4 and t not in NAME_STOP and not t.isdigit() and t not in out:
                    out.append(t)
    return out


def email_domain(c):
    return c['email'].casefold().rsplit('@', 1)[1] if c.get('email') and '@' in c['email'] else None


def verify_claim(claim, anchor, rec):
    if claim in ('email', 'phone', 'address'):
        return claim in shared_contact(anchor, rec)
    if claim == 'full_name':
        return person_tokens(anchor) == person_tokens(rec)
    if claim in ('surname', 'surnames'):
        toks = [t for t in fold(anchor.get('familyName') or '').split() if t not in PARTICLES and len(t) >= 3]
        have = set(all_name_tokens(rec))
        if not toks:
            return False
        hits = [t for t in toks if t in have]
        return len(hits) >= 1 if claim == 'surname' else len(hits) == len(toks)
    if claim == 'given_name':
        toks = [t for t in fold(anchor.get('givenName') or '').split() if t not in PARTICLES]
        have = set(all_name_tokens(rec))
        return bool(toks) and all(t in have for t in toks)
    if claim == 'company_stem':
        return bool(set(org_tokens(anchor)) & set(org_tokens(rec)))
    if claim == 'email_domain':
        return email_domain(anchor) is not None and email_domain(anchor) == email_domain(rec)
    if claim == 'city':
        if not anchor.get('address') or not rec.get('address'):
            return False
        a, b = norm_city(anchor['address'].get('city')), norm_city(rec['address'].get('city'))
        return a is not None and a == b
    raise ValueError(claim)


def name_sane(rec, target):
    """at least one name token of the target is recognisable (edit distance <= 2) in the record."""
    tt = [t for t in all_name_tokens(target) if len(t) >= 3 and t not in NAME_STOP]
    rt = [t for t in all_name_tokens(rec) if len(t) >= 3]
    for a in tt:
        for b in rt:
            if a == b or (abs(len(a) - len(b)) <= 2 and levenshtein(a, b) <= 2):
                return True
    return False


def classify(f, x, y):
    if x is None:
        return 'added'
    if y is None:
        return 'dropped'
    if x.casefold() == y.casefold():
        return 'case'
    if fold(x) == fold(y):
        if deaccent(x).casefold() == deaccent(y).casefold():
            return 'accents'
        return 'punctuation'
    if '\ufffd' in y or 'Ã' in y or ('?' in y and '?' not in x) or '¥' in y:
        return 'mangled_characters'
    if f == 'phone':
        dx, dy = norm_phone(x), norm_phone(y)
        if dx == dy:
            return 'format'
        if len(dx) == len(dy):
            nd = sum(1 for a, b in zip(dx, dy) if a != b)
            if nd == 1:
                return 'digit_off'
            if nd == 2 and sorted(dx) == sorted(dy):
                return 'digits_swapped'
        return 'other_number'
    if f == 'email':
        lx, _, dx = x.casefold().partition('@')
        ly, _, dy = y.casefold().partition('@')
        if lx == ly:
            return 'domain_typo' if levenshtein(dx, dy) <= 2 else 'domain_changed'
        if dx == dy and levenshtein(lx, ly) <= 2:
            return 'typo'
        return 'new_address'
    if f == 'postalCode':
        return 'typo' if levenshtein(x, y) == 1 else 'changed'
    tx = [t for t in _split_alnum(fold(x)).split() if len(t) > 1 or t.isdigit()]
    ty = [t for t in _split_alnum(fold(y)).split() if len(t) > 1 or t.isdigit()]
    if sorted(tx) == sorted(ty):
        return 'reordered' if f not in AFIELDS else 'rewritten'
    sx, sy = set(tx), set(ty)
    if sy < sx:
        return 'shortened'
    if sx < sy:
        return 'extended'
    if levenshtein(fold(x), fold(y)) <= 2:
        return 'typo'
    if sx & sy:
        return 'rewritten'
    return 'replaced'


CFIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone']
AFIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']


def diff_changes(a, b):
    out = []
    for f in CFIELDS:
        if a[f] != b[f]:
            out.append(f + ':' + classify(f, a[f], b[f]))
    ax, bx = a['address'], b['address']
    if ax is None and bx is not None:
        out.append('address:added')
    elif ax is not None and bx is None:
        out.append('address:dropped')
    elif ax is not None:
        for k in AFIELDS:
            if ax[k] != bx[k]:
                out.append('address.' + k + ':' + classify(k, ax[k], bx[k]))
    return out


# --------------------------------------------------------------------------- hard negatives
HN_PLAN = [('namesake_other_city', 12), ('namesake_same_city', 10), ('spouse', 12), ('child_of_customer', 12),
           ('father_son', 12), ('sibling', 12), ('later_occupant', 10), ('club_other_section', 14),
           ('insurer_other_office', 10), ('group_sister_company', 10), ('franchise_other_outlet', 10),
           ('agent_shared_contact', 10), ('similar_name_other_trade', 8), ('public_body_other_department', 8)]
RULES = {
    'namesake_other_city': 'one customer per person: a namesake (same given name and both surnames) living in another city, '
                           'with own phone, e-mail and address',
    'namesake_same_city': 'one customer per person: a namesake (same given name and both surnames) in the same city, '
                          'with own phone, e-mail and address',
    'spouse': 'one customer per person: the spouse/partner of the customer (keeps own surnames), same home',
    'child_of_customer': "one customer per person: the customer's child (a minor patient) booked with the parent's "
                         "e-mail/phone at the family home",
    'father_son': 'one customer per person: father and son share the given name and first surname; the second surname '
                  'differs (hijo / padre)',
    'sibling': 'one customer per person: a brother or sister with both surnames in common',
    'later_occupant': 'one customer per person: a later, unrelated occupant of the same flat',
    'club_other_section': 'each section of a sports club is invoiced as its own customer: another section of the same club',
    'insurer_other_office': "each regional office of an insurer (mutua) is its own customer: another office of the same insurer",
    'group_sister_company': 'one customer per legal entity: another company (own CIF) of the same business group',
    'franchise_other_outlet': 'one customer per legal entity: another outlet of the same gym franchise, run by a different '
                              'franchisee company',
    'agent_shared_contact': 'one customer per person / legal entity: another client of the same sports agency or gestoria, '
                            'whose shared mailbox and phone are on both records',
    'similar_name_other_trade': 'one customer per legal entity: a different organisation of another trade whose name shares '
                                'the distinctive word, in the same city',
    'public_body_other_department': "each department of a town council is invoiced as its own customer (own budget line and "
                                    "billing contact): another department of the same council",
}


def person_source():
    return wpick([('booking', 38), ('reception', 30), ('legacy', 20), ('mutua', 12)])


def org_source(o):
    if o['kind'] == 'insurer_office':
        return wpick([('mutua', 60), ('legacy', 20), ('reception', 20)])
    return wpick([('reception', 40), ('legacy', 30), ('mutua', 20), ('booking', 10)])


def render_hn(hn, anchor_rec, claims, protect=(), force_keep=(), force_trade=False):
    for t in range(60):
        src = person_source() if hn['type'] == 'person' else org_source(hn)
        fates = decide_fates(hn, 'light', src, force_keep=force_keep)
        if hn['type'] == 'person':
            rec, ops = person_record(hn, 'light', src, fates, protect=protect)
        else:
            rec, ops = org_record(hn, 'light', src, fates, protect=True, force_trade=force_trade)
        if all(verify_claim(c, anchor_rec, rec) for c in claims):
            actual = shared_contact(anchor_rec, rec)
            shared = [c for c in claims if c not in ('email', 'phone', 'address')] + actual
            return rec, ops, shared, src
    return None


def build_hard_negatives(ents, recs, rel, fam):
    """returns list of dicts (entity, rec, ops, shared, source, anchor index, hn_type)."""
    used = {}
    in_rel = set()
    for k, a, b in rel:
        in_rel.add(a['id'])
        in_rel.add(b['id'])
    club_by = {}
    for c in fam['clubs']:
        club_by[c['base']] = c
    ins_by = {}
    for I in fam['insurers']:
        ins_by[I['full']] = I
    grp_by = {}
    for G in fam['groups']:
        grp_by[G['stem']] = G
    fr_by = {}
    for F in fam['franchises']:
        fr_by[F['brand']] = F
    cn_by = {}
    for C in fam['councils']:
        cn_by[C['town']] = C
    school_ampa = set()
    for e in ents:
        if e['type'] == 'org' and e.get('role') == 'ampa':
            school_ampa.add(e['family'][1])
    out = []

    def free(i, limit=1):
        return used.get(i, 0) < limit

    def lone(e):
        return e.get('hh') is not None and len(e['hh']['members']) == 1 and e['id'] not in in_rel

    def cands(pred, limit=1):
        return [i for i in range(len(ents)) if free(i, limit) and pred(ents[i], recs[i])]

    def two_surnames_shown(e, r):
        return bool(r['givenName']) and bool(r['familyName']) and e['sur2'] is not None and \
            len(fold(r['familyName']).split()) == len(fold(e['sur1'] + ' ' + e['sur2']).split())

    for hn_type, n in HN_PLAN:
        made = 0
        guard = 0
        while made < n:
            guard += 1
            if guard > 400:
                raise RuntimeError('cannot build hard negatives of type ' + hn_type)
            res = None
            if hn_type in ('namesake_other_city', 'namesake_same_city'):
                common = {x for x, al, w in SURNAMES['es'] if w >= 3}
                cl = cands(lambda e, r: e['type'] == 'person' and e['kind'] == 'person' and e['origin'] == 'es'
                           and e['id'] not in in_rel and two_surnames_shown(e, r) and e['sur1'] in common
                           and (hn_type == 'namesake_other_city' or r['address'] is not None))
                i = pick(cl)
                a = ents[i]
                if hn_type == 'namesake_other_city':
                    m = pick([x for x in METROS if x != a['metro']])
                    hh = make_household(m)
                    claims = ['full_name']
                else:
                    m = a['metro']
                    hh = make_household(m, city=a['city'])
                    claims = ['full_name', 'city']
                h = adult(m, gender=a['gender'], origin='es', given=a['given'], sur1=a['sur1'], sur2=a['sur2'])
                h['city'] = hh['city']
                attach(h, hh)
                res = render_hn(h, recs[i], claims, protect=('given', 'sur1', 'sur2'), force_keep=('addr',))
            elif hn_type == 'spouse':
                cl = cands(lambda e, r: e['type'] == 'person' and e['kind'] in ('person', 'person_foreign') and lone(e)
                           and e['yob'] < 1996 and r['address'] is not None)
                strong = [i for i in cl if (recs[i]['phone'] and ents[i]['phone'] == ents[i]['hh']['landline']) or
                          (recs[i]['email'] and ents[i]['email'] == ents[i]['hh']['family_email'])]
                i = pick(strong) if strong and chance(0.7) else pick(cl)
                a = ents[i]
                h = spouse_of(a)
                hh = a['hh']
                attach(h, hh, phone_mode='landline' if (hh['landline'] and a['phone'] == hh['landline']) else 'auto',
                       email_mode='family' if (hh['family_email'] and a['email'] == hh['family_email']) else 'auto')
                claims = ['address']
                fk = ['addr']
                if recs[i]['phone'] and h['phone'] == a['phone']:
                    claims.append('phone')
                    fk.append('phone')
                if recs[i]['email'] and h['email'] == a['email']:
                    claims.append('email')
                    fk.append('email')
                res = render_hn(h, recs[i], claims, force_keep=tuple(fk))
            elif hn_type == 'child_of_customer':
                cl = cands(lambda e, r: e['type'] == 'person' and e['kind'] in ('person', 'person_foreign') and lone(e)
                           and 1962 <= e['yob'] <= 1992 and (r['email'] or r['phone']) and r['familyName'])
                i = pick(cl)
                a = ents[i]
                h = child_of(a, minor=True)
                h['hh'] = a['hh']
                a['hh']['members'].append(h)
                h['addr'], h['email'], h['phone'] = a['addr'], a['email'], a['phone']
                claims = ['surname'] + [c for c, k in (('email', 'email'), ('phone', 'phone')) if recs[i][k]]
                prot = ('sur1',) if a['gender'] == 'm' or a['sur2'] is None else ('sur2',)
                res = render_hn(h, recs[i], claims, protect=prot, force_keep=('email', 'phone'))
            elif hn_type == 'father_son':
                cl = cands(lambda e, r: e['type'] == 'person' and e['gender'] == 'm' and e['kind'] == 'person'
                           and e['origin'] in ('es', 'eu', 'va', 'latam') and e['sur2'] and lone(e) and r['givenName']
                           and not e.get('hijo') and r['familyName'])
                i = pick(cl)
                a = ents[i]
                if a['yob'] <= 1972:
                    h = child_of(a, minor=False, given=a['given'], gender='m')
                    h['hijo'] = True
                    h['yob'] = rng.randint(max(a['yob'] + 22, 1975), 2003)
                else:
                    h = make_person(a['metro'], gender='m', origin=a['origin'], given=a['given'], sur1=a['sur1'],
                                    city=a['city'])
                    h['yob'] = a['yob'] - rng.randint(23, 33)
                    h['padre'] = True
                if chance(0.6):
                    attach(h, a['hh'], phone_mode='landline' if (a['hh']['landline'] and a['phone'] == a['hh']['landline'])
                           else 'auto', email_mode='none' if chance(0.3) else 'auto')
                else:
                    attach(h, make_household(a['metro'], city=a['city']))
                claims = ['given_name', 'surname']
                fk = []
                if h['addr'] is a['addr'] and recs[i]['address']:
                    claims.append('address')
                    fk.append('addr')
                if recs[i]['phone'] and h['phone'] == a['phone']:
                    claims.append('phone')
                    fk.append('phone')
                res = render_hn(h, recs[i], claims, protect=('given', 'sur1'), force_keep=tuple(fk))
            elif hn_type == 'sibling':
                cl = cands(lambda e, r: e['type'] == 'person' and e['kind'] in ('person', 'person_foreign') and lone(e)
                           and e['sur2'] and r['familyName'])
                i = pick(cl)
                a = ents[i]
                h = make_person(a['metro'], gender=pick('mf'), origin=a['origin'], sur1=a['sur1'], sur2=a['sur2'],
                                city=a['city'])
                while fold(h['given']).split()[0] == fold(a['given']).split()[0]:
                    h['given'] = pick_given('es', h['gender'])
                h['yob'] = max(1940, min(2003, a['yob'] + rng.randint(-10, 10)))
                claims = ['surnames']
                fk = []
                if chance(0.5):
                    attach(h, a['hh'])
                    if recs[i]['address']:
                        claims.append('address')
                        fk.append('addr')
                    if recs[i]['phone'] and h['phone'] == a['phone']:
                        claims.append('phone')
                        fk.append('phone')
                else:
                    attach(h, make_household(a['metro']))
                res = render_hn(h, recs[i], claims, protect=('sur1', 'sur2'), force_keep=tuple(fk))
            elif hn_type == 'later_occupant':
                cl = cands(lambda e, r: e['type'] == 'person' and r['address'] is not None and e['addr'] is not None
                           and (e['addr']['floor'] or e['addr']['door']) and lone(e))
                i = pick(cl)
                a = ents[i]
                h = adult(a['metro'], city=a['city'])
                while h['sur1'] in (a['sur1'], a['sur2']) or (h['sur2'] and h['sur2'] in (a['sur1'], a['sur2'])):
                    h = adult(a['metro'], city=a['city'])
                hh = dict(metro=a['metro'], city=a['city'], addr=a['addr'], landline=None, family_email=None, members=[])
                attach(h, hh)
                res = render_hn(h, recs[i], ['address'], force_keep=('addr',))
            elif hn_type == 'club_other_section':
                cl = cands(lambda e, r: e['type'] == 'org' and e['kind'] == 'club_section'
                           and len(club_by[e['family'][1]]['used']) < len(club_by[e['family'][1]]['sections'])
                           and ((r['phone'] and e['phone'] == club_by[e['family'][1]]['phone']) or
                                (r['address'] and e['addr'] is club_by[e['family'][1]]['addr'])), 2)
                i = pick(cl)
                a = ents[i]
                c = club_by[a['family'][1]]
                sec = pick([s for s in c['sections'] if s not in c['used']])
                c['used'].append(sec)
                h = club_section_entity(c, sec)
                h['phone'] = c['phone']
                h['addr'] = c['addr']
                claims = ['company_stem'] + [x for x, k in (('phone', 'phone'), ('address', 'address'))
                                             if recs[i][k] and (a['phone'] == c['phone'] if x == 'phone' else a['addr'] is c['addr'])]
                fk = ['phone', 'addr'] + (['email'] if h['email'] == a['email'] else [])
                if h['email'] == a['email'] and recs[i]['email']:
                    claims.append('email')
                res = render_hn(h, recs[i], claims, force_keep=tuple(fk))
            elif hn_type == 'insurer_other_office':
                cl = cands(lambda e, r: e['type'] == 'org' and e['kind'] == 'insurer_office' and r['email']
                           and len(ins_by[e['family'][1]]['used']) < len(ins_by[e['family'][1]]['offices']), 2)
                i = pick(cl)
                a = ents[i]
                I = ins_by[a['family'][1]]
                off = pick([o for o in I['offices'] if o not in I['used']])
                I['used'].append(off)
                h = insurer_office_entity(I, off)
                claims = ['company_stem', 'email_domain']
                fk = ['email']
                if recs[i]['phone'] and I['central'] and a['phone'] == I['central']:
                    h['phone'] = I['central']
                    claims.append('phone')
                    fk.append('phone')
                res = render_hn(h, recs[i], claims, force_keep=tuple(fk))
            elif hn_type == 'group_sister_company':
                cl = cands(lambda e, r: e['type'] == 'org' and e['kind'] == 'group_company' and r['email']
                           and len(grp_by[e['family'][1]]['used']) < len(grp_by[e['family'][1]]['subs']), 2)
                i = pick(cl)
                a = ents[i]
                G = grp_by[a['family'][1]]
                sub = pick([x for x in G['subs'] if x not in G['used']])
                G['used'].append(sub)
                h = group_company_entity(G, sub)
                claims = ['company_stem', 'email_domain']
                fk = ['email']
                if recs[i]['address'] and a['addr'] is G['hq']:
                    h['addr'] = G['hq']
                    claims.append('address')
                    fk.append('addr')
                if recs[i]['phone'] and a['phone'] == G['phone'] and chance(0.7):
                    h['phone'] = G['phone']
                    claims.append('phone')
                    fk.append('phone')
                res = render_hn(h, recs[i], claims, force_keep=tuple(fk))
            elif hn_type == 'franchise_other_outlet':
                cl = cands(lambda e, r: e['type'] == 'org' and e['kind'] == 'gym_franchise' and r['email'], 3)
                i = pick(cl)
                a = ents[i]
                F = fr_by[a['family'][1]]
                opts = [x for x in F['outlets'] if x not in F['used']]
                m, nb = pick(opts)
                F['used'].append((m, nb))
                h = franchise_outlet_entity(F['brand'], F['domain'], m, nb)
                if h is None:
                    continue
                res = render_hn(h, recs[i], ['company_stem', 'email_domain'], force_keep=('email',), force_trade=True)
            elif hn_type == 'agent_shared_contact':
                if made % 2 == 0:
                    cl = cands(lambda e, r: e['kind'] == 'athlete_represented' and r['email'])
                    i = pick(cl)
                    a = ents[i]
                    ag = a['agent']
                    h = adult(ag['metro'], yob=rng.randint(1988, 2005))
                    h['kind'] = 'athlete_represented'
                    attach(h, make_household(ag['metro']))
                    h['email'] = ag['email']
                    h['phone'] = ag['phone'] if a['phone'] == ag['phone'] else h['phone']
                    if chance(0.4):
                        h['addr'] = None
                    h['agent'] = ag
                else:
                    cl = cands(lambda e, r: e['kind'] == 'gestoria_client' and r['email'])
                    i = pick(cl)
                    a = ents[i]
                    ge = a['agent']
                    h = build_company(ge['metro'], kind='gestoria_client', trade=False, email=ge['email'],
                                      phone=ge['phone'] if a['phone'] == ge['phone'] else None)
                    h['kind'] = 'gestoria_client'
                    h['agent'] = ge
                claims = ['email']
                fk = ['email', 'phone']
                if recs[i]['phone'] and h['phone'] == a['phone']:
                    claims.append('phone')
                res = render_hn(h, recs[i], claims, force_keep=tuple(fk))
            elif hn_type == 'similar_name_other_trade':
                if made % 3 == 2:
                    cl = cands(lambda e, r: e['type'] == 'org' and e.get('role') == 'school' and r['address']
                               and e['family'][1] not in school_ampa)
                    i = pick(cl)
                    a = ents[i]
                    h = school_entity(a['metro'], a['family'][1], ampa=True)
                    if h is None:
                        continue
                    school_ampa.add(a['family'][1])
                    claims = ['company_stem', 'city']
                    if chance(0.5):
                        h['addr'] = a['addr']
                        h['city'] = a['city']
                        claims.append('address')
                    else:
                        h['addr'] = new_address(a['addr']['city'], 'office')
                        h['city'] = a['addr']['city']
                else:
                    cl = cands(lambda e, r: e['type'] == 'org' and e['kind'] == 'company' and e.get('stem')
                               and r['address'] is not None)
                    i = pick(cl)
                    a = ents[i]
                    other = pick([s for s in SECTORS if s[0] != a['sector']])
                    h = build_company(a['metro'], trade=False, stem=a['stem'], sector=other, pattern='stem',
                                      addr=new_address(a['addr']['city'], other[2]))
                    claims = ['company_stem', 'city']
                res = render_hn(h, recs[i], claims, force_keep=('addr',))
            elif hn_type == 'public_body_other_department':
                cl = cands(lambda e, r: e['type'] == 'org' and e['kind'] == 'public_body' and e['family'][0] == 'council'
                           and r['email'] and len(cn_by[e['family'][1]]['used']) < len(cn_by[e['family'][1]]['depts']), 2)
                i = pick(cl)
                a = ents[i]
                C = cn_by[a['family'][1]]
                d = pick([x for x in C['depts'] if x not in C['used']])
                C['used'].append(d)
                h = council_dept_entity(C, d)
                claims = ['company_stem', 'email_domain']
                fk = ['email']
                if recs[i]['address'] and a['addr'] is C['hall']:
                    h['addr'] = C['hall']
                    claims.append('address')
                    fk.append('addr')
                if recs[i]['phone'] and a['phone'] == C['phone']:
                    h['phone'] = C['phone']
                    claims.append('phone')
                    fk.append('phone')
                res = render_hn(h, recs[i], claims, force_keep=tuple(fk))
            if res is None:
                continue
            rec, ops, shared, src = res
            h['id'] = new_id()
            if h['type'] == 'person' and h['kind'] == 'person' and h['origin'] in FOREIGN:
                h['kind'] = 'person_foreign'
            used[i] = used.get(i, 0) + 1
            out.append(dict(ent=h, rec=rec, ops=ops, shared=shared, source=src, anchor=i, hn_type=hn_type))
            made += 1
    return out


# --------------------------------------------------------------------------- matches and new customers
PROFILE_RANK = {'light': 0, 'medium': 1, 'harsh': 2}


def make_match_record(ent, ti, ex_recs, profile, source):
    avail = [k for k, f in (('email', 'email'), ('phone', 'phone'), ('addr', 'address')) if ex_recs[ti][f]]
    for attempt in range(80):
        force = ()
        if attempt >= 10 and avail:
            force = (pick(avail),)
        fates = decide_fates(ent, profile, source, force_keep=force)
        if ent['type'] == 'person':
            rec, ops = person_record(ent, profile, source, fates)
        else:
            rec, ops = org_record(ent, profile, source, fates)
        if not name_sane(rec, ex_recs[ti]):
            continue
        ev = shared_contact(rec, ex_recs[ti])
        if ev:
            return rec, ops, ev, 'contact'
        if name_city_findable(rec, ti, ex_recs):
            return rec, ops, [], 'name_city'
    raise RuntimeError('no findable match for ' + ent['id'])


def build_new_entities():
    persons = []
    for _ in range(10):
        m = pick_metro()
        hh = make_household(m)
        a = adult(m, yob=rng.randint(1950, 1995))
        a['city'] = hh['city']
        attach(a, hh)
        b = spouse_of(a)
        attach(b, hh)
        persons += [a, b]
    for _ in range(6):
        m = pick_metro()
        hh = make_household(m)
        par = adult(m, yob=rng.randint(1972, 1990))
        par['city'] = hh['city']
        attach(par, hh)
        ch = child_of(par)
        ch['hh'], ch['addr'], ch['email'], ch['phone'] = hh, hh['addr'], par['email'], par['phone']
        hh['members'].append(ch)
        persons += [par, ch]
    while len(persons) < 280:
        m = pick_metro()
        hh = make_household(m)
        a = adult(m)
        a['city'] = hh['city']
        attach(a, hh)
        persons.append(a)
    for p in persons:
        if p['kind'] == 'person' and p['origin'] in FOREIGN:
            p['kind'] = 'person_foreign'
    orgs = []
    for _ in range(2):
        c = build_club(pick_metro())
        for sec in c['sections'][:3]:
            orgs.append(club_section_entity(c, sec))
    for _ in range(15):
        orgs.append(independent_gym(pick_metro()))
    for _ in range(10):
        orgs.append(dance_school(pick_metro()))
    for _ in range(10):
        orgs.append(association_entity(pick_metro()))
    while len(orgs) < 120:
        orgs.append(build_company(pick_metro()))
    return persons + orgs


def assemble():
    persons, orgs, rel, fam = build_existing()
    ents = persons + orgs
    for e in ents:
        e['id'] = new_id()
    recs = [existing_record(e) for e in ents]
    disambiguate(recs, ents)
    order = sorted(range(len(ents)), key=lambda i: (recs[i]['displayName'].casefold(), i))
    ents = [ents[i] for i in order]
    recs = [recs[i] for i in order]
    incoming = []
    # matches
    idx = shuffled(list(range(N_EXISTING)))
    slots = idx[:570] + idx[570:675] * 2 + idx[675:690] * 3
    assert len(slots) == N_MATCH
    for ti in slots:
        e = ents[ti]
        profile = wpick([('light', 35), ('medium', 40), ('harsh', 25)])
        src = person_source() if e['type'] == 'person' else org_source(e)
        rec, ops, ev, how = make_match_record(e, ti, recs, profile, src)
        incoming.append(dict(rec=rec, ent=e, cat='match', profile=profile, source=src, ops=ops, target=ti, findable=how))
    # hard negatives
    hns = build_hard_negatives(ents, recs, rel, fam)
    assert len(hns) == N_HN
    for h in hns:
        incoming.append(dict(rec=h['rec'], ent=h['ent'], cat='hard_negative', source=h['source'], ops=h['ops'],
                             anchor=h['anchor'], hn_type=h['hn_type'], shared=h['shared']))
    # new customers
    news = build_new_entities()
    for e in news:
        e['id'] = new_id()
    order_n = shuffled(list(range(len(news))))
    reps = {}
    for k, j in enumerate(order_n):
        reps[j] = 3 if k < 25 else (2 if k < 100 else 1)
    total = 0
    for j in range(len(news)):
        e = news[j]
        n = reps[j]
        total += n
        anchor_field = None
        if n > 1:
            opts = [f for f in ('email', 'phone') if e[f]]
            anchor_field = pick(opts) if opts else 'addr'
        for occ in range(n):
            profile = 'light' if occ == 0 else wpick([('medium', 60), ('harsh', 40)])
            src = person_source() if e['type'] == 'person' else org_source(e)
            fates = decide_fates(e, profile, src, force_keep=(anchor_field,) if anchor_field else ())
            if e['type'] == 'person':
                rec, ops = person_record(e, profile, src, fates)
            else:
                rec, ops = org_record(e, profile, src, fates)
            incoming.append(dict(rec=rec, ent=e, cat='new', profile=profile, source=src, ops=ops,
                                 force=(anchor_field,) if anchor_field else ()))
    assert total == N_NEW_RECORDS, total
    assert len(incoming) == N_INCOMING
    incoming = shuffled(incoming)
    # a repeated new customer must stay recognisable against its first occurrence (by file order)
    first = {}
    for it in incoming:
        if it['cat'] != 'new':
            continue
        e = it['ent']
        if e['id'] not in first:
            first[e['id']] = it
            continue
        f = first[e['id']]
        for _ in range(60):
            ev = shared_contact(f['rec'], it['rec'])
            if ev and (name_sane(it['rec'], f['rec']) or len(ev) >= 2):
                break
            fates = decide_fates(e, it['profile'], it['source'], force_keep=it['force'])
            if e['type'] == 'person':
                it['rec'], it['ops'] = person_record(e, it['profile'], it['source'], fates)
            else:
                it['rec'], it['ops'] = org_record(e, it['profile'], it['source'], fates)
        else:
            raise RuntimeError('repeated new customer not recognisable: ' + e['id'])
    return ents, recs, incoming


def build_lines():
    ents, recs, incoming = assemble()
    set_lines, meta_lines = [], []
    for i, (e, c) in enumerate(zip(ents, recs)):
        set_lines.append({'set': 'existing', 'entity': e['id'], 'contact': c})
        meta_lines.append({'set': 'existing', 'index': i, 'line': i + 1, 'entity': e['id'], 'category': 'existing',
                           'kind': e['kind'], 'source': 'quickbooks', 'changes': []})
    first_occ = {}
    occ_count = {}
    for k, it in enumerate(incoming):
        e, c = it['ent'], it['rec']
        set_lines.append({'set': 'incoming', 'entity': e['id'], 'contact': c})
        m = {'set': 'incoming', 'index': k, 'line': N_EXISTING + k + 1, 'entity': e['id'], 'category': it['cat'],
             'kind': e['kind'], 'source': it['source']}
        if it['cat'] == 'match':
            ti = it['target']
            m['changes'] = diff_changes(recs[ti], c)
            m['profile'] = it['profile']
            m['evidence'] = shared_contact(recs[ti], c)
            m['findable_by'] = 'shared contact data' if m['evidence'] else 'distinctive name plus city'
            m['compare_set'] = 'existing'
            m['compare_index'] = ti
        elif it['cat'] == 'new':
            occ_count[e['id']] = occ_count.get(e['id'], 0) + 1
            m['occurrence'] = occ_count[e['id']]
            if m['occurrence'] == 1:
                first_occ[e['id']] = (k, it)
                m['changes'] = []
            else:
                fk, fit = first_occ[e['id']]
                m['changes'] = diff_changes(fit['rec'], c)
                m['profile'] = it['profile'] if PROFILE_RANK[it['profile']] >= PROFILE_RANK[fit['profile']] else fit['profile']
                m['evidence'] = shared_contact(fit['rec'], c)
                assert m['evidence'], (e['id'], c, fit['rec'])
                m['findable_by'] = 'shared contact data'
                m['compare_set'] = 'incoming'
                m['compare_index'] = fk
        else:
            ai = it['anchor']
            m['changes'] = diff_changes(recs[ai], c)
            m['anchor'] = ents[ai]['id']
            m['anchor_index'] = ai
            m['hn_type'] = it['hn_type']
            m['rule'] = RULES[it['hn_type']]
            m['shared'] = it['shared']
        m['ops'] = it['ops']
        meta_lines.append(m)
    return set_lines, meta_lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    set_lines, meta_lines = build_lines()
    with open(os.path.join(args.out, 'set.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for obj in set_lines:
            f.write(json.dumps(obj, ensure_ascii=False) + '\n')
    with open(os.path.join(args.out, 'meta.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for obj in meta_lines:
            f.write(json.dumps(obj, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
