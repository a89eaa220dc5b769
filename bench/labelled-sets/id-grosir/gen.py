#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the labelled customer-linkage set `id-grosir`.

A building-materials / household-goods wholesaler in Surabaya (branches Malang,
Sidoarjo, Jember, Denpasar) keeps its customers in QuickBooks Online (IDR).
This script writes set.jsonl and meta.jsonl (see README.txt).

    python3 gen.py              -> writes beside this file
    python3 gen.py --out DIR    -> writes into DIR

Python 3 standard library only; one random.Random(SEED); no dependence on
set/dict iteration order or PYTHONHASHSEED; byte-identical output.
"""

import argparse
import copy
import json
import os
import re
import sys
import unicodedata
import random
from difflib import SequenceMatcher

SEED = 20240917
rng = random.Random(SEED)

N_EXIST = 1500
N_HN = 150
N_MATCH = 825
N_NEW_FIRST = 420
N_REPEAT = 105          # 75 customers seen twice, 15 seen three times
N_NAMECITY = 135        # matches written to share no identifier (name + town only)

FIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
ADDR_FIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']


def ch(seq):
    return seq[rng.randrange(len(seq))]


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def coin(p):
    return rng.random() < p


# ---------------------------------------------------------------------------
# Places (real towns, kecamatan / kelurahan / desa, postcodes, area codes)
# ---------------------------------------------------------------------------

CITY = {
    # key: city as typed in QBO, official form, short form, region, area code, branch, weight
    'sby': dict(city='Surabaya', full='Kota Surabaya', abbr='SBY', region='Jawa Timur', area='031', branch='SBY', w=30),
    'sda': dict(city='Sidoarjo', full='Kab. Sidoarjo', abbr='Sda', region='Jawa Timur', area='031', branch='SDA', w=12),
    'gsk': dict(city='Gresik', full='Kab. Gresik', abbr=None, region='Jawa Timur', area='031', branch='SBY', w=3),
    'mjk': dict(city='Mojokerto', full='Kota Mojokerto', abbr=None, region='Jawa Timur', area='0321', branch='SBY', w=2),
    'psn': dict(city='Pasuruan', full='Kab. Pasuruan', abbr=None, region='Jawa Timur', area='0343', branch='MLG', w=2),
    'mlg': dict(city='Malang', full='Kota Malang', abbr='MLG', region='Jawa Timur', area='0341', branch='MLG', w=12),
    'kmlg': dict(city='Kab. Malang', full='Kabupaten Malang', abbr='Kab. Mlg', region='Jawa Timur', area='0341', branch='MLG', w=5),
    'batu': dict(city='Batu', full='Kota Batu', abbr=None, region='Jawa Timur', area='0341', branch='MLG', w=2),
    'jbr': dict(city='Jember', full='Kab. Jember', abbr='JBR', region='Jawa Timur', area='0331', branch='JBR', w=10),
    'lmj': dict(city='Lumajang', full='Kab. Lumajang', abbr=None, region='Jawa Timur', area='0334', branch='JBR', w=1.5),
    'bwi': dict(city='Banyuwangi', full='Kab. Banyuwangi', abbr='BWI', region='Jawa Timur', area='0333', branch='JBR', w=2),
    'pbl': dict(city='Probolinggo', full='Kota Probolinggo', abbr=None, region='Jawa Timur', area='0335', branch='JBR', w=1.5),
    'bdw': dict(city='Bondowoso', full='Kab. Bondowoso', abbr=None, region='Jawa Timur', area='0332', branch='JBR', w=1),
    'bkl': dict(city='Bangkalan', full='Kab. Bangkalan', abbr=None, region='Jawa Timur', area='031', branch='SBY', w=2),
    'pmk': dict(city='Pamekasan', full='Kab. Pamekasan', abbr=None, region='Jawa Timur', area='0324', branch='SBY', w=1),
    'smp': dict(city='Sumenep', full='Kab. Sumenep', abbr=None, region='Jawa Timur', area='0328', branch='SBY', w=1),
    'dps': dict(city='Denpasar', full='Kota Denpasar', abbr='DPS', region='Bali', area='0361', branch='DPS', w=9),
    'bdg': dict(city='Badung', full='Kab. Badung', abbr=None, region='Bali', area='0361', branch='DPS', w=4),
    'gnr': dict(city='Gianyar', full='Kab. Gianyar', abbr=None, region='Bali', area='0361', branch='DPS', w=2),
    'tbn': dict(city='Tabanan', full='Kab. Tabanan', abbr=None, region='Bali', area='0361', branch='DPS', w=1.5),
    'bll': dict(city='Buleleng', full='Kab. Buleleng', abbr=None, region='Bali', area='0362', branch='DPS', w=1),
    'klk': dict(city='Klungkung', full='Kab. Klungkung', abbr=None, region='Bali', area='0366', branch='DPS', w=0.5),
}
CITY_KEYS = list(CITY.keys())
CITY_GROUP = {'sby': 'sby', 'sda': 'sby', 'gsk': 'sby', 'mjk': 'sby', 'psn': 'sby',
              'mlg': 'mlg', 'kmlg': 'mlg', 'batu': 'mlg',
              'jbr': 'jbr', 'lmj': 'jbr', 'bwi': 'jbr', 'pbl': 'jbr', 'bdw': 'jbr',
              'bkl': 'mad', 'pmk': 'mad', 'smp': 'mad',
              'dps': 'bali', 'bdg': 'bali', 'gnr': 'bali', 'tbn': 'bali', 'bll': 'bali', 'klk': 'bali'}
# NIK region codes (province + regency/city) used for 16-digit tax ids of persons
NIK_CODE = {'sby': '3578', 'sda': '3515', 'gsk': '3525', 'mjk': '3576', 'psn': '3514', 'mlg': '3573',
            'kmlg': '3507', 'batu': '3579', 'jbr': '3509', 'lmj': '3508', 'bwi': '3510', 'pbl': '3574',
            'bdw': '3511', 'bkl': '3526', 'pmk': '3528', 'smp': '3529', 'dps': '5171', 'bdg': '5103',
            'gnr': '5104', 'tbn': '5102', 'bll': '5108', 'klk': '5105'}
KPP = {'sby': ['606', '609', '614', '615', '618', '619', '641'], 'mlg': ['623', '625', '652', '653'],
       'jbr': ['626', '627', '628'], 'mad': ['608', '644'], 'bali': ['901', '902', '903', '904', '906', '907']}

# (city key, kecamatan, kelurahan/desa, postcode, is_desa, streets)
PLACE_ROWS = [
    ('sby', 'Gayungan', 'Ketintang', '60231', 0, ['Ketintang', 'Ketintang Baru', 'Gayungsari Barat']),
    ('sby', 'Gubeng', 'Gubeng', '60281', 0, ['Gubeng', 'Bangka', 'Sumatera']),
    ('sby', 'Gubeng', 'Airlangga', '60286', 0, ['Airlangga', 'Karang Menjangan', 'Dharmawangsa']),
    ('sby', 'Wonokromo', 'Darmo', '60241', 0, ['Raya Darmo', 'Progo', 'Serayu']),
    ('sby', 'Wonokromo', 'Jagir', '60244', 0, ['Jagir Wonokromo', 'Bendul Merisi']),
    ('sby', 'Wonokromo', 'Ngagel', '60246', 0, ['Ngagel', 'Ngagel Jaya Selatan']),
    ('sby', 'Rungkut', 'Kali Rungkut', '60293', 0, ['Rungkut Industri', 'Rungkut Madya', 'Rungkut Asri']),
    ('sby', 'Rungkut', 'Medokan Ayu', '60295', 0, ['Medokan Asri', 'Medokan Ayu']),
    ('sby', 'Tenggilis Mejoyo', 'Tenggilis Mejoyo', '60292', 0, ['Raya Tenggilis', 'Tenggilis Utara']),
    ('sby', 'Genteng', 'Embong Kaliasin', '60271', 0, ['Embong Malang', 'Pemuda']),
    ('sby', 'Genteng', 'Kapasari', '60273', 0, ['Kapasari', 'Kusuma Bangsa']),
    ('sby', 'Bubutan', 'Bubutan', '60174', 0, ['Bubutan', 'Semarang', 'Indrapura']),
    ('sby', 'Tegalsari', 'Kedungdoro', '60261', 0, ['Kedungdoro', 'Tidar']),
    ('sby', 'Tegalsari', 'Dr. Soetomo', '60264', 0, ['Dr. Soetomo', 'Pandegiling']),
    ('sby', 'Sawahan', 'Banyu Urip', '60254', 0, ['Banyu Urip', 'Simo Katrungan']),
    ('sby', 'Sawahan', 'Putat Jaya', '60255', 0, ['Putat Jaya', 'Kupang Gunung Timur']),
    ('sby', 'Wiyung', 'Wiyung', '60228', 0, ['Raya Wiyung', 'Menganti Wiyung']),
    ('sby', 'Lakarsantri', 'Lidah Kulon', '60213', 0, ['Lidah Kulon', 'Raya Menganti Lidah']),
    ('sby', 'Tandes', 'Manukan Kulon', '60185', 0, ['Manukan Tama', 'Raya Manukan']),
    ('sby', 'Mulyorejo', 'Mulyorejo', '60115', 0, ['Mulyosari', 'Raya Mulyorejo']),
    ('sby', 'Sukolilo', 'Keputih', '60111', 0, ['Keputih Tegal', 'Arief Rahman Hakim']),
    ('sby', 'Sukolilo', 'Klampis Ngasem', '60117', 0, ['Klampis Jaya', 'Klampis Anom']),
    ('sby', 'Tambaksari', 'Pacar Keling', '60131', 0, ['Jolotundo', 'Pacar Keling']),
    ('sby', 'Simokerto', 'Kapasan', '60141', 0, ['Kapasan', 'Kapas Krampung']),
    ('sby', 'Semampir', 'Ampel', '60151', 0, ['KH. Mas Mansyur', 'Sasak']),
    ('sby', 'Pabean Cantian', 'Nyamplungan', '60162', 0, ['Nyamplungan', 'Kalimas Baru']),
    ('sby', 'Krembangan', 'Perak Barat', '60177', 0, ['Perak Barat', 'Jakarta']),
    ('sby', 'Wonocolo', 'Jemur Wonosari', '60237', 0, ['Jemursari', 'Jemur Andayani']),
    ('sby', 'Wonocolo', 'Siwalankerto', '60236', 0, ['Siwalankerto', 'Raya Kendangsari']),
    ('sby', 'Jambangan', 'Karah', '60232', 0, ['Karah', 'Kebonsari']),
    ('sda', 'Sidoarjo', 'Sidokare', '61214', 0, ['Mojopahit', 'Sidokare Asri']),
    ('sda', 'Sidoarjo', 'Lemahputro', '61213', 0, ['Ahmad Yani', 'Jenggolo']),
    ('sda', 'Sidoarjo', 'Magersari', '61212', 0, ['Gajah Mada', 'Magersari Permai']),
    ('sda', 'Waru', 'Waru', '61256', 1, ['Raya Waru', 'Brigjen Katamso']),
    ('sda', 'Waru', 'Tropodo', '61256', 1, ['Raya Tropodo', 'Tropodo Asri']),
    ('sda', 'Taman', 'Sepanjang', '61257', 0, ['Raya Sepanjang', 'Sawunggaling']),
    ('sda', 'Gedangan', 'Gedangan', '61254', 1, ['Raya Gedangan', 'Ketajen']),
    ('sda', 'Candi', 'Candi', '61271', 1, ['Raya Candi', 'Sumokali']),
    ('sda', 'Buduran', 'Buduran', '61252', 1, ['Raya Buduran', 'Sidokepung']),
    ('sda', 'Krian', 'Krian', '61262', 0, ['Raya Krian', 'Kemasan']),
    ('sda', 'Porong', 'Porong', '61274', 1, ['Raya Porong', 'Juwet Kenongo']),
    ('sda', 'Sukodono', 'Sukodono', '61258', 1, ['Raya Sukodono', 'Pekarungan']),
    ('sda', 'Tanggulangin', 'Kludan', '61272', 1, ['Raya Kludan', 'Kedensari']),
    ('gsk', 'Kebomas', 'Kebomas', '61124', 0, ['Dr. Wahidin Sudirohusodo', 'Raya Kebomas']),
    ('gsk', 'Manyar', 'Manyarejo', '61151', 1, ['Raya Manyar', 'Kayu Raja']),
    ('gsk', 'Driyorejo', 'Driyorejo', '61177', 1, ['Raya Driyorejo', 'Legundi']),
    ('mjk', 'Prajurit Kulon', 'Prajurit Kulon', '61321', 0, ['Majapahit', 'Empunala']),
    ('mjk', 'Magersari', 'Wates', '61317', 0, ['Raya Wates', 'Surodinawan']),
    ('psn', 'Pandaan', 'Pandaan', '67156', 0, ['Raya Pandaan', 'Kasin']),
    ('psn', 'Bangil', 'Kauman', '67153', 0, ['Raya Bangil', 'Untung Suropati']),
    ('mlg', 'Klojen', 'Kauman', '65119', 0, ['Kawi', 'Kauman', 'Merdeka Barat']),
    ('mlg', 'Klojen', 'Oro-oro Dowo', '65119', 0, ['Ijen', 'Pahlawan Trip']),
    ('mlg', 'Klojen', 'Sukoharjo', '65118', 0, ['Zainul Arifin', 'Sukoharjo']),
    ('mlg', 'Klojen', 'Kasin', '65117', 0, ['Kasin', 'Kawi Atas']),
    ('mlg', 'Lowokwaru', 'Dinoyo', '65144', 0, ['MT. Haryono', 'Sumbersari']),
    ('mlg', 'Lowokwaru', 'Lowokwaru', '65141', 0, ['Soekarno Hatta', 'Letjen Sutoyo']),
    ('mlg', 'Lowokwaru', 'Tlogomas', '65144', 0, ['Tlogomas', 'Raya Tlogomas']),
    ('mlg', 'Blimbing', 'Purwantoro', '65122', 0, ['Sulfat', 'Letjen S. Parman']),
    ('mlg', 'Blimbing', 'Arjosari', '65126', 0, ['Raden Intan', 'Teluk Pelabuhan Ratu']),
    ('mlg', 'Sukun', 'Bandungrejosari', '65148', 0, ['S. Supriadi', 'Kolonel Sugiono']),
    ('mlg', 'Sukun', 'Tanjungrejo', '65147', 0, ['Raya Tanjungrejo', 'Bandulan']),
    ('mlg', 'Kedungkandang', 'Sawojajar', '65139', 0, ['Danau Toba', 'Danau Ranau']),
    ('mlg', 'Kedungkandang', 'Buring', '65136', 0, ['Mayjen Sungkono', 'Muharto']),
    ('kmlg', 'Kepanjen', 'Kepanjen', '65163', 0, ['Raya Kepanjen', 'Panji']),
    ('kmlg', 'Singosari', 'Pagentan', '65153', 0, ['Raya Singosari', 'Tumapel']),
    ('kmlg', 'Lawang', 'Kalirejo', '65216', 0, ['Thamrin', 'Raya Lawang']),
    ('kmlg', 'Pakis', 'Pakis', '65154', 1, ['Raya Pakis', 'Asrikaton']),
    ('kmlg', 'Turen', 'Turen', '65175', 1, ['Raya Turen', 'Panglima Sudirman']),
    ('kmlg', 'Dau', 'Landungsari', '65151', 1, ['Raya Tegalgondo', 'Landungsari']),
    ('batu', 'Batu', 'Sisir', '65314', 0, ['Diponegoro', 'Sudiro']),
    ('batu', 'Batu', 'Ngaglik', '65311', 0, ['Brantas', 'Agus Salim']),
    ('batu', 'Junrejo', 'Junrejo', '65321', 1, ['Raya Junrejo', 'Ir. Soekarno']),
    ('jbr', 'Kaliwates', 'Kaliwates', '68133', 0, ['Gajah Mada', 'Hayam Wuruk']),
    ('jbr', 'Kaliwates', 'Kepatihan', '68137', 0, ['Sultan Agung', 'Trunojoyo']),
    ('jbr', 'Kaliwates', 'Mangli', '68136', 0, ['Mangli', 'Brawijaya']),
    ('jbr', 'Sumbersari', 'Sumbersari', '68121', 0, ['Kalimantan', 'Jawa']),
    ('jbr', 'Sumbersari', 'Tegal Gede', '68124', 0, ['Karimata', 'Danau Toba']),
    ('jbr', 'Patrang', 'Patrang', '68111', 0, ['dr. Soebandi', 'Kenanga']),
    ('jbr', 'Ambulu', 'Ambulu', '68172', 1, ['Raya Ambulu', 'Kartini']),
    ('jbr', 'Balung', 'Balung Kulon', '68161', 1, ['Raya Balung', 'Rambipuji']),
    ('jbr', 'Tanggul', 'Tanggul Kulon', '68155', 1, ['Raya Tanggul', 'Pemuda']),
    ('jbr', 'Kencong', 'Kencong', '68167', 1, ['Raya Kencong', 'Semeru']),
    ('jbr', 'Rambipuji', 'Rambipuji', '68152', 1, ['Raya Rambipuji', 'Dharmawangsa']),
    ('jbr', 'Kalisat', 'Kalisat', '68193', 1, ['Raya Kalisat', 'Ahmad Yani']),
    ('lmj', 'Lumajang', 'Ditotrunan', '67311', 0, ['Panglima Sudirman', 'Alun-alun Utara']),
    ('bwi', 'Banyuwangi', 'Penganjuran', '68416', 0, ['Ahmad Yani', 'Brawijaya']),
    ('bwi', 'Genteng', 'Genteng Kulon', '68465', 1, ['Raya Genteng', 'Gajah Mada']),
    ('pbl', 'Mayangan', 'Mayangan', '67217', 0, ['Panglima Sudirman', 'Suroyo']),
    ('bdw', 'Bondowoso', 'Kademangan', '68217', 0, ['RE. Martadinata', 'Santawi']),
    ('bkl', 'Bangkalan', 'Kraton', '69112', 0, ['Trunojoyo', 'Halim Perdana Kusuma']),
    ('pmk', 'Pamekasan', 'Kolpajung', '69317', 0, ['Jokotole', 'Stadion']),
    ('smp', 'Kota Sumenep', 'Pajagalan', '69416', 0, ['Trunojoyo', 'Dr. Cipto']),
    ('dps', 'Denpasar Selatan', 'Sesetan', '80223', 0, ['Raya Sesetan', 'Pulau Batam']),
    ('dps', 'Denpasar Selatan', 'Panjer', '80225', 0, ['Tukad Badung', 'Tukad Pakerisan']),
    ('dps', 'Denpasar Selatan', 'Renon', '80226', 0, ['Raya Puputan', 'Tukad Yeh Aya']),
    ('dps', 'Denpasar Selatan', 'Sanur', '80228', 0, ['Danau Tamblingan', 'Danau Poso']),
    ('dps', 'Denpasar Selatan', 'Pedungan', '80222', 0, ['Pulau Moyo', 'Raya Pedungan']),
    ('dps', 'Denpasar Timur', 'Kesiman', '80237', 0, ['WR. Supratman', 'Gatot Subroto Timur']),
    ('dps', 'Denpasar Timur', 'Sumerta', '80236', 0, ['Hayam Wuruk', 'Nusa Indah']),
    ('dps', 'Denpasar Utara', 'Ubung', '80116', 0, ['Cokroaminoto', 'Gatot Subroto Barat']),
    ('dps', 'Denpasar Utara', 'Peguyangan', '80115', 0, ['Ahmad Yani Utara', 'Nuansa Utama']),
    ('dps', 'Denpasar Barat', 'Padangsambian', '80117', 0, ['Gunung Agung', 'Gunung Soputan']),
    ('dps', 'Denpasar Barat', 'Pemecutan Kelod', '80119', 0, ['Imam Bonjol', 'Teuku Umar Barat']),
    ('bdg', 'Kuta Utara', 'Kerobokan Kelod', '80361', 0, ['Raya Kerobokan', 'Batu Belig']),
    ('bdg', 'Kuta Utara', 'Dalung', '80361', 1, ['Raya Dalung', 'Padang Luwih']),
    ('bdg', 'Kuta', 'Legian', '80361', 0, ['Legian', 'Padma']),
    ('bdg', 'Kuta Selatan', 'Jimbaran', '80364', 0, ['Uluwatu', 'Bypass Ngurah Rai']),
    ('bdg', 'Mengwi', 'Mengwi', '80351', 1, ['Raya Mengwi', 'Ayodya']),
    ('bdg', 'Abiansemal', 'Blahkiuh', '80352', 1, ['Raya Blahkiuh', 'Raya Sangeh']),
    ('gnr', 'Ubud', 'Ubud', '80571', 0, ['Raya Ubud', 'Monkey Forest']),
    ('gnr', 'Sukawati', 'Sukawati', '80582', 1, ['Raya Sukawati', 'Raya Celuk']),
    ('gnr', 'Gianyar', 'Gianyar', '80511', 0, ['Ngurah Rai', 'Astina Utara']),
    ('tbn', 'Tabanan', 'Dajan Peken', '82113', 0, ['Gajah Mada', 'Pahlawan']),
    ('tbn', 'Kediri', 'Abiantuwung', '82121', 1, ['Raya Kediri', 'Raya Tanah Lot']),
    ('bll', 'Buleleng', 'Kampung Baru', '81111', 0, ['Ahmad Yani', 'Ngurah Rai']),
    ('klk', 'Klungkung', 'Semarapura Kaja', '80711', 0, ['Gajah Mada', 'Flamboyan']),
]
PLACES = []
for _i, _r in enumerate(PLACE_ROWS):
    PLACES.append(dict(i=_i, ck=_r[0], kec=_r[1], kel=_r[2], postal=_r[3], desa=bool(_r[4]), streets=_r[5]))
PLACES_BY_CITY = {}
for _p in PLACES:
    PLACES_BY_CITY.setdefault(_p['ck'], []).append(_p)

BANJAR = ['Tegal', 'Kaja', 'Kelod', 'Tengah', 'Pande', 'Sari', 'Anyar', 'Buni', 'Taman', 'Dukuh', 'Batan Buah', 'Pekandelan']
GANG = ['Buntu', 'Melati', 'Mawar', 'Kenanga', 'Masjid', 'Langgar', 'Sawo', 'Delima', 'Anggrek', 'Manggis', 'Kamboja', 'Cempaka',
        'Melati 2', 'Mawar 3', 'Sawo 1', 'Masjid 2', 'Langgar 4']
PERUM = ['Griya Permata Asri', 'Graha Sentosa Regency', 'Bumi Mulya Permai', 'Puri Indah Lestari', 'Taman Sari Residence',
         'Griya Kencana Asri', 'Pesona Alam Hijau', 'Grand Tirta Regency', 'Bukit Cemara Asri', 'Taman Wisata Asri',
         'Royal Sentosa Garden', 'Permata Sari Residence', 'Griya Candra Mukti', 'Mutiara Harmoni', 'Graha Kartika Asri',
         'Taman Giri Asri', 'Puri Gading Lestari', 'Villa Kencana Permai']
RUKO = ['Permata Niaga', 'Sentra Bisnis', 'Mega Niaga', 'Graha Usaha', 'Taman Niaga', 'Bisnis Center', 'Galaxy Niaga',
        'Plaza Sentosa', 'Niaga Asri']
DUSUN = ['Krajan', 'Krajan Kidul', 'Kebonsari', 'Sumberan', 'Karanganyar', 'Tegalrejo', 'Krajan Lor', 'Sukorejo']
LANDMARK = ['dekat masjid', 'depan SD', 'sebelah musholla', 'belakang pasar', 'samping balai desa', 'dekat pos kamling',
            'seberang makam', 'sebelah warung kopi', 'utara jembatan', 'dkt masjid', 'sblh toko besi',
            'masuk gang rumah cat hijau', 'pagar hitam', 'rumah tingkat cat biru', 'patokan pohon mangga besar',
            'sebelah bengkel', 'depan lapangan', 'blkg puskesmas']
LANDMARK_BALI = ['dekat pura desa', 'sebelah bale banjar', 'depan sekolah', 'dekat pura dalem', 'belakang pasar']

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

JAV_M_SINGLE = ['Sutrisno', 'Slamet', 'Sugeng', 'Suparman', 'Sumarno', 'Sukardi', 'Suwarno', 'Paimin', 'Tukiman',
                'Wagiman', 'Sarmidi', 'Poniman', 'Kasiman', 'Samijo', 'Sunarto', 'Suyono', 'Supriyadi', 'Mulyono',
                'Sugiarto', 'Haryanto', 'Suryanto', 'Purnomo', 'Hariyono', 'Sukamto', 'Darmaji', 'Kusnadi', 'Warsito',
                'Ngadimin', 'Katimin', 'Legimin', 'Jumadi', 'Rohmat', 'Sarwono', 'Sudarmo', 'Ponijan', 'Tarmuji',
                'Karyono', 'Sutikno', 'Sugianto', 'Subagyo', 'Sumadi', 'Mujiono', 'Wagimin', 'Parno', 'Sukirman',
                'Marjuki', 'Supardi', 'Suratman', 'Kasmuri', 'Juwadi', 'Sucipto', 'Sujono', 'Tukijo', 'Paidi',
                'Darsono', 'Sukarji', 'Wiyono', 'Tugiman', 'Sumanto', 'Kartono', 'Supriyanto', 'Parjo', 'Sunardi',
                'Bejo', 'Tarno', 'Kasno', 'Mukidi', 'Sugito', 'Giyanto', 'Sukadi', 'Ngatijo', 'Sarijan', 'Wakidi',
                'Sarpan', 'Rusdi', 'Jaiman', 'Sukarno', 'Marsudi', 'Wahono']
JAV_M_FIRST = ['Budi', 'Agus', 'Eko', 'Dwi', 'Tri', 'Heru', 'Teguh', 'Yudi', 'Rudi', 'Didik', 'Bambang', 'Joko', 'Hadi',
               'Bagus', 'Aris', 'Wahyu', 'Arif', 'Dedi', 'Hendro', 'Imam', 'Ahmad', 'Nur', 'Rahmat', 'Sigit', 'Adi',
               'Anang', 'Gatot', 'Puji', 'Rizki', 'Fajar', 'Danang', 'Andik', 'Yoyok', 'Cahyo']
JAV_M_LAST = ['Santoso', 'Prasetyo', 'Setiawan', 'Wibowo', 'Hartono', 'Susilo', 'Purnomo', 'Sugiarto', 'Hermawan',
              'Kurniawan', 'Wahyudi', 'Saputro', 'Nugroho', 'Utomo', 'Haryanto', 'Suprapto', 'Widodo', 'Cahyono',
              'Hidayat', 'Mulyadi', 'Firmansyah', 'Pranoto', 'Wijayanto', 'Sulistyo', 'Sutrisno', 'Riyadi',
              'Yulianto', 'Susanto', 'Setiadi', 'Darmawan', 'Juwono', 'Suyitno']
JAV_F_SINGLE = ['Sumiati', 'Suwarni', 'Sulastri', 'Ngatini', 'Partini', 'Tumini', 'Suprapti', 'Kartini', 'Sumarni',
                'Nanik', 'Lilik', 'Suyatmi', 'Painem', 'Sukini', 'Wartini', 'Juminten', 'Rukmini', 'Sutinah',
                'Sunarsih', 'Mujiati', 'Sumini', 'Tukinah', 'Ngatemi', 'Sarmi', 'Suparmi', 'Wagiyem', 'Lasmi',
                'Giyem', 'Marsini', 'Sulikah', 'Jumirah']
JAV_F_FIRST = ['Sri', 'Endang', 'Siti', 'Dwi', 'Retno', 'Tri', 'Rini', 'Wahyu', 'Dewi', 'Yuli', 'Nur', 'Eni', 'Ika',
               'Lia', 'Umi', 'Anik', 'Titik', 'Diah', 'Ratna', 'Indah', 'Yayuk']
JAV_F_LAST = ['Wahyuni', 'Sulastri', 'Rahayu', 'Aminah', 'Fatimah', 'Lestari', 'Wulandari', 'Handayani', 'Astuti',
              'Ningsih', 'Susanti', 'Purwanti', 'Rahmawati', 'Kusumawati', 'Setyowati', 'Wijayanti', 'Mariani',
              'Hidayati', 'Yuliani', 'Kurniasih', 'Cahyani']

# Chinese-Indonesian: (Chinese surname, Indonesian surnames derived from it / spellings)
CN_GROUPS = [('Liem', ['Salim', 'Liem', 'Lim']), ('Oei', ['Wijaya', 'Widjaja', 'Oei']),
             ('Tjoa', ['Cahyadi', 'Tjahjadi', 'Tjoa']), ('Tan', ['Tanuwijaya', 'Tanudjaja', 'Tan']),
             ('Kwee', ['Kusuma', 'Kwee']), ('Go', ['Gozali', 'Go']), ('The', ['Tedja', 'The']),
             ('Ong', ['Onggo', 'Ong']), ('Lie', ['Liman', 'Lie']), ('Gouw', ['Gunadi', 'Gouw']),
             ('Kho', ['Kosasih', 'Kho']), ('Han', ['Handoko', 'Han']), ('Liem', ['Halim', 'Liem', 'Lim'])]
CN_M = ['Hendra', 'Budi', 'Yohanes', 'Stefanus', 'Felix', 'Andreas', 'Rudy', 'Sonny', 'Hartono', 'Agus', 'Willy',
        'Johan', 'Eddy', 'Teddy', 'Robert', 'Kevin', 'Michael', 'Daniel', 'Hengky', 'Iwan', 'Tony', 'Benny',
        'Gunawan', 'Sugianto', 'Harianto', 'Yusuf']
CN_F = ['Lina', 'Linda', 'Lily', 'Irene', 'Fransiska', 'Susan', 'Meiliana', 'Yenny', 'Vera', 'Lanny', 'Shirley',
        'Grace', 'Melinda', 'Inge', 'Sandra', 'Jessica', 'Fenny', 'Maria', 'Lisa', 'Agustina', 'Susanti']
CN_SYL = ['Kok', 'Hien', 'Swie', 'Ling', 'Bing', 'Hwa', 'Tjong', 'An', 'Siok', 'Lan', 'Tiong', 'Gie', 'Ay', 'Kim',
          'Hok', 'Giok', 'Nio', 'Hong', 'Liang', 'Djien', 'Tjoen', 'Sien', 'Han', 'Wie', 'Ping', 'Mei', 'Hoa',
          'Bie', 'Tek', 'Soen', 'Goan', 'Tjay', 'Yok', 'Lian']

MAD_PFX = ['Moh.', 'Abd.', 'Ach.', 'Mat', 'Moh.', 'Moch.']
MAD_BASE = ['Holil', 'Rahem', 'Sahri', 'Hasan', 'Faruq', 'Toyyib', 'Gani', 'Wahid', 'Ridwan', 'Sahlan', 'Jamal', 'Rasid',
            'Munir', 'Sholeh', 'Rofiq', 'Hamzah', 'Kholik', 'Ramli', 'Mukri', 'Subairi', 'Zainuri', 'Asmuni', 'Jufri',
            'Hafid', 'Latif', 'Rozak', 'Mannan', 'Hosen', 'Sudin', 'Tohir', 'Muhlis', 'Kurdi', 'Salam', 'Bahri']
MAD_M = ['Moh. Holil', 'Abd. Rahem', 'Moh. Sahri', 'Matrawi', 'Marsuki', 'Hosnan', 'Sahrawi', 'Busiri', 'Suhairi',
         'Fathorrahman', 'Musleh', "Rofi'i", 'Junaidi', 'Sahlan', 'Mat Sani', 'Supandi', 'Moh. Hasan', 'Ach. Faruq',
         'Moh. Toyyib', 'Abd. Gani', 'Holilurrahman', 'Mahfud', 'Sujai', 'Hairul Anam', "Moh. Syafi'i", "Ma'ruf",
         'Bahrawi', 'Misnadi', 'Abd. Wahid', 'Moh. Ridwan', 'Marzuki', 'Sanawi', 'Hasyim', 'Mistari', 'Sumarto',
         'Jumali', 'Musyaffa', 'Sahrul', 'Buhari', 'Samsul Arifin', 'Fauzan', 'Hosnol', 'Tajul Arifin']
MAD_F = ['Halimah', 'Siti Maimunah', 'Muzayyanah', 'Sitti Romlah', 'Fatimatus Zahro', 'Nur Hasanah', 'Hosniyah',
         'Sumiyati', 'Masruroh', 'Zainab', "Juma'ati", 'Rohmah', 'Saniyah', "Qurrotul A'yun"]

AR_M = ['Ahmad', 'Husein', 'Umar', 'Salim', 'Hasan', 'Ali', 'Abdullah', 'Muhammad', 'Faisal', 'Segaf', 'Idrus',
        'Zein', 'Alwi', 'Hamid', 'Abdul Kadir', 'Mustafa', 'Sholeh', 'Said', 'Thoha']
AR_F = ['Fatimah', 'Nur', 'Aisyah', 'Sarah', 'Khadijah', 'Zahra', 'Salma', 'Nabila', 'Maryam', 'Syifa']
AR_FAM = [['Alatas', 'Al-Atas', 'Al Attas'], ['Assegaf', 'As-Segaf', 'Assegaff'], ['Alhabsyi', 'Al-Habsyi', 'Al Habsyi'],
          ['Alaydrus', 'Al-Aydrus', 'Alaidrus'], ['Bawazier', "Ba'wazier", 'Bawazir'], ['Bahasuan', 'Bahasoan'],
          ['Alkaff', 'Al-Kaff', 'Al Kaf'], ['Baraja', 'Barajah'], ['Shahab', 'Syahab'], ['Bafadal', "Ba'fadal"],
          ['Aljufri', 'Al-Jufri'], ['Bamusa', "Ba'musa"]]

BALI_ORDER = [['Wayan', 'Putu', 'Gede'], ['Made', 'Kadek', 'Nengah'], ['Nyoman', 'Komang'], ['Ketut']]
BALI_ORDER_ALL = ['Wayan', 'Putu', 'Gede', 'Made', 'Kadek', 'Nengah', 'Nyoman', 'Komang', 'Ketut', 'Luh']
BALI_ABBR = {'Wayan': 'Wyn', 'Made': 'Md', 'Nyoman': 'Nym', 'Ketut': 'Kt', 'Komang': 'Kmg', 'Putu': 'Pt',
             'Kadek': 'Kdk', 'Gede': 'Gd', 'Nengah': 'Ngh', 'Luh': 'Luh'}
BALI_M = ['Sudarsana', 'Suardana', 'Arsana', 'Wiratama', 'Sukadana', 'Mertayasa', 'Sudiarta', 'Adnyana', 'Parwata',
          'Sumerta', 'Suarjana', 'Astawa', 'Suweca', 'Budiarta', 'Artawan', 'Widana', 'Sutama', 'Darmawan', 'Yasa',
          'Sudana', 'Kariasa', 'Gunarta', 'Oka', 'Rai Suryawan', 'Agus Mahendra', 'Eka Putra', 'Wirawan', 'Sugiarta']
BALI_F = ['Sukerti', 'Suastini', 'Sri Ayu', 'Ariani', 'Puspawati', 'Sudiasih', 'Wartini', 'Murniasih', 'Sriasih',
          'Sumiarsih', 'Ayu Lestari', 'Suryani', 'Kartika Dewi', 'Sukarmi']
BALI_CASTE_M = [['Ida', 'Bagus'], ['Anak', 'Agung', 'Gede'], ['I', 'Gusti', 'Ngurah'], ['I', 'Dewa', 'Gede'], ['Cokorda']]
BALI_CASTE_F = [['Ida', 'Ayu'], ['Anak', 'Agung', 'Istri'], ['I', 'Gusti', 'Ayu']]
BALI_CASTE_ABBR = {('Ida', 'Bagus'): ['IB'], ('Anak', 'Agung', 'Gede'): ['AA', 'Gede'], ('I', 'Gusti', 'Ngurah'): ['IG', 'Ngurah'],
                   ('Ida', 'Ayu'): ['Dayu'], ('Anak', 'Agung', 'Istri'): ['AA', 'Istri'], ('I', 'Gusti', 'Ayu'): ['IG', 'Ayu'],
                   ('I', 'Dewa', 'Gede'): ['Dewa', 'Gede'], ('Cokorda',): ['Cok']}

NICK = {'Sutrisno': 'Tris', 'Soetrisno': 'Tris', 'Haryanto': 'Yanto', 'Suryanto': 'Yanto', 'Supriyadi': 'Pri',
        'Mulyono': 'Mul', 'Wahyudi': 'Yudi', 'Sugiarto': 'Giarto', 'Slamet': 'Met', 'Bambang': 'Bams',
        'Darmaji': 'Aji', 'Sukardi': 'Kardi', 'Suparman': 'Parman', 'Sumarno': 'Marno', 'Suwarno': 'Warno',
        'Sunarto': 'Narto', 'Purnomo': 'Nomo', 'Prasetyo': 'Pras', 'Setiawan': 'Wawan', 'Kurniawan': 'Wawan',
        'Hermawan': 'Wawan', 'Gunawan': 'Gun', 'Yohanes': 'Anes', 'Stefanus': 'Stef', 'Fransiska': 'Siska',
        'Andreas': 'Andre', 'Susanti': 'Santi', 'Wahyuni': 'Yuni', 'Handayani': 'Yani', 'Lestari': 'Tari',
        'Ngatini': 'Tini', 'Sumiati': 'Mia', 'Endang': 'Ndang', 'Fatimah': 'Ifah', 'Aminah': 'Ami',
        'Abdullah': 'Dullah', 'Husein': 'Ucen', 'Muhammad': 'Mamat', 'Faisal': 'Ical', 'Fathorrahman': 'Fathor',
        'Holilurrahman': 'Holil', 'Sudarsana': 'Darsa', 'Suardana': 'Dana', 'Sudiarta': 'Diarta',
        'Mertayasa': 'Yasa', 'Agustina': 'Tina', 'Meiliana': 'Mei', 'Michael': 'Mike', 'Robert': 'Robby',
        'Daniel': 'Danny', 'Jessica': 'Jess', 'Supandi': 'Pandi', 'Junaidi': 'Jun', 'Marsuki': 'Suki',
        'Sukamto': 'Kamto', 'Kusnadi': 'Kus', 'Warsito': 'Sito', 'Sugianto': 'Gianto', 'Subagyo': 'Bagyo',
        'Mujiono': 'Muji', 'Sukirman': 'Kirman', 'Hartono': 'Har', 'Hendra': 'Hen', 'Harianto': 'Anto',
        'Rahayu': 'Ayu', 'Kusumawati': 'Wati', 'Rahmawati': 'Wati', 'Sucipto': 'Cipto', 'Sujono': 'Jono',
        'Wijayanto': 'Yanto', 'Yulianto': 'Yanto', 'Susanto': 'Santo', 'Cahyono': 'Yono', 'Hidayat': 'Dayat'}

TITLE_STR = {'bpk': 'Bpk.', 'bapak': 'Bapak', 'pak': 'Pak', 'ibu': 'Ibu', 'bu': 'Bu', 'h': 'H.', 'hj': 'Hj.',
             'haji': 'Haji', 'hajjah': 'Hajjah', 'ir': 'Ir.', 'drs': 'Drs.', 'dra': 'Dra.', 'dr': 'dr.', 'ny': 'Ny.',
             'nyonya': 'Nyonya', 'sdr': 'Sdr.', 'kh': 'KH.'}
POST_STR = {'se': 'S.E.', 'sh': 'S.H.', 'st': 'S.T.', 'spd': 'S.Pd.', 'mm': 'M.M.', 'mt': 'M.T.', 'ak': 'Ak.'}
TITLE_ALT = {'bpk': ['bapak', 'pak'], 'bapak': ['bpk', 'pak'], 'pak': ['bpk', 'bapak'], 'ibu': ['bu', 'ny'],
             'bu': ['ibu'], 'h': ['haji'], 'haji': ['h'], 'hj': ['hajjah'], 'hajjah': ['hj'], 'ny': ['nyonya', 'ibu'],
             'nyonya': ['ny'], 'sdr': ['bpk'], 'drs': ['bpk'], 'dra': ['ibu'], 'ir': ['bpk'], 'dr': ['ibu', 'bpk'],
             'kh': ['h']}
MOH_ALT = {'Moh.': ['Mohammad', 'Muhammad', 'M.', 'Moch.', 'Mochammad', 'Moh'], 'Abd.': ['Abdul', 'Abd'],
           'Ach.': ['Achmad', 'Ahmad', 'A.'], 'Muhammad': ['Moh.', 'M.', 'Mohammad'], 'Ahmad': ['Achmad', 'Ach.'],
           'Abdul': ['Abd.'], 'Mat': ['Moh.', 'Muhammad']}

# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------

ST_A = ['Sumber', 'Sinar', 'Maju', 'Berkah', 'Sido', 'Karya', 'Mulia', 'Setia', 'Bintang', 'Cahaya', 'Harapan',
        'Tunas', 'Lancar', 'Anugerah', 'Agung', 'Rukun', 'Surya', 'Putra', 'Mitra', 'Bumi', 'Mega', 'Kencana',
        'Gading', 'Sentral', 'Dwi', 'Tri', 'Panca', 'Sri', 'Mustika', 'Bina', 'Prima', 'Duta', 'Eka', 'Naga',
        'Dewi', 'Pelita', 'Karunia', 'Restu', 'Sejati', 'Cipta']
ST_B = ['Rejeki', 'Terang', 'Jaya', 'Abadi', 'Makmur', 'Mandiri', 'Mulyo', 'Kawan', 'Timur', 'Baru', 'Lancar',
        'Sentosa', 'Utama', 'Perkasa', 'Sejahtera', 'Lestari', 'Barokah', 'Indah', 'Agung', 'Sakti', 'Raya',
        'Gemilang', 'Santosa', 'Unggul', 'Rahayu', 'Murni', 'Bersama', 'Harapan', 'Mas', 'Permai']
ST_BAD = {'Sinar Mas', 'Gunung Agung', 'Sido Muncul', 'Sumber Alfaria', 'Mega Mas', 'Tri Sakti'}
PT_A = ['Graha', 'Bumi', 'Arta', 'Wahana', 'Sarana', 'Cipta', 'Prima', 'Dharma', 'Mitra', 'Surya', 'Kencana',
        'Samudra', 'Nusa', 'Tirta', 'Arkana', 'Citra', 'Bangun', 'Pilar', 'Karsa', 'Lintas', 'Sinar', 'Garuda',
        'Mahkota', 'Permata']
PT_B = ['Baja', 'Beton', 'Konstruksi', 'Properti', 'Persada', 'Mandiri', 'Sejahtera', 'Utama', 'Perkasa', 'Lestari',
        'Abadi', 'Gemilang', 'Makmur', 'Jaya', 'Kreasi', 'Griya', 'Sentosa', 'Teknindo', 'Logam', 'Keramik',
        'Alumindo', 'Niaga']
PT_C = ['Perkasa', 'Nusantara', 'Indonesia', 'Abadi', 'Mandiri', 'Utama', 'Jaya', 'Sejahtera', 'Lestari', 'Raya',
        'Indah', 'Sukses', 'Dewata', 'Jatim', 'Persada']
PT_BAD = {'Wijaya Karya', 'Adhi Karya', 'Bumi Resources'}
TOKO_TYPES = [('Bangunan', 8), ('Besi', 2), ('Keramik', 1.5), ('Cat', 1), ('Listrik', 1), ('Kayu', 1), ('Sanitair', 0.5),
              ('Kaca', 0.5), ('Pracetak', 0.3)]
PONPES = ['Al-Anwar', 'Darul Muttaqin', 'Nurul Ulum', 'Al-Fattah', 'Raudlatul Ulum', 'Mambaul Ulum', 'Nurul Hikmah',
          'Darul Amanah', 'Al-Barokah', 'Al-Hasan', 'Miftahul Huda', 'Darul Arqom', "Nurul Qur'an", "Ma'hadul Ilmi",
          'Al-Mizan', 'Baitul Hikmah', 'Al-Hikmah', 'Nurul Huda', 'Darul Falah', 'Miftahul Ulum', 'Al-Amin', 'Bustanul Ulum', 'Raudlatul Jannah',
          'Darussalam', 'Al-Falah', 'Mambaul Hikam', 'Sabilul Muttaqin', 'Hidayatul Mubtadiin', 'Al-Ikhlas',
          'Riyadlus Sholihin', 'Manbaul Ulum', 'Roudlotut Tholibin', 'Nurul Iman', 'Al-Mubarok', 'Darul Hikmah',
          'Nurul Falah', 'Al-Hidayah', 'Baitul Arqom', 'Tarbiyatul Ulum', 'Al-Muhajirin']
SCHOOL_STEMS = ['Tunas Harapan', 'Bina Insani', 'Insan Mulia', 'Cahaya Bangsa', 'Permata Hati', 'Kasih Bunda',
                'Harapan Bangsa', 'Mutiara Ilmu', 'Taruna Bakti', 'Pelita Hati', 'Widya Dharma', 'Dharma Putra',
                'Cendekia', 'Bina Prestasi', 'Generasi Unggul', 'Kartika Jaya', 'Budi Luhur Sejati', 'Al-Kautsar',
                'Ar-Rahmah', 'Mutiara Bunda', 'Widya Sastra']
SCH_TPL = {'SDIT': ['SDIT {s}', 'SD Islam Terpadu {s}', 'SD IT {s}'],
           'SMP': ['SMP {s}', 'SMP Swasta {s}', 'Sekolah Menengah Pertama {s}'],
           'SMK': ['SMK {s}', 'SMK Swasta {s}', 'Sekolah Menengah Kejuruan {s}'],
           'MI': ['MI {s}', 'Madrasah Ibtidaiyah {s}', 'MIS {s}'],
           'MTs': ['MTs {s}', 'Madrasah Tsanawiyah {s}', 'MTS {s}'],
           'MA': ['MA {s}', 'Madrasah Aliyah {s}', 'MAS {s}'],
           'TK': ['TK {s}', 'Taman Kanak-kanak {s}', 'TK. {s}'],
           'SD': ['SD {s}', 'SD Swasta {s}', 'Sekolah Dasar {s}'],
           'SMA': ['SMA {s}', 'SMA Swasta {s}', 'Sekolah Menengah Atas {s}']}
VILLA_A = ['Bunga', 'Sekar', 'Puri', 'Taman', 'Surya', 'Alam', 'Padi', 'Ombak', 'Tirta', 'Umah', 'Sawah', 'Kubu', 'Jepun',
           'Segara', 'Bale', 'Karang', 'Bukit', 'Pondok']
VILLA_B = ['Sari', 'Jagat', 'Damai', 'Dewata', 'Asri', 'Mas', 'Biru', 'Shanti', 'Indah', 'Tenang', 'Ayu', 'Lestari', 'Sunyi',
           'Kencana', 'Sekar']
VILLA = ['Bunga Sari', 'Sekar Jagat', 'Puri Damai', 'Taman Sari', 'Surya Dewata', 'Alam Asri', 'Padi Mas',
         'Ombak Biru', 'Tirta Sari', 'Cempaka Ubud', 'Umah Shanti', 'Sawah Indah', 'Kubu Tenang', 'Jepun Bali',
         'Segara Mas', 'Bale Sari', 'Karang Sari', 'Pondok Wisata Wayan']

TPL = {
    'TOKO_BANGUNAN': ['Toko {s}', 'Tk. {s}', 'Toko Bangunan {s}', 'TB {s}', 'TB. {s}', 'Tk. Bangunan {s}'],
    'UD': ['UD {s}', 'UD. {s}', 'U.D. {s}', '{s}, UD', 'Usaha Dagang {s}'],
    'CV': ['CV {s}', 'CV. {s}', 'C.V. {s}', '{s}, CV'],
    'PT': ['PT {s}', 'PT. {s}', 'P.T. {s}', '{s}, PT', '{s}, PT.'],
    'PT_TBK': ['PT {s} Tbk', 'PT. {s} Tbk.', '{s} Tbk, PT', 'PT {s}', 'PT {s} Tbk.'],
    'KOPKAR': ['Koperasi Karyawan {s}', 'Kopkar {s}', 'Kop. Karyawan {s}', 'KOPKAR {s}'],
    'KUD': ['KUD {s}', 'Koperasi Unit Desa {s}', 'K.U.D. {s}'],
    'KSU': ['KSU {s}', 'Koperasi Serba Usaha {s}', 'Kop. Serba Usaha {s}'],
    'PONPES': ['Pondok Pesantren {s}', 'Ponpes {s}', 'PP {s}', 'PP. {s}', 'Yayasan Pondok Pesantren {s}', 'Pesantren {s}'],
    'PERUM': ['Perumahan {s}', 'Perum {s}', 'Perum. {s}', 'Proyek Perumahan {s}'],
    'DESA': ['Kantor Desa {s}', 'Pemdes {s}', 'Pemerintah Desa {s}', 'Balai Desa {s}'],
    'KELURAHAN': ['Kantor Kelurahan {s}', 'Kelurahan {s}', 'Kantor Kel. {s}'],
    'DINAS_PU': ['Dinas PUPR {s}', 'Dinas Pekerjaan Umum dan Penataan Ruang {s}', 'DPUPR {s}'],
    'DINAS_DIK': ['Dinas Pendidikan {s}', 'Dispendik {s}', 'Disdik {s}'],
    'DINAS_PERKIM': ['Dinas Perumahan Rakyat dan Kawasan Permukiman {s}', 'Disperkim {s}', 'Dinas Perkim {s}'],
    'BPBD': ['BPBD {s}', 'Badan Penanggulangan Bencana Daerah {s}'],
    'CHAIN': ['DepoGraha {s}', 'Depo Graha {s}', 'DEPOGRAHA {s}', 'PT Depo Graha Nusantara - {s}', 'DG {s}'],
    'VILLA': ['Villa {s}', '{s} Villa', 'Villa {s} Bali'],
    'BENGKEL': ['Bengkel Las {s}', 'Bengkel {s}', 'Bkl. Las {s}'],
    'RM': ['Rumah Makan {s}', 'RM {s}', 'RM. {s}', 'Depot {s}'],
    'KOS': ['Kos {s}', 'Kost {s}', 'Rumah Kos {s}'],
    'MASJID': ['Takmir Masjid {s}', 'Masjid {s}', 'Panitia Pembangunan Masjid {s}'],
    'GEREJA': ['Gereja Kristen {s}', 'GK {s}', 'Panitia Pembangunan Gereja {s}'],
    'PURA': ['Pura {s}', 'Pengempon Pura {s}', 'Panitia Karya Pura {s}'],
    'YAYASAN': ['Yayasan {s}', 'Yys. {s}', 'Yay. {s}'],
    'KATERING': ['Katering {s}', 'Catering {s}', 'Dapur {s}'],
    'SALON': ['Salon {s}', 'Salon & Spa {s}', 'Salon Kecantikan {s}'],
}
DROPPABLE = {'TOKO_BANGUNAN', 'TOKO_X', 'UD', 'CV', 'PT', 'PT_TBK', 'KOPKAR', 'KUD', 'KSU', 'PONPES', 'PERUM', 'VILLA',
             'YAYASAN'}
for _k in SCH_TPL:
    TPL['SCH_' + _k] = SCH_TPL[_k]
    DROPPABLE.add('SCH_' + _k)

CHAIN_PT = 'PT Depo Graha Nusantara'
CHAIN_EMAIL = 'ap.invoice@depograha.co.id'
CHAIN_CITIES = ['sby', 'sby', 'sby', 'sda', 'sda', 'gsk', 'mjk', 'psn', 'mlg', 'mlg', 'kmlg', 'batu', 'jbr', 'jbr',
                'bwi', 'pbl', 'lmj', 'dps', 'dps', 'bdg', 'bdg', 'gnr', 'tbn', 'bll']

MOB_PREFIX = ['0811', '0812', '0812', '0813', '0813', '0821', '0822', '0822', '0823', '0852', '0853', '0851',
              '0814', '0815', '0816', '0855', '0856', '0857', '0858', '0817', '0818', '0819', '0859', '0877',
              '0878', '0831', '0838', '0895', '0896', '0897', '0898', '0899', '0881', '0882', '0887']
FREE_MAIL = ['gmail.com', 'gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.co.id', 'yahoo.co.id',
             'ymail.com', 'hotmail.com', 'outlook.com']
FREE_DOMAINS = ['gmail.com', 'yahoo.com', 'yahoo.co.id', 'ymail.com', 'hotmail.com', 'outlook.com', 'rocketmail.com']

PERSON_KINDS = ['toko_owner', 'tukang', 'mandor', 'home_owner']
ROLE_WORDS = {'tukang': ['Tukang', 'Tkg', 'Tukang Batu', 'Tukang Kayu', 'Tkg Listrik', 'Tukang Cat'],
              'mandor': ['Mandor', 'Mandor Proyek', 'Pemborong', 'Kontraktor'],
              'home_owner': ['Renov Rumah', 'Bangun Rumah', 'Rumah', 'Proyek Rumah'],
              'toko_owner': ['Toko']}

# ---------------------------------------------------------------------------
# Normalisation used to compute evidence / shared / findability from records.
# (check.py carries its own, independently written, implementation.)
# ---------------------------------------------------------------------------

def fix_moj(s):
    if any(m in s for m in ('\u00e2\u20ac', '\u00c3', '\u00c2')):
        try:
            return s.encode('cp1252').decode('utf-8')
        except (UnicodeEncodeError, UnicodeDecodeError):
            return s
    return s


def fold(s):
    s = fix_moj(s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


HONOR = {'bpk', 'bapak', 'pak', 'ibu', 'bu', 'h', 'hj', 'haji', 'hajjah', 'ir', 'drs', 'dra', 'dr', 'ny', 'nyonya',
         'sdr', 'sdri', 'se', 'sh', 'st', 'spd', 'mm', 'mt', 'ak', 'cik', 'ci', 'cici', 'koh', 'ko', 'mas', 'mbak',
         'cak', 'bli', 'mbok', 'gus', 'mbah', 'ust', 'ustadz', 'kh', 'mandor', 'tukang', 'tkg', 'pemborong',
         'admin', 'purchasing'}
FORMS = {'pt', 'cv', 'ud', 'tbk', 'tk', 'toko', 'tb', 'persero'}
STEM_GENERIC = {'koperasi', 'karyawan', 'kopkar', 'kop', 'pondok', 'pesantren', 'ponpes', 'pp', 'yayasan', 'yys', 'yay',
                'sd', 'smp', 'sma', 'smk', 'mi', 'mts', 'ma', 'mas', 'mis', 'sdit', 'it', 'islam', 'terpadu', 'swasta',
                'sekolah', 'dasar', 'menengah', 'pertama', 'atas', 'kejuruan', 'madrasah', 'ibtidaiyah', 'tsanawiyah',
                'aliyah', 'perumahan', 'perum', 'proyek', 'kantor', 'desa', 'pemdes', 'pemerintah', 'balai',
                'cabang', 'cab', 'usaha', 'dagang', 'bangunan', 'material', 'besi', 'kud', 'ksu', 'unit', 'serba',
                'taman', 'kanak'}


def name_tokens(s):
    if not s:
        return []
    s = fold(s)
    s = re.sub(r'\([^)]*\)', ' ', s)
    s = re.sub(r'[^0-9a-z]+', ' ', s)
    return [t for t in s.split() if len(t) > 1 and t not in HONOR and t not in FORMS]


def name_strings(c):
    out = []
    for s in (c.get('displayName'), c.get('companyName'),
              ' '.join(x for x in (c.get('givenName'), c.get('familyName')) if x)):
        t = name_tokens(s)
        if t:
            k = ' '.join(sorted(t))
            if k not in out:
                out.append(k)
    return out


def name_score(na, nb, floor=None):
    best = 0.0
    for x in na:
        for y in nb:
            sm = SequenceMatcher(None, x, y)
            if floor is not None and sm.quick_ratio() < floor:
                continue
            r = sm.ratio()
            if r > best:
                best = r
    return best


CITY_ABBR = {'sby': 'surabaya', 'mlg': 'malang', 'sda': 'sidoarjo', 'sdo': 'sidoarjo', 'jbr': 'jember',
             'dps': 'denpasar', 'bwi': 'banyuwangi'}


def norm_city(c):
    if not c:
        return None
    s = re.sub(r'[^a-z ]+', ' ', fold(c))
    toks = [CITY_ABBR.get(t, t) for t in s.split() if t not in ('kota', 'kab', 'kabupaten', 'kotamadya')]
    return ' '.join(toks) or None


ADDR_MAP = {'jalan': 'jl', 'jln': 'jl', 'gang': 'gg', 'perumahan': 'perum', 'blk': 'blok', 'dusun': 'dsn'}
ADDR_SKIP = {'no', 'nomor', 'nomer', 'nmr', 'kav', 'kavling'}
ADDR_STOP = {'rt', 'rw', 'kel', 'kec', 'kelurahan', 'kecamatan', 'br', 'banjar', 'desa', 'ds', 'kota', 'kab',
             'kabupaten'}


def street_key(line1):
    if not line1:
        return ''
    s = fold(line1)
    s = re.sub(r'\([^)]*\)', ' ', s)
    s = re.sub(r'[^0-9a-z]+', ' ', s)
    s = re.sub(r'(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])', ' ', s)
    out = []
    for t in s.split():
        if t in ADDR_STOP and out:
            break
        if t in ADDR_SKIP:
            continue
        out.append(ADDR_MAP.get(t, t))
    return ' '.join(out)


def postal_of(a):
    pc = a.get('postalCode')
    if pc and re.fullmatch(r'\d{5}', pc.strip()):
        return pc.strip()
    m = re.search(r'\b(\d{5})\b', a.get('city') or '')
    return m.group(1) if m else None


def addr_shared(a, b):
    if not a or not b:
        return False
    ka, kb = street_key(a.get('line1')), street_key(b.get('line1'))
    if not ka or ka != kb:
        return False
    ca, cb = norm_city(a.get('city')), norm_city(b.get('city'))
    if ca and cb and ca == cb:
        return True
    pa, pb = postal_of(a), postal_of(b)
    return bool(pa and pb and pa == pb)


def street_base(a):
    k = street_key(a.get('line1')) if a else ''
    toks = [t for t in k.split() if not any(ch_.isdigit() for ch_ in t) and len(t) > 1]
    return ' '.join(toks)


def email_list(e):
    if not e:
        return []
    out = []
    for x in re.split(r'[;,/\s]+', fold(e)):
        if '@' in x and x not in out:
            out.append(x)
    return out


def phone_list(p):
    if not p:
        return []
    out = []
    for part in re.split(r'[/,;&|]|\batau\b|\bdan\b', fold(p)):
        d = re.sub(r'\D', '', part)
        if d.startswith('62'):
            d = '0' + d[2:]
        elif d.startswith('8'):
            d = '0' + d
        if len(d) >= 9 and d not in out:
            out.append(d)
    return out


def npwp_list(c):
    out = []
    texts = [c.get(f) for f in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone')]
    if c.get('address'):
        texts += [c['address'].get(f) for f in ADDR_FIELDS]
    for t in texts:
        if not t:
            continue
        for m in re.finditer(r'NPWP\W{0,3}([0-9][0-9.\-\u2013 ]{13,22}[0-9])', fix_moj(t), flags=re.I):
            d = re.sub(r'\D', '', m.group(1))
            if len(d) == 16 and d.startswith('0'):
                d = d[1:]
            if len(d) in (15, 16) and set(d) != {'0'} and d not in out:
                out.append(d)
    return out


def evidence_of(a, b):
    ev = []
    ea = email_list(a.get('email'))
    if any(x in ea for x in email_list(b.get('email'))):
        ev.append('email')
    pa = phone_list(a.get('phone'))
    if any(x in pa for x in phone_list(b.get('phone'))):
        ev.append('phone')
    if addr_shared(a.get('address'), b.get('address')):
        ev.append('address')
    return ev


def city_of(c):
    return norm_city((c.get('address') or {}).get('city'))


def firm_stem(company):
    t = [x for x in name_tokens(company) if x not in STEM_GENERIC]
    return ' '.join(t[:2])


def shared_of(a, b):
    sh = []
    ta, tb = name_tokens(a.get('displayName')), name_tokens(b.get('displayName'))
    if ta and sorted(ta) == sorted(tb):
        sh.append('name')
    if a.get('familyName') and b.get('familyName') and fold(a['familyName']).strip() == fold(b['familyName']).strip():
        sh.append('familyName')
    if a.get('companyName') and b.get('companyName'):
        ca, cb = name_tokens(a['companyName']), name_tokens(b['companyName'])
        if ca and sorted(ca) == sorted(cb):
            sh.append('companyName')
        sa, sb = firm_stem(a['companyName']), firm_stem(b['companyName'])
        if sa and sa == sb:
            sh.append('firm_stem')
    ea, eb = email_list(a.get('email')), email_list(b.get('email'))
    if any(x in ea for x in eb):
        sh.append('email')
    da = [x.split('@', 1)[1] for x in ea]
    db = [x.split('@', 1)[1] for x in eb]
    if any(x in da and x not in FREE_DOMAINS for x in db):
        sh.append('email_domain')
    if any(x in phone_list(a.get('phone')) for x in phone_list(b.get('phone'))):
        sh.append('phone')
    if addr_shared(a.get('address'), b.get('address')):
        sh.append('address')
    ca, cb = city_of(a), city_of(b)
    sba, sbb = street_base(a.get('address')), street_base(b.get('address'))
    if sba and sba == sbb and ca and ca == cb:
        sh.append('street')
    na, nb = npwp_list(a), npwp_list(b)
    if any(x in na for x in nb):
        sh.append('npwp')
    ba = [x[:9] for x in na if len(x) == 15]
    bb = [x[:9] for x in nb if len(x) == 15]
    if any(x in ba for x in bb):
        sh.append('npwp_base')
    if ca and ca == cb:
        sh.append('city')
    return sh


FIND_MIN = 0.75
FIND_MARGIN = 0.10

# ---------------------------------------------------------------------------
# Identifier factories (all invented; unique unless shared on purpose)
# ---------------------------------------------------------------------------

USED_IDS = set()
USED_PHONES = set()
USED_EMAILS = set()
USED_NPWP = set()


def new_id():
    while True:
        x = 'c%07x' % rng.getrandbits(28)
        if x not in USED_IDS:
            USED_IDS.add(x)
            return x


def new_mobile():
    while True:
        pfx = ch(MOB_PREFIX)
        n = pfx + ''.join(str(rng.randrange(10)) for _ in range(wch([(7, 3), (8, 6), (9, 1)])))
        if n not in USED_PHONES:
            USED_PHONES.add(n)
            return n


def new_landline(ck):
    area = CITY[ck]['area']
    ln = 7 if area == '031' else 6
    while True:
        n = area + str(rng.randint(3, 8)) + ''.join(str(rng.randrange(10)) for _ in range(ln - 1))
        if n not in USED_PHONES:
            USED_PHONES.add(n)
            return n


def luhn_digit(payload):
    tot = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def kpp_for(ck):
    return ch(KPP[CITY_GROUP[ck]])


def new_npwp15(kind_code, ck, branch='000'):
    while True:
        serial = ''.join(str(rng.randrange(10)) for _ in range(6))
        base8 = kind_code + serial
        n = base8 + luhn_digit(base8) + kpp_for(ck) + branch
        if n[:9] not in USED_NPWP:
            USED_NPWP.add(n[:9])
            return n


def npwp_branch(n15, branch):
    return n15[:12] + branch


def new_nik(ck, g):
    while True:
        day = rng.randint(1, 28) + (40 if g == 'f' else 0)
        n = (NIK_CODE[ck] + '%02d' % rng.randint(1, 24) + '%02d%02d%02d' % (day, rng.randint(1, 12), rng.randint(55, 99))
             + '%04d' % rng.randint(1, 400))
        if n not in USED_NPWP:
            USED_NPWP.add(n)
            return n


def asciiize(s):
    s = unicodedata.normalize('NFKD', s)
    return re.sub(r'[^a-z0-9]', '', s.lower())


def reg_email(local, domain):
    local = re.sub(r'\.+', '.', local.strip('.'))
    e = local + '@' + domain
    k = 2
    while e in USED_EMAILS:
        e = '%s%d@%s' % (local, k, domain)
        k += 1
    USED_EMAILS.add(e)
    return e


def core_given(p):
    toks = [t for t in p['given'] + p['family'] if t not in ('I', 'Ni', 'Luh', 'Moh.', 'Abd.', 'Ach.', 'M.', 'Ida', 'Anak',
                                                              'Agung', 'Gusti', 'Dewa', 'Cokorda', 'Ngurah', 'Bagus',
                                                              'Istri') and t not in BALI_ORDER_ALL]
    return toks


def person_email(p, ck):
    toks = core_given(p) or (p['given'] + p['family'])
    g = asciiize(toks[0])
    f = asciiize(toks[-1]) if len(toks) > 1 else ''
    town = asciiize(CITY[ck]['city'].replace('Kab. ', ''))
    yy = '%02d' % rng.randint(60, 99)
    n = str(rng.randint(1, 99))
    pats = [g + f + n, g + '.' + f, g + yy, g + '_' + f, g + town + n, g[:1] + f + yy, g + '.' + f + n, g + f,
            (p.get('nick') and asciiize(p['nick']) + town) or g + town, g + 'jaya' + n]
    local = ch(pats)
    if not re.search(r'[a-z]', local):
        local = g + n
    return reg_email(local, ch(FREE_MAIL))


def org_email(o, ck, kind):
    w = o['stem'].split()
    stem = asciiize(' '.join(w[:2]) if len(asciiize(o['stem'])) > 16 else o['stem'])[:18]
    town = asciiize(CITY[ck]['city'].replace('Kab. ', ''))
    if kind in ('cv', 'pt', 'pt_tbk', 'developer') and coin(0.75):
        dom = stem + ch(['.co.id', '.co.id', '.com', '.id', '.net'])
        o['domain'] = dom
        return reg_email(ch(['admin', 'info', 'purchasing', 'finance', 'accounting', 'office', 'procurement',
                             'keuangan', 'marketing', 'purchasing.' + town]), dom)
    if kind == 'school' and coin(0.4):
        dom = stem + '.sch.id'
        o['domain'] = dom
        return reg_email(ch(['admin', 'tu', 'info', 'bendahara']), dom)
    if kind == 'desa':
        return reg_email(ch(['pemdes.', 'desa', 'kantordesa.']) + stem, 'gmail.com')
    if kind == 'dinas':
        return reg_email(ch(['sekretariat.', 'umum.', 'keuangan.']) + stem[:10] + town, 'gmail.com')
    pats = [stem, stem + town, ch(['tb', 'toko', 'ud', 'cv']) + stem, stem + str(rng.randint(1, 99)),
            stem + '.' + town, 'admin' + stem]
    return reg_email(ch(pats), ch(FREE_MAIL))


# ---------------------------------------------------------------------------
# Persons
# ---------------------------------------------------------------------------

ETH_W = {'sby': [('jav', 55), ('cn', 20), ('mad', 15), ('ar', 7), ('bali', 3)],
         'mlg': [('jav', 65), ('cn', 17), ('mad', 8), ('ar', 8), ('bali', 2)],
         'jbr': [('jav', 45), ('mad', 40), ('cn', 10), ('ar', 5)],
         'mad': [('mad', 90), ('cn', 5), ('ar', 5)],
         'bali': [('bali', 70), ('jav', 15), ('cn', 10), ('mad', 3), ('ar', 2)]}


def old_spelling(tok, full=True):
    if not full:
        return tok.replace('u', 'oe').replace('U', 'Oe')
    s = tok.replace('j', 'dj').replace('J', 'Dj').replace('c', 'tj').replace('C', 'Tj')
    s = s.replace('y', 'j').replace('Y', 'J').replace('u', 'oe').replace('U', 'Oe')
    return s


def new_spelling(tok):
    s = re.sub(r'(?<![dDtT])j', 'y', tok)
    s = re.sub(r'^J', 'Y', s)
    s = s.replace('dj', 'j').replace('Dj', 'J').replace('tj', 'c').replace('Tj', 'C')
    s = s.replace('oe', 'u').replace('Oe', 'U')
    return s


def pick_title(p):
    muslim = p['eth'] in ('jav', 'mad', 'ar')
    if p['g'] == 'm':
        opts = [('bpk', 40), ('bapak', 8), ('pak', 4), ('ir', 7), ('drs', 7), ('sdr', 2)]
        if muslim:
            opts += [('h', 30 if p['eth'] in ('mad', 'ar') else 14)]
        if p['eth'] == 'mad':
            opts += [('kh', 2)]
    else:
        opts = [('ibu', 50), ('bu', 5), ('ny', 10), ('dra', 5)]
        if muslim:
            opts += [('hj', 25 if p['eth'] in ('mad', 'ar') else 12)]
    return wch(opts)


NAME_COUNT = {}


def make_person(eth=None, g=None, ck='sby', titles=True, family=None):
    for _ in range(40):
        p = _make_person(eth, g, ck, titles, family)
        key = ' '.join(p['given'] + p['family'])
        cap = 3 if len(p['given'] + p['family']) == 1 else 2
        if NAME_COUNT.get(key, 0) < cap:
            break
    NAME_COUNT[key] = NAME_COUNT.get(key, 0) + 1
    return p


def _make_person(eth=None, g=None, ck='sby', titles=True, family=None):
    if eth is None:
        eth = wch(ETH_W[CITY_GROUP[ck]])
    if g is None:
        g = 'm' if coin(0.72) else 'f'
    p = {'eth': eth, 'g': g, 'pre': [], 'given': [], 'family': [], 'post': [], 'nick': None, 'chinese': None,
         'ff': False, 'old': False, 'grp': None}
    if eth == 'jav':
        if coin(0.42):
            p['given'] = [ch(JAV_M_SINGLE if g == 'm' else JAV_F_SINGLE)]
        else:
            p['given'] = [ch(JAV_M_FIRST if g == 'm' else JAV_F_FIRST)]
            p['family'] = [ch(JAV_M_LAST if g == 'm' else JAV_F_LAST)]
        if coin(0.12):
            p['old'] = True
            p['given'] = [old_spelling(t) for t in p['given']]
            p['family'] = [old_spelling(t) for t in p['family']]
    elif eth == 'cn':
        gi = rng.randrange(len(CN_GROUPS))
        grp = CN_GROUPS[gi]
        p['grp'] = gi
        if coin(0.15) and family is None:
            p['given'] = [ch(CN_M if g == 'm' else CN_F)]
        else:
            p['given'] = [ch(CN_M if g == 'm' else CN_F)]
            p['family'] = [grp[1][0] if coin(0.7) else ch(grp[1])]
        p['chinese'] = [grp[0], ch(CN_SYL), ch(CN_SYL)]
    elif eth == 'mad':
        if g == 'm' and coin(0.45):
            toks = [ch(MAD_PFX), ch(MAD_BASE)]
        else:
            toks = ch(MAD_M if g == 'm' else MAD_F).split()
        if len(toks) > 1 and coin(0.5):
            p['given'], p['family'] = toks[:-1], toks[-1:]
        else:
            p['given'] = toks
    elif eth == 'ar':
        p['given'] = ch(AR_M if g == 'm' else AR_F).split()
        gi = rng.randrange(len(AR_FAM))
        p['grp'] = gi
        p['family'] = [AR_FAM[gi][0] if coin(0.7) else ch(AR_FAM[gi])]
    else:  # bali
        if coin(0.12):
            p['given'] = list(ch(BALI_CASTE_M if g == 'm' else BALI_CASTE_F))
        else:
            order = ch(ch(BALI_ORDER))
            if g == 'm':
                p['given'] = ['I', order]
            else:
                p['given'] = ['Ni', order] if coin(0.8) else ['Ni', 'Luh']
        p['family'] = ch(BALI_M if g == 'm' else BALI_F).split()
    if family is not None:
        p['family'] = list(family)
    if titles:
        if coin(0.32):
            p['pre'] = [pick_title(p)]
        if coin(0.06):
            p['post'] = [ch(['se', 'sh', 'st', 'spd', 'mm', 'mt'])]
    for t in p['given'] + p['family']:
        if t in NICK:
            p['nick'] = NICK[t]
            p['nick_of'] = t
            break
    if p['nick'] is None and eth == 'cn' and p['chinese']:
        p['nick'] = 'A' + p['chinese'][2].lower()
        p['nick_of'] = None
    return p


def person_key(p):
    return ' '.join(p['given'] + p['family'])


# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------

USED_STEMS = set()


def toko_stem():
    while True:
        s = ch(ST_A) + ' ' + ch(ST_B)
        if s.split()[0] == s.split()[1] or s in ST_BAD:
            continue
        if coin(0.12):
            s = s + ' ' + ch(['Jaya', 'Abadi', 'Makmur', 'Sentosa', 'Baru'])
        if s.split()[-1] == s.split()[-2]:
            continue
        if ('T', s) not in USED_STEMS:
            USED_STEMS.add(('T', s))
            return s


def pt_stem():
    while True:
        a, b, c = ch(PT_A), ch(PT_B), ch(PT_C)
        if len({a, b, c}) < 3:
            continue
        s = a + ' ' + b + (' ' + c if coin(0.75) else '')
        if any(bad in s for bad in PT_BAD):
            continue
        if ('P', s) not in USED_STEMS:
            USED_STEMS.add(('P', s))
            return s


def unique_stem(tag, fn):
    for _ in range(200):
        x = fn()
        if (tag, x) not in USED_STEMS:
            USED_STEMS.add((tag, x))
            return x
    raise RuntimeError('stems exhausted: ' + tag)


def make_org(kind, ck, place, owner=None):
    o = {'form': None, 'stem': None, 'tail': None, 'tv': 0}
    if kind in ('toko', 'toko_owner'):
        w = wch(TOKO_TYPES)
        o['stem'] = toko_stem()
        if w == 'Bangunan':
            o['form'] = 'TOKO_BANGUNAN'
            o['tpls'] = TPL['TOKO_BANGUNAN']
            o['tv'] = wch([(0, 5), (2, 3), (3, 2)])
        else:
            o['form'] = 'TOKO_X'
            o['tpls'] = ['Toko ' + w + ' {s}', 'Toko {s}', 'Tk. ' + w + ' {s}', 'Tk. {s}']
            o['tv'] = wch([(0, 6), (1, 4)])
    elif kind == 'ud':
        o['form'] = 'UD'
        o['tpls'] = TPL['UD']
        if owner is not None and coin(0.2):
            nm = ' '.join(core_given(owner)[:1] or owner['given'])
            o['stem'] = ch(['', 'H. ', 'Pak ']) + nm + ch(['', ' Jaya', ' Putra', ' Makmur'])
        else:
            o['stem'] = toko_stem()
    elif kind == 'cv':
        o['form'] = 'CV'
        o['tpls'] = TPL['CV']
        o['stem'] = toko_stem() + (' ' + ch(['Konstruksi', 'Teknik', 'Kontraktor', 'Karya', 'Engineering', 'Mandiri'])
                                    if coin(0.45) else '')
    elif kind in ('pt', 'developer'):
        o['form'] = 'PT'
        o['tpls'] = TPL['PT']
        o['stem'] = pt_stem()
        if kind == 'developer':
            o['stem'] = ' '.join(o['stem'].split()[:2]) + ' ' + ch(['Land', 'Properti', 'Realty', 'Development',
                                                                       'Griya Utama', 'Propertindo'])
    elif kind == 'pt_tbk':
        o['form'] = 'PT_TBK'
        o['tpls'] = TPL['PT_TBK']
        o['stem'] = pt_stem()
    elif kind == 'koperasi':
        f = wch([('KOPKAR', 4), ('KUD', 3), ('KSU', 3)])
        o['form'] = f
        o['tpls'] = TPL[f]
        o['stem'] = pt_stem() if f == 'KOPKAR' else toko_stem()
    elif kind == 'perumahan':
        o['form'] = 'PERUM'
        o['tpls'] = TPL['PERUM']
        o['stem'] = unique_stem('PERUM', lambda: ch(PERUM) + (' ' + ch(['2', 'Tahap II', 'Cluster Timur', 'Tahap 3'])
                                                              if coin(0.5) else ''))
    elif kind == 'pesantren':
        o['form'] = 'PONPES'
        o['tpls'] = TPL['PONPES']
        o['stem'] = unique_stem('PONPES', lambda: ch(PONPES))
    elif kind == 'school':
        unit = ch(['SDIT', 'SMP', 'SMK', 'MI', 'MTs', 'MA', 'TK', 'SD', 'SMA'])
        o['form'] = 'SCH_' + unit
        o['tpls'] = TPL['SCH_' + unit]
        o['stem'] = ch(SCHOOL_STEMS + PONPES)
        o['unit'] = unit
    elif kind == 'chain_outlet':
        o['form'] = 'CHAIN'
        o['tpls'] = TPL['CHAIN']
        o['stem'] = 'Outlet'  # set by caller
    elif kind == 'dinas':
        f = ch(['DINAS_PU', 'DINAS_PU', 'DINAS_DIK', 'DINAS_PERKIM', 'BPBD'])
        o['form'] = f
        o['tpls'] = TPL[f]
        o['stem'] = CITY[ck]['full']
    elif kind == 'desa':
        if place['desa']:
            o['form'] = 'DESA'
        else:
            o['form'] = 'KELURAHAN'
        o['tpls'] = TPL[o['form']]
        o['stem'] = place['kel']
    elif kind == 'villa':
        o['form'] = 'VILLA'
        o['tpls'] = TPL['VILLA']
        o['stem'] = unique_stem('VILLA', lambda: ch(VILLA) if coin(0.4) else ch(VILLA_A) + ' ' + ch(VILLA_B))
    elif kind == 'business':
        f = ch(['BENGKEL', 'RM', 'KOS', 'KATERING', 'SALON', 'BENGKEL', 'KOS'])
        o['form'] = f
        o['tpls'] = TPL[f]
        if f in ('KOS', 'KATERING', 'SALON') and owner is not None and coin(0.5):
            o['stem'] = ch([('Pak ' if owner['g'] == 'm' else 'Bu '), '']) + (core_given(owner) or owner['given'])[0]
        else:
            o['stem'] = toko_stem()
    elif kind == 'ibadah':
        f = 'PURA' if CITY_GROUP[ck] == 'bali' and coin(0.7) else ch(['MASJID', 'MASJID', 'MASJID', 'GEREJA', 'YAYASAN'])
        o['form'] = f
        o['tpls'] = TPL[f]
        if f == 'PURA':
            o['stem'] = ch(['Dalem', 'Desa', 'Puseh', 'Dalem Kahyangan', 'Taman Sari', 'Merajan Agung']) + ' ' + place['kel']
        elif f == 'MASJID':
            o['stem'] = ch(['Al-Ikhlas', 'Baitur Rahman', 'Nurul Iman', 'At-Taqwa', 'Al-Huda', 'Baiturrohim',
                            'Al-Muttaqin', 'Jami\u2019 Al-Falah', 'Al-Amanah', 'Darussalam'])
            if '\u2019' in o['stem'] and coin(0.5):
                o['stem'] = o['stem'].replace('\u2019', "'")
        elif f == 'GEREJA':
            o['stem'] = ch(['Jemaat ', 'Imanuel ', 'Sion ', 'Bethel ']) + place['kel']
        else:
            o['stem'] = ch(SCHOOL_STEMS) + ' ' + place['kel']
    else:
        raise ValueError(kind)
    return o


def org_name(o, fv):
    s = o['stem'] + ((' ' + o['tail']) if o.get('tail') else '')
    if fv == 'drop' and o['form'] in DROPPABLE:
        return s
    if fv == 'drop':
        fv = 0
    return o['tpls'][(o['tv'] if fv == 0 else fv) % len(o['tpls'])].format(s=s)


def org_short(o):
    if o['form'] in DROPPABLE:
        if o['form'].startswith('TOKO'):
            return 'Toko ' + o['stem'] if coin(0.5) else 'Tk ' + o['stem']
        return org_name(o, 'drop') if o['form'] not in ('PT', 'CV', 'UD') or coin(0.4) else org_name(o, 1)
    return org_name(o, 0)


# ---------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------

def house_no():
    n = str(wch([(rng.randint(1, 40), 5), (rng.randint(41, 150), 4), (rng.randint(151, 400), 1)]))
    if coin(0.08):
        n += ch(['A', 'B', 'C'])
    return n


def make_addr(place, kind):
    a = {'pi': place['i'], 'ck': place['ck'], 'kind': None, 'street': ch(place['streets']), 'num': house_no(),
         'gang': None, 'perum': None, 'ruko': None, 'blok': None, 'dusun': None,
         'rt': rng.randint(1, 15), 'rw': rng.randint(1, 12),
         'banjar': ch(BANJAR) if CITY_GROUP[place['ck']] == 'bali' else None,
         'landmark': None, 'extra': [], 'postal_override': None, 'pobox_word': None}
    if kind in ('home_owner', 'tukang', 'mandor'):
        opts = [('jl', 40), ('gg', 30), ('perum', 22)] + ([('dsn', 8)] if place['desa'] else [])
    elif kind in ('toko', 'toko_owner', 'ud'):
        opts = [('jl', 75), ('ruko', 12), ('gg', 8)]
    elif kind in ('cv', 'pt', 'pt_tbk', 'developer', 'chain_outlet', 'business'):
        opts = [('jl', 55), ('ruko', 35), ('perum', 10)]
    elif kind == 'perumahan':
        opts = [('perum', 1)]
    else:
        opts = [('jl', 80), ('gg', 20)]
    a['kind'] = wch(opts)
    if a['kind'] == 'gg':
        a['gang'] = ch(GANG)
    elif a['kind'] in ('perum', 'ruko'):
        a['perum'] = ch(PERUM)
        a['ruko'] = ch(RUKO)
        a['blok'] = ch('ABCDEFGHJK') + (ch(['', '', '1', '2', 'A']) if coin(0.3) else '')
        a['num'] = str(rng.randint(1, 40))
    elif a['kind'] == 'dsn':
        a['dusun'] = ch(DUSUN)
    return a


def pick_city(kind):
    if kind == 'villa':
        return wch([('dps', 2), ('bdg', 5), ('gnr', 4), ('tbn', 1)])
    if kind == 'desa':
        return wch([(k, CITY[k]['w']) for k in CITY_KEYS if k not in ('sby', 'mlg', 'dps')] + [('sby', 1), ('mlg', 1)])
    return wch([(k, CITY[k]['w']) for k in CITY_KEYS])


def pick_place(ck, desa=None):
    opts = PLACES_BY_CITY[ck]
    if desa is not None and any(p['desa'] == desa for p in opts):
        opts = [p for p in opts if p['desa'] == desa]
    return ch(opts)


# ---------------------------------------------------------------------------
# Customers (entities)
# ---------------------------------------------------------------------------

EMAIL_P = {'home_owner': .45, 'toko_owner': .40, 'mandor': .30, 'tukang': .12, 'toko': .45, 'ud': .55, 'cv': .85,
           'pt': .95, 'pt_tbk': 1, 'developer': .95, 'koperasi': .6, 'perumahan': .7, 'pesantren': .6, 'school': .75,
           'chain_outlet': 1, 'dinas': .8, 'desa': .6, 'villa': .85, 'business': .35, 'ibadah': .3}
NPWP_P = {'toko_owner': .25, 'home_owner': .05, 'mandor': .08, 'tukang': .01, 'toko': .35, 'ud': .45, 'cv': .9,
          'pt': .97, 'pt_tbk': 1, 'developer': 1, 'koperasi': .8, 'perumahan': .6, 'pesantren': .5, 'school': .6,
          'chain_outlet': 1, 'dinas': 1, 'desa': .9, 'villa': .7, 'business': .2, 'ibadah': .2}
ADDR_P = {'tukang': .55, 'mandor': .65, 'home_owner': .93, 'toko_owner': .9}


def opposite(g):
    return 'f' if g == 'm' else 'm'


def make_entity(kind, ck=None, place=None, contact=None):
    if ck is None:
        ck = pick_city(kind)
    if place is None:
        place = pick_place(ck, desa=True if kind == 'desa' else None)
    party = 'person' if kind in PERSON_KINDS else 'org'
    e = {'id': new_id(), 'kind': kind, 'ck': ck, 'party': party, 'p': None, 'o': None, 'spouse': None,
         'role': None, 'place': place['i']}
    if party == 'person':
        g = 'm' if kind in ('tukang', 'mandor') and coin(0.97) else None
        p = make_person(ck=ck, g=g)
        e['p'] = p
        e['role'] = ch(ROLE_WORDS[kind])
        if kind == 'toko_owner':
            e['o'] = make_org('toko_owner', ck, place, owner=p)
            e['spouse'] = make_person(eth=p['eth'], g=opposite(p['g']), ck=ck, titles=coin(0.5))
        if p['g'] == 'f' and coin(0.5):
            h = make_person(eth=p['eth'], g='m', ck=ck, titles=False)
            p['husband'] = {'given': h['given'], 'family': h['family'], 'ff': False}
    else:
        c = contact if contact is not None else make_person(ck=ck)
        e['p'] = c
        e['o'] = make_org(kind, ck, place, owner=c)
        if kind in ('toko', 'ud'):
            e['spouse'] = make_person(eth=c['eth'], g=opposite(c['g']), ck=ck, titles=coin(0.5))
    e['addr'] = make_addr(place, kind) if coin(ADDR_P.get(kind, 0.95)) else None
    pool = []
    if party == 'person':
        pool.append(new_mobile())
        if coin(0.35):
            pool.append(new_mobile())
        if kind in ('home_owner', 'toko_owner') and coin(0.15):
            pool.append(new_landline(ck))
    else:
        if coin(0.7) or kind in ('dinas', 'desa', 'school', 'chain_outlet'):
            pool.append(new_landline(ck))
        if coin(0.9) or not pool:
            pool.append(new_mobile())
        if coin(0.2):
            pool.append(new_mobile())
    e['phones'] = pool
    e['emails_alt'] = []
    if party == 'person':
        e['email'] = person_email(e['p'], ck) if coin(EMAIL_P[kind]) else None
    else:
        e['email'] = org_email(e['o'], ck, kind) if coin(EMAIL_P[kind]) else None
    e['npwp'] = None
    if coin(NPWP_P[kind]):
        if party == 'person':
            e['npwp'] = new_nik(ck, e['p']['g']) if coin(0.6) else new_npwp15(ch(['04', '05', '06', '07', '08', '09']), ck)
        else:
            e['npwp'] = new_npwp15('00' if kind in ('dinas', 'desa') else ch(['01', '02', '03']), ck)
    # which phones the accounting system shows
    if party == 'person':
        r = rng.random()
        qp = [pool[0]] if r < 0.85 else (pool[:2] if r < 0.95 else [])
    else:
        lands = [n for n in pool if not n.startswith('08')]
        mobs = [n for n in pool if n.startswith('08')]
        if lands and mobs:
            qp = wch([([lands[0]], 45), ([lands[0], mobs[0]], 20), ([mobs[0]], 30), ([], 5)])
        else:
            qp = [pool[0]]
    e['qbo_phones'] = list(qp)
    e['qbo_email'] = e['email'] is not None and coin(0.97)
    return e


def base_struct(e):
    S = {'party': e['party'], 'p': copy.deepcopy(e['p']), 'o': copy.deepcopy(e['o']),
         'emails': [e['email']] if e['email'] and e.get('qbo_email', True) else [],
         'phones': list(e['qbo_phones']) if 'qbo_phones' in e else e['phones'][:1], 'addr': copy.deepcopy(e['addr']),
         'npwp': e['npwp'], 'role': e['role'], 'ck': e['ck'], 'company_wrong': None}
    if not S['emails'] and not S['phones'] and not S['addr']:
        S['phones'] = [e['phones'][0]]
    return S


# ---------------------------------------------------------------------------
# Rendering (pure: never touches the random generator)
# ---------------------------------------------------------------------------

AREAS = sorted({CITY[k]['area'] for k in CITY_KEYS}, key=lambda a: (-len(a), a))


def fmt_phone(n, fmt):
    if n.startswith('#'):
        loc = n[1:]
        return loc[:3] + '-' + loc[3:] if fmt in ('dash', 'paren') else loc
    area = None
    if not n.startswith('08'):
        for a in AREAS:
            if n.startswith(a):
                area = a
                break
    if area is None:
        r = n[4:]
        parts = [r[:3], r[3:]] if len(r) <= 7 else [r[:4], r[4:]]
        grp = [n[:4]] + parts
        if fmt == 'plain':
            return n
        if fmt in ('dash', 'paren'):
            return '-'.join(grp)
        if fmt == 'space':
            return ' '.join(grp)
        if fmt == 'dot':
            return '.'.join(grp)
        if fmt == 'intl':
            return '+62 ' + grp[0][1:] + '-' + '-'.join(parts)
        if fmt == 'intl_space':
            return '+62 ' + ' '.join([grp[0][1:]] + parts)
        if fmt == 'intl_plain':
            return '+62' + n[1:]
        if fmt == '62':
            return '62' + n[1:]
        if fmt == 'excel':
            return n[1:]
        raise ValueError(fmt)
    rest = n[len(area):]
    if fmt == 'plain':
        return n
    if fmt == 'dash':
        return area + '-' + rest
    if fmt == 'space':
        return area + ' ' + rest
    if fmt == 'paren':
        return '(' + area + ') ' + rest
    if fmt == 'dot':
        return area + '.' + rest
    if fmt in ('intl', 'intl_space'):
        return '+62 ' + area[1:] + ' ' + rest
    if fmt == 'intl_plain':
        return '+62' + n[1:]
    if fmt == '62':
        return '62' + n[1:]
    if fmt == 'excel':
        return n[1:]
    raise ValueError(fmt)


def fmt_npwp(n, mode):
    if n is None:
        n = '000000000000000'
    if len(n) == 15:
        dotted = '%s.%s.%s.%s-%s.%s' % (n[0:2], n[2:5], n[5:8], n[8], n[9:12], n[12:15])
        p16 = '0' + n
    else:
        dotted = n
        p16 = n
    if mode == 'dotted':
        return 'NPWP ' + dotted
    if mode == 'colon_dotted':
        return 'NPWP: ' + dotted
    if mode == 'colon_plain':
        return 'NPWP: ' + n
    if mode == 'p16':
        return 'NPWP ' + p16
    raise ValueError(mode)


def apply_case(s, mode):
    if s is None or mode == 'asis':
        return s
    if mode == 'upper':
        return s.upper()
    if mode == 'lower':
        return s.lower()
    if mode == 'title':
        return ' '.join(w[:1].upper() + w[1:].lower() for w in s.split(' '))
    raise ValueError(mode)


def full_name(p, st):
    pre = [TITLE_STR[t] for t in p['pre']] if st['titles'] == 'keep' else []
    post = [POST_STR[t] for t in p['post']] if st['titles'] == 'keep' else []
    core = (p['family'] + p['given']) if p['ff'] else (p['given'] + p['family'])
    s = ' '.join(pre + core)
    if post:
        s += ', ' + ', '.join(post)
    return s


def callname(p, st):
    if st['wa_nick'] and p.get('nick'):
        return p['nick']
    if p['ff']:
        return ' '.join(p['given'])
    if p['eth'] == 'bali' and st['wa_bali'] == 'order':
        for t in p['given']:
            if t in BALI_ORDER_ALL and t != 'Luh':
                return t
    core = core_given(p)
    return core[0] if core else (p['given'] + p['family'])[-1]


def name_fields(p, st):
    mode = st['fields']
    g = ' '.join(p['given']) or None
    f = ' '.join(p['family']) or None
    core = (p['family'] + p['given']) if p['ff'] else (p['given'] + p['family'])
    if mode == 'split':
        return g, f
    if mode == 'given_all':
        return ' '.join(core), None
    if mode == 'family_all':
        return None, ' '.join(core)
    if mode == 'title_in_given':
        pre = [TITLE_STR[t] for t in p['pre']]
        return ' '.join(pre + p['given']) or None, f
    if mode == 'post_in_family':
        post = [POST_STR[t] for t in p['post']]
        if post and f:
            return g, f + ', ' + ', '.join(post)
        return g, f
    if mode == 'callname':
        return callname(p, st), None
    if mode == 'none':
        return None, None
    raise ValueError(mode)


def honor_word(p, mode, ck):
    if mode == 'none' or p is None:
        return ''
    m = p['g'] == 'm'
    if mode == 'haji' and any(t in p['pre'] for t in ('h', 'haji', 'hj', 'hajjah', 'kh')):
        return 'Pak Haji' if m else 'Bu Haji'
    if mode in ('formal', 'haji'):
        return 'Pak' if m else 'Bu'
    eth = p['eth']
    if m:
        return {'jav': 'Cak' if CITY_GROUP[ck] == 'sby' else 'Mas', 'cn': 'Koh', 'bali': 'Bli', 'mad': 'Cak',
                'ar': 'Pak'}[eth]
    return {'jav': 'Mbak', 'cn': 'Cik', 'bali': 'Mbok', 'mad': 'Mbak', 'ar': 'Bu'}[eth]


def town_word(S):
    ck = S['addr']['ck'] if S.get('addr') and S['addr'].get('ck') else S['ck']
    return CITY[ck]['city'].replace('Kab. ', '')


def org_short(o, v):
    if o['form'] in DROPPABLE:
        if o['form'].startswith('TOKO'):
            return ['Toko ', 'Tk ', 'Toko '][v % 3] + o['stem']
        if v % 3 == 1:
            return org_name(o, 1 if o['form'] in ('PT', 'CV', 'UD', 'PT_TBK') else 0)
        return org_name(o, 'drop')
    return org_name(o, 0)


PERSON_DESC = {'contact_org': 'toko', 'org_town': 'town', 'admin': 'none', 'org': 'none'}
ORG_DESC = {'town': 'org_town', 'role': 'contact_org', 'toko': 'contact_org', 'none': 'contact_org'}


def wa_person(S, st, short=False):
    p = S['p']
    mode = st['wa_desc']
    mode = PERSON_DESC.get(mode, mode)
    hon = honor_word(p, st['wa_honor'], S['ck'])
    cn = callname(p, st)
    desc = ''
    if mode == 'town':
        desc = town_word(S)
    elif mode == 'role':
        desc = S.get('role') or ''
        if short and desc:
            desc = '(' + desc + ')'
    elif mode == 'toko':
        desc = (org_short(S['o'], st['short_v']) if S.get('o') else '') if not short else ''
    return ' '.join(x for x in (hon, cn, desc) if x)


def wa_org(S, st, short=False):
    o, p = S['o'], S['p']
    mode = st['wa_desc']
    mode = ORG_DESC.get(mode, mode)
    os_ = org_short(o, st['short_v'])
    if mode == 'contact_org' and p is not None:
        who = ' '.join(x for x in (honor_word(p, st['wa_honor'], S['ck']), callname(p, st)) if x)
        return (os_ + ' (' + who + ')') if short else (who + ' ' + os_)
    if mode == 'org_town' or (mode == 'contact_org' and p is None):
        return os_ + ' ' + town_word(S)
    if mode == 'admin':
        return 'Admin ' + os_
    return os_


RT_FMT = {'RT 03/RW 05': 'RT {rt:02d}/RW {rw:02d}', 'RT.003/RW.005': 'RT.{rt:03d}/RW.{rw:03d}',
          'Rt 3 Rw 5': 'Rt {rt} Rw {rw}', 'RT 003 RW 005': 'RT {rt:03d} RW {rw:03d}', 'RT3/RW5': 'RT{rt}/RW{rw}',
          'rt 3 rw 5': 'rt {rt} rw {rw}'}


def render_addr(a, npwp, st):
    if a is None or not st['addr_keep']:
        return None
    pl = PLACES[a['pi']]
    cm = CITY[a['ck']]
    k = a['kind']
    no = st['no']
    if k == 'jl':
        street = '%s %s %s%s' % (st['pfx'], a['street'], no, a['num'])
    elif k == 'gg':
        street = '%s %s %s %s %s%s' % (st['pfx'], a['street'], st['gg'], a['gang'], no, a['num'])
    elif k == 'perum':
        street = '%s %s %s' % (st['perum'], a['perum'], st['blok'].format(b=a['blok'], n=a['num']))
    elif k == 'ruko':
        street = 'Ruko %s %s' % (a['ruko'], st['blok'].format(b=a['blok'], n=a['num']))
    elif k == 'dsn':
        street = ('Dusun ' if st['pfx'] == 'Jalan' else 'Dsn. ') + a['dusun']
    elif k == 'pobox':
        street = '%s %s' % (a['pobox_word'], a['num'])
    else:
        street = None
    rt = None
    if k != 'pobox' and st['rt']:
        rt = ('Br. ' + a['banjar']) if a.get('banjar') else RT_FMT[st['rt']].format(rt=a['rt'], rw=a['rw'])
    kel = None
    if k != 'pobox' and st['kel']:
        w = 'Ds.' if pl['desa'] else 'Kel.'
        if st['kel'] == 'kelkec':
            kel = '%s %s, Kec. %s' % (w, pl['kel'], pl['kec'])
        elif st['kel'] == 'full':
            kel = '%s %s, Kecamatan %s' % ('Desa' if pl['desa'] else 'Kelurahan', pl['kel'], pl['kec'])
        elif st['kel'] == 'plain':
            kel = '%s, %s' % (pl['kel'], pl['kec'])
        elif st['kel'] == 'kec':
            kel = 'Kec. ' + pl['kec']
    lay = st['layout']
    if lay == 'two_line':
        line1, line2 = street, (', '.join(x for x in (rt, kel) if x) or None)
    elif lay == 'one_line':
        line1, line2 = (', '.join(x for x in (street, rt, kel) if x) or None), None
    else:
        line1, line2 = street, None
    extras = []
    if a.get('landmark'):
        extras.append(a['landmark'])
    extras += a.get('extra') or []
    if st['npwp']:
        extras.append(fmt_npwp(npwp, st['npwp']))
    if extras:
        line2 = '; '.join(([line2] if line2 else []) + extras)
    postal = (a.get('postal_override') or pl['postal']) if st['postal'] else None
    cmode = st['city']
    if cmode == 'plain':
        city = cm['city']
    elif cmode == 'full':
        city = cm['full']
    elif cmode == 'abbr':
        city = cm['abbr'] or cm['city']
    elif cmode == 'with_postal':
        city = cm['city'] + ' ' + (a.get('postal_override') or pl['postal'])
        postal = None
    else:
        raise ValueError(cmode)
    rmode = st['region']
    region = {None: None, 'full': cm['region'], 'abbr': {'Jawa Timur': 'Jatim'}.get(cm['region'], cm['region']),
              'prov': 'Prov. ' + cm['region']}[rmode]
    ac = st['addr_case']
    d = {'line1': apply_case(line1, ac), 'line2': apply_case(line2, ac), 'city': apply_case(city, ac),
         'region': apply_case(region, ac), 'postalCode': postal, 'country': st['country']}
    for kk in ADDR_FIELDS:
        if d[kk] is not None:
            d[kk] = re.sub(r'\s+', ' ', d[kk]).strip() or None
    if all(d[kk] is None for kk in ADDR_FIELDS):
        return None
    return d


def clean(s):
    if s is None:
        return None
    s = re.sub(r'[ \t]+', ' ', s).strip()
    return s or None


def render(S, st):
    p, o = S['p'], S['o']
    disp_mode = st['disp']
    if S['party'] == 'org':
        disp_mode = {'full': 'company', 'reversed': 'company'}.get(disp_mode, disp_mode)
        comp = org_name(o, st['form_v'])
        g, f = name_fields(p, st) if (st['contact'] and p is not None) else (None, None)
        if disp_mode == 'company':
            disp = comp
        elif disp_mode == 'company_contact':
            disp = (comp + ' - ' + full_name(p, st)) if p is not None else comp
        elif disp_mode == 'wa':
            disp = wa_org(S, st)
        elif disp_mode == 'short':
            disp = wa_org(S, st, short=True)
        else:
            raise ValueError(disp_mode)
        company = comp if disp_mode != 'short' else org_short(o, st['short_v'])
    else:
        disp_mode = {'company': 'full', 'company_contact': 'full'}.get(disp_mode, disp_mode)
        g, f = name_fields(p, st)
        if disp_mode == 'full':
            disp = full_name(p, st)
        elif disp_mode == 'reversed':
            if p['given'] and p['family'] and not p['ff']:
                disp = ' '.join(p['family']) + ', ' + ' '.join(p['given'])
            else:
                disp = full_name(p, st)
        elif disp_mode == 'wa':
            disp = wa_person(S, st)
        elif disp_mode == 'short':
            disp = wa_person(S, st, short=True)
        else:
            raise ValueError(disp_mode)
        company = S.get('company_wrong')
    c = st['case']
    disp, g, f, company = apply_case(disp, c), apply_case(g, c), apply_case(f, c), apply_case(company, c)
    if st['trunc'] and disp and len(disp) > st['trunc']:
        disp = disp[:st['trunc']].rstrip()
    email = None
    if st['email_keep'] and S['emails']:
        email = ', '.join(S['emails'])
        email = apply_case(email, {'asis': 'asis', 'lower': 'lower', 'upper': 'upper'}[st['email_case']])
    phone = None
    if st['phone_keep'] and S['phones']:
        phone = st['phone_sep'].join(fmt_phone(n, st['phone_fmt']) for n in S['phones'])
    rec = {'displayName': clean(disp), 'givenName': clean(g), 'familyName': clean(f), 'companyName': clean(company),
           'email': clean(email), 'phone': clean(phone), 'address': render_addr(S['addr'], S['npwp'], st)}
    return rec


# ---------------------------------------------------------------------------
# Styles: the accounting system's own habits and those of each upstream source
# ---------------------------------------------------------------------------

STYLE_KEYS = ['case', 'titles', 'fields', 'disp', 'form_v', 'contact', 'wa_honor', 'wa_nick', 'wa_bali', 'wa_desc',
              'short_v', 'email_keep', 'email_case', 'phone_keep', 'phone_fmt', 'phone_sep', 'addr_keep', 'pfx', 'no',
              'gg', 'perum', 'blok', 'rt', 'kel', 'layout', 'city', 'region', 'postal', 'country', 'addr_case',
              'npwp', 'trunc']


def base_style(party):
    return dict(case='asis', titles='keep', fields='split', disp='full' if party == 'person' else 'company',
                form_v=0, contact=True, wa_honor='formal', wa_nick=False, wa_bali='order', wa_desc='none',
                short_v=0, email_keep=True, email_case='asis', phone_keep=True, phone_fmt='dash', phone_sep=' / ',
                addr_keep=True, pfx='Jl.', no='No. ', gg='Gg.', perum='Perum', blok='Blok {b} No. {n}',
                rt='RT 03/RW 05', kel='kelkec', layout='two_line', city='plain', region='full', postal=True,
                country='ID', addr_case='asis', npwp=None, trunc=None)


def pick_form_v(o, keep_p, drop_p):
    r = rng.random()
    if r < keep_p:
        return 0
    if r < keep_p + drop_p and o['form'] in DROPPABLE:
        return 'drop'
    opts = [i for i in range(len(o['tpls'])) if i != o['tv']]
    return ch(opts) if opts else 0


def style_qbo(e, S):
    st = base_style(S['party'])
    st['case'] = 'upper' if coin(0.06) else 'asis'
    if S['party'] == 'person':
        p = S['p']
        if p['family']:
            st['fields'] = wch([('split', 85), ('given_all', 8), ('title_in_given', 4), ('post_in_family', 3)])
            st['disp'] = 'reversed' if coin(0.03) else 'full'
        else:
            st['fields'] = wch([('split', 75), ('family_all', 25)])
    else:
        st['form_v'] = pick_form_v(S['o'], 0.78, 0.0)
        st['contact'] = coin(0.75)
    st['phone_fmt'] = wch([('plain', 35), ('dash', 30), ('space', 10), ('intl', 12), ('62', 5), ('dot', 3), ('paren', 5)])
    st['phone_sep'] = ch([' / ', ', ', '/'])
    st['pfx'] = wch([('Jl.', 70), ('Jln.', 15), ('Jalan', 10), ('Jl', 5)])
    st['no'] = wch([('No. ', 75), ('No.', 15), ('no. ', 5), ('', 5)])
    st['gg'] = wch([('Gg.', 80), ('Gang', 20)])
    st['perum'] = wch([('Perum', 70), ('Perumahan', 20), ('Perum.', 10)])
    st['blok'] = wch([('Blok {b} No. {n}', 45), ('Blok {b}-{n}', 22), ('Blok {b}/{n}', 13), ('Blok {b}{n}', 10),
                      ('Blok {b} Kav. {n}', 10)])
    st['rt'] = wch([('RT 03/RW 05', 45), ('RT.003/RW.005', 20), (None, 35)])
    st['kel'] = wch([('kelkec', 55), ('plain', 15), (None, 30)])
    st['layout'] = wch([('two_line', 85), ('street_only', 15)])
    st['postal'] = coin(0.9)
    st['npwp'] = ch(['dotted', 'colon_dotted']) if (S['npwp'] and S['party'] == 'org' and coin(0.35)) else None
    return st


def style_branch(e, S):
    st = base_style(S['party'])
    b = CITY[S['ck']]['branch']
    st['email_keep'] = coin(0.6)
    st['contact'] = coin(0.7)
    if S['party'] == 'org':
        st['form_v'] = pick_form_v(S['o'], 0.6, 0.1)
        st['disp'] = 'company_contact' if coin(0.15) else 'company'
    else:
        st['fields'] = 'split' if coin(0.9) else 'given_all'
    if b == 'SBY':
        st.update(phone_fmt=ch(['dash', 'plain']), pfx='Jl.', no='No. ', rt='RT 03/RW 05', kel='kelkec',
                  city='plain', region='full', postal=coin(0.8), country='Indonesia')
    elif b == 'MLG':
        st.update(case='upper', addr_case='upper', phone_fmt='space', pfx='JL.', no='NO. ', rt='RT.003/RW.005',
                  kel='kelkec', city='plain', region='abbr', postal=coin(0.7), country='ID', trunc=30)
    elif b == 'SDA':
        st.update(phone_fmt='plain', pfx='Jln.', no='No.', rt='Rt 3 Rw 5', kel='full', city='full', region='full',
                  postal=True, country=None)
    elif b == 'JBR':
        st.update(phone_fmt=ch(['62', 'plain']), pfx='Jl', no='', rt=None, kel='plain', city='plain', region='abbr',
                  postal=coin(0.4), country=None, email_keep=coin(0.3))
    else:
        st.update(phone_fmt='intl', pfx='Jl.', no='No. ', rt='RT 03/RW 05', kel='kelkec', city='plain',
                  region='full', postal=True, country='Indonesia')
    st['gg'] = 'Gg.'
    st['perum'] = 'Perum'
    st['blok'] = ch(['Blok {b} No. {n}', 'Blok {b}-{n}', 'Blok {b} Kav. {n}'])
    return st


def style_wa(e, S):
    st = base_style(S['party'])
    st['case'] = 'lower' if coin(0.12) else 'asis'
    st['titles'] = 'drop'
    st['fields'] = ch(['callname', 'none', 'none'])
    st['disp'] = 'wa'
    st['form_v'] = 'drop' if coin(0.5) else 0
    st['contact'] = False
    st['wa_honor'] = wch([('formal', 55), ('familiar', 25), ('haji', 10), ('none', 10)])
    st['wa_nick'] = coin(0.35)
    st['wa_bali'] = 'order' if coin(0.6) else 'personal'
    if S['party'] == 'person':
        st['wa_desc'] = wch([('town', 30), ('role', 30), ('toko', 25 if e['kind'] == 'toko_owner' else 0), ('none', 15)])
    else:
        st['wa_desc'] = wch([('contact_org', 45), ('org_town', 30), ('admin', 10), ('org', 15)])
    st['short_v'] = rng.randrange(3)
    st['email_keep'] = coin(0.1)
    st['phone_fmt'] = wch([('intl', 70), ('intl_plain', 15), ('plain', 10), ('intl_space', 5)])
    st['phone_sep'] = ' / '
    st['addr_keep'] = coin(0.45)
    st['pfx'] = ch(['jl', 'Jl.', 'jln', 'Jl'])
    st['no'] = ch(['no ', '', 'No.', 'no.'])
    st['gg'] = ch(['gg', 'Gg.', 'gang'])
    st['perum'] = ch(['perum', 'Perum'])
    st['blok'] = ch(['blok {b} no {n}', 'Blok {b}-{n}', 'blok {b}{n}', 'Blok {b}/{n}'])
    st['rt'] = ch([None, None, 'RT3/RW5', 'rt 3 rw 5'])
    st['kel'] = ch([None, 'plain'])
    st['city'] = ch(['plain', 'abbr'])
    st['region'] = None
    st['postal'] = False
    st['country'] = None
    st['addr_case'] = ch(['lower', 'asis'])
    return st


def style_driver(e, S):
    st = base_style(S['party'])
    st['case'] = wch([('asis', 5), ('lower', 3), ('upper', 2)])
    st['titles'] = 'drop'
    st['fields'] = wch([('callname', 4), ('none', 6)])
    st['disp'] = 'short'
    st['form_v'] = 'drop' if coin(0.6) else pick_form_v(S['o'], 0.5, 0.0) if S['o'] else 0
    st['contact'] = False
    st['wa_honor'] = 'formal' if coin(0.8) else 'familiar'
    st['wa_nick'] = coin(0.3)
    st['wa_bali'] = 'order' if coin(0.7) else 'personal'
    if S['party'] == 'person':
        st['wa_desc'] = 'role' if coin(0.4) else 'none'
    else:
        st['wa_desc'] = 'contact_org' if coin(0.3) else 'org'
    st['short_v'] = rng.randrange(3)
    st['email_keep'] = False
    st['phone_keep'] = coin(0.75)
    st['phone_fmt'] = ch(['plain', 'space', 'dash'])
    st['pfx'] = ch(['jl', 'Jl', 'Jln', 'jl.'])
    st['no'] = ch(['', 'no ', 'No'])
    st['gg'] = ch(['gg', 'Gg'])
    st['perum'] = ch(['perum', 'Perum', 'prm'])
    st['blok'] = ch(['blok {b} no {n}', 'Blok {b}-{n}', 'blok {b}{n}'])
    st['rt'] = ch([None, None, 'rt 3 rw 5'])
    st['kel'] = ch([None, 'plain', 'kec'])
    st['city'] = ch(['abbr', 'plain'])
    st['region'] = None
    st['postal'] = coin(0.15)
    st['country'] = None
    st['addr_case'] = ch(['lower', 'asis'])
    return st


def style_efaktur(e, S):
    st = base_style(S['party'])
    st['case'] = 'upper'
    st['titles'] = 'drop'
    st['fields'] = 'given_all'
    st['contact'] = False
    if S['party'] == 'org':
        o = S['o']
        comma = [i for i, t in enumerate(o['tpls']) if t.startswith('{s},') or t.startswith('{s} Tbk,')]
        if comma and coin(0.5):
            st['form_v'] = ch(comma) or 0
            if st['form_v'] == o['tv']:
                st['form_v'] = 0
        else:
            st['form_v'] = pick_form_v(o, 0.6, 0.0)
    st['email_keep'] = coin(0.7)
    st['email_case'] = 'lower' if coin(0.8) else 'upper'
    st['phone_keep'] = coin(0.4)
    st['phone_fmt'] = 'plain'
    st['pfx'] = 'JL.'
    st['no'] = 'NO. '
    st['gg'] = 'GG.'
    st['perum'] = 'PERUM'
    st['blok'] = 'BLOK {b} NO. {n}'
    st['rt'] = 'RT 003 RW 005'
    st['kel'] = 'kelkec'
    st['layout'] = 'one_line'
    st['city'] = 'full'
    st['region'] = 'full'
    st['postal'] = True
    st['country'] = None if coin(0.7) else 'INDONESIA'
    st['addr_case'] = 'upper'
    st['npwp'] = ch(['dotted', 'colon_plain', 'p16'])
    return st


SOURCES = ['branch_so', 'whatsapp', 'efaktur', 'driver_notes']
STYLE_FN = {'branch_so': style_branch, 'whatsapp': style_wa, 'efaktur': style_efaktur, 'driver_notes': style_driver}


def pick_source(e, S, weights=None):
    if weights is None:
        weights = {'branch_so': 40, 'whatsapp': 28, 'efaktur': 14, 'driver_notes': 20} if S['party'] == 'person' else \
                  {'branch_so': 36, 'whatsapp': 18, 'efaktur': 30, 'driver_notes': 14}
    opts = []
    for s in SOURCES:
        w = weights.get(s, 0)
        if s == 'efaktur' and not S.get('npwp'):
            w = 0
        if s == 'driver_notes' and not S.get('addr'):
            w = w * 0.3
        opts.append((s, w))
    return wch(opts)


def style_label(k, va, vb):
    if k in ('case', 'email_case', 'addr_case'):
        return 'case'
    if k == 'titles':
        return 'title_dropped' if vb == 'drop' else 'title_added'
    if k == 'fields':
        return 'name_fields'
    if k == 'disp':
        return {'wa': 'whatsapp_name', 'short': 'short_name', 'reversed': 'name_order',
                'company_contact': 'contact_in_name'}.get(vb, 'display_format')
    if k == 'form_v':
        return 'legal_form_dropped' if vb == 'drop' else ('legal_form_added' if va == 'drop' else 'legal_form')
    if k == 'contact':
        return 'contact_dropped' if not vb else 'contact_added'
    if k.startswith('wa_') or k == 'short_v':
        return 'whatsapp_name'
    if k in ('email_keep', 'phone_keep', 'addr_keep'):
        return 'not_captured' if not vb else 'added'
    if k in ('phone_fmt', 'phone_sep'):
        return 'format'
    if k in ('pfx', 'no', 'gg', 'perum', 'blok'):
        return 'street_written'
    if k in ('rt', 'kel'):
        w = 'rt_rw' if k == 'rt' else 'kelurahan'
        return w + ('_dropped' if not vb else ('_added' if not va else '_written'))
    if k == 'layout':
        return 'layout'
    if k == 'city':
        return 'city_written'
    if k == 'region':
        return 'region_dropped' if not vb else 'region_written'
    if k == 'postal':
        return 'postal_dropped' if not vb else 'postal_added'
    if k == 'country':
        return 'country_dropped' if not vb else 'country_written'
    if k == 'npwp':
        return 'npwp_dropped' if not vb else ('npwp_added' if not va else 'npwp_written')
    if k == 'trunc':
        return 'truncated'
    raise ValueError(k)


# ---------------------------------------------------------------------------
# Noise operations.  Struct ops: op(S, e) -> label | None.  Record ops work on
# the rendered record: post(rec, e) -> [(field, label)].
# ---------------------------------------------------------------------------

KEYB = {'a': 'qs', 's': 'ad', 'd': 'sf', 'e': 'wr', 'i': 'uo', 'o': 'ip', 'u': 'yi', 'n': 'bm', 'm': 'n',
        'r': 'et', 't': 'ry', 'h': 'gj', 'k': 'jl', 'l': 'k', 'g': 'fh', 'j': 'hk', 'b': 'vn', 'p': 'o',
        'w': 'qe', 'y': 'tu', 'c': 'xv', 'v': 'cb', 'f': 'dg', 'z': 'x', 'x': 'zc', 'q': 'w'}


def typo(s):
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 4:
        return s
    i = ch(idx[1:])
    k = ch(['del', 'dup', 'swap', 'sub'])
    if k == 'del':
        return s[:i] + s[i + 1:]
    if k == 'dup':
        return s[:i] + s[i] + s[i:]
    if k == 'swap':
        j = i - 1
        if s[j].isalpha() and s[j].lower() != s[i].lower():
            return s[:j] + s[i] + s[j] + s[i + 1:]
    c = s[i]
    opts = KEYB.get(c.lower())
    if not opts:
        return s[:i] + s[i + 1:]
    r = ch(opts)
    r = r.upper() if c.isupper() else r
    return s[:i] + r + s[i + 1:]


def mojibake(s):
    return s.encode('utf-8').decode('cp1252', errors='replace')


# -- names ---------------------------------------------------------------

def op_title_added(S, e):
    p = S['p']
    if p is None or p['pre']:
        return None
    p['pre'] = [pick_title(p)]
    return 'title_added'


def op_degree_added(S, e):
    p = S['p']
    if p is None or p['post']:
        return None
    p['post'] = [ch(['se', 'sh', 'st', 'spd', 'mm'])]
    return 'title_added'


def op_title_dropped(S, e):
    p = S['p']
    if p is None or not (p['pre'] or p['post']):
        return None
    p['pre'], p['post'] = [], []
    return 'title_dropped'


def op_title_written(S, e):
    p = S['p']
    if p is None or not p['pre'] or not TITLE_ALT.get(p['pre'][0]):
        return None
    p['pre'] = [ch(TITLE_ALT[p['pre'][0]])] + p['pre'][1:]
    return 'title_written'


def op_nickname(S, e):
    p = S['p']
    if p is None or not p.get('nick') or not p.get('nick_of'):
        return None
    for lst in (p['given'], p['family']):
        if p['nick_of'] in lst:
            lst[lst.index(p['nick_of'])] = p['nick']
            return 'nickname'
    return None


def op_spelling(S, e):
    p = S['p']
    if p is None or p['eth'] not in ('jav', 'cn', 'mad'):
        return None
    if p['old']:
        conv, lab = new_spelling, 'spelling_new'
    else:
        full = coin(0.5)
        conv, lab = (lambda t: old_spelling(t, full)), 'spelling_old'
    ng = [conv(t) for t in p['given']]
    nf = [conv(t) for t in p['family']] if p['eth'] != 'cn' else list(p['family'])
    if ng == p['given'] and nf == p['family']:
        return None
    p['given'], p['family'] = ng, nf
    p['old'] = not p['old']
    return lab


def op_initials(S, e):
    p = S['p']
    if p is None or not p['family'] or p['ff']:
        return None
    idx = [i for i, t in enumerate(p['given']) if t not in ('I', 'Ni') and t not in BALI_ORDER_ALL and len(t) > 2
           and not t.endswith('.')]
    if idx and coin(0.6):
        p['given'][idx[0]] = p['given'][idx[0]][0] + '.'
        return 'initials'
    if len(p['family'][-1]) > 2 and not p['family'][-1].endswith('.'):
        p['family'][-1] = p['family'][-1][0] + '.'
        return 'initials'
    return None


def op_name_order(S, e):
    p = S['p']
    if p is None or not (p['given'] and p['family']) or p['ff'] or p['eth'] == 'bali':
        return None
    p['given'], p['family'] = p['family'], p['given']
    return 'name_order'


def op_partial_name(S, e):
    p = S['p']
    if p is None or not (p['given'] and p['family']) or p['ff']:
        return None
    if p['eth'] != 'bali' and coin(0.6):
        p['family'] = []
        return 'family_dropped'
    p['given'] = []
    return 'given_dropped'


def op_bali_prefix(S, e):
    p = S['p']
    if p is None or p['eth'] != 'bali' or len(p['given']) < 2 or p['given'][0] not in ('I', 'Ni'):
        return None
    p['given'] = p['given'][1:]
    return 'prefix_dropped'


def op_bali_order_drop(S, e):
    p = S['p']
    if p is None or p['eth'] != 'bali':
        return None
    ng = [t for t in p['given'] if t not in BALI_ORDER_ALL]
    if ng == p['given']:
        return None
    p['given'] = ng
    return 'birth_order_dropped'


def op_bali_abbrev(S, e):
    p = S['p']
    if p is None or p['eth'] != 'bali':
        return None
    tg = tuple(p['given'])
    if tg in BALI_CASTE_ABBR:
        p['given'] = list(BALI_CASTE_ABBR[tg])
        return 'abbreviation'
    ng = [BALI_ABBR.get(t, t) for t in p['given']]
    if ng == p['given']:
        return None
    p['given'] = ng
    return 'abbreviation'


def op_surname_spelling(S, e):
    p = S['p']
    if p is None or p['eth'] != 'cn' or not p['family'] or p['grp'] is None or p['ff']:
        return None
    opts = [v for v in CN_GROUPS[p['grp']][1] if v != p['family'][0]]
    p['family'] = [ch(opts)]
    return 'surname_spelling'


def op_family_spelling(S, e):
    p = S['p']
    if p is None or p['eth'] != 'ar' or not p['family'] or p['grp'] is None:
        return None
    opts = [v for v in AR_FAM[p['grp']] if v != p['family'][0]]
    p['family'] = [ch(opts)]
    return 'family_spelling'


def op_moh_written(S, e):
    p = S['p']
    if p is None:
        return None
    for lst in (p['given'], p['family']):
        for i, t in enumerate(lst):
            if t in MOH_ALT:
                lst[i] = ch(MOH_ALT[t])
                return 'abbreviation'
    return None


def op_name_typo(S, e):
    p = S['p']
    if p is None:
        return None
    cands = [(lst, i) for lst in (p['given'], p['family']) for i, t in enumerate(lst) if len(t) >= 5 and t.isalpha()]
    if not cands:
        return None
    lst, i = ch(cands)
    t = typo(lst[i])
    if t == lst[i]:
        return None
    lst[i] = t
    return 'typo'


def op_chinese_name(S, e):
    p = S['p']
    if p is None or p['eth'] != 'cn' or not p['chinese'] or p['ff']:
        return None
    p['given'] = p['chinese'][1:]
    p['family'] = p['chinese'][:1]
    p['ff'] = True
    return 'chinese_name'


def op_spouse(S, e):
    if not e.get('spouse') or S['p'] is None:
        return None
    S['p'] = copy.deepcopy(e['spouse'])
    return 'spouse'


def op_married_name(S, e):
    p = S['p']
    if S['party'] != 'person' or p is None or p['g'] != 'f' or not p.get('husband'):
        return None
    h = p['husband']
    q = copy.deepcopy(p)
    q['given'], q['family'] = list(h['given']), list(h['family'])
    q['pre'], q['post'], q['nick'], q['nick_of'], q['ff'] = [ch(['ny', 'ibu', 'nyonya'])], [], None, None, False
    S['p'] = q
    return 'married_name'


def op_contact_changed(S, e):
    if S['party'] != 'org':
        return None
    S['p'] = make_person(ck=S['ck'])
    return 'contact_changed'


def op_company_placeholder(S, e):
    if S['party'] != 'person' or S.get('company_wrong'):
        return None
    S['company_wrong'] = ch(['-', 'Pribadi', 'Perorangan', 'Umum', town_word(S), S.get('role') or 'Umum'])
    return 'wrong_field'


# -- organisations -------------------------------------------------------

STEM_SPELL = [('Rejeki', 'Rejeky'), ('Rejeki', 'Rezeki'), ('Rejeki', 'Rizki'), ('Mulyo', 'Mulya'), ('Sentosa', 'Santosa'),
              ('Santosa', 'Sentosa'), ('Jaya', 'Djaja'), ('Makmur', 'Makmoer'), ('Sejahtera', 'Sejahtra'),
              ('Al-', 'Al '), ('Al-', 'Al'), ('Terang', 'Trang'), ('Utama', 'Oetama'), ('Barokah', 'Barakah'),
              ('Berkah', 'Barokah'), ('Cahaya', 'Tjahaja'), ('Surya', 'Soerya'), ('Kencana', 'Kentjana'),
              ('Sumber', 'Somber'), ('Rahayu', 'Rahaju'), ('Sido', 'Sidho'), ('Dwi', 'Dwy'), ('Putra', 'Putera'),
              ('Mulia', 'Mulya'), ('Karya', 'Karja'), ('Hikmah', 'Hikmat'), ('Huda', 'Hudah')]
STEM_ABBR = [('Bangunan', 'Bang.'), ('Sumber', 'Smbr'), ('Makmur', 'Mkmr'), ('Material', 'Mat.'), ('Sejahtera', 'Sejht.'),
             ('Konstruksi', 'Konst.'), ('Jaya', 'Jy'), ('Nusantara', 'Nus.'), ('Indonesia', 'Ind.'), ('Perkasa', 'Pks.'),
             ('Mandiri', 'Mdr'), ('Lestari', 'Lst.'), ('Abadi', 'Abd.'), ('Sentosa', 'Sts.'), ('Rejeki', 'Rjk'),
             ('Utama', 'Utm.'), ('Karya', 'Kry.'), ('Teknik', 'Tek.'), ('Kontraktor', 'Kontr.')]


def op_renamed_mild(S, e):
    o = S['o']
    if S['party'] != 'org' or o is None or o['form'] in ('CHAIN', 'DESA', 'KELURAHAN') or o['form'].startswith('DINAS'):
        return None
    w = o['stem'].split()
    if len(w) >= 3 and coin(0.5):
        o['stem'] = ' '.join(w[:-1])
    else:
        add = ch([x for x in ['Baru', 'Jaya', 'Abadi', 'Makmur', 'Group', 'Sejahtera', '2'] if x != w[-1]])
        o['stem'] = o['stem'] + ' ' + add
    return 'renamed'


def op_stem_spelling(S, e):
    o = S['o']
    if S['party'] != 'org' or o is None:
        return None
    opts = [(a, b) for a, b in STEM_SPELL if a in o['stem']]
    if not opts:
        return None
    a, b = ch(opts)
    o['stem'] = o['stem'].replace(a, b, 1)
    return 'spelling'


def op_abbreviated(S, e):
    o = S['o']
    if S['party'] != 'org' or o is None:
        return None
    opts = [(a, b) for a, b in STEM_ABBR if re.search(r'\b' + a + r'\b', o['stem'])]
    if not opts:
        return None
    a, b = ch(opts)
    o['stem'] = re.sub(r'\b' + a + r'\b', b, o['stem'], count=1)
    return 'abbreviated'


def op_acronym(S, e):
    o = S['o']
    if S['party'] != 'org' or o is None or o['form'] in ('CHAIN', 'DESA', 'KELURAHAN') or o['form'].startswith('DINAS'):
        return None
    w = [x for x in o['stem'].split() if x[0].isalpha()]
    if len(w) < 2:
        return None
    if len(w) >= 3:
        o['stem'] = ''.join(x[0] for x in w).upper()
    else:
        o['stem'] = ''.join(x[0] for x in w).upper() + ' ' + ch(['Bangunan', 'Material', 'Group', 'Jaya'])
    return 'acronym'


def op_renamed_severe(S, e):
    o = S['o']
    if S['party'] != 'org' or o is None or o['form'] in ('CHAIN', 'DESA', 'KELURAHAN', 'PERUM') or o['form'].startswith('DINAS'):
        return None
    o['stem'] = pt_stem() if o['form'] in ('PT', 'PT_TBK', 'KOPKAR') else toko_stem()
    return 'renamed'


def op_owner_billing(S, e):
    if S['party'] != 'org' or e['kind'] not in ('toko', 'ud') or e['p'] is None:
        return None
    S['party'] = 'person'
    S['p'] = copy.deepcopy(e['p'])
    return 'billed_as_owner'


def op_toko_billing(S, e):
    if S['party'] != 'person' or e['kind'] != 'toko_owner' or S.get('o') is None:
        return None
    S['party'] = 'org'
    S['company_wrong'] = None
    return 'billed_as_toko'


# -- e-mail --------------------------------------------------------------

DOM_TYPO = {'gmail.com': ['gmial.com', 'gmail.co', 'gmai.com', 'gamil.com', 'gmail.con', 'gmail.co.id'],
            'yahoo.co.id': ['yaho.co.id', 'yahoo.co.od', 'yahoo.co', 'yahoo.id'],
            'yahoo.com': ['yaho.com', 'yahoo.co', 'yahoo.con'], 'ymail.com': ['ymial.com', 'ymail.co'],
            'hotmail.com': ['hotmial.com', 'hotmail.co'], 'outlook.com': ['outlok.com', 'outlook.co']}
DOM_VARIANT = {'yahoo.co.id': 'yahoo.com', 'yahoo.com': 'yahoo.co.id', 'ymail.com': 'yahoo.com',
               'gmail.com': 'googlemail.com', 'hotmail.com': 'hotmail.co.id', 'outlook.com': 'hotmail.com'}


def email_typo(em):
    local, dom = em.split('@', 1)
    if dom in DOM_TYPO and coin(0.55):
        return local + '@' + ch(DOM_TYPO[dom])
    t = typo(local) if len(local) >= 5 else local + ch(['1', '_', '.'])
    if t == local:
        t = local[:-1] if len(local) > 4 else local + '1'
    return t + '@' + dom


def op_email_typo(S, e):
    if not S['emails'] or '@' not in S['emails'][0]:
        return None
    S['emails'][0] = email_typo(S['emails'][0])
    return 'typo'


def op_email_domain(S, e):
    if not S['emails'] or '@' not in S['emails'][0]:
        return None
    local, dom = S['emails'][0].split('@', 1)
    if dom in DOM_VARIANT:
        nd = DOM_VARIANT[dom]
    elif dom.endswith('.co.id'):
        nd = dom[:-6] + '.com'
    elif dom.endswith('.com'):
        nd = dom[:-4] + '.co.id'
    else:
        return None
    S['emails'][0] = local + '@' + nd
    return 'domain_variant'


def new_mailbox(S, e):
    if S['party'] == 'org' and S['o'] is not None:
        if S['o'].get('domain') and coin(0.6):
            return reg_email(ch(['admin', 'finance', 'purchasing', 'gudang', 'proyek', 'kasir', 'logistik']), S['o']['domain'])
        return org_email(S['o'], S['ck'], 'toko')
    return person_email(S['p'] if S['p'] is not None else e['p'], S['ck'])


def op_email_new(S, e):
    n = new_mailbox(S, e)
    e['emails_alt'].append(n)
    S['emails'] = [n]
    return 'new_email'


def op_email_dropped(S, e):
    if not S['emails']:
        return None
    S['emails'] = []
    return 'dropped'


def op_email_added(S, e):
    others = [x for x in [e.get('email')] + e['emails_alt'] if x and x not in S['emails']]
    if others:
        S['emails'] = S['emails'] + [ch(others)]
    else:
        n = new_mailbox(S, e)
        e['emails_alt'].append(n)
        S['emails'] = S['emails'] + [n]
    return 'added'


def op_email_placeholder(S, e):
    if S['emails'] and coin(0.5):
        return None
    S['emails'] = [ch(['-', 'tidak ada', 'belum ada', '0', 'none'])]
    return 'placeholder'


# -- phones --------------------------------------------------------------

def op_phone_other(S, e):
    others = [n for n in e['phones'] if n not in S['phones']]
    if not others:
        return None
    S['phones'] = [ch(others)]
    return 'other_number'


def op_phone_added(S, e):
    others = [n for n in e['phones'] if n not in S['phones']]
    if others:
        S['phones'] = S['phones'] + [ch(others)]
    else:
        n = new_mobile()
        e['phones'].append(n)
        S['phones'] = S['phones'] + [n]
    return 'added_number'


def op_phone_new(S, e):
    n = new_mobile()
    e['phones'].append(n)
    S['phones'] = [n]
    return 'new_number'


def op_site_phone(S, e):
    n = new_mobile()
    S['phones'] = [n]
    return 'site_contact_number'


def op_phone_digit(S, e):
    if not S['phones'] or S['phones'][0].startswith('#'):
        return None
    n = S['phones'][0]
    i = rng.randint(5, len(n) - 1)
    if coin(0.5) and n[i] != n[i - 1]:
        m = n[:i - 1] + n[i] + n[i - 1] + n[i + 1:]
        lab = 'digits_swapped'
    else:
        m = n[:i] + ch([d for d in '0123456789' if d != n[i]]) + n[i + 1:]
        lab = 'digit_off'
    S['phones'] = [m] + S['phones'][1:]
    return lab


def op_phone_dropped(S, e):
    if not S['phones']:
        return None
    S['phones'] = []
    return 'dropped'


def op_landline_no_area(S, e):
    lands = [n for n in S['phones'] if not n.startswith('08') and not n.startswith('#')]
    if not lands:
        return None
    n = lands[0]
    area = [a for a in AREAS if n.startswith(a)][0]
    S['phones'] = [('#' + n[len(area):]) if x == n else x for x in S['phones']]
    return 'area_code_dropped'


# -- addresses -----------------------------------------------------------

STREET_SPELL = [('Dr. Soetomo', 'Dr. Sutomo'), ('Ir. Soekarno', 'Ir. Sukarno'), ('dr. Soebandi', 'dr. Subandi'),
                ('Soekarno Hatta', 'Sukarno Hatta'), ('KH. Mas Mansyur', 'Mas Mansyur'), ('Letjen S. Parman', 'S. Parman'),
                ('WR. Supratman', 'WR Supratman'), ('MT. Haryono', 'MT Haryono'), ('Letjen Sutoyo', 'Letjend. Sutoyo'),
                ('Dr. Wahidin Sudirohusodo', 'Dr. Wahidin'), ('Jagir Wonokromo', 'Jagir'), ('Brigjen Katamso', 'Brigjend Katamso'),
                ('Mojopahit', 'Majapahit'), ('Ngagel Jaya Selatan', 'Ngagel Jaya Sel.'), ('Tukad Badung', 'Tk. Badung'),
                ('Bypass Ngurah Rai', 'By Pass Ngurah Rai'), ('Ahmad Yani', 'A. Yani'), ('Gajah Mada', 'Gadjah Mada'),
                ('Panglima Sudirman', 'Pang. Sudirman'), ('Hayam Wuruk', 'Hayamwuruk'), ('Kolonel Sugiono', 'Kol. Sugiono'),
                ('Arief Rahman Hakim', 'Arif Rahman Hakim'), ('Danau Tamblingan', 'Dn. Tamblingan')]


def op_number_typo(S, e):
    a = S['addr']
    if not a or a['kind'] in ('dsn', 'pobox', 'none'):
        return None
    n = a['num']
    digits = re.sub(r'\D', '', n)
    if len(digits) >= 2 and digits[0] != digits[1] and coin(0.5):
        m = digits[1] + digits[0] + digits[2:]
    elif n[-1].isalpha():
        m = n[:-1]
    elif coin(0.5):
        m = n + ch(['A', 'B'])
    else:
        m = str(int(digits) + ch([-1, 1, 2, 10]))
        if m in ('0', '-1'):
            m = digits + 'A'
    if m == n:
        return None
    a['num'] = m
    return 'house_number'


def op_street_typo(S, e):
    a = S['addr']
    if not a:
        return None
    if a['kind'] in ('jl', 'gg'):
        t = typo(a['street'])
        if t == a['street']:
            return None
        a['street'] = t
    elif a['kind'] == 'perum':
        a['perum'] = typo(a['perum'])
    elif a['kind'] == 'ruko':
        a['ruko'] = typo(a['ruko'])
    else:
        return None
    return 'street_typo'


def op_street_written(S, e):
    a = S['addr']
    if not a:
        return None
    if a['kind'] in ('jl', 'gg'):
        st_ = a['street']
        opts = [(x, y) for x, y in STREET_SPELL if x == st_] + [(y, x) for x, y in STREET_SPELL if y == st_]
        if opts:
            a['street'] = opts[0][1]
        elif st_.startswith('Raya '):
            a['street'] = st_[5:]
        else:
            a['street'] = 'Raya ' + st_
        return 'street_written'
    if a['kind'] == 'perum':
        w = a['perum'].split()
        if len(w) >= 3:
            a['perum'] = ' '.join(w[:-1])
            return 'street_written'
    return None


def op_street_missing(S, e):
    a = S['addr']
    if not a or a['kind'] == 'none':
        return None
    a['kind'] = 'none'
    a['landmark'] = None
    return 'street_missing'


def op_landmark(S, e):
    a = S['addr']
    if not a or a.get('landmark'):
        return None
    a['landmark'] = ch(LANDMARK_BALI if a.get('banjar') else LANDMARK)
    return 'landmark'


def op_postal_typo(S, e):
    a = S['addr']
    if not a or a['kind'] == 'pobox':
        return None
    pc = PLACES[a['pi']]['postal']
    if pc[3] != pc[4] and coin(0.5):
        m = pc[:3] + pc[4] + pc[3]
    else:
        m = pc[:4] + ch([d for d in '0123456789' if d != pc[4]])
    a['postal_override'] = m
    return 'postal_code'


def op_rt_changed(S, e):
    a = S['addr']
    if not a or a.get('banjar') or a['kind'] in ('pobox', 'none'):
        return None
    if a['rt'] != a['rw'] and coin(0.5):
        a['rt'], a['rw'] = a['rw'], a['rt']
    else:
        a['rt'] = max(1, a['rt'] + ch([-1, 1, 10]))
    return 'rt_rw'


def op_phone_in_address(S, e):
    a = S['addr']
    if not a:
        return None
    n = S['phones'][0] if S['phones'] else e['phones'][0]
    if n.startswith('#'):
        return None
    a['extra'] = a['extra'] + [ch(['Telp. ', 'HP ', 'WA ', 'Hp. ']) + fmt_phone(n, ch(['plain', 'dash']))]
    if coin(0.5):
        S['phones'] = []
    return 'phone_in_address'


def op_email_in_address(S, e):
    a = S['addr']
    if not a or not S['emails'] or '@' not in S['emails'][0]:
        return None
    a['extra'] = a['extra'] + ['Email: ' + S['emails'][0]]
    S['emails'] = []
    return 'email_in_address'


def op_moved(S, e):
    a = S['addr']
    ck = a['ck'] if a else S['ck']
    pl = pick_place(ck)
    na = make_addr(pl, e['kind'])
    if a and street_key('%s %s' % (na['street'], na['num'])) == street_key('%s %s' % (a['street'], a['num'])):
        na['num'] = str(int(re.sub(r'\D', '', na['num']) or '1') + 3)
    S['addr'] = na
    return 'moved'


def op_moved_town(S, e):
    ck0 = S['addr']['ck'] if S['addr'] else S['ck']
    br = CITY[ck0]['branch']
    opts = [k for k in CITY_KEYS if CITY[k]['branch'] == br and k != ck0]
    if not opts:
        return None
    ck = ch(opts)
    S['addr'] = make_addr(pick_place(ck), e['kind'])
    S['ck'] = ck
    return 'moved_town'


def op_po_box(S, e):
    a = S['addr']
    ck = a['ck'] if a else S['ck']
    pl = PLACES_BY_CITY[ck][0]
    S['addr'] = {'pi': pl['i'], 'ck': ck, 'kind': 'pobox', 'street': None, 'num': str(rng.randint(100, 9999)),
                 'gang': None, 'perum': None, 'ruko': None, 'blok': None, 'dusun': None, 'rt': 1, 'rw': 1,
                 'banjar': None, 'landmark': None, 'extra': [], 'postal_override': None,
                 'pobox_word': ch(['Kotak Pos', 'PO Box', 'P.O. Box', 'PO BOX'])}
    return 'po_box'


def op_addr_dropped(S, e):
    if not S['addr']:
        return None
    S['addr'] = None
    return 'dropped'


# -- record-level noise --------------------------------------------------

def post_typo_display(rec, e):
    s = rec['displayName']
    if not s:
        return []
    t = typo(s)
    if t == s:
        return []
    rec['displayName'] = t
    return [('displayName', 'typo')]


def post_case_field(rec, e):
    opts = [f for f in ('displayName', 'companyName', 'givenName') if rec[f]]
    if not opts:
        return []
    f = ch(opts)
    t = rec[f].upper() if coin(0.6) else rec[f].lower()
    if t == rec[f]:
        return []
    rec[f] = t
    return [(f, 'case')]


def post_mojibake(rec, e):
    out = []
    for f in ('displayName', 'givenName', 'familyName', 'companyName'):
        s = rec[f]
        if s and ("'" in s or '\u2019' in s):
            rec[f] = mojibake(s.replace("'", '\u2019'))
            out.append((f, 'mojibake'))
    a = rec['address']
    if a:
        b = dict(a)
        for k in ('line1', 'line2'):
            s = b.get(k)
            if not s:
                continue
            t = s.replace("'", '\u2019')
            if k == 'line1':
                t = t.replace('-', '\u2013')
            if t != s:
                b[k] = mojibake(t)
        if b != a:
            rec['address'] = b
            out.append(('address', 'mojibake'))
    return out


def post_extra_space(rec, e):
    s = rec['displayName']
    if not s or ' ' not in s:
        return []
    i = s.index(' ')
    rec['displayName'] = s[:i] + '  ' + s[i + 1:] + (' ' if coin(0.5) else '')
    return [('displayName', 'whitespace')]


PERSON_MILD = [op_title_added, op_title_dropped, op_title_written, op_degree_added, op_spelling, op_initials,
               op_name_order, op_partial_name, op_bali_prefix, op_bali_order_drop, op_bali_abbrev,
               op_surname_spelling, op_family_spelling, op_moh_written, op_nickname, op_name_typo,
               op_company_placeholder]
ORG_MILD = [op_renamed_mild, op_stem_spelling, op_abbreviated, op_contact_changed, op_title_written, op_spouse,
            op_stem_spelling, op_abbreviated]
COMMON_MILD = [op_email_typo, op_email_domain, op_email_dropped, op_email_added, op_email_placeholder, op_phone_other,
               op_phone_added, op_phone_digit, op_phone_dropped, op_landline_no_area, op_number_typo, op_street_typo,
               op_street_written, op_street_missing, op_landmark, op_postal_typo, op_rt_changed, op_phone_in_address,
               op_email_in_address]
POST_MILD = [post_typo_display, post_case_field, post_mojibake, post_extra_space]
PERSON_SEVERE = [op_chinese_name, op_spouse, op_married_name, op_toko_billing]
ORG_SEVERE = [op_acronym, op_renamed_severe, op_owner_billing]
COMMON_SEVERE = [op_email_new, op_phone_new, op_moved, op_moved_town, op_po_box, op_addr_dropped]
LIGHT_OPS = [op_title_written, op_title_added, op_title_dropped, op_phone_added, op_landmark, op_street_written,
             op_stem_spelling]
LIGHT_POST = [post_case_field, post_extra_space]


# ---------------------------------------------------------------------------
# Building one record against a compared record, with its change list
# ---------------------------------------------------------------------------

def dedupe(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


FALLBACK_COUNT = [0]


STYLE_ORDER = ['disp', 'contact', 'email_keep', 'phone_keep', 'addr_keep', 'form_v', 'titles', 'fields', 'wa_honor',
               'wa_nick', 'wa_bali', 'wa_desc', 'short_v', 'case', 'trunc', 'email_case', 'phone_fmt', 'phone_sep',
               'layout', 'pfx', 'no', 'gg', 'perum', 'blok', 'rt', 'kel', 'city', 'region', 'postal', 'country',
               'npwp', 'addr_case']
assert sorted(STYLE_ORDER) == sorted(STYLE_KEYS)


def build(S_a, st_a, rec_a, st_b, e, ops, posts, disamb=False, seed=()):
    labels = {f: [] for f in FIELDS}
    if disamb:
        labels['displayName'].append('qbo_disambiguation')
    for f, lab in seed:
        labels[f].append(lab)
    # walk from the compared record's habits to this source's habits, one habit at a time
    cur = dict(st_a)
    Rc = render(S_a, cur)
    for k in STYLE_ORDER:
        if cur[k] != st_b[k]:
            nxt = dict(cur)
            nxt[k] = st_b[k]
            Rn = render(S_a, nxt)
            lab = style_label(k, st_a[k], st_b[k])
            for f in FIELDS:
                if Rn[f] != Rc[f]:
                    labels[f].append((lab, Rn[f] is None))
            cur, Rc = nxt, Rn
    R0 = Rc
    S = copy.deepcopy(S_a)
    prev = R0
    applied = []
    for op in ops:
        lab = op(S, e)
        if not lab:
            continue
        applied.append(lab)
        cur = render(S, st_b)
        for f in FIELDS:
            if cur[f] != prev[f]:
                labels[f].append((lab, cur[f] is None))
        prev = cur
    rec = copy.deepcopy(prev)
    for po in posts:
        for f, lab in po(rec, e):
            labels[f].append((lab, False))
            applied.append(lab)
    changes = []
    for f in FIELDS:
        if rec[f] != rec_a[f]:
            ent = [x if isinstance(x, tuple) else (x, None) for x in labels[f]]
            if rec[f] is None:
                # the field is empty: only the step that emptied it explains the difference
                gone = [lab for lab, became_none in ent if became_none]
                ls = gone[-1:] if gone else dedupe([lab for lab, _ in ent])
            else:
                ls = dedupe([lab for lab, _ in ent])
            if not ls:
                ls = ['format']
                FALLBACK_COUNT[0] += 1
            changes += [f + ':' + x for x in ls]
    return S, rec, changes, applied


# ---------------------------------------------------------------------------
# Existing customer list (QuickBooks Online)
# ---------------------------------------------------------------------------

EXIST = []          # list of dicts: e, S, st, rec (sorted order after finalise)
EXIST_BY_ID = {}
CITY_POOL = {}
EXIST_NS = []


def findable(rec, ti):
    c = city_of(rec)
    if not c or city_of(EXIST[ti]['rec']) != c:
        return False
    na = name_strings(rec)
    if not na:
        return False
    s_t = name_score(na, EXIST_NS[ti])
    if s_t < FIND_MIN:
        return False
    floor = s_t - FIND_MARGIN
    for j in CITY_POOL.get(c, []):
        if j != ti and name_score(na, EXIST_NS[j], floor) >= floor:
            return False
    return True


def outlet_stems(n):
    out = []
    used = set()
    cities = list(CHAIN_CITIES)
    k = 0
    while len(out) < n:
        ck = cities[k % len(cities)]
        k += 1
        pl = pick_place(ck)
        area = pl['kel'] if CITY_GROUP[ck] == 'bali' or ck in ('sda', 'kmlg', 'gsk', 'psn', 'bwi') else pl['kec']
        stem = CITY[ck]['city'].replace('Kab. ', '') + ' ' + area
        if stem.split()[0] == area:
            stem = CITY[ck]['city'].replace('Kab. ', '') + ' Kota'
        if stem in used:
            continue
        used.add(stem)
        out.append((ck, pl, stem))
    return out


CHAIN_NPWP = None
OUTLETS = []


def make_outlet(ck, pl, stem, code):
    e = make_entity('chain_outlet', ck=ck, place=pl)
    e['o']['stem'] = stem
    e['email'] = CHAIN_EMAIL
    e['qbo_email'] = True
    e['npwp'] = npwp_branch(CHAIN_NPWP, code)
    if e['addr'] is None:
        e['addr'] = make_addr(pl, 'chain_outlet')
    return e


BOOKKEEPERS = []


def build_existing():
    global CHAIN_NPWP, OUTLETS
    kinds = ([('toko_owner', 210), ('tukang', 190), ('mandor', 125), ('home_owner', 300)] +
             [('toko', 160), ('ud', 85), ('cv', 120), ('pt', 69), ('pt_tbk', 6), ('developer', 14), ('perumahan', 16),
              ('koperasi', 18), ('pesantren', 18), ('school', 22), ('dinas', 10), ('desa', 22), ('villa', 24),
              ('business', 45), ('ibadah', 18)])
    ents = []
    for kind, n in kinds:
        for _ in range(n):
            ents.append(make_entity(kind))
    # a PT's branches billed apart (6 PTs with a branch already in the books)
    pts = [e for e in ents if e['kind'] == 'pt' and e['npwp']]
    for hq in pts[:6]:
        bck = ch([k for k in ('mlg', 'jbr', 'dps', 'sda', 'bwi') if CITY[k]['branch'] != CITY[hq['ck']]['branch']]
                 or ['mlg'])
        b = make_entity('pt', ck=bck)
        b['o'] = copy.deepcopy(hq['o'])
        b['o']['tail'] = ch(['Cabang ', 'Cab. ', 'Cabang ']) + CITY[bck]['city'].replace('Kab. ', '')
        b['npwp'] = npwp_branch(hq['npwp'], '001')
        if hq['o'].get('domain'):
            b['email'] = reg_email(ch(['cabang.', 'admin.', 'finance.']) + asciiize(CITY[bck]['city'])[:8],
                                   hq['o']['domain'])
        b['branch_of'] = hq['id']
        hq['has_branch'] = True
        ents.append(b)
    # chain outlets
    CHAIN_NPWP = new_npwp15('01', 'sby')
    OUTLETS = outlet_stems(34)
    for i, (ck, pl, stem) in enumerate(OUTLETS[:22]):
        ents.append(make_outlet(ck, pl, stem, '%03d' % (i + 1)))
    # bookkeepers' shared mailboxes
    for bk in ['pajak.sejahtera', 'konsultan.pembukuan', 'admin.pembukuan.sby', 'jasa.pajak.mlg', 'kjp.amanah']:
        BOOKKEEPERS.append(reg_email(bk, ch(['gmail.com', 'yahoo.co.id', 'gmail.com'])))
    cands = [e for e in ents if e['kind'] in ('toko', 'ud', 'cv')]
    rng.shuffle(cands)
    for i, e in enumerate(cands[:15]):
        e['email'] = BOOKKEEPERS[i % 5]
        e['qbo_email'] = True
        e['bk'] = BOOKKEEPERS[i % 5]
    return ents


def finalise_existing(ents):
    assert len(ents) == N_EXIST, len(ents)
    rows = []
    taken = set()
    for e in ents:
        S = base_struct(e)
        st = style_qbo(e, S)
        rec = render(S, st)
        dn = rec['displayName']
        disamb = False
        if dn.casefold() in taken:
            city = (rec['address'] or {}).get('city') or CITY[e['ck']]['city']
            cand = '%s (%s)' % (dn, city)
            k = 2
            while cand.casefold() in taken:
                cand = '%s (%d)' % (dn, k)
                k += 1
            rec['displayName'] = cand
            disamb = True
        taken.add(rec['displayName'].casefold())
        rows.append({'e': e, 'S': S, 'st': st, 'rec': rec, 'disamb': disamb})
    rows.sort(key=lambda r: r['rec']['displayName'].casefold())
    for i, r in enumerate(rows):
        r['i'] = i
        EXIST.append(r)
        EXIST_BY_ID[r['e']['id']] = r
        EXIST_NS.append(name_strings(r['rec']))
        c = city_of(r['rec'])
        if c:
            CITY_POOL.setdefault(c, []).append(i)


# ---------------------------------------------------------------------------
# Incoming: matches, new customers and their repeats, hard negatives
# ---------------------------------------------------------------------------

GENTLE = [op_title_added, op_title_dropped, op_title_written, op_degree_added, op_spelling, op_surname_spelling,
          op_family_spelling, op_moh_written, op_name_typo, op_bali_prefix, op_stem_spelling, op_abbreviated,
          op_contact_changed]


def habit_ops(src, S):
    ops, posts = [], []
    if src == 'driver_notes':
        if coin(0.5):
            ops.append(op_landmark)
        if coin(0.2):
            ops.append(op_site_phone)
        if coin(0.25):
            posts.append(post_typo_display)
    elif src == 'efaktur':
        if coin(0.3):
            posts.append(post_mojibake)
    elif src == 'whatsapp':
        if coin(0.15):
            ops.append(op_phone_added)
        if coin(0.12):
            ops.append(op_phone_other)
    return ops, posts


def name_ops_for(S, e):
    """Name noise that can apply to this customer, weighted towards what its names invite."""
    p = S['p']
    out = []
    if p is not None:
        out += [op_title_added, op_title_dropped] if S['party'] == 'person' else []
        if p['pre'] and TITLE_ALT.get(p['pre'][0]):
            out += [op_title_written] * 2
        if p.get('nick') and p.get('nick_of'):
            out += [op_nickname] * 2
        if p['eth'] in ('jav', 'mad') or (p['eth'] == 'cn' and p['given'] != [new_spelling(t) for t in p['given']]) \
                or p['old']:
            out += [op_spelling] * (3 if p['eth'] == 'jav' else 1)
        if p['eth'] == 'bali':
            out += [op_bali_prefix, op_bali_order_drop, op_bali_abbrev, op_bali_order_drop]
        if p['eth'] == 'cn' and p['family'] and p['grp'] is not None and not p['ff']:
            out += [op_surname_spelling] * 3
        if p['eth'] == 'ar' and p['family']:
            out += [op_family_spelling] * 3
        if any(t in MOH_ALT for t in p['given'] + p['family']):
            out += [op_moh_written] * 3
        if p['family'] and not p['ff']:
            out += [op_initials, op_name_order if p['eth'] != 'bali' else op_initials, op_partial_name]
        out += [op_name_typo]
    if S['party'] == 'person':
        out += [op_company_placeholder, op_degree_added]
    else:
        out += [op_renamed_mild, op_stem_spelling, op_stem_spelling, op_abbreviated, op_contact_changed]
        if e.get('spouse'):
            out += [op_spouse]
    return out


def choose_ops(profile, S, e, src, mode, forced=None):
    ops, posts = habit_ops(src, S)
    name_pool = name_ops_for(S, e)
    if mode == 'name_city':
        ops = [o for o in ops if o is not op_phone_other]
        ops += rng.sample(GENTLE, rng.randint(0, 2))
        ops += [ch([op_email_dropped, op_email_new]), ch([op_phone_dropped, op_phone_new, op_phone_new]),
                ch([op_moved, op_street_missing, op_po_box, op_street_missing])]
        if coin(0.3):
            posts.append(ch([post_case_field, post_typo_display, post_extra_space]))
    elif profile == 'light':
        if coin(0.5):
            ops.append(ch(LIGHT_OPS))
        if coin(0.15):
            posts.append(ch(LIGHT_POST))
    elif profile == 'medium':
        ops += dedupe(rng.sample(name_pool, min(len(name_pool), rng.randint(1, 2))))
        ops += rng.sample(COMMON_MILD, rng.randint(1, 2))
        if coin(0.3):
            posts.append(ch(POST_MILD))
    else:
        ops += dedupe(rng.sample(name_pool, min(len(name_pool), rng.randint(1, 2))))
        ops += rng.sample(COMMON_MILD, 1)
        if coin(0.45):
            ops.append(ch(PERSON_SEVERE if S['party'] == 'person' else ORG_SEVERE))
        ops += rng.sample(COMMON_SEVERE, rng.randint(1, 2))
        if coin(0.35):
            posts.append(ch(POST_MILD))
    if forced is not None:
        ops.insert(0, forced)
    return ops, posts


def snapshot(e):
    return (list(e['phones']), list(e['emails_alt']))


def restore(e, snap):
    e['phones'], e['emails_alt'] = list(snap[0]), list(snap[1])


def gen_match(X, mode, profile, forced=None):
    e = X['e']
    S_a = X['S']
    for attempt in range(80):
        prof = profile if attempt < 50 else 'light'
        snap = snapshot(e)
        if mode == 'name_city':
            src = pick_source(e, S_a, {'branch_so': 45, 'whatsapp': 25, 'driver_notes': 30})
        else:
            src = pick_source(e, S_a)
        st_b = STYLE_FN[src](e, S_a)
        if mode == 'name_city':
            st_b['npwp'] = None
            st_b['addr_keep'] = True
        ops, posts = choose_ops(prof, S_a, e, src, mode, forced if attempt < 60 else None)
        S, rec, changes, applied = build(S_a, X['st'], X['rec'], st_b, e, ops, posts, X['disamb'])
        if forced is not None and attempt < 60 and (not applied or applied[0] not in FORCED_LABELS):
            restore(e, snap)
            continue
        ev = evidence_of(rec, X['rec'])
        if mode == 'name_city' and ev:
            restore(e, snap)
            continue
        if ev:
            fd = 'identifier'
        else:
            if any(n in npwp_list(X['rec']) for n in npwp_list(rec)):
                restore(e, snap)
                continue
            if not findable(rec, X['i']):
                restore(e, snap)
                continue
            fd = 'name+city'
        if mode == 'name_city':
            prof = 'harsh' if (len(applied) >= 5 or any(a in ('moved', 'new_number', 'new_email', 'po_box')
                                                         for a in applied) and len(applied) >= 4) else 'medium'
        return {'rec': rec, 'S': S, 'st': st_b, 'src': src, 'changes': changes, 'evidence': ev, 'findable': fd,
                'profile': prof, 'applied': applied}
    raise RuntimeError('match failed for %s' % e['id'])


FORCED_LABELS = {'billed_as_owner', 'billed_as_toko', 'spouse', 'chinese_name', 'married_name', 'renamed', 'acronym'}


def new_struct(e, src):
    S = base_struct(e)
    S['emails'] = [e['email']] if e['email'] else []
    if src == 'whatsapp':
        S['phones'] = [n for n in e['phones'] if n.startswith('08')][:2] or e['phones'][:1]
    else:
        S['phones'] = e['phones'][:1]
    return S


def gen_new_first(e):
    S0 = new_struct(e, 'branch_so')
    src = pick_source(e, S0, {'branch_so': 36, 'whatsapp': 38, 'efaktur': 10, 'driver_notes': 16})
    S = new_struct(e, src)
    st = STYLE_FN[src](e, S)
    if not S['addr'] or not st['addr_keep']:
        st['phone_keep'] = True
    ops, posts = habit_ops(src, S)
    for op in ops:
        op(S, e)
    rec = render(S, st)
    plabs = []
    for po in posts:
        plabs += po(rec, e)
    return {'rec': rec, 'S': S, 'st': st, 'src': src, 'plabs': plabs}


def gen_repeat(e, O1, profile):
    for attempt in range(80):
        prof = profile if attempt < 50 else 'light'
        snap = snapshot(e)
        if attempt < 65:
            src = pick_source(e, O1['S'])
            st_b = STYLE_FN[src](e, O1['S'])
            ops, posts = choose_ops(prof, O1['S'], e, src, 'ident')
        else:
            # same source, same clerk habits: only light noise
            src = O1['src']
            st_b = dict(O1['st'])
            ops, posts = ([ch(LIGHT_OPS)] if attempt < 75 else []), []
        S, rec, changes, applied = build(O1['S'], O1['st'], O1['rec'], st_b, e, ops, posts, False, O1['plabs'])
        ev = evidence_of(rec, O1['rec'])
        if not ev:
            restore(e, snap)
            continue
        return {'rec': rec, 'S': S, 'st': st_b, 'src': src, 'changes': changes, 'evidence': ev,
                'findable': 'identifier', 'profile': prof}
    raise RuntimeError('repeat failed for %s' % e['id'])


def too_close_to_existing(e):
    S = base_struct(e)
    rec = render(S, base_style(S['party']))
    c = city_of(rec) or norm_city(CITY[e['ck']]['city'])
    na = name_strings(rec)
    for j in CITY_POOL.get(c, []):
        if name_score(na, EXIST_NS[j], 0.88) >= 0.88:
            return True
    return False


# ---------------------------------------------------------------------------
# Hard negatives: records that resemble an existing customer but are another
# customer under the business's rules.
# ---------------------------------------------------------------------------

def op_set(label, **vals):
    items = list(vals.items())

    def op(S, e):
        for k, v in items:
            S[k] = copy.deepcopy(v)
        return label
    op.__name__ = 'set_' + label
    return op


def skeleton(kind, ck, party, p, o, addr, phones, email, npwp, role=None):
    return {'id': new_id(), 'kind': kind, 'ck': ck, 'party': party, 'p': p, 'o': o, 'spouse': None, 'role': role,
            'addr': addr, 'phones': list(phones), 'emails_alt': [], 'email': email, 'npwp': npwp}


def other_branch_city(ck):
    br = CITY[ck]['branch']
    return wch([(k, CITY[k]['w']) for k in CITY_KEYS if CITY[k]['branch'] != br])


def emails_op(email):
    return op_set('other_email' if email else 'dropped', emails=[email] if email else [])


def mobiles(S):
    return [n for n in S['phones'] if n.startswith('08')]


def lands(S):
    return [n for n in S['phones'] if not n.startswith('08') and not n.startswith('#')]


def neighbour_addr(a, kind):
    if a and a['kind'] in ('jl', 'gg', 'ruko', 'perum') and coin(0.6):
        na = copy.deepcopy(a)
        d = int(re.sub(r'\D', '', na['num']) or '1')
        na['num'] = str(max(1, d + ch([2, 4, 6, -2, 1, 3])))
        if na['num'] == a['num']:
            na['num'] = str(d + 8)
        na['landmark'], na['extra'], na['postal_override'] = None, [], None
        return na, 'neighbouring_address'
    ck = a['ck'] if a else 'sby'
    return make_addr(pick_place(ck), kind), 'other_address'


HN_RULES = {
    'sibling_toko': "A family's toko run by siblings are separate customers.",
    'director_of_pt': 'A CV or PT is apart from its owner and its directors: the director buying for himself is another customer.',
    'pt_of_person': "A CV or PT is apart from its owner: the owner's own company is another customer than the owner himself.",
    'chain_outlet': "A national chain's outlets billed apart are each a customer.",
    'pt_branch': "A PT's branches billed apart are each a customer.",
    'same_name_other_town': 'One customer is one person or one business: a namesake in another town is another customer.',
    'same_name_same_town': 'One customer is one person or one business: a namesake in the same town is another customer.',
    'family_member_same_address': 'Family members are separate customers; only a husband and wife buying for one toko are one.',
    'spouse_own_business': "Husband and wife are one customer only when buying for one toko; the wife's own business is another customer.",
    'new_tenant_same_address': 'A customer is the business, not the premises: a new business at the same ruko or address is another customer.',
    'mandor_phone': 'The home owner who is billed is the customer; the mandor who placed the order from his own phone is another customer.',
    'cv_same_name_as_ud': 'A CV is a legal person, apart from its owner and from his UD or toko of the same trading name.',
    'koperasi_of_employer': 'A koperasi is its own legal person, apart from the PT whose staff are its members.',
    'sister_institution': "Units of one foundation (pesantren, schools) billed apart are each a customer, like a PT's branches.",
    'shared_bookkeeper_email': "A bookkeeper's or tax consultant's shared mailbox does not make two businesses one customer.",
}
HN_TYPES = list(HN_RULES.keys())
W_ORG = {'branch_so': 38, 'whatsapp': 17, 'efaktur': 30, 'driver_notes': 15}
W_PERSON = {'branch_so': 40, 'whatsapp': 30, 'efaktur': 10, 'driver_notes': 20}


def hn_anchor_ok(t, X):
    e, S = X['e'], X['S']
    k = e['kind']
    if t == 'sibling_toko':
        return k in ('toko', 'ud') and S['party'] == 'org' and S['p'] is not None
    if t == 'director_of_pt':
        free = S['emails'] and S['emails'][0].split('@')[1] in FREE_DOMAINS
        return k in ('cv', 'pt', 'developer', 'pt_tbk') and S['p'] is not None and (mobiles(S) or free)
    if t == 'pt_of_person':
        return k in ('mandor', 'toko_owner', 'home_owner') and S['addr'] is not None
    if t == 'chain_outlet':
        return k == 'chain_outlet'
    if t == 'pt_branch':
        return (k == 'pt' and e['npwp'] and len(e['npwp']) == 15 and not S['o'].get('tail')
                and not e.get('has_branch') and X['st']['npwp'] is not None)
    if t == 'same_name_other_town':
        return S['party'] == 'person' and len(name_tokens(X['rec']['displayName'])) >= 1
    if t == 'same_name_same_town':
        return S['party'] == 'person' and S['addr'] is not None and X['rec']['address'] is not None
    if t == 'family_member_same_address':
        return S['party'] == 'person' and S['p']['family'] and S['p']['eth'] in ('cn', 'ar') and S['addr'] is not None
    if t == 'spouse_own_business':
        return k in ('toko', 'ud') and S['party'] == 'org' and e.get('spouse') and S['addr'] is not None
    if t == 'new_tenant_same_address':
        return S['party'] == 'org' and S['addr'] is not None and S['addr']['kind'] in ('ruko', 'jl') and \
            k in ('toko', 'ud', 'cv', 'business', 'pt')
    if t == 'mandor_phone':
        return k in ('mandor', 'tukang') and S['phones']
    if t == 'cv_same_name_as_ud':
        return k in ('ud', 'toko') and S['party'] == 'org' and not e.get('bk')
    if t == 'koperasi_of_employer':
        return k in ('pt', 'pt_tbk') and S['addr'] is not None and not S['o'].get('tail')
    if t == 'sister_institution':
        return k in ('school', 'pesantren')
    if t == 'shared_bookkeeper_email':
        return bool(e.get('bk'))
    raise ValueError(t)


OUTLET_NEXT = [22]


def hn_prepare(t, X):
    """-> (hn entity, ops, source weights, required shared keys, must-not-share-identifiers)"""
    a, S = X['e'], X['S']
    ck = a['ck']
    if t == 'sibling_toko':
        p0 = S['p']
        fam = p0['family'] if p0['family'] else None
        sib = make_person(eth=p0['eth'], ck=ck, family=fam)
        for _ in range(30):
            if sib['given'] != p0['given'] and person_key(sib) != person_key(p0):
                break
            sib = make_person(eth=p0['eth'], ck=ck, family=fam)
        o = copy.deepcopy(S['o'])
        if coin(0.7):
            o['stem'] = o['stem'] + ' ' + ch([x for x in ['2', 'II', 'Baru', 'Putra', 'Indah', 'Jaya']
                                              if not o['stem'].endswith(x)])
        na, alab = neighbour_addr(S['addr'], a['kind'])
        email = org_email(o, ck, 'toko') if coin(0.4) else None
        e = skeleton(a['kind'], ck, 'org', sib, o, na, [new_mobile()] + ([new_landline(ck)] if coin(0.4) else []),
                     email, new_npwp15('01', ck) if coin(0.25) else None)
        ops = [op_set('sibling_firm_name', o=o), op_set('sibling_owner', p=sib), op_set('other_number', phones=e['phones']),
               emails_op(email), op_set(alab, addr=na), op_set('other_npwp', npwp=e['npwp'])]
        return e, ops, W_ORG, ['companyName', 'firm_stem', 'familyName', 'street'], False
    if t == 'director_of_pt':
        d = copy.deepcopy(S['p'])
        if not d['pre'] and coin(0.5):
            d['pre'] = [ch(['ir', 'drs', 'bpk'] + (['h'] if d['eth'] in ('jav', 'mad', 'ar') else []))] \
                if d['g'] == 'm' else [ch(['ibu', 'dra'])]
        mob = mobiles(S)
        free = bool(S['emails']) and S['emails'][0].split('@')[1] in FREE_DOMAINS
        phones = mob[:1] if mob else [new_mobile()]
        emails = list(S['emails']) if free else ([person_email(d, ck)] if coin(0.5) else [])
        home = make_addr(pick_place(ck), 'home_owner')
        e = skeleton('home_owner', ck, 'person', d, None, home, phones, emails[0] if emails else None,
                     new_nik(ck, d['g']), role=ch(['Direktur', 'Owner', 'Bos', 'Renov Rumah']))
        ops = [op_set('director_as_person', party='person', p=d, role=e['role'], company_wrong=None),
               op_set('mobile_only', phones=phones), op_set('personal_email', emails=emails),
               op_set('home_address', addr=home), op_set('personal_tax_id', npwp=e['npwp'])]
        return e, ops, W_PERSON, ['phone', 'email'], False
    if t == 'pt_of_person':
        p = S['p']
        core = core_given(p) or p['given'] or p['family']
        if coin(0.6):
            stem = core[0] + ' ' + ch(['Jaya', 'Karya', 'Teknik', 'Konstruksi', 'Mandiri', 'Putra', 'Bangun'])
        else:
            stem = toko_stem() + ' ' + ch(['Konstruksi', 'Kontraktor', 'Teknik'])
        form = 'CV' if coin(0.7) else 'PT'
        o = {'form': form, 'tpls': TPL[form], 'stem': stem, 'tail': None, 'tv': 0}
        em = org_email(o, ck, form.lower())
        phones = (S['phones'][:1] + [new_landline(ck)]) if (S['phones'] and coin(0.6)) else [new_landline(ck)] + mobiles(S)[:1]
        e = skeleton('cv' if form == 'CV' else 'pt', ck, 'org', copy.deepcopy(p), o, copy.deepcopy(S['addr']), phones,
                     em, new_npwp15('02', ck))
        ops = [op_set('new_legal_person', party='org', o=o, company_wrong=None), op_set('office_number', phones=phones),
               op_set('company_email', emails=[em]), op_set('company_tax_id', npwp=e['npwp'])]
        return e, ops, W_ORG, ['address', 'phone'], False
    if t == 'chain_outlet':
        ck2, pl, stem = OUTLETS[OUTLET_NEXT[0]]
        OUTLET_NEXT[0] += 1
        e = make_outlet(ck2, pl, stem, '%03d' % OUTLET_NEXT[0])
        ops = [op_set('other_outlet', o=e['o'], p=e['p']), op_set('other_outlet_address', addr=e['addr'], ck=ck2),
               op_set('other_number', phones=e['phones'][:1]), op_set('branch_npwp', npwp=e['npwp'])]
        return e, ops, {'branch_so': 50, 'efaktur': 45, 'whatsapp': 5}, ['email'], False
    if t == 'pt_branch':
        bck = other_branch_city(ck)
        o = copy.deepcopy(S['o'])
        o['tail'] = ch(['Cabang ', 'Cab. ']) + CITY[bck]['city'].replace('Kab. ', '')
        b = make_entity('pt', ck=bck)
        if b['addr'] is None:
            b['addr'] = make_addr(pick_place(bck), 'pt')
        em = reg_email(ch(['cabang.', 'admin.', 'finance.']) + asciiize(CITY[bck]['city'])[:8], o['domain']) \
            if o.get('domain') else b['email']
        npwp = npwp_branch(a['npwp'], '00' + str(rng.randint(2, 6)))
        e = skeleton('pt', bck, 'org', b['p'], o, b['addr'], b['phones'], em, npwp)
        ops = [op_set('branch_name', o=o), op_set('contact_changed', p=b['p']),
               op_set('branch_address', addr=b['addr'], ck=bck), op_set('other_number', phones=b['phones'][:1]),
               op_set('branch_email' if em else 'dropped', emails=[em] if em else []), op_set('branch_npwp', npwp=npwp)]
        return e, ops, {'efaktur': 65, 'branch_so': 35}, ['npwp_base', 'firm_stem'], False
    if t in ('same_name_other_town', 'same_name_same_town'):
        p = copy.deepcopy(S['p'])
        ck2 = other_branch_city(ck) if t == 'same_name_other_town' else ck
        b = make_entity(a['kind'] if a['kind'] in PERSON_KINDS else 'home_owner', ck=ck2)
        if b['addr'] is None or (S['addr'] and b['addr']['pi'] == S['addr']['pi']):
            opts = [x for x in PLACES_BY_CITY[ck2] if not S['addr'] or x['i'] != S['addr']['pi']] or PLACES_BY_CITY[ck2]
            b['addr'] = make_addr(ch(opts), 'home_owner')
        em = person_email(p, ck2) if coin(0.5) else None
        e = skeleton(b['kind'], ck2, 'person', p, None, b['addr'], b['phones'][:1], em,
                     new_nik(ck2, p['g']) if coin(0.3) else None, role=b['role'])
        ops = [op_set('namesake', role=b['role']), op_set('other_address', addr=b['addr'], ck=ck2),
               op_set('other_number', phones=b['phones'][:1]), emails_op(em), op_set('other_npwp', npwp=e['npwp'])]
        return e, ops, W_PERSON, ['name'], True
    if t == 'family_member_same_address':
        p = S['p']
        rel = make_person(eth=p['eth'], ck=ck, family=p['family'])
        for _ in range(30):
            if rel['given'] != p['given']:
                break
            rel = make_person(eth=p['eth'], ck=ck, family=p['family'])
        phones = [new_mobile()] + (lands(S)[:1] if coin(0.5) else [])
        em = person_email(rel, ck) if coin(0.4) else None
        e = skeleton('home_owner', ck, 'person', rel, None, copy.deepcopy(S['addr']), phones, em, None,
                     role=ch(ROLE_WORDS['home_owner']))
        ops = [op_set('family_member', p=rel, role=e['role'], company_wrong=None), op_set('other_number', phones=phones),
               emails_op(em), op_set('other_npwp', npwp=None)]
        return e, ops, W_PERSON, ['address'], False
    if t == 'spouse_own_business':
        sp = copy.deepcopy(a['spouse'])
        f = ch(['KOS', 'KATERING', 'SALON', 'RM'])
        stem = ('Bu ' + (core_given(sp) or sp['given'])[0]) if coin(0.5) else toko_stem()
        o = {'form': f, 'tpls': TPL[f], 'stem': stem, 'tail': None, 'tv': 0}
        phones = [new_mobile()] + (lands(S)[:1] if coin(0.6) else [])
        em = person_email(sp, ck) if coin(0.3) else None
        e = skeleton('business', ck, 'org', sp, o, copy.deepcopy(S['addr']), phones, em, None)
        ops = [op_set('other_business', o=o), op_set('spouse_contact', p=sp), op_set('other_number', phones=phones),
               emails_op(em), op_set('other_npwp', npwp=None)]
        return e, ops, W_ORG, ['address', 'phone'], False
    if t == 'new_tenant_same_address':
        b = make_entity(ch(['toko', 'cv', 'business', 'ud']), ck=ck, place=PLACES[S['addr']['pi']])
        e = skeleton(b['kind'], ck, 'org', b['p'], b['o'], copy.deepcopy(S['addr']), b['phones'], b['email'], b['npwp'])
        ops = [op_set('other_business', o=b['o'], p=b['p']), op_set('other_number', phones=b['phones'][:1]),
               emails_op(b['email']), op_set('other_npwp', npwp=b['npwp'])]
        return e, ops, W_ORG, ['address'], False
    if t == 'mandor_phone':
        owner = make_person(ck=ck)
        site = make_addr(pick_place(ck), 'home_owner')
        role = ch(['Renov Rumah', 'Bangun Rumah', 'Proyek Rumah'])
        e = skeleton('home_owner', ck, 'person', owner, None, site, S['phones'], None, None, role=role)
        ops = [op_set('other_person', p=owner, role=role, company_wrong=None), op_set('site_address', addr=site),
               op_set('dropped', emails=[]), op_set('other_npwp', npwp=None)]
        return e, ops, {'branch_so': 40, 'whatsapp': 35, 'driver_notes': 25}, ['phone'], False
    if t == 'cv_same_name_as_ud':
        o = {'form': 'CV', 'tpls': TPL['CV'], 'stem': S['o']['stem'], 'tail': None, 'tv': 0}
        same_owner = coin(0.6)
        contact = copy.deepcopy(S['p']) if (same_owner and S['p']) else make_person(ck=ck)
        mob = mobiles(S)
        phones = (mob[:1] if (same_owner and mob and coin(0.6)) else [new_mobile()]) + [new_landline(ck)]
        if coin(0.6):
            na, alab = make_addr(pick_place(ck), 'cv'), 'other_address'
        else:
            na, alab = copy.deepcopy(S['addr']), 'same'
        em = org_email(o, ck, 'cv')
        e = skeleton('cv', ck, 'org', contact, o, na, phones, em, new_npwp15('02', ck))
        ops = [op_set('legal_form_cv', o=o), op_set('contact_changed' if not same_owner else 'owner_as_contact', p=contact),
               op_set('office_number', phones=phones), op_set('company_email', emails=[em]),
               op_set('company_tax_id', npwp=e['npwp'])]
        if alab != 'same':
            ops.append(op_set(alab, addr=na))
        return e, ops, W_ORG, ['companyName', 'firm_stem'], False
    if t == 'koperasi_of_employer':
        o = {'form': 'KOPKAR', 'tpls': TPL['KOPKAR'], 'stem': S['o']['stem'], 'tail': None, 'tv': 0}
        contact = make_person(ck=ck)
        na, alab = (copy.deepcopy(S['addr']), 'same') if coin(0.7) else neighbour_addr(S['addr'], 'koperasi')
        em = reg_email('kopkar.' + asciiize(S['o']['stem'])[:12], 'gmail.com') if coin(0.6) else None
        phones = [new_mobile()]
        e = skeleton('koperasi', ck, 'org', contact, o, na, phones, em, new_npwp15('01', ck) if coin(0.6) else None)
        ops = [op_set('koperasi_name', o=o), op_set('contact_changed', p=contact), op_set('other_number', phones=phones),
               emails_op(em), op_set('other_npwp', npwp=e['npwp'])]
        if alab != 'same':
            ops.append(op_set(alab, addr=na))
        return e, ops, W_ORG, ['firm_stem', 'address'], False
    if t == 'sister_institution':
        o0 = S['o']
        cur = o0.get('unit') or 'PONPES'
        unit = ch([u for u in ['SMP', 'MTs', 'MA', 'MI', 'SMK', 'TK', 'SD', 'SMA'] if u != cur])
        o = {'form': 'SCH_' + unit, 'tpls': TPL['SCH_' + unit], 'stem': o0['stem'], 'tail': None, 'tv': 0, 'unit': unit}
        if cur != 'PONPES' and o0['stem'] in PONPES and coin(0.3):
            o = {'form': 'PONPES', 'tpls': TPL['PONPES'], 'stem': o0['stem'], 'tail': None, 'tv': 0}
        if S['addr'] is None:
            na, alab = make_addr(pick_place(ck), 'school'), 'other_address'
        elif coin(0.7):
            na, alab = copy.deepcopy(S['addr']), 'same'
        else:
            na, alab = neighbour_addr(S['addr'], 'school')
        if o0.get('domain'):
            em = reg_email(ch(['tu.', 'admin.', 'bendahara.']) + unit.lower(), o0['domain'])
        else:
            em = reg_email(unit.lower() + asciiize(o0['stem'])[:12], 'gmail.com') if coin(0.6) else None
        phones = [new_landline(ck)]
        contact = make_person(ck=ck)
        e = skeleton('school', ck, 'org', contact, o, na, phones, em, new_npwp15('01', ck) if coin(0.5) else None)
        ops = [op_set('other_unit', o=o), op_set('contact_changed', p=contact), op_set('other_number', phones=phones),
               op_set('unit_email' if em else 'dropped', emails=[em] if em else []), op_set('other_npwp', npwp=e['npwp'])]
        if alab != 'same':
            ops.append(op_set(alab, addr=na))
        return e, ops, W_ORG, ['firm_stem', 'address', 'email_domain'], False
    if t == 'shared_bookkeeper_email':
        b = make_entity(ch(['toko', 'ud', 'cv']), ck=ck if coin(0.6) else None)
        if b['addr'] is None:
            b['addr'] = make_addr(pick_place(b['ck']), b['kind'])
        e = skeleton(b['kind'], b['ck'], 'org', b['p'], b['o'], b['addr'], b['phones'], a['bk'], b['npwp'])
        ops = [op_set('other_business', o=b['o'], p=b['p']), op_set('other_address', addr=b['addr'], ck=b['ck']),
               op_set('other_number', phones=b['phones'][:1]), op_set('other_npwp', npwp=b['npwp'])]
        return e, ops, {'branch_so': 55, 'efaktur': 45}, ['email'], False
    raise ValueError(t)


KEEP_FORM_HN = {'sister_institution', 'cv_same_name_as_ud', 'koperasi_of_employer', 'pt_branch', 'chain_outlet'}


def gen_hn(t, X):
    e, ops, weights, required, no_ev = hn_prepare(t, X)
    S_f = copy.deepcopy(X['S'])
    for op in ops:
        op(S_f, e)
    for attempt in range(80):
        src = pick_source(e, S_f, weights)
        st_b = STYLE_FN[src](e, S_f)
        if t in KEEP_FORM_HN:
            # the legal form / unit is what tells this customer apart: every source keeps it
            if st_b['form_v'] == 'drop':
                st_b['form_v'] = 0
            st_b['short_v'] = 1
        hops, posts = habit_ops(src, S_f)
        if attempt > 40:
            hops, posts = [], []
        S, rec, changes, applied = build(X['S'], X['st'], X['rec'], st_b, e, list(ops) + hops, posts, X['disamb'])
        sh = shared_of(rec, X['rec'])
        if not any(r in sh for r in required):
            continue
        if not [x for x in sh if x != 'city']:
            continue
        if not (rec['phone'] or rec['email'] or (rec['address'] and rec['address'].get('line1'))):
            continue
        if no_ev and evidence_of(rec, X['rec']):
            continue
        return {'e': e, 'rec': rec, 'S': S, 'src': src, 'changes': changes, 'shared': sh}
    return None


def build_hns():
    items = []
    used = set()
    order = list(range(N_EXIST))
    for t in HN_TYPES:
        rng.shuffle(order)
        got = 0
        for i in order:
            if got == 10:
                break
            X = EXIST[i]
            if X['e']['id'] in used or not hn_anchor_ok(t, X):
                continue
            r = gen_hn(t, X)
            if r is None:
                continue
            used.add(X['e']['id'])
            r['t'] = t
            r['X'] = X
            items.append(r)
            got += 1
        if got != 10:
            raise RuntimeError('not enough anchors for %s (%d)' % (t, got))
    return items


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------

FORCED = [('billed_as_owner', 25, op_owner_billing), ('billed_as_toko', 20, op_toko_billing), ('spouse', 15, op_spouse),
          ('chinese_name', 20, op_chinese_name), ('married_name', 12, op_married_name),
          ('renamed', 10, op_renamed_severe), ('acronym', 8, op_acronym)]


def forced_ok(name, X):
    e, S = X['e'], X['S']
    if name == 'billed_as_owner':
        return e['kind'] in ('toko', 'ud') and S['party'] == 'org'
    if name == 'billed_as_toko':
        return e['kind'] == 'toko_owner' and S['party'] == 'person'
    if name == 'spouse':
        return bool(e.get('spouse'))
    if name == 'chinese_name':
        return S['party'] == 'person' and S['p']['eth'] == 'cn' and not S['p']['ff']
    if name == 'married_name':
        return S['party'] == 'person' and S['p']['g'] == 'f' and bool(S['p'].get('husband'))
    if name in ('renamed', 'acronym'):
        return S['party'] == 'org' and S['o']['form'] not in ('CHAIN', 'DESA', 'KELURAHAN', 'PERUM') and \
            not S['o']['form'].startswith('DINAS') and len(S['o']['stem'].split()) >= 2
    return False


def build_matches():
    idx = list(range(N_EXIST))
    rng.shuffle(idx)
    nc = []
    for i in idx:
        X = EXIST[i]
        if len(nc) < N_NAMECITY and X['rec']['address'] and X['rec']['address'].get('city') and findable(X['rec'], i):
            nc.append(i)
    ncs = set(nc)
    rest = [i for i in idx if i not in ncs][:690 - N_NAMECITY]
    distinct = nc + rest
    slots = [(i, 'name_city') for i in nc] + [(i, 'ident') for i in rest]
    pool = list(distinct)
    rng.shuffle(pool)
    for i in pool[:105]:
        slots.append((i, 'ident'))
    for i in pool[105:120]:
        slots.append((i, 'ident'))
        slots.append((i, 'ident'))
    rng.shuffle(slots)
    quota = {n: q for n, q, _ in FORCED}
    items = []
    for i, mode in slots:
        X = EXIST[i]
        forced = None
        profile = wch([('light', 42), ('medium', 40), ('harsh', 18)])
        if mode == 'ident' and coin(0.6):
            for n, _, op in FORCED:
                if quota[n] > 0 and forced_ok(n, X):
                    forced = op
                    quota[n] -= 1
                    profile = 'harsh' if coin(0.5) else 'medium'
                    break
        if mode == 'name_city':
            profile = 'medium'
        r = gen_match(X, mode, profile, forced)
        r['X'] = X
        items.append(r)
    return items


NEW_KINDS = [('toko_owner', 55), ('tukang', 55), ('mandor', 35), ('home_owner', 86), ('toko', 45), ('ud', 22),
             ('cv', 32), ('pt', 18), ('developer', 3), ('perumahan', 5), ('koperasi', 5), ('pesantren', 6),
             ('school', 8), ('dinas', 2), ('desa', 6), ('villa', 9), ('business', 20), ('ibadah', 8)]


def build_new():
    ents = []
    for kind, n in NEW_KINDS:
        for _ in range(n):
            for _t in range(40):
                e = make_entity(kind)
                if not too_close_to_existing(e):
                    break
            ents.append(e)
    assert len(ents) == N_NEW_FIRST
    rng.shuffle(ents)
    groups = []
    for k, e in enumerate(ents):
        first = gen_new_first(e)
        occ = [first]
        nrep = 1 if k < 75 else (2 if k < 90 else 0)
        for _ in range(nrep):
            occ.append(gen_repeat(e, first, wch([('light', 40), ('medium', 40), ('harsh', 20)])))
        groups.append((e, occ))
    return groups


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    finalise_existing(build_existing())
    hns = build_hns()
    matches = build_matches()
    groups = build_new()

    inc = []
    for r in matches:
        X = r['X']
        inc.append({'entity': X['e']['id'], 'rec': r['rec'], 'meta': {
            'category': 'match', 'kind': X['e']['kind'], 'party': r['S']['party'], 'changes': r['changes'],
            'source': r['src'], 'profile': r['profile'], 'evidence': r['evidence'], 'findable': r['findable'],
            'compare_set': 'existing', 'compare_index': X['i']}})
    for e, occ in groups:
        for k, o in enumerate(occ):
            m = {'category': 'new', 'kind': e['kind'], 'party': o['S']['party'], 'changes': o.get('changes', []),
                 'source': o['src'], 'occurrence': k + 1}
            if k > 0:
                m.update({'profile': o['profile'], 'evidence': o['evidence'], 'findable': o['findable'],
                          'compare_set': 'incoming', 'compare_index': None})
            inc.append({'entity': e['id'], 'rec': o['rec'], 'meta': m})
    for r in hns:
        X = r['X']
        inc.append({'entity': r['e']['id'], 'rec': r['rec'], 'meta': {
            'category': 'hard_negative', 'kind': r['e']['kind'], 'party': r['S']['party'], 'changes': r['changes'],
            'source': r['src'], 'anchor': X['e']['id'], 'anchor_index': X['i'], 'hn_type': r['t'],
            'rule': HN_RULES[r['t']], 'shared': r['shared']}})
    assert len(inc) == 1500, len(inc)
    rng.shuffle(inc)
    # the first occurrence of a new customer always precedes its repeats
    pos = {}
    for j, it in enumerate(inc):
        if it['meta']['category'] == 'new':
            pos.setdefault(it['entity'], []).append(j)
    by_occ = {}
    for it in inc:
        if it['meta']['category'] == 'new':
            by_occ[(it['entity'], it['meta']['occurrence'])] = it
    for eid, js in pos.items():
        for k, j in enumerate(sorted(js)):
            inc[j] = by_occ[(eid, k + 1)]
        if len(js) > 1:
            first = min(js)
            for j in js:
                if inc[j]['meta']['occurrence'] > 1:
                    inc[j]['meta']['compare_index'] = first

    set_lines, meta_lines = [], []
    for X in EXIST:
        set_lines.append({'set': 'existing', 'entity': X['e']['id'], 'contact': X['rec']})
        meta_lines.append({'set': 'existing', 'index': X['i'], 'entity': X['e']['id'], 'category': 'existing',
                           'kind': X['e']['kind'], 'party': X['S']['party'], 'changes': []})
    keyorder = ['category', 'kind', 'party', 'changes', 'source', 'profile', 'evidence', 'findable', 'compare_set',
                'compare_index', 'occurrence', 'anchor', 'anchor_index', 'hn_type', 'rule', 'shared']
    for j, it in enumerate(inc):
        set_lines.append({'set': 'incoming', 'entity': it['entity'], 'contact': it['rec']})
        m = {'set': 'incoming', 'index': j, 'entity': it['entity']}
        for k in keyorder:
            if k in it['meta']:
                m[k] = it['meta'][k]
        meta_lines.append(m)

    def contact_out(c):
        a = c['address']
        return {'displayName': c['displayName'], 'givenName': c['givenName'], 'familyName': c['familyName'],
                'companyName': c['companyName'], 'email': c['email'], 'phone': c['phone'],
                'address': None if a is None else {k: a[k] for k in ADDR_FIELDS}}

    with open(os.path.join(args.out, 'set.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for s in set_lines:
            f.write(json.dumps({'set': s['set'], 'entity': s['entity'], 'contact': contact_out(s['contact'])},
                               ensure_ascii=False) + '\n')
    with open(os.path.join(args.out, 'meta.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for m in meta_lines:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')
    cats = {}
    for m in meta_lines:
        cats[m['category']] = cats.get(m['category'], 0) + 1
    sys.stderr.write('written %d lines; categories %s; unlabelled diffs %d\n'
                     % (len(set_lines), json.dumps(cats, sort_keys=True), FALLBACK_COUNT[0]))


if __name__ == '__main__':
    main()
