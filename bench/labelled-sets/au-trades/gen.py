#!/usr/bin/env python3
"""
hold3 -- independent, labelled record-linkage test set.

Scenario: an Australian electrician / builder.  "existing" = customers already in
QuickBooks Online (one per entity, DisplayName unique as QBO requires).
"incoming" = customer records arriving, in order, from an upstream job-management
app; each must either link to the existing customer of its entity or create a new
customer (and later incoming records of that new entity must link to it).

Deterministic: fixed SEED, Python standard library only (all name/street/suburb
lists are curated in this file; Faker is not needed).

Writes (into the directory of this file, or --out DIR):
  set.jsonl   one record a line: {"set", "entity", "contact"}
  meta.jsonl  same line order: category, subtype, changes, related entity, ...
  README.txt  description and counts
"""
import argparse
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
import random

SEED = 20250613
R = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
INCOMING_MIX = {"dup_existing": 600, "new": 375, "hard_negative": 300, "repeat_incoming": 225}


# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def p(x):
    return R.random() < x


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s.lower() if c.isalnum() and ord(c) < 128)


def initials_of(name):
    return name.strip()[0].upper()


# ----------------------------------------------------------------------------
# geography
# ----------------------------------------------------------------------------
SUBURBS_RAW = """
Parramatta|NSW|2150|syd_w|8
Westmead|NSW|2145|syd_w|3
Wentworthville|NSW|2145|syd_w|3
Toongabbie|NSW|2146|syd_w|3
Seven Hills|NSW|2147|syd_w|3
Blacktown|NSW|2148|syd_w|5
Granville|NSW|2142|syd_w|3
Merrylands|NSW|2160|syd_w|4
Guildford|NSW|2161|syd_w|3
Auburn|NSW|2144|syd_w|3
Lidcombe|NSW|2141|syd_w|2
Ermington|NSW|2115|syd_w|2
Dundas|NSW|2117|syd_w|1
Carlingford|NSW|2118|syd_w|3
Quakers Hill|NSW|2763|syd_w|3
Schofields|NSW|2762|syd_w|3
Riverstone|NSW|2765|syd_w|2
Marsden Park|NSW|2765|syd_w|3
Box Hill|NSW|2765|syd_w|2
Penrith|NSW|2750|syd_w|4
St Marys|NSW|2760|syd_w|2
Richmond|NSW|2753|syd_w|1
Castle Hill|NSW|2154|syd_hills|5
Baulkham Hills|NSW|2153|syd_hills|4
Bella Vista|NSW|2153|syd_hills|3
Kellyville|NSW|2155|syd_hills|4
Rouse Hill|NSW|2155|syd_hills|3
Pennant Hills|NSW|2120|syd_hills|2
Epping|NSW|2121|syd_hills|3
Hornsby|NSW|2077|syd_hills|3
Eastwood|NSW|2122|syd_hills|3
Marsfield|NSW|2122|syd_hills|1
Ryde|NSW|2112|syd_hills|3
Liverpool|NSW|2170|syd_sw|5
Casula|NSW|2170|syd_sw|2
Moorebank|NSW|2170|syd_sw|2
Prestons|NSW|2170|syd_sw|2
Edmondson Park|NSW|2174|syd_sw|2
Leppington|NSW|2179|syd_sw|2
Austral|NSW|2179|syd_sw|1
Hoxton Park|NSW|2171|syd_sw|1
Campbelltown|NSW|2560|syd_sw|3
Ingleburn|NSW|2565|syd_sw|2
Oran Park|NSW|2570|syd_sw|2
Gregory Hills|NSW|2557|syd_sw|1
Fairfield|NSW|2165|syd_sw|3
Cabramatta|NSW|2166|syd_sw|3
Canley Vale|NSW|2166|syd_sw|2
Bossley Park|NSW|2176|syd_sw|2
Wetherill Park|NSW|2164|syd_sw|2
Smithfield|NSW|2164|syd_sw|2
Bankstown|NSW|2200|syd_s|4
Punchbowl|NSW|2196|syd_s|2
Lakemba|NSW|2195|syd_s|2
Greenacre|NSW|2190|syd_s|2
Belmore|NSW|2192|syd_s|1
Revesby|NSW|2212|syd_s|2
Padstow|NSW|2211|syd_s|1
Peakhurst|NSW|2210|syd_s|1
Hurstville|NSW|2220|syd_s|3
Kogarah|NSW|2217|syd_s|2
Rockdale|NSW|2216|syd_s|2
Bexley|NSW|2207|syd_s|1
Arncliffe|NSW|2205|syd_s|1
Earlwood|NSW|2206|syd_s|1
Beverly Hills|NSW|2209|syd_s|1
Sans Souci|NSW|2219|syd_s|1
Miranda|NSW|2228|syd_s|2
Cronulla|NSW|2230|syd_s|2
Sutherland|NSW|2232|syd_s|1
Engadine|NSW|2233|syd_s|1
Strathfield|NSW|2135|syd_inner|2
Burwood|NSW|2134|syd_inner|2
Concord|NSW|2137|syd_inner|2
Five Dock|NSW|2046|syd_inner|2
Drummoyne|NSW|2047|syd_inner|1
Leichhardt|NSW|2040|syd_inner|2
Haberfield|NSW|2045|syd_inner|1
Marrickville|NSW|2204|syd_inner|2
Newtown|NSW|2042|syd_inner|2
Glebe|NSW|2037|syd_inner|1
Surry Hills|NSW|2010|syd_inner|2
Sydney|NSW|2000|syd_inner|3
Ashfield|NSW|2131|syd_inner|2
Homebush|NSW|2140|syd_inner|1
Rhodes|NSW|2138|syd_inner|2
Mascot|NSW|2020|syd_inner|1
Chatswood|NSW|2067|syd_n|2
North Sydney|NSW|2060|syd_n|2
Mosman|NSW|2088|syd_n|1
Manly|NSW|2095|syd_n|1
Dee Why|NSW|2099|syd_n|1
Mona Vale|NSW|2103|syd_n|1
Bondi|NSW|2026|syd_e|1
Randwick|NSW|2031|syd_e|1
Maroubra|NSW|2035|syd_e|1
Coogee|NSW|2034|syd_e|1
Kingsford|NSW|2032|syd_e|1
Newcastle|NSW|2300|nsw_o|1
Charlestown|NSW|2290|nsw_o|1
Maitland|NSW|2320|nsw_o|1
Gosford|NSW|2250|nsw_o|1
Erina|NSW|2250|nsw_o|1
Terrigal|NSW|2260|nsw_o|1
Wollongong|NSW|2500|nsw_o|1
Shellharbour|NSW|2529|nsw_o|1
Kiama|NSW|2533|nsw_o|1
Melbourne|VIC|3000|vic|1
Richmond|VIC|3121|vic|1
Brunswick|VIC|3056|vic|1
Coburg|VIC|3058|vic|1
Preston|VIC|3072|vic|1
Box Hill|VIC|3128|vic|1
Glen Waverley|VIC|3150|vic|1
Doncaster|VIC|3108|vic|1
Footscray|VIC|3011|vic|1
Sunshine|VIC|3020|vic|1
Werribee|VIC|3030|vic|1
Point Cook|VIC|3030|vic|1
Dandenong|VIC|3175|vic|1
Frankston|VIC|3199|vic|1
Geelong|VIC|3220|vic|1
Reservoir|VIC|3073|vic|1
Brisbane City|QLD|4000|qld|1
Fortitude Valley|QLD|4006|qld|1
Chermside|QLD|4032|qld|1
Sunnybank|QLD|4109|qld|1
Carindale|QLD|4152|qld|1
Indooroopilly|QLD|4068|qld|1
Southport|QLD|4215|qld|1
Surfers Paradise|QLD|4217|qld|1
Robina|QLD|4226|qld|1
Burleigh Heads|QLD|4220|qld|1
Maroochydore|QLD|4558|qld|1
Ipswich|QLD|4305|qld|1
Perth|WA|6000|wa|1
Fremantle|WA|6160|wa|1
Joondalup|WA|6027|wa|1
Subiaco|WA|6008|wa|1
Morley|WA|6062|wa|1
Adelaide|SA|5000|sa|1
Norwood|SA|5067|sa|1
Glenelg|SA|5045|sa|1
Prospect|SA|5082|sa|1
Canberra|ACT|2601|act|1
Belconnen|ACT|2617|act|1
Gungahlin|ACT|2912|act|1
Kingston|ACT|2604|act|1
Hobart|TAS|7000|tas|1
Sandy Bay|TAS|7005|tas|1
Launceston|TAS|7250|tas|1
Darwin|NT|0800|nt|1
Palmerston|NT|0830|nt|1
"""
SUBURBS = []
for _ln in SUBURBS_RAW.strip().splitlines():
    _n, _s, _pc, _rg, _w = _ln.split("|")
    SUBURBS.append({"suburb": _n, "state": _s, "postcode": _pc, "region": _rg, "w": int(_w)})
REGION_W = [("syd_w", 30), ("syd_hills", 16), ("syd_sw", 16), ("syd_s", 10), ("syd_inner", 9),
            ("syd_n", 3), ("syd_e", 2), ("nsw_o", 5), ("vic", 3), ("qld", 3), ("wa", 1),
            ("sa", 1), ("act", 1), ("tas", 0.5), ("nt", 0.3)]
SUB_BY_REGION = defaultdict(list)
for _s in SUBURBS:
    SUB_BY_REGION[_s["region"]].append(_s)
NEW_ESTATES = ["Box Hill", "Marsden Park", "Schofields", "Oran Park", "Gregory Hills", "Leppington",
               "Austral", "Edmondson Park", "Rouse Hill", "Kellyville", "Riverstone", "Point Cook",
               "Werribee"]
STATE_LONG = {"NSW": "New South Wales", "VIC": "Victoria", "QLD": "Queensland", "WA": "Western Australia",
              "SA": "South Australia", "ACT": "Australian Capital Territory", "TAS": "Tasmania",
              "NT": "Northern Territory"}
POSTCODE_SHARE = defaultdict(list)
for _s in SUBURBS:
    POSTCODE_SHARE[(_s["state"], _s["postcode"])].append(_s)


def pick_suburb(region=None, near=None):
    if near is not None:
        region = near["region"]
    if region is None:
        region = wch(REGION_W)
    lst = SUB_BY_REGION[region]
    return wch([(s, s["w"]) for s in lst])


def sub_by_name(name, state=None):
    for s in SUBURBS:
        if s["suburb"] == name and (state is None or s["state"] == state):
            return s
    raise KeyError(name)


STREETS = """George Church Victoria Station High King Queen Railway Park William Elizabeth Smith
Wattle Banksia Acacia Bay Beach Hill Bridge Market Mill Albert Alfred Edward Charles Hunter Macquarie
Pitt Oxford Marion Dunmore Windsor Old_Windsor Pennant_Hills Showground Cecil Hawkesbury Carlisle
Bettington Marsden Kissing_Point Silverwater Kent Waratah Boronia Grevillea Jacaranda Bottlebrush
Ironbark Kurrajong Lilly_Pilly Melaleuca Casuarina Cumberland Prospect Great_Western Hume Bunya
Hoxton_Park Elizabeth_Drive Cowpasture Camden_Valley Narellan Appin Moore Macarthur Forest Ocean
Pacific Sunnyholt Quakers_Hill Farnham Rooty_Hill Sorrento Belmore Canterbury Chapel Haldon Wangee
Burwood Liverpool Hume Tooronga Rawson Marlborough Ashley Holden Ferguson Kingsway President Princes
Hercules Patrick Thomas Bowden Jersey Argyle Darcy Fennell Hassall Mons Pembroke Chisholm Darling
Evans Boundary Whitehall Fairway Links Golf Shirley Sydney Hampden Beecroft Midson Terry Blaxland
Lawson Wentworth Bland Brady Clyde Factory Enterprise Commerce Production Foundry Anzac Gallipoli
Kokoda Tobruk Amiens Bapaume Villiers Flinders Bass Cook Phillip Hume Sturt Oxley Mitchell Leichhardt
Kennedy Burke Wills Eyre Forrest Stuart Gregory Ridgeline Aurora Lakeview Kingfisher Whipbird
Lorikeet Rosella Currawong Magpie Kookaburra Spotted_Gum Blackbutt Stringybark Redgum Tallowwood""".split()
STREETS = sorted(set(s.replace("_", " ") for s in STREETS) - {"Factory", "Enterprise", "Commerce", "Production", "Foundry"})
STYPES = [("Street", 34), ("Road", 18), ("Avenue", 11), ("Parade", 4), ("Crescent", 6), ("Place", 6),
          ("Close", 3), ("Court", 3), ("Drive", 7), ("Lane", 2), ("Way", 2), ("Highway", 1), ("Terrace", 2),
          ("Circuit", 3), ("Grove", 2), ("Boulevard", 1)]
ABBR = {"Street": ["St"], "Road": ["Rd"], "Avenue": ["Ave", "Av"], "Parade": ["Pde"], "Crescent": ["Cres", "Cr"],
        "Place": ["Pl"], "Close": ["Cl"], "Court": ["Ct"], "Drive": ["Dr", "Drv"], "Lane": ["Ln", "La"],
        "Way": ["Way"], "Highway": ["Hwy"], "Terrace": ["Tce"], "Circuit": ["Cct"], "Grove": ["Gr", "Gve"],
        "Boulevard": ["Blvd"]}
INDUSTRIAL_STREETS = ["Enterprise", "Commerce", "Production", "Foundry", "Factory", "Industrial", "Trade",
                      "Kellogg", "Hume", "Victoria", "Station", "Boundary", "Smith", "Hassall", "Kent",
                      "Holker", "Carnegie", "Bessemer", "Coal", "Anvil"]
MAIN_STREETS = ["George", "Church", "Victoria", "Station", "High", "Railway", "King", "Queen", "Macquarie",
                "Marion", "Oxford", "Burwood", "Liverpool", "Canterbury", "Pacific", "Forest", "Market",
                "Hunter", "Darcy", "Argyle", "Beamish", "Haldon", "John", "Main", "Old Northern"]
BUILDINGS = []  # unit blocks, for neighbours


def new_street(industrial=False, main=False, estate=False):
    if industrial:
        return ch(INDUSTRIAL_STREETS), wch([("Street", 3), ("Road", 3), ("Drive", 3), ("Place", 2),
                                            ("Close", 1), ("Avenue", 1)])
    if main:
        return ch(MAIN_STREETS), wch([("Street", 6), ("Road", 3), ("Parade", 1), ("Highway", 1)])
    if estate:
        return ch(["Ridgeline", "Aurora", "Lakeview", "Kingfisher", "Whipbird", "Lorikeet", "Rosella",
                   "Currawong", "Spotted Gum", "Blackbutt", "Stringybark", "Redgum", "Tallowwood",
                   "Hamlet", "Meadow", "Heritage", "Carmargue", "Alderney", "Clydesdale", "Galloway"]), \
            wch([("Street", 3), ("Circuit", 3), ("Drive", 2), ("Avenue", 2), ("Crescent", 2), ("Way", 2)])
    return ch(STREETS), wch(STYPES)


def make_addr(kind, sub=None, region=None, reuse_building=0.0, unit_max=40):
    if kind == "lot" and sub is None:
        sub = sub_by_name(ch(NEW_ESTATES[:11]))
    sub = sub or pick_suburb(region)
    a = {"kind": kind, "unit": None, "level": None, "suite": None, "lot": None, "number": None,
         "street": None, "stype": None, "suburb": sub["suburb"], "state": sub["state"],
         "postcode": sub["postcode"], "region": sub["region"], "box": None, "boxtype": None}
    if kind == "pobox":
        a["box"] = str(R.randint(1, 9999))
        a["boxtype"] = "Locked Bag" if p(0.08) else "PO Box"
        return a
    if kind == "unit" and reuse_building and BUILDINGS and p(reuse_building):
        cands = [b for b in BUILDINGS if b["region"] == sub["region"]] or BUILDINGS
        b = ch(cands)
        a.update({k: b[k] for k in ("number", "street", "stype", "suburb", "state", "postcode", "region")})
        used = b["units"]
        u = R.randint(1, unit_max)
        while str(u) in used:
            u = R.randint(1, unit_max + 20)
        a["unit"] = str(u)
        used.append(str(u))
        return a
    if kind == "factory":
        a["street"], a["stype"] = new_street(industrial=True)
    elif kind in ("shop", "level"):
        a["street"], a["stype"] = new_street(main=True)
    elif kind == "lot":
        a["street"], a["stype"] = new_street(estate=True)
    else:
        a["street"], a["stype"] = new_street()
    a["number"] = str(R.randint(1, 60) if kind == "house" and p(0.6) else R.randint(1, 260))
    if kind == "house" and p(0.03):
        a["number"] += ch("AB")
    if kind == "unit":
        a["unit"] = str(R.randint(1, unit_max))
        BUILDINGS.append({k: a[k] for k in ("number", "street", "stype", "suburb", "state", "postcode", "region")}
                         | {"units": [a["unit"]]})
    elif kind == "level":
        a["level"] = str(R.randint(1, 15))
        if p(0.5):
            a["suite"] = str(R.randint(1, 12))
    elif kind in ("shop", "factory"):
        a["unit"] = str(R.randint(1, 30))
    elif kind == "lot":
        a["lot"] = str(R.randint(101, 1599))
        a["number"] = str(R.randint(1, 80))  # street number assigned later
    return a


def addr_key(a):
    if a is None:
        return None
    return (a["kind"], a["unit"], a["level"], a["suite"], a["lot"], a["number"], a["street"], a["stype"],
            a["suburb"], a["state"], a["box"])


def _forms(a, ab, lot_numbered):
    st = ch(ABBR[a["stype"]]) if ab and a["stype"] else a["stype"]
    if ab and st and p(0.04) and st not in ("Way",):
        st += "."
    k = a["kind"]
    if k == "pobox":
        n = a["box"]
        if a["boxtype"] == "Locked Bag":
            return [([f"Locked Bag {n}"], 8), ([f"LOCKED BAG {n}"], 1)]
        return [([f"PO Box {n}"], 10), ([f"P.O. Box {n}"], 3), ([f"PO BOX {n}"], 2), ([f"Po Box {n}"], 1),
                ([f"P O Box {n}"], 1), ([f"POBox {n}"], 0.5)]
    street = f"{a['street']} {st}"
    if k == "lot" and not lot_numbered:
        L = a["lot"]
        return [([f"Lot {L} {street}"], 10), ([f"Lot {L}, {street}"], 5), ([f"Lot {L}", street], 2),
                ([f"LOT {L} {street}"], 1), ([f"Lot {L} {street} (new build)"], 0.5)]
    s = f"{a['number']} {street}"
    if k in ("house", "lot"):
        return [([s], 1)]
    u = a["unit"]
    if k == "unit":
        return [([f"{u}/{s}"], 40), ([f"Unit {u}, {s}"], 15), ([f"Unit {u} {s}"], 8), ([f"U{u}/{s}"], 5),
                ([f"U{u} {s}"], 2), ([f"Apt {u}, {s}"], 3), ([f"Unit {u}", s], 8), ([s, f"Unit {u}"], 3),
                ([f"{u} / {s}"], 2), ([f"Flat {u}, {s}"], 1), ([f"Unit {u}/{s}"], 4), ([f"U {u}, {s}"], 2)]
    if k == "shop":
        return [([f"Shop {u}, {s}"], 20), ([f"Shop {u}/{s}"], 10), ([f"{u}/{s}"], 6), ([f"Shop {u} {s}"], 5),
                ([f"Shop {u}", s], 5), ([f"Shp {u}, {s}"], 1)]
    if k == "factory":
        return [([f"Factory {u}, {s}"], 12), ([f"Unit {u}, {s}"], 10), ([f"{u}/{s}"], 10),
                ([f"Factory {u}/{s}"], 4), ([f"Unit {u}", s], 4), ([f"F{u}/{s}"], 1)]
    if k == "level":
        L, S = a["level"], a["suite"]
        if S is None:
            return [([f"Level {L}, {s}"], 20), ([f"Level {L} {s}"], 8), ([f"L{L}, {s}"], 6), ([f"L{L} {s}"], 3),
                    ([f"Level {L}", s], 6), ([f"Lvl {L}, {s}"], 1), ([s, f"Level {L}"], 1)]
        return [([f"Suite {S}, Level {L}, {s}"], 20), ([f"Suite {S}, {s}"], 4), ([f"Suite {S} Level {L} {s}"], 5),
                ([f"{S}/{s}"], 3), ([f"Suite {S}/{s}"], 4), ([f"Suite {S}, Level {L}", s], 6),
                ([f"Level {L}, Suite {S}", s], 3), ([f"L{L} S{S}, {s}"], 1), ([f"Level {L}, Suite {S}, {s}"], 3)]
    raise ValueError(k)


def render_addr(a, mode, lot_numbered=False, avoid_line1=None, state_long=False, no_postcode=False,
                city_upper=False, one_line=False):
    if a is None:
        return None
    for _ in range(12):
        ab = p(0.55)
        forms = _forms(a, ab, lot_numbered)
        if mode == "incoming":
            forms = [(f, w ** 0.5 + 0.5) for f, w in forms]
        lines = wch(forms)
        if avoid_line1 is None or lines[0] != avoid_line1:
            break
    line1 = lines[0]
    line2 = lines[1] if len(lines) > 1 else None
    city = a["suburb"]
    r = R.random()
    if mode == "existing":
        region = a["state"] if r < 0.92 else (STATE_LONG[a["state"]] if r < 0.96 else None)
        pc = a["postcode"] if p(0.96) else None
        country = wch([("Australia", 55), (None, 35), ("AU", 10)])
        if p(0.04):
            city = city.upper()
    else:
        region = wch([(a["state"], 78), (STATE_LONG[a["state"]], 6), (a["state"].lower(), 3),
                      (".".join(a["state"]) + ".", 2), (None, 11)])
        pc = a["postcode"] if p(0.9) else None
        country = wch([("Australia", 45), (None, 35), ("AU", 14), ("AUS", 6)])
        cr = R.random()
        if cr < 0.13:
            city = city.upper()
        elif cr < 0.17:
            city = city.lower()
        if p(0.04):
            line1 = line1.upper()
            line2 = line2.upper() if line2 else None
    if state_long:
        region = STATE_LONG[a["state"]]
    if no_postcode:
        pc = None
    if city_upper:
        city = city.upper()
    if one_line:
        line1 = f"{line1}{', ' + line2 if line2 else ''}, {a['suburb']} {a['state']} {a['postcode']}"
        line2, city, region, pc = None, None, None, None
        country = None if p(0.7) else country
    return {"line1": line1, "line2": line2, "city": city, "region": region, "postalCode": pc, "country": country}


# ----------------------------------------------------------------------------
# phones & e-mails
# ----------------------------------------------------------------------------
USED_NUM = set()
USED_EMAIL = set()
USED_DOMAIN = set()
AREA = {"NSW": "2", "ACT": "2", "VIC": "3", "TAS": "3", "QLD": "7", "SA": "8", "WA": "8", "NT": "8"}
LEAD = {"NSW": "9984", "ACT": "6", "VIC": "985", "TAS": "6", "QLD": "35", "SA": "8", "WA": "96", "NT": "8"}


def _uniq_num(f):
    while True:
        n = f()
        if n not in USED_NUM:
            USED_NUM.add(n)
            return n


def new_mobile():
    return _uniq_num(lambda: "04" + str(R.choice("0123456789")) + "".join(R.choice("0123456789") for _ in range(7)))


def new_landline(state, region=None):
    lead = LEAD[state]
    if state == "NSW":
        lead = "4" if region == "nsw_o" else "98"
    return _uniq_num(lambda: "0" + AREA[state] + R.choice(lead) +
                     "".join(R.choice("0123456789") for _ in range(7)))


def new_1300():
    return _uniq_num(lambda: ch(["1300", "1300", "1800"]) + "".join(R.choice("0123456789") for _ in range(6)))


def fmt_phone(n, mode):
    if n is None:
        return None
    if n.startswith("04"):
        a, b, c = n[:4], n[4:7], n[7:]
        styles = [(f"{a} {b} {c}", 55), (n, 28), (f"+61 {n[1:4]} {b} {c}", 4), (f"+61{n[1:]}", 3),
                  (f"{a}-{b}-{c}", 2), (f"{n[:4]} {n[4:6]} {n[6:8]} {n[8:]}", 1), (f"61{n[1:]}", 1),
                  (f"({a}) {b} {c}", 1), (f"{a}.{b}.{c}", 0.5), (f"{a} {n[4:]}", 2)]
    elif n.startswith("13") or n.startswith("18"):
        styles = [(f"{n[:4]} {n[4:7]} {n[7:]}", 10), (n, 4), (f"{n[:4]} {n[4:6]} {n[6:8]} {n[8:]}", 1)]
    else:
        ac, a, b = n[:2], n[2:6], n[6:]
        styles = [(f"({ac}) {a} {b}", 45), (f"{ac} {a} {b}", 20), (n, 15), (f"+61 {ac[1]} {a} {b}", 3),
                  (f"{a} {b}", 6), (f"{ac}-{a}-{b}", 1), (f"({ac}){a}{b}", 2), (f"+61{n[1:]}", 1),
                  (f"{a}{b}", 1)]
    if mode == "incoming":
        styles = [(s, w ** 0.6 + 0.3) for s, w in styles]
    return wch(styles)


PROVIDERS = [("gmail.com", 30), ("bigpond.com", 12), ("bigpond.net.au", 5), ("optusnet.com.au", 8),
             ("outlook.com", 8), ("hotmail.com", 10), ("yahoo.com.au", 6), ("icloud.com", 7),
             ("live.com.au", 3), ("tpg.com.au", 3), ("iinet.net.au", 3), ("internode.on.net", 1),
             ("outlook.com.au", 2), ("me.com", 1), ("hotmail.com.au", 2)]


def claim_email(local, domain):
    e = f"{local}@{domain}"
    k = 2
    while e in USED_EMAIL:
        e = f"{local}{k if p(0.5) else R.randint(10, 99)}@{domain}"
        k += 1
    USED_EMAIL.add(e)
    return e


def person_email(given, family, partner=None, domain=None, nick=None):
    g, f = slug(given) or "x", slug(family) or "y"
    domain = domain or wch(PROVIDERS)
    yy = str(R.randint(55, 99)) if p(0.5) else str(R.randint(1, 30))
    pats = [(f"{g}.{f}", 22), (f"{g}{f}", 14), (f"{g[0]}{f}", 12), (f"{g}.{f}{yy}", 6), (f"{g}{f[0]}", 4),
            (f"{g}_{f}", 4), (f"{f}{g[0]}", 3), (f"{g}{yy}", 4), (f"{f}.{g}", 2), (f"{g}{f}{yy}", 6),
            (f"{g[0]}.{f}", 4), (f"{f}{yy}", 2)]
    if nick:
        n = slug(nick)
        pats += [(f"{n}.{f}", 6), (f"{n}{f}", 4), (f"{n}{yy}", 2)]
    if partner:
        pg = slug(partner)
        pats += [(f"{g}and{pg}", 10), (f"the{f}s", 6), (f"{f}family", 6), (f"{g[0]}{pg[0]}{f}", 4),
                 (f"{g}{pg}{f}", 2)]
    return claim_email(wch(pats), domain)


def new_domain(core, tld=None):
    base = slug(core)[:28] or "biz"
    tld = tld or wch([(".com.au", 75), (".com", 15), (".net.au", 6), (".au", 4)])
    d = base + tld
    k = 2
    while d in USED_DOMAIN:
        d = f"{base}{ch(['group', 'nsw', 'aust', 'syd', 'au', str(k)])}{tld}"
        k += 1
    USED_DOMAIN.add(d)
    return d


# ----------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------
ANGLO_M = """James John Robert Michael William David Richard Thomas Christopher Daniel Matthew Anthony Mark
Steven Andrew Paul Joshua Kenneth Kevin Brian Timothy Ronald Jason Jeffrey Ryan Jacob Gary Nicholas Eric
Jonathan Stephen Benjamin Samuel Gregory Alexander Patrick Peter Raymond Jack Dennis Nathan Scott Luke
Liam Noah Oliver Harrison Lachlan Mitchell Brendan Craig Darren Glenn Shane Wayne Trent Bradley Cameron
Dylan Jake Hamish Angus Callum Hayden Jarrod Kieran Troy Dean Grant Warren Barry Graham Keith Ian Neil
Russell Rodney Geoffrey Philip Stuart Bruce Colin Malcolm Ross Edward Frederick Joseph Henry Charles
Harry Zachary Tyler Blake Jordan Cooper Riley Declan""".split()
ANGLO_F = """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Margaret
Sandra Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Kathleen
Amy Angela Helen Anna Brenda Pamela Nicole Samantha Katherine Christine Rachel Catherine Kylie Tracey
Leanne Kerry Natalie Chloe Olivia Charlotte Isla Mia Ruby Jacqueline Joanne Belinda Narelle Tanya Megan
Hayley Bronwyn Gail Judith Heather Alison Fiona Gemma Jade Kate Lauren Madison Tegan Sophie Emma Georgia
Victoria Alexandra Abigail Danielle Renee Simone Vanessa Claire Holly Erin""".split()
ANGLO_S = """Smith Jones Williams Brown Wilson Taylor Johnson White Martin Anderson Thompson Walker Harris
Ryan Robinson Kelly King Davis Wright Evans Roberts Green Hall Wood Jackson Clarke Campbell Mitchell
Hughes Edwards Turner Baker Cooper Hill Morris Ward Murphy O'Brien O'Connor McDonald MacKenzie McLeod
Stewart Scott Young Allen Bell Murray Graham Kennedy Morgan Richardson Collins Cook Russell Watson
Carter Phillips Parker Bennett Price Hunt Gibson Fraser Sullivan Quinn Byrne Doyle Fitzgerald Gallagher
Nolan Hayes Burke Barnes Lawson Fletcher Dawson Sutherland Henderson Ferguson Douglas Reid Crawford
Lloyd Chapman Marshall Matthews Simpson Stevens Ellis Hewitt Pearce Cunningham Donnelly Whitfield
Ashworth Blackwood Thornton Hollis Pritchard McGregor O'Neill McKenzie Thomson Harrison Gordon Jenkins
Lee Payne Rogers Moore Clark Lewis Webb Shaw Mills Holmes Knight Hudson Wells Barker Spencer Francis""".split()
NICK = {"Robert": ["Rob", "Bob", "Robbie"], "William": ["Will", "Bill", "Billy"], "James": ["Jim", "Jimmy", "Jamie"],
        "John": ["Johnny", "Jack"], "Michael": ["Mike", "Mick"], "Richard": ["Rick", "Richie", "Dick"],
        "Thomas": ["Tom", "Tommy"], "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
        "Anthony": ["Tony", "Ant"], "Steven": ["Steve"], "Stephen": ["Steve"], "Andrew": ["Andy", "Drew"],
        "Kenneth": ["Ken"], "Timothy": ["Tim"], "Ronald": ["Ron"], "Jeffrey": ["Jeff"], "Nicholas": ["Nick", "Nic"],
        "Jonathan": ["Jon"], "Benjamin": ["Ben"], "Samuel": ["Sam"], "Gregory": ["Greg"], "Alexander": ["Alex"],
        "Patrick": ["Pat", "Paddy"], "Peter": ["Pete"], "Raymond": ["Ray"], "Nathan": ["Nate"],
        "Bradley": ["Brad"], "Cameron": ["Cam"], "Geoffrey": ["Geoff"], "Philip": ["Phil"], "Joshua": ["Josh"],
        "Jacob": ["Jake"], "Lachlan": ["Lachie"], "Mitchell": ["Mitch"], "Edward": ["Ed", "Eddie", "Ted"],
        "Frederick": ["Fred", "Freddie"], "Joseph": ["Joe"], "Henry": ["Harry"], "Charles": ["Charlie"],
        "Zachary": ["Zac"], "Elizabeth": ["Liz", "Beth", "Lizzie"], "Margaret": ["Marg", "Maggie"],
        "Patricia": ["Pat", "Trish"], "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate", "Kath", "Katie"],
        "Catherine": ["Cathy", "Cath", "Kate"], "Susan": ["Sue", "Susie"], "Rebecca": ["Bec", "Becky"],
        "Samantha": ["Sam"], "Stephanie": ["Steph"], "Jessica": ["Jess"], "Deborah": ["Deb", "Debbie"],
        "Christine": ["Chris", "Chrissy"], "Kimberly": ["Kim"], "Pamela": ["Pam"], "Jacqueline": ["Jacqui", "Jackie"],
        "Amanda": ["Mandy"], "Melissa": ["Mel"], "Nicole": ["Nikki", "Nic"], "Natalie": ["Nat"], "Alison": ["Ali"],
        "Judith": ["Judy"], "Barbara": ["Barb"], "Victoria": ["Vicky", "Tori"], "Alexandra": ["Alex", "Lexi"],
        "Abigail": ["Abby"], "Joanne": ["Jo"], "Sandra": ["Sandy"], "Kathleen": ["Kath"], "Danielle": ["Dani"],
        "Vanessa": ["Ness"], "Gregory ": [], "Darren": ["Daz"], "Gary": ["Gaz"], "Barry": ["Baz"]}
IT_M = {"Giuseppe": ["Joe", "Pino", "Joseph"], "Antonio": ["Tony", "Anthony"], "Francesco": ["Frank"],
        "Salvatore": ["Sam", "Sal"], "Giovanni": ["John", "Gianni"], "Vincenzo": ["Vince", "Enzo"],
        "Domenico": ["Dom", "Dominic"], "Luigi": ["Lou"], "Rocco": ["Rocky"], "Carmelo": ["Carm", "Charlie"],
        "Pasquale": ["Pat"], "Mario": [], "Marco": ["Mark"], "Luca": ["Luke"], "Alessandro": ["Alex", "Sandro"],
        "Angelo": ["Ange"], "Pietro": ["Peter"], "Michele": ["Mick", "Michael"], "Sergio": [], "Roberto": ["Rob"],
        "Giorgio": ["George"], "Matteo": ["Matt"], "Bruno": [], "Claudio": [], "Raffaele": ["Ralph"]}
IT_F = {"Maria": ["Mary"], "Giuseppina": ["Josie", "Pina"], "Rosa": ["Rose", "Rosie"], "Anna": [],
        "Francesca": ["Fran"], "Lucia": ["Lucy"], "Carmela": ["Carmel"], "Teresa": ["Tess", "Terri"],
        "Angela": ["Angie"], "Concetta": ["Connie"], "Antonietta": ["Toni"], "Sofia": ["Sophie"],
        "Giulia": ["Julia", "Julie"], "Elena": ["Helen"], "Alessandra": ["Alex", "Sandra"], "Chiara": ["Clare"],
        "Rita": [], "Silvana": [], "Caterina": ["Kate", "Cathy"], "Assunta": ["Sue"]}
IT_S = """Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca
Costa Giordano Mancini Rizzo Lombardi Moretti Barbaro Caruso Fontana Santoro Marchetti Di_Stefano
Lo_Presti D'Angelo Catanzariti Mastroianni Zappia Sergi Perri Mammone Condello Trimboli Napoli Cusumano
Sciacca Vitale Amato Palumbo La_Rosa Tomasello Iannuzzi Di_Pietro Pellegrino Messina Grasso""".split()
GR_M = {"Georgios": ["George"], "Dimitrios": ["Jim", "Jimmy", "Dimitri"], "Konstantinos": ["Con", "Kon", "Costa", "Dean"],
        "Nikolaos": ["Nick", "Nik"], "Ioannis": ["John", "Yianni"], "Vasilios": ["Bill", "Vas", "Bass"],
        "Panagiotis": ["Peter", "Panos", "Takis"], "Christos": ["Chris"], "Athanasios": ["Tom", "Thanasi", "Arthur"],
        "Stavros": ["Steve"], "Spyridon": ["Spiro"], "Theodoros": ["Theo"], "Emmanouil": ["Manny", "Manoli"],
        "Evangelos": ["Angelo", "Van"], "Michail": ["Mike", "Michael"], "Alexandros": ["Alex"],
        "Anastasios": ["Tass", "Taso"], "Charalambos": ["Harry", "Bob"]}
GR_F = {"Maria": ["Mary"], "Eleni": ["Helen", "Ellen"], "Aikaterini": ["Kathy", "Katerina", "Kate"],
        "Vasiliki": ["Vicky", "Bess", "Vaso"], "Sofia": ["Sophie"], "Georgia": [], "Anastasia": ["Tess", "Natasha"],
        "Dimitra": ["Mimi", "Demi"], "Paraskevi": ["Voula", "Evie"], "Konstantina": ["Connie", "Dina"],
        "Angeliki": ["Angela", "Angie"], "Despina": ["Debbie"], "Irene": [], "Panagiota": ["Yiota", "Pat"],
        "Ioanna": ["Joanna", "Jo"], "Chrysoula": ["Chris"]}
GR_S = """Papadopoulos Pappas Nikolaidis Georgiou Christodoulou Papadakis Konstantinidis Dimitriou Ioannou
Vlahos Karagiannis Stavropoulos Tsoukalas Kyriakou Economou Antoniou Alexiou Galanis Mavros Theodorou
Panagiotopoulos Mitsopoulos Katsaros Lambrou Andreou Kourakis Xenos Zervos Petrakis Manolis Spanos
Vasilakis Triantafyllou Chrysanthou""".split()
GR_SVAR = {"Georgiou": ["Georgiu"], "Ioannou": ["Ioanou"], "Kyriakou": ["Kiriakou"], "Economou": ["Oikonomou"],
           "Vlahos": ["Vlachos"], "Karagiannis": ["Karayannis", "Karayiannis"], "Triantafyllou": ["Triantafilou"],
           "Papadopoulos": ["Papadopolous"], "Christodoulou": ["Christodoulo"], "Panagiotopoulos": ["Panayotopoulos"],
           "Theodorou": ["Theodoro"]}
ZH_S_MAN = "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo Zheng".split()
ZH_S_CAN = "Chan Wong Cheung Lau Leung Ng Ho Lam Tang Yip Cheng Tse Kwok Chow Lo Fung Tam Yuen".split()
ZH_SYL = "Wei Jing Li Ming Xiao Hui Jun Lei Yang Hong Fang Ling Qiang Xin Yu Hao Jie Zhi Mei Ying Hua Guang Yan Lan Tao Peng Bo Rui".split()
ZH_CAN_SYL = "Ka Wai Siu Ming Wing Kei Man Yee Chi Keung Kwok Hung Mei Ling Suk Fong Kin Yan".split()
ZH_EN_M = "Kevin David Jason Michael Tony Eric Alan Peter Vincent Jacky Sunny Henry Raymond Ken Andy Frank".split()
ZH_EN_F = "Jenny Grace Vivian Helen Amy Cindy Winnie Ivy Joyce Karen Tina Lily Annie Cathy Fiona".split()
VI_S = "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Luu Mai Trinh Cao Ta".split()
VI_M = "Minh Hung Tuan Dung Hai Long Nam Phong Quang Son Thanh Trung Vinh Khoa Bao Duy Hieu Huy Khanh Tam Thang Tien Viet".split()
VI_F = "Lan Linh Mai Hoa Huong Thu Trang Ngoc Anh Hanh Hang Phuong Thao Uyen Yen Nhung Loan Diep Kim".split()
VI_MID_M = ["Van", "Van", "Van", "Duc", "Minh", "Quoc", "Thanh", "Hoang"]
VI_MID_F = ["Thi", "Thi", "Thi", "Ngoc", "Thu", "Kim", "Thanh"]
VI_EN_M = "Tony Kenny Peter Jimmy David Danny Johnny Andy Tommy".split()
VI_EN_F = "Lisa Tina Kim Linda Annie Jenny Vivian Cindy Julie".split()
IN_M = """Rajesh Suresh Ramesh Amit Anil Sanjay Vikram Arjun Rahul Rohit Sandeep Pradeep Deepak Ajay Vijay Nikhil
Karan Aditya Srinivas Venkatesh Prakash Ashok Manoj Sunil Ravi Kiran Mohit Gaurav Sachin""".split()
IN_F = """Priya Anjali Pooja Neha Sunita Kavita Deepika Shreya Divya Lakshmi Meena Anita Rekha Swati Nisha Shalini
Aarti Radhika Geeta""".split()
SIKH_M = "Harpreet Gurpreet Manpreet Jaspreet Harjit Balwinder Kuldeep Jagdeep Amandeep Ravinder Sukhwinder".split()
SIKH_F = "Harleen Navneet Ramandeep Kamaljit Simran Harpreet Jasleen Manjeet Gurleen".split()
SIKH_CLAN = "Sandhu Gill Sidhu Dhillon Grewal Bains Brar Virk Randhawa Johal".split()
IN_S = """Sharma Patel Kumar Gupta Shah Mehta Reddy Rao Nair Iyer Pillai Menon Joshi Desai Verma Agarwal Malhotra
Kapoor Chopra Bhatia Chauhan Naidu Krishnan Subramanian Venkataraman Chatterjee Banerjee Das Bose Pandey
Mishra Tiwari Thakur Yadav Fernandes D'Souza Pereira""".split()
IN_NICK = {"Rajesh": ["Raj"], "Vikram": ["Vik"], "Srinivas": ["Srini"], "Venkatesh": ["Venky"], "Sandeep": ["Sandy", "Sunny"],
           "Gurpreet": ["Gary"], "Harpreet": ["Harry"], "Jaspreet": ["Jas"], "Deepika": ["Deepa"], "Aditya": ["Adi"],
           "Nikhil": ["Nik"], "Kuldeep": ["Kuldip"], "Pradeep": ["Pradip"], "Sukhwinder": ["Sukhi"], "Amandeep": ["Aman"],
           "Ravinder": ["Ravi"], "Jagdeep": ["Jag"], "Balwinder": ["Bal"]}
LB_M = """Mohammed Ahmad Ali Khaled Omar Hassan Hussein Bilal Jamal Ibrahim Mahmoud Samir Walid Fadi Rami Tony Charbel
Elias Georges Youssef Michel Antoine Nabil Ziad Tarek Bassam Karim Adel Maroun Pierre Khalil Wissam""".split()
LB_F = """Fatima Zeinab Mariam Layla Rania Nadia Hala Rima Dalia Lina Samira Amal Hanan Mona Sara Nour Yasmin Carla
Rita Nicole Tanya Maya Najwa Sawsan""".split()
LB_VAR = {"Mohammed": ["Mohamed", "Muhammad", "Mohammad", "Mohamad"], "Ahmad": ["Ahmed"], "Khaled": ["Khalid"],
          "Hussein": ["Hussain"], "Youssef": ["Joseph", "Joe", "Yousef"], "Georges": ["George"], "Elias": ["Elie"],
          "Fatima": ["Fatma"], "Mariam": ["Maryam", "Miriam"], "Layla": ["Leila", "Laila"], "Zeinab": ["Zainab"],
          "Tarek": ["Tarik"], "Walid": ["Waleed"], "Ibrahim": ["Ebrahim"], "Michel": ["Michael"],
          "Antoine": ["Tony", "Anthony"], "Bassam": ["Sam"], "Jamal": ["Jamel"], "Samir": ["Sam"], "Nour": ["Noor"]}
LB_S = """Khoury El-Khoury Haddad Saab Nasser Hanna Hamdan Abdallah Ibrahim Issa Khalil Mansour Saleh Younes Habib
Assaf Chidiac Daher Fakhoury Geagea Harb Jabbour Kassem Makhoul Nader Rahme Sleiman Tannous Yazbek Zreika
El-Hage Abou-Jaoude Chahine Semaan Moussa Karam Aboud Fares Hijazi Merhi Dib""".split()
LB_SVAR = {"Abdallah": ["Abdullah"], "Chidiac": ["Chidiak"], "Geagea": ["Jaja"], "Sleiman": ["Suleiman", "Sleyman"],
           "Younes": ["Younis", "Yunis"], "Makhoul": ["Makoul"], "Rahme": ["Rahmeh"],
           "Hijazi": ["Hijazy"], "Tannous": ["Tanous"]}
CULTURE_W = [("anglo", 48), ("italian", 10), ("greek", 8), ("chinese", 10), ("vietnamese", 7), ("indian", 10),
             ("lebanese", 7)]


def fam_spell_variants(f):
    out = []
    if "'" in f:
        out += [f.replace("'", ""), f.replace("'", " ")]
    if "-" in f:
        out += [f.replace("-", " "), f.replace("-", "")]
    if " " in f:
        out += [f.replace(" ", ""), f.replace(" ", "").capitalize()]
    if f.startswith("Mc") and len(f) > 3:
        out += [f[:2] + f[2:].lower(), "Mc " + f[2:]]
    if f.startswith("Mac") and len(f) > 4 and f[3].isupper():
        out += ["Mac" + f[3:].lower()]
    out += GR_SVAR.get(f, []) + LB_SVAR.get(f, [])
    res = []
    for x in out:
        if x != f and x not in res:
            res.append(x)
    return res


def gen_name(culture=None, gender=None, family=None):
    culture = culture or wch(CULTURE_W)
    gender = gender or ch("MF")
    M = gender == "M"
    d = {"culture": culture, "gender": gender, "middle": None, "given_alts": [], "flags": {}}
    if culture == "anglo":
        g = ch(ANGLO_M if M else ANGLO_F)
        fam = family or ch(ANGLO_S)
        nicks = [n for n in NICK.get(g, [])]
        if nicks and p(0.3):
            d["given"] = ch(nicks)
            d["given_alts"] = [g] + [n for n in nicks if n != d["given"]]
        else:
            d["given"] = g
            d["given_alts"] = nicks
        if p(0.25):
            d["middle"] = ch(ANGLO_M if M else ANGLO_F)
    elif culture in ("italian", "greek"):
        tab = (IT_M if M else IT_F) if culture == "italian" else (GR_M if M else GR_F)
        g = ch(list(tab))
        nicks = tab[g]
        fam = family or (ch(IT_S).replace("_", " ") if culture == "italian" else ch(GR_S))
        if nicks and p(0.45):
            d["given"] = ch(nicks)
            d["given_alts"] = [g] + [n for n in nicks if n != d["given"]]
        else:
            d["given"] = g
            d["given_alts"] = list(nicks)
        if p(0.12):
            d["middle"] = ch(list(tab))
    elif culture == "chinese":
        can = p(0.4)
        fam = family or ch(ZH_S_CAN if can else ZH_S_MAN)
        if can:
            g = ch(ZH_CAN_SYL) + " " + ch(ZH_CAN_SYL)
            alts = [g.replace(" ", "-"), g.replace(" ", "").capitalize()]
        else:
            if p(0.45):
                g = ch(ZH_SYL)
                alts = []
            else:
                a, b = ch(ZH_SYL), ch(ZH_SYL)
                g = a + b.lower()
                alts = [a + " " + b, a + "-" + b.lower()]
        d["flags"]["family_first_ok"] = True
        if p(0.45):
            en = ch(ZH_EN_M if M else ZH_EN_F)
            if p(0.6):
                d["given"], d["given_alts"] = en, [g] + alts
            else:
                d["given"], d["given_alts"] = g, [en] + alts
            d["flags"]["english_name"] = en
        else:
            d["given"], d["given_alts"] = g, alts
    elif culture == "vietnamese":
        fam = family or ch(VI_S)
        g = ch(VI_M if M else VI_F)
        d["middle"] = ch(VI_MID_M if M else VI_MID_F) if p(0.7) else None
        d["flags"]["viet_order_ok"] = True
        if p(0.25):
            en = ch(VI_EN_M if M else VI_EN_F)
            if p(0.5):
                d["given"], d["given_alts"] = en, [g]
            else:
                d["given"], d["given_alts"] = g, [en]
        else:
            d["given"] = g
    elif culture == "indian":
        if p(0.3):
            g = ch(SIKH_M if M else SIKH_F)
            mark = "Singh" if M else "Kaur"
            if family:
                fam = family
            elif p(0.5):
                fam = mark
            else:
                fam = ch(SIKH_CLAN)
                d["middle"] = mark
                d["flags"]["sikh_alt_family"] = mark
        else:
            g = ch(IN_M if M else IN_F)
            fam = family or ch(IN_S)
        d["given"] = g
        d["given_alts"] = IN_NICK.get(g, [])
    elif culture == "lebanese":
        g = ch(LB_M if M else LB_F)
        fam = family or ch(LB_S)
        d["given"] = g
        d["given_alts"] = LB_VAR.get(g, [])
    else:
        raise ValueError(culture)
    d["family"] = fam
    d["family_alts"] = fam_spell_variants(fam)
    return d


def other_given(nm, gender=None, avoid=()):
    """Another given name of the same culture (spouse, child, sibling)."""
    for _ in range(50):
        g = gen_name(nm["culture"], gender or ch("MF"), family=nm["family"])
        if g["given"] not in avoid and g["given"] != nm["given"] and g["given"] not in nm["given_alts"]:
            return g
    return g


# ----------------------------------------------------------------------------
# typos and string ops
# ----------------------------------------------------------------------------
KB_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
KB_ADJ = defaultdict(str)
for _ri, _row in enumerate(KB_ROWS):
    for _i, _c in enumerate(_row):
        adj = ""
        if _i > 0:
            adj += _row[_i - 1]
        if _i < len(_row) - 1:
            adj += _row[_i + 1]
        for _rr in (_ri - 1, _ri + 1):
            if 0 <= _rr < 3:
                for _j in (_i - 1, _i, _i + 1):
                    if 0 <= _j < len(KB_ROWS[_rr]):
                        adj += KB_ROWS[_rr][_j]
        KB_ADJ[_c] = adj
PHON = [("ph", "f"), ("ie", "ei"), ("ei", "ie"), ("ll", "l"), ("tt", "t"), ("ss", "s"), ("ou", "o"),
        ("ae", "e"), ("y", "i"), ("ck", "k"), ("ea", "ee"), ("mm", "m"), ("nn", "n"), ("rr", "r"),
        ("oo", "u"), ("th", "t"), ("ch", "k"), ("dd", "d"), ("ey", "y"), ("ai", "ia"), ("ough", "o")]


def _case_like(src, repl):
    if src.isupper():
        return repl.upper()
    if src[:1].isupper():
        return repl[:1].upper() + repl[1:]
    return repl


def typo(s):
    if not s:
        return s
    for _ in range(20):
        idxs = [i for i, c in enumerate(s) if c.isalpha()]
        if len(idxs) < 4:
            return s
        kind = wch([("swap", 3), ("del", 3), ("dup", 2), ("sub", 3), ("ins", 1), ("phon", 3)])
        out = None
        if kind == "phon":
            low = s.lower()
            cands = [(a, b) for a, b in PHON if a in low[1:]]
            if cands:
                a, b = ch(cands)
                i = low.find(a, 1)
                out = s[:i] + _case_like(s[i:i + len(a)], b) + s[i + len(a):]
            else:
                kind = "sub"
        if out is None:
            i = ch(idxs[1:])
            c = s[i]
            if kind == "swap":
                j = i + 1 if i + 1 < len(s) and s[i + 1].isalpha() else i - 1
                if j < 1 or not s[j].isalpha():
                    continue
                a, b = min(i, j), max(i, j)
                out = s[:a] + s[b] + s[a] + s[b + 1:]
            elif kind == "del":
                out = s[:i] + s[i + 1:]
            elif kind == "dup":
                out = s[:i] + c + s[i:]
            elif kind in ("sub", "ins"):
                adj = KB_ADJ.get(c.lower(), "")
                if not adj:
                    continue
                n = ch(adj)
                n = n.upper() if c.isupper() else n
                out = s[:i] + n + s[i + 1:] if kind == "sub" else s[:i] + n + s[i:]
        if out and out != s and out.lower() != s.lower():
            return out
    return s


FORM_RE = re.compile(r"\b(Pty\.? ?Ltd\.?|PTY\.? ?LTD\.?|Pty\.? Limited|P/L|Proprietary Limited|Ltd\.?|Limited|"
                     r"Inc\.?|Incorporated)(?=$|\s|\)|,)", re.I)
PTY_FORMS = [("Pty Ltd", 30), ("Pty. Ltd.", 6), ("PTY LTD", 5), ("Pty Limited", 4), ("P/L", 3),
             ("Pty. Ltd", 2), ("Pty Ltd.", 2), ("Proprietary Limited", 1), ("PTY. LTD.", 1), ("pty ltd", 1)]
LTD_FORMS = [("Ltd", 5), ("Limited", 5), ("Ltd.", 1), ("LTD", 1)]
INC_FORMS = [("Inc", 5), ("Incorporated", 4), ("Inc.", 2), ("INC", 1)]


def form_family(f):
    fl = f.lower().replace(".", "")
    if fl.startswith("pty") or fl in ("p/l", "proprietary limited"):
        return "pty"
    if fl.startswith("inc"):
        return "inc"
    return "ltd"


def reformat_form(name):
    m = FORM_RE.search(name)
    if not m:
        return name
    fam = form_family(m.group(1))
    tab = PTY_FORMS if fam == "pty" else (INC_FORMS if fam == "inc" else LTD_FORMS)
    for _ in range(10):
        nf = wch(tab)
        if nf != m.group(1):
            break
    return name[:m.start()] + nf + name[m.end():]


def drop_form(name):
    m = FORM_RE.search(name)
    if not m:
        return name
    out = (name[:m.start()].rstrip(" ,") + name[m.end():]).strip()
    return re.sub(r"\s{2,}", " ", out)


def has_form(name):
    return bool(FORM_RE.search(name))


ABBREV = [("Real Estate", ["RE", "R/E", "Real Est"]), ("Property", ["Prop", "Prop."]), ("Properties", ["Props"]),
          ("Management", ["Mgmt", "Mgt", "Man."]), ("Constructions", ["Construction", "Const"]),
          ("Construction", ["Constructions", "Const"]), ("Building", ["Bldg", "Builders"]),
          ("Services", ["Svcs", "Service", "Svc"]), ("Australia", ["Aust", "Aus"]), ("Electrical", ["Elec"]),
          ("Plumbing", ["Plumb"]), ("Centre", ["Center", "Ctr"]), ("Medical", ["Med"]), ("Company", ["Co"]),
          ("Brothers", ["Bros", "Bros."]), ("Corporation", ["Corp"]), ("Owners Corporation", ["OC", "Owners Corp"]),
          ("Body Corporate", ["BC", "Body Corp"]), ("Strata Plan", ["SP", "S/P"]), ("Holdings", ["Hldgs"]),
          ("Investments", ["Invest"]), ("Superannuation Fund", ["Super Fund", "SF", "Superfund"]),
          ("Restaurant", ["Rest.", "Restaurant & Bar"]), ("Family", ["Fam"]), ("Developments", ["Development", "Dev"]),
          ("Group", [""]), ("Renovations", ["Renos", "Reno"]), ("Pharmacy", ["Chemist"]),
          ("Saint", ["St"]), ("Mount", ["Mt"]), ("Air Conditioning", ["Aircon", "A/C"]), ("Landscaping", ["Landscapes"]),
          ("Association", ["Assoc", "Assn"]), ("Physiotherapy", ["Physio"]), ("Early Learning", ["ELC"]),
          ("Bowling Club", ["Bowlo", "Bowls Club"]), ("Estate Agents", ["Agents"]), ("Cafe", ["Café", "Caffe"])]
COMPOUND = {"Bluegum": "Blue Gum", "Harbourside": "Harbour Side", "Coastline": "Coast Line", "Parkview": "Park View",
            "Ironbark": "Iron Bark", "Cornerstone": "Corner Stone", "Keystone": "Key Stone", "Westside": "West Side",
            "Hillside": "Hill Side", "Oakridge": "Oak Ridge", "Bayside": "Bay Side", "Greenway": "Green Way",
            "Rivergum": "River Gum", "Westbuild": "West Build", "Truline": "True Line", "Urbanline": "Urban Line",
            "Seaview": "Sea View", "Lakeside": "Lake Side", "Sunridge": "Sun Ridge", "Redgum": "Red Gum"}


def abbreviate(name):
    cands = [(full, alts) for full, alts in ABBREV if re.search(r"\b" + re.escape(full) + r"\b", name)]
    rev = [(full, alts) for full, alts in ABBREV for a in alts if a and re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", name)]
    if cands and (not rev or p(0.75)):
        full, alts = ch(cands)
        out = re.sub(r"\b" + re.escape(full) + r"\b", ch(alts), name, count=1)
    elif rev:
        full, alts = ch(rev)
        a = ch([x for x in alts if x and re.search(r"(?<!\w)" + re.escape(x) + r"(?!\w)", name)])
        out = re.sub(r"(?<!\w)" + re.escape(a) + r"(?!\w)", full, name, count=1)
    else:
        return name
    return re.sub(r"\s{2,}", " ", out).strip()


def amp_and(name):
    if " & " in name:
        return name.replace(" & ", ch([" and ", " And ", " + ", "&"]), 1)
    if "&" in name:
        return name.replace("&", " & ", 1)
    if " and " in name.lower():
        i = name.lower().find(" and ")
        return name[:i] + " & " + name[i + 5:]
    return name


def compound_split(name):
    for a, b in COMPOUND.items():
        if a in name:
            return name.replace(a, b)
        if b in name:
            return name.replace(b, a)
    return name


def punct_var(name):
    if "'" in name:
        return name.replace("'", "" if p(0.7) else "`")
    if "-" in name:
        return name.replace(" - ", " ").replace("-", " ")
    if "." in name:
        return name.replace(".", "")
    return name


def the_toggle(name):
    if name.startswith("The "):
        return name[4:]
    if name.lower().startswith("the "):
        return name[4:]
    return "The " + name


# ----------------------------------------------------------------------------
# entities
# ----------------------------------------------------------------------------
ENT = {}
ENT_ORDER = []


def new_id():
    while True:
        i = "ent_" + "".join(R.choice("0123456789abcdef") for _ in range(8))
        if i not in ENT:
            return i


def register(e):
    e["id"] = new_id()
    e.setdefault("hist", {"addr": [], "email": [], "phone": []})
    e.setdefault("recs", [])  # (set, line_index)
    e.setdefault("related", [])
    ENT[e["id"]] = e
    ENT_ORDER.append(e["id"])
    return e


def person_addr_kind():
    return wch([("house", 62), ("unit", 30), ("lot", 4)])


def new_person(sub="homeowner", culture=None, gender=None, family=None, addr=None, name=None, couple=None,
               origin="existing"):
    nm = name or gen_name(culture, gender, family)
    e = {"kind": "person", "btype": None, "sub": sub, "origin": origin, **nm}
    e["partner"] = None
    if couple or (couple is None and sub == "couple"):
        pn = other_given(nm, gender="F" if nm["gender"] == "M" else ("M" if p(0.9) else "F"))
        e["partner"] = pn["given"]
        e["partner_alts"] = pn["given_alts"]
        e["partner_first"] = p(0.25)
    if addr is None:
        addr = make_addr(person_addr_kind(), reuse_building=0.25)
    e["addr"] = addr
    e["mobile"] = new_mobile()
    e["landline"] = new_landline(addr["state"], addr["region"]) if p(0.25) else None
    e["phone_pref"] = "landline" if e["landline"] and p(0.35) else "mobile"
    nick = e["given_alts"][0] if e["given_alts"] and p(0.2) else None
    e["email"] = person_email(e["given"], e["family"], partner=e["partner"], nick=nick) if p(0.93) else None
    e["agency"] = None
    e["property"] = None
    return register(e)


# --- businesses --------------------------------------------------------------
AGENCY_BRANDS = ["Bluegum", "Harbourside", "Coastline", "Parkview", "Southern Cross", "Westside", "Hillside",
                 "Rivergum", "Ironbark", "Wattle", "Meridian", "Summit", "Cornerstone", "Keystone", "Horizon",
                 "Pinnacle", "Landmark", "Gateway", "Oakridge", "Bayside", "Greenway", "Heritage", "Sterling",
                 "Prestige", "Liberty", "Compass", "Redgum", "Lakeside", "Sunridge", "Seaview", "Northgate",
                 "Crestwood", "Silverleaf", "Kingsgate"]
AGENCY_SUFFIX = [("Realty", 10), ("Real Estate", 10), ("Property Group", 5), ("Properties", 4),
                 ("Property Management", 3), ("Estate Agents", 2), ("Property", 2)]
BUILDER_WORDS = ["Coastline", "Stellar", "Apex", "Horizon", "Ironbark", "Summit", "Cornerstone", "Keystone",
                 "Crafted", "Truline", "Solid", "Platinum", "Bespoke", "Evolve", "Modern", "Harbour", "Westbuild",
                 "Urbanline", "Precision", "Pinnacle", "Vantage", "Elite", "Monarch", "Sapphire", "Tradition"]
TRADES = ["Plumbing", "Carpentry", "Tiling", "Painting", "Roofing", "Air Conditioning", "Landscaping", "Kitchens",
          "Cabinets", "Glass & Glazing", "Concreting", "Bricklaying", "Plastering", "Waterproofing", "Fencing",
          "Excavations", "Demolition", "Joinery", "Flooring", "Solar", "Electrical", "Security & Data"]
CAFE_NAMES = ["Daily Grind", "Bean Scene", "Brew Lab", "The Corner Espresso", "The Local", "The Nook", "Social Brew",
              "Milk Bar", "The Pantry", "The Larder", "Bake House", "Little Bean", "Two Birds", "Sparrow & Co",
              "Magpie Espresso", "Black Cockatoo", "Kettle Black", "The Bench", "Common Ground", "The Hideout",
              "Grounded", "Crema", "Bloom", "Honey & Oats", "The Grounds Keeper", "Wattle & Co", "Half Moon",
              "Paper Plane", "Nest", "Fig & Olive", "Rise Bakery", "Golden Crust Bakery", "Sunrise Kitchen"]
ETHNIC_REST = {"vietnamese": ["Pho {}", "{} Noodle House", "Banh Mi {}"], "chinese": ["Golden {} Restaurant", "{} Dumpling House", "Lucky {} BBQ"],
               "greek": ["{} Taverna", "Zorba's {}", "Yiayia's {}"], "italian": ["La {} Pizzeria", "Trattoria {}", "Caffe {}"],
               "lebanese": ["Cedar {} Bakery", "{} Charcoal Chicken", "Al {} Sweets"], "indian": ["{} of India", "{} Tandoori", "Taste of {}"],
               "anglo": ["The {} Hotel", "{} Fish & Chips", "{} Burgers"]}
ETHNIC_WORD = {"vietnamese": ["Saigon", "Hanoi", "Mekong", "Lotus", "Hue"], "chinese": ["Dragon", "Phoenix", "Jade", "Lotus", "Panda"],
               "greek": ["Mykonos", "Santorini", "Olympia", "Athena", "Ithaca"], "italian": ["Piazza", "Nonna", "Roma", "Vesuvio", "Amalfi"],
               "lebanese": ["Lebanon", "Beirut", "Baalbek", "Byblos", "Zahle"], "indian": ["Spice", "Masala", "Punjab", "Kerala", "Bombay"],
               "anglo": ["Royal", "Commercial", "Railway", "Harbour", "Coachman"]}
RETAIL = ["{sub} Pharmacy", "{sub} Newsagency", "{fam} Florist", "{sub} Fruit Market", "{word} Hair Studio",
          "{word} Fitness", "{sub} Physiotherapy", "{fam} Butchery", "{sub} Discount Chemist", "{word} Nails & Beauty",
          "{sub} Barber Co", "{word} Pilates", "{sub} Tyre & Auto", "{fam} Motors", "{sub} Vet Clinic"]
COMMERCIAL = ["{sub} Family Medical Centre", "{sub} Dental", "Little Sprouts Early Learning {sub}",
              "St {saint}'s Catholic Parish {sub}", "{sub} Bowling Club", "{sub} RSL Sub-Branch", "{fam} & Co Accountants",
              "{fam} Lawyers", "{sub} Auto Centre", "{sub} Uniting Church", "{sub} Montessori Preschool",
              "{fam} Partners Chartered Accountants", "{sub} Smash Repairs", "{sub} Veterinary Hospital",
              "{sub} Community Centre", "{sub} Football Club", "{word} Childcare Centre", "{fam} Optometrists",
              "{sub} Storage", "{word} Logistics", "{word} Signs", "{sub} Tennis Club", "{sub} Islamic Centre",
              "{sub} Greek Orthodox Community", "{sub} Chinese Christian Church", "{word} Warehousing",
              "{sub} Dance Academy", "{word} Printing", "{sub} Martial Arts", "{sub} Swim School"]
SAINTS = ["Mary", "Patrick", "Joseph", "Michael", "Anthony", "John", "Paul", "Therese", "Bernadette", "Charbel"]
MISC_WORDS = ["Bluewater", "Evergreen", "Summit", "Golden", "Silver", "Urban", "Pure", "Vivid", "Zen", "Elite", "Prime",
              "Nova", "Aurora", "Atlas", "Orbit", "Peak", "Radiant", "Luxe", "Harmony", "Vital"]
STRATA_MGR_WORDS = ["Harbour", "Westside", "Parkside", "Premier", "Metro", "Hills", "Cumberland", "Macarthur", "Cityview",
                    "Apex", "Civic", "Bayview", "Prime", "Capital", "Vantage"]
BUILDING_NAMES = ["Seaview", "The Regent", "Parkside", "Riverview", "Aspire", "The Elms", "Centrale", "Verde",
                  "Arena", "Lumiere", "Altitude", "The Terraces", "Vista", "Solis", "Meridian", "Highline",
                  "Botanica", "Quarter", "Eden", "The Palms", "Harbour Point", "Atrium", "Horizon", "Oasis"]
USED_PLANS = set()


def new_contact(culture=None, gender=None, family=None):
    nm = gen_name(culture, gender, family)
    return {"given": nm["given"], "family": nm["family"], "given_alts": nm["given_alts"], "culture": nm["culture"],
            "gender": nm["gender"], "mobile": new_mobile(), "family_alts": nm["family_alts"]}


def base_business(btype, sub, addr, contact, origin="existing"):
    return {"kind": "business", "btype": btype, "sub": sub, "origin": origin, "addr": addr, "contact": contact,
            "variants": {}, "canon": None, "form": None, "landline": None, "mobile": contact["mobile"] if contact else None,
            "p1300": None, "email": None, "alt_emails": [], "staff": [], "group": None, "brand": None,
            "postal": None}


def finish_business(e, phone_pref=None):
    if e["landline"] is None and p(0.75) and e["addr"]:
        e["landline"] = new_landline(e["addr"]["state"], e["addr"]["region"])
    e["phone_pref"] = phone_pref or ("landline" if e["landline"] and p(0.65) else "mobile")
    return register(e)


USED_CO = set()


def claim_co(core):
    """business / company names are unique (ASIC register); unintended clashes get a distinguishing word."""
    base = core
    for extra in ["", " Group", " Holdings", " Enterprises", " Australia", " Services", " (NSW)", " Co"]:
        cand = base + extra
        if slug(cand) not in USED_CO:
            USED_CO.add(slug(cand))
            return cand
    cand = f"{base} No. {R.randint(2, 99)}"
    USED_CO.add(slug(cand))
    return cand


def fresh(gen_fn, tries=15):
    """draw a name not used before (falls back to claim_co)."""
    for _ in range(tries):
        n = gen_fn()
        if slug(n) not in USED_CO:
            USED_CO.add(slug(n))
            return n
    return claim_co(n)


def legal_pty(core, claim=True):
    core = claim_co(core) if claim else core
    return f"{core} {wch(PTY_FORMS[:3]) if p(0.3) else 'Pty Ltd'}"


def agency_brand():
    used = {b["brand"] for b in BRANDS}
    w = ch([x for x in AGENCY_BRANDS if x not in used] or AGENCY_BRANDS)
    name = f"{w} {wch(AGENCY_SUFFIX)}"
    b = {"brand": name, "word": w, "domain": new_domain(name), "shared_accounts": p(0.65),
         "p1300": new_1300() if p(0.4) else None, "offices": [], "region": wch(REGION_W[:7]), "ids": []}
    BRANDS.append(b)
    return b


BRANDS = []


def agency_office(b, sub=None, origin="existing", independent=False):
    if sub is None:
        for _ in range(50):
            sub = pick_suburb(b["region"] if p(0.6) else None)
            if sub["suburb"] not in b["offices"]:
                break
    b["offices"].append(sub["suburb"])
    kind = wch([("shop", 5), ("level", 3), ("house", 2)])
    addr = make_addr(kind, sub=sub)
    contact = new_contact()
    e = base_business("agency", "agency_office" if not independent else "agency_independent", addr, contact, origin)
    e["brand"] = b["brand"]
    office = sub["suburb"]
    owner = ch([f"{contact['family']} Property", f"{initials_of(contact['given'])}{ch('ABCDJKMRST')} Property",
                f"{contact['family']} Realty Group", f"{b['word']} {office}", f"{contact['family']} & {ch(ANGLO_S)} Realty"])
    legal = f"{claim_co(owner)} Pty Ltd" if not owner.endswith(office) else f"{claim_co(b['word'] + ' (' + office + ')')} Pty Ltd"
    if independent:
        core = b["brand"]
        v = {"office": core, "legal": legal, "ta": f"{legal} t/a {core}", "ta2": f"{core} ({legal})"}
        e["canon"] = wch([("office", 8), ("legal", 1), ("ta", 1)])
    else:
        core = f"{b['brand']} {office}"
        v = {"office": core, "office_dash": f"{b['brand']} - {office}", "office_paren": f"{b['brand']} ({office})",
             "legal": legal, "ta": f"{legal} t/a {core}", "ta2": f"{core} ({legal})",
             "short_brand": f"{b['word']} {office}", "brand_only": b["brand"]}
        e["canon"] = wch([("office", 6), ("office_dash", 3), ("office_paren", 2), ("ta", 1)])
    e["variants"] = v
    e["form"] = "Pty Ltd"
    d = b["domain"]
    osl = slug(office)
    if b["shared_accounts"]:
        e["email"] = f"accounts@{d}"
    else:
        e["email"] = claim_email(ch([osl, f"accounts.{osl}", f"{osl}.accounts", f"admin.{osl}", f"rentals.{osl}"]), d)
    e["alt_emails"] = [claim_email(ch([f"rentals.{osl}", f"pm.{osl}", f"{osl}", f"info.{osl}", f"trust.{osl}"]), d)]
    e["staff"] = [contact] + [new_contact() for _ in range(R.randint(1, 3))]
    for s in e["staff"]:
        s["email"] = claim_email(ch([f"{slug(s['given'])}.{slug(s['family'])}", f"{slug(s['given'])}",
                                     f"{slug(s['given'])[0]}{slug(s['family'])}"]), d)
    e["landline"] = new_landline(sub["state"], sub["region"])
    e["p1300"] = b["p1300"]
    e["domain"] = d
    e = finish_business(e, phone_pref="landline")
    b["ids"].append(e["id"])
    e["brand_obj"] = b
    return e


def independent_agency(origin="existing"):
    c = new_contact()
    name = ch([f"{c['family']} Real Estate", f"{c['family']} & {ch(ANGLO_S)} Property",
               f"{initials_of(c['given'])}{ch('JMKRSD')} Realty", f"{ch(AGENCY_BRANDS)} {ch(['Realty', 'Real Estate', 'Property Co'])}"])
    b = {"brand": name, "word": name.split()[0], "domain": new_domain(name), "shared_accounts": True, "p1300": None,
         "offices": [], "region": wch(REGION_W[:7]), "ids": []}
    BRANDS.append(b)
    return agency_office(b, origin=origin, independent=True)


STRATA_MGRS = []


def strata_manager(origin="existing", register_entity=True):
    w = ch(STRATA_MGR_WORDS)
    core = f"{w} {ch(['Strata Management', 'Strata', 'Strata Services', 'Strata Managers', 'Body Corporate Services'])}"
    sub = pick_suburb(wch(REGION_W[:7]))
    addr = make_addr(wch([("level", 3), ("shop", 1), ("factory", 1)]), sub=sub)
    c = new_contact()
    core = claim_co(core)
    m = {"name": core, "legal": f"{core} Pty Ltd", "domain": new_domain(core), "addr": addr,
         "postal": make_addr("pobox", sub=sub), "landline": new_landline(sub["state"], sub["region"]), "staff": [c] + [new_contact() for _ in range(2)],
         "plans": [], "entity": None}
    m["accounts"] = f"{ch(['accounts', 'admin', 'info', 'strata'])}@{m['domain']}"
    for s in m["staff"]:
        s["email"] = claim_email(f"{slug(s['given'])}{ch(['', '.' + slug(s['family'])])}", m["domain"])
    STRATA_MGRS.append(m)
    if register_entity:
        e = base_business("strata_manager", "strata_manager", addr, c, origin)
        e["variants"] = {"short": core, "legal": m["legal"]}
        e["canon"] = ch(["short", "legal"])
        e["form"] = "Pty Ltd"
        e["email"] = m["accounts"]
        e["landline"] = m["landline"]
        e["postal"] = m["postal"]
        e["domain"] = m["domain"]
        e["staff"] = m["staff"]
        e = finish_business(e, phone_pref="landline")
        m["entity"] = e["id"]
    return m


def strata_plan(m, origin="existing", building_addr=None):
    sub = building_addr and sub_by_name(building_addr["suburb"], building_addr["state"])
    if building_addr is None:
        sub = pick_suburb(m["addr"]["region"] if p(0.7) else None)
        building_addr = make_addr("house", sub=sub)
        BUILDINGS.append({k: building_addr[k] for k in ("number", "street", "stype", "suburb", "state", "postcode", "region")}
                         | {"units": []})
    st = building_addr["state"]
    bname = ch(BUILDING_NAMES) if p(0.45) else None
    while True:
        if st == "NSW" or st == "ACT":
            plan = str(R.randint(10000, 99999))
        elif st == "VIC":
            plan = f"PS{R.randint(400000, 839999)}{ch('ABCDEFGHJKLMNPQRSTUVWXY')}"
        elif st == "QLD":
            plan = str(R.randint(10000, 59999))
        else:
            plan = str(R.randint(1000, 99999))
        if plan not in USED_PLANS:
            USED_PLANS.add(plan)
            break
    street = f"{building_addr['number']} {building_addr['street']} {ch(ABBR[building_addr['stype']])}"
    if st in ("NSW", "ACT") or st not in ("VIC", "QLD"):
        v = {"owners": f"The Owners - Strata Plan {plan}", "owners_no": f"The Owners - Strata Plan No. {plan}",
             "sp": f"SP {plan}", "sp_tight": f"SP{plan}", "strata_plan": f"Strata Plan {plan}",
             "sp_addr": f"SP {plan} - {street}", "sp_addr2": f"Strata Plan {plan} {street}, {building_addr['suburb']}",
             "owners_corp": f"Owners Corporation SP {plan}", "addr_sp": f"{street} (SP{plan})"}
        if bname:
            v["sp_bname"] = f"SP {plan} {bname}"
            v["bname_sp"] = f"{bname} - SP {plan}"
        canon = wch([("owners", 5), ("sp", 3), ("sp_addr", 3), ("strata_plan", 2), ("owners_no", 1)] +
                    ([("sp_bname", 2)] if bname else []))
    elif st == "VIC":
        n = ch(["1", "1", "1", "2"])
        v = {"oc": f"Owners Corporation {n} {plan}", "oc_no": f"Owners Corporation No. {n} Plan No. {plan}",
             "oc_short": f"OC {n} {plan}", "oc_plan": f"Owners Corporation {plan}", "oc_addr": f"OC {plan} - {street}",
             "plan_only": f"{plan} Owners Corporation"}
        if bname:
            v["oc_bname"] = f"{bname} Owners Corporation {plan}"
        canon = wch([("oc", 4), ("oc_no", 2), ("oc_short", 2), ("oc_addr", 2)])
    else:  # QLD
        b = bname or f"{building_addr['street']} {ch(['Apartments', 'Residences', 'Villas', 'Townhouses'])}"
        bname = b
        v = {"bc": f"Body Corporate for {b} CTS {plan}", "bc_short": f"{b} CTS {plan}", "bc_cts": f"BC CTS {plan}",
             "bc_name": f"Body Corporate {b}", "bc_cts_name": f"CTS {plan} {b}", "bc_abbr": f"Body Corp for {b} CTS{plan}"}
        canon = wch([("bc", 5), ("bc_short", 3), ("bc_cts_name", 1)])
    staff = ch(m["staff"])
    e = base_business("strata", "strata_plan", building_addr, staff, origin)
    e["variants"] = v
    e["canon"] = canon
    e["plan"] = plan
    e["building"] = bname
    e["email"] = m["accounts"] if p(0.7) else claim_email(f"sp{slug(plan)}", m["domain"])
    e["alt_emails"] = [m["accounts"], staff["email"]]
    e["landline"] = m["landline"]
    e["postal"] = m["postal"]
    e["manager"] = m
    e["domain"] = m["domain"]
    e["addr_mode"] = "building" if p(0.75) else "postal"
    e = finish_business(e, phone_pref="landline")
    m["plans"].append(e["id"])
    return e


def hospitality(origin="existing", chain=None, sub=None):
    c = new_contact() if chain is None else chain["owner"]
    sub = sub or pick_suburb()
    if chain is None:
        r0 = R.random()
        cu = c["culture"] if c["culture"] in ETHNIC_REST else "anglo"

        def gen_trading():
            if r0 < 0.45:
                return ch(ETHNIC_REST[cu]).format(ch(ETHNIC_WORD[cu]))
            if r0 < 0.64:
                return ch(RETAIL).format(sub=sub["suburb"], fam=c["family"], word=ch(MISC_WORDS))
            return ch(CAFE_NAMES) + ch(["", "", " Cafe", " Espresso", " Kitchen", " Coffee"])
        trading = fresh(gen_trading)
        legal_core = ch([f"{c['family']} Hospitality", f"{c['family']} Enterprises", f"{initials_of(c['given'])}{ch('ABCDJKMNRST')} Holdings",
                         f"{c['family']} Family Enterprises", f"{ch(MISC_WORDS)} Group", f"{trading.replace('The ', '').replace(chr(39), '')}"])
        legal = legal_pty(legal_core)
        domain = new_domain(trading) if p(0.6) else None
    else:
        trading = f"{chain['trading']} {sub['suburb']}"
        legal = chain["legal"]
        domain = chain["domain"]
    addr = make_addr(wch([("shop", 7), ("house", 2), ("factory", 1)]), sub=sub)
    e = base_business("hospitality", "shop" if chain is None else "chain_branch", addr, c, origin)
    v = {"trading": trading, "legal": legal, "ta": f"{legal} t/a {trading}", "ta2": f"{trading} ({legal})",
         "ta3": f"{legal} T/A {trading}", "trading_sub": f"{trading} {sub['suburb']}" if chain is None else f"{chain['trading']} - {sub['suburb']}"}
    if legal.replace(" Pty Ltd", "") == trading:
        v = {"trading": trading, "legal": legal}
    e["variants"] = v
    e["canon"] = wch([("trading", 7), ("legal", 1)] + ([("ta", 2)] if "ta" in v else []))
    e["form"] = "Pty Ltd"
    if domain:
        e["email"] = f"{ch(['info', 'accounts', 'admin', 'hello', 'orders'])}@{domain}" if chain is None else chain["email"]
        e["domain"] = domain
    else:
        e["email"] = claim_email(slug(trading)[:20], ch(["gmail.com", "gmail.com", "bigpond.com", "outlook.com"]))
        e["domain"] = None
    c.setdefault("email", person_email(c["given"], c["family"]))
    e["alt_emails"] = [c["email"]]
    e["trading"] = trading
    e = finish_business(e)
    if chain:
        chain["ids"].append(e["id"])
        e["chain"] = chain
    return e


CHAINS = []


def new_chain():
    c = new_contact()
    base = ch(CAFE_NAMES + ["Bread & Butter", "Grind Republic", "Pho Real", "Burger Lab", "Gelato Bros", "Juice Hub"])
    legal = legal_pty(f"{c['family']} {ch(['Hospitality', 'Group', 'Holdings', 'Enterprises'])}")
    dom = new_domain(base)
    ch_ = {"owner": c, "trading": base, "legal": legal, "domain": dom,
           "email": f"{ch(['accounts', 'admin', 'info'])}@{dom}", "ids": [], "subs": []}
    c["email"] = claim_email(slug(c["given"]), dom)
    CHAINS.append(ch_)
    return ch_


BUILDER_GROUPS = []


def builder_group(origin="existing", n_extra=0, contact=None, family_name=None):
    c = contact or new_contact(culture=wch([("anglo", 45), ("italian", 15), ("greek", 10), ("lebanese", 12),
                                            ("chinese", 8), ("vietnamese", 4), ("indian", 6)]), gender="M" if p(0.92) else "F")
    fam = c["family"]
    g2 = other_given({"culture": c["culture"], "family": fam, "given": c["given"], "given_alts": c["given_alts"]},
                     gender="F" if c["gender"] == "M" else "M")["given"]
    inits = f"{initials_of(c['given'])} & {initials_of(g2)}"
    trade = ch(["Constructions", "Building", "Homes", "Building Group", "Renovations", "Developments", "Builders",
                "Construction"])
    r0 = R.random()
    core = fresh(lambda: (f"{fam} {trade}" if r0 < 0.52 else f"{inits} {fam} {trade}") if r0 < 0.7
                 else f"{ch(BUILDER_WORDS)} {trade}")
    addr = make_addr(wch([("house", 5), ("factory", 3), ("level", 1)]))
    dom = new_domain(core) if p(0.7) else None
    grp = {"contact": c, "family": fam, "inits": inits, "core": core, "addr": addr, "domain": dom, "ids": [],
           "used_names": [], "partner": g2}
    c["email"] = claim_email(slug(c["given"]), dom) if dom else person_email(c["given"], fam)
    grp["email"] = f"{ch(['admin', 'accounts', 'office', 'info'])}@{dom}" if dom else c["email"]
    grp["landline"] = new_landline(addr["state"], addr["region"]) if p(0.6) else None
    BUILDER_GROUPS.append(grp)
    ents = [builder_company(grp, core, origin)]
    for _ in range(n_extra):
        ents.append(builder_group_member(grp, origin))
    return grp, ents


def builder_company(grp, core, origin):
    e = base_business("builder", "builder_company", grp["addr"], grp["contact"], origin)
    legal = legal_pty(core, claim=False)
    e["variants"] = {"legal": legal, "short": core}
    if "&" in core:
        e["variants"]["and"] = core.replace("&", "and")
    e["canon"] = wch([("legal", 6), ("short", 4)])
    e["form"] = "Pty Ltd"
    e["email"] = grp["email"]
    e["alt_emails"] = [grp["contact"]["email"]]
    e["landline"] = grp["landline"]
    e["domain"] = grp["domain"]
    e["group"] = grp
    grp["used_names"].append(core)
    e = finish_business(e)
    grp["ids"].append(e["id"])
    return e


TRUST_KINDS = [("Family Trust", 10), ("Investment Trust", 4), ("Property Trust", 4), ("Unit Trust", 3),
               ("Superannuation Fund", 4), ("Super Fund", 2), ("Discretionary Trust", 1), ("Holdings Trust", 1)]


def trust_variants(fam, inits, kind, trustee, given=None):
    base = f"{fam} {kind}"
    full = f"{inits} {base}" if inits else base
    v = {"full": full, "tt_full": f"The Trustee for {full}", "tt_the": f"The Trustee for the {base}" if inits else f"The Trustee for the {base}",
         "trustee_atf": f"{trustee} ATF {full}" if trustee else None, "trustee_atf_the": f"{trustee} ATF The {base}" if trustee else None,
         "trustee_astf": f"{trustee} as trustee for {full}" if trustee else None, "trustee_itf": f"{trustee} ITF {full}" if trustee else None,
         "base": base, "the_base": f"The {base}", "tt_base": f"Trustee for {base}", "full_atf": f"{full} (ATF)" if p(0.3) else None}
    if inits:
        v["inits_and"] = f"{inits.replace('&', 'and')} {base}"
        v["inits_tight"] = f"{inits.replace(' & ', '&')} {base}"
    if kind == "Superannuation Fund":
        v["sf"] = f"{full.replace('Superannuation Fund', 'Super Fund')}"
        v["smsf"] = f"{fam} SMSF"
    if kind == "Super Fund":
        v["sf"] = f"{full.replace('Super Fund', 'Superannuation Fund')}"
    return {k: x for k, x in v.items() if x}


def builder_group_member(grp, origin):
    fam = grp["family"]
    opts = [k for k, _ in TRUST_KINDS if f"{fam} {k}" not in grp["used_names"]] + \
           [x for x in ["Developments", "Investments", "Property Holdings", "Project Management", "Homes"]
            if f"{fam} {x}" not in grp["used_names"]]
    kind = ch(opts)
    e = base_business("builder", "builder_trust", grp["addr"], grp["contact"], origin)
    if kind in dict(TRUST_KINDS):
        trustee = f"{claim_co(fam + ' ' + ch(['Holdings', 'Nominees', 'Investments', 'Super', 'Custodians']))} Pty Ltd" if p(0.6) else None
        inits = grp["inits"] if p(0.5) else None
        e["variants"] = trust_variants(fam, inits, kind, trustee)
        e["canon"] = wch([("full", 4), ("tt_full", 4), ("trustee_atf", 3 if trustee else 0), ("base", 1)])
        e["trust"] = {"kind": kind, "trustee": trustee, "inits": inits}
        e["form"] = None
    else:
        core = claim_co(f"{fam} {kind}")
        e["variants"] = {"legal": legal_pty(core, claim=False), "short": core}
        e["canon"] = wch([("legal", 7), ("short", 3)])
        e["form"] = "Pty Ltd"
        e["sub"] = "builder_company2"
    grp["used_names"].append(f"{fam} {kind}")
    e["email"] = grp["email"] if p(0.6) else grp["contact"]["email"]
    e["alt_emails"] = [grp["email"], grp["contact"]["email"]]
    e["landline"] = grp["landline"]
    e["domain"] = grp["domain"]
    e["group"] = grp
    e = finish_business(e)
    grp["ids"].append(e["id"])
    return e


def investor_trust(origin="existing"):
    c = new_contact()
    fam = c["family"]
    g2 = other_given({"culture": c["culture"], "family": fam, "given": c["given"], "given_alts": c["given_alts"]})["given"]
    inits = ch([f"{initials_of(c['given'])} & {initials_of(g2)}", f"{initials_of(c['given'])}{initials_of(g2)}",
                initials_of(c["given"]), None, None])
    kind = wch(TRUST_KINDS)
    trustee = wch([(f"{fam} {ch(['Holdings', 'Nominees', 'Investments', 'Super', 'Custodians', 'Family'])}", 5),
                   (f"{initials_of(c['given'])}{initials_of(g2)} {ch(['Super', 'Investments', 'Nominees'])}", 2),
                   (None, 4)])
    trustee = f"{claim_co(trustee)} Pty Ltd" if trustee else None
    home = make_addr(person_addr_kind())
    e = base_business("trust", "investor_trust", home, c, origin)
    e["variants"] = trust_variants(fam, inits, kind, trustee)
    e["canon"] = wch([("full", 4), ("tt_full", 4), ("trustee_atf", 3 if trustee else 0), ("base", 1), ("tt_the", 1)])
    e["trust"] = {"kind": kind, "trustee": trustee, "inits": inits}
    c["email"] = person_email(c["given"], fam, partner=g2 if p(0.2) else None)
    e["email"] = c["email"]
    e["landline"] = new_landline(home["state"], home["region"]) if p(0.3) else None
    e["domain"] = None
    e["property"] = make_addr(wch([("unit", 6), ("house", 4)]), reuse_building=0.2)
    e["addr_mode"] = "home" if p(0.6) else "property"
    return finish_business(e, phone_pref="mobile")


def tradie(origin="existing", contact=None, trade=None, name_style=None, sub=None):
    c = contact or new_contact(gender="M" if p(0.93) else "F")
    trade = trade or ch([t for t in TRADES if t != "Electrical"])
    style = name_style or wch([("fam", 4), ("inits", 2), ("full", 2), ("word", 2)])
    if style == "fam":
        core = claim_co(f"{c['family']} {trade}")
    elif style == "inits":
        core = fresh(lambda: f"{initials_of(c['given'])}{ch('ABCDJKLMRST')} {trade}")
    elif style == "full":
        core = claim_co(f"{c['given']} {c['family']} {trade}")
    else:
        core = fresh(lambda: f"{ch(MISC_WORDS + BUILDER_WORDS)} {trade}")
    addr = make_addr(wch([("house", 6), ("factory", 3), ("unit", 1)]), sub=sub)
    e = base_business("tradie", "tradie", addr, c, origin)
    v = {"short": core, "owner_dash": f"{c['given']} {c['family']} - {core}", "core_owner": f"{core} ({c['given']})"}
    if p(0.45):
        v["legal"] = legal_pty(core, claim=False)
        e["form"] = "Pty Ltd"
        e["canon"] = wch([("legal", 3), ("short", 5)])
    else:
        e["canon"] = "short"
    if style in ("fam", "full") and "&" not in core:
        v["owner_first"] = f"{c['given']} {c['family']}" + f" {trade}" if style == "fam" else core
    e["variants"] = v
    dom = new_domain(core) if p(0.4) else None
    c["email"] = claim_email(slug(c["given"]), dom) if dom else person_email(c["given"], c["family"])
    e["email"] = (f"{ch(['info', 'admin', 'office'])}@{dom}" if p(0.5) else c["email"]) if dom else \
        (claim_email(slug(core)[:22], ch(["gmail.com", "bigpond.com", "outlook.com"])) if p(0.5) else c["email"])
    e["alt_emails"] = [c["email"]]
    e["domain"] = dom
    e["trade"] = trade
    e["style"] = style
    return finish_business(e, phone_pref="mobile")


def commercial(origin="existing"):
    c = new_contact()
    sub = pick_suburb()
    core = fresh(lambda: ch(COMMERCIAL + RETAIL).format(sub=sub["suburb"], fam=c["family"], word=ch(MISC_WORDS),
                                                        saint=ch(SAINTS)))
    low = core.lower()
    if any(x in low for x in ("club", "sub-branch", "community", "association", "church", "parish", "islamic", "orthodox")):
        form = "Ltd" if "club" in low else ("Inc" if p(0.6) else None)
    else:
        form = "Pty Ltd" if p(0.65) else None
    legal = f"{core} {form}" if form else core
    if re.search(r"Storage|Logistics|Warehousing|Signs|Printing|Smash|Auto|Tyre|Motors", core):
        kind = wch([("factory", 6), ("house", 1)])
    elif re.search(r"Medical|Dental|Accountants|Lawyers|Optometrists|Physio|Vet|Pilates|Fitness", core):
        kind = wch([("level", 3), ("shop", 3), ("house", 1)])
    elif re.search(r"Club|Church|Parish|Community|School|Preschool|Academy|Childcare|Early Learning|Islamic|Orthodox|RSL", core):
        kind = wch([("house", 6), ("shop", 1)])
    else:
        kind = wch([("shop", 5), ("house", 1)])
    addr = make_addr(kind, sub=sub)
    e = base_business("commercial", "commercial", addr, c, origin)
    v = {"short": core}
    if form:
        v["legal"] = legal
    if "&" in core or " and " in core:
        v["amp"] = amp_and(core)
    e["variants"] = v
    e["canon"] = wch([("short", 5)] + ([("legal", 4)] if form else []))
    e["form"] = form
    dom = new_domain(core) if p(0.75) else None
    if dom:
        e["email"] = f"{ch(['accounts', 'admin', 'info', 'reception', 'office', 'manager', 'finance', 'ap'])}@{dom}"
        c["email"] = claim_email(ch([slug(c["given"]), f"{slug(c['given'])}.{slug(c['family'])}"]), dom)
    else:
        c["email"] = person_email(c["given"], c["family"])
        e["email"] = claim_email(slug(core)[:22], ch(["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au"]))
    e["alt_emails"] = [c["email"]]
    e["domain"] = dom
    e["postal"] = make_addr("pobox", sub=sub) if p(0.15) else None
    return finish_business(e, phone_pref="landline" if p(0.75) else "mobile")


# ----------------------------------------------------------------------------
# record construction
# ----------------------------------------------------------------------------
def empty_contact():
    return {"displayName": None, "givenName": None, "familyName": None, "companyName": None, "email": None,
            "phone": None, "address": None}


def person_spec(e):
    addr = e["addr"]
    if e["sub"] in ("landlord", "landlord_agency") and e.get("property") and e.get("addr_mode") == "property":
        addr = e["property"]
    return {"given": e["given"], "middle": e["middle"], "family": e["family"], "partner": e.get("partner"),
            "partner_first": e.get("partner_first", False), "title": None, "suffix": e.get("suffix"),
            "email": e["email"], "phone": e["landline"] if e["phone_pref"] == "landline" else e["mobile"],
            "addr": addr, "lot_numbered": False, "company": e.get("company_field"),
            "display_style": None, "addr_kw": {}}


def render_person(e, s, mode):
    c = empty_contact()
    g, f, m = s["given"], s["family"], s["middle"]
    pg = s["partner"]
    sfx = (" " + s["suffix"]) if s.get("suffix") else ""
    ds = s["display_style"]
    if ds is None:
        if mode == "existing":
            opts = [("gf", 88), ("f_comma_g", 5), ("gmf", 3 if m else 0), ("F_comma_g", 1), ("ig", 1)]
        else:
            opts = [("gf", 74), ("null", 7), ("f_comma_g", 4), ("F_comma_g", 3), ("gmf", 4 if m else 0), ("ig", 2),
                    ("fg", 2), ("GF", 3), ("gf_lower", 1)]
            if e.get("flags", {}).get("viet_order_ok") and m:
                opts.append(("viet", 4))
            if e.get("flags", {}).get("family_first_ok"):
                opts.append(("FG", 4))
        ds = wch(opts)
    if pg:
        gg = f"{pg} & {g}" if s["partner_first"] else f"{g} & {pg}"
        couple_forms = {"gf": f"{gg} {f}", "f_comma_g": f"{f}, {gg}", "F_comma_g": f"{f.upper()}, {gg}",
                        "ig": f"{g[0]} & {pg[0]} {f}", "fg": f"{f} {gg}", "GF": f"{gg} {f}".upper(),
                        "gf_lower": f"{gg} {f}".lower(), "gmf": f"{gg} {f}", "viet": f"{gg} {f}", "FG": f"{f.upper()} {gg}",
                        "and": f"{gg.replace('&', 'and')} {f}", "both_full": f"{g} {f} & {pg} {f}", "null": None}
        disp = couple_forms.get(ds, f"{gg} {f}")
        given_field = gg if (mode == "existing" and p(0.55)) or (mode == "incoming" and p(0.4)) else g
    else:
        forms = {"gf": f"{g} {f}", "f_comma_g": f"{f}, {g}", "F_comma_g": f"{f.upper()}, {g}",
                 "gmf": f"{g} {m} {f}" if m else f"{g} {f}", "ig": f"{g[0]} {f}" if p(0.5) else f"{g[0]}. {f}",
                 "fg": f"{f} {g}", "GF": f"{g} {f}".upper(), "gf_lower": f"{g} {f}".lower(),
                 "viet": f"{f} {m} {g}" if m else f"{f} {g}", "FG": f"{f.upper()} {g}", "null": None,
                 "gmi": f"{g} {m[0]} {f}" if m else f"{g} {f}"}
        disp = forms.get(ds, f"{g} {f}")
        given_field = g
    if disp is not None:
        disp = disp + sfx
        if s["title"]:
            disp = f"{s['title']} {disp}"
    c["displayName"] = disp
    keep_names = p(0.93) if mode == "existing" else p(0.94)
    if keep_names:
        c["givenName"] = given_field
        c["familyName"] = f + (sfx if p(0.5) else "")
        if s.get("middle_in_given") and m:
            c["givenName"] = f"{g} {m}"
    if c["displayName"] is None and c["givenName"] is None:
        c["givenName"], c["familyName"] = given_field, f
    c["companyName"] = s.get("company")
    c["email"] = s["email"]
    c["phone"] = fmt_phone(s["phone"], mode)
    c["address"] = render_addr(s["addr"], mode, lot_numbered=s["lot_numbered"], **s["addr_kw"])
    return c


def biz_phone(e):
    if e["phone_pref"] == "landline" and e["landline"]:
        return e["landline"]
    return e["mobile"] or e["landline"]


def biz_addr(e):
    if e.get("addr_mode") == "postal" and e.get("postal"):
        return e["postal"]
    if e.get("addr_mode") == "property" and e.get("property"):
        return e["property"]
    return e["addr"]


def business_spec(e):
    return {"name": e["variants"][e["canon"]], "name_label": e["canon"], "contact": e["contact"],
            "display_mode": None, "email": e["email"], "phone": biz_phone(e), "addr": biz_addr(e),
            "lot_numbered": False, "addr_kw": {}, "contact_given": e["contact"]["given"] if e["contact"] else None,
            "contact_family": e["contact"]["family"] if e["contact"] else None, "company_override": "unset"}


def render_business(e, s, mode):
    c = empty_contact()
    name = s["name"]
    cg, cf = s["contact_given"], s["contact_family"]
    dm = s["display_mode"]
    if mode == "existing":
        c["displayName"] = name
        r = R.random()
        if r < 0.55:
            c["companyName"] = name
        elif r < 0.8:
            alt = e["variants"].get("legal") or e["variants"].get("full") or name
            c["companyName"] = alt
        elif r < 0.9:
            c["companyName"] = None
        else:
            c["companyName"] = name
        if cg and p(0.45):
            c["givenName"], c["familyName"] = cg, cf
    else:
        if dm is None:
            dm = wch([("name", 80), ("null", 9), ("name_contact", 4), ("same_company", 7)])
        comp = name if p(0.92) else None
        if dm == "name" or dm == "same_company":
            c["displayName"] = name
        elif dm == "null":
            c["displayName"] = None
            comp = name
        elif dm == "name_contact" and cg:
            c["displayName"] = ch([f"{name} - {cg} {cf}", f"{name} ({cg})", f"{name} - {cg}", f"{name} Attn: {cg} {cf}"])
        elif dm == "contact" and cg:
            c["displayName"] = ch([f"{cg} {cf}", f"{cg} {cf}", f"{cf}, {cg}", f"{cg} {cf} - {name}", f"{cg} ({name})"])
        elif dm == "contact_only" and cg:
            c["displayName"] = f"{cg} {cf}"
            comp = None
        else:
            c["displayName"] = name
        c["companyName"] = comp
        if s["company_override"] != "unset":
            c["companyName"] = s["company_override"]
        if cg and (p(0.65) or dm in ("contact", "contact_only", "null") or s.get("force_contact")):
            c["givenName"], c["familyName"] = cg, cf
    c["email"] = s["email"]
    c["phone"] = fmt_phone(s["phone"], mode)
    c["address"] = render_addr(s["addr"], mode, lot_numbered=s["lot_numbered"], **s["addr_kw"])
    return c


# ----------------------------------------------------------------------------
# variation operators (messy duplicates)
# ----------------------------------------------------------------------------
TITLES_M = ["Mr", "Mr.", "MR", "Dr"]
TITLES_F = ["Mrs", "Ms", "Miss", "Mrs.", "Dr"]


def alt_email_for_person(e):
    nick = e["given_alts"][0] if e["given_alts"] else None
    doms = [d for d, _ in PROVIDERS]
    old = e["email"]
    for _ in range(10):
        em = person_email(ch([e["given"]] + ([nick] if nick else [])), e["family"], partner=e.get("partner"),
                          domain=ch(doms))
        if em != old:
            return em
    return em


def email_slip(em):
    if not em:
        return em
    local, dom = em.split("@", 1)
    swaps = {"bigpond.com": ["bigpond.net.au", "bigpond.com.au", "bigpong.com"], "bigpond.net.au": ["bigpond.com"],
             "gmail.com": ["gmail.com.au", "gmial.com", "gmail.con", "gmai.com"],
             "optusnet.com.au": ["optusnet.com", "optus.com.au"], "hotmail.com": ["hotmail.com.au", "hotmai.com"],
             "hotmail.com.au": ["hotmail.com"], "outlook.com": ["outlook.com.au", "outlok.com"],
             "outlook.com.au": ["outlook.com"], "yahoo.com.au": ["yahoo.com"], "icloud.com": ["icloud.com.au", "iclould.com"],
             "live.com.au": ["live.com"], "tpg.com.au": ["tpg.com"], "iinet.net.au": ["iinet.com.au"]}
    if dom in swaps and p(0.6):
        return f"{local}@{ch(swaps[dom])}"
    if dom.endswith(".com.au") and p(0.5):
        return f"{local}@{dom[:-3]}"
    if dom.endswith(".com") and p(0.5):
        return f"{local}@{dom}.au"
    return f"{typo(local) if len(local) > 4 else local + 'x'}@{dom}"


def phone_typo(n):
    if not n:
        return n
    d = list(n)
    i = R.randint(4, len(d) - 2)
    if d[i] == d[i + 1]:
        d[i] = str((int(d[i]) + 1) % 10)
    else:
        d[i], d[i + 1] = d[i + 1], d[i]
    return "".join(d)


def move_addr(e, current):
    kind = person_addr_kind() if e["kind"] == "person" else (current["kind"] if current and current["kind"] != "pobox" else "house")
    near = p(0.55) and current is not None
    sub = None
    if near:
        try:
            sub = pick_suburb(near=sub_by_name(current["suburb"], current["state"]))
        except KeyError:
            sub = None
    return make_addr(kind if kind != "lot" else "house", sub=sub, reuse_building=0.1)


# Each op: name -> (weight_person, weight_business, fn(e, spec) -> description or None)
def op_typo_given(e, s):
    k = "given" if e["kind"] == "person" else "contact_given"
    s["force_contact"] = True
    if not s.get(k):
        return None
    old = s[k]
    s[k] = typo(old)
    return f"typo in given name: {old} -> {s[k]}" if s[k] != old else None


def op_typo_family(e, s):
    k = "family" if e["kind"] == "person" else "contact_family"
    s["force_contact"] = True
    if not s.get(k):
        return None
    old = s[k]
    s[k] = typo(old)
    return f"typo in family name: {old} -> {s[k]}" if s[k] != old else None


def op_nickname(e, s):
    alts = e["given_alts"] if e["kind"] == "person" else (e["contact"] or {}).get("given_alts", [])
    k = "given" if e["kind"] == "person" else "contact_given"
    s["force_contact"] = True
    alts = [a for a in alts if a != s.get(k)]
    if not alts or not s.get(k):
        return None
    old = s[k]
    s[k] = ch(alts)
    return f"other form of given name: {old} -> {s[k]}"


def op_initial(e, s):
    if e["kind"] != "person" or e.get("partner"):
        return None
    old = s["given"]
    s["given"] = old[0] + ("." if p(0.3) else "")
    if p(0.4) and s["middle"]:
        s["given"] += " " + s["middle"][0]
    s["display_style"] = "gf"
    return f"given name reduced to initial: {old} -> {s['given']}"


def op_middle(e, s):
    if e["kind"] != "person" or e.get("partner"):
        return None
    if s["middle"]:
        r = R.random()
        if r < 0.4:
            s["display_style"] = "gmf"
            return f"middle name shown in display: {s['middle']}"
        if r < 0.7:
            s["middle_in_given"] = True
            s["display_style"] = "gmf"
            return f"middle name in given field: {s['middle']}"
        s["display_style"] = "gmi"
        return f"middle initial shown: {s['middle'][0]}"
    mid = gen_name(e["culture"], e["gender"])["given"]
    s["middle"] = mid
    s["display_style"] = wch([("gmf", 2), ("gmi", 2)])
    return f"middle name added (not on existing): {mid}"


def op_surname_first(e, s):
    if e["kind"] != "person":
        return None
    opts = ["f_comma_g", "F_comma_g", "fg"]
    if e.get("flags", {}).get("viet_order_ok") and s["middle"]:
        opts.append("viet")
    if e.get("flags", {}).get("family_first_ok"):
        opts.append("FG")
    s["display_style"] = ch(opts)
    return f"display name family-first ({s['display_style']})"


def op_swap_fields(e, s):
    s["swap_fields"] = True
    return "given/family fields swapped"


def op_title(e, s):
    if e["kind"] != "person" or e.get("partner"):
        return None
    s["title"] = ch(TITLES_M if e["gender"] == "M" else TITLES_F)
    return f"title added: {s['title']}"


def op_case(e, s):
    s["case"] = wch([("upper", 5), ("lower", 2), ("title", 1)])
    return f"case changed: {s['case']}"


def op_family_spelling(e, s):
    alts = e["family_alts"] if e["kind"] == "person" else (e["contact"] or {}).get("family_alts", [])
    k = "family" if e["kind"] == "person" else "contact_family"
    if e["kind"] == "person" and e.get("flags", {}).get("sikh_alt_family") and p(0.5):
        old = s[k]
        s[k] = e["flags"]["sikh_alt_family"]
        s["middle"] = None
        return f"Sikh surname form: {old} -> {s[k]}"
    if not alts or not s.get(k):
        return None
    old = s[k]
    s[k] = ch(alts)
    return f"family name spelling variant: {old} -> {s[k]}"


def op_couple_form(e, s):
    if e["kind"] != "person" or not e.get("partner"):
        return None
    r = R.random()
    if r < 0.35:
        s["partner_first"] = not s["partner_first"]
        return "couple names in other order"
    if r < 0.6:
        s["display_style"] = "and"
        return "'&' written as 'and'"
    if r < 0.8:
        s["display_style"] = "both_full"
        return "couple written with both full names"
    s["display_style"] = "ig"
    return "couple written with initials"


def op_drop_email(e, s):
    if not s["email"]:
        return None
    s["email"] = None
    return "email missing"


def op_drop_phone(e, s):
    if not s["phone"]:
        return None
    s["phone"] = None
    return "phone missing"


def op_drop_address(e, s):
    if not s["addr"]:
        return None
    s["addr"] = None
    return "address missing"


def op_drop_names(e, s):
    s["drop_names"] = ch(["display", "fields"])
    return f"name {'display' if s['drop_names'] == 'display' else 'given/family fields'} missing"


def op_new_email(e, s):
    if e["kind"] == "person":
        new = alt_email_for_person(e)
    else:
        opts = [x for x in e.get("alt_emails", []) if x and x != s["email"]]
        if e.get("staff"):
            opts += [st.get("email") for st in e["staff"] if st.get("email") and st.get("email") != s["email"]]
        if not opts:
            c = e["contact"]
            if not c:
                return None
            new = person_email(c["given"], c["family"])
        else:
            new = ch(opts)
    old = s["email"]
    s["email"] = new
    if old is None:
        if e["kind"] == "person":
            e["email"] = new
        return f"e-mail given (none on record before): {new}"
    if e["kind"] == "person" and p(0.6):
        e["hist"]["email"].append(e["email"])
        e["email"] = new
    return f"different e-mail: {old} -> {new}"


def op_email_slip(e, s):
    if not s["email"]:
        return None
    old = s["email"]
    s["email"] = email_slip(old)
    return f"e-mail mistyped/variant: {old} -> {s['email']}" if s["email"] != old else None


def op_email_case(e, s):
    if not s["email"]:
        return None
    local, dom = s["email"].split("@")
    s["email"] = (local[:1].upper() + local[1:] + "@" + dom) if p(0.6) else s["email"].upper()
    if p(0.2):
        s["email"] = " " + s["email"] + " "
    return "e-mail case/whitespace differs"


def op_new_phone(e, s):
    old = s["phone"]
    if e["kind"] == "person":
        if s["phone"] == e["mobile"] and e["landline"] and p(0.5):
            s["phone"] = e["landline"]
            return "landline given instead of mobile"
        if s["phone"] == e["landline"] and p(0.7):
            s["phone"] = e["mobile"]
            return "mobile given instead of landline"
        new = new_mobile()
        s["phone"] = new
        if p(0.6):
            e["hist"]["phone"].append(e["mobile"])
            e["mobile"] = new
        return f"new mobile number: {old} -> {new}"
    opts = [x for x in [e["landline"], e["mobile"], e.get("p1300")] if x and x != old]
    if e.get("staff"):
        opts += [st["mobile"] for st in e["staff"] if st["mobile"] != old]
    if not opts or p(0.15):
        new = new_mobile() if p(0.6) else new_landline(e["addr"]["state"], e["addr"]["region"])
        s["phone"] = new
        return f"new phone number: {old} -> {new}"
    s["phone"] = ch(opts)
    return f"another known number of the business: {old} -> {s['phone']}"


def op_phone_typo(e, s):
    if not s["phone"]:
        return None
    old = s["phone"]
    s["phone"] = phone_typo(old)
    return f"phone digits transposed: {old} -> {s['phone']}"


def op_moved(e, s):
    cur = s["addr"] or e["addr"]
    new = move_addr(e, cur)
    s["addr"] = new
    if p(0.6):
        e["hist"]["addr"].append(e["addr"])
        e["addr"] = new
        if e.get("addr_mode") in ("property", "postal"):
            e["addr_mode"] = "home"
    return f"moved: {new['suburb']} {new['state']}"


def op_unit_format(e, s):
    a = s["addr"]
    if not a or a["kind"] in ("house",):
        return None
    ex = e.get("ex_line1")
    s["addr_kw"]["avoid_line1"] = ex
    return "unit/level/shop written differently"


def op_lot_number(e, s):
    a = s["addr"]
    if not a or a["kind"] != "lot":
        return None
    s["lot_numbered"] = True
    return f"lot replaced by street number ({a['number']} {a['street']})"


def op_address_detail(e, s):
    a = s["addr"]
    if not a:
        return None
    r = R.random()
    if r < 0.2:
        s["addr_kw"]["state_long"] = True
        return "state written in full"
    if r < 0.4:
        s["addr_kw"]["no_postcode"] = True
        return "postcode missing"
    if r < 0.55:
        s["addr_kw"]["one_line"] = True
        return "whole address in line1"
    if r < 0.75:
        alts = [x for x in POSTCODE_SHARE[(a["state"], a["postcode"])] if x["suburb"] != a["suburb"]]
        if alts:
            na = dict(a)
            na["suburb"] = ch(alts)["suburb"]
            s["addr"] = na
            return f"neighbouring suburb with same postcode: {a['suburb']} -> {na['suburb']}"
    if r < 0.9 and a["street"]:
        na = dict(a)
        na["street"] = typo(a["street"]) if len(a["street"]) > 4 else a["street"]
        s["addr"] = na
        return f"street name typo: {a['street']} -> {na['street']}" if na["street"] != a["street"] else None
    na = dict(a)
    old = a["suburb"]
    na["suburb"] = typo(old)
    s["addr"] = na
    return f"suburb typo: {old} -> {na['suburb']}"


def op_alt_address(e, s):
    """business: postal vs street address; landlord: home vs rental property."""
    if e["kind"] == "business":
        if e.get("postal") and s["addr"] is not e["postal"]:
            s["addr"] = e["postal"]
            return "postal (PO Box) address instead of street address"
        if e.get("postal") and s["addr"] is e["postal"]:
            s["addr"] = e["addr"]
            return "street address instead of postal address"
        if e.get("property"):
            s["addr"] = e["property"] if s["addr"] is not e["property"] else e["addr"]
            return "other known address (home vs investment property)"
        return None
    if e.get("property"):
        s["addr"] = e["property"] if s["addr"] is not e["property"] else e["addr"]
        return "other known address (home vs rental property)"
    return None


# business-only name ops
def op_name_variant(e, s):
    if e["kind"] != "business":
        return None
    w = {"brand_only": 0.25, "smsf": 0.5, "base": 0.6, "the_base": 0.6, "tt_base": 0.8}
    opts = [(k, w.get(k, 1.0)) for k, v in e["variants"].items() if v != s["name"]]
    if not opts:
        return None
    k = wch(opts)
    old = s["name"]
    s["name"] = e["variants"][k]
    s["name_label"] = k
    return f"name written another way ({k}): {old} -> {s['name']}"


def op_legal_form(e, s):
    if e["kind"] != "business":
        return None
    n = s["name"]
    if has_form(n):
        if p(0.5):
            s["name"] = drop_form(n)
            return f"legal form dropped: {n} -> {s['name']}"
        s["name"] = reformat_form(n)
        return f"legal form written differently: {n} -> {s['name']}"
    if e.get("form"):
        f = wch(PTY_FORMS) if e["form"] == "Pty Ltd" else (wch(INC_FORMS) if e["form"].startswith("Inc") else wch(LTD_FORMS))
        s["name"] = f"{n} {f}"
        return f"legal form added: {n} -> {s['name']}"
    return None


def op_name_typo(e, s):
    if e["kind"] != "business":
        k = "given" if p(0.5) else "family"
        return op_typo_given(e, s) if k == "given" else op_typo_family(e, s)
    old = s["name"]
    words = old.split()
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha() and w.lower() not in ("trust", "pty")]
    if not idx:
        return None
    i = ch(idx)
    words[i] = typo(words[i])
    s["name"] = " ".join(words)
    return f"typo in business name: {old} -> {s['name']}" if s["name"] != old else None


def op_name_amp(e, s):
    if e["kind"] != "business":
        return None
    old = s["name"]
    s["name"] = amp_and(old)
    return f"'&'/'and' differs: {old} -> {s['name']}" if s["name"] != old else None


def op_name_abbrev(e, s):
    if e["kind"] != "business":
        return None
    old = s["name"]
    s["name"] = abbreviate(old)
    if s["name"] == old:
        s["name"] = compound_split(old)
    if s["name"] == old:
        s["name"] = punct_var(old)
    return f"abbreviation/spacing/punctuation: {old} -> {s['name']}" if s["name"] != old else None


def op_the(e, s):
    if e["kind"] != "business" or e["btype"] in ("strata",):
        return None
    old = s["name"]
    if not (old.startswith("The ") or e["btype"] in ("hospitality", "commercial", "trust", "builder")):
        return None
    s["name"] = the_toggle(old)
    return f"'The' added/dropped: {old} -> {s['name']}"


def op_contact_display(e, s):
    if e["kind"] != "business" or not s["contact_given"]:
        return None
    s["display_mode"] = wch([("contact", 6), ("name_contact", 3), ("contact_only", 1)])
    return f"contact person's name in DisplayName ({s['display_mode']})"


def op_contact_changed(e, s):
    if e["kind"] != "business":
        return None
    others = [x for x in e.get("staff", []) if x["given"] != s["contact_given"]]
    if others:
        c = ch(others)
    else:
        if e["btype"] in ("tradie", "builder", "trust"):
            return None
        c = new_contact()
        e.setdefault("staff", []).append(c)
    s["contact_given"], s["contact_family"] = c["given"], c["family"]
    s["force_contact"] = True
    if p(0.4) and c.get("email"):
        s["email"] = c["email"]
    return f"different contact person: {c['given']} {c['family']}"


def op_trading_vs_owner(e, s):
    """tradie / sole trader: owner's own name used."""
    if e["btype"] != "tradie":
        return None
    c = e["contact"]
    s["name"] = ch([f"{c['given']} {c['family']}", f"{c['given'][0]} {c['family']}", f"{c['family']}, {c['given']}"])
    s["company_override"] = e["variants"]["short"] if p(0.5) else None
    return f"owner's personal name instead of trading name: {s['name']}"


OPS = {
    # name:            (w_person, w_business, fn)
    "typo_given": (10, 2, op_typo_given),
    "typo_family": (10, 2, op_typo_family),
    "nickname": (9, 2, op_nickname),
    "initial": (5, 0, op_initial),
    "middle": (4, 0, op_middle),
    "surname_first": (6, 0, op_surname_first),
    "swap_fields": (4, 0.5, op_swap_fields),
    "title": (4, 0, op_title),
    "case": (4, 4, op_case),
    "family_spelling": (5, 0.5, op_family_spelling),
    "couple_form": (8, 0, op_couple_form),
    "drop_email": (6, 4, op_drop_email),
    "drop_phone": (5, 4, op_drop_phone),
    "drop_address": (4, 3, op_drop_address),
    "drop_names": (3, 0, op_drop_names),
    "new_email": (7, 6, op_new_email),
    "email_slip": (3, 1.5, op_email_slip),
    "email_case": (2, 1.5, op_email_case),
    "new_phone": (7, 6, op_new_phone),
    "phone_typo": (1.5, 1, op_phone_typo),
    "moved": (6, 2.5, op_moved),
    "unit_format": (6, 5, op_unit_format),
    "lot_number": (6, 0, op_lot_number),
    "address_detail": (6, 5, op_address_detail),
    "alt_address": (3, 4, op_alt_address),
    "name_variant": (0, 16, op_name_variant),
    "legal_form": (0, 10, op_legal_form),
    "name_typo": (0, 8, op_name_typo),
    "name_amp": (0, 4, op_name_amp),
    "name_abbrev": (0, 6, op_name_abbrev),
    "the": (0, 2, op_the),
    "contact_display": (0, 7, op_contact_display),
    "contact_changed": (0, 4, op_contact_changed),
    "trading_vs_owner": (0, 3, op_trading_vs_owner),
}
IDENTITY_CHANGING = {"moved", "new_email", "new_phone"}
NOISE_OPS = ["typo_given", "typo_family", "case", "surname_first", "title", "unit_format", "address_detail",
             "email_case", "name_typo", "legal_form", "name_abbrev", "name_amp", "middle", "drop_names"]


def _boost(e, s):
    """weights overriding OPS for operators that only apply to some records."""
    b = {}
    if e["kind"] == "person":
        b["couple_form"] = 25 if e.get("partner") else 0
        b["initial"] = 0 if e.get("partner") else OPS["initial"][0]
        b["nickname"] = 12 if e["given_alts"] else 0
        b["family_spelling"] = 12 if (e["family_alts"] or e.get("flags", {}).get("sikh_alt_family")) else 0
    else:
        b["name_amp"] = 12 if re.search(r"&| and ", s["name"]) else 0
        b["legal_form"] = 10 if (has_form(s["name"]) or e.get("form")) else 0
        b["alt_address"] = 6 if (e.get("postal") or e.get("property")) else 0
        b["trading_vs_owner"] = 8 if e["btype"] == "tradie" else 0
    a = s["addr"]
    b["lot_number"] = 30 if a and a["kind"] == "lot" else 0
    b["unit_format"] = 9 if a and a["kind"] not in ("house", "lot") else 0
    if e["kind"] == "person" and e.get("property"):
        b["alt_address"] = 5
    return b


OP_GROUPS = [
    {"drop_email", "new_email", "email_slip", "email_case"},
    {"drop_phone", "new_phone", "phone_typo"},
    {"drop_address", "moved", "alt_address", "lot_number"},
    {"surname_first", "initial", "middle", "couple_form", "title"},
    {"name_variant", "trading_vs_owner"},
    {"drop_names", "swap_fields"},
]
ADDR_OPS = {"drop_address", "moved", "alt_address", "lot_number", "unit_format", "address_detail"}


def conflicts(names, n):
    for g in OP_GROUPS:
        if n in g and any(x in g for x in names):
            return True
    if n in ADDR_OPS and ("drop_address" in names or (n == "drop_address" and any(x in ADDR_OPS for x in names))):
        return True
    return False


def apply_ops(e, s, k, allowed=None, must=None):
    kind_i = 0 if e["kind"] == "person" else 1
    boost = _boost(e, s)
    pool = [(n, boost.get(n, OPS[n][kind_i])) for n in OPS if (allowed is None or n in allowed)]
    pool = [(n, w) for n, w in pool if w > 0]
    done, names = [], []
    if must:
        for n in must:
            d = OPS[n][2](e, s)
            if d:
                done.append(d)
                names.append(n)
    tries = 0
    while len(names) < k and tries < 40:
        tries += 1
        n = wch(pool)
        if n in names:
            continue
        if n in IDENTITY_CHANGING and len(IDENTITY_CHANGING & set(names)) >= 2 and p(0.7):
            continue
        if n.startswith("drop_") and sum(1 for x in names if x.startswith("drop_")) >= 1 and p(0.8):
            continue
        if conflicts(names, n):
            continue
        d = OPS[n][2](e, s)
        if d:
            done.append(d)
            names.append(n)
    return names, done


def post_process(c, s, e):
    if s.get("swap_fields") and (c["givenName"] or c["familyName"]):
        c["givenName"], c["familyName"] = c["familyName"], c["givenName"]
    if s.get("drop_names") == "display" and (c["givenName"] or c["companyName"]):
        c["displayName"] = None
    elif s.get("drop_names") == "fields" and c["displayName"]:
        c["givenName"] = c["familyName"] = None
    cs = s.get("case")
    if cs:
        for k in ("displayName", "givenName", "familyName", "companyName"):
            if c[k]:
                c[k] = c[k].upper() if cs == "upper" else (c[k].lower() if cs == "lower" else c[k].title())
    return c


def make_record(e, mode, k=0, allowed=None, must=None):
    s = person_spec(e) if e["kind"] == "person" else business_spec(e)
    names, desc = apply_ops(e, s, k, allowed, must) if (k or must) else ([], [])
    c = render_person(e, s, mode) if e["kind"] == "person" else render_business(e, s, mode)
    c = post_process(c, s, e)
    return c, names, desc


# ----------------------------------------------------------------------------
# EXISTING customer list
# ----------------------------------------------------------------------------
def build_existing():
    ex = []  # list of (entity, relation note)
    # --- businesses (target 675) ---
    for _ in range(17):
        b = agency_brand()
        for _ in range(wch([(1, 4), (2, 5), (3, 4), (4, 3), (5, 1)])):
            ex.append((agency_office(b), "agency office"))
    for _ in range(24):
        ex.append((independent_agency(), "independent agency"))
    mgrs = [strata_manager(register_entity=p(0.6)) for _ in range(9)]
    for m in mgrs:
        if m["entity"]:
            ex.append((ENT[m["entity"]], "strata manager"))
    for _ in range(82):
        m = ch(mgrs)
        ex.append((strata_plan(m), "strata plan"))
    for _ in range(7):
        cn = new_chain()
        for _ in range(R.randint(2, 3)):
            sub = pick_suburb()
            ex.append((hospitality(chain=cn, sub=sub), "chain branch"))
    for _ in range(92):
        ex.append((hospitality(), "hospitality/retail"))
    n_b = 0
    while n_b < 88:
        grp, ents = builder_group(n_extra=wch([(0, 5), (1, 3), (2, 2)]))
        for x in ents:
            ex.append((x, "builder group"))
            n_b += 1
    for _ in range(80):
        ex.append((investor_trust(), "investor trust/SMSF"))
    for _ in range(52):
        ex.append((tradie(), "tradie"))
    # father/son pairs inside the existing list
    for _ in range(4):
        f = tradie(name_style="fam", contact=new_contact(gender="M"))
        ex.append((f, "tradie"))
        son = son_tradie(f)
        ex.append((son, "tradie (son of another existing tradie)"))
    nb = sum(1 for x, _ in ex if x["kind"] == "business")
    while nb < 675:
        ex.append((commercial(), "commercial"))
        nb += 1
    # --- persons (target 825) ---
    persons = []
    for _ in range(110):
        persons.append((new_person("couple", couple=True), "couple"))
    for _ in range(85):
        e = new_person("landlord")
        e["property"] = make_addr(wch([("unit", 6), ("house", 4)]), reuse_building=0.2)
        e["addr_mode"] = "property" if p(0.5) else "home"
        persons.append((e, "landlord"))
    agencies = [x for x, _ in ex if x["btype"] == "agency"]
    for _ in range(40):
        persons.append((landlord_via_agency(ch(agencies)), "landlord c/- agency"))
    for _ in range(22):
        e = new_person("tenant", addr=make_addr("unit", reuse_building=0.3))
        persons.append((e, "tenant"))
    for _ in range(16):  # households with two existing customers
        a = new_person("homeowner")
        persons.append((a, "household"))
        b = household_member(a, origin="existing")
        persons.append((b, "household member of another existing customer"))
    for _ in range(14):  # namesakes inside existing
        a = new_person("homeowner", culture=wch([("anglo", 5), ("chinese", 2), ("vietnamese", 2), ("indian", 2), ("lebanese", 1)]))
        persons.append((a, "namesake pair"))
        b = namesake(a, origin="existing")
        persons.append((b, "namesake of another existing customer"))
    while len(persons) < 825:
        persons.append((new_person("homeowner"), "homeowner"))
    ex += persons
    return ex


def landlord_via_agency(ag, origin="existing"):
    e = new_person("landlord_agency", origin=origin)
    e["property"] = make_addr(wch([("unit", 6), ("house", 4)]), sub=pick_suburb(near=sub_by_name(ag["addr"]["suburb"], ag["addr"]["state"])),
                              reuse_building=0.2)
    e["addr_mode"] = "property"
    e["agency"] = ag["id"]
    pm = ch(ag["staff"])
    e["email"] = ch([ag["alt_emails"][0], pm["email"], ag["email"]]) if p(0.7) else e["email"]
    e["phone_pref"] = "agency" if p(0.5) else "mobile"
    e["agency_phone"] = ag["landline"]
    e["company_field"] = ch([f"c/- {ag['variants']['office']}", f"C/- {ag['variants']['office']}",
                             f"c/o {ag['variants']['office']}", None])
    return e


def son_tradie(f, origin="existing"):
    c = f["contact"]
    same_given = p(0.35)
    if same_given:
        son = dict(new_contact(culture=c["culture"], gender="M", family=c["family"]))
        son["given"], son["given_alts"] = c["given"], c["given_alts"]
        son["suffix"] = ch(["Jnr", "Jr", "Junior"])
    else:
        son = new_contact(culture=c["culture"], gender="M", family=c["family"])
        while son["given"] == c["given"]:
            son = new_contact(culture=c["culture"], gender="M", family=c["family"])
    trade = f["trade"]
    style = ch(["full", "inits", "fam2"])
    sub = sub_by_name(f["addr"]["suburb"], f["addr"]["state"]) if p(0.6) else None
    if style == "fam2":
        e = tradie(origin, contact=son, trade=trade, name_style="full", sub=sub)
        core = claim_co(f"{son['family']} {trade} {ch(['Services', 'Solutions', 'Co', 'Group'])}")
        e["variants"] = {"short": core, "owner_dash": f"{son['given']} {son['family']} - {core}"}
        e["canon"] = "short"
    else:
        e = tradie(origin, contact=son, trade=trade, name_style=style, sub=sub)
    if son.get("suffix"):
        e["contact"] = dict(son)
        e["contact"]["family"] = son["family"]
        e["variants"]["owner_jnr"] = f"{son['given']} {son['family']} {son['suffix']} {trade}"
        e["canon"] = "owner_jnr" if p(0.5) else e["canon"]
    if p(0.35):  # son still lives at home
        e["addr"] = f["addr"]
    e["sub"] = "tradie_son"
    e["related"].append(f["id"])
    return e


def household_member(a, origin="existing"):
    if a["kind"] == "business":
        c = a["contact"]
        nm = {"culture": c["culture"], "family": c["family"], "given": c["given"], "given_alts": c["given_alts"]}
        addr = a["addr"]
    else:
        nm = a
        addr = a["addr"] if not (a.get("addr_mode") == "property") else a["addr"]
    avoid = ([a.get("partner")] + list(a.get("partner_alts") or [])) if a.get("partner") else []
    g = other_given(nm, avoid=avoid)
    if p(0.1):
        g = gen_name(None, g["gender"])  # de-facto partner, other family name
    e = new_person("household_member", name=g, addr=addr, origin=origin, couple=False)
    if a.get("landline"):
        e["landline"] = a["landline"]
    if a.get("email") and p(0.22) and a["kind"] == "person":
        e["email"] = a["email"]
    e["related"].append(a["id"])
    return e


def namesake(a, origin="existing"):
    nm = {k: a[k] for k in ("given", "middle", "family", "culture", "gender", "given_alts", "family_alts", "flags")}
    nm = json.loads(json.dumps(nm))
    nm["middle"] = None if p(0.6) else gen_name(a["culture"], a["gender"])["given"]
    near = sub_by_name(a["addr"]["suburb"], a["addr"]["state"])
    addr = make_addr(person_addr_kind(), sub=pick_suburb(near=near) if p(0.6) else None)
    e = new_person("homeowner", name=nm, addr=addr, origin=origin, couple=False)
    e["related"].append(a["id"])
    return e


# ----------------------------------------------------------------------------
# hard negatives for incoming
# ----------------------------------------------------------------------------
def hn_household(base):
    e = household_member(base, origin="incoming")
    return e, "household_member"


def hn_namesake(base):
    e = namesake(base, origin="incoming")
    return e, "namesake"


def hn_tenant(base):
    prop = base.get("property") if base.get("property") else base["addr"]
    e = new_person("tenant", addr=prop, origin="incoming", couple=p(0.15))
    e["related"].append(base["id"])
    return e, "tenant_at_landlords_property" if base["sub"] in ("landlord", "landlord_agency") else "other_occupant_same_address"


def hn_landlord_of(base):
    e = new_person("landlord", origin="incoming")
    e["property"] = base["addr"]
    e["addr_mode"] = "property"
    e["related"].append(base["id"])
    return e, "landlord_of_existing_tenant"


def hn_neighbour(base):
    a = base.get("property") if base.get("addr_mode") == "property" and base.get("property") else base["addr"]
    na = dict(a)
    if a["kind"] == "unit":
        u = int(re.sub(r"\D", "", a["unit"]) or 1)
        na["unit"] = str(max(1, u + ch([-2, -1, 1, 2, 3, 10])))
        if na["unit"] == a["unit"]:
            na["unit"] = str(u + 1)
        kind = "neighbour_same_unit_block"
    else:
        n = int(re.sub(r"\D", "", a["number"] or "1") or 1)
        r = R.random()
        if r < 0.2:
            na["number"] = f"{n}A" if not a["number"].endswith("A") else f"{n}B"
        elif r < 0.35:
            na["kind"] = "unit"
            na["unit"] = str(R.randint(1, 4))
        else:
            na["number"] = str(max(1, n + ch([-2, 2, 4, -4, 1])))
        kind = "neighbour_same_street"
    fam = base["family"] if base["kind"] == "person" and p(0.12) else None
    e = new_person("homeowner", addr=na, family=fam, origin="incoming", couple=p(0.15),
                   culture=base.get("culture") if p(0.4) else None)
    e["related"].append(base["id"])
    return e, kind


def hn_agency_office(base):
    b = base["brand_obj"]
    if base["sub"] == "agency_independent":
        # independent agency opens a second office
        b["brand"] = b["brand"]
    e = agency_office(b, origin="incoming")
    if base["sub"] == "agency_independent":
        e["variants"]["office"] = f"{b['brand']} {e['addr']['suburb']}"
        e["canon"] = "office"
    if p(0.7) or b["shared_accounts"]:
        e["email"] = base["email"] if b["shared_accounts"] else e["email"]
    e["related"].append(base["id"])
    return e, "other_office_same_agency"


def hn_builder_trust(base):
    grp = base["group"]
    e = builder_group_member(grp, "incoming")
    e["related"].append(base["id"])
    return e, "builder_other_trust_or_company_same_address"


def hn_strata_same_mgr(base):
    e = strata_plan(base["manager"], origin="incoming")
    if base["email"] == base["manager"]["accounts"] and p(0.7):
        e["email"] = base["email"]
    e["related"].append(base["id"])
    return e, "other_strata_plan_same_manager"


def hn_strata_unit_owner(base):
    a = dict(base["addr"])
    a["kind"] = "unit"
    a["unit"] = str(R.randint(1, 60))
    e = new_person("homeowner", addr=a, origin="incoming")
    e["related"].append(base["id"])
    return e, "unit_owner_in_strata_building"


def hn_chain_branch(base):
    cn = base["chain"]
    used = [ENT[i]["addr"]["suburb"] for i in cn["ids"]]
    for _ in range(30):
        sub = pick_suburb()
        if sub["suburb"] not in used:
            break
    e = hospitality(origin="incoming", chain=cn, sub=sub)
    e["related"].append(base["id"])
    return e, "other_branch_same_business"


def hn_father_son(base):
    if base["kind"] == "person":
        nm = {k: base[k] for k in ("given", "family", "culture", "gender", "given_alts", "family_alts")}
        nm = json.loads(json.dumps(nm))
        nm["middle"], nm["flags"] = None, dict(base.get("flags", {}))
        son = new_person("homeowner", name=nm, origin="incoming",
                         addr=base["addr"] if p(0.5) else None, couple=False)
        son["suffix"] = ch(["Jnr", "Jr", "Junior"])
        son["related"].append(base["id"])
        return son, "father_son_same_name"
    e = son_tradie(base, origin="incoming")
    return e, "father_son_same_trade"


def hn_business_namesake(base):
    # unrelated business with the same trading name elsewhere
    if base["btype"] == "hospitality":
        e = hospitality(origin="incoming")
        tn = base["trading"] if base["sub"] != "chain_branch" else base["chain"]["trading"]
        legal = e["variants"]["legal"]
        e["variants"] = {"trading": tn, "legal": legal, "ta": f"{legal} t/a {tn}"}
        e["canon"] = "trading"
        e["trading"] = tn
        if e["domain"]:
            e["domain"] = new_domain(tn + " " + e["addr"]["suburb"])
            e["email"] = f"{ch(['info', 'accounts', 'admin', 'hello'])}@{e['domain']}"
        else:
            e["email"] = claim_email(slug(tn)[:18] + slug(e["addr"]["suburb"])[:6], ch(["gmail.com", "bigpond.com", "outlook.com"]))
    else:
        e = tradie(origin="incoming", trade=base.get("trade"), name_style="word")
        core = base["variants"].get("short") or base["variants"][base["canon"]]
        e["variants"] = {"short": core, "owner_dash": f"{e['contact']['given']} {e['contact']['family']} - {core}"}
        e["canon"] = "short"
        if e["email"] != e["contact"].get("email"):
            e["email"] = e["contact"]["email"]
    e["related"].append(base["id"])
    return e, "same_business_name_unrelated"


def hn_landlord_same_agency(base):
    ag = ENT[base["agency"]]
    e = landlord_via_agency(ag, origin="incoming")
    ag_dom = ag.get("domain") or ""
    if base["email"] and base["email"].endswith("@" + ag_dom) and p(0.6):
        e["email"] = base["email"]          # the same property manager's / rentals mailbox
    elif p(0.6):
        e["email"] = ag["alt_emails"][0]
    e["phone_pref"] = "agency"
    e["related"].append(base["id"])
    return e, "other_landlord_same_agency"


HN_TYPES = [
    # (name, weight, eligible(base), fn)
    ("household", 15, lambda b: b["kind"] == "person" or b["btype"] in ("trust",), hn_household),
    ("namesake", 14, lambda b: b["kind"] == "person" and not b.get("partner"), hn_namesake),
    ("tenant", 6, lambda b: b["kind"] == "person" and b["sub"] in ("landlord", "landlord_agency") and b.get("addr_mode") == "property", hn_tenant),
    ("occupant", 3, lambda b: b["kind"] == "person" and b["sub"] == "homeowner" and b["addr"]["kind"] == "unit", hn_tenant),
    ("landlord_of", 2, lambda b: b["kind"] == "person" and b["sub"] == "tenant", hn_landlord_of),
    ("neighbour", 11, lambda b: b["kind"] == "person" and b["addr"]["kind"] in ("unit", "house"), hn_neighbour),
    ("agency_office", 10, lambda b: b["btype"] == "agency", hn_agency_office),
    ("builder_trust", 8, lambda b: b["btype"] == "builder" and b.get("group") is not None, hn_builder_trust),
    ("strata_mgr", 8, lambda b: b["btype"] == "strata", hn_strata_same_mgr),
    ("strata_owner", 4, lambda b: b["btype"] == "strata" and b.get("addr_mode") == "building", hn_strata_unit_owner),
    ("chain", 5, lambda b: b["btype"] == "hospitality" and b.get("chain") is not None, hn_chain_branch),
    ("father_son", 8, lambda b: (b["btype"] == "tradie" and b["style"] in ("fam", "full", "inits") and b["sub"] != "tradie_son"
                                 and b["contact"]["gender"] == "M")
     or (b["kind"] == "person" and b["gender"] == "M" and not b.get("partner") and b["sub"] == "homeowner" and p(0.25)), hn_father_son),
    ("biz_namesake", 4, lambda b: (b["btype"] == "hospitality" and b.get("chain") is None and b["contact"]["family"] not in b["trading"])
     or (b["btype"] == "tradie" and b["style"] == "word"), hn_business_namesake),
    ("landlord_agency", 4, lambda b: b["kind"] == "person" and b["sub"] == "landlord_agency", hn_landlord_same_agency),
]


# ----------------------------------------------------------------------------
# new-customer generator for incoming
# ----------------------------------------------------------------------------
def new_customer():
    if p(0.55):
        r = R.random()
        if r < 0.16:
            return new_person("couple", couple=True, origin="incoming"), "new_person_couple"
        if r < 0.28:
            e = new_person("landlord", origin="incoming")
            e["property"] = make_addr(wch([("unit", 6), ("house", 4)]), reuse_building=0.1)
            e["addr_mode"] = "property" if p(0.5) else "home"
            return e, "new_person_landlord"
        if r < 0.33:
            return new_person("tenant", origin="incoming", addr=make_addr("unit")), "new_person_tenant"
        return new_person("homeowner", origin="incoming"), "new_person_homeowner"
    r = R.random()
    if r < 0.08:
        return independent_agency(origin="incoming"), "new_agency"
    if r < 0.12:
        b = agency_brand()
        return agency_office(b, origin="incoming"), "new_agency"
    if r < 0.2:
        m = strata_manager(origin="incoming", register_entity=False)
        return strata_plan(m, origin="incoming"), "new_strata_plan_new_manager"
    if r < 0.42:
        return hospitality(origin="incoming"), "new_hospitality_retail"
    if r < 0.56:
        grp, ents = builder_group(origin="incoming")
        return ents[0], "new_builder"
    if r < 0.68:
        return investor_trust(origin="incoming"), "new_investor_trust"
    if r < 0.8:
        return tradie(origin="incoming"), "new_tradie"
    return commercial(origin="incoming"), "new_commercial"


# ----------------------------------------------------------------------------
# main assembly
# ----------------------------------------------------------------------------
def dup_k():
    return wch([(1, 30), (2, 35), (3, 22), (4, 10), (5, 3)])


def noise_k():
    return wch([(0, 35), (1, 40), (2, 20), (3, 5)])


def field_diff(a, b):
    """coarse comparison of two contact dicts (incoming vs counterpart)."""
    if b is None:
        return None

    def norm(x):
        return re.sub(r"[^a-z0-9]", "", x.lower()) if isinstance(x, str) else x

    def ph(x):
        if not x:
            return None
        d = re.sub(r"\D", "", x)
        if d.startswith("61"):
            d = "0" + d[2:]
        return d[-8:]

    out = {}
    for k in ("displayName", "givenName", "familyName", "companyName", "email"):
        va, vb = a[k], b[k]
        if va is None or vb is None:
            out[k] = "missing" if (va is None) != (vb is None) else "both_null"
        elif va == vb:
            out[k] = "equal"
        elif norm(va) == norm(vb):
            out[k] = "equal_normalised"
        else:
            out[k] = "differs"
    pa, pb = ph(a["phone"]), ph(b["phone"])
    out["phone"] = "both_null" if pa is None and pb is None else ("missing" if pa is None or pb is None else
                                                                   ("equal_digits" if pa == pb else "differs"))
    aa, ab = a["address"], b["address"]
    if aa is None or ab is None:
        out["address"] = "both_null" if aa is None and ab is None else "missing"
    else:
        ka, kb = addr_norm(aa), addr_norm(ab)
        if aa == ab:
            out["address"] = "equal"
        elif ka == kb:
            out["address"] = "equal_normalised"
        elif ka[1:] == kb[1:]:
            out["address"] = "same_street_address_other_unit"
        else:
            out["address"] = "differs"
    return out


ABBR_REV = {x.lower(): k.lower() for k, v in ABBR.items() for x in v}
SUB_WORDS = {"unit", "u", "apt", "flat", "shop", "shp", "suite", "ste", "level", "lvl", "l", "s", "factory", "f", "lot"}


def addr_norm(a):
    """(sub-premise numbers, street number, street/suburb words, city) -- formatting-insensitive."""
    parts = [x for x in (a["line1"], a["line2"]) if x]
    if a["city"] is None and parts and "," in parts[0]:  # whole address in line1
        parts[0] = parts[0].rsplit(",", 1)[0]
    t = re.sub(r"[^a-z0-9/ ]", " ", " ".join(parts).lower())
    t = re.sub(r"\b(u|l|f|s)(\d)", r"\1 \2", t).replace("/", " / ")
    toks = [ABBR_REV.get(w, w) for w in t.split()]
    isnum = [bool(re.fullmatch(r"\d+[ab]?", w)) for w in toks]
    street_no, subp, words = None, [], []
    for i, w in enumerate(toks):
        if isnum[i]:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            prv = toks[i - 1] if i > 0 else None
            if street_no is None and nxt and nxt != "/" and not re.fullmatch(r"\d+[ab]?", nxt) \
                    and nxt not in SUB_WORDS and (prv not in SUB_WORDS or prv is None):
                street_no = w
            else:
                subp.append(w)
        elif w not in SUB_WORDS and w != "/":
            words.append(w)
    city = re.sub(r"[^a-z]", "", (a["city"] or "").lower())
    return (tuple(sorted(subp)), street_no, tuple(words), city)


def hist_snap(e):
    return {f: len(e["hist"][f]) for f in ("addr", "email", "phone")}


def earlier_changes(prior, ref):
    words = {"addr": "address (moved)", "email": "e-mail", "phone": "phone number"}
    return [f"{words[f]} already changed by an earlier incoming record of this entity"
            for f in ("addr", "email", "phone") if prior[f] > ref[f]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    out_dir = args.out

    # ---------- existing ----------
    ex = build_existing()
    assert len(ex) == N_EXISTING, len(ex)
    ex_recs = []
    for e, note in ex:
        c, _, _ = make_record(e, "existing")
        if e["kind"] == "person" and e.get("phone_pref") == "agency":
            c["phone"] = fmt_phone(e["agency_phone"], "existing")
        if c["displayName"] is None:
            c["displayName"] = " ".join(x for x in (c["givenName"], c["familyName"]) if x) or c["companyName"]
        ex_recs.append([e, note, c])
    # DisplayName uniqueness (QBO): later ones get a suffix
    seen = {}
    for item in ex_recs:
        e, note, c = item
        key = c["displayName"].strip().lower()
        if key in seen:
            a = biz_addr(e) if e["kind"] == "business" else e["addr"]
            sub = a["suburb"] if a else None
            for _ in range(20):
                sfx = wch([(" (2)", 4), (f" - {sub}" if sub else " (2)", 4), (" 2", 1), (f" ({sub})" if sub else " 3", 2),
                           (" (3)", 1 if seen[key] >= 2 else 0)])
                cand = c["displayName"] + sfx
                if cand.strip().lower() not in seen:
                    break
            seen[key] += 1
            item.append(f"DisplayName suffixed '{sfx}' to keep it unique")
            c["displayName"] = cand
            seen[cand.strip().lower()] = 1
        else:
            seen[key] = 1
            item.append(None)
    ex_recs.sort(key=lambda t: (t[2]["displayName"].lower(), t[2]["displayName"]))
    lines, metas = [], []
    ex_line_of = {}
    for e, note, c, sfxnote in ex_recs:
        e["ex_line1"] = c["address"]["line1"] if c["address"] else None
        e["ex_contact"] = c
        ex_line_of[e["id"]] = len(lines) + 1
        lines.append({"set": "existing", "entity": e["id"], "contact": c})
        m = {"line": len(lines), "set": "existing", "entity": e["id"], "category": "existing",
             "subtype": e["sub"], "kind": e["kind"], "btype": e["btype"], "note": note,
             "changes": [sfxnote] if sfxnote else [], "related_entity": e["related"][0] if e["related"] else None}
        metas.append(m)
    existing_ids = [e["id"] for e, _, _, _ in ex_recs]

    # ---------- incoming ----------
    remaining = dict(INCOMING_MIX)
    created = []  # entity ids first created by incoming
    first_line = {}
    appear = Counter()
    hn_sub_counts = Counter()
    dup_weight = {}
    for i in existing_ids:
        e = ENT[i]
        w = {"agency": 2.5, "strata_manager": 2, "builder": 1.6, "strata": 1.2, "tradie": 1.2, "hospitality": 1.0,
             "commercial": 1.0, "trust": 0.9}.get(e["btype"], 1.0)
        if e["kind"] == "person":
            w = 1.3 if e["sub"] == "landlord_agency" else 1.0
        dup_weight[i] = w
    for seq in range(1, N_INCOMING + 1):
        cats = [(c, n) for c, n in remaining.items() if n > 0 and (c != "repeat_incoming" or len(created) >= 3)]
        cat = wch(cats)
        remaining[cat] -= 1
        meta = {"set": "incoming", "seq": seq, "category": cat}
        if cat == "dup_existing":
            i = wch([(i, dup_weight[i] / (1 + 0.8 * appear[i])) for i in existing_ids])
            e = ENT[i]
            k = dup_k()
            prior = hist_snap(e)
            c, names, desc = make_record(e, "incoming", k)
            desc = earlier_changes(prior, {"addr": 0, "email": 0, "phone": 0}) + desc
            sub = "hard_positive" if len(IDENTITY_CHANGING & set(names)) >= 2 else ("multi_change" if len(names) >= 3 else "messy_duplicate")
            meta.update({"subtype": sub, "ops": names, "changes": desc, "related_entity": None,
                         "counterpart": {"set": "existing", "line": ex_line_of[i]},
                         "field_diff_vs_counterpart": field_diff(c, e["ex_contact"])})
        elif cat == "repeat_incoming":
            i = wch([(i, 1.0 / (1 + 0.7 * appear[i])) for i in created])
            e = ENT[i]
            k = dup_k()
            prior = hist_snap(e)
            c, names, desc = make_record(e, "incoming", k)
            desc = earlier_changes(prior, e["first_hist"]) + desc
            meta.update({"subtype": "repeat_of_" + ("hard_negative_entity" if e.get("hn_sub") else "new_entity"),
                         "ops": names, "changes": desc, "related_entity": None,
                         "counterpart": {"set": "incoming", "line": first_line[i],
                                         "earlier_lines_of_entity": appear[i]},
                         "field_diff_vs_counterpart": field_diff(c, e["first_contact"])})
        elif cat == "new":
            e, sub = new_customer()
            c, names, desc = make_record(e, "incoming", noise_k(), allowed=NOISE_OPS)
            meta.update({"subtype": sub, "ops": names, "changes": desc, "related_entity": None, "counterpart": None})
            created.append(e["id"])
        else:  # hard negative
            for _ in range(200):
                tname, _, elig, fn = wch([(h, h[1]) for h in HN_TYPES])
                pool = existing_ids if (p(0.85) or len(created) < 20) else created
                cands = [i for i in pool if elig(ENT[i])]
                if cands:
                    break
            base = ENT[ch(cands)]
            e, sub = fn(base)
            e["hn_sub"] = sub
            c, names, desc = make_record(e, "incoming", noise_k(), allowed=NOISE_OPS)
            if e["kind"] == "person" and e.get("phone_pref") == "agency":
                c["phone"] = fmt_phone(e["agency_phone"], "incoming")
            base_rec = base.get("ex_contact") or base.get("first_contact")
            base_line = ({"set": "existing", "line": ex_line_of[base["id"]]} if base["id"] in ex_line_of
                         else {"set": "incoming", "line": first_line.get(base["id"])})
            meta.update({"subtype": sub, "ops": names, "changes": desc, "related_entity": base["id"],
                         "related_record": base_line, "counterpart": None,
                         "field_diff_vs_related": field_diff(c, base_rec)})
            created.append(e["id"])
            hn_sub_counts[sub] += 1
        if e["kind"] == "person" and e.get("phone_pref") == "agency" and cat in ("dup_existing", "repeat_incoming") and c["phone"] and p(0.5):
            c["phone"] = fmt_phone(e["agency_phone"], "incoming")
        if e["id"] not in first_line and e["id"] not in ex_line_of:
            first_line[e["id"]] = len(lines) + 1
            e["first_contact"] = c
            e["first_hist"] = hist_snap(e)
        appear[e["id"]] += 1
        lines.append({"set": "incoming", "entity": e["id"], "contact": c})
        meta["line"] = len(lines)
        meta["entity"] = e["id"]
        meta["kind"] = e["kind"]
        meta["btype"] = e["btype"]
        metas.append({k: meta[k] for k in ["line", "set", "seq", "entity", "category", "subtype", "kind", "btype",
                                           "ops", "changes", "related_entity", "counterpart"] if k in meta}
                     | {k: v for k, v in meta.items() if k in ("related_record", "field_diff_vs_counterpart", "field_diff_vs_related")})
    # accidental collisions of "new" customers with existing names (flag only)
    ex_names = defaultdict(list)
    for ln in lines:
        if ln["set"] == "existing":
            ex_names[norm_name(ln["contact"])].append(ln["entity"])
    for m, ln in zip(metas, lines):
        if m["category"] == "new":
            hit = [x for x in ex_names.get(norm_name(ln["contact"]), []) if x != ln["entity"]]
            if hit:
                m["note"] = "accidental name collision with existing entity " + ",".join(hit)

    # ---------- write ----------
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "set.jsonl"), "w") as f:
        for ln in lines:
            f.write(json.dumps(ln, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "meta.jsonl"), "w") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    validate(os.path.join(out_dir, "set.jsonl"))
    write_readme(out_dir, lines, metas)
    print(f"wrote {len(lines)} lines to {out_dir}")


def norm_name(c):
    n = c["displayName"] or " ".join(x for x in (c["givenName"], c["familyName"]) if x) or c["companyName"] or ""
    return re.sub(r"[^a-z]", "", n.lower())


CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]


def validate(path):
    n = 0
    ex_names = set()
    ex_entities = set()
    with open(path) as f:
        for no, raw in enumerate(f, 1):
            o = json.loads(raw)
            assert isinstance(o, dict) and list(o.keys()) == ["set", "entity", "contact"], (no, o.keys())
            assert o["set"] in ("existing", "incoming"), no
            assert isinstance(o["entity"], str) and o["entity"], no
            c = o["contact"]
            assert isinstance(c, dict) and sorted(c.keys()) == sorted(CONTACT_KEYS), (no, c.keys())
            for k in CONTACT_KEYS[:-1]:
                assert c[k] is None or (isinstance(c[k], str) and c[k] != ""), (no, k, c[k])
            a = c["address"]
            if a is not None:
                assert isinstance(a, dict) and sorted(a.keys()) == sorted(ADDR_KEYS), (no, a)
                for k in ADDR_KEYS:
                    assert a[k] is None or (isinstance(a[k], str) and a[k] != ""), (no, k, a[k])
            if o["set"] == "existing":
                assert c["displayName"], no
                key = c["displayName"].strip().lower()
                assert key not in ex_names, ("duplicate existing DisplayName", no, key)
                ex_names.add(key)
                assert o["entity"] not in ex_entities, ("two existing records of one entity", no)
                ex_entities.add(o["entity"])
            n += 1
    return n


def write_readme(out_dir, lines, metas):
    cat = Counter(m["category"] for m in metas)
    sub = defaultdict(Counter)
    for m in metas:
        sub[m["category"]][m["subtype"]] += 1
    kinds = defaultdict(Counter)
    for m in metas:
        kinds[m["category"]][m["kind"]] += 1
    btypes = Counter((m["btype"] or "person") for m in metas if m["set"] == "existing")
    ops = Counter(o for m in metas if m["set"] == "incoming" and m["category"] in ("dup_existing", "repeat_incoming") for o in m["ops"])
    inc_entities = {m["entity"] for m in metas if m["set"] == "incoming"}
    ex_entities = {m["entity"] for m in metas if m["set"] == "existing"}
    new_entities = inc_entities - ex_entities
    nulls = Counter()
    for ln in lines:
        if ln["set"] != "incoming":
            continue
        for k, v in ln["contact"].items():
            if v is None:
                nulls[k] += 1
    coll = sum(1 for m in metas if "accidental" in (m.get("note") or ""))
    L = []
    L.append("hold3 -- independent labelled record-linkage test set (Australian electrician / builder customers)")
    L.append("=" * 100)
    L.append("")
    L.append("Files")
    L.append("  set.jsonl   one JSON object a line: {\"set\": \"existing\"|\"incoming\", \"entity\": <true identity id>,")
    L.append("              \"contact\": {displayName, givenName, familyName, companyName, email, phone,")
    L.append("                          address: {line1, line2, city, region, postalCode, country} | null}}")
    L.append("              All existing lines come first (sorted by DisplayName, like a QBO export), then the")
    L.append("              incoming lines in arrival order.")
    L.append("  meta.jsonl  same line order. category, subtype, ops (variation operators applied), changes (human")
    L.append("              readable), related_entity (for hard negatives: the entity it must NOT be merged with),")
    L.append("              counterpart (existing line / first incoming line of the same entity), field_diff_* (coarse")
    L.append("              field comparison with the counterpart / related record).")
    L.append("  gen.py      the generator (python3 gen.py [--out DIR]); stdlib only, SEED fixed -> byte-identical output.")
    L.append("")
    L.append("Ground truth")
    L.append("  Records with the same 'entity' are the same customer. An incoming record whose entity has an existing")
    L.append("  line should link to it; otherwise the first incoming record of an entity creates a new customer and")
    L.append("  later incoming records of that entity should link to that new customer.")
    L.append("  Different people / legal entities always have different ids: household members, namesakes, father and")
    L.append("  son, landlord and tenant, neighbours, other offices of one agency, other branches of one cafe chain,")
    L.append("  other strata plans of one strata manager, a builder's other trusts/companies at the same address.")
    L.append("  A couple kept as one customer ('John & Mary Smith') is one entity; its variants keep both names.")
    L.append("  A landlord billed 'c/- <agency>' is the landlord's entity, not the agency's.")
    L.append("")
    L.append(f"Counts: {len(lines)} lines; existing {cat['existing']}, incoming {len(lines) - cat['existing']}")
    L.append(f"  distinct entities: {len(ex_entities | inc_entities)} (existing {len(ex_entities)}, first created by incoming {len(new_entities)})")
    L.append("")
    L.append("Per category (persons / businesses):")
    for k in ["existing", "dup_existing", "new", "hard_negative", "repeat_incoming"]:
        L.append(f"  {k:18s} {cat[k]:5d}   (person {kinds[k]['person']}, business {kinds[k]['business']})")
    L.append("")
    L.append("Existing by type:")
    for k, v in sorted(btypes.items(), key=lambda x: -x[1]):
        L.append(f"  {k:18s} {v:5d}")
    for k in ["existing", "dup_existing", "new", "hard_negative", "repeat_incoming"]:
        L.append("")
        L.append(f"Subtypes of {k}:")
        for s, v in sorted(sub[k].items(), key=lambda x: -x[1]):
            L.append(f"  {s:45s} {v:5d}")
    L.append("")
    L.append("Variation operators in duplicate / repeat records (a record usually has several):")
    for s, v in sorted(ops.items(), key=lambda x: -x[1]):
        L.append(f"  {s:22s} {v:5d}")
    L.append("")
    L.append("Null fields among incoming records: " + ", ".join(f"{k} {v}" for k, v in sorted(nulls.items())))
    L.append(f"'new' records whose normalised name happens to equal an existing customer's (flagged in meta 'note'): {coll}")
    L.append("")
    L.append("Category meaning")
    L.append("  dup_existing     another record of an existing QBO customer as a messy real record writes it")
    L.append("                   (typos, nicknames, initials, swapped fields, 'SMITH, John', missing fields, new e-mail or")
    L.append("                   phone, moved house, unit written differently, legal form dropped/added, trust name")
    L.append("                   written differently, contact person in DisplayName, '&' vs 'and', ...).")
    L.append("                   subtype hard_positive = at least two of {moved, new e-mail, new phone}.")
    L.append("  new              a customer not in QBO and not seen before (light formatting noise only).")
    L.append("  hard_negative    a NEW customer that closely resembles an existing (85%) or earlier incoming (15%) one;")
    L.append("                   related_entity names the look-alike it must not be merged with.")
    L.append("  repeat_incoming  another record of an entity first created by an earlier incoming record.")
    L.append("")
    L.append("'new' and 'hard_negative' records get the same kind of typo/format noise as duplicates (listed in")
    L.append("their 'ops'), so a record's cleanliness does not give its category away.")
    L.append("Note: 'changes' are relative to the entity's canonical data, and existing records are themselves")
    L.append("rendered with their own (cleaner) formatting choices, so formatting differences (phone spacing, St vs")
    L.append("Street, unit forms, state/country forms, case) also occur where no operator is listed.")
    with open(os.path.join(out_dir, "README.txt"), "w") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
