#!/usr/bin/env python3
"""Independent validator for nl-installatie (does not import gen.py)."""
import sys, os, json, re, unicodedata, hashlib, subprocess, shutil
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = []

def check(name, ok, detail=""):
    RESULTS.append((name, bool(ok)))
    print(("PASS " if ok else "FAIL ") + name + ("" if ok or not detail else "  -- " + str(detail)[:400]))

# ---------------------------------------------------------------- normalisation (re-implemented)
def unacc(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
def fold(s):
    return unacc(s.casefold())
def pn(s):
    return re.sub(r"[\W_]+", "", fold(s))
def toks(s):
    if s is None:
        return []
    t = fold(s).replace("ij", "y")
    t = re.sub(r"\bv\.\s?d\.?(?=\s|$)|\bv/d\b", " vd ", t)
    return re.sub(r"[\W_]+", " ", t).split()

def dl1(a, b):
    """optimal string alignment distance (capped)"""
    n, m = len(a), len(b)
    if abs(n - m) > 1:
        return 9
    prev2 = None
    prev = list(range(m + 1))
    for i in range(1, n + 1):
        cur = [i] + [0] * m
        for j in range(1, m + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[m]

PART = set("van der den de vd t ter ten te in het op s la le du von zu vander vanden".split())
TITL = set("dhr mevr mw mevrouw heer fam familie ing ir mr dr drs jr sr junior senior mme herr frau monsieur madame".split())
LEGAL = [s.split() for s in ["besloten vennootschap", "b v b a", "a s b l", "v z w", "s r l", "s p r l", "naamloze vennootschap",
         "vennootschap onder firma", "gmbh co kg", "comm v", "v o f", "b v", "n v", "s a", "c v", "bv", "nv", "vof", "cv", "bvba",
         "commv", "vzw", "srl", "sprl", "sa", "asbl", "gmbh", "kg"]]
GEN = set(w.replace("ij", "y") for w in """installatiebedrijf installatietechniek installaties installatie installatieservice installatiebureau
loodgietersbedrijf loodgieters loodgieter elektro elektrotechniek elektra klimaattechniek gebr gebroeders zn zonen bouwbedrijf
aannemersbedrijf bouw bouwgroep holding beheer woonstichting woningstichting wonen stichting vve vereniging eigenaars basisschool obs
rkbs cbs sanitair verwarming elektriciteitswerken bouwonderneming dakwerken chauffage electricite sanitaire entreprise fils
installations toitures haustechnik sanitar heizung und co klusbedrijf schildersbedrijf timmerbedrijf vastgoedbeheer vastgoed gemeente
afdeling sector team dienst vestiging stad ville jeugdhuis woonzorgcentrum scouts maison repos pa tav en et hodn thodn service techniek
cv elektrotechnisch werkmaatschappij groep onderhoud entreprises beheermaatschappij sportcentrum voetbalclub toneelkring harmonie
turnkring fanfare sportclub sint saint jeunes cercle centre sportif les amis compagnons""".split())
TRADE = set(w.replace("ij", "y") for w in """klusbedrijf loodgietersbedrijf installatiebedrijf schildersbedrijf timmerbedrijf elektro
installatieservice loodgieters elektrotechniek installatietechniek chauffage electricite sanitaire sanitair verwarming dakwerken""".split())
ROLE_LOCALS = set("info administratie facturen crediteuren crediteurenadministratie inkoopfacturen vve beheer boekhouding kantoor".split())

def no_legal(t):
    out, i = [], 0
    while i < len(t):
        for seq in LEGAL:
            if t[i:i + len(seq)] == seq:
                i += len(seq)
                break
        else:
            out.append(t[i])
            i += 1
    return out

def core_org(s):
    return set(x for x in no_legal(toks(s)) if len(x) > 1 and x not in GEN and x not in PART and x not in TITL)

def core_fam(s):
    return set(x for x in toks(s) if len(x) > 1 and x not in PART and x not in TITL)

NICK = {"johannes": "jan hans johan joop", "cornelis": "kees cor", "gerardus": "gerard gert geert", "theodorus": "theo ruud",
        "wilhelmus": "wim willem", "hendrikus": "henk rik", "hendrik": "henk rik", "petrus": "piet peter", "antonius": "toon ton anton",
        "adrianus": "arie ad adrie", "josephus": "jos sjef jef", "jozef": "jef jos", "gustaaf": "staf", "jacobus": "jaap koos",
        "martinus": "martin tinus", "lambertus": "bert", "nicolaas": "klaas nico", "wilhelmina": "mien willie wilma",
        "johanna": "jo joke hanneke", "maria": "mies marja ria", "cornelia": "corrie nel", "hendrika": "riek rika",
        "petronella": "nel ellie", "geertruida": "truus trudy", "elisabeth": "lies els betty", "catharina": "toos rina",
        "livina": "lieve", "theodora": "dora"}
NICK = {k: v.split() for k, v in NICK.items()}
CITY_GROUPS = [["'s-Hertogenbosch", "Den Bosch", "s-Hertogenbosch", "'s Hertogenbosch"], ["'s-Gravenhage", "Den Haag"], ["Antwerpen", "Anvers"],
               ["Brussel", "Bruxelles"], ["Gent", "Gand"], ["Liège", "Luik"], ["Mechelen", "Malines"], ["Leuven", "Louvain"], ["Brugge", "Bruges"],
               ["Namur", "Namen"], ["Mons", "Bergen"], ["Wavre", "Waver"], ["Emmerich am Rhein", "Emmerich"], ["Lier", "Lierre"]]
REGION_GROUPS = [["Noord-Brabant", "N-Brabant", "NB"], ["Nordrhein-Westfalen", "NRW"], ["Limburg", "LI"], ["Zuid-Holland", "ZH"],
                 ["Noord-Holland", "NH"], ["Utrecht", "UT"], ["Gelderland", "GLD"]]
def same_group(groups, a, b):
    return any(pn(a) in [pn(x) for x in g] and pn(b) in [pn(x) for x in g] for g in groups)

# phones
def phones(s):
    if s is None:
        return []
    s = re.sub(r"(?i)\b(?:toestel|tst|ext)\.?\s*(\d+)", lambda m: " #" + m.group(1) + " ", s)
    s = re.sub(r"(?i)\b(?:tel|telefoon|mob|mobiel|gsm|t|m)\b\.?:?", "|", s)
    s = re.sub(r"\s+/\s+|;|,", "|", s)
    res = []
    for chunk in s.split("|"):
        ext = re.findall(r"#(\d+)", chunk)
        chunk = re.sub(r"#\d+", "", chunk).replace("(0)", "").strip().lstrip("(").strip()
        d = re.sub(r"\D", "", chunk)
        if not d:
            continue
        intl = chunk.startswith("+")
        if not intl and d.startswith("00"):
            d, intl = d[2:], True
        elif not intl and d.startswith("0"):
            d = d[1:]
        if intl and d[:2] in ("31", "32", "49"):
            d = d[2:]
        res.append((d, ext[0] if ext else ""))
    return res
def pkeys(s):
    return [k for k, _ in phones(s)]

# addresses
CMAP = {}
for c, names in (("NL", "nl nederland netherlands the netherlands holland"), ("BE", "be belgie belgium belgique belgien"),
                 ("DE", "de duitsland deutschland germany allemagne")):
    for n in ["nl", "nederland", "netherlands", "the netherlands", "holland"] if c == "NL" else (["be", "belgie", "belgium", "belgique", "belgien"] if c == "BE" else ["de", "duitsland", "deutschland", "germany", "allemagne"]):
        CMAP[n] = c
def ctry(a):
    if a["country"] is not None:
        return CMAP.get(fold(a["country"]).strip(), "??")
    p = (a["postalCode"] or "").strip()
    if re.fullmatch(r"\d{4}\s?[A-Za-z]{2}", p):
        return "NL"
    if re.fullmatch(r"(B-?)?\d{4}", p):
        return "BE"
    if re.fullmatch(r"(D-?)?\d{5}", p):
        return "DE"
    return "??"
def pcn(p, c):
    if p is None:
        return ""
    return re.sub(r"\s", "", p).upper() if c == "NL" else re.sub(r"\D", "", p)
def unit(a):
    s = re.sub(r"[\s\-./,]", "", fold(a))
    if s in ("hs", "huis"):
        return ""
    m = re.fullmatch(r"(?:bus|bte|boite|b)(\d+)", s) or re.fullmatch(r"(\d+)e?(?:hoog|etage)?", s)
    if m:
        return str(int(m.group(1)))
    m = re.fullmatch(r"(i|ii|iii|iv)(?:hoog|etage)?", s)
    if m:
        return str(["i", "ii", "iii", "iv"].index(m.group(1)) + 1)
    return s
def line1(l):
    s = l.strip()
    m = re.fullmatch(r"(?i)(?:postbus|bp|postfach)\s*(\d+)", s)
    if m:
        return ("pb", m.group(1), "")
    m = re.fullmatch(r"(.+?)\s+(\d+)(.*)", s)
    return (m.group(1), m.group(2), m.group(3)) if m else (s, "", "")
SW = {"burgemeester": "burg", "professor": "prof", "dokter": "dr", "pastoor": "past", "sint": "st", "saint": "st"}
SS = [("straat", "str"), ("strasse", "str"), ("laan", "ln"), ("plein", "pln"), ("steenweg", "stwg"), ("chaussee", "chee"), ("avenue", "av"), ("boulevard", "bd")]
def street(st):
    out = []
    for t in toks(st):
        if t in SW:
            t = SW[t]
        else:
            for lo, sh in SS:
                if t.endswith(lo):
                    t = t[:-len(lo)] + sh
                    break
        out.append(t)
    return "".join(out)
def akey(a):
    if a is None:
        return None
    c = ctry(a)
    p = pcn(a["postalCode"], c)
    st, num, ad = line1(a["line1"])
    if st == "pb":
        return (c, p, "pb", num)
    if c == "NL":
        return (c, p, "", num, unit(ad))
    return (c, p, street(st), num, unit(ad))
def ekey(e):
    return None if e is None else e.strip().lower()

# ---------------------------------------------------------------- relations
NAMEF = ("displayName", "givenName", "familyName", "companyName")

def sub_ms(a, b):
    ca, cb = Counter(a), Counter(b)
    return all(cb[k] >= v for k, v in ca.items()) and sum(ca.values()) < sum(cb.values())

def r_initials(a, b):
    for A, B in ((a, b), (b, a)):
        ta = [t for t in toks(A) if t not in PART and t not in TITL]
        tb = [t for t in toks(B) if t not in PART and t not in TITL]
        am, ai = [t for t in ta if len(t) > 1], [t for t in ta if len(t) == 1]
        bm, bi = [t for t in tb if len(t) > 1], [t for t in tb if len(t) == 1]
        if not sub_ms(bm, am):
            continue
        extra = Counter(x[0] for x in (Counter(am) - Counter(bm)).elements())
        newi = Counter(bi) - Counter(ai)
        if sum(newi.values()) and all(extra[k] >= v for k, v in newi.items()):
            return True
    return False

def r_roep(a, b):
    for A, B in ((a, b), (b, a)):
        ta = [t for t in toks(A) if t not in PART and t not in TITL]
        tb = [t for t in toks(B) if t not in PART and t not in TITL]
        ra = list((Counter(ta) - Counter(tb)).elements())
        rb = list((Counter(tb) - Counter(ta)).elements())
        ra = [t for t in ta if t in ra]
        if len(rb) == 1 and ra and rb[0] in NICK.get(ra[0], []):
            return True
    return False

def r_married(a, b):
    A, B = core_fam(a), core_fam(b)
    return (A < B and re.search(r"\w-\w", b) is not None) or (B < A and re.search(r"\w-\w", a) is not None)

def lighter(field, a, b):
    if a.lower() == b.lower() or fold(a) == fold(b) or pn(a) == pn(b) or pn(a).replace("ij", "y") == pn(b).replace("ij", "y"):
        return True
    if field in NAMEF:
        return name_typo(a, b)
    return False

def name_typo(a, b):
    x, y = a.lower(), b.lower()
    if dl1(x, y) != 1:
        return False
    wx, wy = x.split(), y.split()
    return len(wx) == len(wy) and all(p[0] == q[0] for p, q in zip(wx, wy))

QUAL = re.compile(r"\s*(\([^()]*\)|-\s*\d+)\s*$")

def holds(field, what, a, b, ca=None, cb=None):
    if what == "missing":
        return a is not None and b is None
    if what == "added":
        return a is None and b is not None
    if a is None or b is None or a == b:
        return False
    if what == "case":
        return a.lower() == b.lower()
    if what == "diacritics":
        return fold(a) == fold(b) and a.lower() != b.lower()
    if what == "punctuation":
        return pn(a) == pn(b) and fold(a) != fold(b)
    if what == "ij_y":
        return pn(a).replace("ij", "y") == pn(b).replace("ij", "y") and pn(a) != pn(b)
    if what == "typo":
        if field in NAMEF:
            return name_typo(a, b)
        return dl1(a.lower(), b.lower()) == 1
    if field in NAMEF:
        ta, tb = toks(a), toks(b)
        if what == "legal_form":
            return no_legal(ta) == no_legal(tb) and ta != tb
        if what == "qualifier":
            qa, qb = QUAL.sub("", a), QUAL.sub("", b)
            return field == "displayName" and (qa != a or qb != b) and toks(qa) == toks(qb)
        if what == "title":
            return [t for t in ta if t not in TITL] == [t for t in tb if t not in TITL] and ta != tb
        if what == "order":
            return sorted(ta) == sorted(tb) and ta != tb
        if what == "tussenvoegsel":
            return sorted(t for t in ta if t not in PART) == sorted(t for t in tb if t not in PART) and ta != tb
        if what == "initials":
            return r_initials(a, b)
        if what == "roepnaam":
            return r_roep(a, b)
        if what == "married":
            return r_married(a, b)
        if what == "partial":
            return sub_ms(tb, ta)
        if what == "variant":
            return bool(core_org(a) & core_org(b)) and not lighter(field, a, b)
        if what == "changed":
            return not lighter(field, a, b)
        return False
    if field == "email":
        la, lb = a.lower(), b.lower()
        if what == "domain":
            return la.split("@")[0] == lb.split("@")[0] and la.split("@")[1] != lb.split("@")[1]
        if what == "changed":
            return dl1(la, lb) > 1 and la.split("@")[0] != lb.split("@")[0]
        return False
    if field == "phone":
        pa, pb = phones(a), phones(b)
        ka, kb = [k for k, _ in pa], [k for k, _ in pb]
        if what == "format":
            return sorted(pa) == sorted(pb)
        if what == "extension":
            return sorted(ka) == sorted(kb) and sorted(pa) != sorted(pb)
        if what == "partial":
            return set(kb) < set(ka)
        if what == "extra_number":
            return set(ka) < set(kb)
        if what == "changed":
            return set(ka) != set(kb) and not (set(ka) < set(kb)) and not (set(kb) < set(ka))
        return False
    if field == "address.line1":
        A, B = line1(a), line1(b)
        same_unit = A[1] == B[1] and unit(A[2]) == unit(B[2])
        if what in ("format", "abbreviation"):
            return same_unit and street(A[0]) == street(B[0])
        if what == "renamed":
            return same_unit and street(A[0]) != street(B[0]) and ca == "NL"
        if what == "changed":
            return not lighter(field, a, b)
        return False
    if field == "address.city":
        if what == "alias":
            return same_group(CITY_GROUPS, a, b)
        return what == "changed" and not lighter(field, a, b)
    if field == "address.region":
        if what == "alias":
            return same_group(REGION_GROUPS, a, b)
        return what == "changed"
    if field == "address.postalCode":
        if what == "format":
            return pcn(a, ca) == pcn(b, cb)
        return what == "changed"
    if field == "address.country":
        if what == "format":
            return CMAP.get(fold(a)) == CMAP.get(fold(b)) and CMAP.get(fold(a)) is not None
        return what == "changed"
    if field == "address.line2":
        return what == "changed"
    return False

HARD = {"missing", "changed", "moved", "partial"}

def verify_changes(X, Y, labels):
    """returns error string or ''"""
    by = {}
    for l in labels:
        if ":" not in l:
            return "bad label " + l
        f, w = l.split(":", 1)
        if f in by:
            return "two labels for " + f
        by[f] = w
    diff = set()
    for f in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
        if X[f] != Y[f]:
            diff.add(f)
    A, B = X["address"], Y["address"]
    if A != B:
        if A is None or B is None:
            diff.add("address")
        elif akey(A) != akey(B):
            diff.add("address")
        else:
            for sf in ("line1", "line2", "city", "region", "postalCode", "country"):
                if A[sf] != B[sf]:
                    diff.add("address." + sf)
    if set(by) != diff:
        return "labelled %s != differing %s" % (sorted(by), sorted(diff))
    for f, w in by.items():
        if f == "address":
            ok = (w == "missing" and A is not None and B is None) or (w == "added" and A is None and B is not None) or \
                 (w == "moved" and A is not None and B is not None and akey(A) != akey(B))
        elif f.startswith("address."):
            sf = f[8:]
            ok = holds(f, w, A[sf], B[sf], ctry(A), ctry(B))
        else:
            ok = holds(f, w, X[f], Y[f])
        if not ok:
            return "label %s:%s does not hold for %r -> %r" % (f, w, (X.get(f) if not f.startswith("address") else A), (Y.get(f) if not f.startswith("address") else B))
    return ""

def profile_ok(p, labels):
    n = len(labels)
    h = sum(1 for l in labels if l.split(":")[1] in HARD)
    if p == "light":
        return 1 <= n <= 2
    if p == "medium":
        return 2 <= n <= 4
    if p == "harsh":
        return n >= 4 and h >= 2
    return False

# ---------------------------------------------------------------- main
def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()

def main():
    sp, mp = os.path.join(HERE, "set.jsonl"), os.path.join(HERE, "meta.jsonl")
    check("files exist", os.path.exists(sp) and os.path.exists(mp))
    try:
        S = [json.loads(l) for l in open(sp, encoding="utf-8")]
        M = [json.loads(l) for l in open(mp, encoding="utf-8")]
        check("json parses", True)
    except Exception as ex:
        check("json parses", False, ex)
        return finish()
    check("3000 records and 3000 labels", len(S) == 3000 and len(M) == 3000, (len(S), len(M)))
    check("first 1500 existing then 1500 incoming", [r["set"] for r in S] == ["existing"] * 1500 + ["incoming"] * 1500)
    EX, IN = S[:1500], S[1500:]
    MEX, MIN = M[:1500], M[1500:]
    # structure
    bad = []
    CK = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
    AK = ["line1", "line2", "city", "region", "postalCode", "country"]
    for i, r in enumerate(S):
        if sorted(r) != ["contact", "entity", "set"] or not re.fullmatch(r"c[0-9a-f]{7}", r["entity"]) or sorted(r["contact"]) != sorted(CK):
            bad.append(i); continue
        c = r["contact"]
        for k in CK[:-1]:
            if c[k] is not None and (not isinstance(c[k], str) or not c[k].strip()):
                bad.append(i)
        if c["displayName"] is None:
            bad.append(i)
        if c["address"] is not None:
            if sorted(c["address"]) != sorted(AK) or any(v is not None and (not isinstance(v, str) or not v.strip()) for v in c["address"].values()) or not c["address"]["line1"] or not c["address"]["postalCode"]:
                bad.append(i)
    check("record structure and non-empty strings or null", not bad, bad[:5])
    meta_ok = all(m["set"] == r["set"] and m["entity"] == r["entity"] and m["index"] == (i if i < 1500 else i - 1500) for i, (m, r) in enumerate(zip(M, S)))
    check("meta aligned (set, index, entity)", meta_ok)
    check("categories valid", all(m["category"] == "existing" for m in MEX) and all(m["category"] in ("match", "new", "hard_negative") for m in MIN))
    check("kinds are person/... or org/...", all(re.fullmatch(r"(person|org)/[a-z_]+", m["kind"]) for m in M))
    orgbad = [i for i, (m, r) in enumerate(zip(M, S)) if (m["kind"].startswith("org/") and not r["contact"]["companyName"]) or (m["kind"].startswith("person/") and r["contact"]["companyName"] is not None)]
    check("organisations have companyName, persons have none", not orgbad, orgbad[:5])
    # existing
    dn = [r["contact"]["displayName"].casefold() for r in EX]
    check("existing sorted by displayName casefolded", dn == sorted(dn))
    check("existing displayNames unique case-insensitively", len(set(dn)) == 1500)
    exent = [r["entity"] for r in EX]
    check("one existing record per customer", len(set(exent)) == 1500)
    check("every existing record has email, phone or address", all(r["contact"]["email"] or r["contact"]["phone"] or r["contact"]["address"] for r in EX))
    check("existing changes empty", all(m["changes"] == [] for m in MEX))
    npers = sum(1 for m in MEX if m["kind"].startswith("person/"))
    check("existing about half persons (40-60%)", 600 <= npers <= 900, npers)
    me = sum(1 for r in EX if r["contact"]["email"] is None) / 15.0
    mph = sum(1 for r in EX if r["contact"]["phone"] is None) / 15.0
    ma = sum(1 for r in EX if r["contact"]["address"] is None) / 15.0
    check("existing missing rates (email 8-17%%, phone 6-14%%, address 10-20%%) = %.1f/%.1f/%.1f" % (me, mph, ma), 8 <= me <= 17 and 6 <= mph <= 14 and 10 <= ma <= 20)
    caps = sum(1 for r in EX if r["contact"]["displayName"] == r["contact"]["displayName"].upper() and re.search(r"[A-Z]{3}", r["contact"]["displayName"]))
    lows = sum(1 for r in IN if r["contact"]["displayName"] == r["contact"]["displayName"].lower())
    check("ALL-CAPS old imports in existing (%d) and lower-case portal entries in incoming (%d)" % (caps, lows), caps >= 30 and lows >= 20)
    cat = Counter(m["category"] for m in MIN)
    check("composition match ~55%% / new ~35%% / hard_negative 150: %s" % dict(cat), 780 <= cat["match"] <= 870 and 480 <= cat["new"] <= 570 and cat["hard_negative"] == 150)
    exidx = {e: i for i, e in enumerate(exent)}
    # ownership over the whole file
    own_e, own_p, own_a = {}, {}, {}
    for r in S:
        c, e = r["contact"], r["entity"]
        if c["email"]:
            own_e.setdefault(ekey(c["email"]), set()).add(e)
        for k in pkeys(c["phone"]):
            own_p.setdefault(k, set()).add(e)
        if c["address"]:
            own_a.setdefault(akey(c["address"]), set()).add(e)
    def evid(e, X, Y, labels):
        ev = []
        if X["email"] and Y["email"]:
            a, b = ekey(X["email"]), ekey(Y["email"])
            if (a == b or ("email:typo" in labels and dl1(a, b) == 1)) and own_e[a] == {e} and own_e[b] == {e}:
                ev.append("email")
        if X["phone"] and Y["phone"] and any(own_p[k] == {e} for k in set(pkeys(X["phone"])) & set(pkeys(Y["phone"]))):
            ev.append("phone")
        if X["address"] and Y["address"] and akey(X["address"]) == akey(Y["address"]) and own_a[akey(X["address"])] == {e}:
            ev.append("address")
        return ev
    # labels == differences
    errs = []
    for i, m in enumerate(MIN):
        Y = IN[i]["contact"]
        if m["category"] == "match":
            X = EX[m["compare_index"]]["contact"]
        elif m["category"] == "new" and m["occurrence"] >= 2:
            X = IN[m["compare_index"]]["contact"]
        elif m["category"] == "hard_negative":
            X = EX[m["anchor_index"]]["contact"]
        else:
            if m["changes"]:
                errs.append((i, "first occurrence with changes"))
            continue
        err = verify_changes(X, Y, m["changes"])
        if err:
            errs.append((i, err))
    check("labels == differences (field sets and label semantics)", not errs, errs[:4])
    # typo rule
    ty = []
    for i, m in enumerate(MIN):
        for l in m["changes"]:
            f, w = l.split(":", 1)
            if w == "typo" and f in NAMEF:
                X = EX[m["compare_index"]]["contact"] if m["category"] == "match" else (IN[m["compare_index"]]["contact"] if m["category"] == "new" else EX[m["anchor_index"]]["contact"])
                if not name_typo(X[f], IN[i]["contact"][f]):
                    ty.append(i)
    check("name typos are one edit, never on a word's first letter", not ty)
    # matches
    errs = []
    matched = Counter()
    for i, m in enumerate(MIN):
        if m["category"] != "match":
            continue
        if m.get("compare_set") != "existing" or m["entity"] != exent[m["compare_index"]]:
            errs.append((i, "compare")); continue
        matched[m["entity"]] += 1
        if not profile_ok(m.get("profile"), m["changes"]):
            errs.append((i, "profile", m.get("profile"), m["changes"]))
        ev = evid(m["entity"], EX[m["compare_index"]]["contact"], IN[i]["contact"], m["changes"])
        if not ev or sorted(ev) != sorted(m.get("evidence", [])):
            errs.append((i, "evidence", ev, m.get("evidence")))
    check("matches: compare record, profile ranges, evidence == computed and non-empty", not errs, errs[:4])
    check("each existing customer matched at most once", all(v == 1 for v in matched.values()))
    pc = Counter(m["profile"] for m in MIN if m["category"] == "match")
    check("all three profiles used: %s" % dict(pc), all(pc[p] >= 100 for p in ("light", "medium", "harsh")))
    # new
    errs = []
    occ, first = {}, {}
    exset = set(exent)
    ex_em = [ekey(r["contact"]["email"]) for r in EX if r["contact"]["email"]]
    nb = {}
    for e in ex_em:
        for j in range(len(e) + 1):
            nb.setdefault(e[:j] + e[j + 1:], []).append(e)
    ex_ph = set(k for r in EX for k in pkeys(r["contact"]["phone"]))
    ex_ad = set(akey(r["contact"]["address"]) for r in EX if r["contact"]["address"])
    def namekeys(c, org):
        k = set(core_fam(c["familyName"]))
        if org:
            k |= core_org(c["companyName"])
        elif set(toks(c["displayName"])) & TRADE:
            k |= core_org(c["displayName"]) - set(toks(c["givenName"]))
        return k
    ex_names = set()
    for r, m in zip(EX, MEX):
        ex_names |= namekeys(r["contact"], m["kind"].startswith("org/"))
    reps = Counter()
    for i, m in enumerate(MIN):
        if m["category"] != "new":
            continue
        e = m["entity"]
        c = IN[i]["contact"]
        if e in exset:
            errs.append((i, "new entity in existing"))
        occ[e] = occ.get(e, 0) + 1
        if m.get("occurrence") != occ[e]:
            errs.append((i, "occurrence"))
        if occ[e] == 1:
            first[e] = i
        else:
            reps[e] = occ[e]
            if m.get("compare_set") != "incoming" or m.get("compare_index") != first[e] or not profile_ok(m.get("profile"), m["changes"]):
                errs.append((i, "repeat compare/profile"))
            ev = evid(e, IN[first[e]]["contact"], c, m["changes"])
            if not ev or sorted(ev) != sorted(m.get("evidence", [])):
                errs.append((i, "repeat evidence", ev, m.get("evidence")))
        if c["email"]:
            x = ekey(c["email"])
            for j in range(len(x) + 1):
                for y in nb.get(x[:j] + x[j + 1:], []):
                    if dl1(x, y) <= 1:
                        errs.append((i, "email near existing", x, y))
        if set(pkeys(c["phone"])) & ex_ph:
            errs.append((i, "phone shared with existing"))
        if c["address"] and akey(c["address"]) in ex_ad:
            errs.append((i, "address shared with existing"))
        nk = namekeys(c, m["kind"].startswith("org/"))
        if nk & ex_names:
            errs.append((i, "name core used by existing", sorted(nk & ex_names)))
    check("new customers: occurrences, repeats, no shared contact keys or name cores with existing", not errs, errs[:4])
    check("repeats exist (2x and 3x): %d entities" % len(reps), sum(1 for v in reps.values() if v == 2) >= 30 and sum(1 for v in reps.values() if v == 3) >= 5)
    # hard negatives
    errs = []
    types = Counter()
    anchors = []
    hn_ents = Counter(m["entity"] for m in MIN if m["category"] == "hard_negative")
    inent = Counter(m["entity"] for m in MIN)
    for i, m in enumerate(MIN):
        if m["category"] != "hard_negative":
            continue
        types[m["hn_type"]] += 1
        anchors.append(m["anchor"])
        if m["entity"] in exset or inent[m["entity"]] != 1:
            errs.append((i, "hn entity not unique"))
        if exent[m["anchor_index"]] != m["anchor"] or not m.get("rule"):
            errs.append((i, "anchor")); continue
        A, H = EX[m["anchor_index"]]["contact"], IN[i]["contact"]
        aorg = MEX[m["anchor_index"]]["kind"].startswith("org/")
        horg = m["kind"].startswith("org/")
        sh = m["shared"]
        if set(pkeys(A["phone"])) & set(pkeys(H["phone"])):
            errs.append((i, "shares phone"))
        if A["email"] and H["email"]:
            same = ekey(A["email"]) == ekey(H["email"])
            if not same and dl1(ekey(A["email"]), ekey(H["email"])) <= 1:
                errs.append((i, "email within one edit"))
            if same != ("email" in sh):
                errs.append((i, "email shared flag"))
            if same and ekey(A["email"]).split("@")[0] not in ROLE_LOCALS:
                errs.append((i, "shared email not a role mailbox"))
        elif "email" in sh:
            errs.append((i, "email listed but absent"))
        sa = bool(A["address"] and H["address"] and akey(A["address"]) == akey(H["address"]))
        if sa != ("address" in sh):
            errs.append((i, "address shared flag"))
        ka = akey(A["address"]) if A["address"] else None
        kh = akey(H["address"]) if H["address"] else None
        if "building" in sh and not (ka and kh and ka[0] == kh[0] == "NL" and ka[1] == kh[1] and ka[3] == kh[3] and ka[2] == kh[2] == "" and ka[4] != kh[4]):
            errs.append((i, "building"))
        if "email_domain" in sh and not (A["email"] and H["email"] and ekey(A["email"]).split("@")[1] == ekey(H["email"]).split("@")[1] and ekey(A["email"]) != ekey(H["email"])):
            errs.append((i, "email_domain"))
        na = core_org(A["companyName"]) if aorg else core_fam(A["familyName"])
        nh = core_org(H["companyName"]) if horg else core_fam(H["familyName"])
        if ("name" in sh) != bool(na & nh):
            errs.append((i, "name flag"))
        if "trade_name" in sh and not (set(toks(A["displayName"])) & set(toks(H["displayName"])) & TRADE):
            errs.append((i, "trade_name"))
        t = m["hn_type"]
        diff_town = lambda: ka and kh and ka[1] != kh[1] and not same_group(CITY_GROUPS, A["address"]["city"], H["address"]["city"]) and pn(A["address"]["city"]) != pn(H["address"]["city"])
        given_letter = lambda c: (toks(c["givenName"]) or toks(c["displayName"]) or ["?"])[0][0]
        ok = True
        if t == "father_son":
            ok = sa and bool(na & nh) and bool(set(toks(H["displayName"])) & {"jr", "junior"}) and not set(toks(A["displayName"])) & {"jr", "junior"} and H["phone"] is not None
        elif t == "namesake":
            ok = bool(na & nh) and bool(diff_town()) and not sa
        elif t == "holding_werkmaatschappij":
            hh = lambda c: bool(set(toks(c)) & {"holding", "beheer", "beheermaatschappy"})
            ok = aorg and horg and hh(A["companyName"]) != hh(H["companyName"]) and bool(na & nh) and sa and "email" in sh
        elif t == "vve_same_beheerder":
            vv = lambda c: bool(set(toks(c)) & {"vve", "eigenaars"})
            ok = vv(A["companyName"]) and vv(H["companyName"]) and not (na & nh) and sa and "email" in sh
        elif t == "chain_branch":
            ok = aorg and horg and na < nh and bool(diff_town())
        elif t == "spouses":
            ok = sa and not aorg and not horg and given_letter(A) != given_letter(H) and H["phone"] is not None
        elif t == "same_building":
            ok = "building" in sh and not sa and not (na & nh)
        elif t == "gemeente_department":
            ok = "gemeente" in toks(H["companyName"]) and bool(set(toks(H["companyName"])) & {"afdeling", "sector", "team", "dienst"}) and not set(toks(A["companyName"])) & {"afdeling", "sector", "team", "dienst"} and bool(na & nh)
        elif t == "trade_name_other_town":
            ok = not aorg and not horg and "trade_name" in sh and not (core_fam(A["familyName"]) & core_fam(H["familyName"])) and bool(diff_town())
        elif t == "be_nl_same_name":
            ok = aorg and horg and na == nh and ka and kh and ka[0] != kh[0]
        else:
            ok = False
        if not ok:
            errs.append((i, "decidability " + t, A["displayName"], H["displayName"]))
    check("hard negatives: shared verified, no shared phone, e-mail same mailbox or >1 edit, type-specific decidability", not errs, errs[:4])
    check("hard negatives: 10 types x 15: %s" % dict(types), len(types) == 10 and all(v == 15 for v in types.values()))
    check("hard negatives: 150 distinct anchors", len(set(anchors)) == 150)
    # unintended collisions
    errs = []
    exents_of = {}
    for r in EX:
        c = r["contact"]
        if c["email"]:
            exents_of.setdefault(("e", ekey(c["email"])), set()).add(r["entity"])
        if c["address"]:
            exents_of.setdefault(("a", akey(c["address"])), set()).add(r["entity"])
    hnpairs = set()
    for m in MIN:
        if m["category"] == "hard_negative":
            hnpairs.add((m["anchor"], m["entity"]))
    for k, ents in own_p.items():
        if len(ents) > 1:
            errs.append(("phone", k, sorted(ents)))
    anchor_of = {m["entity"]: m["anchor"] for m in MIN if m["category"] == "hard_negative"}
    for kind, own in (("e", own_e), ("a", own_a)):
        for k, ents in own.items():
            if len(ents) < 2:
                continue
            newents = set(m["entity"] for m in MIN if m["category"] == "new")
            okk = all(x in exset or anchor_of.get(x) in ents for x in ents) or all(x in newents for x in ents)
            if kind == "e" and k.split("@")[0] not in ROLE_LOCALS:
                okk = False
            if not okk:
                errs.append((kind, k, sorted(ents)))
    check("collisions only where intended (no shared phones; shared mailboxes/addresses only in existing groups or hard-negative pairs)", not errs, errs[:4])
    # determinism
    scratch = os.path.join(HERE, "_scratch_determinism")
    try:
        shas = []
        for seed in ("0", "12345"):
            d = os.path.join(scratch, seed)
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", d], check=True, env=env)
            shas.append((sha(os.path.join(d, "set.jsonl")), sha(os.path.join(d, "meta.jsonl"))))
        ok = shas[0] == shas[1] == (sha(sp), sha(mp))
        check("determinism: PYTHONHASHSEED=0 and 12345 give identical bytes equal to shipped files", ok, shas)
    except Exception as ex:
        check("determinism", False, ex)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print("set.jsonl  sha256", sha(sp))
    print("meta.jsonl sha256", sha(mp))
    return finish()

def finish():
    failed = [n for n, ok in RESULTS if not ok]
    if failed:
        print("%d CHECK(S) FAILED: %s" % (len(failed), "; ".join(failed)))
        sys.exit(1)
    print("ALL CHECKS PASSED")
    sys.exit(0)

if __name__ == "__main__":
    main()
