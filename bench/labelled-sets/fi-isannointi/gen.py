#!/usr/bin/env python3
"""Synthetic labelled benchmark for customer record linkage.

Scenario fi-isannointi: a Finnish property maintenance / property management company
(kiinteistohuolto + isannointi, offices in Tampere, Turku and Espoo) that bills
housing companies, property owners and households through QuickBooks Online.

Standard library only.  One random.Random(SEED).  Output is byte-identical for any
PYTHONHASHSEED (no set/dict iteration order is relied on for randomness).

    python3 gen.py              -> writes set.jsonl and meta.jsonl next to this file
    python3 gen.py --out DIR    -> writes them into DIR
"""
import json
import os
import random
import re
import sys
import unicodedata
from difflib import SequenceMatcher

SEED = 20240611
R = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500

# ---------------------------------------------------------------------------
# 1. Geography: real municipalities, real-looking five-digit postal codes
# ---------------------------------------------------------------------------
# key: (finnish name, swedish name or None, genitive, region, area code,
#       municipality type, bilingual (swedish used locally), weight, cottage area,
#       postal codes)
CITY_ROWS = [
    # Pirkanmaa (Tampere office), landline area code 03
    ("Tampere", "Tammerfors", "Tampereen", "Pirkanmaa", "03", "kaupunki", False, 30, False,
     "33100 33180 33200 33210 33230 33240 33250 33270 33300 33310 33330 33340 33400 33410 "
     "33420 33500 33520 33530 33540 33560 33580 33610 33680 33700 33710 33720 33730 33800 "
     "33820 33840 33850 33870 33900 34240"),
    ("Nokia", None, "Nokian", "Pirkanmaa", "03", "kaupunki", False, 4, False,
     "37100 37120 37130 37140 37150"),
    ("Ylöjärvi", None, "Ylöjärven", "Pirkanmaa", "03", "kaupunki", False, 4, False,
     "33470 33480 33430"),
    ("Kangasala", None, "Kangasalan", "Pirkanmaa", "03", "kaupunki", False, 5, True,
     "36200 36220 36240 36270 36280"),
    ("Lempäälä", None, "Lempäälän", "Pirkanmaa", "03", "kunta", False, 4, False,
     "37500 37550 37560"),
    ("Pirkkala", None, "Pirkkalan", "Pirkanmaa", "03", "kunta", False, 3, False,
     "33950 33960"),
    ("Valkeakoski", None, "Valkeakosken", "Pirkanmaa", "03", "kaupunki", False, 2, False,
     "37600 37630"),
    ("Orivesi", None, "Oriveden", "Pirkanmaa", "03", "kaupunki", False, 1, True, "35300"),
    ("Vesilahti", None, "Vesilahden", "Pirkanmaa", "03", "kunta", False, 1, True, "37470"),
    ("Hämeenkyrö", "Tavastkyro", "Hämeenkyrön", "Pirkanmaa", "03", "kunta", False, 1, True,
     "39100"),
    ("Sastamala", None, "Sastamalan", "Pirkanmaa", "03", "kaupunki", False, 1, False,
     "38200 38210"),
    ("Akaa", None, "Akaan", "Pirkanmaa", "03", "kaupunki", False, 1, False, "37800 37830"),
    ("Ruovesi", None, "Ruoveden", "Pirkanmaa", "03", "kunta", False, 0, True, "34600"),
    ("Pälkäne", None, "Pälkäneen", "Pirkanmaa", "03", "kunta", False, 0, True, "36600 36640"),
    # Varsinais-Suomi (Turku office), area code 02
    ("Turku", "Åbo", "Turun", "Varsinais-Suomi", "02", "kaupunki", True, 20, False,
     "20100 20200 20210 20240 20250 20300 20320 20360 20380 20400 20500 20520 20540 20610 "
     "20660 20700 20720 20730 20750 20810 20880 20900 20960"),
    ("Kaarina", "S:t Karins", "Kaarinan", "Varsinais-Suomi", "02", "kaupunki", False, 4, False,
     "20760 20780 21500"),
    ("Raisio", "Reso", "Raision", "Varsinais-Suomi", "02", "kaupunki", False, 3, False,
     "21200 21280"),
    ("Naantali", "Nådendal", "Naantalin", "Varsinais-Suomi", "02", "kaupunki", False, 2, True,
     "21100 21110"),
    ("Lieto", "Lundo", "Liedon", "Varsinais-Suomi", "02", "kunta", False, 2, False,
     "21410 21420"),
    ("Masku", "Masko", "Maskun", "Varsinais-Suomi", "02", "kunta", False, 1, False, "21250"),
    ("Rusko", None, "Ruskon", "Varsinais-Suomi", "02", "kunta", False, 1, False, "21290"),
    ("Parainen", "Pargas", "Paraisten", "Varsinais-Suomi", "02", "kaupunki", True, 2, True,
     "21600 21610"),
    ("Kemiönsaari", "Kimitoön", "Kemiönsaaren", "Varsinais-Suomi", "02", "kunta", True, 0, True,
     "25700 25870"),
    ("Salo", None, "Salon", "Varsinais-Suomi", "02", "kaupunki", False, 2, False,
     "24100 24240 24260 24800"),
    ("Paimio", "Pemar", "Paimion", "Varsinais-Suomi", "02", "kaupunki", False, 1, False,
     "21530"),
    ("Mynämäki", "Virmo", "Mynämäen", "Varsinais-Suomi", "02", "kunta", False, 1, False,
     "23100"),
    ("Kustavi", "Gustavs", "Kustavin", "Varsinais-Suomi", "02", "kunta", False, 0, True,
     "23360"),
    ("Taivassalo", "Tövsala", "Taivassalon", "Varsinais-Suomi", "02", "kunta", False, 0, True,
     "23310"),
    ("Sauvo", "Sagu", "Sauvon", "Varsinais-Suomi", "02", "kunta", False, 0, True, "21570"),
    # Uusimaa (Espoo office), area codes 09 / 019
    ("Espoo", "Esbo", "Espoon", "Uusimaa", "09", "kaupunki", True, 22, False,
     "02100 02110 02120 02130 02140 02150 02160 02170 02180 02200 02210 02230 02240 02250 "
     "02260 02270 02280 02300 02320 02330 02340 02360 02380 02600 02610 02620 02630 02650 "
     "02660 02680 02710 02720 02730 02740 02750 02760 02770 02780 02810 02820 02860 02920 "
     "02940 02970"),
    ("Helsinki", "Helsingfors", "Helsingin", "Uusimaa", "09", "kaupunki", True, 6, False,
     "00100 00120 00130 00140 00150 00160 00170 00180 00200 00210 00250 00260 00270 00280 "
     "00300 00320 00330 00340 00350 00360 00370 00380 00400 00410 00420 00430 00440 00500 "
     "00510 00520 00530 00550 00560 00570 00580 00600 00610 00620 00630 00640 00650 00660 "
     "00670 00680 00690 00700 00710 00720 00730 00740 00750 00760 00770 00780 00790 00800 "
     "00810 00820 00830 00840 00850 00860 00870 00880 00900 00910 00920 00930 00940 00950 "
     "00960 00970 00980 00990"),
    ("Vantaa", "Vanda", "Vantaan", "Uusimaa", "09", "kaupunki", True, 3, False,
     "01200 01260 01280 01300 01350 01360 01370 01380 01390 01400 01450 01480 01490 01510 "
     "01520 01530 01600 01610 01620 01630 01640 01650 01660 01670 01680 01690 01700 01710 "
     "01720 01730 01740 01750 01760 01770"),
    ("Kauniainen", "Grankulla", "Kauniaisten", "Uusimaa", "09", "kaupunki", True, 2, False,
     "02700"),
    ("Kirkkonummi", "Kyrkslätt", "Kirkkonummen", "Uusimaa", "09", "kunta", True, 3, True,
     "02400 02410 02420 02430 02440 02460"),
    ("Vihti", "Vichtis", "Vihdin", "Uusimaa", "09", "kunta", False, 1, False,
     "03100 03250 03400"),
    ("Lohja", "Lojo", "Lohjan", "Uusimaa", "019", "kaupunki", True, 2, True,
     "08100 08150 08200 08350 08450 08500"),
    ("Siuntio", "Sjundeå", "Siuntion", "Uusimaa", "09", "kunta", True, 1, True, "02570 02580"),
    ("Inkoo", "Ingå", "Inkoon", "Uusimaa", "09", "kunta", True, 0, True, "10210"),
    ("Raasepori", "Raseborg", "Raaseporin", "Uusimaa", "019", "kaupunki", True, 0, True,
     "10300 10470 10600 10820"),
    ("Hanko", "Hangö", "Hangon", "Uusimaa", "019", "kaupunki", True, 0, True, "10900 10960"),
    ("Porvoo", "Borgå", "Porvoon", "Uusimaa", "019", "kaupunki", True, 1, True,
     "06100 06150 06400 06450 06500"),
    ("Sipoo", "Sibbo", "Sipoon", "Uusimaa", "09", "kunta", True, 1, True, "04130 04170"),
    ("Tuusula", "Tusby", "Tuusulan", "Uusimaa", "09", "kunta", False, 1, False,
     "04300 04310 04320 04330 04340 04360"),
    ("Kerava", "Kervo", "Keravan", "Uusimaa", "09", "kaupunki", False, 1, False,
     "04200 04220 04230 04250 04260"),
    ("Järvenpää", "Träskända", "Järvenpään", "Uusimaa", "09", "kaupunki", False, 1, False,
     "04400 04410 04420 04430 04440"),
]

REGION_SV = {"Pirkanmaa": "Birkaland", "Varsinais-Suomi": "Egentliga Finland",
             "Uusimaa": "Nyland"}
OFFICE_AREA = {"Pirkanmaa": "Tampere", "Varsinais-Suomi": "Turku", "Uusimaa": "Espoo"}


class City:
    __slots__ = ("fi", "sv", "gen", "region", "area", "mtype", "bilingual", "weight",
                 "cottage", "postals")

    def __init__(self, row):
        (self.fi, self.sv, self.gen, self.region, self.area, self.mtype, self.bilingual,
         self.weight, self.cottage, pc) = row
        self.postals = pc.split()


CITIES = [City(r) for r in CITY_ROWS]
CITY = {c.fi: c for c in CITIES}
HOME_CITIES = [c for c in CITIES if c.weight > 0]
COTTAGE_CITIES = [c for c in CITIES if c.cottage]
CITIES_BY_REGION = {}
for _c in CITIES:
    CITIES_BY_REGION.setdefault(_c.region, []).append(_c)

# Real street names of the office towns (house numbers are invented).
REAL_STREETS = {
    "Tampere": [("Hämeenkatu", None), ("Satakunnankatu", None), ("Hallituskatu", None),
                ("Kuninkaankatu", None), ("Pirkankatu", None), ("Näsilinnankatu", None),
                ("Sammonkatu", None), ("Kalevantie", None), ("Teiskontie", None),
                ("Lapintie", None), ("Insinöörinkatu", None), ("Opiskelijankatu", None),
                ("Pispalan valtatie", None), ("Nekalantie", None), ("Viinikankatu", None),
                ("Tuomiokirkonkatu", None), ("Pyynikintie", None), ("Hervannan valtaväylä", None),
                ("Kissanmaankatu", None), ("Ilmarinkatu", None), ("Aleksis Kiven katu", None),
                ("Sumeliuksenkatu", None), ("Rautatienkatu", None), ("Kekkosentie", None),
                ("Lielahdenkatu", None), ("Orivedenkatu", None), ("Messukylänkatu", None),
                ("Ruovedenkatu", None), ("Tesomankatu", None), ("Hatanpään valtatie", None)],
    "Turku": [("Aurakatu", "Auragatan"), ("Eerikinkatu", "Eriksgatan"),
              ("Hämeenkatu", "Tavastgatan"), ("Uudenmaankatu", "Nylandsgatan"),
              ("Yliopistonkatu", "Universitetsgatan"), ("Kaskenkatu", "Kaskisgatan"),
              ("Itäinen Pitkäkatu", "Österlånggatan"), ("Läntinen Rantakatu", "Västra Strandgatan"),
              ("Puolalankatu", "Puolalagatan"), ("Linnankatu", "Slottsgatan"),
              ("Ratapihankatu", "Bangårdsgatan"), ("Vähä Hämeenkatu", "Lilla Tavastgatan"),
              ("Sirkkalankatu", "Sirkkalagatan"), ("Kupittaankatu", "Kuppisgatan"),
              ("Martinkatu", "Martinsgatan"), ("Humalistonkatu", "Humlegårdsgatan"),
              ("Brahenkatu", "Brahegatan"), ("Kristiinankatu", "Kristinegatan"),
              ("Maariankatu", "Mariegatan"), ("Rauhankatu", "Fredsgatan")],
    "Espoo": [("Länsituulentie", "Västanvindsvägen"), ("Itätuulenkuja", "Östanvindsgränden"),
              ("Kauppamiehentie", "Köpmansvägen"), ("Leppävaarankatu", "Alberga gata"),
              ("Otaniementie", "Otnäsvägen"), ("Kivenlahdentie", "Stensviksvägen"),
              ("Matinkatu", "Mattsgatan"), ("Piispansilta", "Biskopsbron"),
              ("Tapionraitti", "Tapiovägen"), ("Merikorttikuja", "Sjökortsgränden"),
              ("Soukantie", "Sökvägen"), ("Espoonlahdenranta", "Esboviksstranden"),
              ("Kirkkojärventie", "Kyrkträskvägen"), ("Suvikummuntie", "Sommarkullavägen"),
              ("Kilonkartanontie", "Kilo gårdsväg"), ("Nuottaniementie", "Notuddsvägen")],
    "Helsinki": [("Mannerheimintie", "Mannerheimvägen"), ("Fredrikinkatu", "Fredriksgatan"),
                 ("Runeberginkatu", "Runebergsgatan"), ("Mechelininkatu", "Mechelingatan"),
                 ("Hämeentie", "Tavastvägen"), ("Mäkelänkatu", "Backasgatan"),
                 ("Topeliuksenkatu", "Topeliusgatan"), ("Museokatu", "Museigatan"),
                 ("Lauttasaarentie", "Drumsövägen"), ("Itäinen Rantakatu", "Östra Strandgatan")],
}

# Generic street stems with Swedish counterparts (bilingual towns use both).
STREET_STEMS = [
    ("Koivu", "Björk"), ("Kuusi", "Gran"), ("Mänty", "Tall"), ("Tammi", "Ek"),
    ("Pihlaja", "Rönn"), ("Vaahtera", "Lönn"), ("Haapa", "Asp"), ("Leppä", "Al"),
    ("Lehmus", "Lind"), ("Kataja", "En"), ("Kallio", "Berg"), ("Kivi", "Sten"),
    ("Ranta", "Strand"), ("Meri", "Havs"), ("Järvi", "Sjö"), ("Mylly", "Kvarn"),
    ("Kirkko", "Kyrk"), ("Koulu", "Skol"), ("Satama", "Hamn"), ("Asema", "Stations"),
    ("Pelto", "Åker"), ("Niitty", "Ängs"), ("Metsä", "Skogs"), ("Mäki", "Backa"),
    ("Lehto", "Lund"), ("Kartano", "Gårds"), ("Tuuli", "Vind"), ("Aurinko", "Sol"),
    ("Kulta", "Guld"), ("Kettu", "Räv"), ("Karhu", "Björn"), ("Hirvi", "Älg"),
    ("Kauppa", "Handels"), ("Kaivo", "Brunns"), ("Pappila", "Prästgårds"),
    ("Kukkula", "Kulle"), ("Lähde", "Käll"), ("Sointu", "Klang"), ("Kannel", "Kantele"),
    ("Lintu", "Fågel"), ("Joutsen", "Svan"), ("Kurki", "Tran"), ("Haukka", "Hök"),
    ("Tähti", "Stjärn"), ("Kuu", "Mån"), ("Pilvi", "Moln"), ("Sade", "Regn"),
    ("Talvi", "Vinter"), ("Kevät", "Vår"), ("Kesä", "Sommar"), ("Syksy", "Höst"),
    ("Kanerva", "Ljung"), ("Kielo", "Liljekonvalj"), ("Ruusu", "Ros"), ("Omena", "Äppel"),
    ("Kirsikka", "Körsbärs"), ("Marja", "Bär"), ("Sieni", "Svamp"), ("Saha", "Såg"),
    ("Paja", "Smedje"), ("Torppa", "Torp"), ("Nummi", "Hed"), ("Suo", "Myr"),
]
STREET_SUFFIXES = [("katu", "gatan", 4), ("tie", "vägen", 6), ("kuja", "gränden", 4),
                   ("polku", "stigen", 2), ("raitti", "gången", 1), ("väylä", "leden", 1),
                   ("rinne", "branten", 1), ("kaari", "bågen", 1), ("piha", "gården", 1)]
COTTAGE_ROADS = [
    ("Saunaniementie", "Bastuuddsvägen"), ("Kivilahdentie", "Stenviksvägen"),
    ("Koivuniementie", "Björkuddsvägen"), ("Ahvenlahdentie", "Abborrviksvägen"),
    ("Haukilahdentie", "Gäddviksvägen"), ("Kalliosaarentie", "Bergholmsvägen"),
    ("Hiekkarannantie", "Sandstrandsvägen"), ("Lahdenperäntie", "Vikbottenvägen"),
    ("Kuusiniementie", "Granuddsvägen"), ("Mökkitie", "Stugvägen"),
    ("Rantakoivuntie", "Strandbjörksvägen"), ("Kalastajantie", "Fiskarvägen"),
    ("Laiturikuja", "Bryggränden"), ("Niemenkärjentie", "Uddspetsvägen"),
    ("Lomatie", "Semestervägen"), ("Kesärannantie", "Sommarstrandsvägen"),
    ("Salmentie", "Sundvägen"), ("Luodontie", "Grundvägen"), ("Kaislarannantie", "Vassstrandsvägen"),
    ("Honkaharjuntie", "Furuåsvägen"), ("Järvenrannantie", "Sjöstrandsvägen"),
    ("Tervaleppäntie", "Klibbalsvägen"), ("Sorsalahdentie", "Andviksvägen"),
    ("Kuikkarannantie", "Lomstrandsvägen"),
]

# ---------------------------------------------------------------------------
# 2. People
# ---------------------------------------------------------------------------
FI_MALE = """Matti Mikko Juha Timo Jari Kari Antti Pekka Jukka Mika Markku Sami Heikki Janne
Petri Hannu Ville Tuomas Marko Jani Seppo Tapio Juho Olli Lauri Teemu Jussi Esa Risto Pasi
Harri Ari Jouni Erkki Eero Aleksi Joni Topi Eetu Onni Veikko Reijo Raimo Kalevi Pentti
Ilkka Tero Kimmo Arto Vesa Jyrki Pertti Jarmo Tommi Henri Niko Toni Joonas Samuli Eino
Väinö Reino Keijo Paavo Hannes Elias Otto Leevi Arttu Jaakko Tuomo Petteri Jorma Martti
Mauri Aarne Aki Jarkko Kalle Ismo Sakari Osmo Veli-Matti Juha-Pekka Jukka-Pekka Jouko Lasse
Mauno Raili Asko Rauno Tarmo Urpo Yrjö Päivö Ossi Valtteri Santeri Miika Atte Iiro Ilari""".split()
FI_MALE = [n for n in FI_MALE if n != "Raili"]
FI_FEMALE = """Anna Maria Liisa Päivi Tiina Sari Minna Anne Riitta Tuula Pirjo Marja Leena Kaisa
Hanna Johanna Laura Katja Heidi Elina Satu Merja Sirpa Marjatta Helena Eeva Irma Ritva Aino
Emma Sofia Aada Ella Venla Iida Noora Jenni Susanna Kirsi Outi Sanna Mervi Heli Piia Riikka
Anu Krista Milla Niina Paula Terhi Hilkka Aili Kaarina Anneli Tarja Seija Raija Eija Leila
Marketta Sinikka Tuulikki Orvokki Hellevi Maija Pauliina Katariina Kristiina Elisa Annika
Jaana Kati Mari Marjo Anna-Liisa Marja-Leena Anna-Maija Raili Soile Tiia Jonna Veera Hilla
Essi Oona Pihla Siiri Kerttu Lyydia Helmi Sirkka Kyllikki Irja Hely Lea""".split()
SV_MALE = """Johan Karl Erik Henrik Mikael Anders Fredrik Kristian Stefan Peter Mats Jan Lars
Björn Nils Gustav Ulf Bengt Magnus Joakim Patrik Tom Kim Rasmus Axel Oskar Emil Hugo Viktor
Göran Leif Christer Rolf Sten""".split()
SV_FEMALE = """Anna Maria Kristina Katarina Ulla Birgitta Margareta Ingrid Sofia Linnea Ebba
Camilla Johanna Marianne Annika Susanne Eva Karin Gunilla Agneta Ann-Sofi Pia Jessica
Matilda Ida Elin Wilma Alva Solveig Marita""".split()

FI_SURNAMES = """Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen
Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen
Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen
Leppänen Hiltunen Miettinen Aaltonen Hirvonen Väisänen Pitkänen Ojala Anttila Lehto Manninen
Kettunen Koivisto Peltonen Virta Laaksonen Vainio Kallio Hakala Rautio Lindqvist Harju Halonen
Saari Tuomi Toivonen Honkanen Mustonen Moilanen Seppälä Räsänen Jääskeläinen Vuorinen Kokkonen
Mikkonen Ketola Lampinen Suominen Karppinen Tikkanen Rissanen Nurmi Aho Hyvönen Koponen
Kärkkäinen Lind Vesterinen Huttunen Laitila Nurminen Kangas Kauppinen Ikonen Oksanen Sundström
Pesonen Kivelä Koskela Niskanen Rajala Jokela Hakkarainen Mäki Kemppainen Pelkonen Sirola
Suhonen Anttonen Lundqvist Ahola Vilén Taskinen Tamminen Kivinen Hannula Markkanen Heino
Lahti Valtonen Salmi Nyman Laakso Rinne Ranta Keränen Sillanpää Pulkkinen Tiainen Karvonen
Lukkarinen Hokkanen Kolehmainen Saarela Lammi Kosonen Hietanen Kurki Lappalainen Nousiainen
Pajunen Jalonen Peltola Ruotsalainen Helin Hyttinen Hänninen Alanko Riihimäki Pakarinen
Mäenpää Nykänen Soininen Vartiainen Rantala Vikström Parviainen Puustinen Alho Kivimäki
Halme Lindström Niemelä Kaartinen Hautala Kauppila Seppänen Huhtala Rauhala Aalto Heiskanen
Hyvärinen Partanen Kuusisto Tanskanen Syrjälä Valkonen Ylinen Myllymäki Ketonen Voutilainen
Ilmonen Kuusela Heikura Paananen Happonen Ruuskanen Ollila Mäkipää Kuisma Lahtela Koivula
Toivanen Uotila Kaukonen Nieminen Kurkela Luoma Rämö Penttinen Ruohonen Tuovinen Sorsa
Vehkaoja Marttila Joutsen Knuutila Haavisto Valkama Suomela Pyykkö Latvala Nyström Orava
Kekki Pirhonen Kuivalainen Mäntylä Tervo Antila Kotilainen Hovi Kämäräinen Poikonen Lepistö
Vuori Kokko Karhu Talvitie Leskinen Koivunen Sipilä Honkala Haapala Mikkola Riikonen""".split()
SV_SURNAMES = """Lindholm Lindqvist Nyström Sjöberg Holmström Forsman Åberg Lindroos Grönroos
Backman Eriksson Johansson Westerlund Sundström Ekholm Strandberg Blomqvist Wikström Lindberg
Andersson Karlsson Nyberg Holmberg Enqvist Sandell Granström Wickström Björkqvist Lönnqvist
Söderholm Fagerström Sjöholm Åkerman Nordström Gustafsson Berglund Öhman Hellström Lundell
Rosenberg Stenroos Engström Storbacka Ekström Hagman Lindfors Mattsson Sundqvist Åström
Wahlroos Ahlström Byskata Fredriksson Löfgren Söderlund Mickelsson Granqvist""".split()
FI_SURNAMES = sorted(set(FI_SURNAMES))
SV_SURNAMES = sorted(set(SV_SURNAMES))

# Finnish and Swedish short forms / nicknames actually used in everyday records
NICKNAMES = {
    "Matti": ["Masa", "Matias"], "Mikko": ["Mikke"], "Juha": ["Jussi"], "Timo": ["Timppa"],
    "Jari": ["Jartsa"], "Kari": ["Kake"], "Antti": ["Antsa"], "Pekka": ["Pekkis"],
    "Jukka": ["Jukkis"], "Markku": ["Make"], "Heikki": ["Hessu"], "Janne": ["Jannu"],
    "Hannu": ["Hande"], "Tuomas": ["Tuomo", "Tommi"], "Seppo": ["Sepe"], "Tapio": ["Tapsa"],
    "Juho": ["Jussi"], "Teemu": ["Teme"], "Risto": ["Ripa"], "Jaakko": ["Jaska"],
    "Aleksi": ["Alex"], "Santeri": ["Santtu"], "Petri": ["Pete"], "Sakari": ["Sakke"],
    "Veli-Matti": ["Vellu", "V-M"], "Juha-Pekka": ["J-P", "Jupe"], "Jukka-Pekka": ["J-P"],
    "Kalle": ["Kalle"], "Valtteri": ["Valtsu"], "Ilkka": ["Ike"], "Kimmo": ["Kimi"],
    "Katariina": ["Kati", "Katri"], "Kristiina": ["Tiina", "Kiti"], "Elisa": ["Elli"],
    "Johanna": ["Hanna", "Jonna"], "Susanna": ["Sanna", "Susu"], "Helena": ["Heli", "Lena"],
    "Marjatta": ["Marja"], "Anna-Liisa": ["Anna", "Annu"], "Marja-Leena": ["Marja", "Maija"],
    "Anna-Maija": ["Anu"], "Pauliina": ["Paula"], "Annika": ["Anni"], "Tuulikki": ["Tuuli"],
    "Elina": ["Ellu"], "Laura": ["Lauri"], "Riikka": ["Riikku"], "Kaarina": ["Kaija"],
    "Johan": ["Janne", "Jocke"], "Karl": ["Kalle"], "Kristina": ["Stina", "Kicki"],
    "Katarina": ["Kajsa", "Kata"], "Margareta": ["Greta", "Maggan"], "Mikael": ["Micke"],
    "Fredrik": ["Fredde"], "Joakim": ["Jocke"], "Patrik": ["Patte"], "Birgitta": ["Gittan"],
    "Gunilla": ["Gunni"], "Kristian": ["Kride"], "Magnus": ["Manne"],
}
NICKNAMES.pop("Laura")
NICKNAMES.pop("Kalle")
# Swedish <-> Finnish forms of one given name (bilingual persons)
SV_FI_GIVEN = {"Johan": "Juhani", "Erik": "Eerikki", "Henrik": "Heikki", "Mikael": "Mikko",
               "Anders": "Antti", "Karl": "Kaarlo", "Kristina": "Kristiina",
               "Katarina": "Katariina", "Margareta": "Marketta", "Mats": "Matti",
               "Gustav": "Kustaa", "Nils": "Niilo", "Lars": "Lauri", "Peter": "Pekka",
               "Maria": "Maija", "Birgitta": "Pirkko", "Eva": "Eeva"}
TITLES_FI = ["DI", "FM", "KTM", "TkT", "Ins.", "Dos.", "Prof.", "Rouva", "Herra", "LL",
             "FT", "Rov.", "Kapt.", "Merikapt."]
TITLES_SV = ["Fil.mag.", "Dipl.ing.", "Fru", "Herr", "Prof.", "Dr."]

MALE_SET = set(FI_MALE) | set(SV_MALE)

# ---------------------------------------------------------------------------
# 3. Mailboxes and phones
# ---------------------------------------------------------------------------
FREEMAIL = [("gmail.com", 34), ("hotmail.com", 7), ("outlook.com", 6), ("hotmail.fi", 3),
            ("live.fi", 3), ("elisanet.fi", 7), ("kolumbus.fi", 3), ("saunalahti.fi", 5),
            ("luukku.com", 4), ("suomi24.fi", 3), ("pp.inet.fi", 3), ("dnainternet.net", 2),
            ("welho.com", 2), ("icloud.com", 3), ("yahoo.com", 2), ("outlook.fi", 1)]
FREEMAIL_DOMAINS = [d for d, _ in FREEMAIL]
OLD_FREEMAIL = ["elisanet.fi", "kolumbus.fi", "luukku.com", "suomi24.fi", "pp.inet.fi",
                "welho.com", "saunalahti.fi"]
MOBILE_PREFIXES = [("040", 30), ("050", 24), ("044", 18), ("045", 8), ("041", 7), ("046", 8),
                   ("043", 2), ("049", 3)]

# ---------------------------------------------------------------------------
# 4. Organisations: name parts
# ---------------------------------------------------------------------------
# Housing company stems: (finnish, swedish) built from tree/nature + place words.
HC_FIRST = [("Koivu", "Björk"), ("Kuusi", "Gran"), ("Mänty", "Tall"), ("Tammi", "Ek"),
            ("Pihlaja", "Rönn"), ("Vaahtera", "Lönn"), ("Haapa", "Asp"), ("Leppä", "Al"),
            ("Lehmus", "Lind"), ("Kataja", "En"), ("Kallio", "Berg"), ("Kivi", "Sten"),
            ("Meri", "Havs"), ("Järvi", "Sjö"), ("Aurinko", "Sol"), ("Tähti", "Stjärn"),
            ("Kuu", "Mån"), ("Tuuli", "Vind"), ("Kulta", "Guld"), ("Hopea", "Silver"),
            ("Ruusu", "Ros"), ("Kanerva", "Ljung"), ("Omena", "Äppel"), ("Kirsikka", "Körsbär"),
            ("Lumme", "Näckros"), ("Kaisla", "Säv"), ("Joutsen", "Svan"), ("Kurki", "Tran"),
            ("Lokki", "Mås"), ("Tiira", "Tärn"), ("Kielo", "Konvalje"), ("Sini", "Blå"),
            ("Honka", "Fur"), ("Saarni", "Ask"), ("Pähkinä", "Hassel"), ("Orava", "Ekorr")]
HC_SECOND = [("rinne", "backen"), ("puisto", "parken"), ("ranta", "stranden"),
             ("kartano", "gården"), ("lehto", "lunden"), ("niemi", "udden"), ("lahti", "viken"),
             ("hovi", "hovet"), ("kallio", "berget"), ("mäki", "höjden"), ("piha", "gården"),
             ("kumpu", "kullen"), ("harju", "åsen"), ("torni", "tornet"), ("linna", "borgen"),
             ("koti", "hemmet"), ("kulma", "hörnet"), ("kaari", "bågen"), ("helmi", "pärlan"),
             ("tarha", "täppan"), ("kukkula", "kullen"), ("saari", "holmen")]
HC_SPECIAL_GENERIC = ["Kuusikko", "Koivikko", "Männikkö", "Pihlajisto", "Niittykumpu",
                      "Järvensivu", "Kalliorinne", "Auringonrinne", "Kotikallio", "Tähtitorni"]
HC_SPECIAL_TOWN = {
    "Tampere": ["Tammela", "Kalevanrinne", "Sammonkaari", "Näsinkulma", "Pyynikinlinna",
                "Hervanta-Kampus", "Tesomanhelmi", "Lielahden Loisto", "Kaukajärven Kaari",
                "Hallilan Helmi", "Vuoreksen Virta", "Härmälänranta", "Ranta-Tampella",
                "Finlaysonin Palatsi", "Amurinlinna", "Kalkunvuori", "Pispalan Portti",
                "Lamminpää", "Tahmelan Huvila"],
    "Turku": ["Aurajokiranta", "Kupittaanpuisto", "Puolalanmäki", "Iso-Heikkilä",
              "Runosmäen Rinne", "Varissuon Valo", "Hirvensalon Helmi", "Portsan Puutalo"],
    "Kaarina": ["Kaarinan Kultarinne", "Piikkiön Helmi"],
    "Raisio": ["Raision Rantapuisto"],
    "Espoo": ["Tapiolan Tähti", "Leppävaaran Helmi", "Matinkylän Merituuli", "Olarinpuisto",
              "Soukanranta", "Kauklahden Kartano", "Suvelan Sointu", "Kilonpuisto", "Karakallio",
              "Mankkaan Kartano", "Otsolahti", "Haukilahden Helmi", "Westendinranta",
              "Nuottaniemi", "Perkkaanpuisto"],
    "Helsinki": ["Kallion Kulmatalo", "Töölönranta", "Lauttasaaren Laine", "Herttoniemen Helmi"],
    "Vantaa": ["Tikkurilan Tähti", "Myyrmäen Mäntylä"],
}
HC_SV_SPECIAL = ["Solbacka", "Strandhagen", "Björkhagen", "Granhöjden", "Havsutsikten",
                 "Sjöbotten", "Kvarnbacken", "Ekudden", "Tallåsen", "Lönnlunden",
                 "Hagalund", "Mattby Strand", "Gammelgården", "Sommarbo", "Villa Linnea"]

KOY_STEMS = ["Liikekeskus", "Liiketalo", "Toimitalo", "Teollisuustalo", "Logistiikkakeskus",
             "Hallitalo", "Kauppakulma", "Yrityskeskus", "Varastotalo", "Autotalli",
             "Pysäköintitalo", "Terveystalo", "Palvelukeskus", "Kauppakeskus", "Yrityspuisto",
             "Konepaja", "Voimalaitos", "Makasiini", "Tehdas", "Kampus"]
KOY_SV_STEMS = ["Affärshuset", "Kontorshuset", "Industrihuset", "Lagerhuset", "Köpcentret",
                "Företagshuset"]

MANAGER_FIRM_PATTERNS = [
    "Isännöinti {stem} Oy", "{gen} Isännöintipalvelu Oy", "Isännöintitoimisto {sur} Oy",
    "Kiinteistöisännöinti {sur} Ky", "{gen} Isännöintikeskus Oy", "Isännöinti {sur} & Co Oy",
    "{stem} Isännöinti Oy", "Isännöintiyhtymä {stem} Oy", "{sur} Isännöinti Oy",
]
MANAGER_STEMS = ["Kotikulma", "Kotiranta", "Kotipiha", "Kiinteistökumppani", "Asumisen Apu",
                 "Tähtipiste", "Kiinteä", "Talokas", "Asuva", "Kotipesä", "Kattoharja",
                 "Porraskäytävä", "Kulmakivi", "Huolellinen", "Aurinkopiha", "Vakaa",
                 "Selkeä", "Taloviisas", "Pihapiiri", "Kotimesta"]
MANAGER_SV_PATTERNS = ["Disponentbyrå {sur} Ab", "Fastighetsförvaltning {sur} Ab",
                       "{svstem} Disponent Ab"]
MANAGER_SV_STEMS = ["Hemhörnet", "Gårdsplan", "Husvärd", "Takåsen"]

LANDLORD_PATTERNS = ["Vuokrakodit {stem} Oy", "Asuntosijoitus {sur} Oy", "{sur} Kiinteistöt Oy",
                     "Kiinteistösijoitus {stem} Ky", "{stem} Asunnot Oy", "{gen} Vuokratalot Oy",
                     "Kotikiinteistöt {sur} Oy"]
LANDLORD_STEMS = ["Pirkanmaa", "Varsinais-Suomi", "Uusimaa", "Länsi", "Kaakko", "Pohjantähti",
                  "Kotiväylä", "Asuntoapu", "Kotiklubi", "Ranta", "Kaupunkikoti", "Kotivakka",
                  "Kotiranta", "Asuntotähti", "Laatukodit", "Kaisla", "Hämeen"]

TRADES = [  # (finnish trade word, swedish, typical legal forms)
    ("Rakennus", "Bygg", "oy ky tmi"), ("Remontti", "Renovering", "oy tmi ky"),
    ("Sähkö", "El", "oy ky tmi"), ("LVI", "VVS", "oy ky"), ("Maalaus", "Måleri", "tmi ky oy"),
    ("Putkityö", "Rörarbete", "oy tmi"), ("Kattotyö", "Takarbete", "oy ky"),
    ("Autokorjaamo", "Bilverkstad", "oy ky ay"), ("Tilitoimisto", "Bokföringsbyrå", "oy ky"),
    ("Parturi-Kampaamo", "Frisersalong", "tmi ay"), ("Kampaamo", "Frisör", "tmi ay"),
    ("Kukkakauppa", "Blomsterhandel", "tmi ay oy"), ("Kahvila", "Café", "ay oy tmi"),
    ("Ravintola", "Restaurang", "oy ay"), ("Leipomo", "Bageri", "oy ky"),
    ("Fysioterapia", "Fysioterapi", "tmi oy"), ("Hieronta", "Massage", "tmi"),
    ("Hammaslääkäriasema", "Tandläkarstation", "oy"), ("Lakiasiaintoimisto", "Advokatbyrå", "oy"),
    ("Kuljetus", "Transport", "oy ky tmi"), ("Taksi", "Taxi", "tmi ay"),
    ("Puutarha", "Trädgård", "tmi oy"), ("Metsäpalvelu", "Skogstjänst", "tmi ky"),
    ("Valokuvaamo", "Fotoateljé", "tmi"), ("IT-palvelu", "IT-tjänst", "oy tmi"),
    ("Konepaja", "Verkstad", "oy ky"), ("Puusepänliike", "Snickeri", "tmi oy"),
    ("Kiinteistövälitys", "Fastighetsförmedling", "oy"), ("Kauneushoitola", "Skönhetssalong", "tmi ay"),
    ("Optikko", "Optiker", "oy"), ("Eläinlääkäri", "Veterinär", "oy tmi"),
    ("Siivouspalvelu", "Städtjänst", "tmi oy ky"), ("Pesula", "Tvätteri", "ay oy"),
    ("Kello- ja kultasepänliike", "Urmakeri", "ky"), ("Lukkoliike", "Låsaffär", "oy"),
]
FANCY_STEMS = ["Kiharat", "Lumme", "Kanerva", "Tähtisumu", "Kultakuusi", "Revontuli", "Sinisiipi",
               "Kuunsilta", "Mustikka", "Kotiliesi", "Kipinä", "Pikkulintu", "Punainen Tupa",
               "Vihreä Keidas", "Sininen Hetki", "Pihlajanmarja", "Aamukaste", "Satamakonttori",
               "Vanha Mylly", "Kultainen Kampa", "Saksiniekka", "Puuhapuoti", "Silmäterä"]

MUNI_UNITS = ["Tilapalvelut", "Tilakeskus", "Kiinteistöpalvelut", "Liikuntapalvelut",
              "Varhaiskasvatus", "Kaupunkiympäristö", "Katu- ja viherpalvelut",
              "Kulttuuripalvelut", "Perusopetus", "Vesihuolto", "Ruokapalvelut", "Hautaustoimi",
              "Asuntotoimi", "Nuorisopalvelut", "Kirjastopalvelut", "Satama"]
MUNI_UNITS_SV = {"Tilapalvelut": "Lokalservice", "Tilakeskus": "Lokalcentralen",
                 "Kiinteistöpalvelut": "Fastighetstjänster", "Liikuntapalvelut": "Idrottstjänster",
                 "Varhaiskasvatus": "Småbarnspedagogik", "Kaupunkiympäristö": "Stadsmiljö",
                 "Katu- ja viherpalvelut": "Gatu- och grönområdestjänster",
                 "Kulttuuripalvelut": "Kulturtjänster", "Perusopetus": "Grundläggande utbildning",
                 "Vesihuolto": "Vattentjänster", "Ruokapalvelut": "Kosttjänster",
                 "Hautaustoimi": "Begravningsväsendet", "Asuntotoimi": "Bostadsväsendet",
                 "Nuorisopalvelut": "Ungdomstjänster", "Kirjastopalvelut": "Bibliotekstjänster",
                 "Satama": "Hamnen"}
UTILITY_PATTERNS = ["{gen} Vesihuolto Oy", "{gen} Kaukolämpö Oy", "{gen} Lämpö ja Vesi Oy",
                    "{gen} Jätehuolto Oy", "{gen} Vuokratalot Oy", "{gen} Energia Oy"]
PARISH_PATTERNS = ["{gen} seurakunta", "{gen} ev.-lut. seurakunta", "{gen} seurakuntayhtymä",
                   "{gen} ortodoksinen seurakunta", "{gen} helluntaiseurakunta"]
PARISH_UNITS = ["Hautausmaat", "Kiinteistötoimi", "Leirikeskus", "Diakonia", "Nuorisotyö"]
SCHOOL_PATTERNS = ["{place} koulu", "{place} yhtenäiskoulu", "{gen} Steinerkoulun kannatusyhdistys ry",
                   "{gen} kristillinen koulu", "{place} päiväkoti", "{gen} musiikkiopisto",
                   "{gen} kansalaisopisto", "{gen} Montessori-päiväkoti ry"]
SCHOOL_PLACES_GENERIC = ["Koivikon", "Kuusikon", "Männistön", "Rantakylän", "Mäkelän",
                         "Kallion", "Niittykummun", "Pihlajiston", "Keskustan", "Kirkonkylän"]
SCHOOL_PLACES_TOWN = {
    "Tampere": ["Kaukajärven", "Lamminpään", "Linnainmaan", "Hervannan", "Tesoman", "Vuoreksen",
                "Hallilan", "Lentävänniemen", "Kämmenniemen"],
    "Turku": ["Runosmäen", "Varissuon", "Hirvensalon", "Kupittaan", "Puolalan"],
    "Espoo": ["Kilon", "Olarin", "Soukan", "Kivenlahden", "Mankkaan", "Tapiolan", "Lintuvaaran"],
}
SV_SCHOOL = ["{svgen} svenska skola", "{svplace} skola", "{svgen} svenska daghem"]
SV_SCHOOL_PLACES = ["Mattby", "Hagalund", "Sökö", "Karamalmens", "Gammelgårds", "Kilo",
                    "Storängens", "Sjöstrands", "Klobbskogs"]
CLUB_PATTERNS = ["{gen} Pallo ry", "{gen} Urheilijat ry", "{gen} Hiihtoseura ry",
                 "{gen} Tennisseura ry", "{gen} Sulkapalloseura ry", "{gen} Kiekko ry",
                 "{gen} Veikot ry", "{gen} Uimaseura ry", "{gen} Voimistelijat ry",
                 "{gen} Ratsastajat ry", "{gen} Golfseura ry", "{gen} Salibandy ry",
                 "{gen} Latu ry", "{gen} Kalastusseura ry", "{gen} Metsästysseura ry",
                 "{gen} Eläkeläiset ry", "{gen} Martat ry", "{gen} Omakotiyhdistys ry",
                 "{gen} Venekerho ry", "{gen} Pienviljelijät ry"]
SV_CLUB_PATTERNS = ["IF {sv} rf", "{sv} Segelsällskap rf", "{sv} Bollklubb rf",
                    "{sv} Marthaförening rf", "{sv} Hembygdsförening rf", "{sv} Skidklubb rf"]

# ---------------------------------------------------------------------------
# 5. Text utilities
# ---------------------------------------------------------------------------
def wpick(rng, pairs):
    """Weighted pick from a list of (value, weight)."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def chance(rng, p):
    return rng.random() < p


def demojibake(s):
    if s and ("Ã" in s or "Â" in s):
        try:
            return s.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return s
    return s


def fold(s):
    """casefold + strip diacritics (ä->a, ö->o, å->a), after repairing mojibake."""
    if s is None:
        return ""
    s = demojibake(s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.casefold()


def mojibake(s):
    """UTF-8 bytes read as Windows-1252/Latin-1: 'Päivi' -> 'PÃ¤ivi'."""
    if s is None:
        return s
    try:
        return s.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return s


def has_special(s):
    return bool(s) and any(ch in s for ch in "äöåÄÖÅéü")


ASCII_MAP = {"ä": "a", "ö": "o", "å": "a", "Ä": "A", "Ö": "O", "Å": "A", "é": "e", "ü": "u"}


def ascii_fold_keep_case(s):
    return "".join(ASCII_MAP.get(ch, ch) for ch in s) if s else s


def ae_oe(s):
    out = []
    for i, ch in enumerate(s):
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if ch == "ä":
            out.append("ae")
        elif ch == "ö":
            out.append("oe")
        elif ch == "å":
            out.append("aa")
        elif ch in "ÄÖÅ":
            base = {"Ä": "A", "Ö": "O", "Å": "A"}[ch]
            tail = {"Ä": "e", "Ö": "e", "Å": "a"}[ch]
            out.append(base + (tail.upper() if nxt.isupper() or not nxt else tail))
        else:
            out.append(ch)
    return "".join(out)


KB_ROWS = ["qwertyuiopå", "asdfghjklöä", "zxcvbnm"]
KB_NEIGH = {}
for _ri, _row in enumerate(KB_ROWS):
    for _ci, _ch in enumerate(_row):
        ns = []
        if _ci > 0:
            ns.append(_row[_ci - 1])
        if _ci + 1 < len(_row):
            ns.append(_row[_ci + 1])
        for _rj in (_ri - 1, _ri + 1):
            if 0 <= _rj < len(KB_ROWS):
                for _cj in (_ci - 1, _ci, _ci + 1):
                    if 0 <= _cj < len(KB_ROWS[_rj]):
                        ns.append(KB_ROWS[_rj][_cj])
        KB_NEIGH[_ch] = ns


def typo(s, rng, skip_first=True):
    """One realistic keyboard typo inside a letter run."""
    if not s or len(s) < 4:
        return s
    idx = [i for i, ch in enumerate(s) if ch.isalpha() and (i > 0 or not skip_first)]
    if skip_first:
        idx = [i for i in idx if i > 0]
    if not idx:
        return s
    for _ in range(6):
        i = rng.choice(idx)
        op = rng.choice(["swap", "swap", "drop", "double", "near", "near"])
        ch = s[i]
        if op == "swap" and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != ch:
            out = s[:i] + s[i + 1] + ch + s[i + 2:]
        elif op == "drop":
            out = s[:i] + s[i + 1:]
        elif op == "double":
            out = s[:i] + ch + s[i:]
        elif op == "near" and ch.lower() in KB_NEIGH:
            n = rng.choice(KB_NEIGH[ch.lower()])
            n = n.upper() if ch.isupper() else n
            out = s[:i] + n + s[i + 1:]
        else:
            continue
        if out != s and fold(out) != fold(s):
            return out
    return s


def email_typo(e, rng):
    local, _, dom = e.partition("@")
    opts = []
    if dom == "gmail.com":
        opts += ["gmial.com", "gmail.fi", "gmal.com", "gmail.co"]
    if dom.startswith("hotmail"):
        opts += [dom.replace("hotmail", "hotmial"), dom.replace("hotmail", "hotmal")]
    if dom == "elisanet.fi":
        opts += ["elisanet.com", "elisa.fi", "elisanetti.fi"]
    if dom == "luukku.com":
        opts += ["luukku.fi"]
    if dom == "saunalahti.fi":
        opts += ["saunalahti.com"]
    if opts and chance(rng, 0.4):
        return local + "@" + rng.choice(opts)
    t = typo(local, rng, skip_first=False)
    if t == local:
        t = local + rng.choice(["1", "."])
        if t.endswith("."):
            t = local[:-1] if len(local) > 3 else local + "x"
    return t + "@" + dom


def ytunnus(rng):
    while True:
        base = "%07d" % rng.randint(100000, 3299999)
        s = sum(int(d) * w for d, w in zip(base, [7, 9, 10, 5, 8, 4, 2]))
        r = s % 11
        if r == 1:
            continue
        return base + "-" + str(0 if r == 0 else 11 - r)


# ---------------------------------------------------------------------------
# 6. Phones
# ---------------------------------------------------------------------------
def norm_phone(s):
    if not s:
        return ""
    s = s.replace("(0)", "")
    d = re.sub(r"\D", "", s)
    if d.startswith("00358"):
        d = "0" + d[5:]
    elif d.startswith("358") and len(d) >= 11:
        d = "0" + d[3:]
    return d


def phone_area(d):
    if d.startswith("019"):
        return "019"
    for a in ("040", "041", "042", "043", "044", "045", "046", "049", "050"):
        if d.startswith(a):
            return a
    return d[:2]


MOBILE_STYLES = ["sp", "compact", "dash", "dash_sp", "intl", "intl_c", "intl0", "pairs",
                 "00358", "sp4"]
LAND_STYLES = ["sp", "paren", "dash", "compact", "intl", "intl_c"]


def fmt_phone(d, style):
    a = phone_area(d)
    r = d[len(a):]
    a1 = a[1:]
    if a.startswith("04") or a.startswith("05"):
        return {
            "sp": "%s %s %s" % (a, r[:3], r[3:]),
            "compact": d,
            "dash": "%s-%s" % (a, r),
            "dash_sp": "%s-%s %s" % (a, r[:3], r[3:]),
            "intl": "+358 %s %s %s" % (a1, r[:3], r[3:]),
            "intl_c": "+358" + d[1:],
            "intl0": "+358 (0)%s %s %s" % (a1, r[:3], r[3:]),
            "pairs": "%s %s %s %s" % (a, r[:2], r[2:4], r[4:]),
            "00358": "00358 %s %s" % (a1, r),
            "sp4": "%s %s %s" % (a, r[:4], r[4:]),
            "paren": "(%s) %s %s" % (a, r[:3], r[3:]),
        }.get(style, "%s %s %s" % (a, r[:3], r[3:]))
    return {
        "sp": "%s %s %s" % (a, r[:3], r[3:]),
        "paren": "(%s) %s %s" % (a, r[:3], r[3:]),
        "dash": "%s-%s" % (a, r),
        "compact": d,
        "intl": "+358 %s %s %s" % (a1, r[:3], r[3:]),
        "intl_c": "+358" + d[1:],
        "dash_sp": "%s-%s %s" % (a, r[:3], r[3:]),
        "intl0": "+358 (0)%s %s %s" % (a1, r[:3], r[3:]),
        "pairs": "%s %s %s" % (a, r[:3], r[3:]),
        "00358": "00358 %s %s" % (a1, r),
        "sp4": "%s %s %s" % (a, r[:4], r[4:]),
    }.get(style, "%s %s %s" % (a, r[:3], r[3:]))


def digit_off(d, rng):
    a = phone_area(d)
    r = list(d[len(a):])
    i = rng.randrange(1, len(r))
    if chance(rng, 0.5) and i + 1 < len(r) and r[i] != r[i + 1]:
        r[i], r[i + 1] = r[i + 1], r[i]
    else:
        r[i] = rng.choice([x for x in "0123456789" if x != r[i]])
    return a + "".join(r)


class Registry:
    """Keeps invented identifiers unique across the whole data set."""

    def __init__(self):
        self.phones = set()
        self.emails = set()
        self.addrs = set()
        self.person_names = set()
        self.org_names = set()
        self.ytunnus = set()
        self.addr_seq = 0

    def new_mobile(self, rng):
        while True:
            p = wpick(rng, MOBILE_PREFIXES)
            d = p + str(rng.randint(1, 9)) + "%06d" % rng.randint(0, 999999)
            if d not in self.phones:
                self.phones.add(d)
                return d

    def new_landline(self, rng, city):
        while True:
            a = city.area
            d = a + str(rng.randint(2, 8)) + "%06d" % rng.randint(0, 999999)
            if d not in self.phones:
                self.phones.add(d)
                return d

    def new_ytunnus(self, rng):
        while True:
            y = ytunnus(rng)
            if y not in self.ytunnus:
                self.ytunnus.add(y)
                return y

    def claim_email(self, e):
        if e in self.emails:
            return False
        self.emails.add(e)
        return True


REG = Registry()

# ---------------------------------------------------------------------------
# 7. Addresses
# ---------------------------------------------------------------------------
def stable_index(s, n):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h % n


def street_for(city, rng, style="any"):
    """Return (finnish, swedish-or-None) street name for the city."""
    if style == "rural":
        fi, sv = rng.choice(COTTAGE_ROADS)
        return fi, (sv if city.bilingual else None)
    if city.fi in REAL_STREETS and chance(rng, 0.4):
        fi, sv = rng.choice(REAL_STREETS[city.fi])
        return fi, (sv if city.bilingual else None)
    st_fi, st_sv = rng.choice(STREET_STEMS)
    suf = wpick(rng, [((a, b), w) for a, b, w in STREET_SUFFIXES])
    fi = st_fi + suf[0]
    sv = (st_sv + suf[1]) if city.bilingual else None
    return fi, sv


def new_address(rng, city, kind="flat", street=None, num=None):
    """kind: flat (stair + flat), house (detached/semi), row (row house), rural,
    office, property (the building of a housing company), pobox."""
    for _ in range(200):
        if street is None:
            fi, sv = street_for(city, rng, "rural" if kind == "rural" else "any")
        else:
            fi, sv = street
        a = {"street": fi, "street_sv": sv, "num": None, "stair": None, "flat": None,
             "pobox": None, "co": None, "city": city.fi, "kind": kind}
        if kind == "flat":
            a["num"] = str(rng.randint(1, 48))
            a["stair"] = rng.choice("AAAABBBCCDEF") if chance(rng, 0.85) else None
            a["flat"] = str(rng.randint(1, 64))
        elif kind == "row":
            a["num"] = str(rng.randint(1, 40))
            a["stair"] = rng.choice("ABCDEFGH")
            a["flat"] = str(rng.randint(1, 12)) if chance(rng, 0.5) else None
        elif kind == "house":
            a["num"] = str(rng.randint(1, 62))
            if chance(rng, 0.15):
                a["num"] += " " + rng.choice("abc")
        elif kind == "rural":
            a["num"] = str(rng.randint(12, 1480))
        elif kind == "office":
            a["num"] = str(rng.randint(1, 60))
            if chance(rng, 0.4):
                a["stair"] = rng.choice("ABC")
        elif kind == "property":
            a["num"] = num or str(rng.randint(1, 48))
        elif kind == "pobox":
            a["street"], a["street_sv"] = "PL", ("PB" if city.bilingual else None)
            a["num"] = str(rng.randint(10, 990))
            a["pobox"] = True
        if a["pobox"]:
            a["postal"] = city.postals[0][:4] + "1"
        else:
            a["postal"] = city.postals[stable_index(fi + city.fi, len(city.postals))]
        key = (a["city"], fold(a["street"]), a["num"], a["stair"], a["flat"])
        if key in REG.addrs:
            if num is None:
                street = None
            continue
        REG.addrs.add(key)
        REG.addr_seq += 1
        a["id"] = REG.addr_seq
        return a
    raise RuntimeError("address space exhausted")


def addr_street_line(a, stair_style="std", sv=False):
    street = a["street_sv"] if (sv and a.get("street_sv")) else a["street"]
    s = "%s %s" % (street, a["num"])
    st, fl = a.get("stair"), a.get("flat")
    if st and fl:
        s += {"std": " %s %s" % (st, fl), "tight": " %s%s" % (st, fl),
              "lower": " %s %s" % (st.lower(), fl), "as": " %s as. %s" % (st, fl),
              "as_nodot": " %s as %s" % (st, fl), "dash": " %s-%s" % (st, fl),
              "glued": "%s %s" % (st.lower(), fl)}[stair_style]
    elif st:
        s += " " + (st.lower() if stair_style in ("lower", "glued") else st)
    elif fl:
        s += {"std": " as. %s" % fl, "tight": " as.%s" % fl, "lower": " as %s" % fl,
              "as": " as. %s" % fl, "as_nodot": " as %s" % fl, "dash": "-%s" % fl,
              "glued": " as. %s" % fl}[stair_style]
    return s


def region_of(city_key):
    return CITY[city_key].region


# ---------------------------------------------------------------------------
# 8. Names
# ---------------------------------------------------------------------------
GEN_IRREG = {"Niemi": "Niemen", "Salmi": "Salmen", "Lahti": "Lahden", "Mäki": "Mäen",
             "Saari": "Saaren", "Tuomi": "Tuomen", "Kurki": "Kurjen", "Lammi": "Lammin",
             "Virta": "Virran", "Kangas": "Kankaan", "Lehto": "Lehdon", "Harju": "Harjun",
             "Aalto": "Aallon", "Laakso": "Laakson", "Rinne": "Rinteen", "Salo": "Salon",
             "Ranta": "Rannan", "Lind": "Lindin", "Kallio": "Kallion", "Heino": "Heinon",
             "Vuori": "Vuoren", "Kokko": "Kokon", "Hovi": "Hovin", "Tervo": "Tervon",
             "Karhu": "Karhun", "Luoma": "Luoman", "Sorsa": "Sorsan", "Orava": "Oravan",
             "Aho": "Ahon", "Halme": "Halmeen", "Kekki": "Kekin", "Rämö": "Rämön",
             "Nurmi": "Nurmen", "Joutsen": "Joutsenen", "Mäkipää": "Mäkipään"}


def genitive(fam):
    if fam in GEN_IRREG:
        return GEN_IRREG[fam]
    if fam.endswith("nen"):
        return fam[:-3] + "sen"
    if fam[-1] in "aäoöuy":
        return fam + "n"
    if fam[-1] in "ei":
        return None
    return fam + "in"


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s))


def pick_given(rng, lang, gender):
    if lang == "sv":
        return rng.choice(SV_MALE if gender == "m" else SV_FEMALE)
    return rng.choice(FI_MALE if gender == "m" else FI_FEMALE)


def pick_family(rng, lang):
    if lang == "sv":
        return rng.choice(SV_SURNAMES) if chance(rng, 0.85) else rng.choice(FI_SURNAMES)
    return rng.choice(FI_SURNAMES) if chance(rng, 0.95) else rng.choice(SV_SURNAMES)


def new_person_name(rng, lang, gender=None, family=None, allow_dup=False, given=None):
    for _ in range(500):
        g = gender or ("m" if chance(rng, 0.5) else "f")
        gv = given or pick_given(rng, lang, g)
        fm = family or pick_family(rng, lang)
        key = fold(gv) + "|" + fold(fm)
        if allow_dup or key not in REG.person_names:
            REG.person_names.add(key)
            mid = None
            for _ in range(5):
                m = pick_given(rng, lang, g)
                if m != gv and "-" not in m:
                    mid = m
                    break
            return {"given": gv, "family": fm, "gender": g, "middle": mid}
        given = None if given is None else given
    raise RuntimeError("no free name")


EMAIL_PATTERNS = [("{g}.{f}", 40), ("{g}{f}", 8), ("{gi}.{f}", 8), ("{g}.{f}{n}", 8),
                  ("{f}.{g}", 5), ("{g}_{f}", 3), ("{g}{f}{n}", 5), ("{gi}{f}", 5),
                  ("{f}{gi}", 3), ("{g}.{f}{yy}", 6), ("{nick}{yy}", 3), ("{f}.{g}{n}", 2)]


def person_email(rng, given, family, domain=None, nick=None):
    g = slug(given.split("-")[0]) if chance(rng, 0.6) else re.sub(r"[^a-z0-9-]", "", fold(given))
    f = re.sub(r"[^a-z0-9-]", "", fold(family))
    for _ in range(100):
        pat = wpick(rng, EMAIL_PATTERNS)
        local = pat.format(g=g, f=f, gi=g[0], n=rng.randint(1, 99), yy=rng.randint(50, 99) if chance(rng, 0.6) else rng.randint(0, 9),
                           nick=slug(nick or given) + slug(family)[:3])
        dom = domain or wpick(rng, FREEMAIL)
        e = local + "@" + dom
        if REG.claim_email(e):
            return e
        domain = None
    raise RuntimeError("email")


def freemail_box(rng, local):
    for i in range(50):
        e = (local or "yritys") + (str(rng.randint(1, 99)) if i else "") + "@" + wpick(rng, FREEMAIL)
        if REG.claim_email(e):
            return e
    raise RuntimeError("freemail")


def org_email(rng, domain, local=None):
    for _ in range(50):
        loc = local or rng.choice(["toimisto", "info", "laskutus", "asiakaspalvelu", "posti",
                                   "myynti", "kirjanpito", "ostolaskut", "office"])
        e = loc + "@" + domain
        if REG.claim_email(e):
            return e
        local = None
    return person_email(rng, "info", "x", domain)


GENERIC_WORDS = {"oy", "ab", "ky", "ay", "tmi", "ry", "isannointi", "isannointitoimisto", "ltd",
                 "kiinteistoisannointi", "isannointiyhtyma", "isannointipalvelu", "co",
                 "isannointikeskus", "kiinteistot", "asunnot", "vuokrakodit", "asuntosijoitus",
                 "kiinteistosijoitus", "kotikiinteistot", "vuokratalot", "koy", "osk"}


def invent_domain(rng, words, tld=None):
    parts = []
    for w in words:
        for p in re.split(r"[\s&/,.]+", w or ""):
            if len(slug(p)) > 1:
                parts.append(slug(p))
    parts = parts or ["yritys"]
    base = "".join(parts)
    extra = {"isannointi": "isannointi", "isannointitoimisto": "isannointi",
             "kiinteistoisannointi": "isannointi", "isannointiyhtyma": "isannointi",
             "isannointipalvelu": "isannointi", "isannointikeskus": "isannointi",
             "kiinteistot": "kiinteistot", "kotikiinteistot": "kiinteistot",
             "vuokrakodit": "vuokrakodit", "asuntosijoitus": "sijoitus",
             "kiinteistosijoitus": "sijoitus", "vuokratalot": "vuokratalot", "asunnot": "asunnot"}
    if len(base) > 22:
        distinct = [p for p in parts if p not in GENERIC_WORDS]
        generic = [extra[p] for p in parts if p in extra]
        if not distinct:
            distinct = parts[:1]
        if generic:
            core = distinct[-1] if len("".join(distinct)) > 14 else "".join(distinct)
            base = core + rng.choice(["-", ""]) + generic[0]
        elif len(distinct) > 1:
            base = distinct[-1] + rng.choice(["-", ""]) + distinct[0][:10]
        else:
            base = distinct[0][:22]
    elif len(parts) == 1 and len(base) < 9:
        base = base + rng.choice(["oy", "-oy", "palvelu"])
    elif chance(rng, 0.25) and len(parts) > 1:
        base = "-".join(parts)
    return base[:30].strip("-") + "." + (tld or ("fi" if chance(rng, 0.85) else "com"))


# ---------------------------------------------------------------------------
# 9. Entities (the truth about each customer)
# ---------------------------------------------------------------------------
SV_SHARE = {"Espoo": 0.15, "Helsinki": 0.15, "Vantaa": 0.05, "Kauniainen": 0.3,
            "Kirkkonummi": 0.25, "Lohja": 0.05, "Siuntio": 0.3, "Inkoo": 0.55,
            "Raasepori": 0.65, "Hanko": 0.45, "Porvoo": 0.3, "Sipoo": 0.35, "Turku": 0.06,
            "Parainen": 0.55, "Kemiönsaari": 0.65}
USED_IDS = set()
USED_DOMAINS = set()


def new_id(rng):
    while True:
        x = "c%07x" % rng.getrandbits(28)
        if x not in USED_IDS:
            USED_IDS.add(x)
            return x


def unique_domain(rng, words, tld=None):
    for i in range(50):
        d = invent_domain(rng, words, tld)
        if i > 3:
            base, _, t = d.rpartition(".")
            d = base + str(i) + "." + t
        if d not in USED_DOMAINS and d not in FREEMAIL_DOMAINS:
            USED_DOMAINS.add(d)
            return d
    raise RuntimeError("domain")


def pick_city(rng, pool=None, region=None):
    pool = pool or HOME_CITIES
    if region:
        pool = [c for c in pool if c.region == region] or pool
    return wpick(rng, [(c, max(c.weight, 1)) for c in pool])


def lang_for(rng, city):
    return "sv" if chance(rng, SV_SHARE.get(city.fi, 0.0)) else "fi"


def person_contact(rng, lang, city, gender=None, family=None, email_domain=None,
                   allow_dup=False):
    """A private person (used as org contact, manager, board chair, heir ...)."""
    nm = new_person_name(rng, lang, gender, family, allow_dup=allow_dup)
    nm["email"] = person_email(rng, nm["given"], nm["family"], email_domain)
    nm["phone"] = REG.new_mobile(rng)
    return nm


# ---- org name model -------------------------------------------------------
def org_name(form, core, lf, lf_pos="post", num=None, unit=None, alt=None, ytun=None):
    return {"form": form, "core": core, "lf": lf, "lf_pos": lf_pos, "num": num, "unit": unit,
            "alt": alt, "renamed_from": None, "ytunnus": ytun}


def compose_name(n, lf=None, drop_lf=False, unit_sep=", ", use_alt=False, num_style=None):
    if use_alt and n.get("alt"):
        a = n["alt"]
        n = dict(n, core=a["core"], lf=a["lf"], lf_pos=a["lf_pos"], unit=a.get("unit", n["unit"]))
    core = n["core"]
    if n["num"]:
        num = n["num"]
        if num_style == "roman":
            num = {"2": "II", "3": "III", "4": "IV"}.get(num, num)
        core = core + " " + num
    lfw = n["lf"] if lf is None else lf
    if drop_lf or not lfw:
        s = core
    elif n["lf_pos"] == "pre":
        s = lfw + " " + core
    else:
        s = core + " " + lfw
    if n["unit"]:
        s = s + unit_sep + n["unit"]
    return s


LF_WRITINGS = {
    "asoy": ["Asunto Oy", "As Oy", "As. Oy", "Asunto-osakeyhtiö", "AS OY", "As.Oy", "Asoy",
             "Asunto oy", "As oy", "As Oy:n"],
    "bostads": ["Bostads Ab", "Bostadsaktiebolaget", "Bost. Ab", "Bostads Aktiebolag", "Bostads AB"],
    "koy": ["Kiinteistö Oy", "Kiint. Oy", "Koy", "KOy", "Kiinteistöosakeyhtiö", "Kiinteistö oy",
            "Kiint.Oy"],
    "fab": ["Fastighets Ab", "Fastighetsaktiebolaget", "Fast. Ab"],
    "osk": ["Osk", "osk", "osuuskunta", "Osuuskunta"],
    "oskpre": ["Asunto-osuuskunta", "Asunto-osk", "As.osk", "Asunto-Osuuskunta"],
    "oy": ["Oy", "Oy Ltd", "oy", "OY", "Ltd", "Osakeyhtiö"],
    "ab": ["Ab", "Oy Ab", "Ab Oy", "Ltd", "AB"],
    "ky": ["Ky", "ky", "KY", "Kommandiittiyhtiö", "Ky."],
    "ay": ["Ay", "ay", "Avoin yhtiö", "AY"],
    "tmi": ["Tmi", "tmi", "TMI", "Toiminimi", "T:mi"],
    "ry": ["ry", "r.y.", "RY", "Ry", "ry."],
    "rf": ["rf", "r.f.", "RF"],
}
LF_DEFAULT = {"asoy": ["Asunto Oy", "Asunto Oy", "Asunto Oy", "As Oy", "As Oy", "As. Oy"],
              "bostads": ["Bostads Ab"], "koy": ["Kiinteistö Oy", "Kiinteistö Oy", "Koy"],
              "fab": ["Fastighets Ab"], "osk": ["Osk"], "oskpre": ["Asunto-osuuskunta"],
              "oy": ["Oy"], "ab": ["Ab"], "ky": ["Ky"], "ay": ["Ay"], "tmi": ["Tmi"],
              "ry": ["ry"], "rf": ["rf"]}
PRE_FORMS = ("asoy", "bostads", "koy", "fab", "oskpre")


def lf_canon(rng, form):
    return rng.choice(LF_DEFAULT[form])


class Ent(dict):
    """Entity: a customer as it really is."""


def new_entity(rng, party, kind, lang, city):
    e = Ent(id=new_id(rng), party=party, kind=kind, lang=lang, city=city.fi)
    e["region_on"] = chance(rng, 0.25)
    e["alt_emails"] = []
    e["alt_phones"] = []
    e["landline"] = None
    return e


# ---- manager (isännöitsijä) firms ---------------------------------------------
MANAGER_FIRMS = []


def make_manager_firm(rng, city):
    lang = "sv" if city.bilingual and chance(rng, 0.15) else "fi"
    e = new_entity(rng, "org", "manager_firm", lang, city)
    sur = rng.choice(SV_SURNAMES if lang == "sv" else FI_SURNAMES)
    for _ in range(50):
        if lang == "sv":
            pat = rng.choice(MANAGER_SV_PATTERNS)
            stem = rng.choice(MANAGER_SV_STEMS)
            full = pat.format(sur=sur, svstem=stem)
            core, lf = full.rsplit(" ", 1)
            stem_used = sur if "{sur}" in pat else stem
            form = "ab"
        else:
            pat = rng.choice(MANAGER_FIRM_PATTERNS)
            stem = rng.choice(MANAGER_STEMS)
            full = pat.format(sur=sur, stem=stem, gen=city.gen)
            core, lf = full.rsplit(" ", 1)
            stem_used = sur if "{sur}" in pat else (stem if "{stem}" in pat else city.gen)
            form = "oy" if lf == "Oy" else "ky"
        if fold(core) not in REG.org_names:
            break
        sur = rng.choice(FI_SURNAMES)
    REG.org_names.add(fold(core))
    e["name"] = org_name(form, core, lf, "post", ytun=REG.new_ytunnus(rng))
    e["stem"] = stem_used
    e["region"] = city.region
    dom = unique_domain(rng, [core.replace("Isännöintitoimisto", "isannointi")])
    e["domain"] = dom
    e["email"] = org_email(rng, dom, rng.choice(["toimisto", "laskutus", "info", "ostolaskut"]))
    e["phone"] = REG.new_landline(rng, city)
    e["address"] = new_address(rng, city, "office")
    e["pobox"] = new_address(rng, city, "pobox") if chance(rng, 0.4) else None
    mgrs = []
    for _ in range(rng.randint(2, 5)):
        m = new_person_name(rng, "fi" if lang == "fi" or chance(rng, 0.4) else "sv")
        # managers use firstname.lastname@firm
        loc = slug(m["given"].split("-")[0]) + "." + re.sub(r"[^a-z0-9-]", "", fold(m["family"]))
        cand = loc + "@" + dom
        m["email"] = cand if REG.claim_email(cand) else person_email(rng, m["given"], m["family"], dom)
        m["phone"] = REG.new_mobile(rng)
        mgrs.append(m)
    e["managers"] = mgrs
    e["contact"] = mgrs[0] if chance(rng, 0.5) else person_contact(rng, lang, city, email_domain=dom)
    return e


# ---- housing companies ----------------------------------------------------
def hc_core(rng, city, lang):
    """Return (core, alt_core or None, stem)."""
    r = rng.random()
    if lang == "sv":
        if r < 0.5:
            a, b = rng.choice(HC_FIRST), rng.choice(HC_SECOND)
            sv = a[1] + b[1]
            fi = a[0] + b[0]
            return sv, fi, sv
        sv = rng.choice(HC_SV_SPECIAL)
        return sv, None, sv
    if r < 0.40:
        a, b = rng.choice(HC_FIRST), rng.choice(HC_SECOND)
        fi = a[0] + b[0]
        sv = a[1] + b[1] if city.bilingual and chance(rng, 0.5) else None
        if chance(rng, 0.5):
            return city.gen + " " + fi, (city.sv + " " + sv) if (sv and city.sv) else None, fi
        return fi, sv, fi
    if r < 0.70:
        s = rng.choice(HC_SPECIAL_GENERIC + HC_SPECIAL_TOWN.get(city.fi, []) * 2)
        if chance(rng, 0.35) and " " not in s:
            return city.gen + " " + s, None, s
        return s, None, s
    if r < 0.85:
        fi, sv = street_for(city, rng)
        num = str(rng.randint(1, 40))
        return fi + " " + num, None, "#" + fi + "#" + (sv or "") + "#" + num
    a, b = rng.choice(HC_FIRST), rng.choice(HC_SECOND)
    fi = a[0] + b[0]
    return city.gen + " " + fi, None, fi


def make_housing_company(rng, city, firm=None, lang=None, core=None, num=None, existing=True):
    lang = lang or ("sv" if city.bilingual and chance(rng, SV_SHARE.get(city.fi, 0) * 0.8) else "fi")
    e = new_entity(rng, "org", "housing_company", lang, city)
    for _ in range(100):
        c, alt, stem = (core if core else hc_core(rng, city, lang))
        key = fold(c) + "|" + (num or "") + "|" + city.fi
        if key not in REG.org_names:
            break
        core = None
    REG.org_names.add(key)
    e["street_named"] = stem.startswith("#")
    prop_street = None
    if e["street_named"]:
        _, stem, svst, pnum = stem.split("#")
        prop_street = (stem, svst or None, pnum)
    e["hc_alt"] = alt
    if lang == "sv":
        n = org_name("bostads", c, "Bostads Ab", "pre", num=num, ytun=REG.new_ytunnus(rng))
        if alt:
            n["alt"] = {"core": alt, "lf": "Asunto Oy", "lf_pos": "pre", "lang": "fi"}
    else:
        n = org_name("asoy", c, lf_canon(rng, "asoy"), "pre", num=num, ytun=REG.new_ytunnus(rng))
        if alt:
            n["alt"] = {"core": alt, "lf": "Bostads Ab", "lf_pos": "pre", "lang": "sv"}
    e["name"] = n
    e["stem"] = stem
    if prop_street:
        try:
            e["property"] = new_address(rng, city, "property", street=prop_street[:2], num=prop_street[2])
        except RuntimeError:
            e["property"] = new_address(rng, city, "property")
    else:
        e["property"] = new_address(rng, city, "property")
    e["manager"] = firm
    if firm is not None:
        m = rng.choice(firm["managers"])
        e["contact"] = m
        e["email"] = m["email"]
        e["phone"] = m["phone"] if chance(rng, 0.7) else firm["phone"]
        if chance(rng, 0.55):
            a = dict(firm["pobox"] or firm["address"])
            a["co"] = compose_name(firm["name"])
            e["address"] = a
        else:
            e["address"] = e["property"]
    else:
        chair = person_contact(rng, lang, city)
        e["contact"] = chair
        e["email"] = chair["email"] if chance(rng, 0.8) else org_email(
            rng, unique_domain(rng, ["asoy", stem]), "hallitus")
        e["phone"] = chair["phone"]
        e["address"] = e["property"]
    return e


def make_property_company(rng, city, firm=None, lang=None, core=None, group=None):
    lang = lang or ("sv" if city.bilingual and chance(rng, 0.1) else "fi")
    e = new_entity(rng, "org", "property_company", lang, city)
    for _ in range(100):
        if core:
            c, stem = core
        elif chance(rng, 0.3):
            fi, sv = street_for(city, rng)
            pnum = rng.randint(1, 40)
            c, stem = "%s %d" % (fi, pnum), fi
            core = ("#street", (fi, sv), str(pnum))
        elif lang == "sv":
            stem = rng.choice(KOY_SV_STEMS)
            c = (city.sv or city.fi) + " " + stem
        else:
            stem = rng.choice(KOY_STEMS)
            c = city.gen + " " + stem
        if fold(c) not in REG.org_names:
            break
        core = None
    REG.org_names.add(fold(c))
    street_prop = core if (core and core[0] == "#street") else None
    form = "fab" if lang == "sv" else "koy"
    e["name"] = org_name(form, c, lf_canon(rng, form), "pre", ytun=REG.new_ytunnus(rng))
    e["stem"] = stem
    e["manager"] = firm
    e["property"] = None
    if street_prop:
        try:
            e["property"] = new_address(rng, city, "property", street=street_prop[1], num=street_prop[2])
        except RuntimeError:
            pass
    e["property"] = e["property"] or new_address(rng, city, "property")
    if group is not None:
        e["contact"] = group["contact"]
        e["email"] = group["email"]
        e["phone"] = group["phone"]
        e["address"] = group["address"]
        e["domain"] = group.get("domain")
    elif firm is not None:
        m = rng.choice(firm["managers"])
        e["contact"], e["email"], e["phone"] = m, m["email"], m["phone"]
        a = dict(firm["address"])
        a["co"] = compose_name(firm["name"])
        e["address"] = a if chance(rng, 0.5) else e["property"]
    else:
        dom = unique_domain(rng, ["koy", stem, city.fi])
        e["domain"] = dom
        ct = person_contact(rng, lang, city, email_domain=dom)
        e["contact"] = ct
        e["email"] = ct["email"] if chance(rng, 0.5) else org_email(rng, dom)
        e["phone"] = ct["phone"] if chance(rng, 0.6) else REG.new_landline(rng, city)
        e["address"] = e["property"]
    return e


def make_housing_coop(rng, city):
    lang = "fi"
    e = new_entity(rng, "org", "housing_coop", lang, city)
    for _ in range(100):
        kind = rng.random()
        if kind < 0.4:
            stem = rng.choice(["Seniorikodit", "Opiskelija-asunnot", "Kotiranta", "Yhteiskoti",
                               "Kimppakoti", "Omatoimikodit", "Ikikodit", "Perhekodit"])
            c = city.gen + " " + stem
        else:
            a, b = rng.choice(HC_FIRST), rng.choice(HC_SECOND)
            stem = a[0] + b[0]
            c = stem
        if fold(c) + "|osk" not in REG.org_names:
            break
    REG.org_names.add(fold(c) + "|osk")
    if chance(rng, 0.5):
        e["name"] = org_name("oskpre", c, "Asunto-osuuskunta", "pre", ytun=REG.new_ytunnus(rng))
    else:
        e["name"] = org_name("osk", c, "Osk", "post", ytun=REG.new_ytunnus(rng))
    e["stem"] = stem
    e["manager"] = None
    dom = unique_domain(rng, [stem, "osk"])
    e["domain"] = dom
    ct = person_contact(rng, lang, city)
    e["contact"] = ct
    e["email"] = org_email(rng, dom) if chance(rng, 0.5) else ct["email"]
    e["phone"] = ct["phone"]
    e["address"] = new_address(rng, city, "property")
    return e


def make_landlord(rng, city, core=None, group=None):
    lang = "sv" if city.bilingual and chance(rng, 0.1) else "fi"
    e = new_entity(rng, "org", "landlord", lang, city)
    sur = rng.choice(FI_SURNAMES)
    for _ in range(100):
        if core:
            c, lf, stem = core
        else:
            pat = rng.choice(LANDLORD_PATTERNS)
            st = rng.choice(LANDLORD_STEMS)
            full = pat.format(stem=st, sur=sur, gen=city.gen)
            c, lf = full.rsplit(" ", 1)
            stem = sur if "{sur}" in pat else (st if "{stem}" in pat else city.gen)
            if "{stem}" in pat and pat.startswith("Vuokrakodit"):
                stem = "Vuokrakodit " + st
        if fold(c) not in REG.org_names:
            break
        core = None
        sur = rng.choice(FI_SURNAMES)
    REG.org_names.add(fold(c))
    form = {"Oy": "oy", "Ky": "ky"}[lf]
    e["name"] = org_name(form, c, lf, "post", ytun=REG.new_ytunnus(rng))
    e["stem"] = stem
    e["manager"] = None
    if group:
        e["domain"] = group["domain"]
        e["contact"] = group["contact"] if chance(rng, 0.5) else person_contact(rng, lang, city)
        e["email"] = org_email(rng, group["domain"])
        e["phone"] = group["phone"] if chance(rng, 0.5) else REG.new_landline(rng, city)
        e["address"] = group["address"]
    else:
        dom = unique_domain(rng, [c])
        e["domain"] = dom
        ct = person_contact(rng, lang, city, email_domain=dom)
        e["contact"] = ct
        e["email"] = org_email(rng, dom) if chance(rng, 0.6) else ct["email"]
        e["phone"] = REG.new_landline(rng, city) if chance(rng, 0.5) else ct["phone"]
        e["address"] = new_address(rng, city, "office")
    return e


def trade_name_hyphen(trade, sur):
    if trade in ("Sähkö", "LVI", "Putkityö", "Maalaus", "Kuljetus", "Rakennus", "Remontti",
                 "Kattotyö", "Taksi"):
        t = {"Putkityö": "Putki", "Kattotyö": "Katto"}.get(trade, trade)
        return t + "-" + sur
    return trade + " " + sur


def make_small_business(rng, city, form=None, owner=None, trade=None, style=None, lang=None):
    lang = lang or ("sv" if chance(rng, SV_SHARE.get(city.fi, 0.0)) else "fi")
    e = new_entity(rng, "org", "small_business", lang, city)
    for _ in range(200):
        tr = trade or rng.choice(TRADES)
        forms = tr[2].split()
        f = form or rng.choice(forms)
        if lang == "sv" and f == "oy":
            f = "ab"
        own = owner or new_person_name(rng, lang)
        st = style or rng.choice(["trade_sur", "trade_sur", "trade_sur", "tmi_full",
                                  "fancy", "trade_init"])
        if f != "tmi" and st == "tmi_full":
            st = "trade_sur"
        tword = tr[1] if lang == "sv" else tr[0]
        if st == "trade_sur":
            c = trade_name_hyphen(tword, own["family"]) if lang == "fi" else tword + " " + own["family"]
            stem = own["family"]
        elif st == "trade_init":
            c = "%s %s. %s" % (tword, own["given"][0], own["family"])
            stem = own["family"]
        elif st == "tmi_full":
            c = ("%s %s %s" % (tword, own["given"], own["family"])) if chance(rng, 0.5) else \
                "%s %s" % (own["given"], own["family"])
            stem = own["family"]
        else:
            fan = rng.choice(FANCY_STEMS)
            c = tword + " " + fan if chance(rng, 0.6) else fan
            stem = fan
        key = fold(c) + "|" + f
        if key not in REG.org_names:
            break
        owner = None
    REG.org_names.add(key)
    lf = {"tmi": "Tmi", "oy": "Oy", "ab": "Ab", "ky": "Ky", "ay": "Ay"}[f]
    pos = "pre" if (f == "tmi" and chance(rng, 0.6)) else "post"
    e["name"] = org_name(f, c, lf, pos, ytun=REG.new_ytunnus(rng))
    e["stem"] = stem
    e["trade"] = tr
    e["owner"] = own
    e["manager"] = None
    if "phone" not in own:
        own["phone"] = REG.new_mobile(rng)
    if "email" not in own:
        own["email"] = person_email(rng, own["given"], own["family"])
    e["contact"] = own
    if f in ("tmi", "ay") and chance(rng, 0.6):
        e["domain"] = None
        e["email"] = own["email"] if chance(rng, 0.5) else freemail_box(rng, slug(c)[:22])
        e["phone"] = own["phone"]
    else:
        dom = unique_domain(rng, [c.replace(" & ", " ")])
        e["domain"] = dom
        e["email"] = org_email(rng, dom) if chance(rng, 0.6) else org_email(
            rng, dom, slug(own["given"].split("-")[0]) + "." + slug(own["family"]))
        e["phone"] = own["phone"] if chance(rng, 0.6) else REG.new_landline(rng, city)
    e["address"] = new_address(rng, city, "office" if chance(rng, 0.7) else "house")
    return e


def municipal_name(city, lang="fi"):
    if lang == "sv" and city.sv:
        base = city.sv if city.sv[-1] in "aeiouyåäös" else city.sv + "s"
        return base + (" stad" if city.mtype == "kaupunki" else " kommun")
    return city.gen + " " + city.mtype


def make_municipal(rng, city, unit=None, lang=None, kind="municipality"):
    lang = lang or ("sv" if city.bilingual and chance(rng, 0.15) else "fi")
    e = new_entity(rng, "org", kind, lang, city)
    for _ in range(100):
        u = unit or rng.choice(MUNI_UNITS)
        key = city.fi + "|" + u
        if key not in REG.org_names:
            break
        unit = None
    REG.org_names.add(key)
    core = municipal_name(city, "fi")
    alt = None
    if city.bilingual and city.sv:
        alt = {"core": municipal_name(city, "sv"), "lf": None, "lf_pos": "post",
               "unit": MUNI_UNITS_SV[u], "lang": "sv"}
    n = org_name("public", core, None, "post", unit=u, alt=alt, ytun=REG.new_ytunnus(rng))
    if lang == "sv" and alt:
        n = org_name("public", alt["core"], None, "post", unit=alt["unit"], ytun=n["ytunnus"],
                     alt={"core": core, "lf": None, "lf_pos": "post", "unit": u, "lang": "fi"})
    e["name"] = n
    e["stem"] = core
    e["unit"] = u
    dom = muni_domain(city)
    e["domain"] = dom
    ct = new_person_name(rng, lang)
    loc = slug(ct["given"].split("-")[0]) + "." + re.sub(r"[^a-z0-9-]", "", fold(ct["family"]))
    ct["email"] = loc + "@" + dom if REG.claim_email(loc + "@" + dom) else org_email(rng, dom)
    ct["phone"] = REG.new_mobile(rng)
    e["contact"] = ct
    e["email"] = ct["email"] if chance(rng, 0.6) else org_email(
        rng, dom, slug(u)[:16] + rng.choice(["", ".laskut", ".ostolaskut"]))
    e["phone"] = ct["phone"] if chance(rng, 0.5) else REG.new_landline(rng, city)
    e["address"] = new_address(rng, city, "office" if chance(rng, 0.7) else "pobox")
    e["manager"] = None
    return e


def muni_domain(city):
    # public bodies get reserved example domains, never their real ones
    d = slug(city.fi) + ".example"
    USED_DOMAINS.add(d)
    return d


def make_utility(rng, city):
    e = new_entity(rng, "org", "utility", "fi", city)
    for _ in range(50):
        pat = rng.choice(UTILITY_PATTERNS)
        full = pat.format(gen=city.gen)
        c, lf = full.rsplit(" ", 1)
        if fold(c) not in REG.org_names:
            break
    REG.org_names.add(fold(c))
    e["name"] = org_name("oy", c, lf, "post", ytun=REG.new_ytunnus(rng))
    e["stem"] = c
    dom = slug(c)[:20] + ".example"
    USED_DOMAINS.add(dom)
    e["domain"] = dom
    ct = new_person_name(rng, "fi")
    ct["email"] = org_email(rng, dom, slug(ct["given"].split("-")[0]) + "." + slug(ct["family"]))
    ct["phone"] = REG.new_mobile(rng)
    e["contact"] = ct
    e["email"] = org_email(rng, dom, rng.choice(["ostolaskut", "laskutus", "kirjaamo"])) \
        if chance(rng, 0.6) else ct["email"]
    e["phone"] = REG.new_landline(rng, city)
    e["address"] = new_address(rng, city, "office")
    e["manager"] = None
    return e


def make_parish(rng, city, unit=None, pattern=None):
    lang = "sv" if city.bilingual and chance(rng, 0.3) else "fi"
    e = new_entity(rng, "org", "parish", lang, city)
    for _ in range(60):
        if lang == "sv":
            c = (city.sv or city.fi) + rng.choice([" svenska församling", " församling",
                                                   " kyrkliga samfällighet"])
        else:
            c = (pattern or rng.choice(PARISH_PATTERNS)).format(gen=city.gen)
        key = fold(c) + "|" + (unit or "")
        if key not in REG.org_names:
            break
        pattern = None
    REG.org_names.add(key)
    e["name"] = org_name("public", c, None, "post", unit=unit, ytun=REG.new_ytunnus(rng))
    e["stem"] = c
    e["unit"] = unit
    dom = "evl-" + slug(city.fi) + ".example"
    if "ortodoks" in c:
        dom = "ort-" + slug(city.fi) + ".example"
    elif "helluntai" in c:
        dom = "hell-" + slug(city.fi) + ".example"
    USED_DOMAINS.add(dom)
    e["domain"] = dom
    ct = new_person_name(rng, lang)
    ct["email"] = org_email(rng, dom, slug(ct["given"].split("-")[0]) + "." + slug(ct["family"]))
    ct["phone"] = REG.new_mobile(rng)
    e["contact"] = ct
    e["email"] = ct["email"] if chance(rng, 0.5) else org_email(rng, dom, rng.choice(
        ["kirkkoherranvirasto", "taloustoimisto", "laskut", "kiinteistot"]))
    e["phone"] = ct["phone"] if chance(rng, 0.5) else REG.new_landline(rng, city)
    e["address"] = new_address(rng, city, "office" if chance(rng, 0.8) else "pobox")
    e["manager"] = None
    return e


def make_school(rng, city):
    lang = "sv" if city.bilingual and chance(rng, 0.3) else "fi"
    e = new_entity(rng, "org", "school", lang, city)
    for _ in range(60):
        if lang == "sv":
            pat = rng.choice(SV_SCHOOL) if city.fi == "Espoo" else SV_SCHOOL[0]
            c = pat.format(svgen=(city.sv or city.fi), svplace=rng.choice(SV_SCHOOL_PLACES))
        else:
            c = rng.choice(SCHOOL_PATTERNS).format(
                gen=city.gen, place=rng.choice(SCHOOL_PLACES_GENERIC + SCHOOL_PLACES_TOWN.get(city.fi, [])))
        if fold(c) + city.fi not in REG.org_names:
            break
    REG.org_names.add(fold(c) + city.fi)
    form = "public"
    lf = None
    if c.endswith(" ry"):
        c, lf, form = c[:-3], "ry", "ry"
    e["name"] = org_name(form, c, lf, "post", ytun=REG.new_ytunnus(rng))
    e["stem"] = c
    dom = muni_domain(city) if form == "public" else unique_domain(rng, [c.split()[0], "koulu"])
    e["domain"] = dom
    ct = new_person_name(rng, lang)
    ct["email"] = org_email(rng, dom, slug(ct["given"].split("-")[0]) + "." + slug(ct["family"]))
    ct["phone"] = REG.new_mobile(rng)
    e["contact"] = ct
    e["email"] = ct["email"] if chance(rng, 0.6) else org_email(rng, dom, slug(c.split()[0])[:12] + ".kanslia")
    e["phone"] = ct["phone"] if chance(rng, 0.5) else REG.new_landline(rng, city)
    e["address"] = new_address(rng, city, "office")
    e["manager"] = None
    return e


def make_club(rng, city):
    lang = "sv" if city.bilingual and chance(rng, 0.3) else "fi"
    e = new_entity(rng, "org", "sports_club", lang, city)
    for _ in range(60):
        if lang == "sv":
            c = rng.choice(SV_CLUB_PATTERNS).format(sv=city.sv or city.fi)
        else:
            c = rng.choice(CLUB_PATTERNS).format(gen=city.gen)
        if fold(c) not in REG.org_names:
            break
    REG.org_names.add(fold(c))
    core, lf = c.rsplit(" ", 1)
    e["name"] = org_name(lf, core, lf, "post", ytun=None)
    e["stem"] = core
    dom = None
    ct = person_contact(rng, lang, city)
    e["contact"] = ct
    if chance(rng, 0.5):
        dom = unique_domain(rng, [core])
        e["email"] = org_email(rng, dom, rng.choice(["info", "rahastonhoitaja", "hallitus",
                                                     "sihteeri", "toimisto"]))
    else:
        e["email"] = ct["email"]
    e["domain"] = dom
    e["phone"] = ct["phone"]
    e["address"] = new_address(rng, city, "office" if chance(rng, 0.4) else "house")
    e["manager"] = None
    return e


# ---- persons ----------------------------------------------------------------
def make_person(rng, kind, city=None, lang=None, name=None, address=None, allow_dup=False,
                gender=None, family=None):
    city = city or pick_city(rng)
    lang = lang or lang_for(rng, city)
    e = new_entity(rng, "person", kind, lang, city)
    nm = name or new_person_name(rng, lang, gender, family, allow_dup=allow_dup)
    e.update(given=nm["given"], family=nm["family"], gender=nm["gender"], middle=nm["middle"])
    e["title"] = None
    if chance(rng, 0.04):
        e["title"] = rng.choice(TITLES_SV if lang == "sv" else TITLES_FI[:10])
    e["spouse"] = None
    e["email"] = person_email(rng, e["given"], e["family"]) if chance(rng, 0.85) else None
    e["phone"] = REG.new_mobile(rng) if chance(rng, 0.93) else None
    if chance(rng, 0.15 if kind != "tenant" else 0.03):
        e["landline"] = REG.new_landline(rng, city)
        if e["phone"] is None:
            e["phone"] = e["landline"]
    if kind == "tenant":
        akind = "flat"
    elif kind == "cottage_owner":
        akind = rng.choice(["flat", "flat", "house", "row"])
    else:
        akind = rng.choice(["house", "house", "house", "row", "flat"])
    e["address"] = address or new_address(rng, city, akind)
    e["cottage"] = None
    if kind == "cottage_owner":
        cc = pick_city(rng, COTTAGE_CITIES, city.region) if chance(rng, 0.8) else pick_city(rng, COTTAGE_CITIES)
        e["cottage"] = new_address(rng, cc, "rural")
    if e["email"] is None and e["phone"] is None:
        e["phone"] = REG.new_mobile(rng)
    e["manager"] = None
    return e


def make_household(rng, city=None, lang=None):
    city = city or pick_city(rng)
    lang = lang or lang_for(rng, city)
    e = make_person(rng, "household", city, lang, gender="m" if chance(rng, 0.8) else "f")
    sg = "f" if e["gender"] == "m" else "m"
    r = rng.random()
    if r < 0.7:
        sfam = e["family"]
    elif r < 0.85:
        sfam = pick_family(rng, lang)
    else:
        sfam = e["family"] + "-" + pick_family(rng, lang) if sg == "f" else e["family"]
    sp = new_person_name(rng, lang, sg, sfam, allow_dup=True)
    sp["email"] = person_email(rng, sp["given"], sp["family"]) if chance(rng, 0.5) else None
    sp["phone"] = REG.new_mobile(rng) if chance(rng, 0.7) else None
    e["spouse"] = sp
    e["hh_style"] = rng.choice(["ja", "ja", "ja", "amp", "fam_first"]) if lang == "fi" else \
        rng.choice(["och", "och", "amp"])
    if chance(rng, 0.35):
        cc = pick_city(rng, COTTAGE_CITIES, city.region)
        e["cottage"] = new_address(rng, cc, "rural")
    return e


OLD_MALE = ["Toivo", "Eino", "Väinö", "Viljo", "Lauri", "Onni", "Tauno", "Arvo", "Reino",
            "Veikko", "Erkki", "Pentti", "Paavo", "Aarne", "Kalevi", "Ensio", "Olavi", "Uuno",
            "Heikki", "Kauko", "Sulo", "Unto", "Aimo", "Matti", "Jorma"]
OLD_FEMALE = ["Aili", "Aino", "Helmi", "Hilkka", "Irja", "Kerttu", "Lyydia", "Martta", "Sirkka",
              "Tyyne", "Elsa", "Lempi", "Kyllikki", "Anna-Liisa", "Marjatta", "Saima", "Hilja",
              "Impi", "Aune", "Orvokki", "Sylvi", "Eila", "Raili", "Terttu"]


def make_estate(rng, city=None, lang=None, heir=None, deceased=None):
    city = city or pick_city(rng)
    lang = lang or lang_for(rng, city)
    g = "m" if chance(rng, 0.5) else "f"
    if deceased is None:
        for _ in range(200):
            given = rng.choice((OLD_MALE if g == "m" else OLD_FEMALE) if lang == "fi"
                               else (SV_MALE if g == "m" else SV_FEMALE))
            fam = pick_family(rng, lang)
            key = fold(given) + "|" + fold(fam)
            if key not in REG.person_names:
                REG.person_names.add(key)
                break
        deceased = {"given": given, "family": fam, "gender": g, "middle": None}
    e = new_entity(rng, "person", "estate", lang, city)
    e.update(given=deceased["given"], family=deceased["family"], gender=deceased["gender"],
             middle=None, title=None, spouse=None, cottage=None, manager=None)
    if heir is None:
        hfam = deceased["family"] if chance(rng, 0.6) else pick_family(rng, lang)
        heir = new_person_name(rng, lang, None, hfam, allow_dup=True)
        heir["email"] = person_email(rng, heir["given"], heir["family"])
        heir["phone"] = REG.new_mobile(rng)
        heir["city"] = pick_city(rng, None, city.region)
    e["heir"] = heir
    e["email"] = heir["email"] if heir.get("email") else None
    e["phone"] = heir["phone"] if (chance(rng, 0.8) or e["email"] is None) else None
    e["estate_style"] = rng.choice(["kp_first", "kp_first", "gen", "kp_first", "paren"]) if lang == "fi" \
        else rng.choice(["dodsbo_first", "dodsbo_gen"])
    if e["estate_style"] == "gen" and genitive(e["family"]) is None:
        e["estate_style"] = "kp_first"
    if chance(rng, 0.6):
        e["address"] = new_address(rng, city, rng.choice(["house", "house", "row", "flat"]))
        e["estate_co"] = None
    else:
        hc = heir["city"] if isinstance(heir.get("city"), City) else city
        e["address"] = new_address(rng, hc, rng.choice(["flat", "house"]))
        e["estate_co"] = heir["given"] + " " + heir["family"]
        e["city"] = hc.fi
    return e


# ---------------------------------------------------------------------------
# 10. Clean records: what one record semantically says about its customer
# ---------------------------------------------------------------------------
def copy_addr(a):
    return dict(a) if a else None


def clean_from_entity(e, use_cottage=False):
    c = {"party": e["party"], "kind": e["kind"], "lang": e["lang"], "id": e["id"],
         "email": e.get("email"), "phone": e.get("phone"), "region_on": e["region_on"]}
    if e["party"] == "person":
        c.update(given=e["given"], family=e["family"], middle=e.get("middle"),
                 gender=e["gender"], title=e.get("title"), spouse=e.get("spouse"),
                 hh_style=e.get("hh_style"), estate_style=e.get("estate_style"))
        c["mode"] = {"household": "household", "estate": "estate"}.get(e["kind"], "single")
        a = e["cottage"] if (use_cottage and e.get("cottage")) else e["address"]
        c["address"] = copy_addr(a)
        if e["kind"] == "estate" and e.get("estate_co") and c["address"]:
            c["address"]["co"] = e["estate_co"]
    else:
        c["name"] = dict(e["name"])
        ct = e.get("contact")
        c["contact"] = {"given": ct["given"], "family": ct["family"]} if ct else None
        c["address"] = copy_addr(e["address"])
    return c


FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
ADDR_FIELDS = ["line1", "line2", "city", "region", "postalCode", "country"]
ALL_FIELDS = FIELDS + ADDR_FIELDS


class Rec:
    def __init__(self):
        self.v = {k: None for k in ALL_FIELDS}
        self.lab = {k: [] for k in ALL_FIELDS}

    def add(self, fields, label):
        if isinstance(fields, str):
            fields = [fields]
        for f in fields:
            if label not in self.lab[f]:
                self.lab[f].append(label)

    def contact(self):
        addr = {k: self.v[k] for k in ADDR_FIELDS}
        if all(addr[k] is None for k in ("line1", "line2", "city", "postalCode")):
            addr = None
        return {"displayName": self.v["displayName"], "givenName": self.v["givenName"],
                "familyName": self.v["familyName"], "companyName": self.v["companyName"],
                "email": self.v["email"], "phone": self.v["phone"], "address": addr}


NAME_FIELDS = ["displayName", "givenName", "familyName", "companyName"]
TEXT_ADDR = ["line1", "line2", "city"]

# ---------------------------------------------------------------------------
# 11. Source habits
# ---------------------------------------------------------------------------
SOURCES = ["field_app", "web_form", "erp_export", "einvoice"]
PERSON_SOURCES = [("field_app", 35), ("web_form", 35), ("erp_export", 20), ("einvoice", 10)]
ORG_SOURCES = [("field_app", 15), ("web_form", 15), ("erp_export", 30), ("einvoice", 40)]
HC_KINDS = ("housing_company", "property_company", "housing_coop")


def pick_source(rng, cl):
    if cl["party"] == "person":
        return wpick(rng, PERSON_SOURCES)
    if cl["kind"] in HC_KINDS:
        return wpick(rng, [("field_app", 15), ("web_form", 8), ("erp_export", 27), ("einvoice", 50)])
    return wpick(rng, [("field_app", 15), ("web_form", 25), ("erp_export", 40), ("einvoice", 20)])


NOISE_COUNT = {"light": (0, 1), "medium": (1, 3), "harsh": (3, 6), "none": (0, 0)}


def choose_ops(src, prof, cl, rng):
    """Decide how this record is written: source habits + profile noise."""
    o = {"src": src}
    person = cl["party"] == "person"
    if src == "qbo":
        o["order"] = "gf"
        o["phone_style"] = rng.choice(["sp", "sp", "sp", "compact", "intl", "dash"])
        o["co_layout"] = "co_first"
        o["country"] = wpick(rng, [("Finland", 75), ("Suomi", 15), ("FI", 5), (None, 5)])
        o["region"] = cl.get("region_on")
        o["city_sv"] = cl["lang"] == "sv" and chance(rng, 0.5)
        o["street_sv"] = cl["lang"] == "sv" and chance(rng, 0.6)
        o["use_alt"] = False
        if chance(rng, 0.03):
            o["caps"] = ["displayName", "companyName", "givenName", "familyName"]
        o["contact_on"] = chance(rng, 0.75)
        o["stair_style"] = "std"
        return o
    if src == "field_app":
        o["order"] = "fg" if chance(rng, 0.55) else "gf"
        o["names_null"] = chance(rng, 0.5)
        enc = wpick(rng, [("ascii", 45), ("ae_oe", 15), (None, 40)])
        if enc:
            o["enc"] = enc
        if chance(rng, 0.35):
            o["caps"] = ["displayName", "companyName", "givenName", "familyName", "line1", "city"]
        o["email_drop"] = chance(rng, 0.55)
        o["phone_style"] = rng.choice(["compact", "compact", "dash", "sp", "sp4", "pairs"])
        o["co_layout"] = "co_dropped" if chance(rng, 0.7) else "co_second"
        o["stair_style"] = rng.choice(["std", "tight", "lower", "as_nodot", "glued", "dash"])
        o["postal_drop"] = chance(rng, 0.5)
        o["country"] = None
        o["region"] = False
        o["contact_on"] = chance(rng, 0.4)
        o["lf_var"] = chance(rng, 0.6)
        o["city_sv"] = False
        o["street_sv"] = False
        if cl["party"] == "org" and chance(rng, 0.3):
            o["abbrev"] = True
    elif src == "web_form":
        o["order"] = "gf"
        if chance(rng, 0.08):
            o["lower"] = ["displayName", "givenName", "familyName", "line1", "city"]
        o["phone_style"] = rng.choice(["intl", "intl", "sp", "sp", "compact", "intl_c", "dash_sp",
                                       "intl0"])
        o["co_layout"] = "co_second"
        o["stair_style"] = rng.choice(["std", "std", "std", "as", "tight"])
        o["postal_drop"] = chance(rng, 0.06)
        o["country"] = wpick(rng, [("Suomi", 45), ("Finland", 35), (None, 20)])
        o["region"] = False
        o["contact_on"] = chance(rng, 0.9)
        o["lf_var"] = chance(rng, 0.4)
        o["city_sv"] = cl["lang"] == "sv" and chance(rng, 0.7)
        o["street_sv"] = cl["lang"] == "sv" and chance(rng, 0.6)
        o["use_alt"] = cl["party"] == "org" and cl["name"].get("alt") is not None and chance(rng, 0.5)
        if person and chance(rng, 0.1):
            o["nickname"] = True
        if person and chance(rng, 0.04):
            o["title"] = True
        if chance(rng, 0.06):
            o["email_case"] = True
        if chance(rng, 0.1):
            o["split"] = True
    elif src == "erp_export":
        o["order"] = wpick(rng, [("fg", 50), ("gf", 30), ("f_comma_g", 20)])
        if chance(rng, 0.45):
            o["enc"] = "mojibake"
        if chance(rng, 0.2):
            o["caps"] = ["displayName", "companyName", "familyName", "givenName"]
        o["phone_style"] = rng.choice(["dash", "dash", "sp", "compact", "paren", "00358"])
        o["co_layout"] = "co_second"
        o["stair_style"] = rng.choice(["std", "std", "as"])
        o["country"] = "FI"
        o["region"] = chance(rng, 0.4)
        o["contact_on"] = chance(rng, 0.6)
        o["lf_var"] = chance(rng, 0.35)
        o["city_sv"] = cl["lang"] == "sv" and chance(rng, 0.3)
        o["street_sv"] = cl["lang"] == "sv" and chance(rng, 0.3)
        if cl["party"] == "org" and cl["name"].get("ytunnus") and chance(rng, 0.35):
            o["ytunnus"] = rng.choice(["suffix_paren", "suffix_slash", "prefix", "suffix_ytunnus"])
        if person and chance(rng, 0.25):
            o["middle"] = True
    elif src == "einvoice":
        o["order"] = "fg" if chance(rng, 0.6) else "gf"
        o["phone_style"] = rng.choice(["intl", "intl_c", "sp", "compact"])
        o["co_layout"] = rng.choice(["co_first", "co_second", "co_second"])
        o["stair_style"] = rng.choice(["as", "as", "std", "tight", "as_nodot"])
        o["country"] = rng.choice(["FI", "FI", "Finland"])
        o["region"] = False
        o["contact_on"] = chance(rng, 0.95)
        o["lf_var"] = chance(rng, 0.25)
        o["full_lf"] = chance(rng, 0.5)
        o["city_sv"] = cl["lang"] == "sv" and chance(rng, 0.4)
        o["street_sv"] = cl["lang"] == "sv" and chance(rng, 0.4)
        o["use_alt"] = cl["party"] == "org" and cl["name"].get("alt") is not None and chance(rng, 0.35)
        if cl["party"] == "org" and cl["name"].get("ytunnus") and chance(rng, 0.12):
            o["ytunnus"] = rng.choice(["suffix_paren", "suffix_ytunnus"])
        if person and chance(rng, 0.3):
            o["email_drop"] = True
    if person and cl.get("mode") == "estate":
        if src == "field_app" and chance(rng, 0.6):
            o["estate_form"] = rng.choice(["kp_short", "kp_last", "kp_first"])
        elif src == "erp_export" and chance(rng, 0.5):
            o["estate_form"] = rng.choice(["kp_fg", "kp_last", "gen"])
        elif src == "web_form" and chance(rng, 0.3):
            o["estate_form"] = rng.choice(["gen", "paren", "kp_first"]) if cl["lang"] == "fi" \
                else rng.choice(["dodsbo_first", "dodsbo_gen"])
    # ------------------------------------------------------------ profile noise
    lo, hi = NOISE_COUNT[prof]
    n = rng.randint(lo, hi)
    menu = [("typo_name", 10), ("typo_email", 4), ("typo_street", 5), ("typo_city", 2),
            ("email_drop", 4), ("phone_drop", 3), ("postal_drop", 3), ("postal_wrong", 2),
            ("digit_off", 3), ("merge", 3), ("split", 2), ("caps", 2)]
    if person:
        menu += [("nickname", 5), ("initial", 3), ("swap", 3), ("title", 1), ("names_null", 2),
                 ("last_first", 2), ("sv_fi_given", 1), ("wrong_company", 1)]
    else:
        menu += [("lf_var", 5), ("lf_drop", 5), ("abbrev", 3), ("contact_drop", 3),
                 ("ytunnus", 1), ("typo_company", 4)]
    if prof == "harsh":
        menu += [("addr_drop", 2), ("enc_mix", 2), ("line2_drop", 2)]
    for _ in range(n):
        op = wpick(rng, menu)
        if op == "caps":
            o["caps"] = (o.get("caps") or []) + ["displayName", "companyName"]
        elif op == "ytunnus":
            if cl["party"] == "org" and cl["name"].get("ytunnus"):
                o["ytunnus"] = rng.choice(["suffix_paren", "prefix", "suffix_slash"])
        elif op == "last_first":
            o["order"] = "f_comma_g"
        elif op == "enc_mix":
            o["enc"] = rng.choice(["ascii", "ae_oe", "mojibake"])
        elif op.startswith("typo_"):
            o.setdefault("typos", []).append(op[5:])
        else:
            o[op] = True
    return o


# ---------------------------------------------------------------------------
# 12. Rendering a clean record into a contact (with labels of what was done)
# ---------------------------------------------------------------------------
HH_JOIN = {"ja": " ja ", "amp": " & ", "och": " och ", "fam_first": " ja "}


def estate_display(given, family, style):
    g = genitive(family)
    if style == "gen" and g:
        return "%s %s kuolinpesä" % (given, g)
    if style == "paren":
        return "%s %s (kuolinpesä)" % (given, family)
    if style == "kp_short":
        return "KP %s %s" % (family, given)
    if style == "kp_last":
        return "%s %s kp" % (family, given)
    if style == "dodsbo_first":
        return "Dödsbo %s %s" % (given, family)
    if style == "dodsbo_gen":
        return "%s %ss dödsbo" % (given, family) if not family.endswith("s") else "%s %s dödsbo" % (given, family)
    if style == "kp_fg":
        return "Kuolinpesä %s %s" % (family, given)
    return "Kuolinpesä %s %s" % (given, family)


def render(cl, src, prof, rng, o=None):
    o = o if o is not None else choose_ops(src, prof, cl, rng)
    r = Rec()
    if cl["party"] == "person":
        render_person_name(cl, o, r, rng)
    else:
        render_org_name(cl, o, r, rng)
    # ------------------------------------------------------------- email
    em = cl.get("email")
    if em and not o.get("email_drop"):
        if "email" in o.get("typos", []):
            em = email_typo(em, rng)
            r.add("email", "typo")
        if o.get("email_case"):
            loc, _, dom = em.partition("@")
            em2 = ".".join(p[:1].upper() + p[1:] for p in loc.split(".")) + "@" + \
                (dom[:1].upper() + dom[1:] if chance(rng, 0.5) else dom)
            if em2 != em:
                em = em2
                r.add("email", "case")
        r.v["email"] = em
    # ------------------------------------------------------------- phone
    ph = cl.get("phone")
    if ph and not o.get("phone_drop"):
        if o.get("digit_off"):
            ph = digit_off(ph, rng)
            r.add("phone", "digit_off")
        r.v["phone"] = fmt_phone(ph, o.get("phone_style", "sp"))
    # ------------------------------------------------------------- address
    a = cl.get("address")
    if a and not o.get("addr_drop"):
        render_address(cl, a, o, r, rng)
    # ------------------------------------------------------------- encoding / case
    apply_text_ops(o, r, rng)
    if o.get("typos"):
        apply_typos(cl, o, r, rng)
    for k in ALL_FIELDS:
        if r.v[k] is not None:
            r.v[k] = re.sub(r"\s+", " ", r.v[k]).strip() or None
    return r


def render_person_name(cl, o, r, rng):
    given, family = cl["given"], cl["family"]
    gl = []
    if o.get("sv_fi_given") and given in SV_FI_GIVEN:
        given = SV_FI_GIVEN[given]
        gl.append("finnish_form")
    if o.get("nickname") and given in NICKNAMES:
        given = rng.choice(NICKNAMES[given])
        gl.append("nickname")
    elif o.get("initial"):
        given = given[0] + "."
        gl.append("initial")
    elif o.get("middle") and cl.get("middle"):
        given = given + " " + cl["middle"]
        gl.append("middle_name")
    order = o.get("order", "gf")
    mode = cl["mode"]
    if mode == "household" and cl.get("spouse"):
        sp = cl["spouse"]
        join = HH_JOIN[cl.get("hh_style") or "ja"]
        if cl["lang"] == "fi" and join == " och ":
            join = " ja "
        if sp["family"] == family:
            if order == "gf" and cl.get("hh_style") != "fam_first":
                disp = given + join + sp["given"] + " " + family
            else:
                disp = family + " " + given + join + sp["given"]
        else:
            if order == "gf":
                disp = given + " " + family + join + sp["given"] + " " + sp["family"]
            else:
                disp = family + " " + given + join + sp["family"] + " " + sp["given"]
    elif mode == "estate":
        st = cl.get("estate_style") or "kp_first"
        if o.get("estate_form"):
            st = o["estate_form"]
        disp = estate_display(given, family, st)
        if st != (cl.get("estate_style") or "kp_first"):
            r.add("displayName", "estate_form")
    else:
        if order == "fg":
            disp = family + " " + given
        elif order == "f_comma_g":
            disp = family + ", " + given
        else:
            disp = given + " " + family
    if mode == "single" and order == "fg":
        r.add("displayName", "surname_first")
    elif mode == "single" and order == "f_comma_g":
        r.add("displayName", "last_first")
    elif mode == "household" and not disp.startswith(given):
        r.add("displayName", "surname_first")
    show_title = (o.get("title") or (cl.get("title") and o.get("src") in ("qbo", "web_form"))) \
        and order == "gf"
    if show_title and mode == "single":
        t = cl.get("title") or rng.choice(TITLES_SV if cl["lang"] == "sv" else TITLES_FI)
        disp = t + " " + disp
        r.add("displayName", "title")
    for lb in gl:
        r.add(["displayName", "givenName"], lb)
    r.v["displayName"] = disp
    if not o.get("names_null"):
        if o.get("swap"):
            r.v["givenName"], r.v["familyName"] = family, given
            r.add(["givenName", "familyName"], "swap")
        else:
            r.v["givenName"], r.v["familyName"] = given, family
    if o.get("wrong_company"):
        r.v["companyName"] = rng.choice(["Yksityinen", "Yksityishenkilö", "Kotitalous", disp,
                                          "Privat" if cl["lang"] == "sv" else "yksityinen"])
        r.add("companyName", "wrong_field")


ABBREV = [("Isännöintitoimisto", "Isänn.tsto"), ("Isännöinti", "Isänn."), ("Kiinteistö", "Kiint."),
          ("kaupunki", "kaup."), ("seurakunta", "srk"), ("Seurakunta", "Srk"),
          ("Tampereen", "Tre"), ("yhtenäiskoulu", "ytk"), ("Rakennus", "Rak."),
          ("Kuljetus", "Kulj."), ("palvelut", "palv."), ("Palvelu", "Palv."),
          ("Urheilijat", "Urh."), ("Hiihtoseura", "HS"), ("Tilitoimisto", "Tilitsto"),
          ("svenska församling", "sv. förs."), ("stad", "st."), ("Vuokrakodit", "Vuokrak."),
          ("ev.-lut.", "ev.lut."), ("Asunto-osuuskunta", "As.osk")]


def render_org_name(cl, o, r, rng):
    n = cl["name"]
    lf = None
    drop = False
    form = n["form"]
    if o.get("full_lf") and form == "asoy" and n["lf"] != "Asunto Oy":
        lf = "Asunto Oy"
    if o.get("lf_var") and form in LF_WRITINGS:
        choices = [w for w in LF_WRITINGS[form] if w != n["lf"] and w != "As Oy:n"]
        lf = rng.choice(choices)
    if o.get("lf_drop") and n["lf"] and form not in ("public",):
        drop = True
    use_alt = bool(o.get("use_alt") and n.get("alt"))
    unit_sep = ", "
    if n.get("unit") and o.get("unit_sep"):
        unit_sep = o["unit_sep"]
    elif n.get("unit") and chance(rng, 0.25):
        unit_sep = rng.choice([" / ", " - ", " ", ", "])
    s = compose_name(n, lf=lf, drop_lf=drop, unit_sep=unit_sep, use_alt=use_alt,
                     num_style=("roman" if n.get("num") and chance(rng, 0.15) else None))
    labs = []
    if lf is not None and not drop:
        labs.append("legal_form")
    if drop:
        labs.append("legal_form")
    if use_alt:
        labs.append("swedish_name" if n["alt"].get("lang") == "sv" else "finnish_name")
    if n.get("renamed_from"):
        old = n["renamed_from"]
        s = s + rng.choice([" (ent. %s)", " ent. %s", ", ent. %s", " (entinen %s)"]) % old
    if o.get("abbrev"):
        s2 = s
        for a, b in ABBREV:
            if a in s2:
                s2 = s2.replace(a, b, 1)
                break
        if s2 != s:
            s = s2
            labs.append("abbrev")
    y = o.get("ytunnus")
    if y and n.get("ytunnus"):
        yt = n["ytunnus"]
        s = {"suffix_paren": "%s (%s)" % (s, yt), "suffix_slash": "%s / %s" % (s, yt),
             "prefix": "%s %s" % (yt, s), "suffix_ytunnus": "%s, Y-tunnus %s" % (s, yt)}[y]
        labs.append("ytunnus")
    r.v["companyName"] = s
    r.v["displayName"] = s
    for lb in labs:
        r.add(["displayName", "companyName"], lb)
    ct = cl.get("contact")
    if ct and o.get("contact_on", True) and not o.get("contact_drop"):
        g, f = ct["given"], ct["family"]
        if o.get("swap"):
            g, f = f, g
        r.v["givenName"], r.v["familyName"] = g, f


def render_address(cl, a, o, r, rng):
    city = CITY[a["city"]]
    st_style = o.get("stair_style", "std")
    sv = bool(o.get("street_sv") and a.get("street_sv"))
    street_line = addr_street_line(a, st_style, sv=sv)
    if street_line != addr_street_line(a, "std", sv=sv):
        r.add("line1", "stair_notation")
    if sv:
        r.add("line1", "swedish_name")
    co = ("c/o " + a["co"]) if a.get("co") else None
    line1, line2 = street_line, None
    lay = o.get("co_layout", "co_first")
    if co:
        if lay == "co_first":
            line1, line2 = co, street_line
        elif lay == "co_second":
            line1, line2 = street_line, co
            r.add(["line1", "line2"], "co_line_moved")
        elif lay == "co_dropped":
            line1, line2 = street_line, None
            r.add(["line1", "line2"], "co_dropped")
    if o.get("line2_drop") and line2:
        line2 = None
    if o.get("split") and line2 is None and (a.get("stair") or a.get("flat")):
        base = "%s %s" % ((a["street_sv"] if sv else a["street"]), a["num"])
        rest = street_line[len(base):].strip()
        if rest:
            line1, line2 = base, rest
            r.add(["line1", "line2"], "split")
    if o.get("merge") and line2:
        line1 = line1 + ", " + line2
        line2 = None
        r.add(["line1", "line2"], "merged")
    r.v["line1"], r.v["line2"] = line1, line2
    use_sv_city = bool(o.get("city_sv") and city.sv)
    r.v["city"] = city.sv if use_sv_city else city.fi
    if use_sv_city:
        r.add("city", "swedish_name")
    pc = a["postal"]
    if o.get("postal_wrong"):
        others = [p for p in city.postals if p != pc]
        if others and chance(rng, 0.6):
            pc = rng.choice(others)
        else:
            i = rng.randrange(2, 5)
            pc = pc[:i] + rng.choice([x for x in "0123456789" if x != pc[i]]) + pc[i + 1:]
        r.add("postalCode", "postcode_wrong")
    if not o.get("postal_drop"):
        r.v["postalCode"] = pc
    if o.get("region"):
        reg = city.region
        r.v["region"] = REGION_SV[reg] if (use_sv_city and chance(rng, 0.7)) else reg
    r.v["country"] = o.get("country")


def apply_text_ops(o, r, rng):
    enc = o.get("enc")
    if enc:
        fields = NAME_FIELDS + TEXT_ADDR
        for f in fields:
            v = r.v[f]
            if not v or not has_special(v):
                continue
            nv = {"ascii": ascii_fold_keep_case, "ae_oe": ae_oe, "mojibake": mojibake}[enc](v)
            if nv != v:
                r.v[f] = nv
                r.add(f, enc)
    for f in o.get("caps") or []:
        v = r.v[f]
        if v and v.upper() != v:
            r.v[f] = v.upper()
            r.add(f, "case")
    for f in o.get("lower") or []:
        v = r.v[f]
        if v and v.lower() != v:
            r.v[f] = v.lower()
            r.add(f, "case")


def apply_typos(cl, o, r, rng):
    for t in o["typos"]:
        if t == "name":
            if cl["party"] == "person":
                fam = r.v["familyName"]
                if fam and chance(rng, 0.5) and fam in (r.v["displayName"] or ""):
                    nf = typo(fam, rng)
                    if nf != fam:
                        r.v["familyName"] = nf
                        r.v["displayName"] = r.v["displayName"].replace(fam, nf, 1)
                        r.add(["familyName", "displayName"], "typo")
                    continue
                f = rng.choice(["displayName", "displayName", "givenName", "familyName"])
            else:
                f = rng.choice(["displayName", "givenName", "familyName", "companyName"])
            v = r.v[f]
            if v:
                nv = typo(v, rng)
                if nv != v:
                    r.v[f] = nv
                    r.add(f, "typo")
        elif t == "company":
            v = r.v["companyName"]
            if v:
                nv = typo(v, rng)
                if nv != v:
                    r.v["companyName"] = nv
                    if chance(rng, 0.7):
                        r.v["displayName"] = nv
                        r.add("displayName", "typo")
                    r.add("companyName", "typo")
        elif t == "street":
            v = r.v["line1"]
            if v and not v.lower().startswith("c/o"):
                m = re.match(r"^(\D+?)(\s+\d.*)?$", v)
                if m and len(m.group(1)) > 4:
                    ns = typo(m.group(1), rng)
                    nv = ns + (m.group(2) or "")
                    if nv != v:
                        r.v["line1"] = nv
                        r.add("line1", "typo")
        elif t == "city":
            v = r.v["city"]
            if v and len(v) > 4:
                nv = typo(v, rng)
                if nv != v:
                    r.v["city"] = nv
                    r.add("city", "typo")


# ---------------------------------------------------------------------------
# 13. Comparison rules (the same rules check.py re-implements independently)
# ---------------------------------------------------------------------------
def norm_text(s):
    s = fold(s or "")
    return s.replace("ae", "a").replace("oe", "o").replace("aa", "a")


def norm_key(s):
    return re.sub(r"[^a-z0-9]", "", norm_text(s))


CITY_SV2FI = {}
for _c in CITIES:
    CITY_SV2FI[norm_key(_c.fi)] = norm_key(_c.fi)
    if _c.sv:
        CITY_SV2FI[norm_key(_c.sv)] = norm_key(_c.fi)


def norm_city(s):
    k = norm_key(s)
    return CITY_SV2FI.get(k, k)


STREET_SV2FI = {"pb": "pl"}
for _lst in list(REAL_STREETS.values()) + [COTTAGE_ROADS]:
    for _fi, _sv in _lst:
        if _sv:
            STREET_SV2FI[norm_key(_sv)] = norm_key(_fi)
for _a, _b in STREET_STEMS:
    for _sa, _sb, _w in STREET_SUFFIXES:
        STREET_SV2FI[norm_key(_b + _sb)] = norm_key(_a + _sa)

ADDR_RE = re.compile(r"^\s*([^\d,]*?[^\W\d_][^\d,]*?)\.?\s*(\d+)")


def addr_parts(addr):
    if not addr:
        return None
    street = num = None
    lines = [addr.get("line1"), addr.get("line2")]
    text = " ".join(x for x in lines if x)
    for ln in lines:
        if not ln:
            continue
        for seg in ln.split(","):
            seg = seg.strip()
            if not seg or fold(seg).startswith("c/o"):
                continue
            m = ADDR_RE.match(seg)
            if m:
                street, num = m.group(1), m.group(2)
                break
        if street:
            break
    if not street:
        return None
    pc = addr.get("postalCode")
    if not pc:
        m = re.search(r"\b(\d{5})\b", text)
        pc = m.group(1) if m else None
    sk = norm_key(street)
    sk = STREET_SV2FI.get(sk, sk)
    return sk, num, (pc or "").strip(), norm_city(addr.get("city")) if addr.get("city") else ""


def addr_same(a, b):
    pa, pb = addr_parts(a), addr_parts(b)
    if not pa or not pb:
        return False
    if pa[1] != pb[1]:
        return False
    if not ((pa[2] and pa[2] == pb[2]) or (pa[3] and pa[3] == pb[3])):
        return False
    if pa[0] == pb[0]:
        return True
    return SequenceMatcher(None, pa[0], pb[0]).ratio() >= 0.75


def evidence(cmp, inc):
    ev = []
    if cmp["email"] and inc["email"] and cmp["email"].strip().casefold() == inc["email"].strip().casefold():
        ev.append("email")
    if cmp["phone"] and inc["phone"] and norm_phone(cmp["phone"]) == norm_phone(inc["phone"]):
        ev.append("phone")
    if addr_same(cmp["address"], inc["address"]):
        ev.append("address")
    return ev


STOP_TOKENS = set("""oy ab oyj ltd ky ay tmi osk ry rf as asunto asoy osakeyhtio bost bostads
bostadsab aktiebolag bostadsaktiebolag bostadsaktiebolaget koy kiint kiinteisto
kiinteistoosakeyhtio fastighets fast fastighetsaktiebolaget osuuskunta kommandiittiyhtio avoin
yhtio toiminimi mi co ent entinen ja och kp kuolinpesa dodsbo tunnus yksityinen di fm ktm tkt
ins dos prof rouva herra ll ft rov kapt merikapt fil mag dipl ing fru herr dr""".split())


def name_tokens(contact):
    parts = []
    for k in ("displayName", "companyName"):
        v = contact.get(k)
        if v and v not in parts:
            parts.append(v)
    toks = []
    for p in parts:
        p = demojibake(p)
        p = re.sub(r"\d{7}-\d", " ", p)
        p = re.sub(r"\s*\([^)]*\)\s*$", "", p)
        for t in re.split(r"[^0-9a-z]+", norm_text(p)):
            if t and t not in STOP_TOKENS and not (len(t) == 1 and t.isalpha()):
                toks.append(t)
    seen = []
    for t in toks:
        if t not in seen:
            seen.append(t)
    return seen


def tok_eq(a, b):
    if a == b:
        return True
    if len(a) >= 4 and len(b) >= 4:
        return SequenceMatcher(None, a, b).ratio() >= 0.8
    return False


def name_sim(ta, tb):
    if not ta or not tb:
        return 0.0
    used = [False] * len(tb)
    m = 0
    for a in ta:
        for j, b in enumerate(tb):
            if not used[j] and tok_eq(a, b):
                used[j] = True
                m += 1
                break
    return m / float(len(ta) + len(tb) - m)


def contact_city(c):
    a = c.get("address")
    if not a or not a.get("city"):
        return None
    return norm_city(a["city"])


def name_city_ok(inc, cmp_idx, pool, margin=0.2):
    """pool: list of (index, contact).  True when pool[cmp_idx] is the clear best
    name match among the pool records of the incoming record's city."""
    city = contact_city(inc)
    if not city:
        return False
    ti = name_tokens(inc)
    best = None
    scores = []
    for idx, c in pool:
        if contact_city(c) != city:
            continue
        s = name_sim(ti, name_tokens(c))
        scores.append((s, idx))
    scores.sort(key=lambda x: (-x[0], x[1]))
    if not scores or scores[0][1] != cmp_idx or scores[0][0] < 0.5:
        return False
    if len(scores) > 1 and scores[0][0] - scores[1][0] < margin:
        return False
    return True


def diff_fields(a, b):
    out = []
    for f in FIELDS:
        if a[f] != b[f]:
            out.append(f)
    aa, ba = a["address"], b["address"]
    if aa is None and ba is None:
        return out
    if aa is None or ba is None:
        out.append("address")
        return out
    for f in ADDR_FIELDS:
        if aa[f] != ba[f]:
            out.append(f)
    return out


def classify(f, a, b):
    if a.casefold() == b.casefold():
        return "case"
    if f == "phone" and norm_phone(a) == norm_phone(b):
        return "format"
    if fold(a) == fold(b):
        return "mojibake" if ("Ã" in a or "Ã" in b) else "ascii"
    if norm_key(a) == norm_key(b):
        return "format" if f != "country" else "country_form"
    if f == "country":
        return "country_form"
    if f == "region":
        return "swedish_name"
    return "rewritten"


def changes_list(cmp_rec, new_rec, sem, hn=False):
    a, b = cmp_rec.contact(), new_rec.contact()
    out = []
    for f in diff_fields(a, b):
        if f == "address":
            out.append("address:" + ("dropped" if b["address"] is None else "added"))
            continue
        av = a[f] if f in FIELDS else a["address"][f]
        bv = b[f] if f in FIELDS else b["address"][f]
        if bv is None:
            out.append(f + ":dropped")
            continue
        if av is None:
            out.append(f + (":wrong_field" if "wrong_field" in new_rec.lab[f] else ":added"))
            continue
        if hn:
            c = classify(f, av, bv)
            out.append(f + ":" + (c if c != "rewritten" else "other_customer"))
            continue
        labs = list(sem.get(f, []))
        for lb in new_rec.lab[f]:
            if lb not in cmp_rec.lab[f] and lb not in labs:
                labs.append(lb)
        for lb in cmp_rec.lab[f]:
            if lb not in new_rec.lab[f] and lb not in labs:
                labs.append(lb)
        if not labs:
            for lb in new_rec.lab[f] + cmp_rec.lab[f]:
                if lb not in labs:
                    labs.append(lb)
        if not labs:
            labs = [classify(f, av, bv)]
        out.append(f + ":" + "+".join(labs))
    return out


# ---------------------------------------------------------------------------
# 14. Real-world changes between two records of one customer
# ---------------------------------------------------------------------------
EVENT_P = {
    "light": dict(moved=0.04, email=0.05, phone=0.04, contact=0.10, cottage=0.35, spouse=0.12,
                  married=0.01, renamed=0.06, manager=0.01, other_number=0.05, heir=0.05),
    "medium": dict(moved=0.10, email=0.14, phone=0.10, contact=0.25, cottage=0.45, spouse=0.20,
                   married=0.05, renamed=0.15, manager=0.04, other_number=0.08, heir=0.12),
    "harsh": dict(moved=0.18, email=0.25, phone=0.18, contact=0.35, cottage=0.50, spouse=0.25,
                  married=0.08, renamed=0.22, manager=0.08, other_number=0.10, heir=0.18),
}
ADDR_SEM = ADDR_FIELDS + ["address"]


def sem_add(sem, fields, label):
    if isinstance(fields, str):
        fields = [fields]
    for f in fields:
        sem.setdefault(f, [])
        if label not in sem[f]:
            sem[f].append(label)


def copy_clean(cl):
    c = dict(cl)
    if cl.get("name"):
        c["name"] = dict(cl["name"])
    c["address"] = copy_addr(cl.get("address"))
    if cl.get("contact"):
        c["contact"] = dict(cl["contact"])
    return c


RENAME_WORDS = ["Palvelut", "Group", "Yhtiöt", "Kiinteistöpalvelut", "Talotekniikka",
                "Rakennuttajat", "Asunnot", "Kodit", "Partners", "Service"]


def derive(cl0, ent, prof, rng, blind=False):
    cl, sem = _derive(cl0, ent, prof, rng)
    if blind:
        make_blind(cl0, cl, sem, ent, rng)
    return cl, sem


def make_blind(cl0, cl, sem, ent, rng):
    """Real life sometimes leaves no shared identifier at all: the customer moved inside
    the town, changed mailbox and number, or the housing company changed its manager."""
    a0 = cl0.get("address")
    if not a0:
        return
    city = CITY[a0["city"]]
    if cl["party"] == "org" and ent["kind"] in HC_KINDS:
        firms = [f for f in MANAGER_FIRMS if f["address"]["city"] == city.fi
                 and f is not ent.get("manager")]
        if not firms:
            return
        nf = rng.choice(firms)
        m = rng.choice(nf["managers"])
        cl["contact"] = {"given": m["given"], "family": m["family"]}
        cl["email"] = m["email"]
        cl["phone"] = m["phone"] if chance(rng, 0.7) else nf["phone"]
        a = copy_addr(nf["address"])
        a["co"] = compose_name(nf["name"])
        cl["address"] = a
        for f in ["givenName", "familyName", "email", "phone"] + ADDR_SEM:
            sem.pop(f, None)
            sem_add(sem, f, "manager_changed")
        return
    kind = "office" if cl["party"] == "org" else rng.choice(["flat", "house", "row"])
    cl["address"] = new_address(rng, city, kind)
    for f in ADDR_SEM:
        sem.pop(f, None)
        sem_add(sem, f, "moved")
    if cl.get("email") and cl["email"] == cl0.get("email"):
        sem.pop("email", None)
        if chance(rng, 0.5):
            cl["email"] = None
        else:
            if cl["party"] == "person":
                cl["email"] = person_email(rng, cl["given"], cl["family"])
            else:
                dom = cl["email"].split("@")[1]
                cl["email"] = org_email(rng, dom) if dom not in FREEMAIL_DOMAINS else \
                    freemail_box(rng, slug(ent.get("stem") or "posti")[:16])
            sem_add(sem, "email", "new")
    if cl.get("phone") and cl["phone"] == cl0.get("phone"):
        sem.pop("phone", None)
        if chance(rng, 0.4):
            cl["phone"] = None
        else:
            cl["phone"] = REG.new_mobile(rng)
            sem_add(sem, "phone", "new")


def _derive(cl0, ent, prof, rng):
    cl = copy_clean(cl0)
    sem = {}
    p = EVENT_P[prof]
    city = CITY[ent["city"]]
    if cl["party"] == "person":
        if ent.get("cottage") and chance(rng, p["cottage"]):
            cur = cl["address"]["id"] if cl["address"] else None
            tgt = ent["cottage"] if cur != ent["cottage"]["id"] else ent["address"]
            cl["address"] = copy_addr(tgt)
            sem_add(sem, ADDR_SEM, "cottage")
        elif chance(rng, p["moved"]) and ent["kind"] != "estate":
            nc = city if chance(rng, 0.55) else pick_city(rng, None, city.region)
            cl["address"] = new_address(rng, nc, rng.choice(["flat", "house", "row"]))
            sem_add(sem, ADDR_SEM, "moved")
        if cl["mode"] == "household" and cl.get("spouse") and chance(rng, p["spouse"]):
            sp = cl["spouse"]
            cl["mode"] = "single"
            cl["given"], cl["family"], cl["gender"] = sp["given"], sp["family"], sp["gender"]
            cl["middle"] = sp.get("middle")
            sem_add(sem, ["displayName", "givenName", "familyName"], "spouse")
            if sp.get("email") and chance(rng, 0.5):
                cl["email"] = sp["email"]
                sem_add(sem, "email", "spouse")
            if sp.get("phone") and chance(rng, 0.4):
                cl["phone"] = sp["phone"]
                sem_add(sem, "phone", "spouse")
        elif (cl["mode"] == "single" and cl["gender"] == "f" and ent["kind"] != "estate"
              and chance(rng, p["married"])):
            nf = pick_family(rng, cl["lang"])
            if nf != cl["family"]:
                cl["family"] = (cl["family"] + "-" + nf) if chance(rng, 0.3) else nf
                sem_add(sem, ["displayName", "familyName"], "married_name")
                if cl.get("email") and chance(rng, 0.5):
                    cl["email"] = person_email(rng, cl["given"], cl["family"])
                    sem_add(sem, "email", "married_name")
        if ent["kind"] == "estate" and chance(rng, p["heir"]):
            h2 = new_person_name(rng, cl["lang"], None, cl["family"] if chance(rng, 0.6) else None,
                                 allow_dup=True)
            cl["email"] = person_email(rng, h2["given"], h2["family"])
            sem_add(sem, "email", "contact_changed")
            if chance(rng, 0.7):
                cl["phone"] = REG.new_mobile(rng)
                sem_add(sem, "phone", "contact_changed")
            if cl["address"] and cl["address"].get("co"):
                cl["address"]["co"] = h2["given"] + " " + h2["family"]
                sem_add(sem, ["line1", "line2"], "contact_changed")
        if "email" not in sem and chance(rng, p["email"]):
            ne = person_email(rng, cl["given"], cl["family"])
            ent["alt_emails"].append(ne)
            cl["email"] = ne
            sem_add(sem, "email", "new")
        if "phone" not in sem:
            if ent.get("landline") and cl.get("phone") != ent["landline"] and chance(rng, p["other_number"] * 3):
                cl["phone"] = ent["landline"]
                sem_add(sem, "phone", "other_number")
            elif chance(rng, p["phone"]):
                cl["phone"] = REG.new_mobile(rng)
                sem_add(sem, "phone", "new")
        return cl, sem
    # ------------------------------------------------------------- organisations
    kind = ent["kind"]
    firm = ent.get("manager")
    if kind in ("housing_company", "property_company") and firm is not None and chance(rng, p["manager"]):
        nf = rng.choice([f for f in MANAGER_FIRMS if f is not firm and f["region"] == firm["region"]] or MANAGER_FIRMS)
        m = rng.choice(nf["managers"])
        cl["contact"] = {"given": m["given"], "family": m["family"]}
        cl["email"] = m["email"]
        cl["phone"] = m["phone"] if chance(rng, 0.7) else nf["phone"]
        a = copy_addr(nf["pobox"] or nf["address"])
        a["co"] = compose_name(nf["name"])
        cl["address"] = a
        for f in ["givenName", "familyName", "email", "phone"] + ADDR_SEM:
            sem_add(sem, f, "manager_changed")
        return cl, sem
    if chance(rng, p["contact"]):
        if firm is not None and kind in ("housing_company", "property_company"):
            cands = [m for m in firm["managers"] if m["email"] != cl.get("email")]
            if cands:
                m = rng.choice(cands)
                cl["contact"] = {"given": m["given"], "family": m["family"]}
                sem_add(sem, ["givenName", "familyName"], "contact_changed")
                if cl.get("email") and "@" in cl["email"] and cl["email"].split("@")[1] == firm["domain"] \
                        and not cl["email"].startswith(("toimisto", "laskutus", "info", "ostolaskut")):
                    cl["email"] = m["email"]
                    sem_add(sem, "email", "contact_changed")
                if cl.get("phone") != firm["phone"]:
                    cl["phone"] = m["phone"]
                    sem_add(sem, "phone", "contact_changed")
        else:
            ct = new_person_name(rng, cl["lang"], allow_dup=True)
            old = cl.get("contact")
            cl["contact"] = {"given": ct["given"], "family": ct["family"]}
            sem_add(sem, ["givenName", "familyName"], "contact_changed")
            if old and cl.get("email") and slug(old["family"])[:5] in cl["email"]:
                dom = cl["email"].split("@")[1]
                if dom in FREEMAIL_DOMAINS:
                    cl["email"] = person_email(rng, ct["given"], ct["family"])
                else:
                    cl["email"] = org_email(rng, dom, slug(ct["given"].split("-")[0]) + "." + slug(ct["family"]))
                sem_add(sem, "email", "contact_changed")
                if chance(rng, 0.6) and cl.get("phone") and cl["phone"][:2] in ("04", "05"):
                    cl["phone"] = REG.new_mobile(rng)
                    sem_add(sem, "phone", "contact_changed")
    if kind in ("small_business", "landlord", "property_company") and \
            cl["name"]["form"] in ("oy", "ab", "ky", "koy", "fab") and chance(rng, p["renamed"]):
        n = cl["name"]
        old = compose_name(n)
        if n["form"] in ("koy", "fab"):
            st = rng.choice([x for x in (KOY_SV_STEMS if n["form"] == "fab" else KOY_STEMS)
                             if x not in n["core"]])
            newcore = ((city.sv or city.fi) if n["form"] == "fab" else city.gen) + " " + st
        elif kind == "landlord":
            newcore = ent["stem"] + " " + rng.choice(["Kodit", "Asunnot", "Kiinteistöt", "Vuokrakodit"])
        else:
            newcore = ent["stem"] + " " + rng.choice(["Group", "Palvelut", "Yhtiöt", "Partners",
                                                      "& Co", "Plus", "Team"])
        if fold(newcore) == fold(n["core"]):
            newcore = newcore + " Group"
        n["core"] = newcore
        if n["form"] == "ky" and chance(rng, 0.5):
            n["form"], n["lf"] = "oy", "Oy"
        n["renamed_from"] = old
        sem_add(sem, ["displayName", "companyName"], "renamed")
    if "address" not in sem and chance(rng, p["moved"] * 0.7) and kind not in HC_KINDS:
        cl["address"] = new_address(rng, city if chance(rng, 0.7) else pick_city(rng, None, city.region),
                                    "office")
        sem_add(sem, ADDR_SEM, "moved")
    if "email" not in sem and chance(rng, p["email"] * 0.6):
        dom = cl["email"].split("@")[1] if cl.get("email") else None
        if dom and dom not in FREEMAIL_DOMAINS:
            cl["email"] = org_email(rng, dom)
        else:
            cl["email"] = freemail_box(rng, slug(ent["stem"])[:16] or "info")
        sem_add(sem, "email", "new")
    if "phone" not in sem and chance(rng, p["phone"] * 0.6):
        cl["phone"] = REG.new_landline(rng, city) if chance(rng, 0.5) else REG.new_mobile(rng)
        sem_add(sem, "phone", "new")
    return cl, sem


# ---------------------------------------------------------------------------
# 15. The world: existing customers, new customers
# ---------------------------------------------------------------------------
EXISTING_ORG_PLAN = [("manager_firm", 25), ("housing_company", 300), ("property_company", 50),
                     ("housing_coop", 15), ("landlord", 35), ("small_business", 150),
                     ("municipality", 30), ("utility", 10), ("parish", 20), ("school", 15),
                     ("sports_club", 25)]
EXISTING_PERSON_PLAN = [("homeowner", 380), ("cottage_owner", 130), ("tenant", 150),
                        ("household", 120), ("estate", 45)]
NEW_ORG_PLAN = [("manager_firm", 5), ("housing_company", 75), ("property_company", 12),
                ("housing_coop", 4), ("landlord", 10), ("small_business", 45),
                ("municipality", 8), ("utility", 2), ("parish", 6), ("school", 5),
                ("sports_club", 8)]
NEW_PERSON_PLAN = [("homeowner", 95), ("cottage_owner", 35), ("tenant", 45), ("household", 30),
                   ("estate", 15)]
BIG_TOWNS = ["Tampere", "Turku", "Espoo", "Helsinki", "Vantaa"]


def firm_for(rng, city):
    same = [f for f in MANAGER_FIRMS if f["region"] == city.region]
    return rng.choice(same or MANAGER_FIRMS)


def make_kind(rng, kind, spare_firms=None):
    if kind == "manager_firm":
        return spare_firms.pop(0)
    if kind == "housing_company":
        city = pick_city(rng)
        firm = firm_for(rng, city) if chance(rng, 0.8) else None
        return make_housing_company(rng, city, firm)
    if kind == "property_company":
        city = pick_city(rng)
        return make_property_company(rng, city, firm_for(rng, city) if chance(rng, 0.3) else None)
    if kind == "housing_coop":
        return make_housing_coop(rng, pick_city(rng))
    if kind == "landlord":
        return make_landlord(rng, pick_city(rng))
    if kind == "small_business":
        return make_small_business(rng, pick_city(rng))
    if kind == "municipality":
        return make_municipal(rng, pick_city(rng))
    if kind == "utility":
        return make_utility(rng, pick_city(rng))
    if kind == "parish":
        return make_parish(rng, pick_city(rng))
    if kind == "school":
        return make_school(rng, pick_city(rng))
    if kind == "sports_club":
        return make_club(rng, pick_city(rng))
    if kind == "household":
        return make_household(rng)
    if kind == "estate":
        return make_estate(rng)
    if kind == "tenant":
        city = pick_city(rng) if chance(rng, 0.3) else CITY[rng.choice(BIG_TOWNS)]
        return make_person(rng, "tenant", city)
    return make_person(rng, kind)


def build_firms(rng):
    towns = ([("Tampere", 9), ("Nokia", 1), ("Kangasala", 1), ("Ylöjärvi", 1), ("Lempäälä", 1)] +
             [("Turku", 8), ("Kaarina", 1), ("Raisio", 1), ("Salo", 1)] +
             [("Espoo", 8), ("Helsinki", 4), ("Vantaa", 2), ("Kirkkonummi", 1), ("Lohja", 1)])
    for _ in range(40):
        city = CITY[wpick(rng, towns)]
        MANAGER_FIRMS.append(make_manager_firm(rng, city))


def build_existing(rng):
    spare = list(MANAGER_FIRMS[:25])
    ents = []
    for kind, n in EXISTING_ORG_PLAN:
        for _ in range(n):
            ents.append(make_kind(rng, kind, spare))
    for kind, n in EXISTING_PERSON_PLAN:
        for _ in range(n):
            ents.append(make_kind(rng, kind))
    # namesakes already in the books: same person name in another town ...
    persons = [e for e in ents if e["kind"] in ("homeowner", "tenant") and e["party"] == "person"]
    replaced = 0
    for e in persons:
        if replaced >= 14:
            break
        if chance(rng, 0.1) and not e.get("twin") and any(x is e for x in ents):
            other = [c for c in HOME_CITIES if c.fi != e["city"]]
            city = pick_city(rng, other)
            twin = make_person(rng, e["kind"], city, e["lang"],
                               name={"given": e["given"], "family": e["family"],
                                     "gender": e["gender"], "middle": None}, allow_dup=True)
            # the twin replaces a random homeowner so the totals stay the same
            victims = [x for x in ents if x["kind"] == e["kind"] and x is not e and not x.get("twin")
                       and x.get("spouse") is None]
            v = victims[rng.randrange(len(victims))]
            ents[ents.index(v)] = twin
            twin["twin"] = True
            e["twin"] = True
            replaced += 1
    # ... and housing companies of one name in different towns
    hcs = [e for e in ents if e["kind"] == "housing_company" and not e["street_named"]
           and " " not in e["name"]["core"] and e["lang"] == "fi"]
    for e in hcs[:9]:
        city = pick_city(rng, [c for c in HOME_CITIES if c.fi != e["city"] and c.weight >= 2])
        firm = firm_for(rng, city) if chance(rng, 0.8) else None
        twin = make_housing_company(rng, city, firm, "fi", core=(e["name"]["core"], None, e["stem"]))
        victims = [x for x in ents if x["kind"] == "housing_company" and x is not e and not x.get("twin")
                   and x not in hcs[:9]]
        v = victims[rng.randrange(len(victims))]
        ents[ents.index(v)] = twin
        twin["twin"] = True
        e["twin"] = True
    return ents


def build_new(rng, ex_ents):
    spare = [f for f in MANAGER_FIRMS[25:]]
    rng.shuffle(spare)
    clients = {f["id"]: 0 for f in spare}
    for e in ex_ents:
        m = e.get("manager")
        if m is not None and m["id"] in clients:
            clients[m["id"]] += 1
    # firms administering existing customers stay out of the books (hard negatives);
    # the rest become new customers of their own
    spare.sort(key=lambda f: -clients[f["id"]])
    spare_new = spare[10:]
    spare = spare[:10] + spare[:0]
    ents = []
    for kind, n in NEW_ORG_PLAN:
        for _ in range(n):
            ents.append(make_kind(rng, kind, spare_new))
    for kind, n in NEW_PERSON_PLAN:
        for _ in range(n):
            ents.append(make_kind(rng, kind))
    return ents, spare


# ---------------------------------------------------------------------------
# 16. Records
# ---------------------------------------------------------------------------
class Item:
    """One output line under construction."""

    def __init__(self, ent, cl, rec, **kw):
        self.ent = ent
        self.cl = cl
        self.rec = rec
        self.sem = {}
        self.meta = {}
        self.src = None
        self.profile = None
        self.cmp = None
        self.__dict__.update(kw)


def existing_record(rng, e):
    cl = clean_from_entity(e)
    o = choose_ops("qbo", "none", cl, rng)
    if cl.get("email") and cl.get("phone"):
        r = rng.random()
        if r < 0.06:
            o["email_drop"] = True
        elif r < 0.12:
            o["phone_drop"] = True
    rec = render(cl, "qbo", "none", rng, o)
    return Item(e, cl, rec, src="qbo")


def disambiguate(items, rng):
    groups = {}
    for it in items:
        groups.setdefault(it.rec.v["displayName"].casefold(), []).append(it)
    taken = set(groups)
    for key in sorted(groups):
        g = groups[key]
        if len(g) < 2:
            continue
        g.sort(key=lambda it: it.ent["id"])
        cities = [it.rec.v["city"] for it in g]
        use_city = len(set(cities)) == len(cities) and all(cities) and chance(rng, 0.6)
        for n, it in enumerate(g[1:], start=2):
            base = it.rec.v["displayName"]
            cand = "%s (%s)" % (base, it.rec.v["city"]) if use_city else "%s (%d)" % (base, n)
            while cand.casefold() in taken:
                n += 1
                cand = "%s (%d)" % (base, n)
            taken.add(cand.casefold())
            it.rec.v["displayName"] = cand
            it.rec.add("displayName", "disambiguation")


def city_pools(items):
    pools = {}
    for i, it in enumerate(items):
        c = contact_city(it.rec.contact())
        if c:
            pools.setdefault(c, []).append((i, it.rec.contact()))
    return pools


def pick_profile(rng, weights=(35, 40, 25)):
    return wpick(rng, [("light", weights[0]), ("medium", weights[1]), ("harsh", weights[2])])


def make_match(rng, ex_item, ex_index, pools, prof):
    ent = ex_item.ent
    cmp = ex_item.rec.contact()
    blind = chance(rng, 0.17)
    for attempt in range(40):
        pr = prof if attempt < 20 else ("medium" if attempt < 30 else "light")
        cl, sem = derive(ex_item.cl, ent, pr, rng, blind=blind and attempt < 8)
        src = pick_source(rng, cl)
        o = choose_ops(src, pr, cl, rng)
        rec = render(cl, src, pr, rng, o)
        c = rec.contact()
        if not (c["email"] or c["phone"] or c["address"]):
            continue
        ev = evidence(cmp, c)
        if ev:
            return Item(ent, cl, rec, sem=sem, src=src, profile=prof, cmp=ex_item)
        city = contact_city(c)
        if city and name_city_ok(c, ex_index, pools.get(city, [])):
            return Item(ent, cl, rec, sem=sem, src=src, profile=prof, cmp=ex_item)
    cl = copy_clean(ex_item.cl)
    src = pick_source(rng, cl)
    o = choose_ops(src, "light", cl, rng)
    o.pop("phone_drop", None)
    o.pop("email_drop", None)
    o.pop("digit_off", None)
    o["typos"] = [t for t in o.get("typos", []) if t != "email"]
    rec = render(cl, src, "light", rng, o)
    return Item(ent, cl, rec, sem={}, src=src, profile=prof, cmp=ex_item)


def make_new_first(rng, ent):
    cl = clean_from_entity(ent, use_cottage=bool(ent.get("cottage")) and chance(rng, 0.3))
    src = pick_source(rng, cl)
    o = choose_ops(src, "light", cl, rng)
    o.pop("wrong_company", None)
    rec = render(cl, src, "light", rng, o)
    return Item(ent, cl, rec, src=src)


def make_new_repeat(rng, first, prof):
    ent = first.ent
    cmp = first.rec.contact()
    blind = chance(rng, 0.15)
    for attempt in range(40):
        pr = prof if attempt < 20 else "light"
        cl, sem = derive(first.cl, ent, pr, rng, blind=blind and attempt < 8)
        src = pick_source(rng, cl)
        o = choose_ops(src, pr, cl, rng)
        rec = render(cl, src, pr, rng, o)
        c = rec.contact()
        if not (c["email"] or c["phone"] or c["address"]):
            continue
        ev = evidence(cmp, c)
        if ev or (contact_city(c) and contact_city(c) == contact_city(cmp) and attempt < 20):
            return Item(ent, cl, rec, sem=sem, src=src, profile=prof, cmp=first)
    cl = copy_clean(first.cl)
    src = first.src
    o = choose_ops(src, "light", cl, rng)
    for k in ("phone_drop", "email_drop", "digit_off", "addr_drop"):
        o.pop(k, None)
    o["typos"] = []
    rec = render(cl, src, "light", rng, o)
    return Item(ent, cl, rec, sem={}, src=src, profile=prof, cmp=first)


def force_identifier(rng, it):
    """Make a repeat share an identifier with its compared record (used when the
    name+city route turns out ambiguous in the final incoming list)."""
    c0 = it.cmp.rec
    if c0.v["phone"]:
        it.rec.v["phone"] = fmt_phone(norm_phone(c0.v["phone"]), rng.choice(MOBILE_STYLES[:4]))
        it.rec.lab["phone"] = []
        it.sem.pop("phone", None)
    elif c0.v["email"]:
        it.rec.v["email"] = c0.v["email"].lower()
        it.rec.lab["email"] = []
        it.sem.pop("email", None)
    else:
        for f in ADDR_FIELDS:
            it.rec.v[f] = c0.v[f]
            it.rec.lab[f] = list(c0.lab[f])
        for f in ADDR_SEM:
            it.sem.pop(f, None)


# ---------------------------------------------------------------------------
# 17. Hard negatives: another customer under the rules, resembling an existing one
# ---------------------------------------------------------------------------
HN_PLAN = [("namesake_other_city", 14), ("household_member", 10), ("same_name_parent_child", 10),
           ("spouse_separate", 10), ("later_occupant", 14), ("estate_vs_heir", 10),
           ("numbered_sibling", 10), ("same_manager_other_company", 12),
           ("manager_firm_vs_client", 10), ("group_company", 10), ("other_unit", 10),
           ("similar_name_other_trade", 10), ("tmi_then_oy", 10), ("proprietor_private", 10)]
HN_RULES = {
    "namesake_other_city": "Same name, another person in another town: only the name is shared, "
                           "and the payer is the customer.",
    "household_member": "A household member (adult child, sibling, parent) at the same address who "
                        "pays their own jobs is a customer of their own.",
    "same_name_parent_child": "Father and son (or mother and daughter) of one name are two customers.",
    "spouse_separate": "Only spouses billed jointly form one household customer; a spouse billed "
                       "separately under their own name is another customer.",
    "later_occupant": "The next owner or occupant of a house is a new customer; the previous owner "
                      "keeps theirs.",
    "estate_vs_heir": "The estate (kuolinpesä) is a customer of its own, apart from the heir who "
                      "pays separately.",
    "numbered_sibling": "'Asunto Oy X' and 'Asunto Oy X 2' are two housing companies, each its own "
                        "customer.",
    "same_manager_other_company": "Each housing company is its own customer even when one "
                                  "isännöitsijä with one e-mail and phone administers many.",
    "manager_firm_vs_client": "The isännöitsijä firm itself is another customer than the housing "
                              "companies it administers.",
    "group_company": "A sister company of the same group (own Y-tunnus) is another customer even "
                     "with the same office and mail domain.",
    "other_unit": "Another unit of the same municipality or parish, billed separately, is another "
                  "customer.",
    "similar_name_other_trade": "A firm with a similar name in another trade is another business "
                                "and another customer.",
    "tmi_then_oy": "A Tmi (sole trader) and the Oy the owner later founded are two customers.",
    "proprietor_private": "The proprietor paying for private jobs is a customer apart from the "
                          "firm.",
}
SHARED_ORDER = ["name", "familyName", "email", "email_domain", "phone", "address", "city",
                "company_stem"]


def email_domain(e):
    return e.split("@")[-1].strip().casefold() if e and "@" in e else None


def compute_shared(h, a):
    out = []
    th, ta = name_tokens(h), name_tokens(a)
    if th and sorted(th) == sorted(ta):
        out.append("name")
    if h["familyName"] and a["familyName"] and norm_key(h["familyName"]) == norm_key(a["familyName"]):
        out.append("familyName")
    if h["email"] and a["email"] and h["email"].strip().casefold() == a["email"].strip().casefold():
        out.append("email")
    elif (email_domain(h["email"]) and email_domain(h["email"]) == email_domain(a["email"])
          and email_domain(h["email"]) not in FREEMAIL_DOMAINS):
        out.append("email_domain")
    if h["phone"] and a["phone"] and norm_phone(h["phone"]) == norm_phone(a["phone"]):
        out.append("phone")
    if addr_same(h["address"], a["address"]):
        out.append("address")
    if contact_city(h) and contact_city(h) == contact_city(a):
        out.append("city")
    return out


class AnchorPool:
    def __init__(self, items, rng):
        self.items = items
        self.used = set()
        self.rng = rng

    def take(self, pred):
        cands = [i for i, it in enumerate(self.items) if i not in self.used and pred(it)]
        if not cands:
            raise RuntimeError("no anchor")
        i = cands[self.rng.randrange(len(cands))]
        self.used.add(i)
        return i, self.items[i]


def single_person(it, kinds=("homeowner", "tenant", "cottage_owner")):
    e = it.ent
    return e["party"] == "person" and e["kind"] in kinds and it.cl["mode"] == "single"


def hn_entity(rng, t, anchor, spare_firms):
    """Return (entity, clean, required-all, required-any, stem)."""
    a = anchor.ent
    city = CITY[a["city"]]
    if t == "namesake_other_city":
        region_other = chance(rng, 0.5)
        pool = [c for c in HOME_CITIES if c.fi != a["city"] and (c.region != city.region) == region_other]
        nc = pick_city(rng, pool)
        e = make_person(rng, a["kind"] if a["kind"] != "cottage_owner" else "homeowner", nc, a["lang"],
                        name={"given": a["given"], "family": a["family"], "gender": a["gender"],
                              "middle": None}, allow_dup=True)
        return e, clean_from_entity(e), ["name"], [], None
    if t == "household_member":
        g = "m" if chance(rng, 0.5) else "f"
        for _ in range(30):
            nm = new_person_name(rng, a["lang"], g, a["family"])
            if nm["given"] != a["given"]:
                break
        e = make_person(rng, a["kind"], city, a["lang"], name=nm, address=a["address"])
        return e, clean_from_entity(e), ["familyName", "address"], [], None
    if t == "same_name_parent_child":
        same_addr = chance(rng, 0.5)
        e = make_person(rng, "homeowner", city, a["lang"],
                        name={"given": a["given"], "family": a["family"], "gender": a["gender"],
                              "middle": None}, allow_dup=True,
                        address=a["address"] if same_addr else None)
        req = ["name", "city"] + (["address"] if same_addr else [])
        return e, clean_from_entity(e), req, [], None
    if t == "spouse_separate":
        g = "f" if a["gender"] == "m" else "m"
        r = rng.random()
        fam = a["family"] if r < 0.6 else (a["family"] + "-" + pick_family(rng, a["lang"])
                                           if (r < 0.75 and g == "f") else None)
        nm = new_person_name(rng, a["lang"], g, fam, allow_dup=fam is not None)
        e = make_person(rng, a["kind"], city, a["lang"], name=nm, address=a["address"])
        if a.get("landline") and chance(rng, 0.5):
            e["landline"] = a["landline"]
        return e, clean_from_entity(e), ["address"], [], None
    if t == "later_occupant":
        e = make_person(rng, "homeowner", city, lang_for(rng, city), address=a["address"])
        return e, clean_from_entity(e), ["address"], [], None
    if t == "estate_vs_heir":
        if a["kind"] == "estate":
            h = a["heir"]
            hc = h["city"] if isinstance(h.get("city"), City) else city
            e = make_person(rng, "homeowner", hc, a["lang"],
                            name={"given": h["given"], "family": h["family"],
                                  "gender": h.get("gender", "f"), "middle": h.get("middle")},
                            allow_dup=True)
            e["email"] = h.get("email")
            e["phone"] = h.get("phone")
            return e, clean_from_entity(e), [], ["email", "phone"], None
        heir = {"given": a["given"], "family": a["family"], "gender": a["gender"],
                "email": a.get("email"), "phone": a.get("phone"), "city": city}
        e = make_estate(rng, city, a["lang"], heir=heir,
                        deceased={"given": rng.choice(OLD_MALE + OLD_FEMALE), "family": a["family"],
                                  "gender": "m", "middle": None})
        e["email"], e["phone"] = a.get("email"), a.get("phone")
        return e, clean_from_entity(e), [], ["email", "phone"], None
    if t == "numbered_sibling":
        n = a["name"]
        num = "2" if not n["num"] else str(int(n["num"]) + 1)
        e = make_housing_company(rng, city, a.get("manager"), a["lang"],
                                 core=(n["core"], a.get("hc_alt"), a["stem"]), num=num)
        return e, clean_from_entity(e), ["city"], [], a["stem"]
    if t == "same_manager_other_company":
        e = make_housing_company(rng, city, a["manager"], a["lang"])
        e["contact"], e["email"] = a["contact"], a["email"]
        if chance(rng, 0.6):
            e["phone"] = a["phone"]
        if chance(rng, 0.5) and a["address"].get("co"):
            e["address"] = a["address"]
        return e, clean_from_entity(e), ["email"], [], None
    if t == "manager_firm_vs_client":
        f = a["manager"]
        return f, clean_from_entity(f), [], ["email_domain", "phone", "address"], None
    if t == "group_company":
        n = a["name"]
        suffix = rng.choice(["II", "2", "Invest", "Asunnot", "Kiinteistöt", "Holding"])
        if a["kind"] == "landlord":
            core = n["core"] + " " + suffix
            e = make_landlord(rng, city, core=(core, "Oy", a["stem"]), group=a)
        else:
            core = n["core"] + " " + rng.choice(["II", "2", "B", "Laajennus"])
            e = make_property_company(rng, city, None, a["lang"], core=(core, a["stem"]), group=a)
            e["email"] = org_email(rng, a["domain"]) if chance(rng, 0.6) else a["email"]
        return e, clean_from_entity(e), [], ["email_domain", "email", "address", "phone"], a["stem"]
    if t == "other_unit":
        if a["kind"] == "municipality":
            e = make_municipal(rng, city, None, a["lang"])
            stem = a["name"]["core"]
        else:
            used = a.get("unit")
            unit = rng.choice([u for u in PARISH_UNITS if u != used])
            e = make_parish(rng, city, unit)
            e["lang"] = a["lang"]
            e["name"]["core"] = a["name"]["core"]
            e["name"]["unit"] = unit
            e["domain"] = a["domain"]
            e["contact"]["email"] = org_email(rng, a["domain"], slug(e["contact"]["given"]) + "." +
                                              slug(e["contact"]["family"]))
            e["email"] = e["contact"]["email"] if chance(rng, 0.5) else org_email(rng, a["domain"])
            stem = a["name"]["core"]
        return e, clean_from_entity(e), ["city"], [], stem
    if t == "similar_name_other_trade":
        own = a["owner"]
        for _ in range(30):
            nm = new_person_name(rng, a["lang"], None, own["family"])
            if nm["given"] != own["given"]:
                break
        trades = [tr for tr in TRADES if tr[0] != a["trade"][0] and "oy" in tr[2]]
        e = make_small_business(rng, city, None, nm, rng.choice(trades), "trade_sur", a["lang"])
        return e, clean_from_entity(e), ["city"], [], own["family"]
    if t == "tmi_then_oy":
        own = a["owner"]
        nc = city if chance(rng, 0.7) else pick_city(rng, None, city.region)
        e = make_small_business(rng, nc, "oy" if a["lang"] == "fi" else "ab", own, a["trade"],
                                "trade_sur", a["lang"])
        if chance(rng, 0.8):
            e["phone"] = own["phone"]
        else:
            e["email"] = own["email"]
        return e, clean_from_entity(e), [], ["phone", "email"], own["family"]
    if t == "proprietor_private":
        own = a["owner"]
        e = make_person(rng, "homeowner", city, a["lang"],
                        name={"given": own["given"], "family": own["family"],
                              "gender": own.get("gender", "m"), "middle": own.get("middle")},
                        allow_dup=True)
        if chance(rng, 0.6):
            e["phone"] = own["phone"]
            if chance(rng, 0.3):
                e["email"] = own["email"]
        else:
            e["email"] = own["email"]
        return e, clean_from_entity(e), [], ["phone", "email"], None
    raise ValueError(t)


def hn_anchor_pred(t, spare_ids):
    if t == "namesake_other_city":
        return lambda it: single_person(it) and not it.ent.get("twin") and not it.cl.get("title")
    if t == "household_member":
        return lambda it: single_person(it, ("homeowner", "tenant"))
    if t == "same_name_parent_child":
        return lambda it: single_person(it, ("homeowner",)) and it.ent["gender"] == "m" \
            and not it.ent.get("twin")
    if t == "spouse_separate":
        return lambda it: single_person(it)
    if t == "later_occupant":
        return lambda it: single_person(it, ("homeowner",)) and it.ent["address"]["kind"] == "house"
    if t == "estate_vs_heir":
        return lambda it: it.ent["kind"] == "estate" or (single_person(it, ("homeowner",))
                                                         and it.ent.get("email"))
    if t == "numbered_sibling":
        return lambda it: it.ent["kind"] == "housing_company" and not it.ent["street_named"] \
            and it.ent.get("manager") is not None and not it.ent.get("twin")
    if t == "same_manager_other_company":
        return lambda it: it.ent["kind"] == "housing_company" and it.ent.get("manager") is not None \
            and it.ent["email"] == it.ent["contact"]["email"]
    if t == "manager_firm_vs_client":
        return lambda it: it.ent["kind"] == "housing_company" and it.ent.get("manager") is not None \
            and it.ent["manager"]["id"] in spare_ids() \
            and email_domain(it.rec.v["email"]) == it.ent["manager"]["domain"]
    if t == "group_company":
        return lambda it: (it.ent["kind"] == "landlord" or
                           (it.ent["kind"] == "property_company" and it.ent.get("manager") is None)) \
            and it.ent.get("domain")
    if t == "other_unit":
        return lambda it: it.ent["kind"] in ("municipality", "parish") and it.ent.get("domain")
    if t == "similar_name_other_trade":
        return lambda it: it.ent["kind"] == "small_business" and \
            fold(it.ent["owner"]["family"]) in fold(it.ent["name"]["core"])
    if t == "tmi_then_oy":
        return lambda it: it.ent["kind"] == "small_business" and it.ent["name"]["form"] == "tmi" \
            and fold(it.ent["owner"]["family"]) in fold(it.ent["name"]["core"])
    if t == "proprietor_private":
        return lambda it: it.ent["kind"] == "small_business" and it.ent["name"]["form"] in ("oy", "ky", "ab")
    raise ValueError(t)


def make_hard_negatives(rng, ex_items, spare_firms):
    pool = AnchorPool(ex_items, rng)
    def spare_ids():
        return set(f["id"] for f in spare_firms)
    out = []
    plan = list(HN_PLAN)
    fallback = {"manager_firm_vs_client": "same_manager_other_company",
                "estate_vs_heir": "later_occupant", "tmi_then_oy": "similar_name_other_trade",
                "group_company": "similar_name_other_trade", "other_unit": "namesake_other_city"}
    while plan:
        t, n = plan.pop(0)
        k = 0
        anchors_tried = 0
        while k < n:
            anchors_tried += 1
            if anchors_tried > n * 20:
                raise RuntimeError("hard negatives: " + t)
            try:
                ai, anchor = pool.take(hn_anchor_pred(t, spare_ids))
            except RuntimeError:
                plan.append((fallback.get(t, "namesake_other_city"), n - k))
                break
            if t == "manager_firm_vs_client" and anchor.ent["manager"] not in spare_firms:
                continue
            ent, cl, req_all, req_any, stem = hn_entity(rng, t, anchor, spare_firms)
            ac = anchor.rec.contact()
            done = None
            for attempt in range(30):
                src = pick_source(rng, cl)
                o = choose_ops(src, "light", cl, rng)
                o.pop("wrong_company", None)
                if attempt > 10:
                    for kk in ("names_null", "nickname", "initial", "email_drop", "phone_drop",
                               "addr_drop", "digit_off", "postal_drop", "postal_wrong", "typos",
                               "sv_fi_given", "middle", "title", "lf_drop"):
                        o.pop(kk, None)
                rec = render(cl, src, "light", rng, o)
                c = rec.contact()
                sh = compute_shared(c, ac)
                if any(x not in sh for x in req_all):
                    continue
                if req_any and not any(x in sh for x in req_any):
                    continue
                if t == "namesake_other_city" and "city" in sh:
                    continue
                if stem and not (norm_key(stem) in norm_key(c["displayName"]) and
                                 norm_key(stem) in norm_key(ac["displayName"])):
                    continue
                if "name" in sh and t not in ("namesake_other_city", "same_name_parent_child",
                                              "proprietor_private", "estate_vs_heir"):
                    continue
                done = (src, rec, sh)
                break
            if done is None:
                continue
            src, rec, sh = done
            if stem:
                sh = sh + ["company_stem"]
            if t == "manager_firm_vs_client":
                spare_firms.remove(ent)
            it = Item(ent, cl, rec, src=src)
            it.hn = {"type": t, "anchor": anchor, "anchor_index": ai, "shared": sh, "stem": stem}
            out.append(it)
            k += 1
    return out


# ---------------------------------------------------------------------------
# 18. Assembly and output
# ---------------------------------------------------------------------------
LIMITS = {"displayName": 100, "companyName": 100, "givenName": 100, "familyName": 100,
          "email": 100, "phone": 30, "line1": 500, "line2": 500, "city": 255, "region": 255,
          "postalCode": 30, "country": 255}


def ordered_contact(c):
    out = {"displayName": c["displayName"], "givenName": c["givenName"],
           "familyName": c["familyName"], "companyName": c["companyName"],
           "email": c["email"], "phone": c["phone"], "address": None}
    if c["address"] is not None:
        out["address"] = {k: c["address"][k] for k in ADDR_FIELDS}
    return out


def check_limits(c):
    for k in FIELDS:
        v = c[k]
        assert v is None or (isinstance(v, str) and v and len(v) <= LIMITS[k]), (k, v)
    if c["address"]:
        for k in ADDR_FIELDS:
            v = c["address"][k]
            assert v is None or (isinstance(v, str) and v and len(v) <= LIMITS[k]), (k, v)


def build(rng):
    build_firms(rng)
    ex_ents = build_existing(rng)
    assert len(ex_ents) == N_EXISTING
    new_ents, spare_firms = build_new(rng, ex_ents)
    ex_items = [existing_record(rng, e) for e in ex_ents]
    disambiguate(ex_items, rng)
    ex_items.sort(key=lambda it: (it.rec.v["displayName"].casefold(), it.ent["id"]))
    for i, it in enumerate(ex_items):
        it.index = i
    pools = city_pools(ex_items)

    # -- matches: ~700 existing customers, some seen two or three times
    idxs = list(range(N_EXISTING))
    rng.shuffle(idxs)
    mult = [1] * 590 + [2] * 95 + [3] * 15
    rng.shuffle(mult)
    match_items = []
    for i, m in zip(idxs, mult):
        for _ in range(m):
            match_items.append(make_match(rng, ex_items[i], i, pools, pick_profile(rng)))

    # -- new customers: 400, some seen two or three times
    multn = [1] * 300 + [2] * 75 + [3] * 25
    rng.shuffle(multn)
    rng.shuffle(new_ents)
    new_groups = []
    for e, m in zip(new_ents, multn):
        first = make_new_first(rng, e)
        grp = [first]
        for _ in range(m - 1):
            grp.append(make_new_repeat(rng, first, pick_profile(rng, (40, 40, 20))))
        new_groups.append(grp)

    # -- hard negatives
    hn_items = make_hard_negatives(rng, ex_items, spare_firms)

    inc = match_items + [x for g in new_groups for x in g] + hn_items
    assert len(inc) == N_INCOMING, len(inc)
    rng.shuffle(inc)
    pos = {id(it): i for i, it in enumerate(inc)}
    for g in new_groups:
        ps = sorted(pos[id(x)] for x in g)
        for p, x in zip(ps, g):
            inc[p] = x
        for occ, x in enumerate(g, 1):
            x.occurrence = occ
    for i, it in enumerate(inc):
        it.index = i

    # -- every repeat must share an identifier or be the clear name+city match
    by_city = {}
    for i, it in enumerate(inc):
        c = contact_city(it.rec.contact())
        if c:
            by_city.setdefault(c, []).append(i)
    for it in inc:
        if it.cmp is None:
            continue
        c = it.rec.contact()
        cc = it.cmp.rec.contact()
        if evidence(cc, c):
            it.findable = "identifier"
            continue
        city = contact_city(c)
        ok = False
        if city:
            if getattr(it, "occurrence", None):
                pool = [(j, inc[j].rec.contact()) for j in by_city.get(city, [])
                        if inc[j].ent is not it.ent or inc[j] is it.cmp]
                ok = name_city_ok(c, it.cmp.index, pool)
            else:
                ok = name_city_ok(c, it.cmp.index, pools.get(city, []))
        if ok:
            it.findable = "name+city"
        else:
            force_identifier(rng, it)
            assert evidence(cc, it.rec.contact())
            it.findable = "identifier"
    return ex_items, inc


def meta_lines(ex_items, inc):
    set_lines, meta = [], []
    for it in ex_items:
        c = ordered_contact(it.rec.contact())
        check_limits(c)
        set_lines.append({"set": "existing", "entity": it.ent["id"], "contact": c})
        meta.append({"set": "existing", "index": it.index, "entity": it.ent["id"],
                     "category": "existing", "kind": it.ent["kind"], "party": it.ent["party"],
                     "changes": []})
    for it in inc:
        c = ordered_contact(it.rec.contact())
        check_limits(c)
        set_lines.append({"set": "incoming", "entity": it.ent["id"], "contact": c})
        m = {"set": "incoming", "index": it.index, "entity": it.ent["id"]}
        hn = getattr(it, "hn", None)
        if hn:
            m["category"] = "hard_negative"
        elif getattr(it, "occurrence", None):
            m["category"] = "new"
        else:
            m["category"] = "match"
        m["kind"] = it.ent["kind"]
        m["party"] = it.ent["party"]
        if hn:
            m["changes"] = changes_list(hn["anchor"].rec, it.rec, {}, hn=True)
        elif it.cmp is not None:
            m["changes"] = changes_list(it.cmp.rec, it.rec, it.sem)
        else:
            m["changes"] = []
        m["source"] = it.src
        if it.cmp is not None:
            m["profile"] = it.profile
            m["evidence"] = evidence(it.cmp.rec.contact(), it.rec.contact())
            m["findable"] = it.findable
            m["compare_set"] = "incoming" if m["category"] == "new" else "existing"
            m["compare_index"] = it.cmp.index
        if m["category"] == "new":
            m["occurrence"] = it.occurrence
        if hn:
            m["anchor"] = hn["anchor"].ent["id"]
            m["anchor_index"] = hn["anchor_index"]
            m["hn_type"] = hn["type"]
            m["rule"] = HN_RULES[hn["type"]]
            m["shared"] = [s for s in SHARED_ORDER if s in hn["shared"]]
            if hn["stem"]:
                m["stem"] = hn["stem"]
        meta.append(m)
    return set_lines, meta


def main(argv):
    out = os.path.dirname(os.path.abspath(__file__))
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
    os.makedirs(out, exist_ok=True)
    ex_items, inc = build(R)
    set_lines, meta = meta_lines(ex_items, inc)
    with open(os.path.join(out, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for ln in set_lines:
            f.write(json.dumps(ln, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for ln in meta:
            f.write(json.dumps(ln, ensure_ascii=False) + "\n")
    cats = {}
    for m in meta:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    print("wrote %d records to %s: %s" % (len(set_lines), out,
                                           ", ".join("%s=%d" % kv for kv in sorted(cats.items()))))


if __name__ == "__main__":
    main(sys.argv[1:])
