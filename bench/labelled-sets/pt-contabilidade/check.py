#!/usr/bin/env python3
"""Independent validator for set.jsonl / meta.jsonl (does not import gen.py).

Checks format, counts, label consistency, the evidence / shared claims (by
re-implementing the comparators documented in README.txt), the changes lists
(re-computing which fields differ from the compared record) and determinism
(runs gen.py twice with different PYTHONHASHSEED in a temp dir, compares SHA-256).

python3 check.py [DIR]      (default: this folder)
"""

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else HERE

RESULTS = []


def report(name, errors, limit=8):
    ok = not errors
    RESULTS.append((name, ok))
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else f"  ({len(errors)} problems)"))
    for e in errors[:limit]:
        print("     - " + str(e))


# ---------------------------------------------------------------- comparators
MOJI_SRC = "áàâãäéèêëíìîïóòôõöúùûüçñÁÀÂÃÄÉÈÊËÍÌÎÏÓÒÔÕÖÚÙÛÜÇѺª"


def _mangle(c):
    try:
        return c.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return c


REPAIR = sorted(((_mangle(c), c) for c in MOJI_SRC if _mangle(c) != c), key=lambda t: (-len(t[0]), t[0]))


def norm(s):
    if not s:
        return ""
    for bad, good in REPAIR:
        s = s.replace(bad, good)
    s = s.replace("º", " ").replace("ª", " ")
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    return s.casefold().strip()


def email_eq(a, b):
    return bool(a and b and a.strip().casefold() == b.strip().casefold())


def domain(e):
    if not e or "@" not in e:
        return None
    return e.strip().casefold().rsplit("@", 1)[1]


def phone_set(p):
    out = set()
    if not p:
        return out
    for part in re.split(r"[/;,]| ou ", p):
        dg = re.sub(r"\D", "", part)
        if dg.startswith("00351"):
            dg = dg[5:]
        elif dg.startswith("351") and len(dg) == 12:
            dg = dg[3:]
        if len(dg) == 9:
            out.add(dg)
    return out


STREET_EXPAND = {"r": "rua", "av": "avenida", "avda": "avenida", "trav": "travessa", "tv": "travessa",
                 "lg": "largo", "lgo": "largo", "pc": "praca", "pca": "praca", "urb": "urbanizacao",
                 "estr": "estrada", "est": "estrada", "al": "alameda", "calc": "calcada", "cc": "calcada",
                 "cam": "caminho", "bc": "beco", "qta": "quinta", "pct": "praceta", "rot": "rotunda",
                 "ver": "vereda"}
STREET_STOP = {"de", "da", "do", "dos", "das", "e", "n", "no", "numero", "num"}
FLOOR_WORDS = {"esq", "esquerdo", "esqdo", "dto", "dt", "dir", "direito", "dta", "rc", "res", "chao",
               "andar", "frente", "fte", "tras", "loja", "cave", "sub", "cv", "piso", "bloco", "fraccao",
               "fracao", "apartamento", "apto", "ap", "hab", "habitacao", "porta", "lote", "sala",
               "escritorio", "lj", "sl", "centro", "cto"}


def addr_key(a):
    t = norm((a.get("line1") or "") + " " + (a.get("line2") or ""))
    t = re.sub(r"\br\s*/\s*c\b", " rc ", t)
    words, nums = [], []
    for tok in re.findall(r"[a-z0-9]+", t):
        if tok.isdigit():
            nums.append(tok)
            continue
        tok = STREET_EXPAND.get(tok, tok)
        if tok in STREET_STOP or tok in FLOOR_WORDS or len(tok) < 2 or any(ch.isdigit() for ch in tok):
            continue
        words.append(tok)
    digits = re.sub(r"\D", "", a.get("postalCode") or "")
    return " ".join(words), (nums[0] if nums else None), (digits[:4] if len(digits) >= 4 else None), (norm(a.get("city")) or None)


def same_address(a, b):
    if not a or not b:
        return False
    sa, na, pa, ca = addr_key(a)
    sb, nb, pb, cb = addr_key(b)
    if not sa or not sb or SequenceMatcher(None, sa, sb).ratio() < 0.8 or na != nb:
        return False
    if pa and pb and pa == pb:
        return True
    if ca and cb and ca == cb:
        return True
    return not (pa and pb) and not (ca and cb)


NAME_IGNORE = {"de", "da", "do", "dos", "das", "e", "lda", "limitada", "sa", "unipessoal", "unip",
               "sociedade", "soc", "anonima", "sr", "sra", "dr", "dra", "eng", "dona", "prof", "ld"}


def name_key(s):
    if not s:
        return ""
    s = re.sub(r"\s*\([^)]*\)\s*$", "", s)
    toks = [t for t in re.findall(r"[a-z0-9]+", norm(s)) if t not in NAME_IGNORE and len(t) > 1]
    return " ".join(sorted(toks))


def name_similarity(a, b):
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0.0
    return SequenceMatcher(None, ka, kb).ratio()


def last_surname(f):
    toks = [t for t in re.findall(r"[a-z]+", norm(f)) if t not in ("junior", "jr", "filho", "neto", "fo")]
    return toks[-1] if toks else None


def city(c):
    return norm(c["address"]["city"]) if c["address"] and c["address"]["city"] else ""


FREEMAIL = {"gmail.com", "hotmail.com", "sapo.pt", "outlook.pt", "outlook.com", "live.com.pt",
            "netcabo.pt", "iol.pt", "yahoo.com", "clix.pt", "msn.com", "icloud.com", "yahoo.com.br",
            "uol.com.br", "bol.com.br", "ukr.net", "i.ua", "hotmail.fr", "gmx.ch", "gmx.net", "free.fr",
            "orange.fr", "bluewin.ch"}


def compute_evidence(a, b):
    ev = []
    if email_eq(a["email"], b["email"]):
        ev.append("email")
    if phone_set(a["phone"]) & phone_set(b["phone"]):
        ev.append("phone")
    if same_address(a["address"], b["address"]):
        ev.append("address")
    return ev


def compute_shared(a, b):
    sh = []
    if name_similarity(a["displayName"], b["displayName"]) >= 0.85:
        sh.append("name")
    la, lb = last_surname(a["familyName"]), last_surname(b["familyName"])
    if la and lb and la == lb:
        sh.append("familyName")
    if email_eq(a["email"], b["email"]):
        sh.append("email")
    da, db = domain(a["email"]), domain(b["email"])
    if da and db and da == db and da not in FREEMAIL:
        sh.append("email_domain")
    if phone_set(a["phone"]) & phone_set(b["phone"]):
        sh.append("phone")
    if same_address(a["address"], b["address"]):
        sh.append("address")
    if city(a) and city(a) == city(b):
        sh.append("city")
    return sh


def clear_best(inc, target_idx, pool):
    """pool: list of (idx, contact); target must be the clear best name match in inc's city"""
    cty = city(inc)
    if not cty:
        return False, "incoming record has no city"
    tgt = dict(pool)[target_idx]
    if city(tgt) != cty:
        return False, "compared record is in another city"
    best = name_similarity(inc["displayName"], tgt["displayName"])
    if best < 0.7:
        return False, f"name similarity {best:.2f} < 0.7"
    for idx, c in pool:
        if idx == target_idx or city(c) != cty:
            continue
        s = name_similarity(inc["displayName"], c["displayName"])
        if s > best - 0.1:
            return False, f"runner-up {c['displayName']!r} {s:.2f} vs {best:.2f}"
    return True, ""


# ------------------------------------------------------------------- fields
FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address",
          "address.line1", "address.line2", "address.city", "address.region", "address.postalCode",
          "address.country"]


def getf(c, f):
    if f.startswith("address."):
        return c["address"][f[8:]] if c["address"] else None
    return c[f]


def differing(a, b):
    out = []
    for f in FIELDS:
        if f == "address":
            if (a["address"] is None) != (b["address"] is None):
                out.append(f)
        elif f.startswith("address."):
            if a["address"] is not None and b["address"] is not None and getf(a, f) != getf(b, f):
                out.append(f)
        elif a[f] != b[f]:
            out.append(f)
    return out


NAME_WHATS = {"case", "accents", "mojibake", "encoding", "typo", "name_form", "nickname", "title",
              "married_name", "transliteration", "spouse_dropped", "other_spouse", "couple_format",
              "trade_name", "estate_form", "last_first", "swapped", "dropped", "added", "name_split",
              "legal_form", "abbreviated", "ampersand", "particles", "truncated", "suffix_format",
              "disambiguation_dropped", "disambiguation", "whitespace", "contact_dropped",
              "contact_added", "contact_changed", "other_contact", "other_customer", "initials"}
ADDR_WHATS = {"moved", "other_address", "case", "accents", "mojibake", "encoding", "typo", "street_type",
              "particles", "floor_layout", "floor_dropped", "floor_added", "floor_format",
              "number_format", "city_variant", "dropped", "added", "format", "shortened", "wrong"}
ALLOWED = {f: NAME_WHATS for f in ("displayName", "givenName", "familyName", "companyName")}
ALLOWED["email"] = {"dropped", "added", "new", "other", "case", "typo"}
ALLOWED["phone"] = {"dropped", "added", "new", "other", "number_added", "number_dropped", "format",
                    "digit_off", "note_added"}
ALLOWED["address"] = {"dropped", "added"}
for f in FIELDS[7:]:
    ALLOWED[f] = ADDR_WHATS

KINDS = {"company": "org", "condominio": "org", "associacao": "org", "ipss": "org", "clube": "org",
         "heranca": "org", "person": "person", "couple": "person", "eni": "person"}
SOURCES = {"folha_excel", "efatura_at", "formulario_web", "salarios_export", "qbo_manual"}
SHARED_KEYS = ["name", "familyName", "email", "email_domain", "phone", "address", "city", "company_stem"]
STRONG = {"name", "familyName", "email", "phone", "address", "company_stem"}
LIMITS = {"displayName": 100, "companyName": 100, "givenName": 100, "familyName": 100, "email": 100,
          "phone": 30}
ALIMITS = {"line1": 500, "line2": 500, "city": 255, "region": 255, "postalCode": 30, "country": 255}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def main():
    sp, mp = os.path.join(DIR, "set.jsonl"), os.path.join(DIR, "meta.jsonl")
    if not (os.path.exists(sp) and os.path.exists(mp)):
        print("FAIL files present: run python3 gen.py first")
        print("CHECKS FAILED")
        return 1
    S, M = load(sp), load(mp)

    # ------------------------------------------------------------ format
    errs = []
    if len(S) != 3000:
        errs.append(f"set.jsonl has {len(S)} lines")
    if len(M) != len(S):
        errs.append(f"meta.jsonl has {len(M)} lines")
    for i, r in enumerate(S):
        ln = i + 1
        if set(r) != {"set", "entity", "contact"}:
            errs.append(f"line {ln}: keys {sorted(r)}")
            continue
        want = "existing" if i < 1500 else "incoming"
        if r["set"] != want:
            errs.append(f"line {ln}: set {r['set']} expected {want}")
        if not isinstance(r["entity"], str) or not re.fullmatch(r"c[0-9a-f]{7}", r["entity"]):
            errs.append(f"line {ln}: entity {r['entity']!r}")
        c = r["contact"]
        if not isinstance(c, dict) or set(c) != {"displayName", "givenName", "familyName", "companyName",
                                                 "email", "phone", "address"}:
            errs.append(f"line {ln}: contact keys")
            continue
        for k, n in LIMITS.items():
            v = c[k]
            if v is None:
                continue
            if not isinstance(v, str) or not v.strip():
                errs.append(f"line {ln}: {k} empty/not a string")
            elif len(v) > n:
                errs.append(f"line {ln}: {k} longer than {n}")
        if not c["displayName"]:
            errs.append(f"line {ln}: displayName missing")
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or set(a) != set(ALIMITS):
                errs.append(f"line {ln}: address keys")
                continue
            if all(v is None for v in a.values()):
                errs.append(f"line {ln}: address with all fields null")
            for k, n in ALIMITS.items():
                v = a[k]
                if v is None:
                    continue
                if not isinstance(v, str) or not v.strip():
                    errs.append(f"line {ln}: address.{k} empty/not a string")
                elif len(v) > n:
                    errs.append(f"line {ln}: address.{k} too long")
    report("format: 3000 lines, sets in order, entity ids, fields non-empty strings or null, limits", errs)
    if errs:
        return finish()

    EX, IN = S[:1500], S[1500:]
    MEX, MIN = M[:1500], M[1500:]

    # ------------------------------------------------------------ existing list
    errs = []
    names = [r["contact"]["displayName"] for r in EX]
    if names != sorted(names, key=lambda s: s.casefold()):
        errs.append("existing not sorted by displayName.casefold()")
    dup = [k for k, n in Counter(s.casefold() for s in names).items() if n > 1]
    if dup:
        errs.append(f"duplicate displayNames (case-insensitive): {dup[:3]}")
    ents = Counter(r["entity"] for r in EX)
    if any(n > 1 for n in ents.values()):
        errs.append("an entity appears twice in the existing set")
    for i, r in enumerate(EX):
        c = r["contact"]
        if not (c["email"] or c["phone"] or c["address"]):
            errs.append(f"existing {i} has no email/phone/address")
    disamb = [s for s in names if re.search(r" \((\d+|[^)]+)\)$", s)]
    if len(disamb) < 3:
        errs.append("expected some accounting-system disambiguations like 'Name (2)' / 'Name (City)'")
    report("existing: sorted, unique displayName, one record per customer, contactable, disambiguated", errs)

    # ------------------------------------------------------------ meta basics
    errs = []
    ex_ent = {r["entity"]: i for i, r in enumerate(EX)}
    kind_of, party_of = {}, {}
    base_keys = {"set", "index", "entity", "category", "kind", "party", "changes"}
    cat_keys = {
        "existing": set(),
        "match": {"source", "profile", "evidence", "findable", "compare_set", "compare_index"},
        "hard_negative": {"source", "anchor", "anchor_index", "hn_type", "rule", "shared"},
    }
    for i, (r, m) in enumerate(zip(S, M)):
        where = f"meta line {i + 1}"
        if m.get("set") != r["set"] or m.get("entity") != r["entity"]:
            errs.append(f"{where}: set/entity differ from set.jsonl")
        exp_idx = i if i < 1500 else i - 1500
        if m.get("index") != exp_idx:
            errs.append(f"{where}: index {m.get('index')} expected {exp_idx}")
        cat = m.get("category")
        if (i < 1500) != (cat == "existing"):
            errs.append(f"{where}: category {cat}")
        if cat not in ("existing", "match", "new", "hard_negative"):
            errs.append(f"{where}: unknown category {cat}")
            continue
        if m.get("kind") not in KINDS or KINDS[m["kind"]] != m.get("party"):
            errs.append(f"{where}: kind/party {m.get('kind')}/{m.get('party')}")
        e = r["entity"]
        if kind_of.setdefault(e, m.get("kind")) != m.get("kind") or party_of.setdefault(e, m.get("party")) != m.get("party"):
            errs.append(f"{where}: entity {e} changes kind/party")
        if cat == "new":
            need = {"source", "occurrence"} | ({"profile", "evidence", "findable", "compare_set", "compare_index"}
                                               if m.get("occurrence", 1) > 1 else set())
        else:
            need = cat_keys[cat]
        extra = set(m) - base_keys - need - ({"stem"} if cat == "hard_negative" else set())
        missing = (base_keys | need) - set(m)
        if missing or extra:
            errs.append(f"{where}: missing {sorted(missing)} unexpected {sorted(extra)}")
        if cat != "existing" and m.get("source") not in SOURCES:
            errs.append(f"{where}: source {m.get('source')}")
        if "profile" in m and m["profile"] not in ("light", "medium", "harsh"):
            errs.append(f"{where}: profile {m['profile']}")
        if not isinstance(m.get("changes"), list):
            errs.append(f"{where}: changes not a list")
    report("meta: same order, indices, categories, kind/party, keys per category", errs)
    if errs:
        return finish()

    # ------------------------------------------------------------ party rules
    errs = []
    for i, (r, m) in enumerate(zip(S, M)):
        c = r["contact"]
        if m["party"] == "org" and not c["companyName"]:
            errs.append(f"line {i + 1}: organisation without companyName")
        if m["party"] == "person" and c["companyName"] and not any(x.startswith("companyName:") for x in m["changes"]):
            errs.append(f"line {i + 1}: person with companyName not labelled as a change")
    report("organisations have companyName; persons only when labelled as a change", errs)

    # ------------------------------------------------------------ counts
    errs = []
    cats = Counter(m["category"] for m in MIN)
    n = len(MIN)
    if not 0.50 <= cats["match"] / n <= 0.60:
        errs.append(f"match share {cats['match'] / n:.2%}")
    if not 0.30 <= cats["new"] / n <= 0.40:
        errs.append(f"new share {cats['new'] / n:.2%}")
    if cats["hard_negative"] != 150:
        errs.append(f"hard negatives {cats['hard_negative']}")
    match_ents = Counter(r["entity"] for r, m in zip(IN, MIN) if m["category"] == "match")
    new_ents = Counter(r["entity"] for r, m in zip(IN, MIN) if m["category"] == "new")
    if not 600 <= len(match_ents) <= 800:
        errs.append(f"{len(match_ents)} distinct matched customers (want ~700)")
    if not 350 <= len(new_ents) <= 450:
        errs.append(f"{len(new_ents)} distinct new customers (want ~400)")
    for label, cnt in (("match", match_ents), ("new", new_ents)):
        dist = Counter(cnt.values())
        if max(dist) > 3 or dist.get(2, 0) == 0 or dist.get(3, 0) == 0:
            errs.append(f"{label} repeat distribution {dict(dist)}")
    hn_types = Counter(m["hn_type"] for m in MIN if m["category"] == "hard_negative")
    if len(hn_types) < 10:
        errs.append(f"only {len(hn_types)} hard-negative types")
    orgs = sum(1 for m in MEX if m["party"] == "org") / 1500
    if not 0.45 <= orgs <= 0.65:
        errs.append(f"organisation share {orgs:.2%} (want ~55%)")
    report(f"counts: incoming {dict(cats)}, {len(match_ents)} matched / {len(new_ents)} new customers, "
           f"{len(hn_types)} hard-negative types, {orgs:.0%} organisations", errs)

    # ------------------------------------------------------------ labels
    errs = []
    first_of = {}
    occ_seen = defaultdict(list)
    for j, (r, m) in enumerate(zip(IN, MIN)):
        e, cat = r["entity"], m["category"]
        if cat == "match":
            if e not in ex_ent:
                errs.append(f"incoming {j}: match entity not in existing")
            if m["compare_set"] != "existing" or not (0 <= m["compare_index"] < 1500):
                errs.append(f"incoming {j}: bad compare reference")
            elif EX[m["compare_index"]]["entity"] != e:
                errs.append(f"incoming {j}: compare_index points to another entity")
        elif cat == "new":
            if e in ex_ent:
                errs.append(f"incoming {j}: new entity exists in the existing set")
            occ_seen[e].append((j, m["occurrence"]))
            if m["occurrence"] == 1:
                first_of[e] = j
                if m["changes"]:
                    errs.append(f"incoming {j}: first occurrence with changes")
        elif cat == "hard_negative":
            if e in ex_ent:
                errs.append(f"incoming {j}: hard negative entity exists in the existing set")
            if not (0 <= m["anchor_index"] < 1500) or EX[m["anchor_index"]]["entity"] != m["anchor"]:
                errs.append(f"incoming {j}: anchor/anchor_index mismatch")
            if not isinstance(m["rule"], str) or len(m["rule"]) < 20:
                errs.append(f"incoming {j}: rule missing")
            if not m["hn_type"]:
                errs.append(f"incoming {j}: hn_type missing")
    for e, lst in occ_seen.items():
        occs = [o for _, o in lst]
        if sorted(occs) != list(range(1, len(occs) + 1)):
            errs.append(f"new entity {e}: occurrences {occs}")
        if [o for _, o in sorted(lst)] != sorted(occs):
            errs.append(f"new entity {e}: occurrence 1 is not first")
    for j, (r, m) in enumerate(zip(IN, MIN)):
        if m["category"] == "new" and m["occurrence"] > 1:
            if m["compare_set"] != "incoming" or m["compare_index"] != first_of.get(r["entity"]):
                errs.append(f"incoming {j}: repeat does not point to occurrence 1")
    hn_ents = Counter(r["entity"] for r, m in zip(IN, MIN) if m["category"] == "hard_negative")
    other = set(r["entity"] for r, m in zip(IN, MIN) if m["category"] != "hard_negative")
    if any(v > 1 for v in hn_ents.values()) or set(hn_ents) & other:
        errs.append("hard-negative entities are not unique customers")
    report("labels: match/new/hard-negative entity rules, occurrences, compare and anchor references", errs)

    # ------------------------------------------------------------ evidence / findable
    errs = []
    by_kind = Counter()
    ex_pool = [(i, r["contact"]) for i, r in enumerate(EX)]
    for j, (r, m) in enumerate(zip(IN, MIN)):
        if "evidence" not in m:
            continue
        if m["compare_set"] == "existing":
            cmpc = EX[m["compare_index"]]["contact"]
            pool = ex_pool
        else:
            cmpc = IN[m["compare_index"]]["contact"]
            pool = [(k, x["contact"]) for k, x in enumerate(IN)
                    if x["entity"] != r["entity"] or k == m["compare_index"]]
        ev = compute_evidence(r["contact"], cmpc)
        claimed = m["evidence"]
        if not isinstance(claimed, list) or sorted(claimed) != sorted(ev) or len(set(claimed)) != len(claimed):
            errs.append(f"incoming {j}: evidence claimed {claimed} computed {ev}")
        if m["findable"] not in ("identifier", "name+city"):
            errs.append(f"incoming {j}: findable {m['findable']}")
        elif m["findable"] == "identifier" and not ev:
            errs.append(f"incoming {j}: findable by identifier without shared identifier")
        elif m["findable"] == "name+city":
            if ev:
                errs.append(f"incoming {j}: name+city claimed although identifiers are shared")
            ok, why = clear_best(r["contact"], m["compare_index"], pool)
            if not ok:
                errs.append(f"incoming {j}: not findable by name+city: {why}")
        by_kind[(m["category"], m["findable"])] += 1
    report(f"evidence recomputed and findability verified {dict(by_kind)}", errs)

    # ------------------------------------------------------------ shared claims
    errs = []
    for j, (r, m) in enumerate(zip(IN, MIN)):
        if m["category"] != "hard_negative":
            continue
        anc = EX[m["anchor_index"]]["contact"]
        sh = m["shared"]
        if not isinstance(sh, list) or any(s not in SHARED_KEYS for s in sh) or len(set(sh)) != len(sh):
            errs.append(f"incoming {j}: shared {sh}")
            continue
        comp = compute_shared(r["contact"], anc)
        if sorted(s for s in sh if s != "company_stem") != sorted(comp):
            errs.append(f"incoming {j}: shared claimed {sh} computed {comp}")
        if ("company_stem" in sh) != ("stem" in m):
            errs.append(f"incoming {j}: company_stem and stem must go together")
        if "stem" in m:
            st = norm(m["stem"])
            names_a = norm(r["contact"]["displayName"]) + " | " + norm(r["contact"]["companyName"])
            names_b = norm(anc["displayName"]) + " | " + norm(anc["companyName"])
            if not st or st not in names_a or st not in names_b:
                errs.append(f"incoming {j}: stem {m['stem']!r} not in both names")
        if not STRONG & set(sh):
            errs.append(f"incoming {j}: hard negative shares nothing substantial with its anchor")
    report("hard negatives: shared claims recomputed, stems verified, each shares name/family/email/phone/address/stem", errs)

    # ------------------------------------------------------------ changes
    errs = []
    whats = Counter()
    for i, (r, m) in enumerate(zip(S, M)):
        ch = m["changes"]
        if m["category"] == "existing" or (m["category"] == "new" and m["occurrence"] == 1):
            if ch:
                errs.append(f"line {i + 1}: changes must be []")
            continue
        if m["category"] == "hard_negative":
            cmpc = EX[m["anchor_index"]]["contact"]
        elif m["compare_set"] == "existing":
            cmpc = EX[m["compare_index"]]["contact"]
        else:
            cmpc = IN[m["compare_index"]]["contact"]
        if len(set(ch)) != len(ch):
            errs.append(f"line {i + 1}: duplicate change entries")
        fields = []
        for x in ch:
            if not isinstance(x, str) or ":" not in x:
                errs.append(f"line {i + 1}: bad change {x!r}")
                continue
            f, w = x.rsplit(":", 1)
            if f not in ALLOWED:
                errs.append(f"line {i + 1}: unknown field {f}")
                continue
            if w not in ALLOWED[f]:
                errs.append(f"line {i + 1}: '{w}' is not a change of {f}")
            whats[w] += 1
            if f not in fields:
                fields.append(f)
        diff = differing(r["contact"], cmpc)
        if sorted(fields) != sorted(diff):
            errs.append(f"line {i + 1}: changes name {sorted(fields)} but differing fields are {sorted(diff)}")
    report(f"changes: exactly the differing fields, known vocabulary ({len(whats)} kinds used)", errs)

    # ------------------------------------------------------------ determinism
    errs = []
    gen = os.path.join(HERE, "gen.py")
    digests = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in ("1", "4242"):
            out = os.path.join(tmp, "run" + seed)
            env = dict(os.environ, PYTHONHASHSEED=seed)
            p = subprocess.run([sys.executable, gen, "--out", out], env=env, cwd=tmp,
                               capture_output=True, text=True)
            if p.returncode != 0:
                errs.append(f"gen.py failed with PYTHONHASHSEED={seed}: {p.stderr[-300:]}")
                continue
            d = []
            for fn in ("set.jsonl", "meta.jsonl"):
                with open(os.path.join(out, fn), "rb") as f:
                    d.append(hashlib.sha256(f.read()).hexdigest())
            digests.append(tuple(d))
    if len(digests) == 2 and digests[0] != digests[1]:
        errs.append("outputs differ between PYTHONHASHSEED runs")
    if digests and DIR == HERE:
        mine = []
        for fn in ("set.jsonl", "meta.jsonl"):
            with open(os.path.join(DIR, fn), "rb") as f:
                mine.append(hashlib.sha256(f.read()).hexdigest())
        if tuple(mine) != digests[0]:
            errs.append("files in the folder differ from a fresh run of gen.py")
    report("determinism: two runs with different PYTHONHASHSEED are byte-identical (SHA-256)"
           + (f" {digests[0][0][:12]}…" if digests else ""), errs)
    return finish()


def finish():
    failed = [n for n, ok in RESULTS if not ok]
    if failed:
        print(f"CHECKS FAILED: {len(failed)} of {len(RESULTS)} failed")
        for n in failed:
            print("  - " + n)
        return 1
    print(f"ALL CHECKS PASSED ({len(RESULTS)} checks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
