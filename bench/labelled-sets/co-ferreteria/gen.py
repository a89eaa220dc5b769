#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the labelled customer-linkage set `co-ferreteria`.

A hardware / building-materials distributor (ferretería y depósito de materiales)
in Antioquia and Bogotá, billing in COP through QuickBooks Online.

    python3 gen.py            -> writes set.jsonl and meta.jsonl beside this file
    python3 gen.py --out DIR  -> writes them into DIR

Standard library only, one random.Random(SEED); no iteration over sets or
hash-ordered containers, so the output is byte-identical on every run and under
any PYTHONHASHSEED.  Everything about people and firms is invented; towns,
departments, DANE postal codes and phone area codes are real.
"""
import copy
import json
import os
import re
import sys
import unicodedata
import random

SEED = 46042025
R = random.Random(SEED)

N_EXISTING = 1500
N_PERSON_EXISTING = 900
N_HN_PER_TYPE = 10            # 15 types -> 150
N_MATCH = 825
N_NEW_ENT = 430
REPEAT_PLAN = [2] * 75 + [3] * 10   # 95 repeat records
N_NC_MATCH = 128
N_NC_REPEAT = 26

SOURCES = ['pos_mostrador', 'fe_dian', 'whatsapp_ventas', 'solicitud_credito', 'tienda_web']

# ----------------------------------------------------------------------------
# reference data (places real, everything else invented)
# ----------------------------------------------------------------------------

TOWN_LIST = [
    # name, region, area, weight, sur-streets?, calle range, carrera range, landline first digits
    ('Medellín', 'Antioquia', '604', 30, False, (1, 115), (30, 112), '2345'),
    ('Envigado', 'Antioquia', '604', 11, True, (20, 50), (20, 48), '23'),
    ('Itagüí', 'Antioquia', '604', 11, False, (25, 87), (42, 70), '23'),
    ('Bello', 'Antioquia', '604', 11, False, (20, 72), (44, 70), '24'),
    ('Rionegro', 'Antioquia', '604', 8, False, (38, 56), (44, 62), '5'),
    ('Bogotá', 'Bogotá D.C.', '601', 14, False, (1, 170), (1, 118), '234567'),
    ('Sabaneta', 'Antioquia', '604', 4, True, (50, 80), (40, 48), '2'),
    ('La Estrella', 'Antioquia', '604', 2, True, (75, 100), (50, 65), '2'),
    ('Caldas', 'Antioquia', '604', 1.5, True, (125, 136), (48, 52), '2'),
    ('Copacabana', 'Antioquia', '604', 1.5, False, (40, 60), (45, 70), '2'),
    ('Guarne', 'Antioquia', '604', 1, False, (45, 55), (48, 56), '5'),
    ('Marinilla', 'Antioquia', '604', 1, False, (25, 35), (28, 36), '5'),
    ('La Ceja', 'Antioquia', '604', 1, False, (15, 24), (18, 26), '5'),
    ('El Retiro', 'Antioquia', '604', 0.5, False, (18, 23), (19, 23), '5'),
    ('Chía', 'Cundinamarca', '601', 1, False, (1, 30), (1, 20), '8'),
    ('Soacha', 'Cundinamarca', '601', 1, False, (1, 40), (1, 30), '7'),
    ('Mosquera', 'Cundinamarca', '601', 0.5, False, (1, 20), (1, 15), '8'),
    ('Funza', 'Cundinamarca', '601', 0.5, False, (10, 25), (9, 20), '8'),
]
TOWN = {}
for _t in TOWN_LIST:
    TOWN[_t[0]] = dict(name=_t[0], region=_t[1], area=_t[2], w=_t[3], sur=_t[4],
                       calles=_t[5], carreras=_t[6], landfirst=_t[7])
TOWN_NAMES = [t[0] for t in TOWN_LIST]
TOWN_W = [t[3] for t in TOWN_LIST]
ANT_TOWNS = [t for t in TOWN_NAMES if TOWN[t]['region'] == 'Antioquia']

BARRIOS = {
    'Medellín': [('El Poblado', '050021'), ('Provenza', '050021'), ('Castropol', '050022'),
                 ('Laureles', '050031'), ('Estadio', '050032'), ('Belén', '050030'),
                 ('La América', '050032'), ('Robledo', '050034'), ('Castilla', '050036'),
                 ('Aranjuez', '050012'), ('Manrique', '050013'), ('Buenos Aires', '050016'),
                 ('Boston', '050015'), ('Prado Centro', '050012'), ('Calasanz', '050033'),
                 ('Guayabal', '050024'), ('Florida Nueva', '050031')],
    'Envigado': [('Zúñiga', '055422'), ('El Portal', '055420'), ('La Magnolia', '055421'),
                 ('Alcalá', '055421'), ('Las Vegas', '055420'), ('Jardines', '055422'),
                 ('Obrero', '055420'), ('San Marcos', '055421')],
    'Itagüí': [('Santa María', '055412'), ('San Pío X', '055411'), ('Ditaires', '055413'),
               ('Suramérica', '055410'), ('El Rosario', '055411'), ('Centro', '055410'),
               ('Calatrava', '055413'), ('Las Brisas', '055412')],
    'Bello': [('Niquía', '051052'), ('Cabañas', '051050'), ('La Madera', '051051'),
              ('Suárez', '051053'), ('París', '051054'), ('Zamora', '051052'),
              ('Centro', '051051'), ('Santa Ana', '051050'), ('Trapiche', '051053')],
    'Rionegro': [('San Antonio de Pereira', '054047'), ('El Porvenir', '054040'),
                 ('Centro', '054040'), ('Alto del Medio', '054048'), ('Cuatro Esquinas', '054040'),
                 ('Gualanday', '054048')],
    'Bogotá': [('Usaquén', '110111'), ('Cedritos', '110141'), ('Chicó', '110221'),
               ('Chapinero', '110231'), ('Teusaquillo', '111311'), ('Galerías', '111311'),
               ('Modelia', '110911'), ('Kennedy Central', '110821'), ('Castilla', '110841'),
               ('Suba', '111111'), ('Niza', '111121'), ('Engativá', '111021'),
               ('Normandía', '111041'), ('Puente Aranda', '111611'), ('Restrepo', '111511'),
               ('Bosa', '110711')],
    'Sabaneta': [('Centro', '055450'), ('Aliadas del Sur', '055450'), ('Calle Larga', '055450'),
                 ('Las Casitas', '055450'), ('María Auxiliadora', '055450')],
    'La Estrella': [('Centro', '055460'), ('Bellavista', '055460'), ('La Ferrería', '055460')],
    'Caldas': [('Centro', '055440'), ('La Valeria', '055440'), ('Andalucía', '055440')],
    'Copacabana': [('Centro', '051040'), ('Machado', '051040'), ('Yarumito', '051040')],
    'Guarne': [('Centro', '054050'), ('El Molino', '054050')],
    'Marinilla': [('Centro', '054020'), ('Alcaravanes', '054020')],
    'La Ceja': [('Centro', '055010'), ('San Cayetano', '055010')],
    'El Retiro': [('Centro', '055030')],
    'Chía': [('Centro', '250001'), ('Samaria', '250001'), ('Mercedes de Calahorra', '250001')],
    'Soacha': [('San Mateo', '250051'), ('Ciudad Verde', '250052'), ('Centro', '250051'),
               ('León XIII', '250051')],
    'Mosquera': [('Centro', '250040'), ('El Porvenir', '250040')],
    'Funza': [('Centro', '250020'), ('El Hato', '250020')],
}
RURAL = {
    'Medellín': [('vereda', 'El Placer'), ('vereda', 'Mazo'), ('km', 'Las Palmas', 3, 9)],
    'Envigado': [('vereda', 'El Escobero'), ('vereda', 'Perico'), ('vereda', 'Pantanillo'),
                 ('km', 'Las Palmas', 10, 17)],
    'Rionegro': [('vereda', 'Llanogrande'), ('vereda', 'El Tablazo'), ('vereda', 'Abreo'),
                 ('vereda', 'Pontezuela'), ('vereda', 'Cabeceras'), ('km', 'Llanogrande', 1, 8),
                 ('km', 'Rionegro - La Ceja', 2, 9)],
    'Guarne': [('vereda', 'Chaparral'), ('km', 'Autopista Medellín - Bogotá', 20, 31)],
    'El Retiro': [('vereda', 'Don Diego'), ('vereda', 'Pantanillo')],
    'La Ceja': [('vereda', 'El Tambo')],
    'Chía': [('vereda', 'Fonquetá'), ('vereda', 'Yerbabuena'), ('vereda', 'Bojacá')],
}

CITY_ALT = {
    'Bogotá': ['Bogotá', 'Bogota', 'Bogotá, D.C.', 'Bogota DC', 'Santafé de Bogotá', 'BOGOTA, D.C.'],
    'Itagüí': ['Itaguí', 'Itagui', 'ITAGUI'],
    'Medellín': ['Medellin', 'MEDELLIN', 'Medellín'],
    'Chía': ['Chia', 'CHIA'],
}
REGION_FORMS = {
    'Antioquia': ['Antioquia', 'ANTIOQUIA', 'Ant.', 'ANT', 'antioquia'],
    'Bogotá D.C.': ['Bogotá D.C.', 'BOGOTA D.C.', 'Bogota DC', 'Distrito Capital', 'Cundinamarca'],
    'Cundinamarca': ['Cundinamarca', 'CUNDINAMARCA', 'Cund.', 'cundinamarca'],
}

MOBILE_PREFIX = ['300', '301', '302', '304', '305', '310', '311', '312', '313', '314', '315',
                 '316', '317', '318', '319', '320', '321', '322', '323', '324', '350', '351']


def dedupe(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


MALE = ["Luis Fernando", "Juan Carlos", "Carlos Alberto", "José Luis", "Jorge Iván", "John Jairo",
        "Jhon Fredy", "Juan David", "Juan Pablo", "Juan Esteban", "Andrés Felipe", "Carlos Mario",
        "Luis Alfonso", "Jesús María", "José Antonio", "Francisco Javier", "Gustavo Adolfo",
        "Hernán Darío", "Jaime Alberto", "Óscar Darío", "Fabio Nelson", "Wilson", "Albeiro",
        "Rubén Darío", "Héctor Fabio", "Diego Alejandro", "Sebastián", "Santiago", "Mateo",
        "Alejandro", "Mauricio", "Gilberto", "Orlando", "Germán", "Álvaro", "Édison", "Jhonatan",
        "Yeison", "Brayan Stiven", "Luis Eduardo", "Miguel Ángel", "Fredy Alonso", "Nelson Enrique",
        "León Darío", "Ramiro", "Guillermo", "Libardo", "Arley", "Duván", "José Manuel",
        "Antonio José", "Juan Camilo", "Carlos Andrés", "Jorge Eduardo", "Juan Guillermo",
        "Gabriel Jaime", "Luis Carlos", "Ricardo", "Roberto", "Alberto", "Francisco Luis",
        "Jesús Antonio", "Juan Manuel", "Pedro Pablo", "Julián", "Daniel", "Felipe", "Camilo",
        "Esteban", "Jhon Jaime", "William", "Elkin", "Nicolás", "Rafael Ángel", "Ignacio",
        "Eduardo", "Gonzalo", "Rodrigo", "Hugo", "Enrique", "José Fernando", "Mario", "Alonso",
        "Octavio", "José Ignacio", "Andrés Mauricio", "Juan Felipe"]
FEMALE = ["María Camila", "Luz Marina", "Luz Dary", "Gloria Patricia", "Martha Lucía", "Ana María",
          "María Elena", "Diana Marcela", "Sandra Milena", "Claudia Patricia", "Paula Andrea",
          "Carolina", "Natalia", "Daniela", "Valentina", "Juliana", "Beatriz Elena", "Olga Lucía",
          "Gladys", "Blanca Nubia", "Luz Elena", "María Eugenia", "Adriana María", "Liliana",
          "Yuliana", "Yesenia", "Marta Cecilia", "Lina Marcela", "Ángela María", "Catalina",
          "Manuela", "Sara", "Laura Cristina", "María José", "Dora Inés", "Amparo", "Rocío", "Nancy",
          "Camila", "Luisa Fernanda", "Sandra Patricia", "María Isabel", "Érika Johana",
          "Leidy Johana", "Yuly Andrea", "Paola Andrea", "Mónica", "María Mercedes",
          "Francia Elena", "María Dolores", "Teresa de Jesús", "Mariela", "Gloria Amparo",
          "Luz Mery", "Ana Lucía", "Isabel Cristina", "Alejandra", "María Fernanda", "Mariana",
          "Tatiana"]
SUR_ANT = dedupe(["Restrepo", "Gómez", "Ochoa", "Arango", "Mejía", "Vélez", "Jaramillo", "Zapata",
                  "Uribe", "Londoño", "Montoya", "Agudelo", "Álvarez", "Cardona", "Correa",
                  "Echeverri", "Gaviria", "Giraldo", "Henao", "Hoyos", "Isaza", "Lopera", "Marín",
                  "Mesa", "Muñoz", "Ospina", "Posada", "Quintero", "Ramírez", "Rendón", "Rojas",
                  "Salazar", "Sierra", "Tobón", "Toro", "Valencia", "Vásquez", "Villa", "Betancur",
                  "Cano", "Castaño", "Duque", "Escobar", "Franco", "Acevedo", "Bedoya", "Builes",
                  "Monsalve", "Osorio", "Pineda", "Ríos", "Serna", "Yepes", "Zuluaga", "Múnera",
                  "Orrego", "Castrillón", "Arboleda", "Palacio", "Cadavid", "Sepúlveda", "Úsuga",
                  "Patiño", "Peña", "Ibáñez", "Núñez", "Muñetón", "Carmona", "Taborda", "Gallego",
                  "Hincapié", "Holguín", "Estrada", "Vargas", "Tamayo", "Cárdenas"])
SUR_COMMON = ["García", "Rodríguez", "López", "Martínez", "González", "Hernández", "Pérez",
              "Sánchez", "Torres", "Díaz", "Moreno", "Gutiérrez", "Ruiz", "Castro", "Ortiz",
              "Rincón", "Jiménez", "Romero"]
SUR_BOG = dedupe(["Rodríguez", "Gómez", "González", "Martínez", "Sánchez", "Romero", "Pardo",
                  "Forero", "Cárdenas", "Beltrán", "Rubio", "Suárez", "Parra", "Cortés",
                  "Bermúdez", "Castañeda", "Camacho", "Avendaño", "Garzón", "Bohórquez", "Cuervo",
                  "Murcia", "Niño", "Salamanca", "Ramírez", "Vargas", "Moreno", "Rojas", "Herrera",
                  "Peña", "Acosta", "Chaparro", "Rozo", "Sarmiento", "Ardila", "Bautista"])
COMMON_GIVEN_M = ["José Luis", "Carlos Alberto", "Juan Carlos", "José Antonio", "Carlos Andrés",
                  "Luis Carlos", "José Manuel", "Carlos Mario"]
COMMON_GIVEN_F = ["María Elena", "María Isabel", "María Eugenia", "Ana María", "María Fernanda"]

NICK = {"Francisco": "Pacho", "Antonio": "Toño", "Jesús": "Chucho", "Camila": "Cami",
        "José": "Pepe", "Guillermo": "Memo", "Alejandro": "Alejo", "Sebastián": "Sebas",
        "Santiago": "Santi", "Gustavo": "Tavo", "Alberto": "Beto", "Roberto": "Beto",
        "Luis": "Lucho", "Fernando": "Fercho", "Mauricio": "Mao", "Rafael": "Rafa",
        "Daniela": "Dani", "Valentina": "Vale", "Catalina": "Cata", "Carolina": "Caro",
        "Natalia": "Nati", "Juliana": "Juli", "Eduardo": "Lalo", "Gabriel": "Gabo",
        "Ignacio": "Nacho", "Enrique": "Quique", "Manuel": "Manolo", "Mercedes": "Meche",
        "Dolores": "Lola", "Ricardo": "Richi", "Rodrigo": "Rodri", "Nicolás": "Nico",
        "Felipe": "Pipe", "Alejandra": "Aleja", "Fernanda": "Fer"}
NICK_COMPOUND = {"María José": "Majo", "Juan Pablo": "Juanpa", "Juan David": "Juanda",
                 "Juan Esteban": "Juanes", "Andrés Felipe": "Pipe", "Juan Camilo": "Juancho",
                 "Luis Fernando": "Luisfer", "Juan Felipe": "Pipe", "Jesús María": "Chucho",
                 "Luisa Fernanda": "Luisa"}
ALIAS_M = ["Mono", "Negro", "Flaco", "Gordo", "Pelao"]
ALIAS_F = ["Mona", "Negra", "Flaca"]

PERSON_KINDS = [('propietario', 40), ('maestro_obra', 19), ('plomero', 8), ('electricista', 10),
                ('pintor', 8), ('contratista', 7), ('ingeniero', 5), ('arquitecto', 3)]
ORG_KINDS = [('constructora', 17), ('contratista_obras', 22), ('ferreteria', 12), ('empresa', 20),
             ('familiar', 12), ('ph', 17)]
PREFIX = {
    'constructora': ["Constructora", "Construcciones", "Promotora", "Proyectos y Construcciones",
                     "Diseños y Construcciones", "Urbanizadora"],
    'contratista_obras': ["Obras Civiles", "Ingeniería y Montajes", "Montajes Eléctricos",
                          "Soluciones Hidráulicas", "Remodelaciones", "Acabados",
                          "Drywall y Techos", "Mantenimientos", "Servicios Integrales",
                          "Instalaciones Eléctricas", "Impermeabilizaciones",
                          "Redes Hidrosanitarias", "Estructuras Metálicas"],
    'ferreteria': ["Ferretería", "Depósito de Materiales", "Ferreléctricos",
                   "Ferretería y Eléctricos", "Distribuidora", "Materiales", "Pinturas"],
    'empresa': ["Carpintería", "Vidrios y Aluminios", "Cerrajería", "Talleres", "Maderas",
                "Inmobiliaria", "Mármoles", "Cocinas Integrales", "Ornamentación", "Transportes"],
    'familiar': ["Inversiones", "Inversiones y Construcciones", "Comercializadora", "Grupo"],
}
STEMS = ["Altavista", "Arkos", "Novaterra", "Kalos", "Constructec", "Andina", "del Oriente",
         "Antioqueña", "La 80", "La 33", "San Diego", "Los Andes", "El Progreso", "La Esperanza",
         "Monteverde", "Aburrá", "Bellavista", "Guayacán", "Prisma", "Ébano", "Horizonte",
         "Cúspide", "Piedra Blanca", "Roble", "Ceiba", "Tierra Firme", "Cimientos", "Solar",
         "Terranova", "Vértice", "Arquímedes", "Ángulo", "Nivel", "Plomada", "El Tornillo",
         "El Martillo", "La Llave", "El Tubo", "Cedro", "Santa Fe", "Capital", "Sabana", "Nogal",
         "Pacífico", "Panorama", "Meridiano", "Paralelo", "Escuadra", "Compás", "Guadua",
         "Alcázar", "Mirador", "Las Palmas", "Niquía", "El Cerro", "Yarumal", "Cordillera",
         "Roca Firme", "Cantera", "Acuarela", "Luminar", "Voltaje", "Tubosur", "Hidroandes",
         "Maderandes", "Vitral", "Cristalux", "Aluvidrio", "Cerrasur", "Ferrosur", "Metalnorte",
         "Electroandes", "Pintuexpress", "Colorama", "Obrasur", "Tecnoobras", "Inmoarq",
         "Arquitectónica", "Proyectar", "Edifica", "Habitat", "Espacios", "Ambientes"]
INITIAL_STEMS = ["JM", "R&G", "JR", "LF", "A&C", "HG", "DM", "JC", "MR", "GyM", "CyR", "LyM"]
PH_PREFIX = ["Conjunto Residencial", "Edificio", "Unidad Residencial", "Urbanización",
             "Conjunto Residencial", "Edificio", "Parcelación", "Centro Comercial"]
PH_NAMES = dedupe(["Los Almendros", "Los Cerezos", "Torres del Bosque", "Balcones de la Loma",
                   "Mirador de San Antonio", "Hacienda Real", "Portal de las Flores",
                   "Altos del Poblado", "Bosques de Zúñiga", "Reservas de la Sierra",
                   "Palmas del Río", "Torres de Aragón", "Camino Verde", "Pino Alto",
                   "Terrazas de Bello", "Parque Residencial Niquía", "Senderos de Calasanz",
                   "Villa Laura", "Arboleda del Campestre", "Cantares", "Quintas de San Felipe",
                   "Prados de Sabaneta", "Alameda del Río", "Bosque Izarra", "Rincón de Belén",
                   "Mirador del Norte", "Torres de Santa María", "Portón de Envigado",
                   "Colinas de Suramérica", "Guaduales", "Nogales de Cedritos", "Balcones de Niza",
                   "Reserva de Modelia", "Torres de Castilla", "Montecarlo", "Santa Bárbara",
                   "Los Pinos", "La Colina", "Vegas de la Doctora", "Altos de Calasanz",
                   "Torres de la Pradera", "Samanes", "Guayacanes", "Cedros del Campestre",
                   "Mirador de los Andes", "Balcones del Parque", "Torre Ébano", "Atlantis",
                   "Plaza Mayor", "Bosques de San Jorge", "Entreparques", "Altos de la Pradera",
                   "Hojas de Otoño", "La Toscana", "Puerta del Sol", "Jardines de la Ceja",
                   "Sotavento", "Barlovento", "Aires del Campo", "Villas de San Nicolás",
                   "Rincón del Bosque", "Parques de la Colina", "Portal del Este", "Fontana",
                   "Nueva Castilla", "Calasanz Real", "Mirador de Sabaneta", "Recodo del Río",
                   "Alcázar de Oriente", "Montañita", "Bambú", "Sierra Morena", "Colina Real",
                   "Torres de Niza", "Quinta Camacho", "Arrayanes", "Brisas del Norte",
                   "Acacias", "El Refugio", "Los Naranjos", "Mangos del Sur", "Pradera Alta",
                   "San Lucas", "Pinares", "Ceibas", "Cerezos del Sur", "Vistas del Valle",
                   "Madeiras", "Siena", "Verona", "Florencia", "Toledo", "Sevilla"])
LEGAL = {
    'SAS': ['S.A.S.', 'SAS', 'S.A.S', 'S. A. S.', 'sas'],
    'LTDA': ['Ltda.', 'LTDA', 'Ltda', 'Limitada', 'LTDA.'],
    'SA': ['S.A.', 'SA', 'S. A.', 'S.A'],
    'EU': ['E.U.', 'EU', 'Empresa Unipersonal', 'E.U'],
    'CIA': ['& Cía. S. en C.', '& CIA S EN C', 'y Cía. S. en C.', '& Cía S en C'],
    'PH': ['P.H.', 'PH', '- Propiedad Horizontal', 'P. H.', 'Propiedad Horizontal'],
}
LEGAL_BY_KIND = {
    'constructora': [('SAS', 60), ('SA', 15), ('LTDA', 20), ('CIA', 5)],
    'contratista_obras': [('SAS', 70), ('LTDA', 15), ('EU', 10), ('CIA', 5)],
    'ferreteria': [('SAS', 55), ('LTDA', 25), ('EU', 10), ('CIA', 10)],
    'empresa': [('SAS', 60), ('LTDA', 25), ('EU', 10), ('SA', 5)],
    'familiar': [('SAS', 70), ('CIA', 20), ('LTDA', 10)],
    'ph': [('PH', 100)],
}
NIT_RANGES = {
    'SAS': [(900100000, 901799999)],
    'EU': [(900000000, 900400000)],
    'LTDA': [(800000000, 800260000), (811000000, 811049999), (830000000, 830150000)],
    'SA': [(890900000, 890999999), (860000000, 860090000), (811000000, 811040000)],
    'CIA': [(800010000, 800250000), (890900000, 890950000)],
    'PH': [(900050000, 901700000), (811020000, 811045000), (800100000, 800250000)],
}
ABBR = [("Proyectos y Construcciones", "Proy. y Const."), ("Diseños y Construcciones", "D&C"),
        ("Inversiones y Construcciones", "Inv. y Const."), ("Constructora", "Constr."),
        ("Construcciones", "Const."), ("Inversiones", "Inv."), ("Ingeniería", "Ing."),
        ("Ferretería", "Ferret."), ("Depósito de Materiales", "Dep. de Mat."),
        ("Distribuidora", "Dist."), ("Comercializadora", "Cial."),
        ("Conjunto Residencial", "Conj. Res."), ("Unidad Residencial", "U.R."),
        ("Edificio", "Ed."), ("Urbanización", "Urb."), ("Soluciones", "Sol."),
        ("Servicios", "Serv."), ("Mantenimientos", "Mttos."), ("Instalaciones", "Inst."),
        ("Remodelaciones", "Remod."), ("Montajes", "Mont."), ("Centro Comercial", "C.C."),
        ("Parcelación", "Parc."), ("Materiales", "Mat."), ("Promotora", "Prom.")]
ACCT_FIRST = ["Martha Lucía", "Gloria", "Adriana", "Luz Elena", "Jorge", "Hernán", "Claudia",
              "Beatriz", "Fabio", "Olga"]

WEBMAIL = [('gmail.com', 50), ('hotmail.com', 22), ('yahoo.com', 4), ('yahoo.es', 4),
           ('outlook.com', 6), ('hotmail.es', 4), ('une.net.co', 4), ('live.com', 2),
           ('outlook.es', 2)]
WEBMAIL_DOMAINS = [d for d, _ in WEBMAIL]

HN_RULES = {
    'father_son': "Father and son with the same given names and first surname are two customers: each has his own cédula; the second (maternal) surname tells them apart.",
    'siblings': "Siblings share both surnames (and often the parents' address or landline) but each is a customer under his or her own cédula.",
    'spouse': "Spouses are separate customers, each invoiced under his or her own cédula, even at one house, one landline or one family e-mail; the 'de' married surname does not make her his account.",
    'owner_vs_own_firm': "A person and the S.A.S. he owns are different customers (cédula vs NIT), even at one address with one mobile.",
    'common_name_same_town': "A common name in the same town is not the same customer when the second surname or second given name differs and no contact detail is shared.",
    'homonym_other_town': "An identical name in another town with no shared e-mail, phone or address is another person with another cédula.",
    'same_building_neighbor': "Residents of one building or conjunto are separate customers; a shared street address (different apartment) does not link them.",
    'ph_vs_resident': "The propiedad horizontal (conjunto / edificio, with its own NIT) and a resident buying for his apartment are different customers, even with the portería phone.",
    'sibling_firm_same_stem': "Companies of one family group sharing a name stem (and sometimes the office or the landline) are separate customers, each with its own NIT.",
    'same_tradename_other_town': "The same trade name in another town, with other NIT and contacts, is an unrelated firm.",
    'shared_accountant_email': "An invoicing mailbox of an outsourced accountant (contador) serves several companies; sharing it does not make them one customer.",
    'maestro_phone_on_client': "The customer is who is invoiced (the home owner); the maestro's mobile written on the order as contact does not make it the maestro's account.",
    'employee_personal_purchase': "A firm's employee or contact person buying for himself is a customer of his own, not the firm.",
    'ph_other_stage': "Each propiedad horizontal (etapa / torre constituted separately) has its own NIT; one administrator, mailbox or phone for two etapas does not merge them.",
    'new_tenant_same_local': "A different business now at a former customer's premises (same local / bodega, inherited landline) is a new customer.",
}
HN_TYPES = list(HN_RULES.keys())

# ----------------------------------------------------------------------------
# text helpers
# ----------------------------------------------------------------------------


def fold(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch))


def strip_acc(s):
    out = []
    for ch in s:
        out.append(ch if ch in 'ñÑ' else fold(ch))
    return ''.join(out)


def moji(s):
    if s is None:
        return None
    return s.encode('utf-8').decode('cp1252', errors='replace')


MOJI_FIX = [('Ã¡', 'á'), ('Ã©', 'é'), ('Ã\xad', 'í'), ('Ã³', 'ó'), ('Ãº', 'ú'), ('Ã±', 'ñ'),
            ('Ã¼', 'ü'), ('Ã‰', 'É'), ('Ã“', 'Ó'), ('Ãš', 'Ú'), ('Ã‘', 'Ñ'), ('Ãœ', 'Ü'),
            ('Ã\ufffd', 'A')]


def fix_moji(s):
    if 'Ã' not in s:
        return s
    try:
        return s.encode('cp1252').decode('utf-8')
    except (UnicodeEncodeError, UnicodeDecodeError):
        for a, b in MOJI_FIX:
            s = s.replace(a, b)
        return s


def slug(s):
    s = fold(s).lower()
    return re.sub(r'[^a-z0-9]', '', s)


def txt(s, case, accent, enye):
    if not s:
        return s
    if enye == 'n':
        s = s.replace('ñ', 'n').replace('Ñ', 'N')
    elif enye == 'ni':
        s = s.replace('ñ', 'ni').replace('Ñ', 'NI')
    if accent == 'drop':
        s = strip_acc(s)
    if case == 'upper':
        s = s.upper()
    elif case == 'lower':
        s = s.lower()
    if accent == 'nfd':
        s = unicodedata.normalize('NFD', s)
    return s


KEYB = {'a': 'sq', 'b': 'vn', 'c': 'xv', 'd': 'sf', 'e': 'wr', 'f': 'dg', 'g': 'fh', 'h': 'gj',
        'i': 'uo', 'j': 'hk', 'k': 'jl', 'l': 'k', 'm': 'n', 'n': 'bm', 'o': 'ip', 'p': 'o',
        'q': 'w', 'r': 'et', 's': 'ad', 't': 'ry', 'u': 'yi', 'v': 'cb', 'w': 'qe', 'x': 'zc',
        'y': 'tu', 'z': 'x'}


def apply_typo(s, t):
    kind, frac, k = t
    pos = [i for i in range(1, len(s)) if s[i].isalpha() and s[i - 1].isalpha()
           and s[i].lower() in KEYB]
    if len(pos) < 3:
        return s
    i = pos[min(len(pos) - 1, int(frac * len(pos)))]
    ch = s[i]
    if kind == 'drop':
        return s[:i] + s[i + 1:]
    if kind == 'dup':
        return s[:i] + ch + s[i:]
    if kind == 'swap' and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != ch:
        return s[:i] + s[i + 1] + ch + s[i + 2:]
    nb = KEYB[ch.lower()]
    rep = nb[k % len(nb)]
    if ch.isupper():
        rep = rep.upper()
    return s[:i] + rep + s[i + 1:]


def new_typo():
    return [R.choice(['drop', 'dup', 'swap', 'sub', 'sub']), round(R.random(), 4), R.randrange(3)]


def nit_dv(n):
    w = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
    s = sum(int(d) * w[i] for i, d in enumerate(reversed(n)))
    r = s % 11
    return str(r if r < 2 else 11 - r)


def dotted(n):
    out = ''
    while len(n) > 3:
        out = '.' + n[-3:] + out
        n = n[:-3]
    return n + out


def fmt_nit(n, v):
    dv = nit_dv(n)
    return [dotted(n) + '-' + dv, n + '-' + dv, n + dv, n + ' ' + dv][v % 4]


# ----------------------------------------------------------------------------
# normalisation used for evidence / shared / findability (re-implemented in check.py)
# ----------------------------------------------------------------------------

STOP = ['de', 'del', 'la', 'las', 'los', 'el', 'don', 'dona', 'sr', 'sra', 'senor', 'senora',
        'ing', 'inge', 'arq', 'dr', 'dra', 'maestro', 'nit', 'cc', 'consumidor', 'final',
        'particular', 'na', 'obra', 'cliente']
ORG_STOP = ['e', 'y', 'cia']
LEGAL_RES = [re.compile(p) for p in [
    r'\bs\s*\.?\s*a\s*\.?\s*s\b\.?', r'\bs\s*\.?\s*en\s*c\b\.?', r'\bs\s*\.?\s*a\b\.?',
    r'\bltda\b\.?', r'\blimitada\b', r'\be\s*\.?\s*u\b\.?', r'\bempresa unipersonal\b',
    r'\bp\s*\.?\s*h\b\.?', r'\bpropiedad horizontal\b', r'&\s*cia\b\.?', r'\bcia\b\.?']]
PLACEHOLDERS = ['consumidor final', 'particular', 'na', 'n a', 'ninguna', 'no aplica']


def norm_text(s):
    s = fix_moji(s)
    s = ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch))
    return s.lower()


def is_placeholder(s):
    return ' '.join(re.findall(r'[a-z0-9]+', norm_text(s))) in PLACEHOLDERS


def tokens_of(s, org):
    s = norm_text(s)
    s = re.sub(r'\([^)]*\)', ' ', s)
    if org:
        for rx in LEGAL_RES:
            s = rx.sub(' ', s)
    out = []
    for t in re.findall(r'[a-z0-9]+', s):
        if any(ch.isdigit() for ch in t):
            continue
        if t in STOP or (org and t in ORG_STOP):
            continue
        out.append(t)
    return out


def name_tokens(c):
    comp = c.get('companyName')
    if comp and not is_placeholder(comp):
        parts, org = [c.get('displayName'), comp], True
    else:
        parts, org = [c.get('displayName'), c.get('givenName'), c.get('familyName')], False
    toks = []
    for p in parts:
        if p:
            for t in tokens_of(p, org):
                if t not in toks:
                    toks.append(t)
    return toks


def lev1(a, b):
    """True when edit distance between a and b is <= 1."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        d = [i for i in range(la) if a[i] != b[i]]
        return len(d) == 1 or (len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]])
    if la > lb:
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1:] == a:
            return True
    return False


def tok_sim(a, b):
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1:
        return 0.5 if a[0] == b[0] else 0.0
    if max(len(a), len(b)) >= 5 and a[0] == b[0] and lev1(a, b):
        return 0.8
    return 0.0


def name_score(q, c):
    if not q or not c:
        return 0.0
    used = [False] * len(c)
    m = 0.0
    for t in q:
        best, bi = 0.0, -1
        for j, u in enumerate(c):
            if used[j]:
                continue
            v = tok_sim(t, u)
            if v > best:
                best, bi = v, j
        if bi >= 0:
            used[bi] = True
            m += best
    return round(2.0 * m / (len(q) + len(c)), 6)


def city_norm(s):
    if not s:
        return None
    t = re.findall(r'[a-z0-9]+', norm_text(s))
    if t[-2:] == ['d', 'c']:
        t = t[:-2]
    elif t[-1:] == ['dc']:
        t = t[:-1]
    j = ' '.join(t)
    return {'santafe de bogota': 'bogota', 'santa fe de bogota': 'bogota',
            'distrito capital': 'bogota'}.get(j, j)


def email_keys(s):
    if not s:
        return []
    out = []
    for x in re.split(r'[;,\s]+', s.strip().lower()):
        if '@' in x and x not in out:
            out.append(x)
    return out


def phone_key_one(chunk):
    d = re.sub(r'\D', '', chunk)
    if len(d) == 12 and d.startswith('57'):
        d = d[2:]
    if len(d) == 10 and d.startswith('57') and d[2] in '124578':
        return 'L' + d[3:]
    if len(d) == 10 and d.startswith('3'):
        return 'M' + d
    if len(d) == 10 and d.startswith('60'):
        return 'L' + d[3:]
    if len(d) == 8:
        return 'L' + d[1:]
    if len(d) == 7:
        return 'L' + d
    if len(d) >= 6:
        return 'X' + d
    return None


def phone_keys(s):
    if not s:
        return []
    out = []
    for ch in re.split(r'/|;|,|\s-\s|\sy\s|\so\s', s):
        k = phone_key_one(ch)
        if k and k not in out:
            out.append(k)
    return out


STREET_CANON = {'calle': 'cl', 'cl': 'cl', 'cll': 'cl', 'clle': 'cl', 'carrera': 'kr', 'cra': 'kr',
                'cr': 'kr', 'kr': 'kr', 'kra': 'kr', 'transversal': 'tv', 'tv': 'tv', 'tr': 'tv',
                'trans': 'tv', 'transv': 'tv', 'diagonal': 'dg', 'dg': 'dg', 'diag': 'dg',
                'avenida': 'av', 'av': 'av', 'avda': 'av', 'ac': 'ac', 'ak': 'ak',
                'circular': 'cq', 'cq': 'cq', 'circ': 'cq', 'cir': 'cq'}
RURAL_START = ['vereda', 'vda', 'km', 'kilometro', 'corregimiento']
RURAL_STOP = ['de', 'la', 'las', 'el', 'los', 'del', 'via', 'y']
NUM_SKIP = ['no', 'n', 'nro', 'numero', 'num']


def addr_tokens(s):
    s = norm_text(s)
    return re.findall(r'[0-9]+|[a-z]+', s)


def addr_key(a):
    if not a or not a.get('line1'):
        return None
    t = addr_tokens(a['line1'])
    if not t:
        return None
    if t[0] in RURAL_START:
        t = t + addr_tokens(a.get('line2') or '')
        out = []
        for x in t:
            x = {'vda': 'vereda', 'kilometro': 'km'}.get(x, x)
            if x in RURAL_STOP:
                continue
            out.append(x)
        return 'R:' + ' '.join(out)
    if t[0] == 'apartado' or t[0] == 'aa' or t[:2] == ['a', 'a']:
        digs = [x for x in t if x.isdigit()]
        return 'AA:' + (digs[0] if digs else '')
    typ = STREET_CANON.get(t[0])
    if typ is None:
        return 'X:' + ' '.join(t)
    i = 1
    if typ == 'av' and len(t) > 1 and STREET_CANON.get(t[1]) in ('cl', 'kr'):
        typ = 'ac' if STREET_CANON[t[1]] == 'cl' else 'ak'
        i = 2
    groups, sur = [], False
    while i < len(t):
        x = t[i]
        if x in ('sur', 'este'):
            sur = True
            i += 1
            continue
        if len(groups) == 3:
            break
        if x.isdigit():
            groups.append(x.lstrip('0') or '0')
        elif groups and (x in ('a', 'b', 'c', 'd', 'aa', 'bb', 'bis')):
            groups[-1] += x
        elif x in NUM_SKIP:
            pass
        else:
            if groups:
                break
        i += 1
    return typ + ':' + '|'.join(groups) + (':S' if sur else '')


def addr_shared(a, b):
    if not a or not b:
        return False
    ka, kb = addr_key(a), addr_key(b)
    if not ka or ka != kb:
        return False
    ca, cb = city_norm(a.get('city')), city_norm(b.get('city'))
    return ca is None or cb is None or ca == cb


def evidence(q, c):
    ev = []
    if set(email_keys(q['email'])) & set(email_keys(c['email'])):
        ev.append('email')
    if set(phone_keys(q['phone'])) & set(phone_keys(c['phone'])):
        ev.append('phone')
    if addr_shared(q['address'], c['address']):
        ev.append('address')
    return ev


def email_domain_shared(q, c):
    dq = [e.split('@')[1] for e in email_keys(q['email'])]
    dc = [e.split('@')[1] for e in email_keys(c['email'])]
    for d in dq:
        if d in dc and d not in WEBMAIL_DOMAINS:
            return True
    return False


def shared_with(q, c):
    out = evidence(q, c)
    tq, tc = name_tokens(q), name_tokens(c)
    if tq and sorted(set(tq)) == sorted(set(tc)):
        out.append('name')
    elif set(tq) & set(tc):
        out.append('name_overlap')
    gq = tokens_of(join(q['givenName'] or '', q['familyName'] or ''), False)
    gc = tokens_of(join(c['givenName'] or '', c['familyName'] or ''), False)
    if 'name' not in out and len(set(gq) & set(gc)) >= 2:
        out.append('contact_name')
    if email_domain_shared(q, c) and 'email' not in out:
        out.append('email_domain')
    cq = city_norm(q['address']['city']) if q['address'] else None
    cc = city_norm(c['address']['city']) if c['address'] else None
    if cq and cq == cc:
        out.append('city')
    return out


# ----------------------------------------------------------------------------
# registries and generators of invented identities
# ----------------------------------------------------------------------------

USED_IDS = set()
USED_CED = set()
USED_NIT = set()
USED_MOB = set()
USED_LAND = set()
USED_EMAIL = set()
USED_ADDR = set()
USED_DISPLAY_CORE = set()


def new_eid():
    while True:
        e = 'c%07x' % R.getrandbits(28)
        if e not in USED_IDS:
            USED_IDS.add(e)
            return e


CED = {
    'ant': {'old_m': [(70000000, 71999999), (8200000, 8999999), (15400000, 15450000)],
            'old_f': [(42700000, 43999999), (32300000, 32599999), (21700000, 21999999)],
            'mid_m': [(71000000, 71799999), (98500000, 98699999), (70500000, 70999999)],
            'mid_f': [(43000000, 43999999), (42800000, 42999999), (39440000, 39450000)],
            'young': [(1017120000, 1017260000), (1036600000, 1036700000), (1037570000, 1037660000),
                      (1040730000, 1040760000), (1128260000, 1128480000), (1152180000, 1152470000),
                      (1020400000, 1020500000)]},
    'bog': {'old_m': [(19100000, 19499999), (17000000, 17199999), (79100000, 79399999)],
            'old_f': [(41300000, 41799999), (20100000, 20399999), (51500000, 51699999)],
            'mid_m': [(79400000, 79999999), (80000000, 80250000)],
            'mid_f': [(51700000, 52999999)],
            'young': [(1010160000, 1010240000), (1012320000, 1012460000), (1014180000, 1014300000),
                      (1018400000, 1018500000), (1019010000, 1019150000), (1022320000, 1022440000),
                      (1030520000, 1030690000), (1032360000, 1032490000)]},
}


def region_group(town):
    return 'ant' if TOWN[town]['region'] == 'Antioquia' else 'bog'


def new_cedula(town, sex, age):
    grp = CED[region_group(town)]
    key = 'young' if age == 'young' else age + '_' + sex
    while True:
        lo, hi = R.choice(grp[key])
        c = str(R.randint(lo, hi))
        if c not in USED_CED:
            USED_CED.add(c)
            return c


def new_nit(legal, town):
    rng = NIT_RANGES[legal]
    if legal in ('LTDA', 'SA'):
        rng = [x for x in rng if (str(x[0])[:2] in ('83', '86')) == (region_group(town) == 'bog')] or rng
    while True:
        lo, hi = R.choice(rng)
        n = str(R.randint(lo, hi))
        if n not in USED_NIT:
            USED_NIT.add(n)
            return n


def new_mobile():
    while True:
        d = R.choice(MOBILE_PREFIX) + '%07d' % R.randrange(1000000, 10000000)
        if d not in USED_MOB:
            USED_MOB.add(d)
            return d


def new_landline(town):
    T = TOWN[town]
    while True:
        first = R.choice(T['landfirst'])
        if town == 'Rionegro':
            loc = R.choice(['531', '561', '562', '537']) + '%04d' % R.randrange(10000)
        else:
            loc = first + '%06d' % R.randrange(1000000)
        if loc not in USED_LAND:
            USED_LAND.add(loc)
            return [T['area'], loc]


def claim_email(local, domain):
    e = local + '@' + domain
    n = 0
    while e in USED_EMAIL:
        n += 1
        e = local + str(R.randrange(1, 99) if n < 5 else R.randrange(100, 9999)) + '@' + domain
    USED_EMAIL.add(e)
    return e


def web_domain():
    return R.choices(WEBMAIL_DOMAINS, [w for _, w in WEBMAIL])[0]


def person_email(p):
    g = [slug(x) for x in p['given']]
    s1, s2 = slug(p['s1']), slug(p['s2'] or '')
    nn = str(R.randrange(1, 99))
    yy = str(R.choice([R.randrange(60, 100), R.randrange(0, 12)])).zfill(2)
    kw = {'maestro_obra': 'maestro', 'plomero': 'plomeria', 'electricista': 'electricos',
          'pintor': 'pinturas', 'contratista': 'obras'}.get(p['kind'])
    pats = [g[0] + s1 + nn, g[0] + '.' + s1, g[0][0] + (g[1][0] if len(g) > 1 else '') + s1,
            g[0] + s1 + (s2[:1]), g[0] + '_' + s1 + yy, s1 + g[0] + nn, g[0] + '.' + s1 + '.' + s2[:3]]
    if p.get('nick'):
        pats.append(slug(p['nick']) + s1)
    if kw:
        pats += [kw + g[0] + nn, kw + '.' + s1, g[0] + s1 + '.' + kw]
    local = R.choice(pats)
    dom = web_domain()
    if p.get('age') == 'young' and dom == 'une.net.co':
        dom = 'gmail.com'
    return claim_email(local, dom)


USED_DOMAIN_BASE = set()


def org_domain(o):
    base = slug(o['stem'])
    if len(base) < 5:
        base = slug(o['prefix'])[:6] + base
    tld = R.choice(['.com.co', '.com.co', '.com', '.co'])
    for b in [base, slug(o['prefix'])[:5] + base, base + slug(o['town'])[:3], base + 'sas', 'grupo' + base]:
        if b not in USED_DOMAIN_BASE:
            USED_DOMAIN_BASE.add(b)
            return b + tld
    while True:
        b = base + str(R.randint(10, 99))
        if b not in USED_DOMAIN_BASE:
            USED_DOMAIN_BASE.add(b)
            return b + tld


def org_emails(o):
    if o['kind'] == 'ph':
        b = slug(o['stem'])
        local = R.choice(['admon' + b, 'administracion.' + b, b + 'ph', 'conjunto' + b,
                          'consejo.' + b])
        return [claim_email(local, R.choice(['gmail.com', 'gmail.com', 'hotmail.com']))]
    if R.random() < 0.4:
        b = slug(o['stem'])
        local = R.choice([slug(o['prefix'])[:10] + b, b + '.sas', b + 'ltda', 'gerencia' + b,
                          'compras.' + b])
        return [claim_email(local, R.choice(['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com']))]
    dom = org_domain(o)
    o['domain'] = dom
    return [claim_email(R.choice(['contabilidad', 'compras', 'gerencia', 'info', 'administracion',
                                  'tesoreria']), dom)]


def invoice_email(o):
    dom = o.get('domain')
    if dom:
        return claim_email(R.choice(['facturacion', 'facturaelectronica', 'recepcionfacturas',
                                     'fe']), dom)
    b = slug(o['stem'])
    return claim_email(R.choice(['facturacion.' + b, 'fe' + b, b + '.facturas']),
                       R.choice(['gmail.com', 'hotmail.com']))


# ------------------------------ addresses -----------------------------------

TYPE_VARIANTS = {
    'Calle': ['Calle', 'Cl', 'Cll', 'CL', 'Cl.', 'Clle', 'Cll.'],
    'Carrera': ['Carrera', 'Cra', 'Cr', 'Kr', 'CR', 'KR', 'Cra.', 'Kra'],
    'Transversal': ['Transversal', 'Tv', 'TV', 'Tr', 'Trans.', 'Transv'],
    'Diagonal': ['Diagonal', 'Dg', 'DG', 'Diag.', 'Diag'],
    'Avenida': ['Avenida', 'Av', 'Av.', 'AV', 'Avda'],
    'Circular': ['Circular', 'Cq', 'CQ', 'Circ.', 'Cir'],
    'Avenida Calle': ['Avenida Calle', 'Av. Calle', 'AC', 'Av Cl', 'Ac'],
    'Avenida Carrera': ['Avenida Carrera', 'Av. Carrera', 'AK', 'Av Cra', 'Ak'],
}
UNIT_VARIANTS = {
    'apto': ['Apto {v}', 'Apto. {v}', 'Apartamento {v}', 'Ap {v}', 'APTO {v}', 'Apt {v}'],
    'int': ['Int {v}', 'Int. {v}', 'Interior {v}'],
    'casa': ['Casa {v}', 'Cs {v}', 'Casa {v}'],
    'local': ['Local {v}', 'Lc {v}', 'Loc. {v}', 'Local {v}'],
    'bodega': ['Bodega {v}', 'Bod. {v}', 'Bodega {v}'],
    'oficina': ['Oficina {v}', 'Of. {v}', 'Ofic {v}'],
}
TOWER_VARIANTS = ['Torre {t} ', 'T{t} ', 'Torre {t} - ', 'Torre {t}, ']
BARRIO_VARIANTS = ['Barrio {b}', 'B/ {b}', '{b}', 'Br. {b}']
NUM_STYLES = ['hash', 'hash_sp', 'no', 'ndeg', 'dian', 'plain', 'hash_tight', 'nro']


def rand_street(town):
    T = TOWN[town]
    types = [('Calle', 45), ('Carrera', 40), ('Transversal', 5), ('Diagonal', 6), ('Avenida', 2)]
    if town == 'Medellín':
        types.append(('Circular', 3))
    if town == 'Bogotá':
        types += [('Avenida Calle', 3), ('Avenida Carrera', 3)]
    typ = R.choices([t for t, _ in types], [w for _, w in types])[0]
    cr, kr = T['calles'], T['carreras']
    if typ in ('Calle', 'Diagonal', 'Avenida Calle'):
        num, cross = R.randint(*cr), R.randint(*kr)
    else:
        num, cross = R.randint(*kr), R.randint(*cr)
    if typ == 'Avenida':
        num = R.choice([33, 80, 30, 43, 65, 70]) if town == 'Medellín' else num
    let = R.choice(['', '', '', '', 'A', 'A', 'B', 'C', 'AA']) if typ != 'Avenida' else ''
    clet = R.choice(['', '', '', 'A', 'B', 'C'])
    sur = False
    if T['sur'] and typ in ('Calle', 'Diagonal'):
        sur = True
    if town == 'Bogotá' and typ in ('Calle', 'Diagonal') and num < 60 and R.random() < 0.35:
        sur = True
    csur = False
    if T['sur'] and typ in ('Carrera', 'Transversal', 'Circular'):
        csur = True
    if town == 'Bogotá' and typ in ('Carrera', 'Transversal', 'Avenida Carrera') and cross < 60 and R.random() < 0.3:
        csur = True
    bis = R.random() < 0.03
    house = R.randint(2, 99)
    hs = str(house)
    if house < 10 and R.random() < 0.7:
        hs = '0' + hs
    return dict(k='u', town=town, type=typ, num=str(num), let=let, bis=bis, sur=sur, csur=csur,
                cross=str(cross), clet=clet, house=hs)


def street_key(a):
    return (city_norm(a['town']), addr_key({'line1': render_line1_plain(a), 'line2': None}))


def render_line1_plain(a):
    return '%s %s%s%s%s # %s%s%s-%s' % (a['type'], a['num'], a['let'], ' Bis' if a['bis'] else '',
                                          ' Sur' if a['sur'] else '', a['cross'], a['clet'],
                                          ' Sur' if a.get('csur') else '', a['house'])


def new_urban(town, unit=None, bld=None, barrio=None):
    while True:
        a = rand_street(town)
        k = street_key(a)
        if k not in USED_ADDR:
            USED_ADDR.add(k)
            break
    b = barrio or R.choice(BARRIOS[town])
    a.update(unit=unit, bld=bld, barrio=b[0], postal=b[1])
    return a


def new_rural(town):
    opts = RURAL[town]
    while True:
        o = R.choice(opts)
        if o[0] == 'vereda':
            a = dict(k='r', town=town, rt='vereda', name=o[1],
                     extra=R.choice(['Finca', 'Finca', 'Parcelación', 'Casa Finca', 'Lote']) + ' ' +
                     R.choice(['La Esperanza', 'El Recreo', 'Villa María', 'Los Guaduales', 'El Edén',
                               'La Palma', 'Santa Inés', 'Bellavista', 'El Retiro', 'Las Acacias',
                               'San José', 'La Fortuna', 'Mi Refugio', 'El Encanto', 'Los Arrayanes',
                               str(R.randint(2, 40))]))
        else:
            a = dict(k='r', town=town, rt='km', name=o[1], km=str(R.randint(o[2], o[3])),
                     extra=R.choice(['Parcelación', 'Condominio', 'Finca', 'Bodega']) + ' ' +
                     R.choice(['Los Saltos', 'Alto Verde', 'San Sebastián', 'El Bosque', 'La Reserva',
                               'Montecielo', 'Hacienda Vieja', 'El Silencio', 'Aguacatala']) +
                     R.choice(['', ' Casa ' + str(R.randint(1, 40)), ' Lote ' + str(R.randint(1, 60))]))
        k = (town, a['name'], a.get('km'), a['extra'])
        if k not in USED_ADDR:
            USED_ADDR.add(k)
            break
    a['postal'] = BARRIOS[town][0][1]
    a['barrio'] = None
    return a


def new_pobox(town):
    while True:
        n = str(R.randint(1000, 99999))
        if ('AA', n) not in USED_ADDR:
            USED_ADDR.add(('AA', n))
            break
    return dict(k='p', town=town, num=n, postal=BARRIOS[town][0][1], barrio=None)


def home_unit(town):
    r = R.random()
    if town in ('Medellín', 'Envigado', 'Bogotá', 'Sabaneta', 'Itagüí', 'Bello') and r < 0.45:
        fl = R.randint(1, 22)
        return ['apto', '%d%02d' % (fl, R.randint(1, 8)), None]
    if r < 0.55:
        return ['int', str(R.randint(1, 3)) + '0' + str(R.randint(1, 4)), None]
    if r < 0.65:
        return ['casa', str(R.randint(1, 80)), None]
    return None


def biz_unit():
    r = R.random()
    if r < 0.3:
        return ['local', str(R.choice([1, 2, 3])) + '%02d' % R.randint(1, 30), None]
    if r < 0.45:
        return ['bodega', str(R.randint(1, 40)), None]
    if r < 0.55:
        return ['oficina', '%d%02d' % (R.randint(2, 15), R.randint(1, 12)), None]
    return None


def new_address(town, purpose='home'):
    if purpose == 'home' and town in RURAL and R.random() < 0.07:
        return new_rural(town)
    if purpose == 'biz' and town in RURAL and R.random() < 0.04:
        return new_rural(town)
    unit = home_unit(town) if purpose == 'home' else biz_unit()
    bld = None
    if unit and unit[0] == 'apto' and R.random() < 0.5:
        bld = R.choice(['Edificio', 'Edificio', 'Conjunto Residencial', 'Torres de']) + ' ' + R.choice(PH_NAMES)
        bld = bld.replace('Torres de Torres', 'Torres')
    return new_urban(town, unit=unit, bld=bld)


def bld_variant(b, v):
    if v == 0:
        return b
    for full, ab in ABBR:
        if b.startswith(full):
            if v == 1:
                return ab + b[len(full):]
            return b[len(full):].strip()
    return b


def render_unit(u, v):
    if not u:
        return ''
    kind, val, tower = u
    vs = UNIT_VARIANTS[kind]
    s = vs[v % len(vs)].format(v=val)
    if tower:
        s = TOWER_VARIANTS[v % len(TOWER_VARIANTS)].format(t=tower) + s
    return s


def addr_lines(a, ad):
    extra1, extra2 = [], []
    if a['k'] == 'u':
        tvs = TYPE_VARIANTS[a['type']]
        t = tvs[ad['tvar'] % len(tvs)]
        sep = ad['lsep']
        num = a['num'] + ((sep + a['let']) if a['let'] else '') + (' Bis' if a['bis'] else '')
        cross = a['cross'] + ((sep + a['clet']) if a['clet'] else '')
        if a.get('csur') and ad['surpos'] == 'after':
            cross += ' Sur'
        h = a['house']
        sa = ' Sur' if (a['sur'] and ad['surpos'] == 'after') else ''
        ns = ad['num']
        if ns == 'hash':
            s = '%s %s%s # %s-%s' % (t, num, sa, cross, h)
        elif ns == 'hash_sp':
            s = '%s %s%s # %s - %s' % (t, num, sa, cross, h)
        elif ns == 'no':
            s = '%s %s%s No. %s-%s' % (t, num, sa, cross, h)
        elif ns == 'ndeg':
            s = '%s %s%s N° %s-%s' % (t, num, sa, cross, h)
        elif ns == 'dian':
            s = '%s %s%s %s %s' % (t, num, sa, cross, h)
        elif ns == 'plain':
            s = '%s %s%s %s-%s' % (t, num, sa, cross, h)
        elif ns == 'hash_tight':
            s = '%s %s%s #%s-%s' % (t, num, sa, cross, h)
        else:
            s = '%s %s%s Nro %s-%s' % (t, num, sa, cross, h)
        if (a['sur'] or a.get('csur')) and ad['surpos'] == 'end':
            s += ' Sur'
        if a.get('bld'):
            b = bld_variant(a['bld'], ad['bvar'])
            if ad['bldg'] == 'l1':
                extra1.append(b)
            elif ad['bldg'] == 'l2':
                extra2.append(b)
        if a.get('unit'):
            u = render_unit(a['unit'], ad['uvar'])
            if ad['unit'] == 'l1':
                extra1.append(u)
            elif ad['unit'] == 'l2':
                extra2.append(u)
        if a.get('barrio') and ad['barrio'] == 'l2':
            extra2.append(BARRIO_VARIANTS[ad['brvar'] % 4].format(b=a['barrio']))
    elif a['k'] == 'r':
        if a['rt'] == 'vereda':
            vs = ['Vereda {n}', 'Vda {n}', 'Vda. {n}', 'Vereda {n}', 'VEREDA {n}']
            s = vs[ad['rvar'] % len(vs)].format(n=a['name'])
        else:
            vs = ['Km {k} vía {n}', 'Km {k} Vía {n}', 'Kilómetro {k} vía {n}', 'Km. {k} via {n}',
                  'KM {k} VIA {n}']
            s = vs[ad['rvar'] % len(vs)].format(k=a['km'], n=a['name'])
        if ad['unit'] == 'l1':
            s = s + ', ' + a['extra']
        elif ad['unit'] == 'l2':
            extra2.append(a['extra'])
    else:
        vs = ['Apartado Aéreo {n}', 'A.A. {n}', 'AA {n}', 'Apartado {n}']
        s = vs[ad['rvar'] % len(vs)].format(n=a['num'])
    if extra1:
        s = s + ' ' + ' '.join(extra1)
    l2 = (', ' if ad['l2sep'] == ',' else ' ').join(extra2) if extra2 else None
    return s, l2


def city_form(town, style):
    base = 'Bogotá D.C.' if town == 'Bogotá' else town
    if style == 'orig':
        return base
    if style == 'upper':
        return base.upper()
    if style == 'upper_noacc':
        return fold(base).upper()
    if style == 'noacc':
        return fold(base)
    if style == 'lower_noacc':
        return fold(base).lower()
    if style == 'lower':
        return base.lower()
    if style.startswith('alt'):
        alts = CITY_ALT.get(town) or [fold(base)]
        return alts[int(style[3:]) % len(alts)]
    return base


def render_addr(e, ad):
    if ad is None:
        return None
    a = e['addrs'][ad['which']]
    l1, l2 = addr_lines(a, ad)
    l1 = txt(l1, ad['case'], ad['accent'], 'keep')
    l2 = txt(l2, ad['case'], ad['accent'], 'keep') if l2 else None
    town = a['town']
    city = None if ad['city'] == 'none' else city_form(town, ad['city'])
    reg = TOWN[town]['region']
    if ad['region'] == 'none':
        region = None
    elif ad['region'] == 'city':
        region = city_form(town, 'orig')
    else:
        fs = REGION_FORMS[reg]
        region = fs[ad['region'] % len(fs)]
    postal = a['postal'] if ad['postal'] else None
    return dict(line1=l1, line2=l2, city=city, region=region, postalCode=postal,
                country=ad['country'])


# ------------------------------ phones / e-mail ------------------------------

def fmt_mobile(d, f):
    a, b, c = d[:3], d[3:6], d[6:]
    return [d, '%s %s %s' % (a, b, c), '+57 %s %s %s' % (a, b, c), '+57' + d,
            '%s-%s-%s' % (a, b, c), '57 ' + d, '(%s) %s %s' % (a, b, c), '%s %s' % (a, b + c),
            '+57 ' + d][f % 9]


def fmt_land(area, loc, f):
    a, b = loc[:3], loc[3:]
    return [area + loc, '%s %s %s' % (area, a, b), '(%s) %s %s' % (area, a, b),
            '+57 %s %s %s' % (area, a, b), '%s %s' % (a, b), '(%s) %s %s' % (area[2], a, b),
            loc, '%s %s' % (area, loc), '%s %s %s' % (a, b[:2], b[2:])][f % 9]


def render_phone(e, ph):
    if ph is None:
        return None
    parts = []
    for n in ph['nums']:
        if n[0] == 'm':
            parts.append(fmt_mobile(e['mobiles'][n[1]], ph['fmt']))
        elif n[0] == 'l':
            ar, loc = e['landlines'][n[1]]
            parts.append(fmt_land(ar, loc, ph['fmt']))
        elif n[0] == 'md':
            parts.append(fmt_mobile(n[1], ph['fmt']))
        elif n[0] == 'ld':
            parts.append(fmt_land(n[1], n[2], ph['fmt']))
    return ' / '.join(parts) if parts else None


def render_email(e, em):
    if em is None:
        return None
    out = []
    for w in em['which']:
        s = e['emails'][w] if isinstance(w, int) else w
        if em['case'] == 'upper':
            s = s.upper()
        elif em['case'] == 'cap':
            s = s[0].upper() + s[1:]
        out.append(s)
    return '; '.join(out) if out else None


# ------------------------------ names -----------------------------------------

def initial(w):
    w = w.split()[-1]
    return w[0] + '.'


def p_given(e, mode):
    g = e['given']
    if mode == 'full':
        return ' '.join(g)
    if mode == 'first':
        return g[0]
    if mode == 'second':
        return g[1] if len(g) > 1 else g[0]
    if mode == 'first_i2':
        return g[0] + ((' ' + initial(g[1])) if len(g) > 1 else '')
    if mode == 'initials':
        return ' '.join(initial(x) for x in g)
    if mode == 'nick':
        return e.get('nick') or g[0]
    if mode == 'alias':
        return e.get('alias') or g[0]
    raise ValueError(mode)


def p_family(e, mode):
    s1, s2 = e['s1'], e['s2']
    if mode == 'full':
        return s1 + ((' ' + s2) if s2 else '')
    if mode == 's1':
        return s1
    if mode == 's1i':
        return s1 + ((' ' + s2[0] + '.') if s2 else '')
    if mode == 'married':
        if e.get('married'):
            return s1 + ' de ' + e['married']
        return p_family(e, 'full')
    if mode == 'de_only':
        if e.get('married'):
            return 'de ' + e['married']
        return s1
    if mode == 'none':
        return ''
    raise ValueError(mode)


def join(*xs):
    return ' '.join(x for x in xs if x)


def render_person_names(e, n):
    gp, fp = p_given(e, n['given']), p_family(e, n['fam'])
    core = join(gp, fp) if n['order'] == 'gf' else join(fp, gp)
    if n['title']:
        core = n['title'] + ' ' + core
    if n['label']:
        core = core + ' ' + n['label']
    c, a, en = n['case'], n['accent'], n['enye']
    core = txt(core, c, a, en)
    if n['typo']:
        core = apply_typo(core, n['typo'])
    dn = core
    if n['id']:
        ced = e['cedula']
        lab = (lambda s: s.lower()) if c == 'lower' else (lambda s: s)
        if n['id'] == 'cc_prefix':
            dn = ced + ' ' + dn
        elif n['id'] == 'cc':
            dn = dn + ' ' + lab('CC') + ' ' + dotted(ced)
        elif n['id'] == 'nit':
            dn = dn + ' ' + lab('NIT') + ' ' + ced + '-' + nit_dv(ced)
        elif n['id'] == 'cf':
            dn = 'CONSUMIDOR FINAL'
    if n['qual']:
        dn = dn + ' (' + n['qual'] + ')'
    gm = n['gn']
    if gm == 'same':
        gn, fn = gp, fp
    elif gm == 'swap':
        gn, fn = fp, gp
    elif gm == 'fullname':
        gn, fn = join(gp, fp), ''
    elif gm == 'given_only':
        gn, fn = gp, ''
    else:
        gn, fn = '', ''
    gn = txt(gn, c, a, en) or None
    fn = txt(fn, c, a, en) or None
    if fn and n['ftypo']:
        fn = apply_typo(fn, n['ftypo'])
    comp = n['comp']
    if comp == 'own':
        comp = txt(join(gp, fp), c, a, en)
    return dn, gn, fn, comp


def org_core(e, mode):
    if mode == 'full':
        return e['core']
    if mode == 'abbr':
        return e['core_abbr'] or e['core']
    if mode == 'short':
        return e['stem']
    if mode == 'renamed':
        return e['core_new'] or e['core']
    if mode == 'stage':
        return e['core']
    raise ValueError(mode)


def legal_str(e, n, key):
    idx = n[key]
    if idx is None:
        return ''
    lk = n['lkey'] or e['legal']
    vs = LEGAL[lk]
    return vs[idx % len(vs)]


def contact_names(ct, mode):
    if mode == 'full':
        return ' '.join(ct['given']), ct['s1'] + ((' ' + ct['s2']) if ct['s2'] else '')
    if mode == 'first':
        return ct['given'][0], ct['s1']
    return ct['given'][0], None


def render_org_names(e, n):
    c, a, en = n['case'], n['accent'], n['enye']
    name = txt(join(org_core(e, n['core']), legal_str(e, n, 'legal')), c, a, en)
    if n['typo']:
        name = apply_typo(name, n['typo'])
    dn = name
    ct = e['contacts'][n['contact']] if n['contact'] is not None else None
    if n['label'] and ct:
        lab = join(ct.get('title'), ct['given'][0])
        dn = dn + ' - ' + txt(lab, c, a, en)
    if n['dcontact'] and ct:
        dn = txt(join(*contact_names(ct, 'full')), c, a, en)
    if n['id']:
        kind, v = n['id']
        nt = fmt_nit(e['nit'], v)
        lab = 'nit' if c == 'lower' else 'NIT'
        if kind == 'nit_suffix':
            dn = dn + ' ' + lab + ' ' + nt
        else:
            dn = lab + ' ' + nt + ' - ' + dn
    if n['qual']:
        dn = dn + ' (' + n['qual'] + ')'
    cn = txt(join(org_core(e, n['ccore']), legal_str(e, n, 'clegal')), c, a, en)
    gn = fn = None
    if ct:
        g, f = contact_names(ct, n['cmode'])
        gn, fn = txt(g, c, a, en) or None, txt(f, c, a, en) or None
    return dn, gn, fn, cn


def render(e, st):
    if e['party'] == 'person':
        dn, gn, fn, cn = render_person_names(e, st['n'])
    else:
        dn, gn, fn, cn = render_org_names(e, st['n'])
    rec = dict(displayName=dn, givenName=gn, familyName=fn, companyName=cn,
               email=render_email(e, st['em']), phone=render_phone(e, st['ph']),
               address=render_addr(e, st['ad']))
    if st.get('moji'):
        for k in ('displayName', 'givenName', 'familyName', 'companyName'):
            rec[k] = moji(rec[k])
        if rec['address']:
            for k in ('line1', 'line2', 'city', 'region'):
                rec['address'][k] = moji(rec['address'][k])
    return rec


FIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone']
ADDR_FIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']


def diff_fields(a, b):
    out = [f for f in FIELDS if a[f] != b[f]]
    if (a['address'] is None) != (b['address'] is None):
        out.append('address')
    elif a['address'] is not None:
        for f in ADDR_FIELDS:
            if a['address'][f] != b['address'][f]:
                out.append('address.' + f)
    return out


# ----------------------------------------------------------------------------
# entities
# ----------------------------------------------------------------------------

def pick_town():
    return R.choices(TOWN_NAMES, TOWN_W)[0]


def surname(town, avoid=()):
    pool = SUR_BOG if region_group(town) == 'bog' else SUR_ANT
    while True:
        s = R.choice(SUR_COMMON) if R.random() < 0.22 else R.choice(pool)
        if s not in avoid:
            return s


def split_given(g):
    w = g.split()
    out = []
    i = 0
    while i < len(w):
        if w[i] in ('de', 'del') and i + 1 < len(w) and out:
            out[-1] = out[-1] + ' ' + w[i] + ' ' + w[i + 1]
            i += 2
        else:
            out.append(w[i])
            i += 1
    return out


def nick_for(given):
    g = ' '.join(given)
    if g in NICK_COMPOUND:
        return NICK_COMPOUND[g]
    for w in given:
        if w in NICK:
            return NICK[w]
    return None


def make_person(town=None, sex=None, age=None, kind=None, given=None, s1=None, s2=None,
                addr=None, married=None):
    town = town or pick_town()
    kind = kind or R.choices([k for k, _ in PERSON_KINDS], [w for _, w in PERSON_KINDS])[0]
    if sex is None:
        sex = 'm' if R.random() < (0.9 if kind not in ('propietario', 'arquitecto') else 0.5) else 'f'
    age = age or R.choices(['old', 'mid', 'young'], [30, 45, 25])[0]
    given = given or split_given(R.choice(MALE if sex == 'm' else FEMALE))
    s1 = s1 or surname(town)
    s2 = s2 if s2 is not None else surname(town, avoid=(s1,))
    p = dict(id=new_eid(), party='person', kind=kind, town=town, sex=sex, age=age,
             given=given, s1=s1, s2=s2, married=None, nick=None, alias=None, title=None)
    if sex == 'f' and married is None and age in ('old', 'mid') and R.random() < 0.45:
        married = surname(town, avoid=(s1, s2))
    p['married'] = married
    if R.random() < 0.9:
        p['nick'] = nick_for(given)
    if kind != 'propietario' and R.random() < 0.2:
        p['alias'] = R.choice(ALIAS_M if sex == 'm' else ALIAS_F)
    if kind == 'ingeniero':
        p['title'] = 'Ing.'
    elif kind == 'arquitecto':
        p['title'] = 'Arq.'
    elif kind == 'maestro_obra' and R.random() < 0.5:
        p['title'] = 'Maestro'
    elif age == 'old':
        p['title'] = 'Don' if sex == 'm' else 'Doña'
    p['cedula'] = new_cedula(town, sex, age)
    p['mobiles'] = [new_mobile()]
    p['landlines'] = [new_landline(town)] if (age != 'young' and R.random() < 0.35) else []
    p['emails'] = [person_email(p)]
    p['addrs'] = [addr if addr is not None else new_address(town, 'home')]
    p['contacts'] = []
    return p


def abbr_of(core):
    out = core
    for full, ab in ABBR:
        if out.startswith(full):
            out = ab + out[len(full):]
            break
    return out if out != core else None


def renamed_core(o):
    if o['kind'] == 'ph':
        return None
    k = o['kind']
    others = [p for p in PREFIX.get(k, PREFIX['empresa']) if p != o['prefix']]
    r = R.random()
    if r < 0.45 and others:
        return R.choice(others) + ' ' + o['stem']
    if r < 0.75:
        return o['stem'] + ' ' + R.choice(['Constructores', 'Ingeniería', 'Soluciones', 'Group',
                                           'Proyectos', 'Acabados', 'Materiales'])
    return o['prefix'] + ' ' + o['stem'] + ' ' + R.choice(['del Oriente', 'Antioquia', 'Colombia',
                                                           'Ingeniería', '& Asociados'])


def make_contact(town, title=None):
    sex = 'm' if R.random() < 0.6 else 'f'
    given = split_given(R.choice(MALE if sex == 'm' else FEMALE))
    s1 = surname(town)
    t = title if title is not None else R.choice([None, None, None, 'Ing.', 'Arq.', 'Sr.' if sex == 'm' else 'Sra.'])
    return dict(given=given, s1=s1, s2=surname(town, avoid=(s1,)), sex=sex, title=t,
                mobile=None)


def make_org(town=None, kind=None, prefix=None, stem=None, legal=None, addr=None):
    town = town or pick_town()
    kind = kind or R.choices([k for k, _ in ORG_KINDS], [w for _, w in ORG_KINDS])[0]
    if kind == 'ph':
        prefix = prefix or R.choice(PH_PREFIX)
        if prefix == 'Parcelación' and town not in RURAL:
            prefix = 'Conjunto Residencial'
        stem = stem or R.choice(PH_NAMES)
    else:
        prefix = prefix or R.choice(PREFIX[kind])
        if stem is None:
            r = R.random()
            if kind == 'familiar' or r < 0.2:
                s1 = surname(town)
                stem = R.choice([s1 + ' ' + surname(town, avoid=(s1,)), s1 + ' & Hijos',
                                 'Hermanos ' + s1, s1 + ' e Hijos'])
                if kind == 'ferreteria' and R.random() < 0.5:
                    stem = 'Don ' + split_given(R.choice(MALE))[0]
            elif r < 0.3:
                stem = R.choice(INITIAL_STEMS)
            else:
                stem = R.choice(STEMS)
    legal = legal or R.choices([k for k, _ in LEGAL_BY_KIND[kind]], [w for _, w in LEGAL_BY_KIND[kind]])[0]
    core = prefix + ' ' + stem
    if legal == 'CIA' and R.random() < 0.5:
        core = stem
    n = 0
    while core.lower() in USED_DISPLAY_CORE:
        n += 1
        if kind == 'ph':
            stem = R.choice(PH_NAMES) + ('' if n < 20 else ' ' + R.choice(['II', 'Real', 'Campestre', 'Club']))
        else:
            stem = R.choice(STEMS) + ' ' + R.choice(['', 'del Sur', 'del Norte', 'Oriente', 'Plus',
                                                      'Express', 'Center', 'Group'])
        stem = stem.strip()
        core = prefix + ' ' + stem
    USED_DISPLAY_CORE.add(core.lower())
    o = dict(id=new_eid(), party='org', kind=kind, town=town, prefix=prefix, stem=stem,
             core=core, legal=legal)
    o['core_abbr'] = abbr_of(core)
    o['core_new'] = None
    o['nit'] = new_nit(legal, town)
    o['contacts'] = [make_contact(town)]
    o['mobiles'] = [new_mobile()]
    o['landlines'] = [new_landline(town)] if R.random() < 0.7 else []
    o['emails'] = org_emails(o)
    if kind == 'ph':
        if addr is None and prefix == 'Parcelación':
            addr = new_rural(town)
            addr['extra'] = core
        o['addrs'] = [addr or new_urban(town, unit=None, bld=None)]
    else:
        o['addrs'] = [addr or new_address(town, 'biz')]
    o['core_new'] = renamed_core(o)
    return o


# ----------------------------------------------------------------------------
# styles
# ----------------------------------------------------------------------------

def person_n():
    return dict(order='gf', given='full', fam='full', title=None, label=None, id=None,
                case='orig', accent='keep', enye='keep', typo=None, gn='same', ftypo=None,
                comp=None, qual=None)


def org_n(e):
    return dict(core='full', legal=0, clegal=0, lkey=None, ccore='full', case='orig',
                accent='keep', enye='keep', typo=None, label=None, id=None, dcontact=False,
                contact=0 if e['contacts'] else None, cmode='full', qual=None)


def default_ad(which=0):
    return dict(which=which, tvar=0, num='hash', lsep='', surpos='after', unit='l2', uvar=0,
                bldg='l2', bvar=0, barrio='drop', brvar=0, l2sep=' ', case='orig', accent='keep',
                city='orig', region=0, postal=True, country='CO', rvar=0)


def base_style(e):
    st = dict(n=person_n() if e['party'] == 'person' else org_n(e), moji=False)
    st['em'] = dict(which=[0], case='lower')
    if e['party'] == 'person' or not e['landlines'] or R.random() < 0.3:
        st['ph'] = dict(nums=[['m', 0]], fmt=1)
    else:
        st['ph'] = dict(nums=[['l', 0]], fmt=1)
    st['ad'] = default_ad(0)
    return st


def qbo_style(e):
    """How the business typed the customer into QuickBooks Online."""
    st = base_style(e)
    n = st['n']
    if e['party'] == 'person':
        r = R.random()
        if r < 0.08:
            n['case'], n['accent'] = 'upper', 'drop'
        elif r < 0.16:
            n['given'], n['fam'] = 'first', 's1'
        elif r < 0.21:
            n['order'] = 'fg'
        elif r < 0.25:
            n['accent'] = 'drop'
        if e.get('married') and R.random() < 0.6:
            n['fam'] = 'married'
        pe, pp, pa = 0.58, 0.88, 0.72
    else:
        r = R.random()
        n['legal'] = n['clegal'] = R.choice([0, 0, 0, 1, 2])
        if r < 0.08:
            n['case'], n['accent'] = 'upper', 'drop'
        elif r < 0.14:
            n['legal'] = None
        if n['contact'] is not None and R.random() < 0.45:
            n['contact'] = None
        elif n['contact'] is not None and R.random() < 0.3:
            n['cmode'] = 'first'
        pe, pp, pa = 0.85, 0.9, 0.78
    ad = st['ad']
    ad['tvar'] = R.choice([0, 0, 0, 1, 2, 3])
    ad['num'] = R.choice(['hash', 'hash', 'hash', 'hash_sp', 'no', 'ndeg'])
    ad['unit'] = 'l2' if R.random() < 0.8 else 'l1'
    ad['barrio'] = 'l2' if R.random() < 0.35 else 'drop'
    ad['postal'] = R.random() < 0.55
    ad['city'] = 'orig' if R.random() < 0.9 else R.choice(['noacc', 'alt0'])
    ad['l2sep'] = R.choice([' ', ','])
    if R.random() > pe:
        st['em'] = None
    if R.random() > pp:
        st['ph'] = None
    elif e['party'] == 'person' and e['landlines'] and R.random() < 0.12:
        st['ph'] = dict(nums=[['l', 0]], fmt=1)
    st['ph'] and st['ph'].update(fmt=R.choice([1, 1, 1, 0, 2, 7]))
    if R.random() > pa:
        st['ad'] = None
    if st['em'] is None and st['ph'] is None and st['ad'] is None:
        st['ph'] = dict(nums=[['m', 0]], fmt=1)
    return st


# ----------------------------------------------------------------------------
# the change-tracking context
# ----------------------------------------------------------------------------

class Ctx:
    def __init__(self, e, st):
        self.e, self.st = e, st
        self.ch = []
        self.addr_in = None
        self.cur = render(e, st)
        self.base = self.cur

    def do(self, what, fn):
        fn()
        new = render(self.e, self.st)
        for f in diff_fields(self.cur, new):
            self.ch.append((f, what))
        if self.cur['address'] is None and new['address'] is not None:
            self.addr_in = 'moved' if what in ('moved', 'site_address') else what
        self.cur = new

    def set(self, sec, key, val, what):
        d = self.st[sec]
        if d is None or d.get(key) == val:
            return False
        self.do(what, lambda: d.__setitem__(key, val))
        return True

    def sec(self, sec, val, what):
        if self.st[sec] == val:
            return False
        self.do(what, lambda: self.st.__setitem__(sec, val))
        return True

    @property
    def person(self):
        return self.e['party'] == 'person'


def finalize_changes(ctx, compared):
    diff = diff_fields(compared, ctx.cur)
    out = []
    for f, w in ctx.ch:
        if f in diff:
            s = f + ':' + w
            if s not in out:
                out.append(s)
    have = [x.split(':')[0] for x in out]
    missing = [f for f in diff if f not in have]
    for f in missing:
        # an address dropped and later re-entered: describe each sub-field against the compared one
        assert f.startswith('address.') and ctx.addr_in, (missing, ctx.ch, compared, ctx.cur)
        a, b = compared['address'][f[8:]], ctx.cur['address'][f[8:]]
        if a is None:
            w = 'added'
        elif b is None:
            w = 'missing'
        elif f == 'address.line1':
            w = 'format' if addr_key(compared['address']) == addr_key(ctx.cur['address']) else ctx.addr_in
        elif norm_loose(a) == norm_loose(b):
            w = 'format'
        else:
            w = ctx.addr_in
        out.append(f + ':' + w)
    order = {f: i for i, f in enumerate(diff)}
    out.sort(key=lambda x: order[x.split(':')[0]])
    return out


# ------------------------------ mutating helpers -----------------------------

def add_email(e, kind='personal'):
    if e['party'] == 'person':
        x = person_email(e)
    else:
        x = invoice_email(e) if kind == 'invoice' else org_emails(e)[0]
    e['emails'].append(x)
    return len(e['emails']) - 1


def add_mobile(e):
    e['mobiles'].append(new_mobile())
    return len(e['mobiles']) - 1


def add_addr(e, town=None, purpose=None):
    town = town or e['addrs'][0]['town']
    purpose = purpose or ('home' if e['party'] == 'person' else 'biz')
    if e['party'] == 'org' and e['kind'] == 'ph':
        a = new_urban(town)
    else:
        a = new_address(town, purpose)
    e['addrs'].append(a)
    return len(e['addrs']) - 1


def email_typo(s):
    local, dom = s.split('@', 1)
    dt = {'gmail.com': ['gmial.com', 'gmail.co', 'gamil.com', 'gmai.com', 'gmail.con'],
          'hotmail.com': ['hotmial.com', 'hotmai.com', 'hotmail.co', 'hotmail.con', 'hotmal.com'],
          'yahoo.es': ['yahoo.ed', 'yaho.es'], 'yahoo.com': ['yaho.com', 'yahoo.co'],
          'outlook.com': ['outlok.com', 'outlook.co'], 'hotmail.es': ['hotmail.com', 'hotmial.es'],
          'une.net.co': ['une.net', 'une.com.co']}
    if dom.endswith('.com.co') and R.random() < 0.6:
        return local + '@' + dom[:-3]
    if dom in dt and R.random() < 0.55:
        return local + '@' + R.choice(dt[dom])
    i = R.randrange(1, max(2, len(local) - 1))
    r = R.random()
    if r < 0.35:
        local = local[:i] + local[i + 1:]
    elif r < 0.6:
        local = local[:i] + local[i] + local[i:]
    elif r < 0.8 and '.' in local:
        local = local.replace('.', R.choice(['_', '']), 1)
    else:
        if i + 1 < len(local):
            local = local[:i] + local[i + 1] + local[i] + local[i + 2:]
        else:
            local = local + str(R.randrange(10))
    return local + '@' + dom


def digit_off(d, lo):
    while True:
        i = R.randrange(lo, len(d))
        nd = str((int(d[i]) + R.choice([1, 9, 3, 7])) % 10)
        x = d[:i] + nd + d[i + 1:]
        if x not in USED_MOB and x not in USED_LAND:
            return x


# ------------------------------ noise operations ------------------------------
# every op returns True when it could apply; the Ctx records field:what effects

def op_case(c):
    return c.set('n', 'case', R.choice(['upper', 'lower']) if c.st['n']['case'] == 'orig' else 'orig', 'case')


def op_accents(c):
    return c.set('n', 'accent', 'drop', 'accents')


def op_moji(c):
    if c.st['moji']:
        return False
    c.do('mojibake', lambda: c.st.__setitem__('moji', True))
    return True


def op_nfd(c):
    return c.set('n', 'accent', 'nfd', 'unicode_nfd')


def has_enye(c):
    e = c.e
    s = (join(*e['given'], e['s1'], e['s2'] or '') if c.person else e['core'])
    return 'ñ' in s.lower()


def op_enye(c):
    if not has_enye(c):
        return False
    return c.set('n', 'enye', R.choice(['n', 'ni']), 'enye')


def op_given_first(c):
    return c.person and c.set('n', 'given', 'first', 'given_shortened')


def op_second_given(c):
    if not c.person or len(c.e['given']) < 2:
        return False
    if c.e['given'][1] in ('María', 'José') or c.e['given'][1].startswith('de ') or c.e['given'][0] in ('María', 'Juan'):
        return False
    return c.set('n', 'given', 'second', 'second_given_used')


def op_given_i2(c):
    return c.person and len(c.e['given']) > 1 and c.set('n', 'given', 'first_i2', 'initials')


def op_initials(c):
    return c.person and c.set('n', 'given', 'initials', 'initials')


def op_nick(c):
    return c.person and bool(c.e.get('nick')) and c.set('n', 'given', 'nick', 'nickname')


def op_alias(c):
    return c.person and bool(c.e.get('alias')) and c.set('n', 'given', 'alias', 'nickname')


def op_fam_s1(c):
    return c.person and c.set('n', 'fam', 's1', 'surname_dropped')


def op_fam_s1i(c):
    return c.person and c.set('n', 'fam', 's1i', 'surname_initial')


def op_married(c):
    if not c.person or not c.e.get('married'):
        return False
    cur = c.st['n']['fam']
    if cur == 'married':
        return c.set('n', 'fam', R.choice(['full', 'de_only']), 'married_name')
    return c.set('n', 'fam', 'married', 'married_name')


def op_order(c):
    return c.person and c.set('n', 'order', 'fg' if c.st['n']['order'] == 'gf' else 'gf', 'order')


def op_title(c):
    if not c.person or c.st['n']['title']:
        return False
    t = c.e.get('title') or R.choice(['Don', 'Sr.'] if c.e['sex'] == 'm' else ['Doña', 'Sra.'])
    return c.set('n', 'title', t, 'title')


def op_label(c):
    if not c.person:
        return False
    k = c.e['kind']
    labs = {'maestro_obra': '(maestro)', 'plomero': '(plomero)', 'electricista': '(electricista)',
            'pintor': '(pintor)', 'contratista': '(contratista)'}
    lab = labs.get(k) or ('- obra ' + (c.e['addrs'][0].get('barrio') or c.e['addrs'][0]['town']))
    return c.set('n', 'label', lab, 'label')


def op_typo(c):
    return c.set('n', 'typo', new_typo(), 'typo')


def op_ftypo(c):
    return c.person and c.set('n', 'ftypo', new_typo(), 'typo')


def op_gn_swap(c):
    return c.person and c.set('n', 'gn', 'swap', 'swapped')


def op_gn_full(c):
    return c.person and c.set('n', 'gn', 'fullname', 'wrong_field')


def op_gn_none(c):
    return c.person and c.set('n', 'gn', 'given_only', 'missing')


def op_comp_placeholder(c):
    return c.person and c.set('n', 'comp', R.choice(['CONSUMIDOR FINAL', 'PARTICULAR', 'N/A']), 'wrong_field')


def op_comp_own(c):
    return c.person and c.set('n', 'comp', 'own', 'wrong_field')


def op_pid(c):
    return c.person and c.set('n', 'id', R.choice(['cc_prefix', 'cc', 'nit']), 'id_in_name')


def op_legal_variant(c):
    if c.person:
        return False
    n = c.st['n']
    cur = n['legal'] if n['legal'] is not None else 0
    v = (cur + R.randrange(1, 4))
    ok = c.set('n', 'legal', v, 'legal_form')
    if R.random() < 0.7:
        ok = c.set('n', 'clegal', v, 'legal_form') or ok
    return ok


def op_legal_drop(c):
    if c.person:
        return False
    ok = c.set('n', 'legal', None, 'legal_form_dropped')
    if R.random() < 0.5:
        ok = c.set('n', 'clegal', None, 'legal_form_dropped') or ok
    return ok


def op_abbr(c):
    if c.person or not c.e['core_abbr']:
        return False
    ok = c.set('n', 'core', 'abbr', 'abbreviation')
    if R.random() < 0.5:
        ok = c.set('n', 'ccore', 'abbr', 'abbreviation') or ok
    return ok


def op_short(c):
    if c.person:
        return False
    ok = c.set('n', 'core', 'short', 'short_form')
    if R.random() < 0.4:
        ok = c.set('n', 'ccore', 'short', 'short_form') or ok
    return ok


def op_renamed(c):
    if c.person or not c.e['core_new']:
        return False
    ok = c.set('n', 'core', 'renamed', 'renamed')
    ok = c.set('n', 'ccore', 'renamed', 'renamed') or ok
    if c.e['legal'] == 'LTDA' and R.random() < 0.6:
        ok = c.set('n', 'lkey', 'SAS', 'renamed') or ok
    return ok


def op_contact_changed(c):
    if c.person:
        return False
    e = c.e
    if len(e['contacts']) < 2:
        e['contacts'].append(make_contact(e['town']))
    cur = c.st['n']['contact']
    nxt = [i for i in range(len(e['contacts'])) if i != cur]
    return c.set('n', 'contact', R.choice(nxt), 'contact_changed')


def op_contact_missing(c):
    return (not c.person) and c.set('n', 'contact', None, 'contact_missing')


def op_contact_label(c):
    if c.person or c.st['n']['contact'] is None:
        return False
    return c.set('n', 'label', 'contact', 'contact_label')


def op_dcontact(c):
    if c.person or c.st['n']['contact'] is None:
        return False
    return c.set('n', 'dcontact', True, 'wrong_field')


def op_oid(c):
    if c.person:
        return False
    return c.set('n', 'id', [R.choice(['nit_suffix', 'nit_suffix', 'nit_prefix']), R.randrange(4)], 'id_in_name')


def op_em_case(c):
    return c.st['em'] is not None and c.set('em', 'case', R.choice(['upper', 'cap']), 'case')


def op_em_missing(c):
    return c.st['em'] is not None and c.sec('em', None, 'missing')


def op_em_new(c):
    i = add_email(c.e)
    if c.st['em'] is None:
        return c.sec('em', dict(which=[i], case='lower'), 'added')
    return c.set('em', 'which', [i], 'new')


def op_em_typo(c):
    em = c.st['em']
    if em is None:
        return False
    w = em['which'][0]
    s = c.e['emails'][w] if isinstance(w, int) else w
    t = email_typo(s)
    if t == s or t in USED_EMAIL:
        return False
    USED_EMAIL.add(t)
    return c.set('em', 'which', [t] + em['which'][1:], 'typo')


def op_em_second(c):
    em = c.st['em']
    if em is None or len(em['which']) > 1:
        return False
    i = add_email(c.e)
    return c.set('em', 'which', em['which'] + [i], 'second_added')


def op_em_added(c):
    if c.st['em'] is not None:
        return False
    return c.sec('em', dict(which=[0], case='lower'), 'added')


def op_ph_format(c):
    ph = c.st['ph']
    if ph is None:
        return False
    return c.set('ph', 'fmt', (ph['fmt'] + R.randrange(1, 9)) % 9, 'format')


def op_ph_missing(c):
    return c.st['ph'] is not None and c.sec('ph', None, 'missing')


def op_ph_new(c):
    i = add_mobile(c.e)
    if c.st['ph'] is None:
        return c.sec('ph', dict(nums=[['m', i]], fmt=R.randrange(9)), 'added')
    return c.set('ph', 'nums', [['m', i]], 'new')


def op_ph_digit(c):
    ph = c.st['ph']
    if ph is None:
        return False
    n = ph['nums'][0]
    if n[0] == 'm':
        x = digit_off(c.e['mobiles'][n[1]], 3)
        USED_MOB.add(x)
        new = ['md', x]
    elif n[0] == 'l':
        ar, loc = c.e['landlines'][n[1]]
        x = digit_off(loc, 1)
        USED_LAND.add(x)
        new = ['ld', ar, x]
    else:
        return False
    return c.set('ph', 'nums', [new] + ph['nums'][1:], 'digit_off')


def op_ph_second(c):
    ph = c.st['ph']
    if ph is None or len(ph['nums']) > 1:
        return False
    e = c.e
    first = ph['nums'][0][0]
    if first == 'm' and e['landlines']:
        add = ['l', 0]
    elif first in ('l', 'ld'):
        add = ['m', 0]
    else:
        add = ['m', add_mobile(e)]
    return c.set('ph', 'nums', ph['nums'] + [add], 'second_added')


def op_ph_land(c):
    ph = c.st['ph']
    e = c.e
    if not e['landlines']:
        return False
    if ph is None:
        return c.sec('ph', dict(nums=[['l', 0]], fmt=R.randrange(9)), 'added')
    return c.set('ph', 'nums', [['l', 0]], 'other_number')


def op_ph_added(c):
    if c.st['ph'] is not None:
        return False
    return c.sec('ph', dict(nums=[['m', 0]], fmt=R.randrange(9)), 'added')


def op_ad_format(c):
    ad = c.st['ad']
    if ad is None:
        return False
    ok = False
    for _ in range(R.choice([1, 2, 2, 3])):
        k = R.choice(['tvar', 'num', 'lsep', 'case', 'surpos', 'rvar', 'uvar', 'bvar'])
        if k == 'tvar':
            v = (ad['tvar'] + R.randrange(1, 6)) % 8
        elif k == 'num':
            v = R.choice(NUM_STYLES)
        elif k == 'lsep':
            v = ' ' if ad['lsep'] == '' else ''
        elif k == 'case':
            v = R.choice(['upper', 'lower']) if ad['case'] == 'orig' else 'orig'
        elif k == 'surpos':
            v = 'end' if ad['surpos'] == 'after' else 'after'
        else:
            v = (ad[k] + R.randrange(1, 4)) % 6
        ok = c.set('ad', k, v, 'format') or ok
    return ok


def op_ad_unit_l1(c):
    return c.st['ad'] is not None and c.set('ad', 'unit', 'l1', 'unit_in_line1')


def op_ad_unit_drop(c):
    ad = c.st['ad']
    if ad is None or c.e['addrs'][ad['which']]['k'] != 'u':
        return False
    return c.set('ad', 'unit', 'drop', 'unit_dropped')


def op_ad_bldg(c):
    ad = c.st['ad']
    if ad is None:
        return False
    return c.set('ad', 'bldg', R.choice(['l1', 'drop']) if ad['bldg'] == 'l2' else 'l2', 'building_name')


def op_ad_barrio(c):
    ad = c.st['ad']
    if ad is None:
        return False
    if ad['barrio'] == 'l2':
        return c.set('ad', 'barrio', 'drop', 'barrio_dropped')
    return c.set('ad', 'barrio', 'l2', 'barrio_added')


def op_ad_postal(c):
    ad = c.st['ad']
    if ad is None:
        return False
    if ad['postal']:
        return c.set('ad', 'postal', False, 'missing')
    return c.set('ad', 'postal', True, 'added')


def op_ad_region(c):
    ad = c.st['ad']
    if ad is None:
        return False
    r = R.random()
    if r < 0.5:
        return c.set('ad', 'region', (ad['region'] + R.randrange(1, 4)) if isinstance(ad['region'], int) else 1, 'format')
    if r < 0.8:
        return c.set('ad', 'region', 'none', 'missing')
    return c.set('ad', 'region', 'city', 'wrong_field')


def op_ad_city(c):
    ad = c.st['ad']
    if ad is None:
        return False
    v = R.choice(['upper', 'upper_noacc', 'noacc', 'lower_noacc', 'lower', 'alt0', 'alt1', 'alt2', 'alt3'])
    w = 'accents' if v in ('noacc',) else 'format'
    return c.set('ad', 'city', v, w)


def op_ad_country(c):
    ad = c.st['ad']
    if ad is None:
        return False
    v = R.choice(['Colombia', 'COLOMBIA', 'COL', 'Co', None])
    return c.set('ad', 'country', v, 'missing' if v is None else 'format')


def op_ad_moved(c, same_town=True):
    ad = c.st['ad']
    e = c.e
    base_town = e['addrs'][ad['which'] if ad else 0]['town']
    if same_town:
        town = base_town
    else:
        near = {'Medellín': ['Envigado', 'Itagüí', 'Bello', 'Sabaneta'], 'Envigado': ['Medellín', 'Sabaneta'],
                'Itagüí': ['Medellín', 'La Estrella', 'Sabaneta'], 'Bello': ['Medellín', 'Copacabana'],
                'Rionegro': ['Guarne', 'Marinilla', 'La Ceja', 'Medellín'], 'Bogotá': ['Chía', 'Soacha', 'Mosquera', 'Funza']}
        town = R.choice(near.get(base_town, ['Medellín']))
    i = add_addr(e, town)
    if ad is None:
        nad = default_ad(i)
        nad['postal'] = R.random() < 0.4
        return c.sec('ad', nad, 'moved' if c.base['address'] else 'added')
    return c.set('ad', 'which', i, 'moved')


def op_ad_moved_town(c):
    return c.st['ad'] is not None and op_ad_moved(c, same_town=False)


def op_ad_site(c):
    e = c.e
    town = e['addrs'][0]['town']
    a = new_address(town, 'home')
    e['addrs'].append(a)
    i = len(e['addrs']) - 1
    if c.st['ad'] is None:
        nad = default_ad(i)
        nad.update(postal=False, region='none', country=None, case='lower', num='hash_tight', tvar=2)
        return c.sec('ad', nad, 'site_address')
    return c.set('ad', 'which', i, 'site_address')


def op_ad_pobox(c):
    if c.person or c.st['ad'] is None or c.e['kind'] == 'ph':
        return False
    e = c.e
    e['addrs'].append(new_pobox(e['addrs'][0]['town']))
    i = len(e['addrs']) - 1
    ok = c.set('ad', 'which', i, 'po_box')
    c.set('ad', 'rvar', R.randrange(4), 'po_box')
    return ok


def op_ad_missing(c):
    return c.st['ad'] is not None and c.sec('ad', None, 'missing')


def op_ad_added(c):
    if c.st['ad'] is not None:
        return False
    nad = default_ad(0)
    nad['postal'] = R.random() < 0.5
    return c.sec('ad', nad, 'added')


LIGHT_P = [op_case, op_accents, op_ph_format, op_em_case, op_ad_format, op_ad_city, op_ad_region,
           op_ad_postal, op_ad_country, op_ad_unit_l1]
MEDIUM_P = [op_given_first, op_fam_s1, op_order, op_title, op_fam_s1i, op_given_i2, op_em_missing,
            op_ph_missing, op_ph_second, op_em_new, op_ad_unit_drop, op_ad_barrio, op_typo, op_gn_none,
            op_enye, op_nfd, op_ph_land, op_em_second, op_pid, op_ad_bldg, op_married]
HARSH_P = [op_nick, op_alias, op_initials, op_typo, op_ftypo, op_moji, op_em_typo, op_ph_digit,
           op_ph_new, op_ad_moved, op_ad_moved_town, op_ad_missing, op_gn_swap, op_gn_full, op_married,
           op_comp_placeholder, op_comp_own, op_second_given, op_label]
LIGHT_O = [op_case, op_accents, op_legal_variant, op_ph_format, op_em_case, op_ad_format, op_ad_city,
           op_ad_region, op_ad_postal, op_ad_country]
MEDIUM_O = [op_legal_drop, op_abbr, op_contact_changed, op_contact_missing, op_contact_label, op_em_new,
            op_ph_land, op_ad_unit_drop, op_typo, op_oid, op_ph_second, op_em_missing, op_ph_missing,
            op_ad_unit_l1, op_enye, op_ad_bldg]
HARSH_O = [op_renamed, op_short, op_dcontact, op_moji, op_em_typo, op_ph_digit, op_ph_new,
           op_ad_moved, op_ad_pobox, op_ad_missing, op_typo, op_ad_moved_town]
NC_BLOCK = [op_nick, op_alias, op_initials, op_second_given, op_renamed, op_dcontact, op_ad_missing,
            op_ad_pobox, op_ad_moved_town, op_ftypo, op_label, op_em_added, op_ph_added, op_ph_second,
            op_em_second, op_ph_land]


def apply_noise(c, profile, nc):
    P = c.person
    light = LIGHT_P if P else LIGHT_O
    med = MEDIUM_P if P else MEDIUM_O
    harsh = HARSH_P if P else HARSH_O
    if profile == 'light':
        plan = [(light, R.choice([0, 1, 1, 1, 2]))]
    elif profile == 'medium':
        plan = [(light, R.choice([0, 1, 1])), (med, R.choice([1, 2, 2]))]
    else:
        plan = [(light, R.choice([0, 1])), (med, R.choice([1, 1, 2])), (harsh, R.choice([2, 2, 3]))]
    typos = 0
    for pool, k in plan:
        pool = [f for f in pool if not (nc and f in NC_BLOCK)]
        done, tries = 0, 0
        while done < k and tries < 25:
            tries += 1
            f = R.choice(pool)
            if f in (op_typo, op_ftypo):
                if nc and typos >= 1:
                    continue
                typos += 1
            if f(c):
                done += 1


# ------------------------------ source habits ----------------------------------

def fam_what(cur):
    return 'married_name' if cur in ('married', 'de_only') else 'surname_added'


def p_or(x):
    return R.random() < x


def src_pos(c, nc):
    n = c.st['n']
    if c.person:
        c.set('n', 'case', 'upper', 'case')
        if p_or(0.85):
            c.set('n', 'accent', 'drop', 'accents')
        c.set('n', 'order', 'gf', 'order')
        if p_or(0.55):
            c.set('n', 'given', 'first', 'given_shortened')
        if p_or(0.5):
            c.set('n', 'fam', 's1', 'surname_dropped')
        elif n['fam'] == 'married':
            c.set('n', 'fam', 'full', 'married_name')
        if p_or(0.2):
            c.set('n', 'id', R.choice(['cc_prefix', 'cc_prefix', 'cc']), 'id_in_name')
        if not nc and p_or(0.1):
            # only the cedula and the first name at the counter
            c.set('n', 'given', 'first', 'given_shortened')
            c.set('n', 'fam', 'none', 'surname_dropped')
            c.set('n', 'id', 'cc_prefix', 'id_in_name')
        if not nc and p_or(0.05):
            c.set('n', 'id', 'cf', 'wrong_field')
        elif p_or(0.15):
            c.set('n', 'comp', 'CONSUMIDOR FINAL', 'wrong_field')
        c.set('n', 'title', None, 'title')
    else:
        c.set('n', 'case', 'upper', 'case')
        c.set('n', 'accent', 'drop', 'accents')
        if p_or(0.4):
            c.set('n', 'legal', None, 'legal_form_dropped')
        else:
            c.set('n', 'legal', 1, 'legal_form')
        c.set('n', 'clegal', n['legal'], 'legal_form')
        c.set('n', 'contact', None, 'contact_missing')
    if c.st['em'] is not None and p_or(0.6):
        c.sec('em', None, 'missing')
    elif c.st['em'] is not None:
        c.set('em', 'case', R.choice(['upper', 'lower']), 'case')
    if c.st['ph'] is not None:
        c.set('ph', 'fmt', R.choice([0, 0, 0, 6]), 'format')
    elif p_or(0.7) and not nc:
        c.sec('ph', dict(nums=[['m', 0]], fmt=0), 'added')
    if c.st['ad'] is not None and p_or(0.45) and not nc:
        c.sec('ad', None, 'missing')
    elif c.st['ad'] is not None:
        for k, v, w in [('case', 'upper', 'format'), ('accent', 'drop', 'accents'),
                        ('tvar', R.choice([3, 5, 1]), 'format'), ('num', R.choice(['dian', 'plain', 'hash']), 'format'),
                        ('unit', 'l1', 'unit_in_line1'), ('barrio', 'drop', 'barrio_dropped'),
                        ('postal', False, 'missing'), ('region', R.choice([1, 'none']), 'format'),
                        ('city', R.choice(['upper_noacc', 'upper']), 'format'),
                        ('country', R.choice(['CO', 'COLOMBIA']), 'format')]:
            c.set('ad', k, v, w if not (k == 'region' and v == 'none') else 'missing')


def src_dian(c, nc):
    n = c.st['n']
    if c.person:
        c.set('n', 'case', 'upper', 'case')
        if p_or(0.7):
            c.set('n', 'accent', 'drop', 'accents')
        if p_or(0.85):
            c.set('n', 'order', 'fg', 'order')
        c.set('n', 'given', 'full', 'given_full')
        if n['fam'] != 'married' or p_or(0.5):
            c.set('n', 'fam', 'full', fam_what(n['fam']))
        c.set('n', 'title', None, 'title')
        if p_or(0.25):
            c.set('n', 'id', 'nit', 'id_in_name')
    else:
        c.set('n', 'case', 'upper', 'case')
        if p_or(0.6):
            c.set('n', 'accent', 'drop', 'accents')
        c.set('n', 'core', 'full', 'abbreviation')
        c.set('n', 'legal', R.choice([0, 1]), 'legal_form')
        c.set('n', 'clegal', n['legal'], 'legal_form')
        c.set('n', 'ccore', 'full', 'abbreviation')
        c.set('n', 'contact', None, 'contact_missing')
        if p_or(0.3):
            c.set('n', 'id', [R.choice(['nit_suffix', 'nit_prefix']), R.randrange(4)], 'id_in_name')
    if not c.person and p_or(0.45):
        if not nc:
            i = add_email(c.e, 'invoice')
            if c.st['em'] is None:
                c.sec('em', dict(which=[i], case='lower'), 'invoice_mailbox')
            else:
                c.set('em', 'which', [i], 'invoice_mailbox')
    elif c.st['em'] is None and not nc and p_or(0.7):
        c.sec('em', dict(which=[0], case='lower'), 'added')
    if c.st['em'] is not None and p_or(0.25):
        c.set('em', 'case', 'upper', 'case')
    if c.st['ph'] is not None:
        if c.e['landlines'] and p_or(0.4) and not nc:
            c.set('ph', 'nums', [['l', 0]], 'other_number')
        c.set('ph', 'fmt', R.choice([0, 0, 6, 7]), 'format')
    if c.st['ad'] is None and not nc:
        nad = default_ad(0)
        c.sec('ad', nad, 'added')
    if c.st['ad'] is not None:
        for k, v, w in [('case', 'upper', 'format'), ('accent', 'drop', 'accents'),
                        ('tvar', R.choice([3, 5, 4]), 'format'), ('num', 'dian', 'format'),
                        ('lsep', ' ', 'format'), ('unit', 'l1', 'unit_in_line1'),
                        ('bldg', R.choice(['l1', 'drop']), 'building_name'),
                        ('barrio', 'drop', 'barrio_dropped'), ('postal', p_or(0.85), 'postal'),
                        ('region', 1, 'format'), ('city', 'upper_noacc', 'format'), ('country', 'CO', 'format')]:
            if k == 'postal':
                w = 'added' if v else 'missing'
            c.set('ad', k, v, w)


def src_whatsapp(c, nc):
    n = c.st['n']
    if c.person:
        c.set('n', 'case', R.choice(['orig', 'orig', 'lower']), 'case')
        if p_or(0.5):
            c.set('n', 'accent', 'drop', 'accents')
        if not nc:
            r = R.random()
            if r < 0.45 and c.e.get('nick'):
                c.set('n', 'given', 'nick', 'nickname')
            elif r < 0.6 and c.e.get('alias'):
                c.set('n', 'given', 'alias', 'nickname')
            elif r < 0.8:
                c.set('n', 'given', 'first', 'given_shortened')
            if p_or(0.2):
                op_label(c)
        c.set('n', 'order', 'gf', 'order')
        r = R.random()
        if r < 0.55:
            c.set('n', 'fam', 's1', 'surname_dropped')
        elif r < 0.65 and not nc:
            c.set('n', 'fam', 'none', 'surname_dropped')
        if p_or(0.25):
            t = c.e.get('title') or ('Don' if c.e['sex'] == 'm' else 'Doña')
            c.set('n', 'title', t, 'title')
    else:
        c.set('n', 'case', R.choice(['orig', 'lower']), 'case')
        if p_or(0.3):
            c.set('n', 'core', 'short', 'short_form')
        if p_or(0.8):
            c.set('n', 'legal', None, 'legal_form_dropped')
            c.set('n', 'clegal', None, 'legal_form_dropped')
        if c.st['n']['contact'] is None:
            c.set('n', 'contact', 0, 'contact_added')
        c.set('n', 'cmode', 'given', 'contact_shortened')
        if p_or(0.3):
            c.set('n', 'label', 'contact', 'contact_label')
    if c.st['em'] is not None and p_or(0.85):
        c.sec('em', None, 'missing')
    # the chat always has a mobile
    mob = 0
    if p_or(0.15) or nc:
        mob = add_mobile(c.e)
    fmt = R.choice([2, 3, 1, 8, 5, 0])
    if c.st['ph'] is None:
        c.sec('ph', dict(nums=[['m', mob]], fmt=fmt), 'added')
    else:
        c.set('ph', 'nums', [['m', mob]], 'new' if mob else 'other_number')
        c.set('ph', 'fmt', fmt, 'format')
    r = R.random()
    if r < 0.4 and not nc:
        if c.st['ad'] is not None:
            c.sec('ad', None, 'missing')
    elif r < 0.7 or nc:
        if nc:
            op_ad_moved(c)
        else:
            op_ad_site(c)
    if c.st['ad'] is not None:
        for k, v, w in [('case', R.choice(['lower', 'orig']), 'format'), ('num', 'hash_tight', 'format'),
                        ('tvar', R.choice([1, 2, 0]), 'format'), ('postal', False, 'missing'),
                        ('region', 'none', 'missing'), ('country', None, 'missing'),
                        ('barrio', R.choice(['l2', 'drop']), 'barrio_added'), ('city', R.choice(['orig', 'noacc', 'lower_noacc']), 'format')]:
            c.set('ad', k, v, w)


def src_credito(c, nc):
    n = c.st['n']
    if c.person:
        for k, v, w in [('case', 'orig', 'case'), ('accent', 'keep', 'accents'), ('given', 'full', 'given_full'),
                        ('order', 'gf', 'order'), ('title', None, 'title'), ('id', None, 'id_in_name'),
                        ('gn', 'same', 'wrong_field'), ('comp', None, 'wrong_field')]:
            c.set('n', k, v, w)
        if c.e.get('married') and p_or(0.7):
            c.set('n', 'fam', 'married', 'married_name')
        else:
            c.set('n', 'fam', 'full', fam_what(n['fam']))
    else:
        for k, v, w in [('case', 'orig', 'case'), ('accent', 'keep', 'accents'), ('core', 'full', 'abbreviation'),
                        ('ccore', 'full', 'abbreviation'), ('legal', 0, 'legal_form'), ('clegal', 0, 'legal_form'),
                        ('cmode', 'full', 'contact_added')]:
            c.set('n', k, v, w)
        if p_or(0.4):
            op_contact_changed(c)
        elif n['contact'] is None:
            c.set('n', 'contact', 0, 'contact_added')
    if c.st['em'] is None and not nc:
        c.sec('em', dict(which=[0], case='lower'), 'added')
    if c.st['em'] is not None and p_or(0.25) and not nc:
        op_em_second(c)
    if c.st['ph'] is not None and p_or(0.4) and not nc:
        op_ph_second(c)
    elif c.st['ph'] is None and not nc:
        c.sec('ph', dict(nums=[['m', 0]], fmt=1), 'added')
    if c.st['ph'] is not None:
        c.set('ph', 'fmt', R.choice([1, 1, 0, 4]), 'format')
    if c.st['ad'] is None and not nc:
        c.sec('ad', default_ad(0), 'added')
    if c.st['ad'] is not None:
        for k, v, w in [('tvar', 0, 'format'), ('num', R.choice(['hash', 'no', 'hash_sp']), 'format'),
                        ('unit', 'l2', 'unit_in_line1'), ('bldg', 'l2', 'building_name'),
                        ('barrio', 'l2', 'barrio_added'), ('case', 'orig', 'format'),
                        ('postal', p_or(0.7), 'postal'), ('region', 0, 'format'),
                        ('country', R.choice(['Colombia', 'CO', 'Colombia']), 'format')]:
            if k == 'postal':
                w = 'added' if v else 'missing'
            c.set('ad', k, v, w)


def src_web(c, nc):
    n = c.st['n']
    case = R.choice(['lower', 'lower', 'orig', 'orig', 'upper'])
    if c.person:
        c.set('n', 'case', case, 'case')
        if p_or(0.55):
            c.set('n', 'accent', 'drop', 'accents')
        c.set('n', 'title', None, 'title')
        c.set('n', 'order', 'gf', 'order')
        if p_or(0.35):
            c.set('n', 'given', 'first', 'given_shortened')
        else:
            c.set('n', 'given', 'full', 'given_full')
        if p_or(0.35):
            c.set('n', 'fam', 's1', 'surname_dropped')
        if p_or(0.08):
            c.set('n', 'comp', 'own', 'wrong_field')
    else:
        c.set('n', 'case', case, 'case')
        if p_or(0.5):
            c.set('n', 'accent', 'drop', 'accents')
        c.set('n', 'legal', R.choice([None, 1, 4, 0]), 'legal_form')
        c.set('n', 'clegal', n['legal'], 'legal_form')
        if n['contact'] is None:
            c.set('n', 'contact', 0, 'contact_added')
        if p_or(0.25) and not nc:
            c.set('n', 'dcontact', True, 'wrong_field')
    if p_or(0.15):
        op_moji(c)
    if c.st['em'] is None:
        if nc:
            op_em_new(c)
        else:
            c.sec('em', dict(which=[0], case='lower'), 'added')
    elif p_or(0.3) or nc:
        op_em_new(c)
    if p_or(0.1):
        c.set('em', 'case', 'cap', 'case')
    if c.st['ph'] is None:
        if not nc:
            c.sec('ph', dict(nums=[['m', 0]], fmt=R.choice([0, 1, 4, 7])), 'added')
    else:
        c.set('ph', 'fmt', R.choice([0, 1, 4, 6, 7, 2]), 'format')
    if c.st['ad'] is None and not nc and p_or(0.9):
        c.sec('ad', default_ad(0), 'added')
    if c.st['ad'] is not None:
        for k, v, w in [('case', R.choice(['lower', 'orig', 'lower']), 'format'),
                        ('accent', R.choice(['drop', 'keep']), 'accents'),
                        ('tvar', R.choice([1, 2, 0, 6]), 'format'), ('num', R.choice(['hash_tight', 'hash', 'plain']), 'format'),
                        ('unit', R.choice(['l1', 'l1', 'l2']), 'unit_in_line1'), ('barrio', 'drop', 'barrio_dropped'),
                        ('postal', p_or(0.2), 'postal'),
                        ('region', R.choice([0, 0, 4, 'none', 'city']), 'format'),
                        ('city', R.choice(['lower_noacc', 'noacc', 'orig', 'lower']), 'format'),
                        ('country', 'Colombia', 'format')]:
            if k == 'postal':
                w = 'added' if v else 'missing'
            if k == 'region' and v == 'none':
                w = 'missing'
            if k == 'region' and v == 'city':
                w = 'wrong_field'
            c.set('ad', k, v, w)


SRC_FN = {'pos_mostrador': src_pos, 'fe_dian': src_dian, 'whatsapp_ventas': src_whatsapp,
          'solicitud_credito': src_credito, 'tienda_web': src_web}


def pick_source(party):
    if party == 'person':
        return R.choices(SOURCES, [27, 14, 26, 13, 20])[0]
    return R.choices(SOURCES, [14, 36, 19, 21, 10])[0]


def pick_profile():
    return R.choices(['light', 'medium', 'harsh'], [36, 40, 24])[0]


# ----------------------------------------------------------------------------
# existing customers
# ----------------------------------------------------------------------------

EXIST = []          # entities in the accounting system
RESERVE = {}        # anchors prepared for hard negatives


def add_exist(e, **flags):
    e.update(flags)
    EXIST.append(e)
    return e


def build_existing():
    persons = 0
    orgs = 0
    RESERVE['owner_firm'] = []
    RESERVE['person_firm'] = []
    RESERVE['acct'] = []
    # father & son both customers
    for _ in range(22):
        town = R.choice(ANT_TOWNS[:6] + ['Bogotá'])
        f = make_person(town=town, sex='m', age='old', kind=R.choice(['maestro_obra', 'propietario', 'contratista']))
        shared_home = R.random() < 0.5
        s = make_person(town=town, sex='m', age='young', kind=R.choice(['maestro_obra', 'electricista', 'propietario']),
                        given=list(f['given']), s1=f['s1'], s2=surname(town, avoid=(f['s1'], f['s2'])),
                        addr=copy.deepcopy(f['addrs'][0]) if shared_home else None)
        if shared_home and f['landlines']:
            s['landlines'] = [list(f['landlines'][0])]
        add_exist(f, trap='father_of')
        add_exist(s, trap='son_of')
        persons += 2
    # siblings both customers
    for _ in range(20):
        town = pick_town()
        a = make_person(town=town, age='mid')
        b = make_person(town=town, age='mid', s1=a['s1'], s2=a['s2'])
        while b['given'][0] == a['given'][0]:
            b['given'] = split_given(R.choice(MALE if b['sex'] == 'm' else FEMALE))
        add_exist(a, trap='sibling')
        add_exist(b, trap='sibling')
        persons += 2
    # couples both customers
    for _ in range(12):
        town = pick_town()
        h = make_person(town=town, sex='m', age=R.choice(['old', 'mid']), kind='propietario')
        w = make_person(town=town, sex='f', age=h['age'], kind='propietario', married=h['s1'],
                        addr=copy.deepcopy(h['addrs'][0]))
        w['s1'] = surname(town, avoid=(h['s1'],))
        if h['landlines']:
            w['landlines'] = [list(h['landlines'][0])]
        add_exist(h, trap='couple')
        add_exist(w, trap='couple')
        persons += 2
    # owner and his S.A.S. both customers (one address, one mobile)
    for _ in range(35):
        town = pick_town()
        p = make_person(town=town, sex='m' if R.random() < 0.8 else 'f', age=R.choice(['old', 'mid']),
                        kind=R.choice(['contratista', 'maestro_obra', 'propietario', 'ingeniero']))
        o = owner_firm(p)
        add_exist(p, trap='owner')
        add_exist(o, trap='firm_of_owner')
        persons += 1
        orgs += 1
    # firms whose owner is not (yet) a customer -> hard negative owner_vs_own_firm
    for _ in range(14):
        p = make_person(town=pick_town(), sex='m', age=R.choice(['old', 'mid']), kind='contratista')
        o = owner_firm(p)
        add_exist(o)
        RESERVE['owner_firm'].append((o, p))
        orgs += 1
    # persons whose firm is not a customer
    for _ in range(10):
        p = make_person(town=pick_town(), sex='m', age=R.choice(['old', 'mid']), kind=R.choice(['contratista', 'ingeniero']))
        o = owner_firm(p)
        add_exist(p)
        RESERVE['person_firm'].append((p, o))
        persons += 1
    # buildings with several customers, some with the P.H. itself
    for bi in range(14):
        town = R.choice(['Medellín', 'Medellín', 'Envigado', 'Bogotá', 'Sabaneta', 'Itagüí', 'Bello'])
        ph = make_org(town=town, kind='ph', prefix=R.choice(['Edificio', 'Conjunto Residencial', 'Unidad Residencial']))
        base = ph['addrs'][0]
        if bi < 9:
            add_exist(ph, trap='building')
            orgs += 1
        used_units = []
        for _ in range(R.randint(3, 5)):
            a = copy.deepcopy(base)
            while True:
                u = ['apto', '%d%02d' % (R.randint(1, 20), R.randint(1, 6)),
                     str(R.randint(1, 4)) if ph['prefix'] != 'Edificio' and R.random() < 0.5 else None]
                if u[1] not in used_units:
                    used_units.append(u[1])
                    break
            a['unit'], a['bld'] = u, ph['core']
            p = make_person(town=town, kind='propietario', addr=a)
            add_exist(p, trap='building')
            persons += 1
    # clusters of common names in one town
    for _ in range(12):
        town = R.choice(['Medellín', 'Bello', 'Itagüí', 'Bogotá', 'Envigado'])
        sex = 'm' if R.random() < 0.7 else 'f'
        g = split_given(R.choice(COMMON_GIVEN_M if sex == 'm' else COMMON_GIVEN_F))
        s1 = R.choice(['García', 'Rodríguez', 'López', 'Martínez', 'González', 'Pérez'])
        s2s = []
        for k in range(R.randint(2, 4)):
            s2 = surname(town, avoid=[s1] + s2s)
            s2s.append(s2)
            gg = list(g) if k < 2 else [g[0], R.choice(['Alberto', 'Antonio', 'Mario', 'Andrés'] if sex == 'm' else ['Cristina', 'Patricia', 'Lucía'])]
            p = make_person(town=town, sex=sex, given=gg, s1=s1, s2=s2)
            add_exist(p, trap='common_name')
            persons += 1
    # homonyms in different towns
    for _ in range(10):
        t1 = R.choice(ANT_TOWNS[:5])
        t2 = R.choice(['Bogotá', 'Rionegro', 'Bello', 'Chía', 'Soacha'])
        if t2 == t1:
            t2 = 'Bogotá'
        a = make_person(town=t1)
        b = make_person(town=t2, sex=a['sex'], given=list(a['given']), s1=a['s1'], s2=a['s2'])
        add_exist(a, trap='homonym')
        add_exist(b, trap='homonym')
        persons += 2
    # outsourced accountants: one mailbox for several small firms
    for ai in range(12):
        g = ACCT_FIRST[ai % len(ACCT_FIRST)]
        s = surname('Medellín')
        mail = claim_email(R.choice(['contadora.', 'contador.', 'asesorias.contables.', 'contabilidad.']) +
                           slug(g.split()[0]) + slug(s), R.choice(['gmail.com', 'hotmail.com']))
        firms = []
        for _ in range(2 if ai < 9 else 3):
            o = make_org(kind=R.choice(['contratista_obras', 'ferreteria', 'empresa']))
            o['emails'] = [mail] + o['emails']
            add_exist(o, acct_mail=mail)
            firms.append(o)
            orgs += 1
        RESERVE['acct'].append((mail, firms))
    # the rest: ordinary customers
    while persons < N_PERSON_EXISTING:
        add_exist(make_person())
        persons += 1
    while orgs < N_EXISTING - N_PERSON_EXISTING:
        add_exist(make_org())
        orgs += 1


def owner_firm(p):
    town = p['town']
    g0 = p['given'][0]
    r = R.random()
    if r < 0.4:
        prefix, stem = R.choice(['Inversiones', 'Inversiones y Construcciones']), p['s1'] + ' ' + (p['s2'] or '')
    elif r < 0.6:
        prefix, stem = 'Ferretería', 'Don ' + g0
    elif r < 0.8:
        prefix, stem = R.choice(PREFIX['contratista_obras'] + PREFIX['constructora']), p['s1'] + ' ' + (p['s2'] or '')
    else:
        prefix, stem = R.choice(PREFIX['contratista_obras']), ''.join(fold(x[0]) for x in p['given']) + ' ' + p['s1']
    stem = stem.strip()
    kind = 'ferreteria' if prefix == 'Ferretería' else 'familiar'
    o = make_org(town=town, kind=kind, prefix=prefix, stem=stem,
                 legal=R.choice(['SAS', 'SAS', 'SAS', 'CIA']) if kind == 'familiar' else 'SAS',
                 addr=copy.deepcopy(p['addrs'][0]) if R.random() < 0.6 else None)
    o['mobiles'] = [p['mobiles'][0]] + o['mobiles']
    o['contacts'] = [dict(given=list(p['given']), s1=p['s1'], s2=p['s2'], sex=p['sex'], title=p.get('title'), mobile=p['mobiles'][0])]
    if R.random() < 0.5:
        o['emails'] = o['emails'] + [p['emails'][0]]
    o['owner'] = p['id']
    return o


def existing_records():
    recs = []
    for e in EXIST:
        st = qbo_style(e)
        if e.get('acct_mail'):
            st['em'] = dict(which=[0], case='lower')
        if e.get('trap') == 'firm_of_owner' or (e['party'] == 'org' and e.get('owner')):
            if st['ph'] is not None and R.random() < 0.7:
                st['ph']['nums'] = [['m', 0]]
        if e.get('trap') == 'building':
            st['ad'] = st['ad'] or default_ad(0)
        if e.get('trap') == 'homonym':
            st['n'].update(given='full', fam='full', order='gf', case='orig', accent='keep')
        if e.get('trap') == 'common_name' and R.random() < 0.6:
            st['n'].update(given='first', fam='s1', order='gf', case='orig', accent='keep')
        e['_st'] = st
        e['_rec'] = render(e, st)
    # QuickBooks display names must be unique: disambiguate "(Town)" or "(2)"
    groups = {}
    order = []
    for e in EXIST:
        k = e['_rec']['displayName'].casefold()
        if k not in groups:
            groups[k] = []
            order.append(k)
        groups[k].append(e)
    taken = [k for k in order]
    taken_set = set(taken)
    for k in order:
        g = groups[k]
        for j, e in enumerate(g[1:], start=2):
            town = e['addrs'][0]['town']
            q = town if e['_st']['ad'] is not None else str(j)
            cand = e['_rec']['displayName'] + ' (' + q + ')'
            if cand.casefold() in taken_set:
                q = str(j)
                cand = e['_rec']['displayName'] + ' (' + q + ')'
            e['_st']['n']['qual'] = q
            e['_rec'] = render(e, e['_st'])
            taken_set.add(cand.casefold())
    EXIST.sort(key=lambda e: e['_rec']['displayName'].casefold())
    names = [e['_rec']['displayName'].casefold() for e in EXIST]
    assert len(set(names)) == len(names)
    for i, e in enumerate(EXIST):
        e['_idx'] = i


# ----------------------------------------------------------------------------
# incoming builders
# ----------------------------------------------------------------------------

ALLREC = []   # (entity_id, record) of everything built so far (for findability tests)


def findable_ok(rec, eid, pool):
    """rec is the clear best name match for entity eid among records in its town."""
    a = rec['address']
    if not a or not a.get('city'):
        return False
    cn = city_norm(a['city'])
    q = name_tokens(rec)
    best = {}
    order = []
    for ent, r in pool:
        if r is rec or not r['address'] or city_norm(r['address'].get('city')) != cn:
            continue
        s = name_score(q, name_tokens(r))
        if ent not in best:
            best[ent] = s
            order.append(ent)
        elif s > best[ent]:
            best[ent] = s
    if eid not in best:
        return False
    t = best[eid]
    other = max([best[x] for x in order if x != eid] or [0.0])
    return t >= 0.5 and t - other >= 0.15


def build_variant(e, base_st, compared, source, profile, target):
    """Copy the compared record's style, apply the source's habits and the profile's noise."""
    for attempt in range(40):
        st = copy.deepcopy(base_st)
        c = Ctx(e, st)
        assert c.cur == compared, (c.cur, compared)
        if st['n'].get('qual'):
            c.set('n', 'qual', None, 'qualifier_dropped')
        nc = target == 'nc'
        SRC_FN[source](c, nc)
        apply_noise(c, profile, nc)
        if nc:
            ev = evidence(c.cur, compared)
            if 'email' in ev:
                r = R.random()
                if r < 0.5:
                    op_em_missing(c)
                elif r < 0.8:
                    op_em_new(c)
                else:
                    op_em_typo(c)
            if 'phone' in set(evidence(c.cur, compared)):
                r = R.random()
                if r < 0.35:
                    op_ph_missing(c)
                elif r < 0.75:
                    op_ph_new(c)
                else:
                    op_ph_digit(c)
            if c.st['ad'] is None or 'address' in evidence(c.cur, compared):
                op_ad_moved(c)
            if c.st['ad'] is not None and c.st['ad']['city'] == 'none':
                c.set('ad', 'city', 'orig', 'format')
        ev = evidence(c.cur, compared)
        if target == 'id' and not ev:
            continue
        if nc:
            if ev or not c.cur['address'] or not compared['address']:
                continue
            if city_norm(c.cur['address']['city']) != city_norm(compared['address']['city']):
                continue
            if not findable_ok(c.cur, e['id'], ALLREC + [(e['id'], c.cur)]):
                continue
        return c, ev
    return None, None


def fresh_record(e, source, light_noise=True):
    st = base_style(e)
    if e['party'] == 'org' and R.random() < 0.3:
        st['n']['contact'] = None
    c = Ctx(e, st)
    SRC_FN[source](c, False)
    if light_noise:
        apply_noise(c, 'light', False)
    return c


# ------------------------------ hard negatives ---------------------------------

def hn_name_what(t):
    return {'father_son': 'second_surname', 'siblings': 'given_names', 'spouse': 'other_person',
            'owner_vs_own_firm': 'person_vs_firm', 'common_name_same_town': 'other_person',
            'homonym_other_town': 'other_person', 'same_building_neighbor': 'other_person',
            'ph_vs_resident': 'person_vs_firm', 'sibling_firm_same_stem': 'other_firm',
            'same_tradename_other_town': 'other_firm', 'shared_accountant_email': 'other_firm',
            'maestro_phone_on_client': 'other_person', 'employee_personal_purchase': 'person_vs_firm',
            'ph_other_stage': 'other_firm', 'new_tenant_same_local': 'other_firm'}[t]


def norm_loose(s):
    return ' '.join(re.findall(r'[a-z0-9]+', norm_text(s))) if s else s


def hn_changes(anchor, rec, t):
    out = []
    for f in diff_fields(anchor, rec):
        if f == 'address':
            out.append('address:' + ('added' if anchor['address'] is None else 'missing'))
            continue
        if f.startswith('address.'):
            a, b = anchor['address'][f[8:]], rec['address'][f[8:]]
        else:
            a, b = anchor[f], rec[f]
        if a is None:
            w = 'added'
        elif b is None:
            w = 'missing'
        elif f == 'email':
            w = 'format' if set(email_keys(a)) & set(email_keys(b)) else 'different'
        elif f == 'phone':
            w = 'format' if set(phone_keys(a)) & set(phone_keys(b)) else 'different'
        elif f == 'address.line1':
            w = 'format' if addr_key(anchor['address']) == addr_key(rec['address']) else 'different'
        elif norm_loose(a) == norm_loose(b):
            w = 'format'
        elif f in ('displayName', 'givenName', 'familyName', 'companyName'):
            w = hn_name_what(t)
        else:
            w = 'different'
        out.append(f + ':' + w)
    return out


def person_like(anchor_e, town, **kw):
    return make_person(town=town, **kw)


def render_hn(e, source, fix):
    """Fresh record of a new entity via a source, then `fix` forces the designed overlap."""
    c = fresh_record(e, source, light_noise=R.random() < 0.5)
    fix(c)
    return c.cur, c.st


def ensure_ad(c, which):
    if c.st['ad'] is None:
        c.st['ad'] = default_ad(which)
    c.st['ad']['which'] = which
    if c.st['ad']['city'] == 'none':
        c.st['ad']['city'] = 'orig'
    c.cur = render(c.e, c.st)


def ensure_phone(c, nums):
    fmt = c.st['ph']['fmt'] if c.st['ph'] else R.randrange(9)
    c.st['ph'] = dict(nums=nums, fmt=fmt)
    c.cur = render(c.e, c.st)


def ensure_email(c, which):
    c.st['em'] = dict(which=[which], case=c.st['em']['case'] if c.st['em'] else 'lower')
    c.cur = render(c.e, c.st)


def full_person_name(c):
    n = c.st['n']
    n['given'], n['fam'] = 'full', ('married' if n['fam'] == 'married' else 'full')
    n['typo'] = None
    c.cur = render(c.e, c.st)


def person_src():
    return R.choices(['pos_mostrador', 'whatsapp_ventas', 'tienda_web', 'solicitud_credito', 'fe_dian'],
                     [22, 24, 26, 16, 12])[0]


def org_src():
    return R.choices(['fe_dian', 'solicitud_credito', 'whatsapp_ventas', 'tienda_web', 'pos_mostrador'],
                     [36, 24, 16, 10, 14])[0]


def anchor_rec(a):
    return a['_rec']


def build_hn():
    out = []
    used_anchor = set()
    persons = [e for e in EXIST if e['party'] == 'person']
    orgs = [e for e in EXIST if e['party'] == 'org']

    def take(cands, k):
        cands = [x for x in cands if x['id'] not in used_anchor]
        R.shuffle(cands)
        sel = cands[:k]
        for x in sel:
            used_anchor.add(x['id'])
        assert len(sel) == k, ('not enough anchors', k, len(cands))
        return sel

    def emit(t, anchor, e, rec, src):
        out.append(dict(type=t, anchor=anchor, ent=e, rec=rec, source=src))

    K = N_HN_PER_TYPE
    # 1 father / son
    cands = [p for p in persons if p['sex'] == 'm' and p['s2'] and p.get('trap') is None and p['age'] != 'young'
             and p['_st']['ad'] is not None]
    for a in take(cands, K):
        town = a['addrs'][0]['town']
        home = R.random() < 0.55
        s = make_person(town=town, sex='m', age='young', kind=R.choice(['propietario', 'maestro_obra', 'electricista']),
                        given=list(a['given']), s1=a['s1'], s2=surname(town, avoid=(a['s1'], a['s2'])),
                        addr=copy.deepcopy(a['addrs'][a['_st']['ad']['which']]) if home else None)
        src = R.choice(['pos_mostrador', 'tienda_web', 'solicitud_credito', 'whatsapp_ventas'])

        def fix(c):
            full_person_name(c)
            if c.st['n']['id'] == 'nit':
                c.st['n']['id'] = None
            if home:
                ensure_ad(c, 0)
            c.cur = render(c.e, c.st)
        rec, _ = render_hn(s, src, fix)
        emit('father_son', a, s, rec, src)
    # 2 siblings
    cands = [p for p in persons if p['s2'] and p.get('trap') is None]
    for a in take(cands, K):
        town = a['addrs'][0]['town']
        home = R.random() < 0.5 and a['_st']['ad'] is not None
        b = make_person(town=town, age=a['age'] if a['age'] != 'old' else 'mid', s1=a['s1'], s2=a['s2'],
                        addr=copy.deepcopy(a['addrs'][a['_st']['ad']['which']]) if home else None)
        while b['given'][0] == a['given'][0]:
            b['given'] = split_given(R.choice(MALE if b['sex'] == 'm' else FEMALE))
        shared_land = a['landlines'] and a['_st']['ph'] and a['_st']['ph']['nums'][0][0] == 'l' and R.random() < 0.6
        if shared_land:
            b['landlines'] = [list(a['landlines'][0])]
        src = person_src()

        def fix(c):
            full_person_name(c)
            if home:
                ensure_ad(c, 0)
            if shared_land:
                ensure_phone(c, [['l', 0]])
        rec, _ = render_hn(b, src, fix)
        emit('siblings', a, b, rec, src)
    # 3 spouse
    cands = [p for p in persons if p['sex'] == 'm' and p.get('trap') is None and p['age'] != 'young'
             and p['_st']['ad'] is not None]
    for a in take(cands, K):
        town = a['addrs'][0]['town']
        w = make_person(town=town, sex='f', age=a['age'], kind='propietario', married=a['s1'],
                        addr=copy.deepcopy(a['addrs'][a['_st']['ad']['which']]))
        w['s1'] = surname(town, avoid=(a['s1'],))
        share_land = bool(a['landlines']) and R.random() < 0.6
        if share_land:
            w['landlines'] = [list(a['landlines'][0])]
        share_mail = a['_rec']['email'] and R.random() < 0.3
        if share_mail:
            w['emails'] = [email_keys(a['_rec']['email'])[0]] + w['emails']
        src = R.choice(['solicitud_credito', 'tienda_web', 'pos_mostrador', 'whatsapp_ventas'])

        def fix(c):
            full_person_name(c)
            if R.random() < 0.6:
                c.st['n']['fam'] = 'married'
            ensure_ad(c, 0)
            if share_land:
                ensure_phone(c, [['l', 0]])
            if share_mail:
                ensure_email(c, 0)
            c.cur = render(c.e, c.st)
        rec, _ = render_hn(w, src, fix)
        emit('spouse', a, w, rec, src)
    # 4 owner vs own firm (both directions)
    of = [x for x in RESERVE['owner_firm']]
    pf = [x for x in RESERVE['person_firm']]
    R.shuffle(of)
    R.shuffle(pf)
    pairs = [(o, p, 'firm_anchor') for o, p in of[:6]] + [(p, o, 'person_anchor') for p, o in pf[:4]]
    for anc, new, how in pairs:
        used_anchor.add(anc['id'])
        src = person_src() if new['party'] == 'person' else org_src()
        a_rec = anc['_rec']

        def fix(c, anc=anc, new=new):
            if new['party'] == 'person':
                full_person_name(c)
            ensure_phone(c, [['m', 0]])
            if anc['_st']['ad'] is not None and addr_key(render_addr(anc, anc['_st']['ad'])) and \
                    new['addrs'][0] == anc['addrs'][anc['_st']['ad']['which']]:
                ensure_ad(c, 0)
            c.cur = render(c.e, c.st)
        rec, _ = render_hn(new, src, fix)
        emit('owner_vs_own_firm', anc, new, rec, src)
    # 5 common name, same town
    def common(p):
        return p['s1'] in SUR_COMMON and p['given'][0] in ('José', 'María', 'Carlos', 'Juan', 'Luis', 'Ana', 'Jorge')
    cands = [p for p in persons if common(p) and p['s2'] and p['_st']['ad'] is not None and p.get('trap') in (None, 'common_name')]
    for a in take(cands, K):
        town = a['addrs'][0]['town']
        if R.random() < 0.5 and len(a['given']) > 1:
            g = [a['given'][0], R.choice(['Alberto', 'Antonio', 'Mario', 'Andrés', 'Fernando'] if a['sex'] == 'm' else ['Cristina', 'Patricia', 'Lucía', 'Eugenia'])]
            if g == a['given']:
                g = [a['given'][0]]
            s2 = a['s2']
        else:
            g = list(a['given'])
            s2 = surname(town, avoid=(a['s1'], a['s2']))
        b = make_person(town=town, sex=a['sex'], given=g, s1=a['s1'], s2=s2)
        src = person_src()

        def fix(c):
            full_person_name(c)
            if c.st['ad'] is None:
                ensure_ad(c, 0)
        rec, _ = render_hn(b, src, fix)
        emit('common_name_same_town', a, b, rec, src)
    # 6 homonym in another town
    cands = [p for p in persons if p['s2'] and p.get('trap') is None and p['_st']['ad'] is not None]
    for a in take(cands, K):
        t0 = a['addrs'][0]['town']
        town = 'Bogotá' if region_group(t0) == 'ant' else R.choice(['Medellín', 'Envigado', 'Rionegro'])
        b = make_person(town=town, sex=a['sex'], given=list(a['given']), s1=a['s1'], s2=a['s2'])
        src = person_src()

        def fix(c):
            full_person_name(c)
            if c.st['ad'] is None:
                ensure_ad(c, 0)
        rec, _ = render_hn(b, src, fix)
        emit('homonym_other_town', a, b, rec, src)
    # 7 neighbour in the same building
    cands = [p for p in persons if p['_st']['ad'] is not None and p['addrs'][p['_st']['ad']['which']]['k'] == 'u'
             and p['addrs'][p['_st']['ad']['which']].get('unit') and p['addrs'][p['_st']['ad']['which']]['unit'][0] == 'apto']
    for a in take(cands, K):
        base = a['addrs'][a['_st']['ad']['which']]
        addr = copy.deepcopy(base)
        while addr['unit'][1] == base['unit'][1]:
            addr['unit'] = ['apto', '%d%02d' % (R.randint(1, 20), R.randint(1, 6)), base['unit'][2]]
        b = make_person(town=base['town'], addr=addr, s1=surname(base['town'], avoid=(a['s1'], a['s2'])))
        src = person_src()

        def fix(c):
            ensure_ad(c, 0)
            if c.st['ad']['unit'] == 'drop':
                c.st['ad']['unit'] = 'l2'
            c.cur = render(c.e, c.st)
        rec, _ = render_hn(b, src, fix)
        emit('same_building_neighbor', a, b, rec, src)
    # 8 P.H. vs a resident
    cands = [o for o in orgs if o['kind'] == 'ph' and o['_st']['ad'] is not None and o['addrs'][0]['k'] == 'u']
    for a in take(cands, K):
        base = a['addrs'][0]
        addr = copy.deepcopy(base)
        addr['unit'] = ['apto' if R.random() < 0.75 else 'casa', '%d%02d' % (R.randint(1, 20), R.randint(1, 6)),
                        str(R.randint(1, 4)) if R.random() < 0.4 else None]
        addr['bld'] = a['core']
        b = make_person(town=base['town'], kind='propietario', addr=addr)
        share_ph = a['landlines'] and R.random() < 0.4
        if share_ph:
            b['landlines'] = [list(a['landlines'][0])]
        src = person_src()

        def fix(c):
            ensure_ad(c, 0)
            if share_ph:
                ensure_phone(c, [['l', 0]])
        rec, _ = render_hn(b, src, fix)
        emit('ph_vs_resident', a, b, rec, src)
    # 9 sibling firm, same name stem
    cands = [o for o in orgs if o['kind'] not in ('ph',) and len(o['stem']) > 3 and not o.get('acct_mail')]
    for a in take(cands, K):
        town = a['addrs'][0]['town']
        kinds = [k for k in PREFIX if k != a['kind']]
        k = R.choice(kinds)
        pre = R.choice([p for p in PREFIX[k] if p != a['prefix']])
        same_office = R.random() < 0.4
        b = make_org(town=town, kind=k, prefix=pre, stem=a['stem'],
                     addr=copy.deepcopy(a['addrs'][0]) if same_office else None)
        if a.get('domain') and R.random() < 0.5:
            b['domain'] = a['domain']
            b['emails'] = [claim_email(R.choice(['gerencia', 'proyectos', 'obras', 'compras2', 'cartera']), a['domain'])]
        share_land = same_office and a['landlines'] and R.random() < 0.5
        if share_land:
            b['landlines'] = [list(a['landlines'][0])]
        src = org_src()

        def fix(c):
            c.st['n']['core'] = 'full'
            if same_office:
                ensure_ad(c, 0)
            if share_land:
                ensure_phone(c, [['l', 0]])
            c.cur = render(c.e, c.st)
        rec, _ = render_hn(b, src, fix)
        emit('sibling_firm_same_stem', a, b, rec, src)
    # 10 same trade name, other town
    cands = [o for o in orgs if o['kind'] not in ('ph', 'familiar') and not o.get('owner')]
    for a in take(cands, K):
        t0 = a['addrs'][0]['town']
        town = R.choice(['Bogotá', 'Soacha', 'Chía']) if region_group(t0) == 'ant' else R.choice(['Medellín', 'Rionegro', 'Bello'])
        USED_DISPLAY_CORE.discard(a['core'].lower())
        b = make_org(town=town, kind=a['kind'], prefix=a['prefix'], stem=a['stem'])
        src = org_src()

        def fix(c):
            c.st['n']['core'] = 'full'
            if c.st['ad'] is None:
                ensure_ad(c, 0)
            c.cur = render(c.e, c.st)
        rec, _ = render_hn(b, src, fix)
        emit('same_tradename_other_town', a, b, rec, src)
    # 11 shared accountant mailbox
    acc = [x for x in RESERVE['acct']]
    for mail, firms in acc[:K]:
        a = firms[0]
        used_anchor.add(a['id'])
        b = make_org(kind=R.choice(['contratista_obras', 'ferreteria', 'empresa', 'constructora']))
        b['emails'] = [mail] + b['emails']
        src = R.choice(['fe_dian', 'fe_dian', 'solicitud_credito', 'tienda_web'])

        def fix(c):
            ensure_email(c, 0)
        rec, _ = render_hn(b, src, fix)
        emit('shared_accountant_email', a, b, rec, src)
    # 12 maestro's mobile on a home owner's order
    cands = [p for p in persons if p['kind'] in ('maestro_obra', 'plomero', 'electricista', 'pintor')
             and p['_st']['ph'] is not None and p['_st']['ph']['nums'][0][0] == 'm' and p.get('trap') is None]
    for a in take(cands, K):
        town = a['addrs'][0]['town']
        b = make_person(town=town, kind='propietario', s1=surname(town, avoid=(a['s1'], a['s2'])))
        b['mobiles'] = [a['mobiles'][a['_st']['ph']['nums'][0][1]]] + b['mobiles']
        src = R.choice(['whatsapp_ventas', 'whatsapp_ventas', 'pos_mostrador'])

        def fix(c):
            ensure_phone(c, [['m', 0]])
            if c.st['ad'] is None:
                ensure_ad(c, 0)
        rec, _ = render_hn(b, src, fix)
        emit('maestro_phone_on_client', a, b, rec, src)
    # 13 a firm's contact person buying for himself
    cands = [o for o in orgs if o['_rec']['givenName'] and o['_rec']['familyName'] and o['kind'] != 'ph'
             and o['_st']['n']['contact'] == 0 and not o.get('owner')]
    for a in take(cands, K):
        ct = a['contacts'][0]
        town = a['addrs'][0]['town']
        b = make_person(town=town, sex=ct['sex'], given=list(ct['given']), s1=ct['s1'], s2=ct['s2'],
                        kind=R.choice(['propietario', 'ingeniero', 'contratista']))
        share_mob = a['_st']['ph'] is not None and a['_st']['ph']['nums'][0][0] == 'm' and R.random() < 0.4
        if share_mob:
            b['mobiles'] = [a['mobiles'][a['_st']['ph']['nums'][0][1]]] + b['mobiles']
        src = R.choice(['tienda_web', 'pos_mostrador', 'whatsapp_ventas', 'solicitud_credito'])

        def fix(c):
            full_person_name(c)
            if share_mob:
                ensure_phone(c, [['m', 0]])
        rec, _ = render_hn(b, src, fix)
        emit('employee_personal_purchase', a, b, rec, src)
    # 14 another etapa of the same conjunto
    cands = [o for o in orgs if o['kind'] == 'ph' and o['addrs'][0]['k'] == 'u']
    for a in take(cands, K):
        base = a['addrs'][0]
        addr = copy.deepcopy(base)
        addr['house'] = str(int(base['house']) + R.choice([2, 4, 6, 10, 12, 20, -2, -4]))
        if int(addr['house']) < 1:
            addr['house'] = str(int(base['house']) + 8)
        USED_DISPLAY_CORE.discard(a['core'].lower())
        stage = R.choice([' Etapa II', ' Etapa 2', ' Segunda Etapa', ' Torre B', ' Etapa III'])
        b = make_org(town=base['town'], kind='ph', prefix=a['prefix'], stem=a['stem'] + stage, addr=addr)
        same_admin_mail = a['_rec']['email'] and R.random() < 0.45
        if same_admin_mail:
            b['emails'] = [email_keys(a['_rec']['email'])[0]] + b['emails']
        share_ph = a['landlines'] and R.random() < 0.3
        if share_ph:
            b['landlines'] = [list(a['landlines'][0])]
        src = org_src()

        def fix(c):
            c.st['n']['core'] = 'full'
            ensure_ad(c, 0)
            if same_admin_mail:
                ensure_email(c, 0)
            if share_ph:
                ensure_phone(c, [['l', 0]])
            c.cur = render(c.e, c.st)
        rec, _ = render_hn(b, src, fix)
        emit('ph_other_stage', a, b, rec, src)
    # 15 new tenant at the same local / bodega
    cands = [o for o in orgs if o['_st']['ad'] is not None and o['addrs'][o['_st']['ad']['which']]['k'] == 'u'
             and o['addrs'][o['_st']['ad']['which']].get('unit') and o['addrs'][o['_st']['ad']['which']]['unit'][0] in ('local', 'bodega', 'oficina')]
    for a in take(cands, K):
        base = a['addrs'][a['_st']['ad']['which']]
        b = make_org(town=base['town'], kind=R.choice(['ferreteria', 'empresa', 'contratista_obras']),
                     addr=copy.deepcopy(base))
        share_land = a['landlines'] and R.random() < 0.4
        if share_land:
            b['landlines'] = [list(a['landlines'][0])]
        src = org_src()

        def fix(c):
            ensure_ad(c, 0)
            if c.st['ad']['unit'] == 'drop':
                c.st['ad']['unit'] = 'l2'
            if share_land:
                ensure_phone(c, [['l', 0]])
            c.cur = render(c.e, c.st)
        rec, _ = render_hn(b, src, fix)
        emit('new_tenant_same_local', a, b, rec, src)
    return out


# ----------------------------------------------------------------------------
# main assembly
# ----------------------------------------------------------------------------

def main():
    out_dir = os.path.dirname(os.path.abspath(__file__))
    if '--out' in sys.argv:
        out_dir = sys.argv[sys.argv.index('--out') + 1]
    os.makedirs(out_dir, exist_ok=True)

    build_existing()
    existing_records()
    for e in EXIST:
        ALLREC.append((e['id'], e['_rec']))

    items = []   # incoming items before shuffling

    # hard negatives
    for h in build_hn():
        a = h['anchor']
        rec = h['rec']
        shared = shared_with(rec, a['_rec'])
        assert [x for x in shared if x not in ('city', 'email_domain')], (h['type'], rec, a['_rec'])
        items.append(dict(cat='hard_negative', ent=h['ent'], rec=rec, source=h['source'],
                          anchor=a, hn_type=h['type'], shared=shared,
                          changes=hn_changes(a['_rec'], rec, h['type'])))
        ALLREC.append((h['ent']['id'], rec))

    # new customers, first occurrences
    new_ents = []
    for i in range(N_NEW_ENT):
        e = make_person() if R.random() < 0.6 else make_org()
        src = pick_source(e['party'])
        c = fresh_record(e, src)
        e['_st1'], e['_rec1'] = c.st, c.cur
        it = dict(cat='new', ent=e, rec=c.cur, source=src, occ=1, changes=[])
        e['_item1'] = it
        items.append(it)
        new_ents.append(e)
        ALLREC.append((e['id'], c.cur))

    # matches of existing customers
    with_addr = [e for e in EXIST if e['_rec']['address'] and e['_rec']['address'].get('city')]
    R.shuffle(with_addr)
    nc_targets = with_addr[:N_NC_MATCH + 40]
    nc_ids = set(e['id'] for e in nc_targets)
    rest = [e for e in EXIST if e['id'] not in nc_ids]
    R.shuffle(rest)
    multi = []
    n_distinct = 640
    distinct = nc_targets + rest[:n_distinct - len(nc_targets)]
    plan = [(e, 'nc' if k < N_NC_MATCH + 40 else 'id') for k, e in enumerate(distinct)]
    extra = N_MATCH - len(plan)
    pool = list(distinct)
    R.shuffle(pool)
    k = 0
    while extra > 0:
        e = pool[k % len(pool)]
        reps = 1 if k < 130 else (2 if k < 150 else 3)
        for _ in range(min(reps, extra)):
            plan.append((e, 'id'))
            extra -= 1
        k += 1
    nc_done = 0
    match_items = []
    for e, target in plan:
        if target == 'nc' and nc_done >= N_NC_MATCH:
            target = 'id'
        src = pick_source(e['party'])
        prof = pick_profile()
        c, ev = build_variant(e, e['_st'], e['_rec'], src, prof, target)
        if c is None and target == 'nc':
            target = 'id'
            c, ev = build_variant(e, e['_st'], e['_rec'], src, prof, 'id')
        if c is None:
            src = 'solicitud_credito'
            prof = 'light'
            c, ev = build_variant(e, e['_st'], e['_rec'], src, prof, 'id')
        assert c is not None
        if target == 'nc':
            nc_done += 1
        it = dict(cat='match', ent=e, rec=c.cur, source=src, profile=prof, evidence=ev,
                  findable='name+city' if not ev else 'identifier', compared=e['_rec'],
                  changes=finalize_changes(c, e['_rec']), ctx=c)
        match_items.append(it)
        ALLREC.append((e['id'], c.cur))
    items += match_items

    # repeats of new customers
    reps = list(REPEAT_PLAN)
    cand = list(new_ents)
    R.shuffle(cand)

    def has_ident(r):
        return bool(r['email'] or r['phone'] or (r['address'] and addr_key(r['address'])))
    with_city = [e for e in cand if e['_rec1']['address'] and e['_rec1']['address'].get('city')]
    n_nc_try = N_NC_REPEAT + 10
    first_part = with_city[:n_nc_try]
    rest_c = [e for e in cand if e not in first_part and has_ident(e['_rec1'])]
    chosen = first_part + rest_c[:len(reps) - n_nc_try]
    assert len(chosen) == len(reps)
    nc_rep = 0
    for idx, (e, occs) in enumerate(zip(chosen, reps)):
        for o in range(2, occs + 1):
            target = 'nc' if (idx < n_nc_try and o == 2 and nc_rep < N_NC_REPEAT) else 'id'
            src = pick_source(e['party'])
            prof = pick_profile()
            c, ev = build_variant(e, e['_st1'], e['_rec1'], src, prof, target)
            if c is None and target == 'nc':
                target = 'id'
                c, ev = build_variant(e, e['_st1'], e['_rec1'], src, prof, 'id')
            if c is None:
                src, prof = e['_item1']['source'], 'light'
                c, ev = build_variant(e, e['_st1'], e['_rec1'], src, prof, 'id')
            assert c is not None, e['_rec1']
            if target == 'nc':
                nc_rep += 1
            it = dict(cat='new', ent=e, rec=c.cur, source=src, occ=o, profile=prof, evidence=ev,
                      findable='name+city' if not ev else 'identifier', compared=e['_rec1'],
                      changes=finalize_changes(c, e['_rec1']), first=e['_item1'])
            items.append(it)
            ALLREC.append((e['id'], c.cur))

    # shuffle; the first occurrence of a new customer precedes its repeats
    R.shuffle(items)
    pos_by_ent = {}
    order_ents = []
    for i, it in enumerate(items):
        if it['cat'] == 'new':
            k = it['ent']['id']
            if k not in pos_by_ent:
                pos_by_ent[k] = []
                order_ents.append(k)
            pos_by_ent[k].append(i)
    groups = {}
    for it in items:
        if it['cat'] == 'new':
            groups.setdefault(it['ent']['id'], []).append(it)
    for k in order_ents:
        its = sorted(groups[k], key=lambda x: x['occ'])
        for p, it in zip(pos_by_ent[k], its):
            items[p] = it

    # final findability audit over the complete set
    full_pool = [(e['id'], e['_rec']) for e in EXIST] + [(it['ent']['id'], it['rec']) for it in items]
    for rnd in range(5):
        bad = []
        for i, it in enumerate(items):
            if it.get('findable') == 'name+city' and not findable_ok(it['rec'], it['ent']['id'], full_pool):
                bad.append(i)
        if not bad:
            break
        for i in bad:
            it = items[i]
            e = it['ent']
            base_st = e['_st'] if it['cat'] == 'match' else e['_st1']
            comp = it['compared']
            c, ev = build_variant(e, base_st, comp, it['source'], it['profile'], 'id')
            if c is None:
                c, ev = build_variant(e, base_st, comp, 'solicitud_credito', 'light', 'id')
            it.update(rec=c.cur, evidence=ev, findable='identifier', changes=finalize_changes(c, comp))
        full_pool = [(e['id'], e['_rec']) for e in EXIST] + [(it['ent']['id'], it['rec']) for it in items]

    # write
    set_lines, meta_lines = [], []
    for e in EXIST:
        set_lines.append(dict(set='existing', entity=e['id'], contact=e['_rec']))
        meta_lines.append(dict(set='existing', index=e['_idx'], entity=e['id'], category='existing',
                               kind=e['kind'], party=e['party'], changes=[]))
    for i, it in enumerate(items):
        it['_index'] = i
    for i, it in enumerate(items):
        e = it['ent']
        set_lines.append(dict(set='incoming', entity=e['id'], contact=it['rec']))
        m = dict(set='incoming', index=i, entity=e['id'], category=it['cat'], kind=e['kind'],
                 party=e['party'], source=it['source'], changes=it['changes'])
        if it['cat'] == 'match':
            m.update(profile=it['profile'], evidence=it['evidence'], findable=it['findable'],
                     compare_set='existing', compare_index=e['_idx'])
        elif it['cat'] == 'new':
            m['occurrence'] = it['occ']
            if it['occ'] > 1:
                m.update(profile=it['profile'], evidence=it['evidence'], findable=it['findable'],
                         compare_set='incoming', compare_index=it['first']['_index'])
        else:
            a = it['anchor']
            m.update(anchor=a['id'], anchor_set='existing', anchor_index=a['_idx'], hn_type=it['hn_type'],
                     rule=HN_RULES[it['hn_type']], shared=it['shared'])
        meta_lines.append(m)
    with open(os.path.join(out_dir, 'set.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for x in set_lines:
            f.write(json.dumps(x, ensure_ascii=False, sort_keys=False) + '\n')
    with open(os.path.join(out_dir, 'meta.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for x in meta_lines:
            f.write(json.dumps(x, ensure_ascii=False, sort_keys=False) + '\n')


if __name__ == '__main__':
    main()
