#!/usr/bin/env python3
"""check.py - independent validator for the "ir-bazargani" set.

Does not import gen.py.  It re-derives everything it checks from set.jsonl
and meta.jsonl with its own normalisation (digits, Persian/Arabic letters,
ZWNJ, titles, phone numbers, postcodes, city names), then runs gen.py twice
(PYTHONHASHSEED=0 and 12345) into a scratch folder and compares SHA-256.

    python3 check.py          -> PASS/FAIL lines, "ALL CHECKS PASSED" (exit 0)
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = []


def report(name, ok, detail=""):
    RESULTS.append((name, ok))
    line = "%s  %s" % ("PASS" if ok else "FAIL", name)
    if detail and not ok:
        line += "  -- " + detail
    elif detail:
        line += "  (" + detail + ")"
    print(line)


def first(errs, n=5):
    return "; ".join(str(e) for e in errs[:n]) + (" ... (%d)" % len(errs) if len(errs) > n else "")


# ---------------------------------------------------------------------------
# normalisation written for the checker
# ---------------------------------------------------------------------------
DIGIT_MAP = {}
for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    DIGIT_MAP[ord(c)] = str(i)
for i, c in enumerate("٠١٢٣٤٥٦٧٨٩"):
    DIGIT_MAP[ord(c)] = str(i)
LETTER_MAP = {ord("ي"): "ی", ord("ى"): "ی", ord("ك"): "ک", ord("ة"): "ه", ord("أ"): "ا", ord("إ"): "ا",
              ord("ۀ"): "ه", ord("\u200c"): " ", ord("\u200f"): None, ord("\u200e"): None}


def latin_digits(s):
    return s.translate(DIGIT_MAP)


def base(s):
    """digits to ASCII, Arabic letters to Persian, ZWNJ to space, accents off, casefold"""
    s = latin_digits(s).translate(LETTER_MAP)
    s = s.replace("ı", "i").replace("İ", "I")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.casefold()


def squash(s):
    return "".join(ch for ch in base(s) if ch.isalnum())


def words(s):
    return [w for w in re.split(r"[^\w]+", base(s)) if w]


TITLE_WORDS = set("""حاج حاجی حاجیه خانم سید سیده مشهدی دکتر مهندس آقای آقا
haj haji hajj hadj hajieh hajiyeh khanom khanoom seyed sayyed seyyed sayed syed s seyedeh sayyedeh seyyedeh
mashhadi mashti dr doctor eng engr mohandes mr mrs ms agha aghaye""".split())


def person_key(c, which="full"):
    g = c.get("givenName")
    f = c.get("familyName")
    if which == "family":
        return squash(f) if f else None
    if which == "given":
        return "".join(w for w in words(g) if w not in TITLE_WORDS) if g else None
    if g and f:
        gw = [w for w in words(g) if w not in TITLE_WORDS]
        return "".join(gw) + "|" + squash(f)
    return None


COMPANY_STOP = set("""شرکت فروشگاه لوازم خانگی قطعات یدکی برقی بازرگانی تجارت گروه تجاری سهامی خاص با مسئولیت محدود
صنایع تعمیرگاه خدمات فنی پس از فروش برادران حجره بنیاد موسسه خیریه درمانگاه حسینیه مسجد شهرداری منطقه اداره آموزش
و پرورش ناحیه سازمان هتل رستوران تالار فرش مبلمان گالری مبل شیرینی سرای قنادی خودرو دبی استانبول تورنتو تجارتخانه
شعبه مرکزی دفتر س خ م
home appliances appliance store spare parts electric electrical supplies trading co commerce commercial group
private joint stock company pjs pjsc ltd limited industries industrial repair shop technical services after sales
service brothers bros charity charitable foundation clinic hosseiniyeh hoseinieh hosseinieh ye mosque masjed
municipality of district education department office organization hotel hotele restaurant restoran carpet carpets farsh
auto furniture mobleman galerie mobl pastry shirini saraye ghanadi general llc l c gen dis dış ticaret ti tic sti şti
elektrik ev aletleri san ve a ş s inc appliances foroushgah lavazem khanegi ghataat ghetaat yadaki barghi barqi
bazargani tejarat sherkat sherkate sahami khas ba masouliat mahdoud sanaye tamirgah khadamat fanni baradaran
hojreh bonyad kheyriyeh kheiriye darmangah shahrdari mantaghe amoozesh amouzesh va o parvaresh nahiyeh nahie
sazman talar khodro tejarati tejaratkhane dubai istanbul central branch head shobe markazi br no e appl l f sh
trdg mun dept tech""".split())


def company_tokens(c):
    n = c.get("companyName")
    if not n:
        return []
    out = []
    for w in words(n):
        if w in COMPANY_STOP or w.isdigit() or len(w) < 2:
            continue
        out.append(w)
    return out


# cities as upstream systems write them (Persian script and Latin spellings)
CITY_NAMES = {
    "tehran": "تهران Tehran Teheran Tehrān",
    "isfahan": "اصفهان Isfahan Esfahan Ispahan",
    "mashhad": "مشهد Mashhad Meshed Mashad",
    "tabriz": "تبریز Tabriz Tebriz",
    "shiraz": "شیراز Shiraz",
    "karaj": "کرج Karaj Karadj",
    "ahvaz": "اهواز Ahvaz Ahwaz",
    "qom": "قم Qom Ghom Qum",
    "kerman": "کرمان Kerman",
    "rasht": "رشت Rasht",
    "yazd": "یزد Yazd Yezd",
    "hamedan": "همدان Hamedan Hamadan",
    "kermanshah": "کرمانشاه Kermanshah Kermanshahan",
    "urmia": "ارومیه Urmia Orumiyeh Oroumieh Urumiyeh",
    "sari": "ساری Sari",
    "bandarabbas": "بندرعباس|Bandar Abbas|Bandar-e Abbas|Bandarabbas",
    "arak": "اراک Arak",
    "qazvin": "قزوین Qazvin Ghazvin Kazvin",
    "zanjan": "زنجان Zanjan",
    "gorgan": "گرگان Gorgan",
    "ardabil": "اردبیل Ardabil Ardebil",
    "zahedan": "زاهدان Zahedan",
    "kashan": "کاشان Kashan",
    "bushehr": "بوشهر Bushehr Bouchehr",
    "eslamshahr": "اسلامشهر Eslamshahr Islamshahr",
    "dubai": "دبی Dubai Dubayy",
    "istanbul": "استانبول İstanbul Istanbul Stanbul",
    "herat": "هرات Herat Hirat",
    "toronto": "تورنتو Toronto",
    "northyork": "نورث یورک|North York",
    "richmondhill": "ریچموند هیل|Richmond Hill",
}
CITY_OF = {}
for key, names in CITY_NAMES.items():
    for n in (names.split("|") if "|" in names else names.split()):
        CITY_OF[squash(n)] = key


def city_of(addr):
    if not addr or not addr.get("city"):
        return None
    k = squash(addr["city"])
    if not k:
        return None
    return CITY_OF.get(k, k)


# --- identifiers ------------------------------------------------------------
COUNTRY_CODES = ("971", "98", "93", "90", "1")
LABEL_RE = re.compile(r"(?:tel|fax|mobile|mob|تلفن|همراه|موبایل|فکس|نمابر)\s*:?", re.I)


def phone_numbers(s):
    """national significant numbers found in a phone field"""
    if not s:
        return []
    t = LABEL_RE.sub("|", latin_digits(s))
    out = []
    for chunk in re.split(r"\s[-–]\s|[/,،;|]", t):
        digits = "".join(ch for ch in chunk if ch.isdigit())
        if len(digits) < 7:
            continue
        intl = "+" in chunk or digits.startswith("00")
        if intl:
            digits = digits[2:] if digits.startswith("00") else digits
            for cc in COUNTRY_CODES:
                if digits.startswith(cc):
                    digits = digits[len(cc):]
                    break
        elif digits.startswith("0"):
            digits = digits[1:]
        out.append(digits)
    return out


def same_number(a, b):
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 8 and long_.endswith(short)


def phone_shared(p, q):
    return any(same_number(a, b) for a in phone_numbers(p) for b in phone_numbers(q))


def iran_postcode(addr):
    for k in ("postalCode", "line1", "line2"):
        v = addr.get(k)
        if not v:
            continue
        m = re.search(r"(?<!\d)(\d{5})[- ]?(\d{5})(?!\d)", latin_digits(v))
        if m:
            return m.group(1) + m.group(2)
    return None


def other_postcode(addr):
    v = addr.get("postalCode")
    if not v:
        return None
    v = latin_digits(v).upper()
    for lab in ("P.O. BOX", "PO BOX", "صندوق پستی"):
        v = v.replace(lab, "")
    v = "".join(ch for ch in v if ch.isalnum() and ord(ch) < 128)
    return v or None


def lead_number(s):
    m = re.search(r"\d+", latin_digits(s or ""))
    return m.group(0) if m else None


def line_of(addr):
    l1 = addr.get("line1") or ""
    if "?" in l1 or "\ufffd" in l1:
        return None
    return squash(l1) or None


def address_shared(a, b):
    if not a or not b:
        return False
    pa, pb = iran_postcode(a), iran_postcode(b)
    if pa and pb:
        return pa == pb
    ca, cb = city_of(a), city_of(b)
    if not pa and not pb:
        oa, ob = other_postcode(a), other_postcode(b)
        if oa and oa == ob and ca and ca == cb and lead_number(a.get("line1")) and \
                lead_number(a.get("line1")) == lead_number(b.get("line1")):
            return True
    la, lb = line_of(a), line_of(b)
    return bool(la) and la == lb and bool(ca) and ca == cb


def mail(c):
    return c["email"].strip().casefold() if c.get("email") else None


def shared_ids(c1, c2):
    out = []
    if mail(c1) and mail(c1) == mail(c2):
        out.append("email")
    if phone_shared(c1.get("phone"), c2.get("phone")):
        out.append("phone")
    if address_shared(c1.get("address"), c2.get("address")):
        out.append("address")
    return out


def id_tokens(c):
    """tokens for cross-entity leakage checks"""
    t = []
    if mail(c):
        t.append("e:" + mail(c))
    for n in phone_numbers(c.get("phone")):
        t.append("p:" + n[-8:])
    if c.get("address"):
        pc = iran_postcode(c["address"])
        if pc:
            t.append("a:" + pc)
    return t


def building_of(addr):
    if not addr:
        return None
    l1 = addr.get("line1") or ""
    if "?" in l1:
        return None
    return "".join(ch for ch in squash(l1) if not ch.isdigit()) or None


def claim_holds(claim, c0, c1):
    if claim == "name":
        k0, k1 = person_key(c0), person_key(c1)
        return bool(k0) and k0 == k1
    if claim == "familyName":
        k0, k1 = person_key(c0, "family"), person_key(c1, "family")
        return bool(k0) and k0 == k1
    if claim == "city":
        a, b = city_of(c0.get("address")), city_of(c1.get("address"))
        return bool(a) and a == b
    if claim == "companyName_stem":
        t1 = company_tokens(c1)
        return any(t in t1 for t in company_tokens(c0))
    if claim == "email_domain":
        return bool(mail(c0) and mail(c1)) and mail(c0).split("@")[1] == mail(c1).split("@")[1]
    if claim == "building":
        b0, b1 = building_of(c0.get("address")), building_of(c1.get("address"))
        return bool(b0) and b0 == b1 and city_of(c0.get("address")) == city_of(c1.get("address"))
    if claim in ("email", "phone", "address"):
        return claim in shared_ids(c0, c1)
    return False


# ---------------------------------------------------------------------------
# the checks
# ---------------------------------------------------------------------------
CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDRESS_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
FIELDS = CONTACT_KEYS
ISO2 = {"IR", "AE", "TR", "AF", "CA"}
COUNTRY_WRITTEN = set(base(x) for x in [
    "Iran", "ایران", "I.R. Iran", "Iran (Islamic Republic of)", "Islamic Republic of Iran",
    "United Arab Emirates", "UAE", "امارات", "امارات متحده عربی",
    "Turkey", "Türkiye", "Turkiye", "ترکیه", "Afghanistan", "افغانستان", "Canada", "کانادا"])
HN_MIN_TYPES = 10


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f.read().splitlines()]


def check_format(S, M):
    errs = []
    if len(S) != 3000:
        errs.append("set.jsonl has %d lines" % len(S))
    if len(M) != 3000:
        errs.append("meta.jsonl has %d lines" % len(M))
    for i, r in enumerate(S):
        want = "existing" if i < 1500 else "incoming"
        if list(r.keys()) != ["set", "entity", "contact"]:
            errs.append("line %d keys %s" % (i + 1, list(r.keys())))
            continue
        if r["set"] != want:
            errs.append("line %d set %s" % (i + 1, r["set"]))
        if not re.fullmatch(r"c[0-9a-f]{7}", r["entity"]):
            errs.append("line %d entity %s" % (i + 1, r["entity"]))
        c = r["contact"]
        if list(c.keys()) != CONTACT_KEYS:
            errs.append("line %d contact keys" % (i + 1))
            continue
        for k in CONTACT_KEYS[:-1]:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
                errs.append("line %d %s=%r" % (i + 1, k, v))
        if c["displayName"] is None:
            errs.append("line %d no displayName" % (i + 1))
        if c["email"] is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", c["email"]):
            errs.append("line %d email %r" % (i + 1, c["email"]))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDRESS_KEYS:
                errs.append("line %d address keys" % (i + 1))
                continue
            for k in ADDRESS_KEYS:
                v = a[k]
                if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
                    errs.append("line %d address.%s=%r" % (i + 1, k, v))
            if not a["line1"]:
                errs.append("line %d address without line1" % (i + 1))
            ct = a["country"]
            if ct is not None and ct not in ISO2 and base(ct) not in COUNTRY_WRITTEN:
                errs.append("line %d country %r is neither an ISO code nor a country name" % (i + 1, ct))
    report("format: 3,000 lines, exact keys, non-empty strings or null", not errs, first(errs) if errs else "ok")


def check_meta_format(S, M):
    errs = []
    need = {"match": ["profile", "evidence", "compare_set", "compare_index"],
            "hard_negative": ["anchor", "anchor_index", "hn_type", "rule", "shared"]}
    pos = {"existing": 0, "incoming": 0}
    for i, (r, m) in enumerate(zip(S, M)):
        for k in ("set", "index", "entity", "category", "kind", "changes"):
            if k not in m:
                errs.append("meta %d lacks %s" % (i + 1, k))
        if m.get("set") != r["set"] or m.get("entity") != r["entity"]:
            errs.append("meta %d set/entity differ from set.jsonl" % (i + 1))
        if m.get("index") != pos[r["set"]]:
            errs.append("meta %d index %s (want %d)" % (i + 1, m.get("index"), pos[r["set"]]))
        pos[r["set"]] += 1
        cat = m.get("category")
        if r["set"] == "existing" and cat != "existing":
            errs.append("meta %d category %s in existing" % (i + 1, cat))
        if r["set"] == "incoming" and cat not in ("match", "new", "hard_negative"):
            errs.append("meta %d category %s in incoming" % (i + 1, cat))
        for k in need.get(cat, []):
            if k not in m:
                errs.append("meta %d (%s) lacks %s" % (i + 1, cat, k))
        if cat == "new":
            occ = m.get("occurrence")
            if occ not in (1, 2, 3):
                errs.append("meta %d occurrence %r" % (i + 1, occ))
            elif occ >= 2:
                for k in need["match"]:
                    if k not in m:
                        errs.append("meta %d (new #%d) lacks %s" % (i + 1, occ, k))
        if cat in ("match",) or (cat == "new" and m.get("occurrence", 1) >= 2):
            if m.get("profile") not in ("light", "medium", "harsh"):
                errs.append("meta %d profile %r" % (i + 1, m.get("profile")))
        if not isinstance(m.get("changes"), list):
            errs.append("meta %d changes not a list" % (i + 1))
        else:
            for ch in m["changes"]:
                if not isinstance(ch, str) or ch.split(":", 1)[0] not in FIELDS or ":" not in ch:
                    errs.append("meta %d change %r" % (i + 1, ch))
        kind = m.get("kind", "")
        c = r["contact"]
        if kind == "person":
            if c["companyName"] is not None:
                errs.append("line %d person with companyName" % (i + 1))
        elif kind.startswith("org:"):
            if not c["companyName"]:
                errs.append("line %d organisation without companyName" % (i + 1))
        else:
            errs.append("meta %d kind %r" % (i + 1, kind))
    report("meta: fields, indexes, categories, kinds (person/org:<type>)", not errs, first(errs) if errs else "ok")


def check_existing(S, M):
    errs = []
    ex = S[:1500]
    names = [r["contact"]["displayName"].casefold() for r in ex]
    if names != sorted(names):
        errs.append("existing not sorted by displayName.casefold()")
    if len(set(names)) != len(names):
        errs.append("displayName not unique case-insensitively")
    ents = [r["entity"] for r in ex]
    if len(set(ents)) != len(ents):
        errs.append("an entity appears twice in existing")
    for i, r in enumerate(ex):
        c = r["contact"]
        if not (c["email"] or c["phone"] or c["address"]):
            errs.append("existing %d has no email/phone/address" % i)
    report("existing: sorted, unique displayName, one record per customer, each has email/phone/address",
           not errs, first(errs) if errs else "ok")
    # no two existing records are one customer: records that share an identifier must carry different names
    errs = []
    by_tok = {}
    for i, r in enumerate(ex):
        for t in id_tokens(r["contact"]):
            by_tok.setdefault(t, []).append(i)
    pairs = 0
    for t in sorted(by_tok):
        ids = by_tok[t]
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                a, b = ex[ids[x]]["contact"], ex[ids[y]]["contact"]
                pairs += 1
                ka = (person_key(a) if not a["companyName"] else squash(a["companyName"]))
                kb = (person_key(b) if not b["companyName"] else squash(b["companyName"]))
                if ka and ka == kb:
                    errs.append("existing %d and %d share %s and a name" % (ids[x], ids[y], t))
    # the same person twice would also show as same name + same city + same mobile; covered above
    report("existing: no two records are one customer (shared identifiers only between differently named customers)",
           not errs, first(errs) if errs else "%d identifier-sharing pairs, all different customers" % pairs)
    # mix of persons and organisations
    kinds = [m["kind"] for m in M[:1500]]
    np_ = sum(1 for k in kinds if k == "person")
    report("existing: about 40% persons / 60% organisations", 0.33 <= np_ / 1500.0 <= 0.47,
           "%d persons, %d organisations" % (np_, 1500 - np_))


def differing_fields(c0, c1):
    return [f for f in FIELDS if c0[f] != c1[f]]


def check_incoming(S, M):
    ex_ent = {S[i]["entity"]: i for i in range(1500)}
    inc = list(range(1500, 3000))
    cats = {}
    for i in inc:
        cats[M[i]["category"]] = cats.get(M[i]["category"], 0) + 1
    n_m, n_n, n_h = cats.get("match", 0), cats.get("new", 0), cats.get("hard_negative", 0)
    ok = n_h == 150 and 0.50 <= n_m / 1500.0 <= 0.60 and 0.30 <= n_n / 1500.0 <= 0.40
    report("incoming mix: ~55% match, ~35% new, 150 hard negatives", ok,
           "match %d, new %d, hard_negative %d" % (n_m, n_n, n_h))
    # shuffled: categories interleaved
    runs = sum(1 for a, b in zip(inc, inc[1:]) if M[a]["category"] != M[b]["category"])
    report("incoming is shuffled (categories interleaved)", runs > 500, "%d category changes" % runs)

    # matches
    errs, ev_errs, ch_errs = [], [], []
    prof = {}
    for i in inc:
        m = M[i]
        if m["category"] != "match":
            continue
        prof[m["profile"]] = prof.get(m["profile"], 0) + 1
        if S[i]["entity"] not in ex_ent:
            errs.append("match %d: entity not in existing" % (i - 1500))
            continue
        if m["compare_set"] != "existing" or not (0 <= m["compare_index"] < 1500):
            errs.append("match %d: bad compare" % (i - 1500))
            continue
        j = m["compare_index"]
        if S[j]["entity"] != S[i]["entity"]:
            errs.append("match %d: compare record is another entity" % (i - 1500))
        got = shared_ids(S[j]["contact"], S[i]["contact"])
        if not got:
            ev_errs.append("match %d shares nothing findable" % (i - 1500))
        if sorted(got) != sorted(m["evidence"]):
            ev_errs.append("match %d evidence %s, recomputed %s" % (i - 1500, m["evidence"], got))
        fields = sorted(set(ch.split(":", 1)[0] for ch in m["changes"]))
        if fields != sorted(differing_fields(S[j]["contact"], S[i]["contact"])):
            ch_errs.append("match %d changes %s vs differing %s" % (i - 1500, fields,
                                                                     differing_fields(S[j]["contact"], S[i]["contact"])))
        if not m["changes"]:
            ch_errs.append("match %d is an exact copy" % (i - 1500))
    report("matches: entity = compared existing customer", not errs, first(errs) if errs else "%d matches" % n_m)
    report("matches: evidence (email/phone/address) non-empty and recomputed identically", not ev_errs,
           first(ev_errs) if ev_errs else "ok")
    report("matches: changes name exactly the fields that differ", not ch_errs, first(ch_errs) if ch_errs else "ok")
    report("matches: light, medium and harsh profiles all present", all(prof.get(p, 0) >= 100 for p in ("light", "medium", "harsh")),
           ", ".join("%s %d" % (p, prof.get(p, 0)) for p in ("light", "medium", "harsh")))

    # new customers
    errs = []
    seen = {}
    for i in inc:
        m = M[i]
        if m["category"] != "new":
            continue
        e = S[i]["entity"]
        if e in ex_ent:
            errs.append("new %d: entity is an existing customer" % (i - 1500))
        seen.setdefault(e, []).append(i)
    for e in sorted(seen):
        idx = seen[e]
        occ = [M[i]["occurrence"] for i in idx]
        if occ != list(range(1, len(idx) + 1)):
            errs.append("new entity %s occurrences %s" % (e, occ))
            continue
        for i in idx[1:]:
            m = M[i]
            if m["compare_set"] != "incoming" or m["compare_index"] != idx[0] - 1500:
                errs.append("new %d: compare is not the first occurrence" % (i - 1500))
                continue
            got = shared_ids(S[idx[0]]["contact"], S[i]["contact"])
            if not got or sorted(got) != sorted(m["evidence"]):
                errs.append("new %d evidence %s recomputed %s" % (i - 1500, m["evidence"], got))
            fields = sorted(set(ch.split(":", 1)[0] for ch in m["changes"]))
            if fields != sorted(differing_fields(S[idx[0]]["contact"], S[i]["contact"])):
                errs.append("new %d changes do not match differing fields" % (i - 1500))
        if M[idx[0]]["changes"]:
            errs.append("new %d: first occurrence has changes" % (idx[0] - 1500))
    multi = sum(1 for e in seen if len(seen[e]) > 1)
    three = sum(1 for e in seen if len(seen[e]) == 3)
    report("new customers: not existing, occurrences 1..n in file order, repeats findable vs first occurrence",
           not errs and multi > 0 and three > 0,
           first(errs) if errs else "%d new entities, %d repeated (%d three times)" % (len(seen), multi, three))
    return seen


def check_hard_negatives(S, M):
    errs, claim_errs, id_errs, ch_errs, other_errs = [], [], [], [], []
    ex_ent = {S[i]["entity"]: i for i in range(1500)}
    inc_count = {}
    for i in range(1500, 3000):
        inc_count[S[i]["entity"]] = inc_count.get(S[i]["entity"], 0) + 1
    types = {}
    rules = set()
    for i in range(1500, 3000):
        m = M[i]
        if m["category"] != "hard_negative":
            continue
        types[m["hn_type"]] = types.get(m["hn_type"], 0) + 1
        e = S[i]["entity"]
        j = m["anchor_index"]
        if not (0 <= j < 1500) or S[j]["entity"] != m["anchor"]:
            errs.append("hn %d: anchor_index does not point at the anchor" % (i - 1500))
            continue
        if e in ex_ent or e == m["anchor"] or inc_count[e] != 1:
            errs.append("hn %d: entity is not a separate, single customer" % (i - 1500))
        if not re.match(r"R[1-5] ", m.get("rule", "")):
            errs.append("hn %d: rule %r" % (i - 1500, m.get("rule")))
        else:
            rules.add(m["rule"][:2])
        c0, c1 = S[j]["contact"], S[i]["contact"]
        for cl in m["shared"]:
            if not claim_holds(cl, c0, c1):
                claim_errs.append("hn %d (%s) claims %s" % (i - 1500, m["hn_type"], cl))
        ids = shared_ids(c0, c1)
        claimed_ids = [k for k in m["shared"] if k in ("email", "phone", "address")]
        if sorted(ids) != sorted(claimed_ids):
            id_errs.append("hn %d (%s) shares %s, claims %s" % (i - 1500, m["hn_type"], ids, claimed_ids))
        if not m["shared"]:
            claim_errs.append("hn %d shares nothing" % (i - 1500))
        fields = sorted(set(ch.split(":", 1)[0] for ch in m["changes"]))
        if fields != sorted(differing_fields(c0, c1)):
            ch_errs.append("hn %d changes do not match differing fields" % (i - 1500))
        # really another customer: a different name, or the same name with own mobile/e-mail/home
        if c0["companyName"] or c1["companyName"]:
            same_name = bool(c0["companyName"] and c1["companyName"]) and \
                squash(c0["companyName"]) == squash(c1["companyName"])
        else:
            same_name = bool(person_key(c0)) and person_key(c0) == person_key(c1)
        if same_name:
            own_phone = any(not any(same_number(a, b) for b in phone_numbers(c0["phone"]))
                            for a in phone_numbers(c1["phone"]))
            if "email" in ids or not (own_phone or "address" not in ids):
                other_errs.append("hn %d (%s): same name and nothing of its own" % (i - 1500, m["hn_type"]))
        t = m["hn_type"]
        if t in ("household_member", "father_son", "brothers_in_shop"):
            if person_key(c0, "given") == person_key(c1, "given") or not ids:
                other_errs.append("hn %d (%s): not a relative with own name sharing a home/line" % (i - 1500, t))
        if t == "spouse" and (person_key(c0, "family") == person_key(c1, "family") or "address" not in ids):
            other_errs.append("hn %d spouse: same family name or no shared home" % (i - 1500))
        if t in ("namesake_elsewhere", "namesake_same_city") and ids:
            other_errs.append("hn %d namesake shares identifiers" % (i - 1500))
        if t == "grandson_namesake":
            elder = {"حاج", "مشهدی", "haj", "haji", "hajj", "hadj", "mashhadi", "mashti"}
            if not (elder & set(words(c0["displayName"]))) or (elder & set(words(c1["displayName"]))):
                other_errs.append("hn %d grandson: the elder's title does not tell them apart" % (i - 1500))
        if t == "later_occupant" and "address" not in ids:
            other_errs.append("hn %d later occupant does not share the address" % (i - 1500))
        if t == "shared_agent" and not ({"email", "phone"} & set(ids)):
            other_errs.append("hn %d shared agent without mailbox/phone" % (i - 1500))
        if t == "bazaar_neighbour" and ("address" in ids or "building" not in m["shared"]):
            other_errs.append("hn %d bazaar neighbour" % (i - 1500))
        if t in ("other_branch", "group_company", "similar_name_other_trade", "public_body_other_dept",
                 "foundation_other_institution") and (not c1["companyName"] or c0["companyName"] == c1["companyName"]):
            other_errs.append("hn %d (%s): company name not different" % (i - 1500, t))
    n = sum(types.values())
    report("hard negatives: 150, separate single customers anchored on an existing one, rule given",
           not errs and n == 150, first(errs) if errs else "%d hard negatives, rules %s" % (n, ",".join(sorted(rules))))
    report("hard negatives: at least %d kinds" % HN_MIN_TYPES, len(types) >= HN_MIN_TYPES,
           "%d kinds: %s" % (len(types), ", ".join("%s %d" % (k, types[k]) for k in sorted(types))))
    report("hard negatives: every claimed shared item really is shared", not claim_errs,
           first(claim_errs) if claim_errs else "ok")
    report("hard negatives: shared identifiers (email/phone/address) are exactly the claimed ones", not id_errs,
           first(id_errs) if id_errs else "ok")
    report("hard negatives: really other customers (type-specific test)", not other_errs,
           first(other_errs) if other_errs else "ok")
    report("hard negatives: changes name exactly the fields that differ from the anchor", not ch_errs,
           first(ch_errs) if ch_errs else "ok")


def check_consistency(S, M):
    """same entity = same customer; identifiers do not leak between customers by accident"""
    ents = {}
    for i, r in enumerate(S):
        ents.setdefault(r["entity"], []).append(i)
    errs = []
    # every entity's records are linked by shared identifiers (one customer)
    for e in sorted(ents):
        idx = ents[e]
        if len(idx) < 2:
            continue
        reach = {idx[0]}
        frontier = [idx[0]]
        while frontier:
            a = frontier.pop()
            for b in idx:
                if b not in reach and shared_ids(S[a]["contact"], S[b]["contact"]):
                    reach.add(b)
                    frontier.append(b)
        if len(reach) != len(idx):
            errs.append("entity %s: records not linked by any shared identifier" % e)
    report("same entity id = same customer (records of one entity linked by shared e-mail/phone/address)",
           not errs, first(errs) if errs else "%d entities with several records" % sum(1 for e in ents if len(ents[e]) > 1))
    # identifier leakage
    tok_ents = {}
    for i, r in enumerate(S):
        for t in id_tokens(r["contact"]):
            tok_ents.setdefault(t, [])
            if r["entity"] not in tok_ents[t]:
                tok_ents[t].append(r["entity"])
    errs = []
    for i in range(1500, 3000):
        m = M[i]
        e = S[i]["entity"]
        own_tokens = set()
        for j in ents[e]:
            if j != i:
                own_tokens.update(id_tokens(S[j]["contact"]))
        anchor_tokens = set(id_tokens(S[m["anchor_index"]]["contact"])) if m["category"] == "hard_negative" else set()
        for t in id_tokens(S[i]["contact"]):
            if len(tok_ents[t]) > 1 and t not in own_tokens and t not in anchor_tokens:
                errs.append("incoming %d (%s) shares %s with another customer by accident" % (i - 1500, m["category"], t))
    report("no accidental sharing: an incoming identifier seen on another customer is its own or the anchor's",
           not errs, first(errs) if errs else "ok")


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def check_determinism():
    tmp = tempfile.mkdtemp(prefix="irbz_check_")
    try:
        digests = []
        for seed in ("0", "12345"):
            out = os.path.join(tmp, "run" + seed)
            env = dict(os.environ, PYTHONHASHSEED=seed)
            p = subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", out], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if p.returncode != 0:
                report("determinism: gen.py runs (PYTHONHASHSEED=%s)" % seed, False, p.stderr.decode()[-300:])
                return
            digests.append((sha(os.path.join(out, "set.jsonl")), sha(os.path.join(out, "meta.jsonl"))))
        same = digests[0] == digests[1]
        report("determinism: PYTHONHASHSEED=0 and 12345 give byte-identical files", same,
               "set %s..., meta %s..." % (digests[0][0][:12], digests[0][1][:12]))
        here = (sha(os.path.join(HERE, "set.jsonl")), sha(os.path.join(HERE, "meta.jsonl")))
        report("determinism: the files in the folder are what gen.py writes", here == digests[0])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    S = load(os.path.join(HERE, "set.jsonl"))
    M = load(os.path.join(HERE, "meta.jsonl"))
    check_format(S, M)
    if len(S) != 3000 or len(M) != 3000:
        print("FAILED: wrong number of lines")
        sys.exit(1)
    check_meta_format(S, M)
    check_existing(S, M)
    check_incoming(S, M)
    check_hard_negatives(S, M)
    check_consistency(S, M)
    check_determinism()
    bad = [n for n, ok in RESULTS if not ok]
    if bad:
        print("\n%d of %d checks FAILED:" % (len(bad), len(RESULTS)))
        for n in bad:
            print("  - " + n)
        sys.exit(1)
    print("\nALL CHECKS PASSED (%d checks)" % len(RESULTS))


if __name__ == "__main__":
    main()
