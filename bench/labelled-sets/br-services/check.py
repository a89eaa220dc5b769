#!/usr/bin/env python3
"""check.py - independent validator for the br-services record-linkage benchmark.

Reads set.jsonl and meta.jsonl next to this file (it does not import gen.py), prints one
line per check and ends with "ALL CHECKS PASSED" (exit 0) or a failure summary (exit 1).

    python3 check.py                  all checks, including the determinism check
    python3 check.py --no-determinism skip running gen.py twice
"""
import argparse
import collections
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = []
N_EXISTING = N_INCOMING = 1500
CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDRESS_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
HN_TYPES = ["filial", "group_company", "namesake", "father_son", "sibling_firm", "same_building",
            "accountant_client", "similar_trade", "household", "secretaria"]
SHARED_TOKENS = ["email", "phone", "address", "building", "city", "name", "name_tokens", "surname", "companyName"]


def report(name, ok, detail=""):
    RESULTS.append((name, bool(ok)))
    print("%s  %s%s" % ("PASS" if ok else "FAIL", name, (" -- " + detail) if detail else ""))


def sample(bad, n=3):
    return "%d problem(s), e.g. %s" % (len(bad), "; ".join(str(b) for b in bad[:n])) if bad else ""


# ----------------------------------------------------------------------------- normalisation (own implementation)
def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).casefold().split())


def no_accents(s):
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", s)
                                                if not unicodedata.combining(c)))


def lev(a, b):
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        nxt = [i]
        for j, y in enumerate(b, 1):
            nxt.append(min(row[j] + 1, nxt[j - 1] + 1, row[j - 1] + (x != y)))
        row = nxt
    return row[-1]


def one_apart(a, b):
    return abs(len(a) - len(b)) <= 1 and lev(a, b) <= 1


UF = {"SP": "sao paulo", "RJ": "rio de janeiro", "MG": "minas gerais", "PR": "parana", "SC": "santa catarina",
      "RS": "rio grande do sul", "BA": "bahia", "PE": "pernambuco", "DF": "distrito federal", "GO": "goias"}
UF_BY_NAME = {v: k for k, v in UF.items()}
CEP_UF = [(1000, 19999, "SP"), (20000, 28999, "RJ"), (30000, 39999, "MG"), (40000, 48999, "BA"),
          (50000, 56999, "PE"), (70000, 72799, "DF"), (73000, 73699, "DF"), (72800, 72999, "GO"),
          (73700, 76799, "GO"), (80000, 87999, "PR"), (88000, 89999, "SC"), (90000, 99999, "RS")]
DDD_UF = {"SP": [11, 12, 13, 14, 15, 16, 17, 18, 19], "RJ": [21, 22, 24], "MG": [31, 32, 33, 34, 35, 37, 38],
          "PR": [41, 42, 43, 44, 45, 46], "SC": [47, 48, 49], "RS": [51, 53, 54, 55], "BA": [71, 73, 74, 75, 77],
          "PE": [81, 87], "DF": [61], "GO": [62, 64]}
VALID_DDD = [d for ds in DDD_UF.values() for d in ds] + [27, 28, 63, 65, 66, 67, 68, 69, 79, 82, 83, 84, 85, 86,
                                                         88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99]

STREET_TYPE_WORDS = ["rua", "r", "avenida", "av", "alameda", "al", "travessa", "trav", "tv", "praca", "pca",
                     "estrada", "estr", "rodovia", "rod", "largo", "lgo"]
STREET_ABBREV = {"pres": "presidente", "mal": "marechal", "cel": "coronel", "dr": "doutor", "pe": "padre",
                 "prof": "professor", "gen": "general", "sen": "senador", "gov": "governador", "eng": "engenheiro",
                 "sto": "santo", "sta": "santa", "n": "nossa", "sra": "senhora", "cap": "capitao", "ten": "tenente",
                 "brig": "brigadeiro", "cons": "conselheiro", "visc": "visconde"}
UNIT = r"(?:apartamento|apto|ap|sala|sl|conjunto|conj|cj|loja|lj|casa|galpao|bloco|bl)"


def address_key(a):
    """street (type dropped, abbreviations expanded) | house number | city -- the building."""
    if not a or not a.get("line1"):
        return None
    s = re.sub(r"(\d)\.(\d)", r"\1\2", fold(a["line1"]))
    s = re.sub(r"(?:\s*[,\-]\s*|\s+)" + UNIT + r"\b.*$", "", s)
    km = re.search(r"\bkm\s*(\d+)", s)
    sn = re.search(r"\bs/n\b", s)
    if km:
        num, street = "km" + km.group(1), s[:km.start()]
    elif sn:
        num, street = "sn", s[:sn.start()]
    else:
        nums = list(re.finditer(r"\b\d+\b", s))
        if not nums:
            return None
        num, street = nums[-1].group(0), s[:nums[-1].start()]
    words = [w.replace(".", "").replace("-", "") for w in re.split(r"[\s,]+", street)]
    words = [w for w in words if w]
    while words and words[-1] in ("no", "n"):
        words.pop()
    if words and words[0] in STREET_TYPE_WORDS:
        words = words[1:]
    street = "".join(STREET_ABBREV.get(w, w) for w in words)
    return re.sub(r"[^a-z0-9]", "", street) + "|" + num + "|" + fold(a.get("city") or "")


def units(a):
    if not a:
        return []
    s = fold((a.get("line1") or "") + " " + (a.get("line2") or ""))
    canon = {"apartamento": "apto", "ap": "apto", "sl": "sala", "conjunto": "conj", "cj": "conj", "lj": "loja"}
    return sorted((canon.get(t, t), v) for t, v in re.findall(
        r"\b(apartamento|apto|ap|sala|sl|conjunto|conj|cj|loja|lj|casa|galpao)\b\.?\s*([0-9a-z]+)", s))


def phone_parts(p):
    """-> (DDD+subscriber digits, extension or None)"""
    if not p:
        return None, None
    ext = None
    m = re.search(r"(?:\s*-\s*|\s+)(?:ramal|r\.|ext\.?)\s*:?\s*(\d+)\s*$", p, re.I)
    if m:
        ext, p = m.group(1), p[:m.start()]
    d = re.sub(r"\D", "", p)
    if len(d) in (12, 13) and d.startswith("55"):
        d = d[2:]
    return d.lstrip("0"), ext


def email_key(e):
    return e.strip().lower() if e else None


ORG_WORDS = {"comercio": "com", "comercial": "coml", "industria": "ind", "servicos": "serv",
             "distribuidora": "distrib", "dist": "distrib", "materiais": "mat", "material": "mat",
             "construcao": "constr", "construcoes": "constr", "administracao": "adm", "associacao": "assoc",
             "companhia": "cia", "empreendimentos": "emp", "participacoes": "particip", "engenharia": "eng",
             "transportes": "transp", "representacoes": "repres", "importacao": "imp", "exportacao": "exp",
             "produtos": "prod", "equipamentos": "equip", "condominio": "cond", "edificio": "ed",
             "residencial": "res", "drogaria": "drog", "escritorio": "escr", "contabil": "cont",
             "assessoria": "assess", "laboratorio": "lab", "odontologica": "odont", "manutencao": "manut",
             "informatica": "inf"}
LEGAL_FORM_WORDS = ["ltda", "limitada", "me", "epp", "eireli", "sa", "ss", "mei"]
PARTICLE_WORDS = ["de", "da", "do", "das", "dos", "e"]


def org_core(s):
    """legal form dropped, abbreviations unified, particles and punctuation removed."""
    s = fold(s)
    for a, b in (("s/a", " sa "), ("s.a.", " sa "), ("s/s", " ss ")):
        s = s.replace(a, b)
    w = re.sub(r"[^a-z0-9 ]", " ", s).split()
    while w and (w[-1] in LEGAL_FORM_WORDS or w[-2:] == ["sociedade", "simples"]):
        w = w[:-2] if w[-2:] == ["sociedade", "simples"] else w[:-1]
    return " ".join(ORG_WORDS.get(x, x) for x in w if x not in PARTICLE_WORDS)


def no_disamb(s):
    return re.sub(r"\s-\s\d+$", "", re.sub(r"\s\([^()]*\)$", "", s))


# ----------------------------------------------------------------------------- change-label semantics
FIELD_LABELS = {
    "displayName": ["case", "accents", "typo", "nickname", "short", "first_surname_dropped", "married", "maiden",
                    "suffix_format", "title_added", "title_dropped", "disambiguator", "legal_form", "abbrev",
                    "punctuation", "trade_name", "legal_name", "person_name", "missing", "added", "changed",
                    "different"],
    "givenName": ["case", "accents", "typo", "nickname", "short", "missing", "added", "changed", "different"],
    "familyName": ["case", "accents", "typo", "short", "first_surname_dropped", "married", "maiden",
                   "suffix_format", "missing", "added", "changed", "different"],
    "companyName": ["case", "accents", "typo", "legal_form", "abbrev", "missing", "added", "different"],
    "email": ["case", "typo", "changed", "missing", "added", "different"],
    "phone": ["format", "extension", "changed", "missing", "added", "different"],
    "address": ["format", "cep_format", "cep_dropped", "country", "region", "city_accents", "bairro_dropped",
                "bairro_added", "complement_dropped", "case", "moved", "missing", "added", "different", "unit"]}
HN_ONLY = ["different", "unit"]
FORMAT_ONLY = ["case", "accents", "disambiguator", "title_added", "title_dropped", "suffix_format", "legal_form",
               "abbrev", "punctuation"]


def normalise_name(s, labs):
    if "disambiguator" in labs:
        s = no_disamb(s)
    f = fold(s)
    if "title_added" in labs or "title_dropped" in labs:
        f = re.sub(r"^(?:dr|dra|sr|sra|eng|prof|profa)\.?\s+", "", f)
    if "suffix_format" in labs:
        f = re.sub(r"\b(?:junior|jr)\b\.?", "junior", f)
    if "legal_form" in labs or "abbrev" in labs:
        f = org_core(f)
    if "punctuation" in labs:
        f = " ".join(re.sub(r"[\-–/.,]", " ", f).split())
    return f


def label_problem(field, labs, a, b):
    """None if the labels on `field` describe how b (record) differs from a (compared record)."""
    if "missing" in labs or "added" in labs:
        if len(labs) != 1:
            return "missing/added combined with other labels"
        if labs[0] == "missing" and not (a is not None and b is None):
            return "missing but value present"
        if labs[0] == "added" and not (a is None and b is not None):
            return "added but compared value present"
        return None
    if a is None or b is None:
        return "labelled change on a null value"
    if field == "email":
        ka, kb = email_key(a), email_key(b)
        if "changed" in labs or "different" in labs:
            if len(labs) != 1:
                return "changed/different combined"
            return None if (lev(ka, kb) > 1 if labs[0] == "changed" else ka != kb) else "e-mail near-equal"
        if "typo" in labs:
            return None if lev(ka, kb) == 1 else "e-mail typo is not one edit"
        return None if ka == kb else "e-mail case change alters the address"
    if field == "phone":
        (ka, ea), (kb, eb) = phone_parts(a), phone_parts(b)
        if "changed" in labs or "different" in labs:
            return None if len(labs) == 1 and ka != kb else "changed phone has the same number"
        if ka != kb:
            return "format/extension but a different number"
        if (ea != eb) != ("extension" in labs):
            return "extension label does not match the extensions"
        return None
    if field == "address":
        ka, kb = address_key(a), address_key(b)
        if "moved" in labs or "different" in labs:
            return None if len(labs) == 1 and ka != kb else "moved/different but same address key"
        if ka != kb:
            return "address key differs without moved/different (%s vs %s)" % (ka, kb)
        ua, ub = units(a), units(b)
        if "unit" in labs and not (ua and ub and ua != ub):
            return "unit label but units equal"
        if "cep_format" in labs and not (a["postalCode"] and b["postalCode"] and a["postalCode"] != b["postalCode"]
                                         and re.sub(r"\D", "", a["postalCode"]) == re.sub(r"\D", "", b["postalCode"])):
            return "cep_format but CEP digits differ"
        if "cep_dropped" in labs and not (a["postalCode"] and not b["postalCode"]):
            return "cep_dropped wrong"
        if "country" in labs and a["country"] == b["country"]:
            return "country label, same country"
        if "region" in labs and a["region"] == b["region"]:
            return "region label, same region"
        if "city_accents" in labs and not (a["city"] != b["city"] and fold(a["city"]) == fold(b["city"])):
            return "city_accents wrong"
        if "complement_dropped" in labs and not (ua and not ub):
            return "complement_dropped but units kept"
        return None
    if "changed" in labs or "different" in labs:
        if len(labs) != 1:
            return "changed/different combined"
        if labs[0] == "changed":
            return None if lev(fold(a), fold(b)) > 1 else "changed but near-equal"
        return None if fold(a) != fold(b) else "different but equal after folding"
    semantic = [x for x in labs if x not in FORMAT_ONLY]
    if not semantic:
        if all(x == "case" for x in labs):
            return None if a.casefold() == b.casefold() else "case label but not equal ignoring case"
        if all(x == "accents" for x in labs):
            return None if no_accents(a) == no_accents(b) else "accents label but not equal ignoring accents"
        return None if normalise_name(a, labs) == normalise_name(b, labs) else \
            "format-only labels but values differ after normalising (%r vs %r)" % (a, b)
    na, nb = normalise_name(a, labs), normalise_name(b, labs)
    if semantic == ["typo"]:
        wa, wb = na.split(), nb.split()
        if lev(na, nb) != 1:
            return "typo is not one edit (%r vs %r)" % (a, b)
        if len(wa) != len(wb) or any(x[0] != y[0] for x, y in zip(wa, wb)):
            return "typo touches a word's first letter"
        return None
    if semantic in (["short"], ["first_surname_dropped"], ["maiden"]):
        return None if na != nb and all(w in na.split() for w in nb.split()) else "shortened name adds words"
    if semantic == ["married"]:
        return None if na != nb and all(w in nb.split() for w in na.split()) else "married name drops words"
    return None


def differing_fields(a, b):
    return [f for f in CONTACT_KEYS if a[f] != b[f]]


def check_changes(a, b, changes):
    by = collections.OrderedDict()
    for lab in changes:
        if not isinstance(lab, str) or lab.count(":") != 1:
            return "malformed label %r" % (lab,)
        f, w = lab.split(":")
        if f not in FIELD_LABELS or w not in FIELD_LABELS[f]:
            return "unknown label %r" % lab
        if w in by.get(f, []):
            return "duplicate label %r" % lab
        by.setdefault(f, []).append(w)
    if sorted(by) != sorted(differing_fields(a, b)):
        return "labelled fields %s != differing fields %s" % (sorted(by), sorted(differing_fields(a, b)))
    for f, labs in by.items():
        p = label_problem(f, labs, a[f], b[f])
        if p:
            return "%s: %s" % (f, p)
    return None


# ----------------------------------------------------------------------------- main checks
def load():
    with open(os.path.join(HERE, "set.jsonl"), encoding="utf-8") as fh:
        S = [json.loads(l) for l in fh]
    with open(os.path.join(HERE, "meta.jsonl"), encoding="utf-8") as fh:
        M = [json.loads(l) for l in fh]
    return S, M


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-determinism", action="store_true")
    args = ap.parse_args()
    try:
        S, M = load()
        report("files load as JSON lines", True, "%d set lines, %d meta lines" % (len(S), len(M)))
    except Exception as exc:  # noqa
        report("files load as JSON lines", False, repr(exc))
        return finish()
    report("set.jsonl and meta.jsonl have the same number of lines", len(S) == len(M))
    report("1,500 existing records first, then 1,500 incoming",
           [r.get("set") for r in S] == ["existing"] * N_EXISTING + ["incoming"] * N_INCOMING)

    # --- schema
    bad = []
    for i, r in enumerate(S):
        if list(r) != ["set", "entity", "contact"] or not re.fullmatch(r"c[0-9a-f]{7}", str(r.get("entity"))):
            bad.append((i, "top-level keys/entity"))
            continue
        c = r["contact"]
        if not isinstance(c, dict) or list(c) != CONTACT_KEYS:
            bad.append((i, "contact keys"))
            continue
        for k in CONTACT_KEYS[:-1]:
            if c[k] is not None and (not isinstance(c[k], str) or not c[k].strip() or c[k] != c[k].strip()):
                bad.append((i, k))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a) != ADDRESS_KEYS or \
                    any(v is not None and (not isinstance(v, str) or not v.strip()) for v in a.values()) or \
                    not a["line1"] or not a["city"]:
                bad.append((i, "address"))
        if c["displayName"] is None:
            bad.append((i, "displayName null"))
    report("record schema (keys, string-or-null values, address object)", not bad, sample(bad))
    bad = []
    idx = {"existing": 0, "incoming": 0}
    for i, (r, m) in enumerate(zip(S, M)):
        if m.get("set") != r.get("set") or m.get("entity") != r.get("entity") or m.get("index") != idx[r["set"]]:
            bad.append(i)
        idx[r["set"]] = idx.get(r["set"], 0) + 1
    report("meta aligned with set (set, index, entity)", not bad, sample(bad))
    EX = [r["contact"] for r in S[:N_EXISTING]]
    IN = [r["contact"] for r in S[N_EXISTING:]]
    EM, IM = M[:N_EXISTING], M[N_EXISTING:]
    ex_ent = [r["entity"] for r in S[:N_EXISTING]]
    ex_pos = {e: i for i, e in enumerate(ex_ent)}

    # --- meta fields per category
    want = {"existing": ["set", "index", "entity", "category", "kind", "changes"],
            "match": ["set", "index", "entity", "category", "kind", "changes", "profile", "evidence", "compare_set",
                      "compare_index"],
            "new1": ["set", "index", "entity", "category", "kind", "changes", "occurrence"],
            "new2": ["set", "index", "entity", "category", "kind", "changes", "occurrence", "profile", "evidence",
                     "compare_set", "compare_index"],
            "hard_negative": ["set", "index", "entity", "category", "kind", "changes", "anchor", "anchor_index",
                              "hn_type", "rule", "shared"]}
    bad = []
    for m in M:
        cat = m.get("category")
        key = ("new1" if m.get("occurrence") == 1 else "new2") if cat == "new" else cat
        if key not in want or sorted(m) != sorted(want[key]):
            bad.append((m.get("set"), m.get("index"), "keys"))
        elif not re.fullmatch(r"(person|org)/[a-z_]+", m["kind"]) or not isinstance(m["changes"], list):
            bad.append((m["set"], m["index"], "kind/changes"))
        elif (m["set"] == "existing") != (cat == "existing"):
            bad.append((m["set"], m["index"], "category vs set"))
    report("meta keys per category", not bad, sample(bad))

    # --- existing list
    keys = [fold(c["displayName"]) for c in EX]
    report("existing sorted by accent-folded casefolded displayName", keys == sorted(keys))
    cf = collections.Counter(c["displayName"].casefold() for c in EX)
    report("existing displayNames unique case-insensitively (QBO rule)", max(cf.values()) == 1,
           sample([k for k, v in cf.items() if v > 1]))
    dis = [c["displayName"] for c in EX if no_disamb(c["displayName"]) != c["displayName"]]
    report("bookkeeper disambiguators ' (Town)' / ' - 2' present on collisions", len(dis) > 0, "%d" % len(dis))
    report("existing entity ids unique", len(set(ex_ent)) == N_EXISTING)
    bad = [i for i, c in enumerate(EX) if not (c["email"] or c["phone"] or c["address"])]
    report("every existing record keeps at least one strong channel", not bad, sample(bad))
    bad = [(m["set"], m["index"]) for m, r in zip(M, S)
           if (m["kind"].startswith("org/") and not r["contact"]["companyName"]) or
           (m["kind"].startswith("person/") and r["contact"]["companyName"] is not None)]
    report("organisations always have companyName, persons never", not bad, sample(bad))
    n_org = sum(1 for m in EM if m["kind"].startswith("org/"))
    report("existing ~50% organisations / ~50% persons", 0.45 <= n_org / N_EXISTING <= 0.55,
           "%d orgs, %d persons" % (n_org, N_EXISTING - n_org))
    bad = [m["index"] for m in EM if m["changes"] != []]
    report("existing records have changes []", not bad, sample(bad))

    # --- categories and shares
    cats = collections.Counter(m["category"] for m in IM)
    report("incoming shares: ~55% match, ~35% new, ~10% hard negative",
           800 <= cats["match"] <= 850 and 500 <= cats["new"] <= 550 and cats["hard_negative"] == 150,
           dict(cats).__repr__())
    hn_types = collections.Counter(m.get("hn_type") for m in IM if m["category"] == "hard_negative")
    report("hard negatives: 10 types x 15", sorted(hn_types) == sorted(HN_TYPES) and set(hn_types.values()) == {15},
           dict(hn_types).__repr__())

    # --- matches
    bad = []
    matched = collections.Counter()
    for m in IM:
        if m["category"] != "match":
            continue
        e = m["entity"]
        matched[e] += 1
        if e not in ex_pos or m["compare_set"] != "existing" or m["compare_index"] != ex_pos[e]:
            bad.append(m["index"])
    report("matches point at their existing customer (compare_set/compare_index)", not bad, sample(bad))
    report("each existing customer matched at most once", max(matched.values()) == 1,
           "%d distinct existing customers matched" % len(matched))

    # --- new customers and repeats
    bad = []
    occ = collections.defaultdict(list)
    for m in IM:
        if m["category"] == "new":
            occ[m["entity"]].append(m)
            if m["entity"] in ex_pos:
                bad.append((m["index"], "entity in existing"))
    for e, ms in occ.items():
        if [m["occurrence"] for m in ms] != list(range(1, len(ms) + 1)) or len(ms) > 3:
            bad.append((e, "occurrence numbering"))
            continue
        if ms[0]["changes"] != []:
            bad.append((e, "first occurrence has changes"))
        for m in ms[1:]:
            if m["compare_set"] != "incoming" or m["compare_index"] != ms[0]["index"]:
                bad.append((e, "compare_index"))
    report("new customers: not in existing; occurrences 1..3 in file order; repeats compare to the first",
           not bad, sample(bad))
    occ_hist = collections.Counter(len(v) for v in occ.values())
    report("some new customers seen 2-3 times", occ_hist[2] > 0 and occ_hist[3] > 0, dict(occ_hist).__repr__())

    # --- hard negatives basics
    all_ent = collections.Counter(r["entity"] for r in S)
    bad = []
    for m in IM:
        if m["category"] != "hard_negative":
            continue
        if m["entity"] in ex_pos or all_ent[m["entity"]] != 1:
            bad.append((m["index"], "hn entity not unique/new"))
        if m["anchor"] not in ex_pos or m["anchor_index"] != ex_pos[m["anchor"]]:
            bad.append((m["index"], "anchor"))
        if not isinstance(m["rule"], str) or len(m["rule"]) < 20:
            bad.append((m["index"], "rule"))
        if not m["shared"] or any(s not in SHARED_TOKENS for s in m["shared"]):
            bad.append((m["index"], "shared tokens"))
    report("hard negatives: own entity, anchor in existing, rule and shared present", not bad, sample(bad))

    # --- change labels
    def compared(m):
        if m["category"] == "hard_negative":
            return EX[m["anchor_index"]]
        if m["category"] == "match" or (m["category"] == "new" and m["occurrence"] > 1):
            return EX[m["compare_index"]] if m["compare_set"] == "existing" else IN[m["compare_index"]]
        return None
    bad, hn_only_misuse = [], []
    for m in IM:
        a = compared(m)
        if a is None:
            continue
        p = check_changes(a, IN[m["index"]], m["changes"])
        if p:
            bad.append((m["index"], p))
        for lab in m["changes"]:
            if (lab.split(":")[1] in HN_ONLY) != (m["category"] == "hard_negative") and \
                    lab.split(":")[1] in HN_ONLY + ["changed", "moved"]:
                hn_only_misuse.append((m["index"], lab))
    report("change labels: labelled fields == differing fields, and each label's rule holds", not bad, sample(bad))
    report("'different'/'unit' only on hard negatives, 'changed'/'moved' only on matches/repeats",
           not hn_only_misuse, sample(hn_only_misuse))
    rng = {"light": (1, 2), "medium": (2, 4), "harsh": (4, 99)}
    bad = [(m["index"], m["profile"], len(m["changes"])) for m in IM if "profile" in m and
           not (m["profile"] in rng and rng[m["profile"]][0] <= len(m["changes"]) <= rng[m["profile"]][1])]
    report("profiles: light 1-2, medium 2-4, harsh 4+ changes", not bad, sample(bad))

    # --- evidence (link-evidence rule)
    em_own, ph_own, ad_own = collections.defaultdict(list), collections.defaultdict(list), collections.defaultdict(list)
    for r in S:
        c, e = r["contact"], r["entity"]
        for own, k in ((em_own, email_key(c["email"])), (ph_own, phone_parts(c["phone"])[0]),
                       (ad_own, address_key(c["address"]))):
            if k and e not in own[k]:
                own[k].append(e)
    del_index = collections.defaultdict(list)
    for k in em_own:
        for i in range(len(k)):
            del_index[k[:i] + k[i + 1:]].append(k)

    def emails_within_one(k):
        cands = ([k] if k in em_own else []) + del_index.get(k, [])
        for i in range(len(k)):
            d = k[:i] + k[i + 1:]
            cands += ([d] if d in em_own else []) + del_index.get(d, [])
        return [x for x in cands if one_apart(x, k)]

    def evidence(a, b, eid, changes):
        ev = []
        ka, kb = email_key(a["email"]), email_key(b["email"])
        if ka and kb and (ka == kb or ("email:typo" in changes and lev(ka, kb) == 1)):
            holders = [o for k in (ka, kb) for x in emails_within_one(k) for o in em_own[x]]
            if all(o == eid for o in holders):
                ev.append("email")
        pa, pb = phone_parts(a["phone"])[0], phone_parts(b["phone"])[0]
        if pa and pa == pb and ph_own[pa] == [eid]:
            ev.append("phone")
        aa, ab = address_key(a["address"]), address_key(b["address"])
        if aa and aa == ab and ad_own[aa] == [eid]:
            ev.append("address")
        return ev
    bad, ev_hist = [], collections.Counter()
    for m in IM:
        if "evidence" not in m:
            continue
        ev = evidence(compared(m), IN[m["index"]], m["entity"], m["changes"])
        ev_hist[" + ".join(ev) or "none"] += 1
        if not ev or ev != m["evidence"]:
            bad.append((m["index"], m["evidence"], ev))
    report("every match/repeat keeps >=1 strong channel exclusive to its customer; meta evidence recomputed",
           not bad, sample(bad))
    shared_mb = [k for k, v in em_own.items() if len(v) > 1]
    used = [m for m in IM if "evidence" in m and "email" in m["evidence"] and
            email_key(compared(m)["email"]) in shared_mb]
    report("shared mailboxes (chain/group/accountant) never count as evidence", not used and len(shared_mb) >= 10,
           "%d shared mailboxes" % len(shared_mb))

    # --- new customers are really new
    ex_e = {email_key(c["email"]) for c in EX if c["email"]}
    ex_p = {phone_parts(c["phone"])[0] for c in EX if c["phone"]}
    ex_a = {address_key(c["address"]) for c in EX if c["address"]}
    ex_del = collections.defaultdict(list)
    for k in ex_e:
        for i in range(len(k)):
            ex_del[k[:i] + k[i + 1:]].append(k)
    ex_dn = {fold(no_disamb(c["displayName"])) for c in EX}
    ex_core = {org_core(no_disamb(c["displayName"])) for c in EX} | {org_core(c["companyName"]) for c in EX
                                                                      if c["companyName"]}
    ex_pn = {fold(c["givenName"] + " " + c["familyName"]) for c, m in zip(EX, EM)
             if m["kind"].startswith("person/") and c["givenName"] and c["familyName"]}
    bad = []
    for m in IM:
        if m["category"] != "new":
            continue
        c = IN[m["index"]]
        k = email_key(c["email"])
        if k:
            near = [x for x in ([k] if k in ex_e else []) + ex_del.get(k, []) +
                    [y for i in range(len(k)) for y in ([k[:i] + k[i + 1:]] if k[:i] + k[i + 1:] in ex_e else []) +
                     ex_del.get(k[:i] + k[i + 1:], [])] if one_apart(x, k)]
            if near:
                bad.append((m["index"], "e-mail within one edit of an existing e-mail"))
        if c["phone"] and phone_parts(c["phone"])[0] in ex_p:
            bad.append((m["index"], "phone"))
        if c["address"] and address_key(c["address"]) in ex_a:
            bad.append((m["index"], "address"))
        if fold(c["displayName"]) in ex_dn or org_core(c["displayName"]) in ex_core or \
                (c["companyName"] and org_core(c["companyName"]) in ex_core) or \
                (m["kind"].startswith("person/") and c["givenName"] and c["familyName"]
                 and fold(c["givenName"] + " " + c["familyName"]) in ex_pn):
            bad.append((m["index"], "name used by an existing customer"))
    report("new customers share no e-mail (even within one edit), phone, address or name with existing",
           not bad, sample(bad))

    # --- hard negatives are decidable
    def sig(c):
        if c["companyName"] or not c["givenName"]:
            s = org_core(no_disamb(c["companyName"] or c["displayName"]))
        else:
            s = fold(c["givenName"] + " " + (c["familyName"] or ""))
        return [t for t in s.split() if len(t) >= 3 and t not in PARTICLE_WORDS]

    def city(c):
        return fold(c["address"]["city"]) if c["address"] else None
    gen_words = ["filho", "junior", "jr", "neto", "sobrinho"]
    bad = []
    for m in IM:
        if m["category"] != "hard_negative":
            continue
        a, b, t, sh = EX[m["anchor_index"]], IN[m["index"]], m["hn_type"], m["shared"]
        why = []
        ea, eb = email_key(a["email"]), email_key(b["email"])
        pa, pb = phone_parts(a["phone"])[0], phone_parts(b["phone"])[0]
        aa, ab = address_key(a["address"]), address_key(b["address"])
        if ("email" in sh) != bool(ea and ea == eb):
            why.append("email shared flag")
        if ea and eb and ea != eb and one_apart(ea, eb):
            why.append("e-mails one edit apart")
        if "email" in sh and len(em_own[ea]) < 2:
            why.append("shared mailbox held by one customer only")
        if pa and pa == pb:
            why.append("same phone")
        if ("address" in sh or "building" in sh) != bool(aa and aa == ab):
            why.append("address shared flag")
        if "address" in sh and units(a["address"]) and units(b["address"]) and \
                units(a["address"]) != units(b["address"]):
            why.append("same household but different unit")
        if "building" in sh and not (units(a["address"]) and units(b["address"]) and
                                     units(a["address"]) != units(b["address"])):
            why.append("same building but no different unit")
        if "city" in sh and not (city(a) and city(a) == city(b)):
            why.append("city not shared")
        if "name" in sh and not (fold(no_disamb(a["displayName"])) == fold(b["displayName"]) and
                                 fold(a["givenName"] + a["familyName"]) == fold(b["givenName"] + b["familyName"])):
            why.append("name not shared")
        if "name_tokens" in sh and not [x for x in sig(a) if x in sig(b)]:
            why.append("no name token shared")
        if "surname" in sh and not (a["familyName"] and b["familyName"] and
                                    fold(a["familyName"]).split()[-1] == fold(b["familyName"]).split()[-1]):
            why.append("surname not shared")
        if "companyName" in sh and not (a["companyName"] and b["companyName"] and
                                        org_core(a["companyName"]) == org_core(b["companyName"])):
            why.append("companyName not shared")
        if t == "filial" and not ("email" in sh and fold(no_disamb(a["displayName"])) != fold(b["displayName"])
                                  and aa != ab):
            why.append("filial not distinguishable")
        if t == "group_company" and not ("address" in sh and org_core(a["companyName"]) != org_core(b["companyName"])
                                         and sig(a)[:1] == sig(b)[:1]):
            why.append("group company not distinguishable")
        if t == "namesake" and not ("name" in sh and city(a) and city(b) and city(a) != city(b)):
            why.append("namesake not in another town")
        if t == "father_son":
            ga = [w for w in fold(a["familyName"]).replace(".", "").split() if w in gen_words]
            gb = [w for w in fold(b["familyName"]).replace(".", "").split() if w in gen_words]
            base_a = [w for w in fold(a["givenName"] + " " + a["familyName"]).replace(".", "").split()
                      if w not in gen_words]
            base_b = [w for w in fold(b["givenName"] + " " + b["familyName"]).replace(".", "").split()
                      if w not in gen_words]
            if ga == gb or base_a != base_b:
                why.append("father/son not told apart by the generational suffix")
        if t == "sibling_firm" and not (org_core(a["companyName"]) != org_core(b["companyName"]) and
                                        len([x for x in sig(a) if x in sig(b)]) >= 2 and city(a) != city(b)):
            why.append("sibling firm not distinguishable")
        if t == "same_building" and not ("building" in sh and org_core(a["companyName"]) != org_core(b["companyName"])):
            why.append("same-building business not distinguishable")
        if t == "accountant_client" and not ("email" in sh and len(em_own[ea]) >= 3 and
                                             not [x for x in sig(a) if x in sig(b)]):
            why.append("accountant client not distinguishable")
        if t == "similar_trade" and not (org_core(a["companyName"]) != org_core(b["companyName"]) and
                                         [x for x in sig(a) if x not in sig(b)] and
                                         [x for x in sig(b) if x not in sig(a)] and "city" in sh):
            why.append("similar trade not distinguishable")
        if t == "household" and not ("address" in sh and b["givenName"] and a["givenName"] and
                                     fold(a["givenName"]).split()[0] != fold(b["givenName"]).split()[0]):
            why.append("household member not distinguishable")
        if t == "secretaria" and not ("prefeitura" in fold(a["companyName"]) and
                                      ("secretaria" in fold(b["companyName"]) or "fundo" in fold(b["companyName"]))):
            why.append("secretaria not distinguishable")
        if why:
            bad.append((m["index"], t, why))
    report("hard negatives decidable: shared items verified, distinguishing rule holds per type", not bad,
           sample(bad))

    # --- Brazilian plausibility
    bad_ph, bad_cep, bad_reg, bad_ddd_uf, n_both = [], [], [], 0, 0
    for i, r in enumerate(S):
        c = r["contact"]
        uf = None
        if c["address"]:
            a = c["address"]
            reg = fold(a["region"] or "")
            uf = reg.upper() if reg.upper() in UF else UF_BY_NAME.get(reg)
            if not uf:
                bad_reg.append((i, a["region"]))
            if a["country"] not in (None, "Brasil", "Brazil", "BR", "BRASIL", "BRAZIL"):
                bad_reg.append((i, a["country"]))
            if a["postalCode"]:
                d = re.sub(r"\D", "", a["postalCode"])
                if not re.fullmatch(r"\d{5}-?\d{3}", a["postalCode"]) or \
                        not any(lo <= int(d[:5]) <= hi and u == uf for lo, hi, u in CEP_UF):
                    bad_cep.append((i, a["postalCode"], a["region"]))
        if c["phone"]:
            k, ext = phone_parts(c["phone"])
            if len(k) not in (10, 11) or int(k[:2]) not in VALID_DDD or (len(k) == 11) != (k[2] == "9") or \
                    (len(k) == 10 and k[2] not in "2345"):
                bad_ph.append((i, c["phone"]))
            elif uf:
                n_both += 1
                bad_ddd_uf += int(k[:2]) not in DDD_UF[uf]
    report("phones: +55/DDD/subscriber parse to valid DDD, mobiles 9xxxx-xxxx, landlines 2-5xxx-xxxx", not bad_ph,
           sample(bad_ph))
    report("CEPs are 8 digits and fall in the CEP range of the record's state", not bad_cep, sample(bad_cep))
    report("regions are a UF or a state name; countries Brasil/Brazil/BR/null", not bad_reg, sample(bad_reg))
    report("phone DDD belongs to the address's state (>=97%)", n_both and bad_ddd_uf / n_both <= 0.03,
           "%d of %d differ" % (bad_ddd_uf, n_both))
    bad = []
    for i, r in enumerate(S):
        txt = " ".join(v for k, v in r["contact"].items() if isinstance(v, str) and k != "phone")
        if re.search(r"\d{3}\.\d{3}\.\d{3}-\d{2}|\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}|\d{9,}", txt):
            bad.append(i)
    report("no CPF/CNPJ-like numbers anywhere", not bad, sample(bad))

    # --- phenomena coverage
    allc = [r["contact"] for r in S]
    names = [c["displayName"] for c in allc] + [c["companyName"] for c in allc if c["companyName"]]
    fam = [c["familyName"] for c in allc if c["familyName"]]
    given = [c["givenName"] for c in allc if c["givenName"]]
    lines = [c["address"]["line1"] + " " + (c["address"]["line2"] or "") for c in allc if c["address"]]
    phones = [c["phone"] for c in allc if c["phone"]]
    emails = [c["email"] for c in allc if c["email"]]
    labels = collections.Counter(l for m in IM for l in m["changes"])

    def has(seq, pat, n=3):
        return sum(1 for x in seq if re.search(pat, x)) >= n
    need = {
        "legal form Ltda": has(names, r"\bLtda\b|\bLTDA\b"), "ME": has(names, r"\bME$"), "EPP": has(names, r"EPP$"),
        "EIRELI": has(names, r"(?i)eireli"), "S.A./S/A/SA": has(names, r"S\.A\.|S/A|\bSA$"),
        "Sociedade Simples": has(names, r"Sociedade Simples|S/S"),
        "abbreviations Com./Ind./Serv./Distrib./Mat./Constr./Adm./Assoc./Cia./Emp./Particip.":
            all(has(names, re.escape(x), 1) for x in ["Com.", "Ind.", "Serv.", "Distrib.", "Mat.", "Constr.", "Adm.",
                                                      "Assoc.", "Emp.", "Particip."]) and has(names, r"Cia", 1),
        "& Cia / & Filhos / Irmãos": has(names, r"& Cia") and has(names, r"& Filhos") and has(names, r"Irm[aã]os"),
        "condomínios": has(names, r"(?i)condom[ií]nio|Cond\."), "associações": has(names, r"Associa[cç][aã]o"),
        "igrejas/paróquias": has(names, r"Igreja|Par[oó]quia"), "escolas (Colégio, EMEF, Escola Estadual)":
            has(names, r"Col[eé]gio") and has(names, r"EMEF") and has(names, r"Escola Estadual|E\.E\."),
        "clínicas/hospitais": has(names, r"Cl[ií]nica") and has(names, r"Hospital"),
        "prefeituras and secretarias": has(names, r"Prefeitura|PM ") and has(names, r"Secretaria"),
        "filiais": has(names, r"Filial|Loja \d|Unidade"), "holdings": has(names, r"Participa[cç][oõ]es|Particip\."),
        "contadores": has(names, r"Cont[aá]bil|Contadores|Contabilidade"),
        "double given names": has(given, r"^(Maria|Ana|Jo[aã]o|Jos[eé]|Luiz|Carlos|Paulo) \w+"),
        "particles da/de/do/das/dos": has(fam, r"\b(da|de|do|das|dos)\b"),
        "Filho/Júnior/Jr./Neto/Sobrinho": has(fam, r"Filho") and has(fam, r"J[uú]nior|Jr") and has(fam, r"Neto", 1),
        "nicknames": labels["givenName:nickname"] >= 5, "titles Dr./Dra./Sr./Sra./Eng.":
            has(names, r"^Dr\. ") and has(names, r"^Dra\. ") and has(names, r"^Eng\. ") and has(names, r"^Sra?\. ", 1),
        "ALL CAPS records": sum(1 for n in names if n.isupper()) >= 50,
        "accents dropped": labels["displayName:accents"] + labels["givenName:accents"] >= 20,
        "married/maiden surnames": labels["familyName:married"] > 0 and labels["familyName:maiden"] > 0,
        "only last surname / first surname dropped": labels["familyName:short"] > 0 and
            labels["familyName:first_surname_dropped"] > 0,
        "street forms Rua/Av./R./Al./Trav./Pça./Estr./Rod./S/N/Km": all(has(lines, p, 1) for p in
            [r"^Rua ", r"^Av\. ", r"^R\. ", r"^Al\. ", r"^Trav\. ", r"^Pça\. ", r"^Estr", r"^Rod", r"S/N", r"Km \d"]),
        "units Apto/Sala/Conj./Loja/Bloco": all(has(lines, p) for p in ["Apto", "Sala", "Conj", "Loja", "Bloco"]),
        "CEP with and without dash": has([c["address"]["postalCode"] or "" for c in allc if c["address"]], r"^\d{5}-\d{3}$")
            and has([c["address"]["postalCode"] or "" for c in allc if c["address"]], r"^\d{8}$"),
        "city without accents": has([c["address"]["city"] for c in allc if c["address"]], r"^Sao Paulo$"),
        "phone formats (+55, 0xx, plain digits, ramal)": has(phones, r"^\+55") and has(phones, r"^0xx") and
            has(phones, r"^\d{10,11}$") and has(phones, r"(?i)ramal"),
        "e-mail providers": all(has(emails, re.escape("@" + d)) for d in ["gmail.com", "hotmail.com", "uol.com.br",
                                                                       "bol.com.br", "terra.com.br", "yahoo.com.br"]),
        "company .com.br domains": has(emails, r"@(?!(uol|bol|terra|yahoo|ig)\.)[a-z0-9]+\.com\.br$", 100),
        "e-mail typos, changes, moves": labels["email:typo"] >= 10 and labels["email:changed"] >= 10 and
            labels["address:moved"] >= 10,
    }
    miss = [k for k, v in need.items() if not v]
    report("Brazilian name/address/phone/e-mail phenomena present (%d kinds)" % len(need), not miss, ", ".join(miss))

    # --- determinism
    if not args.no_determinism:
        report(*determinism())
    else:
        print("SKIP  determinism check (--no-determinism)")
    return finish()


def determinism():
    scratch = os.path.join(HERE, "_determinism_scratch")
    try:
        shutil.rmtree(scratch, ignore_errors=True)
        digests = []
        for seed in ("0", "12345"):
            out = os.path.join(scratch, "hash" + seed)
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", out], check=True, env=env,
                           stdout=subprocess.DEVNULL)
            digests.append(tuple(hashlib.sha256(open(os.path.join(out, f), "rb").read()).hexdigest()
                                 for f in ("set.jsonl", "meta.jsonl")))
        here = tuple(hashlib.sha256(open(os.path.join(HERE, f), "rb").read()).hexdigest()
                     for f in ("set.jsonl", "meta.jsonl"))
        ok = digests[0] == digests[1] == here
        return ("determinism: gen.py with PYTHONHASHSEED=0 and 12345 reproduces the files byte for byte", ok,
                "sha256 set %s..." % here[0][:16])
    except Exception as exc:  # noqa
        return ("determinism: gen.py with PYTHONHASHSEED=0 and 12345 reproduces the files byte for byte", False,
                repr(exc))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def finish():
    failed = [n for n, ok in RESULTS if not ok]
    if failed:
        print("FAILED: %d of %d checks: %s" % (len(failed), len(RESULTS), "; ".join(failed)))
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
