#!/usr/bin/env python3
"""Generator for the us-landscape labelled record-linkage set.

Python 3 standard library only; seeded and deterministic (no iteration over
sets of strings).  Writes set.jsonl and meta.jsonl next to this file.
Scenario: landscaping / irrigation / pool-maintenance company in TX, AZ and
Southern California (see README.txt).
"""
import difflib
import json
import os
import re
import unicodedata
import random

SEED = 20250611
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

N_EXISTING = 1500
N_MATCH_ENTS = 625          # distinct existing customers arriving
N_MATCH_TWICE = 50          # of which arrive twice  -> 675 existing_match
N_PLAIN_NEW = 300
HN_QUOTA = [                # hard-negative kinds (300 in all)
    ("namesake_elsewhere", 60),
    ("org_namesake_elsewhere", 22),
    ("jr_sr_same_name", 25),
    ("new_tenant_same_address", 38),
    ("relative_other_unit", 15),
    ("landlord_other_property", 25),
    ("person_vs_own_company", 32),
    ("neighbouring_hoa", 30),
    ("management_co_vs_hoa", 10),
    ("sister_llc_or_complex", 15),
    ("church_vs_school", 15),
    ("branch_billed_separately", 13),
]
N_REPEAT_ENTS = 200         # new entities that arrive again
N_REPEAT_TWICE = 25         # ... of which twice -> 225 repeat_of_new


# ---------------------------------------------------------------- helpers
def sa(s):
    """strip accents"""
    if s is None:
        return None
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn"))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", sa(s).lower())


def wchoice(pairs):
    vals = [p[0] for p in pairs]
    ws = [p[1] for p in pairs]
    return R.choices(vals, ws)[0]


def has_acc(s):
    return s is not None and sa(s) != s


# ---------------------------------------------------------------- geography
CITIES = [
    ("San Antonio", "TX", 10, ["78201", "78207", "78209", "78213", "78228", "78237", "78245", "78250", "78258"], ["210", "726"]),
    ("Austin", "TX", 5, ["78704", "78721", "78741", "78745", "78748", "78753"], ["512", "737"]),
    ("Houston", "TX", 6, ["77004", "77009", "77023", "77036", "77055", "77087"], ["713", "281", "832", "346"]),
    ("El Paso", "TX", 5, ["79903", "79905", "79912", "79924", "79936", "79938"], ["915"]),
    ("Laredo", "TX", 3, ["78040", "78041", "78043", "78045", "78046"], ["956"]),
    ("McAllen", "TX", 3, ["78501", "78503", "78504"], ["956"]),
    ("Brownsville", "TX", 2, ["78520", "78521", "78526"], ["956"]),
    ("Corpus Christi", "TX", 3, ["78404", "78411", "78412", "78414"], ["361"]),
    ("Dallas", "TX", 4, ["75208", "75211", "75217", "75224", "75228"], ["214", "469", "972"]),
    ("Fort Worth", "TX", 3, ["76106", "76110", "76116", "76133"], ["817", "682"]),
    ("New Braunfels", "TX", 2, ["78130", "78132"], ["830"]),
    ("Phoenix", "AZ", 9, ["85006", "85008", "85015", "85017", "85031", "85033", "85041", "85044"], ["602", "480", "623"]),
    ("Mesa", "AZ", 4, ["85201", "85203", "85204", "85210", "85212"], ["480"]),
    ("Chandler", "AZ", 3, ["85224", "85225", "85226", "85249"], ["480"]),
    ("Gilbert", "AZ", 3, ["85233", "85234", "85296", "85297"], ["480"]),
    ("Scottsdale", "AZ", 3, ["85251", "85254", "85257", "85260"], ["480"]),
    ("Tempe", "AZ", 2, ["85281", "85282", "85283"], ["480"]),
    ("Glendale", "AZ", 3, ["85301", "85302", "85306", "85308"], ["623", "602"]),
    ("Tucson", "AZ", 6, ["85705", "85710", "85711", "85713", "85719", "85745", "85748"], ["520"]),
    ("Yuma", "AZ", 2, ["85364", "85365", "85367"], ["928"]),
    ("San Diego", "CA", 6, ["92105", "92113", "92114", "92117", "92120", "92126", "92139"], ["619", "858"]),
    ("Chula Vista", "CA", 4, ["91910", "91911", "91913", "91914"], ["619"]),
    ("Escondido", "CA", 3, ["92025", "92026", "92027", "92029"], ["760", "442"]),
    ("Oceanside", "CA", 2, ["92054", "92056", "92057"], ["760", "442"]),
    ("Riverside", "CA", 4, ["92503", "92504", "92505", "92506", "92508"], ["951"]),
    ("Temecula", "CA", 2, ["92591", "92592"], ["951"]),
    ("San Bernardino", "CA", 3, ["92404", "92405", "92407", "92410"], ["909"]),
    ("Ontario", "CA", 2, ["91761", "91762", "91764"], ["909"]),
    ("Santa Ana", "CA", 4, ["92701", "92703", "92704", "92707"], ["714", "657"]),
    ("Anaheim", "CA", 3, ["92801", "92804", "92805", "92806"], ["714", "657"]),
    ("Irvine", "CA", 2, ["92602", "92604", "92612", "92620"], ["949"]),
    ("Los Angeles", "CA", 4, ["90011", "90019", "90032", "90042", "90063", "90065"], ["213", "323"]),
    ("Pasadena", "CA", 2, ["91101", "91104", "91106", "91107"], ["626"]),
    ("Long Beach", "CA", 2, ["90804", "90805", "90806", "90815"], ["562"]),
    ("Palm Springs", "CA", 2, ["92262", "92264"], ["760", "442"]),
    ("Indio", "CA", 2, ["92201", "92203"], ["760", "442"]),
]
CITY = {c[0]: dict(name=c[0], region=c[1], w=c[2], zips=c[3], ac=c[4]) for c in CITIES}
CITY_NAMES = [c[0] for c in CITIES]
STATE_NAME = {"TX": "Texas", "AZ": "Arizona", "CA": "California"}
STATE_AC = {}
ALL_AC = []
for _c in CITIES:
    for _ac in _c[4]:
        if _ac not in STATE_AC.setdefault(_c[1], []):
            STATE_AC[_c[1]].append(_ac)
        if _ac not in ALL_AC:
            ALL_AC.append(_ac)


def pick_city(region=None, exclude=None):
    names = [n for n in CITY_NAMES if (region is None or CITY[n]["region"] == region) and n != exclude]
    return R.choices(names, [CITY[n]["w"] for n in names])[0]


def other_city(city, same_state_p=0.6):
    reg = CITY[city]["region"]
    if R.random() < same_state_p:
        return pick_city(reg, exclude=city)
    regs = [r for r in ("TX", "AZ", "CA") if r != reg]
    return pick_city(R.choice(regs))


# ---------------------------------------------------------------- phones (NANP 555-0100..0199 fictitious)
USED_PHONES = set()


def new_phone(city):
    reg = CITY[city]["region"]
    for i in range(400):
        if i < 120:
            ac = R.choice(CITY[city]["ac"])
        elif i < 250:
            ac = R.choice(STATE_AC[reg])
        else:
            ac = R.choice(ALL_AC)
        num = "%s555%04d" % (ac, R.randint(100, 199))
        if num not in USED_PHONES:
            USED_PHONES.add(num)
            return num
    raise RuntimeError("phone pool exhausted")


PHONE_FMTS = ["paren", "dash", "dot", "plain", "e164", "intl", "intl_paren", "one_dash", "space", "paren_nospace"]


def fmt_phone(d, style, ext=None):
    a, b, c = d[:3], d[3:6], d[6:]
    s = {
        "paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c), "dot": "%s.%s.%s" % (a, b, c),
        "plain": d, "e164": "+1" + d, "intl": "+1 %s %s %s" % (a, b, c), "intl_paren": "+1 (%s) %s-%s" % (a, b, c),
        "one_dash": "1-%s-%s-%s" % (a, b, c), "space": "%s %s %s" % (a, b, c), "paren_nospace": "(%s)%s-%s" % (a, b, c),
    }[style]
    if ext:
        s += R.choice([" x", " ext. ", " Ext ", " x "]) + ext
    return s


# ---------------------------------------------------------------- names
HISP_M = ["José", "Juan", "Luis", "Carlos", "Jesús", "Francisco", "Miguel", "Jorge", "Antonio", "Alejandro", "Manuel",
          "Ricardo", "Roberto", "Eduardo", "Fernando", "Javier", "Raúl", "Sergio", "Arturo", "Guillermo", "Héctor",
          "Ramón", "Rubén", "Armando", "Enrique", "Ignacio", "Gerardo", "Alfredo", "Rafael", "Víctor", "Óscar", "Mario",
          "Pedro", "Andrés", "Hugo", "Julio", "Martín", "Gustavo", "Adrián", "Iván", "Joaquín", "Rodolfo", "Ernesto",
          "Salvador", "Agustín", "Emilio", "Esteban", "Tomás", "Gilberto", "Refugio", "Efraín", "Alberto", "Abel"]
HISP_M_COMP = ["José Luis", "Juan Carlos", "José Antonio", "Luis Miguel", "Juan Pablo", "José Manuel", "Miguel Ángel",
               "Jesús Alberto", "Juan José", "José Alfredo", "Carlos Alberto", "Luis Fernando", "Francisco Javier",
               "José Guadalupe", "Juan Manuel", "José Ramón"]
HISP_F = ["María", "Ana", "Rosa", "Guadalupe", "Carmen", "Patricia", "Verónica", "Leticia", "Silvia", "Alejandra",
          "Adriana", "Gabriela", "Claudia", "Mónica", "Yolanda", "Elena", "Lucía", "Sofía", "Isabel", "Beatriz",
          "Teresa", "Margarita", "Dolores", "Rocío", "Araceli", "Norma", "Gloria", "Irma", "Martha", "Sandra",
          "Angélica", "Esperanza", "Maribel", "Lorena", "Marisol", "Ximena", "Daniela", "Valeria", "Fernanda",
          "Consuelo", "Rosario", "Socorro", "Graciela", "Josefina", "Concepción", "Cecilia", "Blanca", "Estela"]
HISP_F_COMP = ["María José", "María Guadalupe", "María del Carmen", "Ana María", "María Elena", "María Teresa",
               "Rosa María", "María Luisa", "María de Jesús", "María Fernanda", "María Isabel", "Ana Laura",
               "María de los Ángeles", "María Dolores"]
HISP_SUR = ["García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez",
            "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Morales", "Ortiz", "Gutiérrez", "Chávez",
            "Ramos", "Ruiz", "Mendoza", "Álvarez", "Castillo", "Jiménez", "Vásquez", "Moreno", "Herrera", "Medina",
            "Aguilar", "Vargas", "Guzmán", "Muñoz", "Salazar", "Garza", "Delgado", "Castro", "Romero", "Ortega",
            "Contreras", "Estrada", "Núñez", "Domínguez", "Luna", "Cervantes", "Soto", "Valdez", "Rojas", "Sandoval",
            "Ibarra", "Maldonado", "Fuentes", "Espinoza", "Cárdenas", "Trujillo", "Villarreal", "Cabrera", "Acosta",
            "Serrano", "Ochoa", "Navarro", "Campos", "Zamora", "Treviño", "Saldaña", "Montoya", "Peña", "Quintero",
            "Arellano", "Barrera", "Zúñiga", "Cisneros", "Lozano", "Benavides", "Villalobos", "Sepúlveda", "Olvera",
            "Tapia", "Galván", "Orozco", "Escobedo", "Cantú", "Hinojosa", "Leal", "Bermúdez", "Carrillo", "Duarte"]
HISP_PART = ["de la Cruz", "de la Rosa", "de León", "del Río", "de la Garza", "de los Santos", "de la Torre", "del Valle"]
ANG_M = ["Michael", "James", "Robert", "William", "David", "Richard", "Thomas", "Christopher", "Daniel", "Matthew",
         "Anthony", "Joseph", "Steven", "Kevin", "Brian", "Jason", "Ryan", "Gary", "Timothy", "Scott", "Gregory",
         "Patrick", "Dennis", "Douglas", "Kenneth", "Brandon", "Tyler", "Justin", "Randall", "Wayne", "Curtis"]
ANG_F = ["Jennifer", "Elizabeth", "Patricia", "Linda", "Susan", "Karen", "Nancy", "Lisa", "Margaret", "Sandra",
         "Michelle", "Laura", "Amanda", "Stephanie", "Rebecca", "Kimberly", "Deborah", "Heather", "Melissa",
         "Christine", "Katherine", "Julie", "Megan", "Rachel", "Brittany", "Sharon", "Cynthia", "Donna", "Tammy"]
ANG_SUR = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
           "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
           "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson",
           "Carter", "Mitchell", "Campbell", "Roberts", "Turner", "Phillips", "Parker", "Evans", "Edwards", "Collins",
           "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly",
           "Howard", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Wood", "Bennett", "Gray", "Hughes", "Price",
           "Sanders", "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell",
           "Coleman", "Butler", "Henderson", "Barnes", "Fisher", "Vaughn", "Hayes", "McKenzie", "O'Brien",
           "O'Connor", "McDonald", "Schneider", "Weber", "Schultz", "Hoffman", "Fischer", "Whitfield", "Langley"]
VN_SUR = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo",
          "Duong", "Ly"]
VN_M = ["Minh", "Thanh", "Tuan", "Hung", "Dung", "Long", "Khanh", "Duc", "Quang", "Hieu", "Vinh", "Bao", "Tam", "Hai",
        "Phong", "Nam", "Son", "Trung"]
VN_F = ["Phuong", "Linh", "Huong", "Lan", "Mai", "Hoa", "Trang", "Thao", "Ngoc", "Thuy", "Hanh", "Nga", "Yen", "Loan",
        "Diep", "Oanh"]
VN_MID_M = ["Van", "Duc", "Minh", "Quoc", "Thanh", "Huu"]
VN_MID_F = ["Thi", "Ngoc", "Thu", "Kim", "Bich"]
KR_SUR = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin",
          "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong"]
KR_M = ["Min-jun", "Ji-hoon", "Hyun-woo", "Jae-won", "Young-ho", "Sung-min", "Dong-hyun", "Sang-woo", "Jin-ho",
        "Seung-hoon", "Tae-yang", "Kyung-soo"]
KR_F = ["Seo-yeon", "Soo-jin", "Eun-ji", "Ji-young", "Hye-jin", "Mi-kyung", "Yeon-woo", "Su-bin", "Ha-eun",
        "Min-seo", "Jung-ah", "Eun-hee"]
ALIAS_M = ["Tony", "Kevin", "Peter", "David", "Daniel", "Paul", "Andrew", "John", "Jimmy", "Steve", "Henry", "Eric"]
ALIAS_F = ["Jenny", "Vivian", "Grace", "Esther", "Sarah", "Michelle", "Linda", "Anna", "Cindy", "Julie", "Amy", "Helen"]
NICK = {
    "José": ["Pepe", "Chepe"], "Jesús": ["Chuy"], "Francisco": ["Pancho", "Paco", "Frank"], "Guadalupe": ["Lupe", "Lupita"],
    "María Guadalupe": ["Lupe", "Lupita"], "Guillermo": ["Memo", "Willie"], "Roberto": ["Beto", "Bobby"],
    "Alberto": ["Beto"], "Jesús Alberto": ["Chuy"], "Alejandro": ["Alex"], "Ignacio": ["Nacho"],
    "Enrique": ["Kike", "Henry"], "Eduardo": ["Lalo", "Eddie"], "Gerardo": ["Jerry"], "Refugio": ["Cuco"],
    "Dolores": ["Lola"], "María Dolores": ["Lola"], "Manuel": ["Manny"], "Rosario": ["Chayo"],
    "Concepción": ["Conchita", "Concha"], "Consuelo": ["Chelo"], "Socorro": ["Coco"], "Margarita": ["Maggie"],
    "Alejandra": ["Ale"], "Francisco Javier": ["Pancho", "Frank"], "José Luis": ["Pepe"], "Luis Miguel": ["Luismi"],
    "Patricia": ["Paty", "Patty"], "Isabel": ["Chabela"], "Ricardo": ["Rick", "Richie"], "Antonio": ["Tony", "Toño"],
    "Rafael": ["Rafa"], "Salvador": ["Chava"], "Fernando": ["Nando"], "Rodolfo": ["Rudy", "Fito"], "Daniela": ["Dani"],
    "Ramón": ["Moncho"], "Josefina": ["Josie"], "Graciela": ["Chela"], "José Guadalupe": ["Lupe"],
    "William": ["Bill", "Will"], "Robert": ["Bob", "Rob"], "Elizabeth": ["Liz", "Beth"], "Katherine": ["Kate", "Kathy"],
    "Richard": ["Rick", "Dick"], "Michael": ["Mike"], "James": ["Jim", "Jimmy"], "Jennifer": ["Jen", "Jenny"],
    "Margaret": ["Peggy", "Maggie"], "Thomas": ["Tom"], "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"],
    "Anthony": ["Tony"], "Joseph": ["Joe"], "Deborah": ["Debbie", "Deb"], "Kimberly": ["Kim"], "Rebecca": ["Becky"],
    "Gregory": ["Greg"], "Timothy": ["Tim"], "Kenneth": ["Ken"], "Douglas": ["Doug"], "Stephanie": ["Steph"],
    "Matthew": ["Matt"], "Steven": ["Steve"], "Patrick": ["Pat"], "Susan": ["Sue"], "Randall": ["Randy"],
    "Cynthia": ["Cindy"], "Christine": ["Chris"], "Samuel": ["Sam"],
}
TITLES_M = ["Mr.", "Mr", "Dr."]
TITLES_F = ["Mrs.", "Ms.", "Ms", "Sra.", "Dr."]

USED_NAMEKEYS = set()


def namekey(given, surname):
    return slug(given) + "|" + slug(surname)


def gen_person_name(eth=None, gender=None, reserve=True):
    eth = eth or R.choices(["hisp", "anglo", "viet", "kor"], [62, 28, 6, 4])[0]
    gender = gender or R.choice(["M", "F"])
    for _ in range(2000):
        p = dict(eth=eth, gender=gender, suffix=None, middle=None, alias=None)
        if eth == "hisp":
            if gender == "M":
                given = R.choice(HISP_M_COMP) if R.random() < 0.28 else R.choice(HISP_M)
            else:
                given = R.choice(HISP_F_COMP) if R.random() < 0.3 else R.choice(HISP_F)
            s1 = R.choice(HISP_PART) if R.random() < 0.07 else R.choice(HISP_SUR)
            s2 = R.choice(HISP_SUR)
            while s2 == s1:
                s2 = R.choice(HISP_SUR)
            p.update(given=given, surnames=[s1, s2],
                     sn_style=wchoice([("both", 35), ("first", 53), ("hyphen", 12)]),
                     acc=R.random() < 0.6)
        elif eth == "anglo":
            given = R.choice(ANG_M if gender == "M" else ANG_F)
            p.update(given=given, surnames=[R.choice(ANG_SUR)], sn_style="first", acc=True)
            if R.random() < 0.2:
                p["middle"] = R.choice("ABCDEJKLMRST") + "."
        elif eth == "viet":
            given = R.choice(VN_M if gender == "M" else VN_F)
            p.update(given=given, surnames=[R.choice(VN_SUR)], sn_style="first", acc=True,
                     middle=R.choice(VN_MID_M if gender == "M" else VN_MID_F))
            if R.random() < 0.35:
                p["alias"] = R.choice(ALIAS_M if gender == "M" else ALIAS_F)
        else:
            given = R.choice(KR_M if gender == "M" else KR_F)
            p.update(given=given, surnames=[R.choice(KR_SUR)], sn_style="first", acc=True)
            if R.random() < 0.4:
                p["alias"] = R.choice(ALIAS_M if gender == "M" else ALIAS_F)
        k = namekey(p["given"], p["surnames"][0])
        if not reserve:
            return p
        if k not in USED_NAMEKEYS:
            USED_NAMEKEYS.add(k)
            if p.get("alias"):
                ka = namekey(p["alias"], p["surnames"][0])
                if ka in USED_NAMEKEYS:
                    p["alias"] = None
                else:
                    USED_NAMEKEYS.add(ka)
            return p
    raise RuntimeError("names exhausted")


def fam_str(p, style=None):
    sns = p["surnames"]
    style = style or p["sn_style"]
    if len(sns) > 1 and style == "both":
        return " ".join(sns)
    if len(sns) > 1 and style == "hyphen":
        return "-".join(sns)
    return sns[0]


def given_str(p, mode):
    g = p["given"]
    parts = g.split()
    if mode == "nick":
        if g in NICK:
            return R.choice(NICK[g])
        if parts[-1] in NICK:
            return R.choice(NICK[parts[-1]])
        return g
    if mode == "initial":
        if len(parts) > 1 and parts[0] == "María" and R.random() < 0.6:
            return "M. " + " ".join(parts[1:])
        if len(parts) > 1:
            return ".".join(x[0] for x in parts if x[0].isupper()) + "."
        return g[0] + "."
    if mode == "partial" and len(parts) > 1:
        if parts[0] in ("María", "Ana", "Rosa") and parts[-1] not in ("María",):
            return parts[-1] if parts[1] not in ("del", "de") else " ".join(parts[1:]).replace("de los ", "").replace("del ", "").replace("de ", "")
        return parts[0]
    if mode == "alias" and p.get("alias"):
        return p["alias"]
    if mode == "kr_join" and "-" in g:
        return g.replace("-", "").capitalize()
    if mode == "kr_space" and "-" in g:
        return " ".join(x.capitalize() for x in g.split("-"))
    return g


def gmodes_for(p):
    g = p["given"]
    m = [("full", 10)]
    if g in NICK or g.split()[-1] in NICK:
        m.append(("nick", 3))
    m.append(("initial", 1.5))
    if len(g.split()) > 1:
        m.append(("partial", 3))
    if p.get("alias"):
        m.append(("alias", 3))
    if "-" in g:
        m += [("kr_join", 2), ("kr_space", 2)]
    return m


# ---------------------------------------------------------------- e-mail
USED_EMAILS = set()
USED_DOMAINS = set()
PDOMAINS = ["example.com", "example.net", "example.org", "mail.example", "correo.example"]


def take_email(cands, domains=None):
    for _ in range(200):
        local = R.choice(cands)
        e = "%s@%s" % (local, R.choice(domains or PDOMAINS))
        if e not in USED_EMAILS:
            USED_EMAILS.add(e)
            return e
    while True:
        e = "%s%d@%s" % (R.choice(cands), R.randint(100, 9999), R.choice(PDOMAINS))
        if e not in USED_EMAILS:
            USED_EMAILS.add(e)
            return e


def person_email(p, extra=""):
    g = slug(p["given"].split()[0])
    g2 = slug(p["given"])
    f = slug(p["surnames"][0])
    f2 = slug(p["surnames"][-1])
    yy = str(R.randint(55, 99))
    n = str(R.randint(1, 999))
    c = ["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s%s%s" % (g, f, n), "%s.%s" % (f, g), "%s_%s%s" % (g, f, yy),
         "%s%s%s" % (g, f[0], n), "%s.%s" % (g2, f), "%s%s%s" % (g[0], f, f2[0]), "%s%s" % (g2, yy)]
    if p.get("alias"):
        c += ["%s.%s" % (slug(p["alias"]), f), "%s%s%s" % (slug(p["alias"]), f, yy)]
    if p["given"] in NICK:
        c.append("%s%s" % (slug(NICK[p["given"]][0]), f))
    if extra:
        c = [x + extra for x in c]
    return take_email(c)


def household_email(p):
    f = slug(p["surnames"][0])
    sp = p.get("spouse")
    c = ["%sfamily" % f, "the%ss" % f, "%s.household" % f, "%shome%s" % (f, R.randint(1, 99))]
    if sp:
        c.append("%sand%s" % (slug(p["given"].split()[0]), slug(sp["given"].split()[0])))
    return take_email(c)


def org_domain(name):
    words = [slug(w) for w in re.sub(r"\b(the|of|and|at|de|la|el|los|las|del)\b", " ", sa(name).lower()).split()]
    words = [w for w in words if w]
    base = "".join(words)
    if len(base) > 18 and len(words) > 2:
        base = words[0] + "".join(w[0] for w in words[1:])
    base = base[:24] or "org"
    for i in range(50):
        d = base + ("" if i == 0 else str(i + 1)) + ".example"
        if d not in USED_DOMAINS:
            USED_DOMAINS.add(d)
            return d
    raise RuntimeError


def org_email(domain, roles):
    for _ in range(50):
        e = "%s@%s" % (R.choice(roles), domain)
        if e not in USED_EMAILS:
            USED_EMAILS.add(e)
            return e
    e = "%s%d@%s" % (R.choice(roles), R.randint(2, 99), domain)
    USED_EMAILS.add(e)
    return e


# ---------------------------------------------------------------- addresses
ST_TYPES = [("St", "Street"), ("Ave", "Avenue"), ("Dr", "Drive"), ("Rd", "Road"), ("Ln", "Lane"), ("Ct", "Court"),
            ("Cir", "Circle"), ("Blvd", "Boulevard"), ("Trl", "Trail"), ("Pl", "Place"), ("Way", "Way"),
            ("Pkwy", "Parkway"), ("Loop", "Loop")]
TYPE_FULL = dict(ST_TYPES)
SP_PREFIX = ["Calle", "Camino", "Via", "Paseo", "Avenida", "Placita", "Callejón"]
SP_NAMES = ["del Sol", "de la Luna", "Real", "del Río", "Verde", "Bonita", "Estrella", "Las Flores", "de Oro",
            "Los Arcos", "San Felipe", "Santa Rosa", "del Norte", "Encanto", "Peña Blanca", "Alegría", "los Niños",
            "la Paz", "Cielo Azul", "Montaña", "Mariposa", "Palomas", "Tranquilo", "Serena", "del Valle", "Corazón",
            "Escondido", "Primavera", "Sombra", "Arroyo Seco"]
EN_NAMES = ["Mesquite", "Palo Verde", "Ocotillo", "Saguaro", "Desert Willow", "Bluebonnet", "Live Oak", "Pecan",
            "Cypress", "Willow Creek", "Sunset", "Canyon View", "Quail Run", "Cactus Wren", "Ironwood", "Agave",
            "Juniper", "Cedar Ridge", "Magnolia", "Laurel", "Sycamore", "Jacaranda", "Bougainvillea", "Oleander",
            "Coral Tree", "Eucalyptus", "Hummingbird", "Roadrunner", "Coyote", "Lone Star", "Bandera", "Brazos",
            "Pinto", "Sage", "Cholla", "Yucca", "Chaparral", "Acacia", "Olive", "Lemon Grove", "Orange Blossom",
            "Seabreeze", "Pacific", "Mission", "Presidio", "Pioneer", "Hacienda", "Cimarron", "Rio Grande", "Sandpiper"]
DIRS = {"N": "North", "S": "South", "E": "East", "W": "West"}
UNIT_FULL = {"Apt": "Apartment", "Unit": "Unit", "Ste": "Suite", "Lot": "Lot", "Spc": "Space", "Bldg": "Building"}
USED_ADDR = set()


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def make_street(city):
    reg = CITY[city]["region"]
    if reg == "AZ" and R.random() < 0.4:
        return R.choice("NSEW"), ordinal(R.randint(7, 99)), R.choice(["Ave", "St", "Dr", "Pl", "Way", "Ln"])
    if R.random() < 0.38:
        return "", R.choice(SP_PREFIX) + " " + R.choice(SP_NAMES), None
    pre = R.choice("NSEW") if R.random() < (0.3 if reg == "AZ" else 0.1) else ""
    return pre, R.choice(EN_NAMES), R.choice(ST_TYPES)[0]


def make_addr(city, kind="house", street=None, zipc=None):
    c = CITY[city]
    for _ in range(200):
        pre, name, typ = street if street else make_street(city)
        num = str(R.randint(1000, 25999) if c["region"] == "AZ" else R.randint(100, 15999))
        unit = None
        r = R.random()
        if kind == "house":
            if r < 0.16:
                unit = (R.choice(["Unit", "Unit", "Apt"]), str(R.choice([R.randint(1, 40), R.randint(101, 330)])))
            elif r < 0.21:
                unit = ("Spc" if c["region"] == "CA" else "Lot", str(R.randint(1, 160)))
        elif kind == "org":
            if r < 0.3:
                unit = ("Ste", str(R.choice([R.randint(100, 450), R.randint(1, 30)])))
        a = dict(num=num, pre=pre, name=name, typ=typ, unit=unit, city=city, region=c["region"],
                 zip=zipc or R.choice(c["zips"]), plus4="%04d" % R.randint(1000, 9899), pobox=None, co=None,
                 show4=R.random() < 0.18)
        k = addr_key(a)
        if k not in USED_ADDR:
            USED_ADDR.add(k)
            return a
    raise RuntimeError


def addr_key(a):
    return "|".join([a["num"] or "", a["pre"] or "", slug(a["name"] or ""), a["typ"] or "", str(a["unit"]), a["zip"], str(a["pobox"])])


def make_pobox(city):
    a = dict(num=None, pre="", name=None, typ=None, unit=None, city=city, region=CITY[city]["region"],
             zip=R.choice(CITY[city]["zips"]), plus4="%04d" % R.randint(1000, 9899), pobox=str(R.randint(100, 99999)),
             co=None, show4=R.random() < 0.3)
    return a


def copy_addr(a, **kw):
    b = dict(a)
    b.update(kw)
    return b


def street_line(a, o):
    pre, typ = a["pre"], a["typ"]
    if pre and o.get("dir_full"):
        pre = DIRS[pre]
    if typ and o.get("type_full"):
        typ = TYPE_FULL[typ]
    elif typ and o.get("type_dot") and typ not in ("Way", "Loop"):
        typ += "."
    name = a["name"]
    if o.get("street_typo"):
        name = typo_word(name)
    return " ".join(x for x in (a["num"], pre, name, typ) if x)


def unit_str(u, f):
    ut, un = u
    if f == 1:
        return "#" + un
    if f == 2 and ut in ("Apt", "Ste"):
        return ut + ". " + un
    if f == 3:
        return UNIT_FULL[ut] + " " + un
    if f == 4 and ut == "Spc":
        return "Sp " + un
    return ut + " " + un


def render_addr(a, o):
    if a is None:
        return None
    acc = o.get("acc", True)
    if a.get("pobox"):
        line1 = "%s %s" % (o.get("pobox_fmt", "PO Box"), a["pobox"])
        line2 = None
    else:
        st = street_line(a, o)
        line2 = None
        if a["unit"]:
            u = unit_str(a["unit"], o.get("unit_fmt", 0))
            if o.get("unit_inline"):
                st = st + (", " if R.random() < 0.3 else " ") + u
            else:
                line2 = u
        line1 = st
        if a.get("co"):
            line2 = line1 if line2 is None else line1 + ", " + line2
            line1 = a["co"]
    city = a["city"]
    if o.get("city_typo"):
        city = typo_word(city)
    pc = a["zip"] + ("-" + a["plus4"] if o.get("zip4") else "")
    reg = a["region"]
    if o.get("region_full"):
        reg = STATE_NAME[reg]
    elif o.get("region_lower"):
        reg = reg.capitalize()
    out = dict(line1=line1, line2=line2, city=city, region=reg, postalCode=pc, country=o.get("country", "US"))
    if o.get("partial") == "no_street":
        out["line1"] = None
        out["line2"] = None
    elif o.get("partial") == "no_zip":
        out["postalCode"] = None
    elif o.get("partial") == "street_only":
        out.update(city=None, region=None, postalCode=None, country=None)
    for k in ("line1", "line2", "city"):
        if out[k] is not None:
            if not acc:
                out[k] = sa(out[k])
            if o.get("upper"):
                out[k] = out[k].upper()
    return out


def existing_addr_opts():
    return dict(type_full=R.random() < 0.15, type_dot=R.random() < 0.1, dir_full=R.random() < 0.1,
                unit_fmt=R.choice([0, 0, 0, 1, 2]), zip4=None, country=wchoice([("US", 6), ("USA", 2), (None, 2)]))


# ---------------------------------------------------------------- typos
KEYB = {"a": "sq", "e": "wr", "i": "uo", "o": "ip", "u": "yi", "n": "mb", "m": "n", "r": "et", "s": "ad",
        "t": "ry", "l": "k", "c": "vx", "d": "sf", "g": "fh", "h": "gj", "z": "s", "v": "b", "b": "v"}


def typo_word(s):
    idx = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(idx) < 4:
        return s
    for _ in range(20):
        i = R.choice(idx[1:])
        op = R.random()
        if op < 0.3 and i + 1 < len(s) and s[i + 1].isalpha():
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif op < 0.55:
            t = s[:i] + s[i + 1:]
        elif op < 0.75:
            t = s[:i] + s[i] + s[i:]
        else:
            ch = s[i].lower()
            rep = KEYB.get(sa(ch), "aeio")
            t = s[:i] + R.choice(rep) + s[i + 1:]
        if t != s:
            return t
    return s


def typo_in_name(disp, given, family):
    """apply the same typo to one token in display/given/family"""
    toks = [t for t in re.findall(r"[A-Za-zÀ-ÿ']+", family or disp or "") if len(t) >= 4]
    if not toks and given:
        toks = [t for t in re.findall(r"[A-Za-zÀ-ÿ']+", given) if len(t) >= 4]
    if not toks:
        return disp, given, family
    t = R.choice(toks)
    t2 = typo_word(t)

    def rep(s):
        return None if s is None else re.sub(r"\b%s\b" % re.escape(t), t2, s, count=1)
    return rep(disp), rep(given), rep(family)


# ---------------------------------------------------------------- entity construction
ID_POOL = R.sample(range(10000, 99999), 4000)
ENTS = []


def new_ent(d):
    d["id"] = "E%05d" % ID_POOL[len(ENTS)]
    ENTS.append(d)
    return d


def make_person_ent(city=None, eth=None, gender=None, spouse_p=0.5, kind="person"):
    city = city or pick_city()
    p = gen_person_name(eth, gender)
    p.update(kind=kind, city=city)
    if R.random() < spouse_p:
        sg = "F" if p["gender"] == "M" else "M"
        if R.random() < 0.04:
            sg = p["gender"]
        seth = p["eth"] if R.random() < 0.85 else R.choice(["hisp", "anglo", "viet", "kor"])
        sp = gen_person_name(seth, sg)
        if p["eth"] == "hisp" and seth == "hisp" and R.random() < 0.45:
            sp["surnames"] = [p["surnames"][0], sp["surnames"][0]]
            sp["sn_style"] = "first"
        elif p["eth"] != "hisp" and R.random() < 0.75:
            sp["surnames"] = list(p["surnames"])
        p["spouse"] = sp
    else:
        p["spouse"] = None
    r = R.random()
    if r < 0.035:
        p["addr"] = make_pobox(city)
    else:
        p["addr"] = make_addr(city, "house")
    if p["spouse"]:
        p["disp"] = wchoice([("gf", 45), ("couple", 25), ("the_family", 9), ("fg", 11), ("residence", 4)])
    else:
        p["disp"] = wchoice([("gf", 76), ("fg", 20), ("gmf", 4)])
    if p["disp"] == "gmf" and not p.get("middle"):
        p["disp"] = "gf"
    if p["disp"] in ("the_family", "residence") and R.random() < 0.5:
        p["emails"] = [household_email(p)]
    else:
        p["emails"] = [person_email(p)]
    p["phones"] = [new_phone(city)]
    p["has_email"] = R.random() < 0.86
    p["has_phone"] = R.random() < 0.9
    if not (p["has_email"] or p["has_phone"]):
        p["has_phone"] = True
    p["rentals"] = []
    return p


def alt_email(e):
    """a second e-mail address for the same customer (lazy)"""
    if e.get("type") == "org":
        roles = ["billing", "accounting", "ap", "office", "admin", "manager", "frontdesk", "invoices"]
        return org_email(e["domain"], roles) if e.get("domain") else take_email(["office%s" % slug(e["name"])[:10]])
    if e.get("kind") == "landlord_pp":
        e = e["landlord"]
    extra = R.choice(["", "", "", "2", ".tx", "az"])
    return person_email(e, extra)


# -- organisation vocab
HOA_A = ["Sunset", "Mesa", "Desert", "Canyon", "Saguaro", "Vista", "Sierra", "Eagle", "Quail", "Copper", "Silver",
         "Stone", "Willow", "Cypress", "Pecan", "Oak", "Harbor", "Ocean", "Bella", "Monte", "Rancho", "Paseo",
         "Coronado", "Ventana", "Sonoran", "Agave", "Ironwood", "Mesquite", "Palomino", "Cielo", "Tierra", "Arroyo",
         "Loma", "Piedra", "Laguna", "Cresta", "Dove", "Falcon", "Heritage", "Cottonwood", "Red Rock", "Summit",
         "Bluebonnet", "Cibolo", "Encino", "Las Palmas", "Los Olivos", "Alta", "Verano", "Sol"]
HOA_B = ["Ridge", "Springs", "Crest", "Ranch", "Hills", "Trails", "Pointe", "Village", "Heights", "Creek", "Park",
         "Meadows", "Vista", "Highlands", "Lakes", "Oaks", "Shadows", "Terrace", "Canyon", "Grove", "Preserve",
         "Landing", "Bluffs", "del Sol", "del Norte", "Verde", "Bonita", "Estates", "Commons", "Mesa"]
QUALIFIERS = ["North", "South", "East", "West", "II", "Phase II", "Village", "Estates", "Unit 2", "at the Park",
              "Heights", "Townhomes"]
MGMT = [("Desert Sky Community Management", "LLC"), ("Sunstone Community Managers", "Inc"),
        ("Sonoran Property Services", "LLC"), ("Lone Star Association Management", "Inc"),
        ("Alamo Community Management Group", "LLC"), ("Pacific Shores HOA Management", "Inc"),
        ("Inland Valley Property Services", "Inc"), ("Hill Country Association Services", "LLC"),
        ("Cornerstone Community Partners", "LLC"), ("Brightwater Property Management", "Inc"),
        ("Mission Trails Management Group", "LLC"), ("Casa Grande Association Management", "LLC"),
        ("Gulf Coast Community Management", "Inc"), ("Rio Grande Valley Property Management", "LLC"),
        ("Coastal Sage Community Management", "Inc"), ("Red Mountain Property Management", "LLC"),
        ("Keystone Association Services", "Inc"), ("Trinity Residential Management", "LLC"),
        ("Frontier Community Services", "LLC"), ("Palisades Association Management", "Inc"),
        ("Sun Country HOA Services", "LLC"), ("Northstar Community Management", "Inc")]
BWORD = ["Sonrisa", "Desert", "Valley", "Sunrise", "Alamo", "Lone Star", "Pacific", "Coastal", "Mission", "Rio",
         "Cactus", "Golden", "Bluebonnet", "Hill Country", "Casa Verde", "Bella Vista", "Palm", "Inland", "Sol",
         "Pueblo", "Frontera", "Cielo", "Maravilla", "Brisa", "Canyon", "Copper State", "Old Pueblo", "Border",
         "Southwest", "Sunbelt", "Amigo", "Oasis", "Bayside", "Citrus", "Sagebrush", "Roadrunner", "Paloma", "Aztec"]
BIZ_PATTERNS = ["Taquería {X}", "Tacos {X}", "Panadería {X}", "Mariscos {X}", "Carnicería {X}", "Super Mercado {X}",
                "{S} Auto Repair", "{S} Tire Shop", "{W} Dental Care", "{W} Pediatrics", "{W} Family Dentistry",
                "{W} Veterinary Clinic", "{W} Chiropractic", "{S} Law Office", "{S} & {S2} CPAs",
                "{W} Insurance Agency", "{W} Realty", "{W} Self Storage", "{W} Car Wash", "{W} Physical Therapy",
                "{W} Hair Studio", "{K} Dry Cleaners", "{V} Nail Spa", "Pho {V}", "{K} Korean BBQ",
                "{W} Early Learning Center", "{W} Animal Hospital", "{W} Urgent Care", "{W} Tax Service",
                "{S} Funeral Home", "{W} Family Medicine", "{W} Optometry", "{W} Bakery & Café", "{W} Mini Storage"]
BIZ_X = ["El Güero", "La Estrella", "Don Chuy", "Los Hermanos", "La Esquina", "El Paisano", "San Marcos",
         "La Michoacana", "El Rey", "Los Compadres", "La Palma", "El Sol", "Las Brisas", "La Güera", "El Norteño",
         "Doña María", "El Tapatío", "Los Arcos", "La Fe", "El Mezquite", "La Bendición", "Jalisco", "Chihuahua",
         "La Perla", "El Charro", "Los Primos"]
SAINTS = ["Anthony", "Joseph", "Mary", "Jude", "Francis", "Patrick", "Michael", "Augustine", "Elizabeth Ann Seton",
          "Thomas More", "Vincent de Paul", "Rose of Lima", "Martin de Porres", "Anne", "Luke", "Paul", "Peter",
          "Catherine", "Therese", "John Neumann", "Helen", "Margaret Mary", "Pius X", "Timothy", "Gregory",
          "Dominic", "Monica", "Philip Benizi", "Clare", "Ignatius", "Raphael", "Bernadette"]
OUR_LADY = ["Guadalupe", "Perpetual Help", "Lourdes", "Mount Carmel", "the Valley", "Sorrows", "San Juan de los Lagos",
            "Fatima", "the Assumption", "Mercy"]
SP_SAINTS = ["San José", "Santa Teresa", "San Judas Tadeo", "Sagrado Corazón", "Santa Cruz", "San Martín de Porres",
             "Santo Niño de Atocha", "San Felipe de Jesús", "Santa Cecilia", "San Juan Bautista"]
CH_X = ["Emanuel", "Betel", "Getsemaní", "Monte Sion", "El Buen Pastor", "Nueva Vida", "La Roca", "Jerusalén",
        "Rey de Gloria", "Fuente de Vida", "El Calvario", "Maranatha"]

USED_ORGNAMES = set()


def reserve_org(name):
    k = slug(name)
    if k in USED_ORGNAMES:
        return False
    USED_ORGNAMES.add(k)
    return True


LF_SPELL = {"LLC": ["LLC", ", LLC", " L.L.C.", ", L.L.C.", " Llc"], "Inc": [", Inc.", " Inc.", " Inc", ", Inc", " Incorporated"],
            "PLLC": [" PLLC", ", PLLC", " P.L.L.C."], "LP": [" LP", ", LP", " L.P."], "Ltd": [", Ltd.", " Ltd"]}


def with_lf(name, lf, k=0):
    if not lf:
        return name
    s = LF_SPELL[lf][k]
    if not s.startswith(",") and not s.startswith(" "):
        s = " " + s
    return name + s


def org_base(kind, name, city, lf=None):
    return dict(type="org", kind=kind, name=name, lf=lf, city=city, dba=None, branch=None, contact=None,
                forms=None, disp=None, legal=None, addr=None, site=None, emails=[], phones=[], domain=None,
                has_email=True, has_phone=True, mgr=None, lfk=0, ext=None)


def finish_org(o):
    """fill forms / display / legal for an org entity"""
    k, n = o["kind"], o["name"]
    if k == "hoa":
        forms = [n + " HOA", n + " Homeowners Association", n + " Homeowners Association, Inc.",
                 n + " Home Owners Assn", n + " Community Association", n + " Community Assn",
                 n + " Owners Association", n + " H.O.A.", n + " Homeowners Assn."]
        o["disp"] = R.choice(forms[:5])
        o["legal"] = R.choice([n + " Homeowners Association, Inc.", n + " Community Association, Inc."])
    elif k == "apartments":
        base = n
        forms = [base + " Apartments", base + " Apts", base + " Apartment Homes", base + " Apts.", base]
        o["disp"] = forms[0] if R.random() < 0.7 else forms[2]
        o["legal"] = R.choice([with_lf(n + " Owner", "LLC"), with_lf(n + " Partners", "LP"), o["disp"]])
    elif k in ("church", "school"):
        forms = [n]
        for a, b in (("St. ", "Saint "), ("St. ", "St "), ("Catholic Church", "Church"), ("Catholic Church", "Catholic Parish"),
                     ("Catholic School", "School"), ("Catholic School", "Parish School"), ("Church of ", "Church - "),
                     ("Iglesia ", "Igl. "), ("Academy", "Acad."), ("Community Church", "Community Ch.")):
            if a in n:
                forms.append(n.replace(a, b))
        if n.startswith("Iglesia") or n.startswith("Primera") or n.startswith("Templo"):
            forms.append(n + ", Inc.")
        o["disp"] = n
        o["legal"] = n if R.random() < 0.7 else with_lf(n, "Inc", 0)
    elif k == "trust":
        forms = o["forms"]
        o["disp"] = forms[0]
        o["legal"] = forms[0]
    else:  # business, llc, mgmt
        o["lfk"] = R.randrange(len(LF_SPELL[o["lf"]])) if o["lf"] else 0
        legal = with_lf(n, o["lf"], o["lfk"])
        forms = [legal, n] + [with_lf(n, o["lf"], i) for i in range(len(LF_SPELL[o["lf"]]))] if o["lf"] else [n]
        if re.search(r"\bII\b", n):
            forms.append(n.replace("II", "2"))
        if o["dba"]:
            forms += [o["dba"], "%s dba %s" % (legal, o["dba"]), "%s (%s)" % (o["dba"], n)]
            o["disp"] = o["dba"] if R.random() < 0.65 else legal
        else:
            o["disp"] = legal if (o["lf"] and R.random() < 0.6) else n
        o["legal"] = legal
    if o.get("branch"):
        b = o["branch"]
        forms = ["%s - %s" % (n, b), "%s (%s)" % (n, b), "%s %s" % (n, b), "%s - %s" % (o["disp"], b)]
        o["disp"] = "%s - %s" % (n, b) if R.random() < 0.7 else "%s (%s)" % (n, b)
    o["forms"] = forms
    return o


def contact_person(city):
    p = gen_person_name()
    p["emails"] = []
    return p


def make_business(city, name=None, lf=None):
    for _ in range(300):
        pat = R.choice(BIZ_PATTERNS)
        nm = name or pat.format(X=R.choice(BIZ_X), S=sa(R.choice(HISP_SUR + ANG_SUR)) if R.random() < 0.5 else R.choice(HISP_SUR + ANG_SUR),
                                S2=R.choice(HISP_SUR + ANG_SUR), W=R.choice(BWORD), K=R.choice(KR_SUR), V=R.choice(["Saigon", "Hanoi", "Hue", "Little Saigon", VN_SUR[R.randrange(16)]]))
        if name or reserve_org(nm):
            break
    if lf is None:
        lf = wchoice([("LLC", 5), ("Inc", 2), ("PLLC", 1 if any(w in nm for w in ("Dental", "Law", "CPAs", "Medicine", "Chiropractic", "Optometry", "Therapy")) else 0), (None, 2)])
    o = org_base("business", nm, city, lf)
    if R.random() < 0.3:
        s = R.choice(HISP_SUR + ANG_SUR)
        legal_core = R.choice(["%s Enterprises" % sa(s), "%s Restaurant Group" % s, "%s Hospitality" % R.choice(BWORD),
                               "%s Family Holdings" % s, "%s Ventures" % R.choice(BWORD)])
        if reserve_org(legal_core):
            o["dba"] = nm
            o["name"] = legal_core
            o["lf"] = lf or "LLC"
    o["contact"] = contact_person(city)
    o["addr"] = make_addr(city, "org")
    o["domain"] = org_domain(o["dba"] or o["name"])
    o["emails"] = [org_email(o["domain"], ["office", "info", "billing", "admin", "accounts", "manager"])] if R.random() < 0.75 \
        else [person_email(o["contact"])]
    o["phones"] = [new_phone(city)]
    o["has_email"] = R.random() < 0.9
    return finish_org(o)


def make_llc(city, contact=None, name=None):
    contact = contact or contact_person(city)
    s = contact["surnames"][0]
    for _ in range(300):
        nm = name or R.choice(["%s Property Holdings" % s, "%s Family Properties" % s, "%s Homes" % R.choice(BWORD + HOA_A),
                               "%s Rentals" % R.choice(BWORD + HOA_A), "%s Capital Partners" % R.choice(BWORD),
                               "%s Real Estate Investments" % R.choice(BWORD), "%s Residential" % R.choice(HOA_A),
                               "%s %s Investments" % (s, R.choice(HISP_SUR + ANG_SUR)), "%s Casitas" % R.choice(BWORD)])
        if name or reserve_org(nm):
            break
        s = R.choice(HISP_SUR + ANG_SUR)
    o = org_base("llc", nm, city, wchoice([("LLC", 8), ("LP", 1)]))
    o["contact"] = contact
    o["addr"] = make_addr(city, "org") if R.random() < 0.6 else make_pobox(city)
    if R.random() < 0.5:
        o["emails"] = [person_email(contact)]
    else:
        o["domain"] = org_domain(nm)
        o["emails"] = [org_email(o["domain"], ["office", "rentals", "leasing", "ap", "info", slug(contact["given"].split()[0])])]
    o["phones"] = [new_phone(city)]
    return finish_org(o)


def make_hoa_name():
    for _ in range(500):
        nm = "%s %s" % (R.choice(HOA_A), R.choice(HOA_B))
        w = nm.split()
        if len(set(w)) == len(w) and reserve_org(nm):
            return nm
    raise RuntimeError


MGMT_HELPERS = []


def make_mgmt_helper(i):
    name, lf = MGMT[i]
    reserve_org(name)
    city = pick_city(["TX", "AZ", "CA"][i % 3])
    m = dict(name=name, lf=lf, city=city, domain=org_domain(name), addr=make_addr(city, "org"),
             phone=new_phone(city), managers=[], customer=None, region=CITY[city]["region"])
    m["addr"]["unit"] = m["addr"]["unit"] or ("Ste", str(R.randint(100, 400)))
    m["short"] = " ".join(name.split()[:2]) + (" Mgmt" if "Management" in name else "")
    for _ in range(R.randint(1, 3)):
        cp = contact_person(city)
        cp["mail"] = take_email(["%s%s" % (slug(cp["given"].split()[0])[0], slug(cp["surnames"][0])),
                                 "%s.%s" % (slug(cp["given"].split()[0]), slug(cp["surnames"][0]))], [m["domain"]])
        cp["direct"] = new_phone(city)
        m["managers"].append(cp)
    m["ar"] = "%s@%s" % (R.choice(["ar", "accounting", "billing", "payables"]), m["domain"])
    USED_EMAILS.add(m["ar"])
    return m


def make_hoa(city=None, mgr=None, name=None):
    o = org_base("hoa", name or make_hoa_name(), None)
    if mgr:
        city = city or pick_city(mgr["region"])
        o["city"] = city
        o["mgr"] = mgr
        man = R.choice(mgr["managers"])
        o["contact"] = man
        o["emails"] = [man["mail"] if R.random() < 0.7 else mgr["ar"]]
        o["phones"] = [mgr["phone"] if R.random() < 0.8 else man["direct"]]
        o["ext"] = str(R.randint(100, 260)) if R.random() < 0.3 else None
        o["addr"] = copy_addr(mgr["addr"], co="c/o " + (mgr["name"] if R.random() < 0.6 else mgr["short"]))
    else:
        city = city or pick_city()
        o["city"] = city
        o["contact"] = contact_person(city)
        if R.random() < 0.5:
            o["domain"] = org_domain(o["name"] + " hoa")
            o["emails"] = [org_email(o["domain"], ["board", "info", "treasurer", "president", "manager"])]
        else:
            o["emails"] = [person_email(o["contact"])]
        o["phones"] = [new_phone(city)]
        o["addr"] = make_pobox(city) if R.random() < 0.55 else make_addr(city, "org")
    o["site"] = make_addr(city, "org", street=("", R.choice([o["name"], o["name"].split()[0] + " " + R.choice(["Club", "Park", "Ranch"])]), R.choice(["Dr", "Blvd", "Pkwy", "Way", "Cir"])))
    o["site"]["unit"] = None
    return finish_org(o)


def make_apartments(city, name=None, mgr_contact=None):
    for _ in range(300):
        nm = name or R.choice(["%s %s" % (R.choice(HOA_A), R.choice(HOA_B)), "Villas at %s" % R.choice(HOA_A + BWORD),
                               "Casa %s" % R.choice(["Bonita", "Linda", "del Sol", "Grande", "Blanca", "Serena", "Alegre", "Verde"]),
                               "The Residences at %s" % R.choice(HOA_A), "%s Gardens" % R.choice(HOA_A + BWORD),
                               "%s Senior Living" % R.choice(BWORD)])
        if name or reserve_org(nm):
            break
    o = org_base("apartments", nm, city)
    o["contact"] = mgr_contact or contact_person(city)
    o["addr"] = make_addr(city, "org")
    o["addr"]["unit"] = None if R.random() < 0.5 else ("Ste", "100")
    o["domain"] = org_domain(nm)
    o["emails"] = [org_email(o["domain"], ["leasing", "office", "manager", "info", "maintenance"])]
    o["phones"] = [new_phone(city)]
    return finish_org(o)


def church_name(city):
    for _ in range(300):
        r = R.random()
        if r < 0.3:
            nm = "St. %s Catholic Church" % R.choice(SAINTS)
        elif r < 0.42:
            nm = "Our Lady of %s Catholic Church" % R.choice(OUR_LADY)
        elif r < 0.52:
            nm = "%s Catholic Church" % R.choice(SP_SAINTS)
        elif r < 0.64:
            nm = "Iglesia %s %s" % (R.choice(["Bautista", "Cristiana", "Pentecostal", "Apostólica"]), R.choice(CH_X))
        elif r < 0.72:
            nm = "First Baptist Church of %s" % city
        elif r < 0.8:
            nm = "%s Community Church" % R.choice(["Grace", "Cornerstone", "Living Water", "New Hope", "Harvest", "Crossroads", "Sonrise"])
        elif r < 0.86:
            nm = "%s %s Church" % (R.choice(["Christ the King", "Trinity", "Good Shepherd", "Redeemer", "Faith", "Peace"]),
                                   R.choice(["Lutheran", "United Methodist", "Presbyterian", "Episcopal"]))
        elif r < 0.92:
            nm = "%s Korean Presbyterian Church" % R.choice([city, "Grace", "Hanmaum", "Saeronam"])
        elif r < 0.96:
            nm = "Primera Iglesia Bautista de %s" % city
        else:
            nm = "Templo %s" % R.choice(CH_X)
        if reserve_org(nm):
            return nm
    raise RuntimeError


def school_for_church(cn):
    if cn.startswith("St. ") or cn.startswith("Our Lady") or "Catholic" in cn:
        core = cn.replace(" Catholic Church", "")
        return R.choice(["%s Catholic School" % core, "%s School" % core])
    if cn.startswith("Iglesia") or cn.startswith("Templo") or cn.startswith("Primera"):
        return "Colegio Cristiano " + cn.split()[-1] if R.random() < 0.5 else "Academia " + " ".join(cn.split()[2:])
    if "Community Church" in cn:
        return cn.replace("Community Church", "Christian Academy")
    if cn.startswith("First Baptist"):
        return cn.replace("Church", "Academy")
    return cn.replace("Church", "School").replace(" Korean Presbyterian", " Korean Language")


def church_school_basics(o, city):
    o["contact"] = contact_person(city)
    o["phones"] = [new_phone(city)]
    o["has_email"] = R.random() < 0.92


def make_church(city, name=None):
    o = org_base("church", name or church_name(city), city)
    church_school_basics(o, city)
    o["addr"] = make_addr(city, "org")
    o["addr"]["unit"] = None
    o["domain"] = org_domain(o["name"])
    o["emails"] = [org_email(o["domain"], ["office", "parish", "parishoffice", "info", "admin", "secretary"])]
    return finish_org(o)


def make_school(city, name=None, church=None):
    if name is None:
        for _ in range(200):
            name = "%s %s" % (R.choice(BWORD + HOA_A), R.choice(["Preparatory Academy", "Montessori School", "Christian Academy",
                                                                   "Charter School", "Learning Academy", "Day School"]))
            if reserve_org(name):
                break
    else:
        reserve_org(name)
    o = org_base("school", name, city)
    church_school_basics(o, city)
    if church:
        o["addr"] = copy_addr(church["addr"]) if R.random() < 0.5 else copy_addr(church["addr"], num=str(int(church["addr"]["num"]) + R.choice([2, 10, 20])))
        USED_ADDR.add(addr_key(o["addr"]))
        o["domain"] = church["domain"]
        o["emails"] = [org_email(o["domain"], ["school", "schooloffice", "principal", "frontoffice", "admissions"])]
        if R.random() < 0.5:
            o["phones"] = [church["phones"][0]]
        o["pair"] = church["id"] if "id" in church else None
    else:
        o["addr"] = make_addr(city, "org")
        o["domain"] = org_domain(name)
        o["emails"] = [org_email(o["domain"], ["office", "frontoffice", "business", "admin"])]
    return finish_org(o)


def church_for_school(sn):
    if "Catholic School" in sn or (sn.startswith("St.") and sn.endswith("School")):
        return sn.replace(" Catholic School", " Catholic Church").replace(" School", " Catholic Church")
    return None


def make_trust(city, p=None):
    p = p or contact_person(city)
    G, F = p["given"].split()[0], p["surnames"][0]
    sp = p.get("spouse")
    if sp and R.random() < 0.6:
        forms = ["%s and %s %s Revocable Trust" % (G, sp["given"].split()[0], F),
                 "%s & %s %s Revocable Trust" % (G, sp["given"].split()[0], F),
                 "%s Revocable Trust" % F, "%s & %s %s Rev Trust" % (G[0], sp["given"][0], F),
                 "%s, %s & %s, Trustees" % (F, G, sp["given"].split()[0])]
    elif R.random() < 0.5:
        forms = ["%s Family Trust" % F, "The %s Family Trust" % F, "%s Family Trust dtd %d" % (F, R.randint(1994, 2021)),
                 "%s Fam Trust" % F]
    else:
        forms = ["%s %s Living Trust" % (G, F), "%s %s Trust" % (G, F), "%s %s Living Trust" % (G[0] + ".", F),
                 "%s, %s, Trustee" % (F, G)]
    if not reserve_org(forms[0]):
        return None
    o = org_base("trust", forms[0], city)
    o["forms"] = forms
    o["contact"] = p
    o["addr"] = make_addr(city, "house")
    o["emails"] = [person_email(p)] if not p.get("emails") else [p["emails"][0]]
    o["phones"] = [new_phone(city)]
    return finish_org(o)


# ---------------------------------------------------------------- build existing customers
def build_existing():
    ex = []
    # management companies (helpers; a few are customers themselves)
    for i in range(len(MGMT)):
        MGMT_HELPERS.append(make_mgmt_helper(i))
    # HOAs
    for m in MGMT_HELPERS:
        for _ in range(R.randint(2, 5)):
            ex.append(new_ent(make_hoa(mgr=m)))
    while sum(1 for e in ex if e["kind"] == "hoa") < 115:
        ex.append(new_ent(make_hoa()))
    for m in MGMT_HELPERS[:7]:
        o = org_base("mgmt", m["name"], m["city"], m["lf"])
        o.update(addr=m["addr"], domain=m["domain"], contact=m["managers"][0], phones=[m["phone"]],
                 emails=[org_email(m["domain"], ["office", "accounting", "admin"])])
        m["customer"] = new_ent(finish_org(o))
        ex.append(m["customer"])
    # apartments, churches (+schools), businesses (+branches), llcs, trusts
    for _ in range(45):
        ex.append(new_ent(make_apartments(pick_city())))
    for i in range(36):
        c = new_ent(make_church(pick_city()))
        ex.append(c)
        if i < 11:
            sn = school_for_church(c["name"])
            if reserve_org(sn):
                s = new_ent(make_school(c["city"], sn, church=c))
                s["pair"] = c["id"]
                c["pair"] = s["id"]
                ex.append(s)
    for _ in range(10):
        ex.append(new_ent(make_school(pick_city())))
    for _ in range(115):
        ex.append(new_ent(make_business(pick_city())))
    # chains billed per branch
    for _ in range(12):
        city = pick_city()
        b = make_business(city)
        b["branch"] = city
        b = new_ent(finish_org(b))
        b["chain"] = dict(name=b["name"], lf=b["lf"], dba=b["dba"], domain=b["domain"], ap=new_phone(city),
                          cities=[city], region=CITY[city]["region"])
        b["emails"] = [org_email(b["domain"], [slug(city), slug(city) + "office", "billing." + slug(city)])]
        if R.random() < 0.4:
            b["phones"] = [b["chain"]["ap"]]
        ex.append(b)
        if R.random() < 0.5:
            c2 = pick_city(CITY[city]["region"], exclude=city)
            b2 = clone_branch(b, c2)
            ex.append(b2)
    for _ in range(50):
        ex.append(new_ent(make_llc(pick_city())))
    for _ in range(14):
        t = make_trust(pick_city())
        if t:
            ex.append(new_ent(t))
    # landlords billed per property
    for _ in range(26):
        city = pick_city()
        lp = make_person_ent(city=city, spouse_p=0.3)
        lp["lbl"] = R.choice(["dash", "paren_street", "street_first"])
        nprop = R.choice([1, 2, 2, 3])
        for _ in range(nprop):
            ex.append(new_ent(make_landlord_prop(lp)))
    # persons / households fill the rest
    n_persons = N_EXISTING - len(ex)
    for i in range(n_persons):
        p = new_ent(make_person_ent())
        if i < 30:  # landlord billed under one account: rentals known
            p["rentals"] = [make_addr(pick_city(CITY[p["city"]]["region"]), "house") for _ in range(R.randint(1, 3))]
        ex.append(p)
    return ex


def clone_branch(b, city):
    ch = b["chain"]
    o = org_base("business", ch["name"], city, ch["lf"])
    o["dba"] = ch["dba"]
    o["branch"] = city
    o["contact"] = contact_person(city)
    o["addr"] = make_addr(city, "org")
    o["domain"] = ch["domain"]
    o["emails"] = [org_email(o["domain"], [slug(city), slug(city) + "office", "billing." + slug(city)])]
    o["phones"] = [ch["ap"]] if R.random() < 0.4 else [new_phone(city)]
    o["chain"] = ch
    ch["cities"].append(city)
    return new_ent(finish_org(o))


def make_landlord_prop(lp, city=None):
    city = city or (lp["city"] if R.random() < 0.6 else pick_city(CITY[lp["city"]]["region"]))
    e = {k: lp[k] for k in ("eth", "gender", "given", "surnames", "sn_style", "acc", "suffix", "middle", "alias", "spouse")}
    e.update(kind="landlord_pp", landlord=lp, city=city, addr=make_addr(city, "house"), emails=lp["emails"],
             phones=lp["phones"], has_email=True, has_phone=True, disp="landlord", lbl=lp["lbl"], rentals=[])
    e["addr"]["unit"] = None if R.random() < 0.75 else e["addr"]["unit"]
    return e


# ---------------------------------------------------------------- hard negatives
def clone_name(b):
    return {k: (list(b[k]) if isinstance(b[k], list) else b[k]) for k in
            ("eth", "gender", "given", "surnames", "sn_style", "acc", "suffix", "middle", "alias")}


def person_shell(city, name, spouse_p=0.45):
    p = dict(name)
    p.update(kind="person", city=city, rentals=[])
    p["spouse"] = None
    if R.random() < spouse_p:
        sg = "F" if p["gender"] == "M" else "M"
        p["spouse"] = gen_person_name(p["eth"], sg)
    p["addr"] = make_addr(city, "house")
    p["disp"] = "gf" if R.random() < 0.8 else "fg"
    p["emails"] = [person_email(p, R.choice(["", "", str(R.randint(2, 99))]))]
    p["phones"] = [new_phone(city)]
    p["has_email"] = True
    p["has_phone"] = True
    return p


def hn_namesake(b):
    if b["kind"] != "person" or b["disp"] not in ("gf", "fg", "couple", "gmf"):
        return None
    n = clone_name(b)
    n["alias"] = None
    det = "same_name"
    if len(n["surnames"]) > 1 and R.random() < 0.45:
        s2 = R.choice(HISP_SUR)
        while s2 in n["surnames"]:
            s2 = R.choice(HISP_SUR)
        n["surnames"][1] = s2
        n["sn_style"] = "both"
        det = "second_surname_differs"
    p = person_shell(other_city(b["city"], 0.55), n)
    p["disp"] = b["disp"] if b["disp"] in ("gf", "fg") else "gf"
    p["has_email"] = R.random() < 0.85
    return p, [det]


def hn_jr(b):
    if b["kind"] != "person" or b["gender"] != "M" or b["eth"] not in ("hisp", "anglo") or b["suffix"] \
            or b["disp"] not in ("gf", "fg", "couple"):
        return None
    n = clone_name(b)
    n["suffix"] = "Jr."
    city = b["city"] if R.random() < 0.7 else pick_city(CITY[b["city"]]["region"], exclude=b["city"])
    p = person_shell(city, n, 0.35)
    p["emails"] = [person_email(p, R.choice(["jr", ".jr", "", "2"]))]
    p["disp"] = "gf"
    det = ["son_of_existing"]
    if R.random() < 0.45:
        b["suffix"] = "Sr."
        det.append("existing_marked_sr")
    return p, det


def hn_new_tenant(b):
    if b["kind"] != "person" or b["addr"].get("pobox") or b.get("hn_addr_used"):
        return None
    p = make_person_ent(city=b["city"], spouse_p=0.35)
    USED_ADDR.discard(addr_key(p["addr"]))
    p["addr"] = copy_addr(b["addr"])
    b["hn_addr_used"] = True
    p["has_email"] = True
    p["has_phone"] = True
    return p, ["renter_unit" if b["addr"]["unit"] else "house"]


def hn_relative(b):
    if b["kind"] != "person" or b["addr"].get("pobox") or b["addr"]["unit"] or b.get("hn_addr_used"):
        return None
    for _ in range(50):
        n = gen_person_name(b["eth"], R.choice(["M", "F"]), reserve=False)
        n["surnames"][0] = b["surnames"][0]
        k = namekey(n["given"], n["surnames"][0])
        if k not in USED_NAMEKEYS and slug(n["given"]) != slug(b["given"]):
            USED_NAMEKEYS.add(k)
            break
    else:
        return None
    n["alias"] = None
    p = person_shell(b["city"], n, 0.3)
    USED_ADDR.discard(addr_key(p["addr"]))
    lab = R.choice(["A", "A", "1"])
    b["addr"]["unit"] = ("Unit", lab)
    p["addr"] = copy_addr(b["addr"], unit=("Unit", "B" if lab == "A" else "2"))
    b["hn_addr_used"] = True
    return p, ["duplex_other_unit"]


def hn_landlord(b):
    if b["kind"] != "landlord_pp" or b["landlord"].get("hn_used"):
        return None
    b["landlord"]["hn_used"] = True
    return make_landlord_prop(b["landlord"]), ["same_landlord_new_property"]


def hn_person_company(b):
    if b["kind"] == "person" and b["disp"] != "residence":
        sub = wchoice([("investor_llc", 45), ("own_business", 35), ("trust", 20)])
        p = b
        if sub == "investor_llc":
            o = make_llc(b["city"], contact=p, name=None)
        elif sub == "own_business":
            s = p["surnames"][0]
            nm = None
            for pat in R.sample(["{S} Auto Repair", "{S} Tire Shop", "{S} Law Office", "{S} Tax Service",
                                 "Taquería {S}", "{S} Family Dentistry", "{S} Insurance Agency", "{S} Trucking",
                                 "{S} Concrete", "{S} Hair Salon"], 10):
                c = pat.format(S=s)
                if reserve_org(c):
                    nm = c
                    break
            if not nm:
                return None
            o = make_business(b["city"], name=nm)
            o["contact"] = p
        else:
            o = make_trust(b["city"], p)
            if not o:
                return None
        sh_e = R.random() < 0.6
        sh_p = R.random() < 0.65
        if not (sh_e or sh_p):
            sh_e = True
        if sh_e:
            o["emails"] = [p["emails"][0]]
        if sh_p:
            o["phones"] = [p["phones"][0]]
        if R.random() < 0.35 and not b["addr"].get("pobox"):
            o["addr"] = copy_addr(b["addr"])
        o["has_email"] = o["has_phone"] = True
        b["has_email"] = b["has_email"] or sh_e
        b["has_phone"] = b["has_phone"] or sh_p
        return o, [sub] + (["shares_email"] if sh_e else []) + (["shares_phone"] if sh_p else [])
    if b["kind"] in ("llc", "business") and b["contact"] and not b.get("branch"):
        c = b["contact"]
        k = namekey(c["given"], c["surnames"][0])
        p = person_shell(b["city"], clone_name(c), 0.5)
        sh_p = R.random() < 0.75
        sh_e = b["emails"] and "@" in b["emails"][0] and b["emails"][0].split("@")[1] in PDOMAINS
        if sh_p:
            p["phones"] = [b["phones"][0]]
            b["has_phone"] = True
        if sh_e:
            p["emails"] = [b["emails"][0]]
            b["has_email"] = True
        if not (sh_p or sh_e):
            p["phones"] = [b["phones"][0]]
            b["has_phone"] = True
            sh_p = True
        return p, ["owner_household"] + (["shares_email"] if sh_e else []) + (["shares_phone"] if sh_p else [])
    return None


def hn_neighbour_hoa(b):
    if b["kind"] != "hoa" or b.get("hn_used"):
        return None
    q = None
    for _ in range(30):
        q = R.choice(QUALIFIERS)
        nm = "%s %s" % (b["name"], q)
        if q.split()[0] not in b["name"].split() and reserve_org(nm):
            break
    else:
        return None
    b["hn_used"] = True
    if b["mgr"]:
        o = make_hoa(city=b["city"], mgr=b["mgr"], name=nm)
        if R.random() < 0.6:
            o["emails"] = [b["emails"][0]]
        o["phones"] = [b["phones"][0]] if R.random() < 0.85 else o["phones"]
        det = ["same_management_company"]
    else:
        o = make_hoa(city=b["city"], name=nm)
        zipn = b["site"]["zip"]
        o["site"] = make_addr(b["city"], "org", zipc=zipn)
        det = ["self_managed_neighbour"]
    return o, det


def hn_mgmt(b):
    if b["kind"] != "hoa" or not b["mgr"] or b["mgr"]["customer"] is not None:
        return None
    m = b["mgr"]
    o = org_base("mgmt", m["name"], m["city"], m["lf"])
    o.update(addr=m["addr"], domain=m["domain"], contact=b["contact"], phones=[m["phone"]])
    o["emails"] = [b["emails"][0] if R.random() < 0.4 else org_email(m["domain"], ["office", "admin", "accounting"])]
    m["customer"] = o
    return finish_org(o), ["manager_of_imitated_hoa"]


def hn_sister(b):
    if b["kind"] == "llc" and not b.get("hn_used"):
        n = b["name"]
        m = re.search(r"\b(II|III|IV)\b", n)
        nm = n.replace(m.group(1), {"II": "III", "III": "IV", "IV": "V"}[m.group(1)]) if m else n + " II"
        if not reserve_org(nm):
            return None
        b["hn_used"] = True
        o = make_llc(b["city"], contact=b["contact"], name=nm)
        o["lf"] = b["lf"]
        finish_org(o)
        sh_e = R.random() < 0.7
        sh_p = R.random() < 0.7 or not sh_e
        if sh_e:
            o["emails"] = [b["emails"][0]]
        if sh_p:
            o["phones"] = [b["phones"][0]]
        return o, ["sister_llc"]
    if b["kind"] == "apartments" and not b.get("hn_used"):
        q = R.choice(["II", "Phase II", "East", "West", "North"])
        nm = "%s %s" % (b["name"], q)
        if not reserve_org(nm):
            return None
        b["hn_used"] = True
        o = make_apartments(b["city"], name=nm, mgr_contact=b["contact"])
        if R.random() < 0.5:
            o["emails"] = [b["emails"][0]]
        if R.random() < 0.5:
            o["phones"] = [b["phones"][0]]
        if R.random() < 0.6:
            USED_ADDR.discard(addr_key(o["addr"]))
            o["addr"] = copy_addr(b["addr"], num=str(int(b["addr"]["num"]) + R.choice([20, 50, 100, 150])))
        return o, ["sister_complex"]
    return None


def hn_church_school(b):
    if b["kind"] == "church" and not b.get("pair") and not b.get("hn_used"):
        sn = school_for_church(b["name"])
        if not reserve_org(sn):
            return None
        b["hn_used"] = True
        o = make_school(b["city"], sn, church=b)
        return o, ["school_of_church"]
    if b["kind"] == "school" and not b.get("pair") and not b.get("hn_used"):
        cn = church_for_school(b["name"])
        if not cn or not reserve_org(cn):
            return None
        b["hn_used"] = True
        o = make_church(b["city"], cn)
        o["addr"] = copy_addr(b["addr"])
        if R.random() < 0.5:
            o["phones"] = [b["phones"][0]]
        return o, ["church_of_school"]
    return None


def hn_branch(b):
    if b["kind"] != "business" or not b.get("branch"):
        return None
    ch = b["chain"]
    cands = [c for c in CITY_NAMES if CITY[c]["region"] == ch["region"] and c not in ch["cities"]]
    if not cands:
        return None
    city = R.choice(cands)
    o = org_base("business", ch["name"], city, ch["lf"])
    o["dba"] = ch["dba"]
    o["branch"] = city
    o["contact"] = contact_person(city)
    o["addr"] = make_addr(city, "org")
    o["domain"] = ch["domain"]
    o["emails"] = [org_email(o["domain"], [slug(city), slug(city) + "office", "billing." + slug(city)])]
    o["phones"] = [ch["ap"]] if R.random() < 0.45 else [new_phone(city)]
    o["chain"] = ch
    ch["cities"].append(city)
    return finish_org(o), ["other_branch"]


def hn_org_namesake(b):
    if b["kind"] not in ("church", "hoa", "business", "apartments") or b.get("branch") or b.get("namesake_used"):
        return None
    if b["kind"] == "church" and (" of %s" % b["city"] in b["name"] or " de %s" % b["city"] in b["name"] or b["city"] in b["name"]):
        return None
    b["namesake_used"] = True
    city = other_city(b["city"], 0.45)
    if b["kind"] == "church":
        o = make_church(city, b["name"])
    elif b["kind"] == "hoa":
        o = make_hoa(city=city, name=b["name"])
    elif b["kind"] == "apartments":
        o = make_apartments(city, name=b["name"])
    else:
        o = make_business(city, name=b["dba"] or b["name"], lf=None if b["dba"] else b["lf"])
    return o, ["same_name_other_city"]


HN_FUNCS = {"namesake_elsewhere": hn_namesake, "jr_sr_same_name": hn_jr, "new_tenant_same_address": hn_new_tenant,
            "relative_other_unit": hn_relative, "landlord_other_property": hn_landlord,
            "person_vs_own_company": hn_person_company, "neighbouring_hoa": hn_neighbour_hoa,
            "management_co_vs_hoa": hn_mgmt, "sister_llc_or_complex": hn_sister, "church_vs_school": hn_church_school,
            "branch_billed_separately": hn_branch, "org_namesake_elsewhere": hn_org_namesake}


def make_plain_new():
    if R.random() < 0.7:
        return make_person_ent()
    k = wchoice([("hoa", 22), ("business", 38), ("apartments", 10), ("church", 8), ("school", 4), ("llc", 13), ("trust", 5)])
    city = pick_city()
    if k == "hoa":
        return make_hoa(mgr=R.choice(MGMT_HELPERS) if R.random() < 0.4 else None)
    if k == "business":
        return make_business(city)
    if k == "apartments":
        return make_apartments(city)
    if k == "church":
        return make_church(city)
    if k == "school":
        return make_school(city)
    if k == "llc":
        return make_llc(city)
    return make_trust(city) or make_business(city)


# ---------------------------------------------------------------- rendering
def is_org(e):
    return e.get("type") == "org"


def label_street(a):
    return " ".join(x for x in (a["num"], a["pre"], a["name"], a["typ"]) if x)


def person_names(e, dstyle, gmode="full", fstyle=None, acc=None, suffix=True, lbl=None):
    acc = e["acc"] if acc is None else acc
    G = given_str(e, gmode)
    F = fam_str(e, fstyle)
    F1 = e["surnames"][0]
    suf = (" " + e["suffix"]) if (e.get("suffix") and suffix) else ""
    sp = e.get("spouse")
    given, family = G, F
    if dstyle == "gf":
        d = "%s %s%s" % (G, F, suf)
    elif dstyle == "gmf":
        d = "%s %s %s%s" % (G, e.get("middle") or "", F, suf)
        d = re.sub(r"\s+", " ", d)
    elif dstyle == "fg":
        d = "%s, %s%s" % (F, G, suf)
    elif dstyle == "ffirst":
        d = "%s %s %s" % (F, e["middle"], G) if (e.get("middle") and e["eth"] == "viet" and R.random() < 0.6) else "%s %s" % (F, G)
    elif dstyle in ("couple", "couple_rev") and sp:
        SG = sp["given"] if gmode != "partial" else given_str(sp, "partial")
        if sp["surnames"][0] == F1:
            d = ("%s & %s %s" % (G, SG, F)) if dstyle == "couple" else ("%s & %s %s" % (SG, G, F))
        else:
            SF = fam_str(sp)
            d = ("%s %s & %s %s" % (G, F, SG, SF)) if dstyle == "couple" else ("%s %s & %s %s" % (SG, SF, G, F))
        d = d + suf if dstyle == "couple" and suf and sp["surnames"][0] != F1 and False else d
    elif dstyle == "the_family":
        d = "The %s Family" % F1
    elif dstyle == "family":
        d = "%s Family" % F1
    elif dstyle == "residence":
        d = "%s Residence" % F1
    elif dstyle == "spouse" and sp:
        given, family = sp["given"], fam_str(sp)
        d = "%s %s" % (given, family)
    elif dstyle == "landlord":
        st = label_street(e["addr"])
        name = "%s %s" % (G, F)
        style = lbl or e["lbl"]
        if style == "dash":
            d = "%s - %s" % (name, st)
        elif style == "paren_street":
            d = "%s (%s)" % (name, st)
        else:
            d = "%s - %s" % (st, F)
    else:
        d = "%s %s%s" % (G, F, suf)
    if not acc:
        d, given, family = sa(d), sa(given), sa(family)
    return d, given, family


def render_existing(e):
    if is_org(e):
        d = e["disp"]
        comp = e["legal"] if R.random() < 0.5 else d
        c = e["contact"] if (e["contact"] and R.random() < 0.45) else None
        given = c["given"] if c else None
        family = fam_str(c) if c else None
    else:
        d, given, family = person_names(e, e["disp"])
        comp = None
    phone = fmt_phone(e["phones"][0], "paren" if R.random() < 0.7 else "dash", e.get("ext")) if e["has_phone"] else None
    email = e["emails"][0] if e["has_email"] else None
    o = existing_addr_opts()
    o["zip4"] = e["addr"]["show4"]
    return dict(displayName=d, givenName=given, familyName=family, companyName=comp, email=email, phone=phone,
                address=render_addr(e["addr"], o))


FORMAT_TAGS = {"phone_format", "address_format", "zip4_added", "zip4_dropped", "region_spelled", "country_varied",
               "unit_inline", "email_case", "company_name_dropped", "company_name_legal", "case_title"}


def email_case(s):
    loc, dom = s.split("@")
    return R.choice([s.upper(), loc.capitalize() + "@" + dom, ".".join(x.capitalize() for x in loc.split(".")) + "@" + dom.capitalize()])


def variant(e, base, keep, first=False):
    """render an incoming record for entity e.  keep: anchor that must survive ('email','phone','name').
    base: an earlier record of the entity (dict contact)."""
    tags = []
    light = first or keep == "name"
    org = is_org(e)
    # ---------------- name
    if org:
        d, given, family, comp = org_name_variant(e, light, tags)
    else:
        d, given, family, comp = person_name_variant(e, light, tags, first)
    # ---------------- email
    bemail = base.get("email") if base else None
    if first:
        email = e["emails"][0] if e["has_email"] else None
    elif keep == "email":
        email = bemail
    else:
        r = R.random()
        if r < 0.36:
            email = bemail
        elif r < 0.58:
            email = None
            if bemail:
                tags.append("email_missing")
        elif r < 0.88:
            if len(e["emails"]) < 2:
                e["emails"].append(alt_email(e))
            email = e["emails"][1]
            tags.append("email_changed" if bemail else "email_added")
        else:
            sp = e.get("spouse")
            if sp and not org:
                if not sp.get("emails"):
                    sp["emails"] = [person_email(sp)]
                email = sp["emails"][0]
                tags.append("email_spouse")
            else:
                if len(e["emails"]) < 2:
                    e["emails"].append(alt_email(e))
                email = "%s, %s" % (bemail, e["emails"][1]) if (bemail and R.random() < 0.3) else e["emails"][1]
                tags.append("email_second")
    if email and "," not in email and R.random() < 0.1:
        email = email_case(email)
        tags.append("email_case")
    if email and R.random() < 0.03:
        email = " " + email + " "
        tags.append("email_whitespace")
    # ---------------- phone
    bphone = base.get("phone") if base else None
    bdig = norm_phone(bphone)
    pstyle = R.choice(PHONE_FMTS)
    ext = e.get("ext") if (org and R.random() < 0.5) else None
    if first:
        phone = fmt_phone(e["phones"][0], pstyle, ext) if e["has_phone"] else None
    elif keep == "phone":
        phone = fmt_phone(bdig, pstyle, ext)
    else:
        r = R.random()
        if r < 0.4:
            phone = fmt_phone(bdig, pstyle, ext) if bdig else None
        elif r < 0.62:
            phone = None
            if bdig:
                tags.append("phone_missing")
        else:
            if len(e["phones"]) < 2:
                e["phones"].append(new_phone(e["addr"]["city"] if e.get("addr") else e["city"]))
            phone = fmt_phone(e["phones"][1], pstyle)
            tags.append(("phone_changed" if bdig else "phone_added") if not (e.get("spouse") and R.random() < 0.4) else "phone_spouse_mobile")
    if phone and bphone and phone != bphone:
        tags.append("phone_format")
    # ---------------- address
    addr = address_variant(e, light, first, tags)
    # ---------------- global case noise on names
    if not first and R.random() < 0.08:
        f = R.choice([str.upper, str.lower])
        d = f(d)
        given = f(given) if given else given
        family = f(family) if family else family
        tags.append("case_upper" if f is str.upper else "case_lower")
    c = dict(displayName=d, givenName=given, familyName=family, companyName=comp, email=email, phone=phone, address=addr)
    return c, tags


def person_name_variant(e, light, tags, first):
    canon = e["disp"]
    if e["kind"] == "landlord_pp":
        opts = [("landlord", 7), ("gf", 2), ("fg", 1)]
    elif e.get("spouse"):
        opts = [(canon, 6), ("gf", 4), ("fg", 2), ("couple", 2), ("couple_rev", 1), ("the_family", 1.2),
                ("family", 0.5), ("residence", 0.6), ("spouse", 2)]
    else:
        opts = [(canon, 6), ("gf", 4), ("fg", 2)]
    if e["eth"] in ("viet", "kor"):
        opts.append(("ffirst", 2))
    if e.get("middle") and e["eth"] == "anglo":
        opts.append(("gmf", 1))
    if light:
        dstyle = canon if (first and R.random() < 0.6) else wchoice([o for o in opts if o[0] in (canon, "gf", "fg", "landlord", "gmf")])
        gmode = "full"
        fstyle = e["sn_style"]
        if dstyle == "gmf" and canon != "gmf" and not first:
            dstyle = "gf"
    else:
        dstyle = wchoice(opts)
        gmode = wchoice(gmodes_for(e))
        fstyle = wchoice([("both", 3), ("first", 4), ("hyphen", 1.5)]) if len(e["surnames"]) > 1 else "first"
    lbl = R.choice(["dash", "paren_street", "street_first"]) if dstyle == "landlord" and not light else None
    if e["kind"] == "landlord_pp" and dstyle == "landlord" and lbl and lbl != e["lbl"]:
        tags.append("property_label_format")
    acc = e["acc"]
    anyacc = has_acc(e["given"] + " " + " ".join(e["surnames"]))
    if anyacc and not first and R.random() < 0.5:
        acc = not acc
        tags.append("accents_dropped" if e["acc"] else "accents_added")
    elif anyacc and first and R.random() < 0.3:
        acc = not acc
    suffix = True
    if e.get("suffix") == "Sr." and not light and R.random() < 0.4:
        suffix = False
        tags.append("suffix_dropped")
    d, given, family = person_names(e, dstyle, gmode, fstyle, acc, suffix, lbl)
    if dstyle != canon and not first:
        tags.append({"gf": "name_order_given_family", "fg": "last_comma_first", "couple": "household_couple_name",
                     "couple_rev": "household_couple_name", "the_family": "household_family_name",
                     "family": "household_family_name", "residence": "household_residence_name",
                     "spouse": "spouse_as_contact", "ffirst": "family_name_first", "gmf": "middle_added",
                     "landlord": "property_label_added"}.get(dstyle, dstyle))
        if canon == "landlord" and dstyle != "landlord":
            tags.append("property_label_dropped")
    if gmode != "full" and given_str(e, gmode) != e["given"]:
        tags.append({"nick": "nickname", "initial": "given_initial", "partial": "given_name_partial",
                     "alias": "english_alias", "kr_join": "given_hyphen_removed", "kr_space": "given_hyphen_removed"}[gmode])
    if fstyle != e["sn_style"] and len(e["surnames"]) > 1 and dstyle not in ("the_family", "family", "residence", "spouse"):
        tags.append({"both": "both_surnames", "first": "one_surname_only", "hyphen": "surnames_hyphenated"}[fstyle])
    if not light:
        if R.random() < 0.07 and dstyle in ("gf",) and e["eth"] in ("hisp", "anglo"):
            t = R.choice(TITLES_M if (dstyle != "spouse" and e["gender"] == "M") else TITLES_F)
            d = t + " " + d
            tags.append("title_added")
        if R.random() < 0.2:
            d, given, family = typo_in_name(d, given, family)
            tags.append("typo_name")
        if any(p in (family or "") for p in (" de ", "de la", "del ", "de los")) or (family or "").startswith("de") or (family or "").startswith("del"):
            if R.random() < 0.5:
                f2 = R.choice([lambda s: s.replace("de la ", "De La ").replace("del ", "Del ").replace("de los ", "De Los ").replace("de ", "De "),
                               lambda s: s.replace("de la ", "Dela").replace("del ", "Del").replace("de los ", "Delos").replace("de ", "De")])
                d, family = f2(d), f2(family)
                tags.append("particle_variant")
        r = R.random()
        if r < 0.06:
            given, family = family, given
            tags.append("name_fields_swapped")
        elif r < 0.12:
            given = family = None
            tags.append("name_fields_missing")
        elif r < 0.15 and given:
            family = None
            tags.append("family_field_missing")
    else:
        if R.random() < 0.08 and not first:
            d, given, family = typo_in_name(d, given, family)
            tags.append("typo_name")
    return d, given, family, None


ABBR = [("Apartments", "Apts"), ("Association", "Assn"), ("Management", "Mgmt"), ("Company", "Co."),
        ("Services", "Svcs"), (" and ", " & "), ("Saint ", "St. "), ("Center", "Ctr"), ("Community", "Comm."),
        ("Properties", "Props"), ("Investments", "Invest."), ("Family", "Fam."), ("Homeowners", "HOA"),
        ("Veterinary", "Vet"), ("Dentistry", "Dental"), ("Revocable", "Rev."), ("Academy", "Acad."),
        ("Insurance", "Ins."), ("Mount ", "Mt. "), ("Residential", "Res."), ("Presbyterian", "Presb.")]


def org_name_variant(e, light, tags):
    canon = e["disp"]
    if light:
        d = canon
        if R.random() < 0.3 and e["lf"] and e["kind"] in ("business", "llc", "mgmt") and d == e["legal"]:
            d = with_lf(e["name"], e["lf"], R.randrange(len(LF_SPELL[e["lf"]])))
            if e.get("branch"):
                d = canon
            if d != canon:
                tags.append("legal_form_spelling")
    else:
        r = R.random()
        d = canon if r < 0.35 else R.choice(e["forms"])
        if e.get("branch") and e["branch"] not in d:
            d = canon
        if d != canon:
            if e["dba"] and (d == e["dba"] or canon == e["dba"]):
                tags.append("trading_name" if d == e["dba"] else "legal_name_as_display")
            elif e["kind"] == "hoa":
                tags.append("hoa_form_variant")
            elif e["lf"] and slug(d).replace(slug(e["name"]), "") in ("", "llc", "inc", "pllc", "lp", "incorporated"):
                tags.append("legal_form_dropped" if slug(d) == slug(e["name"]) else "legal_form_spelling")
            else:
                tags.append("name_form_variant")
        if R.random() < 0.3:
            for a, b in R.sample(ABBR, len(ABBR)):
                if a in d:
                    d = d.replace(a, b, 1)
                    tags.append("abbreviated")
                    break
                if b in d and b not in ("HOA", "Dental") and R.random() < 0.5:
                    d = d.replace(b, a, 1)
                    tags.append("abbreviation_expanded")
                    break
        if R.random() < 0.06 and not d.startswith("The "):
            d = "The " + d
            tags.append("the_added")
        elif d.startswith("The ") and R.random() < 0.4:
            d = d[4:]
            tags.append("the_dropped")
        if R.random() < 0.14:
            d = typo_word_in_text(d)
            tags.append("typo_name")
        if has_acc(d) and R.random() < 0.5:
            d = sa(d)
            tags.append("accents_dropped")
        if e["contact"] and R.random() < 0.05:
            d = "%s - Attn: %s %s" % (d, e["contact"]["given"].split()[0], e["contact"]["surnames"][0])
            tags.append("attn_in_name")
    # company and contact person fields
    r = R.random()
    comp = e["legal"] if r < 0.45 else (d if r < 0.75 else None)
    if comp is None:
        tags.append("company_name_dropped")
    c = None
    if e["contact"] and R.random() < (0.2 if light else 0.45):
        c = e["contact"]
        tags.append("contact_person_added")
    given = c["given"] if c else None
    family = fam_str(c) if c else None
    if c and not light and R.random() < 0.3:
        given = given_str(c, wchoice(gmodes_for(c)))
    return d, given, family, comp


def typo_word_in_text(d):
    toks = [t for t in re.findall(r"[A-Za-zÀ-ÿ]+", d) if len(t) >= 5]
    if not toks:
        return d
    t = R.choice(toks)
    return re.sub(r"\b%s\b" % re.escape(t), typo_word(t), d, count=1)


def address_variant(e, light, first, tags):
    a = e["addr"]
    o = dict(type_full=R.random() < 0.3, type_dot=R.random() < 0.15, dir_full=R.random() < 0.2,
             unit_fmt=R.choice([0, 0, 1, 2, 3, 4]), unit_inline=R.random() < 0.3,
             zip4=(a["show4"] if R.random() < 0.7 else not a["show4"]),
             country=wchoice([("US", 4), ("USA", 3), ("United States", 2), (None, 3), ("U.S.", 0.5)]),
             region_full=R.random() < 0.1, region_lower=R.random() < 0.03, acc=R.random() < 0.5,
             pobox_fmt=R.choice(["PO Box", "P.O. Box", "PO BOX", "P O Box", "Box"]))
    if first or light:
        if not first and R.random() < 0.08 and not a.get("pobox"):
            o["street_typo"] = True
            tags.append("typo_address")
        tags.append("address_format")
        return render_addr(a, o)
    fixed = e["kind"] in ("landlord_pp",) or e.get("branch")
    r = R.random()
    if fixed or r < 0.5:
        if R.random() < 0.1 and not a.get("pobox"):
            o["street_typo"] = True
            tags.append("typo_address")
        if R.random() < 0.05:
            o["city_typo"] = True
            tags.append("typo_city")
        if R.random() < 0.05:
            o["upper"] = True
            tags.append("address_upper")
        tags.append("address_format")
        if a.get("co") and R.random() < 0.4:
            a = copy_addr(a, co=None)
            tags.append("care_of_dropped")
        return render_addr(a, o)
    if r < 0.65:
        if e["kind"] == "hoa":
            tags.append("community_site_address")
            return render_addr(e["site"], o)
        if e.get("rentals"):
            tags.append("rental_property_address")
            return render_addr(R.choice(e["rentals"]), o)
        if e["kind"] in ("church", "school", "apartments"):
            if not e.get("pobox"):
                e["pobox"] = make_pobox(e["city"])
                e["pobox"]["zip"] = a["zip"]
            tags.append("po_box_mailing")
            return render_addr(e["pobox"], o)
        if not e.get("moved"):
            city = e["city"] if R.random() < 0.5 else pick_city(CITY[e["city"]]["region"])
            e["moved"] = make_addr(city, "org" if is_org(e) else "house")
        tags.append("moved")
        return render_addr(e["moved"], o)
    if r < 0.77:
        tags.append("address_missing")
        return None
    if r < 0.87:
        o["partial"] = R.choice(["no_street", "no_zip", "street_only"])
        tags.append("address_partial")
        return render_addr(a, o)
    if r < 0.92 and not is_org(e) and not a.get("pobox"):
        if not e.get("pobox"):
            e["pobox"] = make_pobox(e["city"])
        tags.append("po_box_mailing")
        return render_addr(e["pobox"], o)
    if a.get("pobox"):
        o["city_typo"] = True
        tags.append("typo_city")
    else:
        o["street_typo"] = True
        tags.append("typo_address")
    return render_addr(a, o)


# ---------------------------------------------------------------- anchors (same rules as check.py)
TITLES = {"mr", "mrs", "ms", "dr", "sra", "srta", "miss"}
LEGAL = {"llc", "inc", "incorporated", "lp", "llp", "pllc", "corp", "ltd", "the", "l", "c", "p"}
ST_ABBR = {"street": "st", "avenue": "ave", "drive": "dr", "road": "rd", "lane": "ln", "court": "ct", "circle": "cir",
           "boulevard": "blvd", "trail": "trl", "place": "pl", "parkway": "pkwy", "north": "n", "south": "s",
           "east": "e", "west": "w"}


def norm_phone(s):
    if not s:
        return None
    s = re.sub(r"(?i)\s*(ext\.?|x)\s*\d+\s*$", "", s.strip())
    d = re.sub(r"\D", "", s)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d if len(d) == 10 else None


def norm_emails(s):
    if not s:
        return []
    return sorted(x.strip().lower() for x in s.split(",") if "@" in x)


def norm_name(s):
    if not s:
        return ""
    s = sa(s).lower()
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return " ".join(sorted(t for t in s.split() if t not in TITLES and t not in LEGAL))


def rec_names(c):
    out = []
    for s in (c.get("displayName"), c.get("companyName"),
              " ".join(x for x in (c.get("givenName"), c.get("familyName")) if x)):
        n = norm_name(s)
        if n and n not in out:
            out.append(n)
    return out


def street_key(addr):
    if not addr:
        return None
    for ln in (addr.get("line1"), addr.get("line2")):
        if not ln:
            continue
        s = sa(ln).lower()
        s = re.sub(r"[.,#]", " ", s)
        s = re.sub(r"\b(apt|apartment|unit|ste|suite|lot|spc|sp|space|bldg)\s*\w+", " ", s)
        toks = [ST_ABBR.get(t, t) for t in s.split()]
        if toks and (toks[0].isdigit() or toks[:2] in (["po", "box"], ["p", "o"]) or toks[0] == "box"):
            return " ".join(toks)
    return None


def zip5(addr):
    if not addr or not addr.get("postalCode"):
        return None
    m = re.match(r"\d{5}", addr["postalCode"])
    return m.group(0) if m else None


def anchors(a, b):
    out = []
    if set(norm_emails(a.get("email"))) & set(norm_emails(b.get("email"))):
        out.append("email")
    pa, pb = norm_phone(a.get("phone")), norm_phone(b.get("phone"))
    if pa and pa == pb:
        out.append("phone")
    na, nb = rec_names(a), rec_names(b)
    best = 0.0
    for x in na:
        for y in nb:
            best = max(best, difflib.SequenceMatcher(None, x, y).ratio())
    if best >= 0.85:
        za, zb = zip5(a.get("address")), zip5(b.get("address"))
        sa_, sb_ = street_key(a.get("address")), street_key(b.get("address"))
        if (za and za == zb) or (sa_ and sa_ == sb_):
            out.append("name+address")
    return out


# ---------------------------------------------------------------- assemble
def main():
    existing = build_existing()
    assert len(existing) == N_EXISTING, len(existing)
    # ---- hard negatives
    new_ents = []
    hn_counts = []
    for kind, quota in HN_QUOTA:
        f = HN_FUNCS[kind]
        cands = list(existing)
        R.shuffle(cands)
        got = 0
        for b in cands:
            if got >= quota:
                break
            if b.get("hn_base"):
                continue
            res = f(b)
            if not res:
                continue
            o, det = res
            b["hn_base"] = True
            o = new_ent(o)
            o["hn"] = dict(kind=kind, imitates=b["id"], detail=det)
            new_ents.append(o)
            got += 1
        hn_counts.append((kind, got))
    n_hn = len(new_ents)
    while len(new_ents) < n_hn + N_PLAIN_NEW + (300 - n_hn):
        new_ents.append(new_ent(make_plain_new()))
    # ---- arrival events
    match_ents = R.sample(existing, N_MATCH_ENTS)
    events = [("m", e) for e in match_ents] + [("m", e) for e in match_ents[:N_MATCH_TWICE]]
    events += [("n", e) for e in new_ents]
    rep = R.sample(new_ents, N_REPEAT_ENTS)
    events += [("n", e) for e in rep] + [("n", e) for e in rep[:N_REPEAT_TWICE]]
    R.shuffle(events)
    # ---- render existing (written in QuickBooks customer-list order: by display name)
    lines, metas = [], []
    recs = {}
    used_ex = set()
    ex_rows = []
    for e in existing:
        c = render_existing(e)
        k = c["displayName"].casefold()
        if k in used_ex and not is_org(e):
            for st in ("gf", "fg"):
                e["disp"] = st
                c = render_existing(e)
                if c["displayName"].casefold() not in used_ex:
                    break
        if c["displayName"].casefold() in used_ex:
            c["displayName"] = "%s (%s)" % (c["displayName"], e["addr"]["city"])
        used_ex.add(c["displayName"].casefold())
        recs[e["id"]] = [c]
        ex_rows.append((sa(c["displayName"]).casefold(), e["id"], c, e["kind"]))
    ex_rows.sort(key=lambda t: (t[0], t[1]))
    for _, eid, c, k in ex_rows:
        lines.append(dict(set="existing", entity=eid, contact=c))
        metas.append(dict(entity=eid, category="existing", changes=["kind:" + k]))
    # ---- render incoming
    used_in = set()
    for kind, e in events:
        eid = e["id"]
        if kind == "m":
            cat = "existing_match"
        else:
            cat = "repeat_of_new" if eid in recs else "new"
        if cat == "new":
            for i in range(30):
                c, tags = variant(e, None, None, first=True)
                if c["displayName"].casefold() not in used_in:
                    break
            tags = ["kind:" + e["kind"]] + tags
            if e.get("hn"):
                h = e["hn"]
                tags = ["hard_negative:" + h["kind"], "imitates:" + h["imitates"]] + ["hn_detail:" + x for x in h["detail"]] + tags
                sh = anchors(c, recs[h["imitates"]][0])
                same_addr = street_key(c["address"]) and street_key(c["address"]) == street_key(recs[h["imitates"]][0]["address"])
                tags += ["shares:" + x for x in sh] + (["shares:street_address"] if same_addr else [])
            else:
                tags = ["plain_new"] + tags
        else:
            prev = recs[eid]
            base = prev[0] if cat == "existing_match" else prev[0]
            avail = []
            if base.get("email"):
                avail.append(("email", 42))
            if base.get("phone"):
                avail.append(("phone", 40))
            if base.get("address") and (zip5(base["address"]) or street_key(base["address"])):
                avail.append(("name", 18))
            keep = wchoice(avail)
            best = None
            for i in range(60):
                c, tags = variant(e, base, keep)
                ok = any(anchors(c, p) for p in prev)
                uniq = c["displayName"].casefold() not in used_in
                sig = len([t for t in tags if t not in FORMAT_TAGS])
                if ok and uniq and (sig >= 2 or i > 40):
                    best = (c, tags)
                    break
                if i % 15 == 14 and len(avail) > 1:
                    keep = wchoice(avail)
            if best is None:
                raise RuntimeError("no variant for %s" % eid)
            c, tags = best
            an = sorted(set(x for p in prev for x in anchors(c, p)))
            tags = ["kind:" + e["kind"], "anchor:" + "+".join(an)] + tags
            if e.get("hn"):
                tags.insert(1, "hard_negative_origin:" + e["hn"]["kind"])
        if c["displayName"].casefold() in used_in:
            c["displayName"] = "%s - %s" % (c["displayName"], (c["address"] or {}).get("city") or "2")
            tags.append("display_disambiguated")
        used_in.add(c["displayName"].casefold())
        recs.setdefault(eid, []).append(c)
        lines.append(dict(set="incoming", entity=eid, contact=c))
        metas.append(dict(entity=eid, category=cat, changes=tags))
    # ---- write
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for ln in lines:
            f.write(json.dumps(ln, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "meta.jsonl"), "w", encoding="utf-8") as f:
        for i, m in enumerate(metas, 1):
            f.write(json.dumps(dict(line=i, entity=m["entity"], category=m["category"], changes=m["changes"]),
                               ensure_ascii=False) + "\n")
    print("existing %d, incoming %d" % (len(existing), len(lines) - len(existing)))
    print("hard negatives:", ", ".join("%s=%d" % kv for kv in hn_counts))


if __name__ == "__main__":
    main()
