#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen.py - synthetic labelled benchmark for customer record linkage.

Scenario "us-vetclinic": a US veterinary practice group (small-animal clinics in
Austin TX, San Antonio TX, Boise ID and Asheville NC; a mixed-animal / equine
practice in Ocala FL) bills clients through QuickBooks Online (USD).

    python3 gen.py             -> writes set.jsonl and meta.jsonl next to this file
    python3 gen.py --out DIR   -> writes them into DIR

Standard library only.  One random.Random(SEED) drives everything; no set or
hash ordering influences the output, so the files are byte-identical for any
PYTHONHASHSEED.  Everything is invented (people, firms, mailboxes, phone numbers,
house numbers); place names, ZIP codes, area codes and road names are real
geography.
"""
import argparse
import copy
import json
import os
import random
import re
import sys
import unicodedata

SEED = 74112024
R = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_HN = 150
# matches: 600 customers once, 75 twice, 25 three times = 825 records / 700 customers
MATCH_PLAN = [(1, 600), (2, 75), (3, 25)]
# new customers: 300 once, 75 twice, 25 three times = 525 records / 400 customers
NEW_PLAN = [(1, 300), (2, 75), (3, 25)]

# ---------------------------------------------------------------------------
# small helpers (all randomness goes through R)
# ---------------------------------------------------------------------------


def chance(p):
    return R.random() < p


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    """pairs: list of (item, weight)."""
    total = 0.0
    for _, w in pairs:
        total += w
    x = R.random() * total
    acc = 0.0
    for item, w in pairs:
        acc += w
        if x < acc:
            return item
    return pairs[-1][0]


def sample(seq, k):
    return R.sample(list(seq), k)


def strip_accents(s):
    if s is None:
        return None
    out = []
    for c in unicodedata.normalize("NFKD", s):
        if unicodedata.combining(c):
            continue
        out.append(c)
    res = "".join(out)
    # letters NFKD does not decompose
    return res.replace("Đ", "D").replace("đ", "d").replace("ø", "o").replace("Ø", "O")


def has_accents(s):
    return s is not None and strip_accents(s) != s


def mojibake(s):
    """UTF-8 bytes read as Windows-1252 (the classic import mangling)."""
    out = []
    for b in s.encode("utf-8"):
        if b < 0x80:
            out.append(chr(b))
            continue
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append("?")
    return "".join(out)


def question_marks(s):
    """Non-ASCII letters replaced by '?' (a 7-bit export)."""
    return "".join(c if ord(c) < 128 else "?" for c in s)


def title_case(s):
    """Name-aware title case: keeps Mc/Mac/O' and de/la particles plausible."""
    if s is None:
        return None
    words = []
    for w in s.split(" "):
        if not w:
            continue
        parts = w.split("-")
        np_ = []
        for p in parts:
            lead = ""
            while p and not p[0].isalnum():
                lead, p = lead + p[0], p[1:]
            lp = p.lower()
            if not p:
                np_.append(lead)
            elif lp.startswith("o'") and len(p) > 2:
                np_.append("O'" + p[2:3].upper() + p[3:].lower())
            elif lp.startswith("mc") and len(p) > 2:
                np_.append("Mc" + p[2:3].upper() + p[3:].lower())
            else:
                np_.append(p[:1].upper() + p[1:].lower())
            if lead and p:
                np_[-1] = lead + np_[-1]
        words.append("-".join(np_))
    return " ".join(words)


KEYB = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh",
    "u": "yij", "i": "uok", "o": "ipl", "p": "ol", "a": "qsz", "s": "awdz",
    "d": "sefx", "f": "drgc", "g": "fthv", "h": "gyjb", "j": "hukn",
    "k": "jilm", "l": "kop", "z": "asx", "x": "zsdc", "c": "xdfv",
    "v": "cfgb", "b": "vghn", "n": "bhjm", "m": "njk",
}


def _match_case(new, old):
    if old.isupper():
        return new.upper()
    return new.lower()


def typo(s):
    """One realistic keyboard slip: neighbour key, transposition, dropped or
    doubled letter.  Never returns the input unchanged (if it can help it)."""
    if not s:
        return s
    pos = [i for i, c in enumerate(s) if c.isalpha()]
    if len(pos) < 3:
        return s
    for _ in range(12):
        kind = wpick([("sub", 3), ("swap", 3), ("del", 2), ("dup", 2)])
        i = pick(pos[1:]) if len(pos) > 3 else pick(pos)
        c = s[i]
        if kind == "sub":
            nb = KEYB.get(c.lower())
            if not nb:
                continue
            out = s[:i] + _match_case(pick(nb), c) + s[i + 1:]
        elif kind == "swap":
            if i + 1 >= len(s) or not s[i + 1].isalpha() or s[i + 1] == c:
                continue
            out = s[:i] + s[i + 1] + c + s[i + 2:]
        elif kind == "del":
            out = s[:i] + s[i + 1:]
        else:
            out = s[:i] + c + s[i:]
        if out != s:
            return out
    return s


# Common real-world misspellings of names seen in US clinic records.
SPELLING_VARIANTS = {
    "Rodriguez": ["Rodriquez", "Rodrigues"], "Gonzalez": ["Gonzales"],
    "Gonzales": ["Gonzalez"], "Hernandez": ["Hernandes", "Hernadez"],
    "Jimenez": ["Jiminez"], "Villarreal": ["Villareal", "Villarreall"],
    "Vasquez": ["Vazquez"], "Vazquez": ["Vasquez"], "Sanchez": ["Sanches"],
    "Martinez": ["Martines"], "Ybarra": ["Ibarra"], "Saenz": ["Sanz"],
    "Trevino": ["Trevion"], "Cavazos": ["Cavasos"], "Zamora": ["Zamorra"],
    "Katherine": ["Kathryn", "Catherine"], "Kathryn": ["Katherine"],
    "Jeffrey": ["Jeffery"], "Jeffery": ["Jeffrey"], "Steven": ["Stephen"],
    "Stephen": ["Steven"], "Sarah": ["Sara"], "Sara": ["Sarah"], "Ann": ["Anne"],
    "Anne": ["Ann"], "Allison": ["Alison"], "Phillip": ["Philip"],
    "Philip": ["Phillip"], "Matthew": ["Mathew"], "Brittany": ["Britney", "Brittney"],
    "Kristen": ["Kristin", "Christen"], "Erin": ["Aaron"], "Jon": ["John"],
    "Geoffrey": ["Jeffrey"], "Megan": ["Meghan"], "Meghan": ["Megan"],
    "Caitlin": ["Katelyn"], "Kaitlyn": ["Katelyn", "Caitlyn"],
    "Haley": ["Hailey"], "Hailey": ["Haley"], "Ashley": ["Ashlee"],
    "Nguyen": ["Nyugen", "Ngyuen"], "Huynh": ["Huyhn"], "Truong": ["Trong"],
    "McDonald": ["MacDonald"], "MacLeod": ["McLeod"], "McLeod": ["MacLeod"],
    "Thompson": ["Thomson"], "Peterson": ["Petersen"], "Petersen": ["Peterson"],
    "Hansen": ["Hanson"], "Larsen": ["Larson"], "Jensen": ["Jenson"],
    "Christensen": ["Christenson"], "Olsen": ["Olson"], "Nielsen": ["Nielson"],
    "Reed": ["Reid"], "Gray": ["Grey"], "Smith": ["Smyth"],
    "Ledford": ["Ledbetter"], "Owenby": ["Ownbey"], "Ownbey": ["Owenby"],
    "Shook": ["Schook"], "Sluder": ["Sluter"], "Presnell": ["Presnel"],
    "Schmidt": ["Schmitt"], "Mueller": ["Muller", "Miller"], "Krause": ["Kraus"],
    "Zimmermann": ["Zimmerman"], "Hoffmann": ["Hoffman"], "Meyer": ["Meier", "Myer"],
    "Lynn": ["Lyn"], "Carol": ["Carole"], "Teresa": ["Theresa"], "Theresa": ["Teresa"],
    "Deborah": ["Debra"], "Debra": ["Deborah"], "Cheryl": ["Sheryl"],
    "Marilyn": ["Marylin"], "Jacqueline": ["Jaqueline"], "Rebecca": ["Rebeca"],
    "Rebeca": ["Rebecca"], "Yesenia": ["Yessenia"], "Jazmin": ["Jasmin"],
    "Ximena": ["Jimena"], "Isabella": ["Isabela"], "Guillermo": ["Guilermo"],
}

# Given-name nicknames / short forms (Anglo and Spanish).
NICKNAMES = {
    "William": ["Bill", "Will", "Billy"], "Robert": ["Bob", "Rob", "Bobby"],
    "Richard": ["Rick", "Rich", "Dick"], "James": ["Jim", "Jimmy", "Jamie"],
    "John": ["Johnny", "Jack"], "Jennifer": ["Jen", "Jenny"],
    "Elizabeth": ["Liz", "Beth", "Betsy", "Lizzie"], "Katherine": ["Kate", "Kathy", "Katie"],
    "Kathryn": ["Kathy", "Katie"], "Margaret": ["Peggy", "Maggie", "Meg"],
    "Michael": ["Mike"], "Christopher": ["Chris"], "Thomas": ["Tom", "Tommy"],
    "Patricia": ["Patty", "Pat", "Trish"], "Deborah": ["Debbie", "Deb"],
    "Debra": ["Debbie", "Deb"], "Susan": ["Sue", "Susie"], "Rebecca": ["Becky"],
    "Kimberly": ["Kim"], "Jonathan": ["Jon"], "Nicholas": ["Nick"],
    "Anthony": ["Tony"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
    "Samuel": ["Sam"], "Benjamin": ["Ben"], "Alexander": ["Alex"],
    "Andrew": ["Andy", "Drew"], "Joseph": ["Joe", "Joey"], "Charles": ["Chuck", "Charlie"],
    "Edward": ["Ed", "Eddie", "Ted"], "Lawrence": ["Larry"], "Gerald": ["Jerry"],
    "Donald": ["Don"], "Ronald": ["Ron", "Ronnie"], "Kenneth": ["Ken", "Kenny"],
    "Steven": ["Steve"], "Stephen": ["Steve"], "Timothy": ["Tim"],
    "Gregory": ["Greg"], "Jeffrey": ["Jeff"], "Douglas": ["Doug"],
    "Raymond": ["Ray"], "Frederick": ["Fred"], "Harold": ["Hal"],
    "Walter": ["Walt"], "Eugene": ["Gene"], "Cynthia": ["Cindy"],
    "Pamela": ["Pam"], "Sandra": ["Sandy"], "Victoria": ["Vicki", "Tori"],
    "Christine": ["Chris", "Tina"], "Jacqueline": ["Jackie"], "Abigail": ["Abby"],
    "Madison": ["Maddie"], "Samantha": ["Sam", "Sammy"], "Alexandra": ["Alex", "Lexi"],
    "Stephanie": ["Steph"], "Melissa": ["Missy", "Mel"], "Virginia": ["Ginny"],
    "Dorothy": ["Dot", "Dottie"], "Frances": ["Fran"], "Barbara": ["Barb"],
    "Judith": ["Judy"], "Carolyn": ["Carol"], "Beverly": ["Bev"],
    "Teresa": ["Terri"], "Theresa": ["Terri"], "Zachary": ["Zach"],
    "Jacob": ["Jake"], "Nathan": ["Nate"], "Joshua": ["Josh"],
    "Gerardo": ["Jerry"], "Bradley": ["Brad"], "Randall": ["Randy"],
    "Terrence": ["Terry"], "Reginald": ["Reggie"], "Gwendolyn": ["Gwen"],
    "Cassandra": ["Cassie"], "Jessica": ["Jess", "Jessie"], "Amanda": ["Mandy"],
    "Kristen": ["Kris"], "Allison": ["Allie"], "Courtney": ["Court"],
    "Catherine": ["Cathy", "Cat"], "Leslie": ["Les"], "Tamara": ["Tammy"],
    "Ashley": ["Ash"], "Brandon": ["Brandy"], "Wesley": ["Wes"],
    "Dustin": ["Dusty"], "Clinton": ["Clint"], "Mitchell": ["Mitch"],
    "Theodore": ["Ted", "Teddy"], "Vernon": ["Vern"], "Dwight": ["Ike"],
    "Marjorie": ["Margie"], "Rosemary": ["Rosie"], "Roberta": ["Bobbie"],
    # Spanish
    "Francisco": ["Paco", "Pancho", "Frank"], "Jose": ["Pepe", "Joe"],
    "José": ["Pepe", "Joe"], "Guadalupe": ["Lupe"], "Jesus": ["Chuy"],
    "Jesús": ["Chuy"], "Roberto": ["Beto", "Bobby"], "Alberto": ["Beto"],
    "Enrique": ["Kike", "Henry"], "Ignacio": ["Nacho"], "Rosario": ["Chayo"],
    "Concepcion": ["Conchita", "Concha"], "Concepción": ["Conchita"],
    "Dolores": ["Lola"], "Mercedes": ["Meche"], "Margarita": ["Margie", "Maggie"],
    "Alejandro": ["Alex"], "Alejandra": ["Ale", "Alex"], "Rodolfo": ["Rudy", "Fito"],
    "Eduardo": ["Lalo", "Eddie"], "Guillermo": ["Memo", "Willie"],
    "Jorge": ["George"], "Ricardo": ["Ricky"], "Antonio": ["Tony", "Toño"],
    "Manuel": ["Manny"], "Javier": ["Javi"], "Santiago": ["Santi"],
    "Rafael": ["Rafa"], "Fernando": ["Nando", "Fern"], "Ramon": ["Moncho"],
    "Ramón": ["Moncho"], "Graciela": ["Chela", "Grace"], "Socorro": ["Coco"],
    "Josefina": ["Josie"], "Gabriela": ["Gaby"], "Maria": ["Mari"],
    "María": ["Mari"], "Teresa_es": ["Tere"], "Esperanza": ["Espe"],
    "Consuelo": ["Chelo"], "Leticia": ["Lety"], "Patricia_es": ["Paty"],
    "Humberto": ["Beto"], "Gilberto": ["Gil", "Beto"], "Reynaldo": ["Rey"],
    "Rolando": ["Roland"], "Ezequiel": ["Zeke"], "Gustavo": ["Tavo"],
    "Salvador": ["Chava", "Sal"], "Isabella": ["Bella"], "Valeria": ["Vale"],
    "Daniela": ["Dani"], "Veronica": ["Vero"], "Verónica": ["Vero"],
    "Armando": ["Mando"], "Adriana": ["Adri"], "Cristina": ["Cris"],
    "Marisela": ["Marisa"], "Herlinda": ["Linda"],
}

# Abbreviated given names still used by older hospital software.
GIVEN_ABBREV = {
    "William": "Wm", "James": "Jas", "Charles": "Chas", "Thomas": "Thos",
    "George": "Geo", "Robert": "Robt", "Joseph": "Jos", "Benjamin": "Benj",
    "Samuel": "Saml", "Elizabeth": "Eliz", "Margaret": "Marg", "Richard": "Richd",
    "Frederick": "Fredk", "Christopher": "Chris", "Patricia": "Patr",
    "Jonathan": "Jona", "Katherine": "Kath", "Alexander": "Alex",
    "Francisco": "Fco", "Guadalupe": "Gpe", "Jose": "J", "María": "Ma",
    "Maria": "Ma", "Jesus": "Jes",
}

# ---------------------------------------------------------------------------
# person names
# ---------------------------------------------------------------------------
HISP_F = [
    "Maria", "Guadalupe", "Rosa", "Ana", "Juana", "Elena", "Yolanda", "Veronica",
    "Gabriela", "Alejandra", "Adriana", "Claudia", "Patricia", "Leticia",
    "Graciela", "Sandra", "Monica", "Diana", "Laura", "Norma", "Irma", "Alicia",
    "Martha", "Teresa", "Esperanza", "Dolores", "Mercedes", "Rosario", "Socorro",
    "Josefina", "Carmen", "Cristina", "Erika", "Marisol", "Yesenia", "Araceli",
    "Brenda", "Jazmin", "Daniela", "Valeria", "Ximena", "Sofia", "Camila",
    "Isabella", "Lucia", "Marisela", "Elizabeth", "Vanessa", "Priscilla",
    "Celeste", "Nayeli", "Itzel", "Blanca", "Margarita", "Estela", "Olga",
    "Lorena", "Rebeca", "Beatriz", "Silvia", "Maricela", "Consuelo",
    "Concepcion", "Ofelia", "Herlinda", "Minerva", "Rocio", "Marisa", "Noemi",
    "Angelica", "Cynthia", "Jessica", "Melissa", "Stephanie", "Linda", "Belinda",
    "Delia", "Elva", "Idalia", "Nora", "Raquel", "Susana", "Viviana", "Ruth",
]
HISP_M = [
    "Jose", "Juan", "Luis", "Carlos", "Jesus", "Antonio", "Miguel", "Francisco",
    "Javier", "Roberto", "Ricardo", "Alejandro", "Fernando", "Eduardo", "Jorge",
    "Manuel", "Rafael", "Raul", "Ruben", "Mario", "Arturo", "Gerardo", "Guillermo",
    "Hector", "Oscar", "Sergio", "Ramon", "Rodolfo", "Alberto", "Enrique",
    "Ignacio", "Joaquin", "Armando", "Adrian", "Andres", "Cesar", "Daniel",
    "David", "Diego", "Emilio", "Gilberto", "Gustavo", "Humberto", "Israel",
    "Jaime", "Julio", "Leonel", "Mauricio", "Pablo", "Pedro", "Rogelio",
    "Salvador", "Santiago", "Tomas", "Victor", "Abel", "Efrain", "Homero",
    "Reynaldo", "Rolando", "Baldemar", "Fidel", "Hilario", "Ezequiel", "Mateo",
    "Santos", "Benito", "Rudy", "Gabriel", "Marco", "Orlando", "Ernesto",
]
HISP_GIVEN_ACCENT = {
    "Maria": "María", "Jose": "José", "Jesus": "Jesús", "Ramon": "Ramón",
    "Raul": "Raúl", "Ruben": "Rubén", "Andres": "Andrés", "Tomas": "Tomás",
    "Sofia": "Sofía", "Lucia": "Lucía", "Monica": "Mónica", "Veronica": "Verónica",
    "Rocio": "Rocío", "Joaquin": "Joaquín", "Hector": "Héctor", "Cesar": "César",
    "Efrain": "Efraín", "Concepcion": "Concepción", "Noemi": "Noemí",
    "Angelica": "Angélica", "Jazmin": "Jazmín", "Ivan": "Iván",
}
HISP_COMPOUND_F = ["Maria Elena", "Maria Guadalupe", "Ana Maria", "Maria Luisa",
                   "Rosa Maria", "Maria Teresa", "Maria Isabel", "Ana Laura"]
HISP_COMPOUND_M = ["Juan Carlos", "Jose Luis", "Luis Miguel", "Jose Angel",
                   "Juan Pablo", "Jose Antonio", "Miguel Angel"]
HISP_SUR = [
    "Garcia", "Hernandez", "Martinez", "Rodriguez", "Lopez", "Gonzalez",
    "Gonzales", "Perez", "Sanchez", "Ramirez", "Flores", "Rivera", "Gomez",
    "Diaz", "Reyes", "Cruz", "Morales", "Ortiz", "Gutierrez", "Chavez", "Ramos",
    "Ruiz", "Alvarez", "Mendoza", "Vasquez", "Castillo", "Jimenez", "Moreno",
    "Romero", "Herrera", "Medina", "Aguilar", "Garza", "Trevino", "Villarreal",
    "Salinas", "Cantu", "Guerra", "Rios", "Saenz", "Zamora", "Cavazos",
    "Elizondo", "Longoria", "Ybarra", "Olivares", "Barrera", "Benavides",
    "Cisneros", "De La Garza", "De Leon", "De Los Santos", "Munoz", "Nunez",
    "Pena", "Ibanez", "Ordonez", "Castaneda", "Espinoza", "Fuentes", "Galvan",
    "Hinojosa", "Juarez", "Leal", "Maldonado", "Montemayor", "Navarro", "Ochoa",
    "Pacheco", "Quintanilla", "Rangel", "Resendez", "Salazar", "Tijerina",
    "Urbina", "Valdez", "Vela", "Zuniga", "Arredondo", "Bazan", "Cardenas",
    "Delgado", "Escobedo", "Falcon", "Gallegos", "Hidalgo", "Lozano", "Mata",
    "Mireles", "Obregon", "Palacios", "Rocha", "Sauceda", "Tamez", "Villegas",
    "Zepeda", "Acosta", "Alaniz", "Aleman", "Botello", "Carrillo", "Ceballos",
    "Dominguez", "Estrada", "Figueroa", "Gamez", "Guajardo", "Lerma", "Loera",
    "Luna", "Saldana", "Solis", "Sosa", "Tovar", "Vera", "Ybanez", "Quiroga",
]
HISP_SUR_ACCENT = {
    "Munoz": "Muñoz", "Nunez": "Núñez", "Pena": "Peña", "Ibanez": "Ibáñez",
    "Ordonez": "Ordóñez", "Castaneda": "Castañeda", "Trevino": "Treviño",
    "Saldana": "Saldaña", "Zuniga": "Zúñiga", "Ybanez": "Ybáñez",
    "Hernandez": "Hernández", "Martinez": "Martínez", "Rodriguez": "Rodríguez",
    "Lopez": "López", "Gonzalez": "González", "Perez": "Pérez",
    "Sanchez": "Sánchez", "Ramirez": "Ramírez", "Gomez": "Gómez", "Diaz": "Díaz",
    "Gutierrez": "Gutiérrez", "Chavez": "Chávez", "Alvarez": "Álvarez",
    "Vasquez": "Vásquez", "Jimenez": "Jiménez", "Juarez": "Juárez",
    "Galvan": "Galván", "De Leon": "De León", "Dominguez": "Domínguez",
    "Gamez": "Gámez", "Solis": "Solís", "Rios": "Ríos", "Saenz": "Sáenz",
    "Obregon": "Obregón", "Falcon": "Falcón", "Cardenas": "Cárdenas",
}

# Anglo given names by generation
ANG_F_OLD = [
    "Linda", "Barbara", "Patricia", "Carol", "Susan", "Nancy", "Sandra", "Donna",
    "Sharon", "Deborah", "Karen", "Cynthia", "Pamela", "Janet", "Judith",
    "Brenda", "Diane", "Kathleen", "Margaret", "Joyce", "Gloria", "Cheryl",
    "Beverly", "Carolyn", "Marilyn", "Peggy", "Connie", "Rebecca", "Martha",
    "Frances", "Virginia", "Dorothy", "Shirley", "Ruth", "Glenda", "Wanda",
    "Bonnie", "Vicki", "Sherry", "Rhonda", "Teresa", "Marjorie", "Rosemary",
    "Jo Ann", "Mary Beth", "Betty Sue", "Mary Ellen", "Roberta", "Darlene",
]
ANG_M_OLD = [
    "Robert", "James", "John", "William", "Richard", "Charles", "Thomas", "Gary",
    "Larry", "Dennis", "Ronald", "Donald", "Kenneth", "Steven", "David",
    "Michael", "Jerry", "Roger", "Wayne", "Dale", "Terry", "Randy", "Ricky",
    "Danny", "Gregory", "Douglas", "Ralph", "Harold", "Walter", "Eugene", "Carl",
    "Bruce", "Frank", "Raymond", "Glenn", "Dwight", "Lloyd", "Floyd", "Earl",
    "Vernon", "Clyde", "Phillip", "Lawrence", "Gerald", "Frederick", "Theodore",
    "Billy Ray", "Jimmy Dale",
]
ANG_F_MID = [
    "Jennifer", "Amy", "Melissa", "Michelle", "Kimberly", "Lisa", "Angela",
    "Heather", "Stephanie", "Nicole", "Jessica", "Elizabeth", "Rebecca", "Kelly",
    "Christina", "Amanda", "Sarah", "Shannon", "Tiffany", "Julie", "Stacy",
    "Dana", "Wendy", "Misty", "Crystal", "Tonya", "Heidi", "Kristen", "Erin",
    "Carrie", "Holly", "Andrea", "Rachel", "Laura", "Emily", "Megan",
    "Katherine", "Allison", "Courtney", "Leslie", "Jacqueline", "Tamara",
    "Catherine", "Christine", "Kathryn", "Cassandra", "Meredith", "Natalie",
]
ANG_M_MID = [
    "Michael", "Christopher", "Jason", "David", "James", "John", "Robert",
    "Brian", "William", "Matthew", "Joseph", "Daniel", "Kevin", "Eric",
    "Jeffrey", "Scott", "Mark", "Steven", "Timothy", "Jeremy", "Jonathan",
    "Travis", "Chad", "Shane", "Brandon", "Justin", "Aaron", "Adam", "Nathan",
    "Ryan", "Kyle", "Jared", "Cody", "Derek", "Todd", "Troy", "Clinton",
    "Dustin", "Wesley", "Brent", "Casey", "Bradley", "Randall", "Mitchell",
    "Andrew", "Benjamin", "Nicholas", "Anthony", "Samuel", "Zachary",
]
ANG_F_YOUNG = [
    "Ashley", "Brittany", "Kaitlyn", "Madison", "Hannah", "Taylor", "Morgan",
    "Alexis", "Samantha", "Lauren", "Abigail", "Emma", "Olivia", "Chloe",
    "Hailey", "Kayla", "Savannah", "Brianna", "Mackenzie", "Paige", "Sydney",
    "Jordan", "Kelsey", "Haley", "Alexandra", "Madeline", "Sierra", "Destiny",
    "Shelby", "Victoria", "Megan", "Caitlin",
]
ANG_M_YOUNG = [
    "Tyler", "Hunter", "Brayden", "Austin", "Cody", "Dylan", "Logan", "Ethan",
    "Mason", "Jacob", "Zachary", "Caleb", "Colton", "Garrett", "Tanner",
    "Trevor", "Chase", "Blake", "Connor", "Landon", "Jackson", "Wyatt", "Gavin",
    "Cole", "Joshua", "Nathan", "Dalton", "Bryce", "Spencer", "Parker",
]
IDAHO_GIVEN_F = ["Kylee", "McKenzie", "Brynlee", "Kenzie", "Marianne", "LaRae",
                 "Shauna", "Camille", "Brooklyn", "Jolene", "Annalise", "Emmalee"]
IDAHO_GIVEN_M = ["McKay", "Bridger", "Kade", "Ammon", "Jaxon", "Ryker",
                 "Kaden", "Porter", "Dallin", "Tate", "Brigham", "Tyson"]
BLACK_GIVEN_F = ["Latoya", "Keisha", "Tamika", "Shanice", "Jasmine", "Aaliyah",
                 "Bernice", "Gwendolyn", "Ebony", "Monique", "Tasha", "Yvette"]
BLACK_GIVEN_M = ["Darnell", "Jamal", "DeShawn", "Terrence", "Marcus", "Andre",
                 "Tyrone", "Reginald", "Cedric", "Kendrick", "Jerome", "Darius"]

ANG_SUR = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis",
    "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson",
    "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker",
    "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams",
    "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips",
    "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris",
    "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Bailey", "Reed",
    "Kelly", "Howard", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Wood",
    "James", "Bennett", "Gray", "Hughes", "Price", "Sanders", "Myers", "Long",
    "Ross", "Foster", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell",
    "Coleman", "Butler", "Henderson", "Barnes", "Fisher", "Vaughn", "Ellis",
    "Hamilton", "Graham", "Wallace", "Woods", "Cole", "West", "Jordan", "Owens",
    "Reynolds", "Marshall", "Hunt", "Palmer", "Wagner", "Black", "Stone",
    "Hawkins", "Dunn", "Perkins", "Hudson", "Spencer", "Gardner", "Stephens",
    "Payne", "Pierce", "Berry", "Matthews", "Arnold", "Willis", "Ray", "Watkins",
    "Olson", "Carroll", "Duncan", "Snyder", "Hart", "Cunningham", "Bradley",
    "Lane", "Andrews", "Harper", "Fox", "Riley", "Armstrong", "Carpenter",
    "Weaver", "Greene", "Lawrence", "Elliott", "Sims", "Austin", "Peters",
    "Kelley", "Franklin", "Lawson", "Fields", "Ryan", "Schmidt", "Carr",
    "Whitaker", "Pruitt", "Kimball", "Whitfield", "Holloway", "Buchanan",
    "Caldwell", "Strickland", "Pittman", "Blackwell", "Hensley", "Crawford",
    "Tillman", "Hargrove", "Whitley", "Prescott", "Langford", "Bledsoe",
    "Rutledge", "Sheffield", "Yarbrough", "Atwood", "Kirkland", "Lockhart",
]
ANG_SUR_APOS = ["O'Brien", "O'Neal", "O'Connor", "O'Dell", "O'Rourke", "O'Hara",
                "McDonald", "McCoy", "McKinney", "McAllister", "McElroy", "McGee",
                "McKenzie", "McLeod", "MacLeod", "McPherson", "McMillan", "McBride",
                "DeLoach", "DeVries", "LaRue", "Van Horn", "St. John", "LeBlanc"]
TX_GERMAN_SUR = ["Schmidt", "Mueller", "Krause", "Voigt", "Zimmermann", "Engel",
                 "Fischer", "Hoffmann", "Kuehn", "Pfeil", "Wendt", "Ebert", "Meyer",
                 "Dietz", "Seidel", "Hartmann", "Kott", "Hruska", "Novak", "Sulak",
                 "Janak", "Pavlik", "Schulze", "Weidner", "Rabe", "Gruene"]
IDAHO_SUR = ["Jensen", "Larsen", "Christensen", "Hansen", "Petersen", "Nielsen",
             "Olsen", "Call", "Bybee", "Hatch", "Allred", "Tolman", "Jorgensen",
             "Rasmussen", "Sorensen", "Andersen", "Pehrson", "Harmon", "Whitmore",
             "Summers", "Bateman", "Child", "Egbert", "Hawkes", "Pond", "Stucki",
             "Echevarria", "Uberuaga", "Bilbao", "Goitia", "Yribar", "Arrizabalaga",
             "Murgoitio", "Aldecoa"]
NC_SUR = ["Ledford", "Ramsey", "Ballard", "Shook", "Rhymer", "Metcalf", "Cagle",
          "Buckner", "Shelton", "Presnell", "Whitson", "Ponder", "Worley",
          "Owenby", "Ownbey", "Reeves", "Wyatt", "McElrath", "Sluder", "Banks",
          "Rice", "Gudger", "Penland", "Dillingham", "Jarrett", "Hensley",
          "Freeman", "Teague", "Searcy", "Pressley", "Stepp", "Ingle", "Justice",
          "Capps", "Hyatt", "Morrow", "Gosnell", "Davidson", "Sprinkle", "Revis"]
FL_SUR = ["Hammond", "Sutherland", "Whitmire", "Futch", "Padgett", "Tidwell",
          "Lanier", "Thigpen", "Prevatt", "Dampier", "Register", "Roberson",
          "Alderman", "Bronson", "Fennell", "Yates"]
IRISH_UK_EQUINE = [("Siobhan", "f"), ("Niamh", "f"), ("Aoife", "f"), ("Declan", "m"),
                   ("Ciaran", "m"), ("Padraig", "m"), ("Fiona", "f"), ("Nigel", "m"),
                   ("Alastair", "m"), ("Imogen", "f"), ("Rupert", "m"), ("Philippa", "f")]
BLACK_SUR = ["Washington", "Jefferson", "Booker", "Dorsey", "Mayfield", "Gaines",
             "Tolliver", "Freeman", "Battle", "Holmes", "Mosley", "Whitlock"]

VIET_SUR = ["Nguyen"] * 12 + [
    "Tran", "Tran", "Le", "Le", "Pham", "Pham", "Huynh", "Hoang", "Phan", "Vu",
    "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Truong", "Dinh",
    "Lam", "Mai", "Trinh", "Luu", "Quach", "Ta", "Cao", "Doan", "La", "Thai",
    "Tong", "Vuong", "Chau", "Lu", "Kieu"]
VIET_SUR_DIAC = {
    "Nguyen": "Nguyễn", "Tran": "Trần", "Le": "Lê", "Pham": "Phạm",
    "Huynh": "Huỳnh", "Hoang": "Hoàng", "Vu": "Vũ", "Vo": "Võ", "Dang": "Đặng",
    "Bui": "Bùi", "Do": "Đỗ", "Ho": "Hồ", "Ngo": "Ngô", "Duong": "Dương",
    "Ly": "Lý", "Truong": "Trương", "Dinh": "Đinh", "Lam": "Lâm",
    "Trinh": "Trịnh", "Luu": "Lưu", "Quach": "Quách", "Doan": "Đoàn",
    "Vuong": "Vương", "Chau": "Châu", "Kieu": "Kiều",
}
VIET_F = ["Lan", "Linh", "Mai", "Trang", "Thao", "Huong", "Hoa", "Thuy", "Ngoc",
          "Phuong", "Hanh", "Hien", "Nga", "Nhung", "Tuyet", "Uyen", "Vy", "Yen",
          "Loan", "Diep", "Kim", "Anh", "Quynh", "Thu", "Hang", "Dung"]
VIET_M = ["Minh", "Tuan", "Hung", "Duc", "Khanh", "Quang", "Vinh", "Long", "Bao",
          "Hieu", "Thanh", "Tam", "Phong", "Nam", "Son", "Hai", "Cuong", "Trung",
          "Huy", "Khoa", "Thang", "Tri", "Tai", "Loc", "Phuc", "Danh"]
VIET_GIVEN_DIAC = {
    "Thao": "Thảo", "Huong": "Hương", "Thuy": "Thủy", "Ngoc": "Ngọc",
    "Phuong": "Phương", "Hanh": "Hạnh", "Hien": "Hiền", "Tuyet": "Tuyết",
    "Uyen": "Uyên", "Yen": "Yến", "Diep": "Diệp", "Quynh": "Quỳnh",
    "Tuan": "Tuấn", "Hung": "Hùng", "Duc": "Đức", "Khanh": "Khánh",
    "Bao": "Bảo", "Hieu": "Hiếu", "Tam": "Tâm", "Cuong": "Cường",
    "Thang": "Thắng", "Tri": "Trí", "Tai": "Tài", "Loc": "Lộc", "Phuc": "Phúc",
    "Dung": "Dung", "Hang": "Hằng", "Thu": "Thu",
}
VIET_WESTERN_F = ["Jenny", "Tina", "Linda", "Kathy", "Tammy", "Christine", "Julie",
                  "Amy", "Vivian", "Jennifer", "Helen", "Cindy", "Lily", "Annie",
                  "Michelle", "Tiffany"]
VIET_WESTERN_M = ["Kevin", "Tony", "Jimmy", "Peter", "David", "Michael", "Steven",
                  "Vincent", "Henry", "Danny", "Andrew", "Johnny", "Kenny", "Eric"]

INDIAN = {"f": ["Priya", "Anjali", "Deepa", "Neha", "Kavya", "Sunita", "Lakshmi", "Meera"],
          "m": ["Ravi", "Arjun", "Vikram", "Sanjay", "Rahul", "Aditya", "Sunil", "Karthik"],
          "sur": ["Patel", "Shah", "Reddy", "Iyer", "Krishnan", "Gupta", "Sharma",
                  "Rao", "Desai", "Mehta", "Venkatesan", "Chaudhary"]}
CHINESE = {"f": ["Mei", "Jing", "Xin", "Grace", "Annie", "Wendy", "Ying", "Lily"],
           "m": ["Wei", "Hao", "Lei", "Jason", "Eric", "Kevin", "Jun", "Ming"],
           "sur": ["Wang", "Li", "Zhang", "Chen", "Liu", "Huang", "Lin", "Wu", "Zhou", "Xu"]}
KOREAN = {"f": ["Ji-yeon", "Min-jung", "Soo-jin", "Grace", "Esther", "Hannah"],
          "m": ["Ji-hoon", "Sung-min", "Daniel", "Joseph", "Paul", "Dong-hyun"],
          "sur": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"]}
BOSNIAN = {"f": ["Amra", "Lejla", "Selma", "Aida", "Emina", "Merima", "Jasmina", "Alma"],
           "m": ["Amir", "Emir", "Adnan", "Senad", "Edin", "Mirza", "Kemal", "Haris"],
           "sur": ["Hodžić", "Begić", "Hadžić", "Mehmedović", "Kovačević", "Delić",
                   "Husić", "Softić", "Alić", "Mujić", "Čaušević", "Šehić"]}

TITLES_DR = "Dr."
SUFFIXES = ["Jr.", "Sr.", "II", "III"]


# ---------------------------------------------------------------------------
# geography (real places, ZIP codes, area codes and road names)
# ---------------------------------------------------------------------------
# city entry: (city, [zips], weight, mailing alias or None, [area codes])
LOCS = {
    "austin": {
        "label": "Austin", "state": "TX", "state_full": "Texas",
        "cities": [
            ("Austin", ["78701", "78702", "78703", "78704", "78705", "78717", "78721",
                        "78722", "78723", "78724", "78725", "78726", "78727", "78728",
                        "78729", "78730", "78731", "78732", "78733", "78735", "78736",
                        "78737", "78739", "78741", "78744", "78745", "78746", "78748",
                        "78749", "78750", "78751", "78752", "78753", "78754", "78756",
                        "78757", "78758", "78759"], 58, None, ["512", "512", "512", "737"]),
            ("Round Rock", ["78664", "78665", "78681"], 7, None, ["512", "737"]),
            ("Pflugerville", ["78660"], 6, None, ["512", "737"]),
            ("Cedar Park", ["78613"], 5, None, ["512"]),
            ("Leander", ["78641"], 3, None, ["512"]),
            ("Georgetown", ["78626", "78628", "78633"], 4, None, ["512"]),
            ("Kyle", ["78640"], 3, None, ["512", "737"]),
            ("Buda", ["78610"], 2, None, ["512"]),
            ("Hutto", ["78634"], 2, None, ["512"]),
            ("Manor", ["78653"], 2, None, ["512"]),
            ("Lakeway", ["78734"], 2, "Austin", ["512"]),
            ("Bee Cave", ["78738"], 1, "Austin", ["512"]),
            ("Dripping Springs", ["78620"], 2, None, ["512"]),
            ("West Lake Hills", ["78746"], 1, "Austin", ["512"]),
            ("Sunset Valley", ["78745"], 1, "Austin", ["512"]),
        ],
    },
    "sanantonio": {
        "label": "San Antonio", "state": "TX", "state_full": "Texas",
        "cities": [
            ("San Antonio", ["78201", "78202", "78203", "78204", "78207", "78208",
                             "78209", "78210", "78211", "78212", "78213", "78214",
                             "78216", "78217", "78218", "78219", "78220", "78221",
                             "78222", "78223", "78224", "78225", "78226", "78227",
                             "78228", "78229", "78230", "78231", "78232", "78233",
                             "78237", "78238", "78239", "78240", "78242", "78244",
                             "78245", "78247", "78248", "78249", "78250", "78251",
                             "78252", "78253", "78254", "78255", "78256", "78257",
                             "78258", "78259", "78260", "78261", "78263", "78264",
                             "78266"], 56, None, ["210", "210", "210", "726"]),
            ("Schertz", ["78154"], 4, None, ["210"]),
            ("Cibolo", ["78108"], 3, None, ["210"]),
            ("Converse", ["78109"], 3, None, ["210"]),
            ("Universal City", ["78148"], 3, None, ["210"]),
            ("Live Oak", ["78233"], 2, "San Antonio", ["210"]),
            ("Selma", ["78154"], 1, None, ["210"]),
            ("Helotes", ["78023"], 3, None, ["210"]),
            ("Boerne", ["78006", "78015"], 4, None, ["830"]),
            ("New Braunfels", ["78130", "78132"], 5, None, ["830"]),
            ("Leon Valley", ["78238"], 1, "San Antonio", ["210"]),
            ("Alamo Heights", ["78209"], 2, "San Antonio", ["210"]),
            ("Castle Hills", ["78213"], 1, "San Antonio", ["210"]),
            ("Windcrest", ["78239"], 1, "San Antonio", ["210"]),
            ("Kirby", ["78219"], 1, "San Antonio", ["210"]),
            ("Garden Ridge", ["78266"], 1, None, ["830", "210"]),
            ("Bulverde", ["78163"], 2, None, ["830"]),
            ("Seguin", ["78155"], 2, None, ["830"]),
            ("JBSA Lackland", ["78236"], 0, None, ["210"]),
            ("JBSA Randolph", ["78150"], 0, None, ["210"]),
            ("JBSA Fort Sam Houston", ["78234"], 0, None, ["210"]),
        ],
    },
    "boise": {
        "label": "Boise", "state": "ID", "state_full": "Idaho",
        "cities": [
            ("Boise", ["83702", "83703", "83704", "83705", "83706", "83709", "83712",
                       "83713", "83714", "83716"], 48, None, ["208", "208", "208", "986"]),
            ("Meridian", ["83642", "83646"], 14, None, ["208", "986"]),
            ("Eagle", ["83616"], 7, None, ["208"]),
            ("Nampa", ["83651", "83686", "83687"], 9, None, ["208"]),
            ("Kuna", ["83634"], 4, None, ["208"]),
            ("Star", ["83669"], 3, None, ["208"]),
            ("Garden City", ["83714"], 3, "Boise", ["208"]),
            ("Caldwell", ["83605", "83607"], 5, None, ["208"]),
            ("Emmett", ["83617"], 2, None, ["208"]),
            ("Mountain Home", ["83647"], 2, None, ["208"]),
            ("Mountain Home AFB", ["83648"], 0, None, ["208"]),
        ],
    },
    "asheville": {
        "label": "Asheville", "state": "NC", "state_full": "North Carolina",
        "cities": [
            ("Asheville", ["28801", "28803", "28804", "28805", "28806"], 45, None, ["828"]),
            ("Weaverville", ["28787"], 6, None, ["828"]),
            ("Black Mountain", ["28711"], 5, None, ["828"]),
            ("Swannanoa", ["28778"], 3, None, ["828"]),
            ("Arden", ["28704"], 5, None, ["828"]),
            ("Fletcher", ["28732"], 3, None, ["828"]),
            ("Candler", ["28715"], 5, None, ["828"]),
            ("Leicester", ["28748"], 3, None, ["828"]),
            ("Fairview", ["28730"], 3, None, ["828"]),
            ("Hendersonville", ["28739", "28791", "28792"], 6, None, ["828"]),
            ("Mars Hill", ["28754"], 2, None, ["828"]),
            ("Marshall", ["28753"], 2, None, ["828"]),
            ("Waynesville", ["28786"], 3, None, ["828"]),
            ("Barnardsville", ["28709"], 1, None, ["828"]),
            ("Alexander", ["28701"], 1, None, ["828"]),
            ("Woodfin", ["28804"], 2, "Asheville", ["828"]),
            ("Biltmore Forest", ["28803"], 1, "Asheville", ["828"]),
            ("Montreat", ["28757"], 1, None, ["828"]),
        ],
    },
    "ocala": {
        "label": "Ocala", "state": "FL", "state_full": "Florida",
        "cities": [
            ("Ocala", ["34470", "34471", "34472", "34473", "34474", "34475", "34476",
                       "34479", "34480", "34481", "34482"], 45, None, ["352"]),
            ("Reddick", ["32686"], 6, None, ["352"]),
            ("Citra", ["32113"], 4, None, ["352"]),
            ("Anthony", ["32617"], 3, None, ["352"]),
            ("Williston", ["32696"], 4, None, ["352"]),
            ("Dunnellon", ["34431", "34432"], 5, None, ["352"]),
            ("Belleview", ["34420"], 5, None, ["352"]),
            ("Summerfield", ["34491"], 5, None, ["352"]),
            ("Morriston", ["32668"], 3, None, ["352"]),
            ("Fort McCoy", ["32134"], 2, None, ["352"]),
            ("Silver Springs", ["34488"], 2, "Ocala", ["352"]),
            ("Micanopy", ["32667"], 2, None, ["352"]),
            ("Sparr", ["32192"], 2, None, ["352"]),
            ("McIntosh", ["32664"], 1, None, ["352"]),
            ("Weirsdale", ["32195"], 2, None, ["352"]),
            ("The Villages", ["32162", "32163"], 5, None, ["352"]),
            ("Orange Lake", ["32681"], 1, None, ["352"]),
        ],
    },
}
LOC_KEYS = ["austin", "sanantonio", "boise", "asheville", "ocala"]

# Real road names per city (arterials, farm-to-market roads, county roads).
STREETS = {
    "Austin": ["Burnet Rd", "N Lamar Blvd", "S Lamar Blvd", "S Congress Ave",
               "E Riverside Dr", "Manchaca Rd", "W Slaughter Ln", "W William Cannon Dr",
               "W Parmer Ln", "Anderson Mill Rd", "Brodie Ln", "Spicewood Springs Rd",
               "Jollyville Rd", "Far West Blvd", "Shoal Creek Blvd", "Balcones Dr",
               "Koenig Ln", "Airport Blvd", "E Cesar Chavez St", "Webberville Rd",
               "E 12th St", "Rosewood Ave", "Cameron Rd", "Dessau Rd", "Braker Ln",
               "Rundberg Ln", "Wells Branch Pkwy", "McNeil Dr", "Great Hills Trl",
               "Bee Cave Rd", "Barton Springs Rd", "W Oltorf St", "E Stassney Ln",
               "Escarpment Blvd", "W Davis Ln", "RR 620 N", "FM 1826", "FM 969",
               "Old Manor Rd", "Springdale Rd", "Pleasant Valley Rd", "Montopolis Dr",
               "Decker Ln", "Lake Austin Blvd", "Exposition Blvd", "Enfield Rd",
               "Duval St", "Speedway", "Guadalupe St", "Red River St", "Harris Ave",
               "Avenue F", "Menchaca Rd", "Slaughter Creek Dr", "Circle S Rd"],
    "Round Rock": ["Sam Bass Rd", "Gattis School Rd", "Red Bud Ln", "E Palm Valley Blvd",
                   "Greenlawn Blvd", "University Blvd", "Creek Bend Blvd", "CR 112"],
    "Pflugerville": ["W Pecan St", "FM 685", "Kelly Ln", "Pflugerville Pkwy",
                     "Swenson Farms Blvd", "Cele Rd"],
    "Cedar Park": ["Whitestone Blvd", "Cypress Creek Rd", "Little Elm Trl",
                   "Brushy Creek Rd", "Bell Blvd", "Ranch Trails"],
    "Leander": ["Crystal Falls Pkwy", "Hero Way", "CR 175", "Bagdad Rd", "CR 279"],
    "Georgetown": ["Williams Dr", "Leander Rd", "CR 110", "Shell Rd", "Airport Rd",
                   "Rivery Blvd", "CR 245", "Sun City Blvd", "Del Webb Blvd"],
    "Kyle": ["FM 150", "Kohlers Crossing", "Center St", "Bunton Creek Rd", "Goforth Rd"],
    "Buda": ["Main St", "FM 967", "Old Black Colony Rd", "Garison Rd", "FM 2001"],
    "Hutto": ["FM 685", "Exchange Blvd", "CR 132", "Limmer Loop"],
    "Manor": ["Gregg Manor Rd", "FM 973", "Blake Manor Rd"],
    "Lakeway": ["Lohmans Crossing", "RR 620 S", "Flintrock Trce", "Lakeway Dr"],
    "Bee Cave": ["Bee Cave Pkwy", "Hamilton Pool Rd", "Great Divide Dr"],
    "Dripping Springs": ["RR 12", "Mercer St", "Sawyer Ranch Rd", "Fitzhugh Rd",
                         "Creek Rd", "FM 150 W", "Trautwein Rd"],
    "West Lake Hills": ["Westlake Dr", "Redbud Trl", "Camp Craft Rd"],
    "Sunset Valley": ["Jones Rd", "Brodie Ln"],
    "San Antonio": ["Bandera Rd", "Blanco Rd", "Culebra Rd", "Fredericksburg Rd",
                    "Nacogdoches Rd", "Huebner Rd", "Wurzbach Rd", "Marbach Rd",
                    "Potranco Rd", "Bulverde Rd", "Thousand Oaks Dr", "Evans Rd",
                    "Stone Oak Pkwy", "Vance Jackson Rd", "Babcock Rd", "SW Military Dr",
                    "W Military Dr", "Pleasanton Rd", "S Zarzamora St", "W Commerce St",
                    "S Flores St", "Broadway", "McCullough Ave", "San Pedro Ave",
                    "W Hildebrand Ave", "Austin Hwy", "Walzem Rd", "Perrin Beitel Rd",
                    "O'Connor Rd", "Wetmore Rd", "Jones Maltsberger Rd", "Hausman Rd",
                    "Braun Rd", "Tezel Rd", "Grissom Rd", "Ingram Rd", "Callaghan Rd",
                    "Westover Hills Blvd", "Somerset Rd", "Roosevelt Ave", "Goliad Rd",
                    "Rigsby Ave", "WW White Rd", "Eisenhauer Rd", "Harry Wurzbach Rd",
                    "Rittiman Rd", "Binz-Engleman Rd", "De Zavala Rd", "Prue Rd",
                    "Medical Dr", "N Loop 1604 W", "Military Hwy", "Old Pearsall Rd"],
    "Schertz": ["FM 3009", "Schertz Pkwy", "Live Oak Rd", "Savannah Dr", "Main St"],
    "Cibolo": ["FM 1103", "Main St", "Borgfeld Rd", "Green Valley Rd"],
    "Converse": ["Kitty Hawk Rd", "FM 78", "Seguin Rd"],
    "Universal City": ["Pat Booker Rd", "Kitty Hawk Rd", "Universal City Blvd"],
    "Live Oak": ["Toepperwein Rd", "Village Oak Dr"],
    "Selma": ["Lookout Rd"],
    "Helotes": ["Scenic Loop Rd", "Bandera Rd", "Leslie Rd", "Riggs Rd"],
    "Boerne": ["S Main St", "River Rd", "Old San Antonio Rd", "Johns Rd", "FM 474",
               "Ranger Creek Rd", "Scenic Loop Rd", "FM 3351"],
    "New Braunfels": ["Loop 337", "Walnut Ave", "Landa St", "S Seguin Ave", "FM 725",
                      "Gruene Rd", "River Rd", "FM 306", "Hunter Rd", "Common St"],
    "Leon Valley": ["Evers Rd", "Poss Rd", "Grissom Rd"],
    "Alamo Heights": ["Broadway", "Patterson Ave", "Townsend Ave", "Castano Ave"],
    "Castle Hills": ["Lockhill Selma Rd", "NW Military Hwy", "Blanco Rd"],
    "Windcrest": ["Midcrown Dr", "Crestway Dr"],
    "Kirby": ["Ackerman Rd", "Gibbs Sprawl Rd"],
    "Garden Ridge": ["FM 3009", "Schoenthal Rd", "Bat Cave Rd"],
    "Bulverde": ["Bulverde Rd", "FM 1863", "Cougar Bnd", "Smithson Valley Rd"],
    "Seguin": ["N Austin St", "E Court St", "FM 725", "Huber Rd"],
    "JBSA Lackland": ["Truemper St", "Carswell Ave", "Kenly Ave"],
    "JBSA Randolph": ["Harmon Dr", "Fifth St E", "B St W"],
    "JBSA Fort Sam Houston": ["Stanley Rd", "Wilson St", "Dickman Rd", "Scott Rd"],
    "Boise": ["W State St", "W Overland Rd", "W Fairview Ave", "W Ustick Rd",
              "W Chinden Blvd", "N Five Mile Rd", "N Cole Rd", "S Maple Grove Rd",
              "W McMillan Rd", "W Hill Rd", "N Harrison Blvd", "E Warm Springs Ave",
              "S Vista Ave", "W Emerald St", "E Boise Ave", "E Parkcenter Blvd",
              "W Victory Rd", "S Federal Way", "W Franklin Rd", "N Collister Dr",
              "N Bogus Basin Rd", "W Hays St", "N 13th St", "W Irving St", "S Latah St",
              "N Milwaukee St", "W Amity Rd", "S Cloverdale Rd", "N Glenwood St"],
    "Meridian": ["E Fairview Ave", "W Cherry Ln", "N Locust Grove Rd", "S Meridian Rd",
                 "E Amity Rd", "W Chinden Blvd", "N Linder Rd", "S Ten Mile Rd",
                 "E Ustick Rd", "W McMillan Rd", "N Black Cat Rd"],
    "Eagle": ["E State St", "N Eagle Rd", "W Floating Feather Rd", "N Linder Rd",
              "W Beacon Light Rd", "N Ballantyne Ln"],
    "Nampa": ["12th Ave S", "E Greenhurst Rd", "W Karcher Rd", "N Midland Blvd",
              "Garrity Blvd", "E Amity Ave", "S Powerline Rd", "Lake Lowell Ave"],
    "Kuna": ["W Deer Flat Rd", "W Kuna Rd", "N Linder Ave", "S Ten Mile Rd",
             "W Hubbard Rd", "Kuna Mora Rd"],
    "Star": ["W State St", "N Star Rd", "W Beacon Light Rd", "N Can Ada Rd"],
    "Garden City": ["W Chinden Blvd", "E 44th St", "N Adams St", "W Marigold St"],
    "Caldwell": ["S 10th Ave", "Cleveland Blvd", "E Ustick Rd", "S Kimball Ave",
                 "Middleton Rd", "Farmway Rd"],
    "Emmett": ["N Washington Ave", "W Main St", "S Johns Ave", "Old Freezeout Rd"],
    "Mountain Home": ["N 3rd E", "American Legion Blvd", "E 8th N", "Airbase Rd"],
    "Mountain Home AFB": ["Gunfighter Ave", "Falcon St", "Sabre St"],
    "Asheville": ["Merrimon Ave", "Haywood Rd", "Tunnel Rd", "Hendersonville Rd",
                  "Charlotte St", "Patton Ave", "Sweeten Creek Rd", "Brevard Rd",
                  "Leicester Hwy", "New Leicester Hwy", "Beaverdam Rd",
                  "Town Mountain Rd", "Riceville Rd", "Old Haw Creek Rd", "Sand Hill Rd",
                  "Kimberly Ave", "Macon Ave", "Edgewood Rd", "Montford Ave",
                  "Chestnut St", "Biltmore Ave", "Fairview Rd", "Sardis Rd",
                  "Hominy Creek Rd", "Londonderry Rd", "Swannanoa River Rd",
                  "Lakeshore Dr", "Onteora Blvd", "Lookout Rd"],
    "Weaverville": ["Reems Creek Rd", "N Main St", "Weaverville Hwy", "Monticello Rd",
                    "Ox Creek Rd", "Jupiter Rd"],
    "Black Mountain": ["Montreat Rd", "Craigmont Rd", "Broadway Ave", "Blue Ridge Rd",
                       "Old US 70"],
    "Swannanoa": ["Bee Tree Rd", "Old US 70", "Grovemont Ave", "Warren Wilson Rd"],
    "Arden": ["Long Shoals Rd", "Airport Rd", "Mills Gap Rd", "Glenn Bridge Rd",
              "Royal Pines Dr"],
    "Fletcher": ["Howard Gap Rd", "Cane Creek Rd", "Jackson Rd", "Old Airport Rd"],
    "Candler": ["Smokey Park Hwy", "Pisgah Hwy", "Dogwood Rd", "Sand Hill Rd",
                "Warren Creek Rd"],
    "Leicester": ["Leicester Hwy", "Newfound Rd", "Sandy Mush Rd", "Gilbert Rd"],
    "Fairview": ["Old Charlotte Hwy", "Cane Creek Rd", "Flat Creek Rd", "Garren Creek Rd"],
    "Hendersonville": ["Spartanburg Hwy", "Kanuga Rd", "N Main St", "Haywood Rd",
                       "Chimney Rock Rd", "Asheville Hwy", "Francis Rd", "Greenville Hwy"],
    "Mars Hill": ["N Main St", "Bailey Branch Rd", "Forks of Ivy Rd", "Petersburg Rd"],
    "Marshall": ["Walnut Creek Rd", "Big Pine Rd", "Walnut Dr"],
    "Waynesville": ["Russ Ave", "Dellwood Rd", "Jonathan Creek Rd", "Hyatt Creek Rd",
                    "Crymes Cove Rd"],
    "Barnardsville": ["Barnardsville Hwy", "Dillingham Rd", "Paint Fork Rd"],
    "Alexander": ["Old Marshall Hwy", "Alexander Rd", "Flat Creek Church Rd"],
    "Woodfin": ["Elk Mountain Rd", "Riverside Dr", "Weaverville Rd"],
    "Biltmore Forest": ["Vanderbilt Rd", "Busbee Rd", "Stuyvesant Rd"],
    "Montreat": ["Assembly Dr", "Louisiana Rd"],
    "Ocala": ["SW College Rd", "NW Gainesville Rd", "NW Blitchton Rd", "SE Maricamp Rd",
              "E Silver Springs Blvd", "SW State Road 200", "E Fort King St",
              "NE Jacksonville Rd", "SE Lake Weir Ave", "NW Pine Ave", "SE Baseline Rd",
              "NW Hwy 225A", "NW Hwy 27", "N US Hwy 441", "NW Martin Luther King Jr Ave"],
    "Reddick": ["NW Hwy 225A", "W Hwy 326", "N US Hwy 441", "NW 170th St",
                "NW Gainesville Rd"],
    "Citra": ["N US Hwy 301", "NE CR 318", "E Hwy 318"],
    "Anthony": ["NE Jacksonville Rd", "N US Hwy 301", "NE 97th St"],
    "Williston": ["NE 2nd St", "SW 7th St", "NE 7th Ave", "CR 318"],
    "Dunnellon": ["W Pennsylvania Ave", "N Williams St", "SW Hwy 484"],
    "Belleview": ["SE Abshier Blvd", "SE 110th St", "SE Hames Rd"],
    "Summerfield": ["SE Hwy 42", "SE 147th St", "SE 175th Pl"],
    "Morriston": ["NE 180th Ave", "SE CR 337", "NE 170th Ct"],
    "Fort McCoy": ["NE Hwy 315", "E Hwy 316", "NE 160th Ave"],
    "Silver Springs": ["E Hwy 40", "NE 58th Ave"],
    "Micanopy": ["NW Cholokka Blvd", "SE CR 234"],
    "Sparr": ["N US Hwy 301", "NE 145th St"],
    "McIntosh": ["NW 13th St", "N US Hwy 441"],
    "Weirsdale": ["SE Hwy 42", "SE 180th Ave"],
    "The Villages": ["Buena Vista Blvd", "Morse Blvd", "Canal St", "Paige Pl",
                     "Del Mar Dr", "Rio Grande Ave"],
    "Orange Lake": ["N US Hwy 441", "NW 199th Pl"],
}

# Residential street words by region (plausible subdivision names).
RES_WORDS = {
    "tx": ["Live Oak", "Pecan Grove", "Cedar Elm", "Mesquite", "Limestone", "Agarita",
           "Yaupon", "Bluebonnet", "Indian Paintbrush", "Persimmon Gap", "Armadillo",
           "Hackberry", "Possum Trot", "Wildflower", "Cactus Rose", "Lantana", "Sotol",
           "Escondido", "Las Cimas", "Vista Verde", "Canyon Ridge", "Rim Rock",
           "Deer Run", "Dove Meadow", "Quail Creek", "Whitetail", "Blanco River",
           "Pedernales", "Mustang Ridge", "Caliche", "Chisholm Trail", "Longhorn",
           "Sendero", "Encino", "Palo Duro", "Cimarron", "Laurel Oak", "Bur Oak",
           "Red Oak", "Pinto", "Comanche", "Wagon Wheel", "Spanish Oak", "Sycamore",
           "Windmill", "Roadrunner", "Jackrabbit", "Horseshoe", "Saddle Ridge",
           "Bandera Pass", "Sabinal", "Frio", "Llano", "Nueces", "Paloma", "Tuscan",
           "Mission Hill", "Castle Rock", "Granite Shoals", "Hidden Valley",
           "Brazos", "Guadalupe Bend", "Oak Knoll", "Pecan Hollow"],
    "id": ["Sagebrush", "Ponderosa", "Syringa", "Teton", "Owyhee", "Bitterroot",
           "Cottonwood", "Aspen", "Bluebird", "Quail Ridge", "Pheasant", "Mountain View",
           "River Run", "Harvest", "Wheatfield", "Canal", "Sawtooth", "Salmon River",
           "Lodgepole", "Chokecherry", "Elk Ridge", "Basalt", "Table Rock",
           "Hidden Springs", "Stagecoach", "Trail Creek", "Pioneer", "Homestead",
           "Meadowlark", "Tamarack", "Cobblestone", "Huckleberry", "Redhawk",
           "Silverton", "Brundage", "Payette", "Weiser", "Bogus View", "Lone Pine",
           "Dry Creek", "Kestrel", "Syringa Ridge"],
    "nc": ["Laurel Ridge", "Rhododendron", "Dogwood", "Mountain View", "Sunset Ridge",
           "Bear Wallow", "Pine Hollow", "Cove Creek", "Holly Branch", "Piney Mountain",
           "Ridgeview", "Misty Mountain", "Galax", "Trillium", "Laurel Cove", "Sourwood",
           "Hemlock", "Mill Creek", "Buckeye", "Chestnut Ridge", "Walnut Cove",
           "Rocky Knob", "Bent Creek", "Hawk Ridge", "Sugar Hollow", "Poplar Springs",
           "Blue Ridge View", "Cedar Cliff", "Old Farm", "Split Rail", "Spring Cove",
           "High Meadow", "Fox Run", "Spooks Branch", "Ivy Hill", "Crooked Creek",
           "Locust Grove", "Sassafras", "Pisgah View", "Beaverdam Knoll"],
    "fl": ["Palmetto", "Magnolia", "Cypress Point", "Spanish Moss", "Egret", "Heron",
           "Sabal Palm", "Live Oak", "Orange Blossom", "Sandpiper", "Pelican", "Osprey",
           "Longleaf", "Turkey Oak", "Hammock", "Saw Palmetto", "Wiregrass", "Citrus",
           "Ibis", "Bahia", "Mockingbird", "Coquina", "Manatee", "Bridle Path",
           "Paddock", "Stirrup", "Derby", "Thoroughbred", "Foxtail", "Sandhill Crane",
           "Cracker", "Loblolly", "Blue Heron", "Pine Needle", "Wild Turkey"],
}
RES_TYPES = {
    "tx": [("Dr", 5), ("Ln", 4), ("Cv", 4), ("Trl", 3), ("Ct", 3), ("Cir", 2),
           ("Bnd", 2), ("Pass", 1), ("Way", 2), ("Path", 1), ("Loop", 1), ("St", 2)],
    "id": [("Way", 4), ("Dr", 3), ("St", 3), ("Ave", 3), ("Ln", 3), ("Pl", 2),
           ("Ct", 2), ("Loop", 1)],
    "nc": [("Rd", 5), ("Dr", 3), ("Ln", 4), ("Trl", 2), ("Way", 2), ("Ct", 1), ("Cir", 1)],
    "fl": [("Dr", 3), ("Ln", 3), ("Ct", 2), ("Way", 2), ("Pl", 2), ("Trl", 1),
           ("Loop", 2), ("Ter", 2), ("Cir", 1)],
}
LOC_REGION = {"austin": "tx", "sanantonio": "tx", "boise": "id", "asheville": "nc",
              "ocala": "fl"}
MARION_GRID_CITIES = ["Ocala", "Reddick", "Citra", "Anthony", "Dunnellon", "Belleview",
                      "Summerfield", "Fort McCoy", "Silver Springs", "Sparr", "Weirsdale",
                      "Orange Lake", "McIntosh"]
BOISE_DIR_CITIES = ["Boise", "Meridian", "Eagle", "Kuna", "Star", "Garden City",
                    "Nampa", "Caldwell"]

# Rural road stock for ranches / farms / equine owners.
RURAL_ROADS = {
    "austin": [("Dripping Springs", "RR 12"), ("Dripping Springs", "FM 150 W"),
               ("Georgetown", "CR 245"), ("Georgetown", "CR 110"), ("Leander", "CR 279"),
               ("Leander", "CR 175"), ("Manor", "FM 973"), ("Hutto", "CR 132"),
               ("Buda", "FM 2001"), ("Kyle", "FM 150"), ("Austin", "FM 1826"),
               ("Austin", "FM 969"), ("Pflugerville", "FM 685"), ("Round Rock", "CR 112")],
    "sanantonio": [("Boerne", "FM 474"), ("Boerne", "FM 3351"), ("Bulverde", "FM 1863"),
                   ("New Braunfels", "FM 306"), ("New Braunfels", "FM 725"),
                   ("Seguin", "FM 725"), ("Garden Ridge", "FM 3009"),
                   ("Helotes", "Scenic Loop Rd"), ("Cibolo", "FM 1103"),
                   ("San Antonio", "Old Pearsall Rd"), ("Converse", "FM 78")],
    "boise": [("Kuna", "W Deer Flat Rd"), ("Kuna", "Kuna Mora Rd"),
              ("Star", "W Beacon Light Rd"), ("Eagle", "W Beacon Light Rd"),
              ("Emmett", "Old Freezeout Rd"), ("Caldwell", "Farmway Rd"),
              ("Nampa", "S Powerline Rd"), ("Meridian", "N Black Cat Rd"),
              ("Mountain Home", "Airbase Rd")],
    "asheville": [("Leicester", "Sandy Mush Rd"), ("Barnardsville", "Paint Fork Rd"),
                  ("Fairview", "Garren Creek Rd"), ("Marshall", "Big Pine Rd"),
                  ("Alexander", "Flat Creek Church Rd"), ("Candler", "Warren Creek Rd"),
                  ("Waynesville", "Jonathan Creek Rd"), ("Mars Hill", "Forks of Ivy Rd"),
                  ("Weaverville", "Reems Creek Rd")],
    "ocala": [("Reddick", "NW Hwy 225A"), ("Reddick", "W Hwy 326"),
              ("Ocala", "NW Hwy 27"), ("Citra", "N US Hwy 301"), ("Citra", "NE CR 318"),
              ("Sparr", "N US Hwy 301"), ("Anthony", "NE Jacksonville Rd"),
              ("Williston", "CR 318"), ("Morriston", "SE CR 337"),
              ("Fort McCoy", "NE Hwy 315"), ("Micanopy", "SE CR 234"),
              ("Orange Lake", "N US Hwy 441"), ("Weirsdale", "SE Hwy 42"),
              ("Ocala", "NW Hwy 225A"), ("Dunnellon", "SW Hwy 484")],
}
# Places that still hand out highway-contract / rural-route boxes.
HC_CITIES = {"boise": ["Kuna", "Emmett", "Mountain Home", "Star"],
             "asheville": ["Marshall", "Barnardsville", "Leicester", "Mars Hill"],
             "austin": ["Dripping Springs", "Leander"],
             "sanantonio": ["Bulverde", "Boerne"],
             "ocala": ["Fort McCoy", "Morriston", "McIntosh"]}

# Where customers move to (military PCS moves, snowbirds, retirees).
MILITARY_MOVES = [
    ("Killeen", "TX", ["76542", "76543", "76549"], "254",
     ["Stan Schlueter Loop", "W Trimmier Rd", "Clear Creek Rd", "Bunny Trl", "Elms Rd"]),
    ("Colorado Springs", "CO", ["80913", "80916", "80922"], "719",
     ["Fountain Blvd", "Academy Blvd", "Powers Blvd", "Constitution Ave"]),
    ("Fayetteville", "NC", ["28311", "28314", "28303"], "910",
     ["Raeford Rd", "Skibo Rd", "Bragg Blvd", "Cliffdale Rd"]),
    ("Clarksville", "TN", ["37042", "37043"], "931",
     ["Fort Campbell Blvd", "Tiny Town Rd", "Trenton Rd"]),
    ("Oceanside", "CA", ["92057", "92056"], "760", ["Mission Ave", "College Blvd",
                                                    "Oceanside Blvd"]),
    ("Fort Walton Beach", "FL", ["32547", "32548"], "850",
     ["Racetrack Rd", "Beal Pkwy", "Hollywood Blvd"]),
    ("Bellevue", "NE", ["68123", "68005"], "402", ["Harlan Dr", "Cornhusker Rd"]),
    ("Del Rio", "TX", ["78840"], "830", ["Veterans Blvd", "Bedell Ave"]),
    ("Wichita Falls", "TX", ["76306", "76308"], "940", ["Kell Blvd", "Southwest Pkwy"]),
    ("Hampton", "VA", ["23666", "23669"], "757", ["Mercury Blvd", "Big Bethel Rd"]),
    ("Anchorage", "AK", ["99504", "99508"], "907", ["Muldoon Rd", "Boniface Pkwy"]),
    ("Tucson", "AZ", ["85706", "85748"], "520", ["S Craycroft Rd", "E Golf Links Rd"]),
    ("Mountain Home", "ID", ["83647"], "208", ["American Legion Blvd", "Airbase Rd"]),
]
APO_ADDRS = [("APO", "AE", ["09012", "09021", "09094", "09180", "09461"]),
             ("APO", "AP", ["96319", "96267", "96205"]),
             ("FPO", "AE", ["09622"])]
EQUINE_HOMES = [
    ("Lexington", "KY", ["40511", "40505"], "859",
     ["Paris Pike", "Iron Works Pike", "Russell Cave Rd", "Bryan Station Rd"]),
    ("Wellington", "FL", ["33414", "33449"], "561",
     ["South Shore Blvd", "Pierson Rd", "Lake Worth Rd"]),
    ("Aiken", "SC", ["29801", "29803"], "803", ["Whiskey Rd", "Banks Mill Rd",
                                                "Silver Bluff Rd"]),
    ("Colts Neck", "NJ", ["07722"], "732", ["Laird Rd", "Bucks Mill Rd"]),
    ("Middleburg", "VA", ["20117"], "540", ["Zulla Rd", "The Plains Rd"]),
]
STATE_NAMES = {"TX": "Texas", "ID": "Idaho", "NC": "North Carolina", "FL": "Florida",
               "CO": "Colorado", "TN": "Tennessee", "CA": "California", "NE": "Nebraska",
               "VA": "Virginia", "AK": "Alaska", "AZ": "Arizona", "KY": "Kentucky",
               "SC": "South Carolina", "NJ": "New Jersey", "AE": "AE", "AP": "AP"}

DIRS = ["N", "S", "E", "W", "NE", "NW", "SE", "SW"]
DIR_LONG = {"N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast",
            "NW": "Northwest", "SE": "Southeast", "SW": "Southwest"}
STYPE_LONG = {"Rd": "Road", "Dr": "Drive", "Ln": "Lane", "St": "Street",
              "Ave": "Avenue", "Blvd": "Boulevard", "Trl": "Trail", "Ct": "Court",
              "Cir": "Circle", "Pkwy": "Parkway", "Hwy": "Highway", "Pl": "Place",
              "Cv": "Cove", "Ter": "Terrace", "Bnd": "Bend", "Trce": "Trace",
              "Way": "Way", "Loop": "Loop", "Pass": "Pass", "Path": "Path"}
ROAD_LONG = [  # (regex on the street name, replacement options)
    (r"^FM (\S+)", ["Farm to Market Rd \\1", "FM Rd \\1", "Farm to Market Road \\1"]),
    (r"^RR (\S+)", ["Ranch Road \\1", "Ranch Rd \\1"]),
    (r"^CR (\S+)", ["County Road \\1", "County Rd \\1"]),
    (r"^(\w+ )?CR (\S+)", ["\\1County Road \\2"]),
    (r"^US Hwy (\S+)", ["US Highway \\1"]),
    (r"^Hwy (\S+)", ["Highway \\1"]),
]


# ---------------------------------------------------------------------------
# organisations
# ---------------------------------------------------------------------------
PLACE_WORDS = {
    "austin": ["Hill Country", "Bluebonnet", "Pecan Street", "Barton Creek", "Lone Star",
               "Balcones", "Onion Creek", "Brushy Creek", "Pedernales", "Shoal Creek",
               "Bull Creek", "Colorado River", "Live Oak", "Cedar Hills", "Capital City",
               "Blanco Valley", "Lady Bird", "Mount Bonnell", "Walnut Creek", "Violet Crown"],
    "sanantonio": ["Alamo City", "Mission Trail", "Medina River", "Salado Creek",
                   "Cibolo Creek", "Guadalupe River", "Leon Springs", "Comal", "Bexar",
                   "Helotes Creek", "Olmos Park", "Brackenridge", "Dominion", "Texas Star",
                   "Canyon Lake", "Bandera Hills", "Sabinal", "Frio River"],
    "boise": ["Treasure Valley", "Boise River", "Sawtooth", "Owyhee", "Bogus Basin",
              "Table Rock", "Snake River", "Payette", "Eagle Island", "Lucky Peak",
              "Syringa", "Gem State", "Dry Creek", "Hulls Gulch", "Camels Back",
              "Oregon Trail", "Danskin"],
    "asheville": ["Blue Ridge", "Smoky Mountain", "Pisgah", "French Broad", "Craggy",
                  "Laurel Cove", "Swannanoa", "Reems Creek", "Mount Mitchell", "Sandy Mush",
                  "Hominy Valley", "Bent Creek", "Beaverdam", "Ivy Creek", "Cane Creek",
                  "Mountain Laurel", "Black Mountain", "Sugar Hollow", "Shelton Laurel"],
    "ocala": ["Silver River", "Rainbow Springs", "Ocklawaha", "Marion Oaks",
              "Orange Lake", "Kendrick", "Live Oak Hammock", "Sandhill", "Cross Creek",
              "Santos", "Lake Weir", "Fort King", "Florida Horse", "Paynes Prairie",
              "Sunshine State", "Longleaf", "Ocala Hills"],
}
FEATURE_WORDS = ["Whispering Pines", "Silver Meadow", "Cedar Hill", "Ravenwood", "Foxcroft",
                 "Briar Patch", "Shady Acres", "Magnolia Run", "Stonegate", "Hammock Ridge",
                 "Spring Hollow", "Blue Heron", "Copper Creek", "Windmill Hill", "Twin Oaks",
                 "Hidden Meadow", "Heritage Oaks", "Saddle Brook", "Crescent Moon",
                 "Lone Palm", "Cypress Bend", "Rolling Hills", "Morning Star", "Tall Pines",
                 "Willow Bend", "Oak Haven", "Sunny Slope", "Fox Hollow", "Eagle Rock",
                 "Red Gate", "Three Creeks", "Painted Sky", "Quarter Circle", "High Plains",
                 "Stillwater", "Green Gables", "Sweetwater", "Clover Hill", "Timber Ridge",
                 "Misty Meadow", "Goldcrest", "Sunnybrook", "Windsong", "Starlight",
                 "Honeybrook", "Maplewood", "Redbud", "Heartland", "Silverlake",
                 "Stonebridge", "Willowbrook", "Briarwood", "Copperhill", "Timberline",
                 "Cedar Ridge", "Bramble Hill", "Meadow Lark", "Kettle Creek", "Bell Hollow",
                 "Poplar Grove", "Bitter Creek", "Coyote Ridge", "Dusty Trail", "Rocky Top"]
BREED_PLURALS = ["Goldens", "Labradors", "Labs", "Doodles", "Goldendoodles", "Aussies",
                 "Shepherds", "Frenchies", "Poodles", "Corgis", "Cavaliers", "Dachshunds",
                 "Bulldogs", "Border Collies", "Heelers", "Boxers", "Yorkies", "Shih Tzus",
                 "Weimaraners", "Vizslas", "Danes", "Berners", "Mastiffs", "Beagles",
                 "Pointers", "Setters", "Retrievers", "Spaniels", "Schnauzers", "Huskies",
                 "Catahoulas", "Blue Lacys", "Rottweilers", "Dobermans"]
CAT_BREEDS = ["Maine Coons", "Ragdolls", "Bengals", "Sphynx", "Siamese", "Persians"]
RESCUE_ANIMALS = ["Dog", "Animal", "Pet", "Cat", "Hound", "Greyhound", "Pit Bull",
                  "Senior Dog", "Beagle", "Boxer", "Chihuahua", "Husky", "Horse", "Equine",
                  "Donkey", "Rabbit", "Shepherd", "Doberman", "Dachshund", "Lab"]
RESCUE_WORDS = ["Paws", "Tails", "Whiskers", "Second Chance", "Forever Home", "Hope",
                "Lucky Dog", "Happy Tails", "Muddy Paws", "Wagging Tails", "Kindred Spirits",
                "Safe Haven", "New Leash", "Rescue Me", "Furever Friends", "Mutt Manor",
                "Last Hope", "Guardian Angel", "Sweet Pea", "Underdog"]
RESCUE_REGIONS = {
    "austin": ["Central Texas", "the Hill Country", "Austin", "Williamson County", "Hays County"],
    "sanantonio": ["South Texas", "San Antonio", "Bexar County", "Comal County", "the Hill Country"],
    "boise": ["the Treasure Valley", "Idaho", "Southwest Idaho", "Canyon County", "Ada County"],
    "asheville": ["Western North Carolina", "WNC", "the Blue Ridge", "Buncombe County",
                  "the Mountains"],
    "ocala": ["Marion County", "North Central Florida", "Ocala", "the Nature Coast",
              "Central Florida"],
}
BOARDING_PATTERNS = ["{p} Pet Resort", "{p} Pet Lodge", "{p} Boarding Kennels",
                     "{p} Dog Ranch", "{p} Kennels", "Bark at {p}", "{p} Doggie Daycare",
                     "{p} Canine Camp", "{p} Pet Hotel", "{p} Animal Inn", "{p} Kennel Club",
                     "Camp {p}", "{p} Pet Retreat"]
PETSIT_PATTERNS = ["{p} Pet Sitters", "{p} Pet Nannies", "{f}'s Pet Care",
                   "{w} Pet Sitting", "{p} Critter Care", "Happy Tails Pet Sitting of {c}",
                   "{f}'s Furry Friends", "{w} Pet Services", "{p} Paws & Claws",
                   "Fetch & Fluff Pet Care of {c}", "{f} & Co. Pet Sitting", "{p} Dog Walkers"]
PETSIT_WORDS = ["Happy Paws", "Wagging Tails", "Purrfect", "Good Dog", "Trusty Paws",
                "Loyal Companion", "Furry Friends", "Busy Bee", "Top Dog", "Cozy Critter",
                "Peace of Mind", "Home Sweet Home", "Four Paws", "Wet Nose"]
HORSE_FARM_PATTERNS = ["{p} Farm", "{p} Farms", "{p} Thoroughbreds", "{p} Equine",
                       "{fam} Farms", "{p} Training Center", "{p} Bloodstock",
                       "{p} Equestrian", "{fam} Thoroughbreds", "{p} Stud", "{p} Sport Horses",
                       "{fam} Racing Stable", "{p} Quarter Horses", "{p} Paso Finos"]
RANCH_PATTERNS = ["{fam} Ranch", "Double {L} Ranch", "Rocking {L} Ranch", "Lazy {L} Ranch",
                  "Circle {L} Ranch", "Bar {L} Cattle Co.", "{p} Ranch", "{fam} Land & Cattle",
                  "{fam} Angus", "{p} Creek Ranch", "{L}{L2} Ranch", "{fam} Family Ranch",
                  "Running {L} Ranch", "{fam} Hereford Ranch", "{p} Goat Ranch"]
STABLE_PATTERNS = ["{p} Stables", "{p} Equestrian Center", "{p} Riding Academy",
                   "{p} Boarding Stable", "{p} Farm & Stables", "{p} Sport Horses",
                   "{p} Horse Park", "{p} Riding Stables", "{p} Dressage", "{p} Eventing"]
SISTER_RANCH_SUFFIX = ["Land & Cattle", "Cattle Co.", "Ranch", "Farms", "Quarter Horses",
                       "Brothers Ranch", "Family Farm", "Thoroughbreds", "Angus"]

# City-government units (real towns; mailbox domains are invented .example domains).
GOV_TOWNS = {
    "austin": [("Round Rock", "Williamson"), ("Pflugerville", "Travis"),
               ("Cedar Park", "Williamson"), ("Leander", "Williamson"),
               ("Georgetown", "Williamson"), ("Kyle", "Hays"), ("Buda", "Hays"),
               ("Hutto", "Williamson"), ("Manor", "Travis"), ("Lakeway", "Travis")],
    "sanantonio": [("Schertz", "Guadalupe"), ("Cibolo", "Guadalupe"), ("Converse", "Bexar"),
                   ("Universal City", "Bexar"), ("Live Oak", "Bexar"), ("Selma", "Bexar"),
                   ("Helotes", "Bexar"), ("Boerne", "Kendall"), ("New Braunfels", "Comal"),
                   ("Leon Valley", "Bexar"), ("Windcrest", "Bexar"), ("Seguin", "Guadalupe")],
    "boise": [("Meridian", "Ada"), ("Nampa", "Canyon"), ("Caldwell", "Canyon"),
              ("Eagle", "Ada"), ("Kuna", "Ada"), ("Star", "Ada"), ("Garden City", "Ada"),
              ("Emmett", "Gem"), ("Mountain Home", "Elmore")],
    "asheville": [("Weaverville", "Buncombe"), ("Black Mountain", "Buncombe"),
                  ("Woodfin", "Buncombe"), ("Hendersonville", "Henderson"),
                  ("Fletcher", "Henderson"), ("Waynesville", "Haywood"),
                  ("Mars Hill", "Madison")],
    "ocala": [("Ocala", "Marion"), ("Belleview", "Marion"), ("Dunnellon", "Marion"),
              ("Williston", "Levy")],
}
SHELTER_PATTERNS = ["City of {t} Animal Services", "{t} Animal Shelter", "{t} Animal Control",
                    "{t} Animal Services"]
K9_PATTERNS = ["{t} Police Department K-9 Unit", "{t} Police Dept K9 Unit",
               "{t} PD K-9 Unit", "{t} Police K9 Program"]
LEGAL_FORMS = ["LLC", "Inc.", "Ltd.", "LP", "Co."]

# ---------------------------------------------------------------------------
# pets
# ---------------------------------------------------------------------------
PETS_COMMON = ["Bella", "Luna", "Max", "Charlie", "Cooper", "Daisy", "Lucy", "Bailey",
               "Sadie", "Molly", "Rocky", "Buddy", "Duke", "Bear", "Zeus", "Lola", "Coco",
               "Biscuit", "Pepper", "Rosie", "Maggie", "Roxy", "Gracie", "Tucker",
               "Bentley", "Winston", "Oliver", "Milo", "Leo", "Simba", "Nala", "Cleo",
               "Shadow", "Smokey", "Tiger", "Ginger", "Oreo", "Penny", "Ruby", "Hazel",
               "Remi", "Koda", "Blue", "Ranger", "Scout", "Moose", "Tank", "Diesel",
               "Bruno", "Toby", "Jack", "Louie", "Gus", "Murphy", "Finn", "Boomer",
               "Chewy", "Peanut", "Pebbles", "Princess", "Waffles", "Pickles", "Nugget",
               "Olive", "Juniper", "Willow", "Marley", "Sophie", "Ellie", "Harley"]
PETS_TX = ["Canela", "Chispa", "Chiquita", "Chico", "Oso", "Pelusa", "Negrito", "Manchas",
           "Paco", "Flaco", "Pancho", "Nieve", "Frito", "Queso", "Taco", "Brisket",
           "Tejano", "Bandit", "Dixie", "Rowdy", "Pistol", "Sancho", "Lupita", "Chula"]
PETS_VN = ["Mochi", "Boba", "Sushi", "Kiwi", "Mango", "Pho", "Bao", "Lucky", "Mimi",
           "Miu", "Bông", "Mực"]
PETS_ID = ["Tater", "Spud", "Huck", "Sawyer", "Teton", "Ranger", "Jasper", "Aspen"]
PETS_NC = ["Moonshine", "Dolly", "Banjo", "Blue", "Biscuit", "Hominy", "Pisgah", "Tupelo"]
PETS_HORSE = ["Whiskey", "Dixie", "Doc", "Cisco", "Apache", "Cash", "Bandit", "Pistol",
              "Sugar", "Trigger", "Gypsy", "Stormy", "Jasper", "Sterling", "Belle",
              "Sundance", "Copper", "Dakota", "Gatsby", "Vegas", "Remington", "Tonka"]

# ---------------------------------------------------------------------------
# e-mail providers as the US uses them (regional ISP legacy domains included)
# ---------------------------------------------------------------------------
FREEMAIL = ["gmail.com", "yahoo.com", "icloud.com", "hotmail.com", "outlook.com",
            "aol.com", "att.net", "sbcglobal.net", "comcast.net", "live.com", "me.com",
            "msn.com", "charter.net", "bellsouth.net", "cableone.net", "q.com",
            "ymail.com", "mac.com", "verizon.net", "frontier.com", "cox.net",
            "windstream.net", "earthlink.net", "protonmail.com"]
MAIL_BY_LOC_OLD = {
    "austin": [("gmail.com", 30), ("yahoo.com", 14), ("att.net", 10), ("sbcglobal.net", 10),
               ("aol.com", 8), ("hotmail.com", 8), ("outlook.com", 4), ("icloud.com", 6),
               ("austin.rr.com", 5)],
    "sanantonio": [("gmail.com", 28), ("yahoo.com", 15), ("att.net", 10),
                   ("sbcglobal.net", 12), ("aol.com", 8), ("hotmail.com", 9),
                   ("satx.rr.com", 6), ("icloud.com", 5)],
    "boise": [("gmail.com", 30), ("yahoo.com", 12), ("cableone.net", 14), ("q.com", 6),
              ("msn.com", 6), ("hotmail.com", 8), ("aol.com", 5), ("icloud.com", 6)],
    "asheville": [("gmail.com", 28), ("bellsouth.net", 12), ("charter.net", 14),
                  ("yahoo.com", 10), ("aol.com", 8), ("att.net", 6), ("icloud.com", 6),
                  ("frontier.com", 4), ("windstream.net", 4)],
    "ocala": [("gmail.com", 28), ("bellsouth.net", 12), ("aol.com", 10), ("yahoo.com", 12),
              ("cox.net", 6), ("att.net", 6), ("icloud.com", 6), ("comcast.net", 6),
              ("embarqmail.com", 4)],
}
MAIL_YOUNG = [("gmail.com", 60), ("icloud.com", 14), ("yahoo.com", 8), ("outlook.com", 8),
              ("hotmail.com", 5), ("me.com", 2), ("protonmail.com", 1)]
# legacy ISP domains that only exist in some regions are also treated as free-mail
FREEMAIL += ["austin.rr.com", "satx.rr.com", "embarqmail.com"]

# invented small business-domain TLDs
BIZ_TLDS = [("com", 10), ("net", 2), ("org", 1), ("us", 1), ("farm", 1)]
RESCUE_TLDS = [("org", 10), ("com", 1), ("net", 1)]

# invented employers for work e-mails (invented small domains)
WORK_DOMAINS = ["hillcountrytitle.example", "redoakdental.example", "capcityhvac.example",
                "alamoregional.example", "treasurevalleyschools.example",
                "blueridgehealth.example", "mariontitle.example", "lonestarlogistics.example",
                "gemstatecu.example", "pisgahlaw.example", "bexarmedgroup.example",
                "sunshinerealty.example"]

PERSON_KINDS = ["pet_owner", "household", "military_family", "retiree", "horse_owner",
                "foster_volunteer"]
ORG_KINDS = ["horse_farm", "ranch", "stable", "breeder", "rescue", "shelter", "k9_unit",
             "boarding_kennel", "pet_sitting"]


# ---------------------------------------------------------------------------
# normalisers used for evidence / shared / findability (check.py re-implements)
# ---------------------------------------------------------------------------
def norm_text(s):
    if not s:
        return ""
    s = strip_accents(s).casefold()
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return s.strip()


def norm_email(e):
    return e.strip().casefold() if e else None


def email_domain(e):
    e = norm_email(e)
    if not e or "@" not in e:
        return None
    return e.rsplit("@", 1)[1]


def norm_phone(p):
    if not p:
        return None
    p = re.sub(r"(?i)\s*(x|ext\.?|extension)\s*\d+\s*$", "", p)
    d = re.sub(r"\D", "", p)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d if len(d) == 10 else None


ADDR_WORD = {"road": "rd", "drive": "dr", "lane": "ln", "street": "st", "avenue": "ave",
             "av": "ave", "boulevard": "blvd", "trail": "trl", "court": "ct",
             "circle": "cir", "parkway": "pkwy", "highway": "hwy", "place": "pl",
             "cove": "cv", "terrace": "ter", "bend": "bnd", "trace": "trce",
             "north": "n", "south": "s", "east": "e", "west": "w", "northeast": "ne",
             "northwest": "nw", "southeast": "se", "southwest": "sw", "rt": "rr"}
ADDR_PHRASES = [("farm to market rd", "fm"), ("fm rd", "fm"), ("ranch rd", "rr"),
                ("rural route", "rr"), ("county rd", "cr"), ("post office box", "pobox"),
                ("p o box", "pobox"), ("po box", "pobox"), ("pob", "pobox")]
UNIT_WORDS = {"apt", "apartment", "unit", "ste", "suite", "lot", "spc", "space", "trlr",
              "bldg", "building", "rm", "room"}


def street_key(line1):
    if not line1:
        return None
    t = norm_text(line1.replace("#", " unit "))
    toks = [ADDR_WORD.get(w, w) for w in t.split()]
    s = " " + " ".join(toks) + " "
    for a, b in ADDR_PHRASES:
        s = s.replace(" " + a + " ", " " + b + " ")
    toks = s.split()
    for i, w in enumerate(toks):
        if i >= 2 and w in UNIT_WORDS:
            toks = toks[:i]
            break
    return " ".join(toks) or None


def zip5(pc):
    if not pc:
        return None
    d = re.sub(r"\D", "", pc)
    return d[:5] if len(d) >= 5 else None


def addr_shared(a, b):
    if not a or not b:
        return False
    ka, kb = street_key(a.get("line1")), street_key(b.get("line1"))
    if not ka or ka != kb:
        return False
    za, zb = zip5(a.get("postalCode")), zip5(b.get("postalCode"))
    if za and za == zb:
        return True
    ca, cb = norm_text(a.get("city")), norm_text(b.get("city"))
    return bool(ca) and ca == cb


def rec_city(rec):
    a = rec.get("address")
    if not a:
        return ""
    return norm_text(a.get("city"))


def evidence_of(a, b):
    ev = []
    ea, eb = norm_email(a.get("email")), norm_email(b.get("email"))
    if ea and ea == eb:
        ev.append("email")
    pa, pb = norm_phone(a.get("phone")), norm_phone(b.get("phone"))
    if pa and pa == pb:
        ev.append("phone")
    if addr_shared(a.get("address"), b.get("address")):
        ev.append("address")
    return ev


NAME_STOP = {"llc", "inc", "co", "the", "and", "of", "dr", "mr", "mrs", "ms", "jr", "sr",
             "ii", "iii", "iv", "ltd", "lp", "l", "c", "corp", "company", "incorporated"}
PERSON_SUFFIX_TOKENS = {"jr", "sr", "ii", "iii", "iv"}


def name_tokens(rec):
    parts = []
    dn = rec.get("displayName") or ""
    parts.append(re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", dn))
    for k in ("givenName", "familyName", "companyName"):
        if rec.get(k):
            parts.append(rec[k])
    toks = []
    for w in norm_text(" ".join(parts)).split():
        if len(w) < 2 or w in NAME_STOP:
            continue
        if w not in toks:
            toks.append(w)
    return toks


def _lev1(a, b):
    """True when edit distance <= 1."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
                and a[diff[1]] == b[diff[0]]:
            return True
        return False
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def _tok_sim(a, b):
    if a == b:
        return 1.0
    if len(a) >= 4 and len(b) >= 4 and _lev1(a, b):
        return 0.8
    return 0.0


def name_score(ra, rb):
    A, B = name_tokens(ra), name_tokens(rb)
    if not A or not B:
        return 0.0
    s1 = sum(max(_tok_sim(a, b) for b in B) for a in A) / len(A)
    s2 = sum(max(_tok_sim(b, a) for a in A) for b in B) / len(B)
    return round((s1 + s2) / 2.0, 6)


NC_MIN_SCORE = 0.5
NC_MARGIN = 0.2


def person_key(given, family):
    g = norm_text(given).split()
    f = [w for w in norm_text(family).split() if w not in PERSON_SUFFIX_TOKENS]
    if not g or not f:
        return None
    return g[0] + " " + " ".join(f)


LEGAL_TOKENS = {"llc", "inc", "ltd", "lp", "co", "corp", "incorporated", "company", "l",
                "c", "the"}


def company_key(c):
    toks = [w for w in norm_text(c).split() if w not in LEGAL_TOKENS]
    return " ".join(toks) or None


def name_keys(rec):
    keys = []
    if rec.get("companyName"):
        k = company_key(rec["companyName"])
        if k:
            keys.append("c:" + k)
    pk = person_key(rec.get("givenName"), rec.get("familyName"))
    if pk:
        keys.append("p:" + pk)
    return keys


def family_key(rec):
    f = [w for w in norm_text(rec.get("familyName")).split() if w not in PERSON_SUFFIX_TOKENS]
    return " ".join(f) or None


def shared_of(a, b):
    out = []
    ka, kb = name_keys(a), name_keys(b)
    if any(k in kb for k in ka):
        out.append("name")
    fa, fb = family_key(a), family_key(b)
    if fa and fa == fb:
        out.append("familyName")
    ea, eb = norm_email(a.get("email")), norm_email(b.get("email"))
    if ea and ea == eb:
        out.append("email")
    da, db = email_domain(a.get("email")), email_domain(b.get("email"))
    if da and da == db and da not in FREEMAIL:
        out.append("email_domain")
    pa, pb = norm_phone(a.get("phone")), norm_phone(b.get("phone"))
    if pa and pa == pb:
        out.append("phone")
    if addr_shared(a.get("address"), b.get("address")):
        out.append("address")
    ca, cb = rec_city(a), rec_city(b)
    if ca and ca == cb:
        out.append("city")
    return out


# ---------------------------------------------------------------------------
# registries: keep invented identifiers unique across customers
# ---------------------------------------------------------------------------
USED_IDS = {}
USED_EMAILS = {}
USED_PHONES = {}
USED_STREETS = {}
USED_NAMECITY = {}
USED_COMPANIES = {}
USED_LOOSE = {}


def loose_company_key(core):
    """Word set without one-letter brands and legal words: 'Bar M Cattle Co.' and
    'Bar D Cattle Co.' collapse, so they are not both invented."""
    toks = sorted(set(w for w in norm_text(core).split()
                      if len(w) >= 2 and w not in NAME_STOP))
    return " ".join(toks)


def new_id():
    while True:
        h = "c%07x" % R.getrandbits(28)
        if h not in USED_IDS:
            USED_IDS[h] = True
            return h


BAD_EXCH = {"555", "911", "411", "611", "811", "950", "958", "959", "976", "211", "311",
            "511", "711"}


def new_phone(area):
    while True:
        exch = "%03d" % R.randint(201, 989)
        if exch in BAD_EXCH or exch[1:] == "11":
            continue
        d = area + exch + "%04d" % R.randint(0, 9999)
        if d not in USED_PHONES:
            USED_PHONES[d] = True
            return d


def reserve_email(e):
    if e in USED_EMAILS:
        return False
    USED_EMAILS[e] = True
    return True


def ascii_slug(s, keep_space=False):
    s = strip_accents(s or "").lower()
    s = re.sub(r"[^a-z0-9 ]+", "", s)
    if keep_space:
        return s
    return s.replace(" ", "")


def parse_street(st):
    toks = st.split()
    predir = postdir = stype = ""
    if len(toks) > 1 and toks[0] in DIRS:
        predir = toks.pop(0)
    if len(toks) > 1 and toks[-1] in DIRS:
        postdir = toks.pop()
    if len(toks) > 1 and toks[-1] in STYPE_LONG:
        stype = toks.pop()
    return predir, " ".join(toks), stype, postdir


def city_entry(loc, city):
    for ent in LOCS[loc]["cities"]:
        if ent[0] == city:
            return ent
    return None


def pick_city(loc, exclude=()):
    opts = [(e, e[2]) for e in LOCS[loc]["cities"] if e[2] > 0 and e[0] not in exclude]
    return wpick(opts)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def residential_street(loc, city):
    reg = LOC_REGION[loc]
    if loc == "ocala" and city in MARION_GRID_CITIES and chance(0.7):
        d = pick(["NW", "NE", "SW", "SE"])
        n = R.randint(1, 210)
        t = wpick([("Ave", 5), ("St", 5), ("Ct", 2), ("Pl", 2), ("Ter", 1), ("Loop", 1),
                   ("Rd", 1)])
        return "%s %s %s" % (d, ordinal(n), t), "grid"
    words = RES_WORDS[reg]
    t = wpick(RES_TYPES[reg])
    name = pick(words)
    if reg == "nc" and chance(0.12):
        name = pick(NC_SUR) + pick([" Cove", " Branch", " Hollow"])
        t = "Rd"
    if loc == "boise" and city in BOISE_DIR_CITIES and chance(0.75):
        return "%s %s %s" % (pick(["N", "S", "E", "W"]), name, t), "boise"
    return "%s %s" % (name, t), "res"


def make_street_address(loc, city=None, street=None, unit_p=0.0, unit_kinds=None,
                        num_range=None, biz=False):
    """Structured street address, unique across all customers."""
    for _ in range(200):
        if city is None:
            ent = pick_city(loc)
        else:
            ent = city_entry(loc, city)
        cname, zips, _, alias, _ac = ent
        style = "art"
        st = street
        if st is None:
            if cname in STREETS and (chance(0.42) or biz):
                st = pick(STREETS[cname])
            else:
                st, style = residential_street(loc, cname)
        predir, name, stype, postdir = parse_street(st)
        if num_range:
            lo, hi = num_range
        elif style == "grid":
            lo, hi = 1000, 19999
        elif style == "boise":
            lo, hi = 100, 12999
        elif style == "res":
            lo, hi = 100, 9899
        else:
            lo, hi = 100, 15999
        num = str(R.randint(lo, hi))
        if style in ("res",) and chance(0.5):
            num = str(R.randint(100, 999) * 10 + pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]))
            if int(num) > hi:
                num = str(R.randint(lo, hi))
        unit_type = unit = None
        if unit_p and chance(unit_p):
            unit_type = wpick(unit_kinds or [("Apt", 6), ("Unit", 3), ("#", 1)])
            if unit_type in ("Apt", "#"):
                unit = pick([str(R.randint(101, 2430)), str(R.randint(1, 40)) + pick("ABCD"),
                             str(R.randint(100, 399))])
            elif unit_type == "Unit":
                unit = pick([pick("ABCDEF"), str(R.randint(1, 320))])
            elif unit_type == "Ste":
                unit = str(R.randint(1, 60) * 10 + pick([0, 0, 100, 200]))
            else:  # Lot
                unit = str(R.randint(1, 90))
        s = {"kind": "street", "num": num, "predir": predir, "name": name, "stype": stype,
             "postdir": postdir, "unit_type": unit_type, "unit": unit, "city": cname,
             "state": LOCS[loc]["state"], "zip": pick(zips), "zip4": "%04d" % R.randint(1001, 9899),
             "alias": alias}
        key = street_key(line1_of(s, {})) + "|" + s["zip"]
        if key in USED_STREETS:
            continue
        USED_STREETS[key] = True
        return s
    raise RuntimeError("address space exhausted")


def make_other_address(city, state, zips, streets, unit_p=0.3):
    for _ in range(200):
        predir, name, stype, postdir = parse_street(pick(streets))
        s = {"kind": "street", "num": str(R.randint(100, 12999)), "predir": predir,
             "name": name, "stype": stype, "postdir": postdir, "unit_type": None,
             "unit": None, "city": city, "state": state, "zip": pick(zips),
             "zip4": "%04d" % R.randint(1001, 9899), "alias": None}
        if chance(unit_p):
            s["unit_type"], s["unit"] = "Apt", str(R.randint(101, 1420))
        key = street_key(line1_of(s, {})) + "|" + s["zip"]
        if key in USED_STREETS:
            continue
        USED_STREETS[key] = True
        return s
    raise RuntimeError("address space exhausted")


def make_box_address(loc, city, kind="pobox"):
    ent = city_entry(loc, city)
    for _ in range(200):
        s = {"kind": kind, "num": None, "predir": "", "name": "", "stype": "", "postdir": "",
             "unit_type": None, "unit": None, "city": city, "state": LOCS[loc]["state"],
             "zip": ent[1][0], "zip4": "%04d" % R.randint(1001, 9899), "alias": ent[3]}
        if kind == "pobox":
            s["box"] = str(R.randint(1, 2999) if city not in ("Ocala", "Boise", "San Antonio",
                                                                "Austin", "Asheville")
                           else R.randint(1, 9999))
        else:
            s["route"] = str(R.randint(1, 79))
            s["box"] = str(R.randint(1, 4999))
        key = street_key(line1_of(s, {})) + "|" + s["zip"]
        if key in USED_STREETS:
            continue
        USED_STREETS[key] = True
        return s
    raise RuntimeError("box space exhausted")


def make_apo_address():
    city, region, zips = pick(APO_ADDRS)
    for _ in range(200):
        s = {"kind": "apo", "num": None, "predir": "", "name": "", "stype": "", "postdir": "",
             "unit_type": None, "unit": None, "city": city, "state": region,
             "zip": pick(zips), "zip4": None, "alias": None,
             "psc": str(R.randint(1, 99)), "box": str(R.randint(1, 4999)),
             "apo_style": pick(["PSC", "Unit", "CMR"])}
        if s["apo_style"] == "Unit":
            s["psc"] = str(R.randint(2000, 8999))
        key = street_key(line1_of(s, {})) + "|" + s["zip"]
        if key in USED_STREETS:
            continue
        USED_STREETS[key] = True
        return s
    raise RuntimeError("apo space exhausted")


# ---- line rendering ---------------------------------------------------------
def road_long(name, variant):
    for pat, reps in ROAD_LONG:
        if re.match(pat, name):
            rep = reps[variant % len(reps)]
            return re.sub(pat, rep, name, count=1)
    return None


def has_road_name(s):
    return s["kind"] == "street" and any(re.match(p, s["name"]) for p, _ in ROAD_LONG)


def line1_of(s, o):
    k = s["kind"]
    if k == "pobox":
        sty = o.get("pobox_style", "PO Box")
        return "%s %s" % (sty, s["box"])
    if k == "hc":
        return ("HC %s, Box %s" if o.get("box_comma") else "HC %s Box %s") % (s["route"], s["box"])
    if k == "rr":
        return "%s %s Box %s" % (o.get("rr_style", "RR"), s["route"], s["box"])
    if k == "apo":
        return "%s %s Box %s" % (s["apo_style"], s["psc"], s["box"])
    parts = [s["num"]]
    if s["predir"]:
        parts.append(DIR_LONG[s["predir"]] if o.get("dir_long") else s["predir"])
    name = s["name"]
    if o.get("road_long") is not None:
        rl = road_long(name, o["road_long"])
        if rl:
            name = rl
    if o.get("num_typo"):
        parts[0] = o["num_typo"]
    parts.append(name)
    if s["stype"]:
        parts.append(STYPE_LONG[s["stype"]] if o.get("suffix_long") else s["stype"])
    if s["postdir"]:
        parts.append(DIR_LONG[s["postdir"]] if o.get("dir_long") else s["postdir"])
    return " ".join(parts)


def unit_text(s, style):
    if not s.get("unit"):
        return None
    ut = s["unit_type"]
    if style and style != "canon":
        ut = style
    if ut == "#":
        return "#" + s["unit"]
    if ut == "Apt.":
        return "Apt. " + s["unit"]
    return "%s %s" % (ut, s["unit"])


# ---------------------------------------------------------------------------
# canonical customers
# ---------------------------------------------------------------------------
ETH_BY_LOC = {
    "austin": [("anglo", 40), ("hisp", 35), ("viet", 11), ("indian", 4), ("chinese", 3),
               ("korean", 2), ("black", 5)],
    "sanantonio": [("hisp", 58), ("anglo", 34), ("black", 5), ("viet", 2), ("korean", 1)],
    "boise": [("anglo", 87), ("hisp", 6), ("bosnian", 4), ("chinese", 1), ("viet", 2)],
    "asheville": [("anglo", 88), ("hisp", 5), ("black", 5), ("indian", 2)],
    "ocala": [("anglo", 72), ("hisp", 14), ("black", 7), ("irish", 7)],
}
IRISH_UK_SUR = ["O'Sullivan", "Byrne", "Fitzgerald", "Kavanagh", "Doyle", "Hennessy",
                "Whitbread", "Ashworth", "Pemberton", "Cavendish", "Fairweather", "Lismore"]
MIL_AREA = ["254", "719", "910", "931", "760", "850", "757", "907", "520", "402", "803",
            "601", "334", "405", "253", "315", "706", "912"]
EMAIL_WORDS = {
    "tx": ["hookem", "texasgal", "txaggie", "spursfan", "lonestar", "bluebonnet", "txmom",
           "bbqlover", "hillcountry", "tejana", "cowgirl", "dogmom"],
    "id": ["idahospud", "broncofan", "sawtooth", "trouthunter", "idahogal", "elkhunter",
           "skibogus", "dogmom"],
    "nc": ["mtnlaurel", "blueridge", "smokies", "tarheel", "hikerchick", "banjoman",
           "appalachian", "dogmom"],
    "fl": ["gatorfan", "horsegirl", "sunshine", "ocalahorse", "barnlife", "equestrian",
           "floridacracker", "catmom"],
}


def age_for(kind):
    if kind == "retiree":
        return "old"
    if kind == "military_family":
        return wpick([("young", 6), ("mid", 4)])
    return wpick([("young", 25), ("mid", 45), ("old", 30)])


def given_for(eth, gender, age, loc):
    """returns (given, nick-key)"""
    if eth == "hisp":
        if chance(0.12):
            g = pick(HISP_COMPOUND_F if gender == "f" else HISP_COMPOUND_M)
        else:
            g = pick(HISP_F if gender == "f" else HISP_M)
        key = g.split()[0]
        if key in ("Teresa", "Patricia"):
            key = key + "_es"
        if chance(0.22):
            parts = g.split()
            parts = [HISP_GIVEN_ACCENT.get(p, p) for p in parts]
            g = " ".join(parts)
        return g, key
    if eth == "viet":
        if chance(0.55):
            return pick(VIET_F if gender == "f" else VIET_M), None
        g = pick(VIET_WESTERN_F if gender == "f" else VIET_WESTERN_M)
        return g, g
    if eth in ("indian", "chinese", "korean", "bosnian"):
        src = {"indian": INDIAN, "chinese": CHINESE, "korean": KOREAN, "bosnian": BOSNIAN}[eth]
        g = pick(src[gender])
        return g, g
    if eth == "irish":
        opts = [n for n, gg in IRISH_UK_EQUINE if gg == gender]
        g = pick(opts)
        return g, g
    if eth == "black" and chance(0.5):
        g = pick(BLACK_GIVEN_F if gender == "f" else BLACK_GIVEN_M)
        return g, g
    if loc == "boise" and chance(0.14):
        g = pick(IDAHO_GIVEN_F if gender == "f" else IDAHO_GIVEN_M)
        return g, g
    lists = {("f", "old"): ANG_F_OLD, ("m", "old"): ANG_M_OLD, ("f", "mid"): ANG_F_MID,
             ("m", "mid"): ANG_M_MID, ("f", "young"): ANG_F_YOUNG, ("m", "young"): ANG_M_YOUNG}
    g = pick(lists[(gender, age)])
    return g, g


def family_for(eth, loc):
    """returns (family, family_parts or None)"""
    if eth == "hisp":
        f1 = pick(HISP_SUR)
        if chance(0.2):
            f1 = HISP_SUR_ACCENT.get(f1, f1)
        if chance(0.16):
            f2 = pick(HISP_SUR)
            if f2 == f1 or " " in f2 or " " in f1:
                return f1, None
            if chance(0.2):
                f2 = HISP_SUR_ACCENT.get(f2, f2)
            return f1 + " " + f2, [f1, f2]
        return f1, None
    if eth == "viet":
        return pick(VIET_SUR), None
    if eth in ("indian", "chinese", "korean", "bosnian"):
        src = {"indian": INDIAN, "chinese": CHINESE, "korean": KOREAN, "bosnian": BOSNIAN}[eth]
        return pick(src["sur"]), None
    if eth == "irish":
        return pick(IRISH_UK_SUR), None
    if eth == "black" and chance(0.4):
        return pick(BLACK_SUR), None
    r = R.random()
    if r < 0.06:
        return pick(ANG_SUR_APOS), None
    reg = LOC_REGION[loc]
    if reg == "tx" and r < 0.18:
        return pick(TX_GERMAN_SUR), None
    if reg == "id" and r < 0.40:
        return pick(IDAHO_SUR), None
    if reg == "nc" and r < 0.45:
        return pick(NC_SUR), None
    if reg == "fl" and r < 0.16:
        return pick(FL_SUR), None
    return pick(ANG_SUR), None


def pets_for(loc, eth, kind, n=None):
    pool = list(PETS_COMMON)
    reg = LOC_REGION[loc]
    if reg == "tx":
        pool += PETS_TX * (2 if eth == "hisp" else 1)
    if eth == "viet":
        pool += PETS_VN * 2
    if reg == "id":
        pool += PETS_ID
    if reg == "nc":
        pool += PETS_NC
    if kind in ("horse_owner", "horse_farm", "stable", "ranch"):
        pool = PETS_HORSE + PETS_COMMON[:20]
    if n is None:
        n = wpick([(1, 5), (2, 3), (3, 1)])
    out = []
    while len(out) < n:
        p = pick(pool)
        if p not in out:
            out.append(p)
    return out


def make_email_person(given, family, loc, age, pets, gender, taken_ok=False, young_bias=False):
    g = ascii_slug(given.split()[0])
    f = ascii_slug(family.replace("-", " ").split()[0]) if chance(0.5) else ascii_slug(family)
    if not g:
        g = "x"
    if not f:
        f = "mail"
    yy = {"old": R.randint(44, 64), "mid": R.randint(65, 92), "young": R.randint(93, 106)}[age] % 100
    nn = R.randint(1, 99)
    word = pick(EMAIL_WORDS[LOC_REGION[loc]])
    pet = ascii_slug(pets[0]) if pets else "buddy"
    pats = [("%s.%s" % (g, f), 10), ("%s%s" % (g, f), 8), ("%s%s" % (g[0], f), 8),
            ("%s_%s" % (g, f), 3), ("%s%s%02d" % (g, f, yy), 6), ("%s.%s%d" % (g, f, nn), 3),
            ("%s%s" % (f, g[0]), 2), ("%s%s%d" % (g, f[0], R.randint(100, 999)), 2),
            ("%s%s%02d" % (g[0], f, yy), 4), ("%s%02d" % (word, yy), 2),
            ("%s%s" % (word, g), 1)]
    if gender == "f":
        pats.append(("%ssmom" % pet, 3))
    else:
        pats.append(("%ssdad" % pet, 2))
    if len(pets) > 1:
        pats.append(("%sand%s" % (pet, ascii_slug(pets[1])), 1))
    if young_bias or age == "young":
        dom_pairs = MAIL_YOUNG
    elif age == "mid":
        dom_pairs = MAIL_YOUNG if chance(0.55) else MAIL_BY_LOC_OLD[loc]
    else:
        dom_pairs = MAIL_BY_LOC_OLD[loc]
    for _ in range(60):
        local = wpick(pats)
        dom = wpick(dom_pairs)
        e = "%s@%s" % (local, dom)
        if reserve_email(e):
            return e
        e = "%s%d@%s" % (local, R.randint(2, 999), dom)
        if reserve_email(e):
            return e
    raise RuntimeError("email space")


def make_alt_email(given, family, loc, age, pets, gender, current):
    """A second real mailbox of the same person (new provider, work address...)."""
    g = ascii_slug(given.split()[0]) or "x"
    f = ascii_slug(family) or "mail"
    for _ in range(60):
        r = R.random()
        if r < 0.25:
            e = "%s%s@%s" % (g[0], f, pick(WORK_DOMAINS))
        elif r < 0.35:
            e = "%s.%s@%s" % (g, f, pick(WORK_DOMAINS))
        else:
            e = make_email_person(given, family, loc, age, pets, gender, young_bias=True)
            if e != current:
                return e
            continue
        if reserve_email(e):
            return e
    raise RuntimeError("email space")


def gender_for(kind):
    if kind == "household":
        return "f" if chance(0.55) else "m"
    if kind == "military_family":
        return "f" if chance(0.45) else "m"
    return "f" if chance(0.62) else "m"


def person_city(loc, kind):
    if kind == "military_family" and loc == "sanantonio":
        r = R.random()
        if r < 0.28:
            return pick(["JBSA Lackland", "JBSA Randolph", "JBSA Fort Sam Houston"])
        if r < 0.75:
            return pick(["Universal City", "Converse", "Schertz", "Live Oak", "Cibolo",
                         "San Antonio", "San Antonio"])
        return None
    if kind == "military_family" and loc == "boise":
        return pick(["Mountain Home", "Mountain Home AFB", "Mountain Home", "Boise"])
    if kind == "retiree" and loc == "ocala" and chance(0.4):
        return "The Villages"
    if kind == "retiree" and loc == "austin" and chance(0.3):
        return "Georgetown"
    return None


def person_address(loc, kind, age, city=None):
    if kind == "horse_owner" and chance(0.6):
        c, road = pick(RURAL_ROADS[loc])
        return make_street_address(loc, city=c, street=road, num_range=(1000, 29999))
    if city is None:
        city = person_city(loc, kind)
    unit_p = {"young": 0.42, "mid": 0.18, "old": 0.07}[age]
    if kind == "retiree":
        unit_p = 0.12
    if kind == "military_family":
        unit_p = 0.3 if city is None or not city.startswith(("JBSA", "Mountain Home AFB")) else 0.0
    kinds = [("Apt", 6), ("Unit", 3), ("#", 1)]
    if loc in ("ocala", "boise", "asheville") and chance(0.15):
        kinds = [("Lot", 1)]
    return make_street_address(loc, city=city, unit_p=unit_p, unit_kinds=kinds)


def move_address(c):
    """Where this customer moves to (for 'moved' noise)."""
    loc, kind = c["loc"], c["kind"]
    if kind == "military_family":
        r = R.random()
        if r < 0.6:
            city, st, zips, area, streets = pick(MILITARY_MOVES)
            return make_other_address(city, st, zips, streets), area
        if r < 0.75:
            return make_apo_address(), None
    if kind == "retiree" and chance(0.3):
        if loc != "ocala":
            return make_street_address("ocala", city="The Villages"), "352"
        return make_street_address("asheville", city="Hendersonville"), "828"
    if kind == "horse_owner" and chance(0.3):
        city, st, zips, area, streets = pick(EQUINE_HOMES)
        return make_other_address(city, st, zips, streets, unit_p=0.0), area
    cur_city = c["addr_s"]["city"] if c.get("addr_s") else None
    ent = pick_city(loc, exclude=(cur_city,) if chance(0.5) and cur_city else ())
    return make_street_address(loc, city=ent[0], unit_p=0.25), None


def area_for(loc, city):
    ent = city_entry(loc, city) if city else None
    if ent:
        return pick(ent[4])
    return pick(pick(LOCS[loc]["cities"])[4])


def reserve_namecity(key, city, ent_id, allow_dup=False):
    k = (key or "") + "|" + norm_text(city)
    if k in USED_NAMECITY and not allow_dup:
        return False
    USED_NAMECITY[k] = ent_id
    return True


def make_person(loc, kind, forced=None):
    """forced: dict of fields to impose (used for hard negatives / namesakes)."""
    forced = forced or {}
    for _attempt in range(80):
        eth = forced.get("eth") or wpick(ETH_BY_LOC[loc])
        if kind == "horse_owner" and loc == "ocala" and "eth" not in forced and chance(0.1):
            eth = "irish"
        gender = forced.get("gender") or gender_for(kind)
        age = forced.get("age") or age_for(kind)
        given, nkey = given_for(eth, gender, age, loc)
        family, parts = family_for(eth, loc)
        if "given" in forced:
            given, nkey = forced["given"], forced.get("nkey", forced["given"])
        if "family" in forced:
            family, parts = forced["family"], forced.get("family_parts")
        c = {"id": forced.get("id") or None, "party": "person", "kind": kind, "loc": loc,
             "eth": eth, "gender": gender, "age": age, "given": given, "family": family,
             "family_parts": parts, "family_alt": None, "nicks": [], "middle": None,
             "title": None, "title_hidden": None, "suffix": forced.get("suffix"),
             "spouse": None, "pets": []}
        c["nicks"] = list(NICKNAMES.get(nkey or "", NICKNAMES.get(strip_accents(given), [])))
        if eth == "viet":
            c["middle"] = "Thi" if gender == "f" else "Van"
            if chance(0.3):
                c["middle"] = pick(["Ngoc", "Minh", "Thanh", "Kim", "Hoang", "Duc"])
        elif chance(0.45):
            c["middle"] = pick("ABCDEFGHJKLMNPRSTW")
        if gender == "f" and eth in ("anglo", "hisp", "black") and chance(0.12) \
                and "family" not in forced:
            other = family_for(eth, loc)[0]
            if " " not in other and " " not in family and other != family:
                if chance(0.4):
                    c["family"] = "%s-%s" % (other, family)
                    c["family_alt"] = family
                    c["family_parts"] = None
                else:
                    c["family_alt"] = other
        if chance(0.045) and kind != "military_family":
            c["title"] = TITLES_DR
        elif chance(0.03):
            c["title_hidden"] = TITLES_DR
        if gender == "m" and c["suffix"] is None and chance(0.05) and "suffix" not in forced:
            c["suffix"] = pick(SUFFIXES)
        if kind == "household":
            sg = "m" if gender == "f" else "f"
            if chance(0.07):
                sg = gender
            sgiven, _ = given_for(eth if eth != "irish" else "anglo", sg, age, loc)
            if sgiven.split()[0] != given.split()[0]:
                c["spouse"] = sgiven
        c["pets"] = pets_for(loc, eth, kind, n=(wpick([(2, 5), (3, 3), (4, 1)])
                                                 if kind == "household" else None))
        city = forced.get("city")
        if forced.get("addr_s"):
            c["addr_s"] = forced["addr_s"]
        else:
            c["addr_s"] = person_address(loc, kind, age, city=city)
        pk = person_key(c["given"], c["family"])
        if not reserve_namecity(pk, c["addr_s"]["city"], True,
                                allow_dup=forced.get("allow_name_dup", False)):
            if "addr_s" not in forced:
                # release the address and try another person
                pass
            continue
        break
    else:
        raise RuntimeError("could not make a unique person")
    # contact channels
    c["email"] = forced.get("email") or make_email_person(c["given"], c["family"], loc, age,
                                                          c["pets"], gender)
    c["email_alt"] = make_alt_email(c["given"], c["family"], loc, age, c["pets"], gender,
                                    c["email"])
    area = area_for(loc, c["addr_s"]["city"] if c["addr_s"]["state"] == LOCS[loc]["state"]
                    else None)
    c["phone"] = forced.get("phone") or new_phone(area)
    if kind == "military_family" and chance(0.5):
        c["phone_alt"] = new_phone(pick(MIL_AREA))
    else:
        c["phone_alt"] = new_phone(area_for(loc, None))
    c["addr_alt"], mv_area = move_address(c)
    if mv_area and kind in ("military_family", "retiree") and chance(0.35):
        c["phone_alt"] = new_phone(mv_area)
    c["addr_mail"] = None
    if c["addr_s"]["kind"] == "street" and c["addr_s"]["state"] == LOCS[loc]["state"] and \
            (kind == "horse_owner" or chance(0.06)) and city_entry(loc, c["addr_s"]["city"]):
        c["addr_mail"] = make_box_address(loc, c["addr_s"]["city"])
    # canonical presentation details
    c["country"] = wpick([("US", 55), (None, 30), ("USA", 15)])
    c["zip_mode"] = "9" if chance(0.1) else "5"
    # presence in the accounting system
    pe = {"retiree": 0.62, "military_family": 0.85}.get(kind, 0.78)
    c["has_email"] = chance(pe)
    c["has_phone"] = chance(0.9)
    c["has_addr"] = chance(0.8) or kind == "horse_owner"
    if not (c["has_email"] or c["has_phone"] or c["has_addr"]):
        c["has_phone"] = True
    c["contacts"] = []
    c["company"] = None
    return c


# ---- organisations -----------------------------------------------------------
GOV_USED = {}


def contact_person(loc, family=None, gender=None):
    eth = wpick(ETH_BY_LOC[loc])
    gender = gender or ("f" if chance(0.55) else "m")
    age = wpick([("young", 2), ("mid", 5), ("old", 3)])
    g, _ = given_for(eth, gender, age, loc)
    f = family or family_for(eth, loc)[0]
    return {"given": g, "family": f, "gender": gender, "age": age, "eth": eth}


def org_domain(core, tlds):
    base = ascii_slug(core)[:28]
    for _ in range(40):
        tld = wpick(tlds)
        d = "%s.%s" % (base, tld)
        if d not in USED_EMAILS:
            USED_EMAILS[d] = True
            return d
        base = base + pick(["tx", "llc", "inc", "pets", "k9", "co"])
    raise RuntimeError("domain space")


def gov_units(loc):
    out = []
    for town, county in GOV_TOWNS[loc]:
        out.append((town, town, "city"))
    seen = []
    for town, county in GOV_TOWNS[loc]:
        if county not in seen:
            seen.append(county)
    return out, seen


COUNTY_SEAT = {"Travis": "Austin", "Williamson": "Georgetown", "Hays": "Kyle",
               "Bexar": "San Antonio", "Comal": "New Braunfels", "Guadalupe": "Seguin",
               "Kendall": "Boerne", "Ada": "Boise", "Canyon": "Caldwell", "Gem": "Emmett",
               "Elmore": "Mountain Home", "Buncombe": "Asheville", "Henderson": "Hendersonville",
               "Haywood": "Waynesville", "Madison": "Marshall", "Marion": "Ocala",
               "Levy": "Williston"}


def gov_jurisdictions(loc):
    out = []
    for town, county in GOV_TOWNS[loc]:
        out.append(("city", town, town))
    seen = []
    for town, county in GOV_TOWNS[loc]:
        if county not in seen:
            seen.append(county)
            out.append(("county", county, COUNTY_SEAT[county]))
    return out


def gov_name(jtype, jname, unit):
    if jtype == "city":
        if unit == "shelter":
            return pick(SHELTER_PATTERNS).format(t=jname)
        return pick(K9_PATTERNS).format(t=jname)
    if unit == "shelter":
        return pick(["%s County Animal Services", "%s County Animal Shelter",
                     "%s County Animal Control"]) % jname
    return pick(["%s County Sheriff's Office K-9 Unit", "%s County Sheriff K9 Unit",
                 "%s County SO K-9"]) % jname


def gov_domain(jtype, jname):
    slug = ascii_slug(jname)
    return ("cityof%s.example" % slug) if jtype == "city" else ("%scounty.example" % slug)


def free_jurisdiction(loc, unit, need_partner_free=False):
    opts = []
    for j in gov_jurisdictions(loc):
        if (loc, j[1], unit) in GOV_USED:
            continue
        other = "k9" if unit == "shelter" else "shelter"
        if need_partner_free and (loc, j[1], other) in GOV_USED:
            continue
        opts.append(j)
    return pick(opts) if opts else None


def org_legal(kind):
    p = {"horse_farm": 0.5, "ranch": 0.45, "stable": 0.4, "breeder": 0.15, "rescue": 0.45,
         "boarding_kennel": 0.6, "pet_sitting": 0.55}.get(kind, 0.0)
    if not chance(p):
        return None
    if kind == "rescue":
        return wpick([("Inc.", 8), ("Inc", 2)])
    if kind == "ranch":
        return wpick([("LLC", 5), ("Ltd.", 4), ("LP", 1)])
    if kind == "horse_farm":
        return wpick([("LLC", 7), ("Inc.", 2), ("LP", 1)])
    return wpick([("LLC", 8), ("Inc.", 2)])


def org_core_name(loc, kind, contact, city):
    p = pick(PLACE_WORDS[loc] + FEATURE_WORDS)
    fam = contact["family"]
    L = pick("ABCDEFGHJKLMNPRSTW")
    L2 = pick("ABCDEFGHJKLMNPRSTW")
    if kind == "horse_farm":
        pat = pick(HORSE_FARM_PATTERNS)
    elif kind == "ranch":
        pat = pick(RANCH_PATTERNS)
    elif kind == "stable":
        pat = pick(STABLE_PATTERNS)
    elif kind == "breeder":
        if chance(0.12):
            pat = "{p} " + pick(CAT_BREEDS)
        else:
            pat = pick(["{p} " + pick(BREED_PLURALS)] * 6 + ["{p} Kennels", "{p} Kennel",
                                                               "{p} " + pick(BREED_PLURALS) + " Kennel"])
    elif kind == "rescue":
        a = pick(RESCUE_ANIMALS)
        w = pick(RESCUE_WORDS)
        reg = pick(RESCUE_REGIONS[loc])
        pat = pick(["{p} %s Rescue" % a, "%s %s Rescue" % (w, a), "%s Rescue of %s" % (w, reg),
                    "%s Rescue of %s" % (a, reg), "{p} Humane Society", "{p} Cat Coalition",
                    "%s Animal Rescue League" % w, "{p} Animal Rescue"])
        if "{p}" not in pat:
            p = w
    elif kind == "boarding_kennel":
        pat = pick(BOARDING_PATTERNS)
    elif kind == "pet_sitting":
        pat = pick(PETSIT_PATTERNS)
        if "{w}" in pat:
            p = pick(PETSIT_WORDS)
            pat = pat.replace("{w}", "{p}")
        if "{f}" in pat:
            p = contact["given"].split()[0]
            pat = pat.replace("{f}", "{p}")
    else:
        raise ValueError(kind)
    name = pat.format(p=p, fam=fam, L=L, L2=L2, c=city)
    if "{fam}" in pat:
        stem, sk = fam, "family"
    elif "{L}" in pat:
        stem, sk = name.replace(" Ranch", "").replace(" Cattle Co.", ""), "letter"
    elif kind == "pet_sitting" and p == contact["given"].split()[0]:
        stem, sk = p, "given"
    elif p in PETSIT_WORDS or p in RESCUE_WORDS:
        stem, sk = p, "word"
    else:
        stem, sk = p, "place"
    return name, stem, sk


def org_address(loc, kind, gov_city=None):
    if kind in ("horse_farm", "ranch") or (kind == "stable" and chance(0.65)) or \
            (kind == "breeder" and chance(0.3)):
        if chance(0.12) and HC_CITIES.get(loc):
            return make_box_address(loc, pick(HC_CITIES[loc]), kind="hc")
        if chance(0.78):
            c, road = pick(RURAL_ROADS[loc])
            return make_street_address(loc, city=c, street=road, num_range=(1000, 29999))
        return make_street_address(loc)
    if gov_city:
        return make_street_address(loc, city=gov_city, biz=True)
    if kind in ("boarding_kennel",):
        return make_street_address(loc, biz=chance(0.6), unit_p=0.15,
                                   unit_kinds=[("Ste", 5), ("Unit", 2)])
    if kind == "pet_sitting":
        return make_street_address(loc, unit_p=0.2, unit_kinds=[("Ste", 3), ("Apt", 2),
                                                                ("Unit", 1)])
    return make_street_address(loc, unit_p=0.05)


def org_email(kind, core, contact, loc, gov=None):
    g = ascii_slug(contact["given"].split()[0]) if contact else "office"
    f = ascii_slug(contact["family"]) if contact else ""
    if gov:
        unit, dom = gov
        if unit == "shelter":
            box = wpick([("animalservices", 4), ("animalshelter", 3), ("shelter", 2),
                         ("animalcontrol", 2), ("%s%s" % (g[0], f), 3), ("%s.%s" % (g, f), 3)])
        else:
            box = wpick([("k9unit", 3), ("k9", 2), ("pd.k9", 1), ("%s.%s" % (g, f), 4),
                         ("%s%s" % (g[0], f), 3)])
        for _ in range(20):
            e = "%s@%s" % (box, dom)
            if reserve_email(e):
                return e
            box = "%s%d" % (box, R.randint(2, 9))
        raise RuntimeError("gov email")
    slug = ascii_slug(core)[:26]
    p_dom = {"rescue": 0.45, "boarding_kennel": 0.7, "pet_sitting": 0.5, "breeder": 0.4,
             "horse_farm": 0.45, "ranch": 0.35, "stable": 0.5}.get(kind, 0.5)
    for _ in range(30):
        if chance(p_dom):
            dom = org_domain(core, RESCUE_TLDS if kind == "rescue" else BIZ_TLDS)
            boxes = {"rescue": ["info", "adopt", "adoptions", "rescue", "hello", "contact",
                                "vetcare", "medical"],
                     "horse_farm": ["info", "office", "barn", "farm", g],
                     "ranch": ["info", "office", "ranch", g],
                     "stable": ["info", "barn", "office", "lessons", g],
                     "boarding_kennel": ["info", "frontdesk", "reservations", "office", "hello"],
                     "pet_sitting": ["info", "hello", "bookings", g],
                     "breeder": ["info", "puppies", g, "kittens" if "Coon" in core else "litters"]}
            e = "%s@%s" % (pick(boxes.get(kind, ["info"])), dom)
        else:
            dom = wpick([("gmail.com", 7), ("yahoo.com", 2), ("outlook.com", 1),
                         ("aol.com", 1)])
            e = "%s%s@%s" % (slug, pick(["", "", "", str(R.randint(1, 99)), loc[:2]]), dom)
        if reserve_email(e):
            return e
    raise RuntimeError("org email")


def make_org(loc, kind, forced=None):
    forced = forced or {}
    gov = None
    for _attempt in range(80):
        contacts = forced.get("contacts")
        if contacts is None:
            contacts = [contact_person(loc) for _ in range(wpick([(1, 4), (2, 4), (3, 2)]))]
        city_hint = None
        if kind in ("shelter", "k9_unit"):
            unit = "shelter" if kind == "shelter" else "k9"
            if forced.get("jurisdiction"):
                j = forced["jurisdiction"]
            else:
                j = free_jurisdiction(loc, unit)
            if j is None:
                return None
            jtype, jname, jcity = j
            core = gov_name(jtype, jname, unit)
            stem, stem_kind = jname, "town"
            legal = None
            gov = (unit, gov_domain(jtype, jname))
            city_hint = jcity
        else:
            if forced.get("core"):
                core, stem, stem_kind = forced["core"], forced.get("stem"), forced.get("stem_kind")
            else:
                core, stem, stem_kind = org_core_name(loc, kind, contacts[0], pick_city(loc)[0])
            legal = forced.get("legal", org_legal(kind))
        ck = company_key(core)
        lk = loose_company_key(core)
        if ck in USED_COMPANIES or (lk in USED_LOOSE and not forced.get("core")):
            if forced.get("core"):
                raise RuntimeError("forced company name taken: " + core)
            continue
        break
    else:
        raise RuntimeError("could not name org")
    USED_COMPANIES[ck] = True
    USED_LOOSE[lk] = True
    if gov:
        GOV_USED[(loc, stem, gov[0])] = True
    sep = ", " if legal in ("Ltd.", "Inc.", "LP") and chance(0.35) else " "
    company = core + (sep + legal if legal else "")
    c = {"id": None, "party": "org", "kind": kind, "loc": loc, "eth": None, "gender": None,
         "age": "mid", "company": company, "core": core, "legal": legal, "legal_sep": sep,
         "stem": stem, "stem_kind": stem_kind, "contacts": contacts, "gov": gov,
         "jurisdiction": j if gov else None, "given": None, "family": None,
         "family_parts": None, "family_alt": None, "nicks": [], "middle": None, "title": None,
         "title_hidden": None, "suffix": None, "spouse": None,
         "pets": pets_for(loc, None, kind, n=R.randint(2, 6)) if kind in
         ("horse_farm", "stable", "ranch", "breeder") else []}
    if forced.get("addr_s"):
        c["addr_s"] = forced["addr_s"]
    else:
        c["addr_s"] = org_address(loc, kind, gov_city=city_hint)
    area = area_for(loc, c["addr_s"]["city"])
    c["phone"] = forced.get("phone") or new_phone(area)
    c["phone_alt"] = new_phone(area_for(loc, None))
    c["email"] = forced.get("email") or org_email(kind, core, contacts[0], loc, gov=gov)
    ct = contacts[0]
    c["email_alt"] = make_email_person(ct["given"], ct["family"], loc, ct["age"], [],
                                       ct["gender"])
    c["addr_alt"] = org_address(loc, kind) if not gov else make_street_address(
        loc, city=city_hint, biz=True)
    c["addr_mail"] = None
    if c["addr_s"]["kind"] == "street" and city_entry(loc, c["addr_s"]["city"]) and \
            (kind in ("horse_farm", "ranch", "stable") and chance(0.55) or chance(0.08)):
        c["addr_mail"] = make_box_address(loc, c["addr_s"]["city"])
    c["country"] = wpick([("US", 55), (None, 30), ("USA", 15)])
    c["zip_mode"] = "9" if chance(0.15) else "5"
    c["has_email"] = chance(0.85)
    c["has_phone"] = chance(0.93)
    c["has_addr"] = chance(0.85)
    if not (c["has_email"] or c["has_phone"] or c["has_addr"]):
        c["has_phone"] = True
    c["has_contact"] = chance(0.5 if gov else 0.78)
    return c


# ---------------------------------------------------------------------------
# drafts and rendering
# ---------------------------------------------------------------------------
FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
ADDR_FIELDS = ["line1", "line2", "city", "region", "postalCode", "country"]

ST_QBO = {"order": "first_last", "name_case": "asis", "accents": "keep", "title": "prefix",
          "suffix": "std", "spouse": "amp", "spouse_in_given": False, "middle_in_given": False,
          "company_case": "asis", "contact_case": "asis", "phone_fmt": "qbo",
          "addr_case": "asis", "initial_dot": False}


def canon_addr_opts(c):
    return {"zip": c["zip_mode"], "country": c["country"], "region": "abbr",
            "unit_style": "canon", "partial": None, "city_mode": "canon",
            "city_override": None, "merge_unit": None, "suffix_long": False,
            "dir_long": False, "road_long": None, "zip_wrong": None,
            "pobox_style": "PO Box", "rr_style": "RR", "box_comma": False}


def canon_draft(c):
    d = {"party": c["party"], "title": c["title"], "given": c["given"], "family": c["family"],
         "suffix": c["suffix"], "spouse": c["spouse"], "middle": None, "pet": None,
         "core": None, "legal_txt": "", "spurious": None, "c_given": None, "c_family": None,
         "email": c["email"] if c["has_email"] else None,
         "phone": ({"digits": c["phone"], "ext": None, "local": False}
                   if c["has_phone"] else None),
         "addr": ({"s": c["addr_s"], "o": canon_addr_opts(c)} if c["has_addr"] else None)}
    if c["party"] == "org":
        d["core"] = c["core"]
        d["legal_txt"] = (c["legal_sep"] + c["legal"]) if c["legal"] else ""
        if c.get("has_contact"):
            d["c_given"] = c["contacts"][0]["given"]
            d["c_family"] = c["contacts"][0]["family"]
    return d


def fmt_phone(d10, style):
    a, b, c = d10[:3], d10[3:6], d10[6:]
    return {
        "qbo": "(%s) %s-%s" % (a, b, c), "paren_nospace": "(%s)%s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c), "dots": "%s.%s.%s" % (a, b, c),
        "plain": "%s%s%s" % (a, b, c), "space": "%s %s %s" % (a, b, c),
        "plus1": "+1 %s-%s-%s" % (a, b, c), "one_dash": "1-%s-%s-%s" % (a, b, c),
        "plus1_plain": "+1%s%s%s" % (a, b, c), "plus1_paren": "+1 (%s) %s-%s" % (a, b, c),
    }[style]


def render_phone(p, st):
    if p is None:
        return None
    if p.get("local"):
        return "%s-%s" % (p["digits"][3:6], p["digits"][6:])
    s = fmt_phone(p["digits"], st["phone_fmt"])
    if p.get("ext"):
        s += p["ext"]
    return s


def case_fn(mode):
    if mode == "upper":
        return lambda x: x.upper() if x else x
    if mode == "lower":
        return lambda x: x.lower() if x else x
    if mode == "title":
        return title_case
    return lambda x: x


def render_addr(a, st):
    if a is None:
        return None
    s, o = a["s"], a["o"]
    line1 = line1_of(s, o)
    line2 = unit_text(s, o.get("unit_style"))
    if o.get("merge_unit") and line2:
        line1 = line1 + o["merge_unit"] + line2
        line2 = None
    city = s["city"]
    if o.get("city_mode") == "alias" and s.get("alias"):
        city = s["alias"]
    if o.get("city_override"):
        city = o["city_override"]
    region = s["state"]
    if o.get("region") == "full":
        region = STATE_NAMES.get(region, region)
    elif o.get("region") == "mixed":
        region = region[:1] + region[1:].lower()
    z = o.get("zip")
    if z == "9" and s.get("zip4"):
        postal = "%s-%s" % (s["zip"], s["zip4"])
    elif z == "wrong":
        postal = o["zip_wrong"]
    elif z is None:
        postal = None
    else:
        postal = s["zip"]
    country = o.get("country")
    part = o.get("partial")
    if part == "city_only":
        line1 = line2 = postal = None
    elif part == "zip_only":
        line1 = line2 = city = region = None
    cf = case_fn(st.get("addr_case", "asis"))
    out = {"line1": cf(line1), "line2": cf(line2), "city": cf(city), "region": region,
           "postalCode": postal, "country": (country.upper() if country and
                                             st.get("addr_case") == "upper" else country)}
    if all(out[k] is None for k in ADDR_FIELDS):
        return None
    return out


def apply_accents(x, mode):
    if x is None or mode == "keep":
        return x
    if mode == "strip":
        return strip_accents(x)
    if mode == "mojibake":
        return mojibake(x)
    if mode == "qmarks":
        return question_marks(x)
    return x


def fmt_suffix(sfx, mode):
    if mode == "nodot":
        return sfx.replace(".", "")
    if mode == "comma":
        return ", " + sfx
    return sfx


def render(d, st):
    """draft + style -> record dict (the 7 contact fields)."""
    acc = st.get("accents", "keep")
    rec = {}
    if d["party"] == "person":
        given = apply_accents(d["given"], acc)
        family = apply_accents(d["family"], acc)
        spouse = apply_accents(d["spouse"], acc)
        title, suffix, middle = d["title"], d["suffix"], d["middle"]
        nc = case_fn(st["name_case"])
        sp_mode = st.get("spouse", "amp")
        gpart = given
        if spouse and sp_mode == "amp":
            gpart = "%s & %s" % (given, spouse)
        elif spouse and sp_mode == "and":
            gpart = "%s and %s" % (given, spouse)
        sfx_mode = st.get("suffix", "std")
        order = st["order"]
        if order == "first_last":
            parts = []
            if title and st.get("title") == "prefix":
                parts.append(title)
            parts.append(gpart)
            if middle:
                parts.append(middle)
            parts.append(family)
            disp = " ".join(parts)
            if suffix and sfx_mode not in ("drop", "family"):
                s2 = fmt_suffix(suffix, sfx_mode)
                disp = disp + (s2 if s2.startswith(",") else " " + s2)
            elif suffix and sfx_mode == "family":
                disp = disp + " " + suffix
        elif order == "family_first":
            parts = [family]
            if middle:
                parts.append(middle)
            parts.append(gpart)
            disp = " ".join(parts)
        else:  # last_first
            fam = family
            if suffix and sfx_mode != "drop":
                fam = fam + " " + fmt_suffix(suffix, "nodot" if sfx_mode == "nodot" else "std")
            disp = "%s, %s" % (fam, gpart)
            if middle:
                disp += " " + middle
            if title and st.get("title") == "suffix":
                disp += " " + title.replace(".", "")
        pet = d.get("pet")
        gfield = given
        if spouse and st.get("spouse_in_given"):
            gfield = gpart
        if middle and st.get("middle_in_given"):
            gfield = "%s %s" % (gfield, middle)
        ffield = family
        if suffix and sfx_mode == "family":
            ffield = "%s %s" % (family, suffix)
        if pet:
            pname, pmode = pet
            if pmode == "paren":
                disp = "%s (%s)" % (disp, pname)
            elif pmode == "bracket":
                disp = "%s [%s]" % (disp, pname)
            elif pmode == "dash":
                disp = "%s - %s" % (pname, family)
                gfield = None
        rec["displayName"] = nc(disp)
        rec["givenName"] = nc(gfield)
        rec["familyName"] = nc(ffield)
        rec["companyName"] = d.get("spurious")
    else:
        cc = case_fn(st.get("company_case", "asis"))
        company = d["core"] + d["legal_txt"]
        rec["displayName"] = cc(company)
        rec["companyName"] = cc(company)
        kc = case_fn(st.get("contact_case", "asis"))
        rec["givenName"] = kc(apply_accents(d["c_given"], acc))
        rec["familyName"] = kc(apply_accents(d["c_family"], acc))
    rec["email"] = d["email"]
    rec["phone"] = render_phone(d["phone"], st)
    rec["address"] = render_addr(d["addr"], st)
    out = {}
    for k in FIELDS:
        v = rec.get(k)
        out[k] = v if v else None
    out["address"] = rec["address"]
    return out


def canon_record(c):
    return render(canon_draft(c), ST_QBO)


def diff_fields(a, b):
    out = []
    for k in FIELDS:
        if a.get(k) != b.get(k):
            out.append(k)
    aa, ab = a.get("address"), b.get("address")
    if (aa is None) != (ab is None):
        out.append("address")
    elif aa is not None:
        for k in ADDR_FIELDS:
            if aa.get(k) != ab.get(k):
                out.append("address." + k)
    return out


class Tags(object):
    def __init__(self):
        self.items = []

    def add(self, fields, what):
        if isinstance(fields, str):
            fields = [fields]
        for f in fields:
            t = "%s:%s" % (f, what)
            if t not in self.items:
                self.items.append(t)

    def fields(self):
        out = []
        for t in self.items:
            f = t.split(":", 1)[0]
            if f not in out:
                out.append(f)
        return out


ACC_WHAT = {"strip": "accents_stripped", "mojibake": "mojibake", "qmarks": "encoding"}
ABLATE_DIMS = [("name_case", "case"), ("company_case", "case"), ("contact_case", "case"),
               ("addr_case", "case"), ("phone_fmt", "format"), ("accents", None)]


def style_tags(d, st, T):
    """Tags for the formatting a source applies (relative to the QBO rendering).
    Semantic choices are tagged directly; case / accents / phone format are tagged by
    ablation (render again with that one dimension reset) so only affected fields get
    the tag."""
    if d["party"] == "person":
        if st["order"] == "last_first":
            T.add("displayName", "last_first")
        if st["order"] == "family_first":
            T.add("displayName", "name_order")
        if d["title"] and st.get("title") == "drop":
            T.add("displayName", "title_dropped")
        if d["suffix"]:
            sm = st.get("suffix", "std")
            if sm == "drop":
                T.add("displayName", "suffix_dropped")
            elif sm in ("nodot", "comma"):
                T.add("displayName", "suffix_format")
            elif sm == "family":
                T.add("familyName", "suffix_added")
        if d["spouse"]:
            if st.get("spouse") == "and":
                T.add("displayName", "ampersand")
            if st.get("spouse_in_given"):
                T.add("givenName", "spouse_added")
        if d["middle"] and st.get("middle_in_given"):
            T.add("givenName", "middle_added")
    rec = render(d, st)
    for dim, what in ABLATE_DIMS:
        if st.get(dim, ST_QBO[dim]) == ST_QBO[dim]:
            continue
        st2 = dict(st)
        st2[dim] = ST_QBO[dim]
        r2 = render(d, st2)
        w = what or ACC_WHAT[st[dim]]
        for f in diff_fields(rec, r2):
            T.add(f, w)


# ---------------------------------------------------------------------------
# noise operations (each returns True when it changed something)
# ---------------------------------------------------------------------------
P_GIVEN = ["givenName", "displayName"]
P_FAMILY = ["familyName", "displayName"]
ADDR_ALL = ["address." + k for k in ADDR_FIELDS]


def _is_person(d):
    return d["party"] == "person"


def op_nickname(d, st, c, T):
    if not _is_person(d) or not c["nicks"] or d["given"] != c["given"] or d.get("pet"):
        return False
    d["given"] = pick(c["nicks"])
    T.add(P_GIVEN, "nickname")
    return True


def op_given_typo(d, st, c, T):
    if not _is_person(d) or len(d["given"]) < 4:
        return False
    new = typo(d["given"])
    if new == d["given"]:
        return False
    d["given"] = new
    T.add(P_GIVEN, "typo")
    return True


def op_family_typo(d, st, c, T):
    if not _is_person(d) or len(d["family"]) < 4:
        return False
    new = typo(d["family"])
    if new == d["family"]:
        return False
    d["family"] = new
    T.add(P_FAMILY, "typo")
    return True


def op_spelling(d, st, c, T):
    if not _is_person(d):
        return False
    opts = []
    if strip_accents(d["given"]) in SPELLING_VARIANTS:
        opts.append("given")
    if strip_accents(d["family"]) in SPELLING_VARIANTS:
        opts.append("family")
    if not opts:
        return False
    f = pick(opts)
    d[f] = pick(SPELLING_VARIANTS[strip_accents(d[f])])
    T.add(P_GIVEN if f == "given" else P_FAMILY, "spelling")
    return True


def op_initial(d, st, c, T):
    if not _is_person(d) or len(d["given"]) < 2 or d.get("pet"):
        return False
    d["given"] = d["given"][0] + ("." if chance(0.4) else "")
    T.add(P_GIVEN, "initial")
    return True


def op_abbrev(d, st, c, T):
    if not _is_person(d):
        return False
    k = d["given"]
    if k not in GIVEN_ABBREV and strip_accents(k) not in GIVEN_ABBREV:
        return False
    ab = GIVEN_ABBREV.get(k) or GIVEN_ABBREV[strip_accents(k)]
    d["given"] = ab + ("." if chance(0.35) and len(ab) > 1 else "")
    T.add(P_GIVEN, "abbrev")
    return True


def op_swap(d, st, c, T):
    if not _is_person(d) or d.get("spouse") or d.get("pet"):
        return False
    d["given"], d["family"] = d["family"], d["given"]
    T.add(["givenName", "familyName", "displayName"], "swapped")
    return True


def op_middle(d, st, c, T):
    if not _is_person(d) or not c["middle"] or d["middle"] or d.get("spouse"):
        return False
    m = c["middle"]
    if len(m) == 1:
        m = m + ("." if chance(0.4) else "")
    d["middle"] = m
    T.add("displayName", "middle_added")
    if st.get("middle_in_given"):
        T.add("givenName", "middle_added")
    return True


def op_viet_order(d, st, c, T):
    if not _is_person(d) or c["eth"] != "viet" or d.get("spouse") or d.get("pet") \
            or st["order"] != "first_last":
        return False
    st["order"] = "family_first"
    if c["middle"] and not d["middle"] and chance(0.7):
        d["middle"] = c["middle"]
        T.add("displayName", "middle_added")
    T.add("displayName", "name_order")
    return True


def op_title_drop(d, st, c, T):
    if not _is_person(d) or not d["title"]:
        return False
    d["title"] = None
    T.add("displayName", "title_dropped")
    return True


def op_title_add(d, st, c, T):
    if not _is_person(d) or d["title"] or not c["title_hidden"]:
        return False
    d["title"] = c["title_hidden"]
    if st.get("title") != "prefix":
        st["title"] = "prefix"
    T.add("displayName", "title_added")
    return True


def op_suffix_drop(d, st, c, T):
    if not _is_person(d) or not d["suffix"]:
        return False
    d["suffix"] = None
    T.add("displayName", "suffix_dropped")
    return True


def op_suffix_format(d, st, c, T):
    if not _is_person(d) or not d["suffix"]:
        return False
    st["suffix"] = pick(["nodot", "comma", "family"])
    if st["suffix"] == "family":
        T.add("familyName", "suffix_added")
        T.add("displayName", "suffix_format")
    else:
        T.add("displayName", "suffix_format")
    return True


def op_second_surname(d, st, c, T):
    if not _is_person(d) or not c["family_parts"] or d["family"] != c["family"]:
        return False
    p1, p2 = c["family_parts"]
    if chance(0.6):
        d["family"] = p1
        T.add(P_FAMILY, "second_surname_dropped")
    else:
        d["family"] = "%s-%s" % (p1, p2)
        T.add(P_FAMILY, "hyphenated")
    return True


def op_married(d, st, c, T):
    if not _is_person(d) or not c["family_alt"] or d["family"] != c["family"]:
        return False
    d["family"] = c["family_alt"]
    T.add(P_FAMILY, "married_name")
    return True


def op_spouse_swap(d, st, c, T):
    if not _is_person(d) or not d["spouse"]:
        return False
    d["given"], d["spouse"] = d["spouse"], d["given"]
    T.add("displayName", "spouse_order")
    T.add("givenName", "spouse_name")
    return True


def op_spouse_drop(d, st, c, T):
    if not _is_person(d) or not d["spouse"]:
        return False
    d["spouse"] = None
    T.add("displayName", "spouse_dropped")
    if st.get("spouse_in_given"):
        T.add("givenName", "spouse_dropped")
    return True


def op_spouse_only(d, st, c, T):
    """The other spouse books under their own first name only."""
    if not _is_person(d) or not d["spouse"]:
        return False
    d["given"], d["spouse"] = d["spouse"], None
    T.add(P_GIVEN, "spouse_name")
    T.add("displayName", "spouse_dropped")
    return True


def op_accents(d, st, c, T):
    names = [d["given"], d["family"], d["spouse"]] if _is_person(d) else [d["c_given"],
                                                                          d["c_family"]]
    if not any(has_accents(x) for x in names) or st.get("accents") != "keep":
        return False
    st["accents"] = wpick([("strip", 5), ("mojibake", 3), ("qmarks", 2)])
    return True


def op_diacritics(d, st, c, T):
    if not _is_person(d) or c["eth"] != "viet":
        return False
    ch = False
    if d["family"] in VIET_SUR_DIAC:
        d["family"] = VIET_SUR_DIAC[d["family"]]
        T.add(P_FAMILY, "diacritics_added")
        ch = True
    if d["given"] in VIET_GIVEN_DIAC and VIET_GIVEN_DIAC[d["given"]] != d["given"]:
        d["given"] = VIET_GIVEN_DIAC[d["given"]]
        T.add(P_GIVEN, "diacritics_added")
        ch = True
    if ch and st.get("accents") == "mojibake_later":
        st["accents"] = "mojibake"
    return ch


def punct_variant(f):
    if "'" in f:
        return pick([f.replace("'", ""), f.replace("'", " "), f.replace("'", "`")])
    if f.startswith("St. "):
        return pick(["St " + f[4:], "Saint " + f[4:], "St." + f[4:]])
    if re.match(r"^(Mc|Mac)[A-Z]", f):
        n = 2 if f.startswith("Mc") else 3
        return pick([f[:n] + " " + f[n:], f[:n] + f[n:].lower()])
    if re.match(r"^(De|La|Le|Van|Del) ", f):
        return pick([f.replace(" ", ""), f.replace(" ", "-")])
    if re.match(r"^(De|La|Le)[A-Z]", f):
        return f[:2] + " " + f[2:]
    if "-" in f:
        return pick([f.replace("-", " "), f.replace("-", "")])
    return None


def op_punct(d, st, c, T):
    if not _is_person(d):
        return False
    v = punct_variant(d["family"])
    if not v or v == d["family"]:
        return False
    d["family"] = v
    T.add(P_FAMILY, "punctuation")
    return True


def op_pet_leak(d, st, c, T, mode=None):
    if not _is_person(d) or not c["pets"] or d.get("pet"):
        return False
    if mode is None:
        mode = pick(["paren", "bracket"])
    pet = pick(c["pets"])
    if len(c["pets"]) > 1 and mode in ("paren", "bracket") and chance(0.3):
        pet = "%s & %s" % (c["pets"][0], c["pets"][1])
    d["pet"] = (pet, mode)
    T.add("displayName", "pet_added")
    if mode == "dash":
        T.add("givenName", "dropped")
    return True


def op_pet_given(d, st, c, T):
    if not _is_person(d) or not c["pets"] or d.get("pet") or d["spouse"]:
        return False
    d["given"] = pick(c["pets"])
    T.add(P_GIVEN, "pet_name")
    return True


def op_spurious(d, st, c, T):
    # a new customer's first record has no compared record to label the slip against
    if not _is_person(d) or d.get("spurious") or c.get("no_spurious"):
        return False
    opts = ["N/A", "Self", "none", "Home", "Personal"]
    if c["pets"]:
        opts += [c["pets"][0]] * 2
    if c["kind"] == "horse_owner":
        opts += [pick(FEATURE_WORDS) + " Stables"] * 3
    if c["kind"] == "military_family":
        opts += ["USAF", "US Army", "JBSA"]
    d["spurious"] = pick(opts)
    T.add("companyName", "spurious")
    return True


# ---- organisation names ---------------------------------------------------------
LEGAL_VARIANTS = {
    "LLC": [" L.L.C.", ", LLC", " llc", " Llc", ", L.L.C."],
    "Inc.": [" Inc", ", Inc", " Incorporated", " INC"],
    "Inc": [" Inc.", ", Inc.", " Incorporated"],
    "Ltd.": [" Ltd", ", Ltd", " Limited", " LTD"],
    "LP": [" L.P.", ", L.P.", " Limited Partnership"],
    "Co.": [" Co", " Company"],
}
COMPANY_ABBREV = [
    (r"\bMountain\b", "Mtn"), (r"\bSaint\b", "St."), (r"\bCenter\b", "Ctr"),
    (r"\bCompany\b", "Co."), (r"\bDepartment\b", "Dept"), (r"\bPolice Department\b", "PD"),
    (r"\bPolice Dept\b", "PD"), (r"\bCounty\b", "Co."), (r"\bBrothers\b", "Bros."),
    (r"\bSheriff's Office\b", "SO"), (r"\bSheriff's Office\b", "Sheriffs Office"),
    (r"\bWestern North Carolina\b", "WNC"), (r"\bNorth Central Florida\b", "NCF"),
    (r"\bEquestrian\b", "Equest."), (r"\bThoroughbreds\b", "TBs"),
    (r"\bAnimal Services\b", "Animal Svcs"), (r"\bHumane Society\b", "HS"),
    (r"\bK-9\b", "K9"), (r"\bK9\b", "K-9"), (r"\bPet Resort\b", "Pet Rsrt"),
    (r"\bof the\b", "of"), (r"\bCity of \b", ""), (r"\bTreasure Valley\b", "TV"),
    (r"\bHill Country\b", "HC"), (r"\bSan Antonio\b", "SA"),
]


def op_legal(d, st, c, T):
    if _is_person(d):
        return False
    leg = c.get("legal")
    if leg:
        opts = list(LEGAL_VARIANTS.get(leg, [])) + ["", ""]
        new = pick(opts)
    else:
        if c["kind"] in ("shelter", "k9_unit"):
            return False
        new = pick([" LLC", " Inc.", " Inc", ", LLC"])
    if new == d["legal_txt"]:
        return False
    d["legal_txt"] = new
    T.add(["companyName", "displayName"], "legal_form")
    return True


def op_company_typo(d, st, c, T):
    if _is_person(d):
        return False
    words = d["core"].split()
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return False
    i = pick(idx)
    words[i] = typo(words[i])
    new = " ".join(words)
    if new == d["core"]:
        return False
    d["core"] = new
    T.add(["companyName", "displayName"], "typo")
    return True


def op_company_abbrev(d, st, c, T):
    if _is_person(d):
        return False
    opts = []
    for pat, rep in COMPANY_ABBREV:
        if re.search(pat, d["core"]):
            opts.append((pat, rep))
    amp = " & " in d["core"] or " and " in d["core"]
    if not opts and not amp:
        return False
    if amp and (not opts or chance(0.4)):
        if " & " in d["core"]:
            d["core"] = d["core"].replace(" & ", " and ", 1)
        else:
            d["core"] = d["core"].replace(" and ", " & ", 1)
        T.add(["companyName", "displayName"], "ampersand")
        return True
    pat, rep = pick(opts)
    new = re.sub(pat, rep, d["core"], count=1).replace("  ", " ").strip()
    if new == d["core"] or not new:
        return False
    d["core"] = new
    T.add(["companyName", "displayName"], "abbrev")
    return True


DROPPABLE = ["The ", "Farm", "Farms", "Stables", "Kennels", "Kennel", "Unit", "Program",
             "Animal ", "Center", "Ranch", "Services"]


def op_word_drop(d, st, c, T):
    if _is_person(d):
        return False
    words = d["core"].split()
    if len(words) < 3:
        return False
    cands = [i for i, w in enumerate(words) if w in ("The", "Farm", "Farms", "Stables",
                                                      "Kennels", "Unit", "Program", "Center",
                                                      "Services", "Equestrian", "Training",
                                                      "Boarding", "Department", "Dept")]
    if not cands:
        return False
    i = pick(cands)
    new = " ".join(words[:i] + words[i + 1:])
    d["core"] = new
    T.add(["companyName", "displayName"], "word_dropped")
    return True


def op_plural(d, st, c, T):
    if _is_person(d):
        return False
    pairs = [("Farms", "Farm"), ("Farm", "Farms"), ("Stables", "Stable"), ("Kennels", "Kennel"),
             ("Kennel", "Kennels"), ("Goldens", "Golden"), ("Labs", "Labradors"),
             ("Thoroughbreds", "Thoroughbred"), ("Sitters", "Sitter")]
    for a, b in pairs:
        if re.search(r"\b%s\b" % a, d["core"]):
            d["core"] = re.sub(r"\b%s\b" % a, b, d["core"], count=1)
            T.add(["companyName", "displayName"], "plural")
            return True
    return False


def other_contact(c, current_given):
    others = [p for p in c["contacts"] if p["given"] != current_given]
    if others and chance(0.8):
        return pick(others)
    p = contact_person(c["loc"])
    c["contacts"].append(p)
    return p


def op_contact_changed(d, st, c, T):
    if _is_person(d):
        return False
    p = other_contact(c, d["c_given"])
    if p["given"] == d["c_given"] and p["family"] == d["c_family"]:
        return False
    d["c_given"], d["c_family"] = p["given"], p["family"]
    T.add(["givenName", "familyName"], "contact_changed" if c.get("has_contact") else "added")
    return True


def op_contact_dropped(d, st, c, T):
    if _is_person(d) or d["c_given"] is None:
        return False
    d["c_given"] = d["c_family"] = None
    T.add(["givenName", "familyName"], "dropped")
    return True


def op_contact_added(d, st, c, T):
    if _is_person(d) or d["c_given"] is not None:
        return False
    p = c["contacts"][0]
    d["c_given"], d["c_family"] = p["given"], p["family"]
    T.add(["givenName", "familyName"], "added")
    return True


def op_contact_nick(d, st, c, T):
    if _is_person(d) or not d["c_given"]:
        return False
    nk = NICKNAMES.get(d["c_given"])
    if not nk:
        return False
    d["c_given"] = pick(nk)
    T.add("givenName", "nickname")
    return True


# ---- e-mail ---------------------------------------------------------------------
DOMAIN_TYPOS = {"gmail.com": ["gmial.com", "gmail.co", "gmai.com", "gamil.com", "gmail.cm"],
                "yahoo.com": ["yaho.com", "yahooo.com", "yahoo.co"],
                "hotmail.com": ["hotmial.com", "hotmail.co", "hotmai.com"],
                "icloud.com": ["icloud.con", "iclould.com", "icoud.com"],
                "sbcglobal.net": ["sbcglobal.com", "sbcgloble.net"],
                "att.net": ["att.com", "at.net"], "bellsouth.net": ["bellsouth.com"],
                "outlook.com": ["outlok.com", "outlook.co"], "aol.com": ["aol.co", "aoll.com"],
                "charter.net": ["charter.com"], "cableone.net": ["cableone.com", "cabelone.net"]}


def op_email_drop(d, st, c, T):
    if d["email"] is None:
        return False
    d["email"] = None
    T.add("email", "dropped")
    return True


def op_email_new(d, st, c, T):
    if d["email"] == c["email_alt"]:
        return False
    d["email"] = c["email_alt"]
    T.add("email", "new" if c["has_email"] else "added")
    return True


def op_email_added(d, st, c, T):
    if d["email"] is not None:
        return False
    d["email"] = c["email"]
    T.add("email", "added")
    return True


def op_email_typo(d, st, c, T):
    e = d["email"]
    if not e:
        return False
    local, dom = e.rsplit("@", 1)
    if dom in DOMAIN_TYPOS and chance(0.55):
        new = "%s@%s" % (local, pick(DOMAIN_TYPOS[dom]))
    else:
        if len(local) < 4:
            return False
        new = "%s@%s" % (typo(local), dom)
    if new == e:
        return False
    d["email"] = new
    T.add("email", "typo")
    return True


def op_email_case(d, st, c, T):
    e = d["email"]
    if not e:
        return False
    new = e[0].upper() + e[1:] if chance(0.7) else e.upper()
    if new == e:
        return False
    d["email"] = new
    T.add("email", "case")
    return True


# ---- phone ----------------------------------------------------------------------
def op_phone_drop(d, st, c, T):
    if d["phone"] is None:
        return False
    d["phone"] = None
    T.add("phone", "dropped")
    return True


def op_phone_new(d, st, c, T):
    if d["phone"] and d["phone"]["digits"] == c["phone_alt"]:
        return False
    d["phone"] = {"digits": c["phone_alt"], "ext": None, "local": False}
    T.add("phone", "new" if c["has_phone"] else "added")
    return True


def op_phone_added(d, st, c, T):
    if d["phone"] is not None:
        return False
    d["phone"] = {"digits": c["phone"], "ext": None, "local": False}
    T.add("phone", "added")
    return True


def op_phone_digit(d, st, c, T):
    p = d["phone"]
    if p is None:
        return False
    digs = list(p["digits"])
    i = R.randint(3, 9)
    if chance(0.5) and i < 9 and digs[i] != digs[i + 1]:
        digs[i], digs[i + 1] = digs[i + 1], digs[i]
    else:
        digs[i] = str((int(digs[i]) + pick([1, 9, 2, 8])) % 10)
    nd = "".join(digs)
    if nd == p["digits"] or nd[3] in "01":
        return False
    d["phone"] = dict(p, digits=nd)
    T.add("phone", "digit_off")
    return True


def op_phone_ext(d, st, c, T):
    p = d["phone"]
    if p is None or _is_person(d) or p.get("ext"):
        return False
    d["phone"] = dict(p, ext=pick([" x", " ext. ", " ext ", " X"]) + str(R.randint(10, 240)))
    T.add("phone", "extension")
    return True


def op_phone_local(d, st, c, T):
    p = d["phone"]
    if p is None or p.get("local"):
        return False
    d["phone"] = dict(p, local=True, ext=None)
    T.add("phone", "area_code_dropped")
    return True


# ---- address --------------------------------------------------------------------
def _addr_ok(d):
    return d["addr"] is not None and d["addr"]["o"].get("partial") is None


def _copy_addr(d):
    d["addr"] = {"s": dict(d["addr"]["s"]), "o": dict(d["addr"]["o"])}


def op_addr_drop(d, st, c, T):
    if d["addr"] is None:
        return False
    d["addr"] = None
    T.add("address", "dropped")
    return True


def op_addr_added(d, st, c, T):
    if d["addr"] is not None:
        return False
    d["addr"] = {"s": c["addr_s"], "o": canon_addr_opts(c)}
    T.add("address", "added")
    return True


def op_addr_move(d, st, c, T):
    if not c.get("addr_alt"):
        return False
    was = d["addr"]
    o = canon_addr_opts(c)
    if was is not None:
        o["country"] = was["o"].get("country")
    d["addr"] = {"s": c["addr_alt"], "o": o}
    if was is None and c["has_addr"]:
        was = {"s": c["addr_s"], "o": canon_addr_opts(c)}
    if was is None:
        T.add("address", "added")
    else:
        _tag_addr_change(was, d["addr"], T, "moved")
    return True


def _tag_addr_change(before, after, T, what):
    rb, ra = render_addr(before, ST_QBO), render_addr(after, ST_QBO)
    if rb is None or ra is None:
        T.add("address", what)
        return
    for k in ADDR_FIELDS:
        if rb.get(k) != ra.get(k):
            T.add("address." + k, what)


def op_addr_pobox(d, st, c, T):
    if not c.get("addr_mail") or d["addr"] is None or d["addr"]["s"] is c["addr_mail"]:
        return False
    o = dict(d["addr"]["o"])
    o["partial"] = None
    o["pobox_style"] = wpick([("PO Box", 6), ("P.O. Box", 3), ("POB", 1), ("Post Office Box", 1)])
    was = d["addr"]
    d["addr"] = {"s": c["addr_mail"], "o": o}
    _tag_addr_change(was, d["addr"], T, "po_box")
    return True


def op_unit_merge(d, st, c, T):
    if not _addr_ok(d) or not d["addr"]["s"].get("unit") or d["addr"]["o"].get("merge_unit"):
        return False
    _copy_addr(d)
    d["addr"]["o"]["merge_unit"] = pick([" ", ", "])
    T.add(["address.line1", "address.line2"], "unit_merged")
    return True


def op_unit_format(d, st, c, T):
    if not _addr_ok(d) or not d["addr"]["s"].get("unit"):
        return False
    cur = d["addr"]["s"]["unit_type"]
    opts = [x for x in ["#", "Apt", "Unit", "Apt.", "Ste"] if x != cur]
    if cur == "Lot":
        opts = ["#", "Space", "Spc"]
    _copy_addr(d)
    d["addr"]["o"]["unit_style"] = pick(opts)
    T.add(["address.line2", "address.line1"], "unit_format")
    return True


def op_suffix_long(d, st, c, T):
    if not _addr_ok(d) or d["addr"]["s"]["kind"] != "street" or not d["addr"]["s"]["stype"] \
            or d["addr"]["o"].get("suffix_long"):
        return False
    if STYPE_LONG[d["addr"]["s"]["stype"]] == d["addr"]["s"]["stype"]:
        return False
    _copy_addr(d)
    d["addr"]["o"]["suffix_long"] = True
    T.add("address.line1", "street_suffix")
    return True


def op_dir_long(d, st, c, T):
    if not _addr_ok(d) or d["addr"]["s"]["kind"] != "street" or d["addr"]["o"].get("dir_long"):
        return False
    s = d["addr"]["s"]
    if not s["predir"] and not s["postdir"]:
        return False
    _copy_addr(d)
    d["addr"]["o"]["dir_long"] = True
    T.add("address.line1", "directional")
    return True


def op_road_long(d, st, c, T):
    if not _addr_ok(d) or not has_road_name(d["addr"]["s"]) or \
            d["addr"]["o"].get("road_long") is not None:
        return False
    _copy_addr(d)
    d["addr"]["o"]["road_long"] = R.randint(0, 2)
    T.add("address.line1", "road_name")
    return True


def op_box_format(d, st, c, T):
    if not _addr_ok(d):
        return False
    k = d["addr"]["s"]["kind"]
    _copy_addr(d)
    o = d["addr"]["o"]
    if k == "hc":
        o["box_comma"] = not o.get("box_comma")
    elif k == "rr":
        o["rr_style"] = pick(["Rural Route", "Rt"])
    elif k == "pobox":
        o["pobox_style"] = pick(["P.O. Box", "POB", "Post Office Box", "P O Box"])
    else:
        return False
    T.add("address.line1", "box_format")
    return True


def op_line1_typo(d, st, c, T):
    if not _addr_ok(d) or d["addr"]["s"]["kind"] != "street":
        return False
    words = d["addr"]["s"]["name"].split()
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return False
    _copy_addr(d)
    i = pick(idx)
    words[i] = typo(words[i])
    d["addr"]["s"]["name"] = " ".join(words)
    T.add("address.line1", "typo")
    return True


def op_num_typo(d, st, c, T):
    if not _addr_ok(d) or d["addr"]["s"]["kind"] != "street":
        return False
    n = d["addr"]["s"]["num"]
    if len(n) < 3:
        return False
    i = R.randint(1, len(n) - 1)
    if chance(0.5) and n[i] != n[i - 1]:
        new = n[:i - 1] + n[i] + n[i - 1] + n[i + 1:]
    else:
        new = n[:i] + str((int(n[i]) + pick([1, 9])) % 10) + n[i + 1:]
    if new == n:
        return False
    _copy_addr(d)
    d["addr"]["s"]["num"] = new
    T.add("address.line1", "house_number")
    return True


def op_zip_drop(d, st, c, T):
    if not _addr_ok(d) or d["addr"]["o"].get("zip") is None:
        return False
    _copy_addr(d)
    d["addr"]["o"]["zip"] = None
    T.add("address.postalCode", "dropped")
    return True


def op_zip4(d, st, c, T):
    if not _addr_ok(d) or not d["addr"]["s"].get("zip4") or d["addr"]["o"].get("zip") != "5":
        return False
    _copy_addr(d)
    d["addr"]["o"]["zip"] = "9"
    T.add("address.postalCode", "zip_plus4")
    return True


def op_zip_wrong(d, st, c, T):
    if not _addr_ok(d) or d["addr"]["o"].get("zip") is None:
        return False
    z = d["addr"]["s"]["zip"]
    i = R.randint(2, 4)
    nz = z[:i] + str((int(z[i]) + pick([1, 2, 9, 8])) % 10) + z[i + 1:]
    _copy_addr(d)
    d["addr"]["o"]["zip"] = "wrong"
    d["addr"]["o"]["zip_wrong"] = nz
    T.add("address.postalCode", "wrong")
    return True


def op_city_typo(d, st, c, T):
    if d["addr"] is None or d["addr"]["o"].get("partial") == "zip_only":
        return False
    city = d["addr"]["s"]["city"]
    if len(city) < 5:
        return False
    _copy_addr(d)
    d["addr"]["o"]["city_override"] = typo(city)
    T.add("address.city", "typo")
    return True


def op_city_alias(d, st, c, T):
    if d["addr"] is None or not d["addr"]["s"].get("alias") or \
            d["addr"]["o"].get("partial") == "zip_only":
        return False
    _copy_addr(d)
    d["addr"]["o"]["city_mode"] = "alias"
    T.add("address.city", "mailing_city")
    return True


def op_region_full(d, st, c, T):
    if d["addr"] is None or d["addr"]["o"].get("partial") == "zip_only" or \
            d["addr"]["o"].get("region") != "abbr":
        return False
    _copy_addr(d)
    d["addr"]["o"]["region"] = pick(["full", "full", "mixed"])
    T.add("address.region", "region_full")
    return True


def op_country(d, st, c, T):
    if d["addr"] is None:
        return False
    cur = d["addr"]["o"].get("country")
    opts = [x for x in ["US", "USA", "United States", "U.S.A.", None] if x != cur]
    new = pick(opts)
    _copy_addr(d)
    d["addr"]["o"]["country"] = new
    T.add("address.country", "dropped" if new is None else ("added" if cur is None
                                                            else "country_variant"))
    return True


# ---------------------------------------------------------------------------
# sources: formatting style + habits
# ---------------------------------------------------------------------------
SOURCES = ["pms", "booking", "er_referral", "equine_app", "card_portal"]
SOURCE_DESC = {
    "pms": "practice-management system export (AVImark/Cornerstone style)",
    "booking": "online booking form typed by clients",
    "er_referral": "emergency hospital referral import",
    "equine_app": "equine field-service app (Ocala practice)",
    "card_portal": "online payment / card portal",
}


def source_style(src):
    st = dict(ST_QBO)
    if src == "pms":
        st.update(order="last_first", name_case="upper",
                  accents=wpick([("strip", 8), ("qmarks", 2)]), title=pick(["drop", "suffix"]),
                  suffix="std", spouse="amp", spouse_in_given=True, middle_in_given=True,
                  company_case="upper", contact_case="upper",
                  phone_fmt=pick(["paren_nospace", "dash", "qbo"]), addr_case="upper")
    elif src == "booking":
        st.update(name_case=wpick([("asis", 75), ("lower", 15), ("title", 10)]),
                  accents=wpick([("keep", 5), ("strip", 3), ("mojibake", 1)]),
                  title="drop" if chance(0.7) else "prefix",
                  suffix=pick(["std", "drop", "nodot"]), spouse=pick(["amp", "and", "amp"]),
                  phone_fmt=pick(["plain", "dash", "qbo", "dots", "space", "plus1_plain"]),
                  addr_case=wpick([("asis", 8), ("lower", 2)]),
                  company_case=wpick([("asis", 9), ("lower", 1)]),
                  contact_case=wpick([("asis", 9), ("lower", 1)]))
    elif src == "er_referral":
        st.update(order="last_first", name_case=wpick([("title", 7), ("upper", 3)]),
                  accents=wpick([("strip", 7), ("qmarks", 2), ("mojibake", 1)]),
                  title="drop", suffix=pick(["std", "nodot"]),
                  phone_fmt=pick(["space", "dash", "plain", "qbo"]),
                  company_case=wpick([("asis", 6), ("upper", 4)]),
                  contact_case=wpick([("asis", 6), ("title", 4)]))
    elif src == "equine_app":
        st.update(phone_fmt=pick(["dash", "plain", "dots", "qbo", "plus1"]),
                  title=pick(["prefix", "drop"]))
    elif src == "card_portal":
        st.update(name_case=wpick([("upper", 6), ("asis", 4)]), accents="strip",
                  title="drop", suffix=pick(["nodot", "drop", "std"]),
                  phone_fmt=pick(["plain", "dash", "plus1", "one_dash"]),
                  company_case=wpick([("upper", 6), ("asis", 4)]),
                  contact_case=wpick([("upper", 5), ("asis", 5)]))
    return st


def set_partial(d, mode, T):
    if d["addr"] is None:
        return False
    _copy_addr(d)
    d["addr"]["o"]["partial"] = mode
    if mode == "city_only":
        T.add(["address.line1", "address.line2", "address.postalCode"], "dropped")
    else:
        T.add(["address.line1", "address.line2", "address.city", "address.region"], "dropped")
    return True


def apply_habits(src, d, st, c, T):
    person = d["party"] == "person"
    if src == "pms":
        if person and chance(0.22):
            op_pet_leak(d, st, c, T, mode="paren")
        if chance(0.15):
            op_email_drop(d, st, c, T)
        if d["addr"] is not None:
            _copy_addr(d)
            o = d["addr"]["o"]
            new_c = None if chance(0.6) else "USA"
            if new_c != o["country"]:
                T.add("address.country", "dropped" if new_c is None else
                      ("added" if o["country"] is None else "country_variant"))
                o["country"] = new_c
            if chance(0.3):
                op_zip4(d, st, c, T)
    elif src == "booking":
        if person and chance(0.3):
            op_nickname(d, st, c, T)
        if d["phone"] is None:
            if chance(0.7):
                op_phone_added(d, st, c, T)
            else:
                op_phone_new(d, st, c, T)
        elif chance(0.35):
            op_phone_new(d, st, c, T)
        if d["email"] is None:
            if chance(0.75):
                op_email_added(d, st, c, T)
            else:
                op_email_new(d, st, c, T)
        if chance(0.5):
            op_addr_drop(d, st, c, T)
        if person and c["eth"] == "viet":
            if chance(0.2):
                op_swap(d, st, c, T)
            elif chance(0.12):
                op_diacritics(d, st, c, T)
        if person:
            r = R.random()
            if r < 0.03:
                op_pet_leak(d, st, c, T, mode="dash")
            elif r < 0.06:
                op_pet_given(d, st, c, T)
            elif r < 0.09:
                op_spurious(d, st, c, T)
        else:
            if chance(0.5) and c.get("legal"):
                d["legal_txt"] = ""
                T.add(["companyName", "displayName"], "legal_form")
            if chance(0.3):
                op_contact_changed(d, st, c, T)
            elif d["c_given"] is None and chance(0.6):
                op_contact_added(d, st, c, T)
    elif src == "er_referral":
        op_email_drop(d, st, c, T)
        if d["addr"] is not None:
            if chance(0.65):
                set_partial(d, "city_only", T)
            else:
                op_addr_drop(d, st, c, T)
        elif chance(0.4):
            op_addr_added(d, st, c, T)
            d["addr"]["o"]["partial"] = "city_only"
        if d["phone"] is None:
            op_phone_added(d, st, c, T)
        elif chance(0.2):
            op_phone_new(d, st, c, T)
        if chance(0.08):
            op_phone_digit(d, st, c, T)
        if person:
            if chance(0.25):
                op_abbrev(d, st, c, T)
            elif chance(0.12):
                op_initial(d, st, c, T)
            if chance(0.25):
                op_pet_leak(d, st, c, T, mode="bracket")
            if d["spouse"] and chance(0.6):
                op_spouse_drop(d, st, c, T)
        else:
            if chance(0.3):
                op_company_abbrev(d, st, c, T)
            if chance(0.4):
                op_contact_changed(d, st, c, T)
    elif src == "equine_app":
        if not person:
            if chance(0.35):
                op_contact_changed(d, st, c, T)
            if chance(0.3):
                op_legal(d, st, c, T)
            if chance(0.2):
                op_plural(d, st, c, T)
        if chance(0.35):
            op_addr_pobox(d, st, c, T)
        if chance(0.4):
            op_road_long(d, st, c, T)
        if chance(0.3):
            op_box_format(d, st, c, T)
        if chance(0.3):
            op_phone_new(d, st, c, T)
        if person and c["kind"] == "horse_owner" and chance(0.1):
            op_spurious(d, st, c, T)
    elif src == "card_portal":
        if person:
            if chance(0.4):
                op_middle(d, st, c, T)
            if d["spouse"] and chance(0.7):
                if chance(0.6):
                    op_spouse_drop(d, st, c, T)
                else:
                    op_spouse_only(d, st, c, T)
        else:
            if chance(0.4):
                op_contact_changed(d, st, c, T)
        r = R.random()
        if r < 0.55:
            set_partial(d, "zip_only", T)
        elif r < 0.75:
            op_addr_drop(d, st, c, T)
        if chance(0.5):
            op_phone_drop(d, st, c, T)
        if d["email"] is None and chance(0.6):
            op_email_added(d, st, c, T)


# op table: (name, function, base weight, party, source multipliers)
OPS = [
    ("nickname", op_nickname, 5, "p", {"booking": 2, "card_portal": 0.5}),
    ("given_typo", op_given_typo, 3, "p", {"er_referral": 2, "booking": 1.5}),
    ("family_typo", op_family_typo, 3, "p", {"er_referral": 2}),
    ("spelling", op_spelling, 3, "p", {"er_referral": 2}),
    ("initial", op_initial, 1.5, "p", {"er_referral": 3, "card_portal": 2}),
    ("abbrev", op_abbrev, 1, "p", {"er_referral": 4, "pms": 2}),
    ("swap", op_swap, 0.8, "p", {"booking": 2, "er_referral": 2, "pms": 0.3}),
    ("middle", op_middle, 1.5, "p", {"card_portal": 3, "pms": 1.5}),
    ("viet_order", op_viet_order, 3, "p", {"pms": 0, "er_referral": 0}),
    ("title_drop", op_title_drop, 3, "p", {}),
    ("title_add", op_title_add, 3, "p", {}),
    ("suffix_drop", op_suffix_drop, 3, "p", {}),
    ("suffix_format", op_suffix_format, 2, "p", {}),
    ("second_surname", op_second_surname, 6, "p", {}),
    ("married", op_married, 5, "p", {}),
    ("spouse_swap", op_spouse_swap, 3, "p", {}),
    ("spouse_drop", op_spouse_drop, 3, "p", {}),
    ("spouse_only", op_spouse_only, 2, "p", {}),
    ("accents", op_accents, 4, "*", {}),
    ("diacritics", op_diacritics, 1, "p", {"booking": 3}),
    ("punct", op_punct, 3, "p", {}),
    ("pet_leak", op_pet_leak, 1.5, "p", {"pms": 2, "er_referral": 2, "card_portal": 0}),
    ("spurious", op_spurious, 0.5, "p", {"booking": 2, "equine_app": 2, "pms": 0}),
    ("legal", op_legal, 6, "o", {}),
    ("company_typo", op_company_typo, 3, "o", {}),
    ("company_abbrev", op_company_abbrev, 4, "o", {"er_referral": 2}),
    ("word_drop", op_word_drop, 2, "o", {}),
    ("plural", op_plural, 2, "o", {}),
    ("contact_changed", op_contact_changed, 5, "o", {}),
    ("contact_dropped", op_contact_dropped, 2, "o", {}),
    ("contact_added", op_contact_added, 3, "o", {}),
    ("contact_nick", op_contact_nick, 2, "o", {}),
    ("email_drop", op_email_drop, 2, "*", {}),
    ("email_new", op_email_new, 3, "*", {}),
    ("email_added", op_email_added, 3, "*", {"er_referral": 0}),
    ("email_typo", op_email_typo, 2.5, "*", {"booking": 2}),
    ("email_case", op_email_case, 1.5, "*", {"booking": 2}),
    ("phone_drop", op_phone_drop, 2, "*", {"er_referral": 0}),
    ("phone_new", op_phone_new, 3, "*", {}),
    ("phone_added", op_phone_added, 3, "*", {}),
    ("phone_digit", op_phone_digit, 2, "*", {"er_referral": 2}),
    ("phone_ext", op_phone_ext, 1.5, "o", {}),
    ("phone_local", op_phone_local, 0.7, "*", {"er_referral": 3, "booking": 0.5}),
    ("addr_drop", op_addr_drop, 2, "*", {}),
    ("addr_added", op_addr_added, 3, "*", {"er_referral": 0, "card_portal": 0}),
    ("addr_move", op_addr_move, 2, "*", {}),
    ("addr_pobox", op_addr_pobox, 2, "*", {"equine_app": 2}),
    ("unit_merge", op_unit_merge, 3, "*", {"booking": 2}),
    ("unit_format", op_unit_format, 2.5, "*", {}),
    ("suffix_long", op_suffix_long, 3, "*", {"booking": 1.5}),
    ("dir_long", op_dir_long, 2, "*", {}),
    ("road_long", op_road_long, 3, "*", {"equine_app": 2}),
    ("box_format", op_box_format, 2, "*", {}),
    ("line1_typo", op_line1_typo, 2, "*", {"booking": 1.5}),
    ("num_typo", op_num_typo, 1, "*", {}),
    ("zip_drop", op_zip_drop, 2.5, "*", {}),
    ("zip4", op_zip4, 2, "*", {"pms": 1.5}),
    ("zip_wrong", op_zip_wrong, 1, "*", {}),
    ("city_typo", op_city_typo, 1.5, "*", {"booking": 1.5}),
    ("city_alias", op_city_alias, 2, "*", {}),
    ("region_full", op_region_full, 2, "*", {"booking": 1.5}),
    ("country", op_country, 2, "*", {}),
]
IDENTITY_OPS = {"email_drop", "email_new", "phone_drop", "phone_new", "addr_move",
                "addr_drop", "phone_digit", "email_typo"}
PROFILE_OPS = {"light": [(0, 5), (1, 5)], "medium": [(2, 6), (3, 4)],
               "harsh": [(4, 5), (5, 3), (6, 2)]}
PROFILES = [("light", 45), ("medium", 38), ("harsh", 17)]


def apply_random_ops(d, st, c, T, src, profile):
    k = wpick(PROFILE_OPS[profile])
    pool = []
    for name, fn, w, party, mult in OPS:
        if party == "p" and d["party"] != "person":
            continue
        if party == "o" and d["party"] != "org":
            continue
        w = w * mult.get(src, 1.0)
        if name in IDENTITY_OPS:
            w *= {"light": 0.25, "medium": 1.0, "harsh": 2.5}[profile]
        if name == "swap" and c.get("eth") == "viet":
            w *= 4
        if name == "addr_move" and c.get("kind") in ("military_family", "retiree"):
            w *= 4
        if w > 0:
            pool.append((name, fn, w))
    done = 0
    guard = 0
    while done < k and pool and guard < 60:
        guard += 1
        x = R.random() * sum(p[2] for p in pool)
        acc = 0.0
        sel = len(pool) - 1
        for i, p in enumerate(pool):
            acc += p[2]
            if x < acc:
                sel = i
                break
        name, fn, w = pool.pop(sel)
        if fn(d, st, c, T):
            done += 1
    return done


class TagCoverageError(Exception):
    pass


def make_incoming(c, src, profile):
    d = canon_draft(c)
    st = source_style(src)
    T = Tags()
    apply_habits(src, d, st, c, T)
    apply_random_ops(d, st, c, T, src, profile)
    rec = render(d, st)
    style_tags(d, st, T)
    canon = canon_record(c)
    tf = T.fields()
    missing = [f for f in diff_fields(rec, canon) if f not in tf]
    if missing:
        raise TagCoverageError("%s %s %s missing=%s\n%s\n%s" % (c["id"], src, profile, missing,
                                                               rec, canon))
    return rec, T.items


def pick_source(c):
    k, loc = c["kind"], c["loc"]
    if loc == "ocala" and k in ("horse_farm", "stable", "horse_owner", "ranch"):
        return wpick([("equine_app", 50), ("pms", 25), ("card_portal", 15), ("booking", 10)])
    if k in ("horse_farm", "stable", "horse_owner", "ranch"):
        return wpick([("equine_app", 25), ("pms", 40), ("card_portal", 20), ("booking", 15)])
    if c["party"] == "org":
        return wpick([("pms", 40), ("card_portal", 25), ("booking", 20), ("er_referral", 15)])
    if loc == "ocala":
        return wpick([("pms", 35), ("booking", 25), ("er_referral", 15), ("card_portal", 20),
                      ("equine_app", 5)])
    return wpick([("pms", 35), ("booking", 30), ("er_referral", 15), ("card_portal", 20)])


def filter_tags(tags, fields):
    out = []
    for t in tags:
        if t.split(":", 1)[0] in fields and t not in out:
            out.append(t)
    return out


# ---------------------------------------------------------------------------
# hard negatives: another customer under the business rules, resembling an anchor
# ---------------------------------------------------------------------------
HN_RULES = {
    "divorced_couple": "A divorced couple's pets on two accounts are two customers: same "
                       "family name, separate households, addresses and mailboxes.",
    "roommate": "A roommate at the same address is their own customer; sharing a flat does "
                "not merge accounts.",
    "father_son": "Father and son of one name (Jr./Sr.) each keep their own account for their "
                  "own pets.",
    "namesake_other_city": "Same name, different person: a client of another clinic city with "
                           "different contact details.",
    "later_owner": "A later owner of the same house is a new client; the address alone does "
                   "not make them the same customer.",
    "rescue_vs_founder": "The rescue pays for rescue animals; its founder's own pets are billed "
                         "to her personal account, a separate customer.",
    "rescues_shared_foster_email": "Two rescues that share one foster coordinator's mailbox are "
                                   "still two paying organisations.",
    "stable_vs_boarder": "A boarder at a stable pays for their own horse; the stable at the "
                         "same address is a separate customer.",
    "breeder_two_kennels": "The practice keeps both of the breeder's kennel names as separate "
                           "accounts, so the second kennel is another customer.",
    "petsitting_vs_owner": "The pet-sitting / boarding business is billed apart from its "
                           "owner's own pets.",
    "sister_ranches": "Sister ranches of one family are separate farms under different farm "
                      "names, each its own customer.",
    "k9_vs_shelter": "The police K-9 unit and the animal shelter are separate departments "
                     "billed separately, though both use the government e-mail domain.",
    "farm_owner_private": "The farm is one customer under its farm name; the owner's own house "
                          "pets billed privately are a separate customer.",
    "breeder_person_vs_kennel": "The practice keeps the breeder's personal account apart from "
                                "the kennel account, so they are two customers.",
    "similar_name_other_business": "A business with a similar name in another trade is another "
                                   "customer.",
}
HN_TYPES = list(HN_RULES.keys())
HN_PER_TYPE = 10

ANCHORED = {}


def pick_anchor(pool, pred):
    cands = [c for c in pool if c["id"] not in ANCHORED and pred(c)]
    if not cands:
        raise RuntimeError("no anchor candidates")
    a = pick(cands)
    ANCHORED[a["id"]] = True
    return a


def _opp(g):
    return "m" if g == "f" else "f"


def person_from_contact(loc, kind, ct, extra):
    forced = {"given": ct["given"], "family": ct["family"], "gender": ct["gender"],
              "eth": ct["eth"], "age": ct["age"], "allow_name_dup": True}
    forced.update(extra)
    return make_person(loc, kind, forced)


def similar_core(kind, p, loc):
    if kind == "breeder":
        return "%s %s" % (p, pick(BREED_PLURALS))
    if kind == "boarding_kennel":
        return pick([x for x in BOARDING_PATTERNS if "{p}" in x]).format(p=p)
    if kind == "pet_sitting":
        return pick(["{p} Pet Sitters", "{p} Pet Nannies", "{p} Critter Care",
                     "{p} Paws & Claws", "{p} Dog Walkers"]).format(p=p)
    if kind == "stable":
        return pick(STABLE_PATTERNS).format(p=p)
    if kind == "horse_farm":
        return pick([x for x in HORSE_FARM_PATTERNS if "{p}" in x]).format(p=p)
    return pick(["{p} Animal Rescue", "{p} Humane Society", "{p} Cat Coalition",
                 "{p} Dog Rescue"]).format(p=p)


def build_hn(htype, pool):
    """returns (hn_customer, anchor, intended_shared, stem)"""
    if htype == "divorced_couple":
        a = pick_anchor(pool, lambda c: c["party"] == "person" and c["kind"] in
                        ("pet_owner", "retiree", "military_family") and not c["family_alt"]
                        and "-" not in c["family"] and not c["spouse"]
                        and c["addr_s"]["kind"] == "street")
        city = a["addr_s"]["city"] if chance(0.6) and city_entry(a["loc"], a["addr_s"]["city"]) \
            else None
        hn = make_person(a["loc"], "pet_owner", {"family": a["family"],
                                                 "family_parts": a["family_parts"],
                                                 "eth": a["eth"], "gender": _opp(a["gender"]),
                                                 "age": a["age"], "city": city})
        return hn, a, ["familyName"], None
    if htype == "roommate":
        a = pick_anchor(pool, lambda c: c["party"] == "person" and c["addr_s"]["kind"] == "street"
                        and c["addr_s"].get("unit") and c["addr_s"]["unit_type"] != "Lot"
                        and c["kind"] != "household")
        a["has_addr"] = True
        for _ in range(20):
            hn = make_person(a["loc"], "pet_owner", {"addr_s": a["addr_s"], "age": "young"})
            if norm_text(hn["family"]) != norm_text(a["family"]):
                break
        return hn, a, ["address"], None
    if htype == "father_son":
        a = pick_anchor(pool, lambda c: c["party"] == "person" and c["gender"] == "m" and
                        c["suffix"] in (None, "Jr.", "Sr.") and not c["spouse"] and
                        not c["title"] and c["eth"] in ("anglo", "hisp", "black") and
                        c["addr_s"]["kind"] == "street" and c["kind"] != "household")
        sfx = {"Jr.": "Sr.", "Sr.": "Jr.", None: "Jr."}[a["suffix"]]
        extra = {"given": a["given"], "family": a["family"], "family_parts": a["family_parts"],
                 "eth": a["eth"], "gender": "m", "suffix": sfx, "allow_name_dup": True,
                 "age": "young" if a["age"] == "mid" else ("mid" if a["age"] == "old" else "old")}
        intended = ["name", "familyName"]
        if chance(0.5):
            extra["addr_s"] = a["addr_s"]
            a["has_addr"] = True
            intended.append("address")
        elif city_entry(a["loc"], a["addr_s"]["city"]):
            extra["city"] = a["addr_s"]["city"]
        hn = make_person(a["loc"], "pet_owner", extra)
        return hn, a, intended, None
    if htype == "namesake_other_city":
        a = pick_anchor(pool, lambda c: c["party"] == "person" and not c["spouse"] and
                        c["kind"] in ("pet_owner", "retiree"))
        other = pick([l for l in LOC_KEYS if l != a["loc"]])
        hn = make_person(other, "pet_owner", {"given": a["given"], "family": a["family"],
                                              "family_parts": a["family_parts"], "eth": a["eth"],
                                              "gender": a["gender"], "allow_name_dup": True})
        return hn, a, ["name", "familyName"], None
    if htype == "later_owner":
        a = pick_anchor(pool, lambda c: c["party"] == "person" and c["addr_s"]["kind"] == "street"
                        and not c["addr_s"].get("unit") and c["addr_s"]["state"] ==
                        LOCS[c["loc"]]["state"])
        a["has_addr"] = True
        for _ in range(20):
            hn = make_person(a["loc"], pick(["pet_owner", "household", "retiree"]),
                             {"addr_s": a["addr_s"]})
            if norm_text(hn["family"]) != norm_text(a["family"]):
                break
        return hn, a, ["address"], None
    if htype == "rescue_vs_founder":
        a = pick_anchor(pool, lambda c: c["kind"] == "rescue" and c["addr_s"]["kind"] == "street")
        a["has_contact"] = True
        ct = a["contacts"][0]
        intended = ["name", "familyName"]
        if chance(0.6):
            a["has_phone"] = True
            extra = {"phone": a["phone"]}
            intended.append("phone")
        else:
            a["has_addr"] = True
            extra = {"addr_s": a["addr_s"]}
            intended.append("address")
        hn = person_from_contact(a["loc"], "pet_owner", ct, extra)
        hn["has_phone"] = True if "phone" in extra else hn["has_phone"]
        hn["has_addr"] = True if "addr_s" in extra else hn["has_addr"]
        return hn, a, intended, None
    if htype == "rescues_shared_foster_email":
        a = pick_anchor(pool, lambda c: c["kind"] == "rescue")
        coord = contact_person(a["loc"], gender="f" if chance(0.8) else "m")
        g, f = ascii_slug(coord["given"].split()[0]), ascii_slug(coord["family"])
        for _ in range(30):
            e = pick(["%s%s.fosters@gmail.com" % (g, f), "%s.fostercoordinator@gmail.com" % g,
                      "fosters.%s%s@gmail.com" % (g[0], f), "%s%sfoster@yahoo.com" % (g, f),
                      "%sfostering%d@gmail.com" % (g, R.randint(1, 99))])
            if reserve_email(e):
                break
        a["email"] = e
        a["has_email"] = True
        if chance(0.5):
            a["contacts"] = [coord] + a["contacts"]
            a["has_contact"] = True
            cts = [coord, contact_person(a["loc"])]
        else:
            cts = [contact_person(a["loc"]), coord]
        hn = make_org(a["loc"], "rescue", {"email": e, "contacts": cts})
        hn["has_email"] = True
        return hn, a, ["email"], None
    if htype == "stable_vs_boarder":
        a = pick_anchor(pool, lambda c: c["kind"] == "stable" and
                        c["addr_s"]["kind"] in ("street", "hc"))
        a["has_addr"] = True
        hn = make_person(a["loc"], "horse_owner", {"addr_s": a["addr_s"]})
        hn["has_addr"] = True
        return hn, a, ["address"], None
    if htype == "breeder_two_kennels":
        a = pick_anchor(pool, lambda c: c["kind"] == "breeder")
        a["has_contact"] = a["has_phone"] = a["has_addr"] = True
        stem = None
        if a["stem_kind"] == "place" and chance(0.5):
            for _ in range(20):
                core = "%s %s" % (a["stem"], pick(BREED_PLURALS + CAT_BREEDS))
                if company_key(core) not in USED_COMPANIES:
                    break
            stem = a["stem"]
        else:
            for _ in range(20):
                core = "%s %s" % (pick(PLACE_WORDS[a["loc"]] + FEATURE_WORDS),
                                  pick(BREED_PLURALS))
                if company_key(core) not in USED_COMPANIES and a["stem"] not in core:
                    break
        hn = make_org(a["loc"], "breeder", {"core": core, "stem": stem, "stem_kind": "place",
                                            "contacts": [a["contacts"][0]], "phone": a["phone"],
                                            "addr_s": a["addr_s"], "legal": None})
        hn["has_contact"] = hn["has_phone"] = hn["has_addr"] = True
        intended = ["name", "familyName", "phone", "address"]
        if stem:
            intended.append("company_stem")
        return hn, a, intended, stem
    if htype == "petsitting_vs_owner":
        a = pick_anchor(pool, lambda c: c["kind"] in ("pet_sitting", "boarding_kennel"))
        a["has_contact"] = a["has_phone"] = True
        hn = person_from_contact(a["loc"], pick(["pet_owner", "household"]), a["contacts"][0],
                                 {"phone": a["phone"]})
        hn["has_phone"] = True
        return hn, a, ["name", "familyName", "phone"], None
    if htype == "sister_ranches":
        a = pick_anchor(pool, lambda c: c["kind"] in ("ranch", "horse_farm"))
        a["has_contact"] = True
        fam = a["contacts"][0]["family"]
        sib = contact_person(a["loc"], family=fam)
        stem = None
        if a["stem_kind"] == "family":
            for _ in range(30):
                core = "%s %s" % (fam, pick(SISTER_RANCH_SUFFIX))
                if company_key(core) not in USED_COMPANIES:
                    break
            stem = fam
            sk = "family"
        else:
            for _ in range(30):
                p = pick(PLACE_WORDS[a["loc"]] + FEATURE_WORDS)
                core = pick(["%s Ranch", "%s Farm", "%s Farms", "%s Creek Ranch"]) % p
                if company_key(core) not in USED_COMPANIES and norm_text(fam) not in norm_text(core):
                    break
            sk = "place"
        hn = make_org(a["loc"], a["kind"], {"core": core, "stem": stem or p, "stem_kind": sk,
                                             "contacts": [sib]})
        hn["has_contact"] = True
        intended = ["familyName"] + (["company_stem"] if stem else [])
        return hn, a, intended, stem
    if htype == "k9_vs_shelter":
        def ok(c):
            if c["kind"] not in ("shelter", "k9_unit") or not c.get("jurisdiction"):
                return False
            other = "k9" if c["kind"] == "shelter" else "shelter"
            return (c["loc"], c["jurisdiction"][1], other) not in GOV_USED
        a = pick_anchor(pool, ok)
        a["has_email"] = True
        other_kind = "k9_unit" if a["kind"] == "shelter" else "shelter"
        hn = make_org(a["loc"], other_kind, {"jurisdiction": a["jurisdiction"]})
        hn["has_email"] = True
        hn["has_addr"] = True
        return hn, a, ["email_domain"], None
    if htype == "farm_owner_private":
        a = pick_anchor(pool, lambda c: c["kind"] in ("horse_farm", "ranch", "stable") and
                        c["addr_s"]["kind"] in ("street", "hc"))
        a["has_contact"] = True
        intended = ["name", "familyName"]
        if chance(0.6):
            a["has_addr"] = True
            extra = {"addr_s": a["addr_s"]}
            intended.append("address")
        else:
            a["has_phone"] = True
            extra = {"phone": a["phone"]}
            intended.append("phone")
        hn = person_from_contact(a["loc"], pick(["pet_owner", "household"]), a["contacts"][0],
                                 extra)
        if "addr_s" in extra:
            hn["has_addr"] = True
        else:
            hn["has_phone"] = True
        return hn, a, intended, None
    if htype == "breeder_person_vs_kennel":
        a = pick_anchor(pool, lambda c: c["kind"] == "breeder")
        a["has_contact"] = True
        intended = ["name", "familyName"]
        if chance(0.5):
            a["has_email"] = True
            extra = {"email": a["email"]}
            intended.append("email")
        else:
            a["has_phone"] = True
            extra = {"phone": a["phone"]}
            intended.append("phone")
        hn = person_from_contact(a["loc"], "pet_owner", a["contacts"][0], extra)
        if "email" in extra:
            hn["has_email"] = True
        else:
            hn["has_phone"] = True
        return hn, a, intended, None
    if htype == "similar_name_other_business":
        a = pick_anchor(pool, lambda c: c["party"] == "org" and c.get("stem_kind") == "place"
                        and c["kind"] in ("breeder", "boarding_kennel", "pet_sitting", "stable",
                                          "horse_farm", "rescue"))
        kinds = [k for k in ("breeder", "boarding_kennel", "pet_sitting", "stable", "rescue")
                 if k != a["kind"]]
        loc = a["loc"] if chance(0.5) else pick([l for l in LOC_KEYS if l != a["loc"]])
        for _ in range(40):
            k = pick(kinds)
            core = similar_core(k, a["stem"], loc)
            if company_key(core) not in USED_COMPANIES:
                break
        hn = make_org(loc, k, {"core": core, "stem": a["stem"], "stem_kind": "place"})
        return hn, a, ["company_stem"], a["stem"]
    raise ValueError(htype)


def hn_label(field, a_val, h_val):
    if a_val is None:
        return "added"
    if h_val is None:
        return "dropped"
    if field == "phone":
        return "format" if norm_phone(a_val) == norm_phone(h_val) else "other_number"
    if field == "address.country":
        return "country_variant"
    if field == "address.region" and STATE_NAMES.get(a_val, a_val) == STATE_NAMES.get(h_val, h_val):
        return "region_full"
    if field == "address.postalCode" and zip5(a_val) == zip5(h_val):
        return "zip_plus4"
    if norm_text(a_val) == norm_text(h_val):
        return "case" if a_val.casefold() == h_val.casefold() else "format"
    if field == "email":
        return "other_mailbox"
    if field.startswith("address"):
        return "other_address"
    return "other_name"


def hn_changes(hrec, arec):
    out = []
    for f in diff_fields(hrec, arec):
        if f == "address":
            out.append("address:%s" % ("added" if arec.get("address") is None else "dropped"))
            continue
        if f.startswith("address."):
            k = f.split(".", 1)[1]
            out.append("%s:%s" % (f, hn_label(f, arec["address"].get(k), hrec["address"].get(k))))
            continue
        out.append("%s:%s" % (f, hn_label(f, arec.get(f), hrec.get(f))))
    return out


def stem_in(stem, company):
    st = norm_text(stem)
    ck = norm_text(company)
    return bool(st) and (" " + st + " ") in (" " + ck + " ")


def render_hn(hn):
    src = pick_source(hn)
    if src == "er_referral":
        src = "pms"
    d = canon_draft(hn)
    st = source_style(src)
    return render(d, st), src


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------
EXIST_LOC = [("austin", 420), ("sanantonio", 420), ("boise", 240), ("asheville", 195),
             ("ocala", 225)]
NEW_LOC = [("austin", 112), ("sanantonio", 112), ("boise", 64), ("asheville", 52),
           ("ocala", 60)]
ORG_SHARE = {"austin": 0.22, "sanantonio": 0.22, "boise": 0.25, "asheville": 0.22,
             "ocala": 0.45}
PERSON_KIND_W = {
    "austin": [("pet_owner", 72), ("household", 14), ("military_family", 1), ("retiree", 4),
               ("horse_owner", 2), ("foster_volunteer", 7)],
    "sanantonio": [("pet_owner", 60), ("household", 13), ("military_family", 17),
                   ("retiree", 4), ("horse_owner", 2), ("foster_volunteer", 4)],
    "boise": [("pet_owner", 66), ("household", 16), ("military_family", 4), ("retiree", 6),
              ("horse_owner", 4), ("foster_volunteer", 4)],
    "asheville": [("pet_owner", 58), ("household", 14), ("retiree", 22), ("horse_owner", 2),
                  ("foster_volunteer", 4)],
    "ocala": [("pet_owner", 40), ("household", 10), ("military_family", 1), ("retiree", 16),
              ("horse_owner", 30), ("foster_volunteer", 3)],
}
ORG_KIND_W = {
    "austin": [("breeder", 12), ("rescue", 14), ("shelter", 3), ("k9_unit", 3),
               ("boarding_kennel", 14), ("pet_sitting", 12), ("ranch", 5), ("stable", 4)],
    "sanantonio": [("breeder", 12), ("rescue", 13), ("shelter", 3), ("k9_unit", 3),
                   ("boarding_kennel", 13), ("pet_sitting", 10), ("ranch", 8), ("stable", 4)],
    "boise": [("breeder", 10), ("rescue", 10), ("shelter", 3), ("k9_unit", 3),
              ("boarding_kennel", 9), ("pet_sitting", 7), ("ranch", 10), ("stable", 5)],
    "asheville": [("breeder", 8), ("rescue", 12), ("shelter", 3), ("k9_unit", 3),
                  ("boarding_kennel", 9), ("pet_sitting", 8), ("ranch", 2), ("stable", 5),
                  ("horse_farm", 2)],
    "ocala": [("breeder", 4), ("rescue", 4), ("shelter", 2), ("k9_unit", 2),
              ("boarding_kennel", 3), ("pet_sitting", 3), ("ranch", 3), ("stable", 14),
              ("horse_farm", 45)],
}
N_EXIST_NAMESAKES = 16   # existing customers sharing a name with another existing customer


def make_customer(loc, org):
    if org:
        kind = wpick(ORG_KIND_W[loc])
        c = make_org(loc, kind)
        if c is None:
            c = make_org(loc, "rescue")
    else:
        c = make_person(loc, wpick(PERSON_KIND_W[loc]))
    c["id"] = new_id()
    return c


def customers_for(loc_plan, total_target):
    out = []
    for loc, n in loc_plan:
        n_org = int(round(n * ORG_SHARE[loc]))
        flags = [True] * n_org + [False] * (n - n_org)
        R.shuffle(flags)
        for org in flags:
            out.append(make_customer(loc, org))
    assert len(out) == total_target, (len(out), total_target)
    return out


def existing_namesakes(base, n):
    out = []
    persons = [c for c in base if c["party"] == "person" and not c["spouse"]
               and c["addr_s"]["state"] == LOCS[c["loc"]]["state"]]
    for i in range(n):
        a = pick(persons)
        persons.remove(a)
        same_city = i < 6
        if same_city:
            extra = {"city": a["addr_s"]["city"] if city_entry(a["loc"], a["addr_s"]["city"])
                     else None}
            loc = a["loc"]
        else:
            extra = {}
            loc = pick([l for l in LOC_KEYS if l != a["loc"]])
        forced = {"given": a["given"], "family": a["family"], "family_parts": a["family_parts"],
                  "eth": a["eth"], "gender": a["gender"], "allow_name_dup": True}
        forced.update(extra)
        c = make_person(loc, pick(["pet_owner", "pet_owner", "retiree", "household"])
                        if loc != "sanantonio" else "pet_owner", forced)
        c["spouse"] = None
        c["id"] = new_id()
        out.append(c)
    return out


def disambiguate(custs, recs):
    """QBO-style unique display names: 'Name (City)' or 'Name (2)'."""
    seen = {}
    tags = {}
    for c in custs:
        r = recs[c["id"]]
        base = r["displayName"]
        key = base.casefold()
        if key not in seen:
            seen[key] = [c]
            continue
        first = seen[key][0]
        city = c["addr_s"]["city"] if c["has_addr"] else LOCS[c["loc"]]["label"]
        fcity = first["addr_s"]["city"] if first["has_addr"] else LOCS[first["loc"]]["label"]
        cand = "%s (%s)" % (base, city)
        if city == fcity or cand.casefold() in seen:
            n = len(seen[key]) + 1
            cand = "%s (%d)" % (base, n)
            while cand.casefold() in seen:
                n += 1
                cand = "%s (%d)" % (base, n)
        seen[key].append(c)
        seen[cand.casefold()] = [c]
        r["displayName"] = cand
        tags[c["id"]] = ["displayName:disambiguation"]
    return tags


def city_index(items):
    idx = {}
    for ent, rec in items:
        cty = rec_city(rec)
        if cty:
            idx.setdefault(cty, []).append((ent, rec))
    return idx


def nc_findable(rec, target, target_ent, indexes):
    cty = rec_city(rec)
    if not cty or cty != rec_city(target):
        return False
    s = name_score(rec, target)
    if s < NC_MIN_SCORE:
        return False
    best = 0.0
    for idx in indexes:
        for ent, r in idx.get(cty, []):
            if ent == target_ent or r is rec:
                continue
            v = name_score(rec, r)
            if v > best:
                best = v
    return s - best >= NC_MARGIN


def has_identifier(rec):
    a = rec.get("address")
    return bool(norm_email(rec.get("email")) or norm_phone(rec.get("phone")) or
                (a and street_key(a.get("line1"))))


def gen_linked(c, target, target_ent, indexes, profile, src):
    """An incoming record for customer c that is findable against target."""
    for attempt in range(60):
        prof = profile if attempt < 12 else ("medium" if attempt < 24 else "light")
        s = src if attempt < 30 else pick_source(c)
        rec, tags = make_incoming(c, s, prof)
        ev = evidence_of(rec, target)
        if ev:
            return rec, tags, s, prof, ev, "identifier"
        if nc_findable(rec, target, target_ent, indexes):
            return rec, tags, s, prof, ev, "name+city"
    raise RuntimeError("could not make a findable record for %s" % c["id"])


def build():
    # 1. existing customers ------------------------------------------------------
    base = customers_for([(l, n - (N_EXIST_NAMESAKES if l == "austin" else 0))
                          for l, n in EXIST_LOC], N_EXISTING - N_EXIST_NAMESAKES)
    base += existing_namesakes(base, N_EXIST_NAMESAKES)
    exist = base
    by_id = {c["id"]: c for c in exist}

    # 2. hard negatives (may pin anchor fields before the list is rendered) -----
    hns = []
    for htype in HN_TYPES:
        for _ in range(HN_PER_TYPE):
            hn, a, intended, stem = build_hn(htype, exist)
            hn["id"] = new_id()
            for x, flag in (("address", "has_addr"), ("phone", "has_phone"),
                            ("email", "has_email"), ("email_domain", "has_email")):
                if x in intended:
                    hn[flag] = a[flag] = True
            if hn["party"] == "org" and ("name" in intended or "familyName" in intended):
                hn["has_contact"] = True
            if a["party"] == "org" and ("name" in intended or "familyName" in intended):
                a["has_contact"] = True
            hns.append((htype, hn, a, intended, stem))

    # 3. render the accounting system's list ------------------------------------
    ex_recs = {c["id"]: canon_record(c) for c in exist}
    ex_tags = disambiguate(exist, ex_recs)
    order = sorted(exist, key=lambda c: (ex_recs[c["id"]]["displayName"].casefold(), c["id"]))
    ex_index = {}
    for i, c in enumerate(order):
        ex_index[c["id"]] = i
    ex_city = city_index([(c["id"], ex_recs[c["id"]]) for c in order])

    # 4. new customers ----------------------------------------------------------------
    news = customers_for(NEW_LOC, sum(n for _, n in NEW_LOC))
    for c in news:
        # no accounting record yet: the customer's real details are the reference
        c["has_email"] = c["has_phone"] = c["has_addr"] = True
        c["no_spurious"] = True
        if c["party"] == "org":
            c["has_contact"] = True

    # 5. incoming records ---------------------------------------------------------------
    items = []
    # matches
    occ_list = []
    for k, n in MATCH_PLAN:
        occ_list += [k] * n
    matched = sample(order, len(occ_list))
    for c, k in zip(matched, occ_list):
        for _ in range(k):
            prof = wpick(PROFILES)
            rec, tags, src, prof, ev, fnd = gen_linked(c, ex_recs[c["id"]], c["id"], [ex_city],
                                                      prof, pick_source(c))
            items.append({"cat": "match", "c": c, "rec": rec, "tags": tags, "src": src,
                          "profile": prof, "evidence": ev, "findable": fnd})
    # hard negatives
    for htype, hn, a, intended, stem in hns:
        rec, src = render_hn(hn)
        arec = ex_recs[a["id"]]
        sh = shared_of(rec, arec)
        for x in intended:
            if x == "company_stem":
                continue
            if x not in sh:
                raise RuntimeError("HN %s does not share %s: %s vs %s" % (htype, x, rec, arec))
        if stem:
            assert stem_in(stem, rec["companyName"]) and stem_in(stem, arec["companyName"]), \
                (stem, rec, arec)
            sh.append("company_stem")
        if not sh:
            raise RuntimeError("HN shares nothing")
        items.append({"cat": "hard_negative", "c": hn, "rec": rec, "tags": [], "src": src,
                      "anchor": a, "hn_type": htype, "shared": sh, "stem": stem,
                      "changes": hn_changes(rec, arec)})
    # new customers, first occurrences
    occ_list = []
    for k, n in NEW_PLAN:
        occ_list += [k] * n
    R.shuffle(occ_list)
    firsts = {}
    for c, k in zip(news, occ_list):
        prof = wpick(PROFILES)
        src = pick_source(c)
        for _ in range(40):
            rec, tags = make_incoming(c, src, prof)
            if has_identifier(rec) and evidence_of(rec, canon_record(c)):
                break
            prof = "light"
        else:
            raise RuntimeError("no identifier for new customer %s" % c["id"])
        it = {"cat": "new", "c": c, "rec": rec, "tags": tags, "src": src, "occ": 1, "k": k}
        items.append(it)
        firsts[c["id"]] = it
    inc_city = city_index([(it["c"]["id"], it["rec"]) for it in items])
    for c, k in zip(news, occ_list):
        first = firsts[c["id"]]
        for j in range(2, k + 1):
            prof = wpick(PROFILES)
            rec, tags, src, prof, ev, fnd = gen_linked(c, first["rec"], c["id"],
                                                      [ex_city, inc_city], prof, pick_source(c))
            items.append({"cat": "new", "c": c, "rec": rec, "tags": tags, "src": src, "occ": j,
                          "profile": prof, "evidence": ev, "findable": fnd, "first": first})
    assert len(items) == N_INCOMING, len(items)

    # 6. shuffle; the designated first occurrence of a new customer comes first --------
    R.shuffle(items)
    slots = {}
    for i, it in enumerate(items):
        if it["cat"] == "new":
            slots.setdefault(it["c"]["id"], []).append(i)
    for ent, pos in slots.items():
        group = sorted([items[i] for i in pos], key=lambda x: x["occ"])
        for i, it in zip(pos, group):
            items[i] = it
    pos_of = {}
    for i, it in enumerate(items):
        pos_of[id(it)] = i

    # 7. records and meta -------------------------------------------------------------------
    set_lines, meta_lines = [], []
    for i, c in enumerate(order):
        set_lines.append({"set": "existing", "entity": c["id"], "contact": ex_recs[c["id"]]})
        meta_lines.append({"set": "existing", "index": i, "entity": c["id"],
                           "category": "existing", "kind": c["kind"], "party": c["party"],
                           "changes": []})
    for i, it in enumerate(items):
        c = it["c"]
        rec = it["rec"]
        set_lines.append({"set": "incoming", "entity": c["id"], "contact": rec})
        m = {"set": "incoming", "index": i, "entity": c["id"], "category": it["cat"],
             "kind": c["kind"], "party": c["party"]}
        if it["cat"] == "match":
            target = ex_recs[c["id"]]
            df = diff_fields(rec, target)
            ch = compute_changes(rec, target, it["tags"] + ex_tags.get(c["id"], []), c["id"])
            _assert_cover(ch, df, c["id"])
            m.update({"changes": ch, "source": it["src"], "profile": it["profile"],
                      "evidence": it["evidence"], "findable": it["findable"],
                      "compare_set": "existing", "compare_index": ex_index[c["id"]]})
        elif it["cat"] == "new":
            if it["occ"] == 1:
                m.update({"changes": [], "source": it["src"], "occurrence": 1})
            else:
                first = it["first"]
                df = diff_fields(rec, first["rec"])
                ch = compute_changes(rec, first["rec"], it["tags"] + first["tags"], c["id"])
                _assert_cover(ch, df, c["id"])
                m.update({"changes": ch, "source": it["src"], "occurrence": it["occ"],
                          "profile": it["profile"], "evidence": it["evidence"],
                          "findable": it["findable"], "compare_set": "incoming",
                          "compare_index": pos_of[id(first)]})
        else:
            a = it["anchor"]
            m.update({"changes": it["changes"], "source": it["src"], "anchor": a["id"],
                      "anchor_index": ex_index[a["id"]], "hn_type": it["hn_type"],
                      "rule": HN_RULES[it["hn_type"]], "shared": it["shared"]})
            if it["stem"]:
                m["stem"] = it["stem"]
        meta_lines.append(m)
    return set_lines, meta_lines


def _val(rec, f):
    if f == "address":
        return rec.get("address")
    if f.startswith("address."):
        a = rec.get("address")
        return a.get(f.split(".", 1)[1]) if a else None
    return rec.get(f)


PRESENCE = ("dropped", "added")
# a value removed by one step and re-filled by another: describe the net effect
PRESENCE_FALLBACK = {"address.country": "country_variant", "email": "new", "phone": "new",
                     "address.postalCode": "zip_plus4", "givenName": "contact_changed",
                     "familyName": "contact_changed"}


def compute_changes(rec, target, tags, ent):
    """'field:what' for exactly the fields that differ from target.  Presence is judged
    against the compared record: absent there -> added, absent here -> dropped."""
    out = []
    for f in diff_fields(rec, target):
        tv, rv = _val(target, f), _val(rec, f)
        if tv is None and rv is not None:
            whats = ["added"]
            if f == "companyName" and "companyName:spurious" in tags:
                whats = ["spurious"]
        elif rv is None and tv is not None:
            whats = ["dropped"]
        else:
            whats = [t.split(":", 1)[1] for t in tags if t.split(":", 1)[0] == f
                     and t.split(":", 1)[1] not in PRESENCE]
            if not whats and f in PRESENCE_FALLBACK:
                whats = [PRESENCE_FALLBACK[f]]
            if not whats:
                raise TagCoverageError("%s: no description for %s (%r -> %r) %s" %
                                       (ent, f, tv, rv, tags))
        for w in whats:
            t = "%s:%s" % (f, w)
            if t not in out:
                out.append(t)
    return out


def _assert_cover(changes, diff, ent):
    have = [t.split(":", 1)[0] for t in changes]
    miss = [f for f in diff if f not in have]
    if miss:
        raise TagCoverageError("%s: uncovered fields %s" % (ent, miss))


def main():
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    set_lines, meta_lines = build()
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in set_lines:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in meta_lines:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    cats = {}
    for m in meta_lines:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    print("wrote %d records to %s: %s" % (len(set_lines), args.out,
                                         ", ".join("%s=%d" % kv for kv in sorted(cats.items()))))


if __name__ == "__main__":
    main()
