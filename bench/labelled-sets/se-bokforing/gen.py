#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen.py -- synthetic labelled benchmark set for customer record linkage.

Scenario "se-bokforing": a Swedish redovisningsbyrå (offices in Göteborg,
Uppsala and Umeå) that bills its clients through QuickBooks Online (SEK).
Existing customer list (1,500) + incoming records (1,500) from the bureau's
practice system, the client portal, the Skatteverket mail import, the payroll
system and the Bankgiro payment file.

Standard library only, one random.Random(SEED); output is byte-identical for
any PYTHONHASHSEED (no iteration over sets or hash-ordered containers).

    python3 gen.py              -> writes set.jsonl and meta.jsonl here
    python3 gen.py --out DIR    -> writes into DIR
"""
import argparse
import json
import os
import random
import re
import sys
import unicodedata
from difflib import SequenceMatcher

SEED = 4613877
rng = random.Random(SEED)


# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------

def chance(p):
    return rng.random() < p


def pick(seq):
    return seq[rng.randrange(len(seq))]


def wpick(pairs):
    """pairs: list of (item, weight)"""
    total = 0.0
    for _, w in pairs:
        total += w
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def sample(seq, k):
    return rng.sample(list(seq), k)


def new_hex_id(used):
    while True:
        h = "c%07x" % rng.getrandbits(28)
        if h not in used:
            used.add(h)
            return h


# ---------------------------------------------------------------------------
# text helpers: folding, mojibake, normalisation (also used for labels)
# ---------------------------------------------------------------------------

# UTF-8 bytes read as Windows-1252: what a CSV export does to å/ä/ö
MOJI = [
    ("å", "Ã¥"), ("ä", "Ã¤"), ("ö", "Ã¶"), ("Å", "Ã…"), ("Ä", "Ã„"),
    ("Ö", "Ã–"), ("é", "Ã©"), ("É", "Ã‰"), ("ü", "Ã¼"), ("è", "Ã¨"),
]
MANUAL_FOLD = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
               "ß": "ss", "đ": "d", "Đ": "D", "ı": "i"}


def mojibake(s):
    if s is None:
        return None
    out = []
    table = dict(MOJI)
    for ch in s:
        out.append(table.get(ch, ch))
    return "".join(out)


def demojibake(s):
    for good, bad in MOJI:
        s = s.replace(bad, good)
    return s


def strip_accents(s):
    s = "".join(MANUAL_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def ascii_fold(s, double=False):
    """å/ä/ö -> a/a/o (or aa/ae/oe) and strip other diacritics."""
    if s is None:
        return None
    if double:
        rep = {"å": "aa", "ä": "ae", "ö": "oe", "Å": "Aa", "Ä": "Ae", "Ö": "Oe",
               "ü": "ue", "Ü": "Ue"}
        s = "".join(rep.get(ch, ch) for ch in s)
    return strip_accents(s)


def norm_text(s):
    """Label normalisation shared by evidence/shared/findability checks."""
    if s is None:
        return ""
    s = demojibake(s)
    s = strip_accents(s).lower()
    s = s.replace("aa", "a").replace("ae", "a").replace("oe", "o")
    return s


def slug(s):
    """e-mail / domain friendly form of a name."""
    s = strip_accents(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def casefold_key(s):
    return s.casefold()


# --- keyboard typos on a Swedish QWERTY layout ------------------------------
KB_ROWS = ["qwertyuiopå", "asdfghjklöä", "zxcvbnm"]
KB_NEIGH = {}
for _ri, _row in enumerate(KB_ROWS):
    for _ci, _ch in enumerate(_row):
        nb = []
        if _ci > 0:
            nb.append(_row[_ci - 1])
        if _ci + 1 < len(_row):
            nb.append(_row[_ci + 1])
        for _rj in (_ri - 1, _ri + 1):
            if 0 <= _rj < len(KB_ROWS):
                other = KB_ROWS[_rj]
                for _cj in (_ci - 1, _ci, _ci + 1):
                    if 0 <= _cj < len(other):
                        nb.append(other[_cj])
        KB_NEIGH[_ch] = nb
DIACRITIC_SLIP = {"å": "a", "ä": "a", "ö": "o", "a": "ä", "o": "ö", "é": "e", "e": "é"}


def _match_case(new, old):
    return new.upper() if old.isupper() else new


def typo(s, kinds=None):
    """One realistic keyboard typo inside a word of length >= 4."""
    if not s:
        return s
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\W\d_]{4,}", s)]
    if not words:
        return s
    a, b = pick(words)
    w = s[a:b]
    kinds = kinds or ["swap", "drop", "double", "neigh", "neigh", "diacritic"]
    for _ in range(6):
        k = pick(kinds)
        i = rng.randrange(1, len(w))
        if k == "swap" and i < len(w) - 1 and w[i] != w[i + 1]:
            w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif k == "drop" and len(w) > 4:
            w2 = w[:i] + w[i + 1:]
        elif k == "double":
            w2 = w[:i] + w[i] + w[i:]
        elif k == "neigh":
            ch = w[i].lower()
            if ch not in KB_NEIGH:
                continue
            w2 = w[:i] + _match_case(pick(KB_NEIGH[ch]), w[i]) + w[i + 1:]
        elif k == "diacritic":
            idx = [j for j in range(1, len(w)) if w[j].lower() in DIACRITIC_SLIP]
            if not idx:
                continue
            j = pick(idx)
            w2 = w[:j] + _match_case(DIACRITIC_SLIP[w[j].lower()], w[j]) + w[j + 1:]
        else:
            continue
        if w2 != w:
            return s[:a] + w2 + s[b:]
    return s


def title_case(s):
    """Title-case that keeps particles (af/von/och/i) and hyphen parts sane."""
    if s is None:
        return None
    out = []
    for tok in s.split(" "):
        low = tok.lower()
        if low in ("af", "von", "av", "och", "i", "de", "van", "c/o", "el", "al"):
            out.append(low)
        elif low in ("ab", "hb", "kb", "brf", "ik", "if", "sk", "bk", "ff"):
            out.append(low.upper())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in tok.split("-")))
    return " ".join(out)


# ---------------------------------------------------------------------------
# label helpers (the checker re-implements these independently)
# ---------------------------------------------------------------------------

LEGAL_TOKENS = {
    "ab", "aktiebolag", "aktiebolaget", "publ", "hb", "handelsbolag",
    "handelsbolaget", "kb", "kommanditbolag", "kommanditbolaget", "ek", "for",
    "ekonomisk", "ekonomiska", "forening", "foreningen", "foren", "brf",
    "bostadsrattsforening", "bostadsrattsforeningen", "bostadsrattsforen",
    "och", "i",
}
FREEMAIL_DOMAINS = [
    "gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "live.se",
    "yahoo.se", "yahoo.com", "telia.com", "icloud.com", "me.com",
    "bredband.net", "comhem.se", "spray.se", "bahnhof.se", "passagen.se",
    "msn.com", "outlook.se",
]
CITY_ALIASES = {"gothenburg": "goteborg", "gbg": "goteborg", "gotheborg": "goteborg",
                "upsala": "uppsala", "umea": "umea"}


def name_tokens(s):
    if not s:
        return []
    s = re.sub(r"\([^)]*\)", " ", s)
    s = re.sub(r"\d{6}-?\d{4}", " ", s)
    s = norm_text(s)
    s = re.sub(r"\be\s*\.\s*f\s*\.?(?=\s|$)", " ", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return [t for t in s.split() if t not in LEGAL_TOKENS]


def _tok_ratio(a, b):
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b).ratio()


def name_sim(s1, s2):
    A = name_tokens(s1)
    B = name_tokens(s2)
    if not A or not B:
        return 0.0
    sa = sum(max(_tok_ratio(a, b) for b in B) for a in A)
    sb = sum(max(_tok_ratio(b, a) for a in A) for b in B)
    return (sa + sb) / (len(A) + len(B))


def norm_email(e):
    return e.strip().lower() if e else None


def email_domain(e):
    e = norm_email(e)
    if not e or "@" not in e:
        return None
    return e.split("@", 1)[1]


def norm_phone(p):
    if not p:
        return None
    raw = p.strip()
    d = re.sub(r"\D", "", raw)
    intl = False
    if d.startswith("0046"):
        d = d[4:]
        intl = True
    elif raw.startswith("+46"):
        d = d[2:]
        intl = True
    if intl:
        d = "0" + d.lstrip("0")
    return d or None


def norm_city(c):
    if not c:
        return None
    s = norm_text(c).strip()
    s = re.sub(r"[^a-z ]", "", s).strip()
    s = re.sub(r"\s+", " ", s)
    return CITY_ALIASES.get(s, s) or None


def norm_postcode(pc):
    if not pc:
        return None
    d = re.sub(r"\D", "", pc)
    if len(d) < 5:
        return None
    return d[-5:]


STREET_SUFFIXES = ["gatan", "vagen", "gata", "vag", "g", "v"]


def street_stem(s):
    s = re.sub(r"[^a-z0-9]", "", s)
    for suf in STREET_SUFFIXES:
        if s.endswith(suf) and len(s) > len(suf) + 2:
            return s[: -len(suf)]
    return s


def addr_key(addr):
    """(street stem, number, letter) or ('box', number) of the first usable segment."""
    if not addr:
        return None
    parts = []
    for k in ("line1", "line2"):
        v = addr.get(k)
        if v:
            parts.extend(v.split(","))
    for seg in parts:
        seg = norm_text(seg).strip()
        if not seg or seg.startswith("c/o") or seg.startswith("lgh"):
            continue
        m = re.match(r"^box\s*(\d+)", seg)
        if m:
            return ("box", m.group(1), "")
        m = re.match(r"^([^\d]+?)\s*(\d+)\s?([a-z])?(?![a-z0-9])", seg)
        if m:
            st = street_stem(m.group(1))
            if not st:
                continue
            return (st, m.group(2), m.group(3) or "")
    return None


def same_address(a, b):
    if not a or not b:
        return False
    ka, kb = addr_key(a), addr_key(b)
    if ka is None or ka != kb:
        return False
    pa, pb = norm_postcode(a.get("postalCode")), norm_postcode(b.get("postalCode"))
    if pa and pb and pa == pb:
        return True
    ca, cb = norm_city(a.get("city")), norm_city(b.get("city"))
    return bool(ca and cb and ca == cb)


def evidence_between(c1, c2):
    ev = []
    e1, e2 = norm_email(c1.get("email")), norm_email(c2.get("email"))
    if e1 and e2 and e1 == e2:
        ev.append("email")
    p1, p2 = norm_phone(c1.get("phone")), norm_phone(c2.get("phone"))
    if p1 and p2 and p1 == p2:
        ev.append("phone")
    if same_address(c1.get("address"), c2.get("address")):
        ev.append("address")
    return ev


def rec_city(c):
    a = c.get("address")
    if not a:
        return None
    return norm_city(a.get("city"))


# ===========================================================================
# PEOPLE: given names, family names, nicknames, transliteration variants
# ===========================================================================

SV_FEMALE = [
    "Anna", "Maria", "Margareta", "Elisabeth", "Eva", "Kristina", "Birgitta",
    "Karin", "Marie", "Ingrid", "Christina", "Linnéa", "Sofia", "Kerstin",
    "Marianne", "Lena", "Helena", "Emma", "Johanna", "Inger", "Sara",
    "Cecilia", "Elin", "Ida", "Anneli", "Ulla", "Malin", "Louise", "Susanne",
    "Jenny", "Monica", "Hanna", "Gunilla", "Viktoria", "Linda", "Annika",
    "Carina", "Åsa", "Ann", "Camilla", "Katarina", "Therese", "Josefin",
    "Matilda", "Frida", "Agneta", "Ebba", "Wilma", "Alice", "Maja", "Elsa",
    "Astrid", "Saga", "Ella", "Klara", "Alva", "Ingela", "Britt", "Siv",
    "Gun", "Barbro", "Yvonne", "Pia", "Maud", "Ylva", "Märta", "Signe",
    "Solveig", "Gudrun", "Tove", "Petra", "Ulrika", "Jessica", "Sandra",
    "Emelie", "Lovisa", "Moa", "Tuva", "Nathalie", "Caroline", "Charlotte",
    "Madeleine", "Rebecka", "Amanda", "Julia", "Isabelle", "Felicia",
    "Helén", "Mikaela", "Ronja", "Stina", "Gunnel", "Majken", "Vera",
]
SV_MALE = [
    "Lars", "Karl", "Anders", "Johan", "Per", "Erik", "Nils", "Lennart",
    "Mikael", "Jan", "Hans", "Olof", "Peter", "Gunnar", "Sven", "Fredrik",
    "Bengt", "Bo", "Daniel", "Göran", "Åke", "Alexander", "Magnus", "Stefan",
    "Mats", "Ulf", "Leif", "Thomas", "Björn", "Kjell", "Jonas", "Mattias",
    "Henrik", "Rolf", "Andreas", "Martin", "Christer", "Håkan", "Patrik",
    "Tommy", "Stig", "Niklas", "Kent", "Roger", "Oskar", "Gustav", "Axel",
    "Emil", "Viktor", "Hugo", "Elias", "Filip", "William", "Lucas", "Oliver",
    "Anton", "Isak", "Ludvig", "Simon", "Sebastian", "Robin", "Rasmus",
    "Tobias", "Joakim", "Kristoffer", "Marcus", "Torbjörn", "Ingvar", "Sune",
    "Arne", "Ove", "Gösta", "Bertil", "Rune", "Tore", "Holger", "Valter",
    "Albin", "Hjalmar", "Linus", "Jesper", "Pontus", "Kenneth", "Robert",
    "Johnny", "Urban", "Örjan", "Conny", "Jörgen", "Lage", "Egon", "Melker",
]
SV_FEMALE_OLD = ["Margit", "Elsa", "Gunborg", "Ingegerd", "Birgit", "Gunvor", "Karin",
                 "Maj", "Ruth", "Svea", "Greta", "Dagmar", "Elvy", "Sonja", "Inga",
                 "Britta", "Märta", "Astrid", "Anna", "Ingrid", "Elisabeth", "Ulla",
                 "Kerstin", "Barbro", "Gunnel", "Siv", "Aina", "Inez", "Vivi", "Gun"]
SV_MALE_OLD = ["Gösta", "Bertil", "Sture", "Folke", "Evert", "Helge", "Ragnar", "Sven",
               "Erik", "Karl", "Nils", "Arne", "Rune", "Åke", "Gunnar", "Ture", "Einar",
               "Harry", "Stig", "Lennart", "Olle", "Ivar", "Birger", "Sixten", "Allan",
               "Yngve", "Tage", "Hilding", "Lars", "Bengt"]
SV_FEMALE_DOUBLE = [
    "Anna-Karin", "Ann-Christin", "Ann-Marie", "Eva-Lena", "Anna-Lena",
    "Lise-Lotte", "Marie-Louise", "Ann-Sofie", "Britt-Marie", "Maj-Britt",
    "Ulla-Britt", "Gun-Britt", "Inga-Lill", "Ann-Kristin", "Eva-Karin",
    "Anna-Maria", "Ann-Louise", "Karin-Marie",
]
SV_MALE_DOUBLE = [
    "Per-Olof", "Karl-Erik", "Lars-Göran", "Jan-Erik", "Per-Anders",
    "Bengt-Åke", "Sven-Erik", "Nils-Olof", "Lars-Erik", "Karl-Johan",
    "Jan-Olov", "Per-Erik", "Lars-Olof", "Sven-Olof", "Carl-Johan",
]
# two separate names used together as the tilltalsnamn ("Karl Johan")
SV_MALE_PAIR = ["Karl Johan", "Per Olof", "Lars Erik", "Jan Olov", "Carl Gustaf", "Nils Erik"]
SV_FEMALE_PAIR = ["Anna Karin", "Eva Marie", "Ann Charlotte", "Anna Lena"]
SV_MIDDLE_F = ["Maria", "Elisabeth", "Margareta", "Kristina", "Linnéa", "Sofia",
               "Katarina", "Birgitta", "Ingrid", "Charlotta", "Louise", "Matilda",
               "Viktoria", "Helena", "Ingeborg", "Cecilia", "Amalia", "Desirée"]
SV_MIDDLE_M = ["Johan", "Erik", "Karl", "Gustav", "Olof", "Anders", "Lars",
               "Fredrik", "Nils", "Peter", "Mikael", "Axel", "Wilhelm", "Oskar",
               "Emanuel", "Gunnar", "Ivar", "Magnus", "Henrik", "August"]

SV_SURNAMES_COMMON = [
    ("Andersson", 30), ("Johansson", 30), ("Karlsson", 28), ("Nilsson", 26),
    ("Eriksson", 25), ("Larsson", 23), ("Olsson", 22), ("Persson", 22),
    ("Svensson", 20), ("Gustafsson", 18), ("Pettersson", 17), ("Jonsson", 15),
    ("Jansson", 12), ("Hansson", 11), ("Bengtsson", 9), ("Jönsson", 8),
    ("Lindberg", 7), ("Jakobsson", 7), ("Magnusson", 7), ("Olofsson", 7),
    ("Lindström", 7), ("Lindqvist", 6), ("Lindgren", 6), ("Axelsson", 6),
    ("Berg", 6), ("Bergström", 6), ("Lundberg", 6), ("Lind", 5),
    ("Lundgren", 5), ("Lundqvist", 5), ("Mattsson", 5), ("Berglund", 5),
    ("Fredriksson", 5), ("Sandberg", 5), ("Henriksson", 5), ("Forsberg", 5),
    ("Sjöberg", 5), ("Wallin", 4), ("Engström", 4), ("Eklund", 4),
    ("Danielsson", 4), ("Lundin", 4), ("Håkansson", 4), ("Björk", 4),
    ("Bergman", 4), ("Gunnarsson", 4), ("Holm", 4), ("Wikström", 4),
    ("Samuelsson", 4), ("Isaksson", 4), ("Fransson", 4), ("Bergqvist", 4),
    ("Nyström", 4), ("Holmberg", 4), ("Arvidsson", 4), ("Löfgren", 4),
    ("Söderberg", 3), ("Nyberg", 3), ("Blomqvist", 3), ("Claesson", 3),
    ("Nordström", 3), ("Mårtensson", 3), ("Lundström", 3), ("Viklund", 3),
    ("Björklund", 3), ("Eliasson", 3), ("Pålsson", 3), ("Berggren", 3),
    ("Sandström", 3), ("Lund", 3), ("Nordin", 3), ("Ström", 3), ("Åberg", 3),
    ("Hermansson", 3), ("Ekström", 3), ("Holmgren", 3), ("Sundberg", 3),
    ("Hedlund", 3), ("Dahlberg", 3), ("Hellström", 3), ("Sjögren", 3),
    ("Abrahamsson", 2), ("Falk", 2), ("Martinsson", 2), ("Öberg", 2),
    ("Andreasson", 2), ("Strömberg", 2), ("Månsson", 2), ("Åkesson", 2),
    ("Jonasson", 2), ("Norberg", 2), ("Sundström", 2), ("Ivarsson", 2),
    ("Lindholm", 2), ("Dahl", 2), ("Lindahl", 2), ("Sjöström", 2), ("Ek", 2),
    ("Söderström", 2), ("Ahlberg", 2), ("Sahlin", 2), ("Grönlund", 2),
    ("Wahlström", 2), ("Törnqvist", 1), ("Bergkvist", 1), ("Rosén", 1),
    ("Lilja", 1), ("Hägg", 1), ("Kvist", 1), ("Ljung", 1), ("Roos", 1),
    ("Ekberg", 1), ("Hallberg", 1), ("Engdahl", 1), ("Wennberg", 1),
    ("Fagerström", 1), ("Ekman", 1), ("Strand", 1), ("Borg", 1),
    ("Carlsson", 3), ("Ohlsson", 1), ("Pehrsson", 1), ("Carlberg", 1),
]
# Västerbotten / Norrland flavoured surnames (Umeå office)
NORRLAND_SURNAMES = [
    "Marklund", "Lindmark", "Öhman", "Nordlund", "Holmström", "Westerlund",
    "Burman", "Sundqvist", "Lidström", "Näslund", "Brännström", "Edlund",
    "Stenlund", "Åström", "Burström", "Backman", "Granberg", "Renström",
    "Lundmark", "Hägglund", "Sehlstedt", "Nygren", "Boman", "Wikberg",
    "Forsgren", "Hedman", "Lindgren", "Berglund", "Sandberg", "Öberg",
    "Nilsson", "Holmgren", "Lundberg", "Eriksson", "Grahn", "Persson",
    "Strömbäck", "Lövgren", "Ågren", "Byström", "Wiklund", "Sjölander",
    "Nordvall", "Häggström", "Sjödin", "Degerman", "Lindbäck", "Ersson",
]
DOTTER_SURNAMES = ["Eriksdotter", "Larsdotter", "Svensdotter", "Persdotter",
                   "Jonsdotter", "Andersdotter", "Nilsdotter", "Olsdotter"]
NOBLE_SURNAMES = ["af Granstedt", "von Ekenstam", "af Sandeberg", "von Rosenhielm",
                  "af Lindhé", "von Hallenborg", "af Trolleholm", "von Segebaden",
                  "af Wetterhielm", "von Essenberg", "af Klinteberg", "von Platenborg"]
NOBLE_MALE = ["Carl", "Gustaf", "Fredrik", "Axel", "Claes", "Johan", "Philip", "Carl-Gustaf", "Adam"]
NOBLE_FEMALE = ["Christina", "Louise", "Ebba", "Charlotte", "Sophie", "Marie", "Henrietta", "Beatrice"]
NOBLE_MIDDLE_M = ["Gustaf", "Adolf", "Fredrik", "Carl", "Johan", "Wilhelm", "Axel", "Magnus"]
NOBLE_MIDDLE_F = ["Louise", "Charlotta", "Ulrika", "Sophia", "Augusta", "Marianne", "Eleonora"]

FI_MALE = ["Matti", "Juha", "Jukka", "Pekka", "Timo", "Kari", "Seppo", "Eero",
           "Mikko", "Jari", "Antti", "Heikki", "Tapio", "Ville", "Jouko", "Raimo"]
FI_FEMALE = ["Aino", "Sirpa", "Pirjo", "Tuula", "Riitta", "Anneli", "Marjatta",
             "Kaisa", "Leena", "Päivi", "Tiina", "Minna", "Satu", "Hannele", "Sari"]
FI_SURNAMES = ["Virtanen", "Mäkinen", "Nieminen", "Korhonen", "Laine",
               "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Salonen",
               "Niemi", "Kallio", "Hakala", "Hämäläinen", "Kettunen",
               "Rantanen", "Saarinen", "Peltonen", "Väisänen", "Mattila",
               "Heikkilä", "Räsänen", "Lindroos", "Sjöblom", "Granroth",
               "Nyholm", "Forsman", "Backlund", "Holmqvist", "Strandberg",
               "Åkerblom", "Söderholm", "Kangas", "Ahonen", "Turunen"]

AR_MALE = ["Mohammed", "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Khaled",
           "Youssef", "Ibrahim", "Mahmoud", "Mustafa", "Karim", "Samir", "Tarek",
           "Nabil", "Bilal", "Rami", "Fadi", "Jamal", "Ziad", "Walid", "Ammar"]
AR_FEMALE = ["Fatima", "Aisha", "Mariam", "Layla", "Nour", "Rania", "Zainab",
             "Yasmin", "Huda", "Amira", "Salma", "Dalia", "Reem", "Hala", "Lina",
             "Rana", "Samira", "Noura", "Hiba"]
AR_SURNAMES = ["Al-Hashimi", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh",
               "Abdullah", "Hamdan", "Jaber", "Darwish", "Shamoun", "Yousef",
               "Aziz", "Al-Jabouri", "Al-Saadi", "Hamid", "Ibrahim", "Ismail",
               "Kassem", "Mahmoud", "Mustafa", "Rashid", "Suleiman", "Taha",
               "El-Amin", "Bakr", "Hanna", "Gabriel", "Issa", "Toma", "Barsoum",
               "Elias", "Yacoub", "Al-Khatib", "Sabbagh", "Attar"]
FA_MALE = ["Reza", "Mehdi", "Amir", "Dariush", "Farhad", "Kourosh", "Babak",
           "Hamid", "Saeed", "Majid", "Behrouz", "Arash", "Omid", "Navid", "Pejman"]
FA_FEMALE = ["Parisa", "Shirin", "Nasrin", "Maryam", "Leila", "Azadeh", "Mahnaz",
             "Roya", "Neda", "Golnaz", "Fereshteh", "Mina", "Setareh", "Ladan"]
FA_SURNAMES = ["Hosseini", "Mohammadi", "Rahimi", "Karimi", "Ahmadi", "Rezaei",
               "Moradi", "Jafari", "Sadeghi", "Tehrani", "Farahani", "Ghorbani",
               "Shirazi", "Najafi", "Kazemi", "Azizi", "Ebrahimi", "Hashemi",
               "Mousavi", "Rostami", "Bagheri", "Nouri", "Sharifi", "Asadi"]
SO_MALE = ["Abdi", "Abdullahi", "Mohamed", "Ahmed", "Ali", "Hassan", "Omar",
           "Yusuf", "Ismail", "Abdirahman", "Abdikarim", "Mahad", "Liban",
           "Guled", "Bashir", "Mukhtar", "Said"]
SO_FEMALE = ["Hodan", "Faadumo", "Ayaan", "Hibo", "Sahra", "Ifrah", "Naima",
             "Amina", "Ubah", "Sagal", "Deeqa", "Khadra", "Nimco", "Hamdi", "Filsan"]
SO_SURNAMES = ["Warsame", "Hirsi", "Farah", "Osman", "Jama", "Nur", "Ismail",
               "Yusuf", "Aden", "Hassan", "Abdi", "Mohamud", "Ali", "Egal",
               "Dirie", "Samatar", "Guled", "Duale", "Elmi", "Abdulle", "Omar",
               "Abdillahi", "Hersi", "Mahamed"]
BS_MALE = ["Emir", "Adnan", "Mirsad", "Senad", "Edin", "Jasmin", "Nermin",
           "Almir", "Haris", "Kenan", "Damir", "Samir", "Alen", "Dino", "Enes"]
BS_FEMALE = ["Amra", "Amela", "Selma", "Lejla", "Aida", "Jasmina", "Emina",
             "Merima", "Sabina", "Azra", "Elma", "Alma", "Dženana", "Nejra"]
BS_SURNAMES = ["Hodžić", "Begić", "Hadžić", "Mehmedović", "Kovačević",
               "Hasanović", "Delić", "Salihović", "Omerović", "Ibrahimović",
               "Alić", "Husić", "Mujić", "Suljić", "Ahmetović", "Karić",
               "Halilović", "Čaušević", "Hrustić", "Šehić", "Avdić", "Bešić"]
PL_MALE = ["Piotr", "Tomasz", "Krzysztof", "Paweł", "Marcin", "Michał",
           "Andrzej", "Jan", "Grzegorz", "Łukasz", "Adam", "Wojciech", "Kamil",
           "Jakub", "Mateusz", "Rafał"]
PL_FEMALE = ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Anna", "Monika",
             "Ewa", "Małgorzata", "Aleksandra", "Justyna", "Karolina", "Natalia",
             "Dorota", "Beata", "Marta", "Paulina"]
PL_SURNAMES = [("Kowalski", "Kowalska"), ("Nowak", "Nowak"),
               ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
               ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
               ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
               ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"),
               ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"),
               ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"),
               ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"),
               ("Pawlak", "Pawlak"), ("Michalski", "Michalska"), ("Król", "Król"),
               ("Wieczorek", "Wieczorek"), ("Jabłoński", "Jabłońska")]

# office -> origin mix
ORIGIN_MIX = {
    "gbg": [("sv", 64), ("noble", 1), ("ar", 10), ("fa", 7), ("so", 5), ("bs", 6), ("pl", 5), ("fi", 2)],
    "upp": [("sv", 70), ("noble", 2), ("ar", 8), ("fa", 7), ("so", 3), ("bs", 3), ("pl", 5), ("fi", 2)],
    "ume": [("sv", 52), ("norr", 22), ("fi", 14), ("so", 5), ("ar", 4), ("fa", 2), ("pl", 1)],
}

NICKNAMES = {
    "Katarina": ["Kattis", "Katta"], "Kristina": ["Stina", "Kicki", "Kina"],
    "Margareta": ["Maggan", "Greta"], "Elisabeth": ["Lisa", "Lisbeth", "Elsa"],
    "Christina": ["Tina", "Kicki"], "Birgitta": ["Gittan", "Bitte"],
    "Susanne": ["Sussie", "Sanna"], "Josefin": ["Jossan", "Josse"],
    "Johanna": ["Hanna", "Jojo"], "Charlotte": ["Lotta"], "Caroline": ["Carro"],
    "Viktoria": ["Vicky", "Tora"], "Annika": ["Anki"], "Madeleine": ["Madde"],
    "Rebecka": ["Becka"], "Amanda": ["Mandy"], "Isabelle": ["Bella"],
    "Lars": ["Lasse"], "Hans": ["Hasse"], "Per": ["Pelle", "Peo"],
    "Bengt": ["Bengan"], "Thomas": ["Tompa", "Tommy"], "Mikael": ["Micke"],
    "Mattias": ["Matte"], "Mats": ["Matte"], "Fredrik": ["Fredde", "Freddy"],
    "Robert": ["Robban"], "Stefan": ["Steffe"], "Torbjörn": ["Tobbe"],
    "Rolf": ["Roffe"], "Ulf": ["Uffe"], "Kristoffer": ["Krille", "Kristo"],
    "Sebastian": ["Sebbe"], "Alexander": ["Alex", "Alle"], "Joakim": ["Jocke"],
    "Magnus": ["Manne"], "Kenneth": ["Kenta"], "Göran": ["Göte"],
    "Anders": ["Affe", "Andy"], "Jonas": ["Jonte"], "Daniel": ["Danne"],
    "Andreas": ["Andy", "Dreas"], "Patrik": ["Patte"], "Niklas": ["Nicke"],
    "Gustav": ["Gurra", "Gusse"], "Oskar": ["Ogge"], "Tobias": ["Tobbe"],
    "Christer": ["Chrille"], "Henrik": ["Henke"], "Jörgen": ["Jögge"],
    "Per-Olof": ["P-O", "Pelle"], "Karl-Erik": ["K-E"], "Lars-Göran": ["L-G", "Lasse"],
    "Jan-Erik": ["J-E"], "Per-Anders": ["P-A"], "Karl-Johan": ["K-J", "Kalle"],
    "Anna-Karin": ["A-K"], "Ann-Christin": ["A-C"], "Britt-Marie": ["B-M"],
    "Karl": ["Kalle"], "Karl Johan": ["Kalle"], "Per Olof": ["Pelle", "P-O"],
    "Carl Gustaf": ["C-G"], "Carl-Johan": ["C-J", "Calle"], "Carl": ["Calle"],
    "Mohammed": ["Mo", "Moe"], "Abdullahi": ["Abdi"], "Abdirahman": ["Abdi"],
    "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"],
    "Wojciech": ["Wojtek"], "Krzysztof": ["Krzysiek"], "Agnieszka": ["Aga"],
    "Mehdi": ["Mehdi"], "Dariush": ["Dari"], "Fereshteh": ["Fery"],
    "Jukka": ["Jukka"], "Riitta": ["Riitta"], "Heikki": ["Heikki"],
    "Jasmina": ["Mina"], "Emina": ["Mina"], "Mirsad": ["Miki"],
    "Ingegerd": ["Inger"], "Gunilla": ["Gunnel", "Nilla"], "Helena": ["Lena"],
    "Ulrika": ["Ulla"], "Benjamin": ["Benke"], "Viktor": ["Vicke"],
    "Ludvig": ["Ludde"], "William": ["Wille"], "Linus": ["Lillen"],
}

# transliteration variants (the same name spelt by another official/clerk)
TRANSLIT = {
    "Mohammed": ["Mohamed", "Muhammad", "Mohammad", "Mohamad"],
    "Mohamed": ["Mohammed", "Maxamed", "Mohamud"],
    "Youssef": ["Yousef", "Yusuf", "Josef"], "Yousef": ["Youssef", "Yusef"],
    "Yusuf": ["Yousuf", "Yusef"], "Hussein": ["Hussain", "Husein", "Hossein"],
    "Khaled": ["Khalid", "Chaled"], "Mahmoud": ["Mahmud", "Mahmood"],
    "Mustafa": ["Mostafa", "Mustapha"], "Tarek": ["Tariq", "Tarik"],
    "Fatima": ["Fatma", "Fatimah"], "Aisha": ["Aicha", "Ayesha"],
    "Mariam": ["Maryam", "Miriam"], "Layla": ["Leila", "Laila"],
    "Zainab": ["Zeinab", "Zaynab"], "Al-Hashimi": ["Alhashimi", "Al Hashimi", "El-Hashimi"],
    "Al-Jabouri": ["Aljabouri", "Al Jabouri", "Al-Jaburi"], "Al-Saadi": ["Alsaadi", "Al Saadi"],
    "Al-Khatib": ["Alkhatib", "El Khatib"], "El-Amin": ["Elamin", "Al-Amin"],
    "Abdullah": ["Abdulla", "Abdallah"], "Suleiman": ["Sulaiman", "Soleiman"],
    "Hosseini": ["Hoseini", "Husseini"], "Mohammadi": ["Mohamadi", "Muhammadi"],
    "Rezaei": ["Rezai", "Rezaie"], "Jafari": ["Jaafari", "Djafari"],
    "Ghorbani": ["Qorbani"], "Mousavi": ["Musavi", "Moussavi"],
    "Kourosh": ["Koroush", "Kurosh"], "Dariush": ["Daryoush", "Dariusz"],
    "Saeed": ["Said", "Saied"], "Nasrin": ["Nasreen"],
    "Faadumo": ["Fadumo", "Fatuma"], "Abdullahi": ["Abdulahi", "Cabdullaahi"],
    "Nur": ["Nuur", "Noor"], "Mohamud": ["Maxamuud", "Mahmoud"],
    "Warsame": ["Warsama"], "Hirsi": ["Xirsi", "Hersi"], "Abdi": ["Cabdi"],
    "Hodžić": ["Hodzic", "Hodzić", "Hodzhich"], "Hadžić": ["Hadzic", "Hadzić"],
    "Kovačević": ["Kovacevic", "Kovačevic"], "Čaušević": ["Causevic", "Čausević"],
    "Šehić": ["Sehic", "Šehic"], "Begić": ["Begic"], "Delić": ["Delic"],
    "Dženana": ["Dzenana", "Djenana"],
    "Wiśniewski": ["Wisniewski"], "Wiśniewska": ["Wisniewska"],
    "Woźniak": ["Wozniak"], "Dąbrowski": ["Dabrowski"], "Dąbrowska": ["Dabrowska"],
    "Kozłowski": ["Kozlowski"], "Kozłowska": ["Kozlowska"], "Wójcik": ["Wojcik"],
    "Jabłoński": ["Jablonski"], "Jabłońska": ["Jablonska"], "Paweł": ["Pawel"],
    "Michał": ["Michal"], "Łukasz": ["Lukasz"], "Małgorzata": ["Malgorzata"],
    "Rafał": ["Rafal"], "Kamiński": ["Kaminski"], "Kamińska": ["Kaminska"],
    "Zieliński": ["Zielinski"], "Zielińska": ["Zielinska"],
    "Szymański": ["Szymanski"], "Szymańska": ["Szymanska"], "Król": ["Krol"],
    "Hämäläinen": ["Hamalainen", "Haemaelaeinen"], "Mäkinen": ["Makinen", "Maekinen"],
    "Järvinen": ["Jarvinen", "Jaervinen"], "Väisänen": ["Vaisanen"],
    "Räsänen": ["Rasanen"], "Päivi": ["Paivi"], "Heikkilä": ["Heikkila"],
    "Karlsson": ["Carlsson"], "Carlsson": ["Karlsson"], "Karl": ["Carl"],
    "Carl": ["Karl"], "Gustav": ["Gustaf"], "Gustaf": ["Gustav"],
    "Olof": ["Olov"], "Olov": ["Olof"], "Kristoffer": ["Christoffer"],
    "Christina": ["Kristina"], "Kristina": ["Christina"], "Mikael": ["Michael"],
    "Pettersson": ["Petersson"], "Jakobsson": ["Jacobsson"], "Fredriksson": ["Fredrikson"],
    "Elisabeth": ["Elisabet"], "Katarina": ["Catharina", "Katharina"],
    "Josefin": ["Josefine"], "Therese": ["Teresa"], "Lindqvist": ["Lindquist"],
    "Blomqvist": ["Blomquist"], "Bergqvist": ["Bergquist"], "Lundqvist": ["Lundquist"],
    "Sundqvist": ["Sundquist"], "Holmqvist": ["Holmquist"], "Claesson": ["Classon", "Klasson"],
}

TITLES = ["Dr", "Dr.", "Docent", "Fil.dr", "Med.dr", "Tandläkare", "Civ.ing.", "Prof."]


def surname_sv(office):
    if office == "ume" and chance(0.35):
        return pick(NORRLAND_SURNAMES)
    return wpick(SV_SURNAMES_COMMON)


def make_person(office, gender=None, origin=None, family=None, birth=None):
    """A natural person with given names, tilltalsnamn and family name."""
    origin = origin or wpick(ORIGIN_MIX[office])
    gender = gender or pick("fm")
    birth = birth or rng.randint(1936, 2003)
    given_names = []
    tilltal = None
    if origin in ("sv", "norr"):
        r = rng.random()
        if r < 0.12:
            t = pick(SV_FEMALE_DOUBLE if gender == "f" else SV_MALE_DOUBLE)
            given_names = [t]
            tilltal = t
        elif r < 0.16:
            t = pick(SV_FEMALE_PAIR if gender == "f" else SV_MALE_PAIR)
            given_names = t.split(" ")
            tilltal = t
        elif birth < 1955 and chance(0.7):
            t = pick(SV_FEMALE_OLD if gender == "f" else SV_MALE_OLD)
            given_names = [t]
            tilltal = t
        else:
            t = pick(SV_FEMALE if gender == "f" else SV_MALE)
            given_names = [t]
            tilltal = t
        mids = SV_MIDDLE_F if gender == "f" else SV_MIDDLE_M
        for _ in range(wpick([(0, 25), (1, 55), (2, 20)])):
            m = pick(mids)
            if m not in given_names and m not in tilltal:
                if chance(0.3):
                    given_names.insert(0, m)       # tilltal is the second name
                else:
                    given_names.append(m)
        if family is None:
            if origin == "norr" or (office == "ume" and chance(0.3)):
                family = pick(NORRLAND_SURNAMES)
            elif chance(0.015):
                family = pick(DOTTER_SURNAMES) if gender == "f" else surname_sv(office)
            elif chance(0.06):
                family = surname_sv(office) + " " + surname_sv(office)
            else:
                family = surname_sv(office)
    elif origin == "noble":
        tilltal = pick(NOBLE_FEMALE if gender == "f" else NOBLE_MALE)
        mids = NOBLE_MIDDLE_F if gender == "f" else NOBLE_MIDDLE_M
        given_names = [tilltal] + [m for m in sample(mids, 2) if m != tilltal]
        family = family or pick(NOBLE_SURNAMES)
    elif origin == "fi":
        tilltal = pick(FI_FEMALE if gender == "f" else FI_MALE)
        given_names = [tilltal]
        if chance(0.5):
            given_names.append(pick(FI_FEMALE if gender == "f" else FI_MALE))
            if given_names[1] == tilltal:
                given_names.pop()
        family = family or pick(FI_SURNAMES)
    else:
        pools = {
            "ar": (AR_FEMALE, AR_MALE, AR_SURNAMES),
            "fa": (FA_FEMALE, FA_MALE, FA_SURNAMES),
            "so": (SO_FEMALE, SO_MALE, SO_SURNAMES),
            "bs": (BS_FEMALE, BS_MALE, BS_SURNAMES),
            "pl": (PL_FEMALE, PL_MALE, None),
        }[origin]
        tilltal = pick(pools[0] if gender == "f" else pools[1])
        given_names = [tilltal]
        if origin in ("ar", "so") and chance(0.25):
            extra = pick(AR_MALE if origin == "ar" else SO_MALE)
            if extra != tilltal:
                given_names.append(extra)
        if family is None:
            if origin == "pl":
                pair = pick(PL_SURNAMES)
                family = pair[1] if gender == "f" else pair[0]
            elif origin == "so":
                family = pick(SO_SURNAMES)
                if family == tilltal:
                    family = "Warsame"
            else:
                family = pick(pools[2])
    if tilltal not in " ".join(given_names):
        given_names.insert(0, tilltal)
    return {"gender": gender, "origin": origin, "given_names": given_names,
            "tilltal": tilltal, "family": family, "birth": birth}


def person_full_given(p):
    return " ".join(p["given_names"])


# ===========================================================================
# GEOGRAPHY: real places, real postcode areas and area codes, real street names
# (house numbers, letters and floors are invented)
# ===========================================================================

REGION_VG = "Västra Götalands län"
REGION_HALLAND = "Hallands län"
REGION_UPP = "Uppsala län"
REGION_STH = "Stockholms län"
REGION_VB = "Västerbottens län"
REGION_SHORT = {REGION_VG: "Västra Götaland", REGION_HALLAND: "Halland",
                REGION_UPP: "Uppsala", REGION_STH: "Stockholm", REGION_VB: "Västerbotten"}
REGION_LETTER = {REGION_VG: "O", REGION_HALLAND: "N", REGION_UPP: "C",
                 REGION_STH: "AB", REGION_VB: "AC"}
REGION_CODE = {REGION_VG: "14", REGION_HALLAND: "13", REGION_UPP: "03",
               REGION_STH: "01", REGION_VB: "24"}

# city -> (office, weight, postcode prefixes, area code, region)
CITIES = {
    "Göteborg": ("gbg", 44, ["411", "412", "413", "414", "415", "416", "417", "418"], "031", REGION_VG),
    "Västra Frölunda": ("gbg", 5, ["421", "426"], "031", REGION_VG),
    "Hisings Backa": ("gbg", 3, ["422"], "031", REGION_VG),
    "Torslanda": ("gbg", 2, ["423"], "031", REGION_VG),
    "Angered": ("gbg", 2, ["424"], "031", REGION_VG),
    "Mölndal": ("gbg", 6, ["431"], "031", REGION_VG),
    "Partille": ("gbg", 4, ["433"], "031", REGION_VG),
    "Kungsbacka": ("gbg", 5, ["434"], "0300", REGION_HALLAND),
    "Mölnlycke": ("gbg", 3, ["435"], "031", REGION_VG),
    "Askim": ("gbg", 2, ["436"], "031", REGION_VG),
    "Lindome": ("gbg", 1, ["437"], "031", REGION_VG),
    "Kungälv": ("gbg", 4, ["442"], "0303", REGION_VG),
    "Lerum": ("gbg", 3, ["443"], "0302", REGION_VG),
    "Alingsås": ("gbg", 3, ["441"], "0322", REGION_VG),
    "Stenungsund": ("gbg", 2, ["444"], "0303", REGION_VG),
    "Öckerö": ("gbg", 1, ["475"], "031", REGION_VG),
    "Borås": ("gbg", 3, ["503", "504", "506", "507"], "033", REGION_VG),
    "Trollhättan": ("gbg", 2, ["461"], "0520", REGION_VG),
    "Uddevalla": ("gbg", 2, ["451"], "0522", REGION_VG),
    "Uppsala": ("upp", 52, ["751", "752", "753", "754", "755", "756", "757"], "018", REGION_UPP),
    "Knivsta": ("upp", 5, ["741"], "018", REGION_UPP),
    "Enköping": ("upp", 6, ["745"], "0171", REGION_UPP),
    "Östhammar": ("upp", 3, ["742"], "0173", REGION_UPP),
    "Tierp": ("upp", 3, ["815"], "0293", REGION_UPP),
    "Storvreta": ("upp", 2, ["743"], "018", REGION_UPP),
    "Björklinge": ("upp", 1, ["743"], "018", REGION_UPP),
    "Märsta": ("upp", 3, ["195"], "08", REGION_STH),
    "Heby": ("upp", 2, ["744"], "0224", REGION_UPP),
    "Alunda": ("upp", 1, ["747"], "0174", REGION_UPP),
    "Gimo": ("upp", 1, ["747"], "0173", REGION_UPP),
    "Skutskär": ("upp", 1, ["814"], "026", REGION_UPP),
    "Umeå": ("ume", 52, ["903", "904", "905", "906", "907"], "090", REGION_VB),
    "Holmsund": ("ume", 3, ["913"], "090", REGION_VB),
    "Obbola": ("ume", 1, ["913"], "090", REGION_VB),
    "Sävar": ("ume", 2, ["918"], "090", REGION_VB),
    "Skellefteå": ("ume", 8, ["931"], "0910", REGION_VB),
    "Vännäs": ("ume", 3, ["911"], "0935", REGION_VB),
    "Robertsfors": ("ume", 2, ["915"], "0934", REGION_VB),
    "Nordmaling": ("ume", 2, ["914"], "0930", REGION_VB),
    "Hörnefors": ("ume", 1, ["914"], "0930", REGION_VB),
    "Vindeln": ("ume", 2, ["922"], "0933", REGION_VB),
    "Lycksele": ("ume", 2, ["921"], "0950", REGION_VB),
    "Bjurholm": ("ume", 1, ["916"], "0932", REGION_VB),
}
OFFICE_CITY = {"gbg": "Göteborg", "upp": "Uppsala", "ume": "Umeå"}
OFFICES = [("gbg", 45), ("upp", 30), ("ume", 25)]

# Box postcodes (postal boxes have their own codes)
BOX_PREFIX = {"Göteborg": ["401", "402", "403", "404", "405"], "Uppsala": ["750", "751"],
              "Umeå": ["901"], "Mölndal": ["431"], "Skellefteå": ["931"],
              "Borås": ["501"], "Enköping": ["745"], "Kungsbacka": ["434"]}

STREETS = {
    "Göteborg": [
        "Vasagatan", "Viktoriagatan", "Linnégatan", "Övre Husargatan",
        "Järntorgsgatan", "Andra Långgatan", "Första Långgatan", "Tredje Långgatan",
        "Sprängkullsgatan", "Aschebergsgatan", "Södra Vägen", "Kungsgatan",
        "Drottninggatan", "Östra Hamngatan", "Västra Hamngatan", "Postgatan",
        "Doktor Allards gata", "Eklandagatan", "Kaptensgatan", "Karl Johansgatan",
        "Slottsskogsgatan", "Masthuggsgatan", "Götabergsgatan", "Chalmersgatan",
        "Engelbrektsgatan", "Storgatan", "Skånegatan", "Friggagatan",
        "Redbergsvägen", "Kvibergsvägen", "Wieselgrensgatan", "Lindholmsallén",
        "Hjalmar Brantingsgatan", "Tunnlandsgatan", "Marklandsgatan",
        "Gamlestadsvägen", "Lärjeholmsvägen", "Olskroksgatan", "Härlanda Park",
        "Mölndalsvägen", "Ekelundsgatan", "Bangatan", "Nordhemsgatan",
        "Stigbergsliden", "Kommendörsgatan", "Erik Dahlbergsgatan", "Dalagatan",
        "Kastellgatan", "Haga Nygata", "Sveagatan", "Majorsgatan", "Fabriksgatan",
        "Sankt Eriksgatan", "Kungstorget", "Heden", "Ekmansgatan", "Guldhedsgatan",
    ],
    "Västra Frölunda": ["Frölundagatan", "Tranered­sgatan", "Näset­vägen", "Opaltorget",
                        "Topasgatan", "Smaragdgatan", "Grimmeredsvägen", "Ängås­gatan",
                        "Järnbrotts Prästväg", "Tofta­gatan"],
    "Hisings Backa": ["Backavägen", "Litteraturgatan", "Tuve Kyrkväg", "Bäckebolsvägen",
                      "Skälltorpsvägen", "Kvillebäcksvägen", "Vågmästaregatan"],
    "Torslanda": ["Torslandavägen", "Amhults Torg", "Lilla Amundövägen", "Hästeviksvägen",
                  "Sillvik­vägen"],
    "Angered": ["Angereds Torg", "Rannebergsvägen", "Hammarkullen­gatan", "Lövgärdesvägen",
                "Gårdstensvägen", "Hjällbovägen"],
    "Mölndal": ["Göteborgsvägen", "Kvarnbygatan", "Bifrostgatan", "Toltorpsgatan",
                "Ågatan", "Kråketorpsgatan", "Åbyvägen", "Roten­gatan", "Frölundagatan",
                "Bosgårdsvägen", "Krokslätts Torg", "Brunnsgatan"],
    "Partille": ["Gamla Kronvägen", "Kyrkvägen", "Paradisvägen", "Öjersjövägen",
                 "Sävedalsvägen", "Partille Port"],
    "Kungsbacka": ["Storgatan", "Kyrkogatan", "Västergatan", "Östra Torggatan",
                   "Varbergsvägen", "Hammerövägen", "Södra Hamngatan"],
    "Mölnlycke": ["Biblioteksgatan", "Allégatan", "Benarèsvägen", "Massetorpsvägen",
                  "Ekdalavägen", "Råda Torg"],
    "Askim": ["Askims Stationsväg", "Ekhagsvägen", "Askims Kyrkväg", "Hovåsvägen"],
    "Kungälv": ["Västra Gatan", "Östra Gatan", "Strandgatan", "Färjevägen", "Kongahällavägen"],
    "Alingsås": ["Kungsgatan", "Storgatan", "Västra Ringvägen", "Noltorpsgatan", "Bäckgatan"],
    "Borås": ["Allégatan", "Stora Brogatan", "Åsbogatan", "Sandwalls Plats",
              "Västerlånggatan", "Druveforsvägen", "Alingsåsvägen"],
    "Uppsala": [
        "Svartbäcksgatan", "Dragarbrunnsgatan", "Kungsgatan", "Sysslomansgatan",
        "S:t Olofsgatan", "Vaksalagatan", "Luthagsesplanaden", "Rackarbergsgatan",
        "Kyrkogårdsgatan", "Väderkvarnsgatan", "Kungsängsgatan", "Salagatan",
        "Dag Hammarskjölds väg", "Stationsgatan", "Bredgränd", "Götgatan",
        "Skolgatan", "Sturegatan", "Börjegatan", "Eriksbergsvägen", "Norbyvägen",
        "Geijersgatan", "Tycho Hedéns väg", "Fyrisvallsgatan", "Ringgatan",
        "Storgatan", "Råbyvägen", "Flogstavägen", "Sernanders väg", "Kvarngärdesgatan",
        "Gottsundavägen", "Torgny Segerstedts allé", "Vretgränd", "Ärnagatan",
        "Kantorsgatan", "Gamla Uppsalagatan", "Dalgatan", "Portalgatan",
        "Stenhagsvägen", "Vänortsgatan", "Rapsgatan", "Kungsgärdesplan",
        "Bäverns gränd", "Östra Ågatan", "Västra Ågatan", "Övre Slottsgatan",
        "Trädgårdsgatan", "Villavägen", "Luthagsgatan", "Sibyllegatan",
    ],
    "Knivsta": ["Centralvägen", "Forsbyvägen", "Gredelbyleden", "Ängbyvägen", "Thunmans väg"],
    "Enköping": ["Kungsgatan", "Rådmansgatan", "Västerledsgatan", "Kaplansgatan",
                 "Munksundsgatan", "Stockholmsvägen", "Gånggatan"],
    "Östhammar": ["Rådhustorget", "Sjötullsgatan", "Frösåkersgatan", "Prästgatan"],
    "Tierp": ["Centralgatan", "Västra Järnvägsgatan", "Östra Järnvägsgatan", "Siggbovägen"],
    "Märsta": ["Stationsgatan", "Centralvägen", "Valsta Torg", "Dragonvägen", "Skogsvägen"],
    "Umeå": [
        "Rådhusesplanaden", "Storgatan", "Kungsgatan", "Skolgatan",
        "Västra Esplanaden", "Östra Kyrkogatan", "Nygatan", "Järnvägsallén",
        "Vasagatan", "Tvistevägen", "Mariehemsvägen", "Stationsgatan",
        "Pedagoggränd", "Formvägen", "Förrådsvägen", "Gräddvägen", "Björnvägen",
        "Västra Norrlandsgatan", "Östra Rådhusgatan", "Döbelnsgatan",
        "Holmsundsvägen", "Ersmarksgatan", "Signalvägen", "Axtorpsvägen",
        "Tegsvägen", "Ålidhemsgatan", "Kronoparksvägen", "Hagaplan",
        "Västerslätts Torg", "Ridvägen", "Tomtebovägen", "Öbacka Strand",
        "Kungsgatan", "Magasinsgatan", "Östra Strandgatan", "Hamnesplanaden",
        "Smörvägen", "Gimmersvägen", "Backenvägen", "Sandåkravägen",
    ],
    "Skellefteå": ["Kanalgatan", "Storgatan", "Nygatan", "Trädgårdsgatan",
                   "Viktoriagatan", "Stationsgatan", "Lasarettsvägen", "Norrbölevägen",
                   "Tjärnvägen", "Strandgatan", "Mossgatan"],
    "Holmsund": ["Hamngatan", "Sandvägen", "Djupvikstorget", "Skolgatan"],
    "Vännäs": ["Vännäsvägen", "Järnvägsgatan", "Stationsgatan", "Parkgatan"],
    "Lycksele": ["Storgatan", "Skolgatan", "Norrmalmsgatan", "Torggatan"],
}
STREETS = {k: [s.replace("\u00ad", "") for s in v] for k, v in STREETS.items()}

GENERIC_STREETS = [
    "Storgatan", "Kyrkogatan", "Skolgatan", "Drottninggatan", "Kungsgatan",
    "Nygatan", "Järnvägsgatan", "Stationsgatan", "Torggatan", "Björkvägen",
    "Granvägen", "Tallvägen", "Ekvägen", "Lönnvägen", "Ängsvägen", "Ringvägen",
    "Industrivägen", "Verkstadsgatan", "Hantverksvägen", "Bruksgatan",
    "Fabriksgatan", "Parkvägen", "Solvägen", "Skogsvägen", "Kvarnvägen",
    "Åkervägen", "Bäckvägen", "Sjövägen", "Strandvägen", "Hamngatan",
    "Villagatan", "Prästgårdsvägen", "Lärkvägen", "Trastvägen", "Sparvvägen",
    "Rönnvägen", "Hagvägen", "Backvägen", "Smedjegatan", "Köpmangatan",
]
# villages / farm groups (rural addresses "Västerhaga 112")
RURAL = {
    "gbg": [("Lerum", ["Stora Bugärde", "Tollered", "Olstorp", "Skallsjö", "Hjällsnäs"]),
            ("Kungälv", ["Kode", "Ytterby", "Solberga", "Kareby", "Romelanda"]),
            ("Kungsbacka", ["Frillesås", "Fjärås", "Gällinge", "Idala", "Förlanda"]),
            ("Alingsås", ["Ödenäs", "Hemsjö", "Bälinge", "Erska", "Magra"])],
    "upp": [("Uppsala", ["Skuttunge", "Jumkil", "Läby", "Ängeby", "Västerby", "Norrby",
                         "Östanby", "Hällby", "Lövsta", "Bälinge Kyrkby", "Rasbo"]),
            ("Björklinge", ["Tensta", "Viksta", "Lenaby", "Altuna"]),
            ("Knivsta", ["Alsike", "Husby", "Vassunda", "Lagga"]),
            ("Östhammar", ["Valö", "Hökhuvud", "Forsmarks Bruk", "Öregrund Norra"])],
    "ume": [("Umeå", ["Tavelsjö", "Ersmark", "Sörmjöle", "Norrbyn", "Ostnäs", "Botsmark",
                      "Kassjö", "Hissjö", "Stöcke", "Täfteå", "Röbäck"]),
            ("Vännäs", ["Pengsjö", "Brattby", "Tväråbäck", "Hällfors"]),
            ("Robertsfors", ["Bygdeå", "Ånäset", "Sikeå", "Ostvik"]),
            ("Vindeln", ["Hällnäs", "Granö", "Tvärålund", "Åmsele"])],
}
RURAL_POSTCODE = {"Lerum": "443", "Kungälv": "442", "Kungsbacka": "434", "Alingsås": "441",
                  "Uppsala": "755", "Björklinge": "743", "Knivsta": "741", "Östhammar": "742",
                  "Umeå": "905", "Vännäs": "911", "Robertsfors": "915", "Vindeln": "922"}

# neighbourhoods used for association names
NEIGHBOURHOODS = {
    "gbg": ["Majorna", "Kortedala", "Askim", "Styrsö", "Bergsjön", "Biskopsgården",
            "Tuve", "Kärra", "Säve", "Torslanda", "Hönö", "Landvetter", "Hovås",
            "Olskroken", "Gamlestaden", "Lundby", "Guldheden", "Örgryte", "Lunden",
            "Kållered", "Billdal", "Björkekärr", "Härlanda", "Kungsladugård"],
    "upp": ["Gottsunda", "Sävja", "Gränby", "Luthagen", "Vaksala", "Eriksberg",
            "Storvreta", "Bälinge", "Vänge", "Länna", "Almunge", "Funbo", "Danmark",
            "Sunnersta", "Norby", "Kvarngärdet", "Svartbäcken", "Fålhagen", "Årsta",
            "Stenhagen", "Flogsta", "Gamla Uppsala"],
    "ume": ["Ersboda", "Ålidhem", "Teg", "Tomtebo", "Holmsund", "Obbola", "Sävar",
            "Tavelsjö", "Hörnefors", "Röbäck", "Grisbacka", "Mariehem", "Haga",
            "Västerslätt", "Ytterhiske", "Backen", "Böleäng", "Ersmark", "Sörböle"],
}


def city_info(city):
    return CITIES[city]


def pick_city(office, main_bias=0.0):
    if main_bias and chance(main_bias):
        return OFFICE_CITY[office]
    pairs = [(c, v[1]) for c, v in CITIES.items() if v[0] == office]
    return wpick(pairs)


def pick_postcode(city, box=False):
    if box and city in BOX_PREFIX:
        pre = pick(BOX_PREFIX[city])
        return pre + "%02d" % rng.randint(1, 29)
    pre = pick(CITIES[city][2])
    return pre + "%02d" % rng.randint(10, 97)


def house_number(kind="home"):
    if kind == "rural":
        return str(rng.randint(1, 260))
    return str(wpick([(rng.randint(1, 9), 40), (rng.randint(10, 39), 40),
                      (rng.randint(40, 120), 18), (rng.randint(121, 260), 2)]))


def make_address(office, city=None, style="home", person_flat=None):
    """Address components. style: home | business | rural | box"""
    if style == "rural":
        town, villages = pick(RURAL[office])
        v = pick(villages)
        return {"co": None, "street": v, "num": house_number("rural"), "letter": "",
                "floor": None, "box": None,
                "postcode": RURAL_POSTCODE[town] + "%02d" % rng.randint(90, 96),
                "city": town, "region": CITIES[town][4], "rural": True}
    city = city or pick_city(office)
    region = CITIES[city][4]
    if style == "box":
        return {"co": None, "street": None, "num": None, "letter": "", "floor": None,
                "box": str(rng.randint(2, 2999)), "postcode": pick_postcode(city, box=True),
                "city": city, "region": region, "rural": False}
    streets = STREETS.get(city) or GENERIC_STREETS
    if city not in STREETS or chance(0.12):
        streets = streets + GENERIC_STREETS
    street = pick(streets)
    letter = ""
    if chance(0.18):
        letter = wpick([("A", 40), ("B", 35), ("C", 15), ("D", 6), ("E", 4)])
    floor = None
    flat = person_flat if person_flat is not None else (style == "home" and chance(0.45))
    if flat and chance(0.55):
        floor = wpick([("%d tr" % rng.randint(1, 6), 70), ("lgh %d%02d" % (rng.randint(10, 15), rng.randint(1, 4)), 20),
                       ("%d trappor" % rng.randint(2, 5), 5), ("bv", 5)])
    return {"co": None, "street": street, "num": house_number(style), "letter": letter,
            "floor": floor, "box": None, "postcode": pick_postcode(city), "city": city,
            "region": region, "rural": False}


def apartment_number(addr):
    """Skatteverket's four-digit lägenhetsnummer."""
    if addr.get("floor") and addr["floor"].startswith("lgh"):
        return addr["floor"].split(" ")[1]
    fl = 1
    m = re.match(r"(\d+)", addr.get("floor") or "")
    if m:
        fl = int(m.group(1))
    return "%d%02d" % (10 + min(fl, 9), (int(addr.get("num") or 1) % 4) + 1)


# ---------------------------------------------------------------------------
# phones: national digits as (area code, subscriber number)
# ---------------------------------------------------------------------------

USED_PHONES = set()
MOBILE_PREFIX = [("070", 40), ("072", 18), ("073", 22), ("076", 15), ("079", 5)]


def _local_len(area):
    if area.startswith("07"):
        return 7
    if area == "08":
        return 7
    if area == "031":
        return 7
    if len(area) == 3:
        return 6
    return wpick([(6, 60), (5, 40)])


def new_phone(area=None, mobile=False):
    for _ in range(200):
        a = wpick(MOBILE_PREFIX) if mobile or area is None else area
        n = _local_len(a)
        local = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if a == "031" and local[0] in "0":
            continue
        key = a + local
        if key not in USED_PHONES:
            USED_PHONES.add(key)
            return (a, local)
    raise RuntimeError("phone space exhausted")


def group_local(local):
    n = len(local)
    if n == 7:
        return "%s %s %s" % (local[:3], local[3:5], local[5:])
    if n == 6:
        return "%s %s %s" % (local[:2], local[2:4], local[4:])
    if n == 5:
        return "%s %s" % (local[:3], local[3:])
    if n == 8:
        return "%s %s %s" % (local[:3], local[3:6], local[6:])
    return local


PHONE_STYLES = ["canon", "compact", "dash", "space", "intl", "intl_compact",
                "intl0", "0046", "slash", "paren", "mobile_alt"]


def fmt_phone(ph, style="canon"):
    if ph is None:
        return None
    area, local = ph
    g = group_local(local)
    if style == "canon":
        return "%s-%s" % (area, g)
    if style == "compact":
        return area + local
    if style == "dash":
        return "%s-%s" % (area, local)
    if style == "space":
        return "%s %s" % (area, g)
    if style == "intl":
        return "+46 %s %s" % (area[1:], g)
    if style == "intl_compact":
        return "+46%s%s" % (area[1:], local)
    if style == "intl0":
        return "+46 (0)%s-%s" % (area[1:], g)
    if style == "0046":
        return "0046%s%s" % (area[1:], local)
    if style == "slash":
        return "%s/%s" % (area, g)
    if style == "paren":
        return "(%s) %s" % (area, g)
    if style == "mobile_alt":
        if len(local) == 7:
            return "%s-%s %s %s" % (area, local[:2], local[2:4], local[4:])
        return "%s %s" % (area, local)
    raise ValueError(style)


def phone_digit_off(ph):
    area, local = ph
    i = rng.randrange(len(local))
    if chance(0.5) and i < len(local) - 1 and local[i] != local[i + 1]:
        local2 = local[:i] + local[i + 1] + local[i] + local[i + 2:]
    else:
        d = str((int(local[i]) + pick([1, -1, 2, 3])) % 10)
        if i == 0 and d == "0":
            d = "9"
        local2 = local[:i] + d + local[i + 1:]
    return (area, local2)


def is_mobile(ph):
    return ph is not None and ph[0].startswith("07")


# ---------------------------------------------------------------------------
# e-mail
# ---------------------------------------------------------------------------

USED_EMAILS = set()
USED_DOMAINS = set()
FREEMAIL_WEIGHTED = [("gmail.com", 30), ("hotmail.com", 15), ("hotmail.se", 7),
                     ("outlook.com", 6), ("live.se", 5), ("yahoo.se", 4), ("yahoo.com", 2),
                     ("telia.com", 10), ("icloud.com", 7), ("me.com", 2),
                     ("bredband.net", 3), ("comhem.se", 3), ("spray.se", 1),
                     ("bahnhof.se", 1), ("passagen.se", 1), ("msn.com", 1), ("outlook.se", 1)]
FREEMAIL_OLD = [("telia.com", 30), ("hotmail.com", 20), ("bredband.net", 10),
                ("comhem.se", 10), ("spray.se", 5), ("passagen.se", 4), ("yahoo.se", 6),
                ("gmail.com", 15)]


def freemail_domain(birth=1975):
    if birth < 1960 and chance(0.6):
        return wpick(FREEMAIL_OLD)
    return wpick(FREEMAIL_WEIGHTED)


def _uniq_email(local, domain):
    local = re.sub(r"\.+", ".", local).strip(".")
    cand = "%s@%s" % (local, domain)
    n = 2
    while cand in USED_EMAILS:
        cand = "%s%d@%s" % (local, n if n > 2 else rng.randint(2, 99), domain)
        n += 1
    USED_EMAILS.add(cand)
    return cand


def name_parts_for_mail(p):
    g = slug(p["tilltal"].split(" ")[0].split("-")[0]) if p["tilltal"] else "x"
    g_full = slug(p["tilltal"])
    fam = p["family"]
    f = slug(fam.replace("af ", "").replace("von ", "").split(" ")[-1])
    return g, g_full, f


def person_free_email(p, domain=None):
    domain = domain or freemail_domain(p["birth"])
    g, gf, f = name_parts_for_mail(p)
    yy = "%02d" % (p["birth"] % 100)
    nick = NICKNAMES.get(p["tilltal"], [None])[0]
    styles = [("%s.%s" % (gf, f), 30), ("%s%s" % (gf, f), 12), ("%s.%s%s" % (gf, f, yy), 10),
              ("%s.%s" % (g[0], f), 8), ("%s_%s" % (g, f), 5), ("%s.%s" % (f, g), 5),
              ("%s%s" % (g, yy), 5), ("%s.%s" % (g, f[0]), 4), ("%s%s%d" % (g, f, rng.randint(1, 99)), 6),
              ("%s%s" % (g[0], f), 6)]
    if nick:
        styles.append(("%s%s" % (slug(nick), f), 5))
    return _uniq_email(wpick(styles), domain)


def work_email(p, domain, style=None):
    g, gf, f = name_parts_for_mail(p)
    style = style or wpick([("gf", 45), ("g", 25), ("gif", 12), ("f", 6), ("initials", 12)])
    local = {"gf": "%s.%s" % (gf, f), "g": gf, "gif": "%s%s" % (g[0], f), "f": f,
             "initials": g[0] + f[:2]}[style]
    return _uniq_email(local, domain)


def role_email(role, domain):
    return _uniq_email(role, domain)


def make_domain(words, tld=None):
    base = "".join(slug(w) for w in words if w)[:30]
    if not base:
        base = "foretag"
    tld = tld or wpick([(".se", 78), (".nu", 8), (".com", 12), (".org", 2)])
    cands = [base + tld, base.replace("och", "") + tld]
    if len(words) > 1:
        cands.append("-".join(slug(w) for w in words if w)[:40] + tld)
    cands.append(base + pick(["ab", "gbg", "upsala", "umea", "sverige", "i"]) + tld)
    for c in cands:
        if c not in USED_DOMAINS:
            USED_DOMAINS.add(c)
            return c
    n = 2
    while True:
        c = "%s%d%s" % (base, n, tld)
        if c not in USED_DOMAINS:
            USED_DOMAINS.add(c)
            return c
        n += 1


# ===========================================================================
# ORGANISATIONS: name material
# ===========================================================================

TRADES = [
    ("Bygg", 12), ("Måleri", 6), ("Elservice", 4), ("El", 4), ("VVS", 5), ("Rör", 3),
    ("Snickeri", 4), ("Plåtslageri", 2), ("Golv", 2), ("Tak", 2),
    ("Mark & Anläggning", 2), ("Åkeri", 3), ("Transport", 4), ("Konsult", 6),
    ("IT-konsult", 4), ("Data", 2), ("Fastigheter", 6), ("Förvaltning", 2),
    ("Frisör", 3), ("Hudvård", 2), ("Tandvård", 2), ("Café", 2), ("Restaurang", 3),
    ("Bageri", 1), ("Blommor", 1), ("Trädgård", 3), ("Städ", 4), ("Flytt", 2),
    ("Bil", 2), ("Bilverkstad", 3), ("Däck", 1), ("Fisk", 1), ("Livs", 2),
    ("Fysioterapi", 2), ("Naprapati", 1), ("Design", 2), ("Arkitekter", 2),
    ("Reklam", 1), ("Foto", 1), ("Musik", 1), ("Event", 1), ("Skog", 2),
    ("Lantbruk", 2), ("Marin", 1), ("Kyl & Värme", 1), ("Ventilation", 2),
    ("Lås", 1), ("Glas", 1), ("Inredning", 2), ("Tryckeri", 1), ("Skrädderi", 1),
    ("Entreprenad", 3), ("Smide", 1), ("Maskin", 2), ("Optik", 1), ("Juridik", 1),
    ("Översättningar", 1), ("Coaching", 1), ("Massage", 1), ("Kakel", 1),
    ("Kök", 1), ("Solenergi", 1), ("Sotning", 1), ("Import & Export", 2),
    ("Handel", 2), ("Trading", 1), ("Ekonomitjänst", 1), ("Hemtjänst", 1),
    ("Tandteknik", 1), ("Hund & Katt", 1), ("Vård & Omsorg", 1), ("Säkerhet", 1),
]
TRADE_WORDS = [t for t, _ in TRADES]
FANTASY_STEMS = [
    "Nordvik", "Solvik", "Björkhaga", "Granlund", "Fjällros", "Havsörn",
    "Ekbacken", "Norrsken", "Sjöbris", "Västkust", "Älvstranden", "Fyris",
    "Mälardal", "Botnia", "Kvarken", "Umeälv", "Tallbacka", "Stenhaga",
    "Lövhaga", "Bergsäng", "Strandhem", "Vindö", "Skärgård", "Hamnvik",
    "Klippan", "Ankarsvik", "Fyrbåk", "Novum", "Arctic", "Polar", "Aurora",
    "Vega", "Orion", "Atlas", "Merkur", "Optima", "Prima", "Nova", "Unik",
    "Alfa", "Delta", "Sigma", "Kompass", "Lodestar", "Kustlinjen", "Fjärran",
    "Ljungby", "Rönnbäck", "Ekudden", "Sjöviken", "Furuhöjd", "Snöfall",
    "Midnattssol", "Lavinen", "Tjäle", "Fors", "Norrbris", "Kustljus",
    "Granskogen", "Björkliden", "Ängsklocka", "Blåsippan", "Gullviva",
    "Smedjan", "Verkstan", "Lotsen", "Skeppet", "Tornet", "Bryggan",
]
PLACE_STEMS = {
    "gbg": ["Göteborgs", "Mölndals", "Partille", "Kungsbacka", "Hisingens",
            "Västkustens", "Kungälvs", "Lerums", "Majornas", "Frölunda", "Askims", "Alingsås"],
    "upp": ["Uppsala", "Upplands", "Fyrisåns", "Enköpings", "Knivsta", "Östhammars",
            "Tierps", "Roslagens", "Gamla Uppsala", "Vaksala"],
    "ume": ["Umeå", "Västerbottens", "Norrlands", "Skellefteå", "Vännäs", "Holmsunds",
            "Umeälvens", "Kvarkens", "Sävar", "Botniska"],
}
FANTASY_REGIONAL = {
    "gbg": ["Västkust", "Älvstranden", "Hamnvik", "Skärgård", "Vindö", "Havsörn",
            "Sjöbris", "Ankarsvik", "Fyrbåk", "Kustlinjen", "Lotsen", "Bryggan", "Kustljus"],
    "upp": ["Fyris", "Mälardal", "Stenhaga", "Ekudden", "Ljungby", "Tornet", "Upplandia",
            "Rönnbäck", "Slottsbacken", "Kvarnfallet"],
    "ume": ["Botnia", "Kvarken", "Umeälv", "Norrsken", "Midnattssol", "Tjäle", "Norrbris",
            "Snöfall", "Lavinen", "Fors", "Granskogen", "Björkliden", "Arctic", "Polar"],
}
REGIONAL_ALL = set(w for v in FANTASY_REGIONAL.values() for w in v)
FANTASY_GENERAL = [w for w in FANTASY_STEMS if w not in REGIONAL_ALL]


def pick_fantasy(office):
    if chance(0.35):
        return pick(FANTASY_REGIONAL[office])
    return pick(FANTASY_GENERAL)


HOLDING_WORDS = ["Holding", "Invest", "Förvaltning", "Kapital", "Ägarbolag", "Group"]
BRF_WORDS = [
    "Solrosen", "Kvarnen", "Utsikten", "Fyrtornet", "Järnet", "Tallkotten",
    "Björken", "Eken", "Lönnen", "Kastanjen", "Ankaret", "Kompassen", "Seglet",
    "Ekorren", "Grävlingen", "Hägern", "Tranan", "Svanen", "Måsen", "Vindrosen",
    "Vågen", "Strandängen", "Backsippan", "Blåklinten", "Prästkragen", "Humlan",
    "Fjärilen", "Stjärnan", "Norrskenet", "Polstjärnan", "Sjöutsikten", "Kronan",
    "Smedjan", "Bryggeriet", "Mejeriet", "Tegelbruket", "Bagaren", "Skomakaren",
    "Garvaren", "Hattmakaren", "Rådjuret", "Vitsippan", "Hasseln", "Hästskon",
    "Gjutaren", "Kopparslagaren", "Lyktan", "Porten", "Gläntan", "Bäcken",
    "Fältet", "Lärkan", "Duvan", "Näktergalen", "Uttern", "Bävern", "Älgen",
    "Vildvinet", "Rosenhill", "Linden", "Almen", "Aspen", "Granen", "Tallen",
    "Klockaren", "Kyrkvärden", "Stadsträdgården", "Kvarteret Kajen", "Parkhuset",
    "Hamnkranen", "Sjöbacken", "Slottsberget", "Stigbergstorget", "Luthagen",
    "Fyrisparken", "Ålidhöjd", "Haga Strand", "Tegs Brygga", "Mariehemsgården",
]
ASSOC_PATTERNS = [
    ("{place} IK", 8), ("IK {fantasy}", 3), ("{place} IF", 8), ("{place} SK", 4),
    ("{place} BK", 3), ("{place} FF", 2), ("Hembygdsföreningen {place}", 5),
    ("{place} Båtklubb", 4), ("{place} Scoutkår", 3), ("Kulturföreningen {fantasy}", 3),
    ("{place} Pensionärsförening", 3), ("{place} Tennisklubb", 2),
    ("{place} Ryttarförening", 2), ("{place} Konstförening", 2), ("{place} Kammarkör", 2),
    ("Föreningen {fantasy}", 2), ("{place} Jaktvårdskrets", 1), ("{place} Schackklubb", 1),
    ("{place} Orienteringsklubb", 2), ("{place} Innebandyklubb", 2),
    ("{ethnic}", 4), ("Föräldraföreningen {fantasy}", 1), ("{place} Bygdegårdsförening", 2),
]
ETHNIC_ASSOC = {
    "gbg": ["Somaliska Kulturföreningen Hiddo", "Bosniska Kulturföreningen Ljiljan",
            "Irakiska Föreningen Al-Rafidain", "Persiska Kulturföreningen Pars",
            "Polska Föreningen Orzeł", "Syrianska Föreningen Ashur",
            "Kurdiska Kvinnoföreningen Roj", "Eritreanska Föreningen Selam"],
    "upp": ["Persiska Föreningen Mehr", "Polska Klubben Wisła", "Somaliska Föreningen Hidda",
            "Irakiska Kulturföreningen Babil", "Bosniska Föreningen Sevdah",
            "Assyriska Föreningen Nineve"],
    "ume": ["Finska Föreningen Kaamos", "Sverigefinska Föreningen Revontulet",
            "Somaliska Föreningen Horseed", "Samiska Föreningen Čuovga",
            "Afghanska Kulturföreningen Aryana"],
}
EKFOR_PATTERNS = [
    ("{place} Fiber", 8), ("{village} Fiberförening", 5), ("Föräldrakooperativet {fantasy}", 5),
    ("{village} Vindkraft", 3), ("{place} Bygdegård", 2), ("Kooperativet {fantasy}", 3),
    ("{fantasy} Andelslantbruk", 1), ("{village} Vägförening", 2), ("{place} Bredband", 3),
    ("{fantasy} Konsumentkooperativ", 1), ("Ängsbacka Byalag", 1), ("{village} Vattenförening", 2),
]
EKFOR_FORMS = [("ekonomisk förening", 55), ("ek. för.", 25), ("Ekonomisk förening", 10),
               ("ek för", 5), ("Ek. för.", 5)]
STIFT_PATTERNS = [
    ("{g1} och {g2} {fam_gen} minnesfond", 5), ("{fam}ska fonden", 3),
    ("{place} Hembygdsgård", 3), ("{fantasy}gården", 2), ("{place} Folkets Hus", 2),
    ("{fam_gen} Kulturstiftelse", 2), ("{fantasy} Studiefond", 1),
]
FORVALTARE_DEF = {
    "gbg": [("Västkustens Fastighetsförvaltning", "Göteborg"), ("Majornas BRF-Service", "Göteborg"),
            ("Hisingens Bostadsekonomi", "Hisings Backa"), ("Mölndals Förvaltarbyrå", "Mölndal")],
    "upp": [("Fyrisförvaltarna", "Uppsala"), ("Uppländsk Bostadsförvaltning", "Uppsala"),
            ("Kvarngärdets Fastighetsekonomi", "Uppsala")],
    "ume": [("Umeälvens Förvaltning", "Umeå"), ("Norrlandsförvaltarna", "Umeå"),
            ("Botnia Bostadsekonomi", "Umeå")],
}
LAWFIRMS = {
    "gbg": ["Advokatfirman Lind & Ek", "Advokatbyrån Vasa", "Familjejuristerna i Väst"],
    "upp": ["Advokatfirman Fyris", "Juristbyrån Svartbäcken"],
    "ume": ["Advokatbyrån Norrland", "Familjerättsbyrån Umeå"],
}


def genitive(name):
    if name.endswith(("s", "x", "z")):
        return name
    return name + "s"


def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


USED_ORGNR = set()


def make_orgnr(kind):
    pre = {"aktiebolag": pick(["556", "556", "559"]), "handelsbolag": "969",
           "kommanditbolag": "969", "ekonomisk_forening": "769",
           "bostadsrattsforening": pick(["769", "716"]), "ideell_forening": "802",
           "stiftelse": pick(["802", "817"])}.get(kind)
    if pre is None:
        return None
    while True:
        nine = pre + "".join(str(rng.randint(0, 9)) for _ in range(6))
        nr = nine[:6] + "-" + nine[6:] + luhn_digit(nine)
        if nr not in USED_ORGNR:
            USED_ORGNR.add(nr)
            return nr


INITIALS_TAKEN = {"ABB", "SKF", "SAS", "SEB", "ICA", "HM", "SJ", "SVT", "SR", "TV", "AB", "HB", "KB",
                  "EF", "IF", "IK", "SK", "BK", "FF", "OK", "VD", "PR", "IT", "EU", "SOS", "BMW",
                  "MB", "KM", "GB", "TB", "MM", "DN", "SM", "SBB", "HSB", "LO", "TCO", "EK"}


def initials_of(p):
    base = (p["tilltal"][0] + p["family"].replace("af ", "").replace("von ", "")[0]).upper()
    for _ in range(10):
        cand = base + pick(["", "K", "M", "B", "A", "L", "J"])
        if cand not in INITIALS_TAKEN:
            return cand
    return base + "Z"


KIND_PARTY = {
    "aktiebolag": "org", "handelsbolag": "org", "kommanditbolag": "org",
    "enskild_firma": "org", "ekonomisk_forening": "org", "bostadsrattsforening": "org",
    "ideell_forening": "org", "stiftelse": "org", "dodsbo": "org",
    "person_deklaration": "person", "person_k10": "person", "person_bouppteckning": "person",
}


def base_addr_fmt(ent_party):
    return {
        "floor_mode": wpick([("split", 55), ("merged", 45)]),
        "letter_sp": chance(0.7),
        "pc": "space",
        "region": wpick([(None, 60), ("full", 35), ("short", 5)]),
        "country": wpick([("Sverige", 70), ("SE", 8), ("Sweden", 4), (None, 18)]),
        "oneline": False,
    }


def _fill(pattern, office, owner=None):
    place = pick(NEIGHBOURHOODS[office] if chance(0.7) else [c for c, v in CITIES.items() if v[0] == office])
    village = pick(pick(RURAL[office])[1])
    return (pattern.replace("{place}", place).replace("{village}", village)
            .replace("{fantasy}", pick_fantasy(office))
            .replace("{ethnic}", pick(ETHNIC_ASSOC[office])))


def org_name_ab(office, owner):
    """Returns (core, stem, stem_type, trade)."""
    trade = wpick(TRADES)
    fam = owner["family"].replace("af ", "").replace("von ", "").split(" ")[-1]
    pat = wpick([("surname_gen", 22), ("surname", 20), ("fantasy", 24), ("place", 10),
                 ("initials", 6), ("given", 5), ("brothers", 4), ("surname_in", 4),
                 ("fantasy_plain", 5)])
    if pat == "surname_gen":
        stem = genitive(fam)
        core = "%s %s" % (stem, trade)
    elif pat == "surname":
        stem = fam
        core = "%s %s" % (fam, trade)
    elif pat == "fantasy":
        stem = pick_fantasy(office)
        core = "%s %s" % (stem, trade)
    elif pat == "place":
        stem = pick(PLACE_STEMS[office])
        core = "%s %s" % (stem, trade)
    elif pat == "initials":
        stem = initials_of(owner)
        core = "%s %s" % (stem, trade)
    elif pat == "given":
        stem = genitive(owner["tilltal"].split(" ")[0])
        core = "%s %s" % (stem, trade)
    elif pat == "brothers":
        stem = fam
        core = "Bröderna %s %s" % (fam, trade)
    elif pat == "surname_in":
        stem = fam
        city = pick([c for c, v in CITIES.items() if v[0] == office])
        core = "%s %s i %s" % (fam, trade, city)
    else:
        stem = pick_fantasy(office)
        core = stem
        trade = None
    return core, stem, pat, trade


def person_home(office, p, style="home"):
    return make_address(office, style=style)


def make_forvaltare(office):
    res = []
    for name, city in FORVALTARE_DEF[office]:
        dom = make_domain([name.split(" ")[0], "forvaltning" if "förvalt" not in name.lower() else ""])
        addr = make_address(office, city=city, style="box" if chance(0.5) else "business")
        staff = []
        for _ in range(3):
            sp = make_person(office)
            staff.append({"person": sp, "email": work_email(sp, dom, "gf")})
        res.append({"name": name + " AB", "core": name, "office": office, "city": city,
                    "domain": dom, "addr": addr, "phone": new_phone(CITIES[city][3]),
                    "staff": staff, "info": role_email(pick(["info", "kontakt", "kundtjanst"]), dom)})
    return res


FORVALTARE = {}


def make_entity(kind, office, **kw):
    party = KIND_PARTY[kind]
    ent = {"kind": kind, "party": party, "office": office}
    ent["addr_fmt"] = base_addr_fmt(party)
    if party == "person":
        return _make_person_entity(ent, kind, office, **kw)
    return _make_org_entity(ent, kind, office, **kw)


def _make_person_entity(ent, kind, office, person=None, addr=None, email="new", phone="new"):
    if person is None:
        birth = {"person_deklaration": rng.randint(1938, 2003), "person_k10": rng.randint(1950, 1995),
                 "person_bouppteckning": rng.randint(1945, 1990)}[kind]
        person = make_person(office, birth=birth)
    ent["person"] = person
    ent["title"] = pick(TITLES[:4]) if chance(0.025) else None
    if addr is None:
        style = "rural" if chance(0.1) else "home"
        addr = make_address(office, style=style)
    ent["addr"] = addr
    if email == "new":
        email = person_free_email(person) if chance(0.78 if person["birth"] > 1950 else 0.55) else None
    ent["email"] = email
    if phone == "new":
        if addr and addr.get("rural") and chance(0.4):
            phone = new_phone(CITIES[addr["city"]][3])
        elif chance(0.88):
            phone = new_phone(mobile=True) if (person["birth"] > 1955 or chance(0.5)) else new_phone(CITIES[addr["city"]][3] if addr else "031")
        else:
            phone = None
    ent["phone"] = phone
    return ent


USED_ORGNAMES = set()


def _make_org_entity(ent, kind, office, owner=None, core=None, stem=None, stem_type=None,
                     trade=None, addr=None, email="new", phone="new", contact="auto", forv="auto",
                     deceased=None, contact_role=None, pre=None, suf="auto", _depth=0):
    params = dict(owner=owner, core=core, stem=stem, stem_type=stem_type, trade=trade, addr=addr,
                  email=email, phone=phone, contact=contact, forv=forv, deceased=deceased,
                  contact_role=contact_role, pre=pre, suf=suf)
    core_auto = core is None
    ent["orgnr"] = make_orgnr(kind)
    ent["disp_mode"] = "full"
    ent["publ"] = False
    ent["pre"], ent["suf"] = None, None
    ent["forv"] = None
    ent["deceased"] = None
    ent["contact_role"] = None
    city = pick_city(office, main_bias=0.2)
    owner_needed = kind in ("aktiebolag", "handelsbolag", "kommanditbolag", "enskild_firma")
    if owner is None and owner_needed:
        owner = make_person(office, birth=rng.randint(1950, 1996))
    ent["owner"] = owner
    ent["partner"] = None
    dom = None
    if kind == "aktiebolag":
        if core is None:
            core, stem, stem_type, trade = org_name_ab(office, owner)
        ent["suf"] = "AB" if suf == "auto" else suf
        if suf == "auto" and stem_type in ("fantasy", "place", "fantasy_plain") and chance(0.03):
            ent["suf"] = "AB (publ)"
            ent["publ"] = True
    elif kind == "handelsbolag":
        partner = make_person(office, birth=rng.randint(1950, 1996))
        ent["partner"] = partner
        if core is None:
            f1 = owner["family"].split(" ")[-1]
            f2 = partner["family"].split(" ")[-1]
            pat = wpick([("pair", 40), ("brothers", 15), ("sisters", 8), ("fantasy", 25), ("surname", 12)])
            trade = wpick(TRADES)
            if pat == "pair" and f1 != f2:
                core = "%s & %s %s" % (f1, f2, trade) if chance(0.5) else "%s & %s" % (f1, f2)
                stem, stem_type = f1, "surname"
            elif pat in ("brothers", "sisters", "pair"):
                core = "%s %s %s" % ("Systrarna" if pat == "sisters" else "Bröderna", f1, trade)
                stem, stem_type = f1, "surname"
            elif pat == "fantasy":
                stem = pick_fantasy(office)
                core = "%s %s" % (stem, trade)
                stem_type = "fantasy"
            else:
                stem = genitive(f1)
                core = "%s %s" % (stem, trade)
                stem_type = "surname_gen"
        ent["suf"] = wpick([("HB", 75), ("Handelsbolag", 25)]) if suf == "auto" else suf
    elif kind == "kommanditbolag":
        if core is None:
            stem = pick_fantasy(office)
            stem_type = "fantasy"
            core = wpick([("%s Fastighets" % stem, 40), ("%s Invest" % stem, 30),
                          ("%s & Co" % owner["family"].split(" ")[-1], 30)])
            if core.endswith("& Co"):
                stem, stem_type = owner["family"].split(" ")[-1], "surname"
        ent["suf"] = wpick([("KB", 80), ("Kommanditbolag", 20)]) if suf == "auto" else suf
    elif kind == "enskild_firma":
        if core is None:
            trade = wpick(TRADES)
            fam = owner["family"].split(" ")[-1]
            pat = wpick([("surname_gen", 35), ("full", 25), ("given_trade", 10), ("own", 15),
                         ("fantasy", 15)])
            if pat == "surname_gen":
                stem = genitive(fam)
                core = "%s %s" % (stem, trade)
            elif pat == "full":
                stem = fam
                core = "%s %s %s" % (owner["tilltal"], owner["family"], trade)
            elif pat == "given_trade":
                stem = owner["tilltal"]
                core = "%s %s" % (pick(["Salong", "Studio", "Frisör", "Atelier", "Hantverkare"]), owner["tilltal"])
                trade = None
            elif pat == "own":
                stem = fam
                core = "%s %s" % (owner["tilltal"], owner["family"])
                trade = None
            else:
                stem = pick_fantasy(office)
                core = "%s %s" % (stem, trade)
            stem_type = pat
    elif kind == "ekonomisk_forening":
        if core is None:
            core = _fill(wpick(EKFOR_PATTERNS), office)
            stem, stem_type = core.split(" ")[0], "assoc"
        ent["suf"] = wpick(EKFOR_FORMS) if suf == "auto" else suf
    elif kind == "bostadsrattsforening":
        if core is None:
            w = pick(BRF_WORDS)
            r = rng.random()
            if r < 0.45:
                core = "%s %d" % (w, rng.randint(1, 34))
            elif r < 0.65:
                core = "%s i %s" % (w, city)
            else:
                core = w
            stem, stem_type = w, "brf"
        ent["pre"] = pre or wpick([("Bostadsrättsföreningen", 85), ("Riksbyggens Bostadsrättsförening", 0),
                                   ("Bostadsrättsförening", 15)])
        ent["disp_mode"] = "short" if chance(0.5) else "full"
    elif kind == "ideell_forening":
        if core is None:
            core = _fill(wpick(ASSOC_PATTERNS), office)
            stem, stem_type = core, "assoc"
    elif kind == "stiftelse":
        if core is None:
            p1 = make_person(office, origin=wpick([("sv", 80), ("noble", 8), ("fi", 6), ("norr", 6)]),
                             birth=rng.randint(1900, 1950))
            g2 = make_person(office, origin=p1["origin"], gender="f" if p1["gender"] == "m" else "m",
                             birth=p1["birth"])["tilltal"]
            pat = wpick(STIFT_PATTERNS)
            core = (_fill(pat, office).replace("{g1}", p1["tilltal"]).replace("{g2}", g2)
                    .replace("{fam_gen}", genitive(p1["family"])).replace("{fam}", p1["family"]))
            stem, stem_type = core, "assoc"
        ent["pre"] = "Stiftelsen"
    elif kind == "dodsbo":
        if deceased is None:
            deceased = make_person(office, birth=rng.randint(1925, 1960))
        ent["deceased"] = deceased
        form = wpick([("efter", 60), ("gen", 25), ("boet", 15)])
        name = "%s %s" % (deceased["tilltal"], deceased["family"])
        if form == "efter":
            ent["pre"], core = "Dödsbo efter", name
        elif form == "gen":
            core, ent["suf"] = genitive(name), "dödsbo"
        else:
            ent["pre"], core = "Dödsboet efter", name
        stem, stem_type = deceased["family"], "deceased"
    ent["core"], ent["stem"], ent["stem_type"], ent["trade"] = core, stem, stem_type, trade
    full = join_nonempty([ent["pre"], core, ent["suf"]]).casefold()
    if core_auto and kind != "dodsbo" and full in USED_ORGNAMES and _depth < 25:
        # Bolagsverket would not register the same name twice: think of another one
        return _make_org_entity(ent, kind, office, _depth=_depth + 1, **params)
    USED_ORGNAMES.add(full)

    # --- contact person -----------------------------------------------------
    if contact == "auto":
        if kind in ("aktiebolag", "handelsbolag", "kommanditbolag"):
            contact = owner if chance(0.62) else make_person(office)
            contact_role = "owner" if contact is owner else pick(["ekonomiansvarig", "vd", "kontor"])
        elif kind == "enskild_firma":
            contact, contact_role = owner, "owner"
        elif kind == "dodsbo":
            dec = ent["deceased"]
            if chance(0.5):
                contact = make_person(office, gender="f" if dec["gender"] == "m" else "m",
                                      origin=dec["origin"] if chance(0.85) else None,
                                      family=dec["family"] if chance(0.75) else None,
                                      birth=dec["birth"] + rng.randint(-6, 6))
                contact_role = "spouse"
            else:
                contact = make_person(office, origin=dec["origin"] if chance(0.85) else None,
                                      family=dec["family"] if chance(0.7) else None,
                                      birth=dec["birth"] + rng.randint(22, 38))
                contact_role = "heir"
        else:
            contact = make_person(office)
            contact_role = pick(["ordförande", "kassör", "sekreterare"])
    ent["contact"] = contact
    ent["contact_role"] = contact_role
    ent["contact_shown"] = contact is not None and (kind in ("dodsbo", "enskild_firma") or chance(0.8))

    # --- förvaltare for BRF ---------------------------------------------------
    if kind == "bostadsrattsforening":
        if forv == "auto":
            forv = pick(FORVALTARE[office]) if chance(0.55) else None
        ent["forv"] = forv
        if forv is not None:
            ent["handlaggare"] = pick(forv["staff"])
            if chance(0.5):
                ent["contact"] = ent["handlaggare"]["person"]
                ent["contact_role"] = "förvaltare"

    # --- address -------------------------------------------------------------
    if addr is None:
        addr = _org_address(ent, kind, office, city)
    ent["addr"] = addr

    # --- domain & e-mail -----------------------------------------------------
    if email == "new":
        email = _org_email(ent, kind, office)
    ent["email"] = email
    if phone == "new":
        phone = _org_phone(ent, kind)
    ent["phone"] = phone
    if ent.get("email") is None and ent.get("phone") is None and ent.get("addr") is None:
        ent["phone"] = new_phone(mobile=True)
    return ent


def _co_name(p):
    return "c/o %s %s" % (p["tilltal"], p["family"])


def _org_address(ent, kind, office, city):
    owner = ent.get("owner")
    contact = ent.get("contact")
    if kind in ("aktiebolag", "handelsbolag", "kommanditbolag"):
        r = rng.random()
        if r < 0.72:
            return make_address(office, city=city, style="business")
        if r < 0.80:
            return make_address(office, city=city if city in BOX_PREFIX else OFFICE_CITY[office], style="box")
        a = make_address(office, style="home")
        ent["addr_is_home"] = True
        return a
    if kind == "enskild_firma":
        if chance(0.7):
            ent["addr_is_home"] = True
            return make_address(office, style="rural" if chance(0.12) else "home")
        return make_address(office, city=city, style="business")
    if kind == "bostadsrattsforening":
        forv = ent.get("forv")
        if forv is not None:
            a = dict(forv["addr"])
            a["co"] = "c/o " + forv["name"]
            return a
        a = make_address(office, city=city, style="business")
        a["letter"] = ""
        if chance(0.4) and contact is not None:
            a["co"] = _co_name(contact)
        return a
    if kind in ("ekonomisk_forening", "ideell_forening"):
        r = rng.random()
        if r < 0.55 and contact is not None:
            a = make_address(office, style="home")
            a["co"] = _co_name(contact)
            return a
        if r < 0.7:
            return make_address(office, city=OFFICE_CITY[office] if chance(0.5) else city, style="box")
        return make_address(office, city=city, style="business")
    if kind == "stiftelse":
        firm = pick(LAWFIRMS[office])
        ent["lawfirm"] = firm
        a = make_address(office, city=OFFICE_CITY[office], style="business")
        a["co"] = "c/o " + firm
        return a
    if kind == "dodsbo":
        a = make_address(office, style="home" if chance(0.9) else "rural")
        if chance(0.85):
            a["co"] = _co_name(contact)
        return a
    return make_address(office)


def _org_email(ent, kind, office):
    contact = ent.get("contact")
    owner = ent.get("owner")
    core = ent["core"]
    if kind in ("aktiebolag", "handelsbolag", "kommanditbolag"):
        if chance(0.82):
            words = core.replace("&", " ").split(" ")[:3]
            dom = make_domain(words)
            ent["domain"] = dom
            r = rng.random()
            if r < 0.35:
                return role_email(pick(["info", "info", "kontakt", "post"]), dom)
            if r < 0.55:
                return role_email(pick(["ekonomi", "faktura", "order", "kontoret"]), dom)
            return work_email(contact or owner, dom)
        ent["domain"] = None
        slugcore = slug(core)[:24]
        return _uniq_email(slugcore, freemail_domain(owner["birth"]))
    if kind == "enskild_firma":
        if chance(0.4):
            dom = make_domain(core.split(" ")[:3])
            ent["domain"] = dom
            return work_email(owner, dom, pick(["g", "gf"])) if chance(0.6) else role_email("info", dom)
        ent["domain"] = None
        if chance(0.3):
            return _uniq_email(slug(core)[:24], freemail_domain(owner["birth"]))
        return person_free_email(owner)
    if kind == "bostadsrattsforening":
        forv = ent.get("forv")
        if forv is not None:
            ent["domain"] = forv["domain"]
            return ent["handlaggare"]["email"]
        if chance(0.55):
            dom = make_domain(["brf", ent["stem"]] + ([ent["core"].split(" ")[-1]] if ent["core"][-1].isdigit() else []))
            ent["domain"] = dom
            return role_email(pick(["styrelsen", "styrelsen", "info", "kassor", "ordforande"]), dom)
        ent["domain"] = None
        if contact is not None and chance(0.5):
            return person_free_email(contact)
        return _uniq_email("brf" + slug(ent["core"])[:20], "gmail.com")
    if kind in ("ekonomisk_forening", "ideell_forening"):
        if chance(0.45):
            dom = make_domain(ent["core"].split(" ")[:3], tld=pick([".se", ".se", ".nu", ".org"]))
            ent["domain"] = dom
            return role_email(pick(["kansli", "info", "kassor", "styrelsen", "ordforande"]), dom)
        ent["domain"] = None
        if contact is not None and chance(0.6):
            return person_free_email(contact)
        return _uniq_email(slug(ent["core"])[:22], pick(["gmail.com", "gmail.com", "hotmail.com", "telia.com"]))
    if kind == "stiftelse":
        dom = make_domain(ent["lawfirm"].split(" ")[:2])
        ent["domain"] = dom
        return work_email(contact, dom) if contact else role_email("stiftelser", dom)
    if kind == "dodsbo":
        ent["domain"] = None
        if contact is not None and chance(0.8):
            return person_free_email(contact)
        return None
    return None


def _org_phone(ent, kind):
    addr = ent.get("addr")
    area = CITIES[addr["city"]][3] if addr else "031"
    if kind == "bostadsrattsforening" and ent.get("forv") is not None:
        return ent["forv"]["phone"]
    if kind in ("aktiebolag", "handelsbolag", "kommanditbolag"):
        return new_phone(area) if chance(0.48) else new_phone(mobile=True)
    if kind == "enskild_firma":
        return new_phone(mobile=True) if chance(0.85) else new_phone(area)
    if kind == "stiftelse":
        return new_phone(area) if chance(0.8) else None
    if kind == "dodsbo":
        return new_phone(mobile=True) if chance(0.75) else None
    return new_phone(mobile=True) if chance(0.75) else (new_phone(area) if chance(0.4) else None)


# ===========================================================================
# RENDERING: one Builder per record. It starts from the entity's canonical
# components (which is exactly the accounting system's record), applies life
# changes, noise and the source's habits, and tags every field it touches.
# ===========================================================================

CONTACT_FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
ADDR_SUBFIELDS = ["line1", "line2", "city", "region", "postalCode", "country"]
LINES = ["address.line1", "address.line2"]
PERSON_G = ["givenName", "displayName"]
PERSON_F = ["familyName", "displayName"]
ORG_N = ["companyName", "displayName"]
CONTACT_GF = ["givenName", "familyName"]

STREET_ABBR = [("gatan", "g."), ("vägen", "v."), ("Gatan", "G."), ("Vägen", "V.")]
DIR_ABBR = [("Västra ", "V. "), ("Östra ", "Ö. "), ("Södra ", "S. "), ("Norra ", "N. "),
            ("Övre ", "Ö. "), ("Nedre ", "N. "), ("Lilla ", "L. "), ("Stora ", "St. ")]
CORE_ABBR = [("Fastigheter", "Fastigh."), ("Fastighets", "Fastigh."), ("Förvaltning", "Förv."),
             ("Konsult", "Kons."), ("Bröderna", "Bröd."), ("Bröderna", "Br."),
             ("Elservice", "El-service"), ("Entreprenad", "Entr."), ("Transport", "Transp."),
             ("Göteborgs", "Gbgs"), ("Göteborg", "Gbg"), ("Uppsala", "Upps."),
             ("Service", "Serv."), ("Trädgård", "Trädg."), ("Restaurang", "Rest."),
             ("Föreningen", "Fören."), ("Hembygdsföreningen", "Hembygdsfören."),
             ("Kulturföreningen", "Kulturfören."), ("Pensionärsförening", "PRO-förening"),
             ("Idrottsklubben", "IK"), ("Anläggning", "Anl."), ("International", "Int."),
             ("Import & Export", "Imp & Exp"), ("Västerbottens", "V-bottens"),
             ("minnesfond", "minnesf."), ("Bostadsekonomi", "Bostadsek."),
             ("Kommanditbolag", "KB"), ("Handelsbolag", "HB"), ("Fiberförening", "Fiberfören."),
             ("Ekonomitjänst", "Ekonomitj."), ("Naprapati", "Naprapat"), ("Bilverkstad", "Bilverkst.")]
ASSOC_EXPAND = [(" IK", " Idrottsklubb"), ("IK ", "Idrottsklubben "), (" IF", " Idrottsförening"),
                (" SK", " Sportklubb"), (" BK", " Bollklubb"), (" FF", " Fotbollsförening")]
PRIVATE_COMPANY = ["Privat", "Privatperson", "privat", "Privat person", "Ingen", "Eget"]
CITY_ALIAS_OUT = {"Göteborg": [("Gothenburg", 60), ("Goteborg", 25), ("GBG", 5), ("Gbg", 10)],
                  "Umeå": [("Umea", 80), ("Umeaa", 20)], "Uppsala": [("Upsala", 100)]}
LOCALITY_TO_TOWN = {"Västra Frölunda": "Göteborg", "Hisings Backa": "Göteborg",
                    "Torslanda": "Göteborg", "Angered": "Göteborg", "Askim": "Göteborg",
                    "Holmsund": "Umeå", "Obbola": "Umeå", "Sävar": "Umeå", "Hörnefors": "Umeå",
                    "Storvreta": "Uppsala", "Björklinge": "Uppsala", "Mölnlycke": "Härryda",
                    "Märsta": "Sigtuna", "Skutskär": "Älvkarleby", "Gimo": "Östhammar",
                    "Alunda": "Östhammar", "Lindome": "Mölndal"}


def join_nonempty(parts, sep=" "):
    return sep.join(p for p in parts if p)


def fmt_postcode(pc, style):
    if pc is None or style == "none":
        return None
    sp = pc[:3] + " " + pc[3:]
    return {"space": sp, "compact": pc, "S": "S-" + sp, "SE": "SE-" + pc, "SE_sp": "SE-" + sp}[style]


def fmt_orgnr(nr, style):
    if style == "dash":
        return nr
    return nr.replace("-", "")


class Builder:
    def __init__(self, ent):
        self.ent = ent
        self.party = ent["party"]
        self.kind = ent["kind"]
        self.tags = {}
        self.keep = set()
        self.nameonly = False
        self.first_seen = False     # no compared record: nothing may be labelled
        self.source = None
        self.drop_person_fields = False
        self.name_case = None
        self.addr_case = None
        self.enc = None
        self.trunc = None
        self.orgnr_leak = None
        self.wrong_company = None
        self.disp_override = None
        self.title = None
        self.style = "fl"
        if self.party == "person":
            p = ent["person"]
            self.g, self.f = p["tilltal"], p["family"]
            self.title = ent.get("title")
        else:
            self.pre, self.core, self.suf = ent["pre"], ent["core"], ent["suf"]
            self.disp_mode = ent["disp_mode"]
            c = ent["contact"] if ent.get("contact_shown") else None
            self.g = c["tilltal"] if c else None
            self.f = c["family"] if c else None
            self.cur_contact = c
        self.email = ent.get("email")
        self.phone = ent.get("phone")
        self.phone_style = "canon"
        self.addr = dict(ent["addr"]) if ent.get("addr") else None
        self.af = dict(ent["addr_fmt"])
        self.apt = None
        self.ops = []

    # -- tagging ----------------------------------------------------------------
    def t(self, fields, what):
        for f in fields:
            lst = self.tags.setdefault(f, [])
            if what not in lst:
                lst.append(what)

    def can(self, what):
        """May this builder touch an identifier (email/phone/address)?"""
        return what not in self.keep

    # -- composition ------------------------------------------------------------
    def compose(self):
        c = {}
        if self.party == "person":
            g, f = self.g, self.f
            if self.style == "lf":
                d = join_nonempty([f, g])
            elif self.style == "lcf" and f and g:
                d = "%s, %s" % (f, g)
            else:
                d = join_nonempty([g, f])
            if self.title and self.style == "fl":
                d = self.title + " " + d
            elif self.title:
                lst = self.tags.get("displayName", [])
                if "title_added" in lst:
                    lst.remove("title_added")
            c["displayName"] = d or None
            c["givenName"] = g
            c["familyName"] = f
            c["companyName"] = self.wrong_company
            if self.drop_person_fields:
                c["givenName"] = None
                c["familyName"] = None
        else:
            comp = join_nonempty([self.pre, self.core, self.suf])
            disp = comp
            if self.disp_mode == "short" and self.pre and self.pre.lower().startswith("bostadsrättsförening"):
                disp = join_nonempty(["Brf", self.core, self.suf])
            if self.disp_override:
                disp = self.disp_override
            if self.orgnr_leak and self.ent.get("orgnr"):
                where, pos, st = self.orgnr_leak
                nr = fmt_orgnr(self.ent["orgnr"], st)
                def leak(s):
                    if pos == "pre":
                        return "%s %s" % (nr, s)
                    if pos == "paren":
                        return "%s (%s)" % (s, nr)
                    if pos == "comma":
                        return "%s, %s" % (s, nr)
                    return "%s %s" % (s, nr)
                disp = leak(disp)
                if where == "both":
                    comp = leak(comp)
            c["displayName"] = disp
            c["givenName"] = self.g
            c["familyName"] = self.f
            c["companyName"] = comp
        c["email"] = self.email
        c["phone"] = fmt_phone(self.phone, self.phone_style) if self.phone else None
        c["address"] = self.compose_address()
        self._final(c)
        return c

    def compose_address(self):
        a = self.addr
        if a is None:
            return None
        af = self.af
        if a.get("box"):
            street_line = "Box " + a["box"]
        else:
            street_line = "%s %s" % (a["street"], a["num"])
            if a.get("letter"):
                street_line += (" " if af["letter_sp"] else "") + a["letter"]
        if self.apt:
            street_line += " LGH " + self.apt
        lines = []
        if a.get("co"):
            lines.append(a["co"])
        if a.get("floor"):
            if af["floor_mode"] == "merged":
                lines.append(street_line + ", " + a["floor"])
            else:
                lines.extend([street_line, a["floor"]])
        else:
            lines.append(street_line)
        if af.get("oneline"):
            lines = [", ".join(lines)]
        elif len(lines) > 2:
            lines = [lines[0], ", ".join(lines[1:])]
        region = None
        rs = af.get("region")
        if rs == "full":
            region = a["region"]
        elif rs == "short":
            region = REGION_SHORT[a["region"]]
        elif rs == "letter":
            region = REGION_LETTER[a["region"]]
        elif rs == "code":
            region = REGION_CODE[a["region"]]
        elif rs == "upper":
            region = a["region"].upper()
        return {"line1": lines[0], "line2": lines[1] if len(lines) > 1 else None,
                "city": a["city"], "region": region,
                "postalCode": fmt_postcode(a["postcode"], af.get("pc", "space")),
                "country": af.get("country")}

    def _apply(self, c, fn, what, name_fields=True, addr_fields=True, addr_keys=None):
        if name_fields:
            for k in ["displayName", "givenName", "familyName", "companyName"]:
                v = c.get(k)
                if v:
                    nv = fn(v)
                    if nv != v:
                        c[k] = nv
                        self.t([k], what)
        if addr_fields and c.get("address"):
            a = c["address"]
            for k in (addr_keys or ["line1", "line2", "city", "region", "country"]):
                v = a.get(k)
                if v:
                    nv = fn(v)
                    if nv != v:
                        a[k] = nv
                        self.t(["address." + k], what)

    def _final(self, c):
        if self.name_case:
            fn = {"upper": str.upper, "lower": str.lower, "title": title_case}[self.name_case]
            self._apply(c, fn, "case", True, False)
        if self.addr_case:
            fn = {"upper": str.upper, "lower": str.lower, "title": title_case}[self.addr_case]
            self._apply(c, fn, "case", False, True, ["line1", "line2", "city"])
        if self.enc:
            kind, scope = self.enc
            if kind == "mojibake":
                fn, what = mojibake, "mojibake"
            elif kind == "ascii2":
                fn, what = (lambda s: ascii_fold(s, True)), "ascii_fold"
            else:
                fn, what = ascii_fold, "ascii_fold"
            self._apply(c, fn, what, scope in ("all", "names"), scope in ("all", "addr"))
        if self.trunc:
            n = self.trunc
            for k in ["displayName", "companyName"]:
                v = c.get(k)
                if v and len(v) > n:
                    c[k] = v[:n].rstrip()
                    self.t([k], "truncated")
            a = c.get("address")
            if a and a.get("line1") and len(a["line1"]) > n:
                a["line1"] = a["line1"][:n].rstrip(" ,")
                self.t(["address.line1"], "truncated")
        # limits of the target system
        for k in ["displayName", "companyName", "givenName", "familyName", "email"]:
            if c.get(k) and len(c[k]) > 100:
                c[k] = c[k][:100].rstrip()
                self.t([k], "truncated")

    # =========================================================================
    # person-name operations (persons, and contact persons of organisations)
    # =========================================================================
    def _name_fields(self, which):
        if self.party == "person":
            return PERSON_G if which == "g" else PERSON_F
        return ["givenName"] if which == "g" else ["familyName"]

    def op_nickname(self):
        if not self.g:
            return False
        nicks = NICKNAMES.get(self.g)
        if not nicks:
            return False
        n = pick(nicks)
        if n == self.g:
            return False
        self.g = n
        self.t(self._name_fields("g"), "nickname")
        return True

    def op_middle_name(self):
        if self.party != "person" or not self.g:
            return False
        full = person_full_given(self.ent["person"])
        if full == self.g or self.g != self.ent["person"]["tilltal"]:
            return False
        self.g = full
        self.t(PERSON_G, "middle_name")
        return True

    def op_initial(self):
        if not self.g or len(self.g) < 2:
            return False
        parts = re.split(r"[ -]", self.g)
        if chance(0.5):
            new = " ".join(p[0] + "." for p in parts if p)
        else:
            new = "".join(p[0] for p in parts if p)
        if new == self.g:
            return False
        self.g = new
        self.t(self._name_fields("g"), "initial")
        return True

    def op_typo_given(self):
        if not self.g:
            return False
        n = typo(self.g)
        if n == self.g:
            return False
        self.g = n
        self.t(self._name_fields("g"), "typo")
        return True

    def op_typo_family(self):
        if not self.f:
            return False
        n = typo(self.f)
        if n == self.f:
            return False
        self.f = n
        self.t(self._name_fields("f"), "typo")
        return True

    def op_swap(self):
        if not self.g or not self.f:
            return False
        self.g, self.f = self.f, self.g
        self.t(["givenName", "familyName"] + (["displayName"] if self.party == "person" else []), "swap")
        return True

    def op_translit(self):
        opts = []
        if self.g and self.g in TRANSLIT:
            opts.append("g")
        if self.f and self.f in TRANSLIT:
            opts.append("f")
        if not opts:
            return False
        w = pick(opts)
        if w == "g":
            self.g = pick(TRANSLIT[self.g])
        else:
            self.f = pick(TRANSLIT[self.f])
        self.t(self._name_fields(w), "translit")
        return True

    def op_hyphen(self):
        if not self.g or "-" not in self.g:
            return False
        a, b = self.g.split("-", 1)
        new = pick(["%s %s" % (a, b), "%s%s" % (a, b.lower()), "%s-%s" % (a, b.lower()), a])
        if new == self.g:
            return False
        self.g = new
        self.t(self._name_fields("g"), "hyphen" if new != a else "short_form")
        return True

    def op_particle(self):
        if not self.f or not (self.f.startswith("af ") or self.f.startswith("von ")):
            return False
        part, rest = self.f.split(" ", 1)
        r = rng.random()
        if r < 0.45:
            self.f = rest
        elif r < 0.7:
            self.f = part.capitalize() + " " + rest
        else:
            if self.g:
                self.g = self.g + " " + part
                self.f = rest
                self.t(self._name_fields("g"), "particle")
            else:
                self.f = rest
        self.t(self._name_fields("f"), "particle")
        return True

    def op_double_family(self):
        if not self.f or " " not in self.f or self.f.startswith(("af ", "von ")):
            return False
        a, b = self.f.split(" ", 1)
        self.f = pick([a, b, "%s-%s" % (a, b)])
        self.t(self._name_fields("f"), "short_form")
        return True

    def op_title_added(self):
        if self.party != "person" or self.title or self.style != "fl" or \
                self.source not in ("portal", "practice"):
            return False
        self.title = pick(TITLES)
        self.t(["displayName"], "title_added")
        return True

    def op_title_dropped(self):
        if self.party != "person" or not self.title:
            return False
        self.title = None
        self.t(["displayName"], "title_dropped")
        return True

    def op_last_first(self, style=None):
        if self.party != "person":
            return False
        style = style or pick(["lf", "lcf", "lcf"])
        if style == self.style:
            return False
        self.style = style
        self.t(["displayName"], "last_first")
        return True

    def op_married(self):
        if self.party != "person":
            return False
        p = self.ent["person"]
        if p["gender"] != "f" or p["birth"] < 1950 or p["origin"] not in ("sv", "norr", "fi", "pl", "bs"):
            return False
        other = surname_sv(self.ent["office"]) if p["origin"] in ("sv", "norr") else make_person(self.ent["office"], origin=p["origin"], gender="f")["family"]
        if other == self.f:
            return False
        r = rng.random()
        if r < 0.6:
            self.f = other
        elif r < 0.8:
            self.f = "%s %s" % (self.f, other)
        else:
            self.f = "%s-%s" % (self.f, other)
        self.t(PERSON_F, "married_name")
        return True

    def op_wrong_company(self):
        if self.party != "person" or self.wrong_company or self.first_seen or \
                self.source not in ("portal", "practice"):
            return False
        self.wrong_company = pick(PRIVATE_COMPANY)
        self.t(["companyName"], "wrong_field")
        return True

    # =========================================================================
    # organisation-name operations
    # =========================================================================
    def op_legal_form(self, drop=None):
        k = self.kind
        old = (self.pre, self.suf, self.core)
        if drop is None:
            drop = chance(0.4)
        if k == "aktiebolag":
            if drop:
                self.suf = None
            else:
                opts = ["Aktiebolag", "Ab", "ab", "AB", "Aktiebolaget"]
                if self.ent.get("publ"):
                    opts += ["AB", "Aktiebolag (publ)", "AB publ"]
                else:
                    opts += ["AB (publ)"] if chance(0.1) else []
                self.suf = pick([o for o in opts if o != self.suf] or ["Aktiebolag"])
                if self.suf == "Aktiebolaget":
                    self.suf = None
                    self.pre = "Aktiebolaget"
        elif k in ("handelsbolag", "kommanditbolag"):
            short = "HB" if k == "handelsbolag" else "KB"
            long_ = "Handelsbolag" if k == "handelsbolag" else "Kommanditbolag"
            if drop:
                self.suf = None
            else:
                self.suf = pick([o for o in [short, long_, short.lower(), short.capitalize(), long_.lower()] if o != self.suf])
        elif k == "ekonomisk_forening":
            if drop:
                self.suf = None
            else:
                self.suf = pick([o for o in ["ekonomisk förening", "ek. för.", "Ek. för.", "ek för",
                                             "Ekonomisk Förening", "E.F.", "ek.för", "Ekonomisk förening"] if o != self.suf])
        elif k == "bostadsrattsforening":
            if drop:
                self.pre = None
            else:
                self.pre = pick([o for o in ["Brf", "BRF", "Bostadsrättsfören.", "Bostadsrättsförening",
                                             "Brf.", "Bostadsrättsföreningen", "HSB Brf"][:6] if o != self.pre])
        elif k == "stiftelse":
            if drop:
                self.pre = None
            else:
                self.pre = pick(["Stift.", "Stiftelse", "Stiftelsen"] if self.pre != "Stiftelsen" else ["Stift.", "Stiftelse"])
        elif k == "dodsbo":
            dec = self.ent["deceased"]
            name = "%s %s" % (dec["tilltal"], dec["family"])
            forms = [("Dödsbo efter", name, None), (None, genitive(name), "dödsbo"),
                     ("Dödsboet efter", name, None), ("DB", name, None),
                     (None, name, "dödsbo"), ("Dödsbo", name, None),
                     (None, "%s, %s" % (dec["family"], dec["tilltal"]), "dödsbo")]
            forms = [f for f in forms if (f[0], f[2], f[1]) != old]
            self.pre, self.core, self.suf = pick(forms)
        elif k == "enskild_firma":
            if self.suf is None and chance(0.5):
                self.suf = pick(["(enskild firma)", "EF", "Enskild firma"])
            else:
                return False
        elif k == "ideell_forening":
            if chance(0.3):
                self.suf = pick(["ideell förening", "(ideell förening)"])
            else:
                return self.op_assoc_expand()
        if (self.pre, self.suf, self.core) == old:
            return False
        self.t(ORG_N, "legal_form")
        return True

    def op_assoc_expand(self):
        if self.kind != "ideell_forening":
            return False
        for a, b in ASSOC_EXPAND:
            if (a.startswith(" ") and self.core.endswith(a)) or (not a.startswith(" ") and self.core.startswith(a)):
                self.core = self.core.replace(a, b)
                self.t(ORG_N, "abbrev")
                return True
        return False

    def op_abbrev_core(self):
        if self.party != "org":
            return False
        if self.kind == "bostadsrattsforening" and self.pre and self.pre.startswith("Bostadsrätts") and chance(0.5):
            self.pre = pick(["Brf", "BRF", "Bostadsrättsfören."])
            self.t(ORG_N, "abbrev")
            return True
        opts = [(a, b) for a, b in CORE_ABBR if a in self.core]
        if "&" in self.core:
            opts.append(("&", "och"))
        if " och " in self.core:
            opts.append((" och ", " & "))
        if not opts:
            return False
        a, b = pick(opts)
        self.core = self.core.replace(a, b, 1)
        self.t(ORG_N, "abbrev")
        return True

    def op_typo_core(self):
        if self.party != "org":
            return False
        n = typo(self.core)
        if n == self.core:
            return False
        self.core = n
        self.t(ORG_N, "typo")
        return True

    def op_orgnr_leak(self, where=None):
        if self.party != "org" or not self.ent.get("orgnr") or self.orgnr_leak:
            return False
        where = where or pick(["disp", "disp", "both"])
        self.orgnr_leak = (where, wpick([("pre", 45), ("post", 20), ("paren", 25), ("comma", 10)]),
                           "dash" if chance(0.8) else "plain")
        self.t(["displayName"] + (["companyName"] if where == "both" else []), "orgnr_leak")
        return True

    def op_trading_name(self):
        if self.kind != "enskild_firma":
            return False
        o = self.ent["owner"]
        own = "%s %s" % (o["tilltal"], o["family"])
        if self.ent["core"] == own or self.disp_override:
            return False
        if chance(0.5):
            self.disp_override = own
            self.t(["displayName"], "trading_name")
        else:
            self.disp_override = "%s (%s)" % (own, self.core)
            self.t(["displayName"], "trading_name")
        return True

    def op_display_contact(self):
        """A client logs in to the portal and types their own name as the customer name."""
        if self.party != "org" or self.disp_override or not self.g or not self.f:
            return False
        self.disp_override = "%s %s" % (self.g, self.f)
        self.t(["displayName"], "contact_name")
        return True

    def op_display_short(self):
        if self.kind != "bostadsrattsforening":
            return False
        self.disp_mode = "full" if self.disp_mode == "short" else "short"
        self.t(["displayName"], "abbrev")
        return True

    # =========================================================================
    # contact-person changes (organisations)
    # =========================================================================
    def op_contact_changed(self, person=None):
        if self.party != "org":
            return False
        if self.kind == "enskild_firma":
            return False
        if person is None and self.kind == "dodsbo" and chance(0.6):
            dec = self.ent["deceased"]
            person = make_person(self.ent["office"], origin=dec["origin"], family=dec["family"],
                                 birth=dec["birth"] + rng.randint(20, 40))
        p = person or make_person(self.ent["office"])
        self.cur_contact = p
        ng, nf = p["tilltal"], p["family"]
        if (ng, nf) == (self.g, self.f):
            return False
        self.g, self.f = ng, nf
        self.t(CONTACT_GF, "contact_changed")
        return True

    def op_contact_dropped(self):
        if self.party != "org" or (self.g is None and self.f is None):
            return False
        self.g = self.f = None
        return True

    def op_contact_added(self):
        if self.party != "org" or self.g is not None or self.ent.get("contact") is None:
            return False
        c = self.ent["contact"]
        self.g, self.f = c["tilltal"], c["family"]
        self.cur_contact = c
        return True

    # =========================================================================
    # e-mail
    # =========================================================================
    def op_new_email(self):
        if not self.can("email"):
            return False
        e = self.ent
        if self.party == "person":
            new = person_free_email(e["person"])
        else:
            dom = e.get("domain")
            contact = self.cur_contact or e.get("contact") or e.get("owner")
            if e["kind"] == "bostadsrattsforening" and e.get("forv"):
                other = pick(e["forv"]["staff"])
                new = other["email"] if other["email"] != self.email else e["forv"]["info"]
            elif dom and contact and chance(0.5):
                new = work_email(contact, dom)
            elif dom:
                new = role_email(pick(["ekonomi", "faktura", "info", "kontakt", "kansli", "lon", "admin"]), dom)
            elif contact:
                new = person_free_email(contact)
            else:
                new = _uniq_email(slug(self.core)[:20], freemail_domain())
        if new == self.email:
            return False
        self.email = new
        self.t(["email"], "new_email")
        return True

    def op_email_typo(self):
        if not self.email or not self.can("email"):
            return False
        local, dom = self.email.split("@", 1)
        DOM_TYPO = {"gmail.com": ["gmial.com", "gmail.se", "gmail.co", "gamil.com"],
                    "hotmail.com": ["hotmial.com", "hotmail.se", "hotmal.com", "hotmail.co"],
                    "hotmail.se": ["hotmail.com", "hotmial.se"], "telia.com": ["telia.se", "tellia.com"],
                    "outlook.com": ["outlok.com", "outlook.se"], "icloud.com": ["icoud.com", "iclod.com"],
                    "live.se": ["live.com", "live.s"], "yahoo.se": ["yahoo.com", "yaho.se"]}
        if dom in DOM_TYPO and chance(0.55):
            new = local + "@" + pick(DOM_TYPO[dom])
        else:
            if len(local) < 3:
                return False
            r = rng.random()
            if "." in local and r < 0.35:
                new_local = local.replace(".", "", 1)
            elif r < 0.7:
                i = rng.randrange(1, len(local) - 1)
                new_local = local[:i] + local[i + 1] + local[i] + local[i + 2:]
            else:
                i = rng.randrange(1, len(local))
                new_local = local[:i] + local[i + 1:]
            new = new_local + "@" + dom
        if new.lower() == self.email.lower():
            return False
        self.email = new
        self.t(["email"], "typo")
        return True

    def op_email_case(self):
        if not self.email:
            return False
        local, dom = self.email.split("@", 1)
        new = "-".join(p[:1].upper() + p[1:] for p in local.split("-"))
        new = ".".join(p[:1].upper() + p[1:] for p in new.split(".")) + "@" + (dom.capitalize() if chance(0.5) else dom)
        if chance(0.2):
            new = self.email.upper()
        if new == self.email:
            return False
        self.email = new
        self.t(["email"], "case")
        return True

    def op_email_dropped(self):
        if not self.email or not self.can("email"):
            return False
        self.email = None
        return True

    # =========================================================================
    # phone
    # =========================================================================
    def op_phone_format(self, style=None):
        if not self.phone:
            return False
        style = style or pick([s for s in PHONE_STYLES if s != self.phone_style])
        if style == "mobile_alt" and not is_mobile(self.phone):
            style = "space"
        if style == self.phone_style:
            return False
        self.phone_style = style
        self.t(["phone"], "format")
        return True

    def op_new_phone(self):
        if not self.can("phone"):
            return False
        e = self.ent
        a = self.addr or e.get("addr")
        area = CITIES[a["city"]][3] if a and a.get("city") in CITIES else "031"
        if self.party == "person":
            new = new_phone(mobile=True) if (self.phone is None or is_mobile(self.phone) or chance(0.6)) else new_phone(area)
        else:
            new = new_phone(area) if (self.phone and is_mobile(self.phone)) or chance(0.3) else new_phone(mobile=True)
        self.phone = new
        self.t(["phone"], "new_number")
        return True

    def op_digit_off(self):
        if not self.phone or not self.can("phone"):
            return False
        self.phone = phone_digit_off(self.phone)
        self.t(["phone"], "digit_off")
        return True

    def op_phone_dropped(self):
        if not self.phone or not self.can("phone"):
            return False
        self.phone = None
        return True

    # =========================================================================
    # address
    # =========================================================================
    ALL_ADDR = ["address.line1", "address.line2", "address.city", "address.region",
                "address.postalCode", "address.country"]

    def op_moved(self, same_city=None):
        if not self.can("address") or self.addr is None:
            return False
        old = self.addr
        office = self.ent["office"]
        if same_city is None:
            same_city = chance(0.6)
        city = old["city"] if same_city and old["city"] in CITIES else pick_city(office)
        if self.party == "org" and self.kind in ("aktiebolag", "handelsbolag", "kommanditbolag"):
            new = make_address(office, city=city, style="business")
        else:
            new = make_address(office, city=city, style="home")
        if old.get("co") and self.kind in ("bostadsrattsforening", "ideell_forening", "ekonomisk_forening", "stiftelse", "dodsbo"):
            new["co"] = old["co"]
        if new["street"] == old.get("street") and new["num"] == old.get("num"):
            new["num"] = str(int(new["num"]) + 3)
        self.addr = new
        self._tag_addr_change(old, new, "moved")
        return True

    def _tag_addr_change(self, old, new, what):
        self.t(LINES, what)
        if old.get("city") != new.get("city"):
            self.t(["address.city"], what)
        if old.get("postcode") != new.get("postcode"):
            self.t(["address.postalCode"], what)
        if old.get("region") != new.get("region"):
            self.t(["address.region"], what)

    def op_street_abbrev(self):
        a = self.addr
        if not a or not a.get("street"):
            return False
        s = a["street"]
        opts = []
        for x, y in STREET_ABBR:
            if s.endswith(x) and len(s) > len(x) + 3:
                opts.append(s[: -len(x)] + y)
        for x, y in DIR_ABBR:
            if s.startswith(x) and self.can("address"):
                opts.append(y + s[len(x):])
        if s.startswith("Sankt ") and self.can("address"):
            opts.append("S:t " + s[6:])
        if not opts:
            return False
        a["street"] = pick(opts)
        self.t(LINES, "abbrev")
        return True

    def op_street_typo(self):
        a = self.addr
        if not a or not a.get("street") or not self.can("address"):
            return False
        n = typo(a["street"])
        if n == a["street"]:
            return False
        a["street"] = n
        self.t(LINES, "typo")
        return True

    def op_num_typo(self):
        a = self.addr
        if not a or not a.get("num") or not self.can("address"):
            return False
        n = a["num"]
        if len(n) >= 2 and chance(0.5):
            new = n[::-1] if n[::-1] != n and not n[::-1].startswith("0") else str(int(n) + 1)
        else:
            new = str(max(1, int(n) + pick([1, -1, 2, 10])))
        if new == n:
            return False
        a["num"] = new
        self.t(LINES, "typo")
        return True

    def op_letter(self):
        a = self.addr
        if not a or not a.get("letter"):
            return False
        if chance(0.6) or not self.can("address"):
            self.af["letter_sp"] = not self.af["letter_sp"]
            self.t(LINES, "format")
        else:
            a["letter"] = ""
            self.t(LINES, "letter_dropped")
        return True

    def op_floor_dropped(self):
        a = self.addr
        if not a or not a.get("floor"):
            return False
        a["floor"] = None
        self.t(LINES, "floor_dropped")
        return True

    def op_floor_mode(self):
        a = self.addr
        if not a or not a.get("floor"):
            return False
        self.af["floor_mode"] = "merged" if self.af["floor_mode"] == "split" else "split"
        self.t(LINES, "merged" if self.af["floor_mode"] == "merged" else "split")
        return True

    def op_oneline(self):
        a = self.addr
        if not a or not (a.get("co") or a.get("floor")) or self.af.get("oneline"):
            return False
        self.af["oneline"] = True
        self.t(LINES, "merged")
        return True

    def op_co_added(self, name=None):
        a = self.addr
        if not a or a.get("co"):
            return False
        if name is None:
            p = make_person(self.ent["office"])
            name = "c/o " + pick([p["family"], "%s %s" % (p["tilltal"], p["family"])])
        a["co"] = name
        self.t(LINES, "co_added")
        return True

    def op_co_dropped(self):
        a = self.addr
        if not a or not a.get("co"):
            return False
        a["co"] = None
        self.t(LINES, "co_dropped")
        return True

    def op_apartment(self):
        a = self.addr
        if not a or self.party != "person" or self.apt or a.get("box") or a.get("rural"):
            return False
        if not a.get("floor") and not chance(0.3):
            return False
        self.apt = apartment_number(a)
        a["floor"] = None
        self.t(LINES, "apartment")
        return True

    def op_pc_format(self, style=None):
        if not self.addr or self.af.get("pc") == "none":
            return False
        style = style or pick([s for s in ["space", "compact", "S", "SE", "SE_sp"] if s != self.af.get("pc")])
        if style == self.af.get("pc"):
            return False
        self.af["pc"] = style
        self.t(["address.postalCode"], "format")
        return True

    def op_pc_dropped(self):
        if not self.addr or not self.can("address"):
            return False
        self.af["pc"] = "none"
        return True

    def op_pc_wrong(self):
        a = self.addr
        if not a or not self.can("address") or self.af.get("pc") == "none":
            return False
        pc = a["postcode"]
        i = rng.randrange(3, 5)
        d = str((int(pc[i]) + pick([1, 2, -1])) % 10)
        a["postcode"] = pc[:i] + d + pc[i + 1:]
        if a["postcode"] == pc:
            return False
        self.t(["address.postalCode"], "typo")
        return True

    def op_city_alias(self):
        a = self.addr
        if not a or a["city"] not in CITY_ALIAS_OUT:
            return False
        a["city"] = wpick(CITY_ALIAS_OUT[a["city"]])
        self.t(["address.city"], "alias")
        return True

    def op_city_locality(self):
        a = self.addr
        if not a or a["city"] not in LOCALITY_TO_TOWN or not self.can("address") or self.nameonly:
            return False
        a["city"] = LOCALITY_TO_TOWN[a["city"]]
        self.t(["address.city"], "locality")
        return True

    def op_city_typo(self):
        a = self.addr
        if not a or not self.can("address") or self.nameonly:
            return False
        n = typo(a["city"])
        if n == a["city"]:
            return False
        a["city"] = n
        self.t(["address.city"], "typo")
        return True

    def op_region(self, style="__pick__"):
        if not self.addr:
            return False
        style = style if style != "__pick__" else pick([s for s in [None, "full", "short", "letter", "code", "upper"] if s != self.af.get("region")])
        if style == self.af.get("region"):
            return False
        self.af["region"] = style
        self.t(["address.region"], "format")
        return True

    def op_country(self, val="__pick__"):
        if not self.addr:
            return False
        if val == "__pick__":
            val = pick([v for v in ["Sverige", "SE", "Sweden", "SWEDEN", "SVERIGE", "Sverige ", None] if v != self.af.get("country")])
            if val == "Sverige ":
                val = "Sverige"
        if val == self.af.get("country"):
            return False
        self.af["country"] = val
        self.t(["address.country"], "format")
        return True

    def op_address_dropped(self):
        if not self.addr or not self.can("address"):
            return False
        self.addr = None
        return True

    def op_box(self):
        if self.party != "org" or not self.addr or not self.can("address") or self.addr.get("box"):
            return False
        city = self.addr["city"]
        if city not in CITIES:
            city = (self.ent.get("addr") or {}).get("city")
            if city not in CITIES:
                city = OFFICE_CITY[self.ent["office"]]
        new = make_address(self.ent["office"], city=city, style="box")
        new["co"] = self.addr.get("co")
        old = self.addr
        self.addr = new
        self._tag_addr_change(old, new, "box")
        return True


# ===========================================================================
# SOURCES: each upstream system has its own habits
# ===========================================================================

def _work_email_for(b, person):
    dom = b.ent.get("domain")
    if not dom or person is None:
        return None
    g, gf, f = name_parts_for_mail(person)
    cand = "%s.%s@%s" % (gf, f, dom)
    if b.email and cand == b.email.lower():
        return b.email
    USED_EMAILS.add(cand)
    return cand


def habit_practice(b):
    """The bureau's practice system (Fortnox-style export): capitals, org.nr in names."""
    if chance(0.45):
        b.name_case = "upper"
        if chance(0.75):
            b.addr_case = "upper"
    if b.party == "org" and chance(0.35):
        b.op_orgnr_leak()
    if b.party == "person" and chance(0.45):
        b.op_last_first("lf")
    if b.phone:
        b.op_phone_format(wpick([("canon", 50), ("dash", 25), ("compact", 15), ("space", 10)]))
    if b.addr:
        b.op_pc_format(wpick([("compact", 60), ("space", 40)]))
        b.op_country(wpick([("SE", 70), (None, 30)]))
        if chance(0.8):
            b.op_region(None)
        if b.addr.get("floor") and chance(0.5):
            b.op_floor_mode()
    if chance(0.07):
        b.enc = ("mojibake", "all")


def habit_portal(b):
    """Client portal: clients type their own details."""
    r = rng.random()
    if r < 0.18:
        b.name_case = "lower"
    elif r < 0.26:
        b.name_case = "title"
    if b.party == "person":
        if chance(0.05):
            b.op_swap()
        if chance(0.14):
            b.op_nickname()
        if chance(0.05):
            b.op_wrong_company()
    else:
        if chance(0.45):
            b.op_legal_form()
        if b.kind == "bostadsrattsforening" and chance(0.4):
            b.op_abbrev_core()
        if chance(0.12):
            b.op_contact_changed()
        elif b.g is None and chance(0.3):
            b.op_contact_added()
        if b.kind in ("aktiebolag", "handelsbolag", "enskild_firma") and chance(0.05):
            b.op_display_contact()
    r = rng.random()
    if r < 0.15:
        b.enc = ("ascii", "all")
    elif r < 0.18:
        b.enc = ("ascii2", "all")
    if b.phone:
        b.op_phone_format(wpick([("compact", 40), ("canon", 20), ("intl", 10), ("space", 15),
                                 ("mobile_alt", 10), ("intl_compact", 5)]))
    if chance(0.05):
        b.op_email_case()
    if b.addr:
        b.op_pc_format(wpick([("compact", 35), ("space", 60), ("S", 5)]))
        if b.addr.get("floor") and chance(0.5):
            b.op_floor_mode()
        if chance(0.12):
            b.op_oneline()
        b.op_region(wpick([(None, 60), ("short", 20), ("full", 20)]))
        b.op_country(wpick([("Sverige", 60), ("Sweden", 20), (None, 20)]))
        if chance(0.08):
            b.op_city_alias()
        if chance(0.3):
            b.op_city_locality()
        if chance(0.08):
            b.addr_case = "lower"
        if chance(0.15):
            b.op_street_abbrev()


def habit_skatteverket(b):
    """Skatteverket mail import: registry names in capitals, c/o lines, LGH numbers."""
    if chance(0.92):
        b.name_case = "upper"
        b.addr_case = "upper"
    if b.party == "person":
        b.op_last_first("lcf" if chance(0.85) else "lf")
        if chance(0.8):
            b.op_middle_name()
        b.op_title_dropped()
        if b.addr and chance(0.6):
            b.op_apartment()
    else:
        b.op_contact_dropped()
        if b.kind == "bostadsrattsforening":
            if b.pre not in ("Bostadsrättsföreningen", "Bostadsrättsförening"):
                b.pre = "Bostadsrättsföreningen"
                b.t(ORG_N, "legal_form")
            if b.disp_mode == "short":
                b.disp_mode = "full"
                b.t(["displayName"], "legal_form")
            if chance(0.3):
                b.pre = "Brf"
                b.t(ORG_N, "abbrev")
        elif b.kind == "dodsbo" and chance(0.5):
            b.op_legal_form()
        elif b.kind == "ekonomisk_forening" and chance(0.5):
            b.suf = pick(["ek. för.", "ek för", "Ekonomisk förening"])
            b.t(ORG_N, "abbrev")
        elif b.kind == "enskild_firma" and chance(0.5):
            b.op_trading_name()
    b.email = None
    b.phone = None
    if b.addr:
        b.op_pc_format("compact" if chance(0.9) else "space")
        b.op_region(None)
        b.op_country(None)
        if b.addr.get("floor") and chance(0.4):
            b.op_floor_mode()
    if chance(0.12):
        b.enc = ("mojibake", "all")


def habit_payroll(b):
    """Payroll system: the payroll contact person and a work e-mail."""
    if chance(0.45):
        b.op_contact_changed()
    elif b.g is None:
        b.op_contact_added()
    if b.can("email") and chance(0.55):
        we = _work_email_for(b, b.cur_contact)
        if we and we != b.email:
            b.email = we
            b.t(["email"], "new_email")
    if b.phone:
        b.op_phone_format(wpick([("intl", 40), ("canon", 40), ("intl0", 10), ("0046", 10)]))
    if b.kind == "aktiebolag" and chance(0.15):
        b.op_legal_form(drop=False)
    if chance(0.04):
        b.op_orgnr_leak("both")
    if b.ent.get("publ") and b.suf == "AB (publ)" and chance(0.5):
        b.suf = "AB"
        b.t(ORG_N, "legal_form")
    if b.addr:
        b.op_region(wpick([("code", 40), ("letter", 10), (None, 50)]))
        b.op_country(wpick([("SE", 80), ("Sverige", 20)]))
        if chance(0.1):
            b.op_oneline()
        b.op_pc_format(wpick([("space", 70), ("compact", 30)]))
    if chance(0.1):
        b.name_case = "upper"


def habit_bankgiro(b):
    """Bankgiro payment file (BgMax): payer name and address only, 35 characters."""
    b.name_case = "upper"
    if b.party == "person":
        if chance(0.5):
            b.op_last_first("lf")
        b.drop_person_fields = True
    else:
        b.op_contact_dropped()
    b.email = None
    b.phone = None
    if b.addr:
        if b.addr.get("co") and chance(0.7):
            b.op_co_dropped()
        if b.addr.get("floor") and not b.addr.get("co"):
            b.op_oneline()
        b.op_pc_format("compact")
        b.op_region(None)
        b.op_country(None)
        b.addr_case = "upper"
    b.trunc = 35
    if chance(0.25):
        b.enc = ("ascii", "all")


HABITS = {"practice": habit_practice, "portal": habit_portal, "skatteverket": habit_skatteverket,
          "payroll": habit_payroll, "bankgiro": habit_bankgiro}
SOURCE_CARRIES = {"practice": {"email", "phone", "address"}, "portal": {"email", "phone", "address"},
                  "skatteverket": {"address"}, "payroll": {"email", "phone", "address"},
                  "bankgiro": {"address"}}
SOURCE_MIX = {
    "person": [("practice", 30), ("portal", 35), ("skatteverket", 20), ("bankgiro", 15)],
    "org": [("practice", 30), ("portal", 22), ("skatteverket", 13), ("payroll", 25), ("bankgiro", 10)],
}
NO_PAYROLL = {"dodsbo", "stiftelse"}


def pick_source(ent, need_address=False):
    mix = SOURCE_MIX[ent["party"]]
    if ent["kind"] in NO_PAYROLL:
        mix = [m for m in mix if m[0] != "payroll"]
    if not ent.get("addr"):
        mix = [m for m in mix if m[0] not in ("skatteverket", "bankgiro")]
    return wpick(mix)


# ===========================================================================
# NOISE by profile
# ===========================================================================

NOISE_PERSON = [
    ("op_typo_family", 10), ("op_typo_given", 7), ("op_nickname", 6), ("op_initial", 4),
    ("op_translit", 6), ("op_hyphen", 3), ("op_particle", 3), ("op_double_family", 3),
    ("op_title_added", 2), ("op_title_dropped", 4), ("op_last_first", 4), ("op_swap", 2),
    ("op_email_typo", 5), ("op_email_case", 2), ("op_email_dropped", 3),
    ("op_phone_format", 4), ("op_digit_off", 4), ("op_phone_dropped", 3),
    ("op_street_abbrev", 5), ("op_street_typo", 3), ("op_num_typo", 2), ("op_letter", 2),
    ("op_floor_dropped", 3), ("op_floor_mode", 3), ("op_co_added", 2), ("op_pc_dropped", 3),
    ("op_pc_wrong", 3), ("op_pc_format", 2), ("op_city_alias", 2), ("op_city_typo", 2),
    ("op_region", 2), ("op_country", 2), ("op_address_dropped", 1), ("case", 4), ("enc", 3),
    ("op_wrong_company", 1),
]
NOISE_ORG = [
    ("op_typo_core", 10), ("op_legal_form", 9), ("op_abbrev_core", 6),
    ("op_trading_name", 3), ("op_display_short", 2), ("op_assoc_expand", 2),
    ("op_typo_family", 3), ("op_typo_given", 2), ("op_nickname", 2), ("op_contact_dropped", 3),
    ("op_contact_changed", 4), ("op_swap", 1), ("op_translit", 1),
    ("op_email_typo", 5), ("op_email_case", 2), ("op_email_dropped", 3),
    ("op_phone_format", 4), ("op_digit_off", 4), ("op_phone_dropped", 3),
    ("op_street_abbrev", 5), ("op_street_typo", 3), ("op_num_typo", 2), ("op_letter", 2),
    ("op_co_dropped", 2), ("op_co_added", 1), ("op_floor_mode", 1), ("op_pc_dropped", 3),
    ("op_pc_wrong", 3), ("op_pc_format", 2), ("op_city_alias", 2), ("op_city_typo", 2),
    ("op_region", 2), ("op_country", 2), ("op_address_dropped", 1), ("op_box", 1),
    ("case", 4), ("enc", 3),
]
NAME_ONLY_NOISE = {"op_typo_family", "op_typo_given", "op_nickname", "op_translit", "op_hyphen",
                   "op_legal_form", "op_abbrev_core", "op_typo_core", "op_last_first", "case",
                   "op_title_added", "op_title_dropped", "op_contact_changed", "op_contact_dropped",
                   "op_phone_format", "op_pc_format", "op_region", "op_country",
                   "op_street_abbrev", "op_email_case"}
LIFE_PERSON = [("op_moved", 30), ("op_new_email", 25), ("op_new_phone", 22), ("op_married", 15),
               ("op_co_added", 4)]
LIFE_ORG = [("op_contact_changed", 30), ("op_new_email", 25), ("op_new_phone", 20),
            ("op_moved", 18), ("op_box", 4)]
PROFILE_PLAN = {
    "light": {"life": lambda: 1 if chance(0.12) else 0, "noise": lambda: 1 if chance(0.55) else 0},
    "medium": {"life": lambda: 1 if chance(0.7) else 0, "noise": lambda: rng.randint(1, 3)},
    "harsh": {"life": lambda: 2 + (1 if chance(0.5) else 0), "noise": lambda: rng.randint(3, 5)},
    "clean": {"life": lambda: 0, "noise": lambda: 0},
}


def _run_op(b, name):
    if name == "case":
        if b.name_case:
            return False
        b.name_case = pick(["upper", "lower", "upper", "title"])
        if chance(0.5):
            b.addr_case = b.name_case
        return True
    if name == "enc":
        if b.enc:
            return False
        b.enc = (wpick([("mojibake", 40), ("ascii", 45), ("ascii2", 15)]),
                 pick(["all", "names", "addr"]))
        return True
    return getattr(b, name)()


def apply_ops(b, pool, n, allowed=None):
    done = 0
    tries = 0
    used = []
    while done < n and tries < n * 8 + 6:
        tries += 1
        name = wpick(pool)
        if allowed is not None and name not in allowed:
            continue
        if name in used:
            continue
        if _run_op(b, name):
            used.append(name)
            done += 1
    return used


def force_no_identifiers(b):
    """Harsh 'name-only' case: every identifier changed, but the city stays."""
    if b.email:
        r = rng.random()
        if r < 0.55:
            b.op_new_email()
        elif r < 0.85:
            b.op_email_dropped()
        else:
            b.op_email_typo()
    elif chance(0.3):
        b.op_new_email()
    if b.phone:
        r = rng.random()
        if r < 0.5:
            b.op_new_phone()
        elif r < 0.8:
            b.op_phone_dropped()
        else:
            b.op_digit_off()
    if b.addr:
        b.op_moved(same_city=True)


def render(ent, source, profile, mode=None, keep=(), life=True):
    """Returns (contact, tags) for one incoming record of entity `ent`."""
    b = Builder(ent)
    b.keep = set(keep)
    b.nameonly = mode == "nameonly"
    b.first_seen = not life
    b.source = source
    plan = PROFILE_PLAN[profile]
    life_pool = LIFE_PERSON if ent["party"] == "person" else LIFE_ORG
    noise_pool = NOISE_PERSON if ent["party"] == "person" else NOISE_ORG
    if b.nameonly:
        force_no_identifiers(b)
        if ent["party"] == "org" and chance(0.4):
            b.op_contact_changed()
        apply_ops(b, noise_pool, rng.randint(0, 2), NAME_ONLY_NOISE)
    else:
        if life:
            apply_ops(b, life_pool, plan["life"]())
        apply_ops(b, noise_pool, plan["noise"]())
    HABITS[source](b)
    c = b.compose()
    if not c.get("displayName"):
        # a record always has some name; fall back to the raw components
        c["displayName"] = c.get("companyName") or join_nonempty([c.get("givenName"), c.get("familyName")]) or "Okänd"
        b.t(["displayName"], "dropped")
    return c, b.tags


def diff_changes(new, base, tags_new, tags_base=None):
    """'field:what' for exactly the fields that differ between new and base."""
    out = []

    def whats(field, nv, bv):
        if nv is None:
            return ["dropped"]
        if bv is None:
            tn = tags_new.get(field, [])
            return ["wrong_field"] if "wrong_field" in tn else ["added"]
        w = list(tags_new.get(field, []))
        if tags_base:
            for x in tags_base.get(field, []):
                if x not in w:
                    w.append(x)
        w = [x for x in w if x not in ("added", "dropped")] or w
        if not w:
            raise RuntimeError("untagged change in %s: %r -> %r" % (field, bv, nv))
        return w

    for f in CONTACT_FIELDS:
        nv, bv = new.get(f), base.get(f)
        if nv != bv:
            out.extend("%s:%s" % (f, w) for w in whats(f, nv, bv))
    na, ba = new.get("address"), base.get("address")
    if na is None and ba is None:
        pass
    elif na is None:
        out.append("address:dropped")
    elif ba is None:
        out.append("address:added")
    else:
        for s in ADDR_SUBFIELDS:
            nv, bv = na.get(s), ba.get(s)
            if nv != bv:
                key = "address." + s
                out.extend("%s:%s" % (key, w) for w in whats(key, nv, bv))
    return out


# ===========================================================================
# LABEL COMPUTATIONS (evidence, shared, name+city findability)
# ===========================================================================

SHARED_ORDER = ["name", "familyName", "email", "email_domain", "phone", "address", "city", "company_stem"]
STRONG_SHARED = {"name", "familyName", "email", "email_domain", "phone", "address", "company_stem"}


def stem_in(stem, company):
    st = name_tokens(stem)
    ct = name_tokens(company)
    if not st or not ct:
        return False
    n = len(st)
    return any(ct[i:i + n] == st for i in range(len(ct) - n + 1))


def shared_between(c1, c2, stem=None):
    out = []
    t1 = sorted(name_tokens(c1.get("displayName")))
    t2 = sorted(name_tokens(c2.get("displayName")))
    if t1 and t1 == t2:
        out.append("name")
    f1, f2 = c1.get("familyName"), c2.get("familyName")
    if f1 and f2 and norm_text(f1).strip() == norm_text(f2).strip():
        out.append("familyName")
    e1, e2 = norm_email(c1.get("email")), norm_email(c2.get("email"))
    if e1 and e2 and e1 == e2:
        out.append("email")
    d1, d2 = email_domain(c1.get("email")), email_domain(c2.get("email"))
    if d1 and d2 and d1 == d2 and d1 not in FREEMAIL_DOMAINS:
        out.append("email_domain")
    p1, p2 = norm_phone(c1.get("phone")), norm_phone(c2.get("phone"))
    if p1 and p2 and p1 == p2:
        out.append("phone")
    if same_address(c1.get("address"), c2.get("address")):
        out.append("address")
    k1, k2 = rec_city(c1), rec_city(c2)
    if k1 and k2 and k1 == k2:
        out.append("city")
    if stem and c1.get("companyName") and c2.get("companyName") and \
            stem_in(stem, c1["companyName"]) and stem_in(stem, c2["companyName"]):
        out.append("company_stem")
    return out


GEN_T, GEN_M = 0.75, 0.12


def name_city_ok(rec, pool_by_city, T=GEN_T, M=GEN_M):
    comp = rec["compare"]
    city = rec_city(rec["contact"])
    if not city or city != rec_city(comp["contact"]):
        return False
    dn = rec["contact"]["displayName"]
    s0 = name_sim(dn, comp["contact"]["displayName"])
    if s0 < T:
        return False
    for other in pool_by_city.get(city, []):
        if other is rec or other is comp or other["entity"] == rec["entity"]:
            continue
        if name_sim(dn, other["contact"]["displayName"]) >= s0 - M:
            return False
    return True


# ===========================================================================
# HARD NEGATIVES: another customer under the bureau's rules
# ===========================================================================

HN_RULES = {
    "ef_vs_ab": "An enskild firma is the trader as a natural person; the aktiebolag the trader formed is a legal person of its own: two customers.",
    "holding_vs_operating": "A holding company and its operating company are two legal persons and two customers, even with one owner and one address.",
    "group_sister": "Sister companies in one group are separate legal persons; a shared address, switchboard or mail domain does not make them one customer.",
    "brf_same_forvaltare": "Two bostadsrättsföreningar managed by one förvaltare are two customers; the förvaltare's c/o address, phone and mailbox identify neither.",
    "manager_vs_brf": "The förvaltare (managing agent) is its own customer; a bostadsrättsförening is one customer whoever manages it.",
    "dodsbo_vs_spouse": "A dödsbo is a legal person of its own and another customer than the deceased's surviving spouse, even at the spouse's address.",
    "heir_vs_dodsbo": "The heir who handles the estate is a customer of their own; the dödsbo (c/o the heir) is another customer.",
    "namesake_elsewhere": "Same name, another person elsewhere (another personnummer): another customer.",
    "father_son_farm": "Father and son of one name at one farm are two persons (two personnummer) and two customers.",
    "spouse_separate": "A couple filing separate returns are two customers, even with one address, home phone or shared mailbox.",
    "household_member": "An adult child or relative in the same household is another person and another customer.",
    "later_occupant": "A later occupant of the same address is another person; the address alone does not identify the customer.",
    "owner_vs_company": "The owner as a private person (own return, K10) and the owner's company are two legal persons and two customers.",
    "ideell_vs_chair_company": "An ideell förening is its own legal person; sharing its chair's name, mail or phone with the chair's company does not make them one customer.",
    "similar_name_other_trade": "A similar company name in another trade and place is another firm and another customer.",
}
HN_PLAN = [("ef_vs_ab", 14), ("holding_vs_operating", 12), ("group_sister", 10),
           ("brf_same_forvaltare", 12), ("manager_vs_brf", 6), ("dodsbo_vs_spouse", 10),
           ("heir_vs_dodsbo", 8), ("namesake_elsewhere", 14), ("father_son_farm", 10),
           ("spouse_separate", 12), ("household_member", 8), ("later_occupant", 10),
           ("owner_vs_company", 10), ("ideell_vs_chair_company", 8), ("similar_name_other_trade", 6)]
HN_KEY = {  # what a hard negative of the type must really share to be hard
    "ef_vs_ab": {"company_stem"}, "holding_vs_operating": {"company_stem"},
    "group_sister": {"company_stem"}, "brf_same_forvaltare": {"address", "phone", "email", "email_domain"},
    "manager_vs_brf": {"address", "phone", "email_domain"}, "dodsbo_vs_spouse": {"address", "familyName", "phone", "email"},
    "heir_vs_dodsbo": {"address", "email", "phone", "familyName"}, "namesake_elsewhere": {"name"},
    "father_son_farm": {"name"}, "spouse_separate": {"address"}, "household_member": {"address"},
    "later_occupant": {"address"}, "owner_vs_company": {"phone", "email", "address", "familyName"},
    "ideell_vs_chair_company": {"email", "phone"}, "similar_name_other_trade": {"company_stem"},
}


def name_free(*parts):
    return join_nonempty(list(parts)).casefold() not in USED_ORGNAMES


def _free_core(stem, words, suf="AB", avoid=None):
    for _ in range(15):
        w = words() if callable(words) else pick(words)
        if w == avoid:
            continue
        core = "%s %s" % (stem, w)
        if name_free(core, suf) and name_free(core, "AB") and name_free(core):
            return core, w
    return None, None


def _copy_addr(a, co=None):
    if a is None:
        return None
    b = dict(a)
    b["co"] = co
    return b


def _other_trade(trade):
    for _ in range(20):
        t = wpick(TRADES)
        if t != trade:
            return t
    return "Service"


def _other_city(ent, other_office=False):
    a = ent.get("addr")
    cur = a["city"] if a else None
    office = ent["office"]
    if other_office:
        office = pick([o for o, _ in OFFICES if o != ent["office"]])
    for _ in range(30):
        c = pick_city(office)
        if c != cur and norm_city(c) != norm_city(cur):
            return office, c
    return office, OFFICE_CITY[office] if OFFICE_CITY[office] != cur else pick_city(office)


def hn_ef_vs_ab(a):
    if a["kind"] == "aktiebolag" and a.get("owner") and not a.get("holding") and a.get("trade") \
            and a["stem_type"] in ("surname_gen", "surname", "given", "brothers"):
        o = a["owner"]
        if not name_free(a["core"]):
            return None
        addr = _copy_addr(a["addr"]) if a.get("addr") and not a["addr"].get("box") and chance(0.6) else make_address(a["office"])
        phone = a["phone"] if is_mobile(a["phone"]) and chance(0.6) else new_phone(mobile=True)
        e = make_entity("enskild_firma", a["office"], owner=o, core=a["core"], stem=a["stem"],
                        stem_type=a["stem_type"], trade=a["trade"], addr=addr,
                        email=person_free_email(o), phone=phone, contact=o, contact_role="owner")
        return e, a["core"]
    if a["kind"] == "enskild_firma" and a.get("trade") and a["stem_type"] in ("surname_gen", "full", "fantasy"):
        o = a["owner"]
        if not name_free(a["core"], "AB"):
            return None
        addr = _copy_addr(a["addr"]) if a.get("addr") and chance(0.5) else make_address(a["office"], style="business")
        phone = a["phone"] if is_mobile(a["phone"]) and chance(0.6) else new_phone(CITIES[addr["city"]][3])
        e = make_entity("aktiebolag", a["office"], owner=o, core=a["core"], stem=a["stem"],
                        stem_type=a["stem_type"], trade=a["trade"], addr=addr, phone=phone,
                        contact=o, contact_role="owner", suf="AB")
        return e, a["core"]
    return None


def hn_holding_vs_operating(a):
    if a["kind"] != "aktiebolag" or not a.get("owner"):
        return None
    o = a["owner"]
    if a.get("holding"):
        core, trade = _free_core(a["stem"], lambda: wpick(TRADES))
        if core is None:
            return None
        e = make_entity("aktiebolag", a["office"], owner=o, core=core, stem=a["stem"],
                        stem_type=a["stem_type"], trade=trade, contact=o, contact_role="owner", suf="AB")
        return e, a["stem"]
    if a["stem_type"] not in ("surname", "fantasy", "initials", "fantasy_plain", "place"):
        return None
    core, _w = _free_core(a["stem"], HOLDING_WORDS)
    if core is None:
        return None
    same_addr = chance(0.5) and a.get("addr")
    addr = _copy_addr(a["addr"]) if same_addr else make_address(a["office"])
    e = make_entity("aktiebolag", a["office"], owner=o, core=core, stem=a["stem"], stem_type=a["stem_type"],
                    trade=None, addr=addr, email="none", phone="none", contact=o, contact_role="owner", suf="AB")
    e["holding"] = True
    if a.get("domain") and chance(0.6):
        e["domain"] = a["domain"]
        e["email"] = work_email(o, a["domain"], "g") if chance(0.5) else role_email(pick(["holding", "ekonomi", "styrelsen"]), a["domain"])
    else:
        e["domain"] = None
        e["email"] = person_free_email(o)
    e["phone"] = a["phone"] if a.get("phone") and is_mobile(a["phone"]) and chance(0.7) else new_phone(mobile=True)
    return e, a["stem"]


def hn_group_sister(a):
    if a["kind"] != "aktiebolag" or a.get("holding") or a["stem_type"] not in ("fantasy", "place", "fantasy_plain"):
        return None
    core, trade = _free_core(a["stem"], lambda: wpick(TRADES), avoid=a.get("trade"))
    if core is None:
        return None
    e = make_entity("aktiebolag", a["office"], owner=a.get("owner"), core=core, stem=a["stem"],
                    stem_type=a["stem_type"], trade=trade, email="none", phone="none",
                    addr=_copy_addr(a["addr"]) if a.get("addr") and chance(0.8) else None, suf="AB")
    if a.get("domain"):
        e["domain"] = a["domain"]
        e["email"] = role_email(pick(["info", "order", "kontakt", "ekonomi", "faktura"]), a["domain"])
    else:
        e["domain"] = make_domain([a["stem"], trade])
        e["email"] = role_email("info", e["domain"])
    e["phone"] = a["phone"] if a.get("phone") and not is_mobile(a["phone"]) and chance(0.6) else \
        new_phone(CITIES[e["addr"]["city"]][3])
    return e, a["stem"]


def hn_brf_same_forvaltare(a):
    if a["kind"] != "bostadsrattsforening" or not a.get("forv"):
        return None
    e = make_entity("bostadsrattsforening", a["office"], forv=a["forv"])
    if chance(0.5):
        e["handlaggare"] = a["handlaggare"]
        e["email"] = a["handlaggare"]["email"]
    return e, None


USED_FORV_HN = []


def hn_manager_vs_brf(a):
    if a["kind"] != "bostadsrattsforening" or not a.get("forv") or a["forv"]["name"] in USED_FORV_HN:
        return None
    f = a["forv"]
    USED_FORV_HN.append(f["name"])
    staff = pick(f["staff"])
    e = make_entity("aktiebolag", a["office"], owner=staff["person"], core=f["core"], stem=f["core"],
                    stem_type="fantasy", trade="Förvaltning", addr=_copy_addr(f["addr"]),
                    email=f["info"], phone=f["phone"], contact=staff["person"], contact_role="vd", suf="AB")
    e["domain"] = f["domain"]
    return e, None


def hn_dodsbo_vs_spouse(a):
    if a["party"] == "person" and a.get("addr") and a["person"]["birth"] < 1968:
        p = a["person"]
        dec = make_person(a["office"], gender="m" if p["gender"] == "f" else "f", origin=p["origin"],
                          family=p["family"] if chance(0.85) else None, birth=p["birth"] + rng.randint(-6, 6))
        addr = _copy_addr(a["addr"], co=_co_name(p))
        e = make_entity("dodsbo", a["office"], deceased=dec, contact=p, contact_role="spouse", addr=addr,
                        email=a["email"] if a.get("email") and chance(0.5) else None,
                        phone=a["phone"] if a.get("phone") and chance(0.6) else "none")
        if e["phone"] == "none":
            e["phone"] = None
        e["contact_shown"] = True
        if not e["email"] and not e["phone"]:
            e["phone"] = a["phone"] or new_phone(mobile=True)
        return e, None
    if a["kind"] == "dodsbo" and a.get("contact_role") == "spouse" and a.get("addr"):
        sp = a["contact"]
        e = make_entity("person_deklaration", a["office"], person=sp, addr=_copy_addr(a["addr"]),
                        email=a["email"] if a.get("email") and chance(0.6) else "new",
                        phone=a["phone"] if a.get("phone") and chance(0.6) else "new")
        return e, None
    return None


def hn_heir_vs_dodsbo(a):
    if a["kind"] == "dodsbo" and a.get("contact_role") == "heir" and a.get("addr"):
        h = a["contact"]
        e = make_entity("person_bouppteckning", a["office"], person=h, addr=_copy_addr(a["addr"]),
                        email=a["email"] if a.get("email") else "new",
                        phone=a["phone"] if a.get("phone") else "new")
        return e, None
    if a["kind"] == "person_bouppteckning" and a.get("addr"):
        p = a["person"]
        dec = make_person(a["office"], origin=p["origin"], family=p["family"] if chance(0.7) else None,
                          birth=p["birth"] - rng.randint(24, 36))
        e = make_entity("dodsbo", a["office"], deceased=dec, contact=p, contact_role="heir",
                        addr=_copy_addr(a["addr"], co=_co_name(p)),
                        email=a["email"] if a.get("email") else None,
                        phone=a["phone"] if a.get("phone") else new_phone(mobile=True))
        e["contact_shown"] = True
        return e, None
    return None


def _namesake_person(p, office, birth, gender=None):
    q = make_person(office, gender=gender or p["gender"], origin=p["origin"], family=p["family"], birth=birth)
    q["tilltal"] = p["tilltal"]
    names = [n for n in q["given_names"] if n not in p["tilltal"].split(" ")]
    if p["tilltal"] in p["given_names"] or " " not in p["tilltal"]:
        q["given_names"] = [p["tilltal"]] + names[:1]
    else:
        q["given_names"] = p["tilltal"].split(" ") + names[:1]
    return q


def hn_namesake_elsewhere(a):
    if a["party"] != "person" or not a.get("addr"):
        return None
    p = a["person"]
    office, city = _other_city(a, other_office=chance(0.5))
    q = _namesake_person(p, office, rng.randint(1940, 2002))
    e = make_entity("person_deklaration", office, person=q, addr=make_address(office, city=city))
    e["title"] = None
    return e, None


def hn_father_son_farm(a):
    if a["party"] != "person" or not a.get("addr") or a["person"]["gender"] != "m" or a.get("title"):
        return None
    p = a["person"]
    if p["birth"] > 1975:
        birth = p["birth"] - rng.randint(25, 32)
    else:
        birth = p["birth"] + rng.randint(25, 32)
    q = _namesake_person(p, a["office"], birth, gender="m")
    ph = a["phone"] if a.get("phone") and not is_mobile(a["phone"]) else new_phone(mobile=True)
    e = make_entity("person_deklaration", a["office"], person=q, addr=_copy_addr(a["addr"]),
                    phone=ph, email="new" if birth > 1950 else None)
    e["title"] = None
    return e, None


def hn_spouse_separate(a):
    if a["party"] != "person" or not a.get("addr") or a["person"]["birth"] > 1996:
        return None
    p = a["person"]
    g = ("m" if p["gender"] == "f" else "f") if chance(0.9) else p["gender"]
    q = make_person(a["office"], gender=g, origin=p["origin"] if chance(0.85) else None,
                    family=p["family"] if chance(0.65) else None, birth=p["birth"] + rng.randint(-5, 5))
    email = "new"
    if a.get("email") and chance(0.2):
        email = a["email"]
    phone = a["phone"] if a.get("phone") and not is_mobile(a["phone"]) and chance(0.7) else "new"
    e = make_entity("person_deklaration", a["office"], person=q, addr=_copy_addr(a["addr"]),
                    email=email, phone=phone)
    e["title"] = None
    return e, None


def hn_household_member(a):
    if a["party"] != "person" or not a.get("addr") or a["person"]["birth"] > 1975:
        return None
    p = a["person"]
    q = make_person(a["office"], origin=p["origin"], family=p["family"], birth=min(2004, p["birth"] + rng.randint(24, 34)))
    if q["tilltal"] == p["tilltal"]:
        return None
    phone = a["phone"] if a.get("phone") and not is_mobile(a["phone"]) and chance(0.4) else "new"
    e = make_entity("person_deklaration", a["office"], person=q, addr=_copy_addr(a["addr"]), phone=phone)
    e["title"] = None
    return e, None


def hn_later_occupant(a):
    if a["party"] != "person" or not a.get("addr") or a["addr"].get("rural"):
        return None
    p = a["person"]
    for _ in range(10):
        q = make_person(a["office"])
        if norm_text(q["family"]) != norm_text(p["family"]):
            break
    e = make_entity("person_deklaration", a["office"], person=q, addr=_copy_addr(a["addr"]))
    e["title"] = None
    return e, None


def hn_owner_vs_company(a):
    if a["kind"] in ("aktiebolag", "handelsbolag", "kommanditbolag") and a.get("owner") \
            and a.get("contact") is a["owner"] and a.get("contact_shown"):
        o = a["owner"]
        phone = a["phone"] if a.get("phone") and is_mobile(a["phone"]) and chance(0.75) else "new"
        email = "new"
        if a.get("email") and a.get("domain") and slug(o["tilltal"].split(" ")[0].split("-")[0]) in a["email"] and chance(0.6):
            email = a["email"]
        addr = _copy_addr(a["addr"]) if a.get("addr_is_home") else make_address(a["office"])
        e = make_entity("person_k10", a["office"], person=o, addr=addr, email=email, phone=phone)
        e["title"] = None
        return e, None
    if a["kind"] == "person_k10" and a.get("addr"):
        o = a["person"]
        for _ in range(10):
            core, stem, st, trade = org_name_ab(a["office"], o)
            if name_free(core, "AB"):
                break
        else:
            return None
        addr = _copy_addr(a["addr"]) if chance(0.45) else None
        e = make_entity("aktiebolag", a["office"], owner=o, core=core, stem=stem, stem_type=st, trade=trade,
                        addr=addr, contact=o, contact_role="owner", suf="AB",
                        phone=a["phone"] if a.get("phone") and is_mobile(a["phone"]) and chance(0.7) else "new")
        e["contact_shown"] = True
        if addr is not None:
            e["addr_is_home"] = True
        return e, None
    return None


def hn_ideell_vs_chair_company(a):
    if a["kind"] not in ("aktiebolag", "handelsbolag") or not a.get("contact") or not a.get("contact_shown"):
        return None
    chair = a["contact"]
    email, phone = None, None
    if a.get("email") and a.get("domain") and chance(0.6):
        email = a["email"]
    if a.get("phone") and is_mobile(a["phone"]):
        phone = a["phone"]
    if email is None and phone is None:
        if a.get("email"):
            email = a["email"]
        elif a.get("phone"):
            phone = a["phone"]
        else:
            return None
    addr = _copy_addr(a["addr"], co=_co_name(chair)) if a.get("addr_is_home") else None
    e = make_entity("ideell_forening", a["office"], contact=chair, contact_role="ordförande",
                    email=email if email else "new", phone=phone if phone else "new", addr=addr)
    e["contact_shown"] = True
    return e, None


def hn_similar_name_other_trade(a):
    if a["kind"] not in ("aktiebolag", "handelsbolag", "enskild_firma") or a.get("holding"):
        return None
    if a["stem_type"] not in ("fantasy", "surname", "surname_gen", "place"):
        return None
    core, trade = _free_core(a["stem"], lambda: wpick(TRADES), avoid=a.get("trade"))
    if core is None:
        return None
    office, city = _other_city(a, other_office=chance(0.5))
    kind = wpick([("aktiebolag", 50), ("handelsbolag", 20), ("enskild_firma", 30)])
    e = make_entity(kind, office, core=core, stem=a["stem"], stem_type=a["stem_type"], trade=trade,
                    addr=make_address(office, city=city, style="business"))
    return e, a["stem"]


HN_FUNCS = {name: globals()["hn_" + name] for name, _ in HN_PLAN}


# ===========================================================================
# ASSEMBLY
# ===========================================================================

EXISTING_PLAN = [("aktiebolag", 430), ("handelsbolag", 50), ("kommanditbolag", 20),
                 ("enskild_firma", 160), ("ekonomisk_forening", 40), ("bostadsrattsforening", 90),
                 ("ideell_forening", 50), ("stiftelse", 20), ("dodsbo", 40),
                 ("person_deklaration", 400), ("person_k10", 130), ("person_bouppteckning", 70)]
NEW_PLAN = [("aktiebolag", 115), ("handelsbolag", 13), ("kommanditbolag", 5), ("enskild_firma", 43),
            ("ekonomisk_forening", 11), ("bostadsrattsforening", 24), ("ideell_forening", 13),
            ("stiftelse", 5), ("dodsbo", 11), ("person_deklaration", 107), ("person_k10", 35),
            ("person_bouppteckning", 18)]
N_HOLDINGS = 22
N_NAMESAKE_PAIRS = 34
MATCH_OCC = [(1, 590), (2, 95), (3, 15)]      # 700 existing customers, 825 records
NEW_OCC = [(1, 300), (2, 75), (3, 25)]        # 400 new customers, 525 records
PROFILES = [("light", 40), ("medium", 40), ("harsh", 20)]


def make_holding(office):
    owner = make_person(office, birth=rng.randint(1950, 1990))
    r = rng.random()
    if r < 0.45:
        stem, st = owner["family"].split(" ")[-1], "surname"
    elif r < 0.8:
        stem, st = pick_fantasy(office), "fantasy"
    else:
        stem, st = initials_of(owner), "initials"
    core = "%s %s" % (stem, pick(HOLDING_WORDS))
    e = make_entity("aktiebolag", office, owner=owner, core=core, stem=stem, stem_type=st, trade=None,
                    contact=owner, contact_role="owner", suf="AB")
    e["holding"] = True
    return e


def canonical(ent):
    return Builder(ent).compose()


def ensure_reachable(ent):
    """Every existing record has at least one of email/phone/address."""
    if not ent.get("email") and not ent.get("phone") and not ent.get("addr"):
        ent["phone"] = new_phone(mobile=True)


def pick_office():
    return wpick(OFFICES)


def build_existing(used_ids):
    ents = []
    kinds = []
    for k, n in EXISTING_PLAN:
        kinds.extend([k] * n)
    rng.shuffle(kinds)
    n_hold = 0
    for k in kinds:
        office = pick_office()
        if k == "aktiebolag" and n_hold < N_HOLDINGS and chance(0.06):
            e = make_holding(office)
            n_hold += 1
        else:
            e = make_entity(k, office)
        ents.append(e)
    while n_hold < N_HOLDINGS:
        i = rng.randrange(len(ents))
        if ents[i]["kind"] == "aktiebolag" and not ents[i].get("holding"):
            ents[i] = make_holding(ents[i]["office"])
            n_hold += 1
    # namesakes inside the customer list (Anna Andersson in Umeå and in Göteborg)
    persons = [i for i, e in enumerate(ents) if e["party"] == "person"]
    for i in sample(persons, N_NAMESAKE_PAIRS):
        src = ents[i]
        j = pick(persons)
        if j == i or ents[j]["person"]["gender"] != src["person"]["gender"]:
            continue
        tgt = ents[j]
        q = _namesake_person(src["person"], tgt["office"], tgt["person"]["birth"])
        tgt["person"] = q
        tgt["title"] = None
    # some records without an address / without e-mail and phone
    for e in ents:
        if e.get("addr") and chance(0.03) and (e.get("email") or e.get("phone")) and e["kind"] not in ("dodsbo",):
            e["addr"] = None
        ensure_reachable(e)
        e["id"] = new_hex_id(used_ids)
    return ents


def disambiguate(records):
    """QuickBooks display names are unique: 'Name (City)' or 'Name (2)'."""
    seen = {}
    for r in records:
        dn = r["contact"]["displayName"]
        key = dn.casefold()
        if key not in seen:
            seen[key] = r
            continue
        a = r["contact"].get("address")
        first = seen[key]
        fa = first["contact"].get("address")
        cand = None
        if a and a.get("city") and (not fa or norm_city(fa.get("city")) != norm_city(a["city"])):
            cand = "%s (%s)" % (dn, a["city"])
            if cand.casefold() in seen:
                cand = None
        n = 2
        while cand is None:
            c2 = "%s (%d)" % (dn, n)
            if c2.casefold() not in seen:
                cand = c2
            n += 1
        r["contact"]["displayName"] = cand
        seen[cand.casefold()] = r


def _evidence_keep_options(ent, base_contact, canon, source):
    ev = evidence_between(canon, base_contact)
    return [f for f in ev if f in SOURCE_CARRIES[source]]


def make_linked(ent, base, canon, base_tags, profile, compare_set, want_nameonly):
    """A record of `ent` that must be findable against `base` (existing record or first occurrence)."""
    base_has_city = rec_city(base) is not None
    for attempt in range(14):
        source = pick_source(ent) if attempt < 9 else "practice"
        prof = profile if attempt < 11 else "light"
        mode = "nameonly" if (want_nameonly and attempt < 3 and base_has_city and ent.get("addr")) else None
        keep = ()
        if attempt >= 5:
            opts = _evidence_keep_options(ent, base, canon, source)
            if not opts:
                source = "practice"
                opts = _evidence_keep_options(ent, base, canon, source)
            if opts:
                keep = (pick(opts),)
        c, tags = render(ent, source, prof, mode=mode, keep=keep)
        if compare_set == "existing" and base["displayName"] != canon["displayName"]:
            tags.setdefault("displayName", []).append("qualifier_dropped")
        ev = evidence_between(c, base)
        if ev:
            return c, tags, source, prof, ev
        if mode == "nameonly" and rec_city(c) == rec_city(base) and \
                name_sim(c["displayName"], base["displayName"]) >= GEN_T + 0.03:
            return c, tags, source, prof, ev
    raise RuntimeError("could not link a record of %s" % ent["id"])


def make_first_occurrence(ent, canon, needs_link):
    for attempt in range(10):
        source = pick_source(ent)
        prof = wpick([("light", 60), ("medium", 40)]) if attempt < 6 else "clean"
        c, tags = render(ent, source, prof, life=False)
        if not needs_link or evidence_between(c, canon):
            return c, tags, source
    c, tags = render(ent, "practice", "clean", life=False)
    return c, tags, "practice"


def build():
    used_ids = set()
    for o, _ in OFFICES:
        FORVALTARE[o] = make_forvaltare(o)

    # ---------------- existing customers -----------------------------------
    ex_ents = build_existing(used_ids)
    existing = []
    for e in ex_ents:
        c = canonical(e)
        e["canon"] = c
        existing.append({"set": "existing", "entity": e["id"], "contact": c, "ent": e})
    for r in existing:
        r["contact"] = json.loads(json.dumps(r["contact"]))
    disambiguate(existing)
    existing.sort(key=lambda r: r["contact"]["displayName"].casefold())
    for i, r in enumerate(existing):
        r["index"] = i
        r["ent"]["ex_rec"] = r

    incoming = []

    # ---------------- matches ----------------------------------------------
    order = list(range(len(existing)))
    rng.shuffle(order)
    occ_list = []
    for occ, n in MATCH_OCC:
        occ_list.extend([occ] * n)
    for idx, occ in zip(order, occ_list):
        ex = existing[idx]
        e = ex["ent"]
        for k in range(occ):
            profile = wpick(PROFILES)
            want = (profile == "harsh" and chance(0.55)) or (profile == "medium" and chance(0.12))
            c, tags, source, prof, ev = make_linked(e, ex["contact"], e["canon"], None, profile, "existing", want)
            incoming.append({"set": "incoming", "entity": e["id"], "contact": c, "ent": e, "tags": tags,
                             "category": "match", "source": source, "profile": prof, "compare": ex,
                             "occurrence": k + 1})

    # ---------------- new customers ----------------------------------------
    new_kinds = []
    for k, n in NEW_PLAN:
        new_kinds.extend([k] * n)
    rng.shuffle(new_kinds)
    occs = []
    for occ, n in NEW_OCC:
        occs.extend([occ] * n)
    rng.shuffle(occs)
    for k, occ in zip(new_kinds, occs):
        office = pick_office()
        e = make_entity(k, office) if not (k == "aktiebolag" and chance(0.05)) else make_holding(office)
        ensure_reachable(e)
        e["id"] = new_hex_id(used_ids)
        e["canon"] = canonical(e)
        c1, t1, s1 = make_first_occurrence(e, e["canon"], occ > 1)
        first = {"set": "incoming", "entity": e["id"], "contact": c1, "ent": e, "tags": t1,
                 "category": "new", "source": s1, "occurrence": 1}
        incoming.append(first)
        for j in range(2, occ + 1):
            profile = wpick(PROFILES)
            want = (profile == "harsh" and chance(0.5)) or (profile == "medium" and chance(0.1))
            c, tags, source, prof, ev = make_linked(e, c1, e["canon"], t1, profile, "incoming", want)
            incoming.append({"set": "incoming", "entity": e["id"], "contact": c, "ent": e, "tags": tags,
                             "category": "new", "source": source, "profile": prof, "compare": first,
                             "occurrence": j})

    # ---------------- hard negatives ---------------------------------------
    used_anchor = set()
    for hn_type, n in HN_PLAN:
        fn = HN_FUNCS[hn_type]
        made = 0
        cands = list(range(len(existing)))
        rng.shuffle(cands)
        if hn_type == "father_son_farm":
            cands.sort(key=lambda i: 0 if (existing[i]["ent"].get("addr") or {}).get("rural") else 1)
        for i in cands:
            if made >= n:
                break
            ex = existing[i]
            a = ex["ent"]
            if a["id"] in used_anchor:
                continue
            res = fn(a)
            if res is None:
                continue
            he, stem = res
            ensure_reachable(he)
            he["id"] = new_hex_id(used_ids)
            he["canon"] = canonical(he)
            rec = None
            for attempt in range(8):
                src = pick_source(he)
                prof = "light" if attempt < 5 else "clean"
                c, tags = render(he, src, prof, life=False, keep=("email", "phone", "address"))
                sh = shared_between(c, ex["contact"], stem)
                if (set(sh) & HN_KEY[hn_type]) and (stem is None or "company_stem" in sh):
                    rec = {"set": "incoming", "entity": he["id"], "contact": c, "ent": he, "tags": tags,
                           "category": "hard_negative", "source": src, "anchor": ex, "hn_type": hn_type,
                           "stem": stem, "shared": sh, "occurrence": 1}
                    break
            if rec is None:
                continue
            used_anchor.add(a["id"])
            incoming.append(rec)
            made += 1
        if made < n:
            raise RuntimeError("not enough anchors for %s (%d/%d)" % (hn_type, made, n))

    # ---------------- name+city findability post-pass -----------------------
    for rnd in range(8):
        pool = {}
        for r in existing + incoming:
            k = rec_city(r["contact"])
            if k:
                pool.setdefault(k, []).append(r)
        fails = []
        for r in incoming:
            if r["category"] == "hard_negative" or "compare" not in r:
                continue
            ev = evidence_between(r["contact"], r["compare"]["contact"])
            r["evidence"] = ev
            if ev:
                continue
            if not name_city_ok(r, pool):
                fails.append(r)
        if not fails:
            break
        for r in fails:
            e = r["ent"]
            base = r["compare"]["contact"]
            c, tags, source, prof, ev = make_linked(e, base, e["canon"], r["compare"].get("tags"),
                                                    r["profile"], "existing" if r["category"] == "match" else "incoming",
                                                    False)
            r.update({"contact": c, "tags": tags, "source": source, "profile": prof, "evidence": ev})
    else:
        raise RuntimeError("name+city post-pass did not converge")

    # ---------------- order ------------------------------------------------
    rng.shuffle(incoming)
    by_ent = {}
    for pos, r in enumerate(incoming):
        if r["category"] == "new":
            by_ent.setdefault(r["entity"], []).append(pos)
    for ent_id, positions in by_ent.items():
        if len(positions) < 2:
            continue
        recs = sorted((incoming[p] for p in positions), key=lambda r: r["occurrence"])
        for p, r in zip(sorted(positions), recs):
            incoming[p] = r
    for i, r in enumerate(incoming):
        r["index"] = i
    return existing, incoming


def contact_out(c):
    a = c.get("address")
    return {"displayName": c["displayName"], "givenName": c.get("givenName"),
            "familyName": c.get("familyName"), "companyName": c.get("companyName"),
            "email": c.get("email"), "phone": c.get("phone"),
            "address": None if a is None else {k: a.get(k) for k in ADDR_SUBFIELDS}}


def meta_for(r):
    e = r["ent"]
    m = {"set": r["set"], "index": r["index"], "entity": r["entity"]}
    if r["set"] == "existing":
        m.update({"category": "existing", "kind": e["kind"], "party": e["party"], "changes": []})
        return m
    m.update({"category": r["category"], "kind": e["kind"], "party": e["party"]})
    cat = r["category"]
    if cat == "match":
        comp = r["compare"]
        m["changes"] = diff_changes(r["contact"], comp["contact"], r["tags"])
        m["source"] = r["source"]
        m.update({"profile": r["profile"], "evidence": r["evidence"],
                  "findable": "identifier" if r["evidence"] else "name+city",
                  "compare_set": "existing", "compare_index": comp["index"]})
    elif cat == "new":
        if r["occurrence"] == 1:
            m["changes"] = []
            m["source"] = r["source"]
            m["occurrence"] = 1
        else:
            comp = r["compare"]
            m["changes"] = diff_changes(r["contact"], comp["contact"], r["tags"], comp["tags"])
            m["source"] = r["source"]
            m.update({"occurrence": r["occurrence"], "profile": r["profile"], "evidence": r["evidence"],
                      "findable": "identifier" if r["evidence"] else "name+city",
                      "compare_set": "incoming", "compare_index": comp["index"]})
    else:
        a = r["anchor"]
        m["changes"] = []
        m["source"] = r["source"]
        m.update({"anchor": a["entity"], "anchor_index": a["index"], "hn_type": r["hn_type"],
                  "rule": HN_RULES[r["hn_type"]], "shared": r["shared"]})
        if r["stem"]:
            m["stem"] = r["stem"]
    return m


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args(argv)
    existing, incoming = build()
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "set.jsonl"), "w", encoding="utf-8", newline="\n") as fs, \
            open(os.path.join(args.out, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as fm:
        for r in existing + incoming:
            fs.write(json.dumps({"set": r["set"], "entity": r["entity"], "contact": contact_out(r["contact"])},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps(meta_for(r), ensure_ascii=False) + "\n")
    cats = {}
    for r in incoming:
        cats[r["category"]] = cats.get(r["category"], 0) + 1
    print("existing %d, incoming %d %s" % (len(existing), len(incoming),
                                          " ".join("%s=%d" % (k, cats[k]) for k in sorted(cats))))


if __name__ == "__main__":
    main()
