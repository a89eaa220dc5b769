#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen.py - generator for the labelled customer record-linkage set `my-aircond`.

An air-conditioning installation / servicing company in the Klang Valley with a
Penang branch bills through QuickBooks Online (MYR).  The set pairs the QBO
customer list ("existing") with records arriving from the business's upstream
systems ("incoming").

Python 3 standard library only.  One random.Random(SEED) drives everything; no
output depends on set/dict hash order or PYTHONHASHSEED.

    python3 gen.py            -> set.jsonl, meta.jsonl beside this file
    python3 gen.py --out DIR  -> set.jsonl, meta.jsonl in DIR
"""
import argparse
import copy
import difflib
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20240917
R = random.Random(SEED)

N_EXISTING = 1500
N_EXISTING_ORG = 450
N_MATCH = 825
N_NEW_ENT = 420
N_NEW_TWICE = 75
N_NEW_THRICE = 15
N_HN_PER_TYPE = 10
N_NAMECITY_TARGET = 215


# ============================================================== small helpers
def ch(seq):
    return seq[R.randrange(len(seq))]


def chance(x):
    return R.random() < x


def wpick(pairs):
    total = sum(w for _, w in pairs)
    x = R.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def rdigits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def clean(s):
    if s is None:
        return None
    s = re.sub(r"\s+", " ", s).strip()
    return s or None


def dedupe(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


# ============================================================== geography
CITY_ORDER = ["Kuala Lumpur", "Petaling Jaya", "Shah Alam", "Subang Jaya", "Puchong", "Cheras",
              "Kajang", "Klang", "George Town", "Bayan Lepas", "Butterworth", "Bukit Mertajam"]
CITY_W = {"Kuala Lumpur": 17, "Petaling Jaya": 13, "Shah Alam": 9, "Subang Jaya": 9, "Puchong": 8,
          "Cheras": 8, "Kajang": 6, "Klang": 8, "George Town": 9, "Bayan Lepas": 6, "Butterworth": 4,
          "Bukit Mertajam": 3}
PENANG = ("George Town", "Bayan Lepas", "Butterworth", "Bukit Mertajam")
LANDLINE_PFX = {"Kuala Lumpur": ["20", "21", "22", "26", "40", "41", "42", "62"],
                "Petaling Jaya": ["74", "76", "77", "78", "79"], "Shah Alam": ["51", "55"],
                "Subang Jaya": ["56", "80"], "Puchong": ["58", "80"], "Cheras": ["90", "91", "92"],
                "Kajang": ["87", "88", "89"], "Klang": ["31", "32", "33", "34"],
                "George Town": ["22", "26", "28", "37"], "Bayan Lepas": ["61", "64", "65"],
                "Butterworth": ["31", "32", "33"], "Bukit Mertajam": ["50", "53", "54", "55"]}

# city, area, postcode, region, print area as line2, street templates, kampung lot area
AREAS = [
    ("Kuala Lumpur", "Bangsar", "59100", "kl", 1, ["Jalan Telawi {a}", "Lorong Maarof {a}"], 0),
    ("Kuala Lumpur", "Mont Kiara", "50480", "kl", 1, ["Jalan Kiara {a}", "Jalan Solaris {a}"], 0),
    ("Kuala Lumpur", "Sri Petaling", "57000", "kl", 1, ["Jalan Radin Bagus {a}", "Jalan Radin Anum {a}"], 0),
    ("Kuala Lumpur", "Bukit Jalil", "57000", "kl", 1, ["Jalan Jalil Perkasa {a}"], 0),
    ("Kuala Lumpur", "Taman Tun Dr Ismail", "60000", "kl", 1, ["Jalan Tun Mohd Fuad {a}", "Jalan Datuk Sulaiman {a}"], 0),
    ("Kuala Lumpur", "Kepong Baru", "52100", "kl", 1, ["Jalan Kepong Baru {a}"], 0),
    ("Kuala Lumpur", "Wangsa Maju", "53300", "kl", 1, ["Jalan Wangsa {b}/{a}"], 0),
    ("Kuala Lumpur", "Setapak", "53300", "kl", 1, ["Jalan Prima Setapak {a}"], 0),
    ("Kuala Lumpur", "Kuchai Lama", "58200", "kl", 1, ["Jalan Kuchai Maju {a}"], 0),
    ("Kuala Lumpur", "Taman Melawati", "53100", "kl", 1, ["Jalan Bukit Melawati {a}"], 0),
    ("Kuala Lumpur", "Setiawangsa", "54200", "kl", 1, ["Jalan Setiawangsa {a}"], 0),
    ("Kuala Lumpur", "Segambut", "51200", "kl", 1, ["Jalan Segambut Utara {a}"], 0),
    ("Petaling Jaya", "SS 2", "47300", "sel", 1, ["Jalan SS 2/{a}"], 0),
    ("Petaling Jaya", "Seksyen 17", "46400", "sel", 1, ["Jalan 17/{a}"], 0),
    ("Petaling Jaya", "Seksyen 14", "46100", "sel", 1, ["Jalan 14/{a}"], 0),
    ("Petaling Jaya", "Damansara Utama", "47400", "sel", 1, ["Jalan SS 21/{a}"], 0),
    ("Petaling Jaya", "Damansara Jaya", "47400", "sel", 1, ["Jalan SS 22/{a}"], 0),
    ("Petaling Jaya", "Taman Megah", "47301", "sel", 1, ["Jalan SS 24/{a}"], 0),
    ("Petaling Jaya", "Kelana Jaya", "47301", "sel", 1, ["Jalan SS 7/{a}"], 0),
    ("Petaling Jaya", "Kota Damansara", "47810", "sel", 1, ["Jalan PJU 5/{a}"], 0),
    ("Petaling Jaya", "Bandar Utama", "47800", "sel", 1, ["Jalan BU {b}/{a}"], 0),
    ("Petaling Jaya", "Ara Damansara", "47301", "sel", 1, ["Jalan PJU 1A/{a}"], 0),
    ("Shah Alam", "Seksyen 7", "40000", "sel", 1, ["Jalan Kristal 7/{a}", "Jalan Zirkon 7/{a}"], 0),
    ("Shah Alam", "Seksyen 13", "40100", "sel", 1, ["Jalan Tanjung 13/{a}"], 0),
    ("Shah Alam", "Seksyen 18", "40200", "sel", 1, ["Jalan Kerongsang 18/{a}"], 0),
    ("Shah Alam", "Kota Kemuning", "40460", "sel", 1, ["Jalan Anggerik Vanilla 31/{a}", "Jalan Anggerik Mokara 31/{a}"], 0),
    ("Shah Alam", "Setia Alam", "40170", "sel", 1, ["Jalan Setia Murni U13/{a}"], 0),
    ("Shah Alam", "Bukit Jelutong", "40150", "sel", 1, ["Jalan Gelanggang U8/{a}"], 0),
    ("Shah Alam", "Kampung Jalan Kebun", "40460", "sel", 1, ["Jalan Kebun"], 1),
    ("Subang Jaya", "SS 15", "47500", "sel", 1, ["Jalan SS 15/{a}"], 0),
    ("Subang Jaya", "SS 19", "47500", "sel", 1, ["Jalan SS 19/{a}"], 0),
    ("Subang Jaya", "USJ 1", "47600", "sel", 1, ["Jalan USJ 1/{a}"], 0),
    ("Subang Jaya", "USJ 4", "47600", "sel", 1, ["Jalan USJ 4/{a}"], 0),
    ("Subang Jaya", "USJ 11", "47620", "sel", 1, ["Jalan USJ 11/{a}"], 0),
    ("Subang Jaya", "USJ 21", "47630", "sel", 1, ["Jalan USJ 21/{a}"], 0),
    ("Subang Jaya", "Bandar Sunway", "47500", "sel", 1, ["Jalan PJS 11/{a}"], 0),
    ("Puchong", "Bandar Puchong Jaya", "47100", "sel", 1, ["Jalan Kenari {a}"], 0),
    ("Puchong", "Bandar Puteri", "47100", "sel", 1, ["Jalan Puteri {b}/{a}"], 0),
    ("Puchong", "Bandar Kinrara", "47180", "sel", 1, ["Jalan BK {b}/{a}"], 0),
    ("Puchong", "Taman Puchong Prima", "47150", "sel", 1, ["Jalan PP {b}/{a}"], 0),
    ("Puchong", "Taman Puchong Utama", "47140", "sel", 1, ["Jalan PU {a}"], 0),
    ("Cheras", "Taman Connaught", "56000", "kl", 1, ["Jalan Cerdas", "Jalan Cengal {a}"], 0),
    ("Cheras", "Taman Midah", "56000", "kl", 1, ["Jalan Midah {a}"], 0),
    ("Cheras", "Taman Segar", "56100", "kl", 1, ["Jalan Manis {a}"], 0),
    ("Cheras", "Bandar Tun Hussein Onn", "43200", "sel", 1, ["Jalan Suakasih {b}/{a}"], 0),
    ("Cheras", "Taman Suntex", "43200", "sel", 1, ["Jalan Suntex {b}/{a}"], 0),
    ("Kajang", "Taman Sri Kajang", "43000", "sel", 1, ["Jalan Sri Kajang {a}"], 0),
    ("Kajang", "Bandar Sungai Long", "43000", "sel", 1, ["Jalan SL {b}/{a}"], 0),
    ("Kajang", "Sungai Chua", "43000", "sel", 1, ["Jalan Sungai Chua {a}"], 0),
    ("Kajang", "Taman Prima Saujana", "43000", "sel", 1, ["Jalan Prima Saujana {b}/{a}"], 0),
    ("Kajang", "Kampung Sungai Kantan", "43000", "sel", 1, ["Jalan Sungai Kantan"], 1),
    ("Klang", "Taman Sentosa", "41200", "sel", 1, ["Jalan Sentosa {b}"], 0),
    ("Klang", "Bandar Botanic", "41200", "sel", 1, ["Jalan Kasuarina {a}"], 0),
    ("Klang", "Bandar Bukit Tinggi", "41200", "sel", 1, ["Jalan Batu Nilam {a}"], 0),
    ("Klang", "Meru", "41050", "sel", 1, ["Jalan Meru {a}"], 0),
    ("Klang", "Klang", "41000", "sel", 0, ["Jalan Tengku Kelana", "Jalan Dato Hamzah", "Jalan Raya Barat"], 0),
    ("Klang", "Kampung Sungai Udang", "41250", "sel", 1, ["Jalan Sungai Udang"], 1),
    ("George Town", "Pulau Tikus", "10350", "png", 1, ["Jalan Burma", "Jalan Cantonment", "Lorong Burma {a}"], 0),
    ("George Town", "Macalister", "10400", "png", 0, ["Jalan Macalister", "Lorong Macalister {a}"], 0),
    ("George Town", "Chulia", "10200", "png", 0, ["Lebuh Chulia", "Lebuh Carnarvon", "Lebuh Kimberley"], 0),
    ("George Town", "Perak Road", "10150", "png", 0, ["Jalan Perak", "Lorong Perak {a}"], 0),
    ("George Town", "Tanjung Tokong", "10470", "png", 1, ["Jalan Tanjung Tokong", "Lorong Tanjung Tokong {a}"], 0),
    ("George Town", "Air Itam Road", "10460", "png", 0, ["Jalan Air Itam", "Lorong Air Itam {a}"], 0),
    ("Bayan Lepas", "Bayan Baru", "11950", "png", 1, ["Jalan Mahsuri", "Jalan Tengah", "Lintang Bayan Baru {a}"], 0),
    ("Bayan Lepas", "Sungai Ara", "11900", "png", 1, ["Jalan Sungai Ara {a}", "Lintang Sungai Ara {a}"], 0),
    ("Bayan Lepas", "Batu Maung", "11960", "png", 1, ["Jalan Batu Maung", "Lorong Batu Maung {a}"], 0),
    ("Bayan Lepas", "Taman Sri Tunas", "11900", "png", 1, ["Lintang Sri Tunas {a}"], 0),
    ("Butterworth", "Bagan Luar", "12000", "png", 1, ["Jalan Bagan Luar", "Lorong Bagan Luar {a}"], 0),
    ("Butterworth", "Raja Uda", "12300", "png", 1, ["Jalan Raja Uda", "Lorong Raja Uda {a}"], 0),
    ("Butterworth", "Bagan Ajam", "13000", "png", 1, ["Jalan Bagan Ajam", "Lorong Bagan Ajam {a}"], 0),
    ("Bukit Mertajam", "Taman Machang Bubok", "14020", "png", 1, ["Lorong Machang Bubok {a}"], 0),
    ("Bukit Mertajam", "Bukit Mertajam", "14000", "png", 0, ["Jalan Kulim", "Jalan Pasar", "Jalan Arumugam Pillai"], 0),
    ("Bukit Mertajam", "Taman Alma", "14000", "png", 1, ["Jalan Alma Jaya {a}", "Lorong Alma {a}"], 0),
]
POBOX_PC = {"Kuala Lumpur": "50710", "Petaling Jaya": "46710", "Shah Alam": "40710", "Klang": "41710"}

REGION_QBO = {"sel": [("Selangor", 85), ("Selangor Darul Ehsan", 15)],
              "kl": [("W.P. Kuala Lumpur", 45), ("Kuala Lumpur", 35), ("Wilayah Persekutuan", 20)],
              "png": [("Pulau Pinang", 50), ("P. Pinang", 25), ("Penang", 25)]}
REGION_ANY = {"sel": ["Selangor", "Selangor Darul Ehsan", "SELANGOR", "Sel.", "Selangor D.E.", "Sgor"],
              "kl": ["W.P. Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur", "Kuala Lumpur",
                     "WP Kuala Lumpur", "W.P.K.L.", "Wilayah Persekutuan", "KL"],
              "png": ["Pulau Pinang", "P. Pinang", "Penang", "PENANG", "Pg"]}
REGION_EINV = {"sel": "Selangor", "kl": "Wilayah Persekutuan Kuala Lumpur", "png": "Pulau Pinang"}
REGION_LEGACY = {"sel": "SELANGOR", "kl": "WILAYAH PERSEKUTUAN", "png": "PULAU PINANG"}
CITY_ALIAS_W = {"Kuala Lumpur": ["KL", "K.L.", "Kuala Lumpur"], "Petaling Jaya": ["PJ", "P.J.", "Ptlg Jaya"],
                "Shah Alam": ["S. Alam", "ShahAlam", "Shah Alam"], "Subang Jaya": ["Subang", "SJ", "USJ"],
                "Puchong": ["Puchong"], "Cheras": ["Cheras"], "Kajang": ["Kajang"], "Klang": ["Kelang"],
                "George Town": ["Georgetown", "Penang", "G. Town", "Pulau Pinang"],
                "Bayan Lepas": ["Bayan Baru", "B. Lepas"], "Butterworth": ["B'worth", "Bwth"],
                "Bukit Mertajam": ["BM", "Bkt Mertajam", "Bt Mertajam", "B. Mertajam"]}

# ============================================================== shared normalisers
# (check.py carries its own copy of these rules; it does not import this file)
CITY_CANON = {
    "kl": "kuala lumpur", "kuala lumpur": "kuala lumpur", "wp kuala lumpur": "kuala lumpur",
    "pj": "petaling jaya", "petaling jaya": "petaling jaya", "ptlg jaya": "petaling jaya",
    "shah alam": "shah alam", "s alam": "shah alam", "shahalam": "shah alam",
    "subang jaya": "subang jaya", "subang": "subang jaya", "sj": "subang jaya", "usj": "subang jaya",
    "puchong": "puchong", "cheras": "cheras", "kajang": "kajang", "klang": "klang", "kelang": "klang",
    "george town": "george town", "georgetown": "george town", "penang": "george town",
    "g town": "george town", "pulau pinang": "george town",
    "bayan lepas": "bayan lepas", "bayan baru": "bayan lepas", "b lepas": "bayan lepas",
    "butterworth": "butterworth", "bworth": "butterworth", "bwth": "butterworth",
    "bukit mertajam": "bukit mertajam", "bm": "bukit mertajam", "bkt mertajam": "bukit mertajam",
    "bt mertajam": "bukit mertajam", "b mertajam": "bukit mertajam",
}


def norm_city(s):
    if not s:
        return None
    t = fold(s).lower()
    t = re.sub(r"[.'\u2019]", "", t)
    t = re.sub(r"[^a-z0-9]+", " ", t).strip()
    return CITY_CANON.get(t, t)


ADDR_PHRASES_RAW = [
    "kuala lumpur", "k l", "kl", "wp kuala lumpur", "w p kuala lumpur", "w p k l", "wilayah persekutuan",
    "wilayah persekutuan kuala lumpur", "w p", "wp", "petaling jaya", "pj", "p j", "ptlg jaya",
    "shah alam", "s alam", "shahalam", "subang jaya", "subang", "sj", "puchong", "cheras", "kajang",
    "klang", "kelang", "george town", "georgetown", "g town", "penang", "pulau pinang", "p pinang", "pg",
    "bayan lepas", "bayan baru", "b lepas", "butterworth", "b worth", "bwth", "bukit mertajam", "bm",
    "bkt mertajam", "bt mertajam", "b mertajam", "selangor darul ehsan", "selangor d e", "selangor",
    "sel", "sgor", "malaysia", "mys",
]
ADDR_PHRASES = sorted({tuple(p.split()) for p in ADDR_PHRASES_RAW}, key=lambda t: (-len(t), t))
ADDR_ABBR = {"jln": "jalan", "jl": "jalan", "tmn": "taman", "lrg": "lorong", "lor": "lorong",
             "kg": "kampung", "kpg": "kampung", "bdr": "bandar", "sek": "seksyen", "section": "seksyen",
             "blk": "blok", "block": "blok", "tkt": "tingkat", "lvl": "tingkat", "level": "tingkat",
             "flr": "tingkat", "floor": "tingkat", "psn": "persiaran", "lbh": "lebuh", "ltg": "lintang"}
ADDR_DROP = {"no", "unit", "lot"}


def addr_text_key(s):
    if not s:
        return ""
    toks = re.findall(r"[a-z]+|[0-9]+", fold(s).lower())
    out = []
    i = 0
    while i < len(toks):
        hit = None
        for ph in ADDR_PHRASES:
            if tuple(toks[i:i + len(ph)]) == ph:
                hit = ph
                break
        if hit:
            i += len(hit)
            continue
        t = toks[i]
        i += 1
        if t.isdigit():
            if len(t) == 5:
                continue
            t = str(int(t))
        else:
            t = ADDR_ABBR.get(t, t)
            if t in ADDR_DROP:
                continue
        out.append(t)
    return " ".join(out)


def addr_keys(a):
    if not a or not a.get("line1"):
        return []
    k1 = addr_text_key(a["line1"])
    k2 = addr_text_key(a["line1"] + " , " + (a.get("line2") or ""))
    return sorted({k for k in (k1, k2) if k})


def place_keys(a):
    if not a:
        return []
    out = set()
    for line in (a.get("line1"), a.get("line2")):
        if not line:
            continue
        for seg in line.split(","):
            if re.search(r"[0-9]", seg):
                continue
            k = addr_text_key(seg)
            if len(k) >= 4:
                out.add(k)
    return sorted(out)


def phone_keys(s):
    if not s:
        return []
    out = set()
    for part in re.split(r"/|,|;|\bor\b|&|\bext\b", s.lower()):
        d = re.sub(r"[^0-9]", "", part)
        if not d:
            continue
        if d.startswith("60"):
            d = d[1:]
        elif not d.startswith("0"):
            d = "0" + d
        if len(d) >= 9:
            out.add(d)
    return sorted(out)


def email_keys(s):
    if not s:
        return []
    out = set()
    for part in re.split(r"[;,/\s]+", s.strip().lower()):
        part = part.strip("<>").replace("mailto:", "")
        if "@" in part:
            out.add(part)
    return sorted(out)


NAME_STOP = {"encik", "en", "puan", "pn", "cik", "tuan", "mr", "mrs", "ms", "mdm", "madam", "miss", "aunty",
             "auntie", "uncle", "boss", "dr", "dato", "datuk", "datin", "sri", "seri", "haji", "hj", "hajah",
             "hjh", "ir", "prof", "kak", "abang", "bin", "binti", "bte", "bt", "bn", "sdn", "bhd", "berhad",
             "sendirian", "sb", "enterprise", "enterprises", "ent", "entp", "trading", "trdg", "tdg", "plt",
             "co"}
NAME_MAP = {"mohd": "muhammad", "muhd": "muhammad", "mohamad": "muhammad", "mohammad": "muhammad",
            "mohamed": "muhammad", "muhamad": "muhammad", "mohammed": "muhammad", "md": "muhammad",
            "abd": "abdul", "ab": "abdul"}


def name_tokens(s):
    s = fold(s or "").lower()
    s = re.sub(r"[\(\[][^\)\]]*[\)\]]", " ", s)
    s = re.sub(r"\b[asd]\s*/\s*[lpo]\b", " ", s)
    s = s.replace("'", "").replace("\u2019", "")
    toks = re.findall(r"\w+", s)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in ("tan", "puan") and i + 1 < len(toks) and toks[i + 1] in ("sri", "seri"):
            i += 2
            continue
        i += 1
        if t in NAME_STOP or len(t) == 1 or t.isdigit() or t == "_":
            continue
        out.append(NAME_MAP.get(t, t))
    return out


def name_sim(a, b):
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return 0.0
    sa, sb = set(ta), set(tb)
    jac = len(sa & sb) / len(sa | sb)
    rat = difflib.SequenceMatcher(None, " ".join(sorted(ta)), " ".join(sorted(tb))).ratio()
    return round(0.5 * jac + 0.5 * rat, 6)


CO_STOP = {"sdn", "bhd", "berhad", "sendirian", "sb", "enterprise", "enterprises", "ent", "entp", "trading",
           "trdg", "tdg", "plt", "co", "and", "dan", "the"}


def company_stem(s):
    if not s:
        return ""
    t = fold(s).lower()
    t = re.sub(r"[\(\[][^\)\]]*[\)\]]", " ", t)
    t = t.replace("s/b", " ").replace("&", " ")
    toks = [x for x in re.findall(r"[a-z0-9]+", t) if len(x) > 1 and x not in CO_STOP]
    return " ".join(toks)


FREE_MAIL = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "yahoo.com.my", "ymail.com",
             "live.com", "icloud.com", "rocketmail.com"}


def addr_shared(a, b):
    ka, kb = addr_keys(a), addr_keys(b)
    return any(k in kb for k in ka)


def evidence(r, c):
    ev = []
    if any(k in email_keys(c["email"]) for k in email_keys(r["email"])):
        ev.append("email")
    if any(k in phone_keys(c["phone"]) for k in phone_keys(r["phone"])):
        ev.append("phone")
    if addr_shared(r["address"], c["address"]):
        ev.append("address")
    return ev


def shared_claims(r, c):
    out = evidence(r, c)
    ra, ca = r["address"], c["address"]
    if ra and ca:
        if any(k in place_keys(ca) for k in place_keys(ra)):
            out.append("place")
        if ra.get("postalCode") and ra.get("postalCode") == ca.get("postalCode"):
            out.append("postcode")
        if ra.get("city") and ca.get("city") and norm_city(ra["city"]) == norm_city(ca["city"]):
            out.append("city")
    ta, tc = name_tokens(r["displayName"]), name_tokens(c["displayName"])
    if ta and sorted(ta) == sorted(tc):
        out.append("name")
    for f, lab in (("givenName", "given_name"), ("familyName", "family_name")):
        if r[f] and c[f] and fold(r[f]).casefold().strip() == fold(c[f]).casefold().strip():
            out.append(lab)
    sa, sc = company_stem(r["companyName"]), company_stem(c["companyName"])
    if sa and sa == sc:
        out.append("company_stem")
    da = {e.split("@")[1] for e in email_keys(r["email"])}
    dc = {e.split("@")[1] for e in email_keys(c["email"])}
    if any(d in dc and d not in FREE_MAIL for d in sorted(da)):
        out.append("email_domain")
    return out


STRONG_CLAIMS = ("email", "phone", "address", "place", "name", "given_name", "family_name",
                 "company_stem", "email_domain")


# ============================================================== name data
MALAY_M_CORE = ["Faiz", "Hafiz", "Amirul", "Syafiq", "Hakim", "Zulkifli", "Khairul", "Firdaus", "Azman",
                "Rizal", "Fadzil", "Haziq", "Aiman", "Danial", "Irfan", "Afiq", "Nazri", "Shahrul", "Azlan",
                "Rosli", "Kamal", "Ridzuan", "Faizal", "Syahmi", "Izzat", "Luqman", "Hariz", "Adli", "Zaki",
                "Iskandar", "Hisham", "Imran", "Fauzi", "Nizam", "Zamri", "Jamal", "Yazid", "Amin", "Asyraf",
                "Azri", "Farhan", "Arif", "Ikhwan", "Taufik", "Hazwan", "Shahril", "Nabil", "Safwan", "Akmal",
                "Hanif", "Redza", "Azim", "Khairi", "Fikri", "Idham", "Syazwan", "Anuar", "Helmi", "Naim",
                "Zahid", "Rafiq", "Aidil", "Ehsan"]
MALAY_F_CORE = ["Aisyah", "Amira", "Izzah", "Hidayah", "Syafiqah", "Farhana", "Nadia", "Aina", "Balqis",
                "Najwa", "Hanis", "Atiqah", "Liyana", "Syazwani", "Aqilah", "Fatimah", "Zuraidah", "Rohani",
                "Salmah", "Norliza", "Suhaila", "Azlina", "Rosnah", "Hasnah", "Zarina", "Mazlina", "Haslinda",
                "Farah", "Sofea", "Alya", "Insyirah", "Athirah", "Diyana", "Nabilah", "Shahira", "Wahida",
                "Adibah", "Zulaikha", "Nadhirah", "Syuhada", "Amalina", "Maisarah", "Khadijah", "Safiah",
                "Raihana", "Hafizah", "Fazlina", "Ruzita"]
MALAY_FATHER = ["Abdul Rahman", "Ismail", "Hassan", "Osman", "Yusof", "Ahmad", "Ibrahim", "Abdullah",
                "Mohd Nor", "Hamzah", "Abu Bakar", "Kassim", "Ali", "Omar", "Zainal Abidin", "Abdul Razak",
                "Abdul Aziz", "Sulaiman", "Jaafar", "Harun", "Mahmud", "Rahim", "Ramli", "Abdul Samad", "Daud",
                "Idris", "Musa", "Hussin", "Mokhtar", "Yaakob", "Salleh", "Zakaria", "Latif", "Hashim",
                "Abdul Hamid", "Mohamed", "Shamsudin", "Roslan", "Kamaruddin", "Mohd Yusof", "Mat Isa",
                "Rashid", "Abdul Ghani", "Othman", "Nordin", "Jamaluddin", "Baharuddin", "Mustafa",
                "Abdul Halim", "Che Mat", "Wahab", "Saad", "Khalid", "Mansor", "Abdul Rahim", "Abdul Razif",
                "Ishak", "Ismadi"]
MUH_TRUTH = [("Muhammad", 50), ("Mohd", 30), ("Mohamad", 8), ("Muhd", 7), ("Mohammad", 5)]
MUH_ALL = ["Muhammad", "Mohd", "Muhd", "Mohamad", "Mohammad", "Md", "Mohd."]
VARIANTS = {
    "Yusof": ["Yusoff", "Yusuf"], "Aisyah": ["Aishah", "Aisya"], "Syafiq": ["Shafiq"],
    "Syafiqah": ["Shafiqah"], "Hafiz": ["Hafidz", "Hafeez"], "Zulkifli": ["Zulkifly"], "Osman": ["Othman"],
    "Othman": ["Osman"], "Hassan": ["Hasan"], "Hussin": ["Hussein", "Husin"], "Abdullah": ["Abdulla"],
    "Abu Bakar": ["Abubakar"], "Yaakob": ["Yaacob", "Yaakub"], "Idris": ["Idrus"], "Ibrahim": ["Ibrahem"],
    "Norliza": ["Noorliza"], "Nur": ["Noor", "Nor"], "Rashid": ["Rasyid"], "Mahmud": ["Mahmood"],
    "Shamsudin": ["Shamsuddin"], "Kamaruddin": ["Kamarudin"], "Jamaluddin": ["Jamaludin"],
    "Baharuddin": ["Baharudin"], "Mustafa": ["Mustapha"], "Mansor": ["Mansur"], "Asyraf": ["Ashraf"],
    "Syahmi": ["Shahmi"], "Syazwani": ["Shazwani"], "Taufik": ["Taufiq"], "Fikri": ["Fikry"],
    "Faizal": ["Faisal"], "Fadzil": ["Fadzli", "Fazil"], "Rosli": ["Rosly"], "Zuraidah": ["Zuraida"],
    "Luqman": ["Lukman"], "Subramaniam": ["Supramaniam", "Subramanian"], "Muniandy": ["Muniandi"],
    "Ramasamy": ["Ramasami"], "Govindasamy": ["Govindasami"], "Kandasamy": ["Kandasami"],
    "Krishnan": ["Kirishnan"], "Rajoo": ["Raju"], "Letchumanan": ["Lechumanan"],
    "Saraswathy": ["Saraswathi"], "Kavitha": ["Kavita"], "Shanti": ["Shanthi"], "Revathi": ["Revathy"],
    "Jayanthi": ["Jayanti"], "Sumathi": ["Sumathy"], "Mohamed": ["Mohammed"], "Nordin": ["Nordeen"],
}
NICK = {"Hafiz": "Apis", "Aisyah": "Echa", "Syafiq": "Epik", "Farhana": "Ana", "Zulkifli": "Zul",
        "Khairul": "Khai", "Firdaus": "Daus", "Amirul": "Amir", "Nadia": "Nad", "Azman": "Man",
        "Shahrul": "Arul", "Norliza": "Liza", "Zuraidah": "Idah", "Rohani": "Ani", "Salmah": "Mah",
        "Fatimah": "Timah", "Kamal": "Mal", "Faizal": "Jal", "Iskandar": "Is", "Hisham": "Sham",
        "Izzah": "Iza", "Hidayah": "Dayah", "Atiqah": "Tiqa", "Liyana": "Yana", "Syazwani": "Wani",
        "Aqilah": "Qila", "Balqis": "Qis", "Najwa": "Wawa", "Haziq": "Ajik", "Danial": "Dani",
        "Rajendran": "Raj", "Sivakumar": "Siva", "Balakrishnan": "Bala", "Letchumanan": "Letchu",
        "Nagarajan": "Naga", "Yogeswaran": "Yoges", "Kalaiselvan": "Kalai", "Mahendran": "Mahen",
        "Ganesan": "Ganesh", "Kavitha": "Kavi", "Saraswathy": "Saras", "Logeswari": "Loges",
        "Jayanthi": "Jaya", "Kalaivani": "Vani", "Revathi": "Reva", "David": "Dave", "Christopher": "Chris",
        "Michael": "Mike", "Jennifer": "Jen", "Elizabeth": "Liz", "Thomas": "Tom"}

CN_SURNAMES = [  # romanisation, hanzi, pinyin, weight Klang Valley, weight Penang
    ("Tan", "陈", "Chen", 10, 10), ("Chan", "陈", "Chen", 4, 1), ("Chin", "陈", "Chen", 2, 0.5),
    ("Lim", "林", "Lin", 8, 9), ("Lam", "林", "Lin", 1.5, 0.3), ("Lee", "李", "Li", 7, 5),
    ("Wong", "黄", "Huang", 7, 1.5), ("Ng", "黄", "Huang", 3, 2), ("Ooi", "黄", "Huang", 0.5, 5),
    ("Wee", "黄", "Huang", 0.5, 1.5), ("Goh", "吴", "Wu", 3, 4), ("Ong", "王", "Wang", 3, 4),
    ("Chong", "张", "Zhang", 4, 0.5), ("Cheong", "张", "Zhang", 2, 0.3), ("Teoh", "张", "Zhang", 0.5, 4),
    ("Teo", "张", "Zhang", 1.5, 1), ("Teh", "郑", "Zheng", 1.5, 3), ("Cheng", "郑", "Zheng", 1.5, 1),
    ("Leong", "梁", "Liang", 3, 0.5), ("Neoh", "梁", "Liang", 0.2, 1.5), ("Yap", "叶", "Ye", 3, 1),
    ("Khoo", "邱", "Qiu", 1, 4), ("Cheah", "谢", "Xie", 0.5, 3), ("Chia", "谢", "Xie", 1, 0.5),
    ("Lau", "刘", "Liu", 3, 1), ("Low", "刘", "Liu", 2, 1), ("Koh", "许", "Xu", 2, 1.5),
    ("Khor", "许", "Xu", 0.3, 3), ("Yeoh", "杨", "Yang", 1, 4), ("Yeong", "杨", "Yang", 1, 0.3),
    ("Chew", "周", "Zhou", 1.5, 1), ("Chow", "周", "Zhou", 1.5, 0.3), ("Loh", "罗", "Luo", 2, 1),
    ("Foo", "胡", "Hu", 1.5, 0.5), ("Ho", "何", "He", 2, 1), ("Lai", "赖", "Lai", 1.5, 1),
    ("Soo", "苏", "Su", 1, 1), ("Kok", "郭", "Guo", 1, 0.5), ("Quah", "柯", "Ke", 0.2, 2),
]
CN_GIVEN_M = [("Wei Ming", "伟明"), ("Kok Leong", "国良"), ("Chee Keong", "志强"), ("Boon Huat", "文发"),
              ("Kah Seng", "家成"), ("Wai Keong", "伟强"), ("Chun Hoe", "俊豪"), ("Yong Sheng", "永胜"),
              ("Jia Hao", "家豪"), ("Zhi Wei", "志伟"), ("Ah Kow", "亚九"), ("Kim Huat", "金发"),
              ("Teck Seng", "德成"), ("Soon Hock", "顺福"), ("Beng Chye", "明才"), ("Eng Hock", "荣福"),
              ("Kian Meng", "建明"), ("Hong Wei", "宏伟"), ("Chee Wai", "志伟"), ("Weng Kit", "永杰"),
              ("Yew Choon", "耀春"), ("Kok Wai", "国伟"), ("Choon Keat", "俊杰"), ("Wai Loon", "伟伦"),
              ("Kar Wai", "家伟"), ("Ming Hui", "明辉"), ("Seng Huat", "成发"), ("Chin Aik", "振益"),
              ("Hock Lai", "福来"), ("Jun Jie", "俊杰"), ("Zi Xuan", "子轩"), ("Kai Xiang", "凯翔"),
              ("Swee Kiat", "瑞杰"), ("Tiong Hin", "忠兴"), ("Kheng Hock", "庆福"), ("Boon Keat", "文杰")]
CN_GIVEN_F = [("Siew Ling", "秀玲"), ("Mei Ling", "美玲"), ("Li Ying", "丽英"), ("Jia Hui", "佳慧"),
              ("Pei Shan", "佩珊"), ("Hui Min", "慧敏"), ("Siew Mei", "秀美"), ("Ai Lin", "爱琳"),
              ("Bee Lian", "美莲"), ("Geok Hoon", "玉云"), ("Poh Choo", "宝珠"), ("Suet Mei", "雪美"),
              ("Wai Yee", "惠仪"), ("Yoke Lan", "玉兰"), ("Xin Yi", "欣怡"), ("Kah Yan", "嘉欣"),
              ("Lay Peng", "丽萍"), ("Sook Fun", "淑芬"), ("Mun Yee", "敏仪"), ("Ah Moi", "亚妹"),
              ("Siew Yen", "秀燕"), ("Hui Ling", "慧玲"), ("Pei Ying", "佩莹"), ("Yee Ling", "怡玲"),
              ("Chooi Peng", "翠萍"), ("Kit Yee", "洁仪"), ("Wen Qi", "文琪"), ("Yi Xuan", "怡萱"),
              ("Swee Lan", "瑞兰"), ("Gaik Im", "玉音"), ("Bee Choo", "美珠"), ("Siok Hwa", "淑华")]
EN_M = ["Jason", "Kelvin", "Alvin", "Vincent", "Steven", "Eric", "Kenny", "Desmond", "Raymond", "Jimmy",
        "Andy", "Wilson", "Benjamin", "Marcus", "Daniel", "Edwin", "Jonathan", "Nicholas", "Terence",
        "Calvin", "Gary", "Dennis", "Francis", "Jeffrey", "Leonard", "Patrick"]
EN_F = ["Michelle", "Jessica", "Winnie", "Jenny", "Adeline", "Grace", "Cheryl", "Serene", "Evelyn",
        "Joanne", "Karen", "Vivian", "Irene", "Shirley", "Rachel", "Stephanie", "Cindy", "Carol",
        "Jacqueline", "Sharon", "Angeline", "Phoebe", "Yvonne", "Elaine"]
IN_M = ["Suresh", "Rajendran", "Kumar", "Sivakumar", "Muthu", "Ganesan", "Ravi", "Selvam", "Arumugam",
        "Prakash", "Saravanan", "Vijay", "Kannan", "Murugan", "Thiru", "Dinesh", "Mahendran", "Anand",
        "Karthik", "Rajesh", "Balakrishnan", "Gopal", "Letchumanan", "Nagarajan", "Pravin", "Ramesh",
        "Sathish", "Yogeswaran", "Kalaiselvan", "Jeevan", "Thinesh", "Ashwin", "Vikneswaran", "Kugan"]
IN_F = ["Kavitha", "Devi", "Priya", "Malar", "Shanti", "Lakshmi", "Vasanthi", "Revathi", "Sangeetha",
        "Geetha", "Meena", "Saraswathy", "Thilaga", "Jayanthi", "Kalaivani", "Nirmala", "Uma", "Pavithra",
        "Shalini", "Logeswari", "Kogila", "Sumathi", "Thivya", "Janani", "Vanitha", "Premala"]
IN_FATHER = ["Muniandy", "Ramasamy", "Krishnan", "Subramaniam", "Arumugam", "Rajoo", "Maniam", "Perumal",
             "Govindasamy", "Sinnathamby", "Kandasamy", "Nadarajah", "Veerappan", "Chinnasamy",
             "Palanisamy", "Raju", "Murugesu", "Selvaraj", "Thangaraju", "Sivalingam", "Kuppusamy",
             "Annamalai", "Letchumanan", "Shanmugam", "Rengasamy", "Velu", "Karuppiah", "Marimuthu",
             "Gunasegaran", "Doraisamy", "Batumalai", "Ayyavoo"]
SIKH_M = ["Harjit Singh", "Gurdev Singh", "Manjit Singh", "Jasbir Singh", "Karamjit Singh", "Sukhdev Singh"]
SIKH_F = ["Manjit Kaur", "Harpreet Kaur", "Jaspal Kaur", "Gurmeet Kaur", "Balvinder Kaur"]
SIKH_FATHER = ["Gurbachan Singh", "Kartar Singh", "Ajit Singh", "Bachan Singh", "Mohinder Singh"]
OTHER_NAMES = [("David", "Thompson", "M"), ("Anne", "de Souza", "F"), ("Peter", "Fernandez", "M"),
               ("Yuki", "Tanaka", "F"), ("Jeffrey", "Gimbang", "M"), ("Mary", "anak Jimbun", "F"),
               ("Renée", "Martin", "F"), ("José", "Fernandes", "M"), ("Hiroshi", "Sato", "M"),
               ("Sarah", "O'Brien", "F"), ("Christopher", "Pereira", "M"), ("Michelle", "de Silva", "F"),
               ("Thomas", "Müller", "M"), ("Elizabeth", "Gomez", "F"), ("Michael", "Scully", "M"),
               ("Jennifer", "Lingam", "F"), ("Andrew", "Sinnappan", "M"), ("Léa", "Dubois", "F"),
               ("Stanley", "Majinbon", "M"), ("Grace", "anak Nyipa", "F")]

OTHER_GROUPS = [  # (male given, female given, family) - Eurasian, expatriate, Sabah/Sarawak, Japanese, Korean
    (["Christopher", "Anthony", "Gerard", "Francis", "Joseph"], ["Michelle", "Theresa", "Bernadette", "Celine"],
     ["de Souza", "Pereira", "Fernandez", "de Silva", "Gomes", "Rozario", "D'Cruz", "Theseira"]),
    (["David", "Michael", "Thomas", "James", "Andrew", "Oliver"], ["Sarah", "Emma", "Elizabeth", "Claire", "Renée"],
     ["Thompson", "O'Brien", "Müller", "Dubois", "Walker", "Jansen", "Bergström", "Wright"]),
    (["Jeffrey", "Stanley", "Jimmy", "Robert", "Ambrose"], ["Mary", "Grace", "Juliana", "Agnes"],
     ["anak Jimbun", "anak Nyipa", "Gimbang", "Majinbon", "Sikul", "anak Ugap", "Gindol"]),
    (["Hiroshi", "Takeshi", "Kenji"], ["Yuki", "Aiko", "Naomi"], ["Tanaka", "Sato", "Watanabe", "Nakamura"]),
    (["Min-jun", "Ji-hoon"], ["Seo-yeon", "Ji-woo"], ["Kim", "Park", "Lee Jae"]),
]
# ============================================================== org data
STEM_MY = ["Pelangi", "Mutiara", "Sinar", "Cahaya", "Gemilang", "Setia", "Perdana", "Bintang", "Harmoni",
           "Megah", "Wawasan", "Kencana", "Delima", "Intan", "Nusantara", "Bayu", "Teras", "Puncak",
           "Andalas", "Kemuning", "Seri Murni", "Jaya Bestari", "Sri Sentosa", "Mega Jati", "Alam Ria",
           "Tiara", "Indah Permai", "Bumi Hijau", "Nur Iman", "Damai"]
STEM_CN = ["Hock Seng", "Soon Huat", "Kim Hin", "Chuan Lee", "Seng Heng", "Tai Kong", "Yew Lee",
           "Guan Chong", "Thye Huat", "Heng Lee", "Ban Hin", "Lian Hoe", "Hup Seng", "Kwong Fatt",
           "Sin Chew Lee", "Wah Seng", "Chop Ah Huat"]
STEM_EN = ["Greenfield", "Bluewave", "Evergreen", "Summit", "Apex", "Prime", "Synergy", "Excel", "Vertex",
           "Horizon", "Pinnacle", "Crest", "Nexus", "Allied", "Pacific", "Orient", "Silverline", "Keystone",
           "Redhill", "Northbridge"]
BIZ_WORDS = ["Engineering", "Technology", "Logistics", "Builders", "Consultancy", "Services", "Marketing",
             "Properties", "Printing", "Hardware", "Furniture", "Food Industries", "Electrical", "Automotive",
             "Resources", "Ventures", "Industries", "Plastics", "Packaging", "Travel & Tours",
             "Medical Supplies", "Design & Build", "Solutions", "Trading"]
SHOP_WORDS = ["Hardware", "Printing & Stationery", "Motor", "Electrical", "Florist", "Optical",
              "Bakery", "Tailor", "Photo Studio", "Aquarium", "Spare Parts", "Frozen Food"]
CONDO_MY = ["Vista Jaya", "Seri Cempaka", "Mutiara Indah", "Bayu Permai", "Angsana", "Kenanga Puri",
            "Cempaka Sari", "Harmoni Jaya", "Bukit Indah", "Desa Murni", "Damai Puri", "Seri Mas",
            "Intan Baiduri", "Sri Impian", "Sejati", "Bayu Puteri", "Teratai", "Orkid Jaya", "Melati",
            "Saujana Murni", "Alam Damai", "Puncak Permai", "Seroja", "Dahlia", "Delima Jaya",
            "Kemuning Indah", "Anggun", "Sutera Indah", "Mahkota Villa", "Pelangi Indah", "Cendana",
            "Bidara", "Suria Jelatek", "Tanjung Permai", "Mawar Sari", "Kasturi"]
CONDO_EN = ["Maple", "Cedar", "Willow", "Palm Grove", "Amber", "Jade", "Crimson", "Opal", "Summer",
            "Riverside", "Lakeview", "Greenpark", "Parkview", "Hillcrest", "Bayview", "Seaview", "Sunrise",
            "Ivory", "Coral Bay", "Marina"]
BUILDING_STEMS = ["Mutiara", "Perdana", "Cahaya", "Sinar", "Tiara", "Kencana", "Wawasan", "Pelangi",
                  "Bintang", "Permata", "Apex", "Horizon", "Summit", "Pacific", "Seri Dagang", "Megah"]
FORM_CANON = {"sdn_bhd": ["Sdn. Bhd.", "Sdn Bhd"], "sdn_bhd_m": ["(M) Sdn. Bhd.", "(M) Sdn Bhd"],
              "enterprise": ["Enterprise"], "trading": ["Trading"], "plt": ["PLT"]}
FORM_VARIANTS = {
    "sdn_bhd": ["Sdn. Bhd.", "Sdn Bhd", "SDN BHD", "Sdn.Bhd.", "S/B", "SB", "Sendirian Berhad", "Sdn Bhd."],
    "sdn_bhd_m": ["(M) Sdn. Bhd.", "(M) Sdn Bhd", "(Malaysia) Sdn. Bhd.", "(M) SB", "(M) S/B", "Sdn Bhd"],
    "enterprise": ["Enterprise", "Ent.", "Ent", "Enterprises", "Entp."],
    "trading": ["Trading", "Trdg", "Trading Co.", "Tdg."],
    "plt": ["PLT", "Plt", "P.L.T."],
}
FREE_DOMAINS = [("gmail.com", 60), ("yahoo.com", 12), ("hotmail.com", 10), ("outlook.com", 4),
                ("yahoo.com.my", 4), ("ymail.com", 2), ("live.com", 2), ("icloud.com", 4),
                ("rocketmail.com", 1)]
DOMAIN_TYPOS = {"gmail.com": ["gmial.com", "gmail.con", "gmai.com", "gamil.com", "gmail.co", "gnail.com"],
                "yahoo.com": ["yahoo.co", "yaho.com", "yahoo.con", "yahooo.com"],
                "hotmail.com": ["hotmial.com", "hotmail.co", "hotmal.com"],
                "outlook.com": ["outlok.com", "outlook.co"], "yahoo.com.my": ["yahoo.com.m", "yahoo.co.my"],
                "icloud.com": ["icoud.com", "icloud.co"]}

# ============================================================== registries
ENT_IDS = set()
USED_PHONES = set()
USED_EMAILS = set()
USED_ADDR = set()
USED_NAMES = set()
USED_ORGNAMES = set()
USED_DOMAINS = set()
USED_BRN = set()


def new_id():
    while True:
        x = "c%07x" % R.getrandbits(28)
        if x not in ENT_IDS:
            ENT_IDS.add(x)
            return x


def new_mobile():
    while True:
        pre = wpick([("012", 14), ("013", 8), ("016", 12), ("017", 10), ("019", 10), ("014", 6),
                     ("018", 5), ("010", 5), ("011", 14)])
        n = 8 if pre == "011" else 7
        num = pre + str(R.randint(1, 9)) + rdigits(n - 1)
        if num not in USED_PHONES:
            USED_PHONES.add(num)
            return num


def new_landline(city):
    while True:
        pf = ch(LANDLINE_PFX[city])
        if city in PENANG:
            num = "04" + pf + rdigits(5)
        else:
            num = "03" + pf + rdigits(6)
        if num not in USED_PHONES:
            USED_PHONES.add(num)
            return num


def split_phone(num):
    if num.startswith("011"):
        return num[:3], num[3:]
    if num.startswith("01"):
        return num[:3], num[3:]
    return num[:2], num[2:]


def fmt_phone(num, style):
    a, r = split_phone(num)
    r1 = (r[:4] + " " + r[4:]) if len(r) == 8 else (r[:3] + " " + r[3:])
    if style == "dash":
        return f"{a}-{r1}"
    if style == "dashc":
        return f"{a}-{r}"
    if style == "plain":
        return num
    if style == "wa":
        return f"+60 {a[1:]}-{r1}"
    if style == "e164":
        return "+60" + num[1:]
    if style == "intl":
        return f"+60{a[1:]}-{r1}"
    if style == "sixty":
        return f"60{a[1:]}-{r}"
    if style == "paren":
        return f"({a}) {r1}" if not num.startswith("01") else f"{a}-{r1}"
    if style == "nozero":
        return f"{a[1:]}-{r}"
    if style == "spaced":
        return f"{a} {r1}"
    raise ValueError(style)


def fill_street(tpl):
    a = str(R.randint(1, 30)) + ch(["", "", "", "", "", "", "", "A", "B"])
    return tpl.replace("{a}", a).replace("{b}", str(R.randint(1, 9)))


def pick_city():
    return wpick([(c, CITY_W[c]) for c in CITY_ORDER])


# ---------------------------------------------------------------- condos & buildings
CONDOS = {}
BUILDINGS = {}


def build_places():
    used = set()
    counts = {"Kuala Lumpur": 12, "Petaling Jaya": 10, "Shah Alam": 5, "Subang Jaya": 6, "Puchong": 6,
              "Cheras": 6, "Kajang": 4, "Klang": 4, "George Town": 8, "Bayan Lepas": 6, "Butterworth": 3,
              "Bukit Mertajam": 3}
    for city in CITY_ORDER:
        areas = [a for a in AREAS if a[0] == city and not a[6]]
        lst = []
        for _ in range(counts[city]):
            while True:
                if chance(0.7):
                    stem = ch(CONDO_MY)
                    name = wpick([(f"Residensi {stem}", 3), (f"Pangsapuri {stem}", 3),
                                  (f"Kondominium {stem}", 2), (f"{stem} Condominium", 1),
                                  (f"Menara {stem}", 1), (f"{stem} Apartment", 1)])
                else:
                    stem = ch(CONDO_EN)
                    name = wpick([(f"The {stem} Residences", 2), (f"{stem} Heights", 1),
                                  (f"{stem} Court", 1), (f"{stem} Condominium", 1)])
                if name not in used:
                    break
            used.add(name)
            ar = ch(areas)
            lst.append({"name": name, "city": city, "area": ar[1], "postcode": ar[2], "region": ar[3],
                        "street": fill_street(ch(ar[5])), "jmb": None, "jmb_existing": False})
        CONDOS[city] = lst
        blst = []
        for _ in range(3):
            while True:
                stem = ch(BUILDING_STEMS)
                name = wpick([(f"Wisma {stem}", 3), (f"Menara {stem}", 2), (f"Plaza {stem}", 1),
                              (f"{stem} Business Centre", 1), (f"Kompleks {stem}", 1)])
                if name not in used:
                    break
            used.add(name)
            ar = ch(areas)
            blst.append({"name": name, "city": city, "area": ar[1], "postcode": ar[2], "region": ar[3],
                         "street": fill_street(ch(ar[5]))})
        BUILDINGS[city] = blst


def unit_no():
    blk = ch(["A", "B", "C", "D", "", "", "E"])
    fl = R.randint(1, 35)
    lab = {4: "3A", 13: "12A", 14: "13A"}.get(fl, str(fl)) if chance(0.6) else str(fl)
    u = R.randint(1, 16)
    return f"{blk}-{lab}-{u:02d}" if blk else f"{lab}-{u:02d}"


def canon_lines(a):
    t = a["type"]
    if t in ("condo", "mgmt", "office"):
        return f"{a['house']}, {a['place']}", a["street"]
    if t == "pobox":
        return a["house"], None
    if t == "cityonly":
        return None, None
    return f"{a['house']}, {a['street']}", (a["area"] if a["show_area"] else None)


def addr_regkey(a):
    l1, l2 = canon_lines(a)
    return addr_text_key((l1 or "") + " " + (l2 or ""))


def make_addr(city, kind, condo=None):
    for _ in range(200):
        if kind == "condo":
            c = condo or ch(CONDOS[city])
            a = {"type": "condo", "num": unit_no(), "place": c["name"], "street": c["street"],
                 "area": c["area"], "show_area": 0, "city": city, "postcode": c["postcode"],
                 "region": c["region"]}
            a["house"] = a["num"]
        elif kind == "mgmt":
            c = condo
            a = {"type": "mgmt", "num": None, "house": "Pejabat Pengurusan", "place": c["name"],
                 "street": c["street"], "area": c["area"], "show_area": 0, "city": city,
                 "postcode": c["postcode"], "region": c["region"]}
        elif kind == "office":
            b = ch(BUILDINGS[city])
            fl = R.randint(1, 18)
            num = f"{fl}.{R.randint(1, 12):02d}"
            house = wpick([(f"Suite {num}, Level {fl}", 2), (f"Lot {num}, Level {fl}", 2),
                           (f"Unit {fl}-{R.randint(1, 12):02d}, Level {fl}", 1)])
            a = {"type": "office", "num": num, "house": house, "place": b["name"], "street": b["street"],
                 "area": b["area"], "show_area": 0, "city": city, "postcode": b["postcode"],
                 "region": b["region"]}
        else:
            lot = kind == "lot"
            areas = [x for x in AREAS if x[0] == city and bool(x[6]) == lot]
            if not areas:
                areas = [x for x in AREAS if x[0] == city and not x[6]]
                lot = False
            ar = ch(areas)
            if lot:
                num = str(R.randint(100, 9999))
                house = f"Lot {num}"
            elif kind == "shop":
                num = str(R.randint(1, 120)) + (ch(["-1", "-G", ""]) if chance(0.3) else "")
                house = f"No. {num}"
            else:
                num = str(R.randint(1, 150)) + (ch(["A", "B"]) if chance(0.05) else "")
                house = f"No. {num}"
            a = {"type": "lot" if lot else ("shop" if kind == "shop" else "landed"), "num": num,
                 "house": house, "place": None, "street": fill_street(ch(ar[5])), "area": ar[1],
                 "show_area": ar[4], "city": city, "postcode": ar[2], "region": ar[3]}
        k = addr_regkey(a)
        if k not in USED_ADDR:
            USED_ADDR.add(k)
            return a
    raise RuntimeError("address space exhausted")


def home_kind(city):
    if city in ("Kuala Lumpur", "Petaling Jaya", "Subang Jaya", "George Town", "Bayan Lepas"):
        return wpick([("condo", 50), ("landed", 50)])
    if city in ("Shah Alam", "Klang", "Kajang"):
        return wpick([("condo", 25), ("landed", 65), ("lot", 10)])
    return wpick([("condo", 35), ("landed", 65)])


# ---------------------------------------------------------------- people
def pick_eth(city):
    if city in PENANG:
        return wpick([("chinese", 55), ("malay", 28), ("indian", 12), ("sikh", 1), ("other", 4)])
    if city == "Klang":
        return wpick([("malay", 44), ("chinese", 35), ("indian", 18), ("other", 3)])
    return wpick([("malay", 52), ("chinese", 33), ("indian", 10), ("sikh", 1.5), ("other", 3.5)])


def pick_title(eth, sex):
    if eth == "malay":
        tbl = ([("Haji", 0.05), ("Dato'", 0.02), ("Datuk", 0.01), ("Dato' Sri", 0.004), ("Tan Sri", 0.002),
                ("Dr", 0.02), ("Ir.", 0.005)] if sex == "M" else
               [("Hajah", 0.04), ("Datin", 0.015), ("Dr", 0.025), ("Puan Sri", 0.003)])
    elif eth == "chinese":
        tbl = ([("Dato'", 0.015), ("Datuk", 0.005), ("Dr", 0.02), ("Ir.", 0.006)] if sex == "M" else
               [("Datin", 0.01), ("Dr", 0.02)])
    elif eth in ("indian", "sikh"):
        tbl = [("Dato'", 0.01), ("Dr", 0.03)] if sex == "M" else [("Dr", 0.03)]
    else:
        tbl = [("Dr", 0.02)]
    x = R.random()
    for t, pr in tbl:
        if x < pr:
            return t
        x -= pr
    return None


def malay_given(sex):
    if sex == "M":
        core = ch(MALAY_M_CORE)
        pat = wpick([("muh", 30), ("mohd", 12), ("ahmad", 8), ("two", 20), ("one", 18), ("muh2", 7),
                     ("nik", 2), ("wan", 3)])
        muh = wpick(MUH_TRUTH)
        if pat == "muh":
            return f"{muh} {core}", core
        if pat == "mohd":
            return f"Mohd {core}", core
        if pat == "ahmad":
            return f"Ahmad {core}", core
        if pat == "two":
            c2 = ch([c for c in MALAY_M_CORE if c != core])
            return f"{core} {c2}", core
        if pat == "muh2":
            c2 = ch([c for c in MALAY_M_CORE if c != core])
            return f"{muh} {core} {c2}", core
        if pat == "nik":
            return f"Nik {core}", core
        if pat == "wan":
            return f"Wan {core}", core
        return core, core
    core = ch(MALAY_F_CORE)
    pat = wpick([("Nur", 25), ("Nurul", 12), ("Siti", 15), ("Nor", 5), ("Noor", 3), ("Puteri", 2),
                 ("", 30), ("two", 8)])
    if pat == "two":
        c2 = ch([c for c in MALAY_F_CORE if c != core])
        return f"{core} {c2}", core
    if pat:
        return f"{pat} {core}", core
    return core, core


def make_person(city=None, eth=None, sex=None, addr_kind=None, with_addr=True, unique=True):
    city = city or pick_city()
    eth = eth or pick_eth(city)
    sex = sex or ch("MF")
    for _ in range(500):
        p = {"party": "person", "eth": eth, "sex": sex, "city": city, "father": None, "mk": None,
             "surname": None, "english": None, "ic_english": False, "chars": None, "title": None}
        if eth == "malay":
            p["given"], p["call"] = malay_given(sex)
            p["father"] = ch(MALAY_FATHER)
        elif eth == "chinese":
            pen = city in PENANG
            sn = wpick([(s, (s[4] if pen else s[3])) for s in CN_SURNAMES])
            g = ch(CN_GIVEN_M if sex == "M" else CN_GIVEN_F)
            p["surname"], p["given"] = sn[0], g[0]
            p["chars"] = sn[1] + g[1]
            if chance(0.30 if pen else 0.45):
                p["english"] = ch(EN_M if sex == "M" else EN_F)
                p["ic_english"] = chance(0.12)
            p["call"] = p["english"] or p["given"]
        elif eth == "indian":
            p["given"] = ch(IN_M if sex == "M" else IN_F)
            p["call"] = p["given"]
            p["father"] = ch(IN_FATHER)
            p["mk"] = ("a/l" if sex == "M" else "a/p") if chance(0.8) else ("s/o" if sex == "M" else "d/o")
        elif eth == "sikh":
            p["given"] = ch(SIKH_M if sex == "M" else SIKH_F)
            p["call"] = p["given"].split()[0]
            p["father"] = ch(SIKH_FATHER)
            p["mk"] = "a/l" if sex == "M" else "a/p"
        else:
            g, s, sx = ch(OTHER_NAMES)
            if chance(0.7):
                grp = ch(OTHER_GROUPS)
                sx = ch("MF")
                g, s = ch(grp[0] if sx == "M" else grp[1]), ch(grp[2])
            p["given"], p["surname"], p["sex"] = g, s, sx
            p["call"] = g
        key = legal_name(p).casefold()
        if not unique or key not in USED_NAMES:
            USED_NAMES.add(key)
            break
    p["title"] = pick_title(eth, p["sex"])
    p["kind"] = {"malay": "person_malay", "chinese": "person_chinese", "indian": "person_indian",
                 "sikh": "person_indian"}.get(eth, "person_other")
    p["mobile"] = new_mobile()
    p["landline"] = new_landline(city) if chance(0.18) else None
    p["phones"] = [p["mobile"]] + ([p["landline"]] if p["landline"] else [])
    p["email"] = person_email(p) if chance(0.85) else None
    p["addr"] = make_addr(city, addr_kind or home_kind(city)) if with_addr else None
    return p


def legal_name(p, with_title=False):
    e = p["eth"]
    if e == "malay":
        s = f"{p['given']} {'bin' if p['sex'] == 'M' else 'binti'} {p['father']}"
    elif e in ("indian", "sikh"):
        s = f"{p['given']} {p['mk']} {p['father']}"
    elif e == "chinese":
        s = f"{p['surname']} {p['given']}"
        if p.get("ic_english") and p.get("english"):
            s = f"{p['english']} {s}"
    else:
        s = f"{p['given']} {p['surname']}"
    if with_title and p.get("title"):
        s = f"{p['title']} {s}"
    return s


def common_name(p):
    e = p["eth"]
    if e in ("malay", "indian", "sikh"):
        return f"{p['given']} {p['father']}"
    if e == "chinese":
        return f"{p['english']} {p['surname']}" if p.get("english") else f"{p['surname']} {p['given']}"
    return f"{p['given']} {p['surname']}"


def person_email(p):
    e = p["eth"]
    call = slug(p["call"])
    giv = slug(p["given"])
    if e == "chinese":
        fam = slug(p["surname"])
    elif e == "other":
        fam = slug(p["surname"].split()[-1])
    else:
        fam = slug(p["father"].split()[-1])
    yy = ch([str(R.randint(60, 99)), str(R.randint(0, 9)).zfill(2), str(R.randint(1, 999))])
    pats = [f"{call}{fam}", f"{call}.{fam}", f"{call}_{fam}{yy}", f"{giv}{yy}", f"{call}{yy}",
            f"{fam}{call}", f"{call[0]}{fam}{yy}", f"{call}.{fam}{yy}"]
    if e == "chinese":
        ini = "".join(w[0] for w in p["given"].lower().split())
        pats += [f"{fam}{giv}", f"{ini}{fam}{yy}", f"{fam}.{ini}"]
    if chance(0.06):
        pats = [f"princess_{call}{yy}", f"{call}rockz", f"cutie_{call}", f"{call}_lovely{yy}",
                f"mr{fam}{yy}", f"{call}{fam}.official"]
    local = ch(pats)
    dom = wpick(FREE_DOMAINS)
    while f"{local}@{dom}" in USED_EMAILS:
        local += str(R.randint(0, 9))
    USED_EMAILS.add(f"{local}@{dom}")
    return f"{local}@{dom}"


# ---------------------------------------------------------------- organisations
ORG_KINDS = [("sdn_bhd", 28), ("enterprise", 17), ("restaurant", 12), ("clinic", 8), ("jmb", 5), ("mc", 3),
             ("property_manager", 3), ("education", 6), ("professional", 4), ("association", 3),
             ("hotel", 3), ("trading", 8)]


def brn_for(year, typ):
    while True:
        new = f"{year}{typ}{R.randint(1, 60000):06d}"
        if new not in USED_BRN:
            USED_BRN.add(new)
            break
    old = None
    if year < 2019:
        if typ == "01":
            base = int(30000 + (year - 1970) * 27000 + R.randint(0, 26000))
            old = f"{base}-{ch('ABCDEFGHKMPTUVWX')}"
        elif typ == "03":
            old = f"00{R.randint(1000000, 3999999)}-{ch('ABCDEFGHKMPTUVWX')}"
    return new, old


def new_domain(base):
    words = [w for w in re.findall(r"[a-z0-9]+", fold(base).lower()) if w not in ("dan", "and")]
    cands = ["".join(words[:2]), "".join(words), "-".join(words[:2]), "".join(w[0] for w in words) + "group"]
    tld = ch([".com.my", ".com.my", ".com", ".my"])
    for c in cands:
        d = c + tld
        if c and d not in USED_DOMAINS:
            USED_DOMAINS.add(d)
            return d
    d = cands[0] + str(R.randint(2, 99)) + tld
    USED_DOMAINS.add(d)
    return d


def gmail_for(base):
    words = [slug(w) for w in base.split() if slug(w)]
    stem = "".join(words)
    if len(stem) > 16:
        stem = "".join(w[0] for w in words[:-1]) + words[-1]
    local = stem[:20] + ch(["", "", str(R.randint(1, 99)), "2u", ".official", "enterprise"])
    while local + "@gmail.com" in USED_EMAILS:
        local += str(R.randint(0, 9))
    USED_EMAILS.add(local + "@gmail.com")
    return local + "@gmail.com"


def org_base(kind, owner, city, condo=None):
    cs = owner["call"] if owner else ch(MALAY_M_CORE)
    oe = owner["eth"] if owner else "malay"
    if kind == "enterprise":
        if oe == "chinese":
            base = wpick([(f"{ch(STEM_CN)} {ch(SHOP_WORDS)}", 4), (f"Kedai Runcit {ch(STEM_CN)}", 1),
                          (f"{cs} {ch(SHOP_WORDS)}", 1), (f"Salon {ch(['Bella', 'Mei Mei', 'Style Up'])}", 1)])
        elif oe in ("indian", "sikh"):
            base = wpick([(f"{cs} {ch(SHOP_WORDS)}", 3), (f"Kedai Runcit {cs}", 2),
                          (f"Sri {ch(['Murugan', 'Ganesh', 'Lakshmi', 'Maha'])} {ch(SHOP_WORDS)}", 2)])
        else:
            base = wpick([(f"{cs} {ch(SHOP_WORDS)}", 3), (f"{ch(STEM_MY)} {ch(SHOP_WORDS)}", 3),
                          (f"Kedai Runcit {ch(STEM_MY)}", 2), (f"Dobi {ch(['Ceria', 'Wangi', 'Bersih', 'Kilat'])}", 1),
                          (f"Bengkel {cs}", 1), (f"Salon {ch(['Ayu', 'Jelita', 'Anggun', 'Rambut Mas'])}", 1),
                          (f"D'{ch(['Butik', 'Kedai', 'Gerai'])} {ch(STEM_MY)} {ch(SHOP_WORDS)}", 1)])
        return base, ("enterprise" if chance(0.75) else None)
    if kind == "restaurant":
        if oe == "chinese":
            base = wpick([(f"Kedai Kopi {ch(STEM_CN)}", 3), (f"Restoran {ch(STEM_CN)} Bak Kut Teh", 2),
                          (f"Restoran {ch(STEM_CN)}", 2), (f"Kafe {ch(STEM_EN)}", 1)])
        elif oe in ("indian", "sikh"):
            base = wpick([(f"Restoran Nasi Kandar {cs}", 2), (f"Restoran Kari Kepala Ikan {cs}", 1),
                          (f"Restoran {ch(['Sri', 'Anna', 'Devi'])} {cs}", 2), (f"Restoran {ch(STEM_MY)} Maju", 1)])
        else:
            base = wpick([(f"Restoran {ch(STEM_MY)}", 3), (f"Kedai Makan {cs}", 3),
                          (f"Restoran D'{ch(['Selera', 'Saji', 'Rasa', 'Kampung', 'Tomyam'])} {ch(STEM_MY)}", 2),
                          (f"Kafe D'{ch(['Teratak', 'Laman', 'Anjung'])} {cs}", 1),
                          (f"Restoran Mee Udang {ch(['Mak Jah', 'Pak Din', 'Kak Ros'])}", 1),
                          (f"Restoran Tomyam {ch(STEM_MY)}", 1), (f"Kafe {ch(STEM_EN)}", 1)])
        return base, wpick([("sdn_bhd", 25), ("enterprise", 40), (None, 35)])
    if kind == "sdn_bhd":
        stem = wpick([(ch(STEM_MY) + ch([" Jaya", " Maju", " Murni", " Utama", ""]), 4), (ch(STEM_CN), 3),
                      (ch(STEM_EN), 3)])
        biz = ch([b for b in BIZ_WORDS if b != "Trading"])
        return f"{stem} {biz}", wpick([("sdn_bhd", 85), ("sdn_bhd_m", 15)])
    if kind == "trading":
        stem = wpick([(ch(STEM_MY) + ch([" Jaya", " Maju", ""]), 4), (ch(STEM_CN), 4), (cs, 2)])
        return stem, "trading"
    if kind == "enterprise":
        base = wpick([(f"{cs} {ch(SHOP_WORDS)}", 3), (f"{ch(STEM_MY)} {ch(SHOP_WORDS)}", 3),
                      (f"Kedai Runcit {ch(STEM_MY)}", 2), (f"Dobi {ch(['Ceria', 'Wangi', 'Bersih', 'Kilat'])}", 1),
                      (f"Bengkel {cs}", 1), (f"Salon {ch(['Ayu', 'Jelita', 'Anggun', 'Bella', 'Rambut Mas'])}", 1),
                      (f"{ch(STEM_CN)} {ch(SHOP_WORDS)}", 2)])
        return base, ("enterprise" if chance(0.75) else None)
    if kind == "restaurant":
        base = wpick([(f"Restoran {ch(STEM_MY)}", 3), (f"Kedai Makan {cs}", 3),
                      (f"Restoran Nasi Kandar {cs}", 1), (f"Kedai Kopi {ch(STEM_CN)}", 2),
                      (f"Restoran {ch(STEM_CN)} Bak Kut Teh", 1), (f"Kafe {ch(STEM_EN)}", 1),
                      (f"Restoran Mee Udang {ch(['Mak Jah', 'Pak Din', 'Kak Ros'])}", 1),
                      (f"Restoran Kari Kepala Ikan {ch(['Rani', 'Muthu', 'Selvi'])}", 1)])
        return base, wpick([("sdn_bhd", 25), ("enterprise", 40), (None, 35)])
    if kind == "clinic":
        doc = owner["call"] if owner else "Siti"
        base = wpick([(f"Klinik Dr. {doc}", 3), (f"Klinik Pergigian {ch(STEM_MY)}", 2),
                      (f"Poliklinik {ch(STEM_MY)}", 2), (f"Klinik Keluarga {ch(STEM_MY)}", 2),
                      (f"Klinik Haiwan {ch(STEM_EN)}", 1)])
        return base, ("sdn_bhd" if chance(0.4) else None)
    if kind == "jmb":
        return f"Badan Pengurusan Bersama {condo['name']}", None
    if kind == "mc":
        return f"Perbadanan Pengurusan {condo['name']}", None
    if kind == "property_manager":
        return f"{ch(STEM_EN + STEM_MY)} {ch(['Property Management', 'Facilities Management', 'Realty & Management'])}", "sdn_bhd"
    if kind == "education":
        return wpick([(f"Tadika {ch(STEM_MY)}", 3), (f"Pusat Tuisyen {ch(STEM_MY)}", 2),
                      (f"{ch(STEM_EN)} Learning Centre", 2), (f"Taska {ch(STEM_MY)}", 1)]), \
            wpick([("enterprise", 40), (None, 40), ("sdn_bhd", 20)])
    if kind == "professional":
        sn = owner["surname"] or owner["father"] or owner["given"] if owner else "Tan"
        return wpick([(f"Tetuan {sn.split()[0]} & Rakan-Rakan", 1), (f"Messrs. {sn.split()[0]} & Co.", 1),
                      (f"{ch(STEM_EN)} Architects", 1), (f"{ch(STEM_EN)} Tax Consultants", 1)]), \
            wpick([("plt", 50), (None, 50)])
    if kind == "association":
        return wpick([(f"Persatuan Penduduk Taman {ch(STEM_MY)}", 2), (f"Surau Al-{ch(['Hidayah', 'Ikhlas', 'Muttaqin', 'Falah', 'Taqwa'])}", 2),
                      (f"Persatuan Kebajikan {ch(STEM_MY)}", 1)]), None
    if kind == "hotel":
        return wpick([(f"{ch(STEM_EN)} Hotel", 2), (f"Hotel {ch(STEM_MY)}", 2), (f"{ch(STEM_EN)} Boutique Hotel", 1),
                      (f"Homestay {ch(STEM_MY)}", 1)]), wpick([("sdn_bhd", 60), (None, 40)])
    raise ValueError(kind)


def make_org(kind=None, city=None, condo=None, owner=None, base=None, form="__auto__", manager=None):
    city = city or (condo["city"] if condo else pick_city())
    kind = kind or wpick(ORG_KINDS)
    if kind in ("jmb", "mc") and condo is None:
        free = [c for c in CONDOS[city] if c["jmb"] is None]
        if not free:
            kind = "sdn_bhd"
        else:
            condo = ch(free)
    if kind not in ("jmb", "mc", "association") and owner is None:
        owner = make_person(city=city, with_addr=False)
        if kind == "clinic":
            owner["title"] = "Dr"
    for _ in range(300):
        b, f = org_base(kind, owner, city, condo)
        if base is not None:
            b = base
        if form != "__auto__":
            f = form
        if b.casefold() not in USED_ORGNAMES or base is not None:
            break
    USED_ORGNAMES.add(b.casefold())
    o = {"party": "org", "kind": kind, "base": b, "form": f, "city": city, "owner": owner, "condo": condo,
         "manager": manager}
    if kind in ("jmb", "mc") and condo is not None and condo.get("jmb") is None:
        condo["jmb"] = o
    year = R.randint(1985, 2024)
    if f in ("sdn_bhd", "sdn_bhd_m"):
        o["brn_new"], o["brn_old"] = brn_for(year, "01")
        o["tin"] = "C" + str(R.randint(1, 9)) + rdigits(8) + "0"
    elif f in ("enterprise", "trading") or (f is None and kind in ("restaurant", "education", "clinic", "hotel")):
        o["brn_new"], o["brn_old"] = brn_for(year, "03")
        o["tin"] = None
    elif f == "plt":
        o["brn_new"], o["brn_old"] = f"LLP{R.randint(1000, 39999):07d}-LGN", None
        o["tin"] = "C" + str(R.randint(1, 9)) + rdigits(8) + "0"
    else:
        o["brn_new"], o["brn_old"], o["tin"] = None, None, None
    # contact person
    if kind in ("jmb", "mc"):
        contact = make_person(city=city, with_addr=False)
    elif owner is not None and chance(0.55):
        contact = owner
    else:
        contact = make_person(city=city, with_addr=False) if chance(0.7) else owner
    o["contact"] = contact
    # address
    if kind in ("jmb", "mc"):
        o["addr"] = make_addr(city, "mgmt", condo=condo)
    elif kind in ("sdn_bhd", "property_manager", "professional", "trading") and chance(0.6):
        o["addr"] = make_addr(city, "office")
    else:
        o["addr"] = make_addr(city, "shop")
    # phones / email
    small = kind in ("enterprise", "restaurant", "trading", "education") or (kind == "clinic" and chance(0.3))
    office = new_landline(city)
    if kind in ("jmb", "mc"):
        o["phones"] = [office] if chance(0.6) else [contact["mobile"], office]
    elif small:
        o["phones"] = [owner["mobile"]] if (owner and chance(0.6)) else [office]
    else:
        o["phones"] = [office] + ([contact["mobile"]] if (contact and chance(0.2)) else [])
    if kind in ("jmb", "mc"):
        if manager is not None and manager.get("domain") and chance(0.55):
            o["email"] = f"{slug(condo['name'])[:16]}@{manager['domain']}"
            o["domain"] = None
        else:
            o["email"] = gmail_for(("jmb" if kind == "jmb" else "mc") + condo["name"])
            o["domain"] = None
    elif small or kind in ("association",) or chance(0.15):
        o["email"] = gmail_for(b) if chance(0.85) else None
        o["domain"] = None
    else:
        o["domain"] = new_domain(b)
        o["email"] = f"{ch(['admin', 'accounts', 'info', 'enquiry', 'finance', 'operations', 'office', 'sales'])}@{o['domain']}"
    USED_EMAILS.add(o["email"] or "")
    return o


def org_legal(o, form_str=None):
    b = o["base"]
    if o["form"]:
        fs = form_str if form_str is not None else FORM_CANON[o["form"]][0]
        return f"{b} {fs}".strip()
    return b


def reg_str(o, style):
    if style == "old" and o.get("brn_old"):
        return f"({o['brn_old']})"
    if style == "new" and o.get("brn_new"):
        return f"({o['brn_new']})" if not o["brn_new"].startswith("LLP") else f"({o['brn_new']})"
    if style == "both" and o.get("brn_new") and o.get("brn_old"):
        return f"[{o['brn_new']} ({o['brn_old']})]"
    if o.get("brn_new"):
        return f"({o['brn_new']})"
    return ""


def org_short(o):
    b = o["base"]
    if o["kind"] == "jmb":
        c = o["condo"]["name"]
        return ch([f"JMB {c}", f"BPB {c}", f"{c} JMB", f"Mgmt Office {c}"])
    if o["kind"] == "mc":
        c = o["condo"]["name"]
        return ch([f"MC {c}", f"{c} MC", f"{c} Management Office"])
    return b


# ============================================================== rendering
def tagf(T, fields, *whats):
    for f in fields:
        T.setdefault(f, [])
        for w in whats:
            if w not in T[f]:
                T[f].append(w)


NAME_F = ("displayName", "givenName", "familyName")
ADDR_SUB = ("line1", "line2", "city", "region", "postalCode", "country")


def mk_address(line1, line2, city, region, pc, country):
    a = {"line1": clean(line1), "line2": clean(line2), "city": clean(city), "region": clean(region),
         "postalCode": clean(pc), "country": clean(country)}
    if all(v is None for v in a.values()):
        return None
    return a


def mk_contact(display, given, family, company, email, phone, address):
    return {"displayName": clean(display), "givenName": clean(given), "familyName": clean(family),
            "companyName": clean(company), "email": clean(email), "phone": clean(phone), "address": address}


def abbr_street(s):
    s = re.sub(r"\bJalan\b", "Jln", s)
    s = re.sub(r"\bTaman\b", "Tmn", s)
    s = re.sub(r"\bLorong\b", "Lrg", s)
    return s


def honorific(p):
    t = p.get("title")
    if t and chance(0.7):
        if t in ("Haji",):
            return ch(["Haji", "Hj."])
        if t in ("Hajah",):
            return ch(["Hajah", "Hjh."])
        if t == "Ir.":
            return "Ir."
        return t
    e, m = p["eth"], p["sex"] == "M"
    if e == "malay":
        return ch(["Encik", "En.", "Encik", "Abang"]) if m else ch(["Puan", "Pn.", "Cik", "Puan", "Kak"])
    if e == "chinese":
        return ch(["Mr", "Mr.", "Uncle", "Boss", "Mr"]) if m else ch(["Ms", "Mrs", "Madam", "Aunty", "Ms."])
    if e in ("indian", "sikh"):
        return ch(["Mr", "Encik", "Mr."]) if m else ch(["Madam", "Mrs", "Ms", "Puan"])
    return ch(["Mr", "Mr."]) if m else ch(["Ms", "Mrs"])


def short_place(a):
    if a["type"] in ("condo", "mgmt"):
        return re.sub(r"^(Residensi|Pangsapuri|Kondominium|Menara|The) ", "", a["place"])
    if a.get("area") and a["show_area"]:
        return a["area"].replace("SS ", "SS").replace("USJ ", "USJ")
    return a["city"]


def render_existing_address(a, T=None):
    if a is None:
        return None
    l1, l2 = canon_lines(a)
    if a["type"] in ("landed", "shop", "lot"):
        h = a["house"]
        st = wpick([("no", 60), ("bare", 30), ("nodot", 10)])
        if a["type"] != "lot":
            if st == "bare":
                h = a["num"]
            elif st == "nodot":
                h = h.replace("No. ", "No ")
        street = a["street"] if chance(0.88) else abbr_street(a["street"])
        l1 = f"{h}, {street}" if chance(0.9) else f"{h} {street}"
    return mk_address(l1, l2, a["city"], wpick(REGION_QBO[a["region"]]), a["postcode"], "MY")


def render_existing(e):
    """QuickBooks Online customer record."""
    if e["party"] == "person":
        p = e
        st = e.setdefault("qbo_style", None)
        eth = p["eth"]
        title = p.get("title")
        if eth == "malay":
            st = st or wpick([("A", 40), ("B", 25), ("C", 15), ("D", 20)])
            mk = "bin" if p["sex"] == "M" else "binti"
            if st == "A":
                g, f, d = p["given"], p["father"], f"{p['given']} {p['father']}"
            elif st == "B":
                g, f, d = p["given"], f"{mk} {p['father']}", f"{p['given']} {mk} {p['father']}"
            elif st == "C":
                g, f, d = None, None, legal_name(p)
            else:
                g, f, d = p["call"], p["father"], f"{p['call']} {p['father']}"
        elif eth == "chinese":
            opts = [("A", 50)] + ([("B", 30), ("C", 15)] if p["english"] else []) + [("D", 5)]
            st = st or wpick(opts)
            if st == "A":
                g, f, d = p["given"], p["surname"], f"{p['surname']} {p['given']}"
            elif st == "B":
                g, f, d = p["english"], p["surname"], f"{p['english']} {p['surname']}"
            elif st == "C":
                g, f, d = p["english"], f"{p['surname']} {p['given']}", f"{p['english']} {p['surname']} {p['given']}"
            else:
                g, f, d = p["given"], p["surname"], f"{p['given']} {p['surname']}"
        elif eth in ("indian", "sikh"):
            st = st or wpick([("A", 45), ("B", 35), ("C", 10), ("D", 10)])
            if st == "A":
                g, f, d = p["given"], p["father"], f"{p['given']} {p['mk']} {p['father']}"
            elif st == "B":
                g, f, d = p["given"], p["father"], f"{p['given']} {p['father']}"
            elif st == "C":
                g, f, d = p["given"], None, f"{p['father'][0]}. {p['given']}"
            else:
                g, f, d = p["given"], f"{p['mk']} {p['father']}", f"{p['given']} {p['mk']} {p['father']}"
        else:
            st = st or "A"
            g, f, d = p["given"], p["surname"], f"{p['given']} {p['surname']}"
        e["qbo_style"] = st
        if title and chance(0.5):
            d = f"{title} {d}"
        phones = p["phones"]
        show = chance(0.95)
        phone = None
        if show:
            if len(phones) > 1 and chance(0.5):
                phone = fmt_phone(phones[0], "dash") + " / " + fmt_phone(phones[1], "dash")
            else:
                phone = fmt_phone(phones[0] if chance(0.85) or len(phones) == 1 else phones[1],
                                  wpick([("dash", 60), ("dashc", 25), ("plain", 10), ("intl", 5)]))
        email = p["email"] if (p["email"] and chance(0.8)) else None
        addr = render_existing_address(p["addr"]) if chance(0.85) else None
        if not (phone or email or addr):
            phone = fmt_phone(phones[0], "dash")
        return mk_contact(d, g, f, None, email, phone, addr)
    o = e
    fs = ch(FORM_CANON[o["form"]]) if o["form"] else None
    legal = org_legal(o, fs)
    company = legal
    if o.get("brn_new") and chance(0.25):
        company = f"{legal} {reg_str(o, ch(['old', 'new', 'both']))}"
    display = legal if chance(0.7) else company
    c = o["contact"]
    g = f = None
    if c and chance(0.55):
        if c["eth"] == "chinese":
            g, f = (c["english"] or c["given"]), c["surname"]
        elif c["eth"] == "other":
            g, f = c["given"], c["surname"]
        else:
            g = c["call"]
            f = c["father"] if chance(0.3) else None
    phones = o["phones"]
    phone = None
    if chance(0.95):
        phone = fmt_phone(phones[0], wpick([("dash", 60), ("dashc", 30), ("paren", 10)]))
        if len(phones) > 1 and chance(0.6):
            phone += " / " + fmt_phone(phones[1], "dash")
    email = o["email"] if (o["email"] and chance(0.85)) else None
    addr = render_existing_address(o["addr"]) if chance(0.93) else None
    if not (phone or email or addr):
        phone = fmt_phone(phones[0], "dash")
    return mk_contact(display, g, f, company, email, phone, addr)


# ---------------------------------------------------------------- incoming sources
SOURCES = ["whatsapp", "jobsheet", "webform", "legacy", "einvoice"]


def case_mode(s, mode):
    if s is None:
        return None
    if mode == "upper":
        return s.upper()
    if mode == "lower":
        return s.lower()
    if mode == "title":
        return " ".join(w[:1].upper() + w[1:].lower() if w else w for w in s.split(" "))
    return s


def src_address(a, source, T):
    """Render an address dict the way a source writes it."""
    if a is None:
        return None
    AF = ["address." + f for f in ADDR_SUB]
    if a["type"] == "cityonly":
        city = a["city"] if chance(0.6) else ch(CITY_ALIAS_W[a["city"]])
        tagf(T, ["address.line1", "address.line2", "address.postalCode", "address.region"], "city_only")
        reg = REGION_EINV[a["region"]] if source in ("einvoice", "legacy") and chance(0.5) else None
        return mk_address(None, None, city, reg, None, "MYS" if source == "einvoice" else None)
    l1, l2 = canon_lines(a)
    reg = a["region"]
    if source == "whatsapp":
        tagf(T, AF, "short_form")
        if a["type"] in ("condo", "office"):
            line1 = f"{a['house']} {a['place']}" if chance(0.75) else f"{a['house']}, {short_place(a)}"
        elif a["type"] == "mgmt":
            line1 = f"Pejabat Pengurusan {a['place']}" if chance(0.6) else f"Mgmt office {short_place(a)}"
        elif a["type"] == "pobox":
            line1 = a["house"]
        else:
            line1 = f"{a['num'] if a['type'] != 'lot' else a['house']} {abbr_street(a['street'])}"
        city = ch(CITY_ALIAS_W[a["city"]]) if chance(0.5) else a["city"]
        return mk_address(line1, None, city, None, a["postcode"] if chance(0.2) else None, None)
    if source == "jobsheet":
        tagf(T, AF, "source_format")
        line1 = l1
        if a["type"] in ("landed", "shop", "lot") and chance(0.5):
            line1 = abbr_street(l1)
        line2 = l2
        if chance(0.12):
            line2 = ch(["(tenant)", "guard house - leave IC", "owner overseas, key w/ neighbour",
                        "call before come", "parking B2", "pass via security", "beside surau",
                        "corner lot"])
            tagf(T, ["address.line2"], "note_in_line2")
        city = a["city"] if chance(0.8) else ch(CITY_ALIAS_W[a["city"]])
        return mk_address(line1, line2, city, ch([None, None, REGION_EINV[reg]]),
                          a["postcode"] if chance(0.7) else None, None)
    if source == "webform":
        tagf(T, AF, "source_format")
        city = a["city"] if chance(0.7) else ch(CITY_ALIAS_W[a["city"]])
        pc = a["postcode"] if chance(0.85) else None
        if chance(0.4) and l2:
            line1 = f"{l1}, {l2}" + (f", {pc} {city}" if pc and chance(0.5) else "")
            line2 = None
            tagf(T, ["address.line1", "address.line2"], "lines_merged")
        else:
            line1, line2 = l1, l2
        mode = wpick([("as", 55), ("lower", 35), ("upper", 10)])
        line1, line2 = case_mode(line1, mode), case_mode(line2, mode)
        return mk_address(line1, line2, city, ch(REGION_ANY[reg]), pc, ch(["Malaysia", "Malaysia", "MY", None]))
    if source == "legacy":
        tagf(T, AF, "source_format")
        if l2 and chance(0.5):
            line1, line2 = f"{l1}, {l2}", None
            tagf(T, ["address.line1", "address.line2"], "lines_merged")
        else:
            line1, line2 = l1, l2
        return mk_address(case_mode(line1, "upper"), case_mode(line2, "upper"), a["city"].upper(),
                          REGION_LEGACY[reg], a["postcode"], None)
    if source == "einvoice":
        tagf(T, AF, "source_format")
        return mk_address(l1, l2, a["city"], REGION_EINV[reg], a["postcode"], "MYS")
    raise ValueError(source)


def render_person(v, source, T):
    e = v["eth"]
    phones = v["phones"]
    email = v["email"]
    given = family = company = None
    if source == "whatsapp":
        hon = honorific(v)
        if e == "chinese" and hon in ("Mr", "Mr.", "Ms", "Mrs", "Madam", "Aunty", "Uncle", "Ms.") and chance(0.65):
            disp, family = f"{hon} {v['surname']}", v["surname"]
        elif e == "chinese" and v.get("english") and chance(0.3):
            disp, given = v["english"], v["english"]
        else:
            disp, given = f"{hon} {v['call']}", v["call"]
        if v["addr"] and v["addr"]["type"] != "cityonly" and chance(0.2):
            disp = f"{disp} {short_place(v['addr'])}"
            tagf(T, ["displayName"], "location_in_name")
        tagf(T, NAME_F, "honorific", "given_only")
        phone = fmt_phone(phones[0], "wa") if phones else None
        tagf(T, ["phone"], "format")
        email = email if chance(0.08) else None
        addr = src_address(v["addr"], source, T) if chance(0.85) else None
    elif source == "jobsheet":
        st = wpick([("common", 45), ("legal", 15), ("hon", 25), ("call", 15)])
        if st == "common":
            disp = common_name(v)
            tagf(T, NAME_F, {"malay": "bin_form", "indian": "bin_form", "sikh": "bin_form"}.get(
                e, "english_name" if v.get("english") else "source_format"))
        elif st == "legal":
            disp = legal_name(v)
            tagf(T, NAME_F, "full_legal_name")
        elif st == "hon":
            hon = ch(["Mr", "Ms", "Pn", "En", "Mdm", "Uncle", "Aunty"])
            hon = {"M": ch(["Mr", "En", "Uncle"]), "F": ch(["Ms", "Pn", "Mdm", "Aunty"])}[v["sex"]]
            disp = f"{hon} {v['surname'] if e == 'chinese' and chance(0.5) else v['call']}"
            tagf(T, NAME_F, "honorific", "given_only")
        else:
            disp = v["call"] + (f" {v['addr']['num']}" if v["addr"] and v["addr"].get("num") and chance(0.5) else "")
            tagf(T, NAME_F, "given_only")
        disp = case_mode(disp, wpick([("as", 45), ("lower", 35), ("upper", 20)]))
        if chance(0.35) and " " in disp and not re.search(r"\d", disp):
            given, family = disp.split(" ", 1)
            tagf(T, NAME_F, "split_differently")
        phone = fmt_phone(phones[0], wpick([("dashc", 50), ("plain", 30), ("dash", 20)])) if phones else None
        tagf(T, ["phone"], "format")
        email = email if chance(0.15) else None
        addr = src_address(v["addr"], source, T)
    elif source == "webform":
        opts = []
        if e == "malay":
            opts = [("gf", 35), ("cf", 20), ("full", 20), ("gbf", 15), ("c", 10)]
        elif e == "chinese":
            opts = [("gs", 30), ("full", 15), ("sg", 10)] + ([("es", 30), ("egs", 10)] if v.get("english") else [])
        elif e in ("indian", "sikh"):
            opts = [("gf", 40), ("gbf", 25), ("full", 20), ("g", 15)]
        else:
            opts = [("gs", 80), ("sg", 10), ("full", 10)]
        st = wpick(opts)
        mkr = {"malay": ("bin" if v["sex"] == "M" else "binti")}.get(e, v.get("mk"))
        if st == "gf":
            given, family = v["given"], v["father"]
            tagf(T, NAME_F, "split_differently")
        elif st == "cf":
            given, family = v["call"], v["father"]
            tagf(T, NAME_F, "given_only")
        elif st == "full":
            given = legal_name(v)
            tagf(T, NAME_F, "name_in_one_field")
        elif st == "gbf":
            given, family = v["given"], f"{mkr} {v['father']}"
            tagf(T, NAME_F, "bin_form")
        elif st == "c":
            given = v["call"]
            tagf(T, NAME_F, "given_only")
        elif st == "g":
            given = v["given"]
            tagf(T, NAME_F, "given_only")
        elif st == "gs":
            given, family = v["given"], v["surname"]
            tagf(T, NAME_F, "split_differently")
        elif st == "sg":
            given, family = v["surname"], v["given"]
            tagf(T, NAME_F, "swapped_fields")
        elif st == "es":
            given, family = v["english"], v["surname"]
            tagf(T, NAME_F, "english_name")
        elif st == "egs":
            given, family = f"{v['english']} {v['given']}", v["surname"]
            tagf(T, NAME_F, "english_name")
        mode = wpick([("as", 58), ("lower", 30), ("upper", 12)])
        given, family = case_mode(given, mode), case_mode(family, mode)
        disp = " ".join(x for x in (given, family) if x)
        phone = fmt_phone(phones[0], wpick([("plain", 30), ("dashc", 25), ("intl", 15), ("nozero", 8),
                                             ("spaced", 12), ("sixty", 10)])) if phones else None
        tagf(T, ["phone"], "format")
        if not email:
            email = person_email(v)
            tagf(T, ["email"], "new")
        addr = src_address(v["addr"], source, T)
        if chance(0.05):
            company = ch(["N/A", "-", "Personal", "Self", "nil", legal_name(v)])
            tagf(T, ["companyName"], "wrong_field")
    elif source == "legacy":
        disp = legal_name(v)
        if v.get("title"):
            t = {"Haji": "HJ.", "Hajah": "HJH.", "Dato'": "DATO'", "Datuk": "DATUK", "Dr": "DR.",
                 "Dato' Sri": "DATO' SRI", "Tan Sri": "TAN SRI", "Datin": "DATIN", "Ir.": "IR.",
                 "Puan Sri": "PUAN SRI"}[v["title"]]
            disp = f"{t} {disp}"
        disp = disp.upper()
        tagf(T, NAME_F, "full_legal_name")
        if chance(0.3):
            company = disp
            tagf(T, ["companyName"], "wrong_field")
        phone = fmt_phone(phones[-1] if len(phones) > 1 and chance(0.5) else phones[0],
                          wpick([("dashc", 70), ("plain", 30)])) if phones else None
        tagf(T, ["phone"], "format")
        email = email.upper() if (email and chance(0.4) and chance(0.5)) else (email if chance(0.4) else None)
        addr = src_address(v["addr"], source, T)
    elif source == "einvoice":
        disp = legal_name(v)
        if chance(0.5):
            disp = disp.upper()
        tagf(T, NAME_F, "full_legal_name")
        phone = fmt_phone(phones[0], "e164") if phones else None
        tagf(T, ["phone"], "format")
        if not email:
            email = person_email(v)
            tagf(T, ["email"], "new")
        addr = src_address(v["addr"], source, T)
        if addr and addr.get("line1") and chance(0.3):
            tin = f"TIN: IG{R.randint(1, 9)}{rdigits(9)}0"
            addr["line2"] = f"{addr['line2']}, {tin}" if addr.get("line2") else tin
            tagf(T, ["address.line2"], "tin_in_line2")
    else:
        raise ValueError(source)
    return mk_contact(disp, given, family, company, email, phone, addr)


def render_org(v, source, T, P):
    """P: name parameters: form (variant string or ''), reg (None/old/new/both), abbr (bool)."""
    c = v["contact"]
    phones = v["phones"]
    email = v["email"]
    given = family = None
    CF = ["companyName", "displayName"]

    def legal():
        base = v["base"]
        if P.get("abbr"):
            base = abbreviate_org(base)
        if v["form"] and P.get("form") is not None:
            s = f"{base} {P['form']}".strip()
        else:
            s = org_legal(dict(v, base=base))
        if P.get("reg"):
            r = reg_str(v, P["reg"])
            if r:
                s = f"{s} {r}"
        return s

    def contact_fields(style):
        if not c:
            return None, None
        if style == "call":
            return c["call"], None
        if c["eth"] == "chinese":
            return (c["english"] or c["given"]), c["surname"]
        if c["eth"] == "other":
            return c["given"], c["surname"]
        return c["given"], c["father"]

    if source == "whatsapp":
        company = org_short(v) if v["kind"] in ("jmb", "mc") else v["base"]
        tagf(T, CF, "short_form")
        disp = company
        if c and chance(0.3):
            disp = f"{company} - {honorific(c)} {c['call']}"
            tagf(T, ["displayName"], "honorific")
        if c and chance(0.6):
            given, family = contact_fields("call")
        tagf(T, ["givenName", "familyName"], "given_only")
        mob = [x for x in phones if x.startswith("01")]
        pn = mob[0] if mob else (c["mobile"] if c and (chance(0.7) or not phones) else (phones[0] if phones else None))
        phone = fmt_phone(pn, "wa") if pn else None
        tagf(T, ["phone"], "format")
        email = None
        addr = src_address(v["addr"], source, T) if chance(0.85) else None
    elif source == "jobsheet":
        company = legal() if chance(0.5) else v["base"]
        if company == v["base"] and v["form"]:
            tagf(T, CF, "legal_form")
        company = case_mode(company, wpick([("as", 55), ("lower", 30), ("upper", 15)]))
        disp = company
        if c and chance(0.3):
            given = c["call"]
        phone = fmt_phone(phones[0], wpick([("dashc", 60), ("plain", 40)])) if phones else None
        tagf(T, ["phone"], "format")
        email = email if chance(0.2) else None
        addr = src_address(v["addr"], source, T)
    elif source == "webform":
        if v["form"] and P.get("form") is None:
            P["form"] = ch(FORM_VARIANTS[v["form"]])
            tagf(T, CF, "legal_form")
        company = legal()
        company = case_mode(company, wpick([("as", 60), ("lower", 28), ("upper", 12)]))
        disp = company
        if c:
            given, family = contact_fields("full")
            mode = wpick([("as", 60), ("lower", 30), ("upper", 10)])
            given, family = case_mode(given, mode), case_mode(family, mode)
        phone = fmt_phone(phones[0], wpick([("plain", 30), ("dashc", 30), ("intl", 20), ("spaced", 20)])) if phones else None
        tagf(T, ["phone"], "format")
        if not email or (c and c.get("email") and chance(0.2)):
            email = (c.get("email") if c else None) or gmail_for(v["base"])
            tagf(T, ["email"], "new")
        addr = src_address(v["addr"], source, T)
    elif source == "legacy":
        company = legal().upper()
        disp = company
        tagf(T, CF, "source_format")
        phone = fmt_phone(phones[0], wpick([("dashc", 70), ("plain", 30)])) if phones else None
        tagf(T, ["phone"], "format")
        email = email if chance(0.4) else None
        addr = src_address(v["addr"], source, T)
    elif source == "einvoice":
        if v.get("brn_new") and P.get("reg") is None and chance(0.6):
            P["reg"] = ch(["new", "both"])
            tagf(T, CF, "reg_no_added")
        company = legal()
        if chance(0.5):
            company = company.upper()
        disp = company
        phone = fmt_phone(phones[0], "e164") if phones else None
        tagf(T, ["phone"], "format")
        if not email:
            email = gmail_for(v["base"])
            tagf(T, ["email"], "new")
        addr = src_address(v["addr"], source, T)
        if addr and addr.get("line1") and chance(0.4):
            tin = v.get("tin") or f"IG{R.randint(1, 9)}{rdigits(9)}0"
            brn = v.get("brn_new")
            t2 = f"TIN: {tin}" + (f" / BRN: {brn}" if brn else "")
            addr["line2"] = f"{addr['line2']}, {t2}" if addr.get("line2") else t2
            tagf(T, ["address.line2"], "tin_in_line2")
    else:
        raise ValueError(source)
    return mk_contact(disp, given, family, company, email, phone, addr)


ORG_ABBR = [(r"\bRestoran\b", "Rest."), (r"\bKedai Makan\b", "KM"), (r"\bKlinik\b", "Clinic"),
            (r"\bBadan Pengurusan Bersama\b", "BPB"), (r"\bPerbadanan Pengurusan\b", "PP"),
            (r"\bEngineering\b", "Eng."), (r"\bServices\b", "Svcs"), (r"\bManagement\b", "Mgmt"),
            (r"\bPersatuan\b", "Pers."), (r"\bPusat Tuisyen\b", "Pusat Tuition"), (r"&", "dan"),
            (r"\bKedai Kopi\b", "Kopitiam"), (r"\bTechnology\b", "Tech"), (r"\bIndustries\b", "Ind.")]


def abbreviate_org(base):
    for pat, rep in ORG_ABBR:
        if re.search(pat, base):
            return re.sub(pat, rep, base, count=1)
    return base


# ============================================================== noise operators
KEYB = {"a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj", "i": "uo",
        "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "q": "w", "r": "et",
        "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "x": "zc", "y": "tu", "z": "x"}


def typo_word(w):
    if len(w) < 4:
        return w
    i = R.randint(1, len(w) - 2)
    op = ch(["swap", "sub", "dup", "del"])
    if op == "swap" and w[i] != w[i + 1]:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == "sub" and w[i].lower() in KEYB:
        r = ch(KEYB[w[i].lower()])
        r = r.upper() if w[i].isupper() else r
        return w[:i] + r + w[i + 1:]
    if op == "dup":
        return w[:i] + w[i] + w[i:]
    return w[:i] + w[i + 1:]


def n_typo(c, T, fields):
    f = ch([x for x in fields if c.get(x)] or [None])
    if not f:
        return False
    words = c[f].split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not idx:
        return False
    i = ch(idx)
    nw = typo_word(words[i])
    if nw == words[i]:
        return False
    words[i] = nw
    c[f] = " ".join(words)
    tagf(T, [f], "typo")
    return True


def n_case(c, T, fields):
    mode = ch(["upper", "lower", "title"])
    done = False
    for f in fields:
        if c.get(f):
            nv = case_mode(c[f], mode)
            if nv != c[f]:
                c[f] = nv
                done = True
    return done


def sub_all(c, fields, pat, repl_fn, flags=0):
    done = False
    for f in fields:
        if c.get(f):
            nv = re.sub(pat, repl_fn, c[f], flags=flags)
            nv = re.sub(r"\s+", " ", nv).strip()
            if nv != c[f] and nv:
                c[f] = nv
                done = True
    return done


def n_bin(c, T, fields):
    forms = {"bin": ["B.", "Bin", "b.", "bn", "B", ""], "binti": ["Bt", "Bt.", "bte", "Binti", "BT", ""],
             "a/l": ["A/L", "al", "s/o", "S/O", ""], "a/p": ["A/P", "ap", "d/o", "D/O", ""],
             "s/o": ["a/l", "S/O", ""], "d/o": ["a/p", "D/O", ""]}
    choice = {}

    def rep(m):
        k = m.group(1).lower()
        if k not in choice:
            choice[k] = ch(forms[k])
        return choice[k]
    ok = sub_all(c, fields, r"\b(bin|binti|a/l|a/p|s/o|d/o)(?![\w/])", rep, flags=re.I)
    if ok:
        tagf(T, fields, "bin_form")
    return ok


def n_mohd(c, T, fields):
    choice = ch(MUH_ALL)

    def rep(m):
        w = m.group(0)
        nv = choice if choice.lower() != w.lower() else "Mohd"
        return nv.upper() if w.isupper() else nv
    ok = sub_all(c, fields, r"\b(Muhammad|Mohd\.?|Muhd|Mohamad|Mohammad|Md)(?=\s)", rep, flags=re.I)
    if ok:
        tagf(T, fields, "mohd_form")
    return ok


def n_abdul(c, T, fields):
    choice = ch(["Abd", "Ab", "Abd.", "Abdul"])
    ok = sub_all(c, fields, r"\bAbdul\b(?=\s)", lambda m: choice.upper() if m.group(0).isupper() else choice,
                 flags=re.I)
    if ok:
        tagf(T, fields, "abdul_form")
    return ok


def n_spacing(c, T, fields):
    f = ch([x for x in fields if c.get(x) and " " in c[x]] or [None])
    if not f:
        return False
    words = c[f].split(" ")
    pairs = [i for i in range(len(words) - 1) if words[i].isalpha() and words[i + 1].isalpha()
             and words[i].lower() not in ("bin", "binti", "mr", "ms", "encik", "puan")
             and words[i + 1].lower() not in ("bin", "binti")]
    if not pairs:
        return False
    i = ch(pairs)
    joined = words[i] + (words[i + 1].lower() if words[i][1:].islower() else words[i + 1])
    c[f] = " ".join(words[:i] + [joined] + words[i + 2:])
    tagf(T, [f], "spacing")
    return True


def n_mojibake(c, T, fields):
    done = False
    for f in fields:
        s = c.get(f)
        if not s:
            continue
        if "'" in s or any(ord(x) > 127 for x in s):
            s2 = s.replace("'", "\u2019")
            try:
                b = s2.encode("utf-8")
                out = "".join(bytes([x]).decode("cp1252") if x >= 128 else chr(x) for x in b)
            except UnicodeDecodeError:
                continue
            if out != s:
                c[f] = out
                tagf(T, [f], "mojibake")
                done = True
    return done


def n_accents(c, T, fields):
    done = False
    for f in fields:
        s = c.get(f)
        if s and any(ord(x) > 127 for x in s) and all(ord(x) < 0x2E80 for x in s):
            nv = fold(s)
            if nv != s:
                c[f] = nv
                tagf(T, [f], "accents_stripped")
                done = True
    return done


def n_reorder(c, T, v):
    if v["eth"] != "chinese" or not c.get("displayName"):
        return False
    d = c["displayName"]
    toks = d.split(" ")
    if v.get("english") and toks[0].lower() == v["english"].lower() and len(toks) > 2:
        nd = " ".join(toks[1:] + toks[:1])
    elif toks[0].lower() == v["surname"].lower() and len(toks) >= 2:
        nd = " ".join(toks[1:] + toks[:1])
    else:
        return False
    c["displayName"] = nd
    tagf(T, ["displayName"], "reordered")
    return True


def n_initials(c, T, v):
    d = c.get("displayName")
    if not d:
        return False
    if v["eth"] in ("indian", "sikh"):
        nd = f"{v['father'][0]}. {v['call']}"
    elif v["eth"] == "chinese":
        ini = ".".join(w[0] for w in v["given"].split()) + "."
        nd = f"{ini} {v['surname']}"
    elif v["eth"] == "malay" and v["call"] != v["given"]:
        nd = f"{v['given'][0]}. {v['call']} {v['father']}"
    else:
        return False
    if d.isupper():
        nd = nd.upper()
    c["displayName"] = nd
    tagf(T, ["displayName"], "initials")
    return True


def n_chars(c, T, v):
    if v["eth"] != "chinese" or not v.get("chars") or not c.get("displayName"):
        return False
    c["displayName"] = f"{c['displayName']} {v['chars']}"
    tagf(T, ["displayName"], "chinese_chars")
    return True


def n_email_typo(c, T):
    e = c.get("email")
    if not e or "@" not in e:
        return False
    local, dom = e.split("@", 1)
    if dom.lower() in DOMAIN_TYPOS and chance(0.6):
        nd = ch(DOMAIN_TYPOS[dom.lower()])
        c["email"] = f"{local}@{nd}"
    else:
        nl = typo_word(local) if len(local) >= 4 else local + local[-1]
        if nl == local:
            nl = local[:-1] if len(local) > 4 else local + "1"
        c["email"] = f"{nl}@{dom}"
    tagf(T, ["email"], "typo")
    return True


def n_email_case(c, T):
    e = c.get("email")
    if not e:
        return False
    c["email"] = ch([e.upper(), e[:1].upper() + e[1:]])
    return c["email"] != e


def n_digit_off(c, T):
    p = c.get("phone")
    if not p:
        return False
    pos = [i for i, x in enumerate(p) if x.isdigit()]
    if len(pos) < 9:
        return False
    pos = pos[-7:]
    if chance(0.5):
        i = ch(pos[:-1])
        j = pos[pos.index(i) + 1]
        if p[i] == p[j]:
            return False
        lst = list(p)
        lst[i], lst[j] = lst[j], lst[i]
        c["phone"] = "".join(lst)
    else:
        i = ch(pos)
        d = ch([x for x in "0123456789" if x != p[i]])
        c["phone"] = p[:i] + d + p[i + 1:]
    tagf(T, ["phone"], "digit_off")
    return True


def n_phone_second(c, T, v):
    p = c.get("phone")
    if not p:
        return False
    extra = None
    for x in v.get("phones", []):
        if x not in phone_keys(p):
            extra = x
            break
    if extra is None:
        return False
    c["phone"] = f"{p} / {fmt_phone(extra, 'dashc')}"
    tagf(T, ["phone"], "second_number")
    return True


def n_phone_fmt(c, T):
    p = c.get("phone")
    if not p:
        return False
    ks = phone_keys(p)
    if len(ks) != 1:
        return False
    np_ = fmt_phone(ks[0], ch(["dash", "dashc", "plain", "intl", "e164", "spaced", "nozero", "sixty"]))
    if np_ == p:
        return False
    c["phone"] = np_
    tagf(T, ["phone"], "format")
    return True


def a_sub(c, T, fn, what, subs=("line1", "line2")):
    a = c.get("address")
    if not a:
        return False
    done = False
    for s in subs:
        if a.get(s):
            nv = clean(fn(a[s]))
            if nv != a[s] and nv:
                a[s] = nv
                tagf(T, ["address." + s], what)
                done = True
    return done


def n_addr_abbr(c, T):
    def fn(s):
        s = re.sub(r"\bJalan\b", "Jln", s, flags=re.I)
        s = re.sub(r"\bTaman\b", "Tmn", s, flags=re.I)
        s = re.sub(r"\bLorong\b", "Lrg", s, flags=re.I)
        s = re.sub(r"\bKampung\b", "Kg", s, flags=re.I)
        s = re.sub(r"\bBandar\b", "Bdr", s, flags=re.I)
        s = re.sub(r"\bNo\.? ", "", s)
        return s
    return a_sub(c, T, fn, "abbreviation")


def n_addr_case(c, T):
    mode = ch(["upper", "lower"])
    return a_sub(c, T, lambda s: case_mode(s, mode), "case", subs=ADDR_SUB)


def n_addr_commas(c, T):
    return a_sub(c, T, lambda s: s.replace(",", ""), "punctuation")


def n_addr_merge(c, T):
    a = c.get("address")
    if not a or not a.get("line1") or not a.get("line2"):
        return False
    a["line1"] = f"{a['line1']}, {a['line2']}"
    a["line2"] = None
    tagf(T, ["address.line1", "address.line2"], "lines_merged")
    return True


def n_addr_drop2(c, T):
    a = c.get("address")
    if not a or not a.get("line1") or not a.get("line2"):
        return False
    a["line2"] = None
    return True


def n_addr_unit(c, T):
    def fn(s):
        return re.sub(r"\b([A-E]-)?(\d{1,2}A?)-(\d{2})\b",
                      lambda m: ch([f"{m.group(1) or ''}{m.group(2)}-{int(m.group(3))}",
                                    f"{(m.group(1) or '').replace('-', '/')}{m.group(2)}/{m.group(3)}",
                                    f"{(m.group(1) or '').replace('-', ' ')}{m.group(2)} {m.group(3)}"]), s, count=1)
    return a_sub(c, T, fn, "unit_format", subs=("line1",))


def n_city_alias(c, T, v):
    a = c.get("address")
    if not a or not a.get("city") or norm_city(a["city"]) not in [norm_city(x) for x in CITY_ORDER]:
        return False
    canon = [x for x in CITY_ORDER if norm_city(x) == norm_city(a["city"])][0]
    alts = [x for x in CITY_ALIAS_W[canon] + [canon.upper(), canon.lower()] if x != a["city"]]
    a["city"] = ch(alts)
    tagf(T, ["address.city"], "city_alias")
    return True


def n_region(c, T, v):
    a = c.get("address")
    ad = v.get("addr")
    if not a or not ad or ad["type"] == "cityonly" and not a.get("region"):
        return False
    opts = [x for x in REGION_ANY[ad["region"]] if x != a.get("region")] + [None]
    a["region"] = ch(opts)
    tagf(T, ["address.region"], "region_variant")
    return True


def n_postcode(c, T):
    a = c.get("address")
    if not a or not a.get("postalCode"):
        return False
    if chance(0.5):
        a["postalCode"] = None
    else:
        pc = a["postalCode"]
        i = R.randint(2, 4)
        a["postalCode"] = pc[:i] + ch([d for d in "0123456789" if d != pc[i]]) + pc[i + 1:]
        tagf(T, ["address.postalCode"], "postcode_typo")
    return True


def n_country(c, T):
    a = c.get("address")
    if not a:
        return False
    a["country"] = ch([x for x in ["Malaysia", "MY", "MYS", "M'sia", "MALAYSIA", None] if x != a.get("country")])
    tagf(T, ["address.country"], "country_format")
    return True


# ---------------------------------------------------------------- view (truth) operators
def v_new_phone(v, T):
    v["phones"] = [new_mobile()]
    tagf(T, ["phone"], "new")
    return True


def v_drop_phone(v, T, source):
    if source == "whatsapp":
        return False
    v["phones"] = []
    return True


def v_new_email(v, T):
    if v["party"] == "person":
        v["email"] = person_email(v)
    else:
        v["email"] = gmail_for(v["base"] + ch(["", " office", " admin"]))
    tagf(T, ["email"], "new")
    return True


def v_drop_email(v, T):
    if not v.get("email"):
        return False
    v["email"] = None
    return True


def v_moved(v, T, same_city=False):
    a = v.get("addr")
    if a and a["type"] == "mgmt":
        return False
    city = v["city"] if (same_city or chance(0.7)) else pick_city()
    if a and a["type"] in ("condo", "landed", "shop", "office", "lot"):
        kind = a["type"]
    else:
        kind = home_kind(city) if v["party"] == "person" else "shop"
    v["addr"] = make_addr(city, kind)
    tagf(T, ["address." + s for s in ADDR_SUB] + ["address"], "moved")
    return True


def v_city_only(v, T):
    a = v.get("addr")
    if not a:
        return False
    v["addr"] = {"type": "cityonly", "city": a["city"], "region": a["region"]}
    return True


def v_pobox(v, T):
    if v["party"] != "org" or v["city"] not in POBOX_PC:
        return False
    n = R.randint(1, 12999)
    v["addr"] = {"type": "pobox", "house": ch([f"Peti Surat {n}", f"P.O. Box {n}", f"PO Box {n}"]),
                 "num": str(n), "place": None, "street": None, "area": None, "show_area": 0,
                 "city": v["city"], "postcode": POBOX_PC[v["city"]], "region": "kl" if v["city"] == "Kuala Lumpur" else "sel"}
    tagf(T, ["address." + s for s in ADDR_SUB], "po_box")
    return True


def v_nickname(v, T):
    if v["party"] != "person":
        return False
    nk = NICK.get(v["call"])
    if not nk and v["eth"] == "chinese" and not v.get("english"):
        nk = "Ah " + v["given"].split()[-1]
    if not nk:
        return False
    v["call"] = nk
    if v["eth"] != "chinese":
        v["given"] = nk if chance(0.5) else v["given"]
    tagf(T, NAME_F, "nickname")
    return True


def v_title(v, T):
    if v["party"] != "person":
        return False
    if v.get("title"):
        v["title"] = None
        tagf(T, NAME_F, "title_dropped")
    else:
        v["title"] = pick_title(v["eth"], v["sex"]) or ("Haji" if v["eth"] == "malay" and v["sex"] == "M"
                                                        else ("Hajah" if v["eth"] == "malay" else "Dr"))
        tagf(T, NAME_F, "title_added")
    return True


def v_dialect(v, T):
    if v.get("eth") != "chinese":
        return False
    cur = [s for s in CN_SURNAMES if v["surname"] in (s[0], s[2])]
    if not cur:
        return False
    cur = cur[0]
    alts = [s[0] for s in CN_SURNAMES if s[1] == cur[1] and s[0] != cur[0]] + [cur[2]]
    alts = [a for a in alts if a != v["surname"]]
    if not alts:
        return False
    v["surname"] = ch(alts)
    tagf(T, NAME_F, "dialect_spelling")
    return True


def v_married(v, T):
    if v.get("eth") != "chinese" or v["sex"] != "F" or not v.get("english"):
        return False
    v["surname"] = ch([s[0] for s in CN_SURNAMES if s[0] != v["surname"]])
    v["ic_english"] = True
    tagf(T, NAME_F, "married_name")
    return True


def v_spelling(v, T):
    if v["party"] != "person" or v["eth"] not in ("malay", "indian"):
        return False
    for key in ("father", "given"):
        val = v[key]
        for k in sorted(VARIANTS):
            if re.search(r"\b" + re.escape(k) + r"\b", val):
                v[key] = re.sub(r"\b" + re.escape(k) + r"\b", ch(VARIANTS[k]), val, count=1)
                if key == "given" and v["call"] == k:
                    v["call"] = re.sub(r"\b" + re.escape(k) + r"\b", v[key].split()[-1], k)
                tagf(T, NAME_F, "spelling_variant")
                return True
    return False


def v_landline(v, T):
    if v["party"] != "person" or not v.get("landline") or v["phones"][:1] == [v["landline"]]:
        return False
    v["phones"] = [v["landline"]]
    tagf(T, ["phone"], "landline_instead")
    return True


def v_spouse_phone(v, T):
    if v["party"] != "person":
        return False
    v["phones"] = [new_mobile()]
    tagf(T, ["phone"], "new")
    return True


def v_contact_changed(v, T):
    if v["party"] != "org":
        return False
    v["contact"] = make_person(city=v["city"], with_addr=False)
    tagf(T, ["givenName", "familyName", "displayName"], "contact_changed")
    if v["kind"] in ("jmb", "mc") and len(v["phones"]) > 1:
        v["phones"] = v["phones"][1:]
    return True


def v_renamed(v, T):
    if v["party"] != "org":
        return False
    k = v["kind"]
    b = v["base"]
    if k == "jmb":
        v["kind"] = "mc"
        v["base"] = f"Perbadanan Pengurusan {v['condo']['name']}"
    elif k == "sdn_bhd":
        v["base"] = ch([b + " & Services", b.replace(b.split()[-1], ch(["Solutions", "Group", "Technologies"])), b + " (Malaysia)"])
        if v["base"] == b:
            v["base"] = b + " Group"
    elif k == "restaurant" and b.startswith("Kedai Makan "):
        v["base"] = b.replace("Kedai Makan ", "Restoran ")
    elif k == "clinic":
        v["base"] = b.replace("Klinik ", "Klinik & Surgeri ", 1)
    elif k in ("enterprise", "trading"):
        v["base"] = b + ch([" & Services", " Supplies", " Global"])
    else:
        return False
    tagf(T, ["companyName", "displayName"], "renamed")
    return True


def v_stale(v, T):
    v["phones"] = [new_mobile() if v["party"] == "person" and chance(0.5) else new_landline(v["city"])]
    tagf(T, ["phone"], "stale")
    return True


# ============================================================== diff / classification
TITLE_RE = re.compile(r"(?i)\b(haji|hj|hajah|hjh|dato'?|datuk|datin|tan sri|puan sri|dr|ir)\b")
REGNO_RE = re.compile(r"\s*[\(\[][^\)\]]*\d{5,}[^\)\]]*[\)\]]\]?")
DISAMB_RE = re.compile(r" \((?:\d{1,2}|[A-Za-z .']+)\)$")


def alnum(s):
    return re.sub(r"[\W_]+", "", fold(s).lower())


def classify(field, old, new, T, shared_addr, fallback):
    if new is None:
        tg = T.get(field, [])
        return "city_only" if "city_only" in tg else ("po_box" if "po_box" in tg else "dropped")
    if old is None:
        return "wrong_field" if "wrong_field" in T.get(field, []) else "added"
    pre = []
    if field == "displayName" and DISAMB_RE.search(old) and not DISAMB_RE.search(new):
        base = DISAMB_RE.sub("", old)
        pre = ["disambiguation_dropped"]
        if base == new:
            return "disambiguation_dropped"
        old = base
    if field == "phone" and phone_keys(old) and phone_keys(old) == phone_keys(new):
        return "format"
    if old.casefold() == new.casefold():
        return "+".join(pre + ["case"])
    if alnum(old) == alnum(new):
        return "+".join(pre + ["punctuation"])
    if field in ("displayName", "companyName"):
        ro, rn = REGNO_RE.sub("", old), REGNO_RE.sub("", new)
        if (ro, rn) != (old, new) and alnum(ro) == alnum(rn):
            return "+".join(pre + ["reg_no_dropped" if ro != old and rn == new else "reg_no_added"])
    if field == "email" and email_keys(old) == email_keys(new):
        return "case"
    tags = [t for t in T.get(field, []) if t not in pre]
    if "title_added" in tags and not TITLE_RE.search(new):
        tags.remove("title_added")
    if "title_dropped" in tags and not TITLE_RE.search(old):
        tags.remove("title_dropped")
    if len(tags) > 1:
        tags = [t for t in tags if t not in ("source_format", "short_form")] or tags
    moved = [t for t in tags if t in ("moved", "po_box", "city_only")]
    if field == "address.city" and norm_city(old) == norm_city(new):
        return "city_alias"
    if field == "address.region":
        return "+".join(moved) if moved else "region_variant"
    if field == "address.country":
        return "country_format"
    if field == "address.postalCode" and not moved and "postcode_typo" in tags:
        return "postcode_typo"
    if field in ("address.line1", "address.line2") and shared_addr and not moved:
        spec = [t for t in tags if t not in ("source_format", "short_form")]
        return "+".join(pre + (spec or ["format"]))
    if tags:
        return "+".join(pre + tags)
    if field in ("address.line1", "address.line2") and shared_addr:
        return "+".join(pre + ["format"])
    return "+".join(pre + [fallback])


def diff_changes(old, new, T, fallback):
    out = []
    sa = addr_shared(old["address"], new["address"])
    for f in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
        if old[f] != new[f]:
            out.append(f"{f}:{classify(f, old[f], new[f], T, sa, fallback)}")
    oa, na = old["address"], new["address"]
    if oa is None and na is not None:
        out.append("address:added")
    elif oa is not None and na is None:
        out.append("address:dropped")
    elif oa is not None:
        for s in ADDR_SUB:
            if oa[s] != na[s]:
                out.append(f"address.{s}:{classify('address.' + s, oa[s], na[s], T, sa, fallback)}")
    return out


# ============================================================== record production
PERSON_NAME_OPS_SAFE = ["case", "bin", "mohd", "abdul"]
PERSON_NAME_OPS = ["case", "typo", "spacing", "bin", "mohd", "abdul", "reorder", "mojibake", "accents",
                   "chars", "initials"]
ORG_NAME_OPS = ["case", "typo", "legal_form", "abbr", "reg"]
ORG_NAME_OPS_SAFE = ["case", "legal_form", "reg"]
ADDR_OPS = ["addr_abbr", "addr_case", "addr_commas", "addr_merge", "addr_drop2", "addr_unit", "city_alias",
            "region", "postcode", "country"]
CONTACT_OPS = ["email_typo", "email_case", "digit_off", "phone_second", "phone_fmt"]


def apply_op(op, c, T, v, source):
    if op == "case":
        fields = ["displayName", "givenName", "familyName"] if v["party"] == "person" else ["companyName", "displayName"]
        return n_case(c, T, fields)
    if op == "typo":
        fields = ["displayName", "givenName", "familyName"] if v["party"] == "person" else ["companyName"]
        return n_typo(c, T, fields)
    if op == "spacing":
        return n_spacing(c, T, ["displayName", "givenName"])
    if op == "bin":
        return n_bin(c, T, list(NAME_F) + ["companyName"])
    if op == "mohd":
        return n_mohd(c, T, list(NAME_F) + ["companyName"])
    if op == "abdul":
        return n_abdul(c, T, list(NAME_F) + ["companyName"])
    if op == "reorder":
        return n_reorder(c, T, v)
    if op == "mojibake":
        return n_mojibake(c, T, ["displayName", "companyName", "familyName", "givenName"])
    if op == "accents":
        return n_accents(c, T, ["displayName", "givenName", "familyName"])
    if op == "chars":
        return source in ("webform", "jobsheet", "whatsapp") and n_chars(c, T, v)
    if op == "initials":
        return source in ("jobsheet", "whatsapp", "legacy") and n_initials(c, T, v)
    if op == "email_typo":
        return n_email_typo(c, T)
    if op == "email_case":
        return n_email_case(c, T)
    if op == "digit_off":
        return n_digit_off(c, T)
    if op == "phone_second":
        return n_phone_second(c, T, v)
    if op == "phone_fmt":
        return n_phone_fmt(c, T)
    if op == "addr_abbr":
        return n_addr_abbr(c, T)
    if op == "addr_case":
        return n_addr_case(c, T)
    if op == "addr_commas":
        return n_addr_commas(c, T)
    if op == "addr_merge":
        return n_addr_merge(c, T)
    if op == "addr_drop2":
        return n_addr_drop2(c, T)
    if op == "addr_unit":
        return n_addr_unit(c, T)
    if op == "city_alias":
        return n_city_alias(c, T, v)
    if op == "region":
        return n_region(c, T, v)
    if op == "postcode":
        return n_postcode(c, T)
    if op == "country":
        return n_country(c, T)
    raise ValueError(op)


def source_for(ent, allow=None):
    if ent["party"] == "person":
        pairs = [("whatsapp", 32), ("jobsheet", 24), ("webform", 22), ("legacy", 10), ("einvoice", 12)]
    else:
        pairs = [("whatsapp", 18), ("jobsheet", 22), ("webform", 15), ("legacy", 15), ("einvoice", 30)]
    if allow:
        pairs = [p for p in pairs if p[0] in allow]
    return wpick(pairs)


def truth_ops_for(v, profile, source):
    if profile == "light":
        n = 1 if chance(0.15) else 0
        pool = [("drop_email", 3), ("title", 1)]
    elif profile == "medium":
        n = ch([0, 1, 1, 1])
        pool = [("new_email", 3), ("new_phone", 2), ("moved", 2), ("nickname", 2), ("title", 1),
                ("drop_email", 2), ("landline", 1), ("contact", 2), ("spelling", 2), ("spouse_phone", 1)]
    else:
        n = ch([1, 2, 2, 3])
        pool = [("new_email", 3), ("new_phone", 3), ("moved", 3), ("nickname", 2), ("title", 1),
                ("drop_email", 1), ("landline", 1), ("contact", 3), ("renamed", 4), ("dialect", 3),
                ("married", 2), ("spelling", 2), ("pobox", 3), ("drop_phone", 1), ("stale", 1)]
    if source == "legacy" and chance(0.4):
        pool = pool + [("stale", 4)]
    return n, pool


def apply_truth(op, v, T, source):
    if op == "drop_email":
        return v_drop_email(v, T)
    if op == "new_email":
        return v_new_email(v, T)
    if op == "new_phone":
        return v_new_phone(v, T)
    if op == "moved":
        return v_moved(v, T)
    if op == "nickname":
        return v_nickname(v, T)
    if op == "title":
        return v_title(v, T)
    if op == "landline":
        return v_landline(v, T)
    if op == "contact":
        return v_contact_changed(v, T)
    if op == "spelling":
        return v_spelling(v, T)
    if op == "spouse_phone":
        return source == "whatsapp" and v_spouse_phone(v, T)
    if op == "renamed":
        return v_renamed(v, T)
    if op == "dialect":
        return v_dialect(v, T)
    if op == "married":
        return v_married(v, T)
    if op == "pobox":
        return source in ("legacy", "einvoice") and v_pobox(v, T)
    if op == "drop_phone":
        return v_drop_phone(v, T, source)
    if op == "stale":
        return v_stale(v, T)
    raise ValueError(op)


def render(v, source, T, P=None):
    if v["party"] == "person":
        return render_person(v, source, T)
    return render_org(v, source, T, P if P is not None else {})


def make_noisy(ent, source, profile, namecity):
    """Produce (contact, tags, view) for a match / repeat of `ent`."""
    v = copy.deepcopy(ent)
    T = {}
    P = {}
    if namecity:
        # share no identifier: new or no phone, new or no e-mail, moved in town or town only
        if chance(0.55):
            v_new_phone(v, T)
        else:
            v["phones"] = []
        if chance(0.5) or source in ("webform", "einvoice"):
            v_new_email(v, T)
        else:
            v["email"] = None
        if not (chance(0.65) and v_moved(v, T, same_city=True)):
            v_city_only(v, T)
        if chance(0.2):
            v_title(v, T)
        c = render(v, source, T, P)
        ops = PERSON_NAME_OPS_SAFE if v["party"] == "person" else ORG_NAME_OPS_SAFE
        k = 1 if profile == "medium" else 2
        for _ in range(k):
            op = ch(ops + ADDR_OPS)
            if op in ("legal_form", "reg"):
                continue
            apply_op(op, c, T, v, source)
        return c, T, v
    n_truth, pool = truth_ops_for(v, profile, source)
    applied = 0
    tries = 0
    while applied < n_truth and tries < 12:
        tries += 1
        op = wpick(pool)
        if apply_truth(op, v, T, source):
            applied += 1
    if v["party"] == "org":
        if profile != "light" and chance(0.35) and v["form"]:
            P["form"] = ch(FORM_VARIANTS[v["form"]] + [""])
            tagf(T, ["companyName", "displayName"], "legal_form")
        if profile == "harsh" and chance(0.3):
            P["abbr"] = True
            tagf(T, ["companyName", "displayName"], "abbreviation")
        if chance(0.15) and v.get("brn_new"):
            P["reg"] = ch(["old", "new", "both"])
            tagf(T, ["companyName", "displayName"], "reg_no_added")
    c = render(v, source, T, P)
    n_pres = {"light": ch([0, 1, 1, 2]), "medium": ch([1, 2, 2, 3]), "harsh": ch([2, 3, 4, 4])}[profile]
    name_ops = PERSON_NAME_OPS if v["party"] == "person" else ["case", "typo", "mojibake"]
    contact_ops = CONTACT_OPS if profile != "light" else ["email_case", "phone_fmt", "phone_second"]
    if profile == "light":
        name_ops = ["case", "bin", "mohd", "abdul"] if v["party"] == "person" else ["case"]
    boost = {"malay": {"bin": 3, "mohd": 5, "abdul": 4, "spacing": 2},
             "chinese": {"reorder": 4, "chars": 3, "spacing": 3},
             "indian": {"bin": 4, "initials": 3}, "sikh": {"bin": 4},
             "other": {"accents": 4, "mojibake": 4}}.get(v.get("eth"), {"mojibake": 2})
    pool = [(o, 3 + boost.get(o, 0)) for o in name_ops] + [(o, 2) for o in ADDR_OPS] + \
           [(o, 2) for o in contact_ops]
    done = 0
    tries = 0
    used_ops = []
    while done < n_pres and tries < 25:
        tries += 1
        op = wpick(pool)
        if op in used_ops:
            continue
        if apply_op(op, c, T, v, source):
            used_ops.append(op)
            done += 1
    return c, T, v


# ============================================================== findability
def findable_ok(rec, comp, pool, margin=0.0):
    ra = rec["address"]
    ca = comp["address"]
    if not ra or not ra.get("city") or not ca or not ca.get("city"):
        return False
    if norm_city(ra["city"]) != norm_city(ca["city"]):
        return False
    s_true = name_sim(rec["displayName"], comp["displayName"])
    if s_true < 0.5:
        return False
    best = max([name_sim(rec["displayName"], x["displayName"]) for x in pool] or [0.0])
    return s_true > best + margin


# ============================================================== main build
def build():
    build_places()
    # ---- property managers (some become existing customers)
    pms = [make_org(kind="property_manager", city=ch(CITY_ORDER)) for _ in range(16)]
    # ---- existing population
    existing = []
    n_person = N_EXISTING - N_EXISTING_ORG
    for _ in range(n_person - 30):
        existing.append(make_person())
    # namesakes already in the books (QBO disambiguates them)
    for _ in range(30):
        src = ch(existing[:600])
        tw = make_person(city=ch([src["city"], pick_city()]), eth=src["eth"], sex=src["sex"], unique=False)
        for k in ("given", "call", "father", "mk", "surname", "english", "ic_english", "chars"):
            tw[k] = src[k]
        if tw["email"]:
            USED_EMAILS.discard(tw["email"])
            tw["email"] = person_email(tw)
        existing.append(tw)
    org_ex = []
    pm_ex = pms[:7]
    org_ex.extend(pm_ex)
    while len(org_ex) < N_EXISTING_ORG:
        kind = wpick(ORG_KINDS)
        if kind == "property_manager":
            continue
        if kind in ("jmb", "mc"):
            city = pick_city()
            free = [c for c in CONDOS[city] if c["jmb"] is None]
            if not free:
                continue
            condo = ch(free)
            o = make_org(kind=kind, condo=condo, manager=ch(pms))
            condo["jmb"] = o
            condo["jmb_existing"] = True
        else:
            o = make_org(kind=kind)
        org_ex.append(o)
    existing.extend(org_ex)
    for e in existing:
        e["id"] = new_id()
    # JMBs that are not (yet) customers, for condos without one
    for city in CITY_ORDER:
        for condo in CONDOS[city]:
            if condo["jmb"] is None and chance(0.5):
                condo["jmb"] = make_org(kind=ch(["jmb", "mc"]), condo=condo, manager=ch(pms))
                condo["jmb"]["id"] = None
    for pm in pms:
        pm.setdefault("id", None)

    ex_recs = []
    for e in existing:
        ex_recs.append(render_existing(e))
    # QBO display-name uniqueness: "Name (City)" / "Name (2)"
    seen = {}
    for i, r in enumerate(ex_recs):
        k = r["displayName"].casefold()
        if k in seen:
            city = (r["address"] or {}).get("city")
            cand = f"{r['displayName']} ({city})" if city else None
            n = 2
            while cand is None or cand.casefold() in seen:
                cand = f"{r['displayName']} ({n})"
                n += 1
            r["displayName"] = cand
            k = cand.casefold()
        seen[k] = i
    order = sorted(range(len(existing)), key=lambda i: ex_recs[i]["displayName"].casefold())
    existing = [existing[i] for i in order]
    ex_recs = [ex_recs[i] for i in order]
    ex_index = {e["id"]: i for i, e in enumerate(existing)}
    ent_by_id = {e["id"]: e for e in existing}

    incoming = []   # items: dict(rec, meta)
    hn_items = build_hard_negatives(existing, ex_recs, ex_index, pms)
    incoming.extend(hn_items)
    anchors = {it["meta"]["anchor"] for it in hn_items}

    # ---- new customers
    new_ents = []
    for _ in range(N_NEW_ENT):
        if chance(0.7):
            ne = make_person()
        else:
            ne = make_org()
        ne["id"] = new_id()
        new_ents.append(ne)
    counts = [3] * N_NEW_THRICE + [2] * N_NEW_TWICE + [1] * (N_NEW_ENT - N_NEW_THRICE - N_NEW_TWICE)
    R.shuffle(counts)
    new_first = {}
    # ---- matches
    match_plan = []
    cands = list(range(len(existing)))
    R.shuffle(cands)
    k3, k2 = 25, 100
    k1 = N_MATCH - 3 * k3 - 2 * k2
    plan_counts = [3] * k3 + [2] * k2 + [1] * k1
    for idx, cnt in zip(cands, plan_counts):
        for _ in range(cnt):
            match_plan.append(idx)
    R.shuffle(match_plan)

    def pick_profile():
        return wpick([("light", 40), ("medium", 40), ("harsh", 20)])

    # choose which matches / repeats are name+city only
    n_rep = sum(c - 1 for c in counts)
    total_mr = len(match_plan) + n_rep
    nc_flags = [True] * N_NAMECITY_TARGET + [False] * (total_mr - N_NAMECITY_TARGET)
    R.shuffle(nc_flags)

    flag_i = 0
    # first occurrences of new customers
    for ne, cnt in zip(new_ents, counts):
        src = source_for(ne)
        T = {}
        v = copy.deepcopy(ne)
        c = render(v, src, T, {})
        if not (c["email"] or c["phone"] or (c["address"] and c["address"].get("line1"))):
            c["phone"] = fmt_phone(ne["phones"][0], "dashc")
        meta = {"category": "new", "kind": ne["kind"], "party": ne["party"], "changes": [], "source": src,
                "occurrence": 1}
        item = {"rec": {"set": "incoming", "entity": ne["id"], "contact": c}, "meta": meta}
        incoming.append(item)
        new_first[ne["id"]] = item
        for occ in range(2, cnt + 1):
            nc = nc_flags[flag_i]
            flag_i += 1
            it = make_match_item(ne, c, "incoming", None, occ, nc)
            incoming.append(it)
    for idx in match_plan:
        nc = nc_flags[flag_i]
        flag_i += 1
        e = existing[idx]
        it = make_match_item(e, ex_recs[idx], "existing", idx, None, nc)
        incoming.append(it)

    # ---- shuffle, keeping first occurrences of new customers ahead of their repeats
    R.shuffle(incoming)
    by_ent = {}
    for pos, it in enumerate(incoming):
        if it["meta"]["category"] == "new":
            by_ent.setdefault(it["rec"]["entity"], []).append(pos)
    for ent_id in sorted(by_ent):
        poss = by_ent[ent_id]
        if len(poss) < 2:
            continue
        items = sorted((incoming[p] for p in poss), key=lambda it: it["meta"]["occurrence"])
        for p, it in zip(sorted(poss), items):
            incoming[p] = it
    pos_of_first = {}
    for pos, it in enumerate(incoming):
        if it["meta"]["category"] == "new" and it["meta"]["occurrence"] == 1:
            pos_of_first[it["rec"]["entity"]] = pos
    for it in incoming:
        m = it["meta"]
        if m["category"] == "new" and m["occurrence"] > 1:
            m["compare_set"] = "incoming"
            m["compare_index"] = pos_of_first[it["rec"]["entity"]]

    # ---- findability of name+city records, fix-ups (repeat until stable)
    fixed = 0
    for _pass in range(10):
        by_city = {}
        all_recs = [(r, e["id"]) for r, e in zip(ex_recs, existing)] + \
                   [(it["rec"]["contact"], it["rec"]["entity"]) for it in incoming]
        for r, eid in all_recs:
            a = r["address"]
            if a and a.get("city"):
                by_city.setdefault(norm_city(a["city"]), []).append((r, eid))
        changed = 0
        for it in incoming:
            m = it["meta"]
            if m.get("findable") != "name+city":
                continue
            rec = it["rec"]["contact"]
            comp = ex_recs[m["compare_index"]] if m["compare_set"] == "existing" else \
                incoming[m["compare_index"]]["rec"]["contact"]
            city = norm_city(rec["address"]["city"]) if rec["address"] and rec["address"].get("city") else None
            pool = [r for r, eid in by_city.get(city, []) if eid != it["rec"]["entity"]]
            if findable_ok(rec, comp, pool, margin=0.02):
                continue
            # not the clear best name match in its town: give it back one identifier of its customer
            if comp["phone"]:
                rec["phone"] = fmt_phone(phone_keys(comp["phone"])[0], ch(["plain", "dashc", "intl"]))
                it["T"]["phone"] = ["format"]
            elif comp["email"]:
                rec["email"] = comp["email"].lower()
                it["T"]["email"] = []
            else:
                rec["address"] = copy.deepcopy(comp["address"])
            fixed += 1
            changed += 1
            finish_match_meta(it, comp)
        if not changed:
            break
    # ---- assemble
    set_lines, meta_lines = [], []
    for i, (e, r) in enumerate(zip(existing, ex_recs)):
        set_lines.append({"set": "existing", "entity": e["id"], "contact": r})
        meta_lines.append({"set": "existing", "index": i, "entity": e["id"], "category": "existing",
                           "kind": e["kind"], "party": e["party"], "changes": []})
    for i, it in enumerate(incoming):
        set_lines.append(it["rec"])
        m = it["meta"]
        out = {"set": "incoming", "index": i, "entity": it["rec"]["entity"], "category": m["category"],
               "kind": m["kind"], "party": m["party"], "changes": m["changes"], "source": m["source"]}
        for k in ("occurrence", "profile", "evidence", "findable", "compare_set", "compare_index",
                  "anchor", "anchor_index", "hn_type", "rule", "shared"):
            if k in m:
                out[k] = m[k]
        meta_lines.append(out)
    return set_lines, meta_lines, fixed


def finish_match_meta(it, comp):
    m = it["meta"]
    rec = it["rec"]["contact"]
    ev = evidence(rec, comp)
    m["evidence"] = ev
    m["findable"] = "identifier" if ev else "name+city"
    m["changes"] = diff_changes(comp, rec, it["T"], "source_format")


def make_match_item(ent, comp, compare_set, compare_index, occurrence, namecity):
    can_nc = namecity and comp["address"] and comp["address"].get("city") and \
        len(name_tokens(comp["displayName"])) >= 2
    best = None
    for attempt in range(40):
        profile = wpick([("light", 40), ("medium", 40), ("harsh", 20)])
        if can_nc:
            profile = ch(["medium", "medium", "harsh"])
            src = source_for(ent, allow=("jobsheet", "webform", "legacy", "einvoice"))
        else:
            src = source_for(ent)
        c, T, v = make_noisy(ent, src, profile, bool(can_nc))
        ev = evidence(c, comp)
        if can_nc and ev:
            continue
        if not can_nc and not ev:
            continue
        if not (c["address"] or c["phone"] or c["email"]):
            continue
        best = (c, T, profile, src)
        break
    if best is None:
        # fall back: light rendering keeps an identifier
        for attempt in range(40):
            src = source_for(ent)
            c, T, v = make_noisy(ent, src, "light", False)
            if evidence(c, comp):
                best = (c, T, "light", src)
                break
    c, T, profile, src = best
    meta = {"category": "match" if compare_set == "existing" else "new", "kind": ent["kind"],
            "party": ent["party"], "source": src}
    if occurrence:
        meta["occurrence"] = occurrence
    meta["profile"] = profile
    meta["compare_set"] = compare_set
    if compare_index is not None:
        meta["compare_index"] = compare_index
    it = {"rec": {"set": "incoming", "entity": ent["id"], "contact": c}, "meta": meta, "T": T}
    finish_match_meta(it, comp)
    return it


# ============================================================== hard negatives
HN_RULES = {
    "father_son_bin": "Father and son are two customers even at one house and with the same words in their "
                      "patronymic names; the customer is the billed individual.",
    "same_given_diff_father": "The same given name (Muhammad.../Nur...) with a different father's name is a "
                              "different person.",
    "chinese_namesake_two_condos": "The same Chinese surname and given name at another condo, with no shared "
                                   "contact detail, is another person.",
    "tenant_vs_landlord": "A tenant billed for his own service calls is a separate customer from the unit's "
                          "owner (landlord).",
    "spouse_same_house": "A spouse who books and is billed in his or her own name is a separate customer, "
                         "even for the same house.",
    "owner_vs_enterprise": "A business (even a sole proprietorship / kedai) is its own customer, separate from "
                           "its owner's household account.",
    "jmb_vs_resident": "The condo's JMB / MC is billed for common property and is a different customer from any "
                       "resident or owner of a unit.",
    "company_vs_director": "A Sdn Bhd and its director are different customers even when they share a phone or "
                           "e-mail.",
    "sister_company": "A different legal entity (its own SSM number) is a different customer even under the same "
                      "trading name, group or e-mail domain.",
    "manager_vs_jmb": "A property-management firm is a different customer from the JMB / MC it manages, even when "
                      "they share staff, phone or e-mail domain.",
    "family_shared_contact": "Family members who share an e-mail or phone are separate customers; only the named, "
                             "billed person is the customer.",
    "namesake_other_town": "The same name in another town with no shared contact detail is another person.",
    "recycled_phone": "A phone number alone does not make the same customer: prepaid numbers are recycled by the "
                      "telcos.",
    "indian_initial_namesake": "The same Indian given name with a different father (other initial / a/l name) is "
                               "a different person.",
    "successor_occupant": "Customers are businesses, not premises: a new business at the same shoplot or office "
                          "is a new customer.",
}
HN_TYPES = list(HN_RULES)


def clone_person_names(dst, src):
    for k in ("eth", "sex", "given", "call", "father", "mk", "surname", "english", "ic_english", "chars"):
        dst[k] = src[k]
    dst["kind"] = src["kind"]
    refresh_email(dst)


def refresh_email(p):
    """A person's own mailbox follows his or her (final) name."""
    if p.get("email"):
        p["email"] = person_email(p)


def hn_build(t, a, pms, existing_ids):
    """Return (entity, allowed sources) or None for anchor a."""
    P = a["party"] == "person"
    city = a["city"]
    if t == "father_son_bin":
        if not P or a["eth"] != "malay" or a["sex"] != "M":
            return None
        s = make_person(city=city, eth="malay", sex="M")
        if chance(0.5):
            s["given"] = a["father"]
            s["call"] = a["father"].split()[-1]
        else:
            extra = ch([c for c in MALAY_M_CORE if c not in a["given"]])
            s["given"] = f"{a['given']} {extra}"
            s["call"] = extra
        s["father"] = a["given"]
        s["title"] = None
        refresh_email(s)
        if a["addr"] and chance(0.6):
            s["addr"] = copy.deepcopy(a["addr"])
            if a.get("landline") and chance(0.4):
                s["phones"] = [a["landline"]]
        return s, ("webform", "jobsheet", "einvoice", "legacy")
    if t == "same_given_diff_father":
        if not P or a["eth"] != "malay" or not re.match(r"(Muhammad|Mohd|Mohamad|Muhd|Mohammad|Nur|Nurul|Siti|Nor|Noor) ", a["given"]):
            return None
        s = make_person(city=city, eth="malay", sex=a["sex"])
        s["given"], s["call"] = a["given"], a["call"]
        fw = a["father"].split()
        same_first = [f for f in MALAY_FATHER if f != a["father"] and len(fw) > 1 and f.split()[0] == fw[0]]
        s["father"] = ch(same_first) if same_first else ch([f for f in MALAY_FATHER if f != a["father"] and f[0] == a["father"][0]] or [f for f in MALAY_FATHER if f != a["father"]])
        s["title"] = None
        refresh_email(s)
        return s, ("webform", "jobsheet", "einvoice", "legacy")
    if t == "chinese_namesake_two_condos":
        if not P or a["eth"] != "chinese" or not a["addr"] or a["addr"]["type"] != "condo":
            return None
        others = [c for c in CONDOS[city] if c["name"] != a["addr"]["place"]]
        s = make_person(city=city, eth="chinese", sex=a["sex"], with_addr=False, unique=False)
        clone_person_names(s, a)
        s["addr"] = make_addr(city, "condo", condo=ch(others))
        s["title"] = None
        return s, ("webform", "jobsheet", "einvoice", "legacy", "whatsapp")
    if t == "tenant_vs_landlord":
        if not P or not a["addr"] or a["addr"]["type"] not in ("condo", "landed"):
            return None
        s = make_person(city=city, eth=ch(["other", "chinese", "malay", "indian"]), with_addr=False)
        s["addr"] = copy.deepcopy(a["addr"])
        return s, ("jobsheet", "whatsapp", "webform")
    if t == "spouse_same_house":
        if not P or a["sex"] != "F" or not a["addr"] or a["eth"] not in ("malay", "chinese", "indian"):
            return None
        s = make_person(city=city, eth=a["eth"], sex="M", with_addr=False)
        if s["eth"] == "chinese" and s["surname"] == a["surname"]:
            return None
        s["addr"] = copy.deepcopy(a["addr"])
        if a.get("landline") and chance(0.3):
            s["phones"] = [a["landline"], s["mobile"]]
        return s, ("whatsapp", "jobsheet", "webform")
    if t == "owner_vs_enterprise":
        if not P and a["kind"] in ("enterprise", "restaurant", "trading") and a.get("owner"):
            ow = a["owner"]
            s = copy.deepcopy(ow)
            s["addr"] = make_addr(city, home_kind(city))
            s["phones"] = [ow["mobile"]]
            s["party"] = "person"
            return s, ("whatsapp", "webform", "jobsheet", "einvoice")
        if P and a["eth"] in ("malay", "chinese", "indian"):
            o = make_org(kind=ch(["enterprise", "restaurant"]), city=city, owner=a)
            o["contact"] = a
            o["phones"] = [a["mobile"]]
            return o, ("jobsheet", "einvoice", "webform", "whatsapp")
        return None
    if t == "jmb_vs_resident":
        if not P and a["kind"] in ("jmb", "mc") and a.get("condo"):
            s = make_person(city=city, with_addr=False)
            s["addr"] = make_addr(city, "condo", condo=a["condo"])
            return s, ("whatsapp", "jobsheet", "webform")
        if P and a["addr"] and a["addr"]["type"] == "condo":
            condo = [c for c in CONDOS[city] if c["name"] == a["addr"]["place"]][0]
            if condo["jmb_existing"] or condo.get("hn_used"):
                return None
            condo["hn_used"] = True
            if condo["jmb"] is None:
                condo["jmb"] = make_org(kind=ch(["jmb", "mc"]), condo=condo, manager=ch(pms))
            return condo["jmb"], ("einvoice", "webform", "jobsheet")
        return None
    if t == "company_vs_director":
        if not P and a["kind"] == "sdn_bhd" and a.get("owner"):
            d = copy.deepcopy(a["owner"])
            d["party"] = "person"
            d["addr"] = make_addr(city, home_kind(city))
            d["phones"] = [d["mobile"]]
            if a.get("email") and chance(0.5):
                d["email"] = a["email"]
            return d, ("webform", "whatsapp", "jobsheet", "einvoice")
        if P and a["eth"] in ("malay", "chinese", "indian"):
            o = make_org(kind="sdn_bhd", city=city, owner=a)
            o["contact"] = a
            if chance(0.6):
                o["phones"] = [a["mobile"]] + o["phones"][:1]
            elif a.get("email"):
                o["email"] = a["email"]
            return o, ("einvoice", "webform", "jobsheet")
        return None
    if t == "sister_company":
        if P or a["form"] not in ("sdn_bhd", "sdn_bhd_m", "enterprise", "trading"):
            return None
        if chance(0.5):
            nf = ch([f for f in ("sdn_bhd", "enterprise", "trading", "plt") if f != a["form"]])
            o = make_org(kind=a["kind"] if a["kind"] != "trading" else "sdn_bhd", city=ch([city, pick_city()]),
                         base=a["base"], form=nf)
        else:
            br = ch(["(Penang)", "(Utara)", "(Klang)", "(KL)", "(Selatan)", "(Shah Alam)"])
            o = make_org(kind=a["kind"], city=pick_city(), base=f"{a['base']} {br}", form=a["form"])
        if a.get("domain") and chance(0.7):
            o["email"] = f"{ch(['admin', 'accounts', 'sales', 'info'])}.{slug(o['city'])[:6]}@{a['domain']}"
        return o, ("einvoice", "webform", "legacy", "jobsheet")
    if t == "manager_vs_jmb":
        if not P and a["kind"] in ("jmb", "mc") and a.get("manager") and a["manager"].get("id") is None:
            pm = a["manager"]
            if pm.get("hn_used"):
                return None
            pm["hn_used"] = True
            pmv = copy.deepcopy(pm)
            if chance(0.5):
                pmv["contact"] = a["contact"]
                pmv["phones"] = [a["contact"]["mobile"]] + pmv["phones"][:1]
            return pmv, ("einvoice", "webform", "jobsheet", "legacy")
        if not P and a["kind"] == "property_manager":
            free = [c for cc in CITY_ORDER for c in CONDOS[cc] if c["jmb"] is None]
            if not free:
                return None
            condo = ch(free)
            j = make_org(kind=ch(["jmb", "mc"]), condo=condo, manager=a)
            condo["jmb"] = j
            j["contact"] = a["contact"]
            if chance(0.5):
                j["phones"] = [a["contact"]["mobile"], j["phones"][-1]]
            if a.get("domain"):
                j["email"] = f"{slug(condo['name'])[:16]}@{a['domain']}"
            return j, ("einvoice", "webform", "jobsheet", "whatsapp")
        return None
    if t == "family_shared_contact":
        if not P or a["eth"] not in ("malay", "chinese", "indian"):
            return None
        s = make_person(city=ch([city, city, pick_city()]), eth=a["eth"])
        if a["eth"] == "chinese":
            s["surname"] = a["surname"]
            s["chars"] = a["chars"][:1] + (s["chars"] or "")[1:]
        elif a["eth"] == "malay":
            s["father"] = a["given"] if a["sex"] == "M" else a["father"]
        else:
            s["father"] = a["given"] if a["sex"] == "M" else a["father"]
            s["mk"] = ("a/l" if s["sex"] == "M" else "a/p")
        refresh_email(s)
        if a.get("email") and chance(0.5):
            s["email"] = a["email"]
        else:
            s["phones"] = [a["phones"][-1]] + [s["mobile"]]
        return s, ("webform", "jobsheet", "einvoice", "whatsapp")
    if t == "namesake_other_town":
        if not P:
            return None
        other = ch([c for c in CITY_ORDER if (c in PENANG) != (city in PENANG)])
        s = make_person(city=other, eth=a["eth"], sex=a["sex"], unique=False)
        clone_person_names(s, a)
        s["title"] = a.get("title")
        return s, ("legacy", "einvoice", "webform", "jobsheet")
    if t == "recycled_phone":
        if not P:
            return None
        s = make_person(city=ch([c for c in CITY_ORDER if c != city]))
        s["phones"] = [a["mobile"]]
        return s, ("whatsapp", "webform", "jobsheet")
    if t == "indian_initial_namesake":
        if not P or a["eth"] != "indian":
            return None
        s = make_person(city=city, eth="indian", sex=a["sex"], unique=False)
        s["given"], s["call"] = a["given"], a["call"]
        s["father"] = ch([f for f in IN_FATHER if f[0] != a["father"][0]])
        refresh_email(s)
        return s, ("jobsheet", "whatsapp", "webform", "legacy")
    if t == "successor_occupant":
        if P or not a["addr"] or a["addr"]["type"] not in ("shop", "office"):
            return None
        o = make_org(kind=ch(["enterprise", "restaurant", "sdn_bhd", "clinic", "education"]), city=city)
        o["addr"] = copy.deepcopy(a["addr"])
        return o, ("jobsheet", "einvoice", "webform", "whatsapp")
    raise ValueError(t)


def build_hard_negatives(existing, ex_recs, ex_index, pms):
    items = []
    used = set()
    existing_ids = {e["id"] for e in existing}
    for t in HN_TYPES:
        got = 0
        order = list(range(len(existing)))
        R.shuffle(order)
        for idx in order:
            if got >= N_HN_PER_TYPE:
                break
            a = existing[idx]
            if a["id"] in used:
                continue
            built = hn_build(t, a, pms, existing_ids)
            if built is None:
                continue
            ent, srcs = built
            ent = copy.deepcopy(ent)
            ent["id"] = new_id()
            ok = None
            for _ in range(12):
                src = ch(list(srcs))
                if src == "whatsapp" and not ent["phones"]:
                    continue
                T = {}
                v = copy.deepcopy(ent)
                c = render(v, src, T, {})
                if chance(0.3):
                    apply_op(ch(["case", "addr_abbr", "phone_fmt", "addr_case"]), c, T, v, src)
                sh = shared_claims(c, ex_recs[idx])
                if any(x in STRONG_CLAIMS for x in sh) and (c["phone"] or c["email"] or c["address"]):
                    ok = (c, T, src, sh)
                    break
            if ok is None:
                continue
            c, T, src, sh = ok
            used.add(a["id"])
            got += 1
            keep = ("wrong_field", "tin_in_line2", "note_in_line2")
            T = {f: [t for t in ts if t in keep] for f, ts in T.items()}
            meta = {"category": "hard_negative", "kind": ent["kind"], "party": ent["party"],
                    "changes": diff_changes(ex_recs[idx], c, T, "other_party"), "source": src,
                    "anchor": a["id"], "anchor_index": idx, "hn_type": t, "rule": HN_RULES[t], "shared": sh}
            items.append({"rec": {"set": "incoming", "entity": ent["id"], "contact": c}, "meta": meta})
        if got < N_HN_PER_TYPE:
            raise RuntimeError(f"not enough anchors for {t}: {got}")
    return items


def write_out(outdir, set_lines, meta_lines):
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in set_lines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in meta_lines:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    set_lines, meta_lines, fixed = build()
    write_out(args.out, set_lines, meta_lines)
    inc = [m for m in meta_lines if m["set"] == "incoming"]
    cats = {}
    for m in inc:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    nc = sum(1 for m in inc if m.get("findable") == "name+city")
    reps = sum(1 for m in inc if m["category"] == "new" and m.get("occurrence", 1) > 1)
    print(f"existing={sum(1 for m in meta_lines if m['set'] == 'existing')} incoming={len(inc)} "
          f"match={cats.get('match', 0)} new={cats.get('new', 0)} (repeats={reps}) "
          f"hard_negative={cats.get('hard_negative', 0)} name+city={nc} fixed_up={fixed}")


if __name__ == "__main__":
    main()
