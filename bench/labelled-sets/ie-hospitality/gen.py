#!/usr/bin/env python3
"""Generator for the ie-hospitality labelled record-linkage set.

Python 3 standard library only; deterministic (fixed seed, no iteration over sets).
Writes set.jsonl and meta.jsonl next to this file.  All people, companies, phone numbers,
e-mail addresses and Eircodes are invented.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import check as CK  # noqa: E402  (shared normalisation / evidence rules)

SEED = 20250611
R = random.Random(SEED)

N_EXISTING = 1500
N_MATCH = 680          # existing_match lines
N_MATCH_TWICE = 25     # existing entities arriving twice
N_PLAIN_NEW = 300
N_REPEAT = 220

HN_PLAN = [  # (kind, count)
    ("sister_company", 50),
    ("group_hotel_sibling", 35),
    ("chain_outlet", 35),
    ("club_bar_account", 25),
    ("namesake_elsewhere", 45),
    ("same_name_other_org", 30),
    ("relative_same_address", 30),
    ("father_son_same_name", 20),
    ("person_vs_company", 30),
]


def chance(p):
    return R.random() < p


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


fold = CK.fold


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


# ----------------------------------------------------------------------------- reference data
# (town, county, eircode routing keys, area code without 0, subscriber digits, gaeltacht, weight)
TOWNS = [
    ("Dublin 1", "Dublin", ["D01"], "1", 7, 0, 3), ("Dublin 2", "Dublin", ["D02"], "1", 7, 0, 4),
    ("Dublin 4", "Dublin", ["D04"], "1", 7, 0, 3), ("Dublin 6", "Dublin", ["D06"], "1", 7, 0, 3),
    ("Dublin 6W", "Dublin", ["D6W"], "1", 7, 0, 2), ("Dublin 7", "Dublin", ["D07"], "1", 7, 0, 3),
    ("Dublin 8", "Dublin", ["D08"], "1", 7, 0, 3), ("Dublin 9", "Dublin", ["D09"], "1", 7, 0, 2),
    ("Dublin 12", "Dublin", ["D12"], "1", 7, 0, 2), ("Dublin 14", "Dublin", ["D14"], "1", 7, 0, 2),
    ("Dublin 16", "Dublin", ["D16"], "1", 7, 0, 1), ("Dublin 18", "Dublin", ["D18"], "1", 7, 0, 1),
    ("Dublin 24", "Dublin", ["D24"], "1", 7, 0, 1), ("Swords", "Dublin", ["K67"], "1", 7, 0, 2),
    ("Malahide", "Dublin", ["K36"], "1", 7, 0, 1), ("Dún Laoghaire", "Dublin", ["A96"], "1", 7, 0, 2),
    ("Howth", "Dublin", ["D13"], "1", 7, 0, 1), ("Skerries", "Dublin", ["K34"], "1", 7, 0, 1),
    ("Lucan", "Dublin", ["K78"], "1", 7, 0, 1),
    ("Cork", "Cork", ["T12", "T23"], "21", 7, 0, 12), ("Kinsale", "Cork", ["P17"], "21", 7, 0, 3),
    ("Bandon", "Cork", ["P72"], "23", 7, 0, 2), ("Clonakilty", "Cork", ["P85"], "23", 7, 0, 2),
    ("Skibbereen", "Cork", ["P81"], "28", 5, 0, 2), ("Bantry", "Cork", ["P75"], "27", 5, 0, 2),
    ("Macroom", "Cork", ["P12"], "26", 5, 0, 1), ("Mallow", "Cork", ["P51"], "22", 5, 0, 2),
    ("Fermoy", "Cork", ["P61"], "25", 5, 0, 1), ("Youghal", "Cork", ["P36"], "24", 5, 0, 1),
    ("Midleton", "Cork", ["P25"], "21", 7, 0, 2), ("Cobh", "Cork", ["P24"], "21", 7, 0, 1),
    ("Carrigaline", "Cork", ["P43"], "21", 7, 0, 1),
    ("Galway", "Galway", ["H91"], "91", 6, 0, 9), ("Oranmore", "Galway", ["H91"], "91", 6, 0, 1),
    ("Clifden", "Galway", ["H71"], "95", 5, 0, 2), ("Tuam", "Galway", ["H54"], "93", 5, 0, 1),
    ("Athenry", "Galway", ["H65"], "91", 6, 0, 1), ("Loughrea", "Galway", ["H62"], "91", 6, 0, 1),
    ("Ballinasloe", "Galway", ["H53"], "90", 6, 0, 1), ("Oughterard", "Galway", ["H91"], "91", 6, 1, 1),
    ("An Spidéal", "Galway", ["H91"], "91", 6, 1, 1), ("Gort", "Galway", ["H91"], "91", 6, 0, 1),
    ("Limerick", "Limerick", ["V94"], "61", 6, 0, 7), ("Adare", "Limerick", ["V94"], "61", 6, 0, 1),
    ("Newcastle West", "Limerick", ["V42"], "69", 5, 0, 1), ("Kilmallock", "Limerick", ["V35"], "63", 5, 0, 1),
    ("Abbeyfeale", "Limerick", ["V94"], "68", 5, 0, 1), ("Castleconnell", "Limerick", ["V94"], "61", 6, 0, 1),
    ("Tralee", "Kerry", ["V92"], "66", 7, 0, 4), ("Killarney", "Kerry", ["V93"], "64", 7, 0, 4),
    ("Kenmare", "Kerry", ["V93"], "64", 7, 0, 2), ("Dingle", "Kerry", ["V92"], "66", 7, 1, 2),
    ("Listowel", "Kerry", ["V31"], "68", 5, 0, 1), ("Cahersiveen", "Kerry", ["V23"], "66", 7, 0, 1),
    ("Killorglin", "Kerry", ["V93"], "66", 7, 0, 1), ("Castleisland", "Kerry", ["V92"], "66", 7, 0, 1),
    ("Ballybunion", "Kerry", ["V31"], "68", 5, 0, 1), ("Waterville", "Kerry", ["V23"], "66", 7, 0, 1),
]
TOWN_BY_NAME = {t[0]: t for t in TOWNS}
TOWN_PAIRS = [(t, t[6]) for t in TOWNS]
COUNTIES = ["Dublin", "Cork", "Galway", "Limerick", "Kerry"]


def pick_town(county=None, exclude=None):
    pairs = [(t, w) for t, w in TOWN_PAIRS if (county is None or t[1] == county) and t[0] != exclude]
    return wpick(pairs)


def is_dub_district(town):
    return town[0].startswith("Dublin ")


STREETS = ["Main Street", "Church Street", "Bridge Street", "Market Street", "Mill Street", "Castle Street",
           "Pearse Street", "O'Connell Street", "John Street", "William Street", "Strand Street", "Quay Street",
           "New Street", "Chapel Street", "Barrack Street", "Green Street", "High Street", "The Square",
           "The Mall", "Abbey Street", "Sarsfield Street", "Davis Street", "Parnell Street", "Emmet Street",
           "Station Road", "Harbour Road", "Strand Road", "Convent Road", "College Road", "Fair Green",
           "Lower Main Street", "Upper Main Street"]
TOWN_STREETS = {"Cork": ["Oliver Plunkett Street", "MacCurtain Street", "Washington Street", "Barrack Street",
                         "Douglas Street", "Popes Quay"],
                "Galway": ["Shop Street", "Dominick Street Lower", "Quay Street", "Forster Street", "Prospect Hill"],
                "Limerick": ["Catherine Street", "Henry Street", "O'Connell Street", "Thomas Street", "Sarsfield Street"],
                "Tralee": ["Denny Street", "Ashe Street", "Castle Street", "Rock Street"],
                "Killarney": ["Kenmare Place", "High Street", "New Street", "Plunkett Street"],
                "Clonakilty": ["Ashe Street", "Pearse Street", "Rossa Street"],
                "Dingle": ["Green Street", "Strand Street", "Main Street", "Dykegate Street"]}
DUB_STREETS_BY = {
    "Dublin 1": ["Talbot Street", "Capel Street", "Parnell Street", "Dorset Street Upper", "Abbey Street Middle"],
    "Dublin 2": ["Dame Street", "Baggot Street Lower", "Camden Street Lower", "Aungier Street", "Pearse Street",
                 "Fenian Street", "Leeson Street Lower"],
    "Dublin 4": ["Sandymount Road", "Haddington Road", "Shelbourne Road", "Bath Avenue", "Leeson Street Upper"],
    "Dublin 6": ["Rathmines Road Lower", "Ranelagh Road", "Rathmines Road Upper", "Leinster Road", "Rathgar Road"],
    "Dublin 6W": ["Harold's Cross Road", "Kimmage Road Lower", "Templeogue Road", "Terenure Road North"],
    "Dublin 7": ["Manor Street", "Phibsborough Road", "Prussia Street", "Aughrim Street", "Capel Street"],
    "Dublin 8": ["Thomas Street", "Francis Street", "Meath Street", "Clanbrassil Street Upper",
                 "South Circular Road", "James's Street"],
    "Dublin 9": ["Drumcondra Road Upper", "Griffith Avenue", "Collins Avenue", "Swords Road"],
    "Dublin 12": ["Crumlin Road", "Sundrive Road", "Kimmage Road West", "Walkinstown Road"],
    "Dublin 14": ["Dundrum Road", "Churchtown Road Upper", "Main Street", "Braemor Road"],
    "Dublin 16": ["Ballinteer Road", "Grange Road", "Nutgrove Avenue", "Ballyboden Road"],
    "Dublin 18": ["Bray Road", "Brennanstown Road", "Leopardstown Road", "Main Street"],
    "Dublin 24": ["Main Road", "Old Bawn Road", "Firhouse Road", "Greenhills Road"],
}
DUB_STREETS = ["Camden Street Lower", "Thomas Street", "Dorset Street Upper", "Rathmines Road Lower",
               "Baggot Street Lower", "Capel Street", "Aungier Street", "Leeson Street Upper", "Ranelagh Road",
               "Dame Street", "Drumcondra Road Upper", "South Circular Road", "North Strand Road",
               "Harold's Cross Road", "Terenure Road East", "Phibsborough Road", "Clanbrassil Street Upper",
               "Talbot Street", "Francis Street", "Meath Street", "Manor Street", "Dundrum Road", "Howth Road",
               "Malahide Road", "Griffith Avenue", "Clontarf Road", "Sandymount Road", "Main Street",
               "Lower Kimmage Road", "Crumlin Road"]
ESTATES = ["Ashgrove", "Beechwood", "Elm Park", "Oakfield", "Hazelwood", "Glenview", "Sunvalley", "Woodlawn",
           "Rathmore", "Castlelake", "Meadowbrook", "Maple", "Willow", "Fernhill", "Highfield", "Millbrook",
           "Riverview", "Kilbrack", "Cherry Orchard", "Woodbrook", "Greenfield", "Parklands", "Clonard",
           "Hillside", "Belmont"]
ESTATES_GA = ["Cois Farraige", "Ard na Gréine", "Páirc na Coille", "Radharc an Chuain", "Bóthar na Trá",
              "Cnoc an Óir", "Gort na Coiribe"]
EST_SUFFIX = ["Park", "Drive", "Grove", "Lawn", "Close", "Heights", "Crescent", "Avenue", "Court", "Gardens",
              "Rise", "Way", "Road"]
TOWNLANDS_BY = {
    "Cork": ["Gortnaclohy", "Ballinacurra", "Kilbrittain", "Lissarda", "Curraheen", "Carrignavar", "Ballymacoda",
             "Inchydoney", "Rathbarry", "Ballyvourney", "Kealkill", "Ballylickey", "Ballyhooly", "Rathcormac",
             "Shanagarry", "Ballinspittle", "Courtmacsherry", "Coolcaum", "Ballinhassig", "Knockavilla"],
    "Kerry": ["Knockanore", "Derrynane Beg", "Coolnagarrane", "Gortatlea", "Cloghane", "Tullig", "Ardfert",
              "Ballyseedy", "Lispole", "Ballyhar", "Firies", "Gneeveguilla", "Kilgarvan", "Beaufort", "Annascaul",
              "Camp", "Ballyheigue", "Lisheen", "Ballyferriter"],
    "Galway": ["Carrownagur", "Cloonacauneen", "Rahoon", "Ballinahown", "Baile na hAbhann", "Na Forbacha",
               "Ros an Mhíl", "Cill Chiaráin", "Claregalway", "Moycullen", "Bearna", "Knockmore", "Ballintubber",
               "Killeenleigh"],
    "Limerick": ["Cappamore", "Knockaderry", "Kilcornan", "Ballingarry", "Croom", "Patrickswell", "Kilcolman",
                 "Moanmore", "Gortbrack", "Drumcollogher", "Ballysimon"],
    "Dublin": ["Rowlestown", "Oldtown", "Ballyboughal", "Garristown", "The Naul", "Kinsaley", "Coolquay",
               "Kilmacud", "Whitehall", "Templeogue", "Ballyboden", "Raheny", "Rathfarnham"],
}


def townland(town):
    return pick(TOWNLANDS_BY[town[1]])


TOWNLANDS = ["Gortnaclohy", "Ballinacurra", "Knockanore", "Carrownagur", "Derrynane Beg", "Coolnagarrane",
             "Lisheen", "Cloonacauneen", "Rahoon", "Knockmore", "Ballinahown", "Drumcliffe", "Kilbrittain",
             "Gortatlea", "Cloghane", "Ballintubber", "Killeenleigh", "Tullig", "Lissarda", "Curraheen",
             "Carrignavar", "Ardfert", "Ballyseedy", "Coolcaum", "Kilcolman", "Moanmore", "Gortbrack",
             "Ballymacoda", "Inchydoney", "Rathbarry", "Cappamore", "Knockaderry", "Baile na hAbhann",
             "Na Forbacha", "Ros an Mhíl", "Cill Chiaráin", "Lispole", "Ballyhar", "Firies", "Gneeveguilla",
             "Kilgarvan", "Beaufort", "Ballyvourney", "Kealkill", "Ballylickey", "Ballyhooly", "Rathcormac",
             "Shanagarry", "Ballinspittle", "Courtmacsherry", "Claregalway", "Moycullen", "Bearna",
             "Kilcornan", "Ballingarry", "Croom", "Patrickswell", "Annascaul", "Camp", "Ballyheigue"]
HOUSE_NAMES = ["Seaview", "Harbour View", "Riverside", "Hillcrest", "Mountain View", "Rose Cottage",
               "Ivy House", "Lakeview", "Glenview", "Bayview", "Ardmore", "Fernhill", "Ashville",
               "Woodlands", "Clover Hill", "Greenmount", "Sliabh Rua", "Teach na Mara", "Cois Abhann",
               "Primrose Cottage", "The Old Rectory", "Heatherlea", "Ocean Breeze", "Sunnyside"]

GIVEN = {
    "m": [("Patrick", "Pádraig", ["Paddy", "Pat", "Paudie"]), ("Michael", "Mícheál", ["Mick", "Mike", "Mikey"]),
          ("James", "Séamus", ["Jim", "Jimmy"]), ("John", "Seán", ["Johnny", "Jack"]),
          ("Timothy", "Tadhg", ["Tim", "Timmy"]), ("Thomas", "Tomás", ["Tom", "Tommy"]),
          ("Daniel", "Dónall", ["Dan", "Danny"]), ("Denis", "Donncha", ["Dinny", "Denny"]),
          ("Jeremiah", "Diarmuid", ["Jerry"]), ("Cornelius", "Conchúr", ["Con", "Connie"]),
          ("Eugene", "Eoghan", ["Gene"]), ("Joseph", "Seosamh", ["Joe"]), ("Peter", "Peadar", ["Pete"]),
          ("Martin", "Máirtín", ["Marty"]), ("Brendan", "Breandán", ["Bren"]), ("Kevin", "Caoimhín", ["Kev"]),
          ("Declan", "Deaglán", ["Dec"]), ("William", "Liam", ["Willie", "Bill"]),
          ("Gerard", "Gearóid", ["Ger", "Gerry"]), ("Francis", "Proinsias", ["Frank", "Frankie"]),
          ("Anthony", "Antóin", ["Tony"]), ("Edward", "Éamonn", ["Eddie", "Ned"]),
          ("Richard", "Risteárd", ["Richie", "Dick"]), ("Stephen", "Stiofán", ["Steve"]),
          ("Kieran", "Ciarán", []), ("Conor", "Conor", []), ("Niall", "Niall", []), ("Colm", "Colm", []),
          ("Eoin", "Eoin", []), ("Cathal", "Cathal", []), ("Cian", "Cian", []), ("Oisín", "Oisín", []),
          ("Darragh", "Dara", []), ("Ronan", "Rónán", []), ("Fergal", "Fearghal", []), ("Noel", "Nollaig", []),
          ("Hugh", "Aodh", []), ("Brian", "Brian", [])],
    "f": [("Mary", "Máire", ["Mamie"]), ("Margaret", "Mairéad", ["Peggy", "Maggie", "Peg"]),
          ("Bridget", "Bríd", ["Biddy", "Breda"]), ("Catherine", "Caitríona", ["Kate", "Cathy", "Kitty"]),
          ("Elizabeth", "Éilís", ["Liz", "Betty", "Lizzie"]), ("Joan", "Siobhán", []), ("Jane", "Sinéad", []),
          ("Eileen", "Eibhlín", []), ("Nora", "Nóra", ["Noreen"]), ("Anne", "Áine", ["Annie"]),
          ("Sheila", "Síle", []), ("Sarah", "Sorcha", []), ("Teresa", "Treasa", ["Tess", "Terry"]),
          ("Josephine", "Seosaimhín", ["Josie"]), ("Patricia", "Pádraigín", ["Trish", "Patsy"]),
          ("Kathleen", "Caitlín", ["Kay"]), ("Deirdre", "Deirdre", []), ("Aoife", "Aoife", []),
          ("Niamh", "Niamh", []), ("Ciara", "Ciara", []), ("Gráinne", "Gráinne", []), ("Orla", "Orlaith", []),
          ("Róisín", "Róisín", []), ("Clodagh", "Clodagh", []), ("Emer", "Eimear", []),
          ("Geraldine", "Gearóidín", ["Geri"]), ("Helen", "Léan", []), ("Úna", "Úna", []),
          ("Fiona", "Fiona", []), ("Louise", "Louise", [])],
}
# (anglicised, Irish masculine, Irish feminine, weight)
SURN = [
    ("Murphy", "Ó Murchú", "Ní Mhurchú", 7), ("Kelly", "Ó Ceallaigh", "Ní Cheallaigh", 6),
    ("O'Sullivan", "Ó Súilleabháin", "Ní Shúilleabháin", 6), ("Walsh", "Breathnach", "Breathnach", 5),
    ("O'Brien", "Ó Briain", "Ní Bhriain", 4), ("Byrne", "Ó Broin", "Ní Bhroin", 3),
    ("Ryan", "Ó Riain", "Ní Riain", 3), ("O'Connor", "Ó Conchúir", "Ní Chonchúir", 3),
    ("O'Neill", "Ó Néill", "Ní Néill", 2), ("O'Reilly", "Ó Raghallaigh", "Ní Raghallaigh", 2),
    ("Doyle", "Ó Dubhghaill", "Ní Dhubhghaill", 2), ("McCarthy", "Mac Cárthaigh", "Nic Cárthaigh", 4),
    ("Gallagher", "Ó Gallchóir", "Ní Ghallchóir", 1), ("Kennedy", "Ó Cinnéide", "Ní Chinnéide", 2),
    ("Lynch", "Ó Loingsigh", "Ní Loingsigh", 2), ("Murray", "Ó Muirí", "Ní Mhuirí", 1),
    ("Quinn", "Ó Coinn", "Ní Choinn", 1), ("McLoughlin", "Mac Lochlainn", "Nic Lochlainn", 1),
    ("O'Carroll", "Ó Cearbhaill", "Ní Chearbhaill", 1), ("Connolly", "Ó Conghaile", "Ní Chonghaile", 2),
    ("Daly", "Ó Dálaigh", "Ní Dhálaigh", 2), ("Keane", "Ó Catháin", "Ní Chatháin", 2),
    ("Healy", "Ó hÉalaighthe", "Ní Éalaighthe", 2), ("Fahy", "Ó Fathaigh", "Ní Fhathaigh", 1),
    ("O'Shea", "Ó Sé", "Ní Shé", 3), ("Moriarty", "Ó Muircheartaigh", "Ní Mhuircheartaigh", 2),
    ("O'Connell", "Ó Conaill", "Ní Chonaill", 2), ("Fitzgerald", "Mac Gearailt", "Nic Gearailt", 2),
    ("Burke", "de Búrca", "de Búrca", 2), ("Kavanagh", "Caomhánach", "Caomhánach", 1),
    ("O'Donovan", "Ó Donnabháin", "Ní Dhonnabháin", 2), ("Crowley", "Ó Cruadhlaoich", "Ní Chruadhlaoich", 2),
    ("Sheehan", "Ó Síocháin", "Ní Shíocháin", 2), ("Cronin", "Ó Cróinín", "Ní Chróinín", 2),
    ("Buckley", "Ó Buachalla", "Ní Bhuachalla", 2), ("Twomey", "Ó Tuama", "Ní Thuama", 1),
    ("Hegarty", "Ó hÉigeartaigh", "Ní Éigeartaigh", 1), ("Flaherty", "Ó Flaithearta", "Ní Fhlaithearta", 2),
    ("Joyce", "Seoighe", "Seoighe", 1), ("Hynes", "Ó hEidhin", "Ní Eidhin", 1),
    ("Whelan", "Ó Faoláin", "Ní Fhaoláin", 1), ("Power", "de Paor", "de Paor", 1),
    ("Hogan", "Ó hÓgáin", "Ní Ógáin", 1), ("Griffin", "Ó Gríofa", "Ní Ghríofa", 1),
    ("Foley", "Ó Foghlú", "Ní Fhoghlú", 2), ("Collins", "Ó Coileáin", "Ní Choileáin", 2),
    ("Sweeney", "Mac Suibhne", "Nic Suibhne", 1), ("McMahon", "Mac Mathúna", "Nic Mhathúna", 1),
    ("McNamara", "Mac Conmara", "Nic Conmara", 1), ("McGrath", "Mac Craith", "Nic Craith", 1),
    ("Dunne", None, None, 1), ("Brennan", None, None, 1), ("Clarke", None, None, 1), ("Nolan", None, None, 1),
    ("Duggan", None, None, 1), ("Egan", None, None, 1), ("Tierney", None, None, 1), ("Flynn", None, None, 1),
    ("Horgan", None, None, 1), ("Hennessy", None, None, 1), ("Mulcahy", None, None, 1), ("Kiely", None, None, 1),
    ("Dineen", None, None, 1), ("Lenihan", None, None, 1), ("Coughlan", None, None, 1), ("Barry", None, None, 2),
    ("Roche", None, None, 1), ("Cotter", None, None, 1), ("Harrington", None, None, 1), ("Hurley", None, None, 1),
]
SURN_IDX_W = [(i, s[3]) for i, s in enumerate(SURN)]

FREEMAIL = [("gmail.com", 40), ("eircom.net", 14), ("hotmail.com", 14), ("yahoo.ie", 8), ("outlook.com", 8),
            ("icloud.com", 6), ("live.ie", 4), ("outlook.ie", 3)]

FORMS = {
    "ltd": ["Ltd", "Limited", "Ltd.", "LTD"],
    "dac": ["DAC", "Designated Activity Company", "D.A.C."],
    "teo": ["Teoranta", "Teo", "Teo."],
    "uc": ["UC", "Unlimited Company", "U.C."],
    "clg": ["CLG", "Company Limited by Guarantee", "C.L.G."],
}
HOTEL_FEATS = ["Harbour", "Quayside", "Riverside", "Abbey", "Castle Court", "Glen", "Lakeside", "Parkview",
               "Seaview", "Strand", "Bridge House", "Old Mill", "Westbrook", "Ardmore", "Clonmore", "Ashford Court",
               "Fernhill", "Headland", "Bayside", "Greenhills", "Moorings", "Oakwood", "Atlantic", "Brookfield",
               "Carrigeen", "Rossmore", "Inchmore", "Killeen House", "Weir View", "Millstream"]
PUB_NOUNS = ["Anchor", "Corner House", "Oak Tavern", "Harbour Bar", "Bridge Bar", "Well", "Boatyard", "Hurlers",
             "Railway Tavern", "Village Inn", "Half Door", "Stone House", "Market House", "Old Forge",
             "Crossroads Inn", "Thatch", "Cooperage", "Snug", "Wheelhouse", "Quay House", "Fiddler's Rest",
             "Drover's Inn", "Weighbridge", "Lantern", "Salmon Leap", "Tinker's Cart", "Dry Dock"]
FOOD_ADJ = ["Olive", "Saffron", "Salt", "Driftwood", "Copper Pot", "Stable Yard", "Fennel", "Sea Salt",
            "Currach", "Gooseberry", "Rowan Tree", "Hazel", "Blackthorn", "Wild Garlic", "Brown Bread", "Harvest",
            "Samphire", "Juniper", "Bramble", "Sugar Loaf", "Heather", "Lobster Pot", "Creel", "Sloe"]
FOOD_NOUN = ["Kitchen", "Table", "Larder", "Pantry", "Grill", "Bistro", "Dining Room", "Eatery"]
CAFE_WORDS = ["Bean", "Leaf", "Crumb", "Kettle", "Scone", "Teapot", "Whisk", "Ladle", "Honeycomb", "Rolling Pin",
              "Spoon", "Cuppa", "Biscuit Tin", "Dresser", "Hearth"]
HOTEL_GROUPS = ["Carrig", "Tearmann", "Brehon", "Ardán", "Westwind", "Cairn", "Lios", "Sceilg", "Dúlra", "Bréifne"]
CHAIN_BRANDS = ["Loaf & Ladle", "Bean Station", "Crema Coffee Co.", "Cáca Milis Bakery", "Burren Bakes",
                "Teach Tae", "Daily Bread Café", "Kettle & Crumb", "Bakestone", "Griddle House",
                "Harbour Scoops", "Sweet Briar Bakery"]
SAINTS = ["Joseph", "Anne", "Brigid", "Patrick", "Luke", "Theresa", "Columba", "Enda", "Ita", "Gobnait", "Brendan",
          "Mary", "Michael", "Finbarr", "Colman", "Kevin", "Elizabeth", "Catherine", "Clare", "Gerard", "Francis",
          "Camillus", "Oliver", "Kieran", "Declan", "Attracta"]


# ----------------------------------------------------------------------------- uniqueness registries
USED_PHONE = set()
USED_EMAIL = set()
USED_EIR = set()
USED_DOMAIN = set()
USED_PNAME = set()   # (folded full name) of generated persons
USED_ONAME = set()   # normalised org trading names

EIR_FIRST = "ACDEFHKNPRTVWXY"
EIR_REST = "0123456789ACDEFHKNPRTVWXY"


def new_eircode(town):
    while True:
        code = pick(town[2]) + " " + pick(EIR_FIRST) + "".join(pick(EIR_REST) for _ in range(3))
        if code not in USED_EIR:
            USED_EIR.add(code)
            return code


def new_landline(town):
    area, n = town[3], town[4]
    while True:
        sub = "555" + "".join(str(R.randrange(10)) for _ in range(n - 3))
        num = "0" + area + sub
        if num not in USED_PHONE:
            USED_PHONE.add(num)
            return num


def new_mobile():
    while True:
        num = "08" + pick("35679") + "555" + "".join(str(R.randrange(10)) for _ in range(4))
        if num not in USED_PHONE:
            USED_PHONE.add(num)
            return num


def uniq_email(local, domain):
    e = local + "@" + domain
    k = 2
    while e in USED_EMAIL:
        e = "%s%d@%s" % (local, k if k > 2 else R.randrange(10, 99), domain)
        k += 1
    USED_EMAIL.add(e)
    return e


# ----------------------------------------------------------------------------- names
def new_pname(gender=None, town=None, gi=None, si=None):
    gender = gender or ("m" if chance(0.52) else "f")
    ga = bool(town and town[5])
    if gi is None:
        gi = R.randrange(len(GIVEN[gender]))
    if si is None:
        si = wpick(SURN_IDX_W)
    g = GIVEN[gender][gi]
    gform = "irish" if (g[1] != g[0] and chance(0.45 if ga else 0.18)) else "canon"
    sform = "irish" if (SURN[si][1] and gform == "irish" and chance(0.6 if ga else 0.35)) else "eng"
    return {"gender": gender, "gi": gi, "si": si, "gform": gform, "sform": sform}


def gname(pn, form=None):
    g = GIVEN[pn["gender"]][pn["gi"]]
    return g[1] if (form or pn["gform"]) == "irish" else g[0]


def sname(pn, form=None):
    s = SURN[pn["si"]]
    if (form or pn["sform"]) == "irish" and s[1]:
        return s[2] if pn["gender"] == "f" else s[1]
    return s[0]


def pfull(pn):
    return gname(pn) + " " + sname(pn)


def given_forms(pn):
    g = GIVEN[pn["gender"]][pn["gi"]]
    return [g[0], g[1]] + list(g[2])


def dissimilar_given(gen1, g1, gen2, g2):
    a = [slug(x) for x in given_forms({"gender": gen1, "gi": g1})]
    b = [slug(x) for x in given_forms({"gender": gen2, "gi": g2})]
    for x in a:
        for y in b:
            if x[:3] == y[:3] or CK.SequenceMatcher(None, x, y).ratio() > 0.6:
                return False
    return True


def person_email(pn, freemail=True, domain=None):
    g = slug(gname(pn))
    s = slug(sname(pn, "eng")) if chance(0.85) else slug(sname(pn))
    yy = "%02d" % R.randrange(50, 100) if chance(0.5) else str(R.randrange(1, 99))
    local = wpick([("%s.%s" % (g, s), 30), ("%s%s" % (g, s), 18), ("%s%s" % (g[0], s), 14),
                   ("%s.%s%s" % (g, s, yy), 12), ("%s%s%s" % (s, g[0], yy), 8), ("%s.%s" % (s, g), 6),
                   ("%s%s" % (g, yy), 4)])
    return uniq_email(local, domain or wpick(FREEMAIL))


# ----------------------------------------------------------------------------- addresses
def make_addr(town, style):
    dub = town[1] == "Dublin"
    a = {"line1": None, "line2": None, "city": town[0], "county": town[1], "eircode": new_eircode(town)}
    if is_dub_district(town) and style in ("rural", "named"):
        style = "street" if chance(0.5) else "res"
    if style == "street":
        if is_dub_district(town):
            st = pick(DUB_STREETS_BY[town[0]])
        elif town[0] in TOWN_STREETS and chance(0.5):
            st = pick(TOWN_STREETS[town[0]])
        else:
            st = pick(STREETS)
        a["line1"] = ("%d %s" % (R.randrange(1, 140), st)) if (dub or chance(0.55)) else st
    elif style == "res":
        est = pick(ESTATES_GA) if (town[5] and chance(0.6)) else pick(ESTATES) + " " + pick(EST_SUFFIX)
        a["line1"] = "%d %s" % (R.randrange(1, 90), est)
        if not dub and chance(0.3):
            a["line2"] = pick({"Cork": ["Ballinlough", "Douglas", "Rochestown", "Ballyvolane", "Bishopstown"],
                               "Galway": ["Knocknacarra", "Salthill", "Renmore", "Newcastle"],
                               "Limerick": ["Castletroy", "Dooradoyle", "Corbally", "Raheen"]}[town[0]]) \
                if town[0] in ("Cork", "Galway", "Limerick") else None
    elif style == "rural":
        tl = townland(town)
        if chance(0.45):
            a["line1"], a["line2"] = pick(HOUSE_NAMES), tl
        else:
            a["line1"] = tl
    else:  # named premises on a road
        a["line1"] = pick(HOUSE_NAMES) + pick([" House", " Lodge", ""])
        a["line2"] = pick(["%s Road" % pick(["Strand", "Station", "Golf Links", "Coast", "Church", "Mill",
                                             "Old %s" % town[1]]), townland(town)])
    return a


def addr_for(town, kind):
    if kind == "person":
        return make_addr(town, "res" if (town[1] == "Dublin" or chance(0.6)) else "rural")
    if kind == "bnb":
        return make_addr(town, "named" if chance(0.6) else "rural")
    if kind in ("golf", "gaa", "nursing"):
        return make_addr(town, pick(["named", "rural", "street"]))
    return make_addr(town, "street")


# ----------------------------------------------------------------------------- entity builders
def base(kind, typ, town):
    return {"eid": None, "kind": kind, "type": typ, "town": town, "flags": {}, "fam": [], "hn": None,
            "phones": [], "emails": [], "addr": None}


def make_person(town=None, pn=None, household=False):
    town = town or pick_town()
    for _ in range(200):
        cand = pn or new_pname(town=town)
        key = slug(pfull(cand))
        if pn is not None or key not in USED_PNAME:
            break
    USED_PNAME.add(slug(pfull(cand)))
    b = base("person", "household" if household else "person", town)
    b["pn"] = cand
    b["suffix"] = None
    b["partner"] = None
    if household:
        other = "f" if cand["gender"] == "m" else "m"
        b["partner"] = new_pname(gender=other, town=town, si=cand["si"])
        b["partner"]["sform"] = cand["sform"] if SURN[cand["si"]][1] else "eng"
    b["addr"] = addr_for(town, "person")
    mob = new_mobile()
    b["phones"] = [mob]
    if chance(0.35):
        b["phones"].append(new_landline(town))
        if chance(0.3):
            b["phones"].reverse()
    b["emails"] = [person_email(cand)]
    if chance(0.3):
        b["emails"].append(person_email(cand))
    return b


def org_domain(words, town):
    stem = slug(words)[:22]
    for cand in (stem, stem + slug(town[0])[:10], stem + slug(town[1]), stem + str(R.randrange(2, 99))):
        for tld in ((".ie", ".com") if chance(0.8) else (".com", ".ie")):
            d = cand + tld
            if d not in USED_DOMAIN:
                USED_DOMAIN.add(d)
                return d
    raise RuntimeError("domain")


def strip_the(s):
    return s[4:] if s.startswith("The ") else s


def finish_org(b, trading, legal_core, form, sole=None, contact=None, dist=None, key=None,
               domain=None, email_mode=None, phone=None):
    town = b["town"]
    b["trading"] = trading
    b["legal_core"] = legal_core
    b["form"] = form
    b["sole"] = sole
    b["contact"] = contact if contact is not None else (new_pname(town=town) if chance(0.6) else None)
    if sole:
        b["contact"] = sole
    b["dist"] = dist
    b["key"] = key or strip_the(trading or legal_core).split()[0]
    USED_ONAME.add(CK.norm_name(trading or legal_core))
    if b["addr"] is None:
        b["addr"] = addr_for(town, b["type"])
    if phone is None:
        phone = new_landline(town) if (b["type"] not in ("cafe", "bnb") or chance(0.6)) else new_mobile()
    b["phones"] = [phone]
    if b["contact"] and chance(0.3):
        b["phones"].append(new_mobile())  # owner / manager mobile
    small = b["type"] in ("cafe", "bnb", "pub", "restaurant", "other") and (sole or chance(0.35))
    if email_mode == "freemail" or (email_mode is None and small and chance(0.55)):
        if sole and chance(0.5):
            b["emails"] = [person_email(sole)]
        else:
            b["emails"] = [uniq_email(biz_local(trading or legal_core, town), wpick(FREEMAIL[:4]))]
        b["domain"] = None
    else:
        d = domain or org_domain(strip_the(trading or legal_core), town)
        b["domain"] = d
        lp = wpick([("info", 40), ("accounts", 20), ("reception", 10 if b["type"] == "hotel" else 1),
                    ("bookings", 6), ("office", 8), ("manager", 5), ("admin", 6)])
        b["emails"] = [uniq_email(lp, d)]
        if b["contact"] and chance(0.5):
            b["emails"].append(uniq_email(slug(gname(b["contact"]))
                                          + pick(["", "." + slug(sname(b["contact"], "eng"))]), d))
        elif chance(0.4):
            b["emails"].append(uniq_email(pick(["accounts", "finance", "ap", "office"]), d))
    return b


def biz_local(name, town):
    words = [slug(w) for w in strip_the(name).split() if slug(w) and slug(w) not in ("ltd", "limited")]
    local = ""
    for w in words:
        if len(local) + len(w) > 18 and local:
            break
        local += w
    tw = slug(town[0]) if not is_dub_district(town) else "dublin"
    if chance(0.4) and len(local) + len(tw) <= 28:
        local += pick(["", ".", "_"]) + tw
    return local


def legal_for(core, town, sur=None):
    r = R.random()
    if r < 0.55:
        return core, "ltd"
    if r < 0.68 and sur:
        return "%s. %s & Sons" % (pick("JMPDTKSC"), sur), "ltd"
    if r < 0.78:
        return core, "dac"
    if r < 0.86:
        return "%s (%s)" % (core, town[0]), "ltd"
    if r < 0.92:
        return core, "uc"
    if r < 0.97 and sur:
        return "%s Bros." % sur, None          # unlimited partnership
    return core, "teo" if town[5] else "ltd"


def sur_poss(si):
    s = SURN[si][0]
    return s + "'s"


def mk_hotel(town):
    b = base("org", "hotel", town)
    for _ in range(50):
        r = R.random()
        feat = pick(HOTEL_FEATS)
        if town[5] and r < 0.4:
            trading = "Óstán " + pick(["na Trá", "an Chuain", "Cois Locha", "an Droichid", "na Mara"])
        elif r < 0.35:
            trading = "The %s Hotel" % feat
        elif r < 0.55:
            trading = "%s House Hotel" % feat
        elif r < 0.7:
            trading = "%s Arms Hotel" % (town[0] if not is_dub_district(town) else pick(["Grand Canal", "Liffey"]))
        elif r < 0.85:
            trading = "%s Hotel" % sur_poss(wpick(SURN_IDX_W))
        else:
            trading = "The %s Hotel & Spa" % feat
        if CK.norm_name(trading) not in USED_ONAME:
            break
    core = strip_the(trading).replace(" & Spa", "")
    if trading.startswith("Óstán"):
        legal, form = trading, "teo"
    else:
        legal, form = legal_for(core, town, SURN[wpick(SURN_IDX_W)][0])
    return finish_org(b, trading, legal, form)


def mk_pub(town):
    b = base("org", "pub", town)
    for _ in range(50):
        si = wpick(SURN_IDX_W)
        r = R.random()
        if r < 0.3:
            trading = "%s Bar" % sur_poss(si)
        elif r < 0.45:
            trading = sur_poss(si)
        elif r < 0.55:
            trading = "%s Bar & Lounge" % sur_poss(si)
        elif r < 0.65:
            trading = "%s Pub" % sur_poss(si)
        else:
            trading = "The %s" % pick(PUB_NOUNS)
            si = None
        if CK.norm_name(trading) not in USED_ONAME:
            break
    owner = new_pname(town=town, si=si)
    r = R.random()
    sole = None
    if r < 0.3:
        sole, legal, form = owner, pfull(owner), None
    elif r < 0.4:
        legal, form = "%s & %s" % (SURN[owner["si"]][0], SURN[wpick(SURN_IDX_W)][0]), None  # partnership
    else:
        legal, form = legal_for(strip_the(trading), town, SURN[owner["si"]][0])
    b["stem"] = trading if si is None else sur_poss(si)
    return finish_org(b, trading, legal, form, sole=sole, contact=owner if chance(0.7) else None)


def mk_restaurant(town):
    b = base("org", "restaurant", town)
    for _ in range(50):
        r = R.random()
        if r < 0.3:
            trading = "The %s %s" % (pick(FOOD_ADJ), pick(FOOD_NOUN))
        elif r < 0.5:
            trading = "%s %s" % (pick(FOOD_ADJ), pick(FOOD_NOUN))
        elif r < 0.65:
            trading = "Bistro %s" % pick(FOOD_ADJ)
        elif r < 0.8:
            trading = "%s Restaurant" % sur_poss(wpick(SURN_IDX_W))
        else:
            trading = "%s Seafood Bar" % pick(FOOD_ADJ)
        if CK.norm_name(trading) not in USED_ONAME:
            break
    owner = new_pname(town=town)
    if chance(0.25):
        return finish_org(b, trading, pfull(owner), None, sole=owner)
    legal, form = legal_for(strip_the(trading).replace("Bistro ", "") + pick([" Restaurants", " Foods", ""]),
                            town, SURN[owner["si"]][0])
    return finish_org(b, trading, legal, form, contact=owner if chance(0.6) else None)


def mk_cafe(town):
    b = base("org", "cafe", town)
    for _ in range(50):
        r = R.random()
        owner = new_pname(town=town)
        if r < 0.2:
            trading = "The Corner Café" if chance(0.3) else "The %s Café" % pick(CAFE_WORDS)
        elif r < 0.4:
            trading = "%s's Café" % gname(owner)
        elif r < 0.55:
            trading = "%s & %s" % (pick(CAFE_WORDS), pick(CAFE_WORDS))
        elif r < 0.7:
            trading = "%s Coffee House" % (town[0] if not is_dub_district(town) else pick(["Liberties", "Portobello", "Stoneybatter"]))
        elif r < 0.85:
            trading = "Café %s" % pick(FOOD_ADJ)
        else:
            trading = "The %s Tea Rooms" % pick(CAFE_WORDS)
        if CK.norm_name(trading) not in USED_ONAME:
            break
    if chance(0.55):
        return finish_org(b, trading, pfull(owner), None, sole=owner)
    legal, form = legal_for(strip_the(trading), town, SURN[owner["si"]][0])
    return finish_org(b, trading, legal, form, contact=owner if chance(0.6) else None)


def mk_bnb(town):
    b = base("org", "bnb", town)
    b["addr"] = addr_for(town, "bnb")
    for _ in range(50):
        r = R.random()
        hn = pick(HOUSE_NAMES)
        for suf in (" House", " Cottage"):
            if hn.endswith(suf) and R.random() < 0.9:
                hn = hn[: -len(suf)]
        if r < 0.35:
            trading = "%s House B&B" % hn
        elif r < 0.55:
            trading = "%s Lodge" % (b["addr"]["line2"] if b["addr"]["line2"] and "Road" not in b["addr"]["line2"]
                                    else townland(town))
        elif r < 0.75:
            trading = "%s Guesthouse" % hn
        elif r < 0.87:
            trading = "%s Farmhouse B&B" % hn
        else:
            trading = "%s Country House" % hn
        if CK.norm_name(trading) not in USED_ONAME:
            break
    owner = new_pname(town=town)
    if chance(0.65):
        return finish_org(b, trading, pfull(owner), None, sole=owner)
    legal, form = legal_for(strip_the(trading), town, SURN[owner["si"]][0])
    return finish_org(b, trading, legal, form, contact=owner if chance(0.7) else None)


def club_place(town):
    return townland(town) if (chance(0.6) or is_dub_district(town)) else town[0]


def mk_golf(town):
    b = base("org", "golf", town)
    for _ in range(50):
        place = club_place(town)
        trading = "%s Golf Club" % place if chance(0.8) else "%s Golf & Country Club" % place
        if CK.norm_name(trading) not in USED_ONAME:
            break
    b["place"] = place
    b["account"] = "club"
    return finish_org(b, trading, trading, "clg" if chance(0.7) else "dac", dist=None, key=place.split()[0])


def mk_gaa(town):
    b = base("org", "gaa", town)
    for _ in range(50):
        place = club_place(town)
        trading = pick(["%s GAA Club", "%s GAA", "%s Hurling Club", "%s Gaels GAA Club", "%s Rovers AFC",
                        "%s RFC"]) % place
        if CK.norm_name(trading) not in USED_ONAME:
            break
    b["place"] = place
    b["account"] = "club"
    legal = trading if not trading.endswith(" GAA") else trading + " Club"
    return finish_org(b, trading, legal, "clg" if chance(0.6) else None, key=place.split()[0])


def mk_nursing(town):
    b = base("org", "nursing", town)
    b["addr"] = addr_for(town, "nursing")
    for _ in range(50):
        r = R.random()
        if r < 0.45:
            trading = "St. %s's Nursing Home" % pick(SAINTS)
        elif r < 0.65:
            trading = "%s House Nursing Home" % pick(HOUSE_NAMES)
        elif r < 0.8:
            trading = "%s Nursing Home" % (town[0] if not is_dub_district(town) else townland(town))
        else:
            trading = "%s Lodge Nursing Home" % pick(HOUSE_NAMES)
        if CK.norm_name(trading) not in USED_ONAME:
            break
    core = strip_the(trading)
    legal, form = (core.replace(" Nursing Home", "") + " Care", "ltd") if chance(0.3) else legal_for(core, town)
    return finish_org(b, trading, legal, form, email_mode="domain")


def mk_other(town):
    b = base("org", "other", town)
    owner = new_pname(town=town)
    for _ in range(50):
        r = R.random()
        if r < 0.3:
            trading = "%s Catering" % SURN[owner["si"]][0]
        elif r < 0.5:
            trading = "%s Holiday Homes" % townland(town)
        elif r < 0.65:
            trading = "%s Hostel" % (town[0] if not is_dub_district(town) else pick(["Liberties", "Docklands"]))
        elif r < 0.8:
            trading = "%s Community Centre" % townland(town)
        else:
            trading = "%s Self Catering" % pick(HOUSE_NAMES)
        if CK.norm_name(trading) not in USED_ONAME:
            break
    form = "clg" if "Community" in trading else "ltd"
    return finish_org(b, trading, trading, form, contact=owner if chance(0.7) else None)


GROUPS = []   # {stem, domain, accounts_email, hotels:[bases], towns:[names]}
CHAINS = []


def mk_group():
    stem = HOTEL_GROUPS[len(GROUPS)]
    g = {"stem": stem, "domain": org_domain(stem + " Hotels", pick_town()), "hotels": [], "towns": []}
    g["accounts"] = uniq_email("accounts", g["domain"])
    g["fc"] = new_pname()
    GROUPS.append(g)
    return g


def mk_group_hotel(g, exclude_counties=()):
    for _ in range(200):
        town = pick_town()
        label = "Dublin" if is_dub_district(town) else town[0]
        if label not in g["towns"]:
            break
    g["towns"].append(label)
    b = base("org", "hotel", town)
    trading = pick(["The %s Hotel %s", "%s Hotel %s", "The %s %s"]) % (g["stem"], label) \
        if not g.get("style") else g["style"] % (g["stem"], label)
    g.setdefault("style", trading.replace(g["stem"], "%s", 1).replace(label, "%s", 1))
    legal = pick(["%s Hotels (%s)", "%s Hotel %s"]) % (g["stem"], label)
    form = pick(["ltd", "ltd", "dac"])
    em = "shared" if chance(0.5) else "own"
    finish_org(b, trading, legal, form, dist=label, key=g["stem"], domain=g["domain"],
               contact=g["fc"] if chance(0.3) else None)
    if em == "shared":
        b["emails"] = [g["accounts"]] + b["emails"][:1]
    else:
        b["emails"] = [uniq_email(pick(["reception", "gm", "info"]) + "." + slug(label), g["domain"]),
                       g["accounts"]]
    b["group"] = g
    g["hotels"].append(b)
    b["flags"]["family"] = True
    return b


def mk_chain():
    brand = CHAIN_BRANDS[len(CHAINS)]
    county = pick(COUNTIES)
    c = {"brand": brand, "county": county, "style": pick(["town", "number", "town", "street"]), "n": 0,
         "towns": []}
    c["domain"] = org_domain(brand.replace("Co.", ""), pick_town(county))
    c["accounts"] = uniq_email("accounts", c["domain"])
    c["legal"] = strip_the(brand).replace(" Co.", "").replace(" Café", "").replace(" Bakery", "")
    c["form"] = "teo" if brand in ("Teach Tae", "Cáca Milis Bakery") else pick(["ltd", "ltd", "dac"])
    CHAINS.append(c)
    return c


def mk_outlet(c):
    c["n"] += 1
    if c["style"] == "number":
        town = pick_town(c["county"])
        label = pick(["No. %d", "%d"]) % c["n"] if not c.get("numfmt") else c["numfmt"] % c["n"]
        c.setdefault("numfmt", label.replace(str(c["n"]), "%d"))
    elif c["style"] == "town":
        cands = [t for t in TOWNS if t[1] == c["county"] and t[0] not in c["towns"] and not is_dub_district(t)]
        if not cands:
            c["style"] = "street"
            return mk_outlet(c)
        town = pick(cands)
        label = town[0]
    else:
        town = pick_town(c["county"])
        label = None
    b = base("org", "chain_outlet", town)
    b["addr"] = make_addr(town, "street")
    if label is None:
        label = re.sub(r"^\d+ ", "", b["addr"]["line1"]).replace(" Street", " St.")
        if label in c["towns"]:
            label = label + " " + town[0]
    c["towns"].append(label if c["style"] != "town" else town[0])
    trading = "%s %s" % (c["brand"], label) if c["style"] != "street" else "%s – %s" % (c["brand"], label)
    finish_org(b, trading, c["legal"], c["form"], dist=label, key=strip_the(c["brand"]).split()[0],
               domain=c["domain"], contact=None if chance(0.5) else new_pname(town=town))
    if chance(0.6):
        b["emails"] = [c["accounts"]]
    else:
        b["emails"] = [uniq_email(slug(label)[:14] or "shop", c["domain"]), c["accounts"]]
    b["chain"] = c
    b["flags"]["family"] = True
    return b


ORG_MAKERS = {"hotel": mk_hotel, "pub": mk_pub, "restaurant": mk_restaurant, "cafe": mk_cafe, "bnb": mk_bnb,
              "golf": mk_golf, "gaa": mk_gaa, "nursing": mk_nursing, "other": mk_other}
PLAIN_ORG_W = [("hotel", 110), ("pub", 205), ("restaurant", 120), ("cafe", 110), ("bnb", 130), ("golf", 25),
               ("gaa", 45), ("nursing", 70), ("other", 55)]


def mk_plain(org_share=0.65):
    if chance(org_share):
        t = wpick(PLAIN_ORG_W)
        return ORG_MAKERS[t](pick_town())
    return make_person(household=chance(0.06))


# ----------------------------------------------------------------------------- derivations (families / hard negatives)
def link_family(a, b, kind):
    a["fam"].append((kind, b))
    b["fam"].append((kind, a))
    a["flags"]["family"] = True
    b["flags"]["family"] = True


def d_sister(e):
    town = e["town"]
    b = base("org", pick(["restaurant", "offlicence", "restaurant", "offlicence", "nightclub"]), town)
    stem = e.get("stem") or strip_the(e["trading"])
    word = {"restaurant": pick(["Restaurant", "Steakhouse", "Bistro"]), "offlicence": "Off-Licence",
            "nightclub": pick(["Nightclub", "Venue"])}[b["type"]]
    trading = "%s %s" % (stem, word)
    if b["type"] == "restaurant" and chance(0.25):
        word = "Loft"
        trading = "The Loft at %s" % stem
    legal = pick(["%s %s" % (strip_the(stem), word), "%s %s" % (SURN[e["contact"]["si"]][0] if e.get("contact")
                                                                 else strip_the(stem), pick(["Wines", "Leisure", "Dining"]))])
    addr = dict(e["addr"])
    if chance(0.5):
        addr["eircode"] = new_eircode(town)
        m = re.match(r"^(\d+) (.*)$", addr["line1"] or "")
        if m:
            addr["line1"] = "%d %s" % (int(m.group(1)) + 1, m.group(2))
        else:
            addr["line2"] = addr["line1"]
            addr["line1"] = "Unit %d" % R.randrange(1, 4)
    b["addr"] = addr
    phone = e["phones"][0] if chance(0.4) else None
    finish_org(b, trading, legal, "ltd", contact=e.get("contact") or e.get("sole"), dist=word,
               key=strip_the(stem).split()[0], phone=phone)
    if chance(0.45):
        b["emails"] = [e["emails"][0]] + b["emails"][1:]
    b["sister_of"] = e
    return b


def d_group_hotel(e):
    return mk_group_hotel(e["group"])


def d_outlet(e):
    return mk_outlet(e["chain"])


def d_club_bar(e):
    town = e["town"]
    b = base("org", e["type"], town)
    b["place"] = e["place"]
    b["addr"] = dict(e["addr"])
    if chance(0.3):
        b["addr"]["eircode"] = new_eircode(town)
    phone = e["phones"][0] if chance(0.35) else None
    if e["account"] == "club":
        b["account"] = "bar"
        if e["type"] == "gaa":
            name = e["trading"].replace(" Club", "") + " Social Club"
            finish_org(b, name, name, "ltd", dist="Social Club", key=e["key"], phone=phone,
                       domain=e.get("domain"), email_mode=None if e.get("domain") else "freemail")
        else:
            name = e["trading"] + " – Bar Account"
            finish_org(b, name, e["legal_core"], e["form"], dist="Bar", key=e["key"], phone=phone,
                       domain=e.get("domain"), email_mode=None if e.get("domain") else "freemail")
    if b.get("domain"):
        b["emails"] = [uniq_email(pick(["bar", "clubhouse", "bar.manager"]), b["domain"])]
    if chance(0.25):
        b["emails"].append(e["emails"][0])
    return b


def d_namesake(e):
    county = e["town"][1] if chance(0.4) else pick([c for c in COUNTIES if c != e["town"][1]])
    town = pick_town(county, exclude=e["town"][0])
    pn = dict(e["pn"])
    b = make_person(town=town, pn=pn)
    b["flags"]["keep_addr"] = True
    return b


def d_same_name_org(e):
    county = e["town"][1] if chance(0.3) else pick([c for c in COUNTIES if c != e["town"][1]])
    town = pick_town(county, exclude=e["town"][0])
    b = base("org", e["type"], town)
    owner = new_pname(town=town)
    if e.get("sole"):
        legal, form, sole = pfull(owner), None, owner
    else:
        legal, form = legal_for(strip_the(e["trading"]) + " " + (town[0] if not is_dub_district(town) else "Dublin"),
                                town, SURN[owner["si"]][0])
        sole = None
    finish_org(b, e["trading"], legal, form, sole=sole, key=e["key"])
    b["flags"]["keep_addr"] = True
    return b


def d_relative(e):
    pn0 = e["pn"]
    for _ in range(500):
        gender = "m" if chance(0.5) else "f"
        gi = R.randrange(len(GIVEN[gender]))
        if dissimilar_given(gender, gi, pn0["gender"], pn0["gi"]):
            break
    else:
        raise RuntimeError("no dissimilar given name")
    pn = new_pname(gender=gender, town=e["town"], gi=gi, si=pn0["si"])
    pn["sform"] = pn0["sform"]
    b = make_person(town=e["town"], pn=pn)
    b["addr"] = dict(e["addr"])
    land = [p for p in e["phones"] if not p.startswith("08")]
    b["phones"] = [new_mobile()] + (land[:1] if land and chance(0.6) else [])
    e["flags"]["no_initial"] = True
    b["flags"]["no_initial"] = True
    return b


def d_son(e):
    pn = dict(e["pn"])
    b = make_person(town=e["town"], pn=pn)
    b["suffix"] = "Jnr"
    b["addr"] = dict(e["addr"])
    land = [p for p in e["phones"] if not p.startswith("08")]
    b["phones"] = [new_mobile()] + (land[:1] if land and chance(0.5) else [])
    e["flags"]["no_initial"] = True
    return b


def d_person_company(e):
    if e["kind"] == "person":
        pn = e["pn"]
        town = e["town"]
        b = base("org", "other", town)
        sur = SURN[pn["si"]][0]
        trading = pick(["%s Catering", "%s Hospitality", "%s Holiday Lets", "%s Events"]) % sur
        if CK.norm_name(trading) in USED_ONAME:
            trading = "%s %s" % (gname(pn), trading)
        if chance(0.6):
            b["addr"] = dict(e["addr"])
        mob = [p for p in e["phones"] if p.startswith("08")]
        finish_org(b, trading, trading, pick(["ltd", "ltd", "dac"]), contact=pn, key=sur,
                   phone=mob[0] if mob and chance(0.6) else None)
        if chance(0.5) or not mob:
            b["emails"] = [e["emails"][0]] + b["emails"]
        return b
    # company -> its director as a private household
    pn = e["contact"]
    b = make_person(town=e["town"], pn=pn)
    personal = [x for x in e["emails"] if slug(gname(pn)) in x.split("@")[0]
                or slug(sname(pn, "eng")) in x.split("@")[0]]
    if personal and chance(0.7):
        b["emails"] = [personal[0]] + b["emails"][:1]
    else:
        mob = [p for p in e["phones"] if p.startswith("08")]
        if not mob:
            mob = [new_mobile()]
            e["phones"].append(mob[0])
        b["phones"] = [mob[0]] + b["phones"][1:]
    return b


def pc_source_ok(e):
    if e["kind"] == "person":
        return e["type"] == "person"
    return (e["type"] in ("restaurant", "cafe", "bnb", "other", "pub") and not e.get("sole") and e.get("contact")
            and e.get("form") in ("ltd", "dac", "uc"))


HN_SOURCES = {
    "sister_company": (lambda e: e["type"] == "pub" and not e.get("sister_of"), d_sister),
    "group_hotel_sibling": (lambda e: bool(e.get("group")), d_group_hotel),
    "chain_outlet": (lambda e: bool(e.get("chain")), d_outlet),
    "club_bar_account": (lambda e: e["type"] in ("gaa", "golf") and e.get("account") == "club", d_club_bar),
    "namesake_elsewhere": (lambda e: e["type"] == "person" and not e["suffix"], d_namesake),
    "same_name_other_org": (lambda e: e["type"] in ("nursing", "pub", "cafe", "restaurant", "bnb", "hotel")
                            and not e.get("group") and not e["fam"], d_same_name_org),
    "relative_same_address": (lambda e: e["type"] == "person" and not e["suffix"], d_relative),
    "father_son_same_name": (lambda e: e["type"] == "person" and e["pn"]["gender"] == "m" and not e["suffix"]
                             and e["addr"]["line1"], d_son),
    "person_vs_company": (pc_source_ok, d_person_company),
}
REUSABLE = ("group_hotel_sibling", "chain_outlet")


# ----------------------------------------------------------------------------- record rendering / noise
def region_text(county, mode):
    if mode == "existing":
        st = wpick([("Co. %s", 45), ("%s", 30), ("County %s", 10), (None, 15)])
    else:
        st = wpick([("Co. %s", 30), ("%s", 25), ("County %s", 10), ("Co %s", 8), ("CO. %s", 3), (None, 24)])
    if st is None:
        return None
    txt = st % county
    return txt.upper() if st.startswith("CO.") else txt


def country_text(mode):
    if mode == "existing":
        return wpick([("Ireland", 55), ("IE", 15), (None, 30)])
    return wpick([("Ireland", 40), ("IE", 15), ("IRL", 6), ("Republic of Ireland", 4), ("Éire", 2), (None, 33)])


def fmt_phone(num, style=None):
    mob = num.startswith("08")
    if num.startswith("01"):
        area, rest = num[:2], num[2:]
    else:
        area, rest = num[:3], num[3:]
    if len(rest) == 7:
        sp = rest[:3] + " " + rest[3:]
    elif len(rest) == 6:
        sp = rest[:3] + " " + rest[3:]
    else:
        sp = rest[:2] + " " + rest[2:]
    style = style or wpick([("spaced", 30), ("compact", 18), ("intl", 16), ("paren", 8 if not mob else 0),
                            ("intl_compact", 8), ("intl_zero", 6), ("dash", 8), ("00", 4)])
    if style == "spaced":
        return area + " " + sp
    if style == "compact":
        return num
    if style == "paren":
        return "(" + area + ") " + rest
    if style == "intl":
        return "+353 " + area[1:] + " " + sp
    if style == "intl_compact":
        return "+353" + num[1:]
    if style == "intl_zero":
        return "+353 (0)" + area[1:] + " " + rest
    if style == "dash":
        return area + "-" + rest
    return "00353 " + area[1:] + " " + rest


def typo(s):
    idx = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(idx) < 4:
        return s
    i = pick(idx[1:-1])
    op = R.randrange(4)
    if op == 0 and i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op == 1:
        return s[:i] + s[i + 1:]
    if op == 2:
        return s[:i] + s[i] + s[i:]
    near = {"a": "s", "e": "r", "i": "o", "o": "i", "n": "m", "m": "n", "r": "t", "l": "k", "s": "a", "t": "r",
            "u": "y", "h": "j", "c": "v", "y": "u", "g": "h", "d": "f"}
    c = s[i].lower()
    return s[:i] + near.get(c, c) + s[i + 1:]


def surname_spelling(s):
    if s.startswith("O'"):
        return pick(["O " + s[2:], "O" + s[2:], "O'" + s[2:].lower(), s[2:]])
    if s.startswith("Mc"):
        return pick(["Mac" + s[2:], "Mc " + s[2:], "MC" + s[2:].upper()])
    if s.startswith("Mac "):
        return s.replace("Mac ", "Mac")
    if s.startswith("Ó ") or s.startswith("Ní "):
        return s.replace(" ", "", 1) if chance(0.3) else fold(s)
    return typo(s)


def person_name(b, mode, tags):
    pn = b["pn"]
    H = {"existing": 0.0, "new": 0.45, "match": 1.0}[mode]
    g = gname(pn)
    s = sname(pn)
    forms = GIVEN[pn["gender"]][pn["gi"]]
    if chance(0.16 * H) and forms[2]:
        g = pick(forms[2])
        tags.append("nickname")
    elif chance(0.12 * H) and forms[1] != forms[0]:
        g = forms[0] if pn["gform"] == "irish" else forms[1]
        tags.append("given_irish_english_form")
    if chance(0.09 * H) and SURN[pn["si"]][1]:
        s = sname(pn, "eng" if pn["sform"] == "irish" else "irish")
        tags.append("surname_irish_english_form")
    elif chance(0.12 * H):
        s2 = surname_spelling(s)
        if s2 != s:
            s = s2
            tags.append("surname_spelling")
    if chance(0.3 * H) and fold(g + s) != g + s:
        g, s = fold(g), fold(s)
        tags.append("fada_dropped")
    if chance(0.1 * H):
        if chance(0.5):
            g = typo(g)
        else:
            s = typo(s)
        tags.append("typo_name")
    if chance(0.08 * H) and not b["flags"].get("no_initial"):
        g = g[0] + pick([".", ""])
        tags.append("initial_given")
    suffix = b.get("suffix")
    suf = (" " + pick(["Jnr", "Jnr.", "Jr", "Junior"])) if suffix else ""
    title = None
    if b["type"] == "household":
        p2 = b["partner"]
        g2 = gname(p2)
        r = R.random()
        if r < 0.55 or mode == "existing":
            disp = "%s & %s %s" % (g, g2, s)
        elif r < 0.7:
            disp = "%s and %s %s" % (g, g2, s)
        elif r < 0.85:
            disp = "%s %s" % (g2, s)
            tags.append("household_other_member_name")
        else:
            disp = "The %s Family" % s
            tags.append("household_family_name")
        given, family = g, s
    else:
        r = R.random() if mode != "existing" else 0.0
        if r < 0.62:
            disp = "%s %s%s" % (g, s, suf)
        elif r < 0.76:
            disp = "%s%s, %s" % (s, suf, g)
            tags.append("last_first")
        elif r < 0.86:
            title = pick(["Mr", "Mr."]) if pn["gender"] == "m" else pick(["Mrs", "Ms", "Ms.", "Miss"])
            if chance(0.1):
                title = "Dr"
            disp = "%s %s %s%s" % (title, g, s, suf)
            tags.append("title_added")
        elif r < 0.93:
            disp = "%s %s%s" % (s, g, suf)
            tags.append("swapped_order")
        else:
            disp = "%s %s%s" % (g, s, suf)
        given, family = g, s + (suf if suffix and chance(0.5) else "")
    if chance(0.1 * H):
        if chance(0.5):
            disp = disp.upper()
            tags.append("case_upper")
        else:
            disp = disp.lower()
            tags.append("case_lower")
    r = R.random()
    if mode == "existing" or r < 0.72:
        gf = (given, family)
    elif r < 0.82:
        gf = (family, given)
        tags.append("name_fields_swapped")
    else:
        gf = (None, None)
        tags.append("name_fields_missing")
    return disp, gf[0], gf[1]


FORM_RE = re.compile(r"\s+(Ltd\.?|Limited|LTD|DAC|D\.A\.C\.|Designated Activity Company|Teoranta|Teo\.?|UC|U\.C\.|"
                     r"Unlimited Company|CLG|C\.L\.G\.|Company Limited by Guarantee)$")


def legal_name(b, variant=None):
    core = b["legal_core"]
    if not b["form"]:
        return core
    forms = FORMS[b["form"]]
    f = forms[0] if variant is None else variant
    return core + " " + f


def org_string_noise(s, H, tags, family):
    if chance(0.25 * H) and "'" in s:
        s = s.replace("'", "")
        tags.append("apostrophe_dropped")
    if chance(0.3 * H) and " & " in s:
        s = s.replace(" & ", " and ")
        tags.append("ampersand_and")
    if chance(0.3 * H) and s.startswith("The "):
        s = s[4:]
        tags.append("the_dropped")
    if chance(0.3 * H) and "St. " in s:
        s = s.replace("St. ", pick(["St ", "Saint "]))
        tags.append("saint_variant")
    if chance(0.3 * H) and "B&B" in s:
        s = s.replace("B&B", pick(["B & B", "Bed & Breakfast", "B+B"]))
        tags.append("bnb_variant")
    if chance(0.3 * H) and "Off-Licence" in s:
        s = s.replace("Off-Licence", pick(["Off Licence", "Offlicence", "Off-License"]))
        tags.append("offlicence_variant")
    if chance(0.3 * H) and fold(s) != s:
        s = fold(s)
        tags.append("fada_dropped")
    if chance(0.1 * H) and not family:
        s = typo(s)
        tags.append("typo_name")
    if chance(0.08 * H):
        s = s.upper() if chance(0.6) else s.lower()
        tags.append("case_changed")
    return s


def org_names(b, mode, tags):
    H = {"existing": 0.0, "new": 0.45, "match": 1.0}[mode]
    family = bool(b["flags"].get("family"))
    trading = b["trading"]
    legal = legal_name(b)
    town = b["town"]
    label = "Dublin" if is_dub_district(town) else town[0]
    if mode == "existing":
        if b.get("sole") and chance(0.25):
            disp = "%s t/a %s" % (pfull(b["sole"]), trading)
        elif trading and chance(0.85):
            disp = trading
        else:
            disp = legal
        comp = legal if not b.get("sole") else trading
        if b.get("sole") and chance(0.3):
            comp = None
    else:
        r = R.random()
        comp = legal
        if r < 0.5 or not H:
            disp = trading
        elif r < 0.62:
            disp = legal_name(b, pick(FORMS[b["form"]])) if b["form"] else legal
            tags.append("legal_name_display")
        elif r < 0.72 and CK.norm_name(legal) != CK.norm_name(trading):
            disp = "%s t/a %s" % (legal if not b.get("sole") else pfull(b["sole"]), trading)
            tags.append("trading_as_display")
        elif r < 0.82 and label.lower() not in trading.lower():
            disp = "%s%s" % (trading, pick([" %s" % label, ", %s" % label, " (%s)" % label, " - %s" % label]))
            tags.append("town_appended")
        elif r < 0.9 and b.get("sole") and not family:
            disp = pfull(b["sole"])
            comp = trading
            tags.append("owner_name_display")
        else:
            disp = trading
        disp = org_string_noise(disp, H, tags, family)
        rc = R.random()
        if rc < 0.35:
            comp = legal_name(b, pick(FORMS[b["form"]])) if b["form"] else legal
            if comp != legal:
                tags.append("legal_form_variant")
        elif rc < 0.5 and b["form"]:
            comp = b["legal_core"]
            tags.append("legal_form_dropped")
        elif rc < 0.62:
            comp = trading
            tags.append("company_is_trading_name")
        elif rc < 0.85:
            comp = None
            tags.append("company_missing")
        if b.get("sole") and comp == legal:
            comp = trading
    # keep distinguishing label / key in the display name for family members
    if b.get("dist") and slug(b["dist"]) not in slug(disp):
        disp = trading
    if family and slug(b["key"]) not in slug(disp):
        disp = trading
    # contact person
    ct = b.get("contact")
    given = family_n = None
    if mode == "existing":
        if ct and chance(0.75):
            given, family_n = gname(ct), sname(ct)
    else:
        r = R.random()
        if ct and r < 0.55:
            given, family_n = gname(ct), sname(ct)
            if chance(0.2 * H) and GIVEN[ct["gender"]][ct["gi"]][2]:
                given = pick(GIVEN[ct["gender"]][ct["gi"]][2])
                tags.append("contact_nickname")
        elif r < 0.7 * (1 if H else 0):
            np = new_pname(town=town)
            given, family_n = gname(np), sname(np)
            tags.append("contact_changed" if ct else "contact_added")
        elif ct:
            tags.append("contact_missing")
    return disp, comp, given, family_n


def render_addr(b, mode, tags):
    a = b["addr"]
    H = {"existing": 0.0, "new": 0.45, "match": 1.0}[mode]
    keep = b["flags"].get("keep_addr")
    line1, line2, city, county, eir = a["line1"], a["line2"], a["city"], a["county"], a["eircode"]
    if mode == "match" and not keep and b["type"] in ("person", "household", "other") and chance(0.1):
        town = b["town"] if chance(0.5) else pick_town(b["town"][1])
        na = addr_for(town, "person" if b["kind"] == "person" else b["type"])
        line1, line2, city, county, eir = na["line1"], na["line2"], na["city"], na["county"], na["eircode"]
        tags.append("moved")
    r = R.random()
    if not keep and r < 0.08 * H:
        tags.append("address_missing")
        return {"line1": None, "line2": None, "city": None, "region": None, "postalCode": None, "country": None}
    if not keep and r < 0.16 * H:
        line1 = line2 = None
        tags.append("address_street_missing")
    if line1 and chance(0.35 * H):
        l2 = line1
        for full, ab in (("Street", "St."), ("Road", "Rd"), ("Avenue", "Ave"), ("Upper", "Upr"),
                         ("Lower", "Lwr"), ("Square", "Sq."), ("Saint", "St")):
            l2 = re.sub(r"\b%s\b" % full, pick([ab, ab.rstrip(".")]), l2)
        if l2 != line1:
            line1 = l2
            tags.append("address_abbreviated")
    if line1 and line2 and chance(0.2 * H):
        line1 = line1 + ", " + line2
        line2 = None
        tags.append("address_lines_merged")
    elif line2 and chance(0.15 * H):
        line2 = None
        tags.append("address_line2_dropped")
    if line1 and chance(0.05 * H):
        line1 = line1.upper()
        tags.append("address_case")
    if is_dub_district(b["town"]) and city and city.startswith("Dublin ") and chance(0.5 * H + 0.2):
        n = city.split()[1]
        v = pick(["dub_line2", "Dublin %s" % (n if len(n) > 1 or not n.isdigit() else "0" + n), "D%s" % n,
                  "dub_plain"])
        if v == "dub_line2":
            if not line2:
                line2 = city
            city = "Dublin"
        elif v == "dub_plain":
            city = "Dublin"
        else:
            city = v
        tags.append("dublin_district_format")
    elif city and fold(city) != city and chance(0.4 * H):
        city = fold(city)
        tags.append("fada_dropped_city")
    if not keep and city and chance(0.05 * H):
        city = None
        tags.append("city_missing")
    r = R.random()
    if mode == "existing":
        pc = eir if r < 0.78 else None
    elif r < 0.28 * H + 0.1:
        pc = None
        tags.append("eircode_missing")
    elif r < 0.42 * H + 0.1:
        pc = pick([eir.replace(" ", ""), eir.lower(), eir.replace(" ", "").lower()])
        tags.append("eircode_format")
    elif r < 0.5 * H + 0.1:
        chars = list(eir)
        i = pick([4, 5, 6, 7])
        swap = {"0": "O", "1": "I", "5": "S", "8": "B"}
        chars[i] = swap.get(chars[i], pick(EIR_REST))
        pc = "".join(chars)
        tags.append("eircode_typo")
    else:
        pc = eir
    return {"line1": line1, "line2": line2, "city": city, "region": region_text(county, mode),
            "postalCode": pc, "country": country_text(mode)}


def render_contact_channels(b, mode, tags):
    H = {"existing": 0.0, "new": 0.45, "match": 1.0}[mode]
    emails, phones = b["emails"], b["phones"]
    if mode == "existing":
        email = emails[0] if chance(0.9) else None
        phone = fmt_phone(phones[0], wpick([("spaced", 55), ("compact", 20), ("paren", 10), ("intl", 15)])) \
            if chance(0.9) else None
        return email, phone
    r = R.random()
    if r < 0.5:
        email = emails[0]
        if chance(0.1 * H):
            email = email.upper() if chance(0.3) else email[0].upper() + email[1:]
            tags.append("email_case")
    elif r < 0.5 + 0.15 * H and len(emails) > 1:
        email = emails[1]
        tags.append("email_second")
    elif r < 0.5 + 0.3 * H:
        if b["kind"] == "person":
            email = person_email(b["pn"])
        elif b.get("domain") and chance(0.5):
            email = uniq_email(pick(["office", "admin", "hello", "accounts", "manager", "frontdesk"]), b["domain"])
        else:
            email = uniq_email(biz_local(b["trading"], b["town"]) + str(R.randrange(1, 99)), wpick(FREEMAIL[:3]))
        tags.append("email_changed")
    elif r < 0.5 + 0.36 * H:
        local, dom = emails[0].split("@")
        email = typo(local) + "@" + dom
        if email in USED_EMAIL or email == emails[0]:
            email = None
            tags.append("email_missing")
        else:
            USED_EMAIL.add(email)
            tags.append("email_typo")
    else:
        email = None
        tags.append("email_missing")
    r = R.random()
    if r < 0.55:
        phone = fmt_phone(phones[0])
        tags.append("phone_reformatted")
    elif r < 0.55 + 0.12 * H and len(phones) > 1:
        phone = fmt_phone(phones[1])
        tags.append("phone_second")
    elif r < 0.55 + 0.25 * H:
        phone = fmt_phone(new_mobile() if chance(0.6) else new_landline(b["town"]))
        tags.append("phone_changed")
    elif r < 0.55 + 0.29 * H:
        d = list(phones[0])
        i = R.randrange(4, len(d))
        d[i] = str((int(d[i]) + R.randrange(1, 9)) % 10)
        if "".join(d) in USED_PHONE:
            phone = None
            tags.append("phone_missing")
        else:
            USED_PHONE.add("".join(d))
            phone = fmt_phone("".join(d))
            tags.append("phone_typo")
    else:
        phone = None
        tags.append("phone_missing")
    return email, phone


def render(b, mode):
    tags = []
    if b["kind"] == "person":
        disp, given, family = person_name(b, mode, tags)
        comp = None
    else:
        disp, comp, given, family = org_names(b, mode, tags)
    email, phone = render_contact_channels(b, mode, tags)
    if mode != "existing" and not email and not phone:  # upstream app requires one contact channel
        if chance(0.5):
            email = b["emails"][0]
            tags[:] = [t for t in tags if not t.startswith("email_")]
        else:
            phone = fmt_phone(b["phones"][0])
            tags[:] = [t for t in tags if not t.startswith("phone_")] + ["phone_reformatted"]
    addr = render_addr(b, mode, tags)
    c = {"displayName": disp, "givenName": given, "familyName": family, "companyName": comp,
         "email": email, "phone": phone, "address": addr}
    return c, tags


def light_case(s):
    if not s:
        return s
    r = R.random()
    if r < 0.15:
        return s.upper()
    if r < 0.3:
        return s.lower()
    return s


NAME_TAGS = ("nickname", "given_irish_english_form", "surname_irish_english_form", "surname_spelling",
             "fada_dropped", "typo_name", "initial_given", "household_other_member_name", "household_family_name",
             "last_first", "title_added", "swapped_order", "case_upper", "case_lower", "name_fields_swapped",
             "name_fields_missing", "legal_name_display", "trading_as_display", "town_appended",
             "owner_name_display", "apostrophe_dropped", "ampersand_and", "the_dropped", "saint_variant",
             "bnb_variant", "offlicence_variant", "case_changed", "legal_form_variant", "legal_form_dropped",
             "company_is_trading_name", "company_missing")


def evidence_options(ref, allow_name=True):
    opts = []
    if ref["email"]:
        opts.append(("email", 40))
    if ref["phone"]:
        opts.append(("phone", 35))
    ra = ref["address"]
    if allow_name and CK.name_keys(ref) and (ra["postalCode"] or (ra["line1"] and ra["city"])):
        opts.append(("name_addr", 25))
    return opts


def force_evidence(c, refs, tags, allow_name=True):
    """Make c share one piece of link evidence with one of refs (refs[0] preferred)."""
    for ref in refs:
        opts = evidence_options(ref, allow_name)
        if opts:
            break
    else:
        raise RuntimeError("no usable reference record")
    kind = wpick(opts)
    if kind == "email":
        c["email"] = light_case(ref["email"]) if chance(0.2) else ref["email"]
        tags[:] = [t for t in tags if not t.startswith("email_")]
        tags.append("anchor_email")
    elif kind == "phone":
        c["phone"] = fmt_phone(CK.norm_phone(ref["phone"]))
        tags[:] = [t for t in tags if not t.startswith("phone_")]
        tags.append("anchor_phone")
    else:
        c["displayName"] = light_case(re.sub(r"\s*\([^)]*\)$", "", ref["displayName"]))
        c["givenName"], c["familyName"], c["companyName"] = ref["givenName"], ref["familyName"], ref["companyName"]
        a = dict(ref["address"])
        if a["postalCode"] and chance(0.4):
            a["postalCode"] = a["postalCode"].replace(" ", "")
        if a["line1"] and chance(0.3):
            a["line1"] = re.sub(r"\bStreet\b", "St", a["line1"])
        a["country"] = country_text("match")
        c["address"] = a
        tags[:] = [t for t in tags if t not in NAME_TAGS and not t.startswith("address_")
                   and not t.startswith("eircode_") and t not in ("moved", "dublin_district_format", "city_missing",
                                                                  "fada_dropped_city")]
        tags.append("anchor_name_address")


def all_evidence(c, refs):
    out = []
    for r in refs:
        for t in CK.evidence(c, r):
            if t not in out:
                out.append(t)
    return out


# ----------------------------------------------------------------------------- build
def build():
    existing = []
    # families inside the existing list
    for _ in range(8):
        g = mk_group()
        for _ in range(R.randrange(3, 7)):
            existing.append(mk_group_hotel(g))
    for _ in range(10):
        c = mk_chain()
        for _ in range(R.randrange(3, 7)):
            existing.append(mk_outlet(c))
    quotas = dict(PLAIN_ORG_W)
    n_org = 975 - len(existing)
    for t, w in PLAIN_ORG_W:
        pass
    tot = sum(quotas.values())
    for t, w in PLAIN_ORG_W:
        for _ in range(int(round(n_org * w / tot))):
            existing.append(ORG_MAKERS[t](pick_town()))
    while len(existing) < N_EXISTING - 60:
        existing.append(make_person(household=chance(0.06)))
    # derived families within existing (bookkeeper already has both)
    pool = existing[:]
    R.shuffle(pool)
    internal = [("sister_company", 15), ("club_bar_account", 10), ("namesake_elsewhere", 12),
                ("same_name_other_org", 8), ("relative_same_address", 8), ("person_vs_company", 7)]
    used_src = set()
    for kind, n in internal:
        ok, fn = HN_SOURCES[kind]
        got = 0
        for e in pool:
            if got >= n:
                break
            if id(e) in used_src or not ok(e):
                continue
            d = fn(e)
            used_src.add(id(e))
            used_src.add(id(d))
            link_family(e, d, kind)
            existing.append(d)
            got += 1
    while len(existing) < N_EXISTING:
        existing.append(make_person(household=chance(0.06)))
    existing = existing[:N_EXISTING]
    R.shuffle(existing)

    # hard negatives (new customers imitating an existing one)
    hns = []
    pool = existing[:]
    R.shuffle(pool)
    for kind, n in HN_PLAN:
        ok, fn = HN_SOURCES[kind]
        got = 0
        for e in pool * (4 if kind in REUSABLE else 1):
            if got >= n:
                break
            if (id(e) in used_src and kind not in REUSABLE) or not ok(e):
                continue
            if kind in REUSABLE:
                if kind == "group_hotel_sibling" and len(e["group"]["towns"]) >= 12:
                    continue
                if kind == "chain_outlet" and e["chain"]["n"] >= 12:
                    continue
            d = fn(e)
            if kind not in REUSABLE:
                used_src.add(id(e))
            used_src.add(id(d))
            link_family(e, d, kind)
            d["hn"] = (kind, e)
            hns.append(d)
            got += 1
        if got < n:
            raise RuntimeError("not enough sources for %s (%d/%d)" % (kind, got, n))
    plain_new = []
    while len(plain_new) < N_PLAIN_NEW:
        plain_new.append(mk_plain())
    new_ents = hns + plain_new
    R.shuffle(new_ents)

    # entity ids
    all_ents = existing + new_ents
    ids = R.sample(range(10000, 100000), len(all_ents))
    for b, i in zip(all_ents, ids):
        b["eid"] = "E%05d" % i
    return existing, new_ents


def base_tags(b):
    t = ["type:%s" % b["type"]]
    if b["kind"] == "org":
        if b.get("sole"):
            t.append("sole_trader")
        elif b["form"]:
            t.append("legal_form:%s" % b["form"])
        else:
            t.append("partnership_or_unincorporated")
    for kind, other in b["fam"]:
        if b["hn"] and other is b["hn"][1]:
            continue
        if other["eid"] and (other.get("_existing") or b.get("_existing")):
            t.append("family:%s:%s" % (kind, other["eid"]))
    if b["hn"]:
        t.append("hard_negative:%s" % b["hn"][0])
        t.append("imitates:%s" % b["hn"][1]["eid"])
    return t


def dedupe(c, used, tags):
    key = " ".join(c["displayName"].lower().split())
    if key not in used:
        used.add(key)
        return
    a = c["address"]
    cands = []
    if a.get("city") and a["city"].lower() not in key:
        cands.append("%s (%s)" % (c["displayName"], a["city"]))
    cands += ["%s %d" % (c["displayName"], k) for k in range(2, 50)]
    for cand in cands:
        k2 = " ".join(cand.lower().split())
        if k2 not in used:
            used.add(k2)
            c["displayName"] = cand
            tags.append("display_disambiguated")
            return


def main():
    existing, new_ents = build()
    lines, meta = [], []
    records = {}  # eid -> list of contacts

    used = set()
    for b in existing:
        b["_existing"] = True
    for b in existing:
        c, tags = render(b, "existing")
        dedupe(c, used, tags)
        records[b["eid"]] = [c]
        lines.append({"set": "existing", "entity": b["eid"], "contact": c})
        meta.append({"category": "existing", "tags": base_tags(b) + tags, "entity": b["eid"]})

    # incoming events
    matched = R.sample(existing, N_MATCH - N_MATCH_TWICE)
    twice = R.sample(matched, N_MATCH_TWICE)
    events = [("m", b) for b in matched] + [("m", b) for b in twice]
    reps = R.sample(new_ents, N_REPEAT - 20)
    reps2 = R.sample(reps, 20)
    events += [("n", b) for b in new_ents] + [("n", b) for b in reps] + [("n", b) for b in reps2]
    R.shuffle(events)

    used = set()
    seen_new = set()
    for ev, b in events:
        if ev == "m":
            cat = "existing_match"
        elif b["eid"] in seen_new:
            cat = "repeat_of_new"
        else:
            cat = "new"
            seen_new.add(b["eid"])
        mode = "new" if cat == "new" else "match"
        for _ in range(6):  # the upstream app's display names are unique too: re-draw on collision
            c, tags = render(b, mode)
            if " ".join(c["displayName"].lower().split()) not in used:
                break
        if cat != "new":
            refs = records[b["eid"]]
            if not all_evidence(c, refs):
                order = refs[:]
                if cat == "repeat_of_new" and len(order) > 1 and chance(0.4):
                    order = order[1:] + order[:1]
                force_evidence(c, order, tags)
            dedupe(c, used, tags)
            evs = all_evidence(c, refs)
            if not evs:
                force_evidence(c, refs, tags, allow_name=False)
                evs = all_evidence(c, refs)
            if not evs:
                raise RuntimeError("no evidence for %s" % b["eid"])
            tags += ["evidence:%s" % e for e in evs]
        else:
            dedupe(c, used, tags)
        records.setdefault(b["eid"], []).append(c)
        lines.append({"set": "incoming", "entity": b["eid"], "contact": c})
        meta.append({"category": cat, "tags": base_tags(b) + tags, "entity": b["eid"]})

    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "meta.jsonl"), "w", encoding="utf-8") as f:
        for i, m in enumerate(meta, 1):
            f.write(json.dumps({"line": i, "entity": m["entity"], "category": m["category"],
                                "changes": m["tags"]}, ensure_ascii=False) + "\n")
    print("wrote %d lines (%d existing, %d incoming)" % (len(lines), len(existing), len(lines) - len(existing)))


if __name__ == "__main__":
    main()
