#!/usr/bin/env python3
"""Generator of the labelled record-linkage set `cz-stavebniny`.

Scenario: a building-materials / plumbing / heating wholesaler (stavebniny) in Brno with a
branch in Olomouc and an e-shop, billing through QuickBooks Online (CZK, DPH 21 %).

Python 3 standard library only, one random.Random(SEED), no dependence on set or dict
iteration order for anything that reaches the output.

    python3 gen.py            -> writes set.jsonl and meta.jsonl beside this file
    python3 gen.py --out DIR  -> writes them into DIR
"""
import argparse
import copy
import difflib
import json
import os
import re
import sys
import unicodedata

import random

SEED = 20240917
N_EXISTING = 1500
N_INCOMING = 1500
N_HN_PER_TYPE = 10

rng = random.Random(SEED)

# =====================================================================================
# Places: real towns, their real postcodes, regions (kraje) and landline area codes
# =====================================================================================
REGIONS = {
    # code: (full, abbreviation, without accents, english)
    'JMK': ('Jihomoravský kraj', 'JMK', 'Jihomoravsky kraj', 'South Moravian Region'),
    'OLK': ('Olomoucký kraj', 'OLK', 'Olomoucky kraj', 'Olomouc Region'),
    'ZLK': ('Zlínský kraj', 'ZLK', 'Zlinsky kraj', 'Zlín Region'),
    'VYS': ('Kraj Vysočina', 'VYS', 'Kraj Vysocina', 'Vysočina Region'),
    'PHA': ('Hlavní město Praha', 'PHA', 'Hlavni mesto Praha', 'Prague'),
    'PAK': ('Pardubický kraj', 'PAK', 'Pardubicky kraj', 'Pardubice Region'),
    'HKK': ('Královéhradecký kraj', 'HKK', 'Kralovehradecky kraj', 'Hradec Králové Region'),
    'JHC': ('Jihočeský kraj', 'JHC', 'Jihocesky kraj', 'South Bohemian Region'),
    'MSK': ('Moravskoslezský kraj', 'MSK', 'Moravskoslezsky kraj', 'Moravian-Silesian Region'),
}
REGF = {'full': 0, 'abbr': 1, 'noacc': 2, 'en': 3}

PLACES = []


def _p(city, district, psc, region, area, kind, w, status=None):
    PLACES.append(dict(city=city, district=district, psc=psc, region=region, area=area,
                       kind=kind, w=w, status=status))


# Brno and its districts (city part, real postcode)
for _d, _psc, _w in [('střed', '602 00', 8), ('Královo Pole', '612 00', 5), ('Žabovřesky', '616 00', 4),
                     ('Židenice', '615 00', 4), ('Líšeň', '628 00', 4), ('Bystrc', '635 00', 3),
                     ('Slatina', '627 00', 2), ('Řečkovice', '621 00', 3), ('Bohunice', '625 00', 2),
                     ('Komárov', '617 00', 2), ('Černovice', '618 00', 2), ('Lesná', '638 00', 3),
                     ('Kohoutovice', '623 00', 2), ('Husovice', '614 00', 2), ('Černá Pole', '613 00', 3),
                     ('Štýřice', '639 00', 2)]:
    _p('Brno', _d, _psc, 'JMK', '54', 'brno', _w)
for _n, _psc in [('1', '110 00'), ('2', '120 00'), ('3', '130 00'), ('4', '140 00'), ('5', '150 00'),
                 ('6', '160 00'), ('7', '170 00'), ('8', '180 00'), ('9', '190 00'), ('10', '100 00')]:
    _p('Praha', _n, _psc, 'PHA', '2', 'praha', 1.2)
for _c, _psc, _r, _a, _w in [('Olomouc', '779 00', 'OLK', '585', 14), ('Olomouc', '772 00', 'OLK', '585', 4),
                             ('Zlín', '760 01', 'ZLK', '577', 6), ('Zlín', '760 05', 'ZLK', '577', 2),
                             ('Jihlava', '586 01', 'VYS', '567', 6), ('Prostějov', '796 01', 'OLK', '582', 5),
                             ('Přerov', '750 02', 'OLK', '581', 5), ('Hodonín', '695 01', 'JMK', '518', 4),
                             ('Znojmo', '669 02', 'JMK', '515', 4), ('Ostrava', '702 00', 'MSK', '596', 1),
                             ('Pardubice', '530 02', 'PAK', '466', 1), ('Hradec Králové', '500 02', 'HKK', '495', 1),
                             ('České Budějovice', '370 01', 'JHC', '387', 0.6)]:
    _p(_c, None, _psc, _r, _a, 'city', _w, 'mesto')
for _c, _psc, _r, _a, _w in [
        ('Kuřim', '664 34', 'JMK', '541', 3), ('Tišnov', '666 01', 'JMK', '549', 2.5),
        ('Šlapanice', '664 51', 'JMK', '544', 2.5), ('Rosice', '665 01', 'JMK', '546', 2),
        ('Ivančice', '664 91', 'JMK', '546', 2), ('Židlochovice', '667 01', 'JMK', '547', 2),
        ('Modřice', '664 42', 'JMK', '547', 2), ('Slavkov u Brna', '684 01', 'JMK', '544', 2),
        ('Bučovice', '685 01', 'JMK', '517', 1.2), ('Vyškov', '682 01', 'JMK', '517', 2.5),
        ('Blansko', '678 01', 'JMK', '516', 2.5), ('Boskovice', '680 01', 'JMK', '516', 1.5),
        ('Letovice', '679 61', 'JMK', '516', 1), ('Adamov', '679 04', 'JMK', '516', 0.8),
        ('Břeclav', '690 02', 'JMK', '519', 2), ('Mikulov', '692 01', 'JMK', '519', 1),
        ('Hustopeče', '693 01', 'JMK', '519', 1.2), ('Kyjov', '697 01', 'JMK', '518', 1.5),
        ('Veselí nad Moravou', '698 01', 'JMK', '518', 1), ('Strážnice', '696 62', 'JMK', '518', 0.8),
        ('Dubňany', '696 03', 'JMK', '518', 0.8), ('Moravský Krumlov', '672 01', 'JMK', '515', 1),
        ('Miroslav', '671 72', 'JMK', '515', 0.6), ('Hrušovany nad Jevišovkou', '671 67', 'JMK', '515', 0.6),
        ('Pohořelice', '691 23', 'JMK', '519', 1), ('Dolní Kounice', '664 64', 'JMK', '546', 0.6),
        ('Šternberk', '785 01', 'OLK', '585', 1.5), ('Litovel', '784 01', 'OLK', '585', 1.5),
        ('Uničov', '783 91', 'OLK', '585', 1.2), ('Hranice', '753 01', 'OLK', '581', 1.2),
        ('Lipník nad Bečvou', '751 31', 'OLK', '581', 0.8), ('Kojetín', '752 01', 'OLK', '581', 0.6),
        ('Kostelec na Hané', '798 41', 'OLK', '582', 0.6), ('Plumlov', '798 03', 'OLK', '582', 0.5),
        ('Konice', '798 52', 'OLK', '582', 0.5), ('Velká Bystřice', '783 53', 'OLK', '585', 0.8),
        ('Otrokovice', '765 02', 'ZLK', '577', 1.2), ('Napajedla', '763 61', 'ZLK', '577', 0.6),
        ('Vizovice', '763 12', 'ZLK', '577', 0.6), ('Fryšták', '763 16', 'ZLK', '577', 0.5),
        ('Slušovice', '763 15', 'ZLK', '577', 0.5), ('Kroměříž', '767 01', 'ZLK', '573', 1.5),
        ('Holešov', '769 01', 'ZLK', '573', 0.8), ('Uherské Hradiště', '686 01', 'ZLK', '572', 1.5),
        ('Staré Město', '686 03', 'ZLK', '572', 0.6), ('Uherský Brod', '688 01', 'ZLK', '572', 0.8),
        ('Vsetín', '755 01', 'ZLK', '571', 0.8), ('Valašské Meziříčí', '757 01', 'ZLK', '571', 0.6),
        ('Rožnov pod Radhoštěm', '756 61', 'ZLK', '571', 0.5), ('Třešť', '589 01', 'VYS', '567', 0.8),
        ('Polná', '588 13', 'VYS', '567', 0.6), ('Třebíč', '674 01', 'VYS', '568', 1.5),
        ('Náměšť nad Oslavou', '675 71', 'VYS', '568', 0.6), ('Žďár nad Sázavou', '591 01', 'VYS', '566', 1.2),
        ('Velké Meziříčí', '594 01', 'VYS', '566', 1), ('Nové Město na Moravě', '592 31', 'VYS', '566', 0.8),
        ('Bystřice nad Pernštejnem', '593 01', 'VYS', '566', 0.6), ('Havlíčkův Brod', '580 01', 'VYS', '569', 0.8),
        ('Pelhřimov', '393 01', 'VYS', '565', 0.5), ('Humpolec', '396 01', 'VYS', '565', 0.5),
        ('Svitavy', '568 02', 'PAK', '461', 0.5), ('Opava', '746 01', 'MSK', '553', 0.4)]:
    _p(_c, None, _psc, _r, _a, 'town', _w, 'mesto')
for _c, _psc, _r, _a, _w, _s in [
        ('Ostopovice', '664 49', 'JMK', '54', 1.5, 'obec'), ('Troubsko', '664 41', 'JMK', '54', 1.5, 'obec'),
        ('Popůvky', '664 41', 'JMK', '54', 1, 'obec'), ('Střelice', '664 47', 'JMK', '54', 1.5, 'obec'),
        ('Moravany', '664 48', 'JMK', '54', 1.2, 'obec'), ('Želešice', '664 43', 'JMK', '54', 1, 'obec'),
        ('Lelekovice', '664 31', 'JMK', '54', 1, 'obec'), ('Česká', '664 31', 'JMK', '54', 0.8, 'obec'),
        ('Bílovice nad Svitavou', '664 01', 'JMK', '54', 1.2, 'obec'), ('Ochoz u Brna', '664 02', 'JMK', '54', 0.8, 'obec'),
        ('Sokolnice', '664 52', 'JMK', '54', 1, 'obec'), ('Kobylnice', '664 51', 'JMK', '54', 0.8, 'obec'),
        ('Veverská Bítýška', '664 71', 'JMK', '54', 1, 'mestys'), ('Zbraslav', '664 84', 'JMK', '54', 0.7, 'obec'),
        ('Hrušovany u Brna', '664 62', 'JMK', '54', 1, 'obec'), ('Jinačovice', '664 34', 'JMK', '54', 0.6, 'obec'),
        ('Mokrá-Horákov', '664 04', 'JMK', '54', 1, 'obec'), ('Pozořice', '664 07', 'JMK', '54', 0.8, 'mestys'),
        ('Tvarožná', '664 05', 'JMK', '54', 0.7, 'obec'), ('Blučina', '664 56', 'JMK', '54', 0.8, 'obec'),
        ('Měnín', '664 57', 'JMK', '54', 0.7, 'obec'), ('Rajhrad', '664 61', 'JMK', '54', 1, 'obec'),
        ('Čebín', '664 23', 'JMK', '54', 0.7, 'obec'), ('Drásov', '664 24', 'JMK', '54', 0.6, 'obec'),
        ('Malhostovice', '664 25', 'JMK', '54', 0.6, 'obec'), ('Vranov', '664 32', 'JMK', '54', 0.5, 'obec'),
        ('Kanice', '664 01', 'JMK', '54', 0.5, 'obec'),
        ('Hlubočky', '783 61', 'OLK', '585', 0.8, 'obec'), ('Bohuňovice', '783 14', 'OLK', '585', 0.8, 'obec'),
        ('Štěpánov', '783 13', 'OLK', '585', 0.8, 'obec'), ('Dolany', '783 16', 'OLK', '585', 0.7, 'obec'),
        ('Horka nad Moravou', '783 35', 'OLK', '585', 0.8, 'obec'), ('Velký Týnec', '783 72', 'OLK', '585', 0.8, 'obec'),
        ('Grygov', '783 73', 'OLK', '585', 0.6, 'obec'), ('Náměšť na Hané', '783 44', 'OLK', '585', 0.6, 'mestys'),
        ('Hněvotín', '783 47', 'OLK', '585', 0.6, 'obec'), ('Bystrovany', '779 00', 'OLK', '585', 0.5, 'obec'),
        ('Batelov', '588 51', 'VYS', '567', 0.5, 'mestys'), ('Luka nad Jihlavou', '588 22', 'VYS', '567', 0.5, 'mestys')]:
    _p(_c, None, _psc, _r, _a, 'village', _w, _s)

GENERIC_STREETS = ['Nádražní', 'Husova', 'Komenského', 'Palackého', 'Jiráskova', 'Tyršova', 'Sokolská', 'Školní',
                   'Zahradní', 'Polní', 'Lipová', 'Nová', 'Krátká', 'Dlouhá', 'Hlavní', 'Na Výsluní', 'Brněnská',
                   'U Hřiště', 'Za Humny', 'Svatopluka Čecha', 'Žižkova', 'Havlíčkova', 'Smetanova', 'Dvořákova',
                   'Bezručova', 'Nerudova', 'Čechova', 'Riegrova', 'Sadová', 'Luční', 'Větrná', 'Jarní', 'Podhorní',
                   'Vinohradská', 'Kopečná', 'Družstevní', 'Průmyslová', 'Sportovní', 'Úzká', 'Mlýnská', 'Kostelní',
                   'Zámecká', 'Pražská', 'Masarykova', 'náměstí Míru', 'náměstí Svobody', 'Třešňová', 'Javorová',
                   'Ke Koupališti', 'Na Kopci', 'Pod Lesem', 'Slunečná', 'Okružní', 'Úvoz', 'Vodní', 'Zahrádky',
                   'Olomoucká', 'Jihlavská', 'Tovární', 'Cihlářská']
VILLAGE_STREETS = ['Hlavní', 'Školní', 'Zahradní', 'Polní', 'Lipová', 'Nová', 'Krátká', 'Dlouhá', 'Na Výsluní',
                   'U Hřiště', 'Za Humny', 'Sadová', 'Luční', 'Větrná', 'Podhorní', 'Vinohradská', 'Kopečná',
                   'Kostelní', 'Pod Lesem', 'Slunečná', 'Úvoz', 'Zahrádky', 'Družstevní', 'Brněnská', 'Záhumení',
                   'Ke Mlýnu', 'Na Hrázi', 'Nad Školou', 'Vinařská', 'U Potoka']
CITY_STREETS = {
    'Brno': ['Kounicova', 'Veveří', 'Cejl', 'Křenová', 'Hybešova', 'Pekařská', 'Údolní', 'Lidická', 'Štefánikova',
             'Purkyňova', 'Kolejní', 'Vídeňská', 'Heršpická', 'Bystrcká', 'Jihlavská', 'Líšeňská', 'Houbalova',
             'Horníkova', 'Bzenecká', 'Vranovská', 'Merhautova', 'Provazníkova', 'Táborská', 'Šlapanická',
             'Slovákova', 'Botanická', 'Chodská', 'Palackého třída', 'Kosmova', 'Dornych', 'Sokolova',
             'Dobrovského', 'Kotlářská', 'Minská', 'Štursova', 'Gajdošova', 'Bělohorská', 'Hudcova', 'Kociánka',
             'Charbulova', 'Rybnická', 'Kamenačky', 'Cacovická', 'Koniklecová', 'Kurská', 'Jírova', 'Vavřinecká',
             'Hapalova', 'Novolíšeňská', 'Ondrova', 'Teyschlova', 'Bednářova', 'Přívrat', 'Sedlákova',
             'Hrnčířská', 'Bayerova', 'Mučednická', 'Tuřanka', 'Masarykova', 'Husova', 'Nádražní', 'Lipová',
             'Zahradní', 'Bratislavská', 'Francouzská', 'Příkop', 'Kšírova', 'Rokycanova', 'Slavíčkova'],
    'Olomouc': ['třída Svobody', 'Masarykova třída', 'Dolní náměstí', 'Horní náměstí', 'Hodolanská', 'Holická',
                'Lazecká', 'Foerstrova', 'Kosmonautů', 'Dukelská', 'Wolkerova', 'Štítného', 'Polská',
                'Rooseveltova', 'Jeremenkova', 'Zikova', 'Hraniční', 'Řepčínská', 'Nedvědova', 'Ladova', 'Trnkova',
                'Jílová', 'Bělidla', 'Schweitzerova', 'Pražská', 'Brněnská', 'Topolová'],
    'Zlín': ['třída Tomáše Bati', 'Kvítková', 'Benešovo nábřeží', 'Zarámí', 'Tyršovo nábřeží', 'Dlouhá',
             'Štefánikova', 'Nad Stráněmi', 'Mostní', 'Podlesí', 'Broučkova', 'Okružní', 'Sokolská', 'Kamenná',
             'Křiby', 'Na Honech', 'Bartošova', 'Lorencova'],
    'Jihlava': ['Masarykovo náměstí', 'Znojemská', 'Brtnická', 'Havlíčkova', 'Třebíčská', 'Romana Havelky',
                'Vrchlického', 'Žižkova', 'Telečská', 'Fritzova', 'Demlova', 'Tolstého', 'Mahlerova'],
    'Praha': ['Vinohradská', 'Korunní', 'Nuselská', 'Budějovická', 'Milevská', 'Evropská', 'Bělohorská', 'Plzeňská',
              'Na Pankráci', 'Vršovická', 'Sokolovská', 'Černokostelecká', 'Komunardů', 'Dělnická', 'Kubelíkova',
              'Seifertova', 'Lublaňská', 'Slezská', 'Moravská', 'Chodská', 'Francouzská', 'Korunovační', 'Dejvická',
              'Bubenská', 'Vítězné náměstí', 'Táborská', 'Jeseniova', 'Koněvova', 'Na Zámecké', 'Libušská'],
}

# =====================================================================================
# People
# =====================================================================================
MALE_GIVEN = [('Jan', ['Honza', 'Jenda'], 10), ('Josef', ['Pepa', 'Pepík'], 6), ('Petr', ['Péťa'], 8),
              ('Pavel', ['Pája'], 7), ('Jiří', ['Jirka'], 9), ('Tomáš', ['Tom'], 7), ('Martin', [], 7),
              ('Jaroslav', ['Jarda'], 5), ('Miroslav', ['Mirek'], 5), ('Zdeněk', ['Zdenda'], 4),
              ('Václav', ['Vašek'], 4), ('Michal', [], 5), ('Lukáš', [], 5), ('Jakub', ['Kuba'], 5),
              ('David', [], 4), ('Stanislav', ['Standa'], 3), ('Milan', [], 4), ('Vladimír', ['Vláďa'], 3),
              ('František', ['Franta'], 4), ('Karel', ['Kája'], 3), ('Antonín', ['Tonda'], 3),
              ('Ladislav', ['Láďa'], 3), ('Roman', [], 3), ('Radek', [], 3), ('Ondřej', ['Ondra'], 4),
              ('Aleš', [], 3), ('Marek', [], 3), ('Libor', [], 2), ('Luboš', [], 2), ('Oldřich', ['Olda'], 2),
              ('Miloslav', ['Míla'], 2), ('Vlastimil', ['Vlasta'], 2), ('Rostislav', ['Rosťa'], 2),
              ('Bohumil', ['Bohouš'], 2), ('Dušan', [], 1), ('Vojtěch', ['Vojta'], 3), ('Filip', [], 3),
              ('Radim', [], 2), ('Zbyněk', [], 1), ('Přemysl', [], 1)]
FEMALE_GIVEN = [('Jana', ['Janička'], 9), ('Marie', ['Maruška', 'Mája'], 6), ('Eva', ['Evička'], 6),
                ('Hana', ['Hanka'], 6), ('Anna', ['Anička', 'Anča'], 4), ('Lenka', [], 5),
                ('Kateřina', ['Katka', 'Káťa'], 6), ('Lucie', ['Lucka'], 5), ('Věra', ['Věrka'], 3),
                ('Alena', ['Alča'], 4), ('Petra', [], 5), ('Jaroslava', ['Jarka'], 3), ('Zuzana', ['Zuzka'], 4),
                ('Michaela', ['Míša'], 4), ('Tereza', ['Terka'], 4), ('Veronika', ['Verča'], 4),
                ('Ludmila', ['Lída', 'Míla'], 3), ('Martina', [], 4), ('Monika', [], 3), ('Ivana', ['Ivča'], 3),
                ('Zdeňka', [], 2), ('Dagmar', ['Dáša'], 2), ('Miroslava', ['Mirka'], 2), ('Helena', ['Helča'], 2),
                ('Simona', [], 2), ('Markéta', [], 3), ('Barbora', ['Bára'], 3), ('Kristýna', ['Týna'], 2),
                ('Pavla', [], 3), ('Radka', [], 2), ('Šárka', [], 2), ('Blanka', [], 1), ('Irena', [], 2),
                ('Renata', [], 2), ('Dana', [], 2)]
NICKS = {}
for _g, _n, _w in MALE_GIVEN + FEMALE_GIVEN:
    NICKS[_g] = _n

SURNAMES = [('Novák', 'Nováková', 10), ('Svoboda', 'Svobodová', 7), ('Novotný', 'Novotná', 7),
            ('Dvořák', 'Dvořáková', 7), ('Černý', 'Černá', 6), ('Procházka', 'Procházková', 6),
            ('Kučera', 'Kučerová', 6), ('Veselý', 'Veselá', 5), ('Horák', 'Horáková', 5), ('Němec', 'Němcová', 4),
            ('Marek', 'Marková', 4), ('Pospíšil', 'Pospíšilová', 4), ('Pokorný', 'Pokorná', 4),
            ('Hájek', 'Hájková', 4), ('Král', 'Králová', 4), ('Jelínek', 'Jelínková', 4),
            ('Růžička', 'Růžičková', 3), ('Beneš', 'Benešová', 3), ('Fiala', 'Fialová', 3),
            ('Sedláček', 'Sedláčková', 3), ('Doležal', 'Doležalová', 3), ('Zeman', 'Zemanová', 3),
            ('Kolář', 'Kolářová', 3), ('Navrátil', 'Navrátilová', 3), ('Čermák', 'Čermáková', 3),
            ('Vaněk', 'Vaňková', 3), ('Urban', 'Urbanová', 3), ('Blažek', 'Blažková', 3), ('Kříž', 'Křížová', 3),
            ('Kovář', 'Kovářová', 3), ('Kratochvíl', 'Kratochvílová', 3), ('Bartoš', 'Bartošová', 3),
            ('Vlček', 'Vlčková', 3), ('Polák', 'Poláková', 3), ('Musil', 'Musilová', 3),
            ('Kopecký', 'Kopecká', 3), ('Šimek', 'Šimková', 2), ('Konečný', 'Konečná', 3), ('Malý', 'Malá', 2),
            ('Holub', 'Holubová', 2), ('Štěpánek', 'Štěpánková', 2), ('Staněk', 'Staňková', 2),
            ('Kadlec', 'Kadlecová', 2), ('Dostál', 'Dostálová', 3), ('Soukup', 'Soukupová', 2),
            ('Šťastný', 'Šťastná', 2), ('Mareš', 'Marešová', 2), ('Moravec', 'Moravcová', 2),
            ('Sýkora', 'Sýkorová', 2), ('Tichý', 'Tichá', 2), ('Valenta', 'Valentová', 2), ('Vávra', 'Vávrová', 2),
            ('Matoušek', 'Matoušková', 2), ('Bláha', 'Bláhová', 2), ('Říha', 'Říhová', 2),
            ('Šebesta', 'Šebestová', 2), ('Hrubý', 'Hrubá', 2), ('Mach', 'Machová', 2), ('Skála', 'Skálová', 2),
            ('Hrdlička', 'Hrdličková', 2), ('Kubíček', 'Kubíčková', 2), ('Zapletal', 'Zapletalová', 3),
            ('Vybíral', 'Vybíralová', 2), ('Koutný', 'Koutná', 2), ('Hanák', 'Hanáková', 3), ('Šmerda', 'Šmerdová', 2),
            ('Zbořil', 'Zbořilová', 2), ('Zavadil', 'Zavadilová', 2), ('Janíček', 'Janíčková', 2),
            ('Hudec', 'Hudcová', 2), ('Hložek', 'Hložková', 1), ('Slavík', 'Slavíková', 2),
            ('Tesař', 'Tesařová', 2), ('Kuchař', 'Kuchařová', 2), ('Vrba', 'Vrbová', 2), ('Krejčí', 'Krejčí', 2),
            ('Hrabal', 'Hrabalová', 1), ('Kvapil', 'Kvapilová', 2), ('Pešek', 'Pešková', 2), ('Šindelář', 'Šindelářová', 1),
            ('Přikryl', 'Přikrylová', 2), ('Ondráček', 'Ondráčková', 2), ('Zouhar', 'Zouharová', 2),
            ('Crha', 'Crhová', 1), ('Pazdera', 'Pazderová', 1), ('Mrázek', 'Mrázková', 2), ('Sláma', 'Slámová', 1),
            ('Machala', 'Machalová', 1), ('Trávníček', 'Trávníčková', 2), ('Šustr', 'Šustrová', 1),
            ('Ševčík', 'Ševčíková', 2), ('Dofek', 'Dofková', 1), ('Kalina', 'Kalinová', 1), ('Večeřa', 'Večeřová', 1),
            ('Ťoupal', 'Ťoupalová', 1), ('Sklenář', 'Sklenářová', 2), ('Juřička', 'Juřičková', 1)]
TPRE = [('Ing.', 10), ('Mgr.', 5), ('Bc.', 4), ('MUDr.', 2), ('JUDr.', 1), ('RNDr.', 1), ('PhDr.', 1),
        ('MVDr.', 1), ('Ing. arch.', 1), ('doc. Ing.', 0.4)]
TPOST = [('Ph.D.', 3), ('CSc.', 1), ('DiS.', 2), ('MBA', 1)]

TRADES = ['Instalatérství', 'Topenářství', 'Zednictví', 'Stavební práce', 'Tesařství', 'Pokrývačství',
          'Klempířství', 'Obklady a dlažby', 'Elektroinstalace', 'Malířství a natěračství', 'Zemní práce',
          'Podlahářství', 'Truhlářství', 'Sádrokartony', 'Fasády', 'Kamenictví', 'Voda - topení - plyn',
          'Stavební a zednické práce', 'Izolace střech', 'Autodoprava', 'Zahradnictví', 'Kominictví',
          'Stavební dozor', 'Montáže oken']
ACR1 = ['MORAV', 'STAV', 'TERM', 'INSTA', 'KLIM', 'TOP', 'HYDRO', 'PROFI', 'MONT', 'AQUA', 'DOM', 'REKO',
        'IZO', 'BETO', 'KOV', 'GEO', 'PLAST', 'FASA', 'VODO', 'TERMO', 'BAU', 'HAN', 'SLOV', 'VALA', 'BRN',
        'OLO', 'JIH', 'EKO', 'KER', 'SAN', 'PRO', 'HOR', 'DUR', 'KAM', 'LIN', 'VIN', 'ZUB', 'PAL', 'RAD', 'VER']
ACR2 = ['STAV', 'TERM', 'MONT', 'TECH', 'PLAN', 'SERVIS', 'CENTRUM', 'TOP', 'LINE', 'BAU', 'FLEX', 'KOV',
        'INSTAL', 'SYSTEM', 'PROJEKT', 'DOM', 'PLUS', 'TRADE', 'REAL', 'BUILD', 'TEX', 'MAT', 'STYL', 'KO']
GROUP_SUFFIXES = ['Stavby', 'Invest', 'Reality', 'Servis', 'Development', 'Technik', 'Morava', 'Logistik',
                  'Facility', 'Projekt', 'Instal', 'Trade']

PREFIX = {
    'svj': ['Společenství vlastníků jednotek', 'Společenství vlastníků', 'SVJ'],
    'bd': ['Bytové družstvo', 'BD'],
    'zsms': ['Základní škola a Mateřská škola', 'ZŠ a MŠ', 'Základní a mateřská škola'],
    'zs': ['Základní škola', 'ZŠ'],
    'ms': ['Mateřská škola', 'MŠ'],
    'tj': ['Tělocvičná jednota Sokol', 'TJ Sokol', 'T.J. Sokol'],
    'sk': ['Sportovní klub', 'SK'],
    'fc': ['Fotbalový klub', 'FC'],
    'farnost': ['Římskokatolická farnost', 'Řk farnost', 'Farnost'],
    'obec': ['Obec', 'Obecní úřad', 'OÚ'],
    'mesto': ['Město', 'Městský úřad', 'MěÚ'],
    'mestys': ['Městys', 'Úřad městyse'],
    'ts': ['Technické služby', 'TS'],
    'sdh': ['Sbor dobrovolných hasičů', 'SDH'],
}
LF = {
    'sro': [' s.r.o.', ', s.r.o.', ' spol. s r.o.', ', spol. s r.o.', ' s. r. o.', ', s. r. o.', ' sro', ' s.r.o',
            ' spol.s r.o.', ' SRO'],
    'as': [' a.s.', ', a.s.', ' a. s.', ', a. s.', ' as', ' akciová společnost'],
    'vos': [' v.o.s.', ', v.o.s.', ' v. o. s.', ' veřejná obchodní společnost'],
    'ks': [' k.s.', ', k.s.', ' k. s.', ' komanditní společnost'],
    'zs': [', z.s.', ' z.s.', ', z. s.', ' z. s.', ' zapsaný spolek'],
    'po': [', příspěvková organizace', ', p.o.', ' p.o.', ' - příspěvková organizace', ', příspěvková org.'],
}
ICO_FMT = [', IČO {i}', ', IČ: {i}', ' IČ {i}', ' (IČO: {i})', ', IČO: {i}', ' IC {i}', ' - IČ {i}']
DEPTS = ['odbor investic', 'odbor správy majetku', 'stavební úřad', 'odbor místního hospodářství',
         'odbor dopravy', 'odbor školství', 'odbor investic a rozvoje']
COMPANY_WRONG = ['-', 'soukromá osoba', 'neuvádím', 'x', 'Fyzická osoba', 'domácnost', '@name']

PERSON_DOMAINS = [('seznam.cz', 40), ('email.cz', 12), ('gmail.com', 20), ('centrum.cz', 8), ('volny.cz', 4),
                  ('post.cz', 3), ('atlas.cz', 3), ('tiscali.cz', 2), ('icloud.com', 2), ('outlook.com', 3),
                  ('hotmail.com', 2), ('quick.cz', 1)]
DOMAIN_TYPOS = {'seznam.cz': ['sezam.cz', 'seznam.cy', 'seznan.cz', 'seznam.c', 'sesnam.cz', 'seznam,cz'],
                'gmail.com': ['gmial.com', 'gmail.cz', 'gmail.con', 'gmai.com', 'gnail.com'],
                'email.cz': ['emai.cz', 'email.cy', 'emial.cz'], 'centrum.cz': ['centrum.cy', 'cemtrum.cz', 'centum.cz'],
                'volny.cz': ['volny.cy', 'vonly.cz'], 'post.cz': ['post.cy', 'pots.cz'], 'atlas.cz': ['atlas.cy', 'altas.cz']}
MOBILE_PREFIXES = ['601', '602', '603', '604', '605', '606', '607', '608', '702', '703', '704', '705', '720', '721',
                   '722', '723', '724', '725', '728', '730', '731', '732', '733', '734', '736', '737', '739', '770',
                   '773', '774', '775', '776', '777', '778', '790', '792', '793', '797', '799']
KEYB = {'q': 'wa', 'w': 'qes', 'e': 'wrd', 'r': 'etf', 't': 'rzg', 'z': 'tuh', 'u': 'zij', 'i': 'uok', 'o': 'ipl',
        'p': 'ol', 'a': 'qsy', 's': 'adw', 'd': 'sfe', 'f': 'dgr', 'g': 'fht', 'h': 'gjz', 'j': 'hku', 'k': 'jli',
        'l': 'ko', 'y': 'xa', 'x': 'yc', 'c': 'xv', 'v': 'cb', 'b': 'vn', 'n': 'bm', 'm': 'n'}

SOURCES = ['eshop_shoptet', 'pokladna', 'money_olomouc', 'crm_obchodnici']

HN_TYPES = [
    ('private_vs_osvc', 'the person buying privately is apart from their OSVČ (the OSVČ is its own customer by its IČO)'),
    ('osvc_vs_private', 'an OSVČ (by its IČO) is its own customer, apart from the same person buying privately'),
    ('osvc_founded_sro', 'each legal entity is its own customer: the s.r.o. an OSVČ founded is not the OSVČ'),
    ('svj_of_spravce', 'an SVJ is apart from its správce, even at the správce\'s mailbox and phone'),
    ('svj_sibling', 'each SVJ / bytové družstvo is its own legal entity, even with the same správce'),
    ('group_sister', 'each legal entity is its own customer: group companies at one accountant are separate'),
    ('father_son', 'father and son of one name (st. / ml.) are two customers'),
    ('spouse', 'each person buying privately is their own customer: husband and wife are two customers'),
    ('household_relative', 'each person is their own customer: relatives in one house are separate customers'),
    ('same_name_other_town', 'namesakes in different towns are different customers'),
    ('employee_private', 'a firm\'s employee buying privately is apart from the firm'),
    ('successor_at_address', 'each legal entity is its own customer: another firm at the same address is not the same'),
    ('municipal_org', 'a town\'s odbory are the town, but its příspěvkové organizace and spolky are separate legal entities'),
    ('osvc_namesake_ico', 'each OSVČ is its own customer by its IČO: same name and trade with another IČO is another customer'),
    ('firm_stem', 'each legal entity is its own customer: a similar firm name is not the same firm'),
]
HN_RULE = dict(HN_TYPES)

# =====================================================================================
# Text helpers and the normalisations used for evidence / shared / findability
# (check.py carries its own copy of the same definitions; it never imports this file)
# =====================================================================================
GOOD_CHARS = frozenset(''.join(chr(i) for i in range(32, 127)) + 'áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽäöüÄÖÜôľĺŕ')


def strip_acc(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch))


def badness(s):
    return sum(1 for ch in s if ch not in GOOD_CHARS)


def demojibake(s):
    best, bb = s, badness(s)
    if bb == 0:
        return s
    for enc, dec in (('cp1252', 'cp1250'), ('cp1252', 'iso8859_2'), ('cp1252', 'utf-8'), ('cp1250', 'utf-8'),
                     ('latin-1', 'utf-8')):
        try:
            t = s.encode(enc).decode(dec)
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        b = badness(t)
        if b < bb:
            best, bb = t, b
    return best


def fold(s):
    return strip_acc(demojibake(s)).lower()


def mojibake(s, kind):
    if s is None:
        return None
    if kind == 'cp1250>cp1252':
        t = s.encode('cp1250', errors='replace').decode('cp1252', errors='replace')
    elif kind == 'iso2>cp1252':
        t = s.encode('iso8859_2', errors='replace').decode('cp1252', errors='replace')
    elif kind == 'utf8>cp1250':
        t = s.encode('utf-8').decode('cp1250', errors='replace')
    elif kind == 'utf8>cp1252':
        t = s.encode('utf-8').decode('cp1252', errors='replace')
    else:
        raise ValueError(kind)
    return t.replace('\ufffd', '?')


NAME_STOP = frozenset(['ing', 'mgr', 'bc', 'mudr', 'judr', 'rndr', 'phdr', 'mvdr', 'arch', 'doc', 'prof', 'phd',
                       'csc', 'dis', 'mba', 'ml', 'st', 'pan', 'pani', 'pi', 'sro', 'spol', 'as', 'vos', 'ks', 'zs',
                       'po', 'akciova', 'spolecnost', 'verejna', 'obchodni', 'komanditni', 'zapsany', 'spolek',
                       'prispevkova', 'organizace', 'org', 'ico', 'ic', 'dic'])


def name_tokens(s):
    s = fold(s)
    s = re.sub(r'\bcz\d{8,10}\b', ' ', s)
    s = re.sub(r'\b\d{8}\b', ' ', s)
    return [t for t in re.findall(r'[a-z0-9]+', s) if len(t) > 1 and t not in NAME_STOP]


def name_variants(c):
    out = []
    for s in (c.get('displayName'), c.get('companyName'),
              ' '.join(x for x in (c.get('givenName'), c.get('familyName')) if x)):
        if s:
            t = ' '.join(sorted(name_tokens(s)))
            if t and t not in out:
                out.append(t)
    return out


def name_score_v(va, vb):
    best = 0.0
    for a in va:
        for b in vb:
            r = difflib.SequenceMatcher(None, a, b).ratio()
            if r > best:
                best = r
    return best


def name_score(c1, c2):
    return name_score_v(name_variants(c1), name_variants(c2))


def email_set(e):
    out = set()
    if not e:
        return out
    for part in re.split(r'[;,\s]+', e.strip().lower()):
        part = part.strip().strip('<>').replace('mailto:', '')
        if '@' in part:
            out.add(part)
    return out


def phone_set(p):
    out = set()
    if not p:
        return out
    for part in re.split(r'[;,]| nebo ', p):
        part = re.split(r'(?i)kl\.|ext|linka', part)[0]
        d = re.sub(r'\D', '', part)
        if d.startswith('00420'):
            d = d[5:]
        elif d.startswith('420') and len(d) == 12:
            d = d[3:]
        if len(d) == 9:
            out.add(d)
    return out


ADDR_ABBR = {'nam': 'namesti', 'tr': 'trida', 'nabr': 'nabrezi', 'sv': 'svatopluka', 'sidl': 'sidliste'}
ADDR_STOP = frozenset(['cp', 'ul', 'ulice', 'cislo', 'popisne', 'orientacni', 'co'])


def city_base(city):
    if not city:
        return None
    c = fold(city)
    c = re.sub(r'^\s*\d{3}\s?\d{2}\s+', '', c)
    c = re.split(r'[-,0-9]', c)[0]
    c = ' '.join(re.findall(r'[a-z]+', c))
    return c or None


def addr_key(a):
    if not a:
        return None
    line = None
    for k in ('line1', 'line2'):
        v = a.get(k)
        if v and re.search(r'\d', v):
            line = v
            break
    if line is None:
        return None
    fl = fold(line)
    cb = city_base(a.get('city'))
    psc = re.sub(r'\D', '', a.get('postalCode') or '')
    if len(psc) != 5:
        psc = None
    m = re.search(r'(p\s*\.?\s*o\s*\.?\s*box|\bpob\b|postovni\s+prihradka)\s*(\d+)', fl)
    if m:
        return ('pobox', m.group(2), frozenset(), psc, cb)
    nums = frozenset(re.findall(r'\d+[a-z]?\b', fl))
    rest = re.sub(r'\d+[a-z]?\b', ' ', fl)
    words = [w for w in re.findall(r'[a-z]+', rest) if len(w) > 1 and w not in ADDR_STOP]
    words = [ADDR_ABBR.get(w, w) for w in words]
    cw = cb.split() if cb else []
    if cw and len(words) > len(cw) and words[-len(cw):] == cw:
        words = words[:-len(cw)]
    street = ' '.join(words) or (cb or '')
    return ('street', street, nums, psc, cb)


def keys_shared(ka, kb):
    if not ka or not kb or ka[0] != kb[0]:
        return False
    same_place = (ka[3] is not None and ka[3] == kb[3]) or (ka[4] is not None and ka[4] == kb[4])
    if not same_place:
        return False
    if ka[0] == 'pobox':
        return ka[1] == kb[1]
    if not (ka[2] & kb[2]):
        return False
    return difflib.SequenceMatcher(None, ka[1], kb[1]).ratio() >= 0.85


def addr_shared(a, b):
    return keys_shared(addr_key(a), addr_key(b))


def evidence(c1, c2):
    out = []
    if email_set(c1.get('email')) & email_set(c2.get('email')):
        out.append('email')
    if phone_set(c1.get('phone')) & phone_set(c2.get('phone')):
        out.append('phone')
    if addr_shared(c1.get('address'), c2.get('address')):
        out.append('address')
    return out


GENERIC_STEM = frozenset(['stavby', 'stavebni', 'stavebniny', 'stavitelstvi', 'firma', 'spolecenstvi', 'vlastniku',
                          'jednotek', 'domu', 'obec', 'obecni', 'urad', 'mesto', 'mestsky', 'mestys', 'zakladni',
                          'skola', 'materska', 'farnost', 'rimskokatolicka', 'druzstvo', 'bytove', 'instalace',
                          'topeni', 'prace', 'reality', 'sprava', 'spravce', 'servis', 'group', 'holding', 'invest',
                          'svj', 'bd', 'ms', 'ou', 'meu', 'tj', 'sk', 'fc', 'sokol', 'telocvicna', 'jednota',
                          'sportovni', 'klub', 'fotbalovy', 'technicke', 'sluzby', 'ts', 'sbor', 'dobrovolnych',
                          'hasicu', 'sdh', 'nemovitosti', 'domovni', 'odbor', 'provozovna', 'and', 'syn', 'spol',
                          'morava', 'trade', 'development', 'technik', 'logistik', 'facility', 'projekt', 'instal',
                          'construction', 'centrum', 'rk', 'reditelstvi', 'uradu'])


def stem_tokens(s):
    return set(t for t in name_tokens(s) if len(t) >= 3 and not t.isdigit() and t not in GENERIC_STEM)


def family_root(s):
    if not s:
        return None
    t = re.findall(r'[a-z]+', fold(s))
    if not t:
        return None
    w = t[0]
    if w.endswith('ova') and len(w) > 5:
        w = w[:-3]
    elif w[-1] in 'yai' and len(w) > 3:
        w = w[:-1]
    return w


def hn_shared(c, a):
    """What a hard negative `c` shares with its anchor `a` (computed from the records only)."""
    out = []
    if name_score(c, a) >= 0.85:
        out.append('name')
    fa, fb = family_root(c.get('familyName')), family_root(a.get('familyName'))
    if fa and fb and (fa == fb or (len(fa) >= 4 and difflib.SequenceMatcher(None, fa, fb).ratio() >= 0.85)):
        out.append('family')
    if c.get('companyName') and a.get('companyName'):
        if stem_tokens(c['companyName']) & stem_tokens(a['companyName']):
            out.append('stem')
    ca = city_base((c.get('address') or {}).get('city'))
    cb = city_base((a.get('address') or {}).get('city'))
    if ca and ca == cb:
        out.append('city')
    out.extend(evidence(c, a))
    return out


def nc_findable(rec, target_entity, pool):
    """pool: list of (entity, contact). The record must be the clear best name match in its town."""
    a = rec.get('address')
    cb = city_base(a.get('city')) if a else None
    if not cb:
        return False, 0.0, 0.0
    vr = name_variants(rec)
    same, other = 0.0, 0.0
    for ent, c in pool:
        ca = c.get('address')
        if not ca or city_base(ca.get('city')) != cb:
            continue
        s = name_score_v(vr, name_variants(c))
        if ent == target_entity:
            same = max(same, s)
        else:
            other = max(other, s)
    return (same >= 0.6 and same - other >= 0.1), same, other


# =====================================================================================
# Random helpers and registries (uniqueness of invented identifiers)
# =====================================================================================
def wpick(items, w=lambda x: x[-1]):
    tot = sum(w(i) for i in items)
    r = rng.random() * tot
    for i in items:
        r -= w(i)
        if r < 0:
            return i
    return items[-1]


def chance(p):
    return rng.random() < p


def slug(s):
    s = strip_acc(s).lower()
    s = re.sub(r'[^a-z0-9]+', '', s)
    return s


class Registry:
    def __init__(self):
        self.emails = set()
        self.phones = set()
        self.icos = set()
        self.domains = set()
        self.ids = set()
        self.addr = {}           # city_base -> list of keys
        self.person_city = set()  # (folded name, city_base)
        self.org_names = set()


REG = Registry()


def new_id():
    while True:
        i = 'c%07x' % rng.getrandbits(28)
        if i not in REG.ids:
            REG.ids.add(i)
            return i


def ico_check_digit(d7):
    s = sum(int(d) * w for d, w in zip(d7, range(8, 1, -1)))
    return str((11 - s % 11) % 10)


def new_ico():
    while True:
        d7 = rng.choice('0124567') + ''.join(rng.choice('0123456789') for _ in range(6))
        ico = d7 + ico_check_digit(d7)
        if ico not in REG.icos:
            REG.icos.add(ico)
            return ico


def new_mobile():
    while True:
        d = rng.choice(MOBILE_PREFIXES) + ''.join(rng.choice('0123456789') for _ in range(6))
        if d not in REG.phones:
            REG.phones.add(d)
            return d


def new_landline(area):
    while True:
        d = area + rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8 - len(area)))
        if d not in REG.phones:
            REG.phones.add(d)
            return d


def reg_email(e):
    if e in REG.emails:
        return False
    REG.emails.add(e)
    return True


def asciiname(s):
    return slug(s) if s else ''


def person_email(given, family, year=None, domain=None, nick=None):
    g, f = asciiname(given), asciiname(family)
    yy = '%02d' % ((year or rng.randint(1950, 2002)) % 100)
    pats = ['{g}.{f}', '{f}.{g}', '{g}{f}', '{g0}{f}', '{f}{g0}', '{g}.{f}{yy}', '{f}{yy}', '{f}.{g}{yy}',
            '{g}{yy}.{f}', '{f}.{g0}']
    if nick:
        pats += ['{n}.{f}', '{n}{f}{yy}']
    for _ in range(60):
        dom = domain or wpick(PERSON_DOMAINS)[0]
        loc = rng.choice(pats).format(g=g, f=f, g0=g[:1], yy=yy, n=asciiname(nick or ''))
        e = loc + '@' + dom
        if reg_email(e):
            return e
        yy = '%02d' % rng.randint(0, 99)
    raise RuntimeError('email')


def family_plural(f):
    a = asciiname(f)
    if a.endswith('y'):
        return a[:-1] + 'i'
    if a.endswith('a'):
        return a[:-1] + 'ovi'
    if a.endswith('ek'):
        return a[:-2] + 'kovi'
    if a.endswith('ec'):
        return a[:-2] + 'covi'
    if a.endswith('i'):
        return a + 'ovi'
    return a + 'ovi'


def family_email(family, city):
    fp = family_plural(family)
    for _ in range(40):
        loc = rng.choice(['{p}', 'rodina.{p}', '{p}.{c}', '{p}{n}', 'rodina{p}'])
        e = loc.format(p=fp, c=slug(city)[:10], n=rng.randint(1, 99)) + '@' + wpick(PERSON_DOMAINS[:6])[0]
        if reg_email(e):
            return e
    raise RuntimeError('family email')


GENERIC_DOM = frozenset(['sprava', 'domu', 'domovni', 'nemovitosti', 'stavby', 'stavebni', 'firma', 'instalace',
                         'topeni', 'strechy', 'stavitelstvi', 'a', 'syn', 'spol', 'druzstvo', 'zemedelske', 'vyrobni',
                         's', 'r', 'o', 'group'])


def new_domain(base):
    words = re.findall(r'[a-z0-9]+', strip_acc(base).lower())
    full = ''.join(words)
    if len(full) <= 20:
        b = full
    else:
        dist = [w for w in words if w not in GENERIC_DOM]
        b = ''.join(dist) if dist and len(''.join(dist)) <= 20 else (dist[0] if dist else full[:18])
    b = b or 'firma'
    for cand in [b, b + '-cz', b + 'brno', b + '-group', b + str(rng.randint(1, 99)), b + str(rng.randint(100, 999))]:
        d = cand + '.cz'
        if d not in REG.domains:
            REG.domains.add(d)
            return d
    raise RuntimeError('domain')


def domain_mail(dom, local):
    for cand in [local, local + '2', local + '.' + rng.choice(['brno', 'cz', 'office']), local + str(rng.randint(3, 99))]:
        e = cand + '@' + dom
        if reg_email(e):
            return e
    raise RuntimeError('domain mail')


def public_mail(local):
    for _ in range(40):
        e = local + '@' + rng.choice(['seznam.cz', 'seznam.cz', 'email.cz', 'centrum.cz', 'volny.cz'])
        if reg_email(e):
            return e
        local = local + str(rng.randint(1, 9))
    raise RuntimeError('public mail')


def pick_place(kind_w=None, region=None, exclude_cb=None):
    kw = kind_w or {}
    items = []
    for i, P in enumerate(PLACES):
        if region and P['region'] not in region:
            continue
        if exclude_cb and city_base(P['city']) in exclude_cb:
            continue
        items.append((i, P['w'] * kw.get(P['kind'], 1.0)))
    return wpick(items)[0]


PERSON_KW = {'brno': 1.0, 'praha': 0.6, 'city': 1.0, 'town': 1.0, 'village': 1.6}
ORG_KW = {'brno': 1.3, 'praha': 0.3, 'city': 1.0, 'town': 1.0, 'village': 0.9}


def pick_street(P):
    if P['kind'] == 'village':
        return rng.choice(VILLAGE_STREETS)
    pool = CITY_STREETS.get(P['city'])
    if pool and chance(0.75):
        return rng.choice(pool)
    return rng.choice(GENERIC_STREETS)


def plain_addr_contact(a):
    P = PLACES[a['place']]
    if a.get('street'):
        l1 = a['street'] + ' ' + str(a['cp']) + ('/' + a['co'] if a.get('co') else '')
    else:
        l1 = P['city'] + ' ' + str(a['cp'])
    return {'line1': l1, 'line2': None, 'city': P['city'], 'region': None, 'postalCode': P['psc'], 'country': 'CZ'}


def addr_collides(key):
    for k in REG.addr.get(key[4], []):
        if k[0] == key[0] and (k[2] & key[2]) and difflib.SequenceMatcher(None, k[1], key[1]).ratio() >= 0.85:
            return True
    return False


def register_addr(a):
    key = addr_key(plain_addr_contact(a))
    REG.addr.setdefault(key[4], []).append(key)


def new_addr(pi, street=None, village_cp=None):
    P = PLACES[pi]
    for _ in range(400):
        s = street
        co = None
        if P['kind'] == 'village':
            if s is None and (village_cp if village_cp is not None else chance(0.45)):
                s = None
            else:
                s = s or pick_street(P)
            cp = rng.randint(1, 650)
        elif P['kind'] in ('brno', 'praha'):
            s = s or pick_street(P)
            cp = rng.randint(100, 3400)
            co = str(rng.randint(1, 95)) + (rng.choice('abc') if chance(0.04) else '')
        elif P['kind'] == 'city':
            s = s or pick_street(P)
            cp = rng.randint(100, 2900)
            if chance(0.8):
                co = str(rng.randint(1, 85)) + (rng.choice('ab') if chance(0.03) else '')
        else:
            s = s or pick_street(P)
            cp = rng.randint(1, 2400)
            if chance(0.25):
                co = str(rng.randint(1, 60))
        a = {'street': s, 'cp': cp, 'co': co, 'place': pi, 'pobox': None, 'line2': None, 'site': None}
        key = addr_key(plain_addr_contact(a))
        if not addr_collides(key):
            REG.addr.setdefault(key[4], []).append(key)
            return a
    raise RuntimeError('address')


def site_addr(pi, for_person=True):
    P = PLACES[pi]
    parc = '%d/%d' % (rng.randint(120, 4800), rng.randint(1, 60))
    if for_person:
        txt = rng.choice(['stavba RD, parc. č. {p}', 'novostavba RD parc.č. {p}', 'parc. č. {p} (stavba RD)',
                          'RD {c}, parcela {p}', 'stavba rodinného domu p.č. {p}']).format(p=parc, c=P['city'])
    else:
        txt = rng.choice(['stavba BD, parc. č. {p}', 'staveniště {c}, p.č. {p}', 'stavba - parc. č. {p}',
                          'akce: rekonstrukce, parc.č. {p}']).format(p=parc, c=P['city'])
    return {'street': None, 'cp': None, 'co': None, 'place': pi, 'pobox': None, 'line2': None, 'site': txt}


# =====================================================================================
# Entities (the truth behind the records)
# =====================================================================================
def pick_given(gender):
    return wpick(MALE_GIVEN if gender == 'm' else FEMALE_GIVEN)[0]


def pick_family(gender):
    s = wpick(SURNAMES)
    return s[0] if gender == 'm' else s[1]


def other_gender_family(family):
    for m, f, _ in SURNAMES:
        if family == m:
            return f
        if family == f:
            return m
    return family


def make_person_core(gender=None, titled=0.17, given=None, family=None):
    gender = gender or ('m' if chance(0.57) else 'f')
    p = {'gender': gender, 'given': given or pick_given(gender), 'family': family or pick_family(gender),
         'tpre': [], 'tpost': [], 'suffix': None}
    if chance(titled):
        p['tpre'] = [wpick(TPRE)[0]]
        if chance(0.2):
            p['tpost'] = [wpick(TPOST)[0]]
    elif chance(0.02):
        p['tpost'] = ['DiS.']
    return p


def unique_person_in_city(pi, gender=None, given=None, family=None, allow_dupe=False):
    cb = city_base(PLACES[pi]['city'])
    for _ in range(200):
        p = make_person_core(gender, given=given, family=family)
        key = (fold(p['given'] + ' ' + p['family']), cb)
        if allow_dupe or key not in REG.person_city:
            REG.person_city.add(key)
            return p
        given = None if given is None else given
        family = None if family is None else family
    raise RuntimeError('person name')


def mk_entity(party, kind, t, role):
    return {'id': new_id(), 'party': party, 'kind': kind, 't': t, 'role': role}


def make_person_entity(kind, role, pi=None, core=None):
    if pi is None:
        if kind == 'chalupar':
            pi = pick_place({'brno': 1.5, 'praha': 3.0, 'city': 1.2, 'town': 0.3, 'village': 0.0})
        else:
            pi = pick_place(PERSON_KW)
    p = core or unique_person_in_city(pi)
    REG.person_city.add((fold(p['given'] + ' ' + p['family']), city_base(PLACES[pi]['city'])))
    t = dict(p)
    t['place'] = pi
    t['addr'] = new_addr(pi)
    year = rng.randint(1948, 2001)
    t['year'] = year
    t['nick'] = NICKS.get(p['given'], [])
    if kind == 'household' and chance(0.4):
        t['email'] = family_email(p['family'], PLACES[pi]['city'])
    else:
        t['email'] = person_email(p['given'], p['family'], year,
                                  nick=(rng.choice(t['nick']) if t['nick'] and chance(0.3) else None))
    t['phone'] = new_mobile()
    t['phone2'] = new_landline(PLACES[pi]['area']) if chance(0.12) else None
    t['addr2'] = None
    if kind == 'chalupar':
        vi = pick_place({'village': 1.0, 'town': 0.4, 'brno': 0, 'praha': 0, 'city': 0})
        t['addr2'] = new_addr(vi)
    t['site'] = None
    if kind == 'homeowner' and chance(0.35):
        vi = pick_place({'village': 1.0, 'town': 0.5, 'brno': 0.2, 'praha': 0, 'city': 0.2})
        t['site'] = site_addr(vi, True)
    return mk_entity('person', kind, t, role)


def acronym():
    for _ in range(100):
        a, b = rng.choice(ACR1), rng.choice(ACR2)
        if a != b and not a.endswith(b):
            return a + b
    return 'STAVOPROFI'


def firm_core_name(surname=None, place_city=None):
    s = surname or pick_family('m')
    s2 = pick_family('m')
    r = rng.random()
    if r < 0.10:
        return 'Stavby ' + s
    if r < 0.17:
        return s + ' stavby'
    if r < 0.22:
        return 'Stavitelství ' + s
    if r < 0.27:
        return s + ' a syn'
    if r < 0.32:
        return s + ' & ' + s2
    if r < 0.37:
        return 'Instalace ' + s
    if r < 0.41:
        return 'Topení ' + s
    if r < 0.45:
        return 'Střechy ' + s
    if r < 0.49:
        return s + ' - stavební firma'
    if r < 0.53:
        return 'Stavební firma ' + s
    if r < 0.70:
        return acronym()
    if r < 0.80:
        return acronym() + ' ' + (place_city or 'Morava')
    if r < 0.88:
        return acronym() + ' ' + rng.choice(['CZ', 'Group', 'Plus', 'Morava', 'Servis', 'Trade'])
    if r < 0.94:
        return acronym().capitalize()
    a = acronym()
    return a + '-' + rng.choice([x for x in ACR2 if x not in a])


def unique_org_name(fn):
    for _ in range(200):
        n = fn()
        k = fold(n)
        if k not in REG.org_names:
            REG.org_names.add(k)
            return n
    raise RuntimeError('org name')


def make_contact(pi=None, gender=None, family=None):
    p = make_person_core(gender, titled=0.2, family=family)
    return p


def org_base(kind, pi, name, prefix=None, prefix_fmt=0, lf_key=None, lf_s=''):
    return {'name': name, 'prefix': prefix, 'prefix_fmt': prefix_fmt, 'lf_key': lf_key, 'lf_s': lf_s,
            'ico': new_ico(), 'contacts': [], 'osvc': None, 'place': pi, 'addr': None, 'branch': None,
            'alt_name': None, 'depts': [], 'email': None, 'phone': None, 'phone2': None, 'domain': None,
            'given': None, 'family': None, 'tpre': [], 'tpost': [], 'suffix': None, 'gender': None, 'nick': [],
            'site': None, 'group': None, 'spravce': None}


def canon_lf(key):
    if key == 'sro':
        return wpick([(' s.r.o.', 6), (', s.r.o.', 3), (' spol. s r.o.', 2), (', spol. s r.o.', 1), (' s. r. o.', 1)])[0]
    if key in ('as', 'vos', 'ks'):
        return LF[key][0] if chance(0.7) else LF[key][1]
    if key == 'zs':
        return wpick([(', z.s.', 5), (' z.s.', 3), (', z. s.', 1), ('', 2)])[0]
    if key == 'po':
        return wpick([(', příspěvková organizace', 6), (', p.o.', 2), ('', 2)])[0]
    return ''


def firm_mail_setup(t, core, small=False):
    if small and chance(0.45):
        t['domain'] = None
        t['email'] = public_mail(slug(core)[:20] or 'firma')
    else:
        t['domain'] = new_domain(core)
        t['email'] = domain_mail(t['domain'], rng.choice(['info', 'info', 'obchod', 'fakturace', 'kancelar',
                                                          'objednavky']))


def make_firm_entity(kind, role, pi=None, name=None):
    pi = pi if pi is not None else pick_place(ORG_KW)
    P = PLACES[pi]
    lf_key = {'sro': 'sro', 'as': 'as', 'vos': 'vos', 'ks': 'ks', 'spravce': 'sro', 'group': 'sro'}.get(kind, 'sro')
    if name is None:
        if kind == 'vos':
            name = unique_org_name(lambda: pick_family('m') + ' a ' + pick_family('m'))
        elif kind == 'ks':
            name = unique_org_name(lambda: pick_family('m') + ' & spol.')
        elif kind == 'as':
            name = unique_org_name(lambda: rng.choice([acronym(), acronym() + ' ' + P['city'],
                                                       pick_family('m') + ' Holding', 'Moravské stavby ' + acronym()]))
        elif kind == 'spravce':
            name = unique_org_name(lambda: rng.choice(['Správa domů ' + pick_family('m'), acronym() + ' Reality',
                                                       'Domovní správa ' + acronym().capitalize(),
                                                       pick_family('m') + ' - správa nemovitostí',
                                                       'Správa nemovitostí ' + acronym()]))
        else:
            name = unique_org_name(lambda: firm_core_name(place_city=P['city']))
    t = org_base(kind, pi, name, lf_key=lf_key, lf_s=canon_lf(lf_key))
    t['addr'] = new_addr(pi)
    nc = rng.choice([1, 1, 1, 2, 2, 3])
    fam_hint = None
    for w in name.replace('&', ' ').replace('-', ' ').split():
        for m, f, _ in SURNAMES:
            if w == m:
                fam_hint = m
    for k in range(nc):
        if k == 0 and fam_hint and chance(0.7):
            t['contacts'].append(make_contact(gender='m', family=fam_hint))
        else:
            t['contacts'].append(make_contact())
    firm_mail_setup(t, name, small=(kind in ('sro', 'vos', 'ks') and chance(0.5)))
    t['phone'] = new_landline(P['area']) if chance(0.5) else new_mobile()
    t['phone2'] = new_mobile() if t['phone'][:1] in '2345' and chance(0.6) else None
    if kind in ('sro', 'as', 'group') and chance(0.18):
        bi = pick_place(ORG_KW)
        bl = 'provozovna ' + PLACES[bi]['city']
        t['branch'] = {'label': bl, 'addr': new_addr(bi)}
    if kind in ('sro', 'as') and chance(0.5):
        core_s = name.split()[0]
        t['alt_name'] = unique_org_name(lambda: rng.choice([core_s + ' Group', core_s + ' CZ', acronym(),
                                                            core_s + ' Construction', acronym() + ' ' + P['city']]))
    return mk_entity('org', kind, t, role)


def make_osvc_entity(role, pi=None, core=None, trade=None):
    pi = pi if pi is not None else pick_place({'brno': 1.0, 'praha': 0.2, 'city': 1.0, 'town': 1.2, 'village': 1.8})
    p = core or unique_person_in_city(pi, gender='m' if chance(0.88) else 'f')
    REG.person_city.add((fold(p['given'] + ' ' + p['family']), city_base(PLACES[pi]['city'])))
    t = org_base('osvc', pi, None)
    for k in ('given', 'family', 'tpre', 'tpost', 'gender'):
        t[k] = copy.deepcopy(p[k])
    t['nick'] = NICKS.get(p['given'], [])
    trade = trade or rng.choice(TRADES)
    t['osvc'] = {'trade': trade, 'fmt': wpick([('n-t', 50), ('fn,t', 25), ('t f', 10), ('n', 10), ('fn-t', 5)])[0]}
    t['addr'] = new_addr(pi)
    tw = asciiname(trade.split()[0])[:12]
    r = rng.random()
    if r < 0.55:
        t['email'] = public_mail(rng.choice(['{t}.{f}', '{f}.{t}', '{g}.{f}', '{f}{t}']).format(
            t=tw, f=asciiname(p['family']), g=asciiname(p['given'])))
    elif r < 0.8:
        t['domain'] = new_domain(p['family'] + '-' + asciiname(trade.split()[0]))
        t['email'] = domain_mail(t['domain'], rng.choice(['info', asciiname(p['family']), asciiname(p['given'])]))
    else:
        t['email'] = person_email(p['given'], p['family'])
    t['phone'] = new_mobile()
    t['phone2'] = new_landline(PLACES[pi]['area']) if chance(0.1) else None
    return mk_entity('org', 'osvc', t, role)


def make_svj_entity(role, spravce=None, pi=None, street=None, bd=False):
    if pi is None:
        pi = pick_place({'brno': 3.0, 'praha': 0.3, 'city': 1.5, 'town': 0.5, 'village': 0.0})
    addr = new_addr(pi, street=street)
    bld = addr['street'] + ' ' + (addr['co'] if addr.get('co') and chance(0.5) else str(addr['cp']))
    if chance(0.2) and not bd:
        bld = addr['street'] + ' ' + str(addr['cp']) + '-' + str(addr['cp'] + 2)
    P = PLACES[pi]
    if bd:
        rest = bld if chance(0.7) else P['city'] + ' - ' + bld
        t = org_base('bd', pi, rest, prefix='bd', prefix_fmt=0)
    else:
        rest = rng.choice(['{b}', 'domu {b}', '{b}, {c}', 'pro dům {b}', '{b} {c}']).format(b=bld, c=P['city'])
        t = org_base('svj', pi, rest, prefix='svj', prefix_fmt=wpick([(0, 6), (1, 3), (2, 1)])[0])
    REG.org_names.add(fold(t['name'] + str(t['prefix'])))
    t['addr'] = addr
    t['contacts'] = [make_contact()]
    if spravce is not None:
        st = spravce['t']
        t['spravce'] = spravce['id']
        t['email'] = st['email']
        t['phone'] = st['phone']
        t['phone2'] = None
        t['contacts'] = [copy.deepcopy(st['contacts'][0])] + t['contacts']
    else:
        c = t['contacts'][0]
        t['email'] = public_mail(rng.choice(['svj.{s}{n}', '{s}{n}.svj', 'vybor.{s}{n}']).format(
            s=slug(addr['street'])[:12], n=addr.get('co') or addr['cp']))
        t['phone'] = new_mobile()
    return mk_entity('org', 'bd' if bd else 'svj', t, role)


def make_inst_entity(kind, role, pi, prefix=None):
    P = PLACES[pi]
    city = P['city']
    vs = slug(city)
    if kind == 'obec':
        pfx = prefix or {'obec': 'obec', 'mestys': 'mestys', 'mesto': 'mesto'}[P['status'] or 'obec']
        t = org_base('obec', pi, city, prefix=pfx, prefix_fmt=0)
        t['addr'] = new_addr(pi, street=rng.choice(['náměstí Míru', 'náměstí Svobody', 'Hlavní', 'Masarykova',
                                                     'Palackého', 'Komenského']) if P['kind'] != 'village' or chance(0.5) else None)
        t['email'] = public_mail(rng.choice(['obec.{v}', 'ou.{v}', 'podatelna.{v}', 'starosta.{v}', 'obec{v}'])
                                 .format(v=vs)) if pfx != 'mesto' else domain_mail(new_domain('mesto-' + vs), rng.choice(['podatelna', 'investice', 'majetek']))
        t['phone'] = new_landline(P['area'])
        t['phone2'] = new_mobile() if chance(0.4) else None
        t['contacts'] = [make_contact()] if chance(0.5) else []
        if pfx == 'mesto' or chance(0.3):
            t['depts'] = rng.sample(DEPTS, 3)
        t['lf_key'] = None
    elif kind in ('skola', 'ts'):
        pfx = prefix or (wpick([('zsms', 5), ('zs', 2), ('ms', 2)])[0] if kind == 'skola' else 'ts')
        t = org_base(kind, pi, city if kind == 'ts' or chance(0.7) else city + ', ' + rng.choice(['Školní', 'Komenského', 'Sadová']),
                     prefix=pfx, prefix_fmt=0, lf_key='po', lf_s=canon_lf('po'))
        t['addr'] = new_addr(pi, street=rng.choice(['Školní', 'Komenského', 'Sadová', 'Tyršova']) if kind == 'skola' else None)
        t['email'] = public_mail(rng.choice(['{p}.{v}', 'reditel.{p}{v}', '{p}{v}', 'skola.{v}']).format(p=pfx, v=vs))
        t['phone'] = new_landline(P['area']) if chance(0.7) else new_mobile()
        t['contacts'] = [make_person_core(titled=0.6)]
    elif kind == 'farnost':
        t = org_base('farnost', pi, city, prefix='farnost', prefix_fmt=0)
        t['addr'] = new_addr(pi, street='Kostelní' if chance(0.5) else None)
        t['email'] = public_mail(rng.choice(['farnost.{v}', 'fara.{v}', 'rkf.{v}']).format(v=vs))
        t['phone'] = new_mobile()
        c = make_person_core(gender='m', titled=0.0)
        c['tpre'] = ['P.'] if chance(0.5) else []
        t['contacts'] = [c]
    elif kind in ('klub', 'sdh'):
        pfx = prefix or (wpick([('tj', 4), ('sk', 3), ('fc', 2)])[0] if kind == 'klub' else 'sdh')
        t = org_base(kind, pi, city, prefix=pfx, prefix_fmt=0, lf_key='zs', lf_s=canon_lf('zs'))
        t['addr'] = new_addr(pi)
        t['email'] = public_mail(rng.choice(['{p}.{v}', '{p}{v}', '{v}.{p}']).format(p=pfx, v=vs))
        t['phone'] = new_mobile()
        t['contacts'] = [make_person_core(gender='m' if chance(0.8) else 'f', titled=0.05)]
    elif kind == 'druzstvo':
        nm = unique_org_name(lambda: rng.choice(['Družstvo ' + acronym(), acronym() + ' družstvo',
                                                  'Zemědělské družstvo ' + acronym().capitalize(),
                                                  'Výrobní družstvo ' + acronym()]))
        t = org_base('druzstvo', pi, nm)
        t['addr'] = new_addr(pi)
        firm_mail_setup(t, [w for w in nm.split() if w not in ('Družstvo', 'družstvo', 'Zemědělské', 'Výrobní')][0],
                        small=True)
        t['phone'] = new_landline(P['area'])
        t['contacts'] = [make_contact()]
    else:
        raise ValueError(kind)
    REG.org_names.add(fold(str(t['prefix']) + ' ' + t['name']))
    return mk_entity('org', kind, t, role)


def make_group(role, n, pi=None):
    pi = pi if pi is not None else pick_place({'brno': 3, 'city': 1, 'town': 0.6, 'praha': 0.2, 'village': 0.2})
    stem = unique_org_name(acronym)
    sufs = rng.sample(GROUP_SUFFIXES, n + 3)
    unused = sufs[n:]
    acc_dom = new_domain(stem + '-group')
    acc_mail = domain_mail(acc_dom, rng.choice(['ucetni', 'fakturace', 'uctarna']))
    acc_phone = new_landline(PLACES[pi]['area'])
    shared_addr = new_addr(pi)
    ents = []
    for k in range(n):
        nm = stem + ' ' + sufs[k]
        REG.org_names.add(fold(nm))
        lf = 'as' if sufs[k] in ('Invest',) and chance(0.6) else 'sro'
        t = org_base('group', pi, nm, lf_key=lf, lf_s=canon_lf(lf))
        t['addr'] = copy.deepcopy(shared_addr) if chance(0.8) else new_addr(pi)
        t['email'] = acc_mail
        t['domain'] = acc_dom
        t['phone'] = acc_phone
        t['phone2'] = new_mobile() if chance(0.4) else None
        t['contacts'] = [make_contact() for _ in range(rng.choice([1, 2]))]
        t['group'] = {'stem': stem, 'unused': unused, 'addr': shared_addr, 'mail': acc_mail, 'phone': acc_phone}
        if chance(0.15):
            bi = pick_place(ORG_KW)
            t['branch'] = {'label': 'provozovna ' + PLACES[bi]['city'], 'addr': new_addr(bi)}
        ents.append(mk_entity('org', 'group', t, role))
    return ents


# =====================================================================================
# Views (structured form of one record) and their rendering into a contact
# =====================================================================================
CONTACT_KEYS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
ADDR_KEYS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
FIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address'] + \
         ['address.' + k for k in ADDR_KEYS]


def base_style():
    return dict(disp='gf', tdisp=True, sdisp=True, layout='normal', title_in_given=False,
                odisp='co', contact_shown=True, case='as', acc=True, moj=None, disamb=None,
                email_case='as', email_sep='; ', phone_sep=', ',
                l1='full', abbr=False, cityf='plain', pscf='sp', regf='full', ctryf='iso',
                city_in_l1=False, wrongf=False, addr_case='as', addr_acc=True, l1_drop=False, pobf=0)


def truth_view(ent, has=('email', 'phone', 'addr')):
    t = ent['t']
    v = {'party': ent['party'], 'kind': ent['kind'], 'style': base_style(),
         'given': t.get('given'), 'family': t.get('family'), 'tpre': list(t.get('tpre') or []),
         'tpost': list(t.get('tpost') or []), 'suffix': t.get('suffix'), 'company_wrong': None,
         'email': [], 'phone': [], 'addr': None}
    if ent['party'] == 'org':
        v.update({'name': t['name'], 'prefix': t['prefix'], 'prefix_fmt': t['prefix_fmt'], 'lf_s': t['lf_s'],
                  'lf_key': t['lf_key'], 'ico': t['ico'], 'ico_s': None, 'dept': None, 'branch': None,
                  'osvc': copy.deepcopy(t['osvc']),
                  'contact': copy.deepcopy(t['contacts'][0]) if t['contacts'] else None})
    if 'email' in has and t.get('email'):
        v['email'] = [t['email']]
    if 'phone' in has and t.get('phone'):
        v['phone'] = [{'d': t['phone'], 'f': 'intl_sp', 'ext': None}]
    if 'addr' in has and t.get('addr'):
        v['addr'] = copy.deepcopy(t['addr'])
    return v


def fmt_phone(d, f):
    sp3 = d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    pairs = d[:3] + ' ' + d[3:5] + ' ' + d[5:7] + ' ' + d[7:]
    return {'intl_sp': '+420 ' + sp3, 'intl': '+420' + d, 'sp3': sp3, 'plain': d, '00420': '00420 ' + sp3,
            'dash': d[:3] + '-' + d[3:6] + '-' + d[6:], 'paren': '(+420) ' + sp3, '420': '420' + d,
            'pairs': pairs, 'tel': 'tel. ' + sp3, 'mob': 'mob. ' + d, 'intl_pairs': '+420 ' + pairs,
            '00420plain': '00420' + d}[f]


PHONE_FMTS = ['intl_sp', 'intl', 'sp3', 'plain', '00420', 'dash', 'paren', '420', 'pairs', 'tel', 'mob',
              'intl_pairs', '00420plain']
POBOX_FMT = ['P.O.Box {n}', 'P. O. BOX {n}', 'poštovní přihrádka {n}', 'POB {n}', 'P.O. Box {n}']


def apply_case(s, mode):
    if s is None:
        return None
    if mode == 'upper':
        return s.upper()
    if mode == 'lower':
        return s.lower()
    if mode == 'title':
        return ' '.join(w[:1].upper() + w[1:].lower() for w in s.split(' '))
    return s


def abbr_street(s):
    s = re.sub(r'\bnáměstí\b', 'nám.', s)
    s = re.sub(r'\btřída\b', 'tř.', s)
    s = re.sub(r'\bnábřeží\b', 'nábř.', s)
    s = re.sub(r'^Svatopluka\b', 'Sv.', s)
    return s


def city_fmt(P, f):
    if P['kind'] == 'brno' and f in ('district', 'district_sp'):
        return ('Brno-' if f == 'district' else 'Brno - ') + P['district']
    if P['kind'] == 'praha' and f in ('district', 'district_sp'):
        return 'Praha ' + P['district']
    return P['city']


def fmt_line1(a, P, st):
    s = a['street']
    l1 = st['l1']
    if s and st['abbr']:
        s = abbr_street(s)
    cp, co = a['cp'], a.get('co')
    if s is None:
        if l1 == 'cp_prefix':
            return 'č.p. %d' % cp
        if l1 == 'cp_only':
            return 'čp. %d' % cp
        return '%s %d' % (P['city'], cp)
    if co:
        if l1 == 'co_only':
            return '%s %s' % (s, co)
        if l1 == 'cp_only':
            return '%s %d' % (s, cp)
        if l1 == 'ul':
            return 'ul. %s %d/%s' % (s, cp, co)
        return '%s %d/%s' % (s, cp, co)
    if l1 == 'cp_prefix':
        return '%s č.p. %d' % (s, cp)
    if l1 == 'ul':
        return 'ul. %s %d' % (s, cp)
    return '%s %d' % (s, cp)


SALUTATIONS = ('p.', 'pan', 'pí', 'paní')


def person_names(v):
    st = v['style']
    g, f = v.get('given'), v.get('family')
    tpre = ' '.join(v.get('tpre') or [])
    tpost = ', '.join(v.get('tpost') or [])
    suf = v.get('suffix') or ''
    salut = tpre in SALUTATIONS
    if st['disp'] == 'gf' or salut:
        if st['disp'] == 'gf':
            parts = [tpre if st['tdisp'] else '', g or '', f or '', suf if st['sdisp'] else '']
        else:
            fam = (f or '').upper() if st['disp'] == 'FG' else (f or '')
            parts = [tpre if st['tdisp'] else '', fam, g or '', suf if st['sdisp'] else '']
        d = ' '.join(p for p in parts if p)
        if st['tdisp'] and tpost:
            d += ', ' + tpost
    else:
        fam = (f or '').upper() if st['disp'] == 'FG' else (f or '')
        parts = [fam, g or '', suf if st['sdisp'] else '']
        d = ' '.join(p for p in parts if p)
        tt = ', '.join(x for x in [tpre, tpost] if x) if st['tdisp'] else ''
        if tt:
            d += ', ' + tt
    gv, fv = g, f
    if st['title_in_given'] and tpre and g:
        gv = tpre + ' ' + g
    lay = st['layout']
    if lay == 'swapped':
        gv, fv = fv, gv
    elif lay == 'family_full':
        fv = ' '.join(x for x in [f, g] if x) or None
        gv = None
    elif lay == 'none':
        gv = fv = None
    return d, gv, fv


def org_core(v):
    st = v['style']
    if v.get('osvc'):
        o = v['osvc']
        g, f = v.get('given') or '', v.get('family') or ''
        tpre = ' '.join(v.get('tpre') or []) if st['tdisp'] else ''
        nm = ' '.join(x for x in [tpre, g, f] if x)
        fn = ' '.join(x for x in [f, g] if x)
        t = o['trade']
        fm = o['fmt']
        if fm == 'n-t':
            return '%s - %s' % (nm, t)
        if fm == 'fn,t':
            return '%s, %s' % (fn, t[:1].lower() + t[1:])
        if fm == 't f':
            return '%s %s' % (t, f)
        if fm == 'fn-t':
            return '%s - %s' % (fn, t)
        return nm
    if v.get('prefix'):
        opts = PREFIX[v['prefix']]
        return opts[min(v['prefix_fmt'], len(opts) - 1)] + ' ' + v['name']
    return v['name']


def org_names(v):
    st = v['style']
    core = org_core(v)
    comp = core + (v.get('lf_s') or '') + (v.get('dept') or '') + (v.get('branch') or '')
    if v.get('ico_s'):
        comp += v['ico_s'].format(i=v['ico'])
    if v.get('osvc'):
        cg, cf, ct = v.get('given'), v.get('family'), v.get('tpre')
    elif v.get('contact'):
        cg, cf, ct = v['contact']['given'], v['contact']['family'], v['contact'].get('tpre')
    else:
        cg = cf = ct = None
    cname = ' '.join(x for x in [cg, cf] if x)
    od = st['odisp']
    if od == 'co_short':
        d = core
    elif od == 'contact' and cname:
        d = cname
    elif od == 'co_contact' and cname:
        d = comp + ' - ' + cname
    else:
        d = comp
    gv = fv = None
    if st['contact_shown'] and (cg or cf):
        gv, fv = cg, cf
        if st['title_in_given'] and ct and gv:
            gv = ' '.join(ct) + ' ' + gv
        if st['layout'] == 'swapped':
            gv, fv = fv, gv
        elif st['layout'] == 'family_full':
            fv = ' '.join(x for x in [cf, cg] if x)
            gv = None
    return d, gv, fv, comp


def render(v):
    st = v['style']
    c = {k: None for k in CONTACT_KEYS}
    if v['party'] == 'person':
        d, g, f = person_names(v)
        comp = None
        cw = v.get('company_wrong')
        if cw:
            comp = ' '.join(x for x in [v.get('given'), v.get('family')] if x) if cw == '@name' else cw
    else:
        d, g, f, comp = org_names(v)
    if st['disamb']:
        d = d + st['disamb']
    names = {'displayName': d, 'givenName': g, 'familyName': f, 'companyName': comp}
    for k in list(names):
        s = names[k]
        if s is None:
            continue
        s = apply_case(s, st['case'])
        if not st['acc']:
            s = strip_acc(s)
        if st['moj']:
            s = mojibake(s, st['moj'])
        names[k] = s or None
    c.update(names)
    if v['email']:
        es = []
        for e in v['email']:
            if st['email_case'] == 'upper':
                e = e.upper()
            elif st['email_case'] == 'cap':
                loc, _, dom = e.partition('@')
                e = '.'.join(x[:1].upper() + x[1:] for x in loc.split('.')) + '@' + dom[:1].upper() + dom[1:]
            es.append(e)
        c['email'] = st['email_sep'].join(es)
    if v['phone']:
        ps = []
        for p in v['phone']:
            s = fmt_phone(p['d'], p['f'])
            if p.get('ext'):
                s += ' kl. ' + p['ext']
            ps.append(s)
        c['phone'] = st['phone_sep'].join(ps)
    a = v['addr']
    if a is not None:
        P = PLACES[a['place']]
        if a.get('pobox'):
            l1 = POBOX_FMT[st['pobf']].format(n=a['pobox'])
        elif a.get('site'):
            l1 = a['site']
        elif st['l1_drop']:
            l1 = None
        else:
            l1 = fmt_line1(a, P, st)
        l2 = a.get('line2')
        city = city_fmt(P, st['cityf'])
        psc = P['psc']
        pf = st['pscf']
        if pf == 'nosp':
            psc = psc.replace(' ', '')
        elif pf == 'dash':
            psc = psc.replace(' ', '-')
        elif pf == 'cz':
            psc = 'CZ-' + psc
        elif pf == 'none':
            psc = None
        elif pf == 'incity':
            city = P['psc'] + ' ' + city
            psc = None
        if st['city_in_l1'] and l1:
            l1 = l1 + ', ' + P['city']
        if st['wrongf'] and l1 and comp:
            core = org_core(v) if v['party'] == 'org' else comp
            l2 = l1 if not l2 else l1 + ', ' + l2
            l1 = core
        reg = None if st['regf'] == 'none' else REGIONS[P['region']][REGF[st['regf']]]
        ctry = {'iso': 'CZ', 'cz': 'Česká republika', 'iso3': 'CZE', 'en': 'Czech Republic', 'cesko': 'Česko',
                'none': None}[st['ctryf']]
        ad = {'line1': l1, 'line2': l2, 'city': city, 'region': reg, 'postalCode': psc, 'country': ctry}
        for k in ADDR_KEYS:
            s = ad[k]
            if s is None:
                continue
            if st['addr_case'] == 'upper' and k in ('line1', 'line2', 'city'):
                s = s.upper()
            if not st['addr_acc']:
                s = strip_acc(s)
            if st['moj']:
                s = mojibake(s, st['moj'])
            ad[k] = s.strip() or None
        c['address'] = ad
    for k in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone'):
        if c[k] is not None:
            c[k] = c[k].strip() or None
    return c


def diff_fields(a, b):
    out = []
    for k in ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone']:
        if a.get(k) != b.get(k):
            out.append(k)
    aa, bb = a.get('address'), b.get('address')
    if (aa is None) != (bb is None):
        out.append('address')
    elif aa is not None:
        for k in ADDR_KEYS:
            if aa.get(k) != bb.get(k):
                out.append('address.' + k)
    return out


# =====================================================================================
# Edit context: every operation is applied through Ctx.apply, which renders, records which
# fields the operation changed (-> the change list) and reverts operations that would break
# what must be kept (shared identifiers, the town and a findable name for name+city records)
# =====================================================================================
class Ctx:
    def __init__(self, ent, v, base, keep=(), nc=False, forbid=(), occ1=False):
        self.ent, self.v, self.base = ent, v, base
        self.keep = list(keep)
        self.nc = nc
        self.forbid = list(forbid)
        self.occ1 = occ1
        self.prev = render(v)
        self.touch = {}
        self.base_city = city_base((base or {}).get('address', {}).get('city')) if base and base.get('address') else None
        self.name_changes = 0

    def may_kill(self, ident):
        return ident not in self.keep

    def guard(self, cur):
        if self.base is None:
            return True
        ev = evidence(self.base, cur)
        for k in self.keep:
            if k not in ev:
                return False
        for k in self.forbid:
            if k in ev:
                return False
        if self.nc:
            a = cur.get('address')
            if not a or city_base(a.get('city')) != self.base_city:
                return False
            if name_score(cur, self.base) < 0.6:
                return False
        return True

    def apply(self, what, fn):
        snap = copy.deepcopy(self.v)
        r = fn()
        if r is False:
            self.v.clear()
            self.v.update(snap)
            return False
        cur = render(self.v)
        if cur == self.prev or not self.guard(cur):
            self.v.clear()
            self.v.update(snap)
            return False
        fp, fc = flat_contact(self.prev), flat_contact(cur)
        for f in FIELDS:
            if fp[f] != fc[f]:
                self.touch.setdefault(f, []).append((what, fc[f]))
        self.prev = cur
        return True

    def changes(self):
        """field:what for exactly the fields that differ from the base record. For each field, the
        operations whose effect survives: the one that emptied it, or those since it was last (re)filled."""
        if self.base is None:
            return []
        out = []
        final = flat_contact(self.prev)
        for f in diff_fields(self.base, self.prev):
            seq = self.touch.get(f, [])
            if not seq:
                whats = ['reformatted']
            elif final[f] is None:
                whats = [seq[-1][0]]
            else:
                start = 0
                for j, (w, val) in enumerate(seq):
                    if val is None:
                        start = j + 1
                whats = []
                for w, _ in seq[start:]:
                    if w not in whats:
                        whats.append(w)
            for w in whats:
                out.append(f + ':' + w)
        return out


def flat_contact(c):
    d = {k: c.get(k) for k in ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone']}
    a = c.get('address')
    d['address'] = None if a is None else 'present'
    for k in ADDR_KEYS:
        d['address.' + k] = None if a is None else a.get(k)
    return d


def setst(v, **kw):
    ch = False
    for k, val in kw.items():
        if v['style'].get(k) != val:
            v['style'][k] = val
            ch = True
    return ch


def typo(s):
    if not s or len(s) < 3:
        return None
    for _ in range(30):
        i = rng.randrange(1, len(s))
        k = rng.random()
        t = None
        if k < 0.3 and i < len(s) - 1 and s[i] != s[i + 1] and s[i].isalpha() and s[i + 1].isalpha():
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif k < 0.5 and s[i].isalpha():
            t = s[:i] + s[i + 1:]
        elif k < 0.65 and s[i].isalpha():
            t = s[:i] + s[i] + s[i:]
        elif k < 0.85:
            ch = s[i]
            low = strip_acc(ch.lower())
            if low in KEYB:
                rep = rng.choice(KEYB[low])
                t = s[:i] + (rep.upper() if ch.isupper() else rep) + s[i + 1:]
        else:
            if strip_acc(s[i]) != s[i]:
                t = s[:i] + strip_acc(s[i]) + s[i + 1:]
        if t and t != s and len(t) >= 2:
            return t
    return None


def email_typo(e):
    loc, _, dom = e.partition('@')
    if dom in DOMAIN_TYPOS and chance(0.5):
        return loc + '@' + rng.choice(DOMAIN_TYPOS[dom])
    r = rng.random()
    if r < 0.15:
        return loc + dom if chance(0.5) else loc + '@@' + dom
    t = typo(loc)
    if t:
        t = strip_acc(t).lower()
        if t != loc:
            return t + '@' + dom
    return loc + '@' + dom.replace('.', ',', 1)


def phone_digit_off(d):
    for _ in range(20):
        i = rng.randrange(3, 9)
        if chance(0.5) and i < 8 and d[i] != d[i + 1]:
            t = d[:i] + d[i + 1] + d[i] + d[i + 2:]
        else:
            t = d[:i] + rng.choice([x for x in '0123456789' if x != d[i]]) + d[i + 1:]
        if t != d and t not in REG.phones:
            REG.phones.add(t)
            return t
    return None


def base_had(ctx, field):
    return ctx.base is not None and ctx.base.get(field) is not None


# ---------------------------------------------------------------- name operations
def op_typo_family(ctx):
    v = ctx.v
    if not v.get('family'):
        return False
    t = typo(v['family'])
    if not t:
        return False
    v['family'] = t


def op_typo_given(ctx):
    v = ctx.v
    if not v.get('given') or len(v['given']) < 4:
        return False
    t = typo(v['given'])
    if not t:
        return False
    v['given'] = t


def op_nickname(ctx):
    v, t = ctx.v, ctx.ent['t']
    nicks = NICKS.get(v.get('given') or '', []) or (t.get('nick') if v.get('given') == t.get('given') else [])
    if not nicks:
        return False
    v['given'] = rng.choice(nicks)


def op_initial(ctx):
    v = ctx.v
    g = v.get('given')
    if not g or len(g) < 3 or g.endswith('.'):
        return False
    v['given'] = g[0] + '.'


def op_given_drop(ctx):
    v = ctx.v
    if v['party'] != 'person' or not v.get('given') or not v.get('family'):
        return False
    v['given'] = None


def op_title_add(ctx):
    v = ctx.v
    if v.get('given') is None and v['party'] == 'person':
        return False
    if v.get('tpre') and v['style']['tdisp']:
        return False
    if not v.get('tpre'):
        tt = ctx.ent['t'].get('tpre') or []
        if not tt:
            if v['party'] != 'person':
                return False
            g = ctx.ent['t'].get('gender')
            tt = [rng.choice(['p.', 'pan'])] if g == 'm' else [rng.choice(['pí', 'paní'])]
        v['tpre'] = list(tt)
    v['style']['tdisp'] = True


def op_title_drop(ctx):
    v = ctx.v
    if not (v.get('tpre') or v.get('tpost')):
        return False
    if chance(0.5):
        v['tpre'], v['tpost'] = [], []
    else:
        v['style']['tdisp'] = False
        v['style']['title_in_given'] = False


def op_title_in_given(ctx):
    v = ctx.v
    if not v.get('tpre') and not (v.get('contact') or {}).get('tpre'):
        return False
    return setst(v, title_in_given=True)


def op_suffix_drop(ctx):
    v = ctx.v
    if not v.get('suffix'):
        return False
    v['suffix'] = None


def op_swap(ctx):
    return setst(ctx.v, layout='swapped')


def op_one_field(ctx):
    return setst(ctx.v, layout='family_full')


def op_name_order(ctx):
    v = ctx.v
    if v['party'] != 'person':
        return False
    return setst(v, disp=rng.choice(['fg', 'FG']) if v['style']['disp'] == 'gf' else 'gf')


def op_married(ctx):
    v = ctx.v
    if v['party'] != 'person' or ctx.ent['t'].get('gender') != 'f' or not v.get('family'):
        return False
    new = pick_family('f')
    if fold(new) == fold(v['family']):
        return False
    v['family'] = new if chance(0.75) else v['family'] + ' ' + new


def op_company_wrong(ctx):
    v = ctx.v
    if v['party'] != 'person' or v.get('company_wrong') or ctx.occ1:
        return False
    v['company_wrong'] = rng.choice(COMPANY_WRONG)


def op_case(ctx):
    st = ctx.v['style']
    opts = [m for m in ['upper', 'lower', 'title', 'as'] if m != st['case']]
    return setst(ctx.v, case=rng.choice(opts))


def op_accents(ctx):
    return setst(ctx.v, acc=False, addr_acc=False if chance(0.7) else ctx.v['style']['addr_acc'])


def op_mojibake(ctx, kind=None):
    return setst(ctx.v, moj=kind or rng.choice(['cp1250>cp1252', 'utf8>cp1250', 'utf8>cp1252', 'iso2>cp1252']))


# ---------------------------------------------------------------- organisation operations
def op_lf_variant(ctx):
    v = ctx.v
    k = v.get('lf_key')
    if v['party'] != 'org' or k not in LF:
        return False
    opts = [x for x in LF[k] if x != v.get('lf_s')]
    v['lf_s'] = rng.choice(opts)


def op_lf_drop(ctx):
    v = ctx.v
    if v['party'] != 'org' or not v.get('lf_s'):
        return False
    v['lf_s'] = ''


def op_ico_add(ctx):
    v = ctx.v
    if v['party'] != 'org' or v.get('ico_s') or v['kind'] in ('svj', 'bd'):
        return False
    v['ico_s'] = rng.choice(ICO_FMT)


def op_ico_drop(ctx):
    v = ctx.v
    if v['party'] != 'org' or not v.get('ico_s'):
        return False
    v['ico_s'] = None


def op_renamed(ctx):
    v, t = ctx.v, ctx.ent['t']
    if v['party'] != 'org' or not t.get('alt_name') or v.get('name') == t['alt_name'] or ctx.nc:
        return False
    v['name'] = t['alt_name']


def op_branch(ctx):
    v, t = ctx.v, ctx.ent['t']
    if v['party'] != 'org' or not t.get('branch') or not ctx.may_kill('address') or ctx.nc:
        return False
    v['branch'] = rng.choice([' - ', ', ', ' ']) + t['branch']['label']
    v['addr'] = copy.deepcopy(t['branch']['addr'])


def op_dept(ctx):
    v, t = ctx.v, ctx.ent['t']
    if v['party'] != 'org' or not t.get('depts') or v.get('dept'):
        return False
    v['dept'] = rng.choice([', ', ' - ', ' ']) + rng.choice(t['depts'])


def op_abbr(ctx):
    v = ctx.v
    if v['party'] != 'org' or not v.get('prefix'):
        return False
    n = len(PREFIX[v['prefix']])
    opts = [i for i in range(n) if i != v['prefix_fmt']]
    v['prefix_fmt'] = rng.choice(opts)


def op_trade_fmt(ctx):
    v = ctx.v
    if not v.get('osvc'):
        return False
    opts = [f for f in ['n-t', 'fn,t', 't f', 'n', 'fn-t'] if f != v['osvc']['fmt']]
    v['osvc']['fmt'] = rng.choice(opts)


def op_contact_changed(ctx):
    v, t = ctx.v, ctx.ent['t']
    if v['party'] != 'org' or v.get('osvc'):
        return False
    cur = v.get('contact')
    others = [c for c in t.get('contacts', []) if not cur or (c['given'], c['family']) != (cur['given'], cur['family'])]
    if not others:
        c = make_person_core(titled=0.15)
        t.setdefault('contacts', []).append(c)
        others = [c]
    v['contact'] = copy.deepcopy(rng.choice(others))
    v['style']['contact_shown'] = True


def op_contact_drop(ctx):
    return setst(ctx.v, contact_shown=False)


def op_contact_add(ctx):
    v, t = ctx.v, ctx.ent['t']
    if v['party'] != 'org':
        return False
    if not v.get('osvc') and not v.get('contact'):
        if not t.get('contacts'):
            t['contacts'] = [make_person_core(titled=0.15)]
        v['contact'] = copy.deepcopy(t['contacts'][0])
    v['style']['contact_shown'] = True


def op_typo_org(ctx):
    v = ctx.v
    if v['party'] != 'org' or v.get('osvc') or v.get('prefix'):
        return False
    t = typo(v['name'])
    if not t:
        return False
    v['name'] = t


def op_odisp(ctx):
    v = ctx.v
    if v['party'] != 'org':
        return False
    opts = [o for o in ['co', 'co_short', 'contact', 'co_contact'] if o != v['style']['odisp']]
    return setst(v, odisp=rng.choice(opts))


# ---------------------------------------------------------------- e-mail
def alt_email(ctx):
    t = ctx.ent['t']
    if ctx.ent['party'] == 'person' or t.get('osvc'):
        g, f = t.get('given') or 'x', t.get('family') or 'y'
        if chance(0.15) and ctx.ent['party'] == 'person':
            return family_email(f, PLACES[t['place']]['city'])
        return person_email(g, f)
    if t.get('domain') and chance(0.8):
        c = (ctx.v.get('contact') or (t['contacts'][0] if t.get('contacts') else None))
        locs = ['fakturace', 'obchod', 'kancelar', 'objednavky', 'nakup', 'ucetni', 'info']
        if c:
            locs += [asciiname(c['family']), asciiname(c['given']) + '.' + asciiname(c['family'])]
        return domain_mail(t['domain'], rng.choice(locs))
    c = t['contacts'][0] if t.get('contacts') else make_person_core()
    return person_email(c['given'], c['family'])


def op_email_case(ctx):
    v = ctx.v
    if not v['email']:
        return False
    return setst(v, email_case=rng.choice(['cap', 'upper']) if v['style']['email_case'] == 'as' else 'as')


def op_email_typo(ctx):
    v = ctx.v
    if not v['email'] or not ctx.may_kill('email'):
        return False
    e = email_typo(v['email'][0])
    if not e or e == v['email'][0]:
        return False
    v['email'][0] = e


def op_email_new(ctx):
    v = ctx.v
    if not v['email'] or not ctx.may_kill('email'):
        return False
    v['email'] = [alt_email(ctx)]


def op_email_drop(ctx):
    v = ctx.v
    if not v['email'] or not ctx.may_kill('email'):
        return False
    v['email'] = []


def op_email_add(ctx):
    v, t = ctx.v, ctx.ent['t']
    if v['email']:
        return False
    if not base_had(ctx, 'email') and t.get('email'):
        v['email'] = [t['email']]
    else:
        v['email'] = [alt_email(ctx)]


def op_email_second(ctx):
    v = ctx.v
    if len(v['email']) != 1:
        return False
    v['email'].append(alt_email(ctx))
    v['style']['email_sep'] = rng.choice(['; ', ', ', ' '])


# ---------------------------------------------------------------- phone
def op_phone_fmt(ctx, fmt=None):
    v = ctx.v
    if not v['phone']:
        return False
    for p in v['phone']:
        p['f'] = fmt or rng.choice([f for f in PHONE_FMTS if f != p['f']])
        if p['f'] == 'mob' and p['d'][0] in '2345':
            p['f'] = 'tel'


def op_phone_digit(ctx):
    v = ctx.v
    if not v['phone'] or not ctx.may_kill('phone'):
        return False
    d = phone_digit_off(v['phone'][0]['d'])
    if not d:
        return False
    v['phone'] = [{'d': d, 'f': v['phone'][0]['f'], 'ext': None}]


def new_phone_for(ctx):
    t = ctx.ent['t']
    if ctx.ent['party'] == 'org' and chance(0.5):
        return new_landline(PLACES[t['place']]['area'])
    return new_mobile()


def op_phone_new(ctx):
    v, t = ctx.v, ctx.ent['t']
    if not v['phone'] or not ctx.may_kill('phone'):
        return False
    cur = v['phone'][0]['d']
    if t.get('phone2') and t['phone2'] != cur and not (ctx.base and t['phone2'] in phone_set(ctx.base.get('phone'))) \
            and chance(0.5):
        d = t['phone2']
    else:
        d = new_phone_for(ctx)
    v['phone'] = [{'d': d, 'f': v['phone'][0]['f'], 'ext': None}]


def op_phone_drop(ctx):
    v = ctx.v
    if not v['phone'] or not ctx.may_kill('phone'):
        return False
    v['phone'] = []


def op_phone_add(ctx):
    v, t = ctx.v, ctx.ent['t']
    if v['phone']:
        return False
    if not base_had(ctx, 'phone') and t.get('phone'):
        d = t['phone']
    else:
        d = new_phone_for(ctx)
    v['phone'] = [{'d': d, 'f': rng.choice(PHONE_FMTS[:4]), 'ext': None}]


def op_phone_second(ctx):
    v, t = ctx.v, ctx.ent['t']
    if len(v['phone']) != 1:
        return False
    d = t.get('phone2') if t.get('phone2') and t['phone2'] != v['phone'][0]['d'] else new_phone_for(ctx)
    if ctx.base and d in phone_set(ctx.base.get('phone')) and 'phone' not in ctx.keep:
        d = new_phone_for(ctx)
    v['phone'].append({'d': d, 'f': v['phone'][0]['f'], 'ext': None})
    v['style']['phone_sep'] = rng.choice([', ', '; ', ' nebo ', ', '])


def op_phone_ext(ctx):
    v = ctx.v
    if v['party'] != 'org' or not v['phone'] or v['phone'][0].get('ext') or v['phone'][0]['d'][0] not in '2345':
        return False
    v['phone'][0]['ext'] = str(rng.randint(11, 250))


# ---------------------------------------------------------------- address
def op_addr_l1fmt(ctx):
    v = ctx.v
    if not v['addr'] or v['addr'].get('site') or v['addr'].get('pobox'):
        return False
    opts = [x for x in ['full', 'co_only', 'cp_only', 'ul', 'cp_prefix'] if x != v['style']['l1']]
    return setst(v, l1=rng.choice(opts))


def op_addr_abbr(ctx):
    v = ctx.v
    if not v['addr'] or not v['addr'].get('street'):
        return False
    if abbr_street(v['addr']['street']) == v['addr']['street']:
        return False
    return setst(v, abbr=not v['style']['abbr'])


def op_addr_psc(ctx):
    v = ctx.v
    if not v['addr']:
        return False
    opts = [x for x in ['sp', 'nosp', 'dash', 'cz', 'none', 'incity'] if x != v['style']['pscf']]
    return setst(v, pscf=rng.choice(opts))


def op_addr_city(ctx):
    v = ctx.v
    if not v['addr'] or PLACES[v['addr']['place']]['kind'] not in ('brno', 'praha'):
        return False
    opts = [x for x in ['plain', 'district', 'district_sp'] if x != v['style']['cityf']]
    return setst(v, cityf=rng.choice(opts))


def op_addr_region(ctx):
    v = ctx.v
    if not v['addr']:
        return False
    opts = [x for x in ['full', 'abbr', 'noacc', 'en', 'none'] if x != v['style']['regf']]
    return setst(v, regf=rng.choice(opts))


def op_addr_country(ctx):
    v = ctx.v
    if not v['addr']:
        return False
    opts = [x for x in ['iso', 'cz', 'iso3', 'en', 'cesko', 'none'] if x != v['style']['ctryf']]
    return setst(v, ctryf=rng.choice(opts))


def op_addr_case(ctx):
    v = ctx.v
    if not v['addr']:
        return False
    return setst(v, addr_case='upper' if v['style']['addr_case'] == 'as' else 'as')


def op_addr_acc(ctx):
    v = ctx.v
    if not v['addr']:
        return False
    return setst(v, addr_acc=not v['style']['addr_acc'])


def op_addr_moved(ctx):
    v, t = ctx.v, ctx.ent['t']
    if not v['addr'] or not ctx.may_kill('address') or ctx.nc:
        return False
    P = PLACES[t['place']]
    if chance(0.5):
        pi = pick_place(PERSON_KW, region=[P['region']])
    else:
        pi = pick_place(PERSON_KW if ctx.ent['party'] == 'person' else ORG_KW)
    v['addr'] = new_addr(pi)


def op_addr_moved_town(ctx):
    v = ctx.v
    if not v['addr'] or not ctx.may_kill('address'):
        return False
    v['addr'] = new_addr(v['addr']['place'])


def op_addr_second_home(ctx):
    v, t = ctx.v, ctx.ent['t']
    if not t.get('addr2') or not ctx.may_kill('address') or ctx.nc:
        return False
    v['addr'] = copy.deepcopy(t['addr2'])


def op_addr_site(ctx):
    v, t = ctx.v, ctx.ent['t']
    if not ctx.may_kill('address') or ctx.nc:
        return False
    if ctx.ent['party'] == 'person':
        if not t.get('site'):
            return False
        v['addr'] = copy.deepcopy(t['site'])
    else:
        if ctx.ent['kind'] not in ('sro', 'as', 'osvc', 'group', 'vos', 'ks'):
            return False
        v['addr'] = site_addr(pick_place(ORG_KW), False)


def op_addr_pobox(ctx):
    v = ctx.v
    if v['party'] != 'org' or not v['addr'] or not ctx.may_kill('address') or v['addr'].get('pobox'):
        return False
    v['addr']['pobox'] = rng.randint(2, 180)
    v['style']['pobf'] = rng.randrange(len(POBOX_FMT))


def op_addr_drop(ctx):
    v = ctx.v
    if not v['addr'] or not ctx.may_kill('address') or ctx.nc:
        return False
    v['addr'] = None


def op_addr_l1_drop(ctx):
    v = ctx.v
    if not v['addr'] or not ctx.may_kill('address') or v['addr'].get('pobox') or v['addr'].get('site'):
        return False
    return setst(v, l1_drop=True)


def op_addr_add(ctx):
    v, t = ctx.v, ctx.ent['t']
    if v['addr']:
        return False
    if not base_had(ctx, 'address') and t.get('addr'):
        v['addr'] = copy.deepcopy(t['addr'])
    else:
        v['addr'] = new_addr(t['place'])
    v['style']['l1_drop'] = False


def op_addr_line2(ctx):
    v = ctx.v
    if not v['addr'] or v['addr'].get('line2'):
        return False
    t = ctx.ent['t']
    opts = []
    if v['party'] == 'org':
        opts += ['IČ: {i}'.format(i=t['ico']), 'IČO {i}, DIČ CZ{i}'.format(i=t['ico']), 'DIČ: CZ{i}'.format(i=t['ico'])]
        if t.get('contacts'):
            c = t['contacts'][0]
            opts.append('k rukám ' + c['given'] + ' ' + c['family'])
        opts += ['sklad', 'kancelář ve dvoře', 'vjezd ze dvora', 'areál ' + (t.get('name') or '')[:20]]
    else:
        opts += ['zvonek ' + (t.get('family') or ''), 'vchod ze dvora', 'za garáží', 'RD vedle hospody',
                 'volat předem', 'dodávka na stavbu']
    v['addr']['line2'] = rng.choice(opts).strip()


def op_addr_wrongf(ctx):
    v = ctx.v
    if v['party'] != 'org' or not v['addr'] or v['kind'] in ('svj', 'bd') or v['addr'].get('pobox'):
        return False
    return setst(v, wrongf=True)


def op_addr_city_in_l1(ctx):
    v = ctx.v
    if not v['addr'] or v['style']['l1_drop'] or not v['addr'].get('street'):
        return False
    return setst(v, city_in_l1=True)


# =====================================================================================
# Source habits: what each upstream system does to a customer record
# =====================================================================================
def habits(ctx, source):
    v, A = ctx.v, ctx.apply
    person = v['party'] == 'person'
    A('disambiguation_dropped', lambda: setst(v, disamb=None))
    if source == 'eshop_shoptet':
        # Shoptet order export: the customer types the billing name; e-mail and phone are mandatory.
        if person:
            A('source_format', lambda: setst(v, disp='gf', tdisp=False, sdisp=False, layout='normal',
                                             title_in_given=False))
            if chance(0.06):
                A('title_in_given', lambda: op_title_in_given(ctx))
            if chance(0.05):
                A('filled_wrongly', lambda: op_company_wrong(ctx))
        else:
            A('contact_added', lambda: op_contact_add(ctx))
            A('source_format', lambda: setst(v, odisp=rng.choice(['co', 'co', 'contact']), title_in_given=False,
                                             layout='normal'))
        r = rng.random()
        if r < 0.10:
            A('case', lambda: setst(v, case='lower'))
        elif r < 0.15:
            A('case', lambda: setst(v, case='upper'))
        if chance(0.08):
            A('accents_dropped', lambda: setst(v, acc=False, addr_acc=False))
        if chance(0.06):
            A('mojibake', lambda: op_mojibake(ctx, 'utf8>cp1250'))
        A('added', lambda: op_email_add(ctx))
        if chance(0.92):
            A('added', lambda: op_phone_add(ctx))
        f = rng.choice(['intl', 'intl', 'intl_sp', 'plain'])
        A('format', lambda: op_phone_fmt(ctx, f))
        A('added', lambda: op_addr_add(ctx))
        A('postcode_format', lambda: setst(v, pscf=rng.choice(['nosp', 'nosp', 'sp'])))
        A('region_format', lambda: setst(v, regf='none'))
        A('country_format', lambda: setst(v, ctryf=rng.choice(['iso', 'iso', 'cz'])))
        A('city_format', lambda: setst(v, cityf='plain'))
        if chance(0.1):
            A('note_added', lambda: op_addr_line2(ctx))
    elif source == 'pokladna':
        # POS at the Brno and Olomouc counters: typed in a hurry, surname first, CAPS, no háčky.
        if person:
            A('source_format', lambda: setst(v, disp=rng.choice(['FG', 'fg', 'fg']), tdisp=False,
                                             sdisp=chance(0.6)))
            r = rng.random()
            if r < 0.3:
                A('one_field', lambda: setst(v, layout='family_full'))
            elif r < 0.45:
                A('names_dropped', lambda: setst(v, layout='none'))
        else:
            A('source_format', lambda: setst(v, odisp='co', contact_shown=chance(0.35)))
            if v.get('lf_key') == 'sro' and chance(0.6):
                A('legal_form', lambda: (v.__setitem__('lf_s', rng.choice([' SRO', ' sro', ' s.r.o.', ' s.r.o']))))
            if chance(0.45) and v['kind'] not in ('svj', 'bd'):
                A('ico_added', lambda: v.__setitem__('ico_s', rng.choice([' IC {i}', ' IČ {i}', ', IČ: {i}'])))
        if chance(0.7):
            A('case', lambda: setst(v, case='upper'))
        if chance(0.6):
            A('accents_dropped', lambda: setst(v, acc=False, addr_acc=False))
        if chance(0.4):
            A('case', lambda: op_addr_case(ctx) if v['style']['addr_case'] == 'as' else False)
        if chance(0.6):
            A('dropped', lambda: op_email_drop(ctx))
        A('format', lambda: op_phone_fmt(ctx, rng.choice(['plain', 'plain', 'sp3'])))
        r = rng.random()
        if r < 0.12:
            A('dropped', lambda: op_addr_drop(ctx))
        elif r < 0.38:
            A('street_dropped', lambda: op_addr_l1_drop(ctx))
        A('postcode_format', lambda: setst(v, pscf=rng.choice(['nosp', 'nosp', 'none'])))
        A('region_format', lambda: setst(v, regf='none'))
        A('country_format', lambda: setst(v, ctryf='none' if chance(0.8) else 'iso'))
    elif source == 'money_olomouc':
        # Money S3 of the Olomouc branch, exported as Windows-1250 CSV and read as Windows-1252.
        if person:
            if chance(0.5):
                A('name_order', lambda: setst(v, disp='fg'))
        else:
            A('source_format', lambda: setst(v, odisp='co', contact_shown=True))
            if v.get('lf_key') == 'sro' and chance(0.4):
                A('legal_form', lambda: v.__setitem__('lf_s', rng.choice([', spol. s r.o.', ' spol. s r.o.',
                                                                          ', s.r.o.'])))
        r = rng.random()
        if r < 0.30:
            A('mojibake', lambda: op_mojibake(ctx, 'cp1250>cp1252'))
        elif r < 0.36:
            A('mojibake', lambda: op_mojibake(ctx, 'iso2>cp1252'))
        A('format', lambda: op_phone_fmt(ctx, 'pairs' if v['phone'] and v['phone'][0]['d'][0] in '2345'
                                         else rng.choice(['sp3', 'sp3', 'intl_sp'])))
        A('postcode_format', lambda: setst(v, pscf='nosp' if chance(0.6) else 'sp'))
        A('country_format', lambda: setst(v, ctryf='cz' if chance(0.6) else 'none'))
        A('region_format', lambda: setst(v, regf='none' if chance(0.8) else 'full'))
        if chance(0.5):
            A('city_format', lambda: op_addr_city(ctx))
        if chance(0.15):
            A('dropped', lambda: op_email_drop(ctx))
    elif source == 'crm_obchodnici':
        # Sales reps' Excel / Outlook contacts: contact persons, titles, construction sites.
        if person:
            A('source_format', lambda: setst(v, disp='gf', tdisp=True))
            if chance(0.3):
                A('title_added', lambda: op_title_add(ctx))
            if chance(0.15):
                A('building_site', lambda: op_addr_site(ctx))
        else:
            A('source_format', lambda: setst(v, odisp=wpick([('co', 6), ('co_contact', 2), ('co_short', 2)])[0],
                                             contact_shown=True))
            A('contact_added', lambda: op_contact_add(ctx))
            if chance(0.25):
                A('contact_changed', lambda: op_contact_changed(ctx))
            if chance(0.4):
                A('legal_form', lambda: op_lf_variant(ctx))
            if chance(0.25):
                A('new', lambda: op_email_new(ctx))
            if chance(0.25):
                A('new', lambda: op_phone_new(ctx))
            if chance(0.10):
                A('building_site', lambda: op_addr_site(ctx))
            elif chance(0.10):
                A('branch', lambda: op_branch(ctx))
            if chance(0.15):
                A('note_added', lambda: op_addr_line2(ctx))
        A('format', lambda: op_phone_fmt(ctx, rng.choice(['sp3', 'sp3', 'intl_sp', 'dash', 'mob'])))
        if chance(0.2):
            A('region_format', lambda: setst(v, regf='abbr'))
        if chance(0.1):
            A('second_added', lambda: op_email_second(ctx))
    else:
        raise ValueError(source)
    # habits that follow the customer rather than the system
    t = ctx.ent['t']
    if ctx.ent['kind'] == 'chalupar' and t.get('addr2') and source != 'money_olomouc' and chance(0.35):
        A('second_home', lambda: op_addr_second_home(ctx))
    if v['party'] == 'org' and t.get('branch') and chance(0.25):
        A('branch', lambda: op_branch(ctx))
    if t.get('depts') and chance(0.35):
        A('department', lambda: op_dept(ctx))
    if t.get('alt_name') and chance(0.2):
        A('renamed', lambda: op_renamed(ctx))


def choose_source(ent):
    t = ent['t']
    region = PLACES[t['place']]['region']
    if ent['party'] == 'person':
        w = [('eshop_shoptet', 50), ('pokladna', 30), ('crm_obchodnici', 8), ('money_olomouc', 6)]
        if region == 'OLK':
            w = [('eshop_shoptet', 35), ('pokladna', 20), ('crm_obchodnici', 8), ('money_olomouc', 37)]
    else:
        w = [('eshop_shoptet', 18), ('pokladna', 27), ('crm_obchodnici', 38), ('money_olomouc', 12)]
        if region in ('OLK', 'ZLK'):
            w = [('eshop_shoptet', 12), ('pokladna', 13), ('crm_obchodnici', 25), ('money_olomouc', 50)]
    return wpick(w)[0]


# =====================================================================================
# Noise profiles
# =====================================================================================
NOISE = [
    # function, what, weight, name-change class
    (op_typo_family, 'typo', 6, 'light'), (op_typo_given, 'typo', 3, 'light'), (op_nickname, 'nickname', 5, 'light'),
    (op_initial, 'initial', 2, 'light'), (op_given_drop, 'given_dropped', 1, 'heavy'),
    (op_title_add, 'title_added', 3, None), (op_title_drop, 'title_dropped', 3, None),
    (op_title_in_given, 'title_in_given', 1, None), (op_suffix_drop, 'suffix_dropped', 2, None),
    (op_swap, 'swapped', 2, None), (op_one_field, 'one_field', 2, None), (op_name_order, 'name_order', 3, None),
    (op_married, 'married_name', 2, 'heavy'), (op_company_wrong, 'filled_wrongly', 2, None),
    (op_case, 'case', 5, None), (op_accents, 'accents_dropped', 5, None), (op_mojibake, 'mojibake', 2, None),
    (op_lf_variant, 'legal_form', 6, None), (op_lf_drop, 'legal_form_dropped', 3, None),
    (op_ico_add, 'ico_added', 3, None), (op_ico_drop, 'ico_dropped', 2, None), (op_renamed, 'renamed', 2, 'heavy'),
    (op_branch, 'branch', 2, None), (op_dept, 'department', 3, 'light'), (op_abbr, 'abbreviation', 3, 'light'),
    (op_trade_fmt, 'trade_format', 3, 'light'), (op_contact_changed, 'contact_changed', 4, None),
    (op_contact_drop, 'contact_dropped', 2, None), (op_contact_add, 'contact_added', 2, None),
    (op_typo_org, 'typo', 3, 'light'), (op_odisp, 'display_format', 2, None),
    (op_email_case, 'case', 2, None), (op_email_typo, 'typo', 3, None), (op_email_new, 'new', 5, None),
    (op_email_drop, 'dropped', 3, None), (op_email_add, 'added', 2, None), (op_email_second, 'second_added', 1, None),
    (op_phone_fmt, 'format', 6, None), (op_phone_digit, 'digit_off', 3, None), (op_phone_new, 'new', 4, None),
    (op_phone_drop, 'dropped', 3, None), (op_phone_add, 'added', 2, None), (op_phone_second, 'second_added', 2, None),
    (op_phone_ext, 'extension', 1, None),
    (op_addr_l1fmt, 'street_format', 4, None), (op_addr_abbr, 'street_abbreviation', 2, None),
    (op_addr_psc, 'postcode_format', 4, None), (op_addr_city, 'city_format', 2, None),
    (op_addr_region, 'region_format', 3, None), (op_addr_country, 'country_format', 3, None),
    (op_addr_case, 'case', 1, None), (op_addr_acc, 'accents_dropped', 2, None), (op_addr_moved, 'moved', 4, None),
    (op_addr_second_home, 'second_home', 3, None), (op_addr_site, 'building_site', 2, None),
    (op_addr_pobox, 'po_box', 1, None), (op_addr_drop, 'dropped', 2, None), (op_addr_l1_drop, 'street_dropped', 2, None),
    (op_addr_add, 'added', 1, None), (op_addr_line2, 'note_added', 2, None), (op_addr_wrongf, 'wrong_field', 1, None),
    (op_addr_city_in_l1, 'city_in_street', 1, None),
]
PROFILE_N = {'light': (1, 2), 'medium': (3, 4), 'harsh': (5, 7)}


def run_noise(ctx, n):
    applied, tries, light_used = 0, 0, 0
    used = []
    while applied < n and tries < 80:
        tries += 1
        fn, what, w, cls = wpick(NOISE, w=lambda e: e[2])
        if fn in used:
            continue
        if ctx.nc and (cls == 'heavy' or (cls == 'light' and light_used >= 1)):
            continue
        if ctx.apply(what, lambda: fn(ctx)):
            used.append(fn)
            applied += 1
            if cls == 'light':
                light_used += 1
    return applied


NC_KILLS = {
    'email': [(op_email_new, 'new', 5), (op_email_drop, 'dropped', 3), (op_email_typo, 'typo', 2)],
    'phone': [(op_phone_new, 'new', 4), (op_phone_drop, 'dropped', 4), (op_phone_digit, 'digit_off', 2)],
    'address': [(op_addr_moved_town, 'moved_in_town', 5), (op_addr_l1_drop, 'street_dropped', 3),
                (op_addr_pobox, 'po_box', 1)],
}


def present_ids(c):
    out = []
    if email_set(c.get('email')):
        out.append('email')
    if phone_set(c.get('phone')):
        out.append('phone')
    if addr_key(c.get('address')):
        out.append('address')
    return out


def make_variant(ent, base_view, base_contact, source, profile, mode):
    """mode: 'id' (must share an identifier) or 'nc' (shares none; same town; findable by name)."""
    present = present_ids(base_contact)
    for attempt in range(60):
        v = copy.deepcopy(base_view)
        if mode == 'id':
            if profile == 'light' or len(present) == 1:
                keep = list(present)
            elif profile == 'medium':
                keep = rng.sample(present, len(present) - 1)
            else:
                keep = rng.sample(present, 1)
            if attempt > 30:
                keep = list(present)
            ctx = Ctx(ent, v, base_contact, keep=keep)
        else:
            ctx = Ctx(ent, v, base_contact, keep=(), nc=True)
            ok = True
            for ident in present:
                opts = [o for o in NC_KILLS[ident]]
                done = False
                for _ in range(8):
                    fn, what, _w = wpick(opts)
                    if ctx.apply(what, lambda: fn(ctx)):
                        done = True
                        break
                ok = ok and done
            if not ok:
                continue
        habits(ctx, source)
        lo, hi = PROFILE_N[profile]
        n = rng.randint(lo, hi)
        if attempt > 40:
            n = 1
        run_noise(ctx, n)
        c = ctx.prev
        ev = evidence(base_contact, c)
        if mode == 'id':
            if not ev:
                continue
        else:
            if ev:
                continue
            a = c.get('address')
            if not a or city_base(a.get('city')) != ctx.base_city or name_score(c, base_contact) < 0.6:
                continue
        if c == base_contact:
            continue
        return v, c, ctx.changes(), ev
    return None


# =====================================================================================
# Hard negatives: another customer under the business's rules, built from an anchor
# =====================================================================================
HN_REQ = {
    # type: (required shares, at least one of, forbidden shares)
    'private_vs_osvc': (['name'], ['email', 'phone', 'address'], []),
    'osvc_vs_private': (['name'], ['email', 'phone', 'address'], []),
    'osvc_founded_sro': ([], ['email', 'phone', 'address'], []),
    'svj_of_spravce': ([], ['email', 'phone'], []),
    'svj_sibling': (['city'], ['email', 'phone'], []),
    'group_sister': (['stem'], ['email', 'phone', 'address'], []),
    'father_son': (['name', 'address'], [], []),
    'spouse': (['family', 'address'], [], []),
    'household_relative': (['family', 'address'], [], []),
    'same_name_other_town': (['name'], [], ['email', 'phone', 'address', 'city']),
    'employee_private': ([], ['email', 'phone'], []),
    'successor_at_address': (['address'], [], []),
    'municipal_org': (['stem', 'city'], [], []),
    'osvc_namesake_ico': (['name'], [], ['email', 'phone', 'address']),
    'firm_stem': (['stem'], [], ['email', 'phone', 'address']),
}
ENT_BY_ID = {}
INST_USED = set()


def person_core_of(t):
    return {'gender': t.get('gender') or 'm', 'given': t['given'], 'family': t['family'],
            'tpre': list(t.get('tpre') or []), 'tpost': list(t.get('tpost') or []), 'suffix': None}


def share_some(hn_t, an_t, a_contact, probs, need_one=True):
    """Copy identifiers of the anchor into the hard negative's truth with the given probabilities."""
    avail = present_ids(a_contact)
    chosen = [k for k in ['email', 'phone', 'address'] if k in avail and chance(probs.get(k, 0))]
    if need_one and not chosen and avail:
        cand = [k for k in ['email', 'phone', 'address'] if k in avail and probs.get(k, 0) > 0]
        if cand:
            chosen = [rng.choice(cand)]
    for k in chosen:
        if k == 'email':
            hn_t['email'] = an_t['email']
        elif k == 'phone':
            hn_t['phone'] = an_t['phone']
        else:
            hn_t['addr'] = copy.deepcopy(an_t['addr'])
    return chosen


def hn_build(htype, a, a_contact):
    """Return (hn entity, keep list). The anchor's truth is a['t']."""
    at = a['t']
    if htype == 'private_vs_osvc':
        e = make_person_entity('homeowner', 'hn', pi=at['place'], core=person_core_of(at))
        keep = share_some(e['t'], at, a_contact, {'email': 0.3, 'phone': 0.6, 'address': 0.6})
    elif htype == 'osvc_vs_private':
        e = make_osvc_entity('hn', pi=at['place'], core=person_core_of(at))
        keep = share_some(e['t'], at, a_contact, {'email': 0.25, 'phone': 0.6, 'address': 0.65})
    elif htype == 'osvc_founded_sro':
        f = at['family']
        w = at['osvc']['trade'].split()[0]
        wshort = {'Instalatérství': 'Instal', 'Topenářství': 'Topení', 'Zednictví': 'Stavby', 'Stavební': 'Stavby',
                  'Tesařství': 'Tesařství', 'Pokrývačství': 'Střechy', 'Klempířství': 'Klempíř'}.get(w, 'Stavby')
        nm = unique_org_name(lambda: rng.choice(['{f} {w}', '{w} {f}', '{f} & syn', '{f} {w} {c}', '{F}TEAM',
                                                  '{f} - {w}']).format(
            f=f if at.get('gender') == 'm' else other_gender_family(f), w=wshort, c=PLACES[at['place']]['city'],
            F=strip_acc(other_gender_family(f) if at.get('gender') == 'f' else f).upper()[:6]))
        e = make_firm_entity('sro', 'hn', pi=at['place'], name=nm)
        e['t']['contacts'] = [person_core_of(at)] + e['t']['contacts'][:1]
        e['t']['alt_name'] = None
        e['t']['branch'] = None
        keep = share_some(e['t'], at, a_contact, {'email': 0.35, 'phone': 0.7, 'address': 0.5})
    elif htype == 'svj_of_spravce':
        e = make_svj_entity('hn', spravce=a, pi=at['place'] if PLACES[at['place']]['kind'] != 'village' else None,
                            bd=chance(0.15))
        keep = [k for k in ['email', 'phone'] if k in present_ids(a_contact)]
    elif htype == 'svj_sibling':
        sp = ENT_BY_ID[at['spravce']]
        street = at['addr']['street'] if chance(0.55) else None
        e = make_svj_entity('hn', spravce=sp, pi=at['place'], street=street, bd=(a['kind'] == 'bd'))
        e['t']['prefix_fmt'] = at['prefix_fmt'] if chance(0.6) else e['t']['prefix_fmt']
        keep = [k for k in ['email', 'phone'] if k in present_ids(a_contact)]
    elif htype == 'group_sister':
        g = at['group']
        suf = g['unused'].pop(0)
        nm = g['stem'] + ' ' + suf
        REG.org_names.add(fold(nm))
        e = make_firm_entity('group', 'hn', pi=at['place'], name=nm)
        e['t']['email'], e['t']['phone'], e['t']['domain'] = g['mail'], g['phone'], None
        e['t']['alt_name'] = None
        e['t']['branch'] = None
        if chance(0.7):
            e['t']['addr'] = copy.deepcopy(g['addr'])
        e['t']['group'] = g
        keep = [k for k in ['email', 'phone'] if k in present_ids(a_contact)
                and (k != 'email' or a_contact.get('email') and g['mail'] in email_set(a_contact['email']))
                and (k != 'phone' or g['phone'] in phone_set(a_contact.get('phone')))]
    elif htype == 'father_son':
        core = person_core_of(at)
        core['tpre'] = [] if chance(0.6) else core['tpre']
        e = make_person_entity('household', 'hn', pi=at['place'], core=core)
        e['t']['suffix'] = 'st.' if at.get('suffix') == 'ml.' else ('ml.' if chance(0.75) else 'st.')
        e['t']['addr'] = copy.deepcopy(at['addr'])
        keep = ['address']
    elif htype == 'spouse':
        g = 'f' if at['gender'] == 'm' else 'm'
        core = make_person_core(g, family=other_gender_family(at['family']))
        e = make_person_entity(a['kind'] if a['kind'] != 'chalupar' else 'household', 'hn', pi=at['place'], core=core)
        e['t']['addr'] = copy.deepcopy(at['addr'])
        keep = ['address']
        if a_contact.get('email') and family_plural(at['family'])[:4] in (a_contact.get('email') or '') and chance(0.8):
            e['t']['email'] = at['email']
            keep.append('email')
        elif at.get('phone2') and chance(0.6):
            e['t']['phone2'] = at['phone2']
    elif htype == 'household_relative':
        g = 'm' if chance(0.5) else 'f'
        fam = at['family'] if g == at['gender'] else other_gender_family(at['family'])
        for _ in range(20):
            core = make_person_core(g, family=fam)
            if core['given'] != at['given']:
                break
        e = make_person_entity('household', 'hn', pi=at['place'], core=core)
        e['t']['addr'] = copy.deepcopy(at['addr'])
        keep = ['address']
    elif htype == 'same_name_other_town':
        core = person_core_of(at)
        pi = pick_place(PERSON_KW, exclude_cb={city_base(PLACES[at['place']]['city'])})
        e = make_person_entity(rng.choice(['homeowner', 'household']), 'hn', pi=pi, core=core)
        keep = []
    elif htype == 'employee_private':
        c = at['contacts'][0]
        pi = pick_place(PERSON_KW, region=[PLACES[at['place']]['region']])
        core = {'gender': c.get('gender') or 'm', 'given': c['given'], 'family': c['family'],
                'tpre': list(c.get('tpre') or []), 'tpost': [], 'suffix': None}
        e = make_person_entity('homeowner', 'hn', pi=pi, core=core)
        av = present_ids(a_contact)
        keep = []
        if 'phone' in av and (at['phone'][0] in '67' or chance(0.3)) and chance(0.7):
            e['t']['phone'] = at['phone']
            keep.append('phone')
        if 'email' in av and (not keep or chance(0.3)):
            e['t']['email'] = at['email']
            keep.append('email')
        if not keep and 'phone' in av:
            e['t']['phone'] = at['phone']
            keep.append('phone')
    elif htype == 'successor_at_address':
        e = make_firm_entity(rng.choice(['sro', 'sro', 'sro', 'as']), 'hn', pi=at['place'])
        e['t']['addr'] = copy.deepcopy(at['addr'])
        e['t']['branch'] = None
        keep = ['address']
        if at['phone'][0] in '2345' and 'phone' in present_ids(a_contact) and chance(0.3):
            e['t']['phone'] = at['phone']
            keep.append('phone')
    elif htype == 'municipal_org':
        city = PLACES[at['place']]['city']
        kinds = [(k, p) for k, p in [('skola', 'zsms'), ('skola', 'ms'), ('skola', 'zs'), ('ts', 'ts'),
                                     ('sdh', 'sdh'), ('klub', 'tj'), ('klub', 'sk')] if (p, city) not in INST_USED]
        k, p = rng.choice(kinds)
        INST_USED.add((p, city))
        e = make_inst_entity(k, 'hn', at['place'], prefix=p)
        keep = []
        if chance(0.4):
            e['t']['addr'] = copy.deepcopy(at['addr'])
            keep.append('address')
        if chance(0.3) and 'phone' in present_ids(a_contact):
            e['t']['phone'] = at['phone']
            keep.append('phone')
    elif htype == 'osvc_namesake_ico':
        core = person_core_of(at)
        if chance(0.6):
            pi = pick_place({'brno': 1, 'city': 1, 'town': 1, 'village': 1, 'praha': 0.3},
                            exclude_cb={city_base(PLACES[at['place']]['city'])})
        else:
            pi = at['place']
        tr = at['osvc']['trade'] if chance(0.6) else rng.choice(TRADES)
        e = make_osvc_entity('hn', pi=pi, core=core, trade=tr)
        keep = []
    elif htype == 'firm_stem':
        an = at['name']
        words = [w for w in re.split(r'[\s&\-]+', an) if w and fold(w) in stem_tokens(an)]
        if not words:
            return None, None
        w = words[0]
        pi = pick_place(ORG_KW, exclude_cb={city_base(PLACES[at['place']]['city'])}) if chance(0.7) else at['place']
        nm = unique_org_name(lambda: rng.choice(['{w} {x}', '{w} {c}', '{x} {w}', '{w}-{y}', '{w} a syn',
                                                  '{w} {z}']).format(
            w=w, x=rng.choice(['Instal', 'Stavby', 'Servis', 'Reality', 'Trans', 'Projekt', 'Technik']),
            c=PLACES[pi]['city'], y=rng.choice(ACR2), z=rng.choice(['CZ', 'Plus', 'Morava', 'Group'])))
        e = make_firm_entity(rng.choice(['sro', 'sro', 'as']), 'hn', pi=pi, name=nm)
        keep = []
    else:
        raise ValueError(htype)
    return e, keep


HN_ANCHOR_KINDS = {
    'private_vs_osvc': ['osvc'], 'osvc_vs_private': ['homeowner', 'household', 'chalupar'],
    'osvc_founded_sro': ['osvc'], 'svj_of_spravce': ['spravce'], 'svj_sibling': ['svj', 'bd'],
    'group_sister': ['group'], 'father_son': ['homeowner', 'household'],
    'spouse': ['homeowner', 'household', 'chalupar'], 'household_relative': ['homeowner', 'household'],
    'same_name_other_town': ['homeowner', 'household', 'chalupar'], 'employee_private': ['sro', 'as', 'group', 'vos', 'ks'],
    'successor_at_address': ['sro', 'as', 'vos', 'ks', 'osvc', 'druzstvo'], 'municipal_org': ['obec'],
    'osvc_namesake_ico': ['osvc'], 'firm_stem': ['sro', 'as', 'group'],
}


def anchor_ok(htype, a, ac):
    t = a['t']
    pid = present_ids(ac)
    if htype in ('father_son',):
        return t['gender'] == 'm' and 'address' in pid
    if htype in ('spouse', 'household_relative', 'successor_at_address'):
        return 'address' in pid
    if htype == 'svj_sibling':
        return bool(t.get('spravce')) and bool(set(pid) & {'email', 'phone'})
    if htype in ('svj_of_spravce', 'employee_private'):
        return bool(set(pid) & {'email', 'phone'}) and (htype != 'employee_private' or bool(t.get('contacts')))
    if htype in ('private_vs_osvc', 'osvc_vs_private', 'osvc_founded_sro'):
        return bool(pid)
    if htype == 'group_sister':
        return bool(t['group']['unused'])
    if htype == 'municipal_org':
        return bool(ac.get('address'))
    if htype == 'firm_stem':
        return bool(stem_tokens(t['name']))
    return True


def make_hard_negative(htype, a, a_view, a_contact):
    req, anyof, forbid = HN_REQ[htype]
    for attempt in range(12):
        e, keep = hn_build(htype, a, a_contact)
        if e is None:
            return None
        ENT_BY_ID[e['id']] = e
        hv = truth_view(e)
        hv['style'] = copy.deepcopy(a_view['style'])
        hv['style']['disamb'] = None
        if e['t'].get('suffix'):
            hv['style']['sdisp'] = True
        if htype in ('osvc_vs_private', 'osvc_namesake_ico') and chance(0.7):
            hv['ico_s'] = rng.choice(ICO_FMT)
        if e['t'].get('phone2') and e['t']['phone2'] == a['t'].get('phone2'):
            hv['phone'].append({'d': e['t']['phone2'], 'f': 'pairs', 'ext': None})
        source = choose_source(e)
        for sub in range(6):
            v = copy.deepcopy(a_view)
            ctx = Ctx(e, v, a_contact, keep=[k for k in keep if k in present_ids(a_contact)], forbid=forbid)
            name_keys = [k for k in hv if k not in ('email', 'phone', 'addr')]

            def step_names():
                for k in name_keys:
                    v[k] = copy.deepcopy(hv[k])
                v['style'] = copy.deepcopy(hv['style'])
            ctx.keep, saved_keep = [], ctx.keep
            ctx.forbid, saved_forbid = [], ctx.forbid
            ctx.apply(htype, step_names)
            ok = all(v.get(k) == hv.get(k) for k in name_keys if k != 'style')
            if v['email'] != hv['email']:
                ctx.apply('own_mailbox', lambda: v.__setitem__('email', copy.deepcopy(hv['email'])))
            if [p['d'] for p in v['phone']] != [p['d'] for p in hv['phone']]:
                ctx.apply('own_number', lambda: v.__setitem__('phone', copy.deepcopy(hv['phone'])))
            if v['addr'] != hv['addr']:
                ctx.apply('own_address', lambda: v.__setitem__('addr', copy.deepcopy(hv['addr'])))
            if v['email'] != hv['email'] or [p['d'] for p in v['phone']] != [p['d'] for p in hv['phone']] \
                    or v['addr'] != hv['addr'] or not ok:
                continue
            ctx.keep = saved_keep
            ctx.forbid = saved_forbid
            if any(k in evidence(a_contact, ctx.prev) for k in ctx.forbid):
                continue
            if not all(k in evidence(a_contact, ctx.prev) for k in ctx.keep):
                continue
            habits(ctx, source)
            run_noise(ctx, rng.choice([0, 1, 1, 2]))
            c = ctx.prev
            sh = hn_shared(c, a_contact)
            if all(r in sh for r in req) and (not anyof or any(x in sh for x in anyof)) \
                    and not any(f in sh for f in forbid) and c != a_contact:
                return e, v, c, ctx.changes(), sh, source
    return None


# =====================================================================================
# The accounting system's customer list (QuickBooks Online)
# =====================================================================================
def qbo_view(ent):
    t = ent['t']
    person = ent['party'] == 'person'
    for _ in range(20):
        if person:
            has = [k for k, p in (('email', 0.72), ('phone', 0.86), ('addr', 0.8)) if chance(p)]
        elif ent['kind'] in ('svj', 'bd'):
            has = [k for k, p in (('email', 0.9), ('phone', 0.8), ('addr', 0.97)) if chance(p)]
        else:
            has = [k for k, p in (('email', 0.85), ('phone', 0.9), ('addr', 0.93)) if chance(p)]
        if has:
            break
    v = truth_view(ent, has)
    st = v['style']
    if person:
        st['disp'] = wpick([('gf', 75), ('fg', 20), ('FG', 5)])[0]
        st['tdisp'] = chance(0.8)
        if chance(0.04):
            st['acc'] = False
    else:
        st['odisp'] = wpick([('co', 88), ('co_short', 7), ('co_contact', 5)])[0]
        st['contact_shown'] = chance(0.8 if ent['kind'] == 'osvc' else 0.55)
        if chance(0.08):
            st['case'] = 'upper'
        if (ent['kind'] == 'osvc' and chance(0.4)) or (ent['kind'] in ('sro', 'as', 'group') and chance(0.06)):
            v['ico_s'] = rng.choice(ICO_FMT[:5])
    for p in v['phone']:
        p['f'] = wpick([('intl_sp', 50), ('sp3', 30), ('plain', 15), ('intl', 5)])[0]
        if p['d'][0] in '2345' and chance(0.3):
            p['f'] = 'pairs'
    if v['addr']:
        if v['addr'].get('street') is None:
            st['l1'] = wpick([('full', 6), ('cp_prefix', 3), ('cp_only', 1)])[0]
        else:
            st['l1'] = wpick([('full', 90), ('co_only', 4), ('ul', 3), ('cp_prefix', 3)])[0]
        st['cityf'] = 'district' if PLACES[v['addr']['place']]['kind'] in ('brno', 'praha') and chance(0.3) else 'plain'
        st['pscf'] = 'sp' if chance(0.85) else 'nosp'
        st['regf'] = 'full' if chance(0.55) else 'none'
        st['ctryf'] = 'iso'
        if not person and chance(0.05):
            ctx = Ctx(ent, v, None)
            op_addr_line2(ctx)
    return v


def build_existing():
    ents = []
    for _ in range(600):
        kind = wpick([('homeowner', 62), ('household', 26), ('chalupar', 12)])[0]
        ents.append(make_person_entity(kind, 'existing'))
    # namesakes: same name, other town (the accounting system disambiguates them)
    persons = [e for e in ents if e['party'] == 'person']
    for k in range(18):
        src = persons[k * 7]['t']
        pi = pick_place(PERSON_KW, exclude_cb={city_base(PLACES[src['place']]['city'])})
        core = person_core_of(src)
        core['gender'] = src['gender']
        ents[len(persons) - 1 - k] = make_person_entity(ents[len(persons) - 1 - k]['kind'], 'existing', pi=pi, core=core)
    for k in range(3):
        src = persons[200 + k]['t']
        core = person_core_of(src)
        core['gender'] = src['gender']
        ents[500 + k] = make_person_entity('household', 'existing', pi=src['place'], core=core)
    for e in ents:
        if e['t']['gender'] == 'm' and chance(0.03):
            e['t']['suffix'] = rng.choice(['ml.', 'st.'])
    spravci = [make_firm_entity('spravce', 'existing') for _ in range(14)]
    ents += spravci
    for k in range(60):
        sp = spravci[k % 14]
        pi = sp['t']['place'] if chance(0.6) else None
        if pi is not None and PLACES[pi]['kind'] == 'village':
            pi = None
        ents.append(make_svj_entity('existing', spravce=sp, pi=pi))
    for _ in range(12):
        ents.append(make_svj_entity('existing'))
    for k in range(15):
        ents.append(make_svj_entity('existing', spravce=spravci[k % 14] if k < 8 else None, bd=True))
    for _ in range(10):
        ents += make_group('existing', 3)
    inst_places = [i for i, P in enumerate(PLACES) if P['kind'] in ('village', 'town')]
    obce = rng.sample(inst_places, 45)
    for pi in obce:
        e = make_inst_entity('obec', 'existing', pi)
        INST_USED.add((e['t']['prefix'], PLACES[pi]['city']))
        ents.append(e)
    for kind, n in (('skola', 20), ('farnost', 12), ('klub', 20)):
        for pi in rng.sample(inst_places, n):
            e = make_inst_entity(kind, 'existing', pi)
            INST_USED.add((e['t']['prefix'], PLACES[pi]['city']))
            ents.append(e)
    for _ in range(12):
        ents.append(make_inst_entity('druzstvo', 'existing', pick_place(ORG_KW)))
    for kind, n in (('as', 25), ('vos', 10), ('ks', 5)):
        for _ in range(n):
            ents.append(make_firm_entity(kind, 'existing'))
    for _ in range(270):
        ents.append(make_osvc_entity('existing'))
    while len(ents) < N_EXISTING:
        ents.append(make_firm_entity('sro', 'existing'))
    assert len(ents) == N_EXISTING, len(ents)
    return ents


def disambiguate(ents, views, contacts):
    seen = {}
    for i, e in enumerate(ents):
        dn = contacts[i]['displayName'].casefold()
        seen.setdefault(dn, []).append(i)
    taken = set(c['displayName'].casefold() for c in contacts)
    for dn in sorted(seen):
        idxs = seen[dn]
        if len(idxs) < 2:
            continue
        for n, i in enumerate(idxs[1:], start=2):
            v = views[i]
            city = PLACES[ents[i]['t']['place']]['city']
            cand = [' (%s)' % city, ' (%d)' % n, ' (%s %d)' % (city, n)]
            if any(PLACES[ents[j]['t']['place']]['city'] == city for j in idxs if j != i):
                cand = [' (%d)' % n, ' (%d)' % (n + 1), ' (%s %d)' % (city, n)]
            for s in cand:
                v['style']['disamb'] = s
                c = render(v)
                if c['displayName'].casefold() not in taken:
                    taken.add(c['displayName'].casefold())
                    contacts[i] = c
                    break
            else:
                raise RuntimeError('disambiguation')


# =====================================================================================
# Main
# =====================================================================================
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()

    # ---------------------------------------------------------------- existing
    ex_ents = build_existing()
    for e in ex_ents:
        ENT_BY_ID[e['id']] = e
    ex_views = [qbo_view(e) for e in ex_ents]
    ex_contacts = [render(v) for v in ex_views]
    disambiguate(ex_ents, ex_views, ex_contacts)
    order = sorted(range(len(ex_ents)), key=lambda i: (ex_contacts[i]['displayName'].casefold(), ex_ents[i]['id']))
    ex_ents = [ex_ents[i] for i in order]
    ex_views = [ex_views[i] for i in order]
    ex_contacts = [ex_contacts[i] for i in order]
    ex_index = {e['id']: i for i, e in enumerate(ex_ents)}

    # ---------------------------------------------------------------- hard negatives
    hn_items = []
    used_anchor = set()
    for htype, rule in HN_TYPES:
        kinds = HN_ANCHOR_KINDS[htype]
        cands = [i for i, e in enumerate(ex_ents) if e['kind'] in kinds and e['id'] not in used_anchor]
        rng.shuffle(cands)
        made = 0
        for i in cands:
            if made >= N_HN_PER_TYPE:
                break
            a = ex_ents[i]
            if not anchor_ok(htype, a, ex_contacts[i]):
                continue
            if htype == 'group_sister' and any(ENT_BY_ID[x]['t'].get('group') is a['t']['group'] for x in used_anchor
                                               if ENT_BY_ID[x]['kind'] == 'group'):
                continue
            r = make_hard_negative(htype, a, ex_views[i], ex_contacts[i])
            if r is None:
                continue
            e, v, c, changes, shared, source = r
            used_anchor.add(a['id'])
            hn_items.append({'category': 'hard_negative', 'ent': e, 'contact': c, 'source': source,
                             'anchor': a['id'], 'anchor_index': i, 'hn_type': htype, 'rule': rule,
                             'shared': shared, 'changes': changes})
            made += 1
        if made < N_HN_PER_TYPE:
            raise RuntimeError('not enough hard negatives of type %s (%d)' % (htype, made))

    # ---------------------------------------------------------------- matches
    def eligible_nc(i):
        e, c = ex_ents[i], ex_contacts[i]
        if e['id'] in used_anchor or not c.get('address') or not addr_key(c['address']):
            return False
        cb = city_base(c['address']['city'])
        vr = name_variants(c)
        for j, c2 in enumerate(ex_contacts):
            if j != i and c2.get('address') and city_base(c2['address']['city']) == cb:
                if name_score_v(vr, name_variants(c2)) >= 0.8:
                    return False
        return True

    matched = rng.sample(range(N_EXISTING), 625)
    counts = [3] * 35 + [2] * 130 + [1] * 460
    nc_targets = set()
    nc_pool = [i for i in matched if eligible_nc(i)]
    for i in nc_pool[:135]:
        nc_targets.add(i)
    match_items = []
    for i, n in zip(matched, counts):
        e = ex_ents[i]
        for k in range(n):
            profile = wpick([('light', 40), ('medium', 40), ('harsh', 20)])[0]
            source = choose_source(e)
            mode = 'nc' if (k == 0 and i in nc_targets) else 'id'
            r = make_variant(e, ex_views[i], ex_contacts[i], source, profile, mode)
            if r is None and mode == 'nc':
                mode = 'id'
                r = make_variant(e, ex_views[i], ex_contacts[i], source, profile, mode)
            if r is None:
                raise RuntimeError('match variant failed')
            v, c, changes, ev = r
            match_items.append({'category': 'match', 'ent': e, 'contact': c, 'source': source, 'profile': profile,
                                'evidence': ev, 'mode': mode, 'changes': changes, 'base_index': i,
                                'base_view': ex_views[i], 'base_contact': ex_contacts[i]})

    # ---------------------------------------------------------------- new customers
    new_ents = []
    for _ in range(190):
        new_ents.append(make_person_entity(wpick([('homeowner', 60), ('household', 30), ('chalupar', 10)])[0], 'new'))
    for _ in range(70):
        new_ents.append(make_osvc_entity('new'))
    for _ in range(99):
        new_ents.append(make_firm_entity('sro', 'new'))
    for kind, n in (('as', 5), ('vos', 3), ('spravce', 3)):
        for _ in range(n):
            new_ents.append(make_firm_entity(kind, 'new'))
    for _ in range(12):
        new_ents.append(make_svj_entity('new'))
    for _ in range(4):
        new_ents.append(make_svj_entity('new', bd=True))
    free_inst = [i for i, P in enumerate(PLACES) if P['kind'] in ('village', 'town')]
    rng.shuffle(free_inst)
    made = {'obec': 0, 'skola': 0, 'klub': 0, 'farnost': 0}
    want = {'obec': 4, 'skola': 5, 'klub': 8, 'farnost': 3}
    for kind in ['obec', 'skola', 'klub', 'farnost']:
        for pi in free_inst:
            if made[kind] >= want[kind]:
                break
            city = PLACES[pi]['city']
            pf = {'obec': PLACES[pi]['status'] or 'obec', 'skola': 'zsms', 'klub': 'tj', 'farnost': 'farnost'}[kind]
            if kind == 'obec' and any(p in ('obec', 'mesto', 'mestys') and c == city for p, c in INST_USED):
                continue
            if kind == 'skola' and any(p in ('zsms', 'zs', 'ms') and c == city for p, c in INST_USED):
                continue
            if kind == 'klub' and any(p in ('tj', 'sk', 'fc') and c == city for p, c in INST_USED):
                continue
            if (pf, city) in INST_USED:
                continue
            e = make_inst_entity(kind, 'new', pi, prefix=pf)
            INST_USED.add((pf, city))
            new_ents.append(e)
            made[kind] += 1
    for _ in range(4):
        new_ents.append(make_inst_entity('druzstvo', 'new', pick_place(ORG_KW)))
    assert len(new_ents) == 410, len(new_ents)
    for e in new_ents:
        ENT_BY_ID[e['id']] = e
    rep_counts = [2] * 10 + [1] * 95 + [0] * 305
    rng.shuffle(rep_counts)
    new_items = []
    nc_rep_budget = 18
    for e, nrep in zip(new_ents, rep_counts):
        source = choose_source(e)
        v0 = truth_view(e)
        st = v0['style']
        if e['party'] == 'person':
            st['disp'] = 'gf'
        st['contact_shown'] = chance(0.6)
        ctx = Ctx(e, v0, None, occ1=True)
        habits(ctx, source)
        run_noise(ctx, rng.choice([0, 0, 1, 1, 2]))
        c0 = ctx.prev
        occ = {'category': 'new', 'ent': e, 'contact': c0, 'source': source, 'occurrence': 1, 'changes': [],
               'view': ctx.v}
        new_items.append(occ)
        for k in range(nrep):
            profile = wpick([('light', 40), ('medium', 40), ('harsh', 20)])[0]
            src = source if chance(0.55) else choose_source(e)
            mode = 'id'
            if nc_rep_budget > 0 and k == 0 and c0.get('address') and addr_key(c0['address']) and \
                    present_ids(c0) and chance(0.35):
                mode = 'nc'
            r = make_variant(e, ctx.v, c0, src, profile, mode)
            if r is None and mode == 'nc':
                mode = 'id'
                r = make_variant(e, ctx.v, c0, src, profile, mode)
            if r is None:
                raise RuntimeError('repeat variant failed')
            if mode == 'nc':
                nc_rep_budget -= 1
            v, c, changes, ev = r
            new_items.append({'category': 'new', 'ent': e, 'contact': c, 'source': src, 'occurrence': k + 2,
                              'profile': profile, 'evidence': ev, 'mode': mode, 'changes': changes,
                              'base_view': ctx.v, 'base_contact': c0, 'first': occ})

    # ---------------------------------------------------------------- incoming order
    incoming = match_items + new_items + hn_items
    assert len(incoming) == N_INCOMING, (len(match_items), len(new_items), len(hn_items))
    rng.shuffle(incoming)
    pos_by_ent = {}
    for p, it in enumerate(incoming):
        if it['category'] == 'new':
            pos_by_ent.setdefault(it['ent']['id'], []).append(p)
    for eid in sorted(pos_by_ent):
        ps = pos_by_ent[eid]
        its = sorted((incoming[p] for p in ps), key=lambda x: x['occurrence'])
        for p, it in zip(sorted(ps), its):
            incoming[p] = it
    for p, it in enumerate(incoming):
        it['index'] = p

    # ---------------------------------------------------------------- name+city findability
    ex_pool = [(ex_ents[i]['id'], ex_contacts[i]) for i in range(N_EXISTING)]
    for p, it in enumerate(incoming):
        if it.get('mode') != 'nc':
            continue
        pool = ex_pool + [(x['ent']['id'], x['contact']) for x in incoming[:p]]
        ok = nc_findable(it['contact'], it['ent']['id'], pool)[0]
        tries = 0
        while not ok and tries < 25:
            tries += 1
            r = make_variant(it['ent'], it['base_view'], it['base_contact'], it['source'],
                             'light' if tries > 10 else it['profile'], 'nc')
            if r is None:
                continue
            it['profile'] = 'light' if tries > 10 else it['profile']
            _, it['contact'], it['changes'], it['evidence'] = r
            ok = nc_findable(it['contact'], it['ent']['id'], pool)[0]
        if not ok:
            r = make_variant(it['ent'], it['base_view'], it['base_contact'], it['source'], it['profile'], 'id')
            _, it['contact'], it['changes'], it['evidence'] = r
            it['mode'] = 'id'

    # ---------------------------------------------------------------- output
    set_lines, meta_lines = [], []
    for i, e in enumerate(ex_ents):
        set_lines.append({'set': 'existing', 'entity': e['id'], 'contact': ex_contacts[i]})
        meta_lines.append({'set': 'existing', 'index': i, 'entity': e['id'], 'category': 'existing',
                           'kind': e['kind'], 'party': e['party'], 'changes': []})
    for p, it in enumerate(incoming):
        e = it['ent']
        set_lines.append({'set': 'incoming', 'entity': e['id'], 'contact': it['contact']})
        m = {'set': 'incoming', 'index': p, 'entity': e['id'], 'category': it['category'], 'kind': e['kind'],
             'party': e['party'], 'changes': it['changes'], 'source': it['source']}
        if it['category'] == 'match':
            m.update({'profile': it['profile'], 'evidence': it['evidence'],
                      'findable': 'identifier' if it['mode'] == 'id' else 'name+city',
                      'compare_set': 'existing', 'compare_index': it['base_index']})
        elif it['category'] == 'new':
            m['occurrence'] = it['occurrence']
            if it['occurrence'] > 1:
                m.update({'profile': it['profile'], 'evidence': it['evidence'],
                          'findable': 'identifier' if it['mode'] == 'id' else 'name+city',
                          'compare_set': 'incoming', 'compare_index': it['first']['index']})
        else:
            m.update({'anchor': it['anchor'], 'anchor_index': it['anchor_index'], 'hn_type': it['hn_type'],
                      'rule': it['rule'], 'shared': it['shared']})
        meta_lines.append(m)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, 'set.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for o in set_lines:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    with open(os.path.join(args.out, 'meta.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for o in meta_lines:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    cats = {}
    for m in meta_lines[N_EXISTING:]:
        cats[m['category']] = cats.get(m['category'], 0) + 1
    nc = sum(1 for m in meta_lines if m.get('findable') == 'name+city')
    print('existing %d, incoming %d: %s; name+city %d' % (N_EXISTING, len(incoming),
                                                        ', '.join('%s %d' % (k, cats[k]) for k in sorted(cats)), nc))


if __name__ == '__main__':
    main()
