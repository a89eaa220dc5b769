#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check.py - independent validator of the "us-latino" benchmark.

It does NOT import gen.py: every key, label rule and constraint is re-implemented here.
One PASS/FAIL line per check; exit 0 with "ALL CHECKS PASSED" or exit 1 with "N CHECK(S) FAILED: ...".
Python 3 standard library only.
"""
import ast
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
N_EXISTING = 1500
N_INCOMING = 1500
RESULTS = []


def report(name, ok, detail=""):
    RESULTS.append((name, bool(ok)))
    line = ("PASS " if ok else "FAIL ") + name
    if not ok and detail:
        line += "  -- " + str(detail)[:600]
    print(line)


# ================================================================================= normalisation (own version)
def norm_case(s):
    return s.casefold()


def repair_mojibake(s):
    if "Ã" in s:
        try:
            return s.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return s
    return s


def deaccent_lower(s):
    d = unicodedata.normalize("NFKD", s.casefold())
    return "".join(ch for ch in d if unicodedata.category(ch) != "Mn")


def folded(s):
    """case, accents, mojibake and the ñ -> nn spelling removed"""
    return deaccent_lower(repair_mojibake(s)).replace("nn", "n")


def squash(s):
    return "".join(ch for ch in folded(s) if ch.isascii() and ch.isalnum())


def words(s):
    return re.findall(r"[0-9a-z]+", folded(s))


def dl1(a, b):
    """True when the optimal-string-alignment distance is exactly 0 or 1"""
    if a == b:
        return True
    if len(a) == len(b):
        pos = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        if len(pos) == 1:
            return True
        if len(pos) == 2 and pos[1] - pos[0] == 1 and a[pos[0]] == b[pos[1]] and a[pos[1]] == b[pos[0]]:
            return True
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1:
        return False
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1:] == short:
            return True
    return False


def one_typo_not_initial(a, b):
    x, y = folded(a), folded(b)
    if x == y or not dl1(x, y):
        return False
    k = 0
    while k < min(len(x), len(y)) and x[k] == y[k]:
        k += 1
    tail = 0
    while tail < min(len(x), len(y)) - k and x[-1 - tail] == y[-1 - tail]:
        tail += 1
    changed_chars = x[k:len(x) - tail] + y[k:len(y) - tail]
    return k > 0 and x[k - 1].isalnum() and changed_chars.isalpha()   # a letter typo, never on a first letter


# ================================================================================= keys (own version)
NUM_LABELS = ("cell", "cel", "celular", "mobile", "home", "casa", "office", "oficina", "work", "main", "tel",
              "whatsapp")
MX_PFX = {"52", "521", "044", "045", "01", "01152", "011521"}


def parse_phone(s):
    """list of (10-digit national number, extension or None, dialling prefix)"""
    if s is None:
        return []
    res = []
    for chunk in re.split(r"/|;|,|\||\bor\b", s.lower()):
        for lab in NUM_LABELS:
            chunk = re.sub(r"\(?\b" + lab + r"\b\)?\s*:?", " ", chunk)
        chunk = chunk.strip(" .:-()\t")
        ext = None
        m = re.search(r"(?:\bext\.?|\bextension|\bx)\s*(\d{1,6})$", chunk)
        if m:
            ext = m.group(1)
            chunk = chunk[:m.start()]
        digits = "".join(ch for ch in chunk if ch.isdigit())
        if not digits:
            continue
        pfx = ""
        if digits[:3] == "011":
            pfx, digits = "011", digits[3:]
        n = len(digits)
        if n == 11 and digits[0] == "1":
            pfx, digits = pfx + "1", digits[1:]
        elif n == 12 and digits[:2] == "52":
            pfx, digits = pfx + "52", digits[2:]
        elif n == 13 and digits[:3] == "521":
            pfx, digits = pfx + "521", digits[3:]
        elif n == 13 and digits[:3] in ("044", "045"):
            pfx, digits = digits[:3], digits[3:]
        elif n == 12 and digits[:2] == "01":
            pfx, digits = "01", digits[2:]
        res.append((digits, ext, pfx))
    return res


def phone_keyset(s):
    return set(p[0] for p in parse_phone(s))


def mail_key(s):
    return s.strip().lower() if s else None


ST_CANON = {"street": "st", "drive": "dr", "road": "rd", "boulevard": "blvd", "avenue": "ave", "av": "ave",
            "avenida": "ave", "lane": "ln", "parkway": "pkwy", "freeway": "fwy", "highway": "hwy", "court": "ct",
            "circle": "cir", "place": "pl", "trail": "trl", "north": "n", "south": "s", "east": "e", "west": "w",
            "southwest": "sw", "northwest": "nw", "oriente": "ote", "poniente": "pte", "norte": "nte"}
ST_IGNORE = {"apt", "apartment", "unit", "ste", "suite", "lot", "no", "num", "spc", "space", "calle"}
UNIT_PAT = re.compile(r"(?:,\s*)?(?:\b(?:apt|apartment|unit|ste|suite|lot|spc|space)\b\.?\s*(?:no\.?\s*)?#?\s*"
                      r"[a-z0-9-]+|#\s*[a-z0-9-]+)")


def _street_text(a):
    segs = []
    for fld in ("line1", "line2"):
        t = folded(a.get(fld) or "")
        t = re.sub(r"\bcol(?:onia)?\b\.?.*$", " ", t)          # Mexican colonia is not part of the key
        segs.append(t)
    t = " ".join(segs)
    t = re.sub(r"\bpost\s+office\s+box\b", " pobox ", t)
    t = re.sub(r"\bp\s*\.?\s*o\s*\.?\s*box\b", " pobox ", t)
    t = re.sub(r"\bfarm\s+to\s+market(?:\s+(?:road|rd))?\b", " fm ", t)
    t = re.sub(r"\bf\s*\.\s*m\s*\.?", " fm ", t)
    return t


def _zip(a):
    d = "".join(ch for ch in (a.get("postalCode") or "") if ch.isdigit())
    return d[:5] if len(d) >= 5 else None


def address_key(a, drop_unit=False):
    if not a:
        return None
    z = _zip(a)
    if not z:
        return None
    t = _street_text(a)
    if drop_unit:
        t = UNIT_PAT.sub(" ", t)
    tk = sorted(ST_CANON.get(w, w) for w in re.findall(r"[a-z0-9]+", t) if w not in ST_IGNORE)
    if not tk:
        return None
    return z + "|" + " ".join(tk)


NICKNAMES = {  # nickname / anglicised form -> canonical given names
    "pepe": ["jose"], "chepe": ["jose"], "joe": ["jose"], "paco": ["francisco"], "pancho": ["francisco"],
    "frank": ["francisco"], "lupe": ["guadalupe"], "lupita": ["guadalupe"], "chuy": ["jesus"],
    "chucho": ["jesus"], "jesse": ["jesus"], "memo": ["guillermo"], "william": ["guillermo"],
    "willie": ["guillermo"], "nacho": ["ignacio"], "nick": ["ignacio"],
    "beto": ["alberto", "gilberto", "humberto", "roberto"], "lalo": ["eduardo"], "eddie": ["eduardo"],
    "edward": ["eduardo"], "tono": ["antonio"], "tony": ["antonio"], "chela": ["graciela"],
    "conchita": ["concepcion"], "concha": ["concepcion"], "lola": ["dolores"], "lolita": ["dolores"],
    "quique": ["enrique"], "henry": ["enrique"], "rigo": ["rigoberto"], "chava": ["salvador"],
    "sal": ["salvador"], "rafa": ["rafael"], "ralph": ["rafael"], "poncho": ["alfonso"], "chayo": ["rosario"],
    "coco": ["socorro"], "nando": ["fernando"], "lencho": ["lorenzo"], "tavo": ["gustavo"], "neto": ["ernesto"],
    "gaby": ["gabriela"], "lety": ["leticia"], "vero": ["veronica"], "paty": ["patricia"], "pat": ["patricia"],
    "chabela": ["isabel"], "tere": ["teresa"], "terry": ["teresa"], "meche": ["mercedes"], "fito": ["rodolfo"],
    "rudy": ["rodolfo"], "chago": ["santiago"], "bety": ["beatriz"], "manolo": ["manuel"], "manny": ["manuel"],
    "quino": ["joaquin"], "mike": ["miguel"], "robert": ["roberto"], "bobby": ["roberto"],
    "richard": ["ricardo"], "rick": ["ricardo"], "ray": ["ramon", "reynaldo"], "gilbert": ["gilberto"],
    "art": ["arturo"], "arthur": ["arturo"], "albert": ["alberto"], "george": ["jorge"], "peter": ["pedro"],
    "john": ["juan"], "louie": ["luis"], "louis": ["luis"], "charlie": ["carlos"], "alex": ["alejandro"],
    "andy": ["andres"], "danny": ["daniel"], "mary": ["maria"], "rose": ["rosa"], "lucy": ["lucia"],
    "helen": ["elena"], "josie": ["josefina"], "maggie": ["margarita"], "alice": ["alicia"],
    "connie": ["consuelo"]}
ANGLO = {"joe", "frank", "jesse", "william", "willie", "nick", "eddie", "edward", "tony", "henry", "sal", "ralph",
         "pat", "terry", "rudy", "manny", "mike", "robert", "bobby", "richard", "rick", "ray", "gilbert", "art",
         "arthur", "albert", "george", "peter", "john", "louie", "louis", "charlie", "alex", "andy", "danny",
         "mary", "rose", "lucy", "helen", "josie", "maggie", "alice", "connie"}
NICKNAMES = dict((folded(k), v) for k, v in sorted(NICKNAMES.items()))   # same folding as the data (nn -> n)
ANGLO = set(folded(k) for k in ANGLO)
SHORT_FORMS = {"ma": "maria", "gpe": "guadalupe", "fco": "francisco", "hnos": "hermanos", "hno": "hermano",
               "cia": "compania", "bros": "brothers", "const": "construction", "constr": "construction",
               "svc": "service", "svcs": "services", "mtz": "martinez", "hdz": "hernandez", "glz": "gonzalez",
               "rdz": "rodriguez", "sta": "santa", "sto": "santo", "st": "saint", "ntra": "nuestra",
               "sra": "senora", "mfg": "manufacturing", "intl": "international", "assoc": "associates"}
PART = {"de", "la", "del", "los", "las", "y"}
SUFX = {"jr", "sr", "ii", "iii", "iv"}
LEGAL_WORDS = {"llc", "inc", "co", "corp", "corporation", "incorporated", "company", "ltd", "lp", "llp", "pllc", "pc"}
LEGAL_RUNS = [["s", "de", "rl", "de", "cv"], ["sa", "de", "cv"], ["s", "de", "rl"]]
FILLER = {"de", "la", "el", "los", "las", "del", "y", "and", "e", "the", "of"}
DBA_SPLIT = re.compile(r"\s+(?:dba|d/b/a|d\.b\.a\.?|doing business as)\s+")


def canon_given(t):
    t = SHORT_FORMS.get(t, t)
    return [t] + [c for c in NICKNAMES.get(t, []) if c != t]


def pkeys(c):
    g, f = c.get("givenName"), c.get("familyName")
    if not g or not f:
        return set()
    gt = next((w for w in words(g) if w not in PART and len(w) > 1), None)
    fu, acc_ = None, ""
    for w in words(f):
        acc_ += w
        if w not in PART:
            fu = acc_
            break
    if fu is None and acc_:
        fu = acc_
    if not gt or not fu:
        return set()
    return set("|".join(sorted((x, fu))) for x in canon_given(gt))


def unqualified(s):
    return re.sub(r"\s*(?:\([^()]*\)|-\s*\d+)\s*$", "", s)


def glue_letters(tk):
    out, buf = [], ""
    for t in tk:
        if len(t) == 1 and t.isalpha():
            buf += t
            continue
        if buf:
            out.append(buf)
            buf = ""
        out.append(t)
    if buf:
        out.append(buf)
    return out


def strip_legal(tk):
    tk = list(tk)
    again = True
    while again:
        again = False
        for run in LEGAL_RUNS:
            for i in range(0, len(tk) - len(run) + 1):
                if tk[i:i + len(run)] == run:
                    del tk[i:i + len(run)]
                    again = True
                    break
            if again:
                break
    return [t for t in tk if t not in LEGAL_WORDS]


def core(s):
    t = DBA_SPLIT.sub(" ", folded(unqualified(s)))
    tk = glue_letters(re.findall(r"[a-z0-9]+", t.replace("&", " and ")))
    tk = [SHORT_FORMS.get(x, x) for x in strip_legal(tk)]
    return " ".join(sorted(set(x for x in tk if x not in FILLER)))


def cores(c):
    out = set()
    for fld in ("displayName", "companyName"):
        v = c.get(fld)
        if not v:
            continue
        parts = [v]
        sp = DBA_SPLIT.split(folded(unqualified(v)))
        if len(sp) == 2:
            parts += sp
        for p in parts:
            k = core(p)
            if k:
                out.add(k)
    return out


# ================================================================================= label semantics (own version)
NAME_FIELDS = ("displayName", "givenName", "familyName", "companyName")
SEVERE = {"missing", "changed", "moved", "partial"}
ADDR_F = ("line1", "line2", "city", "region", "postalCode", "country")
ADDR_CORE = ("line1", "line2", "city", "region", "postalCode")


def nick_related(x, y, anglo):
    if x == y:
        return False

    def ok(n):
        return (n in ANGLO) == anglo
    cx = NICKNAMES.get(x, []) if ok(x) else []
    cy = NICKNAMES.get(y, []) if ok(y) else []
    return y in cx or x in cy or bool(set(cx) & set(cy))


def aligned(A, B, rel, drops):
    S, L = (A, B) if len(A) <= len(B) else (B, A)
    if not drops and len(S) != len(L):
        return False
    memo = {}

    def go(i, j, hit):
        key = (i, j, hit)
        if key in memo:
            return memo[key]
        if i == len(S):
            r = hit and (drops or j == len(L))
        else:
            r = False
            hi = len(L) if drops else min(j + 1, len(L))
            for jj in range(j, hi):
                if S[i] == L[jj] and go(i + 1, jj + 1, hit):
                    r = True
                    break
                if rel(S[i], L[jj]) and go(i + 1, jj + 1, True):
                    r = True
                    break
        memo[key] = r
        return r
    return go(0, 0, False)


def subseq(S, L):
    i = 0
    for x in L:
        if i < len(S) and S[i] == x:
            i += 1
    return i == len(S)


def abbrev_form(s):
    tk = re.findall(r"[a-z0-9]+", folded(s).replace("&", " and "))
    return "".join(SHORT_FORMS.get(t, t) for t in tk if SHORT_FORMS.get(t, t) not in ("and", "y", "e"))


def dba_parts(s):
    p = DBA_SPLIT.split(folded(s))
    return p if len(p) == 2 else None


def structural_ok(what, field, a, b):
    qa, qb = unqualified(a), unqualified(b)
    if what == "qualifier":
        return (qa != a or qb != b) and squash(qa) == squash(qb)
    a, b = qa, qb
    A, B = words(a), words(b)
    if what == "dba":
        da, db = dba_parts(a), dba_parts(b)
        if da and not db:
            return squash(b) in (squash(da[0]), squash(da[1]))
        if db and not da:
            return squash(a) in (squash(db[0]), squash(db[1]))
        if da and db:
            return squash(da[0]) == squash(db[0]) or squash(da[1]) == squash(db[1])
        return False
    if what == "suffix":
        return A != B and [t for t in A if t not in SUFX] == [t for t in B if t not in SUFX]
    if what == "legal_form":
        ga, gb = glue_letters(A), glue_letters(B)
        return ga != gb and strip_legal(ga) == strip_legal(gb)
    if what == "abbrev":
        return abbrev_form(a) == abbrev_form(b)
    pa, pb = [t for t in A if t not in PART], [t for t in B if t not in PART]
    if what == "nickname":
        return aligned(pa, pb, lambda x, y: nick_related(x, y, False), True)
    if what == "anglicized":
        return aligned(pa, pb, lambda x, y: nick_related(x, y, True), True)
    if what == "initial":
        return aligned(pa, pb, lambda x, y: (len(x) == 1 and x.isalpha() and y[:1] == x) or
                       (len(y) == 1 and y.isalpha() and x[:1] == y), False)
    if what == "compound_dropped":
        return field == "givenName" and 0 < len(pb) < len(pa) and pa[:len(pb)] == pb
    if what == "compound_added":
        return field == "givenName" and 0 < len(pa) < len(pb) and pb[:len(pa)] == pa
    if what == "second_dropped":
        return field == "familyName" and 0 < len(pb) < len(pa) and pa[:len(pb)] == pb
    if what == "first_dropped":
        return field == "familyName" and 0 < len(pb) < len(pa) and pa[len(pa) - len(pb):] == pb
    if what == "second_added":
        return field == "familyName" and 0 < len(pa) < len(pb) and pb[:len(pa)] == pa
    if what == "first_added":
        return field == "familyName" and 0 < len(pa) < len(pb) and pb[len(pb) - len(pa):] == pa
    if what == "typo":
        return one_typo_not_initial(a, b)
    if what == "word_dropped":
        return len(B) < len(A) and subseq(B, A)
    if what == "word_added":
        return len(A) < len(B) and subseq(A, B)
    if what == "reordered":
        return A != B and sorted(A) == sorted(B)
    return None


STRUCTURAL = ["qualifier", "dba", "suffix", "legal_form", "abbrev", "nickname", "anglicized", "initial",
              "compound_dropped", "compound_added", "second_dropped", "first_dropped", "second_added", "first_added",
              "typo", "word_dropped", "word_added", "reordered"]
NAME_LABELS = set(["missing", "added", "case", "mojibake", "accents", "format", "hyphen", "particle", "swapped",
                   "changed"] + STRUCTURAL)


def name_label_ok(field, what, a, b, ra, rb):
    if what == "missing":
        return a is not None and b is None
    if what == "added":
        return a is None and b is not None
    if a is None or b is None or a == b:
        return False
    lvl_case = a.casefold() == b.casefold()
    moji = repair_mojibake(a) != a or repair_mojibake(b) != b
    lvl_moji = moji and repair_mojibake(a).casefold() == repair_mojibake(b).casefold()
    lvl_acc = folded(a) == folded(b)
    lvl_fmt = squash(a) == squash(b)
    if what == "case":
        return lvl_case
    if what == "mojibake":
        return not lvl_case and lvl_moji
    if what == "accents":
        return not lvl_case and not lvl_moji and lvl_acc
    if what in ("format", "hyphen", "particle"):
        if lvl_acc or not lvl_fmt:
            return False
        if what == "hyphen":
            return ("-" in a or "-" in b) and words(a.replace("-", " ")) == words(b.replace("-", " "))
        if what == "particle":
            return sum(w in PART for w in words(a)) != sum(w in PART for w in words(b))
        return True
    if lvl_fmt:
        return False
    if what == "swapped":
        return field in ("givenName", "familyName") and all(ra.get(k) and rb.get(k) for k in ("givenName", "familyName")) \
            and squash(rb["givenName"]) == squash(ra["familyName"]) and squash(rb["familyName"]) == squash(ra["givenName"])
    if what == "changed":
        if field in ("givenName", "familyName") and name_label_ok(field, "swapped", a, b, ra, rb):
            return False
        return not any(structural_ok(w, field, a, b) for w in STRUCTURAL)
    r = structural_ok(what, field, a, b)
    return bool(r)


def email_label_ok(what, a, b):
    if what == "missing":
        return a is not None and b is None
    if what == "added":
        return a is None and b is not None
    if a is None or b is None or a == b:
        return False
    x, y = a.lower(), b.lower()
    if what == "case":
        return x == y
    if what == "typo":
        return x != y and dl1(x, y)
    if what == "changed":
        return not dl1(x, y)
    return False


def phone_label_ok(what, a, b):
    if what == "missing":
        return a is not None and b is None
    if what == "added":
        return a is None and b is not None
    if a is None or b is None or a == b:
        return False
    pa, pb = parse_phone(a), parse_phone(b)
    ka, kb = set(p[0] for p in pa), set(p[0] for p in pb)
    if not ka or not kb:
        return False
    if what in ("format", "extension", "mx_prefix", "country_code"):
        if ka != kb:
            return False
        xa, xb = dict((p[0], p[1]) for p in pa), dict((p[0], p[1]) for p in pb)
        if what == "extension":
            return xa != xb
        if xa != xb:
            return False
        fa, fb = dict((p[0], p[2]) for p in pa), dict((p[0], p[2]) for p in pb)
        diffs = [(fa[k], fb[k]) for k in sorted(ka) if fa[k] != fb[k]]
        if what == "mx_prefix":
            return bool(diffs) and any(x in MX_PFX or y in MX_PFX for x, y in diffs)
        if what == "country_code":
            return bool(diffs) and all(x in ("", "1") and y in ("", "1") for x, y in diffs)
        return True
    if what == "second_added":
        return ka < kb
    if what == "second_dropped":
        return kb < ka
    if what == "typo":
        return len(ka) == 1 and len(kb) == 1 and ka != kb and dl1(list(ka)[0], list(kb)[0])
    if what == "changed":
        return not (ka & kb) and not (len(ka) == 1 and len(kb) == 1 and dl1(list(ka)[0], list(kb)[0]))
    return False


def addr_label_ok(what, a, b):
    if what == "missing":
        return a is not None and b is None
    if what == "added":
        return a is None and b is not None
    if a is None or b is None or a == b:
        return False
    diff = [f for f in ADDR_F if a.get(f) != b.get(f)]

    def all_eq(fn):
        for f in ADDR_F:
            x, y = a.get(f), b.get(f)
            if (x is None) != (y is None):
                return False
            if x is not None and fn(x) != fn(y):
                return False
        return True
    lvl_case = all_eq(norm_case)
    lvl_acc = all_eq(folded)
    ka, kb = address_key(a), address_key(b)
    same = ka is not None and ka == kb
    if what == "case":
        return lvl_case
    if what == "accents":
        return lvl_acc and not lvl_case
    if what == "country":
        return diff == ["country"]
    if what in ("format", "zip4", "region", "unit", "street_abbrev"):
        if not same or lvl_acc:
            return False
        if what == "zip4":
            return diff == ["postalCode"]
        if what == "region":
            return diff == ["region"]
        if what == "street_abbrev":
            return diff == ["line1"]
        if what == "unit":
            def freed(x):
                t = " ".join(folded(x.get(f) or "") for f in ("line1", "line2"))
                return re.findall(r"[a-z0-9]+", UNIT_PAT.sub(" ", t))
            return set(diff) <= {"line1", "line2"} and freed(a) == freed(b)
        return True
    if what in ("partial", "completed"):
        if a.get("country") != b.get("country"):
            return False
        na = set(f for f in ADDR_CORE if a.get(f) is not None)
        nb = set(f for f in ADDR_CORE if b.get(f) is not None)
        if what == "partial":
            return nb < na and all(folded(b[f]) == folded(a[f]) for f in nb)
        return na < nb and all(folded(a[f]) == folded(b[f]) for f in na)
    if what == "typo":
        return diff == ["line1"] and a["line1"] is not None and b["line1"] is not None and \
            one_typo_not_initial(a["line1"], b["line1"])
    ba, bb = address_key(a, True), address_key(b, True)
    if what == "other_unit":
        return not same and ba is not None and ba == bb
    if what == "moved":
        if same or not a.get("line1") or not b.get("line1") or (ba is not None and ba == bb):
            return False
        la = folded(a["line1"] + " " + (a.get("line2") or ""))
        lb = folded(b["line1"] + " " + (b.get("line2") or ""))
        if dl1(la, lb):
            return False
        return not addr_label_ok("partial", a, b) and not addr_label_ok("completed", a, b)
    return False


PHONE_LABELS = {"missing", "added", "format", "extension", "mx_prefix", "country_code", "second_added",
                "second_dropped", "typo", "changed"}
EMAIL_LABELS = {"missing", "added", "case", "typo", "changed"}
ADDR_LABELS = {"missing", "added", "case", "accents", "format", "zip4", "region", "country", "unit", "street_abbrev",
               "typo", "partial", "completed", "moved", "other_unit"}


def label_ok(lab, ra, rb):
    if ":" not in lab:
        return False
    fld, what = lab.split(":", 1)
    a, b = ra.get(fld), rb.get(fld)
    if fld in NAME_FIELDS:
        return what in NAME_LABELS and name_label_ok(fld, what, a, b, ra, rb)
    if fld == "email":
        return what in EMAIL_LABELS and email_label_ok(what, a, b)
    if fld == "phone":
        return what in PHONE_LABELS and phone_label_ok(what, a, b)
    if fld == "address":
        return what in ADDR_LABELS and addr_label_ok(what, a, b)
    return False


def profile_ok(profile, labels):
    n = len(labels)
    sev = sum(1 for l in labels if l.split(":", 1)[1] in SEVERE)
    if profile == "light":
        return 1 <= n <= 2
    if profile == "medium":
        return 2 <= n <= 4
    if profile == "harsh":
        return n >= 4 and sev >= 2
    return False


# ================================================================================= main
def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def main():
    for fn in ("gen.py", "check.py", "README.txt", "set.jsonl", "meta.jsonl", "TASK.md"):
        report("file present: " + fn, os.path.isfile(os.path.join(HERE, fn)))
    # ---- code hygiene
    std = {"argparse", "collections", "copy", "hashlib", "json", "os", "random", "re", "sys", "unicodedata",
           "itertools", "math", "string", "functools", "shutil", "subprocess", "ast"}
    tree = ast.parse(open(os.path.join(HERE, "gen.py"), encoding="utf-8").read())
    mods = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods += [a.name.split(".")[0] for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            mods.append((node.module or "").split(".")[0])
    report("gen.py imports only the standard library", all(m in std for m in mods), mods)
    src = open(os.path.join(HERE, "gen.py"), encoding="utf-8").read()
    report("gen.py has one seeded random.Random(SEED) and no module-level random calls",
           len(re.findall(r"random\.Random\(", src)) == 1 and len(re.findall(r"random\.Random\(SEED\)", src)) == 1
           and re.search(r"^SEED = \d+", src, re.M) is not None and
           not re.search(r"\brandom\.(?:random|choice|choices|shuffle|sample|randint|seed|getrandbits)\(", src))
    ctree = ast.parse(open(os.path.join(HERE, "check.py"), encoding="utf-8").read())
    cm = []
    for node in ast.walk(ctree):
        if isinstance(node, ast.Import):
            cm += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            cm.append(node.module or "")
    report("check.py does not import gen.py", "gen" not in cm)

    S = load(os.path.join(HERE, "set.jsonl"))
    M = load(os.path.join(HERE, "meta.jsonl"))
    report("set.jsonl has 3000 lines", len(S) == 3000, len(S))
    report("meta.jsonl has 3000 lines", len(M) == 3000, len(M))
    if len(S) != 3000 or len(M) != 3000:
        return finish()

    # ---- record format
    bad = []
    for i, r in enumerate(S):
        if list(r.keys()) != ["set", "entity", "contact"] or not re.fullmatch(r"c[0-9a-f]{7}", str(r["entity"])):
            bad.append(i)
            continue
        c = r["contact"]
        if list(c.keys()) != ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]:
            bad.append(i)
            continue
        for k in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
                bad.append(i)
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != list(ADDR_F):
                bad.append(i)
            else:
                for k in ADDR_F:
                    if a[k] is not None and (not isinstance(a[k], str) or not a[k].strip()):
                        bad.append(i)
                if all(a[k] is None for k in ADDR_F):
                    bad.append(i)
        if not c["displayName"]:
            bad.append(i)
    report("record format (keys, order, non-empty strings or null, entity c+7 hex)", not bad, bad[:10])
    report("first 1500 existing then 1500 incoming",
           [r["set"] for r in S] == ["existing"] * N_EXISTING + ["incoming"] * N_INCOMING)
    EX = [r["contact"] for r in S[:N_EXISTING]]
    IN = [r["contact"] for r in S[N_EXISTING:]]
    exe = [r["entity"] for r in S[:N_EXISTING]]
    ine = [r["entity"] for r in S[N_EXISTING:]]
    report("existing entity ids unique", len(set(exe)) == N_EXISTING)
    keys_cf = [c["displayName"].casefold() for c in EX]
    report("existing sorted by displayName casefolded", keys_cf == sorted(keys_cf))
    report("existing display names unique case-insensitively", len(set(keys_cf)) == N_EXISTING)
    report("every existing record has e-mail, phone or address",
           all(any(c[k] is not None for k in ("email", "phone", "address")) for c in EX))
    report("every incoming record has e-mail, phone or address",
           all(any(c[k] is not None for k in ("email", "phone", "address")) for c in IN))

    # ---- meta alignment
    ok = all(m.get("set") == r["set"] and m.get("entity") == r["entity"] for m, r in zip(M, S))
    ok = ok and all(M[i]["index"] == i for i in range(N_EXISTING)) and \
        all(M[N_EXISTING + j]["index"] == j for j in range(N_INCOMING))
    report("meta aligned with set (set, index, entity)", ok)
    cats = [m["category"] for m in M]
    report("existing meta category == existing", all(c == "existing" for c in cats[:N_EXISTING]))
    cnt = dict((k, cats[N_EXISTING:].count(k)) for k in ("match", "new", "hard_negative"))
    report("incoming categories only match/new/hard_negative", sum(cnt.values()) == N_INCOMING, cnt)
    report("composition ~55% match, ~35% new, 10% hard negatives",
           780 <= cnt["match"] <= 870 and 480 <= cnt["new"] <= 570 and cnt["hard_negative"] == 150, cnt)
    kinds_ok = all(re.fullmatch(r"(person|org)/[a-z_]+", m.get("kind", "")) for m in M)
    report("kind is person/... or org/...", kinds_ok)
    n_org = sum(1 for m in M[:N_EXISTING] if m["kind"].startswith("org/"))
    report("existing about half organisations", 650 <= n_org <= 850, n_org)
    bad = [i for i, (m, r) in enumerate(zip(M, S)) if
           (m["kind"].startswith("org/") and not r["contact"]["companyName"]) or
           (m["kind"].startswith("person/") and r["contact"]["companyName"] is not None)]
    report("organisations have companyName, persons have none", not bad, bad[:10])
    kind_of = {}
    bad = []
    for m in M:
        if kind_of.setdefault(m["entity"], m["kind"]) != m["kind"]:
            bad.append(m["entity"])
    report("one kind per entity", not bad, bad[:5])
    report("existing meta has empty changes", all(m["changes"] == [] for m in M[:N_EXISTING]))

    ex_index = dict((e, i) for i, e in enumerate(exe))
    # ---- matches
    bad, seen = [], {}
    for j in range(N_INCOMING):
        m = M[N_EXISTING + j]
        if m["category"] != "match":
            continue
        ci = m.get("compare_index")
        if m.get("compare_set") != "existing" or not isinstance(ci, int) or not 0 <= ci < N_EXISTING or \
                exe[ci] != m["entity"] or m.get("profile") not in ("light", "medium", "harsh"):
            bad.append(j)
        seen[m["entity"]] = seen.get(m["entity"], 0) + 1
    report("matches point to the same entity in existing", not bad, bad[:10])
    report("each existing customer matched at most once", all(v == 1 for v in seen.values()))
    # ---- new
    bad = []
    occ, first = {}, {}
    for j in range(N_INCOMING):
        m = M[N_EXISTING + j]
        if m["category"] != "new":
            continue
        e = m["entity"]
        if e in ex_index:
            bad.append((j, "in existing"))
        occ[e] = occ.get(e, 0) + 1
        if m.get("occurrence") != occ[e]:
            bad.append((j, "occurrence"))
        if occ[e] == 1:
            first[e] = j
            if any(k in m for k in ("profile", "evidence", "compare_index")) or m["changes"]:
                bad.append((j, "occ1 fields"))
        else:
            if m.get("compare_set") != "incoming" or m.get("compare_index") != first[e] or \
                    m.get("profile") not in ("light", "medium", "harsh"):
                bad.append((j, "repeat fields"))
    report("new customers: not in existing, occurrence 1,2,3 in order, repeats compare to occurrence 1", not bad,
           bad[:10])
    reps = [v for v in occ.values()]
    report("some new customers repeat (2 and 3 occurrences)", reps.count(2) >= 20 and reps.count(3) >= 5,
           (reps.count(2), reps.count(3)))
    other = set(m["entity"] for m in M[N_EXISTING:] if m["category"] != "new")
    report("new entity ids are used by new records only", not (set(occ) & other))
    # ---- hard negatives
    hn = [(j, M[N_EXISTING + j]) for j in range(N_INCOMING) if M[N_EXISTING + j]["category"] == "hard_negative"]
    types = {}
    anchors = []
    bad = []
    for j, m in hn:
        types[m.get("hn_type")] = types.get(m.get("hn_type"), 0) + 1
        anchors.append(m.get("anchor"))
        ai = m.get("anchor_index")
        if not isinstance(ai, int) or not 0 <= ai < N_EXISTING or exe[ai] != m.get("anchor"):
            bad.append(j)
        if m["entity"] in ex_index or ine.count(m["entity"]) != 1:
            bad.append(j)
        if not isinstance(m.get("rule"), str) or len(m["rule"]) < 20 or not isinstance(m.get("shared"), list):
            bad.append(j)
    report("hard negatives: 10 types x 15", len(types) == 10 and all(v == 15 for v in types.values()), types)
    report("hard negatives: 150 distinct anchors", len(set(anchors)) == 150 and len(anchors) == 150)
    report("hard negatives: anchor/anchor_index valid, own entity, rule and shared given", not bad, bad[:10])

    # ---- labels == differences
    def cmp_of(j):
        m = M[N_EXISTING + j]
        if m["category"] == "match":
            return EX[m["compare_index"]]
        if m["category"] == "hard_negative":
            return EX[m["anchor_index"]]
        if m["category"] == "new" and m.get("occurrence", 1) > 1:
            return IN[m["compare_index"]]
        return None
    bad_fields, bad_labels, n_lab = [], [], 0
    for j in range(N_INCOMING):
        m = M[N_EXISTING + j]
        ra = cmp_of(j)
        if ra is None:
            continue
        rb = IN[j]
        diff = [f for f in ("displayName", "givenName", "familyName", "companyName", "email", "phone", "address")
                if ra[f] != rb[f]]
        labs = m["changes"]
        if [l.split(":", 1)[0] for l in labs] != diff:
            bad_fields.append((j, diff, labs))
        for l in labs:
            n_lab += 1
            if not label_ok(l, ra, rb):
                bad_labels.append((j, l))
    report("changes list exactly the differing fields, one label each, in field order", not bad_fields,
           bad_fields[:5])
    report("every change label holds on the values (%d labels)" % n_lab, not bad_labels, bad_labels[:10])
    bad = []
    for j in range(N_INCOMING):
        m = M[N_EXISTING + j]
        if "profile" in m and not profile_ok(m["profile"], m["changes"]):
            bad.append((j, m["profile"], m["changes"]))
    report("profiles: light 1-2, medium 2-4, harsh >=4 with >=2 missing/changed/moved/partial", not bad, bad[:5])
    profs = [m["profile"] for m in M[N_EXISTING:] if m["category"] == "match"]
    report("all three profiles used for matches, harsh >= 15%",
           all(profs.count(p) > 0 for p in ("light", "medium", "harsh")) and profs.count("harsh") >= 0.15 * len(profs),
           dict((p, profs.count(p)) for p in ("light", "medium", "harsh")))

    # ---- ownership of keys across the whole file
    E, P, A = {}, {}, {}
    allrec = list(zip([r["entity"] for r in S], [r["contact"] for r in S]))
    for e, c in allrec:
        k = mail_key(c["email"])
        if k:
            E.setdefault(k, set()).add(e)
        for k in phone_keyset(c["phone"]):
            P.setdefault(k, set()).add(e)
        k = address_key(c["address"])
        if k:
            A.setdefault(k, set()).add(e)

    def evid(rb, ra, labs, e):
        out = []
        x, y = mail_key(rb["email"]), mail_key(ra["email"])
        if x and y and E.get(x) == {e} and E.get(y) == {e} and (x == y or ("email:typo" in labs and dl1(x, y))):
            out.append("email")
        if any(P.get(k) == {e} for k in phone_keyset(rb["phone"]) & phone_keyset(ra["phone"])):
            out.append("phone")
        x, y = address_key(rb["address"]), address_key(ra["address"])
        if x and x == y and A.get(x) == {e}:
            out.append("address")
        return out
    bad, empty = [], []
    for j in range(N_INCOMING):
        m = M[N_EXISTING + j]
        if "evidence" not in m and not (m["category"] == "match" or (m["category"] == "new" and m["occurrence"] > 1)):
            continue
        ev = evid(IN[j], cmp_of(j), m["changes"], m["entity"])
        if ev != m.get("evidence"):
            bad.append((j, ev, m.get("evidence")))
        if not ev:
            empty.append(j)
    report("link-evidence recomputed == meta evidence", not bad, bad[:5])
    report("every match and repeat keeps >= 1 evidence channel owned by that customer alone", not empty, empty[:10])

    # ---- new customers share nothing with existing
    ex_mail = [mail_key(c["email"]) for c in EX if c["email"]]
    ex_phone = set().union(*[phone_keyset(c["phone"]) for c in EX])
    ex_addr = set(address_key(c["address"]) for c in EX if address_key(c["address"]))
    ex_pk = set().union(*[pkeys(c) for c in EX])
    ex_core = set().union(*[cores(c) for c in EX])
    bymail_len = {}
    for x in ex_mail:
        bymail_len.setdefault(len(x), []).append(x)
    bad = {"email": [], "phone": [], "address": [], "person_key": [], "name_core": []}
    new_by_ent = {}
    for j in range(N_INCOMING):
        m = M[N_EXISTING + j]
        if m["category"] != "new":
            continue
        c = IN[j]
        new_by_ent.setdefault(m["entity"], []).append(c)
        k = mail_key(c["email"])
        if k and any(dl1(k, x) for L in (len(k) - 1, len(k), len(k) + 1) for x in bymail_len.get(L, [])):
            bad["email"].append(j)
        if phone_keyset(c["phone"]) & ex_phone:
            bad["phone"].append(j)
        if address_key(c["address"]) in ex_addr:
            bad["address"].append(j)
        if pkeys(c) & ex_pk:
            bad["person_key"].append(j)
        if cores(c) & ex_core:
            bad["name_core"].append(j)
    for k in ("email", "phone", "address", "person_key", "name_core"):
        report("new customers share no %s with existing records" % k.replace("_", " "), not bad[k], bad[k][:10])
    owners_pk, owners_core = {}, {}
    for e in sorted(new_by_ent):
        for c in new_by_ent[e]:
            for k in pkeys(c):
                owners_pk.setdefault(k, set()).add(e)
            for k in cores(c):
                owners_core.setdefault(k, set()).add(e)
    shared_new = [(k, sorted(v)) for k, v in sorted(owners_pk.items()) + sorted(owners_core.items()) if len(v) > 1]
    report("distinct new customers do not share person keys or name cores", not shared_new, shared_new[:5])

    # ---- hard negatives: channels, shared, decidability
    def city(c):
        a = c["address"]
        return folded(a["city"]) if a and a.get("city") else None

    def surnames(c):
        return [w for w in words(c["familyName"] or "") if w not in PART and w not in SUFX]

    def units(c):      # particles glued to their surname: 'De La Garza' == 'Delagarza'
        out, buf = [], ""
        for w in words(c["familyName"] or ""):
            if w in SUFX:
                continue
            buf += w
            if w not in PART:
                out.append(buf)
                buf = ""
        return out

    def trade_core(c):
        if c["companyName"]:
            return core(c["companyName"])
        d = dba_parts(unqualified(c["displayName"]))
        return core(d[1]) if d else core(c["displayName"])

    def brand(c):
        return core(re.sub(r"\s*(?:#\s*\d+|-\s*[A-Za-zÀ-ÿ .]+)$", "", c["companyName"] or ""))

    def marker(c):
        m_ = re.search(r"(#\s*\d+|-\s*[A-Za-zÀ-ÿ .]+)$", c["companyName"] or "")
        return squash(m_.group(1)) if m_ else None

    generic = {"iglesia", "templo", "ministerio", "parroquia", "church", "centro", "cristiano", "cristiana",
               "asamblea", "dios", "bautista", "pentecostal", "evangelica", "apostolica", "metodista", "catholic",
               "saint", "san", "santa"}

    def name_words(c):
        return set(core(c["companyName"] or c["displayName"]).split()) - generic

    def first_word(c):
        w = words(c["companyName"] or "")
        return w[0] if w else None

    def given1(c):
        w = [x for x in words(c["givenName"] or "") if x not in PART and len(x) > 1]
        return w[0] if w else None

    def nickrel(x, y):
        return x == y or nick_related(x, y, False) or nick_related(x, y, True)

    def no_channel(b, a):
        return mail_key(b["email"]) != mail_key(a["email"]) or not b["email"]

    bad_ch, bad_sh, bad_dec = [], [], []
    for j, m in hn:
        b, a = IN[j], EX[m["anchor_index"]]
        t, sh = m["hn_type"], m["shared"]
        pb, pa = phone_keyset(b["phone"]), phone_keyset(a["phone"])
        mb, ma = mail_key(b["email"]), mail_key(a["email"])
        kb, ka = address_key(b["address"]), address_key(a["address"])
        same_mail = bool(mb and mb == ma)
        same_addr = bool(kb and kb == ka)
        ok = not (pb & pa)
        if mb and ma:
            if same_mail:      # only an organisation's shared mailbox (chain / group office) may be the same
                ok = ok and "email" in sh and t in ("chain_location", "group_llc") and len(E.get(mb, set())) >= 2
            else:
                ok = ok and not dl1(mb, ma)
        ok = ok and (same_addr == ("address" in sh)) and (same_mail == ("email" in sh)) and "phone" not in sh
        if not ok:
            bad_ch.append((j, t))
        checks = {"name": lambda: bool(pkeys(b) & pkeys(a)) if t in ("father_son", "namesake") else
                  bool(cores(b) & cores(a)),
                  "surname": lambda: bool(set(surnames(b)) & set(surnames(a))) or bool(set(units(b)) & set(units(a))),
                  "trade_name": lambda: trade_core(b) == trade_core(a),
                  "brand": lambda: brand(b) == brand(a) and brand(a) != "",
                  "group_name": lambda: bool(set(core(b["companyName"] or "").split()) &
                                             set(core(a["companyName"] or "").split())),
                  "name_words": lambda: bool(name_words(b) & name_words(a)),
                  "building": lambda: address_key(b["address"], True) is not None and
                  address_key(b["address"], True) == address_key(a["address"], True),
                  "city": lambda: city(b) is not None and city(b) == city(a),
                  "email": lambda: same_mail, "address": lambda: same_addr}
        if not all(x in checks and checks[x]() for x in sh):
            bad_sh.append((j, t, sh))
        # type-specific decidability
        isp = m["kind"].startswith("person/")
        if t == "father_son":
            sb = set(words(b["displayName"])) & {"jr", "sr", "ii", "iii"}
            sa = set(words(a["displayName"])) & {"jr", "sr", "ii", "iii"}
            d = isp and bool(pkeys(b) & pkeys(a)) and sb and sa and sb != sa and same_addr and not same_mail
        elif t == "namesake":
            fb, fa = units(b), units(a)
            d = isp and bool(pkeys(b) & pkeys(a)) and len(fb) >= 2 and len(fa) >= 2 and fb[0] == fa[0] and \
                fb[1] != fa[1] and city(a) and city(b) and city(a) != city(b) and not same_addr and not same_mail
        elif t == "brothers_firms":
            sur = set(words(b["familyName"] or "")) & set(words(a["familyName"] or ""))
            d = (not isp) and core(b["companyName"]) != core(a["companyName"]) and \
                bool(sur & set(words(b["companyName"])) & set(words(a["companyName"]))) and \
                given1(b) and given1(a) and not nickrel(given1(b), given1(a)) and not same_addr and not same_mail
        elif t == "chain_location":
            d = (not isp) and brand(b) == brand(a) and marker(b) and marker(a) and marker(b) != marker(a) and \
                not same_addr
        elif t == "group_llc":
            d = (not isp) and core(b["companyName"]) != core(a["companyName"]) and same_addr and \
                bool(set(core(b["companyName"]).split()) & set(core(a["companyName"]).split())) and \
                bool(strip_legal(glue_letters(words(b["companyName"]))) != glue_letters(words(b["companyName"])))
        elif t == "spouses":
            d = isp and same_addr and given1(b) and given1(a) and not nickrel(given1(b), given1(a)) and \
                not (pkeys(b) & pkeys(a)) and not same_mail
        elif t == "dba_other_city":
            d = trade_core(b) == trade_core(a) and city(a) and city(b) and city(a) != city(b) and \
                pkeys(b) and pkeys(a) and not (pkeys(b) & pkeys(a)) and not same_addr and not same_mail
        elif t in ("trailer_park", "apartment"):
            lot_b = "lot" in words((b["address"] or {}).get("line1", "") + " " + ((b["address"] or {}).get("line2") or ""))
            lot_a = "lot" in words((a["address"] or {}).get("line1", "") + " " + ((a["address"] or {}).get("line2") or ""))
            d = isp and address_key(b["address"], True) == address_key(a["address"], True) and not same_addr and \
                pkeys(b) and pkeys(a) and not (pkeys(b) & pkeys(a)) and not same_mail and \
                ((lot_a or lot_b) if t == "trailer_park" else (not lot_a and not lot_b))
        elif t == "church_city":
            cw = {"iglesia", "templo", "ministerio", "parroquia", "church", "centro", "asamblea", "catholic"}
            d = (not isp) and (set(words(b["companyName"])) & cw) and (set(words(a["companyName"])) & cw) and \
                city(a) and city(b) and city(a) != city(b) and not same_addr and not same_mail and \
                (core(b["companyName"]) == core(a["companyName"]) or bool(name_words(b) & name_words(a))) and \
                not (pkeys(b) & pkeys(a))
        else:
            d = False
        if not d:
            bad_dec.append((j, t))
    report("hard negatives never share the anchor's phone; e-mail same shared mailbox or >1 edit away; "
           "address shared only when listed", not bad_ch, bad_ch[:10])
    report("hard negatives: every 'shared' item holds", not bad_sh, bad_sh[:10])
    report("hard negatives: type-specific decidability from the records alone", not bad_dec, bad_dec[:10])

    # ---- collisions only where intended
    hn_of = dict((m["entity"], m) for j, m in hn)
    grouping = {"person/household", "org/group_member", "org/chain_location"}
    bad = []
    for chan, table in (("email", E), ("phone", P), ("address", A)):
        for k in sorted(table):
            es = table[k]
            if len(es) < 2:
                continue
            rest = set(es)
            for e in sorted(es):
                h = hn_of.get(e)
                if h and h["anchor"] in es and chan in h["shared"]:
                    rest.discard(e)
            if len(rest) >= 2 and not all(kind_of[e] in grouping for e in rest):
                bad.append((chan, k, sorted(rest)))
            if len(rest) >= 2 and all(kind_of[e] in ("org/chain_location", "org/group_member") for e in rest):
                common = None      # a group or chain shares a name word (family name / brand)
                for e in sorted(rest):
                    for c in [x for ee, x in allrec if ee == e][:1]:
                        w = set(core(c["companyName"]).split())
                        common = w if common is None else common & w
                if not common:
                    bad.append((chan, k, "group/brand"))
    report("key collisions between customers only in households, groups, chains or listed hard-negative sharing",
           not bad, bad[:5])

    # ---- realism of the existing list
    n = float(N_EXISTING)
    me = sum(c["email"] is None for c in EX) / n
    mp = sum(c["phone"] is None for c in EX) / n
    ma = sum(c["address"] is None for c in EX) / n
    report("existing: 10-15% without e-mail, ~10% without phone, ~15% without address",
           0.10 <= me <= 0.15 and 0.08 <= mp <= 0.13 and 0.11 <= ma <= 0.18, (round(me, 3), round(mp, 3), round(ma, 3)))
    caps = sum(1 for c in EX if c["displayName"] == c["displayName"].upper() and re.search("[A-Z]", c["displayName"]))
    low = sum(1 for c in IN if c["displayName"] == c["displayName"].lower() and re.search("[a-z]", c["displayName"]))
    report("ALL-CAPS old imports in existing (>=5%)", caps >= 75, caps)
    report("lower-case portal entries in incoming (>=5%)", low >= 75, low)

    # ---- phenomena coverage
    def anyrec(fn):
        return sum(1 for c in EX + IN if fn(c))

    def nm(c):
        return " ".join(c[k] or "" for k in ("displayName", "givenName", "familyName", "companyName"))

    def adr(c):
        a = c["address"] or {}
        return " ".join(a.get(k) or "" for k in ADDR_F)
    labels_all = [l for m in M for l in m["changes"]]

    def nlab(what):
        return sum(1 for l in labels_all if l.split(":", 1)[1] == what)
    cover = [
        ("accented names", anyrec(lambda c: re.search("[áéíóúñüÁÉÍÓÚÑÜ]", nm(c))), 300),
        ("double surnames in familyName", anyrec(lambda c: len(units(c)) >= 2), 300),
        ("particles de la / del / De La / joined", anyrec(lambda c: re.search(
            r"\b(?:de la|del|de los|De La|Del|De Los|Delacruz|Delagarza|Delarosa|Delrio|DeLa\w+|Deleon|DeLeon)\b",
            c["familyName"] or "")), 40),
        ("married 'de' surnames", anyrec(lambda c: re.search(r"\w \b[dD]e [A-ZÁÉÍÓÚ]\w+$", c["familyName"] or "")
                                         and not re.search(r"\b[dD]e [lL]", c["familyName"] or "")), 15),
        ("Ma./Gpe./Fco. abbreviations", anyrec(lambda c: re.search(r"\b(?:Ma|Gpe|Fco|MA|GPE)\.", nm(c))), 5),
        ("Jr./Sr.", anyrec(lambda c: re.search(r"\b(?:Jr|Sr|JR|SR)\b", nm(c))), 40),
        ("nicknames", anyrec(lambda c: any(w in NICKNAMES and w not in ANGLO for w in words(c["givenName"] or ""))), 20),
        ("anglicised given names", anyrec(lambda c: any(w in ANGLO for w in words(c["givenName"] or ""))), 20),
        ("Hnos./Hermanos/& Sons", anyrec(lambda c: re.search(r"Hnos|Hermanos|& Sons|Brothers|Bros", nm(c))), 15),
        ("LLC/Inc/Co variants", anyrec(lambda c: re.search(r"\b(?:LLC|L\.L\.C\.|Inc|Co|Corp|S\.A\. de C\.V\.|SA de CV)\b",
                                                         c["companyName"] or "")), 300),
        ("dba displays", anyrec(lambda c: DBA_SPLIT.search(folded(c["displayName"]))), 50),
        ("trade-name display with no companyName", sum(1 for m, r in zip(M, S) if m["kind"] == "person/dba" and
                                                        not DBA_SPLIT.search(folded(r["contact"]["displayName"])) and
                                                        r["contact"]["givenName"] and
                                                        folded(r["contact"]["givenName"]).split()[0] not in
                                                        folded(r["contact"]["displayName"])), 40),
        ("mojibake", anyrec(lambda c: "Ã" in nm(c) + adr(c)), 5),
        ("churches", anyrec(lambda c: re.search(r"Iglesia|Templo|Parroquia|Church|Ministerio", nm(c), re.I)), 60),
        ("Mexican addresses", anyrec(lambda c: c["address"] and (c["address"]["country"] or "") in
                                     ("Mexico", "México", "MX", "MEX", "MEXICO", "MÉXICO")), 60),
        ("colonias", anyrec(lambda c: re.search(r"\bCol(?:onia)?\b", adr(c), re.I)), 40),
        ("PO boxes", anyrec(lambda c: re.search(r"\bP\.? ?O\.? ?Box|Post Office Box", adr(c), re.I)), 40),
        ("FM roads", anyrec(lambda c: re.search(r"\bFM \d|F\.M\. \d|Farm to Market", adr(c), re.I)), 10),
        ("Calle/Avenida streets in Texas", anyrec(lambda c: c["address"] and c["address"]["region"] and
                                                   folded(c["address"]["region"]) in ("tx", "texas") and
                                                   re.search(r"\b(?:Calle|Avenida|Av\.)", adr(c), re.I)), 10),
        ("ZIP+4", anyrec(lambda c: re.search(r"\b\d{5}-\d{4}\b", adr(c))), 150),
        ("Lot", anyrec(lambda c: re.search(r"\bLot\b", adr(c), re.I)), 30),
        ("Apt/#/Unit", anyrec(lambda c: re.search(r"\bApt|#|\bUnit\b|Apartment", (c["address"] or {}).get("line1", "") +
                                                  " " + ((c["address"] or {}).get("line2") or ""))), 150),
        ("Ste/Suite", anyrec(lambda c: re.search(r"\bSte\b|\bSuite\b", adr(c), re.I)), 40),
        ("(713) 555-0134 style", anyrec(lambda c: re.search(r"\(\d{3}\) \d{3}-\d{4}", c["phone"] or "")), 300),
        ("713-555-0134 style", anyrec(lambda c: re.search(r"(?<![\d(])\d{3}-\d{3}-\d{4}", c["phone"] or "")), 200),
        ("7135550134 style", anyrec(lambda c: re.search(r"(?<![\d+])\d{10}(?!\d)", c["phone"] or "")), 40),
        ("+1 numbers", anyrec(lambda c: "+1" in (c["phone"] or "")), 40),
        ("extensions", anyrec(lambda c: re.search(r"\bext|\bx\d", c["phone"] or "", re.I)), 15),
        ("two numbers in one field", anyrec(lambda c: len(parse_phone(c["phone"])) >= 2), 80),
        ("cell labels", anyrec(lambda c: re.search(r"\bcel", c["phone"] or "", re.I)), 30),
        ("+52 numbers", anyrec(lambda c: "+52" in (c["phone"] or "") or "011 52" in (c["phone"] or "")), 40),
        ("044/045/01 prefixes", anyrec(lambda c: re.match(r"(?:044|045|01) ", c["phone"] or "")), 8),
        ("gmail", anyrec(lambda c: "@gmail." in (c["email"] or "").lower()), 200),
        ("yahoo", anyrec(lambda c: "@yahoo." in (c["email"] or "").lower()), 60),
        ("hotmail", anyrec(lambda c: "@hotmail." in (c["email"] or "").lower()), 60),
        ("outlook", anyrec(lambda c: "@outlook." in (c["email"] or "").lower()), 30),
        ("att.net", anyrec(lambda c: "@att.net" in (c["email"] or "").lower()), 20),
        ("family-shared mailboxes", sum(1 for k, v in E.items() if len(v) >= 2 and re.search("famil|^los", k)), 6),
        ("office@ group mailboxes", sum(1 for k, v in E.items() if len(v) >= 2 and re.match("(office|admin)", k)), 5),
        ("label nickname", nlab("nickname"), 10), ("label anglicized", nlab("anglicized"), 10),
        ("label accents", nlab("accents"), 50), ("label typo", nlab("typo"), 100),
        ("label second_dropped", nlab("second_dropped"), 20), ("label first_dropped", nlab("first_dropped"), 5),
        ("label legal_form", nlab("legal_form"), 50), ("label dba", nlab("dba"), 10),
        ("label qualifier", nlab("qualifier"), 1), ("label swapped", nlab("swapped"), 10),
        ("label moved", nlab("moved"), 50), ("label mx_prefix", nlab("mx_prefix"), 3),
        ("label zip4", nlab("zip4"), 3), ("label particle", nlab("particle"), 1),
    ]
    for a, b, c in cover:
        report("coverage: %s = %d (min %d)" % (a, b, c), b >= c)

    # ---- determinism and shipped files
    scratch = os.path.join(HERE, ".determinism_scratch")
    shutil.rmtree(scratch, ignore_errors=True)
    hashes = []
    try:
        for seed in ("0", "12345"):
            d = os.path.join(scratch, "h" + seed)
            env = dict(os.environ)
            env["PYTHONHASHSEED"] = seed
            subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", d], env=env, check=True,
                           stdout=subprocess.DEVNULL)
            hashes.append((sha(os.path.join(d, "set.jsonl")), sha(os.path.join(d, "meta.jsonl"))))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    report("determinism: PYTHONHASHSEED=0 and 12345 give identical SHA-256", len(hashes) == 2 and hashes[0] == hashes[1],
           hashes)
    shipped = (sha(os.path.join(HERE, "set.jsonl")), sha(os.path.join(HERE, "meta.jsonl")))
    report("shipped set.jsonl/meta.jsonl are what gen.py produces", hashes and hashes[0] == shipped)
    readme = open(os.path.join(HERE, "README.txt"), encoding="utf-8").read()
    ok = True
    for fn in ("set.jsonl", "meta.jsonl", "gen.py", "check.py"):
        m = re.search(r"^\s*([0-9a-f]{64})\s+" + re.escape(fn) + r"\s*$", readme, re.M)
        ok = ok and m is not None and m.group(1) == sha(os.path.join(HERE, fn))
    report("README.txt lists the SHA-256 of set.jsonl, meta.jsonl, gen.py and check.py", ok)
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
