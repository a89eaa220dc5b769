#!/usr/bin/env python3
"""mx-distribution: labelled customer record-linkage benchmark generator.

Invented wholesale distributor (hardware, electrical, plumbing) in Guadalajara,
Jalisco; customer list kept in QuickBooks Online (Mexico).  Writes set.jsonl and
meta.jsonl.  Python 3 standard library only; one random.Random(SEED); no set is
ever iterated, so output is identical for any PYTHONHASHSEED.

    python3 gen.py [--out DIR]
"""
import argparse
import json
import os
import re
import unicodedata
import random

SEED = 20250611
R = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_MATCH = 825
N_HN_PER_TYPE = 15
N_NEW_REPEATS_2 = 71      # new customers seen twice
N_NEW_REPEATS_3 = 7       # new customers seen three times

# ----------------------------------------------------------------------------
# text helpers
# ----------------------------------------------------------------------------


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s)
                   if unicodedata.category(c) != 'Mn').casefold()


def strip_acc(s, keep_n=False):
    out = []
    for ch in s:
        if keep_n and ch in 'ñÑ':
            out.append(ch)
            continue
        out.append(''.join(c for c in unicodedata.normalize('NFD', ch)
                           if unicodedata.category(c) != 'Mn'))
    return ''.join(out)


def slug(s):
    return re.sub(r'[^a-z0-9]', '', fold(s))


def wchoice(pairs):
    """pairs: list of (value, weight)."""
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def osa(a, b):
    """optimal string alignment distance (Damerau-Levenshtein, restricted)."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 2:
        return 3
    d = [[0] * (lb + 1) for _ in range(la + 1)]
    for i in range(la + 1):
        d[i][0] = i
    for j in range(lb + 1):
        d[0][j] = j
    for i in range(1, la + 1):
        for j in range(1, lb + 1):
            c = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[la][lb]


def dels(s):
    out = [s]
    for i in range(len(s)):
        out.append(s[:i] + s[i + 1:])
    return out


# ----------------------------------------------------------------------------
# geography (real towns / real-looking postcode ranges / real area codes)
# ----------------------------------------------------------------------------

STATE_VARIANTS = {
    'Jalisco': ['Jalisco', 'Jal.', 'JAL', 'Jal'],
    'Nuevo León': ['Nuevo León', 'N.L.', 'NL', 'Nuevo Leon'],
    'Ciudad de México': ['Ciudad de México', 'CDMX', 'D.F.', 'Distrito Federal', 'Cd. de México'],
    'Estado de México': ['Estado de México', 'Edo. Méx.', 'Méx.', 'Edo. de México', 'México'],
    'Querétaro': ['Querétaro', 'Qro.', 'QRO', 'Querétaro de Arteaga'],
    'Puebla': ['Puebla', 'Pue.', 'PUE'],
    'Michoacán': ['Michoacán', 'Mich.', 'Michoacán de Ocampo', 'MICH'],
    'Sinaloa': ['Sinaloa', 'Sin.', 'SIN'],
    'Baja California': ['Baja California', 'B.C.', 'BC'],
}
COUNTRIES = ['México', 'Mexico', 'MX', 'MÉXICO']

# (state, municipio, alternative city spellings, lada, cp_lo, cp_hi, weight, colonias, roads)
CITY_ROWS = [
    ('Jalisco', 'Guadalajara', ['Guadalajara', 'GDL', 'Guadalajara Jal'], '33', 44100, 44990, 22,
     ['Americana', 'Centro', 'Providencia', 'Chapalita', 'Ladrón de Guevara', 'Santa Teresita',
      'Jardines del Bosque', 'Oblatos', 'Moderna', 'Lafayette', 'Arcos Vallarta', 'Mezquitán Country',
      'Del Fresno', 'Miravalle', 'Polanco', 'Santa Eduwiges', 'Independencia', 'San Andrés',
      'Echeverría', 'Las Conchas', 'Atlas', 'Artesanos', 'Monumental', 'Huentitán el Bajo'],
     ['Carretera a Chapala', 'Carretera a Zapotlanejo']),
    ('Jalisco', 'Zapopan', ['Zapopan', 'Guadalajara', 'ZAPOPAN'], '33', 45010, 45239, 14,
     ['Ciudad Granja', 'Las Águilas', 'Jardines Universidad', 'Zapopan Centro', 'Arcos de Zapopan',
      'Tabachines', 'Santa Margarita', 'Ciudad del Sol', 'Camichines', 'Villa de los Belenes',
      'El Briseño', 'Las Bóvedas', 'Paseos del Sol', 'La Estancia', 'Puerta de Hierro', 'Seattle',
      'Constitución', 'Jardines de Nuevo México'],
     ['Carretera a Tesistán', 'Carretera a Nogales', 'Carretera a Saltillo']),
    ('Jalisco', 'San Pedro Tlaquepaque', ['San Pedro Tlaquepaque', 'Tlaquepaque', 'Tlaquepaque Jal'], '33',
     45500, 45639, 8,
     ['Tlaquepaque Centro', 'Las Huertas', 'El Álamo', 'Santa María Tequepexpan', 'Lomas de Tlaquepaque',
      'San Martín de las Flores', 'Las Juntas', 'El Vergel', 'Revolución', 'Parques del Castillo'],
     ['Carretera a Chapala']),
    ('Jalisco', 'Tonalá', ['Tonalá', 'Tonala'], '33', 45400, 45429, 4,
     ['Tonalá Centro', 'Loma Dorada', 'Santa Paula', 'Arroyo de Enmedio', 'Jauja', 'Rey Xólotl'],
     ['Carretera a Zapotlanejo']),
    ('Jalisco', 'Tlajomulco de Zúñiga', ['Tlajomulco de Zúñiga', 'Tlajomulco'], '33', 45640, 45679, 5,
     ['Tlajomulco Centro', 'Hacienda Santa Fe', 'Chulavista', 'Lomas del Sur', 'San Agustín',
      'Los Cántaros', 'Santa Cruz del Valle', 'Villas de la Hacienda'],
     ['Carretera a Chapala', 'Carretera a Morelia']),
    ('Jalisco', 'Puerto Vallarta', ['Puerto Vallarta', 'Pto. Vallarta'], '322', 48280, 48399, 2,
     ['Centro', 'Versalles', 'Emiliano Zapata', 'Las Aralias', 'Fluvial Vallarta', 'Bobadilla', 'Coapinole'],
     ['Carretera a Tepic']),
    ('Jalisco', 'Tepatitlán de Morelos', ['Tepatitlán de Morelos', 'Tepatitlán', 'Tepa'], '378', 47600, 47699, 2,
     ['Centro', 'Las Colonias', 'El Pedregal', 'San Gabriel', 'Jardines de Tepa'], ['Carretera a Yahualica']),
    ('Jalisco', 'Lagos de Moreno', ['Lagos de Moreno'], '474', 47400, 47499, 1,
     ['Centro', 'La Luz', 'El Refugio', 'Las Arboledas'], ['Carretera a San Luis Potosí']),
    ('Jalisco', 'Zapotlán el Grande', ['Ciudad Guzmán', 'Zapotlán el Grande', 'Cd. Guzmán'], '341', 49000, 49099, 1,
     ['Centro', 'Constituyentes', 'Las Garzas', 'Solidaridad'], ['Carretera a Colima']),
    ('Jalisco', 'Chapala', ['Chapala', 'Chapala Jal'], '376', 45900, 45929, 1,
     ['Chapala Centro', 'Ajijic', 'San Antonio Tlayacapan', 'Riberas del Pilar'], ['Carretera Chapala-Jocotepec']),
    ('Nuevo León', 'Monterrey', ['Monterrey', 'MTY', 'Mty.'], '81', 64000, 64990, 9,
     ['Centro', 'Obispado', 'Mitras Centro', 'Cumbres', 'Contry', 'Vista Hermosa', 'Tecnológico',
      'María Luisa', 'Independencia', 'Buenos Aires', 'Altavista', 'Las Brisas', 'Roma', 'Loma Larga'],
     ['Carretera Nacional', 'Carretera a Laredo']),
    ('Nuevo León', 'San Pedro Garza García', ['San Pedro Garza García', 'San Pedro', 'San Pedro Garza Garcia',
                                             'Monterrey'], '81', 66200, 66299, 3,
     ['Del Valle', 'Valle Oriente', 'Fuentes del Valle', 'San Pedro Centro', 'Lomas del Valle',
      'Bosques del Valle', 'Santa Engracia'], ['Carretera a Saltillo']),
    ('Nuevo León', 'San Nicolás de los Garza', ['San Nicolás de los Garza', 'San Nicolás', 'San Nicolas'], '81',
     66400, 66499, 3,
     ['Anáhuac', 'Las Puentes', 'Casa Blanca', 'Cuauhtémoc', 'Nogalar', 'Residencial Anáhuac'],
     ['Carretera a Laredo']),
    ('Nuevo León', 'Guadalupe', ['Guadalupe', 'Guadalupe NL'], '81', 67100, 67199, 2,
     ['Linda Vista', 'Contry Tesoro', 'Guadalupe Centro', 'Valle Soleado', 'Rincón de la Sierra'],
     ['Carretera a Reynosa']),
    ('Nuevo León', 'Apodaca', ['Apodaca', 'Cd. Apodaca'], '81', 66600, 66649, 2,
     ['Apodaca Centro', 'Pueblo Nuevo', 'Huinalá', 'Bosques de Huinalá', 'Metroplex'],
     ['Carretera Miguel Alemán']),
    ('Ciudad de México', 'Cuauhtémoc', ['Ciudad de México', 'CDMX', 'México D.F.', 'Cuauhtémoc', 'Mexico DF'],
     '55', 6000, 6999, 3,
     ['Roma Norte', 'Condesa', 'Juárez', 'Centro', 'Doctores', 'Obrera', 'Santa María la Ribera',
      'Guerrero', 'Tabacalera', 'San Rafael', 'Hipódromo'], []),
    ('Ciudad de México', 'Benito Juárez', ['Ciudad de México', 'CDMX', 'Benito Juárez', 'México D.F.'], '55',
     3000, 3999, 3,
     ['Del Valle', 'Narvarte', 'Portales', 'Nápoles', 'Álamos', 'Mixcoac', 'Letrán Valle', 'Moderna'], []),
    ('Ciudad de México', 'Coyoacán', ['Ciudad de México', 'CDMX', 'Coyoacán', 'México D.F.'], '55', 4000, 4999, 2,
     ['Del Carmen', 'Santa Úrsula Coapa', 'Pedregal de Santo Domingo', 'Country Club', 'Ajusco',
      'Campestre Churubusco'], []),
    ('Ciudad de México', 'Miguel Hidalgo', ['Ciudad de México', 'CDMX', 'Miguel Hidalgo', 'México D.F.'], '55',
     11000, 11999, 2,
     ['Polanco', 'Anzures', 'Tacubaya', 'Escandón', 'Lomas de Chapultepec', 'Granada', 'Argentina Poniente'], []),
    ('Ciudad de México', 'Iztapalapa', ['Ciudad de México', 'CDMX', 'Iztapalapa', 'México D.F.'], '55',
     9000, 9999, 2,
     ['Santa Cruz Meyehualco', 'Juan Escutia', 'Leyes de Reforma', 'San Lorenzo Tezonco', 'Granjas Esmeralda'],
     []),
    ('Ciudad de México', 'Azcapotzalco', ['Ciudad de México', 'CDMX', 'Azcapotzalco'], '55', 2000, 2999, 2,
     ['Industrial Vallejo', 'Clavería', 'San Álvaro', 'Pro Hogar', 'Santa Bárbara'], []),
    ('Ciudad de México', 'Gustavo A. Madero', ['Ciudad de México', 'CDMX', 'Gustavo A. Madero', 'México D.F.'],
     '55', 7000, 7999, 2,
     ['Lindavista', 'Industrial', 'San Juan de Aragón', 'Valle del Tepeyac', 'Guadalupe Tepeyac'], []),
    ('Estado de México', 'Naucalpan de Juárez', ['Naucalpan', 'Naucalpan de Juárez'], '55', 53000, 53999, 2,
     ['Ciudad Satélite', 'San Bartolo Naucalpan', 'Industrial Alce Blanco', 'Lomas Verdes', 'El Molinito',
      'Echegaray'], ['Carretera Toluca-Naucalpan']),
    ('Estado de México', 'Tlalnepantla de Baz', ['Tlalnepantla', 'Tlalnepantla de Baz'], '55', 54000, 54199, 2,
     ['Industrial Tlalnepantla', 'Valle Dorado', 'Los Reyes Ixtacala', 'San Javier', 'Viveros de la Loma'],
     ['Carretera México-Querétaro']),
    ('Estado de México', 'Ecatepec de Morelos', ['Ecatepec', 'Ecatepec de Morelos'], '55', 55000, 55299, 2,
     ['San Cristóbal Centro', 'Jardines de Morelos', 'Ciudad Azteca', 'Las Américas', 'Valle de Santiago'],
     ['Carretera México-Pachuca']),
    ('Estado de México', 'Nezahualcóyotl', ['Nezahualcóyotl', 'Ciudad Nezahualcóyotl', 'Neza'], '55',
     57000, 57999, 1, ['Benito Juárez', 'Metropolitana', 'Evolución', 'Vicente Villada', 'Aurora'], []),
    ('Estado de México', 'Toluca', ['Toluca', 'Toluca de Lerdo'], '722', 50000, 50299, 2,
     ['Centro', 'Santa Ana Tlapaltitlán', 'Universidad', 'Colón', 'San Sebastián', 'Científicos', 'La Merced'],
     ['Carretera Toluca-Naucalpan', 'Carretera Toluca-Ixtapan']),
    ('Querétaro', 'Querétaro', ['Querétaro', 'Santiago de Querétaro', 'Queretaro'], '442', 76000, 76249, 4,
     ['Centro', 'Jurica', 'Juriquilla', 'Carretas', 'Álamos', 'Cimatario', 'Milenio', 'Niños Héroes',
      'Lomas de Casa Blanca', 'San Pablo'], ['Carretera Querétaro-San Luis Potosí', 'Carretera a Chichimequillas']),
    ('Querétaro', 'Corregidora', ['Corregidora', 'El Pueblito'], '442', 76900, 76925, 1,
     ['El Pueblito', 'Candiles', 'Los Olvera', 'Pirámides'], ['Carretera a Huimilpan']),
    ('Querétaro', 'El Marqués', ['El Marqués', 'El Marques'], '442', 76240, 76269, 1,
     ['La Cañada', 'Zibatá', 'Los Héroes'], ['Carretera a Chichimequillas']),
    ('Querétaro', 'San Juan del Río', ['San Juan del Río', 'San Juan del Rio'], '427', 76800, 76839, 1,
     ['Centro', 'San Cayetano', 'Banthí', 'Indeco'], ['Carretera a Tequisquiapan']),
    ('Puebla', 'Puebla', ['Puebla', 'Heroica Puebla de Zaragoza', 'Puebla de Zaragoza'], '222', 72000, 72599, 4,
     ['Centro', 'La Paz', 'Anzures', 'Huexotitla', 'Chulavista', 'Bella Vista', 'El Carmen', 'Los Volcanes',
      'San Manuel', 'Jardines de San Manuel', 'Amor'], ['Carretera Federal Puebla-Atlixco', 'Carretera a Tehuacán']),
    ('Puebla', 'San Andrés Cholula', ['San Andrés Cholula', 'Cholula'], '222', 72810, 72830, 1,
     ['Tlaxcalancingo', 'Lomas de Angelópolis', 'Cholula Centro', 'Emiliano Zapata'],
     ['Carretera Federal Puebla-Atlixco']),
    ('Puebla', 'Tehuacán', ['Tehuacán', 'Tehuacan'], '238', 75700, 75799, 1,
     ['Centro', 'Aquiles Serdán', 'El Riego', 'Santa María Coapan'], ['Carretera a Orizaba']),
    ('Michoacán', 'Morelia', ['Morelia', 'Morelia Mich'], '443', 58000, 58349, 4,
     ['Centro', 'Chapultepec Norte', 'Chapultepec Sur', 'Félix Ireta', 'Vasco de Quiroga', 'Las Américas',
      'Santa María de Guido', 'Lomas de Santa María', 'Industrial', 'Jardines de Guadalupe'],
     ['Carretera Morelia-Salamanca', 'Carretera a Pátzcuaro']),
    ('Michoacán', 'Uruapan', ['Uruapan'], '452', 60000, 60199, 1,
     ['Centro', 'La Magdalena', 'Los Ángeles', 'San Rafael'], ['Carretera a Carapan']),
    ('Michoacán', 'Zamora', ['Zamora', 'Zamora de Hidalgo'], '351', 59600, 59699, 1,
     ['Centro', 'El Duero', 'Jardinadas', 'Valencia'], ['Carretera Zamora-Jacona']),
    ('Sinaloa', 'Culiacán', ['Culiacán', 'Culiacán Rosales', 'Culiacan'], '667', 80000, 80399, 4,
     ['Centro', 'Las Quintas', 'Chapultepec', 'Guadalupe', 'Tierra Blanca', 'Humaya', 'Los Pinos',
      'Jorge Almada', 'Montebello'], ['Carretera a Imala', 'Carretera Culiacán-Eldorado']),
    ('Sinaloa', 'Mazatlán', ['Mazatlán', 'Mazatlan'], '669', 82000, 82199, 2,
     ['Centro', 'Zona Dorada', 'Lomas de Mazatlán', 'Flamingos', 'Juárez'], ['Carretera Internacional']),
    ('Sinaloa', 'Ahome', ['Los Mochis', 'Ahome'], '668', 81200, 81299, 1,
     ['Centro', 'Scally', 'Jiquilpan', 'Las Fuentes'], ['Carretera a Topolobampo']),
    ('Baja California', 'Tijuana', ['Tijuana', 'TIJUANA'], '664', 22000, 22699, 4,
     ['Zona Río', 'Centro', 'Otay', 'Chapultepec', 'Hipódromo', 'Libertad', 'Playas de Tijuana', 'Cacho',
      'La Mesa'], ['Carretera Tijuana-Tecate']),
    ('Baja California', 'Mexicali', ['Mexicali'], '686', 21000, 21399, 2,
     ['Centro Cívico', 'Nueva', 'Industrial', 'Pueblo Nuevo', 'Los Pinos'], ['Carretera a San Felipe']),
    ('Baja California', 'Ensenada', ['Ensenada'], '646', 22800, 22899, 1,
     ['Centro', 'Chapultepec', 'Valle Dorado', 'Moderna'], ['Carretera Transpeninsular']),
]
CITIES = []
for row in CITY_ROWS:
    st, name, alts, lada, lo, hi, w, cols, roads = row
    CITIES.append({'state': st, 'name': name, 'alts': alts, 'lada': lada, 'cp': (lo, hi), 'w': w,
                   'cols': cols, 'roads': roads or ['Carretera Federal']})
CITY_BY_NAME = {c['name']: c for c in CITIES}
MUNI_TOWNS = ['Guadalajara', 'Zapopan', 'San Pedro Tlaquepaque', 'Tonalá', 'Tlajomulco de Zúñiga',
              'Puerto Vallarta', 'Tepatitlán de Morelos', 'Lagos de Moreno', 'Zapotlán el Grande', 'Chapala',
              'Apodaca', 'Corregidora', 'El Marqués', 'San Juan del Río', 'San Andrés Cholula', 'Tehuacán',
              'Uruapan', 'Zamora', 'Ahome', 'Ensenada']

STREETS = ['Juárez', 'Morelos', 'Hidalgo', 'Independencia', 'Reforma', 'Madero', 'Allende', 'Zaragoza',
           'Guerrero', 'Aldama', 'Abasolo', 'Matamoros', 'Galeana', 'Pino Suárez', 'Corona', 'Colón',
           'Libertad', 'Insurgentes', 'Revolución', 'Constitución', 'Lázaro Cárdenas', 'Adolfo López Mateos',
           'Vallarta', 'de las Américas', 'Patria', 'Niños Héroes', 'Javier Mina', 'Federalismo', 'Alcalde',
           'Manuel Ávila Camacho', 'Mariano Otero', 'Tepeyac', '5 de Mayo', '16 de Septiembre',
           '20 de Noviembre', 'Venustiano Carranza', 'Emiliano Zapata', 'Vicente Guerrero', 'Álvaro Obregón',
           'Constituyentes', 'Río Nilo', 'Pino', 'Cedro', 'Fresno', 'Encino', 'Nogal', 'Jacarandas',
           'Tabachines', 'Girasoles', 'Azucenas', 'Colima', 'Nayarit', 'Durango', 'Tamaulipas', 'Zacatecas',
           'Aguascalientes', 'Mar Caribe', 'Río Bravo', 'Circunvalación', 'Washington', 'Chapultepec', 'Ocampo',
           'Iturbide', 'Victoria', 'Degollado', 'Ramón Corona', 'Prisciliano Sánchez', 'López Cotilla',
           'Garibaldi', 'Manuel Acuña', 'Pedro Moreno', 'Gómez Farías', 'Francisco Villa', 'Belisario Domínguez',
           'Hermenegildo Galeana', 'Tlaloc', 'Cuauhtémoc', 'Moctezuma', 'Nezahualcóyotl', 'Fray Pedro de Gante',
           'Santa Rosa', 'San Felipe', 'Gardenias', 'Violetas', 'Naranjos', 'Mezquite', 'Laurel', 'Olivo',
           'Sauce', 'Ciprés', 'Eucalipto', 'Cantera', 'Obsidiana', 'Ámbar', 'Turquesa', 'Esmeralda', 'Ópalo']
STYPES = [('Av.', 30), ('Calle', 40), ('Blvd.', 6), ('Calz.', 5), ('Priv.', 4), ('Prol.', 3), ('And.', 2)]
STYPE_FMT = {
    'Av.': ['Av. ', 'Avenida ', 'Av ', 'AV. '],
    'Calle': ['Calle ', 'C. ', ''],
    'Blvd.': ['Blvd. ', 'Boulevard ', 'Bulevar '],
    'Calz.': ['Calz. ', 'Calzada '],
    'Priv.': ['Priv. ', 'Privada '],
    'Prol.': ['Prol. ', 'Prolongación '],
    'And.': ['Andador ', 'And. '],
    'Periférico': ['Periférico ', 'Perif. ', 'Anillo Periférico '],
    'Carretera': ['', '', ''],
}
NUM_FMT = ['{n}', '#{n}', 'No. {n}', 'No. Ext. {n}', 'Núm. {n}', '# {n}']
INT_FMT = {'Int.': [' Int. {i}', '-{i}', ', No. Int. {i}', 'L2', ' Interior {i}', ' int {i}'],
           'Local': [' Local {i}', ' Loc. {i}', ', Local {i}', 'L2', ' Local {i}', ' Local {i}'],
           'Depto.': [' Depto. {i}', ' Dpto. {i}', ', Depto. {i}', 'L2', ' Departamento {i}', ' Depto {i}']}
L2_INT = {'Int.': 'Int. {i}', 'Local': 'Local {i}', 'Depto.': 'Depto. {i}'}
KM_FMT = [' Km {k}', ' Km. {k}', ' KM {k}', ' kilómetro {k}']
MZ_FMT = [' Mz {m} Lt {l}', ' Manzana {m} Lote {l}', ' Lote {l} Manzana {m}', ' Mza. {m} Lt. {l}']
SN_FMT = [' S/N', ' s/n', ' Sin Número', ' SN', ' S/N.']
ESQ_FMT = [' esq. {e}', ' Esq. {e}', ' esquina {e}', ' esq. con {e}']
COL_FMT = {'Col.': ['Col. ', 'Colonia ', 'COL. ', 'Col '],
           'Fracc.': ['Fracc. ', 'Fraccionamiento ', 'FRACC. ', 'Fracc ']}
CP_FMT = ['C.P. {cp}', 'CP {cp}', 'C.P.{cp}']

# ----------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------

MALE = ['José', 'Juan', 'Luis', 'Carlos', 'Jorge', 'Miguel', 'Francisco', 'Jesús', 'Ignacio', 'Alejandro',
        'Roberto', 'Alberto', 'Ricardo', 'Fernando', 'Eduardo', 'Javier', 'Antonio', 'Manuel', 'Rafael',
        'Arturo', 'Sergio', 'Raúl', 'Héctor', 'Óscar', 'Martín', 'Pedro', 'Enrique', 'Gerardo', 'Daniel',
        'Víctor', 'Salvador', 'Armando', 'Rubén', 'Guillermo', 'Alfonso', 'Ramón', 'Gustavo', 'Andrés',
        'Diego', 'Emilio', 'Hugo', 'Joaquín', 'Rodrigo', 'Mauricio', 'Adrián', 'Ernesto', 'Rodolfo',
        'Felipe', 'Gabriel', 'Omar', 'Israel', 'Agustín', 'Leonardo', 'Marco']
MALE_D1 = ['José', 'Juan', 'Luis', 'Jorge', 'Miguel', 'Francisco', 'Jesús', 'Carlos', 'Víctor', 'Marco',
           'Óscar', 'Héctor', 'José', 'Juan', 'José']
MALE_D2 = ['Luis', 'Carlos', 'Antonio', 'Manuel', 'Alberto', 'Ángel', 'Javier', 'Francisco', 'Eduardo',
           'Alfredo', 'Guadalupe', 'Ramón', 'Enrique', 'Armando', 'Gerardo', 'Daniel', 'Alejandro', 'Arturo',
           'Roberto', 'Fernando', 'Ignacio', 'Rafael', 'Pablo', 'Martín', 'Raúl']
FEMALE = ['María', 'Guadalupe', 'Ana', 'Laura', 'Patricia', 'Verónica', 'Leticia', 'Rosa', 'Concepción',
          'Carmen', 'Gabriela', 'Claudia', 'Adriana', 'Alejandra', 'Silvia', 'Martha', 'Elena', 'Sofía',
          'Fernanda', 'Daniela', 'Mónica', 'Alicia', 'Teresa', 'Josefina', 'Margarita', 'Beatriz', 'Lucía',
          'Irma', 'Norma', 'Yolanda', 'Rosario', 'Dolores', 'Socorro', 'Mercedes', 'Andrea', 'Paola', 'Karla',
          'Diana', 'Lorena', 'Sandra', 'Araceli', 'Erika', 'Cecilia', 'Cristina', 'Gloria', 'Esther',
          'Angélica', 'Susana', 'Ximena', 'Valeria', 'Mariana']
FEMALE_D = [('María', ['Guadalupe', 'del Carmen', 'de Jesús', 'de la Luz', 'Elena', 'Fernanda', 'Teresa',
                       'Isabel', 'Concepción', 'del Rosario', 'Dolores', 'Eugenia', 'Cristina', 'Alejandra',
                       'Luisa', 'Socorro', 'Patricia', 'Magdalena']),
            ('Ana', ['Laura', 'María', 'Karen', 'Sofía', 'Lilia', 'Gabriela']),
            ('Rosa', ['María', 'Elena', 'Isela']),
            ('Martha', ['Alicia', 'Patricia', 'Elena']),
            ('Laura', ['Elena', 'Patricia']),
            ('Claudia', ['Ivette', 'Patricia'])]
NICKS = {'José': ['Pepe'], 'Francisco': ['Paco', 'Pancho'], 'Jesús': ['Chucho', 'Chuy'], 'Ignacio': ['Nacho'],
         'Guadalupe': ['Lupita', 'Lupe'], 'Concepción': ['Conchita', 'Concha'], 'Alejandro': ['Alex'],
         'Roberto': ['Beto'], 'Alberto': ['Beto'], 'Guillermo': ['Memo'], 'Eduardo': ['Lalo'],
         'Enrique': ['Quique'], 'Manuel': ['Manolo'], 'Salvador': ['Chava'], 'Antonio': ['Toño'],
         'Rosario': ['Chayo'], 'Dolores': ['Lola'], 'Alejandra': ['Ale'], 'Margarita': ['Mago'],
         'Socorro': ['Coco'], 'Gerardo': ['Gera'], 'Rafael': ['Rafa'], 'Patricia': ['Paty'],
         'Verónica': ['Vero'], 'Gabriela': ['Gaby'], 'Ernesto': ['Neto'], 'Rodolfo': ['Rudy', 'Fito'],
         'Mercedes': ['Meche'], 'del Rosario': ['Chayo'], 'del Carmen': ['Carmelita'], 'Fernando': ['Fer']}
ABBR_GIVEN = {'María': 'Ma.', 'José': 'J.', 'Francisco': 'Fco.', 'Guadalupe': 'Gpe.'}
SURNAMES = ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez',
            'Cruz', 'Flores', 'Gómez', 'Morales', 'Vázquez', 'Reyes', 'Jiménez', 'Torres', 'Díaz', 'Gutiérrez',
            'Ruiz', 'Mendoza', 'Aguilar', 'Ortiz', 'Moreno', 'Castillo', 'Romero', 'Álvarez', 'Méndez',
            'Chávez', 'Rivera', 'Juárez', 'Ramos', 'Domínguez', 'Herrera', 'Medina', 'Castro', 'Vargas',
            'Guzmán', 'Velázquez', 'Muñoz', 'Rojas', 'Contreras', 'Salazar', 'Luna', 'Ortega', 'Santiago',
            'Guerrero', 'Estrada', 'Bautista', 'Cortés', 'Soto', 'Alvarado', 'Núñez', 'Ibarra', 'Delgado',
            'Navarro', 'Mejía', 'Acosta', 'Ríos', 'Carrillo', 'Rosales', 'Sandoval', 'Cervantes', 'Padilla',
            'Orozco', 'Valencia', 'Lara', 'Espinoza', 'Cárdenas', 'Nava', 'Fuentes', 'Montes', 'Zúñiga',
            'Peña', 'Ochoa', 'Macías', 'Robles', 'Villalobos', 'Arellano', 'Becerra', 'Camacho', 'Barajas',
            'Villaseñor', 'Gallardo', 'Quintero', 'Íñiguez', 'Zepeda', 'Plascencia', 'Ocampo', 'Treviño',
            'Garza', 'Salinas', 'Villarreal', 'Cantú', 'Elizondo', 'Quiñones', 'Ibáñez', 'Muñiz', 'Beltrán',
            'de la Cruz', 'del Río', 'De León', 'de la Torre', 'de los Santos', 'del Toro', 'de la Rosa']
SURNAME_W = [(s, 6 if i < 20 else (3 if i < 60 else 2)) for i, s in enumerate(SURNAMES)]
TITLES_PRO = [('Ing.', 35), ('Lic.', 25), ('Arq.', 15), ('Dr.', 8), ('C.P.', 12)]

# ----------------------------------------------------------------------------
# organisations
# ----------------------------------------------------------------------------

NOUNS_M = ['Roble', 'Pino', 'Cedro', 'Sol', 'Faro', 'Águila', 'Halcón', 'Puente', 'Arco', 'Martillo',
           'Tornillo', 'Volcán', 'Cerro', 'Valle', 'Río', 'Lago', 'Mirador', 'Nogal', 'Fresno', 'Mezquite',
           'Agave', 'Maguey', 'Colibrí', 'Venado', 'Jaguar', 'Cóndor', 'Quetzal', 'Ancla', 'Candado', 'Portal',
           'Centinela', 'Yunque', 'Cincel', 'Nivel', 'Compás', 'Tucán', 'Cardenal', 'Gallo', 'Potro', 'Trébol',
           'Girasol', 'Laurel', 'Olivo', 'Sauce', 'Álamo', 'Encino', 'Ocote', 'Huizache', 'Sabino', 'Zapote',
           'Bajío', 'Alacrán', 'Tecolote', 'Coyote', 'Pedregal', 'Manantial', 'Tesoro', 'Triunfo', 'Progreso']
NOUNS_F = ['Palma', 'Esperanza', 'Estrella', 'Luna', 'Perla', 'Paloma', 'Ceiba', 'Cumbre', 'Loma', 'Herradura',
           'Llave', 'Escuadra', 'Plomada', 'Palanca', 'Rosa', 'Aurora', 'Fortuna', 'Victoria', 'Providencia',
           'Central', 'Norteña', 'Tapatía', 'Regia', 'Poblana', 'Moderna', 'Popular', 'Económica', 'Nueva',
           'Barranca', 'Cañada', 'Sierra', 'Montaña', 'Pradera', 'Huerta', 'Hacienda', 'Noria', 'Bahía',
           'Ventana', 'Antorcha', 'Brújula', 'Campana', 'Corona', 'Garza', 'Golondrina', 'Gaviota', 'Jacaranda']
QUALS = ['', '', '', '', ' del Norte', ' de Occidente', ' del Bajío', ' del Centro', ' del Pacífico',
         ' de Jalisco', ' Industrial', ' Express', ' Real', ' de Oro', ' del Sur', ' Mayor']
SAINTS = ['San Juan', 'San José', 'San Miguel', 'Santa Fe', 'Santa Cecilia', 'San Isidro', 'San Rafael',
          'Santo Niño', 'San Judas', 'Santa Lucía', 'San Martín', 'San Antonio', 'Santa Rita', 'San Pedro',
          'San Francisco', 'Santa Clara', 'San Cristóbal', 'San Agustín', 'San Lorenzo', 'Santa Elena']
BRAND_PRE = ['Ferre', 'Electro', 'Hidro', 'Mater', 'Constru', 'Plomi', 'Acero', 'Tubo', 'Volta', 'Lumi',
             'Herra', 'Cemen', 'Pinta', 'Torni', 'Sani']
BRAND_SUF = ['max', 'mundo', 'tec', 'nova', 'plus', 'centro', 'sur', 'norte', 'mart', 'ya', 'fácil', 'total',
             'mex', 'hogar', 'red', 'alia', 'tek']
TYPE_HEADS = {
    'ferreteria': ['Ferretería'], 'tlapaleria': ['Tlapalería'], 'materiales': ['Materiales',
                                                                              'Materiales para Construcción'],
    'electrica': ['Eléctrica', 'Material Eléctrico', 'Iluminación y Eléctrica'],
    'constructora': ['Constructora', 'Construcciones', 'Edificaciones'],
    'plomeria': ['Plomería', 'Hidráulica', 'Sanitarios y Plomería'],
    'contratista': ['Instalaciones', 'Mantenimiento Industrial', 'Servicios Electromecánicos'],
    'taller': ['Taller Mecánico', 'Herrería', 'Carpintería', 'Taller de Torno'],
    'hotel': ['Hotel', 'Hotel y Suites', 'Posada'],
    'restaurante': ['Restaurante', 'Mariscos', 'Taquería', 'Cafetería'],
    'escuela': ['Colegio', 'Instituto', 'Escuela Primaria', 'Centro Educativo'],
    'hospital': ['Hospital', 'Clínica', 'Sanatorio', 'Centro Médico'],
    'comercializadora': ['Comercializadora'], 'distribuidora': ['Distribuidora'],
}
TYPE_W = [('ferreteria', 17), ('tlapaleria', 5), ('materiales', 9), ('electrica', 10), ('constructora', 13),
          ('plomeria', 6), ('contratista', 8), ('taller', 6), ('hotel', 5), ('restaurante', 5), ('escuela', 5),
          ('hospital', 4), ('comercializadora', 7), ('distribuidora', 6)]
TYPE_DOMAIN = {'ferreteria': 'ferre', 'tlapaleria': 'tlapaleria', 'materiales': 'mat', 'electrica': 'electrica',
               'constructora': 'const', 'plomeria': 'plomeria', 'contratista': 'inst', 'taller': 'taller',
               'hotel': 'hotel', 'restaurante': 'rest', 'escuela': 'colegio', 'hospital': 'clinica',
               'comercializadora': 'comer', 'distribuidora': 'dist'}
FORMS = {
    'SA de CV': [', S.A. de C.V.', ' S.A. de C.V.', ' SA de CV', ' S.A. DE C.V.', ' SA DE CV', ' S. A. de C. V.',
                 ', SA de CV', ' S.A de C.V'],
    'S de RL de CV': [', S. de R.L. de C.V.', ' S. de R.L. de C.V.', ' S de RL de CV', ' S. DE R.L. DE C.V.',
                      ' S DE RL DE CV', ' S de R.L. de C.V.'],
    'SAPI de CV': [', S.A.P.I. de C.V.', ' S.A.P.I. de C.V.', ' SAPI de CV', ' S.A.P.I. DE C.V.', ' SAPI DE CV'],
    'SC': [', S.C.', ' S.C.', ' SC', ' S. C.'],
    'AC': [', A.C.', ' A.C.', ' AC', ' A. C.'],
    'SA': [', S.A.', ' S.A.', ' SA', ' S. A.'],
}
ABBREV = [('Materiales', 'Mat.'), ('Constructora', 'Const.'), ('Construcciones', 'Const.'),
          ('Distribuidora', 'Dist.'), ('Comercializadora', 'Com.'), ('Hermanos', 'Hnos.'), ('Compañía', 'Cía.'),
          ('Eléctrica', 'Elec.'), ('Servicios', 'Servs.'), ('Industrial', 'Ind.'), ('Grupo', 'Gpo.'),
          ('Instalaciones', 'Inst.'), ('Mantenimiento', 'Mantto.'), ('Asociados', 'Asocs.'),
          ('Hidráulica', 'Hidr.'), ('Administrativos', 'Admvos.'), ('Ayuntamiento', 'Ayto.'),
          ('Sucursal', 'Suc.'), ('Suministros', 'Sumin.'), ('Edificaciones', 'Edif.'), ('Comercial', 'Com.')]
PROVIDERS = [('gmail.com', 36), ('hotmail.com', 24), ('outlook.com', 10), ('yahoo.com.mx', 10),
             ('prodigy.net.mx', 8), ('live.com.mx', 5), ('hotmail.es', 2), ('outlook.es', 2)]
ORG_LOCALS = ['ventas', 'compras', 'facturacion', 'contabilidad', 'administracion', 'contacto', 'gerencia',
              'info', 'pagos', 'almacen']
GROUP_OPS = ['Materiales', 'Construcciones', 'Inmobiliaria', 'Logística', 'Acabados', 'Servicios Administrativos',
             'Desarrollos', 'Transportes', 'Maquinaria', 'Agregados']
DEPENDENCIES = ['Sistema DIF', 'Organismo Operador de Agua Potable de', 'Instituto Municipal del Deporte de',
                'Instituto Municipal de las Mujeres de', 'Comisión Municipal de Agua y Saneamiento de',
                'Instituto Municipal de Vivienda de']

KEYB = {'a': 'sqz', 'b': 'vn', 'c': 'xv', 'd': 'sf', 'e': 'wr', 'f': 'dg', 'g': 'fh', 'h': 'gj', 'i': 'uo',
        'j': 'hk', 'k': 'jl', 'l': 'kñ', 'm': 'n', 'n': 'bm', 'o': 'ip', 'p': 'o', 'q': 'w', 'r': 'et',
        's': 'ad', 't': 'ry', 'u': 'yi', 'v': 'cb', 'w': 'qe', 'x': 'zc', 'y': 'tu', 'z': 'x'}

# ----------------------------------------------------------------------------
# registries (membership only; never iterated)
# ----------------------------------------------------------------------------

USED_IDS = set()
USED_PHONES = set()
USED_EMAILS = set()
EMAIL_DEL = {}            # deletion variant -> list of e-mails (near-duplicate index)
USED_ADDR = set()
USED_PNAMES = set()       # folded given|pat|mat
USED_ONAMES = set()       # folded organisation base names
USED_DOMAINS = set()
COLONIA_INFO = {}         # (city, colonia) -> (cp, col_type)


def new_id():
    while True:
        e = 'c%07x' % R.getrandbits(28)
        if e not in USED_IDS:
            USED_IDS.add(e)
            return e


def email_near(e, exclude=None):
    """e-mails already registered within distance <= 1 of e (other than exclude)."""
    e = e.lower()
    out = []
    for v in dels(e):
        for x in EMAIL_DEL.get(v, ()):
            if x != exclude and x not in out and osa(x, e) <= 1:
                out.append(x)
    return out


def email_ok(e):
    e = e.lower()
    return e not in USED_EMAILS and not email_near(e)


def reg_email(e):
    e = e.lower()
    USED_EMAILS.add(e)
    for v in dels(e):
        EMAIL_DEL.setdefault(v, []).append(e)


def pick_city(state=None, exclude=None):
    rows = [c for c in CITIES if (state is None or c['state'] == state) and c['name'] != exclude]
    return wchoice([(c, c['w']) for c in rows])


def colonia_info(city, col):
    k = (city['name'], col)
    if k not in COLONIA_INFO:
        lo, hi = city['cp']
        cp = '%05d' % R.randint(lo, hi)
        ct = 'Fracc.' if (col.startswith(('Jardines', 'Villas', 'Paseos', 'Bosques', 'Hacienda', 'Residencial',
                                          'Lomas')) or (R.random() < 0.12 and 'Centro' not in col)) else 'Col.'
        COLONIA_INFO[k] = (cp, ct)
    return COLONIA_INFO[k]


def gen_phone(city, mobile):
    lada = city['lada']
    while True:
        rest = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(9 - len(lada)))
        num = lada + rest
        if num not in USED_PHONES:
            USED_PHONES.add(num)
            return {'num': num, 'lada': lada, 'mobile': mobile, 'ext': None}


def addr_reg_key(a):
    return (a['city'], fold(a['street']), a['num'], a['int'], a['km'], a['mz'])


def gen_address(city, kind=None, int_kind=None):
    while True:
        col = R.choice(city['cols'])
        cp, ct = colonia_info(city, col)
        a = {'state': city['state'], 'city': city['name'], 'colonia': col, 'col_type': ct, 'cp': cp,
             'stype': wchoice(STYPES), 'street': R.choice(STREETS), 'num': None, 'int': None,
             'int_kind': 'Int.', 'km': None, 'mz': None, 'esq': None, 'entre': None}
        k = kind or wchoice([('normal', 76), ('sn', 5), ('km', 5), ('mz', 7), ('peri', 3), ('esq', 4)])
        if k in ('normal', 'esq', 'peri'):
            a['num'] = str(wchoice([(R.randint(1, 99), 3), (R.randint(100, 999), 5), (R.randint(1000, 4999), 4)]))
            if k == 'peri':
                a['stype'] = 'Periférico'
                a['street'] = R.choice(['Sur', 'Norte', 'Poniente', 'Oriente'])
            if k == 'esq':
                a['esq'] = R.choice([s for s in STREETS if s != a['street']])
            if R.random() < 0.2 or int_kind:
                a['int_kind'] = int_kind or wchoice([('Int.', 6), ('Local', 3), ('Depto.', 1)])
                a['int'] = str(R.randint(1, 40)) if R.random() < 0.7 else R.choice('ABCDEF')
        elif k == 'sn':
            a['stype'] = R.choice(['Calle', 'Calle', 'Av.', 'Prol.'])
        elif k == 'km':
            a['stype'] = 'Carretera'
            a['street'] = R.choice(city['roads'])
            a['km'] = '%d.%d' % (R.randint(1, 35), R.randint(0, 9)) if R.random() < 0.7 else str(R.randint(2, 40))
        elif k == 'mz':
            a['stype'] = 'Calle'
            a['mz'] = (str(R.randint(1, 60)), str(R.randint(1, 40)))
        if R.random() < 0.05 and a['stype'] != 'Carretera':
            s1, s2 = R.sample([s for s in STREETS if s != a['street']], 2)
            a['entre'] = (s1, s2)
        key = addr_reg_key(a)
        if key not in USED_ADDR:
            USED_ADDR.add(key)
            return a


# ----------------------------------------------------------------------------
# persons
# ----------------------------------------------------------------------------


def rand_given(gender):
    if gender == 'm':
        if R.random() < 0.42:
            a = R.choice(MALE_D1)
            return [a, R.choice([x for x in MALE_D2 if x != a])]
        return [R.choice(MALE)]
    if R.random() < 0.45:
        a, seconds = wchoice([(x, 6 if x[0] == 'María' else 1) for x in FEMALE_D])
        return [a, R.choice(seconds)]
    return [R.choice(FEMALE)]


def pname_key(given, pat, mat):
    return fold(' '.join(given) + '|' + pat + '|' + (mat or ''))


def new_person_name(gender=None, unique=True):
    gender = gender or R.choice('mf')
    while True:
        given = rand_given(gender)
        pat = wchoice(SURNAME_W)
        mat = wchoice(SURNAME_W)
        if mat == pat and R.random() < 0.9:
            continue
        k = pname_key(given, pat, mat)
        if unique and k in USED_PNAMES:
            continue
        USED_PNAMES.add(k)
        return gender, given, pat, mat


def person_email(given, pat, mat, domain=None):
    g = slug(given[0])
    g2 = slug(given[1]) if len(given) > 1 else ''
    p = slug(pat)
    m = slug(mat) if mat else 'x'
    nk = NICKS.get(given[0]) or (NICKS.get(given[1]) if len(given) > 1 else None)
    nk = slug(nk[0]) if nk else g
    pats = ['{g}.{p}', '{g}{p}', '{g0}{p}', '{g}.{p}{m0}', '{g}_{p}', '{g}{g20}.{p}', '{p}.{g}',
            '{g}{p}{yy}', '{g}.{p}.{m}', '{nk}{p}{yy}', '{nk}_{p}', '{g0}{p}{m0}{yy}', '{g}{m}']
    for _ in range(200):
        local = R.choice(pats).format(g=g, p=p, m=m, g0=g[0], m0=m[0], g20=g2[:1], nk=nk,
                                      yy=R.randint(60, 99))
        if R.random() < 0.2:
            local += str(R.randint(1, 999))
        e = local + '@' + (domain or wchoice(PROVIDERS))
        if email_ok(e):
            reg_email(e)
            return e
    raise RuntimeError('email')


def make_person(kind='person/individual', city=None, gender=None, name=None):
    if name:
        gender, given, pat, mat = name
    else:
        gender, given, pat, mat = new_person_name(gender)
    city = city or pick_city()
    ent = {'type': 'person', 'kind': kind, 'id': new_id(), 'gender': gender, 'given': given, 'pat': pat,
           'mat': mat, 'title': None, 'husband': None, 'trade': None, 'city': city['name'],
           'emails': [], 'phones': [], 'addrs': [], 'email_shared': False, 'addr_shared': False}
    if kind == 'person/professional':
        t = wchoice(TITLES_PRO)
        if t == 'Dr.' and gender == 'f':
            t = 'Dra.'
        ent['title'] = t
    elif R.random() < 0.08:
        ent['title'] = 'Sr.' if gender == 'm' else 'Sra.'
    if kind == 'person/married_woman':
        while ent['husband'] in (None, pat, mat):
            ent['husband'] = wchoice(SURNAME_W)
    if kind == 'person/business_display':
        head = R.choice(['Ferretería', 'Tlapalería', 'Materiales', 'Plomería', 'Eléctrica', 'Herrería',
                         'Taller'])
        for _ in range(50):
            nk = NICKS.get(given[0])
            who = (nk[0] if nk and R.random() < 0.7 else given[0])
            style = R.random()
            if style < 0.45:
                tr = '%s %s %s' % (head, 'Don' if gender == 'm' else 'Doña', who)
            elif style < 0.8:
                tr = '%s %s' % (head, pat)
            else:
                tr = '%s %s' % (head, R.choice(SAINTS))
            if fold(tr) not in USED_ONAMES:
                USED_ONAMES.add(fold(tr))
                ent['trade'] = tr
                break
            head = R.choice(['Ferretería', 'Tlapalería', 'Materiales', 'Plomería', 'Eléctrica', 'Herrería'])
        if not ent['trade']:
            ent['kind'] = 'person/individual'
    mobile = R.random() < 0.82
    ent['phones'].append(gen_phone(city, mobile))
    if not mobile and R.random() < 0.1:
        ent['phones'][0]['ext'] = str(R.randint(10, 250))
    dom = None
    if ent['title'] in ('Arq.', 'C.P.', 'Lic.') and R.random() < 0.35:
        dom = org_domain(pat + ' ' + R.choice(['arquitectos', 'contadores', 'abogados', 'consultores']), 'mx')
    ent['emails'].append(person_email(given, pat, mat, dom))
    ent['addrs'].append(gen_address(city))
    return ent


def org_domain(base, tld=None):
    s = slug(base)[:22]
    for _ in range(100):
        d = s + (tld and ('.' + tld) or wchoice([('.com.mx', 6), ('.mx', 3), ('.com', 2)]))
        if d not in USED_DOMAINS:
            USED_DOMAINS.add(d)
            return d
        s = slug(base)[:18] + R.choice(['mx', 'gdl', 'occ', 'net', 'grupo', 'sa']) + str(R.randint(1, 9))
    raise RuntimeError('domain')


CITY_ABBR = {'Guadalajara': 'gdl', 'Monterrey': 'mty', 'Zapopan': 'zap', 'San Pedro Tlaquepaque': 'tlaq',
             'Querétaro': 'qro', 'Puebla': 'pue', 'Morelia': 'mor', 'Culiacán': 'cln', 'Tijuana': 'tij',
             'Cuauhtémoc': 'cdmx', 'Benito Juárez': 'cdmx', 'Tlajomulco de Zúñiga': 'tlajo', 'Toluca': 'tol'}


def org_email(ent, domain=None, local=None, free=False):
    for _ in range(200):
        if free:
            t = ent['kind'].split('/')[1]
            if ent.get('dist'):
                d = slug(ent['dist'])
                s = (TYPE_DOMAIN.get(t, '') + d)[:20]
            else:
                d = slug(ent.get('trade') or ent['legal'])[:14]
                s = slug(ent.get('trade') or ent['legal'])[:20]
            cab = CITY_ABBR.get(ent['city']) or ('cdmx' if CITY_BY_NAME[ent['city']]['state'] == 'Ciudad de México'
                                                 else slug(CITY_BY_NAME[ent['city']]['alts'][0].split()[0])[:8])
            loc = R.choice([s, s + '.' + cab, s + str(R.randint(1, 99)), d[:14] + '_' + cab,
                            s + '_' + str(R.randint(10, 99))])
            e = loc + '@' + wchoice(PROVIDERS[:6])
        else:
            loc = local or R.choice(ORG_LOCALS)
            if local is None and ent.get('contacts') and R.random() < 0.25:
                c = ent['contacts'][0]
                loc = slug(c[0][0])[0] + slug(c[1])
            e = loc + '@' + domain
        if email_ok(e):
            reg_email(e)
            return e
        local = None
    raise RuntimeError('org email')


def new_contact(gender=None):
    g, given, pat, mat = new_person_name(gender)
    return (given, pat, mat)


def dist_name(brand_ok=True):
    """distinctive part of an organisation name."""
    r = R.random() * (1.0 if brand_ok else 0.85)
    if r < 0.55:
        if R.random() < 0.55:
            return 'El ' + R.choice(NOUNS_M) + R.choice(QUALS)
        q = R.choice(QUALS).replace('Industrial', 'Industrial').replace('Real', 'Real')
        return 'La ' + R.choice(NOUNS_F) + q
    if r < 0.7:
        return R.choice(SAINTS)
    if r < 0.85:
        return wchoice(SURNAME_W)
    return R.choice(BRAND_PRE) + R.choice(BRAND_SUF)


def make_org(kind, city=None, legal=None, trade=None, form='auto', dist=None, head=None):
    city = city or pick_city()
    t = kind.split('/')[1]
    if legal is None:
        for _ in range(500):
            d = dist or dist_name(t in ('ferreteria', 'materiales', 'electrica', 'plomeria', 'comercializadora',
                                        'distribuidora'))
            h = head or R.choice(TYPE_HEADS[t])
            if d[0].islower() or d.startswith(('El ', 'La ')) or d in SAINTS or R.random() < 0.5:
                nm = '%s %s' % (h, d)
            else:
                nm = '%s %s' % (d, h) if t in ('constructora', 'distribuidora') and R.random() < 0.3 \
                    else '%s %s' % (h, d)
            if fold(nm) not in USED_ONAMES and fold(d.split()[-1]) not in fold(h):
                break
            dist = None
        USED_ONAMES.add(fold(nm))
        legal = nm
        dist = d
        if trade is None and R.random() < 0.22 and t not in ('escuela', 'hospital'):
            # legal name differs from the trade name on the storefront
            trade = nm
            lg = R.choice(['Comercializadora %s' % d, 'Grupo Comercial %s' % d,
                           'Servicios y Suministros %s' % d] + ([] if (' de' in d or t not in (
                               'ferreteria', 'materiales', 'electrica', 'plomeria', 'tlapaleria')) else ['Distribuidora %s del %s' % (
                               d, R.choice(['Occidente', 'Centro', 'Norte', 'Pacífico', 'Bajío']))]))
            if fold(lg) not in USED_ONAMES:
                USED_ONAMES.add(fold(lg))
                legal = lg
            else:
                trade = None
    if form == 'auto':
        if t == 'escuela':
            form = wchoice([('AC', 5), ('SC', 4), (None, 1)])
        elif t == 'hospital':
            form = wchoice([('SA de CV', 5), ('SC', 3), ('AC', 1)])
        else:
            form = wchoice([('SA de CV', 46), ('S de RL de CV', 25), ('SAPI de CV', 5), ('SA', 5), (None, 8)])
    ent = {'type': 'org', 'kind': kind, 'id': new_id(), 'legal': legal, 'trade': trade, 'form': form,
           'dist': dist, 'head': head, 'suc': None, 'chain': None, 'city': city['name'],
           'city_slug': slug(city['name']), 'contacts': [], 'emails': [], 'phones': [], 'addrs': [],
           'email_shared': False, 'addr_shared': False}
    if R.random() < 0.7:
        ent['contacts'].append(new_contact())
    mobile = R.random() < 0.25
    ent['phones'].append(gen_phone(city, mobile))
    if not mobile and R.random() < 0.25:
        ent['phones'][0]['ext'] = str(R.randint(10, 250))
    if R.random() < 0.3:
        ent['emails'].append(org_email(ent, free=True))
    else:
        ent['emails'].append(org_email(ent, org_domain((TYPE_DOMAIN.get(t, '') + ' ' + (dist or legal))
                                                       if dist else legal)))
    ent['addrs'].append(gen_address(city))
    return ent

# ----------------------------------------------------------------------------
# rendering: a record is (entity, spec); every field is a pure function of both
# ----------------------------------------------------------------------------

PERSON_CONTENT = ['given_form', 'nick_i', 'mat', 'married', 'title', 'dn_trade', 'gf_present', 'dn_typo']
ORG_CONTENT = ['dn_src', 'contact_ver', 'dn_typo']
COMMON_CONTENT = ['email_ver', 'email_typo', 'phone_ver', 'addr_ver', 'a_cp_field', 'a_col', 'dn_suffix',
                  'fam_mode', 'contact_mat']
ALL_KEYS = ['given_form', 'nick_i', 'mat', 'married', 'title', 'dn_order', 'dn_case', 'accents', 'dn_typo',
            'dn_trade', 'fam_mode', 'gf_case', 'gf_present', 'dn_src', 'dn_form', 'cn_form', 'abbrev', 'cn_case',
            'suc_fmt', 'contact_ver', 'contact_mat', 'dn_suffix', 'email_ver', 'email_case', 'email_typo',
            'phone_ver', 'phone_fmt', 'phone_ext', 'addr_ver', 'a_stype', 'a_num', 'a_int', 'a_col', 'a_colfmt',
            'a_cp_line', 'a_cp_field', 'a_city', 'a_region', 'a_country', 'a_case', 'a_accents', 'a_mz', 'a_sn',
            'a_km', 'a_esq']


def apply_case(s, mode):
    if s is None:
        return None
    if mode == 'upper':
        return s.upper()
    if mode == 'lower':
        return s.lower()
    return s


def apply_acc(s, mode):
    if s is None or mode in (None, 'keep'):
        return s
    return strip_acc(s, keep_n=(mode == 'strip_keep_n'))


def apply_typo(s, op, start=1):
    """op = (kind, frac, k).  Deterministic, no RNG."""
    if not op or not s:
        return s
    kind, frac, k = op
    pos = [i for i in range(max(start, 1), len(s)) if s[i].isalpha() and s[i - 1].isalpha()]
    if not pos:
        return s
    i = pos[min(int(frac * len(pos)), len(pos) - 1)]
    ch = s[i]
    if kind == 'swap' and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1].lower() != ch.lower():
        return s[:i] + s[i + 1] + ch + s[i + 2:]
    if kind == 'dup':
        return s[:i] + ch + s[i:]
    if kind == 'sub':
        nb = KEYB.get(fold(ch)[:1])
        if nb:
            c2 = nb[k % len(nb)]
            return s[:i] + (c2.upper() if ch.isupper() else c2) + s[i + 1:]
    if len(pos) > 3:
        return s[:i] + s[i + 1:]
    return s[:i] + ch + s[i:]


def rand_typo():
    return (R.choice(['swap', 'dup', 'sub', 'del']), round(R.random(), 3), R.randint(0, 5))


def nick_options(g):
    if len(g) > 1 and g[0] in ('María', 'José') and g[1] in NICKS:
        return NICKS[g[1]]
    if g[0] in NICKS:
        return NICKS[g[0]]
    return None


def second_name(n):
    return re.sub(r'^(de la |del |de los |de )', '', n)


def given_str(given, form, nick_i):
    if form == 'nick':
        n = nick_options(given)
        if n:
            return n[nick_i % len(n)]
    elif form == 'initial':
        if given[0] in ABBR_GIVEN:
            return ' '.join([ABBR_GIVEN[given[0]]] + given[1:])
        if len(given) > 1 and not given[1].startswith('de'):
            return given[0] + ' ' + given[1][0] + '.'
        return given[0][0] + '.'
    elif form == 'first':
        return given[0]
    elif form == 'second' and len(given) > 1:
        return second_name(given[1])
    return ' '.join(given)


def surname_str(ent, spec, for_family=False):
    pat = ent['pat']
    if ent.get('husband') and spec.get('married'):
        if for_family and spec.get('fam_mode') == 'pat':
            return pat
        return '%s de %s' % (pat, ent['husband'])
    if spec.get('mat') and ent['mat'] and not (for_family and spec.get('fam_mode') == 'pat'):
        return '%s %s' % (pat, ent['mat'])
    return pat


def render_person_names(ent, spec):
    gs = given_str(ent['given'], spec['given_form'], spec.get('nick_i', 0))
    if ent.get('trade') and spec.get('dn_trade'):
        dn = ent['trade']
    elif spec['dn_order'] == 'surname_first':
        dn = surname_str(ent, spec) + ' ' + gs
    else:
        t = ent['title'] + ' ' if (ent.get('title') and spec.get('title')) else ''
        dn = t + gs + ' ' + surname_str(ent, spec)
    dn = apply_acc(apply_case(dn, spec['dn_case']), spec['accents'])
    dn = apply_typo(dn, spec.get('dn_typo'))
    if spec.get('dn_suffix'):
        dn += spec['dn_suffix']
    if spec.get('gf_present', True):
        gn = apply_acc(apply_case(gs, spec['gf_case']), spec['accents'])
        fn = apply_acc(apply_case(surname_str(ent, spec, True), spec['gf_case']), spec['accents'])
    else:
        gn = fn = None
    return dn, gn, fn, None


def abbreviate(s):
    for full, ab in ABBREV:
        s = re.sub(r'\b%s\b' % full, ab, s)
    return s


SUC_FMT = ['{c} - Suc. {s}', '{c} Sucursal {s}', '{c} ({s})', '{c} {s}', '{c} Suc. {s}']


def render_org_names(ent, spec):
    legal = ent['legal']
    src = ent['trade'] if (spec.get('dn_src') == 'trade' and ent.get('trade')) else legal
    if spec.get('abbrev'):
        src = abbreviate(src)
        legal = abbreviate(legal)
    dn = apply_typo(apply_acc(apply_case(src, spec['dn_case']), spec['accents']), spec.get('dn_typo'))
    if ent.get('suc'):
        dn = SUC_FMT[spec.get('suc_fmt', 0) % len(SUC_FMT)].format(c=dn, s=ent['suc'])
    if src == (abbreviate(ent['legal']) if spec.get('abbrev') else ent['legal']) and not ent.get('suc') \
            and ent['form'] and spec.get('dn_form') is not None:
        f = FORMS[ent['form']]
        dn += f[spec['dn_form'] % len(f)]
    cn = legal
    if ent['form'] and spec.get('cn_form') is not None:
        f = FORMS[ent['form']]
        cn += f[spec['cn_form'] % len(f)]
    dn = apply_acc(apply_case(dn, spec['dn_case']), spec['accents'])
    if spec.get('dn_suffix'):
        dn += spec['dn_suffix']
    cn = apply_acc(apply_case(cn, spec.get('cn_case', 'orig')), spec['accents'])
    gn = fn = None
    cv = spec.get('contact_ver')
    if cv is not None and cv < len(ent['contacts']):
        given, pat, mat = ent['contacts'][cv]
        gn = apply_acc(apply_case(' '.join(given), spec['gf_case']), spec['accents'])
        fam = pat + (' ' + mat if (spec.get('contact_mat') and mat) else '')
        fn = apply_acc(apply_case(fam, spec['gf_case']), spec['accents'])
    return dn, gn, fn, cn


def render_email(ent, spec):
    v = spec.get('email_ver')
    if v is None or v >= len(ent['emails']):
        return None
    e = ent['emails'][v]
    op = spec.get('email_typo')
    if op:
        loc, dom = e.split('@')
        if op[0] == 'dom':
            parts = dom.split('.')
            parts[0] = apply_typo(parts[0], (op[1], op[2], op[3]), start=1)
            dom = '.'.join(parts)
        else:
            loc = apply_typo(loc, op, start=1)
        e = loc + '@' + dom
    c = spec.get('email_case', 'lower')
    if c == 'upper':
        e = e.upper()
    elif c == 'cap':
        e = e[0].upper() + e[1:]
    return e


def fmt_national(num, lada, style):
    rest = num[len(lada):]
    if len(lada) == 2:
        a, b = rest[:4], rest[4:]
        if style == 'dash':
            return '%s-%s-%s-%s-%s' % (lada, rest[:2], rest[2:4], rest[4:6], rest[6:])
        if style == 'pairs':
            return '%s %s %s %s %s' % (lada, rest[:2], rest[2:4], rest[4:6], rest[6:])
    else:
        a, b = rest[:3], rest[3:]
        if style == 'dash':
            return '%s-%s-%s-%s' % (lada, rest[:3], rest[3:5], rest[5:])
        if style == 'pairs':
            return '%s %s %s %s' % (lada, rest[:3], rest[3:5], rest[5:])
    if style == 'paren':
        return '(%s) %s-%s' % (lada, a, b)
    if style == 'paren_tight':
        return '(%s)%s%s' % (lada, a, b)
    if style == 'plain':
        return num
    return '%s %s %s' % (lada, a, b)


PHONE_FMTS = ['space', 'paren', 'plain', 'intl', 'intl_mobile', 'old01', 'old044', 'old045', 'dash', 'intl_plain',
              'pairs', 'paren_tight']
EXT_FMT = [' ext. {x}', ' Ext. {x}', ' x{x}', ' ext {x}', ' EXT. {x}']


def render_phone(ent, spec):
    v = spec.get('phone_ver')
    if v is None or v >= len(ent['phones']):
        return None
    p = ent['phones'][v]
    f = spec.get('phone_fmt', 'space')
    if f in ('intl_mobile', 'old044', 'old045') and not p['mobile']:
        f = 'intl'
    if f == 'old01' and p['mobile']:
        f = 'space'
    if f == 'intl':
        s = '+52 ' + fmt_national(p['num'], p['lada'], 'space')
    elif f == 'intl_mobile':
        s = '+52 1 ' + fmt_national(p['num'], p['lada'], 'space')
    elif f == 'intl_plain':
        s = '+52' + p['num']
    elif f == 'old01':
        s = '01 ' + fmt_national(p['num'], p['lada'], 'space')
    elif f == 'old044':
        s = '044 ' + fmt_national(p['num'], p['lada'], 'space')
    elif f == 'old045':
        s = '045 ' + fmt_national(p['num'], p['lada'], 'space')
    else:
        s = fmt_national(p['num'], p['lada'], f)
    if p['ext'] and spec.get('phone_ext') is not None:
        s += EXT_FMT[spec['phone_ext'] % len(EXT_FMT)].format(x=p['ext'])
    return s


def render_address(ent, spec):
    v = spec.get('addr_ver')
    if v is None or v >= len(ent['addrs']):
        return None
    a = ent['addrs'][v]
    city = CITY_BY_NAME[a['city']]
    sf = STYPE_FMT[a['stype']]
    line1 = sf[spec.get('a_stype', 0) % len(sf)] + a['street']
    if a['stype'] == 'Carretera':
        line1 = re.sub(r'^Carretera', ['Carretera', 'Carr.', 'Carret.', 'Carretera'][spec.get('a_stype', 0) % 4],
                       a['street'])
    line2_parts = []
    if a['km']:
        line1 += KM_FMT[spec.get('a_km', 0) % len(KM_FMT)].format(k=a['km'])
    elif a['mz']:
        line1 += MZ_FMT[spec.get('a_mz', 0) % len(MZ_FMT)].format(m=a['mz'][0], l=a['mz'][1])
    elif a['num'] is None:
        line1 += SN_FMT[spec.get('a_sn', 0) % len(SN_FMT)]
    else:
        nf = spec.get('a_num', 0) % len(NUM_FMT)
        line1 += ' ' + NUM_FMT[nf].format(n=a['num'])
        if a['int']:
            ik = a['int_kind']
            f = INT_FMT[ik][spec.get('a_int', 0) % len(INT_FMT[ik])]
            if f == '-{i}' and not a['int'].isdigit() and nf == 0:
                f = '-{i}'
            if f == 'L2':
                line2_parts.append(L2_INT[ik].format(i=a['int']))
            else:
                line1 += f.format(i=a['int'])
    if a['esq']:
        line1 += ESQ_FMT[spec.get('a_esq', 0) % len(ESQ_FMT)].format(e=a['esq'])
    colstr = COL_FMT[a['col_type']][spec.get('a_colfmt', 0) % 4] + a['colonia']
    acol = spec.get('a_col', 0)
    if acol == 0:
        line2_parts.append(colstr)
    elif acol == 1:
        line1 += ', ' + colstr
    if a['entre']:
        line2_parts.append('entre %s y %s' % a['entre'])
    line2 = ', '.join(line2_parts) if line2_parts else None
    if spec.get('a_cp_line') is not None:
        cps = CP_FMT[spec['a_cp_line'] % len(CP_FMT)].format(cp=a['cp'])
        if line2:
            line2 += ', ' + cps
        else:
            line1 += ', ' + cps
    cityname = city['alts'][spec.get('a_city', 0) % len(city['alts'])]
    rv = spec.get('a_region')
    region = None if rv is None else STATE_VARIANTS[a['state']][rv % len(STATE_VARIANTS[a['state']])]
    cv = spec.get('a_country')
    country = None if cv is None else COUNTRIES[cv % len(COUNTRIES)]
    out = {'line1': line1, 'line2': line2, 'city': cityname, 'region': region,
           'postalCode': a['cp'] if spec.get('a_cp_field', True) else None, 'country': country}
    for k in ('line1', 'line2', 'city', 'region', 'country'):
        out[k] = apply_acc(apply_case(out[k], spec.get('a_case', 'orig')), spec.get('a_accents', 'keep'))
    return out


def render(ent, spec):
    if ent['type'] == 'person':
        dn, gn, fn, cn = render_person_names(ent, spec)
    else:
        dn, gn, fn, cn = render_org_names(ent, spec)
    return {'displayName': dn, 'givenName': gn, 'familyName': fn, 'companyName': cn,
            'email': render_email(ent, spec), 'phone': render_phone(ent, spec),
            'address': render_address(ent, spec)}


FIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone']
AFIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']


def flatten(c):
    f = {k: c[k] for k in FIELDS}
    if c['address'] is None:
        f['address'] = None
    else:
        f['address'] = 'present'
        for k in AFIELDS:
            f['address.' + k] = c['address'][k]
    return f


def diff_fields(fa, fb):
    out = [k for k in FIELDS if fa[k] != fb[k]]
    if (fa['address'] is None) != (fb['address'] is None):
        out.append('address')
    elif fa['address'] is not None:
        out += ['address.' + k for k in AFIELDS if fa['address.' + k] != fb['address.' + k]]
    return out


def what_label(k, vi, vc):
    if k in ('addr_ver', 'email_ver', 'phone_ver'):
        if vi is None:
            return 'dropped'
        if vc is None:
            return 'added'
        return {'addr_ver': 'moved', 'email_ver': 'changed', 'phone_ver': 'changed'}[k]
    if k == 'contact_ver':
        return 'contact_dropped' if vi is None else ('contact_added' if vc is None else 'contact_changed')
    if k == 'given_form':
        return {'nick': 'nickname', 'initial': 'initial', 'first': 'first_given_only',
                'second': 'second_given_only'}.get(vi, 'full_given')
    if k == 'nick_i':
        return 'nickname'
    if k == 'mat':
        return 'added_maternal' if vi else 'dropped_maternal'
    if k == 'married':
        return 'married_name' if vi else 'maiden_name'
    if k == 'title':
        return 'title_added' if vi else 'title_dropped'
    if k in ('dn_typo', 'email_typo'):
        return 'typo'
    if k in ('dn_trade', 'dn_src'):
        return 'trade_name' if vi in (True, 'trade') else 'legal_name'
    if k in ('dn_form', 'cn_form'):
        return 'legal_form'
    if k == 'abbrev':
        return 'abbreviation'
    if k in ('dn_case', 'gf_case', 'email_case', 'a_case', 'cn_case'):
        return 'case'
    if k in ('accents', 'a_accents'):
        return 'accents'
    if k == 'dn_order':
        return 'order'
    if k == 'fam_mode':
        return 'surnames'
    if k == 'contact_mat':
        return 'contact_format'
    if k == 'gf_present':
        return 'added' if vi else 'dropped'
    if k == 'dn_suffix':
        return 'qbo_suffix'
    if k == 'suc_fmt':
        return 'sucursal_format'
    if k == 'phone_ext':
        return 'extension'
    if k == 'a_city':
        return 'city_name'
    if k in ('a_region', 'a_country', 'a_cp_field'):
        if vi in (None, False):
            return 'dropped'
        if vc in (None, False):
            return 'added'
        return 'format'
    if k == 'a_col':
        return 'colonia_dropped' if vi == 2 else ('colonia_added' if vc == 2 else 'format')
    return 'format'


def compute_changes(ent, spec_in, spec_cmp):
    fi = flatten(render(ent, spec_in))
    fc = flatten(render(ent, spec_cmp))
    fields = diff_fields(fi, fc)
    if not fields:
        return []
    labels = []
    covered = []
    for k in ALL_KEYS:
        vi, vc = spec_in.get(k), spec_cmp.get(k)
        if vi == vc:
            continue
        s2 = dict(spec_in)
        s2[k] = vc
        f2 = flatten(render(ent, s2))
        for f in fields:
            if f2.get(f) != fi.get(f):
                lab = '%s:%s' % (f, what_label(k, vi, vc))
                if lab not in labels:
                    labels.append(lab)
                if f not in covered:
                    covered.append(f)
    for f in fields:
        if f not in covered:
            labels.append('%s:format' % f)
    return sorted(labels)

# ----------------------------------------------------------------------------
# keys used for the link-evidence rule (mirrored independently in check.py)
# ----------------------------------------------------------------------------

STREET_STOP = ['av', 'avenida', 'calle', 'blvd', 'boulevard', 'bulevar', 'calz', 'calzada', 'priv', 'privada',
               'prol', 'prolongacion', 'periferico', 'perif', 'anillo', 'carretera', 'carr', 'carret', 'km',
               'kilometro', 'no', 'num', 'numero', 'ext', 'int', 'interior', 'mz', 'mza', 'manzana', 'lt', 'lote',
               'sin', 'esq', 'esquina', 'con', 'col', 'colonia', 'fracc', 'fraccionamiento', 'local', 'loc',
               'depto', 'dpto', 'departamento', 'cp', 'de', 'del', 'la', 'el', 'los', 'las', 'and', 'andador',
               'entre']
NAME_STOP = ['de', 'del', 'la', 'el', 'los', 'las', 'y', 'e', 'sa', 'cv', 'rl', 'sapi', 'sc', 'ac', 'suc',
             'sucursal', 'grupo', 'gpo', 'ferreteria', 'tlapaleria', 'materiales', 'mat', 'electrica', 'elec',
             'constructora', 'const', 'construcciones', 'comercializadora', 'com', 'distribuidora', 'dist',
             'hermanos', 'hnos', 'hijos', 'asociados', 'asocs', 'servicios', 'servs', 'hotel', 'restaurante',
             'colegio', 'instituto', 'escuela', 'hospital', 'clinica', 'plomeria', 'taller', 'para', 'construccion',
             'don', 'dona', 'ing', 'lic', 'arq', 'dr', 'dra', 'cp', 'sr', 'sra', 'municipio', 'ayuntamiento',
             'gobierno', 'municipal', 'comercial', 'industrial', 'ind', 'sistema', 'san', 'santa', 'cia',
             'compania']


def norm_phone(s):
    if not s:
        return None
    s = re.split(r'(?i)\s*(?:ext\.?|x)\s*\d+\s*$', s)[0]
    d = re.sub(r'\D', '', s)
    if len(d) == 12 and d.startswith('52'):
        d = d[2:]
    elif len(d) == 13 and d.startswith('521'):
        d = d[3:]
    elif len(d) == 13 and d[:3] in ('044', '045'):
        d = d[3:]
    elif len(d) == 12 and d.startswith('01'):
        d = d[2:]
    return d if len(d) == 10 else None


CP_RE = re.compile(r'(?i)\bC\.?\s?P\.?\s?(\d{5})\b')


def addr_key(a):
    if not a:
        return None
    text = ' , '.join(x for x in (a['line1'], a['line2']) if x)
    m = CP_RE.search(text)
    cp = a['postalCode'] or (m.group(1) if m else None)
    text = CP_RE.sub(' ', text)
    nums = tuple(sorted(re.findall(r'\d+(?:\.\d+)?', text)))
    l1 = re.split(r'(?i),|\b(?:col|colonia|fracc|fraccionamiento)\b', CP_RE.sub(' ', a['line1'] or ''))[0]
    toks = [t for t in re.split(r'[^a-z0-9ñ]+', fold(l1)) if t and not t.isdigit()
            and len(t) >= 3 and t not in STREET_STOP and not re.match(r'^\d', t)]
    return (cp, nums, toks)


def addr_same(k1, k2):
    return bool(k1 and k2 and k1[0] and k1[0] == k2[0] and k1[1] == k2[1] and
                any(t in k2[2] for t in k1[2]))


def name_tokens(c):
    txt = ' '.join(x for x in (c['displayName'], c['givenName'], c['familyName'], c['companyName']) if x)
    return [t for t in re.split(r'[^a-z0-9ñ]+', fold(txt)) if len(t) >= 3 and t not in NAME_STOP]


def name_sim(c1, c2):
    t2 = name_tokens(c2)
    return any(t in t2 for t in name_tokens(c1))


class ExIndex:
    def __init__(self, contacts, ents):
        self.phone, self.email, self.edel, self.addr = {}, {}, {}, {}
        self.contacts = contacts
        self.ents = ents
        for i, c in enumerate(contacts):
            p = norm_phone(c['phone'])
            if p:
                self.phone.setdefault(p, []).append(i)
            if c['email']:
                e = c['email'].lower()
                self.email.setdefault(e, []).append(i)
                for v in dels(e):
                    self.edel.setdefault(v, []).append(i)
            k = addr_key(c['address'])
            if k and k[0]:
                self.addr.setdefault((k[0], k[1]), []).append((i, k))

    def email_hits(self, e):
        e = e.lower()
        out = []
        for v in dels(e):
            for i in self.edel.get(v, ()):
                if i not in out and osa(self.contacts[i]['email'].lower(), e) <= 1:
                    out.append(i)
        return out

    def addr_hits(self, k):
        if not k or not k[0]:
            return []
        return [i for i, k2 in self.addr.get((k[0], k[1]), ()) if addr_same(k, k2)]


def evidence(inc, cmp, cmp_ent, exi=None, cmp_idx=None):
    """strong channels kept between inc and cmp.  With exi, the channel must also point to
    cmp_idx alone among existing records."""
    ev = []
    if inc['email'] and cmp['email'] and osa(inc['email'].lower(), cmp['email'].lower()) <= 1 \
            and not cmp_ent['email_shared']:
        if exi is None or exi.email_hits(inc['email']) == [cmp_idx]:
            ev.append('email')
    p1, p2 = norm_phone(inc['phone']), norm_phone(cmp['phone'])
    if p1 and p1 == p2:
        if exi is None or exi.phone.get(p1) == [cmp_idx]:
            ev.append('phone')
    k1, k2 = addr_key(inc['address']), addr_key(cmp['address'])
    if addr_same(k1, k2) and name_sim(inc, cmp) and not cmp_ent['addr_shared']:
        if exi is None or exi.addr_hits(k1) == [cmp_idx]:
            ev.append('address')
    return ev


# ----------------------------------------------------------------------------
# specs
# ----------------------------------------------------------------------------


def format_spec(ent, who):
    s = {}
    per = ent['type'] == 'person'
    if who == 'existing':
        style = 'book'
    else:
        style = wchoice([('ecom', 35), ('rep', 30), ('import', 20), ('plain', 15)])
    s['dn_order'] = 'given_first'
    s['dn_case'] = 'orig'
    s['accents'] = wchoice([('keep', 80), ('strip', 15), ('strip_keep_n', 5)])
    s['gf_case'] = 'orig'
    s['cn_case'] = 'orig'
    s['abbrev'] = R.random() < 0.1
    s['dn_form'] = R.randrange(8) if R.random() < 0.7 else None
    s['cn_form'] = R.randrange(8) if R.random() < 0.92 else None
    s['suc_fmt'] = R.randrange(len(SUC_FMT))
    s['email_case'] = wchoice([('lower', 95), ('upper', 3), ('cap', 2)])
    s['phone_fmt'] = wchoice([('space', 25), ('paren', 25), ('plain', 15), ('intl', 8), ('dash', 8), ('pairs', 5),
                              ('old01', 4), ('old044', 3), ('intl_mobile', 3), ('old045', 1), ('intl_plain', 2),
                              ('paren_tight', 2)])
    s['phone_ext'] = R.randrange(len(EXT_FMT)) if R.random() < 0.85 else None
    s['a_stype'] = wchoice([(0, 70), (1, 20), (2, 7), (3, 3)])
    s['a_num'] = wchoice([(0, 45), (1, 20), (2, 15), (3, 8), (4, 6), (5, 6)])
    s['a_int'] = R.randrange(6)
    s['a_colfmt'] = wchoice([(0, 60), (1, 25), (2, 10), (3, 5)])
    s['a_cp_line'] = None if R.random() < 0.85 else R.randrange(3)
    s['a_city'] = 0 if R.random() < 0.8 else R.randrange(5)
    s['a_region'] = wchoice([(0, 60), (1, 25), (2, 5), (None, 10)])
    s['a_country'] = wchoice([(0, 50), (1, 20), (2, 10), (None, 20)])
    s['a_case'] = 'orig' if R.random() < 0.9 else 'upper'
    s['a_accents'] = 'keep' if R.random() < 0.85 else 'strip'
    s['a_mz'] = R.randrange(4)
    s['a_sn'] = R.randrange(5)
    s['a_km'] = R.randrange(4)
    s['a_esq'] = R.randrange(4)
    if per and R.random() < 0.15:
        s['dn_order'] = 'surname_first'
        s['dn_case'] = 'upper'
        s['gf_case'] = 'upper' if R.random() < 0.7 else 'orig'
    elif R.random() < 0.08:
        s['dn_case'] = 'upper'
    if style == 'ecom':
        s['dn_case'] = wchoice([('orig', 55), ('lower', 30), ('upper', 15)])
        s['gf_case'] = s['dn_case'] if s['dn_case'] != 'lower' else 'orig'
        s['accents'] = wchoice([('keep', 35), ('strip', 55), ('strip_keep_n', 10)])
        s['a_accents'] = 'strip' if R.random() < 0.5 else 'keep'
        s['a_case'] = 'orig'
        s['a_region'] = wchoice([(0, 40), (1, 30), (2, 10), (3, 5), (None, 15)])
        s['a_country'] = wchoice([(0, 30), (1, 30), (2, 15), (None, 25)])
        s['phone_fmt'] = wchoice([('plain', 35), ('space', 20), ('intl_mobile', 12), ('intl', 12), ('dash', 8),
                                  ('intl_plain', 8), ('pairs', 5)])
        s['a_cp_line'] = None if R.random() < 0.8 else R.randrange(3)
        s['dn_form'] = R.randrange(8) if R.random() < 0.5 else None
        s['email_case'] = wchoice([('lower', 90), ('cap', 10)])
    elif style == 'rep':
        s['dn_case'] = wchoice([('orig', 45), ('upper', 55)])
        s['gf_case'] = s['dn_case']
        s['cn_case'] = s['dn_case'] if R.random() < 0.8 else 'orig'
        s['abbrev'] = R.random() < 0.5
        s['a_case'] = 'upper' if R.random() < 0.45 else 'orig'
        s['a_stype'] = wchoice([(0, 50), (1, 10), (2, 30), (3, 10)])
        s['phone_fmt'] = wchoice([('space', 30), ('dash', 20), ('paren', 15), ('old044', 10), ('old01', 8),
                                  ('old045', 4), ('plain', 13)])
        s['a_cp_line'] = None if R.random() < 0.6 else R.randrange(3)
        s['a_col'] = 1 if R.random() < 0.3 else 0
        s['email_case'] = wchoice([('lower', 85), ('upper', 15)])
    elif style == 'import':
        if per and R.random() < 0.7:
            s['dn_order'] = 'surname_first'
        s['dn_case'] = 'upper'
        s['gf_case'] = 'upper'
        s['cn_case'] = 'upper'
        s['accents'] = wchoice([('keep', 40), ('strip', 50), ('strip_keep_n', 10)])
        s['dn_form'] = wchoice([(4, 50), (3, 30), (None, 20)])
        s['cn_form'] = wchoice([(4, 60), (3, 30), (2, 10)])
        s['a_case'] = 'upper' if R.random() < 0.7 else 'orig'
        s['a_accents'] = 'strip' if R.random() < 0.5 else 'keep'
        s['phone_fmt'] = wchoice([('plain', 40), ('intl', 20), ('space', 20), ('intl_plain', 20)])
    return s


def base_content(ent, who, force=None):
    s = {}
    per = ent['type'] == 'person'
    ex = who == 'existing'
    if per:
        s['given_form'] = wchoice([('full', 93), ('first', 3), ('initial', 4)]) if ex else \
            wchoice([('full', 82), ('first', 6), ('initial', 5), ('nick', 5), ('second', 2)])
        s['nick_i'] = R.randrange(2)
        s['mat'] = R.random() < (0.85 if ex else 0.72)
        s['married'] = bool(ent['husband']) and R.random() < 0.6
        s['title'] = bool(ent['title']) and R.random() < (0.6 if ex else 0.4)
        s['dn_trade'] = bool(ent['trade']) and R.random() < (0.88 if ex else 0.6)
        s['gf_present'] = R.random() < (0.96 if ex else 0.9)
        s['fam_mode'] = 'both' if R.random() < 0.75 else 'pat'
    else:
        s['dn_src'] = 'trade' if (ent['trade'] and R.random() < (0.85 if ex else 0.6)) else 'legal'
        s['contact_ver'] = 0 if (ent['contacts'] and R.random() < (0.88 if ex else 0.75)) else None
        s['contact_mat'] = R.random() < 0.55
    s['dn_typo'] = None
    s['dn_suffix'] = None
    s['email_typo'] = None
    s['email_ver'] = 0 if R.random() < (0.88 if ex else 0.85) else None
    s['phone_ver'] = 0 if R.random() < (0.9 if ex else 0.8) else None
    s['addr_ver'] = 0 if R.random() < (0.88 if ex else 0.75) else None
    s['a_cp_field'] = R.random() < (0.93 if ex else 0.85)
    if 'a_col' not in s:
        s['a_col'] = wchoice([(0, 75), (1, 20), (2, 5)])
    if force:
        s.update(force)
    return s


def strong_avail(ent, spec, c, exi=None, idx=None):
    av = []
    if c['email'] and not ent['email_shared'] and (exi is None or exi.email_hits(c['email']) == [idx]):
        av.append('email')
    if c['phone']:
        av.append('phone')
    k = addr_key(c['address'])
    if k and k[0] and not ent['addr_shared'] and (exi is None or exi.addr_hits(k) == [idx]):
        av.append('address')
    return av


def new_version(ent, what):
    """append a new e-mail / phone / address version to ent; return its index."""
    city = CITY_BY_NAME[ent['addrs'][0]['city']] if ent['addrs'] else CITY_BY_NAME[ent['city']]
    if what == 'email':
        if ent['type'] == 'person':
            e = person_email(ent['given'], ent['pat'], ent['mat'])
        else:
            e = org_email(ent, free=True) if R.random() < 0.5 else \
                org_email(ent, org_domain(slug(ent.get('trade') or ent['legal'])[:14] + R.choice(
                    ['', 'mx', 'gdl', 'sa']) + str(R.randint(1, 9))))
        ent['emails'].append(e)
        return len(ent['emails']) - 1
    if what == 'phone':
        mob = ent['phones'][0]['mobile'] if ent['phones'] else True
        ent['phones'].append(gen_phone(city, mob if R.random() < 0.7 else (not mob)))
        return len(ent['phones']) - 1
    r = R.random()
    if r < 0.65:
        nc = city
    elif r < 0.85:
        nc = pick_city(city['state'], exclude=city['name']) if len(
            [c for c in CITIES if c['state'] == city['state']]) > 1 else pick_city()
    else:
        nc = pick_city()
    ent['addrs'].append(gen_address(nc))
    return len(ent['addrs']) - 1


def name_ops(ent, spec):
    ops = []
    if ent['type'] == 'person':
        g = ent['given']
        if nick_options(g) and spec['given_form'] != 'nick':
            ops += ['nick', 'nick']
        if spec['given_form'] != 'initial':
            ops.append('initial')
        if len(g) > 1 and spec['given_form'] == 'full':
            ops.append(R.choice(['first', 'second']))
        if spec['mat'] and not spec.get('married'):
            ops += ['drop_mat', 'drop_mat']
        if ent['husband']:
            ops.append('married')
        if ent['title']:
            ops.append('title')
        if ent['trade']:
            ops.append('trade')
        ops.append('typo')
    else:
        if ent['trade']:
            ops.append('trade')
        ops.append('contact')
        ops.append('typo')
        if ent['form']:
            ops.append('form')
    return ops


def apply_name_op(ent, s, op):
    if op in ('nick', 'initial', 'first', 'second'):
        s['given_form'] = op
        s['nick_i'] = R.randrange(2)
    elif op == 'drop_mat':
        s['mat'] = False
    elif op == 'married':
        s['married'] = not s['married']
    elif op == 'title':
        s['title'] = not s['title']
    elif op == 'trade':
        if ent['type'] == 'person':
            s['dn_trade'] = not s['dn_trade']
        else:
            s['dn_src'] = 'legal' if s['dn_src'] == 'trade' else 'trade'
    elif op == 'typo':
        s['dn_typo'] = rand_typo()
    elif op == 'form':
        s['dn_form'] = None if s.get('dn_form') is not None else R.randrange(8)
        s['cn_form'] = None if (R.random() < 0.3 and s.get('cn_form') is not None) else R.randrange(8)
    elif op == 'contact':
        r = R.random()
        if s.get('contact_ver') is None:
            if not ent['contacts']:
                ent['contacts'].append(new_contact())
            s['contact_ver'] = 0 if R.random() < 0.5 else len(ent['contacts'])
            if s['contact_ver'] == len(ent['contacts']):
                ent['contacts'].append(new_contact())
        elif r < 0.55:
            ent['contacts'].append(new_contact())
            s['contact_ver'] = len(ent['contacts']) - 1
        else:
            s['contact_ver'] = None


def email_typo_op():
    if R.random() < 0.25:
        return ('dom', R.choice(['swap', 'sub', 'del', 'dup']), round(R.random(), 3), R.randint(0, 5))
    return rand_typo()


def derive_spec(ent, cmp_spec, cmp_c, profile, exi=None, cmp_idx=None):
    """incoming spec for a match / repeat.  Returns (spec, kept channel list)."""
    s = format_spec(ent, 'incoming')
    for k in PERSON_CONTENT + ORG_CONTENT + COMMON_CONTENT:
        if k in cmp_spec:
            s[k] = cmp_spec[k]
    s['dn_suffix'] = None
    s['dn_typo'] = None
    s['email_typo'] = None
    if profile == 'light':
        if R.random() < 0.3 and ent['type'] == 'person':
            s['fam_mode'] = 'pat' if s.get('fam_mode') == 'both' else 'both'
        return s
    avail = strong_avail(ent, cmp_spec, cmp_c, exi, cmp_idx)
    if profile == 'medium':
        nops = wchoice([(1, 45), (2, 40), (3, 15)])
        ops = name_ops(ent, s)
        chops = []
        if 'email' in avail:
            chops += ['email_typo', 'email_typo']
        if len(avail) >= 2:
            keep = R.choice(avail)
            for ch in avail:
                if ch != keep:
                    chops += ['%s_drop' % ch, '%s_change' % ch]
        if 'address' in avail or cmp_c['address']:
            chops += ['col_drop']
        done = 0
        if chops and R.random() < 0.55:
            op = R.choice(chops)
            apply_channel_op(ent, s, op)
            done += 1
        R.shuffle(ops)
        for op in ops[:max(1, nops - done)]:
            apply_name_op(ent, s, op)
        return s
    # harsh
    keep = R.choice(avail) if avail else None
    if keep is None:
        return s
    changed = 0
    for ch in ['email', 'phone', 'address']:
        if ch == keep:
            continue
        present = {'email': cmp_c['email'], 'phone': cmp_c['phone'], 'address': cmp_c['address']}[ch]
        if present:
            apply_channel_op(ent, s, '%s_%s' % (ch, 'change' if R.random() < 0.7 else 'drop'))
            changed += 1
        elif R.random() < 0.6:
            apply_channel_op(ent, s, '%s_change' % ch)
            changed += 1
    if keep == 'email' and R.random() < 0.3:
        s['email_typo'] = email_typo_op()
    ops = name_ops(ent, s)
    R.shuffle(ops)
    for op in ops[:R.choice([1, 2]) + (1 if changed < 2 else 0)]:
        if keep == 'address' and op in ('typo', 'trade', 'contact'):
            continue
        apply_name_op(ent, s, op)
    return s


def apply_channel_op(ent, s, op):
    ch, what = op.split('_')[0], op.split('_', 1)[1]
    if op == 'email_typo':
        s['email_typo'] = email_typo_op()
    elif op == 'col_drop':
        s['a_col'] = 2 if s.get('a_col') != 2 else 0
    elif what == 'drop':
        s[{'email': 'email_ver', 'phone': 'phone_ver', 'address': 'addr_ver'}[ch]] = None
    elif what == 'change':
        key = {'email': 'email_ver', 'phone': 'phone_ver', 'address': 'addr_ver'}[ch]
        s[key] = new_version(ent, ch)
        if ch == 'address':
            s['a_cp_field'] = R.random() < 0.85

# ----------------------------------------------------------------------------
# existing customer list
# ----------------------------------------------------------------------------


def metro_city(home):
    """a city near the chain/group home (same state mostly)."""
    if R.random() < 0.75:
        return pick_city(home['state'])
    return pick_city()


def build_chains(n, start_shared, kind_count=None, existing=True):
    chains = []
    for i in range(n):
        while True:
            d = dist_name()
            pat = R.random()
            if pat < 0.35:
                brand = R.choice(BRAND_PRE) + R.choice(BRAND_SUF)
            elif pat < 0.6:
                brand = 'Ferremateriales ' + d
            elif pat < 0.8:
                brand = R.choice(['Tlapalerías', 'Eléctricas', 'Materiales', 'Plomerías']) + ' ' + d
            else:
                brand = 'Ferreterías ' + d
            if fold(brand) not in USED_ONAMES:
                break
        USED_ONAMES.add(fold(brand))
        legal = brand + R.choice([' de Occidente', ' del Bajío', ' Comercial', ' de México', ' Distribución'])
        USED_ONAMES.add(fold(legal))
        home = pick_city('Jalisco') if R.random() < 0.6 else pick_city()
        ch = {'brand': brand, 'legal': legal, 'form': R.choice(['SA de CV', 'SA de CV', 'S de RL de CV']),
              'domain': org_domain(brand), 'shared': i < start_shared, 'home': home, 'labels': [],
              'members': []}
        if ch['shared']:
            ch['mailbox'] = 'facturacion@' + ch['domain']
            reg_email(ch['mailbox'])
        chains.append(ch)
    return chains


def chain_label(ch):
    for _ in range(100):
        c = metro_city(ch['home'])
        lab = R.choice([c['alts'][0] if c['name'] not in ('Cuauhtémoc', 'Benito Juárez') else c['name'],
                        R.choice(c['cols']), R.choice(c['cols']), 'Plaza ' + R.choice(NOUNS_F + NOUNS_M)])
        lab = lab.replace(' Centro', '')
        if lab not in ch['labels']:
            ch['labels'].append(lab)
            return lab, c
    raise RuntimeError('label')


def make_sucursal(ch, kind='org/chain_sucursal'):
    lab, city = chain_label(ch)
    ent = make_org(kind, city=city, legal=ch['legal'], trade=ch['brand'], form=ch['form'], dist=None)
    ent['suc'] = lab
    ent['chain'] = ch['brand']
    ent['contacts'] = [new_contact()] if R.random() < 0.6 else []
    if ch['shared']:
        ent['emails'] = [ch['mailbox']]
        ent['email_shared'] = True
    else:
        e = slug(lab)[:20] + '@' + ch['domain']
        if not email_ok(e):
            e = 'suc.' + slug(lab)[:12] + str(R.randint(1, 9)) + '@' + ch['domain']
        reg_email(e)
        ent['emails'] = [e]
    ent['phones'][0]['mobile'] = False
    ch['members'].append(ent)
    return ent


def build_groups(n):
    groups = []
    for i in range(n):
        while True:
            x = wchoice([(wchoice(SURNAME_W), 5), ('El ' + R.choice(NOUNS_M), 1), ('La ' + R.choice(NOUNS_F), 1),
                         (R.choice(BRAND_PRE) + R.choice(BRAND_SUF), 3)])
            if fold('Grupo ' + x) not in USED_ONAMES:
                break
        USED_ONAMES.add(fold('Grupo ' + x))
        home = pick_city('Jalisco') if R.random() < 0.5 else pick_city()
        g = {'x': x, 'home': home, 'domain': org_domain('grupo' + x), 'shared': R.random() < 0.6,
             'hq': gen_address(home, kind='normal'), 'ops': R.sample(GROUP_OPS, len(GROUP_OPS)), 'members': []}
        if g['shared']:
            g['mailbox'] = R.choice(['cxp', 'cuentasporpagar', 'facturas', 'contabilidad']) + '@' + g['domain']
            reg_email(g['mailbox'])
        groups.append(g)
    return groups


def make_group_member(g, holding=False):
    if holding:
        legal, kind = 'Grupo ' + g['x'], 'org/group_holding'
    else:
        op = g['ops'].pop()
        legal, kind = '%s %s' % (op, g['x']), 'org/group_operating'
        USED_ONAMES.add(fold(legal))
    ent = make_org(kind, city=g['home'], legal=legal, trade=None,
                   form=R.choice(['SA de CV', 'SA de CV', 'S de RL de CV', 'SAPI de CV']))
    ent['addrs'] = [g['hq']]
    ent['addr_shared'] = True
    ent['group'] = g['x']
    if g['shared']:
        ent['emails'] = [g['mailbox']]
        ent['email_shared'] = True
    else:
        e = R.choice(['contabilidad', 'compras', 'facturacion', 'admin']) + '.' + slug(legal.split()[0])[:10] + \
            '@' + g['domain']
        if not email_ok(e):
            e = slug(legal)[:16] + '@' + g['domain']
        reg_email(e)
        ent['emails'] = [e]
    ent['phones'][0]['mobile'] = False
    g['members'].append(ent)
    return ent


def make_municipio(town, kind='org/municipio'):
    city = CITY_BY_NAME[town]
    legal = 'Municipio de %s' % town
    trade = R.choice(['H. Ayuntamiento de %s', 'Gobierno Municipal de %s', 'Ayuntamiento de %s']) % town
    USED_ONAMES.add(fold(legal))
    ent = make_org(kind, city=city, legal=legal, trade=trade, form=None)
    dom = org_domain('ayto' + slug(town), 'gob.mx')
    ent['emails'] = [org_email(ent, dom, local=R.choice(['compras', 'adquisiciones', 'proveeduria',
                                                          'tesoreria']))]
    ent['phones'][0]['mobile'] = False
    ent['phones'][0]['ext'] = str(R.randint(100, 350))
    return ent


FF_PATTERNS = ['{p} Hermanos', 'Hermanos {p}', '{p} e Hijos', '{p} y Compañía', '{h} {p} Hermanos',
               '{h} {p} e Hijos']
FF_SIBLING = {'{p} Hermanos': ['{p} e Hijos', '{p} y Compañía'], 'Hermanos {p}': ['{p} e Hijos'],
              '{p} e Hijos': ['{p} Hermanos', 'Hermanos {p}'], '{p} y Compañía': ['{p} Hermanos', '{p} e Hijos'],
              '{h} {p} Hermanos': ['{h} {p} e Hijos'], '{h} {p} e Hijos': ['{h} {p} Hermanos']}


def make_family_firm(city=None, pat=None, pattern=None, head=None):
    for _ in range(200):
        p = pat or wchoice(SURNAME_W)
        pt = pattern or R.choice(FF_PATTERNS)
        h = head or R.choice(['Materiales', 'Ferretería', 'Constructora', 'Plomería', 'Eléctrica', 'Distribuidora'])
        legal = pt.format(p=p, h=h)
        if fold(legal) not in USED_ONAMES:
            break
        assert pattern is None
        pat = None
    USED_ONAMES.add(fold(legal))
    ent = make_org('org/family_firm', city=city, legal=legal, trade=None)
    ent['ff'] = (pt, p, h)
    if R.random() < 0.6:
        g, given, _, mat = new_person_name('m')
        ent['contacts'] = [(given, p, mat)]
    return ent


def make_despacho(city=None):
    for _ in range(100):
        p1, p2 = wchoice(SURNAME_W), wchoice(SURNAME_W)
        legal = '%s %s y Asociados' % (p1, p2) if R.random() < 0.6 else '%s y Asociados' % p1
        if p1 != p2 and fold(legal) not in USED_ONAMES:
            break
    USED_ONAMES.add(fold(legal))
    ent = make_org('org/despacho', city=city, legal=legal, trade=None, form=R.choice(['SC', 'SC', 'SA de CV']))
    return ent


def accountant_mailbox():
    for _ in range(100):
        p = slug(wchoice(SURNAME_W))
        e = R.choice(['facturas.clientes@{p}contadores.com.mx', 'facturacion@despacho{p}.mx',
                      'cp.{p}.facturas@gmail.com', 'recepcion.cfdi@{p}asesores.com.mx',
                      'facturas@contadores{p}.com.mx', 'cfdi.{p}@outlook.com']).format(p=p)
        if email_ok(e):
            reg_email(e)
            return e
    raise RuntimeError('mailbox')


def make_generic_person():
    kind = wchoice([('person/individual', 70), ('person/professional', 16), ('person/business_display', 8),
                    ('person/married_woman', 6)])
    gender = 'f' if kind == 'person/married_woman' else None
    return make_person(kind, gender=gender)


def make_generic_org():
    t = wchoice(TYPE_W)
    return make_org('org/' + t)


def build_existing():
    ents = []
    chains = build_chains(10, 6)
    for ch in chains:
        for _ in range(R.randint(3, 6)):
            ents.append(make_sucursal(ch))
    groups = build_groups(10)
    for g in groups:
        ents.append(make_group_member(g, holding=True))
        for _ in range(R.randint(2, 3)):
            ents.append(make_group_member(g))
    for town in R.sample(MUNI_TOWNS, 18):
        ents.append(make_municipio(town))
    for _ in range(30):
        ents.append(make_family_firm())
    for _ in range(12):
        ents.append(make_despacho())
    n_org = 750
    while len(ents) < n_org:
        ents.append(make_generic_org())
    persons = []
    # namesake pairs inside the existing list
    for i in range(12):
        a = make_person('person/namesake')
        nm = (a['gender'], a['given'], a['pat'], a['mat'])
        same_town = i < 3
        city = CITY_BY_NAME[a['city']] if same_town else pick_city(exclude=a['city'])
        b = make_person('person/namesake', city=city, name=nm)
        b['title'] = a['title'] = None
        a['namesake_pair'] = b['namesake_pair'] = True
        persons += [a, b]
    # father / son pairs
    for i in range(8):
        a = make_person('person/father_son', gender='m')
        while True:
            mat2 = wchoice(SURNAME_W)
            if mat2 != a['mat'] and pname_key(a['given'], a['pat'], mat2) not in USED_PNAMES:
                break
        USED_PNAMES.add(pname_key(a['given'], a['pat'], mat2))
        city = CITY_BY_NAME[a['city']] if R.random() < 0.6 else pick_city()
        b = make_person('person/father_son', city=city, name=('m', a['given'], a['pat'], mat2))
        a['fs_pair'] = b['fs_pair'] = True
        persons += [a, b]
    while len(persons) < 750:
        persons.append(make_generic_person())
    ents += persons
    R.shuffle(ents)
    return ents, chains, groups


def existing_force(ent):
    f = {}
    if ent.get('namesake_pair') or ent.get('fs_pair'):
        f.update({'given_form': 'full', 'mat': True, 'dn_order': 'given_first', 'dn_case': 'orig',
                  'accents': 'keep', 'title': False, 'dn_trade': False, 'married': False})
    return f

# ----------------------------------------------------------------------------
# hard negatives
# ----------------------------------------------------------------------------

HN_TYPES = ['chain_sucursal', 'group_company', 'namesake_other_town', 'maternal_surname', 'sibling_firms',
            'same_building', 'shared_mailbox', 'similar_name_other_trade', 'household_member',
            'public_dependency']
HN_RULES = {
    'chain_sucursal': 'Another sucursal of the same chain: same legal name (and possibly the chain\'s shared '
                      'facturacion@ mailbox) but a different sucursal label, address and phone; each sucursal is a '
                      'separate customer.',
    'group_company': 'Another legal entity of the same group: shares the head-office address (and possibly the '
                     'accounts mailbox) but has a different legal name and its own phone; group companies are '
                     'separate customers.',
    'namesake_other_town': 'Same full name but a different town/state, phone, e-mail and address: a namesake.',
    'maternal_surname': 'Same given name and paternal surname but a different maternal surname, with no shared '
                        'phone, e-mail or address: a different person (e.g. father and son).',
    'sibling_firms': "Family firms of one surname: 'Hermanos' vs 'e Hijos' / 'y Compañía' are different legal "
                     'entities; no shared phone, e-mail or address.',
    'same_building': 'Same street and number (same building/plaza) but a different interior/local number, a '
                     'different business name, phone and e-mail.',
    'shared_mailbox': "Same e-mail, but it is an outside accountant's mailbox used by several clients; name, phone "
                      'and address all differ.',
    'similar_name_other_trade': 'Shares only the distinctive part of the name; the trade word differs (e.g. '
                                'Ferretería vs Eléctrica) and phone, e-mail and address differ.',
    'household_member': 'Same home address and surname but a different given name and own phone/e-mail: another '
                        'member of the household.',
    'public_dependency': "A decentralised municipal body (DIF, water utility, institute) with its own legal name, "
                         "phone, e-mail and address; not the Ayuntamiento itself.",
}
HN_SHARED_OK = {'chain_sucursal': ['email'], 'group_company': ['email', 'address'], 'shared_mailbox': ['email'],
                'household_member': ['address']}


def email_far(e1, e2):
    l1, l2 = fold(e1.split('@')[0]), fold(e2.split('@')[0])
    if l1 in l2 or l2 in l1:
        return False
    return osa(l1, l2) >= 3


def ensure_far_email(hn, anchor):
    for _ in range(30):
        if hn['email_shared'] or not hn['emails'] or not anchor['emails'] or \
                email_far(hn['emails'][0], anchor['emails'][0]):
            return
        if hn['type'] == 'person':
            hn['emails'][0] = person_email(hn['given'], hn['pat'], hn['mat'])
        else:
            hn['emails'][0] = org_email(hn, free=True)


def build_hn(kind, anchor, chains, groups):
    """returns hn entity, shared list, forced spec for hn, forced spec for anchor."""
    f_hn, f_an = {}, {}
    if kind == 'chain_sucursal':
        ch = [c for c in chains if c['brand'] == anchor['chain']][0]
        hn = make_sucursal(ch)
        shared = ['companyName'] + (['email'] if ch['shared'] else [])
        f_hn = {'addr_ver': 0, 'phone_ver': 0, 'email_ver': 0, 'dn_src': 'trade'}
        f_an = {'addr_ver': 0, 'phone_ver': 0, 'dn_src': 'trade'}
        if ch['shared']:
            f_an['email_ver'] = 0
    elif kind == 'group_company':
        g = [x for x in groups if x['x'] == anchor['group']][0]
        hn = make_group_member(g)
        shared = ['address'] + (['email'] if g['shared'] else [])
        f_hn = {'addr_ver': 0, 'a_cp_field': True, 'phone_ver': 0, 'email_ver': 0, 'dn_src': 'legal'}
        f_an = {'addr_ver': 0, 'a_cp_field': True}
        if g['shared']:
            f_an['email_ver'] = 0
    elif kind == 'namesake_other_town':
        st = CITY_BY_NAME[anchor['city']]['state']
        city = pick_city([s for s in STATE_VARIANTS if s != st][R.randrange(8)])
        hn = make_person('person/namesake', city=city, name=(anchor['gender'], anchor['given'], anchor['pat'],
                                                              anchor['mat']))
        hn['title'] = None
        shared = ['givenName', 'familyName']
        fn = {'given_form': 'full', 'mat': True, 'married': False, 'dn_trade': False, 'fam_mode': 'both',
              'gf_present': True, 'title': False}
        f_hn = dict(fn, addr_ver=0, a_cp_field=True, phone_ver=0, a_city=0)
        f_an = dict(fn, addr_ver=0, a_cp_field=True, phone_ver=0, a_city=0)
    elif kind == 'maternal_surname':
        while True:
            mat2 = wchoice(SURNAME_W)
            if mat2 not in (anchor['mat'], anchor['pat']) and \
                    pname_key(anchor['given'], anchor['pat'], mat2) not in USED_PNAMES:
                break
        USED_PNAMES.add(pname_key(anchor['given'], anchor['pat'], mat2))
        city = CITY_BY_NAME[anchor['city']] if R.random() < 0.6 else pick_city()
        hn = make_person('person/father_son', city=city, name=(anchor['gender'], anchor['given'], anchor['pat'],
                                                                mat2))
        shared = ['givenName', 'paternal_surname']
        fn = {'given_form': 'full', 'mat': True, 'married': False, 'dn_trade': False, 'fam_mode': 'both',
              'gf_present': True}
        f_hn, f_an = dict(fn), dict(fn)
    elif kind == 'sibling_firms':
        pt, p, h = anchor['ff']
        city = CITY_BY_NAME[anchor['city']] if R.random() < 0.6 else pick_city()
        fam = lambda q: 'Hermanos' if 'Hermanos' in q else ('Hijos' if 'Hijos' in q else 'Compañía')
        cands = FF_SIBLING[pt] + [q for q in FF_PATTERNS if fam(q) != fam(pt) and q not in FF_SIBLING[pt]]
        cands = [q for q in cands if fold(q.format(p=p, h=h)) not in USED_ONAMES]
        hn = make_family_firm(city=city, pat=p, pattern=cands[0], head=h)
        shared = ['family_surname']
        f_hn = {'abbrev': False}
        f_an = {}
    elif kind == 'same_building':
        a = dict(anchor['addrs'][0])
        t = wchoice(TYPE_W)
        hn = make_org('org/' + t, city=CITY_BY_NAME[a['city']], trade='')
        while True:
            a['int_kind'] = 'Local' if R.random() < 0.6 else 'Int.'
            iv = str(R.randint(1, 60))
            if iv != anchor['addrs'][0]['int']:
                a['int'] = iv
                if addr_reg_key(a) not in USED_ADDR:
                    break
        USED_ADDR.add(addr_reg_key(a))
        hn['addrs'] = [a]
        shared = ['street_number', 'postalCode']
        f_hn = {'addr_ver': 0, 'a_cp_field': True, 'a_int': R.choice([0, 1, 2, 4])}
        f_an = {'addr_ver': 0, 'a_cp_field': True}
    elif kind == 'shared_mailbox':
        city = CITY_BY_NAME[anchor['city']] if R.random() < 0.7 else pick_city()
        if R.random() < 0.6:
            hn = make_org('org/' + R.choice(['ferreteria', 'tlapaleria', 'taller', 'plomeria', 'restaurante',
                                             'electrica']), city=city, trade='')
        else:
            hn = make_person(R.choice(['person/business_display', 'person/professional']), city=city)
        hn['emails'] = [anchor['emails'][0]]
        hn['email_shared'] = True
        shared = ['email']
        f_hn = {'email_ver': 0, 'email_typo': None}
        f_an = {'email_ver': 0}
    elif kind == 'similar_name_other_trade':
        t0 = anchor['kind'].split('/')[1]
        for _ in range(100):
            t2 = R.choice([t for t, _ in TYPE_W if t != t0 and t not in ('comercializadora', 'distribuidora')])
            h2 = R.choice(TYPE_HEADS[t2])
            if fold('%s %s' % (h2, anchor['dist'])) not in USED_ONAMES:
                break
        city = CITY_BY_NAME[anchor['city']] if R.random() < 0.5 else pick_city()
        hn = make_org('org/' + t2, city=city, dist=anchor['dist'], head=h2, trade='')
        shared = ['distinctive_name']
        f_hn = {'dn_src': 'legal'}
        f_an = {}
    elif kind == 'household_member':
        ag = anchor['given']
        for _ in range(200):
            rel = 'spouse' if (anchor['gender'] == 'm' and R.random() < 0.6) else 'child'
            if rel == 'spouse':
                g, given, pat, mat = new_person_name('f')
            else:
                g, given, pat, mat = new_person_name()
                pat = anchor['pat']
            if all(x not in ag and x[0] != y[0] for x in given for y in ag) and \
                    pname_key(given, pat, mat) not in USED_PNAMES:
                break
        USED_PNAMES.add(pname_key(given, pat, mat))
        hn = make_person('person/married_woman' if rel == 'spouse' else 'person/individual',
                         city=CITY_BY_NAME[anchor['city']], name=(g, given, pat, mat), gender=g)
        if rel == 'spouse':
            hn['husband'] = anchor['pat']
        hn['phones'][0]['mobile'] = True
        hn['addrs'] = [anchor['addrs'][0]]
        hn['addr_shared'] = True
        shared = ['address', 'surname']
        f_hn = {'addr_ver': 0, 'a_cp_field': True, 'given_form': 'full', 'married': rel == 'spouse',
                'dn_trade': False, 'title': False, 'gf_present': True}
        f_an = {'addr_ver': 0, 'a_cp_field': True, 'given_form': 'full', 'dn_trade': False, 'gf_present': True}
    elif kind == 'public_dependency':
        town = anchor['city']
        nm = town
        for _ in range(50):
            dep = R.choice(DEPENDENCIES)
            if dep == 'Sistema DIF':
                legal = 'Sistema para el Desarrollo Integral de la Familia del Municipio de %s' % nm
                trade = R.choice(['Sistema DIF %s', 'DIF %s', 'DIF Municipal %s']) % nm
            else:
                legal, trade = '%s %s' % (dep, nm), None
            if fold(legal) not in USED_ONAMES:
                break
        USED_ONAMES.add(fold(legal))
        hn = make_org('org/public_dependency', city=CITY_BY_NAME[town], legal=legal, trade=trade, form=None)
        short = {'Sistema DIF': 'dif', 'Organismo Operador de Agua Potable de': 'agua',
                 'Instituto Municipal del Deporte de': 'deporte', 'Instituto Municipal de las Mujeres de': 'mujeres',
                 'Comisión Municipal de Agua y Saneamiento de': 'cmas',
                 'Instituto Municipal de Vivienda de': 'vivienda'}[dep]
        hn['emails'] = [org_email(hn, org_domain(short + slug(town)[:14], 'gob.mx'))]
        shared = ['town']
        f_hn = {'dn_src': 'trade' if trade else 'legal'}
        f_an = {}
    ensure_far_email(hn, anchor)
    return hn, shared, f_hn, f_an


def pick_anchors(ents):
    used = []
    out = {}

    def take(kind, cands, n=N_HN_PER_TYPE):
        cands = [e for e in cands if e['id'] not in used]
        R.shuffle(cands)
        sel = cands[:n]
        assert len(sel) == n, kind
        for e in sel:
            used.append(e['id'])
        out[kind] = sel

    persons = [e for e in ents if e['type'] == 'person' and not e.get('namesake_pair') and not e.get('fs_pair')
               and e['kind'] in ('person/individual', 'person/professional')]
    # chains: at least one anchor per chain
    suc = [e for e in ents if e['kind'] == 'org/chain_sucursal']
    first = []
    for e in suc:
        if e['chain'] not in [x['chain'] for x in first]:
            first.append(e)
    rest = [e for e in suc if e not in first]
    R.shuffle(rest)
    out['chain_sucursal'] = (first + rest)[:N_HN_PER_TYPE]
    used += [e['id'] for e in out['chain_sucursal']]
    gm = [e for e in ents if e['kind'] in ('org/group_holding', 'org/group_operating')]
    sel, per_group = [], {}
    R.shuffle(gm)
    for e in gm:
        if per_group.get(e['group'], 0) < 2 and len(sel) < N_HN_PER_TYPE:
            per_group[e['group']] = per_group.get(e['group'], 0) + 1
            sel.append(e)
    out['group_company'] = sel
    used += [e['id'] for e in sel]
    take('namesake_other_town', persons)
    take('maternal_surname', persons)
    take('household_member', [e for e in persons if not e['husband']])
    take('sibling_firms', [e for e in ents if e['kind'] == 'org/family_firm'])
    take('shared_mailbox', [e for e in ents if e.get('acct_mailbox')])
    take('public_dependency', [e for e in ents if e['kind'] == 'org/municipio'])
    take('similar_name_other_trade', [e for e in ents if e['type'] == 'org' and e.get('dist') and
                                      (e['dist'].startswith(('El ', 'La ')) or e['dist'] in SAINTS) and
                                      e['kind'].split('/')[1] in TYPE_HEADS])
    take('same_building', [e for e in ents if not e['addr_shared'] and e['addrs'][0]['num'] and
                           e['addrs'][0]['stype'] not in ('Carretera',) and e['kind'] != 'org/municipio'])
    return out

# ----------------------------------------------------------------------------
# main assembly
# ----------------------------------------------------------------------------


def classify(field, a, b):
    if a is None:
        return 'dropped'
    if b is None:
        return 'added'
    if field == 'phone':
        return 'format' if norm_phone(a) == norm_phone(b) else 'different'
    if a.casefold() == b.casefold():
        return 'case'
    if fold(a) == fold(b):
        return 'accents'
    if sorted(re.findall(r'\w+', fold(a))) == sorted(re.findall(r'\w+', fold(b))):
        return 'order'
    return 'different'


def hn_changes(c, a):
    fi, fa = flatten(c), flatten(a)
    out = []
    for f in diff_fields(fi, fa):
        out.append('%s:%s' % (f, classify(f, fi.get(f), fa.get(f)) if f != 'address' else
                              ('dropped' if fi['address'] is None else 'added')))
    return sorted(out)


def tidy_spec(s):
    if s.get('dn_order') == 'surname_first' and s.get('given_form') == 'nick':
        s['dn_order'] = 'given_first'
    return s


def make_spec(ent, who, force=None):
    s = format_spec(ent, who)
    s.update(base_content(ent, who))
    if force:
        s.update(force)
    return tidy_spec(s)


def ensure_strong(ent, s):
    """at least one strong channel present in a rendered record."""
    ok = (s.get('phone_ver') is not None) or (s.get('email_ver') is not None and not ent['email_shared']) or \
         (s.get('addr_ver') is not None and not ent['addr_shared'] and (s.get('a_cp_field') or
                                                                           s.get('a_cp_line') is not None))
    if not ok:
        s['phone_ver'] = 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()

    ents, chains, groups = build_existing()
    # outside accountants' mailboxes used by some small customers (shared_mailbox hard negatives)
    small = [e for e in ents if e['kind'] in ('org/ferreteria', 'org/tlapaleria', 'org/taller', 'org/plomeria',
                                              'org/restaurante', 'person/business_display', 'org/materiales')]
    R.shuffle(small)
    for e in small[:18]:
        e['emails'] = [accountant_mailbox()]
        e['email_shared'] = True
        e['acct_mailbox'] = True
    anchors = pick_anchors(ents)
    an_force = {}
    hn_plan = []
    for kind in HN_TYPES:
        for an in anchors[kind]:
            hn, shared, f_hn, f_an = build_hn(kind, an, chains, groups)
            an_force.setdefault(an['id'], {}).update(f_an)
            hn_plan.append((kind, an, hn, shared, f_hn))

    # ---- existing records
    ex_specs = {}
    for e in ents:
        f = dict(existing_force(e))
        f.update(an_force.get(e['id'], {}))
        s = make_spec(e, 'existing', f)
        ensure_strong(e, s)
        ex_specs[e['id']] = s
    used_dn = {}
    ex_contact = {}
    for e in ents:
        s = ex_specs[e['id']]
        c = render(e, s)
        town = (e['addrs'][0]['city'] if s.get('addr_ver') is not None else e['city'])
        k = c['displayName'].casefold()
        if k in used_dn:
            if used_dn[k] != town:
                s['dn_suffix'] = ' (%s)' % town
            else:
                n = 2
                while (c['displayName'] + ' - %d' % n).casefold() in used_dn:
                    n += 1
                s['dn_suffix'] = ' - %d' % n
            c = render(e, s)
            k = c['displayName'].casefold()
            assert k not in used_dn
        used_dn[k] = town
        ex_contact[e['id']] = c
    ents.sort(key=lambda e: (fold(ex_contact[e['id']]['displayName']), e['id']))
    ex_idx = {e['id']: i for i, e in enumerate(ents)}
    exi = ExIndex([ex_contact[e['id']] for e in ents], ents)

    # ---- matches
    match_ents = R.sample(ents, N_MATCH)
    profs = ['light'] * 248 + ['medium'] * 330 + ['harsh'] * (N_MATCH - 578)
    R.shuffle(profs)
    incoming = []
    for e, prof in zip(match_ents, profs):
        idx = ex_idx[e['id']]
        cc, cs = ex_contact[e['id']], ex_specs[e['id']]
        for attempt in range(60):
            s = tidy_spec(derive_spec(e, cs, cc, prof, exi, idx))
            c = render(e, s)
            if c == cc:
                continue
            ev = evidence(c, cc, e, exi, idx)
            if not ev:
                continue
            if prof == 'harsh':
                nd = len([f for f in ('email', 'phone', 'address') if c[f] != cc[f] and
                          not (f == 'phone' and norm_phone(c[f]) == norm_phone(cc[f]))])
                if nd < 1 and attempt < 50:
                    continue
            break
        else:
            raise RuntimeError('match %s' % e['id'])
        incoming.append({'ent': e, 'spec': s, 'contact': c, 'meta': {
            'category': 'match', 'kind': e['kind'], 'changes': compute_changes(e, s, cs), 'profile': prof,
            'evidence': ev, 'compare_set': 'existing', 'compare_index': idx}})

    # ---- hard negatives
    for kind, an, hn, shared, f_hn in hn_plan:
        s = make_spec(hn, 'incoming', f_hn)
        ensure_strong(hn, s)
        c = render(hn, s)
        ac = ex_contact[an['id']]
        incoming.append({'ent': hn, 'spec': s, 'contact': c, 'meta': {
            'category': 'hard_negative', 'kind': hn['kind'], 'changes': hn_changes(c, ac), 'anchor': an['id'],
            'anchor_index': ex_idx[an['id']], 'hn_type': kind, 'rule': HN_RULES[kind], 'shared': shared}})

    # ---- new customers
    n_new_records = N_INCOMING - N_MATCH - len(hn_plan)
    n_unique = n_new_records - N_NEW_REPEATS_2 - 2 * N_NEW_REPEATS_3
    new_ents = []
    nch = build_chains(1, 1)[0]
    for _ in range(3):
        new_ents.append(make_sucursal(nch))
    while len(new_ents) < n_unique:
        r = R.random()
        if r < 0.5:
            new_ents.append(make_generic_person())
        elif r < 0.54:
            new_ents.append(make_family_firm())
        elif r < 0.56:
            new_ents.append(make_despacho())
        else:
            new_ents.append(make_generic_org())
    reps = R.sample(new_ents[3:], N_NEW_REPEATS_2 + N_NEW_REPEATS_3)
    nocc = {e['id']: 1 for e in new_ents}
    for i, e in enumerate(reps):
        nocc[e['id']] = 2 if i < N_NEW_REPEATS_2 else 3
    new_groups = []
    for e in new_ents:
        s0 = make_spec(e, 'incoming')
        ensure_strong(e, s0)
        c0 = render(e, s0)
        recs = [{'ent': e, 'spec': s0, 'contact': c0, 'meta': {'category': 'new', 'kind': e['kind'],
                                                               'changes': [], 'occurrence': 1}}]
        for k in range(nocc[e['id']] - 1):
            prof = wchoice([('light', 30), ('medium', 40), ('harsh', 30)])
            for attempt in range(60):
                s = tidy_spec(derive_spec(e, s0, c0, prof))
                c = render(e, s)
                if c == c0:
                    continue
                ev = evidence(c, c0, e)
                if ev:
                    break
            else:
                raise RuntimeError('repeat')
            recs.append({'ent': e, 'spec': s, 'contact': c, 'meta': {
                'category': 'new', 'kind': e['kind'], 'changes': compute_changes(e, s, s0), 'occurrence': k + 2,
                'profile': prof, 'evidence': ev, 'compare_set': 'incoming', 'compare_index': None}})
        new_groups.append(recs)
        incoming += recs

    assert len(incoming) == N_INCOMING, len(incoming)
    R.shuffle(incoming)
    # occurrence order must follow file order: put each new customer's records back in generation order
    pos = {}
    for i, r in enumerate(incoming):
        if r['meta']['category'] == 'new':
            pos.setdefault(r['ent']['id'], []).append(i)
    for recs in new_groups:
        ps = sorted(pos[recs[0]['ent']['id']])
        for p, r in zip(ps, recs):
            incoming[p] = r
        for r in recs[1:]:
            r['meta']['compare_index'] = ps[0]

    # ---- write
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, 'set.jsonl'), 'w', encoding='utf-8') as fs, \
            open(os.path.join(args.out, 'meta.jsonl'), 'w', encoding='utf-8') as fm:
        for i, e in enumerate(ents):
            fs.write(json.dumps({'set': 'existing', 'entity': e['id'], 'contact': ex_contact[e['id']]},
                                ensure_ascii=False) + '\n')
            fm.write(json.dumps({'set': 'existing', 'index': i, 'entity': e['id'], 'category': 'existing',
                                 'kind': e['kind'], 'changes': []}, ensure_ascii=False) + '\n')
        for i, r in enumerate(incoming):
            fs.write(json.dumps({'set': 'incoming', 'entity': r['ent']['id'], 'contact': r['contact']},
                                ensure_ascii=False) + '\n')
            m = {'set': 'incoming', 'index': i, 'entity': r['ent']['id']}
            m.update(r['meta'])
            fm.write(json.dumps(m, ensure_ascii=False) + '\n')
    # summary
    cats = {}
    for r in incoming:
        cats[r['meta']['category']] = cats.get(r['meta']['category'], 0) + 1
    print('existing', len(ents), 'incoming', len(incoming), cats)


if __name__ == '__main__':
    main()
