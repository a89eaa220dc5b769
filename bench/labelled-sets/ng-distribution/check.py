#!/usr/bin/env python3
"""Independent validator for the ng-distribution benchmark.

Does not import gen.py: every key, normaliser and label rule is re-implemented
here from the specification in README.txt.  Prints one PASS/FAIL line per check.
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = []


def report(name, ok, detail=""):
    RESULTS.append((name, bool(ok)))
    print("%s  %s%s" % ("PASS" if ok else "FAIL", name, ("  -- " + detail) if (detail and not ok) else
                        (("  (" + detail + ")") if detail else "")))


# ---------------------------------------------------------------------------
# Reference tables (copied data, independent logic)
# ---------------------------------------------------------------------------
NICKS = """Oluwaseun Seun|Oluwafemi Femi|Chukwuemeka Emeka|Adebayo Bayo|Olufunmilayo Funmi|Abdulrahman Abdul|
Ifeoluwa Ife|Chinedu Nedu|Babatunde Tunde|Oluwatosin Tosin|Olusegun Segun|Oluwagbenga Gbenga|Olanrewaju Lanre|
Adeniyi Niyi|Oluwatobi Tobi|Abiodun Biodun|Adewale Wale|Ayodeji Deji|Oluwadamilola Dami|Oluwaseyi Seyi|
Temitope Tope|Adekunle Kunle|Oladapo Dapo|Olajide Jide|Olayinka Yinka|Olalekan Lekan|Oluwole Wole|Olusola Sola|
Omotayo Tayo|Oluwakemi Kemi|Folasade Sade|Oluwatoyin Toyin|Omolola Lola|Titilayo Titi|Oluwafunke Funke|
Abisola Bisola|Adebimpe Bimpe|Oluwabunmi Bunmi|Mojisola Moji|Oyinkansola Oyinkan|Omowunmi Wunmi|Aderonke Ronke|
Ibukunoluwa Ibukun|Chiamaka Amaka|Uchechukwu Uche|Chinonso Nonso|Chukwuebuka Ebuka|Onyekachi Kachi|
Somtochukwu Somto|Ikechukwu Ikechi|Ifeanyichukwu Ifeanyi|Tochukwu Tochi|Ugochukwu Ugo|Okechukwu Okey|
Chidiebere Chidi|Izuchukwu Izu|Adaeze Ada|Nkechinyere Nkechi|Obiageli Oby|Nkiruka Nkiru|Idongesit Idong|
Enobong Eno|Imaobong Ima|Akaninyene Akan|Osasere Osas|Abubakar Abu|Emmanuel Emma"""
SPELLINGS = """Muhammad Mohammed Muhammed Mohammad Mohamed|Abdullahi Abdulahi|Ibrahim Ibraheem|Usman Uthman Othman|
Yusuf Yusuff Yousuf|Suleiman Sulaiman Sulaimon|Abubakar Abubakr|Umar Umaru Omar|Aliyu Aliu|Idris Idrisu|
Kabir Kabiru|Sani Sanni|Yakubu Yakub|Jibrin Jibril|Ahmed Ahmad|Mustapha Mustafa|Tijjani Tijani|Fatima Fatimah|
Aisha Aishah Ayesha|Hauwa Hawa|Zainab Zaynab|Hadiza Hadizat|Maryam Mariam|Khadijah Khadija|Rasheed Rashid|
Kazeem Kazim|Azeez Aziz|Tajudeen Tajudin|Rukayat Ruqayyah|Kafayat Kafayah|Udoh Udo|Ezeh Eze|
Nwachukwu Nwachuku|Umoh Umo"""
NICK = {}
for grp in NICKS.replace("\n", "").split("|"):
    lng, sht = grp.split()
    NICK[lng.lower()] = lng.lower()
    NICK[sht.lower()] = lng.lower()
SPELL = {}
for grp in SPELLINGS.replace("\n", " ").split("|"):
    ws = grp.split()
    for w in ws:
        SPELL[w.lower()] = ws[0].lower()
TITLES = set("mr mrs miss ms dr engr eng pharm barr barrister pastor rev revd reverend prince princess chief "
             "alhaji alh alhaja hajia hajiya hon honourable arc prof mallam malam sir lady deaconess deacon "
             "evang apostle bishop otunba elder".split())
NAME_EXPAND = {"pharm": "pharmacy", "pharma": "pharmaceuticals", "pharmaceutical": "pharmaceuticals",
               "chem": "chemist", "hosp": "hospital", "med": "medical", "supermkt": "supermarket",
               "spmkt": "supermarket", "intl": "international", "nig": "nigeria", "ent": "enterprises",
               "enterprise": "enterprises", "bros": "brothers", "co": "company", "coy": "company",
               "coop": "cooperative", "soc": "society", "mat": "maternity", "ctr": "centre",
               "ctre": "centre", "center": "centre", "diag": "diagnostic", "lab": "laboratory",
               "govt": "government", "min": "ministry", "dept": "department", "st": "saint",
               "spec": "specialist", "mgt": "management", "mgmt": "management", "lg": "local government",
               "lga": "local government", "pry": "primary", "sec": "secondary", "svcs": "services",
               "mkt": "market"}
LEGAL_WORDS = set("ltd limited plc gte guarantee nigeria inc".split())
ADDR_EXPAND = {"st": "street", "str": "street", "rd": "road", "ave": "avenue", "av": "avenue",
               "cres": "crescent", "cresc": "crescent", "cl": "close", "blk": "block", "mkt": "market",
               "expy": "expressway", "expwy": "expressway", "hwy": "highway", "est": "estate",
               "opp": "opposite", "intl": "international", "plz": "plaza", "cplx": "complex"}
LANDMARK = set("opposite beside by near behind off adjacent adj".split())
UNITS = set("shop suite flat office room stall unit apartment apt".split())
METRO = {}
for line in """lagos:lagos=|ikeja=ikeja|lekki=lekki|victoria island=victoria island|vi=victoria island|
v i=victoria island|surulere=surulere|yaba=yaba|ikorodu=ikorodu|agege=agege|festac=festac|festac town=festac|
ajah=ajah|lagos island=lagos island
abuja:abuja=|fct=|abuja fct=|fct abuja=|wuse=wuse|garki=garki|maitama=maitama|gwarinpa=gwarinpa
ph:port harcourt=|ph=|p h=|portharcourt=
benin:benin city=|benin=
ibadan:ibadan=
kano:kano=
kaduna:kaduna=
enugu:enugu=
onitsha:onitsha=
aba:aba=
owerri:owerri=
abeokuta:abeokuta=
jos:jos=
warri:warri=
uyo:uyo=
calabar:calabar=
ilorin:ilorin=""".replace("|\n", "|").split("\n"):
    m, rest = line.split(":", 1)
    for item in rest.split("|"):
        k, v = item.split("=")
        METRO[k] = (m, v)
REGION_ALIAS = {"abuja": "fct", "federal capital territory": "fct", "abuja fct": "fct", "fct abuja": "fct"}
COUNTRY = {"nigeria": "NG", "ng": "NG", "nga": "NG", "federal republic of nigeria": "NG"}
PUBLIC = set(["gmail.com", "yahoo.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "ymail.com", "live.com"])
GENERIC_WORDS = set(("and of the for in at pharmacy pharmaceuticals chemist chemists medicine medicines store "
                     "stores patent drug drugs hospital hospitals specialist maternity medical centre clinic "
                     "diagnostic diagnostics laboratory laboratories eye dental home supermarket supermarkets mart "
                     "superstores shopping enterprises ventures global concepts international trading company sons "
                     "brothers church chapel assembly ministry ministries mosque committee islamic society school "
                     "schools college academy nursery primary secondary comprehensive montessori foundation "
                     "initiative care health healthcare cooperative multipurpose staff traders women industries "
                     "logistics foods energy oil gas group holdings state government local area council board "
                     "agency commission secretariat services department authority administration saint memorial "
                     "gospel baptist methodist catholic evangelical pentecostal bible christian distributors "
                     "supplies resources packaging beverages construction provisions cosmetics branch plc ltd "
                     "limited nigeria polytechnic").split())
TRADE = {}
for cat, words in (("pharma", "pharmacy pharmaceuticals chemist chemists medicine drug drugs patent"),
                   ("health", "hospital clinic maternity medical diagnostic diagnostics laboratory eye dental specialist"),
                   ("retail", "supermarket mart superstores shopping stores provisions"),
                   ("education", "school schools college academy montessori nursery"),
                   ("bakery", "bakery"), ("fashion", "boutique"), ("hospitality", "hotel")):
    for w in words.split():
        TRADE[w] = cat
GOVWORDS = set("state government local council ministry agency board commission secretariat department "
               "authority administration fct".split())
SENIOR = set(["snr", "sr", "senior"])
JUNIOR = set(["jnr", "jr", "junior"])
HN_TYPES = ["chain_branch", "group_company", "namesake_other_town", "father_son", "sibling_firm",
            "same_plaza", "shared_bookkeeper", "similar_name_other_trade", "household_member", "govt_agency"]
WHATS = set("missing added case format typo name_order title nickname spelling abbreviation legal_form married "
            "extension partial moved domain alias landmark changed".split())
STRONG = set(["missing", "changed", "moved", "partial"])
FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
SUBS = ["line1", "line2", "city", "region", "postalCode", "country"]


# ---------------------------------------------------------------------------
# Normalisers and keys
# ---------------------------------------------------------------------------
def fold(x):
    return " ".join(x.casefold().split())


def toks(x):
    y = x.casefold()
    y = y.replace("'", "").replace("\u2019", "").replace(".", "").replace("&", " and ")
    return re.findall(r"[0-9a-z]+", y)


def norm(x):
    return " ".join(toks(x))


def osa(a, b):
    """restricted Damerau-Levenshtein distance (full)"""
    n, m = len(a), len(b)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[n][m]


def within1(a, b):
    if abs(len(a) - len(b)) > 1:
        return False
    return osa(a, b) <= 1


def strip_legal(ws):
    reg = ("rc" in ws) or ("bn" in ws)
    out = []
    skip = 0
    for i, w in enumerate(ws):
        if skip:
            skip -= 1
            continue
        nxt = ws[i + 1:i + 4]
        if w == "the" and (nxt == ["incorporated", "trustees", "of"] or nxt == ["registered", "trustees", "of"]):
            continue
        if w in ("incorporated", "registered") and ws[i + 1:i + 3] == ["trustees", "of"]:
            skip = 2
            continue
        if w == "by" and ws[i + 1:i + 2] == ["guarantee"]:
            skip = 1
            continue
        if w in LEGAL_WORDS:
            continue
        if reg and (w in ("rc", "bn") or (w.isdigit() and len(w) >= 5)):
            continue
        out.append(w)
    return out


def stages(x):
    t = toks(x)
    k = 0
    while k < len(t) - 1 and t[k] in TITLES:
        k += 1
    t = t[k:]
    st = {"title": list(t), "name_order": sorted(t)}
    t = [NICK.get(w, w) for w in t]
    st["nickname"] = sorted(t)
    t = [SPELL.get(w, w) for w in t]
    st["spelling"] = sorted(t)
    t = " ".join(NAME_EXPAND.get(w, w) for w in t).split()
    st["abbreviation"] = sorted(t)
    st["legal_form"] = sorted(strip_legal(t))
    return st


def core(x):
    return " ".join(stages(x)["legal_form"])


def ctok(w):
    return SPELL.get(NICK.get(w, w), NICK.get(w, w))


def pkey(g, f):
    if not g or not f:
        return None
    gt, ft = toks(g), toks(f)
    if not gt or not ft:
        return None
    return tuple(sorted([ctok(gt[0]), " ".join(ctok(w) for w in ft)]))


def famc(f):
    return " ".join(ctok(w) for w in toks(f))


def phones(s):
    if not s:
        return []
    res = []
    for part in re.split(r",|;|/| or ", s):
        d = "".join(ch for ch in part if ch.isdigit())
        if not d:
            continue
        if d[:3] == "234":
            d = d[3:]
        if d[:1] == "0":
            d = d[1:]
        res.append(d)
    return res


def ekey(e):
    return e.strip().lower() if e else None


def addr_tokens(x):
    out = []
    for w in toks(x):
        if w in ("no", "number"):
            continue
        out += ADDR_EXPAND.get(w, w).split()
    return out


def cut(t):
    for i in range(1, len(t)):
        if t[i] in LANDMARK:
            return t[:i]
    return t


def metro(city):
    if not city:
        return ""
    k = norm(city)
    return METRO[k][0] if k in METRO else k


def akey(a):
    if not a or not a.get("line1"):
        return None
    return " ".join(cut(addr_tokens(a["line1"]))) + "|" + metro(a.get("city"))


def bkey(a):
    if not a or not a.get("line1"):
        return None
    t = cut(addr_tokens(a["line1"]))
    if len(t) >= 3 and t[0] in UNITS:
        t = t[2:]
    return " ".join(t) + "|" + metro(a.get("city"))


def region_c(x):
    t = toks(x)
    if t and t[-1] == "state":
        t = t[:-1]
    v = " ".join(t)
    return REGION_ALIAS.get(v, v)


def proper_submultiset(x, y):
    if not x or len(x) >= len(y):
        return False
    rest = list(y)
    for w in x:
        if w not in rest:
            return False
        rest.remove(w)
    return True


def is_contig(x, y):
    return bool(x) and any(y[i:i + len(x)] == x for i in range(len(y) - len(x) + 1))


def one_token_typo(a, b):
    ta, tb = toks(a), toks(b)
    if len(ta) != len(tb):
        return False
    pos = [i for i in range(len(ta)) if ta[i] != tb[i]]
    if len(pos) != 1:
        return False
    x, y = ta[pos[0]], tb[pos[0]]
    return x.isalpha() and y.isalpha() and len(x) >= 3 and len(y) >= 3 and x[0] == y[0] and within1(x, y)


# ---------------------------------------------------------------------------
# Label re-derivation
# ---------------------------------------------------------------------------
PEERS = {"givenName": ["familyName"], "familyName": ["givenName"], "companyName": ["displayName"],
         "displayName": ["companyName"]}


def moved_name(f, v, other):
    return any(other.get(g) and norm(other[g]) == norm(v) for g in PEERS[f])


def lab_name(f, a, b, A, B):
    if a == b:
        return None
    if b is None:
        return "moved" if moved_name(f, a, B) else "missing"
    if a is None:
        return "moved" if moved_name(f, b, A) else "added"
    if fold(a) == fold(b):
        return "case"
    if norm(a) == norm(b):
        return "format"
    sa, sb = stages(a), stages(b)
    for s in ("title", "name_order", "nickname", "spelling", "abbreviation", "legal_form"):
        if sa[s] == sb[s]:
            return s
    if one_token_typo(a, b):
        return "typo"
    if f == "familyName":
        for x, y in ((a, b), (b, a)):
            if "-" in x:
                parts = [norm(p) for p in x.split("-") if norm(p)]
                if len(parts) == 2 and norm(y) in parts:
                    return "married"
    if proper_submultiset(sa["legal_form"], sb["legal_form"]):
        return "extension"
    if proper_submultiset(sb["legal_form"], sa["legal_form"]):
        return "partial"
    if moved_name(f, a, B) or moved_name(f, b, A):
        return "moved"
    return "changed"


def lab_email(a, b):
    if a == b:
        return None
    if b is None:
        return "missing"
    if a is None:
        return "added"
    x, y = a.strip().lower(), b.strip().lower()
    if x == y:
        return "case"
    if x[0] == y[0] and within1(x, y):
        return "typo"
    if x.split("@")[0] == y.split("@")[0]:
        return "domain"
    return "changed"


def lab_phone(a, b):
    if a == b:
        return None
    if b is None:
        return "missing"
    if a is None:
        return "added"
    x, y = set(phones(a)), set(phones(b))
    if x == y:
        return "format"
    if x < y:
        return "extension"
    if y and y < x:
        return "partial"
    if len(x) == 1 and len(y) == 1 and within1(list(x)[0], list(y)[0]):
        return "typo"
    return "changed"


def lab_line(f, a, b, A, B):
    o = "line2" if f == "line1" else "line1"

    def mv(v, D):
        return bool(D.get(o)) and is_contig(toks(v), toks(D[o]))
    if a == b:
        return None
    if b is None:
        return "moved" if mv(a, B) else "missing"
    if a is None:
        return "moved" if mv(b, A) else "added"
    if fold(a) == fold(b):
        return "case"
    if norm(a) == norm(b):
        return "format"
    ta, tb = addr_tokens(a), addr_tokens(b)
    if ta == tb:
        return "abbreviation"
    if cut(ta) == cut(tb):
        return "landmark"
    if one_token_typo(a, b):
        return "typo"
    if proper_submultiset(ta, tb):
        return "extension"
    if proper_submultiset(tb, ta):
        return "partial"
    if mv(a, B) or mv(b, A):
        return "moved"
    return "changed"


def lab_simple(sub, a, b):
    if a == b:
        return None
    if b is None:
        return "missing"
    if a is None:
        return "added"
    if sub == "postalCode":
        return "typo" if within1(a, b) else "changed"
    if fold(a) == fold(b):
        return "case"
    if sub != "country" and norm(a) == norm(b):
        return "format"
    if sub == "city":
        x, y = METRO.get(norm(a)), METRO.get(norm(b))
        if x and y and x[0] == y[0] and (x[1] == y[1] or x[1] == "" or y[1] == ""):
            return "alias"
    if sub == "region" and region_c(a) == region_c(b):
        return "alias"
    if sub == "country" and COUNTRY.get(norm(a)) and COUNTRY.get(norm(a)) == COUNTRY.get(norm(b)):
        return "alias"
    return "changed"


def derive(A, B):
    out = []
    for f in FIELDS[:4]:
        x = lab_name(f, A[f], B[f], A, B)
        if x:
            out.append(f + ":" + x)
    x = lab_email(A["email"], B["email"])
    if x:
        out.append("email:" + x)
    x = lab_phone(A["phone"], B["phone"])
    if x:
        out.append("phone:" + x)
    a, b = A["address"], B["address"]
    if a is None and b is not None:
        out.append("address:added")
    elif a is not None and b is None:
        out.append("address:missing")
    elif a is not None:
        for s in SUBS:
            if s in ("line1", "line2"):
                x = lab_line(s, a[s], b[s], a, b)
            else:
                x = lab_simple(s, a[s], b[s])
            if x:
                out.append("address." + s + ":" + x)
    return out


def differing_fields(A, B):
    out = []
    for f in FIELDS:
        if A[f] != B[f]:
            out.append(f)
    if (A["address"] is None) != (B["address"] is None):
        out.append("address")
    elif A["address"] is not None:
        for s in SUBS:
            if A["address"][s] != B["address"][s]:
                out.append("address." + s)
    return out


def profile_valid(p, labels):
    n = len(labels)
    strong = len([l for l in labels if l.split(":", 1)[1] in STRONG])
    return {"light": 1 <= n <= 2, "medium": 2 <= n <= 4, "harsh": n >= 4 and strong >= 2}.get(p, False)


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def main():
    sp, mp = os.path.join(HERE, "set.jsonl"), os.path.join(HERE, "meta.jsonl")
    ok = os.path.exists(sp) and os.path.exists(mp)
    report("files set.jsonl and meta.jsonl exist", ok)
    if not ok:
        return finish()
    try:
        S = [json.loads(l) for l in open(sp, encoding="utf-8")]
        M = [json.loads(l) for l in open(mp, encoding="utf-8")]
        report("every line is valid JSON", True)
    except Exception as ex:  # noqa
        report("every line is valid JSON", False, str(ex))
        return finish()
    report("3000 records and 3000 labels", len(S) == 3000 and len(M) == 3000, "%d/%d" % (len(S), len(M)))
    EX = [s for s in S[:1500]]
    IN = [s for s in S[1500:]]
    report("first 1500 existing, then 1500 incoming",
           all(s["set"] == "existing" for s in EX) and all(s["set"] == "incoming" for s in IN))

    # ---------------- schema
    bad = []
    ck = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
    for i, s in enumerate(S):
        if sorted(s.keys()) != ["contact", "entity", "set"] or not re.match(r"^c[0-9a-f]{7}$", s["entity"] or ""):
            bad.append(i)
            continue
        c = s["contact"]
        if list(c.keys()) != ck:
            bad.append(i)
            continue
        for k in ck[:-1]:
            if c[k] is not None and (not isinstance(c[k], str) or not c[k].strip()):
                bad.append(i)
        a = c["address"]
        if a is not None:
            if list(a.keys()) != SUBS:
                bad.append(i)
            else:
                for k in SUBS:
                    if a[k] is not None and (not isinstance(a[k], str) or not a[k].strip()):
                        bad.append(i)
                if not a["line1"] or not a["city"]:
                    bad.append(i)
        if not c["displayName"]:
            bad.append(i)
    report("record schema (fields, non-empty strings or null, entity id format)", not bad, "bad rows %s" % bad[:5])
    badm = [i for i, m in enumerate(M) if m.get("set") != S[i]["set"] or m.get("entity") != S[i]["entity"]
            or m.get("index") != (i if i < 1500 else i - 1500)]
    report("meta aligned with set (set, index, entity)", not badm, str(badm[:5]))
    kinds_ok = all(isinstance(m.get("kind"), str) and re.match(r"^(person|org)/[a-z_]+$", m["kind"]) for m in M)
    report("kinds are person/... or org/...", kinds_ok)
    org_bad = [i for i, m in enumerate(M) if (m["kind"].startswith("org/") and not S[i]["contact"]["companyName"])
               or (m["kind"].startswith("person/") and S[i]["contact"]["companyName"] is not None)]
    report("organisations have companyName, persons have companyName null", not org_bad, str(org_bad[:5]))
    cats = [m["category"] for m in M]
    report("categories valid per set", all(c == "existing" for c in cats[:1500]) and
           all(c in ("match", "new", "hard_negative") for c in cats[1500:]))

    # ---------------- existing list rules
    dn = [s["contact"]["displayName"] for s in EX]
    report("existing sorted by displayName (casefolded)", dn == sorted(dn, key=lambda x: x.casefold()))
    report("existing displayNames unique case-insensitively", len(set(d.casefold() for d in dn)) == 1500)
    ids = [s["entity"] for s in EX]
    report("existing entity ids unique", len(set(ids)) == 1500)
    report("every existing record has e-mail, phone or address",
           all(s["contact"]["email"] or s["contact"]["phone"] or s["contact"]["address"] for s in EX))
    n_org = sum(1 for m in M[:1500] if m["kind"].startswith("org/"))
    report("existing about half organisations", 650 <= n_org <= 850, "%d orgs" % n_org)
    me = sum(1 for s in EX if not s["contact"]["email"]) / 1500.0
    mph = sum(1 for s in EX if not s["contact"]["phone"]) / 1500.0
    mad = sum(1 for s in EX if not s["contact"]["address"]) / 1500.0
    report("existing missing rates (e-mail 10-15%, phone 7-13%, address 10-18%)",
           0.10 <= me <= 0.15 and 0.07 <= mph <= 0.13 and 0.10 <= mad <= 0.18,
           "email %.3f phone %.3f address %.3f" % (me, mph, mad))
    caps = sum(1 for s in EX if s["contact"]["displayName"].isupper() and
               (s["contact"]["address"] is None or s["contact"]["address"]["line1"].isupper()))
    low = sum(1 for s in IN if s["contact"]["displayName"].islower())
    report("ALL-CAPS legacy imports in existing (>=3%) and lower-case portal entries in incoming (>=2%)",
           caps >= 45 and low >= 30, "caps %d lower %d" % (caps, low))

    ex_ent = {s["entity"]: i for i, s in enumerate(EX)}
    kind_of = {}
    for i, m in enumerate(M):
        kind_of[S[i]["entity"]] = m["kind"]

    # ---------------- composition
    n_match = cats.count("match")
    n_new = cats.count("new")
    n_hn = cats.count("hard_negative")
    report("incoming composition ~55% match / ~35% new / 10% hard negatives",
           770 <= n_match <= 880 and 470 <= n_new <= 580 and n_hn == 150,
           "match %d new %d hn %d" % (n_match, n_new, n_hn))
    hnt = {}
    for m in M[1500:]:
        if m["category"] == "hard_negative":
            hnt[m.get("hn_type")] = hnt.get(m.get("hn_type"), 0) + 1
    report("hard negatives: 10 types x 15", sorted(hnt.keys()) == sorted(HN_TYPES) and
           all(v == 15 for v in hnt.values()), str(hnt))
    anchors = [m.get("anchor") for m in M[1500:] if m["category"] == "hard_negative"]
    report("150 distinct hard-negative anchors", len(set(anchors)) == 150)

    # ---------------- matches
    errs = []
    seen = {}
    for i in range(1500, 3000):
        m = M[i]
        if m["category"] != "match":
            continue
        e = S[i]["entity"]
        if e not in ex_ent or m.get("compare_set") != "existing" or m.get("compare_index") != ex_ent[e]:
            errs.append(i)
        seen[e] = seen.get(e, 0) + 1
    report("matches point at their existing record", not errs, str(errs[:5]))
    report("each existing customer matched at most once", all(v == 1 for v in seen.values()))

    # ---------------- new and repeats
    errs = []
    first = {}
    occ = {}
    for i in range(1500, 3000):
        m = M[i]
        if m["category"] != "new":
            continue
        e = S[i]["entity"]
        if e in ex_ent:
            errs.append(("in existing", i))
        occ[e] = occ.get(e, 0) + 1
        if m.get("occurrence") != occ[e]:
            errs.append(("occurrence", i))
        if occ[e] == 1:
            first[e] = i - 1500
            if "profile" in m or "evidence" in m or m["changes"]:
                errs.append(("first occurrence has labels", i))
        else:
            if m.get("compare_set") != "incoming" or m.get("compare_index") != first[e]:
                errs.append(("compare", i))
    sizes = {}
    for v in occ.values():
        sizes[v] = sizes.get(v, 0) + 1
    report("new customers: occurrences 1..k in incoming order, repeats compare to occurrence 1", not errs,
           str(errs[:5]))
    report("some new customers repeat twice or three times", sizes.get(2, 0) >= 20 and sizes.get(3, 0) >= 10,
           str(sorted(sizes.items())))
    others = {}
    for i in range(1500, 3000):
        if M[i]["category"] != "new":
            others[S[i]["entity"]] = others.get(S[i]["entity"], 0) + 1
    hn_ents = [S[i]["entity"] for i in range(1500, 3000) if M[i]["category"] == "hard_negative"]
    report("hard-negative entities are new ids used once",
           all(e not in ex_ent and others.get(e) == 1 and e not in occ for e in hn_ents))

    # ---------------- labels == differences
    def compared(i):
        m = M[i]
        if m["category"] == "match":
            return S[m["compare_index"]]["contact"]
        if m["category"] == "new" and m["occurrence"] > 1:
            return S[1500 + m["compare_index"]]["contact"]
        if m["category"] == "hard_negative":
            return S[m["anchor_index"]]["contact"]
        return None
    lab_err = []
    diff_err = []
    vocab_err = []
    for i in range(3000):
        A = compared(i)
        ch = M[i].get("changes")
        if not isinstance(ch, list):
            lab_err.append(i)
            continue
        for l in ch:
            if ":" not in l or l.split(":", 1)[1] not in WHATS:
                vocab_err.append(i)
        if A is None:
            if ch:
                lab_err.append(i)
            continue
        B = S[i]["contact"]
        d = derive(A, B)
        if d != ch:
            lab_err.append((i, d, ch))
        if sorted(differing_fields(A, B)) != sorted(l.split(":")[0] for l in ch):
            diff_err.append(i)
    report("change labels use the documented vocabulary", not vocab_err, str(vocab_err[:3]))
    report("labelled fields == fields that differ from the compared record", not diff_err, str(diff_err[:3]))
    report("labels re-derived from values (case/typo/format/extension/changed/missing/added/moved/partial + "
           "descriptive)", not lab_err, str(lab_err[:2]))

    # typos: one edit, never on a word's first letter in names
    terr = []
    for i in range(1500, 3000):
        A = compared(i)
        if A is None:
            continue
        B = S[i]["contact"]
        for l in M[i]["changes"]:
            f, w = l.split(":")
            if w != "typo":
                continue
            if f in ("displayName", "givenName", "familyName", "companyName", "address.line1", "address.line2"):
                a = A[f] if "." not in f else A["address"][f.split(".")[1]]
                b = B[f] if "." not in f else B["address"][f.split(".")[1]]
                ta, tb = toks(a), toks(b)
                dif = [(x, y) for x, y in zip(ta, tb) if x != y]
                if len(ta) != len(tb) or len(dif) != 1 or dif[0][0][0] != dif[0][1][0] or osa(*dif[0]) != 1:
                    terr.append(i)
            elif f == "email":
                if osa(A["email"].lower(), B["email"].lower()) != 1:
                    terr.append(i)
    report("typos are one edit and never on a name word's first letter", not terr, str(terr[:3]))

    # profiles
    perr = []
    pc = {}
    for i in range(1500, 3000):
        m = M[i]
        need = m["category"] == "match" or (m["category"] == "new" and m.get("occurrence", 1) > 1)
        if not need:
            continue
        pc[m.get("profile")] = pc.get(m.get("profile"), 0) + 1
        if not profile_valid(m.get("profile"), m["changes"]):
            perr.append(i)
    report("profiles consistent with labels (light 1-2, medium 2-4, harsh >=4 with >=2 strong)", not perr,
           str(perr[:3]))
    report("all three profiles used", all(pc.get(p, 0) >= 50 for p in ("light", "medium", "harsh")), str(pc))

    # ---------------- key ownership over the whole file
    own_p, own_e, own_a = {}, {}, {}
    for s in S:
        c, e = s["contact"], s["entity"]
        for n in phones(c["phone"]):
            own_p.setdefault(n, set()).add(e)
        if c["email"]:
            own_e.setdefault(ekey(c["email"]), set()).add(e)
        k = akey(c["address"])
        if k:
            own_a.setdefault(k, set()).add(e)

    def evidence(A, B, labels, ent):
        ev = []
        if A["email"] and B["email"]:
            ka, kb = ekey(A["email"]), ekey(B["email"])
            if (ka == kb or "email:typo" in labels) and own_e.get(ka) == {ent} and own_e.get(kb) == {ent}:
                ev.append("email")
        common = set(phones(A["phone"])) & set(phones(B["phone"]))
        if any(own_p.get(n) == {ent} for n in common):
            ev.append("phone")
        ka, kb = akey(A["address"]), akey(B["address"])
        if ka is not None and ka == kb and own_a.get(ka) == {ent}:
            ev.append("address")
        return ev
    everr = []
    empty = []
    for i in range(1500, 3000):
        m = M[i]
        need = m["category"] == "match" or (m["category"] == "new" and m.get("occurrence", 1) > 1)
        if not need:
            continue
        ev = evidence(compared(i), S[i]["contact"], m["changes"], S[i]["entity"])
        if ev != m.get("evidence"):
            everr.append((i, ev, m.get("evidence")))
        if not ev:
            empty.append(i)
    report("evidence == computed link-evidence set", not everr, str(everr[:2]))
    report("every match and repeat keeps >= 1 exclusive evidence channel", not empty, str(empty[:5]))

    # phone numbers are never shared between customers
    shared_ph = [n for n, es in own_p.items() if len(es) > 1]
    report("no phone number is shared by two customers", not shared_ph, str(shared_ph[:3]))

    # ---------------- new customers are really new
    ex_emails = {}
    for s in EX:
        if s["contact"]["email"]:
            ex_emails[ekey(s["contact"]["email"])] = 1
    dels = {}
    for k in ex_emails:
        for j in range(len(k) + 1):
            v = k[:j] + k[j + 1:] if j < len(k) else k
            dels.setdefault(v, []).append(k)
    ex_ph = set(n for s in EX for n in phones(s["contact"]["phone"]))
    ex_ad = set(akey(s["contact"]["address"]) for s in EX if s["contact"]["address"])
    ex_pk = set()
    ex_core = set()
    for s in EX:
        c = s["contact"]
        k = pkey(c["givenName"], c["familyName"])
        if k:
            ex_pk.add(k)
        for f in ("displayName", "companyName"):
            if c[f]:
                ex_core.add(core(c[f]))
    nerr = []
    for i in range(1500, 3000):
        if M[i]["category"] != "new":
            continue
        c = S[i]["contact"]
        if c["email"]:
            k = ekey(c["email"])
            cands = set()
            for j in range(len(k) + 1):
                v = k[:j] + k[j + 1:] if j < len(k) else k
                cands.update(dels.get(v, []))
            if any(within1(k, x) for x in cands):
                nerr.append(("email", i))
        if any(n in ex_ph for n in phones(c["phone"])):
            nerr.append(("phone", i))
        if c["address"] and akey(c["address"]) in ex_ad:
            nerr.append(("address", i))
        k = pkey(c["givenName"], c["familyName"])
        if k and k in ex_pk:
            nerr.append(("person key", i))
        for f in ("displayName", "companyName"):
            if c[f] and core(c[f]) in ex_core:
                nerr.append(("name core", i))
    report("new customers share no e-mail (+-1 edit), phone, address key, person key or name core with "
           "existing", not nerr, str(nerr[:4]))

    # ---------------- intended collisions only (existing)
    ex_e_own = {}
    for s in EX:
        if s["contact"]["email"]:
            ex_e_own.setdefault(ekey(s["contact"]["email"]), set()).add(s["entity"])
    ex_a_own = {}
    for s in EX:
        k = akey(s["contact"]["address"])
        if k:
            ex_a_own.setdefault(k, set()).add(s["entity"])
    cerr = []
    for k, es in ex_e_own.items():
        if len(es) < 2:
            continue
        ks = set(kind_of[e] for e in es)
        if ks <= {"org/chain_branch"} or ks <= {"org/group_company"}:
            continue
        if len(es) >= 3:
            continue  # bookkeeper / accountant mailbox serving several small customers
        if all(kind_of[e].startswith("person/") for e in es):
            ads = set(akey(EX[ex_ent[e]]["contact"]["address"]) for e in es)
            fams = set(famc(EX[ex_ent[e]]["contact"]["familyName"] or "") for e in es)
            if (len(ads) == 1 and None not in ads) or len(fams) == 1:
                continue  # household mailbox (same house or same family)
        cerr.append(("email", k))
    for k, es in ex_a_own.items():
        if len(es) < 2:
            continue
        ks = set(kind_of[e] for e in es)
        if ks <= {"org/group_company"} or ks <= {"org/government"}:
            continue
        if all(kv.startswith("person/") for kv in ks) and len(es) <= 3:
            continue  # household / family house
        cerr.append(("address", k))
    pk_own = {}
    for s in EX:
        c = s["contact"]
        if c["companyName"] is None:
            k = pkey(c["givenName"], c["familyName"])
            if k:
                pk_own.setdefault(k, []).append(s)
    for k, ss in pk_own.items():
        for x in range(len(ss)):
            for y in range(x + 1, len(ss)):
                a, b = ss[x]["contact"], ss[y]["contact"]
                ma = metro(a["address"]["city"]) if a["address"] else None
                mb = metro(b["address"]["city"]) if b["address"] else None
                ga = set(toks(a["displayName"]))
                gb = set(toks(b["displayName"]))
                gen_diff = (ga & SENIOR and gb & JUNIOR) or (ga & JUNIOR and gb & SENIOR)
                if not gen_diff and not (ma and mb and ma != mb):
                    cerr.append(("person", k))
    core_own = {}
    for i, s in enumerate(EX):
        if s["contact"]["companyName"]:
            core_own.setdefault(core(s["contact"]["companyName"]), set()).add(s["entity"])
    for k, es in core_own.items():
        if len(es) > 1 and not all(kind_of[e] == "org/chain_branch" for e in es):
            cerr.append(("company", k))
    report("collisions between existing customers only where intended (chain/group mailboxes, bookkeepers, "
           "households, head offices, secretariats, namesakes in other towns, father/son)", not cerr, str(cerr[:4]))

    # ---------------- hard negatives
    def distinct(name):
        return set(w for w in core(name).split() if w not in GENERIC_WORDS and not w.isdigit() and len(w) >= 3)

    def cats_of(name):
        return set(TRADE[w] for w in stages(name)["abbreviation"] if w in TRADE)

    def gmark(dn_):
        t = set(toks(dn_ or ""))
        if t & SENIOR and not t & JUNIOR:
            return "S"
        if t & JUNIOR and not t & SENIOR:
            return "J"
        return None

    def shared_set(A, B):
        out = set()
        if A["companyName"] is None and B["companyName"] is None:
            ka, kb = pkey(A["givenName"], A["familyName"]), pkey(B["givenName"], B["familyName"])
            if ka is not None and ka == kb:
                out.add("name")
        elif A["companyName"] and B["companyName"] and core(A["companyName"]) == core(B["companyName"]):
            out.add("name")
        if A["familyName"] and B["familyName"] and "name" not in out and famc(A["familyName"]) == famc(B["familyName"]):
            out.add("family_name")
        if A["companyName"] and B["companyName"] and "name" not in out and \
                distinct(A["companyName"]) & distinct(B["companyName"]):
            out.add("name_token")
        if A["email"] and B["email"]:
            if ekey(A["email"]) == ekey(B["email"]):
                out.add("email")
            else:
                da, db = ekey(A["email"]).split("@")[1], ekey(B["email"]).split("@")[1]
                if da == db and da not in PUBLIC:
                    out.add("email_domain")
        ka, kb = akey(A["address"]), akey(B["address"])
        if ka and ka == kb:
            out.add("address")
        elif ka and kb and bkey(A["address"]) == bkey(B["address"]):
            out.add("building")
        if A["address"] and B["address"] and metro(A["address"]["city"]) == metro(B["address"]["city"]):
            out.add("city")
        return sorted(out)

    herr = {"anchor": [], "phone": [], "email": [], "address": [], "shared": [], "decide": [], "rule": []}
    for i in range(1500, 3000):
        m = M[i]
        if m["category"] != "hard_negative":
            continue
        ai = m.get("anchor_index")
        if not isinstance(ai, int) or not (0 <= ai < 1500) or S[ai]["entity"] != m.get("anchor"):
            herr["anchor"].append(i)
            continue
        A, B = S[ai]["contact"], S[i]["contact"]
        t = m["hn_type"]
        if not isinstance(m.get("rule"), str) or len(m["rule"]) < 20:
            herr["rule"].append(i)
        if set(phones(A["phone"])) & set(phones(B["phone"])):
            herr["phone"].append(i)
        if A["email"] and B["email"]:
            ea, eb = ekey(A["email"]), ekey(B["email"])
            if ea == eb:
                if len(ex_e_own.get(ea, ())) < 2:
                    herr["email"].append(i)
            elif within1(ea, eb):
                herr["email"].append(i)
        sh = shared_set(A, B)
        if sh != m.get("shared"):
            herr["shared"].append((i, sh, m.get("shared")))
        same_addr = akey(A["address"]) is not None and akey(A["address"]) == akey(B["address"])
        if same_addr != ("address" in m.get("shared", [])):
            herr["address"].append(i)
        # type-specific decidability
        pa, pb = A["companyName"] is None, B["companyName"] is None
        ka, kb = akey(A["address"]), akey(B["address"])
        ok = False
        if t == "chain_branch":
            ok = (not pa and not pb and core(A["companyName"]) == core(B["companyName"])
                  and norm(A["displayName"]) != norm(B["displayName"]) and ka and kb and ka != kb)
        elif t == "group_company":
            ok = (not pa and not pb and core(A["companyName"]) != core(B["companyName"])
                  and bool(distinct(A["companyName"]) & distinct(B["companyName"])))
        elif t == "namesake_other_town":
            ok = (pa and pb and pkey(A["givenName"], A["familyName"]) is not None
                  and pkey(A["givenName"], A["familyName"]) == pkey(B["givenName"], B["familyName"])
                  and A["address"] and B["address"] and metro(A["address"]["city"]) != metro(B["address"]["city"])
                  and not (A["email"] and B["email"] and ekey(A["email"]) == ekey(B["email"])))
        elif t == "father_son":
            ga, gb = gmark(A["displayName"]), gmark(B["displayName"])
            ok = (pa and pb and pkey(A["givenName"], A["familyName"]) is not None
                  and pkey(A["givenName"], A["familyName"]) == pkey(B["givenName"], B["familyName"])
                  and ga is not None and gb is not None and ga != gb)
        elif t == "sibling_firm":
            ok = (not pa and not pb and A["givenName"] and B["givenName"] and A["familyName"] and B["familyName"]
                  and famc(A["familyName"]) == famc(B["familyName"])
                  and ctok(toks(A["givenName"])[0]) != ctok(toks(B["givenName"])[0])
                  and core(A["companyName"]) != core(B["companyName"]))
        elif t == "same_plaza":
            ok = (ka and kb and ka != kb and bkey(A["address"]) == bkey(B["address"])
                  and core(A["displayName"]) != core(B["displayName"]))
        elif t == "shared_bookkeeper":
            ok = (A["email"] and B["email"] and ekey(A["email"]) == ekey(B["email"])
                  and len(ex_e_own.get(ekey(A["email"]), ())) >= 2 and not (ka and ka == kb)
                  and core(A["displayName"]) != core(B["displayName"]))
        elif t == "similar_name_other_trade":
            ok = (not pa and not pb and bool(distinct(A["companyName"]) & distinct(B["companyName"]))
                  and cats_of(A["companyName"]) and cats_of(B["companyName"])
                  and not (cats_of(A["companyName"]) & cats_of(B["companyName"])) and not (ka and ka == kb))
        elif t == "household_member":
            ok = (pa and pb and ka and ka == kb and A["givenName"] and B["givenName"]
                  and ctok(toks(A["givenName"])[0]) != ctok(toks(B["givenName"])[0])
                  and pkey(A["givenName"], A["familyName"]) != pkey(B["givenName"], B["familyName"]))
        elif t == "govt_agency":
            ok = (not pa and not pb and set(toks(A["companyName"])) & GOVWORDS
                  and set(toks(B["companyName"])) & GOVWORDS and core(A["companyName"]) != core(B["companyName"])
                  and bool(distinct(A["companyName"]) & distinct(B["companyName"])))
        if not ok:
            herr["decide"].append((i, t))
    report("hard-negative anchors resolve (anchor id + anchor_index), rule text present",
           not herr["anchor"] and not herr["rule"], str(herr["anchor"][:3] + herr["rule"][:3]))
    report("hard negatives never share the anchor's phone", not herr["phone"], str(herr["phone"][:3]))
    report("hard-negative e-mail is the same shared mailbox or > 1 edit away", not herr["email"],
           str(herr["email"][:3]))
    report("hard negatives share the anchor's address key only when 'address' is in shared",
           not herr["address"], str(herr["address"][:3]))
    report("hard-negative 'shared' equals the recomputed shared set", not herr["shared"], str(herr["shared"][:2]))
    report("hard negatives are decidable per type (chain branch label, sister-company name, other town, "
           "Snr/Jnr, sibling first name, shop number, bookkeeper mailbox, trade, household first name, "
           "ministry/agency name)", not herr["decide"], str(herr["decide"][:4]))

    # ---------------- realism / phenomena coverage
    allc = [s["contact"] for s in S]
    ph_bad = []
    multi = 0
    land = 0
    fmts = set()
    for c in allc:
        if not c["phone"]:
            continue
        ns = phones(c["phone"])
        if len(ns) > 1:
            multi += 1
        for n in ns:
            if len(n) == 10 and n[0] in "789":
                pass
            elif len(n) == 8 and n[0] == "1":
                land += 1
            else:
                ph_bad.append(c["phone"])
        p = c["phone"]
        if p.startswith("+234 (0)"):
            fmts.add("+234 (0)")
        elif p.startswith("+234 "):
            fmts.add("+234 sp")
        elif p.startswith("+234"):
            fmts.add("+234")
        elif p.startswith("234"):
            fmts.add("234")
        elif re.match(r"^0\d{3}-\d{3}-\d{4}", p):
            fmts.add("dash")
        elif re.match(r"^0\d{3} \d{3} \d{4}", p):
            fmts.add("spaced")
        elif re.match(r"^0\d{10}", p):
            fmts.add("plain")
    report("phones are Nigerian mobiles (10-digit NSN) or rare Lagos landlines (01-)", not ph_bad and 0 < land < 150,
           "bad %s landlines %d" % (ph_bad[:3], land))
    report("phone formats: 0803 123 4567, 08031234567, +234..., 234..., +234 (0)..., 0803-123-4567; multi-number fields",
           len(fmts) >= 7 and multi >= 100, "%s multi %d" % (sorted(fmts), multi))
    em_bad = [c["email"] for c in allc if c["email"] and not re.match(r"^[^@\s]+@[^@\s]+\.[a-z.]+$", c["email"].lower())]
    doms = set(ekey(c["email"]).split("@")[1] for c in allc if c["email"])
    report("e-mails well formed; public and .com.ng/.ng/.com company domains present",
           not em_bad and all(d in doms for d in ("gmail.com", "yahoo.com", "yahoo.co.uk", "hotmail.com")) and
           any(d.endswith(".com.ng") for d in doms) and any(d.endswith(".ng") and not d.endswith(".com.ng") for d in doms),
           str(em_bad[:3]))
    pc_bad = [c["address"]["postalCode"] for c in allc if c["address"] and c["address"]["postalCode"] and
              not re.match(r"^\d{6}$", c["address"]["postalCode"])]
    pc_null = sum(1 for c in allc if c["address"] and not c["address"]["postalCode"])
    n_addr = sum(1 for c in allc if c["address"])
    report("postal codes 6 digits and mostly null", not pc_bad and pc_null > 0.6 * n_addr)
    unk_city = sorted(set(c["address"]["city"] for c in allc if c["address"] and norm(c["address"]["city"]) not in METRO))
    report("every city spelling maps to a known town", not unk_city, str(unk_city[:5]))
    text = "\n".join(json.dumps(c) for c in allc)
    phen = {
        "Nig. Ltd": "Nig. Ltd" in text, "Nigeria Limited": "Nigeria Limited" in text, "(Nig) Ltd": "(Nig) Ltd" in text,
        "Plc": "Plc" in text or "PLC" in text, "Ent.": "Ent." in text, "Enterprises": "Enterprises" in text,
        "Ventures": "Ventures" in text, "Global Concepts": "Global Concepts" in text, "Int'l": "Int'l" in text,
        "& Sons": "& Sons" in text, "Ltd/Gte": "Ltd/Gte" in text or "Ltd/GTE" in text,
        "Incorporated Trustees": "Incorporated Trustees of" in text, "Alhaji": "Alhaji" in text,
        "Alh.": "Alh." in text, "Chief": "Chief" in text, "Engr.": "Engr." in text, "Arc.": "Arc." in text, "Alhaja": "Alhaja" in text, "Hon.": "Hon." in text, "Pharm. title": bool(
            re.search(r'"displayName": "Pharm\. ', text)), "Barr.": "Barr." in text, "Pastor": "Pastor" in text,
        "Snr/Jnr": bool(re.search(r"\b(Snr|Jnr)\b", text)), "Plot": "Plot " in text, "Shop/Block": "Block" in text,
        "Km": '"Km ' in text, "opposite": "opposite" in text, "off": ", off " in text, "PH": '"PH"' in text,
        "P/H": '"P/H"' in text, "FCT": '"FCT"' in text, "Abuja FCT": "Abuja FCT" in text,
        "Idumota": "Idumota Market" in text, "Onitsha Main Market": "Onitsha Main Market" in text,
        "Ariaria": "Ariaria" in text, "+234 (0)": "+234 (0)" in text, "yahoo.co.uk": "yahoo.co.uk" in text,
        "surname first caps": bool(re.search(r'"displayName": "[A-Z]{3,} [A-Z][a-z]+', text)),
    }
    missing = [k for k, v in phen.items() if not v]
    report("country phenomena present (legal forms, titles, markets, landmarks, city aliases, phone formats)",
           not missing, "missing %s" % missing)
    labc = {}
    for m in M[1500:]:
        if m["category"] in ("match", "new"):
            for l in m["changes"]:
                w = l.split(":")[1]
                labc[w] = labc.get(w, 0) + 1
    want = ["nickname", "spelling", "title", "name_order", "legal_form", "abbreviation", "married", "landmark",
            "alias", "domain", "moved", "typo", "case", "format", "extension", "partial", "missing", "added", "changed"]
    report("descriptive change labels all occur in matches/repeats", all(labc.get(w, 0) >= 1 for w in want),
           "absent: %s" % [w for w in want if not labc.get(w)])

    # ---------------- generator hygiene
    src = open(os.path.join(HERE, "gen.py"), encoding="utf-8").read()
    imps = set(re.findall(r"^\s*(?:import|from)\s+([a-zA-Z_]+)", src, re.M))
    allowed = set(["json", "os", "re", "sys", "random", "hashlib", "collections", "itertools", "math"])
    report("gen.py uses the standard library only, one random.Random(SEED)",
           imps <= allowed and src.count("random.Random(") == 1 and "random.seed" not in src
           and not re.search(r"\brandom\.(random|choice|randint|shuffle|sample)\(", src), str(sorted(imps)))

    # ---------------- determinism
    scratch = os.path.join(HERE, "_determinism_scratch")
    digests = []
    try:
        for seed in ("0", "12345"):
            d = os.path.join(scratch, seed)
            env = dict(os.environ)
            env["PYTHONHASHSEED"] = seed
            subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", d], check=True, env=env,
                           stdout=subprocess.DEVNULL)
            digests.append((sha(os.path.join(d, "set.jsonl")), sha(os.path.join(d, "meta.jsonl"))))
        shipped = (sha(sp), sha(mp))
        report("determinism: PYTHONHASHSEED=0 and 12345 give byte-identical output equal to the shipped files",
               digests[0] == digests[1] == shipped, "%s vs shipped %s" % (digests, shipped))
    except Exception as ex:  # noqa
        report("determinism: PYTHONHASHSEED=0 and 12345 give byte-identical output", False, str(ex))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    # ---------------- README
    rp = os.path.join(HERE, "README.txt")
    if os.path.exists(rp):
        rd = open(rp, encoding="utf-8").read()
        report("README.txt lists the SHA-256 of set.jsonl and meta.jsonl", sha(sp) in rd and sha(mp) in rd)
    else:
        report("README.txt present", False)
    return finish()


def finish():
    failed = [n for n, ok in RESULTS if not ok]
    if failed:
        print("%d CHECK(S) FAILED: %s" % (len(failed), "; ".join(failed)))
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
