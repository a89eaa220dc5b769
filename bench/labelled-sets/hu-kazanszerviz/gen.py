#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen.py -- synthetic labelled benchmark set for customer record linkage.

Scenario: hu-kazanszerviz -- a Hungarian gas boiler, heating and plumbing service
company (kazánszerviz, fűtésszerelés, víz-gáz-fűtés) with offices in Budapest XI.,
Győr and Debrecen, billing through QuickBooks Online (HUF, ÁFA 27%).

Writes set.jsonl (3,000 contact records) and meta.jsonl (labels) into this folder
or into --out DIR.  Python 3 standard library only, one random.Random(SEED); the
output is byte-identical for any PYTHONHASHSEED (no set/dict-hash ordering is ever
used for decisions, everything is sorted or kept in insertion order).

Structure of this file
  1. data: Hungarian names, nicknames, settlements, postcodes, streets, firms
  2. text utilities: accents, Latin-2/UTF-8 mojibake, typos, phones, e-mails
  3. the world: canonical customers (entities) with registries for uniqueness
  4. record state + rendering to the QuickBooks-like contact dict
  5. noise operations (one function per upstream habit) and source profiles
  6. assembly: existing list, matches, new customers, hard negatives, output
"""
import argparse
import copy
import json
import os
import random
import re
import sys
import unicodedata
from difflib import SequenceMatcher

SEED = 20240611
N_EXISTING = 1500
N_INCOMING = 1500
N_HARD_NEG = 150

# =====================================================================================
# 1. DATA
# =====================================================================================

# --- family names (weight 6 = very common, 3 = common, 1 = less common) -------------
_FAM_VERY = """Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp
Takács Juhász Lakatos Mészáros Oláh Simon Rácz Fekete""".split()
_FAM_MID = """Szilágyi Török Fehér Balázs Gál Kis Szűcs Kocsis Pintér Fodor Szalai Sipos
Magyar Lukács Gulyás Biró Király László Katona Jakab Bogdán Sándor Boros Fazekas
Kelemen Antal Orosz Somogyi Fülöp Veres Budai Vincze Hegedűs Deák Pap Bálint Illés
Pál Vass Szőke Fábián Vörös Lengyel Bognár Bodnár Jónás Hajdu Halász Máté Székely
Gáspár Kozma Pásztor Bakos Dudás Major Virág Orbán Barta Erdős""".split()
_FAM_RARE = """Kőszegi Győri Szőllősi Kőrösi Csősz Fűzi Szűts Dobos Soós Kun Lőrincz
Szekeres Hegyi Márton Csizmadia Ács Szénási Nyitrai Sárközi Mohácsi Hortobágyi
Debreceni Bencze Szép Nemes Vida Csonka Rózsa Mezei Fenyvesi Béres Gergely Csáki Benkő
Jenei Pető Bujdosó Baráth Kerekes Szakács Kántor Sebestyén Kalmár Ambrus Kardos
Kertész Csordás Domokos Ferenczi Zsigmond Hajnal Vadász Sárosi Szentgyörgyi Ördög
Tölgyesi Bőczi Rőth Gönczi Szöllősi Pongrácz Kövesdi Erdélyi Dévai Őri Kiss-Tóth
Nagy-Szabó Takács-Nagy Fűzfa Körmendi Sülé Szűcs-Balogh Mérő Gyöngyösi Törő""".split()
FAMILY_WEIGHTED = [(n, 6) for n in _FAM_VERY] + [(n, 3) for n in _FAM_MID] + [(n, 1) for n in _FAM_RARE]
FAMILY_SET = set(_FAM_VERY + _FAM_MID + _FAM_RARE)

_MALE_TOP = """László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás
Zsolt Tibor András Csaba""".split()
_MALE_REST = """Imre Lajos György Balázs Róbert Mihály Károly Gergely Dávid Ádám Dániel
Norbert Krisztián Bence Máté Levente Miklós Béla Gyula Szabolcs Viktor Márk Richárd
Roland Árpád Ottó Ernő Dezső Jenő Győző Lőrinc Bálint Benedek Kristóf Zsigmond Endre
Vilmos Géza Kálmán Pál Antal Ákos Barnabás Botond Ödön Örs""".split()
_FEMALE_TOP = """Mária Erzsébet Katalin Éva Ilona Anna Zsuzsanna Margit Judit Ágnes Andrea
Erika Krisztina Mónika Edit""".split()
_FEMALE_REST = """Gabriella Szilvia Anita Eszter Tímea Ildikó Nikolett Beáta Viktória Rita
Marianna Klára Julianna Piroska Irén Magdolna Rozália Etelka Csilla Orsolya Réka Dóra
Petra Zsófia Boglárka Lilla Hajnalka Noémi Enikő Tünde Györgyi Emőke Ibolya Gyöngyi
Melinda Brigitta Kinga Veronika Henrietta Renáta Ildikó Őzike Nóra Fanni Emese""".split()
_FEMALE_REST = [n for n in _FEMALE_REST if n not in ("Ildikó", "Őzike")]
MALE_WEIGHTED = [(n, 4) for n in _MALE_TOP] + [(n, 1) for n in _MALE_REST]
FEMALE_WEIGHTED = [(n, 4) for n in _FEMALE_TOP] + [(n, 1) for n in _FEMALE_REST]
ALL_GIVEN = set(_MALE_TOP + _MALE_REST + _FEMALE_TOP + _FEMALE_REST)

# --- nicknames / short forms (becenevek) --------------------------------------------
NICK = {
    "István": ["Pista", "Isti", "Pisti"], "László": ["Laci", "Lacika"], "József": ["Józsi", "Jóska"],
    "János": ["Jani", "Jancsi"], "Zoltán": ["Zoli"], "Sándor": ["Sanyi"], "Gábor": ["Gabi"],
    "Ferenc": ["Feri", "Ferkó"], "Attila": ["Ati"], "Péter": ["Peti"], "Tamás": ["Tomi"],
    "Zsolt": ["Zsolti"], "Tibor": ["Tibi"], "András": ["Andris", "Bandi"], "Csaba": ["Csabi"],
    "Imre": ["Imi"], "Lajos": ["Lali"], "György": ["Gyuri"], "Balázs": ["Balu"],
    "Róbert": ["Robi"], "Mihály": ["Misi"], "Károly": ["Karcsi"], "Gergely": ["Gergő"],
    "Dávid": ["Dave"], "Ádám": ["Ádi"], "Dániel": ["Dani"], "Norbert": ["Norbi"],
    "Krisztián": ["Krisz"], "Miklós": ["Miki"], "Béla": ["Béci"], "Gyula": ["Gyuszi"],
    "Szabolcs": ["Szabi"], "Richárd": ["Ricsi"], "Roland": ["Roli"], "Árpád": ["Árpi"],
    "Levente": ["Levi"], "Kristóf": ["Kris"], "Endre": ["Bandi"], "Géza": ["Gézu"],
    "Mária": ["Mari", "Marika"], "Erzsébet": ["Erzsi", "Bözsi", "Zsóka"], "Katalin": ["Kati", "Kata"],
    "Éva": ["Évi", "Évike"], "Ilona": ["Ica", "Ili"], "Anna": ["Anni", "Panni"],
    "Zsuzsanna": ["Zsuzsa", "Zsuzsi"], "Margit": ["Manci", "Margó"], "Judit": ["Jutka", "Juci"],
    "Ágnes": ["Ági"], "Andrea": ["Andi"], "Krisztina": ["Kriszta", "Krisztu"], "Mónika": ["Móni"],
    "Gabriella": ["Gabi", "Ella"], "Szilvia": ["Szilvi"], "Eszter": ["Eszti"], "Ildikó": ["Ildi"],
    "Nikolett": ["Niki"], "Viktória": ["Viki"], "Klára": ["Klári"], "Julianna": ["Juli", "Julcsi"],
    "Magdolna": ["Magdi", "Magda"], "Rozália": ["Rózsi"], "Orsolya": ["Orsi"], "Zsófia": ["Zsófi"],
    "Boglárka": ["Bogi"], "Tünde": ["Tündi"], "Piroska": ["Piri"], "Erika": ["Eri"],
    "Beáta": ["Bea"], "Tímea": ["Timi"], "Edit": ["Edit", "Edi"], "Marianna": ["Mariann"],
    "Veronika": ["Vera", "Veron"], "Henrietta": ["Heni"], "Renáta": ["Reni"], "Dóra": ["Dóri"],
}
NICK = {k: [x for x in v if x != k] for k, v in NICK.items()}
NICK = {k: v for k, v in NICK.items() if v}

# --- counties (megye) and tax-number county codes ------------------------------------
COUNTY_TAX = {
    "Budapest": ["41", "42", "43"], "Pest": ["13"], "Győr-Moson-Sopron": ["08"], "Hajdú-Bihar": ["09"],
    "Somogy": ["14"], "Veszprém": ["19"], "Zala": ["20"], "Fejér": ["07"], "Komárom-Esztergom": ["11"],
    "Szabolcs-Szatmár-Bereg": ["15"], "Csongrád-Csanád": ["06"], "Baranya": ["02"],
    "Borsod-Abaúj-Zemplén": ["05"], "Bács-Kiskun": ["03"], "Heves": ["10"], "Jász-Nagykun-Szolnok": ["16"],
}

# --- settlements: name, county, postcode, area code, adjective, group, weight ---------
# (real Hungarian settlements and their real four-digit postcodes / dialling codes)
_SETTLEMENTS = """
Győr|Győr-Moson-Sopron|-|96|Győri|gyor|0
Debrecen|Hajdú-Bihar|-|52|Debreceni|debrecen|0
Budaörs|Pest|2040|23|Budaörsi|pest|5
Érd|Pest|2030|23|Érdi|pest|6
Szentendre|Pest|2000|26|Szentendrei|pest|4
Vác|Pest|2600|27|Váci|pest|3
Gödöllő|Pest|2100|28|Gödöllői|pest|4
Dunakeszi|Pest|2120|27|Dunakeszi|pest|4
Fót|Pest|2151|27|Fóti|pest|2
Százhalombatta|Pest|2440|23|Százhalombattai|pest|2
Törökbálint|Pest|2045|23|Törökbálinti|pest|3
Biatorbágy|Pest|2051|23|Biatorbágyi|pest|2
Szigetszentmiklós|Pest|2310|24|Szigetszentmiklósi|pest|3
Pomáz|Pest|2013|26|Pomázi|pest|2
Budakeszi|Pest|2092|23|Budakeszi|pest|3
Gyál|Pest|2360|29|Gyáli|pest|2
Vecsés|Pest|2220|29|Vecsési|pest|2
Veresegyház|Pest|2112|28|Veresegyházi|pest|2
Solymár|Pest|2083|26|Solymári|pest|2
Pilisvörösvár|Pest|2085|26|Pilisvörösvári|pest|2
Dunaharaszti|Pest|2330|24|Dunaharaszti|pest|2
Kistarcsa|Pest|2143|28|Kistarcsai|pest|1
Mosonmagyaróvár|Győr-Moson-Sopron|9200|96|Mosonmagyaróvári|gyor_area|4
Sopron|Győr-Moson-Sopron|9400|99|Soproni|gyor_area|3
Pannonhalma|Győr-Moson-Sopron|9090|96|Pannonhalmi|gyor_area|1
Tét|Győr-Moson-Sopron|9100|96|Téti|gyor_area|1
Kapuvár|Győr-Moson-Sopron|9330|96|Kapuvári|gyor_area|1
Csorna|Győr-Moson-Sopron|9300|96|Csornai|gyor_area|2
Nyúl|Győr-Moson-Sopron|9082|96|Nyúli|gyor_area|2
Abda|Győr-Moson-Sopron|9151|96|Abdai|gyor_area|1
Győrújbarát|Győr-Moson-Sopron|9081|96|Győrújbaráti|gyor_area|3
Győrújfalu|Győr-Moson-Sopron|9171|96|Győrújfalui|gyor_area|1
Gönyű|Győr-Moson-Sopron|9071|96|Gönyűi|gyor_area|1
Töltéstava|Győr-Moson-Sopron|9086|96|Töltéstavai|gyor_area|1
Koroncó|Győr-Moson-Sopron|9113|96|Koroncói|gyor_area|1
Écs|Győr-Moson-Sopron|9083|96|Écsi|gyor_area|1
Hajdúszoboszló|Hajdú-Bihar|4200|52|Hajdúszoboszlói|hb_area|3
Hajdúböszörmény|Hajdú-Bihar|4220|52|Hajdúböszörményi|hb_area|2
Balmazújváros|Hajdú-Bihar|4060|52|Balmazújvárosi|hb_area|2
Hajdúnánás|Hajdú-Bihar|4080|52|Hajdúnánási|hb_area|1
Berettyóújfalu|Hajdú-Bihar|4100|54|Berettyóújfalui|hb_area|1
Létavértes|Hajdú-Bihar|4281|52|Létavértesi|hb_area|1
Hajdúsámson|Hajdú-Bihar|4251|52|Hajdúsámsoni|hb_area|2
Mikepércs|Hajdú-Bihar|4271|52|Mikepércsi|hb_area|2
Hajdúhadház|Hajdú-Bihar|4242|52|Hajdúhadházi|hb_area|1
Ebes|Hajdú-Bihar|4211|52|Ebesi|hb_area|1
Sáránd|Hajdú-Bihar|4272|52|Sárándi|hb_area|1
Derecske|Hajdú-Bihar|4130|54|Derecskei|hb_area|1
Püspökladány|Hajdú-Bihar|4150|54|Püspökladányi|hb_area|1
Hajdúdorog|Hajdú-Bihar|4087|52|Hajdúdorogi|hb_area|1
Siófok|Somogy|8600|84|Siófoki|balaton|5
Balatonfüred|Veszprém|8230|87|Balatonfüredi|balaton|4
Keszthely|Zala|8360|83|Keszthelyi|balaton|3
Balatonalmádi|Veszprém|8220|88|Balatonalmádi|balaton|3
Fonyód|Somogy|8640|85|Fonyódi|balaton|3
Balatonlelle|Somogy|8638|85|Balatonlellei|balaton|3
Balatonboglár|Somogy|8630|85|Balatonboglári|balaton|2
Zamárdi|Somogy|8621|84|Zamárdi|balaton|3
Balatonföldvár|Somogy|8623|84|Balatonföldvári|balaton|2
Tihany|Veszprém|8237|87|Tihanyi|balaton|1
Révfülöp|Veszprém|8253|87|Révfülöpi|balaton|1
Balatonszemes|Somogy|8636|84|Balatonszemesi|balaton|2
Alsóörs|Veszprém|8226|87|Alsóörsi|balaton|2
Balatonkenese|Veszprém|8174|88|Balatonkenesei|balaton|2
Balatonvilágos|Veszprém|8171|88|Balatonvilágosi|balaton|1
Badacsonytomaj|Veszprém|8258|87|Badacsonytomaji|balaton|1
Vonyarcvashegy|Zala|8314|83|Vonyarcvashegyi|balaton|2
Balatongyörök|Zala|8313|83|Balatongyöröki|balaton|1
Szigliget|Veszprém|8264|87|Szigligeti|balaton|1
Balatonmáriafürdő|Somogy|8647|85|Balatonmáriafürdői|balaton|2
Székesfehérvár|Fejér|8000|22|Székesfehérvári|other|3
Veszprém|Veszprém|8200|88|Veszprémi|other|2
Tatabánya|Komárom-Esztergom|2800|34|Tatabányai|other|2
Komárom|Komárom-Esztergom|2900|34|Komáromi|other|1
Nyíregyháza|Szabolcs-Szatmár-Bereg|4400|42|Nyíregyházi|other|2
Szeged|Csongrád-Csanád|6720|62|Szegedi|other|1
Pécs|Baranya|7621|72|Pécsi|other|1
Miskolc|Borsod-Abaúj-Zemplén|3525|46|Miskolci|other|1
Kecskemét|Bács-Kiskun|6000|76|Kecskeméti|other|1
Szolnok|Jász-Nagykun-Szolnok|5000|56|Szolnoki|other|1
Esztergom|Komárom-Esztergom|2500|33|Esztergomi|other|1
"""
SETTLEMENTS = []
for _ln in _SETTLEMENTS.strip().splitlines():
    _n, _c, _p, _a, _adj, _g, _w = _ln.split("|")
    SETTLEMENTS.append({"name": _n, "county": _c, "postal": _p, "area": _a, "adj": _adj,
                        "group": _g, "weight": int(_w)})
SETTLEMENT_BY_NAME = {s["name"]: s for s in SETTLEMENTS}
VILLAGES = {"Pannonhalma", "Tét", "Nyúl", "Abda", "Győrújbarát", "Győrújfalu", "Gönyű", "Töltéstava",
            "Koroncó", "Écs", "Létavértes", "Hajdúsámson", "Mikepércs", "Ebes", "Sáránd", "Tihany",
            "Révfülöp", "Alsóörs", "Balatonvilágos", "Vonyarcvashegy", "Balatongyörök", "Szigliget",
            "Balatonszemes", "Balatonmáriafürdő", "Solymár", "Kistarcsa"}

# --- Budapest: districts, their "local" names and real streets with postcodes --------
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX", 10: "X",
         11: "XI", 12: "XII", 13: "XIII", 14: "XIV", 15: "XV", 16: "XVI", 17: "XVII", 18: "XVIII",
         19: "XIX", 20: "XX", 21: "XXI", 22: "XXII", 23: "XXIII"}
BP_DISTRICT_ADJ = {1: "Budavári", 2: "Pasaréti", 3: "Óbudai", 4: "Újpesti", 5: "Belvárosi",
                   6: "Terézvárosi", 7: "Erzsébetvárosi", 8: "Józsefvárosi", 9: "Ferencvárosi",
                   10: "Kőbányai", 11: "Kelenföldi", 12: "Hegyvidéki", 13: "Angyalföldi", 14: "Zuglói",
                   15: "Rákospalotai", 16: "Mátyásföldi", 18: "Pestszentlőrinci", 22: "Budafoki"}
# weight of each district among Budapest customers (office in XI.)
BP_DISTRICT_WEIGHT = {1: 2, 2: 6, 3: 6, 4: 3, 5: 2, 6: 3, 7: 4, 8: 4, 9: 4, 10: 3, 11: 16, 12: 7,
                      13: 9, 14: 6, 15: 2, 16: 3, 18: 3, 22: 5}
_BP_STREETS = """
1|Attila|út|1013
1|Fő|utca|1011
1|Krisztina|körút|1013
1|Mészáros|utca|1016
1|Logodi|utca|1012
1|Lisznyai|utca|1016
1|Naphegy|tér|1016
1|Hegyalja|út|1016
2|Szilágyi Erzsébet|fasor|1026
2|Pasaréti|út|1026
2|Törökvész|út|1025
2|Hűvösvölgyi|út|1021
2|Keleti Károly|utca|1024
2|Frankel Leó|út|1023
2|Bem József|utca|1027
2|Lövőház|utca|1024
2|Margit|körút|1027
2|Vérhalom|utca|1025
2|Gábor Áron|utca|1026
2|Budenz|út|1021
3|Bécsi|út|1034
3|Vörösvári|út|1035
3|Szentendrei|út|1033
3|Lajos|utca|1036
3|Kiscelli|utca|1032
3|Pacsirtamező|utca|1036
3|Huszti|út|1033
3|Pünkösdfürdő|utca|1039
3|Zápor|utca|1032
3|Vihar|utca|1035
3|Meggyfa|utca|1037
4|Árpád|út|1042
4|István|út|1043
4|Deák Ferenc|utca|1041
4|Görgey Artúr|utca|1041
4|Fóti|út|1046
4|Megyeri|út|1044
5|Október 6.|utca|1051
5|Sas|utca|1051
5|Nádor|utca|1051
5|Irányi|utca|1056
5|Belgrád|rakpart|1056
5|Falk Miksa|utca|1055
5|Balaton|utca|1055
6|Andrássy|út|1061
6|Teréz|körút|1066
6|Szondi|utca|1063
6|Podmaniczky|utca|1065
6|Hajós|utca|1065
6|Nagymező|utca|1065
6|Izabella|utca|1064
6|Székely Bertalan|utca|1064
6|Benczúr|utca|1068
7|Wesselényi|utca|1077
7|Dohány|utca|1074
7|Rákóczi|út|1072
7|István|utca|1078
7|Damjanich|utca|1071
7|Dob|utca|1072
7|Klauzál|tér|1072
7|Erzsébet|körút|1073
7|Hernád|utca|1078
7|Garay|utca|1076
7|Alsóerdősor|utca|1074
7|Rottenbiller|utca|1077
8|József|körút|1085
8|Baross|utca|1082
8|Práter|utca|1083
8|Futó|utca|1082
8|Népszínház|utca|1081
8|Bérkocsis|utca|1081
8|Szigony|utca|1083
8|Corvin|sétány|1082
8|Krúdy|utca|1088
8|Mikszáth Kálmán|tér|1088
8|Tavaszmező|utca|1084
8|Kőris|utca|1089
9|Ráday|utca|1092
9|Mester|utca|1095
9|Lónyay|utca|1093
9|Bakáts|tér|1092
9|Haller|utca|1096
9|Üllői|út|1091
9|Tűzoltó|utca|1094
9|Thaly Kálmán|utca|1096
9|Balázs Béla|utca|1094
9|Vágóhíd|utca|1097
9|Gát|utca|1095
10|Kőbányai|út|1101
10|Kőrösi Csoma Sándor|út|1102
10|Szent László|tér|1102
10|Harmat|utca|1105
10|Ihász|utca|1105
10|Gyöngyike|utca|1108
10|Maglódi|út|1106
10|Sibrik Miklós|út|1108
11|Bartók Béla|út|1114
11|Fehérvári|út|1117
11|Karinthy Frigyes|út|1117
11|Bocskai|út|1113
11|Villányi|út|1114
11|Budafoki|út|1111
11|Etele|út|1119
11|Tétényi|út|1115
11|Irinyi József|utca|1117
11|Ménesi|út|1118
11|Budaörsi|út|1118
11|Zsombolyai|utca|1113
11|Fadrusz|utca|1114
11|Bercsényi|utca|1111
11|Lágymányosi|utca|1111
11|Kelenhegyi|út|1118
11|Hamzsabégi|út|1114
11|Hengermalom|út|1117
11|Petzvál József|utca|1119
11|Nagyszőlős|utca|1113
11|Kosztolányi Dezső|tér|1113
11|Gazdagréti|út|1118
11|Rétköz|utca|1118
11|Tas vezér|utca|1113
11|Mohai|út|1119
11|Andor|utca|1119
11|Fraknó|utca|1115
11|Bártfai|utca|1115
11|Halmi|utca|1115
11|Kondorosi|út|1116
11|Szerémi|sor|1117
12|Böszörményi|út|1126
12|Alkotás|utca|1123
12|Németvölgyi|út|1124
12|Istenhegyi|út|1125
12|Diós|árok|1125
12|Kútvölgyi|út|1125
12|Csörsz|utca|1123
12|Maros|utca|1122
12|Ugocsa|utca|1126
12|Városmajor|utca|1122
13|Visegrádi|utca|1132
13|Váci|út|1134
13|Tátra|utca|1136
13|Pozsonyi|út|1137
13|Szent István|körút|1137
13|Hegedűs Gyula|utca|1136
13|Csanády|utca|1132
13|Dagály|utca|1138
13|Róbert Károly|körút|1134
13|Lehel|utca|1134
13|Kárpát|utca|1133
13|Gogol|utca|1133
13|Radnóti Miklós|utca|1137
13|Pannónia|utca|1136
13|Hollán Ernő|utca|1136
13|Fiastyúk|utca|1139
13|Petneházy|utca|1139
13|Országbíró|utca|1139
13|Gyöngyösi|utca|1131
13|Babér|utca|1131
13|Reitter Ferenc|utca|1135
13|Tahi|utca|1131
14|Thököly|út|1146
14|Hungária|körút|1143
14|Stefánia|út|1143
14|Amerikai|út|1145
14|Mexikói|út|1145
14|Bosnyák|tér|1148
14|Róna|utca|1149
14|Erzsébet királyné|útja|1145
14|Fogarasi|út|1148
14|Ajtósi Dürer|sor|1146
14|Columbus|utca|1145
14|Nagy Lajos király|útja|1148
14|Egressy|út|1149
14|Telepes|utca|1147
15|Rákos|út|1151
15|Szentmihályi|út|1152
15|Pestújhelyi|út|1158
15|Kolozsvár|utca|1155
16|Veres Péter|út|1163
16|Jókai Mór|utca|1162
16|Csömöri|út|1161
16|Rákosi|út|1161
16|Batthyány Ilona|utca|1161
18|Margó Tivadar|utca|1181
18|Nemes|utca|1183
18|Gyömrői|út|1188
18|Ferihegyi|út|1183
18|Havanna|utca|1181
18|Vajda János|utca|1188
22|Nagytétényi|út|1222
22|Kossuth Lajos|utca|1221
22|Anna|utca|1221
22|Törley|tér|1222
22|Rózsakert|utca|1223
22|Leányka|utca|1222
22|Tóth József|utca|1221
22|Háros|utca|1222
"""
BP_STREETS = []  # dicts: name, type, postal, district
for _ln in _BP_STREETS.strip().splitlines():
    _d, _n, _t, _p = _ln.split("|")
    BP_STREETS.append({"name": _n, "type": _t, "postal": _p, "district": int(_d)})

_GYOR_STREETS = """
Baross Gábor|út|9021
Király|utca|9021
Szent István|út|9021
Árpád|út|9022
Kazinczy|utca|9021
Bajcsy-Zsilinszky|út|9021
Tihanyi Árpád|út|9023
Vasvári Pál|utca|9024
Ifjúság|körút|9024
Szigethy Attila|út|9023
Kodály Zoltán|utca|9024
Kálóczy|tér|9025
Radnóti Miklós|utca|9024
Kossuth Lajos|utca|9025
Mártírok|útja|9028
Fehérvári|út|9028
Hédervári|út|9026
Nádor|tér|9023
Kandó Kálmán|utca|9027
Szabadsajtó|utca|9022
Bartók Béla|út|9024
Örkény István|utca|9026
Dózsa György|rakpart|9026
Mester|utca|9023
Cuha|utca|9028
Pápai|út|9024
Illyés Gyula|utca|9024
Zechmeister|utca|9021
Bem|tér|9027
Erkel Ferenc|utca|9025
"""
_DEBRECEN_STREETS = """
Piac|utca|4024
Kossuth|utca|4024
Hatvan|utca|4025
Péterfia|utca|4026
Kálvin|tér|4026
Simonyi|út|4028
Nagyerdei|körút|4032
Egyetem|tér|4032
Füredi|út|4027
Böszörményi|út|4032
Bethlen|utca|4026
Kassai|út|4028
Mikszáth Kálmán|utca|4032
Szoboszlói|út|4031
Vágóhíd|utca|4034
Hunyadi János|utca|4026
Csapó|utca|4029
Rákóczi|utca|4024
Bem|tér|4026
Dózsa György|utca|4029
Jerikó|utca|4032
Sámsoni|út|4031
Faraktár|utca|4024
Bajcsy-Zsilinszky|utca|4025
Thomas Mann|utca|4024
Wesselényi|utca|4026
Ótemető|utca|4028
Tócóskert|tér|4031
Pallagi|út|4032
Holló János|utca|4031
"""


def _parse_city_streets(block):
    out = []
    for ln in block.strip().splitlines():
        n, t, p = ln.split("|")
        out.append({"name": n, "type": t, "postal": p, "district": None})
    return out


GYOR_STREETS = _parse_city_streets(_GYOR_STREETS)
DEBRECEN_STREETS = _parse_city_streets(_DEBRECEN_STREETS)

# generic street names found in nearly every Hungarian town and village
_GENERIC_STREETS = """
Kossuth Lajos|utca
Petőfi Sándor|utca
Rákóczi Ferenc|utca
Dózsa György|út
Ady Endre|utca
Arany János|utca
Jókai Mór|utca
Széchenyi István|utca
Fő|utca
Béke|utca
Szabadság|tér
Deák Ferenc|utca
Táncsics Mihály|utca
Vörösmarty Mihály|utca
Hunyadi János|utca
Zrínyi Miklós|utca
Bem József|utca
Batthyány|utca
Kölcsey Ferenc|utca
Vasút|utca
Rózsa|utca
Akácfa|utca
Hársfa|utca
Tavasz|utca
Nyárfa|utca
Szőlő|utca
Iskola|utca
Mátyás király|utca
Kinizsi Pál|utca
Tóth Árpád|utca
Liliom|utca
Gesztenye|sor
Templom|köz
Malom|köz
Toldi Miklós|utca
Damjanich János|utca
Esze Tamás|utca
Hegyalja|utca
Erdő|sor
Szent Imre|utca
Munkácsy Mihály|utca
Határ|út
Kert|utca
Pipacs|köz
"""
GENERIC_STREETS = [{"name": l.split("|")[0], "type": l.split("|")[1]} for l in _GENERIC_STREETS.strip().splitlines()]
_BALATON_STREETS = """
Parti|sétány
Napfény|sétány
Aranypart|utca
Vitorlás|utca
Sirály|utca
Nádas|köz
Berek|utca
Hajó|utca
Móló|köz
Présház|dűlő
Szőlőhegy|dűlő
Kikötő|utca
Fürdő|utca
Horgász|köz
Révész|utca
Balatoni|út
Kilátó|utca
Csónak|utca
"""
BALATON_STREETS = [{"name": l.split("|")[0], "type": l.split("|")[1]} for l in _BALATON_STREETS.strip().splitlines()]

STREET_TYPE_ABBR = {"utca": "u.", "körút": "krt.", "sétány": "stny.", "rakpart": "rkp.", "útja": "útja",
                    "út": "út", "tér": "tér", "köz": "köz", "fasor": "fasor", "dűlő": "dülő", "sor": "sor",
                    "árok": "árok"}
# how the technicians' app / sloppy typing writes the type
STREET_TYPE_SLOPPY = {"utca": "u", "út": "ut", "körút": "krt", "tér": "ter", "sétány": "setany",
                      "rakpart": "rkp", "köz": "koz", "dűlő": "dulo", "útja": "utja", "fasor": "fasor",
                      "sor": "sor", "árok": "arok"}

# --- organisations ------------------------------------------------------------------
BRAND_STEMS = """Pannon-Therm Duna-Klíma Rába Hajdú Tisza Mátra Bakony Vértes Zenit Korona
Napsugár Aranykalász Kristály Delta Omega Kárpát Szivárvány Platán Tölgyfa Bástya Gránit
Meridián Prizma Orion Polaris Csillag Fenyves Diófa Hunor Turul Levendula Margaréta Kikelet
Hajnal Aranyhíd Ezüstfenyő Gesztenyés Nefelejcs Búzavirág Alfa Vektor Opál Smaragd Borostyán
Zafír Rózsakert Hársfa Szőlőskert Várkert Malomkert Tölgyes Bükk Hegyalja Rábca Marcal
Hortobágy Nagyerdő Bocskai Árpád Lehel Kinizsi Piramis Főnix Titán Atlasz Sirius Gemini
Kelet Nyugat Csermely Fecske Pacsirta Galamb Sólyom Kócsag Aranyfácán Kék-Duna Hóvirág
Ibolya Tulipán Jázmin Bodza Csipkebogyó Kőrisfa Juharfa Nyírfa Szilfa Fűzfa Cserfa""".split()
BRAND_SUFFIX = ["Ker", "Bau", "Invest", "Trade", "Team", "Service", "Consult", "Hungária", "Pannónia",
                "Plusz", "Duó", "Trió", "Coop", "Profi", "Techno", "Line"]
TRADES = ["Kereskedelmi és Szolgáltató", "Építőipari", "Ingatlanforgalmazó", "Könyvelő", "Informatikai",
          "Szállítmányozási", "Fuvarozó", "Nyomdaipari", "Autójavító", "Kereskedelmi", "Tanácsadó",
          "Villamosipari", "Asztalosipari", "Mezőgazdasági", "Optikai", "Egészségügyi",
          "Pénzügyi Tanácsadó", "Logisztikai", "Reklám", "Mérnöki", "Kozmetikai", "Virágkötészeti",
          "Vagyonkezelő", "Ingatlanhasznosító", "Gépészeti", "Élelmiszer-kereskedelmi", "Kertészeti",
          "Fémipari", "Műanyagipari", "Szoftverfejlesztő", "Festő-mázoló", "Takarító", "Biztonságtechnikai",
          "Oktatási", "Rendezvényszervező", "Fotó", "Utazási", "Szerszámgép-kereskedelmi"]
LEGAL_FORMS = {
    "kft": ["Kft.", "Kft", "KFT", "KFT.", "kft.", "Korlátolt Felelősségű Társaság"],
    "bt": ["Bt.", "Bt", "BT", "BT.", "bt.", "Betéti Társaság"],
    "zrt": ["Zrt.", "ZRT", "Zrt", "zrt.", "Zártkörűen Működő Részvénytársaság"],
    "nyrt": ["Nyrt.", "NYRT", "Nyrt", "Nyilvánosan Működő Részvénytársaság"],
    "kkt": ["Kkt.", "KKT", "Kkt", "Közkereseti Társaság"],
    "ev": ["e.v.", "ev.", "E.V.", "EV", "egyéni vállalkozó", "e. v."],
}
SAINTS = ["Szent István", "Szent Imre", "Szent László", "Szent Erzsébet", "Szent Margit", "Szent Anna",
          "Szent József", "Szent Mihály", "Szent Gellért", "Szent Antal", "Szent Kereszt",
          "Jézus Szíve", "Szent Család", "Nagyboldogasszony", "Szent Péter és Pál", "Szent Flórián",
          "Szent Mátyás", "Szent Kinga", "Kisboldogasszony", "Szent Lőrinc"]
SCHOOL_NAMESAKES = ["Petőfi Sándor", "Arany János", "Kölcsey Ferenc", "Móra Ferenc", "Bolyai János",
                    "Szent István", "Kazinczy Ferenc", "Jókai Mór", "Széchenyi István", "Vörösmarty Mihály",
                    "Zrínyi Ilona", "Hunyadi János", "Bartók Béla", "Kodály Zoltán", "Gárdonyi Géza",
                    "Fekete István", "Weöres Sándor", "Radnóti Miklós", "József Attila", "Mikszáth Kálmán",
                    "Lorántffy Zsuzsanna", "Szabó Lőrinc", "Teleki Blanka", "Bethlen Gábor",
                    "Kossuth Lajos", "Deák Ferenc", "Batthyány Lajos", "Eötvös József"]
CLUB_KINDS = ["Horgász Egyesület", "Nyugdíjas Klub Egyesület", "Polgárőr Egyesület", "Kertbarát Kör Egyesület",
              "Kulturális Egyesület", "Íjász Egyesület", "Tánc Egyesület", "Vöröskereszt Alapszervezet Egyesület",
              "Természetjáró Egyesület", "Borbarát Egyesület"]
SE_NAMES = ["Kinizsi", "Vasas", "Spartacus", "Bocskai", "Rákóczi", "Honvéd", "Dózsa", "Haladás", "Petőfi",
            "Testvériség", "Építők", "Postás", "Törekvés", "Előre", "Lendület", "Sólymok", "Bástya"]
FOUNDATION_NAMES = ["Együtt a {adj} Gyermekekért", "{adj} Iskolásokért", "Esély", "Napfény Gyermekeiért",
                    "Szivárvány Közösségi", "Segítő Kéz", "{adj} Idősekért", "Mosoly", "Reménysugár",
                    "Jövőnkért", "{adj} Kultúráért", "Zöld {adj} Környezetvédelmi", "Életfa", "Harmónia",
                    "Szent Ferenc Szeretetszolgálat", "Gyermekmosoly"]
BAKERY_WORDS = ["Pékség", "Sütöde", "Pékség és Cukrászda", "Kenyérgyár", "Sütőipari"]
RESTAURANT_WORDS = ["Étterem", "Vendéglő", "Csárda", "Bisztró", "Pizzéria", "Cukrászda", "Söröző",
                    "Halászcsárda", "Kávézó", "Büfé", "Kifőzde", "Étterem és Panzió"]
DENTAL_WORDS = ["Fogászat", "Fogászati Rendelő", "Fogorvosi Rendelő", "Dental", "Fogászati Központ",
                "Fogszabályozó Rendelő"]
MANAGER_WORDS = ["Ingatlankezelő", "Társasházkezelő", "Házkezelő", "Közös Képviselet", "Ingatlanüzemeltető",
                 "Lakásszövetkezeti és Társasházkezelő"]
MUNICIPAL_UNITS = ["Polgármesteri Hivatal", "Napközi Otthonos Óvoda", "Városgondnokság", "Városi Könyvtár",
                   "Közös Önkormányzati Hivatal", "Szociális Szolgáltató Központ", "Bölcsőde",
                   "Művelődési Ház"]

# abbreviations used by people / the old invoicing program for organisation names
ORG_ABBREV = [("és Társa", "és Tsa."), ("Általános Iskola", "Ált. Isk."), ("Római Katolikus", "Róm. Kat."),
              ("Református Egyházközség", "Ref. Egyházközség"), ("Evangélikus Egyházközség", "Ev. Egyházközség"),
              ("Önkormányzata", "Önk."), ("Lakásszövetkezet", "Lakásszöv."), ("Alapítvány", "Alap."),
              ("Sportegyesület", "SE"), ("Egyesület", "Egy."), ("Kereskedelmi és Szolgáltató", "Ker. és Szolg."),
              ("Kereskedelmi", "Ker."), ("Építőipari", "Építőip."), ("Ingatlankezelő", "Ingatlankez."),
              ("Fogorvosi Rendelő", "Fogorvosi Rend."), ("Közhasznú", "Kh."), ("Polgármesteri Hivatal", "Polg. Hiv."),
              ("Napközi Otthonos Óvoda", "Napköziotthonos Óvoda"), ("Társasházkezelő", "Társasház-kezelő"),
              ("Pékség és Cukrászda", "Pékség-Cukrászda"), ("Tanácsadó", "Tanácsadó Iroda")]

# free-mail domains as Hungarians use them (weights)
FREEMAIL = [("gmail.com", 45), ("freemail.hu", 18), ("citromail.hu", 7), ("t-online.hu", 6),
            ("outlook.hu", 5), ("hotmail.com", 5), ("yahoo.com", 3), ("invitel.hu", 3),
            ("vipmail.hu", 2), ("indamail.hu", 4), ("upcmail.hu", 2)]
FREEMAIL_DOMAINS = [d for d, _ in FREEMAIL]
EMAIL_DOMAIN_TYPOS = {
    "gmail.com": ["gmial.com", "gmail.hu", "gmai.com", "gamil.com", "gmail.co", "gmaill.com"],
    "freemail.hu": ["freemal.hu", "freemail.com", "fremail.hu", "freemial.hu"],
    "citromail.hu": ["citromail.com", "citromial.hu", "citromai.hu"],
    "t-online.hu": ["tonline.hu", "t-online.com", "t-onlin.hu"],
    "outlook.hu": ["outlok.hu", "outloook.hu"],
    "hotmail.com": ["hotmail.hu", "hotmial.com", "hotmai.com"],
    "yahoo.com": ["yahho.com", "yaho.com"],
    "invitel.hu": ["invitel.com", "invitell.hu"],
    "vipmail.hu": ["vipmial.hu", "vipmail.com"],
    "indamail.hu": ["indamial.hu", "indamail.com"],
    "upcmail.hu": ["upcmial.hu", "upcmail.com"],
}
PERSON_COMPANY_JUNK = ["magánszemély", "Magánszemély", "MAGÁNSZEMÉLY", "-", "nincs", "magán", "Magánszemély (nem cég)"]


# =====================================================================================
# 2. TEXT UTILITIES
# =====================================================================================

def strip_acc(s):
    """Remove diacritics (á -> a, ő -> o ...)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    """ascii lowercase letters and digits only (for mailboxes and domains)."""
    return re.sub(r"[^a-z0-9]", "", strip_acc(s).lower())


# UTF-8 bytes shown as Windows-1252 (what the old invoicing program's export does).
# Bytes undefined in cp1252 (0x81, 0x8D, 0x90) are simply lost, as in real exports.
_MOJI = {}
for _ch in "áéíóöőúüűÁÉÍÓÖŐÚÜŰ":
    _MOJI[_ch] = _ch.encode("utf-8").decode("cp1252", errors="ignore")
_MOJI["Í"] = "I"          # "Ã" alone would be ambiguous with Á; the export drops the accent
_TILDE = str.maketrans({"ő": "õ", "ű": "û", "Ő": "Õ", "Ű": "Û"})


def mojibake(s):
    return "".join(_MOJI.get(c, c) for c in s)


def tilde(s):
    """Latin-1 fallback: ő/ű become õ/û (the other letters exist in Latin-1)."""
    return s.translate(_TILDE)


def apply_enc(s, enc):
    if s is None or enc is None:
        return s
    if enc == "strip":
        return strip_acc(s)
    if enc == "mojibake":
        return mojibake(s)
    if enc == "tilde":
        return tilde(s)
    raise ValueError(enc)


def apply_case(s, case):
    if s is None or case is None:
        return s
    if case == "upper":
        return s.upper()
    if case == "lower":
        return s.lower()
    raise ValueError(case)


# Hungarian QWERTZ keyboard neighbours (for realistic typos)
_KB_ROWS = ["qwertzuiopőú", "asdfghjkléáű", "íyxcvbnm"]
KB_NEIGH = {}
for _r, _row in enumerate(_KB_ROWS):
    for _i, _c in enumerate(_row):
        nb = []
        if _i > 0:
            nb.append(_row[_i - 1])
        if _i + 1 < len(_row):
            nb.append(_row[_i + 1])
        for _rr in (_r - 1, _r + 1):
            if 0 <= _rr < len(_KB_ROWS):
                other = _KB_ROWS[_rr]
                for _j in (_i - 1, _i, _i + 1):
                    if 0 <= _j < len(other):
                        nb.append(other[_j])
        KB_NEIGH[_c] = "".join(x for x in nb if x.isalpha() and x in "abcdefghijklmnopqrstuvwxyz")
ACCENT_CONFUSION = {"ő": "ö", "ű": "ü", "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ö": "o",
                    "ü": "u", "Ő": "Ö", "Ű": "Ü", "Á": "A", "É": "E"}


def _match_case(new, old):
    return new.upper() if old.isupper() else new


def typo(s, rng, hard=False):
    """One realistic typo.  hard=True: only letter-level typos that survive accent
    stripping (used where the typo must really break an identifier)."""
    if not s or len(s) < 3:
        return s
    for _ in range(40):
        kinds = ["sub", "del", "dup", "swap"] if hard else ["sub", "del", "dup", "swap", "acc", "acc"]
        kind = rng.choice(kinds)
        pos = [i for i, c in enumerate(s) if c.isalpha()]
        if hard:
            pos = [i for i in pos if i > 0]
        if not pos:
            return s
        i = rng.choice(pos)
        c = s[i]
        if kind == "acc":
            if c not in ACCENT_CONFUSION:
                continue
            out = s[:i] + ACCENT_CONFUSION[c] + s[i + 1:]
        elif kind == "sub":
            lc = strip_acc(c.lower())
            nb = KB_NEIGH.get(lc, "")
            if not nb:
                continue
            out = s[:i] + _match_case(rng.choice(nb), c) + s[i + 1:]
        elif kind == "del":
            if i == 0:
                continue
            out = s[:i] + s[i + 1:]
        elif kind == "dup":
            out = s[:i + 1] + c + s[i + 1:]
        else:  # swap with next letter
            if i + 1 >= len(s) or not s[i + 1].isalpha() or s[i + 1] == c:
                continue
            out = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if out == s:
            continue
        if hard and strip_acc(out).lower() == strip_acc(s).lower():
            continue
        return out
    return s


def ne_suffix(word):
    """Kovács -> Kovácsné, Varga -> Vargáné, István -> Istvánné, Imre -> Imréné."""
    if word.endswith("a"):
        return word[:-1] + "áné"
    if word.endswith("e"):
        return word[:-1] + "éné"
    return word + "né"


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------------------- phones
MOBILE_PREFIX = [("30", 40), ("20", 35), ("70", 25)]
PHONE_STYLES_MOBILE = ["intl_sp", "intl_dash", "intl_compact", "intl_paren", "nat_sp", "nat_dash",
                       "nat_compact", "nat_slash", "nat_slash2", "short_slash", "short_paren", "nat_joined",
                       "intl00"]


def split_nat(nat):
    if nat.startswith("1"):
        return "1", nat[1:]
    return nat[:2], nat[2:]


def fmt_phone(nat, style):
    a, s = split_nat(nat)
    s1, s2 = s[:3], s[3:]
    if style == "intl_sp":
        return f"+36 {a} {s1} {s2}"
    if style == "intl_dash":
        return f"+36-{a}-{s1}-{s2}"
    if style == "intl_compact":
        return f"+36{a}{s}"
    if style == "intl_paren":
        return f"+36 ({a}) {s1}-{s2}"
    if style == "nat_sp":
        return f"06 {a} {s1} {s2}"
    if style == "nat_dash":
        return f"06-{a}-{s1}-{s2}"
    if style == "nat_compact":
        return f"06{a}{s}"
    if style == "nat_slash":
        return f"06-{a}/{s1}-{s2}"
    if style == "nat_slash2":
        if len(s) == 7:
            return f"06 {a}/{s1}-{s[3:5]}-{s[5:]}"
        return f"06 {a}/{s1}-{s2}"
    if style == "short_slash":
        return f"{a}/{s1}-{s2}"
    if style == "short_paren":
        return f"({a}) {s1} {s2}"
    if style == "nat_joined":
        return f"06{a} {s1} {s2}"
    if style == "intl00":
        return f"0036 {a} {s}"
    raise ValueError(style)


# ------------------------------------------------------------------ normalisation (gen)
_STOP_NAME = {"dr", "ifj", "id", "ifjabb", "idosebb", "nehai", "hagyateka", "hagyatek", "es", "neje",
              "kft", "bt", "zrt", "nyrt", "kkt", "ev", "e", "v", "egyeni", "vallalkozo", "korlatolt",
              "felelossegu", "tarsasag", "beteti", "zartkoruen", "mukodo", "reszvenytarsasag",
              "nyilvanosan", "kozkereseti", "ozv"}


def unmoji(s):
    for ch, seq in _MOJI.items():
        if len(seq) == 2:
            s = s.replace(seq, ch)
    return s.replace("Ã", "Á").replace("Å", "Ő")


def norm_text(s):
    return strip_acc(unmoji(s)).lower()


def name_tokens_of(contact):
    s = contact.get("displayName") or contact.get("companyName") or ""
    s = re.sub(r"\([^)]*\)", " ", s)
    s = norm_text(s)
    toks = [t for t in re.split(r"[^a-z0-9]+", s) if t and t not in _STOP_NAME]
    return toks


_TOK_CACHE = {}


def _tok_ratio(x, y):
    if x == y:
        return 1.0
    k = (x, y) if x < y else (y, x)
    r = _TOK_CACHE.get(k)
    if r is None:
        r = _TOK_CACHE[k] = SequenceMatcher(None, k[0], k[1]).ratio()
    return r


def name_sim(t1, t2):
    """Symmetric soft token match: every token is scored by its best counterpart
    (character ratio) on the other side; the mean over all tokens of both names."""
    if not t1 or not t2:
        return 0.0
    s1 = sum(max(_tok_ratio(x, y) for y in t2) for x in t1)
    s2 = sum(max(_tok_ratio(y, x) for x in t1) for y in t2)
    return (s1 + s2) / (len(t1) + len(t2))


def city_key(city):
    if not city:
        return None
    s = norm_text(city)
    s = re.sub(r"[^a-z0-9 ]", " ", s).strip()
    if s.startswith("budapest") or s.startswith("bp"):
        return "budapest"
    s = re.sub(r"\s+", "", s)
    return s or None


# =====================================================================================
# 3. THE WORLD: canonical customers and registries
# =====================================================================================

GROUP_WEIGHTS = {
    "flat": [("bp", 62), ("gyor", 13), ("debrecen", 13), ("pest", 6), ("gyor_area", 2), ("hb_area", 2), ("other", 2)],
    "house": [("bp", 22), ("gyor", 7), ("debrecen", 8), ("pest", 30), ("gyor_area", 15), ("hb_area", 14), ("other", 4)],
    "org": [("bp", 45), ("gyor", 14), ("debrecen", 14), ("pest", 13), ("gyor_area", 6), ("hb_area", 6), ("other", 2)],
    "town": [("pest", 40), ("gyor_area", 28), ("hb_area", 25), ("other", 7)],
    "bigcity": [("bp", 70), ("gyor", 15), ("debrecen", 15)],
    "balaton": [("balaton", 1)],
}
BP_OUTER = [2, 3, 12, 14, 15, 16, 18, 22]


class World:
    def __init__(self, rng):
        self.rng = rng
        self.entities = {}          # id -> entity (insertion ordered)
        self._ids = set()
        self.addr_keys = {}         # building key -> [entity ids]
        self.phones = {}            # national number -> entity id
        self.emails = {}            # lower-case e-mail -> entity id
        self.domains = {}           # own e-mail domains -> entity id
        self.taxnums = set()
        self.municipal_cities = set()
        self.street_keys_ok()

    # ------------------------------------------------------------------ helpers
    def street_keys_ok(self):
        """Street names are compared by (first word, type) inside a settlement:
        make sure our street lists never have two streets with the same key."""
        def key(st):
            first = strip_acc(st["name"].split()[0].split("-")[0]).lower().rstrip(".")
            return (first, strip_acc(st["type"]).lower())
        for pool in (BP_STREETS, GYOR_STREETS, DEBRECEN_STREETS, GENERIC_STREETS + BALATON_STREETS):
            seen = {}
            for st in pool:
                k = key(st)
                assert k not in seen, ("street key clash", st, seen[k])
                seen[k] = st

    def new_id(self):
        while True:
            i = "c%07x" % self.rng.getrandbits(28)
            if i not in self._ids:
                self._ids.add(i)
                return i

    def add(self, e):
        self.entities[e["id"]] = e
        return e

    def pick_group(self, mode):
        return weighted(self.rng, GROUP_WEIGHTS[mode])

    def pick_settlement(self, group, outer_bp=False):
        """-> (city name, district or None)"""
        rng = self.rng
        if group == "bp":
            if outer_bp:
                d = weighted(rng, [(d, BP_DISTRICT_WEIGHT[d]) for d in BP_OUTER])
            else:
                d = weighted(rng, sorted(BP_DISTRICT_WEIGHT.items()))
            return "Budapest", d
        if group == "gyor":
            return "Győr", None
        if group == "debrecen":
            return "Debrecen", None
        cands = [(s["name"], s["weight"]) for s in SETTLEMENTS if s["group"] == group]
        return weighted(rng, cands), None

    def streets_of(self, city, district=None):
        if city == "Budapest":
            pool = [s for s in BP_STREETS if district is None or s["district"] == district]
            return pool or BP_STREETS
        if city == "Győr":
            return GYOR_STREETS
        if city == "Debrecen":
            return DEBRECEN_STREETS
        if SETTLEMENT_BY_NAME[city]["group"] == "balaton":
            return GENERIC_STREETS + BALATON_STREETS + BALATON_STREETS
        return GENERIC_STREETS

    def county_of(self, city):
        if city == "Budapest":
            return "Budapest"
        return SETTLEMENT_BY_NAME[city]["county"]

    @staticmethod
    def addr_key(a):
        return (a["city"], a["street"], a["stype"], a["house"][0], a["house"][1])

    def register_addr(self, a, owner):
        self.addr_keys.setdefault(self.addr_key(a), []).append(owner)

    def new_address(self, owner, city, district=None, unit=False, street=None, house=None,
                    allow_shared=False, org_unit=False):
        rng = self.rng
        for _ in range(400):
            st = street or rng.choice(self.streets_of(city, district))
            big = city in ("Budapest", "Győr", "Debrecen")
            if house is not None:
                h = house
            else:
                n = rng.randint(1, 140 if big else 95)
                if rng.random() < 0.25:
                    n = rng.randint(1, 30)
                letter = rng.choice(["A", "B", "C"]) if rng.random() < 0.06 else None
                h = (n, letter)
            if city == "Budapest":
                postal = st["postal"]
                dist = st["district"]
            elif city in ("Győr", "Debrecen"):
                postal = st["postal"]
                dist = None
            else:
                postal = SETTLEMENT_BY_NAME[city]["postal"]
                dist = None
            a = {"city": city, "district": dist, "county": self.county_of(city), "street": st["name"],
                 "stype": st["type"], "postal": postal, "house": h, "unit": None}
            if unit:
                stair = rng.choice(["A", "B", "C", "D"]) if rng.random() < 0.15 else None
                floor = rng.randint(0, 7 if city == "Budapest" else 4)
                door = rng.randint(1, 36 if city == "Budapest" else 20)
                a["unit"] = (stair, floor, door)
            elif org_unit:
                a["unit"] = (None, 0, rng.randint(1, 6))
            k = self.addr_key(a)
            if allow_shared or k not in self.addr_keys:
                self.register_addr(a, owner)
                return a
            street = None if street is None else street
            house = None
        raise RuntimeError("cannot place address")

    def new_mobile(self, owner):
        rng = self.rng
        while True:
            nat = weighted(rng, MOBILE_PREFIX) + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
            if nat not in self.phones:
                self.phones[nat] = owner
                return nat

    def new_landline(self, owner, city):
        rng = self.rng
        while True:
            if city == "Budapest":
                nat = "1" + str(rng.randint(2, 4)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
            else:
                area = SETTLEMENT_BY_NAME[city]["area"]
                nat = area + str(rng.randint(2, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(5))
            if nat not in self.phones:
                self.phones[nat] = owner
                return nat

    def claim_email(self, addr, owner):
        k = addr.lower()
        if k in self.emails:
            return False
        self.emails[k] = owner
        return True

    def person_email(self, owner, fam, giv, year=None, family_box=False):
        rng = self.rng
        f = slug(fam.split()[-1] if " " in fam else fam)
        g = slug(giv)
        nick = slug(rng.choice(NICK[giv])) if giv in NICK else g
        y = year or str(rng.randint(50, 99)) if rng.random() < 0.8 else str(rng.randint(1950, 2003))
        if family_box:
            pats = [f"{f}csalad", f"{f}.csalad", f"{f}family", f"{f}.haz", f"csalad.{f}", f"{f}ek"]
        else:
            pats = [f"{f}.{g}", f"{f}{g}", f"{g}.{f}", f"{f}.{g}{y}", f"{g[0]}{f}", f"{f}{g[0]}",
                    f"{f}.{nick}", f"{nick}{f}{y}", f"{f}{y}", f"{g}{y}", f"{f}.{g}.{y}", f"{f}_{g}",
                    f"{g}{f}", f"{nick}.{f}"]
        for attempt in range(60):
            local = rng.choice(pats)
            if attempt > 8:
                local += str(rng.randint(1, 999))
            dom = weighted(rng, FREEMAIL)
            e = f"{local}@{dom}"
            if self.claim_email(e, owner):
                return e
        raise RuntimeError("email")

    def org_domain(self, owner, stem, extra=""):
        rng = self.rng
        base = slug(stem)
        for attempt in range(40):
            cand = base
            family_stem = any(w in FAMILY_SET for w in re.split(r"[ -]", stem))
            if extra and (family_stem or rng.random() < 0.5):
                cand += rng.choice(["-", ""]) + slug(extra.split()[0])[:14]
            if attempt > 3:
                cand += str(rng.randint(2, 99))
            cand += ".hu"
            if cand not in self.domains:
                self.domains[cand] = owner
                return cand
        raise RuntimeError("domain")

    def org_email(self, owner, stem, domain=None, contact=None, lf=None):
        rng = self.rng
        for attempt in range(60):
            if domain:
                if contact and rng.random() < 0.25:
                    cf, cg = person_name_parts(contact, "maiden" if contact.get("married") else None)
                    local = f"{slug(cg)}.{slug(cf.split()[-1])}"
                else:
                    local = rng.choice(["info", "iroda", "office", "titkarsag", "ugyfelszolgalat", "rendeles",
                                        "konyveles", "kapcsolat", "info", "info", "iroda"])
                if attempt > 5:
                    local += str(rng.randint(1, 9))
                e = f"{local}@{domain}"
            else:
                lfx = lf or "kft"
                local = slug(stem)[:18] + rng.choice(["", "." + lfx, lfx, "2000", ".iroda", "info", str(rng.randint(1, 99))])
                if len(local) < 7:
                    local += rng.choice([".iroda", "info", lfx, str(rng.randint(10, 99))])
                if attempt > 5:
                    local += str(rng.randint(1, 999))
                e = f"{local}@{weighted(rng, FREEMAIL)}"
            if self.claim_email(e, owner):
                return e
        raise RuntimeError("org email")

    def new_taxnum(self, county, vat):
        rng = self.rng
        while True:
            t = "%d%07d-%s-%s" % (rng.randint(1, 3), rng.randint(0, 9999999), vat, rng.choice(COUNTY_TAX[county]))
            if t not in self.taxnums:
                self.taxnums.add(t)
                return t

    # ------------------------------------------------------------------ people
    def rand_given(self, gender):
        return weighted(self.rng, MALE_WEIGHTED if gender == "m" else FEMALE_WEIGHTED)

    def rand_family(self):
        return weighted(self.rng, FAMILY_WEIGHTED)

    def new_name(self, gender, fam=None, married_p=0.55):
        """-> person name dict: own_fam, own_giv, gender, married {hfam,hgiv} | None, form"""
        rng = self.rng
        p = {"gender": gender, "own_fam": fam or self.rand_family(), "own_giv": self.rand_given(gender),
             "married": None, "form": "plain", "title": None, "marker": None}
        if gender == "f" and rng.random() < married_p:
            hfam = self.rand_family()
            while hfam == p["own_fam"]:
                hfam = self.rand_family()
            p["married"] = {"hfam": hfam, "hgiv": self.rand_given("m")}
            p["form"] = weighted(rng, [("ne_full", 28), ("ne_comb", 27), ("husband_family", 27), ("maiden", 18)])
        return p


def person_name_parts(p, form=None):
    """(family, given) as written for a name form."""
    form = form or p["form"]
    m = p.get("married")
    if not m or form in ("plain", "maiden"):
        return p["own_fam"], p["own_giv"]
    if form == "ne_full":
        return m["hfam"], ne_suffix(m["hgiv"])
    if form == "ne_comb":
        return ne_suffix(m["hfam"]) + " " + p["own_fam"], p["own_giv"]
    if form == "husband_family":
        return m["hfam"], p["own_giv"]
    raise ValueError(form)


def person_forms(p):
    if not p.get("married"):
        return ["plain"]
    return ["ne_full", "ne_comb", "husband_family", "maiden"]


# ------------------------------------------------------------------ person customers
PERSON_KINDS = ["flat_owner", "family_house", "weekend_house", "landlord", "tenant", "couple", "estate"]
ORG_KINDS = ["tarsashaz", "kozos_kepviselo", "lakasszovetkezet", "kft", "bt", "zrt", "nyrt", "kkt",
             "sole_trader", "bakery", "restaurant", "dental_practice", "school", "municipality", "parish",
             "foundation", "association", "sports_club", "municipal_unit"]


def home_address(W, owner, flat):
    if flat:
        g = W.pick_group("flat")
        city, d = W.pick_settlement(g)
        unit = city in ("Budapest", "Győr", "Debrecen") or W.rng.random() < 0.5
        return W.new_address(owner, city, d, unit=unit)
    g = W.pick_group("house")
    city, d = W.pick_settlement(g, outer_bp=True)
    return W.new_address(owner, city, d, unit=False)


def make_person(W, kind, gender=None, fam=None, giv=None, addr=None, title=None, marker=None, place=None,
                married=None):
    rng = W.rng
    eid = W.new_id()
    gender = gender or ("m" if rng.random() < 0.55 else "f")
    if kind == "couple":
        gender = "m"
    p = W.new_name(gender, fam=fam, married_p=0.0 if kind == "couple" else 0.55)
    if giv:
        p["own_giv"] = giv
    if title is not None:
        p["title"] = title or None
    elif rng.random() < 0.07:
        p["title"] = "dr."
    if marker is not None:
        p["marker"] = marker or None
    elif gender == "m" and rng.random() < 0.025:
        p["marker"] = "ifj." if rng.random() < 0.6 else "id."
    e = {"id": eid, "party": "person", "kind": kind, "p": p, "spouse": None, "couple_style": None,
         "estate_style": None, "other_addr": None, "manager": None, "contact": None}
    if kind == "couple":
        if rng.random() < 0.85:
            w = W.new_name("f", married_p=0.0)
            w["married"] = {"hfam": p["own_fam"], "hgiv": p["own_giv"]}
            w["form"] = weighted(rng, [("ne_full", 30), ("ne_comb", 30), ("husband_family", 25), ("maiden", 15)])
        else:  # partners, not married
            w = W.new_name("f", married_p=0.0)
        e["spouse"] = w
        e["couple_style"] = "neje" if (w.get("married") and rng.random() < 0.25) else "full"
    if kind == "estate":
        p["title"] = None
        p["marker"] = None
        e["estate_style"] = weighted(rng, [("hagy", 45), ("nehai", 40), ("paren", 15)])
    # addresses
    if married is not None:          # False: force an unmarried name form
        if married is False:
            p["married"], p["form"] = None, "plain"
        else:
            p["married"], p["form"] = copy.deepcopy(married[0]), married[1]
    if addr is not None:
        e["addr"] = addr
        W.register_addr(addr, eid)
    elif place is not None:
        flat = kind in ("flat_owner", "tenant") and place[0] in ("Budapest", "Győr", "Debrecen")
        e["addr"] = W.new_address(eid, place[0], place[1], unit=flat)
    elif kind in ("flat_owner", "tenant"):
        e["addr"] = home_address(W, eid, flat=True)
    elif kind == "family_house":
        e["addr"] = home_address(W, eid, flat=False)
    elif kind in ("couple", "estate"):
        e["addr"] = home_address(W, eid, flat=(rng.random() < (0.4 if kind == "couple" else 0.3)))
    elif kind in ("weekend_house", "landlord"):
        e["addr"] = home_address(W, eid, flat=rng.random() < 0.5)
    if kind == "weekend_house":
        city, _ = W.pick_settlement("balaton")
        e["other_addr"] = W.new_address(eid, city, unit=False)
    if kind == "landlord":
        g = W.pick_group("bigcity")
        city, d = W.pick_settlement(g)
        e["other_addr"] = W.new_address(eid, city, d, unit=True)
    # contact data
    fam_, giv_ = person_name_parts(p)
    if kind == "couple" and rng.random() < 0.3:
        e["email"] = W.person_email(eid, p["own_fam"], p["own_giv"], family_box=True)
    elif kind == "estate":
        # the heir / the executor handles the estate's mail
        e["email"] = W.person_email(eid, p["own_fam"], W.rand_given(rng.choice("mf")))
    else:
        e["email"] = W.person_email(eid, p["own_fam"], p["own_giv"])
    old = rng.random() < (0.30 if kind in ("estate",) else 0.12)
    e["phone"] = W.new_landline(eid, e["addr"]["city"]) if old else W.new_mobile(eid)
    e["city"] = e["addr"]["city"]
    return W.add(e)


# ------------------------------------------------------------------ organisations
def _contact(W, gender=None, title=None):
    g = gender or ("m" if W.rng.random() < 0.55 else "f")
    p = W.new_name(g, married_p=0.45)
    if title:
        p["title"] = title
    return p


def _company_name(W, kind):
    """-> (base, legal form key, stem)"""
    rng = W.rng
    lf = {"kft": "kft", "bt": "bt", "zrt": "zrt", "nyrt": "nyrt", "kkt": "kkt"}.get(kind)
    trade = rng.choice(TRADES)
    if kind == "kkt":
        f = W.rand_family()
        return f"{f} és Társa {trade}", lf, f
    if kind == "nyrt":
        s = rng.choice(BRAND_STEMS)
        return f"{s} {rng.choice(['Holding', 'Ipari', 'Ingatlan', 'Energetikai'])}", lf, s
    pat = weighted(rng, [("stem_trade", 45), ("fam_tarsa", 15), ("fam_trade", 12), ("fam2", 6), ("suffix", 22)])
    if pat == "stem_trade":
        s = rng.choice(BRAND_STEMS)
        return f"{s} {trade}", lf, s
    if pat == "fam_tarsa":
        f = W.rand_family()
        return f"{f} és Társa {trade}", lf, f
    if pat == "fam_trade":
        f = W.rand_family()
        return f"{f} {trade}", lf, f
    if pat == "fam2":
        f1, f2 = W.rand_family(), W.rand_family()
        while f2 == f1:
            f2 = W.rand_family()
        return f"{f1}-{f2} {trade}", lf, f"{f1}-{f2}"
    s = rng.choice(BRAND_STEMS).split("-")[0] + "-" + rng.choice(BRAND_SUFFIX)
    return f"{s} {trade}", lf, s


def org_city(W, kind):
    if kind in ("municipality",):
        for _ in range(200):
            g = W.pick_group("town")
            c, d = W.pick_settlement(g)
            if c not in W.municipal_cities:
                W.municipal_cities.add(c)
                return c, d
        raise RuntimeError("no more towns for municipalities")
    if kind in ("parish", "association", "foundation", "sports_club", "school"):
        g = weighted(W.rng, [("bp", 30), ("gyor", 8), ("debrecen", 8), ("pest", 22), ("gyor_area", 14),
                              ("hb_area", 14), ("balaton", 4)])
        return W.pick_settlement(g)
    if kind in ("tarsashaz", "lakasszovetkezet", "kozos_kepviselo"):
        g = W.pick_group("bigcity")
        return W.pick_settlement(g)
    g = W.pick_group("org")
    return W.pick_settlement(g)


def city_adj(city, district=None):
    if city == "Budapest":
        return "Budapest-" + BP_DISTRICT_ADJ.get(district or 11, "Kelenföldi")
    return SETTLEMENT_BY_NAME[city]["adj"]


PUBLIC_MAIL_TAGS = {"municipality": ["hivatal", "onkormanyzat", "polgarmester", "titkarsag", "jegyzo"],
                    "municipal_unit": ["hivatal", "gondnoksag", "ovoda", "intezmeny", "gazdasagi"],
                    "school": ["iskola", "titkarsag", "igazgato", "suli", "gazdasagi"],
                    "parish": ["plebania", "egyhazkozseg", "parokia", "lelkeszi.hivatal", "irodaja"]}


def public_email(W, eid, kind, city, stem):
    """free-mail mailboxes as small Hungarian public bodies use them"""
    rng = W.rng
    tag = PUBLIC_MAIL_TAGS[kind]
    for _ in range(80):
        loc = rng.choice(tag) + rng.choice([".", "", "_"]) + slug(city if kind != "school" else stem)[:14]
        if rng.random() < 0.3:
            loc += str(rng.randint(1, 99))
        cand = loc + "@" + weighted(rng, FREEMAIL)
        if W.claim_email(cand, eid):
            return cand
    raise RuntimeError("public email")


def make_org(W, kind, city=None, district=None, addr=None, manager=None, base=None, lf=None, stem=None,
             contact=None, email=None, phone=None, street=None, house=None):
    """Create an organisation customer.  Keyword arguments override the random choices
    (used for hard negatives built around an anchor)."""
    rng = W.rng
    eid = W.new_id()
    e = {"id": eid, "party": "org", "kind": kind, "contact": None, "manager": None, "renamed": None,
         "th": None, "staff": None, "domain": None}
    if city is None and addr is None:
        city, district = org_city(W, kind)
    if addr is not None:
        city, district = addr["city"], addr["district"]
    adj = city_adj(city, district)
    vat = "2"
    # ------------------------------------------------------------- names per kind
    if kind == "tarsashaz":
        if addr is None:
            addr = W.new_address(eid, city, district, street=street, house=house)
        else:
            W.register_addr(addr, eid)
        e["th"] = {"city": addr["city"], "district": addr["district"], "street": addr["street"],
                   "stype": addr["stype"], "house": addr["house"]}
        base, lf, stem = None, None, addr["street"].split()[0].split("-")[0]
        vat = "1"
    elif kind == "kozos_kepviselo":
        if base is None:
            s = rng.choice(BRAND_STEMS)
            if rng.random() < 0.2:
                s = W.rand_family() + " és Társa"
            base, lf, stem = f"{s} {rng.choice(MANAGER_WORDS)}", ("kft" if rng.random() < 0.7 else "bt"), s
    elif kind == "lakasszovetkezet":
        s = rng.choice(BRAND_STEMS)
        base, lf, stem = f"{s} Lakásszövetkezet", None, s
        vat = "1"
    elif kind in ("kft", "bt", "zrt", "nyrt", "kkt"):
        if base is None:
            base, lf, stem = _company_name(W, kind)
    elif kind == "sole_trader":
        if contact is None:
            contact = _contact(W, gender="m" if rng.random() < 0.75 else "f")
            contact["married"] = None
            contact["form"] = "plain"
        base, lf, stem = f"{contact['own_fam']} {contact['own_giv']}", "ev", contact["own_fam"]
        vat = rng.choice("12")
    elif kind == "bakery":
        if base is None:
            w = rng.choice(BAKERY_WORDS)
            if rng.random() < 0.55:
                s = rng.choice(BRAND_STEMS)
            else:
                s = W.rand_family() + (" és Fia" if rng.random() < 0.3 else "")
            base, lf, stem = f"{s} {w}", ("kft" if rng.random() < 0.55 else "bt"), s
    elif kind == "restaurant":
        if base is None:
            w = rng.choice(RESTAURANT_WORDS)
            s = rng.choice(BRAND_STEMS) if rng.random() < 0.7 else W.rand_family()
            base, lf, stem = f"{s} {w}", ("kft" if rng.random() < 0.6 else "bt"), s
    elif kind == "dental_practice":
        if base is None:
            w = rng.choice(DENTAL_WORDS)
            if rng.random() < 0.5:
                if contact is None:
                    contact = _contact(W, title="dr.")
                    contact["married"] = None
                    contact["form"] = "plain"
                base, stem = f"Dr. {contact['own_fam']} {w}", contact["own_fam"]
            else:
                s = rng.choice(BRAND_STEMS)
                base, stem = f"{s} {w}", s
            lf = "bt" if rng.random() < 0.55 else "kft"
    elif kind == "school":
        if base is None:
            ns = rng.choice(SCHOOL_NAMESAKES)
            base = f"{ns} Általános Iskola" if rng.random() < 0.6 else f"{adj} {ns} Általános Iskola"
            lf, stem = None, ns
        vat = rng.choice("12")
    elif kind == "municipality":
        word = "Község" if city in VILLAGES else ("Nagyközség" if rng.random() < 0.1 else "Város")
        base, lf, stem = f"{city} {word} Önkormányzata", None, city
    elif kind == "municipal_unit":
        if base is None:
            base, lf, stem = f"{adj} {rng.choice(MUNICIPAL_UNITS)}", None, city
    elif kind == "parish":
        if base is None:
            r = rng.random()
            saint = rng.choice(SAINTS)
            if r < 0.55:
                base, stem = f"{adj} {saint} Plébánia", saint
            elif r < 0.75:
                base, stem = f"{adj} Római Katolikus Plébánia", "Római Katolikus Plébánia"
            elif r < 0.92:
                base, stem = f"{adj} Református Egyházközség", "Református Egyházközség"
            else:
                base, stem = f"{adj} Evangélikus Egyházközség", "Evangélikus Egyházközség"
            lf = None
        vat = "1"
    elif kind == "foundation":
        if base is None:
            n = rng.choice(FOUNDATION_NAMES).replace("{adj}", adj)
            base, lf, stem = n + (" Közhasznú Alapítvány" if rng.random() < 0.3 else " Alapítvány"), None, n
        vat = "1"
    elif kind == "association":
        if base is None:
            ck = rng.choice(CLUB_KINDS)
            base, lf, stem = f"{adj} {ck}", None, ck
        vat = "1"
    elif kind == "sports_club":
        if base is None:
            se = rng.choice(SE_NAMES)
            base = f"{adj} {se} SE" if rng.random() < 0.7 else f"{adj} {se} Sportegyesület"
            lf, stem = None, se
        vat = "1"
    else:
        raise ValueError(kind)
    e["comp"] = {"base": base, "lf": lf}
    e["stem"] = stem
    # ------------------------------------------------------------- address
    if addr is None:
        if kind == "municipality":
            st = rng.choice([s for s in GENERIC_STREETS if s["name"] in ("Fő", "Kossuth Lajos", "Szabadság", "Petőfi Sándor")])
            addr = W.new_address(eid, city, district, street=st)
        elif kind == "lakasszovetkezet":
            addr = W.new_address(eid, city, district)
        else:
            addr = W.new_address(eid, city, district, org_unit=(kind in ("kft", "bt", "kozos_kepviselo", "dental_practice") and rng.random() < 0.25))
    elif kind != "tarsashaz":
        W.register_addr(addr, eid)
    e["addr"] = addr
    e["city"] = addr["city"]
    e["taxnum"] = W.new_taxnum(W.county_of(addr["city"]), vat)
    # ------------------------------------------------------------- contact person
    if contact is None and kind not in ("tarsashaz",):
        if kind == "sole_trader":
            pass
        elif rng.random() < 0.8:
            contact = _contact(W)
    if kind == "kozos_kepviselo":
        staff = [_contact(W) for _ in range(rng.randint(2, 3))]
        if contact is not None:
            staff[0] = contact
        e["staff"] = staff
        contact = staff[0]
    if kind == "tarsashaz":
        if manager is not None:
            e["manager"] = manager["id"]
            contact = rng.choice(manager["staff"])
        elif contact is None:
            contact = _contact(W)   # the resident közös képviselő
    e["contact"] = contact
    # ------------------------------------------------------------- e-mail / phone
    if email is not None:
        e["email"] = email
    elif kind == "tarsashaz" and manager is not None:
        e["email"] = manager["email"]
    elif kind == "tarsashaz":
        if rng.random() < 0.5:
            loc = slug(addr["street"].split()[0]) + str(addr["house"][0]) + rng.choice(["th", ".tarsashaz", "tarsashaz", ".kozoskepviselo"])
            e["email"] = loc + "@" + weighted(rng, FREEMAIL)
            if not W.claim_email(e["email"], eid):
                e["email"] = W.person_email(eid, contact["own_fam"], contact["own_giv"])
        else:
            e["email"] = W.person_email(eid, contact["own_fam"], contact["own_giv"])
    elif kind in ("sole_trader",):
        e["email"] = W.person_email(eid, contact["own_fam"], contact["own_giv"])
    elif kind in ("kft", "bt", "zrt", "nyrt", "kkt", "kozos_kepviselo", "bakery", "restaurant", "dental_practice") and rng.random() < (0.9 if kind in ("zrt", "nyrt") else 0.6):
        extra = next((w for w in base.split() if w not in stem.split() and w not in ("Dr.", "és", "Társa")), "")
        e["domain"] = W.org_domain(eid, stem, extra)
        e["email"] = W.org_email(eid, stem, e["domain"], contact)
    elif kind in PUBLIC_MAIL_TAGS:
        e["email"] = public_email(W, eid, kind, city, stem)
    else:
        e["email"] = W.org_email(eid, stem or base, None, contact, lf=lf if lf in ("kft", "bt", "zrt", "kkt") else None)
    if phone is not None:
        e["phone"] = phone
    elif kind == "tarsashaz" and manager is not None:
        e["phone"] = manager["phone"]
    elif kind in ("tarsashaz", "sole_trader", "association", "sports_club", "foundation"):
        e["phone"] = W.new_mobile(eid)
    else:
        e["phone"] = W.new_landline(eid, addr["city"]) if rng.random() < 0.6 else W.new_mobile(eid)
    return W.add(e)


# =====================================================================================
# 4. RECORD STATE AND RENDERING
# =====================================================================================
# A record is kept as a structured "state" (name parts, styles, flags) and rendered into
# the QuickBooks-like contact dict.  Noise operations change the state; the fields whose
# rendering changed tell which "field:what" labels an operation produced.

UNIT_STYLES = ["std", "long", "roman", "slash", "compact"]
HOUSE_STYLES = ["dot", "nodot", "lower", "joined"]
CITY_STYLES_BP = ["plain", "ker", "kerulet", "bp", "bpker", "num", "bpnum"]
REGION_ABBR = {"Budapest": "BP", "Pest": "PE", "Győr-Moson-Sopron": "GYMS", "Hajdú-Bihar": "HB",
               "Somogy": "SO", "Veszprém": "VE", "Zala": "ZA", "Fejér": "FE", "Komárom-Esztergom": "KE",
               "Szabolcs-Szatmár-Bereg": "SZ", "Csongrád-Csanád": "CS", "Baranya": "BA",
               "Borsod-Abaúj-Zemplén": "BAZ", "Bács-Kiskun": "BK", "Heves": "HE", "Jász-Nagykun-Szolnok": "JNSZ"}
COUNTRY_FORMS = ["Magyarország", "HU", "Hungary", "HUN", "Magyarorszag"]
TH_STYLES_EXISTING = [0, 1, 2, 4]
TH_STYLES_ALL = [0, 1, 2, 3, 4, 5, 6, 7]


def abbreviable_street(name):
    w = name.split()
    if len(w) < 2 or w[0] in ("Szent", "Október", "Nagy", "Tas") or not w[-1][0].isupper():
        return False
    return w[-1] in ALL_GIVEN or w[-1] in ("Frigyes", "Artúr", "Leó", "Károly", "Miksa", "Bertalan",
                                          "Ernő", "Dezső", "Tivadar", "Áron", "Gyula")


def abbrev_street_name(name):
    if name.startswith("Bajcsy-Zsilinszky"):
        return "Bajcsy-Zs."
    if not abbreviable_street(name):
        return name
    w = name.split()
    return " ".join([w[0]] + [x[0] + "." for x in w[1:]])


def addr_state(a):
    return {"street": a["street"], "sname": a["street"], "stype": a["stype"], "type_form": "full",
            "sabbr": False, "house": tuple(a["house"]), "house_style": "dot", "unit": a["unit"],
            "unit_style": "std", "unit_dropped": False, "merged": False, "city": a["city"],
            "cname": a["city"], "district": a["district"], "city_style": "plain", "postal": a["postal"],
            "county": a["county"], "region": a["county"], "country": "Magyarország",
            "key": World.addr_key(a), "street_typo": False, "city_typo": False, "house_typo": False}


def render_unit(unit, style):
    stair, floor, door = unit
    if style == "std":
        s = f"fsz. {door}." if floor == 0 else f"{floor}. em. {door}."
        return (f"{stair} lph. " + s) if stair else s
    if style == "long":
        s = f"földszint {door}. ajtó" if floor == 0 else f"{floor}. emelet {door}. ajtó"
        return (f"{stair} lépcsőház " + s) if stair else s
    if style == "roman":
        s = f"fszt. {door}." if floor == 0 else f"{ROMAN[floor]}/{door}"
        return (f"{stair}. lph. " + s) if stair else s
    if style == "slash":
        s = f"fsz/{door}" if floor == 0 else f"{floor}/{door}"
        return (f"{stair}/" + s) if stair else s
    if style == "compact":
        s = f"fszt.{door}" if floor == 0 else f"{floor}.em.{door}"
        return (f"{stair}.lph." + s) if stair else s
    raise ValueError(style)


def render_house(h, style):
    n, letter = h
    if style == "dot":
        return f"{n}/{letter}" if letter else f"{n}."
    if style == "nodot":
        return f"{n}/{letter}" if letter else f"{n}"
    if style == "lower":
        return f"{n}/{letter.lower()}" if letter else f"{n}."
    if style == "joined":
        return f"{n}{letter}" if letter else f"{n}"
    raise ValueError(style)


def render_city(a):
    c = a["cname"]
    if a["city"] != "Budapest" or not a["district"] or a["city_style"] == "plain":
        return c
    r, d = ROMAN[a["district"]], a["district"]
    st = a["city_style"]
    if st == "ker":
        return f"{c} {r}. ker."
    if st == "kerulet":
        return f"{c}, {r}. kerület"
    if st == "bp":
        return f"Bp. {r}."
    if st == "bpker":
        return f"Bp. {r}. ker."
    if st == "num":
        return f"{c} {d}"
    if st == "bpnum":
        return f"Bp.{d:02d}."
    raise ValueError(st)


def render_region(a):
    r = a["region"]
    if r is None:
        return None
    return r


def render_addr(a, enc, case):
    if a is None:
        return None
    sname = abbrev_street_name(a["sname"]) if a["sabbr"] else a["sname"]
    t = a["stype"]
    tf = {"full": t, "abbr": STREET_TYPE_ABBR[t], "sloppy": STREET_TYPE_SLOPPY[t]}[a["type_form"]]
    line1 = f"{sname} {tf} {render_house(a['house'], a['house_style'])}"
    unit_s = render_unit(a["unit"], a["unit_style"]) if (a["unit"] and not a["unit_dropped"]) else None
    line2 = None
    if unit_s:
        if a["merged"]:
            line1 = line1 + (", " if a["house_style"] == "nodot" else " ") + unit_s
        else:
            line2 = unit_s
    out = {"line1": line1, "line2": line2, "city": render_city(a), "region": render_region(a),
           "postalCode": a["postal"], "country": a["country"]}
    for k in ("line1", "line2", "city", "region", "country"):
        out[k] = apply_enc(apply_case(out[k], case), enc)
    return out


def render_th(th):
    S = abbrev_street_name(th["sname"]) if th.get("sabbr") else th["sname"]
    T = th["stype"]
    Ta = STREET_TYPE_ABBR[T]
    n, letter = th["house"]
    H = f"{n}/{letter}" if letter else f"{n}"
    style = th["style"]
    if th["city"] == "Budapest":
        cityp = f"Budapest {ROMAN[th['district']]}."
    else:
        cityp = th["city"]
    if style == 0:
        return f"{S} {T} {H}. Társasház"
    if style == 1:
        return f"{S} {Ta} {H}. Társasház"
    if style == 2:
        return f"{cityp}, {S} {Ta} {H}. Társasház"
    if style == 3:
        return f"Társasház, {th['city']}, {S} {T} {H}."
    if style == 4:
        return f"{S} {T} {H}. sz. Társasház"
    if style == 5:
        return f"{S} {Ta} {H}. TH"
    if style == 6:
        return f"{S} {H}. Társasház"
    if style == 7:
        return f"{cityp} {S} {T} {H} Társasház".replace(".,", ",")
    raise ValueError(style)


def apply_org_abbrev(base):
    for long, short in ORG_ABBREV:
        if long in base:
            base = base.replace(long, short)
    return base


def render_company(c):
    if c.get("th"):
        s = render_th(c["th"])
    else:
        base = apply_org_abbrev(c["base"]) if c["abbrev"] else c["base"]
        s = base + (" " + c["lf_form"] if c["lf_form"] else "")
    if c.get("former"):
        old, style = c["former"]
        s = {"korabban": f"{s} (korábban: {old})", "korabban2": f"{s} (korábban {old})",
             "volt": f"{s} (volt: {old})", "volt2": f"{s}, volt {old}"}[style]
    if c.get("tax"):
        tax, style = c["tax"]
        cand = {"paren": f"{s} ({tax})", "asz": f"{s} adószám: {tax}", "dash": f"{s} - {tax}",
                "asz2": f"{s} Asz.: {tax}"}[style]
        if len(cand) <= 100:
            s = cand
    return s


def render_person_core(fam, giv, order, swap, famupper):
    f = fam.upper() if famupper else fam
    gfield, ffield = (f, giv) if swap else (giv, f)
    if order == "west":
        core = f"{gfield} {ffield}"
    elif order == "comma":
        core = f"{ffield}, {gfield}"
    else:
        core = f"{ffield} {gfield}"
    return core, gfield, ffield


def render(st):
    """state -> contact dict (all values non-empty strings or None)."""
    ne, nc = st["nenc"], st["ncase"]
    if st["party"] == "person":
        core, g, f = render_person_core(st["fam"], st["giv"], st["order"], st["swap"], st["famupper"])
        if st.get("marker"):
            m = st["marker"]
            ms = st["marker_style"]
            long = {"ifj.": "ifjabb", "id.": "idősebb"}[m]
            core = {"pre": f"{m} {core}", "Pre": f"{m.capitalize()} {core}", "long": f"{long} {core}",
                    "post": f"{core} {m}"}[ms]
        if st.get("title"):
            ts = st["title_style"]
            core = {"pre": f"dr. {core}", "Pre": f"Dr. {core}", "post": f"{core} dr.", "DR": f"DR. {core}"}[ts]
        if st.get("spouse") == "neje":
            core = f"{core} és neje"
        elif st.get("spouse"):
            sp = st["spouse"]
            score, _, _ = render_person_core(sp["fam"], sp["giv"], "west" if st["order"] == "west" else "hu", False, st["famupper"])
            core = f"{core} és {score}"
        es = st.get("estate")
        if es:
            core = {"hagy": f"{core} hagyatéka", "nehai": f"néhai {core} hagyatéka", "paren": f"{core} (hagyaték)",
                    "prefix": f"Hagyaték: {core}", "dropped": core, "nehai2": f"néhai {core}"}[es]
        disp, given, family, comp = core, g, f, st.get("pcomp")
    else:
        comp = render_company(st["comp"])
        disp = comp
        c = st.get("c")
        if c:
            cf, cg = c["fam"], c["giv"]
            given, family = (cf, cg) if c.get("swap") else (cg, cf)
        else:
            given, family = None, None
    vals = {}
    for k, v in (("displayName", disp), ("givenName", given), ("familyName", family), ("companyName", comp)):
        v = apply_enc(apply_case(v, nc), ne)
        vals[k] = v
    if st.get("disamb") and vals["displayName"]:
        vals["displayName"] = vals["displayName"] + st["disamb"]
    email = st.get("email")
    phone = fmt_phone(st["phone"]["nat"], st["phone"]["style"]) if st.get("phone") else None
    addr = render_addr(st.get("addr"), st["aenc"], st["acase"])
    out = {"displayName": vals["displayName"], "givenName": vals["givenName"], "familyName": vals["familyName"],
           "companyName": vals["companyName"], "email": email, "phone": phone, "address": addr}
    for k in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
        if out[k] is not None:
            out[k] = re.sub(r"\s+", " ", out[k]).strip() or None
    if addr is not None:
        for k in list(addr):
            if addr[k] is not None:
                addr[k] = re.sub(r"\s+", " ", addr[k]).strip() or None
    return out


def base_state(W, E, existing=False):
    """Clean state of a customer as the accounting system (or a careful clerk) would write it."""
    rng = W.rng
    st = {"party": E["party"], "eid": E["id"], "nenc": None, "ncase": None, "aenc": None, "acase": None,
          "disamb": None, "pcomp": None}
    if E["party"] == "person":
        p = E["p"]
        fam, giv = person_name_parts(p)
        st.update({"fam": fam, "giv": giv, "form": p["form"], "title": p["title"], "title_style": "pre",
                   "marker": p["marker"], "marker_style": "pre", "order": "hu", "swap": False,
                   "famupper": False, "spouse": None, "estate": E["estate_style"], "who": "primary"})
        if E["kind"] == "couple":
            w = E["spouse"]
            if E["couple_style"] == "neje":
                st["spouse"] = "neje"
            else:
                wf, wg = person_name_parts(w)
                st["spouse"] = {"fam": wf, "giv": wg, "form": w["form"]}
    else:
        comp = {"base": E["comp"]["base"], "lf": E["comp"]["lf"],
                "lf_form": LEGAL_FORMS[E["comp"]["lf"]][0] if E["comp"]["lf"] else None,
                "abbrev": False, "former": None, "tax": None, "th": None}
        if E.get("renamed"):
            comp["base"] = E["renamed"]["old_base"]
        if E.get("th"):
            th = dict(E["th"])
            th["sname"] = th["street"]
            th["sabbr"] = False
            th["style"] = rng.choice(TH_STYLES_EXISTING) if existing else 0
            comp["th"] = th
        st["comp"] = comp
        c = E.get("contact")
        if c:
            cf, cg = person_name_parts(c)
            st["c"] = {"fam": cf, "giv": cg, "swap": False, "ref": "main"}
        else:
            st["c"] = None
    st["email"] = E["email"]
    st["phone"] = {"nat": E["phone"], "style": "intl_sp"}
    st["addr"] = addr_state(E["addr"])
    if existing:
        if st.get("title") and rng.random() < 0.3:
            st["title"] = None          # typed in without the title
        st["phone"]["style"] = weighted(rng, [("intl_sp", 55), ("nat_dash", 15), ("nat_sp", 15), ("intl_compact", 15)])
        a = st["addr"]
        a["type_form"] = "abbr" if rng.random() < 0.15 else "full"
        a["house_style"] = "nodot" if rng.random() < 0.15 else "dot"
        a["unit_style"] = weighted(rng, [("std", 70), ("roman", 20), ("long", 10)])
        a["merged"] = rng.random() < 0.15
        if a["city"] == "Budapest":
            a["city_style"] = "ker" if rng.random() < 0.2 else "plain"
            a["region"] = "Budapest" if rng.random() < 0.6 else None
        else:
            a["region"] = a["county"] if rng.random() < 0.7 else None
        a["country"] = weighted(rng, [("Magyarország", 75), ("HU", 15), (None, 10)])
        # what the accounting system happens to hold
        he, hp, ha = rng.random() < 0.78, rng.random() < 0.9, rng.random() < 0.94
        if not (he or hp or ha):
            hp = True
        if not he:
            st["email"] = None
        if not hp:
            st["phone"] = None
        if not ha:
            st["addr"] = None
    return st


LIMITS = {"displayName": 100, "givenName": 100, "familyName": 100, "companyName": 100, "email": 100,
          "phone": 30, "line1": 500, "line2": 500, "city": 255, "region": 255, "postalCode": 30, "country": 255}


def within_limits(c):
    for k in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
        if c[k] is not None and len(c[k]) > LIMITS[k]:
            return False
    if c["address"]:
        for k, v in c["address"].items():
            if v is not None and len(v) > LIMITS[k]:
                return False
    return True


FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
ADDR_FIELDS = ["line1", "line2", "city", "region", "postalCode", "country"]


def diff_fields(c1, c2):
    out = [f for f in FIELDS if c1[f] != c2[f]]
    a1, a2 = c1["address"], c2["address"]
    if (a1 is None) != (a2 is None):
        out.append("address")
    elif a1 is not None:
        out += ["address." + f for f in ADDR_FIELDS if a1[f] != a2[f]]
    return out


# =====================================================================================
# 5. NOISE OPERATIONS
# =====================================================================================
# Each op: fn(W, E, st) -> bool (True if it applied).  OP_WHAT gives the label used in
# meta "changes" ("field:what") for every field the op actually changed.

OPS = {}
OP_WHAT = {}


def op(name, what):
    def deco(fn):
        OPS[name] = fn
        OP_WHAT[name] = what
        return fn
    return deco


def is_person(st):
    return st["party"] == "person"


# ---------------------------------------------------------------- encodings and case
def _set(st, keys, val):
    if all(st[k] == val for k in keys):
        return False
    for k in keys:
        st[k] = val
    return True


for _nm, _keys, _val, _what in [
        ("name_strip", ["nenc"], "strip", "accents_stripped"), ("addr_strip", ["aenc"], "strip", "accents_stripped"),
        ("all_strip", ["nenc", "aenc"], "strip", "accents_stripped"),
        ("name_moji", ["nenc"], "mojibake", "mojibake"), ("all_moji", ["nenc", "aenc"], "mojibake", "mojibake"),
        ("name_tilde", ["nenc"], "tilde", "tilde_accents"), ("all_tilde", ["nenc", "aenc"], "tilde", "tilde_accents"),
        ("name_restore", ["nenc"], None, "accents_restored"), ("all_restore", ["nenc", "aenc"], None, "accents_restored"),
        ("name_upper", ["ncase"], "upper", "case"), ("addr_upper", ["acase"], "upper", "case"),
        ("all_upper", ["ncase", "acase"], "upper", "case"), ("name_lower", ["ncase"], "lower", "case"),
        ("all_case_restore", ["ncase", "acase"], None, "case")]:
    def _mk(keys, val):
        return lambda W, E, st: _set(st, keys, val)
    OPS[_nm] = _mk(_keys, _val)
    OP_WHAT[_nm] = _what


@op("disamb_drop", "disambiguation_dropped")
def _(W, E, st):
    if not st.get("disamb"):
        return False
    st["disamb"] = None
    return True


# ---------------------------------------------------------------- person / contact names
def _name_target(st):
    """the (dict, famkey, givkey) the name ops act on: the person or the org's contact."""
    if is_person(st):
        return st, "fam", "giv"
    if st.get("c"):
        return st["c"], "fam", "giv"
    return None, None, None


@op("typo_family", "typo")
def _(W, E, st):
    d, fk, gk = _name_target(st)
    if d is None:
        return False
    d[fk] = typo(d[fk], W.rng)
    return True


@op("typo_given", "typo")
def _(W, E, st):
    d, fk, gk = _name_target(st)
    if d is None:
        return False
    d[gk] = typo(d[gk], W.rng)
    return True


@op("nickname", "nickname")
def _(W, E, st):
    d, fk, gk = _name_target(st)
    if d is None or d[gk] not in NICK:
        return False
    d[gk] = W.rng.choice(NICK[d[gk]])
    return True


@op("initial", "initial")
def _(W, E, st):
    d, fk, gk = _name_target(st)
    if d is None or len(d[gk]) < 3 or d[gk].endswith("né") or d[gk].endswith("."):
        return False
    d[gk] = d[gk][0] + "."
    return True


@op("order_west", "name_order")
def _(W, E, st):
    if not is_person(st) or st["order"] == "west":
        return False
    st["order"] = "west"
    return True


@op("order_comma", "name_order")
def _(W, E, st):
    if not is_person(st) or st["order"] == "comma" or st.get("spouse"):
        return False
    st["order"] = "comma"
    return True


@op("swap", "swapped")
def _(W, E, st):
    if is_person(st):
        if st["swap"]:
            return False
        st["swap"] = True
        return True
    if st.get("c") and not st["c"]["swap"]:
        st["c"]["swap"] = True
        return True
    return False


@op("famupper", "case")
def _(W, E, st):
    if not is_person(st) or st["famupper"]:
        return False
    st["famupper"] = True
    return True


@op("title_drop", "title_dropped")
def _(W, E, st):
    if not is_person(st) or not st.get("title"):
        return False
    st["title"] = None
    return True


@op("title_format", "title_format")
def _(W, E, st):
    if not is_person(st) or not st.get("title"):
        return False
    st["title_style"] = W.rng.choice([s for s in ("pre", "Pre", "post", "DR") if s != st["title_style"]])
    return True


@op("title_add", "title_added")
def _(W, E, st):
    if not is_person(st) or st.get("title") or not E["p"].get("title") or st.get("who") != "primary":
        return False
    st["title"] = "dr."
    return True


@op("marker_format", "marker_format")
def _(W, E, st):
    if not is_person(st) or not st.get("marker"):
        return False
    st["marker_style"] = W.rng.choice([s for s in ("pre", "Pre", "long", "post") if s != st["marker_style"]])
    return True


@op("married_form", "married_name")
def _(W, E, st):
    rng = W.rng
    if is_person(st):
        if E["kind"] == "couple":
            sp = st.get("spouse")
            if st.get("who") == "wife":
                p, target = E["spouse"], st
            elif isinstance(sp, dict) and E["spouse"].get("married"):
                p, target = E["spouse"], sp
            else:
                return False
        else:
            p, target = E["p"], st
    else:
        c = st.get("c")
        if not c or c.get("ref") != "main" or not E.get("contact"):
            return False
        p, target = E["contact"], c
    forms = [f for f in person_forms(p) if f != target.get("form")]
    if not p.get("married") or not forms:
        return False
    f = rng.choice(forms)
    target["fam"], target["giv"] = person_name_parts(p, f)
    target["form"] = f
    return True


@op("spouse_only", "spouse_only")
def _(W, E, st):
    if not is_person(st) or E["kind"] != "couple" or not st.get("spouse"):
        return False
    st["spouse"] = None
    if W.rng.random() < 0.5:
        w = E["spouse"]
        st["fam"], st["giv"] = person_name_parts(w)
        st["form"] = w["form"]
        st["who"] = "wife"
        st["title"] = None
        st["marker"] = None
    return True


@op("spouse_format", "spouse_format")
def _(W, E, st):
    if not is_person(st) or E["kind"] != "couple" or not st.get("spouse"):
        return False
    w = E["spouse"]
    if st["spouse"] == "neje":
        wf, wg = person_name_parts(w)
        st["spouse"] = {"fam": wf, "giv": wg, "form": w["form"]}
        return True
    if w.get("married"):
        st["spouse"] = "neje"
        return True
    return False


@op("estate_format", "estate_format")
def _(W, E, st):
    if not is_person(st) or not st.get("estate"):
        return False
    opts = [s for s in ("hagy", "nehai", "paren", "prefix", "nehai2", "dropped") if s != st["estate"]]
    st["estate"] = W.rng.choice(opts)
    return True


@op("wrong_company", "wrong_field")
def _(W, E, st):
    if not is_person(st) or st.get("pcomp"):
        return False
    if W.rng.random() < 0.3:
        st["pcomp"] = f"{st['fam']} {st['giv']}"
    else:
        st["pcomp"] = W.rng.choice(PERSON_COMPANY_JUNK)
    return True


# ---------------------------------------------------------------- organisation names
@op("lf_format", "legal_form_format")
def _(W, E, st):
    if is_person(st) or not st["comp"].get("lf"):
        return False
    c = st["comp"]
    opts = [x for x in LEGAL_FORMS[c["lf"]] if x != c["lf_form"]]
    c["lf_form"] = W.rng.choice(opts)
    return True


@op("lf_drop", "legal_form_dropped")
def _(W, E, st):
    if is_person(st) or not st["comp"].get("lf_form") or st["comp"]["lf"] == "ev" and W.rng.random() < 0.5:
        return False
    st["comp"]["lf_form"] = None
    return True


@op("taxnum", "tax_number_added")
def _(W, E, st):
    if is_person(st) or st["comp"].get("tax"):
        return False
    st["comp"]["tax"] = (E["taxnum"], W.rng.choice(["paren", "asz", "dash", "asz2"]))
    return True


@op("renamed", "former_name")
def _(W, E, st):
    if is_person(st) or not E.get("renamed") or st["comp"]["base"] != E["renamed"]["old_base"]:
        return False
    c = st["comp"]
    old_full = c["base"] + (" " + c["lf_form"] if c["lf_form"] else "")
    c["base"] = E["comp"]["base"]
    c["former"] = (old_full, E["renamed"]["style"])
    return True


@op("abbrev", "abbreviated")
def _(W, E, st):
    if is_person(st) or st["comp"].get("th") or st["comp"]["abbrev"]:
        return False
    st["comp"]["abbrev"] = True
    return True


@op("th_variant", "name_variant")
def _(W, E, st):
    if is_person(st) or not st["comp"].get("th"):
        return False
    th = st["comp"]["th"]
    th["style"] = W.rng.choice([s for s in TH_STYLES_ALL if s != th["style"]])
    return True


@op("th_sabbr", "abbreviated")
def _(W, E, st):
    if is_person(st) or not st["comp"].get("th") or st["comp"]["th"]["sabbr"]:
        return False
    if not abbreviable_street(st["comp"]["th"]["sname"]) and not st["comp"]["th"]["sname"].startswith("Bajcsy"):
        return False
    st["comp"]["th"]["sabbr"] = True
    return True


@op("company_typo", "typo")
def _(W, E, st):
    if is_person(st):
        return False
    c = st["comp"]
    if c.get("th"):
        c["th"]["sname"] = typo(c["th"]["sname"], W.rng)
    else:
        c["base"] = typo(c["base"], W.rng)
    return True


@op("contact_changed", "contact_changed")
def _(W, E, st):
    if is_person(st):
        return False
    rng = W.rng
    cur = st.get("c")
    if E.get("manager"):
        m = W.entities[E["manager"]]
        cands = [p for p in m["staff"] if not cur or person_name_parts(p) != (cur["fam"], cur["giv"])]
        p = rng.choice(cands) if cands else _contact(W)
    elif E["kind"] == "sole_trader":
        return False
    else:
        if "alt_contacts" not in E:
            E["alt_contacts"] = [_contact(W) for _ in range(2)]
        p = rng.choice(E["alt_contacts"])
    f, g = person_name_parts(p)
    if cur and (cur["fam"], cur["giv"]) == (f, g):
        return False
    st["c"] = {"fam": f, "giv": g, "swap": False, "ref": "alt", "form": p["form"]}
    return True


@op("contact_dropped", "contact_dropped")
def _(W, E, st):
    if is_person(st) or not st.get("c") or E["kind"] == "sole_trader":
        return False
    st["c"] = None
    return True


@op("contact_added", "contact_added")
def _(W, E, st):
    if is_person(st) or st.get("c") or not E.get("contact"):
        return False
    f, g = person_name_parts(E["contact"])
    st["c"] = {"fam": f, "giv": g, "swap": False, "ref": "main", "form": E["contact"]["form"]}
    return True


# ---------------------------------------------------------------- e-mail
def _second_email(W, E):
    if "email2" not in E:
        if E["party"] == "person":
            p = E["p"]
            E["email2"] = W.person_email(E["id"], p["own_fam"], p["own_giv"])
        elif E["kind"] in PUBLIC_MAIL_TAGS:
            E["email2"] = public_email(W, E["id"], E["kind"], E["city"], E.get("stem") or "")
        elif E.get("contact") and E["kind"] in ("sole_trader", "tarsashaz", "association", "sports_club", "foundation"):
            E["email2"] = W.person_email(E["id"], E["contact"]["own_fam"], E["contact"]["own_giv"])
        else:
            E["email2"] = W.org_email(E["id"], E.get("stem") or "iroda", E.get("domain"), E.get("contact"))
    return E["email2"]


@op("email_new", "new")
def _(W, E, st):
    if E.get("manager") and E["party"] == "org":
        return False
    e2 = _second_email(W, E)
    if st.get("email") == e2:
        return False
    st["email"] = e2
    return True


@op("email_missing", "missing")
def _(W, E, st):
    if not st.get("email"):
        return False
    st["email"] = None
    return True


@op("email_case", "case")
def _(W, E, st):
    e = st.get("email")
    if not e:
        return False
    local, dom = e.split("@")
    r = W.rng.random()
    if r < 0.45:
        local = ".".join(x[:1].upper() + x[1:] for x in local.split("."))
    elif r < 0.7:
        dom = dom[:1].upper() + dom[1:]
    else:
        local, dom = local.upper(), dom.upper()
    new = f"{local}@{dom}"
    if new == e:
        return False
    st["email"] = new
    return True


@op("email_typo", "typo")
def _(W, E, st):
    e = st.get("email")
    if not e:
        return False
    rng = W.rng
    local, dom = e.split("@")
    for _ in range(20):
        if dom.lower() in EMAIL_DOMAIN_TYPOS and rng.random() < 0.6:
            new = f"{local}@{rng.choice(EMAIL_DOMAIN_TYPOS[dom.lower()])}"
        elif "." in local and rng.random() < 0.5:
            new = local.replace(".", "", 1) + "@" + dom
        else:
            new = typo(local, rng, hard=True) + "@" + dom
        if new.lower() != e.lower() and W.claim_email(new, E["id"]):
            st["email"] = new
            return True
    return False


@op("email_added", "added")
def _(W, E, st):
    if st.get("email"):
        return False
    if E.get("manager") and E["party"] == "org":
        st["email"] = E["email"]
    else:
        st["email"] = E["email"] if W.rng.random() < 0.7 else _second_email(W, E)
    return True


@op("email_manager", "manager_contact")
def _(W, E, st):
    if E["party"] != "person" or not E.get("manager"):
        return False
    m = W.entities[E["manager"]]
    if st.get("email") == m["email"]:
        return False
    st["email"] = m["email"]
    return True


# ---------------------------------------------------------------- phone
@op("phone_format", "format")
def _(W, E, st):
    if not st.get("phone"):
        return False
    st["phone"] = dict(st["phone"])
    st["phone"]["style"] = W.rng.choice([s for s in PHONE_STYLES_MOBILE if s != st["phone"]["style"]])
    return True


@op("phone_digit_off", "digit_off")
def _(W, E, st):
    if not st.get("phone"):
        return False
    rng = W.rng
    nat = st["phone"]["nat"]
    start = 2 if nat.startswith("1") else 3
    for _ in range(30):
        i = rng.randint(start, len(nat) - 1)
        d = str((int(nat[i]) + rng.choice([1, -1, 2, 5])) % 10)
        if rng.random() < 0.3 and i + 1 < len(nat) and nat[i] != nat[i + 1]:
            new = nat[:i] + nat[i + 1] + nat[i] + nat[i + 2:]
        else:
            new = nat[:i] + d + nat[i + 1:]
        if new != nat and new not in W.phones:
            W.phones[new] = E["id"]
            st["phone"] = {"nat": new, "style": st["phone"]["style"]}
            return True
    return False


@op("phone_new", "new")
def _(W, E, st):
    if E.get("manager") and E["party"] == "org":
        return False
    if "phone2" not in E:
        E["phone2"] = W.new_mobile(E["id"])
    if st.get("phone") and st["phone"]["nat"] == E["phone2"]:
        return False
    st["phone"] = {"nat": E["phone2"], "style": W.rng.choice(PHONE_STYLES_MOBILE)}
    return True


@op("phone_missing", "missing")
def _(W, E, st):
    if not st.get("phone"):
        return False
    st["phone"] = None
    return True


@op("phone_added", "added")
def _(W, E, st):
    if st.get("phone"):
        return False
    st["phone"] = {"nat": E["phone"], "style": W.rng.choice(PHONE_STYLES_MOBILE)}
    return True


@op("phone_manager", "manager_contact")
def _(W, E, st):
    if E["party"] != "person" or not E.get("manager"):
        return False
    m = W.entities[E["manager"]]
    if st.get("phone") and st["phone"]["nat"] == m["phone"]:
        return False
    st["phone"] = {"nat": m["phone"], "style": W.rng.choice(PHONE_STYLES_MOBILE)}
    return True


# ---------------------------------------------------------------- address
def _mk_addr_op(name, what, fn):
    def wrapper(W, E, st):
        a = st.get("addr")
        if a is None:
            return False
        return fn(W, E, st, a)
    OPS[name] = wrapper
    OP_WHAT[name] = what


def _street_abbrev(W, E, st, a):
    if a["type_form"] == "abbr" or STREET_TYPE_ABBR[a["stype"]] == a["stype"]:
        return False
    a["type_form"] = "abbr"
    return True


def _street_sloppy(W, E, st, a):
    if a["type_form"] == "sloppy":
        return False
    a["type_form"] = "sloppy"
    return True


def _street_full(W, E, st, a):
    if a["type_form"] == "full":
        return False
    a["type_form"] = "full"
    return True


def _street_name_abbrev(W, E, st, a):
    if a["sabbr"] or abbrev_street_name(a["sname"]) == a["sname"]:
        return False
    a["sabbr"] = True
    return True


def _merge(W, E, st, a):
    if not a["unit"] or a["unit_dropped"] or a["merged"]:
        return False
    a["merged"] = True
    return True


def _split(W, E, st, a):
    if not a["unit"] or a["unit_dropped"] or not a["merged"]:
        return False
    a["merged"] = False
    return True


def _unit_format(W, E, st, a):
    if not a["unit"] or a["unit_dropped"]:
        return False
    a["unit_style"] = W.rng.choice([s for s in UNIT_STYLES if s != a["unit_style"]])
    return True


def _unit_drop(W, E, st, a):
    if not a["unit"] or a["unit_dropped"]:
        return False
    a["unit_dropped"] = True
    return True


def _postcode_missing(W, E, st, a):
    if not a["postal"]:
        return False
    a["postal"] = None
    return True


def _postcode_wrong(W, E, st, a):
    p = a["postal"]
    if not p:
        return False
    rng = W.rng
    for _ in range(10):
        i = rng.randint(2, 3) if a["city"] == "Budapest" else rng.randint(1, 3)
        new = p[:i] + str((int(p[i]) + rng.choice([1, 2, 9])) % 10) + p[i + 1:]
        if new != p:
            a["postal"] = new
            return True
    return False


def _region_missing(W, E, st, a):
    if not a["region"]:
        return False
    a["region"] = None
    return True


def _region_format(W, E, st, a):
    county = a["county"]
    opts = [county, REGION_ABBR.get(county, county)]
    if county != "Budapest":
        opts.append(county + " megye")
    else:
        opts.append("Bp.")
    opts = [o for o in opts if o != a["region"]]
    a["region"] = W.rng.choice(opts)
    return True


def _country_missing(W, E, st, a):
    if not a["country"]:
        return False
    a["country"] = None
    return True


def _country_format(W, E, st, a):
    a["country"] = W.rng.choice([c for c in COUNTRY_FORMS if c != a["country"]])
    return True


def _city_district(W, E, st, a):
    if a["city"] != "Budapest" or not a["district"]:
        return False
    a["city_style"] = W.rng.choice([s for s in CITY_STYLES_BP if s != a["city_style"]])
    return True


def _city_typo(W, E, st, a):
    if len(a["cname"]) < 4:
        return False
    new = typo(a["cname"], W.rng, hard=True)
    if new == a["cname"]:
        return False
    a["cname"] = new
    a["city_style"] = "plain"
    return True


def _street_typo(W, E, st, a):
    words = a["sname"].split(" ")
    first = words[0]
    head = first.split("-")[0]
    if len(head) < 4:
        return False
    new_head = typo(head, W.rng, hard=True)
    if new_head == head:
        return False
    words[0] = new_head + first[len(head):]
    a["sname"] = " ".join(words)
    a["sabbr"] = False
    return True


def _house_typo(W, E, st, a):
    rng = W.rng
    n, letter = a["house"]
    for _ in range(20):
        if n >= 10 and rng.random() < 0.4:
            s = str(n)
            new = int(s[::-1]) if s[::-1][0] != "0" else n + 1
        else:
            new = max(1, n + rng.choice([-2, -1, 1, 2, 10]))
        if new == n:
            continue
        k = (a["key"][0], a["key"][1], a["key"][2], new, letter)
        if k in W.addr_keys:
            continue
        W.addr_keys.setdefault(k, []).append(E["id"] + "~typo")
        a["house"] = (new, letter)
        a["key"] = k
        a["house_typo"] = True
        return True
    return False


def _house_format(W, E, st, a):
    a["house_style"] = W.rng.choice([s for s in HOUSE_STYLES if s != a["house_style"]])
    return True


for _nm, _what, _fn in [("street_abbrev", "street_abbrev", _street_abbrev), ("street_sloppy", "street_abbrev", _street_sloppy),
                        ("street_full", "street_abbrev", _street_full),
                        ("street_name_abbrev", "abbreviated", _street_name_abbrev), ("merge", "lines_merged", _merge),
                        ("split", "lines_split", _split), ("unit_format", "unit_format", _unit_format),
                        ("unit_drop", "missing", _unit_drop), ("postcode_missing", "missing", _postcode_missing),
                        ("postcode_wrong", "postcode_wrong", _postcode_wrong), ("region_missing", "missing", _region_missing),
                        ("region_format", "region_format", _region_format), ("country_missing", "missing", _country_missing),
                        ("country_format", "country_format", _country_format), ("city_district", "district_format", _city_district),
                        ("city_typo", "typo", _city_typo), ("street_typo", "typo", _street_typo),
                        ("house_typo", "typo", _house_typo), ("house_format", "house_number_format", _house_format)]:
    _mk_addr_op(_nm, _what, _fn)


def _restyle_like(a_new, a_old):
    for k in ("type_form", "house_style", "unit_style", "merged", "city_style"):
        a_new[k] = a_old[k]
    if a_old["region"] is None:
        a_new["region"] = None
    a_new["country"] = a_old["country"]
    if a_old["postal"] is None:
        a_new["postal"] = None
    return a_new


IMMOVABLE = ("tarsashaz", "lakasszovetkezet", "municipality", "parish", "school", "municipal_unit")


def _moved(W, E, st, same_city):
    a = st.get("addr")
    if E["kind"] in IMMOVABLE:
        return False
    key = "moved_same" if same_city else "moved_other"
    if key not in E:
        rng = W.rng
        unit = E["addr"]["unit"] is not None
        if same_city:
            city = E["addr"]["city"]
            district = None if city != "Budapest" else weighted(rng, sorted(BP_DISTRICT_WEIGHT.items()))
        else:
            g = W.pick_group("flat" if unit else "house")
            city, district = W.pick_settlement(g, outer_bp=not unit)
        E[key] = W.new_address(E["id"], city, district, unit=unit if E["party"] == "person" else False)
    new = addr_state(E[key])
    if a is not None:
        new = _restyle_like(new, a)
    if a is not None and new["key"] == a["key"]:
        return False
    st["addr"] = new
    return True


@op("moved", "moved")
def _(W, E, st):
    return _moved(W, E, st, same_city=W.rng.random() < 0.5)


@op("moved_same", "moved")
def _(W, E, st):
    return _moved(W, E, st, same_city=True)


@op("addr_manager", "manager_contact")
def _(W, E, st):
    """invoice address c/o the közös képviselő's office"""
    if E["kind"] != "tarsashaz" or not E.get("manager"):
        return False
    m = W.entities[E["manager"]]
    new = addr_state(m["addr"])
    if st.get("addr") is not None:
        new = _restyle_like(new, st["addr"])
    if st.get("addr") is not None and new["key"] == st["addr"]["key"]:
        return False
    st["addr"] = new
    return True


@op("other_property", "other_property")
def _(W, E, st):
    if not E.get("other_addr"):
        return False
    new = addr_state(E["other_addr"])
    if st.get("addr") is not None:
        if st["addr"]["key"] == new["key"]:
            return False
        new = _restyle_like(new, st["addr"])
    st["addr"] = new
    return True


@op("address_missing", "missing")
def _(W, E, st):
    if st.get("addr") is None:
        return False
    st["addr"] = None
    return True


@op("address_added", "added")
def _(W, E, st):
    if st.get("addr") is not None:
        return False
    st["addr"] = addr_state(E["addr"])
    return True


CHANGE_VOCAB = sorted(set(OP_WHAT.values()))
# ops of one family overwrite each other's flag: only one of them per record
OP_FAMILY = {}
for _nm in ("name_strip", "addr_strip", "all_strip", "name_moji", "all_moji", "name_tilde", "all_tilde",
            "name_restore", "all_restore"):
    OP_FAMILY[_nm] = "encoding"
for _nm in ("name_upper", "addr_upper", "all_upper", "name_lower", "all_case_restore"):
    OP_FAMILY[_nm] = "case"
for _nm in ("moved", "moved_same", "other_property", "address_missing", "address_added", "addr_manager"):
    OP_FAMILY[_nm] = "relocation"
for _nm in ("email_new", "email_missing", "email_added", "email_manager", "email_typo"):
    OP_FAMILY[_nm] = "email_value"
for _nm in ("phone_new", "phone_missing", "phone_added", "phone_manager", "phone_digit_off"):
    OP_FAMILY[_nm] = "phone_value"


# ---------------------------------------------------------------- upstream sources
SOURCES = ["szerelo_app", "web_foglalas", "regi_szamlazo", "kozos_kepviselo", "iroda"]
# (op, probability, applies to: None = everyone | "person" | "org")
HABITS = {
    # technicians' mobile app: no accents, ALL CAPS, "u."/"ut", given name first, few fields
    "szerelo_app": [("all_strip", .60, None), ("all_upper", .20, None), ("order_west", .30, "person"),
                    ("other_property", .45, None), ("street_sloppy", .50, None), ("postcode_missing", .35, None),
                    ("region_missing", .85, None), ("country_missing", .85, None), ("email_missing", .40, None),
                    ("phone_format", .80, None), ("merge", .40, None), ("city_district", .40, None),
                    ("typo_family", .12, None), ("typo_given", .10, None), ("street_typo", .05, None),
                    ("unit_format", .30, None), ("house_format", .30, None), ("lf_drop", .30, "org"),
                    ("contact_changed", .20, "org"), ("nickname", .08, None), ("spouse_only", .35, None),
                    ("title_drop", .40, "person")],
    # web booking form: either name order, free-mail, typed by the customer
    "web_foglalas": [("order_west", .30, "person"), ("swap", .08, None), ("name_lower", .06, None),
                     ("phone_format", .80, None), ("email_new", .12, None), ("email_typo", .04, None),
                     ("email_case", .10, None), ("wrong_company", .07, "person"), ("country_format", .40, None),
                     ("region_format", .15, None), ("region_missing", .40, None), ("postcode_wrong", .05, None),
                     ("typo_family", .08, None), ("typo_given", .08, None), ("unit_format", .35, None),
                     ("nickname", .10, None), ("street_abbrev", .25, None), ("city_district", .30, None),
                     ("title_drop", .30, None), ("lf_format", .40, "org"), ("email_added", .60, None),
                     ("address_added", .50, None), ("married_form", .12, None), ("spouse_only", .30, None)],
    # old invoicing program's export: mojibake, õ/û, tax number in the name, old data
    "regi_szamlazo": [("all_moji", .45, None), ("all_tilde", .18, None), ("name_strip", .06, None),
                      ("name_upper", .25, "org"), ("name_upper", .08, "person"), ("lf_format", .50, "org"),
                      ("taxnum", .35, "org"), ("phone_format", .70, None), ("email_missing", .30, None),
                      ("country_format", .60, None), ("merge", .45, None), ("married_form", .30, None),
                      ("street_abbrev", .40, None), ("street_name_abbrev", .30, None), ("house_format", .30, None),
                      ("email_new", .08, None), ("phone_new", .06, None), ("famupper", .10, "person"),
                      ("title_format", .30, None), ("abbrev", .25, "org"), ("marker_format", .30, None),
                      ("estate_format", .30, None)],
    # közös képviselő firms' lists: firm's e-mail/phone, floor-door notation, building names
    "kozos_kepviselo": [("th_variant", .70, "org"), ("contact_changed", .30, "org"), ("unit_format", .60, None),
                        ("email_manager", .25, "person"), ("phone_manager", .12, "person"), ("phone_format", .50, None),
                        ("region_missing", .60, None), ("street_abbrev", .50, None), ("th_sabbr", .20, "org"),
                        ("country_missing", .50, None), ("married_form", .15, None), ("merge", .20, None),
                        ("famupper", .15, "person"), ("name_upper", .10, "org"), ("addr_manager", .12, "org")],
    # office staff typing from a phone call / e-mail
    "iroda": [("contact_changed", .25, "org"), ("phone_new", .08, None), ("phone_format", .30, None),
              ("email_new", .08, None), ("title_format", .10, None), ("lf_format", .30, "org"), ("abbrev", .20, "org"),
              ("spouse_only", .25, None), ("spouse_format", .20, None), ("estate_format", .30, None),
              ("city_district", .20, None), ("email_added", .50, None), ("phone_added", .50, None),
              ("address_added", .50, None), ("married_form", .10, None), ("contact_added", .30, "org"),
              ("renamed", .50, "org"), ("title_add", .50, "person")],
}
POOL_LIGHT = ["phone_format", "email_case", "house_format", "region_missing", "country_format", "postcode_missing",
              "street_abbrev", "city_district", "lf_format", "title_format", "unit_format", "th_variant",
              "marker_format", "estate_format", "spouse_format", "region_format"]
POOL_MEDIUM = POOL_LIGHT + ["typo_family", "typo_given", "nickname", "email_new", "email_missing", "phone_missing",
                            "married_form", "spouse_only", "contact_changed", "merge", "split", "abbrev",
                            "name_strip", "all_strip", "all_moji", "order_west", "swap", "initial", "postcode_wrong",
                            "email_added", "phone_added", "address_added", "lf_drop", "other_property", "taxnum",
                            "contact_dropped", "famupper", "order_comma", "street_name_abbrev", "all_tilde",
                            "title_add", "marker_format"]
POOL_HARSH = POOL_MEDIUM + ["moved", "phone_new", "phone_digit_off", "email_typo", "street_typo", "city_typo",
                            "house_typo", "address_missing", "title_drop", "company_typo", "unit_drop", "moved",
                            "phone_new", "other_property", "typo_family", "email_new", "phone_missing",
                            "addr_manager"]
POOLS = {"light": POOL_LIGHT, "medium": POOL_MEDIUM, "harsh": POOL_HARSH}
BUDGET = {"light": (1, 2), "medium": (3, 4), "harsh": (5, 7)}
OLD_EXPORT_ONLY = ("all_moji", "name_moji", "all_tilde", "name_tilde", "taxnum")
FORMAT_ONLY = ["phone_format", "email_case", "house_format", "region_missing", "country_format", "street_abbrev",
               "city_district", "lf_format", "unit_format", "th_variant", "title_format", "region_format"]


def pick_source(W, E):
    rng = W.rng
    if E["kind"] == "tarsashaz":
        return weighted(rng, [("kozos_kepviselo", 50 if E.get("manager") else 10), ("regi_szamlazo", 25),
                              ("szerelo_app", 15), ("iroda", 10)])
    if E["party"] == "org":
        return weighted(rng, [("szerelo_app", 25), ("regi_szamlazo", 30), ("iroda", 30), ("web_foglalas", 15)])
    return weighted(rng, [("szerelo_app", 35), ("web_foglalas", 30), ("regi_szamlazo", 20), ("iroda", 10),
                          ("kozos_kepviselo", 12 if E.get("manager") else 0)])


def habit_seq(W, E, source):
    rng = W.rng
    seq = []
    for name, p, who in HABITS[source]:
        if who and who != E["party"]:
            continue
        if rng.random() < p:
            seq.append(name)
    rng.shuffle(seq)
    return seq


def run_ops(W, E, st, seq, budget):
    """Apply ops in order until `budget` of them changed something.
    -> (state, rendered, log[(what, fields)])"""
    cur = render(st)
    log = []
    applied = 0
    families_done = []
    for name in seq:
        if applied >= budget:
            break
        fam = OP_FAMILY.get(name)
        if fam and fam in families_done:
            continue
        st2 = copy.deepcopy(st)
        if not OPS[name](W, E, st2):
            continue
        new = render(st2)
        ch = diff_fields(cur, new)
        if not ch or not within_limits(new):
            continue
        st, cur = st2, new
        if fam:
            families_done.append(fam)
        if name != "disamb_drop":
            applied += 1
        log.append((OP_WHAT[name], ch))
    return st, cur, log


def changes_from(compared, final, log):
    out = []
    for f in diff_fields(compared, final):
        whats = []
        for what, fs in log:
            hit = f in fs
            if not hit and f.startswith("address."):
                hit = "address" in fs          # the whole address appeared/disappeared on the way
            if not hit and f == "address":
                hit = any(x.startswith("address") for x in fs)
            if hit and what not in whats:
                whats.append(what)
        if not whats:
            raise AssertionError(("unexplained change", f))
        out += [f"{f}:{w}" for w in whats]
    return out


def eff_addr_key(a):
    if a is None:
        return None
    first = strip_acc(a["sname"].split(" ")[0].split("-")[0]).lower().rstrip(".")
    return (city_key(a["cname"]), first, strip_acc(a["stype"]).lower(), a["house"][0],
            (a["house"][1] or "").lower())


def evidence_of(cst, st):
    ev = []
    if st.get("email") and cst.get("email") and st["email"].lower() == cst["email"].lower():
        ev.append("email")
    if st.get("phone") and cst.get("phone") and st["phone"]["nat"] == cst["phone"]["nat"]:
        ev.append("phone")
    if st.get("addr") and cst.get("addr") and eff_addr_key(st["addr"]) == eff_addr_key(cst["addr"]):
        ev.append("address")
    return ev


def make_noisy(W, E, cst, source, profile, seq=None, budget=None):
    """Incoming record derived from the compared state `cst`."""
    rng = W.rng
    crend = render(cst)
    if seq is None:
        seq = habit_seq(W, E, source)
        if E.get("renamed") and rng.random() < 0.85:
            seq.insert(0, "renamed")
        extras = [x for x in POOLS[profile] if source == "regi_szamlazo" or x not in OLD_EXPORT_ONLY]
        rng.shuffle(extras)
        seq = seq + extras
    if budget is None:
        budget = rng.randint(*BUDGET[profile])
    st, rend, log = run_ops(W, E, cst, ["disamb_drop"] + seq, budget)
    ch = changes_from(crend, rend, log)
    return st, rend, ch


def silent_noise(W, E, st, source, profile):
    """Give a first-seen record its source's look (no change labels needed)."""
    rng = W.rng
    seq = habit_seq(W, E, source)
    seq = [s for s in seq if s not in ("email_new", "phone_new", "email_typo", "other_property", "street_typo",
                                       "wrong_company", "renamed")]
    b = {"light": 2, "medium": 4, "harsh": 5}[profile]
    st2, rend, _ = run_ops(W, E, st, seq, b)
    return st2, rend


# =====================================================================================
# 6. ASSEMBLY
# =====================================================================================

EXISTING_ORG_COUNTS = [("kft", 123), ("bt", 40), ("zrt", 12), ("nyrt", 3), ("kkt", 8), ("sole_trader", 40),
                       ("bakery", 20), ("restaurant", 25), ("dental_practice", 20), ("school", 15),
                       ("municipality", 12), ("parish", 12), ("foundation", 12), ("association", 10),
                       ("sports_club", 8), ("lakasszovetkezet", 15)]
EXISTING_PERSON_COUNTS = [("flat_owner", 350), ("family_house", 250), ("weekend_house", 70), ("landlord", 60),
                          ("tenant", 50), ("couple", 100), ("estate", 20)]
N_TH_MANAGED, N_TH_SELF, N_FIRMS_EXIST, N_FIRMS_HIDDEN, N_FIRMS_NEW = 150, 50, 25, 14, 6
NEW_KIND_WEIGHTS = [("flat_owner", 23), ("family_house", 17), ("weekend_house", 5), ("landlord", 4), ("tenant", 4),
                    ("couple", 6), ("estate", 1), ("tarsashaz", 12), ("kft", 8), ("bt", 3), ("sole_trader", 3),
                    ("bakery", 1.5), ("restaurant", 2), ("dental_practice", 1.5), ("school", 1), ("parish", 1),
                    ("foundation", 1), ("association", 1), ("sports_club", .5), ("lakasszovetkezet", 1),
                    ("zrt", 1), ("kkt", .5), ("municipality", 1), ("kozos_kepviselo", 1)]
MATCH_PROFILE = [("light", 35), ("medium", 42), ("harsh", 23)]
REPEAT_PROFILE = [("light", 35), ("medium", 45), ("harsh", 20)]

HN_PLAN = [("manager_firm_of_building", 8), ("namesake_other_city", 14), ("father_son", 10), ("next_owner", 10),
           ("tenant_vs_owner", 9), ("other_building_same_manager", 10), ("managed_building_of_firm", 8),
           ("neighbour_building", 10), ("sole_trader_vs_kft", 10), ("estate_vs_heir", 9), ("sister_company", 10),
           ("similar_name_other_trade", 10), ("practitioner_vs_practice", 8), ("household_member", 10),
           ("namesake_org_other_city", 7), ("municipality_unit", 7)]
HN_RULES = {
    "namesake_other_city": "Namesake in another settlement: same name, a different person (no shared e-mail, phone or address); a name alone does not make one customer.",
    "father_son": "'ifj.' and 'id.' mark son and father of one name: two customers, even at the same address.",
    "next_owner": "Later owner of the same flat/house: the next owner of a property is a new customer.",
    "tenant_vs_owner": "A tenant paying for their own repair in the owner's flat: the payer is the customer, not the flat's owner.",
    "other_building_same_manager": "Another Társasház managed by the same közös képviselő firm (same e-mail/phone): each Társasház is its own customer.",
    "managed_building_of_firm": "A Társasház managed by this közös képviselő firm: the building is its own customer, apart from the representative firm.",
    "manager_firm_of_building": "The közös képviselő firm itself (repair at its own office): the representative firm is another customer than the buildings it manages.",
    "neighbour_building": "Another building on the same street: two Társasház on one street (e.g. 41. and 43.) are two customers.",
    "sole_trader_vs_kft": "A sole trader (e.v.) and the Kft. the owner founded later are two customers (different adószám).",
    "estate_vs_heir": "The estate (hagyaték) is a customer apart from the heir, who pays separately.",
    "sister_company": "Another company of the same group, with its own adószám, even at the same seat: another customer.",
    "similar_name_other_trade": "An unrelated firm with a similar name in another trade: another customer.",
    "practitioner_vs_practice": "The practitioner as a private person and the practice (Bt./Kft.) are two customers.",
    "household_member": "Another family member paying for their own property; a shared family mailbox does not make one customer (only spouses billed jointly are one household).",
    "namesake_org_other_city": "An institution of the same name in another settlement: another customer.",
    "municipality_unit": "An institution of the municipality with its own adószám (hivatal, óvoda, gondnokság ...) is another customer than the Önkormányzat.",
}


def name_key(rec):
    if not rec.get("givenName") or not rec.get("familyName"):
        return None
    s = norm_text(rec["givenName"] + " " + rec["familyName"])
    toks = sorted(t for t in re.split(r"[^a-z0-9]+", s) if t and t not in _STOP_NAME)
    return tuple(toks) or None


def fam_key(rec):
    if not rec.get("familyName"):
        return None
    s = norm_text(rec["familyName"])
    toks = [t for t in re.split(r"[^a-z0-9]+", s) if t and t not in _STOP_NAME]
    return tuple(toks) or None


def stem_norm(s):
    return re.sub(r"[^a-z0-9]+", " ", norm_text(s)).strip()


def compute_shared(a_rend, a_st, h_rend, h_st, stem):
    sh = []
    if name_key(a_rend) and name_key(a_rend) == name_key(h_rend):
        sh.append("name")
    if fam_key(a_rend) and fam_key(a_rend) == fam_key(h_rend):
        sh.append("familyName")
    ea, eh = a_rend.get("email"), h_rend.get("email")
    if ea and eh:
        if ea.lower() == eh.lower():
            sh.append("email")
        else:
            da, dh = ea.lower().split("@")[1], eh.lower().split("@")[1]
            if da == dh and da not in FREEMAIL_DOMAINS:
                sh.append("email_domain")
    if a_st.get("phone") and h_st.get("phone") and a_st["phone"]["nat"] == h_st["phone"]["nat"]:
        sh.append("phone")
    if a_st.get("addr") and h_st.get("addr") and eff_addr_key(a_st["addr"]) == eff_addr_key(h_st["addr"]):
        sh.append("address")
    ca = a_rend["address"]["city"] if a_rend.get("address") else None
    ch = h_rend["address"]["city"] if h_rend.get("address") else None
    if ca and ch and city_key(ca) == city_key(ch):
        sh.append("city")
    if stem:
        sn = stem_norm(stem)
        if sn and sn in stem_norm(a_rend.get("companyName") or "") and sn in stem_norm(h_rend.get("companyName") or ""):
            sh.append("company_stem")
    return sh


class Generator:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.W = World(self.rng)
        self.incoming = []      # items: dict(rec, meta, eid)

    # ------------------------------------------------------------------ existing list
    def build_existing(self):
        W, rng = self.W, self.rng
        ents = []
        self.firms_exist = [make_org(W, "kozos_kepviselo") for _ in range(N_FIRMS_EXIST)]
        self.firms_hidden = [make_org(W, "kozos_kepviselo") for _ in range(N_FIRMS_HIDDEN)]
        self.firms_new = [make_org(W, "kozos_kepviselo") for _ in range(N_FIRMS_NEW)]
        ents += self.firms_exist
        managed = []
        all_firms = self.firms_hidden + self.firms_exist
        for i in range(N_TH_MANAGED):
            f = all_firms[i] if i < len(all_firms) else weighted(rng, [(x, 1) for x in self.firms_hidden] + [(x, 3) for x in self.firms_exist])
            if rng.random() < 0.85:
                city, d = f["city"], None
            else:
                city, d = W.pick_settlement(W.pick_group("bigcity"))
            managed.append(make_org(W, "tarsashaz", city=city, district=d, manager=f))
        ents += managed
        ents += [make_org(W, "tarsashaz") for _ in range(N_TH_SELF)]
        for kind, n in EXISTING_ORG_COUNTS:
            ents += [make_org(W, kind) for _ in range(n)]
        for kind, n in EXISTING_PERSON_COUNTS:
            for i in range(n):
                if kind == "flat_owner" and i < 55:
                    b = rng.choice(managed)
                    a = copy.deepcopy(b["addr"])
                    a["unit"] = ((rng.choice("AB") if rng.random() < 0.15 else None), rng.randint(0, 6), rng.randint(1, 30))
                    e = make_person(W, kind, addr=a)
                    e["manager"] = b["manager"]
                else:
                    e = make_person(W, kind)
                ents.append(e)
        # renamed companies (same adószám, new name)
        cands = [e for e in ents if e["kind"] in ("kft", "bt") and not e.get("domain")]
        for e in rng.sample(cands, 18):
            old, _, _ = _company_name(W, e["kind"])
            e["renamed"] = {"old_base": old, "style": rng.choice(["korabban", "korabban2", "volt", "volt2"])}
        assert len(ents) == N_EXISTING, len(ents)
        # render
        recs = []
        for e in ents:
            st = base_state(W, e, existing=True)
            recs.append({"E": e, "st": st})
        self._disambiguate(recs)
        for r in recs:
            r["rend"] = render(r["st"])
        recs.sort(key=lambda r: (r["rend"]["displayName"].casefold(), r["E"]["id"]))
        self.ex = recs
        self.ex_idx = {r["E"]["id"]: i for i, r in enumerate(recs)}
        self.ex_by_city = {}
        for i, r in enumerate(recs):
            a = r["rend"]["address"]
            if a and a["city"]:
                self.ex_by_city.setdefault(city_key(a["city"]), []).append((i, name_tokens_of(r["rend"])))

    def _disambiguate(self, recs):
        rng = self.rng
        groups = {}
        for i, r in enumerate(recs):
            groups.setdefault(render(r["st"])["displayName"].casefold(), []).append(i)
        for key, idxs in groups.items():
            if len(idxs) < 2:
                continue
            used_cities = [recs[idxs[0]]["E"]["city"]]
            n = 1
            style_city = rng.random() < 0.6
            for i in idxs[1:]:
                city = recs[i]["E"]["city"]
                if style_city and city not in used_cities and recs[i]["st"].get("addr"):
                    recs[i]["st"]["disamb"] = f" ({city})"
                    used_cities.append(city)
                else:
                    n += 1
                    recs[i]["st"]["disamb"] = f" ({n})"
        seen = {}
        for i, r in enumerate(recs):
            k = render(r["st"])["displayName"].casefold()
            while k in seen:
                m = re.search(r" \((\d+)\)$", r["st"].get("disamb") or "")
                r["st"]["disamb"] = f" ({int(m.group(1)) + 1 if m else 2})"
                k = render(r["st"])["displayName"].casefold()
            seen[k] = i

    # ------------------------------------------------------------------ helpers
    def nc_findable(self, rend, cmp_idx):
        a = rend.get("address")
        if not a or not a.get("city"):
            return False
        ck = city_key(a["city"])
        ca = self.ex[cmp_idx]["rend"]["address"]
        if not ca or not ca["city"] or city_key(ca["city"]) != ck:
            return False
        toks = name_tokens_of(rend)
        s_cmp, s_other = 0.0, 0.0
        for j, t in self.ex_by_city.get(ck, []):
            s = name_sim(toks, t)
            if j == cmp_idx:
                s_cmp = s
            else:
                s_other = max(s_other, s)
        return s_cmp >= 0.85 and s_cmp - s_other >= 0.1

    def name_clash(self, rend, exclude=None):
        """True if an existing record of the same city has a very similar name."""
        a = rend.get("address")
        if not a or not a.get("city"):
            return False
        toks = name_tokens_of(rend)
        for j, t in self.ex_by_city.get(city_key(a["city"]), []):
            if j != exclude and name_sim(toks, t) >= 0.85:
                return True
        return False

    # ------------------------------------------------------------------ matches
    def build_matches(self):
        rng = self.rng
        order = list(range(N_EXISTING))
        rng.shuffle(order)
        chosen = order[:700]
        counts = [3] * 25 + [2] * 75 + [1] * 600
        n_nc = 0
        for idx, cnt in zip(chosen, counts):
            for _ in range(cnt):
                self.incoming.append(self.make_match(idx))
        return n_nc

    def make_match(self, idx):
        W, rng = self.W, self.rng
        R = self.ex[idx]
        E, cst = R["E"], R["st"]
        source = pick_source(W, E)
        profile = weighted(rng, MATCH_PROFILE)
        want_nc = rng.random() < 0.14 and cst.get("addr") is not None and self.nc_findable(
            {**R["rend"], "displayName": re.sub(r" \([^)]*\)$", "", R["rend"]["displayName"])}, idx)
        result = None
        for attempt in range(30):
            prof = profile
            if want_nc and attempt < 12:
                seq = [rng.choice(["email_new", "email_missing"]), rng.choice(["phone_new", "phone_missing", "phone_digit_off"]),
                       rng.choice(["moved_same", "street_typo", "house_typo", "moved_same"])]
                light = ["all_strip", "name_upper", "order_west", "phone_format", "region_missing", "postcode_missing",
                         "country_format", "unit_format", "title_format", "lf_format", "city_district", "all_moji"]
                light = [x for x in light if source == "regi_szamlazo" or x not in OLD_EXPORT_ONLY]
                rng.shuffle(light)
                seq += light
                budget = 3 + rng.randint(0, 3)
                prof = "medium" if budget <= 4 else "harsh"
                st, rend, ch = make_noisy(W, E, cst, source, prof, seq=seq, budget=budget)
            else:
                st, rend, ch = make_noisy(W, E, cst, source, prof)
            if not ch:
                continue
            ev = evidence_of(cst, st)
            if ev:
                result = (st, rend, ch, ev, "identifier", prof)
                if not want_nc or attempt >= 12:
                    break
                continue
            if self.nc_findable(rend, idx):
                result = (st, rend, ch, ev, "name+city", prof)
                break
        if result is None:
            seq = list(FORMAT_ONLY)
            rng.shuffle(seq)
            st, rend, ch = make_noisy(W, E, cst, source, "light", seq=seq, budget=2)
            ev = evidence_of(cst, st)
            assert ev and ch, (E["id"], ch, ev)
            result = (st, rend, ch, ev, "identifier", "light")
        st, rend, ch, ev, findable, prof = result
        meta = {"category": "match", "kind": E["kind"], "party": E["party"], "changes": ch, "source": source,
                "profile": prof, "evidence": ev, "findable": findable, "compare_set": "existing",
                "compare_index": idx}
        return {"rec": rend, "meta": meta, "eid": E["id"], "st": st}

    # ------------------------------------------------------------------ new customers
    def new_entity(self):
        W, rng = self.W, self.rng
        for _ in range(50):
            kind = weighted(rng, NEW_KIND_WEIGHTS)
            if kind == "kozos_kepviselo":
                unused = [f for f in self.firms_new if f["id"] not in self.used_new_firms]
                if not unused:
                    continue
                E = unused[0]
                self.used_new_firms.add(E["id"])
            elif kind == "tarsashaz":
                mgr = rng.choice(self.firms_new) if rng.random() < 0.6 else None
                E = make_org(W, "tarsashaz", manager=mgr, city=mgr["city"] if mgr else None)
            elif kind == "municipality":
                try:
                    E = make_org(W, kind)
                except RuntimeError:
                    continue
            elif kind in PERSON_KINDS:
                E = make_person(W, kind)
            else:
                E = make_org(W, kind)
            if self.name_clash(render(base_state(W, E))):
                continue
            return E
        raise RuntimeError("cannot make a new customer")

    def build_new(self):
        W, rng = self.W, self.rng
        self.used_new_firms = set()
        counts = [3] * 25 + [2] * 75 + [1] * 300
        rng.shuffle(counts)
        for cnt in counts:
            E = self.new_entity()
            src1 = pick_source(W, E)
            st1, rend1 = silent_noise(W, E, base_state(W, E), src1, weighted(rng, [("light", 60), ("medium", 40)]))
            items = [{"rec": rend1, "eid": E["id"], "st": st1,
                      "meta": {"category": "new", "kind": E["kind"], "party": E["party"], "changes": [],
                               "source": src1, "occurrence": 1}}]
            for occ in range(2, cnt + 1):
                src = src1 if rng.random() < 0.65 else pick_source(W, E)
                profile = weighted(rng, REPEAT_PROFILE)
                res = None
                for attempt in range(30):
                    st, rend, ch = make_noisy(W, E, st1, src, profile if attempt < 20 else "light")
                    ev = evidence_of(st1, st)
                    if ch and ev:
                        res = (st, rend, ch, ev, profile if attempt < 20 else "light")
                        break
                if res is None:
                    seq = list(FORMAT_ONLY)
                    rng.shuffle(seq)
                    st, rend, ch = make_noisy(W, E, st1, src, "light", seq=seq, budget=2)
                    ev = evidence_of(st1, st)
                    assert ch and ev
                    res = (st, rend, ch, ev, "light")
                st, rend, ch, ev, prof = res
                items.append({"rec": rend, "eid": E["id"], "st": st,
                              "meta": {"category": "new", "kind": E["kind"], "party": E["party"], "changes": ch,
                                       "source": src, "occurrence": occ, "profile": prof, "evidence": ev,
                                       "findable": "identifier", "compare_set": "incoming", "compare_index": None}})
            self.incoming += items

    # ------------------------------------------------------------------ hard negatives
    def hn_record(self, H, A, must_all, must_any, stem):
        """Render the hard negative's incoming record; the designed sharing must survive."""
        W, rng = self.W, self.rng
        src = pick_source(W, H)
        a_idx = self.ex_idx[A["E"]["id"]]
        for attempt in range(12):
            st = base_state(W, H)
            if attempt < 9:
                st, rend = silent_noise(W, H, st, src, weighted(rng, [("light", 55), ("medium", 45)]))
            else:
                rend = render(st)
            sh = compute_shared(A["rend"], A["st"], rend, st, stem)
            if not all(m in sh for m in must_all):
                continue
            if must_any and not any(m in sh for m in must_any):
                continue
            if not any(x in sh for x in ("name", "familyName", "email", "phone", "address", "company_stem")):
                continue
            if self.name_clash(rend, exclude=a_idx):
                return None
            return src, st, rend, sh
        return None

    def _person_anchor(self, A, kinds):
        E = A["E"]
        return E["party"] == "person" and E["kind"] in kinds

    def hn_build(self, hn_type, A):
        """-> (H, must_all, must_any, stem) or None"""
        W, rng = self.W, self.rng
        E, R = A["E"], A["rend"]
        simple_fam = R.get("familyName") and " " not in R["familyName"] and not R["familyName"].endswith("né") \
            and "-" not in R["familyName"]
        if hn_type == "namesake_other_city":
            if not self._person_anchor(A, ("flat_owner", "family_house", "landlord", "tenant", "weekend_house")):
                return None
            if not R.get("address") or not name_key(R):
                return None
            p = E["p"]
            for _ in range(6):
                g = W.pick_group("flat" if rng.random() < 0.5 else "house")
                city, d = W.pick_settlement(g, outer_bp=True)
                if city_key(city) == city_key(E["city"]):
                    continue
                H = make_person(W, rng.choice(["flat_owner", "family_house"]), gender=p["gender"], fam=p["own_fam"],
                                giv=p["own_giv"], title=p["title"] or "", marker="", place=(city, d),
                                married=(p["married"], p["form"]) if p.get("married") else False)
                H["email"] = W.person_email(H["id"], p["own_fam"], p["own_giv"])
                return H, ["name"], [], None
            return None
        if hn_type == "father_son":
            if not self._person_anchor(A, ("family_house", "flat_owner", "landlord", "weekend_house")):
                return None
            p = E["p"]
            if p["gender"] != "m" or p["title"] or not R.get("address") or not name_key(R):
                return None
            marker = {"ifj.": "id.", "id.": "ifj."}.get(p["marker"]) or ("ifj." if rng.random() < 0.7 else "id.")
            if E["addr"]["unit"] is None and rng.random() < 0.7:
                H = make_person(W, "family_house", gender="m", fam=p["own_fam"], giv=p["own_giv"], title="",
                                marker=marker, addr=copy.deepcopy(E["addr"]))
            else:
                H = make_person(W, "flat_owner", gender="m", fam=p["own_fam"], giv=p["own_giv"], title="",
                                marker=marker, place=(E["city"], None))
            H["email"] = W.person_email(H["id"], p["own_fam"], p["own_giv"])
            return H, ["name"], [], None
        if hn_type in ("next_owner", "tenant_vs_owner"):
            kinds = ("flat_owner", "family_house", "weekend_house", "estate") if hn_type == "next_owner" else ("flat_owner",)
            if not self._person_anchor(A, kinds) or not R.get("address"):
                return None
            if hn_type == "tenant_vs_owner" and E["addr"]["unit"] is None:
                return None
            for _ in range(5):
                kind = "tenant" if hn_type == "tenant_vs_owner" else ("flat_owner" if E["addr"]["unit"] else "family_house")
                H = make_person(W, kind, addr=copy.deepcopy(E["addr"]))
                if H["p"]["own_fam"] != E["p"]["own_fam"]:
                    return H, ["address"], [], None
            return None
        if hn_type in ("other_building_same_manager", "manager_firm_of_building"):
            if E["kind"] != "tarsashaz" or not E.get("manager"):
                return None
            M = W.entities[E["manager"]]
            if not (R.get("email") == M["email"] or (A["st"].get("phone") and A["st"]["phone"]["nat"] == M["phone"])):
                return None
            if hn_type == "manager_firm_of_building":
                if M["id"] not in self.hidden_ids or M["id"] in self.hn_used_firms:
                    return None
                self.hn_used_firms.add(M["id"])
                return M, [], ["email", "phone"], None
            H = make_org(W, "tarsashaz", manager=M, city=M["city"])
            return H, [], ["email", "phone"], None
        if hn_type == "managed_building_of_firm":
            if E["kind"] != "kozos_kepviselo" or not (R.get("email") or R.get("phone")):
                return None
            H = make_org(W, "tarsashaz", manager=E, city=E["city"])
            return H, [], ["email", "phone"], None
        if hn_type == "neighbour_building":
            if E["kind"] != "tarsashaz":
                return None
            th = E["th"]
            pool = W.streets_of(th["city"], None)
            st = next((s for s in pool if s["name"] == th["street"] and s["type"] == th["stype"]), None)
            if st is None:
                return None
            n = th["house"][0]
            for delta in rng.sample([2, -2, 1, -1, 4, -4, 3], 7):
                h = (n + delta, None)
                if h[0] < 1 or (th["city"], st["name"], st["type"], h[0], None) in W.addr_keys:
                    continue
                mgr = W.entities[E["manager"]] if (E.get("manager") and rng.random() < 0.4) else None
                H = make_org(W, "tarsashaz", city=th["city"], street=st, house=h, manager=mgr)
                return H, ["company_stem"], [], E["stem"]
            return None
        if hn_type == "sole_trader_vs_kft":
            if E["kind"] == "sole_trader":
                owner = E["contact"]
                fam = owner["own_fam"]
                pat = rng.random()
                trade = rng.choice(["Épületgépészeti", "Villanyszerelő", "Burkoló", "Festő-mázoló", "Asztalosipari",
                                    "Kereskedelmi és Szolgáltató", "Építőipari", "Fuvarozó", "Kertépítő"])
                base = f"{fam} és Társa {trade}" if pat < 0.5 else (f"{fam}-{rng.choice(BRAND_SUFFIX)} {trade}" if pat < 0.8 else f"{fam} {trade}")
                shared_addr = rng.random() < 0.4
                H = make_org(W, "kft" if rng.random() < 0.8 else "bt", base=base, lf=None, stem=fam,
                             contact=copy.deepcopy(owner),
                             phone=E["phone"] if rng.random() < 0.65 else None,
                             addr=copy.deepcopy(E["addr"]) if shared_addr else None)
                H["comp"]["lf"] = H["kind"]
                return H, ["name"], [], fam
            if E["kind"] in ("kft", "bt") and E.get("contact") and not E["contact"].get("married") and not E["contact"].get("title"):
                c = copy.deepcopy(E["contact"])
                H = make_org(W, "sole_trader", contact=c, city=E["city"], district=E["addr"]["district"])
                return H, ["name"], [], None
            return None
        if hn_type == "estate_vs_heir":
            if E["party"] != "person" or not simple_fam:
                return None
            fam = R["familyName"]
            if E["kind"] == "estate":
                addr = copy.deepcopy(E["addr"]) if rng.random() < 0.35 else None
                place = None if addr else ((E["city"], None) if rng.random() < 0.6 else None)
                H = make_person(W, rng.choice(["family_house", "flat_owner"]), fam=fam, addr=addr, place=place,
                                married=False, title="", marker="")
                if H["p"]["own_giv"] == E["p"]["own_giv"]:
                    return None
                H["email"] = W.person_email(H["id"], fam, H["p"]["own_giv"])
                return H, ["familyName"], [], None
            if E["kind"] in ("flat_owner", "family_house") and E["p"]["form"] in ("plain", "maiden"):
                g = rng.choice("mf")
                married = False if g == "m" else ({"hfam": fam, "hgiv": W.rand_given("m")}, "ne_full")
                addr = copy.deepcopy(E["addr"]) if rng.random() < 0.5 else None
                H = make_person(W, "estate", gender=g, fam=fam if g == "m" else W.rand_family(), addr=addr,
                                place=None if addr else (E["city"], None), married=married)
                if g == "m" and H["p"]["own_giv"] == E["p"]["own_giv"]:
                    return None
                return H, ["familyName"], [], None
            return None
        if hn_type in ("sister_company", "similar_name_other_trade"):
            if E["kind"] not in ("kft", "bt", "zrt", "bakery", "restaurant", "dental_practice") or E.get("renamed"):
                return None
            stem = E["stem"]
            if stem not in BRAND_STEMS and "-" not in stem:
                return None
            if hn_type == "sister_company":
                trade = rng.choice([t for t in TRADES if t not in (E["comp"]["base"] or "")])
                kind = rng.choice(["kft", "kft", "bt", "zrt"])
                same_seat = rng.random() < 0.6
                H = make_org(W, kind, base=f"{stem} {trade}", lf=kind, stem=stem,
                             addr=copy.deepcopy(E["addr"]) if same_seat else None,
                             city=None if same_seat else E["city"],
                             district=None if same_seat else E["addr"]["district"])
                if E.get("domain"):
                    H["domain"] = E["domain"]
                    H["email"] = W.org_email(H["id"], stem, E["domain"], H.get("contact"))
                H["comp"]["lf"] = kind
                return H, ["company_stem"], [], stem
            kind = rng.choice([k for k in ("bakery", "restaurant", "dental_practice", "kft", "bt") if k != E["kind"]])
            word = {"bakery": rng.choice(BAKERY_WORDS), "restaurant": rng.choice(RESTAURANT_WORDS),
                    "dental_practice": rng.choice(DENTAL_WORDS)}.get(kind) or rng.choice(TRADES)
            if word in E["comp"]["base"]:
                return None
            lf = rng.choice(["kft", "bt"]) if kind not in ("kft", "bt") else kind
            H = make_org(W, kind, base=f"{stem} {word}", lf=lf, stem=stem)
            H["comp"]["lf"] = lf
            return H, ["company_stem"], [], stem
        if hn_type == "practitioner_vs_practice":
            if E["kind"] == "dental_practice" and E.get("contact") and E["contact"].get("title") and E["comp"]["base"].startswith("Dr."):
                c = E["contact"]
                H = make_person(W, rng.choice(["family_house", "flat_owner"]), gender=c["gender"], fam=c["own_fam"],
                                giv=c["own_giv"], title="dr.", marker="", married=False)
                H["email"] = W.person_email(H["id"], c["own_fam"], c["own_giv"])
                if not E["phone"].startswith(("1", "2", "3", "4", "5", "6", "7", "8", "9")) or E["phone"][:2] in ("20", "30", "70"):
                    if rng.random() < 0.4:
                        H["phone"] = E["phone"]
                return H, ["name"], [], None
            if E["party"] == "person" and E["kind"] in ("flat_owner", "family_house", "landlord", "weekend_house") \
                    and E["p"].get("title") and E["p"]["form"] in ("plain", "maiden"):
                c = copy.deepcopy(E["p"])
                c["married"], c["form"] = None, "plain"
                word = rng.choice(DENTAL_WORDS)
                H = make_org(W, "dental_practice", base=f"Dr. {c['own_fam']} {word}", lf=rng.choice(["bt", "kft"]),
                             stem=c["own_fam"], contact=c, city=E["city"], district=E["addr"]["district"],
                             phone=E["phone"] if (E["phone"][:2] in ("20", "30", "70") and rng.random() < 0.4) else None)
                H["comp"]["lf"] = H["comp"]["lf"] or "bt"
                return H, ["name"], [], None
            return None
        if hn_type == "household_member":
            if not self._person_anchor(A, ("flat_owner", "family_house", "landlord", "weekend_house", "couple")):
                return None
            if not R.get("email") or not simple_fam or E["p"]["gender"] != "m":
                return None
            fam = R["familyName"]
            g = "m"
            place = (E["city"], None) if rng.random() < 0.5 else None
            H = make_person(W, rng.choice(["flat_owner", "family_house"]), gender=g, fam=fam, place=place,
                            married=False, title="", marker="")
            if H["p"]["own_giv"] in (E["p"]["own_giv"], (E.get("spouse") or {}).get("own_giv")):
                return None
            H["email"] = A["st"]["email"]
            return H, ["email", "familyName"], [], None
        if hn_type == "namesake_org_other_city":
            if E["kind"] not in ("school", "parish", "sports_club"):
                return None
            base = E["comp"]["base"]
            old_adj = city_adj(E["city"], E["addr"]["district"])
            for _ in range(8):
                city, d = org_city(W, E["kind"])
                if city_key(city) == city_key(E["city"]):
                    continue
                nb = base.replace(old_adj, city_adj(city, d)) if base.startswith(old_adj) else base
                H = make_org(W, E["kind"], city=city, district=d, base=nb, stem=E["stem"])
                return H, ["company_stem"], [], E["stem"]
            return None
        if hn_type == "municipality_unit":
            if E["kind"] != "municipality":
                return None
            city = E["city"]
            adj = city_adj(city)
            stem = city if city in adj else os.path.commonprefix([city, adj])
            same = rng.random() < 0.5
            H = make_org(W, "municipal_unit", base=f"{adj} {rng.choice(MUNICIPAL_UNITS)}", stem=stem,
                         addr=copy.deepcopy(E["addr"]) if same else None, city=None if same else city)
            return H, ["company_stem"], [], stem
        raise ValueError(hn_type)

    def build_hard_negatives(self):
        rng = self.rng
        self.hidden_ids = {f["id"] for f in self.firms_hidden}
        self.hn_used_firms = set()
        used = set()
        for hn_type, n in HN_PLAN:
            anchors = list(range(N_EXISTING))
            rng.shuffle(anchors)
            made = 0
            for ai in anchors:
                if made == n:
                    break
                A = self.ex[ai]
                if A["E"]["id"] in used:
                    continue
                res = self.hn_build(hn_type, A)
                if res is None:
                    continue
                H, must_all, must_any, stem = res
                out = self.hn_record(H, A, must_all, must_any, stem)
                if out is None:
                    continue
                src, st, rend, sh = out
                used.add(A["E"]["id"])
                made += 1
                meta = {"category": "hard_negative", "kind": H["kind"], "party": H["party"], "changes": [],
                        "source": src, "anchor": A["E"]["id"], "anchor_index": ai, "hn_type": hn_type,
                        "rule": HN_RULES[hn_type], "shared": sh}
                if "company_stem" in sh:
                    meta["stem"] = stem
                self.incoming.append({"rec": rend, "meta": meta, "eid": H["id"], "st": st})
            assert made == n, (hn_type, made, n)

    # ------------------------------------------------------------------ output
    def finalize(self):
        rng = self.rng
        items = self.incoming
        assert len(items) == N_INCOMING, len(items)
        rng.shuffle(items)
        # first occurrence of a new customer comes first in the file
        pos = {}
        for i, it in enumerate(items):
            if it["meta"]["category"] == "new":
                pos.setdefault(it["eid"], []).append(i)
        for eid, ps in pos.items():
            its = sorted((items[p] for p in ps), key=lambda x: x["meta"]["occurrence"])
            for p, it in zip(ps, its):
                items[p] = it
            for it in its[1:]:
                it["meta"]["compare_index"] = ps[0]
        for r in self.ex:
            assert within_limits(r["rend"]), r["rend"]
        for it in items:
            assert within_limits(it["rec"]), it["rec"]
        set_lines, meta_lines = [], []
        for i, r in enumerate(self.ex):
            set_lines.append({"set": "existing", "entity": r["E"]["id"], "contact": r["rend"]})
            meta_lines.append({"set": "existing", "index": i, "entity": r["E"]["id"], "category": "existing",
                               "kind": r["E"]["kind"], "party": r["E"]["party"], "changes": []})
        for i, it in enumerate(items):
            set_lines.append({"set": "incoming", "entity": it["eid"], "contact": it["rec"]})
            m = {"set": "incoming", "index": i, "entity": it["eid"]}
            m.update(it["meta"])
            meta_lines.append(m)
        return set_lines, meta_lines


def order_contact(c):
    out = {k: c[k] for k in ("displayName", "givenName", "familyName", "companyName", "email", "phone")}
    a = c["address"]
    out["address"] = None if a is None else {k: a[k] for k in ("line1", "line2", "city", "region", "postalCode", "country")}
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    g = Generator(SEED)
    g.build_existing()
    g.build_matches()
    g.build_new()
    g.build_hard_negatives()
    set_lines, meta_lines = g.finalize()
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in set_lines:
            s = {"set": s["set"], "entity": s["entity"], "contact": order_contact(s["contact"])}
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in meta_lines:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    cats = {}
    for m in meta_lines:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    print("wrote", len(set_lines), "records to", args.out, json.dumps(cats, sort_keys=True))


if __name__ == "__main__":
    main()
