#!/usr/bin/env python3
"""gen.py -- synthetic labelled benchmark for customer record linkage.

Scenario "qc-plomberie": a plumbing / heating / heat-pump contractor in Quebec
(head office Laval, branches Sherbrooke and Quebec City) billing through
QuickBooks Online (CAD, GST/QST).

    python3 gen.py              -> writes set.jsonl and meta.jsonl here
    python3 gen.py --out DIR    -> writes them into DIR

Standard library only, one random.Random(SEED), output independent of
PYTHONHASHSEED (no iteration over sets, sorted keys wherever order matters).
Everything is invented (people, firms, mailboxes, phone numbers, civic
numbers); municipalities, forward sortation areas, area codes and street
names are real geography.
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

SEED = 7341906
rng = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500

# ---------------------------------------------------------------------------
# Given names.  (name, [short forms / nicknames])
# ---------------------------------------------------------------------------
FR_MALE = [
    ("Jean-François", ["J-F", "JF", "Jean-Francois", "J.-F."]),
    ("Mathieu", ["Math", "Mat", "Matt"]),
    ("Sylvain", ["Syl"]),
    ("Alexandre", ["Alex"]),
    ("Guillaume", ["Guil"]),
    ("Frédéric", ["Fred", "Frederic"]),
    ("Stéphane", ["Steph", "Stephane"]),
    ("Maxime", ["Max"]),
    ("Philippe", ["Phil"]),
    ("Nicolas", ["Nic", "Nico"]),
    ("Christian", ["Chris"]),
    ("Sébastien", ["Seb", "Sebastien"]),
    ("Benoît", ["Ben", "Benoit"]),
    ("Jean-Philippe", ["J-P", "JP"]),
    ("Pierre-Luc", ["P-L", "PL"]),
    ("Marc-André", ["M-A", "Marc-Andre"]),
    ("Jean-Sébastien", ["J-S", "JS"]),
    ("Louis-Philippe", ["L-P", "LP"]),
    ("Michel", ["Mike"]),
    ("Réjean", ["Rejean"]),
    ("Gilles", []),
    ("Normand", ["Norm"]),
    ("Gaétan", ["Gaetan"]),
    ("Denis", []),
    ("Daniel", ["Dan", "Dany"]),
    ("Robert", ["Bob"]),
    ("Richard", ["Rick"]),
    ("Yves", []),
    ("François", ["Francois", "Frank"]),
    ("Luc", []),
    ("Martin", []),
    ("Patrick", ["Pat"]),
    ("Éric", ["Eric"]),
    ("Simon", []),
    ("Vincent", ["Vince"]),
    ("Olivier", ["Oli"]),
    ("Samuel", ["Sam"]),
    ("Gabriel", ["Gab"]),
    ("Antoine", ["Tony"]),
    ("Julien", []),
    ("Dominic", ["Dom"]),
    ("Raymond", ["Ray"]),
    ("Jacques", ["Jack"]),
    ("Claude", []),
    ("André", ["Andre"]),
    ("Mario", []),
    ("Serge", []),
    ("Alain", []),
    ("Marcel", []),
    ("Guy", []),
    ("Jocelyn", ["Joce"]),
    ("Yannick", ["Yan"]),
    ("Hugo", []),
    ("Francis", []),
    ("Étienne", ["Etienne"]),
    ("Jérôme", ["Jerome"]),
    ("Charles", ["Charlie"]),
    ("Félix", ["Felix"]),
    ("Louis", []),
    ("Thomas", ["Tom"]),
    ("William", ["Will"]),
    ("Émile", ["Emile"]),
    ("Kevin", []),
    ("Steve", []),
    ("Carl", []),
    ("Yvon", []),
    ("Rémi", ["Remi"]),
    ("Ghislain", []),
    ("Donald", ["Don"]),
    ("Jean", []),
    ("Pierre", []),
    ("Marc", []),
    ("Paul", []),
    ("Bruno", []),
    ("Sylvio", []),
    ("Roger", []),
    ("Bernard", []),
    ("Laurent", []),
    ("Mathis", []),
    ("Jean-Guy", ["J-G"]),
    ("Jean-Marc", ["J-M"]),
    ("Pierre-Olivier", ["P-O", "PO"]),
    ("Jean-Michel", ["J-M"]),
]

FR_FEMALE = [
    ("Marie-Ève", ["Marie-Eve", "M-E", "Marie Eve", "Marie-Êve"]),
    ("Geneviève", ["Genevieve", "Gen", "Geneviéve"]),
    ("Isabelle", ["Isa"]),
    ("Nathalie", ["Nath"]),
    ("Stéphanie", ["Steph", "Stephanie"]),
    ("Julie", []),
    ("Mélanie", ["Mel", "Melanie"]),
    ("Catherine", ["Cath", "Cathy"]),
    ("Valérie", ["Val", "Valerie"]),
    ("Véronique", ["Véro", "Vero", "Veronique"]),
    ("Josée", ["Josee"]),
    ("Chantal", []),
    ("Sylvie", []),
    ("Manon", []),
    ("Nancy", []),
    ("Annie", []),
    ("Caroline", ["Caro"]),
    ("Marie-Claude", ["M-C", "Marie Claude"]),
    ("Marie-Josée", ["M-J", "Marie-Josee"]),
    ("Marie-Pier", ["M-P", "Marie Pier"]),
    ("Anne-Marie", ["A-M", "Anne Marie"]),
    ("Émilie", ["Emilie"]),
    ("Audrey", []),
    ("Karine", []),
    ("Sophie", []),
    ("Mireille", []),
    ("Johanne", ["Jo"]),
    ("Lucie", []),
    ("Diane", []),
    ("Francine", []),
    ("Louise", []),
    ("Ginette", []),
    ("Hélène", ["Helene"]),
    ("Martine", []),
    ("Danielle", ["Dany"]),
    ("Andrée-Anne", ["A-A", "Andree-Anne"]),
    ("Marie-Hélène", ["M-H", "Marie-Helene"]),
    ("Élise", ["Elise"]),
    ("Camille", []),
    ("Laurence", []),
    ("Gabrielle", ["Gab", "Gaby"]),
    ("Alexandra", ["Alex"]),
    ("Jessica", ["Jess"]),
    ("Maude", []),
    ("Roxanne", ["Rox"]),
    ("Kim", []),
    ("Josiane", ["Josie"]),
    ("Christine", ["Chris"]),
    ("Patricia", ["Pat"]),
    ("Linda", []),
    ("Carole", []),
    ("Lise", []),
    ("Monique", []),
    ("Nicole", []),
    ("Suzanne", ["Suzie"]),
    ("Pierrette", []),
    ("Jacinthe", []),
    ("Claudia", []),
    ("Marilyne", []),
    ("Léa", ["Lea"]),
    ("Chloé", ["Chloe"]),
    ("Rosalie", []),
    ("Ariane", []),
    ("Justine", []),
    ("Noémie", ["Noemie"]),
    ("France", []),
    ("Denise", []),
    ("Micheline", []),
    ("Marie", []),
    ("Julie-Anne", ["J-A"]),
    ("Marie-France", ["M-F"]),
    ("Ève", ["Eve"]),
]

EN_MALE = [
    ("William", ["Bill", "Will"]), ("Robert", ["Bob", "Rob"]), ("Michael", ["Mike"]),
    ("James", ["Jim", "Jamie"]), ("Christopher", ["Chris"]), ("Richard", ["Rick"]),
    ("Thomas", ["Tom"]), ("Daniel", ["Dan"]), ("Matthew", ["Matt"]), ("Andrew", ["Andy", "Drew"]),
    ("Steven", ["Steve"]), ("Jonathan", ["Jon"]), ("Nicholas", ["Nick"]), ("Anthony", ["Tony"]),
    ("Edward", ["Ed", "Ted"]), ("Gregory", ["Greg"]), ("Timothy", ["Tim"]), ("Douglas", ["Doug"]),
    ("Kenneth", ["Ken"]), ("Ronald", ["Ron"]), ("Gerald", ["Gerry"]), ("David", ["Dave"]),
    ("Peter", ["Pete"]), ("Brian", []), ("Kevin", []), ("Ian", []), ("Graham", []),
    ("Stuart", []), ("Neil", []), ("Scott", []), ("Jeffrey", ["Jeff"]), ("Gordon", ["Gord"]),
    ("Malcolm", []), ("Harold", ["Harry"]), ("Charles", ["Charlie", "Chuck"]), ("Philip", ["Phil"]),
]
EN_FEMALE = [
    ("Elizabeth", ["Liz", "Beth"]), ("Margaret", ["Maggie", "Peggy"]), ("Katherine", ["Kate", "Kathy"]),
    ("Jennifer", ["Jen", "Jenny"]), ("Patricia", ["Pat", "Trish"]), ("Susan", ["Sue"]),
    ("Barbara", ["Barb"]), ("Deborah", ["Deb", "Debbie"]), ("Sandra", ["Sandy"]),
    ("Rebecca", ["Becky"]), ("Samantha", ["Sam"]), ("Victoria", ["Vicky"]), ("Heather", []),
    ("Karen", []), ("Linda", []), ("Nancy", []), ("Joanne", ["Jo"]), ("Allison", ["Ally"]),
    ("Jessica", ["Jess"]), ("Stephanie", ["Steph"]), ("Catherine", ["Cathy"]), ("Laura", []),
    ("Shannon", []), ("Megan", []), ("Emily", ["Em"]), ("Sarah", []), ("Judith", ["Judy"]),
    ("Christine", ["Chris"]), ("Wendy", []), ("Janet", []), ("Gillian", ["Jill"]), ("Fiona", []),
]
EN_SURNAMES = [
    "Smith", "Johnson", "Brown", "Wilson", "MacDonald", "Campbell", "Stewart", "Murray",
    "Robertson", "Thompson", "O'Brien", "Kelly", "Murphy", "Ryan", "Walsh", "Fraser",
    "Cameron", "Graham", "Reid", "Scott", "Taylor", "Anderson", "Clarke", "Morrison",
    "Hughes", "Jackson", "Bennett", "Mitchell", "Harris", "Patterson", "McCann", "McKenzie",
    "Baker", "Davidson", "Ross", "Sinclair", "Ferguson", "Hamilton", "Gordon", "Watson",
    "Young", "Wright", "Lee", "Cohen", "Goldberg", "Katz", "Shapiro", "Rosenberg",
    "McLeod", "MacLean", "Armstrong", "Bishop", "Chambers", "Doherty", "Fitzgerald",
    "Gallagher", "Hastings", "Irwin", "Lockhart", "McGill", "Nolan", "O'Connor",
    "Pearson", "Quinn", "Rutherford", "Shaw", "Tennant", "Vaughan", "Whitfield",
]
EN_WEIGHTED_MALE = EN_MALE
EN_WEIGHTED_FEMALE = EN_FEMALE

FR_SURNAMES = [
    "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie",
    "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron",
    "Leblanc", "Paquette", "Girard", "Simard", "Boucher", "Caron", "Beaulieu",
    "Cloutier", "Dubé", "Poirier", "Fournier", "Lapointe", "Leclerc", "Lefebvre",
    "Poulin", "Thibault", "St-Pierre", "Nadeau", "Martin", "Landry", "Martel",
    "Bédard", "Grenier", "Lessard", "Bernier", "Richard", "Michaud", "Hébert",
    "Desjardins", "Couture", "Turcotte", "Lachance", "Parent", "Blais", "Gosselin",
    "Savard", "Proulx", "Beaudoin", "Demers", "Perreault", "Boudreau", "Lemieux",
    "Cyr", "Perron", "Dufour", "Dion", "Mercier", "Bolduc", "Bérubé", "Boisvert",
    "Langlois", "Ménard", "Labbé", "Plante", "Ouellette", "Thériault", "Vachon",
    "Leduc", "Tessier", "Brassard", "Charbonneau", "Lemay", "Séguin", "Duchesne",
    "Lambert", "Vallée", "Drouin", "Harvey", "Gingras", "Deschênes", "Allard",
    "Champagne", "Rousseau", "Guay", "St-Onge", "Lalonde", "Labelle", "Brisebois",
    "Villeneuve", "Laflamme", "Chabot", "Marcoux", "Létourneau", "Hamel", "Lajoie",
    "Larivière", "Massé", "Gervais", "Fréchette", "Rioux", "Bisson", "Giroux",
    "Tardif", "Audet", "Racine", "Brault", "Trudel", "Desrosiers", "Therrien",
    "Lacroix", "D'Amours", "L'Heureux", "Gélinas", "Paradis", "Carrier", "Jobin",
    "Bouffard", "Dupuis", "Beauchamp", "Lapierre", "Côté-Boucher", "Arsenault",
    "Veilleux", "Blanchette", "Goulet", "Légaré", "Pouliot", "Sirois", "Desrochers",
    "Lachapelle", "Beauregard", "Chartrand", "Labrecque", "Bilodeau", "Després",
    "Fontaine", "Gauvin", "Hudon", "Jacob", "Marchand", "Nolet", "Picard", "Quirion",
    "Rheault", "Samson", "Thivierge", "Vézina", "Auclair", "Bégin", "Brochu",
]

# allophone Montreal / Laval communities: (given male, given female, surnames)
ALLO = {
    "it": (["Giuseppe", "Antonio", "Marco", "Luigi", "Salvatore", "Vincenzo", "Domenico", "Franco"],
           ["Maria", "Rosa", "Giulia", "Carmela", "Anna", "Teresa", "Francesca", "Lucia"],
           ["Rossi", "Russo", "Ferrara", "Colangelo", "Di Stefano", "Mancini", "Lombardi",
            "Iannone", "Marino", "De Luca", "Tomassini", "Petrone", "Zampino", "Cianci"]),
    "ht": (["Jean-Robert", "Wilner", "Frantz", "Jean-Claude", "Ernst", "Fritz", "Réginald"],
           ["Marie-Carmelle", "Nadège", "Guerline", "Mirlande", "Widline", "Rose-Marie"],
           ["Jean-Baptiste", "Pierre-Louis", "Saint-Fleur", "Désir", "Joseph", "Célestin",
            "Augustin", "Dorvil", "Métellus", "Noël"]),
    "ar": (["Mohamed", "Karim", "Samir", "Youssef", "Rachid", "Omar", "Tarek", "Nabil"],
           ["Fatima", "Yasmine", "Nadia", "Samira", "Leila", "Amira", "Rania", "Myriam"],
           ["Haddad", "Khoury", "Benali", "Bouazza", "Saad", "El-Amrani", "Mansour",
            "Bensaïd", "Cherkaoui", "Nasser", "Daher"]),
    "vn": (["Minh", "Duc", "Thanh", "Hung", "Quang", "Tuan"],
           ["Linh", "Thi Mai", "Huong", "Lan", "Ngoc", "Trang"],
           ["Nguyen", "Tran", "Le", "Pham", "Vo", "Dang", "Bui", "Truong"]),
    "gr": (["Nikos", "Georgios", "Konstantinos", "Dimitri", "Yannis"],
           ["Eleni", "Maria", "Despina", "Katerina", "Sofia"],
           ["Papadopoulos", "Georgiou", "Konstantinidis", "Vlahos", "Karras", "Pappas"]),
    "pt": (["Manuel", "José", "Carlos", "Joaquim", "Fernando"],
           ["Fatima", "Conceição", "Isabel", "Graça", "Ana"],
           ["Pereira", "Medeiros", "Sousa", "Rodrigues", "Ferreira", "Cabral", "Furtado"]),
    "cn": (["Wei", "Jian", "Hao", "Ming", "Jun"],
           ["Mei", "Xiaoling", "Li Na", "Yan", "Hui"],
           ["Chen", "Wong", "Li", "Zhang", "Liu", "Huang", "Lin"]),
    "la": (["Carlos", "Luis", "Jorge", "Andrés", "Miguel"],
           ["María José", "Ana Lucía", "Gabriela", "Daniela", "Paola"],
           ["Gonzalez", "Rodriguez", "Hernandez", "Castillo", "Morales", "Ramírez"]),
}

FR_TITLES_M = ["M.", "Monsieur"]
FR_TITLES_F = ["Mme", "Madame"]
EN_TITLES_M = ["Mr.", "Mr"]
EN_TITLES_F = ["Mrs.", "Ms.", "Ms"]

# ---------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------
def strip_accents(s):
    if s is None:
        return None
    out = unicodedata.normalize("NFKD", s)
    return "".join(c for c in out if not unicodedata.combining(c))


def has_accent(s):
    return s is not None and strip_accents(s) != s


def mojibake(s):
    """UTF-8 bytes shown as Windows-1252 (dispatch app export): Côté -> CÃ´tÃ©."""
    if s is None:
        return None
    return s.encode("utf-8").decode("cp1252", errors="replace")


def latin1_broken(s, mark="?"):
    """Latin-1 export read as UTF-8: every accented letter lost."""
    if s is None:
        return None
    return "".join(c if ord(c) < 128 else mark for c in s)


def slug(s, sep=""):
    s = strip_accents(s).lower()
    s = re.sub(r"[^a-z0-9]+", sep, s)
    return s.strip(sep) if sep else s


def name_title(s):
    """Proper-case a name typed in lower case ('jean-françois' -> 'Jean-François')."""
    def cap(w):
        return w[:1].upper() + w[1:].lower() if w else w
    out = []
    for word in s.split(" "):
        parts = re.split(r"([-'])", word)
        out.append("".join(cap(p) if p not in "-'" else p for p in parts))
    return " ".join(out)


KEY_NEIGH = {
    "a": "qsz", "b": "vghn", "c": "xdfv", "d": "serfcx", "e": "wsdr", "f": "drtgvc",
    "g": "ftyhbv", "h": "gyujnb", "i": "ujko", "j": "huikmn", "k": "jiolm", "l": "kop",
    "m": "njk", "n": "bhjm", "o": "iklp", "p": "ol", "q": "wa", "r": "edft", "s": "awedxz",
    "t": "rfgy", "u": "yhji", "v": "cfgb", "w": "qase", "x": "zsdc", "y": "tghu", "z": "asx",
}


def typo(s, r=None):
    """One realistic keyboard slip in a word (never on the first letter)."""
    r = r or rng
    if not s or len(s) < 3:
        return s
    for _ in range(12):
        idxs = [i for i in range(1, len(s)) if s[i].isalpha()]
        if not idxs:
            return s
        i = r.choice(idxs)
        op = r.choice(["del", "dup", "swap", "sub", "sub"])
        if op == "del":
            t = s[:i] + s[i + 1:]
        elif op == "dup":
            t = s[:i] + s[i] + s[i:]
        elif op == "swap" and i + 1 < len(s) and s[i + 1].isalpha():
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif op == "sub":
            base = strip_accents(s[i]).lower()
            if base in KEY_NEIGH:
                c = r.choice(KEY_NEIGH[base])
                if s[i].isupper():
                    c = c.upper()
                t = s[:i] + c + s[i + 1:]
            else:
                continue
        else:
            continue
        if t != s and t.strip():
            return t
    return s


def pick_weighted(pairs, r=None):
    r = r or rng
    total = sum(w for _, w in pairs)
    x = r.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def chance(p, r=None):
    return (r or rng).random() < p


# ---------------------------------------------------------------------------
# Geography: real municipalities, forward sortation areas, area codes and
# street names.  Street spec "type|name|direction"; type None = no generic.
# ---------------------------------------------------------------------------
CITIES = {}


def C(key, name, prov, branch, wp, wo, fsas, area, en, streets, boroughs=None,
      alt=None, rural=None, allo=None):
    CITIES[key] = {
        "key": key, "name": name, "prov": prov, "branch": branch, "wp": wp, "wo": wo,
        "fsas": fsas, "area": area, "en": en, "streets": [s.split("|") for s in streets],
        "boroughs": boroughs or {}, "alt": alt or [], "rural": rural, "allo": allo or [],
    }


# ---- Laval branch: Laval, Montreal, West Island, North and South Shore ----
C("laval", "Laval", "QC", "laval", 18, 14,
  ["H7A", "H7B", "H7C", "H7E", "H7G", "H7H", "H7K", "H7L", "H7M", "H7N", "H7P",
   "H7R", "H7S", "H7T", "H7V", "H7W", "H7X"], ["450", "450", "579"], 0.05,
  ["boul|des Laurentides", "boul|Saint-Martin|Ouest", "boul|Saint-Martin|Est",
   "boul|Le Corbusier", "boul|Curé-Labelle", "boul|de la Concorde|Est",
   "boul|de la Concorde|Ouest", "boul|Lévesque|Est", "boul|Lévesque|Ouest",
   "boul|Sainte-Rose", "boul|Cartier|Ouest", "boul|Samson", "boul|Saint-Elzéar|Ouest",
   "boul|Dagenais|Ouest", "boul|Notre-Dame", "boul|Chomedey", "boul|Daniel-Johnson",
   "boul|Arthur-Sauvé", "rue|Principale", "rue|Cléroux", "boul|Bellerose|Est",
   "boul|de l'Avenir", "boul|des Prairies", "boul|Lesage", "montee|Saint-François",
   "rue|de Lausanne", "av|des Perron", "rue|Lucien-Paiement", "boul|Saint-Vincent-de-Paul"],
  boroughs={"H7S": "Chomedey", "H7T": "Chomedey", "H7V": "Chomedey", "H7W": "Chomedey",
            "H7X": "Sainte-Dorothée", "H7L": "Sainte-Rose", "H7P": "Fabreville",
            "H7G": "Pont-Viau", "H7E": "Duvernay", "H7M": "Vimont", "H7N": "Laval-des-Rapides",
            "H7C": "Saint-Vincent-de-Paul", "H7B": "Saint-François", "H7H": "Auteuil"},
  allo=[("it", 4), ("gr", 3), ("ar", 3), ("ht", 3), ("pt", 1), ("la", 1)])
C("montreal", "Montréal", "QC", "laval", 22, 16,
  ["H1X", "H1Y", "H2G", "H2S", "H2R", "H2J", "H2H", "H2W", "H2T", "H2M", "H2C", "H4A",
   "H4B", "H1L", "H1N", "H8N", "H8P", "H4G", "H4H", "H1G", "H1R", "H1S", "H3S", "H3T",
   "H4L", "H4M", "H4N", "H2E", "H2P", "H1E"], ["514", "514", "438"], 0.14,
  ["rue|Saint-Denis", "rue|Saint-Hubert", "av|du Mont-Royal|Est", "rue|Sherbrooke|Est",
   "boul|Saint-Laurent", "rue|Beaubien|Est", "rue|Masson", "rue|de Bellechasse",
   "av|Papineau", "av|De Lorimier", "rue|Fullum", "rue|Ontario|Est", "rue|Hochelaga",
   "av|Christophe-Colomb", "rue|Fleury|Est", "boul|Gouin|Est", "boul|Henri-Bourassa|Est",
   "av|Laurier|Est", "rue|Rachel|Est", "av|de l'Esplanade", "rue|Jarry|Est", "rue|Bélanger",
   "boul|Rosemont", "av|Somerled", "av|de Monkland", "boul|Décarie", "rue|Wellington",
   "rue|Notre-Dame|Ouest", "av|Van Horne", "ch|de la Côte-des-Neiges", "boul|Lacordaire",
   "boul|Pie-IX", "rue|Jean-Talon|Est", "rue|Sainte-Catherine|Est", "boul|Langelier",
   "rue|Drolet", "rue|Chambord", "rue|Boyer", "rue|Garnier", "av|1re", "av|3e",
   "rue|Saint-Zotique|Est", "boul|Saint-Michel", "rue|Villeray", "rue|De Castelnau|Est",
   "rue|Cartier", "rue|de la Roche", "av|Shamrock", "rue|Aylwin", "av|Bloomfield"],
  boroughs={"H2J": "Plateau-Mont-Royal", "H2H": "Plateau-Mont-Royal", "H2W": "Plateau-Mont-Royal",
            "H2T": "Plateau-Mont-Royal", "H1X": "Rosemont", "H1Y": "Rosemont", "H2G": "Rosemont",
            "H2S": "Petite-Patrie", "H2R": "Villeray", "H2E": "Villeray", "H2M": "Ahuntsic",
            "H2C": "Ahuntsic", "H4A": "Notre-Dame-de-Grâce", "H4B": "Notre-Dame-de-Grâce",
            "H1L": "Mercier", "H1N": "Mercier", "H8N": "LaSalle", "H8P": "LaSalle",
            "H4G": "Verdun", "H4H": "Verdun", "H1G": "Montréal-Nord", "H1R": "Saint-Léonard",
            "H1S": "Saint-Léonard", "H3S": "Côte-des-Neiges", "H3T": "Côte-des-Neiges",
            "H4L": "Saint-Laurent", "H4M": "Saint-Laurent", "H4N": "Saint-Laurent",
            "H1E": "Rivière-des-Prairies", "H2P": "Villeray"},
  alt=[("english", "Montreal"), ("abbrev", "Mtl"), ("abbrev", "MTL")],
  allo=[("it", 5), ("ht", 5), ("ar", 5), ("vn", 3), ("gr", 2), ("pt", 3), ("cn", 2), ("la", 3)])
C("pointeclaire", "Pointe-Claire", "QC", "laval", 2.2, 1.5, ["H9R", "H9S"], ["514", "514", "438"], 0.65,
  ["boul|Saint-Jean", "av|Donegani", "ch|du Bord-du-Lac-Lakeshore", "boul|Hymus",
   "av|Cartier", "av|Stillview", "boul|Brunswick", "av|Sunnyside"],
  alt=[("english", "Pointe Claire"), ("typo", "Point-Claire")])
C("beaconsfield", "Beaconsfield", "QC", "laval", 1.6, 0.6, ["H9W"], ["514", "514", "438"], 0.7,
  ["boul|Beaconsfield", "boul|Saint-Charles", "prom|Beaurepaire", "ch|du Bord-du-Lac-Lakeshore",
   "av|Woodland", "rue|Elm"])
C("kirkland", "Kirkland", "QC", "laval", 1.4, 0.6, ["H9H", "H9J"], ["514", "514", "438"], 0.6,
  ["boul|Saint-Charles", "boul|Hymus", "ch|Sainte-Marie", "rue|Lauzon", "boul|Brunswick"])
C("ddo", "Dollard-des-Ormeaux", "QC", "laval", 1.8, 0.8, ["H9A", "H9B", "H9G"], ["514", "514", "438"], 0.6,
  ["boul|des Sources", "boul|Brunswick", "boul|De Salaberry", "rue|Spring Garden",
   "boul|Saint-Jean", "rue|Lake"],
  alt=[("abbrev", "DDO"), ("abbrev", "D.D.O."), ("typo", "Dollard des Ormeaux")])
C("dorval", "Dorval", "QC", "laval", 1.0, 0.7, ["H9P", "H9S"], ["514", "514", "438"], 0.5,
  ["av|Dorval", "ch|du Bord-du-Lac", "av|Carson", "boul|Bouchard", "av|Pine Beach"])
C("pierrefonds", "Pierrefonds", "QC", "laval", 1.6, 0.7, ["H8Y", "H8Z", "H9K"], ["514", "514", "438"], 0.5,
  ["boul|de Pierrefonds", "boul|Gouin|Ouest", "boul|Saint-Jean", "rue|Sunnybrooke",
   "boul|des Sources", "rue|Cérès"],
  alt=[("borough", "Pierrefonds-Roxboro"), ("borough", "Montréal")])
C("saintannebellevue", "Sainte-Anne-de-Bellevue", "QC", "laval", 0.5, 0.3, ["H9X"], ["514", "514"], 0.6,
  ["rue|Sainte-Anne", "ch|Sainte-Marie", "rue|Saint-Pierre"],
  alt=[("english", "St. Anne de Bellevue"), ("abbrev", "Ste-Anne-de-Bellevue")])
C("cotesaintluc", "Côte-Saint-Luc", "QC", "laval", 1.2, 0.5, ["H4W", "H4V"], ["514", "514"], 0.6,
  ["ch|de la Côte-Saint-Luc", "boul|Cavendish", "av|Westminster|Nord", "ch|Guelph"],
  alt=[("abbrev", "CSL"), ("english", "Cote St-Luc"), ("english", "Cote Saint-Luc")])
C("westmount", "Westmount", "QC", "laval", 0.9, 0.5, ["H3Y", "H3Z"], ["514", "514"], 0.6,
  ["av|Victoria", "av|Greene", "rue|Sherbrooke|Ouest", "ch|de la Côte-Saint-Antoine",
   "av|Lansdowne", "av|Clarke"])
C("montroyal", "Mont-Royal", "QC", "laval", 0.8, 0.4, ["H3P", "H3R"], ["514", "514"], 0.4,
  ["ch|Canora", "boul|Graham", "ch|Lucerne", "boul|Laird", "av|Roosevelt"],
  alt=[("english", "Town of Mount Royal"), ("abbrev", "TMR"), ("abbrev", "Ville Mont-Royal")])
C("vaudreuil", "Vaudreuil-Dorion", "QC", "laval", 1.4, 0.8, ["J7V"], ["450", "450", "579"], 0.2,
  ["boul|Harwood", "rue|Saint-Charles", "av|Saint-Charles", "boul|de la Cité-des-Jeunes", "rue|Émile-Bouchard"],
  alt=[("abbrev", "Vaudreuil")])
C("hudson", "Hudson", "QC", "laval", 0.6, 0.3, ["J0P"], ["450", "450"], 0.6,
  ["rue|Main", "ch|de la Côte-Saint-Charles", "rue|Cameron", "rue|Lakeview"], rural=["1H0", "1J0"])
C("terrebonne", "Terrebonne", "QC", "laval", 3.2, 2.2, ["J6W", "J6X", "J6Y", "J7M"], ["450", "450", "579"], 0.02,
  ["boul|des Seigneurs", "rue|Saint-Louis", "boul|Moody", "montee|Masson", "ch|Gascon",
   "rue|Saint-Pierre", "boul|des Entreprises", "rue|de Plaisance", "boul|Laurier"],
  boroughs={"J7M": "La Plaine", "J6Y": "Lachenaie"})
C("mascouche", "Mascouche", "QC", "laval", 1.6, 0.8, ["J7K", "J7L"], ["450", "450", "579"], 0.02,
  ["ch|Sainte-Marie", "montee|Masson", "rue|Dupras", "ch|des Anglais", "av|de la Gare"])
C("repentigny", "Repentigny", "QC", "laval", 2.2, 1.2, ["J5Y", "J5Z", "J6A"], ["450", "450", "579"], 0.02,
  ["boul|Iberville", "rue|Notre-Dame", "boul|Brien", "boul|Lacombe", "rue|Valmont", "rue|Perreault"],
  boroughs={"J5Z": "Le Gardeur"})
C("blainville", "Blainville", "QC", "laval", 2.0, 1.2, ["J7B", "J7C", "J7E"], ["450", "450", "579"], 0.03,
  ["boul|du Curé-Labelle", "boul|de Fontainebleau", "boul|Michèle-Bohec", "rue|Notre-Dame",
   "ch|du Plan-Bouchard", "rue|de la Mairie"])
C("boisbriand", "Boisbriand", "QC", "laval", 1.2, 0.9, ["J7G", "J7H"], ["450", "450", "579"], 0.03,
  ["boul|de la Grande-Allée", "ch|de la Grande-Côte", "boul|Lionel-Bertrand", "ch|de la Rivière-Cachée"])
C("saintetherese", "Sainte-Thérèse", "QC", "laval", 1.2, 0.9, ["J7E"], ["450", "450", "579"], 0.03,
  ["boul|du Curé-Labelle", "rue|Turgeon", "rue|Blainville|Ouest", "rue|Saint-Charles", "boul|René-A.-Robert"],
  alt=[("abbrev", "Ste-Thérèse"), ("abbrev", "Ste-Therese")])
C("rosemere", "Rosemère", "QC", "laval", 0.9, 0.6, ["J7A"], ["450", "450"], 0.15,
  ["ch|de la Grande-Côte", "boul|Labelle", "rue|Westgate", "ch|Pinecrest"])
C("sainteustache", "Saint-Eustache", "QC", "laval", 1.6, 1.0, ["J7P", "J7R"], ["450", "450", "579"], 0.03,
  ["boul|Arthur-Sauvé", "av|25e", "rue|Saint-Laurent", "ch|de la Grande-Côte", "rue|Saint-Louis", "boul|Industriel"])
C("deuxmontagnes", "Deux-Montagnes", "QC", "laval", 0.8, 0.4, ["J7R"], ["450", "450"], 0.08,
  ["ch|d'Oka", "av|8e", "boul|du Lac", "av|20e"])
C("saintjerome", "Saint-Jérôme", "QC", "laval", 1.8, 1.2, ["J7Y", "J7Z", "J5L"], ["450", "450", "579"], 0.02,
  ["rue|Saint-Georges", "rue|Labelle", "rue|De Martigny|Ouest", "boul|Jean-Baptiste-Rolland|Ouest",
   "rue|Latour", "boul|de la Salette"],
  boroughs={"J5L": "Bellefeuille"})
C("longueuil", "Longueuil", "QC", "laval", 3.0, 2.2, ["J4G", "J4H", "J4J", "J4K", "J4L", "J4M", "J4N"],
  ["450", "450", "579"], 0.06,
  ["ch|de Chambly", "rue|Saint-Charles|Ouest", "boul|Taschereau", "boul|Roland-Therrien",
   "boul|Jacques-Cartier|Est", "boul|Curé-Poirier|Ouest", "boul|Sainte-Foy", "rue|Sainte-Hélène",
   "boul|Kimber", "rue|Bourassa"],
  boroughs={"J4L": "Vieux-Longueuil", "J4Y": "Greenfield Park", "J4V": "Greenfield Park",
            "J4T": "Saint-Hubert"},
  allo=[("ht", 2), ("ar", 2), ("la", 1)])
C("brossard", "Brossard", "QC", "laval", 2.0, 1.4, ["J4W", "J4X", "J4Y", "J4Z"], ["450", "450", "579"], 0.12,
  ["boul|Rome", "boul|Taschereau", "boul|Lapinière", "av|Panama", "boul|Grande-Allée", "boul|Milan",
   "rue|Bienville"],
  allo=[("cn", 4), ("vn", 2), ("ar", 2), ("gr", 1)])
C("saintlambert", "Saint-Lambert", "QC", "laval", 0.9, 0.5, ["J4P", "J4R", "J4S"], ["450", "450"], 0.3,
  ["av|Victoria", "rue|Riverside", "av|Notre-Dame", "av|Tiffin", "rue|Lorne"],
  alt=[("abbrev", "St-Lambert"), ("abbrev", "St Lambert")])
C("boucherville", "Boucherville", "QC", "laval", 1.5, 1.0, ["J4B"], ["450", "450", "579"], 0.03,
  ["boul|de Mortagne", "boul|Marie-Victorin", "rue|De Montbrun", "boul|du Fort-Saint-Louis",
   "rue|Samuel-De Champlain"])
C("saintbruno", "Saint-Bruno-de-Montarville", "QC", "laval", 1.0, 0.6, ["J3V"], ["450", "450", "579"], 0.05,
  ["boul|Clairevue|Ouest", "rue|Montarville", "boul|Seigneurial|Ouest", "rue|De Chambly"],
  alt=[("abbrev", "St-Bruno"), ("abbrev", "St-Bruno-de-Montarville"), ("abbrev", "Saint-Bruno")])
C("chambly", "Chambly", "QC", "laval", 1.0, 0.6, ["J3L"], ["450", "450", "579"], 0.04,
  ["boul|de Périgny", "av|Bourgogne", "boul|Fréchette", "rue|Martel"])
C("saintjean", "Saint-Jean-sur-Richelieu", "QC", "laval", 1.8, 1.2, ["J2W", "J2X", "J2Y", "J3A", "J3B"],
  ["450", "450", "579"], 0.03,
  ["boul|du Séminaire|Nord", "rue|Champlain", "boul|Saint-Luc", "rue|Richelieu", "boul|d'Iberville",
   "rue|Jacques-Cartier|Nord"],
  boroughs={"J2X": "Iberville", "J2W": "Saint-Luc"},
  alt=[("abbrev", "St-Jean-sur-Richelieu"), ("abbrev", "St-Jean"), ("abbrev", "Saint-Jean")])
C("chateauguay", "Châteauguay", "QC", "laval", 1.2, 0.6, ["J6J", "J6K"], ["450", "450", "579"], 0.12,
  ["boul|D'Anjou", "boul|Saint-Jean-Baptiste", "boul|Salaberry|Nord", "rue|Principale"])
C("laprairie", "La Prairie", "QC", "laval", 0.8, 0.5, ["J5R"], ["450", "450"], 0.04,
  ["boul|Taschereau", "ch|de Saint-Jean", "rue|Saint-Georges", "av|du Golf"],
  alt=[("typo", "Laprairie")])
C("candiac", "Candiac", "QC", "laval", 0.7, 0.4, ["J5R"], ["450", "450"], 0.05,
  ["boul|Montcalm|Nord", "ch|Saint-François-Xavier", "av|Champlain", "boul|Jean-Leman"])
C("saintejulie", "Sainte-Julie", "QC", "laval", 1.0, 0.6, ["J3E"], ["450", "450", "579"], 0.02,
  ["ch|du Fer-à-Cheval", "boul|Armand-Frappier", "rue|Principale", "boul|N.-P.-Lapierre"],
  alt=[("abbrev", "Ste-Julie"), ("abbrev", "Ste Julie")])

# ---- Sherbrooke branch: Sherbrooke, Magog, Eastern Townships ----
C("sherbrooke", "Sherbrooke", "QC", "sherbrooke", 12, 9,
  ["J1E", "J1G", "J1H", "J1J", "J1K", "J1L", "J1M", "J1N", "J1R", "J1C"], ["819", "819", "873"], 0.08,
  ["rue|King|Ouest", "rue|King|Est", "rue|Wellington|Nord", "rue|Wellington|Sud", "boul|de Portland",
   "boul|Jacques-Cartier|Nord", "boul|Jacques-Cartier|Sud", "rue|Galt|Ouest", "rue|Galt|Est",
   "boul|Bourque", "rue|Belvédère|Nord", "rue|Belvédère|Sud", "rue|Prospect", "rue|Queen",
   "boul|de l'Université", "rue|du Conseil", "rue|Terrill", "rue|Alexandre", "rue|Bowen|Sud",
   "rue|Denault", "av|12e|Nord", "boul|Fleurimont", "rue|College", "ch|de Sainte-Catherine",
   "boul|Industriel", "rue|Papineau"],
  boroughs={"J1M": "Lennoxville", "J1N": "Rock Forest", "J1E": "Fleurimont", "J1G": "Fleurimont",
            "J1C": "Bromptonville"})
C("magog", "Magog", "QC", "sherbrooke", 3.2, 2.2, ["J1X"], ["819", "819", "873"], 0.1,
  ["rue|Principale|Ouest", "rue|Principale|Est", "rue|Sherbrooke", "rue|Merry|Nord", "rue|Merry|Sud",
   "rue|Saint-Patrice|Ouest", "ch|de la Rivière-aux-Cerises", "rue|Saint-David"])
C("orford", "Orford", "QC", "sherbrooke", 0.9, 0.5, ["J1X"], ["819", "819"], 0.2,
  ["ch|du Parc", "ch|Alfred-DesRochers", "ch|de la Montagne", "ch|Cooledge"],
  alt=[("borough", "Canton d'Orford")])
C("northhatley", "North Hatley", "QC", "sherbrooke", 0.6, 0.4, ["J0B"], ["819", "819"], 0.5,
  ["rue|Main", "ch|de la Rivière", "ch|Capelton", "rue|Sherbrooke"], rural=["2C0"])
C("compton", "Compton", "QC", "sherbrooke", 0.5, 0.3, ["J0B"], ["819", "819"], 0.15,
  ["ch|de Hatley", "rue|Principale", "ch|Cochrane"], rural=["1L0"])
C("coaticook", "Coaticook", "QC", "sherbrooke", 1.0, 0.6, ["J1A"], ["819", "819"], 0.08,
  ["rue|Main|Est", "rue|Child", "rue|Michaud", "rue|Saint-Jacques|Nord"])
C("stanstead", "Stanstead", "QC", "sherbrooke", 0.5, 0.4, ["J0B"], ["819", "819"], 0.5,
  ["rue|Dufferin", "rue|Principale", "rue|Church", "rue|Maple"], rural=["3E5", "3E2"],
  alt=[("borough", "Rock Island")])
C("ayerscliff", "Ayer's Cliff", "QC", "sherbrooke", 0.4, 0.3, ["J0B"], ["819", "819"], 0.45,
  ["rue|Main", "ch|Ripple", "rue|Tyler"], rural=["1C0"],
  alt=[("typo", "Ayers Cliff"), ("typo", "Ayer's-Cliff")])
C("lacbrome", "Lac-Brome", "QC", "sherbrooke", 0.9, 0.5, ["J0E"], ["450", "450", "579"], 0.45,
  ["ch|Knowlton", "rue|Victoria", "ch|Lakeside", "rue|Lansdowne"], rural=["1V0", "1R0"],
  alt=[("borough", "Knowlton")])
C("sutton", "Sutton", "QC", "sherbrooke", 0.6, 0.4, ["J0E"], ["450", "450"], 0.35,
  ["rue|Principale|Nord", "rue|Maple", "ch|Scenic", "rue|Western"], rural=["2K0"])
C("cowansville", "Cowansville", "QC", "sherbrooke", 1.0, 0.6, ["J2K"], ["450", "450", "579"], 0.15,
  ["rue|Principale", "rue|du Sud", "boul|Jean-Jacques-Bertrand", "rue|Church"])
C("bromont", "Bromont", "QC", "sherbrooke", 0.9, 0.6, ["J2L"], ["450", "450", "579"], 0.1,
  ["boul|de Bromont", "rue|Shefford", "ch|de Granby", "rue|du Pacifique|Est"])
C("granby", "Granby", "QC", "sherbrooke", 2.0, 1.4, ["J2G", "J2H", "J2J"], ["450", "450", "579"], 0.04,
  ["rue|Principale", "boul|Leclerc|Ouest", "rue|Denison|Ouest", "rue|Dufferin", "rue|Saint-Jacques",
   "boul|David-Bouchard|Nord"])
C("windsor", "Windsor", "QC", "sherbrooke", 0.5, 0.3, ["J1S"], ["819", "819"], 0.06,
  ["rue|Saint-Georges", "rue|Principale|Nord", "rue|Ambroise-Dearden"])
C("richmond", "Richmond", "QC", "sherbrooke", 0.4, 0.3, ["J0B"], ["819", "819"], 0.3,
  ["rue|Principale|Nord", "rue|College|Sud", "rue|Craig"], rural=["2H0"])

# ---- Quebec City branch ----
C("quebec", "Québec", "QC", "quebec", 14, 10,
  ["G1R", "G1S", "G1T", "G1V", "G1W", "G1X", "G1Y", "G1C", "G1E", "G1G", "G1H", "G1J", "G1L",
   "G1K", "G1M", "G1N", "G1P", "G2A", "G2B", "G2C", "G2G", "G2J", "G2K", "G2L", "G2M", "G3J", "G3K"],
  ["418", "418", "581"], 0.02,
  ["|Grande Allée|Est", "|Grande Allée|Ouest", "ch|Sainte-Foy", "boul|René-Lévesque|Ouest",
   "rue|Saint-Jean", "av|Cartier", "boul|Charest|Est", "boul|Charest|Ouest", "av|1re", "av|3e",
   "boul|Henri-Bourassa", "boul|Wilfrid-Hamel", "av|Maguire", "boul|Laurier", "route|de l'Église",
   "av|Royale", "boul|Sainte-Anne", "rue|de la Couronne", "rue|Saint-Joseph|Est", "av|Myrand",
   "boul|Pie-XI|Nord", "av|Chauveau", "boul|Louis-XIV", "boul|de l'Ormière", "rue|des Érables",
   "av|des Oblats", "rue|Racine", "av|du Bourg-Royal", "boul|Masson", "rue|de la Canardière",
   "boul|Neilson", "av|Lapointe"],
  boroughs={"G1R": "Vieux-Québec", "G1S": "Sillery", "G1T": "Sainte-Foy", "G1V": "Sainte-Foy",
            "G1W": "Sainte-Foy", "G1X": "Sainte-Foy", "G1Y": "Cap-Rouge", "G1C": "Beauport",
            "G1E": "Beauport", "G1G": "Charlesbourg", "G1H": "Charlesbourg", "G1J": "Limoilou",
            "G1L": "Limoilou", "G1K": "Saint-Roch", "G1M": "Vanier", "G2A": "Loretteville",
            "G2B": "Loretteville", "G3J": "Val-Bélair", "G3K": "Val-Bélair"},
  alt=[("english", "Quebec City"), ("english", "Quebec"), ("abbrev", "Ville de Québec")])
C("levis", "Lévis", "QC", "quebec", 4.0, 2.6, ["G6V", "G6W", "G6X", "G6Y", "G6Z", "G6J", "G6K", "G7A"],
  ["418", "418", "581"], 0.01,
  ["route|du Président-Kennedy", "boul|Guillaume-Couture", "rue|Saint-Omer", "boul|Alphonse-Desjardins",
   "rue|Saint-Laurent", "cote|du Passage", "rue|Commerciale", "route|des Rivières", "rue|de la Concorde"],
  boroughs={"G7A": "Saint-Nicolas", "G6X": "Charny", "G6W": "Saint-Romuald", "G6Z": "Saint-Jean-Chrysostome",
            "G6J": "Saint-Étienne-de-Lauzon"})
C("ancienne", "L'Ancienne-Lorette", "QC", "quebec", 1.0, 0.5, ["G2E"], ["418", "418", "581"], 0.01,
  ["boul|Wilfrid-Hamel", "rue|Notre-Dame", "rue|Saint-Paul", "rue|Turmel"],
  alt=[("typo", "Ancienne-Lorette"), ("typo", "L'Ancienne Lorette")])
C("staugustin", "Saint-Augustin-de-Desmaures", "QC", "quebec", 0.9, 0.6, ["G3A"], ["418", "418", "581"], 0.01,
  ["route|138", "rue|Jean-Juneau", "rue|de l'Hêtrière", "ch|du Roy"],
  alt=[("abbrev", "St-Augustin-de-Desmaures"), ("abbrev", "St-Augustin"), ("abbrev", "Saint-Augustin")])
C("lacbeauport", "Lac-Beauport", "QC", "quebec", 0.8, 0.4, ["G3B"], ["418", "418", "581"], 0.03,
  ["ch|du Tour-du-Lac", "boul|du Lac", "ch|des Granites", "ch|de l'Éperon"])
C("stoneham", "Stoneham-et-Tewkesbury", "QC", "quebec", 0.6, 0.3, ["G3C"], ["418", "418", "581"], 0.05,
  ["ch|du Hibou", "av|1re", "ch|Saint-Edmond", "ch|de la Grande-Ligne"],
  alt=[("abbrev", "Stoneham")])
C("boischatel", "Boischatel", "QC", "quebec", 0.6, 0.3, ["G0A"], ["418", "418", "581"], 0.01,
  ["av|Royale", "rue|Notre-Dame", "rue|des Saules"], rural=["1H0"])
C("saintecatherine", "Sainte-Catherine-de-la-Jacques-Cartier", "QC", "quebec", 0.5, 0.3, ["G3N"],
  ["418", "418", "581"], 0.02, ["route|de Fossambault", "rue|Désiré-Juneau", "rue|Laurier"],
  alt=[("abbrev", "Ste-Catherine-de-la-Jacques-Cartier"), ("abbrev", "Ste-Catherine")])
C("shannon", "Shannon", "QC", "quebec", 0.4, 0.2, ["G3S"], ["418", "418"], 0.3,
  ["ch|de Wexford", "rue|Saint-Patrick", "boul|Jacques-Cartier"])

# ---- Outaouais and Ontario (near-border firms; billing addresses only) ----
C("gatineau", "Gatineau", "QC", "laval", 0.0, 1.2, ["J8P", "J8T", "J8Y", "J8Z", "J9A", "J9H", "J9J"],
  ["819", "819", "873"], 0.3,
  ["boul|Maloney|Ouest", "boul|Saint-Joseph", "rue|Principale", "boul|Gréber", "boul|de la Gappe",
   "boul|Saint-Raymond", "ch|d'Aylmer", "boul|du Plateau"],
  boroughs={"J9H": "Aylmer", "J9J": "Aylmer", "J8Y": "Hull", "J8Z": "Hull", "J9A": "Hull"})
C("ottawa", "Ottawa", "ON", "laval", 0.0, 3.5,
  ["K1P", "K1R", "K1S", "K1Y", "K1Z", "K2P", "K1G", "K1K", "K1J", "K2B", "K2C"], ["613", "613", "343"], 0.85,
  ["Street|Bank", "Street|Rideau", "Avenue|Carling", "Road|Merivale", "Boulevard|St. Laurent",
   "Road|Montreal", "Street|Somerset|West", "Street|Wellington|West", "Road|Baseline",
   "Road|Innes", "Road|Richmond", "Street|Elgin"])
C("orleans", "Orléans", "ON", "laval", 0.0, 0.8, ["K1C", "K1E", "K4A"], ["613", "613", "343"], 0.6,
  ["Boulevard|St. Joseph", "Road|Innes", "Boulevard|Jeanne d'Arc"],
  alt=[("english", "Orleans"), ("borough", "Ottawa")])
C("cornwall", "Cornwall", "ON", "laval", 0.0, 1.4, ["K6H", "K6J", "K6K"], ["613", "613", "343"], 0.8,
  ["Street|Pitt", "Street|Second|East", "Avenue|Brookdale", "Road|Montreal", "Drive|Vincent Massey"])
C("hawkesbury", "Hawkesbury", "ON", "laval", 0.0, 1.0, ["K6A"], ["613", "613"], 0.4,
  ["Street|Main|East", "Street|McGill", "Avenue|Spence", "Street|Tupper"])
C("rockland", "Rockland", "ON", "laval", 0.0, 0.5, ["K4K"], ["613", "613"], 0.4,
  ["Street|Laurier", "Street|Caron", "Street|Edwards"])
C("alexandria", "Alexandria", "ON", "laval", 0.0, 0.4, ["K0C"], ["613", "613"], 0.7,
  ["Street|Main|South", "Street|Kenyon|West", "Street|Bishop"], rural=["1A0"])
C("embrun", "Embrun", "ON", "laval", 0.0, 0.3, ["K0A"], ["613", "613"], 0.3,
  ["Street|Notre-Dame", "Road|Castor"], rural=["1W0"])

CITY_KEYS = list(CITIES.keys())
QC_CITY_KEYS = [k for k in CITY_KEYS if CITIES[k]["prov"] == "QC"]
ON_CITY_KEYS = [k for k in CITY_KEYS if CITIES[k]["prov"] == "ON"]
BRANCH_CITIES = {b: [k for k in QC_CITY_KEYS if CITIES[k]["branch"] == b and CITIES[k]["wp"] > 0]
                 for b in ("laval", "sherbrooke", "quebec")}

# Street-type canonical (accounting) form and the other ways people write it.
STYPE = {
    "rue": {"canon": "rue", "fr": ["rue", "Rue", "r."], "en": "St.", "en_alt": ["Street", "St", "st."]},
    "boul": {"canon": "boul.", "fr": ["boulevard", "boul", "Boul.", "bd", "blvd", "Boulevard", "boul."],
             "en": "Blvd", "en_alt": ["Boulevard", "Blvd.", "blvd"]},
    "av": {"canon": "av.", "fr": ["avenue", "ave", "Av.", "av", "Avenue"], "en": "Ave", "en_alt": ["Avenue", "Ave."]},
    "ch": {"canon": "ch.", "fr": ["chemin", "Chemin", "ch"], "en": "Rd", "en_alt": ["Road", "Rd."]},
    "montee": {"canon": "montée", "fr": ["Montée", "mtée", "montee"], "en": None, "en_alt": []},
    "route": {"canon": "route", "fr": ["Route", "rte"], "en": None, "en_alt": []},
    "prom": {"canon": "promenade", "fr": ["prom.", "Promenade"], "en": "Drive", "en_alt": ["Dr.", "Dr"]},
    "cote": {"canon": "côte", "fr": ["Côte", "cote"], "en": None, "en_alt": []},
    "": {"canon": "", "fr": [""], "en": None, "en_alt": []},
    # Ontario generics (English, after the name)
    "Street": {"canon": "Street", "fr": ["St.", "St", "street"], "en": "Street", "en_alt": ["St.", "St"]},
    "Road": {"canon": "Road", "fr": ["Rd", "Rd."], "en": "Road", "en_alt": ["Rd"]},
    "Avenue": {"canon": "Avenue", "fr": ["Ave", "Ave."], "en": "Avenue", "en_alt": ["Ave"]},
    "Boulevard": {"canon": "Boulevard", "fr": ["Blvd", "Blvd."], "en": "Boulevard", "en_alt": ["Blvd"]},
    "Drive": {"canon": "Drive", "fr": ["Dr.", "Dr"], "en": "Drive", "en_alt": ["Dr"]},
}
ON_TYPES = ("Street", "Road", "Avenue", "Boulevard", "Drive")

DIR_FORMS = {
    "Est": {"fr": ["E.", "E", "est"], "en": ["East", "E.", "E"]},
    "Ouest": {"fr": ["O.", "O", "ouest"], "en": ["West", "W.", "W"]},
    "Nord": {"fr": ["N.", "N", "nord"], "en": ["North", "N."]},
    "Sud": {"fr": ["S.", "S", "sud"], "en": ["South", "S."]},
    "East": {"fr": ["E.", "E"], "en": ["E.", "E"]},
    "West": {"fr": ["W.", "W"], "en": ["W.", "W"]},
    "South": {"fr": ["S.", "S"], "en": ["S.", "S"]},
}

REGION_FORMS = {
    "QC": [("QC", 10), ("Québec", 3), ("Quebec", 3), ("Qc", 2), ("PQ", 2), ("QUÉBEC", 1), ("Qué.", 1)],
    "ON": [("ON", 10), ("Ontario", 4), ("Ont.", 2), ("ONT", 1)],
}

POSTAL_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
FREE_MAIL = {
    "laval": [("videotron.ca", 20), ("hotmail.com", 20), ("gmail.com", 30), ("sympatico.ca", 6),
              ("bell.net", 3), ("outlook.com", 6), ("live.ca", 4), ("yahoo.ca", 4), ("hotmail.ca", 5),
              ("icloud.com", 2)],
    "sherbrooke": [("videotron.ca", 18), ("hotmail.com", 18), ("gmail.com", 28), ("cgocable.ca", 8),
                   ("cooptel.qc.ca", 4), ("sympatico.ca", 4), ("outlook.com", 4), ("live.ca", 3),
                   ("yahoo.ca", 3), ("hotmail.ca", 4)],
    "quebec": [("videotron.ca", 20), ("hotmail.com", 18), ("gmail.com", 30), ("globetrotter.net", 8),
               ("ccapcable.com", 3), ("sympatico.ca", 4), ("outlook.com", 4), ("live.ca", 3),
               ("yahoo.ca", 3), ("hotmail.ca", 4)],
}
ALL_FREE = ["videotron.ca", "hotmail.com", "gmail.com", "sympatico.ca", "bell.net", "outlook.com",
            "live.ca", "yahoo.ca", "hotmail.ca", "icloud.com", "cgocable.ca", "cooptel.qc.ca",
            "globetrotter.net", "ccapcable.com", "yahoo.com", "msn.com", "live.com", "videotron.qc.ca",
            "outlook.fr", "me.com", "rogers.com", "bellnet.ca", "gmail.ca", "hotmail.fr"]
EMAIL_DOMAIN_TYPOS = {
    "gmail.com": ["gmial.com", "gmail.con", "gmai.com", "gnail.com", "gmail.ca"],
    "hotmail.com": ["hotmial.com", "hotmail.con", "hotmai.com", "hotmail.ca"],
    "hotmail.ca": ["hotmail.com", "hotmal.ca"],
    "videotron.ca": ["videotron.com", "vidéotron.ca", "videtron.ca", "videotron.qc.ca"],
    "sympatico.ca": ["sympatico.com", "sympatic.ca"],
    "outlook.com": ["outlok.com", "outlook.ca"],
    "yahoo.ca": ["yahoo.com", "yaho.ca"],
    "live.ca": ["live.com"],
    "bell.net": ["bellnet.ca", "bell.ca"],
    "globetrotter.net": ["globetroter.net", "globetrotter.com"],
    "cgocable.ca": ["cgocable.com", "cogeco.ca"],
}


# ---------------------------------------------------------------------------
# Registries: invented identifiers are unique unless deliberately shared.
# (sets are only used for membership tests, never iterated)
# ---------------------------------------------------------------------------
USED_EMAILS = set()
USED_PHONES = set()
USED_ADDR = set()
USED_IDS = set()
USED_NAMECITY = set()
USED_COMPANY = set()


def new_entity_id():
    while True:
        eid = "c%07x" % rng.getrandbits(28)
        if eid not in USED_IDS:
            USED_IDS.add(eid)
            return eid


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------
CELL_AREAS = {"laval": ["514", "438", "450", "579"], "sherbrooke": ["819", "873"],
              "quebec": ["418", "581"]}


def new_phone(city_key, cell=False, register=True):
    c = CITIES[city_key]
    for _ in range(200):
        if cell and c["prov"] == "QC":
            area = rng.choice(CELL_AREAS[c["branch"]])
        else:
            area = rng.choice(c["area"])
        exch = rng.randint(200, 989)
        if exch % 100 == 11 or exch == 555:
            continue
        num = "%s%03d%04d" % (area, exch, rng.randint(0, 9999))
        if num not in USED_PHONES:
            if register:
                USED_PHONES.add(num)
            return num
    raise RuntimeError("phone space exhausted")


def phone_digit_off(num):
    for _ in range(50):
        i = rng.randint(3, 9)
        d = str((int(num[i]) + rng.choice([1, 9, 2, 8])) % 10)
        if i == 3 and d in "01":
            continue
        t = num[:i] + d + num[i + 1:]
        if t != num and t not in USED_PHONES:
            USED_PHONES.add(t)
            return t
    return num


PHONE_STYLES = ["qc", "dash", "paren", "raw", "dot", "intl", "one", "paren2", "space"]


def fmt_phone(num, style, ext=None, ext_style="poste"):
    a, b, c = num[:3], num[3:6], num[6:]
    s = {
        "qc": "%s %s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "paren": "(%s) %s-%s" % (a, b, c),
        "raw": "%s%s%s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "intl": "+1 %s %s %s" % (a, b, c),
        "one": "1-%s-%s-%s" % (a, b, c),
        "paren2": "(%s)%s-%s" % (a, b, c),
        "space": "%s %s %s" % (a, b, c),
    }[style]
    if ext:
        s += {"poste": " poste %s", "p": " p. %s", "ext": " ext. %s", "x": " x%s", "#": " #%s"}[ext_style] % ext
    return s


def phone_key(s):
    """Digits of the line, extension dropped, leading trunk 1 dropped."""
    if not s:
        return None
    s2 = re.split(r"(?i)\s*(?:poste|p\.|ext\.?|x|#)\s*\d+\s*$", s)[0]
    d = re.sub(r"\D", "", s2)
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    return d or None


# ---------------------------------------------------------------------------
# Postal codes and addresses
# ---------------------------------------------------------------------------
def new_postal(city_key, fsa=None):
    c = CITIES[city_key]
    fsa = fsa or rng.choice(c["fsas"])
    if c["rural"]:
        return fsa + " " + rng.choice(c["rural"])
    return "%s %d%s%d" % (fsa, rng.randint(0, 9), rng.choice(POSTAL_LETTERS), rng.randint(0, 9))


def civic_for(city_key, kind):
    c = CITIES[city_key]
    if city_key in ("montreal",):
        return str(rng.choice([rng.randint(1000, 9999), rng.randint(1000, 9999), rng.randint(100, 999)]))
    if city_key in ("laval", "quebec", "longueuil", "sherbrooke", "gatineau"):
        return str(rng.choice([rng.randint(100, 999), rng.randint(1000, 6999), rng.randint(1000, 4999)]))
    if c["rural"]:
        return str(rng.randint(1, 2999))
    return str(rng.choice([rng.randint(10, 999), rng.randint(100, 3999)]))


def new_address(city_key, unit=None, ukind=None, street=None, civic=None, register=True, fsa=None):
    c = CITIES[city_key]
    for _ in range(300):
        st = street or rng.choice(c["streets"])
        stype, sname = st[0], st[1]
        sdir = st[2] if len(st) > 2 else None
        cv = civic or civic_for(city_key, None)
        key = (cv, stype, sname, sdir, city_key)
        if key in USED_ADDR and civic is None:
            continue
        if register:
            USED_ADDR.add(key)
        return {"civic": cv, "stype": stype, "sname": sname, "sdir": sdir, "unit": unit,
                "ukind": ukind, "city": city_key, "postal": new_postal(city_key, fsa)}
    raise RuntimeError("address space exhausted")


def move_address(a, same_city=True, branch=None):
    """The same customer's new address after a move."""
    if same_city:
        ck = a["city"]
    else:
        ck = pick_city("person", branch or CITIES[a["city"]]["branch"])
    for _ in range(50):
        u = None
        uk = None
        if chance(0.3):
            u = str(rng.choice([1, 2, 3, 4, 5, 6, 101, 102, 203, 204, 305]))
            uk = "app"
        na = new_address(ck, unit=u, ukind=uk)
        if na["civic"] != a["civic"]:
            return na
    return na


def pick_city(party, branch=None, prov="QC"):
    w = "wp" if party == "person" else "wo"
    keys = [k for k in CITY_KEYS if CITIES[k][w] > 0 and (branch is None or CITIES[k]["branch"] == branch)
            and (prov is None or CITIES[k]["prov"] == prov)]
    return pick_weighted([(k, CITIES[k][w]) for k in keys])


def saint_abbrev(s, mode="St-"):
    if s is None:
        return s
    if mode == "St-":
        s = re.sub(r"\bSainte-", "Ste-", s)
        s = re.sub(r"\bSaint-", "St-", s)
    elif mode == "St ":
        s = re.sub(r"\bSainte-", "Ste ", s)
        s = re.sub(r"\bSaint-", "St ", s)
    elif mode == "St.":
        s = re.sub(r"\bSainte-", "Ste. ", s)
        s = re.sub(r"\bSaint-", "St. ", s)
    return s


def has_saint(s):
    return bool(s) and bool(re.search(r"\bSainte?-", s))


def street_text(a, type_form="canon", saint=None, dir_form="full", english=False):
    """Street part (no civic) of a structured address."""
    stype, sname, sdir = a["stype"], a["sname"], a["sdir"]
    name = saint_abbrev(sname, saint) if saint else sname
    d = ""
    if sdir:
        if dir_form == "full" and not english:
            d = sdir
        elif english:
            d = DIR_FORMS.get(sdir, {"en": [sdir]})["en"][0 if dir_form == "full" else -1]
        else:
            d = rng.choice(DIR_FORMS.get(sdir, {"fr": [sdir]})["fr"])
    T = STYPE[stype]
    if stype in ON_TYPES:
        t = T["canon"] if type_form == "canon" else rng.choice(T["fr"])
        out = "%s %s" % (name, t)
    elif stype == "av" and re.match(r"^\d+e?r?e$", sname):
        # "1re Avenue", "25e Avenue"
        if english:
            t = "Avenue"
        elif type_form == "canon":
            t = "Avenue"
        else:
            t = rng.choice(["av.", "Av.", "avenue", "ave"])
        out = "%s %s" % (name, t)
    elif stype == "route" and re.match(r"^\d+$", sname):
        out = "route %s" % name if type_form == "canon" else "%s %s" % (rng.choice(["Route", "rte"]), name)
    elif english and T["en"]:
        t = T["en"] if type_form in ("canon", "en") else rng.choice(T["en_alt"] or [T["en"]])
        # anglophones drop the French particles: "des Laurentides Blvd" stays, "de la" usually kept
        out = "%s %s" % (name[0].upper() + name[1:], t)
    else:
        if type_form == "canon":
            t = T["canon"]
        elif type_form == "drop":
            t = ""
        else:
            t = rng.choice(T["fr"])
        out = ("%s %s" % (t, name)).strip()
    if d:
        out += " " + d
    return out


UNIT_WORDS = {
    "app": {"canon": "app.", "alt": ["apt", "app", "apt.", "appartement", "#", "unité", "logement", "Apt"]},
    "bureau": {"canon": "bureau", "alt": ["bur.", "suite", "#", "local", "Bureau"]},
    "local": {"canon": "local", "alt": ["loc.", "#", "suite", "Local"]},
    "suite": {"canon": "Suite", "alt": ["Ste", "#", "Unit", "suite"]},
    "unite": {"canon": "unité", "alt": ["app.", "#", "unit", "Unité"]},
    "ss": {"canon": "sous-sol", "alt": ["SS", "s-s", "sous sol", "bas"]},
}


def city_forms(ck, postal=None):
    """(what, text) ways a city is written; first is canonical."""
    c = CITIES[ck]
    name = c["name"]
    out = [("canon", name)]
    if has_accent(name):
        out.append(("accents_stripped", strip_accents(name)))
    if has_saint(name):
        out.append(("saint_abbrev", saint_abbrev(name, "St-")))
        out.append(("saint_abbrev", saint_abbrev(name, "St ")))
    for what, txt in c["alt"]:
        out.append((what, txt))
    if postal:
        b = c["boroughs"].get(postal[:3])
        if b:
            out.append(("borough", b))
    return out


# ---------------------------------------------------------------------------
# Person factory
# ---------------------------------------------------------------------------
SHORTS = {}
for _lst in (FR_MALE, FR_FEMALE, EN_MALE, EN_FEMALE):
    for _n, _s in _lst:
        SHORTS.setdefault(_n, [])
        for _x in _s:
            if _x not in SHORTS[_n]:
                SHORTS[_n].append(_x)


def pick_origin(city_key):
    c = CITIES[city_key]
    opts = [("fr", 100.0 * (1 - c["en"])), ("en", 100.0 * c["en"])]
    allo = c["allo"]
    if allo:
        share = 22.0 if city_key == "montreal" else 15.0
        tot = sum(w for _, w in allo)
        opts = [("fr", opts[0][1] * (1 - share / 100.0)), ("en", opts[1][1] * (1 - share / 100.0))]
        opts += [(o, share * w / tot) for o, w in allo]
    return pick_weighted(opts)


def pick_given(origin, sex):
    if origin == "fr":
        return rng.choice(FR_MALE if sex == "M" else FR_FEMALE)[0]
    if origin == "en":
        return rng.choice(EN_MALE if sex == "M" else EN_FEMALE)[0]
    m, f, _ = ALLO[origin]
    return rng.choice(m if sex == "M" else f)


def pick_family(origin, double_p=0.07):
    if origin == "fr":
        if chance(double_p):
            a = rng.choice([s for s in FR_SURNAMES if "-" not in s])
            b = rng.choice([s for s in FR_SURNAMES if "-" not in s and s != a])
            return a + "-" + b
        return rng.choice(FR_SURNAMES)
    if origin == "en":
        return rng.choice(EN_SURNAMES)
    return rng.choice(ALLO[origin][2])


def name_key(given, family):
    return " ".join(sorted(slug(x, " ") for x in (given or "", family or "") if x))


def new_person_name(origin, sex, city_key, avoid_city=True):
    for _ in range(100):
        g = pick_given(origin, sex)
        f = pick_family(origin)
        k = (name_key(g, f), city_key)
        if avoid_city and k in USED_NAMECITY:
            continue
        USED_NAMECITY.add(k)
        return g, f
    raise RuntimeError("names exhausted")


def person_email(given, family, branch, extra=None, spouse=None):
    g = slug(given.split(" ")[0]) if given else "info"
    gfull = slug(given) if given else g
    f = slug(family) if family else "maison"
    f1 = slug(family.split("-")[0]) if family else f
    doms = FREE_MAIL[branch]
    for attempt in range(60):
        dom = pick_weighted(doms)
        yy = rng.choice(["%02d" % rng.randint(50, 99), "%02d" % rng.randint(0, 12), str(rng.randint(1, 99))])
        pats = [
            (gfull + "." + f1, 6), (g[0] + f1, 4), (gfull + f1, 3), (gfull + "_" + f1, 2),
            (f1 + "." + gfull, 2), (gfull + "." + f1 + yy, 3), (gfull + yy, 2), (f1 + g[0], 1),
            (g[0] + "." + f1, 2), (gfull + "." + f1 + "." + yy, 1), (g + f1[:4] + yy, 1),
        ]
        if spouse:
            s = slug(spouse.split(" ")[0])
            pats += [("famille." + f1, 3), (g + "et" + s, 2), (f1 + "." + slug(extra or s), 2),
                     ("lesfamille" + f1, 1)]
        local = pick_weighted(pats)
        if attempt > 20:
            local += str(rng.randint(2, 999))
        em = local + "@" + dom
        if em not in USED_EMAILS:
            USED_EMAILS.add(em)
            return em
    raise RuntimeError("email exhausted")


def new_email_for(e, pool_branch=None):
    """A different mailbox for the same person (new provider, new habit)."""
    if e["party"] == "person":
        return person_email(e["given"], e["family"], pool_branch or e["branch"])
    c = e.get("contact")
    if e.get("domain") and chance(0.6):
        boxes = ["info", "admin", "comptabilite", "facturation", "reception", "bureau", "direction",
                 "service", "compta", "ap"]
        if c:
            boxes += [slug(c["given"])[:1] + slug(c["family"]), slug(c["given"]) + "." + slug(c["family"])]
        for _ in range(30):
            em = rng.choice(boxes) + "@" + e["domain"]
            if em not in USED_EMAILS:
                USED_EMAILS.add(em)
                return em
    if c:
        return person_email(c["given"], c["family"], pool_branch or e["branch"])
    stem = slug(e.get("stem") or "entreprise")[:14]
    for i in range(50):
        em = "%s%s@%s" % (stem, "" if i == 0 else str(rng.randint(1, 99)), pick_weighted(FREE_MAIL[e["branch"]]))
        if em not in USED_EMAILS:
            USED_EMAILS.add(em)
            return em
    raise RuntimeError("email exhausted")


PERSON_KINDS = [("homeowner", 49), ("household", 17), ("tenant", 11), ("condo_owner", 12), ("landlord", 11)]


def make_person(kind=None, city_key=None, branch=None, origin=None, sex=None, given=None, family=None,
                addr=None, phone=None, email=None, avoid_city=True, register_name=True):
    kind = kind or pick_weighted(PERSON_KINDS)
    city_key = city_key or pick_city("person", branch)
    c = CITIES[city_key]
    origin = origin or pick_origin(city_key)
    sex = sex or rng.choice("MF")
    if given is None or family is None:
        g, f = new_person_name(origin, sex, city_key, avoid_city)
        given = given or g
        family = family or f
    elif register_name:
        USED_NAMECITY.add((name_key(given, family), city_key))
    e = {"id": new_entity_id(), "party": "person", "kind": kind, "origin": origin,
         "lang": "en" if origin == "en" else "fr", "sex": sex, "given": given, "family": family,
         "title": None, "suffix": None, "spouse": None, "branch": c["branch"], "city": city_key,
         "ext": None, "cell": None}
    if kind == "household":
        ssex = "F" if sex == "M" else "M"
        if chance(0.07):
            ssex = sex
        sorig = origin if chance(0.85) else pick_origin(city_key)
        sg = pick_given(sorig, ssex)
        if origin in ("fr", "ht") and sorig == origin:
            sf = pick_family(sorig, 0.03)
        elif origin == "en" and chance(0.6):
            sf = family
        elif chance(0.35):
            sf = family
        else:
            sf = pick_family(sorig, 0.03)
        if sf == family and sg == given:
            sg = pick_given(sorig, "F" if ssex == "M" else "M")
        e["spouse"] = {"given": sg, "family": sf, "sex": ssex}
        e["hh_style"] = pick_weighted([("both", 6), ("primary", 4)])
    if addr is None:
        unit, uk = None, None
        if kind == "tenant":
            unit, uk = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 12, 14, 101, 201, 302])), "app"
        elif kind == "condo_owner":
            unit, uk = str(rng.choice([101, 102, 103, 104, 201, 202, 203, 204, 301, 302, 305, 401, 402, 502, 603, 708])), \
                rng.choice(["app", "app", "unite"])
        elif kind == "landlord" and city_key in ("montreal", "laval", "quebec", "longueuil", "sherbrooke") and chance(0.4):
            unit, uk = str(rng.choice([1, 2, 3])), "app"
        addr = new_address(city_key, unit=unit, ukind=uk)
    e["addr"] = addr
    is_cell = chance(0.45)
    e["phone"] = phone or new_phone(city_key, cell=is_cell)
    e["phone_cell"] = is_cell if phone is None else False
    e["cell"] = None
    spouse_first = e["spouse"]["given"] if e["spouse"] else None
    e["email"] = email or person_email(given, family, c["branch"], extra=e["spouse"]["family"] if e["spouse"] else None,
                                       spouse=spouse_first)
    return e


# ---------------------------------------------------------------------------
# Organisation vocabulary
# ---------------------------------------------------------------------------
SYND_NAMES = [
    "Le Rivoli", "Les Cèdres", "Le Versailles", "Place Concorde", "Le Marquis", "Les Terrasses du Parc",
    "Le Belvédère", "Les Jardins Fleuris", "Le Saint-Martin", "Le Bourg-Royal", "Le Champlain",
    "Le Jardin des Îles", "Le Quartier Sainte-Rose", "Les Habitations du Lac", "Le Montcalm",
    "Le Panoramique", "Les Berges de la Rivière", "Le Boisé des Prairies", "Le Saint-Laurent",
    "Les Tours du Fleuve", "Le Domaine des Érables", "Le Cartier", "Le Villeray", "Le Laurier",
    "Les Condos du Parc", "Le Vendôme", "Le Cambridge", "Le Dorchester", "Le Jardin Botanique",
    "Les Promenades du Vieux", "Le Manoir Fleuri", "Le Chantecler", "L'Émeraude", "Le Saphir",
    "Le Rubis", "Les Verrières", "Le Bellevue", "Le Vivaldi", "Le Mozart", "Le Renoir",
    "Le Monet", "Le Cézanne", "Les Pins", "Le Florence", "Le Bristol", "Le Windsor", "Le Lennox",
    "Le Magog", "Les Jardins de la Gare", "Le Havre du Lac", "La Seigneurie", "Le Sillery",
    "Le Montmorency", "Le Charlesbourg", "Les Sommets", "Le Promontoire", "Le Cap-Blanc",
    "Le Vieux-Port", "Les Quais", "Le Castelnau", "Le Beaubien", "Le Rosemont", "Le Masson",
    "Le Notre-Dame", "Les Balcons du Golf", "Le Fairway", "Le Green", "Les Hauts-Bois",
    "Le Carré Saint-Louis", "Les Résidences du Ruisseau", "Le Trianon", "Le Rialto", "L'Avalon",
    "Le Bellerive", "Les Écluses", "Le Nouvel Horizon", "Le Pavillon", "Le Quatre-Saisons",
    "Le Boréal", "Le Laurentien", "Les Floralies", "Le Saint-Élzéar", "Le Concorde", "Le Vimont",
    "Le Fabreville", "Le Jardin Sainte-Dorothée", "Les Îles Laval", "Le Sainte-Foy", "L'Estacade",
    "Le Galt", "Le Wellington", "Le Belvédère Sud", "Le Mont-Bellevue", "Le Jacques-Cartier",
    "Le Portland", "Le Memphré", "Les Condos Orford", "Le Cherry River", "Le Domaine Bromont",
]
PM_STEMS = ["Beaulieu", "Lavigne", "Sentinelle", "Capitale", "Horizon", "Boréal", "Équinoxe",
            "Rive-Nord", "Laurentides", "Estrie", "Cartier", "Belvédère", "Pinacle", "Trèfle",
            "Lambert", "Sirois", "Vigie", "Carrefour", "Alliance", "Patrimoine", "Optima", "Sommet"]
CHAINS = [
    ("Poulet Doré Express", "pouletdoreexpress.ca", "restaurant"),
    ("Pizzéria Bella Notte", "bellanotte.ca", "restaurant"),
    ("Déjeuners Bonjour Soleil", "bonjoursoleil.ca", "restaurant"),
    ("Sushi Taka", "sushitaka.ca", "restaurant"),
    ("Café Grain d'Or", "cafegraindor.ca", "restaurant"),
    ("Burger Boréal", "burgerboreal.ca", "restaurant"),
    ("Crèmerie Le Cornet Doré", "cornetdore.ca", "restaurant"),
    ("Dépanneur Le Relais+", "relaisplus.ca", "depanneur"),
    ("Marché Éclair", "marcheeclair.ca", "depanneur"),
]
RESTO_PREFIX = [("Restaurant", 5), ("Casse-croûte", 3), ("Pizzeria", 3), ("Brasserie", 1), ("Resto-bar", 2),
                ("Bistro", 2), ("Café", 2), ("Boulangerie", 2), ("Rôtisserie", 1), ("Sushi", 1),
                ("Pâtisserie", 1), ("Cantine", 1)]
RESTO_FIT = {"Sushi": ["Sakura", "Hana", "Maki Mono", "Kaizen", "Tokyo Express"],
             "Pizzeria": ["Lindo", "Napoli", "Il Vesuvio", "Da Franco", "La Piazzetta", "Bella Vista", "Chez Ti-Gus"],
             "Boulangerie": ["La Mie Dorée", "Le Fournil", "Aux Délices", "Le Moulin", "La Gaufrerie"],
             "Pâtisserie": ["Aux Délices", "La Mie Dorée", "Le Petit Québec"],
             "Rôtisserie": ["Le Coq d'Or", "Chez Réal", "Le Trappeur", "Le Routier"],
             "Cantine": ["du Coin", "Le Pit Stop", "Chez Lulu", "Chez Bob"]}
RESTO_NAMES = ["Chez Gérard", "Le Relais", "L'Escale", "Le Pit Stop", "Chez Ti-Gus", "Le Vieux Four",
               "du Coin", "La Fourchette d'Or", "Le Bon Goût", "Chez Mamie", "Le Trappeur", "La Cabane",
               "Le Routier", "Chez Ginette", "Le Rustique", "La Belle Époque", "Le Sainte-Rose", "Napoli",
               "Il Vesuvio", "Chez Lulu", "Le Moulin", "La Mie Dorée", "Le Petit Québec", "Chez Réal",
               "Le Carrefour", "L'Étoile du Nord", "Le Boréal", "Chez Nous", "Le Phare", "Mykonos",
               "Le Tournesol", "La Gaufrerie", "Aux Délices", "Le Fournil", "Le Bûcheron", "Chez Bob",
               "Le Mas", "La Tablée", "Le Quai", "Chez Fernand", "Le Coq d'Or", "La Piazzetta", "Da Franco",
               "Chez Olive", "Le Saint-Patrick", "Le Grill du Lac", "La Poutinerie du Village"]
DEP_NAMES = ["du Coin", "Chez Lise", "7 Jours", "Le Dépôt", "du Village", "Sainte-Rose", "du Lac", "Beau-Soir",
             "La Halte", "Chez Réjean", "du Boulevard", "Le Passant", "de la Gare", "Express", "Chez Nicole",
             "du Quartier", "La Pause", "L'Arrêt", "du Parc", "Chez Mimi", "Lanterne", "Au Bon Prix"]
CPE_NAMES = ["Les Petits Pinsons", "La Ribambelle", "Les Lucioles", "Les Petits Mousses", "Les Petites Abeilles",
             "Le Jardin des Frimousses", "La Marelle Enchantée", "Les Bambins du Boisé", "Les Petits Explorateurs",
             "La Cigogne Bleue", "Les Copains d'Abord", "L'Arc-en-ciel de Fabreville", "Les Trottineurs",
             "Les Mini-Pouces", "La Petite Grenouille", "Les Petits Flocons", "La Maisonnée des Tout-Petits",
             "Le Nid des Hiboux", "Les Petits Castors", "La Toupie", "Les Coccinelles", "Le Petit Phare",
             "Les Marmots", "La Clé des Champs", "Les Papillons Bleus", "Le Carrousel", "La Boîte à Surprises",
             "Les Petits Lutins", "Les Pommettes", "Le Petit Voilier", "Les Hirondelles", "La Sauterelle",
             "Les Oursons", "La Farandole", "Les Frimousses de l'Est", "Les Petits Bourgeons", "Le Cerf-Volant",
             "Les Écureuils", "La Chrysalide", "Les Petits Géants", "La Pirouette", "Le Tipi"]
CAISSE_NAMES = ["du Haut-Boisé", "des Moulins-de-Laval", "de la Rivière-Magog", "du Mont-Bellevue", "des Quatre-Vents",
                "de la Haute-Ville", "des Deux-Rives", "de la Colline", "du Lac-Memphrémagog", "des Trois-Pignons",
                "de la Seigneurie", "du Plateau-Fleuri", "des Érablières", "du Val-Saint-François", "des Berges",
                "de la Croisée", "du Grand-Coteau", "des Prés-Verts", "de l'Île-Jésus", "des Chutes"]
MUNICIPALITIES = [
    ("laval", "Ville de Laval"), ("sherbrooke", "Ville de Sherbrooke"), ("magog", "Ville de Magog"),
    ("levis", "Ville de Lévis"), ("terrebonne", "Ville de Terrebonne"),
    ("northhatley", "Municipalité du Village de North Hatley"), ("sainteustache", "Ville de Saint-Eustache"),
    ("boisbriand", "Ville de Boisbriand"), ("coaticook", "Ville de Coaticook"),
    ("lacbeauport", "Municipalité de Lac-Beauport"), ("blainville", "Ville de Blainville"),
    ("rosemere", "Ville de Rosemère"), ("beaconsfield", "Ville de Beaconsfield"), ("kirkland", "Ville de Kirkland"),
    ("pointeclaire", "Ville de Pointe-Claire"), ("saintejulie", "Ville de Sainte-Julie"),
    ("mascouche", "Ville de Mascouche"), ("bromont", "Ville de Bromont"), ("cowansville", "Ville de Cowansville"),
    ("ancienne", "Ville de L'Ancienne-Lorette"), ("sutton", "Ville de Sutton"), ("stanstead", "Ville de Stanstead"),
    ("orford", "Municipalité du Canton d'Orford"), ("compton", "Municipalité de Compton"),
    ("lacbrome", "Ville de Lac-Brome"), ("boischatel", "Municipalité de Boischatel"), ("hudson", "Ville de Hudson"),
    ("ayerscliff", "Municipalité du Village d'Ayer's Cliff"), ("granby", "Ville de Granby"), ("candiac", "Ville de Candiac"),
]
# neighbouring municipalities with the same place name (hard negatives only, never in the customer list)
TWIN_MUNICIPALITIES = {
    "Ville de Magog": ("magog", "Municipalité du Canton de Magog", "Magog"),
    "Ville de Stanstead": ("stanstead", "Municipalité du Canton de Stanstead", "Stanstead"),
    "Municipalité du Village de North Hatley": ("northhatley", "Municipalité du Canton de Hatley", "Hatley"),
}
SCHOOL_CENTRES = [
    ("laval", "Centre de services scolaire de Laval", "Commission scolaire de Laval"),
    ("sherbrooke", "Centre de services scolaire de la Région-de-Sherbrooke", "Commission scolaire de la Région-de-Sherbrooke"),
    ("quebec", "Centre de services scolaire de la Capitale", "Commission scolaire de la Capitale"),
    ("quebec", "Centre de services scolaire des Premières-Seigneuries", "Commission scolaire des Premières-Seigneuries"),
    ("quebec", "Centre de services scolaire des Découvreurs", "Commission scolaire des Découvreurs"),
    ("levis", "Centre de services scolaire des Navigateurs", "Commission scolaire des Navigateurs"),
    ("montreal", "Centre de services scolaire de Montréal", "Commission scolaire de Montréal"),
    ("montreal", "Centre de services scolaire Marguerite-Bourgeoys", "Commission scolaire Marguerite-Bourgeoys"),
    ("repentigny", "Centre de services scolaire des Affluents", "Commission scolaire des Affluents"),
    ("saintjerome", "Centre de services scolaire de la Rivière-du-Nord", "Commission scolaire de la Rivière-du-Nord"),
    ("sainteustache", "Centre de services scolaire des Mille-Îles", "Commission scolaire de la Seigneurie-des-Mille-Îles"),
    ("longueuil", "Centre de services scolaire Marie-Victorin", "Commission scolaire Marie-Victorin"),
    ("magog", "Centre de services scolaire des Sommets", "Commission scolaire des Sommets"),
    ("saintjean", "Centre de services scolaire des Hautes-Rivières", "Commission scolaire des Hautes-Rivières"),
    ("dorval", "Lester B. Pearson School Board", "Commission scolaire Lester-B.-Pearson"),
    ("magog", "Eastern Townships School Board", "Commission scolaire Eastern Townships"),
    ("rosemere", "Sir Wilfrid Laurier School Board", "Commission scolaire Sir-Wilfrid-Laurier"),
    ("saintbruno", "Centre de services scolaire des Patriotes", "Commission scolaire des Patriotes"),
    ("quebec", "Central Quebec School Board", "Commission scolaire Central Québec"),
]
TRADES = ["Construction", "Rénovations", "Excavation", "Toitures", "Électricité", "Paysagement", "Peinture",
          "Menuiserie", "Ébénisterie", "Climatisation", "Déneigement", "Béton", "Maçonnerie", "Portes et fenêtres",
          "Céramique", "Gypse", "Isolation", "Charpenterie"]
TRADE_EN = {"Construction": "Construction", "Rénovations": "Renovations", "Excavation": "Excavation",
            "Toitures": "Roofing", "Électricité": "Electric", "Paysagement": "Landscaping", "Peinture": "Painting",
            "Menuiserie": "Carpentry", "Ébénisterie": "Cabinetry", "Climatisation": "Air Conditioning",
            "Déneigement": "Snow Removal", "Béton": "Concrete", "Maçonnerie": "Masonry",
            "Portes et fenêtres": "Doors & Windows", "Céramique": "Tile", "Gypse": "Drywall",
            "Isolation": "Insulation", "Charpenterie": "Framing"}
EN_PLACE_STEMS = ["Seaway Valley", "Glengarry", "Rideau Heights", "Ottawa River", "Stormont", "Bytown",
                  "Eastview", "Long Sault", "Cedar Ridge", "Riverside", "Prescott", "Kingsway", "Maple Ridge",
                  "Highland", "Northgate", "Limestone", "Carleton", "Lanark", "Dundas", "Russell County",
                  "Nation Valley"]
QC_EN_STEMS = ["Lakeshore", "Townships", "Brome Lake", "Massawippi", "West Island", "Memphremagog", "Pontiac",
               "Gatineau Hills", "Sutton Valley", "Hudson Valley", "Beaconsfield", "Lennox"]
EN_FIRM_KINDS = ["Mechanical", "Property Management", "Custom Homes", "Contracting", "Hospitality Group",
                 "Developments", "Holdings", "Building Services", "Property Group", "Facilities Services",
                 "Restorations", "Builders"]
COMMERCIAL = [
    ("dental", 10), ("vet", 5), ("pharmacy", 7), ("notary", 5), ("garage", 9), ("salon", 6), ("rpa", 8),
    ("auberge", 5), ("fabrique", 4), ("physio", 5), ("cpa", 5), ("quincaillerie", 4), ("gym", 3),
    ("boucherie", 3), ("fleuriste", 2), ("buanderie", 3), ("lave_auto", 3),
]
FR_WORD_STEMS = ["Boréal", "Horizon", "Élégance", "Azur", "Laurentien", "Signature", "Prestige", "Équilibre",
                 "Vitalité", "Harmonie", "Évasion", "Oasis", "Zénith", "Aurore", "Cascade", "Pinède", "Érablière",
                 "Soleil", "Étoile", "Montagne", "Rivière", "Saint-Laurent", "Estrie", "Memphré", "Massawippi",
                 "Champlain", "Richelieu", "Mille-Îles", "Montmorency", "Orléans", "Beauport", "Sillery",
                 "Chomedey", "Fleurimont", "Lennox", "Brome", "Yamaska", "Coaticook", "Chaudière", "Etchemin"]
LEGAL_VARIANTS = {
    "inc.": ["Inc.", "inc", "INC.", "Inc", "incorporée", "INC"],
    "ltée": ["Ltée", "ltee", "limitée", "Ltd", "LTÉE", "Ltee"],
    "enr.": ["enr", "Enr.", "ENR", "(enr.)"],
    "s.e.n.c.": ["senc", "S.E.N.C.", "s.e.n.c", "SENC"],
    "s.e.n.c.r.l.": ["senc.r.l.", "SENCRL", "s.e.n.c.r.l"],
    "Ltd.": ["Ltd", "Limited", "LTD", "Ltée", "Ltd"],
    "Inc.": ["Inc", "inc.", "Incorporated", "INC."],
}


# ---------------------------------------------------------------------------
# Organisation factories
# ---------------------------------------------------------------------------
USED_DOMAINS = set()
USED_NUMBERED = set()
_synd_pool = list(SYND_NAMES)
rng.shuffle(_synd_pool)
_cpe_pool = list(CPE_NAMES)
rng.shuffle(_cpe_pool)
_caisse_pool = list(CAISSE_NAMES)
rng.shuffle(_caisse_pool)


def company_name(e):
    if e["legal"]:
        return e["base"] + " " + e["legal"]
    return e["base"]


def company_key(s):
    s = slug(s, " ")
    s = re.sub(r"\b(inc|ltee|ltd|limitee|enr|senc|s e n c|cie|le|la|les|l)\b", " ", s)
    return " ".join(s.split())


def claim_company(name):
    k = company_key(name)
    if k in USED_COMPANY:
        return False
    USED_COMPANY.add(k)
    return True


DOMAIN_GENERIC = {"inc", "ltee", "ltd", "enr", "services", "service", "management", "group", "groupe", "property",
                  "the", "le", "la", "les", "de", "du", "des", "et", "and", "associes", "fils", "sons"}


def make_domain(words, tlds=(".ca", ".ca", ".com", ".qc.ca")):
    toks = []
    for w in words:
        toks += [t for t in slug(w, " ").split() if t]
    core = [t for t in toks if t not in DOMAIN_GENERIC] or toks
    cands = ["".join(core), "".join(toks), "-".join(core)]
    if len(core) >= 2:
        cands += [core[0] + "".join(t[0] for t in core[1:]), "".join(core[:2]), core[0] + "-" + core[1]]
    cands += ["".join(core) + x for x in ("inc", "qc", "mtl", "estrie", "quebec")]
    cands = [c for c in cands if 3 <= len(c) <= 26] or [core[0][:20]]
    for c in cands:
        for tld in rng.sample(list(dict.fromkeys(tlds)), len(set(tlds))):
            d = c + tld
            if d not in USED_DOMAINS:
                USED_DOMAINS.add(d)
                return d
    for i in range(2, 200):
        d = cands[0] + str(i) + tlds[0]
        if d not in USED_DOMAINS:
            USED_DOMAINS.add(d)
            return d
    raise RuntimeError("domain exhausted")


def claim_email(em):
    if em in USED_EMAILS:
        return None
    USED_EMAILS.add(em)
    return em


def mailbox(domain, boxes):
    for _ in range(40):
        em = claim_email(rng.choice(boxes) + "@" + domain)
        if em:
            return em
    for i in range(2, 200):
        em = claim_email("%s%d@%s" % (boxes[0], i, domain))
        if em:
            return em
    raise RuntimeError("mailbox exhausted")


def make_contact(city_key, origin=None, sex=None, register=True):
    origin = origin or pick_origin(city_key)
    sex = sex or rng.choice("MF")
    g, f = new_person_name(origin, sex, city_key, avoid_city=register)
    return {"given": g, "family": f, "sex": sex, "origin": origin}


def org_shell(kind, city_key, lang=None):
    c = CITIES[city_key]
    if lang is None:
        lang = "en" if (c["prov"] == "ON" or chance(c["en"] * 0.8)) else "fr"
    return {"id": new_entity_id(), "party": "org", "kind": kind, "lang": lang, "branch": c["branch"],
            "city": city_key, "base": None, "legal": None, "trade": None, "numbered": None, "stem": None,
            "contact": None, "staff": [], "email": None, "phone": None, "ext": None, "addr": None,
            "domain": None, "owner": False, "group": None, "chain": None, "manager": None, "former": None,
            "display": "company"}


def office_address(city_key, p_unit=0.45):
    if chance(p_unit):
        if CITIES[city_key]["prov"] == "ON":
            return new_address(city_key, unit=str(rng.choice([100, 110, 200, 201, 300, 405, 500])), ukind="suite")
        return new_address(city_key, unit=str(rng.choice([100, 101, 105, 110, 200, 201, 202, 210, 300, 302, 400])),
                           ukind=rng.choice(["bureau", "bureau", "local", "suite"]))
    return new_address(city_key)


def new_numbered(prov="QC"):
    for _ in range(200):
        first = rng.choice(["9", "9", "9", "9", "9", "2", "3", "1"])
        n = "%s%03d-%04d" % (first, rng.randint(0, 999), rng.randint(0, 9999))
        if n not in USED_NUMBERED:
            USED_NUMBERED.add(n)
            return n + (" Québec" if prov == "QC" else " Ontario")
    raise RuntimeError("numbers exhausted")


def make_property_manager(city_key):
    e = org_shell("property_manager", city_key, lang="fr")
    for _ in range(50):
        stem = rng.choice(PM_STEMS + FR_SURNAMES[:60])
        pat = rng.choice(["Gestion immobilière %s", "%s Gestion immobilière", "Gestion %s & Associés",
                          "Groupe immobilier %s", "Services immobiliers %s", "Gestion %s"])
        base = pat % stem
        if claim_company(base):
            break
    e["base"], e["legal"], e["stem"] = base, "inc.", stem
    e["domain"] = make_domain(["gestion", stem] if "Gestion" in base else ["gi", stem])
    e["addr"] = office_address(city_key, 0.7)
    e["phone"] = new_phone(city_key)
    e["email"] = mailbox(e["domain"], ["info", "comptabilite", "facturation", "admin"])
    staff = []
    for i in range(rng.randint(2, 4)):
        p = make_contact(city_key, origin="fr" if chance(0.85) else None)
        local = rng.choice([slug(p["given"])[0] + slug(p["family"]), slug(p["given"]) + "." + slug(p["family"])])
        p["email"] = claim_email(local + "@" + e["domain"]) or mailbox(e["domain"], [local + str(i + 2)])
        if chance(0.6):
            p["phone"], p["ext"] = e["phone"], str(200 + 10 * i + rng.randint(1, 9))
        else:
            p["phone"], p["ext"] = new_phone(city_key, cell=True), None
        staff.append(p)
    e["staff"] = staff
    e["contact"] = dict(staff[0])
    return e


def syndicat_name(addr):
    for _ in range(60):
        if _synd_pool and chance(0.85):
            n = _synd_pool.pop()
        else:
            n = rng.choice(["Les Condos ", "Les Jardins ", "Le Domaine ", "Les Habitations ", "Place ",
                            "Les Terrasses ", "Le Carré "]) + rng.choice(FR_WORD_STEMS)
        pat = pick_weighted([("Syndicat de copropriété %s", 7), ("Syndicat des copropriétaires %s", 2),
                             ("ADDR", 1)])
        if pat == "ADDR":
            base = "Syndicat des copropriétaires du %s, %s" % (addr["civic"], street_text(addr))
            stem = addr["civic"]
        else:
            base = pat % n
            stem = re.sub(r"^(Les Condos |Les Jardins |Le Domaine |Les Habitations |Les Terrasses |Le Carré |Place |"
                          r"Le |La |Les |L')", "", n)
        if claim_company(base):
            return base, stem
    raise RuntimeError("syndicat names exhausted")


def make_syndicat(city_key, mgr=None):
    """mgr: (firm entity, staff dict) or None for a self-managed syndicat."""
    e = org_shell("syndicat", city_key, lang="fr")
    e["addr"] = new_address(city_key)
    e["base"], e["stem"] = syndicat_name(e["addr"])
    if mgr:
        firm, st = mgr
        e["manager"] = firm["id"]
        e["contact"] = {k: st[k] for k in ("given", "family", "sex", "origin")}
        e["email"], e["phone"], e["ext"] = st["email"], st["phone"], st["ext"]
        e["domain"] = firm["domain"]
    else:
        p = make_contact(city_key)
        e["contact"] = p
        e["phone"] = new_phone(city_key, cell=True)
        if chance(0.5):
            e["email"] = claim_email("sdc." + slug(e["stem"])[:18] + "@" + rng.choice(["gmail.com", "gmail.com", "outlook.com"])) \
                or person_email(p["given"], p["family"], e["branch"])
        else:
            e["email"] = person_email(p["given"], p["family"], e["branch"])
    return e


def trade_words(trade, lang):
    return TRADE_EN[trade] if lang == "en" else trade


def make_contractor(city_key, owner=None, trade=None, stem=None, lang=None, force_owner_name=False):
    e = org_shell("contractor", city_key, lang=lang)
    owner = owner or make_contact(city_key, origin="en" if e["lang"] == "en" else ("fr" if chance(0.85) else None))
    e["contact"] = owner
    for _ in range(60):
        t = trade or rng.choice(TRADES)
        g, f = owner["given"], owner["family"]
        gi = "-".join(x[0] + "." for x in g.split("-"))
        if e["lang"] == "en":
            opts = [("%s %s" % (f, trade_words(t, "en")), "Inc.", f, True, 5),
                    ("%s & Sons %s" % (f, trade_words(t, "en")), "Ltd.", f, True, 2),
                    ("%s %s" % (stem or rng.choice(QC_EN_STEMS), trade_words(t, "en")), "Inc.", None, False, 3)]
        else:
            opts = [("%s %s" % (t, f), "inc.", f, True, 6),
                    ("%s %s %s" % (t, gi, f), "inc.", f, True, 3),
                    ("Les Entreprises %s %s" % (g, f), "inc.", f, True, 3),
                    ("%s & Fils %s" % (f, t), "inc.", f, True, 2),
                    ("Entrepreneur général %s" % f, "inc.", f, True, 1),
                    ("Groupe %s %s" % (f, t), "inc.", f, True, 1),
                    ("%s %s" % (t, stem or rng.choice(FR_WORD_STEMS)), rng.choice(["inc.", "inc.", "ltée"]), None, False, 3),
                    ("%s %s" % (t, f), "enr.", f, True, 1)]
        if force_owner_name:
            opts = [o for o in opts if o[3]]
        if stem:
            opts = [o for o in opts if (o[2] == stem) or (o[2] is None)]
        base, legal, st, own, _w = pick_weighted([(o, o[4]) for o in opts])
        if claim_company(base):
            break
    e["base"], e["legal"] = base, legal
    e["stem"] = st or (stem or base.split(" ")[-1])
    if st is None:
        e["stem"] = base.replace(trade_words(t, e["lang"]), "").strip()
    e["owner"] = own
    e["trade_word"] = t
    e["addr"] = office_address(city_key, 0.25) if chance(0.6) else new_address(city_key)
    if chance(0.55):
        e["domain"] = make_domain([base.split(" ")[0], f] if own else [base])
        e["email"] = mailbox(e["domain"], ["info", "admin", "bureau", "comptabilite", slug(owner["given"]), "soumission"])
        e["phone"] = new_phone(city_key)
    else:
        e["email"] = person_email(owner["given"], owner["family"], e["branch"]) if chance(0.5) else \
            (claim_email(slug(base)[:22] + "@" + pick_weighted(FREE_MAIL[e["branch"]])) or
             person_email(owner["given"], owner["family"], e["branch"]))
        e["phone"] = new_phone(city_key, cell=True)
    return e


def make_restaurant(city_key, chain=None, location=None):
    kind = chain[2] if chain else "restaurant"
    e = org_shell(kind, city_key, lang="fr" if chance(0.9) else "en")
    owner = make_contact(city_key)
    e["contact"] = owner
    if chain:
        cname, cdom, _k = chain
        loc = location or CITIES[city_key]["name"]
        e["chain"] = cname
        e["stem"] = cname
        e["trade"] = "%s %s" % (cname, loc)
        if not claim_company(e["trade"]):
            e["trade"] = "%s %s %s" % (cname, loc, rng.choice(["Centre", "Nord", "Sud", "Est", "Ouest", "2"]))
            claim_company(e["trade"])
        if chance(0.6):
            e["numbered"] = new_numbered()
            e["base"], e["legal"] = e["numbered"], "inc."
        else:
            e["base"], e["legal"] = "Restauration %s" % owner["family"], "inc."
            claim_company(e["base"] + " " + slug(loc))
        e["display"] = rng.choice(["trade", "trade_legal"])
        e["domain"] = cdom
        if chance(0.65):
            e["email"] = claim_email(slug(loc)[:16] + "@" + cdom) or mailbox(cdom, [slug(loc)[:10] + "2"])
        else:
            e["email"] = person_email(owner["given"], owner["family"], e["branch"])
        e["addr"] = new_address(city_key)
        e["phone"] = new_phone(city_key)
        return e
    for _ in range(60):
        pre = pick_weighted(RESTO_PREFIX) if kind == "restaurant" else "Dépanneur"
        nm = rng.choice(RESTO_FIT.get(pre) or RESTO_NAMES)
        trade = "%s %s" % (pre, nm)
        if nm in ("Le Grill du Lac", "La Poutinerie du Village") or (pre == "Restaurant" and chance(0.25)):
            trade = nm if nm.startswith(("Le ", "La ")) else trade
        if claim_company(trade):
            break
    e["stem"] = re.sub(r"^(Chez |Le |La |L'|Les |Il |Da |du |Aux )", "", nm)
    if trade == nm:
        e["stem"] = re.sub(r"^(Le |La )", "", nm)
    if chance(0.45):
        e["trade"] = trade
        e["numbered"] = new_numbered()
        e["base"], e["legal"] = e["numbered"], "inc."
        e["display"] = rng.choice(["trade", "trade_legal", "legal_faso"])
    else:
        e["base"], e["legal"] = trade, rng.choice(["inc.", "inc.", None, "enr."])
    e["addr"] = new_address(city_key)
    e["phone"] = new_phone(city_key)
    if chance(0.4):
        e["domain"] = make_domain([nm])
        e["email"] = mailbox(e["domain"], ["info", "resto", "reservation", "admin"])
    else:
        e["email"] = claim_email(slug(trade)[:20] + "@" + pick_weighted(FREE_MAIL[e["branch"]])) or \
            person_email(owner["given"], owner["family"], e["branch"])
    return e


def make_depanneur(city_key, chain=None, location=None):
    if chain:
        return make_restaurant(city_key, chain=chain, location=location)
    e = org_shell("depanneur", city_key, lang="fr")
    owner = make_contact(city_key)
    e["contact"] = owner
    for _ in range(60):
        nm = rng.choice(DEP_NAMES + [owner["family"], CITIES[city_key]["name"]])
        base = "Dépanneur %s" % nm
        if claim_company(base):
            break
        base = "Dépanneur %s %s" % (nm, rng.choice(CITIES[city_key]["streets"])[1])
        if claim_company(base):
            break
    e["stem"] = nm
    r = rng.random()
    if r < 0.3:
        e["trade"] = base
        e["numbered"] = new_numbered()
        e["base"], e["legal"] = e["numbered"], "inc."
        e["display"] = rng.choice(["trade", "trade_legal"])
    else:
        e["base"], e["legal"] = base, rng.choice(["enr.", "inc.", None])
    e["addr"] = new_address(city_key)
    e["phone"] = new_phone(city_key)
    e["email"] = person_email(owner["given"], owner["family"], e["branch"]) if chance(0.6) else \
        (claim_email("dep" + slug(nm)[:14] + "@" + pick_weighted(FREE_MAIL[e["branch"]])) or
         person_email(owner["given"], owner["family"], e["branch"]))
    return e


def make_cpe(city_key):
    e = org_shell("cpe", city_key, lang="fr")
    for _ in range(60):
        nm = _cpe_pool.pop() if _cpe_pool else "Les Petits " + rng.choice(FR_WORD_STEMS)
        base = "CPE %s" % nm
        if claim_company(base):
            break
    e["base"], e["legal"], e["stem"] = base, None, nm
    if chance(0.3):
        e["base"] = "Centre de la petite enfance %s" % nm
    e["contact"] = make_contact(city_key, sex="F" if chance(0.85) else "M")
    e["domain"] = make_domain(["cpe", nm]) if chance(0.6) else None
    if e["domain"]:
        e["email"] = mailbox(e["domain"], ["direction", "admin", "info", "cpe"])
    else:
        e["email"] = claim_email("cpe." + slug(nm)[:18] + "@" + pick_weighted(FREE_MAIL[e["branch"]])) or \
            person_email(e["contact"]["given"], e["contact"]["family"], e["branch"])
    e["addr"] = new_address(city_key)
    e["phone"] = new_phone(city_key)
    return e


def make_caisse(city_key):
    e = org_shell("caisse", city_key, lang="fr")
    for _ in range(40):
        nm = _caisse_pool.pop() if _caisse_pool else "de " + CITIES[city_key]["name"]
        base = "Caisse Desjardins %s" % nm
        if claim_company(base):
            break
    e["base"], e["stem"] = base, nm
    e["contact"] = make_contact(city_key)
    e["domain"] = "desjardins.example"
    e["email"] = mailbox("desjardins.example", ["caisse." + slug(nm)[:18], "immeubles." + slug(nm)[:14]])
    e["addr"] = office_address(city_key, 0.2)
    e["phone"] = new_phone(city_key)
    e["ext"] = str(rng.randint(7000, 7999)) if chance(0.5) else None
    return e


def make_municipality(city_key, name):
    e = org_shell("municipality", city_key, lang="fr")
    claim_company(name)
    e["base"] = name
    e["stem"] = CITIES[city_key]["name"]
    e["contact"] = make_contact(city_key)
    e["domain"] = slug(name.replace("Municipalité du ", "").replace("Municipalité de ", "").replace("Ville de ", "ville-"), "-")[:30] + ".example"
    USED_DOMAINS.add(e["domain"])
    e["email"] = mailbox(e["domain"], ["travauxpublics", "comptesapayer", "batiments", "greffe", "tp"])
    e["addr"] = new_address(city_key)
    e["phone"] = new_phone(city_key)
    e["ext"] = str(rng.randint(100, 4999)) if chance(0.6) else None
    return e


def make_school(city_key, name, former):
    e = org_shell("school_centre", city_key, lang="en" if "Board" in name else "fr")
    claim_company(name)
    e["base"], e["former"] = name, former
    e["stem"] = re.sub(r"^(Centre de services scolaire (de la |des |de |du )?)", "", name)
    e["contact"] = make_contact(city_key)
    e["domain"] = slug(e["stem"])[:20] + "-scolaire.example"
    USED_DOMAINS.add(e["domain"])
    e["email"] = mailbox(e["domain"], ["ressources.materielles", "comptes.payables", "entretien", "rm"])
    e["addr"] = office_address(city_key, 0.1)
    e["phone"] = new_phone(city_key)
    e["ext"] = str(rng.randint(1000, 6999)) if chance(0.7) else None
    return e


def numbered_trade(owner, city_key):
    f = owner["family"]
    return pick_weighted([("Rénovations %s" % f, 3), ("Immeubles %s" % f, 3), ("Location %s" % f, 1),
                          ("Gestion %s" % f, 2), ("Les Habitations %s" % rng.choice(FR_WORD_STEMS), 2),
                          ("Plex %s" % rng.choice(FR_WORD_STEMS), 1), ("Immobilier %s" % rng.choice(FR_WORD_STEMS), 2),
                          ("Entretien %s" % f, 1), ("Toitures %s" % f, 1), ("Excavation %s" % f, 1)])


def make_numbered(city_key, owner=None, with_trade=None):
    e = org_shell("numbered_company", city_key, lang="fr")
    owner = owner or make_contact(city_key, origin="fr" if chance(0.8) else None)
    e["contact"] = owner
    e["numbered"] = new_numbered()
    e["base"], e["legal"] = e["numbered"], "inc."
    claim_company(e["numbered"])
    if with_trade is None:
        with_trade = chance(0.72)
    if with_trade:
        for _ in range(30):
            t = numbered_trade(owner, city_key)
            if claim_company(t):
                break
        e["trade"] = t
        e["display"] = pick_weighted([("trade_legal", 4), ("legal_faso", 3), ("faso_company", 3)])
        e["stem"] = t.split(" ", 1)[1] if " " in t else t
    else:
        e["display"] = "company"
        e["stem"] = e["numbered"][:9]
    e["owner"] = True
    e["addr"] = new_address(city_key) if chance(0.6) else office_address(city_key, 0.5)
    e["phone"] = new_phone(city_key, cell=chance(0.6))
    if chance(0.3) and e["trade"]:
        e["domain"] = make_domain([e["trade"]])
        e["email"] = mailbox(e["domain"], ["info", "admin", slug(owner["given"])])
    else:
        e["email"] = person_email(owner["given"], owner["family"], e["branch"])
    return e


def make_ontario(city_key):
    e = org_shell("ontario_firm", city_key, lang="en")
    owner = make_contact(city_key, origin="en" if chance(0.8) else "fr")
    e["contact"] = owner
    for _ in range(60):
        stem = rng.choice(EN_PLACE_STEMS + [owner["family"]] * 2)
        base = "%s %s" % (stem, rng.choice(EN_FIRM_KINDS))
        if claim_company(base):
            break
    e["base"], e["legal"], e["stem"] = base, rng.choice(["Ltd.", "Inc.", "Inc.", "Ltd."]), stem
    e["domain"] = make_domain([base.replace("Property Management", "pm").replace("Hospitality Group", "hospitality")],
                              tlds=(".ca", ".com", ".ca"))
    e["email"] = mailbox(e["domain"], ["info", "accounts", "ap", "office", slug(owner["given"])])
    e["addr"] = office_address(city_key, 0.5)
    e["phone"] = new_phone(city_key)
    e["ext"] = str(rng.randint(100, 299)) if chance(0.3) else None
    return e


def make_commercial(city_key, sub=None, owner=None):
    sub = sub or pick_weighted(COMMERCIAL)
    c = CITIES[city_key]
    lang = "en" if chance(c["en"] * 0.8) else "fr"
    e = org_shell("commercial", city_key, lang=lang)
    practitioner = sub in ("dental", "pharmacy", "notary", "physio", "vet", "cpa")
    owner = owner or make_contact(city_key, origin="en" if lang == "en" else None)
    e["contact"] = owner
    g, f = owner["given"], owner["family"]
    word = rng.choice(FR_WORD_STEMS)
    dr = "Dre" if owner["sex"] == "F" else "Dr"
    me = "Me"
    if lang == "en":
        table = {
            "dental": [("%s Dental Centre" % word, "Inc.", word, False), ("Dr. %s %s Dental Clinic" % (g, f), "Inc.", f, True)],
            "vet": [("%s Veterinary Clinic" % word, "Inc.", word, False)],
            "pharmacy": [("%s %s Pharmacy" % (g, f), "Inc.", f, True)],
            "garage": [("%s Auto Repair" % word, "Inc.", word, False), ("%s & Sons Garage" % f, "Ltd.", f, True)],
            "rpa": [("%s Manor" % word, "Inc.", word, False)],
            "auberge": [("%s Inn" % word, "Inc.", word, False)],
        }
    else:
        table = {}
    table_fr = {
        "dental": [("Clinique dentaire %s" % f, "inc.", f, True), ("Centre dentaire %s" % word, "inc.", word, False),
                   ("Clinique dentaire %s %s %s" % (dr, g, f), "inc.", f, True)],
        "vet": [("Hôpital vétérinaire %s" % word, "inc.", word, False), ("Clinique vétérinaire %s" % word, "inc.", word, False)],
        "pharmacy": [("Pharmacie %s %s" % (g, f), "inc.", f, True)],
        "notary": [("%s %s, notaire" % (g, f), None, f, True), ("%s %s %s, notaire" % (me, g, f), "inc.", f, True)],
        "garage": [("Garage %s & Fils" % f, "inc.", f, True), ("Garage %s" % word, "enr.", word, False),
                   ("Mécanique %s %s" % (g, f), "inc.", f, True)],
        "salon": [("Salon de coiffure %s" % word, None, word, False), ("Coiffure %s" % word, "enr.", word, False)],
        "rpa": [("Résidence %s" % word, "inc.", word, False), ("Manoir %s" % word, "inc.", word, False),
                ("Résidence Les Jardins %s" % word, "inc.", word, False)],
        "auberge": [("Auberge %s" % word, "inc.", word, False), ("Motel %s" % word, "inc.", word, False)],
        "fabrique": [("Fabrique de la paroisse %s" % rng.choice(["Saint-Joseph", "Sainte-Famille", "Saint-Jean-Baptiste",
                                                                  "Saint-Michel", "Sainte-Anne", "Saint-Luc", "Saint-Pierre",
                                                                  "Notre-Dame-de-l'Assomption", "Sainte-Thérèse-d'Avila",
                                                                  "Saint-François-d'Assise", "Sainte-Rose-de-Lima"]),
                      None, "paroisse", False)],
        "physio": [("Physio %s" % word, "inc.", word, False), ("Clinique de physiothérapie %s %s" % (g, f), "inc.", f, True)],
        "cpa": [("%s %s CPA" % (g, f), "inc.", f, True), ("%s, %s & Associés CPA" % (f, rng.choice(FR_SURNAMES)),
                                                          "s.e.n.c.r.l.", f, True)],
        "quincaillerie": [("Quincaillerie %s" % f, "inc.", f, True), ("Quincaillerie %s" % word, "inc.", word, False)],
        "gym": [("Gym %s" % word, "inc.", word, False), ("Centre de conditionnement %s" % word, "inc.", word, False)],
        "boucherie": [("Boucherie %s" % f, "inc.", f, True), ("Boucherie %s" % word, "inc.", word, False)],
        "fleuriste": [("Fleuriste %s" % word, "enr.", word, False)],
        "buanderie": [("Buanderie %s" % word, "enr.", word, False), ("Nettoyeur %s" % f, "inc.", f, True)],
        "lave_auto": [("Lave-auto %s" % word, "inc.", word, False)],
    }
    opts = table.get(sub) or table_fr[sub]
    for _ in range(30):
        base, legal, stem, own = rng.choice(opts)
        if claim_company(base):
            break
        base = "%s %s" % (base, c["name"])
        if claim_company(base):
            break
    e["base"], e["legal"], e["stem"], e["owner"] = base, legal, stem, own
    e["sub"] = sub
    e["practitioner"] = practitioner and own
    e["addr"] = office_address(city_key, 0.3) if sub in ("dental", "notary", "cpa", "physio") else new_address(city_key)
    e["phone"] = new_phone(city_key)
    if chance(0.55):
        e["domain"] = make_domain([base])
        e["email"] = mailbox(e["domain"], ["info", "admin", "reception", "comptabilite", slug(g)])
    else:
        e["email"] = person_email(g, f, e["branch"]) if own else \
            (claim_email(slug(base)[:20] + "@" + pick_weighted(FREE_MAIL[e["branch"]])) or person_email(g, f, e["branch"]))
    return e


# ---------------------------------------------------------------------------
# Source habits.  Each upstream system renders a customer its own way.
# ---------------------------------------------------------------------------
SOURCES = ["field_service", "booking_form", "legacy_accounting", "work_order"]


def sample_style(src, party, lang):
    P = pick_weighted
    st = {"src": src}
    if src == "accounting":
        st.update(disp=P([("first_last", 85), ("last_first", 15)]), case=P([("as", 96), ("upper", 4)]),
                  accents=P([("keep", 97), ("strip", 3)]), phone=P([("qc", 5), ("paren", 2.5), ("dash", 2.5)]),
                  ext_style="poste", comma=chance(0.6), type_form=P([("canon", 85), ("alt", 15)]),
                  saint=P([(None, 85), ("St-", 15)]), dir_form=P([("full", 9), ("abbr", 1)]),
                  unit_style=P([("line2", 8), ("merged", 2)]), unit_alt=chance(0.15),
                  english=(lang == "en" and chance(0.4)),
                  city=P([("canon", 92), ("accents_stripped", 5), ("saint_abbrev", 3)]),
                  region=P([("QC", 85), ("Québec", 10), ("Qc", 5)]),
                  postal=P([("std", 90), ("nospace", 7), ("dropped", 3)]),
                  country=P([("Canada", 80), ("CA", 15), (None, 5)]), email_case=False, email_keep=True)
    elif src == "field_service":
        st.update(disp=P([("last_first_nc", 35), ("last_first", 25), ("first_last", 40)]),
                  case=P([("upper", 45), ("as", 50), ("lower", 5)]),
                  accents=P([("keep", 50), ("strip", 38), ("mojibake", 12)]),
                  phone=P([("raw", 35), ("dash", 35), ("qc", 15), ("space", 15)]), ext_style=P([("poste", 1), ("x", 1), ("p", 1)]),
                  comma=chance(0.1), type_form=P([("alt", 5), ("canon", 3), ("drop", 2)]),
                  saint=P([("St-", 6), ("St ", 2), (None, 2)]), dir_form=P([("abbr", 6), ("full", 4)]),
                  unit_style=P([("merged", 55), ("prefix", 25), ("line2", 20)]), unit_alt=chance(0.7),
                  english=(lang == "en" and chance(0.15)),
                  city=P([("canon", 55), ("accents_stripped", 20), ("abbrev", 10), ("borough", 15)]),
                  region=P([("QC", 7), (None, 3)]), postal=P([("std", 30), ("nospace", 30), ("dropped", 40)]),
                  country=P([(None, 7), ("CA", 3)]), email_case=False, email_keep=chance(0.65))
    elif src == "booking_form":
        st.update(disp=P([("first_last", 95), ("last_first", 5)]), case=P([("as", 70), ("lower", 22), ("upper", 8)]),
                  accents=P([("keep", 62), ("strip", 38)]),
                  phone=P([("paren", 30), ("dash", 25), ("dot", 10), ("raw", 15), ("intl", 7), ("qc", 13)]),
                  ext_style="ext", comma=chance(0.15),
                  type_form=P([("canon", 4), ("alt", 6)]), saint=P([("St-", 4), ("St ", 1.5), (None, 4.5)]),
                  dir_form=P([("full", 5), ("abbr", 5)]), unit_style=P([("merged", 5), ("line2", 4), ("prefix", 1)]),
                  unit_alt=chance(0.8), english=(lang == "en" and chance(0.85)) or chance(0.04),
                  city=P([("canon", 50), ("english", 20), ("accents_stripped", 20), ("saint_abbrev", 10)]),
                  region=P([("Quebec", 35), ("QC", 40), ("Québec", 20), ("Qc", 5)]),
                  postal=P([("std", 40), ("nospace", 30), ("lower", 20), ("lowerspace", 10)]),
                  country=P([("Canada", 9), (None, 1)]), email_case=chance(0.08), email_keep=True)
    elif src == "legacy_accounting":
        st.update(disp=P([("last_first", 60), ("first_last", 40)]), case=P([("upper", 25), ("as", 75)]),
                  accents=P([("keep", 70), ("latin1", 18), ("strip", 12)]),
                  phone=P([("dash", 5), ("qc", 3), ("paren", 2)]), ext_style=P([("poste", 2), ("p", 1)]),
                  comma=chance(0.4), type_form=P([("alt", 6), ("canon", 4)]), saint=P([("St-", 6), (None, 4)]),
                  dir_form=P([("abbr", 5), ("full", 5)]), unit_style=P([("line2", 6), ("merged", 4)]),
                  unit_alt=chance(0.5), english=False,
                  city=P([("canon", 50), ("saint_abbrev", 25), ("accents_stripped", 25)]),
                  region=P([("PQ", 35), ("QC", 40), ("Qué.", 10), ("Québec", 15)]),
                  postal=P([("nospace", 60), ("std", 35), ("dropped", 5)]),
                  country=P([("CA", 5), (None, 4), ("Canada", 1)]), email_case=chance(0.1), email_keep=chance(0.9))
    elif src == "work_order":
        st.update(disp="company", case=P([("as", 85), ("upper", 15)]), accents=P([("keep", 80), ("strip", 20)]),
                  phone=P([("qc", 4), ("dash", 4), ("paren", 2)]), ext_style=P([("poste", 2), ("ext", 1)]),
                  comma=chance(0.5), type_form=P([("canon", 5), ("alt", 5)]), saint=P([(None, 6), ("St-", 4)]),
                  dir_form=P([("full", 7), ("abbr", 3)]), unit_style="line2", unit_alt=chance(0.4),
                  english=False, city=P([("canon", 70), ("borough", 15), ("accents_stripped", 15)]),
                  region=P([("QC", 9), ("Québec", 1)]), postal=P([("std", 8), ("dropped", 2)]),
                  country=P([("Canada", 5), (None, 5)]), email_case=False, email_keep=True)
    if st.get("english") and lang != "en":
        st["english"] = chance(0.3)
    return st


def W_add(W, field, what):
    if what not in W.setdefault(field, []):
        W[field].append(what)


# ---------------------------------------------------------------------------
# Address rendering
# ---------------------------------------------------------------------------
def unit_text(a, st, W):
    uk = a["ukind"] or "app"
    U = UNIT_WORDS.get(uk, UNIT_WORDS["app"])
    if st.get("unit_alt"):
        w = rng.choice(U["alt"])
        if w != U["canon"]:
            W_add(W, "address.line2", "unit_format")
            W_add(W, "address.line1", "unit_format")
    else:
        w = U["canon"]
    if st.get("english") and uk == "app":
        w = rng.choice(["Apt", "apt", "Apt.", "#", "Unit"])
        W_add(W, "address.line2", "unit_format")
    if w == "#":
        return "#" + a["unit"] if chance(0.5) else "# " + a["unit"]
    if w == "(enr.)":
        w = "app."
    return "%s %s" % (w, a["unit"])


def render_address(a, st, W):
    if a is None:
        return None
    c = CITIES[a["city"]]
    on = c["prov"] == "ON"
    english = st.get("english", False) or on
    tf = st.get("type_form", "canon")
    saint = st.get("saint")
    if saint and not has_saint(a["sname"]):
        saint = None
    if tf != "canon" and a["stype"]:
        W_add(W, "address.line1", "english_format" if (english and not on) else "street_abbrev")
    elif english and not on and STYPE.get(a["stype"], {}).get("en"):
        W_add(W, "address.line1", "english_format")
    if saint:
        W_add(W, "address.line1", "saint_abbrev")
    if a["sdir"] and st.get("dir_form") == "abbr":
        W_add(W, "address.line1", "dir_abbrev")
    street = street_text(a, type_form=("alt" if tf == "alt" else ("drop" if tf == "drop" else "canon")),
                         saint=saint, dir_form=st.get("dir_form", "full"), english=english and not on)
    if on:
        street = street_text(a, type_form=("canon" if tf == "canon" else "alt"), dir_form=st.get("dir_form", "full"),
                             english=True)
    civic = a["civic"]
    sep = ", " if (st.get("comma") and not english and not on) else " "
    line1 = civic + sep + street
    line2 = None
    if a["unit"]:
        us = st.get("unit_style", "line2")
        ut = unit_text(a, st, W)
        if us == "merged":
            line1 = line1 + ", " + ut if chance(0.7) else line1 + " " + ut
            W_add(W, "address.line1", "unit_merged")
            W_add(W, "address.line2", "unit_merged")
        elif us == "prefix" and not on:
            line1 = a["unit"] + "-" + line1.replace(", ", " ", 1)
            W_add(W, "address.line1", "unit_prefix")
            W_add(W, "address.line2", "unit_merged")
        else:
            line2 = ut
    # city
    cf = st.get("city", "canon")
    forms = city_forms(a["city"], a["postal"])
    cands = [t for w, t in forms if w == cf]
    if cf == "abbrev" and not cands:
        cands = [t for w, t in forms if w in ("accents_stripped", "saint_abbrev")]
        cf = "accents_stripped"
    if cf == "english" and not cands:
        cands = [t for w, t in forms if w in ("accents_stripped",)]
        cf = "accents_stripped"
    if not cands:
        cands, cf = [c["name"]], "canon"
    city = rng.choice(cands)
    if city != c["name"]:
        W_add(W, "address.city", {"typo": "typo"}.get(cf, cf))
    # region
    rf = st.get("region", "QC")
    if on:
        rf = {"QC": "ON", "Québec": "Ontario", "Quebec": "Ontario", "Qc": "Ont.", "PQ": "ON", "Qué.": "Ont.",
              "QUÉBEC": "ONT", None: None}.get(rf, "ON")
    region = rf
    if region is None:
        W_add(W, "address.region", "dropped")
    # postal
    pf = st.get("postal", "std")
    p = a["postal"]
    if pf == "dropped" or p is None:
        postal = None
        if p is not None:
            W_add(W, "address.postalCode", "dropped")
    elif pf == "nospace":
        postal = p.replace(" ", "")
    elif pf == "lower":
        postal = p.replace(" ", "").lower()
    elif pf == "lowerspace":
        postal = p.lower()
    else:
        postal = p
    country = st.get("country", "Canada")
    if country is None:
        W_add(W, "address.country", "dropped")
    return {"line1": line1, "line2": line2, "city": city, "region": region, "postalCode": postal,
            "country": country}


def postal_wrong(p):
    """A mistyped postal code: one character off (keeps the FSA letter)."""
    s = p.replace(" ", "")
    i = rng.choice([2, 3, 4, 5])
    ch = s[i]
    if ch.isdigit():
        n = str((int(ch) + rng.choice([1, 2, 7, 8])) % 10)
    else:
        n = rng.choice([x for x in POSTAL_LETTERS if x != ch.upper()])
    t = s[:i] + n + s[i + 1:]
    return t[:3] + " " + t[3:]


# ---------------------------------------------------------------------------
# Surface transforms over a finished contact
# ---------------------------------------------------------------------------
TEXT_FIELDS = [("displayName", None), ("givenName", None), ("familyName", None), ("companyName", None),
               ("address.line1", "line1"), ("address.line2", "line2"), ("address.city", "city")]


def get_f(ct, f):
    if f.startswith("address."):
        return ct["address"][f[8:]] if ct.get("address") else None
    return ct.get(f)


def set_f(ct, f, v):
    if f.startswith("address."):
        if ct.get("address"):
            ct["address"][f[8:]] = v
    else:
        ct[f] = v


def surface(ct, st, W, fields=None):
    fields = fields or [f for f, _ in TEXT_FIELDS]
    acc = st.get("accents", "keep")
    case = st.get("case", "as")
    mark = "?" if chance(0.6) else "\ufffd"
    for f in fields:
        v = get_f(ct, f)
        if not v:
            continue
        orig = v
        # technicians type in capitals first; the export mangles the bytes afterwards
        if case == "upper":
            v2 = v.upper()
        elif case == "lower" and f in ("displayName", "givenName", "familyName", "address.line1", "address.city"):
            v2 = v.lower()
        else:
            v2 = v
        if v2 != v:
            W_add(W, f, "case")
        v = v2
        if acc == "strip":
            v2 = strip_accents(v)
            if v2 != v:
                W_add(W, f, "accents_stripped")
            v = v2
        elif acc == "mojibake":
            v2 = mojibake(v)
            if v2 != v:
                W_add(W, f, "mojibake")
            v = v2
        elif acc == "latin1":
            v2 = latin1_broken(v, mark)
            if v2 != v:
                W_add(W, f, "encoding_lost")
            v = v2
        if v != orig:
            set_f(ct, f, v)
    if case == "upper" and ct.get("address") and ct["address"].get("postalCode"):
        ct["address"]["postalCode"] = ct["address"]["postalCode"].upper()


# ---------------------------------------------------------------------------
# State -> record
# ---------------------------------------------------------------------------
FASO = ["f.a.s.o.", "faisant affaire sous", "FASO", "f.a.s.o", "o/a", "faisant affaires sous le nom de"]


def base_state(e):
    s = {"party": e["party"], "email": e["email"], "phone": e["phone"], "ext": e.get("ext"),
         "addr": copy.deepcopy(e["addr"]), "title": None, "display_extra": None}
    if e["party"] == "person":
        s.update(given=e["given"], family=e["family"], suffix=e.get("suffix"), spouse=copy.deepcopy(e["spouse"]),
                 show_spouse=bool(e["spouse"]) and e.get("hh_style") == "both", company_spurious=None,
                 booked_by_spouse=False)
    else:
        s.update(company=company_name(e), trade=e["trade"], display=e["display"], faso=FASO[0],
                 contact=copy.deepcopy(e["contact"]))
    return s


def person_display(s, st):
    g, f = s["given"], s["family"]
    fmt = st.get("disp", "first_last")
    sp = s["spouse"] if s["show_spouse"] else None
    if s["booked_by_spouse"]:
        sp = None

    def one(g, f):
        if not g:
            return f
        if fmt == "last_first":
            return "%s, %s" % (f, g)
        if fmt == "last_first_nc":
            return "%s %s" % (f, g)
        return "%s %s" % (g, f)
    if sp:
        amp = rng.choice([" et ", " & ", " et "]) if st["src"] != "booking_form" or chance(0.5) else " and "
        if sp["family"] == f and fmt == "first_last" and g:
            d = "%s%s%s %s" % (g, amp, sp["given"], f)
        elif fmt == "last_first" and g:
            d = "%s, %s%s%s, %s" % (f, g, amp, sp["family"], sp["given"])
        else:
            d = one(g, f) + amp + one(sp["given"], sp["family"])
    else:
        d = one(g, f)
    if s.get("suffix"):
        d = d + " " + s["suffix"]
    if s.get("title"):
        d = s["title"] + " " + d
    return d


def org_display(s, st):
    mode = s["display"]
    comp, trade = s["company"], s["trade"]
    if mode == "trade" and trade:
        d, cn = trade, comp
    elif mode == "trade_only" and trade:
        d, cn = trade, trade
    elif mode == "trade_legal" and trade:
        d, cn = "%s (%s)" % (trade, comp), comp
    elif mode == "legal_faso" and trade:
        d = "%s %s %s" % (comp, s["faso"], trade)
        cn = d
    elif mode == "faso_company" and trade:
        d, cn = trade, "%s %s %s" % (comp, s["faso"], trade)
    else:
        d, cn = comp, comp
    if s.get("display_extra"):
        d = d + s["display_extra"]
    return d, cn


def render_state(s, st, W):
    ct = {}
    if s["party"] == "person":
        ct["displayName"] = person_display(s, st)
        ct["givenName"] = s["given"]
        ct["familyName"] = s["family"]
        ct["companyName"] = s["company_spurious"]
    else:
        d, cn = org_display(s, st)
        ct["displayName"] = d
        c = s["contact"]
        ct["givenName"] = c["given"] if c else None
        ct["familyName"] = c["family"] if c else None
        ct["companyName"] = cn
    em = s["email"]
    if em and st.get("email_case"):
        loc, dom = em.split("@")
        if chance(0.7):
            em2 = em[0].upper() + em[1:]
        else:
            em2 = "%s@%s" % (name_title(loc.replace(".", " ")).replace(" ", "."), dom.capitalize())
        if em2 != em:
            W_add(W, "email", "case")
        em = em2
    ct["email"] = em
    ct["phone"] = fmt_phone(s["phone"], st["phone"], s.get("ext"), st.get("ext_style", "poste")) if s["phone"] else None
    ct["address"] = render_address(s["addr"], st, W) if s["addr"] else None
    surface(ct, st, W)
    for k in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
        if ct.get(k) is not None:
            ct[k] = re.sub(r"\s+", " ", ct[k]).strip() or None
    return ct


# ---------------------------------------------------------------------------
# Semantic noise: person names
# ---------------------------------------------------------------------------
def op_person(s, e, op, W):
    g, f = s["given"], s["family"]
    if op == "nickname":
        sh = SHORTS.get(g) or []
        if not sh:
            return False
        s["given"] = rng.choice(sh)
        W_add(W, "givenName", "nickname")
        W_add(W, "displayName", "nickname")
    elif op == "initial":
        if not g:
            return False
        s["given"] = "-".join(x[0] + "." for x in g.split("-")) if chance(0.7) else g[0]
        W_add(W, "givenName", "initial")
        W_add(W, "displayName", "initial")
    elif op == "typo_given":
        if not g or len(g) < 4:
            return False
        s["given"] = typo(g)
        W_add(W, "givenName", "typo")
        W_add(W, "displayName", "typo")
    elif op == "typo_family":
        if not f or len(f) < 4:
            return False
        s["family"] = typo(f)
        W_add(W, "familyName", "typo")
        W_add(W, "displayName", "typo")
    elif op == "swapped":
        if not g:
            return False
        s["given"], s["family"] = f, g
        W_add(W, "givenName", "swapped")
        W_add(W, "familyName", "swapped")
        W_add(W, "displayName", "swapped")
    elif op == "drop_given":
        if not g:
            return False
        s["given"] = None
        s["title"] = ({"M": rng.choice(FR_TITLES_M), "F": rng.choice(FR_TITLES_F)} if e["lang"] == "fr" else
                      {"M": "Mr.", "F": rng.choice(EN_TITLES_F)})[e.get("sex", "M")] if chance(0.6) else None
        W_add(W, "givenName", "dropped")
        W_add(W, "displayName", "given_dropped")
    elif op == "title_added":
        sex = e.get("sex", "M")
        if s["booked_by_spouse"] and s["spouse"]:
            sex = s["spouse"]["sex"]
        s["title"] = rng.choice(FR_TITLES_M if sex == "M" else FR_TITLES_F) if e["lang"] == "fr" else \
            rng.choice(EN_TITLES_M if sex == "M" else EN_TITLES_F)
        W_add(W, "displayName", "title_added")
    elif op == "double_partial":
        if not f or "-" not in f:
            return False
        parts = f.split("-")
        if len(parts) != 2:
            return False
        r = rng.random()
        s["family"] = parts[0] if r < 0.4 else (parts[1] if r < 0.6 else parts[0] + " " + parts[1])
        W_add(W, "familyName", "double_surname_partial" if r < 0.6 else "format")
        W_add(W, "displayName", "double_surname_partial")
    elif op == "married_name":
        if e.get("sex") != "F":
            return False
        sp = e.get("spouse")
        if sp and sp["family"] != f:
            nf = sp["family"]
        elif e["origin"] in ("en", "it", "gr", "pt") and not sp:
            nf = rng.choice(EN_SURNAMES if e["origin"] == "en" else ALLO[e["origin"]][2])
        else:
            return False
        if nf == f:
            return False
        s["family"] = nf if chance(0.7) else "%s %s" % (f, nf)
        W_add(W, "familyName", "married_name")
        W_add(W, "displayName", "married_name")
    elif op == "spouse_books":
        sp = e.get("spouse")
        if not sp:
            return False
        s["given"], s["family"] = sp["given"], sp["family"]
        s["booked_by_spouse"] = True
        if sp["given"] != g:
            W_add(W, "givenName", "spouse")
        if sp["family"] != f:
            W_add(W, "familyName", "spouse")
        W_add(W, "displayName", "spouse")
    elif op == "spouse_added":
        if not e.get("spouse") or s["show_spouse"]:
            return False
        s["show_spouse"] = True
        W_add(W, "displayName", "spouse_added")
    elif op == "spouse_dropped":
        if not e.get("spouse") or not s["show_spouse"]:
            return False
        s["show_spouse"] = False
        W_add(W, "displayName", "spouse_dropped")
    elif op == "spurious_company":
        if s["company_spurious"]:
            return False
        s["company_spurious"] = rng.choice(["N/A", "n/a", "Particulier", "Aucune", "-", "Personnel", "Résidentiel",
                                            "%s, %s" % (f, g) if g else "N/A", "Maison", "none"])
        W_add(W, "companyName", "spurious")
    else:
        raise ValueError(op)
    return True


PERSON_OPS = {
    "field_service": [("swapped", 3), ("initial", 2), ("typo_given", 1.5), ("typo_family", 2), ("drop_given", 1.5),
                      ("title_added", 2), ("nickname", 1.5), ("double_partial", 2), ("spouse_dropped", 1.5)],
    "booking_form": [("nickname", 4), ("typo_given", 1), ("typo_family", 1.2), ("married_name", 1.5),
                     ("spouse_books", 2.5), ("title_added", 1), ("spurious_company", 1), ("double_partial", 1.5),
                     ("spouse_added", 1.5), ("initial", 0.5)],
    "legacy_accounting": [("typo_given", 1), ("typo_family", 1.5), ("initial", 1), ("spurious_company", 2),
                          ("swapped", 1), ("double_partial", 1), ("spouse_added", 1), ("married_name", 0.7),
                          ("title_added", 1), ("spouse_dropped", 1)],
}
NC_SAFE_PERSON = {"title_added", "typo_family", "spouse_added", "spouse_dropped", "swapped", "spurious_company"}


def person_ops(s, e, src, profile, W, nc=False, first=False):
    n = {"light": 1 if chance(0.35) else 0, "medium": rng.choice([1, 1, 2]), "harsh": rng.choice([2, 2, 3])}[profile]
    if nc:
        n = min(n, 1)
    menu = PERSON_OPS.get(src, PERSON_OPS["legacy_accounting"])
    if nc:
        menu = [(o, w) for o, w in menu if o in NC_SAFE_PERSON]
    if first:
        # a first sighting has nothing to be compared with: no wrong company field on it
        menu = [(o, w) for o, w in menu if o != "spurious_company"]
    done = []
    for _ in range(n * 4):
        if len(done) >= n or not menu:
            break
        op = pick_weighted(menu)
        if op in done:
            continue
        if op in ("swapped", "drop_given", "initial") and any(x in done for x in ("swapped", "drop_given", "initial")):
            continue
        if op in ("drop_given", "nickname", "typo_given", "initial") and "drop_given" in done:
            continue
        if op == "drop_given" and any(x in done for x in ("nickname", "typo_given", "initial")):
            continue
        if "swapped" in done and op in ("double_partial", "married_name", "spouse_books", "nickname", "initial",
                                        "drop_given"):
            continue
        if op in ("spouse_books", "married_name") and any(x in done for x in ("spouse_books", "married_name")):
            continue
        if op_person(s, e, op, W):
            done.append(op)
    return done


# ---------------------------------------------------------------------------
# Semantic noise: organisation names and contacts
# ---------------------------------------------------------------------------
ABBREV_RULES = {
    "syndicat": [("Syndicat de copropriété ", ["SDC ", "Synd. copr. ", "Syndicat copropriété ", "S.D.C. ",
                                               "Copropriété ", "Synd. de copropriété "]),
                 ("Syndicat des copropriétaires ", ["SDC ", "Synd. des copropriétaires ", "Syndicat copropriétaires ",
                                                    "Copropriétaires "])],
    "cpe": [("CPE ", ["Centre de la petite enfance ", "C.P.E. ", "Cpe "]),
            ("Centre de la petite enfance ", ["CPE ", "C.P.E. ", "Ctre petite enfance "])],
    "caisse": [("Caisse Desjardins ", ["Caisse ", "Desjardins ", "Caisse pop. Desjardins ", "Caisse populaire Desjardins "])],
    "municipality": [("Ville de ", ["Ville ", "V. de ", "Cité de "]),
                     ("Municipalité du Village de ", ["Village de ", "Mun. du Village de ", "Municipalité de "]),
                     ("Municipalité du Village d'", ["Village d'", "Mun. d'", "Municipalité d'"]),
                     ("Municipalité du Canton d'", ["Canton d'", "Mun. Canton d'"]),
                     ("Municipalité des cantons unis de ", ["Cantons unis de ", "Municipalité de "]),
                     ("Municipalité de ", ["Mun. de ", "Municipalité "])],
    "school_centre": [("Centre de services scolaire ", ["CSS ", "C.S.S. ", "Centre de services scol. "]),
                      ("School Board", ["S.B.", "School Brd", "SB"])],
    "contractor": [("Construction ", ["Const. ", "Constructions "]), ("Rénovations ", ["Réno ", "Rénovation ", "Renos "]),
                   ("Les Entreprises ", ["Entreprises ", "Ent. ", "Les Ent. "]), ("Entrepreneur général ", ["Entr. gén. ", "Entrepreneur "]),
                   (" & ", [" et ", " and "]), ("Groupe ", [""]), ("Excavation ", ["Exc. "]), ("Toitures ", ["Toiture "]),
                   (" Renovations", [" Reno"]), (" Construction", [" Const."])],
    "property_manager": [("Gestion immobilière ", ["Gestion immob. ", "G.I. ", "Gest. immobilière ", "Gestion immobiliere "]),
                         (" Gestion immobilière", [" Gestion immob.", " GI"]), (" & Associés", [" et associés", " & ass."]),
                         ("Services immobiliers ", ["Serv. immobiliers ", "Services immob. "]),
                         ("Groupe immobilier ", ["Groupe immob. ", "Gr. immobilier "])],
    "commercial": [("Clinique dentaire ", ["Clin. dentaire ", "Clinique dent. "]), ("Pharmacie ", ["Pharm. ", "Pharmacie "]),
                   ("Résidence ", ["Rés. ", "Residence "]), ("Hôpital vétérinaire ", ["Hôp. vétérinaire ", "Hôpital vét. "]),
                   ("Clinique vétérinaire ", ["Clinique vét. ", "Clin. vétérinaire "]),
                   ("Fabrique de la paroisse ", ["Paroisse ", "Fabrique "]), ("Quincaillerie ", ["Quinc. "]),
                   (" & Associés", [" et associés"]), (" & Fils", [" et Fils", " & fils"]), ("Salon de coiffure ", ["Coiffure "]),
                   ("Centre de conditionnement ", ["Centre cond. "]), ("Clinique de physiothérapie ", ["Physio "]),
                   (" Dental Centre", [" Dental Center", " Dental"]), (" Veterinary Clinic", [" Vet Clinic"]),
                   (" Auto Repair", [" Auto"]), (", notaire", [" notaire", ", notaires"])],
    "restaurant": [("Restaurant ", ["Resto ", "Rest. ", "Restaurant "]), ("Casse-croûte ", ["Casse-croute ", "Cass-croûte "]),
                   ("Pizzeria ", ["Pizzéria "]), ("Pizzéria ", ["Pizzeria "]), ("Resto-bar ", ["Resto bar ", "Bar "]),
                   ("Boulangerie ", ["Boul. "]), ("Déjeuners ", ["Déj. "])],
    "depanneur": [("Dépanneur ", ["Dép. ", "Dep ", "Depanneur ", "Dép "])],
    "ontario_firm": [("Property Management", ["Property Mgmt", "Prop. Mgmt"]), ("Mechanical", ["Mech."]),
                     ("Building Services", ["Bldg Services"]), ("Developments", ["Dev."]), ("Custom Homes", ["Custom Home"]),
                     ("Facilities Services", ["Facility Services"]), ("Hospitality Group", ["Hospitality"])],
    "numbered_company": [],
}


def abbrev_company(kind, name):
    rules = ABBREV_RULES.get(kind, []) + ([(" & ", [" et "])] if kind != "ontario_firm" else [(" & ", [" and "])])
    app = [(a, b) for a, b in rules if a in name]
    if not app:
        return None
    a, alts = rng.choice(app)
    alt = rng.choice(alts)
    t = name.replace(a, alt, 1).strip()
    return t if t != name else None


def numbered_format(name):
    m = re.match(r"^(\d{4})-(\d{4}) (Québec|Ontario)$", name)
    if not m:
        return None
    a, b, p = m.groups()
    opts = ["%s%s %s" % (a, b, p), "%s %s %s" % (a, b, p), "%s-%s %s" % (a, b, strip_accents(p)),
            "%s-%s Qc" % (a, b), "%s-%s QC" % (a, b)]
    return rng.choice(opts)


def op_org(s, e, op, W, src):
    if op == "legal_variant":
        if not e["legal"] or not s["company"].endswith(" " + e["legal"]):
            return False
        s["company"] = s["company"][:-len(e["legal"])] + rng.choice(LEGAL_VARIANTS[e["legal"]])
        W_add(W, "companyName", "legal_form")
        W_add(W, "displayName", "legal_form")
    elif op == "legal_dropped":
        if not e["legal"] or not s["company"].endswith(" " + e["legal"]):
            return False
        s["company"] = s["company"][:-len(e["legal"]) - 1]
        W_add(W, "companyName", "legal_form_dropped")
        W_add(W, "displayName", "legal_form_dropped")
    elif op == "abbrev":
        base = e["base"]
        t = abbrev_company(e["kind"], base)
        if not t:
            return False
        s["company"] = s["company"].replace(base, t, 1)
        s["trade"] = s["trade"]
        W_add(W, "companyName", "abbrev")
        W_add(W, "displayName", "abbrev")
    elif op == "trade_abbrev":
        if not s["trade"]:
            return False
        t = abbrev_company(e["kind"] if e["kind"] != "numbered_company" else "contractor", s["trade"])
        if not t:
            return False
        s["trade"] = t
        W_add(W, "companyName", "abbrev")
        W_add(W, "displayName", "abbrev")
    elif op == "numbered_format":
        if not e["numbered"]:
            return False
        t = numbered_format(e["numbered"])
        if not t:
            return False
        s["company"] = s["company"].replace(e["numbered"], t, 1)
        W_add(W, "companyName", "numbered_format")
        W_add(W, "displayName", "numbered_format")
    elif op in ("trade_only", "numbered_only", "faso"):
        if not e["trade"]:
            return False
        if op == "trade_only":
            s["display"] = "trade_only"
            W_add(W, "companyName", "trade_name")
            W_add(W, "displayName", "trade_name")
        elif op == "numbered_only":
            s["display"] = "company"
            W_add(W, "companyName", "numbered_name")
            W_add(W, "displayName", "numbered_name")
        else:
            s["display"] = rng.choice(["legal_faso", "faso_company", "trade_legal"])
            s["faso"] = rng.choice(FASO)
            W_add(W, "companyName", "faso_format")
            W_add(W, "displayName", "faso_format")
    elif op == "article_dropped":
        t = re.sub(r"\b(Les |Le |La )(?=[A-ZÉ])", "", s["company"], count=1)
        if t == s["company"]:
            return False
        s["company"] = t
        W_add(W, "companyName", "article_dropped")
        W_add(W, "displayName", "article_dropped")
    elif op == "saint_abbrev":
        if not has_saint(s["company"]):
            return False
        s["company"] = saint_abbrev(s["company"], rng.choice(["St-", "St "]))
        W_add(W, "companyName", "saint_abbrev")
        W_add(W, "displayName", "saint_abbrev")
    elif op == "typo":
        words = [w for w in s["company"].split(" ") if len(w) >= 5 and w.isalpha()]
        if not words:
            return False
        w = rng.choice(words)
        s["company"] = s["company"].replace(w, typo(w), 1)
        W_add(W, "companyName", "typo")
        W_add(W, "displayName", "typo")
    elif op == "former_name":
        if not e.get("former"):
            return False
        s["company"] = e["former"]
        W_add(W, "companyName", "former_name")
        W_add(W, "displayName", "former_name")
    elif op == "department":
        if e["kind"] not in ("municipality", "school_centre", "caisse", "property_manager"):
            return False
        dept = rng.choice([" - Travaux publics", " - Service des immeubles", " (Ressources matérielles)",
                           " - Comptes payables", " - Bâtiments"])
        s["display_extra"] = dept
        W_add(W, "displayName", "department_added")
    elif op == "address_appended":
        if not s["addr"]:
            return False
        s["display_extra"] = " - %s %s" % (s["addr"]["civic"], street_text(s["addr"], type_form="alt", saint="St-"))
        W_add(W, "displayName", "address_appended")
    elif op == "contact_changed":
        c = s["contact"]
        staff = []
        if e.get("manager"):
            firm = ENT_BY_ID.get(e["manager"])
            if firm:
                staff = [x for x in firm["staff"] if not c or x["family"] != c["family"]]
        if staff:
            nc = dict(rng.choice(staff))
            s["contact"] = {k: nc[k] for k in ("given", "family", "sex", "origin")}
            s["_staff"] = nc
        else:
            s["contact"] = make_contact(e["city"], origin="en" if e["lang"] == "en" else None, register=False)
        if c is None:
            W_add(W, "givenName", "contact_added")
            W_add(W, "familyName", "contact_added")
        else:
            W_add(W, "givenName", "contact_changed")
            W_add(W, "familyName", "contact_changed")
        s["contact_changed"] = True
    elif op == "contact_dropped":
        if not s["contact"]:
            return False
        s["contact"] = None
        W_add(W, "givenName", "dropped")
        W_add(W, "familyName", "dropped")
    elif op == "contact_nickname":
        c = s["contact"]
        if not c or not SHORTS.get(c["given"]):
            return False
        s["contact"] = dict(c, given=rng.choice(SHORTS[c["given"]]))
        W_add(W, "givenName", "nickname")
    elif op == "contact_typo":
        c = s["contact"]
        if not c or len(c["family"]) < 4:
            return False
        s["contact"] = dict(c, family=typo(c["family"]))
        W_add(W, "familyName", "typo")
    elif op == "contact_swapped":
        c = s["contact"]
        if not c:
            return False
        s["contact"] = dict(c, given=c["family"], family=c["given"])
        W_add(W, "givenName", "swapped")
        W_add(W, "familyName", "swapped")
    else:
        raise ValueError(op)
    return True


ORG_OPS = {
    "field_service": [("abbrev", 3), ("legal_dropped", 3), ("legal_variant", 1), ("contact_changed", 3),
                      ("contact_dropped", 1), ("typo", 2), ("trade_only", 3), ("article_dropped", 1),
                      ("saint_abbrev", 1), ("contact_swapped", 1), ("trade_abbrev", 1), ("numbered_format", 1)],
    "booking_form": [("legal_variant", 2), ("legal_dropped", 2), ("abbrev", 1), ("trade_only", 3), ("typo", 2),
                     ("contact_changed", 2), ("article_dropped", 1), ("contact_nickname", 1.5), ("saint_abbrev", 1)],
    "legacy_accounting": [("legal_variant", 3), ("abbrev", 2), ("numbered_only", 2), ("typo", 1), ("contact_changed", 1),
                          ("former_name", 4), ("numbered_format", 2), ("faso", 2), ("contact_typo", 1),
                          ("saint_abbrev", 1.5), ("contact_dropped", 1)],
    "work_order": [("abbrev", 4), ("contact_changed", 2.5), ("legal_dropped", 1), ("address_appended", 2),
                   ("department", 2), ("faso", 1.5), ("legal_variant", 1), ("contact_nickname", 1), ("typo", 1)],
}
NC_SAFE_ORG = {"legal_variant", "legal_dropped", "contact_changed", "contact_dropped", "contact_nickname",
               "contact_typo", "department", "saint_abbrev"}


def org_ops(s, e, src, profile, W, nc=False):
    n = {"light": 1 if chance(0.45) else 0, "medium": rng.choice([1, 2, 2]), "harsh": rng.choice([2, 3, 3])}[profile]
    if nc:
        n = min(n, 1)
    menu = ORG_OPS[src]
    if nc:
        menu = [(o, w) for o, w in menu if o in NC_SAFE_ORG]
    done = []
    for _ in range(n * 5):
        if len(done) >= n or not menu:
            break
        op = pick_weighted(menu)
        if op in done:
            continue
        if op.startswith("contact") and any(x.startswith("contact") for x in done):
            continue
        if op in ("legal_variant", "legal_dropped", "numbered_only") and \
                any(x in done for x in ("legal_variant", "legal_dropped", "numbered_only")):
            continue
        if op in ("trade_only", "numbered_only", "faso", "numbered_format") and \
                any(x in done for x in ("trade_only", "numbered_only", "faso", "numbered_format")):
            continue
        if op_org(s, e, op, W, src):
            done.append(op)
    return done


# ---------------------------------------------------------------------------
# Identifier plan: what happens to e-mail, phone and address in a record
# ---------------------------------------------------------------------------
ENT_BY_ID = {}


def email_typo(em):
    loc, dom = em.split("@")
    if dom in EMAIL_DOMAIN_TYPOS and chance(0.55):
        return loc + "@" + rng.choice(EMAIL_DOMAIN_TYPOS[dom])
    r = rng.random()
    if "." in loc and r < 0.35:
        return loc.replace(".", "", 1) + "@" + dom
    if "." in loc and r < 0.5:
        return loc.replace(".", "_", 1) + "@" + dom
    t = typo(loc)
    return (t if t != loc else loc + "1") + "@" + dom


def plan_identifiers(s, e, src, profile, keep, ref, st, W, nc=False):
    has = {"email": bool(ref and ref.get("email")), "phone": bool(ref and ref.get("phone")),
           "address": bool(ref and ref.get("address"))}
    # ---- e-mail
    if "email" in keep:
        pass
    elif ref is None:
        if not st.get("email_keep", True):
            s["email"] = None
    elif has["email"]:
        if src == "booking_form":
            how = pick_weighted([("new", 65), ("typo", 35)])
        elif src == "field_service":
            how = pick_weighted([("dropped", 50), ("new", 30), ("typo", 20)])
        elif src == "work_order":
            how = pick_weighted([("new", 70), ("typo", 20), ("dropped", 10)])
        else:
            how = pick_weighted([("new", 50), ("dropped", 30), ("typo", 20)])
        if how == "dropped":
            s["email"] = None
            W_add(W, "email", "dropped")
        elif how == "typo" and s["email"]:
            s["email"] = email_typo(s["email"])
            W_add(W, "email", "typo")
        else:
            stf = s.get("_staff")
            if stf and stf.get("email") and stf["email"] != e["email"]:
                s["email"] = stf["email"]
                W_add(W, "email", "contact_changed")
            else:
                s["email"] = new_email_for(e)
                W_add(W, "email", "new")
    else:
        if not (st.get("email_keep", True) and chance(0.7)) and src != "booking_form":
            s["email"] = None
        elif s["email"]:
            W_add(W, "email", "added")
    # ---- phone
    if "phone" in keep:
        if e["party"] == "org":
            if s.get("ext") and chance(0.3):
                s["ext"] = None
                W_add(W, "phone", "extension_dropped")
            elif not s.get("ext") and chance(0.12):
                s["ext"] = str(rng.randint(100, 299))
                W_add(W, "phone", "extension_added")
    elif has["phone"]:
        how = pick_weighted([("new_number", 55), ("digit_off", 25), ("dropped", 20 if src != "booking_form" else 0)])
        stf = s.get("_staff")
        if stf and stf.get("phone") and phone_key(stf["phone"]) != phone_key(e["phone"]) and how == "new_number":
            s["phone"], s["ext"] = stf["phone"], stf.get("ext")
            W_add(W, "phone", "contact_changed")
        elif how == "new_number":
            s["phone"] = new_phone(e["city"], cell=True)
            s["ext"] = None
            W_add(W, "phone", "new_number")
        elif how == "digit_off":
            s["phone"] = phone_digit_off(e["phone"])
            W_add(W, "phone", "digit_off")
        else:
            s["phone"] = None
            W_add(W, "phone", "dropped")
    elif ref is not None:
        if chance(0.2) and src != "booking_form":
            s["phone"] = None
        else:
            W_add(W, "phone", "added")
    # ---- address
    if "address" in keep:
        pass
    elif has["address"] and s["addr"]:
        kinds = [("moved", 60), ("civic_typo", 6)]
        if src in ("legacy_accounting", "work_order") and not nc:
            kinds.append(("dropped", 25))
        if e["party"] == "org" or e["kind"] in ("landlord",):
            kinds.append(("job_site", 25))
        if e["kind"] in ("syndicat", "municipality", "school_centre", "caisse", "cpe"):
            kinds = [(k, w) for k, w in kinds if k != "moved"]
            kinds.append(("billing_address" if e["kind"] == "syndicat" else "job_site", 60))
        how = pick_weighted(kinds)
        if nc and how == "civic_typo":
            how = "moved"
        a = s["addr"]
        if how == "moved":
            same_city = nc or chance(0.72)
            if e["party"] == "person":
                s["addr"] = move_address(a, same_city=same_city, branch=e["branch"])
            else:
                ck = a["city"] if same_city else pick_city("org", e["branch"], prov=CITIES[a["city"]]["prov"])
                s["addr"] = office_address(ck, 0.5)
            W_add(W, "address", "moved")
        elif how == "job_site":
            ck = a["city"] if (nc or chance(0.6)) else pick_city("person", e["branch"])
            s["addr"] = new_address(ck, unit=None)
            W_add(W, "address", "job_site")
        elif how == "billing_address":
            firm = ENT_BY_ID.get(e.get("manager")) if e.get("manager") else None
            if firm and not nc and chance(0.7):
                s["addr"] = copy.deepcopy(firm["addr"])
            else:
                ck = a["city"] if (nc or chance(0.6)) else pick_city("person", e["branch"])
                s["addr"] = new_address(ck, unit=str(rng.choice([1, 2, 3, 101, 202, 304])) if chance(0.4) else None,
                                        ukind="app")
            W_add(W, "address", "billing_address")
        elif how == "civic_typo":
            cv = a["civic"]
            if len(cv) >= 3 and chance(0.5):
                i = rng.randint(0, len(cv) - 2)
                ncv = cv[:i] + cv[i + 1] + cv[i] + cv[i + 2:]
            else:
                ncv = cv[:-1] + str((int(cv[-1]) + rng.choice([1, 2, 8, 9])) % 10)
            if ncv == cv or ncv.startswith("0"):
                ncv = str(int(cv) + 2)
            s["addr"] = dict(a, civic=ncv)
            W_add(W, "address.line1", "civic_typo")
        else:
            s["addr"] = None
            W_add(W, "address", "dropped")
    elif ref is not None and s["addr"]:
        if src in ("legacy_accounting",) and chance(0.4):
            s["addr"] = None
        else:
            W_add(W, "address", "added")


def post_noise(ct, s, e, profile, keep, W, nc=False):
    a = ct.get("address")
    if not a:
        return
    if profile in ("medium", "harsh"):
        if a.get("postalCode") and chance(0.12 if profile == "medium" else 0.2):
            a["postalCode"] = postal_wrong(a["postalCode"])
            W_add(W, "address.postalCode", "wrong")
        if a.get("line2") and chance(0.1):
            a["line2"] = None
            W_add(W, "address.line2", "unit_dropped")
        if chance(0.1 if profile == "medium" else 0.18):
            m = re.match(r"^(\S+\s*,?\s*)(.*)$", a["line1"])
            if m:
                words = [w for w in m.group(2).split(" ") if len(w) >= 6 and w.isalpha()]
                if words:
                    w = rng.choice(words)
                    a["line1"] = m.group(1) + m.group(2).replace(w, typo(w), 1)
                    W_add(W, "address.line1", "typo")
    if profile == "harsh" and not nc and a.get("city") and len(a["city"]) >= 6 and chance(0.12):
        a["city"] = typo(a["city"])
        W_add(W, "address.city", "typo")


def make_variant(e, src, profile, keep, ref, nc=False, name_ops=True, first=False):
    W = {}
    s = base_state(e)
    st = sample_style(src, e["party"], e["lang"])
    if nc:
        st["city"] = rng.choice(["canon", "canon", "accents_stripped", "saint_abbrev"])
        if st.get("accents") in ("mojibake", "latin1"):
            st["accents"] = "strip"
    if name_ops:
        if e["party"] == "person":
            person_ops(s, e, src, profile, W, nc, first)
        else:
            org_ops(s, e, src, profile, W, nc)
    plan_identifiers(s, e, src, profile, keep, ref, st, W, nc)
    ct = render_state(s, st, W)
    if ref is not None:
        post_noise(ct, s, e, profile, keep, W, nc)
    return ct, W


# ---------------------------------------------------------------------------
# Comparison helpers (what a record really shares with another)
# ---------------------------------------------------------------------------
def fix_mojibake(s):
    if s and ("Ã" in s or "Â" in s):
        try:
            return s.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return s
    return s


def norm_text(s):
    s = fix_mojibake(s or "")
    s = strip_accents(s).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def email_key(s):
    return s.strip().lower() if s else None


STREET_STOP = {"rue", "boul", "boulevard", "blvd", "bd", "av", "ave", "avenue", "ch", "chemin", "rd", "road", "street",
               "st", "drive", "dr", "montee", "mtee", "route", "rte", "rang", "place", "pl", "prom", "promenade", "cote",
               "est", "ouest", "nord", "sud", "east", "west", "north", "south", "de", "des", "du", "la", "le", "les",
               "saint", "sainte", "ste", "app", "apt", "appartement", "unite", "unit", "suite", "bureau", "bur",
               "local", "loc", "logement", "sous", "sol", "ss", "bas", "r"}


def addr_parse(a):
    if not a:
        return None
    line = fix_mojibake(a.get("line1") or "")
    m = re.match(r"^\s*(?:\d+[A-Za-z]?\s*-\s*)?(\d+)\b(.*)$", line)
    if not m:
        return None
    civic, rest = m.group(1), m.group(2)
    rest = re.split(r",\s*(?:app|apt|unit|suite|bureau|local|#|logement|sous)", rest, flags=re.I)[0]
    rest = re.split(r"\s(?:app\.?|apt\.?|#)\s*\d", rest, flags=re.I)[0]
    toks = norm_text(rest).split()
    core = sorted(set(t for t in toks if len(t) >= 3 and t.isalpha() and t not in STREET_STOP))
    street = " ".join(t for t in toks if t not in STREET_STOP and not t.isdigit())
    pc = re.sub(r"\s+", "", (a.get("postalCode") or "")).upper() or None
    return civic, core, street, pc


def addr_shared(a, b):
    pa, pb = addr_parse(a), addr_parse(b)
    if not pa or not pb or pa[0] != pb[0]:
        return False
    if set(pa[1]) & set(pb[1]):
        return True
    if pa[3] and pb[3] and pa[3] == pb[3]:
        return True
    return SequenceMatcher(None, pa[2], pb[2]).ratio() >= 0.6


def city_norm(a):
    if not a or not a.get("city"):
        return None
    toks = norm_text(a["city"]).split()
    toks = [{"st": "saint", "ste": "sainte"}.get(t, t) for t in toks]
    return " ".join(toks)


def evidence_of(ct, ref):
    ev = []
    if ct.get("email") and ref.get("email") and email_key(ct["email"]) == email_key(ref["email"]):
        ev.append("email")
    if ct.get("phone") and ref.get("phone") and phone_key(ct["phone"]) == phone_key(ref["phone"]):
        ev.append("phone")
    if ct.get("address") and ref.get("address") and addr_shared(ct["address"], ref["address"]):
        ev.append("address")
    return ev


NAME_DROP = {"m", "mme", "mr", "mrs", "ms", "dr", "dre", "me", "monsieur", "madame", "fils", "pere", "jr", "sr",
             "junior", "senior"}
LEGAL_DROP = {"inc", "ltee", "ltd", "limitee", "limited", "enr", "senc", "incorporee", "incorporated", "s", "e", "n",
              "c", "r", "l", "senc", "sencrl", "le", "la", "les"}


def person_tokens(ct):
    src = " ".join(x for x in (ct.get("givenName"), ct.get("familyName")) if x) or (ct.get("displayName") or "")
    return sorted(t for t in norm_text(src).split() if t not in NAME_DROP)


def org_tokens(ct):
    src = ct.get("companyName") or ct.get("displayName") or ""
    return sorted(t for t in norm_text(src).split() if t not in LEGAL_DROP)


def name_sim(a, b, party):
    ta = person_tokens(a) if party == "person" else org_tokens(a)
    tb = person_tokens(b) if party == "person" else org_tokens(b)
    return SequenceMatcher(None, " ".join(ta), " ".join(tb)).ratio()


def family_tokens(ct):
    return set(t for t in norm_text(ct.get("familyName") or "").split()
               if len(t) >= 3 and t not in ("saint", "sainte", "st", "ste", "fils", "pere", "jr", "sr"))


def email_domain(ct):
    em = ct.get("email")
    if not em or "@" not in em:
        return None
    d = em.strip().lower().split("@", 1)[1]
    return None if d in ALL_FREE else d


def name_shared(a, pa, b, pb):
    if pa == "org" and pb == "org":
        return org_tokens(a) == org_tokens(b) and bool(org_tokens(a))
    if pa == "org":
        return False
    ta = person_tokens(a)
    if len(ta) < 2:
        return False
    if pb == "person":
        if ta == person_tokens(b):
            return True
        disp = set(t for t in norm_text(b.get("displayName") or "").split())
        return set(ta) <= disp
    contact = sorted(t for t in norm_text(" ".join(x for x in (b.get("givenName"), b.get("familyName")) if x)).split()
                     if t not in NAME_DROP)
    return ta == contact


def shared_of(a, pa, b, pb):
    out = []
    if name_shared(a, pa, b, pb):
        out.append("name")
    if family_tokens(a) & family_tokens(b):
        out.append("familyName")
    if a.get("email") and b.get("email") and email_key(a["email"]) == email_key(b["email"]):
        out.append("email")
    if email_domain(a) and email_domain(a) == email_domain(b):
        out.append("email_domain")
    if a.get("phone") and b.get("phone") and phone_key(a["phone"]) == phone_key(b["phone"]):
        out.append("phone")
    if a.get("address") and b.get("address") and addr_shared(a["address"], b["address"]):
        out.append("address")
    if city_norm(a.get("address")) and city_norm(a.get("address")) == city_norm(b.get("address")):
        out.append("city")
    return out


# ---------------------------------------------------------------------------
# Change lists
# ---------------------------------------------------------------------------
TOP_FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
ADDR_FIELDS = ["line1", "line2", "city", "region", "postalCode", "country"]


def _whats(Win, Wref, keys, vin, vref, default, null_default=None):
    if vin is None:
        w = []
        for k in keys:
            w += Win.get(k, [])
        return w or [null_default or "dropped"]
    if vref is None:
        w = []
        for k in keys:
            w += [x for x in Win.get(k, []) if x in ("spurious", "contact_added", "job_site", "moved",
                                                    "billing_address")]
        return w or [null_default or "added"]
    w = []
    for k in keys:
        w += Win.get(k, [])
    for k in keys:
        w += Wref.get(k, [])
    return w or [default]


def changes_of(ct, ref, Win, Wref, default="format", default_for=None):
    out = []
    hn = default_for is not None
    for f in TOP_FIELDS:
        if ct.get(f) != ref.get(f):
            d = default_for(f) if hn else default
            w = _whats(Win, Wref, [f], ct.get(f), ref.get(f), d, d if hn else None)
            out.append("%s:%s" % (f, "+".join(dict.fromkeys(w))))
    a, b = ct.get("address"), ref.get("address")
    if a is None and b is None:
        pass
    elif a is None or b is None:
        d = default_for("address") if hn else default
        w = _whats(Win, Wref, ["address"], a, b, d, d if hn else None)
        out.append("address:%s" % "+".join(dict.fromkeys(w)))
    else:
        for f in ADDR_FIELDS:
            if a.get(f) != b.get(f):
                d = default_for("address." + f) if hn else default
                w = _whats(Win, Wref, ["address." + f, "address"], a.get(f), b.get(f), d, d if hn else None)
                out.append("address.%s:%s" % (f, "+".join(dict.fromkeys(w))))
    return out


# ---------------------------------------------------------------------------
# World building: the customer list and the pools behind the incoming feed
# ---------------------------------------------------------------------------
def reg(e):
    ENT_BY_ID[e["id"]] = e
    return e


def branch_pick():
    return pick_weighted([("laval", 55), ("sherbrooke", 20), ("quebec", 25)])


def make_group(stem_family, city_key):
    """A family group of companies: one stem, one domain, one head office."""
    owner = {"given": pick_given("fr", "M"), "family": stem_family, "sex": "M", "origin": "fr"}
    USED_NAMECITY.add((name_key(owner["given"], owner["family"]), city_key))
    domain = make_domain(["groupe", stem_family])
    main = new_phone(city_key)
    office = office_address(city_key, 0.6)
    names = [("Construction %s" % stem_family, "inc.", "contractor"), ("Immeubles %s" % stem_family, "inc.", "property_owner"),
             ("Excavation %s" % stem_family, "inc.", "contractor"), ("Gestion %s & Fils" % stem_family, "inc.", "property_owner"),
             ("Location %s" % stem_family, "ltée", "property_owner"), ("Transport %s" % stem_family, "inc.", "contractor"),
             ("Béton %s" % stem_family, "inc.", "contractor"), ("Habitations %s" % stem_family, "inc.", "contractor")]
    rng.shuffle(names)
    members = []
    for i, (base, legal, kind) in enumerate(names[:3]):
        if not claim_company(base):
            continue
        e = org_shell(kind, city_key, lang="fr")
        e.update(base=base, legal=legal, stem=stem_family, domain=domain, group=stem_family)
        if i == 0 or chance(0.5):
            e["contact"] = dict(owner)
        else:
            e["contact"] = {"given": pick_given("fr", rng.choice("MF")), "family": stem_family if chance(0.6)
                            else pick_family("fr"), "sex": "M", "origin": "fr"}
        e["owner"] = e["contact"]["family"] == stem_family
        e["email"] = mailbox(domain, [rng.choice(["info", "admin", "comptabilite", "facturation"]) + "." +
                                      slug(base.split(" ")[0])[:8], slug(base.split(" ")[0])[:10]])
        if chance(0.55):
            e["phone"], e["ext"] = main, str(rng.randint(21, 39))
        else:
            e["phone"] = new_phone(city_key)
        e["addr"] = copy.deepcopy(office) if chance(0.6) else new_address(city_key)
        members.append(reg(e))
    return members


def render_existing(e):
    st = sample_style("accounting", e["party"], e["lang"])
    W = {}
    s = base_state(e)
    p_email, p_phone, p_addr = (0.15, 0.04, 0.05) if e["party"] == "person" else (0.06, 0.03, 0.04)
    drops = []
    if chance(p_email):
        drops.append("email")
    if chance(p_phone):
        drops.append("phone")
    if chance(p_addr):
        drops.append("addr")
    if len(drops) == 3:
        drops = drops[:2]
    for d in drops:
        s[d] = None
    ct = render_state(s, st, W)
    return ct, W


def build_existing():
    ents = []
    # property management firms: 8 are customers, 10 manage existing syndicats only, 2 manage new ones
    firms = []
    for i in range(20):
        b = ["laval"] * 11 + ["sherbrooke"] * 4 + ["quebec"] * 5
        firms.append(reg(make_property_manager(pick_city("org", b[i]))))
    rng.shuffle(firms)
    firms_existing, firms_hidden, firms_newonly = firms[:8], firms[8:18], firms[18:]
    for f in firms_existing:
        f["in_existing"] = True
    ents += firms_existing
    # managed syndicats (62), spread so every manager has at least two
    managed_firms = firms_existing + firms_hidden
    for i in range(62):
        firm = managed_firms[i % len(managed_firms)] if i < 2 * len(managed_firms) else rng.choice(managed_firms)
        staff = rng.choice(firm["staff"])
        ck = firm["city"] if chance(0.5) else pick_city("org", firm["branch"])
        ents.append(reg(make_syndicat(ck, mgr=(firm, staff))))
    for i in range(30):
        ents.append(reg(make_syndicat(pick_city("org", branch_pick()))))
    # family groups of companies
    groups = {}
    used_stems = set()
    for i in range(12):
        for _ in range(50):
            stem = rng.choice([x for x in FR_SURNAMES if "-" not in x and "'" not in x])
            if stem not in used_stems:
                used_stems.add(stem)
                break
        mem = make_group(stem, pick_city("org", branch_pick()))
        if len(mem) < 2:
            continue
        groups[stem] = mem
        k = 2 if (len(mem) >= 3 and chance(0.4)) else 1
        for m in mem[:k]:
            m["in_existing"] = True
            ents.append(m)
    # chains: two or three franchisees in the customer list
    chain_locs = {}
    for ch in CHAINS:
        chain_locs[ch[0]] = []
        n = 2 if ch[2] == "restaurant" else 2
        for _ in range(n):
            ck = pick_city("org", branch_pick())
            bor = list(CITIES[ck]["boroughs"].values())
            loc = rng.choice(bor) if bor and chance(0.6) else CITIES[ck]["name"]
            if loc in chain_locs[ch[0]]:
                continue
            chain_locs[ch[0]].append(loc)
            f = make_restaurant(ck, chain=ch, location=loc) if ch[2] == "restaurant" else make_depanneur(ck, chain=ch, location=loc)
            ents.append(reg(f))
    # public bodies
    twins = list(TWIN_MUNICIPALITIES.keys())
    munis = [m for m in MUNICIPALITIES if m[1] in twins]
    rest = [m for m in MUNICIPALITIES if m[1] not in twins]
    rng.shuffle(rest)
    munis += rest[:19]
    muni_left = rest[19:]
    for ck, name in munis:
        ents.append(reg(make_municipality(ck, name)))
    schools = list(SCHOOL_CENTRES)
    rng.shuffle(schools)
    for ck, name, former in schools[:12]:
        ents.append(reg(make_school(ck, name, former)))
    school_left = schools[12:]
    for _ in range(14):
        ents.append(reg(make_caisse(pick_city("org", branch_pick()))))
    for _ in range(28):
        ents.append(reg(make_cpe(pick_city("org", branch_pick()))))
    for _ in range(26):
        ents.append(reg(make_restaurant(pick_city("org", branch_pick()))))
    for _ in range(24):
        ents.append(reg(make_depanneur(pick_city("org", branch_pick()))))
    for _ in range(48):
        ents.append(reg(make_contractor(pick_city("org", branch_pick()))))
    for _ in range(80):
        ents.append(reg(make_numbered(pick_city("org", branch_pick()))))
    for _ in range(34):
        ents.append(reg(make_ontario(pick_city("org", None, prov="ON"))))
    n_org = 525
    while len(ents) < n_org:
        ents.append(reg(make_commercial(pick_city("org", branch_pick()))))
    assert len(ents) == n_org, len(ents)
    # persons
    persons = []
    while len(persons) < 975 - 15:
        persons.append(reg(make_person(branch=branch_pick())))
    # deliberate namesakes inside the customer list (QuickBooks needs "(City)" / "(2)")
    for i in range(15):
        src = rng.choice([p for p in persons if p["kind"] != "household"])
        if i < 12:
            for _ in range(20):
                ck = pick_city("person", branch_pick())
                if ck != src["city"] and (name_key(src["given"], src["family"]), ck) not in USED_NAMECITY:
                    break
            persons.append(reg(make_person(kind=rng.choice(["homeowner", "tenant", "condo_owner"]), city_key=ck,
                                           origin=src["origin"], sex=src["sex"], given=src["given"], family=src["family"])))
        else:
            persons.append(reg(make_person(kind="homeowner", city_key=src["city"], origin=src["origin"], sex=src["sex"],
                                           given=src["given"], family=src["family"], register_name=False)))
    ents += persons
    for e in ents:
        e["in_existing"] = True
    pools = {"firms_hidden": firms_hidden, "firms_newonly": firms_newonly, "groups": groups, "chain_locs": chain_locs,
             "muni_left": muni_left, "school_left": school_left}
    return ents, pools


def build_new(pools):
    ents = []
    for _ in range(262):
        ents.append(reg(make_person(branch=branch_pick())))
    n_managed = 0
    for firm in pools["firms_newonly"]:
        for staff in firm["staff"]:
            if staff["ext"]:
                staff["phone"], staff["ext"] = new_phone(firm["city"], cell=True), None
            ents.append(reg(make_syndicat(firm["city"] if chance(0.5) else pick_city("org", firm["branch"]),
                                          mgr=(firm, staff))))
            n_managed += 1
    for _ in range(20 - n_managed):
        ents.append(reg(make_syndicat(pick_city("org", branch_pick()))))
    for _ in range(18):
        ents.append(reg(make_contractor(pick_city("org", branch_pick()))))
    for _ in range(12):
        ents.append(reg(make_restaurant(pick_city("org", branch_pick()))))
    for _ in range(8):
        ents.append(reg(make_depanneur(pick_city("org", branch_pick()))))
    for _ in range(8):
        ents.append(reg(make_cpe(pick_city("org", branch_pick()))))
    for _ in range(3):
        ents.append(reg(make_caisse(pick_city("org", branch_pick()))))
    for ck, name in pools["muni_left"][:4]:
        ents.append(reg(make_municipality(ck, name)))
    for ck, name, former in pools["school_left"][:3]:
        ents.append(reg(make_school(ck, name, former)))
    for _ in range(22):
        ents.append(reg(make_numbered(pick_city("org", branch_pick()))))
    for _ in range(10):
        ents.append(reg(make_ontario(pick_city("org", None, prov="ON"))))
    while len(ents) < 400:
        ents.append(reg(make_commercial(pick_city("org", branch_pick()))))
    for e in ents:
        e["in_existing"] = False
    return ents


# ---------------------------------------------------------------------------
# Incoming records
# ---------------------------------------------------------------------------
def pick_source(e):
    k = e["kind"]
    if e["party"] == "person":
        return pick_weighted([("field_service", 40), ("booking_form", 38), ("legacy_accounting", 22)])
    if k == "syndicat":
        return pick_weighted([("work_order", 55), ("field_service", 20), ("legacy_accounting", 15), ("booking_form", 10)])
    if k in ("property_manager", "numbered_company", "property_owner"):
        return pick_weighted([("work_order", 25), ("field_service", 25), ("legacy_accounting", 30), ("booking_form", 20)])
    if k == "ontario_firm":
        return pick_weighted([("booking_form", 35), ("legacy_accounting", 40), ("field_service", 25)])
    return pick_weighted([("field_service", 35), ("legacy_accounting", 35), ("booking_form", 30)])


def pick_profile():
    return pick_weighted([("light", 35), ("medium", 40), ("harsh", 25)])


def choose_keep(profile, avail, e, nc_try):
    must = ["address"] if (e["kind"] == "syndicat" and e.get("manager") and "address" in avail) else []
    if nc_try and not must:
        return []
    if profile == "light":
        keep = list(avail)
        if len(keep) >= 2 and chance(0.2):
            keep.remove(rng.choice(keep))
    elif profile == "medium":
        n = min(len(avail), rng.choice([1, 2]))
        keep = rng.sample(avail, n)
    else:
        keep = rng.sample(avail, min(1, len(avail)))
    for m in must:
        if m not in keep:
            keep.append(m)
    return [k for k in ("email", "phone", "address") if k in keep]


def nc_findable(ct, ref, party, eid, pool, strict=True):
    ca, cr = city_norm(ct.get("address")), city_norm(ref.get("address"))
    if not ca or ca != cr:
        return False
    s_ref = name_sim(ct, ref, party)
    best_other = 0.0
    for oid, oct_, opty in pool.get(ca, []):
        if oid == eid or opty != party:
            continue
        best_other = max(best_other, name_sim(ct, oct_, party))
    lim, margin = (0.85, 0.15) if strict else (0.8, 0.1)
    return s_ref >= lim and s_ref - best_other >= margin


def build_repeat(e, ref_ct, pool, nc_share=0.07):
    avail = [k for k in ("email", "phone", "address") if ref_ct.get(k)]
    for attempt in range(60):
        profile = pick_profile()
        src = pick_source(e)
        nc_try = "address" in avail and attempt < 30 and chance(nc_share) and \
            not (e["party"] == "person" and e["kind"] == "household" and False)
        keep = choose_keep(profile, avail, e, nc_try)
        if not keep and not nc_try:
            continue
        ct, W = make_variant(e, src, profile, keep, ref_ct, nc=not keep)
        ev = evidence_of(ct, ref_ct)
        if ev:
            return ct, W, src, profile, ev, "identifier"
        if nc_findable(ct, ref_ct, e["party"], e["id"], pool):
            return ct, W, src, profile, ev, "name+city"
    raise RuntimeError("could not build a findable repeat for %s" % e["id"])


# ---------------------------------------------------------------------------
# Hard negatives: another customer under the rules, resembling an existing one
# ---------------------------------------------------------------------------
HN_PLAN = [
    ("namesake_other_city", 14), ("namesake_same_city", 10), ("parent_child_same_name", 10),
    ("household_member", 10), ("separated_spouse", 10), ("later_occupant", 12), ("other_unit_same_building", 12),
    ("sibling_syndicat_same_manager", 12), ("management_firm_vs_syndicat", 8), ("numbered_company_sibling", 10),
    ("group_other_company", 10), ("franchisee_other_location", 10), ("similar_name_other_trade", 8),
    ("proprietor_vs_firm", 6), ("practitioner_vs_clinic", 5), ("neighbouring_municipality", 3),
]
HN_RULES = {
    "namesake_other_city": "Same name as the existing customer but another person in another town; nothing else in common: the payer is a different individual.",
    "namesake_same_city": "Same name and same town, but a different person at another address with other phone and e-mail: a namesake is not the same payer.",
    "parent_child_same_name": "Father and son of one name (fils / père, Jr / Sr) are two customers, each paying for his own home.",
    "household_member": "An adult child living in the intergenerational unit of the same house pays their own calls: a household member billed on their own is another customer.",
    "separated_spouse": "The existing customer is a couple billed together; this spouse is billed apart at another address and is therefore their own customer.",
    "later_occupant": "The new owner of a house is a new customer, even at the same address and often with the old phone line kept for a while.",
    "other_unit_same_building": "Another unit of the same building (tenant, condo owner or syndicate vs unit owner) is another payer.",
    "sibling_syndicat_same_manager": "Each syndicat de copropriété is its own customer even when the same management firm's manager, e-mail and phone appear on both.",
    "management_firm_vs_syndicat": "The management firm that administers a syndicat is a separate customer from the syndicat it manages.",
    "numbered_company_sibling": "Two numbered companies are two customers, even when they have the same owner, e-mail or phone.",
    "group_other_company": "Another company of the same family group (same stem, same head office or domain) is a separate legal entity and a separate payer.",
    "franchisee_other_location": "A restaurant or store chain's franchisees are separate customers; this is another location with another owner.",
    "similar_name_other_trade": "A similarly named firm of another trade with another owner: sharing a surname in the company name does not make it the same customer.",
    "proprietor_vs_firm": "The owner paying for work at his or her own home is a person customer, distinct from the company he or she owns.",
    "practitioner_vs_clinic": "The practitioner (dentist, pharmacist, notary...) paying personally is distinct from the clinic or office billed as a company.",
    "neighbouring_municipality": "A canton (township) municipality and the town of the same name are distinct municipalities and distinct customers.",
}
HN_SOURCES_PERSON = [("field_service", 40), ("booking_form", 40), ("legacy_accounting", 20)]


def _other_city_for(e, same_branch_p=0.4):
    for _ in range(50):
        b = e["branch"] if chance(same_branch_p) else branch_pick()
        ck = pick_city("person", b)
        if ck != e["city"] and (name_key(e["given"], e["family"]), ck) not in USED_NAMECITY:
            return ck
    return "quebec" if e["city"] != "quebec" else "sherbrooke"


def hn_entity(t, a, pools):
    """Build the hard-negative entity for anchor a. Returns (entity, designed shared, stem, source)."""
    if t == "namesake_other_city":
        ck = _other_city_for(a)
        h = make_person(kind=rng.choice(["homeowner", "tenant", "condo_owner"]), city_key=ck, origin=a["origin"],
                        sex=a["sex"], given=a["given"], family=a["family"])
        return h, ["name", "familyName"], None, pick_weighted(HN_SOURCES_PERSON)
    if t == "namesake_same_city":
        h = make_person(kind=rng.choice(["homeowner", "tenant"]), city_key=a["city"], origin=a["origin"], sex=a["sex"],
                        given=a["given"], family=a["family"], register_name=False)
        return h, ["name", "familyName", "city"], None, pick_weighted(HN_SOURCES_PERSON)
    if t == "parent_child_same_name":
        ck = a["city"] if chance(0.6) else pick_city("person", a["branch"])
        h = make_person(kind="homeowner", city_key=ck, origin=a["origin"], sex="M", given=a["given"], family=a["family"],
                        register_name=False)
        if a["lang"] == "en":
            h["suffix"] = rng.choice(["Jr.", "Jr", "Sr."])
        else:
            h["suffix"] = rng.choice(["fils", "fils", "père"])
        return h, ["name", "familyName"], None, pick_weighted(HN_SOURCES_PERSON)
    if t == "household_member":
        fam = a["family"]
        sp = a.get("spouse")
        if sp and sp["family"] != fam and "-" not in fam and "-" not in sp["family"] and chance(0.5):
            fam = rng.choice(["%s-%s" % (fam, sp["family"]), "%s-%s" % (sp["family"], fam)])
        sex = rng.choice("MF")
        g = pick_given(a["origin"] if a["origin"] in ("fr", "en") else "fr", sex)
        addr = dict(a["addr"], unit=rng.choice(["B", "2", "1", "SS"]), ukind=rng.choice(["app", "app", "ss"]))
        if addr["unit"] == "SS":
            addr["ukind"] = "ss"
            addr["unit"] = "1"
        h = make_person(kind="tenant", city_key=a["city"], origin=a["origin"], sex=sex, given=g, family=fam, addr=addr,
                        phone=a["phone"] if (not a.get("phone_cell") and chance(0.3)) else None)
        return h, ["familyName", "address"], None, pick_weighted(HN_SOURCES_PERSON)
    if t == "separated_spouse":
        sp = a["spouse"]
        ck = a["city"] if chance(0.5) else pick_city("person", a["branch"])
        h = make_person(kind=rng.choice(["tenant", "homeowner", "condo_owner"]), city_key=ck, origin=a["origin"],
                        sex=sp["sex"], given=sp["given"], family=sp["family"], register_name=False)
        d = ["name"]
        if chance(0.25) and a["email"]:
            h["email"] = a["email"]
            d.append("email")
        return h, d, None, pick_weighted(HN_SOURCES_PERSON)
    if t == "later_occupant":
        addr = copy.deepcopy(a["addr"])
        h = make_person(kind=rng.choice(["homeowner", "household"]), city_key=a["city"], addr=addr,
                        phone=a["phone"] if (not a.get("phone_cell") and chance(0.55)) else None)
        d = ["address"] + (["phone"] if h["phone"] == a["phone"] else [])
        return h, d, None, pick_weighted(HN_SOURCES_PERSON)
    if t == "other_unit_same_building":
        units = ["101", "102", "103", "201", "202", "203", "204", "301", "302", "303", "401", "402", "4", "5", "6", "7"]
        u = rng.choice([x for x in units if x != a["addr"].get("unit")])
        addr = dict(a["addr"], unit=u, ukind=rng.choice(["app", "unite"]) if a["kind"] != "tenant" else "app")
        h = make_person(kind="condo_owner" if a["kind"] in ("condo_owner", "syndicat") else "tenant", city_key=a["city"],
                        addr=addr)
        return h, ["address"], None, pick_weighted(HN_SOURCES_PERSON)
    if t == "sibling_syndicat_same_manager":
        firm = ENT_BY_ID[a["manager"]]
        staff = [x for x in firm["staff"] if x["email"] == a["email"]] or firm["staff"][:1]
        ck = a["city"] if chance(0.6) else pick_city("org", firm["branch"])
        h = make_syndicat(ck, mgr=(firm, staff[0]))
        return h, ["email", "phone"], None, pick_weighted([("work_order", 70), ("legacy_accounting", 15), ("field_service", 15)])
    if t == "management_firm_vs_syndicat":
        firm = copy.deepcopy(ENT_BY_ID[a["manager"]])
        firm["id"] = ENT_BY_ID[a["manager"]]["id"]
        mgr = [x for x in firm["staff"] if x["email"] == a["email"]]
        d = ["email_domain"]
        if mgr and chance(0.5):
            firm["contact"] = {k: mgr[0][k] for k in ("given", "family", "sex", "origin")}
            if chance(0.4):
                firm["email"] = mgr[0]["email"]
                d.append("email")
        return firm, d, None, pick_weighted([("work_order", 40), ("legacy_accounting", 35), ("booking_form", 25)])
    if t == "numbered_company_sibling":
        ck = a["city"] if chance(0.5) else pick_city("org", a["branch"])
        h = make_numbered(ck, owner=dict(a["contact"]), with_trade=chance(0.5))
        d = ["familyName"]
        if chance(0.6) and a["email"] and not a.get("domain"):
            h["email"] = a["email"]
            d.append("email")
        if chance(0.5):
            h["phone"] = a["phone"]
            d.append("phone")
        return h, d, None, pick_weighted([("legacy_accounting", 40), ("work_order", 30), ("booking_form", 30)])
    if t == "group_other_company":
        sib = [m for m in pools["groups"][a["group"]] if not m.get("in_existing") and not m.get("hn_used")]
        h = sib[0]
        h["hn_used"] = True
        return h, ["company_stem", "email_domain"], a["group"], pick_weighted([("legacy_accounting", 40), ("field_service", 30),
                                                                              ("booking_form", 30)])
    if t == "franchisee_other_location":
        ch = [c for c in CHAINS if c[0] == a["chain"]][0]
        for _ in range(40):
            ck = a["city"] if chance(0.4) else pick_city("org", branch_pick())
            bor = list(CITIES[ck]["boroughs"].values())
            loc = rng.choice(bor) if bor and chance(0.6) else CITIES[ck]["name"]
            if loc not in pools["chain_locs"][ch[0]]:
                break
        pools["chain_locs"][ch[0]].append(loc)
        h = make_restaurant(ck, chain=ch, location=loc) if ch[2] == "restaurant" else make_depanneur(ck, chain=ch, location=loc)
        return h, ["company_stem"], ch[0], pick_weighted([("field_service", 40), ("booking_form", 30), ("legacy_accounting", 30)])
    if t == "similar_name_other_trade":
        ck = a["city"] if chance(0.6) else pick_city("org", a["branch"])
        owner = {"given": pick_given("fr", "M"), "family": a["stem"], "sex": "M", "origin": "fr"}
        if owner["given"] == a["contact"]["given"]:
            owner["given"] = pick_given("fr", "F")
        tr = rng.choice([x for x in TRADES if x != a.get("trade_word")])
        h = make_contractor(ck, owner=owner, trade=tr, stem=a["stem"], lang="fr", force_owner_name=True)
        return h, ["company_stem", "familyName"], a["stem"], pick_weighted([("field_service", 35), ("booking_form", 35),
                                                                           ("legacy_accounting", 30)])
    if t in ("proprietor_vs_firm", "practitioner_vs_clinic"):
        c = a["contact"]
        ck = pick_city("person", a["branch"])
        h = make_person(kind=rng.choice(["homeowner", "homeowner", "condo_owner"]), city_key=ck, origin=c.get("origin") or "fr",
                        sex=c.get("sex") or "M", given=c["given"], family=c["family"], register_name=False)
        d = ["name", "familyName"]
        if chance(0.45) and a["phone"]:
            h["phone"] = a["phone"]
            d.append("phone")
        if chance(0.35) and a["email"] and not a.get("domain"):
            h["email"] = a["email"]
            d.append("email")
        return h, d, None, pick_weighted(HN_SOURCES_PERSON)
    if t == "neighbouring_municipality":
        ck, name, stem = TWIN_MUNICIPALITIES[a["base"]]
        h = make_municipality(ck, name)
        return h, ["company_stem"], stem, pick_weighted([("legacy_accounting", 50), ("field_service", 30), ("work_order", 20)])
    raise ValueError(t)


def hn_anchor_ok(t, a, ct, pools):
    k, p = a["kind"], a["party"]
    if t in ("namesake_other_city", "namesake_same_city"):
        return p == "person" and k != "household" and ct["givenName"] and ct["familyName"] and \
            (t == "namesake_other_city" or ct.get("address"))
    if t == "parent_child_same_name":
        return p == "person" and a["sex"] == "M" and k in ("homeowner", "household", "landlord") and ct["familyName"]
    if t == "household_member":
        return p == "person" and k in ("homeowner", "household") and not a["addr"]["unit"] and ct.get("address")
    if t == "separated_spouse":
        return p == "person" and k == "household" and a.get("hh_style") == "both" and \
            slug(a["spouse"]["family"]) in slug(ct["displayName"])
    if t == "later_occupant":
        return p == "person" and k in ("homeowner", "household", "landlord") and not a["addr"]["unit"] and ct.get("address")
    if t == "other_unit_same_building":
        return ((p == "person" and k in ("tenant", "condo_owner")) or (k == "syndicat" and not a.get("manager"))) and \
            ct.get("address")
    if t == "sibling_syndicat_same_manager":
        return k == "syndicat" and a.get("manager") and ct.get("email") and ct.get("phone")
    if t == "management_firm_vs_syndicat":
        firm = ENT_BY_ID.get(a.get("manager")) if a.get("manager") else None
        return k == "syndicat" and firm is not None and not firm.get("in_existing") and \
            firm in pools["firms_hidden"] and not firm.get("hn_used") and ct.get("email")
    if t == "numbered_company_sibling":
        return k == "numbered_company" and a.get("contact")
    if t == "group_other_company":
        return a.get("group") and any(not m.get("in_existing") and not m.get("hn_used") for m in pools["groups"][a["group"]]) \
            and ct.get("email")
    if t == "franchisee_other_location":
        return bool(a.get("chain"))
    if t == "similar_name_other_trade":
        return k == "contractor" and a.get("owner") and not a.get("group") and a["lang"] == "fr" and \
            a["stem"] == a["contact"]["family"] and "-" not in a["stem"]
    if t == "proprietor_vs_firm":
        return k in ("contractor", "numbered_company", "depanneur") and a.get("owner") and a.get("contact") and not a.get("group")
    if t == "practitioner_vs_clinic":
        return k == "commercial" and a.get("practitioner") and a.get("contact")
    if t == "neighbouring_municipality":
        return k == "municipality" and a["base"] in TWIN_MUNICIPALITIES
    return False


def build_hn(t, anchors, ex_ct, ex_W, pools, used_anchor):
    cands = [a for a in anchors if a["id"] not in used_anchor and hn_anchor_ok(t, a, ex_ct[a["id"]], pools)]
    if not cands:
        cands = [a for a in anchors if hn_anchor_ok(t, a, ex_ct[a["id"]], pools)]
    if not cands:
        raise RuntimeError("no anchor for " + t)
    a = rng.choice(cands)
    used_anchor.add(a["id"])
    a_ct = ex_ct[a["id"]]
    h, designed, stem, src = hn_entity(t, a, pools)
    designed = [x for x in designed if not (x in ("email", "phone") and not a_ct.get(x))]
    if t == "management_firm_vs_syndicat":
        ENT_BY_ID[a["manager"]]["hn_used"] = True
    reg(h)
    name_ops = not any(x in designed for x in ("name", "company_stem"))
    for attempt in range(40):
        ct, W = make_variant(h, src, "light" if attempt < 20 else "light", ["email", "phone", "address"], None,
                             nc=False, name_ops=name_ops and attempt < 20)
        sh = shared_of(ct, h["party"], a_ct, a["party"])
        if stem:
            ns = norm_text(stem)
            ok_stem = all(ns in norm_text(x.get("companyName")) or ns in norm_text(x.get("displayName"))
                          for x in (ct, a_ct))
            if ok_stem:
                sh.append("company_stem")
        if all(x in sh for x in designed):
            break
        if attempt >= 25:
            src = pick_weighted(HN_SOURCES_PERSON) if h["party"] == "person" else "legacy_accounting"
    else:
        raise RuntimeError("hard negative %s could not keep %s (got %s)" % (t, designed, sh))
    order = ["name", "familyName", "email", "email_domain", "phone", "address", "city", "company_stem"]
    sh = [x for x in order if x in sh]
    idset = set(x for x in sh if x in ("email", "phone", "address"))

    def default_for(f):
        if f == "email" and "email" in idset:
            return "format"
        if f == "phone" and "phone" in idset:
            return "format"
        if f.startswith("address.") and ("address" in idset or (f == "address.city" and "city" in sh)):
            return "format"
        if f in ("address.region", "address.country") and a_ct.get("address") and ct.get("address") and \
                CITIES[h["city"]]["prov"] == CITIES[a["city"]]["prov"]:
            return "format"
        return "other"
    ch = changes_of(ct, a_ct, W, ex_W[a["id"]], default_for=default_for)
    meta = {"category": "hard_negative", "kind": h["kind"], "party": h["party"], "changes": ch, "source": src,
            "anchor": a["id"], "hn_type": t, "rule": HN_RULES[t], "shared": sh}
    if stem:
        meta["stem"] = stem
    return h, ct, meta, a["id"]


# ---------------------------------------------------------------------------
# Assembly and output
# ---------------------------------------------------------------------------
LIMITS = {"displayName": 100, "companyName": 100, "givenName": 100, "familyName": 100, "email": 100, "phone": 30}
ALIMITS = {"line1": 500, "line2": 500, "city": 255, "region": 255, "postalCode": 30, "country": 255}


def contact_out(ct):
    out = {}
    for k in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
        v = ct.get(k)
        if v is not None:
            v = v.strip() or None
        if v is not None and len(v) > LIMITS[k]:
            v = v[:LIMITS[k]].rstrip()
        out[k] = v
    a = ct.get("address")
    if a:
        ao = {}
        for k in ADDR_FIELDS:
            v = a.get(k)
            if v is not None:
                v = v.strip() or None
            ao[k] = v[:ALIMITS[k]] if v else None
        out["address"] = ao
    else:
        out["address"] = None
    return out


def disambiguate(ents, ex_ct, ex_W):
    groups = {}
    for e in ents:
        groups.setdefault(ex_ct[e["id"]]["displayName"].casefold(), []).append(e)
    taken = set(groups.keys())
    for key in list(groups.keys()):
        g = groups[key]
        if len(g) < 2:
            continue
        for i, e in enumerate(g[1:], start=2):
            ct = ex_ct[e["id"]]
            base = ct["displayName"]
            city = CITIES[e["city"]]["name"]
            cand = "%s (%s)" % (base, city)
            if cand.casefold() in taken:
                n = i
                cand = "%s (%d)" % (base, n)
                while cand.casefold() in taken:
                    n += 1
                    cand = "%s (%d)" % (base, n)
            taken.add(cand.casefold())
            ct["displayName"] = cand
            W_add(ex_W[e["id"]], "displayName", "disambiguation_suffix")


def main():
    ap = argparse.ArgumentParser(description="Generate the qc-plomberie record-linkage benchmark")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    existing, pools = build_existing()
    assert len(existing) == N_EXISTING
    ex_ct, ex_W = {}, {}
    for e in existing:
        ct, W = render_existing(e)
        ex_ct[e["id"]], ex_W[e["id"]] = ct, W
    disambiguate(existing, ex_ct, ex_W)
    for e in existing:
        ex_ct[e["id"]] = contact_out(ex_ct[e["id"]])
    existing.sort(key=lambda e: (ex_ct[e["id"]]["displayName"].casefold(), e["id"]))
    ex_index = {e["id"]: i for i, e in enumerate(existing)}
    ex_pool = {}
    for e in existing:
        cn = city_norm(ex_ct[e["id"]]["address"])
        if cn:
            ex_pool.setdefault(cn, []).append((e["id"], ex_ct[e["id"]], e["party"]))

    incoming = []   # dicts: rec(contact), meta, key

    # ---- new customers (occurrence 1 first, so that repeats can be compared with them)
    new_ents = build_new(pools)
    rng.shuffle(new_ents)
    occ_n = {}
    for i, e in enumerate(new_ents):
        occ_n[e["id"]] = 3 if i < 25 else (2 if i < 95 else 1)
    occ1 = {}
    for e in new_ents:
        src = pick_source(e)
        ct, W = make_variant(e, src, "light", ["email", "phone", "address"], None, first=True)
        ct = contact_out(ct)
        if not (ct.get("email") or ct.get("phone") or ct.get("address")):
            ct["phone"] = fmt_phone(e["phone"], "dash")
        occ1[e["id"]] = (ct, W)
        incoming.append({"ct": ct, "key": (e["id"], 1),
                         "meta": {"category": "new", "kind": e["kind"], "party": e["party"], "changes": [],
                                  "source": src, "occurrence": 1}})
    pool_all = {k: list(v) for k, v in ex_pool.items()}
    for e in new_ents:
        cn = city_norm(occ1[e["id"]][0]["address"])
        if cn:
            pool_all.setdefault(cn, []).append((e["id"], occ1[e["id"]][0], e["party"]))
    for e in new_ents:
        ref, refW = occ1[e["id"]]
        for k in range(2, occ_n[e["id"]] + 1):
            ct, W, src, profile, ev, fd = build_repeat(e, ref, pool_all)
            ct = contact_out(ct)
            ev = evidence_of(ct, ref)
            if not ev and not nc_findable(ct, ref, e["party"], e["id"], pool_all):
                raise RuntimeError("lost findability after output clamp")
            incoming.append({"ct": ct, "key": (e["id"], k),
                             "meta": {"category": "new", "kind": e["kind"], "party": e["party"],
                                      "changes": changes_of(ct, ref, W, refW), "source": src, "occurrence": k,
                                      "profile": profile, "evidence": ev, "findable": "identifier" if ev else "name+city",
                                      "compare_set": "incoming", "compare_index": None}})

    # ---- hard negatives
    used_anchor = set()
    for t, n in HN_PLAN:
        for _ in range(n):
            h, ct, meta, aid = build_hn(t, existing, ex_ct, ex_W, pools, used_anchor)
            ct = contact_out(ct)
            meta["anchor_index"] = ex_index[aid]
            incoming.append({"ct": ct, "key": (h["id"], 1), "meta": dict(meta, kind=h["kind"])})

    # ---- matches
    n_hn = sum(n for _, n in HN_PLAN)
    n_new_recs = sum(occ_n.values())
    n_match = N_INCOMING - n_hn - n_new_recs
    chosen = rng.sample(existing, 700)
    reps = []
    for i, e in enumerate(chosen):
        reps.append(3 if i < 20 else (2 if i < 110 else 1))
    total = sum(reps)
    i = len(reps) - 1
    while total > n_match:
        if reps[i] > 1:
            reps[i] -= 1
            total -= 1
        i = (i - 1) % len(reps)
    j = 0
    while total < n_match:
        if reps[j] < 3:
            reps[j] += 1
            total += 1
        j = (j + 1) % len(reps)
    for e, r in zip(chosen, reps):
        ref, refW = ex_ct[e["id"]], ex_W[e["id"]]
        for k in range(r):
            ct, W, src, profile, ev, fd = build_repeat(e, ref, ex_pool)
            ct = contact_out(ct)
            ev = evidence_of(ct, ref)
            if not ev and not nc_findable(ct, ref, e["party"], e["id"], ex_pool):
                raise RuntimeError("lost findability after output clamp")
            incoming.append({"ct": ct, "key": (e["id"], k + 1),
                             "meta": {"category": "match", "kind": e["kind"], "party": e["party"],
                                      "changes": changes_of(ct, ref, W, refW), "source": src, "profile": profile,
                                      "evidence": ev, "findable": "identifier" if ev else "name+city",
                                      "compare_set": "existing", "compare_index": ex_index[e["id"]]}})
    assert len(incoming) == N_INCOMING, len(incoming)

    # ---- shuffle, then keep each new customer's occurrences in order
    rng.shuffle(incoming)
    slots = {}
    for pos, it in enumerate(incoming):
        if it["meta"]["category"] == "new":
            slots.setdefault(it["key"][0], []).append(pos)
    for eid in sorted(slots.keys()):
        pos = slots[eid]
        items = sorted((incoming[p] for p in pos), key=lambda it: it["key"][1])
        for p, it in zip(pos, items):
            incoming[p] = it
    first_pos = {}
    for pos, it in enumerate(incoming):
        if it["meta"]["category"] == "new" and it["key"][1] == 1:
            first_pos[it["key"][0]] = pos
    for it in incoming:
        if it["meta"]["category"] == "new" and it["key"][1] >= 2:
            it["meta"]["compare_index"] = first_pos[it["key"][0]]

    # ---- write
    set_lines, meta_lines = [], []
    ENT = ENT_BY_ID
    for i, e in enumerate(existing):
        set_lines.append({"set": "existing", "entity": e["id"], "contact": ex_ct[e["id"]]})
        meta_lines.append({"set": "existing", "index": i, "entity": e["id"], "category": "existing", "kind": e["kind"],
                           "party": e["party"], "changes": []})
    order = ["category", "kind", "party", "changes", "source", "occurrence", "profile", "evidence", "findable",
             "compare_set", "compare_index", "anchor", "anchor_index", "hn_type", "rule", "shared", "stem"]
    for i, it in enumerate(incoming):
        eid = it["key"][0]
        set_lines.append({"set": "incoming", "entity": eid, "contact": it["ct"]})
        m = {"set": "incoming", "index": i, "entity": eid}
        for k in order:
            if k in it["meta"]:
                m[k] = it["meta"][k]
        meta_lines.append(m)
    with open(os.path.join(args.out, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in set_lines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in meta_lines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = {}
    for it in incoming:
        cats[it["meta"]["category"]] = cats.get(it["meta"]["category"], 0) + 1
    print("wrote %d existing + %d incoming %s -> %s" % (len(existing), len(incoming),
                                                       json.dumps(cats, sort_keys=True), args.out))


if __name__ == "__main__":
    main()
