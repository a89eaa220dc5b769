#!/usr/bin/env python3
"""Independent validator for the fi-isannointi record-linkage benchmark.

Does not import gen.py.  Re-implements the comparison rules described in README.txt
and checks set.jsonl / meta.jsonl against them:

  * format, field limits, ids, ordering of the existing list, unique display names
  * counts (existing / match / new / hard negatives, hard-negative types)
  * label consistency (entities, compare indexes, occurrences, anchors)
  * the `changes` lists name exactly the fields that differ from the compared record
  * `evidence` (shared e-mail / phone / address) and `findable` (identifier or name+city)
  * hard negatives' `shared` claims
  * determinism: gen.py run twice with different PYTHONHASHSEED gives identical bytes

Prints PASS/FAIL lines and ends with "ALL CHECKS PASSED" (exit 0) or a failure summary
(exit 1).
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
RESULTS = []


def report(name, ok, detail=""):
    RESULTS.append((name, ok))
    line = ("PASS " if ok else "FAIL ") + name
    if detail and not ok:
        line += " -- " + detail
    elif detail:
        line += " (" + detail + ")"
    print(line)


def examples(bad, n=5):
    return "; ".join(str(b) for b in bad[:n]) + (" ... (%d total)" % len(bad) if len(bad) > n else "")


# ---------------------------------------------------------------------------
# Normalisation (own implementation)
# ---------------------------------------------------------------------------
def unmangle(s):
    """Undo UTF-8-read-as-Windows-1252 ("PÃ¤ivi" -> "Päivi")."""
    if s and ("Ã" in s or "Â" in s):
        try:
            return s.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return s
    return s


def plain(s):
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", unmangle(s))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def ntext(s):
    # ä written as "ae", ö as "oe", å as "aa" by people without the letters
    return plain(s).replace("ae", "a").replace("oe", "o").replace("aa", "a")


def nkey(s):
    return re.sub(r"[^a-z0-9]", "", ntext(s))


# Finnish <-> Swedish municipality names used in the scenario area
CITY_PAIRS = [("Tampere", "Tammerfors"), ("Hämeenkyrö", "Tavastkyro"), ("Turku", "Åbo"),
              ("Kaarina", "S:t Karins"), ("Raisio", "Reso"), ("Naantali", "Nådendal"),
              ("Lieto", "Lundo"), ("Masku", "Masko"), ("Parainen", "Pargas"),
              ("Kemiönsaari", "Kimitoön"), ("Paimio", "Pemar"), ("Mynämäki", "Virmo"),
              ("Kustavi", "Gustavs"), ("Taivassalo", "Tövsala"), ("Sauvo", "Sagu"),
              ("Espoo", "Esbo"), ("Helsinki", "Helsingfors"), ("Vantaa", "Vanda"),
              ("Kauniainen", "Grankulla"), ("Kirkkonummi", "Kyrkslätt"), ("Vihti", "Vichtis"),
              ("Lohja", "Lojo"), ("Siuntio", "Sjundeå"), ("Inkoo", "Ingå"),
              ("Raasepori", "Raseborg"), ("Hanko", "Hangö"), ("Porvoo", "Borgå"),
              ("Sipoo", "Sibbo"), ("Tuusula", "Tusby"), ("Kerava", "Kervo"),
              ("Järvenpää", "Träskända")]
CITY_MAP = {}
for fi, sv in CITY_PAIRS:
    CITY_MAP[nkey(sv)] = nkey(fi)


def ncity(s):
    k = nkey(s)
    return CITY_MAP.get(k, k)


# Swedish street names -> Finnish (same street in a bilingual town)
STREET_PAIRS = [
    ("Aurakatu", "Auragatan"), ("Eerikinkatu", "Eriksgatan"), ("Hämeenkatu", "Tavastgatan"),
    ("Uudenmaankatu", "Nylandsgatan"), ("Yliopistonkatu", "Universitetsgatan"),
    ("Kaskenkatu", "Kaskisgatan"), ("Itäinen Pitkäkatu", "Österlånggatan"),
    ("Läntinen Rantakatu", "Västra Strandgatan"), ("Puolalankatu", "Puolalagatan"),
    ("Linnankatu", "Slottsgatan"), ("Ratapihankatu", "Bangårdsgatan"),
    ("Vähä Hämeenkatu", "Lilla Tavastgatan"), ("Sirkkalankatu", "Sirkkalagatan"),
    ("Kupittaankatu", "Kuppisgatan"), ("Martinkatu", "Martinsgatan"),
    ("Humalistonkatu", "Humlegårdsgatan"), ("Brahenkatu", "Brahegatan"),
    ("Kristiinankatu", "Kristinegatan"), ("Maariankatu", "Mariegatan"),
    ("Rauhankatu", "Fredsgatan"), ("Länsituulentie", "Västanvindsvägen"),
    ("Itätuulenkuja", "Östanvindsgränden"), ("Kauppamiehentie", "Köpmansvägen"),
    ("Leppävaarankatu", "Alberga gata"), ("Otaniementie", "Otnäsvägen"),
    ("Kivenlahdentie", "Stensviksvägen"), ("Matinkatu", "Mattsgatan"),
    ("Piispansilta", "Biskopsbron"), ("Tapionraitti", "Tapiovägen"),
    ("Merikorttikuja", "Sjökortsgränden"), ("Soukantie", "Sökvägen"),
    ("Espoonlahdenranta", "Esboviksstranden"), ("Kirkkojärventie", "Kyrkträskvägen"),
    ("Suvikummuntie", "Sommarkullavägen"), ("Kilonkartanontie", "Kilo gårdsväg"),
    ("Nuottaniementie", "Notuddsvägen"), ("Mannerheimintie", "Mannerheimvägen"),
    ("Fredrikinkatu", "Fredriksgatan"), ("Runeberginkatu", "Runebergsgatan"),
    ("Mechelininkatu", "Mechelingatan"), ("Hämeentie", "Tavastvägen"),
    ("Mäkelänkatu", "Backasgatan"), ("Topeliuksenkatu", "Topeliusgatan"),
    ("Museokatu", "Museigatan"), ("Lauttasaarentie", "Drumsövägen"),
    ("Itäinen Rantakatu", "Östra Strandgatan"),
    ("Saunaniementie", "Bastuuddsvägen"), ("Kivilahdentie", "Stenviksvägen"),
    ("Koivuniementie", "Björkuddsvägen"), ("Ahvenlahdentie", "Abborrviksvägen"),
    ("Haukilahdentie", "Gäddviksvägen"), ("Kalliosaarentie", "Bergholmsvägen"),
    ("Hiekkarannantie", "Sandstrandsvägen"), ("Lahdenperäntie", "Vikbottenvägen"),
    ("Kuusiniementie", "Granuddsvägen"), ("Mökkitie", "Stugvägen"),
    ("Rantakoivuntie", "Strandbjörksvägen"), ("Kalastajantie", "Fiskarvägen"),
    ("Laiturikuja", "Bryggränden"), ("Niemenkärjentie", "Uddspetsvägen"),
    ("Lomatie", "Semestervägen"), ("Kesärannantie", "Sommarstrandsvägen"),
    ("Salmentie", "Sundvägen"), ("Luodontie", "Grundvägen"),
    ("Kaislarannantie", "Vassstrandsvägen"), ("Honkaharjuntie", "Furuåsvägen"),
    ("Järvenrannantie", "Sjöstrandsvägen"), ("Tervaleppäntie", "Klibbalsvägen"),
    ("Sorsalahdentie", "Andviksvägen"), ("Kuikkarannantie", "Lomstrandsvägen"),
    ("PL", "PB"),
]
STEM_PAIRS = [
    ("Koivu", "Björk"), ("Kuusi", "Gran"), ("Mänty", "Tall"), ("Tammi", "Ek"),
    ("Pihlaja", "Rönn"), ("Vaahtera", "Lönn"), ("Haapa", "Asp"), ("Leppä", "Al"),
    ("Lehmus", "Lind"), ("Kataja", "En"), ("Kallio", "Berg"), ("Kivi", "Sten"),
    ("Ranta", "Strand"), ("Meri", "Havs"), ("Järvi", "Sjö"), ("Mylly", "Kvarn"),
    ("Kirkko", "Kyrk"), ("Koulu", "Skol"), ("Satama", "Hamn"), ("Asema", "Stations"),
    ("Pelto", "Åker"), ("Niitty", "Ängs"), ("Metsä", "Skogs"), ("Mäki", "Backa"),
    ("Lehto", "Lund"), ("Kartano", "Gårds"), ("Tuuli", "Vind"), ("Aurinko", "Sol"),
    ("Kulta", "Guld"), ("Kettu", "Räv"), ("Karhu", "Björn"), ("Hirvi", "Älg"),
    ("Kauppa", "Handels"), ("Kaivo", "Brunns"), ("Pappila", "Prästgårds"),
    ("Kukkula", "Kulle"), ("Lähde", "Käll"), ("Sointu", "Klang"), ("Kannel", "Kantele"),
    ("Lintu", "Fågel"), ("Joutsen", "Svan"), ("Kurki", "Tran"), ("Haukka", "Hök"),
    ("Tähti", "Stjärn"), ("Kuu", "Mån"), ("Pilvi", "Moln"), ("Sade", "Regn"),
    ("Talvi", "Vinter"), ("Kevät", "Vår"), ("Kesä", "Sommar"), ("Syksy", "Höst"),
    ("Kanerva", "Ljung"), ("Kielo", "Liljekonvalj"), ("Ruusu", "Ros"), ("Omena", "Äppel"),
    ("Kirsikka", "Körsbärs"), ("Marja", "Bär"), ("Sieni", "Svamp"), ("Saha", "Såg"),
    ("Paja", "Smedje"), ("Torppa", "Torp"), ("Nummi", "Hed"), ("Suo", "Myr"),
]
SUFFIX_PAIRS = [("katu", "gatan"), ("tie", "vägen"), ("kuja", "gränden"), ("polku", "stigen"),
                ("raitti", "gången"), ("väylä", "leden"), ("rinne", "branten"),
                ("kaari", "bågen"), ("piha", "gården")]
STREET_MAP = {}
for fi, sv in STREET_PAIRS:
    STREET_MAP[nkey(sv)] = nkey(fi)
for a, b in STEM_PAIRS:
    for sa, sb in SUFFIX_PAIRS:
        STREET_MAP[nkey(b + sb)] = nkey(a + sa)


def nphone(s):
    if not s:
        return ""
    d = re.sub(r"\D", "", s.replace("(0)", ""))
    if d.startswith("00358"):
        return "0" + d[5:]
    if d.startswith("358") and len(d) >= 11:
        return "0" + d[3:]
    return d


def street_and_number(addr):
    """(street key, house number, postcode, city key) or None."""
    if not addr:
        return None
    lines = [x for x in (addr.get("line1"), addr.get("line2")) if x]
    found = None
    for ln in lines:
        for seg in ln.split(","):
            seg = seg.strip()
            if not seg or plain(seg).startswith("c/o"):
                continue
            m = re.match(r"^\s*([^\d,]*?[^\W\d_][^\d,]*?)\.?\s*(\d+)", seg)
            if m:
                found = (m.group(1), m.group(2))
                break
        if found:
            break
    if not found:
        return None
    pc = addr.get("postalCode")
    if not pc:
        m = re.search(r"\b(\d{5})\b", " ".join(lines))
        pc = m.group(1) if m else ""
    sk = nkey(found[0])
    sk = STREET_MAP.get(sk, sk)
    return sk, found[1], pc.strip(), ncity(addr.get("city")) if addr.get("city") else ""


def same_address(a, b):
    pa, pb = street_and_number(a), street_and_number(b)
    if not pa or not pb or pa[1] != pb[1]:
        return False
    if not ((pa[2] and pa[2] == pb[2]) or (pa[3] and pa[3] == pb[3])):
        return False
    return pa[0] == pb[0] or SequenceMatcher(None, pa[0], pb[0]).ratio() >= 0.75


def shared_identifiers(a, b):
    out = []
    if a["email"] and b["email"] and a["email"].strip().casefold() == b["email"].strip().casefold():
        out.append("email")
    if a["phone"] and b["phone"] and nphone(a["phone"]) == nphone(b["phone"]):
        out.append("phone")
    if same_address(a["address"], b["address"]):
        out.append("address")
    return out


NOISE_WORDS = set("""oy ab oyj ltd ky ay tmi osk ry rf as asunto asoy osakeyhtio bost bostads
bostadsab aktiebolag bostadsaktiebolag bostadsaktiebolaget koy kiint kiinteisto
kiinteistoosakeyhtio fastighets fast fastighetsaktiebolaget osuuskunta kommandiittiyhtio avoin
yhtio toiminimi mi co ent entinen ja och kp kuolinpesa dodsbo tunnus yksityinen di fm ktm tkt
ins dos prof rouva herra ll ft rov kapt merikapt fil mag dipl ing fru herr dr""".split())


def tokens(contact):
    texts = []
    for k in ("displayName", "companyName"):
        v = contact.get(k)
        if v and v not in texts:
            texts.append(v)
    out = []
    for t in texts:
        t = unmangle(t)
        t = re.sub(r"\d{7}-\d", " ", t)                 # Y-tunnus
        t = re.sub(r"\s*\([^)]*\)\s*$", "", t)          # "(Tampere)", "(2)", "(ent. ...)"
        for w in re.split(r"[^0-9a-z]+", ntext(t)):
            if w and w not in NOISE_WORDS and not (len(w) == 1 and w.isalpha()) and w not in out:
                out.append(w)
    return out


def similar_token(a, b):
    if a == b:
        return True
    return len(a) >= 4 and len(b) >= 4 and SequenceMatcher(None, a, b).ratio() >= 0.8


def similarity(ta, tb):
    if not ta or not tb:
        return 0.0
    free = list(tb)
    hit = 0
    for a in ta:
        for j, b in enumerate(free):
            if b is not None and similar_token(a, b):
                free[j] = None
                hit += 1
                break
    return hit / float(len(ta) + len(tb) - hit)


def city_of(c):
    a = c.get("address")
    return ncity(a["city"]) if a and a.get("city") else None


def clear_best_by_name_in_city(inc, target, pool, margin=0.15):
    city = city_of(inc)
    if not city:
        return False, "no city"
    ti = tokens(inc)
    scored = sorted(((similarity(ti, tokens(c)), i) for i, c in pool if city_of(c) == city),
                    key=lambda x: (-x[0], x[1]))
    if not scored:
        return False, "empty pool"
    if scored[0][1] != target:
        return False, "best is %s not %s" % (scored[0][1], target)
    if scored[0][0] < 0.5:
        return False, "score %.2f" % scored[0][0]
    if len(scored) > 1 and scored[0][0] - scored[1][0] < margin:
        return False, "margin %.2f" % (scored[0][0] - scored[1][0])
    return True, ""


FREEMAIL = {"gmail.com", "hotmail.com", "outlook.com", "hotmail.fi", "live.fi", "elisanet.fi",
            "kolumbus.fi", "saunalahti.fi", "luukku.com", "suomi24.fi", "pp.inet.fi",
            "dnainternet.net", "welho.com", "icloud.com", "yahoo.com", "outlook.fi"}


def domain(e):
    return e.split("@")[-1].strip().casefold() if e and "@" in e else None


def real_shared(h, a):
    out = set()
    th, ta = tokens(h), tokens(a)
    if th and sorted(th) == sorted(ta):
        out.add("name")
    if h["familyName"] and a["familyName"] and nkey(h["familyName"]) == nkey(a["familyName"]):
        out.add("familyName")
    if h["email"] and a["email"] and h["email"].strip().casefold() == a["email"].strip().casefold():
        out.add("email")
    elif domain(h["email"]) and domain(h["email"]) == domain(a["email"]) and domain(h["email"]) not in FREEMAIL:
        out.add("email_domain")
    if h["phone"] and a["phone"] and nphone(h["phone"]) == nphone(a["phone"]):
        out.add("phone")
    if same_address(h["address"], a["address"]):
        out.add("address")
    if city_of(h) and city_of(h) == city_of(a):
        out.add("city")
    return out


TOP = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
ADDR = ["line1", "line2", "city", "region", "postalCode", "country"]
LIMITS = {"displayName": 100, "companyName": 100, "givenName": 100, "familyName": 100,
          "email": 100, "phone": 30, "line1": 500, "line2": 500, "city": 255, "region": 255,
          "postalCode": 30, "country": None}


def differing(a, b):
    out = [f for f in TOP if a[f] != b[f]]
    if a["address"] is None and b["address"] is None:
        return out
    if a["address"] is None or b["address"] is None:
        return out + ["address"]
    return out + [f for f in ADDR if a["address"][f] != b["address"][f]]


VOCAB = set("""typo case ascii ae_oe mojibake surname_first last_first swap initial nickname
middle_name finnish_form title dropped added format country_form legal_form abbrev ytunnus
swedish_name finnish_name disambiguation stair_notation co_line_moved co_dropped merged split
postcode_wrong digit_off wrong_field estate_form moved cottage new other_number married_name
spouse contact_changed manager_changed renamed other_customer rewritten""".split())
HN_SHARED = {"name", "familyName", "email", "email_domain", "phone", "address", "city",
             "company_stem"}
SOURCES = {"field_app", "web_form", "erp_export", "einvoice"}


# ---------------------------------------------------------------------------
def load(folder):
    with open(os.path.join(folder, "set.jsonl"), encoding="utf-8") as f:
        s = [json.loads(x) for x in f]
    with open(os.path.join(folder, "meta.jsonl"), encoding="utf-8") as f:
        m = [json.loads(x) for x in f]
    return s, m


def main():
    try:
        S, M = load(HERE)
    except Exception as exc:  # noqa
        report("files readable", False, repr(exc))
        return finish()
    report("files readable", True, "%d set lines, %d meta lines" % (len(S), len(M)))

    # ---------------------------------------------------------------- format
    bad = []
    for n, rec in enumerate(S, 1):
        if list(rec.keys()) != ["set", "entity", "contact"]:
            bad.append((n, "keys"))
            continue
        if rec["set"] not in ("existing", "incoming"):
            bad.append((n, "set"))
        if not re.fullmatch(r"c[0-9a-f]{7}", rec["entity"] or ""):
            bad.append((n, "entity"))
        c = rec["contact"]
        if list(c.keys()) != TOP + ["address"]:
            bad.append((n, "contact keys"))
            continue
        for k in TOP:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v or len(v) > LIMITS[k] or v != v.strip()):
                bad.append((n, k, v))
        if c["address"] is not None:
            if list(c["address"].keys()) != ADDR:
                bad.append((n, "address keys"))
                continue
            for k in ADDR:
                v = c["address"][k]
                if v is not None and (not isinstance(v, str) or not v or
                                      (LIMITS[k] and len(v) > LIMITS[k])):
                    bad.append((n, k, v))
            if all(c["address"][k] is None for k in ADDR):
                bad.append((n, "empty address"))
    report("record format, non-empty strings or null, field limits", not bad, examples(bad))

    report("3000 lines in set.jsonl and meta.jsonl", len(S) == 3000 and len(M) == 3000,
           "%d / %d" % (len(S), len(M)))
    sets = [r["set"] for r in S]
    report("lines 1-1500 existing, 1501-3000 incoming",
           sets == ["existing"] * 1500 + ["incoming"] * 1500)
    bad = [i for i, (r, m) in enumerate(zip(S, M))
           if m.get("set") != r["set"] or m.get("entity") != r["entity"]
           or m.get("index") != (i if i < 1500 else i - 1500)]
    report("meta aligned with set (set, index, entity)", not bad, examples(bad))

    EX = [r["contact"] for r in S[:1500]]
    IN = [r["contact"] for r in S[1500:]]
    MEX, MIN = M[:1500], M[1500:]
    ex_ent = [r["entity"] for r in S[:1500]]
    in_ent = [r["entity"] for r in S[1500:]]

    # ---------------------------------------------------------------- existing list
    keys = [c["displayName"].casefold() if c["displayName"] else "" for c in EX]
    report("existing sorted by displayName.casefold()", keys == sorted(keys))
    dup = [k for k, v in Counter(keys).items() if v > 1]
    report("existing displayName unique (case-insensitive)", not dup and all(keys), examples(dup))
    dup = [k for k, v in Counter(ex_ent).items() if v > 1]
    report("one existing record per customer", not dup, examples(dup))
    bad = [i for i, c in enumerate(EX) if not (c["email"] or c["phone"] or c["address"])]
    report("every existing record has e-mail, phone or address", not bad, examples(bad))
    disamb = [c["displayName"] for c in EX if re.search(r" \((\d+|[^)]+)\)$", c["displayName"])
              and not c["displayName"].endswith("(kuolinpesä)")]
    report("accounting-style disambiguation present", len(disamb) >= 5, "%d names" % len(disamb))

    # ---------------------------------------------------------------- meta basics
    bad = []
    for m in MEX:
        if m.get("category") != "existing" or m.get("changes") != [] or m.get("party") not in ("org", "person") \
                or not m.get("kind"):
            bad.append(m["index"])
    report("existing meta (category, changes [], party, kind)", not bad, examples(bad))
    cats = Counter(m.get("category") for m in MIN)
    report("incoming categories valid", set(cats) <= {"match", "new", "hard_negative"}, str(dict(cats)))
    bad = [m["index"] for m in MIN if m.get("source") not in SOURCES]
    report("incoming source named", not bad, examples(bad))

    # party / kind consistent per entity, org->companyName, person->no companyName
    pk = defaultdict(set)
    for m in M:
        pk[m["entity"]].add((m["party"], m["kind"]))
    bad = [e for e, v in pk.items() if len(v) != 1]
    report("party and kind consistent per entity", not bad, examples(bad))
    bad = []
    for rec, m in zip(S, M):
        c = rec["contact"]
        if m["party"] == "org" and not c["companyName"]:
            bad.append((m["set"], m["index"], "org without companyName"))
        if m["party"] == "person" and c["companyName"] and not any(
                ch.startswith("companyName:") for ch in m["changes"]):
            bad.append((m["set"], m["index"], "person with companyName"))
    report("organisations have companyName, persons none (unless a labelled change)", not bad,
           examples(bad))

    # ---------------------------------------------------------------- counts
    n_match, n_new, n_hn = cats["match"], cats["new"], cats["hard_negative"]
    report("about 55% matches", 760 <= n_match <= 890, "%d" % n_match)
    report("about 35% new", 460 <= n_new <= 590, "%d" % n_new)
    report("150 hard negatives", n_hn == 150, "%d" % n_hn)
    ex_set = set(ex_ent)
    match_ents = Counter(in_ent[i] for i, m in enumerate(MIN) if m["category"] == "match")
    report("matches cover ~700 existing customers, some 2-3 times",
           620 <= len(match_ents) <= 780 and max(match_ents.values()) <= 3 and
           sum(1 for v in match_ents.values() if v > 1) >= 50,
           "%d customers, multiplicity %s" % (len(match_ents), dict(Counter(match_ents.values()))))
    new_ents = Counter(in_ent[i] for i, m in enumerate(MIN) if m["category"] == "new")
    report("~400 new customers, some 2-3 times",
           340 <= len(new_ents) <= 460 and max(new_ents.values()) <= 3 and
           sum(1 for v in new_ents.values() if v > 1) >= 40,
           "%d customers, multiplicity %s" % (len(new_ents), dict(Counter(new_ents.values()))))
    hn_types = Counter(m.get("hn_type") for m in MIN if m["category"] == "hard_negative")
    report("ten or more hard-negative types", len(hn_types) >= 10 and None not in hn_types,
           "%d types" % len(hn_types))
    parties = Counter(m["party"] for m in MEX)
    report("existing customers ~45% organisations / 55% persons",
           0.38 <= parties["org"] / 1500.0 <= 0.52, str(dict(parties)))

    # ---------------------------------------------------------------- label consistency
    bad = []
    first_of = {}
    occ_seen = defaultdict(list)
    for i, m in enumerate(MIN):
        e = in_ent[i]
        cat = m["category"]
        if cat == "match":
            ci = m.get("compare_index")
            if e not in ex_set:
                bad.append((i, "match entity not existing"))
            if m.get("compare_set") != "existing" or not isinstance(ci, int) or not 0 <= ci < 1500 \
                    or ex_ent[ci] != e:
                bad.append((i, "match compare"))
            if m.get("profile") not in ("light", "medium", "harsh"):
                bad.append((i, "profile"))
            if m.get("findable") not in ("identifier", "name+city"):
                bad.append((i, "findable"))
        elif cat == "new":
            if e in ex_set:
                bad.append((i, "new entity exists"))
            occ_seen[e].append((i, m.get("occurrence")))
            if m.get("occurrence") == 1:
                if e in first_of:
                    bad.append((i, "two first occurrences"))
                first_of[e] = i
                if "compare_index" in m or m["changes"] != []:
                    bad.append((i, "first occurrence has compare/changes"))
            else:
                if m.get("compare_set") != "incoming" or first_of.get(e) != m.get("compare_index"):
                    bad.append((i, "repeat compare"))
                if m.get("profile") not in ("light", "medium", "harsh") or \
                        m.get("findable") not in ("identifier", "name+city"):
                    bad.append((i, "repeat profile/findable"))
        elif cat == "hard_negative":
            ai = m.get("anchor_index")
            if e in ex_set:
                bad.append((i, "hn entity exists"))
            if not isinstance(ai, int) or not 0 <= ai < 1500 or ex_ent[ai] != m.get("anchor") \
                    or m.get("anchor") == e:
                bad.append((i, "anchor"))
            if not m.get("rule") or not m.get("hn_type"):
                bad.append((i, "rule/type"))
            if in_ent.count(e) != 1:
                bad.append((i, "hn entity reused"))
    for e, lst in occ_seen.items():
        if [o for _, o in lst] != list(range(1, len(lst) + 1)):
            bad.append((e, "occurrences not 1..n in order"))
    report("labels consistent (entities, compare indexes, occurrences, anchors)", not bad,
           examples(bad))

    # ---------------------------------------------------------------- changes
    bad = []
    vocab_bad = []
    n_checked = 0
    for i, m in enumerate(MIN):
        c = IN[i]
        if m["category"] == "match":
            ref = EX[m["compare_index"]]
        elif m["category"] == "new" and m.get("occurrence", 1) > 1:
            ref = IN[m["compare_index"]]
        elif m["category"] == "hard_negative":
            ref = EX[m["anchor_index"]]
        else:
            continue
        n_checked += 1
        want = differing(ref, c)
        got = []
        for ch in m["changes"]:
            if ":" not in ch:
                bad.append((i, "malformed " + ch))
                continue
            f, what = ch.split(":", 1)
            got.append(f)
            for w in what.split("+"):
                if w not in VOCAB:
                    vocab_bad.append((i, ch))
        if sorted(got) != sorted(want) or len(got) != len(set(got)):
            bad.append((i, "claimed %s, differ %s" % (got, want)))
    report("changes list exactly the differing fields", not bad, examples(bad) or
           "%d records" % n_checked)
    report("change vocabulary known", not vocab_bad, examples(vocab_bad))

    # ---------------------------------------------------------------- evidence / findable
    bad_ev, bad_find = [], []
    pool_ex = list(enumerate(EX))
    nc = Counter()
    for i, m in enumerate(MIN):
        if m["category"] == "hard_negative" or (m["category"] == "new" and m.get("occurrence") == 1):
            continue
        ci = m["compare_index"]
        ref = EX[ci] if m["compare_set"] == "existing" else IN[ci]
        ev = shared_identifiers(ref, IN[i])
        if sorted(ev) != sorted(m.get("evidence", [])):
            bad_ev.append((i, m.get("evidence"), ev))
        if m["findable"] == "identifier":
            if not ev:
                bad_find.append((i, "identifier without evidence"))
        else:
            nc[m["category"]] += 1
            if ev:
                bad_find.append((i, "name+city although identifiers shared"))
            if m["compare_set"] == "existing":
                pool = pool_ex
            else:
                pool = [(j, IN[j]) for j in range(1500)
                        if in_ent[j] != in_ent[i] or j == ci]
            ok, why = clear_best_by_name_in_city(IN[i], ci, pool)
            if not ok:
                bad_find.append((i, why))
    report("evidence = shared e-mail / phone / address with the compared record", not bad_ev,
           examples(bad_ev))
    report("every match/repeat shares an identifier or is the clear name+city match", not bad_find,
           examples(bad_find) or "name+city: %s" % dict(nc))

    # ---------------------------------------------------------------- hard negatives
    bad = []
    for i, m in enumerate(MIN):
        if m["category"] != "hard_negative":
            continue
        claimed = m.get("shared") or []
        if not claimed or not set(claimed) <= HN_SHARED:
            bad.append((i, "shared empty/unknown %s" % claimed))
            continue
        a = EX[m["anchor_index"]]
        real = real_shared(IN[i], a)
        cl = set(claimed) - {"company_stem"}
        if cl != real:
            bad.append((i, "claimed %s real %s" % (sorted(cl), sorted(real))))
        if "company_stem" in claimed:
            st = nkey(m.get("stem") or "")
            if not st or st not in nkey(IN[i]["displayName"]) or st not in nkey(a["displayName"]):
                bad.append((i, "stem %r" % m.get("stem")))
        elif "stem" in m:
            bad.append((i, "stem without company_stem"))
        if not (real - {"city"}) and "company_stem" not in claimed:
            bad.append((i, "shares nothing but the town"))
    report("hard negatives: shared claims hold exactly", not bad, examples(bad))

    # ---------------------------------------------------------------- determinism
    determinism()
    return finish()


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def determinism():
    gen = os.path.join(HERE, "gen.py")
    digests = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for seed in ("0", "4242"):
                out = os.path.join(tmp, "run" + seed)
                env = dict(os.environ, PYTHONHASHSEED=seed)
                subprocess.run([sys.executable, gen, "--out", out], check=True, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=600)
                digests.append((sha(os.path.join(out, "set.jsonl")), sha(os.path.join(out, "meta.jsonl"))))
    except Exception as exc:  # noqa
        report("determinism (two runs, different PYTHONHASHSEED)", False, repr(exc))
        return
    here = (sha(os.path.join(HERE, "set.jsonl")), sha(os.path.join(HERE, "meta.jsonl")))
    report("determinism (two runs, different PYTHONHASHSEED)", digests[0] == digests[1],
           "sha256 set %s..." % digests[0][0][:12])
    report("files in folder equal a fresh run", digests[0] == here)


def finish():
    failed = [n for n, ok in RESULTS if not ok]
    if failed:
        print("FAILED %d of %d checks: %s" % (len(failed), len(RESULTS), ", ".join(failed)))
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
