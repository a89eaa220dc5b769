#!/usr/bin/env python3
"""Independent validator for the tr-yapi benchmark (does not import gen.py).
Re-derives keys, labels, evidence, shared items and hard-negative decidability from the values.
Usage: python3 check.py [DIR]"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
D = sys.argv[1] if len(sys.argv) > 1 else HERE
RESULTS = []


def check(name, ok, detail=""):
    RESULTS.append((name, bool(ok)))
    print("%s  %s%s" % ("PASS" if ok else "FAIL", name, ("  -- " + str(detail)[:300]) if (detail and not ok) else ""))


# ----------------------------------------------------------------------------- normalisation (own copy)
TRMAP = str.maketrans({'ı': 'i', 'İ': 'i', 'I': 'i', 'ş': 's', 'Ş': 's', 'ğ': 'g', 'Ğ': 'g', 'ç': 'c', 'Ç': 'c',
                       'ö': 'o', 'Ö': 'o', 'ü': 'u', 'Ü': 'u', 'â': 'a', 'Â': 'a', 'î': 'i', 'û': 'u', 'ə': 'e',
                       'Ə': 'e', 'ä': 'a', 'ß': 'ss', 'é': 'e'})
MOJ_MARK = ('Ã', 'Ä', 'Å', 'É', 'â€')


def has_moj(s):
    return bool(s) and any(m in s for m in MOJ_MARK)


def unmoj(s):
    if not has_moj(s):
        return s
    try:
        return s.encode('cp1252').decode('utf-8')
    except UnicodeError:
        return s


def F(s):
    return unmoj(s).translate(TRMAP).lower()


def low_tr(s):
    return s.replace('İ', 'i').replace('I', 'ı').lower()


def low_pl(s):
    return s.replace('İ', 'i').lower()


def one_edit(a, b):
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        d = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(d) == 1 or (len(d) == 2 and d[1] - d[0] == 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]])
    s, l = (a, b) if len(a) < len(b) else (b, a)
    for i in range(len(l)):
        if l[:i] + l[i + 1:] == s:
            return True
    return False


def T(s):
    return re.findall(r'[a-z0-9]+', F(s)) if s else []


# ----------------------------------------------------------------------------- address key
PROVS = ["Ankara", "İzmir", "Eskişehir", "Kırıkkale", "Manisa", "Lefkoşa", "Girne", "Gazimağusa", "Köln", "Duisburg",
         "Berlin", "Bakı", "Sumqayıt"]
DISTS = {"Ankara": "Çankaya Keçiören Yenimahalle Mamak Etimesgut Sincan Altındağ Pursaklar Gölbaşı Polatlı Çubuk "
                   "Kahramankazan Beypazarı Elmadağ Akyurt Kızılcahamam Haymana Nallıhan",
         "İzmir": "Konak Karşıyaka Bornova Buca Çiğli Bayraklı Gaziemir Karabağlar Balçova Narlıdere Menemen Torbalı "
                  "Kemalpaşa Urla",
         "Eskişehir": "Tepebaşı Odunpazarı", "Kırıkkale": "Yahşihan Keskin", "Manisa": "Yunusemre Şehzadeler"}
PROV_SET = set(F(p) for p in PROVS)
DIST_MAP = {}
for p_, ds_ in DISTS.items():
    for d_ in ds_.split():
        DIST_MAP[F(d_)] = F(p_)
STREET_WORDS = [("caddesi", "cad"), ("cadde", "cad"), ("cad.", "cad"), ("cd.", "cad"), ("sokagi", "sok"),
                ("sokak", "sok"), ("sok.", "sok"), ("sk.", "sok"), ("bulvari", "blv"), ("bulv.", "blv"),
                ("blv.", "blv"), ("strasse", "str"), ("str.", "str"), ("kucesi", "kuc"), ("kuc.", "kuc")]


def province(a):
    for f in ("region", "city", "line2"):
        if not a.get(f):
            continue
        words = re.findall(r'[a-z]+', F(a[f]))
        hit = [w for w in words if w in PROV_SET]
        if hit:
            return hit[0]
        hit = [DIST_MAP[w] for w in words if w in DIST_MAP]
        if hit:
            return hit[0]
    return None


def parse_addr(a):
    if not a or not a.get("line1"):
        return None
    s = F(a["line1"])
    mah = ""
    m = re.search(r'(?<![a-z0-9])(mahallesi|mah\.|mh\.)\s*', s)
    if m:
        mah = " ".join(s[:m.start()].replace(".", " ").replace(",", " ").split())
        s = s[m.end():]
    best = None
    for w, canon in STREET_WORDS:
        for mm in re.finditer(re.escape(w), s):
            st, en = mm.start(), mm.end()
            if st > 0 and (s[st - 1].isalnum()):
                continue
            if en < len(s) and s[en] not in " ,":
                continue
            if best is None or st < best[0] or (st == best[0] and en > best[1]):
                best = (st, en, canon)
            break
    if best is None:
        return None
    street = " ".join(s[:best[0]].replace(".", " ").replace(",", " ").split())
    rest = s[best[1]:]
    no = unit = ""
    m = re.match(r'\s*,?\s*(?:no\s*:?\s*)?(\d+)', rest)
    if m:
        no = m.group(1)
        r2 = rest[m.end():]
        m2 = re.match(r'\s*/\s*(\d+)', r2) or re.search(r'(?<![a-z])(?:d|daire|menzil)\s*:?\s*(\d+)', r2)
        if m2:
            unit = m2.group(1)
    return (mah, street, best[2], no, unit, province(a))


def akey(a):
    p = parse_addr(a)
    if not p or not p[1] or not p[3] or not p[5]:
        return None
    return "|".join([p[1], p[2], p[3], p[4], p[5]])


# ----------------------------------------------------------------------------- phone key
def phones(v):
    res = []
    if not v:
        return res
    for part in re.split(r'\s[/,;]\s|,\s|\s-\s', v):
        ext = ""
        m = re.search(r'(?i)\(?\s*(?:dahili|dah\.)\s*:?\s*(\d+)\s*\)?', part)
        if m:
            ext = m.group(1)
            part = part[:m.start()] + part[m.end():]
        part = re.sub(r'(?i)\b(?:gsm|tel|cep)\s*:', '', part).replace("(0)", "")
        d = "".join(ch for ch in part if ch.isdigit())
        if not d:
            continue
        if d[:2] == "00":
            d = d[2:]
        elif d[0] == "0":
            d = "90" + d[1:]
        elif len(d) == 10:
            d = "90" + d
        res.append((d, ext))
    return res


def pkeys(v):
    return sorted(set(k for k, _ in phones(v)))


# ----------------------------------------------------------------------------- names
TITLES = {"av", "dr", "muh", "sn", "haci", "bey", "hanim", "usta"}
NICKS = {"mehmet": "memo", "abdullah": "apo", "huseyin": "huso", "mustafa": "musti"}
ABBR = {"ins": "insaat", "taah": "taahhut", "san": "sanayi", "tic": "ticaret", "ltd": "limited", "sti": "sirketi",
        "elk": "elektrik", "hird": "hirdavat", "koop": "kooperatifi", "der": "dernegi", "apt": "apartmani",
        "yon": "yonetimi", "mud": "mudurlugu", "bel": "belediyesi", "bld": "belediyesi", "sb": "subesi", "sit": "sitesi",
        "mim": "mimarlik", "malz": "malzemeleri", "tes": "tesisat", "isl": "isleri", "yap": "yaptirma",
        "yas": "yasatma", "cami": "camii", "nalburiye": "nalbur", "hz": "hazreti"}
GEN = set("limited sirketi anonim kollektif sanayi ticaret taahhut insaat yapi malzemeleri hirdavat nalbur market "
          "elektrik tesisat sihhi boya mimarlik emlak gmbh mmc bau tikinti subesi apartmani sitesi yonetimi "
          "kooperatifi konut dernegi yaptirma yasatma camii belediyesi mudurlugu sinirli sorumlu isi yalitim "
          "aluminyum pvc mermer seramik dekorasyon parke ilkokulu ortaokulu lisesi mesleki teknik imam hatip fen "
          "isleri".split())


def onorm(s):
    s = F(s)
    s = re.sub(r'(?<![a-z])ltd\.?\s*sti(?![a-z])\.?', ' limited sirketi ', s)
    s = re.sub(r'(?<![a-z])koll\.?\s*sti(?![a-z])\.?', ' kollektif sirketi ', s)
    s = re.sub(r'(?<![a-z])a\.\s*s(?![a-z])\.?|(?<![a-z])as(?![a-z])', ' anonim sirketi ', s)
    s = re.sub(r'(?<![a-z])s\.\s*s\.', ' sinirli sorumlu ', s)
    r = []
    for t in re.findall(r'[a-z0-9]+', s):
        t = ABBR.get(t, t)
        if t != "ve":
            r += t.split()
    return r


def trade_of(disp):
    if not disp:
        return None
    parts = re.split(r'\s[–-]\s', disp, maxsplit=1)
    return parts[0] if len(parts) == 2 else None


def core1(c):
    src = c["companyName"] or trade_of(c["displayName"])
    if not src:
        return None
    cs = [t for t in onorm(src) if t not in GEN]
    return cs[0] if cs else None


def nt(s):
    return [t for t in T(s) if t not in TITLES]


def person_key(c):
    g, f = nt(c["givenName"]), nt(c["familyName"])
    return (g[0] + "|" + f[-1]) if g and f else None


def proper_sub(a, b):
    if not a or len(a) >= len(b):
        return False
    it = iter(b)
    return all(x in it for x in a)


def gen_label(o, n):
    if low_tr(o) == low_tr(n) or low_pl(o) == low_pl(n):
        return "case"
    if F(o) == F(n):
        return "mojibake" if has_moj(o) != has_moj(n) else "tr_chars"
    if T(o) == T(n):
        return "format"
    if one_edit(F(o), F(n)):
        return "typo"
    return None


def lab_pfield(f, o, n, O, N):
    to, tn = T(o), T(n)
    if f == "givenName" and to != tn and "".join(to) == "".join(tn):
        return "joined"
    g = gen_label(o, n)
    if g:
        return g
    if O["givenName"] and O["familyName"] and N["givenName"] and N["familyName"] and \
            T(O["givenName"] + " " + O["familyName"]) == T(N["givenName"] + " " + N["familyName"]):
        return "split"
    if f == "givenName" and "".join(to) == "".join(tn):
        return "joined"
    ao, an = [t for t in to if t not in TITLES], [t for t in tn if t not in TITLES]
    if ao == an:
        return "title"
    if f == "givenName" and ao and an and NICKS.get(ao[0]) == an[0]:
        return "nickname"
    if f == "familyName" and len(to) >= 2 and tn == to[-1:]:
        return "maiden_dropped"
    if f == "familyName" and len(tn) >= 2 and to == tn[-1:]:
        return "maiden_added"
    if proper_sub(tn, to):
        return "partial"
    if proper_sub(to, tn):
        return "extended"
    return "changed"


QUAL = re.compile(r'^(.*?)( \([^()]*\)| - \d+)$')


def lab_display(o, n, org):
    out = []
    qo, qn = QUAL.match(o), QUAL.match(n)
    if qo and not qn:
        out.append("qualifier_dropped"); o = qo.group(1)
    elif qn and not qo:
        out.append("qualifier_added"); n = qn.group(1)
    if o == n:
        return out
    if not org and T(o) != T(n) and "".join(T(o)) == "".join(T(n)):
        return out + ["joined"]
    g = gen_label(o, n)
    if g:
        return out + [g]
    if org:
        a, b = onorm(o), onorm(n)
        if a == b:
            return out + ["format"]
    else:
        if T(o) == T(n):
            return out + ["format"]
        a, b = nt(o), nt(n)
        if a == b:
            return out + ["title"]
        if any(b == a[k:] + a[:k] for k in range(1, len(a))):
            return out + ["surname_first"]
        if "".join(a) == "".join(b):
            return out + ["joined"]
        if a and b and len(a) == len(b) and a[1:] == b[1:] and NICKS.get(a[0]) == b[0]:
            return out + ["nickname"]
    if proper_sub(b, a):
        return out + ["partial"]
    if proper_sub(a, b):
        return out + ["extended"]
    return out + ["changed"]


def lab_company(o, n):
    g = gen_label(o, n)
    if g:
        return g
    a, b = onorm(o), onorm(n)
    if a == b:
        return "format"
    if proper_sub(b, a):
        return "partial"
    if proper_sub(a, b):
        return "extended"
    return "changed"


def lab_phone(o, n):
    po, pn = phones(o), phones(n)
    ko, kn = set(k for k, _ in po), set(k for k, _ in pn)
    if ko == kn:
        return "extension" if sorted(po) != sorted(pn) else "format"
    if kn < ko:
        return "partial"
    if ko < kn:
        return "extended"
    if len(ko) == 1 and len(kn) == 1 and one_edit(list(ko)[0], list(kn)[0]):
        return "typo"
    return "changed"


AF = ("line1", "line2", "city", "region", "country")


def same_by(fn, a, b):
    return (a is None and b is None) or (a is not None and b is not None and fn(a) == fn(b))


def lab_addr(o, n):
    if o == n:
        return []
    ko, kn = akey(o), akey(n)
    if all(same_by(low_tr, o[f], n[f]) or same_by(low_pl, o[f], n[f]) for f in AF):
        p = "case" if any(o[f] != n[f] for f in AF) else None
    elif all(same_by(F, o[f], n[f]) for f in AF):
        p = "mojibake" if any(has_moj(o[f]) != has_moj(n[f]) for f in AF) else "tr_chars"
    elif ko and ko == kn:
        p = "format"
    else:
        a, b = parse_addr(o), parse_addr(n)
        if b is None:
            p = "partial"
        elif a[1:3] == b[1:3] and ((b[3] == "" and a[3]) or (b[4] == "" and a[4] and b[3] == a[3]) or (b[5] is None and a[5])):
            p = "partial"
        elif a[2:] == b[2:] and one_edit(a[1], b[1]):
            p = "typo"
        elif a[3:] == b[3:] and a[3] and (a[0] == b[0] or not a[0] or not b[0]):
            p = "street_renamed"
        else:
            p = "moved"
    out = [p] if p else []
    if p in (None, "case", "tr_chars", "mojibake", "format") and o["postalCode"] != n["postalCode"]:
        out.append("postcode")
    return out


def labels(O, N, org):
    out = []
    for f in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
        o, n = O[f], N[f]
        if o == n:
            continue
        if o is None:
            out.append(f + ":added")
        elif n is None:
            out.append(f + ":missing")
        elif f == "displayName":
            out += [f + ":" + x for x in lab_display(o, n, org)]
        elif f in ("givenName", "familyName"):
            out.append(f + ":" + lab_pfield(f, o, n, O, N))
        elif f == "companyName":
            out.append(f + ":" + lab_company(o, n))
        elif f == "email":
            out.append(f + ":" + ("case" if o.lower() == n.lower() else "typo" if one_edit(o.lower(), n.lower()) else "changed"))
        else:
            out.append(f + ":" + lab_phone(o, n))
    oa, na = O["address"], N["address"]
    if oa is None and na is not None:
        out.append("address:added")
    elif oa is not None and na is None:
        out.append("address:missing")
    elif oa is not None:
        out += ["address:" + x for x in lab_addr(oa, na)]
    return out


# ----------------------------------------------------------------------------- load
def sha(p):
    h = hashlib.sha256()
    with open(p, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def main():
    sp, mp = os.path.join(D, "set.jsonl"), os.path.join(D, "meta.jsonl")
    check("files present", all(os.path.exists(os.path.join(D, f)) for f in ("set.jsonl", "meta.jsonl", "gen.py", "README.txt")))
    try:
        S = [json.loads(l) for l in open(sp, encoding="utf-8")]
        M = [json.loads(l) for l in open(mp, encoding="utf-8")]
    except Exception as e:
        check("json parse", False, e)
        return finish()
    check("3000 set lines / 3000 meta lines", len(S) == 3000 and len(M) == 3000, (len(S), len(M)))
    EX, IN = S[:1500], S[1500:]
    MX, MI = M[:1500], M[1500:]
    check("set order: 1500 existing then 1500 incoming",
          all(s["set"] == "existing" for s in EX) and all(s["set"] == "incoming" for s in IN))
    # schema
    bad = []
    CF = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
    AFL = ["line1", "line2", "city", "region", "postalCode", "country"]
    for i, s in enumerate(S):
        if sorted(s) != ["contact", "entity", "set"] or not re.fullmatch(r'c[0-9a-f]{7}', s["entity"]):
            bad.append(i); continue
        c = s["contact"]
        if list(c) != CF:
            bad.append(i); continue
        for f in CF[:-1]:
            if c[f] is not None and (not isinstance(c[f], str) or not c[f].strip()):
                bad.append(i)
        if c["address"] is not None:
            if list(c["address"]) != AFL or any(v is not None and (not isinstance(v, str) or not v.strip()) for v in c["address"].values()):
                bad.append(i)
        if not c["displayName"]:
            bad.append(i)
    check("record schema (fields, non-empty strings or null, entity ids)", not bad, bad[:5])
    bad = [i for i, (s, m) in enumerate(zip(S, M)) if m["set"] != s["set"] or m["entity"] != s["entity"] or
           m["index"] != (i if i < 1500 else i - 1500)]
    check("meta aligned with set (set, index, entity)", not bad, bad[:5])
    check("kinds are person/... or org/...", all(re.fullmatch(r'(person|org)/[a-z_]+', m["kind"]) for m in M))
    ex_ent = [s["entity"] for s in EX]
    check("existing: one record per customer", len(set(ex_ent)) == 1500)
    exi = {e: i for i, e in enumerate(ex_ent)}
    dn = [s["contact"]["displayName"] for s in EX]
    check("existing sorted by displayName casefolded", all(dn[i].casefold() <= dn[i + 1].casefold() for i in range(1499)))
    check("existing displayNames unique case-insensitively", len(set(d.casefold() for d in dn)) == 1500)
    check("existing: each has email, phone or address",
          all(s["contact"]["email"] or s["contact"]["phone"] or s["contact"]["address"] for s in EX))
    bad = [i for i, (s, m) in enumerate(zip(S, M)) if (m["kind"].startswith("org/") != (s["contact"]["companyName"] is not None))]
    check("organisations have companyName, persons do not", not bad, bad[:5])
    kinds = {}
    for m in M:
        kinds.setdefault(m["entity"], set()).add(m["kind"])
    check("one kind per entity", all(len(v) == 1 for v in kinds.values()))
    norg = sum(1 for m in MX if m["kind"].startswith("org/"))
    check("existing about half organisations (40-60%)", 600 <= norg <= 900, norg)
    ne = sum(1 for s in EX if not s["contact"]["email"]); npn = sum(1 for s in EX if not s["contact"]["phone"])
    na = sum(1 for s in EX if not s["contact"]["address"])
    check("existing missing rates (email 10-16%, phone 7-13%, address 11-18%)",
          150 <= ne <= 240 and 105 <= npn <= 195 and 165 <= na <= 270, (ne, npn, na))
    caps = sum(1 for s in S if s["contact"]["displayName"] == s["contact"]["displayName"].upper() and re.search(r'[A-Z]{3}', s["contact"]["displayName"]))
    lows = sum(1 for s in S if s["contact"]["displayName"] == s["contact"]["displayName"].lower() and re.search(r'[a-z]{3}', s["contact"]["displayName"]))
    mojs = sum(1 for s in S if has_moj(s["contact"]["displayName"]))
    check("ALL-CAPS imports, lower-case portal entries and a few mojibake records present",
          caps >= 60 and lows >= 30 and 3 <= mojs <= 40, (caps, lows, mojs))

    # categories
    cats = {}
    for m in MI:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    check("existing meta category/changes", all(m["category"] == "existing" and m["changes"] == [] for m in MX))
    check("incoming composition (~55% match, ~35% new, 150 hard negatives)",
          750 <= cats.get("match", 0) <= 900 and 450 <= cats.get("new", 0) <= 600 and cats.get("hard_negative", 0) == 150, cats)
    matches = [(i, m) for i, m in enumerate(MI) if m["category"] == "match"]
    bad = [i for i, m in matches if m.get("compare_set") != "existing" or exi.get(m["entity"]) != m.get("compare_index")]
    check("match: entity exists and compare_index points to it", not bad, bad[:5])
    tgt = [m["entity"] for _, m in matches]
    check("each existing customer matched at most once", len(tgt) == len(set(tgt)))
    # new
    seen, first, bad = {}, {}, []
    for i, m in enumerate(MI):
        if m["category"] != "new":
            continue
        e = m["entity"]
        if e in exi:
            bad.append(i)
        seen[e] = seen.get(e, 0) + 1
        if m.get("occurrence") != seen[e]:
            bad.append(i)
        if seen[e] == 1:
            first[e] = i
            if any(k in m for k in ("profile", "evidence", "compare_index")) or m["changes"]:
                bad.append(i)
        elif m.get("compare_set") != "incoming" or m.get("compare_index") != first[e]:
            bad.append(i)
    check("new: not in existing, occurrences 1..n in incoming order, repeats compare to occurrence 1", not bad, bad[:5])
    reps = sum(1 for v in seen.values() if v > 1)
    check("new customers with repeats (2 or 3 occurrences) present", reps >= 30 and max(seen.values()) == 3 and
          all(v <= 3 for v in seen.values()), reps)
    hn = [(i, m) for i, m in enumerate(MI) if m["category"] == "hard_negative"]
    allents_in = {}
    for i, m in enumerate(MI):
        allents_in.setdefault(m["entity"], []).append(m["category"])
    bad = [i for i, m in hn if m["entity"] in exi or allents_in[m["entity"]] != ["hard_negative"]
           or exi.get(m["anchor"]) != m["anchor_index"]]
    check("hard negatives: own new entity, anchor id/index valid", not bad, bad[:5])
    types = {}
    for _, m in hn:
        types.setdefault(m["hn_type"], []).append(m["anchor"])
    check("hard negatives: 10 types x 15, 150 distinct anchors",
          len(types) == 10 and all(len(v) == 15 for v in types.values()) and len(set(a for v in types.values() for a in v)) == 150,
          {k: len(v) for k, v in types.items()})
    check("hard negatives carry rule text", all(isinstance(m.get("rule"), str) and len(m["rule"]) > 20 for _, m in hn))

    # labels
    def cmp_rec(m):
        if m["category"] == "match":
            return EX[m["compare_index"]]["contact"]
        if m["category"] == "new" and m["occurrence"] > 1:
            return IN[m["compare_index"]]["contact"]
        if m["category"] == "hard_negative":
            return EX[m["anchor_index"]]["contact"]
        return None
    bad = []
    for i, m in enumerate(MI):
        O = cmp_rec(m)
        if O is None:
            continue
        lab = labels(O, IN[i]["contact"], m["kind"].startswith("org/"))
        if lab != m["changes"]:
            bad.append((i, lab, m["changes"]))
    check("changes labels == re-derived differences (case/typo/format/extension/changed/missing/added/moved/partial + descriptive)",
          not bad, bad[:3])
    # typo semantics
    bad = []
    for i, m in enumerate(MI):
        O = cmp_rec(m)
        if O is None:
            continue
        N = IN[i]["contact"]
        for l in m["changes"]:
            f, w = l.split(":")
            if w == "typo" and f in ("displayName", "givenName", "familyName", "companyName"):
                a, b = F(O[f]).split(), F(N[f]).split()
                qa = QUAL.match(O[f])
                if f == "displayName" and qa and not QUAL.match(N[f]):
                    a = F(qa.group(1)).split()
                if len(a) != len(b) or [x[0] for x in a] != [x[0] for x in b]:
                    bad.append((i, f, O[f], N[f]))
            if w == "typo" and f == "email" and not one_edit(O[f].lower(), N[f].lower()):
                bad.append((i, f))
    check("typos: one edit, never on a word's first letter in names", not bad, bad[:3])
    # profiles
    bad = []
    SEV = {"missing", "changed", "moved", "partial"}
    for i, m in enumerate(MI):
        if "profile" not in m:
            continue
        n = len(m["changes"]); s = sum(1 for l in m["changes"] if l.split(":")[1] in SEV)
        ok = {"light": 1 <= n <= 2, "medium": 2 <= n <= 4, "harsh": n >= 4 and s >= 2}.get(m["profile"], False)
        if not ok:
            bad.append((i, m["profile"], m["changes"]))
    check("profiles: light 1-2, medium 2-4, harsh >=4 with >=2 missing/changed/moved/partial", not bad, bad[:3])
    prof = {}
    for m in MI:
        if "profile" in m:
            prof[m["profile"]] = prof.get(m["profile"], 0) + 1
    check("all three profiles used", all(prof.get(p, 0) >= 100 for p in ("light", "medium", "harsh")), prof)

    # key ownership over the whole file
    own = {}
    for s in S:
        c, e = s["contact"], s["entity"]
        ks = []
        if c["email"]:
            ks.append("e:" + c["email"].lower())
        ks += ["p:" + k for k in pkeys(c["phone"])]
        k = akey(c["address"])
        if k:
            ks.append("a:" + k)
        for k in ks:
            own.setdefault(k, set()).add(e)
    bad = [i for i, s in enumerate(EX) if s["contact"]["address"] and akey(s["contact"]["address"]) is None]
    check("every existing address parses to an address key", not bad, bad[:3])

    def alone(k, e):
        return own.get(k) == {e}

    def evidence(O, N, e):
        ev = []
        if O["email"] and N["email"]:
            a, b = O["email"].lower(), N["email"].lower()
            if (a == b or one_edit(a, b)) and alone("e:" + a, e) and alone("e:" + b, e):
                ev.append("email")
        if any(k in pkeys(N["phone"]) and alone("p:" + k, e) for k in pkeys(O["phone"])):
            ev.append("phone")
        a, b = akey(O["address"]), akey(N["address"])
        if a and a == b and alone("a:" + a, e):
            ev.append("address")
        return ev
    bad = []
    for i, m in enumerate(MI):
        if "evidence" not in m:
            continue
        ev = evidence(cmp_rec(m), IN[i]["contact"], m["entity"])
        if ev != m["evidence"] or not ev:
            bad.append((i, ev, m["evidence"]))
        if "email:typo" in m["changes"] and "email" not in m["changes"] and False:
            pass
    check("link-evidence rule: evidence == computed set and non-empty for every match and repeat", not bad, bad[:3])
    bad = [i for i, m in enumerate(MI) if m["category"] == "match" or (m["category"] == "new" and m["occurrence"] > 1)
           if "evidence" not in m]
    check("matches and repeats carry profile/evidence", not bad)

    # collisions only where intended
    kind_of = {m["entity"]: m["kind"] for m in M}
    bad = []
    GROUPS_E = [{"org/holding", "org/group_company"}, {"org/apartment_management"}]
    GROUPS_A = [{"org/holding", "org/group_company"}, {"org/apartment_management"}, {"org/cooperative"},
                {"org/municipality", "org/municipal_department"}]
    fam_of = {}
    for s in S:
        f = nt(s["contact"]["familyName"]) if s["contact"]["companyName"] is None else []
        if f:
            fam_of.setdefault(s["entity"], set()).add(f[-1])
    for k, es in own.items():
        if len(es) < 2:
            continue
        ks = set(kind_of[e] for e in es)
        if k.startswith("p:"):
            bad.append(k)
        elif k.startswith("e:"):
            if not any(ks <= g for g in GROUPS_E):
                bad.append(k)
        else:
            if ks <= {"person/household"}:
                fams = [fam_of.get(e, set()) for e in sorted(es)]
                if not set.intersection(*fams):
                    bad.append(k)
            elif not any(ks <= g for g in GROUPS_A):
                bad.append(k)
    check("collisions only where intended (no shared phones; mailboxes only groups/managers; addresses only households/groups/co-ops/municipal buildings)",
          not bad, bad[:5])

    # new customers share nothing with existing
    ex_email = [s["contact"]["email"].lower() for s in EX if s["contact"]["email"]]
    ex_keys = set(k for k, es in own.items() if es & set(ex_ent))
    ex_pk = set(filter(None, (person_key(s["contact"]) for s in EX)))
    ex_core = set(filter(None, (core1(s["contact"]) for s in EX)))
    bad = []
    byl = {}
    for e in ex_email:
        byl.setdefault(len(e), []).append(e)
    for i, m in enumerate(MI):
        if m["category"] != "new":
            continue
        c = IN[i]["contact"]
        if c["email"]:
            e = c["email"].lower()
            if any(e == x or one_edit(e, x) for L in (len(e) - 1, len(e), len(e) + 1) for x in byl.get(L, [])):
                bad.append((i, "email"))
        if any(("p:" + k) in ex_keys for k in pkeys(c["phone"])):
            bad.append((i, "phone"))
        k = akey(c["address"])
        if k and ("a:" + k) in ex_keys:
            bad.append((i, "address"))
        if person_key(c) in ex_pk:
            bad.append((i, "person key"))
        if core1(c) and core1(c) in ex_core:
            bad.append((i, "name core"))
    check("new customers share no e-mail (<=1 edit), phone, address key, person key or name core with existing", not bad, bad[:5])

    # hard negatives
    def shared(A, H):
        out = []
        if core1(A) and core1(A) == core1(H):
            out.append("name_core")
        ga, gh = nt(A["givenName"]), nt(H["givenName"])
        if ga and gh and ga[0] == gh[0]:
            out.append("givenName")
        fa, fh = nt(A["familyName"]), nt(H["familyName"])
        if fa and fh and fa[-1] == fh[-1]:
            out.append("familyName")
        if A["email"] and H["email"] and A["email"].lower() == H["email"].lower():
            out.append("email")
        ka, kh = akey(A["address"]), akey(H["address"])
        if ka and ka == kh:
            out.append("address")
        elif ka and kh:
            pa, ph = ka.split("|"), kh.split("|")
            if pa[:3] == ph[:3] and pa[4] == ph[4]:
                out.append("building")
        return out
    bad_sh, bad_ph, bad_em, bad_t = [], [], [], []
    for i, m in hn:
        A, H = EX[m["anchor_index"]]["contact"], IN[i]["contact"]
        sh = shared(A, H)
        if sh != m["shared"]:
            bad_sh.append((i, sh, m["shared"]))
        if set(pkeys(A["phone"])) & set(pkeys(H["phone"])):
            bad_ph.append(i)
        if A["email"] and H["email"] and A["email"].lower() != H["email"].lower() and one_edit(A["email"].lower(), H["email"].lower()):
            bad_em.append(i)
        t = m["hn_type"]
        pa, ph = nt(A["givenName"]), nt(H["givenName"])
        sA, sH = " ".join(T(A["displayName"]) + T(A["givenName"])), " ".join(T(H["displayName"]) + T(H["givenName"]))
        na, nh = onorm(A["companyName"] or ""), onorm(H["companyName"] or "")
        ok = True
        if t == "father_son":
            ok = ("haci" in sA.split() and "haci" not in sH.split() and "address" in sh and "familyName" in sh and
                  len(ph) > len(pa) and ph[:len(pa)] == pa)
        elif t == "namesake":
            ok = (nt(A["givenName"]) == nt(H["givenName"]) and nt(A["familyName"]) == nt(H["familyName"]) and
                  "email" not in sh and "address" not in sh and akey(A["address"]) and akey(H["address"]))
        elif t == "holding_company":
            ok = ("name_core" in sh and "email" in sh and "address" in sh and (("holding" in na) != ("holding" in nh)))
        elif t == "municipality_department":
            ok = ("belediyesi" in na and "belediyesi" in nh and "name_core" in sh and na != nh and
                  ("mudurlugu" in na or "mudurlugu" in nh) and "email" not in sh)
        elif t == "apartment_manager":
            ok = (("apartmani" in na or "sitesi" in na) and ("apartmani" in nh or "sitesi" in nh) and
                  "name_core" not in sh and {"givenName", "familyName", "email", "address"} <= set(sh))
        elif t == "chain_branch":
            ok = ("name_core" in sh and "subesi" in na and "subesi" in nh and na != nh and "address" not in sh
                  and "email" not in sh)
        elif t == "spouses":
            ok = ("address" in sh and "familyName" in sh and "givenName" not in sh and "email" not in sh)
        elif t == "same_building":
            ok = ("building" in sh and "address" not in sh and "familyName" in sh and "givenName" not in sh)
        elif t == "trade_namesake":
            ok = (trade_of(A["displayName"]) and trade_of(H["displayName"]) and
                  T(trade_of(A["displayName"])) == T(trade_of(H["displayName"])) and "givenName" not in sh
                  and "address" not in sh and akey(H["address"]) is not None)
        elif t == "coop_building":
            ok = ("kooperatifi" in na and "kooperatifi" in nh and "name_core" not in sh and "address" in sh
                  and "email" not in sh)
        else:
            ok = False
        if not ok:
            bad_t.append((i, t))
    check("hard negatives: 'shared' equals the re-derived shared items (address only when listed)", not bad_sh, bad_sh[:3])
    check("hard negatives never share the anchor's phone", not bad_ph, bad_ph[:5])
    check("hard negatives: e-mail same shared mailbox or more than one edit away", not bad_em, bad_em[:5])
    check("hard negatives: type-specific decidability rules hold", not bad_t, bad_t[:5])
    # decidability against matches: person matches never change or extend the given name
    bad = [i for i, m in enumerate(MI) if m["kind"].startswith("person/") and m["category"] in ("match", "new") and
           ("givenName:changed" in m["changes"] or "givenName:extended" in m["changes"] or "displayName:changed" in m["changes"])]
    check("person matches/repeats never change or extend the given name (keeps spouse/sibling/son negatives decidable)", not bad, bad[:5])
    # descriptive phenomena present
    allab = set(l for m in MI for l in m["changes"])
    need = ["givenName:joined", "givenName:nickname", "familyName:maiden_dropped", "displayName:surname_first",
            "displayName:title", "displayName:qualifier_dropped", "companyName:format", "companyName:partial",
            "address:street_renamed", "address:postcode", "address:moved", "phone:extension", "phone:format",
            "email:typo", "address:tr_chars", "familyName:tr_chars"]
    miss = [x for x in need if x not in allab]
    check("country phenomena labelled (tr_chars, joined, nickname, maiden, surname_first, title, qualifier, legal form, street rename, ...)",
          not miss, miss)

    # determinism
    gp = os.path.join(D, "gen.py")
    tmp = tempfile.mkdtemp(prefix="tryapi_det_", dir=D)
    try:
        hs = []
        for seed in ("0", "12345"):
            o = os.path.join(tmp, "s" + seed)
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, gp, "--out", o], check=True, env=env, capture_output=True)
            hs.append((sha(os.path.join(o, "set.jsonl")), sha(os.path.join(o, "meta.jsonl"))))
        check("determinism: PYTHONHASHSEED=0 and 12345 give identical output", hs[0] == hs[1])
        check("shipped files equal a fresh generation", hs[0] == (sha(sp), sha(mp)))
    except Exception as e:
        check("determinism run", False, e)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rd = open(os.path.join(D, "README.txt"), encoding="utf-8").read() if os.path.exists(os.path.join(D, "README.txt")) else ""
    check("README lists the SHA-256 of set.jsonl and meta.jsonl", sha(sp) in rd and sha(mp) in rd)
    return finish()


def finish():
    bad = [n for n, ok in RESULTS if not ok]
    if bad:
        print("%d CHECK(S) FAILED: %s" % (len(bad), "; ".join(bad)))
        sys.exit(1)
    print("ALL CHECKS PASSED")
    sys.exit(0)


if __name__ == "__main__":
    main()
