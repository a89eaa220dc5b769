#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen.py - synthetic labelled benchmark set for customer record linkage.

Scenario "ro-constructii": a Cluj-Napoca wholesaler of building materials,
plumbing and electrical goods (branches in Bucuresti, Iasi, Timisoara, Brasov,
Oradea) bills through QuickBooks Online (global, RON).  The existing customer
list (1,500 records) is matched against 1,500 incoming records from four
upstream sources: the branch counter (POS), the e-Factura / SPV import, the
sales reps' app and the web shop.

Python 3 standard library only; one random.Random(SEED); output is
byte-identical for any PYTHONHASHSEED (no iteration over sets of strings,
sorted() wherever an order could leak from hashing).

Usage:  python3 gen.py [--out DIR]
"""
import argparse
import copy
import difflib
import json
import os
import re
import unicodedata
import random

SEED = 4072802
N_EXISTING = 1500
N_INCOMING = 1500
N_HN = 150

# ---------------------------------------------------------------------------
# 1. Geography (real places; postcodes follow the real county prefixes,
#    street-level codes of the big cities are invented inside their range)
# ---------------------------------------------------------------------------

# county -> code (ISO 3166-2:RO suffix, as e-Factura writes "RO-CJ"),
# landline area codes, and the mix of naming traditions among private buyers
COUNTIES = {
    "Cluj": {"code": "CJ", "land": ["0264", "0364"],
             "mix": [("trans", 68), ("hu", 19), ("roma", 6), ("de", 2), ("munt", 3), ("mold", 2)]},
    "București": {"code": "B", "land": ["021", "031"],
                  "mix": [("munt", 70), ("mold", 12), ("trans", 8), ("roma", 6), ("hu", 2), ("banat", 2)]},
    "Ilfov": {"code": "IF", "land": ["021", "031"],
              "mix": [("munt", 76), ("mold", 8), ("trans", 4), ("roma", 12)]},
    "Iași": {"code": "IS", "land": ["0232", "0332"],
             "mix": [("mold", 84), ("munt", 5), ("roma", 9), ("trans", 2)]},
    "Timiș": {"code": "TM", "land": ["0256", "0356"],
              "mix": [("banat", 58), ("trans", 12), ("munt", 6), ("hu", 8), ("de", 7), ("roma", 9)]},
    "Brașov": {"code": "BV", "land": ["0268", "0368"],
               "mix": [("trans", 58), ("munt", 13), ("hu", 12), ("de", 9), ("roma", 8)]},
    "Bihor": {"code": "BH", "land": ["0259", "0359"],
              "mix": [("trans", 58), ("hu", 29), ("roma", 9), ("banat", 4)]},
    "Sălaj": {"code": "SJ", "land": ["0260", "0360"],
              "mix": [("trans", 68), ("hu", 23), ("roma", 9)]},
    "Alba": {"code": "AB", "land": ["0258", "0358"],
             "mix": [("trans", 88), ("hu", 4), ("roma", 5), ("de", 3)]},
    "Bistrița-Năsăud": {"code": "BN", "land": ["0263", "0363"],
                        "mix": [("trans", 86), ("hu", 5), ("roma", 5), ("de", 4)]},
    "Maramureș": {"code": "MM", "land": ["0262", "0362"],
                  "mix": [("trans", 82), ("hu", 10), ("roma", 8)]},
    "Sibiu": {"code": "SB", "land": ["0269", "0369"],
              "mix": [("trans", 80), ("de", 10), ("roma", 7), ("hu", 3)]},
    "Mureș": {"code": "MS", "land": ["0265", "0365"],
              "mix": [("trans", 50), ("hu", 38), ("roma", 8), ("de", 4)]},
    "Harghita": {"code": "HR", "land": ["0266", "0366"],
                 "mix": [("hu", 85), ("trans", 12), ("roma", 3)]},
    "Covasna": {"code": "CV", "land": ["0267", "0367"],
                "mix": [("hu", 74), ("trans", 22), ("roma", 4)]},
    "Satu Mare": {"code": "SM", "land": ["0261", "0361"],
                  "mix": [("trans", 55), ("hu", 35), ("roma", 6), ("de", 4)]},
    "Arad": {"code": "AR", "land": ["0257", "0357"],
             "mix": [("banat", 70), ("hu", 12), ("roma", 10), ("de", 8)]},
    "Suceava": {"code": "SV", "land": ["0230", "0330"],
                "mix": [("mold", 92), ("roma", 6), ("de", 2)]},
    "Bacău": {"code": "BC", "land": ["0234", "0334"],
              "mix": [("mold", 90), ("roma", 6), ("munt", 4)]},
    "Neamț": {"code": "NT", "land": ["0233", "0333"],
              "mix": [("mold", 93), ("roma", 7)]},
    "Prahova": {"code": "PH", "land": ["0244", "0344"],
                "mix": [("munt", 92), ("roma", 8)]},
    "Constanța": {"code": "CT", "land": ["0241", "0341"],
                  "mix": [("munt", 88), ("mold", 6), ("roma", 6)]},
    "Argeș": {"code": "AG", "land": ["0248", "0348"],
              "mix": [("munt", 93), ("roma", 7)]},
    "Dolj": {"code": "DJ", "land": ["0251", "0351"],
             "mix": [("munt", 90), ("roma", 10)]},
    "Hunedoara": {"code": "HD", "land": ["0254", "0354"],
                  "mix": [("trans", 85), ("hu", 6), ("roma", 6), ("banat", 3)]},
}

# (city, county, type, postcode spec, weight, commune)
#   type: mun (municipiu), oras, com (commune seat), sat (village), buc
#   postcode spec: 3 digits = city prefix + invented street code; 6 digits = fixed
PLACES_RAW = [
    # Cluj (head office)
    ("Cluj-Napoca", "Cluj", "mun", "400", 250, None),
    ("Florești", "Cluj", "com", "407280", 34, None),
    ("Luna de Sus", "Cluj", "sat", "407281", 7, "Florești"),
    ("Tăuți", "Cluj", "sat", "407282", 5, "Florești"),
    ("Apahida", "Cluj", "com", "407035", 13, None),
    ("Dezmir", "Cluj", "sat", "407039", 5, "Apahida"),
    ("Sânnicoară", "Cluj", "sat", "407042", 4, "Apahida"),
    ("Jucu de Mijloc", "Cluj", "sat", "407353", 3, "Jucu"),
    ("Baciu", "Cluj", "com", "407055", 11, None),
    ("Mera", "Cluj", "sat", "407058", 3, "Baciu"),
    ("Rădaia", "Cluj", "sat", "407059", 3, "Baciu"),
    ("Suceagu", "Cluj", "sat", "407062", 3, "Baciu"),
    ("Gilău", "Cluj", "com", "407310", 8, None),
    ("Someșu Rece", "Cluj", "sat", "407314", 3, "Gilău"),
    ("Feleacu", "Cluj", "com", "407270", 5, None),
    ("Vâlcele", "Cluj", "sat", "407275", 2, "Feleacu"),
    ("Chinteni", "Cluj", "com", "407185", 3, None),
    ("Aghireșu", "Cluj", "com", "407005", 2, None),
    ("Cojocna", "Cluj", "com", "407195", 2, None),
    ("Bonțida", "Cluj", "com", "407105", 2, None),
    ("Turda", "Cluj", "mun", "401", 28, None),
    ("Câmpia Turzii", "Cluj", "mun", "405100", 11, None),
    ("Dej", "Cluj", "mun", "405200", 15, None),
    ("Gherla", "Cluj", "mun", "405300", 10, None),
    ("Huedin", "Cluj", "oras", "405400", 8, None),
    # Bucuresti & Ilfov
    ("București", "București", "buc", "0", 95, None),
    ("Voluntari", "Ilfov", "oras", "077190", 5, None),
    ("Otopeni", "Ilfov", "oras", "075100", 4, None),
    ("Pantelimon", "Ilfov", "oras", "077145", 4, None),
    ("Chiajna", "Ilfov", "com", "077040", 4, None),
    ("Bragadiru", "Ilfov", "oras", "077025", 4, None),
    ("Popești-Leordeni", "Ilfov", "oras", "077160", 4, None),
    ("Măgurele", "Ilfov", "oras", "077125", 2, None),
    ("Buftea", "Ilfov", "oras", "070000", 2, None),
    ("Chitila", "Ilfov", "oras", "077045", 2, None),
    # Iasi
    ("Iași", "Iași", "mun", "700", 62, None),
    ("Miroslava", "Iași", "com", "707305", 5, None),
    ("Valea Lupului", "Iași", "com", "707410", 4, None),
    ("Tomești", "Iași", "com", "707515", 4, None),
    ("Pașcani", "Iași", "mun", "705200", 5, None),
    ("Hârlău", "Iași", "oras", "705100", 2, None),
    ("Holboca", "Iași", "com", "707250", 3, None),
    ("Lețcani", "Iași", "com", "707275", 2, None),
    # Timis
    ("Timișoara", "Timiș", "mun", "300", 62, None),
    ("Dumbrăvița", "Timiș", "com", "307160", 6, None),
    ("Giroc", "Timiș", "com", "307220", 5, None),
    ("Chișoda", "Timiș", "sat", "307221", 3, "Giroc"),
    ("Ghiroda", "Timiș", "com", "307200", 4, None),
    ("Moșnița Nouă", "Timiș", "com", "307285", 4, None),
    ("Săcălaz", "Timiș", "com", "307370", 2, None),
    ("Lugoj", "Timiș", "mun", "305500", 5, None),
    ("Recaș", "Timiș", "oras", "305600", 2, None),
    ("Buziaș", "Timiș", "oras", "305100", 2, None),
    ("Jimbolia", "Timiș", "oras", "305400", 2, None),
    # Brasov
    ("Brașov", "Brașov", "mun", "500", 58, None),
    ("Săcele", "Brașov", "mun", "505600", 5, None),
    ("Codlea", "Brașov", "mun", "505100", 4, None),
    ("Râșnov", "Brașov", "oras", "505400", 4, None),
    ("Ghimbav", "Brașov", "oras", "507075", 3, None),
    ("Sânpetru", "Brașov", "com", "507190", 4, None),
    ("Hărman", "Brașov", "com", "507085", 3, None),
    ("Cristian", "Brașov", "com", "507055", 2, None),
    ("Prejmer", "Brașov", "com", "507165", 2, None),
    ("Făgăraș", "Brașov", "mun", "505200", 4, None),
    ("Zărnești", "Brașov", "oras", "505800", 2, None),
    # Bihor
    ("Oradea", "Bihor", "mun", "410", 60, None),
    ("Sânmartin", "Bihor", "com", "417495", 5, None),
    ("Băile Felix", "Bihor", "sat", "417500", 3, "Sânmartin"),
    ("Oșorhei", "Bihor", "com", "417340", 4, None),
    ("Nojorid", "Bihor", "com", "417190", 3, None),
    ("Sântandrei", "Bihor", "com", "417515", 4, None),
    ("Borș", "Bihor", "com", "417075", 2, None),
    ("Salonta", "Bihor", "mun", "415500", 3, None),
    ("Marghita", "Bihor", "mun", "415300", 3, None),
    ("Beiuș", "Bihor", "mun", "415200", 3, None),
    # elsewhere (occasional customers, namesakes in another judet)
    ("Zalău", "Sălaj", "mun", "450", 8, None),
    ("Alba Iulia", "Alba", "mun", "510", 7, None),
    ("Aiud", "Alba", "mun", "515200", 3, None),
    ("Bistrița", "Bistrița-Năsăud", "mun", "420", 7, None),
    ("Baia Mare", "Maramureș", "mun", "430", 6, None),
    ("Sibiu", "Sibiu", "mun", "550", 6, None),
    ("Mediaș", "Sibiu", "mun", "551", 2, None),
    ("Târgu Mureș", "Mureș", "mun", "540", 7, None),
    ("Reghin", "Mureș", "mun", "545300", 2, None),
    ("Sighișoara", "Mureș", "mun", "545400", 2, None),
    ("Miercurea Ciuc", "Harghita", "mun", "530", 3, None),
    ("Odorheiu Secuiesc", "Harghita", "mun", "535600", 3, None),
    ("Sfântu Gheorghe", "Covasna", "mun", "520", 3, None),
    ("Satu Mare", "Satu Mare", "mun", "440", 3, None),
    ("Arad", "Arad", "mun", "310", 4, None),
    ("Suceava", "Suceava", "mun", "720", 3, None),
    ("Bacău", "Bacău", "mun", "600", 3, None),
    ("Piatra Neamț", "Neamț", "mun", "610", 2, None),
    ("Ploiești", "Prahova", "mun", "100", 3, None),
    ("Constanța", "Constanța", "mun", "900", 2, None),
    ("Pitești", "Argeș", "mun", "110", 2, None),
    ("Craiova", "Dolj", "mun", "200", 2, None),
    ("Deva", "Hunedoara", "mun", "330", 3, None),
]

PLACES = []
for _c, _j, _t, _pc, _w, _com in PLACES_RAW:
    PLACES.append({"city": _c, "county": _j, "type": _t, "pc": _pc, "w": _w, "commune": _com})
PLACE_BY_CITY = {p["city"]: p for p in PLACES}

BRANCH_COUNTIES = ["Cluj", "București", "Ilfov", "Iași", "Timiș", "Brașov", "Bihor"]
BIG_CITIES = ["Cluj-Napoca", "București", "Iași", "Timișoara", "Brașov", "Oradea"]

# Cluj-Napoca neighbourhoods (parishes, asociatii)
CLUJ_CARTIERE = ["Mănăștur", "Gheorgheni", "Mărăști", "Grigorescu", "Zorilor", "Bună Ziua",
                 "Someșeni", "Iris", "Gruia", "Andrei Mureșanu", "Între Lacuri", "Dâmbul Rotund",
                 "Borhanci", "Europa", "Sopor"]

CITY_STREETS = {
    "Cluj-Napoca": [
        ("Str.", "Memorandumului"), ("Calea", "Dorobanților"), ("Calea", "Florești"),
        ("Calea", "Turzii"), ("Calea", "Mănăștur"), ("Calea", "Moților"), ("Calea", "Baciului"),
        ("Bd.", "21 Decembrie 1989"), ("Bd.", "Eroilor"), ("Bd.", "Muncii"),
        ("Bd.", "Nicolae Titulescu"), ("Bd.", "Corneliu Coposu"), ("Str.", "Observatorului"),
        ("Str.", "Horea"), ("Str.", "Fabricii"), ("Str.", "Oașului"), ("Str.", "Bucium"),
        ("Aleea", "Azuga"), ("Str.", "Primăverii"), ("Str.", "Donath"), ("Str.", "Frunzișului"),
        ("Str.", "Teodor Mihali"), ("Str.", "Dunării"), ("Str.", "Aurel Vlaicu"),
        ("Str.", "Traian Vuia"), ("Str.", "Tăietura Turcului"), ("Str.", "Fânațelor"),
        ("Str.", "Constanța"), ("Str.", "Plopilor"), ("Str.", "Republicii"), ("Str.", "Iuliu Maniu"),
        ("Str.", "Avram Iancu"), ("Str.", "Napoca"), ("Str.", "Câmpului"),
        ("Str.", "Grigore Alexandrescu"), ("Str.", "Bucegi"), ("Str.", "Meteor"),
        ("Str.", "Mehedinți"), ("Str.", "Parângului"), ("Str.", "Băișoara"), ("Aleea", "Peana"),
        ("Aleea", "Bizușa"), ("Str.", "Septimiu Albini"), ("Str.", "Alexandru Vaida Voevod"),
        ("Str.", "Sobarilor"), ("Str.", "Gheorghe Dima"), ("Str.", "Pădurii"),
        ("Str.", "Borhanciului"), ("Str.", "Dâmboviței"), ("Str.", "Ion Meșter"),
        ("Str.", "Zorilor"), ("Str.", "Louis Pasteur"), ("Str.", "Moților"), ("Str.", "Emil Isac"),
        ("Str.", "Ploiești"), ("Str.", "Detunata"), ("Str.", "Mărginașă"),
        ("Str.", "Porțelanului"), ("Str.", "Cantonului"), ("Str.", "Răsăritului"),
        ("Str.", "Viilor"), ("Str.", "Sălătruc"), ("Str.", "Cireșilor"), ("Str.", "Gârbăului"),
        ("Str.", "Uliului"), ("Str.", "Corneliu Coposu"), ("Str.", "Mureșului"),
        ("Str.", "Lunii"), ("Str.", "Scorțarilor"), ("Str.", "Rarău"),
    ],
    "Iași": [
        ("Bd.", "Ștefan cel Mare și Sfânt"), ("Bd.", "Independenței"), ("Bd.", "Carol I"),
        ("Șos.", "Păcurari"), ("Bd.", "Tudor Vladimirescu"), ("Bd.", "Nicolae Iorga"),
        ("Str.", "Sărărie"), ("Str.", "Lascăr Catargi"), ("Bd.", "Primăverii"),
        ("Str.", "Vasile Lupu"), ("Șos.", "Nicolina"), ("Bd.", "Chimiei"), ("Str.", "Moara de Foc"),
        ("Str.", "Străpungere Silvestru"), ("Șos.", "Arcu"), ("Calea", "Chișinăului"),
        ("Str.", "Canta"), ("Șos.", "Bucium"), ("Str.", "Pantelimon Halipa"),
        ("Aleea", "Tudor Neculai"), ("Str.", "Sfântul Lazăr"), ("Str.", "Costache Negri"),
        ("Str.", "Palat"), ("Str.", "Ciurchi"), ("Str.", "Bucovinei"), ("Str.", "Mitropolit Varlaam"),
        ("Str.", "Elena Doamna"), ("Str.", "Plăieșilor"), ("Aleea", "Grădinari"),
        ("Str.", "Cantemir"), ("Șos.", "Galata"), ("Str.", "Vânători"), ("Str.", "Aurel Vlaicu"),
    ],
    "Timișoara": [
        ("Bd.", "Revoluției din 1989"), ("Calea", "Aradului"), ("Calea", "Șagului"),
        ("Calea", "Lugojului"), ("Calea", "Buziașului"), ("Bd.", "Liviu Rebreanu"),
        ("Str.", "Gheorghe Lazăr"), ("Bd.", "Take Ionescu"), ("Str.", "Circumvalațiunii"),
        ("Calea", "Martirilor 1989"), ("Str.", "Aurel Vlaicu"), ("Calea", "Torontalului"),
        ("Str.", "Ion Ionescu de la Brad"), ("Bd.", "Cetății"), ("Str.", "Iancu Văcărescu"),
        ("Bd.", "Eroilor de la Tisa"), ("Str.", "Lidia"), ("Str.", "Ana Ipătescu"),
        ("Calea", "Girocului"), ("Bd.", "Dâmbovița"), ("Str.", "Mureș"), ("Str.", "Demetriade"),
        ("Str.", "Ștefan cel Mare"), ("Str.", "Polonă"), ("Str.", "Arieș"), ("Str.", "Cozia"),
        ("Str.", "Bogdăneștilor"), ("Str.", "Fructelor"), ("Str.", "Oituz"), ("Str.", "Someșului"),
        ("Str.", "Grigore Alexandrescu"), ("Str.", "Paltinului"),
    ],
    "Brașov": [
        ("Bd.", "Eroilor"), ("Str.", "Lungă"), ("Calea", "București"), ("Str.", "Zizinului"),
        ("Bd.", "Saturn"), ("Str.", "Carpaților"), ("Bd.", "Gării"), ("Str.", "Hărmanului"),
        ("Str.", "Toamnei"), ("Str.", "Avram Iancu"), ("Str.", "Turnului"), ("Bd.", "15 Noiembrie"),
        ("Str.", "Mihai Viteazu"), ("Str.", "Iuliu Maniu"), ("Calea", "Feldioarei"),
        ("Str.", "Zaharia Stancu"), ("Bd.", "Grivița"), ("Str.", "Ion Creangă"),
        ("Str.", "Nicolae Titulescu"), ("Str.", "Bisericii Române"), ("Str.", "Stadionului"),
        ("Str.", "Poienelor"), ("Str.", "Lânii"), ("Str.", "Independenței"),
        ("Str.", "Fundăturii"), ("Str.", "Castelului"), ("Str.", "Cocorului"),
        ("Aleea", "Lacul Roșu"), ("Str.", "Neptun"), ("Bd.", "Alexandru Vlahuță"),
    ],
    "Oradea": [
        ("Calea", "Aradului"), ("Calea", "Clujului"), ("Str.", "Republicii"), ("Bd.", "Dacia"),
        ("Str.", "Nufărului"), ("Bd.", "Decebal"), ("Str.", "Matei Corvin"),
        ("Bd.", "Ștefan cel Mare"), ("Str.", "Ion Bogdan"), ("Str.", "Transilvaniei"),
        ("Str.", "Sovata"), ("Str.", "Onisifor Ghibu"), ("Str.", "Vasile Alecsandri"),
        ("Str.", "Universității"), ("Str.", "Louis Pasteur"), ("Str.", "Menumorut"),
        ("Str.", "Episcop Roman Ciorogariu"), ("Str.", "Nicolae Jiga"), ("Str.", "Făcliei"),
        ("Str.", "Ogorului"), ("Str.", "Borșului"), ("Str.", "Cantemir"),
        ("Str.", "Gheorghe Doja"), ("Str.", "Tudor Vladimirescu"), ("Aleea", "Ștrandului"),
        ("Str.", "Izvorului"), ("Str.", "Sucevei"), ("Str.", "Corneliu Coposu"),
    ],
}

# Bucharest streets with (approximate) sector
BUC_STREETS = [
    ("Calea", "Victoriei", 1), ("Calea", "Floreasca", 1), ("Bd.", "Lascăr Catargiu", 1),
    ("Str.", "Ghețarilor", 1), ("Bd.", "Ion Mihalache", 1), ("Str.", "Turda", 1),
    ("Str.", "Fabrica de Glucoză", 2), ("Șos.", "Pantelimon", 2), ("Șos.", "Colentina", 2),
    ("Șos.", "Mihai Bravu", 2), ("Bd.", "Basarabia", 2), ("Calea", "Moșilor", 2),
    ("Str.", "Maior Ion Coravu", 2), ("Bd.", "Decebal", 3), ("Bd.", "Camil Ressu", 3),
    ("Bd.", "Theodor Pallady", 3), ("Str.", "Baba Novac", 3), ("Aleea", "Barajul Bicaz", 3),
    ("Calea", "Dudești", 3), ("Bd.", "Unirii", 3), ("Str.", "Traian", 3), ("Str.", "Lucrețiu Pătrășcanu", 3),
    ("Șos.", "Berceni", 4), ("Șos.", "Olteniței", 4), ("Șos.", "Giurgiului", 4),
    ("Calea", "Văcărești", 4), ("Bd.", "Metalurgiei", 4), ("Bd.", "Constantin Brâncoveanu", 4),
    ("Calea", "Rahovei", 5), ("Șos.", "Alexandriei", 5), ("Calea", "13 Septembrie", 5),
    ("Str.", "Fabrica de Chibrituri", 5), ("Bd.", "Iuliu Maniu", 6), ("Str.", "Drumul Taberei", 6),
    ("Bd.", "Timișoara", 6), ("Calea", "Crângași", 6), ("Bd.", "Uverturii", 6),
    ("Bd.", "Constructorilor", 6), ("Calea", "Giulești", 6), ("Str.", "Valea Cascadelor", 6),
    ("Bd.", "Ghencea", 6),
]

GENERIC_STREETS = [
    ("Str.", "Principală"), ("Str.", "Republicii"), ("Str.", "Mihai Eminescu"), ("Str.", "Avram Iancu"),
    ("Str.", "Libertății"), ("Str.", "Gării"), ("Str.", "Morii"), ("Str.", "Bisericii"),
    ("Str.", "Școlii"), ("Str.", "Unirii"), ("Str.", "Independenței"), ("Str.", "1 Decembrie 1918"),
    ("Str.", "Câmpului"), ("Str.", "Viilor"), ("Str.", "Florilor"), ("Str.", "Teilor"),
    ("Str.", "Trandafirilor"), ("Str.", "Fabricii"), ("Str.", "Horea"), ("Str.", "Cloșca"),
    ("Str.", "Crișan"), ("Str.", "Tudor Vladimirescu"), ("Str.", "Nicolae Bălcescu"),
    ("Str.", "Ștefan cel Mare"), ("Str.", "George Coșbuc"), ("Str.", "Liviu Rebreanu"),
    ("Str.", "Ion Creangă"), ("Str.", "Lalelelor"), ("Str.", "Salcâmilor"), ("Bd.", "Republicii"),
    ("Str.", "Mihai Viteazu"), ("Str.", "Andrei Mureșanu"), ("Str.", "Lucian Blaga"),
    ("Str.", "Vasile Alecsandri"), ("Calea", "Națională"), ("Str.", "Pieții"), ("Str.", "Zorilor"),
    ("Aleea", "Parcului"), ("Str.", "Dealului"), ("Str.", "Păcii"), ("Str.", "Sportului"),
    ("Str.", "Primăverii"), ("Str.", "Plopilor"), ("Bd.", "Victoriei"), ("Str.", "Tineretului"),
]

VILLAGE_STREETS = [
    ("Str.", "Principală"), ("Str.", "Bisericii"), ("Str.", "Școlii"), ("Str.", "Morii"),
    ("Str.", "Câmpului"), ("Str.", "Dealului"), ("Str.", "Livezii"), ("Str.", "Văii"),
    ("Str.", "Pădurii"), ("Str.", "Izvorului"), ("Str.", "Fântânii"), ("Str.", "Cimitirului"),
    ("Str.", "Lungă"), ("Str.", "Nouă"), ("Str.", "Eroilor"), ("Str.", "Grădinilor"),
]

STYPE_FORMS = {
    "Str.": ["Str.", "Strada", "str.", "Str", "STR."],
    "Bd.": ["Bd.", "Bulevardul", "B-dul", "Bdul.", "bd."],
    "Calea": ["Calea", "Cal."],
    "Aleea": ["Aleea", "Al."],
    "Șos.": ["Șos.", "Șoseaua", "Sos.", "Șos"],
    "Piața": ["Piața", "P-ța"],
}

FREEMAIL = ["yahoo.com", "gmail.com", "yahoo.ro", "hotmail.com", "outlook.com", "ymail.com"]
FREEMAIL_W = [44, 38, 8, 4, 4, 2]

MOBILE_PREFIXES = ["0722", "0723", "0724", "0726", "0727", "0728", "0729", "0730", "0731",
                   "0732", "0733", "0734", "0735", "0740", "0741", "0742", "0743", "0744",
                   "0745", "0746", "0747", "0748", "0749", "0751", "0752", "0753", "0754",
                   "0755", "0756", "0757", "0758", "0760", "0761", "0762", "0763", "0764",
                   "0765", "0766", "0767", "0768", "0769", "0770", "0771", "0772", "0773",
                   "0774", "0775", "0784", "0785", "0786", "0787", "0788", "0789"]

# ---------------------------------------------------------------------------
# 2. People's names
# ---------------------------------------------------------------------------

SURN = {
    # Transylvania / Crisana (-an surnames, Pop, Rus, Man ...)
    "trans": [
        "Pop", "Popa", "Rus", "Rusu", "Moldovan", "Mureșan", "Sabău", "Suciu", "Chiorean",
        "Bogdan", "Cozma", "Crișan", "Oltean", "Man", "Lazăr", "Todea", "Bota", "Mihali",
        "Ardelean", "Bârsan", "Pintea", "Feier", "Sârb", "Herman", "Groza", "Husar", "Micle",
        "Tămaș", "Pașca", "Sălăjan", "Făgărășan", "Câmpean", "Someșan", "Cadar", "Boca", "Buda",
        "Dragoș", "Hodiș", "Filip", "Borza", "Coroian", "Cristea", "Gavrilă", "Gherman", "Jurj",
        "Lupu", "Mitrea", "Muntean", "Nistor", "Oprea", "Pavel", "Petrean", "Roman", "Sima",
        "Stoian", "Șandor", "Tripon", "Vlaicu", "Vescan", "Zăgrean", "Bălan", "Blaga",
        "Bodea", "Cătană", "Ciorba", "Deac", "Dumitrean", "Fărcaș", "Florea", "Gligor", "Iuga",
        "Lăpușan", "Matei", "Mărginean", "Morar", "Neag", "Onac", "Pușcaș", "Răcătău",
        "Rednic", "Sălăgean", "Șerban", "Tătar", "Toma", "Ungur", "Vaida", "Bucur", "Cârcu",
        "Hossu", "Achim", "Ciubăncan", "Dobra", "Pantea", "Ghiurca", "Mârza", "Sorban", "Ursu",
    ],
    # Muntenia / Oltenia / Dobrogea (-escu ...)
    "munt": [
        "Popescu", "Ionescu", "Dumitrescu", "Stoica", "Dobre", "Marin", "Stan", "Ene", "Neagu",
        "Preda", "Dinu", "Radu", "Tănase", "Nedelcu", "Voicu", "Dragomir", "Barbu", "Constantin",
        "Gheorghe", "Mihai", "Ilie", "Niculescu", "Georgescu", "Stanciu", "Anghel", "Diaconu",
        "Manea", "Ștefan", "Coman", "Costea", "Enache", "Iordache", "Pătrașcu", "Dumitru",
        "Matei", "Nistor", "Olteanu", "Vasilescu", "Zamfir", "Badea", "Cristea", "Dragnea",
        "Ene", "Lungu", "Mocanu", "Munteanu", "Neacșu", "Oprea", "Petrescu", "Răducanu",
        "Sandu", "Toma", "Vlad", "Ciobanu", "Ispas", "Paraschiv", "Iancu", "Grigore",
        "Stănescu", "Mitrache", "Florea", "Bratu", "Negru", "Dobrescu", "Pană", "Voinea",
    ],
    # Moldova
    "mold": [
        "Ciobanu", "Lungu", "Rotaru", "Ursu", "Cojocaru", "Apostol", "Grigoraș", "Iftimie",
        "Huțanu", "Agache", "Bejan", "Hrițcu", "Ciubotaru", "Cernat", "Jitaru", "Pricop",
        "Onu", "Chirilă", "Ungureanu", "Mititelu", "Năstase", "Țurcanu", "Avădanei", "Bălan",
        "Butnaru", "Ciocan", "Cozma", "Dascălu", "Frunză", "Gafița", "Istrate", "Leonte",
        "Manolache", "Moraru", "Neculai", "Paraschiv", "Popovici", "Rusu", "Sandu", "Tofan",
        "Zaharia", "Vasiliu", "Acatrinei", "Ailenei", "Bostan", "Corduneanu", "Lupu",
        "Munteanu", "Olaru", "Pavel", "Roman", "Sârbu", "Stoleru", "Timofte", "Vornicu",
    ],
    # Banat (incl. Serbian minority names)
    "banat": [
        "Stanciu", "Jurca", "Bogdan", "Popovici", "Petrovici", "Jivan", "Cheregi", "Lazarevici",
        "Jovanovici", "Todorovici", "Miloș", "Bălănescu", "Cioabă", "Ardelean", "Pop",
        "Drăgoi", "Rădulescu", "Lucaci", "Mihuț", "Moise", "Negrea", "Boldea", "Crăciun",
        "Avram", "Lupșa", "Oprea", "Suciu", "Stoian", "Dragomir", "Tomescu", "Gaspar",
        "Vuia", "Bozgan", "Pascu", "Mureșan", "Blaj", "Ciucur",
    ],
    "hu": [
        "Kovács", "Szabó", "Nagy", "Tóth", "Balogh", "Kiss", "Molnár", "Farkas", "Fekete",
        "Fazekas", "Szilágyi", "Bíró", "Péter", "Varga", "Sándor", "Lukács", "Gál", "Fülöp",
        "Antal", "Bartha", "Demeter", "Szőcs", "Kelemen", "Székely", "Bálint", "Orbán", "Pál",
        "Boros", "Veres", "Simon", "Jakab", "Mátyás", "Szász", "Vincze", "György", "Papp",
        "Benedek", "Horváth", "Kocsis", "Miklós", "Németh", "Szekeres", "Ferencz", "Incze",
    ],
    # Transylvanian Saxons / Banat Swabians
    "de": [
        "Schuster", "Müller", "Wagner", "Schneider", "Binder", "Weber", "Roth", "Klein",
        "Fabini", "Schenker", "Zikeli", "Barth", "Kraus", "Hientz", "Henning", "Philippi",
        "Jekel", "Konnerth", "Drotleff", "Gunesch", "Rill", "Theiss", "Schmidt", "Hoffmann",
    ],
    "roma": [
        "Lăcătuș", "Căldăraru", "Rostaș", "Ciurar", "Lingurar", "Covaci", "Fieraru", "Spoitoru",
        "Stoica", "Moldovan", "Mihai", "Dinu", "Radu", "Ursaru", "Zlătaru", "Boldea", "Pătru",
        "Sandu", "Grancea", "Caldararu",
    ],
}

GIVEN_M_RO = [
    "Ion", "Ioan", "Gheorghe", "Vasile", "Constantin", "Nicolae", "Mihai", "Dumitru",
    "Alexandru", "Andrei", "Adrian", "Cristian", "Daniel", "Florin", "Marius", "Mihail", "Radu",
    "Sorin", "Ștefan", "Bogdan", "Ciprian", "Cosmin", "Dan", "Dorin", "Emil", "Eugen",
    "Gabriel", "George", "Horațiu", "Ionuț", "Iulian", "Liviu", "Lucian", "Ovidiu", "Petru",
    "Răzvan", "Sebastian", "Teodor", "Traian", "Valentin", "Vlad", "Viorel", "Aurel", "Cornel",
    "Costel", "Dănuț", "Doru", "Grigore", "Laurențiu", "Mircea", "Octavian", "Paul", "Remus",
    "Sergiu", "Silviu", "Tudor", "Claudiu", "Călin", "Alin", "Ilie", "Marcel", "Iosif",
    "Simion", "Toader", "Cătălin", "Marian", "Petre", "Emanuel", "Nicușor",
]
GIVEN_F_RO = [
    "Maria", "Elena", "Ioana", "Ana", "Andreea", "Alexandra", "Cristina", "Daniela", "Gabriela",
    "Mihaela", "Nicoleta", "Raluca", "Roxana", "Simona", "Monica", "Georgeta", "Florentina",
    "Lavinia", "Loredana", "Adriana", "Carmen", "Corina", "Diana", "Irina", "Larisa", "Laura",
    "Liliana", "Lucia", "Magdalena", "Mariana", "Oana", "Paula", "Ramona", "Rodica", "Silvia",
    "Viorica", "Valentina", "Camelia", "Claudia", "Cătălina", "Delia", "Denisa", "Emilia",
    "Florica", "Ileana", "Iuliana", "Luminița", "Marcela", "Mirela", "Otilia", "Petronela",
    "Sorina", "Teodora", "Anca", "Alina", "Bianca", "Doina", "Aurelia", "Livia", "Ecaterina",
    "Floarea", "Angela", "Veronica",
]
DOUBLE_M = ["Ioan Vasile", "Ion-Marius", "Andrei-Cristian", "Mihai-Alexandru", "Florin-Ciprian",
            "Gheorghe-Dorin", "Vasile-Adrian", "Ioan-Dan", "Radu-Ștefan", "Cosmin-Ionuț",
            "Ioan Florin", "Nicolae-Cătălin"]
DOUBLE_F = ["Ana-Maria", "Maria-Magdalena", "Elena-Daniela", "Alexandra-Ioana", "Raluca-Elena",
            "Cristina-Maria", "Andreea-Ioana", "Maria-Cristina", "Ioana-Alexandra",
            "Mihaela-Florentina", "Ana Maria", "Elena-Loredana"]
GIVEN_M_ROMA = ["Florin", "Marian", "Costel", "Ionel", "Sorinel", "Cornel", "Dănuț", "Nicușor",
                "Marius", "Gheorghe", "Vasile", "Ion", "Aurel", "Fănel", "Mitică", "Petrică"]
GIVEN_F_ROMA = ["Mirela", "Florica", "Luminița", "Ramona", "Sabina", "Lenuța", "Mariana",
                "Elena", "Maria", "Niculina", "Zamfira", "Rozalia"]
GIVEN_M_HU = ["István", "László", "Zoltán", "Attila", "Csaba", "Levente", "Árpád", "Gábor",
              "Sándor", "Ferenc", "József", "János", "Tibor", "Lajos", "Béla", "Gyula", "Imre",
              "Károly", "Szabolcs", "Botond", "Tamás", "Lóránd", "Zsolt"]
GIVEN_F_HU = ["Erzsébet", "Katalin", "Ildikó", "Enikő", "Mária", "Anna", "Éva", "Zsuzsanna",
              "Judit", "Melinda", "Tünde", "Noémi", "Réka", "Gabriella", "Andrea", "Emese",
              "Csilla", "Edit", "Ágnes", "Hajnal", "Kinga", "Orsolya"]
GIVEN_M_DE = ["Hans", "Michael", "Johann", "Georg", "Andreas", "Martin", "Peter", "Wilhelm",
              "Karl", "Helmut", "Werner", "Günther", "Friedrich", "Otto"]
GIVEN_F_DE = ["Hermine", "Gerda", "Katharina", "Sara", "Ingrid", "Renate", "Annemarie",
              "Christa", "Erika", "Brigitte", "Helga", "Gudrun"]

# short forms / nicknames as they turn up at the counter and in the reps' app
NICK = {
    "Ion": ["Nelu", "Ionel", "Ionică"], "Ioan": ["Nelu", "Ionel", "Ionuț"],
    "Gheorghe": ["Gigel", "Gică", "Ghiță", "Gigi"], "Constantin": ["Costel", "Costică", "Titi"],
    "Nicolae": ["Nicu", "Nicușor", "Nae"], "Mihai": ["Mișu", "Mihăiță"], "Mihail": ["Mișu", "Mihai"],
    "Vasile": ["Vasilică", "Sile"], "Dumitru": ["Mitică", "Mitu"], "Alexandru": ["Alex", "Sandu"],
    "Gabriel": ["Gabi"], "Daniel": ["Dani"], "Cristian": ["Cristi"], "Florin": ["Florinel"],
    "Ștefan": ["Fănel", "Ștefănel"], "Petru": ["Petrică"], "Petre": ["Petrică"],
    "Valentin": ["Vali"], "Adrian": ["Adi"], "Aurel": ["Relu"], "Cornel": ["Nelu", "Cornelu"],
    "Cătălin": ["Cătă"], "Iosif": ["Iosi"], "Sebastian": ["Sebi"], "Laurențiu": ["Lauri"],
    "Teodor": ["Doru", "Tudor"], "Viorel": ["Vio"], "Eugen": ["Jenel"], "Marian": ["Marinel"],
    "Emanuel": ["Emi"], "Grigore": ["Grigoraș"], "Ionuț": ["Ionică"],
    "Ana": ["Anca", "Anuța"], "Elena": ["Lena", "Lenuța"], "Maria": ["Mia", "Mărioara"],
    "Alexandra": ["Alexa", "Sandra"], "Gabriela": ["Gabi"], "Daniela": ["Dana"],
    "Georgeta": ["Geta"], "Magdalena": ["Magda"], "Ecaterina": ["Cati"], "Florentina": ["Florina"],
    "Teodora": ["Dora"], "Cristina": ["Cristi", "Tina"], "Valentina": ["Vali"],
    "Viorica": ["Vio"], "Iuliana": ["Iulia"], "Floarea": ["Florica"], "Lucia": ["Luci"],
    "Mihaela": ["Mihaela"], "Nicoleta": ["Nico"], "Roxana": ["Roxi"], "Andreea": ["Andra"],
    "István": ["Pista", "Pisti"], "László": ["Laci"], "József": ["Józsi"], "János": ["Jani"],
    "Ferenc": ["Feri"], "Gábor": ["Gabi"], "Zoltán": ["Zoli"], "Sándor": ["Sanyi"],
    "Attila": ["Atti"], "Csaba": ["Csabi"], "Tibor": ["Tibi"], "Erzsébet": ["Erzsi", "Böbe"],
    "Katalin": ["Kati"], "Zsuzsanna": ["Zsuzsa"], "Mária": ["Marika"], "Ildikó": ["Ildi"],
    "Gabriella": ["Gabi"], "Judit": ["Jutka"], "Johann": ["Hans"], "Katharina": ["Kathi"],
    "Wilhelm": ["Willi"], "Andreas": ["Andi"], "Michael": ["Michi"],
}
NICK = {k: [x for x in v if x != k] for k, v in NICK.items()}
NICK = {k: v for k, v in NICK.items() if v}

# spelling variants of one name (church/civil records, old and new forms)
GIVEN_VARIANT = {"Ioan": "Ion", "Ion": "Ioan", "Mihail": "Mihai", "Mihai": "Mihail",
                 "Petru": "Petre", "Petre": "Petru", "Nicolae": "Niculae", "Gheorghe": "George",
                 "Iosif": "Iosef", "Toader": "Teodor", "Ilie": "Ilie", "Mária": "Maria",
                 "Erzsébet": "Elisabeta", "István": "Ștefan", "Johann": "Ioan"}
GIVEN_VARIANT = {k: v for k, v in GIVEN_VARIANT.items() if k != v}

TITLES_M = ["Ing.", "Dr.", "Arh.", "Prof.", "Dl."]
TITLES_F = ["Ing.", "Dr.", "Arh.", "Prof.", "Dna."]

# ---------------------------------------------------------------------------
# 3. Firms and institutions (all names invented; generic institution names)
# ---------------------------------------------------------------------------

PREF_GEO = {
    "Cluj": ["Someș", "Napoca", "Feleac", "Apuseni", "Ardeal", "Transilvania", "Mănăștur",
             "Făget", "Arieș", "Vlădeasa", "Hoia", "Baciu", "Becaș", "Nadăș", "Someșul Mic"],
    "București": ["Carpați", "Dâmbovița", "Herăstrău", "Colentina", "Militari", "Berceni", "Tei",
                  "Titan", "Dristor", "Ghencea", "Cotroceni", "Floreasca", "Pajura", "Vitan"],
    "Ilfov": ["Snagov", "Pipera", "Băneasa", "Ilfov", "Cernica"],
    "Iași": ["Copou", "Bahlui", "Moldova", "Ciric", "Galata", "Tătărași", "Păcurari", "Bucium",
             "Ceahlău", "Prut", "Cetățuia", "Nicolina"],
    "Timiș": ["Bega", "Timiș", "Banat", "Fabric", "Iosefin", "Mehala", "Freidorf", "Cetate",
              "Banatul", "Elisabetin"],
    "Brașov": ["Tâmpa", "Bârsa", "Postăvarul", "Schei", "Bartolomeu", "Poiana", "Piatra Mare",
               "Carpatina", "Ciucaș", "Bucegi"],
    "Bihor": ["Crișul", "Bihor", "Criș", "Velența", "Nufărul", "Rogerius", "Ioșia", "Felix",
              "Peța", "Bihoreana"],
}
PREF_GEN = ["Alfa", "Omega", "Delta", "Zenit", "Orizont", "Vertical", "Nova", "Arcada", "Pilon",
            "Fundament", "Cornier", "Atlas", "Meridian", "Primus", "Optim", "Mega", "Max",
            "Total", "Euro", "Inter", "Global", "Star", "Best", "Top", "Smart", "Eco", "Green",
            "Rapid", "Solid", "Forte", "Stabil", "Magnus", "Lumen", "Arcus", "Terra", "Petra",
            "Cuarț", "Granit", "Bazalt", "Calcar", "Nord", "Sud", "Vest", "Centru", "Axa",
            "Prisma", "Cubic", "Quadra", "Lider", "Prima", "Vector", "Sigma", "Gama", "Polar"]
PERSONAL_PREF = ["Rareș", "Ady", "Cristi", "Mihu", "Gelu", "Sanda", "Dany", "Flo", "Vlad",
                 "Tudor", "Sebi", "Dorin", "Andrei", "Bogdan", "Doru", "Răzvan", "Emi", "Sorin",
                 "Ionuț", "Maria", "Alex", "Darius", "Luca", "Matei", "Ștefi", "Nico", "Bianca",
                 "Gabi", "Radu", "Horia", "Tibi", "Zoli", "Levi", "Csaba", "Andi"]
# trade words and their trade family
TRADES = [
    ("Construct", "constr"), ("Construcții", "constr"), ("Build", "constr"), ("Edil", "constr"),
    ("Invest", "constr"), ("Montaj", "constr"), ("Renovări", "constr"), ("Beton", "constr"),
    ("Amenajări", "finish"), ("Design", "finish"), ("Gips Carton", "finish"), ("Finisaje", "finish"),
    ("Instal", "plumb"), ("Instalații", "plumb"), ("Sanitare", "plumb"), ("Hidro", "plumb"),
    ("Termo", "hvac"), ("Clima", "hvac"), ("Gaz", "hvac"),
    ("Electric", "elec"), ("Electro", "elec"), ("Solar", "elec"), ("Energy", "elec"),
    ("Acoperișuri", "roof"), ("Tâmplărie", "carp"), ("Lemn", "carp"), ("Metal", "metal"),
    ("Confecții Metalice", "metal"), ("Imobiliare", "realestate"), ("Residence", "realestate"),
    ("Trade", "trade"), ("Impex", "trade"), ("Com", "trade"), ("Serv", "service"),
    ("Proiect", "design"), ("Tehnic", "service"), ("Transport", "transport"),
]
TRADE_FAMILY = {w: f for w, f in TRADES}
TAILS = ["Serv", "Com", "Impex", "Prod", "Grup", "Trade", "Group", "Tehnic", "Expert", "Pro"]
COMPOUNDS = ["Termoconfort", "Electrotehnica", "Hidroterm", "Edilcom", "Instalterm",
             "Electroserv", "Termoinstal", "Edilbau", "Constructim", "Montajterm",
             "Hidroconstruct", "Electromontaj", "Betonserv", "Acoperis Expert", "Tâmplăria Nouă"]

ABBREV_TRADE = {"Construcții": ["Constr.", "Construcţii", "Constructii"],
                "Instalații": ["Instal.", "Inst.", "Instalatii"],
                "Amenajări": ["Amenaj.", "Amenajari"],
                "Confecții Metalice": ["Conf. Metalice", "Confectii Met."],
                "Acoperișuri": ["Acop.", "Acoperisuri"],
                "Tâmplărie": ["Tamplarie", "Tâmpl."]}

LEGAL_FORMS = {
    "SRL": ["SRL", "S.R.L.", "s.r.l.", "Srl", "S.R.L", "SRL."],
    "SA": ["SA", "S.A.", "S.A", "s.a."],
    "SRL-D": ["SRL-D", "S.R.L.-D.", "SRL D", "S.R.L.-D", "Srl-D"],
}

COOP_KINDS = ["Cooperativa Meșteșugărească", "Cooperativa Agricolă",
              "Cooperativa Meșteșugărească de Construcții", "Cooperativa de Consum"]
COOP_NAMES = ["Progresul", "Meșteșugul", "Arta Lemnului", "Unirea", "Munca", "Constructorul",
              "Tâmplarul", "Zidarul", "Viitorul", "Dacia", "Înfrățirea", "Deservirea",
              "Prestarea", "Metalul", "Izvorul", "Cooperarea"]

PATRONS = ["Ion Creangă", "Mihai Eminescu", "Avram Iancu", "Lucian Blaga", "George Coșbuc",
           "Liviu Rebreanu", "Octavian Goga", "Nicolae Iorga", "Ion Agârbiceanu", "Horea",
           "Ion Luca Caragiale", "Vasile Alecsandri", "Tudor Arghezi", "Nicolae Titulescu",
           "Constantin Brâncuși", "Iuliu Hossu", "Mihai Viteazul", "Ioan Slavici",
           "Petőfi Sándor", "Ady Endre", "Emil Racoviță", "Alexandru Ioan Cuza"]
SCHOOL_TYPES = [("Școala Gimnazială", "nr", 42), ("Școala Gimnazială", "patron", 22),
                ("Liceul Tehnologic", "nr", 10), ("Liceul Teoretic", "patron", 8),
                ("Grădinița cu Program Prelungit", "nr", 12), ("Colegiul Tehnic", "patron", 6)]

PAROH_KINDS = [("Parohia Ortodoxă Română", 40), ("Parohia Ortodoxă", 18),
               ("Parohia Greco-Catolică", 16), ("Parohia Reformată", 16),
               ("Parohia Romano-Catolică", 10)]
PAROH_ABBREV = {"Parohia Ortodoxă Română": ["Parohia Ortodoxa Romana", "Par. Ort. Rom.", "Parohia Ort. Română"],
                "Parohia Ortodoxă": ["Parohia Ortodoxa", "Par. Ort.", "Parohia Ort."],
                "Parohia Greco-Catolică": ["Parohia Greco-Catolica", "Parohia Greco Catolică", "Par. Gr.-Cat."],
                "Parohia Reformată": ["Parohia Reformata", "Par. Ref.", "Parohia Ref."],
                "Parohia Romano-Catolică": ["Parohia Romano-Catolica", "Par. Rom.-Cat.", "Parohia Romano Catolică"]}

PRIM_DIRS_MUN = ["Direcția Tehnică", "Direcția Patrimoniu", "Direcția Economică",
                 "Serviciul Achiziții Publice", "Direcția Administrare Domeniu Public",
                 "Serviciul Întreținere Clădiri", "Direcția de Urbanism", "Direcția Investiții",
                 "Serviciul Spații Verzi", "Serviciul Administrativ", "Serviciul Iluminat Public",
                 "Direcția Ecologie Urbană", "Serviciul Unități de Învățământ",
                 "Direcția Generală Poliția Locală", "Serviciul Drumuri și Poduri"]
PRIM_DIRS_COM = ["Compartiment Achiziții Publice", "Compartiment Administrativ",
                 "Serviciul Gospodărie Comunală", "Compartiment Urbanism",
                 "Serviciul Voluntar pentru Situații de Urgență", "Compartiment Investiții",
                 "Compartiment Contabilitate", "Căminul Cultural", "Serviciul Public de Alimentare cu Apă"]
PRIM_ABBREV = [("Primăria Municipiului", ["Primaria Mun.", "Primăria Mun.", "Primaria Municipiului"]),
               ("Primăria Orașului", ["Primaria Or.", "Primaria Orasului"]),
               ("Primăria Comunei", ["Primaria Com.", "Primaria Comunei"]),
               ("Primăria Sectorului", ["Primaria Sector", "Primaria Sectorului"]),
               ("Direcția", ["Dir.", "Directia"]), ("Serviciul", ["Serv.", "Serviciul"]),
               ("Compartiment", ["Comp.", "Compartimentul"])]

ASOC_FORMS = ["Asociația de Proprietari", "Asociatia de Proprietari", "Asoc. de Proprietari",
              "Asoc. Proprietari", "A.P.", "Asociația Proprietarilor", "ASOC. PROP."]

GROUP_STEMS = ["Rodna", "Vitalis", "Someșana", "Arcadia", "Dacora", "Mirador", "Valdor",
               "Trivalis", "Carpatia", "Belvedere", "Lumina Nord", "Ardeleana", "Corvinia",
               "Maravia", "Transcom", "Novaterra", "Bravia", "Silvania"]
GROUP_TRADES = ["Construct", "Beton", "Imobiliare", "Logistic", "Instal", "Residence",
                "Development", "Utilaje", "Prefabricate", "Agregate", "Holding", "Project",
                "Facility", "Asfalt", "Invest"]
ACCOUNTING_FIRMS = ["expertcont-cluj", "contabil-plus", "fiscalis-consult", "bilant-expert",
                    "audit-nord", "contex-fin", "calculus-cont", "rafin-consult", "debit-credit-cj",
                    "contab-serv", "optim-cont", "partida-dubla"]
ADMIN_FIRMS = ["Admin Bloc Expert", "Administrare Imobile Nord", "Habitat Admin",
               "Bloc Management", "Casa Noastră Admin", "Dom Admin", "Admin Confort",
               "Cvartal Admin", "Locativ Serv", "Prop Admin"]

SITE_LABELS = ["Punct de lucru", "Punct lucru", "Pct. de lucru", "Pct. lucru", "P.L.", "Punct de Lucru"]

KINDS_ORG = ["srl", "sa", "srl_d", "pfa", "ii", "if", "cooperativa", "asociatie_proprietari",
             "primarie_directie", "scoala", "parohie", "group_company", "punct_de_lucru"]

SOURCES = ["counter", "efactura", "sales_app", "webshop"]
SOURCE_W = {
    "person": [("counter", 40), ("webshop", 34), ("sales_app", 18), ("efactura", 8)],
    "firm": [("efactura", 38), ("sales_app", 30), ("counter", 22), ("webshop", 10)],
    "small": [("counter", 34), ("efactura", 30), ("sales_app", 26), ("webshop", 10)],
    "asociatie_proprietari": [("efactura", 35), ("sales_app", 25), ("counter", 30), ("webshop", 10)],
    "primarie_directie": [("efactura", 70), ("sales_app", 25), ("counter", 5)],
    "scoala": [("efactura", 60), ("sales_app", 25), ("counter", 10), ("webshop", 5)],
    "parohie": [("counter", 40), ("efactura", 30), ("sales_app", 25), ("webshop", 5)],
}


def source_group(kind):
    if kind == "person":
        return "person"
    if kind in ("pfa", "ii", "if"):
        return "small"
    if kind in ("asociatie_proprietari", "primarie_directie", "scoala", "parohie"):
        return kind
    return "firm"

# ---------------------------------------------------------------------------
# 4. Text helpers and the normalisations that define "shared" (check.py
#    re-implements the same definitions independently)
# ---------------------------------------------------------------------------

MOJI_MARKERS = ("Ã", "È", "Å", "Ä")


def strip_diacritics(s):
    if s is None:
        return None
    out = unicodedata.normalize("NFKD", s)
    out = "".join(ch for ch in out if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", out)


def to_cedilla(s):
    if s is None:
        return None
    return s.replace("ș", "ş").replace("ț", "ţ").replace("Ș", "Ş").replace("Ț", "Ţ")


def to_mojibake(s):
    """UTF-8 bytes read as Windows-1252 (what a CSV export/import does)."""
    if s is None:
        return None
    try:
        t = s.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return None
    return t if t != s else None


def fix_mojibake(s):
    if any(m in s for m in MOJI_MARKERS):
        try:
            return s.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return s
    return s


def fold(s):
    if not s:
        return ""
    s = fix_mojibake(s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.casefold()


CITY_HEADS = ("mun", "municipiul", "oras", "orasul", "or", "com", "comuna", "sat", "loc",
              "localitatea")


def city_norm(c):
    if not c:
        return ""
    toks = re.findall(r"[a-z0-9]+", fold(c))
    while toks and toks[0] in CITY_HEADS:
        toks = toks[1:]
    j = " ".join(toks)
    if re.fullmatch(r"sector(ul)? ?[1-6]", j):
        return "bucuresti"
    j = re.sub(r" ?sector(ul)? ?[1-6]$", "", j)
    if j in ("buc", "bucuresti", "b"):
        return "bucuresti"
    return j


def phone_norm(p):
    if not p:
        return ""
    s = p.casefold()
    m = re.search(r"(int|ext|interior)", s)
    if m:
        s = s[:m.start()]
    d = re.sub(r"\D", "", s)
    if d.startswith("0040"):
        d = d[4:]
    elif d.startswith("40") and len(d) >= 11:
        d = d[2:]
    d = d.lstrip("0")
    return ("0" + d) if d else ""


def email_norm(e):
    return e.strip().casefold() if e else ""


ADDR_HEADS = ("sat", "com", "comuna", "jud", "judet", "judetul", "sector", "sectorul", "mun",
              "municipiul", "oras", "orasul", "loc", "localitatea", "cod", "romania")
ADDR_LABELS = ("str", "strada", "bd", "bld", "bdul", "bulevardul", "calea", "cal", "aleea", "al",
               "sos", "soseaua", "piata", "pta", "nr", "numar", "no", "bl", "bloc", "sc", "scara",
               "ap", "apt", "apartament", "parter", "cam", "camera")


def addr_line_key(line1, line2, city):
    parts = [p for p in (line1, line2) if p]
    if not parts:
        return ""
    s = fold(", ".join(parts))
    s = re.sub(r"\bb-?dul\b", "bd", s)
    s = re.sub(r"\bp-?ta\b", "pta", s)
    cn = city_norm(city)
    out = []
    for seg in re.split(r"[,;]", s):
        t = re.findall(r"[a-z0-9]+", seg)
        if not t:
            continue
        if t[0] in ADDR_HEADS:
            continue
        if cn and " ".join(t) == cn:
            continue
        if len(t) == 1 and re.fullmatch(r"\d{6}", t[0]):
            continue
        skip = False
        for tok in t:
            if skip:
                skip = False
                continue
            if tok in ("et", "etaj"):
                skip = True
                continue
            if tok in ADDR_LABELS:
                continue
            out.append(tok)
    return " ".join(out)


def addr_shared(a, b):
    if not a or not b:
        return False
    ka = addr_line_key(a.get("line1"), a.get("line2"), a.get("city"))
    kb = addr_line_key(b.get("line1"), b.get("line2"), b.get("city"))
    ca, cb = city_norm(a.get("city")), city_norm(b.get("city"))
    return bool(ka) and ka == kb and bool(ca) and ca == cb


NAME_DROP = ("srl", "sa", "srld", "sc", "pfa", "ii", "if", "s", "r", "l", "a", "d", "c", "p", "f",
             "i", "cui", "cif", "ro", "persoana", "fizica", "autorizata", "intreprindere",
             "individuala", "familiala", "societatea", "comerciala", "ing", "dr", "dl", "dna",
             "arh", "prof", "pr")


def name_tokens(s):
    if not s:
        return []
    s = re.sub(r"\([^)]*\)", " ", fold(s))
    out = []
    for t in re.findall(r"[a-z0-9]+", s):
        if t in NAME_DROP:
            continue
        if re.fullmatch(r"(ro)?\d{6,10}", t):
            continue
        out.append(t)
    return out


def name_key(s):
    return " ".join(sorted(name_tokens(s)))


def name_sim(a, b):
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return 0.0
    s1 = difflib.SequenceMatcher(None, " ".join(sorted(ta)), " ".join(sorted(tb))).ratio()
    s2 = difflib.SequenceMatcher(None, " ".join(ta), " ".join(tb)).ratio()
    return max(s1, s2)


def evidence_of(a, b):
    """Which of email / phone / address two contacts share (a, b: contact dicts)."""
    ev = []
    if a.get("email") and b.get("email") and email_norm(a["email"]) == email_norm(b["email"]):
        ev.append("email")
    pa, pb = phone_norm(a.get("phone")), phone_norm(b.get("phone"))
    if pa and pa == pb:
        ev.append("phone")
    if addr_shared(a.get("address"), b.get("address")):
        ev.append("address")
    return ev


def contact_city(c):
    a = c.get("address")
    return city_norm(a.get("city")) if a else ""


def email_domain(e):
    if not e or "@" not in e:
        return ""
    return email_norm(e).rsplit("@", 1)[1]


def stem_in(stem, name):
    st = re.findall(r"[a-z0-9]+", fold(stem))
    nt = re.findall(r"[a-z0-9]+", re.sub(r"\([^)]*\)", " ", fold(name or "")))
    if not st:
        return False
    for i in range(len(nt) - len(st) + 1):
        if nt[i:i + len(st)] == st:
            return True
    return False


def shared_of(hn, anc, stem=None):
    """What an incoming record really shares with an existing record."""
    out = []
    if name_key(hn.get("displayName")) and name_key(hn.get("displayName")) == name_key(anc.get("displayName")):
        out.append("name")
    if hn.get("familyName") and anc.get("familyName") and fold(hn["familyName"]) == fold(anc["familyName"]):
        out.append("familyName")
    if hn.get("email") and anc.get("email"):
        if email_norm(hn["email"]) == email_norm(anc["email"]):
            out.append("email")
        elif email_domain(hn["email"]) == email_domain(anc["email"]) and \
                email_domain(hn["email"]) not in FREEMAIL:
            out.append("email_domain")
    pa, pb = phone_norm(hn.get("phone")), phone_norm(anc.get("phone"))
    if pa and pa == pb:
        out.append("phone")
    if addr_shared(hn.get("address"), anc.get("address")):
        out.append("address")
    ca, cb = contact_city(hn), contact_city(anc)
    if ca and ca == cb:
        out.append("city")
    if stem:
        na = hn.get("companyName") or hn.get("displayName")
        nb = anc.get("companyName") or anc.get("displayName")
        if stem_in(stem, na) and stem_in(stem, nb) and name_key(na) != name_key(nb):
            out.append("company_stem")
    return out


# --- typing errors -------------------------------------------------------

KB_NEIGH = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok",
    "o": "ipl", "p": "ol", "a": "qsz", "s": "adw", "d": "sfe", "f": "dgr", "g": "fht", "h": "gjy",
    "j": "hku", "k": "jli", "l": "ko", "z": "xas", "x": "zcs", "c": "xvd", "v": "cbf", "b": "vng",
    "n": "bmh", "m": "nj",
}


def typo(s, rng, kind=None):
    """One realistic typing error inside a word (not the first letter)."""
    if not s:
        return s
    idx = [i for i, ch in enumerate(s) if ch.isalpha() and i > 0 and s[i - 1].isalpha()]
    if len(idx) < 2:
        return s
    kind = kind or rng.choice(["sub", "sub", "del", "dup", "swap", "swap"])
    i = rng.choice(idx)
    ch = s[i]
    if kind == "sub":
        base = strip_diacritics(ch).lower()
        nb = KB_NEIGH.get(base)
        if not nb:
            return s[:i] + s[i + 1:]
        r = rng.choice(nb)
        if ch.isupper():
            r = r.upper()
        return s[:i] + r + s[i + 1:]
    if kind == "del":
        return s[:i] + s[i + 1:]
    if kind == "dup":
        return s[:i] + ch + s[i:]
    # swap with next letter
    if i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != ch:
        return s[:i] + s[i + 1] + ch + s[i + 2:]
    return s[:i] + s[i + 1:]


def diff_typo(s, rng):
    for _ in range(6):
        t = typo(s, rng)
        if t != s and fold(t) != fold(s):
            return t
    return s


def smart_title(s):
    """Title-case a word sequence, keeping hyphen parts and small words sensible."""
    out = []
    for w in s.split(" "):
        parts = w.split("-")
        parts = [p[:1].upper() + p[1:].lower() if p else p for p in parts]
        out.append("-".join(parts))
    return " ".join(out)


# --- phones --------------------------------------------------------------

def split_phone(d):
    """national digits -> (prefix, rest) e.g. 0744123456 -> ("0744", "123456")"""
    if d.startswith("021") or d.startswith("031"):
        return d[:3], d[3:]
    return d[:4], d[4:]


def fmt_phone(d, style):
    pre, rest = split_phone(d)
    buc = len(pre) == 3
    if buc:
        grp = [rest[:3], rest[3:5], rest[5:]]
    else:
        grp = [rest[:3], rest[3:]]
    p1 = pre[1:]
    if style == "plain":
        return d
    if style == "spaced":
        return " ".join([pre] + grp)
    if style == "dashed":
        return pre + "-" + "".join(grp) if not d.startswith("07") else "-".join([pre] + grp)
    if style == "dotted":
        return ".".join([pre] + grp)
    if style == "slash":
        return pre + "/" + "".join(grp)
    if style == "paren":
        return "(" + pre + ") " + " ".join(grp)
    if style == "intl":
        return "+40 " + " ".join([p1] + grp)
    if style == "intl_compact":
        return "+40" + d[1:]
    if style == "intl00":
        return "0040 " + " ".join([p1] + grp)
    if style == "intl_paren0":
        return "+40 (0)" + p1 + " " + " ".join(grp)
    if style == "intl_nospace":
        return "40" + d[1:]
    if style == "intl_dash":
        return "+40-" + p1 + "-" + "".join(grp)
    return d


PHONE_STYLES_MOBILE = ["plain", "spaced", "dashed", "dotted", "intl", "intl_compact", "intl00",
                       "intl_paren0", "intl_nospace", "slash", "intl_dash"]
PHONE_STYLES_LAND = ["plain", "spaced", "dashed", "slash", "paren", "intl", "intl_compact",
                     "intl00", "dotted"]


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    acc = 0.0
    for v, w in pairs:
        acc += w
        if r < acc:
            return v
    return pairs[-1][0]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "", strip_diacritics(s).lower())


def slug_dash(s):
    return re.sub(r"[^a-z0-9]+", "-", strip_diacritics(s).lower()).strip("-")

# ---------------------------------------------------------------------------
# 5. The world: persons, addresses, phones, mailboxes, organisations
# ---------------------------------------------------------------------------

PREF_REGION = {"Cluj": "Cluj", "București": "București", "Ilfov": "Ilfov", "Iași": "Iași",
               "Timiș": "Timiș", "Brașov": "Brașov", "Bihor": "Bihor", "Sălaj": "Cluj",
               "Alba": "Cluj", "Bistrița-Năsăud": "Cluj"}


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.used_ids = set()
        self.used_phones = set()
        self.used_emails = set()
        self.used_domains = set()
        self.used_firm = set()
        self.used_cui = set()
        self.used_addr = set()

    # -- ids ---------------------------------------------------------------
    def new_id(self):
        while True:
            e = "c%07x" % self.rng.getrandbits(28)
            if e not in self.used_ids:
                self.used_ids.add(e)
                return e

    def new_cui(self):
        while True:
            n = str(self.rng.randint(1, 4) * 10 ** 7 + self.rng.randint(0, 9999999)) \
                if self.rng.random() < 0.75 else str(self.rng.randint(100000, 9999999))
            if n not in self.used_cui:
                self.used_cui.add(n)
                return n

    # -- places ------------------------------------------------------------
    def pick_place(self, counties=None, exclude_county=None, types=None, exclude_city=None):
        cands = [p for p in PLACES
                 if (counties is None or p["county"] in counties)
                 and (exclude_county is None or p["county"] != exclude_county)
                 and (types is None or p["type"] in types)
                 and (exclude_city is None or p["city"] not in exclude_city)]
        return wchoice(self.rng, [(p, p["w"]) for p in cands])

    def pick_home_place(self):
        """Where customers live: mostly around the head office and branches."""
        r = self.rng.random()
        if r < 0.46:
            return self.pick_place(counties=["Cluj"])
        if r < 0.95:
            return self.pick_place(counties=["București", "Ilfov", "Iași", "Timiș", "Brașov", "Bihor"])
        return self.pick_place(exclude_county=None, counties=[c for c in COUNTIES if c not in BRANCH_COUNTIES])

    # -- phones ------------------------------------------------------------
    def new_mobile(self):
        while True:
            d = self.rng.choice(MOBILE_PREFIXES) + "%06d" % self.rng.randint(0, 999999)
            if d not in self.used_phones:
                self.used_phones.add(d)
                return d

    def new_land(self, county):
        codes = COUNTIES[county]["land"]
        code = codes[0] if self.rng.random() < 0.75 else codes[1]
        while True:
            if len(code) == 3:
                d = code + str(self.rng.randint(2, 4)) + "%06d" % self.rng.randint(0, 999999)
            else:
                d = code + str(self.rng.randint(2, 5)) + "%05d" % self.rng.randint(0, 99999)
            if d not in self.used_phones:
                self.used_phones.add(d)
                return d

    def claim_email(self, e):
        k = e.casefold()
        if k in self.used_emails:
            return False
        self.used_emails.add(k)
        return True

    def claim_domain(self, d):
        if d in self.used_domains:
            return False
        self.used_domains.add(d)
        return True

    # -- addresses -----------------------------------------------------------
    def house_no(self, village=False):
        r = self.rng.random()
        if village:
            n = self.rng.randint(1, 640)
        elif r < 0.70:
            n = self.rng.randint(1, 60)
        elif r < 0.95:
            n = self.rng.randint(61, 200)
        else:
            n = self.rng.randint(201, 380)
        s = str(n)
        r2 = self.rng.random()
        if r2 < 0.07:
            s += self.rng.choice(["A", "B", "C"])
        elif r2 < 0.10 and not village:
            s = "%d-%d" % (n, n + 2)
        return s

    def block(self, city):
        r = self.rng.random()
        L = "ABCDEFGHIJKLMNPRSTUVXYZ"
        if r < 0.45:
            return self.rng.choice(L) + str(self.rng.randint(1, 40))
        if r < 0.70:
            return str(self.rng.randint(1, 99))
        if r < 0.85:
            return str(self.rng.randint(1, 60)) + self.rng.choice("ABCD")
        return self.rng.choice(L) + self.rng.choice(L) + str(self.rng.randint(1, 9))

    def make_address(self, place, flat_prob=None, street=None, institutional=False):
        rng = self.rng
        ptype, city = place["type"], place["city"]
        sector = None
        stype = sname = None
        if street is not None:
            stype, sname, sector = street
        elif ptype == "buc":
            stype, sname, sector = rng.choice(BUC_STREETS)
        elif city in CITY_STREETS:
            stype, sname = rng.choice(CITY_STREETS[city])
        elif ptype in ("mun", "oras"):
            stype, sname = rng.choice(GENERIC_STREETS)
        else:
            r = rng.random()
            if ptype == "sat" and r < 0.35 and not institutional:
                stype = sname = None
            elif r < 0.78:
                stype, sname = rng.choice(VILLAGE_STREETS)
            else:
                stype, sname = rng.choice(GENERIC_STREETS)
        if flat_prob is None:
            flat_prob = {"buc": 0.62, "mun": 0.55 if city in BIG_CITIES else 0.35,
                         "oras": 0.25, "com": 0.08, "sat": 0.0}[ptype]
        for _ in range(20):
            a = {"stype": stype, "street": sname,
                 "no": self.house_no(village=(ptype in ("sat",) and sname is None)),
                 "bl": None, "sc": None, "et": None, "ap": None,
                 "city": city, "county": place["county"], "ptype": ptype,
                 "commune": place["commune"], "sector": sector, "pc": None}
            if rng.random() < flat_prob:
                a["bl"] = self.block(city)
                if rng.random() < 0.6:
                    a["sc"] = str(rng.randint(1, 4)) if rng.random() < 0.8 else rng.choice("ABC")
                a["et"] = str(rng.randint(1, 10)) if rng.random() < 0.9 else "P"
                a["ap"] = str(rng.randint(1, 120))
            a["pc"] = self.postcode(place, sector)
            k = (city, stype, sname, a["no"], a["bl"], a["ap"])
            if k not in self.used_addr:
                self.used_addr.add(k)
                return a
        return a

    def postcode(self, place, sector=None):
        pc = place["pc"]
        if place["type"] == "buc":
            return "0%d%04d" % (sector or 3, self.rng.randint(1000, 4999))
        if len(pc) == 3:
            return pc + "%03d" % self.rng.randint(1, 690 if pc == "400" else 480)
        return pc

    # -- people --------------------------------------------------------------
    def person_name(self, county, gender=None, eth=None):
        rng = self.rng
        eth = eth or wchoice(rng, COUNTIES[county]["mix"])
        gender = gender or ("m" if rng.random() < 0.57 else "f")
        if eth in ("trans", "munt", "mold", "banat"):
            fam = rng.choice(SURN[eth])
            if rng.random() < 0.12:
                given = rng.choice(DOUBLE_M if gender == "m" else DOUBLE_F)
            else:
                given = rng.choice(GIVEN_M_RO if gender == "m" else GIVEN_F_RO)
        elif eth == "roma":
            fam = rng.choice(SURN["roma"])
            given = rng.choice(GIVEN_M_ROMA if gender == "m" else GIVEN_F_ROMA)
        elif eth == "hu":
            fam = rng.choice(SURN["hu"])
            given = rng.choice(GIVEN_M_HU if gender == "m" else GIVEN_F_HU)
        else:
            fam = rng.choice(SURN["de"])
            if rng.random() < 0.3:
                given = rng.choice(GIVEN_M_RO if gender == "m" else GIVEN_F_RO)
            else:
                given = rng.choice(GIVEN_M_DE if gender == "m" else GIVEN_F_DE)
        yy = rng.randint(48, 104) % 100
        return {"given": given, "family": fam, "gender": gender, "eth": eth, "yy": yy}

    def person_email(self, nm, nick_ok=True, domain=None):
        rng = self.rng
        g = slug(re.split(r"[ -]", nm["given"])[0])
        g2 = slug(nm["given"])
        f = slug(nm["family"])
        yy = "%02d" % nm.get("yy", rng.randint(0, 99))
        nick = None
        first = re.split(r"[ -]", nm["given"])[0]
        if nick_ok and first in NICK:
            nick = slug(rng.choice(NICK[first]))
        pats = [(g + "." + f, 16), (f + "." + g, 10), (g + f, 8), (f + "_" + g, 5), (g + "_" + f + yy, 8),
                (f + g + yy, 6), (g[0] + f, 5), (g + "." + f + yy, 8), (f + yy, 3), (g2 + "." + f, 4),
                (g + "_" + f, 6), (f + "." + g + yy, 4), (g[0] + "." + f, 4)]
        if nick:
            pats += [(nick + "_" + f, 4), (nick + f + yy, 3), (nick + "." + f, 3)]
        for attempt in range(40):
            local = wchoice(rng, pats)
            if attempt > 5:
                local += str(rng.randint(1, 99))
            dom = domain or wchoice(rng, list(zip(FREEMAIL, FREEMAIL_W)))
            e = local + "@" + dom
            if self.claim_email(e):
                return e
        raise RuntimeError("email space exhausted")

    def contact_person(self, county, gender=None, domain=None):
        nm = self.person_name(county, gender=gender)
        nm["mobile"] = self.new_mobile()
        if domain and self.rng.random() < 0.5:
            nm["email"] = self.person_email(nm, nick_ok=False, domain=domain)
        elif self.rng.random() < 0.4:
            nm["email"] = self.person_email(nm)
        else:
            nm["email"] = None
        return nm

    def make_person(self, place=None, nm=None):
        rng = self.rng
        place = place or self.pick_home_place()
        nm = nm or self.person_name(place["county"])
        t = {"party": "person", "kind": "person", "id": self.new_id(), "place": place,
             "given": nm["given"], "family": nm["family"], "gender": nm["gender"],
             "eth": nm["eth"], "yy": nm["yy"], "alt": {}}
        t["address"] = self.make_address(place)
        t["phone"] = self.new_mobile() if rng.random() < 0.86 else self.new_land(place["county"])
        t["email"] = self.person_email(nm)
        t["title"] = None
        if rng.random() < 0.04:
            t["title"] = rng.choice(TITLES_M[:4] if nm["gender"] == "m" else TITLES_F[:4])
        return t

    # -- firms ---------------------------------------------------------------
    def firm_base(self, county, trade_family=None, avoid_stem=None):
        rng = self.rng
        geo = PREF_GEO.get(PREF_REGION.get(county, ""), [])
        trades = [w for w, f in TRADES if trade_family is None or f == trade_family] or [w for w, _ in TRADES]
        for _ in range(200):
            r = rng.random()
            trade = rng.choice(trades)
            if r < 0.42:
                stem = rng.choice(geo + PREF_GEN if rng.random() < 0.5 else PREF_GEN + geo)
                base = stem + " " + trade
            elif r < 0.60:
                stem = rng.choice(geo + PREF_GEN)
                base = stem + " " + trade + " " + rng.choice(TAILS)
            elif r < 0.77:
                stem = rng.choice(PERSONAL_PREF)
                base = stem + " " + trade
            elif r < 0.90:
                L = "ABCDEFGHIMNPRSTV"
                ini = "".join(rng.choice(L) for _ in range(rng.choice([2, 3, 3])))
                if rng.random() < 0.2:
                    ini = ini[0] + "&" + ini[1]
                stem = ini
                base = ini + " " + trade
            else:
                stem = rng.choice(COMPOUNDS)
                base = stem + (" " + rng.choice(TAILS) if rng.random() < 0.5 else "")
                trade = None
            if avoid_stem and fold(stem) == fold(avoid_stem):
                continue
            k = fold(base)
            if k not in self.used_firm:
                self.used_firm.add(k)
                return {"base": base, "stem": stem, "trade": trade}
        raise RuntimeError("firm names exhausted")

    def firm_domain(self, base, county):
        rng = self.rng
        s = slug(base)
        sd = slug_dash(base)
        code = COUNTIES[county]["code"].lower()
        for cand in [rng.choice([s, s, sd]), s + code, sd + "-" + code, s + "grup", s + "srl",
                     s + str(rng.randint(2, 99))]:
            dom = cand + ".ro"
            if self.claim_domain(dom):
                return dom
        raise RuntimeError("domain")

    def firm_email(self, base, domain):
        rng = self.rng
        if domain and rng.random() < 0.72:
            for loc in [rng.choice(["office", "office", "office", "contact", "comenzi",
                                    "aprovizionare", "achizitii", "vanzari", "secretariat"]),
                        "office", "contact", "info"]:
                e = loc + "@" + domain
                if self.claim_email(e):
                    return e
        s = slug(base)
        for _ in range(30):
            e = s + rng.choice(["", "", ".srl", "_srl", str(rng.randint(1, 99)), "2010", "office"]) + \
                "@" + wchoice(rng, [("yahoo.com", 50), ("gmail.com", 40), ("yahoo.ro", 10)])
            if self.claim_email(e):
                return e
        raise RuntimeError("firm email")

    def org_base(self, kind, place, n_contacts=None, domain=None):
        rng = self.rng
        t = {"party": "org", "kind": kind, "id": self.new_id(), "place": place, "alt": {},
             "cui": self.new_cui(), "contacts": [], "ext": None}
        n = n_contacts or rng.choice([1, 1, 2, 2, 3])
        for i in range(n):
            t["contacts"].append(self.contact_person(place["county"], domain=domain))
        return t

    def make_firm(self, kind, place=None, base=None, trade_family=None):
        rng = self.rng
        place = place or self.pick_home_place()
        base = base or self.firm_base(place["county"], trade_family=trade_family)
        form = {"srl": "SRL", "sa": "SA", "srl_d": "SRL-D", "group_company": "SRL"}.get(kind, "SRL")
        dom = self.firm_domain(base["base"], place["county"]) if rng.random() < (0.85 if kind == "sa" else 0.6) else None
        t = self.org_base(kind, place, domain=dom)
        t.update({"base": base["base"], "stem": base["stem"], "trade": base["trade"], "form": form,
                  "domain": dom})
        t["address"] = self.make_address(place, flat_prob=0.12)
        t["email"] = self.firm_email(base["base"], dom)
        r = rng.random()
        if kind in ("srl", "srl_d") and r < 0.55:
            t["phone"] = t["contacts"][0]["mobile"]
        elif r < 0.85:
            t["phone"] = self.new_land(place["county"])
        else:
            t["phone"] = self.new_mobile()
        if kind == "sa" and rng.random() < 0.5:
            t["ext"] = str(rng.randint(10, 250))
        return t

    def make_owner_business(self, kind, place=None, owner=None):
        """PFA / I.I. / I.F.: a person's business, billed apart from the person."""
        rng = self.rng
        place = place or self.pick_home_place()
        owner = owner or self.person_name(place["county"])
        t = self.org_base(kind, place, n_contacts=1)
        own = dict(owner)
        own["mobile"] = owner.get("mobile") or self.new_mobile()
        own["email"] = None
        t["contacts"][0] = own
        t["owner"] = own
        t["form"] = {"pfa": "PFA", "ii": "II", "if": "IF"}[kind]
        t["address"] = self.make_address(place)
        t["phone"] = own["mobile"]
        dom = None
        if rng.random() < 0.25:
            dom = self.firm_domain(owner["family"] + " " + rng.choice(["Instal", "Construct", "Electric", "Meserii", "Renovari"]),
                                   place["county"])
            t["email"] = self.firm_email(owner["family"], dom)
        else:
            t["email"] = self.person_email(owner)
        t["domain"] = dom
        return t

    def make_coop(self, place=None, cname=None):
        rng = self.rng
        place = place or self.pick_place(types=["mun", "oras"], counties=BRANCH_COUNTIES)
        t = self.org_base("cooperativa", place, n_contacts=rng.choice([1, 2]))
        t["ctype"] = rng.choice(COOP_KINDS)
        t["cname"] = cname or rng.choice(COOP_NAMES)
        t["address"] = self.make_address(place, flat_prob=0.0, institutional=True)
        t["phone"] = self.new_land(place["county"])
        for _ in range(20):
            e = "coop." + slug(t["cname"]) + rng.choice(["", "." + slug(place["city"]), str(rng.randint(1, 99))]) + \
                "@" + rng.choice(["yahoo.com", "gmail.com", "yahoo.ro"])
            if self.claim_email(e):
                t["email"] = e
                break
        t["domain"] = None
        return t

# --- administrators, asociatii de proprietari --------------------------------

def make_admin(ctx, place):
    rng = ctx.rng
    person = ctx.contact_person(place["county"])
    adm = {"place": place, "person": person, "labels": [], "firm": None}
    if rng.random() < 0.6:
        firm = rng.choice(ADMIN_FIRMS)
        adm["firm"] = firm
        dom = ctx.firm_domain(firm + " " + place["city"], place["county"]) if rng.random() < 0.5 else None
        if dom:
            adm["email"] = rng.choice(["office", "contact", "administrare", "asociatii"]) + "@" + dom
            ctx.claim_email(adm["email"])
        else:
            for _ in range(30):
                e = slug(firm) + rng.choice(["", ".", "_"]) + slug(place["city"])[:6] + \
                    rng.choice(["", str(rng.randint(1, 99))]) + "@" + rng.choice(["yahoo.com", "gmail.com"])
                if ctx.claim_email(e):
                    adm["email"] = e
                    break
        adm["phone"] = ctx.new_land(place["county"]) if rng.random() < 0.5 else person["mobile"]
    else:
        for _ in range(30):
            e = rng.choice(["admin.blocuri", "administrator.bloc", "admin.asociatii", "asociatii",
                            "admin_bloc", "administrare.asociatii"]) + "." + slug(place["city"])[:8] + \
                rng.choice(["", str(rng.randint(1, 99))]) + "@" + rng.choice(["yahoo.com", "gmail.com", "yahoo.ro"])
            if ctx.claim_email(e):
                adm["email"] = e
                break
        adm["phone"] = person["mobile"]
    return adm


def make_asociatie(ctx, adm):
    rng = ctx.rng
    place = adm["place"]
    t = ctx.org_base("asociatie_proprietari", place, n_contacts=1)
    t["contacts"] = [adm["person"]] + ([ctx.contact_person(place["county"])] if rng.random() < 0.5 else [])
    t["admin"] = adm
    for _ in range(40):
        a = ctx.make_address(place, flat_prob=1.0)
        a["ap"] = None
        a["et"] = None
        a["sc"] = None
        r = rng.random()
        if r < 0.5:
            label = "Bloc " + a["bl"]
        elif r < 0.8 and a["street"]:
            label = a["stype"] + " " + a["street"] + " nr. " + a["no"]
        else:
            label = "nr. " + str(rng.randint(1, 1450))
        if label not in adm["labels"]:
            adm["labels"].append(label)
            break
    t["label"] = label
    t["address"] = a
    if rng.random() < 0.9:
        t["email"] = adm["email"]
    else:
        for _ in range(30):
            e = "asoc." + slug(label)[:12] + "." + slug(place["city"])[:6] + str(rng.randint(1, 99)) + "@yahoo.com"
            if ctx.claim_email(e):
                t["email"] = e
                break
    t["phone"] = adm["phone"] if rng.random() < 0.88 else t["contacts"][-1]["mobile"]
    t["domain"] = None
    return t


# --- primarii and their directorates -------------------------------------------

DIR_LOCAL = [("Tehnic", "tehnic"), ("Patrimoniu", "patrimoniu"), ("Economic", "economic"),
             ("Achiziții", "achizitii"), ("Domeniu Public", "domeniu.public"),
             ("Întreținere", "intretinere"), ("Urbanism", "urbanism"), ("Investiții", "investitii"),
             ("Spații Verzi", "spatii.verzi"), ("Administrativ", "administrativ"),
             ("Iluminat", "iluminat"), ("Ecologie", "ecologie"), ("Învățământ", "invatamant"),
             ("Poliția", "politia.locala"), ("Drumuri", "drumuri"), ("Gospodărie", "gospodarie"),
             ("Urgență", "svsu"), ("Contabilitate", "contabilitate"), ("Cămin", "camin.cultural"),
             ("Apă", "apa")]


def dir_local(d):
    for k, v in DIR_LOCAL:
        if k in d:
            return v
    return slug(d)[:12]


def make_primarie(ctx, city, sector=None):
    rng = ctx.rng
    place = PLACE_BY_CITY[city]
    if sector:
        name = "Primăria Sectorului %d" % sector
        dom = "primaria-sector%d-buc.ro" % sector
        st = [s for s in BUC_STREETS if s[2] == sector]
        addr = ctx.make_address(place, flat_prob=0.0, street=rng.choice(st))
    else:
        pre = {"mun": "Primăria Municipiului", "oras": "Primăria Orașului", "com": "Primăria Comunei"}[place["type"]]
        name = pre + " " + city
        dom = slug(city) + "-primaria.ro"
        addr = ctx.make_address(place, flat_prob=0.0, institutional=True)
    ctx.claim_domain(dom)
    dirs = list(PRIM_DIRS_MUN if place["type"] in ("mun", "buc") or sector else PRIM_DIRS_COM)
    rng.shuffle(dirs)
    return {"name": name, "place": place, "sector": sector, "address": addr, "domain": dom,
            "phone": ctx.new_land(place["county"]), "dirs": dirs, "used": []}


def make_directie(ctx, prim, dirname=None):
    rng = ctx.rng
    if dirname is None:
        dirname = [d for d in prim["dirs"] if d not in prim["used"]][0]
    prim["used"].append(dirname)
    place = prim["place"]
    t = ctx.org_base("primarie_directie", place, n_contacts=rng.choice([1, 1, 2]))
    t["prim"] = prim
    t["dir"] = dirname
    if rng.random() < 0.7:
        t["address"] = prim["address"]
    else:
        t["address"] = ctx.make_address(place, flat_prob=0.0, institutional=True,
                                        street=None if not prim["sector"] else
                                        rng.choice([s for s in BUC_STREETS if s[2] == prim["sector"]]))
    if rng.random() < 0.55:
        t["phone"] = prim["phone"]
        t["ext"] = str(rng.randint(100, 399))
    else:
        t["phone"] = ctx.new_land(place["county"])
    e = dir_local(dirname) + "@" + prim["domain"]
    if not ctx.claim_email(e):
        e = dir_local(dirname) + str(rng.randint(1, 9)) + "@" + prim["domain"]
        ctx.claim_email(e)
    t["email"] = e
    t["domain"] = prim["domain"]
    return t


# --- schools ---------------------------------------------------------------------

def make_school(ctx, place=None, spec=None):
    rng = ctx.rng
    for _ in range(100):
        pl = place or ctx.pick_place(counties=BRANCH_COUNTIES, types=["mun", "oras", "com", "buc"])
        if spec:
            stype, nr, patron = spec
        else:
            stype, mode = wchoice(rng, [((a, b), w) for a, b, w in SCHOOL_TYPES])
            if mode == "nr":
                nr = rng.randint(1, 30 if pl["city"] in BIG_CITIES else 4)
                patron = None
            else:
                nr, patron = None, rng.choice(PATRONS)
        key = ("school", pl["city"], stype, nr, patron)
        if key not in ctx.used_addr:
            ctx.used_addr.add(key)
            break
        place = None if not spec else place
    t = ctx.org_base("scoala", pl, n_contacts=rng.choice([1, 2]))
    t.update({"stype": stype, "nr": nr, "patron": patron, "town_in_name": rng.random() < 0.45})
    t["address"] = ctx.make_address(pl, flat_prob=0.0, institutional=True)
    t["phone"] = ctx.new_land(pl["county"])
    short = {"Școala Gimnazială": "scoala", "Liceul Tehnologic": "liceultehnologic",
             "Liceul Teoretic": "liceul", "Grădinița cu Program Prelungit": "gpp",
             "Colegiul Tehnic": "colegiultehnic"}[stype]
    ident = str(nr) if nr else slug(patron.split(" ")[-1])
    dom = None
    for _ in range(30):
        if rng.random() < 0.55:
            e = short + ident + rng.choice(["", "_", "."]) + slug(pl["city"])[:10] + \
                rng.choice(["", str(rng.randint(1, 99))]) + "@" + rng.choice(["yahoo.com", "gmail.com"])
        else:
            dom = short + ident + "-" + slug(pl["city"])[:10] + ".ro"
            if not ctx.claim_domain(dom):
                dom = None
                continue
            e = rng.choice(["secretariat", "office", "contabilitate"]) + "@" + dom
        if ctx.claim_email(e):
            t["email"] = e
            break
    t["domain"] = dom
    return t


# --- parishes ------------------------------------------------------------------

ROMAN = ["I", "II", "III", "IV", "V"]
DEDICATIONS = ["Sfântul Nicolae", "Sfinții Arhangheli Mihail și Gavriil", "Sfânta Treime",
               "Adormirea Maicii Domnului", "Sfântul Gheorghe", "Sfinții Împărați Constantin și Elena",
               "Buna Vestire", "Sfântul Ilie"]


def make_parish(ctx, place=None):
    rng = ctx.rng
    for _ in range(100):
        pl = place or ctx.pick_place(counties=["Cluj", "Bihor", "Brașov", "Timiș", "Iași", "București", "Ilfov"])
        ptype = wchoice(rng, PAROH_KINDS)
        if pl["county"] in ("Iași", "București", "Ilfov") and ptype in ("Parohia Reformată", "Parohia Greco-Catolică"):
            continue
        loc = pl["city"]
        if loc == "Cluj-Napoca" and rng.random() < 0.7:
            loc = loc + " " + rng.choice(CLUJ_CARTIERE) + (" " + rng.choice(ROMAN) if rng.random() < 0.4 else "")
        elif pl["type"] in ("mun", "buc") and rng.random() < 0.3:
            loc = loc + " " + rng.choice(ROMAN)
        dedic = rng.choice(DEDICATIONS) if ptype.startswith("Parohia Ortodox") and rng.random() < 0.25 else None
        key = ("parish", ptype, loc, dedic)
        if key not in ctx.used_addr:
            ctx.used_addr.add(key)
            break
        place = None
    t = ctx.org_base("parohie", pl, n_contacts=1)
    if ptype in ("Parohia Reformată", "Parohia Romano-Catolică"):
        peth = "hu" if ptype == "Parohia Reformată" or ctx.rng.random() < 0.7 else "de"
    else:
        peth = {"Iași": "mold", "București": "munt", "Ilfov": "munt", "Timiș": "banat"}.get(pl["county"], "trans")
    priest = ctx.person_name(pl["county"], gender="m", eth=peth)
    priest["mobile"] = ctx.new_mobile()
    priest["email"] = None
    t["contacts"] = [priest] + ([ctx.contact_person(pl["county"])] if rng.random() < 0.3 else [])
    t.update({"ptype": ptype, "loc": loc, "dedic": dedic})
    st = ("Str.", "Bisericii", None) if rng.random() < 0.3 and pl["type"] != "buc" else None
    t["address"] = ctx.make_address(pl, flat_prob=0.0, institutional=True, street=st)
    t["phone"] = priest["mobile"] if rng.random() < 0.7 else ctx.new_land(pl["county"])
    for _ in range(30):
        e = rng.choice(["parohia.", "parohia", "parohia_", "parohie."]) + slug(loc)[:18] + \
            rng.choice(["", str(rng.randint(1, 99))]) + "@" + rng.choice(["yahoo.com", "gmail.com", "yahoo.ro"])
        if ctx.claim_email(e):
            t["email"] = e
            break
    t["domain"] = None
    return t


# --- groups at one accounting mailbox ----------------------------------------

def make_group(ctx, with_stem):
    rng = ctx.rng
    place = ctx.pick_place(counties=["Cluj"] if rng.random() < 0.6 else BRANCH_COUNTIES, types=["mun", "com", "buc"])
    g = {"place": place, "stem": None, "trades": [], "companies": []}
    if with_stem:
        for _ in range(50):
            s = rng.choice(GROUP_STEMS)
            if ("stem", s) not in ctx.used_addr:
                ctx.used_addr.add(("stem", s))
                g["stem"] = s
                break
    for _ in range(50):
        if g["stem"] and rng.random() < 0.5:
            dom = slug(g["stem"]) + rng.choice(["grup", "-group", "holding"]) + ".ro"
        else:
            dom = rng.choice(ACCOUNTING_FIRMS) + rng.choice(["", str(rng.randint(2, 9))]) + ".ro"
        if ctx.claim_domain(dom):
            break
    g["mailbox"] = rng.choice(["contabilitate", "contabilitate", "facturi", "financiar"]) + "@" + dom
    ctx.claim_email(g["mailbox"])
    g["acc_phone"] = ctx.new_land(place["county"])
    g["hq"] = ctx.make_address(place, flat_prob=0.0, institutional=True)
    gt = list(GROUP_TRADES)
    rng.shuffle(gt)
    g["trade_pool"] = gt
    return g


def make_group_company(ctx, g):
    rng = ctx.rng
    base = None
    if g["stem"]:
        for tr in g["trade_pool"]:
            if tr in g["trades"]:
                continue
            nm = g["stem"] + " " + tr
            if fold(nm) not in ctx.used_firm:
                ctx.used_firm.add(fold(nm))
                g["trades"].append(tr)
                base = {"base": nm, "stem": g["stem"], "trade": tr}
                break
    if base is None:
        base = ctx.firm_base(g["place"]["county"])
    place = g["place"] if rng.random() < 0.7 else ctx.pick_place(counties=[g["place"]["county"]])
    t = ctx.make_firm("group_company", place=place, base=base)
    t["group"] = g
    t["email"] = g["mailbox"]
    if rng.random() < 0.3:
        t["phone"] = g["acc_phone"]
    if rng.random() < 0.4 and place is g["place"]:
        t["address"] = g["hq"]
    g["companies"].append(t)
    return t


# --- construction firms billed per punct de lucru ------------------------------

def make_pdl_parent(ctx):
    rng = ctx.rng
    place = ctx.pick_place(counties=["Cluj"] if rng.random() < 0.6 else BRANCH_COUNTIES, types=["mun", "buc"])
    t = ctx.make_firm("srl", place=place, trade_family="constr")
    if not t["domain"]:
        t["domain"] = ctx.firm_domain(t["base"], place["county"])
    t["sites"] = [place["city"]]
    return t


def make_site(ctx, parent):
    rng = ctx.rng
    county = parent["place"]["county"]
    for _ in range(60):
        if rng.random() < 0.8:
            pl = ctx.pick_place(counties=[county] if county != "București" else ["București", "Ilfov"])
        else:
            pl = ctx.pick_place(counties=BRANCH_COUNTIES)
        if pl["city"] not in parent["sites"]:
            break
    parent["sites"].append(pl["city"])
    t = ctx.org_base("punct_de_lucru", pl, n_contacts=1)
    t["parent"] = parent
    t["site"] = pl["city"]
    t["base"], t["stem"], t["form"], t["trade"] = parent["base"], parent["stem"], parent["form"], parent["trade"]
    t["address"] = ctx.make_address(pl, flat_prob=0.0, institutional=True)
    t["phone"] = t["contacts"][0]["mobile"] if rng.random() < 0.75 else parent["phone"]
    r = rng.random()
    t["domain"] = parent["domain"]
    if r < 0.45:
        e = rng.choice(["santier.", "santier_", "pl."]) + slug(pl["city"]) + "@" + parent["domain"]
        if not ctx.claim_email(e):
            e = "santier." + slug(pl["city"]) + str(rng.randint(2, 9)) + "@" + parent["domain"]
            ctx.claim_email(e)
        t["email"] = e
    elif r < 0.8:
        t["email"] = parent["email"]
    else:
        c = t["contacts"][0]
        t["email"] = c["email"] or ctx.person_email(c)
    return t


# --- alternative values (moves, new numbers, new mailboxes, marriage) -----------

def alt_email(ctx, t):
    if "email" not in t["alt"]:
        rng = ctx.rng
        if t["party"] == "person":
            nm = {"given": t["given"], "family": t["family"], "yy": t["yy"]}
            t["alt"]["email"] = ctx.person_email(nm)
        else:
            c = t["contacts"][0]
            dom = t.get("domain")
            if dom and rng.random() < 0.6:
                e = None
                for loc in [slug(c["given"].split(" ")[0].split("-")[0]), slug(c["given"].split(" ")[0].split("-")[0]) + "." + slug(c["family"]),
                            "comenzi", "achizitii", "office2"]:
                    if ctx.claim_email(loc + "@" + dom):
                        e = loc + "@" + dom
                        break
                t["alt"]["email"] = e or ctx.person_email(c)
            else:
                t["alt"]["email"] = ctx.person_email(c)
    return t["alt"]["email"]


def alt_phone(ctx, t):
    if "phone" not in t["alt"]:
        t["alt"]["phone"] = ctx.new_mobile()
    return t["alt"]["phone"]


def alt_address(ctx, t, same_city=False):
    key = "address_same" if same_city else "address"
    if key not in t["alt"]:
        rng = ctx.rng
        pl = t["place"]
        if not same_city and rng.random() < 0.45:
            pl = ctx.pick_place(counties=[pl["county"]])
        t["alt"][key] = ctx.make_address(pl)
    return t["alt"][key]


def married_family(ctx, t):
    if "family" not in t["alt"]:
        rng = ctx.rng
        eth = t["eth"] if t["eth"] in SURN else "trans"
        if eth in ("hu", "de") and rng.random() < 0.5:
            eth = "trans"
        new = rng.choice([s for s in SURN[eth] if s != t["family"]])
        if rng.random() < 0.35:
            new = t["family"] + "-" + new
        t["alt"]["family"] = new
    return t["alt"]["family"]

# ---------------------------------------------------------------------------
# 6. Rendering: how each system writes a customer
# ---------------------------------------------------------------------------

PFA_FORMS = ["PFA", "P.F.A.", "Persoană Fizică Autorizată", "P.F.A", "pfa"]
II_FORMS = ["Întreprindere Individuală", "I.I.", "II", "Intreprindere Individuala"]
IF_FORMS = ["Întreprindere Familială", "Î.F.", "I.F.", "IF"]
OWNER_FORMS = {"pfa": PFA_FORMS, "ii": II_FORMS, "if": IF_FORMS}
COOP_ABBREV = {"Cooperativa Meșteșugărească de Construcții": ["Coop. Meșt. de Construcții", "Coop. Mest. Constructii"],
               "Cooperativa Meșteșugărească": ["Coop. Meșteșugărească", "Coop. Mest.", "Cooperativa Mestesugareasca"],
               "Cooperativa Agricolă": ["Coop. Agricolă", "Coop. Agr."],
               "Cooperativa de Consum": ["Coop. de Consum", "Coop. Consum"]}
SCHOOL_ABBREV = {"Școala Gimnazială": ["Școala Gimn.", "Șc. Gimn.", "Sc. Gimnaziala"],
                 "Liceul Tehnologic": ["Lic. Tehnologic", "Liceul Tehn."],
                 "Liceul Teoretic": ["Lic. Teoretic", "Liceul Teor."],
                 "Grădinița cu Program Prelungit": ["Grădinița P.P.", "GPP", "Grădinița cu P.P."],
                 "Colegiul Tehnic": ["Col. Tehnic", "Colegiul Tehn."]}
PERSON_AS_COMPANY = ["Persoana fizica", "PF", "persoană fizică", "Nu este cazul", "Fara firma", "-"]


def can_abbrev(t):
    k = t["kind"]
    if k in ("srl", "sa", "srl_d", "group_company", "punct_de_lucru"):
        return any(w in t["base"] for w in ABBREV_TRADE) or k == "punct_de_lucru"
    return k in ("cooperativa", "asociatie_proprietari", "primarie_directie", "scoala", "parohie")


def default_company_style(t, source, rng):
    k = t["kind"]
    st = {}
    if k in ("srl", "sa", "srl_d", "group_company", "punct_de_lucru"):
        forms = LEGAL_FORMS[t["form"]]
        if source == "existing":
            st["form"] = wchoice(rng, [(forms[0], 62), (forms[1], 24), (rng.choice(forms), 14)])
            st["sc"] = "SC" if rng.random() < 0.07 else None
        elif source == "efactura":
            st["form"] = forms[0] if rng.random() < 0.6 else forms[1]
            st["sc"] = "S.C." if rng.random() < 0.08 else None
        elif source == "counter":
            st["form"] = forms[0] if rng.random() < 0.5 else ""
            st["sc"] = None
        elif source == "sales_app":
            st["form"] = rng.choice(forms[:4])
            st["sc"] = "SC" if rng.random() < 0.08 else None
        else:
            st["form"] = rng.choice(forms)
            st["sc"] = "S.C." if rng.random() < 0.2 else None
        if source == "existing":
            st["site_label"], st["site_sep"] = "Punct de lucru", " - "
        else:
            st["site_label"] = rng.choice(SITE_LABELS)
            st["site_sep"] = rng.choice([" - ", " ", ", ", " – "])
    elif k in ("pfa", "ii", "if"):
        forms = OWNER_FORMS[k]
        if source == "existing":
            st["form"] = "PFA" if k == "pfa" else rng.choice(forms[:2])
            st["pos"] = "suffix" if rng.random() < 0.65 else "prefix"
            st["given_first"] = rng.random() < 0.05
        else:
            st["form"] = rng.choice(forms) if not (source == "counter" and rng.random() < 0.25) else ""
            st["pos"] = rng.choice(["suffix", "suffix", "prefix", "dash"])
            st["given_first"] = rng.random() < (0.4 if source == "webshop" else 0.08)
    elif k == "asociatie_proprietari":
        if source in ("existing", "efactura"):
            st["asoc"], st["bloc"] = "Asociația de Proprietari", "Bloc"
        elif source == "counter":
            st["asoc"] = rng.choice(["Asoc. Proprietari", "A.P.", "ASOC. PROP.", "Asociatia de Proprietari", "Asoc. de Proprietari"])
            st["bloc"] = rng.choice(["Bloc", "Bl.", "bl."])
        else:
            st["asoc"] = rng.choice(ASOC_FORMS)
            st["bloc"] = rng.choice(["Bloc", "Bloc", "Bl.", "bloc"])
    elif k == "primarie_directie":
        st["sep"] = " - " if source == "existing" else rng.choice([" - ", ", ", " – ", " / ", " "])
    elif k == "scoala":
        if source == "existing":
            st["nr"], st["q"], st["town"] = "nr. ", "„”", t["town_in_name"]
        else:
            st["nr"] = rng.choice(["nr. ", "Nr. ", "nr.", "Nr.", "nr "])
            st["q"] = rng.choice(["„”", '""', "", "“”"])
            st["town"] = True if source == "efactura" else rng.random() < 0.4
    return st


def abbrev_in(s, table, rng):
    keys = [k for k in table if k in s]
    if not keys:
        return s
    k = max(keys, key=len)
    return s.replace(k, rng.choice(table[k]), 1)


def render_company(t, st, rng):
    k = t["kind"]
    if k in ("srl", "sa", "srl_d", "group_company", "punct_de_lucru"):
        base = t["base"]
        if st.get("abbrev"):
            base = abbrev_in(base, ABBREV_TRADE, rng)
        if st.get("short"):
            toks = base.split(" ")
            if len(toks) > 1 and len(toks[0]) > 2:
                base = toks[0]
        if st.get("typo"):
            base = diff_typo(base, rng)
        name = base + (" " + st["form"] if st.get("form") else "")
        if st.get("sc"):
            name = st["sc"] + " " + name
        if k == "punct_de_lucru":
            lab = st.get("site_label", "Punct de lucru")
            if st.get("abbrev") and lab in ("Punct de lucru", "Punct de Lucru"):
                lab = rng.choice(["Pct. lucru", "P.L.", "Pct. de lucru"])
            name = name + st.get("site_sep", " - ") + lab + " " + t["site"]
        return name
    if k in ("pfa", "ii", "if"):
        o = t["owner"]
        g = o["given"]
        if st.get("owner_given"):
            g = st["owner_given"]
        nm = (g + " " + o["family"]) if st.get("given_first") else (o["family"] + " " + g)
        if st.get("typo"):
            nm = diff_typo(nm, rng)
        f = st.get("form", "")
        if not f:
            return nm
        pos = st.get("pos", "suffix")
        if pos == "prefix":
            return f + " " + nm
        if pos == "dash":
            return nm + " - " + f
        return nm + " " + f
    if k == "cooperativa":
        ct = t["ctype"]
        if st.get("abbrev"):
            ct = abbrev_in(ct, COOP_ABBREV, rng)
        s = ct + " " + t["cname"]
    elif k == "asociatie_proprietari":
        lab = t["label"]
        if lab.startswith("Bloc "):
            lab = st.get("bloc", "Bloc") + " " + lab[5:]
        a = st.get("asoc", "Asociația de Proprietari")
        if st.get("abbrev") and a in ("Asociația de Proprietari", "Asociatia de Proprietari"):
            a = rng.choice(["Asoc. de Proprietari", "Asoc. Prop.", "A.P."])
        s = a + " " + lab
    elif k == "primarie_directie":
        s = t["prim"]["name"] + st.get("sep", " - ") + t["dir"]
        if st.get("abbrev"):
            for full, abbs in PRIM_ABBREV:
                if full in s and rng.random() < 0.7:
                    s = s.replace(full, rng.choice(abbs), 1)
            if s == t["prim"]["name"] + st.get("sep", " - ") + t["dir"]:
                s = s.replace("Primăria", "Primaria", 1).replace("Direcția", "Dir.", 1).replace("Serviciul", "Serv.", 1)
    elif k == "scoala":
        ty = t["stype"]
        if st.get("abbrev"):
            ty = abbrev_in(ty, SCHOOL_ABBREV, rng)
        if t["nr"]:
            s = ty + " " + st.get("nr", "nr. ") + str(t["nr"])
        else:
            q = st.get("q", "„”")
            s = ty + " " + (q[0] + t["patron"] + q[1] if q else t["patron"])
        if st.get("town"):
            s = s + " " + t["place"]["city"]
    elif k == "parohie":
        pt = t["ptype"]
        if st.get("abbrev"):
            pt = abbrev_in(pt, PAROH_ABBREV, rng)
        s = pt + " " + t["loc"]
        if t["dedic"]:
            s = pt + " „" + t["dedic"] + "” " + t["loc"]
    else:
        raise ValueError(k)
    if st.get("typo"):
        s = diff_typo(s, rng)
    return s


# --- addresses ---------------------------------------------------------------

def render_address(a, st, rng):
    upper = st.get("upper", False)
    nrf = st.get("nr", "nr.")
    if a["street"]:
        sf = st.get("stype", "std")
        forms = STYPE_FORMS.get(a["stype"], [a["stype"]])
        ts = {"std": a["stype"], "full": forms[1] if len(forms) > 1 else forms[0],
              "alt": st.get("stype_alt") or forms[-1], "none": ""}[sf]
        street = st.get("street_override") or a["street"]
        num = (nrf + (" " if nrf and not st.get("nr_tight") else "") + a["no"]) if nrf else a["no"]
        sp = " ".join(x for x in [ts, street, num] if x)
    else:
        sp = (nrf + " " + a["no"]) if nrf else ("nr. " + a["no"])
    flat = ""
    if a["bl"]:
        ff = st.get("flat_fmt", 0)
        lab = [("bl. ", "sc. ", "et. ", "ap. "), ("Bl. ", "Sc. ", "Et. ", "Ap. "),
               ("bl.", "sc.", "et.", "ap."), ("bloc ", "scara ", "etaj ", "ap. ")][ff]
        items = [lab[0] + a["bl"]]
        if a["sc"]:
            items.append(lab[1] + a["sc"])
        if a["et"] and st.get("floor", True):
            items.append(lab[2] + a["et"])
        if a["ap"] and not st.get("apt_drop"):
            items.append(lab[3] + a["ap"])
        flat = (" " if ff == 2 else ", ").join(items)
    admin = ""
    if a["ptype"] == "sat" and a["commune"]:
        adm = st.get("admin", "sat_com")
        if adm == "sat_com":
            admin = "Sat " + a["city"] + ", com. " + a["commune"]
        elif adm == "com":
            admin = "com. " + a["commune"]
    sector = ""
    city = a["city"]
    sect_where = st.get("sector", "line2")
    if a["sector"]:
        sw = {"line2": "Sector ", "line1": "Sector ", "lower": "sector ", "sectorul": "Sectorul "}
        if sect_where in sw:
            sector = sw[sect_where] + str(a["sector"])
    cmode = st.get("city", "plain")
    if cmode == "nohyphen":
        city = city.replace("-", " ")
    elif cmode == "mun" and a["ptype"] == "mun":
        city = "Mun. " + city
    elif cmode == "municipiul" and a["ptype"] == "mun":
        city = "Municipiul " + city
    elif cmode == "com" and a["ptype"] == "com":
        city = "Com. " + city
    elif cmode == "short" and city == "Cluj-Napoca":
        city = "Cluj"
    elif cmode == "commune" and a["commune"]:
        city = a["commune"]
        admin = ""
    if a["sector"]:
        if sect_where == "efactura":
            city, sector = "SECTOR" + str(a["sector"]), ""
        elif sect_where == "city":
            city, sector = city + " Sector " + str(a["sector"]), ""
    layout = st.get("layout", "one")
    tail = [x for x in [flat, admin, sector] if x]
    if layout == "one":
        line1 = ", ".join([sp] + tail)
        line2 = None
    else:
        line1 = sp
        line2 = ", ".join(tail) or None
    reg = st.get("region", "name")
    county = a["county"]
    code = COUNTIES[county]["code"]
    region = {"name": county, "jud": ("Jud. " + county) if county != "București" else "Municipiul București",
              "judetul": ("Județul " + county) if county != "București" else "București",
              "code": code, "iso": "RO-" + code, "none": None}[reg]
    pcm = st.get("pc", True)
    pc = a["pc"] if pcm else None
    if pcm == "wrong" and a["pc"]:
        d = list(a["pc"])
        i = rng.randint(3, 5)
        d[i] = str((int(d[i]) + rng.randint(1, 8)) % 10)
        pc = "".join(d)
    if pc and st.get("pc_in_line") and line1:
        line1 = line1 + ", " + pc
        pc = None
    country = st.get("country", "România")
    out = {"line1": line1, "line2": line2, "city": city, "region": region, "postalCode": pc,
           "country": country}
    if upper:
        for k in ("line1", "line2", "city", "region"):
            if out[k]:
                out[k] = out[k].upper()
    return out


def city_only_address(a, st):
    city = a["city"]
    if st.get("city") == "nohyphen":
        city = city.replace("-", " ")
    if st.get("upper"):
        city = city.upper()
    return {"line1": None, "line2": None, "city": city,
            "region": a["county"] if st.get("region", "name") != "none" else None,
            "postalCode": None, "country": st.get("country")}


def address_style(source, rng, a):
    st = {}
    if source == "existing":
        st["layout"] = "one" if rng.random() < 0.62 else "two"
        st["stype"] = "std" if rng.random() < 0.8 else "full"
        st["nr"] = "nr." if rng.random() < 0.85 else "Nr."
        st["flat_fmt"] = 0 if rng.random() < 0.8 else 1
        st["admin"] = rng.choice(["sat_com", "sat_com", "com"])
        st["sector"] = rng.choice(["line2", "line2", "line1"])
        st["city"] = "plain"
        st["region"] = "name" if rng.random() < 0.9 else "jud"
        st["pc"] = rng.random() < 0.55
        st["country"] = wchoice(rng, [("România", 70), ("Romania", 25), (None, 5)])
    elif source == "counter":
        st["layout"] = "one"
        st["stype"] = rng.choice(["std", "none", "alt"])
        st["nr"] = rng.choice(["nr", "", "NR.", "nr."])
        st["flat_fmt"] = 2
        st["floor"] = rng.random() < 0.3
        st["admin"] = rng.choice(["none", "com", "sat_com"])
        st["sector"] = rng.choice(["lower", "line1", "city"])
        st["city"] = rng.choice(["plain", "plain", "nohyphen"])
        st["region"] = rng.choice(["none", "none", "code", "name"])
        st["pc"] = rng.random() < 0.1
        st["country"] = rng.choice([None, None, "RO", "Romania"])
        st["upper"] = rng.random() < 0.8
    elif source == "efactura":
        st["layout"] = "one"
        st["stype"] = rng.choice(["std", "full", "alt"])
        st["nr"] = rng.choice(["Nr.", "nr.", "NR."])
        st["nr_tight"] = rng.random() < 0.3
        st["flat_fmt"] = rng.choice([0, 1, 2])
        st["floor"] = rng.random() < 0.7
        st["admin"] = rng.choice(["sat_com", "com"])
        st["sector"] = "efactura"
        st["city"] = rng.choice(["mun", "plain", "municipiul"])
        st["region"] = "iso"
        st["pc"] = rng.random() < 0.35
        st["country"] = "RO"
        st["upper"] = rng.random() < 0.65
    elif source == "sales_app":
        st["layout"] = rng.choice(["one", "two"])
        st["stype"] = rng.choice(["std", "std", "alt", "full"])
        st["nr"] = rng.choice(["nr.", "nr", "Nr.", ""])
        st["flat_fmt"] = rng.choice([0, 2, 3])
        st["floor"] = rng.random() < 0.5
        st["admin"] = rng.choice(["sat_com", "com", "none"])
        st["sector"] = rng.choice(["line2", "line1", "lower", "city"])
        st["city"] = rng.choice(["plain", "plain", "nohyphen"])
        st["region"] = rng.choice(["name", "code", "jud", "none"])
        st["pc"] = rng.random() < 0.3
        st["country"] = rng.choice(["România", "Romania", None])
    else:  # webshop
        st["layout"] = "two" if rng.random() < 0.55 else "one"
        st["stype"] = rng.choice(["std", "full", "alt", "std"])
        st["nr"] = rng.choice(["nr.", "nr", "Nr.", "", "nr."])
        st["flat_fmt"] = rng.choice([0, 1, 2, 3])
        st["floor"] = rng.random() < 0.6
        st["admin"] = rng.choice(["sat_com", "com", "none"])
        st["sector"] = rng.choice(["line2", "lower", "sectorul", "city"])
        st["city"] = rng.choice(["plain", "plain", "plain", "nohyphen"])
        st["region"] = rng.choice(["name", "name", "judetul", "jud", "code"])
        st["pc"] = rng.random() < 0.65
        st["country"] = rng.choice(["Romania", "România", "Romania", "RO"])
        st["upper"] = rng.random() < 0.04
    if a and a["stype"]:
        forms = STYPE_FORMS.get(a["stype"], [a["stype"]])
        st["stype_alt"] = rng.choice(forms)
    return st


# --- phones, e-mails -------------------------------------------------------------

PHONE_STYLE_W = {
    "existing": [("spaced", 40), ("plain", 35), ("dashed", 10), ("intl", 10), ("intl_compact", 5)],
    "counter": [("plain", 62), ("spaced", 22), ("dotted", 6), ("dashed", 10)],
    "efactura": [("plain", 50), ("intl_compact", 20), ("spaced", 15), ("intl_nospace", 15)],
    "sales_app": [("intl", 30), ("plain", 25), ("intl_compact", 20), ("spaced", 15), ("intl00", 5), ("intl_paren0", 5)],
    "webshop": [("intl", 25), ("plain", 30), ("intl_compact", 20), ("spaced", 10), ("dotted", 5), ("dashed", 5), ("intl_dash", 5)],
}


def phone_string(d, source, rng, ext=None, style=None):
    style = style or wchoice(rng, PHONE_STYLE_W[source])
    if not d.startswith("07") and rng.random() < 0.3:
        style = rng.choice(["slash", "paren", "dashed", "spaced"])
    s = fmt_phone(d, style)
    if ext:
        s += rng.choice([" int. ", " int. ", " / int. ", " interior ", " ext. ", " int "]) + ext
    return s


def digit_off(d, rng):
    ds = list(d)
    if rng.random() < 0.55:
        i = rng.randint(4, len(ds) - 1)
        ds[i] = str((int(ds[i]) + rng.choice([1, 2, 8, 9])) % 10)
    else:
        for _ in range(10):
            i = rng.randint(4, len(ds) - 2)
            if ds[i] != ds[i + 1]:
                ds[i], ds[i + 1] = ds[i + 1], ds[i]
                break
        else:
            ds[-1] = str((int(ds[-1]) + 1) % 10)
    return "".join(ds)


MAIL_TYPOS = {"yahoo.com": ["yaho.com", "yahooo.com", "yahoo.co", "yhaoo.com", "yahoo.cm", "yahoo.ro"],
              "gmail.com": ["gmial.com", "gmail.co", "gmai.com", "gamil.com", "gmail.ro", "gmil.com"],
              "yahoo.ro": ["yahoo.com", "yaho.ro", "yahoo.r"],
              "hotmail.com": ["hotmail.ro", "hotmal.com"], "outlook.com": ["outlok.com", "outlook.ro"],
              "ymail.com": ["ymail.ro", "yahoo.com"]}


def email_typo(e, rng):
    local, dom = e.rsplit("@", 1)
    if dom in MAIL_TYPOS and rng.random() < 0.55:
        return local + "@" + rng.choice(MAIL_TYPOS[dom])
    if "." in local and rng.random() < 0.4:
        return local.replace(".", "", 1) + "@" + dom
    if "_" in local and rng.random() < 0.5:
        return local.replace("_", ".", 1) + "@" + dom
    t = typo(local, rng)
    if t == local:
        t = local + str(rng.randint(1, 9))
    return t + "@" + dom


def email_case(e, rng):
    local, dom = e.rsplit("@", 1)
    if rng.random() < 0.5:
        local = ".".join(p[:1].upper() + p[1:] for p in local.split("."))
        dom = dom[:1].upper() + dom[1:]
    else:
        local, dom = local.upper(), dom.upper()
    return local + "@" + dom

# --- the record renderer ---------------------------------------------------------

TEXT_MODE_W = {
    "existing": [("keep", 62), ("drop", 33), ("cedilla", 5)],
    "counter": [("drop", 65), ("keep", 30), ("cedilla", 5)],
    "efactura": [("keep", 45), ("drop", 40), ("cedilla", 15)],
    "sales_app": [("keep", 55), ("drop", 40), ("cedilla", 5)],
    "webshop": [("drop", 50), ("keep", 45), ("cedilla", 5)],
}
SRL_LIKE = ("srl", "sa", "srl_d", "group_company", "punct_de_lucru")
OWNER_KINDS = ("pfa", "ii", "if")
INSTITUTIONS = ("primarie_directie", "scoala", "parohie", "asociatie_proprietari", "cooperativa")
TITLE_RE = re.compile(r"^(ing|dr|arh|prof|dl|dna|pr)\.? ", re.I)
ADDR_KEYS = ("line1", "line2", "city", "region", "postalCode", "country")


def is_double(g):
    return "-" in g or " " in g


def first_given(g):
    return re.split(r"[ -]", g)[0]


def render_record(ctx, t, source, plan):
    rng = ctx.rng
    ops = plan.get("ops") or []
    keep = plan.get("keep") or []
    force = plan.get("force") or []
    base = plan.get("base")
    bh = base["h"] if base else {}
    bc = base["contact"] if base else {}
    namecity = plan.get("namecity", False)
    H = {}

    def hint(f, w):
        H.setdefault(f, [])
        if w not in H[f]:
            H[f].append(w)

    party, kind = t["party"], t["kind"]
    existing = source == "existing"
    h = {}
    given = family = company = None

    # ---------------------------------------------------------------- names
    if party == "person":
        g, f = t["given"], t["family"]
        first = first_given(g)
        if "nickname" in ops and first in NICK:
            g = rng.choice(NICK[first])
            hint("givenName", "nickname")
        elif "given_variant" in ops and first in GIVEN_VARIANT:
            g = GIVEN_VARIANT[first] + g[len(first):]
            hint("givenName", "spelling_variant")
        elif "double_trim" in ops and is_double(g):
            g = first
            hint("givenName", "short_form")
        elif "hyphen_space" in ops and is_double(g):
            g = g.replace("-", " ") if "-" in g else g.replace(" ", "-", 1)
            hint("givenName", "punctuation")
        if "married_name" in ops and t["gender"] == "f":
            f = married_family(ctx, t)
            hint("familyName", "married_name")
        if "old_orthography" in ops:
            f2 = f[:1] + f[1:].replace("â", "î")
            g2 = g[:1] + g[1:].replace("â", "î")
            if f2 != f:
                hint("familyName", "old_orthography")
            if g2 != g:
                hint("givenName", "old_orthography")
            f, g = f2, g2
        if "typo_family" in ops:
            f = diff_typo(f, rng)
            hint("familyName", "typo")
        if "typo_given" in ops:
            g = diff_typo(g, rng)
            hint("givenName", "typo")
        if existing:
            order = "FG" if rng.random() < 0.72 else "GF"
        elif source in ("counter", "efactura"):
            order = "FG"
        elif source == "sales_app":
            order = "FG" if rng.random() < 0.6 else "GF"
        else:
            order = "GF" if rng.random() < 0.85 else "FG"
        gf, ff = g, f
        if "swap_names" in ops:
            gf, ff = f, g
            hint("givenName", "swapped")
            hint("familyName", "swapped")
        disp = (ff + " " + gf) if order == "FG" else (gf + " " + ff)
        if "last_first" in ops:
            disp = f + ", " + g
            hint("displayName", "last_first")
        if "initials" in ops:
            ini = first_given(g)[:1] + "."
            disp = (f + " " + ini) if rng.random() < 0.6 else (ini + " " + f)
            gf = ini if "swap_names" not in ops else gf
            hint("givenName", "initials")
            hint("displayName", "initials")
        title = None
        if existing and t.get("title"):
            title = t["title"]
        if "title_add" in ops:
            title = rng.choice(TITLES_M if t["gender"] == "m" else TITLES_F)
            hint("displayName", "title_added")
        if title:
            disp = title + " " + disp
        elif bc.get("displayName") and TITLE_RE.match(bc["displayName"]):
            hint("displayName", "title_dropped")
        given, family = gf, ff
        p_fields = {"counter": 0.7, "efactura": 0.3}.get(source, 1.0)
        if rng.random() >= p_fields:
            given = family = None
        up = {"existing": 0.05, "counter": 0.88, "efactura": 0.92, "sales_app": 0.04, "webshop": 0.04}[source]
        low = 0.08 if source == "webshop" else 0.0
        r = rng.random()
        case = "upper" if r < up else ("lower" if r < up + low else "as")
        if "case_odd" in ops:
            case = "title" if case == "upper" else "upper"
        company = None
        if "company_wrong" in ops:
            company = rng.choice(PERSON_AS_COMPANY)
            hint("companyName", "wrongly_filled")
        contact_used = None
    else:
        st = default_company_style(t, source, rng)
        if kind in SRL_LIKE or kind in OWNER_KINDS:
            forms = LEGAL_FORMS[t["form"]] if kind in SRL_LIKE else OWNER_FORMS[kind]
            if "legal_form_drop" in ops and st.get("form"):
                st["form"] = ""
                hint("companyName", "legal_form_dropped")
            elif "legal_form_variant" in ops:
                other = [x for x in forms if x != st.get("form")]
                st["form"] = rng.choice(other)
                hint("companyName", "legal_form")
            if "sc_prefix" in ops and kind in SRL_LIKE:
                st["sc"] = None if st.get("sc") else rng.choice(["SC", "S.C.", "Sc"])
                hint("companyName", "legal_form")
        if "abbreviation" in ops:
            st["abbrev"] = True
            hint("companyName", "abbreviation")
        if "short_name" in ops:
            st["short"] = True
            hint("companyName", "short_name")
        if "typo_company" in ops:
            st["typo"] = True
            hint("companyName", "typo")
        if "nickname" in ops and kind in OWNER_KINDS and first_given(t["owner"]["given"]) in NICK:
            st["owner_given"] = rng.choice(NICK[first_given(t["owner"]["given"])])
            hint("companyName", "nickname")
        company = render_company(t, st, rng)
        if kind == "asociatie_proprietari" and st.get("asoc") not in ("Asociația de Proprietari", "Asociatia de Proprietari"):
            hint("companyName", "abbreviation")
        if kind == "punct_de_lucru" and st.get("site_label") not in ("Punct de lucru", "Punct de Lucru"):
            hint("companyName", "abbreviation")
        if "cui_in_name" in ops:
            cui = t["cui"]
            pat = rng.choice(["RO{c} {n}", "{n} - CUI RO{c}", "{n} CIF {c}", "{n} (CUI {c})", "{n} RO{c}", "{c} - {n}"])
            company = pat.replace("{c}", cui).replace("{n}", company)
            hint("companyName", "cui_added")
        up = {"existing": 0.08, "counter": 0.85, "efactura": 0.9, "sales_app": 0.05, "webshop": 0.04}[source]
        low = 0.07 if source == "webshop" else 0.0
        r = rng.random()
        case = "upper" if r < up else ("lower" if r < up + low else "as")
        if "case_odd" in ops:
            case = "title" if case == "upper" else "upper"
        disp = company
        # contact person
        p_show = {"existing": 0.6, "efactura": 0.0, "counter": 0.7, "sales_app": 0.85, "webshop": 0.9}[source]
        if kind in OWNER_KINDS:
            p_show = {"existing": 0.6, "efactura": 0.0, "counter": 0.5, "sales_app": 0.7, "webshop": 0.8}[source]
        bcont = bh.get("contact")
        contact_used = None
        if "contact_changed" in ops and kind not in OWNER_KINDS:
            others = [c for c in t["contacts"] if c is not bcont]
            if not others:
                t["contacts"].append(ctx.contact_person(t["place"]["county"], domain=t.get("domain")))
                others = [t["contacts"][-1]]
            contact_used = rng.choice(others)
            if bcont is not None:
                hint("givenName", "contact_changed")
                hint("familyName", "contact_changed")
        elif "contact_drop" in ops:
            contact_used = None
        elif rng.random() < p_show:
            if bcont is not None and rng.random() < 0.8:
                contact_used = bcont
            elif kind in OWNER_KINDS:
                contact_used = t["owner"]
            else:
                contact_used = t["contacts"][0] if rng.random() < 0.65 else rng.choice(t["contacts"])
            if bcont is not None and contact_used is not bcont:
                hint("givenName", "contact_changed")
                hint("familyName", "contact_changed")
        if contact_used is not None:
            given, family = contact_used["given"], contact_used["family"]
            if source == "sales_app" and rng.random() < 0.25 and first_given(given) in NICK and kind not in OWNER_KINDS:
                given = rng.choice(NICK[first_given(given)])
                if bcont is contact_used:
                    hint("givenName", "nickname")
        h["contact"] = contact_used

    # ---------------------------------------------------------------- e-mail
    if existing:
        p_mail = 0.55 if party == "person" else (0.9 if kind in INSTITUTIONS else 0.8)
    else:
        p_mail = {"counter": 0.12, "efactura": 0.05 if party == "person" else 0.22,
                  "sales_app": 0.55, "webshop": 1.0}[source]
    if "email" in keep:
        email = bh["email"]
    else:
        email = bh.get("email") or t["email"]
        if "email_new" in ops:
            email = alt_email(ctx, t)
            hint("email", "new_email")
        inc = "email" in force or "email_new" in ops or "email_typo" in ops or rng.random() < p_mail
        if "email_drop" in ops:
            inc = False
        if not inc:
            email = None
        elif "email_typo" in ops:
            email = email_typo(email, rng)
            hint("email", "typo")
    h["email"] = email
    email_out = email
    if email:
        if "email_case" in ops:
            email_out = email_case(email, rng)
        elif source == "counter" and rng.random() < 0.25:
            email_out = email.upper()

    # ---------------------------------------------------------------- phone
    if existing:
        p_phone = 0.86 if party == "person" else 0.92
    else:
        p_phone = {"counter": 0.97, "efactura": 0.35, "sales_app": 0.9, "webshop": 0.92}[source]
    if "phone" in keep:
        d, ext = bh["phone"], bh.get("ext")
    else:
        if bh.get("phone"):
            d, ext = bh["phone"], bh.get("ext")
        else:
            d, ext = t["phone"], t.get("ext")
        if party == "org" and source == "counter" and contact_used is not None and "phone_new" not in ops \
                and rng.random() < 0.45 and contact_used.get("mobile") and contact_used["mobile"] != d:
            d, ext = contact_used["mobile"], None
            hint("phone", "contact_mobile")
        if "phone_new" in ops:
            d, ext = alt_phone(ctx, t), None
            hint("phone", "new_number")
        inc = "phone" in force or "phone_new" in ops or "phone_digit" in ops or rng.random() < p_phone
        if "phone_drop" in ops:
            inc = False
        if not inc:
            d = None
        elif "phone_digit" in ops and "phone_new" not in ops:
            d = digit_off(d, rng)
            hint("phone", "digit_off")
    if d and "phone_ext" in ops and not ext and not d.startswith("07"):
        ext = str(rng.randint(10, 300))
        hint("phone", "extension_added")
    h["phone"] = d
    h["ext"] = ext
    if d:
        show_ext = ext if (ext and (rng.random() < 0.8 or "phone_ext" in ops)) else None
        phone = phone_string(d, "existing" if existing else source, rng, ext=show_ext)
    else:
        phone = None

    # ---------------------------------------------------------------- address
    if existing:
        p_addr = 0.66 if party == "person" else 0.88
    else:
        p_addr = {"counter": 0.45, "efactura": 0.95, "sales_app": 0.7,
                  "webshop": 0.95 if party == "person" else 0.8}[source]
    mode = "full"
    if "address" in keep:
        a = bh["addr"]
        inc = True
    else:
        a = bh.get("addr") or t["address"]
        if "moved" in ops:
            a = alt_address(ctx, t, same_city=namecity)
            for k in ("line1", "city", "postalCode", "line2"):
                hint("address." + k, "moved")
        inc = "address" in force or "moved" in ops or namecity or rng.random() < p_addr
        if "addr_drop" in ops:
            inc = False
        if source == "counter" and "address" not in force and rng.random() < 0.55:
            mode = "city"
        if "city_only" in ops:
            mode = "city"
            hint("address.line1", "dropped")
    address = None
    if inc and a:
        ast = address_style(source, rng, a)
        if "lines_merge" in ops:
            ast["layout"] = "one"
            hint("address.line1", "lines_merged")
            hint("address.line2", "lines_merged")
        if "lines_split" in ops:
            ast["layout"] = "two"
            hint("address.line1", "lines_split")
            hint("address.line2", "lines_split")
        if "postcode_drop" in ops:
            ast["pc"] = False
        if "postcode_wrong" in ops:
            ast["pc"] = "wrong"
            hint("address.postalCode", "wrong")
        if "abbrev_street" in ops:
            ast["stype"] = rng.choice(["alt", "full"])
            hint("address.line1", "abbreviation")
        if "region_fmt" in ops:
            ast["region"] = rng.choice(["code", "iso", "jud", "judetul"])
            hint("address.region", "format")
        if "country_drop" in ops:
            ast["country"] = None
        if "floor_drop" in ops:
            ast["floor"] = False
            hint("address.line1", "floor_dropped")
            hint("address.line2", "floor_dropped")
        if "city_fmt" in ops:
            ast["city"] = rng.choice(["nohyphen", "mun", "municipiul", "com"])
            hint("address.city", "format")
        if "street_typo" in ops and a["street"]:
            ast["street_override"] = diff_typo(a["street"], rng)
            hint("address.line1", "typo")
            hint("address.line2", "typo")
        if "apt_drop" in ops and a["ap"]:
            ast["apt_drop"] = True
            hint("address.line1", "apartment_dropped")
            hint("address.line2", "apartment_dropped")
        if "city_short" in ops:
            ast["city"] = "short"
            hint("address.city", "short_form")
        if "village_to_commune" in ops:
            ast["city"] = "commune"
            hint("address.city", "commune_instead_of_village")
            hint("address.line2", "commune_instead_of_village")
        if mode == "full":
            address = render_address(a, ast, rng)
            h["addr"] = a
        else:
            address = city_only_address(a, ast)
            h["addr"] = None
    else:
        h["addr"] = None

    # ---------------------------------------------------------------- case / diacritics / encoding
    def casef(s):
        if s is None:
            return None
        if case == "upper":
            return s.upper()
        if case == "lower":
            return s.lower()
        if case == "title":
            return smart_title(s)
        return s
    disp, given, family = casef(disp), casef(given), casef(family)
    if party == "org":
        company = casef(company)
    tmode = wchoice(rng, TEXT_MODE_W[source])
    if "diacritics_drop" in ops:
        tmode = "drop"
    if "cedilla" in ops:
        tmode = "cedilla"
    conv0 = {"keep": lambda s: s, "drop": strip_diacritics, "cedilla": to_cedilla}[tmode]
    clabel = {"keep": None, "drop": "diacritics_dropped", "cedilla": "cedilla"}[tmode]

    def conv(s, fld):
        if s is None:
            return None
        r = conv0(s)
        if r != s and clabel:
            hint(fld, clabel)
        return r
    disp, given, family = conv(disp, "displayName"), conv(given, "givenName"), conv(family, "familyName")
    company = conv(company, "companyName")
    if address:
        for k in ("line1", "line2", "city", "region"):
            if address[k]:
                address[k] = conv(address[k], "address." + k)
    if "mojibake" in ops:
        def mj(s, fld):
            if not s:
                return s
            m = to_mojibake(s)
            if m:
                hint(fld, "mojibake")
            return m if m else s
        disp, given, family = mj(disp, "displayName"), mj(given, "givenName"), mj(family, "familyName")
        if party == "org":
            company = mj(company, "companyName")
        if address:
            for k in ("line1", "line2", "city"):
                address[k] = mj(address[k], "address." + k)

    def clean(s):
        if s is None:
            return None
        s = re.sub(r"\s+", " ", s).strip()
        return s or None
    if address:
        address = {k: clean(address.get(k)) for k in ADDR_KEYS}
        if all(v is None for v in address.values()):
            address = None
    contact = {"displayName": clean(disp)[:100], "givenName": clean(given), "familyName": clean(family),
               "companyName": clean(company)[:100] if company else None, "email": clean(email_out),
               "phone": clean(phone), "address": address}
    return {"contact": contact, "h": h, "hints": H, "source": source}

# ---------------------------------------------------------------------------
# 7. Changes lists (field:what) and noise plans
# ---------------------------------------------------------------------------

DISAMB_RE = re.compile(r" \([^()]+\)$")


def get_field(c, f):
    if f.startswith("address."):
        a = c.get("address")
        return a.get(f[8:]) if a else None
    return c.get(f)


def diff_fields(a, b):
    out = []
    for k in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
        if a.get(k) != b.get(k):
            out.append(k)
    aa, ba = a.get("address"), b.get("address")
    if (aa is None) != (ba is None):
        out.append("address")
    elif aa is not None:
        for k in ADDR_KEYS:
            if aa.get(k) != ba.get(k):
                out.append("address." + k)
    return out


def toks_sorted(s):
    return sorted(re.findall(r"[a-z0-9]+", fold(s)))


CODE2COUNTY = {v["code"].lower(): k for k, v in COUNTIES.items()}


def region_norm(r):
    toks = re.findall(r"[a-z0-9]+", fold(r or ""))
    while toks and toks[0] in ("jud", "judet", "judetul", "mun", "municipiul"):
        toks = toks[1:]
    if len(toks) == 2 and toks[0] == "ro":
        toks = toks[1:]
    j = " ".join(toks)
    if j in CODE2COUNTY:
        j = " ".join(re.findall(r"[a-z0-9]+", fold(CODE2COUNTY[j])))
    return j


def auto_what(field, old, new):
    if old is None:
        return "added"
    if new is None:
        return "dropped"
    if old == new:
        return None
    if old.casefold() == new.casefold():
        return "case"
    if fold(old) == fold(new):
        if any(m in new for m in MOJI_MARKERS) and fix_mojibake(new) != new:
            return "mojibake"
        if re.search("[şţŞŢ]", new):
            return "cedilla"
        if strip_diacritics(new) == new:
            return "diacritics_dropped"
        return "diacritics"
    if field == "phone":
        if re.sub(r"\D", "", old) == re.sub(r"\D", "", new) or phone_norm(old) == phone_norm(new):
            if ("int" in old.lower()) != ("int" in new.lower()) or ("ext" in old.lower()) != ("ext" in new.lower()):
                return "extension"
            return "format"
        return None
    if field == "email":
        return None
    fo = re.sub(r"[^a-z0-9]", "", fold(old))
    fn = re.sub(r"[^a-z0-9]", "", fold(new))
    if fo == fn:
        return "punctuation"
    if field == "address.city" and city_norm(old) == city_norm(new):
        return "format"
    if field in ("address.line1", "address.line2") and addr_line_key(old, None, None) == addr_line_key(new, None, None):
        return "format"
    if field == "address.country":
        return "format"
    if field == "address.region" and region_norm(old) == region_norm(new):
        return "format"
    return None


NICK_ROOT = {}
for _root, _nicks in NICK.items():
    for _n in _nicks:
        NICK_ROOT.setdefault(fold(_n), fold(_root))


def weak_what(field, old, new):
    """Fallback labels, used only when the renderer left no hint."""
    if field in ("email", "phone"):
        return None
    if field in ("displayName", "companyName") and name_key(old) == name_key(new) and name_key(new):
        return "legal_form"
    if toks_sorted(old) == toks_sorted(new):
        return "word_order"
    if field == "givenName":
        a, b = fold(first_given(old)), fold(first_given(new))
        if NICK_ROOT.get(a, a) == NICK_ROOT.get(b, b):
            return "nickname"
    if field in ("displayName", "companyName"):
        ta, tb = set(name_tokens(old)), set(name_tokens(new))
        if tb and tb < ta:
            return "shortened"
        if ta and ta < tb:
            return "extended"
    return None


def filter_hints(hs, old, new):
    out = []
    for x in hs:
        if x == "diacritics_dropped" and (not old or strip_diacritics(fold(old)) == fold(old)
                                          or strip_diacritics(old) == old):
            continue
        if x == "cedilla" and not re.search("[şţŞŢ]", new or ""):
            continue
        if x == "mojibake" and not any(m in (new or "") for m in MOJI_MARKERS):
            continue
        out.append(x)
    return out


def line_key_of(a):
    if not a:
        return ""
    return addr_line_key(a.get("line1"), a.get("line2"), a.get("city"))


def dedupe(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def changes_of(bc, c, hints, default="reformatted"):
    out = []
    for f in diff_fields(bc, c):
        if f == "address":
            out.append("address:" + ("added" if bc.get("address") is None else "dropped"))
            continue
        old, new = get_field(bc, f), get_field(c, f)
        if f == "displayName":
            ws = []
            old2 = old
            if old and new and DISAMB_RE.search(old) and not DISAMB_RE.search(new):
                ws.append("disambiguation_dropped")
                old2 = DISAMB_RE.sub("", old)
            if old2 != new:
                w = auto_what(f, old2, new)
                lf = [x for x in hints.get("displayName", []) if x in ("last_first", "initials", "title_added", "title_dropped")]
                if w in ("punctuation", "word_order", "case") and lf:
                    ws += lf
                    if old2.isupper() != new.isupper():
                        ws.append("case")
                elif w:
                    ws.append(w)
                elif toks_sorted(old2) == toks_sorted(new):
                    ws.append("word_order")
                    hs = [x for x in hints.get("givenName", []) + hints.get("familyName", []) + hints.get("displayName", [])
                          if x in ("diacritics_dropped", "cedilla", "mojibake")]
                    ws += filter_hints(hs, old2, new)
                    if old2.isupper() != new.isupper() or (not old2.isupper() and old2.casefold() != old2 and new.casefold() == new):
                        ws.append("case")
                else:
                    hs = list(hints.get("displayName", []))
                    for fld in ("givenName", "familyName", "companyName"):
                        for x in hints.get(fld, []):
                            if x not in ("dropped", "added", "contact_changed", "wrongly_filled", "swapped"):
                                hs.append(x)
                    hs = filter_hints(hs, old2, new)
                    if hs and old2 and new and old2.isupper() != new.isupper():
                        hs.append("case")
                    ws += dedupe(hs) or [weak_what(f, old2, new) or default]
            out += ["displayName:" + x for x in dedupe(ws)]
            continue
        w = auto_what(f, old, new)
        if f in ("address.line1", "address.line2") and w in (None, "added", "dropped"):
            ab, an = bc.get("address"), c.get("address")
            if line_key_of(ab) and line_key_of(ab) == line_key_of(an):
                if ab.get("line2") and not an.get("line2"):
                    w = "lines_merged"
                elif an.get("line2") and not ab.get("line2"):
                    w = "lines_split"
                else:
                    w = "format"
        if w in ("added", "dropped") and "wrongly_filled" in hints.get(f, []):
            w = "wrongly_filled"
        if w:
            ws = [w]
        else:
            ws = filter_hints(list(hints.get(f, [])), old, new)
            if ws and f in ("givenName", "familyName", "companyName") and old and new and old.isupper() != new.isupper() \
                    and "contact_changed" not in ws:
                ws.append("case")
            if not ws:
                ws = [weak_what(f, old, new) or default]
        out += [f + ":" + x for x in dedupe(ws)]
    return out


# --- noise plans --------------------------------------------------------------

KEEP_PREF = {"counter": [("phone", 8), ("address", 1), ("email", 1)],
             "webshop": [("email", 6), ("phone", 3), ("address", 2)],
             "sales_app": [("phone", 5), ("email", 3), ("address", 2)],
             "efactura": [("address", 7), ("phone", 2), ("email", 1)]}


def available_ids(c):
    out = []
    if c.get("email"):
        out.append("email")
    if phone_norm(c.get("phone")):
        out.append("phone")
    a = c.get("address")
    if a and addr_line_key(a.get("line1"), a.get("line2"), a.get("city")) and city_norm(a.get("city")):
        out.append("address")
    return out


def choose_keep(rng, source, avail):
    if not avail:
        return []
    pairs = [(k, w) for k, w in KEEP_PREF[source] if k in avail]
    n = 1 if rng.random() < 0.7 else 2
    out = []
    for _ in range(min(n, len(pairs))):
        k = wchoice(rng, [(x, w) for x, w in pairs if x not in out])
        out.append(k)
    return out


def choose_ops(rng, t, source, profile, keep, bc, namecity):
    party, kind = t["party"], t["kind"]
    mild = profile == "light"
    P = []

    def add(op, w, cond=True):
        if cond and w > 0:
            P.append((op, w))

    ef = source == "efactura"          # legal names from the registry: no nicknames, few typos
    if party == "person":
        first = first_given(t["given"])
        add("typo_family", 1 if ef else 3)
        add("typo_given", 1 if ef else 2)
        add("nickname", 0 if mild else 3, first in NICK and source in ("counter", "sales_app", "webshop"))
        add("given_variant", 1, first in GIVEN_VARIANT and not mild)
        add("double_trim", 3, is_double(t["given"]))
        add("hyphen_space", 1, is_double(t["given"]))
        add("swap_names", 0 if mild else 2, source in ("webshop", "sales_app", "counter"))
        add("last_first", 1, source in ("webshop", "sales_app") and not mild)
        add("initials", 1, source in ("counter", "sales_app") and not mild)
        add("title_add", 1, source == "sales_app")
        add("married_name", 3, t["gender"] == "f" and profile == "harsh" and not namecity)
        add("old_orthography", 2, "â" in t["family"][1:] or "â" in t["given"][1:])
        add("case_odd", 1)
        add("company_wrong", 1, source in ("webshop", "sales_app") and not mild)
    else:
        add("typo_company", 1 if ef else 3)
        add("legal_form_drop", 2, (kind in SRL_LIKE or kind in OWNER_KINDS) and not ef)
        add("legal_form_variant", 2, kind in SRL_LIKE or kind in OWNER_KINDS)
        add("sc_prefix", 1, kind in SRL_LIKE)
        add("abbreviation", 1 if mild else 3, can_abbrev(t) and not ef)
        add("cui_in_name", 5, source == "efactura")
        add("short_name", 1, source == "counter" and kind in SRL_LIKE and not mild and not namecity)
        add("contact_changed", 3, kind not in OWNER_KINDS and source != "efactura")
        add("contact_drop", 1, not mild and source != "efactura")
        add("nickname", 1, kind in OWNER_KINDS and not mild and first_given(t["owner"]["given"]) in NICK)
        add("case_odd", 1)
    add("email_case", 1)
    add("phone_ext", 1, party == "org")
    add("lines_merge", 2)
    add("lines_split", 2)
    add("postcode_drop", 2)
    add("postcode_wrong", 0 if mild else 1)
    add("abbrev_street", 2)
    add("region_fmt", 1)
    add("country_drop", 1)
    add("floor_drop", 1)
    add("city_fmt", 1)
    add("diacritics_drop", 1)
    add("cedilla", 1, source in ("efactura", "sales_app"))
    add("mojibake", 0 if mild else 4, source in ("webshop", "efactura"))
    if not mild:
        if "email" not in keep:
            add("email_new", 3)
            add("email_typo", 2)
            add("email_drop", 2)
        if "phone" not in keep:
            add("phone_new", 3)
            add("phone_digit", 2)
            add("phone_drop", 1)
        if "address" not in keep:
            add("moved", 2 if profile == "harsh" else 1)
            add("street_typo", 2)
            add("apt_drop", 1)
            add("addr_drop", 1, not namecity)
            add("city_short", 1, not namecity and t["address"]["city"] == "Cluj-Napoca")
            add("village_to_commune", 1, not namecity and t["address"]["ptype"] == "sat")
    else:
        if "email" not in keep:
            add("email_typo", 1)
        if "phone" not in keep:
            add("phone_digit", 1)
    k = {"light": rng.choice([0, 1, 1, 2]), "medium": rng.randint(2, 3), "harsh": rng.randint(4, 6)}[profile]
    ops = []
    P = list(P)
    while P and len(ops) < k:
        op = wchoice(rng, P)
        ops.append(op)
        P = [(o, w) for o, w in P if o != op]
    if namecity:
        # every identifier of the compared record is lost or changed; the city stays
        if bc.get("email") and not any(o in ops for o in ("email_new", "email_typo", "email_drop")):
            ops.append(rng.choice(["email_new", "email_typo", "email_drop"]))
        if phone_norm(bc.get("phone")) and not any(o in ops for o in ("phone_new", "phone_digit", "phone_drop")):
            ops.append(rng.choice(["phone_new", "phone_digit", "phone_drop", "phone_new"]))
        a = bc.get("address")
        if a and a.get("line1") and not any(o in ops for o in ("moved", "street_typo", "apt_drop")):
            ops.append(rng.choice(["moved", "city_only", "street_typo", "city_only"]))
        ops = [o for o in ops if o not in ("nickname", "married_name", "initials", "short_name", "given_variant")]
    return ops

# ---------------------------------------------------------------------------
# 8. Building the customer base (existing) and the new customers
# ---------------------------------------------------------------------------

PRIMARII_EXISTING = [("Cluj-Napoca", None, 7), ("Florești", None, 3), ("Apahida", None, 2),
                     ("Baciu", None, 2), ("Turda", None, 3), ("Dej", None, 2), ("Gherla", None, 2),
                     ("Oradea", None, 4), ("Timișoara", None, 4), ("Brașov", None, 3),
                     ("Iași", None, 3), ("București", 3, 2), ("București", 6, 2), ("Huedin", None, 1)]
PRIMARII_NEW = [("Gilău", None, 2), ("Chinteni", None, 1), ("Sânmartin", None, 2), ("Dumbrăvița", None, 1)]
GROUP_SIZES = [3, 4, 4, 3, 4, 3, 4, 4, 3, 4, 4, 4]
ADMIN_SIZES = [7, 6, 5, 6, 5, 5, 6, 5, 5, 5]
ADMIN_CITIES = ["Cluj-Napoca", "Cluj-Napoca", "Cluj-Napoca", "Cluj-Napoca", "Florești", "Oradea",
                "Timișoara", "Brașov", "Iași", "București"]


def build_existing(ctx):
    rng = ctx.rng
    W = {"primarii": [], "groups": [], "admins": [], "pdl_parents": [], "pfa_pairs": []}
    T = []
    # punct de lucru: 16 construction firms, 40 sites
    parents = [make_pdl_parent(ctx) for _ in range(16)]
    W["pdl_parents"] = parents
    T += parents
    sites = []
    for p in parents:
        sites += [make_site(ctx, p), make_site(ctx, p)]
    for p in rng.sample(parents, 8):
        sites.append(make_site(ctx, p))
    T += sites
    # plain SRLs
    for _ in range(495 - 16):
        T.append(ctx.make_firm("srl"))
    for _ in range(18):
        T.append(ctx.make_firm("sa", place=ctx.pick_place(counties=BRANCH_COUNTIES, types=["mun", "buc", "oras"])))
    for _ in range(35):
        T.append(ctx.make_firm("srl_d"))
    # PFA / II / IF (12 PFAs with the owner's private account too)
    pfas = [ctx.make_owner_business("pfa") for _ in range(60)]
    T += pfas
    for _ in range(28):
        T.append(ctx.make_owner_business("ii"))
    for _ in range(12):
        T.append(ctx.make_owner_business("if"))
    for _ in range(10):
        T.append(ctx.make_coop())
    # asociatii de proprietari administered by 10 administrators
    for size, city in zip(ADMIN_SIZES, ADMIN_CITIES):
        adm = make_admin(ctx, PLACE_BY_CITY[city])
        W["admins"].append(adm)
        for _ in range(size):
            T.append(make_asociatie(ctx, adm))
    # primarii, one customer per directorate
    for city, sector, n in PRIMARII_EXISTING:
        pr = make_primarie(ctx, city, sector)
        W["primarii"].append(pr)
        for _ in range(n):
            T.append(make_directie(ctx, pr))
    for _ in range(35):
        T.append(make_school(ctx))
    for _ in range(28):
        T.append(make_parish(ctx))
    # groups at one accounting mailbox
    for i, size in enumerate(GROUP_SIZES):
        g = make_group(ctx, with_stem=(i % 12) < 7)
        W["groups"].append(g)
        for _ in range(size):
            T.append(make_group_company(ctx, g))
    # persons: 12 owners of existing PFAs keep a private account too
    persons = []
    for b in pfas[:12]:
        o = b["owner"]
        p = ctx.make_person(place=b["place"], nm={"given": o["given"], "family": o["family"],
                                                  "gender": o["gender"], "eth": o["eth"], "yy": o["yy"]})
        if rng.random() < 0.6:
            p["phone"] = o["mobile"]
        if rng.random() < 0.5:
            p["address"] = b["address"]
        persons.append(p)
        W["pfa_pairs"].append((b, p))
    while len(persons) < 588:
        persons.append(ctx.make_person())
    # namesakes inside the customer base: 8 in another town, 4 father/son pairs at one house
    srcs = rng.sample(persons[12:], 12)
    for n, o in enumerate(srcs):
        nm = {"given": o["given"], "family": o["family"], "gender": o["gender"], "eth": o["eth"],
              "yy": (o["yy"] + 27) % 100}
        if n < 8:
            same = [q for q in PLACES if q["county"] == o["place"]["county"] and q["city"] != o["place"]["city"]]
            pl = ctx.pick_place(counties=[o["place"]["county"]] if (same and rng.random() < 0.5) else None,
                                exclude_city=[o["place"]["city"]])
            persons.append(ctx.make_person(place=pl, nm=nm))
        else:
            nm["gender"] = "m"
            p = ctx.make_person(place=o["place"], nm=nm)
            p["address"] = o["address"]
            o["gender"] = "m"
            persons.append(p)
    T += persons
    assert len(T) == N_EXISTING, len(T)
    return T, W


def build_new(ctx, W):
    rng = ctx.rng
    T = []
    for _ in range(160):
        T.append(ctx.make_person())
    for _ in range(130):
        T.append(ctx.make_firm("srl"))
    for _ in range(15):
        T.append(ctx.make_firm("srl_d"))
    for _ in range(3):
        T.append(ctx.make_firm("sa", place=ctx.pick_place(counties=BRANCH_COUNTIES, types=["mun", "buc"])))
    for _ in range(25):
        T.append(ctx.make_owner_business("pfa"))
    for _ in range(10):
        T.append(ctx.make_owner_business("ii"))
    for _ in range(4):
        T.append(ctx.make_owner_business("if"))
    for _ in range(3):
        T.append(ctx.make_coop())
    for size, city in zip([5, 5, 4], ["Cluj-Napoca", "Brașov", "Timișoara"]):
        adm = make_admin(ctx, PLACE_BY_CITY[city])
        for _ in range(size):
            T.append(make_asociatie(ctx, adm))
    for city, sector, n in PRIMARII_NEW:
        pr = make_primarie(ctx, city, sector)
        for _ in range(n):
            T.append(make_directie(ctx, pr))
    for _ in range(10):
        T.append(make_school(ctx))
    for _ in range(8):
        T.append(make_parish(ctx))
    for _ in range(2):
        g = make_group(ctx, with_stem=True)
        for _ in range(3):
            T.append(make_group_company(ctx, g))
    for _ in range(2):
        p = make_pdl_parent(ctx)
        for _ in range(3):
            T.append(make_site(ctx, p))
    assert len(T) == 400, len(T)
    return T


def render_existing(ctx, t):
    for attempt in range(8):
        force = ["phone"] if attempt >= 4 else []
        rec = render_record(ctx, t, "existing", {"force": force})
        c = rec["contact"]
        if c["email"] or c["phone"] or c["address"]:
            return rec
    raise RuntimeError("existing record without identifiers")


def disambiguate(items):
    """QuickBooks needs unique display names: '(City)' or '(2)' like a bookkeeper would add."""
    for _round in range(5):
        groups = {}
        for i, it in enumerate(items):
            groups.setdefault(it["rec"]["contact"]["displayName"].casefold(), []).append(i)
        clash = False
        for key, idxs in groups.items():
            if len(idxs) < 2:
                continue
            clash = True
            cities = [items[i]["t"]["place"]["city"] for i in idxs]
            distinct = len(set(c.casefold() for c in cities)) == len(cities)
            for n, i in enumerate(idxs[1:], start=2):
                c = items[i]["rec"]["contact"]
                if distinct:
                    c["displayName"] = c["displayName"] + " (" + items[i]["t"]["place"]["city"] + ")"
                else:
                    c["displayName"] = c["displayName"] + " (%d)" % n
        if not clash:
            return
    raise RuntimeError("display names still clash")

# ---------------------------------------------------------------------------
# 9. Incoming records: matches and new customers
# ---------------------------------------------------------------------------

PROFILE_W = [("light", 36), ("medium", 42), ("harsh", 22)]
FIRST_FORCE = {"counter": "phone", "webshop": "email", "efactura": "address", "sales_app": "phone"}


def pick_source(rng, kind):
    return wchoice(rng, SOURCE_W[source_group(kind)])


class CityIndex:
    def __init__(self, existing_items):
        self.by_city = {}
        for idx, it in enumerate(existing_items):
            c = contact_city(it["rec"]["contact"])
            if c:
                self.by_city.setdefault(c, []).append((idx, it["rec"]["contact"]["displayName"]))

    def name_city_ok(self, inc, comp, comp_idx):
        c = contact_city(inc)
        if not c or c != contact_city(comp):
            return False
        sc = name_sim(inc["displayName"], comp["displayName"])
        if sc < 0.75:
            return False
        for idx, dn in self.by_city.get(c, []):
            if idx == comp_idx:
                continue
            if name_sim(inc["displayName"], dn) >= sc - 0.1:
                return False
        return True


def derive(ctx, t, base, source, profile, cindex, comp_idx):
    """An incoming record of customer t compared with record `base`."""
    rng = ctx.rng
    bc = base["contact"]
    avail = available_ids(bc)
    want_nc = profile != "light" and contact_city(bc) and \
        rng.random() < (0.10 if profile == "medium" else 0.30)
    for attempt in range(40):
        namecity = bool(want_nc) and attempt < 14
        keep = [] if namecity else choose_keep(rng, source, avail)
        ops = choose_ops(rng, t, source, profile, keep, bc, namecity)
        rec = render_record(ctx, t, source, {"ops": ops, "keep": keep, "force": keep, "base": base,
                                             "namecity": namecity})
        ev = evidence_of(rec["contact"], bc)
        if ev:
            return rec, ev, "identifier"
        if cindex.name_city_ok(rec["contact"], bc, comp_idx):
            return rec, [], "name+city"
    raise RuntimeError("could not derive a findable record")


def first_occurrence(ctx, t, source):
    rng = ctx.rng
    f = FIRST_FORCE[source]
    if f == "address" and t["party"] == "person" and rng.random() < 0.3:
        f = "phone"
    for _ in range(10):
        rec = render_record(ctx, t, source, {"force": [f]})
        if available_ids(rec["contact"]):
            return rec
    return rec


# ---------------------------------------------------------------------------
# 10. Hard negatives: another customer under the business's rules
# ---------------------------------------------------------------------------

HN_PLAN = [("namesake_other_judet", 16), ("father_son", 12), ("spouse", 14),
           ("household_member", 8), ("pfa_vs_person", 14), ("punct_de_lucru_other", 14),
           ("group_other_company", 14), ("asociatie_other", 14), ("later_firm_same_address", 12),
           ("similar_name_other_trade", 12), ("primarie_other_directorate", 12),
           ("namesake_org_other_city", 8)]

HN_RULES = {
    "namesake_other_judet": "Same name, another person living in another judet (own address, phone and e-mail): one customer per person, a namesake is not the same customer.",
    "father_son": "Father and son of one name at one house: two persons, each buying on his own account, two customers.",
    "spouse": "Spouse at the same address: each spouse buying on his or her own account is a separate customer.",
    "household_member": "Another member of the household (grown child or parent) at the same address: another person, another customer.",
    "pfa_vs_person": "A PFA (persoana fizica autorizata) is billed apart from the same person's private account.",
    "punct_de_lucru_other": "Each punct de lucru (site) billed under its own account is its own customer; another site of the same firm is another customer.",
    "group_other_company": "One customer per legal entity: another company of the group, even at the group's shared accounting mailbox, is another customer.",
    "asociatie_other": "Each asociatie de proprietari is its own customer, though several are administered by one administrator at one e-mail and phone.",
    "later_firm_same_address": "A later firm registered at the same address is another legal entity (own CUI), not the old firm renamed.",
    "similar_name_other_trade": "A similar name in another trade, with other owners and CUI: another legal entity.",
    "primarie_other_directorate": "Each directorate / service of a primarie is billed as its own customer.",
    "namesake_org_other_city": "An institution of the same name in another town (another school / cooperative): another legal entity.",
}

HN_DEFAULTS = {"displayName": "other_customer", "givenName": "other_person", "familyName": "other_person",
               "companyName": "other_entity", "email": "other_mailbox", "phone": "other_number",
               "address.line1": "other_address", "address.line2": "other_address",
               "address.city": "other_address", "address.region": "other_address",
               "address.postalCode": "other_address", "address.country": "format"}
STRONG_SHARED = ("name", "familyName", "email", "email_domain", "phone", "address", "company_stem")


def hn_changes(anc_c, c, hints):
    out = []
    for x in changes_of(anc_c, c, {}, default="__"):
        f, w = x.split(":", 1)
        if w == "__":
            w = HN_DEFAULTS.get(f, "other")
        out.append(f + ":" + w)
    return out


def person_like(ctx, anchor, gender=None, given=None, family=None, place=None, yy=None):
    """A new person truth derived from an anchor person (household, namesakes)."""
    rng = ctx.rng
    place = place or anchor["place"]
    nm = ctx.person_name(place["county"], gender=gender or anchor["gender"], eth=anchor["eth"])
    if given:
        nm["given"] = given
    if family:
        nm["family"] = family
    if yy is not None:
        nm["yy"] = yy
    return ctx.make_person(place=place, nm=nm)


def build_hn(ctx, hn_type, anchor_t, anchor_rec, W):
    """Returns (truth, force list, stem) or None if the anchor does not fit."""
    rng = ctx.rng
    ac = anchor_rec["contact"]
    ah = anchor_rec["h"]
    k = anchor_t["kind"]
    if hn_type == "namesake_other_judet":
        if k != "person":
            return None
        eth = anchor_t["eth"]
        pref = {"hu": ["Harghita", "Covasna", "Mureș", "Satu Mare", "Bihor", "Cluj", "Sălaj"],
                "de": ["Sibiu", "Brașov", "Timiș", "Mureș"], "mold": ["Suceava", "Bacău", "Neamț", "Iași"],
                "banat": ["Timiș", "Arad", "Hunedoara"], "munt": ["Prahova", "Argeș", "Dolj", "Constanța", "București"]}
        counties = [c for c in pref.get(eth, ["Sălaj", "Alba", "Bistrița-Năsăud", "Maramureș", "Mureș", "Bihor", "Cluj"])
                    if c != anchor_t["place"]["county"]]
        place = ctx.pick_place(counties=counties)
        t = person_like(ctx, anchor_t, given=anchor_t["given"], family=anchor_t["family"], place=place)
        return t, ["address", "phone"], None
    if hn_type == "father_son":
        if k != "person" or anchor_t["gender"] != "m" or ah.get("addr") is None:
            return None
        t = person_like(ctx, anchor_t, given=anchor_t["given"], family=anchor_t["family"],
                        yy=(anchor_t["yy"] + rng.choice([24, 26, 28, 30, -25, -28])) % 100)
        t["address"] = ah["addr"]
        force = ["address"] + [x for x in ("phone", "email") if ah.get(x)]
        if len(force) == 1:
            return None
        return t, force, None
    if hn_type in ("spouse", "household_member"):
        if k != "person" or ah.get("addr") is None:
            return None
        if hn_type == "spouse":
            gender = "f" if anchor_t["gender"] == "m" else "m"
        else:
            gender = rng.choice(["m", "f"])
        for _ in range(20):
            t = person_like(ctx, anchor_t, gender=gender, family=anchor_t["family"])
            if fold(first_given(t["given"])) != fold(first_given(anchor_t["given"])):
                break
        t["address"] = ah["addr"]
        force = ["address"]
        if hn_type == "spouse":
            if ah.get("phone") and not ah["phone"].startswith("07"):
                t["phone"] = ah["phone"]
                force.append("phone")
            elif ah.get("email") and rng.random() < 0.2:
                t["email"] = ah["email"]
                force.append("email")
        return t, force, None
    if hn_type == "pfa_vs_person":
        if k == "person":
            owner = {"given": anchor_t["given"], "family": anchor_t["family"], "gender": anchor_t["gender"],
                     "eth": anchor_t["eth"], "yy": anchor_t["yy"],
                     "mobile": anchor_t["phone"] if anchor_t["phone"].startswith("07") else None}
            t = ctx.make_owner_business("pfa", place=anchor_t["place"], owner=owner)
            force = ["phone"] if owner["mobile"] else []
            if rng.random() < 0.4:
                t["address"] = anchor_t["address"]
                force.append("address")
            return t, force, None
        if k == "pfa":
            o = anchor_t["owner"]
            t = ctx.make_person(place=anchor_t["place"], nm={"given": o["given"], "family": o["family"],
                                                             "gender": o["gender"], "eth": o["eth"], "yy": o["yy"]})
            force = []
            if rng.random() < 0.7:
                t["phone"] = o["mobile"]
                force.append("phone")
            if rng.random() < 0.4:
                t["address"] = anchor_t["address"]
                force.append("address")
            return t, force, None
        return None
    if hn_type == "punct_de_lucru_other":
        if k != "punct_de_lucru":
            return None
        t = make_site(ctx, anchor_t["parent"])
        force = ["email"] if email_domain(t["email"]) == email_domain(ac.get("email")) else []
        return t, force, anchor_t["base"]
    if hn_type == "group_other_company":
        if k != "group_company" or not ac.get("email"):
            return None
        t = make_group_company(ctx, anchor_t["group"])
        stem = anchor_t["group"]["stem"]
        return t, ["email"], stem
    if hn_type == "asociatie_other":
        if k != "asociatie_proprietari":
            return None
        t = make_asociatie(ctx, anchor_t["admin"])
        force = [x for x in ("email", "phone") if ac.get(x)]
        return t, force, None
    if hn_type == "later_firm_same_address":
        if k not in ("srl", "srl_d", "sa") or ah.get("addr") is None or anchor_t.get("sites"):
            return None
        t = ctx.make_firm("srl", place=anchor_t["place"])
        t["address"] = ah["addr"]
        return t, ["address"], None
    if hn_type == "similar_name_other_trade":
        if k not in ("srl", "srl_d") or not anchor_t.get("trade") or anchor_t.get("sites") \
                or anchor_t["stem"] == anchor_t["base"]:
            return None
        fam = TRADE_FAMILY.get(anchor_t["trade"])
        stem = anchor_t["stem"]
        others = [w for w, f in TRADES if f != fam and f not in ("trade", "service")]
        base = None
        for _ in range(30):
            nb = stem + " " + rng.choice(others)
            if rng.random() < 0.3:
                nb += " " + rng.choice(TAILS)
            if fold(nb) not in ctx.used_firm:
                ctx.used_firm.add(fold(nb))
                base = {"base": nb, "stem": stem, "trade": None}
                break
        if base is None:
            return None
        place = anchor_t["place"] if rng.random() < 0.4 else ctx.pick_place(counties=BRANCH_COUNTIES)
        t = ctx.make_firm("srl", place=place, base=base)
        return t, [], stem
    if hn_type == "primarie_other_directorate":
        if k != "primarie_directie":
            return None
        pr = anchor_t["prim"]
        if not [d for d in pr["dirs"] if d not in pr["used"]]:
            return None
        t = make_directie(ctx, pr)
        return t, [], pr["name"]
    if hn_type == "namesake_org_other_city":
        if k == "scoala":
            cities = [c for c in BIG_CITIES + ["Turda", "Dej", "Florești", "Zalău", "Alba Iulia", "Bistrița"]
                      if c != anchor_t["place"]["city"]]
            pl = PLACE_BY_CITY[rng.choice(cities)]
            t = make_school(ctx, place=pl, spec=(anchor_t["stype"], anchor_t["nr"], anchor_t["patron"]))
            if t["place"]["city"] == anchor_t["place"]["city"]:
                return None
            force = ["address"]
            stem = anchor_t["stype"] + (" nr. " + str(anchor_t["nr"]) if anchor_t["nr"] else " " + anchor_t["patron"])
            return t, force, stem
        if k == "cooperativa":
            pl = ctx.pick_place(types=["mun", "oras"], exclude_city=[anchor_t["place"]["city"]])
            t = ctx.make_coop(place=pl, cname=anchor_t["cname"])
            t["ctype"] = anchor_t["ctype"]
            return t, ["address"], anchor_t["ctype"] + " " + anchor_t["cname"]
        return None
    raise ValueError(hn_type)


def make_hard_negatives(ctx, ex_items, W):
    rng = ctx.rng
    out = []
    used_anchor = set()
    order = list(range(len(ex_items)))
    for hn_type, n in HN_PLAN:
        made = 0
        rng.shuffle(order)
        for idx in order:
            if made >= n:
                break
            if idx in used_anchor:
                continue
            it = ex_items[idx]
            res = build_hn(ctx, hn_type, it["t"], it["rec"], W)
            if res is None:
                continue
            t, force, stem = res
            ok = None
            for _ in range(8):
                source = pick_source(rng, t["kind"])
                ops = []
                if rng.random() < 0.4:
                    ops = [rng.choice(["postcode_drop", "email_case", "lines_merge", "region_fmt", "country_drop"])]
                rec = render_record(ctx, t, source, {"ops": ops, "force": force})
                sh = shared_of(rec["contact"], it["rec"]["contact"], stem)
                strong = [s for s in sh if s in STRONG_SHARED]
                if hn_type in ("namesake_other_judet", "father_son") and "name" not in sh:
                    continue
                if strong:
                    ok = (rec, sh, source)
                    break
            if ok is None:
                continue
            rec, sh, source = ok
            used_anchor.add(idx)
            out.append({"t": t, "rec": rec, "hn_type": hn_type, "anchor_idx": idx, "shared": sh,
                        "stem": stem if "company_stem" in sh else None, "source": source})
            made += 1
        if made < n:
            raise RuntimeError("not enough anchors for %s (%d/%d)" % (hn_type, made, n))
    return out

# ---------------------------------------------------------------------------
# 11. Assembly and output
# ---------------------------------------------------------------------------

def build(rng):
    ctx = Ctx(rng)
    ex_truths, W = build_existing(ctx)
    new_truths = build_new(ctx, W)
    ex_items = [{"t": t, "rec": render_existing(ctx, t)} for t in ex_truths]
    disambiguate(ex_items)
    ex_items.sort(key=lambda it: it["rec"]["contact"]["displayName"].casefold())
    cindex = CityIndex(ex_items)

    inc = []
    # matches: ~700 existing customers, some twice or three times
    chosen = rng.sample(range(N_EXISTING), 700)
    mult = [1] * 590 + [2] * 95 + [3] * 15
    rng.shuffle(mult)
    for idx, m in zip(chosen, mult):
        it = ex_items[idx]
        for _ in range(m):
            profile = wchoice(rng, PROFILE_W)
            source = pick_source(rng, it["t"]["kind"])
            rec, ev, fnd = derive(ctx, it["t"], it["rec"], source, profile, cindex, idx)
            inc.append({"cat": "match", "t": it["t"], "rec": rec, "profile": profile, "evidence": ev,
                        "findable": fnd, "compare_index": idx,
                        "changes": changes_of(it["rec"]["contact"], rec["contact"], rec["hints"])})
    # new customers: 400, some appearing 2-3 times
    mult = [1] * 300 + [2] * 75 + [3] * 25
    rng.shuffle(mult)
    for t, m in zip(new_truths, mult):
        src = pick_source(rng, t["kind"])
        first = first_occurrence(ctx, t, src)
        inc.append({"cat": "new", "t": t, "rec": first, "occ": 1, "changes": []})
        for o in range(2, m + 1):
            profile = wchoice(rng, PROFILE_W)
            source = pick_source(rng, t["kind"])
            rec, ev, fnd = derive(ctx, t, first, source, profile, cindex, None)
            inc.append({"cat": "new", "t": t, "rec": rec, "occ": o, "profile": profile, "evidence": ev,
                        "findable": fnd,
                        "changes": changes_of(first["contact"], rec["contact"], rec["hints"])})
    # hard negatives
    for h in make_hard_negatives(ctx, ex_items, W):
        anc = ex_items[h["anchor_idx"]]
        inc.append({"cat": "hard_negative", "t": h["t"], "rec": h["rec"], "hn": h,
                    "changes": hn_changes(anc["rec"]["contact"], h["rec"]["contact"], h["rec"]["hints"])})
    assert len(inc) == N_INCOMING, len(inc)
    rng.shuffle(inc)
    # occurrence 1 of a new customer comes first in the file
    pos = {}
    for i, x in enumerate(inc):
        if x["cat"] == "new":
            pos.setdefault(x["t"]["id"], []).append(i)
    for ent, ps in pos.items():
        xs = sorted([inc[p] for p in ps], key=lambda x: x["occ"])
        for p, x in zip(ps, xs):
            inc[p] = x
    occ1 = {x["t"]["id"]: i for i, x in enumerate(inc) if x["cat"] == "new" and x["occ"] == 1}

    set_lines, meta_lines = [], []
    for i, it in enumerate(ex_items):
        t = it["t"]
        set_lines.append({"set": "existing", "entity": t["id"], "contact": it["rec"]["contact"]})
        meta_lines.append({"set": "existing", "index": i, "entity": t["id"], "category": "existing",
                           "kind": t["kind"], "party": t["party"], "changes": []})
    for i, x in enumerate(inc):
        t = x["t"]
        set_lines.append({"set": "incoming", "entity": t["id"], "contact": x["rec"]["contact"]})
        m = {"set": "incoming", "index": i, "entity": t["id"], "category": x["cat"], "kind": t["kind"],
             "party": t["party"], "changes": x["changes"], "source": x["rec"]["source"]}
        if x["cat"] == "match":
            m.update({"profile": x["profile"], "evidence": x["evidence"], "findable": x["findable"],
                      "compare_set": "existing", "compare_index": x["compare_index"]})
        elif x["cat"] == "new":
            m["occurrence"] = x["occ"]
            if x["occ"] >= 2:
                m.update({"profile": x["profile"], "evidence": x["evidence"], "findable": x["findable"],
                          "compare_set": "incoming", "compare_index": occ1[t["id"]]})
        else:
            h = x["hn"]
            m.update({"anchor": ex_items[h["anchor_idx"]]["t"]["id"], "anchor_index": h["anchor_idx"],
                      "hn_type": h["hn_type"], "rule": HN_RULES[h["hn_type"]], "shared": h["shared"]})
            if h["stem"]:
                m["stem"] = h["stem"]
        meta_lines.append(m)
    return set_lines, meta_lines


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--stats", action="store_true", help="print counts and the change vocabulary")
    args = ap.parse_args()
    rng = random.Random(SEED)
    set_lines, meta_lines = build(rng)
    os.makedirs(args.out, exist_ok=True)
    write_jsonl(os.path.join(args.out, "set.jsonl"), set_lines)
    write_jsonl(os.path.join(args.out, "meta.jsonl"), meta_lines)
    cats = {}
    for m in meta_lines:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    print("wrote %d + %d records to %s: %s" % (
        sum(1 for m in meta_lines if m["set"] == "existing"),
        sum(1 for m in meta_lines if m["set"] == "incoming"), args.out,
        ", ".join("%s %d" % (k, cats[k]) for k in sorted(cats))))
    if args.stats:
        vocab, kinds, hn, src, fnd = {}, {}, {}, {}, {}
        for m in meta_lines:
            for c in m["changes"]:
                w = c.split(":", 1)[1]
                vocab[w] = vocab.get(w, 0) + 1
            kinds[(m["set"], m["kind"])] = kinds.get((m["set"], m["kind"]), 0) + 1
            if m["category"] == "hard_negative":
                hn[m["hn_type"]] = hn.get(m["hn_type"], 0) + 1
            if "source" in m:
                src[m["source"]] = src.get(m["source"], 0) + 1
            if "findable" in m:
                fnd[m["findable"]] = fnd.get(m["findable"], 0) + 1
        print("vocab:", sorted(vocab.items(), key=lambda kv: -kv[1]))
        print("kinds:", sorted(kinds.items()))
        print("hn:", sorted(hn.items()))
        print("sources:", sorted(src.items()), "findable:", sorted(fnd.items()))


if __name__ == "__main__":
    main()
