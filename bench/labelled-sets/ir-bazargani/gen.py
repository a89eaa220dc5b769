#!/usr/bin/env python3
"""gen.py - synthetic labelled record-linkage set "ir-bazargani".

A Tehran wholesaler of home appliances and spare parts (invented) keeps its
customer list in QuickBooks Online ("existing"); upstream systems (a Persian
order system, an English export desk, sales reps' Excel sheets in Finglish, a
point of sale and an old import that mangled Persian) send "incoming" records.

Python 3 standard library only.  One random.Random(SEED); no iteration over
sets; output is byte-identical for any PYTHONHASHSEED.

    python3 gen.py            -> set.jsonl, meta.jsonl next to this file
    python3 gen.py --out DIR  -> into DIR
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 14030917          # a Persian calendar date, nothing more
R = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_HARD = 150
N_MATCH = 825
N_NEW = N_INCOMING - N_MATCH - N_HARD     # 525 records
N_NEW_TRIPLE = 20                         # entities seen three times
N_NEW_DOUBLE = 75                         # entities seen twice

# ---------------------------------------------------------------------------
# small text helpers
# ---------------------------------------------------------------------------
FA_DIG = "۰۱۲۳۴۵۶۷۸۹"
AR_DIG = "٠١٢٣٤٥٦٧٨٩"
_TO_FA = str.maketrans("0123456789", FA_DIG)
_TO_AR = str.maketrans("0123456789", AR_DIG)
_TO_ASCII = str.maketrans(FA_DIG + AR_DIG, "0123456789" * 2)
ZWNJ = "\u200c"


def fa_digits(s):
    return s.translate(_TO_FA)


def ar_digits(s):
    return s.translate(_TO_AR)


def ascii_digits(s):
    return s.translate(_TO_ASCII)


def digits_as(s, mode):
    if mode == "fa":
        return fa_digits(s)
    if mode == "ar":
        return ar_digits(s)
    return s


def persian_letters(s):
    """canonical Persian yeh / keheh"""
    return s.replace("ي", "ی").replace("ك", "ک").replace("ى", "ی")


def arabic_letters(s):
    """what an Arabic keyboard layout produces"""
    return s.replace("ی", "ي").replace("ک", "ك")


def zwnj_mode(s, mode):
    if mode == "space":
        return s.replace(ZWNJ, " ")
    if mode == "none":
        return s.replace(ZWNJ, "")
    return s


def has_nonascii(s):
    return any(ord(c) > 127 for c in s)


def mojibake(s, codec):
    if not has_nonascii(s):
        return s
    return s.encode("utf-8").decode(codec, errors="replace")


def qmarks(s):
    return "".join(c if ord(c) < 128 else "?" for c in s)


def strip_accents(s):
    s = s.replace("ı", "i").replace("İ", "I").replace("ʿ", "").replace("ʾ", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    """pairs: list of (item, weight)"""
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def slug(s):
    s = strip_accents(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


# --- typing errors ----------------------------------------------------------
KB_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
KB_NEIGH = {}
for _r, _row in enumerate(KB_ROWS):
    for _i, _c in enumerate(_row):
        _n = []
        if _i > 0:
            _n.append(_row[_i - 1])
        if _i < len(_row) - 1:
            _n.append(_row[_i + 1])
        KB_NEIGH[_c] = "".join(_n)


def _case_like(src, c):
    return c.upper() if src.isupper() else c


def typo_latin(s):
    idx = [i for i, c in enumerate(s) if c.isalpha() and i > 0]
    if not idx:
        return s
    for _ in range(20):
        i = pick(idx)
        op = pick(["del", "dup", "swap", "sub", "sub", "vowel"])
        c = s[i]
        if op == "del":
            t = s[:i] + s[i + 1:]
        elif op == "dup":
            t = s[:i] + c + s[i:]
        elif op == "swap":
            if i + 1 >= len(s) or not s[i + 1].isalpha():
                continue
            t = s[:i] + s[i + 1] + c + s[i + 2:]
        elif op == "sub":
            nb = KB_NEIGH.get(c.lower())
            if not nb:
                continue
            t = s[:i] + _case_like(c, pick(nb)) + s[i + 1:]
        else:
            vw = {"a": "e", "e": "a", "i": "e", "o": "u", "u": "o"}
            if c.lower() not in vw:
                continue
            t = s[:i] + _case_like(c, vw[c.lower()]) + s[i + 1:]
        if t != s and t.strip():
            return t
    return s


FA_CONFUSE = [("ز", "ذ"), ("ز", "ض"), ("ز", "ظ"), ("س", "ص"), ("س", "ث"),
              ("ت", "ط"), ("ه", "ح"), ("ق", "غ"), ("آ", "ا"), ("پ", "ب"),
              ("چ", "ج"), ("گ", "ک"), ("ژ", "ز"), ("ی", "ئ"), ("و", "")]


def typo_fa(s):
    for _ in range(30):
        op = pick(["conf", "conf", "conf", "del", "swap", "dup"])
        if op == "conf":
            a, b = pick(FA_CONFUSE)
            if chance(0.5) and b:
                a, b = b, a
            pos = [i for i, c in enumerate(s) if c == a]
            if not pos:
                continue
            i = pick(pos)
            t = s[:i] + b + s[i + 1:]
        else:
            idx = [i for i, c in enumerate(s) if "\u0620" <= c <= "\u06ff" and i > 0]
            if not idx:
                continue
            i = pick(idx)
            if op == "del":
                t = s[:i] + s[i + 1:]
            elif op == "dup":
                t = s[:i] + s[i] + s[i:]
            else:
                if i + 1 >= len(s) or not ("\u0620" <= s[i + 1] <= "\u06ff"):
                    continue
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if t != s and t.strip() and "  " not in t:
            return t
    return s


def typo_any(s):
    if any("\u0600" <= c <= "\u06ff" for c in s):
        return typo_fa(s)
    return typo_latin(s)


# --- Finglish: the same Persian name typed "any way" -------------------------
FINGLISH_RULES = [
    (r"ou", ["oo", "u"]), (r"oo", ["ou", "u"]), (r"ei", ["ey", "ee"]),
    (r"ey", ["ei"]), (r"ee", ["i"]), (r"kh", ["x", "kh"]), (r"gh", ["q"]),
    (r"q", ["gh"]), (r"ss", ["s"]), (r"mm", ["m"]), (r"ff", ["f"]),
    (r"eh\b", ["e"]), (r"zadeh", ["zade", "zaade"]),
    (r"-", [" ", ""]), (r"ie", ["ye", "iye"]), (r"aei\b", ["aee", "aie", "ai"]),
    (r"v", ["w"]), (r"\bMoh", ["Muh", "Mo"]), (r"ph", ["f"]), (r"j", ["dj"]),
]


def finglish(s):
    rules = FINGLISH_RULES[:]
    R.shuffle(rules)
    out = s
    n = 0
    for pat, reps in rules:
        m = re.search(pat, out, flags=re.I)
        if not m:
            continue
        rep = pick(reps)
        seg = m.group(0)
        if seg[:1].isupper() and rep:
            rep = rep[0].upper() + rep[1:]
        cand = out[:m.start()] + rep + out[m.end():]
        if cand.strip() and cand != out:
            out = re.sub(r"\s+", " ", cand).strip()
            n += 1
        if n >= (1 if chance(0.6) else 2):
            break
    return out


def titlecase_words(s):
    return " ".join(w[:1].upper() + w[1:].lower() if w else w for w in s.split(" "))


def apply_case(s, mode):
    if s is None or mode in (None, "asis"):
        return s
    if mode == "upper":
        return s.upper()
    if mode == "lower":
        return s.lower()
    if mode == "title":
        return titlecase_words(s)
    return s


# ---------------------------------------------------------------------------
# people: given names, family names, titles
# ---------------------------------------------------------------------------
# key: (Persian script, Latin spellings (most usual first), gender, weight,
#       short form (Persian, [Latin]) or None)
GIVEN = {
    "mohammad": ("محمد", ["Mohammad", "Mohamad", "Muhammad", "Mohammed", "Mohamed"], "m", 9, ("ممد", ["Mamad", "Mammad"])),
    "ali": ("علی", ["Ali", "Aly"], "m", 8, None),
    "hossein": ("حسین", ["Hossein", "Hosein", "Hussein", "Hosain", "Hoseyn"], "m", 7, None),
    "reza": ("رضا", ["Reza"], "m", 5, None),
    "mohammadreza": ("محمدرضا", ["Mohammadreza", "Mohammad Reza", "Mohamadreza", "Mohammad-Reza"], "m", 6, ("رضا", ["Reza"])),
    "mohammadali": ("محمدعلی", ["Mohammadali", "Mohammad Ali", "Mohamad Ali"], "m", 3, ("علی", ["Ali"])),
    "mohammadhossein": ("محمدحسین", ["Mohammadhossein", "Mohammad Hossein", "Mohamad Hosein"], "m", 3, ("حسین", ["Hossein"])),
    "alireza": ("علیرضا", ["Alireza", "Ali Reza", "Ali-Reza"], "m", 4, None),
    "mahdi": ("مهدی", ["Mahdi", "Mehdi", "Mahdy"], "m", 6, None),
    "amir": ("امیر", ["Amir"], "m", 4, None),
    "amirhossein": ("امیرحسین", ["Amirhossein", "Amir Hossein", "Amirhosein"], "m", 3, ("امیر", ["Amir"])),
    "hassan": ("حسن", ["Hassan", "Hasan"], "m", 5, None),
    "abbas": ("عباس", ["Abbas", "Abas"], "m", 3, None),
    "javad": ("جواد", ["Javad", "Jawad"], "m", 4, None),
    "saeed": ("سعید", ["Saeed", "Saeid", "Said", "Saied"], "m", 4, None),
    "majid": ("مجید", ["Majid", "Madjid"], "m", 4, None),
    "hamid": ("حمید", ["Hamid"], "m", 4, None),
    "ahmad": ("احمد", ["Ahmad", "Ahmed"], "m", 4, None),
    "mostafa": ("مصطفی", ["Mostafa", "Mustafa", "Mostapha"], "m", 3, None),
    "morteza": ("مرتضی", ["Morteza", "Mortaza"], "m", 3, None),
    "mojtaba": ("مجتبی", ["Mojtaba", "Mujtaba"], "m", 2, None),
    "abolfazl": ("ابوالفضل", ["Abolfazl", "Abolfazel", "Abol-Fazl", "Abulfazl"], "m", 3, None),
    "ebrahim": ("ابراهیم", ["Ebrahim", "Ibrahim"], "m", 2, None),
    "esmaeil": ("اسماعیل", ["Esmaeil", "Esmail", "Ismail", "Esma'il"], "m", 2, None),
    "yousef": ("یوسف", ["Yousef", "Yusuf", "Yosef", "Yousof"], "m", 2, None),
    "kazem": ("کاظم", ["Kazem", "Kazim"], "m", 2, None),
    "jafar": ("جعفر", ["Jafar", "Ja'far", "Jaafar"], "m", 2, None),
    "gholamreza": ("غلامرضا", ["Gholamreza", "Gholam Reza", "Qolamreza", "Gholam-Reza"], "m", 2, ("رضا", ["Reza"])),
    "naser": ("ناصر", ["Naser", "Nasser"], "m", 2, None),
    "behrouz": ("بهروز", ["Behrouz", "Behruz", "Behrooz"], "m", 1, None),
    "farhad": ("فرهاد", ["Farhad"], "m", 2, None),
    "davoud": ("داوود", ["Davoud", "Davood", "Dawood", "Davud"], "m", 2, None),
    "masoud": ("مسعود", ["Masoud", "Masood", "Masud"], "m", 2, None),
    "vahid": ("وحید", ["Vahid", "Wahid"], "m", 2, None),
    "ehsan": ("احسان", ["Ehsan"], "m", 2, None),
    "milad": ("میلاد", ["Milad"], "m", 2, None),
    "pouya": ("پویا", ["Pouya", "Puya", "Pooya"], "m", 1, None),
    "arash": ("آرش", ["Arash"], "m", 1, None),
    "kourosh": ("کوروش", ["Kourosh", "Koorosh", "Kurosh"], "m", 1, None),
    "bahram": ("بهرام", ["Bahram"], "m", 1, None),
    "rasoul": ("رسول", ["Rasoul", "Rasool", "Rasul"], "m", 2, None),
    "karim": ("کریم", ["Karim"], "m", 1, None),
    "hadi": ("هادی", ["Hadi"], "m", 2, None),
    "mehran": ("مهران", ["Mehran"], "m", 1, None),
    "siavash": ("سیاوش", ["Siavash", "Siavosh", "Siyavash"], "m", 1, None),
    "mahmoud": ("محمود", ["Mahmoud", "Mahmood", "Mahmud"], "m", 2, None),
    "asghar": ("اصغر", ["Asghar"], "m", 1, None),
    "akbar": ("اکبر", ["Akbar"], "m", 1, None),
    "zahra": ("زهرا", ["Zahra", "Zahrah", "Zehra"], "f", 7, None),
    "fatemeh": ("فاطمه", ["Fatemeh", "Fatima", "Fatemah", "Fateme", "Fatimah"], "f", 7, ("فاطی", ["Fati"])),
    "maryam": ("مریم", ["Maryam", "Mariam"], "f", 6, None),
    "masoumeh": ("معصومه", ["Masoumeh", "Masoume", "Masumeh", "Masoomeh"], "f", 3, None),
    "narges": ("نرگس", ["Narges", "Nargess"], "f", 3, None),
    "somayeh": ("سمیه", ["Somayeh", "Somaye", "Sumayyah", "Somayyeh"], "f", 3, None),
    "leila": ("لیلا", ["Leila", "Leyla", "Laila"], "f", 3, None),
    "mahsa": ("مهسا", ["Mahsa"], "f", 2, None),
    "sara": ("سارا", ["Sara", "Sarah"], "f", 2, None),
    "elham": ("الهام", ["Elham"], "f", 2, None),
    "neda": ("ندا", ["Neda"], "f", 2, None),
    "parisa": ("پریسا", ["Parisa"], "f", 2, None),
    "shirin": ("شیرین", ["Shirin", "Shireen"], "f", 1, None),
    "azam": ("اعظم", ["Azam", "A'zam"], "f", 2, None),
    "roya": ("رویا", ["Roya", "Roia"], "f", 1, None),
    "zeynab": ("زینب", ["Zeinab", "Zeynab", "Zainab"], "f", 3, None),
    "mina": ("مینا", ["Mina"], "f", 1, None),
    "nasrin": ("نسرین", ["Nasrin", "Nasreen"], "f", 2, None),
    "farzaneh": ("فرزانه", ["Farzaneh", "Farzane", "Farzana"], "f", 2, None),
    "mahboubeh": ("محبوبه", ["Mahboubeh", "Mahboobeh", "Mahbubeh"], "f", 2, None),
    "tahereh": ("طاهره", ["Tahereh", "Tahere", "Tahira"], "f", 1, None),
    "soheila": ("سهیلا", ["Soheila", "Soheyla", "Suhaila"], "f", 1, None),
    "atefeh": ("عاطفه", ["Atefeh", "Atefe"], "f", 1, None),
    "nazanin": ("نازنین", ["Nazanin"], "f", 1, None),
    "fereshteh": ("فرشته", ["Fereshteh", "Fereshte"], "f", 1, None),
    "zohreh": ("زهره", ["Zohreh", "Zohre", "Zohra"], "f", 2, None),
    "marzieh": ("مرضیه", ["Marzieh", "Marziyeh", "Marzie"], "f", 2, None),
    "fatemehzahra": ("فاطمه‌زهرا", ["Fatemeh Zahra", "Fatemehzahra", "Fatemeh-Zahra"], "f", 1, ("زهرا", ["Zahra"])),
}
GIVEN_KEYS = list(GIVEN.keys())

# key: (Persian script, Latin spellings, often carried by a Seyed family, weight)
FAMILY = {
    "hosseini": ("حسینی", ["Hosseini", "Hoseini", "Husseini", "Hosseyni"], True, 8),
    "ahmadi": ("احمدی", ["Ahmadi", "Ahmady"], False, 7),
    "mohammadi": ("محمدی", ["Mohammadi", "Mohamadi", "Mohammady"], False, 7),
    "rezaei": ("رضایی", ["Rezaei", "Rezaee", "Rezaie", "Rezai", "Rezayi"], False, 6),
    "karimi": ("کریمی", ["Karimi", "Karimy"], False, 5),
    "moradi": ("مرادی", ["Moradi", "Muradi"], False, 4),
    "jafari": ("جعفری", ["Jafari", "Jaafari", "Ja'fari"], False, 4),
    "rahimi": ("رحیمی", ["Rahimi"], False, 3),
    "ebrahimi": ("ابراهیمی", ["Ebrahimi", "Ibrahimi"], False, 3),
    "hashemi": ("هاشمی", ["Hashemi", "Hachemi"], True, 3),
    "mousavi": ("موسوی", ["Mousavi", "Musavi", "Moosavi", "Mussavi"], True, 5),
    "sadeghi": ("صادقی", ["Sadeghi", "Sadeqi", "Sadeghy"], False, 3),
    "kazemi": ("کاظمی", ["Kazemi", "Kazemy"], False, 3),
    "ghasemi": ("قاسمی", ["Ghasemi", "Qasemi", "Ghassemi"], False, 3),
    "heidari": ("حیدری", ["Heidari", "Heydari", "Haidari"], False, 3),
    "najafi": ("نجفی", ["Najafi"], False, 2),
    "salehi": ("صالحی", ["Salehi"], False, 2),
    "rostami": ("رستمی", ["Rostami", "Rustami"], False, 2),
    "tehrani": ("تهرانی", ["Tehrani"], False, 2),
    "esfahani": ("اصفهانی", ["Esfahani", "Isfahani"], False, 2),
    "shirazi": ("شیرازی", ["Shirazi"], False, 2),
    "tabrizi": ("تبریزی", ["Tabrizi"], False, 2),
    "hosseininejad": ("حسینی‌نژاد", ["Hosseini-Nejad", "Hosseininejad", "Hosseini Nejad", "Hoseini Nezhad", "Hosseini-Nezhad"], False, 2),
    "ahmadimoghaddam": ("احمدی مقدم", ["Ahmadi Moghaddam", "Ahmadi-Moghadam", "Ahmadimoghaddam", "Ahmadi Moqadam"], False, 2),
    "kazemzadeh": ("کاظم‌زاده", ["Kazemzadeh", "Kazem-Zadeh", "Kazem Zadeh", "Kazemzade"], False, 2),
    "alipour": ("علی‌پور", ["Alipour", "Alipoor", "Ali-Pour", "Ali Pour"], False, 2),
    "rahimpour": ("رحیم‌پور", ["Rahimpour", "Rahimpoor", "Rahim-Pour"], False, 1),
    "hosseinzadeh": ("حسین‌زاده", ["Hosseinzadeh", "Hoseinzadeh", "Hossein-Zadeh", "Hosseinzade"], False, 2),
    "mohammadpour": ("محمدپور", ["Mohammadpour", "Mohamadpour", "Mohammad-Pour"], False, 1),
    "ghorbani": ("قربانی", ["Ghorbani", "Qorbani", "Ghorbany"], False, 2),
    "azizi": ("عزیزی", ["Azizi"], False, 2),
    "nikfar": ("نیک‌فر", ["Nikfar", "Nik-Far", "Nik Far"], False, 1),
    "abbasnia": ("عباس‌نیا", ["Abbasnia", "Abbas-Nia", "Abasnia"], False, 1),
    "rahmani": ("رحمانی", ["Rahmani"], False, 2),
    "jalali": ("جلالی", ["Jalali"], False, 2),
    "soleimani": ("سلیمانی", ["Soleimani", "Soleymani", "Solaimani"], False, 2),
    "bagheri": ("باقری", ["Bagheri", "Baqeri"], False, 3),
    "amini": ("امینی", ["Amini"], False, 2),
    "zamani": ("زمانی", ["Zamani"], False, 2),
    "yazdani": ("یزدانی", ["Yazdani"], False, 2),
    "akbari": ("اکبری", ["Akbari"], False, 2),
    "asadi": ("اسدی", ["Asadi"], False, 2),
    "nouri": ("نوری", ["Nouri", "Noori", "Nuri"], False, 2),
    "farahani": ("فراهانی", ["Farahani"], False, 1),
    "kermani": ("کرمانی", ["Kermani"], False, 1),
    "mirzaei": ("میرزایی", ["Mirzaei", "Mirzaee", "Mirzaie"], False, 2),
    "mahdavi": ("مهدوی", ["Mahdavi", "Mahdawi"], True, 1),
    "tavakoli": ("توکلی", ["Tavakoli", "Tavakkoli"], False, 2),
    "khosravi": ("خسروی", ["Khosravi", "Khosrawi"], False, 2),
    "safari": ("صفری", ["Safari"], False, 2),
    "dehghan": ("دهقان", ["Dehghan", "Dehqan"], False, 2),
    "taheri": ("طاهری", ["Taheri"], False, 2),
    "ansari": ("انصاری", ["Ansari"], False, 1),
    "bahrami": ("بهرامی", ["Bahrami"], False, 2),
    "mokhtari": ("مختاری", ["Mokhtari"], False, 1),
    "ghaffari": ("غفاری", ["Ghaffari", "Ghafari", "Qaffari"], False, 1),
    "sharifi": ("شریفی", ["Sharifi"], False, 2),
    "kamali": ("کمالی", ["Kamali"], False, 1),
    "zarei": ("زارعی", ["Zarei", "Zareie", "Zare'i"], False, 2),
    "hajizadeh": ("حاجی‌زاده", ["Hajizadeh", "Haji-Zadeh", "Hajizade"], False, 1),
    "abdollahi": ("عبداللهی", ["Abdollahi", "Abdolahi", "Abdullahi"], False, 1),
    "ranjbar": ("رنجبر", ["Ranjbar"], False, 1),
    "eslami": ("اسلامی", ["Eslami", "Islami"], False, 1),
    "fallah": ("فلاح", ["Fallah", "Falah"], False, 1),
    "mansouri": ("منصوری", ["Mansouri", "Mansoori"], False, 2),
    "tabatabaei": ("طباطبایی", ["Tabatabaei", "Tabatabai", "Tabatabaee"], True, 1),
    "mirhosseini": ("میرحسینی", ["Mirhosseini", "Mir-Hosseini", "Mir Hosseini"], True, 1),
    "shahbazi": ("شهبازی", ["Shahbazi"], False, 1),
    "golestani": ("گلستانی", ["Golestani"], False, 1),
    "zarrinfar": ("زرین‌فر", ["Zarrinfar", "Zarinfar", "Zarrin-Far"], False, 1),
    "paknia": ("پاک‌نیا", ["Paknia", "Pakniya", "Pak-Nia"], False, 1),
    "ghanbari": ("قنبری", ["Ghanbari", "Qanbari"], False, 1),
    "valizadeh": ("ولی‌زاده", ["Valizadeh", "Valizade", "Vali-Zadeh"], False, 1),
    "nazari": ("نظری", ["Nazari"], False, 2),
    "kiani": ("کیانی", ["Kiani", "Kiyani"], False, 1),
    "sohrabi": ("سهرابی", ["Sohrabi"], False, 1),
    "darvishi": ("درویشی", ["Darvishi", "Darwishi"], False, 1),
    "yousefi": ("یوسفی", ["Yousefi", "Yusefi", "Yosefi"], False, 2),
    "hamidi": ("حمیدی", ["Hamidi"], False, 1),
    "shokri": ("شکری", ["Shokri"], False, 1),
}
FAMILY_KEYS = list(FAMILY.keys())

# Istanbul and Herat customers who are not Iranian
TURK_GIVEN = {
    "mehmet": ("مهمت", ["Mehmet"], "m", 3, None),
    "ahmet": ("احمت", ["Ahmet"], "m", 2, None),
    "huseyin": ("حسین", ["Hüseyin", "Huseyin"], "m", 2, None),
    "mustafa_tr": ("مصطفی", ["Mustafa"], "m", 2, None),
    "ayse": ("عایشه", ["Ayşe", "Ayse"], "f", 2, None),
    "fatma": ("فاطما", ["Fatma"], "f", 1, None),
    "omer": ("عمر", ["Ömer", "Omer"], "m", 1, None),
}
TURK_FAMILY = {
    "yilmaz": ("ییلماز", ["Yılmaz", "Yilmaz"], False, 3),
    "kaya": ("کایا", ["Kaya"], False, 2),
    "demir": ("دمیر", ["Demir"], False, 2),
    "sahin": ("شاهین", ["Şahin", "Sahin"], False, 2),
    "celik": ("چلیک", ["Çelik", "Celik"], False, 2),
    "ozturk": ("اوزتورک", ["Öztürk", "Ozturk"], False, 2),
    "aydin": ("آیدین", ["Aydın", "Aydin"], False, 1),
    "dogan": ("دوغان", ["Doğan", "Dogan"], False, 1),
}
AF_GIVEN = {
    "ahmadshah": ("احمدشاه", ["Ahmad Shah", "Ahmadshah"], "m", 2, None),
    "gulahmad": ("گل‌احمد", ["Gul Ahmad", "Gulahmad"], "m", 2, None),
    "abdulrahim": ("عبدالرحیم", ["Abdul Rahim", "Abdulrahim", "Abdurrahim"], "m", 2, None),
    "najibullah": ("نجیب‌الله", ["Najibullah", "Najib Ullah", "Najibollah"], "m", 2, None),
    "zabiullah": ("ذبیح‌الله", ["Zabiullah", "Zabihullah", "Zabihollah"], "m", 1, None),
    "hamidullah": ("حمیدالله", ["Hamidullah", "Hamidollah"], "m", 1, None),
    "abdulghafoor": ("عبدالغفور", ["Abdul Ghafoor", "Abdulghafur"], "m", 1, None),
}
AF_FAMILY = {
    "sultani": ("سلطانی", ["Sultani", "Soltani"], False, 2),
    "herawi": ("هروی", ["Herawi", "Heravi"], False, 2),
    "popal": ("پوپل", ["Popal"], False, 1),
    "noorzai": ("نورزی", ["Noorzai", "Nurzai"], False, 1),
    "ahmadzai": ("احمدزی", ["Ahmadzai"], False, 1),
    "hakimi": ("حکیمی", ["Hakimi"], False, 1),
    "amiri": ("امیری", ["Amiri"], False, 1),
    "sadat": ("سادات", ["Sadat"], True, 1),
}
ALL_GIVEN = {}
for _d in (GIVEN, TURK_GIVEN, AF_GIVEN):
    ALL_GIVEN.update(_d)
ALL_FAMILY = {}
for _d in (FAMILY, TURK_FAMILY, AF_FAMILY):
    ALL_FAMILY.update(_d)

# inherent titles: (Persian, Latin forms)
TITLES = {
    "haj": ("حاج", ["Haj", "Haji", "Hajj", "Hadj"]),
    "hajieh": ("حاجیه خانم", ["Hajieh Khanom", "Hajiyeh", "Hajieh"]),
    "seyed": ("سید", ["Seyed", "Sayyed", "Seyyed", "Sayed", "S."]),
    "seyedeh": ("سیده", ["Seyedeh", "Sayyedeh", "Seyyedeh"]),
    "mashhadi": ("مشهدی", ["Mashhadi", "Mashti"]),
    "dr": ("دکتر", ["Dr.", "Dr", "Doctor"]),
    "mohandes": ("مهندس", ["Eng.", "Mohandes", "Engr."]),
}
COURTESY = {"m": ("آقای", ["Mr.", "Mr", "Agha", "Aghaye"]),
            "f": ("خانم", ["Mrs.", "Ms.", "Khanom", "Khanoom"])}
# scholarly transliterations some export clerks use
SCHOLARLY = {"Zahra": "Zahrā", "Fatemeh": "Fāṭemeh", "Reza": "Reżā", "Ali": "ʿAli",
             "Hossein": "Ḥossein", "Hosseini": "Ḥosseini", "Rezaei": "Rezāʾi",
             "Mousavi": "Mūsavi", "Jafari": "Jaʿfari", "Abbas": "ʿAbbās",
             "Mahmoud": "Maḥmūd", "Masoumeh": "Maʿṣūmeh", "Tabatabaei": "Ṭabāṭabāʾi",
             "Kazemi": "Kāẓemi", "Sadeghi": "Ṣādeqi", "Taheri": "Ṭāheri"}


# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------
# key: (Persian, Latin spellings, province Persian, province Latin spellings,
#       area code, postcode prefix, regional mobile prefixes, weight)
CITIES = {
    "tehran": ("تهران", ["Tehran", "Teheran", "Tehrān"], "تهران", ["Tehran", "Tehran Province"], "21", "1", ["912", "912", "935", "919", "910"], 36),
    "isfahan": ("اصفهان", ["Isfahan", "Esfahan", "Ispahan"], "اصفهان", ["Isfahan", "Esfahan"], "31", "81", ["913", "913", "936"], 8),
    "mashhad": ("مشهد", ["Mashhad", "Meshed", "Mashad"], "خراسان رضوی", ["Razavi Khorasan", "Khorasan Razavi", "Khorasan-e Razavi"], "51", "91", ["915", "915", "937"], 8),
    "tabriz": ("تبریز", ["Tabriz", "Tebriz"], "آذربایجان شرقی", ["East Azerbaijan", "Azarbaijan-e Sharghi", "East Azarbaijan"], "41", "51", ["914", "914", "938"], 6),
    "shiraz": ("شیراز", ["Shiraz"], "فارس", ["Fars"], "71", "71", ["917", "917", "936"], 6),
    "karaj": ("کرج", ["Karaj", "Karadj"], "البرز", ["Alborz"], "26", "31", ["912", "935", "919"], 5),
    "ahvaz": ("اهواز", ["Ahvaz", "Ahwaz"], "خوزستان", ["Khuzestan", "Khouzestan"], "61", "61", ["916", "916", "939"], 3),
    "qom": ("قم", ["Qom", "Ghom", "Qum"], "قم", ["Qom", "Ghom"], "25", "37", ["912", "935"], 3),
    "kerman": ("کرمان", ["Kerman"], "کرمان", ["Kerman"], "34", "76", ["913", "938"], 2),
    "rasht": ("رشت", ["Rasht"], "گیلان", ["Gilan", "Guilan"], "13", "41", ["911", "911", "939"], 3),
    "yazd": ("یزد", ["Yazd", "Yezd"], "یزد", ["Yazd"], "35", "89", ["913", "936"], 2),
    "hamedan": ("همدان", ["Hamedan", "Hamadan"], "همدان", ["Hamedan", "Hamadan"], "81", "65", ["918", "918"], 2),
    "kermanshah": ("کرمانشاه", ["Kermanshah", "Kermanshahan"], "کرمانشاه", ["Kermanshah"], "83", "67", ["918", "937"], 2),
    "urmia": ("ارومیه", ["Urmia", "Orumiyeh", "Oroumieh", "Urumiyeh"], "آذربایجان غربی", ["West Azerbaijan", "Azarbaijan-e Gharbi"], "44", "57", ["914", "939"], 2),
    "sari": ("ساری", ["Sari"], "مازندران", ["Mazandaran", "Mazanderan"], "11", "48", ["911", "936"], 2),
    "bandarabbas": ("بندرعباس", ["Bandar Abbas", "Bandar-e Abbas", "Bandarabbas"], "هرمزگان", ["Hormozgan"], "76", "79", ["917", "938"], 2),
    "arak": ("اراک", ["Arak"], "مرکزی", ["Markazi"], "86", "38", ["918", "935"], 2),
    "qazvin": ("قزوین", ["Qazvin", "Ghazvin", "Kazvin"], "قزوین", ["Qazvin"], "28", "34", ["912", "919"], 2),
    "zanjan": ("زنجان", ["Zanjan"], "زنجان", ["Zanjan"], "24", "45", ["912", "936"], 1),
    "gorgan": ("گرگان", ["Gorgan"], "گلستان", ["Golestan"], "17", "49", ["911", "937"], 1),
    "ardabil": ("اردبیل", ["Ardabil", "Ardebil"], "اردبیل", ["Ardabil"], "45", "56", ["914", "939"], 1),
    "zahedan": ("زاهدان", ["Zahedan"], "سیستان و بلوچستان", ["Sistan and Baluchestan", "Sistan-Baluchestan"], "54", "98", ["915", "938"], 1),
    "kashan": ("کاشان", ["Kashan"], "اصفهان", ["Isfahan", "Esfahan"], "31", "87", ["913", "936"], 1),
    "bushehr": ("بوشهر", ["Bushehr", "Bouchehr"], "بوشهر", ["Bushehr"], "77", "75", ["917", "939"], 1),
    "eslamshahr": ("اسلامشهر", ["Eslamshahr", "Islamshahr"], "تهران", ["Tehran"], "21", "33", ["912", "935"], 1),
}
IR_CITY_KEYS = list(CITIES.keys())
NATIONAL_MOBILE = ["910", "919", "990", "991", "935", "936", "937", "938", "939", "901", "902", "903", "930", "933", "921"]

# streets: key -> (type, Persian, Latin spellings, [(old Persian, [old Latin])])
STREETS = {
    "valiasr": ("kh", "ولیعصر", ["Valiasr", "Vali-e Asr", "Vali Asr", "Valiyasr"], [("پهلوی", ["Pahlavi"]), ("مصدق", ["Mosaddegh"])]),
    "enghelab": ("kh", "انقلاب", ["Enghelab", "Enqelab", "Enghelab-e Eslami"], [("شاهرضا", ["Shah Reza"])]),
    "azadi": ("kh", "آزادی", ["Azadi"], [("آیزنهاور", ["Eisenhower"])]),
    "shariati": ("kh", "شریعتی", ["Shariati", "Dr. Shariati"], [("جاده قدیم شمیران", ["Old Shemiran Road"])]),
    "motahari": ("kh", "شهید مطهری", ["Motahari", "Shahid Motahari", "Motahhari"], [("تخت طاووس", ["Takht-e Tavous"])]),
    "taleghani": ("kh", "طالقانی", ["Taleghani", "Taleqani"], [("تخت جمشید", ["Takht-e Jamshid"])]),
    "jomhouri": ("kh", "جمهوری اسلامی", ["Jomhouri", "Jomhuri", "Jomhouri-e Eslami"], [("شاه", ["Shah"])]),
    "keshavarz": ("blvd", "کشاورز", ["Keshavarz"], [("الیزابت", ["Elizabeth"])]),
    "beheshti": ("kh", "شهید بهشتی", ["Beheshti", "Shahid Beheshti"], [("عباس‌آباد", ["Abbasabad"])]),
    "mirdamad": ("blvd", "میرداماد", ["Mirdamad"], []),
    "africa": ("blvd", "آفریقا", ["Africa", "Nelson Mandela"], [("جردن", ["Jordan"])]),
    "naserkhosrow": ("kh", "ناصرخسرو", ["Naser Khosrow", "Nasser Khosro", "Naserkhosro"], []),
    "lalehzar": ("kh", "لاله‌زار", ["Lalehzar", "Laleh Zar", "Lalezar"], []),
    "aminhozour": ("kh", "امین حضور", ["Amin Hozour", "Amin Hozur", "Aminhozoor"], []),
    "pamenar": ("kh", "پامنار", ["Pamenar"], []),
    "sattarkhan": ("kh", "ستارخان", ["Sattarkhan", "Sattar Khan"], []),
    "piroozi": ("kh", "پیروزی", ["Piroozi", "Pirouzi"], []),
    "damavand": ("kh", "دماوند", ["Damavand"], []),
    "khavaran": ("kh", "خاوران", ["Khavaran"], []),
    "shoush": ("kh", "شوش", ["Shoush", "Shush"], []),
    "pasdaran": ("kh", "پاسداران", ["Pasdaran"], [("سلطنت‌آباد", ["Saltanatabad"])]),
    "karegar": ("kh", "کارگر", ["Karegar", "Kargar"], [("امیرآباد", ["Amirabad"])]),
    "navab": ("kh", "نواب", ["Navab", "Nawab"], []),
    "imamkhomeini": ("kh", "امام خمینی", ["Imam Khomeini", "Emam Khomeini"], [("سپه", ["Sepah"])]),
    "ferdowsi": ("kh", "فردوسی", ["Ferdowsi", "Ferdosi"], []),
    "hafez": ("kh", "حافظ", ["Hafez", "Hafiz"], []),
    "hefdahshahrivar": ("kh", "هفده شهریور", ["17 Shahrivar", "Hefdah Shahrivar"], [("ژاله", ["Jaleh"])]),
    "modarres": ("blvd", "مدرس", ["Modarres", "Modares"], []),
    "chamran": ("blvd", "شهید چمران", ["Chamran", "Shahid Chamran"], []),
    "kashani": ("kh", "آیت‌الله کاشانی", ["Kashani", "Ayatollah Kashani"], []),
    "chaharbagh": ("kh", "چهارباغ عباسی", ["Chaharbagh Abbasi", "Chahar Bagh", "Chaharbagh"], []),
    "nazar": ("kh", "نظر", ["Nazar"], []),
    "ahmadabad": ("kh", "احمدآباد", ["Ahmadabad"], []),
    "koohsangi": ("kh", "کوهسنگی", ["Koohsangi", "Kuhsangi"], []),
    "zand": ("kh", "کریمخان زند", ["Karimkhan Zand", "Zand", "Karim Khan-e Zand"], []),
    "mollasadra": ("kh", "ملاصدرا", ["Molla Sadra", "Mulla Sadra"], []),
    "abresan": ("kh", "آبرسان", ["Abresan"], []),
    "gohardasht": ("blvd", "گوهردشت", ["Gohardasht"], []),
}
TEHRAN_STREETS = ["valiasr", "enghelab", "azadi", "shariati", "motahari", "taleghani", "jomhouri",
                  "keshavarz", "beheshti", "mirdamad", "africa", "sattarkhan", "piroozi", "damavand",
                  "khavaran", "shoush", "pasdaran", "karegar", "navab", "imamkhomeini", "hafez",
                  "ferdowsi", "lalehzar", "aminhozour", "naserkhosrow"]
GENERIC_STREETS = ["imamkhomeini", "enghelab", "azadi", "beheshti", "motahari", "ferdowsi", "hafez",
                   "taleghani", "shariati", "valiasr", "jomhouri", "hefdahshahrivar", "modarres",
                   "chamran", "kashani"]
CITY_STREETS = {"isfahan": ["chaharbagh", "nazar"], "mashhad": ["ahmadabad", "koohsangi"],
                "shiraz": ["zand", "mollasadra"], "tabriz": ["abresan"], "karaj": ["gohardasht"]}
STREET_WORD = {"kh": ("خیابان", ["St.", "Street", "Ave."], ["Kh.", "Khiaban", "Khiabane"]),
               "blvd": ("بلوار", ["Blvd.", "Boulevard", "Blvd"], ["Bolvar", "Blv."])}

ALLEY_NAMES = [("گلستان", "Golestan"), ("یاس", "Yas"), ("لاله", "Laleh"), ("نسترن", "Nastaran"),
               ("شهید احمدی", "Shahid Ahmadi"), ("بهار", "Bahar"), ("سرو", "Sarv"), ("نرگس", "Narges"),
               ("مهر", "Mehr"), ("آزادگان", "Azadegan"), ("شقایق", "Shaghayegh"), ("اقاقیا", "Aghaghia"),
               ("شهید رجایی", "Shahid Rajaei"), ("صنوبر", "Sanobar"), ("ارغوان", "Arghavan"),
               ("بوستان", "Boostan"), ("میخک", "Mikhak"), ("فرهنگ", "Farhang")]

# bazaar places: key -> (city, kind, Persian name, Latin spellings, street key or None)
BAZAAR_PLACES = {
    "malek": ("tehran", "saray", "ملک", ["Malek"], None),
    "amir": ("tehran", "saray", "امیر", ["Amir"], None),
    "golbandak": ("tehran", "saray", "گلبندک", ["Golbandak"], None),
    "hajeb": ("tehran", "timcheh", "حاجب", ["Hajeb"], None),
    "kazemi_t": ("tehran", "timcheh", "کاظمی", ["Kazemi"], None),
    "parsian": ("tehran", "passage", "پارسیان", ["Parsian"], "aminhozour"),
    "nour": ("tehran", "passage", "نور", ["Noor", "Nour"], "lalehzar"),
    "ghaem": ("tehran", "passage", "قائم", ["Ghaem", "Qaem"], "aminhozour"),
    "mehr": ("tehran", "passage", "مهر", ["Mehr"], "lalehzar"),
    "bahar_p": ("tehran", "passage", "بهار", ["Bahar"], "jomhouri"),
    "sadaf_p": ("tehran", "passage", "صدف", ["Sadaf"], "naserkhosrow"),
    "tabriz_amir": ("tabriz", "timcheh", "امیر", ["Amir"], None),
    "tabriz_mirza": ("tabriz", "saray", "میرزا", ["Mirza"], None),
    "isf_ghaysarieh": ("isfahan", "saray", "قیصریه", ["Gheysarieh", "Qeysariyeh"], None),
    "isf_golshan": ("isfahan", "passage", "گلشن", ["Golshan"], "chaharbagh"),
    "msh_reza": ("mashhad", "passage", "رضا", ["Reza"], "ahmadabad"),
}
BAZAAR_NAME = {"tehran": ("بازار بزرگ", ["Grand Bazaar", "Bazaar-e Bozorg", "Bazar Bozorg"]),
               "tabriz": ("بازار تبریز", ["Tabriz Bazaar", "Bazar-e Tabriz"]),
               "isfahan": ("بازار اصفهان", ["Isfahan Bazaar", "Bazar-e Esfahan"]),
               "mashhad": ("بازار مشهد", ["Mashhad Bazaar", "Bazar-e Mashhad"])}
BAZAAR_KIND = {"saray": ("سرای", ["Saray-e", "Sarai", "Saraye"]),
               "timcheh": ("تیمچه", ["Timcheh-ye", "Timche", "Timcheh"]),
               "passage": ("پاساژ", ["Passage", "Pasaj", "Pasazh"])}

# foreign cities: key -> (country, Persian, Latin spellings, region Persian, region Latin)
FOREIGN_CITIES = {
    "dubai": ("AE", "دبی", ["Dubai", "Dubayy"], "دبی", ["Dubai"]),
    "istanbul": ("TR", "استانبول", ["İstanbul", "Istanbul", "Stanbul"], "استانبول", ["İstanbul", "Istanbul"]),
    "herat": ("AF", "هرات", ["Herat", "Hirat"], "هرات", ["Herat"]),
    "toronto": ("CA", "تورنتو", ["Toronto"], "انتاریو", ["ON", "Ontario"]),
    "northyork": ("CA", "نورث یورک", ["North York"], "انتاریو", ["ON", "Ontario"]),
    "richmondhill": ("CA", "ریچموند هیل", ["Richmond Hill"], "انتاریو", ["ON", "Ontario"]),
}
COUNTRY_NAMES = {
    "IR": ("ایران", ["Iran", "IR", "I.R. Iran", "Iran (Islamic Republic of)"]),
    "AE": ("امارات", ["AE", "UAE", "United Arab Emirates"]),
    "TR": ("ترکیه", ["TR", "Turkey", "Türkiye", "Turkiye"]),
    "AF": ("افغانستان", ["AF", "Afghanistan"]),
    "CA": ("کانادا", ["CA", "Canada"]),
}
COUNTRY_CC = {"IR": "98", "AE": "971", "TR": "90", "AF": "93", "CA": "1"}

DUBAI_AREAS = [("دیره", "Deira"), ("الراس", "Al Ras"), ("نایف", "Naif"), ("المرر", "Al Murar"),
               ("بر دبی", "Bur Dubai"), ("القصیص", "Al Qusais")]
DUBAI_STREETS = [("خیابان سبخه", "Al Sabkha Road"), ("خیابان نایف", "Naif Road"),
                 ("خیابان بنی‌یاس", "Baniyas Road"), ("خیابان مصلی", "Al Musallah Road"),
                 ("خیابان عمر بن خطاب", "Omar Bin Al Khattab Road")]
DUBAI_BLDGS = ["Al Hamd Building", "Bin Rashid Building", "Gulf Star Building", "Al Rais Building",
               "Sabkha Plaza", "Deira Trade Centre", "Al Nakheel Building", "Green Tower"]
IST_STREETS = [("تختاکاله", "Tahtakale Cad."), ("اوزونچارشی", "Uzunçarşı Cad."),
               ("حاصیرجیلار", "Hasırcılar Cad."), ("پرشمبه پازاری", "Perşembe Pazarı Cad."),
               ("مرکز", "Merkez Sok."), ("فوزی پاشا", "Fevzi Paşa Cad.")]
IST_DISTRICTS = [("فاتح", "Fatih", "Mercan Mah."), ("امین‌اونو", "Eminönü", "Tahtakale Mah."),
                 ("بی‌اوغلو", "Beyoğlu", "Kemankeş Mah."), ("زیتون‌بورنو", "Zeytinburnu", "Merkezefendi Mah."),
                 ("باغجیلار", "Bağcılar", "Güneşli Mah."), ("اسنیورت", "Esenyurt", "Cumhuriyet Mah.")]
HERAT_AREAS = [("چهارسو", "Chaharsu"), ("بازار عراق", "Bazaar-e Iraq"), ("دروازه ملک", "Darwaza-e Malik"),
               ("جاده محبس", "Jada-e Mahbas"), ("شهر نو", "Shahr-e Naw")]
HERAT_SARAIS = [("سرای خواجه", "Sarai Khwaja"), ("سرای نو", "Sarai Naw"), ("مارکت امیری", "Amiri Market"),
                ("سرای حاجی", "Sarai Haji"), ("مارکت هرات", "Herat Market")]
TORONTO_STREETS = ["Yonge St", "Steeles Ave W", "Finch Ave W", "Sheppard Ave E", "Bayview Ave",
                   "Highway 7 E", "Dufferin St", "Leslie St"]
CA_FSA = {"toronto": ["M4S", "M5R", "M4P"], "northyork": ["M2N", "M2M", "M2R", "M3H"],
          "richmondhill": ["L4C", "L4B", "L4S"]}
CA_AREA = ["416", "647", "905", "437"]


# ---------------------------------------------------------------------------
# organisations
# ---------------------------------------------------------------------------
# fa / en / fg (Finglish) name templates; {c} = core name, {d} = district no.
ORG_TYPES = {
    "appliance_shop": {"fa": ["فروشگاه لوازم خانگی {c}", "لوازم خانگی {c}"],
                       "en": ["{c} Home Appliances", "{c} Home Appliance Store"],
                       "fg": ["Foroushgah Lavazem Khanegi {c}", "Lavazem Khanegi {c}", "Lavazem Khanegi-e {c}"],
                       "slug": ["home", "lavazem", "appliance"], "grp": "shop"},
    "parts_shop": {"fa": ["فروشگاه قطعات یدکی لوازم خانگی {c}", "لوازم یدکی {c}", "قطعات یدکی {c}"],
                   "en": ["{c} Spare Parts", "{c} Appliance Spare Parts"],
                   "fg": ["Ghataat Yadaki {c}", "Lavazem Yadaki {c}", "Ghetaat-e Yadaki {c}"],
                   "slug": ["parts", "yadaki", "ghataat"], "grp": "shop"},
    "electric_shop": {"fa": ["لوازم برقی {c}", "فروشگاه لوازم برقی {c}"],
                      "en": ["{c} Electric", "{c} Electrical Supplies"],
                      "fg": ["Lavazem Barghi {c}", "Lavazem Barqi {c}"],
                      "slug": ["electric", "barghi"], "grp": "shop"},
    "trading": {"fa": ["بازرگانی {c}", "شرکت بازرگانی {c}"],
                "en": ["{c} Trading Co.", "{c} Trading"],
                "fg": ["Bazargani {c}", "Bazargani-e {c}"],
                "slug": ["trading", "bazargani", "co"], "grp": "company"},
    "tejarat": {"fa": ["تجارت {c}", "گروه تجاری {c}"],
                "en": ["{c} Commerce", "{c} Commercial Group"],
                "fg": ["Tejarat {c}", "Tejarat-e {c}"],
                "slug": ["tejarat", "commerce"], "grp": "company"},
    "company_pjs": {"fa": ["شرکت {c} (سهامی خاص)", "شرکت {c} سهامی خاص", "شرکت {c}"],
                    "en": ["{c} Co. (PJS)", "{c} Private Joint Stock Co.", "{c} Company"],
                    "fg": ["Sherkat-e {c} (Sahami Khas)", "Sherkat {c}", "Sherkate {c} Sahami Khas"],
                    "slug": ["co", "company", "group"], "grp": "company"},
    "company_ltd": {"fa": ["شرکت {c} (با مسئولیت محدود)", "شرکت {c} با مسئولیت محدود", "شرکت {c}"],
                    "en": ["{c} Co. Ltd", "{c} Co., Ltd.", "{c} Company Limited"],
                    "fg": ["Sherkat {c} Ba Masouliat Mahdoud", "Sherkat {c}", "Sherkat-e {c} Ltd"],
                    "slug": ["co", "ltd", "company"], "grp": "company"},
    "industrial": {"fa": ["شرکت صنایع {c}", "صنایع {c}"],
                   "en": ["{c} Industries Co.", "{c} Industrial Co."],
                   "fg": ["Sanaye {c}", "Sanaye-e {c}"],
                   "slug": ["industries", "sanaye"], "grp": "company"},
    "service": {"fa": ["تعمیرگاه لوازم خانگی {c}", "تعمیرگاه {c}"],
                "en": ["{c} Appliance Repair", "{c} Repair Shop"],
                "fg": ["Tamirgah {c}", "Tamirgah-e Lavazem Khanegi {c}"],
                "slug": ["service", "tamir", "repair"], "grp": "service"},
    "tech_service": {"fa": ["خدمات فنی {c}", "خدمات پس از فروش {c}"],
                     "en": ["{c} Technical Services", "{c} After-Sales Service"],
                     "fg": ["Khadamat Fanni {c}", "Khadamat-e Fanni-ye {c}"],
                     "slug": ["service", "khadamat", "fanni"], "grp": "service"},
    "bazaar_brothers": {"fa": ["برادران {c}", "فروشگاه برادران {c}"],
                        "en": ["{c} Brothers", "{c} Bros."],
                        "fg": ["Baradaran {c}", "Baradaran-e {c}"],
                        "slug": ["brothers", "baradaran"], "grp": "bazaar"},
    "bazaar_store": {"fa": ["فروشگاه {c}", "حجره {c}"],
                     "en": ["{c} Store", "{c} Shop"],
                     "fg": ["Foroushgah-e {c}", "Hojreh {c}"],
                     "slug": ["store", "shop"], "grp": "bazaar"},
    "foundation": {"fa": ["بنیاد خیریه {c}", "موسسه خیریه {c}"],
                   "en": ["{c} Charity Foundation", "{c} Charitable Foundation"],
                   "fg": ["Bonyad Kheyriyeh {c}", "Bonyad-e Kheiriye {c}"],
                   "slug": ["charity", "kheyriyeh"], "grp": "religious"},
    "clinic": {"fa": ["درمانگاه خیریه {c}"],
               "en": ["{c} Charity Clinic"],
               "fg": ["Darmangah Kheyriyeh {c}", "Darmangah-e Kheiriye {c}"],
               "slug": ["clinic", "darmangah"], "grp": "religious"},
    "hosseiniyeh": {"fa": ["حسینیه {c}"],
                    "en": ["Hosseiniyeh {c}"],
                    "fg": ["Hoseinieh {c}", "Hosseinieh-ye {c}"],
                    "slug": ["hosseiniyeh"], "grp": "religious"},
    "mosque": {"fa": ["مسجد {c}"],
               "en": ["{c} Mosque"],
               "fg": ["Masjed-e {c}", "Masjed {c}"],
               "slug": ["masjed"], "grp": "religious"},
    "municipality": {"fa": ["شهرداری منطقه {d} {c}", "شهرداری {c} - منطقه {d}"],
                     "en": ["{c} Municipality District {d}", "Municipality of {c}, District {d}"],
                     "fg": ["Shahrdari Mantaghe {d} {c}", "Shahrdari-e {c} Mantaghe-ye {d}"],
                     "fa0": ["شهرداری {c}"], "en0": ["{c} Municipality", "Municipality of {c}"],
                     "fg0": ["Shahrdari {c}", "Shahrdari-e {c}"],
                     "slug": ["shahrdari"], "grp": "public"},
    "education": {"fa": ["اداره آموزش و پرورش ناحیه {d} {c}", "آموزش و پرورش ناحیه {d} {c}"],
                  "en": ["{c} Education Department District {d}", "Education Office District {d}, {c}"],
                  "fg": ["Amoozesh va Parvaresh Nahiyeh {d} {c}", "Amouzesh o Parvaresh Nahie {d} {c}"],
                  "fa0": ["اداره آموزش و پرورش {c}"], "en0": ["{c} Education Department"],
                  "fg0": ["Amoozesh va Parvaresh {c}"],
                  "slug": ["amoozesh"], "grp": "public"},
    "muni_org": {"fa": ["سازمان {o} شهرداری {c}"],
                 "en": ["{c} Municipality {o} Organization"],
                 "fg": ["Sazman-e {o} Shahrdari {c}"],
                 "slug": ["sazman"], "grp": "public"},
    "hotel": {"fa": ["هتل {c}"], "en": ["{c} Hotel", "Hotel {c}"], "fg": ["Hotel {c}", "Hotele {c}"],
              "slug": ["hotel"], "grp": "other"},
    "restaurant": {"fa": ["رستوران {c}", "تالار و رستوران {c}"], "en": ["{c} Restaurant"],
                   "fg": ["Restoran {c}", "Talar va Restoran {c}"], "slug": ["restaurant"], "grp": "other"},
    "carpet": {"fa": ["فرش {c}", "فروشگاه فرش {c}"], "en": ["{c} Carpet", "{c} Carpets"],
               "fg": ["Farsh-e {c}", "Farsh {c}"], "slug": ["carpet", "farsh"], "grp": "other"},
    "auto_parts": {"fa": ["لوازم یدکی خودرو {c}"], "en": ["{c} Auto Parts"],
                   "fg": ["Lavazem Yadaki Khodro {c}", "Yadaki Khodro {c}"], "slug": ["autoparts", "khodro"], "grp": "other"},
    "furniture": {"fa": ["مبلمان {c}", "گالری مبل {c}"], "en": ["{c} Furniture"],
                  "fg": ["Mobleman {c}", "Galerie Mobl {c}"], "slug": ["furniture", "mobl"], "grp": "other"},
    "pastry": {"fa": ["شیرینی‌سرای {c}", "قنادی {c}"], "en": ["{c} Pastry"], "fg": ["Shirini Saraye {c}", "Ghanadi {c}"],
               "slug": ["pastry", "shirini"], "grp": "other"},
    "dubai_trading": {"fa": ["شرکت بازرگانی {c} دبی", "{c} دبی"],
                      "en": ["{c} General Trading LLC", "{c} Gen. Trading L.L.C.", "{c} General Trading"],
                      "fg": ["{c} General Trading", "Bazargani {c} Dubai"], "slug": ["trading", "gt"], "grp": "foreign"},
    "istanbul_firm": {"fa": ["شرکت {c} استانبول"],
                      "en": ["{c} Dış Ticaret Ltd. Şti.", "{c} Elektrik Ev Aletleri San. ve Tic. A.Ş."],
                      "fg": ["{c} Dis Ticaret", "{c} Istanbul"], "slug": ["dis", "ticaret"], "grp": "foreign"},
    "herat_firm": {"fa": ["شرکت تجارتی {c}", "تجارتخانه {c}"],
                   "en": ["{c} Trading Company", "{c} Trading Co."],
                   "fg": ["Sherkat-e Tejarati {c}", "Tejaratkhane {c}"], "slug": ["trading", "tejarati"], "grp": "foreign"},
    "toronto_firm": {"fa": ["شرکت {c} تورنتو"],
                     "en": ["{c} Appliances Inc.", "{c} Appliance Parts Ltd."],
                     "fg": ["{c} Appliances", "{c} Inc"], "slug": ["appliances", "inc"], "grp": "foreign"},
}
FOREIGN_TYPE_CITY = {"dubai_trading": ["dubai"], "istanbul_firm": ["istanbul"], "herat_firm": ["herat"],
                     "toronto_firm": ["toronto", "northyork", "richmondhill"]}

CORE_WORDS = [
    ("آریا", ["Arya", "Aria", "Ariya"]), ("پارس", ["Pars"]), ("البرز", ["Alborz", "Alburz"]),
    ("کیان", ["Kian", "Kiyan"]), ("نوین", ["Novin", "Nowin"]), ("سپهر", ["Sepehr"]),
    ("آسمان", ["Aseman", "Asman"]), ("ستاره", ["Setareh", "Setare"]), ("نیک‌اندیش", ["Nik Andish", "Nikandish", "Nik-Andish"]),
    ("پویا", ["Pouya", "Pooya"]), ("رایان", ["Rayan", "Raiyan"]), ("مهر", ["Mehr"]), ("آفتاب", ["Aftab"]),
    ("بهار", ["Bahar"]), ("آرمان", ["Arman"]), ("دماوند", ["Damavand"]), ("زاگرس", ["Zagros"]),
    ("خزر", ["Khazar", "Xazar"]), ("کوثر", ["Kowsar", "Kosar", "Kousar"]), ("نگین", ["Negin"]),
    ("تابان", ["Taban"]), ("آوا", ["Ava"]), ("پارسیان", ["Parsian"]), ("نقش جهان", ["Naghsh-e Jahan", "Naghshe Jahan", "Naqsh-e Jahan"]),
    ("ارغوان", ["Arghavan"]), ("سپیده", ["Sepideh", "Sepide"]), ("صدف", ["Sadaf"]), ("الماس", ["Almas"]),
    ("فجر", ["Fajr"]), ("نور", ["Noor", "Nour", "Nur"]), ("ماهان", ["Mahan"]), ("آرین", ["Arian", "Aryan"]),
    ("شایان", ["Shayan"]), ("هامون", ["Hamoon", "Hamun"]), ("پیشرو", ["Pishro", "Pishrow"]), ("سامان", ["Saman"]),
    ("دنا", ["Dena"]), ("برتر", ["Bartar"]), ("رهاورد", ["Rahavard"]), ("ایران‌زمین", ["Iran Zamin", "Iranzamin"]),
    ("مهرگان", ["Mehregan"]), ("سیمرغ", ["Simorgh", "Simorq"]), ("آذر", ["Azar"]), ("پرتو", ["Partow", "Parto"]),
    ("کاوه", ["Kaveh", "Kave"]), ("آرتا", ["Arta"]), ("تندیس", ["Tandis"]), ("فراز", ["Faraz"]),
    ("ثمین", ["Samin"]), ("اطلس", ["Atlas"]), ("کهکشان", ["Kahkeshan"]), ("جام جم", ["Jam-e Jam", "Jamejam"]),
    ("آتیه", ["Atieh", "Atiyeh"]), ("سهند", ["Sahand"]), ("سبلان", ["Sabalan"]), ("پاسارگاد", ["Pasargad"]),
    ("تیراژه", ["Tirajeh"]), ("آسا", ["Asa"]), ("نیلوفر", ["Niloufar", "Nilufar"]), ("افق", ["Ofogh", "Ofoq"]),
    ("رویال", ["Royal"]), ("ایده‌آل", ["Ideal", "Ide-Al"]), ("مروارید", ["Morvarid"]), ("یاقوت", ["Yaghout", "Yaqut"]),
    ("آبتین", ["Abtin"]), ("بامداد", ["Bamdad"]), ("هیرمند", ["Hirmand"]), ("کارون", ["Karoun", "Karun"]),
    ("ارس", ["Aras"]), ("سیروان", ["Sirvan"]), ("آپادانا", ["Apadana"]), ("رستاک", ["Rastak"]),
]
CORE_SUFFIX = [("گستر", ["Gostar"]), ("تجارت", ["Tejarat"]), ("صنعت", ["Sanat"]), ("الکتریک", ["Electric", "Elektrik"]),
               ("سازان", ["Sazan"]), ("افزار", ["Afzar"]), ("تهویه", ["Tahvieh"]), ("خزر", ["Khazar"]),
               ("پویان", ["Pouyan"]), ("شرق", ["Shargh", "Sharq"]), ("کالا", ["Kala"]), ("طب", ["Teb"])]
RELIGIOUS_CORES = [
    ("امام حسین", ["Imam Hossein", "Emam Hosein"]), ("حضرت ابوالفضل", ["Hazrat-e Abolfazl", "Hazrat Abolfazl"]),
    ("الزهرا", ["Al-Zahra", "Alzahra"]), ("امام رضا", ["Imam Reza", "Emam Reza"]),
    ("قمر بنی‌هاشم", ["Ghamar-e Bani Hashem", "Qamar Bani Hashem"]), ("محبان الحسین", ["Mohebban al-Hossein", "Mohebban-ol-Hossein"]),
    ("انصارالمهدی", ["Ansar al-Mahdi", "Ansarolmahdi"]), ("جوادالائمه", ["Javad al-Aemeh", "Javadolaemeh"]),
    ("فاطمیه", ["Fatemiyeh", "Fatemieh"]), ("صاحب‌الزمان", ["Saheb al-Zaman", "Sahebozzaman"]),
    ("امیرالمومنین", ["Amir al-Momenin", "Amirolmomenin"]), ("باقرالعلوم", ["Bagher al-Oloum", "Bagherololoum"]),
    ("نیکوکاران", ["Nikukaran", "Nikoukaran"]), ("مهرورزان", ["Mehrvarzan"]), ("حضرت رقیه", ["Hazrat-e Roghayeh", "Hazrat Roqayyeh"]),
    ("علی‌بن‌ابیطالب", ["Ali ibn Abitaleb", "Ali Ebn-e Abitaleb"]),
]
NEIGHBOURHOODS = {
    "tehran": [("نارمک", "Narmak"), ("تهرانپارس", "Tehranpars"), ("نازی‌آباد", "Naziabad"), ("یوسف‌آباد", "Yousefabad"),
               ("شهرری", "Shahr-e Rey"), ("سعادت‌آباد", "Saadatabad"), ("جنت‌آباد", "Jannatabad"), ("پیروزی", "Piroozi")],
    "mashhad": [("طلاب", "Tollab"), ("سیدی", "Seyyedi"), ("وکیل‌آباد", "Vakilabad")],
    "isfahan": [("جلفا", "Jolfa"), ("ملک‌شهر", "Malekshahr")],
    "shiraz": [("معالی‌آباد", "Maaliabad"), ("زرهی", "Zerehi")],
    "tabriz": [("ولیعصر", "Valiasr"), ("ششگلان", "Sheshgelan")],
}
MUNI_ORGS = [("آتش‌نشانی", ["Fire Department", "Atash Neshani"]), ("پارک‌ها و فضای سبز", ["Parks and Green Space", "Parkha va Fazaye Sabz"]),
             ("مدیریت پسماند", ["Waste Management", "Modiriat-e Pasmand"]), ("ساماندهی مشاغل شهری", ["Urban Trades", "Samandehi Mashaghel"])]
MUNI_DISTRICTS = {"tehran": 22, "mashhad": 13, "isfahan": 15, "shiraz": 11, "tabriz": 10, "karaj": 12, "qom": 8, "ahvaz": 8}
EDU_DISTRICTS = {"tehran": 19, "mashhad": 7, "isfahan": 6, "shiraz": 4, "tabriz": 5, "karaj": 5}
FOREIGN_CORES = {
    "dubai_trading": [("الخلیج", ["Al Khaleej"]), ("پارس گلف", ["Pars Gulf"]), ("النور", ["Al Noor"]), ("کیش", ["Kish"]),
                      ("الماس", ["Almas"]), ("زمزم", ["Zamzam"]), ("سپهر", ["Sepehr"]), ("آریانا", ["Ariana"]),
                      ("المدینه", ["Al Madina"]), ("دیره استار", ["Deira Star"]), ("هرمز", ["Hormoz"]), ("آریا", ["Arya"])],
    "istanbul_firm": [("کایا", ["Kaya"]), ("یلدیز", ["Yıldız"]), ("آناتولی", ["Anadolu"]), ("بوسفور", ["Boğaziçi"]),
                      ("اوزگور", ["Özgür"]), ("پارس", ["Pars"]), ("آیدین", ["Aydın"]), ("مرمره", ["Marmara"])],
    "herat_firm": [("هرات نور", ["Herat Noor", "Herat Nur"]), ("برادران سلطانی", ["Sultani Brothers"]),
                   ("آریانا", ["Ariana"]), ("خراسان", ["Khorasan"]), ("امیری", ["Amiri"]), ("فیروزکوه", ["Firozkoh"])],
    "toronto_firm": [("پرشیا", ["Persia"]), ("نورث یورک", ["North York"]), ("سایروس", ["Cyrus"]), ("آریا", ["Arya"]),
                     ("یانگ", ["Yonge"]), ("میپل", ["Maple"])],
}
BRANCH_FA = {"central": ["شعبه مرکزی", "دفتر مرکزی"], "n": ["شعبه {n}"]}
BRANCH_LAT = {"central": ["Central Branch", "Head Office", "Shobe Markazi"], "n": ["Branch {n}", "Shobe {n}", "Br. {n}"]}


# ---------------------------------------------------------------------------
# allocators (membership tests only; nothing iterates over these sets)
# ---------------------------------------------------------------------------
USED_IDS = set()
USED_PHONE8 = set()
USED_EMAIL = set()
USED_POSTCODE = set()
USED_ADDR = set()
SHARED_EMAILS = set()      # mailboxes used by more than one customer


def mark_shared(obj):
    """a phone or address dict that more than one customer uses"""
    if isinstance(obj, str):
        SHARED_EMAILS.add(obj)
    elif obj is not None:
        obj["shared"] = True
    return obj


def unshared(p):
    return not (isinstance(p, dict) and p.get("shared"))


def new_id():
    while True:
        e = "c%07x" % R.getrandbits(28)
        if e not in USED_IDS:
            USED_IDS.add(e)
            return e


def _rand_digits(n, first=None):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first is not None:
        s = pick(first) + s[1:]
    return s


def _claim_phone(cc, nsn):
    k = nsn[-8:]
    if k in USED_PHONE8:
        return None
    USED_PHONE8.add(k)
    return {"cc": cc, "nsn": nsn}


def gen_mobile(country, city):
    while True:
        if country == "IR":
            pre = pick(CITIES[city][6]) if chance(0.6) else pick(NATIONAL_MOBILE)
            nsn = pre + _rand_digits(7)
        elif country == "AE":
            nsn = "5" + pick("02568") + _rand_digits(7)
        elif country == "TR":
            nsn = "5" + pick(["30", "32", "33", "35", "41", "42", "43", "44", "52", "53", "54", "55"]) + _rand_digits(7)
        elif country == "AF":
            nsn = "7" + pick("08937") + _rand_digits(7)
        else:
            nsn = pick(CA_AREA) + "55501" + _rand_digits(2)
        p = _claim_phone(COUNTRY_CC[country], nsn)
        if p:
            p["type"] = "mobile"
            return p


def gen_landline(country, city):
    while True:
        if country == "IR":
            area = CITIES[city][4]
            if city in ("tehran", "eslamshahr"):
                local = pick(["88", "66", "22", "44", "55", "33", "77", "26", "89", "56"]) + _rand_digits(6)
            else:
                local = pick("3356789") + _rand_digits(7)
            nsn = area + local
        elif country == "AE":
            nsn = "4" + pick("23") + _rand_digits(6)
        elif country == "TR":
            nsn = pick(["212", "212", "216"]) + _rand_digits(7, first="2456")
        elif country == "AF":
            nsn = "40" + _rand_digits(7, first="2")
        else:
            nsn = pick(CA_AREA) + "55501" + _rand_digits(2)
        p = _claim_phone(COUNTRY_CC[country], nsn)
        if p:
            p["type"] = "landline"
            return p


def digit_off(phone):
    """the same number with one digit wrong (not in the area / operator code)"""
    nsn = phone["nsn"]
    for _ in range(50):
        i = R.randrange(len(nsn) - 6, len(nsn))
        d = str(R.randrange(10))
        if d == nsn[i]:
            continue
        cand = nsn[:i] + d + nsn[i + 1:]
        if cand[-8:] in USED_PHONE8:
            continue
        USED_PHONE8.add(cand[-8:])
        return {"cc": phone["cc"], "nsn": cand, "type": phone["type"], "off": True}
    raise RuntimeError("digit_off")


def claim_email(addr):
    if addr in USED_EMAIL:
        return None
    USED_EMAIL.add(addr)
    return addr


PERSONAL_DOMAINS = [("gmail.com", 50), ("yahoo.com", 22), ("chmail.ir", 12), ("outlook.com", 5),
                    ("hotmail.com", 5), ("ymail.com", 2)]


def _birth_tag():
    return pick([str(R.randrange(1340, 1386)), str(R.randrange(40, 86)), str(R.randrange(1965, 2003)),
                 str(R.randrange(1, 100)), str(R.randrange(100, 1000))])


def person_email(gl, fl, domain=None):
    g, f = slug(gl), slug(fl)
    for _ in range(100):
        pat = pick(["g.f", "gf", "g_f", "g0f", "f.g", "gfN", "g.fN", "fN", "gN", "g0.f"])
        n = _birth_tag()
        local = {"g.f": g + "." + f, "gf": g + f, "g_f": g + "_" + f, "g0f": g[:1] + f,
                 "f.g": f + "." + g, "gfN": g + f + n, "g.fN": g + "." + f + n, "fN": f + n,
                 "gN": g + n, "g0.f": g[:1] + "." + f}[pat]
        dom = domain or wpick(PERSONAL_DOMAINS)
        e = claim_email(local + "@" + dom)
        if e:
            return e
    raise RuntimeError("email")


def firm_domain(core_lat, otype):
    base = slug(core_lat)
    for _ in range(50):
        suf = pick(ORG_TYPES[otype]["slug"] + ["co", "group"])
        if chance(0.3):
            suf += pick([x for x in ["-iran", "co", "group", "online", "market"] if x != suf])
        tld = wpick([(".ir", 45), (".co.ir", 25), (".com", 30)])
        sep = pick(["", "", "-"])
        dom = base + sep + suf + tld
        if ("@" + dom) not in USED_EMAIL:
            USED_EMAIL.add("@" + dom)
            return dom
    raise RuntimeError("domain")


def org_email(core_lat, otype, city_lat, domain=None):
    for _ in range(100):
        if domain and ORG_TYPES[otype]["grp"] in ("religious", "public"):
            local = pick(["info", "office", "daftar", "contact", "admin"])
            e = claim_email(local + "@" + domain)
        elif domain:
            local = pick(["info", "sales", "office", "foroush", "kharid", "modiriat", "hesabdari", "contact", "admin"])
            e = claim_email(local + "@" + domain)
        else:
            b = slug(core_lat)
            w = pick(ORG_TYPES[otype]["slug"])
            local = pick([b + "." + w, b + w, b + "_" + w + _birth_tag(), b + slug(city_lat), w + "." + b,
                          b + "." + slug(city_lat), b + w + str(R.randrange(1, 100))])
            e = claim_email(local + "@" + wpick([("gmail.com", 55), ("yahoo.com", 25), ("chmail.ir", 15), ("outlook.com", 5)]))
        if e:
            return e
    raise RuntimeError("org email")


def new_postcode(city):
    pre = CITIES[city][5]
    good = "13456789"
    while True:
        pc = pre + "".join(pick(good) for _ in range(5 - len(pre))) + _rand_digits(5)
        if pc not in USED_POSTCODE:
            USED_POSTCODE.add(pc)
            return pc


# ---------------------------------------------------------------------------
# addresses (structured; rendered later in the style of each source)
# ---------------------------------------------------------------------------
def city_streets(city):
    if city in ("tehran",):
        return TEHRAN_STREETS
    return CITY_STREETS.get(city, []) + GENERIC_STREETS


def gen_address_ir(city, use="home", street=None):
    for _ in range(200):
        st = street or pick(city_streets(city))
        alley = None
        if chance(0.75):
            if chance(0.6):
                alley = ("n", R.randrange(1, 48))
            else:
                alley = ("name", R.randrange(len(ALLEY_NAMES)), chance(0.15))
        plate = R.randrange(1, 420)
        key = (city, st, str(alley), plate)
        if key in USED_ADDR:
            continue
        USED_ADDR.add(key)
        unit = None
        if use == "home":
            unit = wpick([(None, 35), (("unit", R.randrange(1, 24)), 45), (("floor", R.randrange(1, 9)), 20)])
        elif use == "shop":
            unit = wpick([(None, 60), (("floor", 0), 25), (("unit", R.randrange(1, 12)), 15)])
        else:
            unit = wpick([(None, 50), (("floor", R.randrange(1, 12)), 30), (("unit", R.randrange(1, 40)), 20)])
        return {"cc": "IR", "city": city, "kind": "street", "street": st, "alley": alley,
                "plate": plate, "unit": unit, "postcode": new_postcode(city)}
    raise RuntimeError("address")


def gen_address_bazaar(city=None, place=None):
    places = [k for k in BAZAAR_PLACES if city is None or BAZAAR_PLACES[k][0] == city]
    for _ in range(200):
        pk = place or pick(places)
        pcity, kind, _, _, st = BAZAAR_PLACES[pk]
        plate = R.randrange(1, 260)
        key = ("bazaar", pk, plate)
        if key in USED_ADDR:
            continue
        USED_ADDR.add(key)
        floor = R.randrange(0, 4) if kind == "passage" else None
        return {"cc": "IR", "city": pcity, "kind": "bazaar", "place": pk, "street": st,
                "floor": floor, "plate": plate, "unit": None, "postcode": new_postcode(pcity)}
    raise RuntimeError("bazaar address")


def gen_address_foreign(city):
    cc = FOREIGN_CITIES[city][0]
    for _ in range(200):
        if city == "dubai":
            a = {"cc": cc, "city": city, "kind": "dubai", "shop": R.randrange(1, 90),
                 "bldg": pick(DUBAI_BLDGS), "street": R.randrange(len(DUBAI_STREETS)),
                 "area": R.randrange(len(DUBAI_AREAS)),
                 "pobox": str(R.randrange(10000, 99999)) if chance(0.75) else None}
            key = ("dubai", a["shop"], a["bldg"], a["street"])
        elif city == "istanbul":
            a = {"cc": cc, "city": city, "kind": "istanbul", "no": R.randrange(1, 140),
                 "door": R.randrange(1, 30) if chance(0.5) else None,
                 "street": R.randrange(len(IST_STREETS)), "district": R.randrange(len(IST_DISTRICTS)),
                 "postcode": "34" + _rand_digits(3)}
            key = ("ist", a["no"], a["street"], a["district"])
        elif city == "herat":
            a = {"cc": cc, "city": city, "kind": "herat", "shop": R.randrange(1, 120),
                 "sarai": R.randrange(len(HERAT_SARAIS)), "area": R.randrange(len(HERAT_AREAS))}
            key = ("herat", a["shop"], a["sarai"], a["area"])
        else:
            fsa = pick(CA_FSA[city])
            a = {"cc": cc, "city": city, "kind": "canada", "no": R.randrange(100, 9999),
                 "street": pick(TORONTO_STREETS), "unit": R.randrange(1, 40) if chance(0.6) else None,
                 "postcode": fsa + " " + str(R.randrange(10)) + pick("ABCEGHJKLMNPRSTVWXYZ") + str(R.randrange(10))}
            key = ("ca", a["no"], a["street"])
        if key in USED_ADDR:
            continue
        USED_ADDR.add(key)
        return a
    raise RuntimeError("foreign address")


def gen_address(country, city, use="home"):
    if country == "IR":
        return gen_address_ir(city, use)
    return gen_address_foreign(city)


def pick_ir_city():
    return wpick([(k, CITIES[k][7]) for k in IR_CITY_KEYS])


def pick_foreign_city():
    return wpick([("dubai", 30), ("istanbul", 18), ("herat", 14), ("toronto", 6), ("northyork", 8), ("richmondhill", 4)])


def country_of(city):
    return "IR" if city in CITIES else FOREIGN_CITIES[city][0]


# ---------------------------------------------------------------------------
# entities
# ---------------------------------------------------------------------------
def name_tables(country, city):
    if country == "AF":
        return AF_GIVEN, AF_FAMILY
    if country == "TR" and chance(0.55):
        return TURK_GIVEN, TURK_FAMILY
    return GIVEN, FAMILY


def pref_index(n):
    return 0 if (n == 1 or chance(0.7)) else R.randrange(n)


def make_name(country="IR", city="tehran", gender=None, family=None, given=None, tables=None):
    gt, ft = tables or name_tables(country, city)
    if given is None:
        cands = [(k, gt[k][3]) for k in gt if gender is None or gt[k][2] == gender]
        given = wpick(cands)
    gender = ALL_GIVEN[given][2]
    if family is None:
        family = wpick([(k, ft[k][3]) for k in ft])
    seyedish = ALL_FAMILY[family][2]
    sey = None
    hon = None
    if country in ("IR", "AF", "AE", "CA"):
        if chance(0.45 if seyedish else 0.04):
            sey = "seyed" if gender == "m" else "seyedeh"
        x = R.random()
        if gender == "m":
            hon = "haj" if x < 0.09 else "mashhadi" if x < 0.10 else "dr" if x < 0.13 else "mohandes" if x < 0.17 else None
        else:
            hon = "hajieh" if x < 0.03 else "dr" if x < 0.06 else "mohandes" if x < 0.08 else None
    return {"given": given, "family": family, "gender": gender, "hon": hon, "sey": sey,
            "g_pref": pref_index(len(ALL_GIVEN[given][1])), "f_pref": pref_index(len(ALL_FAMILY[family][1]))}


def name_lat(nm):
    return ALL_GIVEN[nm["given"]][1][nm["g_pref"]], ALL_FAMILY[nm["family"]][1][nm["f_pref"]]


def new_person(city=None, country=None, name=None, email=True, landline=None, address=None):
    if city is None:
        city = pick_foreign_city() if country not in (None, "IR") else pick_ir_city()
    country = country_of(city)
    nm = name or make_name(country, city)
    e = {"id": new_id(), "kind": "person", "name": nm, "country": country, "city": city,
         "phones": [gen_mobile(country, city)], "emails": [], "addresses": [], "fax": None}
    if landline is None:
        landline = chance(0.35)
    if landline:
        e["phones"].append(gen_landline(country, city))
    if email is True:
        email = chance(0.6)
    if email:
        gl, fl = name_lat(nm)
        e["emails"].append(person_email(gl, fl))
    if address is None:
        address = chance(0.75)
    if address:
        e["addresses"].append(gen_address(country, city, "home"))
    return e


def core_lat_pref(core):
    return core["lat"][core["pref"]]


def make_core(otype, city, country):
    grp = ORG_TYPES[otype]["grp"]
    if otype in FOREIGN_CORES:
        fa, lat = pick(FOREIGN_CORES[otype])
    elif grp == "bazaar":
        fk = wpick([(k, FAMILY[k][3]) for k in FAMILY_KEYS])
        fa, lat = FAMILY[fk][0], FAMILY[fk][1]
        return {"fa": fa, "lat": lat, "pref": pref_index(len(lat)), "family": fk}
    elif grp == "religious":
        fa, lat = pick(RELIGIOUS_CORES)
        if city in NEIGHBOURHOODS and chance(0.4):
            nfa, nlat = pick(NEIGHBOURHOODS[city])
            fa, lat = fa + " " + nfa, [l + " " + nlat for l in lat]
    elif grp == "public":
        fa, lat = CITIES[city][0], CITIES[city][1][:2]
    else:
        fa, lat = pick(CORE_WORDS)
        if chance(0.35):
            sfa, slat = pick(CORE_SUFFIX)
            if sfa != fa:
                fa = fa + " " + sfa
                lat2 = []
                for l in lat[:2]:
                    for s in slat[:1]:
                        lat2.append(l + " " + s)
                        lat2.append(l + s.lower())
                lat = lat2
    return {"fa": fa, "lat": list(lat), "pref": pref_index(len(lat))}


def new_org(otype, city=None, core=None, district=None, branch=None, contact=None,
            email=None, address=None, suborg=None):
    grp = ORG_TYPES[otype]["grp"]
    if city is None:
        if otype in FOREIGN_TYPE_CITY:
            city = pick(FOREIGN_TYPE_CITY[otype])
        elif grp == "bazaar":
            city = wpick([("tehran", 70), ("tabriz", 10), ("isfahan", 10), ("mashhad", 10)])
        elif grp == "public":
            city = wpick([(k, 3) for k in MUNI_DISTRICTS] + [(k, 1) for k in IR_CITY_KEYS])
        else:
            city = pick_ir_city()
    country = country_of(city)
    if core is None:
        core = make_core(otype, city, country)
    if otype == "municipality" and district is None and city in MUNI_DISTRICTS and chance(0.85):
        district = R.randrange(1, MUNI_DISTRICTS[city] + 1)
    if otype == "education" and district is None and city in EDU_DISTRICTS and chance(0.85):
        district = R.randrange(1, EDU_DISTRICTS[city] + 1)
    if otype == "muni_org" and suborg is None:
        suborg = R.randrange(len(MUNI_ORGS))
    if contact is None and chance(0.65 if grp not in ("public", "religious") else 0.45):
        fam = core.get("family") if (grp == "bazaar" and chance(0.8)) else None
        contact = make_name(country, city, family=fam,
                            gender=None if chance(0.25) else "m")
    e = {"id": new_id(), "kind": "org", "otype": otype, "core": core, "district": district,
         "suborg": suborg, "branch": branch, "contact": contact, "country": country, "city": city,
         "phones": [], "emails": [], "addresses": [], "fax": None}
    e["phones"].append(gen_landline(country, city))
    if contact and chance(0.55):
        e["phones"].append(gen_mobile(country, city))
    if grp in ("company", "public", "foreign") and chance(0.3):
        e["fax"] = gen_landline(country, city)
        e["fax"]["type"] = "fax"
    clat = core_lat_pref(core)
    city_lat = CITIES[city][1][0] if city in CITIES else FOREIGN_CITIES[city][2][0]
    if email is None:
        if grp == "public":
            w = pick(["tadarokat", "kharid", "omoor.mali", "poshtibani"])
            d = ("mantaghe%d" % district) if district else pick(["markazi", "setad"])
            email = claim_email("%s.%s.%s@%s" % (w, d, slug(city_lat), pick(["chmail.ir", "gmail.com", "chmail.ir"])))
        else:
            x = R.random()
            pdom = 0.5 if grp in ("company", "foreign") else 0.25
            if x < pdom:
                email = org_email(clat, otype, city_lat, domain=firm_domain(clat, otype))
            elif x < pdom + 0.45:
                if contact and chance(0.35):
                    gl, fl = name_lat(contact)
                    email = person_email(gl, fl)
                else:
                    email = org_email(clat, otype, city_lat)
            else:
                email = False
    if email:
        e["emails"].append(email)
    if address is None:
        address = chance(0.92)
    if address is True:
        if grp == "bazaar" and country == "IR":
            e["addresses"].append(gen_address_bazaar(city if city in BAZAAR_NAME else None))
            e["city"] = e["addresses"][0]["city"]
        else:
            e["addresses"].append(gen_address(country, city, "shop" if grp in ("shop", "service", "other") else "office"))
    elif address:
        e["addresses"].append(address)
    return e


def email_domain(e):
    return e.split("@", 1)[1] if e and "@" in e else None


FREE_DOMAINS = [d for d, _ in PERSONAL_DOMAINS]


# ---------------------------------------------------------------------------
# sources and their habits -> a "spec" (every choice needed to render a record)
# ---------------------------------------------------------------------------
SOURCES = {
    # script, how names are spelled in Latin, P(inherent title), P(courtesy), P(arabic letters)
    "qbo_fa":   {"script": "fa", "spell": "pref", "hon": 0.75, "court": 0.0, "arabic": 0.03,
                 "zwnj": [("keep", 90), ("space", 10)], "ndig": [("fa", 70), ("ascii", 30)],
                 "pfmt": [("dash", 40), ("space", 20), ("plain", 25), ("paren", 15)], "pdig": [("ascii", 85), ("fa", 15)],
                 "afmt": [("fa_split", 70), ("fa_one", 30)], "pc": [("field", 60), ("dash", 25), ("none", 15)],
                 "email": 0.85, "addr": 0.9, "two_phones": 0.3, "label": 0.1},
    "qbo_en":   {"script": "lat", "spell": "pref", "hon": 0.6, "court": 0.0, "arabic": 0.0,
                 "pfmt": [("intl", 40), ("dash", 25), ("space", 20), ("intl00", 15)], "pdig": [("ascii", 100)],
                 "afmt": [("en", 70), ("en_b", 30)], "pc": [("field", 70), ("dash", 15), ("none", 15)],
                 "email": 0.9, "addr": 0.9, "two_phones": 0.3, "label": 0.1, "case": [("asis", 100)]},
    "order_fa": {"script": "fa", "spell": "pref", "hon": 0.6, "court": 0.25, "arabic": 0.3,
                 "zwnj": [("keep", 40), ("space", 35), ("none", 25)], "ndig": [("fa", 70), ("ar", 10), ("ascii", 20)],
                 "pfmt": [("plain", 50), ("dash", 20), ("space", 20), ("intl", 10)], "pdig": [("fa", 50), ("ar", 10), ("ascii", 40)],
                 "afmt": [("fa_one", 60), ("fa_split", 40)], "pc": [("field", 40), ("dash", 20), ("line", 25), ("none", 15)],
                 "email": 0.8, "addr": 0.85, "two_phones": 0.35, "label": 0.3, "order_fg": 0.1},
    "export_en": {"script": "lat", "spell": "pref", "hon": 0.3, "court": 0.15, "arabic": 0.0,
                  "pfmt": [("intl", 60), ("intl00", 20), ("intl_compact", 20)], "pdig": [("ascii", 100)],
                  "afmt": [("en", 70), ("en_b", 30)], "pc": [("field", 80), ("dash", 10), ("none", 10)],
                  "email": 0.9, "addr": 0.9, "two_phones": 0.25, "label": 0.2, "order_FG": 0.2, "scholarly": 0.1,
                  "case": [("asis", 90), ("upper", 10)]},
    "rep":      {"script": "lat", "spell": "fing", "hon": 0.4, "court": 0.1, "arabic": 0.0,
                 "pfmt": [("plain", 50), ("space", 30), ("mixed", 20)], "pdig": [("ascii", 100)],
                 "afmt": [("fing", 70), ("en_b", 30)], "pc": [("none", 50), ("field", 50)],
                 "email": 0.5, "addr": 0.45, "two_phones": 0.4, "label": 0.05,
                 "case": [("asis", 60), ("lower", 20), ("upper", 10), ("title", 10)]},
    "pos":      {"script": None, "spell": "fing", "hon": 0.2, "court": 0.05, "arabic": 0.2,
                 "zwnj": [("keep", 30), ("space", 40), ("none", 30)], "ndig": [("fa", 50), ("ascii", 50)],
                 "pfmt": [("plain", 70), ("space", 20), ("local", 10)], "pdig": [("ascii", 80), ("fa", 20)],
                 "afmt": [("fa_one", 60), ("fing", 40)], "pc": [("none", 70), ("field", 30)],
                 "email": 0.3, "addr": 0.2, "two_phones": 0.05, "label": 0.0, "no_fields": 0.5,
                 "case": [("asis", 50), ("lower", 30), ("upper", 20)]},
    "legacy":   {"script": "fa", "spell": "pref", "hon": 0.5, "court": 0.0, "arabic": 0.0,
                 "zwnj": [("keep", 50), ("none", 50)], "ndig": [("ascii", 100)],
                 "pfmt": [("plain", 60), ("dash", 40)], "pdig": [("ascii", 100)],
                 "afmt": [("fa_split", 100)], "pc": [("field", 90), ("none", 10)],
                 "email": 0.6, "addr": 0.7, "two_phones": 0.2, "label": 0.0,
                 "enc": [("qmarks", 50), ("moj1256", 35), ("moj1252", 15)]},
}
FA_SOURCES = ("qbo_fa", "order_fa", "legacy")


def lat_spelling(variants, pref, spell):
    if spell == "pref":
        return variants[pref]
    s = pick(variants)
    if spell == "fing" and chance(0.45):
        s2 = finglish(s)
        if s2:
            s = s2
    return s


def title_str(key, script, pref=0):
    fa, lat = TITLES[key]
    return fa if script == "fa" else lat[pref]


def name_parts(nm, script, src, sp):
    """component strings of a person's name for a source"""
    st = SOURCES[src]
    g_fa, g_lat = ALL_GIVEN[nm["given"]][0], ALL_GIVEN[nm["given"]][1]
    f_fa, f_lat = ALL_FAMILY[nm["family"]][0], ALL_FAMILY[nm["family"]][1]
    if script == "fa":
        sp["given"], sp["family"] = g_fa, f_fa
    else:
        spell = st["spell"] if src != "pos" else "fing"
        sp["given"] = lat_spelling(g_lat, nm["g_pref"], spell)
        sp["family"] = lat_spelling(f_lat, nm["f_pref"], spell)
        if chance(st.get("scholarly", 0)):
            sp["given"] = SCHOLARLY.get(sp["given"], sp["given"])
            sp["family"] = SCHOLARLY.get(sp["family"], sp["family"])
    tp = 0 if (script == "fa" or st["spell"] == "pref") else None
    sp["hon"] = None
    if nm["hon"] and chance(st["hon"]):
        lat = TITLES[nm["hon"]][1]
        sp["hon"] = title_str(nm["hon"], script, 0 if tp == 0 else R.randrange(len(lat)))
    sp["sey"] = None
    sp["sey_in_given"] = False
    if nm["sey"] and chance(0.85):
        lat = TITLES[nm["sey"]][1]
        sp["sey"] = title_str(nm["sey"], script, 0 if tp == 0 else R.randrange(len(lat)))
        sp["sey_in_given"] = chance(0.45)
    sp["courtesy"] = None
    if chance(st["court"]) and not sp["hon"]:
        fa, lat = COURTESY[nm["gender"]]
        sp["courtesy"] = fa if script == "fa" else (lat[0] if src == "export_en" else pick(lat[2:]))
    sp["g_mod"] = None
    sp["f_mod"] = None


def make_spec(ent, src, ids=None):
    """ids: None (choose by the source's habits) or a dict {email, phones, fax, addr}"""
    st = SOURCES[src]
    sp = {"src": src}
    script = st["script"]
    if script is None:
        script = "fa" if chance(0.6) else "lat"
    if ent["country"] in ("TR", "CA") and script == "fa" and src not in FA_SOURCES and chance(0.5):
        script = "lat"
    sp["script"] = script
    sp["enc"] = wpick(st["enc"]) if "enc" in st else None
    sp["case"] = wpick(st.get("case", [("asis", 1)])) if script == "lat" else None
    sp["arabic"] = script == "fa" and chance(st["arabic"])
    sp["zwnj"] = wpick(st.get("zwnj", [("keep", 1)])) if script == "fa" else None
    sp["ndig"] = wpick(st.get("ndig", [("fa", 1)])) if script == "fa" else "ascii"
    sp["accents"] = None
    sp["dn_suffix"] = None
    sp["dn_extra"] = None
    sp["swap"] = False
    sp["order"] = "gf"
    sp["name_fields"] = not chance(st.get("no_fields", 0))
    if ent["kind"] == "person":
        name_parts(ent["name"], script, src, sp)
        if script == "fa" and chance(st.get("order_fg", 0)):
            sp["order"] = "fg"
        if script == "lat" and chance(st.get("order_FG", 0)):
            sp["order"] = pick(["FG", "f,g"])
        for k in ("otpl", "core", "c_mod", "branch_txt", "contact", "suborg_txt"):
            sp[k] = None
    else:
        org_parts(ent, script, src, sp)
    # identifiers
    if ids is None:
        ids = choose_ids(ent, src)
    sp["email"] = ids["email"]
    sp["e_mod"] = None
    sp["email_case"] = wpick([("lower", 88), ("camel", 6), ("title", 4), ("upper", 2)])
    sp["phones"] = ids["phones"]
    sp["p_mod"] = None
    sp["fax"] = ids["fax"]
    sp["pfmt"] = wpick(st["pfmt"])
    sp["pdig"] = wpick(st["pdig"]) if script == "fa" else "ascii"
    sp["psep"] = pick([" / ", " - ", ", "]) if script == "lat" else pick([" / ", " - ", "، "])
    sp["plabel"] = chance(st["label"]) or bool(sp["fax"])
    address_spec(ent, ids["addr"], script, src, sp)
    return sp


def choose_ids(ent, src, min_one=True):
    st = SOURCES[src]
    for _ in range(50):
        email = ent["emails"][0] if (ent["emails"] and chance(st["email"])) else None
        phones = []
        if ent["phones"]:
            if len(ent["phones"]) > 1 and chance(st["two_phones"]):
                phones = [ent["phones"][0], ent["phones"][1]]
                if chance(0.3):
                    phones.reverse()
            elif len(ent["phones"]) > 1 and chance(0.35):
                phones = [ent["phones"][1]]
            elif chance(0.93):
                phones = [ent["phones"][0]]
        fax = ent["fax"] if (ent["fax"] and phones and chance(0.5) and src != "pos") else None
        addr = 0 if (ent["addresses"] and chance(st["addr"])) else None
        if not min_one or email or phones or addr is not None:
            return {"email": email, "phones": phones, "fax": fax, "addr": addr}
    raise RuntimeError("no identifier")


def org_style(src):
    if src in ("qbo_en", "export_en"):
        return "en"
    if src == "rep":
        return "en" if chance(0.3) else "fg"
    return "fg"


def org_parts(ent, script, src, sp):
    st = SOURCES[src]
    t = ORG_TYPES[ent["otype"]]
    has_d = ent["district"] is not None
    style = "fa" if script == "fa" else org_style(src)
    key = style if (has_d or (style + "0") not in t) else style + "0"
    tpls = t[key]
    sp["otpl"] = tpls[0] if (src.startswith("qbo") and chance(0.6)) else pick(tpls)
    sp["ostyle"] = style
    core = ent["core"]
    if t["grp"] == "public":
        c_fa, c_lat = CITIES[ent["city"]][0], CITIES[ent["city"]][1]
        sp["core"] = c_fa if script == "fa" else (c_lat[0] if st["spell"] == "pref" else pick(c_lat[:2]))
    else:
        sp["core"] = core["fa"] if script == "fa" else lat_spelling(core["lat"], core["pref"],
                                                                    "pref" if style == "en" else st["spell"])
    sp["c_mod"] = None
    sp["suborg_txt"] = None
    if ent["suborg"] is not None:
        mfa, mlat = MUNI_ORGS[ent["suborg"]]
        sp["suborg_txt"] = mfa if script == "fa" else (mlat[0] if style == "en" else mlat[1])
    sp["branch_txt"] = None
    if ent["branch"] is not None:
        b = ent["branch"]
        if script == "fa":
            w = pick(BRANCH_FA["central"]) if b == "central" else BRANCH_FA["n"][0]
        else:
            opts = BRANCH_LAT["central"] if b == "central" else BRANCH_LAT["n"]
            w = opts[0] if style == "en" else pick(opts)
        w = w.replace("{n}", str(b))
        sep = pick([" - ", " ", " ("])
        sp["branch_txt"] = sep + w + (")" if sep == " (" else "")
    sp["contact"] = False
    for k in ("given", "family", "hon", "sey", "courtesy"):
        sp[k] = None
    sp["sey_in_given"] = False
    sp["g_mod"] = sp["f_mod"] = None
    if ent["contact"] and chance({"pos": 0.2, "rep": 0.7, "export_en": 0.4}.get(src, 0.55)):
        sp["contact"] = True
        name_parts(ent["contact"], script, src, sp)
        sp["hon"] = None
        sp["courtesy"] = None
        if src in ("rep", "pos") and chance(0.12):
            fa, lat = COURTESY[ent["contact"]["gender"]]
            if script == "fa":
                sp["dn_extra"] = " - " + fa + " " + sp["family"]
            else:
                sp["dn_extra"] = " (" + pick(lat[2:]) + " " + sp["family"] + ")"


def address_spec(ent, idx, script, src, sp):
    sp["addr"] = idx
    for k in ("afmt", "pc", "street_str", "st_word", "st_mod", "alley_word", "place_str", "kind_word",
              "bazaar_str", "unit", "city_str", "city_mod", "region", "country", "adig"):
        sp[k] = None
    if idx is None:
        return
    st = SOURCES[src]
    a = ent["addresses"][idx]
    fmts = [(f, w) for f, w in st["afmt"] if (f.startswith("fa") == (script == "fa"))]
    if not fmts:
        fmts = [("fa_one", 1)] if script == "fa" else [("en_b", 1)]
    sp["afmt"] = wpick(fmts)
    lat_style = "fing" if sp["afmt"] == "fing" else "en"
    spell = "pref" if lat_style == "en" and st["spell"] == "pref" else "any"
    sp["pc"] = wpick(st["pc"])
    sp["adig"] = sp["ndig"] if script == "fa" else "ascii"
    p_old = {"rep": 0.1, "order_fa": 0.06, "legacy": 0.12, "pos": 0.06}.get(src, 0.02)
    if a["kind"] in ("street", "bazaar") and a.get("street"):
        stype, sfa, slat, olds = STREETS[a["street"]]
        if olds and chance(p_old):
            ofa, olat = pick(olds)
            sp["street_str"] = ofa if script == "fa" else olat[0]
            sp["st_mod"] = "old"
        else:
            sp["street_str"] = sfa if script == "fa" else lat_spelling(slat, 0, spell)
        if script == "fa":
            sp["st_word"] = STREET_WORD[stype][0]
        elif lat_style == "en":
            sp["st_word"] = STREET_WORD[stype][1][0] if sp["afmt"] == "en" else pick(STREET_WORD[stype][1])
        else:
            sp["st_word"] = pick(STREET_WORD[stype][2])
    sp["alley_word"] = pick(["Koocheh", "Kooche", "Kuche", "Kucheh"]) if lat_style == "fing" else None
    if a["kind"] == "bazaar":
        _, kind, pfa, plat, _ = BAZAAR_PLACES[a["place"]]
        bfa, blat = BAZAAR_NAME[a["city"]]
        if script == "fa":
            sp["place_str"], sp["kind_word"], sp["bazaar_str"] = pfa, BAZAAR_KIND[kind][0], bfa
        else:
            sp["place_str"] = lat_spelling(plat, 0, spell)
            sp["kind_word"] = BAZAAR_KIND[kind][1][0] if lat_style == "en" else pick(BAZAAR_KIND[kind][1])
            sp["bazaar_str"] = blat[0] if lat_style == "en" else pick(blat)
    p_unit = {"qbo_fa": 0.9, "qbo_en": 0.9, "order_fa": 0.8, "export_en": 0.9, "rep": 0.5, "pos": 0.4}.get(src, 0.7)
    sp["unit"] = chance(p_unit)
    # city / region / country
    if a["cc"] == "IR":
        cfa, clat, pfa, plat = CITIES[a["city"]][0], CITIES[a["city"]][1], CITIES[a["city"]][2], CITIES[a["city"]][3]
        cn_fa, cn_lat = COUNTRY_NAMES["IR"]
    else:
        _, cfa, clat, pfa, plat = FOREIGN_CITIES[a["city"]]
        cn_fa, cn_lat = COUNTRY_NAMES[a["cc"]]
    if script == "fa":
        sp["city_str"] = cfa
    else:
        sp["city_str"] = clat[0] if spell == "pref" else pick(clat[:2])
    p_reg = {"qbo_fa": 0.6, "qbo_en": 0.7, "order_fa": 0.3, "export_en": 0.7, "rep": 0.2, "pos": 0.1, "legacy": 0.5}[src]
    if chance(p_reg) or a["cc"] == "CA":
        sp["region"] = pfa if script == "fa" else (plat[0] if spell == "pref" else pick(plat))
    p_cty = {"qbo_fa": 0.7, "qbo_en": 0.85, "order_fa": 0.6, "export_en": 0.95, "rep": 0.4, "pos": 0.1, "legacy": 0.6}[src]
    if a["cc"] != "IR":
        p_cty = 0.95
    if chance(p_cty):
        if script == "fa":
            sp["country"] = cn_fa if chance(0.6) else cn_lat[1 if a["cc"] == "IR" else 0]
        else:
            sp["country"] = cn_lat[0] if (src == "export_en" and chance(0.5)) else pick(cn_lat)


# ---------------------------------------------------------------------------
# rendering a spec into a QuickBooks-like contact
# ---------------------------------------------------------------------------
def fmt_phone(p, style):
    cc, n = p["cc"], p["nsn"]
    mob = p["type"] == "mobile"
    if cc == "98":
        if mob:
            a, b, c = n[:3], n[3:6], n[6:]
            return {"dash": "0%s-%s-%s" % (a, b, c), "space": "0%s %s %s" % (a, b, c),
                    "intl": "+98 %s %s %s" % (a, b, c), "intl_compact": "+98" + n,
                    "intl00": "0098 %s %s%s" % (a, b, c), "paren": "0%s %s%s" % (a, b, c),
                    "plain": "0" + n, "local": "0" + n, "mixed": "0%s %s%s" % (a, b, c)}[style]
        ar, loc = n[:2], n[2:]
        return {"dash": "0%s-%s" % (ar, loc), "space": "0%s %s %s" % (ar, loc[:4], loc[4:]),
                "intl": "+98 %s %s %s" % (ar, loc[:4], loc[4:]), "intl_compact": "+98" + n,
                "intl00": "0098 %s %s" % (ar, loc), "paren": "(0%s) %s" % (ar, loc),
                "plain": "0" + n, "local": loc, "mixed": "0%s %s" % (ar, loc)}[style]
    intl = style in ("intl", "intl00", "intl_compact")
    pre = {"intl": "+" + cc + " ", "intl00": "00" + cc + " ", "intl_compact": "+" + cc}.get(style, "")
    if cc == "1":
        a, b, c = n[:3], n[3:6], n[6:]
        if intl:
            return pre + ("%s%s%s" % (a, b, c) if style == "intl_compact" else "%s %s %s" % (a, b, c))
        return "(%s) %s-%s" % (a, b, c) if style in ("paren", "space", "mixed") else "%s-%s-%s" % (a, b, c)
    if cc == "971":
        k = 1 if n[0] == "4" else 2
        a, b = n[:k], n[k:]
        if intl:
            return pre + (n if style == "intl_compact" else "%s %s %s" % (a, b[:3], b[3:]))
        return "0%s %s %s" % (a, b[:3], b[3:]) if style != "plain" else "0" + n
    if cc == "90":
        a, b = n[:3], n[3:]
        if intl:
            return pre + (n if style == "intl_compact" else "%s %s %s %s" % (a, b[:3], b[3:5], b[5:]))
        return "0%s %s %s %s" % (a, b[:3], b[3:5], b[5:]) if style != "plain" else "0" + n
    # Afghanistan
    a, b = n[:2], n[2:]
    if intl:
        return pre + (n if style == "intl_compact" else "%s %s %s" % (a, b[:3], b[3:]))
    return "0%s %s %s" % (a, b[:3], b[3:]) if style != "plain" else "0" + n


LABELS = {"fa": {"landline": ["تلفن:", "تلفن"], "mobile": ["همراه:", "موبایل:"], "fax": ["فکس:", "نمابر:"]},
          "lat": {"landline": ["Tel:", "Tel"], "mobile": ["Mob:", "Mobile:"], "fax": ["Fax:", "Fax"]}}


def render_phone(sp):
    nums = list(sp["phones"])
    if sp["fax"]:
        nums = nums + [dict(sp["fax"], type="fax")]
    if not nums:
        return None
    outs = []
    for p in nums:
        q = p if p["type"] != "fax" else dict(p, type="landline")
        s = fmt_phone(q, sp["pfmt"])
        s = digits_as(s, sp["pdig"])
        if sp["plabel"]:
            lab = LABELS["fa" if sp["script"] == "fa" else "lat"][p["type"]][0]
            s = lab + " " + s
        outs.append(s)
    return sp["psep"].join(outs)


def _unit_str(a, sp, fmt):
    if not (sp["unit"] and a.get("unit")):
        return None
    kind, n = a["unit"]
    d = lambda x: digits_as(str(x), sp["adig"])
    if fmt.startswith("fa"):
        if kind == "unit":
            return "واحد " + d(n)
        return "همکف" if n == 0 else "طبقه " + d(n)
    if fmt == "fing":
        if kind == "unit":
            return "Vahed " + str(n)
        return "Hamkaf" if n == 0 else "Tabaghe " + str(n)
    if kind == "unit":
        return "Unit " + str(n)
    return "Ground Floor" if n == 0 else ordinal(n) + " Floor"


def _alley_str(a, sp, fmt):
    al = a.get("alley")
    if not al:
        return None
    d = lambda x: digits_as(str(x), sp["adig"])
    if al[0] == "n":
        n = al[1]
        if fmt.startswith("fa"):
            return "کوچه " + d(n)
        if fmt == "fing":
            return sp["alley_word"] + " " + str(n)
        return ordinal(n) + " Alley" if fmt == "en" else "Alley " + str(n)
    afa, alat = ALLEY_NAMES[al[1]]
    bon = al[2]
    if fmt.startswith("fa"):
        return ("بن‌بست " if bon else "کوچه ") + afa
    if fmt == "fing":
        return ("Bonbast " if bon else sp["alley_word"] + " ") + alat
    return alat + (" Dead-end" if bon else " Alley")


def render_address(ent, sp):
    if sp["addr"] is None:
        return None
    a = ent["addresses"][sp["addr"]]
    fmt = sp["afmt"]
    fa = fmt.startswith("fa")
    d = lambda x: digits_as(str(x), sp["adig"])
    line2 = None
    pc_val = None
    kind = a["kind"]
    if kind == "street":
        if fa:
            parts = [sp["st_word"] + " " + sp["street_str"], _alley_str(a, sp, fmt), "پلاک " + d(a["plate"])]
        elif fmt == "fing":
            parts = [sp["st_word"] + " " + sp["street_str"], _alley_str(a, sp, fmt), "Pelak " + str(a["plate"])]
        elif fmt == "en":
            parts = ["No. " + str(a["plate"]), _alley_str(a, sp, fmt), sp["street_str"] + " " + sp["st_word"]]
        else:
            parts = [sp["street_str"] + " " + sp["st_word"], _alley_str(a, sp, fmt), "No. " + str(a["plate"])]
        parts = [p for p in parts if p]
        u = _unit_str(a, sp, fmt)
    elif kind == "bazaar":
        _, bkind, _, _, st = BAZAAR_PLACES[a["place"]]
        fl = a["floor"]
        if fa:
            place = sp["kind_word"] + " " + sp["place_str"]
            if bkind == "passage":
                parts = [sp["st_word"] + " " + sp["street_str"], place,
                         "همکف" if fl == 0 else "طبقه " + d(fl), "پلاک " + d(a["plate"])]
            else:
                parts = [sp["bazaar_str"], place, "پلاک " + d(a["plate"])]
        elif fmt == "fing":
            if bkind == "passage":
                parts = [sp["st_word"] + " " + sp["street_str"], sp["kind_word"] + " " + sp["place_str"],
                         "Hamkaf" if fl == 0 else "Tabaghe " + str(fl), "Pelak " + str(a["plate"])]
            else:
                parts = [sp["bazaar_str"], sp["kind_word"] + " " + sp["place_str"], "Pelak " + str(a["plate"])]
        else:
            if bkind == "passage":
                parts = ["Shop " + str(a["plate"]), "Ground Floor" if fl == 0 else ordinal(fl) + " Floor",
                         sp["place_str"] + " " + sp["kind_word"], sp["street_str"] + " " + sp["st_word"]]
            else:
                parts = ["Shop " + str(a["plate"]), sp["kind_word"] + " " + sp["place_str"], sp["bazaar_str"]]
        u = None
    elif kind == "dubai":
        afa, alat = DUBAI_AREAS[a["area"]]
        sfa, slat = DUBAI_STREETS[a["street"]]
        if fa:
            parts = [afa, sfa, "مغازه " + d(a["shop"]), a["bldg"]]
        else:
            parts = ["Shop No. " + str(a["shop"]), a["bldg"]]
            line2 = slat + ", " + alat
        u = None
        if a["pobox"]:
            pc_val = ("صندوق پستی " + d(a["pobox"])) if fa else ("P.O. Box " + a["pobox"])
    elif kind == "istanbul":
        sfa, slat = IST_STREETS[a["street"]]
        dfa, dlat, mah = IST_DISTRICTS[a["district"]]
        if fa:
            parts = [dfa, sfa, "پلاک " + d(a["no"])]
        else:
            parts = [slat + " No: " + str(a["no"]) + ((" D: " + str(a["door"])) if a["door"] else "")]
            line2 = mah + ", " + dlat
        u = None
        pc_val = d(a["postcode"]) if fa else a["postcode"]
    elif kind == "herat":
        afa, alat = HERAT_AREAS[a["area"]]
        sfa, slat = HERAT_SARAIS[a["sarai"]]
        if fa:
            parts = ["دکان " + d(a["shop"]), sfa, afa]
        else:
            parts = ["Shop " + str(a["shop"]), slat, alat]
        u = None
    else:  # canada: typed in Latin whatever the source
        parts = ["%d %s" % (a["no"], a["street"])]
        u = None
        if a["unit"] and sp["unit"]:
            line2 = ("Unit %d" % a["unit"]) if not fa else ("واحد " + d(a["unit"]))
        pc_val = a["postcode"]
    sep = "، " if fa else ", "
    if kind in ("street", "bazaar") and fmt == "fa_one":
        parts = [sp["city_str"]] + parts + ([u] if u else [])
        u = None
    if kind == "dubai" and fmt == "fa_one":
        parts = [sp["city_str"]] + parts
    line1 = sep.join(parts)
    if u:
        line2 = u
    # postcode
    postal = None
    if a["cc"] == "IR":
        pc = a["postcode"]
        mode = sp["pc"]
        if mode in ("field", "dash"):
            postal = d(pc if mode == "field" else pc[:5] + "-" + pc[5:])
        elif mode == "line":
            lab = "کد پستی: " if fa else "Postal Code: "
            txt = lab + d(pc)
            line2 = (line2 + sep + txt) if line2 else txt
    elif pc_val and sp["pc"] != "none":
        if sp["pc"] == "line":
            line2 = (line2 + sep + pc_val) if line2 else pc_val
        else:
            postal = pc_val
    return {"line1": line1, "line2": line2, "city": sp["city_str"], "region": sp["region"],
            "postalCode": postal, "country": sp["country"]}


def person_fields(sp):
    g, f = sp["given"], sp["family"]
    lead = [x for x in (sp["courtesy"], sp["hon"]) if x]
    name_g = (sp["sey"] + " " + g) if sp["sey"] else g
    gfield = name_g if sp["sey_in_given"] else g
    if sp["swap"]:
        disp = " ".join(lead + [f, name_g])
        return disp, f, gfield
    o = sp["order"]
    if o == "fg":
        disp = " ".join(lead + [f, name_g])
    elif o == "FG":
        disp = " ".join(lead + [f.upper(), name_g])
    elif o == "f,g":
        disp = f + ", " + " ".join(lead + [name_g])
    else:
        disp = " ".join(lead + [name_g, f])
    return disp, gfield, f


def render(ent, sp):
    if ent["kind"] == "person":
        disp, gv, fv = person_fields(sp)
        comp = None
    else:
        dd = ent["district"]
        dtxt = (digits_as(str(dd), sp["ndig"]) if sp["script"] == "fa" else str(dd)) if dd is not None else ""
        comp = sp["otpl"].format(c=sp["core"], d=dtxt, o=sp["suborg_txt"] or "")
        if sp["branch_txt"]:
            comp += sp["branch_txt"]
        disp = comp + (sp["dn_extra"] or "")
        gv = fv = None
        if sp["contact"]:
            _, gv, fv = person_fields(dict(sp, courtesy=None, hon=None, swap=False, order="gf"))
    if not sp["name_fields"]:
        gv = fv = None
    if sp["dn_suffix"]:
        disp += sp["dn_suffix"]
    c = {"displayName": disp, "givenName": gv, "familyName": fv, "companyName": comp,
         "email": None, "phone": render_phone(sp), "address": render_address(ent, sp)}
    if sp["email"]:
        e = sp["email"]
        m = sp["email_case"]
        if m == "upper":
            e = e.upper()
        elif m == "title":
            e = e[:1].upper() + e[1:]
        elif m == "camel":
            loc, dom = e.split("@", 1)
            e = ".".join(x[:1].upper() + x[1:] for x in loc.split(".")) + "@" + dom[:1].upper() + dom[1:]
        c["email"] = e
    name_keys = ["displayName", "givenName", "familyName", "companyName"]
    addr_keys = ["line1", "line2", "city", "region"]       # country is written as the source writes it

    def each_text(fn, with_addr=True, addr_case=True):
        for k in name_keys:
            if c[k] is not None:
                c[k] = fn(c[k])
        if with_addr and c["address"]:
            for k in addr_keys:
                if c["address"][k] is not None:
                    c["address"][k] = fn(c["address"][k])

    if sp["script"] == "lat" and sp["case"] in ("upper", "lower"):
        each_text(lambda s: apply_case(s, sp["case"]))
    elif sp["script"] == "lat" and sp["case"] == "title":
        each_text(lambda s: apply_case(s, "title"), with_addr=False)
    if sp["accents"] == "dropped":
        each_text(strip_accents)
    elif sp["accents"] == "mangled":
        each_text(lambda s: mojibake(s, "cp1252"))
    if sp["script"] == "fa":
        each_text(lambda s: zwnj_mode(s, sp["zwnj"]))
        if sp["arabic"]:
            each_text(arabic_letters)
            if c["address"] and c["address"]["country"]:
                c["address"]["country"] = arabic_letters(c["address"]["country"])
    if sp["enc"] and c["address"] and c["address"]["country"] and has_nonascii(c["address"]["country"]):
        c["address"]["country"] = ent["addresses"][sp["addr"]]["cc"]      # the old import kept the code
    if sp["enc"] == "qmarks":
        each_text(qmarks)
    elif sp["enc"] in ("moj1256", "moj1252"):
        each_text(lambda s: mojibake(s, "cp1256" if sp["enc"] == "moj1256" else "cp1252"))
    # tidy: no empty strings, single spaces
    for k in name_keys + ["email", "phone"]:
        if c[k] is not None:
            c[k] = re.sub(r" {2,}", " ", c[k]).strip() or None
    if c["address"]:
        for k in list(c["address"].keys()):
            v = c["address"][k]
            if v is not None:
                c["address"][k] = re.sub(r" {2,}", " ", v).strip() or None
    return c


# ---------------------------------------------------------------------------
# what two records share (used for the evidence / shared labels)
# ---------------------------------------------------------------------------
def norm_text(s):
    s = ascii_digits(persian_letters(s)).replace("ة", "ه").replace("أ", "ا").replace("إ", "ا")
    s = strip_accents(s).casefold()
    return s


def compact(s):
    return re.sub(r"[\W_]+", "", norm_text(s))


CITY_ALIAS = {}
for _k, _v in CITIES.items():
    for _s in [_v[0]] + _v[1]:
        CITY_ALIAS[compact(_s)] = _k
for _k, _v in FOREIGN_CITIES.items():
    for _s in [_v[1]] + _v[2]:
        CITY_ALIAS[compact(_s)] = _k


def city_key(addr):
    if not addr or not addr.get("city"):
        return None
    c = compact(addr["city"])
    return CITY_ALIAS.get(c, c) or None


PHONE_SPLIT = re.compile(r"\s+[-–]\s+|[/,،;|]|(?:tel|fax|mobile|mob|تلفن|همراه|موبایل|فکس|نمابر)\s*:?", re.I)
CCS = ["971", "98", "93", "90", "1"]


def phone_keys(s):
    if not s:
        return []
    out = []
    for part in PHONE_SPLIT.split(ascii_digits(s)):
        if not part:
            continue
        d = re.sub(r"\D", "", part)
        if len(d) < 7:
            continue
        if "+" in part or d.startswith("00"):
            d = d.lstrip("0") if d.startswith("00") else d
            for cc in CCS:
                if d.startswith(cc):
                    d = d[len(cc):]
                    break
        elif d.startswith("0"):
            d = d[1:]
        out.append(d)
    return out


def phones_shared(a, b):
    for x in phone_keys(a):
        for y in phone_keys(b):
            if x == y:
                return True
            sh, lo = (x, y) if len(x) <= len(y) else (y, x)
            if len(sh) >= 8 and lo.endswith(sh):
                return True
    return False


PC10 = re.compile(r"(?<!\d)(\d{5})[-\s]?(\d{5})(?!\d)")


def pc10(addr):
    for k in ("postalCode", "line1", "line2"):
        v = addr.get(k)
        if v:
            m = PC10.search(ascii_digits(v))
            if m:
                return m.group(1) + m.group(2)
    return None


def pc_foreign(addr):
    v = addr.get("postalCode")
    if not v:
        return None
    t = ascii_digits(v).upper().replace("P.O. BOX", "").replace("PO BOX", "").replace("صندوق پستی", "")
    t = re.sub(r"[^0-9A-Z]", "", t)
    return t or None


def first_number(s):
    m = re.search(r"\d+", ascii_digits(s or ""))
    return m.group(0) if m else None


def line_key(addr):
    l1 = addr.get("line1") or ""
    if "?" in l1 or "\ufffd" in l1:
        return None
    return compact(l1) or None


def address_shared(a, b):
    if not a or not b:
        return False
    p, q = pc10(a), pc10(b)
    if p and q:
        return p == q
    ca, cb = city_key(a), city_key(b)
    if not p and not q:
        fa_, fb_ = pc_foreign(a), pc_foreign(b)
        if fa_ and fb_ and fa_ == fb_ and ca and ca == cb and first_number(a.get("line1")) \
                and first_number(a.get("line1")) == first_number(b.get("line1")):
            return True
    la, lb = line_key(a), line_key(b)
    return bool(la and la == lb and ca and ca == cb)


def email_key(e):
    return e.strip().casefold() if e else None


def evidence(c1, c2):
    ev = []
    if c1["email"] and c2["email"] and email_key(c1["email"]) == email_key(c2["email"]):
        ev.append("email")
    if phones_shared(c1["phone"], c2["phone"]):
        ev.append("phone")
    if address_shared(c1["address"], c2["address"]):
        ev.append("address")
    return ev


# ---------------------------------------------------------------------------
# changes between a compared record and an incoming record of the same customer
# ---------------------------------------------------------------------------
MOD_KEYS = ("g_mod", "f_mod", "c_mod", "o_mod", "e_mod", "p_mod", "a_mod", "st_mod", "city_mod")


def copy_spec(sp):
    out = dict(sp)
    out["phones"] = list(sp["phones"])
    for k in MOD_KEYS:
        out[k] = None
    out["dn_suffix"] = None
    return out


def mod_defaults(sp):
    for k in MOD_KEYS:
        sp.setdefault(k, None)
    return sp


def other_of(cur, options):
    opts = [o for o in options if o != cur]
    return pick(opts) if opts else None


def m_spelling(ent, sp, keep):
    if sp["script"] != "lat":
        return False
    if ent["kind"] == "org" and ORG_TYPES[ent["otype"]]["grp"] != "public" and chance(0.6):
        cur = sp["core"]
        for _ in range(6):
            new = lat_spelling(ent["core"]["lat"], ent["core"]["pref"], "fing")
            if new != cur:
                sp["core"], sp["c_mod"] = new, "spelling"
                return True
        return False
    nm = ent["name"] if ent["kind"] == "person" else (ent["contact"] if sp["contact"] else None)
    if not nm:
        return False
    which = pick(["given", "family"])
    tab = ALL_GIVEN[nm["given"]][1] if which == "given" else ALL_FAMILY[nm["family"]][1]
    for _ in range(6):
        new = lat_spelling(tab, 0, "fing")
        if new != sp[which]:
            sp[which] = new
            sp["g_mod" if which == "given" else "f_mod"] = "spelling"
            return True
    return False


def m_nickname(ent, sp, keep):
    nm = ent["name"] if ent["kind"] == "person" else (ent["contact"] if sp["contact"] else None)
    if not nm or not ALL_GIVEN[nm["given"]][4]:
        return False
    nfa, nlat = ALL_GIVEN[nm["given"]][4]
    sp["given"] = nfa if sp["script"] == "fa" else pick(nlat)
    sp["g_mod"] = "nickname"
    return True


def m_abbrev(ent, sp, keep):
    if ent["kind"] == "org":
        o = sp["otpl"]
        reps = [("Company Limited", "Co. Ltd"), ("Company", "Co."), ("Trading Co.", "Trdg. Co."), ("Brothers", "Bros."),
                ("Private Joint Stock Co.", "PJSC"), ("Sherkat-e ", "Sh. "), ("Sherkat ", "Sh. "),
                ("Home Appliances", "Home Appl."), ("Foroushgah ", "F. "), ("Lavazem Khanegi", "L. Khanegi"),
                ("شرکت ", ""), ("فروشگاه ", ""), (" (سهامی خاص)", " س.خ"), (" (با مسئولیت محدود)", " با م.م"),
                ("Technical Services", "Tech. Services"), ("Municipality", "Mun."), ("Department", "Dept.")]
        R.shuffle(reps)
        for a, b in reps:
            if a in o:
                sp["otpl"] = o.replace(a, b, 1)
                sp["o_mod"] = "abbreviation"
                return True
        return False
    if sp["script"] != "lat":
        return False
    g = sp["given"]
    m = re.match(r"(Moh?amm?ad|Muhammad|Mohammed)[ -]?(\w+)$", g)
    if m and m.group(2):
        sp["given"] = "M. " + m.group(2)[:1].upper() + m.group(2)[1:]
    else:
        sp["given"] = g[:1] + "."
    sp["g_mod"] = "abbrev"
    return True


def m_typo_name(ent, sp, keep):
    opts = []
    if sp.get("given"):
        opts.append("given")
    if sp.get("family"):
        opts.append("family")
    if ent["kind"] == "org" and ORG_TYPES[ent["otype"]]["grp"] != "public":
        opts += ["core", "core"]
    if not opts:
        return False
    w = pick(opts)
    new = typo_any(sp[w])
    if new == sp[w]:
        return False
    sp[w] = new
    sp[{"given": "g_mod", "family": "f_mod", "core": "c_mod"}[w]] = "typo"
    return True


def m_title(ent, sp, keep):
    if ent["kind"] != "person":
        return False
    nm = ent["name"]
    if sp["hon"]:
        sp["hon"] = None
        return True
    if nm["hon"]:
        sp["hon"] = title_str(nm["hon"], sp["script"], 0 if sp["script"] == "fa" else R.randrange(len(TITLES[nm["hon"]][1])))
        return True
    if sp["sey"]:
        sp["sey"] = None
        sp["sey_in_given"] = False
        return True
    if nm["sey"]:
        sp["sey"] = title_str(nm["sey"], sp["script"], 0)
        return True
    return False


def m_courtesy(ent, sp, keep):
    if ent["kind"] != "person" or sp["hon"]:
        return False
    fa, lat = COURTESY[ent["name"]["gender"]]
    if sp["courtesy"]:
        sp["courtesy"] = None
    else:
        sp["courtesy"] = fa if sp["script"] == "fa" else pick(lat)
    return True


def m_order(ent, sp, keep):
    if ent["kind"] != "person":
        return False
    sp["order"] = other_of(sp["order"], ["gf", "fg"] if sp["script"] == "fa" else ["gf", "FG", "f,g", "fg"])
    return True


def m_swap(ent, sp, keep):
    if ent["kind"] != "person" or not sp["name_fields"]:
        return False
    sp["swap"] = True
    return True


def m_case(ent, sp, keep):
    if sp["script"] != "lat":
        return False
    sp["case"] = other_of(sp["case"], ["asis", "upper", "lower", "title"])
    return True


def m_zwnj(ent, sp, keep):
    if sp["script"] != "fa":
        return False
    sp["zwnj"] = other_of(sp["zwnj"], ["keep", "space", "none"])
    return True


def m_arabic(ent, sp, keep):
    if sp["script"] != "fa":
        return False
    sp["arabic"] = not sp["arabic"]
    return True


def m_digits(ent, sp, keep):
    if sp["script"] != "fa":
        return False
    d = other_of(sp["ndig"], ["fa", "ar", "ascii"])
    sp["ndig"] = d
    if sp["addr"] is not None:
        sp["adig"] = d
    return True


def m_phone_dig(ent, sp, keep):
    if sp["script"] != "fa" or not sp["phones"]:
        return False
    sp["pdig"] = other_of(sp["pdig"], ["fa", "ar", "ascii"])
    return True


def m_otpl(ent, sp, keep):
    if ent["kind"] != "org":
        return False
    t = ORG_TYPES[ent["otype"]]
    style = sp["ostyle"]
    key = style if (ent["district"] is not None or (style + "0") not in t) else style + "0"
    new = other_of(sp["otpl"], t[key])
    if not new:
        return False
    sp["otpl"] = new
    return True


def m_contact(ent, sp, keep):
    if ent["kind"] != "org" or not ent["contact"]:
        return False
    if sp["contact"]:
        sp["contact"] = False
        for k in ("given", "family", "sey"):
            sp[k] = None
        sp["sey_in_given"] = False
    else:
        sp["contact"] = True
        name_parts(ent["contact"], sp["script"], sp["src"], sp)
        sp["hon"] = sp["courtesy"] = None
    return True


def m_name_fields(ent, sp, keep):
    if not sp["name_fields"] or (ent["kind"] == "org" and not sp["contact"]):
        return False
    sp["name_fields"] = False
    return True


def m_accents(ent, sp, keep):
    if sp["script"] != "lat":
        return False
    sp["accents"] = pick(["dropped", "dropped", "mangled"])
    return True


def m_branch(ent, sp, keep):
    if ent["kind"] != "org" or ent["branch"] is None or not sp["branch_txt"]:
        return False
    tmp = dict(sp)
    org_parts(ent, sp["script"], sp["src"], tmp)
    if tmp["branch_txt"] == sp["branch_txt"]:
        return False
    sp["branch_txt"] = tmp["branch_txt"]
    return True


# --- identifier changes ----------------------------------------------------
EMAIL_TYPO_DOMAINS = {"gmail.com": ["gmial.com", "gmail.co", "gamil.com", "gmail.con"],
                      "yahoo.com": ["yahoo.con", "yaho.com", "yahho.com"],
                      "chmail.ir": ["chmail.com", "chmai.ir"], "outlook.com": ["outlok.com"],
                      "hotmail.com": ["hotmial.com", "hotmail.co"]}


def new_email_for(ent):
    if ent["kind"] == "person":
        gl, fl = name_lat(ent["name"])
        doms = [d for d, _ in PERSONAL_DOMAINS if not ent["emails"] or d != email_domain(ent["emails"][0])]
        return person_email(gl, fl, domain=pick(doms[:4]))
    clat = core_lat_pref(ent["core"])
    city_lat = CITIES[ent["city"]][1][0] if ent["city"] in CITIES else FOREIGN_CITIES[ent["city"]][2][0]
    if ent["emails"] and email_domain(ent["emails"][0]) not in FREE_DOMAINS and chance(0.5):
        return org_email(clat, ent["otype"], city_lat, domain=email_domain(ent["emails"][0]))
    if ent["contact"] and chance(0.4):
        gl, fl = name_lat(ent["contact"])
        return person_email(gl, fl)
    return org_email(clat, ent["otype"], city_lat)


def m_email_case(ent, sp, keep):
    if not sp["email"]:
        return False
    sp["email_case"] = other_of(sp["email_case"], ["lower", "camel", "title", "upper"])
    return True


def m_email_new(ent, sp, keep):
    if "email" in keep:
        return False
    e = new_email_for(ent)
    ent["emails"].append(e)
    sp["email"], sp["e_mod"] = e, "new"
    return True


def m_email_typo(ent, sp, keep):
    if "email" in keep or not sp["email"]:
        return False
    loc, dom = sp["email"].split("@", 1)
    for _ in range(10):
        if dom in EMAIL_TYPO_DOMAINS and chance(0.5):
            cand = loc + "@" + pick(EMAIL_TYPO_DOMAINS[dom])
        else:
            cand = typo_latin(loc).lower() + "@" + dom
        if cand != sp["email"] and claim_email(cand):
            sp["email"], sp["e_mod"] = cand, "typo"
            return True
    return False


def m_email_drop(ent, sp, keep):
    if "email" in keep or not sp["email"]:
        return False
    sp["email"] = None
    return True


def m_email_add(ent, sp, keep):
    if sp["email"] or not ent["emails"] or ent["emails"][-1] in SHARED_EMAILS:
        return False
    sp["email"] = ent["emails"][-1]
    return True


def m_phone_fmt(ent, sp, keep):
    if not sp["phones"]:
        return False
    sp["pfmt"] = other_of(sp["pfmt"], ["dash", "space", "intl", "intl00", "intl_compact", "paren", "plain", "mixed"])
    return True


def m_phone_label(ent, sp, keep):
    if not sp["phones"]:
        return False
    sp["plabel"] = not sp["plabel"]
    if not sp["plabel"]:
        sp["fax"] = None
    return True


def _kept_phone(sp, keep, base_sp):
    if "phone" in keep and base_sp["phones"]:
        return [base_sp["phones"][0]]
    return []


def m_phone_other(ent, sp, keep, base_sp=None):
    others = [p for p in ent["phones"] if p not in base_sp["phones"] and unshared(p)]
    if not others:
        return False
    sp["phones"] = _kept_phone(sp, keep, base_sp) + [pick(others)]
    return True


def m_phone_second(ent, sp, keep, base_sp=None):
    others = [p for p in ent["phones"] if p not in sp["phones"] and (unshared(p) or p in base_sp["phones"])]
    if not others or not sp["phones"] or sp["p_mod"] == "digit_off":
        return False
    sp["phones"] = sp["phones"] + [others[0]]
    return True


def m_phone_new(ent, sp, keep, base_sp=None):
    if "phone" in keep:
        return False
    p = gen_mobile(ent["country"], ent["city"])
    ent["phones"].append(p)
    sp["phones"], sp["p_mod"] = [p], "new"
    sp["fax"] = None
    return True


def m_phone_off(ent, sp, keep, base_sp=None):
    if "phone" in keep or not base_sp["phones"]:
        return False
    sp["phones"], sp["p_mod"] = [digit_off(base_sp["phones"][0])], "digit_off"
    sp["fax"] = None
    return True


def m_phone_drop(ent, sp, keep, base_sp=None):
    if "phone" in keep or not sp["phones"]:
        return False
    sp["phones"] = []
    sp["fax"] = None
    return True


def m_phone_local(ent, sp, keep, base_sp=None):
    if not sp["phones"] or any(p["cc"] != "98" or p["type"] != "landline" for p in sp["phones"]):
        return False
    sp["pfmt"] = "local"
    return True


def m_addr_fmt(ent, sp, keep):
    if sp["addr"] is None:
        return False
    opts = ["fa_split", "fa_one"] if sp["script"] == "fa" else ["en", "en_b", "fing"]
    new = other_of(sp["afmt"], opts)
    if (new == "fing") != (sp["afmt"] == "fing"):
        return False
    sp["afmt"] = new
    return True


def m_addr_pc(ent, sp, keep):
    if sp["addr"] is None:
        return False
    opts = ["field", "dash", "line"] + ([] if "address" in keep else ["none", "none"])
    sp["pc"] = other_of(sp["pc"], opts)
    return True


def m_addr_unit(ent, sp, keep):
    if sp["addr"] is None or not ent["addresses"][sp["addr"]].get("unit"):
        return False
    sp["unit"] = not sp["unit"]
    return True


def m_addr_country(ent, sp, keep):
    if sp["addr"] is None:
        return False
    cc = ent["addresses"][sp["addr"]]["cc"]
    fa, lat = COUNTRY_NAMES[cc]
    sp["country"] = other_of(sp["country"], [None, fa] + lat if sp["script"] == "fa" else [None] + lat)
    return True


def m_addr_region(ent, sp, keep):
    a = ent["addresses"][sp["addr"]] if sp["addr"] is not None else None
    if not a or a["cc"] != "IR":
        return False
    if sp["region"]:
        sp["region"] = None
    else:
        sp["region"] = CITIES[a["city"]][2] if sp["script"] == "fa" else pick(CITIES[a["city"]][3])
    return True


def m_addr_city(ent, sp, keep):
    a = ent["addresses"][sp["addr"]] if sp["addr"] is not None else None
    if not a or sp["script"] != "lat":
        return False
    vs = CITIES[a["city"]][1] if a["cc"] == "IR" else FOREIGN_CITIES[a["city"]][2]
    new = other_of(sp["city_str"], vs)
    if not new:
        return False
    sp["city_str"], sp["city_mod"] = new, "city_spelling"
    return True


def m_addr_old(ent, sp, keep):
    a = ent["addresses"][sp["addr"]] if sp["addr"] is not None else None
    if not a or a["kind"] not in ("street", "bazaar") or not a.get("street") or not STREETS[a["street"]][3] \
            or sp["st_mod"] == "old":
        return False
    ofa, olat = pick(STREETS[a["street"]][3])
    sp["street_str"] = ofa if sp["script"] == "fa" else olat[0]
    sp["st_mod"] = "old"
    return True


def m_addr_typo(ent, sp, keep):
    if sp["addr"] is None:
        return False
    if sp["street_str"] and chance(0.6):
        new = typo_any(sp["street_str"])
        if new != sp["street_str"]:
            sp["street_str"], sp["st_mod"] = new, "typo"
            return True
    new = typo_any(sp["city_str"])
    if new != sp["city_str"] and len(sp["city_str"]) > 3:
        sp["city_str"], sp["city_mod"] = new, "typo"
        return True
    return False


def m_addr_move(ent, sp, keep):
    if "address" in keep:
        return False
    city = ent["city"]
    mobile_kind = ent["kind"] == "person" or ORG_TYPES[ent["otype"]]["grp"] in ("shop", "service", "company", "other")
    if ent["country"] == "IR" and mobile_kind and chance(0.2):
        city = pick_ir_city()
    if ent["kind"] == "org" and ORG_TYPES[ent["otype"]]["grp"] == "bazaar" and ent["country"] == "IR":
        a = gen_address_bazaar(city if city in BAZAAR_NAME else None)
    else:
        a = gen_address(ent["country"], city, "home" if ent["kind"] == "person" else "shop")
    ent["addresses"].append(a)
    address_spec(ent, len(ent["addresses"]) - 1, sp["script"], sp["src"], sp)
    sp["a_mod"] = "moved"
    return True


def m_addr_drop(ent, sp, keep):
    if "address" in keep or sp["addr"] is None:
        return False
    address_spec(ent, None, sp["script"], sp["src"], sp)
    return True


def m_addr_add(ent, sp, keep):
    if sp["addr"] is not None or not ent["addresses"] or not unshared(ent["addresses"][-1]):
        return False
    address_spec(ent, len(ent["addresses"]) - 1, sp["script"], sp["src"], sp)
    return True


def m_enc(ent, sp, keep):
    if sp["script"] != "fa" or sp["enc"] or not ({"email", "phone"} & set(keep)):
        return False
    sp["enc"] = wpick(SOURCES["legacy"]["enc"])
    sp["pdig"] = "ascii"
    if sp["addr"] is not None:
        sp["adig"] = "ascii"
    return True


PHONE_MUTS = (m_phone_other, m_phone_second, m_phone_new, m_phone_off, m_phone_drop, m_phone_local)
LIGHT_MUTS = [(m_phone_fmt, 3), (m_email_case, 2), (m_title, 2), (m_zwnj, 2), (m_arabic, 2), (m_addr_pc, 2),
              (m_addr_country, 2), (m_case, 1), (m_courtesy, 1), (m_addr_unit, 1), (m_digits, 2), (m_otpl, 2),
              (m_contact, 1), (m_addr_city, 1), (m_phone_label, 1), (m_addr_region, 1), (m_phone_dig, 1),
              (m_branch, 1), (m_abbrev, 1)]
MEDIUM_MUTS = LIGHT_MUTS + [(m_spelling, 4), (m_nickname, 3), (m_addr_move, 1), (m_phone_new, 1), (m_typo_name, 4), (m_order, 1), (m_addr_old, 1),
                            (m_email_new, 1), (m_email_drop, 2), (m_phone_other, 2), (m_phone_second, 1),
                            (m_addr_drop, 2), (m_addr_fmt, 1), (m_name_fields, 1), (m_accents, 1), (m_addr_typo, 1),
                            (m_email_add, 1), (m_addr_add, 1)]
HARSH_MUTS = MEDIUM_MUTS + [(m_swap, 1), (m_typo_name, 4), (m_email_typo, 2), (m_phone_off, 2), (m_phone_new, 2),
                            (m_addr_move, 3), (m_phone_local, 1), (m_phone_drop, 1), (m_enc, 2), (m_email_new, 2)]
PROFILE_MUTS = {"light": (LIGHT_MUTS, 1, 2), "medium": (MEDIUM_MUTS, 2, 4), "harsh": (HARSH_MUTS, 4, 7)}


# --- deriving an incoming record from a compared one ------------------------
INCOMING_SOURCES = [("order_fa", 32), ("rep", 25), ("export_en", 13), ("pos", 18), ("legacy", 12)]
UPSTREAM_OF = {"qbo_fa": "order_fa", "qbo_en": "export_en"}


def keepable(rec):
    ks = []
    if rec["email"]:
        ks.append("email")
    if phone_keys(rec["phone"]):
        ks.append("phone")
    a = rec["address"]
    if a and (pc10(a) or (pc_foreign(a) and first_number(a.get("line1")) and city_key(a))):
        ks.append("address")
    return ks


def choose_keep(rec, profile):
    ks = keepable(rec)
    if not ks:
        return None
    if profile == "light":
        return ks
    if profile == "medium":
        n = 1 if (len(ks) == 1 or chance(0.6)) else 2
    else:
        n = 1
    ks2 = ks[:]
    R.shuffle(ks2)
    return sorted(ks2[:n], key=["email", "phone", "address"].index)


def apply_mutations(ent, sp, keep, base_sp, profile):
    pool, lo, hi = PROFILE_MUTS[profile]
    n = R.randint(lo, hi)
    done = []
    tries = 0
    while len(done) < n and tries < n * 6:
        tries += 1
        fn = wpick(pool)
        if fn in done:
            continue
        ok = fn(ent, sp, keep, base_sp) if fn in PHONE_MUTS else fn(ent, sp, keep)
        if ok:
            done.append(fn)
    return [f.__name__ for f in done]


def derive(ent, base_sp, base_rec, profile, keep=None):
    if keep is None:
        keep = choose_keep(base_rec, profile)
    if not keep:
        if base_rec["address"] and line_key(base_rec["address"]) and city_key(base_rec["address"]):
            keep, profile = ["address"], "light"
        else:
            raise RuntimeError("nothing to keep")
    for attempt in range(60):
        switch = {"light": 0.1, "medium": 0.5, "harsh": 0.8}[profile]
        if profile == "light" and ("address" in keep and not pc10(base_rec["address"] or {})):
            switch = 0.0
        if chance(switch):
            if profile == "light":
                src = "order_fa" if base_sp["script"] == "fa" else pick(["export_en", "rep"])
            else:
                src = wpick(INCOMING_SOURCES)
            st = SOURCES[src]
            ids = {"email": base_sp["email"], "phones": list(base_sp["phones"]), "fax": base_sp["fax"],
                   "addr": base_sp["addr"]}
            if "email" not in keep and ids["email"] and not chance(st["email"]):
                ids["email"] = None
            if "address" not in keep and ids["addr"] is not None and not chance(st["addr"]):
                ids["addr"] = None
            if ids["email"] is None and not ids["phones"] and ids["addr"] is None:
                continue
            sp = mod_defaults(make_spec(ent, src, ids))
            sp["plabel"] = sp["plabel"] and bool(sp["phones"])
        else:
            sp = copy_spec(base_sp)
            sp["src"] = UPSTREAM_OF.get(sp["src"], sp["src"])
        if "address" in keep and sp["addr"] is not None and sp["pc"] == "none" and pc10(base_rec["address"] or {}):
            sp["pc"] = pick(["field", "dash", "line"])
        muts = apply_mutations(ent, sp, keep, base_sp, profile)
        rec = render(ent, sp)
        if rec == base_rec:
            continue
        if not (rec["email"] or rec["phone"] or rec["address"]):
            continue
        ev = evidence(rec, base_rec)
        if ev and all(k in ev for k in keep):
            return sp, rec, ev
    raise RuntimeError("derive failed for %s" % ent["id"])


# --- naming the changes ------------------------------------------------------
NAME_F = ["displayName", "givenName", "familyName", "companyName"]
FIELDS = NAME_F + ["email", "phone", "address"]


def _presence(a, b, what):
    if a is None and b is not None:
        return what + "_added"
    if a is not None and b is None:
        return what + "_dropped"
    return what + "_written"


def diff_tags(s0, s1, r0, r1):
    tags = []

    def add(fields, what):
        for f in fields:
            tags.append((f, what))
    same_script = s0["script"] == s1["script"]
    if not same_script:
        add(NAME_F + ["address"], "transliterated" if s1["script"] == "lat" else "persian_script")
    if s0.get("enc") != s1.get("enc"):
        add(NAME_F + ["address"], {"qmarks": "question_marks", "moj1256": "mojibake", "moj1252": "mojibake"}.get(s1.get("enc"), "encoding_fixed"))
    for key, fields, mod in (("given", ["displayName", "givenName"], "g_mod"),
                             ("family", ["displayName", "familyName"], "f_mod"),
                             ("core", ["displayName", "companyName"], "c_mod")):
        if s1.get(mod) and s1.get(key) != s0.get(key):
            add(fields, s1[mod])
        elif same_script and s0.get(key) != s1.get(key):
            add(fields, "spelling")
    if same_script:
        if s0.get("hon") != s1.get("hon"):
            add(["displayName"], "title_dropped" if not s1.get("hon") else "title_added" if not s0.get("hon") else "title_written")
        if s0.get("sey") != s1.get("sey"):
            add(["displayName", "givenName"], "seyed_dropped" if not s1.get("sey") else "seyed_added" if not s0.get("sey") else "seyed_written")
    else:
        if bool(s0.get("hon")) != bool(s1.get("hon")):
            add(["displayName"], "title_dropped" if not s1.get("hon") else "title_added")
        if bool(s0.get("sey")) != bool(s1.get("sey")):
            add(["displayName", "givenName"], "seyed_dropped" if not s1.get("sey") else "seyed_added")
    if s0.get("sey_in_given") != s1.get("sey_in_given"):
        add(["givenName"], "seyed_moved")
    if bool(s0.get("courtesy")) != bool(s1.get("courtesy")):
        add(["displayName"], "courtesy_added" if s1.get("courtesy") else "courtesy_dropped")
    if s0.get("order") != s1.get("order"):
        add(["displayName"], "name_order")
    if s0.get("swap") != s1.get("swap"):
        add(["displayName", "givenName", "familyName"], "swapped_given_family")
    if s0.get("case") != s1.get("case") and same_script:
        add(NAME_F + ["address"], "capitals")
    if s0.get("accents") != s1.get("accents"):
        add(NAME_F + ["address"], "accents_" + (s1.get("accents") or "restored"))
    if same_script and s0.get("zwnj") != s1.get("zwnj"):
        add(NAME_F + ["address"], "zwnj")
    if s0.get("arabic") != s1.get("arabic"):
        add(NAME_F + ["address"], "arabic_letters" if s1.get("arabic") else "persian_letters")
    if same_script and s0.get("ndig") != s1.get("ndig"):
        add(["displayName", "companyName"], "digits")
    if s0.get("name_fields") != s1.get("name_fields"):
        add(["givenName", "familyName"], "dropped" if not s1.get("name_fields") else "added")
    if same_script and (s0.get("otpl") != s1.get("otpl") or s0.get("suborg_txt") != s1.get("suborg_txt")):
        add(["displayName", "companyName"], s1.get("o_mod") or "name_variant")
    if s1.get("o_mod") and not same_script:
        add(["displayName", "companyName"], s1["o_mod"])
    if s0.get("branch_txt") != s1.get("branch_txt"):
        add(["displayName", "companyName"], "branch_written")
    if s0.get("contact") != s1.get("contact"):
        add(["givenName", "familyName"], "contact_added" if s1.get("contact") else "contact_dropped")
    if s0.get("dn_extra") != s1.get("dn_extra"):
        add(["displayName"], "contact_appended" if s1.get("dn_extra") else "contact_removed")
    if s0.get("dn_suffix") != s1.get("dn_suffix"):
        add(["displayName"], "qbo_suffix_removed" if not s1.get("dn_suffix") else "qbo_suffix")
    # e-mail
    e0, e1 = s0.get("email"), s1.get("email")
    if e0 != e1:
        if e0 is None:
            add(["email"], "added")
        elif e1 is None:
            add(["email"], "dropped")
        else:
            add(["email"], s1.get("e_mod") or "other_mailbox")
    elif s0.get("email_case") != s1.get("email_case"):
        add(["email"], "capitals")
    # phone
    k0 = [p["nsn"] for p in s0["phones"]]
    k1 = [p["nsn"] for p in s1["phones"]]
    if k0 != k1:
        if not k1:
            add(["phone"], "dropped")
        elif not k0:
            add(["phone"], "added")
        elif s1.get("p_mod"):
            add(["phone"], s1["p_mod"])
        elif sorted(k0) == sorted(k1):
            add(["phone"], "numbers_reordered")
        elif all(k in k1 for k in k0):
            add(["phone"], "second_number")
        elif all(k in k0 for k in k1):
            add(["phone"], "number_dropped")
        else:
            add(["phone"], "other_number")
    if bool(s0.get("fax")) != bool(s1.get("fax")):
        add(["phone"], "fax_added" if s1.get("fax") else "fax_dropped")
    if s0.get("pfmt") != s1.get("pfmt") or s0.get("psep") != s1.get("psep"):
        add(["phone"], "local_no_area_code" if s1.get("pfmt") == "local" else "format")
    if s0.get("pdig") != s1.get("pdig"):
        add(["phone"], {"fa": "persian_digits", "ar": "arabic_indic_digits"}.get(s1.get("pdig"), "latin_digits"))
    if s0.get("plabel") != s1.get("plabel"):
        add(["phone"], "label")
    # address
    a0, a1 = s0.get("addr"), s1.get("addr")
    if a0 != a1:
        add(["address"], "added" if a0 is None else "dropped" if a1 is None else "moved")
    elif a1 is not None and not same_script:
        if (s0.get("pc") == "none") != (s1.get("pc") == "none"):
            add(["address"], "postcode_dropped" if s1.get("pc") == "none" else "postcode_added")
        if s1.get("st_mod") in ("old", "typo") and s1.get("st_mod") != s0.get("st_mod"):
            add(["address"], {"old": "old_street_name", "typo": "typo"}[s1["st_mod"]])
        if s1.get("city_mod") == "typo":
            add(["address"], "city_typo")
        if s0.get("unit") != s1.get("unit"):
            add(["address"], "unit_dropped" if not s1.get("unit") else "unit_added")
        for k in ("region", "country"):
            if bool(s0.get(k)) != bool(s1.get(k)):
                add(["address"], _presence(s0.get(k), s1.get(k), k))
    elif a1 is not None:
        if s0.get("afmt") != s1.get("afmt"):
            add(["address"], "format")
        if s0.get("pc") != s1.get("pc"):
            add(["address"], "postcode_dropped" if s1.get("pc") == "none" else "postcode_added" if s0.get("pc") == "none" else "postcode_format")
        if s0.get("street_str") != s1.get("street_str"):
            add(["address"], {"old": "old_street_name", "typo": "typo"}.get(s1.get("st_mod"), "street_spelling"))
        if s0.get("st_word") != s1.get("st_word") or s0.get("alley_word") != s1.get("alley_word") \
                or s0.get("kind_word") != s1.get("kind_word") or s0.get("bazaar_str") != s1.get("bazaar_str") \
                or s0.get("place_str") != s1.get("place_str"):
            add(["address"], "abbreviation")
        if s0.get("unit") != s1.get("unit"):
            add(["address"], "unit_dropped" if not s1.get("unit") else "unit_added")
        if s0.get("city_str") != s1.get("city_str"):
            add(["address"], "city_typo" if s1.get("city_mod") == "typo" else "city_spelling")
        if s0.get("region") != s1.get("region"):
            add(["address"], _presence(s0.get("region"), s1.get("region"), "region"))
        if s0.get("country") != s1.get("country"):
            add(["address"], _presence(s0.get("country"), s1.get("country"), "country"))
        if s0.get("adig") != s1.get("adig"):
            add(["address"], "digits")
    out = []
    for f in FIELDS:
        if r0[f] == r1[f]:
            continue
        ws = []
        for ff, w in tags:
            if ff == f and w not in ws:
                ws.append(w)
        if not ws:
            ws = ["format"]
        out += ["%s:%s" % (f, w) for w in ws]
    return out


# ---------------------------------------------------------------------------
# the existing QuickBooks list
# ---------------------------------------------------------------------------
EXISTING_ORG_MIX = [("appliance_shop", 130), ("parts_shop", 110), ("electric_shop", 50), ("trading", 85),
                    ("tejarat", 25), ("company_pjs", 60), ("company_ltd", 55), ("industrial", 15), ("service", 60),
                    ("tech_service", 35), ("bazaar_brothers", 35), ("bazaar_store", 45), ("foundation", 18),
                    ("hosseiniyeh", 15), ("mosque", 10), ("municipality", 25), ("education", 14), ("muni_org", 5),
                    ("hotel", 12), ("restaurant", 12), ("carpet", 3), ("auto_parts", 4), ("furniture", 6),
                    ("pastry", 5), ("dubai_trading", 20), ("istanbul_firm", 10), ("herat_firm", 8), ("toronto_firm", 8)]


def org_name_key(e):
    return (e["otype"], e["core"]["fa"], e["city"], e["district"], e["suborg"], str(e["branch"]))


def existing_source(ent):
    if ent["country"] != "IR":
        return wpick([("qbo_en", 75), ("qbo_fa", 20), ("rep", 5)])
    return wpick([("qbo_fa", 63), ("qbo_en", 25), ("rep", 8), ("legacy", 4)])


def build_accountant_groups(n_groups):
    """a family's firms kept by one accountant: shared mailbox and office phone"""
    out = []
    for _ in range(n_groups):
        city = pick_ir_city()
        fam = wpick([(k, FAMILY[k][3]) for k in FAMILY_KEYS])
        acc_nm = make_name("IR", city)
        g, f = name_lat(acc_nm)
        mailbox = claim_email(pick(["hesabdari.", "daftar.", "moshaver.mali.", "hesab."]) + slug(f)
                              + pick(["", str(R.randrange(10, 99))]) + "@" + pick(["gmail.com", "yahoo.com", "chmail.ir"]))
        if not mailbox:
            continue
        acc_phone = mark_shared(gen_landline("IR", city))
        mark_shared(mailbox)
        types = ["trading", "appliance_shop", "service", "parts_shop", "company_ltd", "electric_shop"]
        R.shuffle(types)
        size = 3 if chance(0.35) else 2
        members = []
        for t in types[:size]:
            core = {"fa": FAMILY[fam][0], "lat": FAMILY[fam][1], "pref": 0, "family": fam} if chance(0.6) \
                else make_core(t, city, "IR")
            contact = make_name("IR", city, family=fam, gender="m")
            e = new_org(t, city=city, core=core, contact=contact, email=mailbox)
            e["phones"] = [acc_phone] + ([gen_mobile("IR", city)] if chance(0.5) else [])
            e["acc_group"] = True
            members.append(e)
        out.append(members)
    return out


def build_existing():
    ents = []
    seen_org = set()
    groups = build_accountant_groups(9)
    for g in groups:
        for e in g:
            seen_org.add(org_name_key(e))
            ents.append(e)
    n_org = 900 - len(ents)
    # a few chains with a central branch and a numbered branch, both customers
    for _ in range(8):
        t = pick(["appliance_shop", "parts_shop", "service", "trading"])
        city = pick(["tehran", "tehran", "mashhad", "isfahan", "shiraz", "tabriz"])
        core = make_core(t, city, "IR")
        a = new_org(t, city=city, core=core, branch="central")
        b = new_org(t, city=city if chance(0.6) else pick_ir_city(), core=core, branch=2,
                    email=(org_email(core_lat_pref(core), t, "x", domain=email_domain(a["emails"][0]))
                           if a["emails"] and email_domain(a["emails"][0]) not in FREE_DOMAINS else None))
        for e in (a, b):
            seen_org.add(org_name_key(e))
            ents.append(e)
    while len(ents) < 900:
        t = wpick(EXISTING_ORG_MIX)
        e = new_org(t)
        k = org_name_key(e)
        if k in seen_org:
            continue
        seen_org.add(k)
        ents.append(e)
    n_pers = 0
    # households: both spouses are customers, one home
    for _ in range(10):
        h = new_person(city=pick_ir_city(), landline=True, address=True)
        nm = make_name("IR", h["city"], gender="f" if h["name"]["gender"] == "m" else "m")
        w = new_person(city=h["city"], name=nm, landline=False, address=False)
        w["addresses"] = [mark_shared(h["addresses"][0])]
        w["phones"].append(mark_shared(h["phones"][1]))
        ents += [h, w]
        n_pers += 2
    while n_pers < 600:
        if chance(0.045):
            e = new_person(country="XX")
        else:
            e = new_person(city=pick_ir_city())
        ents.append(e)
        n_pers += 1
    R.shuffle(ents)
    return ents, seen_org


def city_text(ent, sp):
    if sp.get("city_str"):
        return sp["city_str"]
    c = ent["city"]
    if c in CITIES:
        return CITIES[c][0] if sp["script"] == "fa" else CITIES[c][1][0]
    return FOREIGN_CITIES[c][1] if sp["script"] == "fa" else FOREIGN_CITIES[c][2][0]


def render_existing(ents):
    for e in ents:
        src = existing_source(e)
        sp = make_spec(e, src)
        if src == "legacy":
            sp["enc"] = "moj1256"
            if not (sp["email"] or sp["phones"]):
                sp["phones"] = [e["phones"][0]]
        e["sp0"] = mod_defaults(sp)
        e["rec0"] = render(e, sp)
    for rnd in range(4):
        groups = {}
        order = []
        for e in ents:
            k = e["rec0"]["displayName"].casefold()
            if k not in groups:
                groups[k] = []
                order.append(k)
            groups[k].append(e)
        dup = False
        for k in order:
            g = groups[k]
            for j, e in enumerate(g[1:], start=2):
                dup = True
                sp = e["sp0"]
                if rnd == 0:
                    ct = city_text(e, sp)
                    sp["dn_suffix"] = (" (%s)" % ct) if e["kind"] == "person" else (" - %s" % ct)
                else:
                    num = digits_as(str(j), sp["ndig"]) if sp["script"] == "fa" else str(j)
                    sp["dn_suffix"] = (sp["dn_suffix"] or "") + " " + num
                e["rec0"] = render(e, sp)
        if not dup:
            break
    keys = [e["rec0"]["displayName"].casefold() for e in ents]
    assert len(keys) == len(set(keys)), "displayName not unique"
    ents.sort(key=lambda e: (e["rec0"]["displayName"].casefold(), e["id"]))
    for i, e in enumerate(ents):
        e["idx0"] = i
    return ents


# ---------------------------------------------------------------------------
# hard negatives: another customer that resembles an existing one
# ---------------------------------------------------------------------------
ADDR_KEYS = ("afmt", "pc", "street_str", "st_word", "st_mod", "alley_word", "place_str", "kind_word", "bazaar_str",
             "unit", "city_str", "city_mod", "region", "country", "adig")
RULES = {
    "R1": "R1 one customer per natural person",
    "R2": "R2 one customer per legal entity",
    "R3": "R3 each branch or outlet with its own address, phone and account is a separate customer",
    "R4": "R4 each public body department or district with its own budget code is a separate customer",
    "R5": "R5 an address belongs to whoever occupies it now; a later occupant is a different customer",
}


def hn_base(anchor):
    hsp = copy_spec(anchor["sp0"])
    hsp["src"] = UPSTREAM_OF.get(hsp["src"], hsp["src"])
    hsp["enc"] = None
    hsp["dn_extra"] = None
    return hsp


def set_ids(hsp, hn, email, phones, addr_idx, copy_from=None):
    hsp["email"] = email
    hsp["phones"] = list(phones)
    hsp["fax"] = None
    hsp["plabel"] = hsp["plabel"] and bool(phones) and chance(0.5)
    if addr_idx is None:
        address_spec(hn, None, hsp["script"], hsp["src"], hsp)
    elif copy_from is not None and copy_from.get("addr") is not None:
        hsp["addr"] = addr_idx
        for k in ADDR_KEYS:
            hsp[k] = copy_from[k]
    else:
        address_spec(hn, addr_idx, hsp["script"], hsp["src"], hsp)


def set_person_name(hsp, nm, keep_given=None, keep_family=None):
    tmp = {}
    name_parts(nm, hsp["script"], hsp["src"], tmp)
    for k in ("given", "family", "hon", "sey", "sey_in_given", "courtesy"):
        hsp[k] = tmp[k]
    if keep_given:
        hsp["given"] = keep_given
    if keep_family:
        hsp["family"] = keep_family


def set_org_name(hsp, hn, anchor_sp, core_str=None):
    tmp = dict(hsp)
    org_parts(hn, hsp["script"], hsp["src"], tmp)
    for k in ("otpl", "ostyle", "core", "c_mod", "suborg_txt", "branch_txt", "contact", "given", "family",
              "hon", "sey", "sey_in_given", "courtesy", "dn_extra"):
        hsp[k] = tmp[k]
    st = anchor_sp.get("ostyle")
    if st and st != hsp["ostyle"]:
        t = ORG_TYPES[hn["otype"]]
        key = st if (hn["district"] is not None or (st + "0") not in t) else st + "0"
        hsp["otpl"] = pick(t[key])
        hsp["ostyle"] = st
    if core_str:
        hsp["core"] = core_str


def own_email(hn, p=0.5):
    if hn["emails"] and chance(p):
        return hn["emails"][0]
    return None


def shows_address(anchor):
    return anchor["rec0"]["address"] is not None


def other_given(nm, gender):
    while True:
        g = wpick([(k, GIVEN[k][3]) for k in GIVEN_KEYS if GIVEN[k][2] == gender])
        if g != nm["given"]:
            return g


def _ok_anchor(a):
    return a["sp0"]["enc"] is None and a["sp0"]["accents"] is None


def _is_ir_person(a, male=False):
    return a["kind"] == "person" and a["country"] == "IR" and _ok_anchor(a) and \
        (not male or a["name"]["gender"] == "m") and a["sp0"]["name_fields"]


def _shown_phone(a, kind=None):
    for p in a["sp0"]["phones"]:
        if kind is None or p["type"] == kind:
            return p
    return None


def hn_namesake(a, same_city):
    if not _is_ir_person(a) or (same_city and not shows_address(a)):
        return None
    nm = dict(a["name"])
    nm["hon"] = None if chance(0.6) else nm["hon"]
    city = a["city"] if same_city else other_of(a["city"], IR_CITY_KEYS)
    hn = new_person(city=city, name=nm, email=chance(0.6), landline=chance(0.3), address=True if same_city else chance(0.7))
    hsp = hn_base(a)
    set_person_name(hsp, nm, keep_given=a["sp0"]["given"], keep_family=a["sp0"]["family"])
    set_ids(hsp, hn, own_email(hn, 0.8), hn["phones"][:1 + (chance(0.3) and len(hn["phones"]) > 1)],
            0 if hn["addresses"] and (same_city or chance(0.7)) else None)
    if same_city:
        return hn, hsp, ["name", "city"], [], "R1", "a namesake in the same city: another person with own mobile, home and e-mail"
    return hn, hsp, ["name"], [], "R1", "a namesake elsewhere (%s): same name is common, different person" % CITIES[city][1][0]


def hn_relative(a, relation):
    male = relation in ("father_son", "brothers_in_shop", "grandson_namesake")
    if not _is_ir_person(a, male=male) or not a["addresses"]:
        return None
    anm = a["name"]
    if relation == "spouse":
        nm = make_name("IR", a["city"], gender="f" if anm["gender"] == "m" else "m")
        if nm["family"] == anm["family"]:
            return None
    elif relation == "grandson_namesake":
        nm = dict(anm)
        nm["hon"] = None
    else:
        g = "m" if relation in ("father_son", "brothers_in_shop") else pick(["m", "f"])
        nm = make_name("IR", a["city"], family=anm["family"], gender=g)
        nm["given"] = other_given(anm, nm["gender"])
        nm["g_pref"] = 0
        nm["f_pref"] = anm["f_pref"]
        if relation == "father_son":
            nm["hon"] = None
    hn = new_person(city=a["city"], name=nm, email=chance(0.5), landline=False, address=False)
    if not a["rec0"]["address"] or a["sp0"]["addr"] != 0:
        return None
    if relation == "grandson_namesake" and not (anm["hon"] in ("haj", "mashhadi") and a["sp0"]["hon"]):
        return None
    land = _shown_phone(a, "landline")
    share_addr = relation in ("household_member", "spouse", "grandson_namesake", "brothers_in_shop") or \
        (relation == "father_son" and (land is None or chance(0.5)))
    share_land = land is not None and (relation in ("brothers_in_shop", "father_son") or chance(0.5))
    if share_addr:
        hn["addresses"] = [mark_shared(a["addresses"][0])]
    if share_land:
        hn["phones"].append(mark_shared(land))
    hsp = hn_base(a)
    set_person_name(hsp, nm,
                    keep_given=a["sp0"]["given"] if relation == "grandson_namesake" else None,
                    keep_family=a["sp0"]["family"] if relation != "spouse" else None)
    phones = [hn["phones"][0]] + ([land] if share_land and chance(0.85) else [])
    if share_land and not share_addr:
        phones = [land] + ([hn["phones"][0]] if chance(0.5) else [])
    set_ids(hsp, hn, own_email(hn, 0.7), phones, 0 if share_addr else None,
            copy_from=a["sp0"] if chance(0.5) else None)
    req = []
    if share_addr and a["rec0"]["address"]:
        req.append("address")
    if share_land and _shown_phone(a, "landline"):
        req.append("phone")
    if not req:
        return None
    claims = {"household_member": ["familyName"], "spouse": [], "father_son": ["familyName"],
              "brothers_in_shop": ["familyName"], "grandson_namesake": ["name"]}[relation]
    why = {"household_member": "a household member at the same home (own given name and mobile)",
           "spouse": "the spouse: same home, own family name (wives keep their names), own mobile",
           "father_son": "the son of the customer: same family name and home/shop line, own given name and mobile",
           "brothers_in_shop": "a brother in the same shop: same family name, shop line and address, own mobile",
           "grandson_namesake": "the grandson named after his grandfather: same name and family home, own mobile, no title"}[relation]
    return hn, hsp, claims, req, "R1", why


def hn_other_branch(a):
    if a["kind"] != "org" or a["country"] != "IR" or not _ok_anchor(a) or \
            ORG_TYPES[a["otype"]]["grp"] not in ("shop", "company", "service", "other"):
        return None
    b = a["branch"]
    nb = pick([2, 3]) if b is None else pick([2, 3, 4]) if b == "central" else pick(["central", b + 1])
    dom = email_domain(a["emails"][0]) if a["emails"] else None
    email = None
    if dom and dom not in FREE_DOMAINS:
        email = org_email(core_lat_pref(a["core"]), a["otype"], "x", domain=dom)
    hn = new_org(a["otype"], city=a["city"] if chance(0.6) else pick_ir_city(), core=a["core"], branch=nb,
                 email=email, address=True)
    hsp = hn_base(a)
    set_org_name(hsp, hn, a["sp0"], core_str=a["sp0"]["core"])
    set_ids(hsp, hn, own_email(hn, 0.8), hn["phones"][:1], 0)
    claims = ["companyName_stem"]
    if hsp["email"] and a["rec0"]["email"] and email_domain(hsp["email"]) == email_domain(a["rec0"]["email"].lower()):
        claims.append("email_domain")
    return hn, hsp, claims, [], "R3", "another branch of the same chain (%s), own address, phone and account" % (
        "central branch" if nb == "central" else "branch %d" % nb)


def hn_group_company(a):
    if a["kind"] != "org" or a["country"] != "IR" or not _ok_anchor(a) or \
            ORG_TYPES[a["otype"]]["grp"] not in ("shop", "company") or a.get("acc_group") or \
            a["core"].get("family"):
        return None
    t = other_of(a["otype"], ["industrial", "trading", "company_pjs", "tech_service", "tejarat", "company_ltd"])
    share_mail = a["rec0"]["email"] is not None and chance(0.6)
    share_addr = (not share_mail) and a["rec0"]["address"] is not None and pc10(a["rec0"]["address"])
    if not (share_mail or share_addr):
        return None
    hn = new_org(t, city=a["city"], core=a["core"], email=mark_shared(a["emails"][0]) if share_mail else None,
                 address=mark_shared(a["addresses"][0]) if share_addr else True)
    hsp = hn_base(a)
    set_org_name(hsp, hn, a["sp0"], core_str=a["sp0"]["core"])
    set_ids(hsp, hn, hn["emails"][0] if share_mail else own_email(hn, 0.6), hn["phones"][:1], 0 if hn["addresses"] else None)
    if share_addr and hsp["pc"] == "none":
        hsp["pc"] = "field"
    return hn, hsp, ["companyName_stem"], ["email"] if share_mail else ["address"], "R2", \
        "another company of the same group (separately registered), at the group's %s" % (
            "mailbox" if share_mail else "head office")


def hn_shared_agent(a):
    if a["kind"] != "org" or not _ok_anchor(a) or ORG_TYPES[a["otype"]]["grp"] in ("public", "religious", "foreign"):
        return None
    if not a.get("acc_group") and not a["contact"]:
        return None
    em = a["rec0"]["email"] is not None
    ph = _shown_phone(a)
    if not em and not ph:
        return None
    if not a.get("acc_group") and not (ph and ph["type"] == "mobile") and not (em and email_domain(a["emails"][0]) in FREE_DOMAINS):
        return None
    t = pick(["trading", "appliance_shop", "service", "parts_shop", "company_ltd", "electric_shop", "tejarat"])
    contact = a["contact"] if not a.get("acc_group") else make_name("IR", a["city"])
    hn = new_org(t, city=a["city"], contact=contact, email=mark_shared(a["emails"][0]) if em else None,
                 address=chance(0.7))
    if ph:
        hn["phones"] = [mark_shared(ph)] + hn["phones"][1:]
    hsp = hn_base(a)
    set_org_name(hsp, hn, a["sp0"])
    set_ids(hsp, hn, hn["emails"][0] if em else None, [ph] if ph else hn["phones"][:1],
            0 if hn["addresses"] and chance(0.6) else None)
    req = (["email"] if em else []) + (["phone"] if ph else [])
    who = "accountant" if a.get("acc_group") else "manager"
    return hn, hsp, [], req, "R2", "another firm looked after by the same %s, using the %s's mailbox and phone" % (who, who)


def hn_later_occupant(a):
    if a["country"] != "IR" or not _ok_anchor(a) or not a["rec0"]["address"] or not a["addresses"]:
        return None
    if a["kind"] == "org" and ORG_TYPES[a["otype"]]["grp"] in ("public", "religious"):
        return None
    if a["kind"] == "person":
        hn = new_person(city=a["city"], email=chance(0.5), landline=chance(0.3), address=False)
    else:
        t = pick(["appliance_shop", "parts_shop", "service", "electric_shop", "pastry", "furniture", "tech_service"])
        hn = new_org(t, city=a["city"], address=False)
    hn["addresses"] = [mark_shared(a["addresses"][0])]
    hsp = hn_base(a)
    if hn["kind"] == "person":
        for k in ("otpl", "core", "branch_txt", "contact", "suborg_txt"):
            hsp[k] = None
        hsp["name_fields"] = True
        set_person_name(hsp, hn["name"])
    else:
        hsp["contact"] = False
        set_org_name(hsp, hn, a["sp0"])
    set_ids(hsp, hn, own_email(hn, 0.6), hn["phones"][:1], 0, copy_from=a["sp0"] if chance(0.6) else None)
    return hn, hsp, [], ["address"], "R5", "a later occupant of the same %s: the customer moved out" % (
        "home" if a["kind"] == "person" else "premises")


OTHER_TRADES = ["carpet", "restaurant", "hotel", "auto_parts", "furniture", "pastry"]


def hn_similar_trade(a):
    if a["kind"] != "org" or a["country"] != "IR" or not _ok_anchor(a) or \
            ORG_TYPES[a["otype"]]["grp"] not in ("shop", "company", "service") or a["core"].get("family"):
        return None
    t = other_of(a["otype"], OTHER_TRADES)
    same_city = chance(0.6)
    hn = new_org(t, city=a["city"] if same_city else other_of(a["city"], IR_CITY_KEYS), core=a["core"],
                 address=True if same_city else chance(0.8))
    hsp = hn_base(a)
    set_org_name(hsp, hn, a["sp0"], core_str=a["sp0"]["core"])
    set_ids(hsp, hn, own_email(hn, 0.6), hn["phones"][:1], 0 if hn["addresses"] else None)
    claims = ["companyName_stem"]
    if same_city and a["rec0"]["address"] and hsp["addr"] is not None:
        claims.append("city")
    return hn, hsp, claims, [], "R2", "a similar name in another trade (%s), a different business" % t.replace("_", " ")


def hn_public_dept(a):
    if a["kind"] != "org" or a["otype"] not in ("municipality", "education", "muni_org") or not _ok_anchor(a):
        return None
    city = a["city"]
    if a["otype"] == "municipality" and a["district"] and chance(0.6):
        t, d, so = "municipality", other_of(a["district"], list(range(1, MUNI_DISTRICTS[city] + 1))), None
    elif a["otype"] == "education" and a["district"]:
        t, d, so = "education", other_of(a["district"], list(range(1, EDU_DISTRICTS[city] + 1))), None
    elif a["otype"] == "muni_org":
        t, d, so = "municipality", (R.randrange(1, MUNI_DISTRICTS[city] + 1) if city in MUNI_DISTRICTS else None), None
    else:
        t, d, so = "muni_org", None, R.randrange(len(MUNI_ORGS))
    hn = new_org(t, city=city, core=a["core"], district=d, suborg=so, address=chance(0.8))
    hsp = hn_base(a)
    set_org_name(hsp, hn, a["sp0"], core_str=a["sp0"]["core"])
    set_ids(hsp, hn, own_email(hn, 0.7), hn["phones"][:1], 0 if hn["addresses"] else None)
    claims = ["companyName_stem"]
    if a["rec0"]["address"] and hsp["addr"] is not None:
        claims.append("city")
    return hn, hsp, claims, [], "R4", "another department/district of the same public body, with its own budget code"


def hn_foundation(a):
    if a["kind"] != "org" or ORG_TYPES[a["otype"]]["grp"] != "religious" or not _ok_anchor(a):
        return None
    t = other_of(a["otype"], ["foundation", "clinic", "mosque", "hosseiniyeh"])
    share_addr = a["rec0"]["address"] is not None and pc10(a["rec0"]["address"]) and chance(0.35)
    hn = new_org(t, city=a["city"], core=a["core"], address=mark_shared(a["addresses"][0]) if share_addr else chance(0.85))
    hsp = hn_base(a)
    set_org_name(hsp, hn, a["sp0"], core_str=a["sp0"]["core"])
    set_ids(hsp, hn, own_email(hn, 0.6), hn["phones"][:1], 0 if hn["addresses"] else None)
    if share_addr and hsp["pc"] == "none":
        hsp["pc"] = "dash"
    return hn, hsp, ["companyName_stem"], ["address"] if share_addr else [], "R2", \
        "another institution of the same name (%s), separately registered" % t


def hn_bazaar(a):
    if a["kind"] != "org" or ORG_TYPES[a["otype"]]["grp"] != "bazaar" or not _ok_anchor(a):
        return None
    if not a["rec0"]["address"] or not a["addresses"] or a["addresses"][0]["kind"] != "bazaar" or a["sp0"]["addr"] != 0:
        return None
    aa = a["addresses"][0]
    plate = None
    for dlt in (1, -1, 2, -2, 3, -3, 4):
        p = aa["plate"] + dlt
        if p > 0 and ("bazaar", aa["place"], p) not in USED_ADDR and len(str(p)) == len(str(aa["plate"])):
            plate = p
            break
    if plate is None:
        return None
    USED_ADDR.add(("bazaar", aa["place"], plate))
    addr = dict(aa, plate=plate, postcode=new_postcode(aa["city"]))
    same_fam = chance(0.5)
    core = a["core"] if same_fam else None
    t = other_of(a["otype"], ["bazaar_brothers", "bazaar_store"]) if same_fam else pick(["bazaar_brothers", "bazaar_store"])
    hn = new_org(t, city=aa["city"], core=core, address=addr)
    hsp = hn_base(a)
    set_org_name(hsp, hn, a["sp0"], core_str=a["sp0"]["core"] if same_fam else None)
    set_ids(hsp, hn, own_email(hn, 0.5), hn["phones"][:1], 0, copy_from=a["sp0"])
    claims = ["building", "city"] + (["companyName_stem"] if same_fam else [])
    return hn, hsp, claims, [], "R2", "the neighbouring shop in the same %s (%s), its own shop licence" % (
        BAZAAR_PLACES[aa["place"]][1], "a relative's shop" if same_fam else "another family")


HN_PLAN = [("namesake_elsewhere", 12, lambda a: hn_namesake(a, False)),
           ("namesake_same_city", 10, lambda a: hn_namesake(a, True)),
           ("household_member", 10, lambda a: hn_relative(a, "household_member")),
           ("spouse", 10, lambda a: hn_relative(a, "spouse")),
           ("father_son", 10, lambda a: hn_relative(a, "father_son")),
           ("grandson_namesake", 6, lambda a: hn_relative(a, "grandson_namesake")),
           ("brothers_in_shop", 8, lambda a: hn_relative(a, "brothers_in_shop")),
           ("other_branch", 12, hn_other_branch),
           ("group_company", 10, hn_group_company),
           ("shared_agent", 14, hn_shared_agent),
           ("later_occupant", 10, hn_later_occupant),
           ("similar_name_other_trade", 10, hn_similar_trade),
           ("public_body_other_dept", 10, hn_public_dept),
           ("foundation_other_institution", 8, hn_foundation),
           ("bazaar_neighbour", 10, hn_bazaar)]
assert sum(n for _, n, _ in HN_PLAN) == N_HARD


def kind_of(ent):
    return "person" if ent["kind"] == "person" else "org:" + ent["otype"]


def hn_changes(r0, r1, ev):
    out = []
    for f in FIELDS:
        if r0[f] == r1[f]:
            continue
        if f in NAME_F:
            w = "added" if r0[f] is None else "dropped" if r1[f] is None else "other_customer"
        elif r0[f] is None:
            w = "added"
        elif r1[f] is None:
            w = "dropped"
        elif f in ev:
            w = "same_%s_written_otherwise" % {"email": "mailbox", "phone": "number", "address": "address"}[f]
        else:
            w = {"email": "other_mailbox", "phone": "other_number", "address": "other_address"}[f]
        out.append("%s:%s" % (f, w))
    return out


def build_hard_negatives(existing):
    used = set()
    out = []
    for typ, n, fn in HN_PLAN:
        got = 0
        order = existing[:]
        R.shuffle(order)
        for a in order:
            if got == n:
                break
            if a["id"] in used:
                continue
            res = fn(a)
            if res is None:
                continue
            hn, hsp, claims, req, rule, why = res
            hsp = mod_defaults(hsp)
            rec = render(hn, hsp)
            if not (rec["email"] or rec["phone"] or rec["address"]):
                continue
            ev = evidence(rec, a["rec0"])
            if not all(r in ev for r in req):
                continue
            if typ in ("namesake_elsewhere", "namesake_same_city", "similar_name_other_trade",
                       "public_body_other_dept", "other_branch", "bazaar_neighbour") and ev:
                continue
            used.add(a["id"])
            shared = claims + [k for k in ev if k not in claims]
            out.append({"ent": hn, "sp": hsp, "rec": rec, "category": "hard_negative", "anchor": a,
                        "hn_type": typ, "rule": RULES[rule] + ": " + why, "shared": shared,
                        "changes": hn_changes(a["rec0"], rec, ev), "source": hsp["src"]})
            got += 1
        if got != n:
            raise RuntimeError("not enough anchors for %s (%d/%d)" % (typ, got, n))
    return out


PROFILES = [("light", 35), ("medium", 40), ("harsh", 25)]


def build_matches(existing):
    order = existing[:]
    R.shuffle(order)
    picks = []
    for e in order:
        if len(picks) >= 700:
            break
        if keepable(e["rec0"]) or (e["rec0"]["address"] and line_key(e["rec0"]["address"])):
            picks.append(e)
    twice = picks[:]
    R.shuffle(twice)
    picks = picks + twice[:N_MATCH - len(picks)]
    out = []
    for e in picks:
        prof = wpick(PROFILES)
        sp, rec, ev = derive(e, e["sp0"], e["rec0"], prof)
        if not keepable(e["rec0"]):
            prof = "light"
        out.append({"ent": e, "sp": sp, "rec": rec, "category": "match", "profile": prof, "evidence": ev,
                    "compare": e, "changes": diff_tags(e["sp0"], sp, e["rec0"], rec), "source": sp["src"]})
    return out


def new_entity(seen_org):
    while True:
        if chance(0.6):
            t = wpick(EXISTING_ORG_MIX)
            e = new_org(t)
            k = org_name_key(e)
            if k in seen_org:
                continue
            seen_org.add(k)
            return e
        if chance(0.05):
            return new_person(country="XX")
        return new_person(city=pick_ir_city())


def build_new(seen_org):
    sizes = [3] * N_NEW_TRIPLE + [2] * N_NEW_DOUBLE
    sizes += [1] * (N_NEW - sum(sizes))
    R.shuffle(sizes)
    out = []
    for gi, size in enumerate(sizes):
        e = new_entity(seen_org)
        for _ in range(30):
            src = wpick(INCOMING_SOURCES)
            sp = mod_defaults(make_spec(e, src))
            rec = render(e, sp)
            if size == 1 or keepable(rec):
                break
        else:
            raise RuntimeError("new base")
        grp = [{"ent": e, "sp": sp, "rec": rec, "category": "new", "occurrence": 1, "group": gi,
                "changes": [], "source": src}]
        for occ in range(2, size + 1):
            prof = wpick(PROFILES)
            sp2, rec2, ev = derive(e, sp, rec, prof)
            grp.append({"ent": e, "sp": sp2, "rec": rec2, "category": "new", "occurrence": occ, "group": gi,
                        "profile": prof, "evidence": ev, "changes": diff_tags(sp, sp2, rec, rec2),
                        "source": sp2["src"]})
        out += grp
    return out


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------
def main():
    out_dir = os.path.dirname(os.path.abspath(__file__))
    if "--out" in sys.argv:
        out_dir = sys.argv[sys.argv.index("--out") + 1]
    os.makedirs(out_dir, exist_ok=True)

    existing, seen_org = build_existing()
    existing = render_existing(existing)
    hard = build_hard_negatives(existing)
    matches = build_matches(existing)
    news = build_new(seen_org)

    incoming = matches + news + hard
    assert len(incoming) == N_INCOMING, len(incoming)
    R.shuffle(incoming)
    # the first occurrence of a repeated new customer comes first in the file
    pos = {}
    members = {}
    for i, it in enumerate(incoming):
        if it["category"] == "new":
            g = it["group"]
            pos.setdefault(g, []).append(i)
            members.setdefault(g, []).append(it)
    for g in sorted(pos):
        ms = sorted(members[g], key=lambda x: x["occurrence"])
        for p, it in zip(sorted(pos[g]), ms):
            incoming[p] = it
    first_at = {}
    for i, it in enumerate(incoming):
        if it["category"] == "new" and it["occurrence"] == 1:
            first_at[it["group"]] = i

    set_lines, meta_lines = [], []

    def dump(obj):
        return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))

    for i, e in enumerate(existing):
        set_lines.append(dump({"set": "existing", "entity": e["id"], "contact": e["rec0"]}))
        meta_lines.append(dump({"set": "existing", "index": i, "entity": e["id"], "category": "existing",
                                "kind": kind_of(e), "changes": []}))
    for i, it in enumerate(incoming):
        e = it["ent"]
        set_lines.append(dump({"set": "incoming", "entity": e["id"], "contact": it["rec"]}))
        m = {"set": "incoming", "index": i, "entity": e["id"], "category": it["category"], "kind": kind_of(e),
             "source": it["source"], "changes": it["changes"]}
        if it["category"] == "match":
            m.update({"profile": it["profile"], "evidence": it["evidence"], "compare_set": "existing",
                      "compare_index": it["compare"]["idx0"]})
        elif it["category"] == "new":
            m["occurrence"] = it["occurrence"]
            if it["occurrence"] >= 2:
                m.update({"profile": it["profile"], "evidence": it["evidence"], "compare_set": "incoming",
                          "compare_index": first_at[it["group"]]})
        else:
            m.update({"anchor": it["anchor"]["id"], "anchor_index": it["anchor"]["idx0"], "hn_type": it["hn_type"],
                      "rule": it["rule"], "shared": it["shared"]})
        meta_lines.append(dump(m))
    with open(os.path.join(out_dir, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(set_lines) + "\n")
    with open(os.path.join(out_dir, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(meta_lines) + "\n")
    cats = {}
    for it in incoming:
        cats[it["category"]] = cats.get(it["category"], 0) + 1
    print("wrote %d existing + %d incoming %s to %s" % (len(existing), len(incoming),
                                                         sorted(cats.items()), out_dir))


if __name__ == "__main__":
    main()
